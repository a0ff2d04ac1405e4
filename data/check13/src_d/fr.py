"""Part D, French documents 040-045 (France, Belgium, Switzerland, PRC transcript on Canada
and the Comoros, NGO OCR report on Chad and the Central African Republic, one irrelevant)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="040-fr-depeche-clermont-ferrand-saint-etienne-tongcheng.txt", text="""
Chine : enquête préliminaire sur un « poste de police » clandestin présumé à Clermont-Ferrand

CLERMONT-FERRAND, 14 mars 2025 (AFP) - Le parquet de Clermont-Ferrand a ouvert une enquête préliminaire visant une association culturelle chinoise soupçonnée d'avoir abrité un « poste de police » officieux pour le compte de Pékin, a-t-on appris vendredi de source judiciaire. Selon une source proche du dossier, le local, situé au premier étage d'un immeuble proche de la place de Jaude, aurait été ouvert à l'automne 2022 par le bureau de la sécurité publique de Tongcheng, une ville de la province de l'Anhui.

Les investigations ont été confiées à la DGSI. Une perquisition a été menée mardi dans les locaux de l'association, selon le parquet, qui précise qu'aucune interpellation n'a eu lieu à ce stade. La station de tramway Jaude a été brièvement fermée au public pendant l'opération.

D'après la même source, une structure comparable fonctionnerait à Saint-Étienne, à quelque 150 kilomètres de là, sous l'égide des policiers de Jieshou, également dans l'Anhui. Les enquêteurs cherchent à établir si les deux antennes étaient en contact.

Un étudiant chinois inscrit à l'université Clermont-Auvergne affirme avoir été convoqué à deux reprises dans le local clermontois, où on lui aurait « vivement conseillé » de rentrer en Chine pour y répondre d'une plainte déposée contre lui dans sa ville natale. Il est resté en France.

Contactée par l'AFP, l'ambassade de Chine à Paris a démenti « catégoriquement » l'existence de tout poste de police chinois en France. Selon elle, l'association « aide simplement des ressortissants âgés à renouveler leur permis de conduire en ligne ».

En France, au moins cinq structures de ce type ont été signalées depuis 2022. L'ONG Safeguard Defenders en recensait au total 102 dans 53 pays.
""", facts=[
    S("FR", "Clermont-Ferrand", "Le parquet de Clermont-Ferrand a ouvert une enquête préliminaire visant une association culturelle chinoise soupçonnée d'avoir abrité un « poste de police » officieux pour le compte de Pékin, a-t-on appris vendredi de source judiciaire. Selon une source proche du dossier, le local, situé au premier étage d'un immeuble proche de la place de Jaude, aurait été ouvert à l'automne 2022 par le bureau de la sécurité publique de Tongcheng",
      operator="Tongcheng", operator_alt=["Anqing"], claimant="French judicial sources", date="2022", note="site near place de Jaude; operator in the next sentence ('le local')"),
    R("FR", "investigation", "Le parquet de Clermont-Ferrand a ouvert une enquête préliminaire", place="Clermont-Ferrand", claimant="Clermont-Ferrand prosecutor's office", note="also a search ('perquisition') and DGSI"),
    R("FR", "arrest", "aucune interpellation n'a eu lieu à ce stade", place="Clermont-Ferrand", pol="denied", opt=True),
    S("FR", "Saint-Étienne", "une structure comparable fonctionnerait à Saint-Étienne, à quelque 150 kilomètres de là, sous l'égide des policiers de Jieshou, également dans l'Anhui",
      operator="Jieshou", operator_alt=["Fuyang"], claimant="French judicial sources", place_alt=["Saint-Etienne"]),
    C("stations", 2, "FR", "Les enquêteurs cherchent à établir si les deux antennes étaient en contact.", opt=True, note="derived: the two sites"),
    I("FR", "persuasion", "Un étudiant chinois inscrit à l'université Clermont-Auvergne affirme avoir été convoqué à deux reprises dans le local clermontois, où on lui aurait « vivement conseillé » de rentrer en Chine pour y répondre d'une plainte déposée contre lui dans sa ville natale. Il est resté en France.",
      place="Clermont-Ferrand", claimant="a Chinese student", note="urged to return, stayed"),
    D("CN", "l'ambassade de Chine à Paris a démenti « catégoriquement » l'existence de tout poste de police chinois en France. Selon elle, l'association « aide simplement des ressortissants âgés à renouveler leur permis de conduire en ligne ».",
      claimant="Chinese embassy in France"),
    S("FR", None, "l'ambassade de Chine à Paris a démenti « catégoriquement » l'existence de tout poste de police chinois en France", claimant="Chinese embassy in France", pol="denied", opt=True, note="country-wide denial"),
    C("stations", 5, "FR", "En France, au moins cinq structures de ce type ont été signalées depuis 2022."),
    C("stations", 102, None, "L'ONG Safeguard Defenders en recensait au total 102 dans 53 pays.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "L'ONG Safeguard Defenders en recensait au total 102 dans 53 pays.", claimant="Safeguard Defenders"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="041-fr-be-enquete-la-louviere-nivelles-guiping.txt", text="""
Un « poste de police » chinois à La Louvière ? Le parquet fédéral enquête

Dans le Centre, une association de commerçants chinois est soupçonnée d'avoir rendu des services très particuliers à Pékin. Récit.

La façade ne paie pas de mine : une vitrine couverte d'affiches pour des cours de calligraphie, une sonnette sans nom, à deux pas de la gare de La Louvière-Sud. C'est pourtant là, selon plusieurs sources policières, qu'aurait fonctionné pendant près de deux ans un bureau lié à la police chinoise.

Le parquet fédéral a confirmé mardi avoir ouvert une information judiciaire « du chef d'ingérence et d'activités de renseignement pour le compte d'une puissance étrangère ». Une perquisition a été menée en janvier par la police judiciaire fédérale du Hainaut. Personne n'a été privé de liberté.

D'après un document judiciaire consulté par notre rédaction, l'antenne louviéroise aurait été installée en 2021 à l'initiative du bureau de la sécurité publique de Guiping, dans la région autonome du Guangxi, d'où sont originaires de nombreux commerçants de la région.

Une communauté ancienne

La présence chinoise dans le Centre remonte aux années septante, quand les premiers restaurateurs se sont installés près des anciens charbonnages. Aujourd'hui, quelque deux mille personnes d'origine chinoise vivent entre La Louvière, Binche et Manage, la plupart dans la restauration et le commerce de détail.

« Tout le monde savait qu'on pouvait y faire légaliser un document ou régler une succession au pays », raconte un restaurateur installé depuis vingt ans. « Ce qu'on savait moins, c'est qu'on y recevait aussi des coups de fil de la police de là-bas. »

Une serveuse de 26 ans affirme que ses parents, restés dans le Guangxi, ont reçu en 2023 la visite de policiers après qu'elle a participé à une manifestation à Bruxelles. On lui a ensuite fait savoir, par l'intermédiaire de l'association, qu'il serait « préférable » qu'elle rentre. Elle vit toujours en Belgique.

Un second point à Nivelles

Le dossier mentionne un second point de contact, dans le Brabant wallon. Celui-ci, établi à Nivelles, aurait cessé ses activités à l'été 2023, peu après les premières questions de la presse. Aucun bureau d'origine n'y est cité.

Interrogé, le bourgmestre de La Louvière dit avoir « découvert l'existence de ce local par la presse ». Le commissariat central, situé à quelques rues, n'avait reçu aucune plainte.

Le SPF Affaires étrangères a convoqué l'ambassadeur de Chine le 12 février pour lui faire part de « la profonde préoccupation » de la Belgique. L'ambassade, dans un communiqué, « rejette fermement ces accusations sans fondement » et affirme que les bénévoles de l'association « aident uniquement nos compatriotes âgés à accomplir des formalités administratives en ligne ».

La Belgique n'est pas un cas isolé. Les Pays-Bas et l'Irlande ont fait fermer de tels bureaux dès 2022 ; le Canada et les États-Unis ont ouvert des enquêtes, et un procès s'est tenu à New York. Selon l'ONG Safeguard Defenders, on en dénombrait plus d'une centaine dans le monde.
""", facts=[
    S("BE", "La Louvière", "La façade ne paie pas de mine : une vitrine couverte d'affiches pour des cours de calligraphie, une sonnette sans nom, à deux pas de la gare de La Louvière-Sud. C'est pourtant là, selon plusieurs sources policières, qu'aurait fonctionné pendant près de deux ans un bureau lié à la police chinoise.",
      operator="Guiping", operator_alt=["Guigang"], claimant="Belgian police sources", date="2021", note="'là' carries La Louvière (near La Louvière-Sud station); operator two paragraphs on ('l'antenne louviéroise')"),
    R("BE", "investigation", "Le parquet fédéral a confirmé mardi avoir ouvert une information judiciaire « du chef d'ingérence et d'activités de renseignement pour le compte d'une puissance étrangère ». Une perquisition a été menée en janvier par la police judiciaire fédérale du Hainaut.",
      place="La Louvière", claimant="Belgian federal prosecutor"),
    R("BE", "arrest", "Personne n'a été privé de liberté.", place="La Louvière", pol="denied", opt=True),
    I("BE", "persuasion", "On lui a ensuite fait savoir, par l'intermédiaire de l'association, qu'il serait « préférable » qu'elle rentre. Elle vit toujours en Belgique.",
      place="La Louvière", claimant="a waitress", note="urged through the association, stayed"),
    I("BE", "harassment", "Une serveuse de 26 ans affirme que ses parents, restés dans le Guangxi, ont reçu en 2023 la visite de policiers après qu'elle a participé à une manifestation à Bruxelles.",
      claimant="a waitress", date="2023", opt=True, note="parents visited in China"),
    S("BE", "Nivelles", "Le dossier mentionne un second point de contact, dans le Brabant wallon. Celui-ci, établi à Nivelles, aurait cessé ses activités à l'été 2023, peu après les premières questions de la presse.",
      claimant="Belgian judicial file", note="no operator named"),
    R("BE", "closure", "Celui-ci, établi à Nivelles, aurait cessé ses activités à l'été 2023", place="Nivelles", date="2023", opt=True, note="stopped by itself"),
    R("BE", "protest", "Le SPF Affaires étrangères a convoqué l'ambassadeur de Chine le 12 février", claimant="Belgian foreign ministry"),
    D("CN", "L'ambassade, dans un communiqué, « rejette fermement ces accusations sans fondement » et affirme que les bénévoles de l'association « aident uniquement nos compatriotes âgés à accomplir des formalités administratives en ligne ».",
      claimant="Chinese embassy in Belgium"),
    S("NL", None, "Les Pays-Bas et l'Irlande ont fait fermer de tels bureaux dès 2022", date="2022"),
    R("NL", "closure", "Les Pays-Bas et l'Irlande ont fait fermer de tels bureaux dès 2022", date="2022"),
    S("IE", None, "Les Pays-Bas et l'Irlande ont fait fermer de tels bureaux dès 2022", date="2022"),
    R("IE", "closure", "Les Pays-Bas et l'Irlande ont fait fermer de tels bureaux dès 2022", date="2022"),
    R("CA", "investigation", "le Canada et les États-Unis ont ouvert des enquêtes"),
    R("US", "investigation", "le Canada et les États-Unis ont ouvert des enquêtes"),
    S("CA", None, "le Canada et les États-Unis ont ouvert des enquêtes", opt=True, note="host implied by an investigation only"),
    S("US", None, "le Canada et les États-Unis ont ouvert des enquêtes, et un procès s'est tenu à New York", opt=True, note="host implied by investigation and trial only"),
    R("US", "arrest", "un procès s'est tenu à New York", note="a trial implies charges"),
    C("stations", 100, None, "Selon l'ONG Safeguard Defenders, on en dénombrait plus d'une centaine dans le monde.", claimant="Safeguard Defenders", opt=True, note="'plus d'une centaine'"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="042-fr-ch-interpellation-nyon-morges-liuyang.txt", text="""
25.3127 Interpellation

« Postes de police » chinois sur La Côte : que fait la Confédération ?

Déposée par : une conseillère nationale (VD)
Date de dépôt : 18.03.2025
Conseil prioritaire : Conseil national

Texte déposé

Selon des informations parues dans la presse romande, un « centre de services » rattaché au bureau de la sécurité publique de Liuyang, dans la province du Hunan, serait actif à Nyon depuis 2022. Une deuxième antenne, dépendant du même bureau, aurait fonctionné à Morges jusqu'au printemps 2024. Des ressortissants chinois établis dans le canton de Vaud auraient été incités à regagner la Chine.

Je prie le Conseil fédéral de répondre aux questions suivantes :

1. Le Conseil fédéral a-t-il connaissance de ces structures ?
2. Des procédures pénales ont-elles été ouvertes ?
3. L'ambassadeur de Chine a-t-il été convoqué ?
4. Combien de structures de ce type le Service de renseignement de la Confédération (SRC) a-t-il identifiées en Suisse ?

Réponse du Conseil fédéral du 14.05.2025

1. Le SRC a connaissance des informations évoquées. En collaboration avec la Police cantonale vaudoise, il a procédé à des vérifications concernant les locaux de Nyon et de Morges.

2. Les vérifications menées à Morges n'ont pas permis d'établir d'infraction au droit suisse ; l'association concernée a d'ailleurs cessé ses activités. S'agissant de Nyon, le Ministère public de la Confédération (MPC) a ouvert en mars 2025 une procédure pénale pour service de renseignements politiques (art. 272 CP). Aucune arrestation n'a été opérée.

3. Le Département fédéral des affaires étrangères (DFAE) a convoqué un représentant de l'ambassade de Chine à Berne pour rappeler que toute activité policière étrangère sur sol suisse est inadmissible. L'ambassadeur lui-même n'a pas été convoqué.

4. Le SRC a connaissance d'au moins deux structures de ce type en Suisse. Il ne communique pas de détails supplémentaires, pour des raisons de protection des sources. À sa connaissance, aucun ressortissant chinois n'a été renvoyé en Chine contre son gré depuis la Suisse.

Le Conseil fédéral rappelle enfin qu'aucun accord conclu avec la Chine ne prévoit de patrouilles policières conjointes sur territoire suisse. L'arrangement technique de 2015 entre les autorités migratoires porte uniquement sur l'identification de personnes en séjour irrégulier.
""", facts=[
    S("CH", "Nyon", "Selon des informations parues dans la presse romande, un « centre de services » rattaché au bureau de la sécurité publique de Liuyang, dans la province du Hunan, serait actif à Nyon depuis 2022.",
      operator="Liuyang", operator_alt=["Changsha"], claimant="Swiss French-language press", date="2022", note="premise of the interpellation"),
    S("CH", "Morges", "Une deuxième antenne, dépendant du même bureau, aurait fonctionné à Morges jusqu'au printemps 2024.",
      operator="Liuyang", operator_alt=["Changsha"], claimant="Swiss French-language press", note="operator by 'du même bureau'"),
    I("CH", "persuasion", "Des ressortissants chinois établis dans le canton de Vaud auraient été incités à regagner la Chine.", claimant="Swiss French-language press", opt=True, note="unspecific, no individual case"),
    R("CH", "investigation", "S'agissant de Nyon, le Ministère public de la Confédération (MPC) a ouvert en mars 2025 une procédure pénale pour service de renseignements politiques (art. 272 CP).",
      place="Nyon", claimant="Swiss Federal Council", date="2025-03", note="also SRC checks with the cantonal police"),
    R("CH", "no_wrongdoing_found", "Les vérifications menées à Morges n'ont pas permis d'établir d'infraction au droit suisse", place="Morges", claimant="Swiss Federal Council"),
    R("CH", "closure", "l'association concernée a d'ailleurs cessé ses activités", place="Morges", claimant="Swiss Federal Council", opt=True, note="stopped by itself"),
    R("CH", "arrest", "Aucune arrestation n'a été opérée.", place="Nyon", claimant="Swiss Federal Council", pol="denied", opt=True),
    R("CH", "protest", "Le Département fédéral des affaires étrangères (DFAE) a convoqué un représentant de l'ambassade de Chine à Berne pour rappeler que toute activité policière étrangère sur sol suisse est inadmissible.",
      claimant="Swiss Federal Council", note="embassy representative summoned"),
    R("CH", "protest", "L'ambassadeur lui-même n'a pas été convoqué.", claimant="Swiss Federal Council", pol="denied", opt=True),
    C("stations", 2, "CH", "Le SRC a connaissance d'au moins deux structures de ce type en Suisse.", claimant="Swiss Federal Intelligence Service"),
    I("CH", "forced_return", "aucun ressortissant chinois n'a été renvoyé en Chine contre son gré depuis la Suisse", claimant="Swiss Federal Intelligence Service", pol="denied", opt=True),
    A("CH", "joint_patrol", "aucun accord conclu avec la Chine ne prévoit de patrouilles policières conjointes sur territoire suisse", claimant="Swiss Federal Council", opt=True, note="denied; the 2015 migration arrangement is not a police agreement"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="043-fr-transcription-mfa-brossard-terrebonne-hanchuan.txt", text="""
Conférence de presse régulière du porte-parole du ministère des Affaires étrangères du 9 avril 2025

Q : Radio-Canada a rapporté hier que la Gendarmerie royale du Canada (GRC) avait perquisitionné un local communautaire de Brossard, sur la Rive-Sud de Montréal, soupçonné de servir de « poste de police » au bureau de la sécurité publique de Hanchuan, dans la province du Hubei. Selon le même média, la GRC enquête sur au moins quatre sites de ce genre au Canada, et une adresse à Terrebonne fait également l'objet de vérifications. Quelle est votre réaction ?

R : Je ne suis pas au courant de la situation que vous évoquez. Je tiens à souligner que les prétendus « postes de police à l'étranger » n'existent tout simplement pas. Il s'agit de points de service tenus par des bénévoles, qui aident les ressortissants chinois à renouveler leur permis de conduire ou à passer un examen médical à distance, un besoin qui a fortement augmenté pendant la pandémie. Nous espérons que la partie canadienne cessera de monter cette affaire en épingle.

Q : Affaires mondiales Canada a indiqué avoir convoqué votre ambassadeur à Ottawa. La Chine envisage-t-elle des mesures de rétorsion ?

R : La Chine a fait des représentations solennelles auprès de la partie canadienne. Je n'ai pas d'autres informations à vous communiquer à ce sujet.

Q : Le président comorien effectue cette semaine une visite d'État en Chine. Quels documents les deux pays ont-ils signés ?

R : Au cours de la visite, les deux parties ont signé un accord de coopération en matière de sécurité publique. Conformément à cet accord, des policiers chinois et comoriens mèneront des patrouilles conjointes à Moroni pendant la haute saison, afin de protéger les touristes et les investisseurs chinois. Cette coopération est ouverte et transparente et ne vise aucune tierce partie.

Q : La station spatiale chinoise accueillera-t-elle un astronaute étranger cette année ?

R : Je vous invite à vous adresser aux autorités compétentes.
""", facts=[
    S("CA", "Brossard", "Radio-Canada a rapporté hier que la Gendarmerie royale du Canada (GRC) avait perquisitionné un local communautaire de Brossard, sur la Rive-Sud de Montréal, soupçonné de servir de « poste de police » au bureau de la sécurité publique de Hanchuan, dans la province du Hubei.",
      operator="Hanchuan", operator_alt=["Xiaogan"], claimant="Radio-Canada", note="premise of a question"),
    R("CA", "investigation", "Radio-Canada a rapporté hier que la Gendarmerie royale du Canada (GRC) avait perquisitionné un local communautaire de Brossard", place="Brossard", claimant="Radio-Canada"),
    C("stations", 4, "CA", "Selon le même média, la GRC enquête sur au moins quatre sites de ce genre au Canada", claimant="Radio-Canada"),
    S("CA", "Terrebonne", "une adresse à Terrebonne fait également l'objet de vérifications", claimant="Radio-Canada", opt=True, note="only 'under checks'"),
    D("CN", "Je tiens à souligner que les prétendus « postes de police à l'étranger » n'existent tout simplement pas. Il s'agit de points de service tenus par des bénévoles, qui aident les ressortissants chinois à renouveler leur permis de conduire ou à passer un examen médical à distance",
      claimant="PRC Ministry of Foreign Affairs"),
    R("CA", "protest", "Affaires mondiales Canada a indiqué avoir convoqué votre ambassadeur à Ottawa.", claimant="Global Affairs Canada", note="premise of a question"),
    A("KM", "security_agreement", "les deux parties ont signé un accord de coopération en matière de sécurité publique", claimant="PRC Ministry of Foreign Affairs", date="2025-04"),
    A("KM", "joint_patrol", "Conformément à cet accord, des policiers chinois et comoriens mèneront des patrouilles conjointes à Moroni pendant la haute saison", claimant="PRC Ministry of Foreign Affairs"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="044-fr-rapport-ocr-ndjamena-moundou-bangui-yujiang.txt", text="""
OLAC - Rapport annuel 2025                                    - 14 -

3. Les « centres de service » chinois en Afrique centrale

3.1 Vue d’ensemble

Depuis 2018, les bureaux de la sécurité publique de plusieurs pro-
vinces chinoises ont ouvert à l'étranger des « centres de service
aux ressortissants » qui, selon l'ONG Safeguard Defenders, se comp-
taient au nombre de 102 dans 53 pays à la fin de 2022¹. Officielle-
ment, ces structures aident à renouveler des permis de conduire ou
à accomplir des formalités à distance ; dans les faits, plusieurs
d'entre elles ont servi à « persuader » des personnes recherchées
de rentrer en Chine.

Nos enquêteurs ont pu documenter quatre structures de ce type dans
la région : trois au Tchad, dont deux à N'Djamena, et une en Répu-
blique centrafricaine. Le tableau 3 en donne le détail.

Tableau 3 - Structures recensées (situation au 31 mars 2025)

Ville        Pays            Bureau d'origine      Ouverture  Statut
N'Djamena    Tchad           Yujiang (Jiangxi)     2021       active
N'Djamena    Tchad           Guixi (Jiangxi)       2022       active
Moundou      Tchad           Yujiang (Jiangxi)     2023       fermée²
Bangui       Centrafrique    Beiliu (Guangxi)      2022       active

3.2 Cas documentés

A N'Djamena, un commerçant originaire du Jiangxi, visé par une
plainte pour escroquerie dans sa province, a été conduit à l'aéro-
port Hassan-Djamous en septembre 2023 par deux compatriotes se
présentant comme « bénévoles » du centre, puis embarqué sur un vol
à destination de Pékin via Addis-Abeba.

A Bangui, une étudiante boursière a reçu sur son téléphone des pho-
tos d'elle prises lors d'une réunion d'anciens élèves, accompa-
gnées d'un message l'invitant à « mesurer ses fréquentations ».

OLAC - Rapport annuel 2025                                    - 15 -

3.3 Réponses des autorités

Les autorités tchadiennes ont ordonné la fermeture du site de Moun-
dou (voir note 2) mais n'ont, à notre connaissance, ouvert aucune
enquête sur le cas de N'Djamena. A Bangui, le ministère de l'Inté-
rieur a indiqué à l'OLAC n'avoir « aucune information » sur un tel
centre. L'ambassade de Chine au Tchad a qualifié nos constats de
« pures affabulations »³.

En 2019, le Tchad et la Chine ont signé un protocole de coopération
policière prévoyant la formation d'agents tchadiens ; aucune pa-
trouille conjointe n'a été signalée à ce jour.

__________
¹ Safeguard Defenders, « Patrol and Persuade », décembre 2022.
² Fermée en janvier 2025 sur ordre du ministère tchadien de la Sécu-
rité publique.
³ Communiqué de l'ambassade, N'Djamena, 4 avril 2025.
""", facts=[
    C("stations", 102, None, "selon l'ONG Safeguard Defenders, se comptaient au nombre de 102 dans 53 pays à la fin de 2022", claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "selon l'ONG Safeguard Defenders, se comptaient au nombre de 102 dans 53 pays à la fin de 2022", claimant="Safeguard Defenders", date="2022"),
    I(None, "persuasion", "dans les faits, plusieurs d'entre elles ont servi à « persuader » des personnes recherchées de rentrer en Chine.", claimant="OLAC", opt=True, note="general statement of purpose"),
    C("stations", 4, None, "Nos enquêteurs ont pu documenter quatre structures de ce type dans la région : trois au Tchad, dont deux à N'Djamena, et une en République centrafricaine.", claimant="OLAC", opt=True, note="regional count over two countries"),
    C("stations", 3, "TD", "Nos enquêteurs ont pu documenter quatre structures de ce type dans la région : trois au Tchad, dont deux à N'Djamena, et une en République centrafricaine.", claimant="OLAC"),
    C("stations", 2, "TD", "trois au Tchad, dont deux à N'Djamena", claimant="OLAC", opt=True, note="city-scoped count"),
    C("stations", 1, "CF", "Nos enquêteurs ont pu documenter quatre structures de ce type dans la région : trois au Tchad, dont deux à N'Djamena, et une en République centrafricaine.", claimant="OLAC", opt=True, note="count of one"),
    S("TD", "N'Djamena", "N'Djamena    Tchad           Yujiang (Jiangxi)     2021       active", operator="Yujiang", operator_alt=["Guixi", "Yingtan"], claimant="OLAC", date="2021", place_alt=["Ndjamena", "N'Djaména"], note="two rows: Yujiang 2021 and Guixi 2022 (1 of 2, 2 of 2)"),
    S("TD", "N'Djamena", "N'Djamena    Tchad           Guixi (Jiangxi)       2022       active", operator="Guixi", operator_alt=["Yingtan"], claimant="OLAC", date="2022", place_alt=["Ndjamena", "N'Djaména"], note="second site in the same city; same key"),
    S("TD", "Moundou", "Moundou      Tchad           Yujiang (Jiangxi)     2023       fermée²", operator="Yujiang", operator_alt=["Yingtan"], claimant="OLAC", date="2023"),
    S("CF", "Bangui", "Bangui       Centrafrique    Beiliu (Guangxi)      2022       active", operator="Beiliu", operator_alt=["Yulin"], claimant="OLAC", date="2022"),
    I("TD", "forced_return", "A N'Djamena, un commerçant originaire du Jiangxi, visé par une plainte pour escroquerie dans sa province, a été conduit à l'aéroport Hassan-Djamous en septembre 2023 par deux compatriotes se présentant comme « bénévoles » du centre, puis embarqué sur un vol à destination de Pékin via Addis-Abeba.",
      place="N'Djamena", claimant="OLAC", date="2023-09"),
    I("CF", "surveillance", "A Bangui, une étudiante boursière a reçu sur son téléphone des photos d'elle prises lors d'une réunion d'anciens élèves, accompagnées d'un message l'invitant à « mesurer ses fréquentations ».",
      place="Bangui", claimant="OLAC"),
    I("CF", "harassment", "accompagnées d'un message l'invitant à « mesurer ses fréquentations »", place="Bangui", claimant="OLAC", opt=True, note="veiled warning"),
    R("TD", "closure", "Les autorités tchadiennes ont ordonné la fermeture du site de Moundou", place="Moundou", claimant="OLAC", date="2025-01"),
    R("TD", "investigation", "mais n'ont, à notre connaissance, ouvert aucune enquête sur le cas de N'Djamena", place="N'Djamena", claimant="OLAC", pol="denied"),
    D("CF", "A Bangui, le ministère de l'Intérieur a indiqué à l'OLAC n'avoir « aucune information » sur un tel centre.", claimant="Central African interior ministry", opt=True, note="no knowledge rather than a denial"),
    D("CN", "L'ambassade de Chine au Tchad a qualifié nos constats de « pures affabulations »", claimant="Chinese embassy in Chad"),
    A("TD", "security_agreement", "En 2019, le Tchad et la Chine ont signé un protocole de coopération policière prévoyant la formation d'agents tchadiens", claimant="OLAC", date="2019"),
    A("TD", "joint_patrol", "aucune patrouille conjointe n'a été signalée à ce jour", claimant="OLAC", opt=True, note="denied: no joint patrol reported"),
]))

# ---------------------------------------------------------------------------------------
DOCS.append(dict(name="045-fr-actu-locale-vichy-station-thermale.txt", text="""
Vichy : une délégation chinoise sous le charme de la station thermale

Cinquante-trois professionnels du tourisme venus du Zhejiang ont passé trois jours dans la reine des villes d'eaux. Un partenariat est à l'étude.

La station thermale de Vichy a accueilli, de lundi à mercredi, une délégation de 53 voyagistes et responsables de centres de bien-être chinois, dans le cadre de l'accord de jumelage signé en 2019 avec une ville d'eaux de la province du Zhejiang. Au programme : visite des sources, dégustation de pastilles et séance de travail à l'hôtel de ville.

« La clientèle chinoise représente un potentiel considérable pour la station », a souligné l'adjointe au tourisme, qui espère voir signer d'ici l'automne un accord de coopération entre les Thermes et un hôpital de médecine traditionnelle de Hangzhou. Un établissement de l'avenue Thermale, fermé depuis 2023 pour travaux, pourrait accueillir une partie des curistes.

La visite a été marquée par un incident. Mardi soir, une participante s'est fait voler son sac près de la gare ; le commissariat de police de Vichy a ouvert une enquête et un suspect a été interpellé le lendemain. Le consul général de Chine à Lyon, présent à la réception de clôture, a remercié la police nationale pour sa « réactivité ».

Un autre membre de la délégation, victime d'un malaise, a été pris en charge au poste de secours du parc des Sources puis rapatrié en Chine par son assureur.

Les 102 chambres de l'hôtel réservé pour l'occasion étaient toutes occupées. La délégation doit revenir en 2026, cette fois pour la saison de ski dans une station du Massif central.
""", facts=[]))
