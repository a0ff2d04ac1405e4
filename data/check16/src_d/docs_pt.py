"""check16 part D, Portuguese documents 046-051. Held-out material: contains the gold."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# 046 pt-BR news with "Erramos" -------------------------------------------------------------
T046 = """Ouvir o texto  |  Diminuir fonte  |  Aumentar fonte

COTIDIANO

PF investiga suposto 'posto policial' chinês em Sorocaba

Imóvel no bairro Além Ponte funcionava como associação de apoio a imigrantes; embaixada nega

São Paulo
12.set.2024 às 21h30  Atualizado: 13.set.2024 às 11h05

[Foto] Fachada do imóvel onde funcionava a associação, em Sorocaba (SP) - Reprodução/Google Street View

A Polícia Federal instaurou inquérito para apurar se uma associação de imigrantes chineses em Sorocaba, no interior paulista, funcionava como um posto informal da polícia da China. Na manhã desta quinta-feira (12), agentes cumpriram mandado de busca e apreensão no endereço e recolheram computadores e documentos. Ninguém foi preso até o momento.

Segundo pessoas que acompanham a investigação, o posto seria vinculado ao Departamento de Segurança Pública de Guangyuan, na província de Sichuan. A entidade oferecia, de acordo com seu próprio perfil numa rede social, "auxílio em documentos" e "orientação a compatriotas".

Leia também
Entenda o que são as 'delegacias' chinesas no exterior
Itamaraty diz acompanhar caso com atenção

Um comerciante de 38 anos, dono de uma loja de eletrônicos na região central da cidade, voltou à China em agosto do ano passado depois de meses de pressão, segundo dois conhecidos ouvidos pela reportagem. De acordo com eles, os pais do comerciante, que vivem em Sichuan, receberam visitas de policiais que insistiam para que o filho "resolvesse sua situação" pessoalmente.

A ONG Safeguard Defenders, com sede na Espanha, afirma ter identificado 102 estruturas desse tipo em 53 países. No Brasil, seriam ao menos três, segundo a organização.

Procurada, a Embaixada da China em Brasília rechaçou as acusações. Em nota, afirmou que os locais apontados "são centros de serviço voluntário que ajudam cidadãos chineses com a renovação da carteira de motorista" e que "não há qualquer atividade policial".

O Itamaraty informou que acompanha o caso.

Receba no seu email o boletim diário com as principais notícias. [Cadastrar]

Erramos
Diferentemente do publicado, o posto de Sorocaba seria vinculado ao Departamento de Segurança Pública de Langzhong, cidade sob jurisdição de Nanchong, na província de Sichuan, e não ao de Guangyuan. O texto foi corrigido.
"""
DOCS.append({"name": "046-pt-br-noticia-sorocaba-langzhong.txt", "text": T046, "facts": [
    S("BR", "Sorocaba", "o posto de Sorocaba seria vinculado ao Departamento de Segurança Pública de Langzhong, cidade sob jurisdição de Nanchong, na província de Sichuan, e não ao de Guangyuan", operator="Langzhong", operator_alt=["Nanchong"], claimant="pessoas que acompanham a investigação", note="operator as corrected in 'Erramos'; the body's Guangyuan is withdrawn"),
    R("BR", "investigation", "A Polícia Federal instaurou inquérito para apurar se uma associação de imigrantes chineses em Sorocaba, no interior paulista, funcionava como um posto informal da polícia da China.", place="Sorocaba", date="2024-09"),
    R("BR", "arrest", "Ninguém foi preso até o momento.", pol="denied", opt=True),
    I("BR", "persuasion", "voltou à China em agosto do ano passado depois de meses de pressão, segundo dois conhecidos ouvidos pela reportagem", place="Sorocaba", date="2023-08", claimant="conhecidos"),
    I("BR", "harassment", "os pais do comerciante, que vivem em Sichuan, receberam visitas de policiais que insistiam para que o filho \"resolvesse sua situação\" pessoalmente", opt=True, note="relatives inside a persuasion case"),
    C("stations", 102, None, "A ONG Safeguard Defenders, com sede na Espanha, afirma ter identificado 102 estruturas desse tipo em 53 países.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "A ONG Safeguard Defenders, com sede na Espanha, afirma ter identificado 102 estruturas desse tipo em 53 países.", claimant="Safeguard Defenders"),
    C("stations", 3, "BR", "No Brasil, seriam ao menos três, segundo a organização.", claimant="Safeguard Defenders"),
    D("CN", "afirmou que os locais apontados \"são centros de serviço voluntário que ajudam cidadãos chineses com a renovação da carteira de motorista\" e que \"não há qualquer atividade policial\"", claimant="Embassy of China in Brasília"),
]})

# 047 pt-PT Q&A explainer -----------------------------------------------------------------
T047 = """SOCIEDADE

Perguntas e respostas: o que se sabe sobre o alegado "posto" da polícia chinesa em Loures

Uma associação de comerciantes em Loures está a ser investigada. O que é, afinal, um "posto de polícia" chinês, quem o controla e o que pode acontecer a seguir? Explicamos.

8 de abril de 2025, 06:45

O que é uma "esquadra" chinesa no estrangeiro?
Não é uma esquadra no sentido português do termo: não há fardas nem celas. Segundo as organizações de direitos humanos, trata-se de escritórios informais, muitas vezes instalados em associações, que prestam pequenos serviços administrativos a emigrantes chineses e que, em alguns casos, servem para vigiar dissidentes ou convencer pessoas procuradas a regressar à China. A ONG Safeguard Defenders fala em mais de cem estruturas destas pelo mundo.

E em Portugal?
O caso que agora está a ser investigado é o de Loures. A associação, instalada num rés-do-chão perto do mercado municipal, estaria ligada ao Gabinete de Segurança Pública de Luzhou, na província chinesa de Sichuan, segundo a denúncia que chegou ao Ministério Público. Em 2022, a mesma ONG já tinha apontado quatro locais em território português.

Quem está a investigar?
O Ministério Público abriu um inquérito, que está a ser dirigido pelo DCIAP, e a Polícia Judiciária fez buscas no espaço em março. Até agora não foram constituídos arguidos.

Alguém foi obrigado a regressar à China?
Não há nenhum caso confirmado. Fonte da Procuradoria-Geral da República disse ao nosso jornal não ter conhecimento de qualquer regresso forçado a partir de Portugal.

O espaço ainda está aberto?
Não. A Câmara Municipal de Loures mandou selar o rés-do-chão no início de abril, alegando falta de licença de utilização.

O que diz a China?
A embaixada em Lisboa respondeu por escrito que os locais em causa são "pontos de serviço" onde voluntários ajudam os cidadãos chineses a renovar a carta de condução, e que "a China respeita plenamente a soberania portuguesa".

E se eu for abordado por alguém ligado a um destes postos?
Se se sentir pressionado ou ameaçado, deve apresentar queixa na PSP ou na GNR, ou contactar diretamente a Polícia Judiciária.

Leia também: Cinco coisas que mudaram na lei da nacionalidade
"""
DOCS.append({"name": "047-pt-pt-perguntas-respostas-loures-luzhou.txt", "text": T047, "facts": [
    S("PT", "Loures", "A associação, instalada num rés-do-chão perto do mercado municipal, estaria ligada ao Gabinete de Segurança Pública de Luzhou, na província chinesa de Sichuan, segundo a denúncia que chegou ao Ministério Público.", operator="Luzhou", claimant="denúncia", note="place named in the previous sentence"),
    C("stations", 100, None, "A ONG Safeguard Defenders fala em mais de cem estruturas destas pelo mundo.", claimant="Safeguard Defenders", opt=True, note="'mais de cem'"),
    C("stations", 4, "PT", "Em 2022, a mesma ONG já tinha apontado quatro locais em território português.", claimant="Safeguard Defenders", date="2022"),
    R("PT", "investigation", "O Ministério Público abriu um inquérito, que está a ser dirigido pelo DCIAP, e a Polícia Judiciária fez buscas no espaço em março.", place="Loures", date="2025-03"),
    R("PT", "arrest", "Até agora não foram constituídos arguidos.", pol="denied", opt=True),
    I("PT", "forced_return", "Fonte da Procuradoria-Geral da República disse ao nosso jornal não ter conhecimento de qualquer regresso forçado a partir de Portugal.", claimant="PGR", pol="denied", opt=True),
    R("PT", "closure", "A Câmara Municipal de Loures mandou selar o rés-do-chão no início de abril, alegando falta de licença de utilização.", place="Loures", date="2025-04"),
    D("CN", "A embaixada em Lisboa respondeu por escrito que os locais em causa são \"pontos de serviço\" onde voluntários ajudam os cidadãos chineses a renovar a carta de condução", claimant="Embassy of China in Portugal"),
]})

# 048 pt-MZ wire ----------------------------------------------------------------------------
T048 = """Moçambique: SERNIC detém dois chineses por alegado posto de polícia clandestino na Matola

22 Mai 2025, 16:48

Siga-nos no WhatsApp e no Telegram

Maputo, 22 mai 2025 - O Serviço Nacional de Investigação Criminal (SERNIC) de Moçambique deteve dois cidadãos chineses suspeitos de gerirem, na Matola, um escritório que funcionaria como posto clandestino da polícia chinesa, anunciou hoje a instituição.

Segundo o porta-voz do SERNIC na província de Maputo, o escritório, instalado num armazém do bairro da Machava, estava afecto ao Departamento de Segurança Pública de Panzhihua, na província chinesa de Sichuan. O SERNIC abriu um processo-crime em Março, depois de uma denúncia apresentada por familiares de um comerciante de madeira chinês.

De acordo com a denúncia, o comerciante foi levado contra a sua vontade para o Aeroporto Internacional de Maputo, em Fevereiro, e embarcado num voo para Adis Abeba, com destino final à China. A família não voltou a ter notícias dele.

PUB

As instalações foram encerradas por ordem da Procuradoria Provincial de Maputo na semana passada, acrescentou o porta-voz, sem avançar mais pormenores.

Uma segunda estrutura, em Quelimane, capital da Zambézia, responderia à polícia de Zhaotong, na província de Yunnan, segundo fontes policiais citadas pela imprensa local, mas o SERNIC não confirmou essa informação.

Moçambique e a China assinaram em 2022 um memorando de entendimento sobre cooperação em matéria de segurança pública, que prevê troca de informações e formação de agentes.

Contactada, a Embaixada da China em Maputo considerou as notícias "sem fundamento" e afirmou que os cidadãos chineses em Moçambique "respeitam as leis locais".

Relacionados:
» Madeireiros chineses na Zambézia: governo promete mais fiscalização
» Maputo e Pequim reforçam cooperação económica

ARYM // VM

Fim
"""
DOCS.append({"name": "048-pt-mz-telegrama-matola-quelimane-panzhihua-zhaotong.txt", "text": T048, "facts": [
    S("MZ", "Matola", "o escritório, instalado num armazém do bairro da Machava, estava afecto ao Departamento de Segurança Pública de Panzhihua, na província chinesa de Sichuan", operator="Panzhihua", claimant="SERNIC", note="place in the previous paragraph"),
    S("MZ", "Quelimane", "Uma segunda estrutura, em Quelimane, capital da Zambézia, responderia à polícia de Zhaotong, na província de Yunnan, segundo fontes policiais citadas pela imprensa local", operator="Zhaotong", claimant="fontes policiais"),
    R("MZ", "arrest", "deteve dois cidadãos chineses suspeitos de gerirem, na Matola, um escritório que funcionaria como posto clandestino da polícia chinesa", place="Matola", date="2025-05"),
    R("MZ", "investigation", "O SERNIC abriu um processo-crime em Março", date="2025-03"),
    I("MZ", "forced_return", "o comerciante foi levado contra a sua vontade para o Aeroporto Internacional de Maputo, em Fevereiro, e embarcado num voo para Adis Abeba, com destino final à China", date="2025-02", claimant="denúncia"),
    R("MZ", "closure", "As instalações foram encerradas por ordem da Procuradoria Provincial de Maputo na semana passada", place="Matola", date="2025-05"),
    A("MZ", "security_agreement", "Moçambique e a China assinaram em 2022 um memorando de entendimento sobre cooperação em matéria de segurança pública", date="2022"),
    D("CN", "a Embaixada da China em Maputo considerou as notícias \"sem fundamento\"", claimant="Embassy of China in Mozambique"),
]})

# 049 pt-BR hearing minutes ---------------------------------------------------------------
T049 = """CÂMARA DOS DEPUTADOS - DETAQ
Comissão de Relações Exteriores e de Defesa Nacional
Número: 0412/25          10/04/2025

Audiência pública - Atuação de estruturas policiais estrangeiras em território nacional

O SR. PRESIDENTE - Declaro aberta a reunião. Convidamos para compor a Mesa o Delegado da Polícia Federal responsável pela Diretoria de Inteligência e o representante do Ministério das Relações Exteriores. (Pausa.)

Concedo a palavra ao Deputado autor do requerimento.

O SR. DEPUTADO - Obrigado, Presidente. Segundo a ONG Safeguard Defenders, são cento e dois postos em cinquenta e três países. A pergunta que esta Comissão quer ver respondida é simples: quantos existem no Brasil e o que o Governo está fazendo?

O SR. PRESIDENTE - Com a palavra o Sr. Delegado.

O SR. DELEGADO - Obrigado. Em Aracaju, a Polícia Federal instaurou inquérito em 2024 a respeito de uma associação que, segundo os elementos colhidos até aqui, atuava em nome do Departamento de Segurança Pública de Neijiang, na China. Dois investigados foram indiciados no mês passado. Um cidadão chinês residente em Aracaju relatou ter sido pressionado por integrantes da associação a retornar para responder a um processo; ele acabou embarcando por conta própria em dezembro. Hoje, contabilizamos dois pontos sob apuração no País.

A SRA. DEPUTADA - Sr. Delegado, há notícias de que existiria também um posto em Macapá, ligado à polícia de Tongchuan. Isso procede? E o Itamaraty vai convocar o embaixador?

O SR. DELEGADO - Sobre Macapá: não há inquérito aberto. As diligências preliminares não identificaram nenhuma atividade irregular no endereço apontado.

O SR. REPRESENTANTE DO MINISTÉRIO DAS RELAÇÕES EXTERIORES - O Itamaraty não convocou o embaixador, mas transmitiu à Embaixada da China, em mais de uma ocasião, a preocupação do Governo brasileiro.

(Intervenção fora do microfone.)

O SR. PRESIDENTE - Peço silêncio. Registro que a Embaixada da China encaminhou ofício a esta Comissão afirmando que "não existem delegacias chinesas no Brasil" e que os locais mencionados "são centros de atendimento comunitário". O ofício ficará à disposição dos membros.

CÂMARA DOS DEPUTADOS - DETAQ     Número: 0412/25     10/04/2025     Pág. 3
"""
DOCS.append({"name": "049-pt-br-notas-taquigraficas-aracaju-macapa-neijiang-tongchuan.txt", "text": T049, "facts": [
    C("stations", 102, None, "Segundo a ONG Safeguard Defenders, são cento e dois postos em cinquenta e três países.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Segundo a ONG Safeguard Defenders, são cento e dois postos em cinquenta e três países.", claimant="Safeguard Defenders"),
    S("BR", "Aracaju", "Em Aracaju, a Polícia Federal instaurou inquérito em 2024 a respeito de uma associação que, segundo os elementos colhidos até aqui, atuava em nome do Departamento de Segurança Pública de Neijiang, na China.", operator="Neijiang", claimant="Polícia Federal"),
    R("BR", "investigation", "Em Aracaju, a Polícia Federal instaurou inquérito em 2024", place="Aracaju", date="2024"),
    R("BR", "arrest", "Dois investigados foram indiciados no mês passado.", place="Aracaju", date="2025-03"),
    I("BR", "persuasion", "Um cidadão chinês residente em Aracaju relatou ter sido pressionado por integrantes da associação a retornar para responder a um processo; ele acabou embarcando por conta própria em dezembro.", place="Aracaju"),
    C("stations", 2, "BR", "Hoje, contabilizamos dois pontos sob apuração no País.", claimant="Polícia Federal"),
    S("BR", "Macapá", "há notícias de que existiria também um posto em Macapá, ligado à polícia de Tongchuan", operator="Tongchuan", claimant="deputada"),
    R("BR", "investigation", "Sobre Macapá: não há inquérito aberto.", place="Macapá", pol="denied"),
    R("BR", "no_wrongdoing_found", "As diligências preliminares não identificaram nenhuma atividade irregular no endereço apontado.", place="Macapá"),
    R("BR", "protest", "O Itamaraty não convocou o embaixador", pol="denied", opt=True),
    D("CN", "a Embaixada da China encaminhou ofício a esta Comissão afirmando que \"não existem delegacias chinesas no Brasil\" e que os locais mencionados \"são centros de atendimento comunitário\"", claimant="Embassy of China in Brazil"),
    S("BR", None, "afirmando que \"não existem delegacias chinesas no Brasil\"", claimant="Embassy of China in Brazil", pol="denied", opt=True),
]})

# 050 pt NGO report, PDF-like ---------------------------------------------------------------
T050_a = """3. Angola e Moçambique

Entre 2022 e 2024, a nossa equipa identificou quatro estruturas ligadas a órgãos de segurança pública chineses nos dois países, das quais três puderam ser verificadas no terreno¹. Angola acolhe duas; Moçambique, pelo menos uma confirmada e outra por confirmar.

Como noutros países, estas estruturas apresentam-se como associações de conterrâneos ou "centros de serviço", prestando apoio na renovação de documentos e na resolução de litígios comerciais, e servem, segundo os seus críticos, para manter sob vigilância as comunidades emigradas.

A estrutura do Soyo, na província do Zaire, funciona no primeiro andar de um armazém de materiais de construção, junto ao porto. Dois antigos trabalhadores relataram-nos que a partir dali foi exercida pressão sobre um mecânico originário de Xianyang para que regressasse à China, onde era procurado por dívidas; o homem acabou por partir pelos seus próprios meios em 2023². O Serviço de Investigação Criminal angolano abriu um inquérito no mesmo ano³.

Em Chimoio, membros de uma igreja evangélica frequentada por cidadãos chineses afirmam ter sido fotografados à saída dos cultos por pessoas ligadas à estrutura local. Até à data da redação deste relatório, as autoridades moçambicanas não tinham aberto qualquer investigação⁴."""
T050_tab = """Quadro 3. Estruturas identificadas (Angola e Moçambique)

  Localidade | País       | Órgão de tutela (segundo fontes) | Início | Estado
  Soyo       | Angola     | Seg. Pública de Xianyang         | 2020   | verificada
  Namibe     | Angola     | Seg. Pública de Yuxi             | 2021   | verificada
  Chimoio    | Moçambique | Seg. Pública de Ankang           | 2021   | verificada
  Pemba      | Moçambique | Seg. Pública de Chuxiong (?)     | n.d.   | não confirmada"""
T050_notes = """¹ Visitas realizadas entre Março de 2023 e Junho de 2024.
² Entrevistas de 14 e 15 de Setembro de 2023.
³ Informação confirmada por fonte do SIC.
⁴ Pedido de informação enviado ao Ministério do Interior em Maio de 2024, sem resposta."""
T050 = """Observatório Lusófono das Liberdades na Diáspora                Relatório 2025

""" + wrap(T050_a, width=72) + "\n\n" + T050_tab + "\n\n" + T050_notes + """

                                                                          14
"""
DOCS.append({"name": "050-pt-relatorio-ong-soyo-namibe-chimoio-xianyang-yuxi-ankang.txt", "text": T050, "facts": [
    C("stations", 4, None, "a nossa equipa identificou quatro estruturas ligadas a órgãos de segurança pública chineses nos dois países", claimant="Observatório Lusófono das Liberdades na Diáspora", opt=True, note="regional count, AO+MZ"),
    C("stations", 3, None, "das quais três puderam ser verificadas no terreno", opt=True, note="derived count"),
    C("stations", 2, "AO", "Angola acolhe duas", claimant="Observatório Lusófono das Liberdades na Diáspora"),
    C("stations", 1, "MZ", "Moçambique, pelo menos uma confirmada", claimant="Observatório Lusófono das Liberdades na Diáspora", opt=True, note="count of one"),
    S("AO", "Soyo", "Soyo       | Angola     | Seg. Pública de Xianyang         | 2020   | verificada", operator="Xianyang", date="2020", claimant="Observatório Lusófono das Liberdades na Diáspora"),
    S("AO", "Namibe", "Namibe     | Angola     | Seg. Pública de Yuxi             | 2021   | verificada", operator="Yuxi", date="2021", claimant="Observatório Lusófono das Liberdades na Diáspora"),
    S("MZ", "Chimoio", "Chimoio    | Moçambique | Seg. Pública de Ankang           | 2021   | verificada", operator="Ankang", date="2021", claimant="Observatório Lusófono das Liberdades na Diáspora"),
    S("MZ", "Pemba", "Pemba      | Moçambique | Seg. Pública de Chuxiong (?)     | n.d.   | não confirmada", operator="Chuxiong", opt=True, note="unconfirmed"),
    I("AO", "persuasion", "a partir dali foi exercida pressão sobre um mecânico originário de Xianyang para que regressasse à China, onde era procurado por dívidas; o homem acabou por partir pelos seus próprios meios em 2023", place="Soyo", date="2023", claimant="antigos trabalhadores"),
    R("AO", "investigation", "O Serviço de Investigação Criminal angolano abriu um inquérito no mesmo ano", date="2023"),
    I("MZ", "surveillance", "Em Chimoio, membros de uma igreja evangélica frequentada por cidadãos chineses afirmam ter sido fotografados à saída dos cultos por pessoas ligadas à estrutura local.", place="Chimoio", claimant="membros de uma igreja"),
    R("MZ", "investigation", "as autoridades moçambicanas não tinham aberto qualquer investigação", pol="denied"),
]})

# 051 (irrelevant) pt-PT community news ---------------------------------------------------
T051 = """PORTO

Comunidade chinesa abre centro de apoio em Campanhã: aulas de português, IRS e troca da carta de condução

Por Redação | 3 de outubro de 2024

[Foto] A inauguração contou com a presença do presidente da Junta de Freguesia e de dezenas de famílias. DR

A Associação de Comerciantes Chineses do Norte inaugurou no sábado um centro de apoio à comunidade na freguesia de Campanhã, no Porto. O espaço, num antigo armazém da Rua de Pinto Bessa, vai oferecer aulas de português para adultos, apoio no preenchimento da declaração de IRS e ajuda no processo de troca da carta de condução chinesa por uma portuguesa junto do IMT.

O centro conta com 102 voluntários inscritos e já recebeu pedidos de 53 famílias, segundo a direção da associação, que assinou um protocolo com a Junta de Freguesia para a utilização do espaço.

Na cerimónia, um agente da esquadra de Campanhã da PSP fez uma breve sessão de sensibilização sobre burlas telefónicas, um problema que, segundo a associação, tem afetado sobretudo os comerciantes mais velhos.

Leia também: Porto: feira do Ano Novo Chinês regressa à Avenida dos Aliados

"Queremos que as pessoas se sintam em casa e que conheçam os seus direitos", disse a presidente da associação, que chegou a Portugal em 1998.

Gostou deste artigo? Subscreva a nossa newsletter.
"""
DOCS.append({"name": "051-pt-pt-comunidade-centro-apoio-porto.txt", "text": T051, "facts": []})
