"""check25 part B, German documents 035-037 (held-out: do not tune on them)."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 035
DOCS.append({
    "name": "035-de-ch-agenturmeldung-korrektur-wettingen-zofingen-weishi-minquan.txt",
    "text": """Startseite > Schweiz > Aargau

Schrift: A A A　　Teilen: E-Mail | X | WhatsApp

Mutmassliche chinesische «Polizeistation» in Wettingen durchsucht

Bern/Wettingen (sda) – Das Bundesamt für Polizei (fedpol) hat im Auftrag der Bundesanwaltschaft Räumlichkeiten eines chinesischen Kulturvereins in Wettingen AG durchsucht. Die Bundesanwaltschaft bestätigte am Mittwoch, dass sie ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat eröffnet habe.

Lesezeit: 4 Minuten

Festnahmen gab es keine, wie eine Sprecherin der Bundesanwaltschaft auf Anfrage sagte.

In den Vereinsräumen an der Landstrasse soll nach Angaben der Menschenrechtsorganisation Safeguard Defenders eine inoffizielle «Polizeistation» der Volksrepublik untergebracht gewesen sein. Die Organisation mit Sitz in Madrid hatte im vergangenen Herbst einen Bericht veröffentlicht, der weltweit hundertzwei solcher Stellen in dreiundfünfzig Ländern aufführt.

Wettingen zählt rund 21'000 Einwohnerinnen und Einwohner und liegt an der Limmat unmittelbar neben Baden. Der Kulturverein wurde 2014 gegründet; er organisiert nach eigenen Angaben Sprachkurse für Kinder, ein Neujahrsfest und Ausflüge. Nachbarn sagten, am Wochenende seien oft Familien mit Kindern gekommen.

«Wir helfen Landsleuten beim Umtausch des Führerscheins, mehr nicht.»

Aus beschlagnahmten Unterlagen geht laut der Bundesanwaltschaft hervor, dass die Anlaufstelle dem Büro für öffentliche Sicherheit des Kreises Weishi in der Stadt Kaifeng (Provinz Henan) unterstand.

LESEN SIE AUCH: Nachrichtendienst warnt vor Einflussnahme auf Diaspora

Ein Koch, der in einem Restaurant in Baden arbeitet, schilderte, man habe ihn im Frühjahr mehrmals am Telefon gedrängt, nach China zurückzukehren und sich dort «zu erklären». Er reiste schliesslich für drei Wochen zurück, wurde befragt und kehrte danach in die Schweiz zurück.

In der Schweiz gibt es laut dem Bericht mindestens drei solcher Stellen. Eine weitere soll sich in Zofingen befinden und dem Kreis Minquan der Stadt Shangqiu zugeordnet sein. Die Kantonspolizei Aargau teilte mit, sie habe dazu keinerlei Hinweise.

In sozialen Netzwerken wurde zudem Volketswil genannt; belegt ist das nicht.

«Wir helfen Landsleuten beim Umtausch des Führerscheins, mehr nicht.» Das sagte ein Vorstandsmitglied des Vereins.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) bestellte den chinesischen Botschafter ein.

Die chinesische Botschaft in Bern wies die Vorwürfe als «völlig haltlos» zurück. Es gebe in der Schweiz keine chinesischen Polizeistationen; Freiwillige unterstützten ältere Landsleute bei der Verlängerung von Pässen und Führerscheinen.

Korrektur: In einer früheren Version hiess es, die Durchsuchung habe am Montag stattgefunden. Richtig ist Dienstag.

Newsletter abonnieren | Diese Website verwendet Cookies. Mehr erfahren
""",
    "facts": [
        R("CH", "investigation", "Das Bundesamt für Polizei (fedpol) hat im Auftrag der Bundesanwaltschaft Räumlichkeiten eines chinesischen Kulturvereins in Wettingen AG durchsucht.",
          place="Wettingen"),
        R("CH", "investigation", "Die Bundesanwaltschaft bestätigte am Mittwoch, dass sie ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat eröffnet habe.",
          claimant="Bundesanwaltschaft"),
        R("CH", "arrest", "Festnahmen gab es keine", pol="denied", opt=True, claimant="Bundesanwaltschaft"),
        S("CH", "Wettingen", "In den Vereinsräumen an der Landstrasse soll nach Angaben der Menschenrechtsorganisation Safeguard Defenders eine inoffizielle «Polizeistation» der Volksrepublik untergebracht gewesen sein.",
          claimant="Safeguard Defenders"),
        C("stations", 102, None, "der weltweit hundertzwei solcher Stellen in dreiundfünfzig Ländern aufführt", claimant="Safeguard Defenders"),
        C("countries", 53, None, "der weltweit hundertzwei solcher Stellen in dreiundfünfzig Ländern aufführt", claimant="Safeguard Defenders"),
        S("CH", "Wettingen", "Aus beschlagnahmten Unterlagen geht laut der Bundesanwaltschaft hervor, dass die Anlaufstelle dem Büro für öffentliche Sicherheit des Kreises Weishi in der Stadt Kaifeng (Provinz Henan) unterstand.",
          operator="Weishi", operator_alt=["Kaifeng"], claimant="Bundesanwaltschaft"),
        I("CH", "persuasion", "man habe ihn im Frühjahr mehrmals am Telefon gedrängt, nach China zurückzukehren und sich dort «zu erklären». Er reiste schliesslich für drei Wochen zurück, wurde befragt und kehrte danach in die Schweiz zurück.",
          place="Baden"),
        C("stations", 3, "CH", "In der Schweiz gibt es laut dem Bericht mindestens drei solcher Stellen.", claimant="Safeguard Defenders"),
        S("CH", "Zofingen", "Eine weitere soll sich in Zofingen befinden und dem Kreis Minquan der Stadt Shangqiu zugeordnet sein.",
          operator="Minquan", operator_alt=["Shangqiu"], claimant="Safeguard Defenders"),
        S("CH", "Zofingen", "Die Kantonspolizei Aargau teilte mit, sie habe dazu keinerlei Hinweise.", pol="denied", opt=True,
          claimant="Kantonspolizei Aargau"),
        S("CH", "Volketswil", "In sozialen Netzwerken wurde zudem Volketswil genannt; belegt ist das nicht.", opt=True,
          claimant="social media"),
        R("CH", "protest", "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) bestellte den chinesischen Botschafter ein."),
        D("CN", "Die chinesische Botschaft in Bern wies die Vorwürfe als «völlig haltlos» zurück.",
          claimant="Chinese Embassy in Switzerland"),
        S("CH", None, "Es gebe in der Schweiz keine chinesischen Polizeistationen;", pol="denied", opt=True,
          claimant="Chinese Embassy in Switzerland"),
    ],
})

# ---------------------------------------------------------------- 036
_t036 = unwrap(soft("""Deutscher Bundestag                                    Drucksache 21/1432
21. Wahlperiode                                              04.04.2025

Schriftliche Fragen
mit den in der Woche vom 31. März 2025 eingegangenen Antworten der Bundesregierung

Frage 27 eines Abgeordneten (Nordrhein-Westfalen):

Welche Erkenntnisse hat die Bundesregierung über die nach Presseberichten in einem Ladenlokal in der Oberhausener Innenstadt betriebene chinesische «Polizeistation», die dem Büro für öffentliche Sicherheit des Kreises Ningling (Stadt Shangqiu) zugeordnet wird, und über eine weitere Stelle in Solingen, die dem Kreis Zhecheng derselben Stadt unterstehen soll?

Antwort des Parlamentarischen Staatssekretärs beim Bundesminister des Innern vom 2. April 2025:

Der Generalbundesanwalt beim Bundesgerichtshof führt wegen des Verdachts der geheimdienstlichen Agententätigkeit ein Ermittlungsverfahren, in dessen Rahmen die Räumlichkeiten in Oberhausen im Februar 2025 durchsucht wurden. Festnahmen erfolgten nicht. Zu Einzelheiten des laufenden Verfahrens kann die Bundesregierung keine Auskunft erteilen.

Hinsichtlich der in Solingen genannten Adresse hat das Landeskriminalamt Nordrhein-Westfalen einen Prüfvorgang angelegt. Zureichende tatsächliche Anhaltspunkte für verfolgbare Straftaten haben sich dabei nicht ergeben.

Nach Kenntnis der Bundesregierung sind in Deutschland bislang mindestens sechs derartige Anlaufstellen bekannt geworden, von denen keine mehr in Betrieb ist.

Dem Bundesamt für Verfassungsschutz ist ein Fall bekannt, in dem eine in Oberhausen lebende Person über Verwandte in Shangqiu aufgefordert wurde, nach China zurückzukehren; die Person ist dem nicht nachgekommen.

Eine in sozialen Medien verbreitete Behauptung, auch in Remscheid bestehe eine solche Stelle, konnte nicht bestätigt werden; den Sicherheitsbehörden liegen dazu keine Erkenntnisse vor.

Das Auswärtige Amt hat am 12. Februar 2025 den Gesandten der Botschaft der Volksrepublik China einbestellt.

Die Botschaft der Volksrepublik China hat gegenüber dem Auswärtigen Amt erklärt, es handle sich um ehrenamtliche Hilfsangebote für ältere Landsleute, etwa bei der Verlängerung von Führerscheinen und der Ausstellung von Lebensbescheinigungen.

Frage 28 eines Abgeordneten (Nordrhein-Westfalen):

Wird die Bundesregierung diplomatisches Personal ausweisen, falls sich die Vorwürfe gegen die Oberhausener Stelle bestätigen?

Antwort: Die Bundesregierung beteiligt sich nicht an Spekulationen über hypothetische Fallgestaltungen.

Herstellung: Bundesanzeiger Verlag, Köln                                 Seite 19
"""))

DOCS.append({
    "name": "036-de-bundestag-schriftliche-frage-oberhausen-solingen-ningling-zhecheng.txt",
    "text": wrap_hy(_t036, 68),
    "facts": [
        S("DE", "Oberhausen", "die nach Presseberichten in einem Ladenlokal in der Oberhausener Innenstadt betriebene chinesische «Polizeistation», die dem Büro für öffentliche Sicherheit des Kreises Ningling (Stadt Shangqiu) zugeordnet wird,",
          operator="Ningling", operator_alt=["Shangqiu"], claimant="press reports"),
        S("DE", "Solingen", "über eine weitere Stelle in Solingen, die dem Kreis Zhecheng derselben Stadt unterstehen soll?",
          operator="Zhecheng", operator_alt=["Shangqiu"], claimant="press reports"),
        R("DE", "investigation", "Der Generalbundesanwalt beim Bundesgerichtshof führt wegen des Verdachts der geheimdienstlichen Agententätigkeit ein Ermittlungsverfahren, in dessen Rahmen die Räumlichkeiten in Oberhausen im Februar 2025 durchsucht wurden.",
          place="Oberhausen", date="2025-02", claimant="Bundesregierung"),
        R("DE", "arrest", "Festnahmen erfolgten nicht.", pol="denied", opt=True, claimant="Bundesregierung"),
        R("DE", "investigation", "Hinsichtlich der in Solingen genannten Adresse hat das Landeskriminalamt Nordrhein-Westfalen einen Prüfvorgang angelegt.",
          place="Solingen", claimant="Bundesregierung"),
        R("DE", "no_wrongdoing_found", "Zureichende tatsächliche Anhaltspunkte für verfolgbare Straftaten haben sich dabei nicht ergeben.",
          place="Solingen", claimant="Bundesregierung"),
        C("stations", 6, "DE", "in Deutschland bislang mindestens sechs derartige Anlaufstellen bekannt geworden", claimant="Bundesregierung"),
        I("DE", "persuasion", "ein Fall bekannt, in dem eine in Oberhausen lebende Person über Verwandte in Shangqiu aufgefordert wurde, nach China zurückzukehren; die Person ist dem nicht nachgekommen.",
          place="Oberhausen", claimant="Bundesamt für Verfassungsschutz"),
        S("DE", "Remscheid", "Eine in sozialen Medien verbreitete Behauptung, auch in Remscheid bestehe eine solche Stelle, konnte nicht bestätigt werden;",
          opt=True, claimant="social media"),
        S("DE", "Remscheid", "den Sicherheitsbehörden liegen dazu keine Erkenntnisse vor.", pol="denied", opt=True,
          claimant="Bundesregierung"),
        R("DE", "protest", "Das Auswärtige Amt hat am 12. Februar 2025 den Gesandten der Botschaft der Volksrepublik China einbestellt.",
          date="2025-02-12"),
        D("CN", "Die Botschaft der Volksrepublik China hat gegenüber dem Auswärtigen Amt erklärt, es handle sich um ehrenamtliche Hilfsangebote für ältere Landsleute, etwa bei der Verlängerung von Führerscheinen und der Ausstellung von Lebensbescheinigungen.",
          claimant="Chinese Embassy in Germany"),
    ],
})

# ---------------------------------------------------------------- 037
DOCS.append({
    "name": "037-de-liveticker-neuss-viersen-huancui-rencheng.txt",
    "text": """Niederrhein-Kurier > Region > Liveticker

+++ LIVETICKER +++ Razzia gegen mutmassliche chinesische Polizeistation in Neuss – zwei Festnahmen

Zusammenfassung: Ermittler haben am Dienstagmorgen Räume eines Vereins in der Neusser Innenstadt durchsucht. Zwei Männer wurden festgenommen. Das Auswärtige Amt hat den chinesischen Botschafter einbestellt. Die Botschaft weist die Vorwürfe zurück.

Der Ticker wird laufend aktualisiert. Neueste Einträge oben.

18.52 Uhr – Damit schließen wir den Ticker für heute. Morgen berichten wir weiter.

18.40 Uhr – Die chinesische Botschaft in Berlin nennt die Vorwürfe «eine böswillige Erfindung». Der Verein helfe älteren Landsleuten lediglich beim Verlängern von Pässen und bei der Terminbuchung für Gesundheitschecks, teilt ein Sprecher mit.

18.05 Uhr – Wie das Auswärtige Amt mitteilt, wird ein Mitarbeiter der chinesischen Botschaft zur «persona non grata» erklärt. Er muss Deutschland binnen einer Woche verlassen.

«Wir wollten einfach ein Stück Heimat haben.»

17.15 Uhr – Das Auswärtige Amt hat den chinesischen Botschafter einbestellt, bestätigt ein Sprecher in Berlin.

16.30 Uhr – Auch in Viersen soll es eine solche Stelle geben, die dem Amt für öffentliche Sicherheit des Bezirks Rencheng in Jining unterstehen soll. Das berichtet ein Rechercheverbund unter Berufung auf Safeguard Defenders. Die Kreispolizeibehörde Viersen erklärt, sie habe davon keine Kenntnis. In NRW wären es damit mindestens zwei solcher Anlaufstellen.

15.05 Uhr – Ein Mitglied des Vereins sagt unserer Redaktion: «Wir wollten einfach ein Stück Heimat haben.» Von einer Polizeistation wisse er nichts.

13.48 Uhr – Neue Details: Nach Angaben der Staatsanwaltschaft soll ein Landsmann, der in Neuss in einer Logistikfirma arbeitete, im vergangenen Herbst von zwei Männern zum Flughafen Düsseldorf gebracht und in ein Flugzeug nach Peking gesetzt worden sein. Er sei seither nicht zurückgekehrt.

12.20 Uhr – Laut Durchsuchungsbeschluss wird die Anlaufstelle dem Amt für öffentliche Sicherheit des Bezirks Huancui in Weihai (Provinz Shandong) zugerechnet.

11.02 Uhr – Die Staatsanwaltschaft Düsseldorf bestätigt: Zwei Männer im Alter von 46 und 58 Jahren sind vorläufig festgenommen worden. Gegen beide wird wegen des Verdachts der geheimdienstlichen Agententätigkeit ermittelt.

09.40 Uhr – In den Räumen eines deutsch-chinesischen Freundschaftsvereins an der Krefelder Straße soll eine inoffizielle chinesische «Polizeistation» betrieben worden sein, teilt die Polizei mit.

08.15 Uhr – Guten Morgen. Polizei und Staatsanwaltschaft durchsuchen seit dem frühen Morgen Räume in der Neusser Innenstadt. Wir halten Sie hier auf dem Laufenden.

Mehr zum Thema: Was sind die «Übersee-Polizeistationen»? | Datenschutz | Cookie-Einstellungen
""",
    "facts": [
        R("DE", "investigation", "Polizei und Staatsanwaltschaft durchsuchen seit dem frühen Morgen Räume in der Neusser Innenstadt.",
          place="Neuss"),
        S("DE", "Neuss", "In den Räumen eines deutsch-chinesischen Freundschaftsvereins an der Krefelder Straße soll eine inoffizielle chinesische «Polizeistation» betrieben worden sein, teilt die Polizei mit.",
          claimant="police", note="Neuss in the summary and in the 08.15 entry"),
        R("DE", "arrest", "Zwei Männer im Alter von 46 und 58 Jahren sind vorläufig festgenommen worden.",
          claimant="Staatsanwaltschaft Düsseldorf"),
        R("DE", "investigation", "Gegen beide wird wegen des Verdachts der geheimdienstlichen Agententätigkeit ermittelt.",
          claimant="Staatsanwaltschaft Düsseldorf"),
        S("DE", "Neuss", "Laut Durchsuchungsbeschluss wird die Anlaufstelle dem Amt für öffentliche Sicherheit des Bezirks Huancui in Weihai (Provinz Shandong) zugerechnet.",
          operator="Huancui", operator_alt=["Weihai"], claimant="search warrant"),
        I("DE", "forced_return", "soll ein Landsmann, der in Neuss in einer Logistikfirma arbeitete, im vergangenen Herbst von zwei Männern zum Flughafen Düsseldorf gebracht und in ein Flugzeug nach Peking gesetzt worden sein.",
          place="Neuss", claimant="Staatsanwaltschaft"),
        S("DE", "Viersen", "Auch in Viersen soll es eine solche Stelle geben, die dem Amt für öffentliche Sicherheit des Bezirks Rencheng in Jining unterstehen soll.",
          operator="Rencheng", operator_alt=["Jining"], claimant="Safeguard Defenders"),
        S("DE", "Viersen", "Die Kreispolizeibehörde Viersen erklärt, sie habe davon keine Kenntnis.", pol="denied", opt=True,
          claimant="Kreispolizeibehörde Viersen"),
        C("stations", 2, "DE", "In NRW wären es damit mindestens zwei solcher Anlaufstellen."),
        R("DE", "protest", "Das Auswärtige Amt hat den chinesischen Botschafter einbestellt, bestätigt ein Sprecher in Berlin."),
        R("DE", "protest", "wird ein Mitarbeiter der chinesischen Botschaft zur «persona non grata» erklärt.",
          claimant="Auswärtiges Amt", note="expulsion: a second line of the same key"),
        D("CN", "Die chinesische Botschaft in Berlin nennt die Vorwürfe «eine böswillige Erfindung». Der Verein helfe älteren Landsleuten lediglich beim Verlängern von Pässen und bei der Terminbuchung für Gesundheitschecks, teilt ein Sprecher mit.",
          claimant="Chinese Embassy in Germany"),
    ],
})
