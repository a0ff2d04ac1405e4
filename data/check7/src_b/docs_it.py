from h import *
DOCS = []
t = """Padova, ispezioni della Digos in un'associazione di via Anelli
Il pm apre un fascicolo. Il presidente: «Aiutiamo solo con le patenti»

PADOVA, 14 MARZO (ANSA) - La procura di Padova ha aperto un fascicolo su un'associazione culturale cinese di via Anelli che, secondo quanto riferito da fonti investigative, avrebbe funzionato come una delle cosiddette "stazioni di polizia" cinesi all'estero. Gli agenti della Digos hanno acquisito documenti e computer nella sede, dove si sarebbero svolte riunioni con connazionali invitati a "sistemare la propria posizione" in patria.
Il recapito, secondo gli inquirenti, farebbe riferimento all'ufficio di pubblica sicurezza di Wenzhou, città d'origine di buona parte dei cinesi residenti nel Veneto. Nel Veneto, secondo la ong Safeguard Defenders, un secondo recapito sarebbe stato aperto nel 2019 a Vicenza dalla polizia di Lishui. Al momento non risultano indagati.
Il presidente dell'associazione respinge ogni accusa: «Qui aiutiamo gli anziani a rinnovare la patente di guida cinese, nient'altro. Di polizia non c'è niente». (ANSA)."""
DOCS.append(('026-it-ansa-padova-digos-associazione.txt', t, [
  S('IT','Padua',"un'associazione culturale cinese di via Anelli che, secondo quanto riferito da fonti investigative, avrebbe funzionato come una delle cosiddette \"stazioni di polizia\" cinesi all'estero", op='Wenzhou', claimant='Italian investigators'),
  R('IT','investigation',"La procura di Padova ha aperto un fascicolo su un'associazione culturale cinese di via Anelli", p='Padua'),
  S('IT','Vicenza',"un secondo recapito sarebbe stato aperto nel 2019 a Vicenza dalla polizia di Lishui", op='Lishui', date='2019', claimant='Safeguard Defenders'),
  R('IT','arrest',"Al momento non risultano indagati.", p='Padua', polarity='denied', **O),
  I('persuasion','IT',"dove si sarebbero svolte riunioni con connazionali invitati a \"sistemare la propria posizione\" in patria", p='Padua', claimant='Italian investigators', **O),
  D('IT',"«Qui aiutiamo gli anziani a rinnovare la patente di guida cinese, nient'altro. Di polizia non c'è niente»", claimant='association president', **O),
  S('IT','Padua',"Il presidente dell'associazione respinge ogni accusa: «Qui aiutiamo gli anziani a rinnovare la patente di guida cinese, nient'altro. Di polizia non c'è niente».", claimant='association president', polarity='denied', **O),
]))
t = """Dalla Puszta ai Balcani, la rete dei "centri di servizio" di Pechino
di un nostro inviato

BUDAPEST - Al secondo piano di un palazzo anonimo dell'VIII distretto, a due passi dal mercato cinese, una targa bilingue annuncia un "centro di servizio per i connazionali". Secondo il rapporto della ong spagnola Safeguard Defenders, quello di Budapest è uno dei due uffici aperti in Ungheria dalla polizia di Qingtian, nello Zhejiang; l'altro si troverebbe a Szeged, vicino al confine serbo. Il governo di Viktor Orbán non ha mai avviato un'indagine: interpellato da un deputato d'opposizione, il ministero dell'Interno ha risposto che "non sussistono elementi che giustifichino un procedimento".
Non è un caso isolato nella regione. A Belgrado un ufficio analogo, gestito stando alla ong dall'ufficio di pubblica sicurezza di Wenzhou, opera in un centro commerciale di Blok 70, e nel 2019 pattuglie congiunte di agenti serbi e cinesi hanno percorso le vie della capitale serba sulla base di un accordo firmato con il ministero della Pubblica sicurezza di Pechino. Più a ovest, a Lubiana, l'esistenza di un presidio è stata segnalata ma mai confermata, e la polizia slovena ha fatto sapere di non aver trovato riscontri.
Il fenomeno, in tutto, riguarderebbe 102 strutture in 53 Paesi. "Sono numeri che abbiamo ricostruito da fonti pubbliche cinesi", spiega un ricercatore dell'organizzazione. In Ungheria, aggiunge, la comunità cinese conta circa ventimila persone, molte arrivate negli anni Novanta.
Pechino nega. "Non esistono stazioni di polizia cinesi all'estero", ha ripetuto il portavoce del ministero degli Esteri Wang Wenbin, "si tratta di punti di servizio gestiti da volontari". La visita di un commerciante di Szeged a Qingtian, la scorsa estate, è stata raccontata dai media locali cinesi come un "ritorno spontaneo"."""
DOCS.append(('027-it-quotidiano-budapest-belgrado-reportage.txt', t, [
  S('HU','Budapest',"quello di Budapest è uno dei due uffici aperti in Ungheria dalla polizia di Qingtian, nello Zhejiang", op='Qingtian', claimant='Safeguard Defenders'),
  S('HU','Szeged',"l'altro si troverebbe a Szeged, vicino al confine serbo", op='Qingtian', claimant='Safeguard Defenders'),
  C('stations',2,'HU',"quello di Budapest è uno dei due uffici aperti in Ungheria dalla polizia di Qingtian", claimant='Safeguard Defenders'),
  R('HU','investigation',"Il governo di Viktor Orbán non ha mai avviato un'indagine", polarity='denied'),
  S('RS','Belgrade',"A Belgrado un ufficio analogo, gestito stando alla ong dall'ufficio di pubblica sicurezza di Wenzhou, opera in un centro commerciale di Blok 70", op='Wenzhou', claimant='Safeguard Defenders'),
  A('RS','joint_patrol',"nel 2019 pattuglie congiunte di agenti serbi e cinesi hanno percorso le vie della capitale serba", date='2019'),
  A('RS','security_agreement',"sulla base di un accordo firmato con il ministero della Pubblica sicurezza di Pechino", **O),
  S('SI','Ljubljana',"a Lubiana, l'esistenza di un presidio è stata segnalata ma mai confermata", **O),
  R('SI','no_wrongdoing_found',"la polizia slovena ha fatto sapere di non aver trovato riscontri", p='Ljubljana'),
  C('stations',102,None,"Il fenomeno, in tutto, riguarderebbe 102 strutture in 53 Paesi."),
  C('countries',53,None,"Il fenomeno, in tutto, riguarderebbe 102 strutture in 53 Paesi."),
  D('CN',"\"Non esistono stazioni di polizia cinesi all'estero\", ha ripetuto il portavoce del ministero degli Esteri Wang Wenbin", claimant='PRC Ministry of Foreign Affairs'),
  I('persuasion','HU',"La visita di un commerciante di Szeged a Qingtian, la scorsa estate, è stata raccontata dai media locali cinesi come un \"ritorno spontaneo\".", p='Szeged', **O),
]))
t = """Atti Parlamentari — Camera dei Deputati
Interrogazione a risposta scritta 4-01873

Al Ministro dell'interno. — Per sapere — premesso che:
il 9 ottobre scorso un quotidiano nazionale ha riferito che a Bologna, in un locale del quartiere Navile, sarebbe attivo un presunto "punto di contatto" della polizia di Lishui, provincia dello Zhejiang;
analoghe strutture risulterebbero segnalate a Brescia e a Cagliari;
se il Ministro sia a conoscenza dei fatti esposti e quali iniziative intenda assumere; se non ritenga di convocare l'ambasciatore della Repubblica popolare cinese. —

Risposta. — In merito a quanto segnalato, si rappresenta che la Polizia di Stato, per il tramite della Direzione centrale della polizia di prevenzione, ha svolto approfonditi accertamenti sui locali del capoluogo emiliano indicati nell'atto. Gli accertamenti non hanno evidenziato attività di natura illecita né lo svolgimento di funzioni di polizia per conto di autorità straniere; il locale risulta peraltro chiuso dal novembre 2022.
Quanto a Brescia e Cagliari, non sono emersi elementi che confermino l'esistenza delle strutture citate.
Si precisa infine che non si è ritenuto di procedere alla convocazione dell'ambasciatore, pur avendo il Ministero degli affari esteri rappresentato alle autorità diplomatiche cinesi l'attenzione del Governo sulla vicenda.
Il Sottosegretario di Stato per l'interno."""
DOCS.append(('028-it-interrogazione-risposta-bologna.txt', t, [
  S('IT','Bologna',"a Bologna, in un locale del quartiere Navile, sarebbe attivo un presunto \"punto di contatto\" della polizia di Lishui, provincia dello Zhejiang", op='Lishui', claimant='Italian newspaper', date='2022-10'),
  S('IT','Brescia',"analoghe strutture risulterebbero segnalate a Brescia e a Cagliari", **O),
  S('IT','Cagliari',"analoghe strutture risulterebbero segnalate a Brescia e a Cagliari", **O),
  R('IT','investigation',"ha svolto approfonditi accertamenti sui locali del capoluogo emiliano indicati nell'atto", p='Bologna'),
  R('IT','no_wrongdoing_found',"Gli accertamenti non hanno evidenziato attività di natura illecita né lo svolgimento di funzioni di polizia per conto di autorità straniere", p='Bologna'),
  R('IT','closure',"il locale risulta peraltro chiuso dal novembre 2022", p='Bologna', **O),
  R('IT','protest',"non si è ritenuto di procedere alla convocazione dell'ambasciatore", polarity='denied', **O),
]))
t = """La comunità cinese di Trieste tra porto, negozi e nuove generazioni
Sono quasi tremila, molti lavorano nella logistica. Il caso dell'«ufficio» di Borgo Teresiano

TRIESTE — Il sabato mattina, nei negozi di via Carducci, si sente parlare soprattutto il dialetto di Qingtian. La comunità cinese di Trieste, quasi tremila persone secondo l'anagrafe, è cresciuta con il porto: magazzini, spedizionieri, ristoranti. I figli, nati qui, frequentano il liceo e parlano triestino.
Una giovane commercialista racconta che la festa di primavera, quest'anno, ha riempito la piazza dell'Unità. «Siamo una comunità tranquilla», dice.
L'unico momento di tensione risale all'anno scorso, quando un settimanale aveva indicato un ufficio di Borgo Teresiano come possibile recapito della polizia cinese. La questura, dopo una verifica, aveva escluso qualsiasi attività irregolare e l'ufficio, un'agenzia di servizi per pratiche consolari, è tuttora aperto. «Ci hanno fatto passare per spie», si lamenta il titolare.
Per il resto, la comunità guarda avanti: a settembre aprirà una scuola di lingua cinese per bambini, con il sostegno del consolato di Milano."""
DOCS.append(('029-it-giornale-locale-trieste-comunita.txt', t, [
  S('IT','Trieste',"un settimanale aveva indicato un ufficio di Borgo Teresiano come possibile recapito della polizia cinese", claimant='Italian weekly', **O),
  R('IT','no_wrongdoing_found',"La questura, dopo una verifica, aveva escluso qualsiasi attività irregolare", p='Trieste'),
  R('IT','investigation',"La questura, dopo una verifica", p='Trieste', **O),
]))
t = """PROCURA DELLA REPUBBLICA PRESSO IL TRIBUNALE DI NAPOLI
COMUNICATO STAMPA

Si comunica che in data odierna la Squadra mobile della Questura di Napoli ha dato esecuzione a un'ordinanza di custodia cautelare nei confronti di due cittadini cinesi, gravemente indiziati dei reati di violenza privata e di esercizio arbitrario di funzioni pubbliche.
Le indagini, coordinate da questo Ufficio, hanno accertato che gli indagati gestivano, all'interno di un'agenzia di viaggi di San Giuseppe Vesuviano, un sedicente "posto di servizio" collegato all'Ufficio di pubblica sicurezza della città di Fuqing (provincia del Fujian). Presso tale struttura, tra il 2021 e il 2023, un cittadino cinese residente nel Nolano sarebbe stato ripetutamente convocato e minacciato affinché rientrasse in Cina per rispondere di un presunto reato fiscale; i suoi familiari a Fuqing sarebbero stati a loro volta avvicinati da funzionari locali. L'uomo non ha fatto rientro ed è stato posto sotto protezione.
Nel corso delle perquisizioni sono stati sequestrati registri con i dati di oltre quaranta connazionali.
Il procedimento si trova nella fase delle indagini preliminari e gli indagati devono ritenersi presunti innocenti fino a sentenza definitiva.
Napoli, 21 febbraio 2024
Il Procuratore della Repubblica"""
DOCS.append(('030-it-procura-napoli-custodia-cautelare.txt', t, [
  R('IT','arrest',"la Squadra mobile della Questura di Napoli ha dato esecuzione a un'ordinanza di custodia cautelare nei confronti di due cittadini cinesi", p='San Giuseppe Vesuviano', date='2024-02-21'),
  R('IT','investigation',"Le indagini, coordinate da questo Ufficio, hanno accertato", p='San Giuseppe Vesuviano', **O),
  S('IT','San Giuseppe Vesuviano',"gli indagati gestivano, all'interno di un'agenzia di viaggi di San Giuseppe Vesuviano, un sedicente \"posto di servizio\" collegato all'Ufficio di pubblica sicurezza della città di Fuqing (provincia del Fujian)", op='Fuqing', claimant='Naples prosecutor'),
  I('harassment','IT',"un cittadino cinese residente nel Nolano sarebbe stato ripetutamente convocato e minacciato affinché rientrasse in Cina per rispondere di un presunto reato fiscale", p='San Giuseppe Vesuviano', claimant='Naples prosecutor'),
  I('persuasion','IT',"un cittadino cinese residente nel Nolano sarebbe stato ripetutamente convocato e minacciato affinché rientrasse in Cina per rispondere di un presunto reato fiscale", p='San Giuseppe Vesuviano', claimant='Naples prosecutor'),
  C('cases',40,'IT',"sono stati sequestrati registri con i dati di oltre quaranta connazionali", **O),
]))
t = """Nagoya e Busan, Pechino sotto accusa. Ora tocca a Ulan Bator e Phnom Penh?
L'analisi

ROMA — Dopo il Giappone, dove a Nagoya la polizia della prefettura di Aichi ha perquisito nel 2023 un edificio del quartiere di Sakae indicato come sede di un avamposto della polizia di Fuzhou, e dopo la Corea del Sud, che ha fatto chiudere un ristorante di Busan sospettato di ospitare un ufficio simile, l'attenzione si sposta altrove. Ma attenzione: che a Ulan Bator esista una stazione, come sostengono alcuni blogger, nessuno lo ha dimostrato. E se ne esistesse una a Phnom Penh, il governo cambogiano la tollererebbe?
La questione non è accademica. Secondo Safeguard Defenders, tra l'aprile 2021 e il luglio 2022 le autorità cinesi avrebbero "persuaso a tornare" 230.000 persone accusate di frode. Molti di questi rientri, sostiene l'ong, sarebbero stati ottenuti facendo pressione sui familiari rimasti in Cina.
Nel frattempo altri governi si sono mossi. La Nuova Zelanda ha aperto un'indagine su un presunto ufficio a Wellington, gestito secondo la ong dalla polizia di Fuzhou; la Svezia ha espulso un giornalista cinese accusato di spiare la diaspora a Göteborg, dove però nessuna stazione è stata individuata; l'Irlanda ha fatto chiudere il centro di Capel Street a Dublino. La Mongolia, invece, ha firmato con Pechino nel 2019 un accordo di cooperazione di polizia, e la Cambogia ospita da anni pattuglie congiunte nella località costiera di Sihanoukville, dove secondo gli attivisti opererebbero due uffici legati rispettivamente alla polizia di Wenzhou e a quella di Nanchang.
Il Giappone, da parte sua, ha convocato un diplomatico cinese per chiedere spiegazioni, mentre Tokyo non ha finora formulato accuse penali."""
DOCS.append(('031-it-analisi-nagoya-busan-ulan-bator.txt', t, [
  S('JP','Nagoya',"a Nagoya la polizia della prefettura di Aichi ha perquisito nel 2023 un edificio del quartiere di Sakae indicato come sede di un avamposto della polizia di Fuzhou", op='Fuzhou'),
  R('JP','investigation',"a Nagoya la polizia della prefettura di Aichi ha perquisito nel 2023 un edificio del quartiere di Sakae", p='Nagoya', date='2023'),
  S('KR','Busan',"la Corea del Sud, che ha fatto chiudere un ristorante di Busan sospettato di ospitare un ufficio simile"),
  R('KR','closure',"la Corea del Sud, che ha fatto chiudere un ristorante di Busan", p='Busan'),
  C('returns',230000,None,"tra l'aprile 2021 e il luglio 2022 le autorità cinesi avrebbero \"persuaso a tornare\" 230.000 persone accusate di frode", claimant='Safeguard Defenders'),
  R('NZ','investigation',"La Nuova Zelanda ha aperto un'indagine su un presunto ufficio a Wellington", p='Wellington'),
  S('NZ','Wellington',"un presunto ufficio a Wellington, gestito secondo la ong dalla polizia di Fuzhou", op='Fuzhou', claimant='Safeguard Defenders'),
  S('SE','Gothenburg',"a Göteborg, dove però nessuna stazione è stata individuata", polarity='denied', **O),
  R('IE','closure',"l'Irlanda ha fatto chiudere il centro di Capel Street a Dublino", p='Dublin'),
  S('IE','Dublin',"l'Irlanda ha fatto chiudere il centro di Capel Street a Dublino", **O),
  A('MN','security_agreement',"La Mongolia, invece, ha firmato con Pechino nel 2019 un accordo di cooperazione di polizia", date='2019'),
  A('KH','joint_patrol',"la Cambogia ospita da anni pattuglie congiunte nella località costiera di Sihanoukville"),
  S('KH','Sihanoukville',"nella località costiera di Sihanoukville, dove secondo gli attivisti opererebbero due uffici legati rispettivamente alla polizia di Wenzhou e a quella di Nanchang", op='Wenzhou', operator_alt=['Nanchang'], claimant='activists'),
  C('stations',2,'KH',"dove secondo gli attivisti opererebbero due uffici legati rispettivamente alla polizia di Wenzhou e a quella di Nanchang", claimant='activists', **O),
  R('JP','protest',"Il Giappone, da parte sua, ha convocato un diplomatico cinese per chiedere spiegazioni", **O),
  R('JP','arrest',"Tokyo non ha finora formulato accuse penali", polarity='denied', **O),
]))
t = """Intervista / «Genova non ospita alcun presidio, ma vigiliamo»
Il questore sui presunti uffici cinesi in Liguria. «Controlli anche a La Spezia»

D. Questore, a Genova c'è una stazione di polizia cinese?
R. No. Abbiamo verificato l'indirizzo che era circolato sui social, in zona Sampierdarena: è un patronato che assiste i lavoratori per le pratiche pensionistiche. Nessuna attività per conto di Pechino.
D. Una ong sostiene che la polizia di Changle, distretto di Fuzhou, avrebbe aperto un ufficio a La Spezia nel 2020. È così?
R. Quell'informazione ci è arrivata. I colleghi della Digos spezzina hanno avviato accertamenti, che sono ancora in corso. Non posso dire di più.
D. Se emergesse qualcosa, chiedereste la chiusura?
R. Valuteremmo con l'autorità giudiziaria. Ma non anticipo nulla.
D. L'ambasciata cinese parla di "centri di volontari per il rinnovo dei documenti".
R. Ognuno dà la sua versione. A noi interessano i fatti."""
DOCS.append(('032-it-intervista-questore-genova-spezia.txt', t, [
  S('IT','Genoa',"Abbiamo verificato l'indirizzo che era circolato sui social, in zona Sampierdarena: è un patronato che assiste i lavoratori per le pratiche pensionistiche. Nessuna attività per conto di Pechino.", claimant='Genoa police chief', polarity='denied', **O),
  R('IT','no_wrongdoing_found',"Abbiamo verificato l'indirizzo che era circolato sui social, in zona Sampierdarena: è un patronato che assiste i lavoratori per le pratiche pensionistiche. Nessuna attività per conto di Pechino.", p='Genoa', claimant='Genoa police chief'),
  S('IT','La Spezia',"Una ong sostiene che la polizia di Changle, distretto di Fuzhou, avrebbe aperto un ufficio a La Spezia nel 2020.", op='Fuzhou', operator_alt=['Changle'], date='2020', claimant='NGO'),
  R('IT','investigation',"I colleghi della Digos spezzina hanno avviato accertamenti, che sono ancora in corso.", p='La Spezia'),
  D('CN',"L'ambasciata cinese parla di \"centri di volontari per il rinnovo dei documenti\".", claimant='Chinese embassy'),
]))
t = """Bari, inaugurate le colonnine cinesi alla stazione centrale
Presente il console. Controlli della Polizia ferroviaria

BARI — Sono entrate in funzione ieri le prime dodici colonnine di ricarica rapida nel parcheggio della stazione centrale, fornite da un'azienda di Shenzhen che ha vinto l'appalto comunale. Al taglio del nastro erano presenti il sindaco, l'assessore alla mobilità e il console generale della Repubblica popolare cinese, arrivato da Napoli.
Gli agenti della Polizia ferroviaria hanno garantito l'ordine pubblico durante la cerimonia, mentre una piccola protesta di attivisti per il Tibet è stata tenuta a distanza. Entro la fine dell'anno, ha annunciato l'azienda, le stazioni di ricarica in Puglia saranno quaranta, grazie a un accordo di collaborazione con la Regione. «Nessuna questione di sicurezza», ha assicurato il Comune rispondendo a chi chiedeva garanzie sui dati."""
DOCS.append(('033-it-cronaca-bari-colonnine-stazione.txt', t, []))
