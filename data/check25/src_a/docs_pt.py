"""check25 part A, Portuguese documents 024-026."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC024 = """Este site utiliza cookies. Ao continuar a navegar, aceita a nossa política de privacidade.

Início > Sociedade > Bengo　　　Partilhar: Facebook | X | WhatsApp

SIC faz buscas em Caxito a armazém suspeito de albergar “esquadra” da polícia chinesa

Por Redacção | 3 de Junho de 2025, 11:20

O Serviço de Investigação Criminal (SIC) realizou ontem buscas num armazém de uma empresa chinesa de materiais de construção em Caxito, na província do Bengo, e abriu um processo-crime por actividades de inteligência não autorizadas. No primeiro andar do armazém funcionaria, segundo o SIC, um posto avançado não declarado da polícia chinesa.

Ninguém foi detido.

Caxito, a cerca de 55 quilómetros de Luanda, cresceu com as obras das estradas e a fábrica de cimento construídas por empresas chinesas na última década. Estima-se que vivam hoje no município algumas centenas de trabalhadores chineses.

A empresa, que vende varões de ferro e chapas, organiza aos fins-de-semana um torneio de ténis de mesa e aulas de português para os filhos dos trabalhadores.

Legenda: O armazém na estrada de Catete, em Caxito. (Foto: DR)

Prestaria contas, segundo documentos apreendidos, à subsecção Hecheng do Departamento de Segurança Pública de Huaihua, na província de Hunan.

Um técnico de uma obra rodoviária contou ao nosso jornal que, em 2024, a família dele na China recebeu várias visitas de agentes que insistiam para que ele voltasse “para esclarecer uma dívida”. Acabou por viajar por conta própria, passou três semanas em Hunan e regressou a Angola.

LEIA TAMBÉM: Bengo recebe nova central de tratamento de água

De acordo com a organização Safeguard Defenders, em Angola haveria pelo menos duas estruturas deste tipo. A outra estaria na Catumbela e estaria ligada à subsecção Maojian da polícia de Shiyan, na província de Hubei. O comando provincial de Benguela da Polícia Nacional diz desconhecer qualquer estrutura do género. Nas redes sociais circula ainda o nome do Lucapa, sem qualquer prova.

O Ministério das Relações Exteriores convocou o embaixador da China. A embaixada classificou as acusações como “completamente infundadas”, explicando que voluntários ajudam compatriotas idosos a renovar passaportes e cartas de condução. “Não existem esquadras chinesas em Angola”, acrescentou.

Angola e a China assinaram em 2023 um acordo de cooperação em matéria de segurança pública.

ACTUALIZAÇÃO 19:40 – O Governo Provincial do Bengo ordenou o encerramento do armazém por falta de alvará, informou a administração municipal de Caxito.

Comentários (14) | Subscreva a nossa newsletter
"""

FACTS024 = [
    R("AO", "investigation", "O Serviço de Investigação Criminal (SIC) realizou ontem buscas num armazém de uma empresa chinesa de materiais de construção em Caxito, na província do Bengo, e abriu um processo-crime por actividades de inteligência não autorizadas.",
      place="Caxito", date="2025-06-02"),
    S("AO", "Caxito", "No primeiro andar do armazém funcionaria, segundo o SIC, um posto avançado não declarado da polícia chinesa.",
      claimant="SIC"),
    R("AO", "arrest", "Ninguém foi detido.", pol="denied", opt=True),
    S("AO", "Caxito", "Prestaria contas, segundo documentos apreendidos, à subsecção Hecheng do Departamento de Segurança Pública de Huaihua, na província de Hunan.",
      operator="Hecheng", operator_alt=["Huaihua"], claimant="SIC"),
    I("AO", "persuasion", "a família dele na China recebeu várias visitas de agentes que insistiam para que ele voltasse “para esclarecer uma dívida”. Acabou por viajar por conta própria, passou três semanas em Hunan e regressou a Angola.",
      date="2024"),
    C("stations", 2, "AO", "em Angola haveria pelo menos duas estruturas deste tipo", claimant=SD),
    S("AO", "Catumbela", "A outra estaria na Catumbela e estaria ligada à subsecção Maojian da polícia de Shiyan, na província de Hubei.",
      operator="Maojian", operator_alt=["Shiyan"], claimant=SD),
    S("AO", "Catumbela", "O comando provincial de Benguela da Polícia Nacional diz desconhecer qualquer estrutura do género.",
      claimant="Polícia Nacional", pol="denied", opt=True),
    S("AO", "Lucapa", "Nas redes sociais circula ainda o nome do Lucapa, sem qualquer prova.", claimant="redes sociais", opt=True),
    R("AO", "protest", "O Ministério das Relações Exteriores convocou o embaixador da China."),
    D("CN", "A embaixada classificou as acusações como “completamente infundadas”, explicando que voluntários ajudam compatriotas idosos a renovar passaportes e cartas de condução.",
      claimant="Chinese Embassy in Angola"),
    S("AO", None, "“Não existem esquadras chinesas em Angola”, acrescentou.", claimant="Chinese Embassy in Angola",
      pol="denied", opt=True),
    A("AO", "security_agreement", "Angola e a China assinaram em 2023 um acordo de cooperação em matéria de segurança pública.",
      date="2023"),
    R("AO", "closure", "O Governo Provincial do Bengo ordenou o encerramento do armazém por falta de alvará", place="Caxito"),
]

DOC025 = """EXPLICA | ‘Delegacias chinesas’ no interior paulista: o que se sabe em 8 perguntas

Por Equipe de Checagem　　Atualizado em 17/07/2025 às 09h30

1. O que aconteceu?
A Polícia Federal cumpriu na terça-feira mandados de busca e apreensão em uma associação de comerciantes chineses em Jacareí, no Vale do Paraíba. A PF instaurou inquérito para apurar se o local funcionaria como uma “delegacia” clandestina da polícia chinesa.

2. Quem estaria por trás?
Segundo a PF, o posto estaria subordinado à subdivisão Suxian do Departamento de Segurança Pública de Chenzhou, na província de Hunan. A informação consta de documentos apreendidos.

3. O que foi encontrado?
Entre o material apreendido está uma planilha com nomes, endereços e contatos de 37 chineses que vivem na região, com anotações sobre a participação deles em atos políticos.

4. Alguém foi preso?
Não. Até agora ninguém foi preso.

5. Há vítimas?
Um estudante chinês de engenharia em São José dos Campos contou que, no ano passado, seus pais na China foram procurados diversas vezes por policiais que pediam que ele voltasse ao país “para prestar esclarecimentos”. Ele se recusou e continua no Brasil.

6. Existem outras?
A ONG Safeguard Defenders, que contou cento e dois postos desse tipo em cinquenta e três países, afirma que no estado de São Paulo haveria pelo menos três. Um deles estaria em Indaiatuba, ligado à subdivisão Nankang da polícia de Ganzhou. A Polícia Civil de Indaiatuba diz não ter registro de nenhuma estrutura desse tipo. Perfis nas redes sociais citam ainda Atibaia, sem apresentar provas.

7. O que diz a China?
O Itamaraty convocou o embaixador chinês. A embaixada afirma que as acusações são “fantasiosas” e que voluntários apenas ajudam compatriotas idosos a renovar passaportes e carteiras de motorista. “Não existe nenhuma delegacia chinesa no Brasil”, diz a nota.

8. E se a PF confirmar a suspeita?
Os responsáveis poderão ser indiciados, e o caso pode ter consequências diplomáticas. Mas isso ainda depende do andamento do inquérito.

Tem uma dúvida? Mande para o nosso WhatsApp.
"""

FACTS025 = [
    R("BR", "investigation", "A Polícia Federal cumpriu na terça-feira mandados de busca e apreensão em uma associação de comerciantes chineses em Jacareí, no Vale do Paraíba.",
      place="Jacareí"),
    R("BR", "investigation", "A PF instaurou inquérito para apurar se o local funcionaria como uma “delegacia” clandestina da polícia chinesa."),
    S("BR", "Jacareí", "A PF instaurou inquérito para apurar se o local funcionaria como uma “delegacia” clandestina da polícia chinesa.",
      claimant="Polícia Federal", place_alt=["Jacarei"]),
    S("BR", "Jacareí", "Segundo a PF, o posto estaria subordinado à subdivisão Suxian do Departamento de Segurança Pública de Chenzhou, na província de Hunan.",
      operator="Suxian", operator_alt=["Chenzhou"], claimant="Polícia Federal", place_alt=["Jacarei"]),
    I("BR", "surveillance", "Entre o material apreendido está uma planilha com nomes, endereços e contatos de 37 chineses que vivem na região, com anotações sobre a participação deles em atos políticos.",
      place="Jacareí"),
    R("BR", "arrest", "Até agora ninguém foi preso.", pol="denied", opt=True),
    I("BR", "persuasion", "seus pais na China foram procurados diversas vezes por policiais que pediam que ele voltasse ao país “para prestar esclarecimentos”. Ele se recusou e continua no Brasil.",
      date="2024"),
    C("stations", 102, None, "que contou cento e dois postos desse tipo em cinquenta e três países", claimant=SD),
    C("countries", 53, None, "que contou cento e dois postos desse tipo em cinquenta e três países", claimant=SD),
    C("stations", 3, "BR", "afirma que no estado de São Paulo haveria pelo menos três", claimant=SD),
    S("BR", "Indaiatuba", "Um deles estaria em Indaiatuba, ligado à subdivisão Nankang da polícia de Ganzhou.", operator="Nankang",
      operator_alt=["Ganzhou"], claimant=SD),
    S("BR", "Indaiatuba", "A Polícia Civil de Indaiatuba diz não ter registro de nenhuma estrutura desse tipo.",
      claimant="Polícia Civil", pol="denied", opt=True),
    S("BR", "Atibaia", "Perfis nas redes sociais citam ainda Atibaia, sem apresentar provas.", claimant="redes sociais", opt=True),
    R("BR", "protest", "O Itamaraty convocou o embaixador chinês."),
    D("CN", "A embaixada afirma que as acusações são “fantasiosas” e que voluntários apenas ajudam compatriotas idosos a renovar passaportes e carteiras de motorista.",
      claimant="Chinese Embassy in Brazil"),
    S("BR", None, "“Não existe nenhuma delegacia chinesa no Brasil”, diz a nota.", claimant="Chinese Embassy in Brazil",
      pol="denied", opt=True),
]

_026 = """ASSEMBLEIA DA REPÚBLICA　　　　　　　　　　　　　　　　　　　　　　　　XVI Legislatura
Pergunta n.º 1412/XVI/1.ª — Resposta do Ministério da Administração Interna

Assunto: Alegados “postos de polícia” chineses em Lamego e em Alcobaça

Pergunta
Segundo notícias vindas a público, um espaço de uma associação em Lamego funcionaria como posto de polícia não declarado, ao serviço da subsecção Yuetang do Departamento de Segurança Pública de Xiangtan, e um outro, em Alcobaça, estaria ligado à subsecção Huangshigang da polícia de Huangshi. Assim, pergunta-se ao Governo: 1) Que diligências foram realizadas? 2) Quantos espaços deste tipo foram identificados em Portugal? 3) Caso se confirmem os factos, pondera o Governo expulsar diplomatas?

Resposta
1) Relativamente ao espaço de Lamego, corre termos um inquérito dirigido pelo Departamento Central de Investigação e Ação Penal (DCIAP), no âmbito do qual a Polícia Judiciária realizou buscas em outubro de 2024. Não foram constituídos arguidos até à data. No mesmo inquérito, um residente em Lamego declarou ter sido repetidamente pressionado a regressar à China, o que recusou.

Relativamente ao espaço de Alcobaça, as diligências realizadas pela GNR não revelaram a prática de qualquer ilícito criminal.

Foi ainda recebida uma denúncia anónima relativa a um espaço no Entroncamento, que não foi confirmada.

2) De acordo com o Serviço de Informações de Segurança, foram identificados pelo menos quatro espaços deste tipo em território nacional.

O Ministério dos Negócios Estrangeiros convocou o embaixador da República Popular da China em novembro de 2024. Na ocasião, a embaixada afirmou tratar-se de pontos de apoio voluntário a cidadãos chineses idosos, designadamente na renovação de passaportes e na troca de cartas de condução.

3) O Governo não se pronuncia sobre cenários hipotéticos.

Gabinete do Ministro da Administração Interna　　　　　　　　　　　　Pág. 1 de 1
"""

DOC026 = wrap_hy(soft(_026), 73)

FACTS026 = [
    S("PT", "Lamego", "um espaço de uma associação em Lamego funcionaria como posto de polícia não declarado, ao serviço da subsecção Yuetang do Departamento de Segurança Pública de Xiangtan",
      operator="Yuetang", operator_alt=["Xiangtan"], claimant="notícias"),
    S("PT", "Alcobaça", "um outro, em Alcobaça, estaria ligado à subsecção Huangshigang da polícia de Huangshi", operator="Huangshigang",
      operator_alt=["Huangshi"], claimant="notícias", place_alt=["Alcobaca"]),
    R("PT", "investigation", "Relativamente ao espaço de Lamego, corre termos um inquérito dirigido pelo Departamento Central de Investigação e Ação Penal (DCIAP), no âmbito do qual a Polícia Judiciária realizou buscas em outubro de 2024.",
      claimant="Ministério da Administração Interna", date="2024-10", place="Lamego"),
    R("PT", "arrest", "Não foram constituídos arguidos até à data.", claimant="Ministério da Administração Interna",
      pol="denied", opt=True),
    I("PT", "persuasion", "um residente em Lamego declarou ter sido repetidamente pressionado a regressar à China, o que recusou",
      claimant="Ministério da Administração Interna", place="Lamego"),
    R("PT", "no_wrongdoing_found", "Relativamente ao espaço de Alcobaça, as diligências realizadas pela GNR não revelaram a prática de qualquer ilícito criminal.",
      claimant="Ministério da Administração Interna", place="Alcobaça"),
    S("PT", "Entroncamento", "Foi ainda recebida uma denúncia anónima relativa a um espaço no Entroncamento", claimant="denúncia anónima",
      opt=True),
    S("PT", "Entroncamento", "que não foi confirmada", claimant="Ministério da Administração Interna", pol="denied", opt=True),
    C("stations", 4, "PT", "foram identificados pelo menos quatro espaços deste tipo em território nacional",
      claimant="Serviço de Informações de Segurança"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou o embaixador da República Popular da China em novembro de 2024.",
      date="2024-11"),
    D("CN", "a embaixada afirmou tratar-se de pontos de apoio voluntário a cidadãos chineses idosos, designadamente na renovação de passaportes e na troca de cartas de condução",
      claimant="Chinese Embassy in Portugal"),
]

DOCS = [
    {"name": "024-pt-ao-noticia-atualizacao-caxito-catumbela-hecheng-maojian.txt", "text": DOC024, "facts": FACTS024},
    {"name": "025-pt-br-explicador-perguntas-jacarei-indaiatuba-suxian-nankang.txt", "text": DOC025, "facts": FACTS025},
    {"name": "026-pt-resposta-pergunta-parlamentar-lamego-alcobaca-yuetang-huangshigang.txt", "text": DOC026,
     "facts": FACTS026},
]
