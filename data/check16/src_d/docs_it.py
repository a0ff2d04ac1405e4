"""check16 part D, Italian document 052. Held-out material: contains the gold."""
from h import S, C, R, I, A, D, wrap

DOCS = []

T052 = """HOME › FORLÌ › CRONACA

Forlì, "stazione di polizia cinese": il gip archivia. Ma la sede resta chiusa

Si chiude l'inchiesta sul circolo di viale Bologna. Il Comune aveva già revocato la concessione dei locali

di REDAZIONE FORLÌ
Ultimo aggiornamento: 11 giugno 2025, 07:30

[Foto] L'ingresso della sede di viale Bologna, chiusa da gennaio (foto d'archivio)

Forlì, 11 giugno 2025 - Nessun reato. Si conclude con un'archiviazione, a poco più di un anno dall'apertura del fascicolo, l'indagine della Procura di Forlì sul circolo culturale di viale Bologna che, secondo un esposto presentato nella primavera del 2024, avrebbe fatto da "punto di servizio" dell'ufficio di pubblica sicurezza di Lijiang, città della provincia cinese dello Yunnan.

Il giudice per le indagini preliminari ha accolto la richiesta del pubblico ministero: dagli accertamenti della Digos, si legge nel provvedimento, "non sono emersi elementi idonei a sostenere l'accusa in giudizio".

LEGGI ANCHE: Polizia cinese in Italia, cosa sappiamo davvero

Nell'esposto, firmato da un'associazione per i diritti umani, si raccontava tra l'altro la vicenda di un giovane cameriere che sarebbe stato convinto a rientrare in Cina nell'estate del 2023, dopo che la polizia locale aveva convocato più volte i genitori. Il ragazzo, secondo l'esposto, partì da Bologna con un volo di linea. Sempre nell'esposto si citava una presunta seconda sede a Empoli, che però gli investigatori non hanno mai individuato.

La sede, intanto, resta chiusa. Il Comune di Forlì aveva revocato a gennaio la concessione dei locali, di proprietà comunale, per "uso difforme da quello previsto dalla convenzione", e da allora la saracinesca non si è più alzata.

"Era solo un circolo dove si aiutava la gente a rinnovare la patente e a compilare i moduli per la pensione", ripete il presidente dell'associazione, che ha sempre respinto ogni accusa. "Ora chiediamo che ci vengano restituiti i locali."

"Era solo un circolo dove si aiutava la gente a rinnovare la patente"

Resta aperta invece la partita politica: in consiglio comunale l'opposizione ha chiesto una commissione d'indagine sulla vicenda.

© Riproduzione riservata

Iscriviti alla newsletter di Forlì - Ricevi ogni mattina le notizie della tua città.

12 commenti
"""
DOCS.append({"name": "052-it-cronaca-locale-forli-lijiang.txt", "text": T052, "facts": [
    S("IT", "Forlì", "sul circolo culturale di viale Bologna che, secondo un esposto presentato nella primavera del 2024, avrebbe fatto da \"punto di servizio\" dell'ufficio di pubblica sicurezza di Lijiang", operator="Lijiang", claimant="esposto", place_alt=["Forli"]),
    R("IT", "investigation", "l'indagine della Procura di Forlì sul circolo culturale di viale Bologna", place="Forlì", date="2024"),
    R("IT", "no_wrongdoing_found", "Il giudice per le indagini preliminari ha accolto la richiesta del pubblico ministero: dagli accertamenti della Digos, si legge nel provvedimento, \"non sono emersi elementi idonei a sostenere l'accusa in giudizio\".", place="Forlì", date="2025-06"),
    I("IT", "persuasion", "un giovane cameriere che sarebbe stato convinto a rientrare in Cina nell'estate del 2023, dopo che la polizia locale aveva convocato più volte i genitori", place="Forlì", date="2023", claimant="esposto"),
    I("IT", "harassment", "dopo che la polizia locale aveva convocato più volte i genitori", claimant="esposto", opt=True, note="relatives inside a persuasion case"),
    S("IT", "Empoli", "Sempre nell'esposto si citava una presunta seconda sede a Empoli, che però gli investigatori non hanno mai individuato.", claimant="esposto", opt=True, note="claimed, never found"),
    R("IT", "closure", "Il Comune di Forlì aveva revocato a gennaio la concessione dei locali, di proprietà comunale, per \"uso difforme da quello previsto dalla convenzione\", e da allora la saracinesca non si è più alzata.", place="Forlì", date="2025-01"),
    D("IT", "\"Era solo un circolo dove si aiutava la gente a rinnovare la patente e a compilare i moduli per la pensione\", ripete il presidente dell'associazione", claimant="presidente dell'associazione", opt=True, note="host-country association's denial"),
]})
