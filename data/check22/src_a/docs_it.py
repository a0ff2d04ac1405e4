"""check22 part A, Italian documents 018-020."""
from h import S, C, R, I, A, D, wrap_hy, soft

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 018
T018 = """Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione accetti. [OK]

CRONACA · Trentino-Alto Adige
Condividi: Facebook | X | WhatsApp | Email

Merano, perquisita la sede di un'associazione: "Stazione di polizia cinese"

(ANSA) - BOLZANO, 2 DIC - La Digos della questura di Bolzano ha perquisito questa mattina la sede di un'associazione culturale sino-italiana a Merano, nell'ambito di un fascicolo aperto dalla procura distrettuale di Trento. Non risultano, al momento, persone indagate in stato di arresto.

Secondo l'organizzazione per i diritti umani Safeguard Defenders, nella sede sarebbe attiva una "stazione di polizia" d'oltremare, che farebbe capo all'ufficio di pubblica sicurezza della contea di Yao'an, nella provincia cinese dello Yunnan.

In Alto Adige, sempre secondo l'organizzazione, i presidi di questo tipo sarebbero due. Il secondo si troverebbe a Bressanone e risponderebbe alla polizia di Binchuan, anch'essa nello Yunnan. La questura, interpellata, ha fatto sapere di non avere riscontri sull'esistenza di una struttura a Bressanone.

Un commerciante cinese di Merano, sentito dagli investigatori, avrebbe raccontato di essere stato sollecitato più volte, tramite l'associazione, a rientrare in Cina per "chiarire una vecchia pendenza". Non è partito.

[Foto: l'ingresso dell'associazione in centro a Merano - ANSA]

LEGGI ANCHE: Alto Adige, mercatini di Natale da record: oltre un milione di visitatori

La Farnesina ha convocato nel pomeriggio l'incaricato d'affari dell'ambasciata cinese, riferiscono fonti diplomatiche.

L'ambasciata della Repubblica popolare cinese, in una nota, ha respinto le accuse: "In Italia non esiste alcuna stazione di polizia cinese". L'associazione di Merano, si legge, offre ai connazionali anziani assistenza per il rinnovo della patente di guida. (ANSA).

RIPRODUZIONE RISERVATA © Copyright ANSA"""

D018 = {"name": "018-it-ansa-wire-merano-bressanone-yaoan-binchuan.txt", "text": T018, "facts": [
    R("IT", "investigation", "La Digos della questura di Bolzano ha perquisito questa mattina la sede di un'associazione culturale sino-italiana a Merano, nell'ambito di un fascicolo aperto dalla procura distrettuale di Trento", place="Merano", claimant="Questura di Bolzano"),
    R("IT", "arrest", "Non risultano, al momento, persone indagate in stato di arresto.", pol="denied", opt=True),
    S("IT", "Merano", "nella sede sarebbe attiva una \"stazione di polizia\" d'oltremare, che farebbe capo all'ufficio di pubblica sicurezza della contea di Yao'an, nella provincia cinese dello Yunnan", operator="Yao'an", operator_alt=["Yaoan", "Chuxiong"], claimant=SD, place_alt=["Meran"]),
    C("stations", 2, "IT", "In Alto Adige, sempre secondo l'organizzazione, i presidi di questo tipo sarebbero due", claimant=SD, note="scoped to Alto Adige"),
    S("IT", "Bressanone", "Il secondo si troverebbe a Bressanone e risponderebbe alla polizia di Binchuan, anch'essa nello Yunnan", operator="Binchuan", operator_alt=["Dali"], claimant=SD, place_alt=["Brixen"]),
    S("IT", "Bressanone", "La questura, interpellata, ha fatto sapere di non avere riscontri sull'esistenza di una struttura a Bressanone", claimant="Questura di Bolzano", pol="denied", opt=True, place_alt=["Brixen"]),
    I("IT", "persuasion", "avrebbe raccontato di essere stato sollecitato più volte, tramite l'associazione, a rientrare in Cina per \"chiarire una vecchia pendenza\". Non è partito", place="Merano", claimant="a Chinese shopkeeper in Merano"),
    R("IT", "protest", "La Farnesina ha convocato nel pomeriggio l'incaricato d'affari dell'ambasciata cinese", claimant="Farnesina"),
    S("IT", None, "\"In Italia non esiste alcuna stazione di polizia cinese\"", claimant="PRC Embassy in Italy", pol="denied", opt=True),
    D("CN", "L'ambasciata della Repubblica popolare cinese, in una nota, ha respinto le accuse: \"In Italia non esiste alcuna stazione di polizia cinese\"", claimant="PRC Embassy in Italy"),
]}

# ---------------------------------------------------------------- 019
P019 = """TRIBUNALE DI BARI · Sez. II penale · Sent. n. 2214/2026          pag. 3

MOTIVI DELLA DECISIONE

1. L'imputazione. Secondo la prospettazione del pubblico ministero, l'imputato gestiva ad Altamura, in un locale di via della Croce formalmente adibito a centro servizi per cittadini stranieri, un presidio di polizia per conto dell'Ufficio di pubblica sicurezza di Liquan, contea della provincia cinese dello Shaanxi. Il presidio avrebbe operato almeno dal 2022.

2. Le indagini. Nel marzo 2025 la Digos, su delega della Procura della Repubblica, ha eseguito la perquisizione del locale, sequestrando timbri, corrispondenza intestata all'Ufficio di Liquan e un quaderno con gli elenchi di circa quaranta lavoratori cinesi impiegati nei mobilifici della zona, con indicazione dei rispettivi familiari in Cina.

3. La parte civile. La parte civile, operaio presso un mobilificio di Altamura, ha riferito in dibattimento di essere stato convocato tre volte nel locale e invitato con insistenza a rientrare in Cina per "regolare una questione" con l'amministrazione del suo villaggio. Egli ha rifiutato. Ha aggiunto che, dopo il suo rifiuto, i genitori sono stati più volte visitati da agenti di polizia.

4. Le difese. La difesa ha sostenuto che il locale prestava esclusivamente assistenza amministrativa, in particolare per il rinnovo di patenti e passaporti, e ha prodotto documentazione relativa a un secondo sito, a Monopoli, che la stampa aveva collegato all'Ufficio di pubblica sicurezza di Sanyuan. Tuttavia, come riferito dal teste di polizia giudiziaria, gli accertamenti svolti a Monopoli dalla Guardia di Finanza non hanno rilevato irregolarità, circostanza irrilevante ai fini del presente giudizio.

5. Valutazione. Il Tribunale ritiene provato, sulla base dei documenti sequestrati e della deposizione della parte civile, che l'imputato abbia esercitato pressioni indebite per conto di un'autorità straniera.

P.Q.M.

Il Tribunale, visto l'art. 533 c.p.p., dichiara l'imputato colpevole del reato di violenza privata aggravata e lo condanna alla pena di anni due e mesi sei di reclusione; ordina la chiusura definitiva del locale di Altamura e la confisca di quanto in sequestro.

Bari, 12 novembre 2026                              Il Giudice"""

T019 = wrap_hy(soft(P019), 78)

D019 = {"name": "019-it-court-judgment-altamura-monopoli-liquan-sanyuan.txt", "text": T019, "facts": [
    S("IT", "Altamura", "l'imputato gestiva ad Altamura, in un locale di via della Croce formalmente adibito a centro servizi per cittadini stranieri, un presidio di polizia per conto dell'Ufficio di pubblica sicurezza di Liquan, contea della provincia cinese dello Shaanxi", operator="Liquan", operator_alt=["Xianyang"], claimant="public prosecutor", date="2022"),
    R("IT", "investigation", "la Digos, su delega della Procura della Repubblica, ha eseguito la perquisizione del locale", place="Altamura", claimant="Tribunale di Bari", date="2025-03"),
    I("IT", "surveillance", "un quaderno con gli elenchi di circa quaranta lavoratori cinesi impiegati nei mobilifici della zona, con indicazione dei rispettivi familiari in Cina", place="Altamura", claimant="Tribunale di Bari"),
    I("IT", "persuasion", "invitato con insistenza a rientrare in Cina per \"regolare una questione\" con l'amministrazione del suo villaggio. Egli ha rifiutato", place="Altamura", claimant="the civil party"),
    I("IT", "harassment", "dopo il suo rifiuto, i genitori sono stati più volte visitati da agenti di polizia", claimant="the civil party", opt=True, note="pressure on relatives inside a persuasion case"),
    D("IT", "La difesa ha sostenuto che il locale prestava esclusivamente assistenza amministrativa, in particolare per il rinnovo di patenti e passaporti", claimant="the defence", opt=True, note="host-side denial by the defence"),
    S("IT", "Monopoli", "un secondo sito, a Monopoli, che la stampa aveva collegato all'Ufficio di pubblica sicurezza di Sanyuan", operator="Sanyuan", operator_alt=["Xianyang"], claimant="press reports"),
    R("IT", "no_wrongdoing_found", "gli accertamenti svolti a Monopoli dalla Guardia di Finanza non hanno rilevato irregolarità", claimant="judicial police witness"),
    R("IT", "arrest", "dichiara l'imputato colpevole del reato di violenza privata aggravata e lo condanna alla pena di anni due e mesi sei di reclusione", claimant="Tribunale di Bari", note="conviction"),
    R("IT", "closure", "ordina la chiusura definitiva del locale di Altamura", claimant="Tribunale di Bari"),
]}

# ---------------------------------------------------------------- 020
T020 = """DOMANDE E RISPOSTE

Le "stazioni di polizia cinesi" tra Marche e Romagna: cosa sappiamo, in sette domande

di Redazione Esteri · 3 dicembre 2026 · Lettura: 5 minuti

Dopo la perquisizione di Senigallia, molti lettori ci hanno scritto. Proviamo a rispondere alle domande più frequenti.

1. Cosa è successo a Senigallia?
Lunedì la polizia ha perquisito un negozio di articoli per la casa nel centro di Senigallia, gestito da cittadini cinesi. La procura di Ancona indaga per esercizio abusivo di funzioni pubbliche. Secondo gli investigatori, il retro del negozio sarebbe stato usato come "presidio" della polizia di Rongjiang, una contea della provincia cinese del Guizhou.

2. Ci sono stati arresti?
No. Al momento nessuno è stato arrestato.

3. E Cervia?
Un rapporto dell'organizzazione Safeguard Defenders cita un secondo sito a Cervia, collegato alla polizia di Liping, anch'essa nel Guizhou. La questura di Ravenna dice di non avere elementi che confermino l'esistenza di una struttura del genere.

4. Quante sono nel mondo?
Il rapporto ne conta 102 in 53 Paesi, ma i numeri sono contestati e molte sedi non sono mai state verificate da autorità indipendenti. In Italia, secondo varie stime, sarebbero una dozzina.

5. L'Italia collabora con la polizia cinese?
Sì, o almeno lo ha fatto. Nel 2015 Roma e Pechino hanno firmato un memorandum di cooperazione di polizia, e tra il 2016 e il 2019 agenti cinesi hanno svolto pattugliamenti congiunti con la polizia italiana in alcune città turistiche.

6. Cosa dice la Cina?
L'ambasciata sostiene che i presunti presidi siano in realtà punti di assistenza gestiti da volontari, che aiutano i connazionali con pratiche come il rinnovo della patente.

7. Cosa rischierebbe chi gestisse davvero una struttura del genere?
In teoria, se le accuse venissero provate, reati come la violenza privata o l'esercizio abusivo di funzioni pubbliche. Ma è presto per dirlo.

Hai altre domande? Scrivici a lettori@esteri-quotidiano.it

Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter."""

D020 = {"name": "020-it-explainer-senigallia-cervia-rongjiang-liping.txt", "text": T020, "facts": [
    R("IT", "investigation", "Lunedì la polizia ha perquisito un negozio di articoli per la casa nel centro di Senigallia, gestito da cittadini cinesi. La procura di Ancona indaga per esercizio abusivo di funzioni pubbliche", place="Senigallia", claimant="Procura di Ancona"),
    S("IT", "Senigallia", "Secondo gli investigatori, il retro del negozio sarebbe stato usato come \"presidio\" della polizia di Rongjiang, una contea della provincia cinese del Guizhou", operator="Rongjiang", operator_alt=["Qiandongnan"], claimant="investigators", note="the Senigallia shop of the sentence before"),
    R("IT", "arrest", "Al momento nessuno è stato arrestato.", pol="denied", opt=True),
    S("IT", "Cervia", "Un rapporto dell'organizzazione Safeguard Defenders cita un secondo sito a Cervia, collegato alla polizia di Liping, anch'essa nel Guizhou", operator="Liping", operator_alt=["Qiandongnan"], claimant=SD),
    S("IT", "Cervia", "La questura di Ravenna dice di non avere elementi che confermino l'esistenza di una struttura del genere", claimant="Questura di Ravenna", pol="denied", opt=True),
    C("stations", 102, None, "Il rapporto ne conta 102 in 53 Paesi", claimant=SD),
    C("countries", 53, None, "Il rapporto ne conta 102 in 53 Paesi", claimant=SD),
    C("stations", 12, "IT", "In Italia, secondo varie stime, sarebbero una dozzina", claimant="various estimates", opt=True, note="'una dozzina'"),
    A("IT", "security_agreement", "Nel 2015 Roma e Pechino hanno firmato un memorandum di cooperazione di polizia", date="2015"),
    A("IT", "joint_patrol", "tra il 2016 e il 2019 agenti cinesi hanno svolto pattugliamenti congiunti con la polizia italiana in alcune città turistiche", date="2016"),
    D("CN", "L'ambasciata sostiene che i presunti presidi siano in realtà punti di assistenza gestiti da volontari", claimant="PRC Embassy in Italy"),
]}

DOCS = [D018, D019, D020]
