"""check21 part B, Spanish documents 041–043 (ES wire, CO Senate debate transcript, EC fact-check)."""

from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------------------
# 041 es: news-agency wire on a regional site, with update
# ---------------------------------------------------------------------------
T041 = """Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. ACEPTAR | Más información

Portada > Comunitat Valenciana > La Safor

La Guardia Civil registra en Gandia un local señalado como 'comisaría' encubierta de la policía china

AGENCIA MEDITERRÁNEA DE NOTICIAS (AMN) | Gandia (Valencia) | 10/11/2026 - 13:12 | Actualizado: 10/11/2026 - 19:48

Agentes de la Guardia Civil registraron este martes un local de una asociación cultural china en el centro de Gandia que, según la organización de derechos humanos Safeguard Defenders, funcionaría como una 'comisaría' encubierta de la policía china. El registro se enmarca en unas diligencias abiertas por un juzgado central de instrucción de la Audiencia Nacional, según han informado fuentes de la investigación. No se han producido detenciones.

Los agentes, de la Unidad Central Especial de la Guardia Civil, permanecieron en el local, situado en un bajo comercial próximo al mercado municipal, desde primera hora de la mañana hasta pasadas las dos de la tarde, y se llevaron documentación y varios ordenadores.

La colonia china de Gandia, de unas 800 personas según el padrón, se concentra en el comercio, la hostelería y los bazares del paseo marítimo. En verano, cuando la población de la ciudad se multiplica, muchos restaurantes de la playa están regentados por familias chinas que llegaron a la comarca en los años noventa.

Según las mismas fuentes, el local rendía cuentas ante la Oficina de Seguridad Pública de la bandera de Jungar, en la región china de Mongolia Interior. La investigación, que arrancó en primavera, trata de determinar si desde allí se presionó a ciudadanos chinos residentes en España.

Uno de los casos que figuran en la causa es el de un cocinero de un restaurante de la playa de Gandia, al que en 2025 varios miembros de la asociación visitaron en repetidas ocasiones para que regresara a China y se presentara ante la policía por una supuesta deuda. El cocinero se negó y sigue trabajando en la comarca.

LEA TAMBIÉN: El puerto de Gandia bate su récord de tráfico de mercancías | Detenidos dos hombres por robos en chalés de la Safor

Safeguard Defenders, con sede en Madrid, calcula que en toda España hay cerca de una docena de estas oficinas y que en la Comunitat Valenciana habría al menos tres. Otra estaría en Alzira, vinculada a la Oficina de Seguridad Pública de Jingshan, en la provincia de Hubei.

El Ministerio de Asuntos Exteriores convocó el lunes al embajador de China en España para pedirle explicaciones, según fuentes diplomáticas.

La Embajada de China en Madrid negó en un comunicado la existencia de comisarías y explicó que los locales son puntos de atención voluntaria donde se ayuda a los ciudadanos chinos a renovar el carné de conducir y a obtener la fe de vida que exigen las pensiones chinas. "Es una calumnia", añade el texto.

ACTUALIZACIÓN (19:40): El Ayuntamiento de Gandia ha decretado el cierre cautelar del local por carecer de licencia de actividad, según ha informado el consistorio en un comunicado.

© AMN. Queda prohibida la reproducción total o parcial sin autorización. Suscríbase a nuestro boletín diario.
"""

DOCS.append(dict(
    name="041-es-agencia-actualizacion-gandia-alzira-jungar-jingshan.txt",
    text=T041,
    facts=[
        R("ES", "investigation", "Agentes de la Guardia Civil registraron este martes un local de una asociación cultural china en el centro de Gandia", place="Gandia",
          date="2026-11-10"),
        S("ES", "Gandia", "un local de una asociación cultural china en el centro de Gandia que, según la organización de derechos humanos Safeguard Defenders, funcionaría como una 'comisaría' encubierta de la policía china",
          claimant="Safeguard Defenders", place_alt=["Gandía"]),
        R("ES", "investigation", "El registro se enmarca en unas diligencias abiertas por un juzgado central de instrucción de la Audiencia Nacional", claimant="sources close to the investigation"),
        R("ES", "arrest", "No se han producido detenciones", pol="denied", opt=True),
        S("ES", "Gandia", "el local rendía cuentas ante la Oficina de Seguridad Pública de la bandera de Jungar, en la región china de Mongolia Interior", operator="Jungar",
          operator_alt=["Zhungeer", "Zhunge'er", "Ordos"], place_alt=["Gandía"], claimant="sources close to the investigation"),
        I("ES", "persuasion", "un cocinero de un restaurante de la playa de Gandia, al que en 2025 varios miembros de la asociación visitaron en repetidas ocasiones para que regresara a China y se presentara ante la policía por una supuesta deuda",
          place="Gandia", date="2025", note="refused and stayed"),
        C("stations", 12, "ES", "calcula que en toda España hay cerca de una docena de estas oficinas", opt=True, claimant="Safeguard Defenders",
          note="approximation 'about a dozen'"),
        C("stations", 3, "ES", "en la Comunitat Valenciana habría al menos tres", claimant="Safeguard Defenders", note="scoped to the Valencian Community"),
        S("ES", "Alzira", "Otra estaría en Alzira, vinculada a la Oficina de Seguridad Pública de Jingshan, en la provincia de Hubei", operator="Jingshan",
          operator_alt=["Jingmen"], claimant="Safeguard Defenders"),
        R("ES", "protest", "El Ministerio de Asuntos Exteriores convocó el lunes al embajador de China en España para pedirle explicaciones", date="2026-11-09",
          claimant="diplomatic sources"),
        D("CN", "La Embajada de China en Madrid negó en un comunicado la existencia de comisarías y explicó que los locales son puntos de atención voluntaria donde se ayuda a los ciudadanos chinos a renovar el carné de conducir",
          claimant="PRC Embassy in Spain"),
        R("ES", "closure", "El Ayuntamiento de Gandia ha decretado el cierre cautelar del local por carecer de licencia de actividad", place="Gandia",
          date="2026-11-10", claimant="Ayuntamiento de Gandia"),
    ],
))

# ---------------------------------------------------------------------------
# 042 es-CO: Senate committee control debate, stenographic transcript
# ---------------------------------------------------------------------------
T042 = """SENADO DE LA REPÚBLICA DE COLOMBIA
COMISIÓN SEGUNDA CONSTITUCIONAL PERMANENTE
Relaciones Internacionales, Comercio Exterior y Defensa Nacional

ACTA N.º 19 — Sesión ordinaria del martes 17 de noviembre de 2026
Debate de control político (Proposición N.º 041 de 2026)
Transcripción magnetofónica. Versión sin corregir.

PRESIDENTE: Continuamos con el orden del día. Tiene la palabra el senador citante.

SENADOR CITANTE: Gracias, presidente. Saludo a la señora ministra de Relaciones Exteriores y al señor director de la Policía Nacional. Señora ministra, yo vengo a hablar de algo que parece de película y no lo es. En Villavicencio, a unas cuadras del parque Los Fundadores, funciona desde 2023 una supuesta "estación de servicio" de la policía china. No lo digo yo: lo dice el informe de la organización Safeguard Defenders, que además señala que esa oficina depende de la Oficina de Seguridad Pública del condado de Kailu, en Mongolia Interior.

Le cuento un caso, presidente. Un comerciante chino que vende repuestos en el centro de Villavicencio me contó que a su mamá, en la ciudad de Tongliao, la visitó la policía tres veces este año, siempre después de que él participara en reuniones de una iglesia evangélica en el Meta. Nadie le ha pedido que regrese. Solo le hacen saber que lo están mirando.

¿Qué va a hacer el Gobierno si se comprueba que en territorio colombiano opera la policía de otro Estado? Esa es mi pregunta.

PRESIDENTE: Tiene la palabra el senador del Huila.

SENADOR DEL HUILA: Brevemente, presidente. El mismo informe dice que en Colombia habría dos de estas oficinas, y que la otra estaría en Neiva, ligada a la Oficina de Seguridad Pública de Shayang, en la provincia de Hubei. Yo quiero saber si la Policía fue a mirar.

PRESIDENTE: Señora ministra, tiene usted la palabra.

MINISTRA DE RELACIONES EXTERIORES: Gracias, presidente, honorables senadores. Primero, quiero informar que, por instrucción de esta Cancillería, el pasado 6 de noviembre se envió una nota de protesta a la Embajada de la República Popular China, en la que se solicitan explicaciones sobre las informaciones publicadas. Segundo, la Fiscalía General de la Nación recibió la noticia criminal y tiene abierta una indagación, cuyo contenido es reservado.

Quiero recordar que Colombia y China firmaron en 2019 un memorando de entendimiento en materia de cooperación policial, centrado en la lucha contra el narcotráfico y la trata de personas. Ese memorando no autoriza, ni podría autorizar, la presencia de funcionarios de policía extranjeros ejerciendo funciones en nuestro territorio.

DIRECTOR DE LA POLICÍA NACIONAL: Con la venia, presidente. Frente a lo de Neiva: la Policía Metropolitana realizó una inspección al local señalado, que es una tienda de celulares, y no encontró elementos que indiquen actividad ilícita. En Villavicencio apoyamos a la Fiscalía en lo que nos requiera.

SENADOR CITANTE: ¿Y la Embajada qué responde?

MINISTRA DE RELACIONES EXTERIORES: Voy a leer el apartado pertinente de la respuesta que recibimos: "En Colombia no existe ninguna 'comisaría' china. Los llamados centros de servicio son iniciativas de voluntarios de la comunidad china que ayudan a sus compatriotas a renovar licencias de conducción y pasaportes". Hasta ahí la cita.

SENADOR CITANTE: Pues a mí no me convence, ministra.

PRESIDENTE: Gracias. Se levanta la sesión y se convoca para el próximo martes.

[Fin de la transcripción]
Secretaría General de la Comisión Segunda — Página 7 de 7
"""

DOCS.append(dict(
    name="042-es-co-acta-debate-senado-villavicencio-neiva-kailu-shayang.txt",
    text=T042,
    facts=[
        S("CO", "Villavicencio", "En Villavicencio, a unas cuadras del parque Los Fundadores, funciona desde 2023 una supuesta \"estación de servicio\" de la policía china",
          claimant="Colombian senator", date="2023"),
        S("CO", "Villavicencio", "lo dice el informe de la organización Safeguard Defenders, que además señala que esa oficina depende de la Oficina de Seguridad Pública del condado de Kailu, en Mongolia Interior",
          operator="Kailu", operator_alt=["Tongliao"], claimant="Safeguard Defenders"),
        I("CO", "harassment", "a su mamá, en la ciudad de Tongliao, la visitó la policía tres veces este año, siempre después de que él participara en reuniones de una iglesia evangélica en el Meta",
          place="Villavicencio", claimant="Colombian senator", date="2026", note="nobody asked him to return"),
        C("stations", 2, "CO", "El mismo informe dice que en Colombia habría dos de estas oficinas", claimant="Safeguard Defenders"),
        S("CO", "Neiva", "la otra estaría en Neiva, ligada a la Oficina de Seguridad Pública de Shayang, en la provincia de Hubei", operator="Shayang",
          operator_alt=["Jingmen"], claimant="Safeguard Defenders"),
        R("CO", "protest", "el pasado 6 de noviembre se envió una nota de protesta a la Embajada de la República Popular China", date="2026-11-06",
          claimant="Colombian Ministry of Foreign Affairs"),
        R("CO", "investigation", "la Fiscalía General de la Nación recibió la noticia criminal y tiene abierta una indagación", claimant="Colombian Ministry of Foreign Affairs"),
        A("CO", "security_agreement", "Colombia y China firmaron en 2019 un memorando de entendimiento en materia de cooperación policial", date="2019",
          claimant="Colombian Ministry of Foreign Affairs"),
        R("CO", "investigation", "la Policía Metropolitana realizó una inspección al local señalado", place="Neiva", claimant="Policía Nacional de Colombia"),
        R("CO", "no_wrongdoing_found", "no encontró elementos que indiquen actividad ilícita", place="Neiva", claimant="Policía Nacional de Colombia"),
        S("CO", None, "En Colombia no existe ninguna 'comisaría' china", pol="denied", opt=True, claimant="PRC Embassy in Colombia"),
        D("CN", "Los llamados centros de servicio son iniciativas de voluntarios de la comunidad china que ayudan a sus compatriotas a renovar licencias de conducción y pasaportes",
          claimant="PRC Embassy in Colombia"),
    ],
))

# ---------------------------------------------------------------------------
# 043 es-EC: fact-check with verdict
# ---------------------------------------------------------------------------
T043 = """CHEQUEO ANDINO · Verificación

¿China tiene 15 "estaciones de policía" en Ecuador? Lo que se sabe y lo que no

Calificación: ENGAÑOSO

Por el equipo de verificación | Quito, 1 de diciembre de 2026 | Tiempo de lectura: 6 minutos

Desde el fin de semana circula en WhatsApp y en Facebook una imagen con el texto "China ya tiene 15 estaciones de policía en Ecuador: Portoviejo, Riobamba, Ibarra…" y una foto de agentes uniformados frente a un local comercial. La publicación más compartida suma más de 9.000 reenvíos y afirma que la oficina de Portoviejo "depende de la policía de Yangxin".

Lo que dice la publicación viral no coincide con la información disponible. Te explicamos por qué.

1. ¿De dónde sale la idea de las "estaciones de policía" chinas?

La organización de derechos humanos Safeguard Defenders, con sede en Madrid, publicó en 2022 dos informes en los que documentó 102 de estas oficinas en 53 países. Según la organización, se presentan como centros de ayuda a la diáspora, pero algunas se habrían utilizado para presionar a ciudadanos chinos en el extranjero para que regresen a su país.

Esta descripción general no se refiere a un caso ocurrido en Ecuador.

2. ¿Cuántas hay en Ecuador?

En la versión actualizada de su lista, consultada por Chequeo Andino, Safeguard Defenders menciona una sola en Ecuador, en Riobamba. Según ese documento, la oficina operaría bajo la Oficina de Seguridad Pública de Linxi, un condado de la región china de Mongolia Interior. Nada en la lista respalda la cifra de 15.

3. ¿Se está investigando?

Sí, en el caso de Riobamba. La Fiscalía Provincial de Chimborazo confirmó a Chequeo Andino que abrió una investigación previa en octubre a partir de una denuncia, sin dar más detalles. Nadie ha sido detenido.

4. ¿Y Portoviejo?

La Policía Nacional respondió por escrito que "no tiene registro" de ninguna oficina de ese tipo en Portoviejo. No encontramos ningún documento que vincule un local de esa ciudad con la policía de Yangxin, como afirma la publicación.

5. ¿Y la foto?

La imagen de los uniformados no es de Ecuador: la búsqueda inversa muestra que corresponde a un simulacro de seguridad en un centro comercial de Lima, publicado en 2019.

6. ¿Qué dice China?

La Embajada de China en Quito afirmó, en una respuesta enviada a este medio, que "no existen estaciones de policía chinas en Ecuador" y que los centros mencionados son espacios donde voluntarios orientan a los ciudadanos chinos sobre la renovación de licencias de conducir y otros trámites consulares.

La Cancillería ecuatoriana, consultada por este medio, dijo que no ha convocado al embajador y que "sigue el tema con atención".

Conclusión: Es ENGAÑOSO que China tenga 15 estaciones de policía en Ecuador. La lista de Safeguard Defenders menciona una, en Riobamba, que está bajo investigación fiscal. No hay evidencia pública de oficinas en Portoviejo ni en las demás ciudades citadas.

¿Viste algo dudoso? Escríbenos a nuestro WhatsApp de verificación.

Chequeo Andino es miembro de una red internacional de verificadores. Conoce nuestra metodología.
"""

DOCS.append(dict(
    name="043-es-ec-verificacion-riobamba-portoviejo-linxi-yangxin.txt",
    text=T043,
    facts=[
        C("stations", 15, "EC", "China ya tiene 15 estaciones de policía en Ecuador", opt=True, claimant="viral post", note="viral claim rated misleading"),
        S("EC", "Portoviejo", "afirma que la oficina de Portoviejo \"depende de la policía de Yangxin\"", operator="Yangxin", operator_alt=["Huangshi"], opt=True,
          claimant="viral post", note="unsupported viral claim"),
        S("EC", "Ibarra", "China ya tiene 15 estaciones de policía en Ecuador: Portoviejo, Riobamba, Ibarra", opt=True, claimant="viral post",
          note="place listed in the viral image only"),
        C("stations", 102, None, "publicó en 2022 dos informes en los que documentó 102 de estas oficinas en 53 países", claimant="Safeguard Defenders", date="2022"),
        C("countries", 53, None, "publicó en 2022 dos informes en los que documentó 102 de estas oficinas en 53 países", claimant="Safeguard Defenders", date="2022"),
        C("stations", 1, "EC", "Safeguard Defenders menciona una sola en Ecuador, en Riobamba", claimant="Safeguard Defenders"),
        S("EC", "Riobamba", "Safeguard Defenders menciona una sola en Ecuador, en Riobamba", claimant="Safeguard Defenders"),
        S("EC", "Riobamba", "Según ese documento, la oficina operaría bajo la Oficina de Seguridad Pública de Linxi, un condado de la región china de Mongolia Interior",
          operator="Linxi", operator_alt=["Chifeng"], claimant="Safeguard Defenders"),
        R("EC", "investigation", "La Fiscalía Provincial de Chimborazo confirmó a Chequeo Andino que abrió una investigación previa en octubre a partir de una denuncia",
          place="Riobamba", date="2026-10", claimant="Fiscalía Provincial de Chimborazo"),
        R("EC", "arrest", "Nadie ha sido detenido", pol="denied", opt=True),
        S("EC", "Portoviejo", "La Policía Nacional respondió por escrito que \"no tiene registro\" de ninguna oficina de ese tipo en Portoviejo", pol="denied", opt=True,
          claimant="Policía Nacional del Ecuador"),
        S("EC", None, "\"no existen estaciones de policía chinas en Ecuador\"", pol="denied", opt=True, claimant="PRC Embassy in Ecuador"),
        D("CN", "los centros mencionados son espacios donde voluntarios orientan a los ciudadanos chinos sobre la renovación de licencias de conducir y otros trámites consulares",
          claimant="PRC Embassy in Ecuador"),
        R("EC", "protest", "dijo que no ha convocado al embajador", pol="denied", opt=True, claimant="Ecuadorian Ministry of Foreign Affairs"),
    ],
))
