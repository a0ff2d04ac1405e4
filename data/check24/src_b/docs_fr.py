"""check24 part B, French documents 047-049."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOCS = []

# ---------------------------------------------------------------- 047
DOCS.append({"name": "047-fr-sn-actualite-maj-mbour-rufisque-zhenlai-tongyu.txt", "text": """
Accueil > Société > Faits divers

Mbour : un « bureau de police chinois » perquisitionné, deux ressortissants chinois en garde à vue

Par notre correspondant à Mbour | Publié le 15 avril 2026 à 11h02 | Mis à jour à 18h05

Partager : Facebook | WhatsApp | X

La Division des investigations criminelles (DIC) a perquisitionné mardi un local situé au premier étage d'un immeuble du quartier Grand-Mbour, à Mbour. Selon des sources policières, le local servirait d'antenne à un bureau de police chinois. Une enquête a été ouverte par le parquet de Mbour. Deux ressortissants chinois ont été placés en garde à vue.

Mbour, deuxième ville de la région de Thiès, vit de la pêche et du tourisme. Depuis une dizaine d'années, plusieurs usines de farine de poisson détenues par des capitaux chinois se sont installées sur la Petite-Côte, provoquant la colère des femmes transformatrices de poisson et des pêcheurs artisanaux, qui les accusent de capter la ressource. Une petite communauté chinoise s'est formée autour de ces usines, des commerces de gros et des chantiers routiers.

Photo : La façade de l'immeuble du quartier Grand-Mbour où se trouvait le local. (Crédit : Dakar Matin)

Le local, officiellement une « maison de l'amitié » tenue par une association de commerçants, recevait surtout des ressortissants chinois venus faire renouveler leurs papiers. Il serait rattaché au Bureau de la sécurité publique du district de Zhenlai, dans la province du Jilin, selon un document saisi lors de la perquisition.

Lire aussi : Pêche : les usines de farine de poisson de nouveau dans le viseur

Les enquêteurs s'intéressent notamment au cas d'un ouvrier chinois d'une usine de farine de poisson qui, en janvier, aurait été conduit par deux hommes à l'aéroport international Blaise-Diagne et mis dans un avion pour Pékin, alors qu'il refusait de rentrer.

Selon l'ONG Safeguard Defenders, le Sénégal en compterait deux. Un deuxième local se trouverait à Rufisque et dépendrait du bureau de Tongyu, également dans le Jilin. Interrogée, la police de Rufisque affirme n'avoir « aucune information » sur un tel local.

L'ambassade de Chine à Dakar dénonce des « allégations sans fondement » et assure que des bénévoles aidaient simplement leurs compatriotes à renouveler leurs passeports et leurs permis de conduire.

Le Sénégal et la Chine ont signé en 2023 un accord de coopération en matière de sécurité intérieure, qui prévoit notamment la formation de policiers sénégalais en Chine.

Mise à jour à 18h05 : Le ministre de l'Intégration africaine et des Affaires étrangères a convoqué l'ambassadeur de Chine au Sénégal en fin d'après-midi, a indiqué le ministère dans un communiqué. Un conseiller de l'ambassade a par ailleurs été déclaré persona non grata et dispose de 72 heures pour quitter le territoire.

© 2026 Dakar Matin. Tous droits réservés. | Ce site utilise des cookies.
""", "facts": [
    R("SN", "investigation", "La Division des investigations criminelles (DIC) a perquisitionné mardi un local situé au premier étage d'un immeuble du quartier Grand-Mbour, à Mbour.",
      place="Mbour", date="2026-04-14"),
    S("SN", "Mbour", "Selon des sources policières, le local servirait d'antenne à un bureau de police chinois.",
      claimant="Senegalese police sources"),
    R("SN", "investigation", "Une enquête a été ouverte par le parquet de Mbour."),
    R("SN", "arrest", "Deux ressortissants chinois ont été placés en garde à vue.", date="2026-04-14"),
    S("SN", "Mbour", "Il serait rattaché au Bureau de la sécurité publique du district de Zhenlai, dans la province du Jilin, selon un document saisi lors de la perquisition.",
      operator="Zhenlai", operator_alt=["Baicheng"], claimant="Senegalese police sources"),
    I("SN", "forced_return", "aurait été conduit par deux hommes à l'aéroport international Blaise-Diagne et mis dans un avion pour Pékin, alors qu'il refusait de rentrer",
      place="Mbour", claimant="Senegalese investigators", date="2026-01"),
    C("stations", 2, "SN", "Selon l'ONG Safeguard Defenders, le Sénégal en compterait deux.", claimant=SD),
    S("SN", "Rufisque", "Un deuxième local se trouverait à Rufisque et dépendrait du bureau de Tongyu, également dans le Jilin.",
      operator="Tongyu", operator_alt=["Baicheng"], claimant=SD),
    S("SN", "Rufisque", "Interrogée, la police de Rufisque affirme n'avoir « aucune information » sur un tel local.",
      pol="denied", opt=True, claimant="Rufisque police"),
    D("CN", "L'ambassade de Chine à Dakar dénonce des « allégations sans fondement »", claimant="Chinese Embassy in Senegal"),
    A("SN", "security_agreement", "Le Sénégal et la Chine ont signé en 2023 un accord de coopération en matière de sécurité intérieure",
      date="2023"),
    R("SN", "protest", "a convoqué l'ambassadeur de Chine au Sénégal en fin d'après-midi", date="2026-04-15"),
    R("SN", "protest", "Un conseiller de l'ambassade a par ailleurs été déclaré persona non grata et dispose de 72 heures pour quitter le territoire.",
      date="2026-04-15", note="expulsion of an embassy staff member; second line of the same key"),
]})

# ---------------------------------------------------------------- 048 (irrelevant)
DOCS.append({"name": "048-fr-actualite-ville-poste-police-municipale-lognes.txt", "text": """
Le Courrier de Marne-la-Vallée > Lognes

Lognes : la police municipale ouvre un poste au cœur du quartier asiatique

Par la rédaction | 20 mars 2026 à 07h30

Le nouveau poste de police municipale de Lognes a été inauguré jeudi sur la place du Marché, en présence du maire, du sous-préfet de Torcy et des représentants des associations de commerçants. Il remplace l'ancien local de l'allée du Segrais, fermé depuis décembre pour cause de vétusté.

Lognes compte l'une des plus importantes communautés d'origine chinoise et vietnamienne d'Île-de-France, installée depuis les années 1980 autour du centre commercial et des résidences du quartier du Mandinet. Deux des six agents affectés au poste parlent mandarin, et l'un d'eux le cantonais.

En 2025, la police municipale a réalisé 102 interventions dans le secteur et dressé 53 procès-verbaux pour stationnement gênant. Dans le cadre de la convention de coordination signée avec l'État, des patrouilles conjointes avec la police nationale seront organisées les soirs de week-end.

« Les commerçants nous demandaient une présence plus visible », a expliqué le maire, qui a rappelé les agressions visant des personnes âgées d'origine asiatique survenues en 2024 dans la commune voisine.

Le poste accueillera également des permanences d'information, notamment sur l'échange des permis de conduire étrangers, et l'association franco-chinoise de la ville y tiendra une réunion mensuelle avec les agents. Le Nouvel An lunaire a été célébré samedi avec une danse du lion devant le nouveau bâtiment.

Lire aussi : Marne-la-Vallée : le RER A perturbé ce week-end

© Le Courrier de Marne-la-Vallée
""", "facts": []})

# ---------------------------------------------------------------- 049
DOCS.append({"name": "049-fr-ca-transcription-tele-saint-hyacinthe-boucherville-zhangwu-panshan.txt", "text": """
LE 18 H MONTÉRÉGIE – bulletin régional
Diffusion du mardi 12 mai 2026
Transcription (bulletin, reportage enregistré et intervention en direct)

ANIMATRICE : Bonsoir. La Gendarmerie royale du Canada a perquisitionné hier un local de la rue des Cascades, à Saint-Hyacinthe, soupçonné d'abriter un « poste de police » clandestin au service de Pékin. C'est une première au Québec depuis deux ans. Le reportage de notre journaliste.

[REPORTAGE]

JOURNALISTE (voix hors champ) : De l'extérieur, rien ne distingue ce local d'un bureau d'immigration comme il y en a tant. C'est pourtant ici, selon la GRC, qu'opérait depuis 2023 une antenne d'un service de police chinois. Selon des documents déposés à la Cour du Québec pour obtenir le mandat, le poste relèverait du Bureau de la sécurité publique du comté de Zhangwu, dans la province du Liaoning.

Saint-Hyacinthe, ville agroalimentaire, accueille chaque année des centaines d'étudiants étrangers, notamment à la faculté de médecine vétérinaire. Les étudiants chinois y sont nombreux.

ÉTUDIANTE (voix modifiée) : Ils ont appelé ma mère, puis moi, plusieurs fois. Ils voulaient que je rentre en Chine pour « régler une affaire ». J'ai dit non. Je suis toujours ici.

JOURNALISTE (voix hors champ) : Toujours selon les documents de la GRC, les enquêteurs ont saisi un ordinateur contenant des photos de participants à une manifestation à Montréal, avec leurs noms et leurs lieux d'études. Aucune accusation n'a été déposée pour l'instant.

[FIN DU REPORTAGE]

ANIMATRICE : Notre journaliste est en direct de Saint-Hyacinthe. Est-ce que c'est un cas isolé?

JOURNALISTE (en direct) : Pas selon l'organisation Safeguard Defenders, qui affirme qu'au Québec on en compterait au moins trois. Un second lieu, à Boucherville, serait lié au bureau de Panshan, toujours dans le Liaoning. De son côté, le Service de police de l'agglomération de Longueuil, qui couvre Boucherville, dit n'avoir aucune information à ce sujet.

ANIMATRICE : Et à Ottawa?

JOURNALISTE (en direct) : Affaires mondiales Canada a convoqué l'ambassadeur de Chine ce matin. L'ambassade, elle, affirme qu'il s'agit de bénévoles qui aident des aînés chinois à renouveler leur permis de conduire et à prendre rendez-vous pour leur passeport, et parle d'une « campagne de diffamation ».

ANIMATRICE : Et si l'enquête confirmait les soupçons, Ottawa irait-il jusqu'à expulser des diplomates?

JOURNALISTE (en direct) : C'est la grande question. Pour l'instant, personne au gouvernement ne veut s'avancer.

ANIMATRICE : Merci. Passons maintenant à la météo : on annonce du soleil pour toute la Montérégie demain.

© Transcription fournie à titre informatif. Reproduction interdite.
""", "facts": [
    R("CA", "investigation", "La Gendarmerie royale du Canada a perquisitionné hier un local de la rue des Cascades, à Saint-Hyacinthe",
      place="Saint-Hyacinthe", date="2026-05-11"),
    S("CA", "Saint-Hyacinthe", "soupçonné d'abriter un « poste de police » clandestin au service de Pékin",
      claimant="Royal Canadian Mounted Police"),
    S("CA", "Saint-Hyacinthe", "Selon des documents déposés à la Cour du Québec pour obtenir le mandat, le poste relèverait du Bureau de la sécurité publique du comté de Zhangwu, dans la province du Liaoning.",
      operator="Zhangwu", operator_alt=["Fuxin"], claimant="Royal Canadian Mounted Police"),
    I("CA", "persuasion", "Ils voulaient que je rentre en Chine pour « régler une affaire ». J'ai dit non.", place="Saint-Hyacinthe"),
    I("CA", "surveillance", "les enquêteurs ont saisi un ordinateur contenant des photos de participants à une manifestation à Montréal, avec leurs noms et leurs lieux d'études",
      claimant="Royal Canadian Mounted Police"),
    R("CA", "arrest", "Aucune accusation n'a été déposée pour l'instant.", pol="denied", opt=True),
    C("stations", 3, "CA", "qui affirme qu'au Québec on en compterait au moins trois", claimant=SD),
    S("CA", "Boucherville", "Un second lieu, à Boucherville, serait lié au bureau de Panshan, toujours dans le Liaoning.",
      operator="Panshan", operator_alt=["Panjin"], claimant=SD),
    S("CA", "Boucherville", "dit n'avoir aucune information à ce sujet", pol="denied", opt=True,
      claimant="Service de police de l'agglomération de Longueuil"),
    R("CA", "protest", "Affaires mondiales Canada a convoqué l'ambassadeur de Chine ce matin.", date="2026-05-12"),
    D("CN", "L'ambassade, elle, affirme qu'il s'agit de bénévoles qui aident des aînés chinois à renouveler leur permis de conduire et à prendre rendez-vous pour leur passeport",
      claimant="Chinese Embassy in Canada"),
]})
