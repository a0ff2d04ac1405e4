"""check21 part A, German documents 009-011."""

from h import S, C, R, I, A, D, soft, wrap_hy

SD = "Safeguard Defenders"

# ---------------------------------------------------------------------------------------------
T009 = """Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. [Alle akzeptieren] [Einstellungen]

Startseite › Politik › Deutschland

Razzia in Kaiserslautern: Ermittler durchsuchen chinesischen Kulturverein

Stand: 04.09.2025, 15:12 Uhr | Lesedauer: 4 Min.
A A A | Teilen | Drucken

Kaiserslautern (dpa/lrs) - Wegen des Verdachts der geheimdienstlichen Agententätigkeit hat die
Generalstaatsanwaltschaft Zweibrücken am Mittwoch die Räume eines chinesischen Kulturvereins in
der Kaiserslauterer Innenstadt durchsuchen lassen. Nach Angaben der Behörde richten sich die
Ermittlungen gegen zwei Vorstandsmitglieder. Festnahmen gab es nicht.

Der Verein, der in einem ehemaligen Ladenlokal nahe dem Bahnhof residiert, soll nach Erkenntnissen
der Ermittler als inoffizielle Anlaufstelle der chinesischen Polizei gedient haben. Die Stelle
unterstand demnach dem Büro für öffentliche Sicherheit des Kreises Pengyang in der autonomen
Region Ningxia. Von dort seien regelmäßig Anweisungen per Videoanruf gekommen.

[Bild: Das ehemalige Ladenlokal in der Innenstadt von Kaiserslautern. Foto: dpa]

In Kaiserslautern leben nach Angaben der Stadt rund 900 Menschen mit chinesischem Pass, viele von
ihnen Studierende und Beschäftigte der Technischen Universität sowie der umliegenden
Forschungsinstitute. Der Kulturverein organisierte Sprachkurse, Feste zum Neujahr und
Tischtennisabende.

Laut Generalstaatsanwaltschaft soll ein Doktorand aus Ningxia im vergangenen Winter mehrfach in
den Vereinsräumen gedrängt worden sein, in die Heimat zurückzukehren und sich dort einem
Verfahren zu stellen. Er sei geblieben.

»Von dort seien regelmäßig Anweisungen per Videoanruf gekommen.«

LESEN SIE AUCH: Neue Buslinie zur Uni startet im Oktober

Das Auswärtige Amt bestellte nach dpa-Informationen noch am Mittwoch den chinesischen
Botschafter ein. Die Menschenrechtsorganisation Safeguard Defenders hatte bereits 2022 von
weltweit mehr als hundert solcher Einrichtungen berichtet - genau 102 in dreiundfünfzig Ländern.
In Deutschland seien mindestens fünf bekannt, erklärte die Organisation. Eine davon befinde
sich in Offenburg und werde vom Polizeiamt des Kreises Longde betrieben.

»Von dort seien regelmäßig Anweisungen per Videoanruf gekommen.«

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Bei dem Verein handle es sich um
eine ehrenamtliche Servicestelle, die Landsleuten bei der Verlängerung von Führerscheinen und
Reisepässen helfe, hieß es in einer Mitteilung.

Korrektur: In einer früheren Fassung hieß es, die Durchsuchung habe am Dienstag stattgefunden.
Richtig ist Mittwoch.

dpa lrs xx yy
© dpa-infocom, dpa:250904-99-123456/3 | Newsletter: Das Wichtigste aus Rheinland-Pfalz, jeden Morgen.
"""

F009 = [
    R("DE", "investigation", "die Räume eines chinesischen Kulturvereins in der Kaiserslauterer Innenstadt durchsuchen lassen",
      place="Kaiserslautern", claimant="Generalstaatsanwaltschaft Zweibrücken", date="2025-09-03"),
    R("DE", "arrest", "Festnahmen gab es nicht.", pol="denied", opt=True),
    S("DE", "Kaiserslautern", "soll nach Erkenntnissen der Ermittler als inoffizielle Anlaufstelle der chinesischen Polizei gedient haben",
      claimant="Generalstaatsanwaltschaft Zweibrücken"),
    S("DE", "Kaiserslautern", "Die Stelle unterstand demnach dem Büro für öffentliche Sicherheit des Kreises Pengyang",
      operator="Pengyang", operator_alt=["Guyuan"], claimant="Generalstaatsanwaltschaft Zweibrücken"),
    I("DE", "persuasion", "mehrfach in den Vereinsräumen gedrängt worden sein, in die Heimat zurückzukehren",
      place="Kaiserslautern", claimant="Generalstaatsanwaltschaft Zweibrücken", note="he stayed"),
    R("DE", "protest", "Das Auswärtige Amt bestellte nach dpa-Informationen noch am Mittwoch den chinesischen Botschafter ein."),
    C("stations", 100, None, "weltweit mehr als hundert solcher Einrichtungen", claimant=SD, opt=True),
    C("stations", 102, None, "genau 102 in dreiundfünfzig Ländern", claimant=SD),
    C("countries", 53, None, "genau 102 in dreiundfünfzig Ländern", claimant=SD),
    C("stations", 5, "DE", "In Deutschland seien mindestens fünf bekannt", claimant=SD),
    S("DE", "Offenburg", "Eine davon befinde sich in Offenburg und werde vom Polizeiamt des Kreises Longde betrieben",
      operator="Longde", operator_alt=["Guyuan"], claimant=SD),
    D("CN", "Bei dem Verein handle es sich um eine ehrenamtliche Servicestelle", claimant="PRC Embassy in Germany",
      note="driving licences and passports"),
]

# ---------------------------------------------------------------------------------------------
_P010 = """Bayerischer Landtag · 19. Wahlperiode          Drucksache 19/8841
Schriftliche Anfrage des Abgeordneten (Fraktion BÜNDNIS 90/DIE GRÜNEN) vom 12.05.2025
Mutmaßliche chinesische Polizeistationen in Rosenheim und Kempten
Vorbemerkung des Fragestellers: Medienberichten zufolge betreibt das Büro für öffentliche Sicherheit des Kreises Xiji (Autonome Region Ningxia) seit 2023 in Rosenheim eine Anlaufstelle in den Räumen eines Reisebüros. Eine weitere solche Stelle soll sich in Kempten (Allgäu) befinden.
Ich frage die Staatsregierung:
1. Welche Erkenntnisse hat die Staatsregierung über die Stelle in Rosenheim?
2. Welche Maßnahmen haben die Sicherheitsbehörden ergriffen?
3. Wird die Staatsregierung die Schließung dieser Stellen veranlassen, falls sich der Verdacht bestätigt?
Antwort des Staatsministeriums des Innern, für Sport und Integration vom 18.06.2025
Zu 1. und 2.: Das Bayerische Landeskriminalamt führt im Auftrag der Staatsan~waltschaft Traunstein ein Ermittlungs~verfahren wegen des Verdachts der geheim~dienstlichen Agententätigkeit (§ 99 StGB). Im Rahmen dieses Verfahrens wurden im April 2025 die Geschäftsräume in Rosenheim durchsucht. Dabei wurden Listen mit Namen, Telefonnummern und Wohnanschriften von rund 40 in der Region lebenden chinesischen Staatsangehörigen sichergestellt. Festnahmen erfolgten nicht. Weitere Auskünfte können mit Rücksicht auf das laufende Verfahren nicht erteilt werden.
Hinsichtlich Kempten hat das Polizeipräsidium Schwaben Süd/West Über~prüfungen vorgenommen. Strafrechtlich relevante Sachverhalte wurden dabei nicht festgestellt. Der dortige Verein gab an, ausschließlich bei der Um~schreibung chinesischer Führerscheine und bei Visaanträgen zu beraten. Presseberichten zufolge soll die Kemptener Stelle mit dem Büro für öffentliche Sicherheit des Kreises Jingyuan in Verbindung stehen; eigene Erkenntnisse hierzu liegen nicht vor.
Zu 3.: Die Beantwortung hypothetischer Fragen ist nicht Gegenstand des parlamentarischen Fragerechts.
Drucksache 19/8841      Bayerischer Landtag · 19. Wahlperiode    Seite 2"""

T010 = wrap_hy(soft(_P010), 74)

F010 = [
    S("DE", "Rosenheim", "betreibt das Büro für öffentliche Sicherheit des Kreises Xiji (Autonome Region Ningxia) seit 2023 in Rosenheim eine Anlaufstelle",
      operator="Xiji", operator_alt=["Guyuan"], claimant="media reports", date="2023", note="questioner's premise"),
    S("DE", "Kempten", "Eine weitere solche Stelle soll sich in Kempten (Allgäu) befinden", claimant="media reports"),
    R("DE", "investigation", "Das Bayerische Landeskriminalamt führt im Auftrag der Staatsanwaltschaft Traunstein ein Ermittlungsverfahren",
      claimant="Bavarian State Ministry of the Interior"),
    R("DE", "investigation", "im April 2025 die Geschäftsräume in Rosenheim durchsucht", place="Rosenheim",
      date="2025-04", claimant="Bavarian State Ministry of the Interior"),
    I("DE", "surveillance", "Listen mit Namen, Telefonnummern und Wohnanschriften von rund 40 in der Region lebenden chinesischen Staatsangehörigen sichergestellt",
      place="Rosenheim"),
    R("DE", "arrest", "Festnahmen erfolgten nicht.", pol="denied", opt=True),
    R("DE", "no_wrongdoing_found", "Strafrechtlich relevante Sachverhalte wurden dabei nicht festgestellt.", place="Kempten",
      claimant="Bavarian State Ministry of the Interior"),
    D("DE", "Der dortige Verein gab an, ausschließlich bei der Umschreibung chinesischer Führerscheine und bei Visaanträgen zu beraten.",
      opt=True, claimant="association in Kempten"),
    S("DE", "Kempten", "soll die Kemptener Stelle mit dem Büro für öffentliche Sicherheit des Kreises Jingyuan in Verbindung stehen",
      operator="Jingyuan", operator_alt=["Guyuan"], claimant="press reports"),
]

# ---------------------------------------------------------------------------------------------
T011 = """SICHERHEITSLAGE — der Podcast über Spionage, Polizei und Macht
Folge 47: „Die Servicestelle von Kapfenberg"
Transkript (automatisch erstellt und redaktionell überarbeitet)

[00:00] [Intro-Musik]

[00:12] MODERATORIN: Servus und willkommen zu Folge 47. Heute geht's in die Obersteiermark.
Mein Gast ist Redakteur bei einer Grazer Wochenzeitung und hat monatelang zu einem Verein in
Kapfenberg recherchiert. Grüß dich.

[00:25] GAST: Grüß dich, danke für die Einladung.

[00:28] MODERATORIN: Was ist das für ein Verein?

[00:31] GAST: Offiziell ein Verein chinesischer Unternehmer, gegründet 2021. Sitz ist ein
Büro über einem Handyshop. Was die Leute dort machen, ist im Grunde Papierkram: Führerscheine,
Beglaubigungen, Termine beim Konsulat. Aber in den Vereinsunterlagen, die ich einsehen konnte,
steht als „Partnereinheit" das Amt für öffentliche Sicherheit von Yanchi. Das ist ein Kreis in
Ningxia, ganz im Nordwesten Chinas.

[01:04] MODERATORIN: Also eine Polizeibehörde.

[01:06] GAST: Genau. Und die DSN, die Direktion Staatsschutz und Nachrichtendienst, ermittelt
seit dem Frühjahr. Das hat mir das Innenministerium schriftlich bestätigt.

[01:15] MODERATORIN: Gibt es konkrete Fälle?

[01:17] GAST: Einen. Ein Koch, der in einem Restaurant in Bruck an der Mur gearbeitet hat.
Der ist im Februar von zwei Männern aus dem Vereinsumfeld nach Wien-Schwechat gefahren worden
und saß am selben Abend in einem Flieger nach Peking. Seine Kollegen sagen, er wollte nicht.

[01:36] MODERATORIN: Puh.

[01:37] [Werbung — „Dieser Podcast wird unterstützt von …"]

[02:10] MODERATORIN: Wir sind zurück. Wie groß ist das Phänomen in Österreich?

[02:14] GAST: Die bekannten Listen nennen für Österreich zwei solche Stellen. Kapfenberg stand bisher auf keiner Liste. Und es gibt noch einen Hinweis über die
Grenze: Eine slowakische Rechercheplattform schreibt, dass in Žilina eine ähnliche Stelle
sitzen soll, betrieben von der Polizei in Qingtongxia — auch Ningxia.

[02:38] MODERATORIN: Und was sagt die chinesische Seite?

[02:40] GAST: Die Botschaft hat mir geschrieben, das seien „haltlose Unterstellungen", der
Verein biete „ehrenamtliche Hilfe bei Führerscheinangelegenheiten".

[02:50] MODERATORIN: Was, wenn die DSN am Ende nichts findet?

[02:53] GAST: Dann wäre das auch eine Nachricht. Aber so weit sind wir nicht.

[03:01] [Outro-Musik]
"""

F011 = [
    S("AT", "Kapfenberg", "in den Vereinsunterlagen, die ich einsehen konnte, steht als „Partnereinheit\" das Amt für öffentliche Sicherheit von Yanchi",
      operator="Yanchi", operator_alt=["Wuzhong"], claimant="guest journalist"),
    R("AT", "investigation", "die DSN, die Direktion Staatsschutz und Nachrichtendienst, ermittelt seit dem Frühjahr",
      place="Kapfenberg"),
    I("AT", "forced_return", "von zwei Männern aus dem Vereinsumfeld nach Wien-Schwechat gefahren worden und saß am selben Abend in einem Flieger nach Peking",
      claimant="guest journalist"),
    C("stations", 2, "AT", "Die bekannten Listen nennen für Österreich zwei solche Stellen"),
    S("SK", "Žilina", "in Žilina eine ähnliche Stelle sitzen soll, betrieben von der Polizei in Qingtongxia",
      operator="Qingtongxia", operator_alt=["Wuzhong"], claimant="Slovak investigative platform", place_alt=["Zilina"]),
    D("CN", "das seien „haltlose Unterstellungen\", der Verein biete „ehrenamtliche Hilfe bei Führerscheinangelegenheiten\"",
      claimant="PRC Embassy in Austria"),
]

DOCS = [
    {"name": "009-de-dpa-wire-correction-kaiserslautern-offenburg-pengyang-longde.txt", "text": T009, "facts": F009},
    {"name": "010-de-landtag-schriftliche-anfrage-rosenheim-kempten-xiji-jingyuan.txt", "text": T010, "facts": F010},
    {"name": "011-de-at-podcast-transcript-kapfenberg-zilina-yanchi-qingtongxia.txt", "text": T011, "facts": F011},
]
