"""check25 part A, French documents 021-023."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC021 = """Accueil > Société > Sécurité　　　Partager : Facebook | X | WhatsApp

Gagnoa : un local d’une association chinoise perquisitionné, soupçonné d’abriter un « poste de police » de Pékin

Le gouvernement a convoqué l’ambassadeur de Chine à Abidjan

Par notre correspondant régional　|　Publié le 9 avril 2025 à 10h12

Les éléments de la Direction de la surveillance du territoire (DST) ont perquisitionné lundi à Gagnoa les locaux d’une association de commerçants chinois, situés au-dessus d’un magasin de motos dans le quartier Dioulabougou, et une enquête a été ouverte par le parquet. Selon une source sécuritaire, ce local abriterait une « antenne » non déclarée de la police chinoise. Il serait rattaché à la sous-direction Dingcheng du Bureau de la sécurité publique de Changde, dans la province du Hunan, d’après un document saisi lors de la perquisition.

Aucune arrestation n’a été effectuée à ce stade.

Gagnoa, capitale régionale du Gôh, vit au rythme du cacao. Depuis une dizaine d’années, une quarantaine de commerçants chinois s’y sont installés, vendant motos, pièces détachées et téléphones dans le centre-ville.

Légende photo : La rue commerçante de Dioulabougou, à Gagnoa. (Photo : DR)

Un ancien vendeur de pièces détachées raconte qu’en 2023, deux hommes de l’association l’ont conduit de force à l’aéroport Félix-Houphouët-Boigny d’Abidjan et l’ont fait monter dans un avion pour Canton. Il n’est jamais revenu, selon son ancien associé ivoirien.

Lire aussi : Cacao : la campagne intermédiaire démarre avec des prix en hausse

D’après l’ONG Safeguard Defenders, la Côte d’Ivoire en compterait deux. Le second se trouverait à Abengourou et dépendrait de la sous-direction Xian’an de la police de Xianning, dans le Hubei. La police d’Abengourou affirme n’avoir « aucune information » sur un tel bureau.

Le ministre des Affaires étrangères a convoqué mardi l’ambassadeur de Chine. L’ambassade a dénoncé des « allégations sans fondement » : des bénévoles aideraient seulement des ressortissants âgés à renouveler leurs passeports et à faire traduire leurs permis de conduire. « Il n’existe aucun poste de police chinois en Côte d’Ivoire », a-t-elle ajouté.

Mise à jour 18h05 : Le préfet de la région du Gôh a ordonné la fermeture administrative du local de Gagnoa, a-t-on appris auprès de la préfecture. Un conseiller de l’ambassade de Chine a par ailleurs été déclaré persona non grata.

© 2025 Tous droits réservés. Ce site utilise des cookies.
"""

FACTS021 = [
    R("CI", "investigation", "Les éléments de la Direction de la surveillance du territoire (DST) ont perquisitionné lundi à Gagnoa les locaux d’une association de commerçants chinois",
      place="Gagnoa", date="2025-04-07"),
    R("CI", "investigation", "une enquête a été ouverte par le parquet"),
    S("CI", "Gagnoa", "Selon une source sécuritaire, ce local abriterait une « antenne » non déclarée de la police chinoise.",
      claimant="source sécuritaire"),
    S("CI", "Gagnoa", "Il serait rattaché à la sous-direction Dingcheng du Bureau de la sécurité publique de Changde, dans la province du Hunan, d’après un document saisi lors de la perquisition.",
      operator="Dingcheng", operator_alt=["Changde"], claimant="source sécuritaire"),
    R("CI", "arrest", "Aucune arrestation n’a été effectuée à ce stade.", pol="denied", opt=True),
    I("CI", "forced_return", "deux hommes de l’association l’ont conduit de force à l’aéroport Félix-Houphouët-Boigny d’Abidjan et l’ont fait monter dans un avion pour Canton",
      place="Gagnoa", date="2023"),
    C("stations", 2, "CI", "D’après l’ONG Safeguard Defenders, la Côte d’Ivoire en compterait deux.", claimant=SD),
    S("CI", "Abengourou", "Le second se trouverait à Abengourou et dépendrait de la sous-direction Xian’an de la police de Xianning, dans le Hubei.",
      operator="Xian'an", operator_alt=["Xianning", "Xian’an", "Xianan"], claimant=SD),
    S("CI", "Abengourou", "La police d’Abengourou affirme n’avoir « aucune information » sur un tel bureau.",
      claimant="police d’Abengourou", pol="denied", opt=True),
    R("CI", "protest", "Le ministre des Affaires étrangères a convoqué mardi l’ambassadeur de Chine.", date="2025-04-08"),
    D("CN", "L’ambassade a dénoncé des « allégations sans fondement » : des bénévoles aideraient seulement des ressortissants âgés à renouveler leurs passeports et à faire traduire leurs permis de conduire.",
      claimant="Chinese Embassy in Côte d'Ivoire"),
    S("CI", None, "« Il n’existe aucun poste de police chinois en Côte d’Ivoire », a-t-elle ajouté.",
      claimant="Chinese Embassy in Côte d'Ivoire", pol="denied", opt=True),
    R("CI", "protest", "Un conseiller de l’ambassade de Chine a par ailleurs été déclaré persona non grata."),
    R("CI", "closure", "Le préfet de la région du Gôh a ordonné la fermeture administrative du local de Gagnoa", place="Gagnoa"),
]

_022 = """Observatoire des diasporas et des libertés — Rapport annuel 2025　　　　39

CHAPITRE 3
« Postes de police » chinois en France : ce que l’on sait, ce que l’on ignore

3.1 Un phénomène documenté, des chiffres fragiles

L’ONG Safeguard Defenders a recensé cent deux « postes de police » à l’étranger dans cinquante-trois pays¹. En France, les services de renseignement ont identifié au moins cinq structures de ce type, selon une réponse du ministère de l’intérieur à une question écrite publiée le 6 mai 2025². Leur localisation précise n’a pas été rendue publique, à deux exceptions près.

3.2 Caen

Selon des informations de presse que nos enquêteurs ont pu recouper, un local associatif de Caen aurait servi de « poste de police » clandestin pour le compte de la sous-direction Louxing du bureau de la sécurité publique de Loudi, dans le Hunan. Une enquête préliminaire a été ouverte par le parquet de Paris et confiée à la direction générale de la sécurité intérieure (DGSI). Une perquisition a été conduite dans ces locaux en novembre 2024. Aucune interpellation n’est intervenue à ce jour.

Une doctorante chinoise installée à Caen a raconté à nos enquêteurs avoir été incitée à plusieurs reprises, par des appels passés à ses parents au Hunan, à regagner la Chine « pour régler une affaire de bourse ». Elle a refusé et poursuit ses travaux.

3.3 Belfort

Un autre local, à Belfort, aurait été rattaché à la sous-direction Caidian de la police de Wuhan. D’après le ministère, les vérifications conduites par les services de police n’ont mis en évidence aucune infraction pénale².

Tableau 3.1 — Sites signalés en France

┌────────────┬──────────────────────┬──────────────────────────┐
│ Commune    │ Rattachement allégué │ Suites                   │
├────────────┼──────────────────────┼──────────────────────────┤
│ Caen       │ Louxing (Loudi)      │ enquête préliminaire     │
│ Belfort    │ Caidian (Wuhan)      │ aucune infraction        │
│ Albi       │ non précisé          │ réseaux sociaux          │
└────────────┴──────────────────────┴──────────────────────────┘

Des publications sur les réseaux sociaux mentionnent également un local à Albi ; aucun élément n’est venu les corroborer.

3.4 Réactions diplomatiques

Le ministère de l’Europe et des affaires étrangères a convoqué l’ambassadeur de Chine le 28 novembre 2024³. À cette occasion, l’ambassade a indiqué que ces lieux étaient animés par des bénévoles aidant les ressortissants âgés à accomplir des formalités de renouvellement de passeport et d’échange de permis de conduire.

Recommandation 3 : publier une liste des sites identifiés et des suites judiciaires données, dans le respect du secret de l’enquête.

¹ Safeguard Defenders, Patrol and Persuade, décembre 2022.
² Assemblée nationale, question écrite n° 4187, réponse publiée au JO le 6 mai 2025.
³ Communiqué du porte-parole du ministère, 28 novembre 2024.

Rapport annuel 2025　　　　　　　　　　　　　　　　　　　　　　　　　　— 39 —
"""

DOC022 = wrap_hy(soft(_022), 76)

ODL = "Observatoire des diasporas et des libertés"

FACTS022 = [
    C("stations", 102, None, "L’ONG Safeguard Defenders a recensé cent deux « postes de police » à l’étranger dans cinquante-trois pays",
      claimant=SD),
    C("countries", 53, None, "L’ONG Safeguard Defenders a recensé cent deux « postes de police » à l’étranger dans cinquante-trois pays",
      claimant=SD),
    C("stations", 5, "FR", "En France, les services de renseignement ont identifié au moins cinq structures de ce type",
      claimant="Ministère de l'Intérieur"),
    S("FR", "Caen", "un local associatif de Caen aurait servi de « poste de police » clandestin pour le compte de la sous-direction Louxing du bureau de la sécurité publique de Loudi",
      operator="Louxing", operator_alt=["Loudi"], claimant="presse"),
    R("FR", "investigation", "Une enquête préliminaire a été ouverte par le parquet de Paris et confiée à la direction générale de la sécurité intérieure (DGSI).",
      place="Caen"),
    R("FR", "investigation", "Une perquisition a été conduite dans ces locaux en novembre 2024.", date="2024-11", place="Caen"),
    R("FR", "arrest", "Aucune interpellation n’est intervenue à ce jour.", pol="denied", opt=True),
    I("FR", "persuasion", "Une doctorante chinoise installée à Caen a raconté à nos enquêteurs avoir été incitée à plusieurs reprises, par des appels passés à ses parents au Hunan, à regagner la Chine « pour régler une affaire de bourse ». Elle a refusé et poursuit ses travaux.",
      place="Caen"),
    S("FR", "Belfort", "Un autre local, à Belfort, aurait été rattaché à la sous-direction Caidian de la police de Wuhan.",
      operator="Caidian", operator_alt=["Wuhan"], claimant="presse"),
    R("FR", "no_wrongdoing_found", "D’après le ministère, les vérifications conduites par les services de police n’ont mis en évidence aucune infraction pénale",
      claimant="Ministère de l'Intérieur", place="Belfort"),
    S("FR", "Albi", "Des publications sur les réseaux sociaux mentionnent également un local à Albi", claimant="réseaux sociaux",
      opt=True),
    S("FR", "Albi", "aucun élément n’est venu les corroborer", claimant=ODL, pol="denied", opt=True),
    R("FR", "protest", "Le ministère de l’Europe et des affaires étrangères a convoqué l’ambassadeur de Chine le 28 novembre 2024",
      date="2024-11-28"),
    D("CN", "l’ambassade a indiqué que ces lieux étaient animés par des bénévoles aidant les ressortissants âgés à accomplir des formalités de renouvellement de passeport et d’échange de permis de conduire",
      claimant="Chinese Embassy in France"),
]

DOC023 = """Accueil > Régions > Verviers　　　　Temps de lecture : 2 min

Verviers : le nouveau commissariat de quartier ouvre ses portes rue de Heusy

La zone de police Vesdre a inauguré samedi son nouveau commissariat de quartier, installé dans l’ancienne agence bancaire de la rue de Heusy. L’ancien poste de la place du Martyr, jugé vétuste, a définitivement fermé ses portes vendredi.

Le chef de corps a présenté le bilan de l’année écoulée : 102 interventions pour des cambriolages dans le quartier et 53 procès-verbaux pour des dépôts clandestins. « C’est moins qu’en 2023, mais les habitants veulent voir des policiers », a-t-il souligné.

Des patrouilles mixtes avec la police néerlandaise et la police allemande seront à nouveau organisées cet été lors du festival de la Vesdre, dans le cadre d’un accord de coopération transfrontalière renouvelé l’an dernier.

Le nouveau commissariat accueillera aussi une permanence mensuelle pour les nouveaux arrivants, avec des interprètes. Le président de l’association culturelle sino-belge de Verviers, qui tient un restaurant près de la gare, s’en réjouit : beaucoup de ses compatriotes âgés ne savent pas comment échanger leur permis de conduire chinois.

Le commissariat est ouvert du lundi au vendredi, de 8 h à 18 h. En cas d’urgence, composez le 101.

À lire aussi : Le barrage de la Gileppe fête ses 150 ans

Ce site utilise des cookies pour améliorer votre expérience.
"""

DOCS = [
    {"name": "021-fr-ci-actualite-maj-gagnoa-abengourou-dingcheng-xianan.txt", "text": DOC021, "facts": FACTS021},
    {"name": "022-fr-rapport-ong-chapitre-caen-belfort-louxing-caidian.txt", "text": DOC022, "facts": FACTS022},
    {"name": "023-fr-be-actualite-locale-commissariat-verviers.txt", "text": DOC023, "facts": []},
]
