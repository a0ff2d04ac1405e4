from h import S, C, R, I, A, D, W  # noqa: F401

DOCS = []

# 047 fr Q&A explainer
DOCS.append(dict(name="047-fr-questions-reponses-tourcoing-beziers-xingping-fugu.txt", text="""
DÉCRYPTAGE

« Postes de police » chinois en France : ce que l'on sait, ce que l'on ignore

Par le service Décryptage | Publié le 4 mai 2026 à 07h00

À quoi servent ces « postes » ?

D'après les ONG qui les ont recensés, ces antennes serviraient d'abord à garder le contact avec les ressortissants chinois, à les convaincre de rentrer quand la justice de leur pays les recherche et, parfois, à surveiller les opposants. Il s'agit d'une description générale : aucun cas précis n'est visé ici.

Combien y en a-t-il en France ?

Au moins trois, selon les services de renseignement cités par plusieurs médias. Dans le monde, les chiffres varient : 54 en 2022, puis 102 dans 53 pays.

Où se trouvent-ils ?

Les deux cas les mieux documentés sont dans le Nord et dans l'Hérault. À Tourcoing, c'est une association d'entraide installée près de la gare ; à Béziers, une agence de voyages du centre-ville. Le premier local serait lié au bureau de la sécurité publique de Xingping, dans le Shaanxi, le second à celui de Fugu, dans la même province.

La justice est-elle saisie ?

Oui, pour Béziers : le parquet de Montpellier a ouvert une enquête préliminaire en mars, confiée à la DGSI. Pour Tourcoing, aucune procédure n'a été rendue publique.

Et si je suis moi-même contacté ?

Les autorités conseillent de porter plainte auprès de la police ou de la gendarmerie.

Que dit Pékin ?

L'ambassade de Chine dément toute activité policière et évoque des « services bénévoles d'aide au renouvellement du permis de conduire ».

Cet article a été mis à jour le 5 mai pour préciser la date d'ouverture de l'enquête.
""", facts=[
    I(None, "persuasion", "à les convaincre de rentrer quand la justice de leur pays les recherche", claimant="ONG", opt=True, note="general description"),
    I(None, "surveillance", "parfois, à surveiller les opposants", claimant="ONG", opt=True, note="general description"),
    C("stations", 3, "FR", "Combien y en a-t-il en France ?\n\nAu moins trois", claimant="services de renseignement"),
    C("stations", 54, None, "54 en 2022, puis 102 dans 53 pays", date="2022"),
    C("stations", 102, None, "54 en 2022, puis 102 dans 53 pays"),
    C("countries", 53, None, "54 en 2022, puis 102 dans 53 pays"),
    S("FR", "Tourcoing", "À Tourcoing, c'est une association d'entraide installée près de la gare"),
    S("FR", "Béziers", "à Béziers, une agence de voyages du centre-ville", place_alt="Beziers"),
    S("FR", "Tourcoing", "Le premier local serait lié au bureau de la sécurité publique de Xingping, dans le Shaanxi", operator="Xingping", operator_alt="Xianyang"),
    S("FR", "Béziers", "le second à celui de Fugu, dans la même province", operator="Fugu", operator_alt="Yulin", place_alt="Beziers"),
    R("FR", "investigation", "le parquet de Montpellier a ouvert une enquête préliminaire en mars, confiée à la DGSI", place="Béziers", date="2026-03"),
    D("CN", "L'ambassade de Chine dément toute activité policière et évoque des « services bénévoles d'aide au renouvellement du permis de conduire »", claimant="ambassade de Chine"),
]))

# 048 fr prosecutor's press release, Beziers
DOCS.append(dict(name="048-fr-communique-parquet-beziers-fugu.txt", text=W("""
TRIBUNAL JUDICIAIRE DE MONTPELLIER
PARQUET DE LA RÉPUBLIQUE
                                                            Montpellier, le 26 juin 2026

COMMUNIQUÉ DE PRESSE

Dans le cadre de l'enquête préliminaire ouverte le 12 mars 2026 des chefs d'intelligence avec une puissance étrangère et de violences psychologiques, les enquêteurs de la Direction générale de la sécurité intérieure ont procédé le 24 juin 2026 à une perquisition dans les locaux d'une agence de voyages située à Béziers.

Les investigations ont permis d'établir que ces locaux abritaient, depuis 2023 au moins, une structure informelle en relation régulière avec le bureau de la sécurité publique de la ville de Fugu (province du Shaanxi, République populaire de Chine).

Deux personnes ont été placées en garde à vue. À l'issue de celle-ci, l'une a été mise en examen et placée sous contrôle judiciaire ; l'autre a été remise en liberté sans poursuite à ce stade.

Il est notamment reproché à la personne mise en examen d'avoir, à plusieurs reprises, exercé des pressions sur un ressortissant chinois résidant dans l'Hérault afin qu'il regagne la Chine, ainsi que sur les membres de sa famille demeurés dans ce pays.

Le local a fait l'objet d'une mesure de fermeture administrative prononcée par le préfet de l'Hérault.

La personne mise en examen bénéficie de la présomption d'innocence.

Le procureur de la République
"""), facts=[
    S("FR", "Béziers", "ces locaux abritaient, depuis 2023 au moins, une structure informelle en relation régulière avec le bureau de la sécurité publique de la ville de Fugu",
      operator="Fugu", operator_alt="Yulin", claimant="Parquet de Montpellier", date="2023", place_alt="Beziers"),
    R("FR", "investigation", "les enquêteurs de la Direction générale de la sécurité intérieure ont procédé le 24 juin 2026 à une perquisition dans les locaux d'une agence de voyages située à Béziers",
      place="Béziers", date="2026-06-24"),
    R("FR", "arrest", "Deux personnes ont été placées en garde à vue", place="Béziers"),
    I("FR", "persuasion", "exercé des pressions sur un ressortissant chinois résidant dans l'Hérault afin qu'il regagne la Chine", claimant="Parquet de Montpellier"),
    I("FR", "harassment", "ainsi que sur les membres de sa famille demeurés dans ce pays", claimant="Parquet de Montpellier", opt=True),
    R("FR", "closure", "Le local a fait l'objet d'une mesure de fermeture administrative prononcée par le préfet de l'Hérault", place="Béziers"),
]))

# 049 fr op-ed
DOCS.append(dict(name="049-fr-tribune-tourcoing-xingping.txt", text="""
TRIBUNE

La République ne peut tolérer des polices étrangères sur son sol

Par une ancienne magistrate, spécialiste du droit pénal international

Il y a quatre ans, la France découvrait avec stupeur que des « postes de police » chinois pouvaient exister à deux pas de chez nous. Depuis, on a beaucoup commenté, peu agi.

« Une démocratie qui ferme les yeux sur la répression transnationale s'en rend complice. »

Prenons Tourcoing. Dans cette ville ouvrière, une association d'entraide reçoit chaque semaine des familles venues du Shaanxi. Plusieurs témoins racontent qu'on y tient le registre des allées et venues de la communauté. Selon les services de renseignement, l'endroit entretiendrait des liens avec la police de Xingping. Aucune enquête n'a pourtant été ouverte.

Nos voisins ont été plus fermes : les Pays-Bas et l'Irlande ont fait fermer ces locaux dès 2022, le Canada a ouvert des enquêtes, les États-Unis ont procédé à des arrestations.

« Une démocratie qui ferme les yeux sur la répression transnationale s'en rend complice. »

Que faudrait-il faire ? Si demain une nouvelle antenne était signalée à Lille ou à Roubaix, l'État devrait pouvoir la fermer sans attendre des années de procédure.

Pékin répète qu'il ne s'agit que de « guichets de services pour les Chinois d'outre-mer ». L'argument ne convainc plus personne.

L'autrice s'exprime à titre personnel.
""", facts=[
    I("FR", "surveillance", "Plusieurs témoins racontent qu'on y tient le registre des allées et venues de la communauté", place="Tourcoing", claimant="témoins"),
    S("FR", "Tourcoing", "Selon les services de renseignement, l'endroit entretiendrait des liens avec la police de Xingping", operator="Xingping",
      operator_alt="Xianyang", claimant="services de renseignement"),
    R("FR", "investigation", "Aucune enquête n'a pourtant été ouverte", pol="denied", place="Tourcoing"),
    R("NL", "closure", "les Pays-Bas et l'Irlande ont fait fermer ces locaux dès 2022", date="2022"),
    R("IE", "closure", "les Pays-Bas et l'Irlande ont fait fermer ces locaux dès 2022", date="2022"),
    S("NL", None, "les Pays-Bas et l'Irlande ont fait fermer ces locaux dès 2022", opt=True),
    S("IE", None, "les Pays-Bas et l'Irlande ont fait fermer ces locaux dès 2022", opt=True),
    R("CA", "investigation", "le Canada a ouvert des enquêtes"),
    R("US", "arrest", "les États-Unis ont procédé à des arrestations"),
    D("CN", "Pékin répète qu'il ne s'agit que de « guichets de services pour les Chinois d'outre-mer »", claimant="PRC"),
]))
