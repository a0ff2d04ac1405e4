"""check15 part C, Italian documents 034-039 (held-out gold: do not read while tuning)."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# ---------------------------------------------------------------- 034
T = """CAMERA DEI DEPUTATI — XIX LEGISLATURA
Resoconto stenografico dell'Assemblea
Seduta di venerdì 7 febbraio 2025

Interpellanze urgenti

(Iniziative in merito alla presenza di presunti presidi della polizia cinese a Caserta e a Brindisi — n. 2-00591)

PRESIDENTE. Passiamo all'interpellanza urgente n. 2-00591. Chiedo al deputato interpellante se intenda illustrarla.

DEPUTATO INTERPELLANTE. Grazie, Presidente. Signor sottosegretario, a fine gennaio un'inchiesta giornalistica ha documentato che a Caserta, in un ufficio al primo piano sopra un negozio di abbigliamento all'ingrosso, opera dal 2022 un cosiddetto "centro di servizio d'oltremare" riconducibile all'Ufficio di pubblica sicurezza di Lin'an, distretto della città di Hangzhou. Un secondo recapito, a Brindisi, farebbe capo alla polizia di Jiangdu, nella municipalità di Yangzhou. Un imprenditore tessile di Caserta ha raccontato di essere stato convocato lì più volte e invitato a "tornare a casa per chiarire" una vecchia pendenza fiscale; alla fine ha ceduto ed è rientrato in Cina a novembre.

Ricordo che già nel 2022 la stessa ONG Safeguard Defenders aveva censito undici strutture di questo tipo in Italia, e ricordo che fino al 2019 agenti cinesi hanno pattugliato le nostre piazze insieme ai nostri, in base a un memorandum firmato con Pechino nel 2015. Chiedo quindi al Governo quali iniziative intenda assumere e se intenda convocare l'ambasciatore.

PRESIDENTE. Il sottosegretario di Stato per l'Interno ha facoltà di rispondere.

SOTTOSEGRETARIO DI STATO PER L'INTERNO. Grazie, Presidente. Onorevole, il Dipartimento della pubblica sicurezza segue la vicenda con la massima attenzione. Le Digos di Caserta e di Brindisi hanno svolto accertamenti presso entrambi i locali, identificando le persone presenti e acquisendo documentazione, e la Procura della Repubblica di Santa Maria Capua Vetere ha aperto un fascicolo, al momento contro ignoti. Non sono stati adottati, allo stato, provvedimenti restrittivi.

Quanto ai servizi congiunti con la polizia cinese, voglio rassicurarla: non si svolgono più dal 2019 e il Governo non ha alcuna intenzione di riattivarli.

Sul piano diplomatico, il Ministero degli affari esteri ha convocato il 3 febbraio l'ambasciatore della Repubblica popolare cinese alla Farnesina, ribadendo che nessuna attività di polizia straniera è ammessa sul territorio nazionale. L'ambasciata, dal canto suo, ha escluso che in Italia esistano "stazioni di polizia" cinesi, parlando di sportelli volontari per il rinnovo delle patenti.

PRESIDENTE. Il deputato interpellante ha facoltà di replicare.

DEPUTATO INTERPELLANTE. Prendo atto della convocazione, ma un fascicolo contro ignoti non basta. Mi dichiaro parzialmente soddisfatto.
"""
DOCS.append(dict(name="034-it-camera-interpellanza-caserta-brindisi.txt", text=T, facts=[
    S("IT", "Caserta", "a Caserta, in un ufficio al primo piano sopra un negozio di abbigliamento all'ingrosso, opera dal 2022 un cosiddetto \"centro di servizio d'oltremare\" riconducibile all'Ufficio di pubblica sicurezza di Lin'an, distretto della città di Hangzhou",
      operator="Lin'an", operator_alt="Hangzhou", date="2022", claimant="media investigation"),
    S("IT", "Brindisi", "Un secondo recapito, a Brindisi, farebbe capo alla polizia di Jiangdu, nella municipalità di Yangzhou.",
      operator="Jiangdu", operator_alt="Yangzhou", claimant="media investigation"),
    I("IT", "persuasion", "Un imprenditore tessile di Caserta ha raccontato di essere stato convocato lì più volte e invitato a \"tornare a casa per chiarire\" una vecchia pendenza fiscale; alla fine ha ceduto ed è rientrato in Cina a novembre.",
      place="Caserta", date="2024-11"),
    C("stations", 11, "IT", "già nel 2022 la stessa ONG Safeguard Defenders aveva censito undici strutture di questo tipo in Italia", claimant="Safeguard Defenders", date="2022"),
    A("IT", "joint_patrol", "fino al 2019 agenti cinesi hanno pattugliato le nostre piazze insieme ai nostri, in base a un memorandum firmato con Pechino nel 2015", date="2015"),
    R("IT", "investigation", "Le Digos di Caserta e di Brindisi hanno svolto accertamenti presso entrambi i locali, identificando le persone presenti e acquisendo documentazione",
      claimant="Italian Undersecretary of the Interior"),
    R("IT", "arrest", "Non sono stati adottati, allo stato, provvedimenti restrittivi.", claimant="Italian Undersecretary of the Interior", pol="denied", opt=True),
    R("IT", "protest", "il Ministero degli affari esteri ha convocato il 3 febbraio l'ambasciatore della Repubblica popolare cinese alla Farnesina",
      claimant="Italian Undersecretary of the Interior", date="2025-02-03"),
    D("CN", "L'ambasciata, dal canto suo, ha escluso che in Italia esistano \"stazioni di polizia\" cinesi", claimant="Chinese Embassy in Italy"),
    S("IT", None, "L'ambasciata, dal canto suo, ha escluso che in Italia esistano \"stazioni di polizia\" cinesi", claimant="Chinese Embassy in Italy", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 035
T = """«Fuori Campo» — il podcast della redazione esteri
Episodio 88: «Una foto in piazza». Trascrizione automatica, rivista dalla redazione.
Pubblicato il 14 aprile 2025

[SIGLA]

CONDUTTRICE: Ciao a tutti e bentornati. Oggi parliamo di una storia piccola, di provincia, che però dice molto. Con me c'è il collega che la segue da settimane. Ciao.

OSPITE: Ciao, grazie.

CONDUTTRICE: Partiamo dall'inizio. Alessandria, una sera di dicembre.

OSPITE: Esatto. Un gruppetto di studenti cinesi dell'università organizza una piccola commemorazione, una ventina di persone con le candele, davanti al municipio. Niente di eclatante. Due giorni dopo, uno di questi ragazzi riceve sul telefono le foto della serata, con il suo volto cerchiato in rosso. Gliele manda un connazionale che conosceva appena.

CONDUTTRICE: E chi è questo connazionale?

OSPITE: È uno dei volontari di un'associazione di via Dante che, secondo documenti interni che abbiamo visto, si presentava in Cina come "punto di collegamento all'estero" dell'Ufficio di pubblica sicurezza di Qufu, la città di Confucio, nella prefettura di Jining.

CONDUTTRICE: Quindi un ufficio della polizia di Qufu ad Alessandria.

OSPITE: Così lo descrivevano loro stessi, sì. E poi c'è la parte più pesante: una settimana dopo la commemorazione, i genitori del ragazzo, in Shandong, ricevono una visita. Due agenti in borghese, che dicono al padre che il figlio "frequenta cattive compagnie" e che rischia di perdere la borsa di studio.

CONDUTTRICE: Lui cosa ha fatto?

OSPITE: Ha denunciato tutto alla Digos. E la Procura di Alessandria ha aperto un'indagine: il fascicolo ipotizza lo spionaggio politico.

CONDUTTRICE: Quante ce ne sono in giro, di questi uffici?

OSPITE: Nel mondo, secondo le ONG, parecchie decine, forse più di cento. In Italia se ne era parlato molto nel 2022, poi il tema era sparito.

CONDUTTRICE: E l'ambasciata cinese?

OSPITE: Ci ha risposto per email: "In Italia non esiste alcuna stazione di polizia cinese. Si tratta di speculazioni". Punto.

CONDUTTRICE: Chiaro. Dopo la pausa, sentiamo la voce del ragazzo.

[PAUSA]
"""
DOCS.append(dict(name="035-it-podcast-trascrizione-alessandria.txt", text=T, facts=[
    S("IT", "Alessandria", "si presentava in Cina come \"punto di collegamento all'estero\" dell'Ufficio di pubblica sicurezza di Qufu, la città di Confucio, nella prefettura di Jining",
      operator="Qufu", operator_alt="Jining", claimant="internal documents seen by journalists"),
    I("IT", "surveillance", "Due giorni dopo, uno di questi ragazzi riceve sul telefono le foto della serata, con il suo volto cerchiato in rosso.", place="Alessandria"),
    I("IT", "harassment", "una settimana dopo la commemorazione, i genitori del ragazzo, in Shandong, ricevono una visita.",
      note="threat to parents after a protest; no persuasion case"),
    R("IT", "investigation", "la Procura di Alessandria ha aperto un'indagine", place="Alessandria"),
    C("stations", 100, None, "Nel mondo, secondo le ONG, parecchie decine, forse più di cento.", claimant="NGOs", opt=True, note="approximation"),
    D("CN", "\"In Italia non esiste alcuna stazione di polizia cinese. Si tratta di speculazioni\"", claimant="Chinese Embassy in Italy"),
    S("IT", None, "\"In Italia non esiste alcuna stazione di polizia cinese.", claimant="Chinese Embassy in Italy", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 036 (irrelevant)
T = """Frosinone, inaugurata la nuova stazione dei carabinieri: presidio anche allo scalo ferroviario

Il comandante provinciale: «Più pattuglie in centro e in stazione». Firmato il protocollo d'intesa con il Comune

FROSINONE, 22 gennaio 2025 — Taglio del nastro, ieri mattina, per la nuova sede della stazione dei carabinieri di Frosinone Scalo, trasferita dai vecchi locali di via Mola Vecchia a un edificio confiscato alla criminalità organizzata. Alla cerimonia erano presenti il prefetto, il sindaco e il comandante provinciale dell'Arma.

Contestualmente il Comune e l'Arma hanno firmato un protocollo d'intesa che prevede, da febbraio, un presidio fisso all'interno della stazione ferroviaria nelle ore serali, in collaborazione con la Polizia ferroviaria. «I cittadini ci chiedono più pattuglie in centro e in stazione: da oggi le avranno», ha detto il comandante.

Nel 2024, ha ricordato, i carabinieri della compagnia hanno eseguito centodue arresti e denunciato a piede libero cinquecentotrenta persone; cinquantatré i controlli nei locali pubblici, tra cui diversi negozi gestiti da cittadini cinesi nella zona del Casermone, dove sono state sequestrate merci contraffatte.

Il prefetto ha poi fatto il punto sui rimpatri: undici cittadini stranieri irregolari, in gran parte nordafricani, sono stati accompagnati al Centro di permanenza per il rimpatrio di Ponte Galeria in vista dell'espulsione.

Presente all'inaugurazione anche una delegazione della comunità cinese del capoluogo, che ha donato alla stazione due defibrillatori. «Siamo qui da trent'anni, questa è casa nostra», ha detto il presidente dell'associazione, titolare di un ristorante in corso della Repubblica.
"""
DOCS.append(dict(name="036-it-cronaca-stazione-carabinieri-frosinone.txt", text=T, facts=[]))

# ---------------------------------------------------------------- 037 (hard-wrapped annual report)
T = wrap("""QUESTURA DI ROVIGO
Relazione sull'attività svolta nell'anno 2024
(estratto: capitoli 3 e 4)

3. ORDINE E SICUREZZA PUBBLICA

Nel corso del 2024 gli uffici della Questura hanno assicurato i servizi di ordine pubblico per 214 manifestazioni ed eventi sportivi, senza gravi turbative. I dati di sintesi sono riportati nella tabella seguente.

| Attività | 2023 | 2024 |
| Persone arrestate | 96 | 102 |
| Persone denunciate in stato di libertà | 811 | 843 |
| Provvedimenti di espulsione eseguiti | 41 | 53 |
| Licenze sospese ex art. 100 TULPS | 7 | 9 |

4. ATTIVITÀ DELLA DIGOS — TUTELA DELLE COMUNITÀ STRANIERE

4.1 Nel mese di marzo la Digos ha avviato accertamenti su un'associazione con sede nel centro storico del capoluogo, segnalata da fonti aperte come "stazione di servizio" all'estero dell'Ufficio di pubblica sicurezza di Zengcheng, distretto della città di Guangzhou. Gli accertamenti, condotti d'intesa con la Procura della Repubblica, hanno confermato che i locali venivano utilizzati per contatti con cittadini cinesi residenti per conto di organi di polizia della Repubblica popolare cinese.

4.2 Nell'ambito della stessa attività sono stati trattati tre casi di pressioni su cittadini cinesi residenti in provincia. In uno di essi una lavoratrice del settore tessile, destinataria di ripetute "convocazioni" presso l'associazione, ha fatto rientro in Cina nel mese di giugno.

Questura di Rovigo — Relazione 2024                              pag. 17

4.3 Con decreto del Questore del 2 luglio 2024 è stata disposta la sospensione della licenza dell'esercizio annesso all'associazione e la chiusura dei locali.

4.4 A seguito di notizie di stampa relative a un analogo recapito a Belluno, è stato richiesto il concorso della Questura competente: le verifiche non hanno evidenziato elementi di rilievo penale.

4.5 Per il resto, la comunità cinese della provincia (circa 1.300 residenti) non ha manifestato criticità.
""")
DOCS.append(dict(name="037-it-relazione-annuale-questura-rovigo.txt", text=T, facts=[
    S("IT", "Rovigo", "segnalata da fonti aperte come \"stazione di servizio\" all'estero dell'Ufficio di pubblica sicurezza di Zengcheng, distretto della città di Guangzhou. Gli accertamenti, condotti d'intesa con la Procura della Repubblica, hanno confermato che i locali venivano utilizzati per contatti con cittadini cinesi residenti per conto di organi di polizia della Repubblica popolare cinese.",
      operator="Zengcheng", operator_alt="Guangzhou", claimant="Questura di Rovigo"),
    R("IT", "investigation", "Nel mese di marzo la Digos ha avviato accertamenti su un'associazione con sede nel centro storico del capoluogo", place="Rovigo", date="2024-03"),
    C("cases", 3, "IT", "sono stati trattati tre casi di pressioni su cittadini cinesi residenti in provincia", claimant="Questura di Rovigo"),
    I("IT", "persuasion", "una lavoratrice del settore tessile, destinataria di ripetute \"convocazioni\" presso l'associazione, ha fatto rientro in Cina nel mese di giugno",
      place="Rovigo", date="2024-06"),
    R("IT", "closure", "Con decreto del Questore del 2 luglio 2024 è stata disposta la sospensione della licenza dell'esercizio annesso all'associazione e la chiusura dei locali.",
      place="Rovigo", date="2024-07-02"),
    S("IT", "Belluno", "A seguito di notizie di stampa relative a un analogo recapito a Belluno", claimant="press reports", opt=True, note="press report, checks found nothing"),
    R("IT", "no_wrongdoing_found", "le verifiche non hanno evidenziato elementi di rilievo penale", place="Belluno"),
]))

# ---------------------------------------------------------------- 038
T = """Consiglio dei diritti umani delle Nazioni Unite — 59ª sessione
Punto 4 dell'ordine del giorno: dibattito generale
Dichiarazione orale congiunta di organizzazioni non governative (traduzione italiana non ufficiale)
Ginevra, 1° luglio 2025

Signor Presidente,

le nostre organizzazioni desiderano richiamare l'attenzione del Consiglio sulla repressione transnazionale esercitata dalla Repubblica popolare cinese attraverso le cosiddette "stazioni di servizio di polizia d'oltremare".

Secondo dati pubblici delle stesse autorità cinesi, tra aprile 2021 e luglio 2022 circa 230.000 presunti sospettati di frode sarebbero stati "persuasi a rientrare" in Cina.¹ Le ricerche della società civile hanno individuato strutture di questo tipo in almeno 53 paesi.²

Fra i casi da noi documentati nell'ultimo anno, due riguardano l'Italia, Stato membro di questo Consiglio. A Cosenza un recapito aperto presso un'associazione di commercianti risponde all'Ufficio di pubblica sicurezza di Yushan, contea della città di Shangrao. A Siracusa un analogo ufficio è collegato alla polizia di Shaoshan, nella municipalità di Xiangtan. Un residente di Siracusa, cui era stato ritirato il passaporto dal personale di quell'ufficio, è stato accompagnato all'aeroporto di Catania e imbarcato su un volo per Shanghai nel settembre 2024, contro la sua volontà.³

A nostra conoscenza, le autorità italiane non hanno finora avviato alcuna indagine pubblica su questi due uffici.

Chiediamo al Consiglio e agli Stati membri di condannare queste pratiche e di garantire protezione alle vittime.

Grazie, signor Presidente.

______
¹ Ministero della pubblica sicurezza della RPC, conferenza stampa del luglio 2022; la cifra si riferisce alla campagna contro le frodi nelle telecomunicazioni.
² Il dato comprende uffici già chiusi; in almeno tre paesi europei le autorità ne hanno ordinato la chiusura nel 2022 e nel 2023.
³ Testimonianza raccolta da una delle organizzazioni firmatarie presso un familiare della vittima, agosto 2025; il nome è noto alle organizzazioni.

[Diritto di replica — delegazione della Repubblica popolare cinese, sintesi del Segretariato]

La delegazione della Cina ha respinto quelle che ha definito "accuse fabbricate", affermando che la Cina "non ha mai istituito stazioni di polizia all'estero" e che i centri citati forniscono servizi amministrativi a cittadini cinesi su base volontaria.
"""
DOCS.append(dict(name="038-it-onu-dichiarazione-cosenza-siracusa.txt", text=T, facts=[
    C("returns", 230000, None, "tra aprile 2021 e luglio 2022 circa 230.000 presunti sospettati di frode sarebbero stati \"persuasi a rientrare\" in Cina",
      claimant="PRC authorities", date="2022-07", opt=True, note="approximation 'circa'"),
    C("countries", 53, None, "Le ricerche della società civile hanno individuato strutture di questo tipo in almeno 53 paesi.", claimant="civil society research"),
    C("stations", 2, "IT", "Fra i casi da noi documentati nell'ultimo anno, due riguardano l'Italia", claimant="NGO joint statement", opt=True,
      note="cases documented by the NGOs, effectively two stations"),
    S("IT", "Cosenza", "A Cosenza un recapito aperto presso un'associazione di commercianti risponde all'Ufficio di pubblica sicurezza di Yushan, contea della città di Shangrao.",
      operator="Yushan", operator_alt="Shangrao", claimant="NGO joint statement"),
    S("IT", "Syracuse", "A Siracusa un analogo ufficio è collegato alla polizia di Shaoshan, nella municipalità di Xiangtan.",
      operator="Shaoshan", operator_alt="Xiangtan", claimant="NGO joint statement", place_alt="Siracusa"),
    I("IT", "forced_return", "Un residente di Siracusa, cui era stato ritirato il passaporto dal personale di quell'ufficio, è stato accompagnato all'aeroporto di Catania e imbarcato su un volo per Shanghai nel settembre 2024, contro la sua volontà.",
      place="Syracuse", date="2024-09", claimant="NGO joint statement"),
    R("IT", "investigation", "le autorità italiane non hanno finora avviato alcuna indagine pubblica su questi due uffici", claimant="NGO joint statement", pol="denied"),
    D("CN", "La delegazione della Cina ha respinto quelle che ha definito \"accuse fabbricate\", affermando che la Cina \"non ha mai istituito stazioni di polizia all'estero\"",
      claimant="PRC delegation to the UN Human Rights Council"),
]))

# ---------------------------------------------------------------- 039
T = """RITRATTI

La signora dei ravioli che disse no

Arrivata a Latina trent'anni fa, oggi gestisce una trattoria sulla Pontina. Poi, un giorno, l'ufficio dell'associazione le ha chiesto di tornare in Cina. Storia di una resistenza gentile

di un nostro inviato — settimanale, numero del 9 ottobre 2025

Alle undici del mattino la cucina è già piena di vapore. Lei impasta, piega, chiude i ravioli con due dita, senza guardare. «Li faccio così da quando avevo otto anni», dice. È arrivata in Italia nel 1995, dalla provincia del Guangdong; ha lavorato in un laboratorio tessile, poi in una trattoria che adesso è sua. Ha due figli nati qui, entrambi iscritti all'università.

La sua tranquillità si è incrinata nella primavera del 2024. Un conoscente la invita a passare nella sede dell'associazione di via Isonzo, a Latina. Lì, racconta, trova un uomo che le mostra sul telefono il distintivo della polizia di Lianzhou, la città della prefettura di Qingyuan da cui proviene la sua famiglia. Le dice che in Cina c'è «una vecchia questione» legata a un prestito del fratello, e che sarebbe «meglio per tutti» se lei tornasse a sistemarla di persona.

Quel luogo, scopriremo poi da alcune chat che il gruppo pubblicava su WeChat, si definiva senza imbarazzo «stazione di collegamento all'estero» proprio della pubblica sicurezza di Lianzhou.

Latina non è Prato. La comunità cinese della provincia conta poche migliaia di persone, sparse tra i ristoranti del capoluogo, i negozi di Aprilia e i banchi del mercato di Fondi; il lavoro nei campi della Pontina, qui, lo fanno soprattutto i braccianti indiani. Eppure anche qui, nel 2022, era arrivata l'eco delle inchieste europee sulle «stazioni di polizia» cinesi all'estero: allora l'ONG Safeguard Defenders ne aveva contate undici in Italia, nessuna in provincia di Latina. «Leggevo i giornali e pensavo: roba di Milano, di Roma», dice lei.

Lei non è partita. Nei mesi successivi, però, la sorella rimasta in Cina ha ricevuto tre telefonate da un agente che le chiedeva «di convincerla». «Mia sorella piangeva al telefono», ricorda.

A ottobre ha presentato un esposto. La Procura di Latina ha aperto un'indagine, ascoltato i responsabili dell'associazione e acquisito i telefoni; a giugno di quest'anno il pubblico ministero ha chiesto l'archiviazione, ritenendo che non fossero emersi reati. L'ambasciata cinese a Roma, interpellata, ha risposto che «le stazioni di polizia cinesi all'estero non esistono».

Lei non si lamenta. «Ho detto no, e sono ancora qui», dice, e torna ai suoi ravioli.
"""
DOCS.append(dict(name="039-it-ritratto-ristoratrice-latina.txt", text=T, facts=[
    S("IT", "Latina", "Quel luogo, scopriremo poi da alcune chat che il gruppo pubblicava su WeChat, si definiva senza imbarazzo «stazione di collegamento all'estero» proprio della pubblica sicurezza di Lianzhou.",
      operator="Lianzhou", operator_alt="Qingyuan", note="site: via Isonzo"),
    I("IT", "persuasion", "Le dice che in Cina c'è «una vecchia questione» legata a un prestito del fratello, e che sarebbe «meglio per tutti» se lei tornasse a sistemarla di persona.",
      place="Latina", date="2024"),
    C("stations", 11, "IT", "allora l'ONG Safeguard Defenders ne aveva contate undici in Italia", claimant="Safeguard Defenders", date="2022"),
    I("IT", "harassment", "la sorella rimasta in Cina ha ricevuto tre telefonate da un agente che le chiedeva «di convincerla»", opt=True,
      note="pressure on a relative inside the persuasion case"),
    R("IT", "investigation", "La Procura di Latina ha aperto un'indagine, ascoltato i responsabili dell'associazione e acquisito i telefoni", place="Latina", date="2024-10"),
    R("IT", "no_wrongdoing_found", "il pubblico ministero ha chiesto l'archiviazione, ritenendo che non fossero emersi reati", place="Latina", date="2025-06"),
    D("CN", "L'ambasciata cinese a Roma, interpellata, ha risposto che «le stazioni di polizia cinesi all'estero non esistono».", claimant="Chinese Embassy in Italy"),
]))
