"""check20 part B, French documents 047-049 (AFP-style wire from Africa, French Senate written answer, Quebec fact-check)."""
import re

from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 047
T047 = """Accueil > Afrique > Madagascar
Partager : Facebook · X · LinkedIn · Copier le lien

Madagascar : perquisition dans un « bureau d'entraide » chinois soupçonné d'être une antenne de police

Publié le 4 février 2026 à 14h07 · Mis à jour le 4 février 2026 à 18h30

Antananarivo (AFP) - La gendarmerie malgache a perquisitionné mardi à Toliara, dans le sud-ouest de l'île, les locaux d'un « bureau d'entraide des ressortissants chinois » qu'une ONG accuse de servir d'antenne à une police locale chinoise, a-t-on appris mercredi de source judiciaire. Aucune interpellation n'a eu lieu à ce stade.

Selon un rapport de l'ONG Safeguard Defenders publié en janvier, la structure relèverait du bureau de la sécurité publique du district autonome de Baisha, sur l'île chinoise de Hainan. Elle aurait été ouverte en 2023 dans une boutique de pièces détachées proche du port.

Légende photo : Le port de Toliara, dans le sud-ouest de Madagascar, le 3 février 2026. AFP

Le rapport cite le cas d'un négociant en saphirs installé dans la région, rentré en Chine en juin 2025 après des mois d'appels de la police de son district natal. Son frère avait été convoqué à deux reprises au commissariat, selon l'ONG. L'homme n'est pas revenu à Madagascar depuis.

Le ministère malgache des Affaires étrangères a convoqué mercredi l'ambassadeur de Chine, a indiqué un porte-parole, sans donner de détails sur la teneur de l'entretien.

Madagascar et la Chine ont signé en 2017 un accord de coopération en matière de sécurité publique, qui prévoit notamment la formation de policiers malgaches en Chine.

Une autre antenne existerait à Bobo-Dioulasso, au Burkina Faso, liée cette fois à la police du district de Changjiang, également à Hainan, selon le même rapport. Les autorités burkinabè n'ont pas réagi.

L'ambassade de Chine à Antananarivo a dénoncé des « allégations sans fondement ». Dans un communiqué, elle explique que des bénévoles de la communauté aident les ressortissants âgés à renouveler en ligne leur permis de conduire chinois.

L'ONG avait recensé en 2022 cent deux structures de ce type dans cinquante-trois pays, dont au moins une dizaine en Afrique.

sgb/fal/abl
© Agence France-Presse
"""

DOCS.append({
    "name": "047-fr-depeche-toliara-bobo-dioulasso-baisha-changjiang.txt",
    "text": T047,
    "facts": [
        R("MG", "investigation", "La gendarmerie malgache a perquisitionné mardi à Toliara", place="Toliara",
          claimant="judicial source", date="2026-02-03"),
        S("MG", "Toliara", "les locaux d'un « bureau d'entraide des ressortissants chinois » qu'une ONG accuse de servir d'antenne à une police locale chinoise",
          claimant="Safeguard Defenders"),
        R("MG", "arrest", "Aucune interpellation n'a eu lieu à ce stade.", pol="denied", opt=True),
        S("MG", "Toliara", "la structure relèverait du bureau de la sécurité publique du district autonome de Baisha",
          operator="Baisha", claimant="Safeguard Defenders", date="2023"),
        I("MG", "persuasion", "rentré en Chine en juin 2025 après des mois d'appels de la police de son district natal",
          claimant="Safeguard Defenders", date="2025-06"),
        I("MG", "harassment", "Son frère avait été convoqué à deux reprises au commissariat", claimant="Safeguard Defenders",
          opt=True, note="pressure on the brother inside the persuasion case"),
        R("MG", "protest", "Le ministère malgache des Affaires étrangères a convoqué mercredi l'ambassadeur de Chine",
          claimant="Malagasy Ministry of Foreign Affairs", date="2026-02-04"),
        A("MG", "security_agreement", "Madagascar et la Chine ont signé en 2017 un accord de coopération en matière de sécurité publique",
          date="2017"),
        S("BF", "Bobo-Dioulasso", "Une autre antenne existerait à Bobo-Dioulasso, au Burkina Faso, liée cette fois à la police du district de Changjiang",
          operator="Changjiang", claimant="Safeguard Defenders"),
        D("CN", "a dénoncé des « allégations sans fondement ». Dans un communiqué, elle explique que des bénévoles de la communauté aident les ressortissants âgés à renouveler en ligne leur permis de conduire chinois",
          claimant="Chinese Embassy in Madagascar"),
        C("stations", 102, None, "cent deux structures de ce type dans cinquante-trois pays", claimant="Safeguard Defenders", date="2022"),
        C("countries", 53, None, "cent deux structures de ce type dans cinquante-trois pays", claimant="Safeguard Defenders", date="2022"),
        C("stations", 10, None, "au moins une dizaine en Afrique", claimant="Safeguard Defenders", opt=True,
          note="regional count over several countries"),
    ],
})

# ---------------------------------------------------------------- 048
T048_BODY = """Journal officiel de la République française – Questions et réponses – Sénat          page 5712

Sécurité publique

Existence de « postes de police » chinois en Bretagne

Question écrite n° 04417 de M. le sénateur du Morbihan, publiée dans le JO Sénat du 19/03/2026 – page 1388

M. le sénateur attire l'attention de M. le ministre de l'intérieur sur les informations parues dans la presse régionale selon lesquelles un « point de service » géré pour le compte du bureau de la sécurité publique du district de Hunyuan (province du Shanxi) fonctionnerait à Lorient, dans les locaux d'une association culturelle, et qu'une structure comparable, rattachée à la police du district de Lingqiu, serait installée à Quimper. Il lui demande quelles vérifications ont été conduites, et quelles mesures le Gouvernement entend prendre s'il s'avérait que ces structures exercent des activités illicites.

Réponse du Ministère de l'intérieur, publiée dans le JO Sénat du 11/06/2026 – page 5712

Les services de la direction générale de la sécurité intérieure (DGSI) ont procédé, dès la parution des articles cités par l'honorable parlementaire, à des vérifications approfondies concernant les deux sites mentionnés. S'agissant du local de Lorient, les investigations n'ont pas permis de caractériser d'infraction pénale. Le local de Quimper a, pour sa part, cessé toute activité au cours du mois de février 2026, avant même l'intervention des services.

Au niveau national, les services ont identifié trois sites en 2022, qui ont fait l'objet de mesures d'entrave adaptées. Le ministère de l'Europe et des affaires étrangères a fait part à l'ambassade de Chine de la préoccupation des autorités françaises. La France ne saurait tolérer qu'un État étranger exerce sur son sol des prérogatives de puissance publique.

Il n'est pas possible de préjuger des suites qui seraient données à des faits hypothétiques.

                                                                                page 5713
"""
T048_BODY = (T048_BODY.replace("vérifications", "vé~ri~fi~ca~tions").replace("investigations", "in~ves~ti~ga~tions")
             .replace("approfondies", "ap~pro~fon~dies").replace("préoccupation", "pré~oc~cu~pa~tion")
             .replace("caractériser", "ca~rac~té~ri~ser").replace("prérogatives", "pré~ro~ga~tives")
             .replace("parlementaire", "par~le~men~taire").replace("association", "as~so~cia~tion")
             .replace("intervention", "in~ter~ven~tion").replace("comparable", "com~pa~rable")
             .replace("informations", "in~for~ma~tions").replace("hypothétiques", "hy~po~thé~tiques"))
T048 = wrap_hy(T048_BODY, 68)

DOCS.append({
    "name": "048-fr-jo-senat-question-ecrite-lorient-quimper-hunyuan-lingqiu.txt",
    "text": T048,
    "facts": [
        S("FR", "Lorient", "un « point de service » géré pour le compte du bureau de la sécurité publique du district de Hunyuan (province du Shanxi) fonctionnerait à Lorient",
          operator="Hunyuan", operator_alt=["Datong"], claimant="regional press"),
        S("FR", "Quimper", "une structure comparable, rattachée à la police du district de Lingqiu, serait installée à Quimper",
          operator="Lingqiu", operator_alt=["Datong"], claimant="regional press"),
        R("FR", "investigation", "Les services de la direction générale de la sécurité intérieure (DGSI) ont procédé, dès la parution des articles cités par l'honorable parlementaire, à des vérifications approfondies concernant les deux sites mentionnés.",
          claimant="Ministère de l'intérieur"),
        R("FR", "no_wrongdoing_found", "S'agissant du local de Lorient, les investigations n'ont pas permis de caractériser d'infraction pénale.",
          place="Lorient", claimant="Ministère de l'intérieur"),
        R("FR", "closure", "Le local de Quimper a, pour sa part, cessé toute activité au cours du mois de février 2026",
          place="Quimper", claimant="Ministère de l'intérieur", date="2026-02", opt=True, note="stopped by itself"),
        C("stations", 3, "FR", "Au niveau national, les services ont identifié trois sites en 2022", claimant="Ministère de l'intérieur",
          date="2022"),
        R("FR", "protest", "Le ministère de l'Europe et des affaires étrangères a fait part à l'ambassade de Chine de la préoccupation des autorités françaises.",
          claimant="Ministère de l'Europe et des affaires étrangères", opt=True),
    ],
})

# ---------------------------------------------------------------- 049
T049 = """LES VÉRIFICATEURS | Désinformation

Non, il n'y a pas de preuve d'un « poste de police chinois » à Rimouski

Une publication virale affirme que Pékin aurait ouvert un bureau de police dans le Bas-Saint-Laurent. Nous avons vérifié. Ce que l'on sait, en revanche, c'est qu'un rapport bien documenté mentionne deux autres villes du Québec.

Par l'équipe des Vérificateurs · Publié le 28 avril 2026 · Mis à jour à 16 h 10

VERDICT : TROMPEUR

Une publication partagée plus de 40 000 fois sur Facebook depuis dimanche affirme qu'un « poste de police chinois clandestin » aurait ouvert ses portes dans un dépanneur de Rimouski. L'image qui l'accompagne montre en réalité une épicerie asiatique de Montréal.

La Sûreté du Québec nous a indiqué n'avoir connaissance d'aucun bureau de ce genre à Rimouski. Aucune plainte n'a été déposée, précise une porte-parole.

Que sont ces « postes » ?

Depuis 2022, plusieurs ONG décrivent des bureaux informels, souvent installés dans des associations ou des commerces, par lesquels des polices locales chinoises garderaient le contact avec leurs ressortissants à l'étranger, notamment pour les inciter à rentrer au pays. Cette description générale ne renvoie à aucun cas précis au Québec.

Et au Québec ?

Le rapport le plus cité, publié par l'organisme Safeguard Defenders, recensait cinq lieux au Canada. Deux se trouvent au Québec, et aucun n'est à Rimouski. Le premier est à Shawinigan, où l'organisme associe une association commerciale au bureau de la sécurité publique du district de Zhongxian, à Chongqing. Le second, à Victoriaville, serait lié au district de Dianjiang, également à Chongqing.

La Gendarmerie royale du Canada (GRC) a confirmé enquêter sur « des activités de police étrangère au Québec » sans préciser les lieux.

Que dit la Chine ?

L'ambassade de Chine à Ottawa affirme qu'il n'existe « aucun poste de police chinois au Canada ». Selon elle, des bénévoles aident des aînés à renouveler leur permis de conduire en ligne.

Notre verdict

Rien ne permet d'affirmer qu'un tel bureau existe à Rimouski. La publication mélange une image sans rapport et des informations réelles concernant d'autres villes.

Vous avez vu passer une information douteuse ? Écrivez-nous. Abonnez-vous à notre infolettre.
"""

DOCS.append({
    "name": "049-fr-ca-verification-rimouski-shawinigan-victoriaville-zhongxian-dianjiang.txt",
    "text": T049,
    "facts": [
        S("CA", "Rimouski", "qu'un « poste de police chinois clandestin » aurait ouvert ses portes dans un dépanneur de Rimouski",
          claimant="a viral Facebook post", opt=True),
        S("CA", "Rimouski", "La Sûreté du Québec nous a indiqué n'avoir connaissance d'aucun bureau de ce genre à Rimouski.",
          claimant="Sûreté du Québec", pol="denied", opt=True),
        C("stations", 5, "CA", "recensait cinq lieux au Canada", claimant="Safeguard Defenders"),
        C("stations", 2, "CA", "Deux se trouvent au Québec", claimant="Safeguard Defenders",
          note="count scoped to a province of one host"),
        S("CA", "Shawinigan", "Le premier est à Shawinigan, où l'organisme associe une association commerciale au bureau de la sécurité publique du district de Zhongxian",
          operator="Zhongxian", operator_alt=["Zhong", "Chongqing"], claimant="Safeguard Defenders"),
        S("CA", "Victoriaville", "Le second, à Victoriaville, serait lié au district de Dianjiang", operator="Dianjiang",
          operator_alt=["Chongqing"], claimant="Safeguard Defenders"),
        R("CA", "investigation", "La Gendarmerie royale du Canada (GRC) a confirmé enquêter sur « des activités de police étrangère au Québec »",
          claimant="Royal Canadian Mounted Police"),
        D("CN", "il n'existe « aucun poste de police chinois au Canada ». Selon elle, des bénévoles aident des aînés à renouveler leur permis de conduire en ligne",
          claimant="Chinese Embassy in Canada"),
        S("CA", None, "il n'existe « aucun poste de police chinois au Canada »", claimant="Chinese Embassy in Canada",
          pol="denied", opt=True),
    ],
})
