"""check17 part D, Italian document 052 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, wrap

DOCS = []

# ---------------------------------------------------------------- 052
T052 = """CAMERA DEI DEPUTATI — XIX LEGISLATURA
Resoconto stenografico dell'Assemblea
Seduta n. 297 di mercoledì 15 maggio 2024

(Svolgimento di interrogazioni a risposta immediata)

(Iniziative in merito a un presunto «posto di polizia» cinese operante a Cesena – n. 3-01187)

PRESIDENTE. La deputata interrogante ha facoltà di illustrare la sua interrogazione n. 3-01187, per un minuto.

LA DEPUTATA INTERROGANTE. Grazie, Presidente. Signor Ministro, da notizie di stampa risulta che in un'associazione culturale di Cesena, nella zona della stazione, opererebbe da almeno tre anni un punto di «assistenza» ai connazionali riconducibile all'ufficio di pubblica sicurezza di Songyuan, nella provincia cinese dello Jilin. Alcuni cittadini cinesi sarebbero stati convocati nella sede e invitati, con toni tutt'altro che amichevoli, a rientrare in patria. Una seconda sede sarebbe stata segnalata a Busto Arsizio. Secondo il dossier di una organizzazione non governativa, le presunte stazioni in Italia sarebbero almeno nove. Le chiedo se intenda disporne la chiusura e se il Governo abbia convocato l'ambasciatore.

PRESIDENTE. Il Ministro dell'Interno ha facoltà di rispondere, per tre minuti.

IL MINISTRO DELL'INTERNO. Grazie, Presidente. Onorevole, sulla vicenda di Cesena la Digos della Questura di Forlì-Cesena, d'intesa con la Procura della Repubblica competente, ha svolto accertamenti approfonditi, culminati a febbraio in una perquisizione dei locali. Dagli atti acquisiti non sono emersi, allo stato, elementi di rilevanza penale. È stata ascoltata, tra gli altri, una cittadina cinese titolare di un centro estetico, che ha riferito di essere stata invitata più volte, nella sede dell'associazione, a tornare in Cina per chiarire una vecchia pendenza fiscale; ha scelto di restare in Italia e non ha sporto denuncia. Nel frattempo l'associazione ha sciolto il proprio direttivo e la sede risulta chiusa da marzo.

Quanto a Busto Arsizio, la segnalazione non ha trovato alcun riscontro: si tratta di una normale agenzia di servizi.

Il Ministero degli Affari esteri ha convocato alla Farnesina, il 6 marzo, il ministro consigliere dell'ambasciata della Repubblica popolare cinese, il quale ha ribadito che si tratterebbe di sportelli gestiti da volontari per il rinnovo delle patenti di guida. Aggiungo che negli anni passati si sono svolti pattugliamenti congiunti con agenti cinesi in alcune città d'arte, l'ultimo nel 2019: quell'esperienza non è stata rinnovata.

PRESIDENTE. La deputata interrogante ha facoltà di replicare, per due minuti.

LA DEPUTATA INTERROGANTE. Signor Ministro, mi dichiaro solo parzialmente soddisfatta. Che una sede «chiuda da sé» non basta: vorremmo sapere chi la frequentava e chi vi riceveva i nostri concittadini di origine cinese. (Applausi dei deputati del suo gruppo)

PRESIDENTE. È così esaurito lo svolgimento delle interrogazioni a risposta immediata.
"""
DOCS.append({"name": "052-it-question-time-camera-cesena-busto-arsizio-songyuan.txt", "text": T052, "facts": [
    S("IT", "Cesena", "da notizie di stampa risulta che in un'associazione culturale di Cesena, nella zona della stazione, opererebbe da almeno tre anni un punto di «assistenza» ai connazionali riconducibile all'ufficio di pubblica sicurezza di Songyuan",
      operator="Songyuan", claimant="deputy (interrogante)", note="premise of a parliamentary question"),
    S("IT", "Busto Arsizio", "Una seconda sede sarebbe stata segnalata a Busto Arsizio.", claimant="deputy (interrogante)"),
    S("IT", "Busto Arsizio", "Quanto a Busto Arsizio, la segnalazione non ha trovato alcun riscontro: si tratta di una normale agenzia di servizi.", pol="denied", claimant="Italian Minister of the Interior", opt=True),
    C("stations", 9, "IT", "le presunte stazioni in Italia sarebbero almeno nove", claimant="an NGO dossier"),
    R("IT", "investigation", "la Digos della Questura di Forlì-Cesena, d'intesa con la Procura della Repubblica competente, ha svolto accertamenti approfonditi, culminati a febbraio in una perquisizione dei locali", place="Cesena", claimant="Italian Minister of the Interior", date="2024-02"),
    R("IT", "no_wrongdoing_found", "Dagli atti acquisiti non sono emersi, allo stato, elementi di rilevanza penale.", place="Cesena", claimant="Italian Minister of the Interior"),
    I("IT", "persuasion", "una cittadina cinese titolare di un centro estetico, che ha riferito di essere stata invitata più volte, nella sede dell'associazione, a tornare in Cina per chiarire una vecchia pendenza fiscale; ha scelto di restare in Italia", place="Cesena", claimant="Italian Minister of the Interior", note="pressed to return, stayed; the deputy's vague premise is the same key"),
    R("IT", "closure", "Nel frattempo l'associazione ha sciolto il proprio direttivo e la sede risulta chiusa da marzo.", place="Cesena", opt=True, note="closed by itself, no order"),
    R("IT", "protest", "Il Ministero degli Affari esteri ha convocato alla Farnesina, il 6 marzo, il ministro consigliere dell'ambasciata della Repubblica popolare cinese", claimant="Italian Minister of the Interior", date="2024-03-06"),
    D("CN", "il quale ha ribadito che si tratterebbe di sportelli gestiti da volontari per il rinnovo delle patenti di guida", claimant="Chinese Embassy in Rome", note="denial by explanation, reported by the minister"),
    A("IT", "joint_patrol", "negli anni passati si sono svolti pattugliamenti congiunti con agenti cinesi in alcune città d'arte, l'ultimo nel 2019", claimant="Italian Minister of the Interior", date="2019"),
]})
