from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 041
T = """Enquête ouverte à Nantes sur une « antenne » de la police chinoise

Le parquet a confié à la DGSI des investigations sur un local associatif du centre-ville. Un
second site, à Montpellier, aurait cessé ses activités l'an dernier.

Par notre correspondant à Nantes

Le parquet de Nantes a ouvert une enquête préliminaire visant une association culturelle
sino-française installée depuis 2020 dans le quartier Graslin, soupçonnée de servir de
relais à la police de la République populaire de Chine, a-t-on appris mardi de source
judiciaire. Les investigations ont été confiées à la direction générale de la sécurité
intérieure (DGSI).

Selon des documents consultés par notre journal, l'association aurait été créée à
l'initiative du bureau de la sécurité publique du comté de Wencheng, dans la province
du Zhejiang, dont sont originaires de nombreux commerçants de la ville. Ses statuts
évoquent « l'aide administrative aux ressortissants ». Son siège, un ancien magasin de
tissus, se trouve à quelques centaines de mètres de l'hôtel de police de Waldeck-Rousseau.

Un site comparable aurait fonctionné à Montpellier, dans le quartier des Arceaux, sous
l'égide de la police de Lianjiang (Fujian). Il a fermé au printemps 2023, selon des
commerçants voisins, sans qu'aucune procédure ait été engagée.

C'est par Montpellier que l'affaire a commencé. Une doctorante chinoise de l'université
locale a raconté aux enquêteurs avoir été contactée à plusieurs reprises, sur WeChat, par
un homme se présentant comme « un ami du bureau de Lianjiang », qui l'exhortait à rentrer
en Chine pour « régler un problème de visa ». Elle a refusé et a porté plainte.

« Aucune interpellation n'est intervenue à ce stade », a précisé le parquet, qui n'a pas
souhaité détailler les faits visés.

L'ambassade de Chine à Paris a dénoncé des « allégations totalement infondées » et assuré
que ces associations « n'ont jamais été des postes de police », mais de simples lieux où
des bénévoles aident les aînés à renouveler leur permis de conduire.

Le ministère de l'Europe et des affaires étrangères n'a pas réagi. Interrogé sur une
éventuelle convocation de l'ambassadeur, le Quai d'Orsay s'est contenté d'indiquer que
« le dialogue avec les autorités chinoises se poursuit ».
"""
DOCS.append(("041-fr-presse-nantes-montpellier-dgsi.txt", T, [
    R("Le parquet de Nantes a ouvert une enquête préliminaire", "FR", "investigation", place="Nantes"),
    S("une association culturelle\nsino-française installée depuis 2020 dans le quartier Graslin, soupçonnée de servir de\nrelais à la police de la République populaire de Chine", "FR", "Nantes", op="Wencheng", op_alt=["Wenzhou"], date="2020", claimant="source judiciaire", note="quartier Graslin; operator in the next paragraph"),
    S("Un site comparable aurait fonctionné à Montpellier, dans le quartier des Arceaux, sous\nl'égide de la police de Lianjiang (Fujian).", "FR", "Montpellier", op="Lianjiang", note="Arceaux"),
    R("Il a fermé au printemps 2023, selon des\ncommerçants voisins, sans qu'aucune procédure ait été engagée.", "FR", "closure", place="Montpellier", date="2023", opt=True, note="stopped by itself"),
    I("avoir été contactée à plusieurs reprises, sur WeChat, par\nun homme se présentant comme « un ami du bureau de Lianjiang », qui l'exhortait à rentrer\nen Chine", "persuasion", "FR", place="Montpellier"),
    R("« Aucune interpellation n'est intervenue à ce stade »", "FR", "arrest", pol="denied", opt=True),
    D("L'ambassade de Chine à Paris a dénoncé des « allégations totalement infondées »", "CN", claimant="ambassade de Chine à Paris"),
    R("Interrogé sur une\néventuelle convocation de l'ambassadeur, le Quai d'Orsay s'est contenté d'indiquer que\n« le dialogue avec les autorités chinoises se poursuit ».", "FR", "protest", pol="denied", opt=True, note="no summons announced"),
]))

# ---------------------------------------------------------------- 042
T = """16e législature

Question N° 9417
de M. [député] (Alpes-Maritimes)
Question écrite

Ministère interrogé > Intérieur et outre-mer
Ministère attributaire > Intérieur et outre-mer

Question publiée au JO le : 27/06/2023 page : 5812
Réponse publiée au JO le : 12/03/2024 page : 2034

Texte de la question

M. [député] attire l'attention de M. le ministre de l'intérieur et des outre-mer sur la
présence à Nice, dans le quartier de la Libération, d'une structure présentée comme un
« centre de services aux Chinois d'outre-mer » et rattachée, selon une organisation non
gouvernementale, au bureau de la sécurité publique de Putian, dans la province du Fujian.
Selon le même rapport, cinq structures de ce type existeraient sur le territoire national.
Plusieurs pays européens ont ordonné la fermeture de telles structures. Il lui demande
quelles mesures le Gouvernement entend prendre et s'il envisage d'en ordonner la
fermeture.

Texte de la réponse

Le ministère de l'intérieur et des outre-mer accorde la plus grande attention aux
tentatives d'ingérence étrangère visant les diasporas établies en France. La structure
niçoise mentionnée par l'honorable parlementaire a fait l'objet, dès juillet 2023, de
vérifications approfondies conduites par la direction générale de la sécurité intérieure
en lien avec la direction départementale de la police nationale des Alpes-Maritimes.

Ces vérifications n'ont pas permis de caractériser d'infraction pénale. Il est apparu que
l'association concernée exerçait principalement une activité d'accompagnement
administratif. Elle a, au demeurant, cessé toute activité à l'automne 2023.

Le ministère de l'Europe et des affaires étrangères a rappelé aux autorités chinoises, par
les canaux appropriés, que l'exercice de prérogatives de puissance publique par des agents
étrangers sur le territoire national est prohibé.

Il est enfin précisé qu'aucun accord de coopération policière liant la France et la
République populaire de Chine n'autorise la conduite d'opérations, ni de patrouilles,
par des policiers chinois en France.
"""
DOCS.append(("042-fr-question-ecrite-nice.txt", T, [
    S("la\nprésence à Nice, dans le quartier de la Libération, d'une structure présentée comme un\n« centre de services aux Chinois d'outre-mer » et rattachée, selon une organisation non\ngouvernementale, au bureau de la sécurité publique de Putian", "FR", "Nice", op="Putian", claimant="organisation non gouvernementale", note="quartier de la Libération"),
    C("cinq structures de ce type existeraient sur le territoire national", "stations", 5, "FR", claimant="organisation non gouvernementale"),
    R("La structure\nniçoise mentionnée par l'honorable parlementaire a fait l'objet, dès juillet 2023, de\nvérifications approfondies", "FR", "investigation", place="Nice", date="2023-07", claimant="ministère de l'intérieur"),
    R("Ces vérifications n'ont pas permis de caractériser d'infraction pénale.", "FR", "no_wrongdoing_found", place="Nice", claimant="ministère de l'intérieur"),
    R("Elle a, au demeurant, cessé toute activité à l'automne 2023.", "FR", "closure", place="Nice", date="2023", opt=True, note="stopped by itself"),
    R("Le ministère de l'Europe et des affaires étrangères a rappelé aux autorités chinoises, par\nles canaux appropriés, que l'exercice de prérogatives de puissance publique par des agents\nétrangers sur le territoire national est prohibé.", "FR", "protest", opt=True, note="message short of a summons"),
    A("aucun accord de coopération policière liant la France et la\nRépublique populaire de Chine n'autorise la conduite d'opérations, ni de patrouilles,\npar des policiers chinois en France", "FR", "joint_patrol", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 043
T = """Charleroi : perquisition dans une ASBL soupçonnée d'abriter un « poste » de la police chinoise

Le parquet fédéral a repris le dossier. Une étudiante de l'UMONS dit avoir été mise sous pression via ses parents.

CHARLEROI — Une dizaine d'enquêteurs de la police judiciaire fédérale ont perquisitionné jeudi matin les locaux d'une ASBL d'entraide sino-belge, boulevard Tirou, en Ville-Basse. D'après le parquet fédéral, qui a repris le dossier ouvert à Charleroi, l'association est soupçonnée d'avoir servi, depuis 2021, de « poste de service » à la police chinoise, et plus précisément au bureau de la sécurité publique de Sanming, dans le Fujian.

Du matériel informatique et des registres ont été saisis. Personne n'a été privé de liberté. « L'enquête porte sur d'éventuels faits d'ingérence et de traitement illicite de données », a indiqué un porte-parole du parquet fédéral.

Un autre point de contact aurait existé à Mons, selon une source proche de l'enquête, mais il n'a pas été localisé. Avec les deux sites déjà connus à Bruxelles, la Belgique en compterait ainsi au moins quatre.

C'est une étudiante de l'Université de Mons qui a mis les enquêteurs sur la piste. Après avoir signé une pétition en ligne, elle a appris que des policiers s'étaient rendus à deux reprises chez ses parents, à Sanming, pour leur demander de la « raisonner ». Un bénévole de l'ASBL carolorégienne l'a ensuite invitée à « prendre un thé » pour évoquer son retour au pays.

La ministre des Affaires étrangères a convoqué l'ambassadeur de Chine vendredi. L'ambassade a, elle, dénoncé une « campagne de dénigrement » et assuré que l'ASBL ne faisait qu'aider des aînés « à remplir des formulaires ».
"""
DOCS.append(("043-fr-belgique-charleroi-mons.txt", T, [
    R("Une dizaine d'enquêteurs de la police judiciaire fédérale ont perquisitionné jeudi matin les locaux d'une ASBL d'entraide sino-belge", "BE", "investigation", place="Charleroi"),
    S("l'association est soupçonnée d'avoir servi, depuis 2021, de « poste de service » à la police chinoise, et plus précisément au bureau de la sécurité publique de Sanming", "BE", "Charleroi", op="Sanming", date="2021", claimant="parquet fédéral", note="boulevard Tirou, Ville-Basse"),
    R("Personne n'a été privé de liberté.", "BE", "arrest", pol="denied", opt=True),
    S("Un autre point de contact aurait existé à Mons, selon une source proche de l'enquête", "BE", "Mons", claimant="source proche de l'enquête"),
    S("Avec les deux sites déjà connus à Bruxelles", "BE", "Brussels", opt=True, note="recalled in passing"),
    C("la Belgique en compterait ainsi au moins quatre", "stations", 4, "BE"),
    C("Avec les deux sites déjà connus à Bruxelles", "stations", 2, "BE", opt=True, note="city count"),
    I("des policiers s'étaient rendus à deux reprises chez ses parents, à Sanming, pour leur demander de la « raisonner »", "harassment", "BE", place="Mons"),
    I("Un bénévole de l'ASBL carolorégienne l'a ensuite invitée à « prendre un thé » pour évoquer son retour au pays.", "persuasion", "BE", place="Mons"),
    R("La ministre des Affaires étrangères a convoqué l'ambassadeur de Chine vendredi.", "BE", "protest"),
    D("L'ambassade a, elle, dénoncé une « campagne de dénigrement »", "CN", claimant="ambassade de Chine en Belgique"),
]))

# ---------------------------------------------------------------- 044
T = """La GRC enquête sur deux « postes » chinois à Québec et à Laval

Une résidente de Laval affirme que son père a été interrogé à trois reprises en Chine

MONTRÉAL — La Gendarmerie royale du Canada (GRC) a confirmé jeudi mener une enquête sur deux
organismes communautaires, l'un à Québec et l'autre à Laval, soupçonnés d'avoir agi pour le
compte de la police chinoise auprès de la diaspora.

Selon des documents obtenus par notre Bureau d'enquête, l'organisme de Québec, établi sur
le chemin Sainte-Foy, aurait été mis sur pied en 2019 avec le soutien du bureau de la
sécurité publique de Xiamen. Celui de Laval, situé dans un centre commercial du quartier
Chomedey, relèverait quant à lui de la police de Taishan, dans le Guangdong.

« Nous prenons ces allégations très au sérieux », a déclaré une porte-parole de la GRC
lors d'un point de presse, sans préciser si des perquisitions avaient eu lieu. Aucune
accusation n'a été déposée.

Une résidente de Laval, propriétaire d'un salon de coiffure, raconte que son père, resté à
Taishan, a été convoqué à trois reprises au poste de police de son quartier depuis
l'automne dernier. On lui demandait, dit-elle, des renseignements sur ses activités au
Canada et sur les personnes qu'elle fréquente à Montréal. « Ils veulent que je sache
qu'ils savent », résume-t-elle.

Affaires mondiales Canada a indiqué avoir convoqué l'ambassadeur de Chine à Ottawa la
semaine dernière pour lui signifier que « toute forme d'intimidation ou de harcèlement de
personnes au Canada est inacceptable ».

Le consulat général de Chine à Montréal a rejeté ces « accusations sans fondement ». Les
organismes visés, a-t-il affirmé, « sont des associations à but non lucratif qui aident
les membres de la communauté à s'intégrer ».

Le Canada n'est pas le seul pays francophone à se pencher sur la question. En Suisse, le
Ministère public de la Confédération a ouvert l'an dernier une procédure pénale visant un
local de Neuchâtel attribué par des médias à la police de Pingyang. Cette procédure est
toujours en cours.
"""
DOCS.append(("044-fr-canada-quebec-laval-grc.txt", T, [
    R("La Gendarmerie royale du Canada (GRC) a confirmé jeudi mener une enquête sur deux\norganismes communautaires", "CA", "investigation"),
    C("deux\norganismes communautaires, l'un à Québec et l'autre à Laval", "stations", 2, "CA", opt=True, note="two under investigation"),
    S("l'organisme de Québec, établi sur\nle chemin Sainte-Foy, aurait été mis sur pied en 2019 avec le soutien du bureau de la\nsécurité publique de Xiamen", "CA", "Quebec City", op="Xiamen", date="2019", claimant="documents obtenus par le Bureau d'enquête", place_alt=["Québec", "Quebec"], note="chemin Sainte-Foy"),
    S("Celui de Laval, situé dans un centre commercial du quartier\nChomedey, relèverait quant à lui de la police de Taishan, dans le Guangdong.", "CA", "Laval", op="Taishan", claimant="documents obtenus par le Bureau d'enquête", note="Chomedey"),
    R("Aucune\naccusation n'a été déposée.", "CA", "arrest", pol="denied", opt=True),
    I("son père, resté à\nTaishan, a été convoqué à trois reprises au poste de police de son quartier depuis\nl'automne dernier", "harassment", "CA", place="Laval"),
    R("Affaires mondiales Canada a indiqué avoir convoqué l'ambassadeur de Chine à Ottawa", "CA", "protest"),
    D("Le consulat général de Chine à Montréal a rejeté ces « accusations sans fondement ».", "CN", claimant="consulat général de Chine à Montréal"),
    R("le\nMinistère public de la Confédération a ouvert l'an dernier une procédure pénale visant un\nlocal de Neuchâtel", "CH", "investigation", place="Neuchâtel"),
    S("un\nlocal de Neuchâtel attribué par des médias à la police de Pingyang", "CH", "Neuchâtel", op="Pingyang", op_alt=["Wenzhou"], claimant="médias", place_alt=["Neuchatel"]),
]))

# ---------------------------------------------------------------- 045
T = """AFRIQUE CENTRALE

Les « commissariats » chinois, angle mort de la coopération sécuritaire

À Douala, à Yaoundé et à Kinshasa, des associations de commerçants chinois auraient servi
de relais à des bureaux de police du Fujian. Les gouvernements concernés réagissent en
ordre dispersé.

Au premier étage d'un immeuble du quartier Akwa, à Douala, une plaque en caractères
chinois annonce un « centre de services pour les compatriotes ». On y fait des photocopies,
on y remplit des formulaires de visa. Mais selon un rapport d'une ONG de défense des droits
humains publié en septembre, ce centre est aussi, depuis 2019, l'antenne camerounaise du
bureau de la sécurité publique de Jinjiang, l'un des ports du Fujian d'où sont partis
nombre de commerçants installés au Cameroun.

Il n'est pas le seul. Le rapport en recense trois au Cameroun et en République
démocratique du Congo, et un quatrième à Brazzaville, sur l'autre rive du fleuve. Celui de
Yaoundé, au quartier Mvog-Mbi, dépendrait de la police de Quanzhou.

À Yaoundé, le ministre de la Communication a balayé ces informations d'un revers de main :
« Il n'existe au Cameroun aucune police étrangère. » Aucune enquête n'a été ouverte,
a-t-il précisé, le gouvernement n'ayant « reçu aucune plainte ». Le Cameroun et la Chine ont
pourtant signé en 2019 un accord de coopération en matière de sécurité publique, que
l'opposition demande aujourd'hui de rendre public.

À Kinshasa, la réaction a été plus vigoureuse. Des agents de l'Agence nationale de
renseignements (ANR) ont fait fermer en octobre le local de la Gombe attribué au bureau de
Shishi et interpellé deux de ses responsables, relâchés quelques jours plus tard. Le
rapport y documente le cas d'un gérant de société minière de Lubumbashi, recherché en
Chine pour détournement de fonds, qui aurait été conduit par deux compatriotes à
l'aéroport de N'djili et embarqué de force sur un vol pour Canton en mars 2023.

L'ambassade de Chine en RDC a qualifié ces informations de « mensonges fabriqués de toutes
pièces ».

Que font, au juste, ces antennes ? Officiellement, elles aident les ressortissants à
renouveler un permis de conduire ou à obtenir un certificat à distance. Les chercheurs
qui ont travaillé sur le dossier y voient aussi un outil de suivi d'une diaspora en pleine
croissance : plus de cinquante mille Chinois vivraient aujourd'hui entre Douala, Yaoundé
et les deux Congo, selon des estimations diplomatiques.

Au Gabon voisin, aucune antenne n'a été signalée. Libreville a en revanche accepté en
2022 que des policiers chinois participent, aux côtés de la police gabonaise, à des
patrouilles conjointes dans les quartiers commerçants de la capitale pendant les fêtes de
fin d'année – une première en Afrique centrale, présentée comme un simple « échange
d'expériences ».

Les sites signalés dans le rapport :

  Ville          Pays        Bureau de rattachement   Depuis
  Douala         Cameroun    Jinjiang                 2019
  Yaoundé        Cameroun    Quanzhou                 2020
  Kinshasa       RDC         Shishi                   2021
  Brazzaville    Congo       non précisé              –
"""
DOCS.append(("045-fr-magazine-douala-yaounde-kinshasa.txt", T, [
    S("ce centre est aussi, depuis 2019, l'antenne camerounaise du\nbureau de la sécurité publique de Jinjiang", "CM", "Douala", op="Jinjiang", date="2019", claimant="ONG", note="quartier Akwa"),
    C("Le rapport en recense trois au Cameroun et en République\ndémocratique du Congo", "stations", 3, None, claimant="ONG", opt=True, note="regional count over two countries"),
    S("un quatrième à Brazzaville, sur l'autre rive du fleuve", "CG", "Brazzaville", claimant="ONG"),
    S("Celui de\nYaoundé, au quartier Mvog-Mbi, dépendrait de la police de Quanzhou.", "CM", "Yaoundé", op="Quanzhou", date="2020", claimant="ONG", place_alt=["Yaounde"], note="Mvog-Mbi"),
    D("« Il n'existe au Cameroun aucune police étrangère. »", "CM", claimant="ministre camerounais de la Communication"),
    S("« Il n'existe au Cameroun aucune police étrangère. »", "CM", None, pol="denied", claimant="ministre camerounais de la Communication", opt=True),
    R("Aucune enquête n'a été ouverte,\na-t-il précisé", "CM", "investigation", pol="denied"),
    A("Le Cameroun et la Chine ont\npourtant signé en 2019 un accord de coopération en matière de sécurité publique", "CM", "security_agreement", date="2019"),
    R("Des agents de l'Agence nationale de\nrenseignements (ANR) ont fait fermer en octobre le local de la Gombe", "CD", "closure", place="Kinshasa"),
    S("le local de la Gombe attribué au bureau de\nShishi", "CD", "Kinshasa", op="Shishi", date="2021", claimant="ONG", note="la Gombe"),
    R("interpellé deux de ses responsables, relâchés quelques jours plus tard", "CD", "arrest", place="Kinshasa"),
    I("qui aurait été conduit par deux compatriotes à\nl'aéroport de N'djili et embarqué de force sur un vol pour Canton en mars 2023", "forced_return", "CD", place="Lubumbashi", date="2023-03", claimant="ONG", place_alt=["Kinshasa"]),
    A("Libreville a en revanche accepté en\n2022 que des policiers chinois participent, aux côtés de la police gabonaise, à des\npatrouilles conjointes", "GA", "joint_patrol", date="2022"),
    D("L'ambassade de Chine en RDC a qualifié ces informations de « mensonges fabriqués de toutes\npièces ».", "CN", claimant="ambassade de Chine en RDC"),
]))

# ---------------------------------------------------------------- 046 (irrelevant)
T = """Lomé : un commissariat flambant neuf financé par la Chine inauguré à Agoè

LOMÉ, 21 novembre (Agence) — Le ministre de la Sécurité et de la Protection civile a
inauguré jeudi le nouveau commissariat central d'Agoè-Nyivé, dans la banlieue nord de
Lomé, un bâtiment de deux étages construit par une entreprise chinoise grâce à un don de la
République populaire de Chine.

Le commissariat, qui remplace des locaux vétustes loués depuis les années 1990, compte des
cellules de garde à vue aux normes, une salle d'accueil des victimes et un poste de
commandement relié à 102 caméras de surveillance installées aux principaux carrefours et
près de la gare routière d'Agoè. Il accueillera 85 policiers togolais.

« Ce commissariat est le vôtre », a lancé l'ambassadeur de Chine au Togo lors de la
cérémonie, saluant « l'amitié entre nos deux peuples ». Le ministre a pour sa part rappelé
que la police togolaise avait enregistré l'an dernier une hausse des vols à main armée dans
les quartiers périphériques, notamment autour des stations-service de la nationale 1.

Des représentants de la communauté chinoise de Lomé, qui compte plusieurs milliers de
commerçants au Grand marché, assistaient à la cérémonie. L'un d'eux a indiqué que sa
boutique avait été cambriolée deux fois cette année et qu'il avait porté plainte « au
commissariat du quartier, qui a fait son travail ».

Les travaux, d'un montant équivalant à 1,8 milliard de francs CFA, avaient débuté en 2023.
"""
DOCS.append(("046-fr-depeche-lome-commissariat-don.txt", T, []))
