"""check23 part A, Italian documents 018-020."""
from h import S, C, R, I, D, A, wrap_hy, soft

DOCS = []

# ---------------------------------------------------------------- 018
T018_raw = """TRIBUNALE DI MONZA
Ufficio del Giudice per le indagini preliminari
N. 4471/25 R.G.N.R. — N. 3120/25 R.G. GIP

ORDINANZA APPLICATIVA DI MISURE CAUTELARI PERSONALI E REALI
(artt. 272 ss. e 321 c.p.p.)

Il Giudice per le indagini preliminari, letta la richiesta del Pubblico Ministero depositata il 2 ottobre 2025, letti gli atti,

OSSERVA

1. Il procedimento trae origine da una segnalazione della DIGOS della Questura di Monza e della Brianza relativa all'attività di un'associazione culturale con sede in un locale al piano terra di via Cavour a Seregno. In data 18 settembre 2025 gli operanti hanno eseguito presso il locale una perquisizione delegata dal Pubblico Ministero, sequestrando timbri, registri e due computer portatili.

2. Dagli atti emergono gravi indizi del fatto che il locale di Seregno fungesse, almeno dal 2023, da «stazione di servizio» all'estero dell'Ufficio di pubblica sicurezza del distretto di Linping della città di Hangzhou. In tal senso depongono la corrispondenza rinvenuta, recante l'intestazione di quell'ufficio, e le dichiarazioni di due persone informate sui fatti.

3. Nei registri sequestrati sono annotati i nominativi, gli indirizzi e i datori di lavoro di circa trentacinque lavoratori cinesi residenti in Brianza, con note sulle rispettive famiglie in Cina.

4. Una operaia di un laboratorio tessile di Lissone, sentita come persona offesa, ha riferito di essere stata più volte convocata nel locale nel corso del 2024 e sollecitata a rientrare in Cina per «chiarire la sua posizione». Ella ha rifiutato e si trova tuttora in Italia. Ha aggiunto che nello stesso periodo i genitori, a Hangzhou, hanno ricevuto la visita di agenti di polizia.

5. Secondo la prospettazione accusatoria, un secondo recapito sarebbe stato attivo a Desio e farebbe capo all'Ufficio di pubblica sicurezza del distretto di Haishu (Ningbo). Allo stato gli elementi raccolti su tale recapito non raggiungono la soglia dei gravi indizi.

6. Sussistono esigenze cautelari di cui all'art. 274 lett. a) e c) c.p.p.

P.Q.M.

applica all'indagato L. W. la misura cautelare degli arresti domiciliari;
dispone il sequestro preventivo del locale di via Cavour in Seregno;
manda alla Cancelleria per gli adempimenti.

Monza, 9 ottobre 2025
Il Giudice per le indagini preliminari

Pagina 1 di 6 — Tribunale di Monza — Sezione GIP/GUP"""
T018 = wrap_hy(soft(T018_raw), 86)
DOCS.append(dict(name="018-it-ordinanza-gip-seregno-desio-linping-haishu.txt", text=T018, facts=[
    R("IT", "investigation", "gli operanti hanno eseguito presso il locale una perquisizione delegata dal Pubblico Ministero",
      place="Seregno", claimant="Tribunale di Monza", date="2025-09-18"),
    S("IT", "Seregno", "Dagli atti emergono gravi indizi del fatto che il locale di Seregno fungesse, almeno dal 2023, da «stazione di servizio» all'estero dell'Ufficio di pubblica sicurezza del distretto di Linping della città di Hangzhou.",
      operator="Linping", operator_alt=["Hangzhou"], claimant="Tribunale di Monza", date="2023",
      note="ground-floor premises on via Cavour"),
    I("IT", "surveillance", "Nei registri sequestrati sono annotati i nominativi, gli indirizzi e i datori di lavoro di circa trentacinque lavoratori cinesi residenti in Brianza",
      place="Seregno", claimant="Tribunale di Monza"),
    I("IT", "persuasion", "sollecitata a rientrare in Cina per «chiarire la sua posizione». Ella ha rifiutato e si trova tuttora in Italia.",
      place="Seregno", claimant="Tribunale di Monza", date="2024"),
    I("IT", "harassment", "nello stesso periodo i genitori, a Hangzhou, hanno ricevuto la visita di agenti di polizia", opt=True,
      claimant="Tribunale di Monza"),
    S("IT", "Desio", "Secondo la prospettazione accusatoria, un secondo recapito sarebbe stato attivo a Desio e farebbe capo all'Ufficio di pubblica sicurezza del distretto di Haishu (Ningbo).",
      operator="Haishu", operator_alt=["Ningbo"], claimant="Procura della Repubblica di Monza"),
    R("IT", "arrest", "applica all'indagato L. W. la misura cautelare degli arresti domiciliari", claimant="Tribunale di Monza",
      date="2025-10-09"),
    R("IT", "closure", "dispone il sequestro preventivo del locale di via Cavour in Seregno", place="Seregno",
      claimant="Tribunale di Monza", date="2025-10-09"),
]))

# ---------------------------------------------------------------- 019
T019 = """IL FILO — il podcast di cronaca dal Centro Italia
Episodio 87: «La stanza sopra la pasticceria»
Trascrizione automatica rivista dalla redazione

[00:00] [Sigla]

[00:14] CONDUTTRICE: Benvenuti a Il Filo. Oggi parliamo di Sulmona, della sua comunità cinese e di una stanza al primo piano di un palazzo di corso Ovidio. Con me c'è il nostro inviato in Abruzzo. Ciao.

[00:25] INVIATO: Ciao a tutti.

[00:27] CONDUTTRICE: Partiamo dai fatti.

[00:29] INVIATO: Il 14 ottobre la Digos dell'Aquila ha perquisito quella stanza, sopra una pasticceria. La Procura della Repubblica di Sulmona ha aperto un fascicolo per esercizio arbitrario di funzioni pubbliche da parte di uno Stato estero. Nessuno è stato arrestato, almeno per ora.

[00:48] CONDUTTRICE: E che cosa c'era in quella stanza?

[00:51] INVIATO: Secondo Safeguard Defenders sarebbe una delle cosiddette «stazioni di polizia d'oltremare». E farebbe capo all'Ufficio di pubblica sicurezza del distretto di Yuecheng, città di Shaoxing, nello Zhejiang. Molti dei cinesi di Sulmona, in effetti, vengono proprio da lì: lavorano nei laboratori di confezioni della Valle Peligna.

[01:15] CONDUTTRICE: Tu hai parlato con una di queste persone.

[01:18] INVIATO: Sì, una donna che lavora in un laboratorio tessile. Mi ha raccontato che l'anno scorso è stata convocata più volte in quella stanza e che le hanno chiesto di tornare in Cina per «sistemare una faccenda» con la polizia. Lei alla fine è partita da sola, a proprie spese, ed è tornata a Sulmona dopo due mesi.

[01:40] [Pausa pubblicitaria — «Confetti artigianali dal 1890»]

[02:05] CONDUTTRICE: Siamo tornati. I numeri: di quante sedi parliamo?

[02:09] INVIATO: Safeguard Defenders ne ha contate centodue in cinquantatré Paesi. In Abruzzo, secondo l'organizzazione, sono due: quella di Sulmona e una ad Avezzano, che sarebbe collegata al distretto di Qujiang, nella città di Quzhou. La questura dell'Aquila però dice di non avere riscontri su Avezzano.

[02:30] CONDUTTRICE: Ricordiamo che tra il 2016 e il 2019 agenti cinesi hanno fatto pattuglie congiunte con la nostra polizia in alcune città d'arte, sulla base di un memorandum firmato nel 2015.

[02:41] INVIATO: Esatto, ma quelle erano pattuglie dichiarate e concordate tra i due governi. Qui parliamo di tutt'altro.

[02:48] CONDUTTRICE: Il governo come ha reagito?

[02:50] INVIATO: La Farnesina ha convocato l'ambasciatore cinese martedì. L'ambasciata ha risposto con una nota: in Italia non esistono stazioni di polizia cinesi, e quelle stanze sarebbero punti di assistenza dove volontari aiutano i connazionali anziani a rinnovare la patente.

[03:10] CONDUTTRICE: E se la Procura accertasse che era davvero un ufficio di polizia?

[03:14] INVIATO: Allora si aprirebbe un caso diplomatico molto serio. Ma siamo ancora all'inizio.

[03:20] CONDUTTRICE: Grazie. Alla prossima puntata de Il Filo.

[03:24] [Sigla di chiusura]
"""
DOCS.append(dict(name="019-it-podcast-trascrizione-sulmona-avezzano-yuecheng-qujiang.txt", text=T019, facts=[
    R("IT", "investigation", "Il 14 ottobre la Digos dell'Aquila ha perquisito quella stanza, sopra una pasticceria.", place="Sulmona",
      date="2025-10-14"),
    R("IT", "investigation", "La Procura della Repubblica di Sulmona ha aperto un fascicolo", place="Sulmona"),
    R("IT", "arrest", "Nessuno è stato arrestato, almeno per ora.", pol="denied", opt=True),
    S("IT", "Sulmona", "Secondo Safeguard Defenders sarebbe una delle cosiddette «stazioni di polizia d'oltremare». E farebbe capo all'Ufficio di pubblica sicurezza del distretto di Yuecheng, città di Shaoxing, nello Zhejiang.",
      operator="Yuecheng", operator_alt=["Shaoxing"], claimant="Safeguard Defenders", note="a room above a pastry shop on corso Ovidio"),
    I("IT", "persuasion", "le hanno chiesto di tornare in Cina per «sistemare una faccenda» con la polizia. Lei alla fine è partita da sola, a proprie spese",
      place="Sulmona", claimant="a textile worker in Sulmona"),
    C("stations", 102, None, "Safeguard Defenders ne ha contate centodue in cinquantatré Paesi.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Safeguard Defenders ne ha contate centodue in cinquantatré Paesi.", claimant="Safeguard Defenders"),
    C("stations", 2, "IT", "In Abruzzo, secondo l'organizzazione, sono due", claimant="Safeguard Defenders", note="scoped to Abruzzo"),
    S("IT", "Avezzano", "una ad Avezzano, che sarebbe collegata al distretto di Qujiang, nella città di Quzhou",
      operator="Qujiang", operator_alt=["Quzhou"], claimant="Safeguard Defenders"),
    S("IT", "Avezzano", "La questura dell'Aquila però dice di non avere riscontri su Avezzano.", claimant="Questura dell'Aquila",
      pol="denied", opt=True),
    A("IT", "joint_patrol", "tra il 2016 e il 2019 agenti cinesi hanno fatto pattuglie congiunte con la nostra polizia in alcune città d'arte",
      date="2016"),
    A("IT", "security_agreement", "sulla base di un memorandum firmato nel 2015", date="2015"),
    R("IT", "protest", "La Farnesina ha convocato l'ambasciatore cinese martedì.", claimant="Italian Ministry of Foreign Affairs"),
    D("CN", "L'ambasciata ha risposto con una nota: in Italia non esistono stazioni di polizia cinesi", claimant="PRC Embassy in Italy"),
    S("IT", None, "in Italia non esistono stazioni di polizia cinesi", claimant="PRC Embassy in Italy", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 020 (irrelevant)
T020 = """Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie.

CRONACA LOCALE | Campi Bisenzio

Apre il presidio fisso della polizia municipale in via Barberinese. Festa per il Capodanno cinese

di Redazione　|　1 febbraio 2025　|　Lettura: 3 minuti

Condividi: Facebook | X | WhatsApp

È stato inaugurato ieri mattina il nuovo presidio fisso della polizia municipale in via Barberinese, nella zona dei capannoni dove lavorano molte aziende di confezioni a conduzione cinese. Il vecchio ufficio di piazza Dante, aperto solo due mattine a settimana, è stato chiuso.

Il presidio sarà aperto sei giorni su sette. «Era una richiesta che arrivava da tempo sia dai residenti sia dai titolari delle aziende», ha detto l'assessora alla sicurezza. Da gennaio vigili urbani e carabinieri svolgono anche pattuglie miste nel fine settimana, come previsto dal protocollo d'intesa firmato in prefettura a dicembre.

Nel 2024 la polizia municipale ha effettuato nella zona centodue controlli su cantieri e capannoni ed elevato 53 sanzioni, soprattutto per violazioni edilizie e del codice della strada.

All'inaugurazione ha partecipato anche la comunità cinese, con una danza del leone per il Capodanno. L'associazione dei commercianti ha distribuito un opuscolo in cinese e in italiano su come convertire la patente straniera.

LEGGI ANCHE: Tramvia, i lavori slittano a marzo

© Riproduzione riservata
"""
DOCS.append(dict(name="020-it-cronaca-locale-presidio-polizia-municipale-campi-bisenzio.txt", text=T020, facts=[]))
