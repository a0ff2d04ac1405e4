"""check24 part A, Spanish documents 015-017."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOC15 = """Usamos cookies para mejorar tu experiencia. Al continuar navegando aceptás nuestra política de privacidad.

Inicio > Sociedad > Investigaciones

INFORME ESPECIAL

El primer piso del supermercado: la trama de la "comisaría" china en Río Cuarto

Una oficina sobre un autoservicio del centro quedó en la mira de la Justicia federal. Qué se sabe, qué dicen los vecinos y qué responde la embajada.

Por nuestra Unidad de Investigación | 14 de noviembre de 2026 | Lectura: 10 minutos

Compartir: Facebook | X | WhatsApp | Copiar enlace

Río Cuarto vive del campo. La segunda ciudad de Córdoba mira la cosecha de maní y de soja como quien mira el pronóstico, y en los últimos quince años vio llegar a decenas de familias de Fujian y de Shanxi que abrieron autoservicios en casi todos los barrios.

"En el barrio le decimos 'el chino' al súper, como en todo el país", dice una vecina de calle Sobremonte. "Son gente de trabajo. Abren a las ocho y cierran a las diez."

La Policía Federal Argentina allanó el 3 de noviembre un local de calle Constitución, a tres cuadras de la plaza Roca, por orden del juzgado federal de la ciudad, que investiga una posible actividad de inteligencia ilegal. En ese primer piso funcionaría, según la investigación, una "estación de servicio policial" china. Dependería de la Oficina de Seguridad Pública del condado de Qinshui, en la ciudad de Jincheng, provincia de Shanxi.

No hubo detenidos.

"Son gente de trabajo. Abren a las ocho y cierran a las diez."

Durante la pandemia, la asociación que alquila el primer piso repartió bolsones de comida entre familias del barrio Alberdi y organizó colectas para el hospital. Sus integrantes cuentan que el lugar servía para tramitar licencias de conducir y renovar pasaportes.

Un joven empleado de un autoservicio contó a este medio que, a comienzos de año, una persona de la asociación lo llamó varias veces para que volviera a China a "aclarar" una deuda de su familia. Viajó por su cuenta, se presentó ante la policía de su pueblo y regresó a Río Cuarto dos meses después.

LEÉ TAMBIÉN: La cosecha récord de maní y el puerto de Rosario

Según la ONG Safeguard Defenders, en la Argentina habría al menos dos de estas oficinas. La segunda estaría en Puerto Madryn, en Chubut, y estaría vinculada al condado de Yangcheng, también en Jincheng. La Policía del Chubut afirmó que "no tiene registro" de ninguna oficina de ese tipo. En el mundo, la organización contabiliza más de un centenar en medio centenar de países.

La Cancillería convocó al embajador de China el 5 de noviembre para pedir explicaciones.

La embajada china rechazó lo que calificó de "acusaciones infundadas". En un comunicado sostuvo que se trata de voluntarios que ayudan a compatriotas mayores a renovar el pasaporte y que "en la Argentina no existe ninguna comisaría china".

Actualización 20:10: La Municipalidad de Río Cuarto dispuso la clausura preventiva del local por falta de habilitación.

La Unidad de Investigación trabaja con documentos públicos, fuentes judiciales y testimonios verificados.
Suscribite a nuestro newsletter y recibí las investigaciones primero.
"""

FACTS15 = [
    R("AR", "investigation", "La Policía Federal Argentina allanó el 3 de noviembre un local de calle Constitución",
      place="Río Cuarto", date="2026-11-03"),
    R("AR", "investigation", "por orden del juzgado federal de la ciudad, que investiga una posible actividad de inteligencia ilegal"),
    S("AR", "Río Cuarto", "En ese primer piso funcionaría, según la investigación, una \"estación de servicio policial\" china.",
      claimant="Argentine investigators", place_alt=["Rio Cuarto"], note="station noun; the city in the paragraph"),
    S("AR", "Río Cuarto", "Dependería de la Oficina de Seguridad Pública del condado de Qinshui, en la ciudad de Jincheng, provincia de Shanxi.",
      operator="Qinshui", operator_alt=["Jincheng"], claimant="Argentine investigators", place_alt=["Rio Cuarto"]),
    R("AR", "arrest", "No hubo detenidos.", pol="denied", opt=True),
    I("AR", "persuasion", "una persona de la asociación lo llamó varias veces para que volviera a China a \"aclarar\" una deuda de su familia",
      place="Río Cuarto", claimant="supermarket employee"),
    C("stations", 2, "AR", "en la Argentina habría al menos dos de estas oficinas", claimant=SD),
    S("AR", "Puerto Madryn", "La segunda estaría en Puerto Madryn, en Chubut, y estaría vinculada al condado de Yangcheng, también en Jincheng.",
      operator="Yangcheng", operator_alt=["Jincheng"], claimant=SD),
    S("AR", "Puerto Madryn", "La Policía del Chubut afirmó que \"no tiene registro\" de ninguna oficina de ese tipo.",
      claimant="Policía del Chubut", pol="denied", opt=True),
    C("stations", 100, None, "la organización contabiliza más de un centenar en medio centenar de países", claimant=SD,
      opt=True, note="'más de un centenar'"),
    C("countries", 50, None, "la organización contabiliza más de un centenar en medio centenar de países", claimant=SD,
      opt=True, note="'medio centenar'"),
    R("AR", "protest", "La Cancillería convocó al embajador de China el 5 de noviembre para pedir explicaciones.",
      claimant="Argentine Ministry of Foreign Affairs", date="2026-11-05"),
    D("CN", "La embajada china rechazó lo que calificó de \"acusaciones infundadas\".", claimant="PRC Embassy in Argentina"),
    S("AR", None, "\"en la Argentina no existe ninguna comisaría china\"", claimant="PRC Embassy in Argentina",
      pol="denied", opt=True),
    R("AR", "closure", "La Municipalidad de Río Cuarto dispuso la clausura preventiva del local por falta de habilitación.",
      place="Río Cuarto", claimant="Municipalidad de Río Cuarto"),
]

DOC16 = """VERIFICADOR | Chequeo de datos

¿China abrió una "comisaría" en Quillota y ya tiene quince en Chile? Falso

Publicado el 2 de diciembre de 2026 | Equipo de verificación

CALIFICACIÓN: FALSO

Qué circula
Un video compartido miles de veces en TikTok y WhatsApp asegura que "China abrió una comisaría en Quillota y ya hay quince en Chile". El audio sostiene además que la supuesta oficina depende del distrito de Hechuan, en Chongqing.

Qué verificamos
1. El informe de la ONG Safeguard Defenders, que suele citarse como fuente, habla de 102 "estaciones" en 53 países. Para Chile menciona una sola sede.

2. Esa sede está en Curicó, en la Región del Maule, y estaría vinculada a la Oficina de Seguridad Pública del distrito de Changshou, en Chongqing. Quillota no aparece en el informe.

3. Consultada por este equipo, la Prefectura de Carabineros de Quillota dijo "no tener antecedentes" de ninguna oficina de ese tipo en la comuna.

4. La Policía de Investigaciones (PDI) realizó diligencias en el inmueble de Curicó en marzo de 2025, a pedido de la Fiscalía Regional del Maule, que abrió una investigación. La fiscalía cerró la causa en octubre de 2025 tras concluir que no había antecedentes de delito. Nadie fue formalizado.

5. Un comerciante de Curicó declaró en la causa que su madre, en Chongqing, recibió la visita de policías después de que él publicara críticas al gobierno chino en redes sociales. Según su testimonio, nadie le pidió volver a China.

6. La embajada de China en Santiago calificó las acusaciones de "invenciones malintencionadas" y dijo que en Curicó funcionaba un punto de voluntarios que ayuda a renovar licencias de conducir.

Contexto
Chile y China firmaron en 2019 un memorándum de entendimiento sobre cooperación policial, que incluye capacitación e intercambio de información.

Conclusión
No hay registro de una "comisaría" china en Quillota ni de quince sedes en Chile. El informe citado menciona una sola, en Curicó, y la investigación de la fiscalía se cerró sin acusaciones.

¿Viste algo dudoso? Envíalo a nuestro WhatsApp de verificación.
"""

FACTS16 = [
    S("CL", "Quillota", "\"China abrió una comisaría en Quillota y ya hay quince en Chile\"", claimant="viral video", opt=True,
      operator="Hechuan", operator_alt=["Chongqing"]),
    C("stations", 15, "CL", "\"China abrió una comisaría en Quillota y ya hay quince en Chile\"", claimant="viral video", opt=True,
      note="viral claim rated false"),
    C("stations", 102, None, "habla de 102 \"estaciones\" en 53 países", claimant=SD),
    C("countries", 53, None, "habla de 102 \"estaciones\" en 53 países", claimant=SD),
    C("stations", 1, "CL", "Para Chile menciona una sola sede.", claimant=SD),
    S("CL", "Curicó", "Esa sede está en Curicó, en la Región del Maule, y estaría vinculada a la Oficina de Seguridad Pública del distrito de Changshou, en Chongqing.",
      operator="Changshou", operator_alt=["Chongqing"], claimant=SD, place_alt=["Curico"]),
    S("CL", "Quillota", "la Prefectura de Carabineros de Quillota dijo \"no tener antecedentes\" de ninguna oficina de ese tipo en la comuna",
      claimant="Carabineros de Chile", pol="denied", opt=True),
    R("CL", "investigation", "La Policía de Investigaciones (PDI) realizó diligencias en el inmueble de Curicó en marzo de 2025",
      place="Curicó", date="2025-03"),
    R("CL", "investigation", "a pedido de la Fiscalía Regional del Maule, que abrió una investigación"),
    R("CL", "no_wrongdoing_found", "La fiscalía cerró la causa en octubre de 2025 tras concluir que no había antecedentes de delito.",
      claimant="Fiscalía Regional del Maule", date="2025-10"),
    R("CL", "arrest", "Nadie fue formalizado.", pol="denied", opt=True),
    I("CL", "harassment", "su madre, en Chongqing, recibió la visita de policías después de que él publicara críticas al gobierno chino en redes sociales",
      place="Curicó", claimant="Curicó trader"),
    D("CN", "La embajada de China en Santiago calificó las acusaciones de \"invenciones malintencionadas\"",
      claimant="PRC Embassy in Chile"),
    A("CL", "security_agreement", "Chile y China firmaron en 2019 un memorándum de entendimiento sobre cooperación policial",
      date="2019"),
]

DOC17 = """EN VIVO | Caso "comisaría china" en Quevedo: allanamientos, detenidos y reacción diplomática

Actualizado: 18:40 | Ecuador | Redacción Nacional

18:40
La Cancillería ecuatoriana convocó esta tarde al embajador de China en Quito para pedirle explicaciones sobre la oficina allanada en Quevedo, confirmó un vocero del ministerio.

18:05
La embajada china publicó un comunicado en el que califica las versiones de "acusaciones sin fundamento". Según la legación, en Quevedo funciona un grupo de voluntarios que ayuda a compatriotas a renovar pasaportes y licencias, y "en Ecuador no existe ninguna estación de policía china".

17:50
"Aquí la gente compra arroz y fideos, nadie sabía nada de policías", dice un vecino de la avenida Walter Andrade.

17:30
La Subzona de Policía Los Ríos dijo a este medio que no tiene "ningún registro" de una oficina similar en Babahoyo, como se afirmó en redes sociales.

16:50
Según la ONG Safeguard Defenders, en Ecuador habría al menos dos de estas oficinas. La otra operaría en Esmeraldas, junto al puerto, y respondería a la Oficina de Seguridad Pública del condado de Tianyang, en Baise.

16:10
La Fiscalía confirmó que dos personas de nacionalidad china fueron detenidas durante el operativo y que mañana se realizará la audiencia de formulación de cargos.

15:20
Entre los documentos incautados figura la denuncia de un comerciante de Quevedo que, según la Fiscalía, fue llevado en 2025 al aeropuerto de Guayaquil y embarcado en un vuelo a Cantón. No ha vuelto al país.

"Aquí la gente compra arroz y fideos, nadie sabía nada de policías."

14:45
Los papeles incautados vinculan la oficina con la Oficina de Seguridad Pública del condado de Tiandong, en la ciudad de Baise, región de Guangxi, según un agente que participó en el operativo.

14:00
Agentes de la Policía Nacional y de la Fiscalía allanan desde esta mañana un local en el centro de Quevedo. En el segundo piso, según la Fiscalía, funcionaría una "estación de policía" china que vigilaba a la comunidad de comerciantes.

Suscríbete a nuestras alertas | Política de cookies
"""

FACTS17 = [
    R("EC", "protest", "La Cancillería ecuatoriana convocó esta tarde al embajador de China en Quito",
      claimant="Ecuadorian Ministry of Foreign Affairs"),
    D("CN", "califica las versiones de \"acusaciones sin fundamento\"", claimant="PRC Embassy in Ecuador"),
    S("EC", None, "\"en Ecuador no existe ninguna estación de policía china\"", claimant="PRC Embassy in Ecuador",
      pol="denied", opt=True),
    S("EC", "Babahoyo", "no tiene \"ningún registro\" de una oficina similar en Babahoyo", claimant="Policía Nacional del Ecuador",
      pol="denied", opt=True),
    S("EC", "Babahoyo", "una oficina similar en Babahoyo, como se afirmó en redes sociales", claimant="social media",
      opt=True),
    C("stations", 2, "EC", "en Ecuador habría al menos dos de estas oficinas", claimant=SD),
    S("EC", "Esmeraldas", "La otra operaría en Esmeraldas, junto al puerto, y respondería a la Oficina de Seguridad Pública del condado de Tianyang, en Baise.",
      operator="Tianyang", operator_alt=["Baise"], claimant=SD),
    R("EC", "arrest", "dos personas de nacionalidad china fueron detenidas durante el operativo", claimant="Fiscalía General del Estado"),
    I("EC", "forced_return", "fue llevado en 2025 al aeropuerto de Guayaquil y embarcado en un vuelo a Cantón",
      place="Quevedo", claimant="Fiscalía General del Estado", date="2025"),
    S("EC", "Quevedo", "Los papeles incautados vinculan la oficina con la Oficina de Seguridad Pública del condado de Tiandong",
      operator="Tiandong", operator_alt=["Baise"], claimant="police officer"),
    R("EC", "investigation", "Agentes de la Policía Nacional y de la Fiscalía allanan desde esta mañana un local en el centro de Quevedo.",
      place="Quevedo"),
    S("EC", "Quevedo", "En el segundo piso, según la Fiscalía, funcionaría una \"estación de policía\" china que vigilaba a la comunidad de comerciantes.",
      claimant="Fiscalía General del Estado"),
    I("EC", "surveillance", "que vigilaba a la comunidad de comerciantes", place="Quevedo", claimant="Fiscalía General del Estado",
      opt=True, note="general purpose alleged for the named site, no case"),
]

DOCS = [
    {"name": "015-es-ar-informe-actualizacion-rio-cuarto-puerto-madryn-qinshui-yangcheng.txt", "text": DOC15, "facts": FACTS15},
    {"name": "016-es-cl-verificacion-curico-quillota-changshou-hechuan.txt", "text": DOC16, "facts": FACTS16},
    {"name": "017-es-ec-en-vivo-quevedo-esmeraldas-tiandong-tianyang.txt", "text": DOC17, "facts": FACTS17},
]
