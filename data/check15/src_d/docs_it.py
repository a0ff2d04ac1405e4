"""check15 part D, Italian document 052. Held-out material: contains the gold."""
from h import S, C, R, I, A, D, wrap

DOCS = []

HEAD052 = """REPUBBLICA ITALIANA
IN NOME DEL POPOLO ITALIANO
TRIBUNALE ORDINARIO DI LECCO
Sezione penale — in composizione monocratica

Sentenza n. 902/2024 — R.G.N.R. n. 1187/2023 — R.G. Trib. n. 455/2024
Depositata in cancelleria il 30 ottobre 2024

"""
BODY052 = """Il Giudice, all'esito dell'udienza dibattimentale del 9 ottobre 2024, ha pronunciato la seguente SENTENZA nel procedimento penale a carico di (omissis), nato nella Repubblica Popolare Cinese, residente a Lecco, libero, presente, IMPUTATO dei reati di cui agli artt. 81 cpv., 110, 610 e 612-bis c.p., per avere, in concorso con persone rimaste ignote e con più azioni esecutive di un medesimo disegno criminoso, con minacce reiterate costretto il connazionale (omissis) a fare rientro nella Repubblica Popolare Cinese. In Lecco, dal settembre 2022 al marzo 2023.

MOTIVI DELLA DECISIONE

1. Il procedimento trae origine dalla denuncia presentata il 14 aprile 2023 presso la Questura di Lecco dalla sorella della persona offesa. Dall'istruttoria dibattimentale è emerso che l'imputato gestiva, in un locale al piano terra di via (omissis), formalmente sede di un'associazione di promozione sociale, un cosiddetto «punto di servizio» per i connazionali che, secondo quanto riferito dai testi di polizia giudiziaria, operava in raccordo con l'ufficio di pubblica sicurezza della città di Chizhou, nella provincia dell'Anhui, dal quale riceveva indicazioni e al quale trasmetteva informazioni sui connazionali residenti nella provincia di Lecco.

2. La persona offesa, operaio in un'azienda metalmeccanica della zona e ricercata in patria per un debito contratto con un istituto di credito locale, è stata avvicinata a più riprese dall'imputato, che le mostrava sul telefono fotografie dell'abitazione dei genitori e le prospettava non meglio precisate «conseguenze» per il fratello, dipendente pubblico, qualora non avesse fatto rientro in Cina. Il 3 marzo 2023 la persona offesa ha lasciato l'Italia con un volo in partenza da Malpensa; da allora i familiari residenti in Italia non hanno più avuto sue notizie. Le condotte descritte, reiterate per oltre cinque mesi, integrano pienamente gli atti persecutori contestati.

3. Il 19 maggio 2023 la Squadra mobile ha eseguito una perquisizione nel locale, rinvenendo un timbro con la dicitura, in lingua cinese, «Stazione di servizio di polizia all'estero» e un registro con i nominativi e i recapiti di sessantatré connazionali. Con decreto del 26 maggio 2023 il G.I.P. ha disposto il sequestro preventivo dei locali, che da allora sono rimasti chiusi.

4. Dagli atti acquisiti mediante rogatoria internazionale risulta inoltre che la Polizia cantonale ticinese aveva segnalato, nel corso del 2022, una struttura analoga a Mendrisio, riconducibile al medesimo ufficio di Chizhou. Il Ministero pubblico della Confederazione aveva aperto un procedimento, poi archiviato per insufficienza di elementi.

5. La difesa ha sostenuto che il locale fosse una mera associazione culturale, che si limitava ad assistere i connazionali nel rinnovo della patente di guida, e che l'imputato non avesse alcun legame con autorità straniere. La tesi non può essere condivisa: essa è smentita dal timbro sequestrato, dal registro e dalle convergenti dichiarazioni dei testi.

P.Q.M.

visti gli artt. 533 e 535 c.p.p., dichiara (omissis) colpevole dei reati a lui ascritti, unificati sotto il vincolo della continuazione, e lo condanna alla pena di anni due e mesi otto di reclusione, oltre al pagamento delle spese processuali. Dispone la confisca di quanto in sequestro.

Lecco, 9 ottobre 2024

Il Giudice"""
T052 = HEAD052 + wrap(BODY052, 70) + "\n"

DOCS.append(dict(
    name="052-it-sentenza-tribunale-lecco-mendrisio-chizhou.txt",
    text=T052,
    facts=[
        S("IT", "Lecco", "l'imputato gestiva, in un locale al piano terra di via (omissis), formalmente sede di un'associazione di promozione sociale, un cosiddetto «punto di servizio» per i connazionali che, secondo quanto riferito dai testi di polizia giudiziaria, operava in raccordo con l'ufficio di pubblica sicurezza della città di Chizhou", operator="Chizhou", claimant="Tribunale di Lecco", note="place from the caption and 'residente a Lecco'/'provincia di Lecco'; street withheld"),
        I("IT", "persuasion", "è stata avvicinata a più riprese dall'imputato, che le mostrava sul telefono fotografie dell'abitazione dei genitori e le prospettava non meglio precisate «conseguenze» per il fratello, dipendente pubblico, qualora non avesse fatto rientro in Cina. Il 3 marzo 2023 la persona offesa ha lasciato l'Italia con un volo in partenza da Malpensa", place="Lecco", claimant="Tribunale di Lecco", date="2023-03-03", note="left on his own after threats; Malpensa is not a station"),
        I("IT", "harassment", "Le condotte descritte, reiterate per oltre cinque mesi, integrano pienamente gli atti persecutori contestati.", place="Lecco", claimant="Tribunale di Lecco", note="stalking (atti persecutori) against the victim himself: required"),
        R("IT", "investigation", "Il 19 maggio 2023 la Squadra mobile ha eseguito una perquisizione nel locale", place="Lecco", claimant="Tribunale di Lecco", date="2023-05-19"),
        R("IT", "closure", "Con decreto del 26 maggio 2023 il G.I.P. ha disposto il sequestro preventivo dei locali, che da allora sono rimasti chiusi.", place="Lecco", claimant="Tribunale di Lecco", date="2023-05-26", note="closure by court-ordered seizure"),
        S("CH", "Mendrisio", "la Polizia cantonale ticinese aveva segnalato, nel corso del 2022, una struttura analoga a Mendrisio, riconducibile al medesimo ufficio di Chizhou", operator="Chizhou", claimant="Ticino cantonal police", date="2022"),
        R("CH", "investigation", "Il Ministero pubblico della Confederazione aveva aperto un procedimento, poi archiviato per insufficienza di elementi.", place="Mendrisio", claimant="Tribunale di Lecco"),
        R("CH", "no_wrongdoing_found", "Il Ministero pubblico della Confederazione aveva aperto un procedimento, poi archiviato per insufficienza di elementi.", place="Mendrisio", claimant="Tribunale di Lecco", note="archived for lack of evidence"),
        D("IT", "La difesa ha sostenuto che il locale fosse una mera associazione culturale, che si limitava ad assistere i connazionali nel rinnovo della patente di guida, e che l'imputato non avesse alcun legame con autorità straniere.", claimant="defence counsel", opt=True, note="a defence lawyer's denial: optional denial of the host"),
        R("IT", "arrest", "dichiara (omissis) colpevole dei reati a lui ascritti, unificati sotto il vincolo della continuazione, e lo condanna alla pena di anni due e mesi otto di reclusione", claimant="Tribunale di Lecco", date="2024-10-09", note="a conviction is an arrest"),
    ],
))
