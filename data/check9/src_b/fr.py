from lib import D, F

N = "041-fr-presse-lille-roubaix-huzhou.txt"
D(N, """
Lille : le parquet ouvre une enquête sur un « poste de police » chinois présumé

Une association culturelle installée près de la gare Lille-Flandres est soupçonnée d'avoir servi d'antenne à la police d'une ville chinoise. L'ambassade de Chine dément.

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
