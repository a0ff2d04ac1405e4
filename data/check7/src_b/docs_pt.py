from h import *
DOCS = []
t = """PJ investiga alegados postos da polícia chinesa em Braga e Coimbra

Braga, 16 mai 2023 (Lusa) - A Polícia Judiciária (PJ) está a investigar dois espaços associativos, em Braga e em Coimbra, suspeitos de funcionarem como postos informais da polícia chinesa, disse hoje à Lusa fonte ligada ao processo.
O inquérito, aberto pelo Departamento Central de Investigação e Ação Penal (DCIAP) na sequência de uma denúncia anónima, visa sobretudo o espaço de Braga, instalado nas traseiras de uma loja de artigos para o lar. Este terá sido criado em 2020 pelo departamento de segurança pública de Qingtian, concelho de onde é natural a maioria dos chineses residentes no Minho.
O de Coimbra, mais recente, estaria ligado à polícia de Wenzhou, segundo a mesma fonte.
Em dezembro de 2022, a organização não-governamental Safeguard Defenders tinha apontado a existência de três postos em Portugal, dois deles na área metropolitana de Lisboa, sem referir Braga nem Coimbra.
Contactada pela Lusa, a embaixada da China em Lisboa rejeitou "categoricamente" a existência de "esquadras" chinesas em Portugal e explicou que as associações "apenas prestam apoio administrativo, como a renovação de cartas de condução".
O Ministério dos Negócios Estrangeiros português não convocou o embaixador, adiantou fonte diplomática.
Não há arguidos constituídos.
JMC // SF
Lusa/Fim"""
DOCS.append(('046-pt-lusa-braga-coimbra-pj.txt', t, [
  R('PT','investigation',"A Polícia Judiciária (PJ) está a investigar dois espaços associativos, em Braga e em Coimbra"),
  C('stations',2,'PT',"dois espaços associativos, em Braga e em Coimbra, suspeitos de funcionarem como postos informais da polícia chinesa", **O),
  S('PT','Braga',"Este terá sido criado em 2020 pelo departamento de segurança pública de Qingtian, concelho de onde é natural a maioria dos chineses residentes no Minho.", op='Qingtian', date='2020', claimant='source close to the case'),
  S('PT','Coimbra',"O de Coimbra, mais recente, estaria ligado à polícia de Wenzhou, segundo a mesma fonte.", op='Wenzhou', claimant='source close to the case'),
  C('stations',3,'PT',"a organização não-governamental Safeguard Defenders tinha apontado a existência de três postos em Portugal", claimant='Safeguard Defenders', date='2022-12'),
  S('PT','Lisbon',"dois deles na área metropolitana de Lisboa", claimant='Safeguard Defenders', **O),
  C('stations',2,'PT',"dois deles na área metropolitana de Lisboa", claimant='Safeguard Defenders', **O),
  D('CN',"a embaixada da China em Lisboa rejeitou \"categoricamente\" a existência de \"esquadras\" chinesas em Portugal", claimant='Chinese embassy in Portugal'),
  R('PT','protest',"O Ministério dos Negócios Estrangeiros português não convocou o embaixador, adiantou fonte diplomática.", polarity='denied', **O),
  R('PT','arrest',"Não há arguidos constituídos.", polarity='denied', **O),
]))
t = """ASSEMBLEIA DA REPÚBLICA
Gabinete do Ministro da Administração Interna

Assunto: Resposta à Pergunta n.º 1127/XV/1.ª — «Alegado posto policial chinês em Faro»

Em resposta à pergunta em epígrafe, encarrega-me Sua Excelência o Ministro da Administração Interna de informar o seguinte:
1. Na pergunta refere-se que «no centro de Faro funcionaria, desde 2021, um "centro de serviços" dependente da Polícia de Lishui, que terá pressionado pelo menos um cidadão chinês a regressar à China». 
2. As forças e serviços de segurança acompanharam a situação descrita. A PSP e o Serviço de Informações de Segurança efetuaram diligências junto do espaço identificado, não tendo sido detetados indícios da prática de qualquer ilícito criminal.
3. O referido espaço encerrou voluntariamente em março de 2023.
4. Não foi, até à data, instaurado qualquer processo-crime relativo a esta matéria no distrito de Faro.
5. Relativamente à menção a estruturas semelhantes no Porto, o MAI não dispõe de informação que as confirme.
Com os melhores cumprimentos,
O Chefe do Gabinete"""
DOCS.append(('047-pt-parlamento-resposta-mai-faro.txt', t, [
  S('PT','Faro',"«no centro de Faro funcionaria, desde 2021, um \"centro de serviços\" dependente da Polícia de Lishui, que terá pressionado pelo menos um cidadão chinês a regressar à China»", op='Lishui', date='2021', claimant='member of parliament'),
  I('persuasion','PT',"que terá pressionado pelo menos um cidadão chinês a regressar à China", p='Faro', claimant='member of parliament'),
  R('PT','investigation',"A PSP e o Serviço de Informações de Segurança efetuaram diligências junto do espaço identificado", p='Faro'),
  R('PT','no_wrongdoing_found',"não tendo sido detetados indícios da prática de qualquer ilícito criminal", p='Faro'),
  R('PT','closure',"O referido espaço encerrou voluntariamente em março de 2023.", p='Faro', date='2023-03', **O),
  R('PT','arrest',"Não foi, até à data, instaurado qualquer processo-crime relativo a esta matéria no distrito de Faro.", p='Faro', polarity='denied', **O),
  S('PT','Porto',"Relativamente à menção a estruturas semelhantes no Porto, o MAI não dispõe de informação que as confirme.", **O),
]))
t = """PF abre inquérito sobre 'delegacias' chinesas em BH e Porto Alegre
Uma delas funcionaria em associação de comerciantes no Barro Preto; Itamaraty diz acompanhar o caso

BELO HORIZONTE — A Polícia Federal instaurou inquérito para apurar a suspeita de que duas entidades ligadas à comunidade chinesa, uma em Belo Horizonte e outra em Porto Alegre, atuariam como postos avançados da polícia da China no Brasil. A informação foi confirmada à reportagem pela superintendência da PF em Minas Gerais.
Em Belo Horizonte, o alvo é uma associação de comerciantes sediada no bairro Barro Preto. De acordo com a ONG espanhola Safeguard Defenders, o local integra a rede de "estações de serviço" mantidas pelo Departamento de Segurança Pública de Fuzhou. Já a entidade gaúcha, no Centro Histórico da capital, seria vinculada à polícia de Nanchang, capital da província de Jiangxi.
Um comerciante chinês de Contagem, na região metropolitana, afirmou à PF que foi procurado três vezes por integrantes da associação, que insistiram para que voltasse à China para "resolver pendências". Segundo ele, a irmã, em Fuzhou, teve o passaporte retido pela polícia local.
O Itamaraty informou que "acompanha o tema" mas não convocou representantes da embaixada chinesa. A Embaixada da China em Brasília negou a existência de qualquer "delegacia" e disse que as associações "prestam serviços de utilidade pública à comunidade, como renovação de carteira de motorista".
Ninguém foi preso."""
DOCS.append(('048-pt-br-jornal-pf-belo-horizonte-porto-alegre.txt', t, [
  R('BR','investigation',"A Polícia Federal instaurou inquérito para apurar a suspeita de que duas entidades ligadas à comunidade chinesa"),
  C('stations',2,'BR',"duas entidades ligadas à comunidade chinesa, uma em Belo Horizonte e outra em Porto Alegre, atuariam como postos avançados da polícia da China no Brasil", **O),
  S('BR','Belo Horizonte',"De acordo com a ONG espanhola Safeguard Defenders, o local integra a rede de \"estações de serviço\" mantidas pelo Departamento de Segurança Pública de Fuzhou.", op='Fuzhou', claimant='Safeguard Defenders'),
  S('BR','Porto Alegre',"Já a entidade gaúcha, no Centro Histórico da capital, seria vinculada à polícia de Nanchang, capital da província de Jiangxi.", op='Nanchang'),
  I('persuasion','BR',"Um comerciante chinês de Contagem, na região metropolitana, afirmou à PF que foi procurado três vezes por integrantes da associação, que insistiram para que voltasse à China para \"resolver pendências\".", p='Belo Horizonte', claimant='Chinese trader'),
  I('harassment','BR',"Segundo ele, a irmã, em Fuzhou, teve o passaporte retido pela polícia local.", p='Belo Horizonte', claimant='Chinese trader'),
  R('BR','protest',"mas não convocou representantes da embaixada chinesa", polarity='denied', **O),
  D('CN',"A Embaixada da China em Brasília negou a existência de qualquer \"delegacia\" e disse que as associações \"prestam serviços de utilidade pública à comunidade, como renovação de carteira de motorista\".", claimant='Chinese embassy in Brazil'),
  R('BR','arrest',"Ninguém foi preso.", polarity='denied', **O),
]))
t = """Observatório de Direitos na Diáspora — Relatório 2024                    17

4. A periferia europeia: Balcãs, Europa Central e
Norte

Fora dos grandes destinos da emigração chinesa, a
rede de «postos de serviço» estende-se a países
com comunidades pequenas, onde a presença passa
muitas vezes despercebida. Identificámos sete pos-
tos em seis países desta região, dos quais dois na
Roménia. O de Timișoara foi aberto em 2018 pela
polícia de Qingtian; o segundo, em Constança, jun-
to ao porto, depende segundo fontes chinesas do
departamento de Wenzhou.

Quadro 4.1 — Postos identificados (periferia europeia)

País            Cidade          Operador           Abertura
Roménia         Timișoara       Qingtian           2018
Roménia         Constança       Wenzhou            2019
Croácia         Split           Lishui             2019
Chéquia         Plzeň           Nantong            2020
Noruega         Bergen          Fuzhou (Changle)   2019
Escócia (RU)    Edimburgo       Shenzhen           2021
Irlanda         Cork            s/ informação      2020

A reação das autoridades foi desigual. A Chéquia
encerrou o posto de Plzeň em dezembro de 2022 e
expulsou um funcionário; a polícia escocesa abriu
uma investigação sobre o espaço de Edimburgo, que
deixou de funcionar. Na Croácia e na Roménia não
foi aberto qualquer inquérito, apesar de a Croácia
manter com Pequim patrulhas policiais conjuntas na
costa dálmata desde 2018. A Noruega avaliou o caso
de Bergen e concluiu «não haver indícios de ativi-
dade ilegal».

Um estudante chinês em Bergen relatou-nos ter sido
contactado pelo posto depois de criticar o governo
chinês numa rede social: «disseram-me que a minha
mãe estava preocupada»."""
DOCS.append(('049-pt-pdf-relatorio-periferia-europeia.txt', t, [
  C('stations',7,None,"Identificámos sete pos-\ntos em seis países desta região", **O),
  C('countries',6,None,"Identificámos sete pos-\ntos em seis países desta região", **O),
  C('stations',2,'RO',"dos quais dois na\nRoménia"),
  S('RO','Timisoara',"O de Timișoara foi aberto em 2018 pela\npolícia de Qingtian", op='Qingtian', date='2018'),
  S('RO','Constanta',"o segundo, em Constança, jun-\nto ao porto, depende segundo fontes chinesas do\ndepartamento de Wenzhou.", op='Wenzhou'),
  S('HR','Split',"Croácia         Split           Lishui             2019", op='Lishui', date='2019'),
  S('CZ','Plzen',"Chéquia         Plzeň           Nantong            2020", op='Nantong', date='2020'),
  S('NO','Bergen',"Noruega         Bergen          Fuzhou (Changle)   2019", op='Fuzhou', operator_alt=['Changle'], date='2019'),
  S('GB','Edinburgh',"Escócia (RU)    Edimburgo       Shenzhen           2021", op='Shenzhen', date='2021'),
  S('IE','Cork',"Irlanda         Cork            s/ informação      2020", date='2020'),
  R('CZ','closure',"A Chéquia\nencerrou o posto de Plzeň em dezembro de 2022", p='Plzen', date='2022-12'),
  R('CZ','arrest',"e\nexpulsou um funcionário", p='Plzen', **O),
  R('GB','investigation',"a polícia escocesa abriu\numa investigação sobre o espaço de Edimburgo", p='Edinburgh'),
  R('GB','closure',"que\ndeixou de funcionar", p='Edinburgh', **O),
  R('HR','investigation',"Na Croácia e na Roménia não\nfoi aberto qualquer inquérito", polarity='denied'),
  R('RO','investigation',"Na Croácia e na Roménia não\nfoi aberto qualquer inquérito", polarity='denied'),
  A('HR','joint_patrol',"a Croácia\nmanter com Pequim patrulhas policiais conjuntas na\ncosta dálmata desde 2018", date='2018'),
  R('NO','investigation',"A Noruega avaliou o caso\nde Bergen", p='Bergen', **O),
  R('NO','no_wrongdoing_found',"concluiu «não haver indícios de ativi-\ndade ilegal»", p='Bergen'),
  I('harassment','NO',"Um estudante chinês em Bergen relatou-nos ter sido\ncontactado pelo posto depois de criticar o governo\nchinês numa rede social: «disseram-me que a minha\nmãe estava preocupada».", p='Bergen'),
]))
t = """«Em Maputo ninguém quer saber»
Entrevista a uma investigadora do Instituto de Estudos Africanos sobre a presença policial chinesa nos países de língua portuguesa

PÚBLICO — O seu estudo fala de postos da polícia chinesa em Moçambique, Cabo Verde e Timor-Leste. Quantos são?
INVESTIGADORA — Confirmámos quatro: dois em Moçambique, um na Praia e um em Díli. Em Moçambique, um fica em Maputo, na Baixa, e outro na Beira, junto ao porto. O de Maputo foi aberto pela polícia de Fuqing; o da Beira, pelo que conseguimos apurar, responde a Mingqing. O posto da Praia é de Qingtian. E o de Díli...
PÚBLICO — ... que o Governo timorense diz não existir.
INVESTIGADORA — Exato. O ministro do Interior de Timor-Leste declarou ao Parlamento que «não há nenhuma esquadra chinesa em Díli» e que o espaço referido «é uma associação de comerciantes». Nós temos documentos que mostram que foi montado em 2021 pelo departamento de segurança pública de Changle.
PÚBLICO — Houve alguma investigação?
INVESTIGADORA — Em Cabo Verde, a Polícia Judiciária fez diligências em 2023 e o espaço fechou. Em Moçambique, nenhuma. Em Maputo ninguém quer saber: o Governo assinou em 2019 um acordo de cooperação em matéria de segurança com o Ministério da Segurança Pública chinês, e desde então há até patrulhas conjuntas no bairro chinês durante o Ano Novo.
PÚBLICO — E casos concretos de pressão sobre pessoas?
INVESTIGADORA — Um, bem documentado, na Beira: um empresário acusado de fraude na China foi levado ao posto, onde lhe mostraram fotografias dos filhos à porta da escola em Fuqing. Voltou à China duas semanas depois. Em Díli, um jornalista chinês foi seguido durante meses.
PÚBLICO — Pequim diz que são centros de voluntários.
INVESTIGADORA — Dizem sempre o mesmo. O porta-voz do MNE chinês respondeu-nos que «a China respeita a soberania judicial de todos os países» e que os centros «ajudam a renovar cartas de condução». Não respondeu a nenhuma pergunta concreta."""
DOCS.append(('050-pt-publico-entrevista-maputo-praia-dili.txt', t, [
  C('stations',4,None,"Confirmámos quatro: dois em Moçambique, um na Praia e um em Díli.", claimant='researcher', **O),
  C('stations',2,'MZ',"Confirmámos quatro: dois em Moçambique", claimant='researcher'),
  S('MZ','Maputo',"O de Maputo foi aberto pela polícia de Fuqing", op='Fuqing', claimant='researcher'),
  S('MZ','Beira',"o da Beira, pelo que conseguimos apurar, responde a Mingqing", op='Mingqing', claimant='researcher'),
  S('CV','Praia',"O posto da Praia é de Qingtian.", op='Qingtian', claimant='researcher'),
  S('TL','Dili',"Nós temos documentos que mostram que foi montado em 2021 pelo departamento de segurança pública de Changle.", op='Fuzhou', operator_alt=['Changle'], date='2021', claimant='researcher'),
  S('TL','Dili',"O ministro do Interior de Timor-Leste declarou ao Parlamento que «não há nenhuma esquadra chinesa em Díli» e que o espaço referido «é uma associação de comerciantes».", polarity='denied', claimant='Timor-Leste Minister of the Interior', **O),
  D('TL',"O ministro do Interior de Timor-Leste declarou ao Parlamento que «não há nenhuma esquadra chinesa em Díli» e que o espaço referido «é uma associação de comerciantes».", claimant='Timor-Leste Minister of the Interior'),
  R('CV','investigation',"Em Cabo Verde, a Polícia Judiciária fez diligências em 2023 e o espaço fechou.", p='Praia', date='2023'),
  R('CV','closure',"Em Cabo Verde, a Polícia Judiciária fez diligências em 2023 e o espaço fechou.", p='Praia', **O),
  R('MZ','investigation',"Em Moçambique, nenhuma.", polarity='denied'),
  A('MZ','security_agreement',"o Governo assinou em 2019 um acordo de cooperação em matéria de segurança com o Ministério da Segurança Pública chinês", date='2019'),
  A('MZ','joint_patrol',"desde então há até patrulhas conjuntas no bairro chinês durante o Ano Novo"),
  I('forced_return','MZ',"um empresário acusado de fraude na China foi levado ao posto, onde lhe mostraram fotografias dos filhos à porta da escola em Fuqing. Voltou à China duas semanas depois.", p='Beira', **O),
  I('persuasion','MZ',"um empresário acusado de fraude na China foi levado ao posto, onde lhe mostraram fotografias dos filhos à porta da escola em Fuqing. Voltou à China duas semanas depois.", p='Beira'),
  I('harassment','MZ',"onde lhe mostraram fotografias dos filhos à porta da escola em Fuqing", p='Beira', **O),
  I('surveillance','TL',"Em Díli, um jornalista chinês foi seguido durante meses.", p='Dili'),
  D('CN',"O porta-voz do MNE chinês respondeu-nos que «a China respeita a soberania judicial de todos os países» e que os centros «ajudam a renovar cartas de condução».", claimant='PRC Ministry of Foreign Affairs'),
]))
t = """OPINIÃO
A tríplice fronteira e o silêncio de Brasília
Por um professor de relações internacionais

Foz do Iguaçu sempre foi terra de muitas bandeiras. Na tríplice fronteira convivem libaneses, paraguaios, argentinos, chineses — e, se a ONG Safeguard Defenders estiver certa, também a polícia da província de Zhejiang. Segundo o levantamento mais recente da organização, funciona na cidade paranaense, desde 2022, um "centro de atendimento ao compatriota" ligado ao Departamento de Segurança Pública de Lishui. Do outro lado da Ponte da Amizade, em Ciudad del Este, haveria outro, mantido por Wenzhou.
Não se trata de um caso isolado. A rede chega a mais de cem endereços em meia centena de países; no Brasil, segundo a mesma organização, são três postos. Em Manaus, por exemplo, a ONG menciona um escritório dentro de uma empresa de importação da Zona Franca.
Para que servem? Em tese, para ajudar chineses a renovar documentos. Na prática, para vigiar a diáspora e convencer desafetos a voltar. Isso não é teoria da conspiração: o próprio governo chinês se gaba de ter convencido 230 mil pessoas a regressar.
Outros países agiram. O Canadá investigou; a Holanda mandou fechar; os Estados Unidos prenderam dois acusados em Nova York; a Hungria, nem isso. E o Brasil? A Polícia Federal abriu inquérito no caso de Belo Horizonte, é verdade, mas nada se sabe sobre Foz do Iguaçu ou Manaus. O Itamaraty não convocou o embaixador chinês nem uma vez.
Seria ingênuo imaginar que o Paraguai, que reconhece Taiwan e não tem relações com Pequim, consiga fazer algo em Ciudad del Este. Mas o Brasil tem instrumentos. Se quisesse, poderia pedir explicações amanhã. Não quer."""
DOCS.append(('051-pt-br-opiniao-foz-do-iguacu-manaus.txt', t, [
  S('BR','Foz do Iguacu',"Segundo o levantamento mais recente da organização, funciona na cidade paranaense, desde 2022, um \"centro de atendimento ao compatriota\" ligado ao Departamento de Segurança Pública de Lishui.", op='Lishui', date='2022', claimant='Safeguard Defenders'),
  S('PY','Ciudad del Este',"Do outro lado da Ponte da Amizade, em Ciudad del Este, haveria outro, mantido por Wenzhou.", op='Wenzhou', claimant='Safeguard Defenders'),
  C('stations',100,None,"A rede chega a mais de cem endereços em meia centena de países", **O),
  C('countries',50,None,"A rede chega a mais de cem endereços em meia centena de países", **O),
  C('stations',3,'BR',"no Brasil, segundo a mesma organização, são três postos", claimant='Safeguard Defenders'),
  S('BR','Manaus',"Em Manaus, por exemplo, a ONG menciona um escritório dentro de uma empresa de importação da Zona Franca.", claimant='Safeguard Defenders'),
  C('returns',230000,None,"o próprio governo chinês se gaba de ter convencido 230 mil pessoas a regressar", claimant='PRC government'),
  R('CA','investigation',"O Canadá investigou"),
  R('NL','closure',"a Holanda mandou fechar"),
  R('US','arrest',"os Estados Unidos prenderam dois acusados em Nova York", p='New York'),
  R('BR','investigation',"A Polícia Federal abriu inquérito no caso de Belo Horizonte", p='Belo Horizonte'),
  S('BR','Belo Horizonte',"A Polícia Federal abriu inquérito no caso de Belo Horizonte", **O),
  R('BR','protest',"O Itamaraty não convocou o embaixador chinês nem uma vez.", polarity='denied'),
  R('HU','investigation',"a Hungria, nem isso", polarity='denied', **O),
]))
t = """Policiais chineses disputam torneio de tiro no Rio e visitam delegacia modelo

RIO DE JANEIRO — Uma delegação de doze policiais da China participa desde segunda-feira do Campeonato Internacional de Tiro Policial, no Centro de Instrução da Polícia Militar, em Sulacap. O evento reúne 34 equipes de 20 países.
Na terça, os atletas chineses visitaram a 12ª Delegacia de Polícia, em Copacabana, considerada modelo pelo atendimento a turistas estrangeiros, e a estação de metrô Cardeal Arcoverde, onde a PM mantém uma base. O cônsul-geral da China no Rio acompanhou a visita.
A equipe chinesa terminou o primeiro dia em terceiro lugar. "É uma troca de experiências esportivas", disse o comandante da delegação. A competição termina no sábado."""
DOCS.append(('052-pt-br-rio-torneio-tiro-policiais-chineses.txt', t, []))
