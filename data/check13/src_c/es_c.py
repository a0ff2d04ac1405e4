"""check13 part C, Spanish documents 027-033. Held-out material: contains the gold."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "027-es-teletipo-elche-torrevieja-shunde.txt", "text": """
Investigan si un local de Elche servía de oficina encubierta de la policía china

Elche (Alicante), 14 mar (EFE).- La Policía Nacional investiga si un local del barrio de Carrús, en Elche, funcionaba como una oficina encubierta de la policía china dedicada a vigilar y presionar a ciudadanos de ese país residentes en la provincia, según han confirmado a EFE fuentes de la investigación.

El establecimiento, registrado como asociación cultural y de ayuda al pequeño empresario, abrió sus puertas en 2021 a pocos metros de la estación de autobuses. Los investigadores sostienen que en realidad actuaba a las órdenes de la sucursal del distrito de Shunde de la Oficina de Seguridad Pública de Foshan, en la provincia de Cantón, de donde procede buena parte de los comerciantes chinos del sector del calzado ilicitano.

Según las mismas fuentes, la red contaría con un segundo punto de contacto en Torrevieja, en una gestoría cercana al puerto, aunque los agentes todavía no han podido acreditar que dependa de la misma jefatura.

Entre los casos que figuran en las diligencias está el de un operario de una fábrica de suelas, de 29 años, que regresó a China el pasado otoño después de ser citado varias veces en el local y de saber que agentes de su ciudad natal habían visitado a sus padres. “Le dijeron que, si no volvía, la familia tendría problemas”, relató a EFE un compañero de trabajo.

Hasta el momento no se han practicado detenciones y la Comisaría Provincial de Alicante declinó hacer comentarios.

La Embajada de China en Madrid rechazó “rotundamente” las acusaciones en un comunicado y aseguró que en el local solo se presta ayuda a los compatriotas con trámites como la renovación del carné de conducir o del pasaporte.

La organización Safeguard Defenders situó en 2022 más de un centenar de estas oficinas en todo el mundo, nueve de ellas en España. EFE
""", "facts": [
    S("ES", "Elche", "El establecimiento, registrado como asociación cultural y de ayuda al pequeño empresario, abrió sus puertas en 2021 a pocos metros de la estación de autobuses. Los investigadores sostienen que en realidad actuaba a las órdenes de la sucursal del distrito de Shunde de la Oficina de Seguridad Pública de Foshan",
      operator="Foshan", operator_alt=["Shunde"], claimant="investigadores", date="2021",
      note="district branch: city Foshan with the district Shunde in operator_alt; barrio de Carrús (site)"),
    S("ES", "Torrevieja", "Según las mismas fuentes, la red contaría con un segundo punto de contacto en Torrevieja",
      claimant="fuentes de la investigación", note="operator not confirmed"),
    R("ES", "investigation", "La Policía Nacional investiga si un local del barrio de Carrús, en Elche, funcionaba como una oficina encubierta de la policía china",
      place="Elche"),
    I("ES", "persuasion", "Entre los casos que figuran en las diligencias está el de un operario de una fábrica de suelas, de 29 años, que regresó a China el pasado otoño después de ser citado varias veces en el local y de saber que agentes de su ciudad natal habían visitado a sus padres.",
      place="Elche", note="returned after pressure"),
    I("ES", "forced_return", "que regresó a China el pasado otoño después de ser citado varias veces en el local",
      place="Elche", opt=True, note="the worker returned: forced return optional beside the persuasion"),
    I("ES", "harassment", "agentes de su ciudad natal habían visitado a sus padres",
      place="Elche", opt=True, note="relatives visited"),
    R("ES", "arrest", "Hasta el momento no se han practicado detenciones", pol="denied", opt=True),
    D("CN", "La Embajada de China en Madrid rechazó “rotundamente” las acusaciones en un comunicado y aseguró que en el local solo se presta ayuda a los compatriotas con trámites como la renovación del carné de conducir o del pasaporte.",
      claimant="Embajada de China en Madrid"),
    S("ES", "Elche", "La Embajada de China en Madrid rechazó “rotundamente” las acusaciones en un comunicado y aseguró que en el local solo se presta ayuda",
      claimant="Embajada de China en Madrid", pol="denied", opt=True, note="place-specific denial"),
    C("stations", 9, "ES", "La organización Safeguard Defenders situó en 2022 más de un centenar de estas oficinas en todo el mundo, nueve de ellas en España.",
      claimant="Safeguard Defenders", date="2022"),
    C("stations", 100, None, "La organización Safeguard Defenders situó en 2022 más de un centenar de estas oficinas en todo el mundo",
      claimant="Safeguard Defenders", date="2022", opt=True, note="'más de un centenar'"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "028-es-bo-reportaje-cochabamba-tarija-luoding.txt", "text": """
REPORTAJE

La “oficina” de La Cancha que nadie quiere explicar

Un informe europeo ubica en Cochabamba una de las llamadas comisarías chinas en el exterior. La Fiscalía abrió una investigación; la embajada habla de voluntarios.

COCHABAMBA. Desde la acera, el edificio de dos plantas en la zona de La Cancha parece una tienda más de electrodomésticos. Pero en el segundo piso, según un informe publicado en febrero por una organización de derechos humanos con sede en Europa, funciona desde 2020 una “estación de servicio policial en el exterior” que respondería a la Oficina de Seguridad Pública de Luoding, ciudad de la prefectura de Yunfu (provincia de Cantón).

El documento sostiene que en Bolivia existen dos de estas oficinas. La otra estaría en Tarija, en pleno centro de la ciudad, y habría sido abierta un año después por la misma jefatura.

La presencia china en el país creció en la última década de la mano de la minería, las carreteras y el comercio. Según la Dirección General de Migración, unas 5.000 personas de nacionalidad china tienen residencia en Bolivia, la mayoría en Santa Cruz y La Paz.

A escala mundial, la organización Safeguard Defenders contabilizó en 2022 ciento dos de estas oficinas en cincuenta y tres países, una cifra que Pekín nunca ha confirmado. Según sus críticos, sirven para vigilar a la diáspora y para convencer a quienes son buscados por la justicia china de que regresen “voluntariamente”.

Un comerciante de 41 años contó a este diario que en 2022 fue citado dos veces en el segundo piso de La Cancha. Allí, asegura, le mostraron una fotografía de su casa en Luoding y le pidieron que volviera a China para resolver “un asunto pendiente” con la policía. No volvió. “Me dijeron que mi hermano podía perder su trabajo”, relata.

Tras la publicación del informe, la Fiscalía Departamental de Cochabamba abrió una investigación de oficio, confirmó un fiscal de la División de Delitos contra la Seguridad del Estado que pidió reserva de su nombre. Por ahora no hay imputados.

En Tarija, en cambio, una inspección de la Policía Boliviana al inmueble señalado concluyó en marzo sin hallar irregularidades, según informó el Ministerio de Gobierno. La Cancillería se limitó a señalar que “pidió información” a la representación diplomática china.

La Embajada de China en La Paz negó de forma categórica la existencia de cualquier comisaría china en territorio boliviano. En una nota enviada a este medio, explicó que los locales mencionados son “puntos de atención gestionados por voluntarios de la comunidad” que, desde la pandemia, ayudan a los compatriotas de edad avanzada con trámites consulares en línea.

La polémica llega en un momento delicado: el Gobierno negocia la renovación del convenio de cooperación en seguridad ciudadana que Bolivia y China firmaron en 2018, que incluyó la donación de patrullas y cámaras y la capacitación de policías bolivianos en China. En la Terminal de Buses de Cochabamba, a pocas cuadras de La Cancha, algunas de aquellas cámaras todavía funcionan.
""", "facts": [
    S("BO", "Cochabamba", "Pero en el segundo piso, según un informe publicado en febrero por una organización de derechos humanos con sede en Europa, funciona desde 2020 una “estación de servicio policial en el exterior” que respondería a la Oficina de Seguridad Pública de Luoding, ciudad de la prefectura de Yunfu (provincia de Cantón).",
      operator="Luoding", operator_alt=["Yunfu"], claimant="organización de derechos humanos con sede en Europa",
      date="2020", note="La Cancha (site); place carried by the dateline and 'la zona de La Cancha'"),
    S("BO", "Tarija", "La otra estaría en Tarija, en pleno centro de la ciudad, y habría sido abierta un año después por la misma jefatura.",
      operator="Luoding", operator_alt=["Yunfu"], claimant="organización de derechos humanos con sede en Europa",
      date="2021", note="'la misma jefatura'; 'un año después' of 2020"),
    C("stations", 2, "BO", "El documento sostiene que en Bolivia existen dos de estas oficinas.",
      claimant="organización de derechos humanos con sede en Europa"),
    C("stations", 102, None, "A escala mundial, la organización Safeguard Defenders contabilizó en 2022 ciento dos de estas oficinas en cincuenta y tres países",
      claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "A escala mundial, la organización Safeguard Defenders contabilizó en 2022 ciento dos de estas oficinas en cincuenta y tres países",
      claimant="Safeguard Defenders", date="2022"),
    I("BO", "persuasion", "Allí, asegura, le mostraron una fotografía de su casa en Luoding y le pidieron que volviera a China para resolver “un asunto pendiente” con la policía. No volvió.",
      place="Cochabamba", claimant="un comerciante", date="2022", note="stayed after pressure"),
    I("BO", "harassment", "“Me dijeron que mi hermano podía perder su trabajo”, relata",
      place="Cochabamba", claimant="un comerciante", opt=True, note="threat against a relative beside the persuasion"),
    R("BO", "investigation", "Tras la publicación del informe, la Fiscalía Departamental de Cochabamba abrió una investigación de oficio",
      place="Cochabamba"),
    R("BO", "arrest", "Por ahora no hay imputados.", pol="denied", opt=True),
    R("BO", "no_wrongdoing_found", "En Tarija, en cambio, una inspección de la Policía Boliviana al inmueble señalado concluyó en marzo sin hallar irregularidades, según informó el Ministerio de Gobierno.",
      place="Tarija", claimant="Ministerio de Gobierno"),
    R("BO", "protest", "La Cancillería se limitó a señalar que “pidió información” a la representación diplomática china.",
      opt=True, note="asked the embassy for information, short of a summons"),
    D("CN", "La Embajada de China en La Paz negó de forma categórica la existencia de cualquier comisaría china en territorio boliviano.",
      claimant="Embajada de China en La Paz"),
    S("BO", None, "La Embajada de China en La Paz negó de forma categórica la existencia de cualquier comisaría china en territorio boliviano.",
      claimant="Embajada de China en La Paz", pol="denied", opt=True, note="country-wide denial"),
    A("BO", "security_agreement", "el Gobierno negocia la renovación del convenio de cooperación en seguridad ciudadana que Bolivia y China firmaron en 2018",
      date="2018"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "029-es-transcripcion-portavoz-barranquilla-bucaramanga-leizhou.txt", "text": """
Conferencia de prensa habitual del portavoz del Ministerio de Relaciones Exteriores de China
18 de abril de 2024 (versión en español)

Pregunta (corresponsal de una agencia colombiana): Un diario de Barranquilla publicó esta semana que en esa ciudad funciona desde 2021 una “estación de policía” china vinculada a la Oficina de Seguridad Pública de Leizhou, en la provincia de Guangdong, y que otra oficina de la misma red opera en Bucaramanga. La Fiscalía General de la Nación anunció el martes que abrió una indagación. ¿Qué comentario tiene la parte china?

Portavoz: Hemos tomado nota del reporte. Quiero subrayar que en Colombia no existe ninguna llamada “estación de policía” china. Los lugares mencionados son espacios en los que voluntarios de la comunidad china ayudan a sus compatriotas, por ejemplo, a solicitar en línea el certificado de antecedentes penales que piden las autoridades colombianas para renovar la visa. China respeta estrictamente la soberanía judicial de otros países y se opone a que se politicen cuestiones consulares.

Pregunta: Según el mismo diario, un estudiante chino de Bucaramanga fue presionado para regresar a China y la policía visitó a su familia en Leizhou. ¿Puede confirmarlo? ¿Ha convocado la Cancillería colombiana al embajador chino?

Portavoz: No tengo información sobre lo que usted menciona. China y Colombia mantienen una comunicación fluida por los canales diplomáticos.

Pregunta (medio uruguayo): El Ministerio del Interior de Uruguay informó que policías chinos patrullarán junto a la policía uruguaya en Punta del Este durante la temporada de verano. ¿Puede darnos detalles?

Portavoz: En el marco del memorando de entendimiento sobre cooperación policial que ambos países firmaron en 2023, cuatro agentes chinos participarán entre diciembre y febrero en patrullajes conjuntos con la Policía Nacional de Uruguay en Punta del Este, para atender a los turistas chinos y facilitar la comunicación. Es una práctica habitual de cooperación entre países amigos.

Pregunta: Sobre Haití. ¿Cuántos ciudadanos chinos han sido repatriados?

Portavoz: La embajada y el Ministerio han ayudado a 28 ciudadanos chinos a salir de Haití y regresar al país en vuelos fletados. Recordamos a los compatriotas que todavía se encuentran allí que extremen las precauciones.
""", "facts": [
    S("CO", "Barranquilla", "Un diario de Barranquilla publicó esta semana que en esa ciudad funciona desde 2021 una “estación de policía” china vinculada a la Oficina de Seguridad Pública de Leizhou, en la provincia de Guangdong",
      operator="Leizhou", operator_alt=["Zhanjiang"], claimant="un diario de Barranquilla", date="2021",
      note="premise of a question; 'en esa ciudad'"),
    S("CO", "Bucaramanga", "y que otra oficina de la misma red opera en Bucaramanga",
      operator="Leizhou", operator_alt=["Zhanjiang"], claimant="un diario de Barranquilla",
      note="'de la misma red': operator carried from the Barranquilla station"),
    R("CO", "investigation", "La Fiscalía General de la Nación anunció el martes que abrió una indagación.",
      claimant="Fiscalía General de la Nación", note="premise of a question"),
    D("CN", "Quiero subrayar que en Colombia no existe ninguna llamada “estación de policía” china. Los lugares mencionados son espacios en los que voluntarios de la comunidad china ayudan a sus compatriotas",
      claimant="PRC Ministry of Foreign Affairs"),
    S("CO", None, "Quiero subrayar que en Colombia no existe ninguna llamada “estación de policía” china.",
      claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True, note="country-wide denial"),
    I("CO", "persuasion", "Según el mismo diario, un estudiante chino de Bucaramanga fue presionado para regresar a China y la policía visitó a su familia en Leizhou.",
      place="Bucaramanga", claimant="un diario de Barranquilla", note="declarative premise of a question"),
    I("CO", "harassment", "la policía visitó a su familia en Leizhou",
      place="Bucaramanga", claimant="un diario de Barranquilla", opt=True, note="relatives visited"),
    A("UY", "joint_patrol", "cuatro agentes chinos participarán entre diciembre y febrero en patrullajes conjuntos con la Policía Nacional de Uruguay en Punta del Este",
      claimant="PRC Ministry of Foreign Affairs", note="Punta del Este is not a station"),
    A("UY", "security_agreement", "En el marco del memorando de entendimiento sobre cooperación policial que ambos países firmaron en 2023",
      claimant="PRC Ministry of Foreign Affairs", date="2023"),
    C("officers", 4, "UY", "cuatro agentes chinos participarán entre diciembre y febrero en patrullajes conjuntos",
      claimant="PRC Ministry of Foreign Affairs", opt=True, note="patrol officers, not station staff"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "030-es-respuesta-senado-pdf-ibiza-danzhou.txt", "text": """
BOLETÍN OFICIAL DE LAS CORTES GENERALES
SENADO                                         Núm. 112            Pág. 48

684/004217
AUTOR: Senador del Grupo Parlamentario Mixto

RESPUESTA:

En relación con la pregunta formulada por Su Señoría, relativa a
la supuesta existencia en Ibiza de una “comisaría” dependiente de
la Oficina de Seguridad Pública de Dan-
zhou (provincia de Hainan, República Popular China) que, según di-
versos medios de comunicación, habría funcionado desde 2021 en un
local comercial del barrio de Ses Figueretes, se informa lo siguien-
te:

Las Fuerzas y Cuerpos de Seguridad del Estado realizaron durante
el primer trimestre de 2023 las comprobaciones oportunas sobre el
citado establecimiento, sin que de las mismas se desprendiera la
existencia de actividades constitutivas de infracción penal.

No obstante, la Fiscalía Provincial de las Illes Balears incoó di-
ligencias de investigación, que continúan abiertas, a raíz de la
denuncia presentada por una ciudadana de origen chino, residente
en la isla, que manifestó haber recibido presiones reiteradas para
regresar a su país. La denunciante permanece en España.

El local cesó en su actividad en el mes de mayo de 2023.

El Gobierno trasladó a la Embajada de la República Popular China
en Madrid su preocupación por las informaciones publicadas, sin que
se haya considerado necesario convocar a su Embajador.

No consta a este Gobierno la existencia de establecimientos de si-
milares características en otras islas del archipiélago.

Madrid, 12 de septiembre de 2023.
""", "facts": [
    S("ES", "Ibiza", "la supuesta existencia en Ibiza de una “comisaría” dependiente de la Oficina de Seguridad Pública de Danzhou (provincia de Hainan, República Popular China) que, según diversos medios de comunicación, habría funcionado desde 2021",
      operator="Danzhou", claimant="diversos medios de comunicación", date="2021",
      place_alt=["Eivissa"], note="premise restated in the answer; operator split 'Dan-/zhou'; Ses Figueretes (site)"),
    R("ES", "investigation", "No obstante, la Fiscalía Provincial de las Illes Balears incoó diligencias de investigación, que continúan abiertas",
      place="Ibiza", claimant="Spanish government"),
    R("ES", "no_wrongdoing_found", "Las Fuerzas y Cuerpos de Seguridad del Estado realizaron durante el primer trimestre de 2023 las comprobaciones oportunas sobre el citado establecimiento, sin que de las mismas se desprendiera la existencia de actividades constitutivas de infracción penal.",
      place="Ibiza", claimant="Spanish government", date="2023"),
    I("ES", "persuasion", "a raíz de la denuncia presentada por una ciudadana de origen chino, residente en la isla, que manifestó haber recibido presiones reiteradas para regresar a su país. La denunciante permanece en España.",
      place="Ibiza", claimant="una ciudadana de origen chino", note="stayed after pressure"),
    R("ES", "closure", "El local cesó en su actividad en el mes de mayo de 2023.",
      place="Ibiza", date="2023-05", opt=True, note="stopped, no order stated"),
    R("ES", "protest", "El Gobierno trasladó a la Embajada de la República Popular China en Madrid su preocupación por las informaciones publicadas",
      claimant="Spanish government", opt=True, note="concern conveyed, short of a summons"),
    R("ES", "protest", "sin que se haya considerado necesario convocar a su Embajador",
      claimant="Spanish government", pol="denied", opt=True, note="no summons"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "031-es-informe-ong-tabla-cordoba-salta-valparaiso-shucheng.txt", "text": """
3. HALLAZGOS EN EL CONO SUR

Entre enero de 2022 y junio de 2024, la Red Austral de Derechos Humanos documentó cuatro locales en tres países del Cono Sur que, según fuentes abiertas chinas y testimonios recogidos por nuestro equipo, funcionan o funcionaron como “estaciones de servicio policial en el extranjero” (1). Dos de ellos se encuentran en Argentina y dependen, ambos, de la Oficina de Seguridad Pública del condado de Shucheng (ciudad de Lu'an, provincia de Anhui).

Tabla 3. Locales identificados

País        Ciudad        Oficina responsable declarada     Apertura   Situación
---------   -----------   -------------------------------   --------   ---------------
Argentina   Córdoba       Seguridad Pública de Shucheng      2019       activo
Argentina   Salta         Seguridad Pública de Shucheng      2020       activo
Chile       Valparaíso    Seguridad Pública de Longkou       2021       cerrado (2)
Uruguay     Paysandú      Seguridad Pública de Longmen       2022       sin confirmar (3)

Los anuncios que estos locales publican en redes sociales chinas ofrecen “renovación de licencias de conducir, registro de residencia y mediación en conflictos entre paisanos”. No es eso lo que describen los testimonios.

En Valparaíso, un estibador de 33 años relató que en agosto de 2022 dos hombres que se presentaron como “colaboradores” de la oficina lo llevaron en automóvil hasta el aeropuerto de Santiago y lo subieron a un vuelo con destino a Shanghái (4). En Córdoba, la dueña de un minimercado contó que su hermana fue citada tres veces por la policía de Shucheng para que la convenciera de volver; la comerciante sigue en Argentina.

En su memoria anual de 2023, la propia Oficina de Seguridad Pública de Shucheng afirma haber logrado que diecinueve “fugitivos” regresaran desde el extranjero gracias a su “red de enlace con la diáspora”.

La respuesta de los Estados ha sido desigual. La Policía de Investigaciones (PDI) de Chile abrió una investigación en septiembre de 2022. La fiscalía federal argentina, en cambio, no ha abierto ninguna investigación pese a las dos denuncias presentadas en Córdoba. En Uruguay, el Ministerio del Interior inspeccionó el local de Paysandú y no encontró indicios de delito (3).

_______________
(1) Safeguard Defenders identificó en 2022 un total de 102 estaciones en 53 países.
(2) El local de Valparaíso cerró en enero de 2023, dos semanas después de que la PDI allanara el inmueble.
(3) Comunicado del Ministerio del Interior uruguayo del 4 de marzo de 2024. La Red no ha podido confirmar de forma independiente que el local siga operando.
(4) Testimonio recogido por la Red en Valparaíso el 11 de octubre de 2022.
""", "facts": [
    S("AR", "Córdoba", "Argentina   Córdoba       Seguridad Pública de Shucheng      2019       activo",
      operator="Shucheng", operator_alt=["Lu'an", "Luan"], claimant="Red Austral de Derechos Humanos", date="2019",
      note="table row"),
    S("AR", "Salta", "Argentina   Salta         Seguridad Pública de Shucheng      2020       activo",
      operator="Shucheng", operator_alt=["Lu'an", "Luan"], claimant="Red Austral de Derechos Humanos", date="2020",
      note="table row"),
    S("CL", "Valparaíso", "Chile       Valparaíso    Seguridad Pública de Longkou       2021       cerrado (2)",
      operator="Longkou", operator_alt=["Yantai"], claimant="Red Austral de Derechos Humanos", date="2021",
      note="table row; closed"),
    S("UY", "Paysandú", "Uruguay     Paysandú      Seguridad Pública de Longmen       2022       sin confirmar (3)",
      operator="Longmen", operator_alt=["Huizhou"], claimant="Red Austral de Derechos Humanos", date="2022",
      opt=True, note="'sin confirmar'"),
    C("stations", 2, "AR", "Dos de ellos se encuentran en Argentina y dependen, ambos, de la Oficina de Seguridad Pública del condado de Shucheng",
      claimant="Red Austral de Derechos Humanos"),
    C("stations", 4, None, "la Red Austral de Derechos Humanos documentó cuatro locales en tres países del Cono Sur",
      claimant="Red Austral de Derechos Humanos", opt=True, note="regional count"),
    C("countries", 3, None, "la Red Austral de Derechos Humanos documentó cuatro locales en tres países del Cono Sur",
      claimant="Red Austral de Derechos Humanos", opt=True, note="regional count"),
    I("CL", "forced_return", "En Valparaíso, un estibador de 33 años relató que en agosto de 2022 dos hombres que se presentaron como “colaboradores” de la oficina lo llevaron en automóvil hasta el aeropuerto de Santiago y lo subieron a un vuelo con destino a Shanghái (4).",
      place="Valparaíso", claimant="un estibador", date="2022-08"),
    I("AR", "persuasion", "En Córdoba, la dueña de un minimercado contó que su hermana fue citada tres veces por la policía de Shucheng para que la convenciera de volver; la comerciante sigue en Argentina.",
      place="Córdoba", claimant="la dueña de un minimercado", note="stayed after pressure through a relative"),
    I("AR", "harassment", "su hermana fue citada tres veces por la policía de Shucheng",
      place="Córdoba", claimant="la dueña de un minimercado", opt=True, note="relative summoned in China"),
    C("returns", 19, None, "la propia Oficina de Seguridad Pública de Shucheng afirma haber logrado que diecinueve “fugitivos” regresaran desde el extranjero",
      claimant="Shucheng Public Security Bureau", date="2023"),
    R("CL", "investigation", "La Policía de Investigaciones (PDI) de Chile abrió una investigación en septiembre de 2022.",
      date="2022-09"),
    R("AR", "investigation", "La fiscalía federal argentina, en cambio, no ha abierto ninguna investigación pese a las dos denuncias presentadas en Córdoba.",
      pol="denied"),
    R("UY", "no_wrongdoing_found", "En Uruguay, el Ministerio del Interior inspeccionó el local de Paysandú y no encontró indicios de delito (3).",
      place="Paysandú", claimant="Ministerio del Interior", date="2024-03-04"),
    R("UY", "investigation", "el Ministerio del Interior inspeccionó el local de Paysandú",
      place="Paysandú", opt=True, note="inspection that ended without findings"),
    R("CL", "closure", "El local de Valparaíso cerró en enero de 2023, dos semanas después de que la PDI allanara el inmueble.",
      place="Valparaíso", date="2023-01", opt=True, note="closed after a raid, no order stated"),
    C("stations", 102, None, "Safeguard Defenders identificó en 2022 un total de 102 estaciones en 53 países.",
      claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "Safeguard Defenders identificó en 2022 un total de 102 estaciones en 53 países.",
      claimant="Safeguard Defenders", date="2022"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "032-es-cronica-tribunales-gijon-binhai.txt", "text": """
TRIBUNALES

Condenados dos hombres por coaccionar a un cocinero para que volviera a China

La Audiencia considera probado que actuaban desde una oficina de La Calzada que servía de “punto de servicio” de una policía china

GIJÓN. La Sección Octava de la Audiencia Provincial de Asturias, con sede en Gijón, ha condenado a dos años y tres meses de prisión a dos ciudadanos chinos, de 52 y 46 años, por un delito de coacciones contra un cocinero compatriota al que, durante buena parte de 2022, presionaron para que regresara a su país a “responder” de una supuesta deuda.

La sentencia, a la que ha tenido acceso este periódico, da por probado que ambos actuaban desde una oficina del barrio de La Calzada que se presentaba como centro de ayuda a inmigrantes pero que, según el tribunal, operaba como “punto de servicio” de la Oficina de Seguridad Pública del condado de Binhai, en la ciudad de Yancheng (provincia de Jiangsu).

Los magistrados consideran acreditado que los acusados siguieron al cocinero a la salida del restaurante en el que trabajaba, junto a la estación de autobuses, le hicieron fotografías y se las enviaron a su madre, que vive en Binhai, acompañadas de mensajes en los que advertían de que “la familia pagaría” si él no volvía. El perjudicado no regresó y denunció los hechos ante la Policía Nacional en noviembre de 2022.

El Juzgado de Instrucción número 4 de Gijón ordenó en enero de 2023 el cierre cautelar de la oficina, que sigue precintada.

Durante el juicio, la defensa sostuvo que el local era “una asociación de paisanos sin ánimo de lucro” y que sus clientes “nunca han tenido relación con ninguna policía”. El tribunal rechaza esa versión a la vista de los mensajes intervenidos y del testimonio de otros dos trabajadores de hostelería.

La sentencia no es firme y puede recurrirse ante el Tribunal Superior de Justicia de Asturias.
""", "facts": [
    S("ES", "Gijón", "da por probado que ambos actuaban desde una oficina del barrio de La Calzada que se presentaba como centro de ayuda a inmigrantes pero que, según el tribunal, operaba como “punto de servicio” de la Oficina de Seguridad Pública del condado de Binhai, en la ciudad de Yancheng (provincia de Jiangsu).",
      operator="Binhai", operator_alt=["Yancheng"], claimant="Audiencia Provincial de Asturias",
      place_alt=["Gijon", "Xixón"], note="La Calzada (site); place from the dateline and the court's seat"),
    R("ES", "arrest", "La Sección Octava de la Audiencia Provincial de Asturias, con sede en Gijón, ha condenado a dos años y tres meses de prisión a dos ciudadanos chinos, de 52 y 46 años, por un delito de coacciones",
      place="Gijón", note="conviction"),
    I("ES", "persuasion", "presionaron para que regresara a su país a “responder” de una supuesta deuda.",
      place="Gijón", claimant="Audiencia Provincial de Asturias", date="2022", note="the cook stayed"),
    I("ES", "harassment", "le hicieron fotografías y se las enviaron a su madre, que vive en Binhai, acompañadas de mensajes en los que advertían de que “la familia pagaría” si él no volvía.",
      place="Gijón", claimant="Audiencia Provincial de Asturias", opt=True, note="threats through the mother beside the persuasion"),
    I("ES", "surveillance", "los acusados siguieron al cocinero a la salida del restaurante en el que trabajaba, junto a la estación de autobuses, le hicieron fotografías",
      place="Gijón", claimant="Audiencia Provincial de Asturias", opt=True, note="followed and photographed"),
    R("ES", "closure", "El Juzgado de Instrucción número 4 de Gijón ordenó en enero de 2023 el cierre cautelar de la oficina, que sigue precintada.",
      place="Gijón", date="2023-01"),
    D("CN", "la defensa sostuvo que el local era “una asociación de paisanos sin ánimo de lucro” y que sus clientes “nunca han tenido relación con ninguna policía”",
      claimant="defensa", opt=True, note="defendants' denial, rejected by the court"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "033-es-cl-noticia-arica-estacion-carga-irrelevante.txt", "text": """
Arica estrena su primera estación de carga para buses eléctricos

La instalación, construida por un consorcio chino, abastecerá a 40 buses que recorrerán la ciudad desde marzo. Carabineros reforzó la seguridad durante la ceremonia.

ARICA. Con la presencia del ministro de Transportes, del gobernador regional y del embajador de China, fue inaugurada ayer la primera estación de carga para buses eléctricos del norte del país, levantada en un terreno junto al terminal rodoviario. La obra, financiada en parte por el Gobierno Regional, fue construida por una empresa china que también suministró los 40 vehículos.

Efectivos de la Primera Comisaría de Carabineros de Arica cerraron el tránsito en la avenida Diego Portales durante la ceremonia. El gobernador firmó además un convenio con la empresa para el mantenimiento de la flota durante diez años y la formación de 25 técnicos locales.

En paralelo, la Fiscalía Regional investiga el robo de cables de cobre en la antigua estación del ferrocarril Arica–La Paz, cerrada desde noviembre por obras.

En otro orden, los doce tripulantes chinos del pesquero que encalló la semana pasada frente a la caleta de Camarones fueron repatriados el sábado en un vuelo desde Santiago, con apoyo del consulado. La PDI descartó irregularidades en su documentación.
""", "facts": []})
