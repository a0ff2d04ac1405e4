from h import S, C, R, I, A, D, W  # noqa: F401

DOCS = []

# 044 it hearing minutes
DOCS.append(dict(name="044-it-audizione-agrigento-potenza-dali-lincang.txt", text="""
CAMERA DEI DEPUTATI — COMITATO PARLAMENTARE DI CONTROLLO SULL'ATTUAZIONE DELL'ACCORDO DI SCHENGEN
Resoconto stenografico — Seduta di mercoledì 15 aprile 2026

Audizione del Direttore centrale della polizia di prevenzione

La seduta comincia alle 14.05.

PRESIDENTE. Ringrazio il Direttore per la disponibilità. Ha facoltà di parlare.

DIRETTORE CENTRALE. Grazie, presidente. Le segnalazioni che abbiamo approfondito negli ultimi dodici mesi riguardano due realtà, una in Sicilia e una in Basilicata. Ad Agrigento un'associazione di commercianti ospitava, secondo le nostre risultanze, uno sportello collegato all'Ufficio di pubblica sicurezza di Dali, nello Yunnan. A Potenza la sede di un circolo culturale è stata indicata da fonti aperte come riconducibile agli uffici di Lincang.

Ad Agrigento la Digos, su delega della Procura, ha eseguito una perquisizione nel novembre scorso. Abbiamo accertato che da quello sportello era stata contattata più volte una studentessa dell'università di Palermo, invitata a rientrare in Cina; la ragazza è rimasta in Italia. Su Potenza, gli accertamenti non hanno fatto emergere elementi di rilevanza penale.

ON. DEPUTATA. Direttore, se si accertasse che queste sedi agiscono per conto di una polizia straniera, il Governo le chiuderebbe?

DIRETTORE CENTRALE. Non posso rispondere a un'ipotesi. Posso dire che al momento nessuno risulta indagato in stato di arresto.

ON. DEPUTATO. L'ambasciata cinese ha parlato di semplici uffici di assistenza.

DIRETTORE CENTRALE. È quanto l'ambasciata ci ha comunicato: si tratterebbe di servizi di volontariato per il rinnovo delle patenti di guida, senza alcun legame con la polizia cinese.

La seduta termina alle 15.20.
""", facts=[
    C("stations", 2, "IT", "riguardano due realtà, una in Sicilia e una in Basilicata", claimant="Direttore centrale della polizia di prevenzione"),
    S("IT", "Agrigento", "Ad Agrigento un'associazione di commercianti ospitava, secondo le nostre risultanze, uno sportello collegato all'Ufficio di pubblica sicurezza di Dali, nello Yunnan",
      operator="Dali", claimant="Direttore centrale della polizia di prevenzione"),
    S("IT", "Potenza", "A Potenza la sede di un circolo culturale è stata indicata da fonti aperte come riconducibile agli uffici di Lincang", operator="Lincang", claimant="fonti aperte"),
    R("IT", "investigation", "Ad Agrigento la Digos, su delega della Procura, ha eseguito una perquisizione nel novembre scorso", place="Agrigento"),
    I("IT", "persuasion", "da quello sportello era stata contattata più volte una studentessa dell'università di Palermo, invitata a rientrare in Cina", place="Agrigento"),
    R("IT", "no_wrongdoing_found", "Su Potenza, gli accertamenti non hanno fatto emergere elementi di rilevanza penale", place="Potenza"),
    R("IT", "arrest", "nessuno risulta indagato in stato di arresto", pol="denied", opt=True),
    D("CN", "si tratterebbe di servizi di volontariato per il rinnovo delle patenti di guida, senza alcun legame con la polizia cinese", claimant="ambasciata cinese"),
]))

# 045 it wire, L'Aquila
DOCS.append(dict(name="045-it-ansa-laquila-anning.txt", text="""
ANSA.it › Abruzzo › Cronaca

Questo sito utilizza cookie tecnici e di profilazione. [OK]

'Stazione di polizia cinese' all'Aquila, due arresti

Il gip ha disposto i domiciliari. La sede, in un ex negozio, posta sotto sequestro

(ANSA) - L'AQUILA, 02 GIU - Due cittadini cinesi, di 44 e 51 anni, sono stati arrestati dalla polizia all'Aquila con l'accusa di aver gestito una "stazione di polizia" clandestina per conto delle autorità di Pechino. La sede, un ex negozio di abbigliamento nella zona di Pettino, è stata posta sotto sequestro.

[Foto: La serranda abbassata della sede sequestrata. ANSA]

Secondo la Procura, la struttura faceva capo all'Ufficio di pubblica sicurezza di Anning, città della provincia dello Yunnan, e sarebbe stata usata per "controllare" i connazionali residenti in Abruzzo: fotografie scattate durante le riunioni di un'associazione di fedeli, elenchi di nomi inviati in Cina.

"Una vera e propria attività di sorveglianza", ha detto il procuratore.

LEGGI ANCHE: Terremoto, la ricostruzione del centro storico all'80%

Dall'inchiesta emerge anche il caso di un operaio edile che, dopo ripetute telefonate, nel 2024 avrebbe accettato di rientrare in Cina.

"Una vera e propria attività di sorveglianza"

L'ambasciata cinese, interpellata, ha ribadito che in Italia "non esistono stazioni di polizia cinesi" e che si tratta di "centri di assistenza gestiti da volontari".

RIPRODUZIONE RISERVATA © Copyright ANSA
""", facts=[
    S("IT", "L'Aquila", "sono stati arrestati dalla polizia all'Aquila con l'accusa di aver gestito una \"stazione di polizia\" clandestina per conto delle autorità di Pechino",
      place_alt="L Aquila"),
    S("IT", "L'Aquila", "la struttura faceva capo all'Ufficio di pubblica sicurezza di Anning, città della provincia dello Yunnan", operator="Anning",
      operator_alt="Kunming", claimant="Procura", place_alt="L Aquila"),
    R("IT", "arrest", "Due cittadini cinesi, di 44 e 51 anni, sono stati arrestati dalla polizia all'Aquila", place="L'Aquila", date="2026-06-02"),
    R("IT", "closure", "La sede, un ex negozio di abbigliamento nella zona di Pettino, è stata posta sotto sequestro", place="L'Aquila"),
    I("IT", "surveillance", "sarebbe stata usata per \"controllare\" i connazionali residenti in Abruzzo: fotografie scattate durante le riunioni di un'associazione di fedeli, elenchi di nomi inviati in Cina",
      place="L'Aquila", claimant="Procura"),
    I("IT", "persuasion", "un operaio edile che, dopo ripetute telefonate, nel 2024 avrebbe accettato di rientrare in Cina", claimant="Procura", date="2024"),
    D("CN", "in Italia \"non esistono stazioni di polizia cinesi\" e che si tratta di \"centri di assistenza gestiti da volontari\"", claimant="ambasciata cinese"),
    S("IT", None, "in Italia \"non esistono stazioni di polizia cinesi\"", pol="denied", claimant="ambasciata cinese", opt=True),
]))

# 046 it NGO report excerpt with table, wrapped
DOCS.append(dict(name="046-it-rapporto-ong-massa-sondrio-mangshi-panzhou.txt", text=W("""
Osservatorio Diaspore e Diritti — Rapporto annuale 2026                          pag. 23

3.2 Le sedi in Italia

Nel periodo considerato abbiamo documentato in Italia tre sedi attive o recentemente attive¹, di cui due con un collegamento verificabile a un ufficio di polizia della Repubblica popolare. Le altre segnalazioni raccolte in Europa riguardano Austria, Slovenia e Croazia, per le quali non disponiamo di indirizzi.

Tabella 4 — Sedi documentate (Italia)

| Città   | Copertura             | Ufficio collegato       | Dal  |
|---------|-----------------------|-------------------------|------|
| Massa   | associazione tessile  | PSB di Mangshi (Dehong) | 2022 |
| Sondrio | agenzia di servizi    | PSB di Panzhou          | 2023 |
| (terza) | non divulgata         | non accertato           | —    |

A Massa, secondo due testimonianze raccolte, i frequentatori della sede venivano fotografati e i loro dati trasmessi in patria². A Sondrio un giovane lavoratore è stato invitato a "tornare a casa per chiarire" una vecchia lite; ha rifiutato. Le autorità italiane, a quanto ci risulta, non hanno avviato alcuna indagine sulle due sedi³.

¹ Sedi attive almeno sei mesi nel periodo 2022-2025.
² Testimonianze del 12 e 19 febbraio 2026.
³ Richiesta di accesso agli atti del 3 marzo 2026, senza risposta.

Osservatorio Diaspore e Diritti                                                   23
""", width=90), facts=[
    C("stations", 3, "IT", "abbiamo documentato in Italia tre sedi attive o recentemente attive", claimant="Osservatorio Diaspore e Diritti"),
    C("stations", 2, "IT", "di cui due con un collegamento verificabile", claimant="Osservatorio Diaspore e Diritti", opt=True, note="subset"),
    S("AT", None, "Le altre segnalazioni raccolte in Europa riguardano Austria, Slovenia e Croazia", claimant="Osservatorio Diaspore e Diritti", opt=True),
    S("SI", None, "Le altre segnalazioni raccolte in Europa riguardano Austria, Slovenia e Croazia", claimant="Osservatorio Diaspore e Diritti", opt=True),
    S("HR", None, "Le altre segnalazioni raccolte in Europa riguardano Austria, Slovenia e Croazia", claimant="Osservatorio Diaspore e Diritti", opt=True),
    S("IT", "Massa", "| Massa   | associazione tessile  | PSB di Mangshi (Dehong) | 2022 |", operator="Mangshi", operator_alt="Dehong",
      claimant="Osservatorio Diaspore e Diritti", date="2022"),
    S("IT", "Sondrio", "| Sondrio | agenzia di servizi    | PSB di Panzhou          | 2023 |", operator="Panzhou", operator_alt="Liupanshui",
      claimant="Osservatorio Diaspore e Diritti", date="2023"),
    I("IT", "surveillance", "A Massa, secondo due testimonianze raccolte, i frequentatori della sede venivano fotografati e i loro dati trasmessi in patria", place="Massa",
      claimant="Osservatorio Diaspore e Diritti"),
    I("IT", "persuasion", "A Sondrio un giovane lavoratore è stato invitato a \"tornare a casa per chiarire\" una vecchia lite", place="Sondrio",
      claimant="Osservatorio Diaspore e Diritti"),
    R("IT", "investigation", "Le autorità italiane, a quanto ci risulta, non hanno avviato alcuna indagine sulle due sedi", pol="denied",
      claimant="Osservatorio Diaspore e Diritti"),
]))
