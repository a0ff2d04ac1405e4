"""Part D, Italian document 052 (op-ed on Fermo and Pesaro)."""
from h import S, C, R, I, A, D

DOCS = []

DOCS.append(dict(name="052-it-editoriale-fermo-pesaro-ningguo.txt", text="""
IL COMMENTO

Quel «centro servizi» di Fermo e il silenzio di Roma

Che cosa ci facesse un ufficio della polizia cinese a due passi da piazza del Popolo, a Fermo, nessuno lo ha ancora spiegato. Sappiamo soltanto quello che la procura ha messo nero su bianco: che nei locali di un'associazione di commercianti sarebbe stato attivo, almeno dal 2022, un «centro servizi» dipendente dall'ufficio di pubblica sicurezza di Ningguo, nella provincia dell'Anhui, e che gli agenti della Digos vi hanno eseguito una perquisizione il mese scorso. Nessuno è stato arrestato, e nessuno, per ora, risulta indagato.

Non è un caso isolato. Un secondo sportello, a Pesaro, a pochi minuti dalla stazione ferroviaria, avrebbe fatto capo alla polizia di Tianchang, sempre nell'Anhui, prima di chiudere i battenti di sua iniziativa la scorsa estate. In tutta Italia, secondo le stime più prudenti, se ne conterebbero almeno nove.

Le associazioni ci ripetono che lì si rinnovano patenti di guida e si compilano moduli per la pensione. Può darsi. Ma allora perché, come ha raccontato a questo giornale una giovane commessa di Porto San Giorgio, qualcuno si è presentato a casa dei suoi genitori, nell'Anhui, per «consigliarle» di tornare? Lei è rimasta qui, e ha fatto bene.

Il quadro generale è noto. Secondo l'ong Safeguard Defenders, queste strutture servono anche a «persuadere» i cinesi all'estero a rientrare in patria: l'organizzazione parla di oltre 230.000 persone «convinte» a tornare tra l'aprile 2021 e il luglio 2022.

Altri Paesi hanno agito. L'Olanda ha chiuso le sedi di Amsterdam e Rotterdam già nel 2022. L'Irlanda ha ordinato la chiusura di quella di Dublino. Il Canada ha aperto indagini. Negli Stati Uniti due uomini sono stati incriminati.

E l'Italia? Al Viminale si limitano a ripetere che «la situazione è monitorata». La Farnesina non ha convocato l'ambasciatore cinese, né risulta che abbia chiesto spiegazioni. Eppure nel 2015 Roma e Pechino firmarono un accordo per pattugliamenti congiunti nelle città d'arte: «Un esperimento riuscito», lo definì allora il ministero dell'Interno.

L'ambasciata cinese, interpellata da questo giornale, ha risposto che «non esiste alcuna stazione di polizia cinese in Italia» e che i volontari «aiutano solo gli anziani con le pratiche burocratiche». Risposta prevedibile. Meno prevedibile, e meno accettabile, è che a doverci credere sia il governo.
""", facts=[
    S("IT", "Fermo", "Sappiamo soltanto quello che la procura ha messo nero su bianco: che nei locali di un'associazione di commercianti sarebbe stato attivo, almeno dal 2022, un «centro servizi» dipendente dall'ufficio di pubblica sicurezza di Ningguo, nella provincia dell'Anhui",
      operator="Ningguo", operator_alt=["Xuancheng"], claimant="Fermo prosecutor's office", date="2022", note="place in the previous sentence (piazza del Popolo, Fermo)"),
    R("IT", "investigation", "gli agenti della Digos vi hanno eseguito una perquisizione il mese scorso", place="Fermo", note="search"),
    R("IT", "arrest", "Nessuno è stato arrestato, e nessuno, per ora, risulta indagato.", place="Fermo", pol="denied", opt=True),
    S("IT", "Pesaro", "Un secondo sportello, a Pesaro, a pochi minuti dalla stazione ferroviaria, avrebbe fatto capo alla polizia di Tianchang, sempre nell'Anhui",
      operator="Tianchang", operator_alt=["Chuzhou"]),
    R("IT", "closure", "prima di chiudere i battenti di sua iniziativa la scorsa estate", place="Pesaro", opt=True, note="stopped by itself"),
    C("stations", 9, "IT", "In tutta Italia, secondo le stime più prudenti, se ne conterebbero almeno nove."),
    D("IT", "Le associazioni ci ripetono che lì si rinnovano patenti di guida e si compilano moduli per la pensione.", claimant="Chinese associations in Italy", opt=True, note="host-country associations' explanation"),
    I("IT", "persuasion", "come ha raccontato a questo giornale una giovane commessa di Porto San Giorgio, qualcuno si è presentato a casa dei suoi genitori, nell'Anhui, per «consigliarle» di tornare? Lei è rimasta qui, e ha fatto bene.",
      claimant="a young shop assistant", note="declarative content inside a rhetorical question; she stayed"),
    I("IT", "harassment", "qualcuno si è presentato a casa dei suoi genitori, nell'Anhui", claimant="a young shop assistant", opt=True, note="parents visited in China"),
    I(None, "persuasion", "queste strutture servono anche a «persuadere» i cinesi all'estero a rientrare in patria", claimant="Safeguard Defenders", opt=True, note="general statement of purpose"),
    C("returns", 230000, None, "l'organizzazione parla di oltre 230.000 persone «convinte» a tornare tra l'aprile 2021 e il luglio 2022", claimant="Safeguard Defenders"),
    S("NL", "Amsterdam", "L'Olanda ha chiuso le sedi di Amsterdam e Rotterdam già nel 2022.", date="2022", note="recalled background station"),
    S("NL", "Rotterdam", "L'Olanda ha chiuso le sedi di Amsterdam e Rotterdam già nel 2022.", date="2022", note="recalled background station"),
    R("NL", "closure", "L'Olanda ha chiuso le sedi di Amsterdam e Rotterdam già nel 2022.", date="2022"),
    S("IE", "Dublin", "L'Irlanda ha ordinato la chiusura di quella di Dublino.", place_alt=["Dublino"], note="recalled background station"),
    R("IE", "closure", "L'Irlanda ha ordinato la chiusura di quella di Dublino."),
    R("CA", "investigation", "Il Canada ha aperto indagini."),
    S("CA", None, "Il Canada ha aperto indagini.", opt=True, note="host implied by an investigation only"),
    R("US", "arrest", "Negli Stati Uniti due uomini sono stati incriminati.", note="charges"),
    S("US", None, "Negli Stati Uniti due uomini sono stati incriminati.", opt=True, note="host implied by charges only"),
    R("IT", "protest", "La Farnesina non ha convocato l'ambasciatore cinese, né risulta che abbia chiesto spiegazioni.", pol="denied", opt=True, note="not summoned"),
    A("IT", "joint_patrol", "nel 2015 Roma e Pechino firmarono un accordo per pattugliamenti congiunti nelle città d'arte", date="2015"),
    A("IT", "security_agreement", "nel 2015 Roma e Pechino firmarono un accordo per pattugliamenti congiunti nelle città d'arte", date="2015", opt=True, note="the agreement itself is about patrols"),
    D("CN", "L'ambasciata cinese, interpellata da questo giornale, ha risposto che «non esiste alcuna stazione di polizia cinese in Italia» e che i volontari «aiutano solo gli anziani con le pratiche burocratiche».", claimant="Chinese embassy in Italy"),
    S("IT", None, "«non esiste alcuna stazione di polizia cinese in Italia»", claimant="Chinese embassy in Italy", pol="denied", opt=True, note="country-wide denial"),
]))
