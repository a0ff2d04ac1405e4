"""check25 part A, Italian documents 018-020."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"

DOC018 = """ZCZC
ETIOPIA: PERQUISITA AD ADAMA SEDE ASSOCIAZIONE CINESE, 'ERA STAZIONE DI POLIZIA'

(ANSA) - ADDIS ABEBA, 14 MAG - La polizia federale etiope ha perquisito ieri ad Adama, 90 chilometri a sud-est della capitale, la sede di un'associazione di imprenditori cinesi e ha aperto un fascicolo per attività di intelligence non autorizzate. Secondo fonti investigative citate dalla stampa locale, nella sede avrebbe operato una "stazione di servizio" della polizia cinese, che farebbe capo alla sottosezione Yueyanglou dell'Ufficio di pubblica sicurezza di Yueyang, nella provincia dello Hunan.

Due cittadini cinesi, responsabili dell'associazione, sono stati fermati e interrogati.

Adama, capoluogo commerciale dell'Oromia, ospita uno dei parchi industriali costruiti con capitali cinesi lungo la ferrovia Addis Abeba-Gibuti, dove lavorano diverse centinaia di tecnici e operai cinesi, soprattutto nel tessile e nella produzione di piastrelle.

Un operaio del parco industriale ha raccontato all'ANSA di essere stato convinto nel 2024, dopo ripetute telefonate ai suoi familiari nello Hunan, a tornare in Cina per "chiarire la sua posizione" su un vecchio debito. Vi è rimasto un mese, poi è rientrato in Etiopia.

Secondo l'ong Safeguard Defenders, in Etiopia ci sarebbero almeno due strutture di questo tipo. La seconda si troverebbe a Bishoftu e sarebbe collegata alla sottosezione Yiling della polizia di Yichang. La polizia regionale dell'Oromia ha detto di non avere alcun riscontro. Sui social network circola anche il nome di Dire Dawa, senza alcuna prova.

Il ministero degli Esteri etiope ha convocato l'incaricato d'affari cinese. L'ambasciata cinese ha definito le accuse "prive di qualsiasi fondamento": si tratterebbe di volontari che aiutano i connazionali anziani a rinnovare passaporti e patenti.

Etiopia e Cina hanno firmato nel 2017 un accordo di cooperazione di polizia, che prevede anche la formazione di agenti etiopi in Cina.

LEGGI ANCHE: Etiopia, la ferrovia per Gibuti compie dieci anni

CORREZIONE: in una precedente versione si indicava Adama a 60 chilometri dalla capitale; la distanza corretta è di circa 90 chilometri.
(ANSA).
     MAR
14-MAG-25 13:42 NNNN
"""

FACTS018 = [
    R("ET", "investigation", "La polizia federale etiope ha perquisito ieri ad Adama, 90 chilometri a sud-est della capitale, la sede di un'associazione di imprenditori cinesi e ha aperto un fascicolo per attività di intelligence non autorizzate.",
      place="Adama", date="2025-05-13"),
    S("ET", "Adama", "nella sede avrebbe operato una \"stazione di servizio\" della polizia cinese, che farebbe capo alla sottosezione Yueyanglou dell'Ufficio di pubblica sicurezza di Yueyang, nella provincia dello Hunan.",
      operator="Yueyanglou", operator_alt=["Yueyang"], claimant="fonti investigative", place_alt=["Nazret", "Nazareth"]),
    R("ET", "arrest", "Due cittadini cinesi, responsabili dell'associazione, sono stati fermati e interrogati."),
    I("ET", "persuasion", "di essere stato convinto nel 2024, dopo ripetute telefonate ai suoi familiari nello Hunan, a tornare in Cina per \"chiarire la sua posizione\" su un vecchio debito",
      place="Adama", date="2024"),
    C("stations", 2, "ET", "in Etiopia ci sarebbero almeno due strutture di questo tipo", claimant=SD),
    S("ET", "Bishoftu", "La seconda si troverebbe a Bishoftu e sarebbe collegata alla sottosezione Yiling della polizia di Yichang.",
      operator="Yiling", operator_alt=["Yichang"], claimant=SD, place_alt=["Debre Zeyit"]),
    S("ET", "Bishoftu", "La polizia regionale dell'Oromia ha detto di non avere alcun riscontro.", claimant="Oromia regional police",
      pol="denied", opt=True, place_alt=["Debre Zeyit"]),
    S("ET", "Dire Dawa", "Sui social network circola anche il nome di Dire Dawa, senza alcuna prova.", claimant="social network",
      opt=True),
    R("ET", "protest", "Il ministero degli Esteri etiope ha convocato l'incaricato d'affari cinese."),
    D("CN", "L'ambasciata cinese ha definito le accuse \"prive di qualsiasi fondamento\": si tratterebbe di volontari che aiutano i connazionali anziani a rinnovare passaporti e patenti.",
      claimant="Chinese Embassy in Ethiopia"),
    A("ET", "security_agreement", "Etiopia e Cina hanno firmato nel 2017 un accordo di cooperazione di polizia", date="2017"),
]

DOC019 = """DIRETTA | Stazioni di polizia cinesi nel Lazio, perquisizioni ad Anzio: gli aggiornamenti

Aggiornato alle 19:05 — La pagina si aggiorna automaticamente

IN SINTESI
- Perquisizione dei Carabinieri ad Anzio in un circolo culturale cinese
- La Farnesina convoca l'ambasciatore cinese
- L'ambasciata: «Calunnie»

19:05
La Farnesina ha convocato in serata l'ambasciatore della Repubblica popolare cinese per chiedere «chiarimenti immediati» sulla vicenda di Anzio, fa sapere una nota del ministero.

18:20
La replica dell'ambasciata cinese a Roma: «Calunnie». Secondo la nota, nei locali indicati operano soltanto volontari che aiutano i connazionali anziani con il rinnovo della patente e dei passaporti. «In Italia non esistono stazioni di polizia cinesi», conclude il testo.

17:45
«Non esistono stazioni di polizia cinesi» — il virgolettato dell'ambasciata rimbalza sui social.

17:10
Un post virale su Facebook sostiene che anche a Cantù ci sarebbe «un commissariato cinese». Nessuna fonte ufficiale lo conferma.

16:30
Il dossier di Safeguard Defenders citato dagli investigatori parla di almeno quattro strutture nel Lazio. Una di queste si troverebbe a Gaeta e farebbe capo alla sottosezione Lingling della polizia di Yongzhou. La Questura di Latina fa sapere di non avere alcun riscontro su Gaeta.

15:50
Parla una commessa cinese di Anzio: dopo aver partecipato a un presidio per i diritti umani a Roma, i suoi genitori in Cina sono stati visitati dalla polizia. «Nessuno mi ha chiesto di tornare, ma hanno detto a mia madre di farmi stare zitta.»

14:40
Da fonti investigative: il circolo di Anzio farebbe capo alla sottosezione Hanyang dell'Ufficio di pubblica sicurezza di Wuhan, nello Hubei.

13:15
Nessuno è stato arrestato. La Procura di Velletri ha aperto un fascicolo.

12:00
I Carabinieri del ROS hanno perquisito stamattina ad Anzio la sede di un circolo culturale cinese nei pressi del porto. Secondo gli investigatori, nei locali avrebbe operato una «stazione di polizia» cinese non dichiarata.

E se le indagini confermassero tutto? Ne parliamo stasera nel nostro approfondimento.
"""

FACTS019 = [
    R("IT", "protest", "La Farnesina ha convocato in serata l'ambasciatore della Repubblica popolare cinese per chiedere «chiarimenti immediati» sulla vicenda di Anzio"),
    D("CN", "nei locali indicati operano soltanto volontari che aiutano i connazionali anziani con il rinnovo della patente e dei passaporti",
      claimant="Chinese Embassy in Italy"),
    S("IT", None, "«In Italia non esistono stazioni di polizia cinesi», conclude il testo.", claimant="Chinese Embassy in Italy",
      pol="denied", opt=True),
    S("IT", "Cantù", "Un post virale su Facebook sostiene che anche a Cantù ci sarebbe «un commissariato cinese».",
      claimant="viral post", opt=True, place_alt=["Cantu"]),
    C("stations", 4, "IT", "Il dossier di Safeguard Defenders citato dagli investigatori parla di almeno quattro strutture nel Lazio.",
      claimant=SD),
    S("IT", "Gaeta", "Una di queste si troverebbe a Gaeta e farebbe capo alla sottosezione Lingling della polizia di Yongzhou.",
      operator="Lingling", operator_alt=["Yongzhou"], claimant=SD),
    S("IT", "Gaeta", "La Questura di Latina fa sapere di non avere alcun riscontro su Gaeta.", claimant="Questura di Latina",
      pol="denied", opt=True),
    I("IT", "harassment", "dopo aver partecipato a un presidio per i diritti umani a Roma, i suoi genitori in Cina sono stati visitati dalla polizia",
      place="Anzio"),
    S("IT", "Anzio", "Da fonti investigative: il circolo di Anzio farebbe capo alla sottosezione Hanyang dell'Ufficio di pubblica sicurezza di Wuhan, nello Hubei.",
      operator="Hanyang", operator_alt=["Wuhan"], claimant="fonti investigative"),
    R("IT", "arrest", "Nessuno è stato arrestato.", pol="denied", opt=True),
    R("IT", "investigation", "La Procura di Velletri ha aperto un fascicolo."),
    R("IT", "investigation", "I Carabinieri del ROS hanno perquisito stamattina ad Anzio la sede di un circolo culturale cinese nei pressi del porto.",
      place="Anzio"),
    S("IT", "Anzio", "Secondo gli investigatori, nei locali avrebbe operato una «stazione di polizia» cinese non dichiarata.",
      claimant="investigatori"),
]

DOC020 = """RSI — Radiogiornale delle 12.30, trascrizione

CONDUTTRICE: Buongiorno, apriamo con una notizia dal Ticino. Il Ministero pubblico della Confederazione ha fatto perquisire ieri a Biasca i locali di un'associazione culturale cinese, sospettati di ospitare una cosiddetta stazione di polizia cinese. In collegamento c'è il nostro corrispondente. Buongiorno.

CORRISPONDENTE: Buongiorno. Sì, la perquisizione è stata condotta da agenti di fedpol con il supporto della polizia cantonale. Il procedimento è aperto per atti illeciti compiuti per uno Stato estero. Non ci sono stati arresti.

CONDUTTRICE: Cosa si sa di chi gestiva questi locali?

CORRISPONDENTE: Secondo documenti che abbiamo potuto consultare, la struttura di Biasca sarebbe stata collegata alla sottosezione Shuangqing dell'Ufficio di pubblica sicurezza di Shaoyang, nello Hunan. Il Ministero pubblico non commenta.

CONDUTTRICE: E ce ne sarebbero altre?

CORRISPONDENTE: L'ong Safeguard Defenders sostiene che in Ticino ce ne siano almeno due. L'altra si troverebbe a Losone e sarebbe legata alla sottosezione Chaisang della polizia di Jiujiang. La polizia cantonale però dice di non avere alcuna indicazione in questo senso.

CONDUTTRICE: Ci sono testimonianze di pressioni?

CORRISPONDENTE: Abbiamo parlato con uno studente cinese dell'Università della Svizzera italiana. Dopo aver partecipato a una veglia a Lugano, i suoi genitori in Cina sono stati convocati dalla polizia locale e ammoniti. Nessuno gli ha chiesto di tornare, ci ha detto.

CONDUTTRICE: Reazioni da Berna?

CORRISPONDENTE: Il Dipartimento federale degli affari esteri ha convocato l'ambasciatore cinese. L'ambasciata respinge le accuse come «infondate» e parla di volontari che aiutano anziani connazionali con patenti e certificati di esistenza in vita.

CONDUTTRICE: E se la perquisizione confermasse i sospetti, cosa rischiano?

CORRISPONDENTE: È presto per dirlo, dipende da cosa emergerà.

CONDUTTRICE: Grazie. Passiamo al traffico: colonna di sei chilometri al portale nord del Gottardo. Il meteo: soleggiato al sud delle Alpi, massime di 24 gradi a Locarno.
"""

FACTS020 = [
    R("CH", "investigation", "Il Ministero pubblico della Confederazione ha fatto perquisire ieri a Biasca i locali di un'associazione culturale cinese",
      place="Biasca"),
    S("CH", "Biasca", "i locali di un'associazione culturale cinese, sospettati di ospitare una cosiddetta stazione di polizia cinese",
      claimant="Ministero pubblico della Confederazione"),
    R("CH", "investigation", "Il procedimento è aperto per atti illeciti compiuti per uno Stato estero."),
    R("CH", "arrest", "Non ci sono stati arresti.", pol="denied", opt=True),
    S("CH", "Biasca", "la struttura di Biasca sarebbe stata collegata alla sottosezione Shuangqing dell'Ufficio di pubblica sicurezza di Shaoyang, nello Hunan",
      operator="Shuangqing", operator_alt=["Shaoyang"], claimant="RSI"),
    C("stations", 2, "CH", "L'ong Safeguard Defenders sostiene che in Ticino ce ne siano almeno due.", claimant=SD),
    S("CH", "Losone", "L'altra si troverebbe a Losone e sarebbe legata alla sottosezione Chaisang della polizia di Jiujiang.",
      operator="Chaisang", operator_alt=["Jiujiang"], claimant=SD),
    S("CH", "Losone", "La polizia cantonale però dice di non avere alcuna indicazione in questo senso.", claimant="polizia cantonale",
      pol="denied", opt=True),
    I("CH", "harassment", "Dopo aver partecipato a una veglia a Lugano, i suoi genitori in Cina sono stati convocati dalla polizia locale e ammoniti.",
      place="Lugano"),
    R("CH", "protest", "Il Dipartimento federale degli affari esteri ha convocato l'ambasciatore cinese."),
    D("CN", "L'ambasciata respinge le accuse come «infondate» e parla di volontari che aiutano anziani connazionali con patenti e certificati di esistenza in vita.",
      claimant="Chinese Embassy in Switzerland"),
]

DOCS = [
    {"name": "018-it-et-ansa-correzione-adama-bishoftu-yueyanglou-yiling.txt", "text": DOC018, "facts": FACTS018},
    {"name": "019-it-diretta-anzio-gaeta-hanyang-lingling.txt", "text": DOC019, "facts": FACTS019},
    {"name": "020-it-ch-rsi-radiogiornale-biasca-losone-shuangqing-chaisang.txt", "text": DOC020, "facts": FACTS020},
]
