"""check19 part A, Italian documents 018-020."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- 018
T018 = """Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione. [Accetta] [Rifiuta]

ANSA.it › Piemonte › Cronaca

'Stazione di polizia' cinese a Vercelli, perquisizioni della Digos

L'ufficio nascosto in un centro servizi. La Procura apre un fascicolo

Redazione ANSA VERCELLI 19 novembre 2026 16:48
Condividi · Stampa · Scrivi alla redazione

(ANSA) - VERCELLI, 19 NOV - Perquisizioni della Digos questa mattina a Vercelli in un centro servizi gestito da cittadini cinesi che, secondo gli investigatori, avrebbe svolto funzioni di polizia per conto di Pechino. La Procura ha aperto un fascicolo per esercizio abusivo di funzioni pubbliche; al momento non risultano indagati in stato di arresto.

Nella sede, due stanze al primo piano di una palazzina di corso Libertà, venivano sbrigate pratiche per il rinnovo della patente cinese e per le deleghe notarili. Dagli accertamenti sarebbe però emerso che la sede era collegata, almeno dal 2022, all'Ufficio di pubblica sicurezza di Yidu, nella provincia cinese dell'Hubei, da cui proviene buona parte della comunità cinese della zona, impiegata nelle risaie e nel tessile.

FOTO: Agenti della Digos davanti alla palazzina di corso Libertà (ANSA)

Un operaio di una ditta di confezioni avrebbe raccontato agli inquirenti di essere stato convocato più volte nella sede e invitato a "tornare in Cina per chiarire la sua posizione". L'uomo è rimasto in Italia.

LEGGI ANCHE
Risaie, annata record per il Carnaroli
Torino, la comunità cinese festeggia il capodanno lunare

Secondo un rapporto di un'organizzazione per i diritti umani, che gli investigatori hanno acquisito agli atti, di strutture analoghe ce ne sarebbero almeno tre tra Piemonte e Lombardia. Una si troverebbe a Legnano, nell'hinterland milanese, e farebbe capo alla polizia di Linxiang, nello Hunan.

L'ambasciata cinese a Roma ha respinto le accuse, definendole "una montatura": si tratterebbe di punti di assistenza gestiti da volontari per aiutare i connazionali anziani a rinnovare la patente di guida.

(ANSA).

RIPRODUZIONE RISERVATA © Copyright ANSA
"""

DOCS.append({"name": "018-it-ansa-vercelli-legnano-yidu-linxiang.txt", "text": T018, "facts": [
    R("IT", "investigation", "Perquisizioni della Digos questa mattina a Vercelli in un centro servizi gestito da cittadini cinesi", place="Vercelli"),
    S("IT", "Vercelli", "a Vercelli in un centro servizi gestito da cittadini cinesi che, secondo gli investigatori, avrebbe svolto funzioni di polizia per conto di Pechino", claimant="Italian investigators"),
    R("IT", "investigation", "La Procura ha aperto un fascicolo per esercizio abusivo di funzioni pubbliche", place="Vercelli"),
    R("IT", "arrest", "al momento non risultano indagati in stato di arresto", pol="denied", opt=True),
    S("IT", "Vercelli", "la sede era collegata, almeno dal 2022, all'Ufficio di pubblica sicurezza di Yidu, nella provincia cinese dell'Hubei", operator="Yidu", operator_alt=["Yichang"], date="2022", claimant="Italian investigators"),
    I("IT", "persuasion", "di essere stato convocato più volte nella sede e invitato a \"tornare in Cina per chiarire la sua posizione\". L'uomo è rimasto in Italia.", place="Vercelli"),
    C("stations", 3, "IT", "di strutture analoghe ce ne sarebbero almeno tre tra Piemonte e Lombardia", claimant="human rights organisation"),
    S("IT", "Legnano", "Una si troverebbe a Legnano, nell'hinterland milanese, e farebbe capo alla polizia di Linxiang, nello Hunan.", operator="Linxiang", operator_alt=["Yueyang"], claimant="human rights organisation"),
    D("CN", "si tratterebbe di punti di assistenza gestiti da volontari per aiutare i connazionali anziani a rinnovare la patente di guida", claimant="PRC Embassy in Italy"),
]})

# ---------------------------------------------------------------- 019
P019 = """Camera dei Deputati — 714 — Allegato B ai resoconti — Seduta del 26 novembre 2026

RISPOSTA SCRITTA PUBBLICATA GIOVEDÌ 26 NOVEMBRE 2026 ALL'INTERROGAZIONE 4-03812

INTERROGAZIONE. — Al Ministro dell'interno. — Per sapere — premesso che:

secondo quanto riportato da organi di stampa, a Faenza, in un locale adibito ad associazione culturale, sarebbe attivo dal 2021 un cosiddetto "centro di servizio" ricon~duci~bile all'Ufficio di pubblica sicurezza della città di Jinshi, nella provincia cinese dello Hunan;

un'analoga struttura sarebbe presente a Imperia e farebbe capo alla polizia di Wugang;

quali iniziative il Ministro intenda assumere e se non ritenga di disporre la chiusura di tali strutture. (4-03812)

RISPOSTA. — In merito a quanto segnalato dall'interro~gante, si rappresenta che la Digos della Questura di Ravenna ha svolto appro~fonditi accerta~menti presso il locale di Faenza, anche mediante l'acquisizione di docu~menta~zione. All'esito, non sono emersi elementi di rilevanza penale, né sono state riscontrate attività riconducibili all'esercizio di funzioni di polizia da parte di soggetti stranieri.

Quanto alla struttura di Imperia, dagli accertamenti effettuati dalla Questura competente risulta che essa ha cessato l'attività nel mese di agosto 2026, su iniziativa dei suoi stessi gestori.

Si fa presente, inoltre, che il Ministero degli affari esteri e della cooperazione internazionale ha convocato, il 3 ottobre 2026, il Ministro consigliere dell'Amba~sciata della Repubblica popolare cinese, al quale è stata rappre~sentata la ferma contra~rietà del Governo a qualsiasi attività di polizia straniera non autorizzata sul territorio nazionale.

Si ricorda infine che le pattuglie congiunte italo-cinesi, svolte in alcune città turistiche tra il 2016 e il 2019 sulla base di un memorandum tra i due Ministeri, non sono state più rinnovate.

Il Sottosegretario di Stato per l'interno."""
T019 = wrap_hy(P019, 70)

DOCS.append({"name": "019-it-risposta-scritta-allegato-b-faenza-imperia-jinshi-wugang.txt", "text": T019, "facts": [
    S("IT", "Faenza", "a Faenza, in un locale adibito ad associazione culturale, sarebbe attivo dal 2021 un cosiddetto \"centro di servizio\" riconducibile all'Ufficio di pubblica sicurezza della città di Jinshi", operator="Jinshi", operator_alt=["Changde"], date="2021", claimant="press"),
    S("IT", "Imperia", "un'analoga struttura sarebbe presente a Imperia e farebbe capo alla polizia di Wugang", operator="Wugang", operator_alt=["Shaoyang"], claimant="press"),
    R("IT", "investigation", "la Digos della Questura di Ravenna ha svolto approfonditi accertamenti presso il locale di Faenza", place="Faenza", claimant="Italian Ministry of the Interior"),
    R("IT", "no_wrongdoing_found", "non sono emersi elementi di rilevanza penale", place="Faenza", claimant="Italian Ministry of the Interior"),
    R("IT", "closure", "essa ha cessato l'attività nel mese di agosto 2026, su iniziativa dei suoi stessi gestori", opt=True, place="Imperia", date="2026-08"),
    R("IT", "protest", "ha convocato, il 3 ottobre 2026, il Ministro consigliere dell'Ambasciata della Repubblica popolare cinese", date="2026-10-03", claimant="Italian Ministry of the Interior"),
    A("IT", "joint_patrol", "le pattuglie congiunte italo-cinesi, svolte in alcune città turistiche tra il 2016 e il 2019", date="2016", claimant="Italian Ministry of the Interior"),
    A("IT", "security_agreement", "sulla base di un memorandum tra i due Ministeri", opt=True),
]})

# ---------------------------------------------------------------- 020
T020 = """LA LUNGA MANO — podcast di approfondimento internazionale
Episodio 62: "Un ufficio in via Cialdini" — trascrizione automatica rivista

[00:00] [sigla]

[00:18] CONDUTTRICE: Bentornati. Oggi parliamo di Barletta, in Puglia. Di una sede che, sulla carta, aiuta i cinesi della zona con le pratiche. E che secondo un rapporto pubblicato a ottobre sarebbe altro. Con me c'è un giornalista che ci ha lavorato per mesi. Ciao.

[00:31] OSPITE: Ciao, grazie dell'invito.

[00:33] CONDUTTRICE: Partiamo dall'inizio. Che cosa sono queste "stazioni"?

[00:36] OSPITE: In generale, sono uffici che le polizie di alcune città cinesi aprono all'estero, spesso dentro associazioni. Ufficialmente fanno servizi: patenti, certificati. Chi le studia dice che servono anche a tenere d'occhio la diaspora. Questo in generale, eh, non parlo ancora di Barletta.

[01:02] CONDUTTRICE: E quante sono?

[01:04] OSPITE: Il censimento più citato ne conta centodue, in cinquantatré paesi. Poi c'è chi dice "più di cento" e basta, ma la cifra è quella.

[01:15] CONDUTTRICE: Veniamo a Barletta.

[01:17] OSPITE: La sede è in via Cialdini, sopra un negozio di abbigliamento. Il rapporto la collega all'Ufficio di pubblica sicurezza di Bazhong, una città del Sichuan. E ho parlato con uno studente, iscritto al Politecnico di Bari, che da lì è stato chiamato tre volte: gli chiedevano di rientrare in Cina. Lui è rimasto qui. Però suo padre, a Bazhong, ha ricevuto una visita della polizia locale che gli ha detto, testuale, "tuo figlio deve capire".

[02:05] CONDUTTRICE: E la Questura?

[02:07] OSPITE: La Questura di Barletta-Andria-Trani ha avviato delle verifiche a novembre. Per ora nessuno è indagato.

[02:15] CONDUTTRICE: Ci sono altre sedi al Sud?

[02:18] OSPITE: Il rapporto segnala anche Matera, collegata a Guang'an, sempre nel Sichuan. Lì però non sono riuscito a verificare nulla.

[02:30] [pausa pubblicitaria]

[03:10] CONDUTTRICE: Come si sono comportati gli altri Paesi europei?

[03:13] OSPITE: Molto diversamente. I Paesi Bassi e l'Irlanda le hanno fatte chiudere già nel 2022. Da noi si è andati più piano.

[03:22] CONDUTTRICE: E se domani la Procura trovasse prove? Che cosa succederebbe?

[03:26] OSPITE: Se, se. È un'ipotesi. Vedremo.

[03:30] CONDUTTRICE: L'ambasciata che cosa dice?

[03:32] OSPITE: Ha sempre detto che si tratta di volontari che aiutano gli anziani con la patente, e che le "stazioni di polizia" non esistono.

[03:40] [sigla di chiusura]
"""

DOCS.append({"name": "020-it-podcast-trascrizione-barletta-matera-bazhong-guangan.txt", "text": T020, "facts": [
    C("stations", 102, None, "Il censimento più citato ne conta centodue, in cinquantatré paesi."),
    C("countries", 53, None, "Il censimento più citato ne conta centodue, in cinquantatré paesi."),
    C("stations", 100, None, "Poi c'è chi dice \"più di cento\" e basta", opt=True),
    S("IT", "Barletta", "La sede è in via Cialdini, sopra un negozio di abbigliamento. Il rapporto la collega all'Ufficio di pubblica sicurezza di Bazhong, una città del Sichuan.", operator="Bazhong", claimant="report"),
    I("IT", "persuasion", "da lì è stato chiamato tre volte: gli chiedevano di rientrare in Cina. Lui è rimasto qui.", place="Barletta", claimant="journalist"),
    I("IT", "harassment", "suo padre, a Bazhong, ha ricevuto una visita della polizia locale", opt=True, place="Barletta", claimant="journalist", note="relative inside a persuasion case"),
    R("IT", "investigation", "La Questura di Barletta-Andria-Trani ha avviato delle verifiche a novembre.", place="Barletta"),
    S("IT", "Matera", "Il rapporto segnala anche Matera, collegata a Guang'an, sempre nel Sichuan.", operator="Guang'an", operator_alt=["Guangan"], claimant="report"),
    R("NL", "closure", "I Paesi Bassi e l'Irlanda le hanno fatte chiudere già nel 2022.", date="2022"),
    R("IE", "closure", "I Paesi Bassi e l'Irlanda le hanno fatte chiudere già nel 2022.", date="2022"),
    S("NL", None, "I Paesi Bassi e l'Irlanda le hanno fatte chiudere già nel 2022.", opt=True),
    S("IE", None, "I Paesi Bassi e l'Irlanda le hanno fatte chiudere già nel 2022.", opt=True),
    D("CN", "Ha sempre detto che si tratta di volontari che aiutano gli anziani con la patente, e che le \"stazioni di polizia\" non esistono.", claimant="PRC Embassy in Italy"),
]})
