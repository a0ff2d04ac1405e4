"""check21 part B, Italian documents 044–046 (local news, NGO report chapter, irrelevant)."""

from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------------------
# 044 it: long local news piece (cronaca di Fano), web clutter
# ---------------------------------------------------------------------------
T044 = """Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie. Informativa

CRONACA DI FANO E VALLE DEL METAURO

Il "centro servizi" sopra la merceria cinese: la Digos perquisisce, la comunità si interroga

Il locale in zona Lido, secondo una ong, sarebbe un presidio della polizia di Pechino. L'ambasciata: "Aiutiamo gli anziani con la patente"

di una nostra inviata | 23 ottobre 2026 | aggiornato alle 21:15

FANO – Al piano di sopra c'è un'insegna con caratteri rossi e la scritta in italiano "Centro servizi per la comunità". Al piano di sotto una merceria che vende di tutto, dai bottoni alle ciabatte, aperta sette giorni su sette. Martedì mattina, alle sette, gli agenti della Digos della Questura di Pesaro e Urbino sono saliti al primo piano con un decreto di perquisizione firmato dalla Procura. Hanno portato via due computer, alcuni faldoni e un registro con nomi e numeri di telefono.

Il fascicolo, per ora, è a carico di ignoti. Al momento non risultano indagati, si limitano a dire in Questura.

La comunità cinese di Fano conta circa quattrocento persone. Sono arrivati a partire dalla fine degli anni Novanta, prima nel tessile della vallata, poi nella ristorazione e nel commercio. Oggi gestiscono una decina di ristoranti tra il Lido e Sassonia, tre mercerie, un centro estetico, un paio di bar. I figli frequentano le scuole della città, molti giocano nelle giovanili della squadra di calcio.

"Qui ci conosciamo tutti", dice il titolare di un bar in viale Adriatico, che da vent'anni ha per vicini una famiglia dello Zhejiang. "Non mi sono mai accorto di niente di strano."

Eppure, secondo l'organizzazione per i diritti umani Safeguard Defenders, che ha sede a Madrid e dal 2022 studia questi uffici, il centro di Fano sarebbe uno dei presidi che le polizie locali cinesi hanno aperto all'estero. Nell'aggiornamento del suo elenco, diffuso a settembre, l'ong sostiene che la struttura faccia capo all'Ufficio di pubblica sicurezza della contea di Duolun, in Mongolia Interna. Una parte dei cinesi arrivati a Fano negli ultimi anni viene proprio da quella zona.

Agli atti dell'indagine, secondo quanto trapela, c'è la denuncia di un cameriere di trent'anni. Nella primavera del 2026, racconta, due uomini del centro lo hanno avvicinato più volte invitandolo a rientrare in Cina per "chiarire" una vecchia pendenza con una finanziaria. Lui ha rifiutato, è rimasto a Fano e ha raccontato tutto a un avvocato.

Nelle Marche, sempre secondo l'elenco, i presidi sarebbero almeno due. L'altro si troverebbe a Jesi e farebbe capo all'Ufficio di pubblica sicurezza di Tuanfeng, nella provincia dello Hubei. A Jesi, però, all'indirizzo indicato c'è oggi un negozio di telefonia che ha cambiato gestione in estate.

LEGGI ANCHE: Fano, il porto peschereccio cerca giovani: "Mancano cento marinai" | Jesi, chiude dopo quarant'anni la storica tipografia

L'ambasciata della Repubblica popolare cinese a Roma, interpellata, respinge ogni accusa. "Non esistono stazioni di polizia cinesi in Italia", si legge in una nota. "Si tratta di punti di assistenza gestiti da volontari che aiutano i connazionali, soprattutto anziani, a rinnovare la patente di guida e a compilare le pratiche online."

In serata, davanti alla merceria, c'era la solita fila per i saldi di fine stagione. Il centro al primo piano, invece, aveva la saracinesca abbassata.

Riproduzione riservata © | Iscriviti alla newsletter della cronaca locale
"""

DOCS.append(dict(
    name="044-it-cronaca-locale-fano-jesi-duolun-tuanfeng.txt",
    text=T044,
    facts=[
        R("IT", "investigation", "gli agenti della Digos della Questura di Pesaro e Urbino sono saliti al primo piano con un decreto di perquisizione firmato dalla Procura",
          place="Fano", date="2026-10-20"),
        R("IT", "investigation", "Il fascicolo, per ora, è a carico di ignoti"),
        R("IT", "arrest", "Al momento non risultano indagati", pol="denied", opt=True, claimant="Questura di Pesaro e Urbino"),
        S("IT", "Fano", "il centro di Fano sarebbe uno dei presidi che le polizie locali cinesi hanno aperto all'estero", claimant="Safeguard Defenders"),
        S("IT", "Fano", "l'ong sostiene che la struttura faccia capo all'Ufficio di pubblica sicurezza della contea di Duolun, in Mongolia Interna", operator="Duolun",
          operator_alt=["Xilingol", "Xilin Gol"], claimant="Safeguard Defenders"),
        I("IT", "persuasion", "due uomini del centro lo hanno avvicinato più volte invitandolo a rientrare in Cina per \"chiarire\" una vecchia pendenza con una finanziaria",
          place="Fano", date="2026", note="refused and stayed"),
        C("stations", 2, "IT", "Nelle Marche, sempre secondo l'elenco, i presidi sarebbero almeno due", claimant="Safeguard Defenders", note="scoped to the Marche"),
        S("IT", "Jesi", "L'altro si troverebbe a Jesi e farebbe capo all'Ufficio di pubblica sicurezza di Tuanfeng, nella provincia dello Hubei", operator="Tuanfeng",
          operator_alt=["Huanggang"], claimant="Safeguard Defenders"),
        S("IT", None, "\"Non esistono stazioni di polizia cinesi in Italia\"", pol="denied", opt=True, claimant="PRC Embassy in Italy"),
        D("CN", "\"Si tratta di punti di assistenza gestiti da volontari che aiutano i connazionali, soprattutto anziani, a rinnovare la patente di guida e a compilare le pratiche online.\"",
          claimant="PRC Embassy in Italy"),
    ],
))

# ---------------------------------------------------------------------------
# 045 it: NGO report chapter from a PDF (Western Balkans), table and footnotes
# ---------------------------------------------------------------------------
T045_RAW = """OSSERVATORIO ADRIATICO SUI DIRITTI – Rapporto 2026 – Cap. 4          37
4. I Balcani occidentali: presidi, pattuglie e silenzi
4.1 Il quadro
Nei Balcani occidentali la presenza cinese è cresciuta soprattutto attorno a grandi investimenti industriali: acciaierie, miniere, autostrade. Con i lavoratori e i tecnici sono arrivati negozi, ristoranti e associazioni. In questo capitolo documentiamo quattro sedi in tre paesi che, secondo le nostre fonti, svolgono funzioni riconducibili a quelle dei cosiddetti "posti di servizio di polizia" all'estero¹. Non tutte hanno lo stesso grado di verifica: la tabella 4.1 indica per ciascuna il livello di conferma.
4.2 Serbia
In Serbia le sedi individuate sono due. La prima, a Smederevo, si trova in un edificio di servizio a poca distanza dall'acciaieria di proprietà cinese, dove lavorano diverse centinaia di cittadini della RPC. Tre ex dipendenti ci hanno riferito che nella sede venivano tenuti elenchi dei lavoratori cinesi dello stabilimento con indirizzo, provincia d'origine e "orientamento", e che chi partecipava a riunioni religiose veniva segnalato². La seconda sede si trova a Subotica, vicino al confine ungherese.
La Serbia è anche l'unico paese della regione in cui agenti cinesi hanno pattugliato le strade insieme alla polizia locale. Nell'estate del 2026, per tre settimane, coppie miste di agenti serbi e cinesi hanno pattugliato il centro di Smederevo e la zona dell'acciaieria, nel quadro di un programma avviato a Belgrado nel 2019. Le autorità serbe presentano le pattuglie come un servizio ai turisti e ai lavoratori cinesi.
4.3 Macedonia del Nord e Bosnia-Erzegovina
A Kumanovo, in Macedonia del Nord, la sede è ospitata da un'associazione di commercianti. Dopo la pubblicazione di una nostra nota preliminare, la polizia macedone ha effettuato verifiche nei locali, che secondo il Ministero dell'Interno non hanno rilevato irregolarità³. La quarta sede, a Zenica, in Bosnia-Erzegovina, ci è stata segnalata da una sola fonte e non abbiamo potuto verificarla.
Tabella 4.1 – Sedi documentate nei Balcani occidentali
┌──────────────────────┬──────────────────────────────────────────────┬────────────┐
│ Località             │ Ufficio di pubblica sicurezza di riferimento │ Verifica   │
├──────────────────────┼──────────────────────────────────────────────┼────────────┤
│ Smederevo (Serbia)   │ Xuzhou (Jiangsu)                             │ confermata │
│ Subotica (Serbia)    │ Aohan (Mongolia Interna)                     │ confermata │
│ Kumanovo (Macedonia) │ Qichun (Hubei)                               │ confermata │
│ Zenica (Bosnia-Erz.) │ Huangmei (Hubei)                             │ una fonte  │
└──────────────────────┴──────────────────────────────────────────────┴────────────┘
4.4 Le risposte
L'ambasciata della RPC a Belgrado, alla quale abbiamo inviato le nostre domande, ha risposto che in Serbia esistono soltanto "centri di servizio volontari" che aiutano i cittadini cinesi a rinnovare la patente e a ottenere certificati, e che parlare di polizia è "una diffamazione". Le autorità bosniache non hanno risposto.
¹ Sulla definizione si veda il capitolo 1. ² Interviste condotte tra marzo e giugno 2026. ³ Comunicato del Ministero dell'Interno, 14 ottobre 2026.
Osservatorio Adriatico sui Diritti – Rapporto 2026                    37"""

for _a, _b in [("investimenti industriali", "investi~menti industriali"), ("riconducibili", "ricondu~cibili"),
               ("stabilimento", "stabili~mento"), ("partecipava", "parte~cipava"),
               ("programma avviato", "program~ma avviato"), ("commercianti", "commer~cianti"),
               ("preliminare", "prelimi~nare"), ("irregolarità", "irrego~larità"), ("diffamazione", "diffa~mazione")]:
    assert _a in T045_RAW, _a
    T045_RAW = T045_RAW.replace(_a, _b, 1)

T045 = wrap_hy(T045_RAW, width=85)

DOCS.append(dict(
    name="045-it-rapporto-ong-balcani-tabella-smederevo-subotica-kumanovo-zenica.txt",
    text=T045,
    facts=[
        C("stations", 4, None, "In questo capitolo documentiamo quattro sedi in tre paesi", opt=True, claimant="Osservatorio Adriatico sui Diritti",
          note="regional count over several countries"),
        C("stations", 2, "RS", "In Serbia le sedi individuate sono due", claimant="Osservatorio Adriatico sui Diritti"),
        S("RS", "Smederevo", "La prima, a Smederevo, si trova in un edificio di servizio a poca distanza dall'acciaieria di proprietà cinese", claimant="Osservatorio Adriatico sui Diritti"),
        S("RS", "Smederevo", "│ Smederevo (Serbia)   │ Xuzhou (Jiangsu)                             │ confermata │", operator="Xuzhou",
          claimant="Osservatorio Adriatico sui Diritti", note="operator in the table row only"),
        I("RS", "surveillance", "nella sede venivano tenuti elenchi dei lavoratori cinesi dello stabilimento con indirizzo, provincia d'origine e \"orientamento\"",
          place="Smederevo", claimant="former employees"),
        S("RS", "Subotica", "La seconda sede si trova a Subotica, vicino al confine ungherese", claimant="Osservatorio Adriatico sui Diritti"),
        S("RS", "Subotica", "│ Subotica (Serbia)    │ Aohan (Mongolia Interna)                     │ confermata │", operator="Aohan",
          operator_alt=["Chifeng"], claimant="Osservatorio Adriatico sui Diritti", note="operator in the table row only"),
        A("RS", "joint_patrol", "Nell'estate del 2026, per tre settimane, coppie miste di agenti serbi e cinesi hanno pattugliato il centro di Smederevo e la zona dell'acciaieria",
          date="2026"),
        S("MK", "Kumanovo", "A Kumanovo, in Macedonia del Nord, la sede è ospitata da un'associazione di commercianti", claimant="Osservatorio Adriatico sui Diritti"),
        S("MK", "Kumanovo", "│ Kumanovo (Macedonia) │ Qichun (Hubei)                               │ confermata │", operator="Qichun",
          operator_alt=["Huanggang"], claimant="Osservatorio Adriatico sui Diritti", note="operator in the table row only"),
        R("MK", "investigation", "la polizia macedone ha effettuato verifiche nei locali", place="Kumanovo"),
        R("MK", "no_wrongdoing_found", "che secondo il Ministero dell'Interno non hanno rilevato irregolarità", place="Kumanovo",
          claimant="North Macedonian Ministry of the Interior"),
        S("BA", "Zenica", "La quarta sede, a Zenica, in Bosnia-Erzegovina, ci è stata segnalata da una sola fonte e non abbiamo potuto verificarla", opt=True,
          operator="Huangmei", operator_alt=["Huanggang"], claimant="Osservatorio Adriatico sui Diritti", note="single source, unverified; operator in the table"),
        D("CN", "in Serbia esistono soltanto \"centri di servizio volontari\" che aiutano i cittadini cinesi a rinnovare la patente e a ottenere certificati",
          claimant="PRC Embassy in Serbia"),
    ],
))

# ---------------------------------------------------------------------------
# 046 it: local news, irrelevant (motorway service station, traffic police)
# ---------------------------------------------------------------------------
T046 = """CRONACA | VIABILITÀ

A14, la Polstrada apre un presidio nell'area di servizio: "Più controlli nei weekend d'estate"

Pubblicato il 12 novembre 2026 alle 11:30

Un presidio fisso della Polizia Stradale nell'area di servizio Esino Est, sulla A14, aperto tutti i fine settimana da maggio a settembre. Lo prevede il protocollo d'intesa firmato ieri in Prefettura ad Ancona tra la Polizia Stradale, la società autostradale e i Comuni della costa.

Il presidio, ricavato in un ex locale commerciale accanto alla stazione di servizio, ospiterà due pattuglie e un ufficio per la ricezione delle denunce. Nella scorsa estate, in via sperimentale, gli agenti hanno effettuato 102 controlli su pullman turistici e mezzi pesanti e contestato 53 violazioni, soprattutto per i tempi di guida.

Il protocollo prevede anche pattugliamenti congiunti con la Polizia locale dei Comuni costieri nei giorni di esodo. Il vecchio distaccamento di Marina, ormai sottoutilizzato, sarà chiuso e il personale trasferito al nuovo presidio.

Tra le novità, uno sportello informativo multilingue: nei mesi estivi, spiegano dalla Stradale, sono frequenti i gruppi di turisti stranieri, anche cinesi e tedeschi, che arrivano in pullman e chiedono informazioni su pedaggi, soste e patenti di guida estere.

"Un presidio visibile è il miglior deterrente", ha detto il comandante della sezione.

Riproduzione riservata
"""

DOCS.append(dict(
    name="046-it-cronaca-presidio-polstrada-area-di-servizio-a14.txt",
    text=T046,
    facts=[],
))
