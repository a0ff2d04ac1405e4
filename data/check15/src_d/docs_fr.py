"""check15 part D, French documents 040-045. Held-out material: contains the gold."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# ---------------------------------------------------------------- 040
T040 = """ASSEMBLÉE NATIONALE
XVIIe législature — Session ordinaire de 2025-2026
Compte rendu intégral de la séance du mardi 14 octobre 2025 (extrait)

QUESTIONS AU GOUVERNEMENT

Ingérences étrangères en Corse

M. le président. La parole est au député de la première circonscription de la Haute-Corse.

Le député de la Haute-Corse. Monsieur le ministre de l'intérieur, le 2 octobre dernier, un quotidien insulaire a révélé qu'un « centre de services aux ressortissants chinois » fonctionnait depuis 2021 au-dessus d'une agence de voyages du boulevard Paoli, à Bastia. Selon l'organisation Safeguard Defenders, cette antenne dépendrait du bureau de la sécurité publique de Yichang, dans la province du Hubei. (Exclamations sur plusieurs bancs.) Une seconde structure, plus discrète, aurait été signalée à Ajaccio, dans le quartier des Salines.

Ce ne sont pas des rumeurs, mes chers collègues. L'ONG recense désormais cent deux de ces « commissariats » officieux, répartis dans cinquante-trois pays, dont au moins quatre sur le sol français. Des membres de la communauté chinoise de l'île m'ont confié avoir été photographiés à la sortie d'une réunion de leur association, au printemps ; les clichés ont été envoyés à leurs familles, au Hubei, avec ce simple commentaire : « On sait qui vous fréquentez. » (Applaudissements sur les bancs des groupes LIOT et EPR.)

Alors ma question est simple : quand le Gouvernement ordonnera-t-il la fermeture de ces officines, et a-t-il seulement convoqué l'ambassadeur de Chine ? (Applaudissements sur les bancs du groupe LIOT.)

M. le président. La parole est à M. le ministre de l'intérieur.

M. le ministre de l'intérieur. Monsieur le député, je vous remercie de cette question, qui touche à notre souveraineté. Dès le 3 octobre, la direction générale de la sécurité intérieure a été saisie et le parquet de Bastia a ouvert une enquête préliminaire. Les locaux du boulevard Paoli ont été perquisitionnés le 7 octobre. Je ne peux pas en dire davantage, sinon qu'aucune interpellation n'est intervenue à ce stade. Depuis, l'association qui les occupait a cessé toute activité et décroché sa plaque.

S'agissant d'Ajaccio, les vérifications conduites par la police nationale n'ont mis au jour aucun élément en ce sens. (Exclamations sur les bancs du groupe RN.)

Vous m'interrogez enfin sur l'ambassadeur. Le chargé d'affaires de l'ambassade de Chine a été convoqué au Quai d'Orsay le 9 octobre ; il lui a été rappelé que toute activité d'une police étrangère sur notre sol est illégale. (Applaudissements sur les bancs du groupe EPR.) L'ambassade nous a répondu qu'il s'agissait d'un simple « guichet bénévole » d'aide au renouvellement des permis de conduire. Nous jugerons sur les faits. Mais que les choses soient claires : la France ne tolérera aucune police parallèle.

M. le président. La parole est au député de la Haute-Corse, pour une réponse brève.

Le député de la Haute-Corse. Monsieur le ministre, à Bastia, tout le monde savait. Il a fallu un journal pour que l'État se réveille.
"""
DOCS.append(dict(
    name="040-fr-assemblee-questions-gouvernement-bastia-ajaccio-yichang.txt",
    text=T040,
    facts=[
        S("FR", "Bastia", "un « centre de services aux ressortissants chinois » fonctionnait depuis 2021 au-dessus d'une agence de voyages du boulevard Paoli, à Bastia. Selon l'organisation Safeguard Defenders, cette antenne dépendrait du bureau de la sécurité publique de Yichang", operator="Yichang", claimant="Safeguard Defenders", date="2021", note="premise of a deputy's question; operator in the next sentence ('cette antenne dépendrait')"),
        S("FR", "Ajaccio", "Une seconde structure, plus discrète, aurait été signalée à Ajaccio, dans le quartier des Salines.", claimant="Safeguard Defenders", note="reporting conditional 'aurait été signalée'"),
        C("stations", 102, None, "L'ONG recense désormais cent deux de ces « commissariats » officieux, répartis dans cinquante-trois pays", claimant="Safeguard Defenders", note="'cent deux' in words"),
        C("countries", 53, None, "L'ONG recense désormais cent deux de ces « commissariats » officieux, répartis dans cinquante-trois pays", claimant="Safeguard Defenders", note="'cinquante-trois' in words"),
        C("stations", 4, "FR", "dont au moins quatre sur le sol français", claimant="Safeguard Defenders", note="scoped to the host country: required"),
        I("FR", "surveillance", "Des membres de la communauté chinoise de l'île m'ont confié avoir été photographiés à la sortie d'une réunion de leur association, au printemps ; les clichés ont été envoyés à leurs familles, au Hubei", claimant="deputy for Haute-Corse"),
        I("FR", "harassment", "les clichés ont été envoyés à leurs familles, au Hubei, avec ce simple commentaire : « On sait qui vous fréquentez. »", claimant="deputy for Haute-Corse", opt=True, note="intimidation through relatives inside a surveillance case"),
        R("FR", "investigation", "la direction générale de la sécurité intérieure a été saisie et le parquet de Bastia a ouvert une enquête préliminaire", place="Bastia", claimant="French Minister of the Interior", date="2025-10-03"),
        R("FR", "arrest", "aucune interpellation n'est intervenue à ce stade", claimant="French Minister of the Interior", pol="denied", opt=True),
        R("FR", "closure", "Depuis, l'association qui les occupait a cessé toute activité et décroché sa plaque.", place="Bastia", claimant="French Minister of the Interior", opt=True, note="stopped by itself after a search"),
        R("FR", "no_wrongdoing_found", "S'agissant d'Ajaccio, les vérifications conduites par la police nationale n'ont mis au jour aucun élément en ce sens.", place="Ajaccio", claimant="French Minister of the Interior"),
        R("FR", "protest", "Le chargé d'affaires de l'ambassade de Chine a été convoqué au Quai d'Orsay le 9 octobre", claimant="French Minister of the Interior", date="2025-10-09"),
        D("CN", "L'ambassade nous a répondu qu'il s'agissait d'un simple « guichet bénévole » d'aide au renouvellement des permis de conduire.", claimant="Chinese embassy in France", note="denial as an explanation"),
        S("FR", "Bastia", "L'ambassade nous a répondu qu'il s'agissait d'un simple « guichet bénévole » d'aide au renouvellement des permis de conduire.", claimant="Chinese embassy in France", pol="denied", opt=True),
    ],
))

# ---------------------------------------------------------------- 041
T041 = """[TRANSCRIPTION AUTOMATIQUE, RELUE] « Coulisses des Routes de la soie » — épisode 37 : « Le bureau de Tié-Tié »
Invitée : une politiste spécialiste de la diaspora chinoise en Afrique centrale. Durée totale : 41 min. Extrait de 12:40 à 19:55.

[12:40] ANIMATEUR : On en arrive à Pointe-Noire. Qu'est-ce qu'on sait, concrètement ?

[12:44] INVITÉE : Alors, concrètement… Il y a, dans le quartier de Tié-Tié, dans une ancienne quincaillerie, ce que les commerçants chinois appellent entre eux le « bureau de liaison ». D'après nos entretiens, et d'après des documents internes qu'on a pu consulter, ce bureau est rattaché au bureau de la sécurité publique de Huaihua, dans l'ouest du Hunan. Ça ne s'invente pas : une bonne partie des ouvriers des chantiers du port viennent de là-bas.

[13:21] ANIMATEUR : Depuis quand ?

[13:23] INVITÉE : Les premières traces datent de la fin de 2019. Il a été inauguré – si on peut dire – en novembre 2019, avec une photo de groupe, une banderole rouge, le consul honoraire au premier rang… enfin, vous voyez le genre.

[13:40] ANIMATEUR : Et il sert à quoi ? Officiellement ?

[13:42] INVITÉE : Officiellement, à aider les ressortissants pour les papiers, les permis, les procurations. C'est la façade habituelle. Mais on a documenté au moins un cas très précis. Un ouvrier du BTP, la quarantaine, qui avait quitté un chantier après un conflit sur son salaire, et qui était – du point de vue chinois – recherché pour une histoire de dette. Les gens du bureau sont allés voir sa famille. Ses parents ont été convoqués au commissariat de leur canton, on a menacé de priver son fils de cantine scolaire… Au bout de trois semaines, il a pris l'avion pour rentrer. Tout seul, hein, personne ne l'a escorté. Mais « volontairement », avec des guillemets énormes.

[14:30] ANIMATEUR : C'était quand ?

[14:31] INVITÉE : Au printemps 2022. Mars, avril, à peu près.

[14:36] ANIMATEUR : Et côté congolais ? La police, la justice ?

[14:39] INVITÉE : Rien. À ma connaissance, aucune enquête n'a été ouverte, ni à Pointe-Noire ni à Brazzaville. Je ne suis pas certaine que les autorités aient très envie de regarder de ce côté-là, pour être honnête.

[15:02] ANIMATEUR : Nous avons sollicité l'ambassade de Chine à Brazzaville. Dans un message écrit, elle affirme que « les allégations relatives à de prétendus postes de police chinois au Congo sont dénuées de tout fondement », et qu'il n'existe à Pointe-Noire qu'une « amicale de commerçants ».

[15:20] INVITÉE : (rires) C'est la réponse standard. Mot pour mot, presque.

[15:26] ANIMATEUR : Est-ce qu'il y en a d'autres, dans la région ?

[15:29] INVITÉE : On en soupçonne une demi-douzaine en Afrique centrale, mais honnêtement je ne peux en confirmer qu'un seul, celui-là. Il y a eu des rumeurs pour Dolisie, que nous n'avons pas pu vérifier. Et pour le Cameroun ou le Gabon, d'autres collègues travaillent dessus.

[16:02] ANIMATEUR : Il y a aussi ce texte signé entre les deux pays…

[16:05] INVITÉE : Oui. En 2023, Brazzaville et Pékin ont signé un mémorandum d'entente sur la coopération en matière de sécurité publique : formation, échanges d'officiers, équipements. Rien de secret là-dedans. Mais c'est le cadre dans lequel tout ça prospère.

[16:31] ANIMATEUR : On fait une courte pause, et on revient avec la question des gares routières de la côte, où les contrôles de police se sont multipliés. Restez avec nous.
"""
DOCS.append(dict(
    name="041-fr-podcast-transcription-pointe-noire-huaihua.txt",
    text=T041,
    facts=[
        S("CG", "Pointe-Noire", "ce bureau est rattaché au bureau de la sécurité publique de Huaihua, dans l'ouest du Hunan", operator="Huaihua", claimant="political scientist (podcast guest)", date="2019-11", note="place two sentences earlier ('On en arrive à Pointe-Noire', 'dans le quartier de Tié-Tié'); site Tié-Tié"),
        I("CG", "persuasion", "Les gens du bureau sont allés voir sa famille. Ses parents ont été convoqués au commissariat de leur canton, on a menacé de priver son fils de cantine scolaire… Au bout de trois semaines, il a pris l'avion pour rentrer.", place="Pointe-Noire", claimant="political scientist (podcast guest)", date="2022", note="flew home alone: persuasion, not forced return"),
        I("CG", "harassment", "Ses parents ont été convoqués au commissariat de leur canton, on a menacé de priver son fils de cantine scolaire", claimant="political scientist (podcast guest)", date="2022", opt=True, note="pressure on relatives inside a persuasion case"),
        R("CG", "investigation", "À ma connaissance, aucune enquête n'a été ouverte, ni à Pointe-Noire ni à Brazzaville.", claimant="political scientist (podcast guest)", pol="denied"),
        D("CN", "« les allégations relatives à de prétendus postes de police chinois au Congo sont dénuées de tout fondement »", claimant="Chinese embassy in Brazzaville"),
        S("CG", "Pointe-Noire", "et qu'il n'existe à Pointe-Noire qu'une « amicale de commerçants »", claimant="Chinese embassy in Brazzaville", pol="denied", opt=True),
        C("stations", 6, None, "On en soupçonne une demi-douzaine en Afrique centrale", claimant="political scientist (podcast guest)", opt=True, note="regional approximation"),
        C("stations", 1, "CG", "je ne peux en confirmer qu'un seul, celui-là", claimant="political scientist (podcast guest)", opt=True, note="count of one"),
        S("CG", "Dolisie", "Il y a eu des rumeurs pour Dolisie, que nous n'avons pas pu vérifier.", claimant="political scientist (podcast guest)", opt=True, note="unverified rumour"),
        A("CG", "security_agreement", "En 2023, Brazzaville et Pékin ont signé un mémorandum d'entente sur la coopération en matière de sécurité publique", claimant="political scientist (podcast guest)", date="2023"),
    ],
))

# ---------------------------------------------------------------- 042
T042_BODY = """3.2 Golfe de Guinée et Cameroun

Nos enquêteurs ont identifié, entre janvier 2024 et mars 2025, quatre sites répartis dans trois pays de la sous-région qui présentent les caractéristiques d'un « poste de service » de la police chinoise¹. Trois ont pu être vérifiés sur place ; le quatrième, à Port-Gentil (Gabon), n'a été signalé que par une source unique et reste à confirmer.

Le Cameroun en compte deux. Le premier, ouvert en 2019 à Garoua dans l'arrière-boutique d'un grossiste en motocyclettes, dépend du bureau de la sécurité publique de Chenzhou (Hunan) ; le second, à Bafoussam, a été installé en 2020 par celui de Yongzhou, dans la même province. Au Bénin, un bureau fonctionne à Parakou depuis 2018 ; il est rattaché à la sécurité publique de Tongling (Anhui).

Tab1eau 3 — Sites identifiés (golfe de Guinée et Cameroun)

  Pays      | Ville        | Service de rattachement | Ouverture | Statut
  ----------+--------------+-------------------------+-----------+--------------
  Cameroun  | Garoua       | BSP Chenzhou (Hunan)    | 2019      | vérifié
  Cameroun  | Bafoussam    | BSP Yongzhou (Hunan)    | 2020      | fermé (2024)
  Bénin     | Parakou      | BSP Tongling (Anhui)    | 2018      | vérifié
  Gabon     | Port-Gentil  | non identifié           | ?         | non confirmé

Comme ailleurs, ces structures se présentent comme des guichets d'assistance administrative : renouvellement de permis de conduire, attestations diverses, médiation dans les litiges commerciaux. Selon les témoignages recueillis, elles servent aussi à surveiller les ressortissants jugés indésirables et à faire pression sur eux.

Deux cas précis illustrent ce second rôle. À Garoua, un mécanicien originaire du Hunan, en conflit avec un ancien associé, a été conduit en mars 2024 par deux hommes se présentant comme des « agents de liaison » jusqu'à l'aéroport de Douala, puis placé de force dans un vol pour Changsha via Addis-Abeba, sans avoir pu prévenir son avocat². À Parakou, des étudiants chinois de l'université nous ont décrit comment les réunions de leur association étaient filmées et les listes de participants transmises au bureau de Tongling³.

Les réactions des autorités ont été inégales. À Bafoussam, le préfet du département de la Mifi a ordonné en août 2024 la fermeture du local, après un signalement des services de renseignement ; le site n'a pas rouvert⁴. À Garoua, en revanche, aucune enquête n'a été ouverte à ce jour. La police béninoise a entendu le gérant du bureau de Parakou en janvier 2025, mais n'a relevé « aucune infraction à la législation nationale »⁵.

Le Cameroun et la Chine ont par ailleurs signé en 2021 un accord de coopération en matière de sécurité qui prévoit la formation de policiers camerounais en Chine, ce qui complique, selon plusieurs diplomates en poste à Yaoundé, toute réaction publique des autorités.

¹ Méthodologie : voir l'annexe A. Un site n'est retenu qu'avec deux sources indépendantes.
² Entretien avec un proche de l'intéressé, Garoua, mai 2024.
³ Entretiens collectifs, Parakou, novembre 2024.
⁴ Arrêté préfectoral consulté par l'Observatoire.
⁵ Communiqué de la Direction générale de la police républicaine du 21 janvier 2025."""
T042 = "OBSERVATOIRE DES DIASPORAS ET DES LIBERTÉS — Rapport 2025 « Longs bras »\n\n" + wrap(T042_BODY, 72).replace("l'arrière", "1'arrière") + "\n\n— 27 —\n"
DOCS.append(dict(
    name="042-fr-rapport-ong-ocr-garoua-bafoussam-parakou-chenzhou-yongzhou-tongling.txt",
    text=T042,
    facts=[
        C("stations", 4, None, "quatre sites répartis dans trois pays de la sous-région", claimant="Observatoire des diasporas et des libertés", opt=True, note="regional count"),
        C("countries", 3, None, "quatre sites répartis dans trois pays de la sous-région", claimant="Observatoire des diasporas et des libertés", opt=True, note="regional count"),
        C("stations", 3, None, "Trois ont pu être vérifiés sur place", claimant="Observatoire des diasporas et des libertés", opt=True, note="derived regional count"),
        S("GA", "Port-Gentil", "le quatrième, à Port-Gentil (Gabon), n'a été signalé que par une source unique et reste à confirmer", claimant="Observatoire des diasporas et des libertés", opt=True, note="unconfirmed, single source"),
        C("stations", 2, "CM", "Le Cameroun en compte deux.", claimant="Observatoire des diasporas et des libertés", note="scoped to one host country"),
        S("CM", "Garoua", "Le premier, ouvert en 2019 à Garoua dans 1'arrière-boutique d'un grossiste en motocyclettes, dépend du bureau de la sécurité publique de Chenzhou (Hunan)", operator="Chenzhou", claimant="Observatoire des diasporas et des libertés", date="2019"),
        S("CM", "Bafoussam", "le second, à Bafoussam, a été installé en 2020 par celui de Yongzhou", operator="Yongzhou", claimant="Observatoire des diasporas et des libertés", date="2020", note="operator by reference ('celui de')"),
        S("BJ", "Parakou", "Au Bénin, un bureau fonctionne à Parakou depuis 2018 ; il est rattaché à la sécurité publique de Tongling (Anhui).", operator="Tongling", claimant="Observatoire des diasporas et des libertés", date="2018"),
        I("CM", "forced_return", "À Garoua, un mécanicien originaire du Hunan, en conflit avec un ancien associé, a été conduit en mars 2024 par deux hommes se présentant comme des « agents de liaison » jusqu'à l'aéroport de Douala, puis placé de force dans un vol pour Changsha", place="Garoua", claimant="Observatoire des diasporas et des libertés", date="2024-03"),
        I("BJ", "surveillance", "À Parakou, des étudiants chinois de l'université nous ont décrit comment les réunions de leur association étaient filmées et les listes de participants transmises au bureau de Tongling", place="Parakou", claimant="Observatoire des diasporas et des libertés"),
        R("CM", "closure", "À Bafoussam, le préfet du département de la Mifi a ordonné en août 2024 la fermeture du local", place="Bafoussam", claimant="Observatoire des diasporas et des libertés", date="2024-08"),
        R("CM", "investigation", "À Garoua, en revanche, aucune enquête n'a été ouverte à ce jour.", place="Garoua", claimant="Observatoire des diasporas et des libertés", pol="denied"),
        R("BJ", "investigation", "La police béninoise a entendu le gérant du bureau de Parakou en janvier 2025", place="Parakou", claimant="Observatoire des diasporas et des libertés", date="2025-01"),
        R("BJ", "no_wrongdoing_found", "mais n'a relevé « aucune infraction à la législation nationale »", place="Parakou", claimant="Beninese police", date="2025-01"),
        A("CM", "security_agreement", "Le Cameroun et la Chine ont par ailleurs signé en 2021 un accord de coopération en matière de sécurité", claimant="Observatoire des diasporas et des libertés", date="2021"),
    ],
))

# ---------------------------------------------------------------- 043
T043 = """VÉRIF' | Non, la police chinoise n'a pas ouvert de « commissariat » dans la médina de Fès — mais le cas de Tanger est plus sérieux

Publié le 18 février 2025 à 11h02 — Mis à jour le 19 février 2025 à 09h40

Une vidéo vue plus d'un million de fois affirme que des policiers chinois en uniforme patrouillent depuis un « commissariat » installé à Fès. Les images montrent en réalité un poste de gardiennage d'une usine textile à capitaux chinois. Le signalement d'un bureau lié à la police chinoise à Tanger, lui, repose sur des sources plus solides.

CE QUI CIRCULE

« La Chine a maintenant sa police à Fès, réveillez-vous !!! », écrit un compte suivi par 240 000 personnes sur Facebook, en partageant une vidéo de 47 secondes. On y voit deux hommes en chemise bleue devant une guérite ornée d'idéogrammes. Sur TikTok, la même séquence est accompagnée de la légende « 1er commissariat chinois d'Afrique du Nord ». Plusieurs internautes ajoutent que « des dizaines d'agents » seraient arrivés par avion.

CE QUE NOUS AVONS VÉRIFIÉ

FAUX. Grâce à une recherche d'image inversée et à la comparaison avec Google Street View, nous avons localisé la guérite : elle se trouve à l'entrée d'une usine de confection de la zone industrielle de Ras El Ma, à la périphérie de Fès. Les idéogrammes signifient « Entrée du personnel ». Les deux hommes sont des agents de sécurité privés, employés par une société marocaine, comme l'a confirmé la direction de l'usine. Il n'existe à Fès aucun « commissariat chinois ».

ET TANGER ?

L'histoire ne s'arrête pas là. Dans un rapport publié en 2022, l'ONG Safeguard Defenders recensait 102 « stations de service » de la police chinoise dans 53 pays, dont une seule au Maroc : à Tanger. Selon ce document, le bureau, ouvert en 2021 dans un immeuble de bureaux proche du port, relevait du bureau de la sécurité publique de Linfen, dans la province du Shanxi.

Interrogée par notre rédaction, la Direction générale de la sûreté nationale (DGSN) indique avoir « procédé aux vérifications d'usage » à Tanger au printemps 2023, sans constater « aucune activité contraire à la loi ». L'ambassade de Chine à Rabat, de son côté, dénonce des « rumeurs malveillantes » et assure que la Chine « n'a jamais établi de poste de police au Maroc ».

NOTRE CONCLUSION

La vidéo de Fès est trompeuse : elle montre une guérite de sécurité privée. Le cas de Tanger, cité par une ONG, a bien été examiné par les autorités marocaines, qui disent n'avoir rien trouvé d'illégal.

Vous avez repéré une information douteuse ? Écrivez-nous sur notre messagerie.
"""
DOCS.append(dict(
    name="043-fr-verification-faits-fes-tanger-linfen.txt",
    text=T043,
    facts=[
        S("MA", "Fes", place_alt=["Fez"], ev= "Il n'existe à Fès aucun « commissariat chinois ».", pol="denied", opt=True, note="fact-check verdict in the document's own voice; viral claim declared false"),
        C("stations", 102, None, "l'ONG Safeguard Defenders recensait 102 « stations de service » de la police chinoise dans 53 pays", claimant="Safeguard Defenders", date="2022"),
        C("countries", 53, None, "l'ONG Safeguard Defenders recensait 102 « stations de service » de la police chinoise dans 53 pays", claimant="Safeguard Defenders", date="2022"),
        C("stations", 1, "MA", "dont une seule au Maroc : à Tanger", claimant="Safeguard Defenders", opt=True, note="count of one"),
        S("MA", "Tangier", "dont une seule au Maroc : à Tanger. Selon ce document, le bureau, ouvert en 2021 dans un immeuble de bureaux proche du port, relevait du bureau de la sécurité publique de Linfen", operator="Linfen", claimant="Safeguard Defenders", date="2021"),
        R("MA", "investigation", "la Direction générale de la sûreté nationale (DGSN) indique avoir « procédé aux vérifications d'usage » à Tanger au printemps 2023", place="Tangier", claimant="DGSN", date="2023"),
        R("MA", "no_wrongdoing_found", "sans constater « aucune activité contraire à la loi »", place="Tangier", claimant="DGSN", date="2023"),
        D("CN", "L'ambassade de Chine à Rabat, de son côté, dénonce des « rumeurs malveillantes » et assure que la Chine « n'a jamais établi de poste de police au Maroc ».", claimant="Chinese embassy in Rabat"),
        S("MA", None, "assure que la Chine « n'a jamais établi de poste de police au Maroc »", claimant="Chinese embassy in Rabat", pol="denied", opt=True, note="country-wide denial"),
    ],
))

# ---------------------------------------------------------------- 044
T044 = """Conseil des droits de l'homme
Cinquante-huitième session, Genève
Point 4 de l'ordre du jour — Débat général : situations relatives aux droits de l'homme qui requièrent l'attention du Conseil

Déclaration orale conjointe
présentée par le Réseau francophone pour les libertés en diaspora (RFLD), organisation non gouvernementale dotée du statut consultatif spécial, au nom de quatre organisations

Seul le texte prononcé fait foi.

Monsieur le Président,

Notre réseau souhaite appeler l'attention du Conseil sur la répression transnationale exercée par la République populaire de Chine à l'encontre de ses propres ressortissants. Depuis 2022, des organisations de la société civile ont recensé au moins 102 « postes de police » chinois à l'étranger, répartis dans 53 pays. L'espace francophone n'est pas épargné.

À Port-au-Prince, un bureau installé dans les locaux d'une chambre de commerce privée du quartier de Bourdon est placé sous l'autorité du bureau de la sécurité publique de Luohe, dans la province du Henan. En juillet 2024, un commerçant chinois qui avait critiqué en ligne les autorités de sa province y a été convoqué à trois reprises, puis sommé de rentrer en Chine pour « régulariser sa situation ». Sa sœur, restée au Henan, a été licenciée le mois suivant. Il a refusé de partir et vit aujourd'hui caché.

En République démocratique du Congo, un second bureau, qui relève de la sécurité publique de Zhumadian, opère à Kisangani depuis 2021 auprès des entreprises minières et forestières. Plusieurs ouvriers nous ont rapporté que leurs passeports y avaient été retenus « pour renouvellement » pendant des mois.

À notre connaissance, ni la Police nationale d'Haïti ni les autorités congolaises n'ont ouvert la moindre enquête. Nous comprenons les difficultés que traversent ces deux États ; elles ne sauraient justifier le silence.

Le Réseau appelle le Conseil à demander aux États concernés de fermer ces structures, de protéger les personnes visées et de coopérer avec les procédures spéciales.

Je vous remercie.

*   *   *

Exercice du droit de réponse — Délégation de la République populaire de Chine (extrait du résumé)

La délégation chinoise rejette catégoriquement des allégations « fabriquées de toutes pièces par des organisations manipulées ». Il n'existe pas de prétendus « postes de police » chinois à l'étranger. Les lieux évoqués sont des points de service animés par des bénévoles, qui ont aidé nos ressortissants à renouveler en ligne leur permis de conduire pendant la pandémie. La délégation invite le Conseil à ne pas se laisser instrumentaliser.
"""
DOCS.append(dict(
    name="044-fr-cdh-declaration-orale-port-au-prince-kisangani-luohe-zhumadian.txt",
    text=T044,
    facts=[
        C("stations", 102, None, "des organisations de la société civile ont recensé au moins 102 « postes de police » chinois à l'étranger, répartis dans 53 pays", claimant="civil-society organisations", note="'au moins 102'"),
        C("countries", 53, None, "des organisations de la société civile ont recensé au moins 102 « postes de police » chinois à l'étranger, répartis dans 53 pays", claimant="civil-society organisations"),
        S("HT", "Port-au-Prince", "À Port-au-Prince, un bureau installé dans les locaux d'une chambre de commerce privée du quartier de Bourdon est placé sous l'autorité du bureau de la sécurité publique de Luohe", operator="Luohe", claimant="Réseau francophone pour les libertés en diaspora", note="site Bourdon"),
        I("HT", "persuasion", "En juillet 2024, un commerçant chinois qui avait critiqué en ligne les autorités de sa province y a été convoqué à trois reprises, puis sommé de rentrer en Chine pour « régulariser sa situation ».", place="Port-au-Prince", claimant="Réseau francophone pour les libertés en diaspora", date="2024-07", note="he refused and stayed: a persuasion attempt"),
        I("HT", "harassment", "Sa sœur, restée au Henan, a été licenciée le mois suivant.", claimant="Réseau francophone pour les libertés en diaspora", date="2024-08", opt=True, note="pressure on a relative inside a persuasion case"),
        S("CD", "Kisangani", "En République démocratique du Congo, un second bureau, qui relève de la sécurité publique de Zhumadian, opère à Kisangani depuis 2021", operator="Zhumadian", claimant="Réseau francophone pour les libertés en diaspora", date="2021"),
        I("CD", "harassment", "Plusieurs ouvriers nous ont rapporté que leurs passeports y avaient été retenus « pour renouvellement » pendant des mois.", place="Kisangani", claimant="Réseau francophone pour les libertés en diaspora", opt=True, note="unnamed workers, passports withheld: borderline case"),
        R("HT", "investigation", "ni la Police nationale d'Haïti ni les autorités congolaises n'ont ouvert la moindre enquête", claimant="Réseau francophone pour les libertés en diaspora", pol="denied"),
        R("CD", "investigation", "ni la Police nationale d'Haïti ni les autorités congolaises n'ont ouvert la moindre enquête", claimant="Réseau francophone pour les libertés en diaspora", pol="denied"),
        D("CN", "La délégation chinoise rejette catégoriquement des allégations « fabriquées de toutes pièces par des organisations manipulées ». Il n'existe pas de prétendus « postes de police » chinois à l'étranger.", claimant="PRC delegation to the Human Rights Council"),
    ],
))

# ---------------------------------------------------------------- 045 (irrelevant)
T045 = """MULHOUSE
Un poste de police municipale ouvre ses portes au cœur de la gare

Installé dans l'ancien local des objets trouvés, le nouveau poste accueillera le public sept jours sur sept. La Ville mise sur la présence d'agents pour rassurer voyageurs et riverains.

Ils étaient une bonne trentaine, ce lundi matin, à se presser dans le hall de la gare pour l'inauguration. Le maire, le préfet délégué pour la défense et la sécurité et le directeur régional de SNCF Voyageurs ont coupé le ruban du nouveau poste de police municipale, installé à droite des guichets. « C'est un engagement de campagne que nous tenons », a souligné l'adjoint chargé de la tranquillité publique.

Le poste sera ouvert de 7 heures à 22 heures. Il s'appuie sur une convention de partenariat signée en juin entre la Ville, la SNCF et la police nationale, qui prévoit des patrouilles communes sur le parvis et dans le passage souterrain les soirs de week-end. Le commissariat central, rue Coehorn, reste compétent pour les plaintes. Au total, 102 agents de la police municipale sont désormais en poste dans la commune, et 53 nouvelles caméras ont été raccordées au centre de supervision urbain.

La gare, qui voit passer près de 30 000 voyageurs par jour, concentre une part importante des vols à la tire signalés en ville. Jeudi dernier encore, un pickpocket a été interpellé après avoir dérobé le téléphone d'une touriste chinoise, membre d'un groupe venu de Shanghai visiter le marché de Noël de Colmar. Il a été placé en garde à vue puis déféré au parquet.

Ce poste remplace l'ancienne antenne de l'avenue de Colmar, dont la fermeture avait été décidée l'an dernier pour raisons de sécurité. Ses locaux accueilleront une maison France Services.

Par ailleurs, la mairie a rappelé que les vingt-six Mulhousiens rapatriés du Liban en novembre par le ministère des affaires étrangères bénéficient d'un accompagnement social. Une cellule d'écoute reste ouverte au centre communal d'action sociale.
"""
DOCS.append(dict(
    name="045-fr-presse-locale-poste-police-gare-mulhouse.txt",
    text=T045,
    facts=[],
))
