"""Spanish documents 027-033 of check18 part B."""
from h import S, C, R, I, A, D, W

DOCS = []

# ---------------------------------------------------------------- 027 EFE wire, web clutter
T027 = """Inicio > Madrid > Sucesos

Utilizamos cookies propias y de terceros para mejorar su experiencia. Si continúa navegando, consideramos que acepta su uso. Más información | Aceptar

La Policía registra en Leganés un local señalado como "comisaría" china encubierta

Agencia EFE
Madrid, 14 mar 2024 (EFE) - Actualizado 14/03/2024 19:42

Agentes de la Policía Nacional registraron este jueves un local comercial del barrio de La Fortuna, en Leganés, que según una organización no gubernamental funcionaba desde 2019 como una oficina de la policía china encargada de vigilar a ciudadanos de ese país residentes en el sur de Madrid.

[Foto: Agentes de la Policía Nacional, a la salida del local de Leganés este jueves. EFE/Archivo]

El registro, ordenado por un juzgado de instrucción de Leganés, se enmarca en unas diligencias abiertas en octubre a raíz de la denuncia de un vecino de origen chino, según fuentes de la investigación consultadas por EFE. Los agentes se llevaron documentación y dos ordenadores. No hubo detenidos.

La oficina, que en el barrio se conocía como una asociación de comerciantes, habría sido puesta en marcha por la Oficina de Seguridad Pública de Baotou, en la región china de Mongolia Interior, de donde procede buena parte de los socios. Según el denunciante, desde el local se le llamó en repetidas ocasiones para que regresara a China a "arreglar un asunto pendiente" y, ante su negativa, agentes de paisano visitaron a sus padres en Baotou.

Lea también: Las asociaciones chinas de Usera piden "no estigmatizar" a la comunidad

La ONG Safeguard Defenders, con sede en Madrid, sostiene en su último informe que hay al menos cinco dependencias de este tipo en la Comunidad de Madrid. Una segunda, en Coslada, dependería de la policía de Chifeng, también en Mongolia Interior. Fuentes policiales señalaron que ese local "está siendo analizado" pero no ha sido objeto de ninguna actuación judicial.

"No estamos ante una gestoría, sino ante una estructura de control"

La Embajada de China en Madrid rechazó en un comunicado lo que califica de "acusaciones sin fundamento" y explicó que los locales citados son "puntos de atención voluntarios" donde los ciudadanos chinos pueden renovar a distancia el carné de conducir, un trámite que se paralizó durante la pandemia.

"No estamos ante una gestoría, sino ante una estructura de control", replicó una portavoz de la organización, que cifra en ciento dos las estaciones de este tipo abiertas en cincuenta y tres países. España, según ese recuento, sería el país con más sedes de Europa.

El Ministerio del Interior no ha querido hacer comentarios sobre el registro. (EFE)

© EFE 2024. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE sin su previo y expreso consentimiento.

Fe de errores: en una versión anterior de esta información se situaba el segundo local en Alcorcón. Está en Coslada.

Suscríbase a nuestro boletín de Madrid y reciba cada mañana las noticias de su ciudad."""

DOCS.append({"name": "027-es-efe-registro-leganes-coslada-baotou-chifeng.txt", "text": T027, "facts": [
    S("ES", "Leganés", "un local comercial del barrio de La Fortuna, en Leganés, que según una organización no gubernamental funcionaba desde 2019 como una oficina de la policía china", operator="Baotou", claimant="Safeguard Defenders", date="2019", note="site: barrio de La Fortuna; operator in the next-but-one paragraph ('La oficina … Baotou')"),
    R("ES", "investigation", "Agentes de la Policía Nacional registraron este jueves un local comercial del barrio de La Fortuna, en Leganés", place="Leganés", date="2024-03-14"),
    R("ES", "investigation", "se enmarca en unas diligencias abiertas en octubre", place="Leganés", note="same key as the search"),
    R("ES", "arrest", "No hubo detenidos.", place="Leganés", pol="denied", opt=True),
    I("ES", "persuasion", "desde el local se le llamó en repetidas ocasiones para que regresara a China a \"arreglar un asunto pendiente\"", place="Leganés", claimant="the complainant"),
    I("ES", "harassment", "agentes de paisano visitaron a sus padres en Baotou", claimant="the complainant", opt=True, note="relatives visited inside the persuasion case"),
    C("stations", 5, "ES", "hay al menos cinco dependencias de este tipo en la Comunidad de Madrid", claimant="Safeguard Defenders", opt=True, note="regional sub-count (Madrid region)"),
    S("ES", "Coslada", "Una segunda, en Coslada, dependería de la policía de Chifeng, también en Mongolia Interior.", operator="Chifeng", claimant="Safeguard Defenders"),
    D("CN", "los locales citados son \"puntos de atención voluntarios\" donde los ciudadanos chinos pueden renovar a distancia el carné de conducir", claimant="Embassy of China in Madrid"),
    C("stations", 102, None, "cifra en ciento dos las estaciones de este tipo abiertas en cincuenta y tres países", claimant="Safeguard Defenders"),
    C("countries", 53, None, "cifra en ciento dos las estaciones de este tipo abiertas en cincuenta y tres países", claimant="Safeguard Defenders"),
]})

# ---------------------------------------------------------------- 028 Mexican radio transcript
T028 = """Noticiero Matutino del Noroeste – Transcripción del segmento 3 (07:41–07:52)
Emisión del martes 9 de julio de 2024. Transcripción automática revisada; puede contener errores.

[07:41] CONDUCTORA: Seguimos, son las siete cuarenta y uno. Nos quedamos en Sonora, porque hay un tema que nos escribieron muchos radioescuchas: esto que llaman "comisarías chinas". Tengo en la línea a nuestro reportero, Julián. Buenos días.

[07:41] REPORTERO: Buenos días. Sí, mira, la historia empieza en Hermosillo, en una plaza comercial de la zona norte. Ahí opera desde hace unos tres años una oficina que se presenta como centro de apoyo a la comunidad china. Documentos que revisamos, y el testimonio de dos personas, indican que la oficina rendía cuentas a la Oficina de Seguridad Pública de Yinchuan, que es la capital de Ningxia, allá en el noroeste de China.

[07:43] CONDUCTORA: ¿Y qué hacían ahí exactamente?

[07:43] REPORTERO: Oficialmente, trámites: renovar licencias, certificados, ese tipo de cosas. Pero un trabajador de un restaurante nos contó que lo citaron dos veces en ese lugar y que le insistieron en que volviera a China porque allá tenía una denuncia por deudas. Al final volvió. Compró su boleto, nadie lo subió al avión, pero él dice que no tenía otra opción porque a su hermana en Yinchuan la habían llamado a declarar.

[07:45] CONDUCTORA: O sea, presión a la familia.

[07:45] REPORTERO: Exacto. Y no es el único lugar. Hay otro en Culiacán, en Sinaloa, del que sabemos menos; no hemos podido confirmar de qué oficina de policía depende.

[07:46] CONDUCTORA: Entonces, ¿cuántos tenemos en México?

[07:46] REPORTERO: Confirmados, esos dos, uno en cada estado. Hay rumores de un tercero en Mexicali, pero nadie lo ha podido documentar, y yo no lo daría por hecho.

[07:47] CONDUCTORA: ¿Y las autoridades?

[07:47] REPORTERO: La Fiscalía General de la República abrió una carpeta de investigación en mayo por posible privación ilegal de la libertad y usurpación de funciones; eso nos lo confirmó la delegación en Sonora. La Cancillería, por su parte, entregó una nota diplomática de protesta a la embajada china en la Ciudad de México. Al embajador no lo han citado, eso sí.

[07:49] CONDUCTORA: ¿Y qué dice China?

[07:49] REPORTERO: La embajada nos mandó un mensaje escrito. Dice, cito: "En México no existe ninguna estación de policía china. Se trata de centros de servicio que ayudan a nuestros connacionales con trámites administrativos". Fin de la cita.

[07:50] CONDUCTORA: Bueno, habrá que ver qué pasa con la carpeta. ¿Si se comprobara todo, podrían cerrarlos?

[07:50] REPORTERO: En teoría sí, pero hoy por hoy nadie ha ordenado nada.

[07:51] CONDUCTORA: Gracias, Julián. Vamos a una pausa y regresamos con el clima y el tráfico en el bulevar Kino.

[CORTE COMERCIAL]"""

DOCS.append({"name": "028-es-radio-transcripcion-hermosillo-culiacan-yinchuan.txt", "text": T028, "facts": [
    S("MX", "Hermosillo", "la historia empieza en Hermosillo, en una plaza comercial de la zona norte. Ahí opera desde hace unos tres años una oficina que se presenta como centro de apoyo a la comunidad china", operator="Yinchuan", note="operator in the next sentence ('la oficina rendía cuentas a … Yinchuan')"),
    I("MX", "persuasion", "lo citaron dos veces en ese lugar y que le insistieron en que volviera a China porque allá tenía una denuncia por deudas. Al final volvió.", place="Hermosillo"),
    I("MX", "harassment", "a su hermana en Yinchuan la habían llamado a declarar", opt=True, note="pressure on a relative inside the persuasion case"),
    S("MX", "Culiacán", "Hay otro en Culiacán, en Sinaloa, del que sabemos menos", place_alt=["Culiacan"]),
    C("stations", 2, "MX", "Confirmados, esos dos, uno en cada estado."),
    R("MX", "investigation", "La Fiscalía General de la República abrió una carpeta de investigación en mayo", date="2024-05"),
    R("MX", "protest", "La Cancillería, por su parte, entregó una nota diplomática de protesta a la embajada china"),
    D("CN", "\"En México no existe ninguna estación de policía china. Se trata de centros de servicio que ayudan a nuestros connacionales con trámites administrativos\"", claimant="Embassy of China in Mexico"),
    S("MX", None, "\"En México no existe ninguna estación de policía china.", claimant="Embassy of China in Mexico", pol="denied", opt=True),
    R("MX", "closure", "hoy por hoy nadie ha ordenado nada", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 029 Spanish written parliamentary answer, wrapped
T029 = W("""BOLETÍN OFICIAL DE LAS CORTES GENERALES
CONGRESO DE LOS DIPUTADOS
Serie D: GENERAL          Núm. 211          22 de noviembre de 2024          Pág. 148

184/031577
Pregunta con respuesta escrita formulada por el Grupo Parlamentario Mixto.

Autor: Diputada del Grupo Parlamentario Mixto (Galicia).

Pregunta: Según diversas informaciones periodísticas, en la ciudad de Pontevedra funcionaría desde 2021, bajo la apariencia de una asociación cultural, una oficina vinculada a la Oficina de Seguridad Pública de Xining (provincia de Qinghai, República Popular China), y una segunda en Ferrol que respondería a la policía del condado de Minhe. ¿Qué actuaciones ha llevado a cabo el Gobierno en relación con dichas oficinas? ¿Ha convocado el Ministerio de Asuntos Exteriores al embajador de la República Popular China? ¿Existe algún acuerdo de cooperación policial con dicho país que ampare su actividad?

Respuesta:

En relación con la información interesada, se significa que las Fuerzas y Cuerpos de Seguridad del Estado tuvieron conocimiento de las informaciones mencionadas en el momento de su publicación y que la Comisaría General de Información llevó a cabo las comprobaciones oportunas sobre ambos locales, incluidas entrevistas con sus responsables.

Como resultado de dichas comprobaciones, no se han detectado indicios de actividad delictiva en el local de Pontevedra, cuya actividad se limita, según lo constatado, a la organización de clases de lengua y actos culturales. Por lo que se refiere al local de Ferrol, se informa de que el mismo cesó su actividad a iniciativa de sus propios responsables con anterioridad a las comprobaciones.

Desde el punto de vista diplomático, el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación trasladó a la Embajada de la República Popular China la posición de España, según la cual cualquier actuación de autoridades extranjeras en territorio nacional requiere el conocimiento y la autorización de las autoridades españolas. No se ha considerado necesario proceder a la convocatoria del Embajador.

Por último, se informa de que la cooperación policial con la República Popular China se rige por el Memorando de Entendimiento firmado entre ambos Ministerios en 2018, en cuyo marco se realizaron patrullas conjuntas de carácter turístico en Madrid y Barcelona durante los veranos de 2018 y 2019. Dicho instrumento no ampara en ningún caso la actuación de oficinas como las referidas.

Madrid, 4 de noviembre de 2024.—El Secretario de Estado de Relaciones con las Cortes.

cve: BOCG-14-D-211          Pág. 148""", 84)

DOCS.append({"name": "029-es-respuesta-escrita-congreso-pontevedra-ferrol-xining-minhe.txt", "text": T029, "facts": [
    S("ES", "Pontevedra", "en la ciudad de Pontevedra funcionaría desde 2021, bajo la apariencia de una asociación cultural, una oficina vinculada a la Oficina de Seguridad Pública de Xining", operator="Xining", claimant="press reports", date="2021", note="premise in the question"),
    S("ES", "Ferrol", "una segunda en Ferrol que respondería a la policía del condado de Minhe", operator="Minhe", operator_alt=["Haidong"], claimant="press reports", note="premise in the question"),
    R("ES", "investigation", "la Comisaría General de Información llevó a cabo las comprobaciones oportunas sobre ambos locales, incluidas entrevistas con sus responsables"),
    R("ES", "no_wrongdoing_found", "no se han detectado indicios de actividad delictiva en el local de Pontevedra", place="Pontevedra"),
    R("ES", "closure", "el mismo cesó su actividad a iniciativa de sus propios responsables con anterioridad a las comprobaciones", place="Ferrol", opt=True, note="stopped by itself, no order"),
    R("ES", "protest", "trasladó a la Embajada de la República Popular China la posición de España", opt=True, note="position conveyed to the embassy, no summons"),
    R("ES", "protest", "No se ha considerado necesario proceder a la convocatoria del Embajador.", pol="denied", opt=True),
    A("ES", "security_agreement", "la cooperación policial con la República Popular China se rige por el Memorando de Entendimiento firmado entre ambos Ministerios en 2018", date="2018"),
    A("ES", "joint_patrol", "se realizaron patrullas conjuntas de carácter turístico en Madrid y Barcelona durante los veranos de 2018 y 2019", date="2018"),
]})

# ---------------------------------------------------------------- 030 fact-check Benidorm
T030 = """VERIFICACIÓN | Seguridad

¿Hay una "comisaría secreta china" en Benidorm? Lo que sabemos del vídeo viral

Por la redacción de verificación · 3 min de lectura · 27/08/2024

LO QUE SE DICE: Un vídeo publicado en TikTok, con más de 400.000 reproducciones, asegura que en una calle comercial de Benidorm "funciona una comisaría de la policía china" y muestra a varias personas entrando en un local con rótulos en chino.

NUESTRA CONCLUSIÓN: Engañoso. El local que aparece en el vídeo es una academia de idiomas y una agencia de viajes registradas desde 2016. No hay indicios de que sea una oficina policial.

Qué hemos comprobado

El vídeo afirma textualmente que en Benidorm "la policía china tiene una comisaría para controlar a los turistas chinos". Hemos identificado el local: se trata de un negocio de un empresario de origen chino que ofrece cursos de español y viajes organizados. Su responsable nos enseñó la licencia de actividad y el registro mercantil.

La Policía Local de Benidorm explicó a este medio que "no tiene constancia de ninguna oficina de estas características en el municipio". La Policía Nacional, consultada también, declinó hacer comentarios.

¿De dónde sale la idea?

El bulo se apoya en un fenómeno real. En 2022 la ONG Safeguard Defenders documentó oficinas vinculadas a la policía china en varios países, y situó nueve de ellas en España. Ninguna estaba en la Comunidad Valenciana. Varios gobiernos europeos, como el de Países Bajos o el de Irlanda, ordenaron después el cierre de las que se habían localizado en su territorio.

Además, muchas de estas oficinas decían dedicarse, oficialmente, a ayudar con trámites como la renovación del carné de conducir chino; según la ONG, en la práctica servían también para presionar a personas para que regresaran a China. Pero nada de eso se ha documentado en Benidorm.

Verificado: ENGAÑOSO.

¿Has visto un bulo? Escríbenos al número de WhatsApp de verificación.

Este artículo forma parte de nuestro programa de verificación de datos. Consulta nuestra metodología."""

DOCS.append({"name": "030-es-verificacion-video-benidorm.txt", "text": T030, "facts": [
    S("ES", "Benidorm", "asegura que en una calle comercial de Benidorm \"funciona una comisaría de la policía china\"", claimant="TikTok video", opt=True, note="viral claim rated misleading"),
    S("ES", "Benidorm", "El local que aparece en el vídeo es una academia de idiomas y una agencia de viajes registradas desde 2016. No hay indicios de que sea una oficina policial.", pol="denied", opt=True),
    R("ES", "no_wrongdoing_found", "\"no tiene constancia de ninguna oficina de estas características en el municipio\"", place="Benidorm", claimant="Policía Local de Benidorm", opt=True),
    C("stations", 9, "ES", "situó nueve de ellas en España", claimant="Safeguard Defenders", date="2022"),
    S("NL", None, "Varios gobiernos europeos, como el de Países Bajos o el de Irlanda, ordenaron después el cierre de las que se habían localizado en su territorio."),
    S("IE", None, "Varios gobiernos europeos, como el de Países Bajos o el de Irlanda, ordenaron después el cierre de las que se habían localizado en su territorio."),
    R("NL", "closure", "Varios gobiernos europeos, como el de Países Bajos o el de Irlanda, ordenaron después el cierre"),
    R("IE", "closure", "Varios gobiernos europeos, como el de Países Bajos o el de Irlanda, ordenaron después el cierre"),
    I(None, "persuasion", "en la práctica servían también para presionar a personas para que regresaran a China", claimant="Safeguard Defenders", opt=True, note="general description"),
]})

# ---------------------------------------------------------------- 031 Chilean long-form, Rancagua
T031 = """REPORTAJES

La larga sombra de Pekín en el valle del Cachapoal

En Rancagua viven hoy cerca de dos mil ciudadanos chinos, la mayoría dedicados al comercio. Tras meses de reporteo, este diario reconstruyó cómo funcionó, en una galería del centro, una oficina que respondía a la policía de un distrito de Pekín.

Por Equipo de Investigación | Domingo 2 de febrero de 2025

[Foto: Galería comercial de calle Independencia, en el centro de Rancagua. Crédito: archivo]

Los primeros comerciantes chinos llegaron a Rancagua a fines de los noventa. Venían de Fujian y de Zhejiang, abrieron bazares en la calle Independencia y, con los años, trajeron a sus familias. Hoy sus hijos estudian en los liceos de la ciudad y hablan con acento de la Sexta Región. "Aquí nadie se metía en política", resume un dirigente de la cámara de comercio local.

La comunidad creció con el auge de la minería y del retail. En 2019 se fundó una asociación de residentes que organizaba el Año Nuevo chino en la plaza de los Héroes y clases de mandarín para los niños. Todo parecía ordinario.

En marzo de 2023 la asociación abrió una oficina en el segundo piso de una galería del centro. En sus documentos internos, a los que tuvo acceso este diario, se describe como "punto de enlace" de la Subdirección de Seguridad Pública del distrito de Shunyi, en Pekín. Tres comerciantes confirmaron que el local se presentaba así ante los socios.

Lo que ocurría en la oficina quedó claro en agosto de 2023, cuando un grupo de residentes se manifestó frente a la Intendencia contra la represión en Xinjiang. Días después, dos de los manifestantes recibieron por WeChat fotografías suyas tomadas durante la protesta, enviadas, según su relato, desde la cuenta del encargado de la oficina. Uno de ellos asegura que le advirtieron de que "su familia en China podía tener problemas".

Consultada, la PDI confirmó que, a petición de la Fiscalía Regional de O'Higgins, la Brigada Investigadora de Delitos Económicos realizó diligencias en el lugar y entrevistó a sus responsables. La Fiscalía no ha formalizado a nadie. El local cerró sus puertas en diciembre; los socios dicen que por falta de fondos.

Un segundo local, en Chillán, habría funcionado con la misma lógica, según dos fuentes de la comunidad, aunque este diario no pudo establecer a qué policía china respondía. Con ello serían dos las oficinas de este tipo detectadas en Chile.

La Cancillería citó al encargado de negocios de China en Santiago en septiembre de 2024 para pedir explicaciones. La embajada respondió con una declaración en la que afirma que "no existen comisarías chinas en Chile" y que los locales mencionados eran "espacios de la colectividad para trámites como la renovación de licencias de conducir".

Mientras tanto, en la calle Independencia, la vida sigue. Los bazares abren a las nueve, los niños salen del liceo a las cuatro y la asociación prepara, como cada año, el Año Nuevo lunar.

Temas: Rancagua · Comunidad china · PDI · Fiscalía · Cancillería

Comentarios (14)"""

DOCS.append({"name": "031-es-reportaje-largo-rancagua-chillan-shunyi.txt", "text": T031, "facts": [
    S("CL", "Rancagua", "En marzo de 2023 la asociación abrió una oficina en el segundo piso de una galería del centro. En sus documentos internos, a los que tuvo acceso este diario, se describe como \"punto de enlace\" de la Subdirección de Seguridad Pública del distrito de Shunyi, en Pekín.", operator="Shunyi", operator_alt=["Beijing"], date="2023-03", note="city named in the lead and earlier paragraphs; 'la oficina' after"),
    I("CL", "surveillance", "dos de los manifestantes recibieron por WeChat fotografías suyas tomadas durante la protesta, enviadas, según su relato, desde la cuenta del encargado de la oficina", place="Rancagua", date="2023-08"),
    I("CL", "harassment", "Uno de ellos asegura que le advirtieron de que \"su familia en China podía tener problemas\".", place="Rancagua", opt=True),
    R("CL", "investigation", "la Brigada Investigadora de Delitos Económicos realizó diligencias en el lugar y entrevistó a sus responsables", place="Rancagua"),
    R("CL", "arrest", "La Fiscalía no ha formalizado a nadie.", pol="denied", opt=True),
    R("CL", "closure", "El local cerró sus puertas en diciembre; los socios dicen que por falta de fondos.", place="Rancagua", opt=True, note="closed by itself"),
    S("CL", "Chillán", "Un segundo local, en Chillán, habría funcionado con la misma lógica, según dos fuentes de la comunidad", claimant="community sources", place_alt=["Chillan"]),
    C("stations", 2, "CL", "serían dos las oficinas de este tipo detectadas en Chile"),
    R("CL", "protest", "La Cancillería citó al encargado de negocios de China en Santiago en septiembre de 2024", date="2024-09"),
    D("CN", "afirma que \"no existen comisarías chinas en Chile\" y que los locales mencionados eran \"espacios de la colectividad para trámites como la renovación de licencias de conducir\"", claimant="Embassy of China in Chile"),
    S("CL", None, "\"no existen comisarías chinas en Chile\"", claimant="Embassy of China in Chile", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 032 Colombian prosecutor press note
T032 = """FISCALÍA GENERAL DE LA NACIÓN
Dirección de Comunicaciones

Boletín 41.207
Cúcuta (Norte de Santander), 18 de junio de 2025

Cárcel para dos hombres que habrían participado en el retorno forzado de un comerciante chino desde Cúcuta

• Los procesados habrían coordinado, desde una oficina del barrio La Riviera, acciones de seguimiento contra connacionales por encargo de una autoridad policial extranjera.

Un juez de control de garantías de Cúcuta impuso medida de aseguramiento en centro carcelario a dos hombres, de 44 y 52 años, de nacionalidad china, a quienes la Fiscalía les imputó los delitos de secuestro simple, constreñimiento ilegal y concierto para delinquir.

De acuerdo con los elementos materiales probatorios, los procesados administraban desde 2022 una oficina en el barrio La Riviera que se presentaba como centro de atención a la colonia china de la frontera. La investigación estableció que dicha oficina recibía instrucciones y recursos de la Oficina de Seguridad Pública de la ciudad de Haidong, provincia de Qinghai (China).

En octubre de 2024, presuntamente, los dos hombres retuvieron durante tres días a un comerciante chino de 37 años, requerido en su país por una supuesta deuda, lo trasladaron por carretera hasta el aeropuerto El Dorado de Bogotá y lo obligaron a abordar un vuelo con destino a China, sin que mediara ningún procedimiento de extradición.

Además, según la Fiscalía, desde la oficina se tomaban fotografías de los asistentes a reuniones de la colonia y se elaboraban listados que eran enviados a China.

Durante las audiencias, la defensa sostuvo que la oficina era "una simple ventanilla de trámites consulares" y que sus clientes nunca ejercieron funciones policiales. Los procesados no aceptaron los cargos.

El juez ordenó igualmente la suspensión de actividades y el cierre del inmueble, que fue sellado por servidores del CTI el mismo día.

La investigación continúa para establecer si existieron otras oficinas similares en el país.

#FiscalíaColombia"""

DOCS.append({"name": "032-es-boletin-fiscalia-cucuta-haidong.txt", "text": T032, "facts": [
    S("CO", "Cúcuta", "los procesados administraban desde 2022 una oficina en el barrio La Riviera que se presentaba como centro de atención a la colonia china de la frontera", operator="Haidong", claimant="Fiscalía General de la Nación", date="2022", place_alt=["Cucuta", "San José de Cúcuta"], note="city in the dateline and headline; operator in the next sentence ('dicha oficina')"),
    R("CO", "arrest", "Un juez de control de garantías de Cúcuta impuso medida de aseguramiento en centro carcelario a dos hombres", place="Cúcuta", date="2025-06-18"),
    R("CO", "arrest", "a quienes la Fiscalía les imputó los delitos de secuestro simple, constreñimiento ilegal y concierto para delinquir", place="Cúcuta"),
    I("CO", "forced_return", "lo trasladaron por carretera hasta el aeropuerto El Dorado de Bogotá y lo obligaron a abordar un vuelo con destino a China", place="Cúcuta", claimant="Fiscalía General de la Nación", date="2024-10"),
    I("CO", "surveillance", "desde la oficina se tomaban fotografías de los asistentes a reuniones de la colonia y se elaboraban listados que eran enviados a China", place="Cúcuta", claimant="Fiscalía General de la Nación"),
    D("CO", "la defensa sostuvo que la oficina era \"una simple ventanilla de trámites consulares\" y que sus clientes nunca ejercieron funciones policiales", claimant="the defence", opt=True, note="defendants' denial"),
    R("CO", "closure", "El juez ordenó igualmente la suspensión de actividades y el cierre del inmueble", place="Cúcuta"),
    R("CO", "investigation", "La investigación continúa para establecer si existieron otras oficinas similares en el país.", opt=False),
]})

# ---------------------------------------------------------------- 033 irrelevant: Avilés neighbourhood police office
T033 = """Avilés estrena comisaría de barrio en La Magdalena, con atención en chino y en árabe

La nueva oficina de la Policía Local, que abrirá de lunes a sábado, recoge denuncias y ofrecerá un servicio de traducción telefónica en doce idiomas

Redacción · Avilés · 11/04/2025 · 08:15

La Policía Local de Avilés abrió ayer su nueva comisaría de barrio en La Magdalena, en los bajos del antiguo mercado. La oficina, con cuatro agentes asignados, atenderá de lunes a sábado y podrá recoger denuncias por hurtos, daños o ruidos sin necesidad de desplazarse a la jefatura.

Una de las novedades es el servicio de interpretación telefónica, que permite atender a vecinos en doce idiomas, entre ellos el chino y el árabe. "En el barrio hay unos trescientos vecinos de origen chino, muchos con comercios, y a veces no denunciaban porque no se entendían con nosotros", explicó el intendente jefe.

La presidenta de la asociación de comerciantes chinos de Asturias asistió a la inauguración y agradeció la iniciativa. La asociación colabora desde hace años con el Ayuntamiento en campañas contra los robos en tiendas y organiza cada febrero el Año Nuevo chino en el parque de Ferrera.

El Ayuntamiento firmó además un convenio con la Policía Nacional para coordinar patrullas conjuntas en el casco histórico durante las fiestas de San Agustín. En 2024 la Policía Local realizó 102 intervenciones por hurtos en comercios del barrio y detuvo a 53 personas.

La comisaría de la calle La Cámara, que hasta ahora atendía al barrio, se cerrará en verano para su reforma.

Leer también: La estación de autobuses de Avilés tendrá nueva cubierta en 2026"""

DOCS.append({"name": "033-es-noticia-local-comisaria-barrio-aviles.txt", "text": T033, "facts": []})
