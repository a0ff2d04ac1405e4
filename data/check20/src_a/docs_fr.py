"""check20 part A, French documents 021-023 (021 FR, 022 ML/GN, 023 MU)."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 021
T021 = """Cet article est réservé aux abonnés. Déjà abonné ? Se connecter

ENQUÊTE | Société

Au Mans, l'« amicale » qui rendait des comptes à une police chinoise

Derrière la vitrine d'une association de commerçants, une antenne rattachée à un bureau de sécurité publique du Liaoning. Récit d'une affaire qui embarrasse la Sarthe.

Par notre envoyée spéciale au Mans
Publié le 17 septembre 2026 à 06h00, mis à jour à 18h20 · Lecture 14 min.

Le Mans n'est pas une ville que l'on associe à la diaspora chinoise. Ici, on parle des 24 Heures, des rillettes et du tramway. Pourtant, depuis une quinzaine d'années, quelques centaines de familles venues du nord-est de la Chine s'y sont installées, d'abord dans la restauration, puis dans le commerce de gros autour de la zone sud.

Une commerçante arrivée en 2009 se souvient d'avoir ouvert « le deuxième restaurant chinois de la rue ». Aujourd'hui, il y en a sept. Ses enfants sont nés à la maternité de la ville et supportent le club de football local.

Au fil des années, la communauté s'est organisée : une école du samedi pour apprendre le mandarin, un groupe WeChat de plus de huit cents membres, une fête du Nouvel An lunaire soutenue par la mairie.

C'est dans ce paysage qu'est apparue, en 2023, l'« Amicale des commerçants du Nord-Est », installée dans un ancien local de banque près de la gare. Officiellement, elle aidait aux démarches administratives.

Les responsables municipaux que nous avons rencontrés en parlent avec prudence. L'un d'eux, sous couvert d'anonymat, reconnaît n'avoir « jamais vraiment su ce qui s'y passait ».

Les habitants du quartier, eux, voyaient surtout passer des voitures aux vitres teintées le dimanche matin.

Ce local a été perquisitionné le 2 septembre par la DGSI, dans le cadre d'une enquête préliminaire ouverte par le parquet de Paris pour « intelligence avec une puissance étrangère ». Selon des documents consultés par notre rédaction, la structure rendait compte au bureau de la sécurité publique de Xiuyan, un xian autonome mandchou de la province du Liaoning.

Photo : Le local de l'amicale, près de la gare du Mans, le 3 septembre 2026. © Rédaction

« Ils ne m'ont jamais demandé de rentrer. Ils voulaient que j'aie peur. »

Une étudiante de l'université du Mans raconte que, après avoir participé à une veillée pour Hong Kong, elle a été photographiée par deux membres de l'amicale. Quelques jours plus tard, ses parents, à Anshan, ont été convoqués par la police locale, qui leur a montré les clichés. « Ils ne m'ont jamais demandé de rentrer. Ils voulaient que j'aie peur. »

Lire aussi : Espionnage économique : la DGSI alerte les PME de l'Ouest

D'après l'ONG Safeguard Defenders, il existerait au moins six antennes de ce type en France. L'une d'elles se trouverait à Vannes et serait liée à la police de Suizhong, dans la même province.

L'ambassade de Chine à Paris dénonce une « pure invention » et affirme que l'amicale était animée par des bénévoles aidant les ressortissants âgés à renouveler leur permis de conduire.

Mise à jour, 18h20 : le préfet de la Sarthe a prononcé la fermeture administrative du local pour six mois.

Notre envoyée spéciale couvre les questions de société et de migrations dans l'Ouest de la France.

Vous avez aimé cet article ? Recevez notre newsletter « Enquêtes » chaque samedi."""

F021 = [
    R("FR", "investigation", "Ce local a été perquisitionné le 2 septembre par la DGSI", place="Le Mans", date="2026-09-02"),
    R("FR", "investigation", "dans le cadre d'une enquête préliminaire ouverte par le parquet de Paris pour « intelligence avec une puissance étrangère »",
      place="Le Mans"),
    S("FR", "Le Mans", "C'est dans ce paysage qu'est apparue, en 2023, l'« Amicale des commerçants du Nord-Est », installée dans un ancien local de banque près de la gare.",
      date="2023"),
    S("FR", "Le Mans", "Selon des documents consultés par notre rédaction, la structure rendait compte au bureau de la sécurité publique de Xiuyan, un xian autonome mandchou de la province du Liaoning.",
      operator="Xiuyan", operator_alt=["Anshan"]),
    I("FR", "surveillance", "elle a été photographiée par deux membres de l'amicale", place="Le Mans",
      claimant="a student"),
    I("FR", "harassment", "ses parents, à Anshan, ont été convoqués par la police locale, qui leur a montré les clichés",
      claimant="a student"),
    C("stations", 6, "FR", "il existerait au moins six antennes de ce type en France", claimant=SD),
    S("FR", "Vannes", "L'une d'elles se trouverait à Vannes et serait liée à la police de Suizhong, dans la même province.",
      operator="Suizhong", operator_alt=["Huludao"], claimant=SD),
    D("CN", "dénonce une « pure invention » et affirme que l'amicale était animée par des bénévoles aidant les ressortissants âgés à renouveler leur permis de conduire",
      claimant="PRC Embassy in France"),
    R("FR", "closure", "le préfet de la Sarthe a prononcé la fermeture administrative du local pour six mois", place="Le Mans"),
]

# ---------------------------------------------------------------- 022
T022 = """RADIO AFRIQUE CONTINENT — « Le journal du matin », 6 h 30 TU
Transcription du sujet diffusé le 14 octobre 2026 (extrait, 4 min 10)

[Indicatif]

PRÉSENTATRICE : Au Mali, la gendarmerie enquête sur un mystérieux « bureau d'assistance » chinois à Sikasso. Notre correspondant à Bamako.

CORRESPONDANT : Tout part d'une plainte d'un commerçant malien. Le bureau, installé au-dessus d'une quincaillerie du quartier Wayerma, servait, selon lui, de relais à la police chinoise. Les gendarmes de Sikasso y ont fait une descente la semaine dernière et ont saisi des registres. Le parquet a ouvert une enquête. Des cartes de visite retrouvées sur place portent l'en-tête du bureau de la sécurité publique de Changtu, une ville de la province chinoise du Liaoning.

PRÉSENTATRICE : Que faisait ce bureau, concrètement ?

CORRESPONDANT : Un ingénieur chinois d'une mine d'or de la région raconte qu'on l'a « encouragé » à rentrer en Chine pour répondre d'une affaire de dettes. Il a fini par prendre l'avion à Bamako en juillet, de lui-même, dit-il. Il est revenu depuis.

PRÉSENTATRICE : Il y aurait d'autres bureaux de ce genre dans la sous-région ?

CORRESPONDANT : Une ONG basée à Dakar en recense deux en Afrique de l'Ouest. Le second serait à Kankan, en Guinée, et relèverait de la police de Faku, toujours dans le Liaoning. Mais à Conakry, la police nationale affirme n'avoir connaissance d'aucun bureau de ce type à Kankan.

PRÉSENTATRICE : Que dit l'ambassade de Chine ?

CORRESPONDANT : Elle parle d'« allégations sans fondement ». Pour elle, le bureau de Sikasso n'est qu'un point d'entraide tenu par des bénévoles, qui aident les travailleurs chinois à faire renouveler leur passeport et leur permis de conduire.

PRÉSENTATRICE : L'affaire intervient dans un contexte particulier…

CORRESPONDANT : Oui. Le Mali et la Chine ont signé en 2024 un accord de coopération en matière de sécurité, et l'an dernier, des policiers chinois et maliens ont mené pendant un mois des patrouilles conjointes autour des sites miniers de la région de Sikasso. Un élu local s'interroge : « Et si ce bureau n'était que la partie visible ? » Pour l'instant, personne n'a de réponse.

PRÉSENTATRICE : Merci. [Virgule musicale] Place au sport…"""

F022 = [
    S("ML", "Sikasso", "Le bureau, installé au-dessus d'une quincaillerie du quartier Wayerma, servait, selon lui, de relais à la police chinoise.",
      claimant="a Malian trader"),
    R("ML", "investigation", "Les gendarmes de Sikasso y ont fait une descente la semaine dernière et ont saisi des registres.",
      place="Sikasso"),
    R("ML", "investigation", "Le parquet a ouvert une enquête.", place="Sikasso"),
    S("ML", "Sikasso", "Des cartes de visite retrouvées sur place portent l'en-tête du bureau de la sécurité publique de Changtu, une ville de la province chinoise du Liaoning.",
      operator="Changtu", operator_alt=["Tieling"], note="Changtu is a county of Tieling"),
    I("ML", "persuasion", "Un ingénieur chinois d'une mine d'or de la région raconte qu'on l'a « encouragé » à rentrer en Chine pour répondre d'une affaire de dettes.",
      place="Sikasso", claimant="a Chinese mining engineer"),
    C("stations", 2, None, "Une ONG basée à Dakar en recense deux en Afrique de l'Ouest.", opt=True,
      claimant="a Dakar-based NGO", note="regional count over several countries"),
    S("GN", "Kankan", "Le second serait à Kankan, en Guinée, et relèverait de la police de Faku, toujours dans le Liaoning.",
      operator="Faku", operator_alt=["Shenyang"], claimant="a Dakar-based NGO"),
    S("GN", "Kankan", "la police nationale affirme n'avoir connaissance d'aucun bureau de ce type à Kankan", pol="denied",
      opt=True, claimant="Guinean national police"),
    D("CN", "Elle parle d'« allégations sans fondement ». Pour elle, le bureau de Sikasso n'est qu'un point d'entraide tenu par des bénévoles",
      claimant="PRC Embassy in Mali"),
    A("ML", "security_agreement", "Le Mali et la Chine ont signé en 2024 un accord de coopération en matière de sécurité", date="2024"),
    A("ML", "joint_patrol", "des policiers chinois et maliens ont mené pendant un mois des patrouilles conjointes autour des sites miniers de la région de Sikasso",
      date="2025"),
]

# ---------------------------------------------------------------- 023
T023 = """L'ÎLE EN DIRECT · Politique

EN DIRECT — Assemblée nationale : la question privée sur le « commissariat chinois » de Curepipe

Mardi 11 août 2026 · Mis à jour en continu · Actualiser la page

16h02
C'est terminé pour ce direct. Merci de l'avoir suivi. Retrouvez ce soir notre analyse complète et, demain matin, notre vérification de la vidéo qui a lancé l'affaire.

15h47
Réaction de l'ambassade de Chine à Port-Louis, transmise à notre rédaction : le local de Curepipe est un simple « bureau d'entraide » qui aide les commerçants chinois à renouveler leur passeport et leur permis de conduire. « Il n'y a pas de police chinoise à Maurice », ajoute le communiqué.

15h31
Le Premier ministre répond. La Criminal Investigation Division (CID) a bien visité en juin le local associatif de la rue Royale. Selon lui, l'enquête « n'a révélé aucune infraction » et le dossier a été classé. Personne n'a été arrêté.

« Nous ne laisserons aucune puissance étrangère exercer des pouvoirs de police sur notre sol. »

15h18
Le député de la circonscription de Curepipe pose sa question. Il affirme que le local, tenu par des commerçants originaires de l'Anhui, sert d'« antenne » au bureau de la sécurité publique de Mingguang et demande : « Que fera le gouvernement si la police chinoise y envoie des agents ? »

15h05
Rappel du contexte : une vidéo partagée plus de 12 000 fois sur Facebook affirme que « des policiers chinois en uniforme » patrouillent à Curepipe. Aucune image ne le confirme ; la vidéo réutilise des séquences tournées à Hefei en 2019.

14h50
L'ONG Safeguard Defenders a recensé en 2022 cinquante-quatre, puis cent deux de ces « stations » dans le monde. Elle n'en cite aucune à Maurice.

14h30
Bonjour et bienvenue dans ce direct. La séance de l'Assemblée nationale s'ouvre à 15 heures ; la question sur Curepipe est la première à l'ordre du jour.

« Nous ne laisserons aucune puissance étrangère exercer des pouvoirs de police sur notre sol. »

Vous avez une information ? Écrivez-nous. · Newsletter : recevez l'essentiel de l'actualité mauricienne chaque soir."""

F023 = [
    R("MU", "investigation", "La Criminal Investigation Division (CID) a bien visité en juin le local associatif de la rue Royale.",
      place="Curepipe", date="2026-06", claimant="Prime Minister of Mauritius"),
    S("MU", "Curepipe", "Il affirme que le local, tenu par des commerçants originaires de l'Anhui, sert d'« antenne » au bureau de la sécurité publique de Mingguang",
      operator="Mingguang", operator_alt=["Chuzhou"], claimant="a Mauritian MP"),
    R("MU", "no_wrongdoing_found", "l'enquête « n'a révélé aucune infraction » et le dossier a été classé", place="Curepipe",
      claimant="Prime Minister of Mauritius"),
    R("MU", "arrest", "Personne n'a été arrêté.", pol="denied", opt=True, claimant="Prime Minister of Mauritius"),
    C("stations", 54, None, "L'ONG Safeguard Defenders a recensé en 2022 cinquante-quatre, puis cent deux de ces « stations » dans le monde.",
      claimant=SD, date="2022"),
    C("stations", 102, None, "L'ONG Safeguard Defenders a recensé en 2022 cinquante-quatre, puis cent deux de ces « stations » dans le monde.",
      claimant=SD),
    D("CN", "le local de Curepipe est un simple « bureau d'entraide » qui aide les commerçants chinois à renouveler leur passeport et leur permis de conduire",
      claimant="PRC Embassy in Mauritius"),
    S("MU", None, "« Il n'y a pas de police chinoise à Maurice »", pol="denied", opt=True,
      claimant="PRC Embassy in Mauritius"),
]

DOCS = [
    {"name": "021-fr-enquete-maj-le-mans-vannes-xiuyan-suizhong.txt", "text": T021, "facts": F021},
    {"name": "022-fr-radio-transcription-sikasso-kankan-changtu-faku.txt", "text": T022, "facts": F022},
    {"name": "023-fr-direct-assemblee-curepipe-mingguang.txt", "text": T023, "facts": F023},
]
