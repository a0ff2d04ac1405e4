"""check22 part A, Portuguese documents 024-026."""
from h import S, C, R, I, A, D, wrap_hy, soft

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 024
T024 = """Este site utiliza cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a sua utilização. [Aceitar]

PAÍS | Trás-os-Montes
Partilhar: Facebook · X · WhatsApp · Email

PJ faz buscas em associação chinesa de Chaves suspeita de funcionar como "esquadra"

Lusa · 02 dez 2026, 14:37 · Atualizado às 21:10

A Polícia Judiciária (PJ) realizou hoje buscas nas instalações de uma associação de comerciantes chineses em Chaves, no âmbito de um inquérito dirigido pelo Departamento Central de Investigação e Ação Penal (DCIAP), disse à Lusa fonte policial.

Segundo a organização não-governamental Safeguard Defenders, o espaço funcionaria como uma "esquadra" ao serviço do Departamento de Segurança Pública de Laiyuan, um condado da província chinesa de Hebei. Não houve detenções, segundo a mesma fonte.

Chaves, junto à fronteira com a Galiza, tem uma pequena comunidade chinesa, ligada sobretudo ao comércio de vestuário e de artigos para o lar. "Aqui toda a gente se conhece, nunca ninguém ouviu falar de polícia", disse à Lusa o dono de um café da zona histórica.

A associação, criada em 2017, organiza todos os anos a celebração do Ano Novo Chinês no Jardim Público e tem cerca de sessenta associados, segundo o seu presidente. Nos últimos anos, abriram na cidade várias lojas geridas por cidadãos chineses, muitas delas viradas para os clientes espanhóis que atravessam a fronteira ao fim de semana.

[Foto: Fachada da associação, no centro de Chaves. © Lusa]

Um cozinheiro chinês que trabalhou vários anos num restaurante da cidade contou à Lusa que, em 2024, foi contactado repetidamente através da associação para regressar à China e "resolver um assunto de família". Acabou por viajar em outubro desse ano e voltou a Portugal três meses depois.

LEIA TAMBÉM: Autarquia de Chaves aprova orçamento para 2027

De acordo com a Safeguard Defenders, existem pelo menos três destes postos em Portugal. Um deles estaria em Pombal, no distrito de Leiria, e estaria ligado à polícia de Kangbao, igualmente na província de Hebei. A GNR disse à Lusa "não ter conhecimento" de qualquer estrutura desse tipo em Pombal. Fonte judicial acrescentou que o Ministério Público não abriu qualquer inquérito relativo a Pombal.

O Ministério dos Negócios Estrangeiros convocou hoje o embaixador da China em Lisboa, confirmou à Lusa fonte diplomática.

A embaixada chinesa rejeitou as acusações e afirmou que os voluntários da associação apenas ajudam pensionistas chineses a obter a prova de vida exigida para receberem as suas pensões.

Atualização às 21:10: Fonte do DCIAP confirmou que foram apreendidos documentos e material informático, que serão agora analisados.

FMS // JMR
Lusa/Fim"""

D024 = {"name": "024-pt-lusa-wire-update-chaves-pombal-laiyuan-kangbao.txt", "text": T024, "facts": [
    R("PT", "investigation", "A Polícia Judiciária (PJ) realizou hoje buscas nas instalações de uma associação de comerciantes chineses em Chaves, no âmbito de um inquérito", place="Chaves", claimant="Polícia Judiciária"),
    S("PT", "Chaves", "Segundo a organização não-governamental Safeguard Defenders, o espaço funcionaria como uma \"esquadra\" ao serviço do Departamento de Segurança Pública de Laiyuan, um condado da província chinesa de Hebei", operator="Laiyuan", operator_alt=["Baoding"], claimant=SD, note="the Chaves association of the sentence before"),
    R("PT", "arrest", "Não houve detenções, segundo a mesma fonte.", pol="denied", opt=True),
    I("PT", "persuasion", "foi contactado repetidamente através da associação para regressar à China e \"resolver um assunto de família\". Acabou por viajar em outubro desse ano", claimant="a Chinese cook in Chaves", place="Chaves"),
    C("stations", 3, "PT", "existem pelo menos três destes postos em Portugal", claimant=SD),
    S("PT", "Pombal", "Um deles estaria em Pombal, no distrito de Leiria, e estaria ligado à polícia de Kangbao, igualmente na província de Hebei", operator="Kangbao", operator_alt=["Zhangjiakou"], claimant=SD),
    S("PT", "Pombal", "A GNR disse à Lusa \"não ter conhecimento\" de qualquer estrutura desse tipo em Pombal", claimant="GNR", pol="denied", opt=True),
    R("PT", "investigation", "o Ministério Público não abriu qualquer inquérito relativo a Pombal", claimant="judicial source", pol="denied", note="'did not open an investigation' is a denied investigation"),
    R("PT", "protest", "O Ministério dos Negócios Estrangeiros convocou hoje o embaixador da China em Lisboa", claimant="Portuguese Ministry of Foreign Affairs"),
    D("CN", "A embaixada chinesa rejeitou as acusações e afirmou que os voluntários da associação apenas ajudam pensionistas chineses a obter a prova de vida", claimant="PRC Embassy in Portugal"),
]}

# ---------------------------------------------------------------- 025
P025 = """REPÚBLICA DE CABO VERDE · ASSEMBLEIA NACIONAL      X Legislatura

Resposta do Ministério da Administração Interna à Pergunta Escrita n.º 58/X/2026

Assunto: Alegado posto de polícia estrangeiro na cidade de Assomada

I. A pergunta

O Senhor Deputado refere, na sua pergunta, que notícias publicadas em setembro dão conta de que na cidade de Assomada, ilha de Santiago, funciona um posto ligado ao Departamento de Segurança Pública de Guangnan, distrito da província chinesa de Yunnan, instalado numa loja de materiais de construção. Refere ainda que as mesmas notícias mencionam um segundo local, em Espargos, ilha do Sal, associado à polícia de Maguan, também em Yunnan, pelo que existiriam em Cabo Verde duas localidades com estruturas deste tipo.

O Senhor Deputado pergunta: (1) que diligências foram realizadas; (2) se foram identificadas vítimas; (3) que medidas serão adotadas caso se confirme a atuação de agentes estrangeiros.

II. Resposta

1. A Polícia Judiciária abriu, em outubro de 2026, um inquérito relativo ao estabelecimento de Assomada, sob a direção do Ministério Público. As diligências realizadas até ao momento, incluindo a audição de comerciantes e a análise de documentos, não permitiram identificar indícios da prática de crime.

2. Quanto ao local referido em Espargos, a Polícia Nacional informou não possuir qualquer registo da existência de uma estrutura com essas características.

3. Não foram identificadas vítimas até à presente data.

4. Não cabe ao Governo pronunciar-se sobre cenários hipotéticos.

5. Recorda-se que Cabo Verde e a República Popular da China assinaram, em 2023, um acordo de cooperação policial centrado na formação de agentes e na prevenção da criminalidade transnacional.

6. Consultada pelo Ministério dos Negócios Estrangeiros, a Embaixada da China informou tratar-se de apoio voluntário prestado por comerciantes chineses a compatriotas na renovação de passaportes.

Praia, 18 de novembro de 2026
O Ministro da Administração Interna

Assembleia Nacional · Pergunta n.º 58/X/2026 · Resposta · pág. 1/1"""

T025 = wrap_hy(soft(P025), 67)

D025 = {"name": "025-pt-cv-written-answer-assomada-espargos-guangnan-maguan.txt", "text": T025, "facts": [
    S("CV", "Assomada", "na cidade de Assomada, ilha de Santiago, funciona um posto ligado ao Departamento de Segurança Pública de Guangnan, distrito da província chinesa de Yunnan", operator="Guangnan", operator_alt=["Wenshan"], claimant="news reports cited by a member of parliament"),
    S("CV", "Espargos", "um segundo local, em Espargos, ilha do Sal, associado à polícia de Maguan, também em Yunnan", operator="Maguan", operator_alt=["Wenshan"], claimant="news reports cited by a member of parliament"),
    C("stations", 2, "CV", "existiriam em Cabo Verde duas localidades com estruturas deste tipo", claimant="a member of parliament"),
    R("CV", "investigation", "A Polícia Judiciária abriu, em outubro de 2026, um inquérito relativo ao estabelecimento de Assomada", place="Assomada", claimant="Ministério da Administração Interna", date="2026-10"),
    R("CV", "no_wrongdoing_found", "não permitiram identificar indícios da prática de crime", claimant="Ministério da Administração Interna"),
    S("CV", "Espargos", "a Polícia Nacional informou não possuir qualquer registo da existência de uma estrutura com essas características", claimant="Polícia Nacional de Cabo Verde", pol="denied", opt=True),
    A("CV", "security_agreement", "Cabo Verde e a República Popular da China assinaram, em 2023, um acordo de cooperação policial", claimant="Ministério da Administração Interna", date="2023"),
    D("CN", "a Embaixada da China informou tratar-se de apoio voluntário prestado por comerciantes chineses a compatriotas na renovação de passaportes", claimant="PRC Embassy in Cabo Verde"),
]}

# ---------------------------------------------------------------- 026
T026 = """TV NORDESTE — JORNAL DA NOITE — transcrição da edição de 3 de dezembro de 2026 (bloco 2)

[Vinheta]

APRESENTADORA: A Polícia Federal cumpriu hoje um mandado de busca e apreensão numa loja de eletrônicos no centro de Mossoró, no Rio Grande do Norte. Segundo a PF, o imóvel funcionaria como um posto de polícia clandestino ligado ao Departamento de Segurança Pública de Heyang, na província chinesa de Shaanxi. A repórter acompanhou a operação.

REPÓRTER (gravado): Os agentes chegaram às seis da manhã e saíram com computadores, carimbos e pastas de documentos. Entre o material apreendido, segundo a PF, havia fotos de pessoas que participaram de um protesto em frente ao consulado chinês no Recife, com anotações sobre as famílias delas na China.

REPÓRTER (gravado): Um vendedor chinês que trabalha em Mossoró há oito anos contou à nossa equipe que foi pressionado várias vezes por pessoas ligadas à loja para voltar à China e "se explicar" às autoridades da cidade natal. Ele decidiu ficar.

APRESENTADORA: Ninguém foi preso até agora. O relatório da ONG Safeguard Defenders, que fala em cento e duas estruturas desse tipo em 53 países, aponta duas no Brasil. A segunda estaria em Marília, no interior de São Paulo, e seria ligada à polícia de Lantian, também em Shaanxi.

REPÓRTER (ao vivo): A Polícia Civil de São Paulo informou que não identificou nenhuma estrutura desse tipo em Marília.

APRESENTADORA: O Itamaraty convocou nesta tarde o encarregado de negócios da embaixada da China para pedir esclarecimentos.

APRESENTADORA: Em nota, a embaixada afirmou que "não existem delegacias chinesas no Brasil" e que a loja de Mossoró apenas oferecia, de forma voluntária, ajuda a cidadãos chineses para renovar a carteira de motorista.

APRESENTADORA: E se a investigação confirmar as suspeitas? A gente volta ao assunto amanhã, com um especialista em direito internacional.

[Intervalo comercial]"""

D026 = {"name": "026-pt-br-tv-news-transcript-mossoro-marilia-heyang-lantian.txt", "text": T026, "facts": [
    R("BR", "investigation", "A Polícia Federal cumpriu hoje um mandado de busca e apreensão numa loja de eletrônicos no centro de Mossoró", place="Mossoró", claimant="Polícia Federal"),
    S("BR", "Mossoró", "Segundo a PF, o imóvel funcionaria como um posto de polícia clandestino ligado ao Departamento de Segurança Pública de Heyang, na província chinesa de Shaanxi", operator="Heyang", operator_alt=["Weinan"], claimant="Polícia Federal", note="the Mossoró shop of the sentence before"),
    I("BR", "surveillance", "havia fotos de pessoas que participaram de um protesto em frente ao consulado chinês no Recife, com anotações sobre as famílias delas na China", claimant="Polícia Federal"),
    I("BR", "persuasion", "foi pressionado várias vezes por pessoas ligadas à loja para voltar à China e \"se explicar\" às autoridades da cidade natal. Ele decidiu ficar", place="Mossoró", claimant="a Chinese salesman in Mossoró"),
    R("BR", "arrest", "Ninguém foi preso até agora.", pol="denied", opt=True),
    C("stations", 102, None, "fala em cento e duas estruturas desse tipo em 53 países", claimant=SD),
    C("countries", 53, None, "fala em cento e duas estruturas desse tipo em 53 países", claimant=SD),
    C("stations", 2, "BR", "aponta duas no Brasil", claimant=SD),
    S("BR", "Marília", "A segunda estaria em Marília, no interior de São Paulo, e seria ligada à polícia de Lantian, também em Shaanxi", operator="Lantian", operator_alt=["Xi'an", "Xian"], claimant=SD),
    S("BR", "Marília", "A Polícia Civil de São Paulo informou que não identificou nenhuma estrutura desse tipo em Marília", claimant="Polícia Civil de São Paulo", pol="denied", opt=True),
    R("BR", "protest", "O Itamaraty convocou nesta tarde o encarregado de negócios da embaixada da China", claimant="Itamaraty"),
    S("BR", None, "\"não existem delegacias chinesas no Brasil\"", claimant="PRC Embassy in Brazil", pol="denied", opt=True),
    D("CN", "a embaixada afirmou que \"não existem delegacias chinesas no Brasil\" e que a loja de Mossoró apenas oferecia, de forma voluntária, ajuda a cidadãos chineses para renovar a carteira de motorista", claimant="PRC Embassy in Brazil"),
]}

DOCS = [D024, D025, D026]
