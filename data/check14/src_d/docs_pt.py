from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 046
T046 = """REPORTAGEM

A 'delegacia' que ninguém via na Serra Gaúcha

Polícia Federal investiga escritório que funcionaria como posto avançado da polícia chinesa em Caxias do Sul; um segundo ponto, em Blumenau, fechou as portas antes de ser alvo de buscas

CAXIAS DO SUL (RS)

O sobrado de dois andares na rua Sinimbu não chama a atenção. Na fachada, uma placa discreta anuncia serviços de tradução e despachante para a comunidade chinesa. Ali, segundo a Polícia Federal, funcionou desde o fim de 2020 um dos chamados "postos de serviço" que a polícia chinesa mantém no exterior.

A comunidade chinesa da cidade é pequena - cerca de 800 pessoas, quase todas ligadas ao comércio de importados e a restaurantes. "Todo mundo sabia que ali se resolvia a carteira de motorista chinesa, o passaporte, essas coisas", conta um comerciante que pediu para não ser identificado. "Ninguém imaginava que era polícia."

A PF instaurou inquérito em março para apurar a atuação do escritório. No dia 11 de abril, agentes cumpriram mandado de busca e apreensão no sobrado e recolheram computadores, carimbos e cadernos com nomes e telefones. Ninguém foi preso.

De acordo com documentos apreendidos, aos quais a reportagem teve acesso, o escritório respondia ao Departamento de Segurança Pública de Guanghan, cidade da província de Sichuan, no sudoeste da China, de onde vieram muitas das famílias que se instalaram na Serra nos anos 2000.

Pressão sobre uma estudante

O caso que levou a PF ao sobrado foi o de uma estudante chinesa de engenharia da Universidade de Caxias do Sul. Em depoimento, ela relatou ter sido chamada ao escritório três vezes no segundo semestre de 2022. Numa delas, um homem que se apresentou como "voluntário" teria dito que ela "devia voltar para casa" para responder por supostas dívidas da família. Ela não voltou. Dias depois, a avó da estudante, que vive em Sichuan, recebeu a visita de dois policiais.

Segundo a investigação, a estrutura gaúcha não estava sozinha. Um segundo posto teria funcionado em Blumenau (SC), nos fundos de uma loja de utilidades, ligado à polícia de Shifang, município vizinho de Guanghan. O ponto catarinense encerrou as atividades por conta própria no início de 2023, antes de a PF chegar até ele.

A ONG Safeguard Defenders, sediada em Madri, contabiliza 102 postos desse tipo em 53 países e afirma que pelo menos quatro deles estariam no Brasil. Em outros países, a reação foi mais dura: nos Estados Unidos, o FBI prendeu dois suspeitos em 2023.

O que dizem os envolvidos

O Itamaraty informou que "pediu esclarecimentos" à Embaixada da China em Brasília. Em nota, a embaixada afirmou que as acusações são "totalmente infundadas" e que os locais citados são apenas "pontos de atendimento" mantidos por voluntários para ajudar cidadãos chineses "durante a pandemia".

O presidente da associação sino-brasileira da Serra também nega. "Aqui nunca teve polícia chinesa. Tem gente ajudando gente."

A poucos quarteirões dali, na estação rodoviária, a Brigada Militar mantém um posto policial que, ironicamente, é frequentado por muitos dos comerciantes chineses da região - para registrar furtos.
"""
DOCS.append({"name": "046-pt-br-reportagem-caxias-do-sul-blumenau-guanghan.txt", "text": T046, "facts": [
    S("BR", "Caxias do Sul", "Ali, segundo a Polícia Federal, funcionou desde o fim de 2020 um dos chamados \"postos de serviço\" que a polícia chinesa mantém no exterior.", date="2020", claimant="Polícia Federal", note="site: rua Sinimbu; place from the dateline and 'Ali'"),
    S("BR", "Caxias do Sul", "De acordo com documentos apreendidos, aos quais a reportagem teve acesso, o escritório respondia ao Departamento de Segurança Pública de Guanghan, cidade da província de Sichuan, no sudoeste da China, de onde vieram muitas das famílias que se instalaram na Serra nos anos 2000.", operator="Guanghan", operator_alt=["Deyang"]),
    R("BR", "investigation", "A PF instaurou inquérito em março para apurar a atuação do escritório.", place="Caxias do Sul", date="2023-03"),
    R("BR", "investigation", "No dia 11 de abril, agentes cumpriram mandado de busca e apreensão no sobrado e recolheram computadores, carimbos e cadernos com nomes e telefones.", place="Caxias do Sul", date="2023-04-11"),
    R("BR", "arrest", "Ninguém foi preso.", pol="denied", opt=True),
    I("BR", "persuasion", "Numa delas, um homem que se apresentou como \"voluntário\" teria dito que ela \"devia voltar para casa\" para responder por supostas dívidas da família. Ela não voltou.", place="Caxias do Sul", date="2022"),
    I("BR", "harassment", "Dias depois, a avó da estudante, que vive em Sichuan, recebeu a visita de dois policiais.", opt=True, note="relative visited in China"),
    S("BR", "Blumenau", "Um segundo posto teria funcionado em Blumenau (SC), nos fundos de uma loja de utilidades, ligado à polícia de Shifang, município vizinho de Guanghan.", operator="Shifang", operator_alt=["Deyang"], claimant="Polícia Federal"),
    R("BR", "closure", "O ponto catarinense encerrou as atividades por conta própria no início de 2023, antes de a PF chegar até ele.", place="Blumenau", date="2023", opt=True, note="stopped by itself"),
    C("stations", 102, None, "A ONG Safeguard Defenders, sediada em Madri, contabiliza 102 postos desse tipo em 53 países e afirma que pelo menos quatro deles estariam no Brasil.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "A ONG Safeguard Defenders, sediada em Madri, contabiliza 102 postos desse tipo em 53 países e afirma que pelo menos quatro deles estariam no Brasil.", claimant="Safeguard Defenders"),
    C("stations", 4, "BR", "A ONG Safeguard Defenders, sediada em Madri, contabiliza 102 postos desse tipo em 53 países e afirma que pelo menos quatro deles estariam no Brasil.", claimant="Safeguard Defenders"),
    R("US", "arrest", "nos Estados Unidos, o FBI prendeu dois suspeitos em 2023.", date="2023"),
    S("US", None, "nos Estados Unidos, o FBI prendeu dois suspeitos em 2023.", opt=True),
    R("BR", "protest", "O Itamaraty informou que \"pediu esclarecimentos\" à Embaixada da China em Brasília.", opt=True, note="request for clarification, short of a summons"),
    D("CN", "Em nota, a embaixada afirmou que as acusações são \"totalmente infundadas\" e que os locais citados são apenas \"pontos de atendimento\" mantidos por voluntários para ajudar cidadãos chineses \"durante a pandemia\".", claimant="Chinese embassy in Brazil"),
    D("BR", "O presidente da associação sino-brasileira da Serra também nega. \"Aqui nunca teve polícia chinesa. Tem gente ajudando gente.\"", claimant="Sino-Brazilian association of the Serra", opt=True),
]})

# ---------------------------------------------------------------- 047
T047 = """PJ faz buscas em alegado posto de polícia chinesa em Sintra

Lisboa, 27 set 2023 (Lusa) - A Polícia Judiciária (PJ) realizou hoje buscas num espaço comercial em Sintra suspeito de funcionar como posto informal da polícia chinesa, no âmbito de um inquérito dirigido pelo Ministério Público, disse à agência Lusa fonte policial.

Segundo a mesma fonte, o espaço, situado numa loja de produtos asiáticos perto da estação de comboios da Portela de Sintra, estaria ligado ao Departamento de Segurança Pública de Meihekou, na província chinesa de Jilin, e terá começado a funcionar em 2021.

Não foram constituídos arguidos nem efetuadas detenções, acrescentou a fonte.

O inquérito foi aberto em junho, na sequência de uma queixa apresentada por um cozinheiro chinês de 41 anos, residente no concelho, que relatou ter sido pressionado por videochamada, durante semanas, para regressar à China, onde alegadamente é procurado por uma dívida. O homem recusou-se a partir e continua a trabalhar em Portugal.

Um segundo espaço, em Odivelas, "está a ser verificado", disse ainda a fonte, sem adiantar pormenores.

De acordo com a organização não-governamental Safeguard Defenders, existirão pelo menos 5 postos do género em Portugal, num total de 102 em todo o mundo. A ONG cita números oficiais chineses segundo os quais 230 mil cidadãos foram "persuadidos" a regressar à China entre abril de 2021 e julho de 2022.

O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa para pedir explicações, confirmou à Lusa fonte diplomática.

Contactada pela Lusa, a embaixada chinesa classificou as notícias como "infundadas" e garantiu que a China "respeita plenamente a soberania de Portugal".

ACL // SB

Lusa/Fim
"""
DOCS.append({"name": "047-pt-pt-lusa-sintra-odivelas-meihekou.txt", "text": T047, "facts": [
    S("PT", "Sintra", "Segundo a mesma fonte, o espaço, situado numa loja de produtos asiáticos perto da estação de comboios da Portela de Sintra, estaria ligado ao Departamento de Segurança Pública de Meihekou, na província chinesa de Jilin, e terá começado a funcionar em 2021.", operator="Meihekou", operator_alt=["Tonghua"], date="2021", claimant="police source", note="site: near Portela de Sintra railway station"),
    R("PT", "investigation", "A Polícia Judiciária (PJ) realizou hoje buscas num espaço comercial em Sintra suspeito de funcionar como posto informal da polícia chinesa, no âmbito de um inquérito dirigido pelo Ministério Público, disse à agência Lusa fonte policial.", place="Sintra", date="2023-09-27"),
    R("PT", "arrest", "Não foram constituídos arguidos nem efetuadas detenções, acrescentou a fonte.", pol="denied", opt=True),
    I("PT", "persuasion", "O inquérito foi aberto em junho, na sequência de uma queixa apresentada por um cozinheiro chinês de 41 anos, residente no concelho, que relatou ter sido pressionado por videochamada, durante semanas, para regressar à China, onde alegadamente é procurado por uma dívida. O homem recusou-se a partir e continua a trabalhar em Portugal.", place="Sintra"),
    S("PT", "Odivelas", "Um segundo espaço, em Odivelas, \"está a ser verificado\", disse ainda a fonte, sem adiantar pormenores.", claimant="police source", opt=True, note="only under checks"),
    C("stations", 5, "PT", "De acordo com a organização não-governamental Safeguard Defenders, existirão pelo menos 5 postos do género em Portugal, num total de 102 em todo o mundo.", claimant="Safeguard Defenders"),
    C("stations", 102, None, "De acordo com a organização não-governamental Safeguard Defenders, existirão pelo menos 5 postos do género em Portugal, num total de 102 em todo o mundo.", claimant="Safeguard Defenders"),
    C("returns", 230000, None, "A ONG cita números oficiais chineses segundo os quais 230 mil cidadãos foram \"persuadidos\" a regressar à China entre abril de 2021 e julho de 2022.", claimant="Safeguard Defenders"),
    I(None, "persuasion", "A ONG cita números oficiais chineses segundo os quais 230 mil cidadãos foram \"persuadidos\" a regressar à China entre abril de 2021 e julho de 2022.", opt=True, note="general figure, not a case"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa para pedir explicações, confirmou à Lusa fonte diplomática.", date="2023-09-26"),
    D("CN", "Contactada pela Lusa, a embaixada chinesa classificou as notícias como \"infundadas\" e garantiu que a China \"respeita plenamente a soberania de Portugal\".", claimant="Chinese embassy in Portugal"),
]})

# ---------------------------------------------------------------- 048
T048 = """OBSERVATÓRIO LUSÓFONO DE DIREITOS CÍVICOS          Relatório Anual 2023 | 22

4. A presença de "postos de serviço" da polícia chi-
nesa em Moçambique e Angola

4.1 Enquadramento

A existência de postos informais da polícia chinesa no es-
trangeiro foi revelada em 2022 pela ONG Safeguard Defenders,
que identificou 102 postos em 53 países. Nos países de lín-
gua portuguesa de África, o fenómeno permanecia até agora
por documentar.

Entre janeiro e agosto de 2023, a equipa do Observatório
identificou três postos em dois países - dois em Moçambique
e um em Angola -, cuja localização e bureau de origem cons-
tam do quadro 4. Um quarto posto, alegadamente no Huambo,
não pôde ser confirmado.

Quadro 4 - Postos identificados

País         Cidade     Bureau de origem (província)     Desde
-----------  ---------  -------------------------------  -----
Moçambique   Nampula    Suifenhe (Heilongjiang)          2020
Moçambique   Tete       Manzhouli (Mongólia Interior)    2021
Angola       Lobito     Hancheng (Shaanxi)               2019

                                                          | 23
4.2 Casos

Em Tete, um trabalhador chinês de uma empresa de minera-
ção, que tinha abandonado o emprego após um litígio sala-
rial, foi levado por três compatriotas ao aeroporto de Chin-
godzi em outubro de 2022 e embarcado num voo para a Chi-
na, contra a sua vontade, segundo dois colegas ouvidos pe-
lo Observatório.

No Lobito, uma comerciante chinesa que criticou nas redes
sociais a gestão da pandemia na China contou que os pais,
em Shaanxi, foram repetidamente visitados e intimidados por
agentes locais depois de ela se ter recusado a comparecer
no posto.

4.3 Reação das autoridades

Em Moçambique, o Serviço Nacional de Investigação Criminal
(SERNIC) abriu em março de 2023 uma investigação ao posto
de Nampula. Em Angola, pelo contrário, as autoridades não
abriram qualquer investigação; o Ministério do Interior
angolano afirmou "desconhecer" a existência de tais estru-
turas.

A Embaixada da China em Maputo rejeitou as conclusões do Ob-
servatório como "calúnias" e afirmou que os postos são
"centros de apoio" a cidadãos chineses geridos por asso-
ciações.

Recorde-se que Angola e a China assinaram em 2021 um acordo
de cooperação em matéria de segurança pública, que prevê
formação policial e troca de informações, mas não patru-
lhas conjuntas.
"""
DOCS.append({"name": "048-pt-relatorio-pdf-mocambique-angola-nampula-lobito-suifenhe.txt", "text": T048, "facts": [
    C("stations", 102, None, "A existência de postos informais da polícia chinesa no es- trangeiro foi revelada em 2022 pela ONG Safeguard Defenders, que identificou 102 postos em 53 países.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "A existência de postos informais da polícia chinesa no es- trangeiro foi revelada em 2022 pela ONG Safeguard Defenders, que identificou 102 postos em 53 países.", claimant="Safeguard Defenders"),
    C("stations", 3, None, "identificou três postos em dois países - dois em Moçambique e um em Angola -,", claimant="Observatório Lusófono de Direitos Cívicos", opt=True, note="regional"),
    C("countries", 2, None, "identificou três postos em dois países - dois em Moçambique e um em Angola -,", claimant="Observatório Lusófono de Direitos Cívicos", opt=True, note="regional"),
    C("stations", 2, "MZ", "identificou três postos em dois países - dois em Moçambique e um em Angola -,", claimant="Observatório Lusófono de Direitos Cívicos"),
    C("stations", 1, "AO", "identificou três postos em dois países - dois em Moçambique e um em Angola -,", claimant="Observatório Lusófono de Direitos Cívicos", opt=True, note="count of one"),
    S("AO", "Huambo", "Um quarto posto, alegadamente no Huambo, não pôde ser confirmado.", claimant="Observatório Lusófono de Direitos Cívicos", opt=True, note="unconfirmed"),
    S("MZ", "Nampula", "Moçambique   Nampula    Suifenhe (Heilongjiang)          2020", operator="Suifenhe", operator_alt=["Mudanjiang"], date="2020", claimant="Observatório Lusófono de Direitos Cívicos"),
    S("MZ", "Tete", "Moçambique   Tete       Manzhouli (Mongólia Interior)    2021", operator="Manzhouli", operator_alt=["Hulunbuir"], date="2021", claimant="Observatório Lusófono de Direitos Cívicos"),
    S("AO", "Lobito", "Angola       Lobito     Hancheng (Shaanxi)               2019", operator="Hancheng", operator_alt=["Weinan"], date="2019", claimant="Observatório Lusófono de Direitos Cívicos"),
    I("MZ", "forced_return", "Em Tete, um trabalhador chinês de uma empresa de minera- ção, que tinha abandonado o emprego após um litígio sala- rial, foi levado por três compatriotas ao aeroporto de Chin- godzi em outubro de 2022 e embarcado num voo para a Chi- na, contra a sua vontade, segundo dois colegas ouvidos pe- lo Observatório.", place="Tete", date="2022-10", claimant="Observatório Lusófono de Direitos Cívicos"),
    I("AO", "harassment", "No Lobito, uma comerciante chinesa que criticou nas redes sociais a gestão da pandemia na China contou que os pais, em Shaanxi, foram repetidamente visitados e intimidados por agentes locais depois de ela se ter recusado a comparecer no posto.", place="Lobito", claimant="Observatório Lusófono de Direitos Cívicos"),
    R("MZ", "investigation", "Em Moçambique, o Serviço Nacional de Investigação Criminal (SERNIC) abriu em março de 2023 uma investigação ao posto de Nampula.", place="Nampula", date="2023-03"),
    R("AO", "investigation", "Em Angola, pelo contrário, as autoridades não abriram qualquer investigação;", pol="denied"),
    D("AO", "o Ministério do Interior angolano afirmou \"desconhecer\" a existência de tais estru- turas.", claimant="Angolan Ministry of the Interior", opt=True),
    D("CN", "A Embaixada da China em Maputo rejeitou as conclusões do Ob- servatório como \"calúnias\" e afirmou que os postos são \"centros de apoio\" a cidadãos chineses geridos por asso- ciações.", claimant="Chinese embassy in Mozambique"),
    A("AO", "security_agreement", "Recorde-se que Angola e a China assinaram em 2021 um acordo de cooperação em matéria de segurança pública, que prevê formação policial e troca de informações, mas não patru- lhas conjuntas.", date="2021"),
    A("AO", "joint_patrol", "Recorde-se que Angola e a China assinaram em 2021 um acordo de cooperação em matéria de segurança pública, que prevê formação policial e troca de informações, mas não patru- lhas conjuntas.", pol="denied", opt=True, note="no joint patrols"),
]})

# ---------------------------------------------------------------- 049
T049 = """Justiça Federal torna réus dois chineses acusados de manter 'delegacia' clandestina em Uberlândia

MPF diz que imóvel no bairro Martins servia de posto da polícia chinesa; defesa nega

A Justiça Federal em Uberlândia (MG) aceitou nesta quinta-feira (16/11/2023) a denúncia do Ministério Público Federal contra dois cidadãos chineses, de 47 e 52 anos, acusados de manter na cidade do Triângulo Mineiro um posto clandestino a serviço da polícia da China. Com a decisão, os dois passam a responder a ação penal por usurpação de função pública e associação criminosa.

Segundo a denúncia, o posto funcionava desde 2021 numa sala comercial no bairro Martins e estava subordinado ao Departamento de Segurança Pública de Dunhuang, na província de Gansu. Os réus se apresentavam à comunidade como "representantes" da polícia chinesa e cobravam taxas por serviços como a renovação de documentos.

A Polícia Federal cumpriu mandado de busca na sala em maio. Por ordem judicial, o imóvel foi lacrado no mesmo dia.

O caso mais grave descrito pelo MPF é o de um ajudante de cozinha de 29 anos que, segundo a acusação, foi levado de carro pelos dois réus até o aeroporto de Guarulhos, em São Paulo, e embarcado num voo para Xangai em agosto de 2022. Ele teria sido procurado pela polícia de sua cidade natal por uma suposta fraude.

O advogado dos réus, em nota, afirma que "nunca existiu delegacia chinesa nenhuma" e que os clientes "apenas ajudavam conterrâneos com papelada". A Embaixada da China não respondeu aos pedidos de comentário.

Segundo o MPF, trata-se da primeira ação penal do gênero no país. Em depoimento, uma testemunha afirmou que ao menos outros 30 chineses da região procuraram a sala em dois anos.
"""
DOCS.append({"name": "049-pt-br-justica-federal-uberlandia-dunhuang.txt", "text": T049, "facts": [
    R("BR", "arrest", "A Justiça Federal em Uberlândia (MG) aceitou nesta quinta-feira (16/11/2023) a denúncia do Ministério Público Federal contra dois cidadãos chineses, de 47 e 52 anos, acusados de manter na cidade do Triângulo Mineiro um posto clandestino a serviço da polícia da China.", place="Uberlândia", date="2023-11-16", note="charges accepted, defendants"),
    S("BR", "Uberlândia", "A Justiça Federal em Uberlândia (MG) aceitou nesta quinta-feira (16/11/2023) a denúncia do Ministério Público Federal contra dois cidadãos chineses, de 47 e 52 anos, acusados de manter na cidade do Triângulo Mineiro um posto clandestino a serviço da polícia da China.", claimant="Ministério Público Federal"),
    S("BR", "Uberlândia", "Segundo a denúncia, o posto funcionava desde 2021 numa sala comercial no bairro Martins e estava subordinado ao Departamento de Segurança Pública de Dunhuang, na província de Gansu.", operator="Dunhuang", operator_alt=["Jiuquan"], date="2021", claimant="Ministério Público Federal", note="site: bairro Martins"),
    C("staff", 2, "BR", "A Justiça Federal em Uberlândia (MG) aceitou nesta quinta-feira (16/11/2023) a denúncia do Ministério Público Federal contra dois cidadãos chineses, de 47 e 52 anos, acusados de manter na cidade do Triângulo Mineiro um posto clandestino a serviço da polícia da China.", opt=True, note="defendants as staff"),
    R("BR", "investigation", "A Polícia Federal cumpriu mandado de busca na sala em maio.", place="Uberlândia", date="2023-05"),
    R("BR", "closure", "Por ordem judicial, o imóvel foi lacrado no mesmo dia.", place="Uberlândia", date="2023-05"),
    I("BR", "forced_return", "O caso mais grave descrito pelo MPF é o de um ajudante de cozinha de 29 anos que, segundo a acusação, foi levado de carro pelos dois réus até o aeroporto de Guarulhos, em São Paulo, e embarcado num voo para Xangai em agosto de 2022.", date="2022-08", claimant="Ministério Público Federal", place="Uberlândia"),
    D("BR", "O advogado dos réus, em nota, afirma que \"nunca existiu delegacia chinesa nenhuma\" e que os clientes \"apenas ajudavam conterrâneos com papelada\".", claimant="defence lawyer", opt=True),
]})

# ---------------------------------------------------------------- 050 (irrelevant)
T050 = """Programa Regressar: 102 emigrantes voltaram ao distrito de Leiria este ano

O número de emigrantes que regressaram a Portugal ao abrigo do Programa Regressar continua a crescer. Só no distrito, 102 famílias foram apoiadas desde janeiro, segundo dados divulgados ontem pelo Instituto do Emprego e Formação Profissional.

A maioria vem de França, da Suíça e do Luxemburgo, mas há também casos de regressos da China, onde vários engenheiros da região trabalhavam em fábricas de moldes. "Voltei porque a empresa fechou a unidade de Xangai", conta um técnico de 38 anos, que regressou em março.

O programa, que oferece apoio financeiro e comparticipação nas despesas de viagem, foi alvo de um acordo entre o Governo e as câmaras municipais para acelerar a integração dos emigrantes retornados. Cinquenta e três autarquias já aderiram.

Na cerimónia de apresentação dos dados, que decorreu junto à estação de comboios, o comandante distrital da PSP aproveitou para anunciar a reabertura da esquadra do centro histórico, encerrada desde 2020 para obras. "Teremos mais agentes na rua e patrulhamento conjunto com a Polícia Municipal aos fins de semana", disse.

Questionado sobre a investigação aberta no mês passado a um furto numa loja chinesa do centro, o comandante confirmou que dois suspeitos foram detidos e presentes a tribunal.
"""
DOCS.append({"name": "050-pt-pt-noticia-programa-regressar-leiria.txt", "text": T050, "facts": []})

# ---------------------------------------------------------------- 051 (irrelevant)
T051 = """Empresa chinesa vai construir nova estação de tratamento de água em Niterói

Acordo de R$ 350 milhões prevê ainda cooperação técnica com a província de Zhejiang

A Prefeitura de Niterói assinou nesta terça-feira um acordo com uma estatal chinesa para a construção de uma estação de tratamento de água (ETA) na Região Oceânica. A obra, orçada em R$ 350 milhões, deve beneficiar 53 bairros e gerar cerca de 1.200 empregos diretos.

O termo inclui um memorando de cooperação técnica com o governo da província de Zhejiang, que prevê o intercâmbio de engenheiros e a formação de 102 técnicos brasileiros na China.

A cerimônia, no Caminho Niemeyer, contou com a presença do cônsul-geral da China no Rio de Janeiro e de representantes da Polícia Militar, que reforçou o policiamento da área com duas viaturas e um posto móvel. O 12º BPM informou que nenhuma ocorrência foi registrada.

Vereadores da oposição pediram que o Tribunal de Contas do Estado abra uma investigação sobre a licitação. A Polícia Federal, por sua vez, não comentou a deportação, na semana passada, de dois técnicos estrangeiros de uma empresa concorrente, com vistos de turista vencidos.

A previsão é que a estação entre em operação em 2026.
"""
DOCS.append({"name": "051-pt-br-noticia-niteroi-estacao-tratamento-agua.txt", "text": T051, "facts": []})
