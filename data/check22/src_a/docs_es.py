"""check22 part A, Spanish documents 015-017."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 015
T015 = """MINISTERIO DEL INTERIOR
POLICÍA NACIONAL · Oficina de Comunicación y Relaciones Institucionales

NOTA DE PRENSA
Madrid, 26 de noviembre de 2026

Desarticulada en Linares (Jaén) una supuesta «estación de servicio policial» al servicio de las autoridades chinas

- Tres personas han sido detenidas como presuntas autoras de delitos de coacciones y usurpación de funciones públicas
- El local ha sido clausurado por orden judicial

Agentes de la Comisaría General de Información, en colaboración con la Comisaría Provincial de Jaén, han realizado un registro en un local comercial de Linares en el marco de una investigación dirigida por el Juzgado Central de Instrucción n.º 3 de la Audiencia Nacional. Tres personas, todas ellas de nacionalidad china, han sido detenidas.

Según la investigación, el local, que operaba formalmente como asociación de comerciantes, funcionaba en la práctica como una «estación de servicio policial» dependiente de la Oficina de Seguridad Pública de Luonan, en la provincia china de Shaanxi.

Presiones para regresar

Los investigadores han documentado el caso de un ciudadano chino residente en Úbeda que habría sido presionado durante meses, a través de los responsables del local, para que regresara a China a fin de responder de una supuesta deuda. Según las diligencias, el afectado viajó a China en marzo de 2025 y regresó a España cuatro meses después. Durante ese periodo, sus padres habrían recibido visitas reiteradas de agentes en su localidad natal.

Comprobaciones en Motril

Informes periodísticos publicados el pasado verano situaban una segunda oficina de estas características en Motril (Granada), vinculada a la policía de Danfeng. Las comprobaciones realizadas en Motril por la Comisaría Provincial de Granada no han hallado indicios de delito ni la existencia de ninguna oficina de ese tipo.

El local de Linares ha sido clausurado por orden judicial y el material intervenido, que incluye documentación, equipos informáticos y sellos, está siendo analizado.

La Policía Nacional recuerda que cualquier persona que sufra coacciones puede denunciarlo en cualquier comisaría o a través del teléfono 091.

-------------------------------------------------
Oficina de Comunicación · prensa@policia.es · Síguenos en redes sociales
Esta nota puede reproducirse citando la fuente."""

D015 = {"name": "015-es-police-press-release-linares-motril-luonan-danfeng.txt", "text": T015, "facts": [
    R("ES", "arrest", "Tres personas han sido detenidas como presuntas autoras de delitos de coacciones y usurpación de funciones públicas", claimant="Policía Nacional"),
    R("ES", "closure", "El local ha sido clausurado por orden judicial", claimant="Policía Nacional"),
    R("ES", "investigation", "han realizado un registro en un local comercial de Linares en el marco de una investigación dirigida por el Juzgado Central de Instrucción n.º 3 de la Audiencia Nacional", place="Linares", claimant="Policía Nacional"),
    S("ES", "Linares", "Desarticulada en Linares (Jaén) una supuesta «estación de servicio policial» al servicio de las autoridades chinas", claimant="Policía Nacional"),
    S("ES", "Linares", "el local, que operaba formalmente como asociación de comerciantes, funcionaba en la práctica como una «estación de servicio policial» dependiente de la Oficina de Seguridad Pública de Luonan, en la provincia china de Shaanxi", operator="Luonan", operator_alt=["Shangluo"], claimant="Policía Nacional"),
    I("ES", "persuasion", "un ciudadano chino residente en Úbeda que habría sido presionado durante meses, a través de los responsables del local, para que regresara a China a fin de responder de una supuesta deuda. Según las diligencias, el afectado viajó a China en marzo de 2025", claimant="Policía Nacional"),
    I("ES", "harassment", "sus padres habrían recibido visitas reiteradas de agentes en su localidad natal", claimant="Policía Nacional", opt=True, note="pressure on relatives inside a persuasion case"),
    S("ES", "Motril", "Informes periodísticos publicados el pasado verano situaban una segunda oficina de estas características en Motril (Granada), vinculada a la policía de Danfeng", operator="Danfeng", operator_alt=["Shangluo"], claimant="press reports"),
    R("ES", "no_wrongdoing_found", "Las comprobaciones realizadas en Motril por la Comisaría Provincial de Granada no han hallado indicios de delito", claimant="Policía Nacional"),
    S("ES", "Motril", "no han hallado indicios de delito ni la existencia de ninguna oficina de ese tipo", claimant="Policía Nacional", pol="denied", opt=True),
]}

# ---------------------------------------------------------------- 016
T016 = """RADIO PATAGONIA AM 740 — «La Mañana del Golfo»
Transcripción del bloque de las 8:30 · martes 1 de diciembre de 2026

[Cortina musical]

CONDUCTOR: Ocho y media en Comodoro Rivadavia, nueve grados, viento del oeste. Vamos con el tema que está dando vueltas desde ayer. Según un informe de la organización Safeguard Defenders, acá en Comodoro funcionaría una «estación» de policía china vinculada a la policía de Fengxiang, en la provincia de Shaanxi. Tenemos en línea a nuestra cronista. ¿Qué hay de nuevo?

CRONISTA: Buen día. Lo nuevo es que ayer a la tarde la Policía Federal allanó el local de una asociación de comerciantes chinos en el barrio Centro, por orden del juzgado federal. Se llevaron computadoras y papeles. No hubo detenidos.

CONDUCTOR: ¿Y qué dice el informe, concretamente?

CRONISTA: El informe habla de ciento dos de estas oficinas en cincuenta y tres países, y dice que en la Argentina serían dos: una acá y otra en Trelew, que estaría ligada a la policía de Qishan, también en Shaanxi.

CONDUCTOR: ¿Y en Trelew qué dicen?

CRONISTA: La Policía del Chubut dice que no tiene ningún registro de una oficina así en Trelew.

CONDUCTOR: Hay un caso que se comentó mucho en el puerto.

CRONISTA: Sí. Un marinero de un barco potero contó que el año pasado lo llamaban seguido desde esa asociación para que volviera a China por un problema con una empresa. Él no volvió. Después supo que a su madre, en Shaanxi, la visitaron dos veces unos policías.

[Tanda publicitaria]

CONDUCTOR: Seguimos. ¿Hubo reacción del Gobierno nacional?

CRONISTA: Sí. La Cancillería convocó ayer al encargado de negocios de la embajada china para pedir explicaciones.

CONDUCTOR: ¿Y la embajada?

CRONISTA: Mandó un comunicado. Dice textualmente que «en la Argentina no existe ninguna comisaría china» y que en Comodoro hay voluntarios que ayudan a los pescadores chinos a renovar el pasaporte y la licencia de conducir.

CONDUCTOR: ¿Y si la Justicia confirma lo que dice el informe? ¿Qué puede pasar?

CRONISTA: Eso habrá que verlo. Por ahora es una causa abierta.

CONDUCTOR: Gracias. Seguimos con el tránsito en la ruta 3.

[Cortina musical]"""

D016 = {"name": "016-es-ar-radio-transcript-comodoro-rivadavia-trelew-fengxiang-qishan.txt", "text": T016, "facts": [
    S("AR", "Comodoro Rivadavia", "acá en Comodoro funcionaría una «estación» de policía china vinculada a la policía de Fengxiang, en la provincia de Shaanxi", operator="Fengxiang", operator_alt=["Baoji"], claimant=SD, note="'Comodoro' = Comodoro Rivadavia, named in the sentence before"),
    R("AR", "investigation", "la Policía Federal allanó el local de una asociación de comerciantes chinos en el barrio Centro, por orden del juzgado federal", place="Comodoro Rivadavia", claimant="Policía Federal Argentina"),
    R("AR", "arrest", "No hubo detenidos.", pol="denied", opt=True),
    C("stations", 102, None, "El informe habla de ciento dos de estas oficinas en cincuenta y tres países", claimant=SD),
    C("countries", 53, None, "El informe habla de ciento dos de estas oficinas en cincuenta y tres países", claimant=SD),
    C("stations", 2, "AR", "en la Argentina serían dos", claimant=SD),
    S("AR", "Trelew", "una acá y otra en Trelew, que estaría ligada a la policía de Qishan, también en Shaanxi", operator="Qishan", operator_alt=["Baoji"], claimant=SD),
    S("AR", "Trelew", "La Policía del Chubut dice que no tiene ningún registro de una oficina así en Trelew.", claimant="Policía del Chubut", pol="denied", opt=True),
    I("AR", "persuasion", "lo llamaban seguido desde esa asociación para que volviera a China por un problema con una empresa. Él no volvió", claimant="a squid-boat sailor"),
    I("AR", "harassment", "a su madre, en Shaanxi, la visitaron dos veces unos policías", claimant="a squid-boat sailor", opt=True, note="pressure on a relative inside a persuasion case"),
    R("AR", "protest", "La Cancillería convocó ayer al encargado de negocios de la embajada china para pedir explicaciones.", claimant="Cancillería argentina"),
    S("AR", None, "«en la Argentina no existe ninguna comisaría china»", claimant="PRC Embassy in Argentina", pol="denied", opt=True),
    D("CN", "Dice textualmente que «en la Argentina no existe ninguna comisaría china» y que en Comodoro hay voluntarios que ayudan a los pescadores chinos a renovar el pasaporte y la licencia de conducir", claimant="PRC Embassy in Argentina"),
]}

# ---------------------------------------------------------------- 017
T017 = """EN VIVO | Caso «comisaría china» en Atacama: Cancillería cita al embajador

Actualizado hace 5 minutos · Por el equipo de Actualidad

Las actualizaciones más recientes aparecen primero. Recargue la página para ver nuevas entradas.

19:40 — Interior anuncia expulsiones
El Ministerio del Interior anunció que iniciará los trámites para expulsar del país a los dos ciudadanos chinos detenidos una vez concluya el proceso judicial.

19:05 — Cancillería cita al embajador
El Ministerio de Relaciones Exteriores confirmó que citó al embajador de China para la mañana del jueves. «Chile no aceptará actividades policiales extranjeras en su territorio», dijo el subsecretario.

«Chile no aceptará actividades policiales extranjeras en su territorio»

18:20 — La embajada responde
En un comunicado, la embajada china afirma que «no existen estaciones de policía chinas en Chile» y que el local de Copiapó era una oficina de voluntarios que orientaba a trabajadores chinos sobre trámites de pasaporte.

17:40 — Fiscalía formaliza a dos detenidos
La Fiscalía Regional de Atacama informó que las dos personas detenidas en el operativo serán formalizadas mañana por obstrucción a la investigación y ejercicio ilegal de funciones policiales.

16:55 — Qué dice el informe
El informe de Safeguard Defenders atribuye a Chile dos de estos puntos. Además de Copiapó, menciona una oficina en Ovalle que dependería de la policía de Libo, en la provincia de Guizhou. Carabineros de la Región de Coquimbo señaló que «no tiene antecedentes» de ese local.

16:10 — El caso del trabajador minero
Según la carpeta de la Fiscalía, un trabajador chino de una empresa contratista minera fue llevado en septiembre por dos hombres desde Copiapó hasta el aeropuerto de Santiago y embarcado en un vuelo a Shanghái contra su voluntad.

15:30 — De quién dependía el local
De acuerdo con documentos incautados, el local de Copiapó operaba bajo el Buró de Seguridad Pública de Songtao, un condado de la provincia china de Guizhou, según la fiscal a cargo.

«Chile no aceptará actividades policiales extranjeras en su territorio»

14:45 — Allanamiento en el centro de Copiapó
La Policía de Investigaciones (PDI) allanó esta mañana un local del centro de Copiapó que funcionaría como «comisaría» encubierta al servicio de la policía china, en el marco de una investigación de la Fiscalía de Atacama. Hay dos detenidos.

14:30 — Comienza la cobertura
Bienvenidos a nuestra cobertura en vivo.

Comparte esta cobertura · Suscríbete a nuestro boletín"""

D017 = {"name": "017-es-cl-live-blog-copiapo-ovalle-songtao-libo.txt", "text": T017, "facts": [
    R("CL", "protest", "El Ministerio de Relaciones Exteriores confirmó que citó al embajador de China para la mañana del jueves", claimant="Chilean Ministry of Foreign Affairs"),
    S("CL", None, "«no existen estaciones de policía chinas en Chile»", claimant="PRC Embassy in Chile", pol="denied", opt=True),
    D("CN", "la embajada china afirma que «no existen estaciones de policía chinas en Chile» y que el local de Copiapó era una oficina de voluntarios que orientaba a trabajadores chinos sobre trámites de pasaporte", claimant="PRC Embassy in Chile"),
    R("CL", "arrest", "las dos personas detenidas en el operativo serán formalizadas mañana por obstrucción a la investigación y ejercicio ilegal de funciones policiales", claimant="Fiscalía Regional de Atacama"),
    C("stations", 2, "CL", "El informe de Safeguard Defenders atribuye a Chile dos de estos puntos", claimant=SD),
    S("CL", "Ovalle", "menciona una oficina en Ovalle que dependería de la policía de Libo, en la provincia de Guizhou", operator="Libo", operator_alt=["Qiannan"], claimant=SD),
    S("CL", "Ovalle", "Carabineros de la Región de Coquimbo señaló que «no tiene antecedentes» de ese local", claimant="Carabineros de Chile", pol="denied", opt=True),
    I("CL", "forced_return", "un trabajador chino de una empresa contratista minera fue llevado en septiembre por dos hombres desde Copiapó hasta el aeropuerto de Santiago y embarcado en un vuelo a Shanghái contra su voluntad", place="Copiapó", claimant="Fiscalía Regional de Atacama"),
    S("CL", "Copiapó", "el local de Copiapó operaba bajo el Buró de Seguridad Pública de Songtao, un condado de la provincia china de Guizhou", operator="Songtao", operator_alt=["Tongren"], claimant="Fiscalía Regional de Atacama", place_alt=["Copiapo"]),
    R("CL", "investigation", "La Policía de Investigaciones (PDI) allanó esta mañana un local del centro de Copiapó", place="Copiapó", claimant="Policía de Investigaciones"),
    S("CL", "Copiapó", "un local del centro de Copiapó que funcionaría como «comisaría» encubierta al servicio de la policía china", claimant="Policía de Investigaciones", place_alt=["Copiapo"]),
]}

DOCS = [D015, D016, D017]
