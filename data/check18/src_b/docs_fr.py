"""French documents 041-046 of check18 part B."""
from h import S, C, R, I, A, D, W

DOCS = []

# ---------------------------------------------------------------- 041 AFP wire on a news site, Troyes
T041 = """Accueil › Faits divers › Grand Est

Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus. Tout accepter | Paramétrer

Troyes : un homme en garde à vue dans l'enquête sur un « poste de police » chinois clandestin

Par AFP · Publié le 03/10/2024 à 12h10 · Mis à jour le 03/10/2024 à 19h32

Un homme de 56 ans a été placé en garde à vue jeudi à Troyes dans le cadre d'une enquête préliminaire sur un local soupçonné d'avoir servi d'antenne officieuse à la police chinoise, a-t-on appris de source judiciaire.

[Photo : La façade de l'association, dans le quartier du Vouldy, à Troyes. © AFP]

Les enquêteurs de la DGSI et de la police judiciaire ont perquisitionné mercredi soir les locaux d'une association culturelle sino-française du quartier du Vouldy. Selon le parquet de Troyes, cette structure aurait été ouverte en 2021 à l'initiative de la sous-direction de sécurité publique du district de Wuqing, à Tianjin, et aurait servi à « suivre » des ressortissants chinois installés dans l'Aube.

Lire aussi : Comment la Chine surveille sa diaspora en Europe

Une étudiante chinoise de l'université de technologie de Troyes a indiqué aux enquêteurs avoir été convoquée à deux reprises dans ces locaux, où on l'aurait pressée de rentrer en Chine pour « régler un litige administratif ». Elle a refusé.

« On m'a dit que ma famille serait plus tranquille si je revenais »

D'après une source proche du dossier, au moins quatre structures de ce type auraient été identifiées sur le territoire français depuis 2022. Le parquet n'a pas souhaité confirmer ce chiffre.

Interrogée par l'AFP, l'ambassade de Chine à Paris a dénoncé « des allégations sans fondement », expliquant que l'association aidait « bénévolement » les ressortissants chinois à renouveler leur permis de conduire.

« On m'a dit que ma famille serait plus tranquille si je revenais »

Mise à jour, 19h30 : la préfecture de l'Aube a annoncé la fermeture administrative du local pour une durée de six mois. La garde à vue de l'homme a été levée dans la soirée sans poursuites à ce stade.

Recevez chaque matin l'essentiel de l'actualité du Grand Est. S'inscrire à la newsletter

87 commentaires"""

DOCS.append({"name": "041-fr-depeche-afp-troyes-wuqing.txt", "text": T041, "facts": [
    S("FR", "Troyes", "cette structure aurait été ouverte en 2021 à l'initiative de la sous-direction de sécurité publique du district de Wuqing, à Tianjin", operator="Wuqing", operator_alt=["Tianjin"], claimant="parquet de Troyes", date="2021", note="Troyes in the lead; 'cette structure' carries it; site quartier du Vouldy"),
    R("FR", "arrest", "Un homme de 56 ans a été placé en garde à vue jeudi à Troyes", place="Troyes", date="2024-10-03"),
    R("FR", "investigation", "Les enquêteurs de la DGSI et de la police judiciaire ont perquisitionné mercredi soir les locaux d'une association culturelle sino-française du quartier du Vouldy", place="Troyes"),
    R("FR", "investigation", "dans le cadre d'une enquête préliminaire sur un local soupçonné d'avoir servi d'antenne officieuse à la police chinoise", place="Troyes"),
    I("FR", "persuasion", "avoir été convoquée à deux reprises dans ces locaux, où on l'aurait pressée de rentrer en Chine pour « régler un litige administratif ». Elle a refusé.", place="Troyes"),
    I("FR", "surveillance", "aurait servi à « suivre » des ressortissants chinois installés dans l'Aube", place="Troyes", claimant="parquet de Troyes", opt=True),
    C("stations", 4, "FR", "au moins quatre structures de ce type auraient été identifiées sur le territoire français depuis 2022", claimant="source close to the case"),
    D("CN", "l'ambassade de Chine à Paris a dénoncé « des allégations sans fondement », expliquant que l'association aidait « bénévolement » les ressortissants chinois à renouveler leur permis de conduire", claimant="Embassy of China in Paris"),
    R("FR", "closure", "la préfecture de l'Aube a annoncé la fermeture administrative du local pour une durée de six mois", place="Troyes"),
]})

# ---------------------------------------------------------------- 042 Senate written question, JO, wrapped
T042 = W("""JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE — SÉNAT — Questions écrites — 6 mars 2025    1042

Présence d'un relais de la police chinoise dans le Valenciennois

Question écrite n° 02417 de M. le sénateur du Nord, publiée dans le JO Sénat du 14/11/2024 - page 4380

M. le sénateur attire l'attention de M. le ministre de l'intérieur sur les informations de presse selon lesquelles une association de commerçants installée à Valenciennes servirait, depuis 2020, de relais au bureau de la sécurité publique de la ville de Golmud, dans la province du Qinghai. Selon ces mêmes informations, une seconde structure aurait fonctionné à Douai. Il lui demande quelles vérifications ont été conduites, si des poursuites sont envisagées et s'il entend demander la dissolution de ces associations.

Réponse du Ministère de l'intérieur, publiée dans le JO Sénat du 06/03/2025 - page 1042

Les services du ministère de l'intérieur ont pris connaissance des informations évoquées par l'honorable parlementaire. La direction générale de la sécurité intérieure a conduit des vérifications approfondies concernant l'association établie à Valenciennes, en lien avec la direction interdépartementale de la police nationale du Nord. Ces vérifications n'ont pas permis de caractériser d'infraction pénale ; elles ont toutefois mis en évidence des contacts réguliers entre certains responsables de l'association et des fonctionnaires chinois, qui font l'objet d'un suivi attentif. S'agissant de Douai, la structure mentionnée a cessé ses activités de son propre chef au cours de l'année 2023. Le ministère de l'Europe et des affaires étrangères a par ailleurs fait part à l'ambassade de Chine de la vive préoccupation des autorités françaises. Aucune mesure de dissolution n'est envisagée à ce stade.

JO SÉNAT DU 06/03/2025 — page 1042""", 82)

DOCS.append({"name": "042-fr-question-ecrite-senat-valenciennes-douai-golmud.txt", "text": T042, "facts": [
    S("FR", "Valenciennes", "une association de commerçants installée à Valenciennes servirait, depuis 2020, de relais au bureau de la sécurité publique de la ville de Golmud", operator="Golmud", operator_alt=["Haixi"], claimant="press reports", date="2020", note="premise in the question"),
    S("FR", "Douai", "une seconde structure aurait fonctionné à Douai", claimant="press reports"),
    R("FR", "investigation", "La direction générale de la sécurité intérieure a conduit des vérifications approfondies concernant l'association établie à Valenciennes", place="Valenciennes"),
    R("FR", "no_wrongdoing_found", "Ces vérifications n'ont pas permis de caractériser d'infraction pénale", place="Valenciennes"),
    R("FR", "closure", "la structure mentionnée a cessé ses activités de son propre chef au cours de l'année 2023", place="Douai", date="2023", opt=True),
    R("FR", "protest", "a par ailleurs fait part à l'ambassade de Chine de la vive préoccupation des autorités françaises", opt=True, note="concern conveyed, no summons"),
]})

# ---------------------------------------------------------------- 043 PRC MFA press conference (French version), Kribi
T043 = """Conférence de presse régulière du porte-parole du ministère des Affaires étrangères du 17 avril 2025

Q : Selon un quotidien camerounais, un « poste de police » chinois aurait fonctionné pendant deux ans à Kribi, dans un local loué par une entreprise chinoise du port en eau profonde. Le journal affirme que ce poste dépendait du Bureau de la sécurité publique de la ville de Hohhot et qu'un ouvrier chinois en aurait été renvoyé de force en Chine l'an dernier, escorté jusqu'à l'aéroport de Douala. Les autorités camerounaises ont annoncé l'ouverture d'une enquête. Quel est votre commentaire ?

R : Je ne suis pas au courant de la situation précise que vous évoquez. Ce que je peux vous dire, c'est que la Chine respecte strictement la souveraineté judiciaire des autres pays. Il n'existe pas de soi-disant « postes de police chinois » à l'étranger. Certaines associations de ressortissants offrent bénévolement de l'aide, par exemple pour le renouvellement du permis de conduire, parce que beaucoup de nos compatriotes ne pouvaient pas rentrer pendant la pandémie. Nous espérons que les médias concernés cesseront de faire du battage.

Q : La semaine dernière, le Niger et la Chine ont signé un mémorandum d'entente sur la coopération en matière de sécurité publique. Ce texte prévoit-il des patrouilles conjointes ?

R : Le mémorandum signé à Niamey vise à renforcer la coopération entre les polices des deux pays dans la lutte contre la criminalité transnationale, la formation et l'échange d'informations. Je n'ai pas d'informations sur d'éventuelles patrouilles conjointes.

Q : Une question sur le commerce : le ministère du Commerce a annoncé de nouvelles mesures sur les exportations de terres rares. Pouvez-vous préciser leur calendrier ?

R : Je vous renvoie aux autorités compétentes."""

DOCS.append({"name": "043-fr-conference-presse-mae-kribi-hohhot-niger.txt", "text": T043, "facts": [
    S("CM", "Kribi", "un « poste de police » chinois aurait fonctionné pendant deux ans à Kribi, dans un local loué par une entreprise chinoise du port en eau profonde", operator="Hohhot", claimant="Cameroonian newspaper", note="premise in the question; operator in the next sentence ('ce poste dépendait …')"),
    I("CM", "forced_return", "un ouvrier chinois en aurait été renvoyé de force en Chine l'an dernier, escorté jusqu'à l'aéroport de Douala", place="Kribi", claimant="Cameroonian newspaper", date="2024"),
    R("CM", "investigation", "Les autorités camerounaises ont annoncé l'ouverture d'une enquête.", place="Kribi"),
    D("CN", "Il n'existe pas de soi-disant « postes de police chinois » à l'étranger. Certaines associations de ressortissants offrent bénévolement de l'aide, par exemple pour le renouvellement du permis de conduire", claimant="PRC Ministry of Foreign Affairs"),
    A("NE", "security_agreement", "le Niger et la Chine ont signé un mémorandum d'entente sur la coopération en matière de sécurité publique", date="2025-04"),
]})

# ---------------------------------------------------------------- 044 Q&A explainer (Quebec), Granby and Drummondville
T044 = """Ce qu'il faut savoir sur les « postes de police » chinois au Québec

La GRC confirme enquêter sur deux lieux en Montérégie et dans le Centre-du-Québec. Voici les réponses à vos questions.

Publié le 22 janvier 2025

De quoi parle-t-on, exactement?

Depuis 2022, plusieurs organisations ont décrit des bureaux liés à des corps de police chinois, ouverts dans des locaux d'associations communautaires à l'étranger. Officiellement, ils aident les ressortissants chinois dans des démarches administratives. Selon leurs détracteurs, ils servent aussi à surveiller les dissidents et à faire pression sur certaines personnes pour qu'elles rentrent en Chine.

Où se trouvent ceux du Québec?

La Gendarmerie royale du Canada (GRC) dit s'intéresser à deux sites. L'un est à Granby, au rez-de-chaussée d'un immeuble commercial de la rue Principale. L'autre se trouve à Drummondville. Selon des documents consultés par notre équipe, le premier aurait été mis sur pied par le bureau de la sécurité publique du district de Baodi, à Tianjin, le second par celui de la ville de Bayannur, en Mongolie intérieure.

Combien y en a-t-il au Canada?

Au moins sept, selon la GRC, qui en avait signalé cinq en Ontario et en Colombie-Britannique avant ces deux nouveaux cas.

Que fait la police?

La GRC mène une enquête sur les deux sites québécois. Aucune accusation n'a été déposée pour le moment. Le site de Drummondville a cessé ses activités à l'automne, selon des voisins.

Y a-t-il eu des victimes?

Un commerçant de Granby affirme avoir été photographié lors d'une manifestation pour Hong Kong à Montréal, puis reçu un message lui rappelant que sa mère vivait toujours à Tianjin. La GRC n'a pas voulu commenter ce cas.

Et si je suis moi-même approché?

La GRC invite toute personne qui se sent intimidée à composer son numéro d'urgence national. Une ligne téléphonique multilingue est disponible.

Qu'en dit Pékin?

L'ambassade de Chine à Ottawa qualifie ces accusations de « pure fabrication » et affirme que les associations visées « offrent simplement des services bénévoles à la communauté »."""

DOCS.append({"name": "044-fr-questions-reponses-granby-drummondville-baodi-bayannur.txt", "text": T044, "facts": [
    S("CA", "Granby", "L'un est à Granby, au rez-de-chaussée d'un immeuble commercial de la rue Principale.", operator="Baodi", operator_alt=["Tianjin"], claimant="RCMP", note="'Où se trouvent …' answered with places; operators in a later sentence ('le premier … le second')"),
    S("CA", "Drummondville", "L'autre se trouve à Drummondville.", operator="Bayannur", claimant="RCMP"),
    I(None, "surveillance", "ils servent aussi à surveiller les dissidents", opt=True, note="general description"),
    I(None, "persuasion", "à faire pression sur certaines personnes pour qu'elles rentrent en Chine", opt=True, note="general description"),
    C("stations", 7, "CA", "Au moins sept, selon la GRC", claimant="RCMP"),
    C("stations", 5, "CA", "qui en avait signalé cinq en Ontario et en Colombie-Britannique avant ces deux nouveaux cas", claimant="RCMP", opt=True, note="sub-count"),
    C("stations", 2, "CA", "La Gendarmerie royale du Canada (GRC) dit s'intéresser à deux sites.", claimant="RCMP", opt=True, note="Quebec sub-count"),
    R("CA", "investigation", "La GRC mène une enquête sur les deux sites québécois."),
    R("CA", "arrest", "Aucune accusation n'a été déposée pour le moment.", pol="denied", opt=True),
    R("CA", "closure", "Le site de Drummondville a cessé ses activités à l'automne, selon des voisins.", place="Drummondville", opt=True),
    I("CA", "surveillance", "Un commerçant de Granby affirme avoir été photographié lors d'une manifestation pour Hong Kong à Montréal", place="Granby", claimant="a Granby shopkeeper"),
    I("CA", "harassment", "puis reçu un message lui rappelant que sa mère vivait toujours à Tianjin", place="Granby", claimant="a Granby shopkeeper", opt=True),
    D("CN", "qualifie ces accusations de « pure fabrication » et affirme que les associations visées « offrent simplement des services bénévoles à la communauté »", claimant="Embassy of China in Ottawa"),
]})

# ---------------------------------------------------------------- 045 long-form investigation, Chambéry
T045 = """ENQUÊTE

À Chambéry, l'ombre d'un commissariat venu de Pékin

Des commerçants savoyards d'origine chinoise racontent les pressions subies pendant trois ans. Le parquet a ouvert une enquête.

Par notre envoyée spéciale · Le Dauphiné-Savoie Hebdo · 14 juin 2025 · Réservé aux abonnés

Il y a d'abord le décor : les Charmettes sous la pluie, le château des ducs de Savoie, les arcades de la rue de Boigne. La communauté chinoise de Chambéry n'est pas nombreuse – quelques centaines de personnes, dont beaucoup tiennent des restaurants ou des instituts de beauté – et elle a longtemps vécu sans faire parler d'elle.

Les premiers sont arrivés au début des années 2000, venus pour la plupart du Zhejiang. Leurs enfants fréquentent le lycée Vaugelas, font du ski l'hiver à La Féclaz et parlent français entre eux. « Nous sommes des Savoyards comme les autres », sourit une restauratrice.

C'est pourtant dans cette ville tranquille qu'a fonctionné, de 2021 à 2024, ce que plusieurs témoins décrivent comme une antenne de la police chinoise. Installée dans l'arrière-salle d'une association d'entraide du faubourg Montmélian, elle aurait été pilotée, selon des messages consultés par notre journal, par la sous-direction de sécurité publique du district de Pinggu, à Pékin.

Une coiffeuse de 34 ans raconte qu'en 2023, après avoir signé une pétition en faveur d'un opposant, ses parents restés en Chine ont reçu trois visites de policiers. « Ils voulaient savoir qui je voyais ici. » Un autre témoin affirme que des photos des participants à une veillée pour Tiananmen, en juin 2023, circulaient ensuite dans un groupe WeChat animé par le responsable de l'association.

Saisi par l'avocat de deux plaignants, le parquet de Chambéry a ouvert en mars une enquête préliminaire pour violences psychologiques et atteinte à la vie privée. Aucune audition n'a encore eu lieu, selon nos informations.

Le consulat général de Chine à Lyon n'a pas répondu à nos sollicitations. Le président de l'association, joint par téléphone, dément tout lien avec une quelconque police : « Nous organisons des cours de cuisine et le Nouvel An. C'est tout. »

La vie a repris son cours rue de Boigne. Les restaurants affichent complet le samedi soir, et l'association prépare la fête de la mi-automne.

À lire aussi : Savoie, les saisonniers étrangers en première ligne

L'auteure est journaliste au service Société. Elle a couvert l'immigration dans les Alpes pendant dix ans."""

DOCS.append({"name": "045-fr-enquete-longue-chambery-pinggu.txt", "text": T045, "facts": [
    S("FR", "Chambéry", "C'est pourtant dans cette ville tranquille qu'a fonctionné, de 2021 à 2024, ce que plusieurs témoins décrivent comme une antenne de la police chinoise.", operator="Pinggu", operator_alt=["Beijing"], claimant="witnesses", date="2021", place_alt=["Chambery"], note="'cette ville' = Chambéry; operator in the next sentence"),
    I("FR", "harassment", "ses parents restés en Chine ont reçu trois visites de policiers", place="Chambéry", claimant="a hairdresser", date="2023"),
    I("FR", "surveillance", "des photos des participants à une veillée pour Tiananmen, en juin 2023, circulaient ensuite dans un groupe WeChat animé par le responsable de l'association", place="Chambéry", claimant="a witness", date="2023-06"),
    R("FR", "investigation", "le parquet de Chambéry a ouvert en mars une enquête préliminaire pour violences psychologiques et atteinte à la vie privée", place="Chambéry", date="2025-03"),
    D("FR", "dément tout lien avec une quelconque police : « Nous organisons des cours de cuisine et le Nouvel An. C'est tout. »", claimant="association president", opt=True, note="host-country association's denial"),
]})

# ---------------------------------------------------------------- 046 irrelevant: Poitiers community services
T046 = """Poitiers : une permanence pour aider les familles chinoises dans leurs démarches

La Maison de quartier des Couronneries accueille désormais chaque mercredi une permanence bilingue. Une initiative saluée par la police de proximité.

Par la rédaction locale · 9 septembre 2025

Renouveler un titre de séjour, inscrire un enfant à la cantine, comprendre un avis d'imposition : pour une partie des quelque quatre cents habitants d'origine chinoise de Poitiers, ces démarches restent un casse-tête. Depuis la rentrée, une permanence tenue par deux bénévoles de l'association Pont Poitou-Chine les accompagne gratuitement, chaque mercredi après-midi, à la maison de quartier des Couronneries.

« Beaucoup de parents travaillent dans la restauration et n'ont pas le temps d'apprendre tout le vocabulaire administratif », explique la présidente de l'association, arrivée de Wenzhou il y a vingt ans.

Le commissariat de secteur, qui a tenu l'an dernier une réunion d'information sur les arnaques téléphoniques visant la communauté chinoise, salue l'initiative. Le délégué à la cohésion police-population y tiendra une heure de rencontre une fois par mois. En 2024, la police nationale a enregistré 102 plaintes pour escroquerie dans le quartier, dont 53 liées à de faux appels « de l'ambassade ».

La permanence ne délivre aucun document officiel, précise l'association : pour les passeports et les permis de conduire chinois, il faut toujours s'adresser au consulat général à Paris.

Une convention de partenariat doit être signée en octobre avec la Ville. La permanence de la place du Marché, ouverte à titre d'essai l'an dernier, a fermé en juin faute de fréquentation.

Pratique : mercredi de 14 h à 17 h, maison de quartier des Couronneries. Gratuit."""

DOCS.append({"name": "046-fr-presse-locale-permanence-poitiers.txt", "text": T046, "facts": []})
