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
