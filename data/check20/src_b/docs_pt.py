"""check20 part B, Portuguese documents 050-052 (pt-PT explainer, pt-BR prosecutors' release from a PDF, pt-MZ live blog)."""
import re

from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 050
T050 = """EXPLICADOR | Sociedade

Postos de polícia chineses em Portugal? Sete perguntas e respostas sobre o caso de Ovar

As buscas da PJ num armazém de Ovar voltaram a pôr o tema na agenda. O que se sabe, o que não se sabe e o que diz Pequim.

Por Redação · 9 de março de 2026, 07:30 · Leitura: 6 min

Este artigo é exclusivo para assinantes. Já é assinante? Inicie sessão.

1. O que aconteceu em Ovar?

Na passada quinta-feira, inspetores da Unidade Nacional Contraterrorismo da Polícia Judiciária fizeram buscas num armazém de uma empresa de importação na zona industrial de Ovar. Segundo a PJ, no primeiro andar funcionava um «posto de atendimento» para cidadãos chineses que estará ligado a uma polícia da China. Foi aberto um inquérito, dirigido pelo Ministério Público. Ninguém foi detido.

2. Quantos postos destes há em Portugal?

Segundo o relatório mais recente da organização Safeguard Defenders, três. Além de Ovar, o relatório aponta Torres Vedras e Caldas da Rainha.

3. Quem os gere?

O relatório liga o posto de Torres Vedras ao departamento de segurança pública do condado de Xiushan, em Chongqing, e o de Caldas da Rainha ao do condado de Chengkou, na mesma municipalidade. Sobre Ovar, não indica qualquer entidade.

4. Para que servem, afinal?

As organizações que estudam o fenómeno dizem que estes postos servem, em geral, para manter contacto com emigrantes e, em alguns casos, convencê-los a regressar à China. Esta descrição é genérica: não há, até agora, nenhum caso conhecido em Portugal.

5. E no resto do mundo?

Em 2022, a mesma organização contou cento e dois, em cinquenta e três países. Vários governos, como o neerlandês e o irlandês, mandaram fechá-los nesse ano.

6. O que diz a China?

A embaixada em Lisboa afirma que não existem «esquadras chinesas» em Portugal e que se trata de voluntários que ajudam compatriotas idosos a renovar a carta de condução chinesa pela internet.

7. O Governo convocou o embaixador?

Não. O Ministério dos Negócios Estrangeiros pediu esclarecimentos à embaixada, mas não houve convocação formal.

E se a PJ concluir que não há crime? Nesse caso, o inquérito será arquivado, como em qualquer outro processo.

Leia também: Comunidade chinesa em Portugal duplicou numa década
"""

DOCS.append({
    "name": "050-pt-explicador-ovar-torres-vedras-caldas-da-rainha-xiushan-chengkou.txt",
    "text": T050,
    "facts": [
        R("PT", "investigation", "inspetores da Unidade Nacional Contraterrorismo da Polícia Judiciária fizeram buscas num armazém de uma empresa de importação na zona industrial de Ovar",
          place="Ovar", claimant="Polícia Judiciária", date="2026-03-05"),
        S("PT", "Ovar", "na zona industrial de Ovar. Segundo a PJ, no primeiro andar funcionava um «posto de atendimento» para cidadãos chineses que estará ligado a uma polícia da China.",
          claimant="Polícia Judiciária"),
        R("PT", "arrest", "Ninguém foi detido.", pol="denied", opt=True),
        C("stations", 3, "PT", "Segundo o relatório mais recente da organização Safeguard Defenders, três.", claimant="Safeguard Defenders"),
        S("PT", "Torres Vedras", "Além de Ovar, o relatório aponta Torres Vedras e Caldas da Rainha.", claimant="Safeguard Defenders"),
        S("PT", "Caldas da Rainha", "Além de Ovar, o relatório aponta Torres Vedras e Caldas da Rainha.", claimant="Safeguard Defenders"),
        S("PT", "Ovar", "Além de Ovar, o relatório aponta Torres Vedras e Caldas da Rainha.", claimant="Safeguard Defenders"),
        S("PT", "Torres Vedras", "O relatório liga o posto de Torres Vedras ao departamento de segurança pública do condado de Xiushan",
          operator="Xiushan", operator_alt=["Chongqing"], claimant="Safeguard Defenders"),
        S("PT", "Caldas da Rainha", "o de Caldas da Rainha ao do condado de Chengkou", operator="Chengkou",
          operator_alt=["Chongqing"], claimant="Safeguard Defenders"),
        C("stations", 102, None, "a mesma organização contou cento e dois, em cinquenta e três países", claimant="Safeguard Defenders",
          date="2022"),
        C("countries", 53, None, "a mesma organização contou cento e dois, em cinquenta e três países", claimant="Safeguard Defenders",
          date="2022"),
        R("NL", "closure", "Vários governos, como o neerlandês e o irlandês, mandaram fechá-los nesse ano.", date="2022"),
        R("IE", "closure", "Vários governos, como o neerlandês e o irlandês, mandaram fechá-los nesse ano.", date="2022"),
        S("NL", None, "Vários governos, como o neerlandês e o irlandês, mandaram fechá-los nesse ano.", opt=True),
        S("IE", None, "Vários governos, como o neerlandês e o irlandês, mandaram fechá-los nesse ano.", opt=True),
        D("CN", "não existem «esquadras chinesas» em Portugal e que se trata de voluntários que ajudam compatriotas idosos a renovar a carta de condução chinesa pela internet",
          claimant="Chinese Embassy in Portugal"),
        S("PT", None, "não existem «esquadras chinesas» em Portugal", claimant="Chinese Embassy in Portugal", pol="denied", opt=True),
        R("PT", "protest", "O Ministério dos Negócios Estrangeiros pediu esclarecimentos à embaixada", claimant="Ministério dos Negócios Estrangeiros",
          opt=True),
        R("PT", "protest", "mas não houve convocação formal", claimant="Ministério dos Negócios Estrangeiros", pol="denied", opt=True),
    ],
})

# ---------------------------------------------------------------- 051
T051_BODY = """MINISTÉRIO PÚBLICO FEDERAL
Procuradoria da República em Minas Gerais
Assessoria de Comunicação Social

NOTA À IMPRENSA Nº 118/2026                                Belo Horizonte, 22 de abril de 2026

MPF denuncia dois homens por manter em Uberaba escritório a serviço de polícia estrangeira

O Ministério Público Federal (MPF) ofereceu denúncia à Justiça Federal contra dois cidadãos chineses pelos crimes de associação criminosa, usurpação de função pública e ameaça. Segundo a denúncia, os acusados mantinham em Uberaba (MG), desde 2022, um escritório que se apresentava como "centro de apoio ao imigrante", mas que atuava a serviço do Departamento de Segurança Pública de Pingguo, na região autônoma de Guangxi, na China.

As provas foram reunidas em inquérito da Polícia Federal, que cumpriu mandados de busca e apreensão no escritório e na residência dos denunciados em novembro de 2025. Foram apreendidos carimbos, computadores e cadernos com anotações.

De acordo com o MPF, os denunciados fotografaram e filmaram participantes de uma festa cultural da comunidade chinesa realizada em Uberaba em setembro de 2025 e enviaram as imagens a interlocutores na China, acompanhadas de nomes e endereços.

A denúncia relata ainda o caso de um comerciante chinês residente no Triângulo Mineiro que, depois de meses de telefonemas dos denunciados e de visitas de policiais à casa de seus pais em Guangxi, voltou para a China em julho de 2025. Ele não retornou ao Brasil.

Segundo o procurador da República responsável pelo caso, há ao menos dois escritórios desse tipo no Brasil. A Polícia Federal instaurou inquérito sobre um segundo escritório, em Dourados (MS), que estaria ligado à polícia de Jingxi, também em Guangxi.

A defesa dos acusados não foi localizada até a publicação desta nota.

Assessoria de Comunicação Social · Procuradoria da República em Minas Gerais
(31) 0000-0000 · prmg-ascom@mpf.example                                              1/1
"""
T051_BODY = (T051_BODY.replace("associação", "as~so~ci~a~ção").replace("usurpação", "u~sur~pa~ção")
             .replace("apresentava", "a~pre~sen~ta~va").replace("autônoma", "au~tô~no~ma")
             .replace("apreendidos", "a~pre~en~di~dos").replace("participantes", "par~ti~ci~pan~tes")
             .replace("interlocutores", "in~ter~lo~cu~to~res").replace("acompanhadas", "a~com~pa~nha~das")
             .replace("telefonemas", "te~le~fo~ne~mas").replace("denunciados", "de~nun~ci~a~dos")
             .replace("responsável", "res~pon~sá~vel").replace("escritórios", "es~cri~tó~ri~os")
             .replace("instaurou", "ins~tau~rou").replace("residência", "re~si~dên~cia"))
T051 = wrap_hy(T051_BODY, 64)

DOCS.append({
    "name": "051-pt-br-nota-mpf-pdf-uberaba-dourados-pingguo-jingxi.txt",
    "text": T051,
    "facts": [
        R("BR", "arrest", "O Ministério Público Federal (MPF) ofereceu denúncia à Justiça Federal contra dois cidadãos chineses",
          claimant="Ministério Público Federal", date="2026-04"),
        S("BR", "Uberaba", "os acusados mantinham em Uberaba (MG), desde 2022, um escritório que se apresentava como \"centro de apoio ao imigrante\", mas que atuava a serviço do Departamento de Segurança Pública de Pingguo",
          operator="Pingguo", operator_alt=["Baise"], claimant="Ministério Público Federal", date="2022"),
        R("BR", "investigation", "As provas foram reunidas em inquérito da Polícia Federal, que cumpriu mandados de busca e apreensão no escritório e na residência dos denunciados em novembro de 2025.",
          place="Uberaba", claimant="Ministério Público Federal", date="2025-11"),
        I("BR", "surveillance", "os denunciados fotografaram e filmaram participantes de uma festa cultural da comunidade chinesa realizada em Uberaba em setembro de 2025 e enviaram as imagens a interlocutores na China",
          place="Uberaba", claimant="Ministério Público Federal", date="2025-09"),
        I("BR", "persuasion", "depois de meses de telefonemas dos denunciados e de visitas de policiais à casa de seus pais em Guangxi, voltou para a China em julho de 2025",
          claimant="Ministério Público Federal", date="2025-07"),
        I("BR", "harassment", "visitas de policiais à casa de seus pais em Guangxi", claimant="Ministério Público Federal", opt=True,
          note="visits to parents inside the persuasion case"),
        C("stations", 2, "BR", "há ao menos dois escritórios desse tipo no Brasil", claimant="Ministério Público Federal"),
        S("BR", "Dourados", "A Polícia Federal instaurou inquérito sobre um segundo escritório, em Dourados (MS), que estaria ligado à polícia de Jingxi",
          operator="Jingxi", operator_alt=["Baise"], claimant="Ministério Público Federal"),
        R("BR", "investigation", "A Polícia Federal instaurou inquérito sobre um segundo escritório, em Dourados (MS)", place="Dourados",
          claimant="Ministério Público Federal"),
    ],
})

# ---------------------------------------------------------------- 052
T052 = """AO MINUTO | Moçambique
"Postos de polícia" chineses: Parlamento debate relatório, embaixada desmente

Jornal do Centro Online · Atualizado há 5 minutos · A página atualiza automaticamente

Usamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a nossa política de privacidade.

16:42
A sessão foi suspensa e retoma amanhã às 9h. Obrigado por nos ter acompanhado. Voltamos amanhã com o direto.

16:20
Deputado da oposição pergunta: "E se o SERNIC descobrir que há mais postos, o Governo vai expulsar diplomatas?" O ministro não respondeu à pergunta.

15:58
A embaixada da China em Maputo enviou um comunicado às redações. Diz que "não há nenhuma esquadra chinesa em Moçambique" e que os "centros de serviço" são geridos por voluntários que ajudam chineses idosos a renovar a carta de condução e o passaporte.

15:31
O ministro do Interior confirma no Parlamento que o SERNIC abriu um processo-crime sobre o escritório do Dondo. "Ninguém foi detido até ao momento", acrescentou.

14:55
Sobre Angola: o relatório refere também um posto no Kuito, sem indicar a polícia chinesa responsável. Contactada pelo Jornal do Centro, a Polícia Nacional angolana disse não ter aberto qualquer investigação.

14:40
Contexto: Moçambique e a China assinaram em 2023 um memorando de entendimento sobre cooperação policial. Ao abrigo desse memorando, quatro agentes chineses fizeram patrulhas conjuntas com a PRM na Baixa de Maputo durante a cimeira regional de agosto de 2024, recorda o relatório.

14:30
O caso mais grave descrito no relatório: um trabalhador chinês de uma serração no Gurué foi levado de carro até ao aeroporto de Maputo em novembro de 2025 por dois compatriotas e obrigado a embarcar num voo para a China. A família em Heilongjiang confirmou ao relatório que ele está detido.

14:12
O relatório diz que em Moçambique há pelo menos dois destes postos: além do Dondo, um segundo no Gurué, na Zambézia, ligado à polícia de Zhaodong, também em Heilongjiang.

13:50
Segundo o relatório, o escritório do Dondo, junto à estrada nacional, responde ao departamento de segurança pública de Nehe, uma cidade da província chinesa de Heilongjiang. Funciona nas traseiras de uma loja de materiais de construção.

13:35
Recapitulando: uma organização de direitos humanos publicou esta manhã um relatório sobre "postos de polícia" chineses na África Austral. A bancada da oposição pediu um debate de urgência.

13:30
Bem-vindos ao nosso acompanhamento ao minuto.

Leia também: Porto de Maputo recebe novo terminal de combustíveis
"""

DOCS.append({
    "name": "052-pt-mz-ao-minuto-dondo-gurue-kuito-nehe-zhaodong.txt",
    "text": T052,
    "facts": [
        D("CN", "\"não há nenhuma esquadra chinesa em Moçambique\" e que os \"centros de serviço\" são geridos por voluntários que ajudam chineses idosos a renovar a carta de condução e o passaporte",
          claimant="Chinese Embassy in Mozambique"),
        S("MZ", None, "\"não há nenhuma esquadra chinesa em Moçambique\"", claimant="Chinese Embassy in Mozambique",
          pol="denied", opt=True),
        R("MZ", "investigation", "o SERNIC abriu um processo-crime sobre o escritório do Dondo", place="Dondo",
          claimant="Minister of the Interior of Mozambique"),
        R("MZ", "arrest", "\"Ninguém foi detido até ao momento\"", claimant="Minister of the Interior of Mozambique",
          pol="denied", opt=True),
        S("AO", "Kuito", "o relatório refere também um posto no Kuito, sem indicar a polícia chinesa responsável",
          claimant="human rights organisation report"),
        R("AO", "investigation", "a Polícia Nacional angolana disse não ter aberto qualquer investigação", claimant="Polícia Nacional de Angola",
          pol="denied"),
        I("MZ", "forced_return", "um trabalhador chinês de uma serração no Gurué foi levado de carro até ao aeroporto de Maputo em novembro de 2025 por dois compatriotas e obrigado a embarcar num voo para a China",
          place="Gurué", claimant="human rights organisation report", date="2025-11"),
        A("MZ", "security_agreement", "Moçambique e a China assinaram em 2023 um memorando de entendimento sobre cooperação policial",
          date="2023"),
        A("MZ", "joint_patrol", "quatro agentes chineses fizeram patrulhas conjuntas com a PRM na Baixa de Maputo durante a cimeira regional de agosto de 2024",
          claimant="human rights organisation report", date="2024-08"),
        C("officers", 4, "MZ", "quatro agentes chineses fizeram patrulhas conjuntas", opt=True),
        C("stations", 2, "MZ", "em Moçambique há pelo menos dois destes postos", claimant="human rights organisation report"),
        S("MZ", "Gurué", "um segundo no Gurué, na Zambézia, ligado à polícia de Zhaodong", operator="Zhaodong",
          operator_alt=["Suihua"], claimant="human rights organisation report", place_alt=["Gurue"]),
        S("MZ", "Dondo", "o escritório do Dondo, junto à estrada nacional, responde ao departamento de segurança pública de Nehe",
          operator="Nehe", operator_alt=["Qiqihar"], claimant="human rights organisation report"),
    ],
})
