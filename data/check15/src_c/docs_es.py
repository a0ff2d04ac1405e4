"""check15 part C, Spanish documents 027-033 (held-out gold: do not read while tuning)."""
from h import S, C, R, I, A, D, wrap, hwrap

DOCS = []

# ---------------------------------------------------------------- 027
T = """CORTES GENERALES
DIARIO DE SESIONES DEL CONGRESO DE LOS DIPUTADOS
PLENO Y DIPUTACIÓN PERMANENTE
XV LEGISLATURA — Sesión plenaria celebrada el miércoles 12 de marzo de 2025

PREGUNTAS

— DE LA DIPUTADA DEL GRUPO PARLAMENTARIO MIXTO, QUE FORMULA AL SEÑOR MINISTRO DEL INTERIOR: ¿QUÉ MEDIDAS HA ADOPTADO EL GOBIERNO TRAS CONOCERSE QUE LA POLICÍA CHINA MANTIENE OFICINAS EN ALBACETE Y EN LLEIDA? (Número de expediente 180/000412).

La señora PRESIDENTA: Pregunta dirigida al señor ministro del Interior. Tiene la palabra su señoría.

La señora DIPUTADA: Gracias, presidenta.

Señor ministro, hace tres semanas supimos, por un informe de la organización Safeguard Defenders, que en un bajo comercial del centro de Albacete, registrado como asociación de comerciantes, funcionaba desde 2021 una supuesta comisaría dependiente de la Oficina de Seguridad Pública del distrito de Ouhai, en la ciudad de Wenzhou. El mismo informe sitúa una segunda oficina en Lleida, vinculada a la policía de Liandu, en la prefectura de Lishui, que en WeChat se anunciaba como «centro de servicios para compatriotas». Comerciantes de origen chino de la capital manchega cuentan que allí se les «aconsejaba» volver a su país para arreglar «asuntos pendientes».

No es la primera vez. Según aquella misma organización, en España operaban al menos nueve de estas oficinas en 2022, y su Gobierno dijo entonces que lo estaba mirando. Hoy hablamos de dos más. ¿Ha abierto el ministerio alguna investigación? ¿Ha convocado a la embajadora? ¿O vamos a esperar, otra vez, a que nos lo cuente la prensa extranjera? (Aplausos).

La señora PRESIDENTA: Muchas gracias.

Señor ministro.

El señor MINISTRO DEL INTERIOR: Gracias, presidenta.

Señoría, le respondo con hechos, no con titulares. La Comisaría General de Información abrió diligencias sobre los dos locales el mismo día en que tuvo conocimiento del informe, y la Fiscalía de la Audiencia Nacional está puntualmente informada. Los agentes se personaron en ambos inmuebles y tomaron declaración a sus responsables. Hasta la fecha no se ha practicado ninguna detención; tampoco se ha acreditado, por ahora, conducta delictiva alguna. Pero quiero ser muy claro: ni en Albacete, ni en Lleida, ni en ningún otro punto de España vamos a tolerar que un Estado extranjero ejerza funciones policiales.

Por eso el Ministerio de Asuntos Exteriores convocó el pasado día 4 al encargado de negocios de la embajada china para trasladarle nuestra profunda preocupación. Y le informo de algo más: el local de Albacete bajó la persiana el viernes por orden del ayuntamiento, que ha constatado que carecía de licencia de actividad. (Rumores).

La señora PRESIDENTA: Silencio, por favor.

El señor MINISTRO DEL INTERIOR: La embajada, como usted sabe, ha negado en un comunicado que existan «comisarías» chinas en nuestro país y habla de voluntarios que ayudan a renovar el permiso de conducir. Nosotros no nos quedamos en los comunicados. Seguimos trabajando. (Aplausos).

La señora PRESIDENTA: Muchas gracias, señor ministro.
"""
DOCS.append(dict(name="027-es-congreso-pregunta-oral-albacete-lleida.txt", text=T, facts=[
    S("ES", "Albacete", "en un bajo comercial del centro de Albacete, registrado como asociación de comerciantes, funcionaba desde 2021 una supuesta comisaría dependiente de la Oficina de Seguridad Pública del distrito de Ouhai, en la ciudad de Wenzhou",
      operator="Ouhai", operator_alt="Wenzhou", claimant="Safeguard Defenders", date="2021"),
    S("ES", "Lleida", "El mismo informe sitúa una segunda oficina en Lleida, vinculada a la policía de Liandu, en la prefectura de Lishui",
      operator="Liandu", operator_alt="Lishui", claimant="Safeguard Defenders"),
    I("ES", "persuasion", "Comerciantes de origen chino de la capital manchega cuentan que allí se les «aconsejaba» volver a su país para arreglar «asuntos pendientes».",
      place="Albacete", claimant="Chinese-origin shopkeepers in Albacete", opt=True, note="reported practice at the named site, no named case"),
    C("stations", 9, "ES", "Según aquella misma organización, en España operaban al menos nueve de estas oficinas en 2022",
      claimant="Safeguard Defenders", date="2022"),
    C("stations", 2, "ES", "Hoy hablamos de dos más.", claimant=None, opt=True, note="derived: the two new offices"),
    R("ES", "investigation", "La Comisaría General de Información abrió diligencias sobre los dos locales el mismo día en que tuvo conocimiento del informe",
      claimant="Spanish Minister of the Interior"),
    R("ES", "arrest", "Hasta la fecha no se ha practicado ninguna detención", claimant="Spanish Minister of the Interior", pol="denied", opt=True),
    R("ES", "no_wrongdoing_found", "tampoco se ha acreditado, por ahora, conducta delictiva alguna", claimant="Spanish Minister of the Interior", opt=True,
      note="'por ahora': provisional"),
    R("ES", "protest", "el Ministerio de Asuntos Exteriores convocó el pasado día 4 al encargado de negocios de la embajada china para trasladarle nuestra profunda preocupación",
      claimant="Spanish Minister of the Interior", date="2025-03-04"),
    R("ES", "closure", "el local de Albacete bajó la persiana el viernes por orden del ayuntamiento", place="Albacete",
      claimant="Spanish Minister of the Interior", date="2025-03"),
    D("CN", "La embajada, como usted sabe, ha negado en un comunicado que existan «comisarías» chinas en nuestro país", claimant="Chinese Embassy in Spain"),
    S("ES", None, "La embajada, como usted sabe, ha negado en un comunicado que existan «comisarías» chinas en nuestro país",
      claimant="Chinese Embassy in Spain", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 028
T = """RADIO LITORAL 97.3 — «Puerto Abierto», segmento de entrevistas
Transcripción del programa emitido el martes 8 de julio de 2025 (editada por claridad)

CONDUCTORA: Buenos días, Guayaquil. Seguimos con el tema que ha movido las redes toda la semana: la oficina que, según una investigación periodística, atendía a la comunidad china en Urdesa y que en realidad respondería a la policía de Fujian. Tenemos en línea a la periodista que firmó el reportaje. Bienvenida.

PERIODISTA: Gracias por la invitación.

CONDUCTORA: Vamos al grano. ¿Qué encontraron?

PERIODISTA: Encontramos un local de dos pisos, con letrero de «centro de servicios para residentes chinos», donde se tramitaban licencias y certificados. Hasta ahí, nada raro. Lo raro es que en su propia cuenta de WeChat el centro se presentaba como «estación de enlace en ultramar» de la Oficina de Seguridad Pública de Changle, que es un distrito de Fuzhou. Lo abrieron a finales de 2022.

CONDUCTORA: ¿Y Machala? Porque en redes se habló también de Machala.

PERIODISTA: En Machala hay un rumor, con algunas fotos, de que funcionaba algo parecido ligado a la policía de Yangshuo, en Guilin. Nosotros no lo pudimos confirmar, y lo digo así de claro: no está verificado.

CONDUCTORA: Entonces, hablando de Ecuador, ¿cuántas serían?

PERIODISTA: Con seguridad, una. Si se confirma lo de Machala, serían dos en todo el país. En el mundo, la organización Safeguard Defenders ha documentado más de un centenar.

CONDUCTORA: Usted habló con un trabajador de una camaronera...

PERIODISTA: Sí. Es un joven de la provincia de Fujian que trabajaba en una empacadora. Le llamaron dos veces a ese local, le dijeron que tenía una deuda pendiente allá y que lo mejor era «volver por las buenas». Regresó a China en marzo. Su madre, nos contó un primo, había recibido visitas de agentes en su casa antes de que él aceptara.

CONDUCTORA: ¿Y las autoridades ecuatorianas?

PERIODISTA: La Fiscalía abrió una investigación previa la semana pasada; eso nos lo confirmó la propia institución. La Cancillería, en cambio, dice que no ha recibido ninguna queja formal y que por ahora no prevé convocar al embajador.

CONDUCTORA: ¿Y la embajada china?

PERIODISTA: Mandó un comunicado muy corto. Dice que «en Ecuador no existe ninguna comisaría china» y que el centro es una iniciativa de la asociación de residentes.

CONDUCTORA: Gracias por acompañarnos. Vamos a una pausa y volvemos con el clima.
"""
DOCS.append(dict(name="028-es-radio-entrevista-guayaquil-machala.txt", text=T, facts=[
    S("EC", "Guayaquil", "en su propia cuenta de WeChat el centro se presentaba como «estación de enlace en ultramar» de la Oficina de Seguridad Pública de Changle, que es un distrito de Fuzhou",
      operator="Changle", operator_alt="Fuzhou", date="2022", claimant="journalist (investigative report)", note="site: Urdesa"),
    S("EC", "Machala", "En Machala hay un rumor, con algunas fotos, de que funcionaba algo parecido ligado a la policía de Yangshuo, en Guilin.",
      operator="Yangshuo", operator_alt="Guilin", opt=True, note="rumour, explicitly unverified"),
    C("stations", 1, "EC", "Con seguridad, una.", claimant="journalist (investigative report)", opt=True, note="count of one"),
    C("stations", 2, "EC", "Si se confirma lo de Machala, serían dos en todo el país.", opt=True, note="conditional"),
    C("stations", 100, None, "En el mundo, la organización Safeguard Defenders ha documentado más de un centenar.", claimant="Safeguard Defenders", opt=True,
      note="approximation 'más de un centenar'"),
    I("EC", "persuasion", "Le llamaron dos veces a ese local, le dijeron que tenía una deuda pendiente allá y que lo mejor era «volver por las buenas». Regresó a China en marzo.",
      place="Guayaquil", date="2025-03"),
    I("EC", "harassment", "Su madre, nos contó un primo, había recibido visitas de agentes en su casa antes de que él aceptara.", opt=True,
      note="pressure on relatives inside a persuasion case"),
    R("EC", "investigation", "La Fiscalía abrió una investigación previa la semana pasada", date="2025-07"),
    R("EC", "protest", "por ahora no prevé convocar al embajador", claimant="Ecuadorian Ministry of Foreign Affairs", pol="denied", opt=True),
    D("CN", "Dice que «en Ecuador no existe ninguna comisaría china» y que el centro es una iniciativa de la asociación de residentes.", claimant="Chinese Embassy in Ecuador"),
    S("EC", None, "Dice que «en Ecuador no existe ninguna comisaría china»", claimant="Chinese Embassy in Ecuador", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 029
T = """EN VIVO | Allanan en Chiclayo local vinculado a la policía china: dos detenidos

Actualizado el 21 de octubre de 2025, 19:42

19:42 — Cerramos esta cobertura en vivo. Resumen: la Policía Nacional del Perú y la Fiscalía allanaron esta madrugada un local de la avenida Balta, en Chiclayo, que según los investigadores funcionaba como «puesto de servicio» de la Oficina de Seguridad Pública de Mengyin, en Linyi (provincia de Shandong). Dos ciudadanos chinos fueron detenidos y el inmueble quedó lacrado. Gracias por acompañarnos.

18:10 — La embajada de China en Lima acaba de publicar un comunicado: «Las informaciones sobre una supuesta comisaría china en Chiclayo son completamente falsas. China respeta la soberanía del Perú y nunca ha establecido estructuras policiales en el extranjero».

17:25 — El fiscal provincial a cargo confirma a este medio que los dos detenidos están acusados de usurpación de funciones y de coacción. Serán presentados ante el juez mañana.

16:03 — Lo que sabemos de la víctima: según la fiscalía, en el local se guardaba una carpeta con fotografías de residentes chinos que participaron en junio en una vigilia en Lima, con sus nombres, direcciones y los nombres de sus familiares en Shandong.

14:48 — Safeguard Defenders reacciona en X: «Habíamos señalado a Chiclayo en nuestro informe de 2023. Bienvenida la acción de la fiscalía peruana». El post lleva ya más de 3.000 reposts.

13:30 — También hubo un registro en Piura, en una vivienda que la fiscalía relacionaba con la red. Fuentes policiales dicen que allí no se halló nada que indique actividad ilícita.

12:15 — Un vecino de la avenida Balta, en un video que circula en TikTok: «Siempre había cola, pero nunca supimos qué hacían. Decían que era una asociación».

10:05 — Es la primera oficina de este tipo detectada en el Perú, según la Dirección contra el Terrorismo, que participa en el operativo.

07:40 — Buenos días. Agentes de la PNP y de la Fiscalía allanan desde las 5 de la mañana un local en el centro de Chiclayo. Seguiremos informando.
"""
DOCS.append(dict(name="029-es-en-vivo-allanamiento-chiclayo.txt", text=T, facts=[
    S("PE", "Chiclayo", "la Policía Nacional del Perú y la Fiscalía allanaron esta madrugada un local de la avenida Balta, en Chiclayo, que según los investigadores funcionaba como «puesto de servicio» de la Oficina de Seguridad Pública de Mengyin, en Linyi",
      operator="Mengyin", operator_alt="Linyi", claimant="Peruvian investigators", date="2025-10-21",
      note="also flagged by Safeguard Defenders in 2023 (14:48 entry); charges at 17:25 are the same arrest key"),
    R("PE", "investigation", "Agentes de la PNP y de la Fiscalía allanan desde las 5 de la mañana un local en el centro de Chiclayo.", place="Chiclayo", date="2025-10-21"),
    R("PE", "arrest", "Dos ciudadanos chinos fueron detenidos y el inmueble quedó lacrado.", place="Chiclayo", date="2025-10-21"),
    R("PE", "closure", "Dos ciudadanos chinos fueron detenidos y el inmueble quedó lacrado.", place="Chiclayo", date="2025-10-21", note="sealed after the raid"),
    R("PE", "no_wrongdoing_found", "Fuentes policiales dicen que allí no se halló nada que indique actividad ilícita.", place="Piura", claimant="police sources", opt=True,
      note="search in Piura, not a station"),
    I("PE", "surveillance", "en el local se guardaba una carpeta con fotografías de residentes chinos que participaron en junio en una vigilia en Lima, con sus nombres, direcciones y los nombres de sus familiares en Shandong",
      place="Chiclayo", claimant="Peruvian prosecutors"),
    C("stations", 1, "PE", "Es la primera oficina de este tipo detectada en el Perú", claimant="Dirección contra el Terrorismo", opt=True, note="count of one"),
    D("CN", "«Las informaciones sobre una supuesta comisaría china en Chiclayo son completamente falsas.", claimant="Chinese Embassy in Peru", date="2025-10-21"),
    S("PE", "Chiclayo", "«Las informaciones sobre una supuesta comisaría china en Chiclayo son completamente falsas.", claimant="Chinese Embassy in Peru", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 030 (irrelevant)
T = """HUELVA

Interior abre una comisaría en la estación de tren y refuerza la atención a turistas extranjeros

El nuevo puesto de la Policía Nacional, con intérpretes de inglés, francés y chino, atenderá denuncias de viajeros en la terminal de la avenida de Italia

REDACCIÓN · Huelva, 3 de abril de 2025

La estación de ferrocarril de Huelva cuenta desde este jueves con una comisaría propia. El subdelegado del Gobierno y el comisario provincial inauguraron ayer el nuevo puesto de la Policía Nacional, que ocupa dos antiguas taquillas junto al vestíbulo y que funcionará de ocho de la mañana a diez de la noche.

La oficina nace de un acuerdo de colaboración firmado en enero entre el Ministerio del Interior y Adif, el gestor de la infraestructura ferroviaria, y cuenta con seis agentes. Según la Subdelegación, el objetivo es acercar la presentación de denuncias a los viajeros, en especial a los grupos de turistas —muchos de ellos procedentes de China y de Corea— que llegan en tren para embarcar en los cruceros del puerto. Por eso se ha previsto un servicio de interpretación telefónica en chino mandarín.

El comisario recordó que la Comisaría Provincial tramitó el año pasado 102 denuncias de turistas por hurtos en la zona de la estación y del puerto, y que 53 de ellas terminaron con un detenido. «Queremos que quien viene de fuera se sienta tan seguro como en su casa», dijo.

Durante el acto, el subdelegado también se refirió al programa de retorno voluntario que gestiona una ONG para temporeros marroquíes de la campaña de la fresa: este año, 214 trabajadores han regresado a su país con los billetes pagados al terminar la temporada. Nadie, subrayó, ha sido devuelto por la fuerza.

La asociación de comerciantes del centro, que preside un empresario de origen chino con tres bazares en la calle Concepción, celebró la apertura. «Mis clientes chinos siempre preguntan dónde está la policía. Ahora la tienen en la estación», comentó a este diario una empleada.

La nueva comisaría es la tercera de este tipo en Andalucía, tras las de las estaciones de Sevilla-Santa Justa y Málaga-María Zambrano.
"""
DOCS.append(dict(name="030-es-local-comisaria-estacion-huelva.txt", text=T, facts=[]))

# ---------------------------------------------------------------- 031
T = """VERIFICACIÓN

¿Ha abierto China una «comisaría» en Badajoz? No: la foto que circula es de un restaurante

Un mensaje viral asegura que la policía china vigila a sus ciudadanos desde un local de Badajoz. No hay ningún indicio de ello. Sí hubo un caso documentado en Castellón de la Plana, que la Policía investigó en 2024.

Equipo de verificación · 17 de septiembre de 2025

QUÉ SE DICE

Desde el fin de semana circula en X, Facebook y grupos de WhatsApp una imagen de una fachada con caracteres chinos y el texto: «Los chinos ya tienen su propia policía en Badajoz. Vigilan a los suyos y aquí nadie hace nada». Solo en X, la publicación original acumulaba el lunes más de 1,2 millones de visualizaciones.

QUÉ SABEMOS

— Es falso que exista una comisaría china en Badajoz. La fotografía corresponde a un restaurante de comida cantonesa de la avenida de Elvas; su dueño nos ha enseñado la licencia y los caracteres del rótulo significan «Buena fortuna».
— Ni la Delegación del Gobierno en Extremadura ni la Policía Nacional tienen constancia de ninguna oficina de ese tipo en la ciudad, según nos han confirmado ambas.
— No aparece en ninguno de los listados de la ONG Safeguard Defenders, que en diciembre de 2022 contabilizó 102 de estas estaciones en 53 países.

EL CASO QUE SÍ EXISTIÓ

La confusión puede venir de un caso real. En febrero de 2024, una investigación de varios medios reveló que una asociación de Castellón de la Plana actuaba como «punto de contacto» de la Oficina de Seguridad Pública de Beilun, un distrito de la ciudad de Ningbo. Los agentes de la Comisaría General de Información la inspeccionaron ese mismo mes. La Fiscalía archivó las diligencias en octubre al no apreciar indicios de delito, aunque la asociación retiró después su placa.

POR QUÉ SE COMPARTE

El bulo se ha difundido sobre todo desde cuentas que ya habían compartido otros contenidos falsos sobre inmigración. Varias de ellas citaban «fuentes policiales» sin identificar.

CONCLUSIÓN: FALSO. No hay ninguna comisaría china en Badajoz.

Si te llega un mensaje dudoso, puedes enviárnoslo a nuestro servicio de WhatsApp.
"""
DOCS.append(dict(name="031-es-verificacion-bulo-badajoz-castellon.txt", text=T, facts=[
    S("ES", "Badajoz", "— Es falso que exista una comisaría china en Badajoz.", pol="denied", opt=True, note="viral claim debunked in the document's own voice"),
    C("stations", 102, None, "que en diciembre de 2022 contabilizó 102 de estas estaciones en 53 países", claimant="Safeguard Defenders", date="2022-12"),
    C("countries", 53, None, "que en diciembre de 2022 contabilizó 102 de estas estaciones en 53 países", claimant="Safeguard Defenders", date="2022-12"),
    S("ES", "Castellón de la Plana", "una asociación de Castellón de la Plana actuaba como «punto de contacto» de la Oficina de Seguridad Pública de Beilun, un distrito de la ciudad de Ningbo",
      operator="Beilun", operator_alt="Ningbo", claimant="media investigation", date="2024-02", place_alt="Castelló de la Plana"),
    R("ES", "investigation", "Los agentes de la Comisaría General de Información la inspeccionaron ese mismo mes.", place="Castellón de la Plana", date="2024-02"),
    R("ES", "no_wrongdoing_found", "La Fiscalía archivó las diligencias en octubre al no apreciar indicios de delito", place="Castellón de la Plana", date="2024-10"),
    R("ES", "closure", "aunque la asociación retiró después su placa", place="Castellón de la Plana", opt=True, note="stopped by itself"),
]))

# ---------------------------------------------------------------- 032 (hard-wrapped judgment)
T = hwrap("""REPÚBLICA DE COLOMBIA
RAMA JUDICIAL DEL PODER PÚBLICO
JUZGADO SEGUNDO PENAL DEL CIRCUITO CON FUNCIONES DE CONOCIMIENTO DE PEREIRA

Pereira (Risaralda), once (11) de noviembre de dos mil veinticinco (2025)

Radicado: 66001-60-00-058-2024-01873-00
Delito: Constreñimiento ilegal agravado
Asunto: Sentencia de primera instancia

I. ASUNTO

Procede el Despacho a dictar sentencia dentro del proceso adelantado contra el procesado, ciudadano de nacionalidad china, por el delito de constreñimiento ilegal, una vez agotado el juicio oral.

II. HECHOS JURÍDICAMENTE RELEVANTES

1. De acuerdo con la acusación, desde mediados de 2023 el procesado administraba en el barrio Álamos de esta ciudad una oficina que se presentaba ante la colonia china como "centro de atención al compatriota", pero que, según la prueba documental y pericial aportada por la Fiscalía, operaba como puesto de enlace de la Oficina de Seguridad Pública de Zhangqiu, distrito de la ciudad de Jinan, provincia de Shandong.

2. Entre enero y mayo de 2024 el procesado citó en repetidas ocasiones a la víctima, un comerciante chino residente en Pereira, le exhibió una supuesta orden de captura emitida en su país y le advirtió que, si no regresaba voluntariamente, su hermana, residente en Jinan, "perdería el empleo". La víctima viajó a China el 19 de mayo de 2024.

3. Según la misma prueba, al menos tres connacionales residentes en el Eje Cafetero regresaron a China tras ser "atendidos" en dicha oficina durante el periodo investigado.

III. ACTUACIÓN PROCESAL

El procesado fue capturado el 2 de septiembre de 2024 por la Dirección de Investigación Criminal (DIJIN) y la Fiscalía le imputó el delito de constreñimiento ilegal agravado, cargo que no aceptó. La oficina fue clausurada por orden de la Alcaldía el mismo mes.

IV. ALEGATOS DE LA DEFENSA

La defensa sostuvo que el establecimiento era una asociación cultural sin vínculo alguno con autoridades extranjeras y que la víctima regresó a su país por razones familiares.

V. CONSIDERACIONES

Valorada en conjunto la prueba, el Despacho encuentra acreditado, más allá de toda duda razonable, que el procesado, obrando en nombre de una autoridad extranjera, constriñó a la víctima a abandonar el territorio nacional. Los mensajes recuperados de su teléfono móvil desvirtúan la tesis defensiva.

VI. DECISIÓN

En mérito de lo expuesto, el Juzgado Segundo Penal del Circuito de Pereira, administrando justicia en nombre de la República y por autoridad de la ley, RESUELVE: PRIMERO. CONDENAR al procesado a la pena principal de cuarenta y ocho (48) meses de prisión como autor del delito de constreñimiento ilegal agravado. SEGUNDO. Contra esta decisión procede el recurso de apelación.

NOTIFÍQUESE Y CÚMPLASE.

El Juez,
""")
DOCS.append(dict(name="032-es-sentencia-juzgado-pereira.txt", text=T, facts=[
    S("CO", "Pereira", "operaba como puesto de enlace de la Oficina de Seguridad Pública de Zhangqiu, distrito de la ciudad de Jinan, provincia de Shandong",
      operator="Zhangqiu", operator_alt="Jinan", date="2023", claimant="Juzgado Segundo Penal del Circuito de Pereira", note="site: barrio Álamos"),
    I("CO", "persuasion", "le advirtió que, si no regresaba voluntariamente, su hermana, residente en Jinan, \"perdería el empleo\". La víctima viajó a China el 19 de mayo de 2024.",
      place="Pereira", date="2024-05-19"),
    I("CO", "harassment", "si no regresaba voluntariamente, su hermana, residente en Jinan, \"perdería el empleo\"", opt=True,
      note="threat to a relative inside the persuasion case"),
    C("returns", 3, "CO", "al menos tres connacionales residentes en el Eje Cafetero regresaron a China", claimant="Colombian prosecutors"),
    R("CO", "arrest", "El procesado fue capturado el 2 de septiembre de 2024 por la Dirección de Investigación Criminal (DIJIN)", date="2024-09-02",
      note="the conviction in VI (48 months) is the same key"),
    R("CO", "closure", "La oficina fue clausurada por orden de la Alcaldía el mismo mes.", place="Pereira", date="2024-09"),
    D("CO", "La defensa sostuvo que el establecimiento era una asociación cultural sin vínculo alguno con autoridades extranjeras", claimant="defence", opt=True),
]))

# ---------------------------------------------------------------- 033
T = """PREGUNTAS Y RESPUESTAS

Las «oficinas» de la policía china en Puerto Plata y La Romana: lo que se sabe y lo que no

Santo Domingo, 26 de mayo de 2025

La revelación de que dos locales de la comunidad china en el país habrían servido a la policía de la República Popular ha abierto un debate en el Congreso y en las redes. Estas son las claves.

¿Qué se descubrió?

Un informe publicado en abril por una coalición de organizaciones de derechos humanos identifica dos «estaciones de servicio en ultramar» en territorio dominicano. La primera, en Puerto Plata, estaría gestionada por la Oficina de Seguridad Pública de Tumen, una ciudad de la prefectura autónoma coreana de Yanbian, en el nordeste de China. La segunda, en La Romana, dependería de la policía de Yongcheng, en la provincia de Henan, bajo la ciudad de Shangqiu.

¿Cuántas hay en el país?

Según el informe, dos. No se ha documentado ninguna en Santo Domingo ni en Santiago, donde vive la mayor parte de la comunidad china.

¿Qué hacían?

El informe recoge el testimonio de un cocinero que trabajaba en Puerto Plata: en 2024 lo llamaron a la oficina, le hicieron una videollamada con un agente en China y le pidieron que volviera para «aclarar» una denuncia de su antiguo socio. Se negó. Después, dice, su padre fue citado dos veces a la comisaría de su pueblo.

¿Qué ha hecho el Gobierno dominicano?

La Procuraduría General de la República abrió una investigación el 9 de mayo. Hasta ahora no hay detenidos. La oficina de La Romana dejó de funcionar días después de los primeros reportajes, según vecinos de la zona.

¿Tiene el país acuerdos policiales con China?

Sí. Desde el establecimiento de relaciones diplomáticas en 2018, ambos gobiernos firmaron en 2019 un memorando de entendimiento sobre cooperación en seguridad y lucha contra el crimen transnacional. No prevé patrullas conjuntas.

¿Qué dice China?

La embajada en Santo Domingo rechazó las acusaciones «infundadas» y afirmó que los dos centros son iniciativas de asociaciones de residentes que ayudan a renovar documentos.
"""
DOCS.append(dict(name="033-es-preguntas-respuestas-puerto-plata-la-romana.txt", text=T, facts=[
    S("DO", "Puerto Plata", "La primera, en Puerto Plata, estaría gestionada por la Oficina de Seguridad Pública de Tumen, una ciudad de la prefectura autónoma coreana de Yanbian",
      operator="Tumen", operator_alt="Yanbian", claimant="coalition of human rights organisations", date="2025-04"),
    S("DO", "La Romana", "La segunda, en La Romana, dependería de la policía de Yongcheng, en la provincia de Henan, bajo la ciudad de Shangqiu.",
      operator="Yongcheng", operator_alt="Shangqiu", claimant="coalition of human rights organisations"),
    C("stations", 2, "DO", "¿Cuántas hay en el país?\n\nSegún el informe, dos.", claimant="coalition of human rights organisations"),
    I("DO", "persuasion", "en 2024 lo llamaron a la oficina, le hicieron una videollamada con un agente en China y le pidieron que volviera para «aclarar» una denuncia de su antiguo socio. Se negó.",
      place="Puerto Plata", date="2024", claimant="coalition of human rights organisations"),
    I("DO", "harassment", "Después, dice, su padre fue citado dos veces a la comisaría de su pueblo.", opt=True, note="pressure on a relative inside the persuasion case"),
    R("DO", "investigation", "La Procuraduría General de la República abrió una investigación el 9 de mayo.", date="2025-05-09"),
    R("DO", "arrest", "Hasta ahora no hay detenidos.", pol="denied", opt=True),
    R("DO", "closure", "La oficina de La Romana dejó de funcionar días después de los primeros reportajes", place="La Romana", claimant="local residents", opt=True,
      note="stopped by itself after media reports"),
    A("DO", "security_agreement", "ambos gobiernos firmaron en 2019 un memorando de entendimiento sobre cooperación en seguridad y lucha contra el crimen transnacional", date="2019"),
    D("CN", "La embajada en Santo Domingo rechazó las acusaciones «infundadas»", claimant="Chinese Embassy in the Dominican Republic"),
]))
