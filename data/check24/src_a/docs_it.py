"""check24 part A, Italian documents 018-020."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOC18 = """ESTERI | ALBANIA

Albania: perquisito palazzo a Berat, 'stazione di polizia cinese'

Due cittadini cinesi fermati. Tirana convoca l'incaricato d'affari

(ANSA) - TIRANA, 24 NOV - La polizia albanese ha perquisito martedì un edificio nel centro storico di Berat, la "città dalle mille finestre" patrimonio Unesco, e la Procura distrettuale ha aperto un fascicolo per spionaggio. Secondo gli inquirenti, al secondo piano avrebbe operato una "stazione di polizia" cinese non dichiarata, che farebbe capo all'Ufficio di pubblica sicurezza della contea di Shanyin, nella città di Shuozhou (provincia dello Shanxi). Due cittadini cinesi sono stati fermati.

Nella zona di Berat lavorano da alcuni anni diverse centinaia di operai cinesi impegnati nei cantieri della nuova strada verso Çorovoda e in un impianto per la lavorazione del petrolio di Kuçova. (ANSA).

LEGGI ANCHE: Albania, boom di turisti cinesi sulla Riviera

Dalle carte dell'inchiesta emerge il caso di un operaio di un cantiere stradale che sarebbe stato convinto, dopo ripetute telefonate, a rientrare in Cina per "chiarire" una lite con il suo ex datore di lavoro. L'uomo è partito per conto proprio ed è poi tornato in Albania dopo un mese.

Secondo l'ong Safeguard Defenders, in Albania le strutture di questo tipo sarebbero almeno due. La seconda si troverebbe a Pogradec, sulla sponda albanese del lago di Ocrida, e sarebbe collegata alla contea di Yushe, nella città di Jinzhong. La direzione di polizia di Korça ha fatto sapere di "non avere alcun riscontro" in proposito.

Il ministero degli Esteri albanese ha convocato mercoledì l'incaricato d'affari cinese. L'ambasciata della Repubblica Popolare a Tirana ha definito le accuse "prive di qualsiasi fondamento", spiegando che nei locali di Berat alcuni volontari aiutano i connazionali a rinnovare patenti e passaporti.

Albania e Cina avevano firmato nel 2019 un accordo di cooperazione tra le rispettive polizie, che prevede corsi di formazione e scambio di informazioni. (ANSA).

CORREZIONE: in una precedente versione di questo lancio la perquisizione era stata datata lunedì; si è svolta martedì.

YYQ-GR/ 24-NOV-26 17:52 NNNN

© Copyright ANSA - Tutti i diritti riservati
"""

FACTS18 = [
    R("AL", "investigation", "La polizia albanese ha perquisito martedì un edificio nel centro storico di Berat", place="Berat"),
    R("AL", "investigation", "la Procura distrettuale ha aperto un fascicolo per spionaggio"),
    S("AL", "Berat", "Secondo gli inquirenti, al secondo piano avrebbe operato una \"stazione di polizia\" cinese non dichiarata, che farebbe capo all'Ufficio di pubblica sicurezza della contea di Shanyin",
      operator="Shanyin", operator_alt=["Shuozhou"], claimant="Albanian investigators"),
    R("AL", "arrest", "Due cittadini cinesi sono stati fermati."),
    I("AL", "persuasion", "un operaio di un cantiere stradale che sarebbe stato convinto, dopo ripetute telefonate, a rientrare in Cina per \"chiarire\" una lite con il suo ex datore di lavoro",
      place="Berat", claimant="Albanian investigators"),
    C("stations", 2, "AL", "in Albania le strutture di questo tipo sarebbero almeno due", claimant=SD),
    S("AL", "Pogradec", "La seconda si troverebbe a Pogradec, sulla sponda albanese del lago di Ocrida, e sarebbe collegata alla contea di Yushe, nella città di Jinzhong.",
      operator="Yushe", operator_alt=["Jinzhong"], claimant=SD),
    S("AL", "Pogradec", "La direzione di polizia di Korça ha fatto sapere di \"non avere alcun riscontro\" in proposito.",
      claimant="Albanian State Police", pol="denied", opt=True),
    R("AL", "protest", "Il ministero degli Esteri albanese ha convocato mercoledì l'incaricato d'affari cinese.",
      claimant="Albanian Ministry for Europe and Foreign Affairs"),
    D("CN", "ha definito le accuse \"prive di qualsiasi fondamento\"", claimant="PRC Embassy in Albania"),
    A("AL", "security_agreement", "Albania e Cina avevano firmato nel 2019 un accordo di cooperazione tra le rispettive polizie",
      date="2019"),
]

DOC19 = """"Sottotraccia" - il podcast di cronaca e inchieste
Episodio 88 - "Il circolo di Pontedera"
Trascrizione (generata automaticamente e rivista dalla redazione)

[00:00] CONDUTTRICE: Benvenuti a Sottotraccia. Oggi parliamo di Pontedera, la città della Vespa, e di un circolo culturale cinese che a ottobre è stato perquisito dalla Digos di Pisa. Con me c'è un collega che segue il caso dall'inizio. Ciao.

[00:21] GIORNALISTA: Ciao, grazie dell'invito.

[00:24] CONDUTTRICE: Partiamo dai fatti.

[00:26] GIORNALISTA: Allora, la Digos ha perquisito il circolo il 14 ottobre, su delega della Procura di Pisa, che ha aperto un fascicolo per spionaggio politico. Secondo le carte, in quel circolo sarebbe stato attivo un "centro servizi" della polizia cinese. E farebbe capo all'Ufficio di pubblica sicurezza del distretto di Yongchuan, a Chongqing.

[01:02] CONDUTTRICE: Ci sono persone arrestate?

[01:04] GIORNALISTA: No, nessuno è stato arrestato. Ci sono due indagati a piede libero.

[01:10] CONDUTTRICE: Ricordiamo però che non sarebbe la prima volta che agenti cinesi lavorano in Italia alla luce del sole. Tra il 2016 e il 2019 poliziotti cinesi hanno pattugliato le strade di Roma, Milano e Prato insieme ai nostri agenti, in base a un memorandum firmato dai due governi nel 2015.

[01:29] GIORNALISTA: Esatto, ed è proprio quel precedente che rende il caso delicato.

[01:33] CONDUTTRICE: Tu hai parlato con una persona coinvolta.

[01:36] GIORNALISTA: Sì, una ragazza che lavora in un'azienda di componentistica a Pontedera. Mi ha raccontato che dopo aver partecipato a un presidio a Firenze, i suoi genitori a Chongqing hanno ricevuto la visita della polizia locale. Nessuno, però, le ha chiesto di tornare in Cina.

[02:05] PUBBLICITÀ

[02:50] CONDUTTRICE: Bentornati. Quante di queste strutture ci sarebbero in Toscana?

[02:55] GIORNALISTA: Secondo Safeguard Defenders, in Toscana ce ne sarebbero almeno tre. Un'altra sarebbe a Poggibonsi, in provincia di Siena, e sarebbe collegata al distretto di Nanchuan, sempre a Chongqing. Ma la questura di Siena dice di non avere riscontri.

[03:20] CONDUTTRICE: E la Farnesina?

[03:22] GIORNALISTA: La Farnesina ha convocato l'ambasciatore cinese a fine ottobre. L'ambasciata parla di "calunnie" e dice che al circolo si aiutavano gli anziani a rinnovare la patente.

[03:40] CONDUTTRICE: E se la Procura dimostrasse che era davvero un avamposto di polizia?

[03:44] GIORNALISTA: Allora si aprirebbe un problema diplomatico serio. Ma per ora siamo alle ipotesi.

[03:52] CONDUTTRICE: Grazie. Alla prossima puntata di Sottotraccia.
"""

FACTS19 = [
    R("IT", "investigation", "la Digos ha perquisito il circolo il 14 ottobre", place="Pontedera", date="2026-10-14"),
    R("IT", "investigation", "la Procura di Pisa, che ha aperto un fascicolo per spionaggio politico"),
    S("IT", "Pontedera", "Secondo le carte, in quel circolo sarebbe stato attivo un \"centro servizi\" della polizia cinese. E farebbe capo all'Ufficio di pubblica sicurezza del distretto di Yongchuan, a Chongqing.",
      operator="Yongchuan", operator_alt=["Chongqing"], claimant="Procura di Pisa"),
    R("IT", "arrest", "nessuno è stato arrestato", pol="denied", opt=True),
    A("IT", "joint_patrol", "Tra il 2016 e il 2019 poliziotti cinesi hanno pattugliato le strade di Roma, Milano e Prato insieme ai nostri agenti",
      date="2016"),
    A("IT", "security_agreement", "in base a un memorandum firmato dai due governi nel 2015", date="2015"),
    I("IT", "harassment", "i suoi genitori a Chongqing hanno ricevuto la visita della polizia locale", place="Pontedera",
      claimant="Chinese worker"),
    C("stations", 3, "IT", "in Toscana ce ne sarebbero almeno tre", claimant=SD),
    S("IT", "Poggibonsi", "Un'altra sarebbe a Poggibonsi, in provincia di Siena, e sarebbe collegata al distretto di Nanchuan, sempre a Chongqing.",
      operator="Nanchuan", operator_alt=["Chongqing"], claimant=SD),
    S("IT", "Poggibonsi", "Ma la questura di Siena dice di non avere riscontri.", claimant="Questura di Siena",
      pol="denied", opt=True),
    R("IT", "protest", "La Farnesina ha convocato l'ambasciatore cinese a fine ottobre.",
      claimant="Italian Ministry of Foreign Affairs"),
    D("CN", "L'ambasciata parla di \"calunnie\"", claimant="PRC Embassy in Italy"),
]

TEXT20 = """Camera dei Deputati - XIX Legislatura - Allegato B ai Resoconti - Seduta del 3 dicembre 2026

RISPOSTA SCRITTA PUBBLICATA
Interrogazione n. 4-05512

Al Ministro dell'interno. - Per sapere - premesso che:

secondo quanto riportato da organi di stampa locali, ad Aversa sarebbe attiva una cosiddetta "stazione di polizia" cinese riconducibile all'Ufficio di pubblica sicurezza della contea di Taigu, nella città di Jinzhong, mentre un secondo presidio si troverebbe a Marcianise e sarebbe collegato alla contea di Wanrong, nella città di Yuncheng;

secondo l'organizzazione non governativa Safeguard Defenders, nella provincia di Caserta le strutture di questo tipo sarebbero almeno due:

1) quali iniziative siano state assunte dalle forze dell'ordine;
2) se risultino persone danneggiate;
3) se, qualora fosse accertato il legame con la polizia cinese, il Governo intenda espellere personale diplomatico.

Risposta. - In merito a quanto richiesto dall'interrogante, si rappresenta quanto segue.

La Squadra mobile della Questura di Caserta, su delega della Procura della Repubblica presso il Tribunale di Santa Maria Capua Vetere, ha eseguito il 6 ottobre 2026 una perquisizione nei locali di Aversa indicati dalla stampa. Il relativo procedimento penale è tuttora in fase di indagini preliminari e non sono state adottate misure cautelari personali.

Gli accertamenti svolti a Marcianise non hanno fatto emergere condotte penalmente rilevanti. Quanto a Battipaglia, località menzionata su alcuni social network, la Questura di Salerno non ha riscontrato alcuna presenza del genere.

È stata raccolta la denuncia di un operaio tessile residente ad Aversa, il quale ha riferito di essere stato ripetutamente sollecitato, anche tramite familiari, a rientrare in Cina per definire una controversia di lavoro. L'interessato non ha fatto rientro.

Il Sindaco di Aversa ha disposto con ordinanza la chiusura dei locali per irregolarità edilizie e di destinazione d'uso.

Il Ministero degli affari esteri e della cooperazione internazionale ha convocato un rappresentante dell'Ambasciata della Repubblica popolare cinese, la quale ha rappresentato che i locali ospitano volontari che assistono connazionali anziani nel rinnovo della patente di guida e nelle pratiche pensionistiche.

Quanto al quesito sub 3), non è possibile formulare valutazioni su ipotesi allo stato non accertate.

Il Sottosegretario di Stato per l'interno.

Allegato B - 4-05512                                                    pag. 2147"""

DOC20 = wrap_hy(soft(TEXT20), 76)

MININT = "Italian Ministry of the Interior"

FACTS20 = [
    S("IT", "Aversa", "ad Aversa sarebbe attiva una cosiddetta \"stazione di polizia\" cinese riconducibile all'Ufficio di pubblica sicurezza della contea di Taigu",
      operator="Taigu", operator_alt=["Jinzhong"], claimant="local press", note="premise of the question"),
    S("IT", "Marcianise", "un secondo presidio si troverebbe a Marcianise e sarebbe collegato alla contea di Wanrong",
      operator="Wanrong", operator_alt=["Yuncheng"], claimant="local press", note="premise of the question"),
    C("stations", 2, "IT", "nella provincia di Caserta le strutture di questo tipo sarebbero almeno due", claimant=SD),
    R("IT", "investigation", "ha eseguito il 6 ottobre 2026 una perquisizione nei locali di Aversa indicati dalla stampa",
      place="Aversa", claimant=MININT, date="2026-10-06"),
    R("IT", "arrest", "non sono state adottate misure cautelari personali", pol="denied", opt=True, claimant=MININT),
    R("IT", "no_wrongdoing_found", "Gli accertamenti svolti a Marcianise non hanno fatto emergere condotte penalmente rilevanti.",
      place="Marcianise", claimant=MININT),
    S("IT", "Battipaglia", "Quanto a Battipaglia, località menzionata su alcuni social network", claimant="social media", opt=True),
    S("IT", "Battipaglia", "la Questura di Salerno non ha riscontrato alcuna presenza del genere", claimant="Questura di Salerno",
      pol="denied", opt=True),
    I("IT", "persuasion", "di essere stato ripetutamente sollecitato, anche tramite familiari, a rientrare in Cina per definire una controversia di lavoro",
      place="Aversa", claimant=MININT),
    R("IT", "closure", "Il Sindaco di Aversa ha disposto con ordinanza la chiusura dei locali", place="Aversa", claimant=MININT),
    R("IT", "protest", "Il Ministero degli affari esteri e della cooperazione internazionale ha convocato un rappresentante dell'Ambasciata della Repubblica popolare cinese",
      claimant=MININT),
    D("CN", "i locali ospitano volontari che assistono connazionali anziani nel rinnovo della patente di guida",
      claimant="PRC Embassy in Italy"),
]

DOCS = [
    {"name": "018-it-wire-correzione-berat-pogradec-shanyin-yushe.txt", "text": DOC18, "facts": FACTS18},
    {"name": "019-it-podcast-trascrizione-pontedera-poggibonsi-yongchuan-nanchuan.txt", "text": DOC19, "facts": FACTS19},
    {"name": "020-it-risposta-interrogazione-aversa-marcianise-taigu-wanrong.txt", "text": DOC20, "facts": FACTS20},
]
