from h import S, C, R, I, A, D, wrap

DOCS = []

DOCS.append(dict(name="034-it-ansa-pistoia-lucca-qingyuan.txt", text="""
Cina: 'stazione di polizia' occulta a Pistoia, perquisizioni Digos
Indagati due cittadini cinesi. Consolato: "Accuse prive di fondamento"

(ANSA) - PISTOIA, 21 NOV - La Digos di Pistoia ha perquisito questa mattina la sede di un'associazione culturale cinese, a pochi passi dalla stazione ferroviaria, che secondo gli inquirenti avrebbe svolto le funzioni di una "stazione di polizia" non autorizzata per conto delle autorità di Pechino. Due cittadini cinesi, di 47 e 52 anni, sono indagati dalla procura per esercizio abusivo di pubbliche funzioni.

Secondo quanto si apprende, la sede farebbe capo all'ufficio di pubblica sicurezza della contea di Qingyuan, nella provincia dello Zhejiang, da cui proviene gran parte della comunità cinese del distretto delle confezioni. Gli investigatori ritengono che una seconda sede, a Lucca, dipendesse dallo stesso ufficio; in quel caso l'attività sarebbe cessata già nel 2023.

Tra gli episodi al vaglio c'è quello di un operaio di una ditta di confezioni di Quarrata che nel 2022 sarebbe stato convinto a rientrare in Cina dopo ripetute telefonate ai familiari rimasti nello Zhejiang.

Non sono state disposte misure cautelari.

Il consolato generale cinese a Firenze, in una nota, ha respinto le accuse definendole "prive di fondamento" e ha spiegato che l'associazione "si limita ad aiutare gli anziani con le pratiche per il rinnovo della patente".

In Italia, secondo stime di organizzazioni non governative, le strutture di questo tipo sarebbero almeno undici. (ANSA).
""", facts=[
    S("IT", "Pistoia", "La Digos di Pistoia ha perquisito questa mattina la sede di un'associazione culturale cinese, a pochi passi dalla stazione ferroviaria, che secondo gli inquirenti avrebbe svolto le funzioni di una \"stazione di polizia\" non autorizzata", operator="Qingyuan", operator_alt=["Lishui"], claimant="investigators", note="operator in the next paragraph ('la sede farebbe capo ...')"),
    R("IT", "investigation", "Due cittadini cinesi, di 47 e 52 anni, sono indagati dalla procura per esercizio abusivo di pubbliche funzioni.", place="Pistoia", note="search and suspects under investigation"),
    S("IT", "Lucca", "Gli investigatori ritengono che una seconda sede, a Lucca, dipendesse dallo stesso ufficio", operator="Qingyuan", operator_alt=["Lishui"], claimant="investigators"),
    R("IT", "closure", "in quel caso l'attività sarebbe cessata già nel 2023", place="Lucca", date="2023", opt=True, note="ceased, no order"),
    I("IT", "persuasion", "un operaio di una ditta di confezioni di Quarrata che nel 2022 sarebbe stato convinto a rientrare in Cina dopo ripetute telefonate ai familiari", place="Quarrata", date="2022", claimant="investigators"),
    I("IT", "forced_return", "un operaio di una ditta di confezioni di Quarrata che nel 2022 sarebbe stato convinto a rientrare in Cina", place="Quarrata", opt=True, note="returned after pressure"),
    I("IT", "harassment", "dopo ripetute telefonate ai familiari rimasti nello Zhejiang", opt=True, note="pressure on relatives beside a persuasion"),
    R("IT", "arrest", "Non sono state disposte misure cautelari.", pol="denied", opt=True),
    D("CN", "Il consolato generale cinese a Firenze, in una nota, ha respinto le accuse definendole \"prive di fondamento\"", claimant="Chinese consulate general in Florence"),
    C("stations", 11, "IT", "In Italia, secondo stime di organizzazioni non governative, le strutture di questo tipo sarebbero almeno undici.", claimant="non-governmental organisations", note="'almeno undici'"),
]))

DOCS.append(dict(name="035-it-cronaca-giudiziaria-monza-jiande.txt", text="""
Pressioni su una studentessa per farla rientrare in Cina: due condanne a Monza

MONZA - Il tribunale di Monza ha condannato ieri a un anno e otto mesi e a un anno e due mesi due cittadini cinesi, di 58 e 44 anni, accusati di violenza privata e atti persecutori nei confronti di una studentessa di un ateneo milanese.

Secondo l'accusa, i due agivano per conto di un ufficio aperto nel 2019 in un capannone della zona industriale, a una decina di minuti dalla stazione di Monza. L'ufficio, presentato come sede di un'associazione di commercianti, faceva capo in realtà alla polizia di Jiande, città della provincia dello Zhejiang alle porte di Hangzhou.

Tra l'autunno del 2021 e la primavera del 2022 la giovane era stata avvicinata più volte davanti all'università e le era stato detto che, se non fosse tornata in Cina, il padre avrebbe perso il posto di lavoro. In un'occasione i due l'avevano fotografata durante un presidio in piazza della Scala, a Milano, e le immagini erano state poi mostrate alla madre. La studentessa non è mai rientrata e vive tuttora in Brianza.

Il difensore dei due imputati ha sostenuto in aula che l'ufficio era "un semplice circolo culturale, senza alcun legame con la polizia cinese" e ha annunciato ricorso in appello.

Il capannone, posto sotto sequestro su disposizione del gip nel giugno del 2022, resta chiuso. La procura aveva chiesto pene più alte; le motivazioni della sentenza saranno depositate entro novanta giorni.
""", facts=[
    R("IT", "arrest", "Il tribunale di Monza ha condannato ieri a un anno e otto mesi e a un anno e due mesi due cittadini cinesi", place="Monza", note="conviction"),
    S("IT", "Monza", "L'ufficio, presentato come sede di un'associazione di commercianti, faceva capo in realtà alla polizia di Jiande", operator="Jiande", operator_alt=["Hangzhou"], date="2019", claimant="prosecution", note="'L'ufficio' carries the place of the previous sentence"),
    I("IT", "persuasion", "la giovane era stata avvicinata più volte davanti all'università e le era stato detto che, se non fosse tornata in Cina, il padre avrebbe perso il posto di lavoro", claimant="prosecution", note="she stayed"),
    I("IT", "harassment", "la giovane era stata avvicinata più volte davanti all'università", claimant="prosecution", note="atti persecutori against her"),
    I("IT", "surveillance", "In un'occasione i due l'avevano fotografata durante un presidio in piazza della Scala, a Milano", place="Milan", claimant="prosecution"),
    D("IT", "Il difensore dei due imputati ha sostenuto in aula che l'ufficio era \"un semplice circolo culturale, senza alcun legame con la polizia cinese\"", claimant="defence lawyer", opt=True, note="defence denial"),
    R("IT", "closure", "Il capannone, posto sotto sequestro su disposizione del gip nel giugno del 2022, resta chiuso.", place="Monza", date="2022-06", note="seizure ordered by a judge"),
]))

DOCS.append(dict(name="036-it-editoriale-viminale-macerata-changxing.txt", text="""
L'EDITORIALE

Il silenzio del Viminale sulle "stazioni" di Pechino

Sono passati tre anni da quando un'organizzazione non governativa con sede a Madrid rivelò che la Repubblica popolare gestiva oltre cento "stazioni di polizia" fuori dai propri confini: 102, per la precisione, sparse in 53 Paesi. Da allora molti governi si sono mossi. L'Irlanda ha chiuso quella di Dublino. I Paesi Bassi hanno fatto lo stesso con le due di Amsterdam e Rotterdam. Gli Stati Uniti hanno arrestato due uomini che ne gestivano una a New York.

E noi? Da noi il Viminale non ha mai aperto un'indagine. Anzi, fino al 2019 agenti cinesi pattugliavano le nostre piazze insieme a poliziotti e carabinieri, in virtù di un accordo firmato nel 2015 e celebrato come un modello di cooperazione.

Intanto, a Macerata, una di queste sedi ha continuato a ricevere pubblico fino all'estate scorsa. Secondo una recente inchiesta giornalistica, era riconducibile alla polizia della contea di Changxing, nello Zhejiang, e si presentava come uno sportello per il rinnovo delle patenti.

Interrogato alla Camera, il ministro ha risposto che "non esistono evidenze di attività illecite". Ma evidenze di che cosa, se nessuno le ha cercate? L'ambasciata cinese, dal canto suo, continua a ripetere che si tratta di "centri di servizio gestiti da volontari".

Non serve un comandante di stazione dei carabinieri per capire come funziona: chi ha parenti in Cina sa bene che una telefonata "gentile" alla madre può bastare a far tornare un figlio. Se domani una sede simile aprisse a Piacenza, qualcuno se ne accorgerebbe?

La sovranità non si difende con le dichiarazioni. Si difende con le indagini.
""", facts=[
    C("stations", 102, None, "102, per la precisione, sparse in 53 Paesi", claimant="non-governmental organisation (Madrid)"),
    C("countries", 53, None, "102, per la precisione, sparse in 53 Paesi", claimant="non-governmental organisation (Madrid)"),
    C("stations", 100, None, "la Repubblica popolare gestiva oltre cento \"stazioni di polizia\" fuori dai propri confini", claimant="non-governmental organisation (Madrid)", opt=True, note="'oltre cento' restating 102"),
    S("IE", "Dublin", "L'Irlanda ha chiuso quella di Dublino."),
    R("IE", "closure", "L'Irlanda ha chiuso quella di Dublino.", place="Dublin"),
    S("NL", "Amsterdam", "I Paesi Bassi hanno fatto lo stesso con le due di Amsterdam e Rotterdam."),
    S("NL", "Rotterdam", "I Paesi Bassi hanno fatto lo stesso con le due di Amsterdam e Rotterdam."),
    R("NL", "closure", "I Paesi Bassi hanno fatto lo stesso con le due di Amsterdam e Rotterdam."),
    C("stations", 2, "NL", "I Paesi Bassi hanno fatto lo stesso con le due di Amsterdam e Rotterdam.", opt=True, note="'le due di Amsterdam e Rotterdam', a count carried by the noun phrase"),
    S("US", "New York", "Gli Stati Uniti hanno arrestato due uomini che ne gestivano una a New York."),
    R("US", "arrest", "Gli Stati Uniti hanno arrestato due uomini che ne gestivano una a New York."),
    R("IT", "investigation", "Da noi il Viminale non ha mai aperto un'indagine.", pol="denied"),
    A("IT", "joint_patrol", "fino al 2019 agenti cinesi pattugliavano le nostre piazze insieme a poliziotti e carabinieri, in virtù di un accordo firmato nel 2015", date="2015"),
    S("IT", "Macerata", "Intanto, a Macerata, una di queste sedi ha continuato a ricevere pubblico fino all'estate scorsa. Secondo una recente inchiesta giornalistica, era riconducibile alla polizia della contea di Changxing", operator="Changxing", operator_alt=["Huzhou"], claimant="journalistic investigation"),
    R("IT", "no_wrongdoing_found", "Interrogato alla Camera, il ministro ha risposto che \"non esistono evidenze di attività illecite\".", claimant="Italian interior minister", opt=True, note="statement in parliament, not a finding of an inquiry"),
    D("CN", "L'ambasciata cinese, dal canto suo, continua a ripetere che si tratta di \"centri di servizio gestiti da volontari\".", claimant="Chinese embassy in Rome"),
]))

DOCS.append(dict(name="037-it-ocr-rapporto-balcani-valona-scutari-banja-luka.txt", text=wrap("""
4.2 Albania e Bosnia-Erzegovina

Nel corso della ricerca sono state individuate tre sedi riconducibili a uffici di pubblica sicurezza della provincia del Fujian. Due di esse si trovano in Albania, entrambe aperte dalla polizia della contea di Hua'an: una a Valona, nei pressi del porto, l'altra a Scutari. La terza, a Banja Luka, dipende invece dall'ufficio di pubblica sicurezza di Zhenghe.

Tabella 3 - Sedi individuate (fonte: elaborazione su comunicati ufficiali cinesi)

Paese | Citta | Ufficio | Anno di apertura

Albania | Valona | Hua'an | 2019

Albania | Scutari | Hua'an | 2020

Bosnia-Erzegovina | Banja Luka | Zhenghe | 2021 (1)

Le autorita albanesi hanno effettuato nel 2023 un controllo presso la sede di Valona, senza riscontrare illeciti. Non risulta invece, almeno fino alla chiusura di questo rapporto, alcuna indagine sulla sede di Scutari. A Sarajevo, il ministero degli Affari esteri ha convocato l'incaricato d'affari cinese nel marzo 2024.

Il caso piu grave documentato riguarda un commerciante residente a Scutari che, nell'estate del 2022, e stato accompagnato da due connazionali all'aeroporto di Tirana e imbarcato su un volo per Fuzhou. Secondo i familiari, non aveva alcuna intenzione di rientrare.

Centro studi Frontiere | Rapporto 2024 | pag. 27

Pattuglie congiunte di agenti albanesi e cinesi sono state impiegate a Durazzo e a Saranda nelle estati del 2018 e del 2019, in base a un accordo bilaterale di cooperazione di polizia. Fonti dell'ambasciata cinese a Tirana hanno definito le sedi "punti di assistenza consolare gestiti da volontari".

(1) Una quarta sede, a Mostar, e segnalata da fonti locali ma non e stata verificata.
""", 64), facts=[
    C("stations", 3, None, "Nel corso della ricerca sono state individuate tre sedi riconducibili a uffici di pubblica sicurezza della provincia del Fujian.", opt=True, note="regional (two countries)"),
    C("stations", 2, "AL", "Due di esse si trovano in Albania, entrambe aperte dalla polizia della contea di Hua'an"),
    S("AL", "Vlorë", "Due di esse si trovano in Albania, entrambe aperte dalla polizia della contea di Hua'an: una a Valona, nei pressi del porto", operator="Hua'an", operator_alt=["Huaan", "Zhangzhou"], place_alt=["Valona", "Vlore"], date="2019", note="also table row; site near the port"),
    S("AL", "Shkodër", "Due di esse si trovano in Albania, entrambe aperte dalla polizia della contea di Hua'an: una a Valona, nei pressi del porto, l'altra a Scutari.", operator="Hua'an", operator_alt=["Huaan", "Zhangzhou"], place_alt=["Scutari", "Shkoder"], date="2020"),
    S("BA", "Banja Luka", "La terza, a Banja Luka, dipende invece dall'ufficio di pubblica sicurezza di Zhenghe.", operator="Zhenghe", operator_alt=["Nanping"], date="2021"),
    S("BA", "Mostar", "(1) Una quarta sede, a Mostar, e segnalata da fonti locali ma non e stata verificata.", claimant="local sources", opt=True, note="unverified"),
    R("AL", "no_wrongdoing_found", "Le autorita albanesi hanno effettuato nel 2023 un controllo presso la sede di Valona, senza riscontrare illeciti.", place="Vlorë", date="2023"),
    R("AL", "investigation", "Le autorita albanesi hanno effettuato nel 2023 un controllo presso la sede di Valona", place="Vlorë", date="2023", opt=True, note="a check"),
    R("AL", "investigation", "Non risulta invece, almeno fino alla chiusura di questo rapporto, alcuna indagine sulla sede di Scutari.", place="Shkodër", pol="denied", opt=True, note="hedged 'non risulta'"),
    R("BA", "protest", "A Sarajevo, il ministero degli Affari esteri ha convocato l'incaricato d'affari cinese nel marzo 2024.", date="2024-03"),
    I("AL", "forced_return", "un commerciante residente a Scutari che, nell'estate del 2022, e stato accompagnato da due connazionali all'aeroporto di Tirana e imbarcato su un volo per Fuzhou", place="Shkodër", date="2022"),
    A("AL", "joint_patrol", "Pattuglie congiunte di agenti albanesi e cinesi sono state impiegate a Durazzo e a Saranda nelle estati del 2018 e del 2019", date="2018"),
    A("AL", "security_agreement", "in base a un accordo bilaterale di cooperazione di polizia", opt=True, note="the agreement behind the patrols"),
    D("CN", "Fonti dell'ambasciata cinese a Tirana hanno definito le sedi \"punti di assistenza consolare gestiti da volontari\".", claimant="Chinese embassy in Tirana"),
]))

DOCS.append(dict(name="038-it-risposta-interrogazione-sassari-olbia-anji.txt", text="""
Risposta scritta pubblicata nell'allegato B della seduta n. 214
all'interrogazione 4-01987

Risposta. - Con l'atto di sindacato ispettivo in esame, l'interrogante, premesso che secondo alcuni organi di stampa a Sassari opererebbe dal 2021 una "stazione di servizio per i cinesi d'oltremare" collegata all'ufficio di pubblica sicurezza della contea di Anji, nella provincia cinese dello Zhejiang, chiede di sapere quali iniziative il Governo intenda assumere e se si intenda convocare l'ambasciatore della Repubblica popolare cinese.

Al riguardo, si rappresenta che la Questura di Sassari, d'intesa con la Digos, ha svolto approfonditi accertamenti sulla struttura segnalata, che è risultata essere la sede di un'associazione di promozione sociale. Dagli accertamenti non sono emersi elementi di rilevanza penale. L'associazione ha comunque sospeso ogni attività di sportello a partire dal mese di febbraio.

Quanto alla presenza di analoghe strutture a Olbia, cui pure fanno riferimento gli organi di stampa, non risultano alle Forze di polizia sedi di tale natura.

Più in generale, su tutto il territorio nazionale sono state sottoposte a verifica dodici sedi segnalate come possibili "stazioni", senza che emergessero condotte penalmente rilevanti. Non si ha inoltre notizia di cittadini cinesi residenti in Sardegna che siano stati indotti a rientrare contro la propria volontà.

Infine, il Ministero degli affari esteri e della cooperazione internazionale ha chiesto chiarimenti all'ambasciata cinese per le vie diplomatiche; non si è ritenuto, allo stato, di procedere alla convocazione dell'ambasciatore.

Il Sottosegretario di Stato per l'interno.
""", facts=[
    S("IT", "Sassari", "secondo alcuni organi di stampa a Sassari opererebbe dal 2021 una \"stazione di servizio per i cinesi d'oltremare\" collegata all'ufficio di pubblica sicurezza della contea di Anji", operator="Anji", operator_alt=["Huzhou"], date="2021", claimant="press (cited in the question)", note="premise of the question"),
    R("IT", "investigation", "la Questura di Sassari, d'intesa con la Digos, ha svolto approfonditi accertamenti sulla struttura segnalata", place="Sassari", claimant="Italian government", opt=True, note="checks ending without offences; kept optional as in 032"),
    R("IT", "no_wrongdoing_found", "Dagli accertamenti non sono emersi elementi di rilevanza penale.", place="Sassari", claimant="Italian government"),
    R("IT", "closure", "L'associazione ha comunque sospeso ogni attività di sportello a partire dal mese di febbraio.", place="Sassari", claimant="Italian government", opt=True, note="stopped by itself"),
    S("IT", "Olbia", "Quanto alla presenza di analoghe strutture a Olbia, cui pure fanno riferimento gli organi di stampa, non risultano alle Forze di polizia sedi di tale natura.", claimant="Italian government", pol="denied", opt=True, note="place-specific denial by the host government; the press claim it answers is not stated as a claim of its own"),
    C("stations", 12, "IT", "su tutto il territorio nazionale sono state sottoposte a verifica dodici sedi segnalate come possibili \"stazioni\"", claimant="Italian government", opt=True, note="sites reported and checked, not stations asserted"),
    I("IT", "forced_return", "Non si ha inoltre notizia di cittadini cinesi residenti in Sardegna che siano stati indotti a rientrare contro la propria volontà.", claimant="Italian government", pol="denied", opt=True, note="no knowledge of such cases"),
    R("IT", "protest", "il Ministero degli affari esteri e della cooperazione internazionale ha chiesto chiarimenti all'ambasciata cinese per le vie diplomatiche", claimant="Italian government", opt=True, note="request for clarification short of a summons"),
    R("IT", "protest", "non si è ritenuto, allo stato, di procedere alla convocazione dell'ambasciatore", claimant="Italian government", pol="denied", opt=True, note="no summons"),
]))

DOCS.append(dict(name="039-it-cronaca-brennero-furti-pattuglie-miste.txt", text="""
Brennero, tornano le pattuglie miste sui treni

BOLZANO - Da luglio a settembre sui treni tra Verona e Innsbruck torneranno le pattuglie miste di Polizia ferroviaria e polizia austriaca, come prevede l'accordo di cooperazione transfrontaliera tra i due ministeri dell'Interno, rinnovato ieri in prefettura.

Ad agosto un gruppo di ventidue turisti cinesi era stato derubato di passaporti e contanti sul binario 1 della stazione di Bolzano. La Polfer aveva arrestato sei persone; due, cittadini georgiani, sono state poi espulse e rimpatriate. Il consolato generale cinese a Milano ha ringraziato la Polizia di Stato "per la rapidità dell'intervento".

Nel 2023 nelle stazioni dell'Alto Adige sono stati denunciati 412 furti.
""", facts=[]))
