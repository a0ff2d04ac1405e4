"""check17 part D, Portuguese documents 046-051 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# ---------------------------------------------------------------- 046
T046 = """Sociedade | Justiça

PJ faz buscas em associação de Gaia suspeita de funcionar como "esquadra" chinesa

Lusa
12 fev 2024, 16:05 (atualizado às 19:30)

Partilhar: Facebook | X | WhatsApp | E-mail

[Foto] A sede da associação, numa rua do centro de Vila Nova de Gaia, esta segunda-feira. Foto: Lusa

A Polícia Judiciária realizou hoje buscas nas instalações de uma associação de comerciantes chineses em Vila Nova de Gaia, suspeita de funcionar como posto de polícia não declarado ao serviço das autoridades chinesas, disse à Lusa fonte policial.

Segundo a mesma fonte, o inquérito é dirigido pelo DIAP do Porto e investiga, entre outros, crimes de coação e de usurpação de funções. A sede estaria ligada, desde 2018, ao departamento de segurança pública do distrito de Jiangjin, no município de Chongqing, no sudoeste da China.

Não houve detenções.

Leia também: Embaixada da China nega existência de "esquadras" em Portugal

Um dos casos em análise envolve um cozinheiro que, depois de a polícia chinesa ter visitado repetidamente a casa da mãe, em Chongqing, acabou por regressar à China no verão de 2022, "pelos seus próprios meios", segundo a fonte.

A organização não-governamental Safeguard Defenders identificou em território português três destes postos, um dos quais em Gaia; a nível mundial, contabilizou 102, em 53 países.

Em reação, a embaixada da China em Lisboa afirmou que se trata de "pontos de apoio" geridos por voluntários, que ajudam cidadãos chineses a renovar a carta de condução, e rejeitou "veementemente" as acusações.

Subscreva a newsletter diária e receba as notícias mais importantes no seu e-mail.

Atualizado às 19:30: A Câmara Municipal de Vila Nova de Gaia anunciou ao fim da tarde que ordenou o encerramento do espaço, por falta de licença de utilização.

AXN // SF
Lusa/fim
"""
DOCS.append({"name": "046-pt-pt-lusa-vila-nova-de-gaia-jiangjin.txt", "text": T046, "facts": [
    S("PT", "Vila Nova de Gaia", "A Polícia Judiciária realizou hoje buscas nas instalações de uma associação de comerciantes chineses em Vila Nova de Gaia, suspeita de funcionar como posto de polícia não declarado ao serviço das autoridades chinesas",
      operator="Chongqing", operator_alt=["Jiangjin"], date="2018", note="operator in the next paragraph ('A sede estaria ligada, desde 2018, ao ... distrito de Jiangjin, no município de Chongqing'); district branch: city Chongqing, district as alt"),
    R("PT", "investigation", "A Polícia Judiciária realizou hoje buscas nas instalações de uma associação de comerciantes chineses em Vila Nova de Gaia", place="Vila Nova de Gaia", date="2024-02-12"),
    R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
    I("PT", "persuasion", "Um dos casos em análise envolve um cozinheiro que, depois de a polícia chinesa ter visitado repetidamente a casa da mãe, em Chongqing, acabou por regressar à China no verão de 2022, \"pelos seus próprios meios\"", date="2022"),
    I("PT", "harassment", "depois de a polícia chinesa ter visitado repetidamente a casa da mãe, em Chongqing", opt=True, note="pressure on a relative inside the persuasion case"),
    C("stations", 3, "PT", "identificou em território português três destes postos", claimant="Safeguard Defenders"),
    C("stations", 102, None, "a nível mundial, contabilizou 102, em 53 países", claimant="Safeguard Defenders"),
    C("countries", 53, None, "a nível mundial, contabilizou 102, em 53 países", claimant="Safeguard Defenders"),
    D("CN", "a embaixada da China em Lisboa afirmou que se trata de \"pontos de apoio\" geridos por voluntários, que ajudam cidadãos chineses a renovar a carta de condução, e rejeitou \"veementemente\" as acusações", claimant="Chinese Embassy in Lisbon"),
    R("PT", "closure", "A Câmara Municipal de Vila Nova de Gaia anunciou ao fim da tarde que ordenou o encerramento do espaço", place="Vila Nova de Gaia", date="2024-02-12", note="in the appended update"),
]})

# ---------------------------------------------------------------- 047
T047 = """Mundo › China

Entenda: o que são as 'delegacias' chinesas investigadas pela PF no Brasil

Polícia Federal apura dois endereços; embaixada nega. Veja perguntas e respostas

Por Redação — São Paulo
03/06/2024 05h00 · Atualizado há 2 dias

O que é uma 'delegacia chinesa' no exterior?

Segundo organizações de direitos humanos, são escritórios informais, em geral abrigados em associações, igrejas ou lojas, por meio dos quais órgãos de segurança pública de cidades e condados chineses acompanham a diáspora e, quando interessa, pressionam pessoas a voltar. Pequim diz que são apenas centros de serviço voluntários para renovar documentos, como a carteira de motorista.

Quantas existem?

A ONG Safeguard Defenders, com sede na Espanha, fala em mais de cem pelo mundo, em cerca de cinquenta países. No Brasil, a Polícia Federal apura a existência de dois pontos.

Continua após a publicidade

Onde ficam?

Em Campina Grande, na Paraíba, e em Jundiaí, no interior paulista. O de Campina Grande estaria vinculado à polícia do distrito de Wanzhou, em Chongqing; o de Jundiaí, ao Departamento de Segurança Pública de Changchun, capital da província de Jilin.

Alguém foi preso?

Não. A PF abriu inquérito em março sobre o endereço de Campina Grande, mas ninguém foi indiciado até agora. Sobre Jundiaí, a corporação informou que ainda não há investigação formal, apenas "levantamento de informações".

Há relatos de pressão?

Poucos vieram a público. Um comerciante de Jundiaí contou à reportagem ter recebido, ao longo de 2023, ligações insistentes de um homem que se apresentava como policial chinês e pedia que ele "resolvesse pendências" na China. Ele não voltou.

E se eu receber uma ligação assim?

A orientação de advogados ouvidos pela reportagem é registrar um boletim de ocorrência e guardar as mensagens. Quem se sentir ameaçado pode procurar a própria PF.

O que diz a embaixada?

Em nota, a embaixada da China em Brasília afirmou que "não existe nenhuma delegacia de polícia chinesa no Brasil" e classificou as informações como "pura invenção".

Leia mais: Itamaraty diz acompanhar o caso 'com atenção'
"""
DOCS.append({"name": "047-pt-br-perguntas-respostas-campina-grande-jundiai-wanzhou-changchun.txt", "text": T047, "facts": [
    D("CN", "Pequim diz que são apenas centros de serviço voluntários para renovar documentos, como a carteira de motorista.", claimant="PRC government", note="general explanation in the explainer"),
    C("stations", 100, None, "fala em mais de cem pelo mundo", claimant="Safeguard Defenders", opt=True, note="approximation"),
    C("countries", 50, None, "em cerca de cinquenta países", claimant="Safeguard Defenders", opt=True, note="approximation of 53"),
    C("stations", 2, "BR", "No Brasil, a Polícia Federal apura a existência de dois pontos.", claimant="Polícia Federal"),
    S("BR", "Campina Grande", "Em Campina Grande, na Paraíba, e em Jundiaí, no interior paulista. O de Campina Grande estaria vinculado à polícia do distrito de Wanzhou, em Chongqing",
      operator="Chongqing", operator_alt=["Wanzhou"], note="district branch: city Chongqing, district as alt"),
    S("BR", "Jundiaí", "Em Campina Grande, na Paraíba, e em Jundiaí, no interior paulista. O de Campina Grande estaria vinculado à polícia do distrito de Wanzhou, em Chongqing; o de Jundiaí, ao Departamento de Segurança Pública de Changchun",
      operator="Changchun"),
    R("BR", "investigation", "A PF abriu inquérito em março sobre o endereço de Campina Grande", place="Campina Grande", date="2024-03"),
    R("BR", "arrest", "Alguém foi preso?\n\nNão.", pol="denied", opt=True),
    R("BR", "investigation", "Sobre Jundiaí, a corporação informou que ainda não há investigação formal", place="Jundiaí", pol="denied", claimant="Polícia Federal"),
    I("BR", "persuasion", "Um comerciante de Jundiaí contou à reportagem ter recebido, ao longo de 2023, ligações insistentes de um homem que se apresentava como policial chinês e pedia que ele \"resolvesse pendências\" na China. Ele não voltou.", place="Jundiaí", date="2023", note="pressed to return, stayed"),
    S("BR", None, "\"não existe nenhuma delegacia de polícia chinesa no Brasil\"", pol="denied", claimant="Chinese Embassy in Brasília", opt=True),
]})

# ---------------------------------------------------------------- 048
T048 = """Checagem

É enganoso que polícia chinesa tenha prendido brasileiro em 'delegacia secreta' de Novo Hamburgo

Vídeo com mais de 1 milhão de visualizações mistura investigação real da PF com imagens antigas de outra prisão

Por equipe de checagem
22/04/2024 - 17:40

Conteúdo verificado: vídeo publicado no TikTok e replicado no WhatsApp afirma que "a polícia da China prendeu um brasileiro dentro de uma delegacia secreta em Novo Hamburgo" e que "já existem 300 delegacias chinesas no Brasil".

CLASSIFICAÇÃO: ENGANOSO

Existe, de fato, uma investigação. Em janeiro, a Polícia Federal cumpriu um mandado de busca e apreensão em uma associação cultural no centro de Novo Hamburgo (RS), suspeita de atuar como posto informal da polícia chinesa. Segundo documentos do inquérito obtidos pela reportagem, o local seria ligado ao Escritório de Segurança Pública de Liaoyuan, cidade da província de Jilin, no nordeste da China.

A PF também apura relatos de que frequentadores da associação eram fotografados durante reuniões e de que as imagens eram enviadas para a China.

Mas ninguém foi preso na operação – muito menos um brasileiro. O homem que aparece algemado no vídeo é um suspeito de roubo detido pela Brigada Militar em 2021, em outra cidade gaúcha; as imagens foram tiradas de contexto.

Também não há base para o número de 300 delegacias. O levantamento mais citado, da ONG Safeguard Defenders, contabilizou 102 em 53 países. No Brasil, o relatório mencionava apenas uma.

Procurada, a embaixada chinesa afirmou que a associação "é uma entidade cultural sem qualquer ligação com órgãos de segurança" e que as acusações são "infundadas".

Como verificamos: consultamos a Polícia Federal, a Brigada Militar, a embaixada da China e o relatório da Safeguard Defenders, e fizemos busca reversa das imagens do vídeo.

Este conteúdo integra o programa de combate à desinformação. Envie sugestões de checagem pelo nosso WhatsApp.
"""
DOCS.append({"name": "048-pt-br-checagem-novo-hamburgo-liaoyuan.txt", "text": T048, "facts": [
    S("BR", "Novo Hamburgo", "Em janeiro, a Polícia Federal cumpriu um mandado de busca e apreensão em uma associação cultural no centro de Novo Hamburgo (RS), suspeita de atuar como posto informal da polícia chinesa. Segundo documentos do inquérito obtidos pela reportagem, o local seria ligado ao Escritório de Segurança Pública de Liaoyuan",
      operator="Liaoyuan", claimant="Polícia Federal"),
    R("BR", "investigation", "Em janeiro, a Polícia Federal cumpriu um mandado de busca e apreensão em uma associação cultural no centro de Novo Hamburgo (RS)", place="Novo Hamburgo", date="2024-01"),
    I("BR", "surveillance", "A PF também apura relatos de que frequentadores da associação eram fotografados durante reuniões e de que as imagens eram enviadas para a China.", place="Novo Hamburgo", claimant="Polícia Federal"),
    R("BR", "arrest", "Mas ninguém foi preso na operação – muito menos um brasileiro.", pol="denied", opt=True),
    C("stations", 300, "BR", "\"já existem 300 delegacias chinesas no Brasil\"", claimant="viral video", opt=True, note="claim rated misleading"),
    C("stations", 102, None, "da ONG Safeguard Defenders, contabilizou 102 em 53 países", claimant="Safeguard Defenders"),
    C("countries", 53, None, "da ONG Safeguard Defenders, contabilizou 102 em 53 países", claimant="Safeguard Defenders"),
    C("stations", 1, "BR", "No Brasil, o relatório mencionava apenas uma.", claimant="Safeguard Defenders", opt=True, note="count of one"),
    D("CN", "a embaixada chinesa afirmou que a associação \"é uma entidade cultural sem qualquer ligação com órgãos de segurança\" e que as acusações são \"infundadas\"", claimant="Chinese Embassy in Brazil"),
]})

# ---------------------------------------------------------------- 049
B049 = """Rede Lusófona de Direitos na Diáspora | Longe de casa, sob vigilância — Relatório 2024

3.2 Angola e Moçambique

Entre outubro de 2022 e dezembro de 2023 identificámos cinco estruturas nos dois países, das quais quatro puderam ser confirmadas por pelo menos duas fontes independentes¹. Angola acolhe duas: uma na cidade do Uíge e outra em Saurimo, capital da Lunda Sul. Em Moçambique confirmámos igualmente duas, em Inhambane e em Xai-Xai; uma quinta, referida por um antigo funcionário em Nacala, não pôde ser verificada.

Como noutros países, estes postos apresentam-se como centros de apoio aos emigrantes e prestam serviços consulares informais: renovação de cartas de condução, certidões, procurações. Servem também, segundo os testemunhos que recolhemos, para manter registos de quem chega e de quem parte.

Quadro 4. Estruturas identificadas em Angola e Moçambique

  Local      | País       | Serviço de segurança pública (declarado) | Desde | Situação
  Uíge       | Angola     | Tianshui (Gansu)                         | 2019  | ativa
  Saurimo    | Angola     | Qingyang (Gansu)                         | 2020  | inativa
  Inhambane  | Moçambique | condado de Yunyang (Chongqing)           | 2019  | ativa
  Xai-Xai    | Moçambique | não identificado                         | 2021  | ativa
  Nacala     | Moçambique | —                                        | —     | não confirmada

Em março de 2022, um comerciante de materiais de construção residente no Uíge foi conduzido por dois compatriotas ao aeroporto de Luanda e embarcado num voo com destino à China, sem que a família tivesse sido avisada². Em Inhambane, membros de uma pequena igreja protestante chinesa relataram ter sido fotografados à saída do culto, em diversas ocasiões, por um homem que frequentava o posto³.

O Serviço de Investigação Criminal angolano abriu em 2023 um processo de averiguação sobre o posto do Uíge, cujo desfecho desconhecemos. Do lado moçambicano, o SERNIC declarou-nos não ter recebido qualquer denúncia e, por isso, não ter instaurado qualquer processo⁴.

¹ Entrevistas realizadas em Luanda, Uíge, Maputo e Inhambane.

² Testemunho da irmã, recolhido em maio de 2023.

³ Três testemunhos concordantes.

⁴ Resposta escrita do SERNIC, janeiro de 2024.

— 14 —
"""
T049 = wrap(B049, width=78)
DOCS.append({"name": "049-pt-relatorio-ong-uige-saurimo-inhambane-tianshui-qingyang-yunyang.txt", "text": T049, "facts": [
    C("stations", 5, None, "identificámos cinco estruturas nos dois países", claimant="Rede Lusófona de Direitos na Diáspora", opt=True, note="regional count over AO and MZ"),
    C("stations", 4, None, "das quais quatro puderam ser confirmadas", claimant="Rede Lusófona de Direitos na Diáspora", opt=True, note="derived count"),
    C("stations", 2, "AO", "Angola acolhe duas", claimant="Rede Lusófona de Direitos na Diáspora"),
    C("stations", 2, "MZ", "Em Moçambique confirmámos igualmente duas", claimant="Rede Lusófona de Direitos na Diáspora"),
    S("AO", "Uíge", "Uíge       | Angola     | Tianshui (Gansu)                         | 2019  | ativa", operator="Tianshui", date="2019", claimant="Rede Lusófona de Direitos na Diáspora", note="operator only in the table"),
    S("AO", "Saurimo", "Saurimo    | Angola     | Qingyang (Gansu)                         | 2020  | inativa", operator="Qingyang", date="2020", claimant="Rede Lusófona de Direitos na Diáspora"),
    S("MZ", "Inhambane", "Inhambane  | Moçambique | condado de Yunyang (Chongqing)           | 2019  | ativa", operator="Yunyang", operator_alt=["Chongqing"], date="2019", claimant="Rede Lusófona de Direitos na Diáspora", note="county under Chongqing"),
    S("MZ", "Xai-Xai", "Em Moçambique confirmámos igualmente duas, em Inhambane e em Xai-Xai", claimant="Rede Lusófona de Direitos na Diáspora", date="2021"),
    S("MZ", "Nacala", "uma quinta, referida por um antigo funcionário em Nacala, não pôde ser verificada", claimant="Rede Lusófona de Direitos na Diáspora", opt=True, note="unverified"),
    I("AO", "forced_return", "um comerciante de materiais de construção residente no Uíge foi conduzido por dois compatriotas ao aeroporto de Luanda e embarcado num voo com destino à China", place="Uíge", date="2022-03", claimant="Rede Lusófona de Direitos na Diáspora"),
    I("MZ", "surveillance", "Em Inhambane, membros de uma pequena igreja protestante chinesa relataram ter sido fotografados à saída do culto", place="Inhambane", claimant="Rede Lusófona de Direitos na Diáspora"),
    R("AO", "investigation", "O Serviço de Investigação Criminal angolano abriu em 2023 um processo de averiguação sobre o posto do Uíge", place="Uíge", date="2023"),
    R("MZ", "investigation", "o SERNIC declarou-nos não ter recebido qualquer denúncia e, por isso, não ter instaurado qualquer processo", pol="denied", claimant="SERNIC"),
]})

# ---------------------------------------------------------------- 050
T050 = """MINISTÉRIO PÚBLICO — PORTUGAL
Procuradoria da República da Comarca de Faro

NOTA PARA A COMUNICAÇÃO SOCIAL

Acusação — Olhão — Coação agravada e usurpação de funções

O Ministério Público deduziu acusação, em processo comum com intervenção de tribunal coletivo, contra três arguidos, dois de nacionalidade chinesa e um de nacionalidade portuguesa, imputando-lhes a prática de crimes de coação agravada, usurpação de funções e falsificação de documento.

Segundo a acusação, entre 2019 e 2023 os arguidos mantiveram em funcionamento, num armazém situado em Olhão, um denominado «centro de atendimento» que, sob a aparência de prestar apoio administrativo à comunidade chinesa, atuava em articulação com o Departamento de Segurança Pública da cidade de Baicheng, província de Jilin, República Popular da China.

No âmbito dessa atividade, os arguidos terão pressionado dois cidadãos chineses residentes no Algarve a regressar à China, ameaçando-os com consequências para os respetivos familiares naquele país. Um deles acabou por regressar, em agosto de 2022.

O inquérito teve origem numa denúncia anónima e foi dirigido pelo Ministério Público com a coadjuvação da Polícia Judiciária, tendo incluído buscas domiciliárias e não domiciliárias realizadas em março de 2023.

Por despacho do juiz de instrução, foi determinado o encerramento do espaço como medida cautelar. Dois dos arguidos aguardam julgamento sujeitos a prisão preventiva; o terceiro está sujeito a termo de identidade e residência.

No mesmo inquérito foi investigado um segundo local, na Figueira da Foz, relativamente ao qual foi proferido despacho de arquivamento, por não terem sido recolhidos indícios suficientes da prática de crime.

Em interrogatório, os arguidos alegaram tratar-se de um mero serviço de apoio à renovação de cartas de condução chinesas.

Faro, 5 de junho de 2024
A presente nota não dispensa a consulta das peças processuais. Não serão prestados esclarecimentos adicionais.
"""
DOCS.append({"name": "050-pt-pt-nota-ministerio-publico-olhao-baicheng.txt", "text": T050, "facts": [
    S("PT", "Olhão", "entre 2019 e 2023 os arguidos mantiveram em funcionamento, num armazém situado em Olhão, um denominado «centro de atendimento» que, sob a aparência de prestar apoio administrativo à comunidade chinesa, atuava em articulação com o Departamento de Segurança Pública da cidade de Baicheng",
      operator="Baicheng", date="2019", claimant="Ministério Público"),
    R("PT", "arrest", "O Ministério Público deduziu acusação, em processo comum com intervenção de tribunal coletivo, contra três arguidos", place="Olhão", date="2024-06-05"),
    I("PT", "persuasion", "os arguidos terão pressionado dois cidadãos chineses residentes no Algarve a regressar à China, ameaçando-os com consequências para os respetivos familiares naquele país. Um deles acabou por regressar, em agosto de 2022.", claimant="Ministério Público", date="2022-08"),
    I("PT", "harassment", "ameaçando-os com consequências para os respetivos familiares naquele país", claimant="Ministério Público", opt=True, note="threats against relatives inside the persuasion case"),
    C("returns", 1, "PT", "Um deles acabou por regressar, em agosto de 2022.", claimant="Ministério Público", opt=True, note="count of one"),
    R("PT", "investigation", "O inquérito teve origem numa denúncia anónima e foi dirigido pelo Ministério Público com a coadjuvação da Polícia Judiciária, tendo incluído buscas domiciliárias e não domiciliárias realizadas em março de 2023.", date="2023-03"),
    R("PT", "closure", "Por despacho do juiz de instrução, foi determinado o encerramento do espaço como medida cautelar.", place="Olhão"),
    S("PT", "Figueira da Foz", "No mesmo inquérito foi investigado um segundo local, na Figueira da Foz", claimant="Ministério Público", opt=True, note="investigated, case archived"),
    R("PT", "no_wrongdoing_found", "relativamente ao qual foi proferido despacho de arquivamento, por não terem sido recolhidos indícios suficientes da prática de crime", place="Figueira da Foz"),
    D("PT", "Em interrogatório, os arguidos alegaram tratar-se de um mero serviço de apoio à renovação de cartas de condução chinesas.", claimant="defendants", opt=True, note="defendants' denial by explanation (defendants of both nationalities)"),
    D("CN", "Em interrogatório, os arguidos alegaram tratar-se de um mero serviço de apoio à renovação de cartas de condução chinesas.", claimant="defendants", opt=True, note="same denial, read as by the Chinese defendants"),
]})

# ---------------------------------------------------------------- 051 (irrelevant)
T051 = """Cidades › Vale do Itajaí

Festa da Lua reúne comunidade chinesa em Itajaí; PM reforça policiamento com base móvel

Evento no Centreventos teve danças, culinária e oficina sobre documentos; consulado participou da abertura

Por Redação NSC — Itajaí
16/09/2024 07h45

A comunidade chinesa de Itajaí celebrou no fim de semana a tradicional Festa do Meio do Outono, a Festa da Lua, com apresentações de dança do leão, barracas de comida e uma oficina sobre regularização de documentos. A organização estima que 4 mil pessoas passaram pelo Centreventos nos dois dias.

A Polícia Militar instalou uma base comunitária móvel na entrada do evento e montou um esquema de patrulhamento conjunto com a Guarda Municipal. Segundo o comandante do batalhão, 102 policiais e 53 viaturas foram empregados no fim de semana na região, que também recebeu jogos do campeonato estadual.

Leia também: Porto de Itajaí recebe primeiro navio de carga vindo de Xangai em 2024

Na oficina de documentos, voluntários da Associação Cultural Sino-Brasileira explicaram como trocar a carteira de motorista chinesa pela brasileira no Detran e como renovar o passaporte junto ao consulado-geral da China em São Paulo, cujo cônsul participou da abertura.

Um turista chinês que perdeu o celular no sábado teve o aparelho devolvido horas depois por um policial, que o encontrou perto da delegacia de turismo.

A associação, que funciona há oito anos, planeja um convênio com a prefeitura para oferecer aulas de mandarim em escolas municipais.

Receba as notícias de Santa Catarina no seu WhatsApp
"""
DOCS.append({"name": "051-pt-br-local-festa-da-lua-itajai.txt", "text": T051, "facts": []})
