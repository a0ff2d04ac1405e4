from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 052
T052 = """CAMERA DEI DEPUTATI - XIX LEGISLATURA
Allegato B - Risposte scritte ad interrogazioni

INTERROGAZIONE A RISPOSTA SCRITTA 4-01872

Al Ministro dell'interno, al Ministro degli affari esteri e della cooperazione internazionale. - Per sapere - premesso che:

secondo quanto riportato dalla stampa piemontese nel mese di maggio 2023, ad Asti sarebbe stata attiva, almeno dal 2020, una cosiddetta «stazione di servizio» della polizia cinese, ospitata negli uffici di un'associazione culturale del centro storico e facente capo all'Ufficio di pubblica sicurezza di Qian'an, nella provincia dello Hebei;

una seconda struttura, riconducibile alla polizia della vicina città di Luanzhou, avrebbe operato a Biella all'interno di un'agenzia di servizi;

secondo l'organizzazione Safeguard Defenders, in Italia se ne conterebbero almeno undici, il numero più alto in Europa;

quali iniziative intendano assumere i Ministri interrogati per accertare i fatti e se non ritengano di dover convocare l'ambasciatore della Repubblica popolare cinese. (4-01872)

RISPOSTA. - Con riferimento all'interrogazione in esame, sulla base degli elementi forniti dal Dipartimento della pubblica sicurezza, si rappresenta quanto segue.

Le DIGOS delle Questure di Asti e di Biella hanno svolto, a partire dal giugno 2023, accertamenti sulle due strutture indicate, i cui esiti sono stati trasmessi alla competente autorità giudiziaria. La Procura della Repubblica di Torino ha iscritto un procedimento penale, tuttora nella fase delle indagini preliminari.

Per quanto concerne Asti, il giudice per le indagini preliminari ha disposto nel settembre 2023 il sequestro preventivo dei locali, che sono stati pertanto chiusi. Non sono state adottate misure cautelari personali.

Quanto a Biella, dagli accertamenti non sono emersi elementi di rilevanza penale; l'agenzia ha comunque cessato spontaneamente l'attività.

Risulta inoltre che una cittadina cinese residente nell'astigiano ha denunciato di essere stata più volte contattata, anche tramite familiari, da persone che la sollecitavano a rientrare in Cina per «chiarire la sua posizione». La donna non ha fatto rientro in patria.

Il Ministero degli affari esteri e della cooperazione internazionale ha convocato alla Farnesina, il 4 ottobre 2023, l'incaricato d'affari dell'Ambasciata cinese, al quale è stata ribadita la ferma contrarietà a qualsiasi attività di polizia straniera non autorizzata sul territorio nazionale. L'Ambasciata ha replicato che in Italia non esiste «alcuna stazione di polizia cinese» e che le strutture in questione erano centri di assistenza gestiti da volontari.

Si ricorda, infine, che le pattuglie congiunte italo-cinesi svolte in alcune città turistiche a partire dal 2016, nell'ambito del memorandum di intesa sulla cooperazione di polizia firmato nel 2015, non sono state più organizzate dopo il 2019.

Il Sottosegretario di Stato per l'interno.
"""
DOCS.append({"name": "052-it-interrogazione-risposta-asti-biella-qianan.txt", "text": T052, "facts": [
    S("IT", "Asti", "secondo quanto riportato dalla stampa piemontese nel mese di maggio 2023, ad Asti sarebbe stata attiva, almeno dal 2020, una cosiddetta «stazione di servizio» della polizia cinese, ospitata negli uffici di un'associazione culturale del centro storico e facente capo all'Ufficio di pubblica sicurezza di Qian'an, nella provincia dello Hebei;", operator="Qian'an", operator_alt=["Qianan", "Tangshan"], date="2020", claimant="Piedmont press"),
    S("IT", "Biella", "una seconda struttura, riconducibile alla polizia della vicina città di Luanzhou, avrebbe operato a Biella all'interno di un'agenzia di servizi;", operator="Luanzhou", operator_alt=["Tangshan"], claimant="Piedmont press"),
    C("stations", 11, "IT", "secondo l'organizzazione Safeguard Defenders, in Italia se ne conterebbero almeno undici, il numero più alto in Europa;", claimant="Safeguard Defenders"),
    R("IT", "investigation", "Le DIGOS delle Questure di Asti e di Biella hanno svolto, a partire dal giugno 2023, accertamenti sulle due strutture indicate, i cui esiti sono stati trasmessi alla competente autorità giudiziaria.", date="2023-06"),
    R("IT", "investigation", "La Procura della Repubblica di Torino ha iscritto un procedimento penale, tuttora nella fase delle indagini preliminari."),
    R("IT", "closure", "Per quanto concerne Asti, il giudice per le indagini preliminari ha disposto nel settembre 2023 il sequestro preventivo dei locali, che sono stati pertanto chiusi.", place="Asti", date="2023-09"),
    R("IT", "arrest", "Non sono state adottate misure cautelari personali.", pol="denied", opt=True),
    R("IT", "no_wrongdoing_found", "Quanto a Biella, dagli accertamenti non sono emersi elementi di rilevanza penale; l'agenzia ha comunque cessato spontaneamente l'attività.", place="Biella"),
    I("IT", "persuasion", "Risulta inoltre che una cittadina cinese residente nell'astigiano ha denunciato di essere stata più volte contattata, anche tramite familiari, da persone che la sollecitavano a rientrare in Cina per «chiarire la sua posizione». La donna non ha fatto rientro in patria.", place="Asti"),
    R("IT", "protest", "Il Ministero degli affari esteri e della cooperazione internazionale ha convocato alla Farnesina, il 4 ottobre 2023, l'incaricato d'affari dell'Ambasciata cinese, al quale è stata ribadita la ferma contrarietà a qualsiasi attività di polizia straniera non autorizzata sul territorio nazionale.", date="2023-10-04"),
    D("CN", "L'Ambasciata ha replicato che in Italia non esiste «alcuna stazione di polizia cinese» e che le strutture in questione erano centri di assistenza gestiti da volontari.", claimant="Chinese embassy in Italy"),
    S("IT", None, "L'Ambasciata ha replicato che in Italia non esiste «alcuna stazione di polizia cinese» e che le strutture in questione erano centri di assistenza gestiti da volontari.", claimant="Chinese embassy in Italy", pol="denied", opt=True),
    A("IT", "joint_patrol", "Si ricorda, infine, che le pattuglie congiunte italo-cinesi svolte in alcune città turistiche a partire dal 2016, nell'ambito del memorandum di intesa sulla cooperazione di polizia firmato nel 2015, non sono state più organizzate dopo il 2019.", date="2016"),
    A("IT", "security_agreement", "Si ricorda, infine, che le pattuglie congiunte italo-cinesi svolte in alcune città turistiche a partire dal 2016, nell'ambito del memorandum di intesa sulla cooperazione di polizia firmato nel 2015, non sono state più organizzate dopo il 2019.", date="2015"),
]})
