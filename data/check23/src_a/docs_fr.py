"""check23 part A, French documents 021-023 (CD, FR, DZ)."""
from h import S, C, R, I, D, A

DOCS = []
TZ = ["Taizhou"]
NJ = ["Nanjing"]

# ---------------------------------------------------------------- 021
T021 = """Accueil › Politique › Sécurité

Mbuji-Mayi : l'ANR perquisitionne un « bureau » chinois soupçonné d'activités policières

Kinshasa convoque l'ambassadeur de Chine · Une ONG évoque deux sites en RDC

Par notre correspondant au Kasaï-Oriental
Publié le 22/07/2025 à 10h12 | Mis à jour le 22/07/2025 à 17h30

Partager : Facebook · WhatsApp · X

[Photo : L'immeuble de l'avenue Lumumba, à Mbuji-Mayi, où se trouve le bureau perquisitionné. © DR]

Des agents de l'Agence nationale de renseignements (ANR) ont perquisitionné samedi un bureau situé à l'étage d'un immeuble commercial de l'avenue Lumumba, à Mbuji-Mayi, a appris notre rédaction de sources sécuritaires. Des documents et des ordinateurs ont été saisis. Selon les mêmes sources, une enquête a été ouverte pour « espionnage et exercice illégal de l'autorité publique ».

La capitale du Kasaï-Oriental, poumon diamantifère du pays, attire depuis une dizaine d'années des commerçants et des négociants chinois. Plusieurs comptoirs d'achat de diamants, des quincailleries et deux restaurants sont tenus par des ressortissants chinois, dont la plupart viennent du Zhejiang.

Selon l'ONG Safeguard Defenders, basée à Madrid, ce bureau serait l'une des « stations de service de police à l'étranger » mises en place par la Chine. Il serait rattaché au Bureau de la sécurité publique du district de Nanhu, à Jiaxing, dans la province du Zhejiang, précise l'organisation dans un rapport publié en juin.

Lire aussi : Diamants du Kasaï : la Miba cherche un repreneur

L'ONG cite le cas d'un négociant chinois établi à Mbuji-Mayi qui, en 2023, aurait été conduit à l'aéroport de Bipemba par deux compatriotes, puis embarqué de force sur un vol pour Addis-Abeba et Shanghai. Il n'est jamais revenu.

Toujours selon Safeguard Defenders, la RDC compterait deux de ces bureaux. Le second se trouverait à Matadi, le principal port du pays, et dépendrait du district de Wucheng, à Jinhua. Un responsable de la police du Kongo-Central a toutefois affirmé à notre rédaction n'avoir « aucune information » sur l'existence d'un tel bureau à Matadi.

Le ministère des Affaires étrangères a convoqué mardi l'ambassadeur de Chine à Kinshasa pour lui demander des explications, a indiqué un communiqué officiel.

L'ambassade de Chine a rejeté ces accusations, les qualifiant de « pure invention ». Dans un communiqué, elle explique que des bénévoles d'associations de ressortissants aident simplement leurs compatriotes à renouveler leur passeport et leur permis de conduire.

Aucune interpellation n'a été signalée.

Mise à jour (17h30) : le parquet général près la cour d'appel de Mbuji-Mayi a confirmé l'ouverture d'une information judiciaire. Le gouvernement a par ailleurs déclaré persona non grata un attaché de l'ambassade de Chine, qui dispose de 72 heures pour quitter le territoire.

© 2025 – Tous droits réservés. Ce site utilise des cookies. En savoir plus.
"""
DOCS.append(dict(name="021-fr-cd-actualite-maj-mbuji-mayi-matadi-nanhu-wucheng.txt", text=T021, facts=[
    R("CD", "investigation", "Des agents de l'Agence nationale de renseignements (ANR) ont perquisitionné samedi un bureau situé à l'étage d'un immeuble commercial de l'avenue Lumumba, à Mbuji-Mayi",
      place="Mbuji-Mayi", claimant="security sources"),
    R("CD", "investigation", "une enquête a été ouverte pour « espionnage et exercice illégal de l'autorité publique »", place="Mbuji-Mayi",
      claimant="security sources"),
    S("CD", "Mbuji-Mayi", "Selon l'ONG Safeguard Defenders, basée à Madrid, ce bureau serait l'une des « stations de service de police à l'étranger » mises en place par la Chine.",
      claimant="Safeguard Defenders", note="first-floor office on the avenue Lumumba"),
    S("CD", "Mbuji-Mayi", "Il serait rattaché au Bureau de la sécurité publique du district de Nanhu, à Jiaxing, dans la province du Zhejiang",
      operator="Nanhu", operator_alt=["Jiaxing"], claimant="Safeguard Defenders"),
    I("CD", "forced_return", "aurait été conduit à l'aéroport de Bipemba par deux compatriotes, puis embarqué de force sur un vol pour Addis-Abeba et Shanghai",
      place="Mbuji-Mayi", claimant="Safeguard Defenders", date="2023"),
    C("stations", 2, "CD", "la RDC compterait deux de ces bureaux", claimant="Safeguard Defenders"),
    S("CD", "Matadi", "Le second se trouverait à Matadi, le principal port du pays, et dépendrait du district de Wucheng, à Jinhua.",
      operator="Wucheng", operator_alt=["Jinhua"], claimant="Safeguard Defenders"),
    S("CD", "Matadi", "n'avoir « aucune information » sur l'existence d'un tel bureau à Matadi", claimant="police du Kongo-Central",
      pol="denied", opt=True),
    R("CD", "protest", "Le ministère des Affaires étrangères a convoqué mardi l'ambassadeur de Chine à Kinshasa",
      claimant="Congolese Ministry of Foreign Affairs"),
    D("CN", "L'ambassade de Chine a rejeté ces accusations, les qualifiant de « pure invention ».", claimant="PRC Embassy in the DRC"),
    R("CD", "arrest", "Aucune interpellation n'a été signalée.", pol="denied", opt=True),
    R("CD", "investigation", "le parquet général près la cour d'appel de Mbuji-Mayi a confirmé l'ouverture d'une information judiciaire",
      place="Mbuji-Mayi", claimant="parquet général de Mbuji-Mayi"),
    R("CD", "protest", "Le gouvernement a par ailleurs déclaré persona non grata un attaché de l'ambassade de Chine",
      claimant="Congolese government", note="expulsion of an embassy staff member, a second line of the protest key"),
]))

# ---------------------------------------------------------------- 022
T022 = """EN DIRECT — « Poste de police » chinois présumé à La Rochelle : deux personnes en garde à vue, le Quai d'Orsay convoque l'ambassadeur

Suivez les dernières informations. Ce direct est terminé.

19h05
C'est la fin de ce direct. Merci de l'avoir suivi. Retrouvez demain notre décryptage : comment la DGSI surveille les ingérences étrangères.

18h20
Le préfet ordonne la fermeture
Le préfet de la Charente-Maritime a pris un arrêté de fermeture administrative de l'association du quai Valin pour une durée de trois mois, annonce la préfecture dans un communiqué.

« On pensait que c'était un club de mah-jong. »

17h40
L'ambassade de Chine dément
Dans un communiqué, l'ambassade de Chine en France dénonce des « accusations sans fondement ». Les locaux visés accueilleraient selon elle des bénévoles qui aident des ressortissants âgés à renouveler leur permis de conduire en ligne.

16h55
Le Quai d'Orsay convoque l'ambassadeur
Le ministère de l'Europe et des Affaires étrangères a convoqué cet après-midi l'ambassadeur de Chine en France, indique une source diplomatique.

15h30
Brive aussi citée
Le rapport de Safeguard Defenders mentionne un autre site, à Brive-la-Gaillarde, qui serait lié au district de Hailing, à Taizhou. La police de Corrèze dit n'avoir « aucun élément » en ce sens. L'ONG estime qu'il existe au moins quatre de ces antennes en France.

14h10
Un étudiant raconte
Un étudiant chinois de l'université de La Rochelle raconte qu'après avoir participé à une veillée en 2024, des policiers se sont présentés chez ses parents, dans le Jiangsu, pour leur montrer des photos de lui prises pendant le rassemblement. Personne ne lui a demandé de rentrer, précise-t-il.

« On pensait que c'était un club de mah-jong. »

12h45
Deux gardes à vue
Le parquet de La Rochelle confirme que deux personnes, un homme et une femme de nationalité chinoise, ont été placées en garde à vue dans le cadre de l'enquête préliminaire ouverte pour « intelligence avec une puissance étrangère ».

11h20
Ce qu'on sait du local
Le local, au rez-de-chaussée d'un immeuble du quai Valin, abrite officiellement une association culturelle. Selon Safeguard Defenders, il servirait d'antenne au Bureau de la sécurité publique du district de Gaogang, à Taizhou, dans la province du Jiangsu.

10h00
Perquisition de la DGSI
Des agents de la DGSI ont perquisitionné ce mardi matin les locaux d'une association chinoise à La Rochelle, a appris notre rédaction de source policière.
"""
DOCS.append(dict(name="022-fr-direct-la-rochelle-brive-gaogang-hailing.txt", text=T022, facts=[
    R("FR", "closure", "Le préfet de la Charente-Maritime a pris un arrêté de fermeture administrative de l'association du quai Valin",
      place="La Rochelle", claimant="préfecture de la Charente-Maritime"),
    D("CN", "l'ambassade de Chine en France dénonce des « accusations sans fondement »", claimant="PRC Embassy in France"),
    R("FR", "protest", "Le ministère de l'Europe et des Affaires étrangères a convoqué cet après-midi l'ambassadeur de Chine en France",
      claimant="French Ministry for Europe and Foreign Affairs"),
    S("FR", "Brive-la-Gaillarde", "Le rapport de Safeguard Defenders mentionne un autre site, à Brive-la-Gaillarde, qui serait lié au district de Hailing, à Taizhou.",
      operator="Hailing", operator_alt=TZ, claimant="Safeguard Defenders", place_alt=["Brive"]),
    S("FR", "Brive-la-Gaillarde", "La police de Corrèze dit n'avoir « aucun élément » en ce sens.", claimant="police de Corrèze",
      pol="denied", opt=True, place_alt=["Brive"]),
    C("stations", 4, "FR", "L'ONG estime qu'il existe au moins quatre de ces antennes en France.", claimant="Safeguard Defenders"),
    I("FR", "harassment", "des policiers se sont présentés chez ses parents, dans le Jiangsu, pour leur montrer des photos de lui prises pendant le rassemblement",
      place="La Rochelle", claimant="a Chinese student at the University of La Rochelle"),
    I("FR", "surveillance", "pour leur montrer des photos de lui prises pendant le rassemblement", place="La Rochelle",
      claimant="a Chinese student at the University of La Rochelle", opt=True),
    R("FR", "arrest", "deux personnes, un homme et une femme de nationalité chinoise, ont été placées en garde à vue",
      place="La Rochelle", claimant="parquet de La Rochelle"),
    R("FR", "investigation", "l'enquête préliminaire ouverte pour « intelligence avec une puissance étrangère »", place="La Rochelle",
      claimant="parquet de La Rochelle"),
    S("FR", "La Rochelle", "Selon Safeguard Defenders, il servirait d'antenne au Bureau de la sécurité publique du district de Gaogang, à Taizhou, dans la province du Jiangsu.",
      operator="Gaogang", operator_alt=TZ, claimant="Safeguard Defenders", note="ground floor on the quai Valin"),
    R("FR", "investigation", "Des agents de la DGSI ont perquisitionné ce mardi matin les locaux d'une association chinoise à La Rochelle",
      place="La Rochelle", claimant="police source"),
]))

# ---------------------------------------------------------------- 023
T023 = """QUESTIONS-RÉPONSES

« Postes de police » chinois en Algérie : ce que l'on sait, ce que l'on ignore

Après la perquisition d'un local à Sétif, nous faisons le point en huit questions.

Par la rédaction | 5 décembre 2025 | Lecture : 6 min

1. Que s'est-il passé à Sétif ?
Le 1er décembre, des éléments de la Sûreté de wilaya de Sétif ont perquisitionné un local de la cité des 1014-Logements loué par une association de ressortissants chinois. Le parquet de Sétif a ouvert une enquête. Aucune arrestation n'a été annoncée.

2. Pourquoi parle-t-on de « poste de police » ?
Parce que l'ONG Safeguard Defenders, basée à Madrid, affirme que ce local servait de « station de service » à la police chinoise. Selon elle, il relevait du Bureau de la sécurité publique du district de Pukou, à Nankin.

3. À quoi servent ces structures, selon leurs détracteurs ?
D'après l'ONG, elles permettent de surveiller les ressortissants et de les pousser à rentrer en Chine. Il s'agit d'une description générale : elle ne renvoie pas, en soi, à un cas documenté en Algérie.

4. Existe-t-il un cas concret en Algérie ?
Oui, un seul est rapporté. Un conducteur d'engins employé sur le chantier d'une autoroute près de Sétif affirme avoir été convoqué à plusieurs reprises en 2024 dans ce local, où on l'aurait pressé de rentrer en Chine pour « régler une affaire ». Il a fini par prendre l'avion de lui-même, puis est revenu en Algérie trois mois plus tard.

5. Y en a-t-il d'autres en Algérie ?
L'ONG en recense deux dans le pays. Le second se trouverait à Béjaïa et serait lié au district de Liuhe, également à Nankin. La Sûreté de wilaya de Béjaïa assure n'avoir relevé « aucune activité de ce genre ».

6. Que dit la Chine ?
L'ambassade de Chine à Alger parle d'« allégations infondées » et affirme que des bénévoles aident seulement les travailleurs chinois à renouveler leur passeport et leur permis de conduire.

7. L'Algérie et la Chine coopèrent-elles en matière de sécurité ?
Oui. Les deux pays ont signé en 2023 un accord de coopération en matière de sécurité intérieure, qui porte notamment sur la formation de policiers.

8. Et si l'enquête confirmait les soupçons ?
Les autorités n'ont rien dit sur d'éventuelles suites diplomatiques. Aucune convocation de l'ambassadeur n'a été annoncée à ce stade.

Cet article vous a été utile ? Inscrivez-vous à notre lettre d'information.
"""
DOCS.append(dict(name="023-fr-dz-questions-reponses-setif-bejaia-pukou-liuhe.txt", text=T023, facts=[
    R("DZ", "investigation", "des éléments de la Sûreté de wilaya de Sétif ont perquisitionné un local de la cité des 1014-Logements",
      place="Sétif", claimant="Sûreté de wilaya de Sétif", date="2025-12-01"),
    R("DZ", "investigation", "Le parquet de Sétif a ouvert une enquête.", place="Sétif", claimant="parquet de Sétif"),
    R("DZ", "arrest", "Aucune arrestation n'a été annoncée.", pol="denied", opt=True),
    S("DZ", "Sétif", "l'ONG Safeguard Defenders, basée à Madrid, affirme que ce local servait de « station de service » à la police chinoise",
      claimant="Safeguard Defenders", place_alt=["Setif"]),
    S("DZ", "Sétif", "Selon elle, il relevait du Bureau de la sécurité publique du district de Pukou, à Nankin.",
      operator="Pukou", operator_alt=NJ, claimant="Safeguard Defenders", place_alt=["Setif"]),
    I("DZ", "persuasion", "où on l'aurait pressé de rentrer en Chine pour « régler une affaire ». Il a fini par prendre l'avion de lui-même",
      place="Sétif", claimant="a construction-machine operator near Sétif", date="2024"),
    C("stations", 2, "DZ", "L'ONG en recense deux dans le pays.", claimant="Safeguard Defenders"),
    S("DZ", "Béjaïa", "Le second se trouverait à Béjaïa et serait lié au district de Liuhe, également à Nankin.",
      operator="Liuhe", operator_alt=NJ, claimant="Safeguard Defenders", place_alt=["Bejaia"]),
    S("DZ", "Béjaïa", "La Sûreté de wilaya de Béjaïa assure n'avoir relevé « aucune activité de ce genre ».",
      claimant="Sûreté de wilaya de Béjaïa", pol="denied", opt=True, place_alt=["Bejaia"]),
    D("CN", "L'ambassade de Chine à Alger parle d'« allégations infondées »", claimant="PRC Embassy in Algeria"),
    A("DZ", "security_agreement", "Les deux pays ont signé en 2023 un accord de coopération en matière de sécurité intérieure", date="2023"),
    R("DZ", "protest", "Aucune convocation de l'ambassadeur n'a été annoncée à ce stade.", pol="denied", opt=True),
]))
