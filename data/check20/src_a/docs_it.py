"""check20 part A, Italian documents 018-020."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 018
T018 = """Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie. [OK]

ANSA.it > Lombardia > Cronaca

Voghera, perquisita sede di un'associazione: "era un presidio della polizia cinese"

Indagine della Procura di Pavia. L'ambasciata: "Solo volontari"

(ANSA) - PAVIA, 21 GEN - I carabinieri del Ros hanno perquisito ieri la sede di un'associazione culturale sino-italiana a Voghera che, secondo gli inquirenti, sarebbe stata utilizzata come presidio non dichiarato della polizia cinese. La Procura di Pavia ha aperto un fascicolo per esercizio arbitrario di funzioni pubbliche per conto di uno Stato estero. Al momento non risultano persone arrestate.

Condividi: Facebook | X | WhatsApp | Email

FOTO: I carabinieri davanti alla sede dell'associazione in via Emilia a Voghera (ANSA)

Dalle carte sequestrate emergerebbe che la struttura rispondeva all'Ufficio di pubblica sicurezza di Mengzhou, città-contea della provincia dello Henan.

Secondo quanto ricostruito, un'operaia di un'azienda tessile dell'Oltrepò sarebbe stata contattata più volte dai responsabili della sede, che l'avrebbero esortata a rientrare in Cina per "chiarire una posizione". La donna è rimasta in Italia.

LEGGI ANCHE: Oltrepò, vendemmia record per il Pinot nero

Secondo l'ong Safeguard Defenders, in Lombardia le sedi di questo tipo sarebbero almeno tre. Una si troverebbe a Gallarate e farebbe capo alla polizia di Yima, sempre nello Henan.

L'ambasciata cinese a Roma ha respinto le accuse parlando di "montatura": si tratterebbe di volontari che aiutano i connazionali anziani a rinnovare la patente e il passaporto. (ANSA).

RIPRODUZIONE RISERVATA © Copyright ANSA"""

F018 = [
    R("IT", "investigation", "I carabinieri del Ros hanno perquisito ieri la sede di un'associazione culturale sino-italiana a Voghera",
      place="Voghera"),
    S("IT", "Voghera", "la sede di un'associazione culturale sino-italiana a Voghera che, secondo gli inquirenti, sarebbe stata utilizzata come presidio non dichiarato della polizia cinese",
      claimant="investigators", note="site: via Emilia"),
    R("IT", "investigation", "La Procura di Pavia ha aperto un fascicolo per esercizio arbitrario di funzioni pubbliche per conto di uno Stato estero.",
      place="Voghera"),
    R("IT", "arrest", "Al momento non risultano persone arrestate.", pol="denied", opt=True),
    S("IT", "Voghera", "Dalle carte sequestrate emergerebbe che la struttura rispondeva all'Ufficio di pubblica sicurezza di Mengzhou",
      operator="Mengzhou", operator_alt=["Jiaozuo"], claimant="investigators"),
    I("IT", "persuasion", "un'operaia di un'azienda tessile dell'Oltrepò sarebbe stata contattata più volte dai responsabili della sede, che l'avrebbero esortata a rientrare in Cina",
      place="Voghera"),
    C("stations", 3, "IT", "in Lombardia le sedi di questo tipo sarebbero almeno tre", claimant=SD, note="scoped to Lombardy"),
    S("IT", "Gallarate", "Una si troverebbe a Gallarate e farebbe capo alla polizia di Yima, sempre nello Henan.",
      operator="Yima", operator_alt=["Sanmenxia"], claimant=SD),
    D("CN", "si tratterebbe di volontari che aiutano i connazionali anziani a rinnovare la patente e il passaporto",
      claimant="PRC Embassy in Italy"),
]

# ---------------------------------------------------------------- 019
T019_BODY = """Atti Parlamentari — Allegato B — Seduta del 12 marzo 2026    XIX LEGISLATURA

INTERNO

Interrogazione a risposta scritta 4-05127

Risposta. — Con l'atto di sindacato ispettivo in esame, l'interrogante premette che a Conegliano un'asso~ciazione di commer~cianti cinesi ospi~terebbe, in locali di via Cavour, una «stazione di polizia» ricon~duci~bile all'Ufficio di pubblica sicurezza di Huanren, nella provincia del Liaoning, e che un'analoga struttura sarebbe attiva a Thiene; chiede quali inizia~tive il Governo intenda assumere e se non ritenga di disporne la chiusura.

Al riguardo, si rappresenta quanto segue.

La Questura di Treviso, d'intesa con la Digos, ha svolto appro~fonditi accertamenti sull'associa~zione di Conegliano, anche mediante l'acqui~sizione di documenta~zione e l'audizione di alcuni frequen~tatori. Sulla vicenda è in corso un pro~cedi~mento presso la Procura della Repubblica di Treviso, coperto da segreto istrut~torio.

Dagli accertamenti è emerso che almeno due conna~zionali residenti nella provincia sono stati ripetu~tamente sollecitati da esponenti dell'associazione a fare rientro in Cina, con telefonate rivolte anche ai familiari in patria; uno di essi ha effettiva~mente lasciato l'Italia nel dicembre 2025.

Per quanto concerne Thiene, le verifiche condotte dalla Questura di Vicenza non hanno fatto emergere elementi di rilevanza penale. Fonti di stampa ricon~ducono la struttura all'Ufficio di pubblica sicurezza di Kuandian; tale circo~stanza non ha trovato riscontro.

Si fa presente, inoltre, che il Ministero degli affari esteri e della coope~razione internazionale ha convocato l'Ambasciatore della Repubblica popolare cinese il 2 febbraio 2026, rappre~sentando la ferma contra~rietà dell'Italia a qualsiasi attività di polizia straniera non autoriz~zata sul territorio nazionale.

Quanto alla richiesta di chiusura, essa rientra nelle valuta~zioni dell'Autorità giudiziaria.

Il Sottosegretario di Stato per l'interno.

XIX LEGISLATURA — ALLEGATO B — SEDUTA DEL 12 MARZO 2026              pag. 4127"""

T019 = wrap_hy(T019_BODY, 78)

F019 = [
    S("IT", "Conegliano", "a Conegliano un'associazione di commercianti cinesi ospiterebbe, in locali di via Cavour, una «stazione di polizia» riconducibile all'Ufficio di pubblica sicurezza di Huanren, nella provincia del Liaoning",
      operator="Huanren", operator_alt=["Benxi"], claimant="the questioner", note="site: via Cavour"),
    S("IT", "Thiene", "un'analoga struttura sarebbe attiva a Thiene", claimant="the questioner"),
    R("IT", "investigation", "La Questura di Treviso, d'intesa con la Digos, ha svolto approfonditi accertamenti sull'associazione di Conegliano",
      place="Conegliano", claimant="Undersecretary of the Interior"),
    R("IT", "investigation", "Sulla vicenda è in corso un procedimento presso la Procura della Repubblica di Treviso",
      place="Conegliano", claimant="Undersecretary of the Interior"),
    I("IT", "persuasion", "almeno due connazionali residenti nella provincia sono stati ripetutamente sollecitati da esponenti dell'associazione a fare rientro in Cina",
      place="Conegliano", claimant="Undersecretary of the Interior"),
    I("IT", "harassment", "con telefonate rivolte anche ai familiari in patria", opt=True,
      claimant="Undersecretary of the Interior"),
    C("returns", 1, "IT", "uno di essi ha effettivamente lasciato l'Italia nel dicembre 2025", opt=True,
      claimant="Undersecretary of the Interior"),
    R("IT", "investigation", "le verifiche condotte dalla Questura di Vicenza", place="Thiene",
      claimant="Undersecretary of the Interior"),
    R("IT", "no_wrongdoing_found", "Per quanto concerne Thiene, le verifiche condotte dalla Questura di Vicenza non hanno fatto emergere elementi di rilevanza penale.",
      place="Thiene", claimant="Undersecretary of the Interior"),
    S("IT", "Thiene", "Fonti di stampa riconducono la struttura all'Ufficio di pubblica sicurezza di Kuandian",
      operator="Kuandian", operator_alt=["Dandong"], claimant="press sources"),
    R("IT", "protest", "il Ministero degli affari esteri e della cooperazione internazionale ha convocato l'Ambasciatore della Repubblica popolare cinese il 2 febbraio 2026",
      date="2026-02-02", claimant="Undersecretary of the Interior"),
]

# ---------------------------------------------------------------- 020
T020 = """«LA LUNGA OMBRA» — podcast di inchiesta · Episodio 7: «Il porto e la piana»
Trascrizione integrale. Durata 38:12. Pubblicato il 3 novembre 2026.

[00:00] [sigla]

[00:21] CONDUTTRICE: Bentornati. Oggi siamo in Sicilia, tra Gela e Mazara del Vallo. Con noi c'è un cronista di giudiziaria che segue la vicenda da mesi. Benvenuto.

[00:35] OSPITE: Grazie a voi.

[00:38] CONDUTTRICE: Partiamo dall'inizio. Cos'è successo a Gela?

[00:42] OSPITE: A maggio la squadra mobile, su delega della Procura di Gela, ha perquisito un capannone nella zona industriale dove un'associazione di imprenditori cinesi aveva il suo «ufficio servizi». Per gli investigatori era, di fatto, un avamposto della polizia cinese. L'ufficio, dicono le carte, riferiva all'Ufficio di pubblica sicurezza di Shangcheng, una contea dello Henan.

[01:30] CONDUTTRICE: E in concreto che cosa facevano?

[01:33] OSPITE: Ti dico prima una cosa generale: questi uffici, in generale, raccolgono informazioni sui connazionali. Questo in generale. Poi c'è il caso specifico, che è quello che ha fatto partire tutto. Un operaio cinese di una serra della piana, che aveva un debito con un'impresa in Cina, è stato caricato in auto da due uomini dell'ufficio, portato all'aeroporto di Catania e imbarcato su un volo per Shanghai. Non voleva partire. Lo ha raccontato la sua compagna ai carabinieri.

[02:41] CONDUTTRICE: Qualcuno è stato arrestato?

[02:44] OSPITE: Sì, due persone sono state arrestate a giugno per sequestro di persona. Il gip ha disposto anche il sequestro preventivo dei locali, che sono stati chiusi.

[03:05] [pausa pubblicitaria] Questo episodio è offerto da Agrumi di Sicilia. Il sole in ogni spicchio. [fine pausa]

[03:40] CONDUTTRICE: E Mazara?

[03:43] OSPITE: A Mazara c'è solo un'ipotesi giornalistica. Un sito locale ha scritto che un circolo di pescatori cinesi sarebbe collegato alla polizia di Neixiang. Io non sono riuscito a verificarlo.

[04:10] CONDUTTRICE: Quante sono queste sedi nel mondo?

[04:13] OSPITE: Safeguard Defenders parla di centodue sedi in cinquantatré paesi. Più di cento, insomma. In Italia, se guardiamo solo alla Sicilia, ne sono state indicate due.

[04:40] CONDUTTRICE: E la Cina cosa risponde?

[04:43] OSPITE: L'ambasciata ha detto che il centro di Gela era «un punto di volontariato» per aiutare i lavoratori con il rinnovo del passaporto e la conversione della patente.

[05:10] CONDUTTRICE: E se il processo desse ragione alla difesa?

[05:14] OSPITE: Allora riscriveremo tutto. Ma oggi non è così.

[05:20] [sigla di chiusura]"""

F020 = [
    R("IT", "investigation", "A maggio la squadra mobile, su delega della Procura di Gela, ha perquisito un capannone nella zona industriale",
      place="Gela", date="2026-05"),
    S("IT", "Gela", "dove un'associazione di imprenditori cinesi aveva il suo «ufficio servizi». Per gli investigatori era, di fatto, un avamposto della polizia cinese.",
      claimant="investigators"),
    S("IT", "Gela", "L'ufficio, dicono le carte, riferiva all'Ufficio di pubblica sicurezza di Shangcheng, una contea dello Henan.",
      operator="Shangcheng", operator_alt=["Xinyang"], claimant="investigators"),
    I("IT", "forced_return", "è stato caricato in auto da due uomini dell'ufficio, portato all'aeroporto di Catania e imbarcato su un volo per Shanghai",
      place="Gela", claimant="the worker's partner"),
    R("IT", "arrest", "due persone sono state arrestate a giugno per sequestro di persona", place="Gela", date="2026-06"),
    R("IT", "closure", "Il gip ha disposto anche il sequestro preventivo dei locali, che sono stati chiusi.", place="Gela"),
    S("IT", "Mazara del Vallo", "Un sito locale ha scritto che un circolo di pescatori cinesi sarebbe collegato alla polizia di Neixiang.",
      operator="Neixiang", operator_alt=["Nanyang"], claimant="a local news site", place_alt=["Mazara"]),
    C("stations", 102, None, "Safeguard Defenders parla di centodue sedi in cinquantatré paesi.", claimant=SD),
    C("countries", 53, None, "Safeguard Defenders parla di centodue sedi in cinquantatré paesi.", claimant=SD),
    C("stations", 100, None, "Più di cento, insomma.", opt=True),
    C("stations", 2, "IT", "In Italia, se guardiamo solo alla Sicilia, ne sono state indicate due.", note="scoped to Sicily"),
    D("CN", "il centro di Gela era «un punto di volontariato» per aiutare i lavoratori con il rinnovo del passaporto e la conversione della patente",
      claimant="PRC Embassy in Italy"),
]

DOCS = [
    {"name": "018-it-ansa-voghera-gallarate-mengzhou-yima.txt", "text": T018, "facts": F018},
    {"name": "019-it-risposta-scritta-allegato-b-conegliano-thiene-huanren-kuandian.txt", "text": T019, "facts": F019},
    {"name": "020-it-podcast-trascrizione-gela-mazara-shangcheng-neixiang.txt", "text": T020, "facts": F020},
]
