from facts import S, C, R, I, A, D

DOCS = []

# 047 -------------------------------------------------------------------------------
T = """PJ investiga alegado posto da polícia chinesa em Braga

Braga, 17 jun 2025 (Lusa) - A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses com sede no centro de Braga, suspeita de funcionar como posto de contacto de uma polícia da República Popular da China, disse hoje à Lusa fonte judicial.

Segundo a mesma fonte, o espaço, que funciona desde 2021 num primeiro andar da Avenida da Liberdade, estaria ligado ao Departamento de Segurança Pública do condado de Yunhe, na cidade de Lishui, província de Zhejiang. Um segundo espaço, em Guimarães, teria a mesma ligação e também está a ser analisado.

O inquérito, dirigido pelo Departamento Central de Investigação e Ação Penal (DCIAP), teve origem na queixa de uma funcionária de um armazém de Guimarães. De acordo com a queixa, a mulher foi chamada várias vezes à associação, onde lhe disseram que devia regressar à China para responder num processo por dívidas. A funcionária acabou por viajar para Xangai em abril, depois de o irmão ter sido detido durante dois dias pela polícia de Yunhe.

Não foram constituídos arguidos, adiantou a fonte.

O Ministério dos Negócios Estrangeiros (MNE) convocou na segunda-feira o encarregado de negócios da embaixada da China em Lisboa para pedir esclarecimentos.

Em comunicado, a embaixada "rejeita firmemente" as acusações e afirma que as associações chinesas em Portugal "prestam apenas serviços de apoio aos compatriotas, como a renovação de cartas de condução".

Portugal terá tido pelo menos quatro destes espaços desde 2018, segundo organizações de direitos humanos.
"""
DOCS.append(("047-pt-lusa-braga-guimaraes-yunhe.txt", T, [
    R("PT", "investigation", "A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses com sede no centro de Braga", place="Braga"),
    S("PT", "Braga", "Segundo a mesma fonte, o espaço, que funciona desde 2021 num primeiro andar da Avenida da Liberdade, estaria ligado ao Departamento de Segurança Pública do condado de Yunhe, na cidade de Lishui, província de Zhejiang.", operator="Yunhe", operator_alt=["Lishui"], date="2021", claimant="judicial source", note="Avenida da Liberdade"),
    S("PT", "Guimaraes", "Um segundo espaço, em Guimarães, teria a mesma ligação e também está a ser analisado.", operator="Yunhe", operator_alt=["Lishui"], place_alt=["Guimarães"], claimant="judicial source"),
    I("persuasion", "PT", "De acordo com a queixa, a mulher foi chamada várias vezes à associação, onde lhe disseram que devia regressar à China para responder num processo por dívidas.", place="Braga"),
    I("forced_return", "PT", "A funcionária acabou por viajar para Xangai em abril, depois de o irmão ter sido detido durante dois dias pela polícia de Yunhe.", place="Guimaraes", opt=True, note="returned under pressure; counted as persuasion"),
    I("harassment", "PT", "depois de o irmão ter sido detido durante dois dias pela polícia de Yunhe.", opt=True),
    R("PT", "arrest", "Não foram constituídos arguidos, adiantou a fonte.", pol="denied", opt=True),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros (MNE) convocou na segunda-feira o encarregado de negócios da embaixada da China em Lisboa para pedir esclarecimentos."),
    D("CN", "Em comunicado, a embaixada \"rejeita firmemente\" as acusações", claimant="PRC Embassy in Portugal"),
    C("stations", 4, "PT", "Portugal terá tido pelo menos quatro destes espaços desde 2018, segundo organizações de direitos humanos.", claimant="human-rights organisations"),
]))

# 048 -------------------------------------------------------------------------------
T = """PERGUNTA N.º 1143/XVI/1.ª
Assunto: Alegado posto de polícia chinês em Coimbra
Destinatário: Ministra da Administração Interna

Segundo notícias vindas a público, funcionaria desde 2022, na
Baixa de Coimbra, um espaço de "serviço" ligado ao Departamento
de Segurança Pública de Xiangshan, condado da cidade de Ningbo,
onde cidadãos chineses seriam contactados para regressar ao seu
país. Um estudante de doutoramento da Universidade de Coimbra
terá sido filmado numa vigília pelo Tibete na Praça 8 de Maio.

Assim, pergunta-se:
1. Tem o Governo conhecimento desta situação?
2. Existe algum espaço semelhante em Faro?

RESPOSTA

1. As forças e serviços de segurança, designadamente a Polícia
de Segurança Pública e o Serviço de Informações de Segurança,
realizaram diligências relativamente ao espaço referido, em
articulação com o Ministério Público. Das diligências
efetuadas não resultaram, até à data, indícios da prática de
crime. O espaço encerrou por iniciativa dos responsáveis em
novembro de 2024.

2. Não existe qualquer registo de espaço semelhante em Faro.

3. Não foram apresentadas queixas relativas a pressões para o
regresso de cidadãos chineses.

O Gabinete da Ministra da Administração Interna
"""
DOCS.append(("048-pt-pergunta-resposta-coimbra-xiangshan.txt", T, [
    S("PT", "Coimbra", """funcionaria desde 2022, na
Baixa de Coimbra, um espaço de "serviço" ligado ao Departamento
de Segurança Pública de Xiangshan, condado da cidade de Ningbo""", operator="Xiangshan", operator_alt=["Ningbo"], date="2022", claimant="news media", note="Baixa; premise of the question"),
    I("persuasion", "PT", """onde cidadãos chineses seriam contactados para regressar ao seu
país.""", opt=True, note="general statement in the premise", claimant="news media"),
    I("surveillance", "PT", """Um estudante de doutoramento da Universidade de Coimbra
terá sido filmado numa vigília pelo Tibete na Praça 8 de Maio.""", place="Coimbra", claimant="news media"),
    R("PT", "investigation", """realizaram diligências relativamente ao espaço referido, em
articulação com o Ministério Público.""", place="Coimbra", claimant="Portuguese Ministry of Internal Administration"),
    R("PT", "no_wrongdoing_found", """Das diligências
efetuadas não resultaram, até à data, indícios da prática de
crime.""", claimant="Portuguese Ministry of Internal Administration"),
    R("PT", "closure", """O espaço encerrou por iniciativa dos responsáveis em
novembro de 2024.""", place="Coimbra", date="2024-11", opt=True, note="stopped by itself"),
    I("persuasion", "PT", """3. Não foram apresentadas queixas relativas a pressões para o
regresso de cidadãos chineses.""", pol="denied", opt=True, claimant="Portuguese Ministry of Internal Administration"),
    S("PT", "Faro", "2. Não existe qualquer registo de espaço semelhante em Faro.", pol="denied", opt=True, claimant="Portuguese Ministry of Internal Administration"),
]))

# 049 -------------------------------------------------------------------------------
T = """PF prende dois suspeitos de operar 'delegacia' chinesa em Porto Alegre

Investigação começou após denúncia de jovem que diz ter sido pressionada a voltar à China; segunda unidade estaria em Belo Horizonte

PORTO ALEGRE — A Polícia Federal prendeu nesta terça-feira (8) dois cidadãos chineses suspeitos de manter, no bairro Floresta, em Porto Alegre, um escritório que funcionava como posto avançado de uma polícia da China. Agentes cumpriram ainda três mandados de busca e apreensão na capital gaúcha e em Canoas.

Segundo a PF, o escritório estava vinculado ao Departamento de Segurança Pública de Ganzhou, na província de Jiangxi, e atendia a comunidade chinesa da região metropolitana desde 2020. O escritório tinha 3 funcionários fixos. No local, eram emitidas carteiras de habilitação e certidões, mas também, de acordo com o inquérito, eram feitas "abordagens" a chineses procurados em seu país.

Uma dessas abordagens envolveu uma jovem de 24 anos que trabalhava numa loja do centro. Ela relatou ter sido chamada ao escritório, onde lhe mostraram uma foto de sua avó em Ganzhou e disseram que a família "teria problemas" se ela não voltasse. A jovem procurou a PF e permanece no Brasil.

A investigação aponta que o mesmo departamento teria uma segunda unidade em Belo Horizonte, no bairro Barro Preto, que ainda não foi alvo de buscas.

O Itamaraty informou ter convocado o encarregado de negócios da embaixada chinesa em Brasília.

Em nota, a embaixada afirmou que as acusações "não têm qualquer fundamento" e que a China "jamais instalou postos policiais no exterior".

Com os dois casos, sobe para ao menos quatro o número de unidades desse tipo identificadas no Brasil.
"""
DOCS.append(("049-pt-br-porto-alegre-belo-horizonte-ganzhou.txt", T, [
    R("BR", "arrest", "A Polícia Federal prendeu nesta terça-feira (8) dois cidadãos chineses suspeitos de manter, no bairro Floresta, em Porto Alegre, um escritório que funcionava como posto avançado de uma polícia da China."),
    S("BR", "Porto Alegre", "A Polícia Federal prendeu nesta terça-feira (8) dois cidadãos chineses suspeitos de manter, no bairro Floresta, em Porto Alegre, um escritório que funcionava como posto avançado de uma polícia da China.", operator="Ganzhou", date="2020", note="Floresta"),
    R("BR", "investigation", "Agentes cumpriram ainda três mandados de busca e apreensão na capital gaúcha e em Canoas.", place="Porto Alegre"),
    S("BR", "Porto Alegre", "Segundo a PF, o escritório estava vinculado ao Departamento de Segurança Pública de Ganzhou, na província de Jiangxi, e atendia a comunidade chinesa da região metropolitana desde 2020.", operator="Ganzhou", date="2020", claimant="Brazilian Federal Police", note="operator sentence"),
    C("staff", 3, "BR", "O escritório tinha 3 funcionários fixos.", opt=True, note="staff of one site"),
    I("persuasion", "BR", "Ela relatou ter sido chamada ao escritório, onde lhe mostraram uma foto de sua avó em Ganzhou e disseram que a família \"teria problemas\" se ela não voltasse.", place="Porto Alegre"),
    I("harassment", "BR", "onde lhe mostraram uma foto de sua avó em Ganzhou e disseram que a família \"teria problemas\"", opt=True),
    S("BR", "Belo Horizonte", "A investigação aponta que o mesmo departamento teria uma segunda unidade em Belo Horizonte, no bairro Barro Preto, que ainda não foi alvo de buscas.", operator="Ganzhou", claimant="Brazilian Federal Police", note="Barro Preto"),
    R("BR", "protest", "O Itamaraty informou ter convocado o encarregado de negócios da embaixada chinesa em Brasília."),
    D("CN", "Em nota, a embaixada afirmou que as acusações \"não têm qualquer fundamento\"", claimant="PRC Embassy in Brazil"),
    C("stations", 4, "BR", "Com os dois casos, sobe para ao menos quatro o número de unidades desse tipo identificadas no Brasil."),
]))

# 050 -------------------------------------------------------------------------------
T = """Cabo Verde: Polícia Judiciária investiga "gabinete" chinês no Mindelo

Cidade da Praia, 28 out (Inforpress) - A Polícia Judiciária cabo-verdiana está a investigar um gabinete que funcionaria, numa loja da zona da Pracinha da Igreja, no Mindelo, ilha de São Vicente, como ponto de contacto da polícia chinesa, confirmou hoje à Inforpress o diretor nacional da PJ.

De acordo com o responsável, o gabinete teria sido criado em 2022 por comerciantes ligados ao Departamento de Segurança Pública de Zherong, condado da cidade de Ningde, na província de Fujian, de onde é originária grande parte dos cerca de mil chineses residentes no arquipélago.

A investigação foi aberta após um comerciante chinês do Mindelo ter sido levado em setembro por dois conterrâneos ao Aeroporto Internacional Cesária Évora e embarcado num voo para Lisboa, com ligação a Pequim, contra a sua vontade, segundo a queixa apresentada pela companheira, cabo-verdiana.

O diretor da PJ disse ainda que foi sinalizado um segundo gabinete na Cidade da Praia, no bairro da Fazenda, mas que "até agora não foi possível confirmar" a sua existência.

O ministro da Administração Interna afirmou que "Cabo Verde não permite atividades de polícias estrangeiras no seu território" e lembrou que o acordo de cooperação em matéria de segurança assinado com a China em 2017 prevê apenas formação e doação de equipamentos.

A embaixada da China na Praia garantiu, em comunicado, que "não existe nenhuma esquadra chinesa em Cabo Verde" e que as acusações são "infundadas".

Ninguém foi detido até ao momento.
"""
DOCS.append(("050-pt-cv-mindelo-praia-zherong.txt", T, [
    R("CV", "investigation", "A Polícia Judiciária cabo-verdiana está a investigar um gabinete que funcionaria, numa loja da zona da Pracinha da Igreja, no Mindelo, ilha de São Vicente, como ponto de contacto da polícia chinesa", place="Mindelo"),
    S("CV", "Mindelo", "A Polícia Judiciária cabo-verdiana está a investigar um gabinete que funcionaria, numa loja da zona da Pracinha da Igreja, no Mindelo, ilha de São Vicente, como ponto de contacto da polícia chinesa", operator="Zherong", operator_alt=["Ningde"], date="2022", note="shop near the Pracinha da Igreja"),
    S("CV", "Mindelo", "De acordo com o responsável, o gabinete teria sido criado em 2022 por comerciantes ligados ao Departamento de Segurança Pública de Zherong, condado da cidade de Ningde, na província de Fujian", operator="Zherong", operator_alt=["Ningde"], date="2022", claimant="Cape Verdean Judiciary Police", note="operator sentence"),
    I("forced_return", "CV", "A investigação foi aberta após um comerciante chinês do Mindelo ter sido levado em setembro por dois conterrâneos ao Aeroporto Internacional Cesária Évora e embarcado num voo para Lisboa, com ligação a Pequim, contra a sua vontade", place="Mindelo"),
    S("CV", "Praia", "O diretor da PJ disse ainda que foi sinalizado um segundo gabinete na Cidade da Praia, no bairro da Fazenda", opt=True, note="unconfirmed; Fazenda"),
    D("CV", "O ministro da Administração Interna afirmou que \"Cabo Verde não permite atividades de polícias estrangeiras no seu território\"", opt=True, note="general statement, not a denial of the site"),
    A("CV", "security_agreement", "o acordo de cooperação em matéria de segurança assinado com a China em 2017 prevê apenas formação e doação de equipamentos.", date="2017", claimant="Cape Verdean Minister of Internal Administration"),
    D("CN", "A embaixada da China na Praia garantiu, em comunicado, que \"não existe nenhuma esquadra chinesa em Cabo Verde\"", claimant="PRC Embassy in Cape Verde"),
    S("CV", None, "\"não existe nenhuma esquadra chinesa em Cabo Verde\"", pol="denied", opt=True, claimant="PRC Embassy in Cape Verde"),
    R("CV", "arrest", "Ninguém foi detido até ao momento.", pol="denied", opt=True),
]))

# 051 -------------------------------------------------------------------------------
T = """SERNIC sem provas de "esquadra" chinesa na Beira; caso de Maputo segue na PGR

Maputo (O País) - O Serviço Nacional de Investigação Criminal (SERNIC) concluiu que não há indícios de atividade ilícita num armazém do bairro da Manga, na cidade da Beira, apontado no ano passado por uma organização não governamental como sede de um posto da polícia chinesa. O processo relativo a Maputo, contudo, continua em instrução na Procuradoria-Geral da República (PGR).

Na capital, o alegado posto funcionaria na Avenida 24 de Julho, nas instalações de uma associação de empresários chineses. Segundo a ONG, ambos os espaços seriam geridos por pessoas ligadas ao Departamento de Segurança Pública do condado de Datian, em Sanming, província de Fujian. A mesma organização contabiliza cento e dois postos em cinquenta e três países, dos quais três na África Austral.

O caso de Maputo ganhou visibilidade depois de um madeireiro chinês, procurado na China por exploração ilegal de madeira na Zambézia, ter denunciado que recebia telefonemas diários de um "voluntário" da associação a insistir para que regressasse "antes que fosse pior". O homem, que vive em Maputo há doze anos, não regressou.

Moçambique e a China assinaram em 2016 um memorando de entendimento sobre cooperação policial, que incluiu a formação de agentes moçambicanos em Pequim.

Em declarações à imprensa, o porta-voz da embaixada chinesa classificou as acusações de "invenção pura" e afirmou que a associação "apenas ajuda compatriotas a tratar de documentos".

O Ministério dos Negócios Estrangeiros e Cooperação não convocou o embaixador chinês.
"""
DOCS.append(("051-pt-mz-maputo-beira-datian.txt", T, [
    R("MZ", "no_wrongdoing_found", "O Serviço Nacional de Investigação Criminal (SERNIC) concluiu que não há indícios de atividade ilícita num armazém do bairro da Manga, na cidade da Beira", place="Beira"),
    S("MZ", "Beira", "apontado no ano passado por uma organização não governamental como sede de um posto da polícia chinesa.", operator="Datian", operator_alt=["Sanming"], claimant="NGO", note="warehouse in Manga"),
    R("MZ", "investigation", "O processo relativo a Maputo, contudo, continua em instrução na Procuradoria-Geral da República (PGR).", place="Maputo"),
    S("MZ", "Maputo", "Na capital, o alegado posto funcionaria na Avenida 24 de Julho, nas instalações de uma associação de empresários chineses.", operator="Datian", operator_alt=["Sanming"], claimant="NGO", note="Avenida 24 de Julho"),
    C("stations", 102, None, "A mesma organização contabiliza cento e dois postos em cinquenta e três países, dos quais três na África Austral.", claimant="NGO"),
    C("countries", 53, None, "A mesma organização contabiliza cento e dois postos em cinquenta e três países, dos quais três na África Austral.", claimant="NGO"),
    C("stations", 3, None, "dos quais três na África Austral.", opt=True, note="regional count", claimant="NGO"),
    I("persuasion", "MZ", "ter denunciado que recebia telefonemas diários de um \"voluntário\" da associação a insistir para que regressasse \"antes que fosse pior\".", place="Maputo"),
    A("MZ", "security_agreement", "Moçambique e a China assinaram em 2016 um memorando de entendimento sobre cooperação policial", date="2016"),
    D("CN", "o porta-voz da embaixada chinesa classificou as acusações de \"invenção pura\"", claimant="PRC Embassy in Mozambique"),
    R("MZ", "protest", "O Ministério dos Negócios Estrangeiros e Cooperação não convocou o embaixador chinês.", pol="denied", opt=True),
]))

# 052 (irrelevant) -------------------------------------------------------------------
T = """Estação do Inpe em Cuiabá passa a receber imagens do novo satélite sino-brasileiro

CUIABÁ — A estação terrena do Instituto Nacional de Pesquisas Espaciais (Inpe) em Cuiabá começou nesta semana a receber imagens do CBERS-6, o novo satélite desenvolvido em parceria com a China. A antena, instalada em 1973, foi modernizada com equipamentos chineses no âmbito de um acordo de cooperação assinado entre a Agência Espacial Brasileira e a Administração Nacional Espacial da China.

As imagens serão usadas, entre outros fins, pela Polícia Federal e pelo Ibama para detectar desmatamento ilegal na Amazônia e no Pantanal, mesmo sob nuvens, graças ao radar do satélite. Em 2024, operações baseadas em alertas por satélite resultaram em 312 autos de infração e 41 prisões em Mato Grosso, segundo a PF.

Uma delegação de 12 engenheiros chineses acompanhou os testes. O embaixador da China visitou a estação e destacou "mais de trinta anos de cooperação espacial exemplar".

O diretor do Inpe disse que a estação, uma das duas do país, deve operar 24 horas por dia a partir de janeiro. A outra fica em Alcântara, no Maranhão.

A volta do investimento em observação da Terra foi comemorada por pesquisadores, que lembram que a estação chegou a ser ameaçada de fechamento por falta de verbas em 2019.
"""
DOCS.append(("052-pt-br-estacao-cbers-cuiaba.txt", T, []))
