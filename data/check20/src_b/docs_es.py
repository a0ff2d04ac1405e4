"""check20 part B, Spanish documents 041-043 (es-ES, es-CO, es-CL)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 041
T041 = """CRÓNICA NOROESTE · Reportajes
Suscríbete por 1 € el primer mes | Iniciar sesión

La comisaría que no lo parecía: lo que se sabe de la oficina china de Ponferrada

Un registro policial en un bazar del Bierzo destapa una red de «servicios» para la diáspora que, según una ONG, respondía a una comisaría de Shanxi

Texto: redacción de Crónica Noroeste · Ponferrada · 16 de noviembre de 2026 · Lectura: 9 minutos

A primera vista, el bazar de la avenida de España es uno más: cubos de plástico, cargadores de móvil, disfraces de carnaval colgados del techo. Lo que casi nadie sabía es que en la trastienda, detrás de una cortina, funcionaba desde 2021 una pequeña oficina con un ordenador, una impresora y una bandera roja doblada en un cajón.

El pasado 10 de noviembre, agentes de la Comisaría General de Información realizaron un registro en el local por orden del Juzgado de Instrucción número 2 de Ponferrada, que ha abierto diligencias previas. No hubo detenidos. Según fuentes de la investigación, los agentes se llevaron documentación y varios sellos.

La comunidad china del Bierzo es pequeña y discreta. Llegó a finales de los noventa, cuando las minas cerraban y los locales del centro se quedaban vacíos. Hoy son algo más de doscientas personas, la mayoría procedentes de la provincia de Shanxi, en el norte de China, una región de carbón como lo fue esta. «Aquí se sienten en casa», dice una profesora de un instituto de la ciudad que ha tenido a varios de sus hijos como alumnos.

«Nadie aquí pensaba que aquello tuviera nada que ver con la policía»

Los vecinos del barrio de La Puebla hablan de familias trabajadoras, de tiendas que abren los domingos, de niños que hacen de traductores para sus padres en el centro de salud. Nadie recuerda un problema.

Pero según el informe de la ONG Safeguard Defenders al que ha tenido acceso este periódico, la oficina dependía de la Oficina de Seguridad Pública de Shuozhou, una ciudad minera de Shanxi. Allí se tramitaban renovaciones de carné de conducir, pero también, sostiene el informe, se «mantenía contacto» con ciudadanos a los que la policía de origen buscaba.

Uno de ellos es un joven de 27 años que trabajaba en un restaurante de la ciudad. En 2025, tras meses de llamadas y visitas de agentes a casa de sus padres en Shuozhou, aceptó volver a China «para aclarar» una deuda de su familia. Cogió un vuelo en Madrid en octubre de ese año. Sus antiguos compañeros no han vuelto a saber de él.

LEE TAMBIÉN: El Bierzo pierde 3.000 habitantes en cinco años

El informe sostiene que en España hay al menos cinco oficinas de este tipo. Otra, en Manresa, estaría vinculada a la policía de Xinzhou, también en Shanxi. Fuentes del Ministerio del Interior se limitaron a decir que «se está analizando la información».

El Ministerio de Asuntos Exteriores ha pedido explicaciones a la embajada china por los canales diplomáticos, según fuentes del departamento.

«Nadie aquí pensaba que aquello tuviera nada que ver con la policía»

La embajada de China en Madrid, en un comunicado, negó que existan «comisarías» en España y explicó que se trata de puntos en los que voluntarios ayudan a sus compatriotas a renovar el carné de conducir chino, un trámite que desde la pandemia solo se hace en línea.

Las primeras informaciones sobre este tipo de oficinas se conocieron en 2022, cuando la misma ONG habló de más de un centenar en todo el mundo.

Sobre la autora: la redacción de Crónica Noroeste cubre el Bierzo y la Montaña leonesa desde 1998.

Este artículo está reservado a suscriptores. © Crónica Noroeste. Utilizamos cookies propias y de terceros.
"""

DOCS.append({
    "name": "041-es-reportaje-ponferrada-manresa-shuozhou-xinzhou.txt",
    "text": T041,
    "facts": [
        S("ES", "Ponferrada", "lo que se sabe de la oficina china de Ponferrada", note="headline"),
        R("ES", "investigation", "agentes de la Comisaría General de Información realizaron un registro en el local por orden del Juzgado de Instrucción número 2 de Ponferrada, que ha abierto diligencias previas",
          place="Ponferrada", date="2026-11-10"),
        R("ES", "arrest", "No hubo detenidos.", pol="denied", opt=True),
        S("ES", "Ponferrada", "la oficina dependía de la Oficina de Seguridad Pública de Shuozhou", operator="Shuozhou",
          claimant="Safeguard Defenders", note="site: avenida de España"),
        I("ES", "persuasion", "tras meses de llamadas y visitas de agentes a casa de sus padres en Shuozhou, aceptó volver a China «para aclarar» una deuda de su familia",
          place="Ponferrada", date="2025-10"),
        I("ES", "harassment", "visitas de agentes a casa de sus padres en Shuozhou", opt=True,
          note="visits to parents inside the persuasion case"),
        C("stations", 5, "ES", "en España hay al menos cinco oficinas de este tipo", claimant="Safeguard Defenders"),
        S("ES", "Manresa", "Otra, en Manresa, estaría vinculada a la policía de Xinzhou", operator="Xinzhou",
          claimant="Safeguard Defenders"),
        R("ES", "protest", "ha pedido explicaciones a la embajada china por los canales diplomáticos",
          claimant="Ministerio de Asuntos Exteriores", opt=True),
        D("CN", "negó que existan «comisarías» en España y explicó que se trata de puntos en los que voluntarios ayudan a sus compatriotas a renovar el carné de conducir chino",
          claimant="Chinese Embassy in Spain"),
        S("ES", None, "negó que existan «comisarías» en España", claimant="Chinese Embassy in Spain", pol="denied", opt=True),
        C("stations", 100, None, "más de un centenar en todo el mundo", claimant="Safeguard Defenders", date="2022", opt=True),
    ],
})

# ---------------------------------------------------------------- 042
T042 = """FISCALÍA GENERAL DE LA NACIÓN
Boletín de prensa n.º 41.207 · Bogotá D. C., 5 de agosto de 2026

Imputados dos ciudadanos extranjeros que habrían operado una oficina al servicio de una policía extranjera en Ibagué

Un fiscal de la Dirección Especializada contra las Organizaciones Criminales imputó a dos ciudadanos de nacionalidad china los delitos de concierto para delinquir, constreñimiento ilegal y usurpación de funciones públicas.

De acuerdo con los elementos materiales probatorios, los procesados habrían administrado en el centro de Ibagué (Tolima) una oficina que, bajo la fachada de una agencia de trámites migratorios, operaba por encargo de la Oficina de Seguridad Pública de Shuangyashan, en la provincia china de Heilongjiang.

Durante una diligencia de allanamiento y registro realizada por la Policía Nacional el 28 de julio en dicho local, se incautaron computadores, teléfonos celulares y listados con datos personales de al menos 40 ciudadanos chinos residentes en el país.

La investigación estableció que en marzo de 2026 los procesados presuntamente intimidaron a un comerciante de origen chino, amenazaron a sus familiares en Heilongjiang y, finalmente, lo trasladaron contra su voluntad al aeropuerto internacional El Dorado, donde lo obligaron a abordar un vuelo con destino a China.

Los imputados no aceptaron los cargos. Por solicitud de la Fiscalía, un juez de control de garantías les impuso medida de aseguramiento privativa de la libertad en establecimiento carcelario.

Así mismo, la Fiscalía adelanta una línea de investigación sobre una segunda sede, en Manizales (Caldas), que habría sido montada por la Oficina de Seguridad Pública de Qitaihe, en la misma provincia.

La defensa sostuvo ante el juez que se trataba de «una agencia legal de trámites y traducciones».

Nota: Las personas vinculadas a un proceso penal tienen derecho a la presunción de inocencia mientras no se demuestre su responsabilidad mediante sentencia judicial en firme.

Fiscalía General de la Nación · Síganos en redes sociales
"""

DOCS.append({
    "name": "042-es-co-boletin-fiscalia-ibague-manizales-shuangyashan-qitaihe.txt",
    "text": T042,
    "facts": [
        R("CO", "arrest", "imputó a dos ciudadanos de nacionalidad china los delitos de concierto para delinquir, constreñimiento ilegal y usurpación de funciones públicas",
          place="Ibagué", claimant="Fiscalía General de la Nación", date="2026-08"),
        S("CO", "Ibagué", "los procesados habrían administrado en el centro de Ibagué (Tolima) una oficina que, bajo la fachada de una agencia de trámites migratorios, operaba por encargo de la Oficina de Seguridad Pública de Shuangyashan",
          operator="Shuangyashan", claimant="Fiscalía General de la Nación", place_alt=["Ibague"]),
        R("CO", "investigation", "Durante una diligencia de allanamiento y registro realizada por la Policía Nacional el 28 de julio en dicho local",
          place="Ibagué", claimant="Fiscalía General de la Nación", date="2026-07-28"),
        I("CO", "surveillance", "listados con datos personales de al menos 40 ciudadanos chinos residentes en el país",
          claimant="Fiscalía General de la Nación", opt=True, note="seized lists; no act described"),
        I("CO", "forced_return", "lo trasladaron contra su voluntad al aeropuerto internacional El Dorado, donde lo obligaron a abordar un vuelo con destino a China",
          claimant="Fiscalía General de la Nación", date="2026-03"),
        I("CO", "harassment", "amenazaron a sus familiares en Heilongjiang", claimant="Fiscalía General de la Nación", opt=True,
          note="threats to relatives inside the forced-return case"),
        S("CO", "Manizales", "una segunda sede, en Manizales (Caldas), que habría sido montada por la Oficina de Seguridad Pública de Qitaihe",
          operator="Qitaihe", claimant="Fiscalía General de la Nación"),
        D("CO", "«una agencia legal de trámites y traducciones»", claimant="defence counsel", opt=True),
    ],
})

# ---------------------------------------------------------------- 043
T043 = """RADIO ALTIPLANO NORTE · «Mañana Informativa» · 12 de mayo de 2026
Transcripción del segmento de las 8:15

CONDUCTOR: Son las ocho y cuarto, buenos días a quienes nos escuchan en Calama y en toda la región. Seguimos con el tema que está dando que hablar: la PDI confirmó ayer que investiga una presunta oficina de la policía china aquí en la ciudad. Tenemos en el estudio a una periodista de nuestro equipo de investigación. Buenos días.

PERIODISTA: Buenos días. Sí, la Brigada Investigadora de Delitos Económicos está revisando el caso por instrucción de la Fiscalía. El local está en la calle Sotomayor, es una tienda de repuestos para camionetas mineras, y en el segundo piso funcionaba lo que ellos llamaban un «centro de atención al compatriota».

CONDUCTOR: ¿Y quién está detrás?

PERIODISTA: Según un informe de Safeguard Defenders, ese centro respondía al Buró de Seguridad Pública de Baishan, una ciudad de la provincia de Jilin, en el noreste de China. Muchos de los comerciantes chinos de Calama vienen de esa zona.

CONDUCTOR: ¿Hay casos concretos?

PERIODISTA: Hablé con un comerciante que lleva doce años acá. Me contó que el año pasado lo llamaron varias veces desde ese centro y desde la policía de su ciudad para que volviera a China a «arreglar unos papeles». Él no volvió. Sigue acá, con su negocio.

CONDUCTOR: ¿Es el único en Chile?

PERIODISTA: El informe dice que en Chile serían tres. Uno es este de Calama. Otro estaría en Osorno, en el sur, vinculado a la policía de Linjiang, que administrativamente depende de Baishan. El tercero no está ubicado.

CONDUCTOR: ¿Y la embajada?

PERIODISTA: La embajada china nos respondió por correo que no existe ninguna comisaría china en Chile y que lo que hay son voluntarios que ayudan a renovar licencias de conducir chinas por internet.

CONDUCTOR: La Cancillería, entiendo, pidió información.

PERIODISTA: Así es, la Cancillería solicitó antecedentes a la embajada por la vía diplomática, pero no ha habido una citación formal del embajador.

CONDUCTOR: Tenemos un auditor en la línea. Adelante, Calama.

AUDITOR: Sí, buenos días. Yo quería preguntar: ¿y si la PDI no encuentra nada, van a pedir disculpas a la comunidad china?

PERIODISTA: Buena pregunta. Hay que esperar el resultado.

CONDUCTOR: Seguimos después de la pausa, con el tránsito en la ruta a Chuquicamata.

[PAUSA COMERCIAL]
"""

DOCS.append({
    "name": "043-es-cl-radio-transcripcion-calama-osorno-baishan-linjiang.txt",
    "text": T043,
    "facts": [
        R("CL", "investigation", "la PDI confirmó ayer que investiga una presunta oficina de la policía china aquí en la ciudad",
          place="Calama", claimant="Policía de Investigaciones", date="2026-05-11"),
        S("CL", "Calama", "la PDI confirmó ayer que investiga una presunta oficina de la policía china aquí en la ciudad",
          claimant="Policía de Investigaciones", note="'aquí' is Calama; site: calle Sotomayor"),
        S("CL", "Calama", "ese centro respondía al Buró de Seguridad Pública de Baishan", operator="Baishan",
          claimant="Safeguard Defenders"),
        I("CL", "persuasion", "el año pasado lo llamaron varias veces desde ese centro y desde la policía de su ciudad para que volviera a China a «arreglar unos papeles». Él no volvió.",
          place="Calama", claimant="a trader", date="2025"),
        C("stations", 3, "CL", "en Chile serían tres", claimant="Safeguard Defenders"),
        S("CL", "Osorno", "Otro estaría en Osorno, en el sur, vinculado a la policía de Linjiang", operator="Linjiang",
          operator_alt=["Baishan"], claimant="Safeguard Defenders"),
        D("CN", "no existe ninguna comisaría china en Chile y que lo que hay son voluntarios que ayudan a renovar licencias de conducir chinas por internet",
          claimant="Chinese Embassy in Chile"),
        S("CL", None, "no existe ninguna comisaría china en Chile", claimant="Chinese Embassy in Chile", pol="denied", opt=True),
        R("CL", "protest", "la Cancillería solicitó antecedentes a la embajada por la vía diplomática", claimant="Cancillería",
          opt=True),
        R("CL", "protest", "no ha habido una citación formal del embajador", claimant="Cancillería", pol="denied", opt=True),
    ],
})
