"""check15 part D, Portuguese documents 046-051. Held-out material: contains the gold."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# ---------------------------------------------------------------- 046 (pt-PT editorial)
T046 = """EDITORIAL

A polícia dos outros

Há três anos, quando se soube que os Países Baixos e a Irlanda tinham mandado encerrar «postos de serviço» da polícia chinesa instalados nos seus territórios, o assunto pareceu-nos distante, coisa de capitais grandes e de comunidades numerosas. Não é.

A revelação, feita esta semana pelo PÚBLICO, de que funcionam em Cascais e em Albufeira duas estruturas dessa natureza obriga o Governo a sair da penumbra em que se tem refugiado. A de Cascais, instalada num escritório de contabilidade a poucos metros da marina, responde — segundo documentos a que este jornal teve acesso — ao departamento de segurança pública de Binzhou, na província de Shandong. A do Algarve, aberta em 2023 nas traseiras de uma loja de artigos para o lar, depende do gabinete de segurança pública do município de Linqing, na mesma província. Nenhuma delas está registada como associação; nenhuma paga renda em nome próprio.

Não se trata de uma curiosidade burocrática. Sabe-se, pelo menos, de uma pessoa que foi pressionada a regressar. Um empresário da restauração, que em 2022 deixara a China depois de um diferendo com um sócio ligado às autoridades locais, viu os pais serem visitados em Linqing, semana após semana, por agentes que lhes pediam que o «convencessem». Acabou por embarcar em Faro, em dezembro de 2024, com um bilhete pago pela família. Ninguém o obrigou, dir-se-á. Ninguém precisou.

O Ministério Público abriu um inquérito e a Polícia Judiciária fez buscas nos dois locais na passada quinta-feira. Não houve detenções. O Ministério dos Negócios Estrangeiros, esse, limitou-se a «transmitir preocupação» ao embaixador chinês, num encontro descrito como cordial. Não o convocou, ao contrário do que fizeram outros parceiros europeus em casos semelhantes. A embaixada respondeu com a fórmula habitual: tratar-se-ia de «pontos de apoio voluntário» para ajudar compatriotas a renovar a carta de condução.

Convém lembrar o contexto. A organização Safeguard Defenders contabilizou, em 2022, 102 postos deste tipo em 53 países — entre eles três em Portugal, dos quais pouco ou nada se voltou a saber. E Lisboa assinou com Pequim, em 2019, um protocolo de cooperação em matéria de segurança interna, que chegou a prever a discussão de patrulhas conjuntas em zonas turísticas — ideia que, felizmente, nunca saiu do papel.

Nada disto obriga a um corte de relações, nem a desconfiar de uma comunidade que vive e trabalha entre nós há décadas e que é a primeira vítima destas práticas. Obriga, isso sim, a clareza. O Governo deve dizer o que sabe, o que fez e o que tenciona fazer. E, se for caso disso, mandar fechar. Um Estado que tolera a polícia dos outros acaba por não ser levado a sério pela sua.
"""
DOCS.append(dict(
    name="046-pt-pt-editorial-cascais-albufeira-binzhou-linqing.txt",
    text=T046,
    facts=[
        S("NL", None, "os Países Baixos e a Irlanda tinham mandado encerrar «postos de serviço» da polícia chinesa instalados nos seus territórios", note="recalled closures, no place"),
        S("IE", None, "os Países Baixos e a Irlanda tinham mandado encerrar «postos de serviço» da polícia chinesa instalados nos seus territórios", note="recalled closures, no place"),
        R("NL", "closure", "os Países Baixos e a Irlanda tinham mandado encerrar «postos de serviço» da polícia chinesa instalados nos seus territórios"),
        R("IE", "closure", "os Países Baixos e a Irlanda tinham mandado encerrar «postos de serviço» da polícia chinesa instalados nos seus territórios"),
        S("PT", "Cascais", "A de Cascais, instalada num escritório de contabilidade a poucos metros da marina, responde — segundo documentos a que este jornal teve acesso — ao departamento de segurança pública de Binzhou", operator="Binzhou", claimant="PÚBLICO"),
        S("PT", "Albufeira", "A do Algarve, aberta em 2023 nas traseiras de uma loja de artigos para o lar, depende do gabinete de segurança pública do município de Linqing", operator="Linqing", operator_alt=["Liaocheng"], claimant="PÚBLICO", date="2023", note="'A do Algarve' = the Albufeira site named in the sentence before; Linqing is a county-level city under Liaocheng"),
        I("PT", "persuasion", "Um empresário da restauração, que em 2022 deixara a China depois de um diferendo com um sócio ligado às autoridades locais, viu os pais serem visitados em Linqing, semana após semana, por agentes que lhes pediam que o «convencessem». Acabou por embarcar em Faro, em dezembro de 2024, com um bilhete pago pela família.", date="2024-12", note="flew home himself; Faro and Linqing are not stations"),
        I("PT", "harassment", "viu os pais serem visitados em Linqing, semana após semana, por agentes que lhes pediam que o «convencessem»", opt=True, note="pressure on relatives inside a persuasion case"),
        R("PT", "investigation", "O Ministério Público abriu um inquérito e a Polícia Judiciária fez buscas nos dois locais na passada quinta-feira.", claimant=None),
        R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
        R("PT", "protest", "O Ministério dos Negócios Estrangeiros, esse, limitou-se a «transmitir preocupação» ao embaixador chinês", claimant=None, opt=True, note="concern conveyed, short of a summons"),
        R("PT", "protest", "Não o convocou, ao contrário do que fizeram outros parceiros europeus em casos semelhantes.", pol="denied", opt=True),
        D("CN", "A embaixada respondeu com a fórmula habitual: tratar-se-ia de «pontos de apoio voluntário» para ajudar compatriotas a renovar a carta de condução.", claimant="Chinese embassy in Lisbon", note="denial as an explanation"),
        C("stations", 102, None, "A organização Safeguard Defenders contabilizou, em 2022, 102 postos deste tipo em 53 países", claimant="Safeguard Defenders", date="2022"),
        C("countries", 53, None, "A organização Safeguard Defenders contabilizou, em 2022, 102 postos deste tipo em 53 países", claimant="Safeguard Defenders", date="2022"),
        C("stations", 3, "PT", "entre eles três em Portugal, dos quais pouco ou nada se voltou a saber", claimant="Safeguard Defenders", date="2022", note="scoped to the host country"),
        A("PT", "security_agreement", "Lisboa assinou com Pequim, em 2019, um protocolo de cooperação em matéria de segurança interna", date="2019", note="joint patrols only discussed, never agreed: no joint_patrol"),
    ],
))

# ---------------------------------------------------------------- 047 (pt-PT RASI, wrapped)
T047_BODY = """3.4.2. Atividades de serviços policiais de Estados terceiros em território nacional

Na sequência de informação partilhada pelo Serviço de Informações de Segurança (SIS), foi instaurado em fevereiro de 2025, no Departamento Central de Investigação e Ação Penal (DCIAP), um inquérito relativo a um alegado «posto de atendimento» a cidadãos chineses em funcionamento no concelho do Seixal, associado ao departamento de segurança pública de Pingxiang (província de Jiangxi). No âmbito do referido inquérito foram realizadas duas buscas domiciliárias e uma busca não domiciliária, tendo sido constituídos três arguidos, dois dos quais vieram a ser acusados em novembro pela prática do crime de usurpação de funções.

No decurso da investigação apurou-se que um cidadão chinês residente em Almada foi contactado repetidamente, por telefone e presencialmente, por elementos ligados ao referido posto, com vista ao seu regresso à República Popular da China, onde era visado num processo por alegada fraude. O mesmo acabou por regressar em abril de 2025, por meios próprios.

Na sequência das diligências efetuadas, o espaço foi encerrado por determinação da Câmara Municipal do Seixal, por falta de licença de utilização.

Foram ainda sinalizados dois outros locais com características semelhantes, um dos quais no concelho de Gondomar. As averiguações aí realizadas pela Polícia de Segurança Pública não confirmaram a existência de qualquer atividade ilícita. Em 2025 foram, assim, sinalizados três locais em território nacional.

Quadro 41 — Ingerência de Estados terceiros: procedimentos (2023-2025)

  Ano   | Inquéritos instaurados | Buscas | Arguidos constituídos
  2023  |          0             |   0    |          0
  2024  |          1             |   0    |          0
  2025  |          2             |   3    |          3

As Forças e Serviços de Segurança mantêm a cooperação internacional com congéneres europeus nesta matéria, no quadro do intercâmbio de boas práticas."""
T047 = ("RELATÓRIO ANUAL DE SEGURANÇA INTERNA\nANO 2025\n\n" + wrap(T047_BODY, 78)
        + "\n\n" + "-" * 78 + "\nRASI 2025" + " " * 62 + "pág. 143\n")
DOCS.append(dict(
    name="047-pt-pt-relatorio-seguranca-interna-seixal-gondomar-pingxiang.txt",
    text=T047,
    facts=[
        S("PT", "Seixal", "um alegado «posto de atendimento» a cidadãos chineses em funcionamento no concelho do Seixal, associado ao departamento de segurança pública de Pingxiang", operator="Pingxiang", claimant="Portuguese Internal Security Report (RASI)"),
        R("PT", "investigation", "foi instaurado em fevereiro de 2025, no Departamento Central de Investigação e Ação Penal (DCIAP), um inquérito", place="Seixal", claimant="Portuguese Internal Security Report (RASI)", date="2025-02"),
        R("PT", "arrest", "tendo sido constituídos três arguidos, dois dos quais vieram a ser acusados em novembro pela prática do crime de usurpação de funções", place="Seixal", claimant="Portuguese Internal Security Report (RASI)", date="2025-11", note="a charge is an arrest"),
        I("PT", "persuasion", "um cidadão chinês residente em Almada foi contactado repetidamente, por telefone e presencialmente, por elementos ligados ao referido posto, com vista ao seu regresso à República Popular da China", claimant="Portuguese Internal Security Report (RASI)", date="2025-04", note="returned by his own means; Almada is not a station"),
        R("PT", "closure", "o espaço foi encerrado por determinação da Câmara Municipal do Seixal, por falta de licença de utilização", place="Seixal", claimant="Portuguese Internal Security Report (RASI)", note="ordered closure"),
        S("PT", "Gondomar", "Foram ainda sinalizados dois outros locais com características semelhantes, um dos quais no concelho de Gondomar.", claimant="Portuguese Internal Security Report (RASI)", opt=True, note="flagged, then not confirmed"),
        C("stations", 2, "PT", "Foram ainda sinalizados dois outros locais com características semelhantes", claimant="Portuguese Internal Security Report (RASI)", opt=True, note="derived count ('dois outros')"),
        R("PT", "no_wrongdoing_found", "As averiguações aí realizadas pela Polícia de Segurança Pública não confirmaram a existência de qualquer atividade ilícita.", place="Gondomar", claimant="Portuguese Internal Security Report (RASI)"),
        C("stations", 3, "PT", "Em 2025 foram, assim, sinalizados três locais em território nacional.", claimant="Portuguese Internal Security Report (RASI)", date="2025"),
    ],
))

# ---------------------------------------------------------------- 048 (pt-BR live blog)
T048 = """AO VIVO | PF faz operação contra 'delegacias chinesas' em São José dos Campos e Maringá

Acompanhe em tempo real as informações sobre a Operação Sentinela Distante, deflagrada nesta terça-feira (3) pela Polícia Federal.

16h48 — A Justiça Federal manteve as duas prisões após a audiência de custódia. Encerramos aqui a cobertura em tempo real; a reportagem completa estará na edição de amanhã.

14h05 — A embaixada da China em Brasília divulgou nota em que "repudia veementemente as acusações infundadas" e afirma que os locais investigados são "centros comunitários mantidos por voluntários", que ajudariam compatriotas a renovar documentos. "Não existe nenhuma delegacia chinesa no Brasil", diz o texto.

12h30 — O Itamaraty informou que convocou o encarregado de negócios da embaixada chinesa para prestar esclarecimentos. A reunião ocorreu no fim da manhã, no Palácio do Itamaraty.

11h14 — A deputada federal que preside a Comissão de Relações Exteriores da Câmara publicou nas redes sociais: "Inadmissível! Polícia estrangeira atuando em solo brasileiro é crime. Vamos convocar o ministro." O post já tem mais de 20 mil curtidas. Um perfil ligado à comunidade chinesa de Maringá respondeu: "Somos trabalhadores, não espiões."

10h02 — Segundo a PF, ao menos quatro chineses que viviam no Brasil foram convencidos a voltar para a China entre 2022 e 2024, depois de parentes serem procurados pela polícia em Anhui. Um deles, comerciante em Maringá, contou aos investigadores que era seguido e fotografado ao sair da loja.

09h20 — Os dois presos são um empresário de 52 anos e a mulher dele, de 47, apontados como responsáveis pelo posto de São José dos Campos. A defesa ainda não se manifestou.

08h05 — Em Maringá (PR), o alvo é uma associação cultural que, de acordo com a investigação, estaria ligada à polícia de Huainan, também em Anhui. Agentes saíram do prédio com caixas de documentos e dois computadores.

07h15 — Segundo a PF, o grupo mantinha em São José dos Campos, no Vale do Paraíba, desde 2021, um "posto de atendimento" vinculado ao Departamento de Segurança Pública de Bengbu, na província de Anhui. O local funcionava no andar de cima de uma loja de eletrônicos.

06h30 — Cerca de 60 policiais federais cumprem 9 mandados de busca e apreensão e 2 mandados de prisão preventiva em São Paulo e no Paraná. A operação investiga os crimes de usurpação de função pública e associação criminosa.

06h12 — Bom dia. A Polícia Federal deflagrou na madrugada desta terça-feira uma operação contra supostas "delegacias" clandestinas da polícia chinesa no interior paulista e no norte do Paraná. Acompanhe aqui.
"""
DOCS.append(dict(
    name="048-pt-br-ao-vivo-operacao-pf-sao-jose-dos-campos-maringa-bengbu-huainan.txt",
    text=T048,
    facts=[
        S("BR", "São José dos Campos", "o grupo mantinha em São José dos Campos, no Vale do Paraíba, desde 2021, um \"posto de atendimento\" vinculado ao Departamento de Segurança Pública de Bengbu", operator="Bengbu", claimant="Brazilian Federal Police", date="2021"),
        S("BR", "Maringá", "Em Maringá (PR), o alvo é uma associação cultural que, de acordo com a investigação, estaria ligada à polícia de Huainan", operator="Huainan", claimant="Brazilian Federal Police"),
        R("BR", "investigation", "Cerca de 60 policiais federais cumprem 9 mandados de busca e apreensão e 2 mandados de prisão preventiva em São Paulo e no Paraná.", claimant="Brazilian Federal Police", note="60 federal officers in a raid are not a count"),
        R("BR", "arrest", "Os dois presos são um empresário de 52 anos e a mulher dele, de 47, apontados como responsáveis pelo posto de São José dos Campos.", place="São José dos Campos", note="ages are not counts"),
        C("returns", 4, "BR", "ao menos quatro chineses que viviam no Brasil foram convencidos a voltar para a China entre 2022 e 2024", claimant="Brazilian Federal Police"),
        I("BR", "persuasion", "ao menos quatro chineses que viviam no Brasil foram convencidos a voltar para a China entre 2022 e 2024, depois de parentes serem procurados pela polícia em Anhui", claimant="Brazilian Federal Police"),
        I("BR", "harassment", "depois de parentes serem procurados pela polícia em Anhui", claimant="Brazilian Federal Police", opt=True, note="pressure on relatives inside persuasion cases"),
        I("BR", "surveillance", "Um deles, comerciante em Maringá, contou aos investigadores que era seguido e fotografado ao sair da loja.", place="Maringá", claimant="Brazilian Federal Police"),
        R("BR", "protest", "O Itamaraty informou que convocou o encarregado de negócios da embaixada chinesa para prestar esclarecimentos.", claimant="Brazilian Ministry of Foreign Affairs"),
        D("CN", "A embaixada da China em Brasília divulgou nota em que \"repudia veementemente as acusações infundadas\"", claimant="Chinese embassy in Brasília"),
        S("BR", "São José dos Campos", "afirma que os locais investigados são \"centros comunitários mantidos por voluntários\"", claimant="Chinese embassy in Brasília", pol="denied", opt=True),
        S("BR", "Maringá", "afirma que os locais investigados são \"centros comunitários mantidos por voluntários\"", claimant="Chinese embassy in Brasília", pol="denied", opt=True),
        S("BR", None, "\"Não existe nenhuma delegacia chinesa no Brasil\", diz o texto.", claimant="Chinese embassy in Brasília", pol="denied", opt=True, note="country-wide denial"),
    ],
))

# ---------------------------------------------------------------- 049 (pt-BR fact-check)
T049 = """CHECAGEM

É falso que China abriu 'delegacia' em João Pessoa; posto citado em relatório de ONG fica em Cascavel (PR)

Por equipe de checagem | 27.ago.2024, 17h30 — atualizado às 19h05

[FALSO] Circula no WhatsApp e no Instagram uma foto de uma fachada com letreiro em chinês acompanhada da legenda: "A China já tem delegacia em João Pessoa! São mais de 200 no Brasil e o governo esconde." A imagem mostra, na verdade, uma loja de conserto de celulares no bairro de Tambaú. Não há registro de posto ligado à polícia chinesa na capital paraibana.

Onde circulou: a mensagem foi compartilhada ao menos 18 mil vezes desde sábado (24). Leitores pediram a verificação pelo nosso número de WhatsApp.

Como verificamos: fizemos busca reversa da imagem, localizamos a fachada com ajuda de ferramentas de mapas, conversamos por telefone com o proprietário da loja e consultamos o relatório da ONG Safeguard Defenders e a Polícia Federal.

O letreiro diz, em tradução livre, "Assistência técnica — celulares e tablets". O dono, um imigrante de Fujian que vive na Paraíba há onze anos, disse ter se assustado com a repercussão. "Eu conserto telefone. Só isso", afirmou.

O número citado na legenda também não se sustenta. O levantamento mais citado sobre o tema, da Safeguard Defenders, lista 102 "estações de serviço" da polícia chinesa em 53 países — e apenas dois pontos no Brasil. Nenhum deles na Paraíba.

Segundo o relatório, um desses pontos funcionaria em Cascavel, no oeste do Paraná, e seria vinculado ao escritório de segurança pública de Mengcheng, condado da província de Anhui. O outro, em Teresina, não tem órgão responsável identificado no documento.

Procurada, a Polícia Federal informou que instaurou em 2023 um procedimento preliminar sobre o endereço de Cascavel e que o arquivou "por ausência de indícios de crime". A embaixada da China não respondeu até a publicação.

Esta checagem foi atualizada às 19h05 para incluir a resposta da PF.
"""
DOCS.append(dict(
    name="049-pt-br-checagem-joao-pessoa-cascavel-teresina-mengcheng.txt",
    text=T049,
    facts=[
        S("BR", "João Pessoa", "Não há registro de posto ligado à polícia chinesa na capital paraibana.", pol="denied", opt=True, note="viral claim declared false in the document's own voice; 'capital paraibana' = João Pessoa"),
        C("stations", 200, "BR", "\"A China já tem delegacia em João Pessoa! São mais de 200 no Brasil e o governo esconde.\"", claimant="viral WhatsApp message", opt=True, note="false claim of a viral message, rejected by the fact-check"),
        C("stations", 102, None, "lista 102 \"estações de serviço\" da polícia chinesa em 53 países", claimant="Safeguard Defenders"),
        C("countries", 53, None, "lista 102 \"estações de serviço\" da polícia chinesa em 53 países", claimant="Safeguard Defenders"),
        C("stations", 2, "BR", "e apenas dois pontos no Brasil", claimant="Safeguard Defenders", note="scoped to the host country"),
        S("BR", "Cascavel", "um desses pontos funcionaria em Cascavel, no oeste do Paraná, e seria vinculado ao escritório de segurança pública de Mengcheng", operator="Mengcheng", operator_alt=["Bozhou"], claimant="Safeguard Defenders", note="county under Bozhou"),
        S("BR", "Teresina", "O outro, em Teresina, não tem órgão responsável identificado no documento.", claimant="Safeguard Defenders", note="no operator"),
        R("BR", "investigation", "a Polícia Federal informou que instaurou em 2023 um procedimento preliminar sobre o endereço de Cascavel", place="Cascavel", claimant="Brazilian Federal Police", date="2023"),
        R("BR", "no_wrongdoing_found", "que o arquivou \"por ausência de indícios de crime\"", place="Cascavel", claimant="Brazilian Federal Police"),
    ],
))

# ---------------------------------------------------------------- 050 (pt-AO radio interview)
T050 = """RÁDIO — Programa «Manhã Informativa», 12 de junho de 2025
Entrevista com o porta-voz do Serviço de Investigação Criminal (SIC) de Cabinda
(transcrição editada para efeitos de leitura)

JORNALISTA: Senhor porta-voz, bom dia. Vamos directo ao assunto. Circula desde a semana passada a informação de que funciona em Cabinda um «posto de polícia» chinês. Confirma?

PORTA-VOZ: Bom dia, e obrigado pelo convite. Confirmo que o SIC abriu, no dia 2 de Junho, um processo de averiguação sobre um estabelecimento na zona do Chiloango, registado como empresa de prestação de serviços, que, segundo as informações que temos, actuava em ligação com o departamento de segurança pública de Anshun, na província chinesa de Guizhou. Estamos a falar de um espaço aberto em 2020.

JORNALISTA: E actuava como? Fazia o quê, concretamente?

PORTA-VOZ: Tratava de documentos, de cartas de condução, mas não só. Temos o caso de um cidadão chinês, trabalhador da construção civil, que em Março deste ano foi levado por três indivíduos ligados a esse espaço até ao aeroporto de Luanda e metido num voo para Guangzhou contra a sua vontade. Foi uma testemunha que nos alertou.

JORNALISTA: Houve detenções?

PORTA-VOZ: Sim. Três cidadãos de nacionalidade chinesa foram detidos na sexta-feira e vão ser presentes ao magistrado do Ministério Público. Não posso adiantar mais nada.

JORNALISTA: Fala-se também de Malanje.

PORTA-VOZ: Fala-se, mas a nossa brigada esteve em Malanje, verificou o local que foi apontado, e não encontrámos nada que indicie actividade criminosa. Era um armazém de arroz.

JORNALISTA: Angola tem acordos de cooperação policial com a China. Isto não cria um problema?

PORTA-VOZ: Temos, sim, um acordo de cooperação em matéria de segurança pública assinado em 2019, que prevê formação de quadros. Ninguém está a falar de patrulhas conjuntas nem de polícias estrangeiros nas nossas ruas. Isso não existe nem vai existir. Angola não é quintal de ninguém.

JORNALISTA: A embaixada chinesa em Luanda reagiu?

PORTA-VOZ: Até ao momento, não tivemos qualquer contacto.

JORNALISTA: Obrigado, senhor porta-voz.
"""
DOCS.append(dict(
    name="050-pt-ao-entrevista-radio-cabinda-malanje-anshun.txt",
    text=T050,
    facts=[
        S("AO", "Cabinda", "um estabelecimento na zona do Chiloango, registado como empresa de prestação de serviços, que, segundo as informações que temos, actuava em ligação com o departamento de segurança pública de Anshun", operator="Anshun", claimant="SIC spokesperson", date="2020", note="place in the journalist's question, operator and year in the answer"),
        R("AO", "investigation", "Confirmo que o SIC abriu, no dia 2 de Junho, um processo de averiguação sobre um estabelecimento na zona do Chiloango", place="Cabinda", claimant="SIC spokesperson", date="2025-06-02"),
        I("AO", "forced_return", "Temos o caso de um cidadão chinês, trabalhador da construção civil, que em Março deste ano foi levado por três indivíduos ligados a esse espaço até ao aeroporto de Luanda e metido num voo para Guangzhou contra a sua vontade.", claimant="SIC spokesperson", date="2025-03", note="Luanda is not a station"),
        R("AO", "arrest", "Três cidadãos de nacionalidade chinesa foram detidos na sexta-feira e vão ser presentes ao magistrado do Ministério Público.", claimant="SIC spokesperson", date="2025-06"),
        S("AO", "Malanje", "JORNALISTA: Fala-se também de Malanje.", claimant="media reports", opt=True, note="a rumour checked and found baseless"),
        R("AO", "no_wrongdoing_found", "a nossa brigada esteve em Malanje, verificou o local que foi apontado, e não encontrámos nada que indicie actividade criminosa", place="Malanje", claimant="SIC spokesperson"),
        A("AO", "security_agreement", "Temos, sim, um acordo de cooperação em matéria de segurança pública assinado em 2019", claimant="SIC spokesperson", date="2019", note="joint patrols explicitly excluded: no joint_patrol"),
    ],
))

# ---------------------------------------------------------------- 051 (pt-BR irrelevant)
T051 = """CIDADES

Vila Velha ganha base comunitária da PM no terminal rodoviário

Estrutura funciona 24 horas; prefeitura também anunciou ônibus elétricos de fabricante chinesa

A Polícia Militar inaugurou nesta segunda-feira (14) uma base comunitária móvel fixa no Terminal Rodoviário de Vila Velha, na Grande Vitória. A estrutura, instalada ao lado da plataforma de embarque intermunicipal, vai funcionar 24 horas por dia, com policiais em regime de escala.

Segundo o comandante do batalhão responsável pela área, a escolha do local levou em conta o número de ocorrências de furtos registradas na estação no último ano. "A presença ostensiva inibe o crime. O passageiro vai ver a viatura e o policial ali, todos os dias", disse. Casos mais graves continuam a ser registrados na delegacia da Polícia Civil do bairro, a cerca de dois quilômetros.

A base faz parte de um convênio firmado em março entre a prefeitura e o governo do estado, que prevê ainda a instalação de 102 câmeras de monitoramento em pontos de ônibus e o reforço de 53 policiais militares no efetivo do município até o fim do ano.

Na mesma cerimônia, o prefeito assinou um protocolo de intenções com uma montadora chinesa para a compra de 20 ônibus elétricos, que devem começar a circular no primeiro semestre. A empresa, que tem fábrica no interior de São Paulo, enviou dois engenheiros para acompanhar a entrega.

Ainda durante o evento, a secretária de Assistência Social lembrou que a prefeitura acompanha as quatro famílias vila-velhenses repatriadas do Oriente Médio pelo Itamaraty em outubro. "Elas voltaram com a roupa do corpo. Estamos garantindo aluguel social e atendimento psicológico", afirmou.

A antiga cabine da PM na orla da Praia da Costa, desativada desde 2022, será transformada em posto de informações turísticas.
"""
DOCS.append(dict(
    name="051-pt-br-local-base-pm-terminal-rodoviario-vila-velha.txt",
    text=T051,
    facts=[],
))
