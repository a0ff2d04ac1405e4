from h import *
DOCS = []
t = """México investiga supuestas oficinas policiales chinas en Guadalajara y Tijuana

Ciudad de México, 7 nov (EFE).- La Fiscalía General de la República (FGR) abrió una carpeta de investigación sobre dos presuntas "estaciones de servicio policial" de China que habrían operado en Guadalajara y en Tijuana, informaron este martes fuentes de la dependencia.
La primera, instalada en una asociación de comerciantes del centro de la capital jalisciense, dependería de la Oficina de Seguridad Pública de Nantong, en la provincia de Jiangsu. La segunda, en la ciudad fronteriza de Baja California, respondería a la policía de Qingtian, según el informe de la organización Safeguard Defenders que citó la FGR.
La Secretaría de Relaciones Exteriores (SRE) convocó al embajador chino en México para "solicitar información", añadió la cancillería en un comunicado.
La embajada china rechazó las acusaciones y afirmó que se trata de "centros de voluntarios que ayudan a los ciudadanos chinos a renovar sus licencias de conducir", sin ninguna función policial.
Un estudiante de posgrado de la Universidad de Guadalajara relató a la fiscalía que, tras criticar en redes sociales al gobierno chino, fue fotografiado a la salida de clases por dos hombres que luego reconoció en la asociación.
Según la organización, China ha abierto al menos 102 de estas oficinas en 53 países. Hasta ahora no hay personas detenidas en México.
EFE"""
DOCS.append(('034-es-efe-guadalajara-tijuana-fgr.txt', t, [
  R('MX','investigation',"La Fiscalía General de la República (FGR) abrió una carpeta de investigación sobre dos presuntas \"estaciones de servicio policial\" de China"),
  C('stations',2,'MX',"dos presuntas \"estaciones de servicio policial\" de China que habrían operado en Guadalajara y en Tijuana", **O),
  S('MX','Guadalajara',"La primera, instalada en una asociación de comerciantes del centro de la capital jalisciense, dependería de la Oficina de Seguridad Pública de Nantong, en la provincia de Jiangsu.", op='Nantong', claimant='Safeguard Defenders'),
  S('MX','Tijuana',"La segunda, en la ciudad fronteriza de Baja California, respondería a la policía de Qingtian, según el informe de la organización Safeguard Defenders que citó la FGR.", op='Qingtian', claimant='Safeguard Defenders'),
  R('MX','protest',"La Secretaría de Relaciones Exteriores (SRE) convocó al embajador chino en México para \"solicitar información\""),
  D('CN',"La embajada china rechazó las acusaciones y afirmó que se trata de \"centros de voluntarios que ayudan a los ciudadanos chinos a renovar sus licencias de conducir\", sin ninguna función policial.", claimant='Chinese embassy'),
  I('surveillance','MX',"fue fotografiado a la salida de clases por dos hombres que luego reconoció en la asociación", p='Guadalajara', claimant='graduate student'),
  C('stations',102,None,"China ha abierto al menos 102 de estas oficinas en 53 países", claimant='Safeguard Defenders'),
  C('countries',53,None,"China ha abierto al menos 102 de estas oficinas en 53 países", claimant='Safeguard Defenders'),
  R('MX','arrest',"Hasta ahora no hay personas detenidas en México.", polarity='denied', **O),
]))
t = """CONGRESO DE LOS DIPUTADOS
184/31207
AUTOR: Diputado del Grupo Parlamentario Plural

Pregunta:
¿Qué medidas ha adoptado el Gobierno tras conocerse que en Badalona y en Málaga operarían, al menos desde 2019, sendas oficinas vinculadas a la policía de Fuzhou y de Lishui, respectivamente, que según la prensa habrían presionado a ciudadanos chinos para regresar a su país?

Respuesta:
El Gobierno tuvo conocimiento de la información publicada y, en el marco de sus competencias, la Comisaría General de Información de la Policía Nacional llevó a cabo las correspondientes indagaciones sobre los locales mencionados en la provincia de Barcelona y en la ciudad de Málaga.
Como resultado de dichas actuaciones, el local de Badalona cesó su actividad en diciembre de 2022. En relación con el de Málaga, no se ha constatado la realización de actividades ilícitas.
Asimismo, la Fiscalía de la Audiencia Nacional incoó diligencias de investigación, que fueron posteriormente archivadas.
El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación trasladó a la Embajada de la República Popular China la preocupación del Gobierno y le recordó que cualquier actividad de esta naturaleza en territorio español debe realizarse a través de los cauces de cooperación policial establecidos.
Madrid, 2 de marzo de 2023.—El Ministro de la Presidencia, Relaciones con las Cortes y Memoria Democrática."""
DOCS.append(('035-es-congreso-respuesta-badalona-malaga.txt', t, [
  S('ES','Badalona',"en Badalona y en Málaga operarían, al menos desde 2019, sendas oficinas vinculadas a la policía de Fuzhou y de Lishui, respectivamente", op='Fuzhou', date='2019', claimant='Spanish press'),
  S('ES','Malaga',"en Badalona y en Málaga operarían, al menos desde 2019, sendas oficinas vinculadas a la policía de Fuzhou y de Lishui, respectivamente", op='Lishui', date='2019', claimant='Spanish press'),
  I('persuasion','ES',"que según la prensa habrían presionado a ciudadanos chinos para regresar a su país", claimant='Spanish press', **O),
  R('ES','investigation',"la Comisaría General de Información de la Policía Nacional llevó a cabo las correspondientes indagaciones sobre los locales mencionados"),
  R('ES','closure',"el local de Badalona cesó su actividad en diciembre de 2022", p='Badalona', date='2022-12', **O),
  R('ES','no_wrongdoing_found',"En relación con el de Málaga, no se ha constatado la realización de actividades ilícitas.", p='Malaga'),
  R('ES','protest',"trasladó a la Embajada de la República Popular China la preocupación del Gobierno", **O),
]))
t = """3.2 Centroamérica y el Caribe

En la subregión documentamos nueve "centros de servicio a los connacionales" repartidos en cinco países. La tabla resume su ubicación y la autoridad china a la que responden, de acuerdo con fuentes oficiales chinas y verificaciones de campo.

País                  Ciudad              Autoridad operadora
Panamá                Ciudad de Panamá    Wenzhou
Panamá                Colón               Wenzhou
Costa Rica            San José            Qingtian
República Dominicana  Santo Domingo       Fuqing
República Dominicana  Santiago de los C.  sin datos
Cuba                  La Habana           Nantong
Ecuador               Guayaquil (2)       Lishui; Mingqing

Observaciones:
• En Panamá, la oficina de Colón funciona dentro de una cámara de comercio de la Zona Libre. Un comerciante afirmó haber sido fotografiado y seguido tras participar en una reunión crítica con el Partido.
• Ninguno de los cinco gobiernos ha abierto una investigación pública.
• En Ecuador, los dos puntos de Guayaquil coexisten con los acuerdos de patrullaje conjunto firmados en 2019, renovados en 2022.
• En Cuba, la Policía Nacional Revolucionaria mantiene desde 2018 un convenio de cooperación en seguridad con el Ministerio de Seguridad Pública chino.
Nota: la cifra de nueve no incluye dos sitios de Honduras cuya existencia no pudimos confirmar."""
DOCS.append(('036-es-ong-informe-centroamerica-caribe.txt', t, [
  C('stations',9,None,"En la subregión documentamos nueve \"centros de servicio a los connacionales\" repartidos en cinco países.", **O),
  C('countries',5,None,"En la subregión documentamos nueve \"centros de servicio a los connacionales\" repartidos en cinco países.", **O),
  S('PA','Panama City',"Panamá                Ciudad de Panamá    Wenzhou", op='Wenzhou'),
  S('PA','Colon',"Panamá                Colón               Wenzhou", op='Wenzhou'),
  S('CR','San Jose',"Costa Rica            San José            Qingtian", op='Qingtian'),
  S('DO','Santo Domingo',"República Dominicana  Santo Domingo       Fuqing", op='Fuqing'),
  S('DO','Santiago de los Caballeros',"República Dominicana  Santiago de los C.  sin datos"),
  S('CU','Havana',"Cuba                  La Habana           Nantong", op='Nantong'),
  S('EC','Guayaquil',"Ecuador               Guayaquil (2)       Lishui; Mingqing", op='Lishui', operator_alt=['Mingqing']),
  I('surveillance','PA',"Un comerciante afirmó haber sido fotografiado y seguido tras participar en una reunión crítica con el Partido.", p='Colon'),
  R('PA','investigation',"Ninguno de los cinco gobiernos ha abierto una investigación pública.", polarity='denied'),
  R('CR','investigation',"Ninguno de los cinco gobiernos ha abierto una investigación pública.", polarity='denied'),
  R('DO','investigation',"Ninguno de los cinco gobiernos ha abierto una investigación pública.", polarity='denied'),
  R('CU','investigation',"Ninguno de los cinco gobiernos ha abierto una investigación pública.", polarity='denied'),
  R('EC','investigation',"Ninguno de los cinco gobiernos ha abierto una investigación pública.", polarity='denied'),
  A('EC','joint_patrol',"los acuerdos de patrullaje conjunto firmados en 2019, renovados en 2022", date='2019'),
  A('CU','security_agreement',"mantiene desde 2018 un convenio de cooperación en seguridad con el Ministerio de Seguridad Pública chino", date='2018'),
  C('stations',2,'EC',"los dos puntos de Guayaquil", **O),
]))
t = """Un juez federal de Rosario investiga una "comisaría" china en pleno centro

Por la Redacción | La Capital

La sede, un primer piso sobre la peatonal Córdoba que se presenta como centro cultural de la colectividad, quedó bajo la lupa del juzgado federal N.º 4 de Rosario, que ordenó un allanamiento el jueves. Allí, según la denuncia que dio origen a la causa, funcionaba desde 2021 una oficina de enlace de la policía de Mingqing, un condado de la provincia de Fujian.
La denuncia la presentó un joven comerciante que asegura que en ese local lo "invitaron" varias veces a volver a China para responder por una deuda. "Me dijeron que mi madre ya había recibido la visita de la policía en Mingqing", declaró. Él no volvió.
Fuentes judiciales indicaron que no hay detenidos y que el material secuestrado está siendo peritado. La Cancillería argentina, consultada por este diario, dijo que "no fue convocado ningún diplomático".
No es el único caso en la Argentina: la misma organización que denunció la sede rosarina había señalado antes una en Buenos Aires, y ahora menciona una posible tercera en la ciudad de Córdoba, aunque sin más detalles.
El consulado chino en Buenos Aires calificó la causa de "malentendido" y sostuvo que el centro "solo organiza clases de idioma y celebraciones del Año Nuevo"."""
DOCS.append(('037-es-la-capital-rosario-juzgado-federal.txt', t, [
  R('AR','investigation',"quedó bajo la lupa del juzgado federal N.º 4 de Rosario, que ordenó un allanamiento el jueves", p='Rosario'),
  S('AR','Rosario',"Allí, según la denuncia que dio origen a la causa, funcionaba desde 2021 una oficina de enlace de la policía de Mingqing, un condado de la provincia de Fujian.", op='Mingqing', date='2021', claimant='complainant'),
  I('persuasion','AR',"en ese local lo \"invitaron\" varias veces a volver a China para responder por una deuda", p='Rosario', claimant='complainant'),
  I('harassment','AR',"\"Me dijeron que mi madre ya había recibido la visita de la policía en Mingqing\", declaró.", p='Rosario', claimant='complainant'),
  R('AR','arrest',"Fuentes judiciales indicaron que no hay detenidos", polarity='denied', **O),
  R('AR','protest',"\"no fue convocado ningún diplomático\"", polarity='denied', **O),
  S('AR','Buenos Aires',"había señalado antes una en Buenos Aires", claimant='NGO'),
  S('AR','Cordoba',"ahora menciona una posible tercera en la ciudad de Córdoba, aunque sin más detalles", claimant='NGO', **O),
  D('CN',"El consulado chino en Buenos Aires calificó la causa de \"malentendido\" y sostuvo que el centro \"solo organiza clases de idioma y celebraciones del Año Nuevo\".", claimant='Chinese consulate in Buenos Aires'),
  S('AR','Rosario',"El consulado chino en Buenos Aires calificó la causa de \"malentendido\" y sostuvo que el centro \"solo organiza clases de idioma y celebraciones del Año Nuevo\".", claimant='Chinese consulate in Buenos Aires', polarity='denied', **O),
]))
t = """La larga mano de Pekín llega al Pacífico Sur
Reportaje. Desde la Zona Franca de Iquique hasta los cerros de Valparaíso, la comunidad china de Chile vive entre el comercio, la nostalgia y una pregunta incómoda.

Por una periodista de investigación

IQUIQUE.— A las siete de la mañana, cuando los camiones empiezan a entrar en la Zona Franca, los galpones de los importadores chinos ya tienen las cortinas arriba. Aquí se venden zapatillas, celulares, repuestos de motos y juguetes que llegan por barco desde Ningbo y salen hacia Bolivia, Perú y el norte argentino. Una comerciante que llegó hace veinte años desde Fujian cuenta que al principio dormía en el mismo galpón donde vendía. Hoy tiene tres locales y dos hijos que estudian ingeniería en Santiago.
La comunidad es pequeña pero próspera. Y, desde hace un par de años, también está inquieta.
En el segundo piso de un edificio de la calle Sargento Aldea, a pocas cuadras de la Zona Franca, funcionó entre 2020 y 2023 lo que sus organizadores llamaban "punto de atención a los compatriotas". Según documentos publicados por la propia Oficina de Seguridad Pública de Fuqing y recopilados por la ONG Safeguard Defenders, ese punto formaba parte de la red de "estaciones de servicio policial en el extranjero" de esa ciudad del Fujian.
El local ya no existe. Un cartel de "Se arrienda" cuelga de la ventana. Nadie en el barrio sabe decir quién lo cerró ni por qué.
"Al principio era útil", admite un empresario que pidió no ser identificado. "Te ayudaban con papeles, con la licencia de conducir china, con trámites de herencia. Después empezaron las preguntas: con quién te juntabas, qué decías en los grupos de WeChat". Según su relato, un conocido suyo, dueño de una ferretería, fue citado dos veces al local y convencido de volver a China, donde lo esperaba un proceso por evasión tributaria. "Se fue en marzo. No supimos más de él".
La historia no es única. En Valparaíso, a casi dos mil kilómetros al sur, una estudiante de posgrado de la Universidad de Valparaíso relata que a su padre, en Fuqing, lo visitaron agentes de la policía local para pedirle que ella "dejara de publicar tonterías" en redes sociales. Ella había compartido un video de las protestas de 2022 en Shanghái. "No fue en ningún local, fue directo a mi familia", aclara. La estudiante no sabe de ninguna oficina en Valparaíso y la fiscalía regional tampoco ha recibido denuncias al respecto.
La Policía de Investigaciones (PDI), consultada para este reportaje, confirmó que su Jefatura Nacional de Inteligencia "realizó diligencias" sobre el local de Iquique en 2023, tras una solicitud de información de la Fiscalía Regional de Tarapacá, pero que las gestiones "no permitieron establecer la comisión de delitos". La causa fue archivada provisionalmente.
En el Congreso, un diputado de la comisión de Relaciones Exteriores pidió en 2023 que se convocara al embajador chino. La Cancillería no lo hizo. "Chile mantiene una relación madura con la República Popular China y canaliza sus inquietudes por la vía diplomática", respondió una fuente del ministerio.
La embajada de China en Santiago fue tajante: "No existe ninguna estación policial china en Chile. Se trata de desinformación promovida por fuerzas antichinas". En un comunicado de tres párrafos, agregó que las asociaciones de la colectividad "solo prestan servicios consulares de apoyo, como la renovación de licencias de conducir".
El caso chileno se inscribe en un patrón global. Safeguard Defenders contabilizó 102 oficinas en 53 países, y en varios de ellos los gobiernos actuaron: Irlanda ordenó cerrar la de Dublín, los Países Bajos hicieron lo mismo con las de Ámsterdam y Róterdam, y en Estados Unidos la fiscalía acusó a dos hombres por operar una en Manhattan. En América Latina, en cambio, las respuestas han sido tímidas.
Chile y China firmaron en 2019 un memorando de entendimiento sobre cooperación policial que incluye capacitación e intercambio de información, pero no patrullajes conjuntos, según la PDI. Organizaciones de derechos humanos han pedido transparentar su contenido.
De vuelta en Iquique, la comerciante de Fujian se encoge de hombros. "Aquí todos trabajamos. Lo de la política es allá", dice, y vuelve a acomodar cajas de zapatillas. Su hija, en cambio, ya no publica nada en WeChat."""
DOCS.append(('038-es-reportaje-largo-iquique-valparaiso.txt', t, [
  S('CL','Iquique',"En el segundo piso de un edificio de la calle Sargento Aldea, a pocas cuadras de la Zona Franca, funcionó entre 2020 y 2023 lo que sus organizadores llamaban \"punto de atención a los compatriotas\". Según documentos publicados por la propia Oficina de Seguridad Pública de Fuqing y recopilados por la ONG Safeguard Defenders, ese punto formaba parte de la red de \"estaciones de servicio policial en el extranjero\" de esa ciudad del Fujian.", op='Fuqing', date='2020', claimant='Safeguard Defenders'),
  I('persuasion','CL',"un conocido suyo, dueño de una ferretería, fue citado dos veces al local y convencido de volver a China, donde lo esperaba un proceso por evasión tributaria", p='Iquique', claimant='businessman'),
  I('harassment','CL',"a su padre, en Fuqing, lo visitaron agentes de la policía local para pedirle que ella \"dejara de publicar tonterías\" en redes sociales", p='Valparaiso'),
  R('CL','investigation',"su Jefatura Nacional de Inteligencia \"realizó diligencias\" sobre el local de Iquique en 2023", p='Iquique', date='2023'),
  R('CL','no_wrongdoing_found',"las gestiones \"no permitieron establecer la comisión de delitos\"", p='Iquique'),
  R('CL','protest',"La Cancillería no lo hizo.", polarity='denied', **O),
  D('CN',"La embajada de China en Santiago fue tajante: \"No existe ninguna estación policial china en Chile. Se trata de desinformación promovida por fuerzas antichinas\".", claimant='Chinese embassy in Chile'),
  C('stations',102,None,"Safeguard Defenders contabilizó 102 oficinas en 53 países", claimant='Safeguard Defenders'),
  C('countries',53,None,"Safeguard Defenders contabilizó 102 oficinas en 53 países", claimant='Safeguard Defenders'),
  R('IE','closure',"Irlanda ordenó cerrar la de Dublín", p='Dublin'),
  S('IE','Dublin',"Irlanda ordenó cerrar la de Dublín", **O),
  R('NL','closure',"los Países Bajos hicieron lo mismo con las de Ámsterdam y Róterdam"),
  S('NL','Amsterdam',"los Países Bajos hicieron lo mismo con las de Ámsterdam y Róterdam", **O),
  S('NL','Rotterdam',"los Países Bajos hicieron lo mismo con las de Ámsterdam y Róterdam", **O),
  R('US','arrest',"en Estados Unidos la fiscalía acusó a dos hombres por operar una en Manhattan", p='New York'),
  S('US','New York',"en Estados Unidos la fiscalía acusó a dos hombres por operar una en Manhattan", **O),
  A('CL','security_agreement',"Chile y China firmaron en 2019 un memorando de entendimiento sobre cooperación policial que incluye capacitación e intercambio de información", date='2019'),
  A('CL','joint_patrol',"pero no patrullajes conjuntos, según la PDI", polarity='denied', **O),
]))
t = """Neuquén: la estación espacial china recibe visitas guiadas y suma seguridad

ZAPALA (Neuquén).— La estación de espacio lejano que China opera en Bajada del Agrio abrió por primera vez sus puertas a un grupo de estudiantes secundarios de la provincia, en el marco del acuerdo de cooperación firmado en 2014 entre la Comisión Nacional de Actividades Espaciales (CONAE) y la agencia china de lanzamiento y control satelital.
La visita, de dos horas, incluyó la antena parabólica de 35 metros y una charla de un ingeniero argentino. La Policía de Neuquén dispuso un operativo de tránsito en la ruta provincial 14 y un destacamento policial acompañó al contingente.
Un concejal local volvió a pedir que se publique el texto completo del acuerdo. Desde la CONAE señalaron que la estación "tiene fines exclusivamente civiles" y que personal argentino tiene acceso al 10 % del tiempo de antena."""
DOCS.append(('039-es-neuquen-estacion-espacial-visita.txt', t, []))
