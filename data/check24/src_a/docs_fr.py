"""check24 part A, French documents 021-023."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOC21 = """Accueil > Actualités > Société

Joal-Fadiouth : la DIC perquisitionne un local soupçonné d'abriter une « station de police » chinoise

L'ambassadeur de Chine convoqué par Dakar. Un commerçant aurait été renvoyé de force à Pékin.

Par la Rédaction | 19 novembre 2026 à 11h20 | Mis à jour à 18h05

Partager : Facebook | X | WhatsApp | LinkedIn

La Division des investigations criminelles (DIC) a perquisitionné mardi un local situé au-dessus d'un magasin de pièces détachées, à deux pas du marché central de Joal-Fadiouth, et une enquête a été ouverte pour atteinte à la sûreté de l'État. Selon une source proche de l'enquête, ce local abriterait une « station de police » chinoise officieuse. Il serait rattaché au Bureau de la sécurité publique du district de Pubei, dans la ville de Qinzhou, au sud de la Chine.

Aucune arrestation n'a été effectuée à ce stade.

[Photo : Le marché central de Joal-Fadiouth, mardi. © DR]

Joal-Fadiouth, à une centaine de kilomètres au sud de Dakar, vit de la pêche artisanale et du tourisme de la Petite-Côte. Depuis une quinzaine d'années, des commerçants chinois y tiennent des boutiques de vêtements, de téléphones et de pièces détachées pour motos Jakarta. Ils seraient une centaine dans le département.

Lire aussi : Petite-Côte : la saison touristique démarre sur les chapeaux de roue

D'après la même source, les enquêteurs s'intéressent au cas d'un commerçant chinois installé à Joal-Fadiouth qui aurait été conduit en 2025 à l'aéroport international Blaise-Diagne et embarqué sur un vol pour Pékin, après un différend commercial avec un compatriote. Il n'est jamais revenu.

Selon l'ONG Safeguard Defenders, le Sénégal compterait deux structures de ce type. La seconde se trouverait à Tambacounda, dans l'est du pays, et dépendrait du district de Luchuan, dans la ville de Yulin. Interrogé, le commissariat central de Tambacounda affirme n'avoir « aucune information » à ce sujet.

Le ministère de l'Intégration africaine et des Affaires étrangères a convoqué mercredi l'ambassadeur de Chine à Dakar.

Dans un communiqué, l'ambassade de Chine a dénoncé une « pure affabulation ». Elle affirme que le local de Joal-Fadiouth sert à des bénévoles qui aident leurs compatriotes à renouveler passeports et permis de conduire, et qu'« il n'existe aucun poste de police chinois au Sénégal ».

MISE À JOUR 18h05 : Le préfet du département a ordonné la fermeture administrative du local, a-t-on appris de source préfectorale.

© 2026 Tous droits réservés. Ce site utilise des cookies.
"""

FACTS21 = [
    R("SN", "investigation", "La Division des investigations criminelles (DIC) a perquisitionné mardi un local situé au-dessus d'un magasin de pièces détachées, à deux pas du marché central de Joal-Fadiouth",
      place="Joal-Fadiouth"),
    R("SN", "investigation", "une enquête a été ouverte pour atteinte à la sûreté de l'État"),
    S("SN", "Joal-Fadiouth", "Selon une source proche de l'enquête, ce local abriterait une « station de police » chinoise officieuse.",
      place_alt=["Joal", "Joal-Fadiout"], claimant="source close to the investigation", note="station noun; place in the sentence before"),
    S("SN", "Joal-Fadiouth", "Il serait rattaché au Bureau de la sécurité publique du district de Pubei, dans la ville de Qinzhou, au sud de la Chine.",
      operator="Pubei", operator_alt=["Qinzhou"], place_alt=["Joal", "Joal-Fadiout"],
      claimant="source close to the investigation"),
    R("SN", "arrest", "Aucune arrestation n'a été effectuée à ce stade.", pol="denied", opt=True),
    I("SN", "forced_return", "un commerçant chinois installé à Joal-Fadiouth qui aurait été conduit en 2025 à l'aéroport international Blaise-Diagne et embarqué sur un vol pour Pékin",
      place="Joal-Fadiouth", claimant="source close to the investigation", date="2025"),
    C("stations", 2, "SN", "le Sénégal compterait deux structures de ce type", claimant=SD),
    S("SN", "Tambacounda", "La seconde se trouverait à Tambacounda, dans l'est du pays, et dépendrait du district de Luchuan, dans la ville de Yulin.",
      operator="Luchuan", operator_alt=["Yulin"], claimant=SD),
    S("SN", "Tambacounda", "le commissariat central de Tambacounda affirme n'avoir « aucune information » à ce sujet",
      claimant="Senegalese police", pol="denied", opt=True),
    R("SN", "protest", "Le ministère de l'Intégration africaine et des Affaires étrangères a convoqué mercredi l'ambassadeur de Chine à Dakar.",
      claimant="Senegalese Ministry of Foreign Affairs"),
    D("CN", "l'ambassade de Chine a dénoncé une « pure affabulation »", claimant="PRC Embassy in Senegal"),
    S("SN", None, "« il n'existe aucun poste de police chinois au Sénégal »", claimant="PRC Embassy in Senegal",
      pol="denied", opt=True),
    R("SN", "closure", "Le préfet du département a ordonné la fermeture administrative du local", place="Joal-Fadiouth",
      claimant="Préfet du département"),
]

DOC22 = """EN DIRECT | Présumé poste de police chinois à Rouyn-Noranda : suivez les développements

Mis à jour à 16 h 45 | Abitibi-Témiscamingue

16 h 45
Affaires mondiales Canada confirme avoir convoqué l'ambassadeur de Chine à Ottawa en fin d'après-midi. « Toute forme d'intimidation de membres des communautés au Canada est inacceptable », a écrit la ministre sur les réseaux sociaux.

16 h 10
L'ambassade de Chine rejette des « accusations sans fondement ». Dans un courriel, elle soutient que le local de Rouyn-Noranda accueillait des bénévoles qui aident des aînés à renouveler leur passeport, et qu'« il n'y a aucun poste de police chinois au Canada ».

15 h 30
La GRC confirme que deux personnes ont été arrêtées et accusées en vertu de la Loi sur la sécurité de l'information. Elles comparaîtront demain au palais de justice de Rouyn-Noranda.

15 h 00
Selon Safeguard Defenders, le Québec compterait au moins trois de ces postes. Un autre se trouverait à Sorel-Tracy et serait lié au district de Tongliang, à Chongqing. La Sûreté du Québec dit n'avoir « aucun élément » en ce sens.

14 h 20
Une étudiante de l'UQAT nous raconte que ses parents, à Chongqing, ont reçu la visite de policiers après qu'elle a publié une vidéo sur la répression au Tibet. « On ne m'a jamais demandé de rentrer. Mais le message était clair. »

13 h 45
« On pensait que c'était un club de mah-jong », dit une voisine de l'avenue Principale.

13 h 00
La GRC a perquisitionné ce matin un local commercial de l'avenue Principale à Rouyn-Noranda. Selon des documents judiciaires, il servirait d'antenne au Bureau de la sécurité publique du district de Bishan, à Chongqing.

12 h 30
Bonjour et bienvenue dans ce direct. La GRC mène depuis le printemps une enquête sur des soupçons d'ingérence étrangère en Abitibi-Témiscamingue. « On pensait que c'était un club de mah-jong », dit une voisine.

Pour recevoir nos alertes, activez les notifications. Nous utilisons des témoins (cookies).
"""

FACTS22 = [
    R("CA", "protest", "Affaires mondiales Canada confirme avoir convoqué l'ambassadeur de Chine à Ottawa en fin d'après-midi.",
      claimant="Global Affairs Canada"),
    D("CN", "L'ambassade de Chine rejette des « accusations sans fondement ».", claimant="PRC Embassy in Canada"),
    S("CA", None, "« il n'y a aucun poste de police chinois au Canada »", claimant="PRC Embassy in Canada",
      pol="denied", opt=True),
    R("CA", "arrest", "La GRC confirme que deux personnes ont été arrêtées et accusées en vertu de la Loi sur la sécurité de l'information.",
      claimant="Royal Canadian Mounted Police"),
    C("stations", 3, "CA", "le Québec compterait au moins trois de ces postes", claimant=SD),
    S("CA", "Sorel-Tracy", "Un autre se trouverait à Sorel-Tracy et serait lié au district de Tongliang, à Chongqing.",
      operator="Tongliang", operator_alt=["Chongqing"], claimant=SD),
    S("CA", "Sorel-Tracy", "La Sûreté du Québec dit n'avoir « aucun élément » en ce sens.", claimant="Sûreté du Québec",
      pol="denied", opt=True),
    I("CA", "harassment", "ses parents, à Chongqing, ont reçu la visite de policiers après qu'elle a publié une vidéo sur la répression au Tibet",
      place="Rouyn-Noranda", claimant="UQAT student"),
    R("CA", "investigation", "La GRC a perquisitionné ce matin un local commercial de l'avenue Principale à Rouyn-Noranda.",
      place="Rouyn-Noranda"),
    S("CA", "Rouyn-Noranda", "il servirait d'antenne au Bureau de la sécurité publique du district de Bishan, à Chongqing",
      operator="Bishan", operator_alt=["Chongqing"], claimant="court documents"),
    R("CA", "investigation", "La GRC mène depuis le printemps une enquête sur des soupçons d'ingérence étrangère en Abitibi-Témiscamingue.",
      claimant=None),
]

DOC23 = """Actualité > Allier > Montluçon

Police municipale : un nouveau poste de quartier ouvre à Fontbouillant

Le poste de la rue des Faucheroux remplace l'ancien local de l'avenue de la République, fermé depuis l'été.

Publié le 28/11/2026 à 17h10 | Par notre correspondant

La police municipale de Montluçon dispose depuis lundi d'un nouveau poste de quartier à Fontbouillant. Trois agents s'y relaient du lundi au samedi. L'ancien local de l'avenue de la République, jugé trop exigu, a été fermé en juillet.

En 2025, les agents de proximité ont effectué 102 interventions dans le quartier et dressé 53 procès-verbaux, principalement pour du stationnement gênant et des dépôts sauvages. Des patrouilles conjointes avec la police nationale seront organisées le vendredi soir, dans le cadre de la convention de coordination renouvelée en mars.

L'association franco-chinoise du Bourbonnais, qui tient une permanence d'aide aux démarches le mercredi, était présente à l'inauguration. Sa présidente a rappelé la fête du Nouvel An chinois prévue le 14 février salle Isléa, avec danse du lion et atelier de calligraphie.

« Un agent qu'on connaît, c'est un agent à qui on parle », a résumé l'adjoint chargé de la sécurité.

Lire aussi : Montluçon : la piscine Nautilus rouvre après travaux

Abonnez-vous à notre newsletter locale. Ce site utilise des cookies.
"""

DOCS = [
    {"name": "021-fr-sn-actualite-maj-joal-fadiouth-tambacounda-pubei-luchuan.txt", "text": DOC21, "facts": FACTS21},
    {"name": "022-fr-ca-direct-rouyn-noranda-sorel-tracy-bishan-tongliang.txt", "text": DOC22, "facts": FACTS22},
    {"name": "023-fr-actualite-locale-police-municipale-montlucon.txt", "text": DOC23, "facts": []},
]
