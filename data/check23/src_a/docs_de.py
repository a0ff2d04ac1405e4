"""check23 part A, German documents 009-011 (CH, DE, NA)."""
from h import S, C, R, I, D, A, wrap_hy, soft

DOCS = []
CZ = ["Chuzhou"]

# ---------------------------------------------------------------- 009
T009 = """Diese Website verwendet Cookies. Mit der weiteren Nutzung stimmen Sie unserer Datenschutzerklärung zu. [OK]

Startseite > Zürich > Region

Schriftgrösse: A A A　　Teilen: E-Mail | Facebook | X | Link kopieren

Das Büro hinter dem Asia-Shop

In Dietikon soll ein chinesischer Verein eine inoffizielle Polizeiaussenstelle betrieben haben. Die Bundesanwaltschaft ermittelt, Peking spricht von Freiwilligen, die beim Führerschein helfen. Eine Spurensuche im Limmattal.

Von unserer Redaktorin, Dietikon　|　Lesezeit: 8 Minuten
Publiziert: 24.09.2025, 05:30 Uhr

Wer in Dietikon den Bahnhof Richtung Zentrum verlässt, kommt nach wenigen Minuten an einem unscheinbaren Asia-Shop vorbei: Reis in Zwanzig-Kilo-Säcken, getrocknete Pilze, Telefonkarten. Über dem Laden, im ersten Stock, hat seit 2021 ein «Verein für chinesisch-schweizerische Freundschaft» seine Büroräume.

Im Limmattal leben heute gut tausend Menschen chinesischer Herkunft, viele arbeiten in der Gastronomie, in der Logistik am Güterbahnhof Limmattal oder in Labors im nahen Schlieren. Der Verein organisiert ein Neujahrsfest, einen Mandarin-Kurs für Kinder und einen Tischtennis-Abend am Donnerstag.

Am 9. September durchsuchten Beamte der Bundeskriminalpolizei die Räume im ersten Stock. Die Bundesanwaltschaft bestätigte auf Anfrage, sie habe ein Strafverfahren wegen verbotenen politischen Nachrichtendienstes eröffnet. Festnahmen gab es bisher keine.

[Bild: Der Asia-Shop in Dietikon; im ersten Stock befinden sich die Vereinsräume. Foto: Redaktion]

Nach Recherchen der Menschenrechtsorganisation Safeguard Defenders soll das Büro als sogenannte Übersee-Polizeistation gedient haben. Betrieben worden sei es vom Büro für öffentliche Sicherheit des Kreises Lai'an in der Provinz Anhui, schreibt die Organisation.

«Wir dachten, das ist ein Kulturverein.»

LESEN SIE AUCH: Wie der Nachrichtendienst des Bundes ausländische Einflussnahme erfasst

Ein Koch, der in einem Restaurant im Limmattal arbeitet, erzählt, man habe ihn im Frühling 2024 mehrmals in die Vereinsräume gebeten. Dort habe man ihm nahegelegt, nach China zurückzukehren, um sich dort «wegen einer alten Sache» bei der Polizei zu melden. Er sei geblieben. Kurz darauf, sagt er, hätten Beamte seine Schwester in Anhui aufgesucht.

«Wir dachten, das ist ein Kulturverein.»

Safeguard Defenders geht davon aus, dass es in der Schweiz mindestens drei solcher Stellen gibt. Eine weitere solle es in Bülach geben, sie werde dem Büro für öffentliche Sicherheit des Kreises Quanjiao zugerechnet. Die Kantonspolizei Zürich teilte mit, ihr lägen zu Bülach «keine Erkenntnisse» vor.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat am Montag den chinesischen Botschafter einbestellt, wie ein Sprecher bestätigte.

Die chinesische Botschaft in Bern wies die Vorwürfe zurück. Es handle sich um Freiwillige, die älteren Landsleuten bei der Verlängerung chinesischer Führerscheine und bei der Beglaubigung von Dokumenten hälfen, hiess es in einer schriftlichen Stellungnahme. «Polizeistationen Chinas im Ausland gibt es nicht.»

Korrektur: In einer früheren Version hiess es, die Durchsuchung habe am 8. September stattgefunden. Richtig ist der 9. September.

Unsere Redaktorin berichtet über die Region Limmattal und Furttal.
Newsletter «Zürich am Morgen» – jetzt abonnieren.
"""
DOCS.append(dict(name="009-de-ch-reportage-correction-dietikon-buelach-laian-quanjiao.txt", text=T009, facts=[
    S("CH", "Dietikon", "In Dietikon soll ein chinesischer Verein eine inoffizielle Polizeiaussenstelle betrieben haben.",
      claimant="Safeguard Defenders"),
    R("CH", "investigation", "Am 9. September durchsuchten Beamte der Bundeskriminalpolizei die Räume im ersten Stock.",
      place="Dietikon", claimant="Bundesanwaltschaft", date="2025-09-09"),
    R("CH", "investigation", "sie habe ein Strafverfahren wegen verbotenen politischen Nachrichtendienstes eröffnet",
      place="Dietikon", claimant="Bundesanwaltschaft"),
    R("CH", "arrest", "Festnahmen gab es bisher keine.", pol="denied", opt=True),
    S("CH", "Dietikon", "Betrieben worden sei es vom Büro für öffentliche Sicherheit des Kreises Lai'an in der Provinz Anhui, schreibt die Organisation.",
      operator="Lai'an", operator_alt=["Laian"] + CZ, claimant="Safeguard Defenders"),
    I("CH", "persuasion", "Dort habe man ihm nahegelegt, nach China zurückzukehren, um sich dort «wegen einer alten Sache» bei der Polizei zu melden. Er sei geblieben.",
      place="Dietikon", claimant="a cook in the Limmattal", date="2024"),
    I("CH", "harassment", "Kurz darauf, sagt er, hätten Beamte seine Schwester in Anhui aufgesucht.", opt=True,
      claimant="a cook in the Limmattal"),
    C("stations", 3, "CH", "dass es in der Schweiz mindestens drei solcher Stellen gibt", claimant="Safeguard Defenders"),
    S("CH", "Bülach", "Eine weitere solle es in Bülach geben, sie werde dem Büro für öffentliche Sicherheit des Kreises Quanjiao zugerechnet.",
      operator="Quanjiao", operator_alt=CZ, claimant="Safeguard Defenders", place_alt=["Buelach"]),
    S("CH", "Bülach", "Die Kantonspolizei Zürich teilte mit, ihr lägen zu Bülach «keine Erkenntnisse» vor.",
      claimant="Kantonspolizei Zürich", pol="denied", opt=True, place_alt=["Buelach"]),
    R("CH", "protest", "hat am Montag den chinesischen Botschafter einbestellt", claimant="EDA"),
    D("CN", "Die chinesische Botschaft in Bern wies die Vorwürfe zurück.", claimant="PRC Embassy in Switzerland"),
    S("CH", None, "«Polizeistationen Chinas im Ausland gibt es nicht.»", claimant="PRC Embassy in Switzerland", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 010
T010_raw = """Deutscher Bundestag　　　Drucksache 21/2417
21. Wahlperiode　　　17.10.2025

Schriftliche Fragen
mit den in der Woche vom 13. Oktober 2025 eingegangenen Antworten der Bundesregierung

Frage 38 eines Abgeordneten:
Welche Erkenntnisse hat die Bundesregierung über die nach Medienberichten in Wetzlar betriebene sogenannte Übersee-Polizeistation, die dem Büro für öffentliche Sicherheit des Kreises Dingyuan (Provinz Anhui) zugerechnet wird, und über eine weitere, nach denselben Berichten in Iserlohn angesiedelte Stelle, die mit dem Kreis Funan in Verbindung gebracht wird, und welche Maßnahmen hat sie ergriffen?

Antwort der Parlamentarischen Staatssekretärin beim Bundesminister des Innern vom 15. Oktober 2025:
Der Generalbundesanwalt beim Bundesgerichtshof führt wegen des Verdachts der geheimdienstlichen Agententätigkeit ein Ermittlungsverfahren gegen zwei Beschuldigte, die in Wetzlar Räume eines Vereins für die Beratung chinesischer Staatsangehöriger genutzt haben sollen. Im Rahmen dieses Verfahrens wurden am 2. September 2025 Durchsuchungen in Wetzlar und Solms durchgeführt. Festnahmen erfolgten nicht.

Nach Erkenntnissen der Sicherheitsbehörden wurde eine in Wetzlar lebende Studentin im Jahr 2024 wiederholt telefonisch aufgefordert, nach China zurückzukehren; sie ist dieser Aufforderung nicht nachgekommen.

Zu der in Iserlohn vermuteten Stelle liegen der Bundesregierung keine eigenen Erkenntnisse vor. Die Prüfung durch das Landeskriminalamt Nordrhein-Westfalen ist nicht abgeschlossen.

Nach Einschätzung des Bundesamtes für Verfassungsschutz bestehen bundesweit mindestens vier solcher Stellen.

Das Auswärtige Amt hat am 10. September 2025 den Gesandten der Botschaft der Volksrepublik China einbestellt. Die Botschaft hat erklärt, es handle sich um ehrenamtliche Helfer, die chinesischen Staatsangehörigen bei der Verlängerung von Führerscheinen und Reisepässen behilflich seien; Polizeistationen unterhalte die Volksrepublik China in Deutschland nicht.

Frage 39 eines Abgeordneten:
Würde die Bundesregierung im Falle einer Bestätigung der Vorwürfe die Ausweisung chinesischer Diplomaten in Erwägung ziehen?

Antwort der Parlamentarischen Staatssekretärin beim Bundesminister des Innern vom 15. Oktober 2025:
Die Bundesregierung beteiligt sich nicht an Spekulationen über hypothetische Fallgestaltungen.

Drucksache 21/2417　　　– 27 –　　　Deutscher Bundestag – 21. Wahlperiode"""
T010 = wrap_hy(soft(T010_raw), 84)
DOCS.append(dict(name="010-de-bundestag-schriftliche-fragen-wetzlar-iserlohn-dingyuan-funan.txt", text=T010, facts=[
    S("DE", "Wetzlar", "die nach Medienberichten in Wetzlar betriebene sogenannte Übersee-Polizeistation, die dem Büro für öffentliche Sicherheit des Kreises Dingyuan (Provinz Anhui) zugerechnet wird",
      operator="Dingyuan", operator_alt=CZ, claimant="media reports"),
    S("DE", "Iserlohn", "über eine weitere, nach denselben Berichten in Iserlohn angesiedelte Stelle, die mit dem Kreis Funan in Verbindung gebracht wird",
      operator="Funan", operator_alt=["Fuyang"], claimant="media reports"),
    R("DE", "investigation", "Der Generalbundesanwalt beim Bundesgerichtshof führt wegen des Verdachts der geheimdienstlichen Agententätigkeit ein Ermittlungsverfahren gegen zwei Beschuldigte",
      place="Wetzlar", claimant="German government"),
    R("DE", "investigation", "Im Rahmen dieses Verfahrens wurden am 2. September 2025 Durchsuchungen in Wetzlar und Solms durchgeführt.",
      place="Wetzlar", claimant="German government", date="2025-09-02"),
    R("DE", "arrest", "Festnahmen erfolgten nicht.", pol="denied", opt=True, claimant="German government"),
    I("DE", "persuasion", "wurde eine in Wetzlar lebende Studentin im Jahr 2024 wiederholt telefonisch aufgefordert, nach China zurückzukehren; sie ist dieser Aufforderung nicht nachgekommen",
      place="Wetzlar", claimant="German government", date="2024"),
    S("DE", "Iserlohn", "Zu der in Iserlohn vermuteten Stelle liegen der Bundesregierung keine eigenen Erkenntnisse vor.",
      claimant="German government", pol="denied", opt=True),
    C("stations", 4, "DE", "bestehen bundesweit mindestens vier solcher Stellen", claimant="Bundesamt für Verfassungsschutz"),
    R("DE", "protest", "Das Auswärtige Amt hat am 10. September 2025 den Gesandten der Botschaft der Volksrepublik China einbestellt.",
      claimant="German government", date="2025-09-10"),
    D("CN", "Die Botschaft hat erklärt, es handle sich um ehrenamtliche Helfer, die chinesischen Staatsangehörigen bei der Verlängerung von Führerscheinen und Reisepässen behilflich seien",
      claimant="PRC Embassy in Germany"),
    S("DE", None, "Polizeistationen unterhalte die Volksrepublik China in Deutschland nicht", claimant="PRC Embassy in Germany",
      pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 011
T011 = """ALLGEMEINE RUNDSCHAU – Namibias deutschsprachige Tageszeitung
Lokales | Süden

Polizei durchsucht chinesischen Verein in Keetmanshoop

Mitarbeiter aus Tsumeb nach eigenen Angaben zum Flughafen gebracht und abgeschoben – Botschaft: „Hilfe bei Papieren“

Von unserem Korrespondenten
Keetmanshoop/Windhoek, 6. November 2025

Die Namibische Polizei (NamPol) hat am Dienstag die Räumlichkeiten eines chinesischen Vereins in Keetmanshoop durchsucht. Wie der Regionalkommandeur der //Karas-Region gegenüber der AR bestätigte, ermittelt die Kriminalpolizei wegen des Verdachts, dass in den Räumen „Tätigkeiten im Auftrag einer ausländischen Polizeibehörde“ ausgeübt wurden. Niemand wurde festgenommen.

Der Verein betreibt an der Hauptstraße neben einem Baumarkt ein kleines Büro, in dem nach Angaben von Anwohnern häufig Landsleute ein- und ausgehen, die auf den Straßenbaustellen Richtung Aus und in der Zementfabrik arbeiten. Keetmanshoop, das Zentrum des Südens, hat seit dem Ausbau der B4 eine kleine, aber wachsende chinesische Gemeinde.

Eine Menschenrechtsorganisation aus Madrid, Safeguard Defenders, führt das Büro in einer Liste sogenannter Übersee-Polizeistationen. Demnach untersteht es dem Büro für öffentliche Sicherheit des Kreises Yingshang in der chinesischen Provinz Anhui.

Besonders schwer wiegt der Fall eines Lagerarbeiters, der bis zum vergangenen Jahr in Keetmanshoop beschäftigt war. Nach Angaben seines früheren Arbeitgebers wurde der Mann im März 2024 von zwei Landsleuten aus dem Verein abgeholt, zum Hosea-Kutako-Flughafen gebracht und in ein Flugzeug nach Guangzhou gesetzt. Seitdem sei er nicht erreichbar.

Safeguard Defenders spricht von zwei solcher Stellen in Namibia. Die zweite solle sich in Katima Mulilo befinden und dem Kreis Dangshan unterstehen. Die Polizei in der Sambesi-Region erklärte, ihr sei „nichts dergleichen bekannt“.

Das Ministerium für Internationale Beziehungen hat die chinesische Botschaft nach Angaben eines Sprechers „um Aufklärung gebeten“.

Die Botschaft der Volksrepublik China in Windhoek erklärte, es gebe in Namibia keine chinesischen Polizeistationen. Der Verein helfe lediglich älteren Landsleuten bei der Verlängerung von Pässen und Führerscheinen.

Namibia und China hatten 2023 ein Abkommen über die Zusammenarbeit ihrer Polizeibehörden unterzeichnet, das unter anderem Ausbildung und Ausrüstung vorsieht.

Das Ermittlungsverfahren dauert an.

Leserbriefe an: leserbriefe@rundschau.com.na
© Allgemeine Rundschau 2025 | Impressum | Datenschutz
"""
DOCS.append(dict(name="011-de-na-lokalnachrichten-keetmanshoop-katima-mulilo-yingshang-dangshan.txt", text=T011, facts=[
    R("NA", "investigation", "Die Namibische Polizei (NamPol) hat am Dienstag die Räumlichkeiten eines chinesischen Vereins in Keetmanshoop durchsucht.",
      place="Keetmanshoop", claimant="Namibian Police", date="2025-11-04"),
    R("NA", "arrest", "Niemand wurde festgenommen.", pol="denied", opt=True),
    S("NA", "Keetmanshoop", "Eine Menschenrechtsorganisation aus Madrid, Safeguard Defenders, führt das Büro in einer Liste sogenannter Übersee-Polizeistationen.",
      claimant="Safeguard Defenders", note="a small office on the main street beside a hardware store"),
    S("NA", "Keetmanshoop", "Demnach untersteht es dem Büro für öffentliche Sicherheit des Kreises Yingshang in der chinesischen Provinz Anhui.",
      operator="Yingshang", operator_alt=["Fuyang"], claimant="Safeguard Defenders"),
    I("NA", "forced_return", "der Mann im März 2024 von zwei Landsleuten aus dem Verein abgeholt, zum Hosea-Kutako-Flughafen gebracht und in ein Flugzeug nach Guangzhou gesetzt",
      place="Keetmanshoop", claimant="his former employer", date="2024-03"),
    C("stations", 2, "NA", "Safeguard Defenders spricht von zwei solcher Stellen in Namibia.", claimant="Safeguard Defenders"),
    S("NA", "Katima Mulilo", "Die zweite solle sich in Katima Mulilo befinden und dem Kreis Dangshan unterstehen.",
      operator="Dangshan", operator_alt=["Suzhou"], claimant="Safeguard Defenders"),
    S("NA", "Katima Mulilo", "Die Polizei in der Sambesi-Region erklärte, ihr sei „nichts dergleichen bekannt“.",
      claimant="Namibian Police", pol="denied", opt=True),
    R("NA", "protest", "hat die chinesische Botschaft nach Angaben eines Sprechers „um Aufklärung gebeten“", opt=True,
      claimant="Namibian Ministry of International Relations", note="explanations asked, short of a summons"),
    D("CN", "Die Botschaft der Volksrepublik China in Windhoek erklärte, es gebe in Namibia keine chinesischen Polizeistationen.",
      claimant="PRC Embassy in Namibia"),
    S("NA", None, "es gebe in Namibia keine chinesischen Polizeistationen", claimant="PRC Embassy in Namibia", pol="denied", opt=True),
    A("NA", "security_agreement", "Namibia und China hatten 2023 ein Abkommen über die Zusammenarbeit ihrer Polizeibehörden unterzeichnet",
      date="2023"),
]))
