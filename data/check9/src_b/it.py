from lib import D, F

N = "035-it-ansa-brescia-mantova-dongyang.txt"
D(N, """
Cina: 'stazione di polizia' a Brescia, Digos perquisisce associazione

(ANSA) - BRESCIA, 9 MAG - La Digos di Brescia ha perquisito questa mattina la sede di un'associazione di commercianti cinesi in via Milano, nell'ambito di un'inchiesta della procura sulla presunta attività di una delle cosiddette "stazioni di polizia" cinesi all'estero. Il fascicolo, coordinato dal procuratore aggiunto, ipotizza al momento l'esercizio abusivo di funzioni pubbliche.

Secondo quanto si apprende, il recapito avrebbe svolto pratiche amministrative per conto dell'Ufficio di pubblica sicurezza di Dongyang, nella provincia dello Zhejiang, dalla quale proviene una parte consistente della comunità cinese bresciana. Gli investigatori stanno verificando se lo stesso ufficio abbia aperto un secondo punto di riferimento a Mantova, all'interno di un negozio all'ingrosso nella zona di Borgo Virgilio.

Sono stati sequestrati un computer, timbri e alcuni registri con nomi e numeri di telefono. Al momento non risultano indagati.

Il caso era stato segnalato da una studentessa dell'università cittadina, che nel marzo scorso aveva denunciato di essere stata fotografata durante un presidio per i diritti umani in piazza della Loggia e di aver poi ricevuto sul telefono le stesse foto, accompagnate dall'invito a "pensare alla famiglia".

Il presidente dell'associazione, raggiunto al telefono, ha respinto ogni accusa: "Aiutiamo gli anziani a rinnovare la patente, nient'altro". Sulla stessa linea l'ambasciata cinese a Roma, che in una nota parla di "notizie prive di fondamento".

Secondo l'ong Safeguard Defenders, che ha sede a Madrid, in Italia le strutture di questo tipo sarebbero almeno undici. (ANSA).
""")
F(N, "La Digos di Brescia ha perquisito questa mattina la sede di un'associazione di commercianti cinesi in via Milano, nell'ambito di un'inchiesta della procura", "response", country="IT", action="investigation", place="Brescia")
F(N, "Secondo quanto si apprende, il recapito avrebbe svolto pratiche amministrative per conto dell'Ufficio di pubblica sicurezza di Dongyang, nella provincia dello Zhejiang", "station", country="IT", place="Brescia", operator="Dongyang", note="via Milano; 'il recapito' carries Brescia from the lead")
F(N, "Gli investigatori stanno verificando se lo stesso ufficio abbia aperto un secondo punto di riferimento a Mantova", "station", country="IT", place="Mantua", place_alt=["Mantova"], operator="Dongyang", optional=True, note="under verification, not asserted")
F(N, "Al momento non risultano indagati.", "response", country="IT", action="arrest", polarity="denied", optional=True)
F(N, "aveva denunciato di essere stata fotografata durante un presidio per i diritti umani in piazza della Loggia", "incident", country="IT", incident_type="surveillance", place="Brescia", claimant="a student")
F(N, "Il presidente dell'associazione, raggiunto al telefono, ha respinto ogni accusa", "denial", country="IT", claimant="association president", optional=True)
F(N, "Sulla stessa linea l'ambasciata cinese a Roma, che in una nota parla di \"notizie prive di fondamento\".", "denial", country="CN", claimant="PRC Embassy in Italy")
F(N, "in Italia le strutture di questo tipo sarebbero almeno undici", "count", country="IT", measure="stations", value=11, claimant="Safeguard Defenders")

N = "037-it-interrogazione-risposta-pisa-livorno.txt"
D(N, """
CAMERA DEI DEPUTATI - Interrogazione a risposta scritta 4-01962

Al Ministro dell'interno. - Per sapere - premesso che:

secondo un'inchiesta giornalistica pubblicata nel gennaio 2024, a Pisa, nei locali di
un'agenzia di servizi nel quartiere di Porta a Lucca, sarebbe attivo dal 2021 un
cosiddetto "centro di servizio" collegato all'Ufficio di pubblica sicurezza della città
di Huzhou;

un analogo sportello avrebbe operato a Livorno fino all'estate del 2023;

quali iniziative intenda adottare il Ministro per accertare i fatti e se non ritenga di
convocare l'ambasciatore della Repubblica popolare cinese.

Risposta. - In merito a quanto segnalato dall'interrogante, si rappresenta che la Questura
di Pisa, d'intesa con la locale procura della Repubblica, ha svolto approfonditi
accertamenti sull'agenzia indicata.

Dalle verifiche non sono emersi elementi di rilevanza penale né indizi di attività svolte
per conto di autorità straniere. L'agenzia, regolarmente iscritta alla Camera di commercio,
offre servizi di traduzione e di disbrigo pratiche.

Per quanto riguarda Livorno, gli accertamenti della Questura hanno permesso di verificare
che lo sportello menzionato è stato chiuso dai titolari nel luglio 2023, per ragioni
economiche.

Non sono pervenute alle Forze di polizia denunce di cittadini cinesi per intimidazioni o
pressioni a rientrare in patria.

Quanto al profilo diplomatico, il Ministero degli affari esteri ha già avuto modo di
richiamare l'attenzione dell'Ambasciata cinese sulla necessità del pieno rispetto della
sovranità italiana. Una convocazione dell'ambasciatore non è stata, allo stato, ritenuta
necessaria.

Il Sottosegretario di Stato per l'interno.
""")
F(N, "a Pisa, nei locali di\nun'agenzia di servizi nel quartiere di Porta a Lucca, sarebbe attivo dal 2021 un\ncosiddetto \"centro di servizio\" collegato all'Ufficio di pubblica sicurezza della città\ndi Huzhou", "station", country="IT", place="Pisa", operator="Huzhou", date="2021", claimant="a newspaper investigation", note="premise of the question; Porta a Lucca")
F(N, "un analogo sportello avrebbe operato a Livorno fino all'estate del 2023", "station", country="IT", place="Livorno", claimant="a newspaper investigation", note="premise of the question")
F(N, "la Questura\ndi Pisa, d'intesa con la locale procura della Repubblica, ha svolto approfonditi\naccertamenti sull'agenzia indicata.", "response", country="IT", action="investigation", place="Pisa", claimant="Italian Ministry of the Interior")
F(N, "Dalle verifiche non sono emersi elementi di rilevanza penale né indizi di attività svolte\nper conto di autorità straniere.", "response", country="IT", action="no_wrongdoing_found", place="Pisa", claimant="Italian Ministry of the Interior")
F(N, "Dalle verifiche non sono emersi elementi di rilevanza penale né indizi di attività svolte\nper conto di autorità straniere.", "station", country="IT", place="Pisa", polarity="denied", claimant="Italian Ministry of the Interior", optional=True)
F(N, "lo sportello menzionato è stato chiuso dai titolari nel luglio 2023", "response", country="IT", action="closure", place="Livorno", date="2023-07", claimant="Italian Ministry of the Interior", optional=True, note="closed by its owners")
F(N, "Non sono pervenute alle Forze di polizia denunce di cittadini cinesi per intimidazioni o\npressioni a rientrare in patria.", "incident", country="IT", incident_type="persuasion", polarity="denied", claimant="Italian Ministry of the Interior", optional=True)
F(N, "il Ministero degli affari esteri ha già avuto modo di\nrichiamare l'attenzione dell'Ambasciata cinese", "response", country="IT", action="protest", claimant="Italian Ministry of the Interior", optional=True, note="short of a summons")
F(N, "Una convocazione dell'ambasciatore non è stata, allo stato, ritenuta\nnecessaria.", "response", country="IT", action="protest", polarity="denied", claimant="Italian Ministry of the Interior", optional=True)

N = "036-it-cronaca-rimini-haimen.txt"
D(N, """
RIMINI

«Qui si rinnovano le patenti cinesi». Ma la questura vuole vederci chiaro

Accertamenti sul circolo culturale di via Circonvallazione Occidentale. La comunità: «Siamo volontari»

Da fuori sembra un circolo come tanti: una saletta con le sedie di plastica, un televisore, un calendario con i caratteri rossi appeso al muro. Eppure da qualche settimana la sede dell'associazione culturale sino-romagnola di via Circonvallazione Occidentale è finita sotto la lente della questura di Rimini. Gli agenti della Digos hanno acquisito documenti e ascoltato alcuni frequentatori, dopo che un esposto anonimo indicava il circolo come una delle «stazioni di polizia» cinesi d'oltremare.

Secondo l'esposto, il circolo farebbe capo all'Ufficio di pubblica sicurezza di Haimen, città della provincia del Jiangsu da cui provengono molte famiglie titolari di laboratori e ristoranti della riviera. Dietro le pratiche per le patenti e i certificati si nasconderebbe un controllo sugli emigrati.

Nell'esposto si racconta anche di una barista di Riccione il cui fratello, rimasto in Cina, sarebbe stato più volte convocato dalla polizia locale perché lei «tornasse a chiarire la sua posizione». La donna, sentita dalla Digos, non ha voluto sporgere denuncia.

Il presidente dell'associazione respinge tutto: «Siamo volontari, aiutiamo gli anziani che non parlano italiano. Non c'è nessuna polizia». Il circolo, assicura, è aperto a chiunque.

Dalla questura, per ora, nessun commento ufficiale. Fonti investigative spiegano che gli accertamenti sono ancora in corso e che al momento non ci sono ipotesi di reato. Il sindaco ha chiesto un incontro con il prefetto.

Intanto al bar di fronte, dove molti cinesi della zona prendono il caffè al mattino, si parla d'altro: della stagione che sta per cominciare e dei turisti tedeschi che tardano ad arrivare.
""")
F(N, "la sede dell'associazione culturale sino-romagnola di via Circonvallazione Occidentale è finita sotto la lente della questura di Rimini. Gli agenti della Digos hanno acquisito documenti e ascoltato alcuni frequentatori", "response", country="IT", action="investigation", place="Rimini")
F(N, "dopo che un esposto anonimo indicava il circolo come una delle «stazioni di polizia» cinesi d'oltremare", "station", country="IT", place="Rimini", operator="Haimen", operator_alt=["Nantong"], claimant="an anonymous complaint", note="operator in the next paragraph ('il circolo farebbe capo')")
F(N, "una barista di Riccione il cui fratello, rimasto in Cina, sarebbe stato più volte convocato dalla polizia locale perché lei «tornasse a chiarire la sua posizione»", "incident", country="IT", incident_type="harassment", place="Riccione", claimant="an anonymous complaint")
F(N, "una barista di Riccione il cui fratello, rimasto in Cina, sarebbe stato più volte convocato dalla polizia locale perché lei «tornasse a chiarire la sua posizione»", "incident", country="IT", incident_type="persuasion", place="Riccione", claimant="an anonymous complaint", optional=True, note="pressure to return via a relative")
F(N, "Il presidente dell'associazione respinge tutto", "denial", country="IT", claimant="association president", optional=True)

N = "038-it-ticino-lugano-chiasso-shaoxing.txt"
D(N, """
Presunta «stazione di polizia» cinese a Lugano, il Ministero pubblico della Confederazione apre un procedimento

BERNA/LUGANO – Il Ministero pubblico della Confederazione (MPC) ha aperto un procedimento penale per spionaggio politico in relazione a un ufficio di Lugano che avrebbe operato per conto di un'autorità di polizia cinese. Lo ha confermato ieri un portavoce dell'MPC, senza fornire ulteriori dettagli.

L'ufficio, registrato come agenzia di consulenza in una palazzina del quartiere di Molino Nuovo, sarebbe stato aperto nel 2019 dall'Ufficio di pubblica sicurezza di Shaoxing, nello Zhejiang. Lo sostiene un rapporto che il Servizio delle attività informative della Confederazione (SIC) ha trasmesso alle autorità ticinesi.

Lo stesso rapporto cita una seconda sede, a Chiasso, chiusa però già nel 2022, prima di qualsiasi intervento delle autorità.

Il Dipartimento federale degli affari esteri (DFAE) ha convocato l'ambasciatore cinese a Berna per chiedere spiegazioni. In una presa di posizione, l'ambasciata ha definito le accuse «pure invenzioni» e ha spiegato che i servizi offerti ai cittadini cinesi all'estero passano «esclusivamente» per le rappresentanze consolari.

La polizia cantonale ticinese non ha voluto commentare. Nessuno è stato arrestato.

In Svizzera si tratta del terzo caso noto. Secondo le stime di diverse ONG, le strutture di questo tipo sarebbero oltre cento in una cinquantina di Paesi.
""")
F(N, "Il Ministero pubblico della Confederazione (MPC) ha aperto un procedimento penale per spionaggio politico in relazione a un ufficio di Lugano", "response", country="CH", action="investigation", place="Lugano")
F(N, "L'ufficio, registrato come agenzia di consulenza in una palazzina del quartiere di Molino Nuovo, sarebbe stato aperto nel 2019 dall'Ufficio di pubblica sicurezza di Shaoxing, nello Zhejiang.", "station", country="CH", place="Lugano", operator="Shaoxing", date="2019", claimant="Swiss Federal Intelligence Service", note="Molino Nuovo")
F(N, "Lo stesso rapporto cita una seconda sede, a Chiasso, chiusa però già nel 2022, prima di qualsiasi intervento delle autorità.", "station", country="CH", place="Chiasso", claimant="Swiss Federal Intelligence Service")
F(N, "Lo stesso rapporto cita una seconda sede, a Chiasso, chiusa però già nel 2022, prima di qualsiasi intervento delle autorità.", "response", country="CH", action="closure", place="Chiasso", date="2022", optional=True, note="closed before any action")
F(N, "Il Dipartimento federale degli affari esteri (DFAE) ha convocato l'ambasciatore cinese a Berna per chiedere spiegazioni.", "response", country="CH", action="protest")
F(N, "l'ambasciata ha definito le accuse «pure invenzioni»", "denial", country="CN", claimant="PRC Embassy in Switzerland")
F(N, "Nessuno è stato arrestato.", "response", country="CH", action="arrest", polarity="denied", optional=True)
F(N, "In Svizzera si tratta del terzo caso noto.", "count", country="CH", measure="stations", value=3, optional=True, note="ordinal 'third known case'")
F(N, "le strutture di questo tipo sarebbero oltre cento in una cinquantina di Paesi", "count", country=None, measure="stations", value=100, claimant="NGOs", optional=True)
F(N, "le strutture di questo tipo sarebbero oltre cento in una cinquantina di Paesi", "count", country=None, measure="countries", value=50, claimant="NGOs", optional=True)

N = "039-it-dossier-udine-cagliari-lecce.txt"
D(N, """
IL DOSSIER

Da Udine a Lecce, la mappa dei «centri» cinesi che preoccupano il Viminale

Sono almeno tre le città italiane finite nell'ultima relazione riservata dei servizi di sicurezza sulle attività di polizie straniere nel nostro Paese. Il documento, di cui questo giornale ha potuto leggere alcuni stralci, non parla apertamente di «stazioni», ma descrive «punti di contatto riconducibili a uffici di pubblica sicurezza della Repubblica popolare». Eccoli:

- Udine: una sala al primo piano di un centro commerciale all'ingrosso, attiva dal 2020, riconducibile all'Ufficio di pubblica sicurezza di Zhuji (Zhejiang);
- Cagliari: un'associazione di ristoratori nel quartiere di Stampace, legata all'Ufficio di Rudong, contea della città di Nantong;
- Lecce: un negozio di telefonia del centro; l'ufficio di riferimento non è indicato.

Per quello di Cagliari la procura ha già aperto un'indagine conoscitiva. Sugli altri due, fanno sapere dal Viminale, «sono in corso approfondimenti».

La relazione cita anche un episodio avvenuto in Friuli: un operaio che aveva lasciato la Cina dopo una lite con un funzionario locale sarebbe stato accompagnato da due connazionali all'aeroporto di Venezia e imbarcato su un volo per Pechino, «contro la sua volontà». Non esistono, però, denunce formali.

L'ambasciata cinese ha replicato con una nota di poche righe: «La Cina rispetta rigorosamente la sovranità degli altri Paesi. Le cosiddette stazioni di polizia non esistono».

Resta il nodo dei pattugliamenti congiunti. Tra il 2016 e il 2019 agenti cinesi hanno affiancato le forze dell'ordine italiane in alcune città d'arte, sulla base di un protocollo d'intesa firmato nel 2015 tra i due ministeri. Il protocollo non è stato rinnovato.
""")
F(N, "Sono almeno tre le città italiane finite nell'ultima relazione riservata dei servizi di sicurezza", "count", country="IT", measure="stations", value=3, claimant="Italian intelligence report", optional=True, note="cities, one site each")
F(N, "- Udine: una sala al primo piano di un centro commerciale all'ingrosso, attiva dal 2020, riconducibile all'Ufficio di pubblica sicurezza di Zhuji (Zhejiang);", "station", country="IT", place="Udine", operator="Zhuji", date="2020", claimant="Italian intelligence report")
F(N, "- Cagliari: un'associazione di ristoratori nel quartiere di Stampace, legata all'Ufficio di Rudong, contea della città di Nantong;", "station", country="IT", place="Cagliari", operator="Rudong", operator_alt=["Nantong"], claimant="Italian intelligence report", note="Stampace")
F(N, "- Lecce: un negozio di telefonia del centro; l'ufficio di riferimento non è indicato.", "station", country="IT", place="Lecce", claimant="Italian intelligence report")
F(N, "Per quello di Cagliari la procura ha già aperto un'indagine conoscitiva.", "response", country="IT", action="investigation", place="Cagliari")
F(N, "un operaio che aveva lasciato la Cina dopo una lite con un funzionario locale sarebbe stato accompagnato da due connazionali all'aeroporto di Venezia e imbarcato su un volo per Pechino, «contro la sua volontà»", "incident", country="IT", incident_type="forced_return", place="Friuli", place_alt=["Friuli Venezia Giulia"], claimant="Italian intelligence report")
F(N, "«La Cina rispetta rigorosamente la sovranità degli altri Paesi. Le cosiddette stazioni di polizia non esistono».", "denial", country="CN", claimant="PRC Embassy in Italy")
F(N, "Tra il 2016 e il 2019 agenti cinesi hanno affiancato le forze dell'ordine italiane in alcune città d'arte", "agreement", country="IT", agreement_type="joint_patrol", date="2016")
F(N, "sulla base di un protocollo d'intesa firmato nel 2015 tra i due ministeri", "agreement", country="IT", agreement_type="security_agreement", date="2015")

N = "040-it-cronaca-roccaraso-stazione-sciistica.txt"
D(N, """
Roccaraso, boom di turisti cinesi sulle piste. Soccorso in quota per una sciatrice

ROCCARASO (L'Aquila) – Non era mai successo: domenica oltre trecento turisti cinesi, arrivati in pullman da Roma e da Napoli, hanno affollato gli impianti della stazione sciistica dell'Aremogna. Molti mettevano gli sci per la prima volta.

«Abbiamo organizzato lezioni con maestri che parlano un po' di mandarino», racconta il direttore della scuola di sci. L'iniziativa nasce da un accordo tra il consorzio degli impianti e un tour operator di Shanghai, firmato a novembre, che prevede pacchetti settimanali fino a marzo.

Nel pomeriggio una sciatrice di 24 anni, originaria di Chengdu, è caduta su una pista rossa riportando una sospetta frattura al polso. È stata soccorsa dagli agenti della polizia di Stato del servizio di sicurezza in montagna e trasportata all'ospedale di Castel di Sangro.

I carabinieri della stazione di Roccaraso hanno invece gestito il traffico sulla statale, rimasta bloccata per quasi due ore. Il sindaco parla di «un successo da gestire meglio»: per il prossimo fine settimana sono previsti parcheggi aggiuntivi e un servizio navetta dalla stazione ferroviaria di Castel di Sangro.
""")
