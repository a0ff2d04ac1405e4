"""check23 part B, Spanish documents 041-043."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 041
T041 = """Este sitio utiliza cookies propias y de terceros. Al continuar navegando acepta su uso. [Aceptar]

Inicio > Nacional > Baja California

Catean en Ensenada local de asociación china señalado como "estación" de policía extranjera

La FGR aseguró documentos y equipos de cómputo; la Cancillería convocó al embajador de China

Agencia Pacífico Noticias (APN) | Ensenada, B.C. | 4 de marzo de 2026 - 10:25 h | Actualizado: 19:50 h

Compartir: Facebook | X | WhatsApp | Correo

Agentes de la Fiscalía General de la República (FGR) realizaron este martes un cateo en un local de la avenida Juárez, en el centro de Ensenada, que según la fiscalía funcionaría como una "estación de servicio" de la policía china para la comunidad originaria de la provincia de Shandong.

En el operativo se aseguraron carpetas con datos personales, sellos y dos computadoras. No hubo detenidos, informó la dependencia en un comunicado.

De acuerdo con la carpeta de investigación, el local dependería de la Oficina de Seguridad Pública del condado de Chengwu, en la prefectura de Heze.

Ensenada alberga una comunidad china pequeña pero antigua, ligada primero al cultivo de algodón en el valle de Mexicali y, más recientemente, a las empacadoras de mariscos, los restaurantes de comida cantonesa y el comercio de importación.

LEA TAMBIÉN: Crece el comercio de mariscos de Baja California con Asia

Un trabajador de una empacadora de abulón declaró ante la FGR que durante meses fue presionado por personas del local para regresar a China y "arreglar" una deuda familiar. Se negó. Su madre, en Shandong, recibió llamadas en las que le advertían que su hijo "tendría problemas".

Según la fiscalía, en México habría al menos cuatro sitios de este tipo. Otro de ellos operaría en Ciudad Juárez y estaría vinculado a la policía del condado de Juancheng, según una organización civil de derechos humanos de Chihuahua.

La Secretaría de Relaciones Exteriores convocó al embajador de China para pedirle explicaciones, informó la cancillería por la tarde.

La embajada china negó los señalamientos. "En México no existe ninguna comisaría china", señaló en un comunicado, en el que explicó que voluntarios de la asociación solo ayudan a connacionales de edad avanzada a renovar licencias de conducir y pasaportes.

Actualización 19:50 h: Un juez federal ordenó la clausura provisional del local de la avenida Juárez mientras avanza la investigación, informó la FGR.

(c) APN. Prohibida su reproducción total o parcial.
"""
DOCS.append(dict(name="041-es-mx-agencia-actualizacion-ensenada-ciudad-juarez-chengwu-juancheng.txt", text=T041, facts=[
    R("MX", "investigation", "Agentes de la Fiscalía General de la República (FGR) realizaron este martes un cateo en un local de la avenida Juárez, en el centro de Ensenada",
      place="Ensenada", date="2026-03-03"),
    S("MX", "Ensenada", "un local de la avenida Juárez, en el centro de Ensenada, que según la fiscalía funcionaría como una \"estación de servicio\" de la policía china",
      claimant="Fiscalía General de la República", note="avenida Juárez"),
    R("MX", "arrest", "No hubo detenidos, informó la dependencia en un comunicado.", pol="denied", opt=True,
      claimant="Fiscalía General de la República"),
    S("MX", "Ensenada", "el local dependería de la Oficina de Seguridad Pública del condado de Chengwu, en la prefectura de Heze",
      operator="Chengwu", operator_alt=["Heze"], claimant="Fiscalía General de la República"),
    I("MX", "persuasion", "fue presionado por personas del local para regresar a China y \"arreglar\" una deuda familiar. Se negó.",
      place="Ensenada", claimant="Fiscalía General de la República"),
    I("MX", "harassment", "Su madre, en Shandong, recibió llamadas en las que le advertían que su hijo \"tendría problemas\".",
      opt=True),
    C("stations", 4, "MX", "en México habría al menos cuatro sitios de este tipo", claimant="Fiscalía General de la República"),
    S("MX", "Ciudad Juárez", "Otro de ellos operaría en Ciudad Juárez y estaría vinculado a la policía del condado de Juancheng",
      operator="Juancheng", operator_alt=["Heze"], claimant="human-rights organisation of Chihuahua",
      place_alt=["Juárez", "Juarez"]),
    R("MX", "protest", "La Secretaría de Relaciones Exteriores convocó al embajador de China para pedirle explicaciones"),
    D("CN", "\"En México no existe ninguna comisaría china\", señaló en un comunicado, en el que explicó que voluntarios de la asociación solo ayudan a connacionales de edad avanzada a renovar licencias de conducir y pasaportes.",
      claimant="PRC Embassy in Mexico"),
    S("MX", None, "\"En México no existe ninguna comisaría china\"", pol="denied", opt=True, claimant="PRC Embassy in Mexico"),
    R("MX", "closure", "Un juez federal ordenó la clausura provisional del local de la avenida Juárez", place="Ensenada",
      claimant="Fiscalía General de la República"),
]))

# ---------------------------------------------------------------- 042
T042 = """JUZGADO DE INSTRUCCIÓN N.º 3
JEREZ DE LA FRONTERA

Diligencias Previas n.º 412/2025

AUTO

En Jerez de la Frontera, a 19 de enero de 2026.

ANTECEDENTES DE HECHO

PRIMERO.- Por la Comisaría Provincial de Cádiz de la Policía Nacional se remitió atestado en el que se expone que un centro cultural sito en la calle Larga de esta ciudad actuaría como una "comisaría" no declarada al servicio de la Oficina de Seguridad Pública del distrito de Dongli, en Tianjin (República Popular China).

SEGUNDO.- Por auto de 8 de enero de 2026 se acordó la entrada y registro en el citado local, que se practicó el día 12 del mismo mes. En el curso de la diligencia fue detenido el presidente de la asociación titular del centro, que pasó a disposición judicial al día siguiente.

TERCERO.- Entre los efectos intervenidos figura un cuaderno manuscrito con los nombres, teléfonos y lugares de trabajo de treinta y siete personas de nacionalidad china residentes en la provincia, junto a fotografías de varias de ellas tomadas en la vía pública.

CUARTO.- Un testigo protegido, empleado de un almacén de mayoristas, declaró que fue instado en varias ocasiones, desde el centro, a regresar a China para "resolver un asunto pendiente". No lo hizo y permanece en España.

QUINTO.- El atestado menciona asimismo una segunda sede en Estepona, vinculada a la Oficina de Seguridad Pública de Tong'an (Xiamen), respecto de la cual no se han practicado aún diligencias.

SEXTO.- La defensa del investigado sostiene que el centro se limitaba a asesorar a ciudadanos chinos en la renovación de pasaportes y permisos de conducir.

FUNDAMENTOS JURÍDICOS

ÚNICO.- Los hechos descritos presentan, en este estadio inicial, caracteres de un posible delito de usurpación de funciones públicas y de un delito contra la integridad moral, sin perjuicio de ulterior calificación. Concurren indicios suficientes para adoptar medidas cautelares reales sobre el local.

PARTE DISPOSITIVA

SE ACUERDA la clausura temporal del local sito en la calle Larga de esta ciudad por un plazo de seis meses, y se mantiene la situación de libertad provisional del investigado, con obligación de comparecer quincenalmente ante este Juzgado.

Notifíquese a las partes, haciéndoles saber que contra esta resolución cabe recurso de reforma en el plazo de tres días.

Así lo acuerda, manda y firma el Magistrado-Juez. Doy fe.
"""
DOCS.append(dict(name="042-es-auto-juzgado-jerez-de-la-frontera-estepona-dongli-tongan.txt", text=T042, facts=[
    S("ES", "Jerez de la Frontera", "un centro cultural sito en la calle Larga de esta ciudad actuaría como una \"comisaría\" no declarada al servicio de la Oficina de Seguridad Pública del distrito de Dongli, en Tianjin",
      operator="Dongli", operator_alt=["Tianjin"], claimant="Policía Nacional", place_alt=["Jerez"], note="calle Larga"),
    R("ES", "investigation", "se acordó la entrada y registro en el citado local, que se practicó el día 12 del mismo mes",
      place="Jerez de la Frontera", date="2026-01-12"),
    R("ES", "arrest", "En el curso de la diligencia fue detenido el presidente de la asociación titular del centro",
      date="2026-01-12"),
    I("ES", "surveillance", "un cuaderno manuscrito con los nombres, teléfonos y lugares de trabajo de treinta y siete personas de nacionalidad china residentes en la provincia",
      claimant="Policía Nacional"),
    I("ES", "persuasion", "fue instado en varias ocasiones, desde el centro, a regresar a China para \"resolver un asunto pendiente\"",
      claimant="testigo protegido"),
    S("ES", "Estepona", "una segunda sede en Estepona, vinculada a la Oficina de Seguridad Pública de Tong'an (Xiamen)",
      operator="Tong'an", operator_alt=["Tongan", "Xiamen"], claimant="Policía Nacional"),
    S("ES", None, "el centro se limitaba a asesorar a ciudadanos chinos en la renovación de pasaportes y permisos de conducir",
      pol="denied", opt=True, claimant="defence"),
    R("ES", "closure", "SE ACUERDA la clausura temporal del local sito en la calle Larga de esta ciudad por un plazo de seis meses",
      place="Jerez de la Frontera", date="2026-01-19"),
]))

# ---------------------------------------------------------------- 043
T043 = """EN VIVO | Presunta estación de policía china en Higüey: Cancillería convoca al embajador

Diario del Este | Santo Domingo | Última actualización: 18:40 | Cobertura: Redacción Nacional

Resumen
· La Procuraduría General confirmó dos detenidos tras un allanamiento en Higüey
· Un vendedor de celulares habría sido llevado al aeropuerto y embarcado hacia China
· La embajada china niega que exista una estación de policía en el país

18:40 - La Cancillería convocó al embajador de la República Popular China para que ofrezca explicaciones sobre el caso de Higüey, informó el vocero del Ministerio de Relaciones Exteriores.

17:55 - La embajada china difundió un comunicado: "En la República Dominicana no existe ninguna estación de policía china". Según la sede diplomática, el local de Higüey era una oficina de voluntarios que orientaba a comerciantes chinos en la renovación de pasaportes y en trámites de aduana.

«No vamos a permitir que nadie actúe como policía en suelo dominicano sin autorización.»

16:30 - La Procuraduría General confirma que dos ciudadanos chinos fueron detenidos y serán presentados mañana ante un juez de atención permanente.

15:10 - Un portavoz de la Procuraduría dijo a este diario que la sede de Higüey "respondería" a la Oficina de Seguridad Pública del condado de Chiping, en la provincia china de Shandong. Los documentos incautados así lo indicarían.

14:20 - Familiares de un vendedor de celulares de origen chino denunciaron ante la fiscalía que el hombre fue llevado en noviembre por dos personas al aeropuerto de Punta Cana y embarcado en un vuelo hacia Pekín contra su voluntad.

«No vamos a permitir que nadie actúe como policía en suelo dominicano sin autorización.»

13:05 - Según la Procuraduría, en el país habría dos sitios de este tipo. El segundo estaría en San Francisco de Macorís y estaría ligado a la policía del condado de Guanxian.

12:30 - En redes sociales circula desde la mañana que en Bonao habría una tercera "oficina". La Policía Nacional dijo no tener "ningún registro" de algo parecido en esa ciudad.

11:45 - Agentes de la Dirección Central de Investigaciones Criminales (Dicrim) y fiscales de la Procuraduría allanaron esta mañana un local comercial en la avenida La Altagracia de Higüey. Según la Procuraduría, el local operaría como una estación de policía china encubierta.

11:00 - Abrimos esta cobertura en vivo.

¿Y si se confirma que hay más oficinas de este tipo en otras provincias? El procurador adjunto dijo que "todo se investigará".

Comparte esta cobertura | Suscríbete a nuestro boletín
"""
DOCS.append(dict(name="043-es-do-en-vivo-higuey-san-francisco-de-macoris-bonao-chiping-guanxian.txt", text=T043, facts=[
    R("DO", "protest", "La Cancillería convocó al embajador de la República Popular China para que ofrezca explicaciones sobre el caso de Higüey"),
    D("CN", "\"En la República Dominicana no existe ninguna estación de policía china\". Según la sede diplomática, el local de Higüey era una oficina de voluntarios que orientaba a comerciantes chinos en la renovación de pasaportes y en trámites de aduana.",
      claimant="PRC Embassy in the Dominican Republic"),
    S("DO", None, "\"En la República Dominicana no existe ninguna estación de policía china\"", pol="denied", opt=True,
      claimant="PRC Embassy in the Dominican Republic"),
    R("DO", "arrest", "dos ciudadanos chinos fueron detenidos y serán presentados mañana ante un juez de atención permanente",
      claimant="Procuraduría General de la República"),
    S("DO", "Higüey", "la sede de Higüey \"respondería\" a la Oficina de Seguridad Pública del condado de Chiping, en la provincia china de Shandong",
      operator="Chiping", operator_alt=["Liaocheng"], claimant="Procuraduría General de la República",
      place_alt=["Salvaleón de Higüey", "Higuey"]),
    I("DO", "forced_return", "el hombre fue llevado en noviembre por dos personas al aeropuerto de Punta Cana y embarcado en un vuelo hacia Pekín contra su voluntad",
      claimant="relatives", date="2025-11"),
    C("stations", 2, "DO", "Según la Procuraduría, en el país habría dos sitios de este tipo.",
      claimant="Procuraduría General de la República"),
    S("DO", "San Francisco de Macorís", "El segundo estaría en San Francisco de Macorís y estaría ligado a la policía del condado de Guanxian.",
      operator="Guanxian", operator_alt=["Liaocheng"], claimant="Procuraduría General de la República"),
    S("DO", "Bonao", "En redes sociales circula desde la mañana que en Bonao habría una tercera \"oficina\".", opt=True,
      claimant="social media"),
    S("DO", "Bonao", "La Policía Nacional dijo no tener \"ningún registro\" de algo parecido en esa ciudad.", pol="denied", opt=True,
      claimant="Policía Nacional"),
    R("DO", "investigation", "Agentes de la Dirección Central de Investigaciones Criminales (Dicrim) y fiscales de la Procuraduría allanaron esta mañana un local comercial en la avenida La Altagracia de Higüey.",
      place="Higüey"),
    S("DO", "Higüey", "Según la Procuraduría, el local operaría como una estación de policía china encubierta.",
      claimant="Procuraduría General de la República", place_alt=["Salvaleón de Higüey", "Higuey"],
      note="avenida La Altagracia"),
]))
