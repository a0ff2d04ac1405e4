"""check23 part B, Portuguese documents 050-052."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 050
T050 = """Este site utiliza cookies para melhorar a sua experiência. Ao continuar, aceita a nossa política de privacidade. [Aceitar]

Terras da Feira | Sociedade | Santa Maria da Feira        Partilhar: Facebook | X | WhatsApp | E-mail

PJ fez buscas em associação chinesa da Feira suspeita de funcionar como "esquadra" de Pequim

Publicado a 6 de março de 2026, 12:30 | Atualizado às 21:10

A Polícia Judiciária (PJ) realizou na quarta-feira buscas na sede de uma associação de comerciantes chineses, no centro de Santa Maria da Feira, no âmbito de um inquérito dirigido pelo Ministério Público de Aveiro. Foram apreendidos documentos, carimbos e um computador portátil. Não houve detenções.

Segundo fonte da PJ, o espaço funcionaria como um posto informal da polícia chinesa, destinado a acompanhar cidadãos chineses residentes no norte do distrito de Aveiro. O posto prestaria contas ao Departamento de Segurança Pública do condado de Fogang, na província de Guangdong, de acordo com documentos apreendidos.

Legenda: A sede da associação, na rua Dr. Elísio de Castro, foi alvo de buscas. (Foto: Terras da Feira)

A comunidade chinesa do concelho é pequena - cerca de trezentas pessoas, segundo a Câmara - e dedica-se sobretudo ao comércio de calçado e de artigos para o lar. Muitos dos primeiros comerciantes chegaram nos anos 1990, atraídos pela indústria da cortiça e do calçado.

Um operário de uma fábrica de calçado contou ao nosso jornal que, no verão passado, foi pressionado por membros da associação a regressar à China para "resolver um problema com a polícia". Viajou por conta própria em setembro e voltou a Portugal em novembro.

LEIA TAMBÉM: Feira: festa das fogaceiras bate recorde de visitantes

De acordo com a mesma fonte da PJ, no distrito de Aveiro haveria dois espaços deste tipo. O segundo funcionaria em Oliveira de Azeméis e estaria ligado à polícia do distrito de Qujiang, em Shaoguan.

Nas redes sociais, chegou a ser apontado um terceiro local em São João da Madeira. A PSP diz não ter conhecimento de qualquer estrutura semelhante naquela cidade.

O Ministério dos Negócios Estrangeiros convocou o embaixador da China em Lisboa para prestar esclarecimentos.

A embaixada chinesa rejeita as acusações e afirma que "não existem esquadras chinesas em Portugal". Segundo a embaixada, os voluntários da associação apenas ajudam compatriotas a renovar cartas de condução e passaportes.

Atualização às 21:10: A Câmara Municipal de Santa Maria da Feira determinou o encerramento do espaço por falta de licença de utilização, confirmou o presidente da autarquia.

Comentários (14) | Receba a nossa newsletter semanal
"""
DOCS.append(dict(name="050-pt-noticia-atualizacao-santa-maria-da-feira-oliveira-de-azemeis-fogang-qujiang.txt", text=T050, facts=[
    R("PT", "investigation", "A Polícia Judiciária (PJ) realizou na quarta-feira buscas na sede de uma associação de comerciantes chineses, no centro de Santa Maria da Feira",
      place="Santa Maria da Feira", date="2026-03-04"),
    R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
    S("PT", "Santa Maria da Feira", "Segundo fonte da PJ, o espaço funcionaria como um posto informal da polícia chinesa",
      claimant="Polícia Judiciária", note="rua Dr. Elísio de Castro"),
    S("PT", "Santa Maria da Feira", "O posto prestaria contas ao Departamento de Segurança Pública do condado de Fogang, na província de Guangdong",
      operator="Fogang", operator_alt=["Qingyuan"], claimant="Polícia Judiciária"),
    I("PT", "persuasion", "foi pressionado por membros da associação a regressar à China para \"resolver um problema com a polícia\". Viajou por conta própria em setembro",
      place="Santa Maria da Feira", date="2025"),
    C("stations", 2, "PT", "no distrito de Aveiro haveria dois espaços deste tipo", claimant="Polícia Judiciária"),
    S("PT", "Oliveira de Azeméis", "O segundo funcionaria em Oliveira de Azeméis e estaria ligado à polícia do distrito de Qujiang, em Shaoguan.",
      operator="Qujiang", operator_alt=["Shaoguan"], claimant="Polícia Judiciária", place_alt=["Oliveira de Azemeis"]),
    S("PT", "São João da Madeira", "Nas redes sociais, chegou a ser apontado um terceiro local em São João da Madeira.", opt=True,
      claimant="social media"),
    S("PT", "São João da Madeira", "A PSP diz não ter conhecimento de qualquer estrutura semelhante naquela cidade.", pol="denied",
      opt=True, claimant="PSP"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou o embaixador da China em Lisboa para prestar esclarecimentos."),
    D("CN", "\"não existem esquadras chinesas em Portugal\". Segundo a embaixada, os voluntários da associação apenas ajudam compatriotas a renovar cartas de condução e passaportes.",
      claimant="PRC Embassy in Portugal"),
    S("PT", None, "\"não existem esquadras chinesas em Portugal\"", pol="denied", opt=True, claimant="PRC Embassy in Portugal"),
    R("PT", "closure", "A Câmara Municipal de Santa Maria da Feira determinou o encerramento do espaço", place="Santa Maria da Feira"),
]))

# ---------------------------------------------------------------- 051
T051 = """RÁDIO KWANZA FM - Jornal da Tarde, 13h00 - 19 de fevereiro de 2026
Transcrição do segmento

PIVÔ: Boa tarde. Abrimos com notícias das Lundas. O Serviço de Investigação Criminal deteve ontem, no Dundo, dois cidadãos chineses suspeitos de manterem na cidade um escritório que funcionaria como posto da polícia chinesa. Temos em linha o nosso correspondente na Lunda Norte. Boa tarde.

CORRESPONDENTE: Boa tarde. Sim, o SIC fez buscas ontem de manhã num armazém de uma empresa chinesa de prestação de serviços às diamantíferas, no bairro Mandumbo. Foram apreendidos telemóveis, cadernos e carimbos. Segundo documentos apreendidos, o escritório respondia ao Departamento de Segurança Pública do condado de Pingyin, da cidade de Jinan, na China.

PIVÔ: E há relatos de pessoas que foram obrigadas a regressar?

CORRESPONDENTE: Há pelo menos um caso descrito pelo SIC. Um trabalhador chinês de uma empresa subcontratada por uma diamantífera terá sido levado, em dezembro, por três homens ao aeroporto do Dundo e colocado num avião para Luanda, de onde seguiu para a China. Colegas dizem que ele não queria ir.

PIVÔ: É caso único no país?

CORRESPONDENTE: Segundo o porta-voz do SIC, haveria duas estruturas destas em Angola. A segunda estaria ligada à polícia do condado de Shanghe e funcionaria no Sumbe, no Cuanza Sul. O comando provincial da Polícia Nacional no Cuanza Sul diz desconhecer essa estrutura.

PIVÔ: Obrigado. Recordamos que Angola e a China assinaram em 2023 um acordo de cooperação em matéria de segurança e ordem pública, e que em agosto do ano passado agentes chineses e angolanos fizeram patrulhas conjuntas durante duas semanas nos mercados do bairro chinês de Luanda. A embaixada da China em Luanda reagiu esta manhã: diz que "não existem postos de polícia chineses em Angola" e que voluntários da comunidade apenas ajudam trabalhadores a renovar passaportes e cartas de condução. O Ministério das Relações Exteriores pediu esclarecimentos ao embaixador chinês.

PIVÔ: Passamos ao desporto...

[Fim do segmento]
"""
DOCS.append(dict(name="051-pt-ao-transcricao-radio-dundo-sumbe-pingyin-shanghe.txt", text=T051, facts=[
    R("AO", "arrest", "O Serviço de Investigação Criminal deteve ontem, no Dundo, dois cidadãos chineses", date="2026-02-18"),
    S("AO", "Dundo", "dois cidadãos chineses suspeitos de manterem na cidade um escritório que funcionaria como posto da polícia chinesa",
      claimant="Serviço de Investigação Criminal", note="bairro Mandumbo"),
    R("AO", "investigation", "o SIC fez buscas ontem de manhã num armazém de uma empresa chinesa de prestação de serviços às diamantíferas",
      place="Dundo", date="2026-02-18"),
    S("AO", "Dundo", "Segundo documentos apreendidos, o escritório respondia ao Departamento de Segurança Pública do condado de Pingyin, da cidade de Jinan",
      operator="Pingyin", operator_alt=["Jinan"], claimant="Serviço de Investigação Criminal"),
    I("AO", "forced_return", "terá sido levado, em dezembro, por três homens ao aeroporto do Dundo e colocado num avião para Luanda",
      place="Dundo", claimant="Serviço de Investigação Criminal", date="2025-12"),
    C("stations", 2, "AO", "haveria duas estruturas destas em Angola", claimant="Serviço de Investigação Criminal"),
    S("AO", "Sumbe", "A segunda estaria ligada à polícia do condado de Shanghe e funcionaria no Sumbe, no Cuanza Sul.",
      operator="Shanghe", operator_alt=["Jinan"], claimant="Serviço de Investigação Criminal"),
    S("AO", "Sumbe", "O comando provincial da Polícia Nacional no Cuanza Sul diz desconhecer essa estrutura.", pol="denied",
      opt=True, claimant="Polícia Nacional de Angola"),
    A("AO", "security_agreement", "Angola e a China assinaram em 2023 um acordo de cooperação em matéria de segurança e ordem pública",
      date="2023"),
    A("AO", "joint_patrol", "em agosto do ano passado agentes chineses e angolanos fizeram patrulhas conjuntas durante duas semanas nos mercados do bairro chinês de Luanda",
      date="2025-08"),
    D("CN", "diz que \"não existem postos de polícia chineses em Angola\" e que voluntários da comunidade apenas ajudam trabalhadores a renovar passaportes e cartas de condução",
      claimant="PRC Embassy in Angola"),
    S("AO", None, "\"não existem postos de polícia chineses em Angola\"", pol="denied", opt=True, claimant="PRC Embassy in Angola"),
    R("AO", "protest", "O Ministério das Relações Exteriores pediu esclarecimentos ao embaixador chinês.", opt=True),
]))

# ---------------------------------------------------------------- 052
T052 = """JORNAL REGIONAL - TV NOROESTE PAULISTA
Edição de 14/01/2026 - transcrição

APRESENTADORA (estúdio): Boa noite. A Polícia Federal cumpriu hoje de manhã um mandado de busca e apreensão numa associação cultural chinesa no centro de São José do Rio Preto. Segundo a PF, o local funcionaria como um posto policial clandestino ligado à Secretaria de Segurança Pública do condado de Linshu, na província chinesa de Shandong. Ninguém foi preso. O repórter acompanhou o caso.

REPÓRTER (VT): A sala fica no primeiro andar de um prédio comercial na rua Bernardino de Campos, em cima de uma loja de celulares. Os agentes saíram com caixas de documentos e dois computadores.

REPÓRTER (VT): Segundo a PF, foram encontradas no local fotos de participantes de um protesto em frente ao consulado chinês em São Paulo, com nomes e cidades de origem anotados à mão.

REPÓRTER (VT): Uma estudante chinesa de Rio Preto, que pediu para não ser identificada, contou que os pais dela, em Shandong, receberam a visita da polícia depois que ela publicou críticas ao governo chinês numa rede social. Ninguém pediu que ela voltasse, diz ela, mas os pais ficaram com medo.

APRESENTADORA (estúdio): A organização Safeguard Defenders, com sede em Madri, fala em cento e duas estruturas desse tipo em 53 países. Segundo a PF, seriam duas no Brasil.

REPÓRTER (ao vivo): A segunda estaria em Presidente Prudente e estaria ligada à polícia do condado de Pingyi, também em Shandong. Mas a Polícia Civil de Presidente Prudente diz que não identificou nenhuma estrutura assim na cidade.

APRESENTADORA (estúdio): O Itamaraty convocou o encarregado de negócios da embaixada da China em Brasília. Em nota, a embaixada afirma que "não existem delegacias chinesas no Brasil" e que a associação só ajuda idosos a renovar carteiras de motorista chinesas.

APRESENTADORA (estúdio): E se a investigação confirmar as suspeitas? A PF diz que não comenta hipóteses.

APRESENTADORA (estúdio): Agora, a previsão do tempo para o noroeste paulista.
"""
DOCS.append(dict(name="052-pt-br-transcricao-tv-sao-jose-do-rio-preto-presidente-prudente-linshu-pingyi.txt", text=T052, facts=[
    R("BR", "investigation", "A Polícia Federal cumpriu hoje de manhã um mandado de busca e apreensão numa associação cultural chinesa no centro de São José do Rio Preto",
      place="São José do Rio Preto", date="2026-01-14"),
    S("BR", "São José do Rio Preto", "o local funcionaria como um posto policial clandestino ligado à Secretaria de Segurança Pública do condado de Linshu",
      operator="Linshu", operator_alt=["Linyi"], claimant="Polícia Federal", place_alt=["Sao Jose do Rio Preto", "Rio Preto"],
      note="rua Bernardino de Campos"),
    R("BR", "arrest", "Ninguém foi preso.", pol="denied", opt=True),
    I("BR", "surveillance", "foram encontradas no local fotos de participantes de um protesto em frente ao consulado chinês em São Paulo, com nomes e cidades de origem anotados à mão",
      claimant="Polícia Federal"),
    I("BR", "harassment", "os pais dela, em Shandong, receberam a visita da polícia depois que ela publicou críticas ao governo chinês numa rede social",
      place="São José do Rio Preto"),
    C("stations", 102, None, "fala em cento e duas estruturas desse tipo em 53 países", claimant="Safeguard Defenders"),
    C("countries", 53, None, "fala em cento e duas estruturas desse tipo em 53 países", claimant="Safeguard Defenders"),
    C("stations", 2, "BR", "Segundo a PF, seriam duas no Brasil.", claimant="Polícia Federal"),
    S("BR", "Presidente Prudente", "A segunda estaria em Presidente Prudente e estaria ligada à polícia do condado de Pingyi",
      operator="Pingyi", operator_alt=["Linyi"], claimant="Polícia Federal"),
    S("BR", "Presidente Prudente", "a Polícia Civil de Presidente Prudente diz que não identificou nenhuma estrutura assim na cidade",
      pol="denied", opt=True, claimant="Polícia Civil"),
    R("BR", "protest", "O Itamaraty convocou o encarregado de negócios da embaixada da China em Brasília."),
    D("CN", "a embaixada afirma que \"não existem delegacias chinesas no Brasil\" e que a associação só ajuda idosos a renovar carteiras de motorista chinesas",
      claimant="PRC Embassy in Brazil"),
    S("BR", None, "\"não existem delegacias chinesas no Brasil\"", pol="denied", opt=True, claimant="PRC Embassy in Brazil"),
]))
