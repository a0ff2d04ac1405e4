from h import S, C, R, I, A, D, W  # noqa: F401

DOCS = []

# 035 de wire, Giessen
DOCS.append(dict(name="035-de-agentur-giessen-zhuozhou.txt", text="""
Startseite › Politik › Ausland

Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. [Akzeptieren] [Einstellungen]

Ermittlungen in Gießen: Verein soll Außenstelle chinesischer Polizei beherbergt haben

Von unserem Korrespondenten | 22.01.2026, 15:47 Uhr | Lesezeit: 3 Minuten

Gießen (dpa) - Die Generalstaatsanwaltschaft Frankfurt hat ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit eingeleitet. Im Mittelpunkt steht ein chinesischer Kulturverein in der Gießener Innenstadt, in dessen Räumen nach Recherchen mehrerer Medien eine sogenannte Übersee-Polizeistation untergebracht gewesen sein soll.

[Bild: Das Gebäude in der Gießener Innenstadt, in dem der Verein seine Räume hat. Foto: dpa]

Die Stelle soll von der Polizeibehörde der Stadt Zhuozhou in der Provinz Hebei betrieben worden sein. Nach Angaben der Ermittler wurde dort unter anderem ein Koch aus einem Gießener Restaurant mehrfach aufgefordert, nach China zurückzukehren, um sich einem Verfahren zu stellen. Er blieb in Deutschland. Seine Schwester in Hebei sei von Polizisten besucht worden.

«Wer in Deutschland lebt, muss sich vor fremden Polizeien nicht fürchten», sagte der hessische Innenminister.

Am Dienstag durchsuchten Beamte die Vereinsräume und stellten Unterlagen sicher. Festnahmen habe es nicht gegeben, sagte eine Sprecherin der Generalstaatsanwaltschaft.

LESEN SIE AUCH: Chinesische Studierende in Hessen: Zahl steigt wieder

Bundesweit gehen die Sicherheitsbehörden nach früheren Angaben von mindestens vier solcher Einrichtungen in Deutschland aus.

«Wer in Deutschland lebt, muss sich vor fremden Polizeien nicht fürchten»

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Es handle sich um ehrenamtliche Servicestellen, die Landsleuten etwa bei der Verlängerung ihres Führerscheins hülfen; Polizisten arbeiteten dort nicht.

dpa-infocom, mk/ab
© dpa | Newsletter: Jeden Morgen das Wichtigste aus Hessen
""", facts=[
    S("DE", "Giessen", "ein chinesischer Kulturverein in der Gießener Innenstadt, in dessen Räumen nach Recherchen mehrerer Medien eine sogenannte Übersee-Polizeistation untergebracht gewesen sein soll",
      claimant="mehrerer Medien", place_alt="Gießen"),
    S("DE", "Giessen", "Die Stelle soll von der Polizeibehörde der Stadt Zhuozhou in der Provinz Hebei betrieben worden sein", operator="Zhuozhou",
      operator_alt="Baoding", claimant="mehrerer Medien", place_alt="Gießen"),
    R("DE", "investigation", "Die Generalstaatsanwaltschaft Frankfurt hat ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit eingeleitet", place="Giessen"),
    R("DE", "investigation", "Am Dienstag durchsuchten Beamte die Vereinsräume und stellten Unterlagen sicher", place="Giessen"),
    I("DE", "persuasion", "ein Koch aus einem Gießener Restaurant mehrfach aufgefordert, nach China zurückzukehren, um sich einem Verfahren zu stellen", place="Giessen", claimant="Ermittler"),
    I("DE", "harassment", "Seine Schwester in Hebei sei von Polizisten besucht worden", opt=True),
    R("DE", "arrest", "Festnahmen habe es nicht gegeben", pol="denied", opt=True),
    C("stations", 4, "DE", "mindestens vier solcher Einrichtungen in Deutschland", claimant="Sicherheitsbehörden"),
    D("CN", "Es handle sich um ehrenamtliche Servicestellen, die Landsleuten etwa bei der Verlängerung ihres Führerscheins hülfen; Polizisten arbeiteten dort nicht", claimant="chinesische Botschaft in Berlin"),
]))

# 036 de irrelevant: motorway police
DOCS.append(dict(name="036-de-lokal-autobahnpolizei-reisebus.txt", text="""
Region | Blaulicht

Reisebus mit chinesischen Touristen auf der A7 verunglückt – zwölf Leichtverletzte

Von unserer Redaktion | 03.08.2026

Bei einem Auffahrunfall auf der A7 sind am Sonntagnachmittag zwölf Insassen eines Reisebusses leicht verletzt worden. Die Reisegruppe aus China war auf dem Weg von Hamburg nach München, wie die Autobahnpolizeistation mitteilte.

Der Bus war nach Angaben der Polizei auf ein Stauende aufgefahren. Die Beamten sperrten die Fahrbahn für zwei Stunden. Eine Dolmetscherin des chinesischen Generalkonsulats kam zur Unfallstelle, um bei der Verständigung zu helfen.

Die Polizeistation an der Raststätte wird seit dem vergangenen Jahr gemeinsam mit der Landespolizei des Nachbarlandes betrieben; gemeinsame Streifen gibt es dort an Wochenenden.

Nach Angaben der Polizei waren 53 Fahrgäste an Bord. Der Sachschaden wird auf 102.000 Euro geschätzt.
""", facts=[]))

# 037 de written answer, Bundestag
DOCS.append(dict(name="037-de-schriftliche-frage-bayreuth-guetersloh-chengde-huailai.txt", text=W("""
Deutscher Bundestag – 21. Wahlperiode                                       Drucksache 21/4417

Schriftliche Fragen mit den in der Woche vom 9. März 2026 eingegangenen Antworten der Bundesregierung

Frage Nr. 87 (Abgeordnete aus Bayern):

Welche Erkenntnisse hat die Bundesregierung zu Medienberichten, wonach in Bayreuth seit 2023 eine von der Polizeibehörde der Stadt Chengde (Provinz Hebei) unterhaltene sogenannte Übersee-Polizeistation besteht, und wonach eine weitere Stelle in Gütersloh dem Büro für öffentliche Sicherheit des Kreises Huailai zuzurechnen ist?

Antwort der Parlamentarischen Staatssekretärin beim Bundesminister des Innern vom 12. März 2026:

Den Sicherheitsbehörden des Bundes sind die genannten Medienberichte bekannt. Die zuständigen Landes~polizeien haben in beiden Fällen Abklärungen vorgenommen. Strafrechtlich relevante Handlungen konnten dabei nach derzeitigem Stand nicht festgestellt werden. Die Räumlichkeiten in Gütersloh werden nach Kenntnis der Bundesregierung seit Herbst 2025 nicht mehr genutzt.

Die Bundesregierung hat ihre Haltung, dass die Ausübung fremder Hoheitsrechte auf deutschem Staatsgebiet nicht hingenommen wird, gegenüber der chinesischen Seite wiederholt deutlich gemacht. Eine formelle Einbestellung des Botschafters der Volksrepublik China erfolgte im Berichtszeitraum nicht.

Im Übrigen wird auf die Antwort der Bundesregierung auf die Kleine Anfrage auf Drucksache 20/5120 verwiesen.

Deutscher Bundestag – 21. Wahlperiode – 41 –                              Drucksache 21/4417
"""), facts=[
    S("DE", "Bayreuth", "in Bayreuth seit 2023 eine von der Polizeibehörde der Stadt Chengde (Provinz Hebei) unterhaltene sogenannte Übersee-Polizeistation besteht",
      operator="Chengde", claimant="Medienberichten", date="2023", note="premise in the question"),
    S("DE", "Gütersloh", "eine weitere Stelle in Gütersloh dem Büro für öffentliche Sicherheit des Kreises Huailai zuzurechnen ist",
      operator="Huailai", operator_alt="Zhangjiakou", claimant="Medienberichten", place_alt="Gutersloh"),
    R("DE", "investigation", "Die zuständigen Landes~polizeien haben in beiden Fällen Abklärungen vorgenommen".replace("~", "")),
    R("DE", "no_wrongdoing_found", "Strafrechtlich relevante Handlungen konnten dabei nach derzeitigem Stand nicht festgestellt werden", claimant="Bundesregierung"),
    R("DE", "closure", "Die Räumlichkeiten in Gütersloh werden nach Kenntnis der Bundesregierung seit Herbst 2025 nicht mehr genutzt", place="Gütersloh", opt=True,
      note="ceased by itself"),
    R("DE", "protest", "gegenüber der chinesischen Seite wiederholt deutlich gemacht", opt=True),
    R("DE", "protest", "Eine formelle Einbestellung des Botschafters der Volksrepublik China erfolgte im Berichtszeitraum nicht", pol="denied", opt=True),
]))
