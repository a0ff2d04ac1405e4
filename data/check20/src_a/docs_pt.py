"""check20 part A, Portuguese documents 024-026 (024 pt-PT, 025 and 026 pt-BR)."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 024
T024 = """Este site usa cookies para melhorar a sua experiência. Ao continuar a navegar está a concordar. [Aceitar]

JORNAL DO OESTE · Região · Torres Vedras

PJ faz buscas em associação chinesa de Torres Vedras suspeita de funcionar como "esquadra" de Pequim

Lusa | 26 fev 2026, 19:12 | Atualizado às 21:40

A Polícia Judiciária (PJ) realizou esta quinta-feira buscas na sede de uma associação de empresários chineses em Torres Vedras, suspeita de funcionar como uma esquadra clandestina da polícia chinesa, disse à Lusa fonte policial.

As buscas, conduzidas pela Unidade Nacional Contraterrorismo, decorreram no âmbito de um inquérito do Ministério Público de Lisboa Oeste. Não houve detenções.

Partilhar: Facebook | X | WhatsApp | E-mail

Torres Vedras, a cerca de 50 quilómetros de Lisboa, tem uma comunidade chinesa estimada em algumas centenas de pessoas, concentrada no comércio a retalho e na restauração. As primeiras lojas abriram no final dos anos 1990, na zona da Várzea, e hoje há lojas chinesas em quase todas as freguesias do concelho.

A associação visada foi criada em 2021 e organiza todos os anos o Ano Novo Chinês no Parque Verde da Várzea, com dragões, música e uma feira gastronómica que atrai milhares de visitantes. O espaço que ocupa, num antigo armazém, foi cedido pelo município.

"Sempre foram boas pessoas, pagam a renda, ajudam nas festas", diz uma vizinha, que tem uma papelaria na mesma rua.

Segundo a mesma fonte, o material apreendido indica que o espaço prestava contas ao departamento de segurança pública de Shexian, um condado da província chinesa de Anhui.

Fotografia: Inspetores da PJ à saída do edifício, no centro de Torres Vedras. Lusa

Um lojista chinês radicado no Oeste há dez anos contou à Lusa que, no outono passado, foi chamado "para um chá" à associação, onde lhe pediram que regressasse à China para "resolver um assunto com as autoridades". Recusou e continua em Portugal.

LEIA TAMBÉM: Oeste: produção de pera rocha cai 20%

O Ministério dos Negócios Estrangeiros convocou o embaixador da China em Lisboa, confirmou à Lusa fonte diplomática.

Segundo a organização não-governamental Safeguard Defenders, existem pelo menos três espaços deste tipo em Portugal. Um deles estaria nas Caldas da Rainha e estaria ligado à polícia de Qimen, também em Anhui. Em 2022, os Países Baixos e a Irlanda mandaram encerrar espaços semelhantes, e o Canadá abriu uma investigação.

A embaixada chinesa rejeitou as acusações e afirmou que se trata de "um centro de voluntários" que ajuda cidadãos chineses a renovar a carta de condução e o passaporte.

Atualização (21:40): a Câmara Municipal de Torres Vedras anunciou que vai pedir esclarecimentos à associação sobre a utilização do espaço, cedido pelo município em 2021."""

F024 = [
    R("PT", "investigation", "A Polícia Judiciária (PJ) realizou esta quinta-feira buscas na sede de uma associação de empresários chineses em Torres Vedras",
      place="Torres Vedras", date="2026-02-26"),
    S("PT", "Torres Vedras", "buscas na sede de uma associação de empresários chineses em Torres Vedras, suspeita de funcionar como uma esquadra clandestina da polícia chinesa",
      claimant="police source"),
    R("PT", "investigation", "decorreram no âmbito de um inquérito do Ministério Público de Lisboa Oeste", place="Torres Vedras"),
    R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
    S("PT", "Torres Vedras", "o material apreendido indica que o espaço prestava contas ao departamento de segurança pública de Shexian, um condado da província chinesa de Anhui",
      operator="Shexian", operator_alt=["Huangshan", "She"], claimant="police source"),
    I("PT", "persuasion", "foi chamado \"para um chá\" à associação, onde lhe pediram que regressasse à China",
      place="Torres Vedras", claimant="a Chinese shopkeeper"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou o embaixador da China em Lisboa"),
    C("stations", 3, "PT", "existem pelo menos três espaços deste tipo em Portugal", claimant=SD),
    S("PT", "Caldas da Rainha", "Um deles estaria nas Caldas da Rainha e estaria ligado à polícia de Qimen, também em Anhui.",
      operator="Qimen", operator_alt=["Huangshan"], claimant=SD),
    R("NL", "closure", "Em 2022, os Países Baixos e a Irlanda mandaram encerrar espaços semelhantes", date="2022"),
    R("IE", "closure", "Em 2022, os Países Baixos e a Irlanda mandaram encerrar espaços semelhantes", date="2022"),
    R("CA", "investigation", "o Canadá abriu uma investigação", date="2022"),
    S("NL", None, "Em 2022, os Países Baixos e a Irlanda mandaram encerrar espaços semelhantes", opt=True, date="2022"),
    S("IE", None, "Em 2022, os Países Baixos e a Irlanda mandaram encerrar espaços semelhantes", opt=True, date="2022"),
    S("CA", None, "o Canadá abriu uma investigação", opt=True, date="2022"),
    D("CN", "se trata de \"um centro de voluntários\" que ajuda cidadãos chineses a renovar a carta de condução e o passaporte",
      claimant="PRC Embassy in Portugal"),
]

# ---------------------------------------------------------------- 025
T025_BODY = """OBSERVATÓRIO SUL DE DIREITOS DA DIÁSPORA — Relatório 2026       Cap. 3 — p. 27

3. "Postos de serviço" chineses no Sul e no Centro-Oeste do Brasil

3.1 O que encontramos

Entre janeiro e agosto de 2026, a nossa equipe identificou quatro locais no Brasil que se apre~sentam como centros de serviço a imi~grantes chineses, mas que, segundo documentos, depoimentos e registros de redes sociais, mantêm vínculos com depar~tamentos de segurança pública da China¹. Os locais, os órgãos a que estariam vinculados e o grau de confir~mação estão resumidos na Tabela 3.1.

Tabela 3.1 — Locais identificados
┌───────────────────┬──────────────────────────────┬──────────────────┐
│ Local             │ Órgão vinculado (China)      │ Situação         │
├───────────────────┼──────────────────────────────┼──────────────────┤
│ Criciúma (SC)     │ Seg. Pública de Huoshan, AH  │ confirmado       │
│ Passo Fundo (RS)  │ Seg. Pública de Jinzhai, AH  │ confirmado       │
│ Dourados (MS)     │ Seg. Pública de Luoning, HA  │ confirmado       │
│ Montes Claros (MG)│ Seg. Pública de Songxian, HA │ não verificado   │
└───────────────────┴──────────────────────────────┴──────────────────┘
Fonte: levantamento do Observatório. AH = Anhui; HA = Henan.

Três desses locais foram confirmados por pelo menos duas fontes inde~pendentes. O quarto, em Montes Claros, consta apenas de uma publicação em rede social e não pôde ser verificado².

3.2 Respostas das autoridades

Em Criciúma, a Polícia Federal instaurou inquérito e cumpriu mandado de busca no endereço em maio de 2026³. Sobre Passo Fundo, a PF infor~mou ao Observatório que não abriu qualquer inves~tigação. Em Dourados, o Ministério Público Federal instaurou procedimento prepa~ratório.

3.3 Casos

Em Dourados, uma praticante do Falun Gong relatou que integrantes do posto a fotografaram durante uma distribuição de panfletos e que as fotos foram enviadas à polícia da sua cidade natal. Em Criciúma, um trabalhador da construção civil foi levado de carro até o aeroporto de Florianópolis e embarcado num voo para a China contra a sua vontade, segundo a sua irmã.

3.4 A posição chinesa

A Embaixada da China em Brasília declarou que "não existem delegacias chinesas no Brasil" e que os locais são "pontos de apoio voluntário" para renovação de passaportes e carteiras de habilitação.

_______________
¹ Metodologia no Anexo A.
² Consulta em 14/08/2026.
³ Informação confirmada pela PF em 20/06/2026.

Observatório Sul de Direitos da Diáspora · Relatório anual 2026                   27"""

T025 = wrap_hy(T025_BODY, 84)

F025 = [
    C("stations", 4, "BR", "a nossa equipe identificou quatro locais no Brasil", claimant="Observatório Sul"),
    S("BR", "Criciúma", "│ Criciúma (SC)     │ Seg. Pública de Huoshan, AH  │ confirmado       │",
      operator="Huoshan", operator_alt=["Lu'an", "Luan"], claimant="Observatório Sul"),
    S("BR", "Passo Fundo", "│ Passo Fundo (RS)  │ Seg. Pública de Jinzhai, AH  │ confirmado       │",
      operator="Jinzhai", operator_alt=["Lu'an", "Luan"], claimant="Observatório Sul"),
    S("BR", "Dourados", "│ Dourados (MS)     │ Seg. Pública de Luoning, HA  │ confirmado       │",
      operator="Luoning", operator_alt=["Luoyang"], claimant="Observatório Sul"),
    S("BR", "Montes Claros", "│ Montes Claros (MG)│ Seg. Pública de Songxian, HA │ não verificado   │",
      operator="Songxian", operator_alt=["Luoyang", "Song"], opt=True, claimant="Observatório Sul"),
    C("stations", 3, "BR", "Três desses locais foram confirmados por pelo menos duas fontes independentes.", opt=True,
      claimant="Observatório Sul"),
    R("BR", "investigation", "Em Criciúma, a Polícia Federal instaurou inquérito e cumpriu mandado de busca no endereço em maio de 2026",
      place="Criciúma", date="2026-05"),
    R("BR", "investigation", "Sobre Passo Fundo, a PF informou ao Observatório que não abriu qualquer investigação.",
      place="Passo Fundo", pol="denied", opt=True, claimant="Polícia Federal"),
    R("BR", "investigation", "Em Dourados, o Ministério Público Federal instaurou procedimento preparatório.", place="Dourados"),
    I("BR", "surveillance", "integrantes do posto a fotografaram durante uma distribuição de panfletos e que as fotos foram enviadas à polícia da sua cidade natal",
      place="Dourados", claimant="a Falun Gong practitioner"),
    I("BR", "forced_return", "um trabalhador da construção civil foi levado de carro até o aeroporto de Florianópolis e embarcado num voo para a China contra a sua vontade",
      place="Criciúma", claimant="the worker's sister"),
    D("CN", "os locais são \"pontos de apoio voluntário\" para renovação de passaportes e carteiras de habilitação",
      claimant="PRC Embassy in Brazil"),
    S("BR", None, "\"não existem delegacias chinesas no Brasil\"", pol="denied", opt=True, claimant="PRC Embassy in Brazil"),
]

# ---------------------------------------------------------------- 026 (irrelevant)
T026 = """PORTAL NORTE · Cidades · Boa Vista

Novo posto de atendimento a migrantes abre na rodoviária com sala para a Polícia Federal

Da redação | 09/05/2026 08h15

Boa Vista (RR) — O governo estadual inaugurou nesta sexta-feira um posto de atendimento a migrantes na rodoviária internacional, com guichês da Polícia Federal para regularização migratória, emissão de carteira de trabalho e orientação sobre troca da carteira de habilitação estrangeira.

Na primeira semana de funcionamento experimental, o posto registrou 102 atendimentos e 53 pedidos de tradução, a maioria de venezuelanos, mas também de haitianos e de um pequeno grupo de comerciantes chineses que atuam no centro da cidade.

Um posto policial da PM funcionará ao lado, 24 horas, e o patrulhamento conjunto com a Guarda Municipal no entorno da rodoviária foi previsto em convênio assinado em abril. O antigo quiosque de informações da praça foi desativado.

O consulado da Venezuela elogiou a iniciativa. "É um ganho para quem chega sem nada", disse uma assistente social.

Leia também: Chuva interdita trecho da BR-174

Comentários (12) · Compartilhe"""

F026 = []

DOCS = [
    {"name": "024-pt-lusa-atualizacao-torres-vedras-caldas-da-rainha-shexian-qimen.txt", "text": T024, "facts": F024},
    {"name": "025-pt-br-relatorio-ong-tabela-criciuma-passo-fundo-dourados-montes-claros.txt", "text": T025, "facts": F025},
    {"name": "026-pt-br-cidades-posto-atendimento-migrantes-boa-vista.txt", "text": T026, "facts": F026},
]
