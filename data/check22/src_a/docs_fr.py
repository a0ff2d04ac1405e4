"""check22 part A, French documents 021-023."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 021
T021 = """Article réservé aux abonnés

ENQUÊTE | Occitanie

À Montauban, l'étrange « antenne » d'une association chinoise

Derrière une vitrine de la rue de la République, une association d'entraide aurait servi de relais à la police d'une lointaine province chinoise. La DGSI a perquisitionné les lieux en octobre.

Par notre envoyée spéciale à Montauban · Publié le 29 novembre 2026 à 06h00, mis à jour à 18h47 · Lecture 9 min.

Le matin, la rue s'éveille lentement. Le boulanger sort ses plaques, le fleuriste arrose ses bacs, et derrière une vitrine couverte de calligraphies rouges, une femme passe la serpillière sur un carrelage beige. L'association d'entraide des ressortissants chinois du Tarn-et-Garonne y tient permanence trois après-midi par semaine.

Montauban compte quelques centaines de personnes d'origine chinoise, pour la plupart arrivées dans les années 2000 pour travailler dans les vergers de la vallée du Tarn ou dans la restauration. « On se connaît tous », résume un restaurateur installé près de la place Nationale.

C'est pourtant ici que, le 14 octobre, les enquêteurs de la DGSI ont perquisitionné les locaux de l'association, dans le cadre d'une enquête préliminaire ouverte par le parquet de Paris. Selon l'organisation de défense des droits humains Safeguard Defenders, l'association servirait d'antenne à la police de Xunyang, un district de la province du Shaanxi.

« On se connaît tous »

Personne n'a été interpellé à ce stade, selon une source proche du dossier.

Une étudiante de l'université de Toulouse, originaire du Shaanxi, raconte avoir publié en juin, sur un réseau social, une photo d'un rassemblement. Trois semaines plus tard, ses parents ont reçu la visite de deux policiers qui leur ont demandé « qui elle fréquentait en France ». Personne ne lui a demandé de rentrer, précise-t-elle. « Ils voulaient que j'aie peur. »

Lire aussi : Dans les vergers du Tarn, la saison des pommes sauvée par les saisonniers

Safeguard Defenders recense au moins trois antennes de ce type en Occitanie. Une autre se trouverait à Agen, de l'autre côté de la limite régionale, et serait rattachée à la police de Shiquan, également dans le Shaanxi. La préfecture de Lot-et-Garonne assure n'avoir « aucun élément » en ce sens.

Le Quai d'Orsay a convoqué l'ambassadeur de Chine le 20 octobre, a confirmé le ministère. Paris n'est pas la première capitale à réagir : dès 2022, les Pays-Bas et l'Irlande avaient fait fermer des antennes similaires, et le Canada avait ouvert une enquête.

L'ambassade, elle, dément. Les bénévoles de l'association aideraient simplement des compatriotes âgés à renouveler leur permis de conduire chinois à distance, affirme-t-elle dans une réponse écrite.

Mise à jour, 18h47 : le préfet de Tarn-et-Garonne a ordonné ce vendredi la fermeture administrative des locaux de l'association pour une durée de six mois.

L'auteure est journaliste au service International, spécialiste de la diaspora chinoise en Europe.

Recevez chaque matin notre newsletter « L'Essentiel ». S'inscrire"""

D021 = {"name": "021-fr-investigation-update-montauban-agen-xunyang-shiquan.txt", "text": T021, "facts": [
    R("FR", "investigation", "les enquêteurs de la DGSI ont perquisitionné les locaux de l'association, dans le cadre d'une enquête préliminaire ouverte par le parquet de Paris", place="Montauban", claimant="DGSI", date="2026-10-14"),
    S("FR", "Montauban", "C'est pourtant ici que, le 14 octobre, les enquêteurs de la DGSI ont perquisitionné les locaux de l'association, dans le cadre d'une enquête préliminaire ouverte par le parquet de Paris. Selon l'organisation de défense des droits humains Safeguard Defenders, l'association servirait d'antenne à la police de Xunyang, un district de la province du Shaanxi", operator="Xunyang", operator_alt=["Ankang"], claimant=SD),
    R("FR", "arrest", "Personne n'a été interpellé à ce stade", pol="denied", opt=True),
    I("FR", "harassment", "ses parents ont reçu la visite de deux policiers qui leur ont demandé « qui elle fréquentait en France ». Personne ne lui a demandé de rentrer", claimant="a student at the University of Toulouse"),
    C("stations", 3, "FR", "Safeguard Defenders recense au moins trois antennes de ce type en Occitanie", claimant=SD, note="scoped to Occitanie"),
    S("FR", "Agen", "Une autre se trouverait à Agen, de l'autre côté de la limite régionale, et serait rattachée à la police de Shiquan, également dans le Shaanxi", operator="Shiquan", operator_alt=["Ankang"], claimant=SD),
    S("FR", "Agen", "La préfecture de Lot-et-Garonne assure n'avoir « aucun élément » en ce sens", claimant="préfecture de Lot-et-Garonne", pol="denied", opt=True),
    R("FR", "protest", "Le Quai d'Orsay a convoqué l'ambassadeur de Chine le 20 octobre", claimant="French Ministry of Foreign Affairs", date="2026-10-20"),
    R("NL", "closure", "dès 2022, les Pays-Bas et l'Irlande avaient fait fermer des antennes similaires", date="2022"),
    R("IE", "closure", "dès 2022, les Pays-Bas et l'Irlande avaient fait fermer des antennes similaires", date="2022"),
    R("CA", "investigation", "le Canada avait ouvert une enquête", date="2022"),
    S("NL", None, "les Pays-Bas et l'Irlande avaient fait fermer des antennes similaires", opt=True, note="host named without a place"),
    S("IE", None, "les Pays-Bas et l'Irlande avaient fait fermer des antennes similaires", opt=True, note="host named without a place"),
    D("CN", "L'ambassade, elle, dément. Les bénévoles de l'association aideraient simplement des compatriotes âgés à renouveler leur permis de conduire chinois à distance", claimant="PRC Embassy in France"),
    R("FR", "closure", "le préfet de Tarn-et-Garonne a ordonné ce vendredi la fermeture administrative des locaux de l'association pour une durée de six mois", place="Montauban", claimant="préfet de Tarn-et-Garonne"),
]}

# ---------------------------------------------------------------- 022
T022 = """CANAL ÉQUATEUR TV — « Le Grand Débat » — transcription de l'émission du 30 novembre 2026

[Générique]

PRÉSENTATRICE : Bonsoir et bienvenue. Ce soir, une affaire qui fait grand bruit : la police camerounaise a mené jeudi une descente dans un bureau d'une association de commerçants chinois à Bamenda. Une enquête a été ouverte. Autour de la table, un journaliste d'investigation, une avocate spécialiste des droits humains et un ancien commissaire de police. Monsieur le journaliste, de quoi parle-t-on ?

JOURNALISTE : On parle d'un bureau qui, selon les documents saisis, serait lié au bureau de la sécurité publique de Luoping, un district de la province chinoise du Yunnan. Officiellement, c'est une association d'entraide. En réalité, d'après le rapport de Safeguard Defenders, ce serait l'un des deux postes de ce type au Cameroun.

PRÉSENTATRICE : Deux ? Où est l'autre ?

JOURNALISTE : À Maroua, dans l'Extrême-Nord. Le rapport le relie à la police de Jinggu, toujours dans le Yunnan. Mais la police régionale dit qu'elle ne sait rien d'un tel bureau à Maroua.

PRÉSENTATRICE : Maître, y a-t-il des victimes ?

AVOCATE : Il y a au moins un cas que je connais bien. Un ouvrier chinois d'un chantier routier près de Bamenda a été conduit en août à l'aéroport de Douala par deux hommes et mis dans un avion pour Kunming. Il n'a pas pu prévenir sa famille ici.

PRÉSENTATRICE : Monsieur le commissaire, des arrestations ?

ANCIEN COMMISSAIRE : Pour l'instant, personne n'a été arrêté, à ma connaissance. Mais il faut savoir que le Cameroun et la Chine ont signé en 2024 un accord de coopération en matière de sécurité intérieure. Et il existe depuis l'an dernier des patrouilles mixtes sino-camerounaises sur certains grands chantiers, pour protéger les ouvriers.

PRÉSENTATRICE : Et si l'enquête ne débouchait sur rien ?

ANCIEN COMMISSAIRE : Alors on aura au moins posé les questions.

PRÉSENTATRICE : Nous avons sollicité l'ambassade de Chine. Dans une déclaration, elle affirme que le bureau de Bamenda est un simple bureau d'entraide qui aide les ressortissants chinois à faire renouveler leur passeport.

[Pause publicitaire]

PRÉSENTATRICE : Merci à nos invités. Bonne soirée.

[Générique de fin]"""

D022 = {"name": "022-fr-cm-tv-debate-transcript-bamenda-maroua-luoping-jinggu.txt", "text": T022, "facts": [
    R("CM", "investigation", "la police camerounaise a mené jeudi une descente dans un bureau d'une association de commerçants chinois à Bamenda. Une enquête a été ouverte", place="Bamenda", claimant="Cameroonian police"),
    S("CM", "Bamenda", "On parle d'un bureau qui, selon les documents saisis, serait lié au bureau de la sécurité publique de Luoping, un district de la province chinoise du Yunnan", operator="Luoping", operator_alt=["Qujing"], claimant="seized documents", note="the Bamenda office of the presenter's question"),
    S("CM", "Bamenda", "d'après le rapport de Safeguard Defenders, ce serait l'un des deux postes de ce type au Cameroun", claimant=SD),
    C("stations", 2, "CM", "ce serait l'un des deux postes de ce type au Cameroun", claimant=SD),
    S("CM", "Maroua", "À Maroua, dans l'Extrême-Nord. Le rapport le relie à la police de Jinggu, toujours dans le Yunnan", operator="Jinggu", operator_alt=["Pu'er", "Puer"], claimant=SD),
    S("CM", "Maroua", "la police régionale dit qu'elle ne sait rien d'un tel bureau à Maroua", claimant="regional police", pol="denied", opt=True),
    I("CM", "forced_return", "Un ouvrier chinois d'un chantier routier près de Bamenda a été conduit en août à l'aéroport de Douala par deux hommes et mis dans un avion pour Kunming", claimant="a human-rights lawyer"),
    R("CM", "arrest", "personne n'a été arrêté, à ma connaissance", claimant="a former police commissioner", pol="denied", opt=True),
    A("CM", "security_agreement", "le Cameroun et la Chine ont signé en 2024 un accord de coopération en matière de sécurité intérieure", claimant="a former police commissioner", date="2024"),
    A("CM", "joint_patrol", "il existe depuis l'an dernier des patrouilles mixtes sino-camerounaises sur certains grands chantiers", claimant="a former police commissioner"),
    D("CN", "elle affirme que le bureau de Bamenda est un simple bureau d'entraide qui aide les ressortissants chinois à faire renouveler leur passeport", claimant="PRC Embassy in Cameroon"),
]}

# ---------------------------------------------------------------- 023 (irrelevant)
T023 = """Accueil > Actualités > Faits divers et sécurité

Le poste de police municipale du quartier de la gare rouvre ses portes

Publié le 27/11/2026 à 17h15 · Par la rédaction locale

Fermé depuis près de deux ans pour travaux, le poste de police municipale du quartier de la gare a rouvert lundi dans des locaux rénovés, à l'angle de l'avenue Jean-Jaurès. L'ancien local provisoire, installé dans un préfabriqué près du parking, a été fermé le même jour.

Une convention de coordination signée avec la gendarmerie prévoit désormais des patrouilles conjointes le soir et le week-end autour de la gare et du marché couvert.

Depuis le début de l'année, les policiers municipaux sont intervenus 102 fois dans le secteur et ont dressé 53 procès-verbaux, principalement pour stationnement gênant et dépôts sauvages.

Les commerçants du quartier, dont plusieurs restaurateurs et épiciers d'origine chinoise et vietnamienne, saluent le retour d'une présence quotidienne. « Le soir, les clients se sentent plus tranquilles », témoigne le gérant d'un traiteur asiatique.

Le poste accueille aussi le public pour des démarches simples : objets trouvés, déclarations de perte, informations sur l'échange d'un permis de conduire étranger, pour lesquelles les agents orientent vers la préfecture.

Horaires : du lundi au samedi, de 8 heures à 19 heures.

À lire aussi : Marché de Noël : le programme des animations

Réagir · Partager · Recevez nos alertes info"""

D023 = {"name": "023-fr-local-news-municipal-police-post-reopens.txt", "text": T023, "facts": []}

DOCS = [D021, D022, D023]
