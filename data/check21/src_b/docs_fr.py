"""check21 part B, French documents 047–049 (FR investigation, NC radio transcript, CD live blog)."""

from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------------------
# 047 fr: long-form investigation, pull quote twice, bio, newsletter, update
# ---------------------------------------------------------------------------
T047 = """Article réservé aux abonnés

ENQUÊTE

À Aubervilliers, le « bureau d'entraide » des grossistes chinois intéresse le contre-espionnage

Dans le quartier des grossistes, une association d'aide administrative est soupçonnée d'avoir servi d'antenne à une police locale chinoise. Notre enquête, d'Aubervilliers à Amiens.

Par notre journaliste du service Société | Publié le 25 novembre 2026 à 06h00, mis à jour à 19h32 | Lecture 10 min.

Il faut longer les entrepôts du quartier des grossistes, passer devant les quais de déchargement où s'empilent les cartons de sacs à main et de bijoux fantaisie, pour trouver la porte. Au deuxième étage d'un immeuble de bureaux sans charme, une plaque en français et en chinois : « Bureau d'entraide des commerçants ». Derrière, deux pièces, un comptoir, une photocopieuse, et un calendrier offert par une agence de voyages de la rue du Port.

C'est là que, le 18 novembre, des policiers de la Direction générale de la sécurité intérieure (DGSI) ont mené une perquisition, dans le cadre d'une enquête préliminaire ouverte par le parquet de Paris pour « intelligence avec une puissance étrangère ». Personne n'a été interpellé.

Aubervilliers abrite l'un des plus grands centres de commerce de gros textile d'Europe. Plusieurs milliers de commerçants, pour l'essentiel originaires de la province du Zhejiang, y ont installé leurs showrooms depuis le début des années 2000. Le quartier vit au rythme des arrivages : conteneurs le matin, camionnettes de détaillants venus de toute la France l'après-midi.

« Le bureau, c'est là qu'on allait quand on avait un problème de papiers, un permis de conduire à renouveler, une procuration à faire légaliser pour la famille en Chine », raconte un grossiste installé depuis vingt ans. « On ne se posait pas de questions. »

D'après l'ONG Safeguard Defenders, qui a révélé en 2022 l'existence de ces structures à travers le monde, le bureau d'Aubervilliers serait l'une des antennes ouvertes en France par des polices locales chinoises. Selon des documents consultés par notre journal, la structure rendait compte au bureau de la sécurité publique du xian de Zhushan, dans la province du Hubei. Le responsable de l'association est originaire de cette région montagneuse.

« Ils m'ont dit : on sait où habitent tes parents. »

Une jeune femme, vendeuse dans un showroom du quartier, a accepté de témoigner à condition de rester anonyme. En mars 2026, elle a publié sur les réseaux sociaux un message de soutien à des manifestants de Hongkong. Quelques jours plus tard, ses parents, restés dans le Hubei, ont reçu la visite de deux policiers, qui leur ont demandé de « raisonner » leur fille. Personne ne lui a demandé de rentrer. « Ils m'ont dit : on sait où habitent tes parents. »

Safeguard Defenders estime qu'il existe au moins quatre antennes de ce type en Île-de-France. Une autre, hors de la région parisienne, se trouverait à Amiens, et serait liée au xian de Fangxian, dans le Hubei également. Sur place, l'adresse correspond à une supérette asiatique proche de la gare.

Lire aussi : Les grossistes chinois d'Aubervilliers face à la concurrence du e-commerce

Le ministère de l'Europe et des Affaires étrangères a convoqué le 20 novembre le chargé d'affaires de l'ambassade de Chine, a-t-on appris de source diplomatique.

Contactée, l'ambassade de Chine à Paris dénonce des « accusations infondées » et affirme que le bureau d'Aubervilliers est une structure associative où des bénévoles aident les ressortissants chinois à renouveler leur permis de conduire et à effectuer des démarches administratives en ligne.

Mise à jour, 19h32 : La préfecture de la Somme a ordonné mardi soir la fermeture administrative du local d'Amiens pour une durée de six mois, a-t-elle indiqué dans un communiqué.

Notre journaliste couvre les questions de sécurité intérieure et les diasporas. Elle a auparavant été correspondante à Shanghai.

Newsletter « La Matinale » : chaque matin, l'essentiel de l'actualité. Inscrivez-vous gratuitement.
"""

DOCS.append(dict(
    name="047-fr-enquete-maj-aubervilliers-amiens-zhushan-fangxian.txt",
    text=T047,
    facts=[
        R("FR", "investigation", "des policiers de la Direction générale de la sécurité intérieure (DGSI) ont mené une perquisition, dans le cadre d'une enquête préliminaire ouverte par le parquet de Paris",
          place="Aubervilliers", date="2026-11-18"),
        R("FR", "arrest", "Personne n'a été interpellé", pol="denied", opt=True),
        S("FR", "Aubervilliers", "le bureau d'Aubervilliers serait l'une des antennes ouvertes en France par des polices locales chinoises", claimant="Safeguard Defenders"),
        S("FR", "Aubervilliers", "Selon des documents consultés par notre journal, la structure rendait compte au bureau de la sécurité publique du xian de Zhushan, dans la province du Hubei",
          operator="Zhushan", operator_alt=["Shiyan"]),
        I("FR", "harassment", "ses parents, restés dans le Hubei, ont reçu la visite de deux policiers, qui leur ont demandé de « raisonner » leur fille",
          place="Aubervilliers", date="2026-03", note="after posts online; nobody asked her to return"),
        C("stations", 4, "FR", "Safeguard Defenders estime qu'il existe au moins quatre antennes de ce type en Île-de-France", claimant="Safeguard Defenders",
          note="scoped to Île-de-France"),
        S("FR", "Amiens", "Une autre, hors de la région parisienne, se trouverait à Amiens, et serait liée au xian de Fangxian, dans le Hubei également", operator="Fangxian",
          operator_alt=["Fang", "Shiyan"], claimant="Safeguard Defenders"),
        R("FR", "protest", "Le ministère de l'Europe et des Affaires étrangères a convoqué le 20 novembre le chargé d'affaires de l'ambassade de Chine", date="2026-11-20",
          claimant="diplomatic source"),
        D("CN", "l'ambassade de Chine à Paris dénonce des « accusations infondées » et affirme que le bureau d'Aubervilliers est une structure associative où des bénévoles aident les ressortissants chinois à renouveler leur permis de conduire",
          claimant="PRC Embassy in France"),
        R("FR", "closure", "La préfecture de la Somme a ordonné mardi soir la fermeture administrative du local d'Amiens pour une durée de six mois", place="Amiens",
          date="2026-11-24", claimant="Préfecture de la Somme"),
    ],
))

# ---------------------------------------------------------------------------
# 048 fr (NC): radio transcript, New Caledonia
# ---------------------------------------------------------------------------
T048 = """RADIO OCÉAN SUD – « Le Grand Direct du matin » – jeudi 12 novembre 2026
Retranscription d'un extrait de l'émission. Les interventions des auditeurs ont été raccourcies.

[Jingle]

ANIMATRICE : Il est 7 h 20 sur Radio Océan Sud, bonjour à tous. On revient ce matin sur l'affaire du bureau de la Vallée-du-Tir, à Nouméa, fouillé mardi par la police. Notre journaliste police-justice est avec moi en studio. Bonjour.

JOURNALISTE : Bonjour.

ANIMATRICE : Qu'est-ce qu'on sait ce matin ?

JOURNALISTE : Alors, mardi matin, les enquêteurs de la sûreté territoriale, sur instruction du parquet de Nouméa, ont perquisitionné un bureau au rez-de-chaussée d'un immeuble de la Vallée-du-Tir. C'est le local d'une association qui dit aider les ressortissants chinois de Nouvelle-Calédonie, essentiellement des marins et des employés de commerce. Ce bureau est présenté par l'ONG Safeguard Defenders comme un « poste de police » chinois clandestin. Le parquet a ouvert une enquête, mais pour l'instant, aucune interpellation.

ANIMATRICE : Et qui serait derrière ?

JOURNALISTE : D'après des documents que notre rédaction a pu consulter, ce bureau relevait du bureau de la sécurité publique du xian de Xiaochang, dans la province du Hubei. C'est une petite préfecture agricole, à deux heures de Wuhan. Pourquoi Xiaochang ? Le président de l'association en est originaire.

ANIMATRICE : Ce qui a déclenché l'enquête, c'est un témoignage ?

JOURNALISTE : Oui. C'est l'histoire d'un marin chinois employé sur un palangrier basé au port de Nouméa. En juillet, après un litige avec l'armateur, il a été conduit par deux hommes de l'association à l'aéroport de La Tontouta et mis dans un avion. Il n'a même pas pu récupérer ses affaires. Un autre membre de l'équipage a raconté ça à la police.

ANIMATRICE : Combien y en aurait-il, de ces bureaux, sur le Caillou ?

JOURNALISTE : La liste de l'ONG n'en mentionne qu'un seul en Nouvelle-Calédonie, celui de Nouméa.

ANIMATRICE : On a un auditeur en ligne. Bonjour, vous êtes à Dumbéa ?

AUDITEUR : Bonjour. Oui, je voulais dire qu'à Dumbéa aussi, près du centre commercial, il y a un bureau pareil, tout le monde le sait dans le quartier.

JOURNALISTE : Je précise que la police nous a dit ne disposer d'aucun élément sur un tel bureau à Dumbéa.

ANIMATRICE : Merci. Et côté chinois, une réaction ?

JOURNALISTE : L'ambassade de Chine à Paris nous a envoyé un message hier soir. Elle parle d'« allégations sans fondement » et explique que l'association aide bénévolement les ressortissants à renouveler leur passeport et leur permis de conduire.

ANIMATRICE : Dernière question : et si d'autres bureaux existaient, à Wallis ou en Polynésie ?

JOURNALISTE : On n'en sait rien, et je ne vais pas spéculer.

ANIMATRICE : Merci. Tout de suite, la météo marine.

[Jingle météo]
"""

DOCS.append(dict(
    name="048-fr-nc-radio-transcription-noumea-dumbea-xiaochang.txt",
    text=T048,
    facts=[
        R("NC", "investigation", "les enquêteurs de la sûreté territoriale, sur instruction du parquet de Nouméa, ont perquisitionné un bureau au rez-de-chaussée d'un immeuble de la Vallée-du-Tir",
          place="Nouméa", date="2026-11-10"),
        S("NC", "Nouméa", "Ce bureau est présenté par l'ONG Safeguard Defenders comme un « poste de police » chinois clandestin", claimant="Safeguard Defenders",
          place_alt=["Noumea"]),
        R("NC", "investigation", "Le parquet a ouvert une enquête", claimant="Parquet de Nouméa"),
        R("NC", "arrest", "mais pour l'instant, aucune interpellation", pol="denied", opt=True),
        S("NC", "Nouméa", "D'après des documents que notre rédaction a pu consulter, ce bureau relevait du bureau de la sécurité publique du xian de Xiaochang, dans la province du Hubei",
          operator="Xiaochang", operator_alt=["Xiaogan"], place_alt=["Noumea"]),
        I("NC", "forced_return", "il a été conduit par deux hommes de l'association à l'aéroport de La Tontouta et mis dans un avion", place="Nouméa", date="2026-07"),
        C("stations", 1, "NC", "La liste de l'ONG n'en mentionne qu'un seul en Nouvelle-Calédonie, celui de Nouméa", claimant="Safeguard Defenders"),
        S("NC", "Dumbéa", "je voulais dire qu'à Dumbéa aussi, près du centre commercial, il y a un bureau pareil", opt=True, claimant="listener",
          place_alt=["Dumbea"], note="a caller's rumour"),
        S("NC", "Dumbéa", "la police nous a dit ne disposer d'aucun élément sur un tel bureau à Dumbéa", pol="denied", opt=True, claimant="police",
          place_alt=["Dumbea"]),
        D("CN", "Elle parle d'« allégations sans fondement » et explique que l'association aide bénévolement les ressortissants à renouveler leur passeport et leur permis de conduire",
          claimant="PRC Embassy in France"),
    ],
))

# ---------------------------------------------------------------------------
# 049 fr (CD): live blog, newest first, pull quote twice
# ---------------------------------------------------------------------------
T049 = """KATANGA DIRECT

EN DIRECT – « Bureau de police chinois » à Kolwezi : Kinshasa convoque l'ambassadeur de Chine

Suivez les dernières informations sur l'affaire du bureau perquisitionné à Kolwezi, mardi 1er décembre 2026.

Ce direct est terminé. Merci de l'avoir suivi.

18 h 40
Fin de ce direct. Retrouvez demain notre article complet et l'analyse de notre correspondant à Lubumbashi.

18 h 10
Le ministre des Affaires étrangères a convoqué en fin d'après-midi l'ambassadeur de Chine en RDC, indique un communiqué du ministère. « La RDC ne tolérera aucune activité de police étrangère sur son sol », précise le texte.

« La RDC ne tolérera aucune activité de police étrangère sur son sol »

17 h 30
L'ambassade de Chine à Kinshasa réagit dans un communiqué : « Il n'existe aucun poste de police chinois en République démocratique du Congo. » Selon l'ambassade, le bureau de Kolwezi est un « guichet d'assistance » où des bénévoles aident les ressortissants chinois à renouveler leurs passeports et permis de conduire.

16 h 45
Le procureur général près la cour d'appel du Lualaba annonce l'ouverture d'une enquête judiciaire. Deux ressortissants chinois, responsables du bureau, ont été interpellés et seront présentés au parquet jeudi, selon son communiqué.

16 h 05
Pour rappel, l'ONG Safeguard Defenders avait recensé fin 2022 cent deux bureaux de ce type dans cinquante-trois pays. Elle en compte aujourd'hui deux en RDC. Le second, à Likasi, relèverait du bureau de la sécurité publique du xian de Jianshi, dans le Hubei, selon l'ONG. Nous n'avons pas pu le vérifier.

15 h 40
Ce qui a déclenché l'affaire, selon une source judiciaire : la plainte d'un collègue d'un mineur chinois. Ce dernier, en conflit avec son employeur sur une concession de cuivre, a été conduit en juillet par trois hommes à l'aéroport de Lubumbashi et embarqué de force dans un avion pour Addis-Abeba, puis la Chine.

« La RDC ne tolérera aucune activité de police étrangère sur son sol »

15 h 20
D'après des documents saisis, consultés par notre rédaction, le bureau était rattaché au bureau de la sécurité publique du xian de Badong, dans la province chinoise du Hubei, d'où sont originaires de nombreux ouvriers des mines chinoises du Lualaba.

14 h 50
Bonjour et bienvenue dans ce direct. Ce matin, des agents de l'Agence nationale de renseignements (ANR) ont perquisitionné à Kolwezi un bureau du quartier Mutoshi présenté par une ONG comme un poste de police chinois clandestin.

Partagez ce direct | Commentaires fermés

© Katanga Direct 2026 – Tous droits réservés
"""

DOCS.append(dict(
    name="049-fr-cd-direct-kolwezi-likasi-badong-jianshi.txt",
    text=T049,
    facts=[
        R("CD", "protest", "Le ministre des Affaires étrangères a convoqué en fin d'après-midi l'ambassadeur de Chine en RDC", date="2026-12-01",
          claimant="DRC Ministry of Foreign Affairs"),
        S("CD", None, "« Il n'existe aucun poste de police chinois en République démocratique du Congo. »", pol="denied", opt=True,
          claimant="PRC Embassy in the DRC"),
        D("CN", "Selon l'ambassade, le bureau de Kolwezi est un « guichet d'assistance » où des bénévoles aident les ressortissants chinois à renouveler leurs passeports et permis de conduire",
          claimant="PRC Embassy in the DRC"),
        S("CD", "Kolwezi", "Selon l'ambassade, le bureau de Kolwezi est un « guichet d'assistance »", pol="denied", opt=True,
          claimant="PRC Embassy in the DRC"),
        R("CD", "investigation", "Le procureur général près la cour d'appel du Lualaba annonce l'ouverture d'une enquête judiciaire", claimant="Procureur général près la cour d'appel du Lualaba"),
        R("CD", "arrest", "Deux ressortissants chinois, responsables du bureau, ont été interpellés", claimant="Procureur général près la cour d'appel du Lualaba"),
        C("stations", 102, None, "l'ONG Safeguard Defenders avait recensé fin 2022 cent deux bureaux de ce type dans cinquante-trois pays", claimant="Safeguard Defenders", date="2022"),
        C("countries", 53, None, "l'ONG Safeguard Defenders avait recensé fin 2022 cent deux bureaux de ce type dans cinquante-trois pays", claimant="Safeguard Defenders", date="2022"),
        C("stations", 2, "CD", "Elle en compte aujourd'hui deux en RDC", claimant="Safeguard Defenders"),
        S("CD", "Likasi", "Le second, à Likasi, relèverait du bureau de la sécurité publique du xian de Jianshi, dans le Hubei, selon l'ONG", operator="Jianshi",
          operator_alt=["Enshi"], claimant="Safeguard Defenders"),
        I("CD", "forced_return", "a été conduit en juillet par trois hommes à l'aéroport de Lubumbashi et embarqué de force dans un avion pour Addis-Abeba, puis la Chine",
          place="Kolwezi", claimant="judicial source", date="2026-07"),
        S("CD", "Kolwezi", "D'après des documents saisis, consultés par notre rédaction, le bureau était rattaché au bureau de la sécurité publique du xian de Badong, dans la province chinoise du Hubei",
          operator="Badong", operator_alt=["Enshi"]),
        R("CD", "investigation", "des agents de l'Agence nationale de renseignements (ANR) ont perquisitionné à Kolwezi un bureau du quartier Mutoshi", place="Kolwezi",
          date="2026-12-01"),
        S("CD", "Kolwezi", "un bureau du quartier Mutoshi présenté par une ONG comme un poste de police chinois clandestin", claimant="Safeguard Defenders"),
    ],
))
