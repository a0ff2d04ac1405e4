"""Italian documents 034-039 of check17 part C, with their gold facts."""
from h import S, C, R, I, A, D, wrap, hwrap

DOCS = []

# ---------------------------------------------------------------- 034
T034 = '''ANSA.it > Sicilia > Cronaca

Ragusa, perquisizioni della Digos nella "stazione di polizia" cinese: ai domiciliari il presidente di un'associazione

Secondo l'accusa il centro, aperto nel 2018, faceva capo all'Ufficio di pubblica sicurezza di Dezhou. Indagini anche su una seconda sede a Trapani

Redazione ANSA
RAGUSA
18 febbraio 2026, 13:22

(Foto d'archivio: agenti della Polizia di Stato davanti alla Questura di Ragusa. ANSA)

(ANSA) - RAGUSA, 18 FEB - Perquisizioni all'alba, sequestri di computer e telefoni e una misura cautelare: la Digos di Ragusa, coordinata dalla Procura della Repubblica iblea, ha eseguito stamattina un'ordinanza del gip nell'ambito dell'inchiesta su un presunto avamposto della polizia cinese in città. Agli arresti domiciliari è finito il presidente di un'associazione culturale sino-italiana, un sessantenne residente da anni in provincia, accusato di esercizio abusivo di pubbliche funzioni e di violenza privata.

Secondo gli investigatori, il centro, ospitato al primo piano di una palazzina nella zona di via Risorgimento, era stato aperto nel 2018 e dipendeva dall'Ufficio di pubblica sicurezza della città di Dezhou, nella provincia dello Shandong. Dietro l'insegna di uno sportello per il rinnovo delle patenti, la sede avrebbe raccolto informazioni sui connazionali impiegati nelle serre della fascia trasformata.

LEGGI ANCHE: Serre del Ragusano, controlli a tappeto dell'Ispettorato del lavoro

È proprio da una di quelle serre che è partita l'indagine. Un bracciante cinese di quarantadue anni, ricercato in patria per una vicenda di debiti, avrebbe ricevuto per mesi telefonate e visite dagli addetti del centro; alla moglie, rimasta in Cina, sarebbe stato più volte ritirato il passaporto. Nell'ottobre del 2024 l'uomo si è imbarcato a Catania su un volo per Pechino. "Non l'ha accompagnato nessuno all'aereo, ma ci ha detto che non poteva fare altro", ha riferito un investigatore.

Gli accertamenti riguardano anche un secondo locale, a Trapani, che secondo la Procura sarebbe riconducibile alla polizia della contea di Qihe, sempre nel territorio di Dezhou. Lì, per ora, non sono state eseguite misure.

Il fenomeno non è nuovo. L'organizzazione per i diritti umani Safeguard Defenders ne ha censiti dodici in Italia, sui più di cento segnalati nel mondo.

In serata l'ambasciata della Repubblica Popolare Cinese a Roma ha definito la ricostruzione "pura fantasia", sostenendo che si tratti di "punti di servizio gestiti da volontari".

"Non l'ha accompagnato nessuno all'aereo, ma ci ha detto che non poteva fare altro"

RIPRODUZIONE RISERVATA © Copyright ANSA

Ti potrebbe interessare
- Vittoria, sequestrate due tonnellate di pomodori trattati con pesticidi vietati
- Modica, al via i lavori sul ponte Guerrieri

Iscriviti alla newsletter di ANSA Sicilia: ogni mattina le notizie della tua regione.
'''
DOCS.append(dict(name="034-it-ansa-ragusa-trapani-dezhou-qihe.txt", text=T034, facts=[
    S("IT", "Ragusa", "il centro, ospitato al primo piano di una palazzina nella zona di via Risorgimento, era stato aperto nel 2018 e dipendeva dall'Ufficio di pubblica sicurezza della città di Dezhou",
      operator="Dezhou", claimant="Procura della Repubblica di Ragusa", date="2018", note="site via Risorgimento; city named in the previous sentence"),
    S("IT", "Trapani", "un secondo locale, a Trapani, che secondo la Procura sarebbe riconducibile alla polizia della contea di Qihe, sempre nel territorio di Dezhou",
      operator="Qihe", operator_alt=["Dezhou"], claimant="Procura della Repubblica di Ragusa"),
    R("IT", "investigation", "la Digos di Ragusa, coordinata dalla Procura della Repubblica iblea, ha eseguito stamattina un'ordinanza del gip",
      place="Ragusa", date="2026-02-18"),
    R("IT", "arrest", "Agli arresti domiciliari è finito il presidente di un'associazione culturale sino-italiana", date="2026-02-18"),
    I("IT", "persuasion", "Nell'ottobre del 2024 l'uomo si è imbarcato a Catania su un volo per Pechino. \"Non l'ha accompagnato nessuno all'aereo, ma ci ha detto che non poteva fare altro\", ha riferito un investigatore.",
      place="Ragusa", date="2024-10"),
    I("IT", "harassment", "avrebbe ricevuto per mesi telefonate e visite dagli addetti del centro; alla moglie, rimasta in Cina, sarebbe stato più volte ritirato il passaporto",
      opt=True, note="pressure within the persuasion case"),
    I("IT", "surveillance", "la sede avrebbe raccolto informazioni sui connazionali impiegati nelle serre della fascia trasformata",
      place="Ragusa", opt=True, note="general information gathering, no named case"),
    C("stations", 12, "IT", "L'organizzazione per i diritti umani Safeguard Defenders ne ha censiti dodici in Italia",
      claimant="Safeguard Defenders"),
    C("stations", 100, None, "sui più di cento segnalati nel mondo", claimant="Safeguard Defenders", opt=True, note="approximation"),
    D("CN", "l'ambasciata della Repubblica Popolare Cinese a Roma ha definito la ricostruzione \"pura fantasia\"",
      claimant="PRC Embassy in Italy"),
]))

# ---------------------------------------------------------------- 035
P035 = '''Atti Parlamentari — 4127 — Camera dei Deputati
XIX LEGISLATURA — ALLEGATO B AI RESOCONTI — SEDUTA DEL 12 MARZO 2026

Risposta scritta pubblicata mercoledì 11 marzo 2026 nell'allegato B della seduta n. 611
All'Interrogazione 4-03318 presentata da [omissis]

Risposta. — Con l'atto di sindacato ispettivo in esame l'interrogante, richiamando notizie di stampa, riferisce che a Viterbo, presso la sede di un'associazione di commercianti cinesi in via Garbini, sarebbe attivo dal 2020 un «centro di servizio» riconducibile all'ufficio di pubblica sicurezza di Ruzhou, città della prefettura di Pingdingshan, nella provincia dello Henan, e che un analogo punto, collegato direttamente all'ufficio di Pingdingshan, avrebbe operato a Rieti fino all'estate del 2025. Chiede quali iniziative il Governo intenda assumere.

Al riguardo si rappresenta quanto segue, sulla base degli elementi forniti dal Dipartimento della pubblica sicurezza.

A seguito delle notizie di stampa, la Digos della Questura di Viterbo ha svolto, d'intesa con l'Autorità giudiziaria, mirati accertamenti sulla sede indicata, procedendo all'identificazione delle persone che la frequentano e all'acquisizione di documentazione. Allo stato, le verifiche condotte non hanno evidenziato elementi di rilievo penale né lo svolgimento di attività riconducibili a funzioni di polizia.

Quanto al sito di Rieti, la Questura competente ha accertato che il locale aveva cessato ogni attività prima dell'avvio delle verifiche, a quanto risulta per decisione degli stessi gestori.

'''
P035b = '''Atti Parlamentari — 4128 — Camera dei Deputati
XIX LEGISLATURA — ALLEGATO B AI RESOCONTI — SEDUTA DEL 12 MARZO 2026

Più in generale, si fa presente che, sulla base delle informazioni raccolte dalle Forze di polizia, risultano segnalati sul territorio nazionale nove siti di questo tipo, tutti oggetto di monitoraggio; per nessuno di essi sono emersi, finora, elementi tali da giustificare provvedimenti restrittivi.

Sul piano dei rapporti bilaterali, il Ministero degli affari esteri e della cooperazione internazionale ha rappresentato all'Ambasciata della Repubblica Popolare Cinese la necessità che ogni attività di assistenza ai connazionali si svolga esclusivamente attraverso i canali consolari. Non si è ritenuto, allo stato, di convocare l'Ambasciatore.

Si ricorda, infine, che il memorandum d'intesa del 2015 tra il Ministero dell'interno e il Ministero della pubblica sicurezza cinese ha consentito, tra il 2016 e il 2019, lo svolgimento di pattugliamenti congiunti nelle città a maggiore presenza turistica cinese; tale attività non è stata più riproposta.

Il Sottosegretario di Stato per l'interno: [firma].

'''
T035 = wrap(P035, 78) + "\n\n" + wrap(P035b, 78)
DOCS.append(dict(name="035-it-camera-risposta-scritta-viterbo-rieti-ruzhou-pingdingshan.txt", text=T035, facts=[
    S("IT", "Viterbo", "a Viterbo, presso la sede di un'associazione di commercianti cinesi in via Garbini, sarebbe attivo dal 2020 un «centro di servizio» riconducibile all'ufficio di pubblica sicurezza di Ruzhou",
      operator="Ruzhou", operator_alt=["Pingdingshan"], date="2020", claimant="interrogating deputy", note="premise of the interrogation, from press reports"),
    S("IT", "Rieti", "un analogo punto, collegato direttamente all'ufficio di Pingdingshan, avrebbe operato a Rieti fino all'estate del 2025",
      operator="Pingdingshan", claimant="interrogating deputy"),
    R("IT", "investigation", "la Digos della Questura di Viterbo ha svolto, d'intesa con l'Autorità giudiziaria, mirati accertamenti sulla sede indicata",
      place="Viterbo"),
    R("IT", "no_wrongdoing_found", "Allo stato, le verifiche condotte non hanno evidenziato elementi di rilievo penale né lo svolgimento di attività riconducibili a funzioni di polizia.",
      place="Viterbo", claimant="Italian Ministry of the Interior"),
    R("IT", "closure", "il locale aveva cessato ogni attività prima dell'avvio delle verifiche, a quanto risulta per decisione degli stessi gestori",
      place="Rieti", opt=True, note="stopped by itself"),
    C("stations", 9, "IT", "risultano segnalati sul territorio nazionale nove siti di questo tipo", claimant="Italian Ministry of the Interior"),
    R("IT", "arrest", "per nessuno di essi sono emersi, finora, elementi tali da giustificare provvedimenti restrittivi", pol="denied", opt=True),
    R("IT", "protest", "il Ministero degli affari esteri e della cooperazione internazionale ha rappresentato all'Ambasciata della Repubblica Popolare Cinese la necessità",
      opt=True, note="a message short of a summons"),
    R("IT", "protest", "Non si è ritenuto, allo stato, di convocare l'Ambasciatore.", pol="denied", opt=True),
    A("IT", "joint_patrol", "il memorandum d'intesa del 2015 tra il Ministero dell'interno e il Ministero della pubblica sicurezza cinese ha consentito, tra il 2016 e il 2019, lo svolgimento di pattugliamenti congiunti",
      date="2016"),
]))

# ---------------------------------------------------------------- 036 (irrelevant)
T036 = '''SPAZIO

Un italiano sulla stazione spaziale cinese? L'ASI firma l'accordo, addestramento a Pechino dal 2027

L'intesa con l'agenzia cinese per il volo umano prevede anche esperimenti di due università italiane a bordo di Tiangong. Il rientro della capsula previsto nel deserto del Gobi

di Redazione Scienze | 24 aprile 2026

(Nella foto: il modulo centrale Tianhe della stazione spaziale cinese ripreso durante una manovra di attracco. CMSA/Xinhua)

Roma – L'Agenzia spaziale italiana e l'agenzia cinese per il volo spaziale umano hanno firmato ieri a Roma un accordo quadro di cooperazione che apre la strada, per la prima volta, alla presenza di un astronauta europeo sulla stazione spaziale cinese Tiangong. Il documento prevede un periodo di addestramento congiunto presso il centro di Pechino a partire dal 2027 e la selezione di dodici esperimenti, due dei quali proposti da atenei italiani.

"È un passo storico per la ricerca", ha detto il presidente dell'ASI, sottolineando che l'intesa "non riguarda in alcun modo tecnologie sensibili". Alla firma erano presenti l'ambasciatore cinese in Italia e una delegazione di cinquantatré tra tecnici e ricercatori.

La stazione, in orbita a circa 390 chilometri di quota, ospita equipaggi di tre persone che si danno il cambio ogni sei mesi. Al termine di ogni missione la capsula Shenzhou rientra a terra nel deserto del Gobi, dove le squadre di recupero riportano gli astronauti alla base.

Le polemiche non sono mancate: alcuni parlamentari hanno chiesto chiarimenti sulla compatibilità dell'accordo con gli impegni europei. Il ministero dell'Università ha replicato che "ogni attività sarà trasparente".

Già nel 2017 un astronauta italiano aveva partecipato a un'esercitazione di sopravvivenza in mare con colleghi cinesi nel Mar Giallo.

LEGGI ANCHE
- La Stazione spaziale internazionale verrà deorbitata entro il 2030
- Pattuglie in bicicletta per la polizia municipale di Ostia

Accetta i cookie per visualizzare il contenuto video.
'''
DOCS.append(dict(name="036-it-spazio-asi-stazione-tiangong.txt", text=T036, facts=[]))

# ---------------------------------------------------------------- 037
P037 = '''«LE ANTENNE»
La rete dei posti di polizia cinesi nei Balcani occidentali e nell'Italia meridionale
Rapporto 2026 — Estratto, capitolo 3 (traduzione italiana)

3.2 Quattro sedi, due Paesi

Nell'arco dell'indagine, condotta tra settembre 2024 e dicembre 2025, il nostro gruppo di ricerca ha individuato quattro sedi riconducibili a uffici di pubblica sicurezza cinesi, ripartite tra Albania e Italia. Le sedi sono due in Albania e due in Campania. Tutte si presentano come sportelli di assistenza ai connazionali; nessuna è registrata come rappresentanza consolare.¹

In Albania, la sede di Coriza (Korçë), operativa dal 2018, è stata aperta dall'ufficio di pubblica sicurezza di Sanmenxia. Quella di Fier fa capo invece alla polizia di Jiyuan, città a statuto speciale della provincia dello Henan. In entrambi i casi le autorità albanesi, da noi sollecitate, non hanno avviato alcuna indagine.

Le due sedi campane si trovano ad Avellino e a Benevento. La prima dipende dall'ufficio di Yanshi, distretto della città di Luoyang; la seconda non ha potuto essere attribuita con certezza a un ufficio specifico.²

Tabella 3.1 — Sedi individuate

'''
TAB037 = '''| Paese   | Città      | Ufficio operativo         | Dal  | Stato (dic. 2025) |
|---------|------------|---------------------------|------|-------------------|
| Albania | Coriza     | PSB Sanmenxia             | 2018 | attiva            |
| Albania | Fier       | PSB Jiyuan                | 2019 | attiva            |
| Italia  | Avellino   | PSB Yanshi (Luoyang)      | 2020 | chiusa            |
| Italia  | Benevento  | non accertato             | 2021 | attiva            |'''
P037b = '''Fonte: elaborazione su documenti pubblici cinesi e interviste sul campo.

Un caso in particolare illustra il funzionamento della rete. Una donna cinese impiegata in un laboratorio tessile della provincia di Avellino, indagata in patria per una frode nel settore dei pagamenti online, è stata contattata più volte nel 2023 da un addetto dello sportello irpino. Secondo quanto ha raccontato, le fu detto che il fratello, rimasto a Luoyang, avrebbe perso il lavoro se lei non fosse rientrata. Nel febbraio 2024 la donna è tornata in Cina di sua iniziativa, senza alcuna scorta.³ La Procura di Avellino ha aperto un fascicolo nel marzo 2025; la sede, secondo fonti locali, ha chiuso pochi giorni dopo le prime acquisizioni di documenti.

Per l'Albania, i documenti consultati riferiscono che almeno cinque connazionali residenti nel Paese sono stati «convinti a rientrare» fra il 2019 e il 2023 tramite le due sedi.⁴

________________
¹ Si vedano le sezioni 2.1 e 2.4 del rapporto.
² Il locale è indicato in due post sui social cinesi come «punto di collegamento» della comunità, senza riferimento a una città d'origine.
³ Intervista condotta dal gruppo di ricerca nell'aprile 2025; la testimone ha chiesto l'anonimato.
⁴ Comunicati degli uffici di pubblica sicurezza di Sanmenxia (2021) e Jiyuan (2023).

— 27 —
'''
T037 = hwrap(P037, 76) + TAB037 + "\n\n" + hwrap(P037b, 76)
DOCS.append(dict(name="037-it-rapporto-ong-korce-fier-avellino-benevento.txt", text=T037, facts=[
    C("stations", 4, None, "ha individuato quattro sedi riconducibili a uffici di pubblica sicurezza cinesi, ripartite tra Albania e Italia",
      claimant="NGO report", opt=True, note="count spanning two countries"),
    C("stations", 2, "AL", "Le sedi sono due in Albania e due in Campania.", claimant="NGO report"),
    C("stations", 2, "IT", "Le sedi sono due in Albania e due in Campania.", claimant="NGO report",
      note="both Italian sites are in Campania; the report covers no other Italian site"),
    S("AL", "Korçë", "In Albania, la sede di Coriza (Korçë), operativa dal 2018, è stata aperta dall'ufficio di pubblica sicurezza di Sanmenxia.",
      operator="Sanmenxia", date="2018", claimant="NGO report", place_alt=["Korce", "Coriza"]),
    S("AL", "Fier", "Quella di Fier fa capo invece alla polizia di Jiyuan", operator="Jiyuan", date="2019", claimant="NGO report"),
    R("AL", "investigation", "In entrambi i casi le autorità albanesi, da noi sollecitate, non hanno avviato alcuna indagine.",
      pol="denied", claimant="NGO report"),
    S("IT", "Avellino", "Le due sedi campane si trovano ad Avellino e a Benevento. La prima dipende dall'ufficio di Yanshi, distretto della città di Luoyang",
      operator="Yanshi", operator_alt=["Luoyang"], date="2020", claimant="NGO report"),
    S("IT", "Benevento", "Le due sedi campane si trovano ad Avellino e a Benevento.", claimant="NGO report",
      note="operator not established"),
    I("IT", "persuasion", "Nel febbraio 2024 la donna è tornata in Cina di sua iniziativa, senza alcuna scorta.",
      place="Avellino", claimant="NGO report", date="2024-02"),
    I("IT", "harassment", "le fu detto che il fratello, rimasto a Luoyang, avrebbe perso il lavoro se lei non fosse rientrata",
      claimant="NGO report", opt=True, note="threat to a relative within the persuasion case"),
    R("IT", "investigation", "La Procura di Avellino ha aperto un fascicolo nel marzo 2025", place="Avellino", date="2025-03"),
    R("IT", "closure", "la sede, secondo fonti locali, ha chiuso pochi giorni dopo le prime acquisizioni di documenti",
      place="Avellino", opt=True, note="stopped after a search, no order"),
    C("returns", 5, "AL", "almeno cinque connazionali residenti nel Paese sono stati «convinti a rientrare» fra il 2019 e il 2023 tramite le due sedi",
      claimant="NGO report"),
    I("AL", "persuasion", "almeno cinque connazionali residenti nel Paese sono stati «convinti a rientrare» fra il 2019 e il 2023 tramite le due sedi",
      claimant="NGO report"),
]))

# ---------------------------------------------------------------- 038
T038 = '''[Trascrizione] «Fuori Fuoco» — Episodio 47: «Lo sportello di Teramo»

Podcast d'inchiesta. Durata: 31'12". La trascrizione è stata generata automaticamente e corretta a mano; alcuni passaggi sono stati abbreviati.

[00:00] [sigla]

[00:21] CONDUTTORE: Bentornati a Fuori Fuoco. Oggi parliamo di una storia abruzzese che sembra uscita da un romanzo di spionaggio e invece, almeno in parte, è finita in un fascicolo della Procura. Con me c'è la collega che la segue da un anno. Ciao.

[00:35] GIORNALISTA: Ciao, grazie.

[00:37] CONDUTTORE: Partiamo dalle basi. Che cos'è, in generale, una di queste «stazioni di polizia» cinesi all'estero?

[00:43] GIORNALISTA: In generale sono uffici che dipendono da una polizia locale cinese, di una città o di una contea. Servono, dicono loro, a rinnovare patenti e documenti. Chi le studia sostiene che servano anche a tenere d'occhio la comunità e, nei casi estremi, a convincere chi è ricercato a tornare. Attenzione però: questo è il modello. Non vuol dire che ogni sede faccia tutto questo.

[01:08] CONDUTTORE: E in Abruzzo?

[01:10] GIORNALISTA: In Abruzzo ne abbiamo trovate due, a Teramo e a Chieti. Entrambe, stando ai documenti cinesi che abbiamo recuperato, sono state aperte dall'Ufficio di pubblica sicurezza di Anyang, nello Henan. Quella di Teramo è la più vecchia, funziona dal 2019 dentro un negozio di telefonia.

[01:31] CONDUTTORE: Ipotizziamo per un momento che la sede di Chieti fosse solo un negozio. Cambierebbe qualcosa?

[01:36] GIORNALISTA: Cambierebbe molto, ma non è quello che dicono i documenti.

[01:40] CONDUTTORE: Cosa è successo a Chieti, concretamente?

[01:43] GIORNALISTA: Lo scorso giugno, durante una fiaccolata per Tienanmen davanti all'università, una studentessa cinese si è accorta che due uomini la riprendevano col telefono. Li ha riconosciuti: li aveva visti nel locale di Chieti. Da quel momento ha smesso di partecipare a qualsiasi iniziativa.

[02:05] CONDUTTORE: E la magistratura?

[02:07] GIORNALISTA: A Teramo la Procura ha aperto un'indagine nel 2025, dopo un esposto. A gennaio il pm ha chiesto l'archiviazione: secondo lui non sono emersi reati, perché lo sportello si limitava a pratiche amministrative. Il gip deve ancora decidere.

[02:24] CONDUTTORE: E la politica?

[02:26] GIORNALISTA: La Farnesina ha convocato l'incaricato d'affari cinese a febbraio. È l'unico atto formale che conosciamo.

[02:33] CONDUTTORE: E l'ambasciata?

[02:35] GIORNALISTA: Ci ha risposto con una nota di tre righe: le accuse sono «pura invenzione», e quegli sportelli servono «solo a rinnovare le patenti di guida».

[02:44] CONDUTTORE: Chiudiamo qui. Nella prossima puntata: chi c'è dietro le associazioni. Se vi è piaciuto l'episodio, lasciateci una recensione.

[02:52] [sigla di chiusura]

Fuori Fuoco è un podcast indipendente. Musiche su licenza. Per segnalazioni scrivete alla redazione.
'''
DOCS.append(dict(name="038-it-podcast-teramo-chieti-anyang.txt", text=T038, facts=[
    S("IT", "Teramo", "In Abruzzo ne abbiamo trovate due, a Teramo e a Chieti. Entrambe, stando ai documenti cinesi che abbiamo recuperato, sono state aperte dall'Ufficio di pubblica sicurezza di Anyang",
      operator="Anyang", date="2019"),
    S("IT", "Chieti", "In Abruzzo ne abbiamo trovate due, a Teramo e a Chieti. Entrambe, stando ai documenti cinesi che abbiamo recuperato, sono state aperte dall'Ufficio di pubblica sicurezza di Anyang",
      operator="Anyang"),
    C("stations", 2, "IT", "In Abruzzo ne abbiamo trovate due, a Teramo e a Chieti.", opt=True, note="regional count inside Italy"),
    I("IT", "surveillance", "una studentessa cinese si è accorta che due uomini la riprendevano col telefono. Li ha riconosciuti: li aveva visti nel locale di Chieti.",
      place="Chieti"),
    R("IT", "investigation", "A Teramo la Procura ha aperto un'indagine nel 2025, dopo un esposto.", place="Teramo", date="2025"),
    R("IT", "no_wrongdoing_found", "A gennaio il pm ha chiesto l'archiviazione: secondo lui non sono emersi reati, perché lo sportello si limitava a pratiche amministrative.",
      place="Teramo", claimant="Procura di Teramo"),
    R("IT", "protest", "La Farnesina ha convocato l'incaricato d'affari cinese a febbraio."),
    D("CN", "le accuse sono «pura invenzione», e quegli sportelli servono «solo a rinnovare le patenti di guida»",
      claimant="PRC Embassy in Italy"),
]))

# ---------------------------------------------------------------- 039
T039 = '''FACT-CHECKING

No, a Nuoro non c'è una «questura cinese». L'unica sede documentata in Sardegna era a Oristano, ed è stata chiusa

Un post condiviso migliaia di volte sostiene che la polizia cinese abbia aperto un commissariato nel centro di Nuoro e che in Italia ce ne siano 34. Entrambe le affermazioni sono false.

VERDETTO: FALSO

di Redazione Verifiche | 5 maggio 2026

Da qualche giorno circola su Facebook e su WhatsApp l'immagine di una vetrina con un'insegna in caratteri cinesi, accompagnata dal testo: «A Nuoro la Cina ha aperto la sua questura. In Italia ce ne sono già 34 e nessuno dice niente».

Abbiamo verificato. La fotografia non è stata scattata a Nuoro: si tratta della vetrina di un'agenzia di viaggi di Prato, come dimostra una ricerca per immagini che porta a un articolo di cronaca del 2019. La Questura di Nuoro ci ha confermato di non avere alcuna segnalazione di uffici riconducibili a forze di polizia straniere in città.

Anche il numero è sbagliato. Nessuna fonte attendibile parla di 34 sedi in Italia: i censimenti delle organizzazioni per i diritti umani, già contestati da Pechino, arrivano al massimo a una dozzina.

Esiste però un caso reale in Sardegna, e forse è da lì che nasce la confusione. A Oristano, in un locale di via Cagliari gestito da un'associazione di ristoratori, fino al 2024 funzionava uno «sportello» che i documenti cinesi attribuivano all'ufficio di pubblica sicurezza di Rizhao, nello Shandong. Il Questore di Oristano ne ha disposto la chiusura con un decreto del settembre 2024, dopo che la Digos aveva accertato che nel locale venivano raccolti dati personali di cittadini cinesi residenti nell'isola senza alcuna autorizzazione.

Per quanto ne sappiamo, è stata l'unica in Sardegna.

L'ambasciata cinese, contattata all'epoca dai media locali, aveva respinto le accuse parlando di «normali servizi di assistenza ai connazionali».

In sintesi:
- A Nuoro non esiste alcuna sede della polizia cinese: FALSO.
- In Italia ce ne sarebbero 34: FALSO.
- A Oristano ha operato fino al 2024 uno sportello legato alla polizia di Rizhao, chiuso su ordine del Questore: VERO.

Hai visto un contenuto sospetto? Segnalacelo: lo verificheremo.

Questo articolo fa parte del programma di fact-checking indipendente. Leggi la nostra metodologia.
'''
DOCS.append(dict(name="039-it-factcheck-nuoro-oristano-rizhao.txt", text=T039, facts=[
    S("IT", "Nuoro", "No, a Nuoro non c'è una «questura cinese».", pol="denied", opt=True,
      note="viral claim declared false in the document's own voice"),
    S("IT", "Nuoro", "«A Nuoro la Cina ha aperto la sua questura.", claimant="viral social-media post", opt=True,
      note="a viral claim the document rejects"),
    C("stations", 34, "IT", "In Italia ce ne sono già 34 e nessuno dice niente", claimant="viral social-media post", opt=True,
      note="rejected viral figure"),
    R("IT", "no_wrongdoing_found", "La Questura di Nuoro ci ha confermato di non avere alcuna segnalazione di uffici riconducibili a forze di polizia straniere in città.",
      place="Nuoro", opt=True, note="no report on record, not an inquiry"),
    C("stations", 12, "IT", "arrivano al massimo a una dozzina", opt=True, note="'al massimo una dozzina'"),
    S("IT", "Oristano", "A Oristano, in un locale di via Cagliari gestito da un'associazione di ristoratori, fino al 2024 funzionava uno «sportello» che i documenti cinesi attribuivano all'ufficio di pubblica sicurezza di Rizhao",
      operator="Rizhao", note="site via Cagliari"),
    R("IT", "closure", "Il Questore di Oristano ne ha disposto la chiusura con un decreto del settembre 2024",
      place="Oristano", date="2024-09"),
    R("IT", "investigation", "dopo che la Digos aveva accertato che nel locale venivano raccolti dati personali di cittadini cinesi residenti nell'isola senza alcuna autorizzazione",
      place="Oristano"),
    C("stations", 1, "IT", "Per quanto ne sappiamo, è stata l'unica in Sardegna.", opt=True, note="count of one, regional"),
    I("IT", "surveillance", "nel locale venivano raccolti dati personali di cittadini cinesi residenti nell'isola senza alcuna autorizzazione",
      place="Oristano", opt=True, note="data collection found by the Digos, no named person"),
    D("CN", "aveva respinto le accuse parlando di «normali servizi di assistenza ai connazionali»", claimant="PRC Embassy in Italy"),
]))
