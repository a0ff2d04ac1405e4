"""Part D, Portuguese documents 046-051 (Brazil 3, Portugal 3; two irrelevant)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="046-pt-br-reportagem-ribeirao-preto-santos-gaoan.txt", text="""
O escritório discreto da rua General Osório

Em Ribeirão Preto, um "centro de atendimento" frequentado por imigrantes chineses entrou na mira da Polícia Federal, suspeito de funcionar como braço informal da polícia da China

RIBEIRÃO PRETO (SP) — Quem passa pela rua General Osório, no centro, dificilmente repara na porta de vidro ao lado de uma pastelaria. Ali, segundo a Polícia Federal, funcionou desde 2022 um "centro de serviços" ligado a autoridades policiais chinesas — um dos chamados postos de polícia clandestinos que organizações de direitos humanos vêm denunciando em dezenas de países.

A PF instaurou inquérito em fevereiro para apurar se o local era usado para monitorar e pressionar chineses que vivem na região. Agentes cumpriram mandado de busca e apreensão no endereço no dia 18 de março e recolheram computadores e cadernos de registro. Ninguém foi preso.

De acordo com documentos apreendidos, aos quais a reportagem teve acesso, o escritório mantinha contato direto com o departamento de segurança pública de Gao'an, cidade da província de Jiangxi de onde vem boa parte da comunidade local.

Uma comunidade que cresceu com o comércio

A imigração chinesa para o interior paulista ganhou força nos anos 2000, com a abertura de pastelarias, lojas de utilidades e, mais recentemente, restaurantes de comida por quilo. Estima-se que cerca de 3 mil chineses vivam hoje na cidade. A antiga Estação Mogiana, hoje centro cultural, fica a poucos quarteirões do escritório e costuma receber a festa do Ano-Novo Lunar.

Um estudante de doutorado da USP de Ribeirão Preto contou que, em 2023, funcionários do centro o chamaram duas vezes para "um chá" e insistiram para que voltasse à China e se apresentasse à polícia de sua cidade natal, onde responde a um processo por dívidas. "Disseram que seria melhor para a minha família", afirmou. Ele continua no Brasil.

Santos também

A investigação se estendeu ao litoral. Segundo a PF, uma sala comercial no bairro do Gonzaga, em Santos, teria funcionado como segundo posto, vinculado ao departamento de segurança pública de Zhangshu, também em Jiangxi, até ser desativada pelos próprios responsáveis em meados de 2024.

Ao todo, a PF apura a existência de pelo menos três estruturas desse tipo no Brasil; a localização da terceira não foi divulgada.

No mundo, a ONG Safeguard Defenders contabilizou mais de cem postos semelhantes. Holanda e Irlanda mandaram fechá-los; nos Estados Unidos, dois homens foram presos em Nova York em 2023.

Procurado, o Itamaraty informou que "acompanha o caso" e que pediu esclarecimentos à embaixada chinesa em Brasília.

Em nota, o consulado-geral da China em São Paulo afirmou que "não existe nenhum posto de polícia chinês no Brasil" e que o centro de Ribeirão Preto "apenas ajudava idosos a renovar a carteira de motorista chinesa pela internet".

O presidente da associação que alugava a sala, um comerciante de 58 anos, negou qualquer irregularidade: "Aqui a gente só ensina mandarim para as crianças."
""", facts=[
    S("BR", "Ribeirão Preto", "RIBEIRÃO PRETO (SP) — Quem passa pela rua General Osório, no centro, dificilmente repara na porta de vidro ao lado de uma pastelaria. Ali, segundo a Polícia Federal, funcionou desde 2022 um \"centro de serviços\" ligado a autoridades policiais chinesas",
      operator="Gao'an", operator_alt=["Gaoan", "Yichun"], claimant="Brazilian Federal Police", date="2022", place_alt=["Ribeirao Preto"], note="place in the dateline and 'Ali'; operator two paragraphs on ('o escritório'); site rua General Osório"),
    R("BR", "investigation", "A PF instaurou inquérito em fevereiro para apurar se o local era usado para monitorar e pressionar chineses que vivem na região.", place="Ribeirão Preto", claimant="Brazilian Federal Police", note="also a search warrant on 18 March"),
    R("BR", "arrest", "Ninguém foi preso.", place="Ribeirão Preto", pol="denied", opt=True),
    I("BR", "persuasion", "Um estudante de doutorado da USP de Ribeirão Preto contou que, em 2023, funcionários do centro o chamaram duas vezes para \"um chá\" e insistiram para que voltasse à China e se apresentasse à polícia de sua cidade natal, onde responde a um processo por dívidas.",
      place="Ribeirão Preto", claimant="a doctoral student", date="2023", note="stayed in Brazil"),
    I("BR", "harassment", "\"Disseram que seria melhor para a minha família\", afirmou.", place="Ribeirão Preto", claimant="a doctoral student", opt=True, note="veiled threat about family"),
    S("BR", "Santos", "Segundo a PF, uma sala comercial no bairro do Gonzaga, em Santos, teria funcionado como segundo posto, vinculado ao departamento de segurança pública de Zhangshu, também em Jiangxi",
      operator="Zhangshu", operator_alt=["Yichun"], claimant="Brazilian Federal Police", note="site: Gonzaga"),
    R("BR", "closure", "até ser desativada pelos próprios responsáveis em meados de 2024", place="Santos", date="2024", opt=True, note="stopped by itself"),
    C("stations", 3, "BR", "Ao todo, a PF apura a existência de pelo menos três estruturas desse tipo no Brasil", claimant="Brazilian Federal Police"),
    C("stations", 100, None, "No mundo, a ONG Safeguard Defenders contabilizou mais de cem postos semelhantes.", claimant="Safeguard Defenders", opt=True, note="'mais de cem'"),
    S("NL", None, "Holanda e Irlanda mandaram fechá-los"),
    R("NL", "closure", "Holanda e Irlanda mandaram fechá-los"),
    S("IE", None, "Holanda e Irlanda mandaram fechá-los"),
    R("IE", "closure", "Holanda e Irlanda mandaram fechá-los"),
    R("US", "arrest", "nos Estados Unidos, dois homens foram presos em Nova York em 2023", date="2023"),
    S("US", None, "nos Estados Unidos, dois homens foram presos em Nova York em 2023", opt=True, note="host implied by arrests only"),
    R("BR", "protest", "o Itamaraty informou que \"acompanha o caso\" e que pediu esclarecimentos à embaixada chinesa em Brasília", claimant="Brazilian foreign ministry", opt=True, note="request for clarification, short of a summons"),
    D("CN", "o consulado-geral da China em São Paulo afirmou que \"não existe nenhum posto de polícia chinês no Brasil\" e que o centro de Ribeirão Preto \"apenas ajudava idosos a renovar a carteira de motorista chinesa pela internet\"",
      claimant="Chinese consulate general in São Paulo"),
    S("BR", "Ribeirão Preto", "o centro de Ribeirão Preto \"apenas ajudava idosos a renovar a carteira de motorista chinesa pela internet\"", claimant="Chinese consulate general in São Paulo", pol="denied", opt=True, place_alt=["Ribeirao Preto"], note="place-specific denial by explanation"),
    S("BR", None, "\"não existe nenhum posto de polícia chinês no Brasil\"", claimant="Chinese consulate general in São Paulo", pol="denied", opt=True, note="country-wide denial"),
    D("BR", "O presidente da associação que alugava a sala, um comerciante de 58 anos, negou qualquer irregularidade: \"Aqui a gente só ensina mandarim para as crianças.\"", claimant="association president", opt=True, note="host-country association"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="047-pt-pt-lusa-covilha-loule-ruichang.txt", text="""
PJ investiga alegada "esquadra" chinesa na Covilhã

Covilhã, 22 mai 2025 (Lusa) - A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses da Covilhã suspeita de funcionar como posto não declarado da polícia chinesa, disse hoje à Lusa fonte ligada à investigação.

Segundo a mesma fonte, o espaço, que funcionava nas traseiras de uma loja de artigos para o lar, estaria ligado ao gabinete de segurança pública de Ruichang, na província de Jiangxi, e terá começado a operar em 2023.

A PJ realizou buscas no local na semana passada. Não foram constituídos arguidos.

A investigação abrange ainda um segundo espaço, em Loulé, no distrito de Faro, que terá encerrado portas no final do ano passado depois de a câmara municipal ter recusado renovar a licença de atividade. Aquele espaço responderia ao gabinete de Leping, também em Jiangxi.

Um cozinheiro chinês de 34 anos que trabalha num restaurante de Loulé contou à PJ que foi pressionado por responsáveis do espaço a regressar à China para "resolver um problema com a polícia" e que a mãe, que vive em Jiangxi, recebeu a visita de agentes. Não regressou.

O Ministério dos Negócios Estrangeiros convocou na segunda-feira o embaixador da China em Lisboa, adiantou à Lusa fonte diplomática.

Em comunicado, a embaixada chinesa considerou as notícias "totalmente falsas" e explicou que os voluntários da associação "prestam apenas apoio na renovação de cartas de condução".

Em Portugal foram já identificados pelo menos 4 espaços do género, segundo a organização não-governamental Safeguard Defenders, que em 2022 contabilizava 102 em 53 países.

HN // ACL

Lusa/Fim
""", facts=[
    S("PT", "Covilhã", "A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses da Covilhã suspeita de funcionar como posto não declarado da polícia chinesa, disse hoje à Lusa fonte ligada à investigação. Segundo a mesma fonte, o espaço, que funcionava nas traseiras de uma loja de artigos para o lar, estaria ligado ao gabinete de segurança pública de Ruichang, na província de Jiangxi, e terá começado a operar em 2023.",
      operator="Ruichang", operator_alt=["Jiujiang"], claimant="source close to the investigation", date="2023", place_alt=["Covilha"], note="operator in the next sentence ('o espaço')"),
    R("PT", "investigation", "A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses da Covilhã", place="Covilhã", claimant="source close to the investigation", note="also searches"),
    R("PT", "arrest", "Não foram constituídos arguidos.", place="Covilhã", pol="denied", opt=True),
    S("PT", "Loulé", "A investigação abrange ainda um segundo espaço, em Loulé, no distrito de Faro, que terá encerrado portas no final do ano passado depois de a câmara municipal ter recusado renovar a licença de atividade. Aquele espaço responderia ao gabinete de Leping, também em Jiangxi.",
      operator="Leping", operator_alt=["Jingdezhen"], claimant="source close to the investigation", place_alt=["Loule"], note="operator in the next sentence ('Aquele espaço')"),
    R("PT", "closure", "que terá encerrado portas no final do ano passado depois de a câmara municipal ter recusado renovar a licença de atividade", place="Loulé", date="2024", opt=True, note="closed after a licence was refused, not ordered shut"),
    I("PT", "persuasion", "Um cozinheiro chinês de 34 anos que trabalha num restaurante de Loulé contou à PJ que foi pressionado por responsáveis do espaço a regressar à China para \"resolver um problema com a polícia\"",
      place="Loulé", claimant="a cook", note="did not return"),
    I("PT", "harassment", "a mãe, que vive em Jiangxi, recebeu a visita de agentes", claimant="a cook", opt=True, note="mother visited in China"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou na segunda-feira o embaixador da China em Lisboa", claimant="diplomatic source"),
    D("CN", "a embaixada chinesa considerou as notícias \"totalmente falsas\" e explicou que os voluntários da associação \"prestam apenas apoio na renovação de cartas de condução\"", claimant="Chinese embassy in Portugal"),
    C("stations", 4, "PT", "Em Portugal foram já identificados pelo menos 4 espaços do género", claimant="Safeguard Defenders"),
    C("stations", 102, None, "que em 2022 contabilizava 102 em 53 países", claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "que em 2022 contabilizava 102 em 53 países", claimant="Safeguard Defenders", date="2022"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="048-pt-pt-resposta-pergunta-almada-barreiro-cenxi.txt", text="""
ASSEMBLEIA DA REPÚBLICA
GABINETE DA MINISTRA DA ADMINISTRAÇÃO INTERNA

Resposta à Pergunta n.º 812/XVI/1.ª
Assunto: Alegado posto de polícia chinês em Almada

Em resposta à pergunta em epígrafe, na qual os Senhores Deputados
referem que funcionaria em Almada, desde 2022, um "posto de serviço"
ligado ao gabinete de segurança pública de Cenxi, na região
autónoma de Guangxi, que existiriam "pelo menos três" estruturas
semelhantes em Portugal, e questionam se o Governo tem conhecimento
de um eventual segundo posto no Barreiro, encarrega-me Sua Excelên-
cia a Ministra da Administração Interna de informar o seguinte:

1. A Polícia de Segurança Pública (PSP) realizou em janeiro de 2025
uma ação de fiscalização ao espaço referido, situado na freguesia
da Cova da Piedade. Os elementos recolhidos foram remetidos ao Mi-
nistério Público, que instaurou inquérito, o qual se encontra em
segredo de justiça.

2. A associação em causa cessou entretanto a sua atividade por
iniciativa própria.

3. Quanto ao Barreiro, as diligências efetuadas não confirmaram a
existência de qualquer estrutura dessa natureza.

4. Em novembro de 2024, a PSP recebeu uma queixa de uma cidadã chi-
nesa residente em Almada, que relatou ter sido contactada repeti-
damente, por telefone, por pessoas que se identificaram como agen-
tes da polícia chinesa e que a instaram a regressar à China. A
queixosa permanece em território nacional.

5. O Ministério dos Negócios Estrangeiros chamou ao Palácio das Ne-
cessidades o encarregado de negócios da Embaixada da República Po-
pular da China, a quem foi transmitido o desagrado do Governo.

6. O acordo de cooperação em matéria de segurança interna assinado
com a República Popular da China em 2019 não prevê a realização de
patrulhas policiais conjuntas em território nacional.

Lisboa, 3 de junho de 2025

O Chefe do Gabinete
""", facts=[
    S("PT", "Almada", "na qual os Senhores Deputados referem que funcionaria em Almada, desde 2022, um \"posto de serviço\" ligado ao gabinete de segurança pública de Cenxi, na região autónoma de Guangxi",
      operator="Cenxi", operator_alt=["Wuzhou"], claimant="Portuguese MPs", date="2022", note="premise of the question; site Cova da Piedade"),
    C("stations", 3, "PT", "que existiriam \"pelo menos três\" estruturas semelhantes em Portugal", claimant="Portuguese MPs"),
    R("PT", "investigation", "Os elementos recolhidos foram remetidos ao Ministério Público, que instaurou inquérito, o qual se encontra em segredo de justiça.", place="Almada", claimant="Portuguese interior ministry", note="after a PSP inspection"),
    R("PT", "closure", "A associação em causa cessou entretanto a sua atividade por iniciativa própria.", place="Almada", claimant="Portuguese interior ministry", opt=True, note="stopped by itself"),
    S("PT", "Barreiro", "Quanto ao Barreiro, as diligências efetuadas não confirmaram a existência de qualquer estrutura dessa natureza.", claimant="Portuguese interior ministry", pol="denied", opt=True, note="asked about only in the question; not confirmed"),
    I("PT", "persuasion", "a PSP recebeu uma queixa de uma cidadã chinesa residente em Almada, que relatou ter sido contactada repetidamente, por telefone, por pessoas que se identificaram como agentes da polícia chinesa e que a instaram a regressar à China.",
      place="Almada", claimant="Portuguese interior ministry", date="2024-11", note="she stayed"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros chamou ao Palácio das Necessidades o encarregado de negócios da Embaixada da República Popular da China, a quem foi transmitido o desagrado do Governo.",
      claimant="Portuguese interior ministry", note="chargé d'affaires called in"),
    A("PT", "security_agreement", "O acordo de cooperação em matéria de segurança interna assinado com a República Popular da China em 2019", claimant="Portuguese interior ministry", date="2019"),
    A("PT", "joint_patrol", "não prevê a realização de patrulhas policiais conjuntas em território nacional", claimant="Portuguese interior ministry", opt=True, note="denied"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="049-pt-br-justica-campo-grande-lianyuan.txt", text="""
Justiça Federal torna réus três chineses acusados de manter "delegacia" clandestina em Campo Grande

CAMPO GRANDE — A 5ª Vara Federal de Campo Grande aceitou nesta terça-feira (10) a denúncia do Ministério Público Federal (MPF) e tornou réus três cidadãos chineses acusados de manter, na capital sul-mato-grossense, um posto clandestino a serviço da polícia da China.

Segundo a denúncia, o grupo atuava desde 2021 a partir de uma loja de eletrônicos na avenida Afonso Pena e prestava contas ao departamento de segurança pública de Lianyuan, na província de Hunan. Os três respondem por associação criminosa e usurpação de função pública.

O caso começou com uma denúncia anônima registrada na Delegacia de Polícia Civil do Centro, que a repassou à Polícia Federal. Em maio do ano passado, a PF cumpriu mandados de busca na loja, que foi lacrada por ordem judicial.

De acordo com o MPF, um vendedor ambulante chinês, alvo de um processo por fraude em sua terra natal, foi levado por dois dos acusados ao Aeroporto Internacional de Campo Grande em outubro de 2023 e embarcado em um voo para São Paulo, de onde seguiu para Guangzhou.

A denúncia também cita o caso de uma estudante universitária que teria sido fotografada durante um protesto na praça Ary Coelho; as imagens teriam sido enviadas aos pais dela, na China.

A defesa nega as acusações. "Meus clientes apenas ajudavam conterrâneos a tirar documentos. Não existe delegacia nenhuma", disse o advogado dos réus, que vai recorrer.

Procurada, a Embaixada da China em Brasília não se manifestou até a publicação desta reportagem.
""", facts=[
    S("BR", "Campo Grande", "A 5ª Vara Federal de Campo Grande aceitou nesta terça-feira (10) a denúncia do Ministério Público Federal (MPF) e tornou réus três cidadãos chineses acusados de manter, na capital sul-mato-grossense, um posto clandestino a serviço da polícia da China. Segundo a denúncia, o grupo atuava desde 2021 a partir de uma loja de eletrônicos na avenida Afonso Pena e prestava contas ao departamento de segurança pública de Lianyuan, na província de Hunan.",
      operator="Lianyuan", operator_alt=["Loudi"], claimant="Brazilian Federal Prosecution Service", date="2021", note="'capital sul-mato-grossense'; site avenida Afonso Pena"),
    R("BR", "arrest", "tornou réus três cidadãos chineses acusados de manter, na capital sul-mato-grossense, um posto clandestino a serviço da polícia da China", place="Campo Grande", claimant="Brazilian federal court", note="charges accepted"),
    C("staff", 3, "BR", "tornou réus três cidadãos chineses acusados de manter, na capital sul-mato-grossense, um posto clandestino", opt=True, note="defendants as staff"),
    R("BR", "investigation", "Em maio do ano passado, a PF cumpriu mandados de busca na loja", place="Campo Grande"),
    R("BR", "closure", "na loja, que foi lacrada por ordem judicial", place="Campo Grande", note="court order"),
    I("BR", "forced_return", "um vendedor ambulante chinês, alvo de um processo por fraude em sua terra natal, foi levado por dois dos acusados ao Aeroporto Internacional de Campo Grande em outubro de 2023 e embarcado em um voo para São Paulo, de onde seguiu para Guangzhou.",
      place="Campo Grande", claimant="Brazilian Federal Prosecution Service", date="2023-10"),
    I("BR", "surveillance", "A denúncia também cita o caso de uma estudante universitária que teria sido fotografada durante um protesto na praça Ary Coelho; as imagens teriam sido enviadas aos pais dela, na China.",
      place="Campo Grande", claimant="Brazilian Federal Prosecution Service"),
    D("BR", "\"Meus clientes apenas ajudavam conterrâneos a tirar documentos. Não existe delegacia nenhuma\", disse o advogado dos réus", claimant="defence lawyer", opt=True, note="defence"),
    S("BR", "Campo Grande", "Não existe delegacia nenhuma\", disse o advogado dos réus", claimant="defence lawyer", pol="denied", opt=True),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="050-pt-pt-noticia-sines-tripulantes-repatriados.txt", text="""
Tripulantes portugueses repatriados de porto chinês chegam a Lisboa

Os doze tripulantes portugueses do cargueiro "Atlântico Sul", retido desde março num porto da província de Jiangsu por causa de um litígio comercial, foram repatriados e aterraram esta manhã no aeroporto Humberto Delgado, onde eram esperados por familiares e por uma equipa da Polícia Marítima. O Ministério dos Negócios Estrangeiros acompanhou o caso através da embaixada em Pequim.

O regresso coincide com a visita a Sines de uma delegação do porto de Lianyungang, que assinou na sexta-feira um acordo de geminação com o porto alentejano, incluindo a partilha de dados da estação de pilotagem.

No mesmo dia, a PSP abriu um inquérito ao furto de equipamento de uma viatura da comitiva chinesa, estacionada junto à esquadra. Não houve detenções.

O terminal de Sines movimentou no ano passado mais de 102 mil contentores vindos de 53 portos asiáticos.
""", facts=[]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="051-pt-br-noticia-estacao-antartica-ferraz.txt", text="""
Estação Antártica Comandante Ferraz recebe equipamentos chineses e amplia pesquisa

A Estação Antártica Comandante Ferraz, base científica do Brasil na ilha Rei George, recebeu nesta semana um novo conjunto de sensores fabricados na China, fruto de um acordo de cooperação científica assinado entre o Ministério da Ciência, Tecnologia e Inovação e a Academia Chinesa de Ciências.

Os equipamentos chegaram a bordo do navio polar Almirante Maximiano e vão ampliar as medições de gelo marinho e de qualidade do ar. Segundo a Marinha, a estação passa a contar com 53 sensores ativos, que transmitem dados em tempo real para 102 instituições parceiras.

Dois técnicos chineses acompanharam a instalação. Um deles, que sofreu uma fratura no tornozelo durante o desembarque, foi levado para Punta Arenas, no Chile, e de lá repatriado para Pequim, informou o consulado da China no Rio de Janeiro.

A cooperação polar entre Brasil e China começou na reconstrução da estação, concluída em 2020 depois do incêndio de 2012. O comandante da base afirmou que "a parceria é exclusivamente científica".

No Rio, a Polícia Federal abriu inquérito para apurar o extravio de duas caixas de peças no porto, que teriam sido desviadas antes do embarque. Ninguém foi preso até agora.
""", facts=[]))
