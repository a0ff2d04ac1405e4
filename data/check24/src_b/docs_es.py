"""check24 part B, Spanish documents 041-043."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOCS = []

# ---------------------------------------------------------------- 041
DOCS.append({"name": "041-es-ar-informe-actualizacion-quilmes-pergamino-huinan-fusong.txt", "text": """
Usamos cookies para mejorar tu experiencia. Al continuar navegando aceptás nuestra política de privacidad. [Aceptar]

Inicio > Sociedad > Conurbano

INFORME ESPECIAL

La oficina del primer piso: qué se sabe de la "comisaría china" de Quilmes

Un allanamiento federal, una causa por espionaje y un joven repositor que volvió a China presionado. La trama detrás de un local que ofrecía trámites a la comunidad china del sur del conurbano.

Por Unidad de Investigación | Lectura: 10 minutos | 18 de mayo de 2026

Compartir: Facebook | WhatsApp | X | Copiar enlace

En la avenida Calchaquí, entre una gomería y una parrilla, hay una puerta de chapa pintada de rojo. Arriba, en el primer piso, funcionó durante casi tres años la "Asociación de Residentes Chinos del Sur", un nombre que casi nadie en el barrio conocía. Lo que sí conocían los vecinos eran las filas de los sábados: comerciantes chinos que subían con carpetas y bajaban con papeles sellados.

La comunidad china del conurbano bonaerense se formó, en buena medida, alrededor de los supermercados. A fines de los noventa llegaron las primeras familias de Fujian; después, una segunda ola desde el noreste del país, de provincias como Jilin y Liaoning. Hoy, según las cámaras del sector, hay más de trece mil autoservicios de dueños chinos en todo el país, y solo en Quilmes se cuentan varios cientos.

Muchos de esos comercios funcionan como empresas familiares: el padre en la caja, la madre en la carnicería, los hijos adolescentes reponiendo góndolas después de la escuela. Para ellos, renovar un pasaporte o un registro de conducir chino significaba hasta hace poco un viaje al consulado en la Capital.

La Policía Federal Argentina allanó el local el 3 de febrero por orden del juzgado federal de Quilmes, que investiga una posible actividad de inteligencia ilegal. No hubo detenidos. Según la investigación, la oficina funcionaría como una "estación de servicio policial" encubierta.

"Acá venía gente a hacer trámites. Lo que pasaba en la oficina de atrás, nadie lo sabía."

De acuerdo con documentos incautados a los que accedió este medio, el local dependería de la Oficina de Seguridad Pública del condado de Huinan, en la provincia de Jilin. En una de las computadoras había fotos de reuniones con funcionarios de ese condado.

LEÉ TAMBIÉN: Crece la venta de autoservicios chinos en el sur del conurbano

Un joven repositor de un supermercado de Bernal contó que durante meses lo llamaron desde el local para que volviera a China a "aclarar" una deuda de su padre. En 2024 viajó por su cuenta; regresó a la Argentina cinco meses después. "Me dijeron que era mejor para mi familia", dijo.

"Acá venía gente a hacer trámites. Lo que pasaba en la oficina de atrás, nadie lo sabía."

Según la organización Safeguard Defenders, en la Argentina habría al menos dos locales de este tipo. El segundo operaría en Pergamino, en el norte de la provincia, y estaría vinculado a la oficina de Fusong. La Policía bonaerense aseguró a este medio que "no tiene ningún registro" de una dependencia así en esa ciudad.

La Cancillería convocó al embajador chino el 6 de febrero para pedir explicaciones. La embajada, por su parte, calificó las versiones de "absolutamente infundadas": según su comunicado, voluntarios ayudaban a compatriotas mayores a renovar licencias de conducir y pasaportes, y "en la Argentina no existe ninguna comisaría china".

En todo el mundo, Safeguard Defenders contabiliza más de un centenar de estas oficinas en alrededor de medio centenar de países. En la región, su lista incluye además Uruguay y Paraguay, aunque sin precisar ciudades.

ACTUALIZACIÓN 20:30: El juez federal ordenó la clausura preventiva del local de la avenida Calchaquí mientras avance la causa.

La autora es periodista de la sección Sociedad y cubre el conurbano sur.

Suscribite a nuestro newsletter y recibí las noticias más importantes cada mañana.
""", "facts": [
    R("AR", "investigation", "La Policía Federal Argentina allanó el local el 3 de febrero por orden del juzgado federal de Quilmes, que investiga una posible actividad de inteligencia ilegal.",
      place="Quilmes", date="2026-02-03"),
    R("AR", "arrest", "No hubo detenidos.", pol="denied", opt=True),
    S("AR", "Quilmes", "Según la investigación, la oficina funcionaría como una \"estación de servicio policial\" encubierta.",
      claimant="federal investigators"),
    S("AR", "Quilmes", "De acuerdo con documentos incautados a los que accedió este medio, el local dependería de la Oficina de Seguridad Pública del condado de Huinan, en la provincia de Jilin.",
      operator="Huinan", operator_alt=["Tonghua"]),
    I("AR", "persuasion", "contó que durante meses lo llamaron desde el local para que volviera a China a \"aclarar\" una deuda de su padre",
      place="Quilmes"),
    C("stations", 2, "AR", "Según la organización Safeguard Defenders, en la Argentina habría al menos dos locales de este tipo.",
      claimant=SD),
    S("AR", "Pergamino", "El segundo operaría en Pergamino, en el norte de la provincia, y estaría vinculado a la oficina de Fusong.",
      operator="Fusong", operator_alt=["Baishan"], claimant=SD),
    S("AR", "Pergamino", "La Policía bonaerense aseguró a este medio que \"no tiene ningún registro\" de una dependencia así en esa ciudad.",
      pol="denied", opt=True, claimant="Buenos Aires provincial police"),
    R("AR", "protest", "La Cancillería convocó al embajador chino el 6 de febrero para pedir explicaciones.", date="2026-02-06"),
    D("CN", "La embajada, por su parte, calificó las versiones de \"absolutamente infundadas\"", claimant="Chinese Embassy in Argentina"),
    S("AR", None, "\"en la Argentina no existe ninguna comisaría china\"", pol="denied", opt=True,
      claimant="Chinese Embassy in Argentina"),
    C("stations", 100, None, "Safeguard Defenders contabiliza más de un centenar de estas oficinas en alrededor de medio centenar de países.",
      claimant=SD, opt=True),
    C("countries", 50, None, "Safeguard Defenders contabiliza más de un centenar de estas oficinas en alrededor de medio centenar de países.",
      claimant=SD, opt=True),
    S("UY", None, "En la región, su lista incluye además Uruguay y Paraguay, aunque sin precisar ciudades.", opt=True, claimant=SD),
    S("PY", None, "En la región, su lista incluye además Uruguay y Paraguay, aunque sin precisar ciudades.", opt=True, claimant=SD),
    R("AR", "closure", "El juez federal ordenó la clausura preventiva del local de la avenida Calchaquí mientras avance la causa.",
      place="Quilmes"),
]})

# ---------------------------------------------------------------- 042 (irrelevant)
DOCS.append({"name": "042-es-noticia-local-oficina-policia-local-sagunto.txt", "text": """
Morvedre Digital > Camp de Morvedre

La Policía Local de Sagunto abre una oficina de atención en el polígono comercial con una agente que habla chino

Redacción | 12/03/2026 - 09:15 | Actualizado: 11:40

Compartir: Facebook | X | WhatsApp

La Policía Local de Sagunto ha abierto este lunes una oficina de atención al ciudadano en el polígono comercial de la carretera de Valencia, donde se concentran una treintena de almacenes y tiendas regentados por empresarios de origen chino. La nueva oficina sustituye al antiguo retén del puerto, que quedó cerrado en diciembre.

Una de las agentes destinadas a la oficina, hija de comerciantes de Zhejiang llegados a Sagunto hace veinte años, habla mandarín y atenderá a los vecinos que tengan dificultades con el castellano. "Muchos mayores no denunciaban porque no sabían cómo hacerlo", explicó el intendente jefe.

El año pasado la Policía Local tramitó en la zona 102 denuncias, la mayoría por hurtos en comercios, e impuso 53 sanciones por ocupación indebida de la vía pública. Con el nuevo convenio de colaboración firmado con la Guardia Civil, ambos cuerpos realizarán patrullas conjuntas en el polígono durante los fines de semana y en campaña de Navidad.

La Asociación de Comerciantes Chinos del Camp de Morvedre celebró la apertura con una pequeña danza del león frente a la oficina. Su presidente agradeció al Ayuntamiento "la sensibilidad" y pidió más iluminación en los aparcamientos.

El concejal de Seguridad Ciudadana anunció además que el Ayuntamiento editará un folleto en chino sobre el canje del permiso de conducir extranjero, uno de los trámites que más consultas genera.

LEE TAMBIÉN: Sagunto licita la reforma del mercado municipal

© Morvedre Digital. Todos los derechos reservados.
""", "facts": []})

# ---------------------------------------------------------------- 043
DOCS.append({"name": "043-es-directo-alcala-de-henares-elda-arganda-jingyu-changling.txt", "text": """
EN DIRECTO | Operación contra una presunta "comisaría china" en Alcalá de Henares

Última hora: dos detenidos, un juez investiga y Exteriores convoca al embajador. Sigue aquí toda la información.

Actualizado: 21:10 | 24 de abril de 2026

21:10 — Exteriores convoca al embajador chino

El Ministerio de Asuntos Exteriores ha convocado esta tarde al embajador de la República Popular China en Madrid para pedirle explicaciones sobre el local de Alcalá de Henares, según fuentes diplomáticas.

20:45 — La Embajada china lo niega

La Embajada de China en España ha difundido un comunicado en el que rechaza "rotundamente" las acusaciones. Según el texto, la asociación de Alcalá solo ayuda a los ciudadanos chinos de edad avanzada a renovar el carné de conducir y a pedir cita para el pasaporte. "En España no existe ninguna comisaría china", concluye.

20:02 — "No queremos problemas"

"Aquí todos nos conocemos. No queremos problemas con nadie", dice a este diario la dueña de un bazar cercano al local.

19:30 — Rumores sobre Arganda del Rey

En redes sociales circulan mensajes que hablan de un tercer local en Arganda del Rey. La Guardia Civil asegura no tener "ningún indicio" de que exista.

18:50 — Al menos cinco en España

La ONG Safeguard Defenders, que destapó el fenómeno en 2022, sitúa en España al menos cinco locales de este tipo.

"Aquí todos nos conocemos. No queremos problemas con nadie."

18:10 — Una segunda sede en Elda

La segunda sede investigada, según fuentes de la investigación, estaría en Elda (Alicante), en una nave del polígono de calzado, y dependería de la oficina de seguridad pública de Changling, en la provincia china de Jilin.

17:30 — El caso del trabajador de Barajas

Los investigadores atribuyen a la red el caso de un trabajador de un almacén de calzado que, en octubre de 2025, fue llevado al aeropuerto de Barajas por dos hombres y embarcado en un vuelo a Pekín contra su voluntad.

16:45 — A quién respondía el local

Según el auto del juez de instrucción, al que ha tenido acceso este diario, el local de Alcalá respondía a la Oficina de Seguridad Pública del condado de Jingyu, en Jilin.

16:00 — Dos detenidos

La Policía Nacional ha detenido a dos personas, un hombre y una mujer de nacionalidad china, en el marco de la operación.

15:20 — Registro en Alcalá de Henares

Agentes de la Comisaría General de Información registran desde primera hora un local de la calle Libreros de Alcalá de Henares. Según la Policía Nacional, el local funcionaría como una "comisaría" clandestina al servicio de la policía china.

¿Y si se confirma que era una comisaría? ¿Habrá expulsiones de diplomáticos? Fuentes del Gobierno se niegan a especular.

Este directo ha finalizado. Gracias por seguirnos.
""", "facts": [
    R("ES", "protest", "El Ministerio de Asuntos Exteriores ha convocado esta tarde al embajador de la República Popular China en Madrid",
      date="2026-04-24"),
    D("CN", "La Embajada de China en España ha difundido un comunicado en el que rechaza \"rotundamente\" las acusaciones.",
      claimant="Chinese Embassy in Spain"),
    S("ES", None, "\"En España no existe ninguna comisaría china\", concluye.", pol="denied", opt=True,
      claimant="Chinese Embassy in Spain"),
    S("ES", "Arganda del Rey", "En redes sociales circulan mensajes que hablan de un tercer local en Arganda del Rey.", opt=True,
      claimant="social media"),
    S("ES", "Arganda del Rey", "La Guardia Civil asegura no tener \"ningún indicio\" de que exista.", pol="denied", opt=True,
      claimant="Guardia Civil"),
    C("stations", 5, "ES", "sitúa en España al menos cinco locales de este tipo", claimant=SD),
    S("ES", "Elda", "La segunda sede investigada, según fuentes de la investigación, estaría en Elda (Alicante), en una nave del polígono de calzado, y dependería de la oficina de seguridad pública de Changling, en la provincia china de Jilin.",
      operator="Changling", operator_alt=["Songyuan"], claimant="investigation sources"),
    I("ES", "forced_return", "fue llevado al aeropuerto de Barajas por dos hombres y embarcado en un vuelo a Pekín contra su voluntad",
      claimant="investigators", date="2025-10"),
    S("ES", "Alcalá de Henares", "Según el auto del juez de instrucción, al que ha tenido acceso este diario, el local de Alcalá respondía a la Oficina de Seguridad Pública del condado de Jingyu, en Jilin.",
      operator="Jingyu", operator_alt=["Baishan"], claimant="investigating judge", place_alt=["Alcala de Henares", "Alcalá"]),
    R("ES", "arrest", "La Policía Nacional ha detenido a dos personas, un hombre y una mujer de nacionalidad china, en el marco de la operación.",
      date="2026-04-24"),
    R("ES", "investigation", "Agentes de la Comisaría General de Información registran desde primera hora un local de la calle Libreros de Alcalá de Henares.",
      place="Alcalá de Henares", date="2026-04-24"),
    S("ES", "Alcalá de Henares", "Según la Policía Nacional, el local funcionaría como una \"comisaría\" clandestina al servicio de la policía china.",
      claimant="Policía Nacional", place_alt=["Alcala de Henares", "Alcalá"]),
]})
