from facts import S, C, R, I, A, D

DOCS = []

# 041 -------------------------------------------------------------------------------
T = """Strasbourg : une association soupçonnée d'abriter un « poste » de la police chinoise

Le parquet a ouvert une enquête préliminaire, confiée à la DGSI. Une seconde structure aurait fonctionné à Metz.

Par Claire Muller

L'association organise des cours de calligraphie le samedi et un repas de fin d'année. Mais selon nos informations, ses locaux du quartier de Neudorf, à Strasbourg, serviraient aussi depuis 2020 de relais à la police chinoise. Le parquet de Strasbourg a ouvert en mars une enquête préliminaire pour « intelligence avec une puissance étrangère », confiée à la Direction générale de la sécurité intérieure (DGSI).

D'après une note consultée par notre journal, la structure serait rattachée au Bureau de la sécurité publique de Nan'an, ville-district de la préfecture de Quanzhou, dans le Fujian. Elle aurait ouvert un second local à Metz, dans le quartier de la gare, fermé à l'automne dernier sans que les autorités n'aient eu à intervenir.

À l'origine de l'enquête, un signalement d'une serveuse d'un restaurant de l'Esplanade. Convoquée à deux reprises dans les locaux de l'association, elle s'est vu conseiller de « rentrer régler ses affaires » en Chine, où une plainte pour escroquerie la vise. Ses parents, à Nan'an, ont été interrogés par la police locale. La jeune femme vit toujours en Alsace.

Aucune interpellation n'a eu lieu à ce stade, précise une source proche du dossier.

Contactée, l'ambassade de Chine à Paris dénonce des « allégations sans aucun fondement » et explique que des bénévoles aident « à renouveler des permis de conduire à distance ». Le président de l'association, lui, n'a pas souhaité s'exprimer.

Le ministère de l'Europe et des Affaires étrangères n'a pas indiqué si l'ambassadeur de Chine avait été convoqué.
"""
DOCS.append(("041-fr-presse-strasbourg-metz-nanan.txt", T, [
    S("FR", "Strasbourg", "Mais selon nos informations, ses locaux du quartier de Neudorf, à Strasbourg, serviraient aussi depuis 2020 de relais à la police chinoise.", operator="Nan'an", operator_alt=["Nanan", "Quanzhou"], date="2020", note="Neudorf"),
    R("FR", "investigation", "Le parquet de Strasbourg a ouvert en mars une enquête préliminaire pour « intelligence avec une puissance étrangère », confiée à la Direction générale de la sécurité intérieure (DGSI).", place="Strasbourg"),
    S("FR", "Strasbourg", "D'après une note consultée par notre journal, la structure serait rattachée au Bureau de la sécurité publique de Nan'an, ville-district de la préfecture de Quanzhou, dans le Fujian.", operator="Nan'an", operator_alt=["Nanan", "Quanzhou"], note="operator sentence"),
    S("FR", "Metz", "Elle aurait ouvert un second local à Metz, dans le quartier de la gare", operator="Nan'an", operator_alt=["Nanan", "Quanzhou"], note="station district"),
    R("FR", "closure", "fermé à l'automne dernier sans que les autorités n'aient eu à intervenir.", place="Metz", opt=True, note="stopped by itself"),
    I("persuasion", "FR", "Convoquée à deux reprises dans les locaux de l'association, elle s'est vu conseiller de « rentrer régler ses affaires » en Chine, où une plainte pour escroquerie la vise.", place="Strasbourg"),
    I("harassment", "FR", "Ses parents, à Nan'an, ont été interrogés par la police locale.", opt=True),
    R("FR", "arrest", "Aucune interpellation n'a eu lieu à ce stade", pol="denied", opt=True),
    D("CN", "Contactée, l'ambassade de Chine à Paris dénonce des « allégations sans aucun fondement »", claimant="PRC Embassy in France"),
]))

# 042 -------------------------------------------------------------------------------
T = """Un « commissariat » chinois à Namur ? Le parquet fédéral perquisitionne

Belga / Rédaction

Le parquet fédéral a mené mardi une perquisition dans un bâtiment de la rue de Fer, à Namur, soupçonné d'abriter un « point de service » de la police chinoise. Aucune arrestation n'a été effectuée, mais du matériel informatique a été saisi, a indiqué le porte-parole du parquet.

Selon la Sûreté de l'État, le point serait piloté par le bureau de la sécurité publique du district de Minqing, qui dépend de la ville de Fuzhou. La Sûreté estime que deux structures de ce type existent en Wallonie : celle de Namur et une seconde, à Verviers, installée dans l'arrière-salle d'une épicerie asiatique, qui relèverait du même bureau.

L'enquête a été ouverte après la plainte d'un étudiant de l'Université de Namur. Le jeune homme, qui avait pris la parole lors d'un rassemblement pour les Ouïghours devant la gare, affirme avoir été approché par un homme lui demandant de « fournir les noms » des autres participants. Sa sœur, restée à Fuzhou, aurait reçu la visite de deux policiers.

Le ministre des Affaires étrangères a fait convoquer mercredi l'ambassadeur de Chine au SPF Affaires étrangères, à Bruxelles. « La Belgique ne tolérera aucune activité policière étrangère sur son sol », a-t-il déclaré.

L'ambassade a rejeté « fermement » ces accusations, qualifiées de « pure fabrication », et a indiqué que les lieux visés sont des « associations de ressortissants » sans lien avec la police.

En 2022, deux sites avaient déjà été signalés à Bruxelles ; ils avaient cessé leurs activités d'eux-mêmes.
"""
DOCS.append(("042-fr-be-namur-verviers-minqing.txt", T, [
    R("BE", "investigation", "Le parquet fédéral a mené mardi une perquisition dans un bâtiment de la rue de Fer, à Namur", place="Namur"),
    S("BE", "Namur", "soupçonné d'abriter un « point de service » de la police chinoise.", operator="Minqing", operator_alt=["Fuzhou"], note="rue de Fer"),
    R("BE", "arrest", "Aucune arrestation n'a été effectuée", pol="denied", opt=True),
    S("BE", "Namur", "Selon la Sûreté de l'État, le point serait piloté par le bureau de la sécurité publique du district de Minqing, qui dépend de la ville de Fuzhou.", operator="Minqing", operator_alt=["Fuzhou"], claimant="Belgian State Security Service"),
    C("stations", 2, "BE", "La Sûreté estime que deux structures de ce type existent en Wallonie", opt=True, note="regional count (Wallonia)", claimant="Belgian State Security Service"),
    S("BE", "Verviers", "et une seconde, à Verviers, installée dans l'arrière-salle d'une épicerie asiatique, qui relèverait du même bureau.", operator="Minqing", operator_alt=["Fuzhou"], claimant="Belgian State Security Service", note="back room of a grocery"),
    I("surveillance", "BE", "affirme avoir été approché par un homme lui demandant de « fournir les noms » des autres participants.", place="Namur"),
    I("harassment", "BE", "Sa sœur, restée à Fuzhou, aurait reçu la visite de deux policiers."),
    R("BE", "protest", "Le ministre des Affaires étrangères a fait convoquer mercredi l'ambassadeur de Chine au SPF Affaires étrangères, à Bruxelles."),
    D("CN", "L'ambassade a rejeté « fermement » ces accusations, qualifiées de « pure fabrication »", claimant="PRC Embassy in Belgium"),
    S("BE", "Brussels", "En 2022, deux sites avaient déjà été signalés à Bruxelles", opt=True, date="2022", place_alt=["Bruxelles"]),
    R("BE", "closure", "ils avaient cessé leurs activités d'eux-mêmes.", place="Brussels", opt=True),
]))

# 043 -------------------------------------------------------------------------------
T = """VALAIS

Une antenne de la police chinoise à Sion ? Berne a ouvert une procédure

Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale contre inconnu pour actes exécutés sans droit pour un État étranger. Elle vise un bureau de l'avenue de Tourbillon, à Sion, qui aurait servi d'antenne au Bureau de la sécurité publique de Lanxi, ville de la province du Zhejiang.

Selon nos informations, l'affaire a démarré au printemps, lorsqu'un cuisinier établi à Martigny a signalé à la police cantonale qu'on l'avait invité à plusieurs reprises « à prendre le thé » dans ce bureau. Il y aurait été pressé de rentrer en Chine, où il est recherché pour une affaire de jeux d'argent. Il ne l'a pas fait.

Un deuxième bureau, à Bienne, a été inspecté par la police cantonale bernoise en juin. « Aucun élément ne permet d'affirmer qu'il s'agissait d'autre chose que d'une agence de voyages », indique-t-elle. Il a depuis fermé ses portes.

Le Département fédéral des affaires étrangères (DFAE) s'est borné à indiquer qu'il avait « fait part de ses préoccupations » à l'ambassade de Chine à Berne. Il ne dit pas si l'ambassadeur a été formellement convoqué.

L'ambassade, elle, « rejette catégoriquement ces accusations infondées ».

Le Service de renseignement de la Confédération estime à « une demi-douzaine » le nombre de ces antennes en Suisse.
"""
DOCS.append(("043-fr-ch-sion-bienne-lanxi.txt", T, [
    R("CH", "investigation", "Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale contre inconnu pour actes exécutés sans droit pour un État étranger."),
    S("CH", "Sion", "Elle vise un bureau de l'avenue de Tourbillon, à Sion, qui aurait servi d'antenne au Bureau de la sécurité publique de Lanxi, ville de la province du Zhejiang.", operator="Lanxi", operator_alt=["Jinhua"], note="avenue de Tourbillon"),
    I("persuasion", "CH", "Il y aurait été pressé de rentrer en Chine, où il est recherché pour une affaire de jeux d'argent.", place="Sion"),
    S("CH", "Biel", "Un deuxième bureau, à Bienne, a été inspecté par la police cantonale bernoise en juin.", place_alt=["Bienne", "Biel/Bienne"], opt=True, note="inspected, nothing found"),
    R("CH", "no_wrongdoing_found", "« Aucun élément ne permet d'affirmer qu'il s'agissait d'autre chose que d'une agence de voyages », indique-t-elle.", place="Biel", claimant="Bern cantonal police"),
    R("CH", "closure", "Il a depuis fermé ses portes.", place="Biel", opt=True),
    R("CH", "protest", "qu'il avait « fait part de ses préoccupations » à l'ambassade de Chine à Berne.", opt=True, note="short of a summons"),
    D("CN", "L'ambassade, elle, « rejette catégoriquement ces accusations infondées ».", claimant="PRC Embassy in Switzerland"),
    C("stations", 6, "CH", "Le Service de renseignement de la Confédération estime à « une demi-douzaine » le nombre de ces antennes en Suisse.", opt=True, note="approximation", claimant="Swiss Federal Intelligence Service"),
]))

# 044 -------------------------------------------------------------------------------
T = """La GRC enquête sur deux présumés « postes de police » chinois à Longueuil et à Trois-Rivières

MONTRÉAL — La Gendarmerie royale du Canada (GRC) a ouvert une enquête sur deux organismes communautaires de la Rive-Sud et de la Mauricie soupçonnés d'agir pour le compte de la police chinoise, a appris notre Bureau d'enquête.

Le premier se trouve dans un centre commercial du boulevard Taschereau, à Longueuil. Selon des documents obtenus en vertu de la loi sur l'accès à l'information, il aurait été mis sur pied en 2021 par le Bureau de la sécurité publique de Hai'an, dans la province du Jiangsu. Le second, plus modeste, occupe un local au-dessus d'un dépanneur du centre-ville de Trois-Rivières; il relèverait du même bureau.

Un étudiant de l'Université du Québec à Trois-Rivières raconte avoir été abordé à la sortie d'un cours par un homme qui connaissait le nom de sa mère et l'adresse de la famille à Nantong. « Il m'a dit que ce serait mieux pour elle si je rentrais cet été », dit-il. Il n'est pas rentré. Quelques semaines plus tard, sa mère a été convoquée au poste de police de son quartier.

Aucune accusation n'a été portée jusqu'ici, a précisé une porte-parole de la GRC.

Ottawa a convoqué l'ambassadeur de Chine en avril, selon Affaires mondiales Canada, qui n'a pas voulu préciser si la rencontre portait sur ces deux organismes.

Le consulat général de Chine à Montréal affirme que ces accusations sont « complètement fausses » et que la Chine « n'a jamais établi de poste de police à l'étranger ».

Selon une organisation de défense des droits de la personne, plus d'une centaine de ces postes existeraient dans une cinquantaine de pays, dont au moins cinq au Canada. Son premier rapport, en 2022, en recensait 54, dans 30 pays.
"""
DOCS.append(("044-fr-ca-longueuil-trois-rivieres-haian.txt", T, [
    R("CA", "investigation", "La Gendarmerie royale du Canada (GRC) a ouvert une enquête sur deux organismes communautaires de la Rive-Sud et de la Mauricie soupçonnés d'agir pour le compte de la police chinoise"),
    C("stations", 2, "CA", "La Gendarmerie royale du Canada (GRC) a ouvert une enquête sur deux organismes communautaires de la Rive-Sud et de la Mauricie", opt=True, note="two under investigation"),
    S("CA", "Longueuil", "Le premier se trouve dans un centre commercial du boulevard Taschereau, à Longueuil.", operator="Hai'an", operator_alt=["Haian", "Nantong"], date="2021", note="shopping centre on boulevard Taschereau"),
    S("CA", "Longueuil", "Selon des documents obtenus en vertu de la loi sur l'accès à l'information, il aurait été mis sur pied en 2021 par le Bureau de la sécurité publique de Hai'an, dans la province du Jiangsu.", operator="Hai'an", operator_alt=["Haian", "Nantong"], date="2021", note="operator sentence"),
    S("CA", "Trois-Rivieres", "Le second, plus modeste, occupe un local au-dessus d'un dépanneur du centre-ville de Trois-Rivières; il relèverait du même bureau.", operator="Hai'an", operator_alt=["Haian", "Nantong"], place_alt=["Trois-Rivières"], note="above a convenience store"),
    I("persuasion", "CA", "« Il m'a dit que ce serait mieux pour elle si je rentrais cet été », dit-il.", place="Trois-Rivieres"),
    I("harassment", "CA", "Quelques semaines plus tard, sa mère a été convoquée au poste de police de son quartier."),
    R("CA", "arrest", "Aucune accusation n'a été portée jusqu'ici", pol="denied", opt=True),
    R("CA", "protest", "Ottawa a convoqué l'ambassadeur de Chine en avril, selon Affaires mondiales Canada, qui n'a pas voulu préciser si la rencontre portait sur ces deux organismes.", opt=True, note="summons not tied to the stations"),
    D("CN", "Le consulat général de Chine à Montréal affirme que ces accusations sont « complètement fausses »", claimant="PRC Consulate General in Montreal"),
    C("stations", 100, None, "plus d'une centaine de ces postes existeraient dans une cinquantaine de pays", opt=True, claimant="human-rights organisation"),
    C("countries", 50, None, "plus d'une centaine de ces postes existeraient dans une cinquantaine de pays", opt=True, claimant="human-rights organisation"),
    C("stations", 5, "CA", "dont au moins cinq au Canada.", claimant="human-rights organisation"),
    C("stations", 54, None, "Son premier rapport, en 2022, en recensait 54, dans 30 pays.", date="2022", claimant="human-rights organisation"),
    C("countries", 30, None, "Son premier rapport, en 2022, en recensait 54, dans 30 pays.", date="2022", claimant="human-rights organisation"),
]))

# 045 -------------------------------------------------------------------------------
T = """AFRIQUE DE L'OUEST

Les « bureaux de service » de la police chinoise s'installent sur la côte

Dakar, Abidjan, peut-être Bamako : notre enquête sur un réseau discret, entre formalités administratives et pressions sur les expatriés.

Dans les allées du marché de Petersen, à Dakar, tout le monde connaît « le bureau ». On y fait légaliser un acte, renouveler un permis, envoyer une procuration au pays. Ce que beaucoup ignorent, c'est que ce local, ouvert en 2019, est rattaché au Bureau de la sécurité publique du district de Pucheng, dans la préfecture de Nanping. Il est l'un des trois que nous avons pu identifier en Afrique de l'Ouest francophone.

Le deuxième se trouve à Abidjan, dans la commune de Treichville. Il dépendrait de la police du district de Youxi, dans le Fujian. C'est de là, selon trois témoins, qu'un commerçant de pièces détachées a été conduit en mars 2023 à l'aéroport Félix-Houphouët-Boigny puis placé sur un vol pour Canton via Addis-Abeba. Recherché pour une affaire de contrebande, il n'aurait pas été autorisé à prévenir sa famille.

Le troisième, à Bamako, reste à confirmer : nos sources situent un bureau dans le quartier de l'ACI 2000, sans pouvoir préciser l'autorité de rattachement.

Tableau récapitulatif
Ville      | Pays           | Rattachement       | Ouverture
Dakar      | Sénégal        | Pucheng (Nanping)  | 2019
Abidjan    | Côte d'Ivoire  | Youxi (Sanming)    | 2020
Bamako     | Mali           | non précisé        | non précisé

Les réactions des États sont timides. À Dakar, le ministère de l'Intérieur affirme « n'avoir connaissance d'aucune activité policière étrangère » sur le territoire et n'a ouvert aucune enquête. À Abidjan, la Direction de la surveillance du territoire a discrètement entendu plusieurs responsables associatifs, sans suite publique. La Côte d'Ivoire et la Chine ont signé en 2018 un accord de coopération en matière de sécurité.

L'ambassade de Chine à Dakar parle de « rumeurs colportées par des forces hostiles » et d'un « simple service consulaire de proximité ».
"""
DOCS.append(("045-fr-afrique-dakar-abidjan-bamako.txt", T, [
    S("SN", "Dakar", "Ce que beaucoup ignorent, c'est que ce local, ouvert en 2019, est rattaché au Bureau de la sécurité publique du district de Pucheng, dans la préfecture de Nanping.", operator="Pucheng", operator_alt=["Nanping"], date="2019", note="Petersen market"),
    C("stations", 3, None, "Il est l'un des trois que nous avons pu identifier en Afrique de l'Ouest francophone.", opt=True, note="regional count"),
    S("CI", "Abidjan", "Le deuxième se trouve à Abidjan, dans la commune de Treichville. Il dépendrait de la police du district de Youxi, dans le Fujian.", operator="Youxi", operator_alt=["Sanming"], date="2020", note="Treichville"),
    I("forced_return", "CI", "C'est de là, selon trois témoins, qu'un commerçant de pièces détachées a été conduit en mars 2023 à l'aéroport Félix-Houphouët-Boigny puis placé sur un vol pour Canton via Addis-Abeba.", place="Abidjan", date="2023-03"),
    S("ML", "Bamako", "Le troisième, à Bamako, reste à confirmer", opt=True, note="unconfirmed; ACI 2000"),
    R("SN", "investigation", "et n'a ouvert aucune enquête.", pol="denied", claimant="Senegalese Ministry of the Interior"),
    D("SN", "le ministère de l'Intérieur affirme « n'avoir connaissance d'aucune activité policière étrangère » sur le territoire", claimant="Senegalese Ministry of the Interior"),
    S("SN", None, "le ministère de l'Intérieur affirme « n'avoir connaissance d'aucune activité policière étrangère » sur le territoire", pol="denied", opt=True, claimant="Senegalese Ministry of the Interior"),
    R("CI", "investigation", "À Abidjan, la Direction de la surveillance du territoire a discrètement entendu plusieurs responsables associatifs, sans suite publique.", place="Abidjan", opt=True, note="hearings without a stated inquiry"),
    A("CI", "security_agreement", "La Côte d'Ivoire et la Chine ont signé en 2018 un accord de coopération en matière de sécurité.", date="2018"),
    D("CN", "L'ambassade de Chine à Dakar parle de « rumeurs colportées par des forces hostiles »", claimant="PRC Embassy in Senegal"),
]))

# 046 (irrelevant) -------------------------------------------------------------------
T = """Quartier chinois : le poste de quartier 21 déménage, la station Place-d'Armes rénovée

La Ville de Montréal et le Service de police de la Ville de Montréal (SPVM) ont annoncé lundi le déménagement du poste de quartier 21 dans un nouvel immeuble du boulevard Saint-Laurent, à deux pas de l'arche du quartier chinois. Le poste comptera 85 policiers et une salle communautaire ouverte aux associations du secteur.

Les commerçants du quartier chinois réclamaient depuis des années une présence policière plus visible, après une série de vols par effraction dans des restaurants de la rue De La Gauchetière. Le SPVM dit avoir procédé à 14 arrestations depuis janvier dans le secteur.

Le déménagement coïncide avec la fin des travaux à la station de métro Place-d'Armes, dont l'accès principal donne sur le quartier. La Société de transport de Montréal a signé une entente avec la Table de concertation du quartier chinois pour y installer des panneaux en trois langues.

Lors de l'annonce, un représentant du consulat général de Chine a salué « un geste de reconnaissance envers la communauté ». La mairesse de l'arrondissement a rappelé que le quartier chinois avait été reconnu comme site patrimonial par Québec.

Le retour des touristes asiatiques, en forte hausse depuis 2023, devrait aussi bénéficier aux restaurateurs, selon la chambre de commerce locale.
"""
DOCS.append(("046-fr-ca-quartier-chinois-poste-de-quartier.txt", T, []))
