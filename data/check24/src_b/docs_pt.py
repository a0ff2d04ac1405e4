"""check24 part B, Portuguese documents 050-052."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOCS = []

# ---------------------------------------------------------------- 050
DOCS.append({"name": "050-pt-mz-noticia-atualizacao-manica-chokwe-xifeng-jianping.txt", "text": """
Este site usa cookies para melhorar a sua experiência de navegação. [Aceitar]

Início > Sociedade > Centro

SERNIC faz buscas em alegado "posto policial chinês" na cidade de Manica

Partilhar: Facebook | WhatsApp | X

Por Correspondente em Chimoio | 22 de Abril de 2026, 10:15 | Actualizado às 19:40

O Serviço Nacional de Investigação Criminal (SERNIC) realizou ontem buscas num escritório no bairro Vumba, na cidade de Manica, e instaurou um processo-crime. Segundo fonte do SERNIC em Chimoio, o escritório funcionaria como um posto avançado da polícia chinesa junto da comunidade ligada à mineração de ouro. Ninguém foi detido.

A província de Manica conhece há mais de uma década a presença de empresas chinesas de mineração aluvionar, sobretudo ao longo do rio Revué. As associações de camponeses queixam-se há anos da lama que desce para as machambas e do assoreamento do rio; em 2024, o governo provincial suspendeu temporariamente várias licenças. À volta das minas nasceram armazéns, restaurantes e pequenas lojas geridas por cidadãos chineses.

Foto: O edifício do bairro Vumba onde funcionava o escritório. (Foto: arquivo)

De acordo com documentos apreendidos, o escritório prestaria contas ao Departamento de Segurança Pública do condado de Xifeng, na província de Liaoning, no nordeste da China.

LEIA TAMBÉM: Corredor da Beira: novas regras para camiões de minério

Um trabalhador chinês de uma das minas contou ao SERNIC que foi pressionado durante semanas, a partir do escritório, a regressar à China para responder por uma alegada dívida. Acabou por viajar por conta própria no ano passado e voltou a Manica três meses depois, segundo fonte próxima do processo.

A organização Safeguard Defenders afirma que em Moçambique haveria duas estruturas destas. A segunda estaria em Chókwè, na província de Gaza, junto aos campos de arroz explorados por uma empresa chinesa, e estaria ligada ao condado de Jianping. O comando provincial da PRM em Gaza disse desconhecer a existência de tal escritório.

O Ministério dos Negócios Estrangeiros e Cooperação convocou o embaixador da China em Maputo para prestar esclarecimentos.

A embaixada chinesa considerou as informações "completamente infundadas" e explicou que voluntários de uma associação de compatriotas ajudam cidadãos chineses a renovar passaportes e cartas de condução, sem qualquer ligação à polícia.

Actualização às 19:40: O governo provincial de Manica ordenou o encerramento preventivo das instalações enquanto decorrem as investigações.

Comentários (12) | Receba as principais notícias no seu e-mail: subscreva a nossa newsletter.
""", "facts": [
    R("MZ", "investigation", "O Serviço Nacional de Investigação Criminal (SERNIC) realizou ontem buscas num escritório no bairro Vumba, na cidade de Manica, e instaurou um processo-crime.",
      place="Manica", date="2026-04-21"),
    S("MZ", "Manica", "Segundo fonte do SERNIC em Chimoio, o escritório funcionaria como um posto avançado da polícia chinesa junto da comunidade ligada à mineração de ouro.",
      claimant="SERNIC"),
    R("MZ", "arrest", "Ninguém foi detido.", pol="denied", opt=True),
    S("MZ", "Manica", "De acordo com documentos apreendidos, o escritório prestaria contas ao Departamento de Segurança Pública do condado de Xifeng, na província de Liaoning, no nordeste da China.",
      operator="Xifeng", operator_alt=["Tieling"], claimant="SERNIC"),
    I("MZ", "persuasion", "foi pressionado durante semanas, a partir do escritório, a regressar à China para responder por uma alegada dívida",
      place="Manica"),
    C("stations", 2, "MZ", "A organização Safeguard Defenders afirma que em Moçambique haveria duas estruturas destas.", claimant=SD),
    S("MZ", "Chókwè", "A segunda estaria em Chókwè, na província de Gaza, junto aos campos de arroz explorados por uma empresa chinesa, e estaria ligada ao condado de Jianping.",
      operator="Jianping", operator_alt=["Chaoyang"], claimant=SD, place_alt=["Chokwe", "Chokwé"]),
    S("MZ", "Chókwè", "O comando provincial da PRM em Gaza disse desconhecer a existência de tal escritório.", pol="denied",
      opt=True, claimant="PRM Gaza", place_alt=["Chokwe", "Chokwé"]),
    R("MZ", "protest", "O Ministério dos Negócios Estrangeiros e Cooperação convocou o embaixador da China em Maputo para prestar esclarecimentos."),
    D("CN", "A embaixada chinesa considerou as informações \"completamente infundadas\"", claimant="Chinese Embassy in Mozambique"),
    R("MZ", "closure", "O governo provincial de Manica ordenou o encerramento preventivo das instalações enquanto decorrem as investigações.",
      place="Manica"),
]})

# ---------------------------------------------------------------- 051
DOCS.append({"name": "051-pt-br-release-mpf-araraquara-sao-carlos-wangqing-antu.txt", "text": """
Ministério Público Federal
Procuradoria da República no Município de Araraquara

SALA DE IMPRENSA | NOTÍCIAS | SÃO PAULO

MPF denuncia dois chineses por manter posto policial clandestino em Araraquara (SP)

Escritório funcionava como posto avançado de departamento de polícia de condado chinês e pressionava compatriotas a retornarem ao país

27 de maio de 2026, 15h30

O Ministério Público Federal (MPF) ofereceu denúncia contra dois cidadãos chineses pelos crimes de usurpação de função pública, associação criminosa e constrangimento ilegal. De acordo com a denúncia, entre 2023 e 2025 os acusados mantiveram em Araraquara, no interior paulista, um escritório que funcionava como posto avançado do Departamento de Segurança Pública do condado de Wangqing, na província chinesa de Jilin.

A investigação teve início com a notícia de uma vítima à Polícia Federal. Em setembro de 2025, a PF cumpriu mandados de busca e apreensão no escritório e na residência dos investigados, com autorização da 1ª Vara Federal de Araraquara.

No material apreendido foram encontradas planilhas com nomes, endereços, telefones e locais de trabalho de 74 estudantes e trabalhadores chineses da região, além de registros de contatos com autoridades policiais do condado.

Segundo o MPF, uma das vítimas, estudante de pós-graduação em universidade da região, foi pressionada repetidamente pelos denunciados a retornar à China para "esclarecer" uma denúncia feita contra ela no país. A estudante recusou-se e permanece no Brasil. Parentes dela na China também teriam recebido visitas de policiais.

A denúncia aponta ainda que os acusados mantinham contato com uma segunda estrutura, em São Carlos, que estaria ligada ao condado de Antu, também em Jilin. A respeito dela, o MPF instaurou um procedimento investigatório separado.

A pedido do MPF, a Justiça Federal determinou a interdição do imóvel de Araraquara até o fim do processo.

Os denunciados respondem ao processo em liberdade.

Número para consulta processual: 5001234-56.2025.4.03.6120

Assessoria de Comunicação Social
Procuradoria da República no Estado de São Paulo
""", "facts": [
    R("BR", "arrest", "O Ministério Público Federal (MPF) ofereceu denúncia contra dois cidadãos chineses pelos crimes de usurpação de função pública, associação criminosa e constrangimento ilegal.",
      claimant="Ministério Público Federal", date="2026-05-27"),
    S("BR", "Araraquara", "os acusados mantiveram em Araraquara, no interior paulista, um escritório que funcionava como posto avançado do Departamento de Segurança Pública do condado de Wangqing, na província chinesa de Jilin.",
      operator="Wangqing", operator_alt=["Yanbian"], claimant="Ministério Público Federal"),
    R("BR", "investigation", "Em setembro de 2025, a PF cumpriu mandados de busca e apreensão no escritório e na residência dos investigados",
      place="Araraquara", claimant="Ministério Público Federal", date="2025-09"),
    I("BR", "surveillance", "No material apreendido foram encontradas planilhas com nomes, endereços, telefones e locais de trabalho de 74 estudantes e trabalhadores chineses da região",
      place="Araraquara", claimant="Ministério Público Federal"),
    I("BR", "persuasion", "foi pressionada repetidamente pelos denunciados a retornar à China para \"esclarecer\" uma denúncia feita contra ela no país",
      place="Araraquara", claimant="Ministério Público Federal"),
    I("BR", "harassment", "Parentes dela na China também teriam recebido visitas de policiais.", opt=True,
      claimant="Ministério Público Federal"),
    S("BR", "São Carlos", "A denúncia aponta ainda que os acusados mantinham contato com uma segunda estrutura, em São Carlos, que estaria ligada ao condado de Antu, também em Jilin.",
      operator="Antu", operator_alt=["Yanbian"], claimant="Ministério Público Federal", place_alt=["Sao Carlos"]),
    R("BR", "investigation", "A respeito dela, o MPF instaurou um procedimento investigatório separado.", place="São Carlos",
      claimant="Ministério Público Federal"),
    R("BR", "closure", "a Justiça Federal determinou a interdição do imóvel de Araraquara até o fim do processo",
      place="Araraquara", claimant="Ministério Público Federal"),
]})

# ---------------------------------------------------------------- 052
DOCS.append({"name": "052-pt-verificacao-factos-ilhavo-estarreja-jianchang.txt", "text": """
VERIFICA.PT | Fact-check

"Há dez esquadras da polícia chinesa no distrito de Aveiro"? Não é bem assim

Uma publicação partilhada milhares de vezes nas redes sociais garante que a China tem "pelo menos dez esquadras" no distrito de Aveiro e que uma delas, em Ílhavo, "prende pessoas e manda-as para a China". Fomos verificar.

Por Equipa Verifica | 3 de junho de 2026 | Leitura: 5 min

A ALEGAÇÃO

Desde o fim de semana circula no Facebook e no WhatsApp uma publicação com a fotografia de uma montra em Ílhavo e o texto: "Há pelo menos dez esquadras da polícia chinesa no distrito de Aveiro. Ninguém faz nada." A mesma publicação refere também Estarreja e acrescenta que a "esquadra" de Ílhavo "prende pessoas e manda-as para a China".

OS FACTOS

É verdade que houve uma investigação em Ílhavo. A Polícia Judiciária realizou buscas em março num espaço de uma associação de comerciantes chineses na cidade, e o Ministério Público abriu um inquérito, confirmou ao Verifica a Procuradoria-Geral da República. Ninguém foi detido.

Segundo a organização Safeguard Defenders, o espaço de Ílhavo funcionaria como uma "estação de serviço" ligada ao Departamento de Segurança Pública do condado de Jianchang, na província de Liaoning. Em todo o país, a ONG identifica três estruturas deste tipo, e não dez no distrito de Aveiro.

Não encontrámos qualquer caso de alguém "preso" e enviado para a China a partir de Ílhavo. O que existe é o relato, publicado por um jornal regional, de uma trabalhadora de uma fábrica de porcelana que foi pressionada por telefone a regressar à China para resolver um "problema familiar"; viajou por iniciativa própria e voltou a Portugal semanas depois.

Quanto a Estarreja, a GNR disse ao Verifica não ter qualquer registo de uma estrutura semelhante no concelho.

O Ministério dos Negócios Estrangeiros convocou o embaixador da China em abril. A embaixada, por seu lado, afirma que "não existem esquadras chinesas em Portugal" e que se trata de voluntários que ajudam os mais velhos a renovar cartas de condução e passaportes.

┌──────────────────────────────────────────┬────────────────────────────┐
│ Afirmação                                │ Avaliação                  │
├──────────────────────────────────────────┼────────────────────────────┤
│ Dez esquadras no distrito de Aveiro      │ Falso                      │
│ Investigação a um espaço em Ílhavo       │ Verdadeiro                 │
│ Pessoas presas e enviadas para a China   │ Sem provas                 │
│ Esquadra em Estarreja                    │ Sem provas                 │
└──────────────────────────────────────────┴────────────────────────────┘

AVALIAÇÃO: ENGANADOR

A publicação mistura um caso real, sob investigação, com números inventados e afirmações sem qualquer fundamento.

Encontrou uma informação duvidosa? Envie-nos através do formulário no nosso site.
""", "facts": [
    C("stations", 10, "PT", "\"Há pelo menos dez esquadras da polícia chinesa no distrito de Aveiro. Ninguém faz nada.\"",
      opt=True, claimant="social media", note="viral claim judged false"),
    S("PT", "Estarreja", "A mesma publicação refere também Estarreja", opt=True, claimant="social media"),
    I("PT", "forced_return", "a \"esquadra\" de Ílhavo \"prende pessoas e manda-as para a China\"", opt=True,
      claimant="social media", note="viral claim; the fact-check found no such case"),
    R("PT", "investigation", "A Polícia Judiciária realizou buscas em março num espaço de uma associação de comerciantes chineses na cidade, e o Ministério Público abriu um inquérito",
      place="Ílhavo", date="2026-03", claimant="Procuradoria-Geral da República"),
    R("PT", "arrest", "Ninguém foi detido.", pol="denied", opt=True),
    S("PT", "Ílhavo", "Segundo a organização Safeguard Defenders, o espaço de Ílhavo funcionaria como uma \"estação de serviço\" ligada ao Departamento de Segurança Pública do condado de Jianchang, na província de Liaoning.",
      operator="Jianchang", operator_alt=["Huludao"], claimant=SD, place_alt=["Ilhavo"]),
    C("stations", 3, "PT", "Em todo o país, a ONG identifica três estruturas deste tipo", claimant=SD),
    I("PT", "persuasion", "uma trabalhadora de uma fábrica de porcelana que foi pressionada por telefone a regressar à China para resolver um \"problema familiar\"",
      place="Ílhavo"),
    S("PT", "Estarreja", "Quanto a Estarreja, a GNR disse ao Verifica não ter qualquer registo de uma estrutura semelhante no concelho.",
      pol="denied", opt=True, claimant="GNR"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou o embaixador da China em abril.", date="2026-04"),
    D("CN", "A embaixada, por seu lado, afirma que \"não existem esquadras chinesas em Portugal\"", claimant="Chinese Embassy in Portugal"),
    S("PT", None, "\"não existem esquadras chinesas em Portugal\"", pol="denied", opt=True, claimant="Chinese Embassy in Portugal"),
]})
