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
