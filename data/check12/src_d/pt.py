"""Part D, Portuguese documents 046-051."""
from facts import S, C, R, I, A, D

DOCS = []

# 046 ------------------------------------------------------------------
t = """Os "postos de polícia" chineses que a PF investiga no Nordeste

Inquérito apura se associação de comerciantes em Natal servia para vigiar imigrantes; consulado nega

NATAL - Numa rua movimentada do Alecrim, entre uma loja de celulares e uma lanchonete, funciona desde 2020 uma associação de comerciantes chineses que, segundo a Polícia Federal, pode ter abrigado um posto informal da polícia chinesa. A PF instaurou inquérito em fevereiro para apurar se o local era usado para monitorar e pressionar cidadãos chineses que vivem no Rio Grande do Norte.

De acordo com documentos obtidos pela reportagem, o posto estaria vinculado ao Departamento de Segurança Pública de Jurong, cidade da província de Jiangsu com forte emigração para a América do Sul. Um segundo endereço, em Maceió, seguiria o mesmo modelo, dizem os investigadores.

A comunidade chinesa no Nordeste é pequena, mas cresceu na última década com a chegada de comerciantes vindos de São Paulo. Em Natal, são cerca de dois mil moradores, a maioria dona de pequenas lojas de importados no centro e no Alecrim. Muitos chegaram pela antiga estação ferroviária da Ribeira, hoje transformada em centro cultural, quando ainda havia trens para o interior.

Um estudante de mestrado da UFRN, que pediu para não ser identificado, conta que foi fotografado durante um ato de solidariedade a Hong Kong, em 2025, e que, dias depois, recebeu as fotos pelo WeChat, enviadas por um número ligado à associação. "Eles queriam que eu soubesse que estavam vendo", diz. O caso foi registrado inicialmente na delegacia da Polícia Civil do bairro e depois repassado à PF.

Segundo a ONG europeia que revelou a existência dessas estruturas, há mais de cem delas espalhadas pelo mundo. No Brasil seriam pelo menos quatro: além de Natal e Maceió, outras duas no Sudeste, ainda não localizadas. Especialistas ouvidos pela reportagem lembram que, de acordo com essas ONGs, os postos servem para convencer foragidos a voltar à China - a chamada "persuasão ao retorno" - e para manter dissidentes sob vigilância.

O Itamaraty informou que "acompanha o caso" e pediu esclarecimentos à embaixada chinesa em Brasília.

Em nota, o consulado-geral da China no Recife negou a existência de qualquer posto policial em Natal e afirmou que a associação apenas "ajuda idosos a renovar a carteira de motorista chinesa por videochamada".

O presidente da associação, procurado, disse que o espaço é usado para aulas de mandarim e festas do Ano Novo Lunar. "Aqui não tem polícia nenhuma", afirmou.

Até agora, ninguém foi preso. A PF não informou se houve busca em Maceió.
"""
DOCS.append(("046-pt-br-reportagem-natal-maceio-jurong.txt", t, [
    R("BR", "investigation", "A PF instaurou inquérito em fevereiro para apurar se o local era usado para monitorar e pressionar cidadãos chineses que vivem no Rio Grande do Norte.", place="Natal", claimant="Polícia Federal"),
    S("BR", "Natal", "NATAL - Numa rua movimentada do Alecrim, entre uma loja de celulares e uma lanchonete, funciona desde 2020 uma associação de comerciantes chineses que, segundo a Polícia Federal, pode ter abrigado um posto informal da polícia chinesa.", claimant="Polícia Federal", operator="Jurong", operator_alt=["Zhenjiang"], note="place in the dateline and 'Alecrim'; operator in the next paragraph ('o posto estaria vinculado ao ... de Jurong')"),
    S("BR", "Maceió", "Um segundo endereço, em Maceió, seguiria o mesmo modelo, dizem os investigadores.", claimant="Polícia Federal"),
    I("surveillance", "BR", "Um estudante de mestrado da UFRN, que pediu para não ser identificado, conta que foi fotografado durante um ato de solidariedade a Hong Kong, em 2025, e que, dias depois, recebeu as fotos pelo WeChat, enviadas por um número ligado à associação.", place="Natal", date="2025", claimant="a master's student"),
    C("stations", 100, None, "há mais de cem delas espalhadas pelo mundo", opt=True, claimant="ONG europeia", note="'mais de cem'"),
    C("stations", 4, "BR", "No Brasil seriam pelo menos quatro", claimant="ONG europeia"),
    I("persuasion", "BR", "os postos servem para convencer foragidos a voltar à China", opt=True, claimant="specialists", note="general purpose, not a case"),
    R("BR", "protest", "pediu esclarecimentos à embaixada chinesa em Brasília", opt=True, claimant="Itamaraty", note="request for explanations"),
    D("CN", "o consulado-geral da China no Recife negou a existência de qualquer posto policial em Natal", claimant="Chinese consulate-general in Recife"),
    S("BR", "Natal", "o consulado-geral da China no Recife negou a existência de qualquer posto policial em Natal", pol="denied", opt=True, claimant="Chinese consulate-general in Recife"),
    D("BR", "\"Aqui não tem polícia nenhuma\", afirmou.", opt=True, claimant="association president"),
    R("BR", "arrest", "Até agora, ninguém foi preso.", pol="denied", opt=True),
]))

# 047 ------------------------------------------------------------------
t = """PJ investiga alegado posto de polícia chinês em Bragança

Bragança, 22 mai 2026 (Lusa) - A Polícia Judiciária (PJ) abriu um inquérito a um alegado posto de polícia chinês em Bragança, depois de uma denúncia de um cidadão chinês residente na cidade, disse hoje à Lusa fonte policial.

Segundo a mesma fonte, o espaço, que funcionava nas traseiras de uma loja de artigos para o lar, estaria ligado ao departamento de segurança pública do condado de Baoying, na província chinesa de Jiangsu. Um outro posto terá funcionado na Guarda até ao final de 2024.

Não foram constituídos arguidos.

O denunciante, um empresário de 43 anos, contou aos inspetores que foi pressionado a regressar à China para responder num processo por burla e que a mãe, que vive em Baoying, recebeu a visita de agentes. Acabou por não regressar.

O Ministério dos Negócios Estrangeiros convocou hoje o embaixador da China em Lisboa para pedir explicações, adiantou o gabinete do ministro, sem mais pormenores.

A embaixada chinesa, numa resposta escrita à Lusa, rejeitou "as acusações infundadas" e garantiu que os voluntários da loja se limitam a ajudar "compatriotas idosos a tratar de documentos", como a renovação da carta de condução.

Em 2022, uma organização não-governamental sediada em Madrid identificou 3 postos do mesmo tipo em Portugal, que entretanto terão deixado de funcionar.
"""
DOCS.append(("047-pt-pt-lusa-braganca-guarda-baoying.txt", t, [
    R("PT", "investigation", "A Polícia Judiciária (PJ) abriu um inquérito a um alegado posto de polícia chinês em Bragança", place="Bragança", date="2026-05", claimant="fonte policial"),
    S("PT", "Bragança", "Segundo a mesma fonte, o espaço, que funcionava nas traseiras de uma loja de artigos para o lar, estaria ligado ao departamento de segurança pública do condado de Baoying", operator="Baoying", operator_alt=["Yangzhou"], claimant="fonte policial"),
    S("PT", "Guarda", "Um outro posto terá funcionado na Guarda até ao final de 2024.", date="2024", claimant="fonte policial"),
    R("PT", "arrest", "Não foram constituídos arguidos.", pol="denied", opt=True),
    I("persuasion", "PT", "O denunciante, um empresário de 43 anos, contou aos inspetores que foi pressionado a regressar à China para responder num processo por burla", place="Bragança", claimant="a businessman", note="he stayed"),
    I("harassment", "PT", "a mãe, que vive em Baoying, recebeu a visita de agentes", opt=True, claimant="a businessman", note="pressure on a relative in China"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou hoje o embaixador da China em Lisboa para pedir explicações", date="2026-05-22"),
    D("CN", "A embaixada chinesa, numa resposta escrita à Lusa, rejeitou \"as acusações infundadas\"", claimant="Chinese embassy in Lisbon"),
    C("stations", 3, "PT", "Em 2022, uma organização não-governamental sediada em Madrid identificou 3 postos do mesmo tipo em Portugal", date="2022", claimant="ONG sediada em Madrid"),
]))

# 048 ------------------------------------------------------------------
t = """ASSEMBLEIA DA REPÚBLICA
Gabinete do Ministro da Administração Interna

Resposta à Pergunta n.º 412/XVI/1.ª
Assunto: Alegados postos de polícia chineses em Barcelos e na Póvoa de
Varzim

Na pergunta em referência, os Senhores Deputados referem que, segundo
uma investigação jornalística, funcionariam em Barcelos e na Póvoa de
Varzim dois postos de "serviço" ligados ao Departamento de Segurança
Pública do condado de Pinghe, na província de Fujian, e perguntam que
diligências foram adotadas.

Encarrega-me Sua Excelência o Ministro de informar o seguinte:

1. O Serviço de Informações de Segurança acompanha, desde 2022, o fe-
nómeno dos chamados postos de polícia chineses no estrangeiro, em arti-
culação com os serviços congéneres da União Europeia.

2. A Polícia Judiciária procedeu a diligências de verificação nos dois
locais identificados. Não foram apurados indícios da prática de qual-
quer crime, pelo que não foi instaurado inquérito.

3. O espaço da Póvoa de Varzim cessou a sua atividade em novembro de
2025, por iniciativa dos próprios responsáveis.

4. Não há registo de queixas de cidadãos chineses residentes em Portugal
relativas a pressões para regressarem ao seu país de origem.

5. O Governo transmitiu à Embaixada da República Popular da China em
Lisboa a sua preocupação, não tendo considerado necessária a convoca-
ção do Embaixador.

Lisboa, 3 de março de 2026

O Chefe do Gabinete
"""
DOCS.append(("048-pt-pt-resposta-pergunta-barcelos-povoa-pinghe.txt", t, [
    S("PT", "Barcelos", "segundo uma investigação jornalística, funcionariam em Barcelos e na Póvoa de Varzim dois postos de \"serviço\" ligados ao Departamento de Segurança Pública do condado de Pinghe", operator="Pinghe", operator_alt=["Zhangzhou"], claimant="investigação jornalística", note="premise reported in the answer"),
    S("PT", "Póvoa de Varzim", "segundo uma investigação jornalística, funcionariam em Barcelos e na Póvoa de Varzim dois postos de \"serviço\" ligados ao Departamento de Segurança Pública do condado de Pinghe", operator="Pinghe", operator_alt=["Zhangzhou"], claimant="investigação jornalística"),
    C("stations", 2, "PT", "funcionariam em Barcelos e na Póvoa de Varzim dois postos de \"serviço\"", claimant="investigação jornalística"),
    R("PT", "no_wrongdoing_found", "A Polícia Judiciária procedeu a diligências de verificação nos dois locais identificados. Não foram apurados indícios da prática de qual- quer crime", claimant="Portuguese Ministry of Internal Administration"),
    R("PT", "investigation", "pelo que não foi instaurado inquérito", pol="denied", claimant="Portuguese Ministry of Internal Administration"),
    R("PT", "closure", "O espaço da Póvoa de Varzim cessou a sua atividade em novembro de 2025, por iniciativa dos próprios responsáveis.", place="Póvoa de Varzim", date="2025-11", opt=True, claimant="Portuguese Ministry of Internal Administration", note="stopped by itself"),
    I("persuasion", "PT", "Não há registo de queixas de cidadãos chineses residentes em Portugal relativas a pressões para regressarem ao seu país de origem.", pol="denied", opt=True, claimant="Portuguese Ministry of Internal Administration"),
    R("PT", "protest", "O Governo transmitiu à Embaixada da República Popular da China em Lisboa a sua preocupação", opt=True, claimant="Portuguese Ministry of Internal Administration", note="concern, no summons"),
    R("PT", "protest", "não tendo considerado necessária a convoca- ção do Embaixador", pol="denied", opt=True, claimant="Portuguese Ministry of Internal Administration"),
]))

# 049 ------------------------------------------------------------------
t = """Justiça Federal torna réus dois chineses acusados de manter "posto policial" clandestino em Vitória

A 1ª Vara Federal Criminal de Vitória aceitou nesta terça-feira (9) a denúncia do Ministério Público Federal (MPF) contra dois cidadãos chineses acusados de manter, no Centro da capital capixaba, um posto clandestino a serviço do Departamento de Segurança Pública do condado de Guangze, na província de Fujian. Com a decisão, os dois passam a responder por usurpação de função pública, constrangimento ilegal e associação criminosa.

Segundo a denúncia, entre 2021 e 2024 os acusados teriam vigiado conterrâneos e pressionado ao menos dois deles a voltar para a China. Num dos casos, um vendedor ambulante de 29 anos foi levado de carro até o aeroporto de Vitória e embarcado num voo para São Paulo, de onde seguiu para Xangai. No outro, a irmã de um comerciante do bairro de Jucutuquara teria recebido ameaças por telefone para que convencesse o irmão a "resolver as pendências" na China. Ele continua no Brasil.

A Polícia Federal havia cumprido mandados de busca e apreensão no local em agosto de 2025. Desde então, o escritório está fechado por ordem judicial.

A defesa nega as acusações e sustenta que os réus apenas administravam "um escritório de despachante" que ajudava imigrantes a regularizar documentos. "Não há nada de policial ali", disse o advogado.

Os réus respondem ao processo em liberdade. O consulado-geral da China no Rio de Janeiro não respondeu aos pedidos de comentário até a publicação desta reportagem.
"""
DOCS.append(("049-pt-br-justica-vitoria-guangze.txt", t, [
    R("BR", "arrest", "A 1ª Vara Federal Criminal de Vitória aceitou nesta terça-feira (9) a denúncia do Ministério Público Federal (MPF) contra dois cidadãos chineses", place="Vitória", claimant="Justiça Federal", note="charges accepted (tornou réus)"),
    S("BR", "Vitória", "A 1ª Vara Federal Criminal de Vitória aceitou nesta terça-feira (9) a denúncia do Ministério Público Federal (MPF) contra dois cidadãos chineses acusados de manter, no Centro da capital capixaba, um posto clandestino a serviço do Departamento de Segurança Pública do condado de Guangze", operator="Guangze", operator_alt=["Nanping"], date="2021", claimant="Ministério Público Federal", note="'capital capixaba' = Vitória"),
    C("staff", 2, "BR", "contra dois cidadãos chineses acusados de manter", opt=True, claimant="Ministério Público Federal", note="two defendants running the post"),
    I("surveillance", "BR", "os acusados teriam vigiado conterrâneos", opt=True, claimant="Ministério Público Federal", note="general charge, no named case"),
    I("forced_return", "BR", "Num dos casos, um vendedor ambulante de 29 anos foi levado de carro até o aeroporto de Vitória e embarcado num voo para São Paulo, de onde seguiu para Xangai.", place="Vitória", claimant="Ministério Público Federal"),
    I("persuasion", "BR", "No outro, a irmã de um comerciante do bairro de Jucutuquara teria recebido ameaças por telefone para que convencesse o irmão a \"resolver as pendências\" na China.", place="Vitória", claimant="Ministério Público Federal", note="he stayed"),
    I("harassment", "BR", "a irmã de um comerciante do bairro de Jucutuquara teria recebido ameaças por telefone", place="Vitória", opt=True, claimant="Ministério Público Federal"),
    R("BR", "investigation", "A Polícia Federal havia cumprido mandados de busca e apreensão no local em agosto de 2025.", place="Vitória", date="2025-08"),
    R("BR", "closure", "Desde então, o escritório está fechado por ordem judicial.", place="Vitória"),
    D("BR", "A defesa nega as acusações e sustenta que os réus apenas administravam \"um escritório de despachante\"", opt=True, claimant="defence"),
]))

# 050 (irrelevant) -----------------------------------------------------
t = """Universidade instala estações meteorológicas chinesas no Triângulo Mineiro

UBERLÂNDIA - A Universidade Federal de Uberlândia começou a instalar nesta semana as primeiras estações meteorológicas automáticas doadas por uma universidade chinesa, dentro de um acordo de cooperação científica assinado em 2024. Ao todo, serão 102 estações distribuídas por 53 municípios do Triângulo Mineiro e do Alto Paranaíba.

Os equipamentos medem chuva, vento e umidade do solo e enviam os dados a cada dez minutos para um centro de monitoramento no campus Santa Mônica. A Polícia Militar vai reforçar o patrulhamento nas áreas rurais onde as torres foram instaladas, depois que duas estações-piloto foram furtadas no ano passado.

A cerimônia de lançamento foi marcada por uma homenagem ao engenheiro chinês que coordenou a fase de testes e morreu em outubro, vítima de um infarto. O corpo foi repatriado para a China com apoio do consulado-geral em São Paulo.
"""
DOCS.append(("050-pt-br-noticia-estacoes-meteorologicas-uberlandia.txt", t, []))

# 051 (irrelevant) -----------------------------------------------------
t = """Tomar: sete cidadãos chineses detidos em restaurante vão ser afastados do país

Sete cidadãos chineses em situação irregular foram detidos na quarta-feira num restaurante junto à estação de comboios de Tomar, numa operação conjunta da PSP e da Autoridade para as Condições do Trabalho. Segundo a PSP, os trabalhadores não tinham autorização de residência e viviam num anexo sem condições.

Presentes a tribunal, ficaram sujeitos a termo de identidade e residência e vão ser objeto de um processo de afastamento coercivo, devendo ser repatriados para a China nas próximas semanas, ao abrigo do acordo de readmissão em vigor. O proprietário do restaurante foi constituído arguido.

A esquadra da PSP de Tomar recebeu ainda duas queixas de clientes. A embaixada da China em Lisboa disse estar a acompanhar a situação "para garantir os direitos legítimos" dos seus cidadãos.
"""
DOCS.append(("051-pt-pt-noticia-tomar-restaurante-afastamento.txt", t, []))
