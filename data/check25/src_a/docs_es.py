"""check25 part A, Spanish documents 015-017."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOC015 = """Usamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestra política de privacidad.

Inicio > Estados > Guanajuato　　　Compartir: Facebook | X | WhatsApp

Catean en Irapuato local de asociación china señalado como ‘estación de policía’ encubierta

La FGR abrió una carpeta de investigación; la SRE convocó al embajador de China

Lectura: 6 minutos

IRAPUATO, Gto.– Agentes de la Fiscalía General de la República (FGR) catearon la mañana del martes un local de la Asociación de Empresarios Chinos del Bajío, en la colonia Las Reynas, y abrieron una carpeta de investigación por posibles actos de espionaje. En ese local funcionaría, según la FGR, una ‘estación de servicio policial’ no declarada al servicio de la policía china.

Irapuato, conocida por sus fresas, se ha convertido en la última década en un polo de la industria automotriz. Una docena de proveedores chinos de autopartes se instalaron en los parques industriales de la carretera a Silao, y con ellos llegaron unos trescientos técnicos y gerentes.

La asociación, fundada en 2020, organiza clases de español, partidos de baloncesto los domingos y la cena de Año Nuevo chino en un salón de eventos del centro.

“Aquí sólo ayudábamos con trámites”, dijo un integrante de la asociación.

Dependería, de acuerdo con documentos asegurados durante el cateo, de la subdelegación Xiaonan del Buró de Seguridad Pública de Xiaogan, en la provincia china de Hubei.

Un exempleado de una planta de autopartes contó a este diario que en octubre de 2023 dos integrantes de la asociación lo llevaron en camioneta al aeropuerto del Bajío y lo subieron a un avión con destino a Shanghái, donde lo esperaba la policía. No ha podido regresar a México.

“Aquí sólo ayudábamos con trámites”, dijo un integrante de la asociación.

No hubo detenidos.

LEE TAMBIÉN: Récord de exportación de fresa congelada en el Bajío

La organización Safeguard Defenders, que ha documentado más de un centenar de estas oficinas en el mundo, sostiene que en México habría al menos tres. Otra de ellas operaría en Celaya y estaría vinculada con la subdelegación Donghu de la policía de Nanchang. La Secretaría de Seguridad del estado aseguró no tener ningún registro de esa oficina.

La Secretaría de Relaciones Exteriores convocó el miércoles al embajador de China para pedir explicaciones. La embajada rechazó las acusaciones como “infundadas” y explicó que voluntarios de la comunidad sólo ayudan a connacionales mayores a renovar pasaportes y licencias de conducir. “En México no existe ninguna comisaría china”, añadió.

ACTUALIZACIÓN 19:40 – El ayuntamiento de Irapuato clausuró el local de la asociación por carecer de licencia de funcionamiento, informó la dirección de Fiscalización municipal.

Recibe nuestro boletín con las noticias del Bajío.
"""

FACTS015 = [
    R("MX", "investigation", "Agentes de la Fiscalía General de la República (FGR) catearon la mañana del martes un local de la Asociación de Empresarios Chinos del Bajío, en la colonia Las Reynas, y abrieron una carpeta de investigación por posibles actos de espionaje.",
      place="Irapuato"),
    S("MX", "Irapuato", "En ese local funcionaría, según la FGR, una ‘estación de servicio policial’ no declarada al servicio de la policía china.",
      claimant="FGR"),
    S("MX", "Irapuato", "Dependería, de acuerdo con documentos asegurados durante el cateo, de la subdelegación Xiaonan del Buró de Seguridad Pública de Xiaogan, en la provincia china de Hubei.",
      operator="Xiaonan", operator_alt=["Xiaogan"], claimant="FGR"),
    I("MX", "forced_return", "en octubre de 2023 dos integrantes de la asociación lo llevaron en camioneta al aeropuerto del Bajío y lo subieron a un avión con destino a Shanghái, donde lo esperaba la policía",
      place="Irapuato", date="2023-10"),
    R("MX", "arrest", "No hubo detenidos.", pol="denied", opt=True),
    C("stations", 100, None, "que ha documentado más de un centenar de estas oficinas en el mundo", claimant=SD, opt=True),
    C("stations", 3, "MX", "sostiene que en México habría al menos tres", claimant=SD),
    S("MX", "Celaya", "Otra de ellas operaría en Celaya y estaría vinculada con la subdelegación Donghu de la policía de Nanchang.",
      operator="Donghu", operator_alt=["Nanchang"], claimant=SD),
    S("MX", "Celaya", "La Secretaría de Seguridad del estado aseguró no tener ningún registro de esa oficina.",
      claimant="Secretaría de Seguridad de Guanajuato", pol="denied", opt=True),
    R("MX", "protest", "La Secretaría de Relaciones Exteriores convocó el miércoles al embajador de China para pedir explicaciones."),
    D("CN", "La embajada rechazó las acusaciones como “infundadas” y explicó que voluntarios de la comunidad sólo ayudan a connacionales mayores a renovar pasaportes y licencias de conducir.",
      claimant="Chinese Embassy in Mexico"),
    S("MX", None, "“En México no existe ninguna comisaría china”, añadió.", claimant="Chinese Embassy in Mexico",
      pol="denied", opt=True),
    R("MX", "closure", "El ayuntamiento de Irapuato clausuró el local de la asociación por carecer de licencia de funcionamiento",
      place="Irapuato"),
]

DOC016 = """VERIFICADOR | Falso: Perú no tiene “diez comisarías chinas” que “secuestran a peruanos”

Por la Unidad de Verificación　　Lima, 22 de abril de 2025

CALIFICACIÓN: FALSO

Una publicación viral en Facebook y TikTok afirma que “China ya tiene diez comisarías en el Perú” y que una de ellas, “en Cajamarca”, se dedica a “secuestrar peruanos”. El video suma más de 400 mil reproducciones.

Lo que encontramos

1. El informe de la ONG Safeguard Defenders de diciembre de 2022 registra 102 oficinas de este tipo en 53 países. Para el Perú menciona una sola sede, en Ica, atribuida a la subdelegación Beihu del Buró de Seguridad Pública de Chenzhou, en la provincia de Hunan.

2. Sobre Cajamarca, la Región Policial Cajamarca nos respondió por escrito que no tiene ningún registro de una oficina vinculada a la policía china en la ciudad.

3. La Fiscalía Provincial de Huacho abrió en 2024 una investigación preliminar sobre una asociación de comerciantes chinos de esa ciudad. Una radio local había informado que el local estaba ligado a la subdelegación Huangzhou de la policía de Huanggang. En enero, la fiscalía archivó el caso porque no encontró indicios de delito. Nadie fue detenido.

4. Tampoco hay rastro de “peruanos secuestrados”: la publicación no aporta ningún caso. Sí documentamos el testimonio de una estudiante china en Ica cuya madre, en China, recibió la visita de policías después de que ella publicara críticas al gobierno chino en redes sociales. Nadie le pidió volver.

5. La embajada de China en Lima calificó las acusaciones de “invenciones” y sostuvo que voluntarios de la colectividad sólo ayudan a adultos mayores con la renovación de pasaportes y certificados de supervivencia para pensiones.

Contexto
Perú y China firmaron en 2013 un memorando de entendimiento sobre cooperación policial, que incluye capacitación e intercambio de información.

Conclusión: es FALSO que Perú tenga “diez comisarías chinas”. La única sede mencionada por Safeguard Defenders está en Ica, y no hay casos de secuestro documentados.

¿Viste algo dudoso? Escríbenos al WhatsApp del verificador.
"""

FACTS016 = [
    C("stations", 10, "PE", "“China ya tiene diez comisarías en el Perú”", claimant="viral post", opt=True),
    S("PE", "Cajamarca", "una de ellas, “en Cajamarca”, se dedica a “secuestrar peruanos”", claimant="viral post", opt=True),
    C("stations", 102, None, "registra 102 oficinas de este tipo en 53 países", claimant=SD),
    C("countries", 53, None, "registra 102 oficinas de este tipo en 53 países", claimant=SD),
    C("stations", 1, "PE", "Para el Perú menciona una sola sede", claimant=SD),
    S("PE", "Ica", "Para el Perú menciona una sola sede, en Ica, atribuida a la subdelegación Beihu del Buró de Seguridad Pública de Chenzhou, en la provincia de Hunan.",
      operator="Beihu", operator_alt=["Chenzhou"], claimant=SD),
    S("PE", "Cajamarca", "la Región Policial Cajamarca nos respondió por escrito que no tiene ningún registro de una oficina vinculada a la policía china en la ciudad",
      claimant="Región Policial Cajamarca", pol="denied", opt=True),
    R("PE", "investigation", "La Fiscalía Provincial de Huacho abrió en 2024 una investigación preliminar sobre una asociación de comerciantes chinos de esa ciudad.",
      date="2024", place="Huacho"),
    S("PE", "Huacho", "Una radio local había informado que el local estaba ligado a la subdelegación Huangzhou de la policía de Huanggang.",
      operator="Huangzhou", operator_alt=["Huanggang"], claimant="local radio"),
    R("PE", "no_wrongdoing_found", "En enero, la fiscalía archivó el caso porque no encontró indicios de delito.", date="2025-01"),
    R("PE", "arrest", "Nadie fue detenido.", pol="denied", opt=True),
    I("PE", "harassment", "cuya madre, en China, recibió la visita de policías después de que ella publicara críticas al gobierno chino en redes sociales",
      place="Ica"),
    D("CN", "La embajada de China en Lima calificó las acusaciones de “invenciones” y sostuvo que voluntarios de la colectividad sólo ayudan a adultos mayores con la renovación de pasaportes y certificados de supervivencia para pensiones.",
      claimant="Chinese Embassy in Peru"),
    A("PE", "security_agreement", "Perú y China firmaron en 2013 un memorando de entendimiento sobre cooperación policial", date="2013"),
]

DOC017 = """FISCALÍA GENERAL DE LA NACIÓN — COLOMBIA
Boletín de prensa　　　Medellín, 11 de junio de 2025

Cárcel para dos ciudadanos que habrían administrado una oficina clandestina de la policía china en Envigado

La Fiscalía General de la Nación, a través de la Dirección Especializada contra las Organizaciones Criminales, imputó a dos ciudadanos, un chino y un colombiano, los delitos de concierto para delinquir, constreñimiento ilegal y violación ilícita de comunicaciones.

Los procesados fueron capturados el 6 de junio durante la diligencia de allanamiento a un inmueble del barrio La Magnolia, en Envigado (Antioquia), donde, según la investigación, funcionaba una oficina de ‘servicio’ al servicio de la subdelegación Lengshuitan del Buró de Seguridad Pública de Yongzhou, en la provincia china de Hunan.

En el inmueble se halló una base de datos con nombres, números de pasaporte y lugares de trabajo de 45 ciudadanos chinos residentes en el Valle de Aburrá, así como registros de su actividad en redes sociales.

De acuerdo con la Fiscalía, los procesados habrían presionado en repetidas ocasiones a un comerciante chino de Medellín para que regresara a su país a responder por una supuesta deuda. La víctima se negó y denunció los hechos.

Un juez de control de garantías les impuso medida de aseguramiento en centro carcelario. Los procesados no aceptaron los cargos.

Asimismo, el juez ordenó la suspensión de actividades y el sellamiento del inmueble de Envigado.

La Fiscalía indicó que en el Valle de Aburrá habría al menos dos sedes de este tipo. La segunda, en Itagüí, estaría vinculada a la subdelegación Qingyunpu de la policía de Nanchang y es objeto de una indagación separada.

Esta investigación contó con el apoyo de la Dirección de Investigación Criminal e Interpol (DIJIN) de la Policía Nacional.

Fiscalía General de la Nación — Dirección de Comunicaciones
#FiscalíaResponde
"""

FACTS017 = [
    R("CO", "arrest", "imputó a dos ciudadanos, un chino y un colombiano, los delitos de concierto para delinquir, constreñimiento ilegal y violación ilícita de comunicaciones"),
    R("CO", "arrest", "Los procesados fueron capturados el 6 de junio durante la diligencia de allanamiento", date="2025-06-06"),
    R("CO", "investigation", "durante la diligencia de allanamiento a un inmueble del barrio La Magnolia, en Envigado (Antioquia)",
      place="Envigado", date="2025-06-06"),
    S("CO", "Envigado", "en Envigado (Antioquia), donde, según la investigación, funcionaba una oficina de ‘servicio’ al servicio de la subdelegación Lengshuitan del Buró de Seguridad Pública de Yongzhou, en la provincia china de Hunan.",
      operator="Lengshuitan", operator_alt=["Yongzhou"], claimant="Fiscalía General de la Nación"),
    I("CO", "surveillance", "En el inmueble se halló una base de datos con nombres, números de pasaporte y lugares de trabajo de 45 ciudadanos chinos residentes en el Valle de Aburrá",
      claimant="Fiscalía General de la Nación"),
    I("CO", "persuasion", "los procesados habrían presionado en repetidas ocasiones a un comerciante chino de Medellín para que regresara a su país a responder por una supuesta deuda. La víctima se negó y denunció los hechos.",
      claimant="Fiscalía General de la Nación", place="Medellín"),
    R("CO", "closure", "el juez ordenó la suspensión de actividades y el sellamiento del inmueble de Envigado", place="Envigado"),
    C("stations", 2, "CO", "La Fiscalía indicó que en el Valle de Aburrá habría al menos dos sedes de este tipo.",
      claimant="Fiscalía General de la Nación"),
    S("CO", "Itagüí", "La segunda, en Itagüí, estaría vinculada a la subdelegación Qingyunpu de la policía de Nanchang y es objeto de una indagación separada.",
      operator="Qingyunpu", operator_alt=["Nanchang"], claimant="Fiscalía General de la Nación", place_alt=["Itagui"]),
    R("CO", "investigation", "es objeto de una indagación separada", claimant="Fiscalía General de la Nación", place="Itagüí"),
]

DOCS = [
    {"name": "015-es-mx-noticia-actualizacion-irapuato-celaya-xiaonan-donghu.txt", "text": DOC015, "facts": FACTS015},
    {"name": "016-es-pe-verificacion-ica-huacho-beihu-huangzhou.txt", "text": DOC016, "facts": FACTS016},
    {"name": "017-es-co-boletin-fiscalia-envigado-itagui-lengshuitan-qingyunpu.txt", "text": DOC017, "facts": FACTS017},
]
