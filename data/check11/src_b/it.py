"""check11 part B, Italian documents 034-040. Held-out material: contains the gold."""
from facts import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 034 ANSA wire
T034 = """Cina: 'stazione di polizia' occulta a Vicenza, perquisizioni Digos

Due indagati, nel mirino un'associazione di connazionali

(ANSA) - VICENZA, 21 NOV - Perquisizioni della Digos oggi a Vicenza nell'ambito di un'inchiesta della procura berica su una presunta "stazione di polizia" cinese non autorizzata. Gli agenti hanno passato al setaccio la sede di un'associazione di connazionali in zona stazione e l'abitazione del suo presidente, sequestrando telefoni, registri e un timbro. Due persone, un uomo di 47 anni e una donna di 39, entrambi cittadini cinesi, risultano indagate per usurpazione di funzioni pubbliche. Non ci sono arresti.

Secondo gli inquirenti il recapito farebbe capo all'ufficio di pubblica sicurezza di Haining, città dello Zhejiang nota per la lavorazione della pelle, da cui proviene una parte consistente della comunità cinese della provincia. Un secondo recapito, riconducibile allo stesso ufficio, sarebbe attivo a Bassano del Grappa, dove però non sono state disposte perquisizioni.

Tra gli episodi al vaglio c'è quello di un operaio di una conceria di Arzignano che, dopo essere stato convocato più volte nella sede dell'associazione, sarebbe rientrato in Cina la scorsa primavera per "chiarire una posizione fiscale".

L'ambasciata cinese a Roma, in una nota, respinge "con fermezza" le accuse e parla di "volontari che aiutano i connazionali anziani a rinnovare la patente". (ANSA).
"""
DOCS.append(("034-it-ansa-wire-vicenza-bassano-haining.txt", T034, [
    R("IT", "investigation", "Perquisizioni della Digos oggi a Vicenza nell'ambito di un'inchiesta della procura berica su una presunta \"stazione di polizia\" cinese non autorizzata.", place="Vicenza"),
    S("IT", "Vicenza", "Perquisizioni della Digos oggi a Vicenza nell'ambito di un'inchiesta della procura berica su una presunta \"stazione di polizia\" cinese non autorizzata.",
      operator="Haining", operator_alt=["Jiaxing"], claimant="investigators",
      note="operator in the next paragraph ('il recapito farebbe capo'); 'zona stazione' is the railway station area"),
    R("IT", "arrest", "Non ci sono arresti.", pol="denied", opt=True, note="two under investigation, not charged"),
    S("IT", "Bassano del Grappa", "Un secondo recapito, riconducibile allo stesso ufficio, sarebbe attivo a Bassano del Grappa,",
      operator="Haining", operator_alt=["Jiaxing"], claimant="investigators"),
    I("persuasion", "IT", "Tra gli episodi al vaglio c'è quello di un operaio di una conceria di Arzignano che, dopo essere stato convocato più volte nella sede dell'associazione, sarebbe rientrato in Cina la scorsa primavera per \"chiarire una posizione fiscale\".",
      place="Arzignano", claimant="investigators"),
    I("forced_return", "IT", "sarebbe rientrato in Cina la scorsa primavera per \"chiarire una posizione fiscale\".", place="Arzignano", opt=True, claimant="investigators"),
    D("CN", "L'ambasciata cinese a Roma, in una nota, respinge \"con fermezza\" le accuse e parla di \"volontari che aiutano i connazionali anziani a rinnovare la patente\".", claimant="Chinese embassy in Rome"),
]))

# ---------------------------------------------------------------- 035 Chamber question time
T035 = """CAMERA DEI DEPUTATI - Resoconto stenografico dell'Assemblea
Seduta di mercoledì 9 aprile 2025

(Iniziative in merito a una presunta struttura di polizia cinese operante a Bari - n. 3-01422)

PRESIDENTE. La deputata interrogante ha facoltà di illustrare la sua interrogazione n. 3-01422, per un minuto.

DEPUTATA INTERROGANTE. Grazie, Presidente. Signor Ministro, da oltre un anno nel quartiere Libertà di Bari opera un centro che si presenta come sportello di assistenza per la comunità cinese ma che, secondo un'inchiesta giornalistica, è collegato all'ufficio di pubblica sicurezza di Kunshan, nella provincia del Jiangsu. A Taranto un cittadino cinese impiegato nell'indotto del porto ha denunciato di essere stato seguito e fotografato per settimane da persone legate a quel centro. Le chiedo quali iniziative il Governo intenda assumere e se intenda convocare l'ambasciatore della Repubblica popolare cinese.

PRESIDENTE. Il Ministro dell'interno ha facoltà di rispondere.

MINISTRO DELL'INTERNO. Grazie, Presidente. Sul centro di Bari la Polizia di Stato, d'intesa con la procura della Repubblica, ha avviato accertamenti già nel mese di febbraio; il procedimento è tuttora in corso e sono quindi tenuto al massimo riserbo. Posso dire che, allo stato, non sono state adottate misure cautelari. Quanto all'episodio di Taranto, la questura ha raccolto la denuncia e le verifiche svolte finora non hanno fatto emergere elementi penalmente rilevanti. Ricordo inoltre che le intese del 2015 che consentivano pattuglie congiunte di agenti italiani e cinesi in alcune città d'arte non sono state rinnovate dopo il 2019. Per quanto riguarda i profili diplomatici, il Ministero degli affari esteri ha convocato il 12 marzo l'incaricato d'affari dell'ambasciata cinese, al quale è stata espressa la preoccupazione del Governo.

PRESIDENTE. La deputata interrogante ha facoltà di replicare.

DEPUTATA INTERROGANTE. Signor Ministro, prendo atto, ma non posso dirmi soddisfatta. Altri Paesi europei hanno chiuso strutture analoghe in poche settimane, mentre quella di Bari è ancora aperta, a duecento metri da un commissariato.
"""
DOCS.append(("035-it-chamber-question-time-bari-taranto-kunshan.txt", T035, [
    S("IT", "Bari", "da oltre un anno nel quartiere Libertà di Bari opera un centro che si presenta come sportello di assistenza per la comunità cinese ma che, secondo un'inchiesta giornalistica, è collegato all'ufficio di pubblica sicurezza di Kunshan, nella provincia del Jiangsu.",
      operator="Kunshan", operator_alt=["Suzhou"], claimant="a member of the Chamber of Deputies", note="premise of the question; site: quartiere Libertà"),
    I("surveillance", "IT", "A Taranto un cittadino cinese impiegato nell'indotto del porto ha denunciato di essere stato seguito e fotografato per settimane da persone legate a quel centro.",
      place="Taranto", claimant="a member of the Chamber of Deputies"),
    R("IT", "investigation", "Sul centro di Bari la Polizia di Stato, d'intesa con la procura della Repubblica, ha avviato accertamenti già nel mese di febbraio;", place="Bari",
      claimant="Italian Minister of the Interior", date="2025-02"),
    R("IT", "arrest", "Posso dire che, allo stato, non sono state adottate misure cautelari.", pol="denied", opt=True),
    R("IT", "no_wrongdoing_found", "Quanto all'episodio di Taranto, la questura ha raccolto la denuncia e le verifiche svolte finora non hanno fatto emergere elementi penalmente rilevanti.",
      place="Taranto", claimant="Italian Minister of the Interior"),
    A("IT", "joint_patrol", "Ricordo inoltre che le intese del 2015 che consentivano pattuglie congiunte di agenti italiani e cinesi in alcune città d'arte non sono state rinnovate dopo il 2019.",
      date="2015", claimant="Italian Minister of the Interior"),
    R("IT", "protest", "il Ministero degli affari esteri ha convocato il 12 marzo l'incaricato d'affari dell'ambasciata cinese, al quale è stata espressa la preoccupazione del Governo.",
      claimant="Italian Minister of the Interior", date="2025-03-12"),
    R("IT", "closure", "mentre quella di Bari è ancora aperta, a duecento metri da un commissariato.", pol="denied", opt=True, place="Bari"),
]))

# ---------------------------------------------------------------- 036 long investigative feature
T036 = """Il filo che lega Goro a Xinchang

Alle cinque del mattino, sul molo di Goro, i furgoni delle cooperative aspettano le barche delle vongole. Tra i lavoratori che selezionano i molluschi sui nastri, da qualche anno, ci sono anche una trentina di cinesi: arrivano quasi tutti dallo stesso angolo dello Zhejiang, parlano poco, lavorano molto. "Non abbiamo mai avuto un problema", dice il presidente di una cooperativa.

Per capire perché alcuni di loro abbiano smesso di presentarsi al lavoro bisogna risalire a un ufficio al primo piano di un palazzo di Ferrara, a due passi dalla stazione. Sulla porta c'è scritto "Centro servizi per i connazionali". Secondo documenti interni visionati da questo giornale e secondo due ex collaboratori, il centro è stato aperto nel 2020 su impulso dell'ufficio di pubblica sicurezza di Xinchang, contea della prefettura di Shaoxing, e ne riceve tuttora istruzioni.

Il caso che ha fatto emergere la struttura riguarda una donna di 44 anni che lavorava in una cooperativa di Goro. Nell'estate del 2023, raccontano i colleghi, fu convocata tre volte nel centro di Ferrara: le dissero che in Cina era aperta una pratica a suo carico e che la figlia, rimasta a Xinchang, non avrebbe potuto iscriversi all'università. A settembre è partita. Non è più tornata.

Non è l'unico presidio. Uno degli ex collaboratori sostiene che la stessa rete ne abbia aperto un altro a Ravenna, "più piccolo, dentro un negozio di telefonia". Lì, racconta una dottoranda del campus ravennate, alcuni studenti cinesi che avevano partecipato a un incontro pubblico su Hong Kong si sono visti mostrare, settimane dopo, le proprie foto scattate quel giorno.

La procura di Ferrara, interpellata, fa sapere di non aver aperto alcun fascicolo: "Non ci sono denunce". In prefettura si dicono "attenti al fenomeno".

Fuori dall'Italia le cose sono andate diversamente. Nei Paesi Bassi e in Irlanda sedi simili sono state chiuse su ordine delle autorità; negli Stati Uniti due uomini sono stati arrestati per averne gestita una a Manhattan. Una ong con sede a Madrid ne ha censite centodue in cinquantatré Paesi; in Italia, secondo la stessa fonte, sarebbero almeno tredici.

L'ambasciata cinese ribadisce che "non esiste alcuna stazione di polizia cinese in Italia" e che i centri servono "a sbrigare pratiche burocratiche per chi non può rientrare".

A Goro, intanto, la stagione delle vongole è ricominciata. Al posto della donna partita a settembre lavora un ragazzo del Bangladesh.
"""
DOCS.append(("036-it-long-feature-ferrara-ravenna-xinchang.txt", T036, [
    S("IT", "Ferrara", "Secondo documenti interni visionati da questo giornale e secondo due ex collaboratori, il centro è stato aperto nel 2020 su impulso dell'ufficio di pubblica sicurezza di Xinchang, contea della prefettura di Shaoxing, e ne riceve tuttora istruzioni.",
      operator="Xinchang", operator_alt=["Shaoxing"], claimant="internal documents and two former collaborators", date="2020",
      note="Ferrara named in the previous sentence ('un ufficio ... di Ferrara, a due passi dalla stazione')"),
    I("persuasion", "IT", "Nell'estate del 2023, raccontano i colleghi, fu convocata tre volte nel centro di Ferrara: le dissero che in Cina era aperta una pratica a suo carico e che la figlia, rimasta a Xinchang, non avrebbe potuto iscriversi all'università.",
      place="Goro", place_alt=["Ferrara"], claimant="colleagues", date="2023"),
    I("forced_return", "IT", "A settembre è partita. Non è più tornata.", place="Goro", opt=True),
    I("harassment", "IT", "e che la figlia, rimasta a Xinchang, non avrebbe potuto iscriversi all'università.", opt=True, note="threat against a relative beside the persuasion"),
    S("IT", "Ravenna", "Uno degli ex collaboratori sostiene che la stessa rete ne abbia aperto un altro a Ravenna, \"più piccolo, dentro un negozio di telefonia\".",
      operator="Xinchang", operator_alt=["Shaoxing"], claimant="a former collaborator"),
    I("surveillance", "IT", "Lì, racconta una dottoranda del campus ravennate, alcuni studenti cinesi che avevano partecipato a un incontro pubblico su Hong Kong si sono visti mostrare, settimane dopo, le proprie foto scattate quel giorno.",
      place="Ravenna", claimant="a doctoral student"),
    R("IT", "investigation", "La procura di Ferrara, interpellata, fa sapere di non aver aperto alcun fascicolo:", pol="denied", place="Ferrara"),
    S("NL", None, "Nei Paesi Bassi e in Irlanda sedi simili sono state chiuse su ordine delle autorità;"),
    R("NL", "closure", "Nei Paesi Bassi e in Irlanda sedi simili sono state chiuse su ordine delle autorità;"),
    S("IE", None, "Nei Paesi Bassi e in Irlanda sedi simili sono state chiuse su ordine delle autorità;"),
    R("IE", "closure", "Nei Paesi Bassi e in Irlanda sedi simili sono state chiuse su ordine delle autorità;"),
    R("US", "arrest", "negli Stati Uniti due uomini sono stati arrestati per averne gestita una a Manhattan."),
    S("US", "Manhattan", "negli Stati Uniti due uomini sono stati arrestati per averne gestita una a Manhattan.", place_alt=["New York"], opt=True, note="recalled in passing"),
    C("stations", 102, None, "Una ong con sede a Madrid ne ha censite centodue in cinquantatré Paesi;", claimant="NGO based in Madrid"),
    C("countries", 53, None, "Una ong con sede a Madrid ne ha censite centodue in cinquantatré Paesi;", claimant="NGO based in Madrid"),
    C("stations", 13, "IT", "in Italia, secondo la stessa fonte, sarebbero almeno tredici.", claimant="NGO based in Madrid"),
    D("CN", "L'ambasciata cinese ribadisce che \"non esiste alcuna stazione di polizia cinese in Italia\" e che i centri servono \"a sbrigare pratiche burocratiche per chi non può rientrare\".", claimant="Chinese embassy in Rome"),
    S("IT", None, "L'ambasciata cinese ribadisce che \"non esiste alcuna stazione di polizia cinese in Italia\"", pol="denied", opt=True, claimant="Chinese embassy in Rome"),
]))

# ---------------------------------------------------------------- 037 court news
T037 = """Perugia, minacce alla studentessa critica con Pechino: a giudizio i due gestori dello "sportello"

Il gup di Perugia ha rinviato a giudizio ieri i due cittadini cinesi, un uomo di 52 anni e la moglie di 49, che gestivano in centro uno sportello di "assistenza ai connazionali" ritenuto dalla procura un avamposto dell'ufficio di pubblica sicurezza di Yixing, nella provincia del Jiangsu. Le accuse sono atti persecutori e violenza privata ai danni di una studentessa dell'Università per Stranieri.

Secondo la ricostruzione dell'accusa, la giovane, che sui social aveva criticato la gestione della pandemia, fu avvicinata più volte all'uscita dalle lezioni tra il novembre 2022 e il marzo 2023. Le mostrarono le foto della casa dei genitori a Yixing e le dissero che il padre avrebbe "perso il posto" se lei non avesse cancellato i suoi post. Nello stesso periodo i genitori furono convocati dalla polizia locale. La studentessa ha poi sporto denuncia alla Digos ed è rimasta in Italia, dove sta completando la laurea magistrale.

Nel corso delle indagini i carabinieri avevano perquisito lo sportello, che da allora ha chiuso i battenti.

La difesa sostiene che lo sportello "si occupava soltanto di pratiche per il rinnovo di passaporti e patenti" e che l'impianto accusatorio nasce "da un equivoco linguistico". Il processo si aprirà il 14 gennaio davanti al tribunale in composizione collegiale.
"""
DOCS.append(("037-it-court-news-perugia-yixing.txt", T037, [
    R("IT", "arrest", "Il gup di Perugia ha rinviato a giudizio ieri i due cittadini cinesi,", place="Perugia", note="committal for trial"),
    S("IT", "Perugia", "che gestivano in centro uno sportello di \"assistenza ai connazionali\" ritenuto dalla procura un avamposto dell'ufficio di pubblica sicurezza di Yixing, nella provincia del Jiangsu.",
      operator="Yixing", operator_alt=["Wuxi"], claimant="Perugia prosecutors"),
    I("harassment", "IT", "Le mostrarono le foto della casa dei genitori a Yixing e le dissero che il padre avrebbe \"perso il posto\" se lei non avesse cancellato i suoi post.",
      place="Perugia", claimant="Perugia prosecutors", date="2022-11"),
    R("IT", "investigation", "Nel corso delle indagini i carabinieri avevano perquisito lo sportello, che da allora ha chiuso i battenti.", place="Perugia"),
    R("IT", "closure", "Nel corso delle indagini i carabinieri avevano perquisito lo sportello, che da allora ha chiuso i battenti.", place="Perugia", opt=True, note="closed after the search, no order"),
    D("IT", "La difesa sostiene che lo sportello \"si occupava soltanto di pratiche per il rinnovo di passaporti e patenti\"", opt=True, claimant="defence", note="denial by the defence"),
]))

# ---------------------------------------------------------------- 038 OCR NGO report with hyphenation and table
T038 = """OSSERVATORIO SULLE COMUNITA' TRANSNAZIONALI - Rapporto 2024            pag. 17

4.2 Arco alpino e laghi lombardi

Nel corso del 2023 abbiamo individuato tre ulteriori "centri di servi-
zio" riconducibili a uffici di pubblica sicurezza cinesi nel Nord Ita-
lia, che portano a sedici il totale dei centri da noi censiti in Ita-
lia.1 Due dei nuovi centri hanno sede in Lombardia, uno in Trentino.

Il centro di Trento, ospitato nel retro di un'agenzia di viaggi, ri-
sulta collegato all'ufficio di Tai-
cang (prefettura di Suzhou), che ne rivendica l'attività sul proprio
sito: nel solo 2022, vi si legge, "ventidue latitanti" sarebbero stati
"persuasi a rientrare" grazie alla rete estera dell'ufficio. Non ab-
biamo potuto verificare quanti di questi rientri riguardino l'ltalia.

Tab. 6 - Centri individuati nel 2023
 Citta'   Prov.  Ufficio di origine          Apertura   Stato
 Trento   TN     Taicang (Suzhou)            2021       attivo
 Como     CO     Zhangjiagang (Suzhou)       2022       chiuso (2023)2
 Varese   VA     n.d.                        2022 (?)   da verificare

Il centro di Como ha cessato l'attività nell'ottobre 2023, dopo che il Co-
mune ha revocato la licenza all'esercizio commerciale che lo ospita-
va.2 Per quello di Varese disponiamo finora di una sola fonte. A quan-
to ci risulta, nessuna procura ha aperto indagini su questi centri; in
Trentino la Questura ha dichiarato di non aver "mai ricevuto segnala-
zioni".

Un caso documentato riguarda un cuoco di Cernobbio. Nella primavera del
2023 il fratello fu trattenuto per due giorni in una stazione di poli-
zia di Zhangjiagang; poche settimane dopo il cuoco, che era stato con-
tattato più volte dal centro di Como, ha lasciato l'Italia.

1 Cfr. Rapporto 2022, cap. 3.
2 Delibera della Giunta comunale di Como n. 211 del 12.10.2023.
"""
DOCS.append(("038-it-ocr-ngo-report-trento-como-varese-taicang-zhangjiagang.txt", T038, [
    C("stations", 3, "IT", "Nel corso del 2023 abbiamo individuato tre ulteriori \"centri di servi- zio\" riconducibili a uffici di pubblica sicurezza cinesi nel Nord Ita- lia,",
      opt=True, claimant="NGO report", note="new in 2023, regional (northern Italy)"),
    C("stations", 16, "IT", "che portano a sedici il totale dei centri da noi censiti in Ita- lia.", claimant="NGO report"),
    C("stations", 2, "IT", "Due dei nuovi centri hanno sede in Lombardia, uno in Trentino.", opt=True, claimant="NGO report", note="regional"),
    S("IT", "Trento", "Il centro di Trento, ospitato nel retro di un'agenzia di viaggi, ri- sulta collegato all'ufficio di Tai- cang (prefettura di Suzhou),",
      operator="Taicang", operator_alt=["Suzhou"], claimant="NGO report", date="2021", note="operator hyphenated across lines; table row too"),
    C("returns", 22, None, "nel solo 2022, vi si legge, \"ventidue latitanti\" sarebbero stati \"persuasi a rientrare\" grazie alla rete estera dell'ufficio.",
      claimant="Taicang Public Security Bureau", date="2022"),
    S("IT", "Como", "Como     CO     Zhangjiagang (Suzhou)       2022       chiuso (2023)2", operator="Zhangjiagang", operator_alt=["Suzhou"], claimant="NGO report", date="2022"),
    S("IT", "Varese", "Varese   VA     n.d.                        2022 (?)   da verificare", opt=True, claimant="NGO report", note="single source, to be verified"),
    R("IT", "closure", "Il centro di Como ha cessato l'attività nell'ottobre 2023, dopo che il Co- mune ha revocato la licenza all'esercizio commerciale che lo ospita- va.",
      place="Como", date="2023-10", note="licence revoked by the municipality"),
    R("IT", "investigation", "nessuna procura ha aperto indagini su questi centri;", pol="denied", claimant="NGO report"),
    I("persuasion", "IT", "poche settimane dopo il cuoco, che era stato con- tattato più volte dal centro di Como, ha lasciato l'Italia.", place="Cernobbio", place_alt=["Como"], claimant="NGO report", date="2023"),
    I("harassment", "IT", "Nella primavera del 2023 il fratello fu trattenuto per due giorni in una stazione di poli- zia di Zhangjiagang;", opt=True, claimant="NGO report", note="relative detained in China beside the persuasion"),
    I("forced_return", "IT", "poche settimane dopo il cuoco, che era stato con- tattato più volte dal centro di Como, ha lasciato l'Italia.", place="Cernobbio", opt=True, claimant="NGO report"),
]))

# ---------------------------------------------------------------- 039 op-ed
T039 = """L'Italia che fa finta di niente

di un ex diplomatico

Quando, nell'autunno del 2022, i primi rapporti sulle cosiddette stazioni di polizia cinesi all'estero fecero il giro delle cancellerie europee, la reazione fu quasi ovunque la stessa: sorpresa, imbarazzo, poi un'indagine. Si parlava di oltre cento sedi in una cinquantina di Paesi, molte delle quali aperte da polizie di contea che pochi, in Europa, avrebbero saputo trovare su una carta geografica.

I Paesi Bassi le fecero chiudere nel giro di due settimane. L'Irlanda fece lo stesso. Il Canada aprì un'indagine federale che dura ancora. Altrove ci si limitò a convocare qualche ambasciatore, ma almeno si convocò qualcuno.

Non servono grandi teorie per capire a che cosa servano queste strutture. Sono gli stessi documenti delle polizie cinesi a dirlo: "persuadere" i connazionali ricercati a rientrare, con le buone o facendo leva sui familiari rimasti in patria.

E l'Italia? Da noi le pattuglie congiunte con poliziotti cinesi a Roma e a Milano, avviate nel 2016, venivano presentate come un esempio di cooperazione. Del centro segnalato l'anno scorso a Salerno, che secondo i volontari di un'associazione per i diritti umani avrebbe convinto un ristoratore del Cilento a tornare in Cina dopo che la madre era stata convocata dalla polizia del suo villaggio, nessuno ha chiesto conto. Il Viminale non ha mai aperto un'indagine; la Farnesina non ha convocato nessuno.

Se domani ne aprisse uno a Pescara, c'è da scommettere che non se ne accorgerebbe nessuno. Ed è questo, più delle stazioni in sé, il problema: un Paese che non protegge chi vive sul suo territorio rinuncia a un pezzo della propria sovranità.
"""
DOCS.append(("039-it-op-ed-salerno-sovereignty.txt", T039, [
    C("stations", 100, None, "Si parlava di oltre cento sedi in una cinquantina di Paesi,", opt=True, note="approximation"),
    C("countries", 50, None, "Si parlava di oltre cento sedi in una cinquantina di Paesi,", opt=True, note="approximation of 53"),
    S("NL", None, "I Paesi Bassi le fecero chiudere nel giro di due settimane."),
    R("NL", "closure", "I Paesi Bassi le fecero chiudere nel giro di due settimane."),
    S("IE", None, "L'Irlanda fece lo stesso.", note="'lo stesso' = had them closed"),
    R("IE", "closure", "L'Irlanda fece lo stesso."),
    R("CA", "investigation", "Il Canada aprì un'indagine federale che dura ancora."),
    S("CA", None, "Il Canada aprì un'indagine federale che dura ancora.", opt=True),
    I("persuasion", None, "Sono gli stessi documenti delle polizie cinesi a dirlo: \"persuadere\" i connazionali ricercati a rientrare, con le buone o facendo leva sui familiari rimasti in patria.",
      opt=True, note="general statement of purpose"),
    A("IT", "joint_patrol", "Da noi le pattuglie congiunte con poliziotti cinesi a Roma e a Milano, avviate nel 2016, venivano presentate come un esempio di cooperazione.", date="2016",
      note="Rome and Milan are patrol cities, not stations"),
    S("IT", "Salerno", "Del centro segnalato l'anno scorso a Salerno, che secondo i volontari di un'associazione per i diritti umani avrebbe convinto un ristoratore del Cilento a tornare in Cina",
      claimant="human rights association"),
    I("persuasion", "IT", "Del centro segnalato l'anno scorso a Salerno, che secondo i volontari di un'associazione per i diritti umani avrebbe convinto un ristoratore del Cilento a tornare in Cina dopo che la madre era stata convocata dalla polizia del suo villaggio, nessuno ha chiesto conto.",
      place="Salerno", claimant="human rights association"),
    I("forced_return", "IT", "avrebbe convinto un ristoratore del Cilento a tornare in Cina", place="Salerno", opt=True, claimant="human rights association"),
    I("harassment", "IT", "dopo che la madre era stata convocata dalla polizia del suo villaggio", opt=True, claimant="human rights association"),
    R("IT", "investigation", "Il Viminale non ha mai aperto un'indagine;", pol="denied"),
    R("IT", "protest", "la Farnesina non ha convocato nessuno.", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 040 IRRELEVANT
T040 = """Restituiti alla Cina 380 reperti trafugati. Tutto partì da una denuncia ai carabinieri di Sesto Fiorentino

ROMA - Tornano a casa. I carabinieri del Comando per la tutela del patrimonio culturale hanno consegnato ieri all'ambasciata della Repubblica popolare cinese 380 reperti archeologici, tra bronzi, giade e ceramiche di epoca Han, sequestrati nel corso di un'indagine durata tre anni.

L'inchiesta era partita da una segnalazione raccolta dalla stazione dei carabinieri di Sesto Fiorentino: un corriere era stato fermato alla stazione di Santa Maria Novella con due casse di statuine prive di documenti. Tre persone sono state denunciate per ricettazione ed esportazione illecita.

Per l'identificazione dei pezzi si sono rivelati decisivi gli esperti dell'Amministrazione statale cinese per il patrimonio culturale, in base all'accordo bilaterale del 2021 contro il traffico illecito di beni culturali. "È il più grande rimpatrio di reperti mai effettuato dall'Italia verso la Cina", ha detto l'ambasciatore, che ha ringraziato "l'Arma e la magistratura italiana" e annunciato che una parte dei reperti sarà esposta a Xi'an.
"""
DOCS.append(("040-it-news-artefacts-returned-carabinieri-irrelevant.txt", T040, []))
