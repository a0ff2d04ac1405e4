"""check22 part B, German documents 035-037."""
from h import S, C, R, I, A, D, wrap_hy, soft  # noqa: F401

SD = "Safeguard Defenders"

DOC035_RAW = """Sächsischer Landtag                                   Drucksache 8/2417
8. Wahlperiode

Kleine Anfrage
eines Abgeordneten der Fraktion BÜNDNIS 90/DIE GRÜNEN
Thema: Mutmaßliche chinesische „Polizeistationen" in Sachsen

Vorbemerkung des Fragestellers:
Nach Medienberichten soll in Bautzen seit 2022 eine „Servicestation" für chinesische Staats~angehörige bestehen, die vom Amt für öffentliche Sicherheit des Kreises Shehong in der Provinz Sichuan betrieben werde. Eine weitere Stelle soll sich in Pirna befinden; sie werde dem Amt für öffentliche Sicherheit des Kreises Anyue zugerechnet. Auch in Freiberg soll es nach Angaben aus der chinesischen Community eine vergleichbare Anlauf~stelle geben.

Ich frage die Staats~regierung:
1. Welche Erkenntnisse liegen der Staats~regierung zu den genannten Ein~richtungen vor?
2. Welche Ermittlungs~maßnahmen wurden ergriffen?
3. Sind Fälle bekannt, in denen in Sachsen lebende chinesische Staats~angehörige zur Rückkehr in die Volksrepublik gedrängt wurden?
4. Wird die Staats~regierung, falls sich der Verdacht bestätigt, auf eine Schließung der Ein~richtungen hinwirken?

Antwort des Sächsischen Staatsministeriums des Innern
vom 14. Januar 2026

Zu Frage 1:
Dem Landesamt für Verfassungs~schutz liegen Hinweise vor, dass in Sachsen mindestens zwei Anlauf~stellen bestehen, die im Auftrag chinesischer Sicherheits~behörden tätig sein könnten. Zu einer entsprechenden Stelle in Freiberg liegen der Polizei keine Erkenntnisse vor.

Zu Frage 2:
Die General~staats~anwaltschaft führt ein Ermittlungs~verfahren wegen des Verdachts der geheimdienstlichen Agenten~tätigkeit (§ 99 StGB). Im Rahmen dieses Verfahrens wurden am 28. Oktober 2025 Geschäfts~räume in Bautzen durchsucht. Festnahmen erfolgten nicht. Im Übrigen wird um Verständnis gebeten, dass zu laufenden Ermittlungs~verfahren keine weiteren Auskünfte erteilt werden können.

Zu Frage 3:
Dem Landes~kriminal~amt ist ein Fall aus dem Landkreis Sächsische Schweiz-Osterzgebirge bekannt: Ein in Pirna beschäftigter Koch wurde im Jahr 2024 mehrfach telefonisch und bei persönlichen Treffen aufgefordert, in die Volksrepublik China zurückzukehren, um sich dort einem Strafverfahren zu stellen. Er ist in Deutschland geblieben und hat Anzeige erstattet.

Zu Frage 4:
Die Frage ist hypothetisch. Die Staats~regierung beteiligt sich nicht an Spekula~tionen über den Ausgang laufender Verfahren.

Ergänzend wird darauf hingewiesen, dass die Botschaft der Volksrepublik China gegenüber Medien erklärt hat, bei den Stellen handele es sich um ehrenamtliche Service~angebote, die Landsleuten bei der Ver~längerung von Führerscheinen und Reisepässen helfen.

Staatsminister des Innern

Sächsischer Landtag – 8. Wahlperiode                        Seite 1 von 2"""

DOC035 = wrap_hy(soft(DOC035_RAW, 9), 63)

DOC036 = """Startseite > Niederösterreich > Bezirk Bruck an der Leitha

Cookies: Wir verwenden Cookies, um Inhalte zu personalisieren. [Alle akzeptieren] [Einstellungen]

Neue Polizeiinspektion am Bahnhof: Mehr Präsenz für Pendler und Touristen

Bruck an der Leitha. Seit Montag ist die neue Polizeiinspektion direkt im Bahnhofsgebäude rund um die Uhr besetzt. Elf Beamtinnen und Beamte sind dort stationiert, darunter eine Polizistin, die Mandarin spricht – ein Wunsch der Gemeinde, seit die Reisebusse mit chinesischen Gruppen auf dem Weg zum Outlet-Center hier Station machen.

„Wir hatten im vergangenen Jahr 102 Einsätze rund um den Bahnhof und 53 Anzeigen wegen Taschendiebstahls", sagte der Bezirkspolizeikommandant bei der Eröffnung. Gemeinsame Streifen mit dem Sicherheitsdienst der ÖBB soll es künftig an jedem Wochenende geben; ein entsprechender Kooperationsvertrag wurde vergangene Woche unterschrieben.

Die alte Inspektion in der Hauptstraße wurde mit Monatsende geschlossen, das Gebäude soll verkauft werden.

Ein Reiseleiter aus Shanghai, der seit zwölf Jahren Gruppen durch Österreich führt, begrüßt die Neuerung: „Wenn jemand seinen Pass verliert, musste er bisher bis nach Wien fahren."

Für ausländische Führerscheine verweist die Polizei auf die Bezirkshauptmannschaft: Wer länger als sechs Monate in Österreich wohnt, muss seinen Führerschein umschreiben lassen.

Mehr aus dem Bezirk:
› Radweg entlang der Leitha wird verlängert
› Feuerwehrfest mit Rekordbesuch

Newsletter: Jeden Freitag die wichtigsten Nachrichten aus Ihrem Bezirk. Jetzt anmelden!
"""

DOC037 = """SICHERHEETSPODCAST – Folge 58: „Ein Büro in Differdingen"
Transkript (automatisch erstellt, redaktionell bearbeitet)
Veröffentlicht am 3. Dezember 2025 · Dauer 38:12

[00:00] [Intro-Musik]

[00:14] MODERATORIN: Willkommen zu einer neuen Folge. Heute geht es um ein unscheinbares Büro im Süden Luxemburgs – und um die Frage, wie weit der Arm chinesischer Behörden reicht. Mit mir im Studio ist ein Kollege aus unserer Rechercheredaktion. Hallo.

[00:29] REPORTER: Hallo.

[00:31] MODERATORIN: Fangen wir mit dem an, was wir sicher wissen.

[00:35] REPORTER: Sicher ist: Am 12. November hat die Police Grand-Ducale auf Anordnung eines Untersuchungsrichters ein Büro in Differdingen durchsucht. Das Büro liegt im ersten Stock über einem Asia-Supermarkt, an der Tür steht „Chinesischer Kulturverein". Die Ermittler haben Computer, Stempel und Listen mitgenommen.

[01:02] MODERATORIN: Und was soll dieser Verein gewesen sein?

[01:05] REPORTER: Nach den Unterlagen, die wir einsehen konnten, war das eine Außenstelle chinesischer Polizeibehörden. In den beschlagnahmten Papieren taucht immer wieder ein Absender auf: das Amt für öffentliche Sicherheit des Kreises Zizhong in der Provinz Sichuan. Von dort kamen offenbar die Anweisungen.

[01:31] MODERATORIN: Und der Fall, der das Ganze ins Rollen gebracht hat?

[01:34] REPORTER: Ein Kellner aus Differdingen, Mitte zwanzig. Er wurde im Oktober von zwei Männern aus dem Umfeld des Vereins zum Flughafen Findel gefahren und in ein Flugzeug nach China gesetzt. Seine Freundin hat die Polizei alarmiert, aber da war er schon weg. Einer der beiden Männer ist inzwischen festgenommen worden.

[02:10] [Werbung]
[02:10] Dieser Podcast wird unterstützt von … [Werbeblock, 45 Sekunden]
[02:55] [Ende Werbung]

[02:57] MODERATORIN: Ist Differdingen ein Einzelfall?

[03:00] REPORTER: Die Organisation Safeguard Defenders spricht von zwei solchen Stellen in Luxemburg. Die zweite soll sich in Düdelingen befinden und dem Amt für öffentliche Sicherheit des Kreises Longshan in der Provinz Hunan unterstehen. Das konnten wir nicht überprüfen; die Polizei sagt dazu nichts.

[03:24] MODERATORIN: Weltweit hatte dieselbe Organisation ja hundertzwei solcher Stationen in dreiundfünfzig Ländern gezählt.

[03:31] REPORTER: Genau, das war der Stand Ende 2022.

[03:35] MODERATORIN: Wie hat die Regierung reagiert?

[03:38] REPORTER: Der Außenminister hat den chinesischen Botschafter einbestellt, am 14. November, zwei Tage nach der Durchsuchung. Das ist für Luxemburg, das sehr vorsichtig mit China umgeht, ein ungewöhnlich deutlicher Schritt. Und gestern kam noch etwas dazu: Ein Mitarbeiter der chinesischen Botschaft wurde zur Persona non grata erklärt und muss das Land innerhalb von zehn Tagen verlassen.

[03:52] MODERATORIN: Und die Botschaft?

[03:54] REPORTER: Die Botschaft sagt, es gebe keine chinesischen Polizeistationen im Großherzogtum. Der Verein habe Landsleuten nur geholfen, Führerscheine zu verlängern und Gesundheitsnachweise online einzureichen.

[04:10] MODERATORIN: Was, wenn sich am Ende herausstellt, dass auch Düdelingen so ein Büro war? Müsste die Regierung dann nicht…

[04:17] REPORTER: Das ist im Moment Spekulation. Die Ermittlungen laufen.

[04:21] MODERATORIN: Dann bleiben wir dran. Das war Folge 58. Schreibt uns eure Fragen an die Redaktion.

[04:30] [Outro-Musik]
"""

DOCS = [
    {"name": "035-de-landtag-kleine-anfrage-bautzen-pirna-freiberg-shehong-anyue.txt", "text": DOC035, "facts": [
        S("DE", "Bautzen", "Nach Medienberichten soll in Bautzen seit 2022 eine „Servicestation\" für chinesische Staatsangehörige bestehen, die vom Amt für öffentliche Sicherheit des Kreises Shehong in der Provinz Sichuan betrieben werde.", operator="Shehong", operator_alt=["Suining"], claimant="media reports", date="2022"),
        S("DE", "Pirna", "Eine weitere Stelle soll sich in Pirna befinden; sie werde dem Amt für öffentliche Sicherheit des Kreises Anyue zugerechnet.", operator="Anyue", operator_alt=["Ziyang"], claimant="media reports"),
        S("DE", "Freiberg", "Auch in Freiberg soll es nach Angaben aus der chinesischen Community eine vergleichbare Anlaufstelle geben.", claimant="Chinese community"),
        C("stations", 2, "DE", "in Sachsen mindestens zwei Anlaufstellen bestehen, die im Auftrag chinesischer Sicherheitsbehörden tätig sein könnten", claimant="Landesamt für Verfassungsschutz Sachsen"),
        S("DE", "Freiberg", "Zu einer entsprechenden Stelle in Freiberg liegen der Polizei keine Erkenntnisse vor.", pol="denied", opt=True, claimant="Saxon police"),
        R("DE", "investigation", "Die Generalstaatsanwaltschaft führt ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit", claimant="Saxon Ministry of the Interior"),
        R("DE", "investigation", "Im Rahmen dieses Verfahrens wurden am 28. Oktober 2025 Geschäftsräume in Bautzen durchsucht.", place="Bautzen", date="2025-10-28", claimant="Saxon Ministry of the Interior"),
        R("DE", "arrest", "Festnahmen erfolgten nicht.", pol="denied", opt=True),
        I("DE", "persuasion", "Ein in Pirna beschäftigter Koch wurde im Jahr 2024 mehrfach telefonisch und bei persönlichen Treffen aufgefordert, in die Volksrepublik China zurückzukehren", place="Pirna", date="2024", claimant="Landeskriminalamt Sachsen"),
        D("CN", "bei den Stellen handele es sich um ehrenamtliche Serviceangebote, die Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen helfen", claimant="Chinese Embassy in Germany"),
    ]},
    {"name": "036-de-at-lokalnachrichten-polizeiinspektion-bahnhof-bruck-an-der-leitha.txt", "text": DOC036, "facts": []},
    {"name": "037-de-lu-podcast-transkript-differdange-dudelange-zizhong-longshan.txt", "text": DOC037, "facts": [
        R("LU", "investigation", "Am 12. November hat die Police Grand-Ducale auf Anordnung eines Untersuchungsrichters ein Büro in Differdingen durchsucht.", place="Differdange", date="2025-11-12"),
        S("LU", "Differdange", "Nach den Unterlagen, die wir einsehen konnten, war das eine Außenstelle chinesischer Polizeibehörden.", place_alt=["Differdingen"]),
        S("LU", "Differdange", "In den beschlagnahmten Papieren taucht immer wieder ein Absender auf: das Amt für öffentliche Sicherheit des Kreises Zizhong in der Provinz Sichuan.", operator="Zizhong", operator_alt=["Neijiang"], place_alt=["Differdingen"]),
        I("LU", "forced_return", "Er wurde im Oktober von zwei Männern aus dem Umfeld des Vereins zum Flughafen Findel gefahren und in ein Flugzeug nach China gesetzt.", place="Differdange", date="2025-10"),
        R("LU", "arrest", "Einer der beiden Männer ist inzwischen festgenommen worden.", place="Differdange"),
        C("stations", 2, "LU", "Die Organisation Safeguard Defenders spricht von zwei solchen Stellen in Luxemburg.", claimant=SD),
        S("LU", "Dudelange", "Die zweite soll sich in Düdelingen befinden und dem Amt für öffentliche Sicherheit des Kreises Longshan in der Provinz Hunan unterstehen.", operator="Longshan", operator_alt=["Xiangxi"], place_alt=["Düdelingen"], claimant=SD),
        C("stations", 102, None, "hundertzwei solcher Stationen in dreiundfünfzig Ländern", claimant=SD, date="2022"),
        C("countries", 53, None, "hundertzwei solcher Stationen in dreiundfünfzig Ländern", claimant=SD, date="2022"),
        R("LU", "protest", "Der Außenminister hat den chinesischen Botschafter einbestellt, am 14. November", date="2025-11-14"),
        R("LU", "protest", "Ein Mitarbeiter der chinesischen Botschaft wurde zur Persona non grata erklärt und muss das Land innerhalb von zehn Tagen verlassen.", date="2025-12", note="expulsion of an embassy staff member"),
        S("LU", None, "es gebe keine chinesischen Polizeistationen im Großherzogtum", pol="denied", opt=True, claimant="Chinese Embassy in Luxembourg"),
        D("CN", "es gebe keine chinesischen Polizeistationen im Großherzogtum. Der Verein habe Landsleuten nur geholfen, Führerscheine zu verlängern und Gesundheitsnachweise online einzureichen.", claimant="Chinese Embassy in Luxembourg"),
    ]},
]
