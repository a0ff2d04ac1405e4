"""check23 part B, French documents 047-049."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 047
T047 = """Article réservé aux abonnés

ENQUÊTE | Société

À Chalon-sur-Saône, une « antenne » de la police chinoise derrière une boutique de thé

La DGSI a perquisitionné en janvier un local associatif de la ville. Selon nos informations, il rendait compte à un bureau de police du Shandong. Une étudiante raconte les visites faites à ses parents.

Par notre envoyée spéciale | Publié le 9 février 2026 à 06h00, mis à jour à 18h25 | Lecture 8 min.

Chalon-sur-Saône, ses quais, son musée de la photographie, sa petite communauté chinoise arrivée dans les années 2000 avec les usines de sous-traitance automobile. Derrière la vitrine d'une boutique de thé de la rue aux Fèvres, un escalier mène à deux pièces que fréquentent, le dimanche, des retraités venus jouer au mah-jong.

Le 21 janvier, des agents de la Direction générale de la sécurité intérieure (DGSI) ont perquisitionné ces locaux, loués par une association culturelle. Le parquet de Paris a ouvert une enquête préliminaire pour « intelligence avec une puissance étrangère ». Personne n'a été interpellé à ce stade.

D'après les enquêteurs, le local serait l'une des antennes que la police chinoise entretient discrètement en Europe. Il rendait compte, selon des documents saisis que nous avons pu consulter, au bureau de la sécurité publique du comté de Huantai, rattaché à la ville de Zibo.

« On ne savait pas qui montait à l'étage. On servait le thé, c'est tout. »

La ville compte quelques centaines de ressortissants chinois, beaucoup employés chez des équipementiers de la vallée de la Saône ou dans la restauration. L'association organise des cours de calligraphie, une fête de la Lune et des sorties au lac de Laives.

Une étudiante en soins infirmiers, originaire de Zibo, raconte que ses parents ont reçu à deux reprises la visite de policiers après qu'elle a partagé en ligne une vidéo d'une manifestation. « Personne ne m'a demandé de rentrer. Ils voulaient que je me taise. »

Lire aussi : Pékin et la diaspora, une surveillance à bas bruit

« On ne savait pas qui montait à l'étage. On servait le thé, c'est tout. »

Selon une source proche du dossier, les enquêteurs recensent au moins quatre structures de ce type en France, sur plus d'une centaine identifiées dans le monde par des ONG. Une autre se trouverait à Mâcon, à une soixantaine de kilomètres au sud, et serait liée à la police du comté de Gaoqing, également dans la région de Zibo.

En 2022, les Pays-Bas et l'Irlande avaient déjà fait fermer des structures comparables ; le Canada avait ouvert une enquête.

Sur des forums de la diaspora, Roanne est parfois citée comme troisième lieu. La police de Roanne dit n'avoir « aucun élément » en ce sens.

Le Quai d'Orsay a convoqué le chargé d'affaires de l'ambassade de Chine le 23 janvier. L'ambassade, de son côté, assure que l'association aidait seulement des personnes âgées à renouveler leur permis de conduire chinois à distance.

Mise à jour à 18h25 : le préfet de Saône-et-Loire a prononcé la fermeture administrative du local pour six mois, a annoncé la préfecture.

Notre envoyée spéciale couvre les questions de sécurité intérieure. Recevez notre lettre d'information « Enquêtes » chaque vendredi.
"""
DOCS.append(dict(name="047-fr-enquete-maj-chalon-sur-saone-macon-roanne-huantai-gaoqing.txt", text=T047, facts=[
    R("FR", "investigation", "Le 21 janvier, des agents de la Direction générale de la sécurité intérieure (DGSI) ont perquisitionné ces locaux",
      place="Chalon-sur-Saône", date="2026-01-21"),
    R("FR", "investigation", "Le parquet de Paris a ouvert une enquête préliminaire", claimant=None),
    R("FR", "arrest", "Personne n'a été interpellé à ce stade.", pol="denied", opt=True),
    S("FR", "Chalon-sur-Saône", "D'après les enquêteurs, le local serait l'une des antennes que la police chinoise entretient discrètement en Europe.",
      claimant="enquêteurs", place_alt=["Chalon-sur-Saone", "Chalon"], note="above a tea shop, rue aux Fèvres"),
    S("FR", "Chalon-sur-Saône", "Il rendait compte, selon des documents saisis que nous avons pu consulter, au bureau de la sécurité publique du comté de Huantai, rattaché à la ville de Zibo.",
      operator="Huantai", operator_alt=["Zibo"], place_alt=["Chalon-sur-Saone", "Chalon"]),
    I("FR", "harassment", "ses parents ont reçu à deux reprises la visite de policiers après qu'elle a partagé en ligne une vidéo d'une manifestation",
      place="Chalon-sur-Saône"),
    C("stations", 4, "FR", "les enquêteurs recensent au moins quatre structures de ce type en France", claimant="enquêteurs"),
    C("stations", 100, None, "sur plus d'une centaine identifiées dans le monde par des ONG", opt=True, claimant="NGOs"),
    S("FR", "Mâcon", "Une autre se trouverait à Mâcon, à une soixantaine de kilomètres au sud, et serait liée à la police du comté de Gaoqing",
      operator="Gaoqing", operator_alt=["Zibo"], claimant="enquêteurs", place_alt=["Macon"]),
    R("NL", "closure", "En 2022, les Pays-Bas et l'Irlande avaient déjà fait fermer des structures comparables", date="2022"),
    R("IE", "closure", "En 2022, les Pays-Bas et l'Irlande avaient déjà fait fermer des structures comparables", date="2022"),
    R("CA", "investigation", "le Canada avait ouvert une enquête", date="2022"),
    S("NL", None, "En 2022, les Pays-Bas et l'Irlande avaient déjà fait fermer des structures comparables", opt=True),
    S("IE", None, "En 2022, les Pays-Bas et l'Irlande avaient déjà fait fermer des structures comparables", opt=True),
    S("CA", None, "le Canada avait ouvert une enquête", opt=True),
    S("FR", "Roanne", "Sur des forums de la diaspora, Roanne est parfois citée comme troisième lieu.", opt=True,
      claimant="diaspora forums"),
    S("FR", "Roanne", "La police de Roanne dit n'avoir « aucun élément » en ce sens.", pol="denied", opt=True,
      claimant="police de Roanne"),
    R("FR", "protest", "Le Quai d'Orsay a convoqué le chargé d'affaires de l'ambassade de Chine le 23 janvier.", date="2026-01-23"),
    D("CN", "L'ambassade, de son côté, assure que l'association aidait seulement des personnes âgées à renouveler leur permis de conduire chinois à distance.",
      claimant="PRC Embassy in France"),
    R("FR", "closure", "le préfet de Saône-et-Loire a prononcé la fermeture administrative du local pour six mois",
      place="Chalon-sur-Saône", date="2026-02-09"),
]))

# ---------------------------------------------------------------- 048
T048 = """DÉCRYPTAGE | Afrique de l'Ouest

« Postes de police » chinois au Mali : ce que l'on sait, ce que l'on ignore

Sahel Info | Bamako | 2 mars 2026 | Mis à jour le 3 mars

Une perquisition à Ségou, un second site évoqué à Kayes, une convocation d'ambassadeur : nous faisons le point en huit questions.

1. Que s'est-il passé à Ségou ?

Le 24 février, des gendarmes de la brigade de recherches ont perquisitionné une maison louée par une société chinoise de construction, dans le quartier de Pélengana. La gendarmerie soupçonne les lieux d'abriter un « poste » relevant du Bureau de la sécurité publique du district de Yiyuan, dans la province chinoise du Shandong.

2. Quelqu'un a-t-il été arrêté ?

Non. Aucune inculpation n'a été prononcée à ce jour, selon une source judiciaire.

3. Combien y en aurait-il au Mali ?

Selon la gendarmerie, il existerait au moins deux sites de ce type au Mali.

4. Et le second ?

Il aurait été ouvert en 2023 à Kayes, près de la gare ferroviaire, et serait lié à la police du comté de Wulian, selon une association malienne de défense des droits humains. La police de Kayes a vérifié l'adresse indiquée et dit n'y avoir trouvé aucune activité illégale.

5. À quoi servent ces postes ?

Selon les ONG qui les étudient, ils peuvent servir à surveiller les ressortissants chinois, voire à pousser certains à rentrer au pays. Il s'agit d'une description générale : elle ne renvoie pas, à ce stade, à un cas documenté au Mali. Sur le continent, les listes de ces ONG citent aussi le Nigeria et l'Afrique du Sud.

6. Des cas concrets ont-ils été signalés ?

Un seul, pour l'instant. Un ouvrier chinois d'une mine d'or de la région de Kayes affirme avoir été pressé, par des compatriotes se réclamant du « poste », de rentrer en Chine pour répondre d'une plainte. Il est rentré par ses propres moyens en décembre, puis est revenu au Mali en février.

7. Comment Bamako a-t-il réagi ?

Le ministère des Affaires étrangères a convoqué l'ambassadeur de Chine le 27 février. Le Mali et la Chine ont pourtant signé en 2024 un accord de coopération en matière de sécurité intérieure, rappelle un diplomate.

8. Que dit la Chine ?

L'ambassade de Chine à Bamako affirme qu'il n'existe « aucun poste de police chinois au Mali ». Selon elle, des bénévoles aident simplement les travailleurs chinois à renouveler leur passeport et leur permis de conduire.

Et si l'enquête confirmait l'existence d'autres sites ? Le ministère de la Sécurité n'a pas souhaité commenter cette hypothèse.
"""
DOCS.append(dict(name="048-fr-ml-decryptage-questions-segou-kayes-yiyuan-wulian.txt", text=T048, facts=[
    R("ML", "investigation", "Le 24 février, des gendarmes de la brigade de recherches ont perquisitionné une maison louée par une société chinoise de construction",
      place="Ségou", date="2026-02-24"),
    S("ML", "Ségou", "La gendarmerie soupçonne les lieux d'abriter un « poste » relevant du Bureau de la sécurité publique du district de Yiyuan",
      operator="Yiyuan", operator_alt=["Zibo"], claimant="gendarmerie malienne", place_alt=["Segou"], note="Pélengana"),
    R("ML", "arrest", "Aucune inculpation n'a été prononcée à ce jour", pol="denied", opt=True),
    C("stations", 2, "ML", "il existerait au moins deux sites de ce type au Mali", claimant="gendarmerie malienne"),
    S("ML", "Kayes", "Il aurait été ouvert en 2023 à Kayes, près de la gare ferroviaire, et serait lié à la police du comté de Wulian",
      operator="Wulian", operator_alt=["Rizhao"], claimant="Malian human-rights association", date="2023"),
    R("ML", "investigation", "La police de Kayes a vérifié l'adresse indiquée", place="Kayes", claimant="police de Kayes"),
    R("ML", "no_wrongdoing_found", "dit n'y avoir trouvé aucune activité illégale", place="Kayes", claimant="police de Kayes"),
    S("NG", None, "les listes de ces ONG citent aussi le Nigeria et l'Afrique du Sud", opt=True, claimant="NGOs"),
    S("ZA", None, "les listes de ces ONG citent aussi le Nigeria et l'Afrique du Sud", opt=True, claimant="NGOs"),
    I("ML", "persuasion", "affirme avoir été pressé, par des compatriotes se réclamant du « poste », de rentrer en Chine pour répondre d'une plainte",
      place="Kayes"),
    R("ML", "protest", "Le ministère des Affaires étrangères a convoqué l'ambassadeur de Chine le 27 février.", date="2026-02-27"),
    A("ML", "security_agreement", "Le Mali et la Chine ont pourtant signé en 2024 un accord de coopération en matière de sécurité intérieure",
      date="2024"),
    D("CN", "il n'existe « aucun poste de police chinois au Mali ». Selon elle, des bénévoles aident simplement les travailleurs chinois à renouveler leur passeport et leur permis de conduire.",
      claimant="PRC Embassy in Mali"),
    S("ML", None, "il n'existe « aucun poste de police chinois au Mali »", pol="denied", opt=True, claimant="PRC Embassy in Mali"),
]))

# ---------------------------------------------------------------- 049
T049_BODY = """OBSERVATOIRE MAGHREB DES LIBERTÉS · Rapport annuel 2025      page 31

Chapitre 4 — La diaspora chinoise sous surveillance : Algérie et Tunisie

4.1 Vue d'ensemble

Au cours de l'année 2025, l'Observatoire a documenté trois sites dans deux pays du Maghreb où des associations de ressortissants chinois auraient servi de relais à des services de police de la République populaire de Chine¹. Les opérateurs présumés, tels qu'ils ressortent de nos entretiens et des documents consultés, figurent au tableau 4.1.

Tableau 4.1 — Sites recensés et bureaux de police présumés

┌─────────┬─────────┬──────────────────────────┐
│ Ville   │ Pays    │ Bureau présumé           │
├─────────┼─────────┼──────────────────────────┤
│ Annaba  │ Algérie │ Guangrao (Dongying)      │
│ Sétif   │ Algérie │ Lijin (Dongying)         │
│ Gabès   │ Tunisie │ Kenli (Dongying)         │
└─────────┴─────────┴──────────────────────────┘

4.2 Algérie

En Algérie, l'Observatoire recense deux sites. À Annaba, un « bureau d'entraide » installé au-dessus d'une agence de voyages du cours de la Révolution a fait l'objet d'une perquisition de la police judiciaire en octobre 2025². Plusieurs de nos interlocuteurs le décrivent comme un poste avancé de la police chinoise.

Le second site se trouverait à Sétif, dans un dépôt de matériaux appartenant à une entreprise de travaux publics chinoise. Nous n'avons pas pu établir si les autorités algériennes s'y sont intéressées.

Un ouvrier d'un chantier autoroutier de la région de Sétif nous a déclaré avoir été sommé à plusieurs reprises, par des représentants de ce dépôt, de rentrer en Chine pour « régler une affaire de famille ». Il a refusé et travaille toujours en Algérie.

Alger et Pékin ont signé en 2023 un accord de coopération policière portant notamment sur l'échange d'informations.

4.3 Tunisie

À Gabès, une association de travailleurs du complexe chimique a tenu des listes annotées de plusieurs dizaines de ses membres, avec photographies et coordonnées des familles restées en Chine³. Des copies de ces listes ont été remises à l'Observatoire.

Les autorités tunisiennes ont procédé à des vérifications à l'adresse de l'association, sans relever d'activité illégale.

L'ambassade de Chine à Tunis a déclaré à l'Observatoire que ces structures étaient des « centres d'entraide bénévoles » destinés à aider les travailleurs pour leurs formalités consulaires.

¹ Entretiens menés entre mars et novembre 2025.
² Source : procès-verbal consulté par l'Observatoire.
³ Listes datées de juin 2025.

OML · Rapport annuel 2025 · Chapitre 4                        31"""
T049 = wrap_hy(soft(unwrap(T049_BODY), 9), 72)
DOCS.append(dict(name="049-fr-rapport-ong-tableau-annaba-setif-gabes-guangrao-lijin-kenli.txt", text=T049, facts=[
    C("stations", 3, None, "l'Observatoire a documenté trois sites dans deux pays du Maghreb", opt=True,
      claimant="Observatoire Maghreb des libertés"),
    S("DZ", "Annaba", "│ Annaba  │ Algérie │ Guangrao (Dongying)      │", operator="Guangrao", operator_alt=["Dongying"],
      claimant="Observatoire Maghreb des libertés"),
    S("DZ", "Sétif", "│ Sétif   │ Algérie │ Lijin (Dongying)         │", operator="Lijin", operator_alt=["Dongying"],
      claimant="Observatoire Maghreb des libertés", place_alt=["Setif"]),
    S("TN", "Gabès", "│ Gabès   │ Tunisie │ Kenli (Dongying)         │", operator="Kenli", operator_alt=["Dongying"],
      claimant="Observatoire Maghreb des libertés", place_alt=["Gabes"]),
    C("stations", 2, "DZ", "En Algérie, l'Observatoire recense deux sites.", claimant="Observatoire Maghreb des libertés"),
    R("DZ", "investigation", "a fait l'objet d'une perquisition de la police judiciaire en octobre 2025", place="Annaba",
      claimant="Observatoire Maghreb des libertés", date="2025-10"),
    S("DZ", "Annaba", "Plusieurs de nos interlocuteurs le décrivent comme un poste avancé de la police chinoise.",
      claimant="Observatoire Maghreb des libertés", note="above a travel agency, cours de la Révolution"),
    S("DZ", "Sétif", "Le second site se trouverait à Sétif, dans un dépôt de matériaux appartenant à une entreprise de travaux publics chinoise.",
      claimant="Observatoire Maghreb des libertés", place_alt=["Setif"]),
    I("DZ", "persuasion", "avoir été sommé à plusieurs reprises, par des représentants de ce dépôt, de rentrer en Chine",
      place="Sétif", claimant="Observatoire Maghreb des libertés"),
    A("DZ", "security_agreement", "Alger et Pékin ont signé en 2023 un accord de coopération policière", date="2023",
      claimant="Observatoire Maghreb des libertés"),
    I("TN", "surveillance", "une association de travailleurs du complexe chimique a tenu des listes annotées de plusieurs dizaines de ses membres, avec photographies et coordonnées des familles restées en Chine",
      place="Gabès", claimant="Observatoire Maghreb des libertés"),
    R("TN", "investigation", "Les autorités tunisiennes ont procédé à des vérifications à l'adresse de l'association", place="Gabès",
      claimant="Observatoire Maghreb des libertés"),
    R("TN", "no_wrongdoing_found", "sans relever d'activité illégale", place="Gabès", claimant="Observatoire Maghreb des libertés"),
    D("CN", "ces structures étaient des « centres d'entraide bénévoles » destinés à aider les travailleurs pour leurs formalités consulaires",
      claimant="PRC Embassy in Tunisia"),
]))
