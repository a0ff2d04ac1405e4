"""check14 part C, Spanish documents 027-033 (held-out: contains gold)."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"
DOCS = []

# ---------------------------------------------------------------- 027
T027 = """La comisaría que no figura en ningún registro

Una asociación de comerciantes chinos de Tarragona alojaba, según una ONG, una oficina dependiente de la policía de Wenzhou. Los Mossos investigan. En Girona, otra sede similar cerró sus puertas en cuanto se publicaron las primeras informaciones.

TARRAGONA. El local está a cinco minutos a pie de la estación de tren, entre una peluquería y una tienda de móviles. En el cristal, un cartel bilingüe anuncia "servicios para la comunidad": renovación de documentos, asesoría fiscal, clases de caligrafía para niños los sábados. Nada hace pensar que aquí, según el último informe de la ONG Safeguard Defenders, funciona desde 2019 una de las llamadas "comisarías en el extranjero" de la República Popular China.

El informe, presentado el martes en Bruselas, sostiene que la oficina tarraconense depende de la Oficina de Seguridad Pública del distrito de Lucheng, en la ciudad de Wenzhou, de donde procede buena parte de los comerciantes chinos asentados en la costa catalana desde los años noventa. La presidenta de la asociación, que atiende a este diario en la puerta, asegura que allí "solo se ayuda a la gente con los papeles" y que nunca ha visto a un policía.

No es la única en Cataluña. El documento sitúa una segunda en Girona, vinculada en este caso a la policía de Fenghua, un municipio costero de la provincia de Zhejiang que depende administrativamente de Ningbo. Aquella sede, instalada en la trastienda de una agencia de viajes del barrio de Santa Eugènia, dejó de abrir al público a mediados de octubre, pocos días después de que varios medios locales preguntaran por ella.

Los Mossos d'Esquadra abrieron diligencias a finales de octubre y, según fuentes policiales consultadas por este diario, han tomado declaración a tres personas vinculadas a la asociación tarraconense. Nadie ha sido detenido. La Audiencia Nacional, competente para los delitos que afectan a la seguridad del Estado, no ha querido confirmar si ha abierto una causa.

Safeguard Defenders calcula que existen al menos 102 de estas oficinas repartidas por 53 países. En España contabiliza nueve, más que en ningún otro país salvo Italia; en su primer recuento, hace dos años, eran siete.

"Vienen a hablar contigo"

Un hostelero de Salou, que pide no ser identificado, cuenta que en la primavera de 2022 dos hombres se presentaron en su restaurante y le hablaron de una deuda que, según ellos, había dejado pendiente en Wenzhou. "Me dijeron que lo mejor para mi familia era que volviera y lo arreglara allí", recuerda. Semanas después, su madre recibió en China la visita de dos agentes que le pidieron que convenciera a su hijo. Él no ha vuelto.

Según el informe, la mayoría de estas oficinas presta servicios administrativos reales, pero también sirve para "persuadir" a ciudadanos chinos en el extranjero de que regresen a su país, a menudo mediante presiones sobre sus familias.

Pekín lo niega. Un portavoz de la embajada china en Madrid aseguró a este diario que "no existe ninguna comisaría china en España" y que los locales señalados son puntos de voluntarios que ayudan a los residentes a renovar a distancia el carné de conducir chino, un trámite que se complicó durante la pandemia.

El Ministerio del Interior se limita a señalar que "se está siguiendo el asunto con la máxima atención". Fuentes diplomáticas admiten que no se ha convocado al embajador.

Otros países europeos han ido más lejos. Los Países Bajos e Irlanda ordenaron en 2022 el cierre de las oficinas detectadas en su territorio.
"""
DOCS.append({"name": "027-es-cronica-larga-tarragona-girona-lucheng-fenghua.txt", "text": T027, "facts": [
    S("ES", "Tarragona", "Nada hace pensar que aquí, según el último informe de la ONG Safeguard Defenders, funciona desde 2019 una de las llamadas \"comisarías en el extranjero\" de la República Popular China.",
      operator="Lucheng", operator_alt=["Wenzhou"], claimant=SD, date="2019", note="'aquí' = the Tarragona premises; operator in the next paragraph ('la oficina tarraconense')"),
    S("ES", "Girona", "El documento sitúa una segunda en Girona, vinculada en este caso a la policía de Fenghua, un municipio costero de la provincia de Zhejiang que depende administrativamente de Ningbo.",
      operator="Fenghua", operator_alt=["Ningbo"], claimant=SD, note="site: Santa Eugènia, back room of a travel agency"),
    R("ES", "closure", "Aquella sede, instalada en la trastienda de una agencia de viajes del barrio de Santa Eugènia, dejó de abrir al público a mediados de octubre, pocos días después de que varios medios locales preguntaran por ella.",
      place="Girona", opt=True, note="stopped by itself after media questions"),
    R("ES", "investigation", "Los Mossos d'Esquadra abrieron diligencias a finales de octubre y, según fuentes policiales consultadas por este diario, han tomado declaración a tres personas vinculadas a la asociación tarraconense.",
      place="Tarragona", claimant="police sources"),
    R("ES", "arrest", "Nadie ha sido detenido.", place="Tarragona", pol="denied", opt=True),
    C("stations", 102, None, "Safeguard Defenders calcula que existen al menos 102 de estas oficinas repartidas por 53 países.", claimant=SD),
    C("countries", 53, None, "Safeguard Defenders calcula que existen al menos 102 de estas oficinas repartidas por 53 países.", claimant=SD),
    C("stations", 9, "ES", "En España contabiliza nueve, más que en ningún otro país salvo Italia", claimant=SD),
    C("stations", 7, "ES", "en su primer recuento, hace dos años, eran siete.", claimant=SD, opt=True, note="an earlier figure"),
    I("ES", "persuasion", "Un hostelero de Salou, que pide no ser identificado, cuenta que en la primavera de 2022 dos hombres se presentaron en su restaurante y le hablaron de una deuda que, según ellos, había dejado pendiente en Wenzhou. \"Me dijeron que lo mejor para mi familia era que volviera y lo arreglara allí\", recuerda.",
      place="Salou", date="2022", note="he did not return"),
    I("ES", "harassment", "Semanas después, su madre recibió en China la visita de dos agentes que le pidieron que convenciera a su hijo.", opt=True, note="pressure on a relative inside the persuasion case"),
    D("CN", "Un portavoz de la embajada china en Madrid aseguró a este diario que \"no existe ninguna comisaría china en España\" y que los locales señalados son puntos de voluntarios",
      claimant="Chinese embassy in Madrid"),
    S("ES", None, "Un portavoz de la embajada china en Madrid aseguró a este diario que \"no existe ninguna comisaría china en España\"", claimant="Chinese embassy in Madrid", pol="denied", opt=True),
    R("ES", "protest", "Fuentes diplomáticas admiten que no se ha convocado al embajador.", pol="denied", opt=True),
    S("NL", None, "Los Países Bajos e Irlanda ordenaron en 2022 el cierre de las oficinas detectadas en su territorio.", date="2022"),
    S("IE", None, "Los Países Bajos e Irlanda ordenaron en 2022 el cierre de las oficinas detectadas en su territorio.", date="2022"),
    R("NL", "closure", "Los Países Bajos e Irlanda ordenaron en 2022 el cierre de las oficinas detectadas en su territorio.", date="2022"),
    R("IE", "closure", "Los Países Bajos e Irlanda ordenaron en 2022 el cierre de las oficinas detectadas en su territorio.", date="2022"),
]})

# ---------------------------------------------------------------- 028
T028 = """FGR indaga presunta "estación de policía" china en Guadalajara

Un informe internacional ubica otra oficina en Puebla; la SRE cita al embajador

GUADALAJARA, Jal., 14 de marzo de 2024.- La Fiscalía General de la República (FGR) inició una carpeta de investigación por la presunta operación, en la colonia Americana de esta ciudad, de una oficina que respondería a la Oficina de Seguridad Pública de Jimo, un distrito de la ciudad portuaria de Qingdao, en el este de China.

De acuerdo con el informe de la organización Safeguard Defenders que dio origen a la indagatoria, el inmueble -una casa de dos plantas a dos cuadras de la estación Juárez del tren ligero, que funciona como sede de una asociación de paisanos de la provincia de Shandong- habría empezado a operar en 2021. Un segundo punto, en Puebla, dependería del mismo buró.

"En México serían al menos dos", resume el documento, que eleva a más de un centenar el total de estas instalaciones en el mundo.

Fuentes de la FGR precisaron que hasta el momento no hay personas detenidas y que la carpeta se encuentra "en fase de integración".

Por su parte, la Secretaría de Relaciones Exteriores (SRE) citó el miércoles al embajador de China en México para pedirle explicaciones, confirmó la cancillería en una tarjeta informativa.

"Sabían dónde vivía"

Una comerciante de origen chino radicada en Zapopan relató a este medio que en 2022 fue citada en la casa de la colonia Americana, donde dos hombres le mostraron fotografías suyas tomadas durante una protesta frente al consulado. "Sabían dónde vivía y con quién hablaba", dijo. Le advirtieron, además, que sus padres en Shandong "podrían tener problemas" si volvía a manifestarse.

En una respuesta por escrito, la embajada china calificó las acusaciones de "infundadas" y sostuvo que en México "no existe ninguna estación de policía china". Explicó que la asociación tapatía solo ofrece "orientación a los connacionales" sobre trámites consulares, como la renovación de pasaportes.

En el Congreso de Jalisco, una diputada local presentó un punto de acuerdo para exhortar a la SRE a solicitar la salida del personal vinculado con la oficina, en caso de confirmarse los señalamientos.
"""
DOCS.append({"name": "028-es-nota-mexico-guadalajara-puebla-jimo.txt", "text": T028, "facts": [
    S("MX", "Guadalajara", "La Fiscalía General de la República (FGR) inició una carpeta de investigación por la presunta operación, en la colonia Americana de esta ciudad, de una oficina que respondería a la Oficina de Seguridad Pública de Jimo, un distrito de la ciudad portuaria de Qingdao, en el este de China.",
      operator="Jimo", operator_alt=["Qingdao"], claimant=SD, date="2021", note="site: colonia Americana; 'esta ciudad' = dateline"),
    R("MX", "investigation", "La Fiscalía General de la República (FGR) inició una carpeta de investigación por la presunta operación, en la colonia Americana de esta ciudad,",
      place="Guadalajara", date="2024-03"),
    S("MX", "Puebla", "Un segundo punto, en Puebla, dependería del mismo buró.", operator="Jimo", operator_alt=["Qingdao"], claimant=SD, note="operator by reference"),
    C("stations", 2, "MX", "\"En México serían al menos dos\", resume el documento", claimant=SD),
    C("stations", 100, None, "que eleva a más de un centenar el total de estas instalaciones en el mundo.", claimant=SD, opt=True),
    R("MX", "arrest", "Fuentes de la FGR precisaron que hasta el momento no hay personas detenidas", pol="denied", opt=True),
    R("MX", "protest", "la Secretaría de Relaciones Exteriores (SRE) citó el miércoles al embajador de China en México para pedirle explicaciones", date="2024-03"),
    I("MX", "surveillance", "Una comerciante de origen chino radicada en Zapopan relató a este medio que en 2022 fue citada en la casa de la colonia Americana, donde dos hombres le mostraron fotografías suyas tomadas durante una protesta frente al consulado.",
      place="Guadalajara", date="2022"),
    I("MX", "harassment", "Le advirtieron, además, que sus padres en Shandong \"podrían tener problemas\" si volvía a manifestarse.", place="Guadalajara", date="2022"),
    D("CN", "la embajada china calificó las acusaciones de \"infundadas\" y sostuvo que en México \"no existe ninguna estación de policía china\".", claimant="Chinese embassy in Mexico"),
    S("MX", None, "sostuvo que en México \"no existe ninguna estación de policía china\".", claimant="Chinese embassy in Mexico", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 029
T029 = """BOLETÍN OFICIAL DE LAS CORTES GENERALES
SENADO
XV LEGISLATURA            Núm. 211         12 de febrero de 2025         Pág. 87

684/004519
AUTOR: Senador (GPP)

Pregunta con respuesta por escrito sobre la existencia de
presuntas oficinas de la policía china en las provincias de
Cádiz y Cáceres.

Según ha publicado la prensa gaditana, en un local del polí-
gono industrial de Cádiz funciona desde 2020 una supuesta
"oficina de servicios" vinculada a la Oficina de Seguridad
Pública de Penglai, en la provincia china de Shandong, y
otra de similares características en la ciudad de Cáceres,
abierta en una asociación cultural en 2021.

¿Tiene constancia el Gobierno de la actividad de dichas ofi-
cinas? ¿Ha convocado el Ministerio de Asuntos Exteriores al
embajador de la República Popular China? ¿Piensa el Gobierno
ordenar su cierre?

RESPUESTA:

En relación con la pregunta de referencia, se informa que
las Fuerzas y Cuerpos de Seguridad del Estado tuvieron cono-
cimiento de la existencia de los locales citados y que la
Comisaría General de Información realizó las comprobaciones
oportunas en ambos.

De dichas comprobaciones no se desprende, hasta la fecha, la
comisión de ilícito penal alguno.

Según la información disponible, el local de Cáceres cesó su
actividad en diciembre de 2023, sin que mediara requerimiento
de las autoridades.

Asimismo, el Ministerio de Asuntos Exteriores, Unión Europea
y Cooperación trasladó a la Embajada de la República Popular
China la preocupación del Gobierno por las informaciones pu-
blicadas, sin que se haya estimado necesario convocar a su
titular.

El Gobierno continuará vigilando cualquier actividad que pue-
da afectar a los derechos de los ciudadanos extranjeros re-
sidentes en España.

Madrid, 3 de febrero de 2025.-El Secretario de Estado de Re-
laciones con las Cortes y Asuntos Constitucionales.
"""
DOCS.append({"name": "029-es-respuesta-senado-cadiz-caceres-penglai.txt", "text": T029, "facts": [
    S("ES", "Cádiz", "en un local del polígono industrial de Cádiz funciona desde 2020 una supuesta \"oficina de servicios\" vinculada a la Oficina de Seguridad Pública de Penglai, en la provincia china de Shandong,",
      operator="Penglai", operator_alt=["Yantai"], claimant="Cádiz press", date="2020", place_alt=["Cadiz"], note="premise of the question; hard-wrapped, 'polí-/gono'"),
    S("ES", "Cáceres", "y otra de similares características en la ciudad de Cáceres, abierta en una asociación cultural en 2021.",
      claimant="Cádiz press", date="2021", place_alt=["Caceres"], note="premise; no operator stated"),
    R("ES", "investigation", "la Comisaría General de Información realizó las comprobaciones oportunas en ambos.", claimant="Spanish government"),
    R("ES", "no_wrongdoing_found", "De dichas comprobaciones no se desprende, hasta la fecha, la comisión de ilícito penal alguno.", claimant="Spanish government"),
    R("ES", "closure", "el local de Cáceres cesó su actividad en diciembre de 2023, sin que mediara requerimiento de las autoridades.",
      place="Cáceres", claimant="Spanish government", date="2023-12", opt=True, note="stopped by itself"),
    R("ES", "protest", "trasladó a la Embajada de la República Popular China la preocupación del Gobierno por las informaciones publicadas,",
      claimant="Spanish government", opt=True, note="concern conveyed, short of a summons"),
    R("ES", "protest", "sin que se haya estimado necesario convocar a su titular.", claimant="Spanish government", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 030
T030 = """4. Sudamérica: la expansión hacia las ciudades intermedias

4.1 Hallazgos

Entre 2021 y 2024 identificamos cinco sedes en cuatro países de Sudamérica que no figuraban en nuestros informes anteriores[12]. A diferencia de las ya conocidas, situadas en capitales, estas se encuentran en ciudades intermedias con comunidades chinas de llegada reciente, vinculadas al comercio minorista, la construcción y la minería. Argentina concentra dos de ellas, ambas en el interior del país.

Tabla 3. Sedes identificadas en Sudamérica (2021-2024)

  Ciudad                  País        Organismo del que depende     Apertura   Fuente
  ---------------------   ---------   ---------------------------   --------   ------------------
  Cusco                   Perú        OSP de Chenghai (Shantou)     2022       anuncio en WeChat
  La Serena               Chile       OSP de Miluo (Yueyang)        2021       prensa de Hunan
  Salto                   Uruguay     OSP de Zaoyang (Xiangyang)    2023       anuncio en WeChat
  San Miguel de Tucumán   Argentina   OSP de Wuyuan (Shangrao)      2022       testimonios[13]
  Bahía Blanca            Argentina   OSP de Bobai (Yulin)          2024       anuncio en Douyin

Fuente: elaboración propia. OSP: Oficina de Seguridad Pública.

Con estas cinco, el total que hemos documentado a escala mundial asciende a 102 sedes en 53 países.

4.2 Casos documentados

Las sedes se presentan como centros de atención para trámites a distancia (renovación de licencias de conducir, certificados de antecedentes, registro de domicilio). Los anuncios de dos de ellas mencionan también la tarea de "colaborar en la persuasión" de personas buscadas por la justicia china.

En La Serena, un trabajador de una empresa contratista minera fue contactado en mayo de 2023 por el responsable de la sede, que le transmitió un mensaje de la policía de Miluo: si no regresaba para responder por un presunto fraude, su hermana perdería su empleo en la administración local. El hombre regresó a China en noviembre de ese año[14].

En Cusco, dos estudiantes de posgrado relataron que miembros de la asociación que aloja la sede fotografiaron a quienes asistieron a una vigilia en la Plaza de Armas en junio de 2023 y enviaron las imágenes a un grupo de WeChat administrado desde Chenghai.

4.3 Respuesta de las autoridades

La Policía Nacional del Perú abrió una investigación preliminar en enero de 2024[15]. En Chile, la Fiscalía Regional de Coquimbo archivó en abril de 2024 la denuncia presentada por el familiar del trabajador, por falta de antecedentes suficientes. En Uruguay, el Ministerio del Interior no ha abierto investigación alguna, pese a las consultas de esta organización. El Ministerio de Seguridad de Argentina no respondió a nuestras preguntas; cabe recordar que Buenos Aires y Pekín firmaron en 2023 un memorando de entendimiento sobre cooperación en materia de seguridad pública.

____________
[12] Identificación a partir de anuncios en redes sociales chinas y verificación sobre el terreno entre octubre de 2023 y junio de 2024.
[13] Entrevistas con tres residentes, marzo de 2024.
[14] Entrevista con un familiar, marzo de 2024.
[15] Información confirmada a esta organización por la fiscalía provincial.
"""
DOCS.append({"name": "030-es-informe-ong-sudamerica-tabla-cusco-la-serena-salto-tucuman.txt", "text": T030, "facts": [
    C("stations", 5, None, "Entre 2021 y 2024 identificamos cinco sedes en cuatro países de Sudamérica", opt=True, note="regional count"),
    C("countries", 4, None, "Entre 2021 y 2024 identificamos cinco sedes en cuatro países de Sudamérica", opt=True, note="regional count"),
    C("stations", 2, "AR", "Argentina concentra dos de ellas, ambas en el interior del país."),
    S("PE", "Cusco", "Cusco                   Perú        OSP de Chenghai (Shantou)     2022", operator="Chenghai", operator_alt=["Shantou"], date="2022", place_alt=["Cuzco"]),
    S("CL", "La Serena", "La Serena               Chile       OSP de Miluo (Yueyang)        2021", operator="Miluo", operator_alt=["Yueyang"], date="2021"),
    S("UY", "Salto", "Salto                   Uruguay     OSP de Zaoyang (Xiangyang)    2023", operator="Zaoyang", operator_alt=["Xiangyang"], date="2023"),
    S("AR", "San Miguel de Tucumán", "San Miguel de Tucumán   Argentina   OSP de Wuyuan (Shangrao)      2022", operator="Wuyuan", operator_alt=["Shangrao"], date="2022", place_alt=["Tucumán", "San Miguel de Tucuman"]),
    S("AR", "Bahía Blanca", "Bahía Blanca            Argentina   OSP de Bobai (Yulin)          2024", operator="Bobai", operator_alt=["Yulin"], date="2024"),
    C("stations", 102, None, "el total que hemos documentado a escala mundial asciende a 102 sedes en 53 países."),
    C("countries", 53, None, "el total que hemos documentado a escala mundial asciende a 102 sedes en 53 países."),
    I("CL", "persuasion", "En La Serena, un trabajador de una empresa contratista minera fue contactado en mayo de 2023 por el responsable de la sede, que le transmitió un mensaje de la policía de Miluo: si no regresaba para responder por un presunto fraude, su hermana perdería su empleo en la administración local.",
      place="La Serena", date="2023-05", note="he returned in November 2023"),
    I("CL", "harassment", "si no regresaba para responder por un presunto fraude, su hermana perdería su empleo en la administración local.", place="La Serena", opt=True, note="pressure on a relative inside the persuasion case"),
    I("PE", "surveillance", "En Cusco, dos estudiantes de posgrado relataron que miembros de la asociación que aloja la sede fotografiaron a quienes asistieron a una vigilia en la Plaza de Armas en junio de 2023 y enviaron las imágenes a un grupo de WeChat administrado desde Chenghai.",
      place="Cusco", date="2023-06"),
    R("PE", "investigation", "La Policía Nacional del Perú abrió una investigación preliminar en enero de 2024", date="2024-01"),
    R("CL", "no_wrongdoing_found", "En Chile, la Fiscalía Regional de Coquimbo archivó en abril de 2024 la denuncia presentada por el familiar del trabajador, por falta de antecedentes suficientes.", date="2024-04", note="case archived for lack of evidence"),
    R("UY", "investigation", "En Uruguay, el Ministerio del Interior no ha abierto investigación alguna, pese a las consultas de esta organización.", pol="denied"),
    A("AR", "security_agreement", "cabe recordar que Buenos Aires y Pekín firmaron en 2023 un memorando de entendimiento sobre cooperación en materia de seguridad pública.", date="2023"),
]})

# ---------------------------------------------------------------- 031
T031 = """NOTA DE PRENSA

La Policía Nacional detiene en Marbella a dos personas que coaccionaban a ciudadanos chinos desde una "oficina de servicios" vinculada a la policía de su país

- Los detenidos, un hombre de 44 años y una mujer de 39, presuntamente elaboraban fichas de miembros de la comunidad china y presionaban a sus familiares en China

- La oficina, abierta en 2020, dependía supuestamente de la Oficina de Seguridad Pública de Gaomi, en la provincia de Shandong

- Tres de las personas presionadas acabaron regresando a China en los dos últimos años

Marbella (Málaga), 21 de mayo de 2025.

Agentes de la Policía Nacional han detenido en Marbella a dos personas de nacionalidad china como presuntas autoras de los delitos de coacciones, amenazas, usurpación de funciones públicas y descubrimiento y revelación de secretos. La investigación, desarrollada por la Comisaría General de Información en colaboración con la Comisaría Local de Marbella, se inició en otoño de 2024 a raíz de la denuncia de un residente.

Según las pesquisas, los arrestados gestionaban desde 2020, en una galería comercial de San Pedro Alcántara, una supuesta oficina de atención a la comunidad china que, en realidad, actuaba por cuenta de la Oficina de Seguridad Pública de Gaomi. Desde allí se recopilaban los domicilios, los lugares de trabajo y las opiniones políticas de residentes chinos en la Costa del Sol, datos que se remitían periódicamente a China.

A quienes se negaban a colaborar o a regresar para "resolver asuntos pendientes", los investigados les hacían saber que sus familiares en China sufrirían las consecuencias. Los agentes han documentado que al menos tres personas regresaron a China tras recibir estas presiones; una de ellas, un cocinero de 31 años, viajó en marzo de 2024 después de que su padre fuera citado en varias ocasiones por la policía de Gaomi.

En el registro del local, los agentes intervinieron documentación, varios sellos, tres ordenadores portátiles y 4.300 euros en efectivo. El Juzgado de Instrucción número 2 de Marbella, que ha decretado el ingreso en prisión provisional del hombre y la libertad con medidas cautelares de la mujer, ha acordado asimismo el precinto del local.

La operación continúa abierta y no se descartan nuevas detenciones.

La Policía Nacional recuerda que cualquier persona que se sienta coaccionada puede denunciarlo en cualquier comisaría o a través del correo electrónico habilitado al efecto.
"""
PN = "Policía Nacional"
DOCS.append({"name": "031-es-nota-prensa-policia-marbella-gaomi.txt", "text": T031, "facts": [
    S("ES", "Marbella", "los arrestados gestionaban desde 2020, en una galería comercial de San Pedro Alcántara, una supuesta oficina de atención a la comunidad china que, en realidad, actuaba por cuenta de la Oficina de Seguridad Pública de Gaomi.",
      operator="Gaomi", operator_alt=["Weifang"], claimant=PN, date="2020", place_alt=["San Pedro Alcántara", "San Pedro de Alcantara"], note="site: a shopping arcade in San Pedro Alcántara (Marbella)"),
    R("ES", "arrest", "Agentes de la Policía Nacional han detenido en Marbella a dos personas de nacionalidad china como presuntas autoras de los delitos de coacciones, amenazas, usurpación de funciones públicas y descubrimiento y revelación de secretos.",
      place="Marbella", claimant=PN, date="2025-05"),
    R("ES", "investigation", "En el registro del local, los agentes intervinieron documentación, varios sellos, tres ordenadores portátiles y 4.300 euros en efectivo.", place="Marbella", claimant=PN),
    R("ES", "closure", "ha acordado asimismo el precinto del local.", place="Marbella", claimant=PN, note="court-ordered sealing"),
    I("ES", "surveillance", "Desde allí se recopilaban los domicilios, los lugares de trabajo y las opiniones políticas de residentes chinos en la Costa del Sol, datos que se remitían periódicamente a China.", place="Marbella", claimant=PN),
    I("ES", "harassment", "A quienes se negaban a colaborar o a regresar para \"resolver asuntos pendientes\", los investigados les hacían saber que sus familiares en China sufrirían las consecuencias.", place="Marbella", claimant=PN),
    I("ES", "persuasion", "una de ellas, un cocinero de 31 años, viajó en marzo de 2024 después de que su padre fuera citado en varias ocasiones por la policía de Gaomi.", place="Marbella", claimant=PN, date="2024-03"),
    C("returns", 3, "ES", "Los agentes han documentado que al menos tres personas regresaron a China tras recibir estas presiones;", claimant=PN),
]})

# ---------------------------------------------------------------- 032 (irrelevant)
T032 = """Un autobús con 53 turistas chinos, desviado por error a la estación de Jaén

La Policía Local atendió al grupo y la Subdelegación ayudó a que regresaran a su ruta; uno de ellos recuperó el pasaporte extraviado

JAÉN. Una confusión con el navegador llevó este sábado a un autobús con 53 turistas chinos, que debía dirigirse a la Alhambra de Granada, hasta la estación de autobuses de Jaén, donde el conductor, de nacionalidad portuguesa, pidió ayuda a los agentes de la Policía Local que patrullaban la zona.

Los policías acompañaron al grupo hasta la comisaría del distrito, en la misma plaza, mientras una intérprete de la Universidad de Jaén, avisada por la Subdelegación del Gobierno, explicaba a los viajeros lo ocurrido. Uno de los turistas, un jubilado de Chengdu, descubrió entonces que había perdido su pasaporte. Los agentes abrieron una investigación y lo localizaron una hora después en la cafetería de la estación.

"No hubo ningún detenido ni ningún problema, solo un malentendido", explicó el subinspector responsable del turno, que calificó de "ejemplar" la paciencia del grupo.

El consulado general de China en Madrid agradeció por carta la atención recibida y anunció que los turistas regresarían a China el martes, como estaba previsto, tras visitar Sevilla y Córdoba.

El episodio coincide con la firma, el pasado jueves, de un convenio de colaboración entre la Diputación de Jaén y una agencia de viajes de Shanghái para promocionar la ruta del aceite entre visitantes asiáticos. Según la Diputación, la provincia recibió el año pasado a 102 grupos turísticos procedentes de China, frente a los 60 del año anterior.

La estación de autobuses, que cerró durante tres meses en 2023 para unas obras de reforma, atiende a unos 1,2 millones de viajeros al año.
"""
DOCS.append({"name": "032-es-noticia-local-jaen-autobus-turistas-chinos.txt", "text": T032, "facts": []})

# ---------------------------------------------------------------- 033 (irrelevant)
T033 = """INM repatría a 47 ciudadanos chinos desde la estación migratoria de Saltillo

Los migrantes fueron trasladados al aeropuerto de la Ciudad de México en un vuelo fletado

SALTILLO, Coah., 9 de octubre de 2024.- El Instituto Nacional de Migración (INM) informó que 47 personas de nacionalidad china que permanecían en la estación migratoria de esta ciudad fueron repatriadas a su país este martes, en un vuelo fletado que partió del Aeropuerto Internacional de la Ciudad de México con destino a Guangzhou.

Según el comunicado, los extranjeros fueron localizados a finales de septiembre por elementos de la Guardia Nacional en un tractocamión que circulaba por la carretera federal 57, a la altura de Ramos Arizpe, cuando intentaban llegar a la frontera con Estados Unidos. La Fiscalía General de la República abrió una carpeta de investigación contra el conductor, que fue detenido y vinculado a proceso por tráfico de personas.

El INM precisó que el retorno se realizó "con pleno respeto a los derechos humanos" y en coordinación con el consulado de la República Popular China, que expidió los documentos de viaje. El instituto recordó que México y Estados Unidos mantienen un acuerdo de cooperación para atender los flujos migratorios en la frontera norte, y que en lo que va del año ha devuelto a su país de origen a más de 102 mil extranjeros.

En la estación migratoria de Saltillo, cuya capacidad es de 150 personas, permanecen otros 53 migrantes de distintas nacionalidades, según el instituto.

Organizaciones civiles de la Casa del Migrante de Saltillo pidieron a las autoridades revisar las condiciones de la estancia provisional, que en 2023 fue clausurada temporalmente por la Comisión Nacional de los Derechos Humanos tras una queja por hacinamiento.
"""
DOCS.append({"name": "033-es-nota-mexico-estacion-migratoria-saltillo-repatriacion.txt", "text": T033, "facts": []})
