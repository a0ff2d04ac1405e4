"""check16 part C, Italian documents 034-039 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, wrap, hwrap

DOCS = []

# ---------------------------------------------------------------- 034 wire, Empoli
T034 = """Cronaca › Toscana

Empoli, perquisita la sede di un'associazione: «Era una stazione di polizia cinese»

La Procura di Firenze ha aperto un fascicolo. Al momento nessun indagato

Redazione ANSA  FIRENZE  05 novembre 2024  17:21

(foto d'archivio) Una pattuglia della polizia davanti a un capannone della zona industriale

(ANSA) - FIRENZE, 05 NOV - Gli agenti della Digos di Firenze hanno perquisito questa mattina a Empoli la sede di un'associazione di commercianti cinesi che, secondo gli investigatori, dal 2020 avrebbe svolto le funzioni di una «stazione di servizio» dell'Ufficio di pubblica sicurezza di Nanchang, capoluogo della provincia del Jiangxi. L'inchiesta, coordinata dalla Procura di Firenze, ipotizza per ora il reato di esercizio abusivo di pubbliche funzioni.

LEGGI ANCHE: Prato, controlli a tappeto nei capannoni del Macrolotto

Nei locali, al piano terra di una palazzina alla periferia nord, gli inquirenti hanno sequestrato registri con i nomi di diverse centinaia di lavoratori delle confezioni. Secondo quanto si apprende, la sede teneva anche un archivio fotografico: tra le immagini, quelle di un operaio che lo scorso anno aveva partecipato a uno sciopero davanti a un'azienda di Prato, ritratto più volte all'uscita dal lavoro.

Al momento non risultano persone indagate, precisano fonti della Procura.

Secondo una ong per i diritti umani, in Italia le sedi di questo tipo sarebbero almeno quattordici.

L'Ambasciata cinese a Roma, in una nota, ha respinto «con fermezza» le accuse: quelle strutture «non sono stazioni di polizia, ma semplici punti di assistenza gestiti da volontari, nati per aiutare i connazionali a rinnovare la patente di guida durante la pandemia».

(ANSA).

RIPRODUZIONE RISERVATA © Copyright ANSA

Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie. Accetta e continua
"""
DOCS.append({"name": "034-it-ansa-empoli-nanchang.txt", "text": T034, "facts": [
    S("IT", "Empoli", "la sede di un'associazione di commercianti cinesi che, secondo gli investigatori, dal 2020 avrebbe svolto le funzioni di una «stazione di servizio» dell'Ufficio di pubblica sicurezza di Nanchang",
      operator="Nanchang", claimant="Italian investigators", date="2020"),
    R("IT", "investigation", "Gli agenti della Digos di Firenze hanno perquisito questa mattina a Empoli la sede di un'associazione di commercianti cinesi", place="Empoli", date="2024-11-05"),
    I("IT", "surveillance", "quelle di un operaio che lo scorso anno aveva partecipato a uno sciopero davanti a un'azienda di Prato, ritratto più volte all'uscita dal lavoro", date="2023"),
    R("IT", "arrest", "Al momento non risultano persone indagate, precisano fonti della Procura.", pol="denied", opt=True),
    C("stations", 14, "IT", "in Italia le sedi di questo tipo sarebbero almeno quattordici", claimant="human-rights NGO"),
    D("CN", "L'Ambasciata cinese a Roma, in una nota, ha respinto «con fermezza» le accuse", claimant="PRC Embassy in Italy"),
    S("IT", "Empoli", "quelle strutture «non sono stazioni di polizia, ma semplici punti di assistenza gestiti da volontari", claimant="PRC Embassy in Italy", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 035 written answer, Pavia / Vigevano
T035 = """ATTI DI CONTROLLO E DI INDIRIZZO — Risposte scritte ad interrogazioni

INTERROGAZIONE 4-01876

— Al Ministro dell'interno, al Ministro degli affari esteri e della cooperazione internazionale. — Per sapere — premesso che:

secondo un'inchiesta giornalistica pubblicata nel mese di marzo 2024, a Pavia opererebbe, all'interno di un centro culturale, un presidio riconducibile all'Ufficio di pubblica sicurezza della città di Daye, nella provincia cinese dello Hubei;

un secondo presidio, legato all'Ufficio di pubblica sicurezza di Ezhou, sarebbe attivo dal 2021 a Vigevano, dove risiede una numerosa comunità originaria di quella zona;

quali iniziative intendano assumere i Ministri interrogati e se risultino casi di cittadini cinesi indotti a rientrare in patria. (4-01876)

RISPOSTA. — In merito a quanto segnalato dagli interroganti, si rappresenta che la Questura di Pavia, d'intesa con la Digos, ha svolto approfonditi accertamenti su entrambe le realtà indicate.

Con riferimento a Vigevano, gli accertamenti non hanno fatto emergere elementi di rilevanza penale né attività diverse da quelle, di natura associativa, dichiarate.

Quanto alla sede di Pavia, l'associazione che la ospitava ha comunicato di aver spontaneamente cessato ogni attività nel mese di maggio 2024; i locali risultano da allora inutilizzati.

Non sono stati accertati, allo stato, casi di rientro forzato di cittadini cinesi residenti nella provincia.

Più in generale, le segnalazioni pervenute alle Forze di polizia riguardano, sul territorio nazionale, quattro realtà, tutte oggetto di monitoraggio.

Si aggiunge che il Ministero degli affari esteri e della cooperazione internazionale ha convocato, il 16 aprile 2024, l'incaricato d'affari dell'Ambasciata della Repubblica popolare cinese, il quale ha rappresentato che si tratterebbe di sportelli di volontariato per il disbrigo di pratiche amministrative, escludendo ogni finalità di polizia.

Il Sottosegretario di Stato per l'interno.
"""
DOCS.append({"name": "035-it-risposta-scritta-pavia-vigevano-daye-ezhou.txt", "text": T035, "facts": [
    S("IT", "Pavia", "a Pavia opererebbe, all'interno di un centro culturale, un presidio riconducibile all'Ufficio di pubblica sicurezza della città di Daye",
      operator="Daye", operator_alt="Huangshi", claimant="press inquiry cited by deputies"),
    S("IT", "Vigevano", "un secondo presidio, legato all'Ufficio di pubblica sicurezza di Ezhou, sarebbe attivo dal 2021 a Vigevano",
      operator="Ezhou", claimant="press inquiry cited by deputies", date="2021"),
    R("IT", "investigation", "la Questura di Pavia, d'intesa con la Digos, ha svolto approfonditi accertamenti su entrambe le realtà indicate", claimant="Italian Ministry of the Interior"),
    R("IT", "no_wrongdoing_found", "Con riferimento a Vigevano, gli accertamenti non hanno fatto emergere elementi di rilevanza penale", place="Vigevano", claimant="Italian Ministry of the Interior"),
    R("IT", "closure", "l'associazione che la ospitava ha comunicato di aver spontaneamente cessato ogni attività nel mese di maggio 2024", place="Pavia", date="2024-05", opt=True, note="stopped by itself"),
    I("IT", "forced_return", "Non sono stati accertati, allo stato, casi di rientro forzato di cittadini cinesi residenti nella provincia.", pol="denied", opt=True, claimant="Italian Ministry of the Interior"),
    C("stations", 4, "IT", "le segnalazioni pervenute alle Forze di polizia riguardano, sul territorio nazionale, quattro realtà", claimant="Italian Ministry of the Interior"),
    R("IT", "protest", "il Ministero degli affari esteri e della cooperazione internazionale ha convocato, il 16 aprile 2024, l'incaricato d'affari dell'Ambasciata della Repubblica popolare cinese", date="2024-04-16"),
    D("CN", "il quale ha rappresentato che si tratterebbe di sportelli di volontariato per il disbrigo di pratiche amministrative, escludendo ogni finalità di polizia", claimant="PRC Embassy in Italy"),
]})

# ---------------------------------------------------------------- 036 irrelevant, space station Q&A
T036 = """SPAZIO | Domande e risposte

Un italiano sulla stazione spaziale cinese? Cosa sappiamo (e cosa no)

di Redazione Scienza · 12 settembre 2024

Dopo le dichiarazioni del presidente dell'Agenzia spaziale italiana al congresso di Milano, torna la domanda: un astronauta italiano potrà salire a bordo di Tiangong? Proviamo a mettere in fila i fatti.

Che cos'è Tiangong?
È la stazione spaziale della Cina, in orbita dal 2021 e completata nel 2022 con tre moduli. Ospita di norma tre taikonauti, che si danno il cambio ogni sei mesi circa: il rientro dell'equipaggio avviene con una capsula che atterra nel deserto dei Gobi.

Esiste un accordo tra Italia e Cina?
Esiste un accordo quadro di cooperazione spaziale, firmato anni fa, che riguarda la ricerca scientifica. Non esiste, a oggi, un accordo specifico per il volo di un astronauta europeo sulla stazione cinese. L'ESA aveva avviato colloqui nel 2017, poi sospesi.

Quanti esperimenti stranieri sono già a bordo?
Secondo l'agenzia spaziale cinese, il programma ha selezionato finora 102 proposte di esperimenti, provenienti da ricercatori di 53 paesi, alcuni dei quali italiani.

E la Stazione spaziale internazionale?
Resterà operativa almeno fino al 2030. Gli astronauti italiani continueranno a volare lì: il prossimo è atteso a bordo nel 2025.

Quindi la risposta è no?
La risposta è: non ancora. Le agenzie parlano di «contatti», non di un calendario.

Ti è piaciuto questo articolo? Iscriviti alla newsletter Scienza, ogni venerdì nella tua casella.
"""
DOCS.append({"name": "036-it-domande-risposte-stazione-spaziale.txt", "text": T036, "facts": []})

# ---------------------------------------------------------------- 037 NGO report (PDF), Sassuolo / Imola / Carrara
P037 = """3. Le sedi documentate in Italia

Nel periodo considerato da questo rapporto abbiamo potuto documentare tre sedi operative sul territorio italiano, in tre diverse regioni.¹ Una quarta, segnalata a Rovereto da fonti della comunità, non è stata verificata ed è esclusa dalle elaborazioni che seguono.

La prima e più antica si trova a Sassuolo, nel distretto ceramico, ed è collegata all'Ufficio di pubblica sicurezza di Jishou, capoluogo della prefettura autonoma di Xiangxi, nello Hunan; ha iniziato a operare nel 2019. La seconda, a Imola, faceva capo all'ufficio della città di Zhangjiajie. La terza, a Carrara, risulta legata all'Ufficio di pubblica sicurezza di Shiyan, nello Hubei.

Tabella 2 — Sedi documentate (situazione al 31 dicembre 2023)

| Città    | Regione         | Ufficio (RPC)  | Apertura | Stato            |
|----------|-----------------|----------------|----------|------------------|
| Sassuolo | Emilia-Romagna  | Jishou         | 2019     | attiva           |
| Imola    | Emilia-Romagna  | Zhangjiajie    | 2021     | chiusa (2023)    |
| Carrara  | Toscana         | Shiyan         | 2022     | attiva           |

Fonte: elaborazione su interviste e documenti raccolti.

Quanto alle attività, le testimonianze raccolte confermano lo schema già osservato altrove: sportello per pratiche amministrative, ma anche raccolta di informazioni sui connazionali. Nel caso di Sassuolo, un operaio di una ditta di piastrelle, ricercato in patria per una lite, è stato convinto a rientrare nel 2022 dopo una serie di colloqui nella sede; è partito da Bologna con un biglietto pagato dalla famiglia.² A Carrara, più persone riferiscono che alcuni frequentatori della sede fotografavano i partecipanti alle assemblee sindacali dei lavoratori del marmo di origine cinese.

La sede di Imola è stata chiusa nel 2023 su ordinanza del sindaco per irregolarità urbanistiche. Nessuna procura, a quanto ci risulta, ha invece aperto un'indagine sulle sedi di Sassuolo e di Carrara."""
FOOT037 = """
¹ Le fonti sono elencate nell'Appendice A. I nomi dei testimoni sono omessi su loro richiesta.
² Intervista del 14 settembre 2023. Il testimone è un collega di lavoro dell'operaio.

Rapporto 2024 · Diaspora e controllo transnazionale                                  — 17 —"""
T037 = hwrap(P037, 78) + "\n" + FOOT037 + "\n"
DOCS.append({"name": "037-it-rapporto-ong-sassuolo-imola-carrara.txt", "text": T037, "facts": [
    C("stations", 3, "IT", "abbiamo potuto documentare tre sedi operative sul territorio italiano", claimant="NGO report"),
    S("IT", "Rovereto", "Una quarta, segnalata a Rovereto da fonti della comunità, non è stata verificata", opt=True, claimant="community sources", note="unverified"),
    C("stations", 4, "IT", "Una quarta, segnalata a Rovereto", opt=True, note="derived, unverified"),
    S("IT", "Sassuolo", "La prima e più antica si trova a Sassuolo, nel distretto ceramico, ed è collegata all'Ufficio di pubblica sicurezza di Jishou",
      operator="Jishou", operator_alt="Xiangxi", claimant="NGO report", date="2019"),
    S("IT", "Imola", "La seconda, a Imola, faceva capo all'ufficio della città di Zhangjiajie.",
      operator="Zhangjiajie", claimant="NGO report", date="2021"),
    S("IT", "Carrara", "La terza, a Carrara, risulta legata all'Ufficio di pubblica sicurezza di Shiyan",
      operator="Shiyan", claimant="NGO report", date="2022"),
    I("IT", "persuasion", "un operaio di una ditta di piastrelle, ricercato in patria per una lite, è stato convinto a rientrare nel 2022 dopo una serie di colloqui nella sede", place="Sassuolo", date="2022", claimant="NGO report"),
    I("IT", "surveillance", "alcuni frequentatori della sede fotografavano i partecipanti alle assemblee sindacali dei lavoratori del marmo di origine cinese", place="Carrara", claimant="NGO report"),
    R("IT", "closure", "La sede di Imola è stata chiusa nel 2023 su ordinanza del sindaco per irregolarità urbanistiche.", place="Imola", date="2023"),
    R("IT", "investigation", "Nessuna procura, a quanto ci risulta, ha invece aperto un'indagine sulle sedi di Sassuolo e di Carrara.", pol="denied", claimant="NGO report"),
]})

# ---------------------------------------------------------------- 038 hearing minutes, Chioggia
T038 = """CAMERA DEI DEPUTATI — COMITATO PARLAMENTARE DI CONTROLLO SULL'ATTUAZIONE DELL'ACCORDO DI SCHENGEN

Resoconto stenografico

AUDIZIONE DEL DIRETTORE DEL SERVIZIO PER IL CONTRASTO DELL'ESTREMISMO E DEL TERRORISMO ESTERNO

Seduta di mercoledì 20 novembre 2024

La seduta comincia alle 8.35.

PRESIDENTE. Buongiorno. Avverto che la pubblicità dei lavori della seduta odierna sarà assicurata anche mediante la resocontazione stenografica e la trasmissione diretta sulla web-tv della Camera dei deputati. Do la parola al direttore per una relazione introduttiva.

DIRETTORE DEL SERVIZIO. Grazie, presidente. Premetto una cosa: quando si parla di cosiddette «stazioni di polizia» cinesi all'estero, si descrive un fenomeno che ha forme molto diverse. Può trattarsi di uno sportello che aiuta a rinnovare un documento, come di una struttura che raccoglie informazioni sui connazionali. Non tutto ciò che porta quell'etichetta è un reato.

Nelle nostre evidenze, ad oggi, le segnalazioni sono sei, tre delle quali riguardano sedi che hanno già cessato l'attività. Il caso su cui abbiamo gli elementi più solidi è quello di Chioggia. Lì un punto di assistenza, aperto nel 2022 presso un'associazione di commercianti ittici, risulta riconducibile all'Ufficio di pubblica sicurezza di Wuhan. Ne abbiamo informato la Procura della Repubblica di Venezia, che procede.

Quella sede, per quanto ci risulta, non si è limitata alle pratiche. Un venditore ambulante di pesce, con un procedimento pendente in Cina, vi è stato convocato più volte nel corso del 2023 e alla fine ha deciso di rientrare. Ha lasciato l'Italia a dicembre.

PRESIDENTE. Grazie. Ha chiesto di intervenire l'onorevole di un gruppo di opposizione. Prego.

DEPUTATA. Grazie, presidente. Due domande. Esiste anche una sede a Monfalcone, come hanno scritto alcuni giornali locali? E se domani si scoprisse che queste strutture schedano i nostri cittadini di origine cinese, il Governo sarebbe pronto a espellere diplomatici?

DIRETTORE DEL SERVIZIO. Su Monfalcone non abbiamo riscontri: quella notizia è stata verificata e non ha trovato conferma. Sulla seconda domanda, onorevole, non posso rispondere per il Governo. Aggiungo, perché mi è stato chiesto in altre sedi, che l'esperienza dei pattugliamenti congiunti con agenti cinesi, avviata nel 2016 in alcune città turistiche, non è stata rinnovata dopo il 2019.

PRESIDENTE. Ringrazio il direttore e dichiaro conclusa l'audizione.

La seduta termina alle 9.20.
"""
DOCS.append({"name": "038-it-resoconto-audizione-chioggia-wuhan.txt", "text": T038, "facts": [
    C("stations", 6, "IT", "Nelle nostre evidenze, ad oggi, le segnalazioni sono sei", claimant="Italian State Police"),
    C("stations", 3, "IT", "tre delle quali riguardano sedi che hanno già cessato l'attività", opt=True, claimant="Italian State Police", note="derived sub-count"),
    S("IT", "Chioggia", "Lì un punto di assistenza, aperto nel 2022 presso un'associazione di commercianti ittici, risulta riconducibile all'Ufficio di pubblica sicurezza di Wuhan.",
      operator="Wuhan", claimant="Italian State Police", date="2022"),
    R("IT", "investigation", "Ne abbiamo informato la Procura della Repubblica di Venezia, che procede.", place="Chioggia"),
    I("IT", "persuasion", "Un venditore ambulante di pesce, con un procedimento pendente in Cina, vi è stato convocato più volte nel corso del 2023 e alla fine ha deciso di rientrare.", place="Chioggia", date="2023", claimant="Italian State Police"),
    S("IT", "Monfalcone", "Su Monfalcone non abbiamo riscontri: quella notizia è stata verificata e non ha trovato conferma.", pol="denied", opt=True, claimant="Italian State Police"),
    A("IT", "joint_patrol", "l'esperienza dei pattugliamenti congiunti con agenti cinesi, avviata nel 2016 in alcune città turistiche, non è stata rinnovata dopo il 2019", date="2016"),
]})

# ---------------------------------------------------------------- 039 local follow-up, Viareggio
T039 = """VIAREGGIO

Sede cinese in Darsena, il Comune revoca la concessione. La Procura chiede l'archiviazione

Il caso del «punto servizi» di via Coppino dopo l'inchiesta del nostro giornale. L'associazione: «Ci hanno trattato da spie»

di Redazione Versilia · 8 ottobre 2024

VIAREGGIO. Un cartello scritto a mano, «chiuso», e la saracinesca abbassata. Così si presentava ieri la sede della Darsena che a maggio il nostro giornale aveva indicato come il terminale viareggino dell'Ufficio di pubblica sicurezza della contea di Fenghuang, nella prefettura di Xiangxi.

Ieri la giunta ha approvato la revoca della concessione del fondo comunale in cui l'associazione aveva sede, con l'obbligo di lasciarlo libero entro trenta giorni: motivo ufficiale, l'uso diverso da quello previsto dal bando.

Quasi in contemporanea è arrivata la notizia che la Procura di Lucca ha chiesto l'archiviazione del fascicolo aperto in estate. Secondo quanto filtra, gli investigatori non hanno trovato riscontri sulle presunte pressioni ai lavoratori dei cantieri navali. Il fascicolo era stato aperto a giugno dopo il nostro articolo.

LA REPLICA. Il presidente dell'associazione, raggiunto al telefono, parla di «una caccia alle streghe»: «Facevamo corsi di lingua e aiutavamo con le patenti. Non c'è mai stato nessun poliziotto». Una posizione che ricalca quella del consolato generale cinese di Firenze, che a maggio aveva definito «completamente infondate» le ricostruzioni giornalistiche.

LEGGI ANCHE
› Cantieri, 40 nuove assunzioni in Darsena
› Passeggiata, lavori fino a Pasqua

RETTIFICA — Nell'articolo pubblicato il 14 maggio la sede era stata attribuita per errore all'ufficio di pubblica sicurezza della città di Jishou. Come risulta dai documenti, si tratta di quello della contea di Fenghuang. Ce ne scusiamo con i lettori.

© RIPRODUZIONE RISERVATA
"""
DOCS.append({"name": "039-it-cronaca-locale-viareggio-fenghuang.txt", "text": T039, "facts": [
    S("IT", "Viareggio", "la sede della Darsena che a maggio il nostro giornale aveva indicato come il terminale viareggino dell'Ufficio di pubblica sicurezza della contea di Fenghuang",
      operator="Fenghuang", operator_alt="Xiangxi", claimant="local newspaper", date="2024-05", note="correction: not Jishou"),
    R("IT", "closure", "Ieri la giunta ha approvato la revoca della concessione del fondo comunale in cui l'associazione aveva sede, con l'obbligo di lasciarlo libero entro trenta giorni", place="Viareggio", date="2024-10-07"),
    R("IT", "no_wrongdoing_found", "la Procura di Lucca ha chiesto l'archiviazione del fascicolo aperto in estate", place="Viareggio", date="2024-10"),
    R("IT", "investigation", "Il fascicolo era stato aperto a giugno dopo il nostro articolo.", place="Viareggio", date="2024-06"),
    D("IT", "Il presidente dell'associazione, raggiunto al telefono, parla di «una caccia alle streghe»", claimant="association president", opt=True, note="host-country association"),
    S("IT", "Viareggio", "«Facevamo corsi di lingua e aiutavamo con le patenti. Non c'è mai stato nessun poliziotto».", claimant="association president", pol="denied", opt=True),
    D("CN", "consolato generale cinese di Firenze, che a maggio aveva definito «completamente infondate» le ricostruzioni giornalistiche", claimant="PRC Consulate General in Florence", date="2024-05"),
]})
