from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 027
T = """La Fiscalía investiga dos supuestas "comisarías" chinas en Valencia y Alicante

Las oficinas, presentadas como centros de ayuda a la comunidad china, dependerían de cuerpos policiales de Zhejiang y Fujian, según fuentes de la investigación

VALENCIA, 14 MAR. 2025 -

La Fiscalía de la Audiencia Nacional ha abierto diligencias de investigación sobre dos locales de Valencia y Alicante que, según fuentes conocedoras del caso, funcionaban como "puestos de servicio" de la policía china. La Comisaría General de Información de la Policía Nacional elaboró un informe sobre ambos a petición del ministerio público, que ahora debe decidir si hay indicios de delito.

El primero ocupa un bajo comercial del barrio de Patraix, en la capital del Turia, junto a una academia de idiomas. Allí se atendía, siempre según esas fuentes, a vecinos de origen chino que necesitaban renovar documentos o resolver trámites con su país. El local dependería de la Oficina de Seguridad Pública del condado de Wencheng, en la provincia de Zhejiang, de donde procede buena parte de la comunidad china valenciana. El segundo, abierto en 2021 en el centro de Alicante, estaría vinculado a la policía de Putian, en la vecina provincia de Fujian.

Los investigadores se interesan en particular por el caso de un joven ingeniero residente en Valencia. Según su abogada, en el otoño de 2023 dos agentes visitaron a sus padres en Wencheng y les pidieron que convencieran a su hijo de volver "para aclarar un asunto". Después, un hombre que se presentó como voluntario del local de Patraix lo citó en una cafetería y le insistió en que regresara. "Le dijeron que sería mejor para la familia", explicó la letrada. El ingeniero no ha viajado a China.

De momento no hay detenidos ni investigados formalmente. La Delegación del Gobierno en la Comunitat Valenciana declinó hacer comentarios y remitió a la Fiscalía.

La organización que dio la voz de alerta en 2022 sostiene que la policía china llegó a tener al menos 102 de estas oficinas en 53 países, y que España era el país europeo con más: al menos nueve. Las de Valencia y Alicante no figuraban en su primer recuento.

La Embajada de China en Madrid rechazó "las acusaciones infundadas". En un comunicado, explicó que se trata de "centros gestionados por voluntarios de la comunidad" que ayudan a personas mayores a realizar trámites de pensiones y a renovar el carné de conducir chino por videollamada, y que "no existe ninguna comisaría china en España".

Una portavoz de la asociación que gestiona el local de Alicante aseguró a este diario que su oficina "solo organiza clases de mandarín y la fiesta de Año Nuevo". En la comisaría de Policía Nacional de Zapadores, a pocas calles del local valenciano, nadie había oído hablar de él.
"""
DOCS.append(("027-es-noticia-valencia-alicante-fiscalia.txt", T, [
    R("La Fiscalía de la Audiencia Nacional ha abierto diligencias de investigación sobre dos locales de Valencia y Alicante", "ES", "investigation", date="2025-03"),
    S("El local dependería de la Oficina de Seguridad Pública del condado de Wencheng, en la provincia de Zhejiang", "ES", "Valencia", op="Wencheng", op_alt=["Wenzhou"], claimant="fuentes de la investigación", note="Patraix, bajo comercial"),
    S("El segundo, abierto en 2021 en el centro de Alicante, estaría vinculado a la policía de Putian, en la vecina provincia de Fujian.", "ES", "Alicante", op="Putian", date="2021", claimant="fuentes de la investigación"),
    C("dos locales de Valencia y Alicante que, según fuentes conocedoras del caso, funcionaban como \"puestos de servicio\" de la policía china", "stations", 2, "ES", opt=True, note="two under investigation, not a national total"),
    I("dos agentes visitaron a sus padres en Wencheng y les pidieron que convencieran a su hijo de volver \"para aclarar un asunto\"", "harassment", "ES", place="Valencia", date="2023"),
    I("un hombre que se presentó como voluntario del local de Patraix lo citó en una cafetería y le insistió en que regresara", "persuasion", "ES", place="Valencia", date="2023"),
    R("De momento no hay detenidos ni investigados formalmente.", "ES", "arrest", pol="denied", opt=True),
    C("la policía china llegó a tener al menos 102 de estas oficinas en 53 países", "stations", 102, None, claimant="NGO"),
    C("la policía china llegó a tener al menos 102 de estas oficinas en 53 países", "countries", 53, None, claimant="NGO"),
    C("España era el país europeo con más: al menos nueve", "stations", 9, "ES", claimant="NGO"),
    D("La Embajada de China en Madrid rechazó \"las acusaciones infundadas\".", "CN", claimant="Embajada de China en Madrid"),
    S("\"no existe ninguna comisaría china en España\"", "ES", None, pol="denied", claimant="Embajada de China en Madrid", opt=True),
    D("su oficina \"solo organiza clases de mandarín y la fiesta de Año Nuevo\"", "ES", claimant="asociación del local de Alicante", opt=True),
]))

# ---------------------------------------------------------------- 028
T = """BOLETÍN OFICIAL DE LAS CORTES GENERALES
SENADO
Núm. 412                                             7 de octubre de 2024

684/021877

PREGUNTA CON RESPUESTA ESCRITA

Autor: (Grupo Parlamentario Mixto)

Según informaciones publicadas por la prensa balear y canaria, en Palma funcionaría desde
2020 una denominada "estación de servicio policial en el extranjero" vinculada a la
Oficina de Seguridad Pública de Jinjiang (provincia de Fujian), y otra oficina de las mismas
características, dependiente de la policía de Quanzhou, habría operado en Las Palmas de
Gran Canaria al menos hasta finales de 2022.

¿Tiene constancia el Gobierno de la existencia de dichas oficinas?
¿Qué actuaciones han llevado a cabo las Fuerzas y Cuerpos de Seguridad del Estado?
¿Ha convocado el Ministerio de Asuntos Exteriores al embajador de la República Popular
China para pedir explicaciones?

RESPUESTA DEL GOBIERNO

En relación con la información interesada, se señala que las Fuerzas y Cuerpos de
Seguridad del Estado realizaron en 2023 las comprobaciones oportunas sobre los dos
establecimientos citados por Su Señoría, en coordinación con los servicios de
información.

Como resultado de dichas comprobaciones, no se han detectado actividades ilícitas en el
local de Palma, que figura inscrito como sede de una asociación cultural y presta servicios
de traducción y gestoría. En cuanto al de Las Palmas de Gran Canaria, consta que cesó su
actividad en enero de 2023, antes de que se practicara diligencia alguna.

El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación trasladó a la Embajada de
la República Popular China la preocupación del Gobierno por estas informaciones y recordó
que cualquier actuación policial en territorio español corresponde exclusivamente a las
autoridades españolas. No se ha considerado necesario, hasta la fecha, convocar al
embajador.

El Gobierno no tiene constancia de que se hayan producido en las Illes Balears o en
Canarias casos de presión sobre ciudadanos chinos para su retorno.

Madrid, 30 de septiembre de 2024.-El Secretario de Estado de Relaciones con las Cortes.
"""
DOCS.append(("028-es-senado-respuesta-palma-las-palmas.txt", T, [
    S("en Palma funcionaría desde\n2020 una denominada \"estación de servicio policial en el extranjero\" vinculada a la\nOficina de Seguridad Pública de Jinjiang (provincia de Fujian)", "ES", "Palma", op="Jinjiang", date="2020", claimant="prensa balear", place_alt=["Palma de Mallorca"]),
    S("otra oficina de las mismas\ncaracterísticas, dependiente de la policía de Quanzhou, habría operado en Las Palmas de\nGran Canaria al menos hasta finales de 2022", "ES", "Las Palmas de Gran Canaria", op="Quanzhou", date="2022", claimant="prensa canaria", place_alt=["Las Palmas"]),
    R("las Fuerzas y Cuerpos de\nSeguridad del Estado realizaron en 2023 las comprobaciones oportunas sobre los dos\nestablecimientos citados por Su Señoría", "ES", "investigation", date="2023", claimant="Gobierno de España"),
    R("no se han detectado actividades ilícitas en el\nlocal de Palma", "ES", "no_wrongdoing_found", place="Palma", claimant="Gobierno de España"),
    R("consta que cesó su\nactividad en enero de 2023, antes de que se practicara diligencia alguna", "ES", "closure", place="Las Palmas de Gran Canaria", date="2023-01", opt=True, note="stopped by itself"),
    R("trasladó a la Embajada de\nla República Popular China la preocupación del Gobierno por estas informaciones", "ES", "protest", opt=True, note="concern conveyed, no summons"),
    R("No se ha considerado necesario, hasta la fecha, convocar al\nembajador.", "ES", "protest", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 029
T = """Perú allana oficina vinculada a policía china en Lima y detiene a dos personas

Lima, 22 may (EFE).- La Policía Nacional del Perú (PNP) allanó este miércoles un local del distrito de San Borja, en Lima, que según la Fiscalía operaba como una "estación de servicio" de la policía china, y detuvo a dos ciudadanos de nacionalidad china, informaron fuentes oficiales.

El fiscal provincial a cargo del caso explicó a periodistas que la oficina, registrada como una asociación de comerciantes, dependía del Buró de Seguridad Pública de Taishan, en la provincia sureña de Guangdong, de donde es originaria gran parte de la comunidad chino-peruana. Los dos detenidos, de 41 y 56 años, están acusados de usurpación de funciones y coacción.

Según la investigación fiscal, la oficina intervino en el caso de un comerciante del Barrio Chino de Lima que en 2023 fue conducido al aeropuerto Jorge Chávez por dos hombres y embarcado en un vuelo hacia Cantón, donde le esperaba una denuncia por estafa. Su familia lo denunció ante la comisaría de Alfonso Ugarte, que trasladó el caso a la Fiscalía.

La misma fuente indicó que una segunda oficina, en la ciudad sureña de Arequipa, estaría vinculada a la policía de Enping, también en Guangdong. Esa sede no fue intervenida.

La Cancillería peruana convocó al embajador de China en Lima para expresarle "la profunda preocupación del Estado peruano" y le entregó una nota de protesta, según un comunicado del Ministerio de Relaciones Exteriores.

La embajada china rechazó "categóricamente" las acusaciones en un mensaje en redes sociales y afirmó que la asociación "ayuda a los compatriotas a realizar trámites en línea, como la renovación de licencias y certificados", sin ninguna función policial.

Perú y China firmaron en 2019 un memorando de entendimiento sobre cooperación policial que incluye el intercambio de información sobre delitos transnacionales. El ministro del Interior dijo que el acuerdo "no autoriza a ninguna policía extranjera a actuar en el territorio nacional".

Es la primera vez que un país latinoamericano detiene a personas en relación con estas oficinas, que según una organización de derechos humanos con sede en Madrid suman al menos 102 en todo el mundo.
"""
DOCS.append(("029-es-efe-lima-arequipa-allanamiento.txt", T, [
    R("La Policía Nacional del Perú (PNP) allanó este miércoles un local del distrito de San Borja, en Lima", "PE", "investigation", place="Lima", claimant="Fiscalía"),
    S("un local del distrito de San Borja, en Lima, que según la Fiscalía operaba como una \"estación de servicio\" de la policía china", "PE", "Lima", op="Taishan", claimant="Fiscalía", note="San Borja; operator in the next paragraph"),
    R("y detuvo a dos ciudadanos de nacionalidad china", "PE", "arrest", place="Lima"),
    I("un comerciante del Barrio Chino de Lima que en 2023 fue conducido al aeropuerto Jorge Chávez por dos hombres y embarcado en un vuelo hacia Cantón", "forced_return", "PE", place="Lima", date="2023", claimant="Fiscalía"),
    S("una segunda oficina, en la ciudad sureña de Arequipa, estaría vinculada a la policía de Enping, también en Guangdong", "PE", "Arequipa", op="Enping", claimant="Fiscalía"),
    R("La Cancillería peruana convocó al embajador de China en Lima", "PE", "protest"),
    D("La embajada china rechazó \"categóricamente\" las acusaciones", "CN", claimant="Embajada de China en Lima"),
    A("Perú y China firmaron en 2019 un memorando de entendimiento sobre cooperación policial", "PE", "security_agreement", date="2019"),
    C("suman al menos 102 en todo el mundo", "stations", 102, None, claimant="organización de derechos humanos"),
]))

# ---------------------------------------------------------------- 030
T = """MINISTERIO DE GOBERNACIÓN
República de Guatemala

COMUNICADO DE PRENSA No. 118-2024

Guatemala, 9 de agosto de 2024

Ante las publicaciones difundidas en medios de comunicación nacionales e internacionales
sobre la supuesta existencia de una oficina de policía extranjera en el país, el
Ministerio de Gobernación informa a la población lo siguiente:

1. El día de ayer, agentes de la Policía Nacional Civil (PNC), en coordinación con la
Fiscalía contra el Crimen Organizado del Ministerio Público, realizaron una diligencia de
allanamiento, inspección y registro en un inmueble de la zona 4 de la Ciudad de Guatemala.

2. En dicho inmueble funcionaba, bajo la apariencia de un centro de asistencia a
comerciantes, una denominada "estación de servicio" que, según la documentación
incautada, rendía cuentas a la Oficina de Seguridad Pública de la ciudad de Yiwu,
República Popular China.

3. Por orden judicial se dispuso el cierre inmediato del establecimiento y se incautaron
equipos de cómputo, sellos y documentos. No se registraron capturas durante la diligencia.

4. El Ministerio Público mantiene abierta una investigación para establecer la posible
comisión de los delitos de usurpación de funciones y asociación ilícita.

5. Se verifica, asimismo, información sobre un segundo local en el municipio de
Quetzaltenango, del cual no se ha confirmado ninguna actividad a la fecha.

6. El Ministerio de Gobernación reitera que la seguridad ciudadana es competencia exclusiva
de las instituciones del Estado de Guatemala y que no existe ningún convenio que permita
a cuerpos policiales extranjeros operar en el territorio nacional.

El Ministerio de Relaciones Exteriores ha informado de lo actuado a los países amigos.
Se recuerda a la población que puede presentar denuncias a través del número 110 y de la
aplicación de la PNC.

"Guatemala es tarea de todos"
"""
DOCS.append(("030-es-comunicado-gobernacion-guatemala.txt", T, [
    R("realizaron una diligencia de\nallanamiento, inspección y registro en un inmueble de la zona 4 de la Ciudad de Guatemala", "GT", "investigation", place="Guatemala City", date="2024-08-08", claimant="Ministerio de Gobernación"),
    S("En dicho inmueble funcionaba, bajo la apariencia de un centro de asistencia a\ncomerciantes, una denominada \"estación de servicio\" que, según la documentación\nincautada, rendía cuentas a la Oficina de Seguridad Pública de la ciudad de Yiwu", "GT", "Guatemala City", op="Yiwu", claimant="Ministerio de Gobernación", place_alt=["Guatemala"], note="zona 4"),
    R("Por orden judicial se dispuso el cierre inmediato del establecimiento", "GT", "closure", place="Guatemala City", date="2024-08"),
    R("No se registraron capturas durante la diligencia.", "GT", "arrest", pol="denied", opt=True),
    R("El Ministerio Público mantiene abierta una investigación", "GT", "investigation"),
    S("Se verifica, asimismo, información sobre un segundo local en el municipio de\nQuetzaltenango, del cual no se ha confirmado ninguna actividad a la fecha.", "GT", "Quetzaltenango", opt=True, note="unconfirmed, being checked"),
    A("no existe ningún convenio que permita\na cuerpos policiales extranjeros operar en el territorio nacional", "GT", "security_agreement", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 031
T = """TRIBUNA

Las comisarías que nadie quiso ver

Por una profesora de Relaciones Internacionales

Han pasado más de dos años desde que una pequeña organización de derechos humanos puso
nombre a un fenómeno que muchos en la comunidad china de España conocían de sobra: las
llamadas "estaciones de servicio policial en el extranjero". Según su recuento, la policía
china abrió al menos 102 de estas oficinas en 53 países. España, con nueve, encabezaba la
lista europea. La primera de todas, decía el informe, estaba en el madrileño barrio de
Usera, a dos pasos de la estación de Metro y de la comisaría del distrito.

Oficialmente, sirven para ayudar a renovar el carné de conducir o a conseguir un
certificado de antecedentes penales. Pero los mismos documentos de la policía china
presumían de haber "persuadido" a miles de personas para que volvieran a rendir cuentas:
el Ministerio de Seguridad Pública habló de 230.000 "retornos" en poco más de un año.

Otros gobiernos reaccionaron. Los Países Bajos ordenaron cerrar las oficinas de Ámsterdam
y Róterdam. Canadá abrió investigaciones en Quebec y en Ontario. Estados Unidos detuvo en
2023 a dos hombres acusados de dirigir una en Manhattan, que el FBI había registrado meses
antes.

¿Y España? El Ministerio del Interior se limitó a decir que "seguía la cuestión". Nunca
abrió una investigación formal sobre las oficinas de Madrid, ni convocó al embajador chino
para pedir explicaciones. La Embajada, por su parte, despachó el asunto asegurando que se
trataba de "servicios gratuitos prestados por voluntarios" y que "no hay policías chinos
en España".

No pretendo que cada asociación de comerciantes sea una comisaría encubierta. Pero si
mañana apareciera una oficina así en Sevilla o en Bilbao, ¿sabríamos siquiera a quién
corresponde actuar? La respuesta, hoy, es que no.

La soberanía no se defiende con comunicados. Se defiende con policías, fiscales y jueces
que se toman en serio a quienes viven aquí, tengan el pasaporte que tengan.
"""
DOCS.append(("031-es-tribuna-comisarias-espana.txt", T, [
    C("la policía\nchina abrió al menos 102 de estas oficinas en 53 países", "stations", 102, None, claimant="organización de derechos humanos"),
    C("la policía\nchina abrió al menos 102 de estas oficinas en 53 países", "countries", 53, None, claimant="organización de derechos humanos"),
    C("España, con nueve, encabezaba la\nlista europea.", "stations", 9, "ES", claimant="organización de derechos humanos"),
    S("La primera de todas, decía el informe, estaba en el madrileño barrio de\nUsera", "ES", "Madrid", claimant="organización de derechos humanos", note="Usera"),
    C("el Ministerio de Seguridad Pública habló de 230.000 \"retornos\" en poco más de un año", "returns", 230000, None, claimant="Ministerio de Seguridad Pública"),
    I("los mismos documentos de la policía china\npresumían de haber \"persuadido\" a miles de personas para que volvieran a rendir cuentas", "persuasion", None, opt=True, note="general statement"),
    R("Los Países Bajos ordenaron cerrar las oficinas de Ámsterdam\ny Róterdam.", "NL", "closure"),
    S("Los Países Bajos ordenaron cerrar las oficinas de Ámsterdam\ny Róterdam.", "NL", "Amsterdam"),
    S("Los Países Bajos ordenaron cerrar las oficinas de Ámsterdam\ny Róterdam.", "NL", "Rotterdam"),
    R("Canadá abrió investigaciones en Quebec y en Ontario.", "CA", "investigation"),
    S("Canadá abrió investigaciones en Quebec y en Ontario.", "CA", None, opt=True, note="provinces only"),
    R("Estados Unidos detuvo en\n2023 a dos hombres acusados de dirigir una en Manhattan", "US", "arrest", date="2023"),
    S("Estados Unidos detuvo en\n2023 a dos hombres acusados de dirigir una en Manhattan", "US", "Manhattan", place_alt=["New York", "New York City"]),
    R("que el FBI había registrado meses\nantes", "US", "investigation", opt=True, note="search"),
    R("Nunca\nabrió una investigación formal sobre las oficinas de Madrid", "ES", "investigation", pol="denied"),
    R("ni convocó al embajador chino\npara pedir explicaciones", "ES", "protest", pol="denied", opt=True),
    S("\"no hay policías chinos\nen España\"", "ES", None, pol="denied", claimant="Embajada de China", opt=True),
    D("La Embajada, por su parte, despachó el asunto asegurando que se\ntrataba de \"servicios gratuitos prestados por voluntarios\" y que \"no hay policías chinos\nen España\".", "CN", claimant="Embajada de China"),
]))

# ---------------------------------------------------------------- 032
T = """Conferencia de Prensa Habitual Ofrecida por el Portavoz del Ministerio de Relaciones Exteriores

(versión en español; extracto)

Caracol Radio: Según medios colombianos, la Dirección de Investigación Criminal e Interpol
de la Policía Nacional de Colombia verifica la actividad de dos asociaciones de
comerciantes chinos en Medellín y en Cali que, de acuerdo con un informe de inteligencia,
funcionarían como puestos de atención de la policía china. La de Medellín estaría adscrita
a la Oficina de Seguridad Pública de Lianjiang y la de Cali a la de Rui'an. El mismo
informe recoge el testimonio de un restaurador de Cali cuyo hermano habría sido citado
varias veces por la policía en Rui'an para responder preguntas sobre los negocios del
comerciante en Colombia. La Cancillería colombiana envió esta semana una nota verbal a la
Embajada china para pedir información. ¿Cuál es su comentario?

Portavoz: He tomado nota de los reportes pertinentes. Quisiera subrayar que la llamada
"estación policial en el extranjero" no existe en absoluto. Las organizaciones de chinos de
ultramar en Colombia son entidades fundadas de manera voluntaria por los compatriotas, que
ayudan a los connacionales a renovar en línea sus licencias de conducir y otros documentos
debido a la pandemia. No tienen ninguna función policial.

China siempre ha respetado estrictamente la soberanía judicial de otros países y se opone
firmemente a que algunas personas difamen y ataquen a China con el pretexto de estos
asuntos. Esperamos que las partes relevantes no den crédito a rumores infundados.

Agencia EFE: ¿Podría confirmar si el embajador chino en Bogotá ha sido convocado por el
Gobierno colombiano?

Portavoz: Que yo sepa, la Embajada de China en Colombia mantiene una comunicación fluida
con la parte colombiana. No tengo información sobre lo que usted menciona.

Xinhua: Este año se cumple el aniversario del establecimiento de relaciones diplomáticas
entre China y Colombia. ¿Qué expectativas tiene China para la cooperación bilateral?

Portavoz: En los últimos años, China y Colombia han firmado numerosos documentos de
cooperación en comercio, infraestructura y educación. La línea de metro de Bogotá,
construida por empresas chinas, es un buen ejemplo. Estamos dispuestos a trabajar con la
parte colombiana para impulsar el desarrollo de nuestra asociación estratégica.
"""
DOCS.append(("032-es-transcripcion-portavoz-medellin-cali.txt", T, [
    R("la Dirección de Investigación Criminal e Interpol\nde la Policía Nacional de Colombia verifica la actividad de dos asociaciones", "CO", "investigation", claimant="medios colombianos"),
    S("dos asociaciones de\ncomerciantes chinos en Medellín y en Cali que, de acuerdo con un informe de inteligencia,\nfuncionarían como puestos de atención de la policía china. La de Medellín estaría adscrita\na la Oficina de Seguridad Pública de Lianjiang", "CO", "Medellín", op="Lianjiang", claimant="informe de inteligencia", place_alt=["Medellin"]),
    S("la de Cali a la de Rui'an", "CO", "Cali", op="Ruian", claimant="informe de inteligencia"),
    C("dos asociaciones de\ncomerciantes chinos en Medellín y en Cali", "stations", 2, "CO", opt=True, note="two under verification"),
    I("un restaurador de Cali cuyo hermano habría sido citado\nvarias veces por la policía en Rui'an para responder preguntas sobre los negocios del\ncomerciante en Colombia", "harassment", "CO", place="Cali", claimant="informe de inteligencia"),
    R("La Cancillería colombiana envió esta semana una nota verbal a la\nEmbajada china para pedir información.", "CO", "protest", opt=True, note="request for information, short of a protest"),
    D("Quisiera subrayar que la llamada\n\"estación policial en el extranjero\" no existe en absoluto.", "CN", claimant="PRC Ministry of Foreign Affairs"),
    S("Quisiera subrayar que la llamada\n\"estación policial en el extranjero\" no existe en absoluto.", "CO", None, pol="denied", claimant="PRC Ministry of Foreign Affairs", opt=True),
]))

# ---------------------------------------------------------------- 033
T = """Policías bolivianos y chinos patrullarán juntos la zona comercial de La Ramada

SANTA CRUZ. Agentes de la Policía Boliviana y efectivos de la Policía Popular de China realizarán desde el lunes patrullajes conjuntos en el mercado La Ramada y en sus alrededores, donde se concentran decenas de comercios de importadores chinos, informó el comandante departamental.

Los patrullajes se enmarcan en el memorándum de entendimiento sobre cooperación en seguridad que los ministerios de Gobierno de Bolivia y de Seguridad Pública de China firmaron en La Paz en marzo de 2023. Participarán cuatro oficiales chinos, que no portarán armas y servirán "de enlace e intérpretes", según el jefe policial.

La medida fue criticada por una diputada opositora, que denunció ante la prensa que desde 2022 funciona en Santa Cruz de la Sierra una "estación de servicio" de la policía china, dependiente, afirmó, de la Oficina de Seguridad Pública de Sanming, en Fujian. "Primero la oficina, ahora las patrullas", dijo.

El viceministro de Régimen Interior negó la existencia de esa oficina. "En Bolivia no hay ninguna estación de policía extranjera. Lo que hay es una asociación de residentes chinos que ayuda a sus miembros con trámites", declaró, y añadió que la diputada "no ha presentado ninguna prueba".

La Policía informó que los patrullajes durarán tres meses y se evaluarán al término de ese periodo.
"""
DOCS.append(("033-es-breve-santa-cruz-patrullajes.txt", T, [
    A("Agentes de la Policía Boliviana y efectivos de la Policía Popular de China realizarán desde el lunes patrullajes conjuntos en el mercado La Ramada", "BO", "joint_patrol"),
    A("Los patrullajes se enmarcan en el memorándum de entendimiento sobre cooperación en seguridad que los ministerios de Gobierno de Bolivia y de Seguridad Pública de China firmaron en La Paz en marzo de 2023.", "BO", "security_agreement", date="2023-03"),
    C("Participarán cuatro oficiales chinos", "officers", 4, "BO", opt=True, note="officers on patrols"),
    S("desde 2022 funciona en Santa Cruz de la Sierra una \"estación de servicio\" de la policía china, dependiente, afirmó, de la Oficina de Seguridad Pública de\nSanming".replace("\n", " "), "BO", "Santa Cruz de la Sierra", op="Sanming", date="2022", claimant="diputada opositora", place_alt=["Santa Cruz"]),
    D("El viceministro de Régimen Interior negó la existencia de esa oficina.", "BO", claimant="viceministro de Régimen Interior"),
    S("\"En Bolivia no hay ninguna estación de policía extranjera.", "BO", "Santa Cruz de la Sierra", pol="denied", claimant="viceministro de Régimen Interior", opt=True),
]))

# ---------------------------------------------------------------- 034 (irrelevant)
T = """Usera despide el Año Nuevo chino con un desfile multitudinario y un refuerzo policial

MADRID. Más de cien mil personas, según la Delegación del Gobierno, asistieron este domingo al desfile del Año Nuevo chino en el distrito de Usera, que cerró dos semanas de actividades con dragones, leones y grupos de percusión llegados de varias provincias de China.

La Policía Municipal desplegó 53 agentes y cortó al tráfico la calle Marcelo Usera desde primera hora, mientras que la Policía Nacional reforzó su presencia en los accesos a las estaciones de Metro de Usera y Plaza Elíptica. La comisaría del distrito instaló una oficina móvil de denuncias con un intérprete de mandarín, una iniciativa que, según fuentes policiales, se repetirá en otros eventos de la comunidad.

Durante la jornada, la Policía Nacional detuvo a dos personas por el hurto de carteras y abrió una investigación por la venta de petardos sin licencia en un bazar de la zona. No se registraron incidentes graves.

El consejero cultural de la Embajada de China agradeció "el excelente trabajo de la policía madrileña" y destacó que la comunidad china de Madrid supera ya las 60.000 personas. La concejala del distrito anunció un convenio con la Cámara de Comercio china para financiar la iluminación de las calles el próximo año.

Los organizadores calculan que el desfile reunió a 102 asociaciones y a participantes de 53 nacionalidades distintas.
"""
DOCS.append(("034-es-noticia-usera-ano-nuevo-chino.txt", T, []))
