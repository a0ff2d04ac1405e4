from h import S, C, R, I, A, D, W  # noqa: F401

DOCS = []

# 041 es EFE-like wire, Segovia / Avila
DOCS.append(dict(name="041-es-agencia-segovia-avila-jinggangshan.txt", text="""
Inicio > Sociedad > Castilla y León

Utilizamos cookies propias y de terceros. Al continuar navegando, acepta su uso. [Aceptar]

La Policía investiga un local de una asociación china en Segovia señalado como "comisaría" encubierta

Segovia, 8 oct (EFE).- La Policía Nacional ha abierto diligencias tras recibir información de que una asociación de comerciantes chinos de Segovia albergaba desde 2023 una de las llamadas "comisarías de ultramar" de la policía china, según han confirmado a EFE fuentes de la investigación.

[Foto: Fachada del local, en una calle peatonal del casco histórico. EFE/Archivo]

El local, según un informe elaborado por una organización de derechos humanos, estaría vinculado a la Oficina de Seguridad Pública de Jinggangshan, en la provincia de Jiangxi. La misma organización sitúa otro punto en Ávila, del que no aporta más detalles.

Las mismas fuentes explicaron que los agentes tomaron declaración a una joven camarera que aseguró haber recibido llamadas desde esa oficina en las que se le pedía que regresara a China para "resolver un asunto familiar". La mujer sigue residiendo en Segovia.

LEA TAMBIÉN: La comunidad china de Castilla y León supera las 9.000 personas

"No tenemos constancia de que haya habido coacciones", señaló por su parte el presidente de la asociación, que atribuye el informe a "un malentendido".

En toda España, la organización contabiliza al menos nueve sedes de este tipo, y en Castilla y León, dos.

La Embajada de China en Madrid insistió en un comunicado en que se trata de "centros de voluntarios que ayudan a renovar el carné de conducir a distancia" y negó que tengan "cualquier relación con la policía".

© EFE 2026. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.

FE DE ERRORES: Una versión anterior de esta noticia situaba el local en la plaza Mayor. Se encuentra en una calle peatonal cercana.
""", facts=[
    S("ES", "Segovia", "una asociación de comerciantes chinos de Segovia albergaba desde 2023 una de las llamadas \"comisarías de ultramar\" de la policía china", claimant="fuentes de la investigación", date="2023"),
    S("ES", "Segovia", "El local, según un informe elaborado por una organización de derechos humanos, estaría vinculado a la Oficina de Seguridad Pública de Jinggangshan, en la provincia de Jiangxi",
      operator="Jinggangshan", operator_alt="Ji'an", claimant="organización de derechos humanos"),
    S("ES", "Ávila", "La misma organización sitúa otro punto en Ávila", claimant="organización de derechos humanos", place_alt="Avila"),
    R("ES", "investigation", "La Policía Nacional ha abierto diligencias", place="Segovia"),
    I("ES", "persuasion", "una joven camarera que aseguró haber recibido llamadas desde esa oficina en las que se le pedía que regresara a China", place="Segovia"),
    D("ES", "\"No tenemos constancia de que haya habido coacciones\", señaló por su parte el presidente de la asociación", claimant="presidente de la asociación", opt=True),
    C("stations", 9, "ES", "En toda España, la organización contabiliza al menos nueve sedes de este tipo", claimant="organización de derechos humanos"),
    C("stations", 2, "ES", "y en Castilla y León, dos", claimant="organización de derechos humanos", opt=True, note="regional sub-count"),
    D("CN", "se trata de \"centros de voluntarios que ayudan a renovar el carné de conducir a distancia\" y negó que tengan \"cualquier relación con la policía\"", claimant="Embajada de China en Madrid"),
]))

# 042 es podcast transcript, Ecuador
DOCS.append(dict(name="042-es-podcast-cuenca-loja-yongxin-huichang.txt", text="""
TRANSCRIPCIÓN — "Frontera Sur", episodio 57: "La oficina de la calle Larga"

[00:00] [Cortinilla musical]

[00:12] CONDUCTORA: Bienvenidos a Frontera Sur. Hoy viajamos a Cuenca, la ciudad de los sombreros de paja toquilla, de las iglesias y, desde hace unos años, de una pequeña comunidad china que vive del comercio.

[01:05] CONDUCTORA: Conversamos con una periodista que lleva seis meses siguiendo el caso. ¿Qué encontraste?

[01:11] PERIODISTA: En Cuenca hay una oficina, registrada como asociación cultural, que según documentos que obtuvimos respondía a la Oficina de Seguridad Pública de Yongxin, un condado de Jiangxi. Desde ahí se coordinaba, por ejemplo, la búsqueda de personas que el Gobierno chino quería de vuelta.

[02:20] CONDUCTORA: ¿Y encontraron a alguien?

[02:23] PERIODISTA: Sí. Un comerciante de Loja, con un almacén de electrodomésticos, fue llevado en carro hasta el aeropuerto de Guayaquil en marzo del año pasado y subido a un vuelo con escala en Madrid. Su familia no ha vuelto a saber de él.

[03:40] CONDUCTORA: ¿Loja también tiene su oficina?

[03:43] PERIODISTA: En Loja funcionaría otra, más pequeña, vinculada según las mismas fuentes a la policía de Huichang. En total, en Ecuador contamos tres: Cuenca, Loja y una tercera en Ambato que no pudimos verificar.

[04:30] [Pausa publicitaria]

[05:10] CONDUCTORA: ¿Qué ha hecho la Fiscalía?

[05:13] PERIODISTA: Abrió una investigación previa por el caso del comerciante. No hay detenidos.

[05:40] CONDUCTORA: ¿Y si al final se confirma todo? ¿Se podría expulsar a alguien?

[05:45] PERIODISTA: Eso ya es especular. La Embajada de China nos respondió por escrito que esas asociaciones "solo prestan servicios de trámites, como la renovación de licencias de conducir".

[06:30] [Cortinilla de cierre]
""", facts=[
    S("EC", "Cuenca", "En Cuenca hay una oficina, registrada como asociación cultural, que según documentos que obtuvimos respondía a la Oficina de Seguridad Pública de Yongxin, un condado de Jiangxi",
      operator="Yongxin", operator_alt="Ji'an", claimant="periodista"),
    I("EC", "forced_return", "Un comerciante de Loja, con un almacén de electrodomésticos, fue llevado en carro hasta el aeropuerto de Guayaquil en marzo del año pasado y subido a un vuelo", place="Loja", claimant="periodista"),
    S("EC", "Loja", "En Loja funcionaría otra, más pequeña, vinculada según las mismas fuentes a la policía de Huichang", operator="Huichang", operator_alt="Ganzhou", claimant="periodista"),
    C("stations", 3, "EC", "En total, en Ecuador contamos tres", claimant="periodista"),
    S("EC", "Ambato", "una tercera en Ambato que no pudimos verificar", claimant="periodista", opt=True, note="unverified"),
    R("EC", "investigation", "Abrió una investigación previa por el caso del comerciante", claimant="periodista"),
    R("EC", "arrest", "No hay detenidos.", pol="denied", opt=True),
    D("CN", "esas asociaciones \"solo prestan servicios de trámites, como la renovación de licencias de conducir\"", claimant="Embajada de China"),
]))

# 043 es irrelevant: Argentine local news
DOCS.append(dict(name="043-es-local-tandil-comisaria-supermercados.txt", text="""
Tandil | Policiales

Comerciantes chinos y la Comisaría Primera firman un convenio por la seguridad de los supermercados

Tras una seguidilla de robos, la Cámara de Supermercadistas Chinos de Tandil y la Comisaría Primera firmaron un convenio de colaboración. La comisaría sumará patrullajes en los barrios donde funcionan los 53 comercios asociados y una línea directa con intérprete.

"Queremos que los comerciantes se animen a denunciar", dijo el comisario. La cámara, que agrupa a familias llegadas de Fujian, donará dos motos a la estación policial del barrio La Movediza.

Según datos municipales, en lo que va del año se registraron 102 denuncias por robos en comercios.

Comentarios (14)
""", facts=[]))
