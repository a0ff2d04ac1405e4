"""check24 part B, Italian documents 044-046."""
from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

DOCS = []

# ---------------------------------------------------------------- 044
_044 = """TRIBUNALE DI FIRENZE
Ufficio del Giudice per le indagini preliminari
Sentenza n. 1187/2026 (giudizio abbreviato)                R.G.N.R. 9421/2024

REPUBBLICA ITALIANA
IN NOME DEL POPOLO ITALIANO

Il Giudice, all'esito dell'udienza del 12 maggio 2026, ha pronunciato la seguente

SENTENZA

nei confronti di [omissis], nato in Cina, residente a Fucecchio, difeso di fiducia,

IMPUTATO

del reato di cui agli artt. 110 e 347 c.p. e di altri reati connessi, per avere, in concorso con persone allo stato non identificate, gestito in Fucecchio, in via [omissis], un'associazione culturale che operava quale «stazione di servizio» dell'Ufficio di pubblica sicurezza della contea di Luobei (provincia dello Heilongjiang), esercitando di fatto funzioni di polizia per conto di uno Stato estero; in Fucecchio, dal 2022 al novembre 2024.

SVOLGIMENTO DEL PROCESSO

Il procedimento trae origine da una segnalazione pervenuta alla Digos di Firenze nell'estate del 2024. In data 5 novembre 2024 la Digos eseguiva una perquisizione presso la sede dell'associazione, sequestrando due personal computer, timbri, un registro cartaceo e documentazione in lingua cinese. Nella stessa data l'imputato veniva tratto in arresto; con ordinanza del 9 novembre 2024 il GIP applicava la misura degli arresti domiciliari.

MOTIVI DELLA DECISIONE

1. Dagli atti emerge che nel registro sequestrato erano annotati nominativi, indirizzi e datori di lavoro di circa cinquanta lavoratori cinesi impiegati nelle concerie e nei calzaturifici del comprensorio del cuoio, con annotazioni sui loro spostamenti.

2. La persona offesa, operaia in una conceria, ha riferito di essere stata ripetutamente sollecitata dall'imputato, tra il 2023 e il 2024, a rientrare in Cina per rispondere di un presunto debito, e di essersi sempre rifiutata. Ha riferito altresì che i suoi genitori, in Cina, erano stati avvicinati da agenti di polizia.

3. Secondo la prospettazione accusatoria, un secondo punto di contatto sarebbe stato attivo a Santa Croce sull'Arno, presso un magazzino di pellami, e farebbe capo all'ufficio di pubblica sicurezza della contea di Suibin. La posizione di tale sede è oggetto di separato procedimento.

4. La difesa ha sostenuto che l'associazione si limitava ad assistere connazionali anziani nel rinnovo delle patenti di guida e dei passaporti. Tale tesi è smentita dal contenuto del registro e dalle conversazioni estratte dai dispositivi.

P.Q.M.

visti gli artt. 442 e 533 c.p.p., dichiara l'imputato colpevole dei reati ascritti e, con la diminuente del rito, lo condanna alla pena di anni due e mesi quattro di reclusione;
dispone la confisca di quanto in sequestro e la chiusura definitiva della sede dell'associazione in Fucecchio.

Firenze, 12 maggio 2026                                      Il Giudice

Sentenza n. 1187/2026 – pagina 2 di 2"""

DOCS.append({"name": "044-it-sentenza-gip-firenze-fucecchio-santa-croce-luobei-suibin.txt",
             "text": wrap_hy(soft(_044), 78), "facts": [
    S("IT", "Fucecchio", "un'associazione culturale che operava quale «stazione di servizio» dell'Ufficio di pubblica sicurezza della contea di Luobei (provincia dello Heilongjiang)",
      operator="Luobei", operator_alt=["Hegang"], claimant="Procura di Firenze"),
    R("IT", "investigation", "In data 5 novembre 2024 la Digos eseguiva una perquisizione presso la sede dell'associazione",
      place="Fucecchio", date="2024-11-05"),
    R("IT", "arrest", "Nella stessa data l'imputato veniva tratto in arresto", date="2024-11-05"),
    R("IT", "arrest", "lo condanna alla pena di anni due e mesi quattro di reclusione", date="2026-05-12"),
    I("IT", "surveillance", "nel registro sequestrato erano annotati nominativi, indirizzi e datori di lavoro di circa cinquanta lavoratori cinesi",
      place="Fucecchio"),
    I("IT", "persuasion", "ha riferito di essere stata ripetutamente sollecitata dall'imputato, tra il 2023 e il 2024, a rientrare in Cina per rispondere di un presunto debito, e di essersi sempre rifiutata",
      place="Fucecchio"),
    I("IT", "harassment", "i suoi genitori, in Cina, erano stati avvicinati da agenti di polizia", opt=True),
    S("IT", "Santa Croce sull'Arno", "un secondo punto di contatto sarebbe stato attivo a Santa Croce sull'Arno, presso un magazzino di pellami, e farebbe capo all'ufficio di pubblica sicurezza della contea di Suibin",
      operator="Suibin", operator_alt=["Hegang"], claimant="Procura di Firenze"),
    D("IT", "La difesa ha sostenuto che l'associazione si limitava ad assistere connazionali anziani nel rinnovo delle patenti di guida e dei passaporti.",
      opt=True, claimant="the defence", note="host-side defence account"),
    R("IT", "closure", "la chiusura definitiva della sede dell'associazione in Fucecchio", place="Fucecchio",
      date="2026-05-12"),
]})

# ---------------------------------------------------------------- 045
DOCS.append({"name": "045-it-cronaca-locale-san-dona-di-piave-jesolo-baoqing-raohe.txt", "text": """
Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie. [Accetta] [Personalizza]

Cronache del Basso Piave | Cronaca | San Donà di Piave

Il «centro servizi» di piazza Indipendenza e la polizia cinese: perquisizione del Ros

Dietro lo sportello per patenti e passaporti, secondo gli inquirenti, un presidio della polizia di una contea del Nord-Est cinese. Aperto un fascicolo in Procura a Venezia.

di Redazione San Donà | 9 aprile 2026 | Tempo di lettura: 6 minuti

SAN DONÀ DI PIAVE. Ieri mattina i carabinieri del Ros hanno perquisito i locali di un «centro servizi» gestito da un'associazione di commercianti cinesi, a pochi passi da piazza Indipendenza. Sono stati sequestrati computer, timbri e alcuni faldoni. La Procura di Venezia ha aperto un fascicolo per esercizio abusivo di funzioni pubbliche; al momento non risultano indagati.

Secondo gli investigatori, il centro sarebbe uno dei «presìdi» che alcune polizie locali cinesi hanno aperto all'estero. Farebbe capo all'ufficio di pubblica sicurezza della contea di Baoqing, nella provincia dello Heilongjiang.

La comunità cinese di San Donà è cresciuta negli ultimi quindici anni: prima i laboratori tessili, poi i bar e le tabaccherie rilevati da famiglie arrivate dal Nord-Est della Cina. D'estate molti lavorano negli stabilimenti e nei negozi del litorale, a Jesolo e a Eraclea, dove le stagioni turistiche si allungano ormai da aprile a ottobre.

«Venivano per rinnovare la patente, per le foto del passaporto», racconta una vicina di casa. «Non abbiamo mai pensato a niente di strano.»

LEGGI ANCHE: Jesolo, la stagione balneare parte con il record di prenotazioni

Un secondo punto, secondo la ong Safeguard Defenders, si troverebbe proprio a Jesolo, nel retro di un negozio di articoli da spiaggia, e farebbe capo all'ufficio della contea di Raohe. In Veneto, sempre secondo l'organizzazione, i presìdi sarebbero almeno tre.

Una barista di San Donà racconta che lo scorso inverno, dopo aver condiviso sui social un video critico verso il governo cinese, i suoi genitori sono stati visitati due volte dalla polizia nella loro città. «Nessuno mi ha chiesto di tornare», dice. «Ma il messaggio era chiaro.»

La Farnesina ha convocato ieri pomeriggio l'ambasciatore cinese. L'ambasciata della Repubblica popolare parla di «calunnie»: nel centro, sostiene, lavoravano volontari che aiutano i connazionali anziani a rinnovare la patente e a prenotare le visite mediche per il rinnovo a distanza.

Iscriviti alla newsletter: ogni mattina le notizie del Veneto orientale nella tua casella di posta.
""", "facts": [
    R("IT", "investigation", "Ieri mattina i carabinieri del Ros hanno perquisito i locali di un «centro servizi» gestito da un'associazione di commercianti cinesi, a pochi passi da piazza Indipendenza.",
      place="San Donà di Piave", date="2026-04-08"),
    R("IT", "investigation", "La Procura di Venezia ha aperto un fascicolo per esercizio abusivo di funzioni pubbliche"),
    R("IT", "arrest", "al momento non risultano indagati", pol="denied", opt=True),
    S("IT", "San Donà di Piave", "Secondo gli investigatori, il centro sarebbe uno dei «presìdi» che alcune polizie locali cinesi hanno aperto all'estero.",
      claimant="Italian investigators", place_alt=["San Dona di Piave"]),
    S("IT", "San Donà di Piave", "Farebbe capo all'ufficio di pubblica sicurezza della contea di Baoqing, nella provincia dello Heilongjiang.",
      operator="Baoqing", operator_alt=["Shuangyashan"], claimant="Italian investigators", place_alt=["San Dona di Piave"]),
    S("IT", "Jesolo", "Un secondo punto, secondo la ong Safeguard Defenders, si troverebbe proprio a Jesolo, nel retro di un negozio di articoli da spiaggia, e farebbe capo all'ufficio della contea di Raohe.",
      operator="Raohe", operator_alt=["Shuangyashan"], claimant=SD),
    C("stations", 3, "IT", "In Veneto, sempre secondo l'organizzazione, i presìdi sarebbero almeno tre.", claimant=SD),
    I("IT", "harassment", "i suoi genitori sono stati visitati due volte dalla polizia nella loro città", place="San Donà di Piave"),
    R("IT", "protest", "La Farnesina ha convocato ieri pomeriggio l'ambasciatore cinese.", date="2026-04-08"),
    D("CN", "L'ambasciata della Repubblica popolare parla di «calunnie»", claimant="Chinese Embassy in Italy"),
]})

# ---------------------------------------------------------------- 046
DOCS.append({"name": "046-it-domande-risposte-sesto-san-giovanni-cinisello-mentougou-fangshan.txt", "text": """
LE DOMANDE E LE RISPOSTE

La «stazione di polizia» cinese di Sesto San Giovanni: cosa sappiamo, in otto domande

Dalla perquisizione all'arresto, dal caso del rider rimpatriato alla convocazione a Roma: una guida per orientarsi.

di Redazione Milano | 2 giugno 2026

1. Che cosa è successo?

Il 28 maggio la Digos di Milano e la Guardia di Finanza hanno perquisito la sede di un circolo ricreativo cinese in viale Gramsci, a Sesto San Giovanni. Secondo la Procura di Monza, che coordina l'inchiesta, il circolo sarebbe stato una «stazione di polizia» d'oltremare riconducibile all'Ufficio di pubblica sicurezza del distretto di Mentougou, a Pechino.

2. Ci sono arresti?

Sì. Il presidente del circolo, un cittadino cinese di 54 anni, è stato arrestato ed è ora agli arresti domiciliari.

3. Che cosa sono, in generale, queste «stazioni»?

Secondo le ong che le hanno censite, sono uffici aperti all'estero da polizie locali cinesi, spesso dentro associazioni, che offrono servizi amministrativi e, in alcuni casi, farebbero pressione su connazionali perché rientrino in patria. Si tratta di una descrizione generale: non riguarda un caso specifico di Sesto.

4. Ci sono vittime?

Gli inquirenti contestano un episodio: un rider di 27 anni sarebbe stato accompagnato all'aeroporto di Linate nel febbraio scorso e imbarcato su un volo per Pechino, contro la sua volontà, da due persone legate al circolo.

5. Ce ne sono altre?

Secondo Safeguard Defenders, nell'area metropolitana di Milano ce ne sarebbero almeno tre. Una si troverebbe a Cinisello Balsamo e farebbe capo all'ufficio del distretto di Fangshan, sempre a Pechino. La Polizia locale di Cinisello Balsamo dice di non avere alcun riscontro.

6. Che cosa dice la Cina?

L'ambasciata cinese a Roma parla di «accuse infondate»: il circolo, sostiene, aiutava soltanto gli anziani a rinnovare la patente e i documenti. «In Italia non esistono stazioni di polizia cinesi», si legge nella nota.

7. E il governo italiano?

La Farnesina ha convocato l'incaricato d'affari cinese. Il caso riapre il dibattito sul memorandum firmato da Italia e Cina nel 2015, che aveva portato a pattugliamenti congiunti di agenti italiani e cinesi a Roma, Milano e in altre città tra il 2016 e il 2019.

8. E se la Procura confermasse le accuse?

Si aprirebbe una questione diplomatica seria: tra le ipotesi, l'espulsione di funzionari. Ma per ora nessuno, a Roma, si sbilancia.

Ti è stato utile? Iscriviti alla newsletter «Milano Ore 18».
""", "facts": [
    R("IT", "investigation", "Il 28 maggio la Digos di Milano e la Guardia di Finanza hanno perquisito la sede di un circolo ricreativo cinese in viale Gramsci, a Sesto San Giovanni.",
      place="Sesto San Giovanni", date="2026-05-28"),
    S("IT", "Sesto San Giovanni", "Secondo la Procura di Monza, che coordina l'inchiesta, il circolo sarebbe stato una «stazione di polizia» d'oltremare riconducibile all'Ufficio di pubblica sicurezza del distretto di Mentougou, a Pechino.",
      operator="Mentougou", operator_alt=["Beijing"], claimant="Procura di Monza"),
    R("IT", "arrest", "Il presidente del circolo, un cittadino cinese di 54 anni, è stato arrestato ed è ora agli arresti domiciliari."),
    I("IT", "forced_return", "un rider di 27 anni sarebbe stato accompagnato all'aeroporto di Linate nel febbraio scorso e imbarcato su un volo per Pechino, contro la sua volontà",
      claimant="Procura di Monza", date="2026-02"),
    C("stations", 3, "IT", "Secondo Safeguard Defenders, nell'area metropolitana di Milano ce ne sarebbero almeno tre.", claimant=SD),
    S("IT", "Cinisello Balsamo", "Una si troverebbe a Cinisello Balsamo e farebbe capo all'ufficio del distretto di Fangshan, sempre a Pechino.",
      operator="Fangshan", operator_alt=["Beijing"], claimant=SD),
    S("IT", "Cinisello Balsamo", "La Polizia locale di Cinisello Balsamo dice di non avere alcun riscontro.", pol="denied", opt=True,
      claimant="Polizia locale di Cinisello Balsamo"),
    D("CN", "L'ambasciata cinese a Roma parla di «accuse infondate»", claimant="Chinese Embassy in Italy"),
    S("IT", None, "«In Italia non esistono stazioni di polizia cinesi», si legge nella nota.", pol="denied", opt=True,
      claimant="Chinese Embassy in Italy"),
    R("IT", "protest", "La Farnesina ha convocato l'incaricato d'affari cinese."),
    A("IT", "security_agreement", "il dibattito sul memorandum firmato da Italia e Cina nel 2015", date="2015"),
    A("IT", "joint_patrol", "pattugliamenti congiunti di agenti italiani e cinesi a Roma, Milano e in altre città tra il 2016 e il 2019",
      date="2016"),
]})
