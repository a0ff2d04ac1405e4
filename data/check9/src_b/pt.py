from lib import D, F

N = "047-pt-lusa-setubal-viseu-pj.txt"
D(N, """
PJ investiga alegada "esquadra" chinesa em Setúbal

Setúbal, 22 mai 2024 (Lusa) - A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses de Setúbal suspeita de funcionar como uma das chamadas "esquadras" que a polícia chinesa manterá no estrangeiro, disse hoje à Lusa fonte policial.

Segundo a mesma fonte, o espaço, situado numa rua comercial junto à Avenida Luísa Todi, prestaria serviços em nome do Departamento de Segurança Pública de Longyan, na província de Fujian, desde 2019. A associação terá ainda ligações a um segundo ponto de atendimento em Viseu, que a PJ tenta localizar.

A investigação começou depois de um cozinheiro de 38 anos ter contado a uma associação de direitos humanos que foi pressionado durante meses por responsáveis do espaço para voltar à China, onde era procurado por alegada fraude. O homem acabou por regressar em janeiro, "com medo pelo que pudesse acontecer aos pais", segundo a associação.

Não foram feitas detenções.

O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa, confirmou à Lusa o gabinete do ministro.

Em comunicado, a embaixada chinesa afirmou que "não existe qualquer esquadra de polícia chinesa em Portugal" e que as associações da comunidade "limitam-se a ajudar os compatriotas com formalidades como a renovação da carta de condução".

A organização não-governamental Safeguard Defenders identificou em 2022 pelo menos três estruturas deste tipo em Portugal, numa lista de 102 espalhadas por 53 países.
""")
F(N, "A Polícia Judiciária (PJ) abriu um inquérito a uma associação de comerciantes chineses de Setúbal", "response", country="PT", action="investigation", place="Setúbal", place_alt=["Setubal"])
F(N, "Segundo a mesma fonte, o espaço, situado numa rua comercial junto à Avenida Luísa Todi, prestaria serviços em nome do Departamento de Segurança Pública de Longyan, na província de Fujian, desde 2019.", "station", country="PT", place="Setúbal", place_alt=["Setubal"], operator="Longyan", date="2019", claimant="police source", note="near Avenida Luísa Todi")
F(N, "A associação terá ainda ligações a um segundo ponto de atendimento em Viseu, que a PJ tenta localizar.", "station", country="PT", place="Viseu", claimant="police source", optional=True, note="not located yet")
F(N, "foi pressionado durante meses por responsáveis do espaço para voltar à China, onde era procurado por alegada fraude. O homem acabou por regressar em janeiro", "incident", country="PT", incident_type="persuasion", place="Setúbal", place_alt=["Setubal"], claimant="a human-rights association")
F(N, "Não foram feitas detenções.", "response", country="PT", action="arrest", polarity="denied", optional=True)
F(N, "O Ministério dos Negócios Estrangeiros convocou na terça-feira o embaixador da China em Lisboa", "response", country="PT", action="protest")
F(N, "Em comunicado, a embaixada chinesa afirmou que \"não existe qualquer esquadra de polícia chinesa em Portugal\"", "denial", country="CN", claimant="PRC Embassy in Portugal")
F(N, "Em comunicado, a embaixada chinesa afirmou que \"não existe qualquer esquadra de polícia chinesa em Portugal\"", "station", country="PT", place=None, polarity="denied", claimant="PRC Embassy in Portugal", optional=True)
F(N, "identificou em 2022 pelo menos três estruturas deste tipo em Portugal", "count", country="PT", measure="stations", value=3, date="2022", claimant="Safeguard Defenders")
F(N, "numa lista de 102 espalhadas por 53 países", "count", country=None, measure="stations", value=102, date="2022", claimant="Safeguard Defenders")
F(N, "numa lista de 102 espalhadas por 53 países", "count", country=None, measure="countries", value=53, date="2022", claimant="Safeguard Defenders")
