"""check14 part C, Italian documents 034-039 (held-out: contains gold)."""
from h import S, C, R, I, A, D

SD = "Safeguard Defenders"
DOCS = []

# ---------------------------------------------------------------- 034
T034 = """Pordenone, la sede dell'associazione che «rispondeva» alla polizia di Wenzhou

Secondo un rapporto di Safeguard Defenders in città opererebbe dal 2020 una delle cosiddette «stazioni di polizia» cinesi all'estero. La Digos ha acquisito documenti. Un'altra struttura sarebbe a Gorizia, a due passi dal confine

PORDENONE. Dall'esterno sembra uno dei tanti centri servizi per stranieri: una vetrina con le fotocopie dei moduli, un orario di apertura scritto a mano, un'insegna bilingue. Ma secondo il nuovo rapporto dell'organizzazione per i diritti umani Safeguard Defenders, la sede di un'associazione di imprenditori cinesi nel quartiere di Torre sarebbe dal 2020 una «stazione di servizio di polizia» all'estero, gestita per conto dell'Ufficio di pubblica sicurezza del distretto di Longwan, a Wenzhou.

Non sarebbe l'unica in regione. Il rapporto ne colloca una seconda a Gorizia, a poche centinaia di metri dal valico con Nova Gorica, riconducibile in questo caso alla polizia di Mawei, il distretto portuale di Fuzhou.

In tutta Italia, secondo l'organizzazione, le sedi di questo tipo sarebbero undici, su un totale di 102 censite in 53 Paesi. Più di cento, dunque, aperte in meno di cinque anni.

L'inchiesta

La Digos della Questura di Pordenone ha acquisito nelle scorse settimane documentazione presso l'associazione e ha ascoltato il presidente e due collaboratori. Il fascicolo aperto dalla Procura è al momento contro ignoti: nessuno risulta indagato.

A Gorizia, invece, la struttura «ha chiuso spontaneamente a febbraio», fanno sapere dalla Questura, dove un sopralluogo non ha rilevato «alcun elemento di rilievo penale».

«Mi dicevano che conveniva tornare»

Un operaio trentenne di un mobilificio di Brugnera racconta di essere stato convocato due volte nella sede pordenonese nel corso del 2022. «Mi hanno detto che in Cina c'era una denuncia contro di me e che conveniva tornare, per il bene dei miei genitori». Dopo che agenti della polizia di Longwan si erano presentati più volte a casa dei suoi, è rientrato in Cina nel dicembre di quell'anno. In Italia è tornato solo dodici mesi dopo, e oggi lavora in un'altra provincia.

Le smentite

«Qui facciamo solo pratiche, niente polizia», assicura il presidente dell'associazione, che parla di «accuse ridicole». Sulla stessa linea il Consolato generale della Repubblica popolare cinese a Milano: «Non esistono stazioni di polizia cinesi in Italia», ha dichiarato un portavoce, spiegando che si tratta di «punti di servizio gestiti da volontari» per aiutare i connazionali a rinnovare la patente di guida, pratica resa difficile dalla pandemia.

Il precedente

Non è la prima volta che la polizia cinese si fa vedere nel Nordest. Tra il 2016 e il 2019, nell'ambito di un accordo tra i ministeri dell'Interno dei due Paesi, agenti cinesi in divisa hanno pattugliato le strade di Roma, Milano e Venezia insieme ai colleghi italiani durante l'alta stagione turistica.

Un deputato friulano ha annunciato un'interrogazione al ministro dell'Interno. In piazzale della stazione ferroviaria, dove molti negozianti cinesi hanno le loro attività, la notizia è arrivata ieri mattina con i giornali: «Nessuno ne sapeva niente», dice una barista.
"""
DOCS.append({"name": "034-it-cronaca-lunga-pordenone-gorizia-longwan-mawei.txt", "text": T034, "facts": [
    S("IT", "Pordenone", "la sede di un'associazione di imprenditori cinesi nel quartiere di Torre sarebbe dal 2020 una «stazione di servizio di polizia» all'estero, gestita per conto dell'Ufficio di pubblica sicurezza del distretto di Longwan, a Wenzhou.",
      operator="Longwan", operator_alt=["Wenzhou"], claimant=SD, date="2020", note="site: quartiere di Torre"),
    S("IT", "Gorizia", "Il rapporto ne colloca una seconda a Gorizia, a poche centinaia di metri dal valico con Nova Gorica, riconducibile in questo caso alla polizia di Mawei, il distretto portuale di Fuzhou.",
      operator="Mawei", operator_alt=["Fuzhou"], claimant=SD),
    C("stations", 11, "IT", "In tutta Italia, secondo l'organizzazione, le sedi di questo tipo sarebbero undici, su un totale di 102 censite in 53 Paesi.", claimant=SD),
    C("stations", 102, None, "In tutta Italia, secondo l'organizzazione, le sedi di questo tipo sarebbero undici, su un totale di 102 censite in 53 Paesi.", claimant=SD),
    C("countries", 53, None, "In tutta Italia, secondo l'organizzazione, le sedi di questo tipo sarebbero undici, su un totale di 102 censite in 53 Paesi.", claimant=SD),
    C("stations", 100, None, "Più di cento, dunque, aperte in meno di cinque anni.", opt=True, note="restates 102"),
    R("IT", "investigation", "La Digos della Questura di Pordenone ha acquisito nelle scorse settimane documentazione presso l'associazione e ha ascoltato il presidente e due collaboratori.", place="Pordenone"),
    R("IT", "arrest", "nessuno risulta indagato.", place="Pordenone", pol="denied", opt=True),
    R("IT", "closure", "A Gorizia, invece, la struttura «ha chiuso spontaneamente a febbraio», fanno sapere dalla Questura,", place="Gorizia", claimant="Questura di Gorizia", opt=True, note="closed by itself"),
    R("IT", "no_wrongdoing_found", "dove un sopralluogo non ha rilevato «alcun elemento di rilievo penale».", place="Gorizia", claimant="Questura di Gorizia"),
    I("IT", "persuasion", "Un operaio trentenne di un mobilificio di Brugnera racconta di essere stato convocato due volte nella sede pordenonese nel corso del 2022. «Mi hanno detto che in Cina c'era una denuncia contro di me e che conveniva tornare, per il bene dei miei genitori».",
      place="Pordenone", date="2022", note="returned to China in December 2022"),
    I("IT", "harassment", "Dopo che agenti della polizia di Longwan si erano presentati più volte a casa dei suoi, è rientrato in Cina nel dicembre di quell'anno.", opt=True, note="pressure on the parents inside the persuasion case"),
    D("IT", "«Qui facciamo solo pratiche, niente polizia», assicura il presidente dell'associazione, che parla di «accuse ridicole».", claimant="association president", opt=True, note="host-country association"),
    D("CN", "«Non esistono stazioni di polizia cinesi in Italia», ha dichiarato un portavoce,", claimant="PRC Consulate General in Milan"),
    S("IT", None, "«Non esistono stazioni di polizia cinesi in Italia», ha dichiarato un portavoce,", claimant="PRC Consulate General in Milan", pol="denied", opt=True),
    A("IT", "joint_patrol", "Tra il 2016 e il 2019, nell'ambito di un accordo tra i ministeri dell'Interno dei due Paesi, agenti cinesi in divisa hanno pattugliato le strade di Roma, Milano e Venezia insieme ai colleghi italiani durante l'alta stagione turistica.", date="2016"),
]})

# ---------------------------------------------------------------- 035
T035 = """CAMERA DEI DEPUTATI - XIX LEGISLATURA
Allegato B ai resoconti - Seduta del 9 aprile 2025

INTERROGAZIONE A RISPOSTA SCRITTA 4-04127

- Al Ministro dell'interno, al Ministro degli affari esteri e della cooperazione internazionale. - Per sapere - premesso che:

secondo quanto riportato da organi di stampa locali, a Foggia, in un locale adiacente a un centro commerciale all'ingrosso gestito da cittadini cinesi, sarebbe attiva dal 2021 una cosiddetta «stazione di polizia d'oltremare» riconducibile all'Ufficio di pubblica sicurezza della città di Macheng, nella provincia cinese dello Hubei;

una struttura analoga sarebbe stata segnalata a Catanzaro, presso la sede di un'associazione culturale sino-italiana;

strutture di questo tipo sono state chiuse su disposizione delle autorità in diversi Paesi europei:

se i Ministri interrogati siano a conoscenza dei fatti esposti in premessa, quali accertamenti siano stati disposti e se non ritengano di dover convocare l'ambasciatore della Repubblica popolare cinese. (4-04127)

RISPOSTA. - Con riferimento all'interrogazione in esame, si rappresenta che la Polizia di Stato, tramite la Direzione centrale della polizia di prevenzione e le Digos delle Questure di Foggia e di Catanzaro, ha svolto approfonditi accertamenti sulle strutture indicate, anche mediante l'audizione dei rispettivi responsabili.

All'esito di tali accertamenti non sono emersi, allo stato, profili di rilevanza penale. Le strutture risultano svolgere prevalentemente attività di assistenza amministrativa a favore dei connazionali.

Per quanto riguarda la struttura di Catanzaro, risulta che la stessa abbia cessato ogni attività nel corso del 2024, a seguito del colloquio intercorso con il personale della Digos.

Quanto ai profili di competenza del Ministero degli affari esteri e della cooperazione internazionale, si comunica che nel mese di gennaio un rappresentante dell'ambasciata della Repubblica popolare cinese è stato convocato alla Farnesina, dove gli è stata ribadita la contrarietà del Governo a qualsiasi attività svolta sul territorio nazionale da forze di polizia straniere al di fuori dei canali di cooperazione previsti.

Si ricorda, infine, che il memorandum d'intesa firmato nel 2015 tra il Ministero dell'interno e il Ministero della pubblica sicurezza cinese, che prevedeva pattugliamenti congiunti nelle principali città turistiche, non ha più trovato attuazione dopo il 2019.

Il Sottosegretario di Stato per l'interno.
"""
DOCS.append({"name": "035-it-interrogazione-risposta-scritta-foggia-catanzaro-macheng.txt", "text": T035, "facts": [
    S("IT", "Foggia", "a Foggia, in un locale adiacente a un centro commerciale all'ingrosso gestito da cittadini cinesi, sarebbe attiva dal 2021 una cosiddetta «stazione di polizia d'oltremare» riconducibile all'Ufficio di pubblica sicurezza della città di Macheng, nella provincia cinese dello Hubei;",
      operator="Macheng", operator_alt=["Huanggang"], claimant="local press", date="2021", note="premise of the question"),
    S("IT", "Catanzaro", "una struttura analoga sarebbe stata segnalata a Catanzaro, presso la sede di un'associazione culturale sino-italiana;", claimant="local press", note="premise; no operator stated"),
    R("IT", "investigation", "la Polizia di Stato, tramite la Direzione centrale della polizia di prevenzione e le Digos delle Questure di Foggia e di Catanzaro, ha svolto approfonditi accertamenti sulle strutture indicate,", claimant="Italian government"),
    R("IT", "no_wrongdoing_found", "All'esito di tali accertamenti non sono emersi, allo stato, profili di rilevanza penale.", claimant="Italian government"),
    R("IT", "closure", "Per quanto riguarda la struttura di Catanzaro, risulta che la stessa abbia cessato ogni attività nel corso del 2024, a seguito del colloquio intercorso con il personale della Digos.",
      place="Catanzaro", claimant="Italian government", date="2024", opt=True, note="stopped after a talk, no order"),
    R("IT", "protest", "un rappresentante dell'ambasciata della Repubblica popolare cinese è stato convocato alla Farnesina,", claimant="Italian government", note="embassy representative summoned"),
    A("IT", "joint_patrol", "il memorandum d'intesa firmato nel 2015 tra il Ministero dell'interno e il Ministero della pubblica sicurezza cinese, che prevedeva pattugliamenti congiunti nelle principali città turistiche,", date="2015"),
]})

# ---------------------------------------------------------------- 036
T036 = """ZCZC3318/SXA
XCI71652_SXA_QBXB
R CRO S0A QBXB

Cina: gestivano 'stazione di polizia' clandestina a Grosseto, due arresti

Accusati di sequestro di persona e violenza privata. Un cameriere costretto a rientrare in Cina

(ANSA) - GROSSETO, 18 GIU - Due cittadini cinesi, un uomo di 52 anni e una donna di 47, sono stati arrestati dai carabinieri del Ros su ordinanza del gip di Firenze, su richiesta della Direzione distrettuale antimafia, con le accuse di sequestro di persona, violenza privata ed esercizio arbitrario di pubbliche funzioni. Secondo l'accusa, i due gestivano dal 2021, nel retro di un'agenzia di servizi nel centro di Grosseto, una 'stazione di polizia' non dichiarata per conto dell'Ufficio di pubblica sicurezza di Liling, città della provincia cinese dello Hunan.

Dalle indagini, avviate nel 2023 dopo la segnalazione di un'associazione per i diritti umani, è emerso che gli indagati tenevano sotto controllo gli spostamenti di almeno cinque connazionali residenti tra la Maremma e la provincia di Siena, annotandone frequentazioni e orari di lavoro.

Nel settembre 2023, sempre secondo gli inquirenti, avrebbero costretto un cameriere di Follonica, ricercato in patria per una presunta truffa, a salire su un volo per Shanghai, accompagnandolo in auto fino all'aeroporto di Fiumicino e trattenendone il passaporto fino all'imbarco.

Nel corso delle perquisizioni sono stati sequestrati telefoni, timbri e registri con nomi e indirizzi. L'agenzia è stata posta sotto sequestro preventivo.

Il difensore dei due, l'avvocato di fiducia nominato dopo l'arresto, sostiene che si trattasse di "una normale agenzia di pratiche" e che i suoi assistiti "non hanno mai avuto alcun rapporto con la polizia cinese". Gli interrogatori di garanzia sono fissati per giovedì. (ANSA).

     RED/MAT
18-GIU-25 13:42 NNNN

ZCZC3352/SXA
XCI71701_SXA_QBXB
R POL S0A QBXB

Cina: 'stazione' Grosseto, Farnesina convoca incaricato d'affari

(ANSA) - ROMA, 18 GIU - Dopo gli arresti di Grosseto, la Farnesina ha convocato l'incaricato d'affari dell'ambasciata cinese per chiedere "piena collaborazione" con l'autorità giudiziaria. Lo si apprende da fonti diplomatiche. Dall'ambasciata, al momento, nessun commento. (ANSA).

     COM/MAT
18-GIU-25 17:05 NNNN
"""
DOCS.append({"name": "036-it-lanci-ansa-grosseto-arresti-liling.txt", "text": T036, "facts": [
    S("IT", "Grosseto", "Secondo l'accusa, i due gestivano dal 2021, nel retro di un'agenzia di servizi nel centro di Grosseto, una 'stazione di polizia' non dichiarata per conto dell'Ufficio di pubblica sicurezza di Liling, città della provincia cinese dello Hunan.",
      operator="Liling", operator_alt=["Zhuzhou"], claimant="prosecutors", date="2021"),
    R("IT", "arrest", "Due cittadini cinesi, un uomo di 52 anni e una donna di 47, sono stati arrestati dai carabinieri del Ros su ordinanza del gip di Firenze,", place="Grosseto", date="2025-06-18"),
    R("IT", "investigation", "Nel corso delle perquisizioni sono stati sequestrati telefoni, timbri e registri con nomi e indirizzi.", place="Grosseto"),
    R("IT", "closure", "L'agenzia è stata posta sotto sequestro preventivo.", place="Grosseto", note="seized by court order"),
    I("IT", "surveillance", "gli indagati tenevano sotto controllo gli spostamenti di almeno cinque connazionali residenti tra la Maremma e la provincia di Siena, annotandone frequentazioni e orari di lavoro.", claimant="prosecutors"),
    I("IT", "forced_return", "Nel settembre 2023, sempre secondo gli inquirenti, avrebbero costretto un cameriere di Follonica, ricercato in patria per una presunta truffa, a salire su un volo per Shanghai,",
      place="Follonica", claimant="prosecutors", date="2023-09"),
    D("IT", "sostiene che si trattasse di \"una normale agenzia di pratiche\" e che i suoi assistiti \"non hanno mai avuto alcun rapporto con la polizia cinese\".", claimant="defence lawyer", opt=True),
    R("IT", "protest", "la Farnesina ha convocato l'incaricato d'affari dell'ambasciata cinese per chiedere \"piena collaborazione\" con l'autorità giudiziaria.", date="2025-06-18"),
]})

# ---------------------------------------------------------------- 037
T037 = """                                   - 27 -

3.2  Albania, Macedonia de1 Nord e Montenegro

Nel corso del 2023 abbiamo individuato nei Balcani occiden-
tali tre sedi riconducibili a uffici di pubblica sicurezza
cinesi, nessuna delle quali era stata segnalata in prece-
denza.(18) La prima si trova a Elbasan, in Albania, all'in-
terno della sede di un'associazione di commercianti, ed è
gestita dall'Ufficio di pubblica sicurezza di Poyang (Shang-
rao, Jiangxi). Le altre due - a Ohrid, nella Macedonia del
Nord, e a Niksic, in Montenegro - fanno capo rispettivamen-
te alla polizia di Fengcheng (Yichun) e a quella di Han-
shou (Changde).

Tabella 4 - Sedi individuate nei Balcani occidentali

 Citta'      Paese               Ufficio di riferimento    Dal     Stato
 ---------   -----------------   -----------------------   -----   ----------------
 Elbasan     Albania             UPS Poyang                2021    attiva
 Ohrid       Macedonia del Nord  UPS Fengcheng             2022    chiusa (2024)
 Niksic      Montenegro          UPS Hanshou               2022    attiva

Fonte: elaborazione del Centro studi su dati raccolti sul
campo e su fonti aperte in lingua cinese.

Le tre sedi offrono servizi di natura amministrativa (rin-
novo di patenti, certificati, deleghe notarili). Come gia'
osservato per l'Europa centrale, esse svolgono pero' anche
funzioni di raccolta di informazioni sulla comunita'.

A Elbasan un operaio edile impiegato nel cantiere di un'a-
zienda cinese ha riferito di aver ricevuto, tra marzo e
maggio 2023, ripetute telefonate dal responsabile della
sede, che lo invitava a ritirare una denuncia per salari
non pagati e gli ricordava che "la famiglia a Poyang sta
bene, per ora".(19)

Risposte delle autorita'

La Polizia di Stato albanese ha aperto un'indagine nel
novembre 2023 e ha ascoltato due responsabili dell'associa-
zione. A Ohrid, a seguito di un'ispezione, il Ministero
dell'Interno macedone ha disposto nel marzo 2024 la chiusu-
ra della sede. Le autorita' montenegrine, interpellate per
iscritto, non hanno avviato alcuna indagine; va ricordato
che il Montenegro ha firmato con Pechino nel 2019 un accor-
do di cooperazione in materia di sicurezza e lotta alla
criminalita'.

 ____________________
 (18) Verifiche effettuate tra giugno e ottobre 2023.
 (19) Intervista telefonica, gennaio 2024.
"""
DOCS.append({"name": "037-it-rapporto-ocr-balcani-elbasan-ohrid-niksic-poyang.txt", "text": T037, "facts": [
    C("stations", 3, None, "Nel corso del 2023 abbiamo individuato nei Balcani occiden- tali tre sedi riconducibili a uffici di pubblica sicurezza cinesi,", opt=True, note="regional count over three countries"),
    S("AL", "Elbasan", "La prima si trova a Elbasan, in Albania, all'in- terno della sede di un'associazione di commercianti, ed è gestita dall'Ufficio di pubblica sicurezza di Poyang (Shang- rao, Jiangxi).",
      operator="Poyang", operator_alt=["Shangrao"], date="2021", note="hyphenated; evidence runs over 'all'in-/terno', 'Shang-/rao'"),
    S("MK", "Ohrid", "Le altre due - a Ohrid, nella Macedonia del Nord, e a Niksic, in Montenegro - fanno capo rispettivamen- te alla polizia di Fengcheng (Yichun) e a quella di Han- shou (Changde).",
      operator="Fengcheng", operator_alt=["Yichun"], date="2022"),
    S("ME", "Nikšić", "Le altre due - a Ohrid, nella Macedonia del Nord, e a Niksic, in Montenegro - fanno capo rispettivamen- te alla polizia di Fengcheng (Yichun) e a quella di Han- shou (Changde).",
      operator="Hanshou", operator_alt=["Changde"], date="2022", place_alt=["Niksic"]),
    I("AL", "harassment", "A Elbasan un operaio edile impiegato nel cantiere di un'a- zienda cinese ha riferito di aver ricevuto, tra marzo e maggio 2023, ripetute telefonate dal responsabile della sede, che lo invitava a ritirare una denuncia per salari non pagati e gli ricordava che \"la famiglia a Poyang sta bene, per ora\".",
      place="Elbasan", date="2023"),
    R("AL", "investigation", "La Polizia di Stato albanese ha aperto un'indagine nel novembre 2023 e ha ascoltato due responsabili dell'associa- zione.", date="2023-11"),
    R("MK", "investigation", "A Ohrid, a seguito di un'ispezione, il Ministero dell'Interno macedone ha disposto nel marzo 2024 la chiusu- ra della sede.", place="Ohrid", note="an inspection"),
    R("MK", "closure", "A Ohrid, a seguito di un'ispezione, il Ministero dell'Interno macedone ha disposto nel marzo 2024 la chiusu- ra della sede.", place="Ohrid", date="2024-03"),
    R("ME", "investigation", "Le autorita' montenegrine, interpellate per iscritto, non hanno avviato alcuna indagine;", pol="denied"),
    A("ME", "security_agreement", "il Montenegro ha firmato con Pechino nel 2019 un accor- do di cooperazione in materia di sicurezza e lotta alla criminalita'.", date="2019"),
]})

# ---------------------------------------------------------------- 038
T038 = """L'OPINIONE

La lunga mano di Pechino arriva a Terni. E Roma guarda altrove

Quando, ormai tre anni fa, si scoprì che la polizia cinese aveva aperto in mezzo mondo uffici non dichiarati per tenere d'occhio la diaspora, le reazioni furono rapide quasi ovunque. I Paesi Bassi li fecero chiudere nel giro di pochi giorni, l'Irlanda pure. In Canada la polizia federale aprì un'inchiesta. Negli Stati Uniti due uomini furono arrestati per aver gestito uno di questi uffici a Manhattan.

E l'Italia? L'Italia, che secondo la stessa Safeguard Defenders ne ospitava più di ogni altro Paese europeo - undici, su centodue censiti in cinquantatré Paesi - ha scelto la via del silenzio. Il Viminale non ha mai aperto un'indagine formale, e nessuna chiusura è stata disposta. Il ministro dell'Interno, rispondendo a un question time, si limitò a dire che «non risultano, allo stato, attività illecite», e tanto bastò.

Ora un'inchiesta del quotidiano locale rivela che anche a Terni, nei locali di un'associazione di ristoratori nei pressi della stazione, opera dal 2022 uno «sportello» che risponderebbe all'Ufficio di pubblica sicurezza di Jintan, un distretto di Changzhou, nel Jiangsu. Rinnovo delle patenti, deleghe, certificati: questo, almeno, c'è scritto sulla porta.

Sappiamo però, perché lo hanno documentato giornalisti e ricercatori in mezza Europa, a che cosa servono davvero questi uffici: a sapere chi frequenta chi, e a «convincere» chi è scappato a tornare a casa, magari facendo visita ai genitori rimasti in Cina. Non serve molta immaginazione: se domani ne aprisse uno a Orvieto, o a Spoleto, nessuno se ne accorgerebbe.

L'ambasciata cinese, naturalmente, parla di «calunnie» e di «volontari al servizio della comunità». Ma la domanda non è che cosa dica Pechino. È perché un Paese che ha appena celebrato i duecento anni della propria polizia, dalla più piccola stazione dei carabinieri alla Questura, accetti che un'altra polizia lavori sul suo territorio senza chiedere il permesso a nessuno.
"""
DOCS.append({"name": "038-it-editoriale-terni-jintan-lunga-mano.txt", "text": T038, "facts": [
    S("NL", None, "I Paesi Bassi li fecero chiudere nel giro di pochi giorni, l'Irlanda pure."),
    S("IE", None, "I Paesi Bassi li fecero chiudere nel giro di pochi giorni, l'Irlanda pure."),
    R("NL", "closure", "I Paesi Bassi li fecero chiudere nel giro di pochi giorni, l'Irlanda pure."),
    R("IE", "closure", "I Paesi Bassi li fecero chiudere nel giro di pochi giorni, l'Irlanda pure."),
    S("CA", None, "In Canada la polizia federale aprì un'inchiesta.", opt=True),
    R("CA", "investigation", "In Canada la polizia federale aprì un'inchiesta.", opt=True, note="recalled background"),
    S("US", "New York", "Negli Stati Uniti due uomini furono arrestati per aver gestito uno di questi uffici a Manhattan.", place_alt=["Manhattan"], opt=True, note="recalled background station"),
    R("US", "arrest", "Negli Stati Uniti due uomini furono arrestati per aver gestito uno di questi uffici a Manhattan.", opt=True, note="recalled background"),
    C("stations", 11, "IT", "L'Italia, che secondo la stessa Safeguard Defenders ne ospitava più di ogni altro Paese europeo - undici, su centodue censiti in cinquantatré Paesi - ha scelto la via del silenzio.", claimant=SD),
    C("stations", 102, None, "L'Italia, che secondo la stessa Safeguard Defenders ne ospitava più di ogni altro Paese europeo - undici, su centodue censiti in cinquantatré Paesi - ha scelto la via del silenzio.", claimant=SD),
    C("countries", 53, None, "L'Italia, che secondo la stessa Safeguard Defenders ne ospitava più di ogni altro Paese europeo - undici, su centodue censiti in cinquantatré Paesi - ha scelto la via del silenzio.", claimant=SD),
    S("IT", None, "L'Italia, che secondo la stessa Safeguard Defenders ne ospitava più di ogni altro Paese europeo - undici, su centodue censiti in cinquantatré Paesi -", claimant=SD, opt=True, note="country-level; Terni is named later"),
    R("IT", "investigation", "Il Viminale non ha mai aperto un'indagine formale, e nessuna chiusura è stata disposta.", pol="denied"),
    R("IT", "closure", "Il Viminale non ha mai aperto un'indagine formale, e nessuna chiusura è stata disposta.", pol="denied"),
    R("IT", "no_wrongdoing_found", "Il ministro dell'Interno, rispondendo a un question time, si limitò a dire che «non risultano, allo stato, attività illecite», e tanto bastò.", claimant="Italian Interior Minister"),
    S("IT", "Terni", "Ora un'inchiesta del quotidiano locale rivela che anche a Terni, nei locali di un'associazione di ristoratori nei pressi della stazione, opera dal 2022 uno «sportello» che risponderebbe all'Ufficio di pubblica sicurezza di Jintan, un distretto di Changzhou, nel Jiangsu.",
      operator="Jintan", operator_alt=["Changzhou"], claimant="local newspaper", date="2022"),
    D("CN", "L'ambasciata cinese, naturalmente, parla di «calunnie» e di «volontari al servizio della comunità».", claimant="PRC embassy in Rome"),
]})

# ---------------------------------------------------------------- 039 (irrelevant)
T039 = """Montemurlo, controlli nei laboratori tessili: 53 lavoratori irregolari, tre rimpatri

Operazione congiunta di carabinieri, ispettorato del lavoro e Asl. Sequestrati 102 macchinari. Firmato in Prefettura il nuovo protocollo sulla sicurezza nei luoghi di lavoro

MONTEMURLO. Cinquantatré lavoratori senza contratto, dodici dei quali privi di permesso di soggiorno, e centodue macchine da cucire sequestrate perché prive dei dispositivi di sicurezza. È il bilancio dei controlli svolti ieri in sei laboratori tessili della zona industriale di Oste dai carabinieri della stazione di Montemurlo, insieme al Nucleo ispettorato del lavoro e ai tecnici dell'Asl.

Quattro titolari, tutti di nazionalità cinese, sono stati denunciati per sfruttamento del lavoro e violazioni delle norme sulla sicurezza; due laboratori sono stati chiusi con provvedimento di sospensione dell'attività. Nessuno è stato arrestato.

Tre dei lavoratori irregolari, già destinatari di un decreto di espulsione, sono stati accompagnati dalla Polizia di Stato al Centro di permanenza per il rimpatrio e saranno rimpatriati in Cina nei prossimi giorni. Gli altri hanno chiesto di regolarizzare la propria posizione presso lo sportello per i lavoratori stranieri del Comune.

L'operazione arriva a una settimana dalla firma, in Prefettura, del protocollo d'intesa tra istituzioni, associazioni di categoria e sindacati per la sicurezza nei laboratori del distretto, che prevede controlli più frequenti e un servizio di mediazione in lingua cinese. «I controlli continueranno», ha spiegato il comandante della stazione dei carabinieri, «ma vogliamo anche accompagnare le aziende verso la legalità».

L'indagine della Procura di Prato sulle condizioni di alloggio dei lavoratori, che in alcuni casi dormivano all'interno dei capannoni, prosegue.
"""
DOCS.append({"name": "039-it-cronaca-montemurlo-controlli-laboratori-rimpatri.txt", "text": T039, "facts": []})
