from h import S, C, R, I, A, D, W  # noqa: F401

DOCS = []

# 050 pt-BR radio transcript
DOCS.append(dict(name="050-pt-br-radio-anapolis-petrolina-shenmu-qinhuangdao.txt", text="""
Rádio Cerrado FM — programa "Conexão Goiás", edição de 9 de setembro de 2026 (transcrição)

[vinheta]

LOCUTOR: Boa tarde, Goiás! Hoje a gente fala de um assunto que apareceu na imprensa nacional: uma suposta "delegacia chinesa" aqui em Anápolis. Está com a gente uma pesquisadora de relações internacionais. Professora, o que é isso?

PESQUISADORA: Boa tarde. O que a reportagem mostrou é que uma associação de empresários chineses, no Distrito Agroindustrial, mantinha uma sala que funcionava como ponto de contato da polícia chinesa. Segundo os documentos, esse escritório prestava contas ao Departamento de Segurança Pública de Shenmu, uma cidade da província de Shaanxi.

LOCUTOR: E fazia o quê, exatamente?

PESQUISADORA: Tem o caso de um comerciante de Anápolis que recebeu várias ligações de lá, pedindo que ele voltasse para a China para "resolver uma pendência". Ele não foi. Depois disso, os pais dele, lá na China, receberam visita de policiais.

LOCUTOR: E é só aqui?

PESQUISADORA: Não. A mesma reportagem fala de outro ponto em Petrolina, em Pernambuco, que seria ligado à polícia de Qinhuangdao. No Brasil seriam pelo menos dois, então.

[intervalo comercial]

LOCUTOR: A Polícia Federal já se mexeu?

PESQUISADORA: A PF instaurou inquérito e cumpriu um mandado de busca na sede da associação em agosto. Ninguém foi preso até agora.

LOCUTOR: Um ouvinte pergunta pelo WhatsApp: e se fecharem, eles não abrem em outro lugar?

PESQUISADORA: Aí é difícil dizer.

LOCUTOR: A embaixada chinesa mandou nota?

PESQUISADORA: Mandou. Diz que são "centros de atendimento voluntário", que ajudam a renovar carteira de motorista chinesa, e que "não há nenhuma delegacia chinesa no Brasil".

[vinheta de encerramento]
""", facts=[
    S("BR", "Anápolis", "uma associação de empresários chineses, no Distrito Agroindustrial, mantinha uma sala que funcionava como ponto de contato da polícia chinesa", claimant="reportagem", place_alt="Anapolis"),
    S("BR", "Anápolis", "esse escritório prestava contas ao Departamento de Segurança Pública de Shenmu, uma cidade da província de Shaanxi", operator="Shenmu",
      operator_alt="Yulin", claimant="reportagem", place_alt="Anapolis"),
    I("BR", "persuasion", "um comerciante de Anápolis que recebeu várias ligações de lá, pedindo que ele voltasse para a China", place="Anápolis", claimant="reportagem"),
    I("BR", "harassment", "os pais dele, lá na China, receberam visita de policiais", opt=True),
    S("BR", "Petrolina", "outro ponto em Petrolina, em Pernambuco, que seria ligado à polícia de Qinhuangdao", operator="Qinhuangdao", claimant="reportagem"),
    C("stations", 2, "BR", "No Brasil seriam pelo menos dois, então.", claimant="reportagem"),
    R("BR", "investigation", "A PF instaurou inquérito e cumpriu um mandado de busca na sede da associação em agosto", place="Anápolis", date="2026-08"),
    R("BR", "arrest", "Ninguém foi preso até agora.", pol="denied", opt=True),
    D("CN", "são \"centros de atendimento voluntário\", que ajudam a renovar carteira de motorista chinesa, e que \"não há nenhuma delegacia chinesa no Brasil\"", claimant="embaixada chinesa"),
    S("BR", None, "\"não há nenhuma delegacia chinesa no Brasil\"", pol="denied", claimant="embaixada chinesa", opt=True),
]))

# 051 pt-PT live blog of a parliamentary hearing
DOCS.append(dict(name="051-pt-ao-minuto-audicao-abrantes-montijo-wuan-sanhe.txt", text="""
AO MINUTO | Ministra da Administração Interna ouvida no Parlamento sobre "esquadras" chinesas

Atualizado às 12:58

12:58 — Termina a audição. Obrigado por nos ter acompanhado.

12:41 — A ministra confirma que o embaixador da China foi convocado ao Palácio das Necessidades na semana passada "para prestar esclarecimentos".

12:25 — Sobre o Montijo, a ministra diz que a PSP visitou o espaço, um armazém de uma associação de comerciantes que a imprensa ligou ao Gabinete de Segurança Pública de Sanhe, e que "não foi detetada qualquer atividade ilícita".

12:10 — Deputado do Chega pergunta se "há mais". A ministra responde que as autoridades acompanham "dois espaços" no país: Abrantes e Montijo.

11:52 — A ministra explica que a Câmara Municipal de Abrantes ordenou o encerramento do espaço por falta de licença de utilização, depois de a PJ ter feito buscas no local em maio. Não houve detenções.

11:40 — Recorde-se: segundo uma investigação jornalística publicada em abril, a associação cultural de Abrantes funcionaria desde 2024 como antena do Gabinete de Segurança Pública de Wu'an, na província de Hebei. Um estudante do politécnico terá sido pressionado a regressar à China.

11:30 — Começa a audição na Comissão de Assuntos Constitucionais.

A Embaixada da China em Lisboa reagiu em comunicado: os espaços são "centros de apoio voluntário" para a renovação da carta de condução e "Portugal não acolhe nenhuma esquadra chinesa".
""", facts=[
    R("PT", "protest", "o embaixador da China foi convocado ao Palácio das Necessidades na semana passada"),
    S("PT", "Montijo", "um armazém de uma associação de comerciantes que a imprensa ligou ao Gabinete de Segurança Pública de Sanhe", operator="Sanhe",
      operator_alt="Langfang", claimant="imprensa"),
    R("PT", "no_wrongdoing_found", "\"não foi detetada qualquer atividade ilícita\"", place="Montijo", claimant="Ministra da Administração Interna"),
    C("stations", 2, "PT", "as autoridades acompanham \"dois espaços\" no país: Abrantes e Montijo", claimant="Ministra da Administração Interna"),
    S("PT", "Abrantes", "a associação cultural de Abrantes funcionaria desde 2024 como antena do Gabinete de Segurança Pública de Wu'an, na província de Hebei",
      operator="Wu'an", operator_alt="Handan", claimant="investigação jornalística", date="2024"),
    R("PT", "closure", "a Câmara Municipal de Abrantes ordenou o encerramento do espaço por falta de licença de utilização", place="Abrantes"),
    R("PT", "investigation", "depois de a PJ ter feito buscas no local em maio", place="Abrantes"),
    R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
    I("PT", "persuasion", "Um estudante do politécnico terá sido pressionado a regressar à China", place="Abrantes", claimant="investigação jornalística"),
    D("CN", "os espaços são \"centros de apoio voluntário\" para a renovação da carta de condução e \"Portugal não acolhe nenhuma esquadra chinesa\"", claimant="Embaixada da China em Lisboa"),
    S("PT", None, "\"Portugal não acolhe nenhuma esquadra chinesa\"", pol="denied", claimant="Embaixada da China em Lisboa", opt=True),
]))

# 052 pt irrelevant: Brazilian city news
DOCS.append(dict(name="052-pt-br-cidade-caruaru-posto-atendimento.txt", text="""
Caruaru | Cidade

Comunidade chinesa ganha posto de atendimento no Centro

Um posto de atendimento para imigrantes foi inaugurado nesta segunda-feira no Centro de Caruaru. O espaço, mantido pela prefeitura em parceria com a Associação dos Comerciantes Chineses do Agreste, vai ajudar cerca de 102 famílias a emitir CPF, regularizar documentos na Polícia Federal e trocar a carteira de motorista estrangeira.

Uma intérprete de mandarim atenderá às terças e quintas. A associação reúne 53 lojistas, a maioria na Feira da Sulanca. "Muita gente perdia dias na fila da delegacia", disse a secretária municipal de Assistência Social.

A Guarda Municipal também vai reforçar as rondas na região.
""", facts=[]))
