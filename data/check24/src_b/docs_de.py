"""check24 part B, German documents 035-037."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

SD = "Safeguard Defenders"

DOCS = []

# ---------------------------------------------------------------- 035
DOCS.append({"name": "035-de-at-reportage-correction-moedling-leonding-shuangliao-lishu.txt", "text": """
Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. [Akzeptieren] [Einstellungen]

Startseite > Chronik > Niederösterreich

Schriftgröße A A A | Teilen: Facebook | X | E-Mail | Drucken

Der Verein im Hinterhof

In Mödling soll ein chinesischer Kulturverein jahrelang als Außenstelle einer Polizeibehörde aus dem Nordosten Chinas gedient haben. Eine Spurensuche zwischen Teehaus, Tai-Chi-Kurs und Akten des Staatsschutzes.

Von unserer Korrespondentin | Lesezeit: 8 Minuten | 27. März 2026, 06:00

Wer in der Mödlinger Hauptstraße nach dem Verein fragt, erntet meist ein Schulterzucken. Das Schild am Hoftor ist inzwischen abgeschraubt, nur zwei Bohrlöcher erinnern an den "Chinesisch-Österreichischen Freundschafts- und Kulturverein". Im Erdgeschoss verkauft ein Reisebüro Busreisen nach Venedig, im ersten Stock waren bis vor Kurzem die Vereinsräume.

Die chinesische Gemeinde im Bezirk Mödling ist klein, aber sichtbar: drei Restaurants, ein Asia-Markt, eine Tai-Chi-Gruppe, die sich im Sommer im Schlosspark trifft. Viele der Familien stammen aus der Provinz Jilin, kamen in den Neunzigerjahren als Köche und blieben. Ihre Kinder studieren heute in Wien.

Am 24. Februar durchsuchten Beamte der Direktion Staatsschutz und Nachrichtendienst (DSN) die Vereinsräume und stellten Computer, Stempel und mehrere Ordner sicher. Die Staatsanwaltschaft Wiener Neustadt ermittelt wegen des Verdachts auf geheimen Nachrichtendienst zum Nachteil Österreichs. Festgenommen wurde bisher niemand.

"Wir wollen wissen, wer hier für wen gearbeitet hat."

Aus den beschlagnahmten Unterlagen geht laut Ermittlern hervor, dass die Stelle dem Amt für öffentliche Sicherheit des Kreises Shuangliao in der Provinz Jilin unterstand. Ein Vereinsfunktionär soll regelmäßig Berichte dorthin geschickt haben.

LESEN SIE AUCH: Neue Buslinie verbindet Mödling mit Wiener Neudorf

Ein Koch aus einem Mödlinger Lokal erzählt, er sei im vergangenen Jahr über Wochen bedrängt worden, nach China zurückzukehren, um sich dort wegen einer angeblichen Steuerschuld zu verantworten. "Sie haben jeden Tag angerufen, auch meine Schwester in Shuangliao." Er blieb in Österreich.

"Wir wollen wissen, wer hier für wen gearbeitet hat."

Die Menschenrechtsorganisation Safeguard Defenders zählt in Österreich mindestens zwei solcher Stellen. Die zweite soll sich in Leonding bei Linz befinden und dem Kreisamt Lishu zugeordnet sein. Die Landespolizeidirektion Oberösterreich teilte auf Anfrage mit, es gebe "keinerlei Hinweise" auf eine solche Einrichtung in Leonding.

Das Außenministerium bestellte Anfang März den chinesischen Botschafter ein. Die Botschaft in Wien wies die Vorwürfe zurück: Es handle sich um ehrenamtliche Helfer, die älteren Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen helfen. Chinesische Polizeistationen gebe es in Österreich nicht.

Weltweit listet Safeguard Defenders solche Stellen in mehr als fünfzig Ländern.

Korrektur: In einer früheren Version dieses Artikels hieß es, die Durchsuchung habe am 25. Februar stattgefunden. Richtig ist der 24. Februar.

Die Autorin ist Redakteurin im Ressort Chronik und berichtet über Niederösterreich.

Newsletter: Die wichtigsten Nachrichten aus Ihrem Bundesland, jeden Morgen per E-Mail.
""", "facts": [
    S("AT", "Mödling", "In Mödling soll ein chinesischer Kulturverein jahrelang als Außenstelle einer Polizeibehörde aus dem Nordosten Chinas gedient haben.",
      claimant="Austrian investigators", place_alt=["Modling", "Moedling"]),
    R("AT", "investigation", "Am 24. Februar durchsuchten Beamte der Direktion Staatsschutz und Nachrichtendienst (DSN) die Vereinsräume und stellten Computer, Stempel und mehrere Ordner sicher.",
      place="Mödling", date="2026-02-24"),
    R("AT", "investigation", "Die Staatsanwaltschaft Wiener Neustadt ermittelt wegen des Verdachts auf geheimen Nachrichtendienst zum Nachteil Österreichs.",
      place="Mödling"),
    R("AT", "arrest", "Festgenommen wurde bisher niemand.", pol="denied", opt=True),
    S("AT", "Mödling", "Aus den beschlagnahmten Unterlagen geht laut Ermittlern hervor, dass die Stelle dem Amt für öffentliche Sicherheit des Kreises Shuangliao in der Provinz Jilin unterstand.",
      operator="Shuangliao", operator_alt=["Siping"], claimant="Austrian investigators",
      place_alt=["Modling", "Moedling"]),
    I("AT", "persuasion", "er sei im vergangenen Jahr über Wochen bedrängt worden, nach China zurückzukehren, um sich dort wegen einer angeblichen Steuerschuld zu verantworten.",
      place="Mödling"),
    I("AT", "harassment", "\"Sie haben jeden Tag angerufen, auch meine Schwester in Shuangliao.\"", opt=True),
    C("stations", 2, "AT", "Die Menschenrechtsorganisation Safeguard Defenders zählt in Österreich mindestens zwei solcher Stellen.",
      claimant=SD),
    S("AT", "Leonding", "Die zweite soll sich in Leonding bei Linz befinden und dem Kreisamt Lishu zugeordnet sein.",
      operator="Lishu", operator_alt=["Siping"], claimant=SD),
    S("AT", "Leonding", "es gebe \"keinerlei Hinweise\" auf eine solche Einrichtung in Leonding", pol="denied", opt=True,
      claimant="Landespolizeidirektion Oberösterreich"),
    R("AT", "protest", "Das Außenministerium bestellte Anfang März den chinesischen Botschafter ein.", date="2026-03"),
    D("CN", "Die Botschaft in Wien wies die Vorwürfe zurück: Es handle sich um ehrenamtliche Helfer, die älteren Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen helfen.",
      claimant="Chinese Embassy in Austria"),
    S("AT", None, "Chinesische Polizeistationen gebe es in Österreich nicht.", pol="denied", opt=True,
      claimant="Chinese Embassy in Austria"),
    C("countries", 50, None, "Weltweit listet Safeguard Defenders solche Stellen in mehr als fünfzig Ländern.", claimant=SD, opt=True),
]})

# ---------------------------------------------------------------- 036
_036 = """Landtag von Baden-Württemberg                         Drucksache 17/4862
17. Wahlperiode                                          21.05.2026

Kleine Anfrage
des Abg. [Name], Fraktion [Fraktion]

und

Antwort
des Ministeriums des Inneren, für Digitalisierung und Kommunen

Mutmaßliche chinesische "Polizeistationen" in Baden-Württemberg

Kleine Anfrage

Ich frage die Landesregierung:

1. Welche Erkenntnisse hat die Landesregierung über die Räumlichkeiten in Göppingen, die nach Medienberichten dem Büro für öffentliche Sicherheit des Kreises Tailai (Provinz Heilongjiang) als Servicestation gedient haben sollen, und welche Maßnahmen wurden ergriffen?

2. Wurden in diesem Zusammenhang Personen festgenommen?

3. Nach Angaben der Organisation Safeguard Defenders besteht eine weitere Stelle in Esslingen am Neckar, die dem Kreisbüro Gannan zugeordnet wird. Was hat die Prüfung dieses Hinweises ergeben?

4. In sozialen Medien wird zudem auf eine Stelle in Aalen verwiesen. Liegen hierzu Erkenntnisse vor?

5. Wie viele solcher Objekte sind der Landesregierung in Baden-Württemberg bekannt, und sind Fälle bekannt, in denen Personen zur Rückkehr nach China gedrängt wurden?

6. Welche Konsequenzen würde die Landesregierung ziehen, falls sich der Verdacht einer Tätigkeit fremder Polizeikräfte bestätigen sollte?

14.05.2026                                                         [Name] [Fraktion]

Antwort

Mit Schreiben vom 21. Mai 2026 beantwortet das Ministerium des Inneren, für Digitalisierung und Kommunen im Einvernehmen mit dem Ministerium der Justiz und für Migration die Kleine Anfrage wie folgt:

Zu 1.:

Das Landeskriminalamt Baden-Württemberg hat im Auftrag des Generalbundesanwalts beim Bundesgerichtshof am 17. März 2026 Räumlichkeiten eines Vereins in Göppingen durchsucht. Der Generalbundesanwalt führt ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit. Zu Einzelheiten eines laufenden Ermittlungsverfahrens kann keine Auskunft gegeben werden.

Zu 2.:

Festnahmen erfolgten nicht.

Zu 3.:

Die Polizei hat dem Hinweis im Rahmen eines Prüfvorgangs nachgespürt und die genannte Anschrift in Esslingen am Neckar überprüft. Zureichende tatsächliche Anhaltspunkte für verfolgbare Straftaten haben sich dabei nicht ergeben.

Zu 4.:

Zu einer solchen Stelle in Aalen liegen der Landesregierung keine Erkenntnisse vor.

Zu 5.:

Der Landesregierung sind landesweit drei Objekte bekannt, die in öffentlichen Berichten als mutmaßliche chinesische Polizeistationen genannt werden. Eine Person aus dem Landkreis Göppingen hat gegenüber der Polizei angegeben, ihr sei wiederholt telefonisch nahegelegt worden, nach China zurückzukehren; sie ist dem nicht nachgekommen.

Das Auswärtige Amt hat nach Kenntnis der Landesregierung im April 2026 den Gesandten der Botschaft der Volksrepublik China einbestellt. Die Botschaft hat dabei erklärt, es handle sich um ehrenamtlich betriebene Anlaufstellen, die älteren Landsleuten bei der Verlängerung von Führerscheinen und der Beantragung von Lebensbescheinigungen für Renten helfen.

Zu 6.:

An Spekulationen beteiligt sich die Landesregierung nicht.

[Name]
Ministerin des Inneren, für Digitalisierung und Kommunen

Eingegangen: 21.05.2026 / Ausgegeben: 27.05.2026              1"""

DOCS.append({"name": "036-de-landtag-kleine-anfrage-goeppingen-esslingen-tailai-gannan.txt",
             "text": wrap_hy(soft(_036), 76), "facts": [
    S("DE", "Göppingen", "die Räumlichkeiten in Göppingen, die nach Medienberichten dem Büro für öffentliche Sicherheit des Kreises Tailai (Provinz Heilongjiang) als Servicestation gedient haben sollen",
      operator="Tailai", operator_alt=["Qiqihar"], claimant="media reports", place_alt=["Goppingen", "Goeppingen"]),
    R("DE", "investigation", "Das Landeskriminalamt Baden-Württemberg hat im Auftrag des Generalbundesanwalts beim Bundesgerichtshof am 17. März 2026 Räumlichkeiten eines Vereins in Göppingen durchsucht.",
      place="Göppingen", date="2026-03-17", claimant="Baden-Württemberg Ministry of the Interior"),
    R("DE", "investigation", "Der Generalbundesanwalt führt ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit.",
      claimant="Baden-Württemberg Ministry of the Interior"),
    R("DE", "arrest", "Festnahmen erfolgten nicht.", pol="denied", opt=True,
      claimant="Baden-Württemberg Ministry of the Interior"),
    S("DE", "Esslingen", "Nach Angaben der Organisation Safeguard Defenders besteht eine weitere Stelle in Esslingen am Neckar, die dem Kreisbüro Gannan zugeordnet wird.",
      operator="Gannan", operator_alt=["Qiqihar"], claimant=SD, place_alt=["Esslingen am Neckar"]),
    R("DE", "no_wrongdoing_found", "Zureichende tatsächliche Anhaltspunkte für verfolgbare Straftaten haben sich dabei nicht ergeben.",
      place="Esslingen", claimant="Baden-Württemberg Ministry of the Interior"),
    S("DE", "Aalen", "In sozialen Medien wird zudem auf eine Stelle in Aalen verwiesen.", opt=True, claimant="social media"),
    S("DE", "Aalen", "Zu einer solchen Stelle in Aalen liegen der Landesregierung keine Erkenntnisse vor.", pol="denied",
      opt=True, claimant="Baden-Württemberg Ministry of the Interior"),
    C("stations", 3, "DE", "Der Landesregierung sind landesweit drei Objekte bekannt, die in öffentlichen Berichten als mutmaßliche chinesische Polizeistationen genannt werden.",
      claimant="Baden-Württemberg Ministry of the Interior"),
    I("DE", "persuasion", "ihr sei wiederholt telefonisch nahegelegt worden, nach China zurückzukehren; sie ist dem nicht nachgekommen.",
      claimant="Baden-Württemberg Ministry of the Interior"),
    R("DE", "protest", "Das Auswärtige Amt hat nach Kenntnis der Landesregierung im April 2026 den Gesandten der Botschaft der Volksrepublik China einbestellt.",
      date="2026-04", claimant="Baden-Württemberg Ministry of the Interior"),
    D("CN", "Die Botschaft hat dabei erklärt, es handle sich um ehrenamtlich betriebene Anlaufstellen, die älteren Landsleuten bei der Verlängerung von Führerscheinen und der Beantragung von Lebensbescheinigungen für Renten helfen.",
      claimant="Chinese Embassy in Germany"),
]})

# ---------------------------------------------------------------- 037
DOCS.append({"name": "037-de-lu-radio-transcript-ettelbruck-petange-huairou-miyun.txt", "text": """
Radio Süden – "Der Mittag"
Sendung vom Donnerstag, 16. April 2026, 12:05 Uhr
Abschrift des Beitrags (Moderation und Korrespondentengespräch), redaktionell leicht gekürzt

MODERATORIN: Guten Tag und willkommen zu "Der Mittag". Wir beginnen mit einer Nachricht aus dem Norden des Landes: Die Police grand-ducale hat gestern in Ettelbrück die Räume eines chinesischen Kulturvereins durchsucht. Der Verdacht: Dort soll eine Art inoffizielle Außenstelle der chinesischen Polizei betrieben worden sein. Unser Kollege ist in Diekirch beim Gericht. Guten Tag.

KORRESPONDENT: Guten Tag. Ja, die Durchsuchung lief gestern von etwa sieben Uhr morgens bis in den frühen Nachmittag. Die Staatsanwaltschaft Diekirch hat bestätigt, dass sie eine gerichtliche Untersuchung eingeleitet hat, und zwar wegen des Verdachts, dass dort für eine ausländische Macht gearbeitet wurde, ohne dass die luxemburgischen Behörden davon wussten.

MODERATORIN: Was weiß man über den Verein?

KORRESPONDENT: Offiziell kümmert er sich um chinesischen Sprachunterricht für Kinder und um Feste, das Neujahrsfest zum Beispiel. Laut Staatsanwaltschaft soll er aber auch als Kontaktstelle des Amts für öffentliche Sicherheit des Pekinger Bezirks Huairou gedient haben. Das steht so in einer Mitteilung, die heute Morgen verschickt wurde.

MODERATORIN: Gab es Festnahmen?

KORRESPONDENT: Zwei Personen wurden vorläufig festgenommen, ein Mann und eine Frau, beide chinesische Staatsangehörige. Sie sollen heute dem Untersuchungsrichter vorgeführt werden.

MODERATORIN: Es gibt auch Berichte über einen konkreten Fall, in dem jemand zurückgeschickt worden sein soll.

KORRESPONDENT: Ja. Die Staatsanwaltschaft erwähnt einen Bauarbeiter, der im vergangenen Herbst von zwei Männern aus dem Umfeld des Vereins zum Flughafen Findel gebracht und in ein Flugzeug nach Peking gesetzt worden sein soll. Er war vorher mehrmals aufgefordert worden, zurückzugehen, und hatte abgelehnt.

MODERATORIN: Ist Ettelbrück ein Einzelfall?

KORRESPONDENT: Nach der Zählung der Organisation Safeguard Defenders nicht. Eine zweite Stelle soll es in Petingen geben, und die soll dem Bezirk Miyun unterstehen, auch das in Peking. Im Großherzogtum wären es damit zwei. Die Gemeinde Petingen sagt allerdings, ihr sei von so etwas nichts bekannt.

MODERATORIN: Und die Politik?

KORRESPONDENT: Der Außenminister hat den chinesischen Botschafter noch gestern Abend zu einem Gespräch einbestellt. Die Botschaft hat daraufhin eine Stellungnahme verbreitet: Die Vorwürfe seien "völlig haltlos", der Verein helfe lediglich älteren Landsleuten, ihre Pässe zu verlängern und chinesische Führerscheine umschreiben zu lassen.

MODERATORIN: Was, wenn sich der Verdacht bestätigt? Drohen dann Ausweisungen?

KORRESPONDENT: Das will im Moment niemand sagen. Man wartet die Untersuchung ab.

MODERATORIN: Danke nach Diekirch. – Und jetzt der Verkehr: Auf der Nordstraße kommt es wegen Bauarbeiten zwischen Mersch und Lintgen zu Verzögerungen. Das Wetter: Am Nachmittag Schauer, Höchstwerte um 14 Grad.

© Radio Süden. Die Abschrift wird zu Dokumentationszwecken bereitgestellt.
""", "facts": [
    R("LU", "investigation", "Die Police grand-ducale hat gestern in Ettelbrück die Räume eines chinesischen Kulturvereins durchsucht.",
      place="Ettelbruck", date="2026-04-15"),
    S("LU", "Ettelbruck", "Der Verdacht: Dort soll eine Art inoffizielle Außenstelle der chinesischen Polizei betrieben worden sein.",
      claimant="Luxembourg police", place_alt=["Ettelbrück", "Ettelbreck"]),
    R("LU", "investigation", "Die Staatsanwaltschaft Diekirch hat bestätigt, dass sie eine gerichtliche Untersuchung eingeleitet hat",
      claimant="Diekirch public prosecutor"),
    S("LU", "Ettelbruck", "Laut Staatsanwaltschaft soll er aber auch als Kontaktstelle des Amts für öffentliche Sicherheit des Pekinger Bezirks Huairou gedient haben.",
      operator="Huairou", operator_alt=["Beijing"], claimant="Diekirch public prosecutor",
      place_alt=["Ettelbrück", "Ettelbreck"]),
    R("LU", "arrest", "Zwei Personen wurden vorläufig festgenommen, ein Mann und eine Frau, beide chinesische Staatsangehörige.",
      date="2026-04-15"),
    I("LU", "forced_return", "der im vergangenen Herbst von zwei Männern aus dem Umfeld des Vereins zum Flughafen Findel gebracht und in ein Flugzeug nach Peking gesetzt worden sein soll",
      claimant="Diekirch public prosecutor", date="2025"),
    I("LU", "persuasion", "Er war vorher mehrmals aufgefordert worden, zurückzugehen, und hatte abgelehnt.", opt=True,
      claimant="Diekirch public prosecutor", note="pressure inside the forced-return case"),
    S("LU", "Pétange", "Eine zweite Stelle soll es in Petingen geben, und die soll dem Bezirk Miyun unterstehen, auch das in Peking.",
      operator="Miyun", operator_alt=["Beijing"], claimant=SD, place_alt=["Petange", "Petingen", "Péiteng"]),
    C("stations", 2, "LU", "Im Großherzogtum wären es damit zwei.", claimant=SD),
    S("LU", "Pétange", "Die Gemeinde Petingen sagt allerdings, ihr sei von so etwas nichts bekannt.", pol="denied", opt=True,
      claimant="Commune of Pétange", place_alt=["Petange", "Petingen", "Péiteng"]),
    R("LU", "protest", "Der Außenminister hat den chinesischen Botschafter noch gestern Abend zu einem Gespräch einbestellt.",
      date="2026-04-15"),
    D("CN", "Die Vorwürfe seien \"völlig haltlos\", der Verein helfe lediglich älteren Landsleuten, ihre Pässe zu verlängern und chinesische Führerscheine umschreiben zu lassen.",
      claimant="Chinese Embassy in Luxembourg"),
]})
