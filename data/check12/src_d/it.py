"""Part D, Italian document 052."""
from facts import S, C, R, I, A, D

DOCS = []

# 052 ------------------------------------------------------------------
t = """La sovranità non si delega

Chi passeggia per il centro storico di Cremona difficilmente noterebbe la targa di un'associazione culturale cinese al primo piano di un palazzo d'epoca, a due passi da piazza del Comune. Eppure, stando a un dossier presentato la settimana scorsa a Bruxelles da un'organizzazione per i diritti umani, proprio lì avrebbe operato fino all'anno scorso una «stazione di servizio» della polizia di Chun'an, contea della provincia dello Zhejiang. Un secondo recapito sarebbe stato attivo a Lodi, nel retro di un negozio di abbigliamento all'ingrosso.

Pechino nega, come sempre: si tratterebbe di volontari che «aiutano gli anziani a rinnovare la patente». L'abbiamo già sentita.

Il punto, però, è un altro. Secondo lo stesso dossier, le sedi di questo tipo in Italia sarebbero almeno tredici, su oltre cento nel mondo. Servono, scrivono gli autori, a tenere sotto controllo i dissidenti e a convincere chi è fuggito a rientrare. Non è un'astrazione: una studentessa della sede cremonese del Politecnico racconta di essere stata avvicinata due volte all'uscita dalla mensa e invitata a tornare in Cina per «chiarire» la posizione del padre. Non è partita, ma da allora non risponde più al telefono ai numeri che non conosce.

Altrove le autorità hanno reagito. I Paesi Bassi hanno fatto chiudere due sedi nel giro di poche settimane. L'Irlanda ha fatto lo stesso. Il Canada ha aperto un'indagine federale. Gli Stati Uniti sono arrivati agli arresti. In Italia, a quanto risulta, non è stata aperta nemmeno un'indagine preliminare, e la questura di Cremona, interpellata, non ha voluto commentare.

Non è un caso. Nel 2015 Roma e Pechino firmarono un'intesa che portò agenti cinesi a pattugliare, in divisa, le strade di alcune nostre città insieme ai poliziotti italiani, per «rassicurare i turisti». Si disse che era un gesto di cortesia. Oggi sappiamo che quella cortesia è stata letta, dall'altra parte, come un permesso.

Dalla stazione ferroviaria di Cremona ai capannoni della Bassa, la Lombardia dà lavoro a migliaia di cittadini cinesi: benvenuti. Ma chi vive qui deve poter contare su una sola polizia, la nostra.
"""
DOCS.append(("052-it-editoriale-cremona-lodi-chunan.txt", t, [
    S("IT", "Cremona", "Chi passeggia per il centro storico di Cremona difficilmente noterebbe la targa di un'associazione culturale cinese al primo piano di un palazzo d'epoca, a due passi da piazza del Comune. Eppure, stando a un dossier presentato la settimana scorsa a Bruxelles da un'organizzazione per i diritti umani, proprio lì avrebbe operato fino all'anno scorso una «stazione di servizio» della polizia di Chun'an, contea della provincia dello Zhejiang", operator="Chun'an", operator_alt=["Hangzhou", "Chunan"], claimant="organizzazione per i diritti umani", note="place in the previous sentence ('lì')"),
    S("IT", "Lodi", "Un secondo recapito sarebbe stato attivo a Lodi, nel retro di un negozio di abbigliamento all'ingrosso.", claimant="organizzazione per i diritti umani"),
    D("CN", "Pechino nega, come sempre: si tratterebbe di volontari che «aiutano gli anziani a rinnovare la patente».", claimant="PRC government"),
    C("stations", 13, "IT", "le sedi di questo tipo in Italia sarebbero almeno tredici", claimant="organizzazione per i diritti umani"),
    C("stations", 100, None, "su oltre cento nel mondo", opt=True, claimant="organizzazione per i diritti umani", note="'oltre cento'"),
    I("surveillance", "IT", "Servono, scrivono gli autori, a tenere sotto controllo i dissidenti", opt=True, claimant="organizzazione per i diritti umani", note="general purpose"),
    I("persuasion", "IT", "una studentessa della sede cremonese del Politecnico racconta di essere stata avvicinata due volte all'uscita dalla mensa e invitata a tornare in Cina", place="Cremona", claimant="a student", note="she stayed"),
    R("NL", "closure", "I Paesi Bassi hanno fatto chiudere due sedi nel giro di poche settimane.", claimant=None),
    S("NL", None, "I Paesi Bassi hanno fatto chiudere due sedi nel giro di poche settimane.", note="place-less host, closed"),
    C("stations", 2, "NL", "I Paesi Bassi hanno fatto chiudere due sedi", note="count scoped to one host country"),
    R("IE", "closure", "L'Irlanda ha fatto lo stesso."),
    S("IE", None, "L'Irlanda ha fatto lo stesso.", note="place-less host, closed"),
    R("CA", "investigation", "Il Canada ha aperto un'indagine federale."),
    S("CA", None, "Il Canada ha aperto un'indagine federale.", opt=True, note="place-less host, investigated only"),
    R("US", "arrest", "Gli Stati Uniti sono arrivati agli arresti."),
    S("US", None, "Gli Stati Uniti sono arrivati agli arresti.", opt=True, note="place-less host, arrests only"),
    R("IT", "investigation", "In Italia, a quanto risulta, non è stata aperta nemmeno un'indagine preliminare", pol="denied"),
    A("IT", "joint_patrol", "Nel 2015 Roma e Pechino firmarono un'intesa che portò agenti cinesi a pattugliare, in divisa, le strade di alcune nostre città insieme ai poliziotti italiani", date="2015"),
    A("IT", "security_agreement", "Nel 2015 Roma e Pechino firmarono un'intesa", date="2015", opt=True, note="the patrol arrangement itself"),
]))
