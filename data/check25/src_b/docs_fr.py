"""check25 part B, French documents 047-049 (held-out: do not tune on them)."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

AY = ["Anyang"]
CZ = ["Cangzhou"]

DOCS = []

# ---------------------------------------------------------------- 047
DOCS.append({
    "name": "047-fr-ci-actualite-maj-soubre-odienne-neihuang-tangyin.txt",
    "text": """Accueil > Société > Sécurité

Soubré : la police perquisitionne un « poste de police » chinois présumé

Par la Rédaction | Publié le 5 août 2025 à 11h20 | Mis à jour à 18h45

Partager : Facebook | WhatsApp | X

La Direction de la surveillance du territoire (DST) a perquisitionné lundi un local situé au-dessus d'un magasin de pièces détachées de motos, dans le quartier commerçant de Soubré. Selon une ONG européenne, ce local servirait de « poste de police » clandestin à la République populaire de Chine. Le parquet d'Abidjan a ouvert une enquête.

Aucune interpellation n'a eu lieu à ce stade, selon une source proche du dossier.

Capitale mondiale du cacao, Soubré a vu arriver ces dernières années plusieurs dizaines de commerçants chinois, qui vendent motos, téléphones et matériel agricole le long de la route de Gagnoa. Le barrage hydroélectrique construit sur le Sassandra par une entreprise chinoise y a aussi amené des centaines de techniciens.

Photo : la façade du bâtiment perquisitionné, lundi. (DR)

D'après des documents saisis, le local dépendrait du bureau de la sécurité publique du district de Neihuang, dans la ville d'Anyang (province du Henan).

Lire aussi : Cacao, la campagne intermédiaire s'annonce difficile

Un commerçant de matériel agricole installé à Soubré raconte avoir été pressé à plusieurs reprises, l'an dernier, de rentrer en Chine « pour régler une affaire ». Il a fini par partir en novembre, a été interrogé pendant une semaine, puis est revenu en Côte d'Ivoire en janvier.

Selon l'ONG Safeguard Defenders, la Côte d'Ivoire en compterait deux. Le second se trouverait à Odienné et serait rattaché au district de Tangyin, lui aussi à Anyang. La police d'Odienné affirme ne disposer d'aucune information à ce sujet.

L'ambassade de Chine à Abidjan a dénoncé des « allégations sans fondement ». Selon elle, il s'agit de bénévoles qui aident des compatriotes âgés à renouveler leur permis de conduire et leur passeport.

La Côte d'Ivoire et la Chine ont signé en 2022 un accord de coopération en matière de sécurité intérieure.

MISE À JOUR, 18h45 : Le ministère des Affaires étrangères a convoqué l'ambassadeur de Chine. Par ailleurs, le préfet du département de Soubré a ordonné la fermeture administrative du local.

© 2025 – Tous droits réservés | Ce site utilise des cookies
""",
    "facts": [
        R("CI", "investigation", "La Direction de la surveillance du territoire (DST) a perquisitionné lundi un local situé au-dessus d'un magasin de pièces détachées de motos, dans le quartier commerçant de Soubré.",
          place="Soubré", date="2025-08-04"),
        S("CI", "Soubré", "Selon une ONG européenne, ce local servirait de « poste de police » clandestin à la République populaire de Chine.",
          claimant="Safeguard Defenders", place_alt=["Soubre"]),
        R("CI", "investigation", "Le parquet d'Abidjan a ouvert une enquête.", claimant="parquet d'Abidjan"),
        R("CI", "arrest", "Aucune interpellation n'a eu lieu à ce stade", pol="denied", opt=True),
        S("CI", "Soubré", "D'après des documents saisis, le local dépendrait du bureau de la sécurité publique du district de Neihuang, dans la ville d'Anyang (province du Henan).",
          operator="Neihuang", operator_alt=AY, claimant="seized documents", place_alt=["Soubre"]),
        I("CI", "persuasion", "raconte avoir été pressé à plusieurs reprises, l'an dernier, de rentrer en Chine « pour régler une affaire ». Il a fini par partir en novembre, a été interrogé pendant une semaine, puis est revenu en Côte d'Ivoire en janvier.",
          place="Soubré"),
        C("stations", 2, "CI", "Selon l'ONG Safeguard Defenders, la Côte d'Ivoire en compterait deux.", claimant="Safeguard Defenders"),
        S("CI", "Odienné", "Le second se trouverait à Odienné et serait rattaché au district de Tangyin, lui aussi à Anyang.",
          operator="Tangyin", operator_alt=AY, claimant="Safeguard Defenders", place_alt=["Odienne"]),
        S("CI", "Odienné", "La police d'Odienné affirme ne disposer d'aucune information à ce sujet.", pol="denied", opt=True,
          claimant="police d'Odienné", place_alt=["Odienne"]),
        D("CN", "L'ambassade de Chine à Abidjan a dénoncé des « allégations sans fondement ». Selon elle, il s'agit de bénévoles qui aident des compatriotes âgés à renouveler leur permis de conduire et leur passeport.",
          claimant="Chinese Embassy in Côte d'Ivoire"),
        A("CI", "security_agreement", "La Côte d'Ivoire et la Chine ont signé en 2022 un accord de coopération en matière de sécurité intérieure.",
          date="2022"),
        R("CI", "protest", "Le ministère des Affaires étrangères a convoqué l'ambassadeur de Chine."),
        R("CI", "closure", "le préfet du département de Soubré a ordonné la fermeture administrative du local.", place="Soubré"),
    ],
})

# ---------------------------------------------------------------- 048
_t048 = unwrap(soft("""ASSEMBLÉE NATIONALE — 17e législature

Question écrite n° 4817 publiée au JO le 11/03/2025 page 1602
Réponse publiée au JO le 27/05/2025 page 3911

Rubrique : sécurité des biens et des personnes
Titre : Postes de police chinois clandestins en Moselle et dans le Doubs

Texte de la question

Une députée attire l'attention de M. le ministre de l'intérieur sur les informations selon lesquelles un local associatif du centre-ville de Thionville abriterait un poste de police chinois clandestin, placé sous l'autorité du bureau de la sécurité publique du district de Wuqiao (ville de Cangzhou, province du Hebei), et un second local à Montbéliard dépendrait du district de Dongguang de la même ville. Elle lui demande quelles suites ont été données à ces informations.

Texte de la réponse

Le Gouvernement attache la plus grande importance à la protection des communautés étrangères établies en France contre toute forme d'ingérence.

Une enquête préliminaire a été ouverte par le parquet de Metz, sous la direction duquel la direction générale de la sécurité intérieure (DGSI) a procédé le 4 février 2025 à une perquisition dans le local de Thionville. À ce stade, aucune personne n'a été placée en garde à vue.

Par arrêté du 14 février 2025, le préfet de la Moselle a prononcé la fermeture administrative de ce local.

S'agissant de Montbéliard, les vérifications conduites par les services de police n'ont mis en évidence aucune infraction.

Les services de renseignement estiment qu'au moins quatre structures de ce type ont été actives sur le territoire national.

Une étudiante domiciliée à Thionville a signalé qu'après sa participation à un rassemblement à Strasbourg, ses parents avaient reçu la visite de policiers à Cangzhou, sans qu'il lui soit demandé de rentrer.

Des messages diffusés sur les réseaux sociaux évoquant un local similaire à Sète n'ont pu être corroborés ; les services de police n'en ont aucune connaissance.

Le ministère de l'Europe et des affaires étrangères a convoqué l'ambassadeur de Chine en France le 6 février 2025.

Les autorités chinoises ont indiqué qu'il s'agirait de bénévoles aidant des ressortissants âgés à renouveler leur permis de conduire et à obtenir des certificats de vie pour leur pension.
"""))

DOCS.append({
    "name": "048-fr-question-ecrite-thionville-montbeliard-wuqiao-dongguang.txt",
    "text": wrap_hy(_t048, 72),
    "facts": [
        S("FR", "Thionville", "un local associatif du centre-ville de Thionville abriterait un poste de police chinois clandestin, placé sous l'autorité du bureau de la sécurité publique du district de Wuqiao (ville de Cangzhou, province du Hebei)",
          operator="Wuqiao", operator_alt=CZ, claimant="députée"),
        S("FR", "Montbéliard", "un second local à Montbéliard dépendrait du district de Dongguang de la même ville.",
          operator="Dongguang", operator_alt=CZ, claimant="députée", place_alt=["Montbeliard"]),
        R("FR", "investigation", "Une enquête préliminaire a été ouverte par le parquet de Metz, sous la direction duquel la direction générale de la sécurité intérieure (DGSI) a procédé le 4 février 2025 à une perquisition dans le local de Thionville.",
          place="Thionville", date="2025-02-04", claimant="Gouvernement"),
        R("FR", "arrest", "À ce stade, aucune personne n'a été placée en garde à vue.", pol="denied", opt=True, claimant="Gouvernement"),
        R("FR", "closure", "Par arrêté du 14 février 2025, le préfet de la Moselle a prononcé la fermeture administrative de ce local.",
          place="Thionville", date="2025-02-14"),
        R("FR", "no_wrongdoing_found", "S'agissant de Montbéliard, les vérifications conduites par les services de police n'ont mis en évidence aucune infraction.",
          place="Montbéliard", claimant="Gouvernement"),
        C("stations", 4, "FR", "au moins quatre structures de ce type ont été actives sur le territoire national.", claimant="Gouvernement"),
        I("FR", "harassment", "après sa participation à un rassemblement à Strasbourg, ses parents avaient reçu la visite de policiers à Cangzhou, sans qu'il lui soit demandé de rentrer.",
          place="Thionville"),
        S("FR", "Sète", "Des messages diffusés sur les réseaux sociaux évoquant un local similaire à Sète n'ont pu être corroborés ;",
          opt=True, claimant="social media", place_alt=["Sete"]),
        S("FR", "Sète", "les services de police n'en ont aucune connaissance.", pol="denied", opt=True, claimant="Gouvernement",
          place_alt=["Sete"]),
        R("FR", "protest", "Le ministère de l'Europe et des affaires étrangères a convoqué l'ambassadeur de Chine en France le 6 février 2025.",
          date="2025-02-06"),
        D("CN", "Les autorités chinoises ont indiqué qu'il s'agirait de bénévoles aidant des ressortissants âgés à renouveler leur permis de conduire et à obtenir des certificats de vie pour leur pension.",
          claimant="Chinese authorities"),
    ],
})

# ---------------------------------------------------------------- 049
DOCS.append({
    "name": "049-fr-mu-podcast-vacoas-quatre-bornes-yaohai-jinghu.txt",
    "text": """« L'ÎLE EN QUESTIONS » — le podcast de l'actualité mauricienne
Épisode 112 : Un « poste de police » chinois à Vacoas ?
Transcription (générée automatiquement, relue par la rédaction)

[00:00] ANIMATRICE : Bonjour à toutes et à tous, bienvenue dans L'île en questions. Cette semaine, on parle d'une affaire qui agite Vacoas depuis quinze jours. Avec moi, notre journaliste police-justice. Bonjour.

[00:14] JOURNALISTE : Bonjour.

[00:16] ANIMATRICE : Alors, qu'est-ce qui s'est passé ?

[00:18] JOURNALISTE : Le 9 septembre, la Central Criminal Investigation Division, la CCID, a perquisitionné un local au premier étage d'un immeuble sur la route Royale, à Vacoas. Officiellement, c'était le siège d'une association culturelle sino-mauricienne. Mais selon les enquêteurs, ce local aurait servi de « poste de police » à la Chine. Une enquête est ouverte.

[00:42] ANIMATRICE : Il y a eu des arrestations ?

[00:44] JOURNALISTE : Oui, un homme de 49 ans a été arrêté et inculpé provisoirement. Il a été libéré sous caution.

[00:51] ANIMATRICE : Et ce « poste », il dépendait de qui ?

[00:53] JOURNALISTE : D'après un document saisi, il relèverait du bureau de la sécurité publique du district de Yaohai, à Hefei, dans la province de l'Anhui.

[01:06] ANIMATRICE : On a des témoignages ?

[01:08] JOURNALISTE : Un ouvrier du textile, qui travaille dans une usine de Vacoas, m'a raconté qu'on l'appelait régulièrement pour lui dire de rentrer en Chine « régler un dossier ». Il a refusé. Il est toujours à Maurice.

[01:22] — PAUSE PUBLICITAIRE —

[01:50] ANIMATRICE : On est de retour. Est-ce que c'est un cas isolé ?

[01:53] JOURNALISTE : Selon Safeguard Defenders, il y en aurait deux à Maurice. Le deuxième serait à Quatre-Bornes, et serait lié au district de Jinghu, à Wuhu. La police de Quatre-Bornes dit n'avoir aucune information.

[02:10] ANIMATRICE : Et du côté du gouvernement ?

[02:12] JOURNALISTE : Le ministère des Affaires étrangères a convoqué l'ambassadeur de Chine la semaine dernière.

[02:18] ANIMATRICE : Et la Chine ?

[02:20] JOURNALISTE : L'ambassade parle d'« accusations infondées ». Elle affirme qu'il n'existe aucun poste de police chinois à Maurice, et que ce sont des bénévoles qui aident des compatriotes âgés à renouveler leur passeport et leur permis.

[02:35] ANIMATRICE : Et si l'enquête confirmait tout ça, l'île pourrait expulser des diplomates ?

[02:39] JOURNALISTE : Personne ne veut se prononcer sur cette hypothèse pour l'instant.

[02:44] ANIMATRICE : Merci. C'était L'île en questions. Abonnez-vous, et à la semaine prochaine.
""",
    "facts": [
        R("MU", "investigation", "la Central Criminal Investigation Division, la CCID, a perquisitionné un local au premier étage d'un immeuble sur la route Royale, à Vacoas.",
          place="Vacoas", date="2025-09-09"),
        S("MU", "Vacoas", "Mais selon les enquêteurs, ce local aurait servi de « poste de police » à la Chine.",
          claimant="enquêteurs", place_alt=["Vacoas-Phoenix"]),
        R("MU", "arrest", "un homme de 49 ans a été arrêté et inculpé provisoirement."),
        S("MU", "Vacoas", "D'après un document saisi, il relèverait du bureau de la sécurité publique du district de Yaohai, à Hefei, dans la province de l'Anhui.",
          operator="Yaohai", operator_alt=["Hefei"], claimant="seized document", place_alt=["Vacoas-Phoenix"]),
        I("MU", "persuasion", "on l'appelait régulièrement pour lui dire de rentrer en Chine « régler un dossier ». Il a refusé.",
          place="Vacoas"),
        C("stations", 2, "MU", "Selon Safeguard Defenders, il y en aurait deux à Maurice.", claimant="Safeguard Defenders"),
        S("MU", "Quatre Bornes", "Le deuxième serait à Quatre-Bornes, et serait lié au district de Jinghu, à Wuhu.",
          operator="Jinghu", operator_alt=["Wuhu"], claimant="Safeguard Defenders", place_alt=["Quatre-Bornes"]),
        S("MU", "Quatre Bornes", "La police de Quatre-Bornes dit n'avoir aucune information.", pol="denied", opt=True,
          claimant="police de Quatre-Bornes", place_alt=["Quatre-Bornes"]),
        R("MU", "protest", "Le ministère des Affaires étrangères a convoqué l'ambassadeur de Chine la semaine dernière."),
        D("CN", "L'ambassade parle d'« accusations infondées ». Elle affirme qu'il n'existe aucun poste de police chinois à Maurice, et que ce sont des bénévoles qui aident des compatriotes âgés à renouveler leur passeport et leur permis.", claimant="Chinese Embassy in Mauritius"),
        S("MU", None, "Elle affirme qu'il n'existe aucun poste de police chinois à Maurice", pol="denied", opt=True,
          claimant="Chinese Embassy in Mauritius"),
    ],
})
