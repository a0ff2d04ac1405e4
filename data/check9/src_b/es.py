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
