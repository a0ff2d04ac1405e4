from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 040
T040 = """Normandie : enquête sur un « commissariat » chinois officieux à Rouen

Un second site, au Havre, aurait cessé ses activités à l'été 2022. L'ambassade de Chine dénonce des « allégations sans fondement ».

ROUEN, 14 mars 2023 (AFP) - Le parquet de Rouen a ouvert une enquête préliminaire visant un local associatif du quartier Saint-Sever soupçonné d'abriter un « poste de police » clandestin au service de Pékin, a-t-on appris mardi de source judiciaire.

Selon cette source, les investigations, confiées à la DGSI et à la police judiciaire, portent notamment sur des faits d'« intelligence avec une puissance étrangère ». Le local, situé au rez-de-chaussée d'un immeuble de la rive gauche, aurait été mis en place fin 2021 par le bureau de la sécurité publique de Haicheng, une ville de la province du Liaoning, selon un rapport d'ONG consulté par l'AFP.

Une perquisition y a été menée jeudi dernier. « Des documents et du matériel informatique ont été saisis », a précisé le parquet. Aucune garde à vue n'a été décidée à ce stade.

Le rapport, publié en décembre par l'organisation Safeguard Defenders, recense 102 structures de ce type dans 53 pays. Il signale une seconde implantation normande, au Havre, où une antenne rattachée aux policiers de Gujiao (Shanxi) aurait fonctionné dans l'arrière-boutique d'une agence de voyages jusqu'à l'été 2022. L'agence a depuis changé de propriétaire et l'antenne a cessé d'elle-même ses activités, selon une source policière.

Au total, la France compterait « au moins trois » de ces antennes, poursuit l'ONG, qui évoque aussi l'Île-de-France sans plus de précision.

Un étudiant chinois inscrit à l'université de Rouen a raconté aux enquêteurs avoir été convoqué à deux reprises dans le local de Saint-Sever, où on lui aurait « fortement conseillé » de rentrer en Chine pour y répondre d'une affaire d'escroquerie. Il est resté en France. Ses parents, restés dans le Liaoning, ont reçu la visite de policiers à leur domicile, selon son avocat.

Interrogée par l'AFP, l'ambassade de Chine à Paris a dénoncé des « allégations sans fondement », assurant que ces lieux ne sont que des « points de service bénévoles » destinés à aider les ressortissants chinois à renouveler leur permis de conduire.

Le ministère de l'Europe et des Affaires étrangères a pour sa part convoqué le chargé d'affaires chinois le 10 mars pour lui faire part de sa « vive préoccupation ».

Plusieurs pays européens ont déjà réagi : les Pays-Bas et l'Irlande ont fait fermer de telles structures dès l'automne 2022.

Mardi matin, quelques militants ont distribué des tracts devant la gare de Rouen-Rive-Droite pour réclamer « toute la lumière » sur l'affaire.
"""
DOCS.append({"name": "040-fr-depeche-afp-rouen-le-havre-haicheng.txt", "text": T040, "facts": [
    S("FR", "Rouen", "Le local, situé au rez-de-chaussée d'un immeuble de la rive gauche, aurait été mis en place fin 2021 par le bureau de la sécurité publique de Haicheng, une ville de la province du Liaoning, selon un rapport d'ONG consulté par l'AFP.", operator="Haicheng", operator_alt=["Anshan"], date="2021", claimant="NGO report", note="site: quartier Saint-Sever, rive gauche"),
    R("FR", "investigation", "Le parquet de Rouen a ouvert une enquête préliminaire visant un local associatif du quartier Saint-Sever soupçonné d'abriter un « poste de police » clandestin au service de Pékin", place="Rouen", date="2023-03"),
    R("FR", "investigation", "Une perquisition y a été menée jeudi dernier.", place="Rouen", note="search; same key as the enquête préliminaire"),
    R("FR", "arrest", "Aucune garde à vue n'a été décidée à ce stade.", place="Rouen", pol="denied", opt=True),
    C("stations", 102, None, "Le rapport, publié en décembre par l'organisation Safeguard Defenders, recense 102 structures de ce type dans 53 pays.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Le rapport, publié en décembre par l'organisation Safeguard Defenders, recense 102 structures de ce type dans 53 pays.", claimant="Safeguard Defenders"),
    S("FR", "Le Havre", "Il signale une seconde implantation normande, au Havre, où une antenne rattachée aux policiers de Gujiao (Shanxi) aurait fonctionné dans l'arrière-boutique d'une agence de voyages jusqu'à l'été 2022.", operator="Gujiao", operator_alt=["Taiyuan"], claimant="Safeguard Defenders"),
    R("FR", "closure", "L'agence a depuis changé de propriétaire et l'antenne a cessé d'elle-même ses activités, selon une source policière.", place="Le Havre", opt=True, note="stopped by itself"),
    C("stations", 3, "FR", "Au total, la France compterait « au moins trois » de ces antennes, poursuit l'ONG, qui évoque aussi l'Île-de-France sans plus de précision.", claimant="Safeguard Defenders"),
    S("FR", "Île-de-France", "Au total, la France compterait « au moins trois » de ces antennes, poursuit l'ONG, qui évoque aussi l'Île-de-France sans plus de précision.", claimant="Safeguard Defenders", opt=True, place_alt=["Paris"], note="region only, vague"),
    I("FR", "persuasion", "Un étudiant chinois inscrit à l'université de Rouen a raconté aux enquêteurs avoir été convoqué à deux reprises dans le local de Saint-Sever, où on lui aurait « fortement conseillé » de rentrer en Chine pour y répondre d'une affaire d'escroquerie. Il est resté en France.", place="Rouen"),
    I("FR", "harassment", "Ses parents, restés dans le Liaoning, ont reçu la visite de policiers à leur domicile, selon son avocat.", opt=True, note="relatives visited in China"),
    D("CN", "Interrogée par l'AFP, l'ambassade de Chine à Paris a dénoncé des « allégations sans fondement », assurant que ces lieux ne sont que des « points de service bénévoles » destinés à aider les ressortissants chinois à renouveler leur permis de conduire.", claimant="Chinese embassy in France"),
    R("FR", "protest", "Le ministère de l'Europe et des Affaires étrangères a pour sa part convoqué le chargé d'affaires chinois le 10 mars pour lui faire part de sa « vive préoccupation ».", date="2023-03-10"),
    S("NL", None, "les Pays-Bas et l'Irlande ont fait fermer de telles structures dès l'automne 2022.", date="2022"),
    S("IE", None, "les Pays-Bas et l'Irlande ont fait fermer de telles structures dès l'automne 2022.", date="2022"),
    R("NL", "closure", "les Pays-Bas et l'Irlande ont fait fermer de telles structures dès l'automne 2022.", date="2022"),
    R("IE", "closure", "les Pays-Bas et l'Irlande ont fait fermer de telles structures dès l'automne 2022.", date="2022"),
]})

# ---------------------------------------------------------------- 041
T041 = """GRAND FORMAT

À Huy, la petite « antenne » qui inquiétait la Sûreté de l'État

Derrière la vitrine d'une épicerie asiatique de la rive gauche, un bureau aurait servi de relais à la police chinoise. Le parquet fédéral a ouvert une instruction. Récit.

Par notre envoyée spéciale

Il faut longer la Meuse, passer devant le pont Roi Baudouin, puis tourner dans une rue commerçante où les enseignes changent à chaque saison. C'est là, au premier étage d'une épicerie asiatique, qu'un petit bureau aurait accueilli pendant près de deux ans les « démarches administratives » de ressortissants chinois de la région. À l'étage, deux tables, un drapeau, une imprimante. Et, selon la Sûreté de l'État, bien davantage.

La communauté chinoise de Huy est modeste : une grosse centaine de personnes, dont beaucoup travaillent dans la restauration depuis les années septante. « On se connaît tous », sourit un restaurateur installé depuis nonante-trois. « Quand le bureau a ouvert, on nous a dit que c'était pour les permis de conduire. »

Une instruction ouverte

Le parquet fédéral confirme qu'une instruction a été ouverte en novembre 2022 du chef d'ingérence et d'activités de renseignement au profit d'une puissance étrangère. Une perquisition a été menée dans les locaux au début du mois de décembre. Personne n'a été arrêté, précise le parquet, qui ne fait pas d'autre commentaire.

D'après une note de la Sûreté de l'État dont nous avons pu prendre connaissance, le bureau hutois aurait été ouvert au printemps 2021 à l'initiative du bureau de la sécurité publique de Gongyi, une ville de la province du Henan dont sont originaires plusieurs familles installées en Belgique. La note mentionne « au moins deux » structures de ce type dans le pays.

La seconde se trouverait à Ottignies-Louvain-la-Neuve, dans les locaux d'une association culturelle proche du campus. Elle dépendrait, elle, des policiers de Xinmi, une ville voisine de Gongyi. Selon nos informations, elle a cessé toute activité au début de l'année 2023, sans qu'aucune décision administrative ne l'y contraigne.

Une étudiante sous pression

C'est d'ailleurs à Louvain-la-Neuve qu'une doctorante chinoise de l'UCLouvain dit avoir été approchée à plusieurs reprises. Des compatriotes, se présentant comme des bénévoles de l'association, l'auraient invitée à « rentrer régler ses affaires au pays » après qu'elle eut signé une pétition en faveur des Ouïghours. Elle n'est pas rentrée. « Ils savaient où habitaient mes parents. Ils me l'ont fait comprendre », raconte-t-elle.

Le bourgmestre de Huy a de son côté pris un arrêté de fermeture du bureau de la rive gauche le 19 décembre 2022, invoquant « des raisons d'ordre public ». Le commissariat de la zone de police locale, situé à quelques rues, n'a pas été associé à l'enquête.

La réaction de Pékin

Le SPF Affaires étrangères a convoqué l'ambassadeur de Chine le 8 décembre. L'ambassade, elle, parle d'« accusations sans fondement » : ces bureaux ne seraient que des guichets de services tenus par des bénévoles, « pendant la pandémie, quand les gens ne pouvaient pas voyager ». Le président de l'association hutoise des commerçants chinois affirme lui aussi qu'il n'y a « jamais eu de police chinoise à Huy ».

Le phénomène n'est pas propre à la Belgique. L'ONG espagnole Safeguard Defenders a recensé plus d'une centaine de ces antennes dans le monde ; les Pays-Bas les ont fait fermer dès octobre 2022 et le Canada a ouvert des enquêtes. Si d'autres bureaux devaient être découverts à Liège ou à Namur, la Sûreté « ne serait pas surprise », glisse un de ses cadres.
"""
DOCS.append({"name": "041-fr-be-grand-format-huy-ottignies-gongyi.txt", "text": T041, "facts": [
    S("BE", "Huy", "C'est là, au premier étage d'une épicerie asiatique, qu'un petit bureau aurait accueilli pendant près de deux ans les « démarches administratives » de ressortissants chinois de la région.", note="place carried by 'C'est là' from the previous sentence; operator two paragraphs on"),
    S("BE", "Huy", "D'après une note de la Sûreté de l'État dont nous avons pu prendre connaissance, le bureau hutois aurait été ouvert au printemps 2021 à l'initiative du bureau de la sécurité publique de Gongyi, une ville de la province du Henan dont sont originaires plusieurs familles installées en Belgique.", operator="Gongyi", operator_alt=["Zhengzhou"], date="2021", claimant="Sûreté de l'État"),
    R("BE", "investigation", "Le parquet fédéral confirme qu'une instruction a été ouverte en novembre 2022 du chef d'ingérence et d'activités de renseignement au profit d'une puissance étrangère.", place="Huy", date="2022-11"),
    R("BE", "investigation", "Une perquisition a été menée dans les locaux au début du mois de décembre.", place="Huy", date="2022-12"),
    R("BE", "arrest", "Personne n'a été arrêté, précise le parquet, qui ne fait pas d'autre commentaire.", pol="denied", opt=True),
    C("stations", 2, "BE", "La note mentionne « au moins deux » structures de ce type dans le pays.", claimant="Sûreté de l'État"),
    S("BE", "Ottignies-Louvain-la-Neuve", "La seconde se trouverait à Ottignies-Louvain-la-Neuve, dans les locaux d'une association culturelle proche du campus. Elle dépendrait, elle, des policiers de Xinmi, une ville voisine de Gongyi.", operator="Xinmi", operator_alt=["Zhengzhou"], claimant="Sûreté de l'État", place_alt=["Louvain-la-Neuve", "Ottignies"]),
    I("BE", "persuasion", "Des compatriotes, se présentant comme des bénévoles de l'association, l'auraient invitée à « rentrer régler ses affaires au pays » après qu'elle eut signé une pétition en faveur des Ouïghours. Elle n'est pas rentrée.", place="Ottignies-Louvain-la-Neuve", place_alt=["Louvain-la-Neuve"]),
    I("BE", "harassment", "« Ils savaient où habitaient mes parents. Ils me l'ont fait comprendre », raconte-t-elle.", opt=True, note="veiled threat"),
    R("BE", "closure", "Le bourgmestre de Huy a de son côté pris un arrêté de fermeture du bureau de la rive gauche le 19 décembre 2022, invoquant « des raisons d'ordre public ».", place="Huy", date="2022-12-19"),
    R("BE", "protest", "Le SPF Affaires étrangères a convoqué l'ambassadeur de Chine le 8 décembre.", date="2022-12-08"),
    D("CN", "L'ambassade, elle, parle d'« accusations sans fondement » : ces bureaux ne seraient que des guichets de services tenus par des bénévoles, « pendant la pandémie, quand les gens ne pouvaient pas voyager ».", claimant="Chinese embassy in Belgium"),
    D("BE", "Le président de l'association hutoise des commerçants chinois affirme lui aussi qu'il n'y a « jamais eu de police chinoise à Huy ».", claimant="Chinese traders' association of Huy", opt=True),
    S("BE", "Huy", "Le président de l'association hutoise des commerçants chinois affirme lui aussi qu'il n'y a « jamais eu de police chinoise à Huy ».", claimant="Chinese traders' association of Huy", pol="denied", opt=True),
    C("stations", 100, None, "L'ONG espagnole Safeguard Defenders a recensé plus d'une centaine de ces antennes dans le monde ; les Pays-Bas les ont fait fermer dès octobre 2022 et le Canada a ouvert des enquêtes.", claimant="Safeguard Defenders", opt=True, note="'plus d'une centaine'"),
    S("NL", None, "L'ONG espagnole Safeguard Defenders a recensé plus d'une centaine de ces antennes dans le monde ; les Pays-Bas les ont fait fermer dès octobre 2022 et le Canada a ouvert des enquêtes.", date="2022-10"),
    R("NL", "closure", "L'ONG espagnole Safeguard Defenders a recensé plus d'une centaine de ces antennes dans le monde ; les Pays-Bas les ont fait fermer dès octobre 2022 et le Canada a ouvert des enquêtes.", date="2022-10"),
    S("CA", None, "L'ONG espagnole Safeguard Defenders a recensé plus d'une centaine de ces antennes dans le monde ; les Pays-Bas les ont fait fermer dès octobre 2022 et le Canada a ouvert des enquêtes.", opt=True),
    R("CA", "investigation", "L'ONG espagnole Safeguard Defenders a recensé plus d'une centaine de ces antennes dans le monde ; les Pays-Bas les ont fait fermer dès octobre 2022 et le Canada a ouvert des enquêtes."),
]})

# ---------------------------------------------------------------- 042
T042 = """PARLEMENT DE LA RÉPUBLIQUE ET CANTON DU JURA

Question écrite n° 3517
Présence d'antennes de la police chinoise dans le Jura ?
Député PLR

Texte de la question

Selon des informations parues dans la presse romande en février 2023, une « antenne » de la police chinoise serait active à Delémont depuis 2021, dans un local commercial proche de la vieille ville. Elle dépendrait du bureau de la sécurité publique de Jiexiu, dans la province du Shanxi. Un second point de contact, rattaché au même bureau, aurait fonctionné à Porrentruy, au sein d'une association d'entraide. La presse évoque en outre au moins quatre structures de ce type en Suisse.

Dès lors, nous posons les questions suivantes au Gouvernement :

1. Le Gouvernement a-t-il connaissance de ces structures ?
2. La police cantonale a-t-elle procédé à des vérifications ?
3. Des ressortissants chinois établis dans le canton ont-ils fait l'objet de pressions ?
4. Le Gouvernement entend-il demander la fermeture de ces locaux ?

Réponse du Gouvernement

Le Gouvernement remercie l'auteur de la question et y répond comme suit.

Ad 1 et 2 : Informée par le Service de renseignement de la Confédération (SRC), la police cantonale a procédé dès mars 2023 à des vérifications concernant les deux locaux mentionnés. Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale pour service de renseignements politiques ; le Gouvernement ne peut pas s'exprimer sur une procédure en cours. S'agissant de Porrentruy, les vérifications n'ont révélé aucun élément constitutif d'une infraction ; l'association a par ailleurs mis fin d'elle-même aux activités litigieuses.

Ad 3 : Un ressortissant chinois domicilié dans le district de Delémont a signalé à la police avoir été contacté à plusieurs reprises par téléphone et incité à retourner en Chine, où une procédure serait ouverte contre lui. Il n'a pas donné suite à ces injonctions et réside toujours dans le canton. À la connaissance du Gouvernement, aucune personne n'a été renvoyée contre son gré.

Ad 4 : La fermeture d'un local relève, le cas échéant, de l'autorité judiciaire. Aucune arrestation n'a eu lieu à ce jour. Le Département fédéral des affaires étrangères (DFAE) a pour sa part convoqué un représentant de l'ambassade de Chine à Berne au mois d'avril.

Le Gouvernement rappelle que l'ambassade de Chine a contesté publiquement l'existence de toute « station de police » sur sol suisse, qualifiant ces informations de « pures inventions ».

Delémont, le 13 juin 2023
AU NOM DU GOUVERNEMENT DE LA RÉPUBLIQUE ET CANTON DU JURA
Le président : / La chancelière d'État :
"""
DOCS.append({"name": "042-fr-ch-question-ecrite-jura-delemont-porrentruy-jiexiu.txt", "text": T042, "facts": [
    S("CH", "Delémont", "Selon des informations parues dans la presse romande en février 2023, une « antenne » de la police chinoise serait active à Delémont depuis 2021, dans un local commercial proche de la vieille ville. Elle dépendrait du bureau de la sécurité publique de Jiexiu, dans la province du Shanxi.", operator="Jiexiu", operator_alt=["Jinzhong"], date="2021", claimant="Swiss French-language press"),
    S("CH", "Porrentruy", "Un second point de contact, rattaché au même bureau, aurait fonctionné à Porrentruy, au sein d'une association d'entraide.", operator="Jiexiu", operator_alt=["Jinzhong"], claimant="Swiss French-language press"),
    C("stations", 4, "CH", "La presse évoque en outre au moins quatre structures de ce type en Suisse.", claimant="Swiss French-language press"),
    R("CH", "investigation", "Informée par le Service de renseignement de la Confédération (SRC), la police cantonale a procédé dès mars 2023 à des vérifications concernant les deux locaux mentionnés.", date="2023-03"),
    R("CH", "investigation", "Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale pour service de renseignements politiques ; le Gouvernement ne peut pas s'exprimer sur une procédure en cours."),
    R("CH", "no_wrongdoing_found", "S'agissant de Porrentruy, les vérifications n'ont révélé aucun élément constitutif d'une infraction ; l'association a par ailleurs mis fin d'elle-même aux activités litigieuses.", place="Porrentruy"),
    R("CH", "closure", "S'agissant de Porrentruy, les vérifications n'ont révélé aucun élément constitutif d'une infraction ; l'association a par ailleurs mis fin d'elle-même aux activités litigieuses.", place="Porrentruy", opt=True, note="stopped by itself"),
    I("CH", "persuasion", "Un ressortissant chinois domicilié dans le district de Delémont a signalé à la police avoir été contacté à plusieurs reprises par téléphone et incité à retourner en Chine, où une procédure serait ouverte contre lui. Il n'a pas donné suite à ces injonctions et réside toujours dans le canton.", place="Delémont"),
    I("CH", "forced_return", "À la connaissance du Gouvernement, aucune personne n'a été renvoyée contre son gré.", pol="denied", opt=True),
    R("CH", "arrest", "Aucune arrestation n'a eu lieu à ce jour.", pol="denied", opt=True),
    R("CH", "protest", "Le Département fédéral des affaires étrangères (DFAE) a pour sa part convoqué un représentant de l'ambassade de Chine à Berne au mois d'avril.", date="2023-04"),
    D("CN", "Le Gouvernement rappelle que l'ambassade de Chine a contesté publiquement l'existence de toute « station de police » sur sol suisse, qualifiant ces informations de « pures inventions ».", claimant="Chinese embassy in Switzerland"),
    S("CH", None, "Le Gouvernement rappelle que l'ambassade de Chine a contesté publiquement l'existence de toute « station de police » sur sol suisse, qualifiant ces informations de « pures inventions ».", claimant="Chinese embassy in Switzerland", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 043
T043 = """RÉSEAU OUEST-AFRICAIN DE VEILLE SUR LES LIBERTÉS (ROAVL)        Rapport 2023/2 - p. 14

3. Les « postes de service » de la police chinoise en
Afrique de l'Ouest : état des lieux

3.1 Contexte

Selon l'organisation Safeguard Defenders, les bureaux de sé-
curité publique de plusieurs provinces chinoises auraient ou-
vert, depuis 2016, au moins 102 « postes de police » à l'étran-
ger, répartis dans 53 pays. Officiellement destinés à faciliter
les démarches administratives des ressortissants chinois, ces
postes serviraient aussi à surveiller les diasporas et à « per-
suader » des personnes recherchées de rentrer en Chine (1).

Nos enquêteurs ont pu documenter quatre de ces structures
dans trois pays de la sous-région : deux en Côte d'Ivoire, une
au Sénégal et une en Mauritanie. Leur répartition figure dans
le tableau 3.

Tableau 3 - Postes identifiés (sources : entretiens, documents
associatifs, registres commerciaux)

Pays            Ville           Bureau de rattachement       Ouverture
--------------  --------------  ---------------------------  ---------
Côte d'Ivoire   San-Pédro       Renhuai (Guizhou)            2019
Côte d'Ivoire   Korhogo         Chishui (Guizhou)            2020
Sénégal         Ziguinchor      Mengzi (Yunnan)              2021
Mauritanie      Nouadhibou      Xuanwei (Yunnan)             2020

RÉSEAU OUEST-AFRICAIN DE VEILLE SUR LES LIBERTÉS (ROAVL)        Rapport 2023/2 - p. 15

3.2 Cas documentés

À Nouadhibou, un commerçant de produits de la mer, ressortis-
sant chinois, a été conduit à l'aéroport en mai 2022 par deux
hommes se présentant comme des « agents de liaison », puis
embarqué sur un vol à destination de Pékin via Casablanca. Sa
famille n'a plus de nouvelles de lui depuis lors.

À San-Pédro, une gérante de boutique a reçu sur son télépho-
ne des photographies d'elle-même prises à la sortie d'une
réunion de l'association des commerçants, accompagnées du
message : « Nous savons ce que tu fais. » Elle a signalé les
faits au commissariat du 1er arrondissement, sans suite.

3.3 Réponses des autorités

Les autorités ivoiriennes n'ont, à notre connaissance, ou-
vert aucune enquête sur les deux postes identifiés. Au Sé-
négal, le ministère de l'Intérieur a ordonné en novembre
2022 la fermeture du local de Ziguinchor (2). Interrogé
par nos soins, le ministère mauritanien de l'Intérieur a dé-
claré ne disposer « d'aucune information » sur une présence
policière chinoise à Nouadhibou.

L'ambassade de Chine à Dakar a qualifié nos constats de
« pure invention » et affirme que les bureaux en question
sont des « centres d'assistance consulaire » bénévoles.

Il convient enfin de signaler qu'un protocole de coopéra-
tion en matière de sécurité publique a été signé en 2022
entre la Chine et la Mauritanie. Il prévoit des patrouilles
conjointes dans la zone portuaire de Nouadhibou pendant la
campagne de pêche.

________________________
(1) Safeguard Defenders, rapport de décembre 2022.
(2) Arrêté ministériel du 24 novembre 2022, consulté par le
ROAVL.
"""
DOCS.append({"name": "043-fr-rapport-ocr-afrique-ouest-san-pedro-ziguinchor-renhuai.txt", "text": T043, "facts": [
    C("stations", 102, None, "Selon l'organisation Safeguard Defenders, les bureaux de sé- curité publique de plusieurs provinces chinoises auraient ou- vert, depuis 2016, au moins 102 « postes de police » à l'étran- ger, répartis dans 53 pays.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Selon l'organisation Safeguard Defenders, les bureaux de sé- curité publique de plusieurs provinces chinoises auraient ou- vert, depuis 2016, au moins 102 « postes de police » à l'étran- ger, répartis dans 53 pays.", claimant="Safeguard Defenders"),
    I(None, "persuasion", "ces postes serviraient aussi à surveiller les diasporas et à « per- suader » des personnes recherchées de rentrer en Chine (1).", opt=True, note="general purpose"),
    C("stations", 4, None, "Nos enquêteurs ont pu documenter quatre de ces structures dans trois pays de la sous-région : deux en Côte d'Ivoire, une au Sénégal et une en Mauritanie.", claimant="ROAVL", opt=True, note="regional"),
    C("countries", 3, None, "Nos enquêteurs ont pu documenter quatre de ces structures dans trois pays de la sous-région : deux en Côte d'Ivoire, une au Sénégal et une en Mauritanie.", claimant="ROAVL", opt=True, note="regional"),
    C("stations", 2, "CI", "Nos enquêteurs ont pu documenter quatre de ces structures dans trois pays de la sous-région : deux en Côte d'Ivoire, une au Sénégal et une en Mauritanie.", claimant="ROAVL"),
    C("stations", 1, "SN", "Nos enquêteurs ont pu documenter quatre de ces structures dans trois pays de la sous-région : deux en Côte d'Ivoire, une au Sénégal et une en Mauritanie.", claimant="ROAVL", opt=True, note="count of one"),
    C("stations", 1, "MR", "Nos enquêteurs ont pu documenter quatre de ces structures dans trois pays de la sous-région : deux en Côte d'Ivoire, une au Sénégal et une en Mauritanie.", claimant="ROAVL", opt=True, note="count of one"),
    S("CI", "San-Pédro", "Côte d'Ivoire   San-Pédro       Renhuai (Guizhou)            2019", operator="Renhuai", operator_alt=["Zunyi"], date="2019", claimant="ROAVL", place_alt=["San Pedro"]),
    S("CI", "Korhogo", "Côte d'Ivoire   Korhogo         Chishui (Guizhou)            2020", operator="Chishui", operator_alt=["Zunyi"], date="2020", claimant="ROAVL"),
    S("SN", "Ziguinchor", "Sénégal         Ziguinchor      Mengzi (Yunnan)              2021", operator="Mengzi", operator_alt=["Honghe"], date="2021", claimant="ROAVL"),
    S("MR", "Nouadhibou", "Mauritanie      Nouadhibou      Xuanwei (Yunnan)             2020", operator="Xuanwei", operator_alt=["Qujing"], date="2020", claimant="ROAVL"),
    I("MR", "forced_return", "À Nouadhibou, un commerçant de produits de la mer, ressortis- sant chinois, a été conduit à l'aéroport en mai 2022 par deux hommes se présentant comme des « agents de liaison », puis embarqué sur un vol à destination de Pékin via Casablanca.", place="Nouadhibou", date="2022-05", claimant="ROAVL"),
    I("CI", "surveillance", "À San-Pédro, une gérante de boutique a reçu sur son télépho- ne des photographies d'elle-même prises à la sortie d'une réunion de l'association des commerçants, accompagnées du message : « Nous savons ce que tu fais. »", place="San-Pédro", claimant="ROAVL"),
    I("CI", "harassment", "accompagnées du message : « Nous savons ce que tu fais. »", place="San-Pédro", claimant="ROAVL", opt=True),
    R("CI", "investigation", "Les autorités ivoiriennes n'ont, à notre connaissance, ou- vert aucune enquête sur les deux postes identifiés.", pol="denied", claimant="ROAVL"),
    R("SN", "closure", "Au Sé- négal, le ministère de l'Intérieur a ordonné en novembre 2022 la fermeture du local de Ziguinchor (2).", place="Ziguinchor", date="2022-11", claimant="ROAVL"),
    D("MR", "le ministère mauritanien de l'Intérieur a dé- claré ne disposer « d'aucune information » sur une présence policière chinoise à Nouadhibou.", claimant="Mauritanian Ministry of the Interior", opt=True),
    D("CN", "L'ambassade de Chine à Dakar a qualifié nos constats de « pure invention » et affirme que les bureaux en question sont des « centres d'assistance consulaire » bénévoles.", claimant="Chinese embassy in Senegal"),
    A("MR", "security_agreement", "un protocole de coopéra- tion en matière de sécurité publique a été signé en 2022 entre la Chine et la Mauritanie.", date="2022"),
    A("MR", "joint_patrol", "Il prévoit des patrouilles conjointes dans la zone portuaire de Nouadhibou pendant la campagne de pêche."),
]})

# ---------------------------------------------------------------- 044
T044 = """Conférence de presse régulière du porte-parole du ministère des Affaires étrangères, le 21 juin 2023

(Traduction non officielle)

Question : Selon plusieurs journaux marocains, la Direction générale de la sûreté nationale a perquisitionné la semaine dernière un local d'Agadir présenté comme un « poste de police » chinois, géré par la police de Jiangyou, dans le Sichuan. Un deuxième local, à Marrakech, serait rattaché au bureau de la sécurité publique de Changge. Ces mêmes journaux parlent d'au moins deux structures de ce type au Maroc. Rabat a par ailleurs convoqué lundi votre ambassadeur. Quelle est votre réaction ?

Porte-parole : J'ai pris note des informations que vous mentionnez. Je tiens à souligner qu'il n'existe aucun prétendu « poste de police » chinois à l'étranger. Les lieux dont il est question sont des points de service gérés par des bénévoles de la communauté chinoise d'outre-mer, qui aident nos compatriotes à accomplir en ligne des formalités comme le renouvellement du permis de conduire. La Chine respecte strictement la souveraineté judiciaire des autres pays. Nous espérons que les médias concernés cesseront de colporter des rumeurs.

Question : Le ministre burundais de la Sécurité publique est actuellement en visite à Pékin. Pouvez-vous nous donner des détails sur les documents signés ?

Porte-parole : Hier, le ministre de la Sécurité publique de Chine et son homologue burundais ont signé un accord de coopération en matière de sécurité. Aux termes de cet accord, les deux parties renforceront la formation des policiers et organiseront des patrouilles conjointes à Bujumbura pendant les grands événements. Cette coopération ne vise aucune tierce partie.

Question : L'agence spatiale chinoise a annoncé qu'un astronaute étranger séjournera à bord de la station spatiale chinoise l'an prochain. De quel pays s'agit-il ?

Porte-parole : Je vous invite à vous adresser aux autorités compétentes.

Question : Certaines ONG affirment que des Chinois vivant au Maroc ont été contraints de rentrer. Le confirmez-vous ?

Porte-parole : Je n'ai pas connaissance de ce que vous évoquez. La Chine agit toujours conformément au droit international.
"""
DOCS.append({"name": "044-fr-transcription-mfa-agadir-marrakech-bujumbura.txt", "text": T044, "facts": [
    S("MA", "Agadir", "Selon plusieurs journaux marocains, la Direction générale de la sûreté nationale a perquisitionné la semaine dernière un local d'Agadir présenté comme un « poste de police » chinois, géré par la police de Jiangyou, dans le Sichuan.", operator="Jiangyou", operator_alt=["Mianyang"], claimant="Moroccan newspapers"),
    R("MA", "investigation", "Selon plusieurs journaux marocains, la Direction générale de la sûreté nationale a perquisitionné la semaine dernière un local d'Agadir présenté comme un « poste de police » chinois, géré par la police de Jiangyou, dans le Sichuan.", place="Agadir", date="2023-06", claimant="Moroccan newspapers"),
    S("MA", "Marrakech", "Un deuxième local, à Marrakech, serait rattaché au bureau de la sécurité publique de Changge.", operator="Changge", operator_alt=["Xuchang"], claimant="Moroccan newspapers", place_alt=["Marrakesh"]),
    C("stations", 2, "MA", "Ces mêmes journaux parlent d'au moins deux structures de ce type au Maroc.", claimant="Moroccan newspapers"),
    R("MA", "protest", "Rabat a par ailleurs convoqué lundi votre ambassadeur.", date="2023-06-19"),
    D("CN", "Je tiens à souligner qu'il n'existe aucun prétendu « poste de police » chinois à l'étranger.", claimant="PRC Ministry of Foreign Affairs"),
    A("BI", "security_agreement", "Hier, le ministre de la Sécurité publique de Chine et son homologue burundais ont signé un accord de coopération en matière de sécurité.", date="2023-06-20", claimant="PRC Ministry of Foreign Affairs"),
    A("BI", "joint_patrol", "Aux termes de cet accord, les deux parties renforceront la formation des policiers et organiseront des patrouilles conjointes à Bujumbura pendant les grands événements.", claimant="PRC Ministry of Foreign Affairs"),
    I("MA", "forced_return", "Certaines ONG affirment que des Chinois vivant au Maroc ont été contraints de rentrer.", claimant="NGOs", opt=True, note="vague, in a question"),
]})

# ---------------------------------------------------------------- 045 (irrelevant)
T045 = """Mulhouse : la station Porte-Jeune du tram rouverte après l'agression

Fermée depuis samedi soir, la station de tram Porte-Jeune a rouvert lundi matin. Deux suspects ont été interpellés.

La station Porte-Jeune, la plus fréquentée du réseau mulhousien, a rouvert ses quais lundi à 5 h 30, au terme de deux jours de fermeture décidée par l'exploitant après l'agression d'un agent de contrôle samedi vers 23 heures. La police nationale a ouvert une enquête pour violences aggravées ; deux jeunes hommes de 19 et 22 ans ont été interpellés dimanche et placés en garde à vue au commissariat central.

Dans le même quartier, le gérant d'un restaurant chinois de la rue du Sauvage avait été victime d'un vol avec violence la semaine précédente. « On demande simplement plus de présence policière le soir », explique-t-il. Le maire a annoncé la signature prochaine d'une convention de partenariat entre la police municipale et l'exploitant du réseau, qui prévoit des patrouilles communes dans les rames et aux stations les vendredis et samedis soir.

Selon la préfecture, 53 policiers supplémentaires doivent rejoindre la circonscription d'ici l'été, et le nombre de caméras passera de 102 à 140 sur le réseau. Un poste de police municipale de proximité ouvrira par ailleurs dans le quartier de la gare au printemps.

Sans lien avec cette affaire, un randonneur mulhousien blessé dans le Yunnan, en Chine, a été rapatrié vendredi par son assurance et hospitalisé à Strasbourg. Le consulat général de Chine à Strasbourg a salué « la réactivité » des services de secours.
"""
DOCS.append({"name": "045-fr-actu-locale-mulhouse-station-tram.txt", "text": T045, "facts": []})
