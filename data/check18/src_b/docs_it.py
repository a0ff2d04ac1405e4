"""Italian documents 034-040 of check18 part B."""
from h import S, C, R, I, A, D, W

DOCS = []

# ---------------------------------------------------------------- 034 ANSA wire, Schio
T034 = """Home > Cronaca > Veneto

Perquisita a Schio la sede di un'associazione: "Era una stazione di polizia cinese"

Indaga la procura. L'ambasciata: solo pratiche per le patenti

(ANSA) - SCHIO (VICENZA), 21 MAG 2024 - Gli agenti della Digos hanno perquisito questa mattina a Schio la sede di un'associazione di cittadini cinesi che, secondo la procura, sarebbe stata usata come base di una "stazione di polizia" non dichiarata al servizio delle autorità di Pechino.

[FOTO: L'ingresso della sede dell'associazione a Schio (ANSA)]

Il fascicolo, aperto per esercizio abusivo di funzioni pubbliche e violenza privata, nasce dall'esposto di una giovane operaia cinese. La donna ha raccontato agli investigatori di essere stata convocata più volte nella sede, dove le sarebbe stato chiesto con insistenza di tornare in Cina per "chiarire la sua posizione" con la polizia. Lei ha rifiutato ed è rimasta in Italia.

LEGGI ANCHE: Prato, la comunità cinese e il nodo dei controlli

Secondo gli atti, la sede sarebbe collegata all'Ufficio di pubblica sicurezza della città di Ordos, nella Mongolia Interna, da cui proviene la gran parte degli iscritti. Gli inquirenti hanno sequestrato telefoni, un registro con nomi e indirizzi di connazionali residenti nell'Alto Vicentino e fotografie scattate durante un presidio davanti al municipio. Al momento non risultano indagati in stato di arresto.

"Chiedevano dove lavoravo, chi frequentavo, con chi parlavo"

L'ambasciata cinese a Roma, in una nota, ha definito la vicenda "una montatura", spiegando che l'associazione offre "servizi di volontariato ai connazionali, per esempio il rinnovo della patente di guida cinese".

"Chiedevano dove lavoravo, chi frequentavo, con chi parlavo", ha messo a verbale la donna, secondo quanto si apprende.

Il sindaco ha annunciato che il Comune valuterà la revoca della concessione dei locali, di proprietà comunale. (ANSA).

RIPRODUZIONE RISERVATA © Copyright ANSA

Iscriviti alla newsletter di ANSA Veneto"""

DOCS.append({"name": "034-it-ansa-perquisizione-schio-ordos.txt", "text": T034, "facts": [
    S("IT", "Schio", "Gli agenti della Digos hanno perquisito questa mattina a Schio la sede di un'associazione di cittadini cinesi che, secondo la procura, sarebbe stata usata come base di una \"stazione di polizia\" non dichiarata", operator="Ordos", claimant="procura", note="operator two paragraphs on ('la sede sarebbe collegata … Ordos')"),
    R("IT", "investigation", "Gli agenti della Digos hanno perquisito questa mattina a Schio la sede", place="Schio", date="2024-05-21"),
    R("IT", "investigation", "Il fascicolo, aperto per esercizio abusivo di funzioni pubbliche e violenza privata", place="Schio"),
    I("IT", "persuasion", "le sarebbe stato chiesto con insistenza di tornare in Cina per \"chiarire la sua posizione\" con la polizia. Lei ha rifiutato ed è rimasta in Italia.", place="Schio"),
    I("IT", "surveillance", "un registro con nomi e indirizzi di connazionali residenti nell'Alto Vicentino e fotografie scattate durante un presidio davanti al municipio", place="Schio"),
    R("IT", "arrest", "Al momento non risultano indagati in stato di arresto.", pol="denied", opt=True),
    D("CN", "ha definito la vicenda \"una montatura\", spiegando che l'associazione offre \"servizi di volontariato ai connazionali, per esempio il rinnovo della patente di guida cinese\"", claimant="Chinese embassy in Rome"),
]})

# ---------------------------------------------------------------- 035 written answer, Allegato B, wrapped and hyphenated
T035 = W("""Camera dei Deputati — XIX LEGISLATURA — Allegato B ai Resoconti — Seduta del 12 febbraio 2025

Risposta scritta pubblicata giovedì 13 febbraio 2025
Interrogazione n. 4-03918

Risposta. — Con l'atto di sindacato ispettivo in esame l'interrogante, richiamando un rapporto di un'organizzazione non governativa, chiede di conoscere quali iniziative il Governo intenda assumere in merito alla presunta presenza a Crema di un presidio riconducibile all'Ufficio di pubblica sicurezza della città di Xilinhot (Lega di Xilingol, Repubblica Popolare Cinese), nonché di un secondo presidio a Saronno, che farebbe capo invece all'Ufficio di pubblica sicurezza di Wuhai. Secondo il medesimo rapporto i presidi di questo tipo in Italia sarebbero complessivamente sette.

Al riguardo, sulla base degli elementi forniti dal Dipartimento della pubblica sicurezza, si rappresenta quanto segue.

A seguito della pubblicazione del rapporto, la DIGOS della Questura di Cremona ha svolto approfonditi accertamenti sul sodalizio con sede a Crema, procedendo tra l'altro all'identificazione dei responsabili e all'acquisizione di documentazione. All'esito delle verifiche non sono emersi elementi di rilevanza penale né riscontri circa lo svolgimento di funzioni di polizia per conto di autorità straniere; gli accertamenti sono stati comunque comunicati alla competente autorità giudiziaria.

Per quanto concerne Saronno, è emerso che l'associazione indicata aveva già cessato ogni attività nel corso del 2023, per decisione degli stessi promotori, e che i relativi locali risultano oggi adibiti ad altro uso.

Sul piano diplomatico, il Ministero degli affari esteri e della cooperazione internazionale ha convocato alla Farnesina il Ministro Consigliere dell'Ambasciata della Repubblica Popolare Cinese, al quale è stato ribadito che qualsiasi attività di autorità straniere sul territorio nazionale deve svolgersi nel pieno rispetto della legge italiana.

Si fa presente, infine, che non è in vigore alcun accordo bilaterale che preveda pattugliamenti congiunti con personale di polizia cinese, dopo la conclusione dell'esperienza sperimentale avviata nel 2016.

Il Sottosegretario di Stato per l'interno.

XIX LEGISLATURA — ALLEGATO B AI RESOCONTI — SEDUTA DEL 12 FEBBRAIO 2025 — pag. 2217""", 78)

DOCS.append({"name": "035-it-risposta-scritta-camera-crema-saronno-xilinhot-wuhai.txt", "text": T035, "facts": [
    S("IT", "Crema", "alla presunta presenza a Crema di un presidio riconducibile all'Ufficio di pubblica sicurezza della città di Xilinhot", operator="Xilinhot", operator_alt=["Xilingol"], claimant="NGO report"),
    S("IT", "Saronno", "un secondo presidio a Saronno, che farebbe capo invece all'Ufficio di pubblica sicurezza di Wuhai", operator="Wuhai", claimant="NGO report"),
    C("stations", 7, "IT", "i presidi di questo tipo in Italia sarebbero complessivamente sette", claimant="NGO report"),
    R("IT", "investigation", "la DIGOS della Questura di Cremona ha svolto approfonditi accertamenti sul sodalizio con sede a Crema", place="Crema"),
    R("IT", "no_wrongdoing_found", "All'esito delle verifiche non sono emersi elementi di rilevanza penale né riscontri circa lo svolgimento di funzioni di polizia per conto di autorità straniere", place="Crema"),
    R("IT", "closure", "l'associazione indicata aveva già cessato ogni attività nel corso del 2023, per decisione degli stessi promotori", place="Saronno", date="2023", opt=True),
    R("IT", "protest", "ha convocato alla Farnesina il Ministro Consigliere dell'Ambasciata della Repubblica Popolare Cinese"),
    A("IT", "joint_patrol", "non è in vigore alcun accordo bilaterale che preveda pattugliamenti congiunti con personale di polizia cinese, dopo la conclusione dell'esperienza sperimentale avviata nel 2016", date="2016", opt=True, note="patrols of 2016 recalled as ended; no agreement in force"),
]})

# ---------------------------------------------------------------- 036 podcast transcript, Sanremo
T036 = """LUNGA MANO — un podcast d'inchiesta
Episodio 4: "Torna a casa"
Trascrizione (versione rivista dalla redazione)

[00:00:12] VOCE NARRANTE: Sanremo, gennaio. Fuori stagione la città dei fiori è quasi vuota. In un appartamento sopra un negozio di casalinghi ci aspetta Lin — non è il suo vero nome. Ha ventitré anni, studia all'università di Genova, e da un anno e mezzo non dorme bene.

[00:00:41] LIN (voce doppiata): All'inizio erano messaggi gentili. Mi scrivevano dalla sede dell'associazione, qui in città, mi invitavano alle feste. Poi hanno cominciato a dire che dovevo tornare in Cina, che c'era un'indagine su di me per un post che avevo scritto.

[00:01:10] VOCE NARRANTE: Quella sede, al piano terra di un palazzo vicino al porto, compare in un rapporto pubblicato a fine 2024 da un centro studi di Bruxelles. Il rapporto la collega all'Ufficio di pubblica sicurezza di Guyuan, nella regione autonoma del Ningxia. Lin viene da lì.

[00:01:35] LIN: Hanno chiamato mio padre. Gli hanno detto che se io non tornavo lui avrebbe perso il posto. Mio padre mi ha pregato al telefono, piangeva.

[00:01:52] VOCE NARRANTE: Lin non è tornata. Ha cambiato numero, ha smesso di pubblicare. Ma la sua storia non è isolata.

[00:02:05] VOCE NARRANTE: Facciamo un passo indietro. Di che cosa parliamo quando parliamo di "stazioni di polizia cinesi all'estero"? In teoria sono sportelli che aiutano i cittadini cinesi a rinnovare documenti senza tornare in patria. In pratica, secondo chi le ha studiate, servono anche a tenere d'occhio la diaspora e a convincere chi è ricercato a rientrare.

[00:02:31] ESPERTA (ricercatrice): Il primo censimento ne contava centodue, in cinquantatré paesi. Oggi sappiamo che sono più di cento, anche se molte hanno chiuso.

[00:02:44] VOCE NARRANTE: In alcuni paesi le autorità sono intervenute. I Paesi Bassi hanno fatto chiudere quelle che erano state individuate sul loro territorio; l'Irlanda ha ordinato la chiusura dell'unica sede che operava nel Paese.

[00:03:02] PAUSA PUBBLICITARIA

[00:04:10] VOCE NARRANTE: E in Italia? Abbiamo chiesto alla Questura di Imperia se fosse a conoscenza della sede di Sanremo. La risposta, scritta, è stata breve: "Sono in corso verifiche". Nessuno è stato indagato, per quanto ci risulta.

[00:04:29] VOCE NARRANTE: E se Lin fosse tornata? Cosa le sarebbe successo? Non lo sappiamo. Possiamo solo dire cosa è successo ad altri.

[00:04:41] VOCE NARRANTE: L'ambasciata cinese non ha risposto alle nostre domande. In passato aveva definito queste strutture "centri di servizio gestiti da volontari".

[00:04:58] VOCE NARRANTE: Lunga Mano è un podcast prodotto in collaborazione con una testata indipendente. Nel prossimo episodio: il registro.

[SIGLA]"""

DOCS.append({"name": "036-it-podcast-trascrizione-sanremo-guyuan.txt", "text": T036, "facts": [
    S("IT", "Sanremo", "Quella sede, al piano terra di un palazzo vicino al porto, compare in un rapporto pubblicato a fine 2024 da un centro studi di Bruxelles. Il rapporto la collega all'Ufficio di pubblica sicurezza di Guyuan", operator="Guyuan", claimant="Brussels think tank", note="city named in the first paragraph and by Lin ('qui in città')"),
    I("IT", "persuasion", "Poi hanno cominciato a dire che dovevo tornare in Cina, che c'era un'indagine su di me per un post che avevo scritto.", place="Sanremo"),
    I("IT", "harassment", "Hanno chiamato mio padre. Gli hanno detto che se io non tornavo lui avrebbe perso il posto.", opt=True),
    I(None, "persuasion", "servono anche a tenere d'occhio la diaspora e a convincere chi è ricercato a rientrare", opt=True, note="general description"),
    I(None, "surveillance", "servono anche a tenere d'occhio la diaspora", opt=True, note="general description"),
    C("stations", 102, None, "Il primo censimento ne contava centodue, in cinquantatré paesi."),
    C("countries", 53, None, "Il primo censimento ne contava centodue, in cinquantatré paesi."),
    C("stations", 100, None, "Oggi sappiamo che sono più di cento", opt=True),
    S("NL", None, "I Paesi Bassi hanno fatto chiudere quelle che erano state individuate sul loro territorio"),
    R("NL", "closure", "I Paesi Bassi hanno fatto chiudere quelle che erano state individuate sul loro territorio"),
    S("IE", None, "l'Irlanda ha ordinato la chiusura dell'unica sede che operava nel Paese"),
    R("IE", "closure", "l'Irlanda ha ordinato la chiusura dell'unica sede che operava nel Paese"),
    C("stations", 1, "IE", "l'unica sede che operava nel Paese", opt=True, note="count of one"),
    R("IT", "investigation", "\"Sono in corso verifiche\"", place="Sanremo", claimant="Questura di Imperia"),
    R("IT", "arrest", "Nessuno è stato indagato, per quanto ci risulta.", pol="denied", opt=True),
    D("CN", "In passato aveva definito queste strutture \"centri di servizio gestiti da volontari\".", claimant="Chinese embassy"),
]})

# ---------------------------------------------------------------- 037 live blog, Pomezia
T037 = """DIRETTA | Blitz a Pomezia, due arresti per la "stazione di polizia" cinese: gli aggiornamenti

Aggiornato alle 18:47 · Live a cura della redazione Roma

18:47 — Chiudiamo qui la diretta. Riepilogo: due arresti, la sede sequestrata, la Farnesina ha convocato l'ambasciatore, Pechino nega tutto. Grazie per averci seguito.

18:20 — La replica di Pechino. Un portavoce dell'ambasciata cinese: "In Italia non esiste alcuna stazione di polizia cinese. Si tratta di sportelli dove volontari aiutano i connazionali anziani con le pratiche online". 

17:55 — Il ministro degli Esteri conferma: l'ambasciatore cinese è stato convocato alla Farnesina nel pomeriggio. "Abbiamo espresso con fermezza la nostra protesta", dice.

16:30 — Chi c'era dietro? Secondo l'ordinanza, letta dai nostri cronisti, la struttura faceva capo alla Sezione di pubblica sicurezza del distretto di Daxing, a Pechino. I due arrestati, un uomo di 49 anni e una donna di 41, ne sarebbero stati i referenti locali dal 2021.

15:10 — Cosa si contesta. Secondo il gip, dalla sede partivano le pressioni su almeno tre connazionali perché rientrassero in Cina. Uno di loro, un ristoratore di Ardea, è effettivamente tornato a Pechino nel 2023 "dopo che i suoi familiari erano stati ripetutamente convocati".

14:02 — Il provvedimento: custodia cautelare in carcere per i due, disposta dal gip di Velletri su richiesta della procura. I locali di via dei Castelli Romani sono stati posti sotto sequestro.

13:40 — Conferma ufficiale: i carabinieri del comando provinciale hanno eseguito due arresti a Pomezia nell'ambito di un'indagine su una presunta "stazione di polizia" cinese clandestina. Perquisiti anche due appartamenti.

13:15 — Buongiorno, apriamo questa diretta. Da stamattina c'è un'operazione dei carabinieri in corso a Pomezia, sul litorale a sud di Roma. Le prime informazioni parlano di una sede legata alla polizia cinese."""

DOCS.append({"name": "037-it-diretta-arresti-pomezia-daxing.txt", "text": T037, "facts": [
    S("IT", "Pomezia", "i carabinieri del comando provinciale hanno eseguito due arresti a Pomezia nell'ambito di un'indagine su una presunta \"stazione di polizia\" cinese clandestina", operator="Daxing", operator_alt=["Beijing"], date="2021", note="operator in an earlier-printed entry ('la struttura faceva capo … Daxing')"),
    R("IT", "arrest", "i carabinieri del comando provinciale hanno eseguito due arresti a Pomezia", place="Pomezia"),
    R("IT", "arrest", "custodia cautelare in carcere per i due, disposta dal gip di Velletri su richiesta della procura", place="Pomezia"),
    R("IT", "investigation", "Perquisiti anche due appartamenti.", place="Pomezia"),
    R("IT", "closure", "I locali di via dei Castelli Romani sono stati posti sotto sequestro.", place="Pomezia"),
    R("IT", "protest", "l'ambasciatore cinese è stato convocato alla Farnesina nel pomeriggio"),
    I("IT", "persuasion", "dalla sede partivano le pressioni su almeno tre connazionali perché rientrassero in Cina", place="Pomezia", claimant="gip"),
    I("IT", "persuasion", "Uno di loro, un ristoratore di Ardea, è effettivamente tornato a Pechino nel 2023", place="Pomezia", claimant="gip", date="2023"),
    I("IT", "harassment", "\"dopo che i suoi familiari erano stati ripetutamente convocati\"", opt=True),
    C("returns", 3, "IT", "le pressioni su almeno tre connazionali perché rientrassero in Cina", opt=True, note="people pressed, not returned"),
    D("CN", "\"In Italia non esiste alcuna stazione di polizia cinese. Si tratta di sportelli dove volontari aiutano i connazionali anziani con le pratiche online\"", claimant="Chinese embassy"),
    S("IT", None, "\"In Italia non esiste alcuna stazione di polizia cinese.", claimant="Chinese embassy", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 038 NGO report excerpt with table, wrapped
T038 = W("""OSSERVATORIO SULLE DIASPORE — Rapporto 2025
Capitolo 3. Il Mezzogiorno: una rete meno visibile                        31

3.1 Quadro d'insieme

Nel corso della ricerca sul campo, condotta tra marzo e ottobre 2024, abbiamo individuato in Italia quattro sedi riconducibili a uffici di pubblica sicurezza cinesi che non erano mai state segnalate in precedenza, tutte nel Mezzogiorno¹. Si tratta di strutture di piccole dimensioni, spesso ospitate presso associazioni di commercianti o agenzie di servizi, che operano con personale volontario e in assenza di insegne.

A differenza delle sedi del Centro-Nord, per le quali esiste ormai una documentazione ampia, nessuna di queste quattro è stata finora oggetto di provvedimenti delle autorità italiane. La tabella che segue riassume quanto accertato.

Tabella 3.1 — Sedi individuate (2024)

| Città         | Ente operante (secondo le fonti)          | Attiva dal | Fonte     |
|---------------|--------------------------------------------|------------|-----------|
| Andria        | UPS contea di Huzhu (Haidong, Qinghai)     | 2020       | doc., int.|
| Crotone       | UPS contea di Pingluo (Shizuishan)         | 2021       | int.      |
| Marsala       | UPS distretto di Jinghai (Tianjin)         | 2019       | doc.      |
| Caltanissetta | non accertato                              | 2022 (?)   | int.      |

3.2 Casi documentati

A Marsala, due lavoratori stagionali ci hanno riferito di essere stati fotografati mentre partecipavano a un incontro sindacale, e di aver poi ricevuto le immagini da un numero cinese insieme all'invito a "non immischiarsi"². Ad Andria, un commerciante è stato sollecitato più volte a rientrare in patria per rispondere di presunti debiti; ha lasciato l'Italia nell'estate 2024³.

Le autorità italiane, interpellate, non hanno avviato alcuna indagine sulle quattro sedi. La Questura di Crotone ha fatto sapere di "non avere notizia" della struttura.

____________
¹ Le sedi segnalate nel resto del Paese non sono incluse nel conteggio.
² Interviste del 14 e 15 giugno 2024.
³ La persona ha chiesto l'anonimato; la sua partenza è stata confermata da due fonti.

31""", 80)

DOCS.append({"name": "038-it-rapporto-ong-tabella-andria-crotone-marsala-caltanissetta.txt", "text": T038, "facts": [
    C("stations", 4, "IT", "abbiamo individuato in Italia quattro sedi riconducibili a uffici di pubblica sicurezza cinesi che non erano mai state segnalate in precedenza", claimant="Osservatorio sulle diaspore", note="new sites only; footnote excludes the others"),
    S("IT", "Andria", "| Andria        | UPS contea di Huzhu (Haidong, Qinghai)     | 2020", operator="Huzhu", operator_alt=["Haidong"], claimant="Osservatorio sulle diaspore", date="2020"),
    S("IT", "Crotone", "| Crotone       | UPS contea di Pingluo (Shizuishan)         | 2021", operator="Pingluo", operator_alt=["Shizuishan"], claimant="Osservatorio sulle diaspore", date="2021"),
    S("IT", "Marsala", "| Marsala       | UPS distretto di Jinghai (Tianjin)         | 2019", operator="Jinghai", operator_alt=["Tianjin"], claimant="Osservatorio sulle diaspore", date="2019"),
    S("IT", "Caltanissetta", "| Caltanissetta | non accertato                              | 2022 (?)", claimant="Osservatorio sulle diaspore"),
    I("IT", "surveillance", "A Marsala, due lavoratori stagionali ci hanno riferito di essere stati fotografati mentre partecipavano a un incontro sindacale", place="Marsala", claimant="Osservatorio sulle diaspore"),
    I("IT", "harassment", "di aver poi ricevuto le immagini da un numero cinese insieme all'invito a \"non immischiarsi\"", place="Marsala", opt=True),
    I("IT", "persuasion", "Ad Andria, un commerciante è stato sollecitato più volte a rientrare in patria per rispondere di presunti debiti; ha lasciato l'Italia nell'estate 2024", place="Andria", claimant="Osservatorio sulle diaspore", date="2024"),
    R("IT", "investigation", "Le autorità italiane, interpellate, non hanno avviato alcuna indagine sulle quattro sedi.", pol="denied"),
    R("IT", "no_wrongdoing_found", "La Questura di Crotone ha fatto sapere di \"non avere notizia\" della struttura.", place="Crotone", opt=True),
]})

# ---------------------------------------------------------------- 039 op-ed, Vasto
T039 = """OPINIONI

La "stazione" di Vasto e il silenzio di Roma

di un ex funzionario della Farnesina*

Ci sono notizie che passano in un trafiletto e che invece meriterebbero un dibattito in Parlamento. Quella arrivata la settimana scorsa da Vasto è una di queste.

Riassumo per chi se la fosse persa. Il prefetto di Chieti ha disposto la chiusura di un locale del centro storico di Vasto che, secondo la Digos, funzionava da due anni come punto di contatto tra la polizia cinese e i connazionali residenti sulla costa abruzzese. Le carte dell'indagine dicono che dietro la struttura c'era l'Ufficio di pubblica sicurezza di Ulanqab, nella Mongolia Interna: un'amministrazione di provincia, lontana migliaia di chilometri, che si era data una sede sull'Adriatico.

Non è la prima volta. All'estero il fenomeno è noto da anni: negli Stati Uniti sono finiti in manette due uomini accusati di gestirne una; il Canada ha avviato un'indagine federale; i Paesi Bassi hanno fatto chiudere le loro. In Italia, dove pure se ne contavano più di dieci, si è preferito a lungo il silenzio, forse in nome di quei pattugliamenti congiunti con agenti cinesi nelle nostre città d'arte che furono presentati, nel 2016, come un successo di cooperazione.

"Un'amministrazione di provincia si era data una sede sull'Adriatico"

Qualcuno dirà: è un caso isolato, un locale di provincia. Può darsi. Ma se domani si scoprisse che la stessa cosa accade a Pescara o a Termoli, saremmo pronti a reagire? Ho i miei dubbi.

La risposta di Pechino è stata quella di sempre: non esistono stazioni di polizia, esistono solo "centri di assistenza per il rinnovo delle patenti". È una spiegazione che non convince più nessuno, e che il governo italiano farebbe bene a non accettare in silenzio. Convocare l'ambasciatore non sarebbe un atto di ostilità; sarebbe il minimo.

"Un'amministrazione di provincia si era data una sede sull'Adriatico"

* L'autore è stato consigliere d'ambasciata in Asia orientale. Le opinioni espresse sono personali."""

DOCS.append({"name": "039-it-editoriale-vasto-ulanqab.txt", "text": T039, "facts": [
    S("IT", "Vasto", "un locale del centro storico di Vasto che, secondo la Digos, funzionava da due anni come punto di contatto tra la polizia cinese e i connazionali residenti sulla costa abruzzese", operator="Ulanqab", claimant="Digos", note="operator in the next sentence ('dietro la struttura … Ulanqab')"),
    R("IT", "closure", "Il prefetto di Chieti ha disposto la chiusura di un locale del centro storico di Vasto", place="Vasto"),
    R("IT", "investigation", "Le carte dell'indagine dicono che dietro la struttura c'era l'Ufficio di pubblica sicurezza di Ulanqab", place="Vasto"),
    S("US", None, "negli Stati Uniti sono finiti in manette due uomini accusati di gestirne una"),
    R("US", "arrest", "negli Stati Uniti sono finiti in manette due uomini accusati di gestirne una"),
    R("CA", "investigation", "il Canada ha avviato un'indagine federale"),
    S("NL", None, "i Paesi Bassi hanno fatto chiudere le loro"),
    R("NL", "closure", "i Paesi Bassi hanno fatto chiudere le loro"),
    C("stations", 10, "IT", "In Italia, dove pure se ne contavano più di dieci", opt=True, note="approximation"),
    A("IT", "joint_patrol", "quei pattugliamenti congiunti con agenti cinesi nelle nostre città d'arte che furono presentati, nel 2016, come un successo di cooperazione", date="2016"),
    D("CN", "non esistono stazioni di polizia, esistono solo \"centri di assistenza per il rinnovo delle patenti\"", claimant="PRC government"),
]})

# ---------------------------------------------------------------- 040 irrelevant: Carabinieri station in Lanciano
T040 = """Lanciano, inaugurata la nuova stazione dei Carabinieri: "Più presenza nei quartieri"

Taglio del nastro alla presenza del prefetto e del comandante provinciale. In organico quattordici militari

LANCIANO — È stata inaugurata ieri mattina la nuova stazione dei Carabinieri di Lanciano, in viale Cappuccini, che sostituisce la vecchia caserma di via Dalmazia, chiusa per inagibilità dopo le verifiche sismiche. Alla cerimonia erano presenti il prefetto di Chieti, il comandante provinciale dell'Arma, il sindaco e una rappresentanza delle associazioni del territorio.

La nuova stazione conta quattordici militari e sarà aperta al pubblico tutti i giorni. Il comandante ha ricordato che nel 2024 i carabinieri di Lanciano hanno eseguito 53 arresti e denunciato 102 persone, soprattutto per furti e truffe agli anziani.

Tra gli invitati anche il presidente dell'associazione dei commercianti cinesi della Val di Sangro, che ha consegnato al comandante una targa di ringraziamento "per l'aiuto dato alla comunità durante l'alluvione". La comunità cinese conta in zona circa seicento persone.

Il sindaco ha annunciato un protocollo d'intesa tra Comune e Arma per pattuglie congiunte con la polizia locale nel centro storico durante l'estate. "La sicurezza si costruisce insieme", ha detto.

Leggi anche: Stazione ferroviaria, i lavori slittano a settembre"""

DOCS.append({"name": "040-it-cronaca-stazione-carabinieri-lanciano.txt", "text": T040, "facts": []})
