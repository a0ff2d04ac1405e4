"""check21 part A, Italian documents 018-020."""

from h import S, C, R, I, A, D, wrap_hy

SD = "Safeguard Defenders"

# ---------------------------------------------------------------------------------------------
T018 = """L'INCHIESTA | Abbonati per leggere tutti gli articoli

IL PRESIDIO DI CASTELFRANCO
Un ufficio per le pratiche, un capannone, un volo per Pechino. Viaggio tra i laboratori cinesi
della Castellana, dove una "associazione" rispondeva a una polizia di contea sull'altopiano
tibetano.

di un nostro inviato · 23 settembre 2025 · lettura 11 minuti

A Castelfranco Veneto le mura medievali si vedono da ogni strada. Fuori dal centro, lungo la
statale per Treviso, cominciano i capannoni: mobilifici, laboratori di pelletteria, magazzini di
abbigliamento. Molti sono gestiti da famiglie arrivate dal Zhejiang negli anni Novanta, altri da
imprenditori più giovani, venuti dall'ovest della Cina.

La comunità cinese della Castellana conta qualche migliaio di persone. Ci sono due
supermercati, una scuola del sabato, un'associazione di commercianti che ogni anno organizza la
festa di primavera in piazza Giorgione.

Al primo piano di una palazzina vicino alla stazione, da due anni, c'è un ufficio con
un'insegna bilingue: "Centro servizi per i connazionali". È qui che, secondo la Procura di
Treviso, operava un presidio di polizia cinese non dichiarato. I carabinieri del Ros lo hanno
perquisito il 2 luglio; il fascicolo, per ora contro ignoti, ipotizza lo spionaggio politico.

«Venivano per il rinnovo della patente, per le deleghe. Poi chiedevano altro.»

Gli investigatori ritengono che la struttura facesse riferimento all'Ufficio di pubblica
sicurezza della contea di Chenduo, nella prefettura di Yushu, provincia del Qinghai. Tra le
carte sequestrate c'è un timbro con il nome dell'ufficio e una chat in cui un funzionario dà
«disposizioni settimanali».

Un operaio di un laboratorio di borse, racconta un suo collega, a marzo è stato accompagnato
da due uomini del centro all'aeroporto di Venezia e imbarcato su un volo per Pechino. «Non
voleva partire. Aveva una causa aperta a casa, per un debito», dice il collega.

(Foto: la palazzina vicino alla stazione di Castelfranco Veneto. © Redazione)

Il fenomeno non è nuovo. Safeguard Defenders parla di più di cento presidi nel mondo. In
Veneto, secondo l'organizzazione, se ne conterebbero almeno tre. Uno si troverebbe a
Montebelluna, a pochi chilometri, e farebbe capo alla contea di Zhiduo, sempre nella
prefettura di Yushu.

«Venivano per il rinnovo della patente, per le deleghe. Poi chiedevano altro.»

L'ambasciata cinese a Roma, interpellata, ha definito le accuse «prive di fondamento»:
l'ufficio, scrive, era «un punto di volontariato» che aiutava gli anziani con il rinnovo della
patente e le pratiche consolari.

Leggi anche: Distretto del mobile, export in calo del 4%

L'AUTORE — Inviato, si occupa da anni di lavoro e migrazioni nel Nord-Est.
Iscriviti alla newsletter del mattino.
"""

F018 = [
    S("IT", "Castelfranco Veneto", "È qui che, secondo la Procura di Treviso, operava un presidio di polizia cinese non dichiarato.",
      claimant="Procura di Treviso"),
    R("IT", "investigation", "I carabinieri del Ros lo hanno perquisito il 2 luglio", place="Castelfranco Veneto",
      date="2025-07-02"),
    R("IT", "investigation", "il fascicolo, per ora contro ignoti, ipotizza lo spionaggio politico",
      place="Castelfranco Veneto"),
    S("IT", "Castelfranco Veneto", "la struttura facesse riferimento all'Ufficio di pubblica sicurezza della contea di Chenduo",
      operator="Chenduo", operator_alt=["Yushu"], claimant="investigators"),
    I("IT", "forced_return", "è stato accompagnato da due uomini del centro all'aeroporto di Venezia e imbarcato su un volo per Pechino",
      place="Castelfranco Veneto", claimant="colleague"),
    C("stations", 100, None, "Safeguard Defenders parla di più di cento presidi nel mondo", claimant=SD, opt=True),
    C("stations", 3, "IT", "In Veneto, secondo l'organizzazione, se ne conterebbero almeno tre.", claimant=SD,
      note="scoped to Veneto"),
    S("IT", "Montebelluna", "Uno si troverebbe a Montebelluna, a pochi chilometri, e farebbe capo alla contea di Zhiduo",
      operator="Zhiduo", operator_alt=["Yushu"], claimant=SD),
    D("CN", "l'ufficio, scrive, era «un punto di volontariato»", claimant="PRC Embassy in Italy",
      note="driving licences, consular paperwork"),
]

# ---------------------------------------------------------------------------------------------
T019 = """Questo sito usa cookie tecnici e di profilazione. Chiudendo il banner accetti. [OK]

ANSA › Sardegna › Cronaca

'Stazione di polizia' cinese ad Alghero, Farnesina convoca ambasciatore
Accertamenti della Digos. Un'altra sede segnalata a Carbonia

(ANSA) - CAGLIARI, 15 OTT - Il ministero degli Esteri ha convocato l'ambasciatore della
Repubblica popolare cinese dopo che la Digos di Sassari ha avviato accertamenti su
un'associazione culturale di Alghero sospettata di fare da stazione di polizia cinese non
autorizzata. Lo si apprende da fonti della Farnesina. Al momento non risultano persone indagate
né arrestate.

L'associazione ha sede in un appartamento del centro storico. Secondo quanto ricostruito dagli
inquirenti, la sede era in contatto con l'Ufficio di pubblica sicurezza della contea di Gande,
nella provincia cinese del Qinghai.

Un cameriere cinese di un ristorante sul lungomare sarebbe stato avvicinato più volte e
invitato a "tornare a casa per chiarire una vecchia questione". L'uomo è rimasto in Sardegna.

Condividi: Facebook | X | WhatsApp

(Foto ANSA: il centro storico di Alghero)

Secondo Safeguard Defenders, le stazioni in Sardegna sarebbero due: oltre ad Alghero, una
sede sarebbe attiva a Carbonia e risponderebbe alla polizia della contea di Maduo.

L'ambasciata cinese ha respinto le accuse, spiegando che l'associazione offre "assistenza
volontaria per il rinnovo delle patenti di guida".

LEGGI ANCHE: Alghero, al via la stagione dei concerti in piazza

RIPRODUZIONE RISERVATA © Copyright ANSA
"""

F019 = [
    R("IT", "protest", "Il ministero degli Esteri ha convocato l'ambasciatore della Repubblica popolare cinese"),
    R("IT", "investigation", "la Digos di Sassari ha avviato accertamenti su un'associazione culturale di Alghero",
      place="Alghero"),
    S("IT", "Alghero", "un'associazione culturale di Alghero sospettata di fare da stazione di polizia cinese non autorizzata"),
    R("IT", "arrest", "Al momento non risultano persone indagate né arrestate.", pol="denied", opt=True),
    S("IT", "Alghero", "la sede era in contatto con l'Ufficio di pubblica sicurezza della contea di Gande",
      operator="Gande", operator_alt=["Golog", "Guoluo"], claimant="investigators"),
    I("IT", "persuasion", "sarebbe stato avvicinato più volte e invitato a \"tornare a casa per chiarire una vecchia questione\"",
      place="Alghero", note="stayed in Sardinia"),
    C("stations", 2, "IT", "le stazioni in Sardegna sarebbero due", claimant=SD, note="scoped to Sardinia"),
    S("IT", "Carbonia", "una sede sarebbe attiva a Carbonia e risponderebbe alla polizia della contea di Maduo",
      operator="Maduo", operator_alt=["Golog", "Guoluo"], claimant=SD),
    D("CN", "L'ambasciata cinese ha respinto le accuse, spiegando che l'associazione offre \"assistenza volontaria",
      claimant="PRC Embassy in Italy", note="driving licences"),
]

# ---------------------------------------------------------------------------------------------
T020 = """DIRETTA | Question time alla Camera, il Viminale sui 'presidi' cinesi in Piemonte

Aggiornata alle 16:05 · di Redazione Politica
🔴 LIVE

16:05 — Si chiude il question time. Grazie per averci seguito.

15:52 — La replica dell'interrogante: «Risposta insufficiente. Chiedo che il ministro riferisca
in Aula. E se domani scoprissimo che da Tortona si spiavano gli studenti, chi ne
risponderebbe?»

15:47 — Il ministro sulla cooperazione con Pechino: «Le pattuglie congiunte con agenti cinesi
svolte nelle città turistiche italiane tra il 2016 e il 2019 si sono concluse e non sono state
rinnovate». Resta in vigore, ha precisato, il memorandum di cooperazione di polizia del 2015.

15:44 — Ancora il ministro: «A Novi Ligure le verifiche della Digos di Alessandria non hanno fatto
emergere elementi di rilevanza penale». Sul secondo sito segnalato, a Tortona, è in corso un
procedimento della Procura.

15:41 — Il ministro dell'Interno risponde. «Sono noti alle forze di polizia due siti in
provincia di Alessandria.» Nessuna persona, ha aggiunto, è stata arrestata.

«Sono noti alle forze di polizia due siti in provincia di Alessandria.»

15:38 — L'interrogazione. Il deputato chiede conto di un «presidio» a Novi Ligure che, secondo
inchieste giornalistiche, «dipenderebbe dall'Ufficio di pubblica sicurezza della contea di
Nangqian», nel Qinghai, e di un secondo sito a Tortona «collegato alla contea di Guinan».

15:35 — Nel frattempo l'ambasciata cinese ha diffuso una nota: le strutture in Piemonte sarebbero
«sportelli di volontari» che aiutano i connazionali con «il rinnovo delle patenti», e in Italia
«non esiste alcuna stazione di polizia cinese».

15:30 — Comincia il question time. Tra i temi: caro energia, scuola, e i presunti presidi di
polizia cinese nell'Alessandrino.

«Sono noti alle forze di polizia due siti in provincia di Alessandria.»

Condividi la diretta
"""

F020 = [
    A("IT", "joint_patrol", "Le pattuglie congiunte con agenti cinesi svolte nelle città turistiche italiane tra il 2016 e il 2019",
      claimant="Minister of the Interior"),
    A("IT", "security_agreement", "il memorandum di cooperazione di polizia del 2015", date="2015",
      claimant="Minister of the Interior"),
    R("IT", "no_wrongdoing_found", "A Novi Ligure le verifiche della Digos di Alessandria non hanno fatto emergere elementi di rilevanza penale",
      place="Novi Ligure", claimant="Minister of the Interior"),
    R("IT", "investigation", "A Novi Ligure le verifiche della Digos di Alessandria", place="Novi Ligure",
      claimant="Minister of the Interior"),
    R("IT", "investigation", "a Tortona, è in corso un procedimento della Procura", place="Tortona",
      claimant="Minister of the Interior"),
    S("IT", "Tortona", "Sul secondo sito segnalato, a Tortona", claimant="Minister of the Interior"),
    C("stations", 2, "IT", "Sono noti alle forze di polizia due siti in provincia di Alessandria.",
      claimant="Minister of the Interior", note="scoped to the province of Alessandria"),
    R("IT", "arrest", "Nessuna persona, ha aggiunto, è stata arrestata.", pol="denied", opt=True),
    S("IT", "Novi Ligure", "un «presidio» a Novi Ligure che, secondo inchieste giornalistiche, «dipenderebbe dall'Ufficio di pubblica sicurezza della contea di Nangqian»",
      operator="Nangqian", operator_alt=["Yushu"], claimant="press investigations"),
    S("IT", "Tortona", "un secondo sito a Tortona «collegato alla contea di Guinan»", operator="Guinan",
      operator_alt=["Hainan"], claimant="press investigations"),
    D("CN", "le strutture in Piemonte sarebbero «sportelli di volontari»", claimant="PRC Embassy in Italy",
      note="driving licences"),
    S("IT", None, "in Italia «non esiste alcuna stazione di polizia cinese»", pol="denied", opt=True,
      claimant="PRC Embassy in Italy"),
]

DOCS = [
    {"name": "018-it-inchiesta-castelfranco-veneto-montebelluna-chenduo-zhiduo.txt", "text": T018, "facts": F018},
    {"name": "019-it-ansa-alghero-carbonia-gande-maduo.txt", "text": T019, "facts": F019},
    {"name": "020-it-diretta-question-time-novi-ligure-tortona-nangqian-guinan.txt", "text": T020, "facts": F020},
]
