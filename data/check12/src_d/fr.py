"""Part D, French documents 040-045."""
from facts import S, C, R, I, A, D

DOCS = []

# 040 ------------------------------------------------------------------
t = """Rennes : enquête sur un « poste de police » chinois présumé

RENNES, 13 mars 2026 (AFP) - Le parquet de Rennes a ouvert une enquête préliminaire sur un local soupçonné d'avoir servi de « poste de police » chinois clandestin dans le quartier de Villejean, a-t-on appris vendredi de source judiciaire.

Selon cette source, le local, présenté comme le siège d'une association d'entraide, aurait été ouvert en 2021 par le bureau de la sécurité publique du comté de Hua'an, dans la province du Fujian, d'où est originaire une partie de la communauté chinoise de Bretagne. Il se trouve à deux pas de la station de métro Villejean-Université.

Une perquisition y a été menée mardi, mais aucune interpellation n'a eu lieu à ce stade, a précisé le parquet.

Un deuxième point de contact fonctionnerait selon le même modèle à Angers, d'après un rapport publié l'an dernier par une ONG basée à Madrid, qui recense au moins quatre structures de ce type en France.

Interrogée par l'AFP, l'ambassade de Chine à Paris a démenti « catégoriquement » l'existence de tout poste de police à Rennes, assurant que les bénévoles de l'association « aident seulement des compatriotes âgés à renouveler leur permis de conduire en ligne ».

Une étudiante chinoise de Rennes, qui a requis l'anonymat, affirme avoir été contactée à plusieurs reprises par des membres de l'association, qui l'invitaient à « rentrer au pays » pour régler une affaire de dettes familiales. Elle n'est pas repartie.

Le ministère de l'Intérieur n'a pas souhaité commenter.
"""
DOCS.append(("040-fr-depeche-rennes-angers-huaan.txt", t, [
    R("FR", "investigation", "Le parquet de Rennes a ouvert une enquête préliminaire sur un local soupçonné d'avoir servi de « poste de police » chinois clandestin dans le quartier de Villejean", place="Rennes", claimant="source judiciaire", date="2026-03"),
    S("FR", "Rennes", "Selon cette source, le local, présenté comme le siège d'une association d'entraide, aurait été ouvert en 2021 par le bureau de la sécurité publique du comté de Hua'an", operator="Hua'an", operator_alt=["Zhangzhou", "Huaan"], date="2021", claimant="source judiciaire", note="site: quartier de Villejean; the metro station is not a station"),
    R("FR", "arrest", "aucune interpellation n'a eu lieu à ce stade", pol="denied", opt=True, claimant="parquet de Rennes"),
    S("FR", "Angers", "Un deuxième point de contact fonctionnerait selon le même modèle à Angers", claimant="ONG basée à Madrid"),
    C("stations", 4, "FR", "qui recense au moins quatre structures de ce type en France", claimant="ONG basée à Madrid", note="'au moins quatre'"),
    D("CN", "l'ambassade de Chine à Paris a démenti « catégoriquement » l'existence de tout poste de police à Rennes", claimant="Chinese embassy in Paris"),
    S("FR", "Rennes", "l'ambassade de Chine à Paris a démenti « catégoriquement » l'existence de tout poste de police à Rennes", pol="denied", opt=True, claimant="Chinese embassy in Paris"),
    I("persuasion", "FR", "Une étudiante chinoise de Rennes, qui a requis l'anonymat, affirme avoir été contactée à plusieurs reprises par des membres de l'association, qui l'invitaient à « rentrer au pays »", place="Rennes", claimant="a Chinese student", note="she stayed"),
]))

# 041 ------------------------------------------------------------------
t = """Question n° 56-0873 de Madame la députée du 12 janvier 2026 (Fr.) à la ministre de l'Intérieur

Postes de police chinois présumés à Mouscron et à Bastogne.

Selon une enquête de presse publiée en décembre, une antenne « de service » liée au bureau de la sécurité publique du comté de Haifeng (province du Guangdong) serait active depuis 2022 dans un commerce de Mouscron, à quelques kilomètres de la frontière française. Un second point serait établi à Bastogne.

1. Vos services ont-ils connaissance de ces structures ?
2. Une enquête judiciaire a-t-elle été ouverte ?
3. Le chargé d'affaires chinois a-t-il été convoqué ?

Réponse de la ministre de l'Intérieur du 20 février 2026 :

1. La Sûreté de l'État suit de près le phénomène des « postes de police » chinois à l'étranger depuis 2022. Pour des raisons évidentes, je ne peux pas entrer dans le détail de ses analyses.

2. Le parquet fédéral a ouvert une information judiciaire concernant le site de Mouscron. Une perquisition y a été menée le 3 février 2026. L'instruction étant en cours, je ne peux pas communiquer davantage. À Bastogne, les vérifications de la police locale n'ont permis d'établir aucune infraction ; le commerçant concerné a expliqué n'offrir qu'une aide à la traduction de documents administratifs.

3. Le SPF Affaires étrangères a convoqué le chargé d'affaires de l'ambassade de Chine le 9 février 2026 pour lui rappeler que toute activité policière étrangère non autorisée sur le territoire belge est inacceptable.

Je peux enfin indiquer qu'un cas d'intimidation a été signalé : les parents d'une doctorante chinoise établie dans le Hainaut auraient reçu, en Chine, la visite d'agents qui les pressaient de convaincre leur fille de rentrer. La Sûreté de l'État a pris contact avec l'intéressée.
"""
DOCS.append(("041-fr-be-question-ecrite-mouscron-bastogne-haifeng.txt", t, [
    S("BE", "Mouscron", "Selon une enquête de presse publiée en décembre, une antenne « de service » liée au bureau de la sécurité publique du comté de Haifeng (province du Guangdong) serait active depuis 2022 dans un commerce de Mouscron", operator="Haifeng", operator_alt=["Shanwei"], date="2022", claimant="press investigation", note="premise of the question"),
    S("BE", "Bastogne", "Un second point serait établi à Bastogne.", claimant="press investigation"),
    R("BE", "investigation", "Le parquet fédéral a ouvert une information judiciaire concernant le site de Mouscron.", place="Mouscron", claimant="Belgian Minister of the Interior"),
    R("BE", "no_wrongdoing_found", "À Bastogne, les vérifications de la police locale n'ont permis d'établir aucune infraction", place="Bastogne", claimant="Belgian Minister of the Interior"),
    D("BE", "le commerçant concerné a expliqué n'offrir qu'une aide à la traduction de documents administratifs", opt=True, claimant="shopkeeper in Bastogne", note="host-country party's explanation"),
    R("BE", "protest", "Le SPF Affaires étrangères a convoqué le chargé d'affaires de l'ambassade de Chine le 9 février 2026", date="2026-02-09", claimant="Belgian Minister of the Interior"),
    I("persuasion", "BE", "les parents d'une doctorante chinoise établie dans le Hainaut auraient reçu, en Chine, la visite d'agents qui les pressaient de convaincre leur fille de rentrer", place="Hainaut", claimant="Belgian Minister of the Interior"),
    I("harassment", "BE", "les parents d'une doctorante chinoise établie dans le Hainaut auraient reçu, en Chine, la visite d'agents", place="Hainaut", opt=True, claimant="Belgian Minister of the Interior", note="pressure on relatives"),
]))

# 042 ------------------------------------------------------------------
t = """Montreux: enquête fédérale sur un «poste de police» chinois

Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale pour service prohibé de renseignements politiques après des signalements visant un bureau de la Riviera vaudoise. Selon nos informations, le local, situé au-dessus d'un salon de massage à Montreux, serait rattaché au bureau de la sécurité publique du comté de Jianning, dans le Fujian.

Le MPC confirme l'ouverture d'une procédure «contre inconnu», sans plus de détails. Aucune arrestation n'a eu lieu.

D'après un rapport d'une ONG européenne, qui recense plus de septante implantations de ce genre sur le continent, la Suisse en compterait au moins trois: outre celle de Montreux, une à Vevey et une troisième dont l'emplacement n'est pas connu. Le bureau de Vevey aurait cessé ses activités en juillet, après une visite de la police cantonale vaudoise.

Un employé d'un restaurant de Vevey raconte avoir été convoqué à deux reprises dans le local de Montreux, où on lui a demandé de rentrer en Chine «pour aider l'enquête» sur une fraude dont son frère est soupçonné. Il est resté en Suisse.

Le Département fédéral des affaires étrangères (DFAE) indique avoir fait part de ses préoccupations à l'ambassade de Chine à Berne.

«Ces allégations sont entièrement infondées», a répondu l'ambassade, qui parle de bénévoles aidant des retraités chinois à obtenir leurs certificats de vie.

La communauté chinoise de la Riviera, estimée à quelque mille personnes, tient notamment plusieurs restaurants et un magasin de souvenirs dans la station de Villars.
"""
DOCS.append(("042-fr-ch-article-montreux-vevey-jianning.txt", t, [
    R("CH", "investigation", "Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale pour service prohibé de renseignements politiques", claimant="Office of the Attorney General of Switzerland", place="Montreux"),
    S("CH", "Montreux", "Selon nos informations, le local, situé au-dessus d'un salon de massage à Montreux, serait rattaché au bureau de la sécurité publique du comté de Jianning", operator="Jianning", operator_alt=["Sanming"]),
    R("CH", "arrest", "Aucune arrestation n'a eu lieu.", pol="denied", opt=True),
    C("stations", 70, None, "qui recense plus de septante implantations de ce genre sur le continent", opt=True, claimant="ONG européenne", note="regional (Europe), 'plus de septante'"),
    C("stations", 3, "CH", "la Suisse en compterait au moins trois", claimant="ONG européenne"),
    S("CH", "Vevey", "outre celle de Montreux, une à Vevey et une troisième dont l'emplacement n'est pas connu", claimant="ONG européenne"),
    R("CH", "closure", "Le bureau de Vevey aurait cessé ses activités en juillet, après une visite de la police cantonale vaudoise.", place="Vevey", opt=True, note="stopped after a police visit, no order"),
    I("persuasion", "CH", "Un employé d'un restaurant de Vevey raconte avoir été convoqué à deux reprises dans le local de Montreux, où on lui a demandé de rentrer en Chine", place="Vevey", claimant="a restaurant employee", note="he stayed"),
    R("CH", "protest", "Le Département fédéral des affaires étrangères (DFAE) indique avoir fait part de ses préoccupations à l'ambassade de Chine à Berne.", opt=True, claimant="Swiss FDFA", note="concerns, no summons"),
    D("CN", "«Ces allégations sont entièrement infondées», a répondu l'ambassade", claimant="Chinese embassy in Bern"),
]))

# 043 ------------------------------------------------------------------
t = """Conférence de presse régulière du porte-parole du ministère des Affaires étrangères du 17 avril 2026

Q : Selon la Gendarmerie royale du Canada, deux « postes de police » chinois auraient fonctionné au Québec, à Saguenay et à Lévis, et la GRC a ouvert une enquête. Le quotidien qui a révélé l'affaire affirme que ces postes relevaient du bureau de la sécurité publique du comté de Tonglu, dans le Zhejiang. Quelle est votre réaction ?

R : J'ai pris note des informations en question. Je tiens à souligner que la Chine respecte strictement le droit international et la souveraineté judiciaire des autres pays. Il n'existe pas de prétendus « postes de police » à l'étranger. Les lieux mentionnés sont des points de service gérés par des bénévoles de la diaspora, qui aident les ressortissants chinois à accomplir des formalités comme le renouvellement du permis de conduire, depuis que la pandémie a rendu les voyages difficiles. Nous appelons la partie canadienne à cesser de monter cette affaire en épingle.

Q : Ottawa a convoqué hier l'ambassadeur de Chine. La Chine envisage-t-elle des mesures de rétorsion ?

R : La partie chinoise a fait part de sa ferme opposition à la partie canadienne. Nous espérons que le Canada traitera cette question de manière objective.

Q : Le ministre guinéen de la Sécurité est en visite à Beijing. Pouvez-vous nous en dire plus ?

R : Ce matin, les deux parties ont signé un accord de coopération en matière de sécurité publique. Il prévoit notamment la formation de policiers guinéens en Chine et des patrouilles conjointes dans les quartiers de Conakry où vivent de nombreux commerçants chinois.

Q : La station spatiale chinoise accueillera-t-elle un astronaute étranger cette année ?

R : Je vous invite à vous adresser aux autorités compétentes.
"""
DOCS.append(("043-fr-transcription-mfa-saguenay-levis-tonglu.txt", t, [
    S("CA", "Saguenay", "Selon la Gendarmerie royale du Canada, deux « postes de police » chinois auraient fonctionné au Québec, à Saguenay et à Lévis, et la GRC a ouvert une enquête. Le quotidien qui a révélé l'affaire affirme que ces postes relevaient du bureau de la sécurité publique du comté de Tonglu", operator="Tonglu", operator_alt=["Hangzhou"], claimant="RCMP", note="premise of a question; operator in the next sentence ('ces postes')"),
    S("CA", "Lévis", "Selon la Gendarmerie royale du Canada, deux « postes de police » chinois auraient fonctionné au Québec, à Saguenay et à Lévis, et la GRC a ouvert une enquête. Le quotidien qui a révélé l'affaire affirme que ces postes relevaient du bureau de la sécurité publique du comté de Tonglu", operator="Tonglu", operator_alt=["Hangzhou"], claimant="RCMP"),
    C("stations", 2, "CA", "Selon la Gendarmerie royale du Canada, deux « postes de police » chinois auraient fonctionné au Québec", claimant="RCMP"),
    R("CA", "investigation", "et la GRC a ouvert une enquête", claimant="RCMP"),
    D("CN", "Il n'existe pas de prétendus « postes de police » à l'étranger. Les lieux mentionnés sont des points de service gérés par des bénévoles de la diaspora", claimant="PRC Ministry of Foreign Affairs"),
    S("CA", "Saguenay", "Les lieux mentionnés sont des points de service gérés par des bénévoles de la diaspora", pol="denied", opt=True, claimant="PRC Ministry of Foreign Affairs"),
    S("CA", "Lévis", "Les lieux mentionnés sont des points de service gérés par des bénévoles de la diaspora", pol="denied", opt=True, claimant="PRC Ministry of Foreign Affairs"),
    R("CA", "protest", "Ottawa a convoqué hier l'ambassadeur de Chine.", date="2026-04-16", note="premise of a question"),
    A("GN", "security_agreement", "Ce matin, les deux parties ont signé un accord de coopération en matière de sécurité publique.", date="2026-04-17", claimant="PRC Ministry of Foreign Affairs"),
    A("GN", "joint_patrol", "des patrouilles conjointes dans les quartiers de Conakry où vivent de nombreux commerçants chinois", claimant="PRC Ministry of Foreign Affairs", note="planned under the agreement"),
]))

# 044 ------------------------------------------------------------------
t = """OBSERVATOIRE DES DIASPORAS ET DES LIBERTÉS - Rapport annuel 2026
Chapitre 3 : Afrique du Nord et de l'Ouest                      p. 41

3.1 Vue d'ensemble

Sur les cent-neuf implantations recensées dans le monde par le présent
rapport, réparties dans cinquante-six pays, neuf se trouvent sur le con-
tinent africain¹. Trois d'entre elles ont pu être localisées avec pré-
cision par nos enquêteurs ; elles figurent dans le tableau ci-dessous.

Tableau 4 - Implantations vérifiées (Afrique du Nord et de l'Ouest)

Pays           Ville          Bureau de rattachement        Ouverture
Maroc          Casablanca     BSP de Dabu (Meizhou)         2019
Tunisie        Sousse         BSP de Sheyang (Yancheng)     2020
Burkina Faso   Ouagadougou    BSP de Huidong (Huizhou)      2021

3.2 Cas documentés

Un commerçant en textile installé à Casablanca depuis 2014 a été con-
duit à l'aéroport Mohammed-V par deux hommes se présentant comme des
« volontaires » de l'antenne, puis embarqué sur un vol pour Canton²,
où il a été placé en détention. Sa famille affirme qu'il était re-
cherché pour une affaire de fraude fiscale.

À Sousse, une étudiante qui avait critiqué en ligne la gestion de la
pandémie dit avoir été photographiée à plusieurs reprises à la sor-
tie de son cours de langue ; les clichés ont ensuite été envoyés à
ses parents, accompagnés de mises en garde.

3.3 Réactions des pays hôtes

Les autorités marocaines n'ont ouvert aucune enquête à notre con-
naissance, alors même que Rabat et Beijing ont signé en 2017 un mé-
morandum de coopération policière. Au Burkina Faso, le local de Oua-
gadougou a été fermé sur ordre du ministère de la Sécurité en mars
2023. La Tunisie n'a pas répondu à nos sollicitations.

______________
¹ Les six autres n'ont pas pu être vérifiées sur place.
² Guangzhou.
"""
DOCS.append(("044-fr-rapport-ocr-casablanca-sousse-ouagadougou-dabu.txt", t, [
    C("stations", 109, None, "Sur les cent-neuf implantations recensées dans le monde par le présent rapport", claimant="Observatoire des diasporas et des libertés"),
    C("countries", 56, None, "réparties dans cinquante-six pays", claimant="Observatoire des diasporas et des libertés"),
    C("stations", 9, None, "neuf se trouvent sur le con- tinent africain", opt=True, claimant="Observatoire des diasporas et des libertés", note="regional count (Africa)"),
    C("stations", 3, None, "Trois d'entre elles ont pu être localisées avec pré- cision par nos enquêteurs", opt=True, claimant="Observatoire des diasporas et des libertés", note="regional, three countries"),
    S("MA", "Casablanca", "Maroc          Casablanca     BSP de Dabu (Meizhou)         2019", operator="Dabu", operator_alt=["Meizhou"], date="2019", claimant="Observatoire des diasporas et des libertés"),
    S("TN", "Sousse", "Tunisie        Sousse         BSP de Sheyang (Yancheng)     2020", operator="Sheyang", operator_alt=["Yancheng"], date="2020", claimant="Observatoire des diasporas et des libertés"),
    S("BF", "Ouagadougou", "Burkina Faso   Ouagadougou    BSP de Huidong (Huizhou)      2021", operator="Huidong", operator_alt=["Huizhou"], date="2021", claimant="Observatoire des diasporas et des libertés"),
    I("forced_return", "MA", "Un commerçant en textile installé à Casablanca depuis 2014 a été con- duit à l'aéroport Mohammed-V par deux hommes se présentant comme des « volontaires » de l'antenne, puis embarqué sur un vol pour Canton²", place="Casablanca", claimant="Observatoire des diasporas et des libertés"),
    I("surveillance", "TN", "À Sousse, une étudiante qui avait critiqué en ligne la gestion de la pandémie dit avoir été photographiée à plusieurs reprises à la sor- tie de son cours de langue", place="Sousse", claimant="Observatoire des diasporas et des libertés"),
    I("harassment", "TN", "les clichés ont ensuite été envoyés à ses parents, accompagnés de mises en garde", place="Sousse", opt=True, claimant="Observatoire des diasporas et des libertés"),
    R("MA", "investigation", "Les autorités marocaines n'ont ouvert aucune enquête à notre con- naissance", pol="denied", claimant="Observatoire des diasporas et des libertés"),
    A("MA", "security_agreement", "Rabat et Beijing ont signé en 2017 un mé- morandum de coopération policière", date="2017", claimant="Observatoire des diasporas et des libertés"),
    R("BF", "closure", "Au Burkina Faso, le local de Oua- gadougou a été fermé sur ordre du ministère de la Sécurité en mars 2023.", place="Ouagadougou", date="2023-03", claimant="Observatoire des diasporas et des libertés"),
]))

# 045 (irrelevant) -----------------------------------------------------
t = """Longvic : la nouvelle station d'épuration livrée, les techniciens chinois rentrent au pays

Après dix-huit mois de chantier, la station d'épuration de Longvic, au sud de Dijon, a été officiellement mise en service jeudi. Construite par un groupement associant une entreprise bourguignonne et un fabricant chinois de membranes filtrantes, elle doit traiter les eaux usées de 102 000 habitants de la métropole.

Les douze techniciens chinois qui ont assuré le montage des équipements seront rapatriés à la fin du mois, leur contrat étant arrivé à son terme. « Ils ont fait un travail remarquable », a salué le vice-président de la métropole chargé de l'eau, rappelant que l'opération s'inscrit dans l'accord de coopération signé en 2019 entre Dijon Métropole et la ville chinoise de Taiyuan, qui porte sur la gastronomie, le tourisme et l'environnement.

Le chantier n'a pas été épargné par les ennuis : en novembre, 53 mètres de câbles de cuivre avaient été dérobés. La police nationale a ouvert une enquête et deux suspects ont été interpellés près de la station-service de la rocade. Le poste de police municipale de Longvic a par ailleurs été sollicité à plusieurs reprises pour des dépôts sauvages aux abords du site.

Le consul général de Chine à Lyon, présent lors de l'inauguration, a évoqué « un modèle de coopération gagnant-gagnant » et annoncé la visite d'une délégation du Shanxi au printemps. La station devrait permettre de réduire de moitié les rejets dans l'Ouche.
"""
DOCS.append(("045-fr-actu-locale-longvic-station-epuration.txt", t, []))
