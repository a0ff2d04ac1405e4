from lib import D, F

N = "047-pt-lusa-setubal-viseu-pj.txt"
D(N, """
PJ investiga alegada "esquadra" chinesa em Setúbal

Setúbal, 22 mai 2024 (Lusa) - A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses de Setúbal suspeita de funcionar como uma das chamadas "esquadras" que a polícia chinesa manterá no estrangeiro, disse hoje à Lusa fonte policial.

Segundo a mesma fonte, o espaço, situado numa rua comercial junto à Avenida Luísa Todi, prestaria serviços em nome do Departamento de Segurança Pública de Longyan, na província de Fujian, desde 2019. A associação terá ainda ligações a um segundo ponto de atendimento em Viseu, que a PJ tenta localizar.

A investigação começou depois de um cozinheiro de 38 anos ter contado a uma associação de direitos humanos que foi pressionado durante meses por responsáveis do espaço para voltar à China, onde era procurado por alegada fraude. O homem acabou por regressar em janeiro, "com medo pelo que pudesse acontecer aos pais", segundo a associação.

Não foram feitas detenções.

O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa, confirmou à Lusa o gabinete do ministro.

Em comunicado, a embaixada chinesa afirmou que "não existe qualquer esquadra de polícia chinesa em Portugal" e que as associações da comunidade "limitam-se a ajudar os compatriotas com formalidades como a renovação da carta de condução".

A organização não-governamental Safeguard Defenders identificou em 2022 pelo menos três estruturas deste tipo em Portugal, numa lista de 102 espalhadas por 53 países.
""")
F(N, "A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses de Setúbal", "response", country="PT", action="investigation", place="Setúbal", place_alt=["Setubal"])
F(N, "Segundo a mesma fonte, o espaço, situado numa rua comercial junto à Avenida Luísa Todi, prestaria serviços em nome do Departamento de Segurança Pública de Longyan, na província de Fujian, desde 2019.", "station", country="PT", place="Setúbal", place_alt=["Setubal"], operator="Longyan", date="2019", claimant="police source", note="near Avenida Luísa Todi")
F(N, "A associação terá ainda ligações a um segundo ponto de atendimento em Viseu, que a PJ tenta localizar.", "station", country="PT", place="Viseu", claimant="police source", optional=True, note="not located yet")
F(N, "foi pressionado durante meses por responsáveis do espaço para voltar à China, onde era procurado por alegada fraude. O homem acabou por regressar em janeiro", "incident", country="PT", incident_type="persuasion", place="Setúbal", place_alt=["Setubal"], claimant="a human-rights association")
F(N, "Não foram feitas detenções.", "response", country="PT", action="arrest", polarity="denied", optional=True)
F(N, "O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa", "response", country="PT", action="protest")
F(N, "Em comunicado, a embaixada chinesa afirmou que \"não existe qualquer esquadra de polícia chinesa em Portugal\"", "denial", country="CN", claimant="PRC Embassy in Portugal")
F(N, "Em comunicado, a embaixada chinesa afirmou que \"não existe qualquer esquadra de polícia chinesa em Portugal\"", "station", country="PT", place=None, polarity="denied", claimant="PRC Embassy in Portugal", optional=True)
F(N, "identificou em 2022 pelo menos três estruturas deste tipo em Portugal", "count", country="PT", measure="stations", value=3, date="2022", claimant="Safeguard Defenders")
F(N, "numa lista de 102 espalhadas por 53 países", "count", country=None, measure="stations", value=102, date="2022", claimant="Safeguard Defenders")
F(N, "numa lista de 102 espalhadas por 53 países", "count", country=None, measure="countries", value=53, date="2022", claimant="Safeguard Defenders")

N = "048-pt-br-resposta-requerimento-curitiba-florianopolis.txt"
D(N, """
MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA
Assessoria Especial de Assuntos Parlamentares e Federativos

Ofício nº 1.472/2023/ASPAR/MJSP
Brasília, 9 de agosto de 2023.

Assunto: Requerimento de Informação nº 1.118/2023.

Senhor Primeiro-Secretário,

1. Em atenção ao Requerimento de Informação em epígrafe, no qual o Deputado
autor afirma que funcionaria em Curitiba, desde 2020, um "posto de serviço" ligado ao
Departamento de Segurança Pública de Heshan, província de Guangdong, e que estrutura
semelhante existiria em Florianópolis, encaminho as informações prestadas pela Polícia
Federal.

2. A Superintendência Regional da Polícia Federal no Paraná instaurou inquérito policial
para apurar eventual exercício de atividade policial estrangeira não autorizada no
imóvel localizado no bairro Centro Cívico, em Curitiba. O inquérito tramita sob sigilo,
não havendo, até o momento, indiciados.

3. Quanto a Florianópolis, as diligências preliminares realizadas pela Superintendência
em Santa Catarina não identificaram qualquer estrutura com as características descritas.

4. Não há registro, na Polícia Federal, de comunicação de cidadão chinês que tenha sido
coagido a retornar ao seu país de origem.

5. O Ministério das Relações Exteriores informou ter solicitado esclarecimentos à
Embaixada da República Popular da China, que negou a existência de "postos policiais"
chineses no Brasil e atribuiu as atividades relatadas a associações comunitárias.

Atenciosamente,

Chefe da Assessoria Especial de Assuntos Parlamentares e Federativos
""")
F(N, "funcionaria em Curitiba, desde 2020, um \"posto de serviço\" ligado ao\nDepartamento de Segurança Pública de Heshan, província de Guangdong", "station", country="BR", place="Curitiba", operator="Heshan", date="2020", claimant="the requesting deputy", note="premise of the request; Centro Cívico")
F(N, "estrutura\nsemelhante existiria em Florianópolis", "station", country="BR", place="Florianópolis", place_alt=["Florianopolis"], claimant="the requesting deputy", note="premise of the request")
F(N, "A Superintendência Regional da Polícia Federal no Paraná instaurou inquérito policial\npara apurar eventual exercício de atividade policial estrangeira não autorizada", "response", country="BR", action="investigation", place="Curitiba", claimant="Brazilian Ministry of Justice")
F(N, "não havendo, até o momento, indiciados", "response", country="BR", action="arrest", polarity="denied", optional=True)
F(N, "as diligências preliminares realizadas pela Superintendência\nem Santa Catarina não identificaram qualquer estrutura com as características descritas", "station", country="BR", place="Florianópolis", place_alt=["Florianopolis"], polarity="denied", claimant="Brazilian Ministry of Justice", optional=True)
F(N, "as diligências preliminares realizadas pela Superintendência\nem Santa Catarina não identificaram qualquer estrutura com as características descritas", "response", country="BR", action="no_wrongdoing_found", place="Florianópolis", place_alt=["Florianopolis"], claimant="Brazilian Ministry of Justice")
F(N, "Não há registro, na Polícia Federal, de comunicação de cidadão chinês que tenha sido\ncoagido a retornar ao seu país de origem.", "incident", country="BR", incident_type="forced_return", polarity="denied", claimant="Brazilian Ministry of Justice", optional=True)
F(N, "O Ministério das Relações Exteriores informou ter solicitado esclarecimentos à\nEmbaixada da República Popular da China", "response", country="BR", action="protest", claimant="Brazilian Ministry of Justice", optional=True, note="request for clarification, short of a summons")
F(N, "que negou a existência de \"postos policiais\"\nchineses no Brasil", "denial", country="CN", claimant="PRC Embassy in Brazil")
F(N, "que negou a existência de \"postos policiais\"\nchineses no Brasil", "station", country="BR", place=None, polarity="denied", claimant="PRC Embassy in Brazil", optional=True)

N = "049-pt-br-noticia-salvador-fortaleza-pf.txt"
D(N, """
PF prende dois em Salvador por suspeita de atuar para a polícia chinesa

Operação cumpriu mandados no Comércio e em Lauro de Freitas; grupo é suspeito de vigiar e pressionar imigrantes

SALVADOR – A Polícia Federal prendeu nesta quinta-feira (14) dois homens suspeitos de operar, no bairro do Comércio, em Salvador, um escritório que funcionaria como posto avançado da polícia chinesa. Os presos, um empresário e um funcionário de uma associação de imigrantes, devem responder por organização criminosa e coação no curso do processo, segundo a PF.

De acordo com a investigação, o escritório foi aberto em 2019 e prestava contas ao Departamento de Segurança Pública de Chaozhou, na província de Guangdong. A associação mantinha ainda uma sala em Fortaleza, no bairro da Aldeota, que também foi alvo de busca e apreensão.

Os investigadores afirmam que o grupo fotografava imigrantes chineses que participavam de cultos de uma igreja protestante em Salvador e enviava as imagens à China. Um dos fiéis, um comerciante de 50 anos, contou à PF que seus pais foram levados a uma delegacia em Chaozhou e pressionados a convencê-lo a voltar.

A defesa dos presos disse que vai se manifestar nos autos. Em nota, o consulado-geral da China no Recife afirmou que "não existem postos policiais chineses no exterior" e que o país "sempre respeitou a soberania do Brasil".

Segundo a organização Safeguard Defenders, que revelou o fenômeno em 2022, há ao menos dois postos desse tipo no Brasil.
""")
F(N, "A Polícia Federal prendeu nesta quinta-feira (14) dois homens suspeitos de operar, no bairro do Comércio, em Salvador, um escritório que funcionaria como posto avançado da polícia chinesa.", "response", country="BR", action="arrest", place="Salvador")
F(N, "A Polícia Federal prendeu nesta quinta-feira (14) dois homens suspeitos de operar, no bairro do Comércio, em Salvador, um escritório que funcionaria como posto avançado da polícia chinesa.", "station", country="BR", place="Salvador", operator="Chaozhou", date="2019", claimant="Brazilian Federal Police", note="Comércio; operator in the next paragraph ('o escritório')")
F(N, "De acordo com a investigação, o escritório foi aberto em 2019 e prestava contas ao Departamento de Segurança Pública de Chaozhou", "response", country="BR", action="investigation", place="Salvador")
F(N, "A associação mantinha ainda uma sala em Fortaleza, no bairro da Aldeota, que também foi alvo de busca e apreensão.", "station", country="BR", place="Fortaleza", claimant="Brazilian Federal Police", note="Aldeota")
F(N, "o grupo fotografava imigrantes chineses que participavam de cultos de uma igreja protestante em Salvador e enviava as imagens à China", "incident", country="BR", incident_type="surveillance", place="Salvador", claimant="Brazilian Federal Police")
F(N, "seus pais foram levados a uma delegacia em Chaozhou e pressionados a convencê-lo a voltar", "incident", country="BR", incident_type="harassment", claimant="a trader")
F(N, "seus pais foram levados a uma delegacia em Chaozhou e pressionados a convencê-lo a voltar", "incident", country="BR", incident_type="persuasion", claimant="a trader")
F(N, "o consulado-geral da China no Recife afirmou que \"não existem postos policiais chineses no exterior\"", "denial", country="CN", claimant="PRC Consulate General in Recife")
F(N, "há ao menos dois postos desse tipo no Brasil", "count", country="BR", measure="stations", value=2, claimant="Safeguard Defenders")

N = "050-pt-macau-jornal-luanda-lubango.txt"
D(N, """
Angola investiga alegados "postos" da polícia chinesa em Luanda e no Lubango

Macau, 3 Out – O Serviço de Investigação Criminal (SIC) de Angola abriu um processo para averiguar a existência de dois espaços que, segundo um relatório de uma organização não-governamental europeia, funcionariam como extensões da polícia chinesa em território angolano, noticiou ontem a imprensa de Luanda.

O primeiro situa-se num condomínio do bairro Talatona, em Luanda, e estaria ligado ao Departamento de Segurança Pública de Heyuan, na província de Guangdong, desde 2018. O segundo, no Lubango, capital da província da Huíla, funcionaria nas traseiras de uma loja de materiais de construção. Ambos, diz o relatório, são geridos pelo mesmo departamento.

O documento relata que um trabalhador de uma empresa de construção chinesa que abandonou o emprego no Lubango foi detido por seguranças da empresa, levado de carro até Luanda e embarcado num voo para Guangzhou em 2021. O SIC não confirmou o caso.

Contactado pelo jornal angolano, o porta-voz do SIC disse apenas que "todas as denúncias são investigadas" e que não houve, até agora, detenções.

A embaixada da China em Luanda classificou o relatório como "uma invenção sem qualquer fundamento" e lembrou que Angola e a China assinaram em 2018 um memorando de cooperação em matéria de segurança pública, "que prevê formação e troca de informações, no estrito respeito pela soberania angolana".

Em Macau, onde vive uma pequena comunidade angolana, a notícia foi recebida com surpresa. O presidente de uma associação de amizade sino-angolana disse ao nosso jornal que "nunca ouviu falar" de tais postos.
""")
F(N, "O Serviço de Investigação Criminal (SIC) de Angola abriu um processo para averiguar a existência de dois espaços", "response", country="AO", action="investigation")
F(N, "segundo um relatório de uma organização não-governamental europeia, funcionariam como extensões da polícia chinesa em território angolano", "count", country="AO", measure="stations", value=2, claimant="a European NGO", note="'dois espaços' in the previous clause")
F(N, "O primeiro situa-se num condomínio do bairro Talatona, em Luanda, e estaria ligado ao Departamento de Segurança Pública de Heyuan, na província de Guangdong, desde 2018.", "station", country="AO", place="Luanda", operator="Heyuan", date="2018", claimant="a European NGO", note="Talatona")
F(N, "O segundo, no Lubango, capital da província da Huíla, funcionaria nas traseiras de uma loja de materiais de construção. Ambos, diz o relatório, são geridos pelo mesmo departamento.", "station", country="AO", place="Lubango", operator="Heyuan", claimant="a European NGO")
F(N, "foi detido por seguranças da empresa, levado de carro até Luanda e embarcado num voo para Guangzhou em 2021", "incident", country="AO", incident_type="forced_return", place="Lubango", date="2021", claimant="a European NGO")
F(N, "não houve, até agora, detenções", "response", country="AO", action="arrest", polarity="denied", optional=True)
F(N, "A embaixada da China em Luanda classificou o relatório como \"uma invenção sem qualquer fundamento\"", "denial", country="CN", claimant="PRC Embassy in Angola")
F(N, "Angola e a China assinaram em 2018 um memorando de cooperação em matéria de segurança pública", "agreement", country="AO", agreement_type="security_agreement", date="2018", claimant="PRC Embassy in Angola")

N = "051-pt-opiniao-evora-portimao.txt"
D(N, """
OPINIÃO

A polícia dos outros

Há dois anos, quando se soube que a polícia chinesa mantinha "postos de serviço" em dezenas de países, Portugal reagiu com a serenidade que nos é habitual: o assunto foi notícia durante uma semana e depois desapareceu. Convém voltar a ele.

O relatório que abriu o caso contava cento e dois postos em cinquenta e três países. Em Portugal, segundo a mesma fonte, eram três; entretanto, jornalistas e investigadores acrescentaram pelo menos mais dois à lista: um em Évora, numa loja de artigos para o lar junto à muralha, e outro em Portimão. Este último, dizem, responde ao departamento de segurança pública de Qingdao, cidade de onde veio boa parte dos comerciantes chineses do Algarve.

Pergunto: o que fez o Estado? Que se saiba, o Ministério Público nunca abriu qualquer inquérito sobre Évora ou Portimão. O embaixador chinês nunca foi chamado ao Palácio das Necessidades por causa deles.

Não é por falta de exemplos. A Hungria e a Croácia, é certo, preferiram o caminho inverso e deixaram agentes chineses patrulhar ruas de Budapeste e de Zagrebe ao lado dos seus polícias, no âmbito de acordos com Pequim. Mas a Irlanda mandou fechar o posto de Dublin em poucas semanas.

A embaixada chinesa em Lisboa dirá, como sempre disse, que se trata de voluntários que ajudam idosos a renovar a carta de condução. Talvez. Mas um Estado que leva a sério a sua soberania não se contenta com um "talvez".

Se amanhã a polícia de Angola abrisse um balcão na Amadora, teríamos o mesmo silêncio?
""")
F(N, "O relatório que abriu o caso contava cento e dois postos em cinquenta e três países.", "count", country=None, measure="stations", value=102)
F(N, "O relatório que abriu o caso contava cento e dois postos em cinquenta e três países.", "count", country=None, measure="countries", value=53)
F(N, "Em Portugal, segundo a mesma fonte, eram três", "count", country="PT", measure="stations", value=3)
F(N, "acrescentaram pelo menos mais dois à lista", "count", country="PT", measure="stations", value=2, optional=True, note="additional sites")
F(N, "um em Évora, numa loja de artigos para o lar junto à muralha", "station", country="PT", place="Évora", place_alt=["Evora"], claimant="journalists and researchers")
F(N, "outro em Portimão. Este último, dizem, responde ao departamento de segurança pública de Qingdao", "station", country="PT", place="Portimão", place_alt=["Portimao"], operator="Qingdao", claimant="journalists and researchers")
F(N, "o Ministério Público nunca abriu qualquer inquérito sobre Évora ou Portimão", "response", country="PT", action="investigation", polarity="denied")
F(N, "O embaixador chinês nunca foi chamado ao Palácio das Necessidades por causa deles.", "response", country="PT", action="protest", polarity="denied", optional=True)
F(N, "A Hungria e a Croácia, é certo, preferiram o caminho inverso e deixaram agentes chineses patrulhar ruas de Budapeste e de Zagrebe ao lado dos seus polícias", "agreement", country="HU", agreement_type="joint_patrol")
F(N, "A Hungria e a Croácia, é certo, preferiram o caminho inverso e deixaram agentes chineses patrulhar ruas de Budapeste e de Zagrebe ao lado dos seus polícias", "agreement", country="HR", agreement_type="joint_patrol")
F(N, "no âmbito de acordos com Pequim", "agreement", country="HU", agreement_type="security_agreement", optional=True)
F(N, "no âmbito de acordos com Pequim", "agreement", country="HR", agreement_type="security_agreement", optional=True)
F(N, "Mas a Irlanda mandou fechar o posto de Dublin em poucas semanas.", "response", country="IE", action="closure")
F(N, "Mas a Irlanda mandou fechar o posto de Dublin em poucas semanas.", "station", country="IE", place="Dublin")
F(N, "A embaixada chinesa em Lisboa dirá, como sempre disse, que se trata de voluntários que ajudam idosos a renovar a carta de condução.", "denial", country="CN", claimant="PRC Embassy in Portugal", optional=True, note="anticipated denial in the author's voice")

N = "052-pt-noticia-esquadra-martim-moniz.txt"
D(N, """
PSP reabre esquadra do Martim Moniz com agentes que falam mandarim

Lisboa – A esquadra da PSP do Martim Moniz reabriu hoje, depois de oito meses de obras, com um balcão de atendimento onde dois agentes falam mandarim e um terceiro fala bengali e hindi. A medida, explicou o comandante metropolitano, pretende "aproximar a polícia das comunidades imigrantes" de uma das zonas mais multiculturais da capital.

Segundo a PSP, a esquadra recebeu no ano passado 1.340 queixas, a maioria por furto e burla. Muitos dos queixosos eram comerciantes chineses e nepaleses da Rua da Palma e do Centro Comercial da Mouraria, que se queixavam de não conseguir explicar o que lhes tinha acontecido.

À cerimónia assistiram o presidente da junta de freguesia de Santa Maria Maior, representantes de associações de comerciantes e um conselheiro da embaixada da China, que elogiou "o esforço das autoridades portuguesas para servir todos os residentes".

A reabertura coincide com o início das obras na estação de metro do Martim Moniz, que vai estar fechada até ao verão. A PSP vai reforçar o patrulhamento a pé na zona durante esse período.
""")
