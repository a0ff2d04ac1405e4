from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 035
T = """Cina: 'stazioni di polizia' a Reggio Emilia e Carpi, procura apre fascicolo

(ANSA) - REGGIO EMILIA, 18 FEB - La procura di Reggio Emilia ha aperto un fascicolo, al momento contro ignoti, su un presunto "centro di servizio" per cittadini cinesi che secondo gli investigatori avrebbe svolto funzioni riconducibili alla polizia della Repubblica popolare. Gli accertamenti sono stati affidati alla Digos della questura reggiana.

Il recapito, in un locale commerciale nella zona della stazione ferroviaria, risulterebbe intestato a un'associazione di commercianti. Secondo quanto si apprende, farebbe capo all'ufficio di pubblica sicurezza di Yongjia, contea della prefettura di Wenzhou, nello Zhejiang. Un secondo punto di contatto sarebbe attivo dal 2020 a Carpi, nel Modenese, dove lavorano centinaia di operai cinesi del tessile: quello, riferiscono fonti investigative, sarebbe collegato alla polizia di Pingyang, anch'essa nella prefettura di Wenzhou.

Al centro dell'inchiesta c'è la vicenda di un operaio di una ditta di confezioni di Carpi che nel 2022, dopo ripetute telefonate e incontri con un "referente" del punto carpigiano, sarebbe rientrato in Cina, dove era ricercato per una vicenda di prestiti. Gli inquirenti vogliono capire se il rientro sia stato davvero volontario.

Non risultano al momento indagati. Il consolato generale cinese a Milano, interpellato, ha respinto "con fermezza" le ricostruzioni, spiegando che le associazioni "offrono soltanto un aiuto ai connazionali anziani che non sanno usare le piattaforme online per rinnovare la patente". (ANSA).
"""
DOCS.append(("035-it-ansa-reggio-emilia-carpi.txt", T, [
    R("La procura di Reggio Emilia ha aperto un fascicolo, al momento contro ignoti", "IT", "investigation", place="Reggio Emilia"),
    S("un presunto \"centro di servizio\" per cittadini cinesi che secondo gli investigatori avrebbe svolto funzioni riconducibili alla polizia della Repubblica popolare", "IT", "Reggio Emilia", op="Yongjia", op_alt=["Wenzhou"], claimant="investigatori", note="zona stazione ferroviaria; operator in the next paragraph"),
    S("Un secondo punto di contatto sarebbe attivo dal 2020 a Carpi, nel Modenese", "IT", "Carpi", op="Pingyang", op_alt=["Wenzhou"], date="2020", claimant="fonti investigative"),
    I("un operaio di una ditta di confezioni di Carpi che nel 2022, dopo ripetute telefonate e incontri con un \"referente\" del punto carpigiano, sarebbe rientrato in Cina", "persuasion", "IT", place="Carpi", date="2022", claimant="inquirenti"),
    I("un operaio di una ditta di confezioni di Carpi che nel 2022, dopo ripetute telefonate e incontri con un \"referente\" del punto carpigiano, sarebbe rientrato in Cina", "forced_return", "IT", place="Carpi", date="2022", opt=True),
    R("Non risultano al momento indagati.", "IT", "arrest", pol="denied", opt=True),
    D("Il consolato generale cinese a Milano, interpellato, ha respinto \"con fermezza\" le ricostruzioni", "CN", claimant="consolato generale cinese a Milano"),
]))

# ---------------------------------------------------------------- 036
T = """Atto Camera

Interrogazione a risposta scritta 4-03112
presentata da [deputata] e [deputato]
martedì 11 giugno 2024, seduta n. 318

— Al Ministro dell'interno, al Ministro degli affari esteri e della cooperazione
internazionale. — Per sapere — premesso che:

secondo quanto riportato da un quotidiano torinese, nel quartiere di Porta Palazzo, a
Torino, sarebbe operativo da almeno tre anni un presunto "centro servizi" per la comunità
cinese collegato all'ufficio di pubblica sicurezza di Hangzhou;

lo stesso articolo riferisce di un secondo recapito a Novara, del quale tuttavia non
indica l'ente di riferimento;

analoghe strutture sono state chiuse negli scorsi anni, su disposizione delle autorità,
in diversi Paesi europei;

quali iniziative intendano assumere per verificare la natura di tali strutture e se
intendano convocare l'ambasciatore della Repubblica popolare cinese.

Risposta scritta pubblicata giovedì 17 ottobre 2024
nell'allegato al bollettino in Commissione I (Affari costituzionali)

In merito a quanto segnalato dagli interroganti, si rappresenta che la Questura di
Torino, per il tramite della Digos, ha svolto accurati accertamenti sulla sede di Porta
Palazzo, anche con il supporto dell'Agenzia informazioni e sicurezza interna.

Allo stato non sono emersi elementi di rilevanza penale. L'immobile risulta sede di
un'associazione regolarmente registrata che offre servizi di traduzione, patronato e
corsi di lingua.

Quanto a Novara, le verifiche condotte dalla locale Questura non hanno trovato alcun
riscontro dell'esistenza di un recapito con le caratteristiche descritte.

Si fa presente, inoltre, che il Ministero degli affari esteri ha convocato alla
Farnesina, nel luglio 2024, un funzionario dell'Ambasciata cinese, al quale è stato
ribadito che l'esercizio di funzioni di polizia sul territorio nazionale è riservato
esclusivamente alle autorità italiane.

Va infine ricordato che i pattugliamenti congiunti con agenti cinesi, svolti nei mesi
estivi a partire dal 2016 in base al memorandum d'intesa sottoscritto nel 2015, non sono
stati più effettuati dal 2020.

Il Sottosegretario di Stato per l'interno.
"""
DOCS.append(("036-it-interrogazione-risposta-torino-novara.txt", T, [
    S("nel quartiere di Porta Palazzo, a\nTorino, sarebbe operativo da almeno tre anni un presunto \"centro servizi\" per la comunità\ncinese collegato all'ufficio di pubblica sicurezza di Hangzhou", "IT", "Turin", op="Hangzhou", claimant="quotidiano torinese", note="Porta Palazzo"),
    S("lo stesso articolo riferisce di un secondo recapito a Novara", "IT", "Novara", claimant="quotidiano torinese"),
    R("la Questura di\nTorino, per il tramite della Digos, ha svolto accurati accertamenti sulla sede di Porta\nPalazzo", "IT", "investigation", place="Turin"),
    R("Allo stato non sono emersi elementi di rilevanza penale.", "IT", "no_wrongdoing_found", place="Turin"),
    S("le verifiche condotte dalla locale Questura non hanno trovato alcun\nriscontro dell'esistenza di un recapito con le caratteristiche descritte", "IT", "Novara", pol="denied", claimant="Ministero dell'interno", opt=True),
    R("il Ministero degli affari esteri ha convocato alla\nFarnesina, nel luglio 2024, un funzionario dell'Ambasciata cinese", "IT", "protest", date="2024-07"),
    A("i pattugliamenti congiunti con agenti cinesi, svolti nei mesi\nestivi a partire dal 2016", "IT", "joint_patrol", date="2016"),
    A("in base al memorandum d'intesa sottoscritto nel 2015", "IT", "security_agreement", date="2015"),
]))

# ---------------------------------------------------------------- 037
T = """CIVITANOVA MARCHE

«Ufficio cinese», l'associazione chiude i battenti
Il sindaco: «Nessuno ci aveva avvisato». La studentessa fotografata al presidio di Ancona

di [redazione]

Ha abbassato la saracinesca senza annunci, venerdì sera, l'ufficio di assistenza aperto
due anni fa in un fondo di via Cecchetti dall'associazione dei commercianti cinesi del
distretto calzaturiero. Da settimane era finito al centro delle polemiche dopo che un
rapporto di un'organizzazione per i diritti umani lo aveva indicato come una delle
«stazioni di servizio» che la polizia cinese gestisce all'estero, precisando che faceva
capo all'ufficio di pubblica sicurezza di Ningbo.

Il presidente dell'associazione, che da vent'anni ha un'azienda di tomaie in zona
industriale, respinge ogni accusa: «Aiutavamo gli anziani a rinnovare la carta d'identità
cinese e a pagare le bollette. Abbiamo chiuso perché ormai nessuno veniva più, per colpa
dei giornali». Dalla questura di Macerata, che aveva acquisito documenti sull'attività
dell'ufficio, fanno sapere che gli accertamenti proseguono.

Il sindaco ha detto di aver appreso la notizia «dai giornali, come tutti» e ha chiesto un
incontro al prefetto.

La vicenda si intreccia con quella di una studentessa cinese dell'Università Politecnica
delle Marche, ad Ancona, che a novembre aveva partecipato a un presidio per i diritti
umani davanti alla prefettura. Pochi giorni dopo, ha raccontato al nostro giornale, un
connazionale che non conosceva le ha mostrato sul telefono le fotografie scattate quel
giorno, dicendole che «a casa le hanno già viste». La giovane ha presentato denuncia ai
carabinieri. Non è chiaro se l'uomo abbia legami con l'ufficio di Civitanova.
"""
DOCS.append(("037-it-cronaca-civitanova-ancona.txt", T, [
    S("Ha abbassato la saracinesca senza annunci, venerdì sera, l'ufficio di assistenza aperto\ndue anni fa in un fondo di via Cecchetti dall'associazione dei commercianti cinesi del\ndistretto calzaturiero. Da settimane era finito al centro delle polemiche dopo che un\nrapporto di un'organizzazione per i diritti umani lo aveva indicato come una delle\n«stazioni di servizio» che la polizia cinese gestisce all'estero, precisando che faceva\ncapo all'ufficio di pubblica sicurezza di Ningbo.", "IT", "Civitanova Marche", op="Ningbo", claimant="organizzazione per i diritti umani", note="via Cecchetti; operator two sentences on"),
    R("Ha abbassato la saracinesca senza annunci, venerdì sera, l'ufficio di assistenza", "IT", "closure", place="Civitanova Marche", opt=True, note="closed by the association itself"),
    D("Il presidente dell'associazione, che da vent'anni ha un'azienda di tomaie in zona\nindustriale, respinge ogni accusa", "IT", claimant="presidente dell'associazione", opt=True),
    R("Dalla questura di Macerata, che aveva acquisito documenti sull'attività\ndell'ufficio, fanno sapere che gli accertamenti proseguono.", "IT", "investigation", place="Civitanova Marche"),
    I("un\nconnazionale che non conosceva le ha mostrato sul telefono le fotografie scattate quel\ngiorno, dicendole che «a casa le hanno già viste»", "surveillance", "IT", place="Ancona"),
]))

# ---------------------------------------------------------------- 038
T = """L'inchiesta

Verona e Bergamo, le «stazioni» cinesi che nessuno ha chiuso

Un imprenditore accompagnato a Malpensa e rimpatriato, un fascicolo archiviato, un altro
aperto. Così la polizia di Pechino ha agito nelle province del Nord

dal nostro inviato

VERONA — Dall'esterno sembra una delle tante agenzie di servizi che affollano le strade
intorno a Porta Vescovo: vetrina con le offerte per i voli, un cartello in cinese che
promette «pratiche veloci». Ma secondo la procura scaligera, quella stanza al piano terra
è stata per almeno quattro anni una delle cosiddette «stazioni di servizio di polizia
all'estero» della Repubblica popolare cinese. Aperta nel 2019, dipenderebbe dall'ufficio
di pubblica sicurezza di Rui'an, città-contea dello Zhejiang da cui proviene gran parte
della comunità veronese.

I magistrati hanno iscritto nel registro degli indagati due persone, il titolare
dell'agenzia e un suo collaboratore, con l'ipotesi di esercizio arbitrario delle proprie
ragioni e violenza privata. Il caso su cui lavorano risale al 2019: un imprenditore del
settore della logistica, residente nel Veronese e ricercato in Cina per una presunta
frode fiscale, sarebbe stato accompagnato in auto fino all'aeroporto di Malpensa da due
connazionali legati all'agenzia e messo su un volo per Shanghai. Di lui, in Italia, non si
è più saputo nulla.

L'avvocato del titolare respinge la ricostruzione. «Il mio assistito gestisce un'agenzia
di viaggi, non una stazione di polizia», dice. «Aiutava i connazionali a prenotare i voli e
a compilare i moduli del consolato. Se qualcuno è tornato in Cina, ci è andato con le
proprie gambe». La difesa ha chiesto di ascoltare i familiari dell'imprenditore, che però
vivono tutti nello Zhejiang.

In città la vicenda ha colto di sorpresa anche chi lavora con la comunità. «Da noi vengono
per il permesso di soggiorno, per la scuola dei figli, per le multe», racconta una
mediatrice culturale che collabora con il Comune. «Di quell'agenzia si diceva che "sistemava
le cose con la Cina". Nessuno chiedeva che cosa volesse dire». Una sua conoscente, ex
dipendente di un laboratorio tessile della Bassa veronese, sostiene di aver ricevuto nel
2021 telefonate insistenti da un uomo che si presentava come «un amico della polizia di
Rui'an» e le chiedeva notizie di un ex collega. Non ha sporto denuncia.

A Bergamo la storia è andata diversamente. Anche lì, in un negozio di telefonia vicino
alla stazione delle autolinee, avrebbe operato un recapito simile, collegato secondo lo
stesso rapporto alla polizia di Jinhua. La procura orobica aveva aperto un fascicolo nel
2023, ma lo ha archiviato quest'anno: «non sono emersi elementi per sostenere l'accusa in
giudizio», si legge nella richiesta accolta dal gip.

Le due sedi compaiono nell'ultimo aggiornamento del rapporto dell'organizzazione per i
diritti umani che per prima aveva denunciato il fenomeno. Il conteggio complessivo resta
quello noto: 102 stazioni in 53 Paesi, di cui almeno dodici in Italia. Dopo quelle di
Roma e Milano, le prime a essere segnalate, la lista italiana si è allungata di anno in
anno.

Il governo, finora, ha scelto la via della prudenza. Nessun provvedimento di chiusura è
stato disposto dalle autorità italiane, e la Farnesina si è limitata a «chiedere
chiarimenti» all'ambasciata. Altri Paesi sono stati più netti: l'Irlanda e i Paesi Bassi
hanno fatto chiudere le sedi individuate, e la Germania ha convocato l'ambasciatore.

Da Pechino, il portavoce del ministero degli Esteri ha definito le accuse «pura
invenzione» e le sedi «centri di volontariato al servizio dei cinesi d'oltremare».
"""
DOCS.append(("038-it-inchiesta-verona-bergamo.txt", T, [
    S("quella stanza al piano terra\nè stata per almeno quattro anni una delle cosiddette «stazioni di servizio di polizia\nall'estero» della Repubblica popolare cinese", "IT", "Verona", op="Ruian", date="2019", claimant="procura di Verona", note="Porta Vescovo"),
    R("I magistrati hanno iscritto nel registro degli indagati due persone", "IT", "investigation", place="Verona"),
    I("sarebbe stato accompagnato in auto fino all'aeroporto di Malpensa da due\nconnazionali legati all'agenzia e messo su un volo per Shanghai", "forced_return", "IT", place="Verona", date="2019", claimant="procura di Verona"),
    D("«Il mio assistito gestisce un'agenzia\ndi viaggi, non una stazione di polizia», dice.", "IT", claimant="avvocato del titolare", opt=True, note="defendant's denial"),
    I("sostiene di aver ricevuto nel\n2021 telefonate insistenti da un uomo che si presentava come «un amico della polizia di\nRui'an» e le chiedeva notizie di un ex collega", "harassment", "IT", place="Verona", date="2021", opt=True, note="unreported, second-hand"),
    S("Anche lì, in un negozio di telefonia vicino\nalla stazione delle autolinee, avrebbe operato un recapito simile, collegato secondo lo\nstesso rapporto alla polizia di Jinhua.", "IT", "Bergamo", op="Jinhua", claimant="rapporto"),
    R("ma lo ha archiviato quest'anno: «non sono emersi elementi per sostenere l'accusa in\ngiudizio»", "IT", "no_wrongdoing_found", place="Bergamo"),
    C("102 stazioni in 53 Paesi", "stations", 102, None, claimant="organizzazione per i diritti umani"),
    C("102 stazioni in 53 Paesi", "countries", 53, None, claimant="organizzazione per i diritti umani"),
    C("di cui almeno dodici in Italia", "stations", 12, "IT", claimant="organizzazione per i diritti umani"),
    S("Dopo quelle di\nRoma e Milano, le prime a essere segnalate", "IT", "Rome", opt=True, note="recalled as earlier reports"),
    S("Dopo quelle di\nRoma e Milano, le prime a essere segnalate", "IT", "Milan", opt=True, note="recalled as earlier reports"),
    R("Nessun provvedimento di chiusura è\nstato disposto dalle autorità italiane", "IT", "closure", pol="denied"),
    R("la Farnesina si è limitata a «chiedere\nchiarimenti» all'ambasciata", "IT", "protest", opt=True),
    R("l'Irlanda e i Paesi Bassi\nhanno fatto chiudere le sedi individuate", "IE", "closure"),
    R("l'Irlanda e i Paesi Bassi\nhanno fatto chiudere le sedi individuate", "NL", "closure"),
    S("l'Irlanda e i Paesi Bassi\nhanno fatto chiudere le sedi individuate", "IE", None, opt=True),
    S("l'Irlanda e i Paesi Bassi\nhanno fatto chiudere le sedi individuate", "NL", None, opt=True),
    R("la Germania ha convocato l'ambasciatore", "DE", "protest"),
    D("il portavoce del ministero degli Esteri ha definito le accuse «pura\ninvenzione»", "CN", claimant="PRC Ministry of Foreign Affairs"),
]))

# ---------------------------------------------------------------- 039
T = """Albania: chiuso a Tirana ufficio legato a polizia cinese, convocato ambasciatore

(ANSA) - TIRANA, 4 DIC - La Polizia di Stato albanese ha chiuso ieri sera un ufficio nel quartiere del Blloku, a Tirana, che secondo la Procura speciale anticorruzione (Spak) operava come "stazione di servizio" della polizia cinese per la diaspora nei Balcani. Lo ha annunciato il ministero dell'Interno.

L'ufficio, gestito da un'associazione di imprenditori cinesi attivi nell'import-export, sarebbe stato aperto nel 2021 su iniziativa dell'ufficio di pubblica sicurezza di Shishi, città della provincia del Fujian. Gli agenti hanno sequestrato computer, timbri e un registro con i nomi di decine di cittadini cinesi residenti in Albania e in Macedonia del Nord. Due persone, un cittadino cinese e un albanese, sono indagate per attività di intelligence a favore di uno Stato straniero.

Secondo fonti della Spak, un secondo ufficio avrebbe operato fino all'anno scorso a Durazzo, vicino al porto, prima di chiudere spontaneamente. In tutto, dunque, due in Albania.

Il ministero degli Esteri ha convocato l'ambasciatore cinese per chiedere "spiegazioni immediate". L'ambasciata ha replicato con una nota in cui definisce le accuse "infondate" e sostiene che l'associazione si occupava "solo di assistenza amministrativa".

Albania e Cina avevano firmato nel 2018 un accordo di cooperazione di polizia in materia di lotta alla criminalità organizzata, che secondo il ministero "resta in vigore ma sarà riesaminato". (ANSA).
"""
DOCS.append(("039-it-ansa-tirana-durazzo.txt", T, [
    R("La Polizia di Stato albanese ha chiuso ieri sera un ufficio nel quartiere del Blloku, a Tirana", "AL", "closure", place="Tirana"),
    S("un ufficio nel quartiere del Blloku, a Tirana, che secondo la Procura speciale anticorruzione (Spak) operava come \"stazione di servizio\" della polizia cinese", "AL", "Tirana", op="Shishi", date="2021", claimant="Spak", note="Blloku; operator in the next paragraph"),
    R("Due persone, un cittadino cinese e un albanese, sono indagate per attività di intelligence a favore di uno Stato straniero.", "AL", "investigation"),
    S("un secondo ufficio avrebbe operato fino all'anno scorso a Durazzo, vicino al porto", "AL", "Durrës", claimant="Spak", place_alt=["Durres", "Durazzo"]),
    C("In tutto, dunque, due in Albania.", "stations", 2, "AL"),
    R("Il ministero degli Esteri ha convocato l'ambasciatore cinese", "AL", "protest"),
    D("L'ambasciata ha replicato con una nota in cui definisce le accuse \"infondate\"", "CN", claimant="ambasciata cinese a Tirana"),
    A("Albania e Cina avevano firmato nel 2018 un accordo di cooperazione di polizia", "AL", "security_agreement", date="2018"),
]))

# ---------------------------------------------------------------- 040 (irrelevant)
T = """Perugia, la truffa dei «falsi poliziotti cinesi»: studenti derubati di 80mila euro

La squadra mobile ha arrestato due italiani e un cittadino cinese. Le vittime, tutte
iscritte all'Università per Stranieri, credevano di parlare con la polizia di Shanghai

PERUGIA — Telefonavano fingendosi agenti della polizia di Shanghai, accusavano le vittime
di essere coinvolte in un riciclaggio di denaro in Cina e le convincevano, a forza di
minacce e di falsi mandati d'arresto mostrati in videochiamata, a versare i propri
risparmi su conti «di garanzia». Così, tra settembre e gennaio, una banda ha sottratto
circa 80mila euro a sei studenti cinesi dell'Università per Stranieri.

A scoprire il raggiro è stata la squadra mobile della questura di Perugia, che ha
arrestato tre persone — due italiani di 34 e 45 anni e un cittadino cinese di 29 —
accusate di truffa aggravata ed estorsione. Secondo gli investigatori, i finti agenti
chiamavano da un call center all'estero; in Italia, la banda si occupava di aprire i
conti e di prelevare il denaro.

«Nessuna polizia straniera chiede soldi al telefono», ha ricordato il questore, che ha
incontrato gli studenti insieme a un funzionario del consolato generale cinese di
Firenze. Il consolato ha diffuso un avviso in cui invita i connazionali a diffidare di
chi si presenta come «poliziotto cinese» e a rivolgersi al commissariato più vicino.

Una delle vittime, una ragazza di 22 anni, ha raccontato di essere rimasta chiusa in una
stanza d'albergo per due giorni, con il telefono sempre acceso, perché i truffatori le
avevano ordinato di non parlare con nessuno. «Mi dicevano che, se non pagavo, mi
avrebbero riportata in Cina in manette», ha detto.

L'Università ha annunciato un ciclo di incontri sulla sicurezza per i 1.200 studenti
cinesi iscritti.
"""
DOCS.append(("040-it-cronaca-perugia-falsi-poliziotti.txt", T, []))
