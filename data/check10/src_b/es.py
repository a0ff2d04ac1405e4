from facts import S, C, R, I, A, D

DOCS = []

# 027 -------------------------------------------------------------------------------
T = """Investigan una supuesta «comisaría» china en Málaga que habría presionado a un hostelero para volver a su país

La Audiencia Nacional ha abierto diligencias y la Policía Nacional busca una segunda sede en Granada

JAVIER ORTEGA · MÁLAGA

El Juzgado Central de Instrucción número 4 de la Audiencia Nacional ha abierto diligencias por un presunto delito de coacciones contra el responsable de una asociación de residentes chinos con sede en el barrio de Huelin, en Málaga. Según fuentes de la investigación, el local funcionaba desde 2021 como una «estación de servicio» para compatriotas que, además de renovar permisos de conducir, vigilaba a quienes tenían causas pendientes en China.

La oficina dependería de la Oficina de Seguridad Pública de Fuqing, una ciudad de la provincia de Fujian de la que procede buena parte de la comunidad china de la Costa del Sol. Los agentes de la Comisaría General de Información registraron el local el pasado martes. No hay detenidos.

El caso que desencadenó las pesquisas es el de un hostelero de Torremolinos. Durante meses, un voluntario de la asociación le visitó en su restaurante para insistirle en que regresara a China a responder por una deuda con un banco público. Sus padres, que viven en Fuqing, recibieron a su vez la visita de dos policías que les advirtieron de que su hijo «lo lamentaría». El hombre no ha vuelto y presentó la denuncia en la comisaría de distrito de Carretera de Cádiz, que no tiene nada que ver con el local investigado.

Los investigadores creen que la misma jefatura de Fuqing abrió una segunda oficina en el barrio del Zaidín, en Granada. Según la ONG que siguió el caso, en España habría al menos siete puntos de este tipo.

La Embajada de China en Madrid negó el jueves cualquier irregularidad. En un comunicado, aseguró que «no existe en España ninguna comisaría china» y que los locales señalados son centros comunitarios donde voluntarios ayudan a tramitar documentos durante la pandemia. El presidente de la asociación malagueña, por su parte, atribuyó la denuncia a «un asunto de dinero entre particulares».
"""
DOCS.append(("027-es-noticia-malaga-granada-fuqing.txt", T, [
    R("ES", "investigation", "El Juzgado Central de Instrucción número 4 de la Audiencia Nacional ha abierto diligencias por un presunto delito de coacciones contra el responsable de una asociación de residentes chinos con sede en el barrio de Huelin, en Málaga."),
    S("ES", "Malaga", "La oficina dependería de la Oficina de Seguridad Pública de Fuqing, una ciudad de la provincia de Fujian de la que procede buena parte de la comunidad china de la Costa del Sol.", operator="Fuqing", operator_alt=["Fuzhou"], claimant="investigators", date="2021", note="Huelin district; local open since 2021"),
    R("ES", "investigation", "Los agentes de la Comisaría General de Información registraron el local el pasado martes.", place="Malaga", opt=False, note="search of the site; same key as the diligencias"),
    R("ES", "arrest", "No hay detenidos.", pol="denied", opt=True),
    I("persuasion", "ES", "Durante meses, un voluntario de la asociación le visitó en su restaurante para insistirle en que regresara a China a responder por una deuda con un banco público.", place="Torremolinos"),
    I("harassment", "ES", "Sus padres, que viven en Fuqing, recibieron a su vez la visita de dos policías que les advirtieron de que su hijo «lo lamentaría».", note="relatives visited in Fuqing; victim in Spain"),
    S("ES", "Granada", "Los investigadores creen que la misma jefatura de Fuqing abrió una segunda oficina en el barrio del Zaidín, en Granada.", operator="Fuqing", operator_alt=["Fuzhou"], claimant="investigators", note="Zaidín district"),
    C("stations", 7, "ES", "Según la ONG que siguió el caso, en España habría al menos siete puntos de este tipo.", claimant="NGO"),
    D("CN", "En un comunicado, aseguró que «no existe en España ninguna comisaría china» y que los locales señalados son centros comunitarios donde voluntarios ayudan a tramitar documentos durante la pandemia.", claimant="PRC Embassy in Spain"),
    S("ES", None, "En un comunicado, aseguró que «no existe en España ninguna comisaría china»", pol="denied", claimant="PRC Embassy in Spain", opt=True),
]))

# 028 -------------------------------------------------------------------------------
T = """REPÚBLICA ORIENTAL DEL URUGUAY
MINISTERIO DEL INTERIOR

Montevideo, 14 de marzo de 2025

Señor Presidente de la Cámara de Senadores:

En respuesta al pedido de informes formulado por el señor Senador
al amparo del artículo 118 de la Constitución, relativo a la
presunta existencia de una "oficina de servicio policial" china
en el barrio Cordón de Montevideo, que según el solicitante
"estaría vinculada a la Oficina de Seguridad Pública del
condado de Luoyuan y funcionaría desde 2022 en el local de una
asociación de comerciantes", esta Secretaría de Estado informa:

1) ¿Tiene conocimiento el Ministerio de la existencia de dicha
oficina? ¿Desde cuándo?

La Dirección de Investigaciones de la Policía Nacional, en
coordinación con la Fiscalía de Delitos Económicos y Complejos,
realizó una investigación preliminar sobre el local mencionado
entre octubre y diciembre de 2024.

2) ¿Se constató la comisión de algún delito?

De las actuaciones cumplidas no surgen elementos que permitan
configurar delito alguno. La Fiscalía dispuso el archivo de las
actuaciones. El local dejó de ofrecer trámites a la comunidad
china en enero de 2025, sin que mediara orden administrativa.

3) ¿Se han recibido denuncias de ciudadanos chinos presionados
para regresar a su país?

No se ha recibido ninguna denuncia en ese sentido.

4) ¿Existe algún acuerdo que habilite a funcionarios policiales
chinos a patrullar en territorio nacional?

No. El memorando de entendimiento en materia de seguridad
firmado con la República Popular China en 2019 se limita al
intercambio de información y a la capacitación, y no prevé
patrullajes conjuntos.

Saluda a usted atentamente,

Ministro del Interior
"""
DOCS.append(("028-es-pedido-informes-uruguay-montevideo.txt", T, [
    S("UY", "Montevideo", """oficina de servicio policial" china
en el barrio Cordón de Montevideo, que según el solicitante
"estaría vinculada a la Oficina de Seguridad Pública del
condado de Luoyuan y funcionaría desde 2022 en el local de una
asociación de comerciantes\"""", operator="Luoyuan", operator_alt=["Fuzhou"], claimant="Uruguayan senator", date="2022", note="Cordón district, premise of the request"),
    R("UY", "investigation", """La Dirección de Investigaciones de la Policía Nacional, en
coordinación con la Fiscalía de Delitos Económicos y Complejos,
realizó una investigación preliminar sobre el local mencionado
entre octubre y diciembre de 2024.""", place="Montevideo", date="2024", claimant="Uruguayan Ministry of the Interior"),
    R("UY", "no_wrongdoing_found", """De las actuaciones cumplidas no surgen elementos que permitan
configurar delito alguno.""", claimant="Uruguayan Ministry of the Interior"),
    R("UY", "closure", """El local dejó de ofrecer trámites a la comunidad
china en enero de 2025, sin que mediara orden administrativa.""", opt=True, date="2025-01", note="stopped by itself"),
    I("persuasion", "UY", "No se ha recibido ninguna denuncia en ese sentido.", pol="denied", opt=True, claimant="Uruguayan Ministry of the Interior"),
    A("UY", "security_agreement", """El memorando de entendimiento en materia de seguridad
firmado con la República Popular China en 2019 se limita al
intercambio de información y a la capacitación""", date="2019", claimant="Uruguayan Ministry of the Interior"),
    A("UY", "joint_patrol", """y no prevé
patrullajes conjuntos.""", pol="denied", opt=True, claimant="Uruguayan Ministry of the Interior"),
]))

# 029 -------------------------------------------------------------------------------
T = """Paraguay allana una «oficina policial» china en Ciudad del Este y detiene a tres personas

Asunción, 9 abr (EFE).- Agentes de la Policía Nacional paraguaya allanaron este miércoles un local de la zona comercial de Ciudad del Este, en la frontera con Brasil, donde presuntamente funcionaba una oficina de la policía china, y detuvieron a tres ciudadanos de esa nacionalidad, informó la Fiscalía.

Según el fiscal de la causa, la oficina respondía a la Oficina de Seguridad Pública de Xinhui, distrito de la ciudad de Jiangmen, en la provincia de Guangdong. Los detenidos, dos hombres y una mujer de entre 38 y 55 años, están imputados por privación ilegítima de libertad y asociación criminal.

El caso se remonta a enero, cuando un comerciante de electrónica fue llevado por dos de los ahora detenidos a través del Puente de la Amistad hasta Foz do Iguaçu, en Brasil, y embarcado allí en un vuelo con destino a Cantón vía São Paulo. Su esposa, que permaneció en Paraguay, denunció que la policía de Xinhui lo buscaba por un supuesto fraude. Según la Fiscalía, desde 2021 la oficina habría intervenido en el regreso a China de al menos 14 personas.

La Fiscalía investiga además una segunda oficina que, según la documentación incautada, funcionaba en un edificio del barrio Sajonia de Asunción. Con ello serían dos las sedes de este tipo en el país.

Paraguay es uno de los pocos países que mantienen relaciones diplomáticas con Taiwán y no con Pekín, por lo que no hay embajada china a la que convocar. La Cancillería paraguaya remitió una nota de protesta a través de su representación ante Naciones Unidas en Nueva York.

En Pekín, un portavoz del Ministerio de Asuntos Exteriores chino calificó las acusaciones de «pura invención» y afirmó que China «respeta estrictamente la soberanía judicial de otros países».

Ciudad del Este, con unos 300.000 habitantes, alberga una de las mayores comunidades chinas de Sudamérica.
"""
DOCS.append(("029-es-efe-paraguay-ciudad-del-este-xinhui.txt", T, [
    R("PY", "investigation", "Agentes de la Policía Nacional paraguaya allanaron este miércoles un local de la zona comercial de Ciudad del Este", place="Ciudad del Este"),
    R("PY", "arrest", "y detuvieron a tres ciudadanos de esa nacionalidad, informó la Fiscalía.", place="Ciudad del Este"),
    S("PY", "Ciudad del Este", "Según el fiscal de la causa, la oficina respondía a la Oficina de Seguridad Pública de Xinhui, distrito de la ciudad de Jiangmen, en la provincia de Guangdong.", operator="Jiangmen", operator_alt=["Xinhui"], claimant="Paraguayan prosecutors", note="operator sentence"),
    I("forced_return", "PY", "El caso se remonta a enero, cuando un comerciante de electrónica fue llevado por dos de los ahora detenidos a través del Puente de la Amistad hasta Foz do Iguaçu, en Brasil, y embarcado allí en un vuelo con destino a Cantón vía São Paulo.", place="Ciudad del Este"),
    C("returns", 14, "PY", "Según la Fiscalía, desde 2021 la oficina habría intervenido en el regreso a China de al menos 14 personas.", claimant="Paraguayan prosecutors"),
    S("PY", "Asuncion", "La Fiscalía investiga además una segunda oficina que, según la documentación incautada, funcionaba en un edificio del barrio Sajonia de Asunción.", place_alt=["Asunción"], claimant="Paraguayan prosecutors", note="Sajonia district"),
    C("stations", 2, "PY", "Con ello serían dos las sedes de este tipo en el país."),
    R("PY", "protest", "La Cancillería paraguaya remitió una nota de protesta a través de su representación ante Naciones Unidas en Nueva York."),
    D("CN", "En Pekín, un portavoz del Ministerio de Asuntos Exteriores chino calificó las acusaciones de «pura invención»", claimant="PRC Ministry of Foreign Affairs"),
]))

# 030 -------------------------------------------------------------------------------
T = """COMUNICADO DE PRENSA N.º 087-2025
Ministerio de Seguridad Pública — República de Costa Rica

San José, 22 de mayo de 2025. Ante las publicaciones de diversos medios sobre una supuesta oficina de la policía china en territorio nacional, el Ministerio de Seguridad Pública comunica lo siguiente:

1. El Organismo de Investigación Judicial (OIJ) abrió el pasado 6 de mayo una investigación por el presunto ejercicio ilegal de funciones públicas en un local del Barrio Chino de San José, sobre el Paseo de los Estudiantes.

2. De acuerdo con la información recabada, el local ofrecía trámites a ciudadanos chinos en nombre de la Oficina de Seguridad Pública de la ciudad de Zhongshan, provincia de Cantón, y habría sido utilizado para contactar a personas requeridas por las autoridades de ese país.

3. Una mujer de nacionalidad china residente en Limón declaró ante el OIJ haber sido citada en dos ocasiones en el local, donde se le instó a «arreglar su situación» regresando voluntariamente a China. La denunciante permanece en el país y cuenta con medidas de protección.

4. La Municipalidad de San José ordenó el cierre del local el 15 de mayo por carecer de patente comercial.

5. El Ministerio de Relaciones Exteriores y Culto convocó al embajador de la República Popular China para solicitar explicaciones.

6. Costa Rica mantiene con la República Popular China un convenio de cooperación en materia de seguridad desde 2016, que en ningún caso autoriza la actuación de agentes extranjeros en el país.

7. Hasta la fecha no se ha detenido a ninguna persona. Se recuerda a la población que puede denunciar cualquier situación similar a la línea confidencial 800-8000-645.
"""
DOCS.append(("030-es-comunicado-costa-rica-san-jose-zhongshan.txt", T, [
    R("CR", "investigation", "El Organismo de Investigación Judicial (OIJ) abrió el pasado 6 de mayo una investigación por el presunto ejercicio ilegal de funciones públicas en un local del Barrio Chino de San José, sobre el Paseo de los Estudiantes.", place="San Jose", date="2025-05-06"),
    S("CR", "San Jose", "De acuerdo con la información recabada, el local ofrecía trámites a ciudadanos chinos en nombre de la Oficina de Seguridad Pública de la ciudad de Zhongshan, provincia de Cantón", operator="Zhongshan", place_alt=["San José"], claimant="Costa Rican Ministry of Public Security", note="Barrio Chino, Paseo de los Estudiantes"),
    I("persuasion", "CR", "Una mujer de nacionalidad china residente en Limón declaró ante el OIJ haber sido citada en dos ocasiones en el local, donde se le instó a «arreglar su situación» regresando voluntariamente a China.", place="San Jose"),
    R("CR", "closure", "La Municipalidad de San José ordenó el cierre del local el 15 de mayo por carecer de patente comercial.", place="San Jose", date="2025-05-15"),
    R("CR", "protest", "El Ministerio de Relaciones Exteriores y Culto convocó al embajador de la República Popular China para solicitar explicaciones."),
    A("CR", "security_agreement", "Costa Rica mantiene con la República Popular China un convenio de cooperación en materia de seguridad desde 2016", date="2016"),
    R("CR", "arrest", "Hasta la fecha no se ha detenido a ninguna persona.", pol="denied", opt=True),
]))

# 031 -------------------------------------------------------------------------------
T = """TRIBUNA

Santander y Oviedo no son Pekín

Por una profesora de Derecho Internacional Público

Hace tres años, una ONG con sede en Madrid contó ciento dos «estaciones de servicio» de la policía china repartidas por cincuenta y tres países. La cifra dio la vuelta al mundo, se citó en parlamentos y tribunales, y luego, como tantas cosas, dejó de importar. Conviene recordar para qué sirven esas oficinas, según sus propios promotores: «persuadir» a sospechosos de fraude o corrupción de que regresen a China. Lo que el eufemismo llama persuasión suele consistir en llamadas a los padres, visitas a los hermanos y amenazas sobre el empleo de un primo.

España fue, según aquel recuento, el país con más oficinas. Hoy sabemos algo más. En Santander, una asociación cultural del barrio de Castilla-Hermida habría actuado como enlace de la Oficina de Seguridad Pública de Yongtai, en Fujian. La otra de la que se tiene noticia en el norte está en Oviedo, y dependería del mismo condado. Son dos ciudades pequeñas, con comunidades chinas discretas, que nadie asociaría con la larga mano de Pekín.

Lo llamativo no es su existencia, sino la respuesta. El Ministerio del Interior nunca abrió una investigación, ni siquiera preliminar, y el Gobierno no ha convocado al embajador chino en ninguna ocasión. Países Bajos ordenó cerrar las suyas en cuestión de semanas; Canadá investigó a las de Toronto y Vancouver; en Estados Unidos hubo detenciones.

La Embajada de China sostiene que se trata de «voluntarios que ayudan a renovar el carné de conducir». Puede ser. Pero un Estado de derecho no se conforma con un comunicado: comprueba.

Si mañana una de esas oficinas de Santander u Oviedo convenciera a un vecino de volver a Fuqing o a Wenzhou para ser juzgado sin garantías, nadie podría decir que no estaba avisado.
"""
DOCS.append(("031-es-tribuna-santander-oviedo-yongtai.txt", T, [
    C("stations", 102, None, "Hace tres años, una ONG con sede en Madrid contó ciento dos «estaciones de servicio» de la policía china repartidas por cincuenta y tres países.", claimant="NGO"),
    C("countries", 53, None, "Hace tres años, una ONG con sede en Madrid contó ciento dos «estaciones de servicio» de la policía china repartidas por cincuenta y tres países.", claimant="NGO"),
    I("persuasion", None, "Conviene recordar para qué sirven esas oficinas, según sus propios promotores: «persuadir» a sospechosos de fraude o corrupción de que regresen a China.", opt=True, note="general statement of purpose"),
    S("ES", "Santander", "En Santander, una asociación cultural del barrio de Castilla-Hermida habría actuado como enlace de la Oficina de Seguridad Pública de Yongtai, en Fujian.", operator="Yongtai", operator_alt=["Fuzhou"], note="Castilla-Hermida district"),
    S("ES", "Oviedo", "La otra de la que se tiene noticia en el norte está en Oviedo, y dependería del mismo condado.", operator="Yongtai", operator_alt=["Fuzhou"]),
    R("ES", "investigation", "El Ministerio del Interior nunca abrió una investigación, ni siquiera preliminar", pol="denied"),
    R("ES", "protest", "y el Gobierno no ha convocado al embajador chino en ninguna ocasión.", pol="denied", opt=True),
    S("NL", None, "Países Bajos ordenó cerrar las suyas en cuestión de semanas"),
    R("NL", "closure", "Países Bajos ordenó cerrar las suyas en cuestión de semanas"),
    R("CA", "investigation", "Canadá investigó a las de Toronto y Vancouver"),
    S("CA", "Toronto", "Canadá investigó a las de Toronto y Vancouver", opt=True, note="recalled in passing"),
    S("CA", "Vancouver", "Canadá investigó a las de Toronto y Vancouver", opt=True, note="recalled in passing"),
    R("US", "arrest", "en Estados Unidos hubo detenciones."),
    S("US", None, "en Estados Unidos hubo detenciones.", opt=True),
    D("CN", "La Embajada de China sostiene que se trata de «voluntarios que ayudan a renovar el carné de conducir».", claimant="PRC Embassy in Spain"),
]))

# 032 -------------------------------------------------------------------------------
T = """Investigan oficina china en Santiago de los Caballeros tras denuncia de estudiante

SANTO DOMINGO.– La Dirección Nacional de Investigaciones (DNI) inició una investigación sobre una oficina que operaría en Santiago de los Caballeros bajo la dirección de la policía china, luego de que una estudiante de ese país denunciara que fue fotografiada durante una protesta frente a la embajada china en la capital.

La joven, que cursa una maestría en una universidad privada, participó el pasado 12 de junio en una concentración de una decena de personas en la avenida Anacaona. Días después, según su denuncia, un hombre que se presentó como «voluntario» de la oficina de Santiago le mostró en su teléfono fotos suyas tomadas durante la protesta y le aconsejó «no meterse en política».

De acuerdo con documentos a los que tuvo acceso este diario, la oficina, ubicada en un segundo piso de la calle Del Sol, fue abierta en 2020 por la Oficina de Seguridad Pública de Puning, en la provincia de Guangdong. Allí se tramitan licencias de conducir chinas y certificados de antecedentes.

Un vocero de la Policía Nacional dijo que «por el momento no hay personas arrestadas» y que el caso está en manos del Ministerio Público.

La República Dominicana estableció relaciones diplomáticas con la República Popular China en 2018 y un año después ambos países firmaron un memorando de cooperación en seguridad pública.

La embajada china en Santo Domingo rechazó «categóricamente» las acusaciones y afirmó que en el país «no hay ninguna estación de policía extranjera». El Ministerio de Relaciones Exteriores dominicano no respondió si convocará al embajador.
"""
DOCS.append(("032-es-noticia-dominicana-santiago-puning.txt", T, [
    R("DO", "investigation", "La Dirección Nacional de Investigaciones (DNI) inició una investigación sobre una oficina que operaría en Santiago de los Caballeros bajo la dirección de la policía china", place="Santiago de los Caballeros"),
    S("DO", "Santiago de los Caballeros", "De acuerdo con documentos a los que tuvo acceso este diario, la oficina, ubicada en un segundo piso de la calle Del Sol, fue abierta en 2020 por la Oficina de Seguridad Pública de Puning, en la provincia de Guangdong.", operator="Puning", operator_alt=["Jieyang"], date="2020", note="calle Del Sol"),
    I("surveillance", "DO", "Días después, según su denuncia, un hombre que se presentó como «voluntario» de la oficina de Santiago le mostró en su teléfono fotos suyas tomadas durante la protesta y le aconsejó «no meterse en política».", place="Santo Domingo"),
    R("DO", "arrest", "Un vocero de la Policía Nacional dijo que «por el momento no hay personas arrestadas»", pol="denied", opt=True),
    A("DO", "security_agreement", "y un año después ambos países firmaron un memorando de cooperación en seguridad pública.", date="2019"),
    D("CN", "La embajada china en Santo Domingo rechazó «categóricamente» las acusaciones", claimant="PRC Embassy in the Dominican Republic"),
    S("DO", None, "afirmó que en el país «no hay ninguna estación de policía extranjera»", pol="denied", opt=True, claimant="PRC Embassy in the Dominican Republic"),
]))

# 033 (irrelevant) -------------------------------------------------------------------
T = """Repatrian a 86 migrantes chinos desde la estación migratoria de Tapachula

TAPACHULA, Chis.– El Instituto Nacional de Migración (INM) repatrió este jueves a 86 ciudadanos chinos que permanecían en la estación migratoria Siglo XXI, en un vuelo fletado que partió del aeropuerto de esta ciudad con destino a Cantón, informó la dependencia.

Los migrantes, entre ellos 14 mujeres y 9 menores de edad, habían sido detenidos en las últimas semanas por la Guardia Nacional en retenes de la carretera costera cuando intentaban llegar a la frontera norte. Según el INM, el retorno se realizó «de manera asistida» y con apoyo del consulado chino, que expidió documentos de viaje.

Organizaciones de derechos humanos de la frontera sur denunciaron que varios de los repatriados habían solicitado asilo y que la estación migratoria opera por encima de su capacidad. El INM respondió que todos los casos fueron revisados «de manera individual».

Agentes de la policía municipal resguardaron la salida de los autobuses. En lo que va del año, México ha devuelto a su país a más de 600 ciudadanos chinos, frente a 210 en todo 2023.

La embajada china agradeció en un mensaje en redes sociales la «eficaz cooperación» de las autoridades mexicanas y recordó a sus ciudadanos que la migración irregular «pone en riesgo su vida». Ambos gobiernos firmaron en 2023 un acuerdo para agilizar la emisión de documentos consulares.
"""
DOCS.append(("033-es-noticia-tapachula-estacion-migratoria.txt", T, []))
