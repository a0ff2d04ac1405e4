"""Spanish documents 027-033 of check17 part C, with their gold facts."""
from h import S, C, R, I, A, D, wrap, hwrap

DOCS = []

# ---------------------------------------------------------------- 027
T027 = '''Inicio > Sociedad > Sucesos

Los Mossos investigan dos supuestas "comisarías" chinas en el Barcelonès y el Maresme

Agencia EFE | Barcelona | 14 mar 2026 - 12:47 CET
Actualizado: 14 mar 2026 - 18:05 CET

[Foto: Fachada del bajo comercial de Badalona donde, según la ONG, funcionaba la oficina. EFE/Quique García]

Barcelona, 14 mar (EFE).- La Comisaría General de Información de los Mossos d'Esquadra ha abierto diligencias para esclarecer si dos locales de Badalona y Mataró servían de enlace a la policía china, según han confirmado a EFE fuentes del cuerpo, que no han querido dar más detalles "para no perjudicar la investigación".

La pista procede de un informe publicado el martes por la organización Safeguard Defenders, que sitúa en Cataluña dos de las siete "estaciones de servicio policial en el extranjero" que atribuye a China en España. Según el documento, la de Badalona fue inaugurada en la primavera de 2019 por la Oficina de Seguridad Pública de Zibo, en la provincia oriental de Shandong, y compartía dirección con una asociación de comerciantes del barrio de Sant Roc.

La segunda estaría en Mataró, en la planta alta de un almacén de bisutería del polígono. El informe no precisa qué oficina china la gestiona.

Lea también: El Gobierno pide "prudencia" ante el informe sobre la policía china

Fuentes de la investigación explicaron que los agentes han tomado declaración al presidente de la asociación y a dos empleados del local badalonés, y que han requerido documentación al Ayuntamiento sobre la licencia de actividad. Hasta el momento no hay ningún detenido.

El local, de unos ochenta metros cuadrados y con un cartel bilingüe en la puerta, ofrecía según sus responsables ayuda para renovar el carné de conducir chino y gestiones notariales a distancia. Vecinos consultados por esta agencia aseguran que la persiana lleva bajada desde finales de febrero.

"Aquí nunca ha trabajado ningún policía. Ayudábamos a la gente mayor con el papeleo, nada más", declaró a EFE el presidente de la entidad, que pidió no ser identificado.

La Embajada de China en Madrid calificó las informaciones de "pura invención" y aseguró en un comunicado que "no existe ninguna comisaría china en España". Según la legación, se trata de puntos atendidos por voluntarios para que los ciudadanos chinos "no tengan que viajar a su país para renovar documentos".

El informe cifra en siete los puntos detectados en territorio español y en más de un centenar los que operan en todo el mundo, la mayoría en Europa.

"Aquí nunca ha trabajado ningún policía"

Las diligencias de los Mossos se suman a las que ya practica la Audiencia Nacional desde el pasado otoño sobre otras oficinas del mismo tipo, informa EFE.

(c) EFE 2026. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de EFE sin su previo y expreso consentimiento.

Fe de errores: una versión anterior de esta noticia atribuía también el local de Mataró a la Oficina de Seguridad Pública de Zibo. El informe no identifica qué oficina lo gestiona.

Suscríbete a nuestro boletín y recibe cada mañana las noticias más leídas.

Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. Aceptar | Configurar
'''
DOCS.append(dict(name="027-es-efe-badalona-mataro-zibo.txt", text=T027, facts=[
    S("ES", "Badalona", "Según el documento, la de Badalona fue inaugurada en la primavera de 2019 por la Oficina de Seguridad Pública de Zibo",
      operator="Zibo", claimant="Safeguard Defenders", date="2019"),
    S("ES", "Mataró", "La segunda estaría en Mataró, en la planta alta de un almacén de bisutería del polígono.",
      claimant="Safeguard Defenders", note="operator not identified; the correction retracts Zibo"),
    C("stations", 7, "ES", "El informe cifra en siete los puntos detectados en territorio español",
      claimant="Safeguard Defenders"),
    C("stations", 2, "ES", "que sitúa en Cataluña dos de las siete", claimant="Safeguard Defenders", opt=True,
      note="regional count (Catalonia) inside Spain"),
    C("stations", 100, None, "en más de un centenar los que operan en todo el mundo", claimant="Safeguard Defenders", opt=True,
      note="approximation"),
    R("ES", "investigation", "La Comisaría General de Información de los Mossos d'Esquadra ha abierto diligencias para esclarecer si dos locales de Badalona y Mataró servían de enlace a la policía china",
      date="2026-03"),
    R("ES", "arrest", "Hasta el momento no hay ningún detenido.", pol="denied", opt=True),
    R("ES", "closure", "Vecinos consultados por esta agencia aseguran que la persiana lleva bajada desde finales de febrero.", opt=True,
      note="shutters down, no order"),
    D("CN", "La Embajada de China en Madrid calificó las informaciones de \"pura invención\"", claimant="PRC Embassy in Spain"),
    S("ES", None, "aseguró en un comunicado que \"no existe ninguna comisaría china en España\"", claimant="PRC Embassy in Spain",
      pol="denied", opt=True),
    D("ES", "\"Aquí nunca ha trabajado ningún policía. Ayudábamos a la gente mayor con el papeleo, nada más\", declaró a EFE el presidente de la entidad",
      claimant="association president", opt=True, note="host-country association's denial"),
]))

# ---------------------------------------------------------------- 028
T028 = '''TRANSCRIPCIÓN | Primera Emisión — segmento "Los pendientes"
Fecha de emisión: jueves 9 de abril de 2026, 07:42 h
Esta transcripción se genera de forma automática y es revisada por la producción. Puede contener errores; el audio es la versión de referencia.

[00:00] CONDUCTORA: Siete cuarenta y dos, buenos días. Regresamos con un tema del que se ha hablado mucho en redes esta semana. Tenemos en la línea a una reportera de investigación que lleva meses detrás de la llamada "oficina" de Querétaro. Buenos días, bienvenida.

[00:14] REPORTERA: Buenos días, gracias por la invitación.

[00:16] CONDUCTORA: Para quien nos escucha por primera vez: ¿de qué estamos hablando?

[00:20] REPORTERA: De un local en el centro histórico de Querétaro, arriba de una tienda de abarrotes asiáticos, que se presentaba como centro de atención a la comunidad china del Bajío. Según documentos que pudimos revisar, y según dos personas que trabajaron ahí, el lugar rendía cuentas a la Oficina de Seguridad Pública de Luoyang, en la provincia de Henan. Abrió, hasta donde sabemos, a finales de 2020.

[00:47] CONDUCTORA: ¿Y qué hacía exactamente?

[00:49] REPORTERA: Oficialmente, trámites: renovar licencias de manejo chinas, apostillar certificados, cosas así. Pero documentamos por lo menos un caso muy concreto. Un cocinero originario de Luoyang, que vivía en Querétaro desde 2016 y al que allá acusaban de un fraude. Primero le llamaron desde el local, después lo visitaron varias veces en el restaurante. A su mamá, en Henan, la citaron en la comisaría de su barrio y le dijeron que el hijo tenía que volver. En marzo de 2023 él tomó un vuelo a Shanghái. Nadie lo subió a la fuerza al avión, pero antes de irse nos escribió que no tenía alternativa.

[01:31] CONDUCTORA: Eso es lo que en los documentos chinos llaman "persuasión".

[01:34] REPORTERA: Exacto, "persuadir para el regreso".

[01:37] CONDUCTORA: ¿Es el único sitio así en México?

[01:40] REPORTERA: No. Tenemos confirmados dos en el país. El otro está en Morelia, pero de ese no sabemos quién lo maneja. Hay rumores de un tercero en el norte que no hemos podido verificar, así que prefiero no mencionarlo al aire.

[01:55] CONDUCTORA: Imagínate que sí aparece ese tercero. ¿Cambiaría algo?

[01:58] REPORTERA: Si se confirmara, habría que preguntarse quién coordina todo esto. Pero hoy es hipotético.

[02:06] CONDUCTORA: ¿Y qué ha hecho el Gobierno?

[02:08] REPORTERA: La Fiscalía General de la República abrió una carpeta de investigación en febrero, nos lo confirmó la propia Fiscalía. Y la Secretaría de Relaciones Exteriores le mandó una nota de protesta a la embajada china. Al embajador, eso sí, no lo han llamado a cuentas.

[02:24] CONDUCTORA: ¿Y la embajada qué dice?

[02:26] REPORTERA: Respondió por escrito que son "centros voluntarios de servicio consular" y que las acusaciones "carecen de todo fundamento".

[02:35] CONDUCTORA: Gracias, de veras. Seguiremos pendientes. Vamos a una pausa y regresamos con el tráfico en Periférico.

[02:41] [CORTE COMERCIAL]

Escucha el programa completo en nuestra app y en tu plataforma de pódcast favorita.
'''
DOCS.append(dict(name="028-es-mx-radio-queretaro-morelia-luoyang.txt", text=T028, facts=[
    S("MX", "Querétaro", "De un local en el centro histórico de Querétaro, arriba de una tienda de abarrotes asiáticos, que se presentaba como centro de atención a la comunidad china del Bajío. Según documentos que pudimos revisar, y según dos personas que trabajaron ahí, el lugar rendía cuentas a la Oficina de Seguridad Pública de Luoyang",
      operator="Luoyang", date="2020", place_alt=["Santiago de Querétaro"], note="operator in the next sentence ('el lugar'); opened 'a finales de 2020'"),
    S("MX", "Morelia", "El otro está en Morelia, pero de ese no sabemos quién lo maneja."),
    C("stations", 2, "MX", "Tenemos confirmados dos en el país."),
    I("MX", "persuasion", "En marzo de 2023 él tomó un vuelo a Shanghái. Nadie lo subió a la fuerza al avión, pero antes de irse nos escribió que no tenía alternativa.",
      place="Querétaro", date="2023-03"),
    I("MX", "harassment", "A su mamá, en Henan, la citaron en la comisaría de su barrio y le dijeron que el hijo tenía que volver.", opt=True,
      note="pressure on a relative within the persuasion case"),
    R("MX", "investigation", "La Fiscalía General de la República abrió una carpeta de investigación en febrero"),
    R("MX", "protest", "la Secretaría de Relaciones Exteriores le mandó una nota de protesta a la embajada china"),
    R("MX", "protest", "Al embajador, eso sí, no lo han llamado a cuentas.", pol="denied", opt=True),
    D("CN", "Respondió por escrito que son \"centros voluntarios de servicio consular\" y que las acusaciones \"carecen de todo fundamento\".",
      claimant="PRC Embassy in Mexico"),
]))

# ---------------------------------------------------------------- 029
T029 = '''DIARIO EL CENTRO · Talca · Crónica

SEGUIMIENTO

PDI descarta delito en la "oficina" china de la 1 Sur, pero el local ya no abre

La Fiscalía Regional del Maule archivó provisionalmente la causa. La embajada insiste en que se trataba de un centro de trámites.

Por Equipo de Crónica
Publicado el 22/05/2026 a las 08:15 | Actualizado el 23/05/2026 a las 10:40

Compartir: Facebook · X · WhatsApp · Copiar enlace

Tres semanas después de que este diario revelara la existencia de una oficina vinculada a la policía china en pleno centro de Talca, la Policía de Investigaciones (PDI) cerró sus pesquisas sin encontrar antecedentes de delito.

Como informamos el 30 de abril, el recinto —un segundo piso de la calle 1 Sur, sobre una tienda de accesorios para celulares— fue habilitado en 2021 por la Oficina de Seguridad Pública de la ciudad de Xinxiang, en la provincia china de Henan, según documentos internos difundidos por la ONG Safeguard Defenders. Sería la única de su tipo en Chile.

(Foto: La escalera de acceso al segundo piso de la 1 Sur, este miércoles. / Diario El Centro)

A pedido de la Fiscalía Regional, la Brigada de Investigaciones Policiales Especiales de la PDI entrevistó a la dueña del inmueble, a tres usuarios y a la mujer que atendía la oficina, y revisó los registros de la Gobernación sobre permisos de residencia. El informe policial, al que tuvo acceso este medio, concluye que "no se constataron hechos que revistan caracteres de delito", por lo que el fiscal a cargo dispuso el archivo provisional de la causa.

Lee también: Comerciantes chinos del Maule celebran el Año Nuevo Lunar en la Plaza de Armas

Con todo, el local ya no funciona. Desde hace dos semanas la reja está con candado y el letrero en mandarín fue retirado. Desde la Municipalidad confirmaron que no se dictó ninguna orden de cierre: "Ellos se fueron solos", dijo un funcionario del departamento de patentes.

La Embajada de China en Santiago reiteró su posición en una breve declaración enviada a este medio: "Son simplemente puntos de apoyo para que nuestros connacionales renueven su licencia de conducir sin viajar. No tienen nada que ver con la policía".

Vecinos de la 1 Sur dijeron que por el segundo piso pasaban "sobre todo personas mayores", a menudo los fines de semana.

ACTUALIZACIÓN (23/05/2026, 10:40): Tras la publicación de esta nota, un diputado por la región pidió por oficio a la Cancillería que cite al embajador chino para que entregue explicaciones. La Cancillería no había respondido al cierre de esta edición.

Temas relacionados: PDI · Fiscalía · China · Centro de Talca
© Diario El Centro. Todos los derechos reservados.
'''
DOCS.append(dict(name="029-es-cl-diario-seguimiento-talca-xinxiang.txt", text=T029, facts=[
    S("CL", "Talca", "fue habilitado en 2021 por la Oficina de Seguridad Pública de la ciudad de Xinxiang",
      operator="Xinxiang", claimant="Safeguard Defenders", date="2021"),
    C("stations", 1, "CL", "Sería la única de su tipo en Chile.", claimant="Safeguard Defenders", opt=True, note="count of one"),
    R("CL", "investigation", "A pedido de la Fiscalía Regional, la Brigada de Investigaciones Policiales Especiales de la PDI entrevistó a la dueña del inmueble"),
    R("CL", "no_wrongdoing_found", "la Policía de Investigaciones (PDI) cerró sus pesquisas sin encontrar antecedentes de delito"),
    R("CL", "closure", "Desde la Municipalidad confirmaron que no se dictó ninguna orden de cierre", opt=True,
      note="the office stopped by itself"),
    D("CN", "\"Son simplemente puntos de apoyo para que nuestros connacionales renueven su licencia de conducir sin viajar. No tienen nada que ver con la policía\"",
      claimant="PRC Embassy in Chile"),
]))

# ---------------------------------------------------------------- 030 (irrelevant)
T030 = '''La Opinión de Zamora · Provincia

La Guardia Civil de Tráfico intercepta un autocar con 48 turistas chinos y un conductor que triplicaba la tasa de alcohol

El vehículo fue detenido en la estación de servicio de la A-52 a la altura de Puebla de Sanabria. Los viajeros continuaron ruta en otro autobús.

Zamora, 3 de junio de 2026

Agentes del Subsector de Tráfico de la Guardia Civil de Zamora inmovilizaron el pasado domingo un autocar que trasladaba a 48 turistas de nacionalidad china desde Oporto hasta Madrid, después de que su conductor, un hombre de 51 años vecino de Benavente, arrojara una tasa de 0,79 miligramos de alcohol por litro de aire espirado.

El control se realizó en el marco de una patrulla conjunta con la Guarda Nacional Republicana portuguesa, que desde hace dos veranos vigila el tráfico de autocares turísticos a ambos lados de la frontera gracias a un acuerdo de cooperación transfronteriza.

Según fuentes del instituto armado, el conductor fue detenido e investigado por un delito contra la seguridad vial y quedó en libertad a la espera de juicio rápido. La empresa portuguesa envió un segundo conductor desde Braganza, y los pasajeros, que se quedaron casi cuatro horas en la cafetería de la estación de servicio, pudieron retomar el viaje por la tarde.

La guía del grupo, intérprete de mandarín, agradeció a los agentes "la paciencia y la amabilidad" y explicó que la mayoría de los viajeros procedía de la provincia de Shandong y realizaba un circuito de once días por la península.

En lo que va de año, la Guardia Civil ha realizado en la provincia 102 controles específicos a autobuses y ha denunciado a 53 conductores, la mayoría por exceso de horas de conducción.

LEE TAMBIÉN
- La Policía Local de Zamora estrena comisaría en el barrio de San José Obrero
- Devuelven a su dueño un perro perdido en la Ruta de la Plata

Comentarios (3) · Normas de participación
'''
DOCS.append(dict(name="030-es-zamora-trafico-autocar-turistas.txt", text=T030, facts=[]))

# ---------------------------------------------------------------- 031
T031 = '''OPINIÓN | TRIBUNA

Getafe no es Pekín

Que una oficina de policía de una ciudad china de provincias pueda citar a un vecino del sur de Madrid debería preocuparnos a todos, empezando por el Gobierno

2 de febrero de 2026 · Actualizado a las 09:30 · Lectura: 5 min

Hace un año casi nadie en España había oído hablar de las llamadas "comisarías" chinas. Hoy sabemos, por lo menos, cómo funcionan. No tienen uniformes ni calabozos: son oficinas discretas, alojadas en asociaciones o en comercios, que dependen de la oficina de seguridad pública de una ciudad o de un condado chinos. Sobre el papel renuevan carnés de conducir y tramitan certificados; en la práctica, según quienes las estudian, sirven también para localizar a emigrados, presionarlos y, llegado el caso, convencerlos de que vuelvan.

La organización Safeguard Defenders, que destapó el fenómeno, contabiliza ciento diez en cincuenta y tres países. En España ha localizado nueve.

Dos de ellas están a un paseo de mi casa. Se encuentran en Getafe y en Fuenlabrada. La primera depende del Buró de Seguridad Pública de Linzhou, una ciudad de nivel de condado de la provincia de Henan; la segunda, de la policía de Leling, en Shandong. La de Getafe comparte local con una asociación de importadores de calzado, cuyos responsables aseguran que la sostienen con las cuotas de los socios.

No hablamos de hipótesis. Un mozo de almacén de un polígono de Getafe, al que las autoridades de Linzhou acusaban de impago de un préstamo, regresó a China en el verano de 2024 después de que, según su abogada, la oficina le hiciera llegar mensajes de su padre y de su hermano pidiéndole que se entregara. "No lo obligaron a subir a un avión, pero le hicieron la vida imposible", me contó la letrada.

«No lo obligaron a subir a un avión, pero le hicieron la vida imposible»

Es verdad que las instituciones se han movido. El Juzgado Central de Instrucción de la Audiencia Nacional abrió en 2025 diligencias previas por un posible delito de usurpación de funciones. Pero el tono oficial sigue siendo el del encogimiento de hombros: sobre Fuenlabrada, el Ministerio del Interior respondió en el Congreso que la Policía "no ha detectado actividad delictiva" en el local. ¿Se buscó de verdad?

Pekín, por su parte, rechaza las acusaciones. Su portavoz de Exteriores las atribuyó a "una campaña de desinformación" y sostuvo que se trata de "centros de servicio voluntarios, no de comisarías". Si de verdad fuera así, ¿qué problema habría en registrarlos como lo que dicen ser?

Si un juez concluyera que allí se ejercían funciones policiales, podría ordenar el cierre. Ojalá no haga falta esperar a otro caso como el del mozo de Getafe para saberlo.

La autora es profesora de Derecho Internacional Público y coordina un observatorio sobre la diáspora china en Europa. Sus opiniones no reflejan necesariamente la línea editorial de este periódico.

Archivado en: China · Audiencia Nacional · Policía · Getafe · Fuenlabrada

Este artículo está disponible solo para suscriptores. ¿Ya tienes cuenta? Inicia sesión.
'''
DOCS.append(dict(name="031-es-tribuna-opinion-getafe-fuenlabrada-linzhou-leling.txt", text=T031, facts=[
    S("ES", "Getafe", "Se encuentran en Getafe y en Fuenlabrada. La primera depende del Buró de Seguridad Pública de Linzhou",
      operator="Linzhou", operator_alt=["Anyang"]),
    S("ES", "Fuenlabrada", "Se encuentran en Getafe y en Fuenlabrada. La primera depende del Buró de Seguridad Pública de Linzhou, una ciudad de nivel de condado de la provincia de Henan; la segunda, de la policía de Leling, en Shandong.",
      operator="Leling", operator_alt=["Dezhou"]),
    C("stations", 110, None, "La organización Safeguard Defenders, que destapó el fenómeno, contabiliza ciento diez en cincuenta y tres países.",
      claimant="Safeguard Defenders"),
    C("countries", 53, None, "contabiliza ciento diez en cincuenta y tres países", claimant="Safeguard Defenders"),
    C("stations", 9, "ES", "En España ha localizado nueve.", claimant="Safeguard Defenders"),
    C("stations", 2, "ES", "Dos de ellas están a un paseo de mi casa.", opt=True,
      note="derived count (two of the nine, near Madrid)"),
    I("ES", "persuasion", "Un mozo de almacén de un polígono de Getafe, al que las autoridades de Linzhou acusaban de impago de un préstamo, regresó a China en el verano de 2024",
      place="Getafe", date="2024"),
    I("ES", "harassment", "la oficina le hiciera llegar mensajes de su padre y de su hermano pidiéndole que se entregara", opt=True),
    R("ES", "investigation", "El Juzgado Central de Instrucción de la Audiencia Nacional abrió en 2025 diligencias previas", date="2025"),
    R("ES", "no_wrongdoing_found", "sobre Fuenlabrada, el Ministerio del Interior respondió en el Congreso que la Policía \"no ha detectado actividad delictiva\" en el local",
      place="Fuenlabrada", claimant="Spanish Ministry of the Interior"),
    D("CN", "Pekín, por su parte, rechaza las acusaciones.", claimant="PRC Ministry of Foreign Affairs"),
]))

# ---------------------------------------------------------------- 032
T032 = '''CÁMARA DE SENADORES
COMISIÓN DE ASUNTOS INTERNACIONALES

VERSIÓN TAQUIGRÁFICA DE LA SESIÓN DEL DÍA 17 DE MARZO DE 2026
(Sin corregir)

Carpeta N.º 1184/2026 — Distribuido N.º 402/2026

Asisten: el señor Ministro del Interior; el señor Director de la Policía Nacional; el señor Director General de Información e Inteligencia Policial; la señora Directora de Asuntos Políticos del Ministerio de Relaciones Exteriores.

SEÑOR PRESIDENTE.- Habiendo número, está abierta la sesión.

(Es la hora 10:07)

—La comisión tiene el gusto de recibir al señor ministro del Interior y a su equipo, convocados a raíz de las informaciones de prensa sobre presuntas oficinas policiales chinas en nuestro país. Tiene la palabra el señor senador que solicitó la convocatoria.

SEÑOR SENADOR (miembro interpelante).- Gracias, señor presidente. Según publicó un semanario de Montevideo, y según la organización Safeguard Defenders, en Uruguay funcionarían dos de estas oficinas: una en la ciudad de Maldonado, instalada en 2019 por la Oficina de Seguridad Pública de Puyang, provincia de Henan, y otra en Rivera, sobre la frontera con Brasil, que respondería a la policía de Hebi, de la misma provincia. Quiero saber qué sabe el Ministerio, qué ha hecho y si alguien ha sido molestado.

SEÑOR MINISTRO DEL INTERIOR.- Buenos días a todos. Voy a ser muy concreto. Ni bien tomamos conocimiento de la nota de prensa, el 9 de febrero, dispuse que la Dirección General de Información e Inteligencia Policial hiciera las averiguaciones. Con orden de la fiscalía de turno se realizó un allanamiento en el local de Maldonado, que funciona dentro de un supermercado de un ciudadano de origen chino, y se incautaron un ordenador y documentación.

Quiero ser claro con la comisión: en el análisis de ese material no se encontró evidencia de actividad delictiva, ni de que el local cumpliera funciones policiales. El fiscal, por ahora, no ha formalizado a nadie.

En cuanto a Rivera, el local señalado es un depósito de electrodomésticos. No se ha podido establecer ningún vínculo con la policía china.

SEÑOR SENADOR (miembro interpelante).- ¿Y lo del acto del año pasado?

SEÑOR DIRECTOR GENERAL DE INFORMACIÓN E INTELIGENCIA POLICIAL.- Sí, señor senador. Tenemos denuncia de dos integrantes de una asociación de residentes taiwaneses que, durante una actividad en la rambla de Maldonado en noviembre de 2025, fueron fotografiados de manera insistente por personas que después fueron vistas ingresando al local. Esa denuncia está en la fiscalía.

SEÑORA DIRECTORA DE ASUNTOS POLÍTICOS.- Si me permite, señor presidente. El 20 de febrero la Cancillería convocó al encargado de negocios de la República Popular China y le transmitió la preocupación del gobierno. La embajada respondió por nota verbal que se trata de "puntos de asistencia administrativa a cargo de voluntarios" y rechazó "de forma categórica" cualquier otra interpretación.

SEÑOR SENADOR (otro).- ¿Existe algún convenio de cooperación policial con China que ampare algo de esto?

SEÑOR MINISTRO DEL INTERIOR.- Existe un memorando de entendimiento en materia de seguridad pública firmado en 2018, que prevé capacitación e intercambio de información. No prevé ni patrullajes conjuntos ni presencia de funcionarios chinos en nuestro territorio.

SEÑOR PRESIDENTE.- ¿Algún otro senador desea hacer uso de la palabra? No siendo así, agradecemos la presencia del señor ministro y su equipo.

Se levanta la sesión.

(Es la hora 11:22)

— 3 —
'''
DOCS.append(dict(name="032-es-uy-version-taquigrafica-maldonado-rivera-puyang-hebi.txt", text=T032, facts=[
    S("UY", "Maldonado", "una en la ciudad de Maldonado, instalada en 2019 por la Oficina de Seguridad Pública de Puyang",
      operator="Puyang", claimant="Safeguard Defenders", date="2019", note="premise in a senator's question"),
    S("UY", "Rivera", "y otra en Rivera, sobre la frontera con Brasil, que respondería a la policía de Hebi",
      operator="Hebi", claimant="Safeguard Defenders"),
    C("stations", 2, "UY", "en Uruguay funcionarían dos de estas oficinas", claimant="Safeguard Defenders"),
    R("UY", "investigation", "Con orden de la fiscalía de turno se realizó un allanamiento en el local de Maldonado",
      place="Maldonado", date="2026-02"),
    R("UY", "no_wrongdoing_found", "en el análisis de ese material no se encontró evidencia de actividad delictiva, ni de que el local cumpliera funciones policiales",
      claimant="Uruguayan Ministry of the Interior"),
    R("UY", "arrest", "El fiscal, por ahora, no ha formalizado a nadie.", pol="denied", opt=True),
    S("UY", "Rivera", "En cuanto a Rivera, el local señalado es un depósito de electrodomésticos. No se ha podido establecer ningún vínculo con la policía china.",
      pol="denied", opt=True, claimant="Uruguayan Ministry of the Interior"),
    I("UY", "surveillance", "durante una actividad en la rambla de Maldonado en noviembre de 2025, fueron fotografiados de manera insistente por personas que después fueron vistas ingresando al local",
      place="Maldonado", date="2025-11"),
    R("UY", "protest", "El 20 de febrero la Cancillería convocó al encargado de negocios de la República Popular China", date="2026-02-20"),
    D("CN", "rechazó \"de forma categórica\" cualquier otra interpretación", claimant="PRC Embassy in Uruguay"),
    A("UY", "security_agreement", "Existe un memorando de entendimiento en materia de seguridad pública firmado en 2018", date="2018"),
]))

# ---------------------------------------------------------------- 033
T033 = '''Conferencia de prensa habitual del portavoz del Ministerio de Relaciones Exteriores de China, 11 de marzo de 2026

Versión en español publicada por el sitio web del Ministerio. Traducción no oficial.

Agencia EFE: Según el diario argentino La Voz del Chaco, en la ciudad de Resistencia funciona desde 2020 una oficina vinculada a la Oficina de Seguridad Pública de Jiaozuo, en la provincia de Henan. El mismo diario afirma que a través de esa oficina un comerciante chino fue obligado a regresar a China en 2024, acompañado hasta el aeropuerto de Ezeiza por dos personas. Un juez federal ordenó investigar el caso la semana pasada. ¿Cuál es su comentario?

Portavoz: He tomado nota del reportaje. Quiero subrayar que China respeta estrictamente la soberanía judicial de otros países y actúa conforme al derecho internacional. Las llamadas "comisarías en el extranjero" no existen. Lo que existe son plataformas de servicio creadas por comunidades de chinos de ultramar para ayudar a sus compatriotas a renovar el permiso de conducir y otros documentos, algo que durante la pandemia se volvió una necesidad. Esperamos que ciertos medios dejen de exagerar y fabricar noticias.

Reuters: ¿Ha sido convocado el embajador chino en Buenos Aires por la Cancillería argentina?

Portavoz: No tengo información al respecto. Los canales diplomáticos entre China y Argentina funcionan con normalidad.

Xinhua: Según la prensa boliviana, policías chinos y bolivianos realizaron en febrero patrullajes conjuntos en el centro histórico de Sucre durante el carnaval, en el marco del acuerdo de cooperación policial bilateral. ¿Puede dar más detalles?

Portavoz: La cooperación en materia policial entre China y Bolivia se desarrolla sobre la base del respeto mutuo y en beneficio de ambos pueblos. Las patrullas conjuntas en zonas turísticas han ayudado a garantizar la seguridad de los visitantes chinos y han sido bien acogidas por la población local.

CCTV: La misión lunar Chang'e 7 aterrizó con éxito la semana pasada. ¿Qué significa para la cooperación espacial internacional?

Portavoz: China está dispuesta a compartir los resultados de su programa de exploración lunar con todos los países, incluidos los de América Latina, que ya han firmado acuerdos para alojar estaciones terrestres de seguimiento.

Bloomberg: Sobre los aranceles anunciados esta semana, ¿tomará China contramedidas?

Portavoz: Remito esa pregunta a las autoridades competentes.

(Fin de la transcripción)

Descargo de responsabilidad: esta traducción se proporciona únicamente con fines informativos; en caso de discrepancia prevalece la versión en chino.
'''
DOCS.append(dict(name="033-es-mre-conferencia-resistencia-jiaozuo-sucre.txt", text=T033, facts=[
    S("AR", "Resistencia", "en la ciudad de Resistencia funciona desde 2020 una oficina vinculada a la Oficina de Seguridad Pública de Jiaozuo",
      operator="Jiaozuo", claimant="La Voz del Chaco", date="2020", note="premise in a question"),
    I("AR", "forced_return", "El mismo diario afirma que a través de esa oficina un comerciante chino fue obligado a regresar a China en 2024, acompañado hasta el aeropuerto de Ezeiza por dos personas.",
      claimant="La Voz del Chaco", date="2024"),
    R("AR", "investigation", "Un juez federal ordenó investigar el caso la semana pasada.", date="2026-03"),
    D("CN", "Las llamadas \"comisarías en el extranjero\" no existen.", claimant="PRC Ministry of Foreign Affairs"),
    A("BO", "joint_patrol", "policías chinos y bolivianos realizaron en febrero patrullajes conjuntos en el centro histórico de Sucre durante el carnaval",
      claimant="Bolivian press", date="2026-02"),
    A("BO", "security_agreement", "en el marco del acuerdo de cooperación policial bilateral", claimant="Bolivian press"),
]))
