"""check21 part A, Portuguese documents 024-026."""

from h import S, C, R, I, A, D, wrap_hy

SD = "Safeguard Defenders"

# ---------------------------------------------------------------------------------------------
T024 = """Este site utiliza cookies. Ao continuar a navegar está a concordar com a sua utilização. [Aceitar]

PAÍS › NORTE

PJ faz buscas em "esquadra" chinesa em Vila do Conde. MNE convoca embaixador

Por um jornalista, com Lusa · 3 de junho de 2025, 12:20 · Atualizado às 20:45
Partilhar: Facebook | X | WhatsApp | E-mail

A Polícia Judiciária (PJ) realizou na segunda-feira buscas num escritório em Vila do Conde que,
segundo fonte da investigação, funcionava como uma "esquadra" informal da polícia chinesa. O
Ministério Público abriu um inquérito. Não houve detenções.

O escritório, num rés-do-chão perto do mercado municipal, anunciava-se como "Centro de Apoio à
Comunidade Chinesa do Norte". Segundo vizinhos, era frequentado sobretudo ao fim de semana.

Vila do Conde tem uma comunidade chinesa pequena mas antiga, ligada ao comércio de vestuário e
à restauração. Nos últimos anos, chegaram também trabalhadores para as fábricas de conservas e
para a construção naval.

(Foto: O centro, perto do mercado municipal de Vila do Conde. Créditos: DR)

Documentos apreendidos indicam, de acordo com a mesma fonte, que o centro reportava ao
Departamento de Segurança Pública da cidade de Yushu, na província de Qinghai, que lhe enviava
instruções através de uma aplicação de mensagens.

Um cozinheiro chinês de um restaurante da Póvoa terá sido pressionado várias vezes no centro a
regressar à China para "resolver um assunto de família". Recusou e continua a trabalhar em
Portugal.

LEIA TAMBÉM: Festas de São João: Vila do Conde prepara cortejo histórico

O Ministério dos Negócios Estrangeiros convocou o embaixador da China para prestar
esclarecimentos, confirmou à Lusa fonte diplomática.

A organização Safeguard Defenders, com sede em Madrid, identificou cento e duas estruturas
deste tipo em cinquenta e três países. Em Portugal, segundo a ONG, haveria pelo menos quatro.
Uma delas estaria em Fafe, no distrito de Braga, e estaria ligada à polícia do condado de
Guide, na província de Qinghai.

A embaixada da China em Lisboa negou as acusações, afirmando que o centro é gerido por
voluntários que ajudam os compatriotas a renovar a carta de condução.

ATUALIZAÇÃO 20:45 — A GNR informou que verificou o espaço de Fafe e que "não foram detetados
indícios de crime".
"""

F024 = [
    R("PT", "investigation", "A Polícia Judiciária (PJ) realizou na segunda-feira buscas num escritório em Vila do Conde",
      place="Vila do Conde", date="2025-06-02"),
    S("PT", "Vila do Conde", "buscas num escritório em Vila do Conde que, segundo fonte da investigação, funcionava como uma \"esquadra\" informal da polícia chinesa",
      claimant="investigation source"),
    R("PT", "investigation", "O Ministério Público abriu um inquérito.", place="Vila do Conde"),
    R("PT", "arrest", "Não houve detenções.", pol="denied", opt=True),
    S("PT", "Vila do Conde", "o centro reportava ao Departamento de Segurança Pública da cidade de Yushu",
      operator="Yushu", claimant="investigation source"),
    I("PT", "persuasion", "terá sido pressionado várias vezes no centro a regressar à China", place="Vila do Conde",
      note="refused, still in Portugal"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou o embaixador da China"),
    C("stations", 102, None, "identificou cento e duas estruturas deste tipo em cinquenta e três países", claimant=SD),
    C("countries", 53, None, "identificou cento e duas estruturas deste tipo em cinquenta e três países", claimant=SD),
    C("stations", 4, "PT", "Em Portugal, segundo a ONG, haveria pelo menos quatro.", claimant=SD),
    S("PT", "Fafe", "Uma delas estaria em Fafe, no distrito de Braga, e estaria ligada à polícia do condado de Guide",
      operator="Guide", operator_alt=["Hainan"], claimant=SD),
    D("CN", "o centro é gerido por voluntários que ajudam os compatriotas a renovar a carta de condução",
      claimant="PRC Embassy in Portugal"),
    R("PT", "no_wrongdoing_found", "verificou o espaço de Fafe e que \"não foram detetados indícios de crime\"",
      place="Fafe", claimant="GNR"),
]

# ---------------------------------------------------------------------------------------------
T025 = """ENTENDA | O que se sabe sobre as supostas "delegacias chinesas" na Bahia

Portal Recôncavo · Explicador · 19/08/2025 · 7 min de leitura
Receba nossas notícias no WhatsApp. Clique aqui.

Desde que a Polícia Federal fez buscas em Feira de Santana, no início de agosto, leitores nos
perguntam: existem delegacias da polícia chinesa no Brasil? Quem as comanda? O que dizem as
autoridades? Reunimos o que se sabe em perguntas e respostas.

1. O que aconteceu em Feira de Santana?

No dia 5 de agosto, agentes da Polícia Federal cumpriram um mandado de busca e apreensão numa
sala comercial do centro da cidade, onde funcionava a "Associação de Amizade Sino-Baiana". A PF
instaurou inquérito para apurar se o local atuava como posto não declarado de uma polícia
estrangeira. Ninguém foi preso.

2. Há casos concretos de pessoas afetadas?

Segundo a PF, um comerciante chinês que vendia eletrônicos na cidade teria sido fotografado em
um culto evangélico, e as imagens teriam sido enviadas a parentes dele na China. Ele continua
morando em Feira de Santana.

3. E em Vitória da Conquista?

Reportagens locais apontam a existência de um segundo ponto em Vitória da Conquista. Procurada,
a Polícia Civil da Bahia disse que "não identificou qualquer estrutura desse tipo" na cidade.

4. Quantos desses postos existem?

A ONG Safeguard Defenders listou mais de cem no mundo. No Brasil, foram apontados três, em
outros estados. Nenhum deles na Bahia.

5. Para que servem, em geral?

De acordo com relatórios de organizações de direitos humanos, esses postos podem ser usados para
monitorar dissidentes e pressionar pessoas a voltar à China. Atenção: trata-se de uma
descrição geral, não de um caso registrado na Bahia.

6. O que diz a China?

O consulado-geral da China em São Paulo afirmou que a associação de Feira de Santana é "uma
entidade voluntária" que ajuda imigrantes com a tradução de documentos e a carteira de
motorista, e que "não existem delegacias chinesas no Brasil".

7. O que pode acontecer agora?

Se o inquérito comprovar as suspeitas, os responsáveis podem ser indiciados. Mas isso, por
ora, é só uma hipótese.

Este explicador será atualizado conforme novas informações.
"""

F025 = [
    R("BR", "investigation", "agentes da Polícia Federal cumpriram um mandado de busca e apreensão numa sala comercial do centro da cidade",
      place="Feira de Santana", date="2025-08-05"),
    R("BR", "investigation", "A PF instaurou inquérito para apurar se o local atuava como posto não declarado de uma polícia estrangeira",
      place="Feira de Santana"),
    S("BR", "Feira de Santana", "A PF instaurou inquérito para apurar se o local atuava como posto não declarado de uma polícia estrangeira",
      claimant="Polícia Federal"),
    R("BR", "arrest", "Ninguém foi preso.", pol="denied", opt=True),
    I("BR", "surveillance", "teria sido fotografado em um culto evangélico, e as imagens teriam sido enviadas a parentes dele na China",
      place="Feira de Santana", claimant="Polícia Federal"),
    S("BR", "Vitória da Conquista", "Reportagens locais apontam a existência de um segundo ponto em Vitória da Conquista.",
      claimant="local reports"),
    S("BR", "Vitória da Conquista", "a Polícia Civil da Bahia disse que \"não identificou qualquer estrutura desse tipo\" na cidade",
      pol="denied", opt=True, claimant="Polícia Civil da Bahia"),
    C("stations", 100, None, "A ONG Safeguard Defenders listou mais de cem no mundo.", claimant=SD, opt=True),
    C("stations", 3, "BR", "No Brasil, foram apontados três", claimant=SD),
    D("CN", "a associação de Feira de Santana é \"uma entidade voluntária\"", claimant="PRC Consulate General in São Paulo",
      note="translations and driving licences"),
    S("BR", None, "\"não existem delegacias chinesas no Brasil\"", pol="denied", opt=True,
      claimant="PRC Consulate General in São Paulo"),
]

# ---------------------------------------------------------------------------------------------
T026 = """RÁDIO ATLÂNTICO ÁFRICA — "Jornal da Tarde", edição de 24 de outubro de 2025
Transcrição (excerto). Alguns trechos em crioulo foram traduzidos pela redação.

[Indicativo musical]

APRESENTADOR: Boa tarde. Começamos na Guiné-Bissau, onde a Polícia Judiciária confirmou ter
aberto uma investigação a um escritório em Bafatá que, segundo denúncias, funcionaria como
posto da polícia chinesa. Temos em linha a nossa correspondente em Bissau. Boa tarde.

CORRESPONDENTE: Boa tarde. Sim, a Polícia Judiciária esteve no local na quarta-feira, fez
buscas e levou computadores e cadernos. O escritório fica por cima de uma loja de material
de construção, perto do mercado de Bafatá, e tem uma placa a dizer "Gabinete de Apoio aos
Cidadãos Chineses".

APRESENTADOR: Quem denunciou?

CORRESPONDENTE: Trabalhadores chineses de uma empresa de estradas. Um deles contou-me que um
colega foi levado em agosto, de carro, até ao aeroporto de Bissau e posto num avião para a
China, contra a vontade. Disse que o colega tinha uma dívida com a empresa e que "o gabinete
tratou de tudo".

APRESENTADOR: E há mais escritórios destes no país?

CORRESPONDENTE: Fala-se de um segundo, em Gabú, mas ninguém aqui o conseguiu localizar. A
polícia de Gabú diz que não tem conhecimento de nada do género.

APRESENTADOR: A embaixada da China já reagiu?

CORRESPONDENTE: Reagiu. Num comunicado, diz que são "rumores sem fundamento" e que o gabinete de
Bafatá é de voluntários que ajudam com passaportes e cartas de condução.

APRESENTADOR: Lembramos que a Guiné-Bissau e a China assinaram em 2023 um acordo de cooperação
policial. E se o Governo decidir fechar o escritório, o que acontece a esse acordo?

CORRESPONDENTE: É cedo para dizer. Por agora, ninguém foi detido.

APRESENTADOR: Obrigado. Seguimos com o desporto...

[Separador musical]
"""

F026 = [
    R("GW", "investigation", "a Polícia Judiciária confirmou ter aberto uma investigação a um escritório em Bafatá",
      place="Bafatá"),
    S("GW", "Bafatá", "um escritório em Bafatá que, segundo denúncias, funcionaria como posto da polícia chinesa",
      claimant="complaints", place_alt=["Bafata"]),
    R("GW", "investigation", "a Polícia Judiciária esteve no local na quarta-feira, fez buscas e levou computadores e cadernos",
      place="Bafatá"),
    I("GW", "forced_return", "um colega foi levado em agosto, de carro, até ao aeroporto de Bissau e posto num avião para a China, contra a vontade",
      place="Bafatá", claimant="worker"),
    S("GW", "Gabú", "Fala-se de um segundo, em Gabú, mas ninguém aqui o conseguiu localizar.", opt=True,
      note="rumour, unlocated", place_alt=["Gabu"]),
    S("GW", "Gabú", "A polícia de Gabú diz que não tem conhecimento de nada do género.", pol="denied", opt=True,
      claimant="Gabú police", place_alt=["Gabu"]),
    D("CN", "diz que são \"rumores sem fundamento\" e que o gabinete de Bafatá é de voluntários",
      claimant="PRC Embassy in Guinea-Bissau", note="passports and driving licences"),
    A("GW", "security_agreement", "a Guiné-Bissau e a China assinaram em 2023 um acordo de cooperação policial", date="2023"),
    R("GW", "arrest", "ninguém foi detido", pol="denied", opt=True),
]

DOCS = [
    {"name": "024-pt-regional-atualizacao-vila-do-conde-fafe-yushu-guide.txt", "text": T024, "facts": F024},
    {"name": "025-pt-br-explicador-feira-de-santana-vitoria-da-conquista.txt", "text": T025, "facts": F025},
    {"name": "026-pt-gw-radio-transcricao-bafata-gabu.txt", "text": T026, "facts": F026},
]
