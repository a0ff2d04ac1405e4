"""check21 part B, Portuguese documents 050–052 (PT TV transcript, AO newspaper, BR ministerial answer)."""

from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------------------
# 050 pt: TV news programme transcript (Portugal)
# ---------------------------------------------------------------------------
T050 = """CANAL NORTE NOTÍCIAS – «Jornal da Noite»
Transcrição de excerto | emissão de 19 de novembro de 2026
Texto preparado pela equipa de acessibilidade. Pode conter pequenas diferenças em relação à emissão.

[GENÉRICO]

PIVÔ: Boa noite. Abrimos com uma investigação que chegou esta manhã a Vila Franca de Xira. A Polícia Judiciária fez buscas num espaço de uma associação chinesa no centro da cidade. Segundo uma organização não-governamental, aquele espaço funcionaria como uma espécie de esquadra clandestina da polícia chinesa. A nossa repórter está no local.

REPÓRTER (em direto): Boa noite. Estamos junto ao edifício onde, às sete da manhã, chegaram inspetores da Unidade Nacional de Contraterrorismo da PJ. As buscas duraram cerca de cinco horas. Foram apreendidos computadores, telemóveis e documentação. Fonte da PJ confirmou ao Canal Norte que as diligências se inserem num inquérito dirigido pelo DCIAP. Não houve detenções.

PIVÔ: E o que se sabe sobre quem estaria por trás deste espaço?

REPÓRTER: Segundo documentos a que o Canal Norte teve acesso, o espaço prestava contas ao gabinete de segurança pública do condado de Tongshan, na província de Hubei, no centro da China. Muitos dos membros da associação são originários dessa região.

[PEÇA GRAVADA]

VOZ OFF: Na avenida principal de Vila Franca de Xira, os restaurantes chineses fazem parte da paisagem há mais de duas décadas. A comunidade, de algumas centenas de pessoas, trabalha sobretudo na restauração e no comércio. Um empregado de mesa, que pediu para não ser identificado, contou ao Canal Norte que, no início do ano, foi várias vezes chamado à associação e aconselhado a regressar à China para «resolver» uma queixa antiga. Acabou por viajar em abril, pelos seus próprios meios, e voltou a Portugal no verão.

VOZ OFF: A organização Safeguard Defenders, que denunciou a existência destes espaços em 2022, aponta três em Portugal. Um deles estaria em Portalegre, ligado ao gabinete de segurança pública de Chongyang, também na província de Hubei. Contactada pelo Canal Norte, a PSP de Portalegre disse não ter conhecimento de qualquer estrutura do género na cidade.

[FIM DA PEÇA]

PIVÔ: E do lado do Governo, houve reação?

REPÓRTER: Sim. O Ministério dos Negócios Estrangeiros confirmou que convocou hoje à tarde o embaixador da China em Lisboa para prestar esclarecimentos.

PIVÔ: E a embaixada chinesa?

REPÓRTER: Numa nota enviada às redações, a embaixada fala de «acusações infundadas» e diz que a associação apenas ajuda voluntariamente cidadãos chineses a renovar a carta de condução e o passaporte.

PIVÔ: Uma última pergunta: e se a investigação confirmar as suspeitas, o que pode acontecer à associação?

REPÓRTER: Para já, ninguém quer fazer esse exercício. A PJ diz que é cedo.

PIVÔ: Obrigado. Passamos agora ao desporto.
"""

DOCS.append(dict(
    name="050-pt-transcricao-tv-vila-franca-de-xira-portalegre-tongshan-chongyang.txt",
    text=T050,
    facts=[
        R("PT", "investigation", "A Polícia Judiciária fez buscas num espaço de uma associação chinesa no centro da cidade", place="Vila Franca de Xira", date="2026-11-19"),
        S("PT", "Vila Franca de Xira", "Segundo uma organização não-governamental, aquele espaço funcionaria como uma espécie de esquadra clandestina da polícia chinesa",
          claimant="non-governmental organisation"),
        R("PT", "investigation", "as diligências se inserem num inquérito dirigido pelo DCIAP", claimant="Polícia Judiciária"),
        R("PT", "arrest", "Não houve detenções", pol="denied", opt=True),
        S("PT", "Vila Franca de Xira", "Segundo documentos a que o Canal Norte teve acesso, o espaço prestava contas ao gabinete de segurança pública do condado de Tongshan, na província de Hubei",
          operator="Tongshan", operator_alt=["Xianning"]),
        I("PT", "persuasion", "foi várias vezes chamado à associação e aconselhado a regressar à China para «resolver» uma queixa antiga", place="Vila Franca de Xira",
          date="2026", note="travelled back himself in April, returned in the summer"),
        C("stations", 3, "PT", "aponta três em Portugal", claimant="Safeguard Defenders"),
        S("PT", "Portalegre", "Um deles estaria em Portalegre, ligado ao gabinete de segurança pública de Chongyang, também na província de Hubei", operator="Chongyang",
          operator_alt=["Xianning"], claimant="Safeguard Defenders"),
        S("PT", "Portalegre", "a PSP de Portalegre disse não ter conhecimento de qualquer estrutura do género na cidade", pol="denied", opt=True, claimant="PSP"),
        R("PT", "protest", "O Ministério dos Negócios Estrangeiros confirmou que convocou hoje à tarde o embaixador da China em Lisboa", date="2026-11-19",
          claimant="Portuguese Ministry of Foreign Affairs"),
        D("CN", "a embaixada fala de «acusações infundadas» e diz que a associação apenas ajuda voluntariamente cidadãos chineses a renovar a carta de condução e o passaporte",
          claimant="PRC Embassy in Portugal"),
    ],
))

# ---------------------------------------------------------------------------
# 051 pt-AO: Angolan newspaper web page
# ---------------------------------------------------------------------------
T051 = """JORNAL DO PLANALTO | Sociedade | Moxico

Este sítio utiliza cookies. Ao continuar a navegar, está a concordar com a nossa política de privacidade.

SIC detém três cidadãos chineses no Luena por suspeita de «esquadra paralela»

Por um jornalista da delegação do Moxico | 27 de Outubro de 2026 | 10:14

O Serviço de Investigação Criminal (SIC) deteve, na passada sexta-feira, três cidadãos de nacionalidade chinesa na cidade do Luena, província do Moxico, no âmbito de um processo-crime por coacção, usurpação de funções e associação criminosa. Os detidos foram ouvidos em primeiro interrogatório e aguardam julgamento em prisão preventiva.

De acordo com o porta-voz do SIC no Moxico, a operação incluiu buscas a um escritório no bairro Alto Luena onde funcionava uma «associação de apoio aos trabalhadores chineses». Para a organização internacional de direitos humanos Safeguard Defenders, aquele escritório era um dos chamados «postos de serviço» que polícias locais chinesas mantêm no estrangeiro.

O mesmo porta-voz revelou que, segundo documentos apreendidos, o escritório respondia ao órgão de segurança pública do distrito de Zhuxi, na província chinesa de Hubei.

A investigação começou depois da denúncia de um operário chinês de uma empresa de construção que trabalha na reabilitação de estradas no Leste do país. Segundo o SIC, um colega seu, que reclamava salários em atraso, foi levado em Agosto por membros da associação ao aeroporto do Luena e embarcado num voo para Luanda e, de lá, para Pequim, contra a sua vontade.

LEIA TAMBÉM: Moxico: reabilitação da EN-180 deve terminar em 2027 | Caminho-de-Ferro de Benguela reforça comboios para o Luau

Segundo a Safeguard Defenders, existem duas estruturas do género em Angola. A outra estaria em Menongue, no Cuando Cubango, e estaria ligada ao órgão de segurança pública do distrito de Hong'an, também em Hubei. O comando provincial da Polícia Nacional no Cuando Cubango disse desconhecer a existência de tal escritório.

Angola e a China assinaram em 2023 um acordo de cooperação no domínio da segurança e ordem pública, que prevê formação de efectivos angolanos e troca de informações.

Em comunicado, a Embaixada da China em Luanda afirmou que «não existem esquadras chinesas em Angola» e que a associação do Luena se limitava a ajudar os trabalhadores chineses com a renovação de passaportes e cartas de condução.

Comentários (6) | Partilhar

© Jornal do Planalto. Todos os direitos reservados. Receba as notícias do dia no seu e-mail: subscreva a nossa newsletter.
"""

DOCS.append(dict(
    name="051-pt-ao-jornal-luena-menongue-zhuxi-hongan.txt",
    text=T051,
    facts=[
        R("AO", "arrest", "O Serviço de Investigação Criminal (SIC) deteve, na passada sexta-feira, três cidadãos de nacionalidade chinesa na cidade do Luena", place="Luena",
          date="2026-10-23"),
        R("AO", "investigation", "a operação incluiu buscas a um escritório no bairro Alto Luena", place="Luena", claimant="SIC"),
        S("AO", "Luena", "Para a organização internacional de direitos humanos Safeguard Defenders, aquele escritório era um dos chamados «postos de serviço» que polícias locais chinesas mantêm no estrangeiro",
          claimant="Safeguard Defenders"),
        S("AO", "Luena", "segundo documentos apreendidos, o escritório respondia ao órgão de segurança pública do distrito de Zhuxi, na província chinesa de Hubei",
          operator="Zhuxi", operator_alt=["Shiyan"], claimant="SIC"),
        I("AO", "forced_return", "foi levado em Agosto por membros da associação ao aeroporto do Luena e embarcado num voo para Luanda e, de lá, para Pequim, contra a sua vontade",
          place="Luena", claimant="SIC", date="2026-08"),
        C("stations", 2, "AO", "Segundo a Safeguard Defenders, existem duas estruturas do género em Angola", claimant="Safeguard Defenders"),
        S("AO", "Menongue", "A outra estaria em Menongue, no Cuando Cubango, e estaria ligada ao órgão de segurança pública do distrito de Hong'an, também em Hubei",
          operator="Hong'an", operator_alt=["Hongan", "Huanggang"], claimant="Safeguard Defenders"),
        S("AO", "Menongue", "O comando provincial da Polícia Nacional no Cuando Cubango disse desconhecer a existência de tal escritório", pol="denied", opt=True,
          claimant="Polícia Nacional de Angola"),
        A("AO", "security_agreement", "Angola e a China assinaram em 2023 um acordo de cooperação no domínio da segurança e ordem pública", date="2023"),
        S("AO", None, "«não existem esquadras chinesas em Angola»", pol="denied", opt=True, claimant="PRC Embassy in Angola"),
        D("CN", "a associação do Luena se limitava a ajudar os trabalhadores chineses com a renovação de passaportes e cartas de condução", claimant="PRC Embassy in Angola"),
    ],
))

# ---------------------------------------------------------------------------
# 052 pt-BR: ministry's answer to a request for information, PDF-like, table, footnotes
# ---------------------------------------------------------------------------
T052_RAW = """MINISTÉRIO DA JUSTIÇA E SEGURANÇA PÚBLICA – Assessoria Especial Parlamentar    Fl. 2
OFÍCIO Nº 3.418/2026/ASPAR/MJSP
Brasília, 16 de novembro de 2026.
Assunto: Resposta ao Requerimento de Informação nº 1.214/2026.
Senhor Primeiro-Secretário,
1. Em atenção ao Requerimento de Informação em epígrafe, de autoria de Deputado Federal, que solicita informações sobre a suposta existência de "postos de serviço policial" mantidos por órgãos de segurança pública da República Popular da China em território nacional, encaminho as informações prestadas pela Polícia Federal e pela Secretaria Nacional de Segurança Pública.
2. O requerimento menciona relatório da organização Safeguard Defenders segundo o qual haveria três localidades no Brasil com estruturas dessa natureza¹. A situação de cada uma, conforme levantamento da Polícia Federal, consta do quadro abaixo.
┌─────────────────────┬────┬────────────────────────────┬─────────────────────────────┐
│ Localidade          │ UF │ Órgão indicado no relatório│ Situação (PF)               │
├─────────────────────┼────┼────────────────────────────┼─────────────────────────────┤
│ Feira de Santana    │ BA │ Jiayu (Hubei)              │ inquérito policial em curso │
│ Imperatriz          │ MA │ Changyang (Hubei)          │ sem indícios de ilícito     │
│ Marabá              │ PA │ Wufeng (Hubei)             │ sem registro                │
└─────────────────────┴────┴────────────────────────────┴─────────────────────────────┘
3. Quanto a Feira de Santana, a Polícia Federal instaurou inquérito policial em setembro de 2026, no âmbito do qual foram cumpridos dois mandados de busca e apreensão expedidos pela Justiça Federal². Não houve prisões. O inquérito tramita sob sigilo.
4. Quanto a Imperatriz, foram realizadas diligências preliminares no endereço indicado, nas quais não foram identificados indícios da prática de ilícitos penais.
5. Quanto a Marabá, a Polícia Federal informa não possuir registro de qualquer estrutura dessa natureza no município.
6. O Ministério das Relações Exteriores informou a esta Pasta que convocou, em 2 de outubro de 2026, o Encarregado de Negócios da Embaixada da República Popular da China para prestar esclarecimentos³.
7. No que se refere ao item 4 do requerimento, que indaga quais medidas seriam adotadas "caso confirmada a atuação de agentes estrangeiros", não cabe a este Ministério antecipar juízo sobre investigações em andamento.
Atenciosamente,
Ministro de Estado da Justiça e Segurança Pública
¹ Relatório citado pelo requerente, atualizado em 2026. ² Processo sob segredo de justiça. ³ Nota do MRE à Secretaria-Executiva do MJSP.
SEI 0041873-22.2026                                                             Fl. 2"""

for _a, _b in [("informações prestadas", "infor~mações prestadas"), ("Secretaria Nacional", "Secre~taria Nacional"),
               ("organização Safeguard", "organi~zação Safeguard"), ("levantamento", "levan~tamento"),
               ("instaurou", "instau~rou"), ("preliminares", "prelimi~nares"), ("esclarecimentos", "esclare~cimentos"),
               ("investigações em andamento", "investi~gações em andamento"), ("natureza no município", "natu~reza no município")]:
    assert _a in T052_RAW, _a
    T052_RAW = T052_RAW.replace(_a, _b, 1)

def _mark(text):
    """Soft-hyphen marks (V-CV) in long words of running text, for PDF-like hyphenation."""
    vow = "aeiouáéíóúâêôãõà"
    out = []
    for line in text.split("\n"):
        if line[:1] in "┌│├└" or len(line) < 60:
            out.append(line)
            continue
        words = []
        for w in line.split(" "):
            if len(w) >= 9 and w.isalpha() and "~" not in w:
                cands = [i for i in range(3, len(w) - 3)
                         if w[i - 1].lower() in vow and w[i].lower() not in vow and w[i + 1].lower() in vow]
                if cands:
                    i = min(cands, key=lambda k: abs(k - len(w) / 2))
                    w = w[:i] + "~" + w[i:]
            words.append(w)
        out.append(" ".join(words))
    return "\n".join(out)


T052 = wrap_hy(_mark(T052_RAW), width=87)

DOCS.append(dict(
    name="052-pt-br-oficio-resposta-requerimento-tabela-feira-de-santana-imperatriz-maraba.txt",
    text=T052,
    facts=[
        C("stations", 3, "BR", "O requerimento menciona relatório da organização Safeguard Defenders segundo o qual haveria três localidades no Brasil com estruturas dessa natureza",
          claimant="Safeguard Defenders"),
        S("BR", "Feira de Santana", "│ Feira de Santana    │ BA │ Jiayu (Hubei)              │ inquérito policial em curso │", operator="Jiayu",
          operator_alt=["Xianning"], claimant="Safeguard Defenders", note="operator in the table row only"),
        S("BR", "Imperatriz", "│ Imperatriz          │ MA │ Changyang (Hubei)          │ sem indícios de ilícito     │", operator="Changyang",
          operator_alt=["Yichang"], claimant="Safeguard Defenders", note="operator in the table row only"),
        S("BR", "Marabá", "│ Marabá              │ PA │ Wufeng (Hubei)             │ sem registro                │", operator="Wufeng",
          operator_alt=["Yichang"], place_alt=["Maraba"], claimant="Safeguard Defenders", note="operator in the table row only"),
        R("BR", "investigation", "Quanto a Feira de Santana, a Polícia Federal instaurou inquérito policial em setembro de 2026, no âmbito do qual foram cumpridos dois mandados de busca e apreensão",
          place="Feira de Santana", date="2026-09", claimant="Polícia Federal"),
        R("BR", "arrest", "Não houve prisões", pol="denied", opt=True, claimant="Polícia Federal"),
        R("BR", "investigation", "Quanto a Imperatriz, foram realizadas diligências preliminares no endereço indicado", place="Imperatriz", claimant="Polícia Federal"),
        R("BR", "no_wrongdoing_found", "nas quais não foram identificados indícios da prática de ilícitos penais", place="Imperatriz", claimant="Polícia Federal"),
        S("BR", "Marabá", "Quanto a Marabá, a Polícia Federal informa não possuir registro de qualquer estrutura dessa natureza no município", pol="denied", opt=True,
          place_alt=["Maraba"], claimant="Polícia Federal"),
        R("BR", "protest", "convocou, em 2 de outubro de 2026, o Encarregado de Negócios da Embaixada da República Popular da China para prestar esclarecimentos",
          date="2026-10-02", claimant="Brazilian Ministry of Foreign Affairs"),
    ],
))
