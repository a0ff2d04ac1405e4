"""check23 part B, Italian documents 044-046."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 044
T044 = """Questo sito utilizza cookie tecnici e di profilazione. Proseguendo nella navigazione accetti. [Accetto] [Rifiuta]

Il Centro Valle | Cronaca | Sulmona

Perquisita la sede di un'associazione cinese: «Era un presidio della polizia di Pechino»

Gli investigatori della Digos hanno sequestrato elenchi e computer. Il caso in Procura. Una seconda sede ad Avezzano

di Redazione Cronaca | 18 febbraio 2026 | Lettura: 4 minuti

SULMONA. Gli agenti della Digos della Questura dell'Aquila hanno perquisito martedì mattina i locali di un'associazione culturale cinese in via Ovidio, a due passi dal centro storico. Sono stati portati via due computer, alcuni registri e un timbro.

Secondo gli inquirenti, la sede sarebbe uno dei «presidi» che la polizia cinese mantiene all'estero per tenere sotto controllo i propri connazionali. Farebbe capo all'Ufficio di pubblica sicurezza della contea di Shenxian, nella provincia dello Shandong.

La Procura di Sulmona ha aperto un fascicolo; al momento non risultano indagati.

Sulmona è conosciuta nel mondo per i confetti, ma da una quindicina d'anni nella Valle Peligna si è insediata anche una piccola comunità cinese, impiegata soprattutto nei laboratori di maglieria e nei negozi di abbigliamento all'ingrosso della zona industriale. Secondo il Comune, i residenti di nazionalità cinese sono circa duecento.

LEGGI ANCHE: Confetti, la fiera di primavera tornerà in piazza Garibaldi

Un'operaia di un laboratorio tessile ha raccontato agli investigatori di essere stata avvicinata più volte da persone dell'associazione, che la invitavano a «tornare a casa» per chiarire una vecchia vicenda di debiti. Lei ha rifiutato ed è rimasta in Italia.

In Abruzzo, secondo gli inquirenti, le sedi di questo tipo sarebbero almeno due. La seconda si troverebbe ad Avezzano, nella Marsica, e farebbe capo alla polizia della contea di Xiajin.

La Farnesina ha convocato l'incaricato d'affari dell'ambasciata cinese, secondo quanto si apprende da fonti diplomatiche.

L'ambasciata della Repubblica popolare cinese a Roma ha respinto le accuse: «In Italia non esistono stazioni di polizia cinesi». Secondo la nota, i volontari dell'associazione si limitano ad aiutare i connazionali anziani a rinnovare la patente di guida.

Iscriviti alla newsletter del Centro Valle: ogni mattina le notizie del territorio.
"""
DOCS.append(dict(name="044-it-cronaca-locale-sulmona-avezzano-shenxian-xiajin.txt", text=T044, facts=[
    R("IT", "investigation", "Gli agenti della Digos della Questura dell'Aquila hanno perquisito martedì mattina i locali di un'associazione culturale cinese in via Ovidio",
      place="Sulmona", date="2026-02-17"),
    S("IT", "Sulmona", "Secondo gli inquirenti, la sede sarebbe uno dei «presidi» che la polizia cinese mantiene all'estero",
      claimant="inquirenti", note="via Ovidio"),
    S("IT", "Sulmona", "Farebbe capo all'Ufficio di pubblica sicurezza della contea di Shenxian, nella provincia dello Shandong.",
      operator="Shenxian", operator_alt=["Liaocheng"], claimant="inquirenti"),
    R("IT", "investigation", "La Procura di Sulmona ha aperto un fascicolo", claimant=None),
    R("IT", "arrest", "al momento non risultano indagati", pol="denied", opt=True),
    I("IT", "persuasion", "di essere stata avvicinata più volte da persone dell'associazione, che la invitavano a «tornare a casa»",
      place="Sulmona", claimant="inquirenti"),
    C("stations", 2, "IT", "In Abruzzo, secondo gli inquirenti, le sedi di questo tipo sarebbero almeno due.", claimant="inquirenti"),
    S("IT", "Avezzano", "La seconda si troverebbe ad Avezzano, nella Marsica, e farebbe capo alla polizia della contea di Xiajin.",
      operator="Xiajin", operator_alt=["Dezhou"], claimant="inquirenti"),
    R("IT", "protest", "La Farnesina ha convocato l'incaricato d'affari dell'ambasciata cinese"),
    D("CN", "«In Italia non esistono stazioni di polizia cinesi». Secondo la nota, i volontari dell'associazione si limitano ad aiutare i connazionali anziani a rinnovare la patente di guida.",
      claimant="PRC Embassy in Italy"),
    S("IT", None, "«In Italia non esistono stazioni di polizia cinesi»", pol="denied", opt=True, claimant="PRC Embassy in Italy"),
]))

# ---------------------------------------------------------------- 045
T045 = """PROCURA DELLA REPUBBLICA
presso il Tribunale di Monza

COMUNICATO STAMPA

Monza, 27 gennaio 2026

Nella mattinata odierna i Carabinieri del Reparto Operativo del Comando Provinciale di Monza e della Brianza hanno dato esecuzione a un'ordinanza di custodia cautelare in carcere, emessa dal Giudice per le indagini preliminari su richiesta di questo Ufficio, nei confronti di due cittadini cinesi, gravemente indiziati dei reati di violenza privata aggravata e sequestro di persona.

Contestualmente sono state eseguite perquisizioni in Seregno, Desio e Treviglio.

Le indagini, avviate nella primavera del 2025 a seguito della denuncia di una lavoratrice, hanno consentito di accertare che un lavoratore di un'azienda di logistica di Seregno, cittadino cinese regolarmente soggiornante, è stato accompagnato con la forza all'aeroporto di Malpensa e fatto salire su un volo diretto a Jinan.

È emerso che un circolo ricreativo con sede in Seregno fungeva di fatto da punto di riferimento per un apparato di polizia straniero. Il circolo operava in particolare per conto dell'Ufficio di pubblica sicurezza della contea di Wucheng (provincia dello Shandong).

Presso il circolo sono state rinvenute schede relative a oltre sessanta connazionali residenti in Lombardia, con fotografie, indirizzi e annotazioni sui familiari in Cina.

Un secondo punto d'appoggio, con sede in Treviglio, è risultato riconducibile all'Ufficio di pubblica sicurezza della contea di Boxing.

Il Giudice per le indagini preliminari ha altresì disposto il sequestro preventivo dei locali del circolo di Seregno.

Si precisa che il procedimento si trova nella fase delle indagini preliminari e che gli indagati devono ritenersi presunti innocenti fino a sentenza definitiva.

Il Procuratore della Repubblica
"""
DOCS.append(dict(name="045-it-comunicato-procura-seregno-treviglio-wucheng-boxing.txt", text=T045, facts=[
    R("IT", "arrest", "hanno dato esecuzione a un'ordinanza di custodia cautelare in carcere", claimant="Procura di Monza",
      date="2026-01-27"),
    R("IT", "investigation", "Contestualmente sono state eseguite perquisizioni in Seregno, Desio e Treviglio.", place="Seregno",
      claimant="Procura di Monza", date="2026-01-27"),
    I("IT", "forced_return", "è stato accompagnato con la forza all'aeroporto di Malpensa e fatto salire su un volo diretto a Jinan",
      place="Seregno", claimant="Procura di Monza"),
    S("IT", "Seregno", "un circolo ricreativo con sede in Seregno fungeva di fatto da punto di riferimento per un apparato di polizia straniero",
      claimant="Procura di Monza"),
    S("IT", "Seregno", "Il circolo operava in particolare per conto dell'Ufficio di pubblica sicurezza della contea di Wucheng (provincia dello Shandong).",
      operator="Wucheng", operator_alt=["Dezhou"], claimant="Procura di Monza"),
    I("IT", "surveillance", "schede relative a oltre sessanta connazionali residenti in Lombardia, con fotografie, indirizzi e annotazioni sui familiari in Cina",
      claimant="Procura di Monza"),
    S("IT", "Treviglio", "Un secondo punto d'appoggio, con sede in Treviglio, è risultato riconducibile all'Ufficio di pubblica sicurezza della contea di Boxing.",
      operator="Boxing", operator_alt=["Binzhou"], claimant="Procura di Monza"),
    R("IT", "closure", "disposto il sequestro preventivo dei locali del circolo di Seregno", place="Seregno",
      claimant="Procura di Monza"),
]))

# ---------------------------------------------------------------- 046 (irrelevant)
T046 = """Cronaca | Padova | Sicurezza

Arcella, apre il nuovo presidio di polizia in via Tiziano Aspetti: agenti che parlano cinese

Il posto fisso sostituisce quello di via Annibale da Bassano, chiuso a fine anno. Firmato il protocollo con i commercianti

Padova, 5 febbraio 2026 | di Redazione

Ha aperto ieri all'Arcella il nuovo presidio della Polizia di Stato in via Tiziano Aspetti, nel cuore del quartiere dove si concentrano negozi e ristoranti gestiti da cittadini cinesi, bengalesi e nigeriani. Tra gli agenti in servizio ce n'è uno che parla mandarino.

Il vecchio posto di polizia di via Annibale da Bassano è stato chiuso a dicembre: i locali erano troppo piccoli e senza accesso per disabili.

Nel 2025, secondo i dati della Questura, in zona sono stati registrati 102 interventi per furti e liti e sono state elevate 53 sanzioni per occupazione abusiva del suolo pubblico.

Il questore, il sindaco e l'associazione dei commercianti hanno firmato un protocollo d'intesa che prevede pattuglie congiunte di Polizia di Stato e Polizia locale nei fine settimana e un tavolo mensile con i negozianti.

«Finalmente abbiamo qualcuno a cui rivolgerci senza attraversare mezza città», dice la titolare di un negozio di alimentari cinese.

Al presidio si potranno chiedere anche informazioni sulla conversione della patente di guida straniera: gli agenti indirizzeranno gli utenti alla Motorizzazione.

LEGGI ANCHE: Capodanno cinese, sfilata del drago in piazza dei Signori

© Riproduzione riservata
"""
DOCS.append(dict(name="046-it-cronaca-presidio-polizia-arcella-padova.txt", text=T046, facts=[]))
