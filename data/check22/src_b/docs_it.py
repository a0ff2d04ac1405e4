"""check22 part B, Italian documents 044-046."""
from h import S, C, R, I, A, D  # noqa: F401

SD = "Safeguard Defenders"

DOC044 = """Home > Cronaca > Murgia

Questo sito utilizza cookie tecnici e di profilazione, propri e di terze parti. Chiudendo questo banner acconsenti all'uso dei cookie. [Accetta] [Personalizza]

Altamura, perquisita la sede di un'associazione cinese: «Un presidio della polizia di Xupu»

La Digos ha portato via computer e registri. Nessun indagato per ora. L'ambasciata: «Aiutiamo solo a rinnovare le patenti»

di Redazione Murgia | 7 maggio 2026 | Tempo di lettura: 5 minuti

ALTAMURA – Gli agenti della Digos hanno perquisito martedì mattina la sede dell'«Associazione culturale sino-murgiana», due stanze al piano terra in una traversa del corso principale, a pochi passi dalla cattedrale. Sono stati sequestrati due computer, un timbro e tre registri con nomi e numeri di telefono.

Secondo la ong Safeguard Defenders, che la settimana scorsa ha diffuso un elenco aggiornato, l'associazione sarebbe uno dei «presidi» che la polizia cinese gestisce all'estero. Farebbe capo, in particolare, all'Ufficio di pubblica sicurezza della contea di Xupu, nella provincia dello Hunan.

La procura ha aperto un fascicolo per ora contro ignoti; al momento non risultano indagati.

Altamura, trentamila abitanti, è conosciuta per il suo pane Dop e per il distretto del mobile imbottito, che negli anni d'oro dava lavoro a migliaia di persone tra la Murgia e la Basilicata. Da una quindicina d'anni molte aziende di divani subappaltano il taglio e la cucitura a laboratori gestiti da cittadini cinesi: oggi in città vivono circa quattrocento persone di origine cinese.

«Sono gente che lavora e non dà fastidio», dice il titolare di un bar sul corso. «Quell'associazione la conoscevano tutti: ci andavano per i documenti, per le pratiche della patente».

Non tutti però la vedevano così. Un operaio di un laboratorio di cucitura racconta di essere stato convocato tre volte nella sede, l'anno scorso, da uomini che gli chiedevano di tornare in Cina per «chiarire una questione con la polizia» del suo paese d'origine. «Ho detto che avevo il contratto qui. Sono rimasto», spiega.

LEGGI ANCHE: Divani, la crisi del distretto: altre tre aziende in cassa integrazione

Secondo la stessa ong, in Puglia le sedi di questo tipo sarebbero almeno due. L'altra si troverebbe a Cerignola, nel Tavoliere, e farebbe capo alla polizia di Fenyi, nella provincia del Jiangxi. A Cerignola nessuno, tra i commercianti sentiti, ha saputo indicare un indirizzo.

L'ambasciata cinese, in una nota, ha respinto le accuse: «In Italia non esistono stazioni di polizia cinesi. Le associazioni aiutano i connazionali, soprattutto gli anziani, a convertire la patente e a rinnovare il passaporto».

Iscriviti alla newsletter di Cronaca Murgia: ogni mattina le notizie del territorio.
"""

DOC045 = """PROCURA DELLA REPUBBLICA
presso il Tribunale di Cassino

COMUNICATO STAMPA

Cassino, 26 febbraio 2026

Nella mattinata odierna, nell'ambito di un procedimento penale coordinato da questa Procura, la Squadra Mobile e la Digos hanno dato esecuzione a un'ordinanza di custodia cautelare in carcere, emessa dal GIP del Tribunale di Cassino, nei confronti di due cittadini di nazionalità cinese, di 41 e 56 anni, gravemente indiziati dei reati di sequestro di persona e violenza privata aggravata.

Contestualmente sono state eseguite perquisizioni locali e personali a Cassino e a Sora.

Le indagini, avviate nel settembre 2025 a seguito della denuncia presentata dalla compagna di un giovane lavoratore, hanno consentito di accertare che quest'ultimo, un cittadino cinese di 24 anni impiegato in un'azienda tessile del Cassinate, nell'agosto 2025 era stato prelevato dalla sua abitazione, condotto contro la sua volontà in uno scalo aeroportuale e imbarcato su un volo diretto in Cina.

Secondo quanto emerso, i due indagati operavano presso un locale di Cassino, formalmente sede di un'associazione di mutuo soccorso, che di fatto fungeva da punto di riferimento di un'autorità di polizia straniera sul territorio. La documentazione acquisita indica che il locale riceveva istruzioni dall'Ufficio di pubblica sicurezza di Longhui, nella provincia cinese dello Hunan.

Nel corso delle perquisizioni sono stati rinvenuti schedari cartacei e digitali contenenti dati anagrafici, indirizzi e fotografie di oltre cinquanta connazionali residenti in Ciociaria.

Le indagini hanno inoltre documentato l'esistenza di un secondo punto di appoggio a Sora. Quest'ultimo risultava in contatto con l'Ufficio di pubblica sicurezza di Duchang, nella provincia del Jiangxi.

Su richiesta di questa Procura, il GIP ha altresì disposto il sequestro preventivo dei locali di Cassino e di Sora.

Si precisa che il procedimento si trova nella fase delle indagini preliminari e che per gli indagati vale la presunzione di non colpevolezza fino a sentenza definitiva.

Il Procuratore della Repubblica
"""

DOC046 = """DIRETTA | Presunte «stazioni di polizia» cinesi sull'isola, perquisizioni a Bagheria. La Farnesina convoca l'ambasciatore

Aggiornato alle 18:42 · A cura della redazione · Condividi: Facebook | X | WhatsApp

IN EVIDENZA: «Abbiamo trovato elenchi di persone, con foto e indirizzi» – un investigatore a margine della perquisizione di Bagheria.

18:42
Il ministro degli Esteri ha convocato l'ambasciatore cinese alla Farnesina per domani mattina. «Chiederemo spiegazioni chiare», fa sapere il suo portavoce.

17:15
Arriva la nota dell'ambasciata cinese: «Nessuna "stazione di polizia". Si tratta di volontari che aiutano i connazionali a convertire la patente e a fare le pratiche del passaporto online». L'ambasciata parla di «accuse infondate».

16:05
«Abbiamo trovato elenchi di persone, con foto e indirizzi» – un investigatore a margine della perquisizione di Bagheria.

16:00
Bagheria, chiusa la perquisizione della Digos nel retrobottega di un negozio di abbigliamento in centro. Due cittadini cinesi sono indagati. Tra i documenti sequestrati ci sono, secondo fonti investigative, lettere su carta intestata dell'Ufficio di pubblica sicurezza della contea di Hanyuan, nella provincia del Sichuan.

15:30
Una commessa cinese di Bagheria racconta ai nostri cronisti di essere stata invitata «più volte» nel retrobottega perché tornasse in Cina a testimoniare in una causa. «Mi hanno detto che mio padre avrebbe perso il lavoro». Non è partita.

14:20
Acireale: i carabinieri hanno effettuato verifiche nella sede dell'associazione indicata dal rapporto. Gli accertamenti, fanno sapere, non hanno fatto emergere elementi di reato.

12:00
Cosa dice il rapporto. Safeguard Defenders, ong con sede a Madrid, aveva censito centodue stazioni in cinquantatré paesi. Nell'aggiornamento diffuso oggi, le sedi sull'isola sono due: una a Bagheria, l'altra ad Acireale, che sarebbe collegata alla polizia della contea di Jiajiang, sempre nel Sichuan.

11:30
Question time alla Camera, un deputato chiede: «E se domani si scoprisse che queste stazioni esistono in tutta Italia?». Il sottosegretario non risponde nel merito.

10:45
Buongiorno e benvenuti nella diretta. Seguiremo per tutta la giornata le reazioni al rapporto pubblicato stamattina e le operazioni delle forze dell'ordine.
"""

DOCS = [
    {"name": "044-it-cronaca-locale-altamura-cerignola-xupu-fenyi.txt", "text": DOC044, "facts": [
        R("IT", "investigation", "Gli agenti della Digos hanno perquisito martedì mattina la sede dell'«Associazione culturale sino-murgiana»", place="Altamura", date="2026-05-05"),
        S("IT", "Altamura", "l'associazione sarebbe uno dei «presidi» che la polizia cinese gestisce all'estero", claimant=SD),
        S("IT", "Altamura", "Farebbe capo, in particolare, all'Ufficio di pubblica sicurezza della contea di Xupu, nella provincia dello Hunan.", operator="Xupu", operator_alt=["Huaihua"], claimant=SD),
        R("IT", "investigation", "La procura ha aperto un fascicolo per ora contro ignoti", place="Altamura"),
        R("IT", "arrest", "al momento non risultano indagati", pol="denied", opt=True),
        I("IT", "persuasion", "Un operaio di un laboratorio di cucitura racconta di essere stato convocato tre volte nella sede, l'anno scorso, da uomini che gli chiedevano di tornare in Cina", place="Altamura", date="2025"),
        C("stations", 2, "IT", "in Puglia le sedi di questo tipo sarebbero almeno due", claimant=SD),
        S("IT", "Cerignola", "L'altra si troverebbe a Cerignola, nel Tavoliere, e farebbe capo alla polizia di Fenyi, nella provincia del Jiangxi.", operator="Fenyi", operator_alt=["Xinyu"], claimant=SD),
        S("IT", None, "«In Italia non esistono stazioni di polizia cinesi.", pol="denied", opt=True, claimant="Chinese Embassy in Italy"),
        D("CN", "«In Italia non esistono stazioni di polizia cinesi. Le associazioni aiutano i connazionali, soprattutto gli anziani, a convertire la patente e a rinnovare il passaporto»", claimant="Chinese Embassy in Italy"),
    ]},
    {"name": "045-it-comunicato-procura-cassino-sora-longhui-duchang.txt", "text": DOC045, "facts": [
        R("IT", "arrest", "hanno dato esecuzione a un'ordinanza di custodia cautelare in carcere, emessa dal GIP del Tribunale di Cassino, nei confronti di due cittadini di nazionalità cinese", date="2026-02-26"),
        R("IT", "investigation", "Contestualmente sono state eseguite perquisizioni locali e personali a Cassino e a Sora.", place="Cassino", date="2026-02-26"),
        I("IT", "forced_return", "nell'agosto 2025 era stato prelevato dalla sua abitazione, condotto contro la sua volontà in uno scalo aeroportuale e imbarcato su un volo diretto in Cina", place="Cassino", date="2025-08"),
        S("IT", "Cassino", "i due indagati operavano presso un locale di Cassino, formalmente sede di un'associazione di mutuo soccorso, che di fatto fungeva da punto di riferimento di un'autorità di polizia straniera sul territorio", claimant="Procura di Cassino"),
        S("IT", "Cassino", "La documentazione acquisita indica che il locale riceveva istruzioni dall'Ufficio di pubblica sicurezza di Longhui, nella provincia cinese dello Hunan.", operator="Longhui", operator_alt=["Shaoyang"], claimant="Procura di Cassino"),
        I("IT", "surveillance", "schedari cartacei e digitali contenenti dati anagrafici, indirizzi e fotografie di oltre cinquanta connazionali residenti in Ciociaria", place="Cassino"),
        S("IT", "Sora", "Le indagini hanno inoltre documentato l'esistenza di un secondo punto di appoggio a Sora.", claimant="Procura di Cassino"),
        S("IT", "Sora", "Quest'ultimo risultava in contatto con l'Ufficio di pubblica sicurezza di Duchang, nella provincia del Jiangxi.", operator="Duchang", operator_alt=["Jiujiang"], claimant="Procura di Cassino"),
        R("IT", "closure", "il GIP ha altresì disposto il sequestro preventivo dei locali di Cassino e di Sora", place="Cassino", date="2026-02"),
    ]},
    {"name": "046-it-diretta-bagheria-acireale-hanyuan-jiajiang.txt", "text": DOC046, "facts": [
        R("IT", "protest", "Il ministro degli Esteri ha convocato l'ambasciatore cinese alla Farnesina per domani mattina."),
        D("CN", "«Nessuna \"stazione di polizia\". Si tratta di volontari che aiutano i connazionali a convertire la patente e a fare le pratiche del passaporto online»", claimant="Chinese Embassy in Italy"),
        R("IT", "investigation", "Bagheria, chiusa la perquisizione della Digos nel retrobottega di un negozio di abbigliamento in centro.", place="Bagheria"),
        S("IT", "Bagheria", "Tra i documenti sequestrati ci sono, secondo fonti investigative, lettere su carta intestata dell'Ufficio di pubblica sicurezza della contea di Hanyuan, nella provincia del Sichuan.", operator="Hanyuan", operator_alt=["Ya'an", "Yaan"], claimant="investigative sources"),
        I("IT", "persuasion", "di essere stata invitata «più volte» nel retrobottega perché tornasse in Cina a testimoniare in una causa", place="Bagheria"),
        I("IT", "harassment", "«Mi hanno detto che mio padre avrebbe perso il lavoro».", place="Bagheria", opt=True),
        I("IT", "surveillance", "«Abbiamo trovato elenchi di persone, con foto e indirizzi» – un investigatore a margine della perquisizione di Bagheria.", place="Bagheria", claimant="investigator"),
        R("IT", "investigation", "Acireale: i carabinieri hanno effettuato verifiche nella sede dell'associazione indicata dal rapporto.", place="Acireale"),
        R("IT", "no_wrongdoing_found", "Gli accertamenti, fanno sapere, non hanno fatto emergere elementi di reato.", place="Acireale"),
        C("stations", 102, None, "aveva censito centodue stazioni in cinquantatré paesi", claimant=SD),
        C("countries", 53, None, "aveva censito centodue stazioni in cinquantatré paesi", claimant=SD),
        C("stations", 2, "IT", "le sedi sull'isola sono due", claimant=SD),
        S("IT", "Bagheria", "le sedi sull'isola sono due: una a Bagheria", claimant=SD),
        S("IT", "Acireale", "l'altra ad Acireale, che sarebbe collegata alla polizia della contea di Jiajiang, sempre nel Sichuan", operator="Jiajiang", operator_alt=["Leshan"], claimant=SD),
    ]},
]
