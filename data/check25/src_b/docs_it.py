"""check25 part B, Italian documents 044-046 (held-out: do not tune on them)."""
from h import S, C, R, I, A, D

NY = ["Nanyang"]
SJZ = ["Shijiazhuang"]
TS = ["Tangshan"]

DOCS = []

# ---------------------------------------------------------------- 044
DOCS.append({
    "name": "044-it-agenzia-correzione-vignola-mirandola-sheqi-tongbai.txt",
    "text": """ZCZC2291/SXR
XCI55882_SXR_QBXB
R CRO S0A QBXB

Cina: 'stazione di polizia' a Vignola, perquisizione dei carabinieri

(ANSA) - MODENA, 17 OTT - I carabinieri del Ros hanno perquisito oggi i locali di un'associazione culturale cinese a Vignola, nel Modenese, che secondo l'ong Safeguard Defenders avrebbe ospitato una "stazione di polizia" non ufficiale della Repubblica popolare. La Procura di Modena ha aperto un fascicolo per attività illecite per conto di uno Stato estero. Al momento non risultano arresti.

La sede, al piano terra di una palazzina vicino alla stazione delle corriere, ufficialmente organizzava corsi di lingua e feste per il capodanno cinese. Secondo quanto ricostruito dagli investigatori, il presidio farebbe capo all'Ufficio di pubblica sicurezza della contea di Sheqi, nella città di Nanyang (Henan).

A Vignola, nota per le ciliegie, la comunità cinese conta alcune centinaia di persone, impiegate soprattutto nella logistica e nella ristorazione.

LEGGI ANCHE: Capodanno cinese, a Modena la sfilata del dragone

Una giovane operaia, residente a Vignola, ha raccontato agli inquirenti che dopo aver pubblicato sui social un commento critico i suoi genitori, a Nanyang, sono stati convocati dalla polizia locale, che ha chiesto loro di "farla ragionare". Nessuno le ha chiesto di tornare in Cina.

Secondo l'ong, in Emilia-Romagna ci sarebbero almeno tre presidi di questo tipo. Un altro si troverebbe a Mirandola, nel distretto biomedicale, e sarebbe collegato alla contea di Tongbai, sempre a Nanyang. I carabinieri di Mirandola riferiscono di non avere alcun riscontro.

La Farnesina ha convocato l'ambasciatore cinese.

L'ambasciata della Repubblica popolare ha definito le accuse "prive di ogni fondamento", spiegando che si tratta di volontari che aiutano i connazionali anziani a rinnovare la patente e il passaporto.

(ANSA). Y83-MAR
17-OTT-25 18:42 NNNN

CORREZIONE: in una precedente versione la perquisizione era attribuita alla polizia di Stato. Si tratta dei carabinieri del Ros.
""",
    "facts": [
        R("IT", "investigation", "I carabinieri del Ros hanno perquisito oggi i locali di un'associazione culturale cinese a Vignola, nel Modenese,",
          place="Vignola", date="2025-10-17"),
        S("IT", "Vignola", "I carabinieri del Ros hanno perquisito oggi i locali di un'associazione culturale cinese a Vignola, nel Modenese, che secondo l'ong Safeguard Defenders avrebbe ospitato una \"stazione di polizia\" non ufficiale della Repubblica popolare.",
          claimant="Safeguard Defenders"),
        R("IT", "investigation", "La Procura di Modena ha aperto un fascicolo per attività illecite per conto di uno Stato estero.",
          claimant="Procura di Modena"),
        R("IT", "arrest", "Al momento non risultano arresti.", pol="denied", opt=True),
        S("IT", "Vignola", "Secondo quanto ricostruito dagli investigatori, il presidio farebbe capo all'Ufficio di pubblica sicurezza della contea di Sheqi, nella città di Nanyang (Henan).",
          operator="Sheqi", operator_alt=NY, claimant="investigators"),
        I("IT", "harassment", "dopo aver pubblicato sui social un commento critico i suoi genitori, a Nanyang, sono stati convocati dalla polizia locale, che ha chiesto loro di \"farla ragionare\". Nessuno le ha chiesto di tornare in Cina.",
          place="Vignola"),
        C("stations", 3, "IT", "Secondo l'ong, in Emilia-Romagna ci sarebbero almeno tre presidi di questo tipo.",
          claimant="Safeguard Defenders"),
        S("IT", "Mirandola", "Un altro si troverebbe a Mirandola, nel distretto biomedicale, e sarebbe collegato alla contea di Tongbai, sempre a Nanyang.",
          operator="Tongbai", operator_alt=NY, claimant="Safeguard Defenders"),
        S("IT", "Mirandola", "I carabinieri di Mirandola riferiscono di non avere alcun riscontro.", pol="denied", opt=True,
          claimant="carabinieri di Mirandola"),
        R("IT", "protest", "La Farnesina ha convocato l'ambasciatore cinese."),
        D("CN", "L'ambasciata della Repubblica popolare ha definito le accuse \"prive di ogni fondamento\", spiegando che si tratta di volontari che aiutano i connazionali anziani a rinnovare la patente e il passaporto.",
          claimant="Chinese Embassy in Italy"),
    ],
})

# ---------------------------------------------------------------- 045
DOCS.append({
    "name": "045-it-comunicato-procura-pinerolo-savigliano-zanhuang-lingshou.txt",
    "text": """PROCURA DELLA REPUBBLICA
presso il Tribunale di Torino

COMUNICATO STAMPA
(ai sensi dell'art. 5 d.lgs. 106/2006)

Torino, 26 novembre 2025

Oggetto: esecuzione di misura cautelare personale e di sequestro preventivo – procedimento n. 18841/2024 R.G.N.R.

In data odierna la Polizia di Stato – DIGOS della Questura di Torino ha dato esecuzione all'ordinanza con la quale il Giudice per le indagini preliminari ha disposto la custodia cautelare in carcere nei confronti di un cittadino cinese di 52 anni, indagato per aver svolto attività di intelligence non autorizzata per conto di uno Stato estero.

Contestualmente sono state eseguite perquisizioni locali e personali in Pinerolo e nei comuni limitrofi.

Secondo l'ipotesi accusatoria, l'indagato gestiva, nei locali di un'associazione di promozione sociale con sede in Pinerolo, un presidio non dichiarato operante quale "stazione di servizio" della polizia della Repubblica popolare cinese, alle dipendenze dell'Ufficio di pubblica sicurezza della contea di Zanhuang (città di Shijiazhuang, provincia dello Hebei).

Nel corso delle indagini è stato acquisito un elenco, custodito su supporto informatico, contenente nominativi, recapiti e luoghi di lavoro di circa sessanta cittadini cinesi residenti nel Pinerolese.

È emerso inoltre che un dipendente di un'azienda agricola della zona è stato ripetutamente sollecitato, anche tramite familiari, a fare rientro in Cina "per chiarire la propria posizione"; l'interessato ha rifiutato e si trova tuttora in Italia.

Il GIP ha altresì disposto il sequestro preventivo dei locali, che risultano pertanto chiusi.

Gli accertamenti svolti in relazione a un secondo sito segnalato in Savigliano (CN), che sarebbe stato collegato alla contea di Lingshou della medesima città di Shijiazhuang, non hanno consentito di riscontrare condotte penalmente rilevanti.

Si precisa che il procedimento si trova nella fase delle indagini preliminari e che l'indagato è da ritenersi innocente fino a sentenza definitiva.

Il Procuratore della Repubblica

Ufficio stampa – Procura della Repubblica di Torino
""",
    "facts": [
        R("IT", "arrest", "il Giudice per le indagini preliminari ha disposto la custodia cautelare in carcere nei confronti di un cittadino cinese di 52 anni",
          date="2025-11-26", claimant="Procura di Torino"),
        R("IT", "investigation", "Contestualmente sono state eseguite perquisizioni locali e personali in Pinerolo e nei comuni limitrofi.",
          place="Pinerolo", claimant="Procura di Torino"),
        S("IT", "Pinerolo", "l'indagato gestiva, nei locali di un'associazione di promozione sociale con sede in Pinerolo, un presidio non dichiarato operante quale \"stazione di servizio\" della polizia della Repubblica popolare cinese, alle dipendenze dell'Ufficio di pubblica sicurezza della contea di Zanhuang (città di Shijiazhuang, provincia dello Hebei).",
          operator="Zanhuang", operator_alt=SJZ, claimant="Procura di Torino"),
        I("IT", "surveillance", "è stato acquisito un elenco, custodito su supporto informatico, contenente nominativi, recapiti e luoghi di lavoro di circa sessanta cittadini cinesi residenti nel Pinerolese.",
          place="Pinerolo", claimant="Procura di Torino"),
        I("IT", "persuasion", "un dipendente di un'azienda agricola della zona è stato ripetutamente sollecitato, anche tramite familiari, a fare rientro in Cina \"per chiarire la propria posizione\"; l'interessato ha rifiutato e si trova tuttora in Italia.",
          place="Pinerolo", claimant="Procura di Torino"),
        R("IT", "closure", "Il GIP ha altresì disposto il sequestro preventivo dei locali, che risultano pertanto chiusi.",
          place="Pinerolo", claimant="Procura di Torino"),
        S("IT", "Savigliano", "un secondo sito segnalato in Savigliano (CN), che sarebbe stato collegato alla contea di Lingshou della medesima città di Shijiazhuang,",
          operator="Lingshou", operator_alt=SJZ, opt=True, claimant="unnamed report",
          note="a reported site that the checks did not confirm"),
        R("IT", "no_wrongdoing_found", "Gli accertamenti svolti in relazione a un secondo sito segnalato in Savigliano (CN), che sarebbe stato collegato alla contea di Lingshou della medesima città di Shijiazhuang, non hanno consentito di riscontrare condotte penalmente rilevanti.",
          place="Savigliano", claimant="Procura di Torino"),
    ],
})

# ---------------------------------------------------------------- 046
DOCS.append({
    "name": "046-it-trascrizione-tg-viadana-suzzara-leting-luannan.txt",
    "text": """TG REGIONE LOMBARDIA – edizione delle 19.30 del 4 dicembre 2025
Trascrizione del servizio (testo non rivisto)

CONDUTTRICE: Buonasera. Apriamo con il Mantovano, dove questa mattina la Digos ha perquisito la sede di un'associazione di imprenditori cinesi a Viadana. Secondo gli investigatori, nei locali sarebbe stata attiva una cosiddetta "stazione di polizia" cinese non dichiarata. Il servizio del nostro inviato.

INVIATO (servizio registrato): Viadana, poco più di ventimila abitanti sulla riva del Po. Qui la comunità cinese lavora soprattutto nelle aziende di confezioni e nei laboratori di falegnameria. La sede dell'associazione è in una palazzina di due piani, in una traversa di via Roma. Gli agenti sono entrati alle sei del mattino e ne sono usciti con computer e faldoni.

INVIATO: Due persone risultano indagate. La Procura di Mantova non ha disposto misure cautelari. Secondo gli atti, il presidio farebbe capo all'Ufficio di pubblica sicurezza della contea di Leting, nella città di Tangshan, nella provincia cinese dello Hebei.

INVIATO: Nel fascicolo c'è anche la storia di un operaio di una ditta di confezioni di Viadana. Lo scorso marzo, secondo gli inquirenti, due connazionali lo avrebbero accompagnato all'aeroporto di Orio al Serio e fatto salire su un volo per Pechino. Da allora non è più tornato in Italia.

PRESIDENTE DI UN'ASSOCIAZIONE DI VOLONTARIATO (intervista): Qui tutti si conoscono. Nessuno immaginava una cosa del genere.

INVIATO: Secondo l'ong Safeguard Defenders, nel Mantovano i presidi sarebbero due. L'altro si troverebbe a Suzzara e sarebbe collegato alla contea di Luannan, sempre a Tangshan. La Questura di Mantova, interpellata, dice di non avere alcun riscontro su Suzzara.

CONDUTTRICE (in studio): Il ministero degli Esteri ha convocato l'incaricato d'affari cinese. L'ambasciata cinese a Roma, in una nota, parla di "accuse infondate" e spiega che si tratta di volontari che aiutano gli anziani a rinnovare la patente. Ricordiamo che Italia e Cina avevano firmato nel 2015 un memorandum di cooperazione di polizia, che aveva portato tra il 2016 e il 2019 a pattugliamenti congiunti nelle città italiane.

CONDUTTRICE: E se le accuse venissero confermate? Lo chiediamo domani al prefetto. Ora lo sport.

[Fine del servizio]
""",
    "facts": [
        R("IT", "investigation", "questa mattina la Digos ha perquisito la sede di un'associazione di imprenditori cinesi a Viadana.",
          place="Viadana", date="2025-12-04"),
        S("IT", "Viadana", "Secondo gli investigatori, nei locali sarebbe stata attiva una cosiddetta \"stazione di polizia\" cinese non dichiarata.",
          claimant="investigators"),
        R("IT", "arrest", "La Procura di Mantova non ha disposto misure cautelari.", pol="denied", opt=True),
        S("IT", "Viadana", "Secondo gli atti, il presidio farebbe capo all'Ufficio di pubblica sicurezza della contea di Leting, nella città di Tangshan, nella provincia cinese dello Hebei.",
          operator="Leting", operator_alt=TS, claimant="Procura di Mantova"),
        I("IT", "forced_return", "due connazionali lo avrebbero accompagnato all'aeroporto di Orio al Serio e fatto salire su un volo per Pechino.",
          place="Viadana", date="2025-03", claimant="inquirenti"),
        C("stations", 2, "IT", "nel Mantovano i presidi sarebbero due.", claimant="Safeguard Defenders"),
        S("IT", "Suzzara", "L'altro si troverebbe a Suzzara e sarebbe collegato alla contea di Luannan, sempre a Tangshan.",
          operator="Luannan", operator_alt=TS, claimant="Safeguard Defenders"),
        S("IT", "Suzzara", "La Questura di Mantova, interpellata, dice di non avere alcun riscontro su Suzzara.", pol="denied", opt=True,
          claimant="Questura di Mantova"),
        R("IT", "protest", "Il ministero degli Esteri ha convocato l'incaricato d'affari cinese."),
        D("CN", "L'ambasciata cinese a Roma, in una nota, parla di \"accuse infondate\" e spiega che si tratta di volontari che aiutano gli anziani a rinnovare la patente.",
          claimant="Chinese Embassy in Italy"),
        A("IT", "security_agreement", "Italia e Cina avevano firmato nel 2015 un memorandum di cooperazione di polizia", date="2015"),
        A("IT", "joint_patrol", "che aveva portato tra il 2016 e il 2019 a pattugliamenti congiunti nelle città italiane.", date="2016"),
    ],
})
