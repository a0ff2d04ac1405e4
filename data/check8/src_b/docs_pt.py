from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 047
T = """PJ investiga alegados postos da polícia chinesa em Aveiro e Leiria

Lisboa, 3 abr 2025 (Lusa) - A Polícia Judiciária (PJ) está a investigar dois espaços em Aveiro e em Leiria que terão funcionado como "postos de serviço" da polícia chinesa junto da comunidade imigrante, disse hoje à Lusa fonte ligada ao processo.

O inquérito, dirigido pelo Departamento Central de Investigação e Ação Penal (DCIAP), foi aberto no início do ano na sequência de uma denúncia apresentada por uma associação de defesa dos direitos humanos.

Segundo a mesma fonte, o espaço de Aveiro, instalado nas traseiras de uma loja de artigos para o lar, estaria ligado ao departamento de segurança pública de Yongjia, na província de Zhejiang. Já o de Leiria, a funcionar desde 2021 numa antiga agência de viagens, responderia à polícia de Rui'an, também em Zhejiang.

Em causa está, entre outros, o caso de um dono de restaurante de Leiria que regressou à China em 2022, depois de os pais terem sido chamados várias vezes à esquadra em Rui'an e de um "representante" do espaço leiriense o ter visitado no restaurante para o "aconselhar" a voltar. O homem estaria a ser procurado na China por dívidas.

Até ao momento não foram constituídos arguidos.

A associação que apresentou a denúncia estima que existam pelo menos cinco destes postos em Portugal, número que não foi confirmado pelas autoridades.

Contactada pela Lusa, a Embaixada da China em Lisboa afirmou que as informações "carecem de qualquer fundamento" e que os espaços em causa são "associações de chineses ultramarinos que prestam serviços de apoio voluntário", nomeadamente na renovação de cartas de condução.

O Ministério dos Negócios Estrangeiros não respondeu às perguntas da Lusa sobre uma eventual convocação do embaixador chinês.
"""
DOCS.append(("047-pt-lusa-aveiro-leiria-pj.txt", T, [
    R("A Polícia Judiciária (PJ) está a investigar dois espaços em Aveiro e em Leiria", "PT", "investigation", date="2025"),
    C("dois espaços em Aveiro e em Leiria que terão funcionado como \"postos de serviço\" da polícia chinesa", "stations", 2, "PT", opt=True, note="two under investigation"),
    S("o espaço de Aveiro, instalado nas traseiras de uma loja de artigos para o lar, estaria ligado ao departamento de segurança pública de Yongjia", "PT", "Aveiro", op="Yongjia", op_alt=["Wenzhou"], claimant="fonte ligada ao processo"),
    S("Já o de Leiria, a funcionar desde 2021 numa antiga agência de viagens, responderia à polícia de Rui'an, também em Zhejiang.", "PT", "Leiria", op="Ruian", date="2021", claimant="fonte ligada ao processo"),
    I("um dono de restaurante de Leiria que regressou à China em 2022, depois de os pais terem sido chamados várias vezes à esquadra em Rui'an e de um \"representante\" do espaço leiriense o ter visitado no restaurante para o \"aconselhar\" a voltar", "persuasion", "PT", place="Leiria", date="2022"),
    I("depois de os pais terem sido chamados várias vezes à esquadra em Rui'an", "harassment", "PT", place="Leiria", date="2022", opt=True),
    R("Até ao momento não foram constituídos arguidos.", "PT", "arrest", pol="denied", opt=True),
    C("pelo menos cinco destes postos em Portugal", "stations", 5, "PT", claimant="associação de defesa dos direitos humanos"),
    D("a Embaixada da China em Lisboa afirmou que as informações \"carecem de qualquer fundamento\"", "CN", claimant="Embaixada da China em Lisboa"),
]))

# ---------------------------------------------------------------- 048
T = """Pergunta n.º 1183/XVI/1.ª

Assunto: Alegado posto da polícia chinesa no Funchal
Destinatário: Ministra da Administração Interna

De acordo com notícias publicadas na imprensa regional, funcionará no Funchal, desde
2022, um "centro de serviços para chineses ultramarinos" associado ao departamento de
segurança pública de Taizhou, na província de Zhejiang, que terá como missão, entre
outras, contactar cidadãos chineses residentes na Região Autónoma da Madeira.

Assim, ao abrigo das disposições constitucionais e regimentais aplicáveis, pergunta-se à
Senhora Ministra da Administração Interna:

1. Tem o Governo conhecimento da existência deste espaço?
2. Que diligências foram efetuadas pelas forças e serviços de segurança?
3. Tem o Governo conhecimento de um eventual segundo espaço em Ponta Delgada?

Resposta

Encarrega-me a Senhora Ministra da Administração Interna de transmitir o seguinte:

1. e 2. A Polícia de Segurança Pública (PSP), em articulação com o Serviço de Informações
de Segurança (SIS), efetuou diligências relativamente ao espaço referido, situado na
freguesia da Sé. Das diligências realizadas não resultaram indícios da prática de
qualquer ilícito criminal. Apurou-se que o espaço é a sede de uma associação cultural,
que deixou de ali desenvolver atividade em maio de 2024.

3. Quanto a Ponta Delgada, não existe qualquer registo de um espaço com as
características descritas.

Mais se informa que o Ministério dos Negócios Estrangeiros transmitiu à Embaixada da
República Popular da China, em Lisboa, que quaisquer atividades de natureza policial em
território nacional são da exclusiva competência das autoridades portuguesas.

Com os melhores cumprimentos,
O Chefe do Gabinete
"""
DOCS.append(("048-pt-pergunta-resposta-funchal.txt", T, [
    S("funcionará no Funchal, desde\n2022, um \"centro de serviços para chineses ultramarinos\" associado ao departamento de\nsegurança pública de Taizhou", "PT", "Funchal", op="Taizhou", date="2022", claimant="imprensa regional", note="freguesia da Sé"),
    R("A Polícia de Segurança Pública (PSP), em articulação com o Serviço de Informações\nde Segurança (SIS), efetuou diligências relativamente ao espaço referido", "PT", "investigation", place="Funchal", claimant="Ministério da Administração Interna"),
    R("Das diligências realizadas não resultaram indícios da prática de\nqualquer ilícito criminal.", "PT", "no_wrongdoing_found", place="Funchal", claimant="Ministério da Administração Interna"),
    R("que deixou de ali desenvolver atividade em maio de 2024", "PT", "closure", place="Funchal", date="2024-05", opt=True, note="stopped by itself"),
    S("Quanto a Ponta Delgada, não existe qualquer registo de um espaço com as\ncaracterísticas descritas.", "PT", "Ponta Delgada", pol="denied", claimant="Ministério da Administração Interna", opt=True),
    R("o Ministério dos Negócios Estrangeiros transmitiu à Embaixada da\nRepública Popular da China, em Lisboa, que quaisquer atividades de natureza policial em\nterritório nacional são da exclusiva competência das autoridades portuguesas", "PT", "protest", opt=True, note="message short of a summons"),
]))

# ---------------------------------------------------------------- 049
T = """PF abre inquérito sobre supostos postos da polícia chinesa em Recife e Campinas

Itamaraty convocou o encarregado de negócios da embaixada; estudante da Unicamp diz ter sido fotografada em protesto em São Paulo

BRASÍLIA

A Polícia Federal instaurou inquérito para apurar a atuação de duas associações de imigrantes chineses em Recife e em Campinas (SP) que, segundo relatório de uma ONG europeia, funcionariam como postos avançados da polícia da China no Brasil.

De acordo com o relatório, a associação pernambucana, com sede em um prédio comercial de Boa Viagem, foi criada em 2018 com apoio do departamento de segurança pública de Enping, na província de Guangdong. A de Campinas, no centro da cidade, estaria vinculada à polícia de Jinhua, em Zhejiang. O documento afirma que há ao menos três estruturas do gênero no Brasil, mas não identifica a terceira.

A PF não informou se já houve buscas. Ninguém foi preso.

O caso ganhou repercussão depois do relato de uma estudante chinesa de doutorado da Unicamp. Ela conta que, em outubro, participou de um ato na avenida Paulista em apoio a presos políticos em Hong Kong e que, dias depois, a mãe, que vive em Jinhua, recebeu na porta de casa a visita de dois policiais, que lhe mostraram fotos da filha no protesto. "Pediram para ela me convencer a parar", diz a estudante.

O Itamaraty convocou na semana passada o encarregado de negócios da embaixada chinesa, segundo duas fontes do ministério. Oficialmente, a chancelaria afirmou apenas que "acompanha o tema com atenção".

Em nota, a Embaixada da China em Brasília disse que "rejeita firmemente as acusações infundadas" e que as associações "não têm nenhuma função policial". Segundo a nota, elas ajudam os imigrantes idosos a renovar documentos pela internet.
"""
DOCS.append(("049-pt-br-folha-recife-campinas-pf.txt", T, [
    R("A Polícia Federal instaurou inquérito para apurar a atuação de duas associações de imigrantes chineses em Recife e em Campinas", "BR", "investigation"),
    S("a associação pernambucana, com sede em um prédio comercial de Boa Viagem, foi criada em 2018 com apoio do departamento de segurança pública de Enping", "BR", "Recife", op="Enping", date="2018", claimant="ONG europeia", note="Boa Viagem"),
    S("A de Campinas, no centro da cidade, estaria vinculada à polícia de Jinhua, em Zhejiang.", "BR", "Campinas", op="Jinhua", claimant="ONG europeia"),
    C("há ao menos três estruturas do gênero no Brasil", "stations", 3, "BR", claimant="ONG europeia"),
    R("Ninguém foi preso.", "BR", "arrest", pol="denied", opt=True),
    I("a mãe, que vive em Jinhua, recebeu na porta de casa a visita de dois policiais, que lhe mostraram fotos da filha no protesto", "harassment", "BR", place="Campinas"),
    I("que lhe mostraram fotos da filha no protesto", "surveillance", "BR", place="São Paulo", place_alt=["Campinas"]),
    R("O Itamaraty convocou na semana passada o encarregado de negócios da embaixada chinesa", "BR", "protest", claimant="fontes do ministério"),
    D("a Embaixada da China em Brasília disse que \"rejeita firmemente as acusações infundadas\"", "CN", claimant="Embaixada da China em Brasília"),
]))

# ---------------------------------------------------------------- 050
T = """Guiné-Bissau fecha posto ligado à polícia chinesa; São Tomé nega existência de outro

Bissau, 12 set (agências) - A Polícia Judiciária da Guiné-Bissau encerrou esta semana um escritório no bairro de Bandim, em Bissau, que, segundo a instituição, funcionava desde 2020 como "posto de serviço" do departamento de segurança pública de Yiwu, na província chinesa de Zhejiang, e detectou ali documentos relativos a cidadãos chineses residentes em vários países da sub-região.

O diretor nacional da PJ guineense disse à imprensa que o escritório, registado como representação de uma empresa de pesca, terá participado no regresso forçado à China, em 2023, de um gestor de uma empresa de pesca industrial acusado de fraude no seu país. O homem foi levado por dois compatriotas ao aeroporto Osvaldo Vieira e embarcado num voo com escala em Adis Abeba, segundo a PJ. Dois cidadãos chineses foram detidos e apresentados ao Ministério Público.

Em São Tomé, o ministro da Defesa e Administração Interna negou que exista no arquipélago um posto semelhante, como afirmou esta semana uma rádio privada, que o situou na cidade de São Tomé e o ligou à polícia de Shantou. "Em São Tomé e Príncipe só há uma polícia, a nossa", declarou.

A mesma rádio referiu um terceiro posto na África lusófona, em Benguela, Angola, sem indicar a que serviço policial chinês estaria ligado. As autoridades angolanas não comentaram.

A Guiné-Bissau e a China assinaram em 2022 um protocolo de cooperação policial que prevê formação de agentes guineenses e doação de viaturas. Bissau não anunciou a suspensão do protocolo.

Em Pequim, o porta-voz do Ministério dos Negócios Estrangeiros afirmou desconhecer "o caso concreto", mas sublinhou que "a China respeita sempre a soberania dos outros países" e que "os chamados postos de polícia no estrangeiro não existem".
"""
DOCS.append(("050-pt-africa-bissau-sao-tome-benguela.txt", T, [
    R("A Polícia Judiciária da Guiné-Bissau encerrou esta semana um escritório no bairro de Bandim, em Bissau", "GW", "closure", place="Bissau"),
    S("um escritório no bairro de Bandim, em Bissau, que, segundo a instituição, funcionava desde 2020 como \"posto de serviço\" do departamento de segurança pública de Yiwu", "GW", "Bissau", op="Yiwu", date="2020", claimant="Polícia Judiciária da Guiné-Bissau", note="bairro de Bandim"),
    I("terá participado no regresso forçado à China, em 2023, de um gestor de uma empresa de pesca industrial acusado de fraude no seu país", "forced_return", "GW", place="Bissau", date="2023", claimant="Polícia Judiciária da Guiné-Bissau"),
    R("Dois cidadãos chineses foram detidos e apresentados ao Ministério Público.", "GW", "arrest", place="Bissau"),
    D("o ministro da Defesa e Administração Interna negou que exista no arquipélago um posto semelhante", "ST", claimant="ministro da Defesa e Administração Interna"),
    S("o ministro da Defesa e Administração Interna negou que exista no arquipélago um posto semelhante", "ST", "São Tomé", pol="denied", claimant="ministro da Defesa e Administração Interna", opt=True, place_alt=["Sao Tome"]),
    S("como afirmou esta semana uma rádio privada, que o situou na cidade de São Tomé e o ligou à polícia de Shantou", "ST", "São Tomé", op="Shantou", claimant="rádio privada", place_alt=["Sao Tome"]),
    S("um terceiro posto na África lusófona, em Benguela, Angola", "AO", "Benguela", claimant="rádio privada"),
    A("A Guiné-Bissau e a China assinaram em 2022 um protocolo de cooperação policial", "GW", "security_agreement", date="2022"),
    D("\"os chamados postos de polícia no estrangeiro não existem\"", "CN", claimant="PRC Ministry of Foreign Affairs"),
]))

# ---------------------------------------------------------------- 051
T = """OPINIÃO

A delegacia que o Brasil finge não ver

Por um professor de direito internacional

Quando uma organização europeia revelou, em 2022, que a polícia chinesa mantinha mais de
cem "postos de serviço" pelo mundo — 102, em 53 países, segundo a contagem dela —, o
Brasil tratou o assunto como curiosidade estrangeira. Não era. Pelo menos um desses
postos estaria em Goiânia, instalado numa associação de comerciantes do setor de
eletrônicos e ligado, segundo o relatório, ao departamento de segurança pública de
Wenling, na província de Zhejiang.

A função declarada desses escritórios é banal: renovar carteiras de motorista, ajudar
idosos com a papelada. Mas o próprio Ministério da Segurança Pública chinês se gabou de ter
"persuadido a voltar" 230 mil pessoas entre 2021 e 2022, muitas delas por meio de pressão
sobre familiares que ficaram na China.

Outros países agiram. A Holanda mandou fechar os escritórios identificados no seu
território; o Canadá abriu investigação; os Estados Unidos levaram dois acusados a
julgamento. A Itália, que chegou a fazer patrulhas conjuntas com policiais chineses em
cidades turísticas, suspendeu a experiência.

E o Brasil? A Polícia Federal jamais abriu um inquérito sobre o caso de Goiânia. O
Itamaraty não convocou ninguém. A embaixada chinesa, de sua parte, limitou-se a dizer que
se trata de "mentiras fabricadas por forças anti-China" — e o assunto morreu ali.

Não defendo perseguir imigrantes, que são vítimas antes de tudo. Defendo que o Estado
brasileiro saiba o que acontece em seu território. Se amanhã surgisse um posto desses em
Belém ou em Curitiba, alguém em Brasília saberia dizer quem deveria investigar?
"""
DOCS.append(("051-pt-br-opiniao-goiania.txt", T, [
    C("mais de\ncem \"postos de serviço\" pelo mundo", "stations", 100, None, opt=True, note="approximation of 102"),
    C("102, em 53 países, segundo a contagem dela", "stations", 102, None, claimant="organização europeia"),
    C("102, em 53 países, segundo a contagem dela", "countries", 53, None, claimant="organização europeia"),
    S("Pelo menos um desses\npostos estaria em Goiânia", "BR", "Goiânia", op="Wenling", claimant="organização europeia", place_alt=["Goiania"]),
    C("Pelo menos um desses\npostos estaria em Goiânia", "stations", 1, "BR", opt=True, note="count of one"),
    C("\"persuadido a voltar\" 230 mil pessoas entre 2021 e 2022", "returns", 230000, None, claimant="Ministério da Segurança Pública da China"),
    I("muitas delas por meio de pressão\nsobre familiares que ficaram na China", "harassment", None, opt=True, note="general statement"),
    R("A Holanda mandou fechar os escritórios identificados no seu\nterritório", "NL", "closure"),
    S("A Holanda mandou fechar os escritórios identificados no seu\nterritório", "NL", None, opt=True),
    R("o Canadá abriu investigação", "CA", "investigation"),
    R("os Estados Unidos levaram dois acusados a\njulgamento", "US", "arrest"),
    A("A Itália, que chegou a fazer patrulhas conjuntas com policiais chineses em\ncidades turísticas", "IT", "joint_patrol"),
    R("A Polícia Federal jamais abriu um inquérito sobre o caso de Goiânia.", "BR", "investigation", pol="denied"),
    R("O\nItamaraty não convocou ninguém.", "BR", "protest", pol="denied", opt=True),
    D("A embaixada chinesa, de sua parte, limitou-se a dizer que\nse trata de \"mentiras fabricadas por forças anti-China\"", "CN", claimant="embaixada chinesa"),
]))

# ---------------------------------------------------------------- 052 (irrelevant)
T = """Operação apreende 53 toneladas de produtos falsificados na região da 25 de Março

SÃO PAULO - Uma operação conjunta da Receita Federal, da Polícia Federal e da Prefeitura
apreendeu nesta terça-feira cerca de 53 toneladas de mercadorias falsificadas em galerias
e depósitos da região da rua 25 de Março, no centro de São Paulo. Segundo a Receita, 102
lojas foram fiscalizadas, a maioria delas de importadores de origem chinesa.

Os agentes recolheram tênis, bolsas, fones de ouvido e brinquedos com marcas copiadas, além
de carregadores de celular sem certificação. A Polícia Federal instaurou inquérito para
investigar a origem das mercadorias, que teriam entrado no país pelo porto de Santos
declaradas como "artigos diversos". Quatro pessoas foram presas em flagrante por crime
contra a propriedade industrial.

Durante a ação, a Polícia Militar montou uma base móvel perto da estação São Bento do
metrô e reforçou o policiamento na ladeira Porto Geral. Comerciantes reclamaram do
fechamento das galerias por mais de seis horas.

O consulado-geral da China em São Paulo informou, em nota, que orienta os empresários
chineses "a respeitar rigorosamente as leis brasileiras" e que acompanha a situação dos
cidadãos chineses detidos para garantir seus direitos. A associação de comerciantes da
região disse que a maioria dos lojistas trabalha na legalidade e pediu "diálogo".

A Receita calcula que as mercadorias apreendidas valeriam R$ 40 milhões no varejo.
"""
DOCS.append(("052-pt-br-sao-paulo-25-de-marco-falsificados.txt", T, []))
