from h import S, C, R, I, A, D

DOCS = []

DOCS.append(dict(name="027-es-teletipo-almeria-roquetas-ninghua.txt", text="""
La Policía investiga una supuesta "comisaría" china en Almería

Almería, 14 mar (EFE).- La Policía Nacional investiga la actividad de un local del barrio de Los Ángeles, en Almería, que según una organización de derechos humanos con sede en Madrid funcionaría como "comisaría" encubierta de la policía china, informaron a EFE fuentes de la investigación.

Las pesquisas, que dirige la Comisaría General de Información, se abrieron a principios de febrero tras la denuncia de un vecino de origen chino. Según la organización, el local dependería de la oficina de seguridad pública del condado de Ninghua, en la provincia de Fujian, de donde procede buena parte de los comerciantes chinos asentados en el Poniente almeriense.

El informe sostiene que un segundo punto, abierto en 2021 en Roquetas de Mar, respondería a la misma jefatura, aunque fuentes policiales precisaron que ese espacio "lleva meses cerrado".

Entre los casos recogidos figura el de un trabajador de un invernadero de El Ejido, de 29 años, que regresó a China el pasado otoño después de que agentes visitaran en dos ocasiones a sus padres y le advirtieran por teléfono de que su hermana podría perder su empleo público.

Hasta el momento no se ha producido ninguna detención. El local, situado a unos metros de la estación intermodal, permanecía ayer con la persiana bajada.

La embajada china en Madrid negó en un comunicado la existencia de "comisarías" y aseguró que se trata de puntos atendidos por voluntarios que "solo ayudan a renovar el permiso de conducir" a ciudadanos chinos que no pueden viajar.

Organizaciones como Safeguard Defenders han documentado más de un centenar de estas oficinas en medio mundo. EFE
""", facts=[
    S("ES", "Almería", "un local del barrio de Los Ángeles, en Almería, que según una organización de derechos humanos con sede en Madrid funcionaría como \"comisaría\" encubierta de la policía china", operator="Ninghua", operator_alt=["Sanming"], claimant="human rights organisation (Madrid)", note="operator in the next paragraph ('el local dependería de ... Ninghua'); site: barrio de Los Ángeles"),
    R("ES", "investigation", "La Policía Nacional investiga la actividad de un local del barrio de Los Ángeles, en Almería", place="Almería"),
    S("ES", "Roquetas de Mar", "El informe sostiene que un segundo punto, abierto en 2021 en Roquetas de Mar, respondería a la misma jefatura", operator="Ninghua", operator_alt=["Sanming"], date="2021", claimant="human rights organisation (Madrid)", note="'la misma jefatura' = Ninghua"),
    R("ES", "closure", "aunque fuentes policiales precisaron que ese espacio \"lleva meses cerrado\"", place="Roquetas de Mar", opt=True, note="closed, no order stated"),
    I("ES", "persuasion", "un trabajador de un invernadero de El Ejido, de 29 años, que regresó a China el pasado otoño después de que agentes visitaran en dos ocasiones a sus padres", place="El Ejido", claimant="human rights organisation (Madrid)"),
    I("ES", "forced_return", "un trabajador de un invernadero de El Ejido, de 29 años, que regresó a China el pasado otoño", place="El Ejido", opt=True, note="returned after pressure"),
    I("ES", "harassment", "le advirtieran por teléfono de que su hermana podría perder su empleo público", opt=True, note="pressure on relatives beside a persuasion"),
    R("ES", "arrest", "Hasta el momento no se ha producido ninguna detención.", pol="denied", opt=True),
    D("CN", "La embajada china en Madrid negó en un comunicado la existencia de \"comisarías\" y aseguró que se trata de puntos atendidos por voluntarios que \"solo ayudan a renovar el permiso de conducir\"", claimant="Chinese embassy in Madrid"),
    C("stations", 100, None, "Organizaciones como Safeguard Defenders han documentado más de un centenar de estas oficinas en medio mundo.", claimant="Safeguard Defenders", opt=True, note="'más de un centenar'"),
]))

DOCS.append(dict(name="028-es-transcripcion-portavoz-malabo-bata-mingxi.txt", text="""
Conferencia de prensa habitual del portavoz del Ministerio de Relaciones Exteriores de China, 9 de mayo de 2024

EFE: Un informe publicado ayer por una organización no gubernamental afirma que la oficina de seguridad pública del condado de Mingxi, en la provincia de Fujian, gestiona dos "centros de servicio" en Guinea Ecuatorial, uno en Malabo y otro en Bata, y que el Ministerio de Seguridad Nacional ecuatoguineano ha abierto una investigación. ¿Cuál es su comentario?

Portavoz: He tomado nota del informe. Lo que puedo decirle es que las llamadas "comisarías en el extranjero" simplemente no existen. Algunas asociaciones de chinos de ultramar ofrecen, de manera voluntaria, ayuda a compatriotas que necesitan renovar documentos como el carné de conducir, porque durante la pandemia no podían volver al país. Eso no tiene nada que ver con la policía. Instamos a las partes pertinentes a no politizar este asunto.

EFE: ¿Ha recibido la embajada china en Malabo alguna nota de protesta?

Portavoz: No tengo información al respecto. China y Guinea Ecuatorial son buenos amigos y socios. El año pasado, los ministerios del Interior de ambos países firmaron un memorando de entendimiento sobre cooperación en seguridad pública, que incluye la formación de agentes y la lucha contra la delincuencia transnacional. Esa cooperación es transparente y conforme al derecho internacional.

Xinhua: El mes que viene despegará una nueva misión tripulada hacia la estación espacial china. ¿Podría ofrecer más detalles sobre la participación de astronautas extranjeros?

Portavoz: Le remito a la agencia competente, que publicará la información a su debido tiempo.

Reuters: Según la televisión estatal ecuatoguineana, los investigadores no han encontrado pruebas de actividad ilegal en el local de Bata. ¿Lo interpreta como una confirmación de la postura china?

Portavoz: Como he dicho, esas acusaciones carecen de todo fundamento. Esperamos que los medios informen de forma objetiva.
""", facts=[
    S("GQ", "Malabo", "la oficina de seguridad pública del condado de Mingxi, en la provincia de Fujian, gestiona dos \"centros de servicio\" en Guinea Ecuatorial, uno en Malabo y otro en Bata", operator="Mingxi", operator_alt=["Sanming"], claimant="non-governmental organisation", date="2024", note="premise of a question"),
    S("GQ", "Bata", "la oficina de seguridad pública del condado de Mingxi, en la provincia de Fujian, gestiona dos \"centros de servicio\" en Guinea Ecuatorial, uno en Malabo y otro en Bata", operator="Mingxi", operator_alt=["Sanming"], claimant="non-governmental organisation", note="premise of a question"),
    C("stations", 2, "GQ", "gestiona dos \"centros de servicio\" en Guinea Ecuatorial", claimant="non-governmental organisation"),
    R("GQ", "investigation", "el Ministerio de Seguridad Nacional ecuatoguineano ha abierto una investigación", claimant="non-governmental organisation", note="premise of a question"),
    D("CN", "Lo que puedo decirle es que las llamadas \"comisarías en el extranjero\" simplemente no existen.", claimant="PRC Ministry of Foreign Affairs", date="2024-05-09"),
    S("GQ", None, "Lo que puedo decirle es que las llamadas \"comisarías en el extranjero\" simplemente no existen.", claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True, note="country-wide denial in answer to the GQ question"),
    A("GQ", "security_agreement", "El año pasado, los ministerios del Interior de ambos países firmaron un memorando de entendimiento sobre cooperación en seguridad pública", claimant="PRC Ministry of Foreign Affairs", date="2023"),
    R("GQ", "no_wrongdoing_found", "Según la televisión estatal ecuatoguineana, los investigadores no han encontrado pruebas de actividad ilegal en el local de Bata.", place="Bata", claimant="Equatorial Guinea state television", note="premise of a question"),
]))

DOCS.append(dict(name="029-es-informe-ong-tabla-maracaibo-trujillo-manta.txt", text="""
3. América Latina: nuevos hallazgos

Durante 2023, nuestro equipo identificó tres locales que no figuraban en informes anteriores. En los tres casos, la propia jefatura de policía china anunció su apertura en cuentas oficiales de redes sociales(1). Con ellos, el total de locales documentados en la región asciende a once, repartidos en siete países.

Tabla 4. Locales identificados en América Latina en 2023

País        Ciudad       Jefatura responsable       Apertura
----------  -----------  -------------------------  --------
Venezuela   Maracaibo    Sheyang (Jiangsu)          2018
Perú        Trujillo     Wuhua (Guangdong)          2020
Ecuador     Manta        Wuchuan (Guangdong)        2021(2)

Las publicaciones oficiales describen estos locales como "estaciones de servicio" para trámites a distancia, como la renovación de licencias o de certificados de antecedentes. Sin embargo, la misma cuenta de la jefatura de Wuhua afirmaba en 2022 haber "persuadido de regresar" a 14 sospechosos residentes en el extranjero.

Caso documentado. En marzo de 2023, un comerciante de Trujillo que había participado en una protesta frente al consulado chino fue fotografiado por dos hombres que no se identificaron. Dos semanas después, agentes de Wuhua mostraron las imágenes a su hermano y le pidieron que el comerciante "dejara de causar problemas".

Respuestas de los Estados. La Fiscalía ecuatoriana abrió una investigación previa en agosto de 2023(3). En Perú, la policía visitó el local y no halló irregularidades. Venezuela no ha abierto ninguna investigación, y su cancillería calificó nuestro informe de "injerencia".

Notas
(1) Capturas archivadas por el equipo de investigación.
(2) Según vecinos consultados, el local de Manta habría cerrado a finales de 2023.
(3) Expediente de la Fiscalía Provincial de Manabí.
""", facts=[
    C("stations", 3, None, "Durante 2023, nuestro equipo identificó tres locales que no figuraban en informes anteriores.", opt=True, note="regional (three countries)"),
    C("stations", 11, None, "el total de locales documentados en la región asciende a once, repartidos en siete países", opt=True, note="regional"),
    C("countries", 7, None, "el total de locales documentados en la región asciende a once, repartidos en siete países", opt=True, note="regional"),
    S("VE", "Maracaibo", "Venezuela   Maracaibo    Sheyang (Jiangsu)          2018", operator="Sheyang", operator_alt=["Yancheng"], date="2018", note="table row"),
    S("PE", "Trujillo", "Perú        Trujillo     Wuhua (Guangdong)          2020", operator="Wuhua", operator_alt=["Meizhou"], date="2020", note="table row"),
    S("EC", "Manta", "Ecuador     Manta        Wuchuan (Guangdong)        2021(2)", operator="Wuchuan", operator_alt=["Zhanjiang"], date="2021", note="table row"),
    C("returns", 14, None, "la misma cuenta de la jefatura de Wuhua afirmaba en 2022 haber \"persuadido de regresar\" a 14 sospechosos residentes en el extranjero", claimant="Wuhua public security bureau", date="2022"),
    I("PE", "surveillance", "un comerciante de Trujillo que había participado en una protesta frente al consulado chino fue fotografiado por dos hombres que no se identificaron", place="Trujillo", date="2023-03"),
    I("PE", "harassment", "agentes de Wuhua mostraron las imágenes a su hermano y le pidieron que el comerciante \"dejara de causar problemas\"", place="Trujillo", opt=True, note="pressure on a relative beside the surveillance"),
    R("EC", "investigation", "La Fiscalía ecuatoriana abrió una investigación previa en agosto de 2023(3).", date="2023-08"),
    R("PE", "no_wrongdoing_found", "En Perú, la policía visitó el local y no halló irregularidades.", place="Trujillo"),
    R("VE", "investigation", "Venezuela no ha abierto ninguna investigación", pol="denied"),
    D("VE", "su cancillería calificó nuestro informe de \"injerencia\"", claimant="Venezuelan foreign ministry", opt=True, note="rejection, not an explicit denial"),
    R("EC", "closure", "(2) Según vecinos consultados, el local de Manta habría cerrado a finales de 2023.", place="Manta", date="2023", opt=True, note="closed by itself, per neighbours"),
]))

DOCS.append(dict(name="030-es-mx-nota-local-mexicali-tijuana-jingjiang.txt", text="""
Investigan presunta oficina de policía china en La Chinesca

Por la Redacción | Mexicali, B.C.

La Fiscalía General de la República (FGR) abrió una carpeta de investigación por la presunta operación de una oficina vinculada a la policía china en un local del centro de Mexicali, en el barrio conocido como La Chinesca, confirmó a este medio un funcionario federal que pidió no ser identificado.

De acuerdo con la denuncia, presentada en septiembre por una organización de derechos humanos, el sitio, que se anuncia como "centro de atención a paisanos", sería operado por la oficina de seguridad pública de Jingjiang, ciudad de la provincia de Jiangsu. El mismo documento señala un segundo punto en Tijuana, ligado también a esa jefatura. Son, en total, dos oficinas en México, según la organización.

Una estudiante de la UABC originaria de Jiangsu relató que, luego de publicar mensajes críticos en redes sociales, dos agentes visitaron a su abuela y le pidieron que la joven "se portara bien". "Me da miedo hasta hablar por teléfono con mi familia", dijo.

La Secretaría de Relaciones Exteriores (SRE) citó el martes al encargado de negocios de la embajada de China para pedirle explicaciones.

Elementos de la Guardia Nacional realizaron el jueves una inspección en el local de Tijuana sin encontrar indicios de delito, informó la corporación en un comunicado.

Por su parte, la Asociación China de Baja California rechazó las acusaciones y sostuvo que en el local, a dos cuadras de la estación de bomberos, "solo se ayuda a los mayores a llenar los trámites del consulado".

La comunidad de origen chino en la capital del estado ronda las 5 mil personas, muchas de ellas descendientes de trabajadores que llegaron a principios del siglo XX.
""", facts=[
    S("MX", "Mexicali", "una oficina vinculada a la policía china en un local del centro de Mexicali, en el barrio conocido como La Chinesca", operator="Jingjiang", operator_alt=["Taizhou"], claimant="human rights organisation", note="operator in the next paragraph ('el sitio ... sería operado por ... Jingjiang'); site: La Chinesca"),
    R("MX", "investigation", "La Fiscalía General de la República (FGR) abrió una carpeta de investigación por la presunta operación de una oficina vinculada a la policía china", place="Mexicali"),
    S("MX", "Tijuana", "El mismo documento señala un segundo punto en Tijuana, ligado también a esa jefatura.", operator="Jingjiang", operator_alt=["Taizhou"], claimant="human rights organisation"),
    C("stations", 2, "MX", "Son, en total, dos oficinas en México, según la organización.", claimant="human rights organisation"),
    I("MX", "harassment", "Una estudiante de la UABC originaria de Jiangsu relató que, luego de publicar mensajes críticos en redes sociales, dos agentes visitaron a su abuela y le pidieron que la joven \"se portara bien\".", place="Mexicali", note="the only incident told"),
    R("MX", "protest", "La Secretaría de Relaciones Exteriores (SRE) citó el martes al encargado de negocios de la embajada de China para pedirle explicaciones."),
    R("MX", "no_wrongdoing_found", "Elementos de la Guardia Nacional realizaron el jueves una inspección en el local de Tijuana sin encontrar indicios de delito", place="Tijuana"),
    D("MX", "la Asociación China de Baja California rechazó las acusaciones y sostuvo que en el local, a dos cuadras de la estación de bomberos, \"solo se ayuda a los mayores a llenar los trámites del consulado\"", claimant="Asociación China de Baja California", opt=True, note="host-country association"),
]))

DOCS.append(dict(name="031-es-reportaje-largo-pamplona-logrono-zhaoan.txt", text="""
La larga mano de Pekín, en un bajo de la Rochapea

Un local con un rótulo bilingüe en Pamplona, un cocinero que no quiso volver y una fiscalía que no encontró delito: así se vivió en Navarra la polémica de las "comisarías" chinas.

Por la mañana, el bajo de la calle Joaquín Beunza, en el barrio pamplonés de la Rochapea, parece una gestoría más: un rótulo en chino y en castellano que ofrece "servicios a la comunidad", unas sillas de plástico, el calendario de una agencia de viajes. Según un informe de la ONG Safeguard Defenders publicado en diciembre de 2022, allí funcionaba una de las llamadas comisarías chinas en el extranjero. La organización la atribuía a la oficina de seguridad pública de Zhao'an, un condado costero del sur de Fujian del que procede buena parte de la colonia china de Navarra.

El informe tuvo un eco enorme. La ONG contabilizó 102 de estas estaciones en 53 países; en España situaba ocho, más que en ningún otro país europeo salvo Italia. Más de un centenar de oficinas, decían los titulares, y durante semanas se habló de poco más.

El mismo documento menciona un segundo local en el norte, en Logroño, dependiente también de la jefatura de Zhao'an. Ese, según los vecinos, cerró sus puertas a comienzos de 2023 sin que mediara orden alguna.

La Fiscalía Superior de Navarra abrió diligencias de investigación en enero de 2023 y las archivó seis meses después al no apreciar indicios de delito. "Se comprobó la actividad del local y no había nada penalmente reprochable", resume una fuente judicial.

La ONG sostiene que estas oficinas sirven para vigilar a la diáspora y para presionar a quienes Pekín quiere de vuelta. En Pamplona, al menos un caso encaja en esa descripción. Un cocinero de 24 años recibió en 2022 varias llamadas de un hombre que se identificó como policía de Zhao'an y que le instó a regresar para "aclarar" una deuda. No volvió. "Me dijeron que mis padres tendrían problemas", cuenta en una cafetería junto a la estación de autobuses.

Otros países fueron más allá. Países Bajos e Irlanda ordenaron cerrar las oficinas detectadas en su territorio, y Canadá abrió una investigación federal. En España, el Ministerio del Interior no ha convocado al embajador chino.

La embajada de China en Madrid, consultada por este diario, remitió a un comunicado en el que calificaba las informaciones de "completamente falsas" y describía los locales como centros atendidos por voluntarios para ayudar con trámites como la renovación del carné de conducir.

En la comisaría de la Policía Foral, a pocas calles, nadie recuerda una sola denuncia relacionada con el local.
""", facts=[
    S("ES", "Pamplona", "el bajo de la calle Joaquín Beunza, en el barrio pamplonés de la Rochapea, parece una gestoría más: un rótulo en chino y en castellano que ofrece \"servicios a la comunidad\", unas sillas de plástico, el calendario de una agencia de viajes. Según un informe de la ONG Safeguard Defenders publicado en diciembre de 2022, allí funcionaba una de las llamadas comisarías chinas en el extranjero.", operator="Zhao'an", operator_alt=["Zhaoan", "Zhangzhou"], claimant="Safeguard Defenders", note="'allí' = the premises in the previous sentence, place only as the adjective 'pamplonés' there (and in the subtitle); operator in the next sentence; site: calle Joaquín Beunza, Rochapea"),
    C("stations", 102, None, "La ONG contabilizó 102 de estas estaciones en 53 países", claimant="Safeguard Defenders"),
    C("countries", 53, None, "La ONG contabilizó 102 de estas estaciones en 53 países", claimant="Safeguard Defenders"),
    C("stations", 8, "ES", "en España situaba ocho, más que en ningún otro país europeo salvo Italia", claimant="Safeguard Defenders"),
    C("stations", 100, None, "Más de un centenar de oficinas, decían los titulares", opt=True, note="restates 102"),
    S("ES", "Logroño", "El mismo documento menciona un segundo local en el norte, en Logroño, dependiente también de la jefatura de Zhao'an.", operator="Zhao'an", operator_alt=["Zhaoan", "Zhangzhou"], claimant="Safeguard Defenders"),
    R("ES", "closure", "Ese, según los vecinos, cerró sus puertas a comienzos de 2023 sin que mediara orden alguna.", place="Logroño", date="2023", opt=True, note="stopped by itself"),
    R("ES", "investigation", "La Fiscalía Superior de Navarra abrió diligencias de investigación en enero de 2023", place="Pamplona", date="2023-01"),
    R("ES", "no_wrongdoing_found", "las archivó seis meses después al no apreciar indicios de delito", place="Pamplona"),
    I("ES", "persuasion", "Un cocinero de 24 años recibió en 2022 varias llamadas de un hombre que se identificó como policía de Zhao'an y que le instó a regresar para \"aclarar\" una deuda.", place="Pamplona", date="2022", note="he stayed"),
    I("ES", "harassment", "\"Me dijeron que mis padres tendrían problemas\"", place="Pamplona", opt=True, note="threat to relatives beside the persuasion"),
    S("NL", None, "Países Bajos e Irlanda ordenaron cerrar las oficinas detectadas en su territorio"),
    S("IE", None, "Países Bajos e Irlanda ordenaron cerrar las oficinas detectadas en su territorio"),
    R("NL", "closure", "Países Bajos e Irlanda ordenaron cerrar las oficinas detectadas en su territorio"),
    R("IE", "closure", "Países Bajos e Irlanda ordenaron cerrar las oficinas detectadas en su territorio"),
    R("CA", "investigation", "Canadá abrió una investigación federal"),
    S("CA", None, "Canadá abrió una investigación federal", opt=True, note="country said only to have investigated"),
    R("ES", "protest", "En España, el Ministerio del Interior no ha convocado al embajador chino.", pol="denied", opt=True, note="no summons"),
    D("CN", "remitió a un comunicado en el que calificaba las informaciones de \"completamente falsas\" y describía los locales como centros atendidos por voluntarios", claimant="Chinese embassy in Madrid"),
]))

from h import wrap

DOCS.append(dict(name="032-es-respuesta-congreso-pdf-salamanca-changshan.txt", text=wrap("""
BOLETÍN OFICIAL DE LAS CORTES GENERALES. CONGRESO DE LOS DIPUTADOS. Serie D. Núm. 318. Pág. 214

184/023871

AUTOR: Diputado del Grupo Parlamentario Mixto.

Respuesta:

En relación con la pregunta formulada por Su Señoría, en la que se indica que, según diversos medios de comunicación, en la ciudad de Salamanca funcionaría desde 2020 una oficina vinculada a la Oficina de Seguridad Pública del condado de Changshan, en la provincia de Zhejiang, presentada como centro de asistencia a residentes chinos, se informa de lo siguiente.

Las Fuerzas y Cuerpos de Seguridad del Estado, en el ámbito de sus competencias, han realizado las comprobaciones oportunas sobre el establecimiento al que se refiere la pregunta, sin que se haya constatado la comisión de ilícito penal alguno.

Las actuaciones practicadas permitieron establecer que el establecimiento desarrollaba actividades de asesoramiento administrativo a ciudadanos chinos residentes en la provincia, y que cesó en dicha actividad en el mes de marzo de 2023.

Asimismo, no consta la existencia de establecimientos de similares características en otras localidades de la Comunidad Autónoma de Castilla y León.

Por lo que respecta a la última cuestión planteada, el Gobierno ha trasladado a la Embajada de la República Popular China su preocupación por estas informaciones, si bien no se ha considerado necesaria la convocatoria del Embajador.

Madrid, 12 de junio de 2023. El Secretario de Estado de Relaciones con las Cortes y Asuntos Constitucionales.
""", 76), facts=[
    S("ES", "Salamanca", "según diversos medios de comunicación, en la ciudad de Salamanca funcionaría desde 2020 una oficina vinculada a la Oficina de Seguridad Pública del condado de Changshan", operator="Changshan", operator_alt=["Quzhou"], date="2020", claimant="media (cited in the deputy's question)", note="premise of the question"),
    R("ES", "investigation", "Las Fuerzas y Cuerpos de Seguridad del Estado, en el ámbito de sus competencias, han realizado las comprobaciones oportunas sobre el establecimiento al que se refiere la pregunta", place="Salamanca", claimant="Spanish government", opt=True, note="checks"),
    R("ES", "no_wrongdoing_found", "han realizado las comprobaciones oportunas sobre el establecimiento al que se refiere la pregunta, sin que se haya constatado la comisión de ilícito penal alguno", place="Salamanca", claimant="Spanish government"),
    R("ES", "closure", "y que cesó en dicha actividad en el mes de marzo de 2023", place="Salamanca", date="2023-03", claimant="Spanish government", opt=True, note="ceased by itself"),
    R("ES", "protest", "el Gobierno ha trasladado a la Embajada de la República Popular China su preocupación por estas informaciones", claimant="Spanish government", opt=True, note="concern short of a summons"),
    R("ES", "protest", "no se ha considerado necesaria la convocatoria del Embajador", claimant="Spanish government", pol="denied", opt=True, note="no summons"),
]))

DOCS.append(dict(name="033-es-ar-noticia-neuquen-estacion-espacio-lejano.txt", text="""
Diputados recorrieron la estación de espacio lejano de Bajada del Agrio

NEUQUÉN (Corresponsalía).- Una comitiva de ocho diputados nacionales recorrió ayer la estación de seguimiento satelital que opera una empresa estatal china en el paraje Quintuco, a unos 200 kilómetros de la capital provincial, en el marco del pedido de informes aprobado en agosto por la Cámara baja.

Los legisladores fueron recibidos por técnicos de la Comisión Nacional de Actividades Espaciales (CONAE) y por el responsable chino de la base, que les mostró la antena de 35 metros y la sala de control. El acuerdo de cooperación firmado entre la CONAE y su contraparte china establece que la estación se dedica exclusivamente a fines civiles, como el seguimiento de misiones lunares.

"Venimos a ver con nuestros propios ojos; no encontramos nada que contradiga lo que dice el convenio, pero pedimos más acceso", dijo una diputada de la oposición al salir.

Efectivos de la Gendarmería Nacional y de la Policía del Neuquén custodiaron el acceso, y una patrulla de la comisaría de Bajada del Agrio acompañó a la caravana por la ruta provincial 7.

En la base trabajan una treintena de técnicos chinos, que rotan cada seis meses. Según la empresa, en 2022 fueron repatriados a China dos de ellos por razones de salud.

La embajada china en Buenos Aires calificó la visita de "positiva" y recordó que la cooperación espacial bilateral cumple 20 años.
""", facts=[]))
