"""check20 part A, Spanish documents 015-017 (015 es-ES, 016 es-AR, 017 es-CL)."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 015
T015 = """Utilizamos cookies propias y de terceros. Si continúa navegando, consideramos que acepta su uso. Más información

Portada > España > Cataluña

Los Mossos registran en Manresa una supuesta comisaría china encubierta

Manresa (Barcelona), 9 oct (EFE).- Los Mossos d'Esquadra registraron este jueves un local de una asociación de comerciantes chinos en el centro de Manresa que, según fuentes de la investigación, funcionaba como una oficina de la policía china sin conocimiento de las autoridades españolas.

El Juzgado de Instrucción número 2 de Manresa ha abierto diligencias y ha decretado el secreto de las actuaciones, informaron fuentes judiciales. No hubo detenidos.

Foto: Agentes de los Mossos d'Esquadra a la salida del local registrado en Manresa. EFE/Archivo

Manresa, capital del Bages, cuenta con una comunidad china de cerca de un millar de personas, dedicada sobre todo al comercio y la hostelería. La asociación, fundada en 2019, organizaba clases de mandarín para niños y la fiesta del Año Nuevo lunar en la plaza Major.

Según la documentación intervenida, el local rendía cuentas a la Oficina de Seguridad Pública de Guangde, una ciudad de la provincia china de Anhui.

Una joven de origen chino residente en la comarca, que pidió no ser identificada, explicó a EFE que, después de que publicara en redes sociales críticas al Gobierno chino, policías de su ciudad natal visitaron tres veces a sus padres y les advirtieron de que "su hija se estaba metiendo en problemas". Nadie le pidió que volviera, precisó.

LEA TAMBIÉN: El Govern aprueba el plan de vivienda para la Cataluña central

El Ministerio de Asuntos Exteriores convocó este viernes al encargado de negocios de la embajada china en Madrid, según fuentes diplomáticas.

La ONG Safeguard Defenders ya advirtió en 2022 de la existencia de estas "comisarías" y sostiene que en toda España hay cerca de una docena y que en Cataluña hay al menos cinco. Otra de ellas, según la organización, estaría en Figueres y dependería de la policía de Chaohu.

La embajada china negó las acusaciones y aseguró que se trata de "centros de voluntarios" que ayudan a los ciudadanos chinos a renovar el permiso de conducir y otros documentos a distancia.

Corrección: una versión anterior de esta noticia situaba el registro el miércoles; fue el jueves.

(c) Agencia EFE"""

F015 = [
    R("ES", "investigation", "Los Mossos d'Esquadra registraron este jueves un local de una asociación de comerciantes chinos en el centro de Manresa",
      place="Manresa"),
    S("ES", "Manresa", "un local de una asociación de comerciantes chinos en el centro de Manresa que, según fuentes de la investigación, funcionaba como una oficina de la policía china sin conocimiento de las autoridades españolas",
      claimant="investigation sources"),
    R("ES", "investigation", "El Juzgado de Instrucción número 2 de Manresa ha abierto diligencias", place="Manresa"),
    R("ES", "arrest", "No hubo detenidos.", pol="denied", opt=True),
    S("ES", "Manresa", "Según la documentación intervenida, el local rendía cuentas a la Oficina de Seguridad Pública de Guangde, una ciudad de la provincia china de Anhui.",
      operator="Guangde", operator_alt=["Xuancheng"]),
    I("ES", "harassment", "policías de su ciudad natal visitaron tres veces a sus padres y les advirtieron de que \"su hija se estaba metiendo en problemas\"",
      claimant="a young woman of Chinese origin"),
    R("ES", "protest", "El Ministerio de Asuntos Exteriores convocó este viernes al encargado de negocios de la embajada china en Madrid"),
    C("stations", 5, "ES", "en Cataluña hay al menos cinco", claimant=SD, note="scoped to Catalonia"),
    C("stations", 12, "ES", "sostiene que en toda España hay cerca de una docena", claimant=SD, opt=True, note="approximation"),
    S("ES", "Figueres", "Otra de ellas, según la organización, estaría en Figueres y dependería de la policía de Chaohu.",
      operator="Chaohu", operator_alt=["Hefei"], claimant=SD),
    D("CN", "se trata de \"centros de voluntarios\" que ayudan a los ciudadanos chinos a renovar el permiso de conducir y otros documentos a distancia",
      claimant="PRC Embassy in Spain"),
]

# ---------------------------------------------------------------- 016
T016_BODY = """Poder Judicial de la Nación
JUZGADO FEDERAL DE CORRIENTES N.º 1
FCT 4417/2026                                         Corrientes, 30 de junio de 2026.

AUTOS Y VISTOS: Para resolver la situación procesal de los imputados en la presente causa, caratulada "N.N. s/ averiguación de delito (art. 222 C.P.)".

Y CONSIDERANDO:

I. Que la investigación se inició a partir de la denuncia presentada por la Dirección Nacional de Migraciones, según la cual en un local de la calle Junín de esta ciudad, formalmente registrado como sede de una asociación civil de residentes chinos, funcionaba una oficina que actuaba por cuenta de la Oficina de Seguridad Pública de la ciudad de Jiayuguan, provincia de Gansu, República Popular China.

II. Que el 12 de mayo de 2026, la Policía Federal Argentina llevó a cabo el allanamiento de dicho local, ordenado por este Juzgado, secuestrándose planillas con nombres, domicilios y fotografías de por lo menos treinta personas, varias de ellas practicantes de Falun Gong, que habían participado en una manifestación frente a la Casa de Gobierno provincial.

III. Que la defensa sostuvo que el local funcionaba como una simple gestoría donde se asistía a la comunidad en trámites de licencias de conducir y pasaportes. Dicho argumento no se compadece con el material secuestrado.

IV. Que, a pedido de la Cancillería, la Embajada de la República Popular China remitió una nota verbal en la que afirma que el local era "un centro de atención voluntaria para trámites consulares" y que China "no posee ninguna estación policial en el exterior".

V. Que, asimismo, se ordenó el allanamiento de un domicilio en la ciudad de Santa Fe, señalado por la denunciante como una segunda oficina vinculada a la policía de Dingxi, con resultado negativo: no se hallaron elementos que acrediten actividad ilícita alguna.

Por ello, RESUELVO:
1) DECRETAR EL PROCESAMIENTO sin prisión preventiva de los dos imputados, por considerarlos prima facie autores del delito previsto en el art. 222 del Código Penal.
2) ORDENAR LA CLAUSURA PREVENTIVA del local de la calle Junín de esta ciudad.
3) Regístrese, notifíquese y comuníquese a la Cancillería.

Firmado: Juez Federal                                              Página 1 de 1"""

T016 = wrap_hy(T016_BODY, 100)

F016 = [
    S("AR", "Corrientes", "en un local de la calle Junín de esta ciudad, formalmente registrado como sede de una asociación civil de residentes chinos, funcionaba una oficina que actuaba por cuenta de la Oficina de Seguridad Pública de la ciudad de Jiayuguan, provincia de Gansu",
      operator="Jiayuguan", claimant="Dirección Nacional de Migraciones", note="site: calle Junín"),
    R("AR", "investigation", "la Policía Federal Argentina llevó a cabo el allanamiento de dicho local", place="Corrientes",
      date="2026-05-12"),
    I("AR", "surveillance", "planillas con nombres, domicilios y fotografías de por lo menos treinta personas, varias de ellas practicantes de Falun Gong, que habían participado en una manifestación",
      place="Corrientes"),
    D("AR", "la defensa sostuvo que el local funcionaba como una simple gestoría donde se asistía a la comunidad en trámites de licencias de conducir y pasaportes",
      opt=True, claimant="the defence", note="host-side explanation"),
    D("CN", "la Embajada de la República Popular China remitió una nota verbal en la que afirma que el local era \"un centro de atención voluntaria para trámites consulares\" y que China \"no posee ninguna estación policial en el exterior\"",
      claimant="PRC Embassy in Argentina"),
    S("AR", "Santa Fe", "se ordenó el allanamiento de un domicilio en la ciudad de Santa Fe, señalado por la denunciante como una segunda oficina vinculada a la policía de Dingxi",
      operator="Dingxi", claimant="Dirección Nacional de Migraciones"),
    R("AR", "investigation", "se ordenó el allanamiento de un domicilio en la ciudad de Santa Fe", place="Santa Fe"),
    R("AR", "no_wrongdoing_found", "con resultado negativo: no se hallaron elementos que acrediten actividad ilícita alguna", place="Santa Fe"),
    R("AR", "arrest", "DECRETAR EL PROCESAMIENTO sin prisión preventiva de los dos imputados", place="Corrientes"),
    R("AR", "closure", "ORDENAR LA CLAUSURA PREVENTIVA del local de la calle Junín de esta ciudad.", place="Corrientes"),
]

# ---------------------------------------------------------------- 017
T017 = """VERIFICADO.CL · Chequeos

¿Hay "más de diez comisarías chinas" en Chile? Lo que se sabe y lo que no

Por el equipo de verificación | 2 de septiembre de 2026 | Lectura: 6 min

VEREDICTO: ENGAÑOSO

Circula en WhatsApp y Facebook una cadena que afirma que en Chile operan "más de diez comisarías chinas", entre ellas una en Valdivia "manejada por la policía de Gangu", y que "el Gobierno lo oculta". La publicación suma más de 40.000 reenvíos.

¿Qué dice la cadena?
Que China tiene "más de diez" oficinas policiales encubiertas en el país. No cita ninguna fuente.

¿Qué sabemos?
El único caso documentado públicamente es el de Calama. En julio, la Policía de Investigaciones (PDI) confirmó que investiga una oficina de trámites ubicada en el barrio central de esa ciudad minera, que según un informe de la ONG Safeguard Defenders operaría por encargo de la policía de Minqin, en la provincia china de Gansu. La Fiscalía Regional de Antofagasta abrió una causa.

¿Y Valdivia?
Consultada por VERIFICADO.CL, la PDI señaló que "no tiene antecedentes de ninguna oficina de ese tipo en Valdivia". No encontramos ningún registro que respalde la afirmación.

¿Cuántas hay en el mundo?
Safeguard Defenders contabilizó ciento dos en cincuenta y tres países en su informe más citado. En Chile, el mismo informe menciona una sola: la de Calama.

¿Qué hacen estas oficinas?
En términos generales, según las ONG, estas oficinas pueden presionar a personas para que regresen a China. Esta descripción general no se refiere a un caso concreto ocurrido en Chile.

¿Qué dice China?
La embajada en Santiago afirmó que "no existe ninguna estación de policía china en Chile" y que la oficina de Calama es un punto de voluntarios que orienta a la comunidad sobre la renovación de licencias de conducir.

Conclusión: la cifra de "más de diez" no tiene respaldo; hay un caso bajo investigación en Calama.

¿Viste algo dudoso? Escríbenos por WhatsApp. | Suscríbete al boletín semanal de chequeos."""

F017 = [
    C("stations", 10, "CL", "Circula en WhatsApp y Facebook una cadena que afirma que en Chile operan \"más de diez comisarías chinas\"",
      opt=True, claimant="a viral chain message"),
    S("CL", "Valdivia", "entre ellas una en Valdivia \"manejada por la policía de Gangu\"", operator="Gangu",
      operator_alt=["Tianshui"], opt=True, claimant="a viral chain message"),
    S("CL", "Valdivia", "\"no tiene antecedentes de ninguna oficina de ese tipo en Valdivia\"", pol="denied", opt=True,
      claimant="Policía de Investigaciones"),
    R("CL", "investigation", "la Policía de Investigaciones (PDI) confirmó que investiga una oficina de trámites ubicada en el barrio central de esa ciudad minera",
      place="Calama", date="2026-07"),
    S("CL", "Calama", "El único caso documentado públicamente es el de Calama. En julio, la Policía de Investigaciones (PDI) confirmó que investiga una oficina de trámites ubicada en el barrio central de esa ciudad minera",
      claimant="Policía de Investigaciones"),
    S("CL", "Calama", "según un informe de la ONG Safeguard Defenders operaría por encargo de la policía de Minqin, en la provincia china de Gansu",
      operator="Minqin", operator_alt=["Wuwei"], claimant=SD),
    R("CL", "investigation", "La Fiscalía Regional de Antofagasta abrió una causa.", place="Calama"),
    C("stations", 102, None, "Safeguard Defenders contabilizó ciento dos en cincuenta y tres países", claimant=SD),
    C("countries", 53, None, "Safeguard Defenders contabilizó ciento dos en cincuenta y tres países", claimant=SD),
    C("stations", 1, "CL", "En Chile, el mismo informe menciona una sola: la de Calama.", claimant=SD),
    D("CN", "la oficina de Calama es un punto de voluntarios que orienta a la comunidad sobre la renovación de licencias de conducir",
      claimant="PRC Embassy in Chile"),
    S("CL", None, "\"no existe ninguna estación de policía china en Chile\"", pol="denied", opt=True,
      claimant="PRC Embassy in Chile"),
]

DOCS = [
    {"name": "015-es-efe-correccion-manresa-figueres-guangde-chaohu.txt", "text": T015, "facts": F015},
    {"name": "016-es-ar-resolucion-juzgado-federal-corrientes-santa-fe-jiayuguan-dingxi.txt", "text": T016, "facts": F016},
    {"name": "017-es-cl-chequeo-calama-valdivia-minqin-gangu.txt", "text": T017, "facts": F017},
]
