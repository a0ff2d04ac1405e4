"""check23 part A, Portuguese documents 024-026 (AO, PT, BR)."""
from h import S, C, R, I, D, A, wrap_hy, soft

DOCS = []

# ---------------------------------------------------------------- 024
T024 = """Este site utiliza cookies. Ao continuar a navegar, está a concordar com a nossa política de privacidade.

Início › Sociedade › Cuanza Sul

SIC faz buscas em escritório chinês no Sumbe suspeito de funcionar como «esquadra»

Trabalhador terá sido levado ao aeroporto e embarcado para a China · Embaixada fala em «apoio consular voluntário»

Por: Correspondente no Cuanza Sul
Publicado: 17 de Setembro de 2025, 08:30 | Actualizado: 20:15

Partilhar: Facebook | WhatsApp | X

O Serviço de Investigação Criminal (SIC) realizou na segunda-feira buscas num escritório situado no primeiro andar de um armazém de materiais de construção, no bairro Chingo, na cidade do Sumbe. Segundo o porta-voz do SIC no Cuanza Sul, foi aberto um inquérito para apurar se no local eram exercidas «funções próprias de autoridade pública de um Estado estrangeiro».

[Foto: O armazém no bairro Chingo, no Sumbe. Foto: Correspondente]

O Sumbe, capital do Cuanza Sul, acolhe desde a reconstrução da estrada nacional 100 uma comunidade chinesa ligada às obras públicas, ao comércio grossista e à pesca. Muitos trabalhadores vivem em acampamentos das empresas de construção nos arredores da cidade.

De acordo com a organização não-governamental Safeguard Defenders, sediada em Madrid, o escritório funcionaria como uma «estação de serviço policial no exterior». A ONG afirma que o espaço prestaria contas ao Departamento de Segurança Pública do distrito de Jingkou, na cidade de Zhenjiang, província de Jiangsu.

LEIA TAMBÉM: Porto do Amboim recebe primeiro navio de grande calado

O caso mais grave relatado pela ONG é o de um encarregado de obras que, em Fevereiro de 2024, terá sido levado por dois compatriotas ao aeroporto de Luanda e colocado num voo com destino a Pequim, contra a sua vontade. Desde então, a família em Angola não voltou a ter notícias dele.

Segundo a Safeguard Defenders, existiriam em Angola pelo menos duas estruturas deste tipo. A segunda estaria em Ondjiva, no Cunene, e estaria ligada ao distrito de Jiawang, em Xuzhou. O Comando Provincial do Cunene da Polícia Nacional disse desconhecer a existência de qualquer escritório do género na cidade.

Ninguém foi detido até ao momento, segundo o SIC.

O Ministério das Relações Exteriores convocou o embaixador da China em Luanda, informou uma fonte diplomática.

A Embaixada da China em Angola classificou as acusações como «infundadas» e garantiu que não existem esquadras chinesas em Angola. Segundo a embaixada, voluntários de associações de compatriotas limitam-se a ajudar trabalhadores a renovar passaportes e cartas de condução chinesas.

Angola e a China assinaram em 2019 um acordo de cooperação em matéria de segurança e ordem pública.

ACTUALIZAÇÃO (20:15): O Governo Provincial do Cuanza Sul determinou o encerramento preventivo do escritório enquanto decorre o inquérito.

© 2025 Todos os direitos reservados.
"""
DOCS.append(dict(name="024-pt-ao-noticia-atualizacao-sumbe-ondjiva-jingkou-jiawang.txt", text=T024, facts=[
    R("AO", "investigation", "O Serviço de Investigação Criminal (SIC) realizou na segunda-feira buscas num escritório situado no primeiro andar de um armazém de materiais de construção, no bairro Chingo, na cidade do Sumbe.",
      place="Sumbe", claimant="Serviço de Investigação Criminal", date="2025-09-15"),
    R("AO", "investigation", "foi aberto um inquérito para apurar se no local eram exercidas", place="Sumbe", claimant="Serviço de Investigação Criminal"),
    S("AO", "Sumbe", "o escritório funcionaria como uma «estação de serviço policial no exterior»", claimant="Safeguard Defenders",
      note="first floor of a building-materials warehouse in the bairro Chingo"),
    S("AO", "Sumbe", "A ONG afirma que o espaço prestaria contas ao Departamento de Segurança Pública do distrito de Jingkou, na cidade de Zhenjiang, província de Jiangsu.",
      operator="Jingkou", operator_alt=["Zhenjiang"], claimant="Safeguard Defenders"),
    I("AO", "forced_return", "terá sido levado por dois compatriotas ao aeroporto de Luanda e colocado num voo com destino a Pequim, contra a sua vontade",
      place="Sumbe", claimant="Safeguard Defenders", date="2024-02"),
    C("stations", 2, "AO", "existiriam em Angola pelo menos duas estruturas deste tipo", claimant="Safeguard Defenders"),
    S("AO", "Ondjiva", "A segunda estaria em Ondjiva, no Cunene, e estaria ligada ao distrito de Jiawang, em Xuzhou.",
      operator="Jiawang", operator_alt=["Xuzhou"], claimant="Safeguard Defenders", place_alt=["N'Giva", "Ngiva"]),
    S("AO", "Ondjiva", "O Comando Provincial do Cunene da Polícia Nacional disse desconhecer a existência de qualquer escritório do género na cidade.",
      claimant="Polícia Nacional de Angola", pol="denied", opt=True, place_alt=["N'Giva", "Ngiva"]),
    R("AO", "arrest", "Ninguém foi detido até ao momento, segundo o SIC.", pol="denied", opt=True),
    R("AO", "protest", "O Ministério das Relações Exteriores convocou o embaixador da China em Luanda", claimant="Angolan Ministry of Foreign Affairs"),
    D("CN", "A Embaixada da China em Angola classificou as acusações como «infundadas»", claimant="PRC Embassy in Angola"),
    S("AO", None, "não existem esquadras chinesas em Angola", claimant="PRC Embassy in Angola", pol="denied", opt=True),
    A("AO", "security_agreement", "Angola e a China assinaram em 2019 um acordo de cooperação em matéria de segurança e ordem pública.",
      date="2019"),
    R("AO", "closure", "O Governo Provincial do Cuanza Sul determinou o encerramento preventivo do escritório", place="Sumbe",
      claimant="Governo Provincial do Cuanza Sul"),
]))

# ---------------------------------------------------------------- 025
T025_raw = """ASSEMBLEIA DA REPÚBLICA　　　　　　　　　　　　　　　　　　XVI Legislatura
Pergunta n.º 1733/XVI/1.ª — Resposta do Ministério da Administração Interna

Assunto: Alegadas «esquadras» chinesas no distrito de Aveiro

Texto da pergunta (excerto):
Segundo notícias recentes, funcionaria em Santa Maria da Feira, desde 2021, uma alegada «esquadra» chinesa, que dependeria do Departamento de Segurança Pública do condado de Zongyang (província de Anhui). Uma segunda estrutura estaria instalada em Oliveira de Azeméis, ligada ao condado de Shouxian. Segundo as mesmas notícias, existiriam no distrito de Aveiro pelo menos duas destas estruturas.

Pergunta-se ao Governo:
1. Que diligências foram realizadas pelas forças e serviços de segurança?
2. Tem o Governo conhecimento de alguma estrutura semelhante em Espinho?
3. Caso se confirme a existência destas estruturas, pondera o Governo expulsar diplomatas chineses?

Resposta:

1. A Polícia Judiciária, no âmbito de inquérito titulado pelo Departamento de Investigação e Ação Penal de Aveiro, realizou em 4 de junho de 2025 buscas no espaço de uma associação em Santa Maria da Feira, tendo apreendido documentação e equipamento informático. O inquérito encontra-se em segredo de justiça. Não foram efetuadas detenções.

No que respeita a Oliveira de Azeméis, as diligências realizadas pela Guarda Nacional Republicana não permitiram identificar a prática de qualquer ilícito criminal.

Em 2024, uma cidadã chinesa residente em Santa Maria da Feira apresentou queixa por ter sido pressionada por telefone a regressar à China; recusou e permanece em Portugal.

2. As forças e serviços de segurança não têm registo de qualquer estrutura desta natureza em Espinho.

3. O Governo não se pronuncia sobre cenários hipotéticos. O Ministério dos Negócios Estrangeiros transmitiu à Embaixada da República Popular da China a preocupação do Governo. A Embaixada afirmou que os espaços em causa prestam apenas apoio voluntário a cidadãos chineses na renovação de passaportes e cartas de condução.

Lisboa, 2 de setembro de 2025
O Chefe do Gabinete

Resposta a Pergunta 1733/XVI/1.ª　　　　　　　　　　　　　　　　　　　　　　　Pág. 1/1"""
T025 = wrap_hy(soft(T025_raw), 86)
DOCS.append(dict(name="025-pt-resposta-pergunta-ar-santa-maria-da-feira-oliveira-de-azemeis-zongyang-shouxian.txt", text=T025, facts=[
    S("PT", "Santa Maria da Feira", "funcionaria em Santa Maria da Feira, desde 2021, uma alegada «esquadra» chinesa, que dependeria do Departamento de Segurança Pública do condado de Zongyang (província de Anhui)",
      operator="Zongyang", operator_alt=["Tongling"], claimant="news reports", date="2021"),
    S("PT", "Oliveira de Azeméis", "Uma segunda estrutura estaria instalada em Oliveira de Azeméis, ligada ao condado de Shouxian.",
      operator="Shouxian", operator_alt=["Shou County", "Huainan"], claimant="news reports", place_alt=["Oliveira de Azemeis"]),
    C("stations", 2, "PT", "existiriam no distrito de Aveiro pelo menos duas destas estruturas", claimant="news reports",
      note="scoped to the distrito de Aveiro"),
    R("PT", "investigation", "realizou em 4 de junho de 2025 buscas no espaço de uma associação em Santa Maria da Feira",
      place="Santa Maria da Feira", claimant="Portuguese government", date="2025-06-04"),
    R("PT", "arrest", "Não foram efetuadas detenções.", pol="denied", opt=True, claimant="Portuguese government"),
    R("PT", "no_wrongdoing_found", "as diligências realizadas pela Guarda Nacional Republicana não permitiram identificar a prática de qualquer ilícito criminal",
      place="Oliveira de Azeméis", claimant="Portuguese government"),
    I("PT", "persuasion", "apresentou queixa por ter sido pressionada por telefone a regressar à China; recusou e permanece em Portugal",
      place="Santa Maria da Feira", claimant="Portuguese government", date="2024"),
    S("PT", "Espinho", "As forças e serviços de segurança não têm registo de qualquer estrutura desta natureza em Espinho.",
      claimant="Portuguese government", pol="denied", opt=True),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros transmitiu à Embaixada da República Popular da China a preocupação do Governo.",
      claimant="Portuguese government", opt=True, note="concern conveyed, short of a summons"),
    D("CN", "A Embaixada afirmou que os espaços em causa prestam apenas apoio voluntário a cidadãos chineses",
      claimant="PRC Embassy in Portugal"),
]))

# ---------------------------------------------------------------- 026
T026 = """TRANSCRIÇÃO — Programa "Jornal da Manhã", rádio de notícias, Belo Horizonte
Edição de quinta-feira, 13 de novembro de 2025 — entrevista das 8h10

[Vinheta]

APRESENTADOR: Oito e dez. Vamos falar agora da operação da Polícia Federal em Governador Valadares. Está com a gente, por telefone, a repórter que acompanhou o caso no Vale do Rio Doce. Bom dia.

REPÓRTER: Bom dia. Ontem de manhã a Polícia Federal cumpriu dois mandados de busca e apreensão numa sala comercial no centro de Governador Valadares, em cima de uma loja de eletrônicos. A PF abriu inquérito para apurar se ali funcionava, entre aspas, um "posto policial" chinês clandestino.

APRESENTADOR: E alguém foi preso?

REPÓRTER: Não. Ninguém foi preso até agora.

APRESENTADOR: Quem estaria por trás?

REPÓRTER: A ONG Safeguard Defenders, que é de Madri, diz que o posto prestaria contas ao Departamento de Segurança Pública do condado de Jingxian, na província de Anhui. Segundo a PF, papéis apreendidos na sala têm o timbre desse departamento.

APRESENTADOR: E tem um caso de uma família aqui, não é?

REPÓRTER: Tem. Uma comerciante chinesa que mora em Valadares há dez anos contou que, depois de publicar nas redes sociais um vídeo criticando o governo chinês, os pais dela, na China, receberam visitas da polícia local várias vezes. Ela diz que ninguém pediu que ela voltasse.

APRESENTADOR: Vamos a um rápido intervalo. Já voltamos.

[Intervalo comercial]

APRESENTADOR: Voltamos. Você falou que haveria um segundo endereço em Minas.

REPÓRTER: Isso. A ONG diz que em Minas Gerais seriam dois: o de Valadares e um em Ipatinga, que estaria ligado ao condado de Xiaoxian. Mas a Polícia Civil de Ipatinga afirma que não identificou nada parecido na cidade.

APRESENTADOR: E o Itamaraty?

REPÓRTER: O Itamaraty convocou ontem à tarde o encarregado de negócios da embaixada chinesa em Brasília para dar explicações.

APRESENTADOR: E a embaixada?

REPÓRTER: A embaixada diz que não existem delegacias chinesas no Brasil e que são voluntários que ajudam chineses mais velhos a renovar a carteira de motorista e o passaporte pela internet.

APRESENTADOR: E se a PF confirmar a suspeita, o que acontece?

REPÓRTER: Aí vai depender do inquérito e da Justiça. Ainda é cedo.

APRESENTADOR: Obrigado. Oito e vinte e dois, vamos ao trânsito na Avenida Amazonas.
"""
DOCS.append(dict(name="026-pt-br-transcricao-radio-governador-valadares-ipatinga-jingxian-xiaoxian.txt", text=T026, facts=[
    R("BR", "investigation", "a Polícia Federal cumpriu dois mandados de busca e apreensão numa sala comercial no centro de Governador Valadares",
      place="Governador Valadares", claimant="Polícia Federal"),
    R("BR", "investigation", "A PF abriu inquérito para apurar se ali funcionava", place="Governador Valadares", claimant="Polícia Federal"),
    S("BR", "Governador Valadares", "A PF abriu inquérito para apurar se ali funcionava, entre aspas, um \"posto policial\" chinês clandestino.",
      claimant="Polícia Federal", note="suspicion under investigation; a commercial room above an electronics shop"),
    R("BR", "arrest", "Ninguém foi preso até agora.", pol="denied", opt=True),
    S("BR", "Governador Valadares", "diz que o posto prestaria contas ao Departamento de Segurança Pública do condado de Jingxian, na província de Anhui",
      operator="Jingxian", operator_alt=["Jing County", "Xuancheng"], claimant="Safeguard Defenders"),
    I("BR", "harassment", "os pais dela, na China, receberam visitas da polícia local várias vezes",
      place="Governador Valadares", claimant="a Chinese shopkeeper in Governador Valadares"),
    C("stations", 2, "BR", "A ONG diz que em Minas Gerais seriam dois", claimant="Safeguard Defenders", note="scoped to Minas Gerais"),
    S("BR", "Ipatinga", "um em Ipatinga, que estaria ligado ao condado de Xiaoxian",
      operator="Xiaoxian", operator_alt=["Xiao County", "Suzhou"], claimant="Safeguard Defenders"),
    S("BR", "Ipatinga", "Mas a Polícia Civil de Ipatinga afirma que não identificou nada parecido na cidade.",
      claimant="Polícia Civil de Minas Gerais", pol="denied", opt=True),
    R("BR", "protest", "O Itamaraty convocou ontem à tarde o encarregado de negócios da embaixada chinesa em Brasília",
      claimant="Brazilian Ministry of Foreign Affairs"),
    D("CN", "A embaixada diz que não existem delegacias chinesas no Brasil", claimant="PRC Embassy in Brazil"),
    S("BR", None, "não existem delegacias chinesas no Brasil", claimant="PRC Embassy in Brazil", pol="denied", opt=True),
]))
