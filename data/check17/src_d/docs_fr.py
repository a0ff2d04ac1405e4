"""check17 part D, French documents 040-045 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# ---------------------------------------------------------------- 040
T040 = """Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés. Accepter | Paramétrer | Continuer sans accepter

Accueil > France > Centre-Val de Loire

Orléans : un local associatif soupçonné d'abriter une « antenne » de la police chinoise

Par la rédaction avec AFP
Publié le 14/03/2024 à 11h52 · Mis à jour le 14/03/2024 à 18h40

Le parquet d'Orléans a ouvert une enquête préliminaire, confiée à la DGSI, sur un local associatif du quartier de La Source soupçonné de servir de poste de police officieux pour le compte de Pékin, a-t-on appris jeudi de source judiciaire.

La façade du local, mardi, après le départ des enquêteurs. © AFP

Les lieux, qui proposaient officiellement des cours de calligraphie et une permanence d'aide aux démarches administratives, ont été perquisitionnés mardi matin. Aucune interpellation n'a eu lieu à ce stade, selon la même source.

D'après un document consulté par l'AFP, la structure aurait été mise sur pied en 2019 par le bureau de la sécurité publique de Qiqihar, une ville de la province du Heilongjiang, dans le nord-est de la Chine, et fonctionnait grâce à deux bénévoles.

Lire aussi : Ce que l'on sait des « postes de police » chinois à l'étranger

« On m'a dit que mes parents seraient tenus pour responsables »
— une étudiante chinoise inscrite à Orléans

Une étudiante originaire du Heilongjiang affirme y avoir été convoquée à deux reprises à l'automne 2023. On l'aurait pressée de rentrer en Chine pour « régler une affaire » ; ses parents, restés au pays, avaient reçu peu avant la visite de policiers. Elle a refusé et vit toujours en France.

Selon l'ONG Safeguard Defenders, au moins trois sites de ce type ont été repérés dans l'Hexagone, sur plus d'une centaine dans le monde.

« On m'a dit que mes parents seraient tenus pour responsables »

Contactée, l'ambassade de Chine à Paris n'a pas répondu sur le fond. Dans un communiqué diffusé fin 2022, elle présentait ces lieux comme de simples « points de service » permettant aux ressortissants de renouveler à distance leur permis de conduire.

Recevez chaque matin l'essentiel de l'actualité régionale. S'inscrire à la newsletter

Mise à jour, 18h40 : la préfecture du Loiret indique que le préfet a prononcé jeudi la fermeture administrative du local pour une durée de six mois.

© 2024 – Tous droits réservés. 14 commentaires
"""
DOCS.append({"name": "040-fr-depeche-orleans-qiqihar.txt", "text": T040, "facts": [
    S("FR", "Orléans", "Le parquet d'Orléans a ouvert une enquête préliminaire, confiée à la DGSI, sur un local associatif du quartier de La Source soupçonné de servir de poste de police officieux pour le compte de Pékin",
      operator="Qiqihar", date="2019", note="operator two paragraphs on ('la structure aurait été mise sur pied en 2019 par le bureau ... de Qiqihar'); site: quartier de La Source"),
    R("FR", "investigation", "Le parquet d'Orléans a ouvert une enquête préliminaire, confiée à la DGSI", place="Orléans", claimant="source judiciaire"),
    R("FR", "arrest", "Aucune interpellation n'a eu lieu à ce stade, selon la même source.", place="Orléans", pol="denied", opt=True),
    I("FR", "persuasion", "On l'aurait pressée de rentrer en Chine pour « régler une affaire » ; ses parents, restés au pays, avaient reçu peu avant la visite de policiers. Elle a refusé et vit toujours en France.", place="Orléans", date="2023", note="pressed to return, refused and stayed"),
    I("FR", "harassment", "ses parents, restés au pays, avaient reçu peu avant la visite de policiers", opt=True, note="pressure on parents inside the persuasion case"),
    C("stations", 3, "FR", "au moins trois sites de ce type ont été repérés dans l'Hexagone", claimant="Safeguard Defenders"),
    C("stations", 100, None, "sur plus d'une centaine dans le monde", claimant="Safeguard Defenders", opt=True, note="approximation"),
    D("CN", "elle présentait ces lieux comme de simples « points de service » permettant aux ressortissants de renouveler à distance leur permis de conduire", claimant="Chinese Embassy in Paris", date="2022", note="denial by explanation"),
    R("FR", "closure", "le préfet a prononcé jeudi la fermeture administrative du local pour une durée de six mois", place="Orléans", claimant="préfecture du Loiret", date="2024-03-14", note="in the appended update"),
]})

# ---------------------------------------------------------------- 041
T041 = """ENQUÊTE | Afrique de l'Ouest

Côte d'Ivoire : à Bouaké, sur la piste d'un « bureau » de la police chinoise

Des commerçants chinois installés dans le centre du pays racontent la présence, pendant près de trois ans, d'un relais des autorités de leur province natale. Récit.

Par notre correspondante à Abidjan
Publié le 2 février 2024 à 06h00 — Lecture 9 min.

Cet article vous est offert. Pour soutenir une information indépendante, abonnez-vous.

Au premier étage d'un immeuble du quartier Commerce, à Bouaké, une porte vitrée porte encore l'autocollant à moitié décollé d'une « Amicale des ressortissants du Gansu ». Derrière, deux bureaux, un drapeau plié dans un carton, un vieux coffre-fort. Pendant près de trois ans, selon cinq commerçants chinois et deux anciens employés que nous avons rencontrés, l'endroit a servi de relais à la police de leur province d'origine.

Le local aurait été ouvert en 2020 par le bureau de la sécurité publique de Lanzhou, le chef-lieu du Gansu, qui en aurait confié la gestion à un grossiste en pièces détachées. « Tout le monde savait à quoi servait cette pièce. On y allait pour les papiers, mais on savait qu'on était regardés », résume l'un de nos interlocuteurs, qui a demandé l'anonymat.

Officiellement, ces « centres de service », comme les appellent leurs promoteurs, aident les expatriés à renouveler un permis ou à faire légaliser un acte de naissance. Dans les faits, estiment les organisations de défense des droits humains, ils permettent de garder un œil sur la diaspora et, le cas échéant, de convaincre des personnes recherchées de rentrer au pays.

Un vendeur de motos conduit à l'aéroport

Le cas d'un vendeur de motos, en juin 2022, a marqué la communauté. Accusé d'escroquerie dans sa ville natale, l'homme a été conduit un soir par trois compatriotes jusqu'à l'aéroport Félix-Houphouët-Boigny d'Abidjan, où on l'a fait embarquer sur un vol pour Addis-Abeba, avec une correspondance pour la Chine. Son épouse, restée à Bouaké, dit ne plus avoir de nouvelles depuis.

Deux anciens employés affirment par ailleurs que les réunions de l'amicale étaient systématiquement filmées et que les images partaient « au pays », accompagnées de la liste des présents.

Lire aussi : Chine-Afrique, la coopération policière en pleine expansion

Une seconde antenne aurait fonctionné à Yamoussoukro, dans l'arrière-salle d'un restaurant proche de la basilique. Elle dépendrait, elle, du bureau de Wuwei, une ville-préfecture de l'ouest du Gansu. Le restaurant a baissé le rideau l'an dernier, sans explication.

Deux en Côte d'Ivoire, donc — et une dizaine dans toute l'Afrique de l'Ouest, selon un chercheur spécialiste de la diaspora chinoise, qui précise qu'aucune n'a jamais été reconnue officiellement.

Côté ivoirien, la réponse tient en une phrase. Sollicitée à plusieurs reprises, la Direction générale de la police nationale n'a ouvert aucune enquête, faute, dit-elle, « de plainte déposée ». Abidjan et Pékin ont signé en 2019 un accord de coopération en matière de sécurité intérieure, qui prévoit notamment la formation d'officiers ivoiriens en Chine.

Pour l'ambassade de Chine, il ne s'agit que d'« amicales de ressortissants » sans le moindre lien avec la police. « Ces allégations sont sans fondement », nous a-t-elle répondu par écrit.

Notre correspondante couvre la Côte d'Ivoire et le Burkina Faso depuis 2017. Elle a auparavant travaillé pour plusieurs radios à Dakar.

Cet article vous est offert. Pour soutenir une information indépendante, abonnez-vous.
"""
DOCS.append({"name": "041-fr-enquete-bouake-yamoussoukro-lanzhou-wuwei.txt", "text": T041, "facts": [
    S("CI", "Bouaké", "Pendant près de trois ans, selon cinq commerçants chinois et deux anciens employés que nous avons rencontrés, l'endroit a servi de relais à la police de leur province d'origine. Le local aurait été ouvert en 2020 par le bureau de la sécurité publique de Lanzhou",
      operator="Lanzhou", date="2020", note="place named in the previous sentence (quartier Commerce, à Bouaké); 'l'endroit', 'le local'"),
    I("CI", "forced_return", "l'homme a été conduit un soir par trois compatriotes jusqu'à l'aéroport Félix-Houphouët-Boigny d'Abidjan, où on l'a fait embarquer sur un vol pour Addis-Abeba, avec une correspondance pour la Chine", date="2022-06"),
    I("CI", "surveillance", "Deux anciens employés affirment par ailleurs que les réunions de l'amicale étaient systématiquement filmées et que les images partaient « au pays »", place="Bouaké"),
    S("CI", "Yamoussoukro", "Une seconde antenne aurait fonctionné à Yamoussoukro, dans l'arrière-salle d'un restaurant proche de la basilique. Elle dépendrait, elle, du bureau de Wuwei", operator="Wuwei"),
    C("stations", 2, "CI", "Deux en Côte d'Ivoire, donc"),
    C("stations", 10, None, "une dizaine dans toute l'Afrique de l'Ouest", opt=True, note="regional count, approximation"),
    R("CI", "investigation", "la Direction générale de la police nationale n'a ouvert aucune enquête", pol="denied"),
    A("CI", "security_agreement", "Abidjan et Pékin ont signé en 2019 un accord de coopération en matière de sécurité intérieure", date="2019"),
    D("CN", "Pour l'ambassade de Chine, il ne s'agit que d'« amicales de ressortissants » sans le moindre lien avec la police. « Ces allégations sont sans fondement »", claimant="Chinese Embassy in Côte d'Ivoire"),
]})

# ---------------------------------------------------------------- 042
T042 = """Radio Teranga Infos — Journal de 7 heures du mardi 9 avril 2024
Transcription automatique relue par la rédaction. Seul le prononcé fait foi.

[00:00] (Indicatif)

[00:09] PRÉSENTATRICE : Bonjour à toutes et à tous, il est 7 heures à Dakar. Au sommaire de ce journal : la hausse du prix du sac de riz, la préparation de la Tabaski, et une enquête de notre rédaction sur de mystérieux « bureaux » chinois à Thiès et à Kaolack.

[00:31] PRÉSENTATRICE : On commence donc par cette enquête. Notre reporter s'est rendu à Thiès. Bonjour.

[00:35] REPORTER : Bonjour. Alors ici, à Thiès, rien ne le signale de l'extérieur. C'est une boutique de téléphonie, en plein centre, avec une petite pièce à l'arrière. D'après deux commerçants chinois que j'ai pu interroger, c'est là que fonctionne depuis 2021 ce qu'ils appellent entre eux « le bureau ». Ce bureau répondrait à la police de Daqing, une ville pétrolière du nord-est de la Chine.

[01:02] PRÉSENTATRICE : Et ce n'est pas le seul.

[01:04] REPORTER : Non. Il y en a un deuxième à Kaolack, près du marché central. Celui-là serait rattaché au bureau de la sécurité publique de Suihua, dans la même province du Heilongjiang. Donc deux au total pour le Sénégal, d'après les informations que nous avons pu recouper.

[01:22] PRÉSENTATRICE : Qu'est-ce qui s'y passe, concrètement ?

[01:25] REPORTER : Officiellement, on vous aide à renouveler un passeport. Mais un mécanicien installé à Kaolack m'a raconté qu'on l'avait appelé plusieurs fois depuis ce bureau pour lui demander de rentrer. Son frère, resté en Chine, avait été convoqué au commissariat. Il a fini par prendre un billet, seul, au mois de février. Il est reparti depuis, mais il ne veut plus en parler.

[02:01] PRÉSENTATRICE : Les autorités sénégalaises ont réagi hier soir. Écoutez le porte-parole du ministère de l'Intérieur.

[02:06] PORTE-PAROLE DU MINISTÈRE DE L'INTÉRIEUR (extrait) : Des vérifications ont été menées par la Division des investigations criminelles dans les deux villes. À ce jour, rien ne permet d'établir une activité illégale de ces structures. Si d'autres éléments devaient apparaître, par exemple à Diourbel ou ailleurs, nous agirions sans hésiter.

[02:24] PRÉSENTATRICE : Dakar a-t-il convoqué l'ambassadeur de Chine ?

[02:27] REPORTER : Non, pas à ma connaissance, et le ministère des Affaires étrangères n'a pas souhaité commenter. L'ambassade de Chine, elle, parle d'une « pure invention ». Elle explique que ces lieux ne font qu'accompagner les ressortissants dans leurs démarches, notamment pour le renouvellement du permis de conduire.

[02:48] PRÉSENTATRICE : Merci. On passe au riz, maintenant : le sac de 50 kilos a encore pris 1 500 francs CFA en un mois…

[05:40] PRÉSENTATRICE : Dans l'actualité sportive, la Linguère de Saint-Louis s'est imposée hier soir…
"""
DOCS.append({"name": "042-fr-radio-transcription-thies-kaolack-daqing-suihua.txt", "text": T042, "facts": [
    S("SN", "Thiès", "Alors ici, à Thiès, rien ne le signale de l'extérieur. C'est une boutique de téléphonie, en plein centre, avec une petite pièce à l'arrière. D'après deux commerçants chinois que j'ai pu interroger, c'est là que fonctionne depuis 2021 ce qu'ils appellent entre eux « le bureau ». Ce bureau répondrait à la police de Daqing",
      operator="Daqing", date="2021", note="place, then 'c'est là', then operator in a later sentence"),
    S("SN", "Kaolack", "Il y en a un deuxième à Kaolack, près du marché central. Celui-là serait rattaché au bureau de la sécurité publique de Suihua", operator="Suihua"),
    C("stations", 2, "SN", "Donc deux au total pour le Sénégal"),
    I("SN", "persuasion", "un mécanicien installé à Kaolack m'a raconté qu'on l'avait appelé plusieurs fois depuis ce bureau pour lui demander de rentrer. Son frère, resté en Chine, avait été convoqué au commissariat. Il a fini par prendre un billet, seul, au mois de février.", place="Kaolack", date="2024-02"),
    I("SN", "harassment", "Son frère, resté en Chine, avait été convoqué au commissariat.", opt=True, note="pressure on a relative inside the persuasion case"),
    R("SN", "investigation", "Des vérifications ont été menées par la Division des investigations criminelles dans les deux villes.", claimant="Senegalese Ministry of the Interior"),
    R("SN", "no_wrongdoing_found", "À ce jour, rien ne permet d'établir une activité illégale de ces structures.", claimant="Senegalese Ministry of the Interior"),
    R("SN", "protest", "Dakar a-t-il convoqué l'ambassadeur de Chine ?\n\n[02:27] REPORTER : Non, pas à ma connaissance", pol="denied", opt=True, note="no summons as far as the reporter knows"),
    D("CN", "L'ambassade de Chine, elle, parle d'une « pure invention ». Elle explique que ces lieux ne font qu'accompagner les ressortissants dans leurs démarches, notamment pour le renouvellement du permis de conduire.", claimant="Chinese Embassy in Senegal"),
]})

# ---------------------------------------------------------------- 043
T043 = """Conférence de presse régulière du porte-parole du ministère des Affaires étrangères, 22 mai 2024

Version française publiée par le ministère. En cas de divergence, le texte chinois fait foi.

Question : Hier, la Commission de l'Union africaine a annoncé la tenue d'un sommet sur les infrastructures à Addis-Abeba. La Chine y participera-t-elle ?

Porte-parole : Nous publierons en temps utile les informations pertinentes. La Chine a toujours soutenu l'Afrique dans son développement autonome.

Question (Agence de presse algérienne) : Les autorités algériennes ont ordonné samedi la fermeture d'un local de Constantine que la presse locale présente comme un « poste de police » relevant du Bureau de la sécurité publique de Baiyin. Le ministère algérien des Affaires étrangères a en outre convoqué l'ambassadeur de Chine à Alger lundi. Quelle est votre réaction ?

Porte-parole : La Chine respecte scrupuleusement la souveraineté des autres pays et le droit international. Les lieux auxquels vous faites référence sont des points de service animés par des bénévoles, qui aident des ressortissants chinois à accomplir en ligne des formalités comme le renouvellement du permis de conduire. Il n'existe pas de soi-disant « postes de police ». Nous avons apporté à la partie algérienne les éclaircissements nécessaires.

Question : Un journal malgache affirme qu'un bureau similaire fonctionne depuis 2021 à Antsirabe et qu'il serait géré par la police de Jixi. La Chine envisage-t-elle de proposer à Madagascar des patrouilles conjointes, comme elle l'a fait ailleurs ?

Porte-parole : Je ne suis pas au courant de ce que vous évoquez. La Chine et Madagascar entretiennent une coopération normale dans le domaine de l'application de la loi, dans le cadre du mémorandum d'entente sur la coopération en matière de sécurité signé en 2021. Je n'ai pas d'information sur d'éventuelles patrouilles.

Question : Une ONG basée à Madrid affirme que la Chine disposerait de cent deux postes de ce type dans cinquante-trois pays. Qu'en dites-vous ?

Porte-parole : Nous avons déjà répondu à plusieurs reprises à ce genre d'accusations, qui sont sans aucun fondement. Certaines organisations fabriquent des rumeurs pour salir l'image de la Chine.

Question : La semaine prochaine, le Premier ministre se rendra-t-il au forum économique de Tianjin ?

Porte-parole : Je vous invite à suivre les annonces officielles.

(fin de la transcription)
"""
DOCS.append({"name": "043-fr-point-de-presse-mae-constantine-antsirabe-baiyin-jixi.txt", "text": T043, "facts": [
    S("DZ", "Constantine", "Les autorités algériennes ont ordonné samedi la fermeture d'un local de Constantine que la presse locale présente comme un « poste de police » relevant du Bureau de la sécurité publique de Baiyin.",
      operator="Baiyin", claimant="Algerian press", note="premise of a journalist's question"),
    R("DZ", "closure", "Les autorités algériennes ont ordonné samedi la fermeture d'un local de Constantine", place="Constantine"),
    R("DZ", "protest", "Le ministère algérien des Affaires étrangères a en outre convoqué l'ambassadeur de Chine à Alger lundi.", claimant="Algerian Ministry of Foreign Affairs"),
    D("CN", "Les lieux auxquels vous faites référence sont des points de service animés par des bénévoles, qui aident des ressortissants chinois à accomplir en ligne des formalités comme le renouvellement du permis de conduire. Il n'existe pas de soi-disant « postes de police ».", claimant="PRC Ministry of Foreign Affairs"),
    S("MG", "Antsirabe", "Un journal malgache affirme qu'un bureau similaire fonctionne depuis 2021 à Antsirabe et qu'il serait géré par la police de Jixi.", operator="Jixi", date="2021", claimant="a Malagasy newspaper", note="premise of a question"),
    A("MG", "security_agreement", "dans le cadre du mémorandum d'entente sur la coopération en matière de sécurité signé en 2021", claimant="PRC Ministry of Foreign Affairs", date="2021", note="joint patrols only asked about: no fact"),
    C("stations", 102, None, "Une ONG basée à Madrid affirme que la Chine disposerait de cent deux postes de ce type dans cinquante-trois pays.", claimant="an NGO based in Madrid"),
    C("countries", 53, None, "Une ONG basée à Madrid affirme que la Chine disposerait de cent deux postes de ce type dans cinquante-trois pays.", claimant="an NGO based in Madrid"),
]})

# ---------------------------------------------------------------- 044
B044 = """JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE — ASSEMBLÉE NATIONALE — 9 juillet 2024 — 5481

Question écrite n° 16402 de M. le député de la Haute-Vienne (Ministère interrogé : Intérieur et outre-mer) publiée au JO le 02/04/2024 page 2611 — Réponse publiée au JO le 09/07/2024 page 5481

Rubrique : ordre public. Titre : Présence d'une antenne de police étrangère à Limoges.

Texte de la question : M. le député attire l'attention de M. le ministre de l'intérieur et des outre-mer sur les informations de presse selon lesquelles une association culturelle implantée à Limoges servirait, depuis 2020, de relais local au bureau de la sécurité publique de Siping, dans la province chinoise du Jilin. Plusieurs ressortissants chinois auraient été reçus dans ces locaux et incités à regagner leur pays d'origine. Une structure analogue aurait par ailleurs été signalée à Brest. Il lui demande quelles mesures il entend prendre pour faire cesser ces agissements et s'il envisage de demander la dissolution de l'association concernée.

Texte de la réponse : Les services de renseignement suivent avec la plus grande attention toute forme d'ingérence étrangère visant les diasporas présentes sur le territoire national. Les vérifications conduites par la direction générale de la sécurité intérieure sur les locaux de Limoges ont été menées en lien étroit avec l'autorité judiciaire. Elles ont permis d'établir que des démarches administratives à destination des ressortissants chinois y étaient proposées, mais n'ont pas mis en évidence, à ce stade, d'infraction pénale susceptible de poursuites. L'association a depuis cessé ses activités de sa propre initiative.

S'agissant de Brest, aucun élément recueilli par les services n'a permis de confirmer l'existence d'une telle structure.

JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE — ASSEMBLÉE NATIONALE — 9 juillet 2024 — 5482

Au total, quatre lieux présentés comme des « postes de police » chinois ont été recensés sur le territoire national depuis 2022 ; tous ont fait l'objet de vérifications approfondies. Par ailleurs, le ministère de l'Europe et des affaires étrangères a convoqué le 18 avril 2024 le ministre-conseiller de l'ambassade de Chine afin de lui rappeler que toute activité de police conduite par un État étranger sur le sol français sans l'accord des autorités françaises est prohibée. La dissolution d'une association ne peut être prononcée que dans les cas limitativement énumérés par l'article L. 212-1 du code de la sécurité intérieure.
"""
T044 = wrap(B044, width=72)
DOCS.append({"name": "044-fr-question-ecrite-an-limoges-brest-siping.txt", "text": T044, "facts": [
    S("FR", "Limoges", "une association culturelle implantée à Limoges servirait, depuis 2020, de relais local au bureau de la sécurité publique de Siping", operator="Siping", date="2020", claimant="deputy for Haute-Vienne"),
    I("FR", "persuasion", "Plusieurs ressortissants chinois auraient été reçus dans ces locaux et incités à regagner leur pays d'origine.", place="Limoges", claimant="deputy for Haute-Vienne", opt=True, note="unnamed people in a deputy's premise"),
    S("FR", "Brest", "Une structure analogue aurait par ailleurs été signalée à Brest.", claimant="deputy for Haute-Vienne"),
    S("FR", "Brest", "S'agissant de Brest, aucun élément recueilli par les services n'a permis de confirmer l'existence d'une telle structure.", pol="denied", claimant="French Ministry of the Interior", opt=True),
    R("FR", "investigation", "Les vérifications conduites par la direction générale de la sécurité intérieure sur les locaux de Limoges ont été menées en lien étroit avec l'autorité judiciaire.", place="Limoges", claimant="French Ministry of the Interior"),
    R("FR", "no_wrongdoing_found", "Elles ont permis d'établir que des démarches administratives à destination des ressortissants chinois y étaient proposées, mais n'ont pas mis en évidence, à ce stade, d'infraction pénale susceptible de poursuites.", place="Limoges", claimant="French Ministry of the Interior"),
    R("FR", "closure", "L'association a depuis cessé ses activités de sa propre initiative.", place="Limoges", opt=True, note="stopped by itself, no order"),
    C("stations", 4, "FR", "quatre lieux présentés comme des « postes de police » chinois ont été recensés sur le territoire national depuis 2022", claimant="French Ministry of the Interior"),
    R("FR", "protest", "le ministère de l'Europe et des affaires étrangères a convoqué le 18 avril 2024 le ministre-conseiller de l'ambassade de Chine", claimant="French Ministry of the Interior", date="2024-04-18"),
]})

# ---------------------------------------------------------------- 045 (irrelevant)
T045 = """Sud Ouest Pays basque > Bayonne

Bayonne : la police municipale quitte le Petit Bayonne pour un nouveau poste près de la gare

Le nouveau poste de police municipale a été inauguré vendredi en présence du maire et du sous-préfet. L'ancien, rue des Tonneliers, a définitivement fermé ses portes.

Par notre rédaction locale — Publié le 17/05/2024 à 19h02

Plus grand, plus visible, ouvert jusqu'à 23 heures en été : le nouveau poste de la police municipale de Bayonne a été inauguré vendredi après-midi à deux pas de la gare. Les agents occupaient depuis 1998 des locaux exigus dans le Petit Bayonne, qui ont fermé définitivement jeudi soir.

La Ville et la gendarmerie ont signé à cette occasion une convention de coordination qui prévoit des patrouilles communes pendant les fêtes de Bayonne et les week-ends d'affluence. L'an dernier, les agents ont dressé 102 procès-verbaux pour stationnement dangereux et fait procéder à 53 mises en fourrière pendant les seules fêtes.

Lire aussi : Fêtes de Bayonne 2024, le plan de circulation dévoilé

Parmi les premiers usagers du poste : un groupe de touristes chinois venus de Shanghai, arrivés en autocar, dont l'une avait oublié son passeport dans un restaurant. Les agents l'ont retrouvé et le lui ont rendu dans l'heure. « Ils ont été d'une grande gentillesse », a traduit leur guide, qui rappelle que les titulaires d'un permis de conduire chinois doivent présenter une traduction officielle pour louer une voiture en France.

Le poste accueille aussi, deux matinées par semaine, une permanence d'aide aux victimes. Une expérimentation de caméras-piétons doit commencer en septembre.

Recevez notre newsletter Pays basque chaque vendredi. S'inscrire
"""
DOCS.append({"name": "045-fr-presse-locale-poste-police-municipale-bayonne.txt", "text": T045, "facts": []})
