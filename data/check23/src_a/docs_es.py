"""check23 part A, Spanish documents 015-017 (PE, ES, CO)."""
from h import S, C, R, I, D, A, wrap_hy, soft

DOCS = []
XC = ["Xuancheng"]
AQ = ["Anqing"]
HS = ["Huangshan"]

# ---------------------------------------------------------------- 015
T015 = """Usamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestra política de privacidad.

Inicio / Sociedad / Puno

INFORME ESPECIAL

La oficina del segundo piso: la 'comisaría' china que la Policía investiga en Juliaca

Comerciantes chinos llegaron a la ciudad con el boom del contrabando y la minería informal. Una ONG europea afirma que desde un local del jirón Mariano Núñez se vigilaba a la comunidad. La embajada lo niega.

Por nuestra unidad de investigación　|　Lectura: 10 min
Juliaca, 3 de agosto de 2025 | Actualizado: 21:40

Compartir: Facebook | X | WhatsApp

A cuatro cuadras de la plaza Bolognesi, entre tiendas de celulares, repuestos de mototaxi y cajas de mercadería que bajan de camiones llegados de la frontera, hay un local de dos pisos con un letrero en castellano y mandarín: "Asociación de Comerciantes Chinos del Altiplano". En el primer piso funciona una tienda de ollas arroceras. El segundo piso permanece casi siempre cerrado.

Juliaca, la capital comercial del altiplano, vive del movimiento: de la feria de Túpac Amaru, del transporte hacia Bolivia y, cada vez más, del oro que sale de La Rinconada. Los primeros comerciantes chinos llegaron hace unos quince años; hoy son alrededor de doscientos, según la propia asociación.

Un comerciante de la zona recuerda que la asociación ayudó a repartir víveres durante la pandemia y organiza cada año la fiesta del Año Nuevo chino en el coliseo.

El 29 de julio, agentes de la Dirección contra el Terrorismo de la Policía Nacional del Perú (PNP) intervinieron el segundo piso con una orden de allanamiento. La fiscalía provincial abrió una investigación preliminar por presunta usurpación de funciones y organización criminal. No hubo detenidos.

Según la ONG Safeguard Defenders, con sede en Madrid, ese segundo piso funcionaría como una "estación de servicio policial en el extranjero". La organización sostiene que la oficina dependería del Buró de Seguridad Pública del distrito de Langxi, en la provincia china de Anhui.

"Nos decían que era para renovar el brevete chino."

LEE TAMBIÉN: Contrabando en el altiplano: las rutas del mercado negro

Un joven comerciante, que pidió no ser identificado, contó a este diario que en 2024 fue citado tres veces a esa oficina. Allí, dice, le insistieron en que regresara a China para "arreglar un problema" con la policía de su pueblo. Viajó por su cuenta en diciembre y volvió a Juliaca en marzo.

"Nos decían que era para renovar el brevete chino."

Safeguard Defenders atribuye al Perú al menos dos de estos puestos. El otro estaría en Pucallpa, en la selva de Ucayali, y estaría vinculado al distrito de Jingde. La Región Policial Ucayali señaló que "no tiene registro" de ninguna oficina de ese tipo en la ciudad.

La Cancillería citó el jueves al embajador de China en Lima para pedirle explicaciones, según un comunicado oficial.

La embajada china rechazó las acusaciones. "En el Perú no existe ninguna comisaría china", afirmó en un comunicado, y explicó que voluntarios de asociaciones de compatriotas ayudan a personas mayores a renovar en línea sus licencias de conducir y sus pasaportes.

Según la ONG, este tipo de oficinas suman más de un centenar en medio centenar de países.

ACTUALIZACIÓN (21:40): La Municipalidad Provincial de San Román dispuso la clausura temporal del local del segundo piso por carecer de licencia de funcionamiento.

Nuestra unidad de investigación cubre corrupción y crimen organizado en el sur del país.
Suscríbete a nuestro boletín.
"""
DOCS.append(dict(name="015-es-pe-informe-actualizacion-juliaca-pucallpa-langxi-jingde.txt", text=T015, facts=[
    R("PE", "investigation", "El 29 de julio, agentes de la Dirección contra el Terrorismo de la Policía Nacional del Perú (PNP) intervinieron el segundo piso con una orden de allanamiento.",
      place="Juliaca", claimant="Policía Nacional del Perú", date="2025-07-29"),
    R("PE", "investigation", "La fiscalía provincial abrió una investigación preliminar por presunta usurpación de funciones y organización criminal.",
      place="Juliaca", claimant="fiscalía provincial"),
    R("PE", "arrest", "No hubo detenidos.", pol="denied", opt=True),
    S("PE", "Juliaca", "Según la ONG Safeguard Defenders, con sede en Madrid, ese segundo piso funcionaría como una \"estación de servicio policial en el extranjero\".",
      claimant="Safeguard Defenders", note="second floor of a building four blocks from the plaza Bolognesi"),
    S("PE", "Juliaca", "La organización sostiene que la oficina dependería del Buró de Seguridad Pública del distrito de Langxi, en la provincia china de Anhui.",
      operator="Langxi", operator_alt=XC, claimant="Safeguard Defenders"),
    I("PE", "persuasion", "le insistieron en que regresara a China para \"arreglar un problema\" con la policía de su pueblo. Viajó por su cuenta en diciembre",
      place="Juliaca", claimant="a young trader in Juliaca", date="2024"),
    C("stations", 2, "PE", "Safeguard Defenders atribuye al Perú al menos dos de estos puestos.", claimant="Safeguard Defenders"),
    S("PE", "Pucallpa", "El otro estaría en Pucallpa, en la selva de Ucayali, y estaría vinculado al distrito de Jingde.",
      operator="Jingde", operator_alt=XC, claimant="Safeguard Defenders"),
    S("PE", "Pucallpa", "La Región Policial Ucayali señaló que \"no tiene registro\" de ninguna oficina de ese tipo en la ciudad.",
      claimant="Región Policial Ucayali", pol="denied", opt=True),
    R("PE", "protest", "La Cancillería citó el jueves al embajador de China en Lima para pedirle explicaciones",
      claimant="Peruvian Ministry of Foreign Affairs"),
    D("CN", "La embajada china rechazó las acusaciones.", claimant="PRC Embassy in Peru"),
    S("PE", None, "\"En el Perú no existe ninguna comisaría china\"", claimant="PRC Embassy in Peru", pol="denied", opt=True),
    C("stations", 100, None, "este tipo de oficinas suman más de un centenar en medio centenar de países", claimant="Safeguard Defenders",
      opt=True, note="approximation"),
    C("countries", 50, None, "este tipo de oficinas suman más de un centenar en medio centenar de países", claimant="Safeguard Defenders",
      opt=True, note="approximation"),
    R("PE", "closure", "La Municipalidad Provincial de San Román dispuso la clausura temporal del local del segundo piso",
      place="Juliaca", claimant="Municipalidad Provincial de San Román"),
]))

# ---------------------------------------------------------------- 016
T016_raw = """BOLETÍN OFICIAL DE LAS CORTES GENERALES
CONGRESO DE LOS DIPUTADOS　　　　　　　　Serie D　Núm. 412　　　　　　　　24 de septiembre de 2025

184/038211

A la Mesa del Congreso de los Diputados

Pregunta con respuesta por escrito formulada por un diputado del Grupo Parlamentario Mixto:

Según informaciones periodísticas, en Móstoles funcionaría desde 2022 una supuesta "comisaría" china, dependiente de la Oficina de Seguridad Pública del distrito de Xiuning (provincia de Anhui), y existiría otra en Torrejón de Ardoz, vinculada al distrito de Yuexi. Asimismo, se ha informado de que en la Comunidad de Madrid habría al menos tres locales de este tipo.

¿Qué actuaciones ha llevado a cabo el Gobierno en relación con estos locales? ¿Tiene constancia el Gobierno de la existencia de un local similar en Parla?

Respuesta:

En relación con la información solicitada, se informa que la Comisaría General de Información de la Policía Nacional llevó a cabo, en el marco de las diligencias previas incoadas por un Juzgado Central de Instrucción, la entrada y registro del local de Móstoles el pasado 11 de junio. Las diligencias se encuentran declaradas secretas, por lo que no es posible facilitar más detalles. No se ha producido ninguna detención.

Respecto del local de Torrejón de Ardoz, las comprobaciones practicadas por la Policía Nacional no han permitido constatar la comisión de ninguna infracción penal.

En cuanto a Parla, no consta a las Fuerzas y Cuerpos de Seguridad del Estado la existencia de ningún local de estas características.

Por otra parte, el Ministerio de Asuntos Exteriores, Unión Europea y Cooperación convocó el 16 de junio a la encargada de negocios de la Embajada de la República Popular China para trasladarle la preocupación del Gobierno. La representación diplomática manifestó que los locales citados son puntos de atención gestionados por voluntarios que ayudan a ciudadanos chinos residentes a renovar el permiso de conducir y el pasaporte.

Madrid, 15 de septiembre de 2025.—El Secretario de Estado de Relaciones con las Cortes.

cve: BOCG-15-D-412　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　Pág. 187"""
T016 = wrap_hy(soft(T016_raw), 90)
DOCS.append(dict(name="016-es-respuesta-parlamentaria-mostoles-torrejon-de-ardoz-xiuning-yuexi.txt", text=T016, facts=[
    S("ES", "Móstoles", "en Móstoles funcionaría desde 2022 una supuesta \"comisaría\" china, dependiente de la Oficina de Seguridad Pública del distrito de Xiuning (provincia de Anhui)",
      operator="Xiuning", operator_alt=HS, claimant="press reports", date="2022", place_alt=["Mostoles"]),
    S("ES", "Torrejón de Ardoz", "existiría otra en Torrejón de Ardoz, vinculada al distrito de Yuexi",
      operator="Yuexi", operator_alt=AQ, claimant="press reports", place_alt=["Torrejon de Ardoz"]),
    C("stations", 3, "ES", "en la Comunidad de Madrid habría al menos tres locales de este tipo", claimant="press reports",
      note="scoped to the Comunidad de Madrid"),
    R("ES", "investigation", "la entrada y registro del local de Móstoles el pasado 11 de junio", place="Móstoles",
      claimant="Spanish government", date="2025-06-11"),
    R("ES", "arrest", "No se ha producido ninguna detención.", pol="denied", opt=True, claimant="Spanish government"),
    R("ES", "investigation", "las comprobaciones practicadas por la Policía Nacional", place="Torrejón de Ardoz", claimant="Spanish government"),
    R("ES", "no_wrongdoing_found", "las comprobaciones practicadas por la Policía Nacional no han permitido constatar la comisión de ninguna infracción penal",
      place="Torrejón de Ardoz", claimant="Spanish government"),
    S("ES", "Parla", "En cuanto a Parla, no consta a las Fuerzas y Cuerpos de Seguridad del Estado la existencia de ningún local de estas características.",
      claimant="Spanish government", pol="denied", opt=True),
    R("ES", "protest", "convocó el 16 de junio a la encargada de negocios de la Embajada de la República Popular China",
      claimant="Spanish Ministry of Foreign Affairs", date="2025-06-16"),
    D("CN", "La representación diplomática manifestó que los locales citados son puntos de atención gestionados por voluntarios",
      claimant="PRC Embassy in Spain"),
]))

# ---------------------------------------------------------------- 017
T017 = """TRANSCRIPCIÓN — "La Mañana del Caribe", emisora regional, Barranquilla
Emisión del martes 9 de septiembre de 2025, bloque de las 7:00 a. m.

[Cortina musical]

LOCUTORA: Buenos días, siete y cuatro minutos. Arrancamos con la noticia que tiene a Valledupar en los titulares nacionales: la Fiscalía confirmó anoche un allanamiento a una bodega de la carrera Novena donde, según la ONG Safeguard Defenders, funcionaría una estación de policía china clandestina. Tenemos en la línea a nuestro corresponsal en Valledupar. Buenos días.

CORRESPONSAL: Buenos días. Sí, el allanamiento fue el domingo por la tarde. Participaron agentes del CTI y de Migración Colombia. Se llevaron computadores, sellos y unos cuadernos con nombres. La Fiscalía abrió una investigación por posible espionaje y por concierto para delinquir.

LOCUTORA: ¿Hay capturados?

CORRESPONSAL: Hasta el momento no hay ninguna persona capturada.

LOCUTORA: ¿Y quién estaría detrás de esa oficina?

CORRESPONSAL: Según los documentos incautados, la oficina respondería al Buró de Seguridad Pública del condado de Huaining, en la provincia de Anhui. Eso es lo que dice la ONG y lo que confirmó una fuente de la Fiscalía.

LOCUTORA: Cuéntenos el caso del vendedor.

CORRESPONSAL: Es el caso más grave. Un vendedor de repuestos de moto, de nacionalidad china, que vivía acá desde 2018, fue llevado en marzo por dos hombres de la asociación al aeropuerto de Valledupar, de ahí a Bogotá, y lo embarcaron en un vuelo a Shanghái. Su socio colombiano dice que no ha vuelto a saber de él.

LOCUTORA: Vamos a una pausa. Regresamos.

[PAUSA COMERCIAL — "Arepas Doña Ceci, el sabor de la costa"]

LOCUTORA: Seguimos. Hablaba usted también de Montería.

CORRESPONSAL: Sí. La ONG dice que en Colombia habría dos de estas oficinas: la de Valledupar y otra en Montería, que estaría vinculada al condado de Wangjiang. Pero la Policía de Córdoba dice que no tiene ningún reporte de eso en Montería.

LOCUTORA: ¿Y la Cancillería?

CORRESPONSAL: La Cancillería envió ayer una nota de protesta a la embajada china.

LOCUTORA: ¿Qué dice la embajada?

CORRESPONSAL: En un comunicado dice que todo eso es falso, que son voluntarios que ayudan a los chinos a renovar el pasaporte y la licencia de conducción, y que en Colombia no hay ninguna estación de policía china.

LOCUTORA: ¿Y si la Fiscalía confirma que era una oficina de policía, qué viene?

CORRESPONSAL: Eso está por verse. Nadie en la Fiscalía quiere adelantarse.

LOCUTORA: Gracias. Siete y diecinueve. Pasamos al clima: lluvias en la Sierra Nevada.
"""
DOCS.append(dict(name="017-es-co-transcripcion-radio-valledupar-monteria-huaining-wangjiang.txt", text=T017, facts=[
    R("CO", "investigation", "la Fiscalía confirmó anoche un allanamiento a una bodega de la carrera Novena", place="Valledupar",
      claimant="Fiscalía General de la Nación"),
    S("CO", "Valledupar", "según la ONG Safeguard Defenders, funcionaría una estación de policía china clandestina",
      claimant="Safeguard Defenders", note="a warehouse on the carrera Novena"),
    R("CO", "investigation", "La Fiscalía abrió una investigación por posible espionaje y por concierto para delinquir.", place="Valledupar",
      claimant="Fiscalía General de la Nación"),
    R("CO", "arrest", "Hasta el momento no hay ninguna persona capturada.", pol="denied", opt=True),
    S("CO", "Valledupar", "Según los documentos incautados, la oficina respondería al Buró de Seguridad Pública del condado de Huaining, en la provincia de Anhui.",
      operator="Huaining", operator_alt=AQ, claimant="Safeguard Defenders"),
    I("CO", "forced_return", "fue llevado en marzo por dos hombres de la asociación al aeropuerto de Valledupar, de ahí a Bogotá, y lo embarcaron en un vuelo a Shanghái",
      place="Valledupar", claimant="his Colombian business partner", date="2025-03"),
    C("stations", 2, "CO", "La ONG dice que en Colombia habría dos de estas oficinas", claimant="Safeguard Defenders"),
    S("CO", "Montería", "otra en Montería, que estaría vinculada al condado de Wangjiang",
      operator="Wangjiang", operator_alt=AQ, claimant="Safeguard Defenders", place_alt=["Monteria"]),
    S("CO", "Montería", "Pero la Policía de Córdoba dice que no tiene ningún reporte de eso en Montería.",
      claimant="Policía de Córdoba", pol="denied", opt=True, place_alt=["Monteria"]),
    R("CO", "protest", "La Cancillería envió ayer una nota de protesta a la embajada china.", claimant="Colombian Ministry of Foreign Affairs"),
    D("CN", "En un comunicado dice que todo eso es falso", claimant="PRC Embassy in Colombia"),
    S("CO", None, "en Colombia no hay ninguna estación de policía china", claimant="PRC Embassy in Colombia", pol="denied", opt=True),
]))
