"""check25 part B, Portuguese documents 050-052 (held-out: do not tune on them)."""
from h import S, C, R, I, A, D

JZ = ["Jiaozuo"]
HD = ["Handan"]

DOCS = []

# ---------------------------------------------------------------- 050 (irrelevant)
DOCS.append({
    "name": "050-pt-noticia-local-esquadra-psp-mouraria.txt",
    "text": """Lisboa > Segurança

Nova esquadra da PSP abre na Mouraria com agentes que falam mandarim

Por Redação | 22 de abril de 2025, 10:05

A Polícia de Segurança Pública (PSP) inaugurou esta segunda-feira uma nova esquadra de proximidade na Mouraria, em Lisboa. O antigo posto, na Rua da Guia, foi encerrado e os serviços passam a funcionar nas novas instalações, junto ao Largo do Intendente.

A esquadra conta com doze agentes, dois dos quais falam mandarim, e um balcão de atendimento com tradução para bengali e nepalês, línguas faladas por muitos moradores e comerciantes da zona.

"Muitas pessoas chegavam ao balcão e não conseguiam explicar o que tinha acontecido. Agora isso muda", disse o comandante da divisão.

No último ano, a PSP registou no bairro 102 queixas por furto e 53 ocorrências de ruído. A partir de maio, a PSP e a Polícia Municipal vão fazer patrulhas conjuntas ao fim de semana, ao abrigo de um protocolo assinado com a Câmara Municipal.

A Liga dos Chineses em Portugal ofereceu chá e bolos na inauguração e anunciou sessões de esclarecimento sobre a troca de cartas de condução estrangeiras.

A nova esquadra está aberta 24 horas por dia.

Partilhar | Comentários (3) | Subscreva a nossa newsletter | Este site usa cookies
""",
    "facts": [],
})

# ---------------------------------------------------------------- 051
DOCS.append({
    "name": "051-pt-ao-noticia-atualizacao-porto-amboim-ndalatando-wuzhi-xiuwu.txt",
    "text": """Início > Sociedade > Segurança

Porto Amboim: SIC faz buscas em suposto "posto de polícia" chinês

Por Redação | 12 de outubro de 2025, 08:30 | Atualizado às 19:15

Partilhar: Facebook | WhatsApp | Copiar ligação

O Serviço de Investigação Criminal (SIC) realizou na sexta-feira buscas num armazém do bairro da Praia, em Porto Amboim, província do Cuanza Sul. Segundo a organização Safeguard Defenders, no primeiro andar do armazém funcionaria um posto policial clandestino da República Popular da China. O SIC confirmou a abertura de um processo-crime.

Ninguém foi detido até ao momento, segundo fonte do SIC.

Porto Amboim cresceu nos últimos anos com as obras do porto de águas profundas e da estrada nacional, executadas por empresas chinesas. Centenas de trabalhadores chineses vivem em acampamentos na periferia da cidade, e vários compatriotas abriram lojas de materiais de construção no centro.

FOTO: O armazém onde decorreram as buscas. (D.R.)

De acordo com documentos apreendidos, o escritório prestaria contas ao Departamento de Segurança Pública do distrito de Wuzhi, na cidade de Jiaozuo, província de Henan.

LEIA TAMBÉM: Cuanza Sul: nova ponte sobre o Queve entra em funcionamento

Um ex-operário de uma das obras contou ao SIC que, em março, dois compatriotas o levaram de carro até ao aeroporto de Luanda e o obrigaram a embarcar num voo para Pequim. A sua família, em Porto Amboim, não voltou a ter notícias dele.

Segundo a Safeguard Defenders, em Angola haveria dois postos deste tipo. O outro estaria em N'dalatando, no Cuanza Norte, e estaria ligado ao distrito de Xiuwu, também em Jiaozuo. O comando provincial da Polícia Nacional no Cuanza Norte afirmou desconhecer a existência de qualquer estrutura do género.

O Ministério das Relações Exteriores (MIREX) convocou o embaixador da China para prestar esclarecimentos.

A Embaixada da China em Luanda classificou as acusações como "totalmente infundadas". Segundo a embaixada, trata-se de voluntários que ajudam compatriotas idosos a renovar passaportes e cartas de condução.

ATUALIZAÇÃO, 19:15: O Governo Provincial do Cuanza Sul ordenou o encerramento preventivo do armazém.

Comentários (12) | Subscreva a newsletter | Este site utiliza cookies
""",
    "facts": [
        R("AO", "investigation", "O Serviço de Investigação Criminal (SIC) realizou na sexta-feira buscas num armazém do bairro da Praia, em Porto Amboim, província do Cuanza Sul.",
          place="Porto Amboim", date="2025-10-10"),
        S("AO", "Porto Amboim", "Segundo a organização Safeguard Defenders, no primeiro andar do armazém funcionaria um posto policial clandestino da República Popular da China.",
          claimant="Safeguard Defenders"),
        R("AO", "investigation", "O SIC confirmou a abertura de um processo-crime.", claimant="SIC"),
        R("AO", "arrest", "Ninguém foi detido até ao momento", pol="denied", opt=True),
        S("AO", "Porto Amboim", "De acordo com documentos apreendidos, o escritório prestaria contas ao Departamento de Segurança Pública do distrito de Wuzhi, na cidade de Jiaozuo, província de Henan.",
          operator="Wuzhi", operator_alt=JZ, claimant="seized documents"),
        I("AO", "forced_return", "dois compatriotas o levaram de carro até ao aeroporto de Luanda e o obrigaram a embarcar num voo para Pequim.",
          place="Porto Amboim", date="2025-03"),
        C("stations", 2, "AO", "em Angola haveria dois postos deste tipo.", claimant="Safeguard Defenders"),
        S("AO", "N'dalatando", "O outro estaria em N'dalatando, no Cuanza Norte, e estaria ligado ao distrito de Xiuwu, também em Jiaozuo.",
          operator="Xiuwu", operator_alt=JZ, claimant="Safeguard Defenders", place_alt=["Ndalatando", "N’dalatando"]),
        S("AO", "N'dalatando", "O comando provincial da Polícia Nacional no Cuanza Norte afirmou desconhecer a existência de qualquer estrutura do género.",
          pol="denied", opt=True, claimant="Polícia Nacional", place_alt=["Ndalatando", "N’dalatando"]),
        R("AO", "protest", "O Ministério das Relações Exteriores (MIREX) convocou o embaixador da China para prestar esclarecimentos."),
        D("CN", "A Embaixada da China em Luanda classificou as acusações como \"totalmente infundadas\". Segundo a embaixada, trata-se de voluntários que ajudam compatriotas idosos a renovar passaportes e cartas de condução.",
          claimant="Chinese Embassy in Angola"),
        R("AO", "closure", "O Governo Provincial do Cuanza Sul ordenou o encerramento preventivo do armazém.", place="Porto Amboim"),
    ],
})

# ---------------------------------------------------------------- 052
DOCS.append({
    "name": "052-pt-br-noticia-taubate-mogi-das-cruzes-congtai-guantao.txt",
    "text": """Vale do Paraíba e Região > Notícias

PF cumpre mandados em Taubaté contra suposto posto de polícia chinês; um homem é preso

Operação investiga associação que, segundo a PF, servia de base para monitorar chineses no interior paulista

Por Redação Vale | 18/11/2025 07h42 · Atualizado há 3 horas

A Polícia Federal cumpriu na manhã desta terça-feira (18) mandados de busca e apreensão em Taubaté, no Vale do Paraíba, no âmbito de um inquérito que apura a atuação de um posto policial clandestino da China na cidade. Um homem de 44 anos foi preso em flagrante por posse de documentos falsos.

Segundo a PF, a sede de uma associação de comerciantes chineses no centro da cidade funcionava como posto avançado da polícia chinesa, vinculado ao Departamento de Segurança Pública do distrito de Congtai, na cidade de Handan, província de Hebei.

Taubaté, com cerca de 320 mil habitantes, tem uma comunidade chinesa pequena, formada sobretudo por comerciantes de eletrônicos e donos de pastelarias no centro. A associação investigada foi fundada em 2017 e, segundo a prefeitura, nunca pediu alvará para atividades além de "reuniões culturais".

Nos computadores apreendidos, os agentes encontraram planilhas com nomes, telefones e endereços de cerca de 80 chineses que vivem na região.

Uma estudante de pós-graduação que mora em Taubaté relatou à PF que foi pressionada por mensagens e ligações para voltar à China "para resolver pendências". Ela se recusou.

De acordo com a PF, no estado de São Paulo seriam três estruturas semelhantes. Uma delas estaria em Mogi das Cruzes e estaria ligada ao distrito de Guantao, também em Handan. Em Osasco, citada em publicações nas redes sociais, a Polícia Civil diz não ter qualquer registro.

O Itamaraty convocou o embaixador da China para prestar esclarecimentos.

Em nota, a Embaixada da China em Brasília classificou as informações como "fantasiosas" e afirmou que não há qualquer posto policial chinês no Brasil. Segundo a nota, voluntários ajudam chineses idosos a renovar passaportes e carteiras de motorista.

Veja também: Trânsito na Via Dutra tem lentidão após acidente em Caçapava

Receba as notícias do Vale no WhatsApp | Política de privacidade | Este site usa cookies
""",
    "facts": [
        R("BR", "investigation", "A Polícia Federal cumpriu na manhã desta terça-feira (18) mandados de busca e apreensão em Taubaté, no Vale do Paraíba, no âmbito de um inquérito que apura a atuação de um posto policial clandestino da China na cidade.",
          place="Taubaté", date="2025-11-18"),
        S("BR", "Taubaté", "A Polícia Federal cumpriu na manhã desta terça-feira (18) mandados de busca e apreensão em Taubaté, no Vale do Paraíba, no âmbito de um inquérito que apura a atuação de um posto policial clandestino da China na cidade.",
          claimant="Polícia Federal", place_alt=["Taubate"]),
        R("BR", "arrest", "Um homem de 44 anos foi preso em flagrante por posse de documentos falsos."),
        S("BR", "Taubaté", "Segundo a PF, a sede de uma associação de comerciantes chineses no centro da cidade funcionava como posto avançado da polícia chinesa, vinculado ao Departamento de Segurança Pública do distrito de Congtai, na cidade de Handan, província de Hebei.",
          operator="Congtai", operator_alt=HD, claimant="Polícia Federal", place_alt=["Taubate"]),
        I("BR", "surveillance", "os agentes encontraram planilhas com nomes, telefones e endereços de cerca de 80 chineses que vivem na região.",
          place="Taubaté"),
        I("BR", "persuasion", "foi pressionada por mensagens e ligações para voltar à China \"para resolver pendências\". Ela se recusou.",
          place="Taubaté"),
        C("stations", 3, "BR", "no estado de São Paulo seriam três estruturas semelhantes.", claimant="Polícia Federal"),
        S("BR", "Mogi das Cruzes", "Uma delas estaria em Mogi das Cruzes e estaria ligada ao distrito de Guantao, também em Handan.",
          operator="Guantao", operator_alt=HD, claimant="Polícia Federal"),
        S("BR", "Osasco", "Em Osasco, citada em publicações nas redes sociais, a Polícia Civil diz não ter qualquer registro.",
          opt=True, claimant="social media"),
        S("BR", "Osasco", "Em Osasco, citada em publicações nas redes sociais, a Polícia Civil diz não ter qualquer registro.",
          pol="denied", opt=True, claimant="Polícia Civil"),
        R("BR", "protest", "O Itamaraty convocou o embaixador da China para prestar esclarecimentos."),
        D("CN", "Em nota, a Embaixada da China em Brasília classificou as informações como \"fantasiosas\"",
          claimant="Chinese Embassy in Brazil"),
        S("BR", None, "afirmou que não há qualquer posto policial chinês no Brasil.", pol="denied", opt=True,
          claimant="Chinese Embassy in Brazil"),
    ],
})
