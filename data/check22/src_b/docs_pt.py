"""check22 part B, Portuguese documents 050-052."""
from h import S, C, R, I, A, D  # noqa: F401

SD = "Safeguard Defenders"

DOC050 = """Jornal do Tâmega · Região · Justiça

Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a nossa política de cookies. [OK]

PJ faz buscas em Amarante a "posto de serviço" que responderia à polícia chinesa

Publicado a 20 de outubro de 2025, 11:47 · Atualizado às 21:10
Partilhar: Facebook · X · WhatsApp · Email

A Polícia Judiciária realizou na manhã desta segunda-feira buscas num primeiro andar da zona histórica de Amarante, onde funcionava, com o nome de "Associação de Amizade Luso-Chinesa do Tâmega", aquilo que uma organização internacional de direitos humanos descreve como um posto de polícia chinês clandestino. Foram apreendidos computadores, carimbos e um caderno com contactos. Não houve detenções.

As buscas inserem-se num inquérito dirigido pelo Ministério Público, que investiga suspeitas de espionagem e de coação.

Segundo a Safeguard Defenders, organização sediada em Madrid, o espaço prestaria contas ao Departamento de Segurança Pública do condado de Ningyuan, na província chinesa de Hunan. A organização já tinha identificado, desde 2022, cento e duas estruturas semelhantes em cinquenta e três países.

Legenda: A rua da zona histórica de Amarante onde decorreram as buscas, esta segunda-feira.

A comunidade chinesa de Amarante é pequena, cerca de oitenta pessoas, na maioria ligadas à restauração e a lojas de artigos para o lar. "Toda a gente conhecia a associação. Ia-se lá tratar da carta de condução, de papéis", conta o dono de um café junto à ponte.

Um cozinheiro chinês que trabalhou vários anos num restaurante da cidade contou ao Jornal do Tâmega que, em 2024, foi chamado várias vezes à associação e pressionado a regressar à China para "resolver um assunto com a polícia" da sua terra. Acabou por viajar por conta própria em março desse ano e voltou a Portugal três meses depois. "Não me obrigaram, mas também não me deixaram em paz", diz.

LEIA TAMBÉM: Feira de São Gonçalo bate recorde de visitantes

De acordo com a mesma organização, haverá pelo menos três destes postos em Portugal. Um deles funcionaria em Penafiel e estaria ligado à polícia do condado de Shimen, na província de Hunan. Nas redes sociais circulou ainda a informação de que existiria um terceiro em Felgueiras, mas a GNR diz não ter conhecimento de qualquer estrutura desse tipo no concelho.

O Ministério dos Negócios Estrangeiros convocou o embaixador da China para prestar esclarecimentos, confirmou ao final da tarde fonte do gabinete do ministro.

A Embaixada da China rejeitou as acusações e afirmou que "não existem esquadras chinesas em Portugal". Segundo a embaixada, voluntários ajudam os cidadãos chineses, sobretudo os mais velhos, a renovar a carta de condução e o passaporte à distância.

Atualização às 21:10: A Câmara Municipal de Amarante ordenou ao final do dia o encerramento do espaço, por falta de licença de utilização, anunciou o presidente da autarquia.

Comentários (14) · Subscreva a nossa newsletter diária
"""

DOC051 = """RÁDIO COSTA SUL – JORNAL DA TARDE
Transcrição · 14 de julho de 2025 · 13h00

[Indicativo musical]

APRESENTADORA: Boa tarde. Começamos com a notícia que marca o dia: o SERNIC deteve dois cidadãos chineses em Maxixe, no âmbito de uma investigação a um escritório que funcionaria como posto de uma polícia estrangeira. O nosso correspondente está em linha. Boa tarde.

CORRESPONDENTE (por telefone, Maxixe): Boa tarde. Sim, os agentes do Serviço Nacional de Investigação Criminal fizeram buscas esta manhã num escritório junto ao mercado, que tinha na porta uma placa a dizer "Centro de Apoio à Comunidade Chinesa". Os dois homens foram detidos no local e levados para o comando distrital.

APRESENTADORA: E o que é que se sabe sobre esse escritório?

CORRESPONDENTE: Segundo documentos apreendidos, a que a rádio teve acesso, o escritório recebia orientações do Departamento de Segurança Pública do condado de Anxiang, na província chinesa de Hunan. O caso começou com a queixa de uma mulher moçambicana. O companheiro dela, um trabalhador chinês de uma empresa de construção, foi levado à força para o aeroporto em maio e posto num avião para a China. Ela nunca mais conseguiu falar com ele.

APRESENTADORA: É um caso isolado?

CORRESPONDENTE: A organização Safeguard Defenders fala em duas estruturas do género em Moçambique. A segunda estaria em Mocuba, no centro do país, e estaria ligada à polícia do condado de Yongxing. A polícia provincial diz desconhecer a existência de qualquer escritório desse tipo em Mocuba.

APRESENTADORA: Recordemos que Moçambique e a China assinaram em 2022 um acordo de cooperação em matéria de segurança e ordem pública, e que no ano passado houve patrulhas conjuntas de agentes moçambicanos e chineses em zonas comerciais da capital durante duas semanas.

CORRESPONDENTE: Exatamente, e há quem peça agora que o acordo seja revisto.

APRESENTADORA: Há reação da embaixada chinesa?

CORRESPONDENTE: Há. A embaixada diz que não existem esquadras chinesas em Moçambique e que o centro apenas ajudava compatriotas a renovar passaportes e cartas de condução. O Ministério dos Negócios Estrangeiros, por sua vez, pediu esclarecimentos à embaixada.

APRESENTADORA: Obrigada. Voltaremos a este assunto no jornal da noite. A seguir, desporto.

[Separador musical]
"""

DOC052 = """Portal Serra Notícias · Cidades · Petrópolis

Base móvel da PM passa a funcionar na rua do comércio popular

Por Redação | 3 de setembro de 2025, 10h15

Uma base comunitária móvel da Polícia Militar começou a funcionar nesta terça-feira na rua do comércio popular do Centro de Petrópolis, onde se concentram dezenas de lojas de utilidades, muitas delas de proprietários de origem chinesa.

A base, instalada num micro-ônibus adaptado, terá dois policiais por turno e funcionará das 8h às 20h. Segundo o comandante do batalhão, no primeiro semestre foram registradas 102 ocorrências na área, a maioria furtos, e 53 autos de infração de trânsito.

O patrulhamento conjunto com a Guarda Civil Municipal, previsto num termo de cooperação assinado com a prefeitura em agosto, será feito a pé nos horários de maior movimento. A antiga base fixa da praça, fechada desde o ano passado por problemas na estrutura, será demolida.

A associação dos lojistas, que inclui vários comerciantes chineses, doou seis câmeras de monitoramento. "Agora os clientes se sentem mais seguros", disse um comerciante que vive na cidade há vinte anos.

A PM lembrou ainda que estrangeiros com carteira de motorista do país de origem podem dirigir no Brasil por até um ano, e depois precisam fazer a troca no Detran.

Leia também: Festival de inverno terá programação gratuita no centro histórico
"""

DOCS = [
    {"name": "050-pt-noticia-atualizacao-amarante-penafiel-felgueiras-ningyuan-shimen.txt", "text": DOC050, "facts": [
        R("PT", "investigation", "A Polícia Judiciária realizou na manhã desta segunda-feira buscas num primeiro andar da zona histórica de Amarante", place="Amarante", date="2025-10-20"),
        S("PT", "Amarante", "aquilo que uma organização internacional de direitos humanos descreve como um posto de polícia chinês clandestino", claimant=SD),
        R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
        R("PT", "investigation", "As buscas inserem-se num inquérito dirigido pelo Ministério Público", place="Amarante"),
        S("PT", "Amarante", "o espaço prestaria contas ao Departamento de Segurança Pública do condado de Ningyuan, na província chinesa de Hunan", operator="Ningyuan", operator_alt=["Yongzhou"], claimant=SD),
        C("stations", 102, None, "cento e duas estruturas semelhantes em cinquenta e três países", claimant=SD),
        C("countries", 53, None, "cento e duas estruturas semelhantes em cinquenta e três países", claimant=SD),
        I("PT", "persuasion", "em 2024, foi chamado várias vezes à associação e pressionado a regressar à China", place="Amarante", date="2024"),
        C("stations", 3, "PT", "haverá pelo menos três destes postos em Portugal", claimant=SD),
        S("PT", "Penafiel", "Um deles funcionaria em Penafiel e estaria ligado à polícia do condado de Shimen, na província de Hunan.", operator="Shimen", operator_alt=["Changde"], claimant=SD),
        S("PT", "Felgueiras", "Nas redes sociais circulou ainda a informação de que existiria um terceiro em Felgueiras", opt=True, claimant="social media"),
        S("PT", "Felgueiras", "a GNR diz não ter conhecimento de qualquer estrutura desse tipo no concelho", pol="denied", opt=True, claimant="GNR"),
        R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou o embaixador da China para prestar esclarecimentos", date="2025-10-20"),
        S("PT", None, "\"não existem esquadras chinesas em Portugal\"", pol="denied", opt=True, claimant="Chinese Embassy in Portugal"),
        D("CN", "\"não existem esquadras chinesas em Portugal\". Segundo a embaixada, voluntários ajudam os cidadãos chineses, sobretudo os mais velhos, a renovar a carta de condução e o passaporte à distância", claimant="Chinese Embassy in Portugal"),
        R("PT", "closure", "A Câmara Municipal de Amarante ordenou ao final do dia o encerramento do espaço", place="Amarante", date="2025-10-20"),
    ]},
    {"name": "051-pt-mz-transcricao-radio-maxixe-mocuba-anxiang-yongxing.txt", "text": DOC051, "facts": [
        R("MZ", "arrest", "o SERNIC deteve dois cidadãos chineses em Maxixe", place="Maxixe", date="2025-07-14"),
        S("MZ", "Maxixe", "no âmbito de uma investigação a um escritório que funcionaria como posto de uma polícia estrangeira"),
        R("MZ", "investigation", "os agentes do Serviço Nacional de Investigação Criminal fizeram buscas esta manhã num escritório junto ao mercado", place="Maxixe", date="2025-07-14"),
        S("MZ", "Maxixe", "Segundo documentos apreendidos, a que a rádio teve acesso, o escritório recebia orientações do Departamento de Segurança Pública do condado de Anxiang, na província chinesa de Hunan.", operator="Anxiang", operator_alt=["Changde"]),
        I("MZ", "forced_return", "O companheiro dela, um trabalhador chinês de uma empresa de construção, foi levado à força para o aeroporto em maio e posto num avião para a China.", place="Maxixe", date="2025-05"),
        C("stations", 2, "MZ", "A organização Safeguard Defenders fala em duas estruturas do género em Moçambique.", claimant=SD),
        S("MZ", "Mocuba", "A segunda estaria em Mocuba, no centro do país, e estaria ligada à polícia do condado de Yongxing.", operator="Yongxing", operator_alt=["Chenzhou"], claimant=SD),
        S("MZ", "Mocuba", "A polícia provincial diz desconhecer a existência de qualquer escritório desse tipo em Mocuba.", pol="denied", opt=True, claimant="Mozambican police"),
        A("MZ", "security_agreement", "Moçambique e a China assinaram em 2022 um acordo de cooperação em matéria de segurança e ordem pública", date="2022"),
        A("MZ", "joint_patrol", "no ano passado houve patrulhas conjuntas de agentes moçambicanos e chineses em zonas comerciais da capital durante duas semanas", date="2024"),
        S("MZ", None, "A embaixada diz que não existem esquadras chinesas em Moçambique", pol="denied", opt=True, claimant="Chinese Embassy in Mozambique"),
        D("CN", "A embaixada diz que não existem esquadras chinesas em Moçambique e que o centro apenas ajudava compatriotas a renovar passaportes e cartas de condução.", claimant="Chinese Embassy in Mozambique"),
        R("MZ", "protest", "O Ministério dos Negócios Estrangeiros, por sua vez, pediu esclarecimentos à embaixada.", opt=True, note="explanations asked, no summons"),
    ]},
    {"name": "052-pt-br-noticia-base-movel-pm-comercio-popular-petropolis.txt", "text": DOC052, "facts": []},
]
