"""check21 part A, Spanish documents 015-017."""

from h import S, C, R, I, A, D, wrap_hy

SD = "Safeguard Defenders"

# ---------------------------------------------------------------------------------------------
T015 = """Utilizamos cookies propias y de terceros. Al continuar navegando, acepta su uso. [Aceptar]

Inicio / Nacional / Seguridad

La FGR catea una 'oficina de enlace' china en Mazatlán; la SRE envía nota diplomática

Por la Redacción | Agencia Pacífico Noticias
Ciudad de México, 12 de noviembre de 2025, 13:27 h
Compartir: Facebook | X | WhatsApp | Copiar enlace

Agentes de la Fiscalía General de la República (FGR) catearon el lunes un local del centro
histórico de Mazatlán, Sinaloa, que según la dependencia funcionaba como una "comisaría
encubierta" de la policía china. La FGR informó que abrió una carpeta de investigación por
posibles delitos contra la soberanía; no hubo personas detenidas.

El local, ubicado en una planta alta de la calle Ángel Flores y anunciado como "Oficina de
Enlace de la Comunidad China de Sinaloa", ofrecía trámites de licencias de conducir y poderes
notariales, de acuerdo con volantes repartidos en el puerto.

(Foto: Fachada del inmueble cateado en el centro de Mazatlán. Crédito: Agencia Pacífico Noticias)

Según documentos citados por la Fiscalía, la oficina dependía de la Oficina de Seguridad Pública
del condado de Zeku, en la provincia china de Qinghai, que le habría enviado instrucciones por
mensajería cifrada.

Una joven estudiante de gastronomía en Mazatlán contó a este medio que, después de publicar en
redes sociales críticas al gobierno chino, agentes visitaron tres veces a sus padres en China
y les advirtieron que "la hija debe cuidar lo que dice". Nadie le pidió que regresara, precisó.

LEA TAMBIÉN: Repunta la llegada de cruceros al puerto en temporada alta

La Secretaría de Relaciones Exteriores (SRE) envió una nota diplomática de protesta a la
embajada de China, informaron fuentes de la cancillería.

La organización Safeguard Defenders ha documentado ciento dos de estas oficinas en cincuenta y
tres países. En México, según la ONG, existirían al menos tres. Una de ellas estaría en
Torreón, Coahuila, y dependería de la policía del condado de Dari, también en Qinghai.

La embajada china en México rechazó las acusaciones. En un comunicado, calificó la oficina de
Mazatlán como "un punto de servicio voluntario" para que los connacionales "renueven licencias
de conducir" y afirmó que "en México no existe ninguna estación de policía china".

Con información de agencias. © Agencia Pacífico Noticias. Todos los derechos reservados.
Fe de erratas: una versión anterior de esta nota ubicaba el local en la avenida Olas Altas.
"""

F015 = [
    R("MX", "investigation", "Agentes de la Fiscalía General de la República (FGR) catearon el lunes un local del centro histórico de Mazatlán",
      place="Mazatlán", date="2025-11-10"),
    S("MX", "Mazatlán", "un local del centro histórico de Mazatlán, Sinaloa, que según la dependencia funcionaba como una \"comisaría encubierta\" de la policía china",
      claimant="Fiscalía General de la República"),
    R("MX", "investigation", "La FGR informó que abrió una carpeta de investigación", place="Mazatlán"),
    R("MX", "arrest", "no hubo personas detenidas", pol="denied", opt=True),
    S("MX", "Mazatlán", "la oficina dependía de la Oficina de Seguridad Pública del condado de Zeku",
      operator="Zeku", operator_alt=["Huangnan"], claimant="Fiscalía General de la República"),
    I("MX", "harassment", "agentes visitaron tres veces a sus padres en China", place="Mazatlán",
      claimant="student", note="after posts online, no demand to return"),
    R("MX", "protest", "envió una nota diplomática de protesta a la embajada de China",
      claimant="Secretaría de Relaciones Exteriores"),
    C("stations", 102, None, "ciento dos de estas oficinas en cincuenta y tres países", claimant=SD),
    C("countries", 53, None, "ciento dos de estas oficinas en cincuenta y tres países", claimant=SD),
    C("stations", 3, "MX", "En México, según la ONG, existirían al menos tres.", claimant=SD),
    S("MX", "Torreón", "Una de ellas estaría en Torreón, Coahuila, y dependería de la policía del condado de Dari",
      operator="Dari", operator_alt=["Golog", "Guoluo"], claimant=SD),
    D("CN", "calificó la oficina de Mazatlán como \"un punto de servicio voluntario\"", claimant="PRC Embassy in Mexico",
      note="driving licences"),
    S("MX", None, "\"en México no existe ninguna estación de policía china\"", pol="denied", opt=True,
      claimant="PRC Embassy in Mexico"),
]

# ---------------------------------------------------------------------------------------------
T016 = """CONGRESO DE LA REPÚBLICA
COMISIÓN DE DEFENSA NACIONAL, ORDEN INTERNO, DESARROLLO ALTERNATIVO Y LUCHA CONTRA LAS DROGAS
Periodo Anual de Sesiones 2025-2026
Transcripción de la Décima Sesión Ordinaria — martes 2 de diciembre de 2025
(Versión no corregida por los oradores)

—A las 10 horas y 14 minutos, bajo la Presidencia del señor congresista presidente de la
Comisión, se inicia la sesión.

El señor PRESIDENTE.— Buenos días, colegas. Tenemos en agenda la presentación del señor
ministro del Interior, invitado para informar sobre las denuncias de supuestas "estaciones de
policía" chinas en territorio nacional. Tiene la palabra, señor ministro.

El señor MINISTRO DEL INTERIOR.— Gracias, señor presidente. Voy a ser breve. En setiembre la
Policía Nacional, a través de la Dirección contra el Terrorismo, recibió información sobre una
asociación de comerciantes chinos en Iquitos que funcionaría como punto de control de
ciudadanos chinos. El Ministerio Público abrió una investigación preliminar y el 14 de octubre
se realizó un allanamiento con descerraje en el local, en la calle Próspero. Se incautaron
cuadernos con nombres, direcciones y fotografías de unos cincuenta ciudadanos chinos
residentes en Loreto. No hay detenidos.

Según la documentación incautada, que está siendo peritada, el local mantenía comunicación con
la oficina de seguridad pública del condado de Banma, en la provincia de Qinghai.

El señor PRESIDENTE.— Gracias. Tiene la palabra la congresista por Áncash.

La señora CONGRESISTA.— Gracias, presidente. Señor ministro, en mi región se dice que hay otra
oficina de este tipo en Chimbote, vinculada a la policía del condado de Jiuzhi, y que desde allí
se presionó a un pescador chino para que volviera a su país. ¿Qué ha hecho la Policía? Y si se
confirma, ¿la van a cerrar?

El señor MINISTRO DEL INTERIOR.— Congresista, en Chimbote la Policía realizó verificaciones en
octubre. No se encontraron indicios de delito. Sobre el cierre, no voy a adelantar opinión sobre
supuestos.

El señor PRESIDENTE.— ¿Y la embajada china se ha pronunciado?

El señor MINISTRO DEL INTERIOR.— Sí. La embajada nos hizo llegar una nota en la que señala que la
asociación de Iquitos es "una entidad de voluntarios que ayuda a los connacionales con la
renovación de licencias de conducir y pasaportes".

El señor PRESIDENTE.— Gracias, señor ministro. Se levanta la sesión.

—A las 11 horas y 2 minutos, se levanta la sesión.
"""

F016 = [
    S("PE", "Iquitos", "una asociación de comerciantes chinos en Iquitos que funcionaría como punto de control de ciudadanos chinos",
      claimant="Policía Nacional del Perú"),
    R("PE", "investigation", "El Ministerio Público abrió una investigación preliminar", place="Iquitos",
      claimant="Minister of the Interior"),
    R("PE", "investigation", "el 14 de octubre se realizó un allanamiento con descerraje en el local", place="Iquitos",
      date="2025-10-14", claimant="Minister of the Interior"),
    I("PE", "surveillance", "Se incautaron cuadernos con nombres, direcciones y fotografías de unos cincuenta ciudadanos chinos",
      place="Iquitos"),
    R("PE", "arrest", "No hay detenidos.", pol="denied", opt=True),
    S("PE", "Iquitos", "el local mantenía comunicación con la oficina de seguridad pública del condado de Banma",
      operator="Banma", operator_alt=["Golog", "Guoluo"], claimant="Minister of the Interior"),
    S("PE", "Chimbote", "hay otra oficina de este tipo en Chimbote, vinculada a la policía del condado de Jiuzhi",
      operator="Jiuzhi", operator_alt=["Golog", "Guoluo"], claimant="congresswoman for Áncash", note="premise of a question"),
    I("PE", "persuasion", "se presionó a un pescador chino para que volviera a su país", place="Chimbote",
      claimant="congresswoman for Áncash"),
    R("PE", "no_wrongdoing_found", "No se encontraron indicios de delito.", place="Chimbote",
      claimant="Minister of the Interior"),
    D("CN", "la asociación de Iquitos es \"una entidad de voluntarios que ayuda a los connacionales",
      claimant="PRC Embassy in Peru", note="driving licences and passports"),
]

# ---------------------------------------------------------------------------------------------
T017 = """EL HERALDO DEL SUR · Pasto
Comunidad

Nueva estación de policía en el barrio Caracha: vecinos celebran, comerciantes piden más patrullaje

Por Redacción Comunidad | 14 de agosto de 2025

La Policía Metropolitana de Pasto inauguró este jueves la nueva estación de policía del barrio
Caracha, que reemplaza al antiguo CAI del parque, cerrado desde marzo por daños en la
estructura.

Según el comandante de la estación, en lo corrido del año se han atendido 102 denuncias por
hurto y 53 por riñas en la comuna. La nueva sede contará con sala de recepción de denuncias,
punto de atención al migrante y oficina para trámites de licencias de conducción.

La Alcaldía firmó además un convenio con el Ejército para realizar patrullajes conjuntos en las
vías de salida hacia Ecuador durante la temporada de festividades. "Más de cien efectivos
estarán en las calles", dijo el secretario de Gobierno.

Una delegación de comerciantes chinos del centro de la ciudad, que venden ropa y calzado en la
calle 18, asistió a la ceremonia y donó dos motocicletas a la estación.

"¿Qué pasa si los robos siguen?", preguntó una vendedora. El comandante respondió que la
estación funcionará las 24 horas.

Lea también: Cierre de vía en la carrera 27 por obras del acueducto

© El Heraldo del Sur. Prohibida su reproducción total o parcial.
"""

F017 = []

DOCS = [
    {"name": "015-es-mx-agencia-mazatlan-torreon-zeku-dari.txt", "text": T015, "facts": F015},
    {"name": "016-es-pe-transcripcion-comision-congreso-iquitos-chimbote-banma-jiuzhi.txt", "text": T016, "facts": F016},
    {"name": "017-es-co-local-estacion-de-policia-pasto.txt", "text": T017, "facts": F017},
]
