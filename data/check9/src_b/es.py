from lib import D, F

N = "027-es-noticia-zaragoza-huesca-ningde.txt"
D(N, """
La Audiencia Nacional investiga una supuesta "comisaría" china en el barrio de Delicias

El juzgado central de instrucción número 4 abre diligencias tras un informe de la ONG Safeguard Defenders. La embajada lo niega.

ZARAGOZA, 14 de marzo. – La Audiencia Nacional ha abierto diligencias previas para investigar un local del barrio de Delicias, en Zaragoza, que según la organización Safeguard Defenders funcionaría como una de las llamadas estaciones de policía chinas en el extranjero. El juez ha encargado a la Comisaría General de Información que identifique a los responsables de la asociación de comerciantes que ocupa el bajo, en una calle estrecha a pocos metros de la comisaría de distrito de la Policía Nacional.

Según el informe, al que ha tenido acceso este diario, el local dependería de la Oficina de Seguridad Pública de Ningde, en la provincia costera de Fujian, de donde procede buena parte de los comerciantes chinos de la capital aragonesa. Los investigadores de la ONG sostienen que la misma jefatura abrió en 2020 una segunda oficina en Huesca, dentro de un almacén de venta al por mayor en el polígono de la carretera de Sariñena.

Un camarero de 31 años, que pidió no ser identificado, relató a la policía que un voluntario de la asociación le insistió durante semanas para que regresara a China a "aclarar" una deuda con un antiguo socio. No volvió. Poco después, agentes de su ciudad natal se presentaron en casa de sus padres y les pidieron que le convencieran. "Mi madre lloraba por teléfono", contó.

Por ahora no hay detenidos. Fuentes de la investigación señalan que el juez quiere esperar al análisis de la documentación requisada antes de tomar declaración a nadie.

Safeguard Defenders calcula que hay al menos diez de estas oficinas en España, dentro de una red que en todo el mundo superaría las cien.

La embajada china en Madrid calificó el informe de "infundado" y aseguró en un comunicado que los locales señalados son centros atendidos por voluntarios que ayudan a ciudadanos chinos de edad avanzada a renovar el permiso de conducir por videollamada. "No existe ninguna comisaría china en España", afirmó un portavoz.
""")
F(N, "La Audiencia Nacional ha abierto diligencias previas para investigar un local del barrio de Delicias, en Zaragoza", "response", country="ES", action="investigation", place="Zaragoza", date=None)
F(N, "La Audiencia Nacional ha abierto diligencias previas para investigar un local del barrio de Delicias, en Zaragoza, que según la organización Safeguard Defenders funcionaría como una de las llamadas estaciones de policía chinas en el extranjero.", "station", country="ES", place="Zaragoza", operator="Ningde", claimant="Safeguard Defenders", note="Delicias district; operator in the next paragraph ('el local dependería')")
F(N, "Los investigadores de la ONG sostienen que la misma jefatura abrió en 2020 una segunda oficina en Huesca, dentro de un almacén de venta al por mayor en el polígono de la carretera de Sariñena.", "station", country="ES", place="Huesca", operator="Ningde", date="2020", claimant="Safeguard Defenders", note="'la misma jefatura' = Ningde")
F(N, "Un camarero de 31 años, que pidió no ser identificado, relató a la policía que un voluntario de la asociación le insistió durante semanas para que regresara a China a \"aclarar\" una deuda con un antiguo socio.", "incident", country="ES", incident_type="persuasion", place="Zaragoza", claimant="a waiter")
F(N, "Poco después, agentes de su ciudad natal se presentaron en casa de sus padres y les pidieron que le convencieran.", "incident", country="ES", incident_type="harassment", claimant="a waiter", note="relatives visited in China; host of the targeted person is ES")
F(N, "Por ahora no hay detenidos.", "response", country="ES", action="arrest", polarity="denied", optional=True)
F(N, "Safeguard Defenders calcula que hay al menos diez de estas oficinas en España", "count", country="ES", measure="stations", value=10, claimant="Safeguard Defenders")
F(N, "dentro de una red que en todo el mundo superaría las cien", "count", country=None, measure="stations", value=100, claimant="Safeguard Defenders", optional=True, note="'superaría las cien'")
F(N, "La embajada china en Madrid calificó el informe de \"infundado\" y aseguró en un comunicado que los locales señalados son centros atendidos por voluntarios", "denial", country="CN", claimant="PRC Embassy in Spain")
F(N, "\"No existe ninguna comisaría china en España\", afirmó un portavoz.", "station", country="ES", place=None, polarity="denied", claimant="PRC Embassy in Spain", optional=True)

N = "028-es-respuesta-congreso-murcia-cartagena.txt"
D(N, """
(184) PREGUNTA PARA RESPUESTA ESCRITA

184/041277

AUTOR: Diputado del Grupo Parlamentario Mixto

RESPUESTA:

En relación con la pregunta de referencia, en la que Su Señoría afirma que desde 2021
operan en la Región de Murcia dos oficinas vinculadas a la Oficina de Seguridad Pública
de Cangnan (provincia de Zhejiang), una en el centro de Murcia y otra en el barrio de
Santa Lucía de Cartagena, se informa lo siguiente.

Tras conocerse las informaciones publicadas, la Comisaría General de Información de la
Policía Nacional abrió una investigación sobre la actividad de ambos locales y de las
asociaciones que los gestionan, en coordinación con la Fiscalía.

Como resultado de las comprobaciones realizadas, no se ha constatado la comisión de
ilícito penal alguno en el local de Murcia. El establecimiento de Cartagena cesó su
actividad en diciembre de 2022, antes de que se practicara ninguna diligencia, por
decisión de la propia asociación.

Las Fuerzas y Cuerpos de Seguridad del Estado no tienen conocimiento de que se haya
presionado a ningún ciudadano chino residente en la Región de Murcia para regresar a su
país.

Por lo que respecta a la vertiente diplomática, el Ministerio de Asuntos Exteriores, Unión
Europea y Cooperación trasladó a la Embajada de la República Popular China en Madrid la
preocupación del Gobierno y recordó que las funciones policiales en territorio español
corresponden en exclusiva a las autoridades españolas. No se ha considerado necesario
convocar al embajador.

Por último, se señala que no existe ningún acuerdo en vigor entre el Ministerio del
Interior y el Ministerio de Seguridad Pública de China que contemple la presencia de
agentes chinos en España ni la realización de patrullas conjuntas.

Madrid, 27 de febrero de 2023.—El Secretario de Estado de Relaciones con las Cortes y
Asuntos Constitucionales.
""")
F(N, "dos oficinas vinculadas a la Oficina de Seguridad Pública\nde Cangnan (provincia de Zhejiang), una en el centro de Murcia y otra en el barrio de\nSanta Lucía de Cartagena", "station", country="ES", place="Murcia", operator="Cangnan", operator_alt=["Wenzhou"], date="2021", claimant="Grupo Parlamentario Mixto deputy", note="premise of the question")
F(N, "dos oficinas vinculadas a la Oficina de Seguridad Pública\nde Cangnan (provincia de Zhejiang), una en el centro de Murcia y otra en el barrio de\nSanta Lucía de Cartagena", "station", country="ES", place="Cartagena", operator="Cangnan", operator_alt=["Wenzhou"], date="2021", claimant="Grupo Parlamentario Mixto deputy", note="premise of the question; Santa Lucía district")
F(N, "la Comisaría General de Información de la\nPolicía Nacional abrió una investigación sobre la actividad de ambos locales", "response", country="ES", action="investigation", claimant="Spanish government")
F(N, "no se ha constatado la comisión de\nilícito penal alguno en el local de Murcia", "response", country="ES", action="no_wrongdoing_found", place="Murcia", claimant="Spanish government")
F(N, "El establecimiento de Cartagena cesó su\nactividad en diciembre de 2022, antes de que se practicara ninguna diligencia, por\ndecisión de la propia asociación.", "response", country="ES", action="closure", place="Cartagena", date="2022-12", claimant="Spanish government", optional=True, note="closed by the association itself")
F(N, "no tienen conocimiento de que se haya\npresionado a ningún ciudadano chino residente en la Región de Murcia para regresar a su\npaís", "incident", country="ES", incident_type="persuasion", polarity="denied", claimant="Spanish government", optional=True)
F(N, "trasladó a la Embajada de la República Popular China en Madrid la\npreocupación del Gobierno", "response", country="ES", action="protest", claimant="Spanish government", optional=True, note="message short of a summons")
F(N, "No se ha considerado necesario\nconvocar al embajador.", "response", country="ES", action="protest", polarity="denied", claimant="Spanish government", optional=True)

N = "029-es-biobio-concepcion-temuco-pdi.txt"
D(N, """
PDI allana sede de agrupación china en Concepción por presunta "estación policial"

Concepción. La Brigada Investigadora de Delitos Económicos de la PDI allanó este martes la sede de una agrupación de comerciantes chinos en el centro de Concepción, en el marco de una investigación de la Fiscalía Regional del Biobío por presunta usurpación de funciones y asociación ilícita.

De acuerdo con la querella presentada por un comerciante del sector, la oficina operaba desde 2019 como un punto de contacto de la Oficina de Seguridad Pública de Nanping, en la provincia de Fujian, y sus encargados habrían realizado trámites y "gestiones" para esa policía entre la comunidad china de la región.

El caso más grave que consta en la querella es el de un vendedor de ropa de 44 años. Según el escrito, en septiembre de 2022 fue llevado por dos miembros de la agrupación hasta Santiago y embarcado en un vuelo a Shanghái, donde lo esperaban agentes chinos. Su familia en Chile no ha vuelto a tener noticias suyas.

La fiscal a cargo confirmó que se incautaron computadores y documentos, pero precisó que hasta ahora no hay personas formalizadas. "Estamos en una etapa muy inicial", dijo a la salida del inmueble, custodiado por carabineros de la Primera Comisaría.

La querella menciona además una segunda sede en Temuco, cuya existencia la PDI no ha podido confirmar.

La Cancillería citó el miércoles al embajador de China para pedirle explicaciones. A través de un comunicado, la embajada rechazó "tajantemente" las acusaciones, que atribuyó a "sectores interesados en dañar la amistad entre ambos pueblos", y sostuvo que la agrupación es una entidad privada chilena sin vínculo con organismos del Estado chino.
""")
F(N, "La Brigada Investigadora de Delitos Económicos de la PDI allanó este martes la sede de una agrupación de comerciantes chinos en el centro de Concepción, en el marco de una investigación de la Fiscalía Regional del Biobío", "response", country="CL", action="investigation", place="Concepción", place_alt=["Concepcion"])
F(N, "De acuerdo con la querella presentada por un comerciante del sector, la oficina operaba desde 2019 como un punto de contacto de la Oficina de Seguridad Pública de Nanping, en la provincia de Fujian", "station", country="CL", place="Concepción", place_alt=["Concepcion"], operator="Nanping", date="2019", claimant="a trader's complaint")
F(N, "Según el escrito, en septiembre de 2022 fue llevado por dos miembros de la agrupación hasta Santiago y embarcado en un vuelo a Shanghái, donde lo esperaban agentes chinos.", "incident", country="CL", incident_type="forced_return", date="2022-09", claimant="a trader's complaint")
F(N, "precisó que hasta ahora no hay personas formalizadas", "response", country="CL", action="arrest", polarity="denied", optional=True)
F(N, "La querella menciona además una segunda sede en Temuco, cuya existencia la PDI no ha podido confirmar.", "station", country="CL", place="Temuco", claimant="a trader's complaint", optional=True, note="unconfirmed")
F(N, "La Cancillería citó el miércoles al embajador de China para pedirle explicaciones.", "response", country="CL", action="protest")
F(N, "la embajada rechazó \"tajantemente\" las acusaciones", "denial", country="CN", claimant="PRC Embassy in Chile")

N = "034-es-noticia-estacion-meteorologica-oruro.txt"
D(N, """
China dona una estación meteorológica al altiplano de Oruro

ORURO. – Una estación meteorológica automática donada por la República Popular China comenzó a funcionar este lunes en el municipio de Challapata, a 120 kilómetros de la ciudad de Oruro, según informó el Servicio Nacional de Meteorología e Hidrología (Senamhi).

El equipo, instalado por técnicos de una empresa de Nanjing, mide la temperatura, la humedad y la velocidad del viento cada diez minutos y envía los datos por satélite. El acuerdo de donación, firmado en 2022 entre el Ministerio de Medio Ambiente y Agua y la embajada china, incluye otras seis estaciones para los departamentos de Potosí y Chuquisaca.

"Los productores de quinua sabrán con horas de antelación si viene una helada", dijo el director regional del Senamhi durante el acto, al que asistieron el consejero económico de la embajada, autoridades municipales y una banda escolar. La Policía Boliviana desplegó a una decena de efectivos para ordenar el tránsito en la plaza principal.

La estación anterior, instalada en los años noventa, dejó de transmitir en 2019 después de que ladrones sustrajeran sus paneles solares. Los vecinos denunciaron el robo en el módulo policial del pueblo, pero los paneles nunca aparecieron.

El Senamhi prevé capacitar a dos funcionarios municipales en el mantenimiento del equipo. La empresa china se comprometió a enviar repuestos durante los primeros tres años.
""")

N = "030-es-comunicado-ministerio-el-salvador.txt"
D(N, """
MINISTERIO DE JUSTICIA Y SEGURIDAD PÚBLICA
REPÚBLICA DE EL SALVADOR

COMUNICADO DE PRENSA N.º 118/2023

San Salvador, 6 de octubre de 2023

Ante las publicaciones difundidas en los últimos días por medios digitales, según las cuales en un inmueble de la colonia Escalón de San Salvador funcionaría una "estación de policía" de la provincia china de Fujian, administrada por la Oficina de Seguridad Pública de Pingtan, el Ministerio de Justicia y Seguridad Pública informa a la población:

1. En El Salvador no opera ninguna estación de policía extranjera. La seguridad pública es competencia exclusiva de la Policía Nacional Civil (PNC).

2. La PNC, por instrucción de este Ministerio, abrió una investigación de oficio y realizó una inspección del inmueble señalado, que alberga una asociación de comerciantes. No se encontraron indicios de actividad ilícita ni de funciones policiales.

3. El Convenio de Cooperación en materia de Seguridad suscrito con la República Popular China en 2019 se limita a la formación de personal y a la donación de equipo, y se ejecuta con total transparencia.

4. Este Ministerio no ha recibido ninguna denuncia de ciudadanos chinos residentes en el país que hayan sido presionados para regresar a su país de origen.

5. Se exhorta a la población a informarse por canales oficiales.

DIRECCIÓN DE COMUNICACIONES
""")
F(N, "según las cuales en un inmueble de la colonia Escalón de San Salvador funcionaría una \"estación de policía\" de la provincia china de Fujian, administrada por la Oficina de Seguridad Pública de Pingtan", "station", country="SV", place="San Salvador", operator="Pingtan", claimant="digital media", note="colonia Escalón")
F(N, "1. En El Salvador no opera ninguna estación de policía extranjera.", "denial", country="SV", claimant="Salvadoran Ministry of Justice and Public Security")
F(N, "1. En El Salvador no opera ninguna estación de policía extranjera.", "station", country="SV", place=None, polarity="denied", claimant="Salvadoran Ministry of Justice and Public Security", optional=True)
F(N, "La PNC, por instrucción de este Ministerio, abrió una investigación de oficio y realizó una inspección del inmueble señalado", "response", country="SV", action="investigation", place="San Salvador", claimant="Salvadoran Ministry of Justice and Public Security")
F(N, "No se encontraron indicios de actividad ilícita ni de funciones policiales.", "response", country="SV", action="no_wrongdoing_found", place="San Salvador", claimant="Salvadoran Ministry of Justice and Public Security")
F(N, "El Convenio de Cooperación en materia de Seguridad suscrito con la República Popular China en 2019", "agreement", country="SV", agreement_type="security_agreement", date="2019", claimant="Salvadoran Ministry of Justice and Public Security")
F(N, "Este Ministerio no ha recibido ninguna denuncia de ciudadanos chinos residentes en el país que hayan sido presionados para regresar a su país de origen.", "incident", country="SV", incident_type="persuasion", polarity="denied", claimant="Salvadoran Ministry of Justice and Public Security", optional=True)

N = "031-es-opinion-mendoza-san-juan.txt"
D(N, """
OPINIÓN

El silencio de la Cancillería ante la policía de otro país

Por un exdiplomático y profesor de Relaciones Internacionales

Hace ya más de un año que una organización de derechos humanos con sede en Madrid publicó la lista que recorrió el mundo: ciento dos "estaciones de servicio" de la policía china en cincuenta y tres países. En la Argentina no hubo escándalo. Hubo, como suele pasar, un par de notas y después nada.

Pero el tema nos toca de cerca. Según esa misma organización, en Mendoza funciona desde 2018, en la trastienda de un autoservicio de Godoy Cruz, una oficina vinculada a la Oficina de Seguridad Pública de Qidong, en la provincia de Jiangsu. Otra, de la misma dependencia, estaría en la capital de San Juan. Ambas, se dice, ayudan a renovar licencias y a "mediar" en conflictos entre comerciantes.

Mediar suena inofensivo. No lo es cuando quien media representa a una policía que, según sus propias cifras oficiales, "persuadió" a decenas de miles de personas de volver a China para ser juzgadas.

¿Qué hizo nuestro país? Nada. La Argentina nunca abrió una investigación sobre estas oficinas, ni el fiscal federal de Mendoza ni nadie. La Cancillería tampoco citó al embajador chino para pedir explicaciones; se limitó a responder a un pedido de informes de un diputado con una frase de manual.

Otros países fueron más firmes. Los Países Bajos cerraron las oficinas de Ámsterdam y Róterdam en cuestión de semanas; Irlanda ordenó el cierre del local de Dublín; en Estados Unidos hubo detenciones.

No pido que rompamos relaciones con nuestro principal comprador de soja. Pido lo mínimo: que un fiscal mire, que alguien pregunte. Si mañana una comunidad de la colectividad boliviana abriera en Mendoza una "oficina" de la policía de La Paz, ¿nos quedaríamos de brazos cruzados?
""")
F(N, "ciento dos \"estaciones de servicio\" de la policía china en cincuenta y tres países", "count", country=None, measure="stations", value=102, claimant="Safeguard Defenders")
F(N, "ciento dos \"estaciones de servicio\" de la policía china en cincuenta y tres países", "count", country=None, measure="countries", value=53, claimant="Safeguard Defenders")
F(N, "Según esa misma organización, en Mendoza funciona desde 2018, en la trastienda de un autoservicio de Godoy Cruz, una oficina vinculada a la Oficina de Seguridad Pública de Qidong, en la provincia de Jiangsu.", "station", country="AR", place="Mendoza", place_alt=["Godoy Cruz"], operator="Qidong", operator_alt=["Nantong"], date="2018", claimant="Safeguard Defenders", note="Godoy Cruz, Greater Mendoza")
F(N, "Otra, de la misma dependencia, estaría en la capital de San Juan.", "station", country="AR", place="San Juan", operator="Qidong", operator_alt=["Nantong"], claimant="Safeguard Defenders")
F(N, "La Argentina nunca abrió una investigación sobre estas oficinas", "response", country="AR", action="investigation", polarity="denied")
F(N, "La Cancillería tampoco citó al embajador chino para pedir explicaciones", "response", country="AR", action="protest", polarity="denied", optional=True)
F(N, "Los Países Bajos cerraron las oficinas de Ámsterdam y Róterdam en cuestión de semanas", "response", country="NL", action="closure")
F(N, "Los Países Bajos cerraron las oficinas de Ámsterdam y Róterdam en cuestión de semanas", "station", country="NL", place="Amsterdam")
F(N, "Los Países Bajos cerraron las oficinas de Ámsterdam y Róterdam en cuestión de semanas", "station", country="NL", place="Rotterdam")
F(N, "Irlanda ordenó el cierre del local de Dublín", "response", country="IE", action="closure")
F(N, "Irlanda ordenó el cierre del local de Dublín", "station", country="IE", place="Dublin")
F(N, "en Estados Unidos hubo detenciones", "response", country="US", action="arrest")
F(N, "en Estados Unidos hubo detenciones", "station", country="US", place=None, optional=True, note="implied host; no station named")

N = "032-es-entrevista-investigadora-monterrey-merida.txt"
D(N, """
"En México nadie ha querido mirar": entrevista con una investigadora de la diáspora china

Una académica de una universidad de Nuevo León estudia desde hace seis años a la comunidad china del norte del país. Conversamos con ella en su oficina de Monterrey.

—¿Existen en México las llamadas comisarías chinas?

—Hay indicios serios de que sí. Yo he documentado al menos tres. La mejor conocida está aquí, en Monterrey, en la planta alta de un restaurante del barrio Antiguo. Según los propios anuncios que publicaba en WeChat, la abrió en 2021 la Oficina de Seguridad Pública de Kaiping, en Guangdong, que es de donde vienen muchas familias del norte de México. Otra funciona en Mérida, dentro de una asociación de comerciantes. De la tercera prefiero no dar la ubicación todavía.

—¿Qué hacen esas oficinas?

—Oficialmente, trámites: licencias, certificados, apoyo a paisanos. Pero entrevisté a un joven que trabajaba en Mérida y que se había ido de China tras participar en una protesta. Le llamaban cada semana desde esa asociación; luego la policía fue a buscar a su abuela y a su hermano. Él sigue aquí, pero ya no contesta el teléfono.

—¿Ha actuado la Fiscalía General de la República?

—No. Que yo sepa, la FGR no ha abierto ninguna carpeta de investigación. Presenté mi informe a la Secretaría de Relaciones Exteriores hace un año y nunca me respondieron.

—La embajada china dice que son centros de voluntarios.

—Lo dicen en todas partes. En su comunicado de diciembre calificaron mis conclusiones de "especulación malintencionada". Yo invito a cualquiera a leer los anuncios que ellos mismos publicaron.

—¿Teme represalias?

—Cuido lo que digo. Pero callar sería peor.
""")
F(N, "Yo he documentado al menos tres.", "count", country="MX", measure="stations", value=3, claimant="a researcher")
F(N, "La mejor conocida está aquí, en Monterrey, en la planta alta de un restaurante del barrio Antiguo. Según los propios anuncios que publicaba en WeChat, la abrió en 2021 la Oficina de Seguridad Pública de Kaiping, en Guangdong", "station", country="MX", place="Monterrey", operator="Kaiping", date="2021", claimant="a researcher", note="Barrio Antiguo")
F(N, "Otra funciona en Mérida, dentro de una asociación de comerciantes.", "station", country="MX", place="Mérida", place_alt=["Merida"], claimant="a researcher")
F(N, "Le llamaban cada semana desde esa asociación", "incident", country="MX", incident_type="persuasion", place="Mérida", place_alt=["Merida"], claimant="a researcher", optional=True, note="calls, purpose not stated explicitly")
F(N, "luego la policía fue a buscar a su abuela y a su hermano", "incident", country="MX", incident_type="harassment", claimant="a researcher")
F(N, "la FGR no ha abierto ninguna carpeta de investigación", "response", country="MX", action="investigation", polarity="denied", claimant="a researcher")
F(N, "En su comunicado de diciembre calificaron mis conclusiones de \"especulación malintencionada\".", "denial", country="CN", claimant="PRC Embassy in Mexico")

N = "033-es-breve-vigo-ourense-jinyun.txt"
D(N, """
GALICIA

La Policía registra en Vigo un local señalado como "oficina" de la policía china

VIGO. Agentes de la Brigada Provincial de Información registraron ayer un local del barrio de Teis que, según fuentes de la investigación, habría servido desde 2020 como punto de atención de la Oficina de Seguridad Pública de Jinyun, un condado de la provincia china de Zhejiang. El registro, autorizado por un juzgado de instrucción de Vigo, se prolongó durante cuatro horas. No hubo detenciones.

Los agentes buscan documentación que acredite si desde el local se contactó con vecinos de origen chino para instarles a volver a su país. Hasta el momento, ningún residente ha presentado denuncia.

Las mismas fuentes indican que la Policía comprobó a finales del año pasado otro local en Ourense, en la calle del Progreso, sin hallar nada irregular. Ese establecimiento ya no abre al público.

La Subdelegación del Gobierno en Pontevedra declinó hacer comentarios. La asociación que gestiona el local de Teis sostiene que solo organiza clases de mandarín para niños y la celebración del Año Nuevo lunar.
""")
F(N, "Agentes de la Brigada Provincial de Información registraron ayer un local del barrio de Teis", "response", country="ES", action="investigation", place="Vigo")
F(N, "registraron ayer un local del barrio de Teis que, según fuentes de la investigación, habría servido desde 2020 como punto de atención de la Oficina de Seguridad Pública de Jinyun, un condado de la provincia china de Zhejiang", "station", country="ES", place="Vigo", operator="Jinyun", operator_alt=["Lishui"], date="2020", claimant="investigation sources", note="Teis district")
F(N, "No hubo detenciones.", "response", country="ES", action="arrest", polarity="denied", optional=True)
F(N, "la Policía comprobó a finales del año pasado otro local en Ourense, en la calle del Progreso, sin hallar nada irregular", "station", country="ES", place="Ourense", claimant="investigation sources", optional=True, note="'otro local' implies a second suspected site; nothing found")
F(N, "la Policía comprobó a finales del año pasado otro local en Ourense, en la calle del Progreso, sin hallar nada irregular", "response", country="ES", action="no_wrongdoing_found", place="Ourense", claimant="investigation sources")
F(N, "Ese establecimiento ya no abre al público.", "response", country="ES", action="closure", place="Ourense", optional=True)
F(N, "La asociación que gestiona el local de Teis sostiene que solo organiza clases de mandarín para niños", "denial", country="ES", claimant="the association", optional=True)
