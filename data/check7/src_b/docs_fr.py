from h import *
DOCS = []
t = """Lyon: enquête sur un "poste de police" chinois présumé à la Guillotière

LYON, 23 jan 2024 (AFP) - Le parquet de Lyon a ouvert une enquête préliminaire visant une association de ressortissants chinois du quartier de la Guillotière, soupçonnée d'abriter une antenne officieuse de la police chinoise, a-t-on appris mardi de source judiciaire.
Selon cette source, l'association aurait été mise en place en 2019 par le bureau de la sécurité publique de Wenzhou, ville côtière du Zhejiang dont est originaire une grande partie de la diaspora chinoise en France. L'enquête a été confiée à la Direction générale de la sécurité intérieure (DGSI).
Ce "point de service", selon la même source, aurait notamment servi à convaincre un restaurateur poursuivi en Chine pour escroquerie de rentrer dans son pays, ce qu'il a fait à l'automne 2022.
En France, l'ONG Safeguard Defenders avait déjà signalé en 2022 l'existence d'une structure similaire à Paris. Une autre, à Toulouse, "n'a jamais été confirmée", souligne un enquêteur.
En Suisse voisine, le Ministère public de la Confédération a classé en 2023, faute de preuves, une procédure visant un local de Lugano soupçonné d'abriter une antenne similaire, liée selon la presse tessinoise à la police de Fuqing.
Contactée par l'AFP, l'ambassade de Chine à Paris a dénoncé des "allégations infondées", affirmant que ces associations "aident bénévolement les Chinois d'outre-mer à renouveler leur permis de conduire".
Aucune interpellation n'a eu lieu à ce stade.
abc/dab/sp"""
DOCS.append(('040-fr-afp-lyon-guillotiere-parquet.txt', t, [
  R('FR','investigation',"Le parquet de Lyon a ouvert une enquête préliminaire visant une association de ressortissants chinois du quartier de la Guillotière", p='Lyon', date='2024-01-23'),
  S('FR','Lyon',"une association de ressortissants chinois du quartier de la Guillotière, soupçonnée d'abriter une antenne officieuse de la police chinoise", op='Wenzhou', date='2019', claimant='judicial source'),
  I('persuasion','FR',"aurait notamment servi à convaincre un restaurateur poursuivi en Chine pour escroquerie de rentrer dans son pays, ce qu'il a fait à l'automne 2022", p='Lyon', date='2022', claimant='judicial source'),
  S('FR','Paris',"l'ONG Safeguard Defenders avait déjà signalé en 2022 l'existence d'une structure similaire à Paris", claimant='Safeguard Defenders'),
  S('FR','Toulouse',"Une autre, à Toulouse, \"n'a jamais été confirmée\", souligne un enquêteur.", **O),
  S('CH','Lugano',"une procédure visant un local de Lugano soupçonné d'abriter une antenne similaire, liée selon la presse tessinoise à la police de Fuqing", op='Fuqing', claimant='Ticino press'),
  R('CH','no_wrongdoing_found',"le Ministère public de la Confédération a classé en 2023, faute de preuves, une procédure visant un local de Lugano", p='Lugano', date='2023'),
  R('CH','investigation',"une procédure visant un local de Lugano", p='Lugano', **O),
  D('CN',"l'ambassade de Chine à Paris a dénoncé des \"allégations infondées\", affirmant que ces associations \"aident bénévolement les Chinois d'outre-mer à renouveler leur permis de conduire\"", claimant='Chinese embassy in France'),
  R('FR','arrest',"Aucune interpellation n'a eu lieu à ce stade.", polarity='denied', **O),
]))
t = """Question écrite n° 05821 de M. le sénateur de la Gironde
publiée dans le JO Sénat du 20/04/2023

M. le sénateur attire l'attention de M. le ministre de l'intérieur et des outre-mer sur la présence, révélée par la presse, d'un « bureau de liaison » de la police de Qingtian dans un local commercial de Bordeaux, et d'un second à Strasbourg, dont la gestion serait confiée à des membres d'associations culturelles. Il lui demande si des investigations ont été conduites, et si le Gouvernement entend faire fermer ces structures.

Réponse du Ministère de l'intérieur et des outre-mer
publiée dans le JO Sénat du 14/09/2023

Les services de renseignement ont procédé à des vérifications approfondies concernant les deux adresses mentionnées par l'honorable parlementaire. À Bordeaux, l'activité du local a cessé à la suite de ces vérifications. À Strasbourg, aucun élément ne permet à ce jour d'établir l'existence d'une structure exerçant des prérogatives de police pour le compte d'un État étranger.
Le Gouvernement rappelle que toute activité de cette nature sur le territoire national est illégale. Les autorités chinoises ont été convoquées au ministère de l'Europe et des affaires étrangères en novembre 2022 afin qu'il leur soit rappelé le cadre juridique applicable."""
DOCS.append(('041-fr-senat-question-ecrite-bordeaux-strasbourg.txt', t, [
  S('FR','Bordeaux',"la présence, révélée par la presse, d'un « bureau de liaison » de la police de Qingtian dans un local commercial de Bordeaux", op='Qingtian', claimant='French press'),
  S('FR','Strasbourg',"et d'un second à Strasbourg, dont la gestion serait confiée à des membres d'associations culturelles", op='Qingtian', claimant='French press'),
  R('FR','investigation',"Les services de renseignement ont procédé à des vérifications approfondies concernant les deux adresses mentionnées par l'honorable parlementaire."),
  R('FR','closure',"À Bordeaux, l'activité du local a cessé à la suite de ces vérifications.", p='Bordeaux', **O),
  R('FR','no_wrongdoing_found',"À Strasbourg, aucun élément ne permet à ce jour d'établir l'existence d'une structure exerçant des prérogatives de police pour le compte d'un État étranger.", p='Strasbourg'),
  S('FR','Strasbourg',"À Strasbourg, aucun élément ne permet à ce jour d'établir l'existence d'une structure exerçant des prérogatives de police pour le compte d'un État étranger.", polarity='denied', claimant='French Ministry of the Interior', **O),
  R('FR','protest',"Les autorités chinoises ont été convoquées au ministère de l'Europe et des affaires étrangères en novembre 2022", date='2022-11'),
]))
t = """Diaspora chinoise : de Dakar à Dar es Salaam, l'ombre des « commissariats » de Pékin
Enquête. En Afrique, où vivent plusieurs centaines de milliers de ressortissants chinois, des bureaux présentés comme des guichets d'entraide servent aussi, selon des ONG, à surveiller et à faire rentrer des compatriotes. Les gouvernements, eux, se taisent.

Par notre envoyé spécial

Sur le boulevard du Centenaire de la commune de Dakar, entre un grossiste en téléphones et une boutique de pagnes, une porte vitrée porte l'inscription « Centre de services aux compatriotes ». À l'intérieur, deux bureaux, un drapeau, des formulaires en mandarin. C'est ici, d'après un rapport publié par l'organisation Safeguard Defenders, qu'opère depuis 2019 l'une des « stations de service de police à l'étranger » du bureau de la sécurité publique de Fuqing, dans la province du Fujian. Le gérant, un commerçant installé au Sénégal depuis quinze ans, assure qu'il « aide seulement pour les permis de conduire et les procurations ». Aucune enquête n'a été ouverte à Dakar.
L'Afrique compte, selon la même ONG, au moins onze de ces structures, réparties dans huit pays. Le chiffre est probablement sous-estimé : la plupart des bureaux n'ont laissé d'autre trace qu'un article élogieux dans la presse locale chinoise.
À Abidjan, c'est dans le quartier de Treichville qu'un tel bureau aurait ouvert ses portes. Celui-là relèverait de Wenzhou. Un ancien employé d'une entreprise de BTP chinoise y a été convoqué en 2021, raconte-t-il, pour « discuter de sa situation ». « On m'a montré une vidéo de mes parents, dans leur salon, à Wenzhou. On m'a dit qu'ils s'inquiétaient. » Il est rentré en Chine trois mois plus tard, avant de revenir en Côte d'Ivoire ; il ne veut plus en parler.
Plus au sud, à Johannesburg, la police sud-africaine avait en 2019 perquisitionné un centre associatif de Cyrildene, le « Chinatown » de la ville, soupçonné d'être un poste de police clandestin. L'affaire, à l'époque, n'avait pas été reliée aux « stations » : elle portait sur des cours d'entraînement paramilitaire. Trois hommes avaient été inculpés, avant d'être acquittés. Ce n'est qu'en 2022 que Safeguard Defenders a inscrit Johannesburg dans sa liste, avec un opérateur identifié, le bureau de Nantong.
L'Afrique du Sud a signé avec Pékin en 2021 un accord de coopération policiale que l'opposition juge trop opaque. En Tanzanie, le ministère de l'Intérieur a, lui, autorisé en 2022 des patrouilles conjointes de policiers tanzaniens et chinois dans le quartier de Kariakoo, à Dar es Salaam, pour « protéger les investisseurs ». Aucune station n'y a été signalée.
Madagascar offre un cas plus trouble. Une commerçante de Tananarive affirme avoir été suivie pendant des semaines par deux compatriotes après avoir publiquement critiqué le consulat. Selon elle, ils « venaient du bureau » — un local d'Antananarivo présenté par l'ONG comme une antenne de la police de Lishui. Les autorités malgaches n'ont pas répondu à nos questions.
Pour comprendre la discrétion de ces bureaux, il faut revenir à l'histoire des communautés chinoises du continent. À Dakar, les premiers commerçants du Fujian sont arrivés au début des années 2000, attirés par les marchés de gros et les facilités de transit du port. Ils étaient quelques centaines ; ils sont aujourd'hui plusieurs milliers, organisés en associations de province, de village, parfois de clan. Ces associations, qui organisent le Nouvel An lunaire, rapatrient les corps des défunts et règlent les litiges commerciaux, sont le terreau naturel des « centres de services ». Leurs présidents sont souvent aussi les interlocuteurs attitrés de l'ambassade, et parfois membres de conférences consultatives en Chine.
Ce qui frappe, c'est l'absence de réaction des États hôtes. En Europe, plusieurs gouvernements ont enquêté, fait fermer des locaux ou convoqué des ambassadeurs. Rien de tel ici. « Les gouvernements africains ont d'autres priorités, et surtout d'autres dépendances », résume un chercheur sénégalais. « Qui va convoquer l'ambassadeur du premier partenaire commercial du pays pour un bureau de permis de conduire ? »
Pékin, de son côté, ne varie pas. « Il n'existe aucun commissariat de police chinois à l'étranger », a répété le porte-parole du ministère chinois des Affaires étrangères, Wang Wenbin, interrogé sur le rapport. Les centres, selon lui, sont animés « par des bénévoles de la diaspora ». Pourtant, les chiffres avancés par les autorités chinoises elles-mêmes — 230 000 personnes « persuadées de rentrer » entre avril 2021 et juillet 2022 — disent l'ampleur de l'effort.
Au total, l'ONG recense 102 de ces antennes dans 53 pays. Si un jour Dakar ou Abidjan décidaient d'enquêter, ils n'auraient pas à chercher loin : les adresses figurent dans la presse chinoise."""
DOCS.append(('042-fr-magazine-long-afrique-dakar-dar-es-salaam.txt', t, [
  S('SN','Dakar',"C'est ici, d'après un rapport publié par l'organisation Safeguard Defenders, qu'opère depuis 2019 l'une des « stations de service de police à l'étranger » du bureau de la sécurité publique de Fuqing, dans la province du Fujian.", op='Fuqing', date='2019', claimant='Safeguard Defenders'),
  D('SN',"Le gérant, un commerçant installé au Sénégal depuis quinze ans, assure qu'il « aide seulement pour les permis de conduire et les procurations ».", claimant='centre manager', **O),
  R('SN','investigation',"Aucune enquête n'a été ouverte à Dakar.", p='Dakar', polarity='denied'),
  C('stations',11,None,"L'Afrique compte, selon la même ONG, au moins onze de ces structures, réparties dans huit pays.", claimant='Safeguard Defenders', **O),
  C('countries',8,None,"L'Afrique compte, selon la même ONG, au moins onze de ces structures, réparties dans huit pays.", claimant='Safeguard Defenders', **O),
  S('CI','Abidjan',"À Abidjan, c'est dans le quartier de Treichville qu'un tel bureau aurait ouvert ses portes. Celui-là relèverait de Wenzhou.", op='Wenzhou'),
  I('persuasion','CI',"Un ancien employé d'une entreprise de BTP chinoise y a été convoqué en 2021, raconte-t-il, pour « discuter de sa situation ».", p='Abidjan', date='2021'),
  I('harassment','CI',"« On m'a montré une vidéo de mes parents, dans leur salon, à Wenzhou. On m'a dit qu'ils s'inquiétaient. »", p='Abidjan', **O),
  R('ZA','investigation',"la police sud-africaine avait en 2019 perquisitionné un centre associatif de Cyrildene, le « Chinatown » de la ville, soupçonné d'être un poste de police clandestin", p='Johannesburg', date='2019'),
  R('ZA','arrest',"Trois hommes avaient été inculpés, avant d'être acquittés.", p='Johannesburg'),
  S('ZA','Johannesburg',"Ce n'est qu'en 2022 que Safeguard Defenders a inscrit Johannesburg dans sa liste, avec un opérateur identifié, le bureau de Nantong.", op='Nantong', claimant='Safeguard Defenders'),
  A('ZA','security_agreement',"L'Afrique du Sud a signé avec Pékin en 2021 un accord de coopération policiale", date='2021'),
  A('TZ','joint_patrol',"le ministère de l'Intérieur a, lui, autorisé en 2022 des patrouilles conjointes de policiers tanzaniens et chinois dans le quartier de Kariakoo, à Dar es Salaam", date='2022'),
  I('surveillance','MG',"Une commerçante de Tananarive affirme avoir été suivie pendant des semaines par deux compatriotes après avoir publiquement critiqué le consulat.", p='Antananarivo'),
  S('MG','Antananarivo',"un local d'Antananarivo présenté par l'ONG comme une antenne de la police de Lishui", op='Lishui', claimant='Safeguard Defenders'),
  D('CN',"« Il n'existe aucun commissariat de police chinois à l'étranger », a répété le porte-parole du ministère chinois des Affaires étrangères, Wang Wenbin, interrogé sur le rapport.", claimant='PRC Ministry of Foreign Affairs'),
  C('returns',230000,None,"230 000 personnes « persuadées de rentrer » entre avril 2021 et juillet 2022", claimant='PRC authorities'),
  C('stations',102,None,"Au total, l'ONG recense 102 de ces antennes dans 53 pays.", claimant='Safeguard Defenders'),
  C('countries',53,None,"Au total, l'ONG recense 102 de ces antennes dans 53 pays.", claimant='Safeguard Defenders'),
]))
t = """Namur et Anderlecht : le parquet fédéral enquête sur deux « antennes » chinoises

Le Soir — Belgique

Le parquet fédéral a ouvert une information judiciaire au sujet de deux locaux, l'un à Namur et l'autre à Anderlecht, soupçonnés de servir de relais à la police chinoise. L'information, révélée jeudi par nos confrères de la RTBF, a été confirmée par le porte-parole du parquet, qui n'a pas souhaité donner davantage de détails.
Le local namurois, situé au-dessus d'un restaurant de la rue de Fer, serait lié au bureau de la sécurité publique de Changle, un district de la ville de Fuzhou. Quant à celui d'Anderlecht, il dépendrait de Lishui, selon des documents consultés par la RTBF.
La Sûreté de l'État suit le dossier « avec attention ». La ministre des Affaires étrangères a fait convoquer l'ambassadeur de Chine, vendredi, pour lui signifier que « de telles pratiques sont inacceptables sur le sol belge ».
Un étudiant chinois de l'UCLouvain affirme de son côté avoir été photographié lors d'un rassemblement à Bruxelles en soutien aux Ouïghours, puis recontacté par un homme se présentant comme « bénévole » du local d'Anderlecht.
L'ambassade de Chine dément : « Ces prétendus "commissariats" n'existent pas. »"""
DOCS.append(('043-fr-le-soir-namur-anderlecht-parquet-federal.txt', t, [
  R('BE','investigation',"Le parquet fédéral a ouvert une information judiciaire au sujet de deux locaux, l'un à Namur et l'autre à Anderlecht"),
  S('BE','Namur',"Le local namurois, situé au-dessus d'un restaurant de la rue de Fer, serait lié au bureau de la sécurité publique de Changle, un district de la ville de Fuzhou.", op='Fuzhou', operator_alt=['Changle']),
  S('BE','Anderlecht',"Quant à celui d'Anderlecht, il dépendrait de Lishui, selon des documents consultés par la RTBF.", op='Lishui', claimant='RTBF'),
  C('stations',2,'BE',"deux locaux, l'un à Namur et l'autre à Anderlecht, soupçonnés de servir de relais à la police chinoise", **O),
  R('BE','protest',"La ministre des Affaires étrangères a fait convoquer l'ambassadeur de Chine, vendredi"),
  I('surveillance','BE',"Un étudiant chinois de l'UCLouvain affirme de son côté avoir été photographié lors d'un rassemblement à Bruxelles en soutien aux Ouïghours", p='Brussels', claimant='Chinese student'),
  I('harassment','BE',"puis recontacté par un homme se présentant comme « bénévole » du local d'Anderlecht", p='Anderlecht', claimant='Chinese student', **O),
  D('CN',"L'ambassade de Chine dément : « Ces prétendus \"commissariats\" n'existent pas. »", claimant='Chinese embassy in Belgium'),
]))
t = """Point de presse de la GRC — Division C (Québec)
Transcription

JOURNALISTE (La Presse) : Vous confirmez qu'un poste de police chinois clandestin opérait à Brossard, sur la Rive-Sud, et qu'il relevait du bureau de Nantong?
PORTE-PAROLE DE LA GRC : Je confirme que nous menons une enquête sur des activités liées à la République populaire de Chine dans la région de Montréal, y compris à Brossard. Je ne commenterai pas l'identité des organismes.
JOURNALISTE (Global News) : Selon Safeguard Defenders, le Canada compte au moins cinq de ces postes, dont trois à Toronto. Pourquoi seulement Montréal?
PORTE-PAROLE : Les enquêtes en Ontario relèvent d'une autre division. Je ne parlerai que du Québec.
JOURNALISTE (Le Devoir) : Il y a eu des arrestations?
PORTE-PAROLE : Pas à ce stade, non.
JOURNALISTE (Radio-Canada) : Des membres de la communauté disent avoir été intimidés. Une femme de Sherbrooke affirme que sa sœur, restée au Jiangsu, a été interrogée par la police après que la dame eut participé à une manifestation. Est-ce que c'est dans votre dossier?
PORTE-PAROLE : Nous invitons toute personne qui se sent menacée à communiquer avec nous. Nous avons reçu des signalements, plusieurs, et ils sont évalués.
JOURNALISTE (CBC) : Le consulat de Chine à Montréal dit que ces centres aident seulement les aînés à renouveler leurs permis de conduire. Qu'est-ce que vous répondez?
PORTE-PAROLE : Ce n'est pas à moi de répondre au consulat.
JOURNALISTE (TVA) : Si vous trouviez un deuxième poste à Sherbrooke, le fermeriez-vous?
PORTE-PAROLE : Je ne spéculerai pas."""
DOCS.append(('044-fr-grc-point-de-presse-brossard.txt', t, [
  S('CA','Brossard',"Vous confirmez qu'un poste de police chinois clandestin opérait à Brossard, sur la Rive-Sud, et qu'il relevait du bureau de Nantong?", op='Nantong', **O),
  R('CA','investigation',"Je confirme que nous menons une enquête sur des activités liées à la République populaire de Chine dans la région de Montréal, y compris à Brossard.", p='Brossard'),
  C('stations',5,'CA',"Selon Safeguard Defenders, le Canada compte au moins cinq de ces postes, dont trois à Toronto.", claimant='Safeguard Defenders'),
  S('CA','Toronto',"Selon Safeguard Defenders, le Canada compte au moins cinq de ces postes, dont trois à Toronto.", claimant='Safeguard Defenders'),
  C('stations',3,'CA',"dont trois à Toronto", claimant='Safeguard Defenders', **O),
  R('CA','arrest',"PORTE-PAROLE : Pas à ce stade, non.", polarity='denied', **O),
  I('harassment','CA',"Une femme de Sherbrooke affirme que sa sœur, restée au Jiangsu, a été interrogée par la police après que la dame eut participé à une manifestation.", p='Sherbrooke', claimant='woman from Sherbrooke'),
  D('CN',"Le consulat de Chine à Montréal dit que ces centres aident seulement les aînés à renouveler leurs permis de conduire.", claimant='Chinese consulate in Montreal'),
]))
t = """Valais : un groupe chinois reprend une station de ski en difficulté

SION — La petite station de ski de Val-des-Aigles, au-dessus de Martigny, a trouvé un repreneur : un groupe hôtelier basé à Shanghai a racheté les remontées mécaniques et deux hôtels, a annoncé lundi la commune. Le montant n'a pas été dévoilé.
Une délégation de l'entreprise, accompagnée d'un représentant de l'ambassade de Chine à Berne, a visité le domaine la semaine dernière. La police cantonale valaisanne a assuré la circulation lors de la cérémonie de signature, à laquelle ont assisté une centaine de personnes.
Le groupe prévoit d'investir 40 millions de francs sur cinq ans et promet de conserver les 85 employés. Une station de recharge pour véhicules électriques sera installée au départ de la télécabine. « Nous n'avons aucune inquiétude », a déclaré le président de commune."""
DOCS.append(('045-fr-valais-station-ski-groupe-chinois.txt', t, []))
