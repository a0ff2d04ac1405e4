"""check20 part B, Italian documents 044-046."""
import re

from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 044
T044 = """Questo sito utilizza cookie tecnici e, previo consenso, di profilazione. Accetta | Rifiuta | Personalizza

ANSA.it › Lombardia › Cronaca
Condividi: Facebook · X · WhatsApp · Email  |  Stampa

Perquisizioni a Voghera, indagini su presunta 'stazione di polizia' cinese

La Procura di Pavia apre un fascicolo. L'ambasciata: "Pura invenzione"

(ANSA) - VOGHERA (PAVIA), 23 GIU - Agenti della Digos di Pavia hanno eseguito stamani perquisizioni in un centro servizi gestito da cittadini cinesi nel centro di Voghera e in due abitazioni, nell'ambito di un fascicolo aperto dalla Procura di Pavia per esercizio arbitrario di funzioni pubbliche straniere. Al momento, viene precisato, nessuno è stato arrestato.

Secondo un rapporto dell'ong Safeguard Defenders, il centro servizi farebbe capo all'Ufficio di pubblica sicurezza di Jiaohe, città della provincia nordorientale cinese di Jilin, e sarebbe attivo dal 2022. Nei locali, secondo fonti investigative, sono stati sequestrati timbri e registri.

(Foto: l'ingresso del centro servizi in via Emilia a Voghera. ANSA)

Gli investigatori hanno ascoltato una giovane che lavora in un centro estetico della città. La donna ha raccontato di essere stata più volte invitata, nel corso del 2025, a rientrare in Cina per "chiarire" la posizione di un parente, mentre agenti si presentavano a casa dei genitori a Jilin. Ha scelto di restare in Italia.

LEGGI ANCHE: Oltrepò, la comunità cinese cresce del 12% in cinque anni

Il rapporto indica almeno due sedi di questo tipo tra Lombardia e Veneto. Un secondo punto si troverebbe a Legnago, nella Bassa veronese, e sarebbe legato alla polizia di Shulan, sempre nella provincia di Jilin.

La Farnesina ha convocato l'incaricato d'affari dell'ambasciata cinese per chiedere chiarimenti, fanno sapere fonti diplomatiche.

L'ambasciata della Repubblica popolare a Roma ha definito le notizie "pura invenzione": si tratterebbe, spiega una nota, di volontari che aiutano i connazionali anziani a rinnovare la patente di guida cinese online.

Nel 2022 la stessa ong aveva parlato di più di cento presidi simili nel mondo, undici dei quali in Italia.

(ANSA). RIPRODUZIONE RISERVATA © Copyright ANSA
"""

DOCS.append({
    "name": "044-it-ansa-voghera-legnago-jiaohe-shulan.txt",
    "text": T044,
    "facts": [
        R("IT", "investigation", "Agenti della Digos di Pavia hanno eseguito stamani perquisizioni in un centro servizi gestito da cittadini cinesi nel centro di Voghera",
          place="Voghera", claimant="Procura di Pavia", date="2026-06-23"),
        S("IT", "Voghera", "Perquisizioni a Voghera, indagini su presunta 'stazione di polizia' cinese", note="headline"),
        R("IT", "arrest", "nessuno è stato arrestato", pol="denied", opt=True),
        S("IT", "Voghera", "il centro servizi farebbe capo all'Ufficio di pubblica sicurezza di Jiaohe", operator="Jiaohe",
          operator_alt=["Jilin"], claimant="Safeguard Defenders", date="2022", note="site: via Emilia"),
        I("IT", "persuasion", "di essere stata più volte invitata, nel corso del 2025, a rientrare in Cina per \"chiarire\" la posizione di un parente",
          place="Voghera", claimant="a beautician", date="2025"),
        I("IT", "harassment", "mentre agenti si presentavano a casa dei genitori a Jilin", claimant="a beautician", opt=True,
          note="visits to parents inside the persuasion case"),
        C("stations", 2, "IT", "almeno due sedi di questo tipo tra Lombardia e Veneto", claimant="Safeguard Defenders"),
        S("IT", "Legnago", "Un secondo punto si troverebbe a Legnago, nella Bassa veronese, e sarebbe legato alla polizia di Shulan",
          operator="Shulan", operator_alt=["Jilin"], claimant="Safeguard Defenders"),
        R("IT", "protest", "La Farnesina ha convocato l'incaricato d'affari dell'ambasciata cinese per chiedere chiarimenti",
          claimant="Farnesina"),
        D("CN", "ha definito le notizie \"pura invenzione\": si tratterebbe, spiega una nota, di volontari che aiutano i connazionali anziani a rinnovare la patente di guida cinese online",
          claimant="Chinese Embassy in Italy"),
        C("stations", 100, None, "più di cento presidi simili nel mondo", claimant="Safeguard Defenders", date="2022", opt=True),
        C("stations", 11, "IT", "undici dei quali in Italia", claimant="Safeguard Defenders", date="2022"),
    ],
})

# ---------------------------------------------------------------- 045
T045_BODY = """TRIBUNALE DI ROMA – SEZIONE PER IL RIESAME DELLE MISURE CAUTELARI REALI

                                                              R.G. Riesame n. 2188/2026

ORDINANZA

Il Tribunale, riunito in camera di consiglio, letti gli atti del procedimento n. 9914/2025 R.G.N.R. della Procura della Repubblica presso il Tribunale di Civitavecchia, a scioglimento della riserva assunta all'udienza del 3 luglio 2026, ha pronunciato la seguente

ORDINANZA

1. Con decreto del 6 giugno 2026 il Giudice per le indagini preliminari di Civitavecchia ha disposto il sequestro preventivo dei locali siti in Civitavecchia, largo della Pace, adibiti a "sportello di assistenza ai connazionali", e ne ha ordinato la chiusura. La difesa dell'indagato ha proposto istanza di riesame.

2. Secondo la prospettazione accusatoria, lo sportello operava per conto dell'Ufficio di pubblica sicurezza della contea di Gongcheng (regione autonoma del Guangxi, Repubblica popolare cinese), che ne avrebbe finanziato l'affitto e impartito le direttive. La perquisizione eseguita dalla Digos il 4 giugno 2026 ha consentito di acquisire un registro con nominativi e numeri di passaporto di connazionali residenti nel Lazio.

3. Dalle annotazioni di polizia giudiziaria emerge inoltre che l'indagato avrebbe fotografato i partecipanti a un presidio pacifico svoltosi in piazza Fratti il 12 marzo 2026, trasmettendo le immagini a un'utenza cinese. Un giovane connazionale, sentito a sommarie informazioni, ha riferito che, dopo quel presidio, sua madre, residente a Guilin, è stata convocata due volte dalla polizia locale ed esortata a "farlo tornare a casa"; egli è rimasto in Italia.

4. Gli atti fanno altresì riferimento ad analoga struttura in Foligno, riconducibile secondo la Procura all'Ufficio di pubblica sicurezza di Lipu, sulla quale sono in corso accertamenti da parte della Procura di Spoleto.

5. La difesa sostiene che si tratterebbe di un "mero ufficio di consulenza per pratiche di patente e di traduzione", privo di qualsiasi collegamento con autorità straniere.

6. Il Collegio osserva che la richiesta di applicazione della custodia cautelare in carcere avanzata dal P.M. è stata respinta dal G.i.p. e non forma oggetto del presente giudizio. Quanto al sequestro, sussistono il fumus e il periculum in mora.

P.Q.M.

conferma il decreto impugnato e condanna l'indagato al pagamento delle spese processuali.

Roma, 10 luglio 2026                                   Il Presidente estensore

                                                                  pag. 1 di 1
"""
def _sill(text):
    """Mark hyphenation points V-CV in long words (Italian syllables) for wrap_hy."""
    def one(m):
        w = m.group(0)
        if len(w) < 10:
            return w
        head, mid, tail = w[:2], w[2:-2], w[-2:]
        mid = re.sub(r"(?<=[aeiouàèéìòù])(?=[bcdfglmnprstvz][aeiouàèéìòù])", "~", head[-1] + mid)[1:]
        return head + mid + tail
    return re.sub(r"[A-Za-zàèéìòù]+", one, text)


T045_BODY = _sill(T045_BODY)
T045 = wrap_hy(T045_BODY, 66)

DOCS.append({
    "name": "045-it-ordinanza-riesame-civitavecchia-foligno-gongcheng-lipu.txt",
    "text": T045,
    "facts": [
        R("IT", "closure", "ha disposto il sequestro preventivo dei locali siti in Civitavecchia, largo della Pace, adibiti a \"sportello di assistenza ai connazionali\", e ne ha ordinato la chiusura",
          place="Civitavecchia", claimant="GIP di Civitavecchia", date="2026-06-06"),
        S("IT", "Civitavecchia", "dei locali siti in Civitavecchia, largo della Pace, adibiti a \"sportello di assistenza ai connazionali\"",
          note="site: largo della Pace"),
        S("IT", "Civitavecchia", "lo sportello operava per conto dell'Ufficio di pubblica sicurezza della contea di Gongcheng",
          operator="Gongcheng", operator_alt=["Guilin"], claimant="Procura di Civitavecchia"),
        R("IT", "investigation", "La perquisizione eseguita dalla Digos il 4 giugno 2026", place="Civitavecchia",
          date="2026-06-04"),
        I("IT", "surveillance", "l'indagato avrebbe fotografato i partecipanti a un presidio pacifico svoltosi in piazza Fratti il 12 marzo 2026, trasmettendo le immagini a un'utenza cinese",
          place="Civitavecchia", claimant="polizia giudiziaria", date="2026-03-12"),
        I("IT", "persuasion", "sua madre, residente a Guilin, è stata convocata due volte dalla polizia locale ed esortata a \"farlo tornare a casa\"; egli è rimasto in Italia",
          claimant="a young man"),
        I("IT", "harassment", "sua madre, residente a Guilin, è stata convocata due volte dalla polizia locale", claimant="a young man",
          opt=True, note="pressure on the mother inside the persuasion case"),
        S("IT", "Foligno", "analoga struttura in Foligno, riconducibile secondo la Procura all'Ufficio di pubblica sicurezza di Lipu",
          operator="Lipu", operator_alt=["Guilin"], claimant="Procura di Civitavecchia"),
        D("IT", "si tratterebbe di un \"mero ufficio di consulenza per pratiche di patente e di traduzione\"", claimant="defence counsel",
          opt=True),
        R("IT", "arrest", "la richiesta di applicazione della custodia cautelare in carcere avanzata dal P.M. è stata respinta dal G.i.p.",
          pol="denied", opt=True),
    ],
})

# ---------------------------------------------------------------- 046 (irrelevant)
T046 = """Gubbio, la stazione dei carabinieri apre le porte ai turisti cinesi

Umbria › Cronaca · 18 maggio 2026 · di Redazione

Un opuscolo in cinese, un interprete il sabato mattina e pattuglie congiunte di carabinieri e polizia locale lungo via dei Consoli e piazza Grande durante la Festa dei Ceri. È il piano presentato ieri dalla stazione dei carabinieri di Gubbio per accogliere i gruppi di turisti cinesi, sempre più numerosi in città dopo l'apertura del volo diretto su Roma.

Il comandante della stazione ha spiegato che lo scorso anno sono stati 102 i turisti stranieri che hanno denunciato lo smarrimento di documenti, e 53 le multe elevate a pullman turistici in sosta vietata. "Molti non sapevano nemmeno come rifare il passaporto o la patente: li abbiamo accompagnati noi al consolato."

L'iniziativa nasce da un protocollo d'intesa firmato con il Comune e con un'associazione di guide turistiche. Il vecchio punto informativo dei vigili in piazza Quaranta Martiri, invece, chiuderà a giugno.

"Non è una cosa straordinaria", dice un ristoratore del centro. "Sono clienti come gli altri. Però se qualcuno li aiuta a orientarsi è meglio per tutti."

Il console generale della Repubblica popolare cinese ha inviato una lettera di ringraziamento al comando provinciale.
"""

DOCS.append({
    "name": "046-it-cronaca-stazione-carabinieri-turisti-gubbio.txt",
    "text": T046,
    "facts": [],
})
