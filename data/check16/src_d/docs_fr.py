"""check16 part D, French documents 040-045. Held-out material: contains the gold."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# 040 ------------------------------------------------------------------------------------
T040 = """Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation. [Accepter] [Paramétrer]

SOCIÉTÉ › JUSTICE

Lyon : un local soupçonné d'abriter une « antenne » de la police chinoise, le parquet enquête

Par la rédaction avec AFP
Publié le 14/03/2025 à 18h42 · Mis à jour le 15/03/2025 à 09h10
Temps de lecture : 3 min

[Photo] La façade de l'immeuble du 7e arrondissement où se trouve le local, vendredi 14 mars. © DR

LYON, 14 mars - Le parquet de Lyon a ouvert une enquête préliminaire visant un local associatif du 7e arrondissement soupçonné de servir de « poste de police » officieux à la Chine, a-t-on appris vendredi de source judiciaire.

Les investigations ont été confiées à la direction générale de la sécurité intérieure (DGSI). Selon une source proche du dossier, l'antenne dépendrait du bureau de la sécurité publique de Baoji, ville de la province du Shaanxi dont sont originaires plusieurs familles installées dans le quartier de la Guillotière.

Le local, un rez-de-chaussée aux vitres dépolies, accueille officiellement une association d'entraide. Une perquisition y a été menée mardi matin ; aucune interpellation n'a eu lieu à ce stade, a précisé la même source.

Lire aussi : Police chinoise à l'étranger : ce que l'on sait du réseau dénoncé par une ONG

Un étudiant chinois, qui a requis l'anonymat, affirme avoir été photographié à la sortie d'un rassemblement de soutien à des militants hongkongais, en janvier, par un homme qu'il dit avoir revu plusieurs fois dans les lieux. « On m'a fait comprendre qu'il valait mieux rester discret », raconte-t-il.

« On m'a fait comprendre qu'il valait mieux rester discret »

Contactée, l'ambassade de Chine en France a assuré que ces locaux « ne sont que des points de service où des bénévoles aident les ressortissants à renouveler leur permis de conduire », rejetant toute « accusation sans fondement ».

L'ONG espagnole Safeguard Defenders, à l'origine des premières révélations en 2022, recensait alors plus d'une centaine de ces structures réparties dans 53 pays.

Le ministère de l'Intérieur n'a pas souhaité commenter.

Inscrivez-vous à notre newsletter Justice : chaque vendredi, l'essentiel de l'actualité judiciaire.

Rectificatif, 15 mars à 9h10 : une précédente version de cet article situait par erreur le local à Villeurbanne. Il se trouve dans le 7e arrondissement de Lyon.
"""
DOCS.append({"name": "040-fr-depeche-lyon-baoji.txt", "text": T040, "facts": [
    S("FR", "Lyon", "l'antenne dépendrait du bureau de la sécurité publique de Baoji, ville de la province du Shaanxi", operator="Baoji", claimant="source proche du dossier", date="2025-03", note="station named as 'un local associatif du 7e arrondissement' in Lyon; operator in the next paragraph"),
    R("FR", "investigation", "Le parquet de Lyon a ouvert une enquête préliminaire visant un local associatif du 7e arrondissement soupçonné de servir de « poste de police » officieux à la Chine", place="Lyon", date="2025-03"),
    R("FR", "arrest", "aucune interpellation n'a eu lieu à ce stade", pol="denied", opt=True),
    I("FR", "surveillance", "affirme avoir été photographié à la sortie d'un rassemblement de soutien à des militants hongkongais, en janvier, par un homme qu'il dit avoir revu plusieurs fois dans les lieux", place="Lyon", claimant="étudiant chinois", date="2025-01"),
    D("CN", "l'ambassade de Chine en France a assuré que ces locaux « ne sont que des points de service où des bénévoles aident les ressortissants à renouveler leur permis de conduire », rejetant toute « accusation sans fondement »", claimant="Embassy of China in France"),
    C("countries", 53, None, "recensait alors plus d'une centaine de ces structures réparties dans 53 pays", claimant="Safeguard Defenders", date="2022"),
    C("stations", 100, None, "recensait alors plus d'une centaine de ces structures", claimant="Safeguard Defenders", date="2022", opt=True, note="'plus d'une centaine'"),
]})

# 041 ------------------------------------------------------------------------------------
T041 = """ENQUÊTE

Marseille, Perpignan : sur la piste des « antennes » de la police chinoise dans le Sud

Pendant six mois, nous avons remonté la trace de deux structures associatives accusées de servir de relais à des bureaux de police chinois. Récit.

Par notre envoyée spéciale
Publié le 2 juin 2025

Abonnez-vous pour lire la suite ? Cet article vous est offert. Profitez de notre offre découverte : 1 € le premier mois.

Au fond d'une cour du 3e arrondissement de Marseille, derrière une porte sans enseigne, une salle d'une trentaine de mètres carrés, quelques chaises, un drapeau rouge plié sur une étagère. C'est là, selon plusieurs documents que nous avons pu consulter, qu'opère depuis l'automne 2021 ce que ses animateurs appellent un « centre de services aux compatriotes ». Sur un formulaire d'inscription retrouvé dans une corbeille, un tampon ne laisse guère de doute : le centre se présente lui-même comme un point de liaison du bureau de la sécurité publique de Hanzhong, dans la province chinoise du Shaanxi.

Le local ne paie pas de mine. Il n'empêche : c'est de là, affirment deux anciens bénévoles, que sont partis les appels qui ont convaincu un cuisinier d'un restaurant du Vieux-Port de rentrer en Chine. Recherché dans sa province natale pour une affaire d'escroquerie, l'homme avait d'abord refusé. Puis la police de Hanzhong a rendu visite à sa mère, à plusieurs reprises. Il a fini par prendre seul un vol pour Xi'an, en juin 2023.

« Il ne voulait pas partir. Mais il ne voulait pas non plus qu'on s'en prenne à sa famille », résume un ancien collègue.

Lire aussi : « La diaspora chinoise sous surveillance » - notre entretien avec une sinologue

Officiellement, ces antennes servent à aider les ressortissants dans leurs démarches : renouvellement de permis de conduire, formalités de retraite, certificats divers. Leurs détracteurs y voient surtout un instrument pour surveiller la diaspora et ramener au pays des personnes recherchées, parfois sans passer par les voies de l'extradition.

Les lieux intéressent aussi la justice. Le parquet de Marseille a confié une enquête à la DGSI au printemps 2024, selon une source judiciaire. Des membres d'un collectif ouïghour de la ville disent avoir été filmés, lors d'un rassemblement devant la préfecture, par deux hommes qu'ils ont reconnus comme des habitués du local.

« Ils filmaient nos visages, un par un. »

Trois cents kilomètres plus à l'ouest, à Perpignan, l'histoire est plus discrète. Une association culturelle du quartier Saint-Jacques y aurait fonctionné, selon deux de ses anciens membres, comme un relais du bureau de la sécurité publique de Leshan, dans le Sichuan. Elle a fermé ses portes en février dernier, sans qu'aucune décision administrative ne l'y contraigne.

Combien de ces structures en France ? Safeguard Defenders, l'ONG qui a révélé le phénomène, en a dénombré au moins quatre sur le territoire. À Pékin, le ministère de la Sécurité publique revendiquait de son côté 230 000 « retours » de suspects entre avril 2021 et juillet 2022, obtenus pour beaucoup par la persuasion.

Interrogé, le consulat général de Chine à Marseille « dément catégoriquement » l'existence de « tout poste de police chinois à Marseille » et dénonce une « campagne de dénigrement ».

« Ils filmaient nos visages, un par un. »

À propos de l'autrice : journaliste indépendante, elle couvre les questions de sécurité et les diasporas asiatiques en Europe depuis 2015.

Cet article vous a plu ? Recevez chaque semaine nos enquêtes dans votre boîte mail. [S'inscrire]
"""
DOCS.append({"name": "041-fr-enquete-marseille-perpignan-hanzhong-leshan.txt", "text": T041, "facts": [
    S("FR", "Marseille", "le centre se présente lui-même comme un point de liaison du bureau de la sécurité publique de Hanzhong, dans la province chinoise du Shaanxi", operator="Hanzhong", date="2021", note="place named two sentences earlier ('3e arrondissement de Marseille')"),
    S("FR", "Perpignan", "Une association culturelle du quartier Saint-Jacques y aurait fonctionné, selon deux de ses anciens membres, comme un relais du bureau de la sécurité publique de Leshan, dans le Sichuan", operator="Leshan", claimant="anciens membres"),
    I("FR", "persuasion", "Puis la police de Hanzhong a rendu visite à sa mère, à plusieurs reprises. Il a fini par prendre seul un vol pour Xi'an, en juin 2023.", place="Marseille", date="2023-06"),
    I("FR", "harassment", "Puis la police de Hanzhong a rendu visite à sa mère, à plusieurs reprises.", opt=True, note="pressure on the mother inside a persuasion case"),
    R("FR", "investigation", "Le parquet de Marseille a confié une enquête à la DGSI au printemps 2024, selon une source judiciaire.", place="Marseille", date="2024", claimant="source judiciaire"),
    I("FR", "surveillance", "Des membres d'un collectif ouïghour de la ville disent avoir été filmés, lors d'un rassemblement devant la préfecture, par deux hommes qu'ils ont reconnus comme des habitués du local.", place="Marseille", claimant="collectif ouïghour"),
    R("FR", "closure", "Elle a fermé ses portes en février dernier, sans qu'aucune décision administrative ne l'y contraigne.", place="Perpignan", opt=True, note="stopped by itself, no order"),
    C("stations", 4, "FR", "Safeguard Defenders, l'ONG qui a révélé le phénomène, en a dénombré au moins quatre sur le territoire.", claimant="Safeguard Defenders"),
    C("returns", 230000, None, "le ministère de la Sécurité publique revendiquait de son côté 230 000 « retours » de suspects entre avril 2021 et juillet 2022", claimant="PRC Ministry of Public Security"),
    D("CN", "le consulat général de Chine à Marseille « dément catégoriquement » l'existence de « tout poste de police chinois à Marseille »", claimant="Consulate General of China in Marseille"),
    S("FR", "Marseille", "le consulat général de Chine à Marseille « dément catégoriquement » l'existence de « tout poste de police chinois à Marseille »", claimant="Consulate General of China in Marseille", pol="denied", opt=True),
]})

# 042 ------------------------------------------------------------------------------------
T042_body = """Question écrite n° 04512 posée par un sénateur de la Haute-Savoie, publiée dans le JO Sénat du 06/02/2025 - page 512

Un sénateur de la Haute-Savoie attire l'attention de M. le ministre de l'intérieur sur l'existence, à Annecy, d'une structure présentée comme un « centre de services » destiné à la communauté chinoise, qui serait en réalité rattachée au bureau de la sécurité publique de la ville de Yibin, dans la province du Sichuan. Selon des informations de presse, une seconde adresse du même type aurait été signalée à Besançon. Des ressortissants chinois installés dans le département font état de pressions exercées sur leurs proches restés en Chine. Il lui demande quelles vérifications ont été conduites, si le Gouvernement entend ordonner la fermeture de ces lieux et s'il a l'intention de convoquer l'ambassadeur de la République populaire de Chine.

Réponse du Ministère de l'intérieur publiée dans le JO Sénat du 22/05/2025 - page 2318

Les services de la direction générale de la sécurité intérieure ont procédé, dès le signalement de la structure située à Annecy, aux vérifications qui s'imposaient, en lien avec l'autorité judiciaire. Ces investigations n'ont pas permis, en l'état, de caractériser une infraction pénale. L'association gestionnaire a toutefois cessé toute activité d'accueil du public au mois de novembre 2024. S'agissant de Besançon, aucun élément recueilli par les services n'a permis de confirmer l'existence d'une structure de cette nature. Depuis 2022, cinq structures de ce type ont fait l'objet d'un signalement sur le territoire national ; toutes ont donné lieu à des vérifications approfondies. Le ministère de l'Europe et des affaires étrangères a, pour sa part, rappelé à plusieurs reprises aux autorités chinoises que toute activité de police étrangère sur le sol français est illégale. Le Gouvernement demeure pleinement mobilisé contre toute forme d'ingérence étrangère visant les diasporas présentes en France."""
T042 = """SÉNAT                                             JO Sénat - Questions écrites

Ingérence étrangère - Activités de police
chinoise en Haute-Savoie

17e législature

""" + wrap(T042_body, width=76) + """

                                   - 2318 -
"""
DOCS.append({"name": "042-fr-question-ecrite-senat-annecy-besancon-yibin.txt", "text": T042, "facts": [
    S("FR", "Annecy", "l'existence, à Annecy, d'une structure présentée comme un « centre de services » destiné à la communauté chinoise, qui serait en réalité rattachée au bureau de la sécurité publique de la ville de Yibin", operator="Yibin", claimant="sénateur de la Haute-Savoie"),
    S("FR", "Besançon", "une seconde adresse du même type aurait été signalée à Besançon", claimant="press"),
    S("FR", "Besançon", "S'agissant de Besançon, aucun élément recueilli par les services n'a permis de confirmer l'existence d'une structure de cette nature.", claimant="French Ministry of the Interior", pol="denied", opt=True),
    I("FR", "harassment", "Des ressortissants chinois installés dans le département font état de pressions exercées sur leurs proches restés en Chine.", claimant="sénateur de la Haute-Savoie", opt=True, note="vague pressure on relatives, no case"),
    R("FR", "investigation", "Les services de la direction générale de la sécurité intérieure ont procédé, dès le signalement de la structure située à Annecy, aux vérifications qui s'imposaient", place="Annecy", claimant="French Ministry of the Interior"),
    R("FR", "no_wrongdoing_found", "Ces investigations n'ont pas permis, en l'état, de caractériser une infraction pénale.", place="Annecy", claimant="French Ministry of the Interior"),
    R("FR", "closure", "L'association gestionnaire a toutefois cessé toute activité d'accueil du public au mois de novembre 2024.", place="Annecy", date="2024-11", opt=True, note="stopped by itself"),
    C("stations", 5, "FR", "Depuis 2022, cinq structures de ce type ont fait l'objet d'un signalement sur le territoire national", claimant="French Ministry of the Interior"),
    R("FR", "protest", "Le ministère de l'Europe et des affaires étrangères a, pour sa part, rappelé à plusieurs reprises aux autorités chinoises que toute activité de police étrangère sur le sol français est illégale.", claimant="French Ministry of the Interior", opt=True, note="message short of a summons"),
]})

# 043 ------------------------------------------------------------------------------------
T043 = """Journal Afrique - édition de la mi-journée
Transcription de la séquence « Madagascar »

[00:00:04] PRÉSENTATRICE : À Madagascar maintenant, où l'affaire de la « maison des ressortissants » de Mahajanga prend de l'ampleur. Notre correspondant à Antananarivo est en ligne. Bonjour.

[00:00:11] CORRESPONDANT : Bonjour. Oui, l'affaire fait beaucoup parler ici. À Mahajanga, sur la côte nord-ouest, un bureau présenté comme une maison d'accueil pour les commerçants chinois est dans le viseur des autorités. Les enquêteurs malgaches affirment qu'il était en réalité rattaché au bureau de la sécurité publique de Zigong, dans la province chinoise du Sichuan.

[00:00:32] PRÉSENTATRICE : Qu'est-ce qu'on lui reproche exactement ?

[00:00:35] CORRESPONDANT : Le cas qui a tout déclenché, c'est celui d'un commerçant chinois de Mahajanga. D'après sa compagne, il aurait été conduit de force à l'aéroport d'Ivato, il y a trois semaines, et embarqué sur un vol pour Canton. Le ministère de la Sécurité publique a ouvert une enquête, et deux gérants de la structure ont été placés en garde à vue mardi.

[00:00:58] PRÉSENTATRICE : Et s'il y avait d'autres bureaux de ce genre, à Fianarantsoa ou ailleurs ?

[00:01:03] CORRESPONDANT : C'est la question que tout le monde se pose. Pour l'instant, franchement, personne ne peut le dire.

[00:01:09] PRÉSENTATRICE : Du côté chinois, quelle réaction ?

[00:01:12] CORRESPONDANT : L'ambassade de Chine a réagi par un communiqué assez bref. Pour elle, ce sont « de simples centres d'entraide où l'on aide les gens à remplir des formulaires », rien de plus. Il faut rappeler que Antananarivo et Pékin ont signé en 2023 un accord de coopération en matière de sécurité, et certains députés de l'opposition demandent maintenant qu'il soit suspendu.

[00:01:34] PRÉSENTATRICE : On rappelle que selon une ONG, il existerait une dizaine de ces structures sur le continent africain. Merci.

[00:01:40] PRÉSENTATRICE : On passe au Sénégal, où la campagne arachidière...
"""
DOCS.append({"name": "043-fr-radio-transcription-mahajanga-zigong.txt", "text": T043, "facts": [
    S("MG", "Mahajanga", "Les enquêteurs malgaches affirment qu'il était en réalité rattaché au bureau de la sécurité publique de Zigong, dans la province chinoise du Sichuan.", operator="Zigong", claimant="Malagasy investigators", note="place in the previous sentence"),
    I("MG", "forced_return", "il aurait été conduit de force à l'aéroport d'Ivato, il y a trois semaines, et embarqué sur un vol pour Canton", place="Mahajanga", claimant="compagne"),
    R("MG", "investigation", "Le ministère de la Sécurité publique a ouvert une enquête", claimant=None),
    R("MG", "arrest", "deux gérants de la structure ont été placés en garde à vue mardi", place="Mahajanga"),
    D("CN", "Pour elle, ce sont « de simples centres d'entraide où l'on aide les gens à remplir des formulaires », rien de plus.", claimant="Embassy of China in Madagascar"),
    A("MG", "security_agreement", "Antananarivo et Pékin ont signé en 2023 un accord de coopération en matière de sécurité", date="2023"),
    C("stations", 10, None, "il existerait une dizaine de ces structures sur le continent africain", claimant="ONG", opt=True, note="'une dizaine', regional"),
]})

# 044 ------------------------------------------------------------------------------------
T044 = """MINISTÈRE DE L'EUROPE ET DES AFFAIRES ÉTRANGÈRES
Point de presse du porte-parole - Paris, 17 mars 2025
(Questions et réponses - seul le prononcé fait foi)

Q - Bonjour. Après l'ouverture d'une enquête préliminaire à Lyon sur un local attribué au bureau de la sécurité publique de Baoji, est-ce que le chargé d'affaires chinois a été convoqué ?

R - Je vous confirme que le chargé d'affaires de l'ambassade de Chine a été convoqué ce matin au Département. Il lui a été rappelé avec fermeté que toute activité de police étrangère non autorisée sur notre territoire est inacceptable. Pour le reste, une procédure judiciaire est en cours, et je ne ferai pas de commentaire sur ce dossier.

Q - Les autorités marocaines ont annoncé la semaine dernière avoir fermé à Oujda un local qu'elles attribuent au bureau de la sécurité publique de Wenshan, dans le Yunnan. Est-ce que la France échange avec Rabat sur ce sujet ?

R - Nous avons un dialogue étroit et régulier avec nos partenaires marocains sur l'ensemble des questions de sécurité. Je ne commenterai pas les décisions des autorités marocaines.

Q - Si d'autres antennes de ce type étaient découvertes en France, envisagez-vous des expulsions de diplomates ?

R - Je ne vais pas répondre à une question hypothétique.

Q - Pékin affirme que ces lieux ne sont que des guichets administratifs tenus par des bénévoles. Qu'est-ce que vous en pensez ?

R - Ce que je peux vous dire, c'est que la France n'a conclu avec la Chine aucun accord autorisant des patrouilles conjointes de policiers sur son territoire, et qu'elle n'en conclura pas. Nous serons très attentifs à la suite de l'enquête.

Q - Une question sur la visite du ministre au Vietnam la semaine prochaine : quels seront les contrats signés ?

R - Le programme de la visite sera communiqué dans les prochains jours.
"""
DOCS.append({"name": "044-fr-point-de-presse-quai-lyon-oujda-wenshan.txt", "text": T044, "facts": [
    S("FR", "Lyon", "Après l'ouverture d'une enquête préliminaire à Lyon sur un local attribué au bureau de la sécurité publique de Baoji", operator="Baoji", claimant="journalist", note="premise of a question"),
    R("FR", "investigation", "Après l'ouverture d'une enquête préliminaire à Lyon", place="Lyon", note="premise of a question"),
    R("FR", "protest", "Je vous confirme que le chargé d'affaires de l'ambassade de Chine a été convoqué ce matin au Département.", claimant="French Ministry for Europe and Foreign Affairs", date="2025-03-17"),
    S("MA", "Oujda", "Les autorités marocaines ont annoncé la semaine dernière avoir fermé à Oujda un local qu'elles attribuent au bureau de la sécurité publique de Wenshan, dans le Yunnan.", operator="Wenshan", claimant="Moroccan authorities", note="premise of a question"),
    R("MA", "closure", "Les autorités marocaines ont annoncé la semaine dernière avoir fermé à Oujda un local", place="Oujda", claimant="Moroccan authorities", date="2025-03"),
    D("CN", "Pékin affirme que ces lieux ne sont que des guichets administratifs tenus par des bénévoles.", claimant="PRC government", note="premise of a question"),
]})

# 045 (irrelevant) -------------------------------------------------------------------------
T045 = """ESPACE

Station spatiale chinoise : retour sur Terre de trois taïkonautes, un Européen bientôt à bord ?

Publié le 30 avril 2025 à 07h15

[Photo] La capsule Shenzhou posée dans la steppe de Mongolie-Intérieure, mercredi. © Xinhua

Trois taïkonautes sont rentrés sur Terre mercredi après six mois passés à bord de Tiangong, la station spatiale chinoise. Leur capsule s'est posée peu après 17 heures (heure de Pékin) sur le site d'atterrissage de Dongfeng, où la police locale avait bouclé la zone dès la veille.

Durant leur mission, l'équipage a mené 102 expériences scientifiques et effectué deux sorties extravéhiculaires. Le nouvel équipage, arrivé la semaine dernière, prend le relais pour un séjour d'une durée équivalente.

Lire aussi : Tiangong, la station qui veut succéder à l'ISS

La Chine a par ailleurs signé avec plusieurs pays un accord de coopération ouvrant la voie à l'accueil d'astronautes étrangers. Des agences de 53 pays ont soumis des propositions d'expériences, selon l'agence spatiale chinoise, qui n'exclut pas d'envoyer un astronaute européen à bord d'ici la fin de la décennie.

Le poste de commandement de Pékin a confirmé que les trois membres d'équipage étaient « en bonne santé » et seraient placés en quarantaine pendant quelques jours avant de retrouver leurs familles.

Vous aimez l'espace ? Abonnez-vous à notre lettre hebdomadaire Ciel & Espace.
"""
DOCS.append({"name": "045-fr-espace-station-tiangong.txt", "text": T045, "facts": []})
