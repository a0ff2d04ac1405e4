from facts import S, C, R, I, A, D

DOCS = []

# 034 -------------------------------------------------------------------------------
T = """Polizia cinese a Padova, perquisizioni della Digos: due indagati

(ANSA) - PADOVA, 3 FEB - La Digos di Padova ha perquisito ieri la sede di un'associazione di commercianti cinesi nel quartiere Arcella, nell'ambito di un'inchiesta della procura per violenza privata e attività illecita di agenti di uno Stato estero. Due persone, il presidente dell'associazione e una collaboratrice, risultano indagate. Non ci sono arresti.

Secondo gli inquirenti, il recapito farebbe capo all'Ufficio di pubblica sicurezza della contea di Songyang, nella prefettura di Lishui (Zhejiang), e sarebbe attivo almeno dal 2019. Un secondo recapito, collegato allo stesso ufficio, sarebbe stato individuato a Treviso, in un negozio di articoli per la casa vicino alla stazione ferroviaria.

L'indagine è partita dalla denuncia di un'operaia di un laboratorio tessile della Riviera del Brenta, convocata più volte in via Annibale da Bassano e sollecitata a "tornare a casa" per chiarire la sua posizione in un procedimento per truffa aperto in Cina. Nel frattempo, secondo quanto riferito dalla donna agli investigatori, la madre, che vive a Songyang, sarebbe stata visitata due volte da agenti in borghese. La donna non è rientrata in Cina.

L'ambasciata cinese a Roma, interpellata, ha definito le accuse "totalmente infondate" e ha spiegato che i volontari dell'associazione si limitano ad aiutare i connazionali a rinnovare la patente di guida. (ANSA).
"""
DOCS.append(("034-it-ansa-padova-treviso-songyang.txt", T, [
    R("IT", "investigation", "La Digos di Padova ha perquisito ieri la sede di un'associazione di commercianti cinesi nel quartiere Arcella, nell'ambito di un'inchiesta della procura per violenza privata e attività illecita di agenti di uno Stato estero.", place="Padua", place_alt=["Padova"]),
    R("IT", "arrest", "Non ci sono arresti.", pol="denied", opt=True),
    S("IT", "Padua", "Secondo gli inquirenti, il recapito farebbe capo all'Ufficio di pubblica sicurezza della contea di Songyang, nella prefettura di Lishui (Zhejiang), e sarebbe attivo almeno dal 2019.", operator="Songyang", operator_alt=["Lishui"], place_alt=["Padova"], claimant="investigators", date="2019", note="Arcella district"),
    S("IT", "Treviso", "Un secondo recapito, collegato allo stesso ufficio, sarebbe stato individuato a Treviso, in un negozio di articoli per la casa vicino alla stazione ferroviaria.", operator="Songyang", operator_alt=["Lishui"], claimant="investigators", note="household-goods shop near the railway station"),
    I("persuasion", "IT", "convocata più volte in via Annibale da Bassano e sollecitata a \"tornare a casa\" per chiarire la sua posizione in un procedimento per truffa aperto in Cina.", place="Padua"),
    I("harassment", "IT", "la madre, che vive a Songyang, sarebbe stata visitata due volte da agenti in borghese.", note="relative visited in Songyang"),
    D("CN", "L'ambasciata cinese a Roma, interpellata, ha definito le accuse \"totalmente infondate\"", claimant="PRC Embassy in Italy"),
]))

# 035 -------------------------------------------------------------------------------
T = """SENATO DELLA REPUBBLICA
Risposta scritta pubblicata nel fascicolo n. 64
all'interrogazione 4-01187

Al Ministro dell'interno. - Premesso che:

organi di stampa hanno riferito che nel quartiere genovese di
Sampierdarena sarebbe operativa dal 2020 una cosiddetta
"stazione di servizio" della polizia cinese, riconducibile
all'Ufficio di pubblica sicurezza di Cixi, città di livello
di contea della provincia dello Zhejiang;

una seconda struttura analoga avrebbe avuto sede alla Spezia,
presso un'agenzia di viaggi del centro;

si chiede di sapere quali iniziative il Ministro intenda
assumere.

RISPOSTA. - In merito a quanto segnalato, si rappresenta che
la Questura di Genova, d'intesa con la locale Procura della
Repubblica, ha svolto approfonditi accertamenti sulla sede di
Sampierdarena, anche attraverso l'audizione di frequentatori
e di esponenti della comunità cinese.

Dagli accertamenti non sono emersi elementi di rilevanza
penale, né segnalazioni di pressioni su cittadini cinesi
affinché facessero rientro in patria.

Quanto alla Spezia, l'agenzia di viaggi indicata ha cessato
spontaneamente ogni attività di assistenza amministrativa ai
connazionali nel corso del 2023.

Si precisa infine che la Farnesina ha richiamato l'attenzione
dell'Ambasciata della Repubblica Popolare Cinese sul tema, nel
corso di un incontro ordinario, senza che si sia proceduto a
una formale convocazione.

Il Sottosegretario di Stato per l'interno
"""
DOCS.append(("035-it-interrogazione-senato-genova-la-spezia-cixi.txt", T, [
    S("IT", "Genoa", """nel quartiere genovese di
Sampierdarena sarebbe operativa dal 2020 una cosiddetta
"stazione di servizio" della polizia cinese, riconducibile
all'Ufficio di pubblica sicurezza di Cixi""", operator="Cixi", operator_alt=["Ningbo"], place_alt=["Genova"], claimant="news media", date="2020", note="Sampierdarena; premise of the question"),
    S("IT", "La Spezia", """una seconda struttura analoga avrebbe avuto sede alla Spezia,
presso un'agenzia di viaggi del centro;""", claimant="news media", note="travel agency; premise of the question"),
    R("IT", "investigation", """la Questura di Genova, d'intesa con la locale Procura della
Repubblica, ha svolto approfonditi accertamenti sulla sede di
Sampierdarena""", place="Genoa", claimant="Italian Ministry of the Interior"),
    R("IT", "no_wrongdoing_found", "Dagli accertamenti non sono emersi elementi di rilevanza\npenale", claimant="Italian Ministry of the Interior"),
    I("persuasion", "IT", """né segnalazioni di pressioni su cittadini cinesi
affinché facessero rientro in patria.""", pol="denied", opt=True, claimant="Italian Ministry of the Interior"),
    R("IT", "closure", """l'agenzia di viaggi indicata ha cessato
spontaneamente ogni attività di assistenza amministrativa ai
connazionali nel corso del 2023.""", place="La Spezia", date="2023", opt=True, note="stopped by itself"),
    R("IT", "protest", """la Farnesina ha richiamato l'attenzione
dell'Ambasciata della Repubblica Popolare Cinese sul tema, nel
corso di un incontro ordinario, senza che si sia proceduto a
una formale convocazione.""", opt=True, note="short of a summons"),
]))

# 036 -------------------------------------------------------------------------------
T = """Operaio "rimpatriato" a forza, arrestati due cinesi nel Vesuviano

Secondo la procura di Nola il capannone di San Giuseppe Vesuviano funzionava come ufficio della polizia di Wuyi

di ANTONIO RUSSO

SAN GIUSEPPE VESUVIANO - Lo hanno accompagnato in auto fino a Fiumicino, gli hanno restituito il passaporto al banco dell'imbarco e lo hanno guardato salire su un volo per Shanghai. Per la procura di Nola, l'operaio tessile di 41 anni non partiva di sua volontà: per settimane era stato avvicinato, minacciato, privato dei documenti. Ieri i carabinieri della compagnia di Torre Annunziata hanno arrestato due connazionali, un uomo di 52 anni e il figlio di 27, con l'accusa di sequestro di persona.

Secondo l'ordinanza del gip, i due gestivano negli uffici di un capannone sulla statale 268 un "punto di assistenza" collegato all'Ufficio di pubblica sicurezza di Wuyi, contea della provincia dello Zhejiang da cui proviene gran parte dei cinesi del distretto tessile. Lì si rinnovavano patenti, si registravano matrimoni, e - scrive il giudice - "si esercitavano pressioni perché soggetti ricercati in patria facessero rientro".

Non era l'unico caso. Secondo i carabinieri, dal 2020 almeno sei connazionali sarebbero rientrati in Cina dopo essere passati dal capannone. Un commerciante di Terzigno ha raccontato ai carabinieri che suo fratello, in Cina, era stato convocato in un commissariato e invitato a "convincerlo" a rientrare. Lui è rimasto in Italia.

Gli investigatori stanno verificando se un secondo punto, in un magazzino di Gianturco, a Napoli, avesse la stessa funzione.

Il consolato cinese di Napoli non ha risposto alle richieste di commento. I difensori dei due arrestati parlano di "normale attività di volontariato". Il capannone è stato posto sotto sequestro.
"""
DOCS.append(("036-it-cronaca-san-giuseppe-vesuviano-wuyi.txt", T, [
    I("forced_return", "IT", "Lo hanno accompagnato in auto fino a Fiumicino, gli hanno restituito il passaporto al banco dell'imbarco e lo hanno guardato salire su un volo per Shanghai.", place="San Giuseppe Vesuviano"),
    R("IT", "arrest", "Ieri i carabinieri della compagnia di Torre Annunziata hanno arrestato due connazionali, un uomo di 52 anni e il figlio di 27, con l'accusa di sequestro di persona."),
    R("IT", "investigation", "Per la procura di Nola, l'operaio tessile di 41 anni non partiva di sua volontà", note="prosecution of Nola"),
    S("IT", "San Giuseppe Vesuviano", "Secondo l'ordinanza del gip, i due gestivano negli uffici di un capannone sulla statale 268 un \"punto di assistenza\" collegato all'Ufficio di pubblica sicurezza di Wuyi", operator="Wuyi", operator_alt=["Jinhua"], claimant="Italian court", note="warehouse offices on SS 268"),
    C("returns", 6, "IT", "Secondo i carabinieri, dal 2020 almeno sei connazionali sarebbero rientrati in Cina dopo essere passati dal capannone.", claimant="Carabinieri"),
    I("persuasion", "IT", "Un commerciante di Terzigno ha raccontato ai carabinieri che suo fratello, in Cina, era stato convocato in un commissariato e invitato a \"convincerlo\" a rientrare.", place="Terzigno"),
    I("harassment", "IT", "suo fratello, in Cina, era stato convocato in un commissariato", opt=True, note="relative summoned in China"),
    S("IT", "Naples", "Gli investigatori stanno verificando se un secondo punto, in un magazzino di Gianturco, a Napoli, avesse la stessa funzione.", place_alt=["Napoli"], opt=True, note="being verified; Gianturco"),
    D("CN", "I difensori dei due arrestati parlano di \"normale attività di volontariato\".", opt=True, claimant="defence lawyers"),
    R("IT", "closure", "Il capannone è stato posto sotto sequestro.", place="San Giuseppe Vesuviano"),
]))

# 037 -------------------------------------------------------------------------------
T = """Presunta antenna della polizia cinese a Bellinzona, l'MPC apre un procedimento

BERNA/BELLINZONA - Il Ministero pubblico della Confederazione (MPC) ha aperto un procedimento penale per atti compiuti senza autorizzazione per conto di uno Stato estero. Al centro dell'inchiesta c'è un'associazione culturale con sede in viale Stazione, a Bellinzona, che secondo un rapporto del Servizio delle attività informative della Confederazione (SIC) fungeva da recapito per l'Ufficio di pubblica sicurezza di Yuyao, nello Zhejiang.

Lo ha confermato ieri una portavoce dell'MPC, precisando che «al momento nessuno è stato fermato». Secondo il SIC, l'associazione avrebbe raccolto informazioni su cittadini cinesi residenti in Ticino, tra cui alcuni studenti dell'USI di Lugano.

Una seconda struttura era stata segnalata a Locarno, ma la polizia cantonale, dopo un sopralluogo in primavera, non vi ha riscontrato alcuna attività sospetta.

Il Dipartimento federale degli affari esteri (DFAE) ha convocato l'ambasciatore cinese a Berna già in marzo, ha reso noto il suo portavoce. L'ambasciata, in una nota, parla di «pure invenzioni» e di un tentativo di «avvelenare» le relazioni tra i due Paesi.

Secondo il rapporto del SIC, in Svizzera ne sarebbero state identificate almeno quattro: oltre a Bellinzona, due nella regione di Zurigo e una a Ginevra. Il caso ticinese è il primo a sfociare in un procedimento penale.
"""
DOCS.append(("037-it-ch-bellinzona-locarno-yuyao.txt", T, [
    R("CH", "investigation", "Il Ministero pubblico della Confederazione (MPC) ha aperto un procedimento penale per atti compiuti senza autorizzazione per conto di uno Stato estero."),
    S("CH", "Bellinzona", "Al centro dell'inchiesta c'è un'associazione culturale con sede in viale Stazione, a Bellinzona, che secondo un rapporto del Servizio delle attività informative della Confederazione (SIC) fungeva da recapito per l'Ufficio di pubblica sicurezza di Yuyao, nello Zhejiang.", operator="Yuyao", operator_alt=["Ningbo"], claimant="Swiss Federal Intelligence Service", note="viale Stazione"),
    R("CH", "arrest", "precisando che «al momento nessuno è stato fermato».", pol="denied", opt=True),
    I("surveillance", "CH", "Secondo il SIC, l'associazione avrebbe raccolto informazioni su cittadini cinesi residenti in Ticino, tra cui alcuni studenti dell'USI di Lugano.", place="Ticino", claimant="Swiss Federal Intelligence Service"),
    S("CH", "Locarno", "Una seconda struttura era stata segnalata a Locarno", opt=True, note="reported, then nothing found"),
    R("CH", "no_wrongdoing_found", "ma la polizia cantonale, dopo un sopralluogo in primavera, non vi ha riscontrato alcuna attività sospetta.", place="Locarno"),
    R("CH", "protest", "Il Dipartimento federale degli affari esteri (DFAE) ha convocato l'ambasciatore cinese a Berna già in marzo"),
    D("CN", "L'ambasciata, in una nota, parla di «pure invenzioni»", claimant="PRC Embassy in Switzerland"),
    C("stations", 4, "CH", "Secondo il rapporto del SIC, in Svizzera ne sarebbero state identificate almeno quattro", claimant="Swiss Federal Intelligence Service"),
    S("CH", "Zurich", "oltre a Bellinzona, due nella regione di Zurigo e una a Ginevra.", claimant="Swiss Federal Intelligence Service", note="two in the Zurich region"),
    S("CH", "Geneva", "oltre a Bellinzona, due nella regione di Zurigo e una a Ginevra.", claimant="Swiss Federal Intelligence Service"),
    C("stations", 2, "CH", "due nella regione di Zurigo", opt=True, note="regional count"),
]))

# 038 -------------------------------------------------------------------------------
T = """L'INCHIESTA

Tre sportelli, tre contee, un solo metodo: la rete emiliana della polizia di Taizhou

Patenti, certificati, qualche consiglio non richiesto. Così funzionano i recapiti che, secondo un rapporto riservato, collegano la via Emilia alle contee dello Zhejiang

di MARTA GALLI

BOLOGNA - Il primo ha un'insegna rossa e una bacheca con gli orari degli autobus per l'aeroporto. Il secondo sta sopra un negozio di telefonia. Il terzo è una stanza in fondo a un ristorante. Sono, secondo un rapporto dei servizi di informazione consultato dal nostro giornale, i tre recapiti emiliani di una rete che fa capo alla polizia della prefettura di Taizhou. Eccoli:

- Bologna, zona Bolognina: ufficio di pubblica sicurezza di Linhai, attivo dal 2018;
- Modena, quartiere Crocetta: ufficio di Sanmen, dal 2020;
- Parma, via Trento: ufficio di Xianju, data di apertura non indicata.

A cosa servono? Ufficialmente a «servire i connazionali». Il rapporto, però, descrive anche altro. Una studentessa dell'Alma Mater racconta di essere stata fotografata da due uomini mentre partecipava a un presidio per Hong Kong in piazza Maggiore, nel 2022, e di aver ritrovato quelle foto sul telefono di un «volontario» dello sportello della Bolognina qualche settimana dopo. Non le hanno chiesto di tornare in Cina. Le hanno chiesto di smettere.

A Modena la storia è diversa. Un cuoco di 34 anni, ricercato in patria per un debito con una cooperativa di credito, è stato convocato tre volte nel quartiere Crocetta e infine è partito per Hangzhou nel maggio 2023, «di sua volontà», dice chi lo conosceva, «ma solo dopo che avevano cominciato a chiamare sua figlia».

La procura di Bologna ha aperto un fascicolo dopo un esposto di un'associazione per i diritti umani; quella di Modena ha fatto svolgere accertamenti alla Digos. Nessuno dei tre sportelli è stato chiuso, e nessun provvedimento di chiusura risulta allo studio delle prefetture.

I numeri, del resto, sono noti: un centinaio di sportelli in oltre cinquanta Paesi secondo le ONG, almeno undici in Italia. Il ministero degli Esteri cinese, interpellato, ha risposto con una nota di tre righe: «La Cina rispetta rigorosamente la sovranità degli altri Paesi. Le cosiddette stazioni di polizia non esistono».
"""
DOCS.append(("038-it-inchiesta-bologna-modena-parma-taizhou.txt", T, [
    C("stations", 3, "IT", "Sono, secondo un rapporto dei servizi di informazione consultato dal nostro giornale, i tre recapiti emiliani di una rete che fa capo alla polizia della prefettura di Taizhou.", opt=True, note="regional count (Emilia)", claimant="intelligence report"),
    S("IT", "Bologna", "- Bologna, zona Bolognina: ufficio di pubblica sicurezza di Linhai, attivo dal 2018;", operator="Linhai", operator_alt=["Taizhou"], date="2018", claimant="intelligence report", note="Bolognina"),
    S("IT", "Modena", "- Modena, quartiere Crocetta: ufficio di Sanmen, dal 2020;", operator="Sanmen", operator_alt=["Taizhou"], date="2020", claimant="intelligence report", note="Crocetta"),
    S("IT", "Parma", "- Parma, via Trento: ufficio di Xianju, data di apertura non indicata.", operator="Xianju", operator_alt=["Taizhou"], claimant="intelligence report", note="via Trento"),
    I("surveillance", "IT", "Una studentessa dell'Alma Mater racconta di essere stata fotografata da due uomini mentre partecipava a un presidio per Hong Kong in piazza Maggiore, nel 2022, e di aver ritrovato quelle foto sul telefono di un «volontario» dello sportello della Bolognina qualche settimana dopo.", place="Bologna", date="2022"),
    I("persuasion", "IT", "Un cuoco di 34 anni, ricercato in patria per un debito con una cooperativa di credito, è stato convocato tre volte nel quartiere Crocetta e infine è partito per Hangzhou nel maggio 2023", place="Modena", date="2023-05"),
    I("forced_return", "IT", "Un cuoco di 34 anni, ricercato in patria per un debito con una cooperativa di credito, è stato convocato tre volte nel quartiere Crocetta e infine è partito per Hangzhou nel maggio 2023", place="Modena", opt=True, note="returned after pressure; forced return arguable"),
    I("harassment", "IT", "«ma solo dopo che avevano cominciato a chiamare sua figlia».", opt=True),
    R("IT", "investigation", "La procura di Bologna ha aperto un fascicolo dopo un esposto di un'associazione per i diritti umani", place="Bologna"),
    R("IT", "closure", "Nessuno dei tre sportelli è stato chiuso, e nessun provvedimento di chiusura risulta allo studio delle prefetture.", pol="denied"),
    C("stations", 100, None, "un centinaio di sportelli in oltre cinquanta Paesi secondo le ONG", opt=True, claimant="NGOs"),
    C("countries", 50, None, "un centinaio di sportelli in oltre cinquanta Paesi secondo le ONG", opt=True, claimant="NGOs"),
    C("stations", 11, "IT", "almeno undici in Italia", claimant="NGOs"),
    D("CN", "«La Cina rispetta rigorosamente la sovranità degli altri Paesi. Le cosiddette stazioni di polizia non esistono».", claimant="PRC Ministry of Foreign Affairs"),
]))

# 039 -------------------------------------------------------------------------------
T = """«A Palermo nessuno ne parlava, ma tutti sapevano»

Intervista alla ricercatrice che ha documentato i recapiti della polizia cinese in Sicilia

Quanti sono, in Sicilia?

Due, che abbiamo potuto verificare. Uno a Palermo, nella zona di via Lincoln, aperto nel 2021 dalla polizia della città di Yongkang, nello Zhejiang. L'altro a Catania, vicino al porto, di cui non conosciamo con certezza l'ufficio di riferimento.

Che cosa vi si faceva?

Soprattutto pratiche: patenti, deleghe, certificati. Ma abbiamo raccolto la testimonianza di un venditore ambulante di Catania che riceveva telefonate settimanali in cui gli si diceva che sarebbe stato «più semplice per tutti» se fosse rientrato. Non è rientrato.

Le autorità italiane sono intervenute?

La Digos di Palermo ha svolto verifiche nel 2023 e le ha chiuse senza rilevare reati. A Catania, che io sappia, la procura non ha aperto alcuna indagine.

L'Italia ha però collaborato con la polizia cinese, in passato.

Sì, e questo pesa. Una decina di agenti cinesi, ogni anno. Tra il 2016 e il 2019 agenti cinesi hanno pattugliato insieme ai nostri le strade di Roma, Milano, Prato e, un'estate, anche di Trieste, sulla base di un accordo tra i due ministeri. Quel precedente ha reso la questione politicamente scomoda.

L'ambasciata cinese parla di volontari.

Lo so. Nella sua risposta a una nostra lettera ha scritto che si tratta di «centri di servizio gestiti da associazioni» e che la polizia cinese «non svolge alcuna attività all'estero». È la formula che usano ovunque.
"""
DOCS.append(("039-it-intervista-palermo-catania-yongkang.txt", T, [
    C("stations", 2, "IT", "Due, che abbiamo potuto verificare.", opt=True, note="regional count (Sicily)", claimant="researcher"),
    S("IT", "Palermo", "Uno a Palermo, nella zona di via Lincoln, aperto nel 2021 dalla polizia della città di Yongkang, nello Zhejiang.", operator="Yongkang", operator_alt=["Jinhua"], date="2021", claimant="researcher", note="via Lincoln"),
    S("IT", "Catania", "L'altro a Catania, vicino al porto, di cui non conosciamo con certezza l'ufficio di riferimento.", claimant="researcher", note="near the port"),
    I("persuasion", "IT", "Ma abbiamo raccolto la testimonianza di un venditore ambulante di Catania che riceveva telefonate settimanali in cui gli si diceva che sarebbe stato «più semplice per tutti» se fosse rientrato.", place="Catania", claimant="researcher"),
    R("IT", "investigation", "La Digos di Palermo ha svolto verifiche nel 2023", place="Palermo", date="2023", claimant="researcher"),
    R("IT", "no_wrongdoing_found", "e le ha chiuse senza rilevare reati.", place="Palermo", claimant="researcher"),
    R("IT", "investigation", "A Catania, che io sappia, la procura non ha aperto alcuna indagine.", place="Catania", pol="denied", opt=True, claimant="researcher", note="hedged (che io sappia)"),
    A("IT", "joint_patrol", "Tra il 2016 e il 2019 agenti cinesi hanno pattugliato insieme ai nostri le strade di Roma, Milano, Prato e, un'estate, anche di Trieste, sulla base di un accordo tra i due ministeri.", date="2016", claimant="researcher"),
    C("officers", 10, "IT", "Una decina di agenti cinesi, ogni anno.", opt=True, note="approximate; officers on joint patrols"),
    D("CN", "ha scritto che si tratta di «centri di servizio gestiti da associazioni» e che la polizia cinese «non svolge alcuna attività all'estero».", claimant="PRC Embassy in Italy"),
]))

# 040 (irrelevant) -------------------------------------------------------------------
T = """Mestre, la comunità cinese raccoglie 18 mila euro per il rimpatrio della salma dell'operaio morto in cantiere

MESTRE - In meno di una settimana la comunità cinese di Mestre ha raccolto oltre 18 mila euro per riportare in patria la salma dell'operaio di 46 anni morto il 2 ottobre dopo una caduta da un'impalcatura in un cantiere di via Piave. La cerimonia di commiato si è svolta ieri pomeriggio nella sala del commiato di via Porto di Cavergnago, davanti a circa duecento persone.

Il rimpatrio della salma, verso la contea di Qingtian, nello Zhejiang, è previsto per lunedì con un volo da Venezia via Francoforte. Il consolato generale cinese di Milano ha curato le pratiche e il console ha ringraziato «le autorità italiane per la collaborazione».

Sull'incidente la procura di Venezia ha aperto un fascicolo per omicidio colposo: sono indagati il titolare dell'impresa e il responsabile della sicurezza del cantiere. I carabinieri della stazione di Mestre e i tecnici dello Spisal hanno sequestrato l'area. Dai primi accertamenti non sarebbero emerse irregolarità nei contratti, ma la posizione dell'impresa subappaltatrice è ancora al vaglio.

La raccolta fondi è stata promossa dall'associazione dei commercianti cinesi di via Piave, che ha aperto un conto corrente e un punto di raccolta nel proprio ufficio. «È un dovere verso la famiglia», ha detto il presidente. La moglie e i due figli dell'operaio, che vivevano con lui a Mestre, ripartiranno per la Cina con la salma.

Il Comune ha annunciato che proclamerà il lutto cittadino nel giorno del rientro.
"""
DOCS.append(("040-it-cronaca-mestre-rimpatrio-salma.txt", T, []))
