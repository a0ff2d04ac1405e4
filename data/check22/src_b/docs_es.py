"""check22 part B, Spanish documents 041-043."""
from h import S, C, R, I, A, D  # noqa: F401

SD = "Safeguard Defenders"

DOC041 = """Inicio > Policiales > Región

Este sitio utiliza cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso. [Aceptar] [Más información]

Allanan en Rafaela un local señalado como "comisaría" china en el exterior

La ONG Safeguard Defenders vincula la oficina con la policía de Hengdong, en la provincia china de Hunan. La Cancillería convocó al embajador.

Por Agencia Litoral de Noticias (ALN) | 22 de abril de 2026, 13:05 | Actualizado: 19:40
Compartir: Facebook | X | WhatsApp

RAFAELA (ALN) – Efectivos de la Policía Federal Argentina allanaron este martes, por orden de un juzgado federal, un local de la zona céntrica de Rafaela, en el oeste santafesino, que según la organización de derechos humanos Safeguard Defenders funcionaría como una "estación de servicio policial" de China en el exterior. Se secuestraron dos computadoras, cinco teléfonos celulares y documentación en chino. No hubo detenidos.

Según la investigación de la ONG, con sede en Madrid, el local —que exhibe un cartel de "Asociación de Residentes Chinos"— dependería de la Oficina de Seguridad Pública del condado de Hengdong, en la provincia de Hunan.

Rafaela, una ciudad de unos cien mil habitantes conocida por su industria metalmecánica y sus tambos, recibió en la última década a varias decenas de familias chinas que abrieron supermercados de barrio. "Son vecinos tranquilos, trabajan de lunes a lunes", dijo el presidente de un centro comercial de la ciudad.

Un empleado de uno de esos supermercados contó a esta agencia que en 2025 fue citado tres veces al local, donde le insistieron en que volviera a China para "resolver un problema judicial". "Les dije que no. Al mes llamaron a mi madre", relató. Sigue viviendo en Rafaela y pidió no ser identificado.

LEA TAMBIÉN: Récord de exportaciones lácteas desde el oeste santafesino en el primer trimestre

De acuerdo con la ONG, en la Argentina habría al menos tres sedes de este tipo. Otra funcionaría en San Salvador de Jujuy y estaría vinculada a la policía de Dayu, en la provincia de Jiangxi; la ubicación de la tercera no fue difundida.

La Cancillería argentina convocó al embajador chino para pedir explicaciones, según confirmaron a ALN fuentes diplomáticas.

Por su parte, la embajada de China afirmó en un comunicado que "en la Argentina no existe ninguna comisaría china" y que las asociaciones de residentes "solo ayudan a los compatriotas a renovar sus licencias de conducir y pasaportes".

Actualización 19:40: El juez federal que ordenó el allanamiento dispuso además la clausura preventiva del local de Rafaela mientras dure la investigación, informaron fuentes judiciales.

© ALN – Agencia Litoral de Noticias. Todos los derechos reservados. Prohibida su reproducción total o parcial.
"""

DOC042 = """AUDIENCIA NACIONAL
JUZGADO CENTRAL DE INSTRUCCIÓN N.º 4
DILIGENCIAS PREVIAS 112/2025

AUTO

En la sede del Juzgado, a 3 de febrero de 2026.

ANTECEDENTES DE HECHO

PRIMERO.- Por oficio de la Comisaría General de Información de la Policía Nacional de fecha 10 de octubre de 2025 se puso en conocimiento de este Juzgado la existencia, en un local de la calle Mayor de Palencia, de una oficina denominada "Centro de Servicios para la Comunidad China" que, según el atestado, actuaría bajo la dirección de la Oficina de Seguridad Pública de Jishui, provincia de Jiangxi (República Popular China).

SEGUNDO.- Por auto de 14 de octubre de 2025 se acordó la entrada y registro en dicho local, que se practicó el día 16 del mismo mes. Entre los efectos intervenidos figura un cuaderno manuscrito con los datos personales de cuarenta y dos ciudadanos chinos residentes en la provincia, con anotaciones sobre sus domicilios, lugares de trabajo y familiares en China.

TERCERO.- Consta en las actuaciones la declaración de un testigo protegido, empleado de un restaurante de Palencia, quien manifestó que entre marzo y junio de 2025 el investigado le conminó en reiteradas ocasiones a regresar a China para responder de una supuesta deuda, y que en ese mismo periodo sus padres recibieron la visita de agentes de policía en su localidad natal. El testigo permanece en España.

CUARTO.- El atestado recoge asimismo que una segunda oficina de similares características operaría en Vic, en la comarca de Osona, vinculada a la Oficina de Seguridad Pública de Dujiangyan (Sichuan). Sobre dicho extremo no se han practicado todavía diligencias.

QUINTO.- La defensa del investigado sostiene que el local se limitaba a ayudar a compatriotas a renovar el permiso de conducir y el pasaporte a distancia, sin vínculo alguno con autoridades policiales.

FUNDAMENTOS JURÍDICOS

PRIMERO.- De lo actuado se desprenden indicios racionales de la comisión de un delito de los previstos en el artículo 584 del Código Penal, sin perjuicio de ulterior calificación. La versión de la defensa no se compadece con el contenido del cuaderno intervenido.

SEGUNDO.- Concurre riesgo de fuga, atendida la falta de arraigo del investigado y sus frecuentes viajes al extranjero, así como riesgo de reiteración delictiva.

PARTE DISPOSITIVA

SE ACUERDA la prisión provisional comunicada y sin fianza del investigado.

SE ACUERDA la clausura cautelar del local sito en la calle Mayor de Palencia.

Líbrese oficio a la Comisaría General de Información para que practique las diligencias oportunas en relación con el local de Vic.

Contra esta resolución cabe recurso de reforma y/o apelación.

Así lo acuerda, manda y firma el Magistrado-Juez.
"""

DOC043 = """NOTICIERO MERIDIANO – CANAL 11
Transcripción de la edición estelar | 18 de marzo de 2026 | Segmento: Nacionales

[Cortina musical de entrada]

PRESENTADORA (estudio): Buenas noches. El Organismo de Investigación Judicial realizó esta mañana un allanamiento en un local comercial de Alajuela que, según una organización internacional, funcionaría como una oficina de la policía china en nuestro país. Nuestro compañero está en el lugar. Adelante.

PERIODISTA (en vivo, Alajuela): Buenas noches. A las seis de la mañana agentes del OIJ ingresaron a este local que ven a mis espaldas, con un rótulo que dice "Centro Cultural y de Servicios". Decomisaron computadoras, sellos y varias carpetas. Según nos confirmaron, no hubo personas detenidas.

PRESENTADORA: ¿Y qué se sabe de quién estaría detrás?

PERIODISTA: Según el informe de la organización Safeguard Defenders, este local respondería a la Oficina de Seguridad Pública del condado de Youxian, en la provincia china de Hunan. El mismo informe dice que en Costa Rica habría dos oficinas de este tipo: esta de Alajuela y otra en Cartago, que estaría ligada a la policía de Shuangfeng.

[VTR – pieza grabada]

LOCUTOR: Ella llegó a Costa Rica hace quince años y tiene una tienda de ropa. Pidió que no mostráramos su rostro. El año pasado publicó en Facebook críticas al gobierno chino. Semanas después, cuenta, policías visitaron a su madre en Hunan y le pidieron que convenciera a su hija de borrar las publicaciones.

COMERCIANTE (voz distorsionada): Yo no pensé que aquí también me iban a encontrar.

[Fin de VTR]

PRESENTADORA: En redes sociales circula que habría una tercera oficina en Puntarenas. ¿Eso está confirmado?

PERIODISTA: No. La Fuerza Pública nos dijo que no tiene ningún registro de una oficina así en Puntarenas.

PRESENTADORA: ¿Y qué dice el Gobierno?

PERIODISTA: La Cancillería envió una nota de protesta a la embajada china esta tarde. La embajada, por su parte, respondió en un comunicado que en Costa Rica no existe ninguna estación de policía china y que se trata de voluntarios que ayudan a sus compatriotas a renovar licencias de conducir.

PRESENTADORA: ¿Y si se confirma que era una oficina policial? ¿Podría haber expulsiones de diplomáticos?

PERIODISTA: Eso dependerá de lo que encuentre el OIJ. Por ahora la investigación está en etapa preliminar.

PRESENTADORA: Gracias. Seguimos con el tránsito en la General Cañas…

[Cortina musical]
"""

DOCS = [
    {"name": "041-es-ar-agencia-actualizacion-rafaela-san-salvador-de-jujuy-hengdong-dayu.txt", "text": DOC041, "facts": [
        R("AR", "investigation", "Efectivos de la Policía Federal Argentina allanaron este martes, por orden de un juzgado federal, un local de la zona céntrica de Rafaela", place="Rafaela", date="2026-04-21"),
        S("AR", "Rafaela", "un local de la zona céntrica de Rafaela, en el oeste santafesino, que según la organización de derechos humanos Safeguard Defenders funcionaría como una \"estación de servicio policial\" de China en el exterior", claimant=SD),
        R("AR", "arrest", "No hubo detenidos.", pol="denied", opt=True),
        S("AR", "Rafaela", "dependería de la Oficina de Seguridad Pública del condado de Hengdong, en la provincia de Hunan", operator="Hengdong", operator_alt=["Hengyang"], claimant=SD),
        I("AR", "persuasion", "en 2025 fue citado tres veces al local, donde le insistieron en que volviera a China para \"resolver un problema judicial\"", place="Rafaela", date="2025"),
        I("AR", "harassment", "Al mes llamaron a mi madre", place="Rafaela", opt=True),
        C("stations", 3, "AR", "en la Argentina habría al menos tres sedes de este tipo", claimant=SD),
        S("AR", "San Salvador de Jujuy", "Otra funcionaría en San Salvador de Jujuy y estaría vinculada a la policía de Dayu, en la provincia de Jiangxi", operator="Dayu", operator_alt=["Ganzhou"], place_alt=["Jujuy"], claimant=SD),
        R("AR", "protest", "La Cancillería argentina convocó al embajador chino para pedir explicaciones"),
        S("AR", None, "\"en la Argentina no existe ninguna comisaría china\"", pol="denied", opt=True, claimant="Chinese Embassy in Argentina"),
        D("CN", "\"en la Argentina no existe ninguna comisaría china\" y que las asociaciones de residentes \"solo ayudan a los compatriotas a renovar sus licencias de conducir y pasaportes\"", claimant="Chinese Embassy in Argentina"),
        R("AR", "closure", "dispuso además la clausura preventiva del local de Rafaela mientras dure la investigación", place="Rafaela", date="2026-04-22"),
    ]},
    {"name": "042-es-auto-juzgado-central-palencia-vic-jishui-dujiangyan.txt", "text": DOC042, "facts": [
        S("ES", "Palencia", "una oficina denominada \"Centro de Servicios para la Comunidad China\" que, según el atestado, actuaría bajo la dirección de la Oficina de Seguridad Pública de Jishui, provincia de Jiangxi", operator="Jishui", operator_alt=["Ji'an", "Jian"], claimant="Policía Nacional"),
        R("ES", "investigation", "Por auto de 14 de octubre de 2025 se acordó la entrada y registro en dicho local, que se practicó el día 16 del mismo mes.", place="Palencia", date="2025-10-16"),
        I("ES", "surveillance", "un cuaderno manuscrito con los datos personales de cuarenta y dos ciudadanos chinos residentes en la provincia, con anotaciones sobre sus domicilios, lugares de trabajo y familiares en China", place="Palencia"),
        I("ES", "persuasion", "el investigado le conminó en reiteradas ocasiones a regresar a China para responder de una supuesta deuda", place="Palencia", date="2025"),
        I("ES", "harassment", "sus padres recibieron la visita de agentes de policía en su localidad natal", place="Palencia", opt=True),
        S("ES", "Vic", "una segunda oficina de similares características operaría en Vic, en la comarca de Osona, vinculada a la Oficina de Seguridad Pública de Dujiangyan (Sichuan)", operator="Dujiangyan", operator_alt=["Chengdu"], claimant="Policía Nacional"),
        D("ES", "el local se limitaba a ayudar a compatriotas a renovar el permiso de conducir y el pasaporte a distancia, sin vínculo alguno con autoridades policiales", opt=True, claimant="the defence"),
        R("ES", "arrest", "SE ACUERDA la prisión provisional comunicada y sin fianza del investigado.", date="2026-02-03"),
        R("ES", "closure", "SE ACUERDA la clausura cautelar del local sito en la calle Mayor de Palencia.", place="Palencia", date="2026-02-03"),
    ]},
    {"name": "043-es-cr-transcripcion-tv-alajuela-cartago-puntarenas-youxian-shuangfeng.txt", "text": DOC043, "facts": [
        R("CR", "investigation", "El Organismo de Investigación Judicial realizó esta mañana un allanamiento en un local comercial de Alajuela", place="Alajuela", date="2026-03-18"),
        S("CR", "Alajuela", "un local comercial de Alajuela que, según una organización internacional, funcionaría como una oficina de la policía china en nuestro país", claimant=SD),
        R("CR", "arrest", "no hubo personas detenidas", pol="denied", opt=True),
        S("CR", "Alajuela", "este local respondería a la Oficina de Seguridad Pública del condado de Youxian, en la provincia china de Hunan", operator="Youxian", operator_alt=["Zhuzhou"], claimant=SD),
        C("stations", 2, "CR", "en Costa Rica habría dos oficinas de este tipo", claimant=SD),
        S("CR", "Cartago", "esta de Alajuela y otra en Cartago, que estaría ligada a la policía de Shuangfeng", operator="Shuangfeng", operator_alt=["Loudi"], claimant=SD),
        I("CR", "harassment", "policías visitaron a su madre en Hunan y le pidieron que convenciera a su hija de borrar las publicaciones"),
        S("CR", "Puntarenas", "En redes sociales circula que habría una tercera oficina en Puntarenas.", opt=True, claimant="social media"),
        S("CR", "Puntarenas", "La Fuerza Pública nos dijo que no tiene ningún registro de una oficina así en Puntarenas.", pol="denied", opt=True, claimant="Fuerza Pública"),
        R("CR", "protest", "La Cancillería envió una nota de protesta a la embajada china esta tarde.", date="2026-03-18"),
        S("CR", None, "en Costa Rica no existe ninguna estación de policía china", pol="denied", opt=True, claimant="Chinese Embassy in Costa Rica"),
        D("CN", "en Costa Rica no existe ninguna estación de policía china y que se trata de voluntarios que ayudan a sus compatriotas a renovar licencias de conducir", claimant="Chinese Embassy in Costa Rica"),
    ]},
]
