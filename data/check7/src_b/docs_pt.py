from h import *
DOCS = []
t = """PJ investiga alegados postos da polícia chinesa em Braga e Coimbra

Braga, 16 mai 2023 (Lusa) - A Polícia Judiciária (PJ) está a investigar dois espaços associativos, em Braga e em Coimbra, suspeitos de funcionarem como postos informais da polícia chinesa, disse hoje à Lusa fonte ligada ao processo.
O inquérito, aberto pelo Departamento Central de Investigação e Ação Penal (DCIAP) na sequência de uma denúncia anónima, visa sobretudo o espaço de Braga, instalado nas traseiras de uma loja de artigos para o lar. Este terá sido criado em 2020 pelo departamento de segurança pública de Qingtian, concelho de onde é natural a maioria dos chineses residentes no Minho.
O de Coimbra, mais recente, estaria ligado à polícia de Wenzhou, segundo a mesma fonte.
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
