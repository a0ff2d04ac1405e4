"""check16 part C, Spanish documents 027-033 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, wrap, hwrap

DOCS = []

# ---------------------------------------------------------------- 027 wire, Sabadell
T027 = """Sociedad | Seguridad

La Policía registra en Sabadell un local señalado como «comisaría» encubierta de la policía china

Dos detenidos. La Audiencia Nacional investiga si la oficina presionaba a vecinos de origen chino para que regresaran a su país

Agencias | Barcelona
14/03/2024 - 13:42h · Actualizado: 14/03/2024 - 19:05h

[Foto] Agentes de la Policía Nacional, a la entrada del local registrado este jueves en Sabadell. EFE/Archivo

Agentes de la Comisaría General de Información registraron este jueves un local del centro de Sabadell (Barcelona) que, según los investigadores, funcionaba desde 2021 como una «estación de servicio policial» dependiente de la Oficina de Seguridad Pública de Leiyang, una ciudad de la provincia china de Hunan administrada por la prefectura de Hengyang.

El registro, ordenado por el Juzgado Central de Instrucción número 4 de la Audiencia Nacional, terminó con dos detenidos, un hombre de 58 años y una mujer de 44, ambos de nacionalidad china, a quienes se atribuyen presuntos delitos de coacciones y de usurpación de funciones públicas, según informaron fuentes policiales.

Lea también: El Gobierno pide a las comunidades autónomas datos sobre asociaciones de inmigrantes

Según esas mismas fuentes, la oficina —inscrita en el registro como asociación cultural de paisanos de Hunan— servía para localizar a compatriotas con causas pendientes en China y convencerlos de que volvieran. Al menos uno de ellos, empleado de un almacén textil del Vallès, acabó tomando un vuelo a Changsha en el otoño de 2023 tras meses de llamadas; antes, dos agentes se habían presentado en casa de su hermana, en Hengyang, para pedirle que «le hiciera entrar en razón».

Los agentes se llevaron del local dos ordenadores, un sello con caracteres chinos y varios archivadores con copias de pasaportes. El juez ha acordado el precinto del inmueble mientras dure la instrucción.

La Embajada de China en Madrid rechazó en un comunicado que existan «comisarías» chinas en España. Se trata, sostiene, «únicamente de puntos de ayuda voluntarios para que los ciudadanos chinos puedan renovar el carné de conducir a distancia», que dejaron de funcionar tras la pandemia.

Una organización de derechos humanos con sede en Madrid contabilizó a finales de 2023 siete oficinas de este tipo en España, dos de ellas en Cataluña.

Recibe cada mañana en tu correo las noticias más importantes. Suscríbete a nuestra newsletter.

© Agencias. Todos los derechos reservados. Está prohibida la reproducción total o parcial.

Noticias relacionadas
· Interior ordena revisar los registros de asociaciones en Cataluña
· Qué se sabe de las «comisarías» chinas en Europa
"""
DOCS.append({"name": "027-es-teletipo-sabadell-leiyang.txt", "text": T027, "facts": [
    S("ES", "Sabadell", "un local del centro de Sabadell (Barcelona) que, según los investigadores, funcionaba desde 2021 como una «estación de servicio policial» dependiente de la Oficina de Seguridad Pública de Leiyang",
      operator="Leiyang", operator_alt="Hengyang", claimant="Spanish investigators", date="2021"),
    R("ES", "investigation", "Agentes de la Comisaría General de Información registraron este jueves un local del centro de Sabadell", place="Sabadell", date="2024-03-14"),
    R("ES", "arrest", "terminó con dos detenidos", place="Sabadell", date="2024-03-14"),
    R("ES", "closure", "El juez ha acordado el precinto del inmueble mientras dure la instrucción.", place="Sabadell"),
    I("ES", "persuasion", "Al menos uno de ellos, empleado de un almacén textil del Vallès, acabó tomando un vuelo a Changsha en el otoño de 2023 tras meses de llamadas", date="2023", claimant="Spanish police sources"),
    I("ES", "harassment", "dos agentes se habían presentado en casa de su hermana, en Hengyang, para pedirle que «le hiciera entrar en razón»", opt=True, claimant="Spanish police sources", note="relatives inside a persuasion case"),
    D("CN", "La Embajada de China en Madrid rechazó en un comunicado que existan «comisarías» chinas en España.", claimant="PRC Embassy in Spain"),
    S("ES", None, "La Embajada de China en Madrid rechazó en un comunicado que existan «comisarías» chinas en España.", claimant="PRC Embassy in Spain", pol="denied", opt=True),
    C("stations", 7, "ES", "contabilizó a finales de 2023 siete oficinas de este tipo en España", claimant="human-rights organisation", date="2023"),
    C("stations", 2, "ES", "dos de ellas en Cataluña", claimant="human-rights organisation", opt=True, note="regional count inside Spain"),
]})

# ---------------------------------------------------------------- 028 long-form, Talavera
T028 = """INVESTIGACIÓN

El despacho del primer piso: cómo una oficina de Yiyang vigilaba a los chinos de Talavera

Durante seis meses, este periódico ha seguido el rastro de una asociación de la calle comercial de Talavera de la Reina que, según tres antiguos usuarios y documentos a los que hemos tenido acceso, hacía algo más que tramitar papeles.

Por Redacción Investigación | Toledo | 9 de febrero de 2024 | Tiempo de lectura: 11 min

Sobre un bazar de menaje, subiendo una escalera estrecha, hay una puerta con un cartel bilingüe y un timbre que casi nunca suena. Quien llama suele traer un certificado de antecedentes, una renovación de pasaporte, una herencia que arreglar en la provincia de Hunan.

Tres personas que frecuentaron el despacho entre 2021 y 2023, y una carpeta de mensajes que una de ellas conservó, describen otra cosa: el local de Talavera de la Reina actuaba como antena de la Oficina de Seguridad Pública de Yiyang, la ciudad de Hunan de la que procede buena parte de los comerciantes chinos de la comarca.

Las llamadas oficinas de servicio en el exterior se presentan, en el discurso oficial chino, como ventanillas de trámites para la diáspora. Sus críticos sostienen que, además, sirven para vigilar a disidentes y para «persuadir» a personas buscadas de que vuelvan por su propio pie. Nada de eso, por sí solo, prueba que ocurra en un local concreto.

«Te decían que era por tu bien, que en casa todo se arreglaría»

En este caso sí hay un nombre detrás, aunque él pidió que no se publicara. Un cocinero de 39 años, con una deuda denunciada en Yiyang, recibió durante meses mensajes de un hombre que se identificaba como «el responsable de la asociación». En la primavera de 2023 cogió un vuelo en Barajas y regresó a China. Antes, cuentan sus compañeros, la policía local de su pueblo había advertido a sus padres de que su pensión «podía tener problemas».

«Te decían que era por tu bien, que en casa todo se arreglaría»

El despacho tiene una segunda vida documentada. Un informe interno de la Policía Nacional de 2023, consultado por este medio, concluyó entonces que no había indicios de actividad delictiva en la asociación. Tras recibir nuestras preguntas, la Fiscalía Provincial de Toledo abrió en enero diligencias de investigación, confirmó un portavoz.

No hay, de momento, ningún detenido.

Fuentes que conocen la investigación sitúan el de Talavera entre las al menos cinco oficinas de este tipo que han funcionado en España. Se habla de otra en Ciudad Real, que nadie ha podido confirmar. En todo el mundo, las estimaciones de las organizaciones de derechos humanos superan el centenar.

El presidente de la asociación, consultado por teléfono, lo negó todo: «Aquí no hay policía de ningún tipo. Solo ayudamos a la gente mayor con los papeles del pasaporte». La embajada china no respondió a las preguntas de este periódico.

SOBRE LA AUTORÍA
El equipo de Investigación de este periódico trabaja sobre crimen organizado, seguridad y derechos humanos. Puede escribirnos de forma confidencial a través de nuestro buzón seguro.

Fe de errores: una versión anterior de este reportaje situaba el despacho sobre una frutería. Se trata de un bazar de menaje.

Este medio utiliza cookies propias y de terceros. Al continuar navegando, acepta su uso. Más información | Aceptar
"""
DOCS.append({"name": "028-es-investigacion-talavera-yiyang.txt", "text": T028, "facts": [
    S("ES", "Talavera de la Reina", "el local de Talavera de la Reina actuaba como antena de la Oficina de Seguridad Pública de Yiyang",
      operator="Yiyang", claimant="former users and documents", date="2021"),
    S("ES", "Ciudad Real", "Se habla de otra en Ciudad Real, que nadie ha podido confirmar.", opt=True, note="unconfirmed rumour"),
    I("ES", "persuasion", "En la primavera de 2023 cogió un vuelo en Barajas y regresó a China.", date="2023"),
    I("ES", "harassment", "la policía local de su pueblo había advertido a sus padres de que su pensión «podía tener problemas»", opt=True, note="relatives inside a persuasion case"),
    R("ES", "no_wrongdoing_found", "Un informe interno de la Policía Nacional de 2023, consultado por este medio, concluyó entonces que no había indicios de actividad delictiva en la asociación.", place="Talavera de la Reina", date="2023"),
    R("ES", "investigation", "la Fiscalía Provincial de Toledo abrió en enero diligencias de investigación", place="Talavera de la Reina", date="2024-01"),
    R("ES", "arrest", "No hay, de momento, ningún detenido.", pol="denied", opt=True),
    C("stations", 5, "ES", "las al menos cinco oficinas de este tipo que han funcionado en España", claimant="sources close to the investigation"),
    C("stations", 100, None, "las estimaciones de las organizaciones de derechos humanos superan el centenar", opt=True, note="approximation"),
    D("ES", "El presidente de la asociación, consultado por teléfono, lo negó todo: «Aquí no hay policía de ningún tipo.", claimant="association president", opt=True, note="host-country association"),
    S("ES", "Talavera de la Reina", "«Aquí no hay policía de ningún tipo. Solo ayudamos a la gente mayor con los papeles del pasaporte»", claimant="association president", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 029 Senate written answer (PDF), Lorca / Algeciras
P029a = """(684) PREGUNTA CON RESPUESTA ESCRITA

684/004127

AUTOR: Senador de un grupo parlamentario de la oposición

Según diversas informaciones periodísticas, en la ciudad de Lorca (Región de Murcia) operaría desde 2022 una oficina vinculada a la Oficina de Seguridad Pública de Ji'an, en la provincia china de Jiangxi, y otra en Algeciras (Cádiz), que dependería de la de Xinyu, en la misma provincia.

¿Qué actuaciones ha llevado a cabo el Gobierno en relación con dichas oficinas? ¿Tiene constancia de casos de retorno forzoso de ciudadanos chinos residentes en España? ¿Ha convocado al embajador de la República Popular China?

RESPUESTA:

En relación con la pregunta formulada, se informa de que la Comisaría General de Información de la Policía Nacional llevó a cabo, en el marco de sus competencias, las comprobaciones oportunas sobre los dos locales mencionados por Su Señoría, así como sobre otros de características similares. A día de hoy, las Fuerzas y Cuerpos de Seguridad del Estado tienen identificados cinco locales de este tipo, repartidos en cuatro comunidades autónomas.

Por lo que se refiere al local de Lorca, las comprobaciones efectuadas no han permitido constatar la comisión de ilícito penal alguno, sin perjuicio de que se mantenga el seguimiento de su actividad."""
P029b = """En cuanto al de Algeciras, el Ayuntamiento de dicha localidad ordenó en noviembre de 2023 el cese de la actividad y el cierre del establecimiento, al carecer de la preceptiva licencia de apertura.

No consta en las bases de datos policiales ningún caso de retorno forzoso de ciudadanos de nacionalidad china residentes en España.

Por último, el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación trasladó a la Embajada de la República Popular China en Madrid la preocupación del Gobierno por estas informaciones, sin que se haya considerado necesario, hasta la fecha, convocar al embajador. La Embajada, por su parte, ha reiterado que tales locales son meros centros de asistencia voluntaria para la renovación de documentos.

Madrid, 12 de febrero de 2024.—El Ministro de Hacienda y Función Pública (por delegación del Gobierno)."""
HEAD = "BOLETÍN OFICIAL DE LAS CORTES GENERALES\nSENADO\nXV LEGISLATURA   Núm. 118   26 de febrero de 2024   Pág. {p}\n"
FOOT = "\ncve: BOCG_D_15_118_1472"
T029 = HEAD.format(p=61) + "\n" + hwrap(P029a, 76) + "\n" + FOOT + "\n\n\f" + HEAD.format(p=62) + "\n" + hwrap(P029b, 76) + "\n" + FOOT + "\n"
DOCS.append({"name": "029-es-respuesta-escrita-senado-lorca-algeciras.txt", "text": T029, "facts": [
    S("ES", "Lorca", "en la ciudad de Lorca (Región de Murcia) operaría desde 2022 una oficina vinculada a la Oficina de Seguridad Pública de Ji'an",
      operator="Ji'an", operator_alt=["Jian"], claimant="press reports cited by a senator", date="2022"),
    S("ES", "Algeciras", "otra en Algeciras (Cádiz), que dependería de la de Xinyu, en la misma provincia",
      operator="Xinyu", claimant="press reports cited by a senator"),
    R("ES", "investigation", "la Comisaría General de Información de la Policía Nacional llevó a cabo, en el marco de sus competencias, las comprobaciones oportunas sobre los dos locales mencionados por Su Señoría", claimant="Spanish Government"),
    C("stations", 5, "ES", "tienen identificados cinco locales de este tipo, repartidos en cuatro comunidades autónomas", claimant="Spanish Government"),
    R("ES", "no_wrongdoing_found", "Por lo que se refiere al local de Lorca, las comprobaciones efectuadas no han permitido constatar la comisión de ilícito penal alguno", place="Lorca", claimant="Spanish Government"),
    R("ES", "closure", "el Ayuntamiento de dicha localidad ordenó en noviembre de 2023 el cese de la actividad y el cierre del establecimiento", place="Algeciras", date="2023-11", claimant="Spanish Government"),
    I("ES", "forced_return", "No consta en las bases de datos policiales ningún caso de retorno forzoso de ciudadanos de nacionalidad china residentes en España.", pol="denied", opt=True, claimant="Spanish Government"),
    R("ES", "protest", "trasladó a la Embajada de la República Popular China en Madrid la preocupación del Gobierno por estas informaciones", opt=True, claimant="Spanish Government", note="concern conveyed, short of a summons"),
    R("ES", "protest", "sin que se haya considerado necesario, hasta la fecha, convocar al embajador", pol="denied", opt=True, claimant="Spanish Government", note="no summons"),
    D("CN", "La Embajada, por su parte, ha reiterado que tales locales son meros centros de asistencia voluntaria para la renovación de documentos.", claimant="PRC Embassy in Spain"),
]})

# ---------------------------------------------------------------- 030 radio transcript, Puerto Montt
T030 = """TRANSCRIPCIÓN — «Mañana en el Sur», radio regional de Los Lagos
Emisión del martes 22 de octubre de 2024, bloque de las 8:30

[CORTINA MUSICAL]

CONDUCTORA: Buenos días, seguimos al aire. Desde el viernes no se habla de otra cosa en Puerto Montt: la famosa «oficina china» de la avenida costanera. Tenemos en el estudio a un periodista del diario regional que lleva un año detrás de esta historia. Bienvenido.

PERIODISTA: Gracias, un gusto.

CONDUCTORA: Partamos por lo básico, para el auditor que va manejando. ¿Qué es una de estas oficinas?

PERIODISTA: Mire, en teoría son lugares donde un ciudadano chino que vive afuera puede hacer trámites de su país sin viajar: renovar una licencia, pedir un certificado. El problema es que, según varias organizaciones, algunas también se usan para tener controlada a la comunidad, saber quién va a qué reunión, quién habla con la prensa. Eso es lo general. Lo de acá es más concreto.

CONDUCTORA: Vamos a lo concreto, entonces.

PERIODISTA: Lo que pudimos reconstruir es que el local de Puerto Montt lo abrió en 2022 gente vinculada a la Oficina de Seguridad Pública de Suizhou, una ciudad de la provincia de Hubei. Hay fotos de la inauguración con uniformados chinos, que después se borraron de las redes.

CONDUCTORA: ¿Y qué hacía ese local, concretamente?

PERIODISTA: Tenemos el testimonio de un trabajador de una planta salmonera. Él participó en una manifestación frente a la planta por unos despidos, y a los pocos días le mostraron, en ese mismo local, fotos suyas en la protesta. Le dijeron que «en Suizhou ya sabían».

CONDUCTORA: Eso es muy grave. ¿Qué ha hecho la justicia?

PERIODISTA: La Fiscalía Regional de Los Lagos abrió una investigación el viernes y encargó diligencias a la PDI. Y ayer, como usted sabe, la Cancillería citó al embajador chino en Santiago para pedirle explicaciones.

CONDUCTORA: Leo lo que nos mandó la embajada, para que quede claro. Dice, textual: «En Chile no existe ninguna estación de policía china. Las oficinas mencionadas son centros de atención voluntaria que ayudan a los compatriotas con trámites consulares». Fin de la cita.

PERIODISTA: Es la misma respuesta que han dado en todos los países.

CONDUCTORA: ¿Podría haber más oficinas como esta en Chile?

PERIODISTA: Podría. Se ha hablado de una en Punta Arenas, pero no tengo nada confirmado. Si se confirmara, serían dos en el país.

CONDUCTORA: Lo vamos a seguir. Vamos a una pausa y volvemos con el tránsito en la Ruta 5.

[PAUSA COMERCIAL]
"""
DOCS.append({"name": "030-es-transcripcion-radio-puerto-montt-suizhou.txt", "text": T030, "facts": [
    S("CL", "Puerto Montt", "el local de Puerto Montt lo abrió en 2022 gente vinculada a la Oficina de Seguridad Pública de Suizhou",
      operator="Suizhou", claimant="regional newspaper journalist", date="2022"),
    I("CL", "surveillance", "a los pocos días le mostraron, en ese mismo local, fotos suyas en la protesta", place="Puerto Montt", claimant="regional newspaper journalist"),
    R("CL", "investigation", "La Fiscalía Regional de Los Lagos abrió una investigación el viernes y encargó diligencias a la PDI.", date="2024-10-18"),
    R("CL", "protest", "la Cancillería citó al embajador chino en Santiago para pedirle explicaciones", date="2024-10-21"),
    D("CN", "«En Chile no existe ninguna estación de policía china. Las oficinas mencionadas son centros de atención voluntaria que ayudan a los compatriotas con trámites consulares».", claimant="PRC Embassy in Chile"),
    S("CL", None, "«En Chile no existe ninguna estación de policía china.", claimant="PRC Embassy in Chile", pol="denied", opt=True),
    S("CL", "Punta Arenas", "Se ha hablado de una en Punta Arenas, pero no tengo nada confirmado.", opt=True, note="unconfirmed"),
    C("stations", 2, "CL", "Si se confirmara, serían dos en el país.", opt=True, note="conditional"),
]})

# ---------------------------------------------------------------- 031 fact-check, Argentina, Posadas
T031 = """CHEQUEO | Internacional

¿China abrió 14 comisarías en la Argentina y patrulla con la Policía Federal? Es falso

Por el equipo de verificación · 3 de junio de 2024

Calificación: FALSO

Circula en Facebook y en grupos de WhatsApp una imagen con el logo de la Policía china y el texto: «China ya tiene 14 comisarías en la Argentina y patrulla junto a la Federal. Nadie dice nada». La publicación acumula más de 20 mil compartidos.

Qué dice la publicación

Que hay 14 comisarías chinas en el país y que existen patrullajes conjuntos con fuerzas federales.

Qué encontramos

La cifra no aparece en ningún informe. La organización de derechos humanos que en 2022 relevó este tipo de oficinas en el mundo —contó más de cien, en 53 países— identificó en la Argentina una sola: la que funcionaba en Posadas, Misiones, y que atribuyó a la Oficina de Seguridad Pública de Chibi, una ciudad de la provincia de Hubei.

Consultado por este medio, el Ministerio de Seguridad de la Nación informó que la Policía Federal inspeccionó ese local en 2023 y «no detectó actividad ilegal alguna». Hoy en la dirección funciona un almacén.

Sobre los patrullajes: no hay registro de que agentes chinos hayan patrullado en el país. Lo que sí existe es un memorando de entendimiento de cooperación contra el delito transnacional que el Ministerio de Seguridad firmó con el Ministerio de Seguridad Pública de China en 2019, que prevé intercambio de información pero no operativos conjuntos.

La Embajada china, por su parte, calificó de «rumores sin fundamento» las versiones sobre comisarías en la Argentina.

Por qué es falso

La publicación multiplica por catorce lo que documentó la única fuente disponible y presenta como patrullajes un acuerdo de intercambio de información.

¿Viste una publicación dudosa? Envianos un mensaje a nuestro WhatsApp de chequeos.

Este artículo forma parte del programa de verificación de contenidos de terceros. Lee nuestra metodología.
"""
DOCS.append({"name": "031-es-chequeo-argentina-posadas-chibi.txt", "text": T031, "facts": [
    C("stations", 14, "AR", "«China ya tiene 14 comisarías en la Argentina y patrulla junto a la Federal.", claimant="viral social-media post", opt=True, note="claim rated false"),
    C("countries", 53, None, "contó más de cien, en 53 países", claimant="human-rights organisation", date="2022"),
    C("stations", 100, None, "contó más de cien, en 53 países", claimant="human-rights organisation", opt=True, note="approximation"),
    S("AR", "Posadas", "identificó en la Argentina una sola: la que funcionaba en Posadas, Misiones, y que atribuyó a la Oficina de Seguridad Pública de Chibi",
      operator="Chibi", operator_alt="Xianning", claimant="human-rights organisation"),
    C("stations", 1, "AR", "identificó en la Argentina una sola", claimant="human-rights organisation", opt=True, note="count of one"),
    R("AR", "investigation", "la Policía Federal inspeccionó ese local en 2023", place="Posadas", date="2023", claimant="Argentine Ministry of Security"),
    R("AR", "no_wrongdoing_found", "la Policía Federal inspeccionó ese local en 2023 y «no detectó actividad ilegal alguna»", place="Posadas", date="2023", claimant="Argentine Ministry of Security"),
    A("AR", "security_agreement", "un memorando de entendimiento de cooperación contra el delito transnacional que el Ministerio de Seguridad firmó con el Ministerio de Seguridad Pública de China en 2019", date="2019"),
    D("CN", "La Embajada china, por su parte, calificó de «rumores sin fundamento» las versiones sobre comisarías en la Argentina.", claimant="PRC Embassy in Argentina"),
    S("AR", None, "calificó de «rumores sin fundamento» las versiones sobre comisarías en la Argentina", claimant="PRC Embassy in Argentina", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 032 irrelevant, traffic
T032 = """TRÁFICO

El canje de carnés de conducir chinos sigue bloqueado y colapsa la Jefatura de Tráfico de Lugo

La Guardia Civil intercepta en la A-6 a un conductor de un autocar de turistas con un permiso expedido en China sin validez en España

Por la redacción de Lugo | 18 de abril de 2024

Decenas de residentes de origen chino hacen cola cada semana ante la oficina de atención al público de la Jefatura Provincial de Tráfico de Lugo para preguntar por lo mismo: cuándo podrán cambiar su permiso de conducir chino por uno español. La respuesta sigue siendo que no pueden. España y China no tienen firmado un convenio de reconocimiento de permisos, y la negociación lleva años atascada.

El asunto se volvió noticia el martes, cuando una patrulla del Subsector de Tráfico de la Guardia Civil detuvo en un control a la altura de la estación de servicio de Baralla un autocar con cuarenta turistas. Su conductor, un ciudadano chino de 51 años, presentó un permiso expedido en la provincia de Hubei y una traducción jurada. Fue denunciado por conducir sin permiso válido y el viaje tuvo que continuar con un conductor de relevo enviado desde la estación de autobuses de Lugo.

«No es un caso aislado», explica el presidente de una asociación de comerciantes chinos de Galicia, que ofrece a sus socios un servicio gratuito de ayuda con trámites: citas, traducciones, impresos de la DGT. «La gente no entiende por qué un carné de Pekín no vale y uno de otros países sí».

Según los datos de la Jefatura, el año pasado se tramitaron en la provincia 102 denuncias a conductores con permisos extranjeros no canjeables, y en 53 casos se inmovilizó el vehículo. Tráfico recuerda que los residentes pueden conducir con el permiso de origen solo durante los primeros seis meses.

La Subdelegación del Gobierno asegura que el Ministerio del Interior «sigue en contacto» con las autoridades chinas para cerrar el acuerdo, sin fecha prevista.

Más noticias de Lugo · Tráfico · Comunidad china
"""
DOCS.append({"name": "032-es-noticia-trafico-canje-permisos-lugo.txt", "text": T032, "facts": []})

# ---------------------------------------------------------------- 033 live blog, Ciudad del Este
T033 = """EN VIVO | Allanan en Ciudad del Este un local que operaría como «estación de policía» china

Última actualización: 27 de agosto de 2024, 19:40

19:40 — La Cancillería nacional emitió un comunicado en el que «rechaza cualquier actividad de agentes de un Estado extranjero en territorio paraguayo» y anunció que pedirá un informe a la Fiscalía. Recordamos que Paraguay no mantiene relaciones diplomáticas con la República Popular China.

18:55 — Desde Pekín, un portavoz del Ministerio de Relaciones Exteriores chino respondió a una consulta de una agencia internacional: «China nunca ha establecido comisarías en el extranjero. Lo que se llama así son plataformas de servicio para compatriotas, gestionadas por voluntarios». No se refirió al caso paraguayo en particular.

17:20 — La Municipalidad de Ciudad del Este dispuso la clausura del local «por tiempo indeterminado». Funcionarios municipales colocaron una faja en la persiana metálica.

16:05 — Una fuente fiscal nos confirma un dato clave: en el lugar se encontró una lista con nombres y fotos de unos cuarenta comerciantes chinos de la zona de la Ruta PY02, con anotaciones sobre sus horarios y domicilios.

15:30 — Lo que sabemos hasta ahora del local: funcionaba en la primera planta de una galería del microcentro, con la fachada de una «asociación de residentes de Hubei». Según el acta de la Fiscalía, estaba vinculado desde 2021 a la Oficina de Seguridad Pública de Lichuan, ciudad de la prefectura de Enshi.

14:10 — ATENCIÓN: la Fiscalía confirma tres detenidos, dos hombres y una mujer, todos de nacionalidad china. Se les imputa, en principio, coacción grave y privación de libertad.

13:45 — El caso que dio origen a la investigación, según la denuncia: un comerciante de electrónica fue retenido en marzo por dos hombres del local, llevado en auto hasta el aeropuerto de Foz do Iguaçu y subido a un vuelo a Shanghái contra su voluntad. Su esposa presentó la denuncia.

12:30 — Agentes de la Policía Nacional y de la Unidad Especializada de la Fiscalía realizan un allanamiento en un local del microcentro de Ciudad del Este. Ampliaremos.

Comentarios desactivados para esta cobertura.
"""
DOCS.append({"name": "033-es-en-vivo-ciudad-del-este-lichuan.txt", "text": T033, "facts": [
    S("PY", "Ciudad del Este", "Según el acta de la Fiscalía, estaba vinculado desde 2021 a la Oficina de Seguridad Pública de Lichuan, ciudad de la prefectura de Enshi.",
      operator="Lichuan", operator_alt="Enshi", claimant="Paraguayan prosecutors", date="2021"),
    R("PY", "investigation", "Agentes de la Policía Nacional y de la Unidad Especializada de la Fiscalía realizan un allanamiento en un local del microcentro de Ciudad del Este.", place="Ciudad del Este", date="2024-08-27"),
    R("PY", "arrest", "la Fiscalía confirma tres detenidos, dos hombres y una mujer, todos de nacionalidad china", place="Ciudad del Este", date="2024-08-27"),
    R("PY", "closure", "La Municipalidad de Ciudad del Este dispuso la clausura del local «por tiempo indeterminado».", place="Ciudad del Este", date="2024-08-27"),
    I("PY", "forced_return", "llevado en auto hasta el aeropuerto de Foz do Iguaçu y subido a un vuelo a Shanghái contra su voluntad", claimant="complaint", date="2024-03"),
    I("PY", "surveillance", "en el lugar se encontró una lista con nombres y fotos de unos cuarenta comerciantes chinos de la zona de la Ruta PY02, con anotaciones sobre sus horarios y domicilios", place="Ciudad del Este", claimant="prosecution source"),
    D("CN", "«China nunca ha establecido comisarías en el extranjero. Lo que se llama así son plataformas de servicio para compatriotas, gestionadas por voluntarios».", claimant="PRC Ministry of Foreign Affairs"),
    R("PY", "protest", "La Cancillería nacional emitió un comunicado en el que «rechaza cualquier actividad de agentes de un Estado extranjero en territorio paraguayo»", opt=True, note="public statement, no relations, no summons"),
]})
