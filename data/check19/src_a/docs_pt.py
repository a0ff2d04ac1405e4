"""check19 part A, Portuguese documents 024-026."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- 024
T024 = """OPINIÃO

A esquadra que ninguém quis ver

Por um professor de Relações Internacionais | 30 de novembro de 2026, 07:15

Quem passa pela Rua da Liberdade, em Tavira, não dá por nada. Uma montra com fotografias de paisagens chinesas, um horário de atendimento colado no vidro, um letreiro a anunciar "apoio à comunidade". Foi ali, segundo os documentos que a Polícia Judiciária apreendeu em setembro, que durante três anos funcionou uma extensão do Departamento de Segurança Pública de Qionglai, uma cidade da província de Sichuan. A Câmara mandou encerrar o espaço em outubro, invocando uma licença caducada. Foi a solução possível; não foi a solução certa.

Não escrevo sobre um caso isolado. Desde 2022 sabemos, pelo trabalho de organizações não governamentais, que há mais de cem destes postos espalhados pelo mundo. O número mais citado é cento e dois, em cinquenta e três países. Em Portugal, o mesmo levantamento apontava então três.

A comunidade chinesa do Algarve é antiga, trabalhadora e, na esmagadora maioria, alheia a tudo isto. Muitos chegaram nos anos noventa, abriram lojas de bairro e restaurantes, mandaram os filhos para as escolas públicas. São eles as primeiras vítimas quando um Estado estrangeiro decide que os seus emigrantes continuam a ser seus súbditos onde quer que estejam.

Os nossos parceiros foram mais rápidos. Nos Estados Unidos houve detenções e acusações; no Canadá, a polícia federal abriu um inquérito; nos Países Baixos, o governo mandou fechar os postos logo em 2022. Entre nós, o Ministério dos Negócios Estrangeiros limitou-se a "pedir esclarecimentos" à embaixada.

E há mais. Um segundo espaço, em Águeda, estaria ligado à polícia de Mianzhu, também em Sichuan, segundo a mesma documentação. Ninguém, até hoje, explicou o que lá se fazia.

A embaixada chinesa repete o de sempre: tratar-se-ia de voluntários que ajudam idosos a renovar a carta de condução. Talvez. Mas então porque é que a PJ precisou de buscas?

Imagine-se que amanhã se descobre que um destes postos pressionou alguém a regressar à China. Vamos outra vez "pedir esclarecimentos"?

O autor escreve de acordo com a antiga ortografia.
"""

DOCS.append({"name": "024-pt-opiniao-tavira-agueda-qionglai-mianzhu.txt", "text": T024, "facts": [
    S("PT", "Tavira", "Foi ali, segundo os documentos que a Polícia Judiciária apreendeu em setembro, que durante três anos funcionou uma extensão do Departamento de Segurança Pública de Qionglai, uma cidade da província de Sichuan.", operator="Qionglai", operator_alt=["Chengdu"], claimant="Polícia Judiciária", note="Rua da Liberdade, Tavira, named in the sentence before"),
    R("PT", "investigation", "segundo os documentos que a Polícia Judiciária apreendeu em setembro", place="Tavira", date="2026-09"),
    R("PT", "closure", "A Câmara mandou encerrar o espaço em outubro, invocando uma licença caducada.", place="Tavira", date="2026-10"),
    C("stations", 100, None, "há mais de cem destes postos espalhados pelo mundo", opt=True),
    C("stations", 102, None, "O número mais citado é cento e dois, em cinquenta e três países."),
    C("countries", 53, None, "O número mais citado é cento e dois, em cinquenta e três países."),
    C("stations", 3, "PT", "Em Portugal, o mesmo levantamento apontava então três."),
    R("US", "arrest", "Nos Estados Unidos houve detenções e acusações"),
    R("CA", "investigation", "no Canadá, a polícia federal abriu um inquérito"),
    R("NL", "closure", "nos Países Baixos, o governo mandou fechar os postos logo em 2022", date="2022"),
    S("US", None, "Nos Estados Unidos houve detenções e acusações", opt=True),
    S("CA", None, "no Canadá, a polícia federal abriu um inquérito", opt=True),
    S("NL", None, "nos Países Baixos, o governo mandou fechar os postos logo em 2022", opt=True),
    R("PT", "protest", "o Ministério dos Negócios Estrangeiros limitou-se a \"pedir esclarecimentos\" à embaixada", opt=True),
    S("PT", "Águeda", "Um segundo espaço, em Águeda, estaria ligado à polícia de Mianzhu, também em Sichuan, segundo a mesma documentação.", operator="Mianzhu", operator_alt=["Deyang"], claimant="Polícia Judiciária"),
    D("CN", "tratar-se-ia de voluntários que ajudam idosos a renovar a carta de condução", claimant="PRC Embassy in Portugal"),
]})

# ---------------------------------------------------------------- 025
P025 = """OBSERVATÓRIO DA DIÁSPORA — Relatório 2026 · Capítulo 4: Brasil e Paraguai            página 37

4.2 Postos de serviço no Sul e Sudeste do Brasil

Entre fevereiro e agosto de 2026, a nossa equipe identificou quatro locais no Brasil que anun~ciam serviços "aos compatriotas" em nome de depar~tamentos de segurança pública chineses. Três deles puderam ser confirmados por documentos ou teste~munhos; o quarto, em Pelotas, permanece não verificado.¹ Os endereços completos foram omitidos por razões de segurança.

Tabela 4.1 — Locais identificados no Brasil

  Cidade (UF)        Departamento responsável      Desde   Situação
  Bauru (SP)         Wanyuan (Sichuan)             2021    confirmado
  Limeira (SP)       Xuanhan (Sichuan)             2022    confirmado
  Chapecó (SC)       Longchang (Sichuan)           2022    confirmado
  Pelotas (RS)       não identificado              —       não verificado

O posto de Bauru funciona numa sala comer~cial alugada por uma associação de comerciantes. Em junho de 2026, a Polícia Federal instaurou inquérito sobre as suas atividades e realizou busca e apreensão no local.²

Em Limeira, três trabalhadores de uma fábrica de joias relataram que membros da associação local fotografavam os partici~pantes das reuniões da comunidade e enviavam as imagens a um grupo de mensagens na China.

O caso mais grave ocorreu em Chapecó. Um comerciante de 34 anos foi levado por dois homens até o Aeroporto de Guarulhos em março de 2026 e embarcado num voo para Chengdu; a família não voltou a ter notícias dele.³ Não sabemos de nenhum inquérito aberto sobre o caso.

4.3 Paraguai

No Paraguai, identificamos um posto em Encarnación, ligado ao Departamento de Segurança Pública de Karamay (Xinjiang) desde 2023. A Polícia Nacional paraguaia informou-nos que não abriu qualquer inves~tigação.

A embaixada da China em Brasília afirmou, em resposta ao nosso pedido de comentário, que "não existem postos policiais chineses no Brasil" e que as asso~ciações apenas ajudam idosos a renovar documentos.

¹ Informação de um único informante, não corroborada.
² Inquérito n.º 2026.0041873, Delegacia da PF em Bauru.
³ Testemunho de um familiar, recolhido em julho de 2026.

Observatório da Diáspora · Relatório 2026                                      37"""
T025 = wrap_hy(P025, 74)

DOCS.append({"name": "025-pt-br-relatorio-ong-tabela-bauru-limeira-chapeco-encarnacion-wanyuan-xuanhan-longchang-karamay.txt", "text": T025, "facts": [
    C("stations", 4, "BR", "a nossa equipe identificou quatro locais no Brasil", claimant="Observatório da Diáspora"),
    C("stations", 3, "BR", "Três deles puderam ser confirmados por documentos ou testemunhos", opt=True, claimant="Observatório da Diáspora"),
    S("BR", "Pelotas", "o quarto, em Pelotas, permanece não verificado", opt=True, claimant="Observatório da Diáspora", note="unverified"),
    S("BR", "Bauru", "Bauru (SP)         Wanyuan (Sichuan)             2021    confirmado", operator="Wanyuan", operator_alt=["Dazhou"], date="2021", claimant="Observatório da Diáspora"),
    S("BR", "Limeira", "Limeira (SP)       Xuanhan (Sichuan)             2022    confirmado", operator="Xuanhan", operator_alt=["Dazhou"], date="2022", claimant="Observatório da Diáspora"),
    S("BR", "Chapecó", "Chapecó (SC)       Longchang (Sichuan)           2022    confirmado", operator="Longchang", operator_alt=["Neijiang"], date="2022", claimant="Observatório da Diáspora"),
    R("BR", "investigation", "a Polícia Federal instaurou inquérito sobre as suas atividades e realizou busca e apreensão no local", place="Bauru", date="2026-06"),
    I("BR", "surveillance", "membros da associação local fotografavam os participantes das reuniões da comunidade e enviavam as imagens a um grupo de mensagens na China", place="Limeira", claimant="Observatório da Diáspora"),
    I("BR", "forced_return", "Um comerciante de 34 anos foi levado por dois homens até o Aeroporto de Guarulhos em março de 2026 e embarcado num voo para Chengdu", place="Chapecó", date="2026-03", claimant="Observatório da Diáspora"),
    R("BR", "investigation", "Não sabemos de nenhum inquérito aberto sobre o caso.", pol="denied", opt=True, place="Chapecó", claimant="Observatório da Diáspora", note="the NGO knows of none"),
    S("PY", "Encarnación", "identificamos um posto em Encarnación, ligado ao Departamento de Segurança Pública de Karamay (Xinjiang) desde 2023", operator="Karamay", date="2023", claimant="Observatório da Diáspora"),
    R("PY", "investigation", "A Polícia Nacional paraguaia informou-nos que não abriu qualquer investigação.", pol="denied", claimant="Policía Nacional del Paraguay"),
    D("CN", "\"não existem postos policiais chineses no Brasil\" e que as associações apenas ajudam idosos a renovar documentos", claimant="PRC Embassy in Brazil"),
    S("BR", None, "\"não existem postos policiais chineses no Brasil\"", pol="denied", opt=True, claimant="PRC Embassy in Brazil"),
]})

# ---------------------------------------------------------------- 026 (irrelevant)
T026 = """Cidades | São Luís

Posto de atendimento a imigrantes ganha sala para comunidade chinesa no Centro

Estrangeiros podem renovar documentos e tirar dúvidas sobre a CNH; PM reforça patrulhamento na região

Da redação | 25/11/2026 10h12 - Atualizado há 3 horas

O posto de atendimento a imigrantes mantido pela Prefeitura de São Luís na Rua Grande passou a ter, desde segunda-feira (23), uma sala dedicada à comunidade chinesa, com uma intérprete voluntária às terças e quintas. No local, estrangeiros podem agendar a renovação do registro migratório junto à Polícia Federal e receber orientação sobre a troca da carteira de motorista chinesa pela CNH.

Segundo a coordenação, desde julho foram feitos 102 atendimentos a cidadãos chineses, a maioria comerciantes do Centro Histórico. Outros 53 pedidos de tradução de documentos estão na fila.

A Polícia Militar informou que mantém um convênio com a Guarda Municipal para patrulhamento conjunto nas ruas comerciais do Centro, onde ficam muitas das lojas de proprietários chineses. "A ideia é dar mais segurança a quem trabalha aqui", disse o comandante do batalhão da área.

O antigo balcão de informações, que funcionava num quiosque da Praça Deodoro, foi fechado. A associação dos comerciantes chineses do Maranhão agradeceu à prefeitura e ao consulado-geral da China no Recife pelo apoio.

LEIA TAMBÉM: Feira de artesanato volta à Praia Grande no fim de semana
"""

DOCS.append({"name": "026-pt-br-cidades-posto-atendimento-imigrantes-sao-luis.txt", "text": T026, "facts": []})
