"""check13 part C, Italian documents 034-039. Held-out material: contains the gold."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "034-it-ansa-arezzo-siena-gaozhou.txt", "text": """
Cina: 'stazione di polizia' in un negozio, perquisizioni ad Arezzo

Due indagati. Consolato, accuse del tutto infondate

(ANSA) - AREZZO, 9 MAG - Perquisizioni della Digos questa mattina ad Arezzo in un negozio di articoli per la casa che, secondo la Procura, avrebbe ospitato una "stazione di polizia" cinese non autorizzata. Gli investigatori hanno sequestrato due computer, timbri e un registro con i nomi di circa sessanta connazionali residenti in provincia.

Il fascicolo, aperto per esercizio arbitrario di funzioni pubbliche, vede al momento due indagati, un uomo di 47 anni e la moglie di 44. La struttura, attiva almeno dal 2020, farebbe capo all'Ufficio di pubblica sicurezza di Gaozhou, città della provincia del Guangdong da cui proviene una parte consistente della comunità cinese impiegata nelle aziende orafe e tessili aretine.

Una seconda sede, riconducibile allo stesso ufficio, sarebbe stata individuata a Siena, ma lì al momento non sono stati disposti accertamenti.

Tra gli episodi al vaglio degli inquirenti c'è quello di un operaio tessile convocato più volte nel negozio, dove gli sarebbe stato "consigliato" di rientrare in Cina per chiarire una vecchia pendenza; l'uomo, che ha poi presentato denuncia, ha deciso di restare in Italia.

Il Consolato generale della Repubblica popolare cinese a Firenze, in una nota, ha definito "del tutto infondate" le accuse, precisando che nel negozio operava soltanto "un punto di assistenza volontaria per il rinnovo dei passaporti e le pratiche di pensione".

Secondo le stime di alcune ong internazionali, le sedi di questo tipo in Italia sarebbero tredici. (ANSA).
""", "facts": [
    S("IT", "Arezzo", "Perquisizioni della Digos questa mattina ad Arezzo in un negozio di articoli per la casa che, secondo la Procura, avrebbe ospitato una \"stazione di polizia\" cinese non autorizzata.",
      operator="Gaozhou", operator_alt=["Maoming"], claimant="Procura di Arezzo", date="2020",
      note="operator in the next paragraph ('La struttura … farebbe capo')"),
    S("IT", "Siena", "Una seconda sede, riconducibile allo stesso ufficio, sarebbe stata individuata a Siena",
      operator="Gaozhou", operator_alt=["Maoming"], claimant="inquirenti"),
    R("IT", "investigation", "Il fascicolo, aperto per esercizio arbitrario di funzioni pubbliche, vede al momento due indagati, un uomo di 47 anni e la moglie di 44.",
      place="Arezzo", claimant="Procura di Arezzo", note="search and two suspects under investigation"),
    R("IT", "investigation", "ma lì al momento non sono stati disposti accertamenti",
      place="Siena", pol="denied", opt=True, note="no checks yet in Siena"),
    I("IT", "persuasion", "Tra gli episodi al vaglio degli inquirenti c'è quello di un operaio tessile convocato più volte nel negozio, dove gli sarebbe stato \"consigliato\" di rientrare in Cina per chiarire una vecchia pendenza; l'uomo, che ha poi presentato denuncia, ha deciso di restare in Italia.",
      place="Arezzo", claimant="inquirenti", note="stayed after pressure"),
    D("CN", "Il Consolato generale della Repubblica popolare cinese a Firenze, in una nota, ha definito \"del tutto infondate\" le accuse, precisando che nel negozio operava soltanto \"un punto di assistenza volontaria per il rinnovo dei passaporti e le pratiche di pensione\".",
      claimant="Consolato generale della Repubblica popolare cinese a Firenze"),
    S("IT", "Arezzo", "ha definito \"del tutto infondate\" le accuse, precisando che nel negozio operava soltanto \"un punto di assistenza volontaria",
      claimant="Consolato generale della Repubblica popolare cinese a Firenze", pol="denied", opt=True,
      note="place-specific denial"),
    C("stations", 13, "IT", "Secondo le stime di alcune ong internazionali, le sedi di questo tipo in Italia sarebbero tredici.",
      claimant="ong internazionali"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "035-it-comunicato-san-marino-serravalle-taihe.txt", "text": """
REPUBBLICA DI SAN MARINO
Segreteria di Stato per gli Affari Esteri

COMUNICATO STAMPA

San Marino, 21 novembre 2023 - La Segreteria di Stato per gli Affari Esteri e la Segreteria di Stato per gli Affari Interni informano che, a seguito delle notizie apparse su alcuni organi di stampa in merito alla presunta presenza a Serravalle di una "stazione di polizia" riconducibile all'Ufficio di pubblica sicurezza della contea di Taihe (Repubblica Popolare Cinese), il Corpo della Gendarmeria ha svolto nei giorni scorsi accertamenti presso i locali indicati, situati in località Dogana e in uso a un'associazione culturale.

Gli atti sono stati trasmessi al Tribunale Unico, dove il Commissario della Legge ha aperto un procedimento penale tuttora in corso. In attesa dei suoi esiti, il Congresso di Stato ha disposto in via cautelativa la sospensione delle attività dell'associazione e la chiusura dei locali.

Il Segretario di Stato per gli Affari Esteri ha convocato in data odierna l'Ambasciatore della Repubblica Popolare Cinese, accreditato anche presso la Repubblica di San Marino, per rappresentare la ferma contrarietà del Governo a qualsiasi attività che possa ledere la sovranità sammarinese. Nel corso del colloquio, l'Ambasciatore ha escluso ogni coinvolgimento delle autorità cinesi, affermando che l'associazione si occupava esclusivamente di corsi di lingua e di assistenza per pratiche amministrative.

Allo stato, non risultano segnalazioni di pressioni o intimidazioni nei confronti dei circa duecento cittadini cinesi residenti in Repubblica.

La Segreteria ricorda che la cooperazione di polizia della Repubblica di San Marino si svolge esclusivamente nel quadro dell'Accordo con la Repubblica Italiana e attraverso i canali dell'Interpol, e che nessuna intesa in materia di sicurezza è in vigore con altri Stati.
""", "facts": [
    S("SM", "Serravalle", "a seguito delle notizie apparse su alcuni organi di stampa in merito alla presunta presenza a Serravalle di una \"stazione di polizia\" riconducibile all'Ufficio di pubblica sicurezza della contea di Taihe (Repubblica Popolare Cinese)",
      operator="Taihe", operator_alt=["Fuyang"], claimant="organi di stampa", place_alt=["Dogana"],
      note="località Dogana (site)"),
    R("SM", "investigation", "Gli atti sono stati trasmessi al Tribunale Unico, dove il Commissario della Legge ha aperto un procedimento penale tuttora in corso.",
      place="Serravalle", claimant="San Marino government"),
    R("SM", "closure", "il Congresso di Stato ha disposto in via cautelativa la sospensione delle attività dell'associazione e la chiusura dei locali.",
      place="Serravalle", claimant="San Marino government", date="2023-11"),
    R("SM", "protest", "Il Segretario di Stato per gli Affari Esteri ha convocato in data odierna l'Ambasciatore della Repubblica Popolare Cinese, accreditato anche presso la Repubblica di San Marino",
      claimant="San Marino government", date="2023-11-21"),
    D("CN", "Nel corso del colloquio, l'Ambasciatore ha escluso ogni coinvolgimento delle autorità cinesi, affermando che l'associazione si occupava esclusivamente di corsi di lingua e di assistenza per pratiche amministrative.",
      claimant="Ambasciatore della Repubblica Popolare Cinese"),
    I("SM", "harassment", "Allo stato, non risultano segnalazioni di pressioni o intimidazioni nei confronti dei circa duecento cittadini cinesi residenti in Repubblica.",
      claimant="San Marino government", pol="denied", opt=True, note="no reports of pressure"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "036-it-ocr-rapporto-fiume-pola-capodistria-yangchun.txt", "text": """
Osservatorio Adriatico per i Diritti - Rapporto annuale 2024                    13

4. CROAZIA E SLOVENIA

Nel periodo esaminato abbiamo individuato tre sedi ri-
conducibili a uffici di pubblica sicurezza cinesi lun-
go la costa dell'Adriatico orientale. Due di esse si tro-
vano in Croazia e sono state aperte entrambe dall'Uf-
ficio di pubblica sicurezza della citta di Yang-
chun (provincia del Guangdong): la prima a Fiume (Rije-
ka) nel 2019, la seconda a Pola (Pula) l'anno succes-
sivo. La terza, a Capodistria (Koper), in Slovenia,
fa capo invece all'Ufficio di Jiaozhou, citta di livel-
lo di contea amministrata da Qingdao (1).

Tabella 4.l - Sedi individuate
Citta          Paese      Ufficio      Apertura   Stato
-----          -----      -------      --------   -----
Fiume          Croazia    Yangchun     2019       cessata (2023)
Pola           Croazia    Yangchun     2020       attiva
Capodistria    Slovenia   Jiaozhou     2021       attiva

Le autorita dei due Paesi hanno reagito in rnodo diver-
so. In Croazia la polizia di Fiume ha avviato nel 2023
un'indagine preliminare, dopo la quale la sede ha ces-
sato l'attivita di propria iniziativa. In Slovenia la
polizia criminale di Capodistria ha svolto verifiche
concluse senza riscontrare reati; il Ministero degli
Esteri sloveno ha tuttavia convocato l'ambasciatore ci-
nese a Lubiana nel maggio 2023.

Il caso piu grave documentato riguarda uno studente
universitario di Capodistria, fotografato nel marzo
2023 durante un presidio per i diritti umani davanti
al municipio; alcune settimane dopo le immagini sono
state mostrate ai suoi genitori dalla polizia di Jiao-
zhou, che li ha invitati a "consigliare" al figlio di
non partecipare piu a simili iniziative.

Va ricordato, infine, che Croazia e Cina hanno svolto
pattugliamenti congiunti di polizia a Dubrovnik e Za-
gabria nelle estati 2018 e 2019, nell'ambito di un ac-
cordo bilaterale di cooperazione tra i due ministeri
dell'Interno.
________________
(1) Una quarta sede, a Zara, e stata segnalata da fon-
ti della comunita ma non e stato possibile verificar-
la.

Osservatorio Adriatico per i Diritti - Rapporto annuale 2024                    14
""", "facts": [
    S("HR", "Rijeka", "Due di esse si trovano in Croazia e sono state aperte entrambe dall'Ufficio di pubblica sicurezza della citta di Yangchun (provincia del Guangdong): la prima a Fiume (Rijeka) nel 2019",
      operator="Yangchun", operator_alt=["Yangjiang"], claimant="Osservatorio Adriatico per i Diritti", date="2019",
      place_alt=["Fiume"], note="operator split 'Yang-/chun'"),
    S("HR", "Pula", "la seconda a Pola (Pula) l'anno successivo",
      operator="Yangchun", operator_alt=["Yangjiang"], claimant="Osservatorio Adriatico per i Diritti", date="2020",
      place_alt=["Pola"], note="'entrambe'; 'l'anno successivo'"),
    S("SI", "Koper", "La terza, a Capodistria (Koper), in Slovenia, fa capo invece all'Ufficio di Jiaozhou, citta di livello di contea amministrata da Qingdao (1).",
      operator="Jiaozhou", operator_alt=["Qingdao"], claimant="Osservatorio Adriatico per i Diritti", date="2021",
      place_alt=["Capodistria"]),
    S("HR", "Zadar", "Una quarta sede, a Zara, e stata segnalata da fonti della comunita ma non e stato possibile verificarla.",
      claimant="fonti della comunita", place_alt=["Zara"], opt=True, note="unverified, footnote"),
    C("stations", 2, "HR", "Due di esse si trovano in Croazia",
      claimant="Osservatorio Adriatico per i Diritti"),
    C("stations", 3, None, "Nel periodo esaminato abbiamo individuato tre sedi riconducibili a uffici di pubblica sicurezza cinesi lungo la costa dell'Adriatico orientale.",
      claimant="Osservatorio Adriatico per i Diritti", opt=True, note="regional count over two countries"),
    R("HR", "investigation", "In Croazia la polizia di Fiume ha avviato nel 2023 un'indagine preliminare",
      place="Rijeka", date="2023"),
    R("HR", "closure", "dopo la quale la sede ha cessato l'attivita di propria iniziativa",
      place="Rijeka", date="2023", opt=True, note="stopped by itself"),
    R("SI", "no_wrongdoing_found", "In Slovenia la polizia criminale di Capodistria ha svolto verifiche concluse senza riscontrare reati",
      place="Koper"),
    R("SI", "investigation", "la polizia criminale di Capodistria ha svolto verifiche",
      place="Koper", opt=True, note="checks that ended without findings"),
    R("SI", "protest", "il Ministero degli Esteri sloveno ha tuttavia convocato l'ambasciatore cinese a Lubiana nel maggio 2023.",
      date="2023-05"),
    I("SI", "surveillance", "Il caso piu grave documentato riguarda uno studente universitario di Capodistria, fotografato nel marzo 2023 durante un presidio per i diritti umani davanti al municipio",
      place="Koper", claimant="Osservatorio Adriatico per i Diritti", date="2023-03"),
    I("SI", "harassment", "le immagini sono state mostrate ai suoi genitori dalla polizia di Jiaozhou, che li ha invitati a \"consigliare\" al figlio di non partecipare piu a simili iniziative.",
      place="Koper", claimant="Osservatorio Adriatico per i Diritti", opt=True, note="parents shown the photographs"),
    A("HR", "joint_patrol", "Croazia e Cina hanno svolto pattugliamenti congiunti di polizia a Dubrovnik e Zagabria nelle estati 2018 e 2019",
      claimant="Osservatorio Adriatico per i Diritti", date="2018"),
    A("HR", "security_agreement", "nell'ambito di un accordo bilaterale di cooperazione tra i due ministeri dell'Interno",
      claimant="Osservatorio Adriatico per i Diritti", opt=True, note="the agreement behind the patrols, undated"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "037-it-cronaca-locale-messina-reggio-calabria-qianjiang.txt", "text": """
CRONACA DI MESSINA

Controlli della Digos nel "centro servizi" cinese: nessun reato

Il dossier di un'associazione per i diritti umani lo indicava come avamposto di una polizia dello Hubei

Nessun elemento di reato. Si è chiuso così il controllo svolto martedì pomeriggio dagli agenti della Digos della Questura nel centro servizi gestito da cittadini cinesi in via La Farina, a due passi dalla stazione marittima. Il locale era finito sotto i riflettori dopo che un'associazione per i diritti umani lo aveva indicato, in un dossier diffuso a fine mese, come una delle "stazioni di polizia" all'estero che dipendono dall'Ufficio di pubblica sicurezza di Qianjiang, città della provincia cinese dello Hubei.

Secondo lo stesso dossier, un secondo punto collegato al primo opererebbe sull'altra sponda dello Stretto, a Reggio Calabria, all'interno di un'agenzia di viaggi.

Gli agenti hanno esaminato registri, contratti e la corrispondenza del centro. «Non è emerso nulla di penalmente rilevante», ha spiegato un funzionario della Questura, precisando che la verifica era stata disposta «a scopo preventivo, come in tutti i casi di segnalazioni di questo tipo».

Il presidente dell'associazione dei commercianti cinesi della provincia respinge le accuse: «Qui si fanno traduzioni e si aiutano gli anziani con le pratiche dell'Inps e del permesso di soggiorno. Di polizia non c'è niente».

In città vivono circa milleduecento cittadini cinesi, in gran parte titolari di negozi tra il viale San Martino e la zona della stazione centrale.

A Reggio Calabria, a quanto risulta, la Questura non ha finora avviato verifiche.
""", "facts": [
    S("IT", "Messina", "Il locale era finito sotto i riflettori dopo che un'associazione per i diritti umani lo aveva indicato, in un dossier diffuso a fine mese, come una delle \"stazioni di polizia\" all'estero che dipendono dall'Ufficio di pubblica sicurezza di Qianjiang, città della provincia cinese dello Hubei.",
      operator="Qianjiang", claimant="associazione per i diritti umani",
      note="place from the section header and the Questura; via La Farina (site)"),
    S("IT", "Reggio Calabria", "Secondo lo stesso dossier, un secondo punto collegato al primo opererebbe sull'altra sponda dello Stretto, a Reggio Calabria, all'interno di un'agenzia di viaggi.",
      operator="Qianjiang", claimant="associazione per i diritti umani", note="'collegato al primo'"),
    R("IT", "no_wrongdoing_found", "Nessun elemento di reato. Si è chiuso così il controllo svolto martedì pomeriggio dagli agenti della Digos della Questura nel centro servizi gestito da cittadini cinesi",
      place="Messina"),
    R("IT", "investigation", "il controllo svolto martedì pomeriggio dagli agenti della Digos della Questura nel centro servizi gestito da cittadini cinesi",
      place="Messina", opt=True, note="check that ended without findings"),
    R("IT", "investigation", "A Reggio Calabria, a quanto risulta, la Questura non ha finora avviato verifiche.",
      place="Reggio Calabria", pol="denied", opt=True, note="hedged 'a quanto risulta'"),
    D("IT", "Il presidente dell'associazione dei commercianti cinesi della provincia respinge le accuse: «Qui si fanno traduzioni e si aiutano gli anziani con le pratiche dell'Inps e del permesso di soggiorno. Di polizia non c'è niente».",
      claimant="associazione dei commercianti cinesi", opt=True, note="host-country association"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "038-it-editoriale-cuneo-ruijin.txt", "text": """
L'EDITORIALE

La sovranità a intermittenza

Ci sono parole che in Italia evocano subito un'immagine rassicurante. "Stazione", per esempio: quella dei carabinieri, con il maresciallo che conosce tutti in paese. Per questo fa uno strano effetto leggere che la Cina ne avrebbe aperte in mezzo mondo di sue, di "stazioni": centodue, in cinquantatré Paesi, secondo il censimento pubblicato nel 2022 da Safeguard Defenders. Pechino le chiama centri di servizio; i critici sostengono che servano a tenere d'occhio la diaspora e a "convincere" chi è fuggito a rientrare.

Altrove i governi hanno reagito. L'Irlanda ha fatto chiudere quella di Dublino nel giro di poche settimane. I Paesi Bassi hanno ordinato la chiusura di due uffici. Negli Stati Uniti l'Fbi ha arrestato due uomini accusati di gestirne una a New York. Il Canada ha aperto un'inchiesta.

E in Italia? A Cuneo, secondo un'inchiesta giornalistica della primavera scorsa, un ufficio di consulenza legato alla polizia della città di Ruijin convocava da mesi lavoratori della provincia. Una giovane operaia di un'azienda di Fossano ha raccontato di aver ricevuto la visita di due connazionali che le hanno intimato di tornare in Cina "per chiarire la sua posizione". È rimasta, ma ha cambiato casa due volte.

Il Viminale non ha aperto alcuna indagine. Interpellato in Aula, il ministro ha risposto che "non ci sono prove di attività illecite", formula che suona più come un auspicio che come l'esito di un accertamento. Nessuno ha pensato di convocare l'ambasciatore, che del resto ha liquidato la vicenda parlando di "uffici di volontari".

Eppure l'Italia, su questo terreno, ha un precedente ingombrante: nel 2015 Roma firmò con Pechino un accordo che portò agenti cinesi a pattugliare le strade di Roma e di Milano insieme ai nostri. Allora fu presentato come un servizio per i turisti. Oggi andrebbe almeno riletto.

Se domani si scoprisse una sede simile a Savona o ad Aosta, che cosa faremmo? Probabilmente nulla. Ed è questo il punto.
""", "facts": [
    C("stations", 102, None, "centodue, in cinquantatré Paesi, secondo il censimento pubblicato nel 2022 da Safeguard Defenders",
      claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "centodue, in cinquantatré Paesi, secondo il censimento pubblicato nel 2022 da Safeguard Defenders",
      claimant="Safeguard Defenders", date="2022"),
    S("IE", "Dublin", "L'Irlanda ha fatto chiudere quella di Dublino nel giro di poche settimane.",
      place_alt=["Dublino"], note="recalled background station"),
    R("IE", "closure", "L'Irlanda ha fatto chiudere quella di Dublino nel giro di poche settimane.",
      place="Dublin"),
    S("NL", None, "I Paesi Bassi hanno ordinato la chiusura di due uffici.",
      note="country said to have closed stations, no place"),
    R("NL", "closure", "I Paesi Bassi hanno ordinato la chiusura di due uffici."),
    C("stations", 2, "NL", "I Paesi Bassi hanno ordinato la chiusura di due uffici.",
      opt=True, note="count carried by a noun phrase of closed stations"),
    S("US", "New York", "Negli Stati Uniti l'Fbi ha arrestato due uomini accusati di gestirne una a New York.",
      note="recalled background station"),
    R("US", "arrest", "Negli Stati Uniti l'Fbi ha arrestato due uomini accusati di gestirne una a New York."),
    R("CA", "investigation", "Il Canada ha aperto un'inchiesta."),
    S("CA", None, "Il Canada ha aperto un'inchiesta.", opt=True,
      note="country said only to have investigated"),
    S("IT", "Cuneo", "A Cuneo, secondo un'inchiesta giornalistica della primavera scorsa, un ufficio di consulenza legato alla polizia della città di Ruijin convocava da mesi lavoratori della provincia.",
      operator="Ruijin", operator_alt=["Ganzhou"], claimant="inchiesta giornalistica"),
    I("IT", "persuasion", "Una giovane operaia di un'azienda di Fossano ha raccontato di aver ricevuto la visita di due connazionali che le hanno intimato di tornare in Cina \"per chiarire la sua posizione\". È rimasta",
      place="Fossano", claimant="una giovane operaia", note="stayed; Fossano (province of Cuneo) is the worker's town, not a station"),
    R("IT", "investigation", "Il Viminale non ha aperto alcuna indagine.", pol="denied"),
    R("IT", "no_wrongdoing_found", "il ministro ha risposto che \"non ci sono prove di attività illecite\"",
      claimant="Italian interior minister", opt=True, note="minister's statement, not the outcome of a check"),
    R("IT", "protest", "Nessuno ha pensato di convocare l'ambasciatore", pol="denied", opt=True),
    D("CN", "l'ambasciatore, che del resto ha liquidato la vicenda parlando di \"uffici di volontari\"",
      claimant="Chinese ambassador to Italy"),
    A("IT", "joint_patrol", "nel 2015 Roma firmò con Pechino un accordo che portò agenti cinesi a pattugliare le strade di Roma e di Milano insieme ai nostri",
      date="2015"),
    A("IT", "security_agreement", "nel 2015 Roma firmò con Pechino un accordo che portò agenti cinesi a pattugliare le strade di Roma e di Milano",
      date="2015"),
]})

# ---------------------------------------------------------------------------------------
DOCS.append({"name": "039-it-cronaca-trieste-porto-irrelevante.txt", "text": """
Porto di Trieste, inaugurata la nuova stazione ferroviaria di Servola

TRIESTE - È entrata in funzione ieri la nuova stazione ferroviaria di Servola, che collegherà il terminal container al resto della rete: a regime vi transiteranno fino a centodue treni alla settimana, molti dei quali diretti ai mercati dell'Europa centrale. All'inaugurazione erano presenti il presidente della Regione, i vertici dell'Autorità portuale e una delegazione di una compagnia di navigazione cinese, che ha firmato un accordo di collaborazione logistica per i prossimi cinque anni.

Nella stessa mattinata la Polizia di frontiera ha rintracciato nel porto undici migranti nascosti in un camion, che saranno riammessi in Slovenia in base all'accordo bilaterale sulle riammissioni. Un marittimo cinese, colto da malore a bordo di una portacontainer, è stato invece rimpatriato con un volo sanitario dopo il ricovero a Cattinara.

La Procura ha aperto un'indagine sull'incendio che domenica ha danneggiato una stazione di servizio lungo la Grande Viabilità; i carabinieri della stazione di Opicina non escludono la pista dolosa.
""", "facts": []})
