"""check19 part A, French documents 021-023."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- 021
T021 = """Nous utilisons des cookies pour améliorer votre expérience. Gérer mes préférences | Tout accepter

Grand Est | Enquête

À Nancy, l'« amicale » qui surveillait les Tibétains

Derrière une association d'entraide, les enquêteurs soupçonnent un relais de la police chinoise. Récit d'une communauté qui vit dans la peur.

Par notre envoyée spéciale à Nancy | Publié le 29 novembre 2026 à 06h00, mis à jour à 17h45
Temps de lecture : 9 min | Article réservé aux abonnés

Le dimanche, dans une salle paroissiale prêtée par la ville, une trentaine de Tibétains se retrouvent pour apprendre la langue aux enfants. Les plus âgés sont arrivés en Lorraine au début des années 2010, après des années passées en Inde ou au Népal. Beaucoup travaillent dans le bâtiment ou la restauration. « Ici, on pensait être tranquilles », dit l'une des mères.

La communauté tibétaine de France compte quelques milliers de personnes, concentrées surtout en Île-de-France. À Nancy, elle s'est constituée en quelques années, au gré des demandes d'asile et des regroupements familiaux.

Tout a changé au printemps, quand un moine installé dans la région a découvert que des photos de lui, prises lors d'un rassemblement place Stanislas pour l'anniversaire du soulèvement de 1959, circulaient sur un groupe de messagerie chinois. Selon les enquêteurs, ces clichés avaient été pris par des membres d'une « amicale des ressortissants » installée dans un local du quartier de la gare.

[Photo : La place Stanislas, à Nancy, où s'est tenu le rassemblement du 10 mars. © DR]

Lire aussi : Tibet, soixante-sept ans d'exil

Ce local a été perquisitionné le 12 novembre par la DGSI, dans le cadre d'une enquête préliminaire ouverte par le parquet de Nancy pour « intelligence avec une puissance étrangère ». D'après des documents saisis et consultés par notre journal, la structure rendait compte, depuis 2022, au bureau de la sécurité publique de Chamdo (Qamdo), une ville de la région autonome du Tibet.

Deux semaines après le rassemblement, les parents d'un jeune Tibétain de Nancy, restés au Tibet, ont reçu la visite de policiers qui leur ont montré les photos de leur fils. « Ils ne lui ont jamais demandé de rentrer. Ils voulaient juste qu'il sache qu'on le voit », raconte un proche.

« Ils voulaient juste qu'il sache qu'on le voit »

L'association « Tibet Libre Lorraine » dit avoir recensé au moins quatre lieux de ce type dans l'Hexagone. Outre Nancy, il en existerait un à Reims, lié selon elle à la police de Shannan, également au Tibet. Aucune plainte n'a été déposée à Reims.

L'ambassade de Chine à Paris qualifie ces accusations de « pure invention ». Les associations de ressortissants, explique-t-elle, aident bénévolement les personnes âgées à renouveler leur permis de conduire chinois et « n'ont aucun lien avec la police ».

Au local, la porte reste close. Sur la boîte aux lettres, le nom de l'amicale a été arraché.

« Ils voulaient juste qu'il sache qu'on le voit »

Mise à jour, 17h45 : le préfet de Meurthe-et-Moselle a ordonné vendredi la fermeture administrative du local pour six mois.

L'auteure : journaliste au service Société, elle suit depuis dix ans les questions de migrations dans le Grand Est.
Vous avez aimé cet article ? Abonnez-vous à notre newsletter.
"""

DOCS.append({"name": "021-fr-enquete-maj-nancy-reims-chamdo-shannan.txt", "text": T021, "facts": [
    I("FR", "surveillance", "ces clichés avaient été pris par des membres d'une « amicale des ressortissants » installée dans un local du quartier de la gare", place="Nancy", claimant="French investigators"),
    R("FR", "investigation", "Ce local a été perquisitionné le 12 novembre par la DGSI, dans le cadre d'une enquête préliminaire ouverte par le parquet de Nancy", place="Nancy"),
    S("FR", "Nancy", "la structure rendait compte, depuis 2022, au bureau de la sécurité publique de Chamdo (Qamdo), une ville de la région autonome du Tibet", operator="Chamdo", operator_alt=["Qamdo", "Changdu"], date="2022", note="the amicale's premises in the station district of Nancy"),
    I("FR", "harassment", "les parents d'un jeune Tibétain de Nancy, restés au Tibet, ont reçu la visite de policiers qui leur ont montré les photos de leur fils", place="Nancy", note="after a rally, no demand to return"),
    C("stations", 4, "FR", "dit avoir recensé au moins quatre lieux de ce type dans l'Hexagone", claimant="Tibet Libre Lorraine"),
    S("FR", "Reims", "il en existerait un à Reims, lié selon elle à la police de Shannan, également au Tibet", operator="Shannan", claimant="Tibet Libre Lorraine"),
    D("CN", "Les associations de ressortissants, explique-t-elle, aident bénévolement les personnes âgées à renouveler leur permis de conduire chinois et « n'ont aucun lien avec la police »", claimant="PRC Embassy in France"),
    R("FR", "closure", "le préfet de Meurthe-et-Moselle a ordonné vendredi la fermeture administrative du local pour six mois", place="Nancy"),
]})

# ---------------------------------------------------------------- 022
T022 = """Conférence de presse régulière du porte-parole du ministère des Affaires étrangères du 28 novembre 2026 (version française)

Porte-parole : Bonjour à tous. Je n'ai pas d'annonce à faire aujourd'hui. Vos questions, s'il vous plaît.

CCTV : Le Forum sur la coopération sino-africaine tiendra sa réunion ministérielle le mois prochain. Pouvez-vous nous donner des détails ?

Porte-parole : Les préparatifs avancent bien. Nous publierons les informations en temps voulu.

Médias 24 : Selon la presse marocaine, la Direction générale de la sûreté nationale a fait fermer la semaine dernière un local de Kénitra présenté comme une association de commerçants chinois, mais qui relevait en réalité du bureau de la sécurité publique de Ziyang, dans le Sichuan. Rabat a ensuite convoqué l'ambassadeur de Chine. Quelle est la réaction de la Chine ?

Porte-parole : La Chine respecte scrupuleusement la souveraineté judiciaire des autres pays. Il n'existe pas de soi-disant « postes de police » chinois à l'étranger. Certains ressortissants chinois, par bonne volonté, aident leurs compatriotes à effectuer des démarches comme le renouvellement du permis de conduire, qui ne peuvent plus se faire en personne à cause de la distance. Ce n'est en rien une activité policière. Nous espérons que les médias concernés cesseront de monter en épingle cette affaire.

Médias 24 : Un site d'information marocain affirme qu'un deuxième local se trouve à Meknès et qu'il est lié au bureau de Meishan. Avez-vous des précisions ?

Porte-parole : J'ai déjà répondu à cette question.

AFP : La Chine et le Maroc envisagent-ils des patrouilles de police conjointes, comme avec d'autres pays ?

Porte-parole : La Chine et le Maroc entretiennent une bonne coopération en matière d'application de la loi. Le mémorandum d'entente sur la coopération en matière de sécurité signé par les deux ministères en 2016 fonctionne bien. Quant à votre question précise, je n'ai pas d'information à ce sujet.

Reuters : Sur un autre sujet, les négociations commerciales avec l'Union européenne…

Porte-parole : …
"""

DOCS.append({"name": "022-fr-conference-presse-mae-kenitra-meknes-ziyang-meishan.txt", "text": T022, "facts": [
    R("MA", "closure", "la Direction générale de la sûreté nationale a fait fermer la semaine dernière un local de Kénitra", place="Kenitra", claimant="Moroccan press"),
    S("MA", "Kenitra", "un local de Kénitra présenté comme une association de commerçants chinois, mais qui relevait en réalité du bureau de la sécurité publique de Ziyang, dans le Sichuan", operator="Ziyang", claimant="Moroccan press", place_alt=["Kénitra"]),
    R("MA", "protest", "Rabat a ensuite convoqué l'ambassadeur de Chine.", claimant="Moroccan press"),
    D("CN", "Il n'existe pas de soi-disant « postes de police » chinois à l'étranger. Certains ressortissants chinois, par bonne volonté, aident leurs compatriotes à effectuer des démarches comme le renouvellement du permis de conduire", claimant="PRC Ministry of Foreign Affairs"),
    S("MA", "Meknes", "Un site d'information marocain affirme qu'un deuxième local se trouve à Meknès et qu'il est lié au bureau de Meishan.", operator="Meishan", claimant="Moroccan news site", place_alt=["Meknès"]),
    A("MA", "security_agreement", "Le mémorandum d'entente sur la coopération en matière de sécurité signé par les deux ministères en 2016 fonctionne bien.", date="2016", claimant="PRC Ministry of Foreign Affairs"),
]})

# ---------------------------------------------------------------- 023 (irrelevant)
T023 = """EN DIRECT — Amarrage de Shenzhou-23 à la station spatiale Tiangong : suivez l'arrivée de l'équipage

Mis à jour à 14h52 | Les derniers posts en premier

14h52
C'est fait : le vaisseau s'est amarré au module central de la station à 14h38 (heure de Paris). Les trois taïkonautes doivent entrer dans la station d'ici deux heures.

14h20
Parmi les 102 expériences que l'équipage doit mener en six mois, une vingtaine ont été proposées par des universités étrangères, venues de 53 pays au total lors de l'appel à candidatures. Une expérience de l'université de Toulouse sur la croissance de cristaux fait partie du lot, dans le cadre d'un accord de coopération signé avec l'agence spatiale chinoise.

13h45
À Jiuquan, la police avait bouclé les routes autour du centre de lancement dès l'aube. Des centaines de curieux se sont massés aux barrages.

13h10
L'ambassade de Chine en France a diffusé un message de félicitations et salué « l'amitié entre les peuples dans l'espace ».

12h30
Petit rappel : la station Tiangong, en orbite depuis 2021, est occupée en permanence. Un ancien module de stockage a été fermé et désorbité l'an dernier.

12h00
Bonjour et bienvenue dans ce direct.
"""

DOCS.append({"name": "023-fr-direct-station-spatiale-tiangong-amarrage.txt", "text": T023, "facts": []})
