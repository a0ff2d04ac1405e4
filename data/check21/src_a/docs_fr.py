"""check21 part A, French documents 021-023."""

from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

# ---------------------------------------------------------------------------------------------
T021 = """Ce site utilise des cookies pour améliorer votre expérience. [J'accepte] [Paramétrer]

RÉGIONS › NAMUR-LUXEMBOURG

Dinant : le bourgmestre ferme une « antenne » chinoise après une perquisition

Publié le 27/05/2025 à 08h15 · Mis à jour à 19h02
Par notre correspondant · 4 min de lecture
Partager : Facebook | X | LinkedIn | E-mail

Le bourgmestre de Dinant a ordonné mardi la fermeture administrative d'un local de la rue
Grande présenté comme un « bureau d'entraide » pour les ressortissants chinois. Selon le
parquet fédéral, il s'agissait en réalité d'une antenne officieuse de la police chinoise.

La police judiciaire fédérale y avait mené une perquisition jeudi dernier, dans le cadre d'une
instruction ouverte pour ingérence. Personne n'a été privé de liberté à ce stade.

« On pensait que c'était pour les papiers », souffle une commerçante voisine.

Le local, coincé entre une friterie et un magasin de souvenirs au pied de la collégiale,
n'ouvrait que le samedi. La petite communauté chinoise de la vallée de la Meuse y faisait
surtout traduire des documents ou renouveler des permis de conduire, selon plusieurs
habitués.

(Photo : la rue Grande, à Dinant, mardi matin. © Notre correspondant)

D'après le parquet, l'antenne relevait du bureau de la sécurité publique du district de
Tongxin, dans la région autonome du Ningxia. Des instructions en provenaient par vidéo, chaque
semaine.

Parmi les faits examinés : un étudiant chinois de Namur aurait été pressé à plusieurs reprises,
dans le local, de « rentrer au pays régler une affaire ». Ses parents, en Chine, auraient aussi
reçu la visite de policiers. L'étudiant est finalement rentré de lui-même en avril, avant de
revenir en Belgique pour ses examens.

« On pensait que c'était pour les papiers », souffle une commerçante voisine.

LIRE AUSSI : Les kayaks de retour sur la Lesse dès ce week-end

Le SPF Affaires étrangères a convoqué l'ambassadeur de Chine lundi. Selon l'ONG Safeguard
Defenders, qui recense plus d'une centaine de ces structures dans le monde, la Belgique en
compterait au moins trois. L'une d'elles se trouverait à Ath, dans le Hainaut, et serait liée
à la police du district de Yongning.

L'ambassade de Chine a dénoncé des « accusations infondées », assurant que le bureau de Dinant
n'était « qu'un point de service bénévole » pour les démarches de permis de conduire.

MISE À JOUR 19h02 : le parquet fédéral précise qu'une vérification a également été menée à
Ath ; elle n'a révélé aucune infraction.

L'AUTEUR — Correspondant en Haute-Meuse depuis 2011.
Recevez chaque matin notre newsletter régionale.
"""

F021 = [
    R("BE", "closure", "Le bourgmestre de Dinant a ordonné mardi la fermeture administrative d'un local de la rue Grande",
      place="Dinant", claimant="mayor of Dinant"),
    S("BE", "Dinant", "Selon le parquet fédéral, il s'agissait en réalité d'une antenne officieuse de la police chinoise.",
      claimant="Belgian federal prosecutor"),
    R("BE", "investigation", "La police judiciaire fédérale y avait mené une perquisition jeudi dernier, dans le cadre d'une instruction ouverte pour ingérence.",
      place="Dinant"),
    R("BE", "arrest", "Personne n'a été privé de liberté à ce stade.", pol="denied", opt=True),
    S("BE", "Dinant", "l'antenne relevait du bureau de la sécurité publique du district de Tongxin",
      operator="Tongxin", operator_alt=["Wuzhong"], claimant="Belgian federal prosecutor"),
    I("BE", "persuasion", "aurait été pressé à plusieurs reprises, dans le local, de « rentrer au pays régler une affaire »",
      place="Dinant", note="student went back himself, since back in Belgium"),
    I("BE", "harassment", "Ses parents, en Chine, auraient aussi reçu la visite de policiers.", opt=True,
      note="pressure on relatives inside a persuasion case"),
    R("BE", "protest", "Le SPF Affaires étrangères a convoqué l'ambassadeur de Chine lundi."),
    C("stations", 100, None, "plus d'une centaine de ces structures dans le monde", claimant=SD, opt=True),
    C("stations", 3, "BE", "la Belgique en compterait au moins trois", claimant=SD),
    S("BE", "Ath", "L'une d'elles se trouverait à Ath, dans le Hainaut, et serait liée à la police du district de Yongning",
      operator="Yongning", operator_alt=["Yinchuan"], claimant=SD),
    D("CN", "le bureau de Dinant n'était « qu'un point de service bénévole »", claimant="PRC Embassy in Belgium",
      note="driving licences"),
    R("BE", "no_wrongdoing_found", "une vérification a également été menée à Ath ; elle n'a révélé aucune infraction",
      place="Ath", claimant="Belgian federal prosecutor"),
]

# ---------------------------------------------------------------------------------------------
T022 = """« FACE À LA NATION » — Transcription de l'émission du dimanche 7 septembre 2025
Chaîne : Télé Lagune Plus (Abidjan) · Durée : 52 min · Extrait

[Générique]

PRÉSENTATRICE : Bonsoir et bienvenue. Ce soir, une affaire qui agite Daloa depuis trois
semaines. Sur notre plateau, un avocat au barreau d'Abidjan, conseil d'une famille de
commerçants chinois, et un chercheur en relations sino-africaines. Maître, on commence avec
vous. Que s'est-il passé ?

L'AVOCAT : Le 18 août, la police criminelle a fait une descente dans un local du quartier
Lobia, à Daloa. Sur l'enseigne : « Bureau de services aux ressortissants chinois ». Le
parquet a ouvert une enquête. Mes clients disent que ce bureau servait à surveiller la
communauté : on y tenait des fiches sur chacun, avec photos et adresses.

PRÉSENTATRICE : Des fiches…

L'AVOCAT : Sur une quarantaine de personnes. Et il y a le cas d'un ouvrier d'une société de
travaux publics, qu'on a conduit de force à l'aéroport d'Abidjan et mis dans un avion pour
Canton. Sa famille ici n'a plus de nouvelles.

PRÉSENTATRICE : Monsieur le chercheur, qui est derrière ce bureau ?

LE CHERCHEUR : D'après les cartes de visite saisies, dont la presse a publié des photos, le
responsable se présentait comme « correspondant du bureau de la sécurité publique du district
de Wulan », dans la province du Qinghai. C'est un district de l'ouest chinois, très loin
d'ici.

PRÉSENTATRICE : Y en a-t-il d'autres en Afrique de l'Ouest ?

LE CHERCHEUR : Les listes de Safeguard Defenders en recensent une dizaine sur le continent.
Pour la sous-région, on cite aussi Sokodé, au Togo, mais là je n'ai aucune confirmation.

PRÉSENTATRICE : L'ambassade de Chine a réagi.

LE CHERCHEUR : Oui, elle parle d'« allégations sans fondement » et explique que le bureau aidait
les ressortissants pour leurs passeports et leurs permis de conduire.

PRÉSENTATRICE : Il faut rappeler le contexte : la Côte d'Ivoire et la Chine ont signé en 2024
un accord de coopération en matière de sécurité intérieure, et des patrouilles mixtes ont eu
lieu en mars sur les chantiers du port de San-Pédro.

LE CHERCHEUR : Exactement, et c'est ce qui rend l'affaire sensible.

PRÉSENTATRICE : Et si l'enquête ne trouvait rien ?

L'AVOCAT : Alors il faudra expliquer à la famille où est leur fils.

[Pause publicitaire]
"""

F022 = [
    R("CI", "investigation", "la police criminelle a fait une descente dans un local du quartier Lobia, à Daloa",
      place="Daloa", date="2025-08-18"),
    S("CI", "Daloa", "Sur l'enseigne : « Bureau de services aux ressortissants chinois ». Le parquet a ouvert une enquête."),
    R("CI", "investigation", "Le parquet a ouvert une enquête.", place="Daloa"),
    I("CI", "surveillance", "ce bureau servait à surveiller la communauté : on y tenait des fiches sur chacun, avec photos et adresses",
      place="Daloa", claimant="lawyer"),
    I("CI", "forced_return", "qu'on a conduit de force à l'aéroport d'Abidjan et mis dans un avion pour Canton",
      place="Daloa", claimant="lawyer"),
    S("CI", "Daloa", "le responsable se présentait comme « correspondant du bureau de la sécurité publique du district de Wulan »",
      operator="Wulan", operator_alt=["Haixi"], claimant="researcher"),
    C("stations", 10, None, "Les listes de Safeguard Defenders en recensent une dizaine sur le continent.",
      claimant=SD, opt=True, note="Africa, several countries"),
    S("TG", "Sokodé", "on cite aussi Sokodé, au Togo, mais là je n'ai aucune confirmation", opt=True,
      note="unconfirmed"),
    D("CN", "elle parle d'« allégations sans fondement » et explique que le bureau aidait les ressortissants",
      claimant="PRC Embassy in Côte d'Ivoire", note="passports and driving licences"),
    A("CI", "security_agreement", "la Côte d'Ivoire et la Chine ont signé en 2024 un accord de coopération en matière de sécurité intérieure",
      date="2024"),
    A("CI", "joint_patrol", "des patrouilles mixtes ont eu lieu en mars sur les chantiers du port de San-Pédro"),
]

# ---------------------------------------------------------------------------------------------
_P023 = """JOURNAL OFFICIEL DU SÉNAT — QUESTIONS ÉCRITES          page 4127
Ingérences : présence d'un « poste de police » chinois en Dordogne
Question écrite n° 04518 de M. le sénateur (Dordogne - Les Républicains) publiée le 13/02/2025
M. le sénateur attire l'attention de M. le ministre de l'intérieur sur les informations de presse selon lesquelles un « poste de police » dépendant du bureau de la sécurité publique du district de Xinghai, dans la province chinoise du Qinghai, fonctionnerait depuis 2023 dans un local asso~ciatif de Périgueux. Selon les mêmes sources, une structure analogue existerait à Niort. Il lui de~mande quelles investi~gations ont été con~duites et, dans l'hypothèse où ces faits seraient avérés, si la fermeture de ces locaux serait ordonnée.
Réponse du Ministère de l'intérieur publiée le 10/07/2025
La direction générale de la sécurité intérieure (DGSI) a procédé, à la suite des informa~tions mentionnées par l'auteur de la question, à des véri~fi~ca~tions concernant l'association établie à Périgueux. Une enquête préliminaire a été ouverte par le parquet de Paris en avril 2025 ; elle est en cours. À ce stade, aucune interpel~lation n'a eu lieu. S'agissant de Niort, les services de police n'ont pas connaissance de l'existence d'une telle structure. Par ailleurs, le ministre de l'Europe et des affaires étrangères a fait part des préoc~cupa~tions des autorités françaises à l'ambassade de Chine, qui a indiqué que l'association de Périgueux se limitait à aider les ressor~tis~sants chinois dans leurs démarches de renouvel~lement de permis de conduire. Le Gouvernement ne se prononce pas sur des hypothèses. Il demeure pleine~ment mobilisé contre toute forme d'ingérence étrangère.
Sénat — Questions écrites — JO du 10/07/2025          page 4127"""

T023 = wrap_hy(soft(_P023), 70)

F023 = [
    S("FR", "Périgueux", "un « poste de police » dépendant du bureau de la sécurité publique du district de Xinghai, dans la province chinoise du Qinghai, fonctionnerait depuis 2023 dans un local associatif de Périgueux",
      operator="Xinghai", operator_alt=["Hainan"], claimant="press reports", date="2023", note="senator's premise"),
    S("FR", "Niort", "une structure analogue existerait à Niort", claimant="press reports"),
    R("FR", "investigation", "Une enquête préliminaire a été ouverte par le parquet de Paris en avril 2025",
      place="Périgueux", date="2025-04", claimant="French Ministry of the Interior"),
    R("FR", "investigation", "La direction générale de la sécurité intérieure (DGSI) a procédé", place="Périgueux",
      claimant="French Ministry of the Interior"),
    R("FR", "arrest", "aucune interpellation n'a eu lieu", pol="denied", opt=True),
    S("FR", "Niort", "les services de police n'ont pas connaissance de l'existence d'une telle structure",
      pol="denied", opt=True, claimant="French police"),
    R("FR", "protest", "a fait part des préoccupations des autorités françaises à l'ambassade de Chine", opt=True),
    D("CN", "l'association de Périgueux se limitait à aider les ressortissants chinois dans leurs démarches",
      claimant="PRC Embassy in France", note="driving-licence renewal"),
]

DOCS = [
    {"name": "021-fr-be-regions-maj-dinant-ath-tongxin-yongning.txt", "text": T021, "facts": F021},
    {"name": "022-fr-ci-transcription-tele-daloa-sokode-wulan.txt", "text": T022, "facts": F022},
    {"name": "023-fr-jo-senat-question-ecrite-perigueux-niort-xinghai.txt", "text": T023, "facts": F023},
]
