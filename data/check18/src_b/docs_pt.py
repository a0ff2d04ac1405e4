"""Portuguese documents 047-052 of check18 part B."""
from h import S, C, R, I, A, D, W

DOCS = []

# ---------------------------------------------------------------- 047 Lusa wire on a news site, Famalicão and Maia
T047 = """País > Segurança

PJ faz buscas em associação de Famalicão suspeita de servir a polícia chinesa

Lusa | 12 de novembro de 2024, 16:05 | Atualizado às 21:18

Partilhar: Facebook · X · WhatsApp · E-mail

A Polícia Judiciária realizou hoje buscas na sede de uma associação de comerciantes chineses em Vila Nova de Famalicão, no âmbito de um inquérito sobre a alegada existência de um posto de polícia chinês não declarado, disse à Lusa fonte policial.

[Foto: Inspetores da PJ à saída da associação, em Famalicão. LUSA]

Segundo a mesma fonte, a associação funcionaria desde 2020 como ponto de contacto da Subdivisão de Segurança Pública do distrito de Xiqing, em Tianjin, no norte da China. Foram apreendidos documentos e equipamento informático. Não houve detenções.

Leia também: Comunidade chinesa no Minho cresceu 40% numa década

O inquérito, dirigido pelo Departamento de Investigação e Ação Penal do Porto, foi aberto em março, depois de uma queixa de um empresário chinês que diz ter sido pressionado, na sede da associação, a regressar à China para "resolver um problema com as autoridades". O empresário recusou e continua a viver em Portugal.

Um segundo espaço, na Maia, estará ligado à Subdivisão de Segurança Pública do distrito de Beichen, também em Tianjin, segundo a organização Safeguard Defenders, que contabiliza pelo menos quatro postos deste tipo em Portugal e cento e dois em todo o mundo. Esse espaço não foi alvo de buscas.

A Embaixada da China em Lisboa rejeitou as acusações, afirmando que as associações "prestam apoio voluntário, por exemplo na renovação da carta de condução chinesa", e que "não existe qualquer esquadra de polícia chinesa em Portugal".

Atualização às 21:18 — A Câmara Municipal de Vila Nova de Famalicão ordenou ao fim da tarde o encerramento preventivo do espaço, que ocupa uma loja municipal arrendada à associação.

Subscreva a newsletter e receba as principais notícias do dia.

LUSA/Fim"""

DOCS.append({"name": "047-pt-lusa-buscas-famalicao-maia-xiqing-beichen.txt", "text": T047, "facts": [
    S("PT", "Vila Nova de Famalicão", "a associação funcionaria desde 2020 como ponto de contacto da Subdivisão de Segurança Pública do distrito de Xiqing, em Tianjin", operator="Xiqing", operator_alt=["Tianjin"], claimant="police source", date="2020", place_alt=["Famalicão", "Vila Nova de Famalicao"], note="place in the lead; 'a associação' carries it"),
    R("PT", "investigation", "A Polícia Judiciária realizou hoje buscas na sede de uma associação de comerciantes chineses em Vila Nova de Famalicão", place="Vila Nova de Famalicão", date="2024-11-12"),
    R("PT", "investigation", "O inquérito, dirigido pelo Departamento de Investigação e Ação Penal do Porto, foi aberto em março", date="2024-03"),
    R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
    I("PT", "persuasion", "diz ter sido pressionado, na sede da associação, a regressar à China para \"resolver um problema com as autoridades\". O empresário recusou e continua a viver em Portugal.", place="Vila Nova de Famalicão"),
    S("PT", "Maia", "Um segundo espaço, na Maia, estará ligado à Subdivisão de Segurança Pública do distrito de Beichen, também em Tianjin, segundo a organização Safeguard Defenders", operator="Beichen", operator_alt=["Tianjin"], claimant="Safeguard Defenders"),
    C("stations", 4, "PT", "que contabiliza pelo menos quatro postos deste tipo em Portugal", claimant="Safeguard Defenders"),
    C("stations", 102, None, "cento e dois em todo o mundo", claimant="Safeguard Defenders"),
    D("CN", "afirmando que as associações \"prestam apoio voluntário, por exemplo na renovação da carta de condução chinesa\", e que \"não existe qualquer esquadra de polícia chinesa em Portugal\"", claimant="Embassy of China in Lisbon"),
    S("PT", None, "\"não existe qualquer esquadra de polícia chinesa em Portugal\"", claimant="Embassy of China in Lisbon", pol="denied", opt=True),
    R("PT", "closure", "A Câmara Municipal de Vila Nova de Famalicão ordenou ao fim da tarde o encerramento preventivo do espaço", place="Vila Nova de Famalicão"),
]})

# ---------------------------------------------------------------- 048 Brazilian ministry answer to a request for information, wrapped
T048 = W("""MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA
Assessoria Especial de Assuntos Parlamentares e Federativos

OFÍCIO Nº 1.882/2025/ASPAR/MJSP                       Brasília, 28 de abril de 2025.

Assunto: Requerimento de Informação nº 412/2025 — suposta atuação de "delegacias" chinesas em Minas Gerais.

Senhor Primeiro-Secretário,

1. Em atenção ao Requerimento de Informação em epígrafe, que solicita esclarecimentos acerca de notícias segundo as quais funcionariam em Juiz de Fora e em Contagem, no Estado de Minas Gerais, escritórios vinculados a órgãos policiais da República Popular da China, encaminho as informações prestadas pela Polícia Federal.

2. Informa a Polícia Federal que, em relação ao escritório situado em Juiz de Fora, foi instaurado inquérito policial em agosto de 2024. As diligências realizadas, incluindo o cumprimento de mandado de busca e apreensão, indicam que o local mantinha comunicação regular com o Escritório de Segurança Pública da cidade de Lingwu, região autônoma de Ningxia, para a qual encaminhava dados de cidadãos chineses residentes na região. O inquérito encontra-se em andamento, sob sigilo.

3. No que se refere ao endereço indicado em Contagem, que a imprensa relacionou ao Escritório de Segurança Pública de Zhongwei, as verificações preliminares não identificaram indícios de prática criminosa, tratando-se de estabelecimento de comércio de produtos importados. O procedimento foi arquivado.

4. Quanto ao número de estruturas desse tipo no País, a Polícia Federal não dispõe de levantamento conclusivo; organizações da sociedade civil mencionam três.

5. Registra-se, por fim, que a cooperação policial entre o Brasil e a República Popular da China se dá no âmbito do Memorando de Entendimento sobre Cooperação em Matéria de Segurança Pública, assinado em 2019, que não prevê a instalação de representações policiais estrangeiras em território nacional.

Atenciosamente,

Chefe da Assessoria Especial de Assuntos Parlamentares e Federativos

Documento assinado eletronicamente — página 1 de 1""", 80)

DOCS.append({"name": "048-pt-br-oficio-ministerio-juiz-de-fora-contagem-lingwu.txt", "text": T048, "facts": [
    S("BR", "Juiz de Fora", "em relação ao escritório situado em Juiz de Fora, foi instaurado inquérito policial em agosto de 2024", operator="Lingwu", operator_alt=["Yinchuan"], claimant="Polícia Federal", note="operator in the next sentence ('o local mantinha comunicação … Lingwu')"),
    R("BR", "investigation", "foi instaurado inquérito policial em agosto de 2024", place="Juiz de Fora", date="2024-08"),
    R("BR", "investigation", "incluindo o cumprimento de mandado de busca e apreensão", place="Juiz de Fora"),
    I("BR", "surveillance", "para a qual encaminhava dados de cidadãos chineses residentes na região", place="Juiz de Fora", claimant="Polícia Federal"),
    S("BR", "Contagem", "No que se refere ao endereço indicado em Contagem, que a imprensa relacionou ao Escritório de Segurança Pública de Zhongwei", operator="Zhongwei", claimant="press"),
    R("BR", "no_wrongdoing_found", "as verificações preliminares não identificaram indícios de prática criminosa", place="Contagem"),
    S("BR", "Contagem", "tratando-se de estabelecimento de comércio de produtos importados. O procedimento foi arquivado.", claimant="Polícia Federal", pol="denied", opt=True),
    C("stations", 3, "BR", "organizações da sociedade civil mencionam três", claimant="civil-society organisations"),
    A("BR", "security_agreement", "Memorando de Entendimento sobre Cooperação em Matéria de Segurança Pública, assinado em 2019", date="2019"),
]})

# ---------------------------------------------------------------- 049 Mozambican radio transcript, Lichinga
T049 = """RÁDIO COMUNITÁRIA DO NIASSA — "Manhã Informativa"
Transcrição do bloco de entrevistas, 5 de março de 2025

[06:32] APRESENTADOR: Bom dia, Niassa. Estamos de volta. Hoje temos connosco um jornalista que acompanha há meses o caso do chamado "escritório chinês" aqui em Lichinga. Bom dia, seja bem-vindo.

[06:32] JORNALISTA: Bom dia, obrigado pelo convite.

[06:33] APRESENTADOR: Para quem não acompanhou, o que é esse escritório?

[06:33] JORNALISTA: É um escritório que funcionava numa casa perto do mercado central, aberto em 2022 por uma associação de empresários chineses da madeira. Segundo documentos a que tivemos acesso, prestava contas ao Departamento de Segurança Pública de Shizuishan, uma cidade da região de Ningxia, na China.

[06:34] APRESENTADOR: E o que fazia esse escritório?

[06:34] JORNALISTA: Oficialmente, ajudava com documentos. Mas o caso que nos chegou é grave. Em outubro, um comerciante chinês de madeira foi levado de carro até ao aeroporto, contra a vontade, por dois homens ligados ao escritório, e colocado num voo para a China. A família dele em Lichinga não tem notícias desde então.

[06:35] APRESENTADOR: Isso é muito sério. E as autoridades moçambicanas?

[06:35] JORNALISTA: O SERNIC abriu um processo-crime. O porta-voz provincial confirmou-nos que foram ouvidas seis pessoas. Ainda ninguém foi detido.

[06:36] APRESENTADOR: Há outros escritórios destes no país?

[06:36] JORNALISTA: Que se saiba, em Moçambique são dois. O outro estará em Montepuez, em Cabo Delgado, mas sobre esse sabemos muito pouco.

[06:37] APRESENTADOR: E a embaixada da China, o que diz?

[06:37] JORNALISTA: Enviou uma nota à imprensa a dizer que "não há polícia chinesa em Moçambique" e que a associação "apenas presta serviços de apoio à comunidade, como traduções e renovação de documentos".

[06:38] APRESENTADOR: Pergunta de um ouvinte, o senhor Abílio, de Cuamba: se isto for verdade, o governo vai fechar o escritório?

[06:38] JORNALISTA: Boa pergunta. Por enquanto não há nenhuma decisão. Mas o escritório já está fechado, com cadeado, desde dezembro.

[06:39] APRESENTADOR: Muito obrigado. A seguir, o preço do milho nos mercados de Lichinga e Cuamba."""

DOCS.append({"name": "049-pt-mz-radio-transcricao-lichinga-shizuishan.txt", "text": T049, "facts": [
    S("MZ", "Lichinga", "É um escritório que funcionava numa casa perto do mercado central, aberto em 2022 por uma associação de empresários chineses da madeira.", operator="Shizuishan", date="2022", note="Lichinga named in the presenter's question; operator in the next sentence"),
    I("MZ", "forced_return", "um comerciante chinês de madeira foi levado de carro até ao aeroporto, contra a vontade, por dois homens ligados ao escritório, e colocado num voo para a China", place="Lichinga", date="2024-10"),
    R("MZ", "investigation", "O SERNIC abriu um processo-crime."),
    R("MZ", "arrest", "Ainda ninguém foi detido.", pol="denied", opt=True),
    C("stations", 2, "MZ", "Que se saiba, em Moçambique são dois."),
    S("MZ", "Montepuez", "O outro estará em Montepuez, em Cabo Delgado, mas sobre esse sabemos muito pouco."),
    D("CN", "\"não há polícia chinesa em Moçambique\" e que a associação \"apenas presta serviços de apoio à comunidade, como traduções e renovação de documentos\"", claimant="Embassy of China in Mozambique"),
    S("MZ", None, "\"não há polícia chinesa em Moçambique\"", claimant="Embassy of China in Mozambique", pol="denied", opt=True),
    R("MZ", "closure", "Mas o escritório já está fechado, com cadeado, desde dezembro.", place="Lichinga", opt=True, note="no order stated"),
]})

# ---------------------------------------------------------------- 050 live blog, parliamentary hearing, Oeiras and Beja
T050 = """AO MINUTO | Ministra da Administração Interna ouvida no Parlamento sobre "esquadras chinesas"

Atualizado às 13:12

13:12 — A audição terminou. Obrigado por nos ter acompanhado. Em resumo: um espaço encerrado em Oeiras, nada de ilegal em Beja, embaixador chamado às Necessidades.

12:58 — Reação da Embaixada da China, enviada às redações: "Portugal não acolhe nenhuma esquadra chinesa. Os espaços referidos são centros de serviço geridos por voluntários."

12:40 — Sobre a cooperação com Pequim, a ministra lembrou que as patrulhas conjuntas de agentes portugueses e chineses realizadas em Lisboa e no Porto no verão de 2019 "não voltaram a repetir-se" e que não estão previstas novas.

12:21 — O deputado do Chega pergunta se alguém foi detido. Resposta da ministra: "Não houve detenções em nenhum dos casos."

12:05 — E Beja? A ministra diz que a PSP verificou o espaço indicado em Beja, associado pela imprensa à polícia do distrito de Helan, e que "não foi detetada qualquer atividade ilícita". Trata-se de uma loja de conveniência.

11:47 — O ministro dos Negócios Estrangeiros, entretanto, confirmou aos jornalistas nos Passos Perdidos que o embaixador chinês foi convocado ao Palácio das Necessidades na semana passada.

11:30 — Primeiros detalhes de Oeiras: a ministra confirma que o espaço de Oeiras, instalado numa antiga papelaria, estava ligado, "segundo a informação recolhida pela PSP", ao Departamento de Segurança Pública de Delingha, na província chinesa de Qinghai. A Câmara Municipal ordenou o seu encerramento em fevereiro.

11:12 — A ministra abre a audição: "Foram sinalizados dois espaços, um em Oeiras e outro em Beja. Ambos foram objeto de averiguações pela PSP."

11:00 — Bom dia. Começa dentro de momentos a audição da ministra na comissão de Assuntos Constitucionais. Acompanhe aqui."""

DOCS.append({"name": "050-pt-ao-minuto-audicao-oeiras-beja-delingha-helan.txt", "text": T050, "facts": [
    S("PT", "Oeiras", "o espaço de Oeiras, instalado numa antiga papelaria, estava ligado, \"segundo a informação recolhida pela PSP\", ao Departamento de Segurança Pública de Delingha", operator="Delingha", operator_alt=["Haixi"], claimant="PSP"),
    R("PT", "closure", "A Câmara Municipal ordenou o seu encerramento em fevereiro.", place="Oeiras"),
    S("PT", "Beja", "o espaço indicado em Beja, associado pela imprensa à polícia do distrito de Helan", operator="Helan", operator_alt=["Yinchuan"], claimant="press"),
    R("PT", "investigation", "Ambos foram objeto de averiguações pela PSP."),
    R("PT", "investigation", "a PSP verificou o espaço indicado em Beja", place="Beja"),
    R("PT", "no_wrongdoing_found", "\"não foi detetada qualquer atividade ilícita\"", place="Beja"),
    S("PT", "Beja", "Trata-se de uma loja de conveniência.", claimant="Minister of Internal Administration", pol="denied", opt=True),
    C("stations", 2, "PT", "\"Foram sinalizados dois espaços, um em Oeiras e outro em Beja."),
    R("PT", "protest", "o embaixador chinês foi convocado ao Palácio das Necessidades na semana passada"),
    R("PT", "arrest", "\"Não houve detenções em nenhum dos casos.\"", pol="denied", opt=True),
    A("PT", "joint_patrol", "as patrulhas conjuntas de agentes portugueses e chineses realizadas em Lisboa e no Porto no verão de 2019", date="2019"),
    D("CN", "\"Portugal não acolhe nenhuma esquadra chinesa. Os espaços referidos são centros de serviço geridos por voluntários.\"", claimant="Embassy of China in Lisbon"),
    S("PT", None, "\"Portugal não acolhe nenhuma esquadra chinesa.", claimant="Embassy of China in Lisbon", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 051 Brazilian committee hearing notes, Piracicaba and Ponta Grossa
T051 = """CÂMARA DOS DEPUTADOS
DEPARTAMENTO DE TAQUIGRAFIA, REVISÃO E REDAÇÃO
COMISSÃO DE RELAÇÕES EXTERIORES E DE DEFESA NACIONAL
AUDIÊNCIA PÚBLICA — 10/09/2025 — NOTAS TAQUIGRÁFICAS (texto sem revisão)

O SR. PRESIDENTE - Declaro aberta a reunião. Convido o Delegado da Polícia Federal para a sua exposição.

O SR. DEPUTADO (relator) - Sr. Presidente, antes, uma questão de ordem. A imprensa noticiou que em Piracicaba funcionou, desde 2021, um escritório ligado à Subdivisão de Segurança Pública do distrito de Yanqing, em Pequim. Gostaria que o Delegado confirmasse.

O SR. DELEGADO DA POLÍCIA FEDERAL - Obrigado, Sr. Presidente. Confirmo, Deputado. O escritório de Piracicaba foi objeto de inquérito da Polícia Federal, com busca e apreensão em maio deste ano. Ao final do inquérito, dois responsáveis foram indiciados por usurpação de função pública e coação no curso do processo. O material apreendido confirma a vinculação com aquela subdivisão de Pequim.

O SR. DEPUTADO (relator) - E em Ponta Grossa?

O SR. DELEGADO DA POLÍCIA FEDERAL - Em Ponta Grossa temos um segundo local, uma associação cultural, que segundo a nossa apuração respondia à polícia da cidade de Tongliao, na Mongólia Interior. Lá identificamos um caso concreto: um estudante chinês da universidade estadual foi chamado três vezes ao local e pressionado a voltar para a China. Ele voltou em dezembro. Os pais dele, na China, tinham sido visitados por policiais.

O SR. DEPUTADO (oposição) - E Guarapuava? Há notícias de um terceiro local lá.

O SR. DELEGADO DA POLÍCIA FEDERAL - Não temos conhecimento de nenhum escritório desse tipo em Guarapuava, Deputado. Verificamos a informação e não encontramos nada.

O SR. DEPUTADO (oposição) - Então quantos são, afinal, no Brasil?

O SR. DELEGADO DA POLÍCIA FEDERAL - Confirmados pela Polícia Federal, esses dois. 

O SR. DEPUTADO (oposição) - E se houver outros que vocês não encontraram? O Itamaraty não deveria chamar o embaixador?

O SR. DELEGADO DA POLÍCIA FEDERAL - Essa é uma decisão do Itamaraty, Deputado, não da Polícia Federal.

O SR. PRESIDENTE - Agradeço ao Delegado. Está encerrada a reunião.

(Encerra-se a reunião às 12h14.)"""

DOCS.append({"name": "051-pt-br-notas-taquigraficas-piracicaba-ponta-grossa-yanqing-tongliao.txt", "text": T051, "facts": [
    S("BR", "Piracicaba", "em Piracicaba funcionou, desde 2021, um escritório ligado à Subdivisão de Segurança Pública do distrito de Yanqing, em Pequim", operator="Yanqing", operator_alt=["Beijing"], claimant="press", date="2021", note="premise in the deputy's intervention, confirmed"),
    R("BR", "investigation", "O escritório de Piracicaba foi objeto de inquérito da Polícia Federal, com busca e apreensão em maio deste ano.", place="Piracicaba", date="2025-05"),
    R("BR", "arrest", "dois responsáveis foram indiciados por usurpação de função pública e coação no curso do processo", place="Piracicaba"),
    S("BR", "Ponta Grossa", "Em Ponta Grossa temos um segundo local, uma associação cultural, que segundo a nossa apuração respondia à polícia da cidade de Tongliao", operator="Tongliao", claimant="Polícia Federal"),
    I("BR", "persuasion", "um estudante chinês da universidade estadual foi chamado três vezes ao local e pressionado a voltar para a China. Ele voltou em dezembro.", place="Ponta Grossa", claimant="Polícia Federal"),
    I("BR", "harassment", "Os pais dele, na China, tinham sido visitados por policiais.", opt=True),
    S("BR", "Guarapuava", "Não temos conhecimento de nenhum escritório desse tipo em Guarapuava, Deputado.", claimant="Polícia Federal", pol="denied", opt=True),
    R("BR", "no_wrongdoing_found", "Verificamos a informação e não encontramos nada.", place="Guarapuava", opt=True),
    C("stations", 2, "BR", "Confirmados pela Polícia Federal, esses dois."),
]})

# ---------------------------------------------------------------- 052 irrelevant: experiment on the Chinese space station
T052 = """Experiência de universidade portuguesa vai voar para a estação espacial chinesa

Ensaio sobre crescimento de cristais foi um dos selecionados num concurso internacional. Lançamento previsto para 2026

Ciência · 22 de maio de 2025

Uma experiência desenvolvida por investigadores da Universidade de Aveiro foi selecionada para ser realizada a bordo da estação espacial chinesa Tiangong, anunciou a agência espacial portuguesa. O ensaio vai estudar o crescimento de cristais em microgravidade e deverá ser lançado no primeiro semestre de 2026.

A seleção resulta de um concurso aberto pela agência espacial tripulada da China a instituições de todo o mundo, ao abrigo de um acordo de cooperação com o Escritório das Nações Unidas para os Assuntos do Espaço Exterior. Das 102 candidaturas recebidas, de 53 países, foram escolhidas nove.

"É a primeira vez que uma equipa portuguesa terá uma experiência numa estação espacial que não a Estação Espacial Internacional", disse a coordenadora do projeto. A equipa, de seis investigadores, vai deslocar-se a Pequim no outono para testes de compatibilidade.

Os astronautas chineses a bordo da estação farão a montagem do módulo e acompanharão o ensaio durante cerca de três meses, após o que as amostras regressam à Terra na cápsula de retorno.

A embaixada da China em Lisboa saudou a escolha num comunicado, sublinhando "a cooperação científica cada vez mais estreita" entre os dois países.

Leia também: Estação de metro de Aveiro? Projeto volta à discussão na Câmara"""

DOCS.append({"name": "052-pt-ciencia-estacao-espacial-tiangong.txt", "text": T052, "facts": []})
