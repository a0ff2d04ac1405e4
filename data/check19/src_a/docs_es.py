"""check19 part A, Spanish documents 015-017."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- 015
T015 = """Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso. Más información

Portada > España > Cataluña

Los Mossos registran en Reus una supuesta 'comisaría' china encubierta

Agencia EFE | Reus (Tarragona) | 20 nov. 2026 - 13:25 CET
Actualizado: 20 nov. 2026 - 19:02 CET

Los Mossos d'Esquadra registraron este miércoles un local del centro de Reus que, según la investigación, funcionaba como una oficina encubierta de la policía china, informaron fuentes policiales. No hubo detenidos.

El local, un bajo del carrer de Monterols con el rótulo de una asociación de comerciantes, ofrecía oficialmente ayuda para trámites como la renovación de pasaportes. Los agentes se llevaron documentación y varios teléfonos móviles, y el juzgado de instrucción de Reus ha abierto diligencias.

Fotografía: Agentes de los Mossos, a la salida del local registrado en Reus. EFE/Archivo

Según un informe de la ONG Safeguard Defenders citado por los investigadores, la oficina dependía desde 2021 de la Oficina de Seguridad Pública de Wuxue, una ciudad de la provincia china de Hubei. A través de ella se habría presionado a un empresario del sector textil para que regresara a China a declarar en una causa por supuesta evasión fiscal; el hombre, según su abogado, sigue en Cataluña.

La comunidad china de Reus, de unas 2.500 personas, se asentó sobre todo a partir de los años noventa en torno al comercio al por mayor y la hostelería. Muchos de sus miembros proceden de Hubei y de Zhejiang, y buena parte de los comercios del polígono Agro-Reus son de propietarios chinos. En el barrio, el local era conocido simplemente como "la asociación".

"Aquí se venía a pedir un papel, a traducir una carta del banco, a preguntar por un colegio", explica la dueña de una peluquería cercana, que prefiere no dar su nombre. "Nunca vi policías, ni uniformes, ni nada raro."

La polémica sobre estas oficinas no es nueva en España. Ya en 2022 el Ministerio del Interior reconoció haber recibido información sobre varios locales en distintas ciudades, aunque nunca precisó cuántos ni qué medidas se adoptaron.

LEA TAMBIÉN
· El puerto de Tarragona bate su récord de contenedores
· La colonia china de Cataluña supera las 60.000 personas

La ONG calcula que hay al menos seis de estas oficinas en Cataluña. Una segunda, en Terrassa, dependería de la policía de Guangshui, también en Hubei, y estaría regentada por un matrimonio que dirige una tienda de alimentación.

El Ministerio de Asuntos Exteriores ha pedido explicaciones a la Embajada china por los canales diplomáticos, según fuentes del departamento.

La Embajada de China en Madrid negó "rotundamente" las acusaciones y aseguró que se trata de "puntos de servicio voluntarios" que ayudan a los ciudadanos chinos mayores a renovar el carné de conducir a distancia.

Corrección: Una versión anterior de esta noticia situaba el local en el carrer de Llovera. Se encuentra en el carrer de Monterols.

© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.
"""

DOCS.append({"name": "015-es-efe-correccion-reus-terrassa-wuxue-guangshui.txt", "text": T015, "facts": [
    R("ES", "investigation", "Los Mossos d'Esquadra registraron este miércoles un local del centro de Reus", place="Reus"),
    S("ES", "Reus", "un local del centro de Reus que, según la investigación, funcionaba como una oficina encubierta de la policía china", claimant="Mossos d'Esquadra"),
    R("ES", "arrest", "No hubo detenidos.", pol="denied", opt=True),
    R("ES", "investigation", "el juzgado de instrucción de Reus ha abierto diligencias", place="Reus"),
    S("ES", "Reus", "la oficina dependía desde 2021 de la Oficina de Seguridad Pública de Wuxue, una ciudad de la provincia china de Hubei", operator="Wuxue", operator_alt=["Huanggang"], date="2021", claimant="Safeguard Defenders"),
    I("ES", "persuasion", "se habría presionado a un empresario del sector textil para que regresara a China a declarar en una causa por supuesta evasión fiscal; el hombre, según su abogado, sigue en Cataluña", place="Reus", claimant="Safeguard Defenders"),
    C("stations", 6, "ES", "hay al menos seis de estas oficinas en Cataluña", claimant="Safeguard Defenders"),
    S("ES", "Terrassa", "Una segunda, en Terrassa, dependería de la policía de Guangshui, también en Hubei", operator="Guangshui", operator_alt=["Suizhou"], claimant="Safeguard Defenders"),
    R("ES", "protest", "El Ministerio de Asuntos Exteriores ha pedido explicaciones a la Embajada china por los canales diplomáticos", opt=True, note="explanations requested, no summons"),
    D("CN", "aseguró que se trata de \"puntos de servicio voluntarios\" que ayudan a los ciudadanos chinos mayores a renovar el carné de conducir a distancia", claimant="PRC Embassy in Spain"),
]})

# ---------------------------------------------------------------- 016
T016 = """PREGUNTAS Y RESPUESTAS

¿Hay 'comisarías' chinas en el Perú? Lo que se sabe de las oficinas de Huancayo y Tacna

Redacción | Lima, 26 de noviembre de 2026

Dos locales vinculados a la comunidad china en el centro y el sur del país están en el foco de la Policía Nacional. Aquí resumimos lo que se sabe.

¿Qué son estas 'comisarías'?
Según organizaciones de derechos humanos, son oficinas que abren en el extranjero las policías de algunas ciudades chinas. Sobre el papel ofrecen servicios administrativos, como la renovación del carné de conducir o certificados. Los críticos sostienen que también sirven para vigilar a los ciudadanos chinos y convencerlos de volver. Esta descripción general no se refiere a ningún caso concreto.

¿Cuántas hay en el mundo?
La cifra más citada es la de un informe de 2022 que contó más de un centenar en decenas de países.

¿Y en el Perú?
Dos. Están en Huancayo, la capital de Junín, y en Tacna, cerca de la frontera con Chile. La de Huancayo estaría vinculada a la Oficina de Seguridad Pública de Chongzhou, en la provincia de Sichuan; la de Tacna, a la de Pengzhou, en la misma provincia, según documentos publicados por un medio digital peruano.

¿Qué ha hecho la policía?
La Dirección de Investigación Criminal de la PNP abrió una investigación en octubre y visitó ambos locales. Hasta ahora no se ha detenido a nadie.

¿Hay víctimas?
Un trabajador de una empresa minera de Junín contó a este diario que en 2025 recibió llamadas desde la oficina de Huancayo en las que le pedían regresar a China "por un asunto pendiente". Volvió en diciembre de ese año y regresó al Perú meses después.

¿Qué dice China?
La embajada en Lima afirma que se trata de "centros de atención voluntarios" de la colectividad y que "no existe ninguna comisaría china" en el país.

¿Qué hago si me contactan desde una de estas oficinas?
Los abogados consultados aconsejan no acudir a reuniones a solas y denunciar ante la Policía.
"""

DOCS.append({"name": "016-es-preguntas-respuestas-huancayo-tacna-chongzhou-pengzhou.txt", "text": T016, "facts": [
    C("stations", 100, None, "un informe de 2022 que contó más de un centenar en decenas de países", opt=True),
    C("stations", 2, "PE", "¿Y en el Perú?\nDos."),
    S("PE", "Huancayo", "Están en Huancayo, la capital de Junín, y en Tacna, cerca de la frontera con Chile."),
    S("PE", "Tacna", "Están en Huancayo, la capital de Junín, y en Tacna, cerca de la frontera con Chile."),
    S("PE", "Huancayo", "La de Huancayo estaría vinculada a la Oficina de Seguridad Pública de Chongzhou, en la provincia de Sichuan", operator="Chongzhou", operator_alt=["Chengdu"], claimant="Peruvian digital outlet"),
    S("PE", "Tacna", "la de Tacna, a la de Pengzhou, en la misma provincia", operator="Pengzhou", operator_alt=["Chengdu"], claimant="Peruvian digital outlet"),
    R("PE", "investigation", "La Dirección de Investigación Criminal de la PNP abrió una investigación en octubre y visitó ambos locales.", date="2026-10"),
    R("PE", "arrest", "Hasta ahora no se ha detenido a nadie.", pol="denied", opt=True),
    I("PE", "persuasion", "recibió llamadas desde la oficina de Huancayo en las que le pedían regresar a China \"por un asunto pendiente\". Volvió en diciembre de ese año", place="Huancayo", date="2025"),
    D("CN", "La embajada en Lima afirma que se trata de \"centros de atención voluntarios\" de la colectividad y que \"no existe ninguna comisaría china\" en el país.", claimant="PRC Embassy in Peru"),
    S("PE", None, "\"no existe ninguna comisaría china\" en el país", pol="denied", opt=True, claimant="PRC Embassy in Peru"),
]})

# ---------------------------------------------------------------- 017
T017 = """FISCALÍA GENERAL DE LA REPÚBLICA
Comunicado FGR 1187/26
Ciudad de México, a 1 de diciembre de 2026

FGR OBTIENE VINCULACIÓN A PROCESO CONTRA DOS PERSONAS POR OPERAR UNA OFICINA DE UNA POLICÍA EXTRANJERA EN CHIHUAHUA

La Fiscalía General de la República (FGR), por conducto de la Fiscalía Especializada en Materia de Delincuencia Organizada, obtuvo de un Juez de Control vinculación a proceso contra dos ciudadanos de nacionalidad china, por su probable participación en los delitos de privación ilegal de la libertad y usurpación de funciones.

De acuerdo con la carpeta de investigación, los imputados operaban desde 2022, en un local de la colonia Centro de la ciudad de Chihuahua, una oficina que, bajo la apariencia de una gestoría para trámites migratorios, actuaba por encargo de la Oficina de Seguridad Pública de Shishou, provincia de Hubei, República Popular China.

Durante la investigación, agentes de la Policía Federal Ministerial, en coordinación con el Instituto Nacional de Migración, dieron cumplimiento a una orden de cateo en dicho local, donde aseguraron listas con datos personales y fotografías de al menos 40 ciudadanos chinos residentes en el estado.

Asimismo, se acreditó que en abril de 2026 los imputados trasladaron por la fuerza a un comerciante de nacionalidad china al Aeropuerto Internacional de la Ciudad de México, donde fue obligado a abordar un vuelo con destino a Wuhan.

El Juez de Control decretó la prisión preventiva justificada de ambos imputados, fijó un plazo de tres meses para el cierre de la investigación complementaria y ordenó la clausura del inmueble.

La defensa sostuvo en la audiencia que el local era "una gestoría como cualquier otra".

La FGR informa que mantiene abierta una línea de investigación sobre un segundo local en la ciudad de Aguascalientes, presuntamente vinculado a la Oficina de Seguridad Pública de Danjiangkou, también en Hubei.

Se reitera que a los imputados se les considera inocentes mientras no se dicte sentencia condenatoria en su contra.

---oOo---
"""

DOCS.append({"name": "017-es-mx-comunicado-fgr-chihuahua-aguascalientes-shishou-danjiangkou.txt", "text": T017, "facts": [
    R("MX", "arrest", "obtuvo de un Juez de Control vinculación a proceso contra dos ciudadanos de nacionalidad china", claimant="FGR"),
    S("MX", "Chihuahua", "los imputados operaban desde 2022, en un local de la colonia Centro de la ciudad de Chihuahua, una oficina que, bajo la apariencia de una gestoría para trámites migratorios, actuaba por encargo de la Oficina de Seguridad Pública de Shishou", operator="Shishou", operator_alt=["Jingzhou"], date="2022", claimant="FGR"),
    R("MX", "investigation", "dieron cumplimiento a una orden de cateo en dicho local", place="Chihuahua", claimant="FGR"),
    I("MX", "surveillance", "aseguraron listas con datos personales y fotografías de al menos 40 ciudadanos chinos residentes en el estado", place="Chihuahua", claimant="FGR"),
    I("MX", "forced_return", "los imputados trasladaron por la fuerza a un comerciante de nacionalidad china al Aeropuerto Internacional de la Ciudad de México, donde fue obligado a abordar un vuelo con destino a Wuhan", place="Chihuahua", date="2026-04", claimant="FGR"),
    R("MX", "closure", "ordenó la clausura del inmueble", place="Chihuahua"),
    D("MX", "La defensa sostuvo en la audiencia que el local era \"una gestoría como cualquier otra\".", opt=True, claimant="defence"),
    S("MX", "Aguascalientes", "un segundo local en la ciudad de Aguascalientes, presuntamente vinculado a la Oficina de Seguridad Pública de Danjiangkou, también en Hubei", operator="Danjiangkou", operator_alt=["Shiyan"], claimant="FGR"),
]})
