"""check22 part B, French documents 047-049."""
from h import S, C, R, I, A, D, wrap_hy, soft  # noqa: F401

SD = "Safeguard Defenders"

DOC047 = """Article réservé aux abonnés

ENQUÊTE | Société

À Angoulême, le « salon de thé » qui rendait des comptes à la police chinoise

Derrière une vitrine de thés et de gâteaux de lune, près de la gare, un local aurait servi d'antenne à un bureau de police du Sichuan. La DGSI a perquisitionné les lieux en février.

Par notre envoyée spéciale à Angoulême
Publié le 11 mars 2026 à 06h00, modifié le 11 mars 2026 à 18h25
Temps de lecture : 9 min.

Il faut pousser une porte vitrée, passer entre deux étagères de thé vert et monter un escalier étroit. À l'étage, une pièce sans fenêtre, une table, quatre chaises, un drapeau plié dans un carton. C'est ici, selon des documents consultés par notre journal, que fonctionnait depuis 2023 ce que ses animateurs appelaient un « point de service pour les compatriotes ».

Le 17 février, des agents de la Direction générale de la sécurité intérieure (DGSI) ont perquisitionné le local et emporté ordinateurs, registres et tampons. Le parquet a ouvert une enquête préliminaire pour « intelligence avec une puissance étrangère ». Personne n'a été interpellé.

Angoulême, quarante mille habitants, capitale mondiale de la bande dessinée, n'est pas la ville où l'on s'attend à croiser ce genre d'affaire. La communauté chinoise y est modeste : quelques restaurants, deux épiceries, et une trentaine d'étudiants inscrits dans les écoles d'art et d'image.

« On venait pour des papiers, pour le permis, pour envoyer de l'argent au pays. »

D'après les registres saisis, dont notre journal a pu consulter des extraits, le local serait l'une des antennes qu'entretient la police chinoise à l'étranger. Il rendait compte au Bureau de la sécurité publique du district de Mianning, dans la province du Sichuan, qui lui transmettait des consignes par messagerie.

Une étudiante en illustration, originaire du Sichuan, raconte avoir publié l'an dernier des dessins moqueurs sur les réseaux sociaux. Une semaine plus tard, ses parents ont reçu la visite de deux policiers. « Personne ne m'a demandé de rentrer. On m'a juste fait comprendre qu'on savait où ils habitaient », dit-elle.

« On venait pour des papiers, pour le permis, pour envoyer de l'argent au pays. »

Lire aussi : Comment la DGSI surveille les ingérences étrangères dans les universités

L'affaire d'Angoulême n'est sans doute pas isolée. L'ONG Safeguard Defenders, qui a recensé plus d'une centaine de ces structures dans le monde, en compte au moins cinq en France. L'une d'elles se trouverait à Cholet, dans le Maine-et-Loire, et serait liée à la police de Xiangyin, dans le Hunan. À Cholet, la police dit n'avoir « aucun élément » à ce stade.

Le Quai d'Orsay a convoqué le chargé d'affaires chinois le 19 février, deux jours après la perquisition.

Interrogée, l'ambassade de Chine dénonce des « allégations sans fondement » : les bénévoles n'auraient fait qu'aider des ressortissants âgés à renouveler leur permis de conduire et leur passeport.

Mise à jour, 18h25 : Le préfet de la Charente a ordonné ce mercredi la fermeture administrative du local pour six mois.

L'autrice est journaliste au service Société. Elle a couvert les questions de sécurité intérieure et les diasporas en France.

Recevez chaque soir notre newsletter « Les enquêtes du jour ». Je m'inscris
"""

DOC048 = """EXPLICATIF

« Postes de police » chinois au Québec : ce qu'on sait, ce qu'on ne sait pas

Publié le 2 avril 2026 · Section Actualités · Temps de lecture : 6 minutes

Une perquisition à Saint-Jérôme, une adresse vérifiée à Repentigny, un ambassadeur convoqué à Ottawa : depuis janvier, la question des « postes de police » chinois est revenue dans l'actualité. Nos réponses aux principales questions.

Que s'est-il passé à Saint-Jérôme ?
En janvier, la Gendarmerie royale du Canada (GRC) a perquisitionné un local commercial du centre-ville de Saint-Jérôme, dans les Laurentides. La GRC soupçonne que le local servait de « poste de police » clandestin relevant du Bureau de la sécurité publique de Hukou, dans la province chinoise du Jiangxi.

Y a-t-il eu des arrestations ?
Non. Aucune accusation n'a été déposée à ce jour, et la GRC ne commente pas l'enquête en cours.

Combien y en aurait-il au Canada ?
Selon l'ONG Safeguard Defenders, au moins sept au Canada, dont deux au Québec.

Où serait l'autre, au Québec ?
À Repentigny, dans Lanaudière. Selon l'ONG, ce bureau aurait été ouvert en 2022 et serait lié à la police de Yifeng, dans le Jiangxi également. La GRC dit avoir vérifié l'adresse et n'y avoir trouvé aucune activité illégale.

Que fait-on, concrètement, dans ces « postes » ?
Selon les chercheurs, ces bureaux offriraient des services administratifs tout en servant, en général, à surveiller des opposants et à inciter des personnes recherchées à rentrer en Chine. Il s'agit d'une description générale : elle ne renvoie pas à un cas documenté au Québec.

Des personnes ont-elles été visées ici ?
Un commerçant de Saint-Jérôme a raconté à la GRC avoir été pressé, à plusieurs reprises, de rentrer en Chine pour régler une affaire de dette. Il est rentré de lui-même à l'automne 2024, puis revenu au Canada deux mois plus tard.

Qu'a fait Ottawa ?
Affaires mondiales Canada a convoqué l'ambassadeur de Chine en février pour lui faire part de « préoccupations sérieuses ».

Que répond la Chine ?
Le consulat général de Chine affirme que ces lieux sont des points d'entraide tenus par des bénévoles, qui aident les aînés à renouveler leur permis de conduire en ligne, et qu'il n'existe « aucun poste de police chinois au Canada ».

Et si la GRC confirmait qu'il s'agissait bien de postes de police ?
Personne ne peut le dire pour l'instant. Des expulsions de diplomates ne sont pas exclues, mais aucune décision n'a été annoncée.

Cet explicatif sera mis à jour au fil de l'enquête.
"""

DOC049_RAW = """OSAL – Rapport 2026 « Le long bras au Sahel »          Chapitre 3
3. Des « guichets » au service de qui ? Quatre sites sous la loupe
Entre juin 2024 et novembre 2025, nos enquêteurs ont recensé quatre sites dans trois pays d'Afrique sahélienne et centrale présentés localement comme des « bureaux d'entraide » pour les ressortissants chinois, mais qui, selon les documents et témoignages recueillis, entretiennent des liens directs avec des bureaux de sécurité publique de la République populaire de Chine¹.
Au Cameroun, le site identifié se trouve à Bertoua, dans la région de l'Est, dans l'arrière-boutique d'une quincaillerie tenue par un ressortissant chinois. La police judiciaire camerounaise a ouvert une enquête en 2025 après la plainte d'un ouvrier du bâtiment.
Au Gabon, le site de Franceville, dans le Haut-Ogooué, occupe un bureau loué par une société de négoce de bois. Les vérifications menées par la police gabonaise en septembre 2025 n'ont révélé aucune infraction.
Au Niger, nous en avons identifié deux, à Zinder et à Maradi ; celui de Maradi ne repose toutefois que sur une seule source et n'a pu être confirmé². À Zinder, d'anciens employés de la raffinerie de la région nous ont remis des listes d'ouvriers chinois annotées, avec leurs numéros de téléphone, leurs opinions supposées et les noms de leurs proches en Chine.
"""

DOC049_TABLE = """Tableau 3.1 – Sites recensés et bureaux de rattachement
┌──────────┬─────────────┬────────────────────────────────┬──────────────────┐
│ Pays     │ Ville       │ Bureau de rattachement         │ Source           │
├──────────┼─────────────┼────────────────────────────────┼──────────────────┤
│ Cameroun │ Bertoua     │ BSP de Gongqingcheng (Jiangxi) │ documents, 2 tém.│
│ Gabon    │ Franceville │ BSP de Wanzai (Jiangxi)        │ documents        │
│ Niger    │ Zinder      │ BSP de Hengshan (Hunan)        │ listes, 3 tém.   │
│ Niger    │ Maradi      │ non déterminé                  │ 1 témoin         │
└──────────┴─────────────┴────────────────────────────────┴──────────────────┘
"""

DOC049_RAW2 = """Le Niger et la Chine ont signé en 2024 un accord de coopération en matière de sécurité intérieure, qui prévoit notamment la formation de policiers nigériens en Chine³.
Sollicitée, l'ambassade de Chine au Cameroun a qualifié ces sites de « centres d'entraide bénévoles » destinés à aider les ressortissants à renouveler leurs passeports et permis de conduire.
¹ Les noms des témoins sont connus de l'OSAL ; ils ne sont pas publiés pour leur sécurité.
² Un témoin unique, ancien commerçant ; aucune confirmation documentaire.
³ Texte de l'accord non publié ; voir le communiqué conjoint de juillet 2024.
OSAL – Observatoire Sahel-Afrique centrale des libertés           Page 41"""

DOC049 = wrap_hy(soft(DOC049_RAW, 8), 72) + "\n" + DOC049_TABLE + wrap_hy(soft(DOC049_RAW2, 8), 72)

DOCS = [
    {"name": "047-fr-enquete-maj-angouleme-cholet-mianning-xiangyin.txt", "text": DOC047, "facts": [
        R("FR", "investigation", "Le 17 février, des agents de la Direction générale de la sécurité intérieure (DGSI) ont perquisitionné le local", place="Angoulême", date="2026-02-17"),
        R("FR", "investigation", "Le parquet a ouvert une enquête préliminaire pour « intelligence avec une puissance étrangère ».", place="Angoulême"),
        R("FR", "arrest", "Personne n'a été interpellé.", pol="denied", opt=True),
        S("FR", "Angoulême", "le local serait l'une des antennes qu'entretient la police chinoise à l'étranger", place_alt=["Angouleme"]),
        S("FR", "Angoulême", "Il rendait compte au Bureau de la sécurité publique du district de Mianning, dans la province du Sichuan", operator="Mianning", operator_alt=["Liangshan"], place_alt=["Angouleme"]),
        I("FR", "harassment", "Une semaine plus tard, ses parents ont reçu la visite de deux policiers.", place="Angoulême"),
        C("stations", 100, None, "qui a recensé plus d'une centaine de ces structures dans le monde", opt=True, claimant=SD, note="'plus d'une centaine'"),
        C("stations", 5, "FR", "en compte au moins cinq en France", claimant=SD),
        S("FR", "Cholet", "L'une d'elles se trouverait à Cholet, dans le Maine-et-Loire, et serait liée à la police de Xiangyin, dans le Hunan.", operator="Xiangyin", operator_alt=["Yueyang"], claimant=SD),
        S("FR", "Cholet", "À Cholet, la police dit n'avoir « aucun élément » à ce stade.", pol="denied", opt=True, claimant="French police"),
        R("FR", "protest", "Le Quai d'Orsay a convoqué le chargé d'affaires chinois le 19 février", date="2026-02-19"),
        D("CN", "l'ambassade de Chine dénonce des « allégations sans fondement » : les bénévoles n'auraient fait qu'aider des ressortissants âgés à renouveler leur permis de conduire et leur passeport", claimant="Chinese Embassy in France"),
        R("FR", "closure", "Le préfet de la Charente a ordonné ce mercredi la fermeture administrative du local pour six mois.", place="Angoulême", date="2026-03-11"),
    ]},
    {"name": "048-fr-ca-explicatif-questions-reponses-saint-jerome-repentigny-hukou-yifeng.txt", "text": DOC048, "facts": [
        R("CA", "investigation", "En janvier, la Gendarmerie royale du Canada (GRC) a perquisitionné un local commercial du centre-ville de Saint-Jérôme", place="Saint-Jérôme", date="2026-01"),
        S("CA", "Saint-Jérôme", "La GRC soupçonne que le local servait de « poste de police » clandestin relevant du Bureau de la sécurité publique de Hukou, dans la province chinoise du Jiangxi.", operator="Hukou", operator_alt=["Jiujiang"], place_alt=["Saint-Jerome"], claimant="Royal Canadian Mounted Police"),
        R("CA", "arrest", "Aucune accusation n'a été déposée à ce jour", pol="denied", opt=True),
        C("stations", 7, "CA", "au moins sept au Canada, dont deux au Québec", claimant=SD),
        C("stations", 2, "CA", "au moins sept au Canada, dont deux au Québec", claimant=SD),
        S("CA", "Repentigny", "À Repentigny, dans Lanaudière. Selon l'ONG, ce bureau aurait été ouvert en 2022 et serait lié à la police de Yifeng, dans le Jiangxi également.", operator="Yifeng", operator_alt=["Yichun"], claimant=SD, date="2022"),
        R("CA", "investigation", "La GRC dit avoir vérifié l'adresse et n'y avoir trouvé aucune activité illégale.", place="Repentigny", claimant="Royal Canadian Mounted Police"),
        R("CA", "no_wrongdoing_found", "La GRC dit avoir vérifié l'adresse et n'y avoir trouvé aucune activité illégale.", place="Repentigny", claimant="Royal Canadian Mounted Police"),
        I("CA", "persuasion", "Un commerçant de Saint-Jérôme a raconté à la GRC avoir été pressé, à plusieurs reprises, de rentrer en Chine pour régler une affaire de dette.", place="Saint-Jérôme", date="2024"),
        R("CA", "protest", "Affaires mondiales Canada a convoqué l'ambassadeur de Chine en février", date="2026-02"),
        D("CN", "Le consulat général de Chine affirme que ces lieux sont des points d'entraide tenus par des bénévoles, qui aident les aînés à renouveler leur permis de conduire en ligne", claimant="Chinese Consulate General"),
        S("CA", None, "qu'il n'existe « aucun poste de police chinois au Canada »", pol="denied", opt=True, claimant="Chinese Consulate General"),
    ]},
    {"name": "049-fr-rapport-ong-tableau-bertoua-franceville-zinder-maradi.txt", "text": DOC049, "facts": [
        C("stations", 4, None, "nos enquêteurs ont recensé quatre sites dans trois pays d'Afrique sahélienne et centrale", opt=True, claimant="OSAL", note="regional count over several countries"),
        C("countries", 3, None, "nos enquêteurs ont recensé quatre sites dans trois pays d'Afrique sahélienne et centrale", opt=True, claimant="OSAL", note="regional count"),
        S("CM", "Bertoua", "Au Cameroun, le site identifié se trouve à Bertoua, dans la région de l'Est", claimant="OSAL"),
        S("CM", "Bertoua", "│ Cameroun │ Bertoua     │ BSP de Gongqingcheng (Jiangxi) │", operator="Gongqingcheng", operator_alt=["Jiujiang"], claimant="OSAL"),
        R("CM", "investigation", "La police judiciaire camerounaise a ouvert une enquête en 2025 après la plainte d'un ouvrier du bâtiment.", place="Bertoua", date="2025"),
        S("GA", "Franceville", "Au Gabon, le site de Franceville, dans le Haut-Ogooué, occupe un bureau loué par une société de négoce de bois.", claimant="OSAL"),
        S("GA", "Franceville", "│ Gabon    │ Franceville │ BSP de Wanzai (Jiangxi)        │", operator="Wanzai", operator_alt=["Yichun"], claimant="OSAL"),
        R("GA", "investigation", "Les vérifications menées par la police gabonaise en septembre 2025 n'ont révélé aucune infraction.", place="Franceville", date="2025-09"),
        R("GA", "no_wrongdoing_found", "Les vérifications menées par la police gabonaise en septembre 2025 n'ont révélé aucune infraction.", place="Franceville", date="2025-09"),
        C("stations", 2, "NE", "Au Niger, nous en avons identifié deux, à Zinder et à Maradi", claimant="OSAL"),
        S("NE", "Zinder", "Au Niger, nous en avons identifié deux, à Zinder et à Maradi", claimant="OSAL"),
        S("NE", "Zinder", "│ Niger    │ Zinder      │ BSP de Hengshan (Hunan)        │", operator="Hengshan", operator_alt=["Hengyang"], claimant="OSAL"),
        S("NE", "Maradi", "celui de Maradi ne repose toutefois que sur une seule source et n'a pu être confirmé", opt=True, claimant="OSAL", note="single source"),
        I("NE", "surveillance", "d'anciens employés de la raffinerie de la région nous ont remis des listes d'ouvriers chinois annotées, avec leurs numéros de téléphone, leurs opinions supposées et les noms de leurs proches en Chine", place="Zinder", claimant="OSAL"),
        A("NE", "security_agreement", "Le Niger et la Chine ont signé en 2024 un accord de coopération en matière de sécurité intérieure", date="2024"),
        D("CN", "l'ambassade de Chine au Cameroun a qualifié ces sites de « centres d'entraide bénévoles » destinés à aider les ressortissants à renouveler leurs passeports et permis de conduire", claimant="Chinese Embassy in Cameroon"),
    ]},
]
