"""check11 part B, French documents 041-046 (France, Belgium, Switzerland, Canada,
Madagascar/Mauritius). Held-out material: contains the gold."""
from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 041 AFP wire
T041 = """Soupçons de « poste de police » chinois à Toulouse : le parquet ouvre une enquête

TOULOUSE, 6 février 2025 (AFP) - Le parquet de Toulouse a ouvert une enquête préliminaire, confiée à la DGSI, visant une association d'entraide du quartier des Minimes soupçonnée de servir d'antenne à la police chinoise, a-t-on appris jeudi de source judiciaire.

Selon cette source, l'association, déclarée en préfecture en 2019, serait en contact régulier avec le bureau de la sécurité publique de Tongxiang, une ville de la province du Zhejiang dont sont originaires de nombreux commerçants chinois de la région. Des enquêteurs s'y sont rendus fin janvier; aucune interpellation n'a eu lieu.

L'affaire est partie du signalement d'un cuisinier employé dans un restaurant de la banlieue toulousaine. Pressé par des membres de l'association de « rentrer au pays » pour répondre d'une accusation d'escroquerie, il a refusé. Quelques jours plus tard, ses parents ont reçu à Tongxiang la visite de policiers, a-t-il raconté aux enquêteurs.

Une seconde antenne, plus discrète, fonctionnerait à Bordeaux, selon la même source, qui évoque « au moins trois » structures de ce type dans le Sud-Ouest.

Sollicitée par l'AFP, l'ambassade de Chine en France a dénoncé des « allégations sans fondement » et affirmé que les bénévoles de l'association « aident simplement des personnes âgées à renouveler leur permis de conduire chinois ».

Le ministère de l'Europe et des Affaires étrangères n'a pas souhaité commenter. Fin 2022, Paris avait indiqué avoir fait part de ses « préoccupations » à la partie chinoise après la publication d'un rapport recensant une centaine de ces structures dans le monde.
"""
DOCS.append(("041-fr-afp-wire-toulouse-bordeaux-tongxiang.txt", T041, [
    R("FR", "investigation", "Le parquet de Toulouse a ouvert une enquête préliminaire, confiée à la DGSI, visant une association d'entraide du quartier des Minimes soupçonnée de servir d'antenne à la police chinoise,", place="Toulouse"),
    S("FR", "Toulouse", "Le parquet de Toulouse a ouvert une enquête préliminaire, confiée à la DGSI, visant une association d'entraide du quartier des Minimes soupçonnée de servir d'antenne à la police chinoise,",
      operator="Tongxiang", operator_alt=["Jiaxing"], claimant="judicial source", note="operator in the next paragraph; site: quartier des Minimes"),
    R("FR", "arrest", "aucune interpellation n'a eu lieu.", pol="denied", opt=True),
    I("persuasion", "FR", "Pressé par des membres de l'association de « rentrer au pays » pour répondre d'une accusation d'escroquerie, il a refusé.", place="Toulouse", claimant="a cook"),
    I("harassment", "FR", "Quelques jours plus tard, ses parents ont reçu à Tongxiang la visite de policiers, a-t-il raconté aux enquêteurs.", opt=True, claimant="a cook"),
    S("FR", "Bordeaux", "Une seconde antenne, plus discrète, fonctionnerait à Bordeaux, selon la même source,", operator="Tongxiang", operator_alt=["Jiaxing"], claimant="judicial source",
      note="'seconde antenne' implies the same bureau"),
    C("stations", 3, "FR", "qui évoque « au moins trois » structures de ce type dans le Sud-Ouest.", opt=True, claimant="judicial source", note="regional"),
    D("CN", "Sollicitée par l'AFP, l'ambassade de Chine en France a dénoncé des « allégations sans fondement » et affirmé que les bénévoles de l'association « aident simplement des personnes âgées à renouveler leur permis de conduire chinois ».",
      claimant="Chinese embassy in France"),
    R("FR", "protest", "Fin 2022, Paris avait indiqué avoir fait part de ses « préoccupations » à la partie chinoise", opt=True, date="2022", note="concerns, short of a summons"),
    C("stations", 100, None, "après la publication d'un rapport recensant une centaine de ces structures dans le monde.", opt=True, note="approximation"),
]))

# ---------------------------------------------------------------- 042 Belgian written question, hard-wrapped
T042 = """CHAMBRE DES REPRÉSENTANTS DE BELGIQUE
Questions et Réponses écrites - Bulletin n° 56/031

Question n° 0412 de la députée, au ministre de la Justice
Structures liées à la police chinoise dans la province de Luxembourg.

Selon des informations parues dans la presse régionale, une structure
présentée comme un « point de service » pour la communauté chinoise serait
active à Arlon depuis 2021 et dépendrait du bureau de la sécurité publique
de Pan'an, dans la province chinoise du Zhejiang. Une seconde structure
aurait fonctionné à Wavre.

1. Le parquet a-t-il ouvert une enquête?
2. Des ressortissants chinois ont-ils fait l'objet de pressions pour rentrer
en Chine?
3. L'ambassadeur de Chine a-t-il été convoqué?

Réponse du ministre de la Justice du 22 mai 2024, à la question n° 0412:

1. Le parquet de Luxembourg, division Arlon, a ouvert une information
judiciaire en mars 2024 à la suite d'un signalement de la Sûreté de l'État.
Une perquisition a été menée le 4 avril 2024. À ce stade, l'enquête n'a pas
permis d'établir d'infraction et personne n'a été inculpé. L'instruction se
poursuit.

2. Le parquet fédéral a connaissance d'un cas: un étudiant chinois inscrit
dans une haute école de la province a été contacté à plusieurs reprises par
des personnes liées à la structure d'Arlon, qui l'ont incité à rentrer en
Chine. Il est resté en Belgique et a déposé plainte.

3. En ce qui concerne la structure de Wavre, elle a cessé ses activités dans
le courant de l'année 2023, avant toute intervention des autorités. Mon
collègue des Affaires étrangères m'informe que l'ambassadeur de Chine a été
convoqué au SPF Affaires étrangères le 11 avril 2024.
"""
DOCS.append(("042-fr-be-written-question-hardwrapped-arlon-wavre-panan.txt", T042, [
    S("BE", "Arlon", "une structure présentée comme un « point de service » pour la communauté chinoise serait active à Arlon depuis 2021 et dépendrait du bureau de la sécurité publique de Pan'an, dans la province chinoise du Zhejiang.",
      operator="Pan'an", operator_alt=["Panan", "Jinhua"], claimant="regional press", date="2021", note="premise of the question"),
    S("BE", "Wavre", "Une seconde structure aurait fonctionné à Wavre.", claimant="regional press", note="premise; confirmed ceased in the answer"),
    R("BE", "investigation", "Le parquet de Luxembourg, division Arlon, a ouvert une information judiciaire en mars 2024 à la suite d'un signalement de la Sûreté de l'État.",
      place="Arlon", date="2024-03", note="'Luxembourg' is the Belgian province, not the country"),
    R("BE", "no_wrongdoing_found", "À ce stade, l'enquête n'a pas permis d'établir d'infraction et personne n'a été inculpé.", place="Arlon"),
    R("BE", "arrest", "personne n'a été inculpé.", pol="denied", opt=True),
    I("persuasion", "BE", "un étudiant chinois inscrit dans une haute école de la province a été contacté à plusieurs reprises par des personnes liées à la structure d'Arlon, qui l'ont incité à rentrer en Chine.",
      place="Arlon", claimant="Belgian federal prosecutor"),
    R("BE", "closure", "En ce qui concerne la structure de Wavre, elle a cessé ses activités dans le courant de l'année 2023, avant toute intervention des autorités.", place="Wavre", opt=True, date="2023",
      note="stopped by itself"),
    R("BE", "protest", "l'ambassadeur de Chine a été convoqué au SPF Affaires étrangères le 11 avril 2024.", date="2024-04-11"),
]))

# ---------------------------------------------------------------- 043 Swiss regional paper
T043 = """Le MPC enquête sur une antenne policière chinoise à Yverdon

Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale pour actes exécutés sans droit pour un État étranger (art. 271 CP) contre les responsables d'une association sino-suisse établie à Yverdon-les-Bains. Révélée mardi par la radio publique, l'information a été confirmée mercredi par le MPC, qui précise qu'une perquisition a eu lieu en mai.

D'après un rapport du Service de renseignement de la Confédération (SRC) cité par la radio, l'association sert depuis 2020 de relais au bureau de la sécurité publique de Shengzhou, une ville de la préfecture de Shaoxing, dans le Zhejiang. Le rapport mentionne aussi un second point de contact, à La Chaux-de-Fonds, qui relèverait du même bureau.

Toujours selon le SRC, des membres de l'association ont photographié des participants à une manifestation tibétaine sur la place Fédérale à Berne, en mars, puis transmis les clichés en Chine.

Le Département fédéral des affaires étrangères (DFAE) a convoqué jeudi l'ambassadeur de Chine. L'ambassade a dénoncé des « rumeurs malveillantes » et assuré que l'association « organise des cours de chinois et des fêtes du Nouvel An ».

Personne n'a été arrêté à ce stade. Selon le SRC, il existerait au moins quatre structures de ce type en Suisse; outre celles d'Yverdon et de La Chaux-de-Fonds, deux se trouveraient en Suisse alémanique.
"""
DOCS.append(("043-fr-ch-regional-news-yverdon-la-chaux-de-fonds-shengzhou.txt", T043, [
    R("CH", "investigation", "Le Ministère public de la Confédération (MPC) a ouvert une procédure pénale pour actes exécutés sans droit pour un État étranger (art. 271 CP) contre les responsables d'une association sino-suisse établie à Yverdon-les-Bains.",
      place="Yverdon-les-Bains", note="also the search in May"),
    S("CH", "Yverdon-les-Bains", "D'après un rapport du Service de renseignement de la Confédération (SRC) cité par la radio, l'association sert depuis 2020 de relais au bureau de la sécurité publique de Shengzhou,",
      operator="Shengzhou", operator_alt=["Shaoxing"], claimant="Swiss Federal Intelligence Service", date="2020"),
    S("CH", "La Chaux-de-Fonds", "Le rapport mentionne aussi un second point de contact, à La Chaux-de-Fonds, qui relèverait du même bureau.",
      operator="Shengzhou", operator_alt=["Shaoxing"], claimant="Swiss Federal Intelligence Service"),
    I("surveillance", "CH", "des membres de l'association ont photographié des participants à une manifestation tibétaine sur la place Fédérale à Berne, en mars, puis transmis les clichés en Chine.",
      place="Bern", claimant="Swiss Federal Intelligence Service"),
    R("CH", "protest", "Le Département fédéral des affaires étrangères (DFAE) a convoqué jeudi l'ambassadeur de Chine."),
    D("CN", "L'ambassade a dénoncé des « rumeurs malveillantes » et assuré que l'association « organise des cours de chinois et des fêtes du Nouvel An ».", claimant="Chinese embassy in Switzerland"),
    R("CH", "arrest", "Personne n'a été arrêté à ce stade.", pol="denied", opt=True),
    C("stations", 4, "CH", "Selon le SRC, il existerait au moins quatre structures de ce type en Suisse;", claimant="Swiss Federal Intelligence Service"),
    C("stations", 2, "CH", "deux se trouveraient en Suisse alémanique.", opt=True, claimant="Swiss Federal Intelligence Service", note="regional"),
]))

# ---------------------------------------------------------------- 044 Acadian news, Canada
T044 = """MONCTON - La Gendarmerie royale du Canada (GRC) enquête sur un organisme communautaire de Moncton soupçonné d'agir pour le compte de la police chinoise, a confirmé lundi la Division J, au Nouveau-Brunswick.

L'organisme, qui offre des cours de mandarin et de l'aide aux démarches administratives dans un local de la rue Main, serait lié au bureau de la sécurité publique du comté de Raoping, dans la province du Guangdong, selon des documents consultés par notre journal.

Une étudiante étrangère de l'Université de Moncton affirme y avoir été convoquée à deux reprises l'automne dernier. On lui aurait expliqué qu'il serait « plus simple pour tout le monde » qu'elle rentre en Chine régler une affaire de prêt impayé. Sa mère, à Chaozhou, a été interrogée au poste de police du quartier. L'étudiante a finalement quitté le Canada en décembre.

Les mêmes documents font état d'un bureau plus modeste à Fredericton, dont les activités auraient cessé en janvier.

« Aucune accusation n'a été portée à ce jour », a indiqué un porte-parole de la GRC, sans plus de détails.

Affaires mondiales Canada dit avoir « fait part de ses préoccupations » à l'ambassade de Chine à Ottawa. Le consulat général de Chine à Montréal n'a pas donné suite à nos demandes d'entrevue; en 2023, Pékin avait qualifié de « pures fabrications » les informations sur des postes de police chinois au Canada.
"""
DOCS.append(("044-fr-ca-acadian-news-moncton-fredericton-raoping.txt", T044, [
    R("CA", "investigation", "La Gendarmerie royale du Canada (GRC) enquête sur un organisme communautaire de Moncton soupçonné d'agir pour le compte de la police chinoise,", place="Moncton"),
    S("CA", "Moncton", "L'organisme, qui offre des cours de mandarin et de l'aide aux démarches administratives dans un local de la rue Main, serait lié au bureau de la sécurité publique du comté de Raoping, dans la province du Guangdong, selon des documents consultés par notre journal.",
      operator="Raoping", operator_alt=["Chaozhou"], claimant="documents seen by the newspaper", note="Moncton named in the lead; site: rue Main"),
    I("persuasion", "CA", "On lui aurait expliqué qu'il serait « plus simple pour tout le monde » qu'elle rentre en Chine régler une affaire de prêt impayé.", place="Moncton", claimant="a foreign student"),
    I("harassment", "CA", "Sa mère, à Chaozhou, a été interrogée au poste de police du quartier.", opt=True, claimant="a foreign student"),
    I("forced_return", "CA", "L'étudiante a finalement quitté le Canada en décembre.", place="Moncton", opt=True),
    S("CA", "Fredericton", "Les mêmes documents font état d'un bureau plus modeste à Fredericton, dont les activités auraient cessé en janvier.", claimant="documents seen by the newspaper"),
    R("CA", "closure", "Les mêmes documents font état d'un bureau plus modeste à Fredericton, dont les activités auraient cessé en janvier.", place="Fredericton", opt=True, note="stopped by itself"),
    R("CA", "arrest", "« Aucune accusation n'a été portée à ce jour », a indiqué un porte-parole de la GRC,", pol="denied", opt=True),
    R("CA", "protest", "Affaires mondiales Canada dit avoir « fait part de ses préoccupations » à l'ambassade de Chine à Ottawa.", opt=True, note="concerns, short of a summons"),
    D("CN", "en 2023, Pékin avait qualifié de « pures fabrications » les informations sur des postes de police chinois au Canada.", claimant="PRC government", date="2023"),
]))

# ---------------------------------------------------------------- 045 PRC MFA transcript (French version)
T045 = """Conférence de presse régulière du porte-parole du ministère des Affaires étrangères, le 12 juin 2024

AFP : Selon un rapport publié hier par une ONG, un « centre de services » lié au bureau de la sécurité publique de Wenchang, dans la province de Hainan, opère à Antananarivo depuis 2021. La police malgache y a mené une perquisition mardi. Quelle est la réponse de la Chine ?

Porte-parole : J'ai pris note des informations pertinentes. Je tiens à souligner que les prétendus « postes de police à l'étranger » n'existent tout simplement pas. Il s'agit d'associations de Chinois d'outre-mer qui, à titre bénévole, aident leurs compatriotes à accomplir des démarches comme le renouvellement du permis de conduire. Nous espérons que certains médias cesseront de colporter des rumeurs.

Radio Télévision Malagasy : Le même rapport affirme qu'un commerçant de Toamasina a été conduit à l'aéroport d'Ivato par deux hommes et embarqué de force sur un vol pour Canton en février. Avez-vous des informations à ce sujet ?

Porte-parole : Je ne suis pas au courant du cas que vous évoquez. La Chine lutte contre la criminalité transfrontalière dans le strict respect du droit international.

CGTN : L'an dernier, la Chine et Madagascar ont signé un accord de coopération en matière de sécurité publique. Où en est sa mise en œuvre ?

Porte-parole : Depuis sa signature, cet accord a donné de bons résultats dans la formation et l'équipement. La Chine est disposée à poursuivre cette coopération dans l'intérêt des deux peuples.

Journaliste mauricien : À Port-Louis, un local que la presse mauricienne présente comme un « poste » du même type a fermé ses portes la semaine dernière après une visite de la police mauricienne. La partie chinoise en a-t-elle été informée ?

Porte-parole : Je n'ai pas d'information à ce sujet.

Reuters : Sur un autre sujet, pouvez-vous confirmer la visite du Premier ministre en Espagne ?

Porte-parole : Nous publierons les informations en temps voulu.
"""
DOCS.append(("045-fr-mfa-transcript-antananarivo-port-louis-wenchang.txt", T045, [
    S("MG", "Antananarivo", "Selon un rapport publié hier par une ONG, un « centre de services » lié au bureau de la sécurité publique de Wenchang, dans la province de Hainan, opère à Antananarivo depuis 2021.",
      operator="Wenchang", claimant="NGO report", date="2021", note="premise of a question"),
    R("MG", "investigation", "La police malgache y a mené une perquisition mardi.", place="Antananarivo", claimant="AFP", note="premise of a question"),
    D("CN", "Je tiens à souligner que les prétendus « postes de police à l'étranger » n'existent tout simplement pas.", claimant="PRC Ministry of Foreign Affairs",
      note="followed by the driving-licence explanation"),
    I("forced_return", "MG", "Le même rapport affirme qu'un commerçant de Toamasina a été conduit à l'aéroport d'Ivato par deux hommes et embarqué de force sur un vol pour Canton en février.",
      place="Toamasina", claimant="NGO report", date="2024-02"),
    A("MG", "security_agreement", "L'an dernier, la Chine et Madagascar ont signé un accord de coopération en matière de sécurité publique.", date="2023"),
    S("MU", "Port Louis", "À Port-Louis, un local que la presse mauricienne présente comme un « poste » du même type a fermé ses portes la semaine dernière après une visite de la police mauricienne.",
      claimant="Mauritian press", place_alt=["Port-Louis"], note="premise of a question; 'un « poste » du même type'"),
    R("MU", "closure", "À Port-Louis, un local que la presse mauricienne présente comme un « poste » du même type a fermé ses portes la semaine dernière après une visite de la police mauricienne.",
      place="Port Louis", opt=True, note="closed after a police visit, no order stated"),
    R("MU", "investigation", "a fermé ses portes la semaine dernière après une visite de la police mauricienne.", place="Port Louis", opt=True, note="a police visit"),
]))

# ---------------------------------------------------------------- 046 IRRELEVANT French local brief
T046 = """Gard : un car de touristes chinois visité sur une aire de l'A9

Deux hommes ont été interpellés mardi soir par les gendarmes après le vol de bagages dans un autocar de touristes chinois stationné sur une aire de l'A9, près de la station-service de Nîmes-Marguerittes. Les 38 voyageurs, en route vers la Camargue, ont pu récupérer la plupart de leurs effets.

Le consulat général de Chine à Marseille a remercié la gendarmerie pour sa « réactivité ». Le voyagiste a organisé dès mercredi le rapatriement du groupe vers Paris, d'où il devait s'envoler pour Shanghai.

En 2019, l'agglomération nîmoise avait signé une convention de coopération touristique avec une ville de la province du Jiangsu.
"""
DOCS.append(("046-fr-local-brief-tourist-coach-theft-irrelevant.txt", T046, []))
