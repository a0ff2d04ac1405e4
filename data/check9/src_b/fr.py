from lib import D, F

N = "041-fr-presse-lille-roubaix-xiangtan.txt"
D(N, """
Lille : le parquet ouvre une enquête sur un « poste de police » chinois présumé

Une association culturelle du quartier de Fives est soupçonnée d'avoir servi d'antenne à la police d'une ville chinoise. L'ambassade de Chine dément.

Le parquet de Lille a ouvert une enquête préliminaire, confiée à la direction générale de la sécurité intérieure (DGSI), sur les activités d'une association culturelle chinoise du quartier de Fives, a-t-on appris vendredi de source judiciaire. L'association est soupçonnée d'avoir fonctionné comme l'un de ces « postes de police » que la Chine entretiendrait à l'étranger, selon un signalement transmis par une ONG.

D'après ce document, la structure aurait été ouverte en 2020 à l'initiative du bureau de la sécurité publique de Xiangtan, dans la province du Hunan. Ses responsables proposaient officiellement des cours de calligraphie et une aide au renouvellement des papiers.

Un second local, à Roubaix, aurait relevé du même bureau. Il a fermé ses portes au printemps, selon des commerçants du quartier de l'Épeule.

Parmi les témoignages recueillis figure celui d'une doctorante, qui affirme avoir été photographiée et filmée lors d'un rassemblement de soutien aux Ouïghours sur la Grand-Place, en novembre. Quelques jours plus tard, ses parents ont été convoqués par la police de leur ville, en Chine.

Aucune interpellation n'a eu lieu à ce stade.

Jeudi, le ministère de l'Europe et des Affaires étrangères a convoqué le chargé d'affaires chinois. L'ambassade de Chine à Paris a pour sa part dénoncé des « allégations sans aucun fondement » et assuré que ces associations « relèvent de la vie associative normale de la diaspora ».
""")
F(N, "Le parquet de Lille a ouvert une enquête préliminaire, confiée à la direction générale de la sécurité intérieure (DGSI), sur les activités d'une association culturelle chinoise du quartier de Fives", "response", country="FR", action="investigation", place="Lille")
F(N, "L'association est soupçonnée d'avoir fonctionné comme l'un de ces « postes de police » que la Chine entretiendrait à l'étranger, selon un signalement transmis par une ONG.", "station", country="FR", place="Lille", operator="Xiangtan", date="2020", claimant="an NGO", note="Fives district; operator in the next paragraph ('la structure')")
F(N, "Un second local, à Roubaix, aurait relevé du même bureau.", "station", country="FR", place="Roubaix", operator="Xiangtan", claimant="an NGO", note="'du même bureau' = Xiangtan")
F(N, "Il a fermé ses portes au printemps, selon des commerçants du quartier de l'Épeule.", "response", country="FR", action="closure", place="Roubaix", optional=True, note="closed itself")
F(N, "affirme avoir été photographiée et filmée lors d'un rassemblement de soutien aux Ouïghours sur la Grand-Place, en novembre", "incident", country="FR", incident_type="surveillance", place="Lille", claimant="a doctoral student")
F(N, "Quelques jours plus tard, ses parents ont été convoqués par la police de leur ville, en Chine.", "incident", country="FR", incident_type="harassment", claimant="a doctoral student")
F(N, "Aucune interpellation n'a eu lieu à ce stade.", "response", country="FR", action="arrest", polarity="denied", optional=True)
F(N, "Jeudi, le ministère de l'Europe et des Affaires étrangères a convoqué le chargé d'affaires chinois.", "response", country="FR", action="protest")
F(N, "L'ambassade de Chine à Paris a pour sa part dénoncé des « allégations sans aucun fondement »", "denial", country="CN", claimant="PRC Embassy in France")

N = "042-fr-question-ecrite-reponse-grenoble.txt"
D(N, """
Question écrite n° 08841 de M. le député (Isère) publiée au JO le 13/06/2023

M. le député attire l'attention de M. le ministre de l'intérieur et des outre-mer sur
l'existence présumée, à Grenoble, d'un « centre de service aux ressortissants chinois »
rattaché au bureau de la sécurité publique de Changshu (province du Jiangsu). Selon
plusieurs témoignages, ce centre, installé depuis 2021 dans le quartier de l'Île Verte,
aurait exercé des pressions sur des étudiants chinois de l'université Grenoble-Alpes. Il
lui demande quelles mesures ont été prises.

Réponse du ministère de l'intérieur et des outre-mer publiée au JO le 24/10/2023

Les services de renseignement intérieur suivent avec la plus grande attention les
activités de puissances étrangères visant les diasporas présentes sur le territoire
national. S'agissant de la structure mentionnée par l'honorable parlementaire, des
vérifications approfondies ont été conduites par la direction générale de la sécurité
intérieure, en lien avec le parquet de Grenoble. Elles n'ont pas permis, à ce jour,
de caractériser une infraction pénale.

La structure a cessé toute activité au cours de l'été 2023. Aucune mesure administrative
de fermeture n'a donc été nécessaire.

Aucune plainte d'étudiant faisant état de pressions en vue d'un retour en Chine n'a été
enregistrée par les services de police ou de gendarmerie de l'Isère. Les établissements
d'enseignement supérieur ont néanmoins été sensibilisés et disposent d'un référent.

Enfin, les autorités françaises ont rappelé à l'ambassade de Chine, à plusieurs reprises
et au plus haut niveau, que toute activité de police étrangère sur le sol français est
illégale. Le ministère de l'Europe et des affaires étrangères avait convoqué l'ambassadeur
de Chine à ce sujet en novembre 2022.
""")
F(N, "l'existence présumée, à Grenoble, d'un « centre de service aux ressortissants chinois »\nrattaché au bureau de la sécurité publique de Changshu (province du Jiangsu)", "station", country="FR", place="Grenoble", operator="Changshu", date="2021", claimant="Isère deputy", note="premise of the question; Île Verte district")
F(N, "aurait exercé des pressions sur des étudiants chinois de l'université Grenoble-Alpes", "incident", country="FR", incident_type="harassment", place="Grenoble", claimant="Isère deputy", optional=True, note="unspecified pressure on students, no individual case")
F(N, "des\nvérifications approfondies ont été conduites par la direction générale de la sécurité\nintérieure, en lien avec le parquet de Grenoble", "response", country="FR", action="investigation", place="Grenoble", claimant="French Ministry of the Interior")
F(N, "Elles n'ont pas permis, à ce jour,\nde caractériser une infraction pénale.", "response", country="FR", action="no_wrongdoing_found", place="Grenoble", claimant="French Ministry of the Interior")
F(N, "La structure a cessé toute activité au cours de l'été 2023.", "response", country="FR", action="closure", place="Grenoble", date="2023", claimant="French Ministry of the Interior", optional=True, note="ceased by itself, no order")
F(N, "Aucune plainte d'étudiant faisant état de pressions en vue d'un retour en Chine n'a été\nenregistrée", "incident", country="FR", incident_type="persuasion", polarity="denied", claimant="French Ministry of the Interior", optional=True)
F(N, "les autorités françaises ont rappelé à l'ambassade de Chine, à plusieurs reprises\net au plus haut niveau, que toute activité de police étrangère sur le sol français est\nillégale. Le ministère de l'Europe et des affaires étrangères avait convoqué l'ambassadeur\nde Chine à ce sujet en novembre 2022.", "response", country="FR", action="protest", date="2022-11", claimant="French Ministry of the Interior")

N = "043-fr-suisse-lausanne-fribourg-ministere-public.txt"
D(N, """
Vaud

Un «poste de police» chinois présumé à Lausanne: le Ministère public de la Confédération enquête

Lausanne. Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale contre inconnu pour service de renseignements politiques, après la découverte d'un bureau soupçonné d'agir pour le compte de la police chinoise dans le quartier de Sévelin. L'information, révélée jeudi par la radio publique, a été confirmée par le MPC.

Le bureau aurait été ouvert en 2021 par le bureau de la sécurité publique de Dalian, dans la province du Liaoning. Il se présentait comme une agence de voyages. Selon nos informations, la police fédérale (fedpol) y a procédé à une perquisition au début du mois, sans interpellation.

Une Tibétaine établie dans la région lausannoise dit avoir été approchée à plusieurs reprises par un employé de l'agence, qui lui demandait des informations sur les membres de sa communauté et sur les participants à une manifestation devant le siège de l'ONU à Genève. «Il savait où je travaillais et à quelle heure je rentrais», témoigne-t-elle.

À Fribourg, un local associatif cité dans le même dossier a été inspecté par la police cantonale, qui n'y a rien trouvé de suspect.

Le Département fédéral des affaires étrangères a indiqué avoir «fait part de ses préoccupations» à l'ambassade de Chine, sans préciser si l'ambassadeur avait été convoqué. L'ambassade, elle, affirme que «de tels postes n'ont jamais existé» et dénonce «une campagne de dénigrement».
""")
F(N, "Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale contre inconnu pour service de renseignements politiques", "response", country="CH", action="investigation", place="Lausanne")
F(N, "Le bureau aurait été ouvert en 2021 par le bureau de la sécurité publique de Dalian, dans la province du Liaoning.", "station", country="CH", place="Lausanne", operator="Dalian", date="2021", note="Sévelin; 'Le bureau' carries Lausanne")
F(N, "Selon nos informations, la police fédérale (fedpol) y a procédé à une perquisition au début du mois, sans interpellation.", "response", country="CH", action="arrest", polarity="denied", optional=True)
F(N, "Une Tibétaine établie dans la région lausannoise dit avoir été approchée à plusieurs reprises par un employé de l'agence, qui lui demandait des informations sur les membres de sa communauté", "incident", country="CH", incident_type="surveillance", place="Lausanne", claimant="a Tibetan woman")
F(N, "À Fribourg, un local associatif cité dans le même dossier a été inspecté par la police cantonale, qui n'y a rien trouvé de suspect.", "station", country="CH", place="Fribourg", place_alt=["Freiburg"], optional=True, note="cited in the file, nothing found")
F(N, "À Fribourg, un local associatif cité dans le même dossier a été inspecté par la police cantonale, qui n'y a rien trouvé de suspect.", "response", country="CH", action="no_wrongdoing_found", place="Fribourg")
F(N, "Le Département fédéral des affaires étrangères a indiqué avoir «fait part de ses préoccupations» à l'ambassade de Chine", "response", country="CH", action="protest", optional=True, note="short of a summons")
F(N, "L'ambassade, elle, affirme que «de tels postes n'ont jamais existé»", "denial", country="CN", claimant="PRC Embassy in Switzerland")

N = "044-fr-canada-gatineau-sherbrooke-grc.txt"
D(N, """
La GRC enquête sur un présumé poste de police chinois à Gatineau

GATINEAU – La Gendarmerie royale du Canada (GRC) a confirmé mardi mener une enquête sur un organisme communautaire de Gatineau soupçonné d'avoir servi de relais à la police chinoise, une première en Outaouais.

Selon des documents consultés par notre bureau parlementaire à Ottawa, l'organisme, qui occupe un local commercial du boulevard Saint-Joseph, aurait été mis sur pied en 2020 avec l'appui du bureau de la sécurité publique de la ville de Harbin, dans le nord-est de la Chine. Un deuxième point de service aurait fonctionné à Sherbrooke jusqu'en 2023.

La GRC indique n'avoir procédé à aucune arrestation. «Nous prenons très au sérieux toute forme d'intimidation ou de harcèlement visant les communautés de la diaspora», a déclaré une porte-parole.

Un étudiant de l'Université du Québec en Outaouais affirme que des bénévoles de l'organisme l'ont pressé, à l'automne 2022, de rentrer en Chine pour «régler un dossier» auprès de la police de sa ville natale. Il a refusé. Depuis, dit-il, sa mère reçoit des appels de policiers presque chaque semaine.

Affaires mondiales Canada a convoqué l'ambassadeur de Chine à Ottawa la semaine dernière. L'ambassade a rejeté «fermement» ces allégations, qui selon elle relèvent de «la manipulation politique».

En 2022 déjà, la GRC avait enquêté sur trois sites dans la région de Montréal et un à Toronto.
""")
F(N, "La Gendarmerie royale du Canada (GRC) a confirmé mardi mener une enquête sur un organisme communautaire de Gatineau", "response", country="CA", action="investigation", place="Gatineau")
F(N, "l'organisme, qui occupe un local commercial du boulevard Saint-Joseph, aurait été mis sur pied en 2020 avec l'appui du bureau de la sécurité publique de la ville de Harbin", "station", country="CA", place="Gatineau", operator="Harbin", date="2020", claimant="documents", note="boulevard Saint-Joseph")
F(N, "Un deuxième point de service aurait fonctionné à Sherbrooke jusqu'en 2023.", "station", country="CA", place="Sherbrooke", claimant="documents")
F(N, "La GRC indique n'avoir procédé à aucune arrestation.", "response", country="CA", action="arrest", polarity="denied", optional=True)
F(N, "des bénévoles de l'organisme l'ont pressé, à l'automne 2022, de rentrer en Chine pour «régler un dossier» auprès de la police de sa ville natale", "incident", country="CA", incident_type="persuasion", place="Gatineau", date="2022", claimant="a student")
F(N, "Depuis, dit-il, sa mère reçoit des appels de policiers presque chaque semaine.", "incident", country="CA", incident_type="harassment", claimant="a student")
F(N, "Affaires mondiales Canada a convoqué l'ambassadeur de Chine à Ottawa la semaine dernière.", "response", country="CA", action="protest")
F(N, "L'ambassade a rejeté «fermement» ces allégations", "denial", country="CN", claimant="PRC Embassy in Canada")
F(N, "En 2022 déjà, la GRC avait enquêté sur trois sites dans la région de Montréal et un à Toronto.", "station", country="CA", place="Montreal", place_alt=["Montréal"], date="2022")
F(N, "En 2022 déjà, la GRC avait enquêté sur trois sites dans la région de Montréal et un à Toronto.", "station", country="CA", place="Toronto", date="2022")
F(N, "En 2022 déjà, la GRC avait enquêté sur trois sites dans la région de Montréal et un à Toronto.", "count", country="CA", measure="stations", value=3, date="2022", optional=True, note="city-scoped count (Montreal region)")

N = "045-fr-editorial-cotonou-niamey-tournai.txt"
D(N, """
ÉDITORIAL

Souveraineté : l'Afrique ne peut pas regarder ailleurs

Quand la Belgique a découvert, l'an dernier, qu'une association de Tournai servait de relais à une police chinoise, le parquet fédéral a ouvert une enquête en quelques jours et le ministre des Affaires étrangères a convoqué l'ambassadeur. On peut discuter de l'efficacité de ces gestes. On ne peut pas leur reprocher d'être timides.

Chez nous, rien de tel. Pourtant, selon le rapport qu'une organisation de défense des droits humains a publié en mars, au moins deux de ces « centres de service » fonctionnent au Bénin : l'un à Cotonou, dans le quartier de Ganhi, géré par le bureau de la sécurité publique de Ningde, l'autre à Porto-Novo. Le même rapport en recense un à Niamey, au Niger, rattaché au bureau de Meizhou.

Le rapport décrit le cas d'un commerçant de Cotonou, recherché en Chine pour une affaire de dettes, que des membres du centre ont conduit à l'aéroport Cardinal-Bernardin-Gantin pour le mettre dans un avion à destination de Canton. Les autorités béninoises n'ont jamais communiqué sur cette affaire.

À notre connaissance, aucune enquête n'a été ouverte par le parquet de Cotonou. Le ministère de l'Intérieur, interrogé par notre rédaction, n'a pas répondu. L'ambassade de Chine, elle, a répondu : ces centres n'auraient « rien à voir avec la police » et se borneraient à aider les ressortissants chinois à accomplir des formalités.

Nous ne demandons pas une crise diplomatique. Le partenariat avec Pékin – routes, stade, port – est réel et souvent utile. Mais l'accord de coopération policière signé en 2017 entre Cotonou et Pékin prévoit des formations, pas des bureaux parallèles. Une démocratie ne délègue pas sa police. Qu'au moins un juge regarde.
""")
F(N, "qu'une association de Tournai servait de relais à une police chinoise", "station", country="BE", place="Tournai")
F(N, "le parquet fédéral a ouvert une enquête en quelques jours", "response", country="BE", action="investigation")
F(N, "le ministre des Affaires étrangères a convoqué l'ambassadeur", "response", country="BE", action="protest")
F(N, "au moins deux de ces « centres de service » fonctionnent au Bénin", "count", country="BJ", measure="stations", value=2, claimant="a human-rights organisation")
F(N, "l'un à Cotonou, dans le quartier de Ganhi, géré par le bureau de la sécurité publique de Ningde", "station", country="BJ", place="Cotonou", operator="Ningde", claimant="a human-rights organisation", note="Ganhi")
F(N, "l'autre à Porto-Novo", "station", country="BJ", place="Porto-Novo", claimant="a human-rights organisation")
F(N, "Le même rapport en recense un à Niamey, au Niger, rattaché au bureau de Meizhou.", "station", country="NE", place="Niamey", operator="Meizhou", claimant="a human-rights organisation")
F(N, "que des membres du centre ont conduit à l'aéroport Cardinal-Bernardin-Gantin pour le mettre dans un avion à destination de Canton", "incident", country="BJ", incident_type="forced_return", place="Cotonou", claimant="a human-rights organisation")
F(N, "À notre connaissance, aucune enquête n'a été ouverte par le parquet de Cotonou.", "response", country="BJ", action="investigation", polarity="denied")
F(N, "ces centres n'auraient « rien à voir avec la police » et se borneraient à aider les ressortissants chinois à accomplir des formalités", "denial", country="CN", claimant="PRC Embassy in Benin")
F(N, "l'accord de coopération policière signé en 2017 entre Cotonou et Pékin", "agreement", country="BJ", agreement_type="security_agreement", date="2017")

N = "046-fr-depeche-station-spatiale-cnes.txt"
D(N, """
Espace : un astronaute français pourrait séjourner dans la station spatiale chinoise d'ici 2030

PARIS, 18 avril (AFP) – Le Centre national d'études spatiales (CNES) et l'Agence spatiale habitée chinoise (CMSA) ont entamé des discussions techniques sur un éventuel séjour d'un astronaute européen à bord de la station spatiale chinoise Tiangong, a indiqué jeudi le président du CNES lors d'une conférence de presse à Paris.

« Aucun accord n'est signé à ce stade », a-t-il précisé, en soulignant que toute décision relèverait de l'Agence spatiale européenne (ESA) et de ses États membres. Deux astronautes européens avaient déjà suivi en 2017 un entraînement de survie en mer avec leurs homologues chinois au large de Yantai.

La station Tiangong, dont l'assemblage s'est achevé fin 2022, accueille en permanence trois taïkonautes.

Devant le siège du CNES, une trentaine de manifestants ont protesté contre la coopération spatiale avec la Chine, sous la surveillance de quelques policiers du commissariat du 1er arrondissement. La manifestation s'est dispersée sans incident.
""")
