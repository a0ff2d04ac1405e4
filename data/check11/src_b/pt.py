"""check11 part B, Portuguese documents 047-052 (Portugal, Brazil, Timor-Leste). Held-out
material: contains the gold."""
from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 047 Lusa wire, Portugal
T047 = """PJ investiga alegada "esquadra" chinesa em Viana do Castelo

Viana do Castelo, 03 jul 2024 (Lusa) - A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses de Viana do Castelo suspeita de funcionar como posto avançado da polícia da República Popular da China, disse hoje à Lusa fonte ligada à investigação.

O espaço, num rés-do-chão junto à estação de comboios, estaria ligado ao departamento de segurança pública de Kaihua, um condado da província de Zhejiang de onde é natural grande parte dos comerciantes chineses do Alto Minho.

Segundo a mesma fonte, o caso começou com a queixa de uma empregada de uma loja de Ponte de Lima, que terá sido pressionada por membros da associação a regressar à China para "resolver um problema de documentos". A mulher acabou por embarcar no aeroporto do Porto com destino a Xangai em abril, depois de os pais terem sido chamados à esquadra local em Kaihua.

Um segundo espaço, em Vila Real, está também a ser analisado pelos investigadores. Não foram constituídos arguidos.

O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa, confirmou à Lusa fonte diplomática.

A embaixada chinesa, em comunicado, considera as notícias "totalmente infundadas" e garante que os voluntários se limitam a ajudar chineses idosos a renovar a carta de condução "por videochamada".

Em 2022, uma organização não-governamental sediada em Madrid tinha identificado três espaços semelhantes em Portugal, que entretanto terão encerrado.
"""
DOCS.append(("047-pt-lusa-wire-viana-do-castelo-vila-real-kaihua.txt", T047, [
    R("PT", "investigation", "A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses de Viana do Castelo suspeita de funcionar como posto avançado da polícia da República Popular da China,",
      place="Viana do Castelo"),
    S("PT", "Viana do Castelo", "O espaço, num rés-do-chão junto à estação de comboios, estaria ligado ao departamento de segurança pública de Kaihua, um condado da província de Zhejiang",
      operator="Kaihua", operator_alt=["Quzhou"], claimant="source close to the investigation", note="city named in the lead; 'estação de comboios' is the railway station"),
    I("persuasion", "PT", "o caso começou com a queixa de uma empregada de uma loja de Ponte de Lima, que terá sido pressionada por membros da associação a regressar à China para \"resolver um problema de documentos\".",
      place="Ponte de Lima", claimant="source close to the investigation"),
    I("forced_return", "PT", "A mulher acabou por embarcar no aeroporto do Porto com destino a Xangai em abril,", place="Ponte de Lima", opt=True, date="2024-04"),
    I("harassment", "PT", "depois de os pais terem sido chamados à esquadra local em Kaihua.", opt=True),
    S("PT", "Vila Real", "Um segundo espaço, em Vila Real, está também a ser analisado pelos investigadores.", claimant="source close to the investigation"),
    R("PT", "arrest", "Não foram constituídos arguidos.", pol="denied", opt=True),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa, confirmou à Lusa fonte diplomática."),
    D("CN", "A embaixada chinesa, em comunicado, considera as notícias \"totalmente infundadas\" e garante que os voluntários se limitam a ajudar chineses idosos a renovar a carta de condução \"por videochamada\".",
      claimant="Chinese embassy in Portugal"),
    C("stations", 3, "PT", "Em 2022, uma organização não-governamental sediada em Madrid tinha identificado três espaços semelhantes em Portugal,", claimant="NGO based in Madrid", date="2022"),
    R("PT", "closure", "que entretanto terão encerrado.", opt=True, note="earlier sites stopped, no order stated"),
]))

# ---------------------------------------------------------------- 048 Brazilian long feature
T048 = """A delegacia que não aparece no mapa

Em Manaus, associação ligada a uma polícia chinesa fichava operários da Zona Franca, diz PF

Quem passa de carro pela avenida que corta o Distrito Industrial de Manaus vê galpões de fabricantes de motos, de ar-condicionado e de celulares, muitos deles de capital chinês. Desde 2010, a presença chinesa na capital amazonense cresceu com as fábricas: técnicos, engenheiros e, mais recentemente, comerciantes, que hoje somam cerca de 1.500 pessoas, segundo o consulado.

Foi entre eles que uma associação de conterrâneos, instalada numa sala comercial do bairro de Adrianópolis, ganhou fama de "resolver qualquer coisa". Segundo a Polícia Federal, que abriu inquérito em abril, a entidade funcionava desde 2021 como uma espécie de posto de serviço do departamento de segurança pública de Huilai, um condado da província de Guangdong.

Relatório da PF obtido pela reportagem descreve planilhas com nomes, endereços e números de passaporte de 60 operários chineses, encaminhadas periodicamente à China. "Eles sabiam onde cada um morava e em que turno trabalhava", diz um ex-funcionário de uma fabricante de celulares.

O caso mais grave é o de um técnico de 29 anos. Em fevereiro, segundo o relatório, ele foi levado por dois integrantes da associação até o aeroporto Eduardo Gomes e embarcado num voo para São Paulo, de onde seguiu para Guangzhou. Colegas contam que ele não queria voltar.

A PF também apura a atuação de um segundo posto, em Porto Velho, que seria vinculado ao mesmo departamento. "Os dois funcionavam em rede", afirma um delegado que acompanha o caso e pediu para não ser identificado.

No país, o levantamento de uma ONG europeia aponta ao menos cinco espaços do gênero; no mundo, seriam mais de cem.

Ninguém foi preso até agora. O Itamaraty informou ter "solicitado esclarecimentos" à embaixada chinesa em Brasília. A embaixada, em nota, afirma que "não existem delegacias chinesas no Brasil" e que a associação "promove a integração da comunidade".

Na porta da sala em Adrianópolis, um aviso escrito à mão informa, em chinês e em português, que o atendimento está "temporariamente suspenso".
"""
DOCS.append(("048-pt-br-long-feature-manaus-porto-velho-huilai.txt", T048, [
    R("BR", "investigation", "Segundo a Polícia Federal, que abriu inquérito em abril,", place="Manaus"),
    S("BR", "Manaus", "Segundo a Polícia Federal, que abriu inquérito em abril, a entidade funcionava desde 2021 como uma espécie de posto de serviço do departamento de segurança pública de Huilai, um condado da província de Guangdong.",
      operator="Huilai", operator_alt=["Jieyang"], claimant="Brazilian Federal Police", date="2021", note="city in the headline and the background paragraph; site: bairro de Adrianópolis"),
    I("surveillance", "BR", "Relatório da PF obtido pela reportagem descreve planilhas com nomes, endereços e números de passaporte de 60 operários chineses, encaminhadas periodicamente à China.",
      place="Manaus", claimant="Brazilian Federal Police"),
    I("forced_return", "BR", "Em fevereiro, segundo o relatório, ele foi levado por dois integrantes da associação até o aeroporto Eduardo Gomes e embarcado num voo para São Paulo, de onde seguiu para Guangzhou.",
      place="Manaus", claimant="Brazilian Federal Police"),
    S("BR", "Porto Velho", "A PF também apura a atuação de um segundo posto, em Porto Velho, que seria vinculado ao mesmo departamento.", operator="Huilai", operator_alt=["Jieyang"], claimant="Brazilian Federal Police"),
    C("stations", 5, "BR", "No país, o levantamento de uma ONG europeia aponta ao menos cinco espaços do gênero;", claimant="European NGO"),
    C("stations", 100, None, "no mundo, seriam mais de cem.", opt=True, claimant="European NGO", note="approximation"),
    R("BR", "arrest", "Ninguém foi preso até agora.", pol="denied", opt=True),
    R("BR", "protest", "O Itamaraty informou ter \"solicitado esclarecimentos\" à embaixada chinesa em Brasília.", opt=True, note="request for explanations, short of a summons"),
    D("CN", "A embaixada, em nota, afirma que \"não existem delegacias chinesas no Brasil\" e que a associação \"promove a integração da comunidade\".", claimant="Chinese embassy in Brazil"),
    S("BR", None, "A embaixada, em nota, afirma que \"não existem delegacias chinesas no Brasil\"", pol="denied", opt=True, claimant="Chinese embassy in Brazil"),
    R("BR", "closure", "um aviso escrito à mão informa, em chinês e em português, que o atendimento está \"temporariamente suspenso\".", place="Manaus", opt=True, note="suspended by itself"),
]))

# ---------------------------------------------------------------- 049 Assembly written answer, OCR with hyphenation
T049 = """ASSEMBLEIA DA REPÚBLICA
Pergunta n.° 1432/XVI/1.a
Assunto: Alegado posto de polícia chinês em Santarém
Destinatário: Ministério da Administração Interna

RESPOSTA

Em resposta à pergunta em epígrafe, encarrega-me Sua Excelência a Minis-
tra da Administração Interna de informar o seguinte:

1. A pergunta refere que funcionaria em Santa-
rém, desde 2022, um "centro de apoio" ligado ao departamento de segurança pú-
blica de Longyou, província de Zhejiang, e que um espaço semelhante teria exis-
tido em Castelo Branco.

2. A Polícia de Segurança Pública, em articulação com o Serviço de Infor-
mações de Segurança, procedeu a diligências relativamente ao espaço de San-
tarém entre março e maio de 2024. Das diligências efetuadas não resulta-
ram indícios da prática de qualquer crime.

3. Quanto ao espaço de Castelo Branco, a respetiva Câmara Municipal deter-
minou o seu encerramento em novembro de 2023, por falta de licença de uti-
lização, não tendo a PSP sido chamada a intervir.

4. Não foram recebidas, até à data, queixas de cidadãos chineses residen-
tes em Portugal relativas a pressões para regressar à República Popu-
lar da China.

5. A eventual convocação do Embaixador da República Popular da China é ma-
téria da competência do Ministério dos Negócios Estrangeiros, que infor-
mou não ter, até ao momento, procedido a essa convocação.

Com os melhores cumprimentos,

O Chefe do Gabinete
"""
DOCS.append(("049-pt-written-answer-ocr-santarem-castelo-branco-longyou.txt", T049, [
    S("PT", "Santarém", "A pergunta refere que funcionaria em Santa- rém, desde 2022, um \"centro de apoio\" ligado ao departamento de segurança pú- blica de Longyou, província de Zhejiang,",
      operator="Longyou", operator_alt=["Quzhou"], claimant="members of the Assembly of the Republic", date="2022", note="premise of the question, hyphenated place name"),
    S("PT", "Castelo Branco", "e que um espaço semelhante teria exis- tido em Castelo Branco.", claimant="members of the Assembly of the Republic", note="premise; closure confirmed in the answer"),
    R("PT", "investigation", "A Polícia de Segurança Pública, em articulação com o Serviço de Infor- mações de Segurança, procedeu a diligências relativamente ao espaço de San- tarém entre março e maio de 2024.",
      place="Santarém", date="2024-03"),
    R("PT", "no_wrongdoing_found", "Das diligências efetuadas não resulta- ram indícios da prática de qualquer crime.", place="Santarém"),
    R("PT", "closure", "Quanto ao espaço de Castelo Branco, a respetiva Câmara Municipal deter- minou o seu encerramento em novembro de 2023, por falta de licença de uti- lização,",
      place="Castelo Branco", date="2023-11", note="ordered by the municipality"),
    I("persuasion", "PT", "Não foram recebidas, até à data, queixas de cidadãos chineses residen- tes em Portugal relativas a pressões para regressar à República Popu- lar da China.", pol="denied", opt=True),
    R("PT", "protest", "que infor- mou não ter, até ao momento, procedido a essa convocação.", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 050 Brazilian court news
T050 = """Justiça Federal torna réus dois chineses acusados de manter "posto policial" em Joinville

A 1ª Vara Federal de Joinville (SC) recebeu a denúncia do Ministério Público Federal e tornou réus dois cidadãos chineses acusados de manter na cidade, desde 2021, um posto informal a serviço do departamento de segurança pública de Danyang, na província de Jiangsu. Eles vão responder por usurpação de função pública e associação criminosa.

Segundo o MPF, a dupla fotografava praticantes do Falun Gong que distribuíam panfletos no centro de Joinville e enviava as imagens, com nomes e endereços, a contatos na polícia de Danyang. A denúncia relata ainda que uma cozinheira de 41 anos foi pressionada a voltar à China: se não voltasse, o irmão perderia o emprego numa repartição pública. Ela permaneceu no Brasil e procurou a Polícia Federal, que cumpriu mandados de busca no posto em agosto de 2023.

A denúncia menciona também um segundo posto, em Londrina (PR), que teria sido aberto pelo mesmo departamento em 2022 e que não é objeto desta ação.

A defesa afirma que os réus prestavam "atividade meramente assistencial, como a renovação de passaportes e carteiras de motorista", e vai recorrer. Os dois respondem ao processo em liberdade.
"""
DOCS.append(("050-pt-br-court-news-joinville-londrina-danyang.txt", T050, [
    R("BR", "arrest", "A 1ª Vara Federal de Joinville (SC) recebeu a denúncia do Ministério Público Federal e tornou réus dois cidadãos chineses", place="Joinville", note="charges accepted"),
    S("BR", "Joinville", "tornou réus dois cidadãos chineses acusados de manter na cidade, desde 2021, um posto informal a serviço do departamento de segurança pública de Danyang, na província de Jiangsu.",
      operator="Danyang", operator_alt=["Zhenjiang"], claimant="Brazilian Federal Prosecutor's Office", date="2021"),
    I("surveillance", "BR", "Segundo o MPF, a dupla fotografava praticantes do Falun Gong que distribuíam panfletos no centro de Joinville e enviava as imagens, com nomes e endereços, a contatos na polícia de Danyang.",
      place="Joinville", claimant="Brazilian Federal Prosecutor's Office"),
    I("persuasion", "BR", "A denúncia relata ainda que uma cozinheira de 41 anos foi pressionada a voltar à China: se não voltasse, o irmão perderia o emprego numa repartição pública.",
      place="Joinville", claimant="Brazilian Federal Prosecutor's Office"),
    I("harassment", "BR", "se não voltasse, o irmão perderia o emprego numa repartição pública.", opt=True, note="threat against a relative beside the persuasion"),
    R("BR", "investigation", "Ela permaneceu no Brasil e procurou a Polícia Federal, que cumpriu mandados de busca no posto em agosto de 2023.", place="Joinville", date="2023-08"),
    S("BR", "Londrina", "A denúncia menciona também um segundo posto, em Londrina (PR), que teria sido aberto pelo mesmo departamento em 2022",
      operator="Danyang", operator_alt=["Zhenjiang"], claimant="Brazilian Federal Prosecutor's Office", date="2022"),
    D("BR", "A defesa afirma que os réus prestavam \"atividade meramente assistencial, como a renovação de passaportes e carteiras de motorista\",", opt=True, claimant="defence"),
]))

# ---------------------------------------------------------------- 051 Timor-Leste news (short)
T051 = """PNTL investiga "centro de serviços" chinês em Díli

Díli, 15 mai (agência) - A Polícia Nacional de Timor-Leste (PNTL) abriu uma investigação a um centro de serviços para a comunidade chinesa no bairro de Colmera, em Díli, que segundo um relatório internacional estaria ligado ao departamento de segurança pública de Wuping, na província de Fujian.

O relatório refere o caso de um comerciante chinês de Baucau que, em janeiro, foi levado por dois homens ao aeroporto Presidente Nicolau Lobato e colocado num avião com destino a Cantão, via Bali.

O porta-voz do Governo disse aos jornalistas que "não há qualquer polícia estrangeira a operar em Timor-Leste". A embaixada da China classificou o relatório de "calúnia".

Timor-Leste e a China assinaram em 2023 um memorando de cooperação policial, ao abrigo do qual agentes chineses participaram, no ano passado, em patrulhas conjuntas em Díli.
"""
DOCS.append(("051-pt-tl-news-dili-wuping.txt", T051, [
    R("TL", "investigation", "A Polícia Nacional de Timor-Leste (PNTL) abriu uma investigação a um centro de serviços para a comunidade chinesa no bairro de Colmera, em Díli,", place="Dili"),
    S("TL", "Dili", "abriu uma investigação a um centro de serviços para a comunidade chinesa no bairro de Colmera, em Díli, que segundo um relatório internacional estaria ligado ao departamento de segurança pública de Wuping, na província de Fujian.",
      operator="Wuping", operator_alt=["Longyan"], claimant="international report", place_alt=["Díli"], note="site: Colmera"),
    I("forced_return", "TL", "O relatório refere o caso de um comerciante chinês de Baucau que, em janeiro, foi levado por dois homens ao aeroporto Presidente Nicolau Lobato e colocado num avião com destino a Cantão, via Bali.",
      place="Baucau", claimant="international report"),
    D("TL", "O porta-voz do Governo disse aos jornalistas que \"não há qualquer polícia estrangeira a operar em Timor-Leste\".", claimant="Timor-Leste government spokesperson",
      note="host government's denial"),
    S("TL", None, "O porta-voz do Governo disse aos jornalistas que \"não há qualquer polícia estrangeira a operar em Timor-Leste\".", pol="denied", opt=True, claimant="Timor-Leste government spokesperson"),
    D("CN", "A embaixada da China classificou o relatório de \"calúnia\".", claimant="Chinese embassy in Timor-Leste"),
    A("TL", "security_agreement", "Timor-Leste e a China assinaram em 2023 um memorando de cooperação policial,", date="2023"),
    A("TL", "joint_patrol", "ao abrigo do qual agentes chineses participaram, no ano passado, em patrulhas conjuntas em Díli.", note="Dili is a patrol city here too"),
]))

# ---------------------------------------------------------------- 052 IRRELEVANT Brazilian news
T052 = """Operários chineses resgatados em obra de estação de metrô serão repatriados

Onze operários chineses resgatados em condições análogas à escravidão nas obras de uma estação de metrô da zona leste de São Paulo devem ser repatriados nas próximas semanas, informou o Ministério do Trabalho. Os homens dormiam num contêiner no canteiro e tinham os passaportes retidos pela empreiteira terceirizada.

A operação, feita pela fiscalização do trabalho com apoio da Polícia Federal, terminou com a prisão em flagrante de dois encarregados, levados à delegacia da PF na Lapa. A construtora principal assinou um termo de ajustamento de conduta com o Ministério Público do Trabalho e pagará as verbas rescisórias e as passagens aéreas de volta à China.

O consulado-geral da China em São Paulo disse acompanhar o caso "de perto" e ofereceu apoio para a emissão de documentos de viagem.
"""
DOCS.append(("052-pt-br-news-metro-station-workers-repatriated-irrelevant.txt", T052, []))
