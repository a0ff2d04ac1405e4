"""check25 part B, Spanish documents 041-043 (held-out: do not tune on them)."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

ZMD = ["Zhumadian"]
XY = ["Xinyang"]

DOCS = []

# ---------------------------------------------------------------- 041
DOCS.append({
    "name": "041-es-mx-nota-tampico-xalapa-xiping-shangcai.txt",
    "text": """Inicio > Nacional > Seguridad

Catean en Tampico presunta "estación de policía" china; SRE convoca al embajador

Por Redacción | 9 de septiembre de 2025 | 21:14 h

Compartir: Facebook | X | WhatsApp | Copiar enlace

La Fiscalía General de la República (FGR) realizó este lunes un cateo en un local de la colonia Centro de Tampico, Tamaulipas, donde, de acuerdo con la organización Safeguard Defenders, operaría una estación de policía clandestina de la República Popular China.

La FGR informó que abrió una carpeta de investigación por posibles delitos contra la seguridad de la nación. Hasta el momento no hay personas detenidas.

El local, ubicado en la planta alta de un restaurante de comida cantonesa sobre la calle Aduana, funcionaba formalmente como sede de una asociación de comerciantes chinos. Vecinos dijeron que casi siempre estaba cerrado.

Tampico tiene una de las comunidades chinas más antiguas del país: los primeros inmigrantes llegaron a finales del siglo XIX para trabajar en el ferrocarril y en los campos petroleros, y muchos de sus descendientes regentan hoy restaurantes y tiendas en el centro histórico.

En los últimos diez años llegó una nueva ola: jóvenes de las provincias del centro de China que trabajan en cocinas, bodegas de importación y talleres de reparación de celulares. La asociación cuyo local fue cateado se fundó en 2018 y organizaba clases de mandarín para niños, el festejo del Año Nuevo lunar y, según su página de Facebook, "asesoría para trámites".

Un comerciante de la calle Aduana, descendiente de cantoneses, dijo que los recién llegados y las familias antiguas "casi no se mezclan". "Ellos tienen sus grupos de WeChat, nosotros tenemos el Casino Chino", comentó.

LEE TAMBIÉN: Puerto de Altamira rompe récord de contenedores

Según documentos obtenidos por la organización, la oficina dependería de la Oficina de Seguridad Pública del distrito de Xiping, en la ciudad de Zhumadian, provincia de Henan.

Un cocinero que trabajó en uno de los restaurantes de la zona relató que durante meses recibió llamadas de personas que se identificaban como policías de su ciudad natal y le insistían en que regresara a China "para arreglar un asunto". Se negó y sigue en Tampico.

Safeguard Defenders sostiene que en México habría al menos tres de estas oficinas. Otra estaría en Xalapa, Veracruz, y estaría vinculada al distrito de Shangcai, también en Zhumadian. Un mensaje difundido en redes sociales mencionó además Zacatecas; la fiscalía estatal dijo no tener ningún reporte al respecto.

A nivel mundial, la organización contabiliza 102 oficinas en 53 países.

La Secretaría de Relaciones Exteriores (SRE) convocó al embajador de China para pedirle explicaciones.

La Embajada de China en México rechazó las acusaciones por "carecer de todo fundamento" y aseguró que en México no existe ninguna estación de policía china. Según la representación diplomática, se trata de voluntarios que ayudan a connacionales de edad avanzada a renovar licencias de conducir y pasaportes.

Suscríbete a nuestro boletín | Aviso de privacidad | Este sitio usa cookies
""",
    "facts": [
        R("MX", "investigation", "La Fiscalía General de la República (FGR) realizó este lunes un cateo en un local de la colonia Centro de Tampico, Tamaulipas",
          place="Tampico", date="2025-09-08"),
        S("MX", "Tampico", "La Fiscalía General de la República (FGR) realizó este lunes un cateo en un local de la colonia Centro de Tampico, Tamaulipas, donde, de acuerdo con la organización Safeguard Defenders, operaría una estación de policía clandestina de la República Popular China.",
          claimant="Safeguard Defenders"),
        R("MX", "investigation", "La FGR informó que abrió una carpeta de investigación por posibles delitos contra la seguridad de la nación.",
          claimant="FGR"),
        R("MX", "arrest", "Hasta el momento no hay personas detenidas.", pol="denied", opt=True),
        S("MX", "Tampico", "Según documentos obtenidos por la organización, la oficina dependería de la Oficina de Seguridad Pública del distrito de Xiping, en la ciudad de Zhumadian, provincia de Henan.",
          operator="Xiping", operator_alt=ZMD, claimant="Safeguard Defenders"),
        I("MX", "persuasion", "durante meses recibió llamadas de personas que se identificaban como policías de su ciudad natal y le insistían en que regresara a China \"para arreglar un asunto\". Se negó y sigue en Tampico.",
          place="Tampico"),
        C("stations", 3, "MX", "Safeguard Defenders sostiene que en México habría al menos tres de estas oficinas.",
          claimant="Safeguard Defenders"),
        S("MX", "Xalapa", "Otra estaría en Xalapa, Veracruz, y estaría vinculada al distrito de Shangcai, también en Zhumadian.",
          operator="Shangcai", operator_alt=ZMD, claimant="Safeguard Defenders", place_alt=["Jalapa", "Xalapa-Enríquez"]),
        S("MX", "Zacatecas", "Un mensaje difundido en redes sociales mencionó además Zacatecas;", opt=True, claimant="social media"),
        S("MX", "Zacatecas", "la fiscalía estatal dijo no tener ningún reporte al respecto.", pol="denied", opt=True,
          claimant="Fiscalía de Zacatecas"),
        C("stations", 102, None, "la organización contabiliza 102 oficinas en 53 países.", claimant="Safeguard Defenders"),
        C("countries", 53, None, "la organización contabiliza 102 oficinas en 53 países.", claimant="Safeguard Defenders"),
        R("MX", "protest", "La Secretaría de Relaciones Exteriores (SRE) convocó al embajador de China para pedirle explicaciones."),
        D("CN", "La Embajada de China en México rechazó las acusaciones por \"carecer de todo fundamento\"",
          claimant="Chinese Embassy in Mexico"),
        S("MX", None, "aseguró que en México no existe ninguna estación de policía china.", pol="denied", opt=True,
          claimant="Chinese Embassy in Mexico"),
    ],
})

# ---------------------------------------------------------------- 042
_t042 = unwrap(soft("""BOLETÍN OFICIAL DE LAS CORTES GENERALES
CONGRESO DE LOS DIPUTADOS
XV LEGISLATURA     Serie D: GENERAL     Núm. 388     30 de junio de 2025     Pág. 212

184/041377
Pregunta con respuesta por escrito formulada por un Diputado del Grupo Parlamentario Mixto.

Respuesta:

En relación con la pregunta formulada sobre la supuesta comisaría china que habría funcionado en un local de la avenida Vicente Mortes de Paterna (Valencia) bajo la dirección de la Oficina de Seguridad Pública del distrito de Pingyu (Zhumadian), y sobre una segunda sede en Vélez-Málaga que dependería, según la pregunta, del distrito de Queshan de la misma ciudad, se informa lo siguiente:

La Policía Nacional, en el marco de las diligencias previas incoadas por un Juzgado Central de Instrucción de la Audiencia Nacional, practicó el 14 de marzo de 2025 la entrada y registro del local de Paterna. Las diligencias continúan bajo secreto de sumario. No se ha producido ninguna detención.

Por resolución de la alcaldía de Paterna, el local fue clausurado el 2 de abril de 2025 por carecer de licencia de actividad.

En cuanto a Vélez-Málaga, las comprobaciones realizadas por la Comisaría Local no permitieron constatar la comisión de ilícito penal alguno.

Consta igualmente un caso en que una residente en Paterna fue presionada por personas que decían actuar en nombre de la policía de Zhumadian para que regresara a China. La interesada no ha regresado.

Según la información disponible, en la Comunitat Valenciana habrían existido dos sedes de este tipo.

Las publicaciones en redes sociales que situaban otra sede en Mijas no han podido ser contrastadas; la Guardia Civil no dispone de información al respecto.

El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación convocó al Embajador de la República Popular China el 18 de marzo de 2025.

La Embajada ha manifestado que los voluntarios de asociaciones chinas se limitan a ayudar a ciudadanos de edad avanzada en la renovación de permisos de conducir y en la obtención de certificados de fe de vida.

Madrid, 20 de junio de 2025.—El Secretario de Estado de Relaciones con las Cortes y Asuntos Constitucionales.

cve: BOCG-15-D-388                                                          Pág. 212
"""))

DOCS.append({
    "name": "042-es-respuesta-parlamentaria-paterna-velez-malaga-pingyu-queshan.txt",
    "text": wrap_hy(_t042, 70),
    "facts": [
        S("ES", "Paterna", "la supuesta comisaría china que habría funcionado en un local de la avenida Vicente Mortes de Paterna (Valencia) bajo la dirección de la Oficina de Seguridad Pública del distrito de Pingyu (Zhumadian)",
          operator="Pingyu", operator_alt=ZMD, claimant="Diputado"),
        S("ES", "Vélez-Málaga", "una segunda sede en Vélez-Málaga que dependería, según la pregunta, del distrito de Queshan de la misma ciudad",
          operator="Queshan", operator_alt=ZMD, claimant="Diputado", place_alt=["Velez-Malaga"]),
        R("ES", "investigation", "La Policía Nacional, en el marco de las diligencias previas incoadas por un Juzgado Central de Instrucción de la Audiencia Nacional, practicó el 14 de marzo de 2025 la entrada y registro del local de Paterna.",
          place="Paterna", date="2025-03-14", claimant="Gobierno"),
        R("ES", "arrest", "No se ha producido ninguna detención.", pol="denied", opt=True, claimant="Gobierno"),
        R("ES", "closure", "Por resolución de la alcaldía de Paterna, el local fue clausurado el 2 de abril de 2025 por carecer de licencia de actividad.",
          place="Paterna", date="2025-04-02"),
        R("ES", "no_wrongdoing_found", "En cuanto a Vélez-Málaga, las comprobaciones realizadas por la Comisaría Local no permitieron constatar la comisión de ilícito penal alguno.",
          place="Vélez-Málaga", claimant="Gobierno"),
        I("ES", "persuasion", "una residente en Paterna fue presionada por personas que decían actuar en nombre de la policía de Zhumadian para que regresara a China. La interesada no ha regresado.",
          place="Paterna", claimant="Gobierno"),
        C("stations", 2, "ES", "en la Comunitat Valenciana habrían existido dos sedes de este tipo.", claimant="Gobierno"),
        S("ES", "Mijas", "Las publicaciones en redes sociales que situaban otra sede en Mijas no han podido ser contrastadas;",
          opt=True, claimant="social media"),
        S("ES", "Mijas", "la Guardia Civil no dispone de información al respecto.", pol="denied", opt=True, claimant="Guardia Civil"),
        R("ES", "protest", "El Ministerio de Asuntos Exteriores, Unión Europea y Cooperación convocó al Embajador de la República Popular China el 18 de marzo de 2025.",
          date="2025-03-18"),
        D("CN", "La Embajada ha manifestado que los voluntarios de asociaciones chinas se limitan a ayudar a ciudadanos de edad avanzada en la renovación de permisos de conducir y en la obtención de certificados de fe de vida.",
          claimant="Chinese Embassy in Spain"),
    ],
})

# ---------------------------------------------------------------- 043
DOCS.append({
    "name": "043-es-pe-explicador-preguntas-tumbes-sullana-luoshan-huaibin.txt",
    "text": """EXPLICADOR | Lo que se sabe de la "comisaría china" de Tumbes, en ocho preguntas

Por Unidad de Datos | 3 de noviembre de 2025 | Lectura: 6 min

Desde la semana pasada, el allanamiento de un local en Tumbes ha puesto en el centro del debate las llamadas "estaciones de policía" chinas en el extranjero. Respondemos las principales dudas.

1. ¿Qué pasó en Tumbes?
El 28 de octubre, agentes de la Dirección contra el Terrorismo de la Policía Nacional del Perú (PNP) allanaron el segundo piso de una tienda de electrodomésticos en el centro de la ciudad. La Fiscalía abrió una investigación preliminar.

2. ¿Qué funcionaba allí?
Según la Fiscalía, el local habría funcionado como una "estación de servicio policial" encubierta de la República Popular China, bajo la apariencia de una asociación de comerciantes.

3. ¿De quién dependía?
De acuerdo con los documentos incautados, respondería a la Oficina de Seguridad Pública del distrito de Luoshan, en Xinyang, provincia de Henan.

4. ¿Hubo detenidos?
Sí. Dos hombres de nacionalidad china fueron detenidos y luego puestos en libertad con comparecencia restringida.

5. ¿Hay víctimas?
La Fiscalía investiga el caso de un comerciante que, según su expediente, fue llevado en abril por dos compatriotas al aeropuerto de Tumbes y obligado a subir a un vuelo con destino a China vía Lima. No ha vuelto al Perú.

6. ¿Hay más oficinas en el país?
Safeguard Defenders afirma que en el norte del Perú habría al menos dos. La segunda estaría en Sullana (Piura) y dependería del distrito de Huaibin, también en Xinyang. La policía de Piura dijo no tener registro de ella. En redes sociales se mencionó además Talara, sin pruebas.

7. ¿Qué dicen China y el Gobierno peruano?
La Cancillería convocó al embajador chino el 30 de octubre. La Embajada de China calificó las acusaciones de "calumnias" y afirmó que en el Perú no existe ninguna comisaría china: se trataría de voluntarios que ayudan a compatriotas mayores a renovar pasaportes y licencias de conducir. Perú y China firmaron en 2019 un convenio de cooperación policial.

8. ¿Y si la investigación confirma que era una comisaría? ¿Expulsarán diplomáticos?
Es pronto para saberlo. La Cancillería no ha querido responder a escenarios hipotéticos.

¿Tienes una pregunta? Escríbenos. | Suscríbete a nuestro boletín
""",
    "facts": [
        R("PE", "investigation", "agentes de la Dirección contra el Terrorismo de la Policía Nacional del Perú (PNP) allanaron el segundo piso de una tienda de electrodomésticos en el centro de la ciudad.",
          place="Tumbes", date="2025-10-28"),
        R("PE", "investigation", "La Fiscalía abrió una investigación preliminar.", claimant="Fiscalía"),
        S("PE", "Tumbes", "Según la Fiscalía, el local habría funcionado como una \"estación de servicio policial\" encubierta de la República Popular China, bajo la apariencia de una asociación de comerciantes.",
          claimant="Fiscalía"),
        S("PE", "Tumbes", "De acuerdo con los documentos incautados, respondería a la Oficina de Seguridad Pública del distrito de Luoshan, en Xinyang, provincia de Henan.",
          operator="Luoshan", operator_alt=XY, claimant="seized documents"),
        R("PE", "arrest", "Dos hombres de nacionalidad china fueron detenidos y luego puestos en libertad con comparecencia restringida."),
        I("PE", "forced_return", "fue llevado en abril por dos compatriotas al aeropuerto de Tumbes y obligado a subir a un vuelo con destino a China vía Lima.",
          place="Tumbes", claimant="Fiscalía"),
        C("stations", 2, "PE", "Safeguard Defenders afirma que en el norte del Perú habría al menos dos.", claimant="Safeguard Defenders"),
        S("PE", "Sullana", "La segunda estaría en Sullana (Piura) y dependería del distrito de Huaibin, también en Xinyang.",
          operator="Huaibin", operator_alt=XY, claimant="Safeguard Defenders"),
        S("PE", "Sullana", "La policía de Piura dijo no tener registro de ella.", pol="denied", opt=True, claimant="policía de Piura"),
        S("PE", "Talara", "En redes sociales se mencionó además Talara, sin pruebas.", opt=True, claimant="social media"),
        R("PE", "protest", "La Cancillería convocó al embajador chino el 30 de octubre.", date="2025-10-30"),
        D("CN", "La Embajada de China calificó las acusaciones de \"calumnias\"", claimant="Chinese Embassy in Peru"),
        S("PE", None, "afirmó que en el Perú no existe ninguna comisaría china", pol="denied", opt=True,
          claimant="Chinese Embassy in Peru"),
        A("PE", "security_agreement", "Perú y China firmaron en 2019 un convenio de cooperación policial.", date="2019"),
    ],
})
