"""check24 part A, Portuguese documents 024-026."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC24 = """EXPLICADOR

"Posto de polícia" chinês em Moatize: o que se sabe em oito perguntas

Maputo, 21 de novembro de 2026 | Redação

1. O que aconteceu em Moatize?
Agentes do Serviço Nacional de Investigação Criminal (SERNIC) realizaram buscas, a 10 de novembro, num armazém junto à estrada para a mina de carvão, em Moatize, na província de Tete, e abriram um processo-crime por suspeita de espionagem.

2. O que funcionaria ali?
Segundo o SERNIC, no primeiro andar do armazém funcionaria um "posto de polícia" chinês não declarado. Prestaria contas ao Departamento de Segurança Pública do condado de Zhaoping, na cidade de Hezhou, na região chinesa de Guangxi.

3. Houve detenções?
Sim. Dois cidadãos chineses foram detidos e apresentados ao juiz de instrução criminal em Tete.

4. Há casos concretos?
O SERNIC diz que um técnico de uma mineradora em Moatize foi levado, em 2025, ao aeroporto de Chingodzi, em Tete, e embarcado num voo para a China, depois de um desentendimento com o antigo patrão. Nas buscas foi também apreendido um caderno com nomes, números de telefone e locais de trabalho de cerca de sessenta trabalhadores chineses da província.

5. Quantos postos destes existem em Moçambique?
A ONG Safeguard Defenders diz que em Moçambique haveria dois. O segundo estaria em Vilankulo, na província de Inhambane, e estaria ligado ao condado de Nandan, na cidade de Hechi. A mesma organização contou, em 2022, cento e dois postos em cinquenta e três países.

6. O que diz a polícia em Inhambane?
O comando provincial da PRM em Inhambane afirma não ter "qualquer registo" de um posto em Vilankulo. Um endereço em Massinga, citado nas redes sociais, também foi verificado, sem resultado.

7. E a China?
A embaixada chinesa em Maputo fala em "calúnias infundadas" e diz que o armazém de Moatize acolhe voluntários que ajudam compatriotas a renovar cartas de condução e passaportes. "Não existem postos de polícia chineses em Moçambique", afirmou um porta-voz.

8. E se as suspeitas se confirmarem?
Nesse caso, dizem juristas ouvidos pela nossa redação, o Governo poderia declarar diplomatas persona non grata. Por agora, o Ministério dos Negócios Estrangeiros e Cooperação limitou-se a convocar o embaixador chinês, na semana passada, para pedir esclarecimentos.

Moçambique e China assinaram em 2023 um acordo de cooperação em matéria de segurança pública, que prevê formação de agentes da PRM.

Siga-nos nas redes sociais | Política de privacidade | Cookies
"""

FACTS24 = [
    R("MZ", "investigation", "Agentes do Serviço Nacional de Investigação Criminal (SERNIC) realizaram buscas, a 10 de novembro, num armazém junto à estrada para a mina de carvão, em Moatize",
      place="Moatize", date="2026-11-10"),
    R("MZ", "investigation", "e abriram um processo-crime por suspeita de espionagem"),
    S("MZ", "Moatize", "Segundo o SERNIC, no primeiro andar do armazém funcionaria um \"posto de polícia\" chinês não declarado.",
      claimant="SERNIC"),
    S("MZ", "Moatize", "Prestaria contas ao Departamento de Segurança Pública do condado de Zhaoping, na cidade de Hezhou, na região chinesa de Guangxi.",
      operator="Zhaoping", operator_alt=["Hezhou"], claimant="SERNIC"),
    R("MZ", "arrest", "Dois cidadãos chineses foram detidos e apresentados ao juiz de instrução criminal em Tete."),
    I("MZ", "forced_return", "um técnico de uma mineradora em Moatize foi levado, em 2025, ao aeroporto de Chingodzi, em Tete, e embarcado num voo para a China",
      place="Moatize", claimant="SERNIC", date="2025"),
    I("MZ", "surveillance", "foi também apreendido um caderno com nomes, números de telefone e locais de trabalho de cerca de sessenta trabalhadores chineses da província",
      claimant="SERNIC"),
    C("stations", 2, "MZ", "A ONG Safeguard Defenders diz que em Moçambique haveria dois.", claimant=SD),
    S("MZ", "Vilankulo", "O segundo estaria em Vilankulo, na província de Inhambane, e estaria ligado ao condado de Nandan, na cidade de Hechi.",
      operator="Nandan", operator_alt=["Hechi"], claimant=SD, place_alt=["Vilanculos", "Vilanculo"]),
    C("stations", 102, None, "cento e dois postos em cinquenta e três países", claimant=SD, date="2022"),
    C("countries", 53, None, "cento e dois postos em cinquenta e três países", claimant=SD, date="2022"),
    S("MZ", "Vilankulo", "O comando provincial da PRM em Inhambane afirma não ter \"qualquer registo\" de um posto em Vilankulo.",
      claimant="Polícia da República de Moçambique", pol="denied", opt=True, place_alt=["Vilanculos", "Vilanculo"]),
    S("MZ", "Massinga", "Um endereço em Massinga, citado nas redes sociais", claimant="social media", opt=True),
    S("MZ", "Massinga", "Um endereço em Massinga, citado nas redes sociais, também foi verificado, sem resultado.",
      claimant="Polícia da República de Moçambique", pol="denied", opt=True),
    D("CN", "A embaixada chinesa em Maputo fala em \"calúnias infundadas\"", claimant="PRC Embassy in Mozambique"),
    S("MZ", None, "\"Não existem postos de polícia chineses em Moçambique\"", claimant="PRC Embassy in Mozambique",
      pol="denied", opt=True),
    R("MZ", "protest", "o Ministério dos Negócios Estrangeiros e Cooperação limitou-se a convocar o embaixador chinês, na semana passada, para pedir esclarecimentos",
      claimant="Mozambican Ministry of Foreign Affairs and Cooperation"),
    A("MZ", "security_agreement", "Moçambique e China assinaram em 2023 um acordo de cooperação em matéria de segurança pública",
      date="2023"),
]

TEXT25 = """MINISTÉRIO PÚBLICO
PROCURADORIA-GERAL DA REPÚBLICA
Departamento Central de Investigação e Ação Penal

NOTA PARA A COMUNICAÇÃO SOCIAL                                   Lisboa, 26 de novembro de 2026

Inquérito n.º 412/26.3TELSB - buscas no distrito do Porto

O Departamento Central de Investigação e Ação Penal (DCIAP) informa que, no âmbito de um inquérito em que se investigam factos suscetíveis de integrar crimes de espionagem e de coação agravada, foram realizadas, no dia 25 de novembro de 2026, buscas domiciliárias e não domiciliárias nos concelhos de Matosinhos e Valongo, com a colaboração da Unidade Nacional Contraterrorismo da Polícia Judiciária.

Indicia-se que num espaço comercial situado em Matosinhos funcionava, desde pelo menos 2023, uma estrutura apresentada como "posto de serviço" a cidadãos chineses, na dependência do Departamento de Segurança Pública do condado de Ruicheng, da cidade de Yuncheng (República Popular da China).

Indicia-se igualmente que em Valongo funcionava uma estrutura idêntica, na dependência do condado de Dingxiang, da cidade de Xinzhou.

Foram apreendidas listas com a identificação, a morada e o local de trabalho de mais de cinquenta cidadãos chineses residentes no distrito do Porto.

Indicia-se ainda que um dos suspeitos pressionou, de forma reiterada, um cidadão chinês residente em Matosinhos a regressar à China para aí responder por uma dívida, o que este recusou.

No decurso das diligências foi detido um cidadão de nacionalidade chinesa, que será presente a primeiro interrogatório judicial, e foram constituídos outros dois arguidos.

As diligências realizadas no concelho de Paredes, igualmente referido em denúncia anónima, não confirmaram a existência de estrutura semelhante.

A requerimento do Ministério Público, o juiz de instrução determinou o encerramento preventivo do espaço de Matosinhos.

O inquérito encontra-se em segredo de justiça.

Gabinete de Imprensa da PGR                                                        Pág. 1/1"""

DOC25 = wrap_hy(soft(TEXT25), 73)

DCIAP = "Departamento Central de Investigação e Ação Penal"

FACTS25 = [
    R("PT", "investigation", "foram realizadas, no dia 25 de novembro de 2026, buscas domiciliárias e não domiciliárias nos concelhos de Matosinhos e Valongo",
      claimant=DCIAP, date="2026-11-25"),
    S("PT", "Matosinhos", "num espaço comercial situado em Matosinhos funcionava, desde pelo menos 2023, uma estrutura apresentada como \"posto de serviço\" a cidadãos chineses, na dependência do Departamento de Segurança Pública do condado de Ruicheng",
      operator="Ruicheng", operator_alt=["Yuncheng"], claimant=DCIAP, date="2023"),
    S("PT", "Valongo", "Indicia-se igualmente que em Valongo funcionava uma estrutura idêntica, na dependência do condado de Dingxiang, da cidade de Xinzhou.",
      operator="Dingxiang", operator_alt=["Xinzhou"], claimant=DCIAP),
    I("PT", "surveillance", "Foram apreendidas listas com a identificação, a morada e o local de trabalho de mais de cinquenta cidadãos chineses residentes no distrito do Porto.",
      claimant=DCIAP),
    I("PT", "persuasion", "um dos suspeitos pressionou, de forma reiterada, um cidadão chinês residente em Matosinhos a regressar à China para aí responder por uma dívida, o que este recusou",
      place="Matosinhos", claimant=DCIAP),
    R("PT", "arrest", "No decurso das diligências foi detido um cidadão de nacionalidade chinesa", claimant=DCIAP),
    S("PT", "Paredes", "no concelho de Paredes, igualmente referido em denúncia anónima", claimant="anonymous complaint", opt=True),
    S("PT", "Paredes", "As diligências realizadas no concelho de Paredes, igualmente referido em denúncia anónima, não confirmaram a existência de estrutura semelhante.",
      claimant=DCIAP, pol="denied", opt=True),
    R("PT", "closure", "o juiz de instrução determinou o encerramento preventivo do espaço de Matosinhos", place="Matosinhos",
      claimant=DCIAP),
]

DOC26 = """TRANSCRIÇÃO | Jornal da Costa - edição da manhã | 3 de dezembro de 2026

APRESENTADORA: Bom dia. A Polícia Federal cumpriu nesta manhã mandados de busca e apreensão em Macaé, no norte fluminense, num caso que envolve a suspeita de um posto policial chinês clandestino. Nosso repórter está lá. Bom dia.

REPÓRTER: Bom dia. Eu estou aqui em frente a uma loja de peças para plataformas, no centro de Macaé. Os agentes saíram há pouco com caixas de documentos e dois computadores. Segundo a PF, ali funcionaria um "posto policial" chinês clandestino, que prestaria contas ao Departamento de Segurança Pública do distrito de Rongchang, em Chongqing. A PF abriu inquérito por crime contra a soberania nacional.

APRESENTADORA: Alguém foi preso?

REPÓRTER: Ninguém foi preso até agora.

APRESENTADORA: E há vítimas?

REPÓRTER: A PF ouviu um funcionário chinês de uma empresa de equipamentos de petróleo aqui de Macaé. Ele contou que foi pressionado durante meses a voltar à China para "resolver" uma pendência com a polícia da cidade natal. Viajou por conta própria, prestou depoimento lá e voltou ao Brasil em agosto.

APRESENTADORA: É o único caso no estado?

REPÓRTER: Segundo a ONG Safeguard Defenders, no estado do Rio seriam dois. O outro estaria em Volta Redonda, ligado ao distrito de Kaizhou, também em Chongqing. E um endereço em Cabo Frio, que circulou nas redes, foi checado pela Polícia Civil, que não identificou nada parecido.

[INTERVALO]

APRESENTADORA: Voltamos. O Itamaraty se manifestou?

REPÓRTER: Sim, o Itamaraty convocou ontem o embaixador chinês em Brasília. A embaixada, por sua vez, chamou as suspeitas de "fantasiosas" e disse que na loja voluntários ajudavam idosos a renovar passaportes. Segundo a nota, "não há qualquer posto policial chinês em território brasileiro".

APRESENTADORA: E se a PF confirmar a suspeita?

REPÓRTER: Aí o caso vai para a Justiça Federal, mas isso ainda vai levar meses.

APRESENTADORA: Obrigada. Na sequência, a previsão do tempo para a Região dos Lagos.
"""

FACTS26 = [
    R("BR", "investigation", "A Polícia Federal cumpriu nesta manhã mandados de busca e apreensão em Macaé", place="Macaé"),
    S("BR", "Macaé", "Segundo a PF, ali funcionaria um \"posto policial\" chinês clandestino, que prestaria contas ao Departamento de Segurança Pública do distrito de Rongchang, em Chongqing.",
      operator="Rongchang", operator_alt=["Chongqing"], claimant="Polícia Federal", place_alt=["Macae"]),
    R("BR", "investigation", "A PF abriu inquérito por crime contra a soberania nacional.", claimant="Polícia Federal"),
    R("BR", "arrest", "Ninguém foi preso até agora.", pol="denied", opt=True),
    I("BR", "persuasion", "Ele contou que foi pressionado durante meses a voltar à China para \"resolver\" uma pendência com a polícia da cidade natal.",
      place="Macaé", claimant="Chinese worker"),
    C("stations", 2, "BR", "no estado do Rio seriam dois", claimant=SD),
    S("BR", "Volta Redonda", "O outro estaria em Volta Redonda, ligado ao distrito de Kaizhou, também em Chongqing.",
      operator="Kaizhou", operator_alt=["Chongqing"], claimant=SD),
    S("BR", "Cabo Frio", "E um endereço em Cabo Frio, que circulou nas redes", claimant="social media", opt=True),
    S("BR", "Cabo Frio", "E um endereço em Cabo Frio, que circulou nas redes, foi checado pela Polícia Civil, que não identificou nada parecido.",
      claimant="Polícia Civil", pol="denied", opt=True),
    R("BR", "protest", "o Itamaraty convocou ontem o embaixador chinês em Brasília", claimant="Itamaraty"),
    D("CN", "A embaixada, por sua vez, chamou as suspeitas de \"fantasiosas\"", claimant="PRC Embassy in Brazil"),
    S("BR", None, "\"não há qualquer posto policial chinês em território brasileiro\"", claimant="PRC Embassy in Brazil",
      pol="denied", opt=True),
]

DOCS = [
    {"name": "024-pt-mz-explicador-perguntas-moatize-vilankulo-zhaoping-nandan.txt", "text": DOC24, "facts": FACTS24},
    {"name": "025-pt-nota-dciap-matosinhos-valongo-ruicheng-dingxiang.txt", "text": DOC25, "facts": FACTS25},
    {"name": "026-pt-br-transcricao-tv-macae-volta-redonda-rongchang-kaizhou.txt", "text": DOC26, "facts": FACTS26},
]
