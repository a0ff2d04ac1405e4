"""check11 part B, Spanish documents 027-033 (Spain, Argentina, Chile, Honduras, Central
America, Colombia). Held-out material: contains the gold."""
from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 027 EFE wire, Spain
T027 = """La Policía investiga una supuesta comisaría china encubierta en Valladolid

Valladolid, 14 mar (EFE).- La Comisaría General de Información de la Policía Nacional investiga una oficina del barrio de La Rondilla, en Valladolid, que según fuentes consultadas por EFE funcionaría como una "comisaría" oficiosa al servicio de las autoridades chinas.

El local, inscrito como asociación cultural y con un cartel que anuncia "trámites y traducciones", dependería de la Oficina de Seguridad Pública de Taixing, una ciudad de la provincia oriental de Jiangsu de la que procede buena parte de los comerciantes chinos de Castilla y León. Agentes de la Policía Nacional entraron en el local el pasado martes con autorización judicial y se llevaron documentación y dos ordenadores, según fuentes de la investigación, que dirige un juzgado central de instrucción de la Audiencia Nacional.

No hay detenidos por el momento.

Las mismas fuentes sitúan una segunda oficina, más pequeña, en Burgos, vinculada a la misma jefatura policial. En total, los investigadores tienen localizados al menos siete puntos de este tipo en España, aunque solo los dos de Castilla y León están bajo investigación judicial.

Un portavoz de la Embajada de China en Madrid negó a EFE que se trate de comisarías y aseguró que los voluntarios de la asociación "solo ayudan a los compatriotas mayores a renovar el carné de conducir a distancia". "No existe ninguna comisaría china en territorio español", añadió.

El Ministerio de Asuntos Exteriores no ha convocado al embajador, según fuentes diplomáticas, aunque sí ha pedido a la legación "información detallada" sobre la asociación. EFE
"""
DOCS.append(("027-es-efe-wire-valladolid-burgos-taixing.txt", T027, [
    S("ES", "Valladolid", "La Comisaría General de Información de la Policía Nacional investiga una oficina del barrio de La Rondilla, en Valladolid, que según fuentes consultadas por EFE funcionaría como una \"comisaría\" oficiosa al servicio de las autoridades chinas.",
      operator="Taixing", operator_alt=["Taizhou"], claimant="sources consulted by EFE",
      note="operator in the next paragraph ('dependería de la Oficina de Seguridad Pública de Taixing'); site: barrio de La Rondilla"),
    R("ES", "investigation", "La Comisaría General de Información de la Policía Nacional investiga una oficina del barrio de La Rondilla, en Valladolid,", place="Valladolid",
      note="also the search with a court order and the Audiencia Nacional case"),
    R("ES", "arrest", "No hay detenidos por el momento.", pol="denied", opt=True),
    S("ES", "Burgos", "Las mismas fuentes sitúan una segunda oficina, más pequeña, en Burgos, vinculada a la misma jefatura policial.",
      operator="Taixing", operator_alt=["Taizhou"], claimant="sources of the investigation"),
    C("stations", 7, "ES", "En total, los investigadores tienen localizados al menos siete puntos de este tipo en España,", claimant="investigators", note="'al menos siete'"),
    C("stations", 2, "ES", "aunque solo los dos de Castilla y León están bajo investigación judicial.", opt=True, note="two under investigation, regional"),
    D("CN", "Un portavoz de la Embajada de China en Madrid negó a EFE que se trate de comisarías y aseguró que los voluntarios de la asociación \"solo ayudan a los compatriotas mayores a renovar el carné de conducir a distancia\".",
      claimant="Chinese embassy in Madrid"),
    S("ES", None, "\"No existe ninguna comisaría china en territorio español\", añadió.", claimant="Chinese embassy in Madrid", pol="denied", opt=True),
    R("ES", "protest", "El Ministerio de Asuntos Exteriores no ha convocado al embajador, según fuentes diplomáticas,", pol="denied", opt=True),
    R("ES", "protest", "aunque sí ha pedido a la legación \"información detallada\" sobre la asociación.", opt=True, note="request for information, short of a summons"),
]))

# ---------------------------------------------------------------- 028 Argentine long news
T028 = """Investigan si una asociación de comerciantes chinos de Rosario funcionaba como oficina de la policía de su país

Un fiscal federal pidió informes a la Policía Federal. Sería una de dos sedes en la Argentina; la otra, en Mar del Plata, estaría vinculada a la flota pesquera.

A media mañana, el local de calle Mendoza al 3400 parece un comercio más de la zona oeste: una vidriera empapelada con avisos en chino, un mostrador de fórmica, un dispenser de agua y una bandera roja enrollada en un rincón. Pero según un informe de una organización europea de derechos humanos al que accedió este diario, allí funciona desde 2021 una "estación de servicio policial en el exterior". La oficina respondería a la Oficina de Seguridad Pública de Rongcheng, una ciudad costera de la provincia de Shandong.

La Fiscalía Federal N° 2 de Rosario abrió a mediados de mayo una investigación preliminar y le encargó a la Policía Federal Argentina que identifique a quienes administran el lugar. Hasta ahora no hay imputados.

La comunidad china de Rosario ronda las cuatro mil personas y vive sobre todo del comercio minorista: casi uno de cada tres autoservicios de barrio tiene dueños chinos. "Acá nadie quiere problemas", dijo a este diario el dueño de un supermercado de barrio Echesortu, que pidió no ser identificado. Contó, sin embargo, que un empleado suyo, al que en China acusaban de una deuda, volvió a su país en marzo después de que "los de la asociación" lo citaran tres veces y de que la policía visitara a su padre en Rongcheng.

El informe sostiene que la misma jefatura abrió un segundo punto en Mar del Plata, donde amarran muchos de los poteros chinos que pescan calamar en el borde de la zona económica exclusiva. Ese local habría cerrado a fines del año pasado.

A escala global, la organización cuenta más de cien oficinas de este tipo -102 según su último recuento- en 53 países.

La Cancillería convocó el jueves al encargado de negocios de la embajada china para pedirle explicaciones. En un comunicado, la embajada calificó las acusaciones de "malintencionadas" y sostuvo que los voluntarios de la asociación "se limitan a ayudar a los compatriotas con trámites como la renovación de la licencia de conducir".

El memorándum de cooperación en materia de seguridad que firmaron en 2019 el Ministerio de Seguridad de la Nación y el Ministerio de Seguridad Pública de China no prevé, según fuentes oficiales, ninguna actividad de policías chinos en el país.

Mientras tanto, en la estación de servicio de la esquina, los playeros ya se acostumbraron a las cámaras de televisión.
"""
DOCS.append(("028-es-ar-long-news-rosario-mar-del-plata-rongcheng.txt", T028, [
    C("stations", 2, "AR", "Sería una de dos sedes en la Argentina; la otra, en Mar del Plata, estaría vinculada a la flota pesquera.", note="'una de dos sedes en la Argentina'"),
    S("AR", "Rosario", "Pero según un informe de una organización europea de derechos humanos al que accedió este diario, allí funciona desde 2021 una \"estación de servicio policial en el exterior\". La oficina respondería a la Oficina de Seguridad Pública de Rongcheng, una ciudad costera de la provincia de Shandong.",
      operator="Rongcheng", operator_alt=["Weihai"], claimant="European human rights organisation", date="2021",
      note="'allí' = the shop on calle Mendoza (a street, not the city of Mendoza); city only in the headline and the next paragraph"),
    R("AR", "investigation", "La Fiscalía Federal N° 2 de Rosario abrió a mediados de mayo una investigación preliminar", place="Rosario"),
    R("AR", "arrest", "Hasta ahora no hay imputados.", pol="denied", opt=True),
    I("persuasion", "AR", "Contó, sin embargo, que un empleado suyo, al que en China acusaban de una deuda, volvió a su país en marzo después de que \"los de la asociación\" lo citaran tres veces y de que la policía visitara a su padre en Rongcheng.",
      place="Rosario", claimant="a supermarket owner"),
    I("forced_return", "AR", "volvió a su país en marzo después de que \"los de la asociación\" lo citaran tres veces", place="Rosario", opt=True, claimant="a supermarket owner"),
    I("harassment", "AR", "y de que la policía visitara a su padre en Rongcheng.", opt=True, claimant="a supermarket owner"),
    S("AR", "Mar del Plata", "El informe sostiene que la misma jefatura abrió un segundo punto en Mar del Plata,",
      operator="Rongcheng", operator_alt=["Weihai"], claimant="European human rights organisation"),
    R("AR", "closure", "Ese local habría cerrado a fines del año pasado.", place="Mar del Plata", opt=True, note="stopped by itself"),
    C("stations", 100, None, "A escala global, la organización cuenta más de cien oficinas de este tipo -102 según su último recuento- en 53 países.", opt=True, claimant="European human rights organisation", note="'más de cien' restating 102"),
    C("stations", 102, None, "A escala global, la organización cuenta más de cien oficinas de este tipo -102 según su último recuento- en 53 países.", claimant="European human rights organisation"),
    C("countries", 53, None, "A escala global, la organización cuenta más de cien oficinas de este tipo -102 según su último recuento- en 53 países.", claimant="European human rights organisation"),
    R("AR", "protest", "La Cancillería convocó el jueves al encargado de negocios de la embajada china para pedirle explicaciones."),
    D("CN", "En un comunicado, la embajada calificó las acusaciones de \"malintencionadas\" y sostuvo que los voluntarios de la asociación \"se limitan a ayudar a los compatriotas con trámites como la renovación de la licencia de conducir\".", claimant="Chinese embassy in Argentina"),
    A("AR", "security_agreement", "El memorándum de cooperación en materia de seguridad que firmaron en 2019 el Ministerio de Seguridad de la Nación y el Ministerio de Seguridad Pública de China", date="2019"),
]))

# ---------------------------------------------------------------- 029 Chilean ministry answer, hard-wrapped
T029 = """MINISTERIO DEL INTERIOR Y SEGURIDAD PÚBLICA
SUBSECRETARÍA DEL INTERIOR

ORD. N° 1187
ANT.: Oficio N° 24.310, de la H. Cámara de Diputadas y Diputados.
MAT.: Responde consulta sobre supuesta oficina policial extranjera en
      Iquique.

SANTIAGO, 9 de agosto de 2024

A  : SEÑOR SECRETARIO GENERAL DE LA CÁMARA DE DIPUTADAS Y DIPUTADOS
DE : SUBSECRETARIO DEL INTERIOR

1. Mediante el oficio del antecedente, una H. Diputada de la Región de
Tarapacá solicita información acerca de un local ubicado en las
inmediaciones de la Zona Franca de Iquique que, según se expone en la
solicitud, opera desde 2022 como oficina de enlace de la Oficina de
Seguridad Pública de Jiangshan, provincia de Zhejiang, República Popular
China, y consulta asimismo si existe un recinto similar en Antofagasta.

2. Sobre el particular, cumplo con informar que la Policía de
Investigaciones de Chile (PDI), por instrucción de la Fiscalía Regional de
Tarapacá, realizó diligencias de verificación en el referido local durante
los meses de mayo y junio del presente año. De acuerdo con lo informado por
la PDI, dichas diligencias no permitieron establecer la existencia de
hechos constitutivos de delito. El local dejó de atender público a
comienzos de julio, sin que mediara orden de autoridad alguna.

3. En cuanto a la ciudad de Antofagasta, no existen antecedentes en poder
de esta Subsecretaría ni de las policías que den cuenta de un recinto de
características similares.

4. Tampoco se han recibido denuncias de ciudadanos chinos residentes en el
país por presiones para regresar a la República Popular China.

5. Finalmente, se hace presente que la citación de representantes
diplomáticos es materia de competencia del Ministerio de Relaciones
Exteriores, el cual, según lo informado a esta Subsecretaría, no ha
convocado a la fecha al Embajador de la República Popular China por este
asunto.

Saluda atentamente a Ud.,

SUBSECRETARIO DEL INTERIOR
"""
DOCS.append(("029-es-cl-ministry-answer-hardwrapped-iquique-jiangshan.txt", T029, [
    S("CL", "Iquique", "solicita información acerca de un local ubicado en las inmediaciones de la Zona Franca de Iquique que, según se expone en la solicitud, opera desde 2022 como oficina de enlace de la Oficina de Seguridad Pública de Jiangshan, provincia de Zhejiang,",
      operator="Jiangshan", operator_alt=["Quzhou"], claimant="a member of the Chamber of Deputies", date="2022",
      note="premise of the deputy's request; site near the Zona Franca"),
    R("CL", "investigation", "la Policía de Investigaciones de Chile (PDI), por instrucción de la Fiscalía Regional de Tarapacá, realizó diligencias de verificación en el referido local durante los meses de mayo y junio del presente año.",
      place="Iquique", date="2024-05"),
    R("CL", "no_wrongdoing_found", "dichas diligencias no permitieron establecer la existencia de hechos constitutivos de delito.", place="Iquique"),
    R("CL", "closure", "El local dejó de atender público a comienzos de julio, sin que mediara orden de autoridad alguna.", place="Iquique", date="2024-07", opt=True,
      note="stopped by itself"),
    S("CL", "Antofagasta", "En cuanto a la ciudad de Antofagasta, no existen antecedentes en poder de esta Subsecretaría ni de las policías que den cuenta de un recinto de características similares.",
      pol="denied", opt=True, claimant="Chilean Undersecretariat of the Interior", note="asked about only in the request"),
    I("persuasion", "CL", "Tampoco se han recibido denuncias de ciudadanos chinos residentes en el país por presiones para regresar a la República Popular China.", pol="denied", opt=True),
    R("CL", "protest", "no ha convocado a la fecha al Embajador de la República Popular China por este asunto.", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 030 PRC MFA transcript (Spanish version)
T030 = """Conferencia de prensa habitual del portavoz del Ministerio de Relaciones Exteriores de China, 17 de octubre de 2024

Agencia EFE: Un diario hondureño publicó este martes que una "estación de servicio" vinculada a la Oficina de Seguridad Pública de Yong'an, en la provincia de Fujian, funciona desde hace dos años en San Pedro Sula, y que la Secretaría de Seguridad de Honduras ha abierto una investigación. ¿Cuál es su comentario?

Portavoz: No tengo conocimiento de la información concreta que usted menciona. Lo que sí puedo decirle es que las llamadas "comisarías en el extranjero" sencillamente no existen. Algunos voluntarios de la comunidad china ayudan a los compatriotas que no pueden viajar a realizar en línea trámites como la renovación del permiso de conducir. Esperamos que las partes pertinentes no exageren el asunto.

AFP: Según la misma publicación, un comerciante de esa ciudad regresó a China en agosto tras recibir llamadas reiteradas desde esa oficina y después de que agentes visitaran a su esposa en Fujian. ¿Puede confirmarlo?

Portavoz: No estoy al tanto de ese caso. Los órganos de seguridad pública de China actúan siempre de conformidad con la ley y respetan la soberanía de otros países.

Prensa Latina: Honduras y China firmaron el año pasado un memorándum de entendimiento sobre cooperación en materia de seguridad pública. ¿Contempla ese documento la presencia de agentes chinos en territorio hondureño?

Portavoz: La cooperación policial entre China y Honduras se lleva a cabo en el marco del derecho internacional y respeta plenamente la soberanía de ambos países. No contempla nada parecido a lo que usted describe.

Bloomberg: Sobre otro tema. ¿Puede informarnos de la visita del ministro de Comercio a Brasil la próxima semana?

Portavoz: Publicaremos la información a su debido tiempo.
"""
DOCS.append(("030-es-mfa-transcript-san-pedro-sula-yongan.txt", T030, [
    S("HN", "San Pedro Sula", "Un diario hondureño publicó este martes que una \"estación de servicio\" vinculada a la Oficina de Seguridad Pública de Yong'an, en la provincia de Fujian, funciona desde hace dos años en San Pedro Sula,",
      operator="Yong'an", operator_alt=["Yongan", "Sanming"], claimant="Honduran newspaper", note="premise of a question"),
    R("HN", "investigation", "y que la Secretaría de Seguridad de Honduras ha abierto una investigación.", claimant="Honduran newspaper", note="premise of a question"),
    D("CN", "Lo que sí puedo decirle es que las llamadas \"comisarías en el extranjero\" sencillamente no existen.", claimant="PRC Ministry of Foreign Affairs",
      note="followed by the driving-licence explanation"),
    I("persuasion", "HN", "Según la misma publicación, un comerciante de esa ciudad regresó a China en agosto tras recibir llamadas reiteradas desde esa oficina y después de que agentes visitaran a su esposa en Fujian.",
      place="San Pedro Sula", claimant="Honduran newspaper", date="2024-08"),
    I("forced_return", "HN", "un comerciante de esa ciudad regresó a China en agosto tras recibir llamadas reiteradas desde esa oficina", place="San Pedro Sula", opt=True, claimant="Honduran newspaper"),
    I("harassment", "HN", "y después de que agentes visitaran a su esposa en Fujian.", opt=True, claimant="Honduran newspaper"),
    A("HN", "security_agreement", "Honduras y China firmaron el año pasado un memorándum de entendimiento sobre cooperación en materia de seguridad pública.", date="2023"),
]))

# ---------------------------------------------------------------- 031 NGO report, table, footnotes
T031 = """3. América Central: la red llega al istmo

Nuestro relevamiento identificó siete oficinas en cinco países de América Central entre 2019 y 2024.(1) Cuatro de ellas pudieron verificarse mediante visitas, registros mercantiles o material publicado por las propias jefaturas chinas; las otras tres -en Tegucigalpa, en Santa Ana (El Salvador) y en León (Nicaragua)- figuran por ahora como casos por confirmar.

Tabla 3. Oficinas verificadas

  País        Ciudad             Jefatura de origen (OSP)         Desde
  Nicaragua   Managua            Zhouning (Ningde, Fujian)        2019
  Panamá      Colón              Xingning (Meizhou, Guangdong)    2020
  Panamá      David              Xingning (Meizhou, Guangdong)    2022(2)
  Belice      Ciudad de Belice   Qionghai (Hainan)                2021

Panamá es el único país con dos oficinas verificadas, ambas de la misma jefatura. En Colón, un comerciante de la Zona Libre que se negaba a volver a China para responder por una acusación de contrabando fue conducido por dos hombres al aeropuerto internacional y embarcado en un vuelo a Cantón en noviembre de 2022.(3) En Managua, la oficina elaboró listas de los trabajadores chinos de un proyecto de vivienda, con sus domicilios y números de pasaporte, que fueron remitidas a Zhouning.

Según el material de la propia jefatura de Zhouning, estas oficinas sirven para "persuadir a los sospechosos de fraude de que regresen y se entreguen". No hemos encontrado, fuera de Colón, un caso documentado de retorno.

Respuesta de las autoridades. En Panamá, el Ministerio Público abrió en marzo de 2024 una investigación de oficio. En Belice, la policía visitó el local y no encontró irregularidades.(4) Nicaragua no ha abierto ninguna investigación, pese a haber firmado con China en 2023 un acuerdo de cooperación policial que incluye la formación de agentes.

-----
(1) Se excluyen México y las islas del Caribe.
(2) La oficina de David dejó de operar en 2023, tras una visita de la policía panameña.
(3) Testimonio de dos familiares, contrastado con registros de vuelo.
(4) Respuesta escrita de la Policía de Belice a este observatorio, 3 de junio de 2024.
"""
DOCS.append(("031-es-ngo-report-table-managua-colon-david-belize-zhouning-xingning.txt", T031, [
    C("stations", 7, None, "Nuestro relevamiento identificó siete oficinas en cinco países de América Central entre 2019 y 2024.", opt=True, claimant="NGO report", note="regional count over several countries"),
    C("countries", 5, None, "Nuestro relevamiento identificó siete oficinas en cinco países de América Central entre 2019 y 2024.", opt=True, claimant="NGO report", note="regional"),
    C("stations", 4, None, "Cuatro de ellas pudieron verificarse mediante visitas,", opt=True, claimant="NGO report", note="regional, verified subset"),
    S("HN", "Tegucigalpa", "las otras tres -en Tegucigalpa, en Santa Ana (El Salvador) y en León (Nicaragua)- figuran por ahora como casos por confirmar.", opt=True, claimant="NGO report", note="unconfirmed"),
    S("SV", "Santa Ana", "las otras tres -en Tegucigalpa, en Santa Ana (El Salvador) y en León (Nicaragua)- figuran por ahora como casos por confirmar.", opt=True, claimant="NGO report", note="unconfirmed"),
    S("NI", "León", "las otras tres -en Tegucigalpa, en Santa Ana (El Salvador) y en León (Nicaragua)- figuran por ahora como casos por confirmar.", opt=True, claimant="NGO report", note="unconfirmed"),
    S("NI", "Managua", "Nicaragua   Managua            Zhouning (Ningde, Fujian)        2019", operator="Zhouning", operator_alt=["Ningde"], claimant="NGO report", date="2019"),
    S("PA", "Colón", "Panamá      Colón              Xingning (Meizhou, Guangdong)    2020", operator="Xingning", operator_alt=["Meizhou"], claimant="NGO report", date="2020"),
    S("PA", "David", "Panamá      David              Xingning (Meizhou, Guangdong)    2022(2)", operator="Xingning", operator_alt=["Meizhou"], claimant="NGO report", date="2022"),
    S("BZ", "Belize City", "Belice      Ciudad de Belice   Qionghai (Hainan)                2021", operator="Qionghai", claimant="NGO report", date="2021", place_alt=["Belize"]),
    C("stations", 2, "PA", "Panamá es el único país con dos oficinas verificadas, ambas de la misma jefatura.", claimant="NGO report"),
    I("forced_return", "PA", "En Colón, un comerciante de la Zona Libre que se negaba a volver a China para responder por una acusación de contrabando fue conducido por dos hombres al aeropuerto internacional y embarcado en un vuelo a Cantón en noviembre de 2022.",
      place="Colón", claimant="NGO report", date="2022-11"),
    I("surveillance", "NI", "En Managua, la oficina elaboró listas de los trabajadores chinos de un proyecto de vivienda, con sus domicilios y números de pasaporte, que fueron remitidas a Zhouning.", place="Managua", claimant="NGO report"),
    I("persuasion", "NI", "Según el material de la propia jefatura de Zhouning, estas oficinas sirven para \"persuadir a los sospechosos de fraude de que regresen y se entreguen\".", opt=True, claimant="Zhouning Public Security Bureau", note="general statement of purpose"),
    R("PA", "investigation", "En Panamá, el Ministerio Público abrió en marzo de 2024 una investigación de oficio.", date="2024-03"),
    R("BZ", "investigation", "En Belice, la policía visitó el local y no encontró irregularidades.", opt=True, note="a visit"),
    R("BZ", "no_wrongdoing_found", "En Belice, la policía visitó el local y no encontró irregularidades.", claimant="Belize Police Department"),
    R("NI", "investigation", "Nicaragua no ha abierto ninguna investigación,", pol="denied"),
    A("NI", "security_agreement", "pese a haber firmado con China en 2023 un acuerdo de cooperación policial que incluye la formación de agentes.", date="2023"),
    R("PA", "closure", "(2) La oficina de David dejó de operar en 2023, tras una visita de la policía panameña.", place="David", opt=True, note="stopped after a police visit, no order"),
]))

# ---------------------------------------------------------------- 032 IRRELEVANT Colombian local news
T032 = """Turista china recupera su pasaporte gracias a patrulleros de Chapinero

Una turista china que había denunciado el robo de su bolso en una estación de TransMilenio de la avenida Caracas recuperó el miércoles su pasaporte y su celular, informó la Policía Metropolitana de Bogotá.

Los objetos fueron hallados por uniformados de la Estación de Policía de Chapinero en un local de compraventa de teléfonos de la calle 57. Dos hombres fueron capturados en flagrancia y quedaron a disposición de la Fiscalía por el delito de receptación.

La mujer, de 34 años, hace parte de un grupo de 22 viajeros que recorre el país durante dos semanas. La Embajada de China agradeció en un mensaje "la rápida respuesta de las autoridades colombianas" y recordó a sus ciudadanos que deben llevar una copia del pasaporte.

En lo que va del año, Migración Colombia ha expulsado a 41 ciudadanos chinos por irregularidades en su permanencia; la semana pasada devolvió a otros tres a su país por trabajar sin permiso como guías turísticos.

La Alcaldía firmó en abril un memorando de entendimiento con la ciudad de Chengdu para promover el turismo y el intercambio de estudiantes, y prevé instalar señalización en mandarín en las estaciones de mayor afluencia.
"""
DOCS.append(("032-es-co-local-news-transmilenio-tourist-irrelevant.txt", T032, []))

# ---------------------------------------------------------------- 033 IRRELEVANT Spanish local news
T033 = """Usera estrena una oficina de atención en chino dentro de la comisaría

La Policía Nacional abrió el lunes en la comisaría de distrito de Usera una oficina de atención al ciudadano en la que dos agentes y una intérprete atienden en mandarín. El objetivo, explicó el comisario jefe, es que los vecinos chinos del barrio, la mayor comunidad china de Madrid, se animen a denunciar estafas telefónicas y robos en comercios.

En 2023 la comisaría tramitó 312 denuncias de ciudadanos chinos. La oficina orientará también sobre el canje del permiso de conducir chino por el español.

Al acto asistieron un consejero de la Embajada de China y la presidenta de una asociación de comerciantes, que firmó con la Jefatura Superior un convenio para traducir folletos de prevención.
"""
DOCS.append(("033-es-local-news-usera-police-mandarin-desk-irrelevant.txt", T033, []))
