"""check23 part B, German documents 035-037."""
from h import S, C, R, I, A, D, soft, unwrap, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 035
T035 = """Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. [Akzeptieren] [Einstellungen]

Startseite > Nachrichten > Norddeutschland        A- A A+        Teilen: Facebook | X | E-Mail

Ermittlungen in Flensburg: Verein soll chinesische "Servicestation" beherbergt haben

Flensburg (dpa/lno) - Die Staatsanwaltschaft Flensburg hat ein Ermittlungsverfahren gegen zwei Vorstandsmitglieder eines chinesischen Kulturvereins eingeleitet. Beamte des Landeskriminalamts durchsuchten am Mittwochmorgen die Vereinsräume in der Flensburger Neustadt sowie zwei Privatwohnungen, wie eine Sprecherin der Behörde am Donnerstag mitteilte.

In den Räumen des Vereins soll nach Angaben der Anklagebehörde eine inoffizielle "Servicestation" der chinesischen Polizei betrieben worden sein. Nach Unterlagen, die bei der Durchsuchung sichergestellt wurden, war die Außenstelle dem Büro für öffentliche Sicherheit des Kreises Ningjin in der ostchinesischen Provinz Shandong zugeordnet. Festnahmen gab es nach Angaben der Sprecherin keine.

Foto: Polizeifahrzeuge vor einem Geschäftshaus in der Flensburger Neustadt. (Foto: Frank Molter/dpa)

Der Verein hat nach eigenen Angaben rund 120 Mitglieder, vor allem Studierende, Köchinnen und Köche sowie Beschäftigte der Werften an der Förde. Er organisiert Sprachkurse, ein Drachenbootrennen im Sommer und das Neujahrsfest im Deutschen Haus.

"Wir wussten nicht, was in dem Hinterzimmer passiert", sagte ein Mitglied der dpa.

Eine Studentin der Europa-Universität Flensburg berichtete den Ermittlern nach dpa-Informationen, sie sei im vergangenen Herbst mehrfach von einem Vereinsvertreter gedrängt worden, nach China zurückzukehren und sich dort "einer Befragung zu stellen". Sie blieb in Deutschland.

Menschenrechtsorganisationen berichten seit Jahren über solche Stellen in Dutzenden Ländern.

LESEN SIE AUCH: Landtag debattiert über Schutz chinesischer Oppositioneller

In Norddeutschland gibt es laut den Ermittlern mindestens zwei solcher Stellen. Die zweite soll sich in Greifswald befinden und dem Büro für öffentliche Sicherheit des Kreises Qingyun unterstehen. Das Polizeipräsidium Neubrandenburg teilte auf Anfrage mit, es lägen "keine Erkenntnisse" über eine derartige Einrichtung in Greifswald vor.

"Wir wussten nicht, was in dem Hinterzimmer passiert", sagte ein Mitglied der dpa.

Das Auswärtige Amt bestellte nach Angaben aus Regierungskreisen am Donnerstag den chinesischen Botschafter ein. Die chinesische Botschaft in Berlin erklärte dagegen, es gebe in Deutschland keine chinesischen Polizeistationen. Ehrenamtliche hätten Landsleuten lediglich bei der Verlängerung abgelaufener Führerscheine geholfen.

Korrektur: In einer früheren Fassung dieser Meldung hieß es, die Durchsuchung habe am Dienstag stattgefunden. Richtig ist Mittwoch.

dpa-infocom GmbH | 260305-99-412873/4
Newsletter: Das Wichtigste aus dem Norden jeden Morgen in Ihrem Postfach.
"""
DOCS.append(dict(name="035-de-dpa-correction-flensburg-greifswald-ningjin-qingyun.txt", text=T035, facts=[
    R("DE", "investigation", "Die Staatsanwaltschaft Flensburg hat ein Ermittlungsverfahren gegen zwei Vorstandsmitglieder eines chinesischen Kulturvereins eingeleitet.",
      place="Flensburg"),
    S("DE", "Flensburg", "In den Räumen des Vereins soll nach Angaben der Anklagebehörde eine inoffizielle \"Servicestation\" der chinesischen Polizei betrieben worden sein.",
      claimant="Staatsanwaltschaft Flensburg"),
    S("DE", "Flensburg", "war die Außenstelle dem Büro für öffentliche Sicherheit des Kreises Ningjin in der ostchinesischen Provinz Shandong zugeordnet",
      operator="Ningjin", operator_alt=["Dezhou"], claimant="Staatsanwaltschaft Flensburg"),
    R("DE", "arrest", "Festnahmen gab es nach Angaben der Sprecherin keine.", pol="denied", opt=True,
      claimant="Staatsanwaltschaft Flensburg"),
    I("DE", "persuasion", "sie sei im vergangenen Herbst mehrfach von einem Vereinsvertreter gedrängt worden, nach China zurückzukehren",
      place="Flensburg", date="2025"),
    C("stations", 2, "DE", "In Norddeutschland gibt es laut den Ermittlern mindestens zwei solcher Stellen.", claimant="Staatsanwaltschaft Flensburg"),
    S("DE", "Greifswald", "Die zweite soll sich in Greifswald befinden und dem Büro für öffentliche Sicherheit des Kreises Qingyun unterstehen.",
      operator="Qingyun", operator_alt=["Dezhou"], claimant="Staatsanwaltschaft Flensburg"),
    S("DE", "Greifswald", "es lägen \"keine Erkenntnisse\" über eine derartige Einrichtung in Greifswald vor", pol="denied",
      opt=True, claimant="Polizeipräsidium Neubrandenburg"),
    R("DE", "protest", "Das Auswärtige Amt bestellte nach Angaben aus Regierungskreisen am Donnerstag den chinesischen Botschafter ein.",
      date="2026-03-05"),
    D("CN", "es gebe in Deutschland keine chinesischen Polizeistationen. Ehrenamtliche hätten Landsleuten lediglich bei der Verlängerung abgelaufener Führerscheine geholfen",
      claimant="PRC Embassy in Germany"),
    S("DE", None, "es gebe in Deutschland keine chinesischen Polizeistationen", pol="denied", opt=True,
      claimant="PRC Embassy in Germany"),
]))

# ---------------------------------------------------------------- 036
T036 = """Podcast «Lagebild Schweiz» – Folge 84: «Die Wohnung in Dietikon»
Transkript (automatisch erstellt und redaktionell bearbeitet)

[00:00] MODERATORIN: Willkommen zu «Lagebild Schweiz», dem Podcast über Sicherheit und Nachrichtendienste. Heute geht es um eine Wohnung in Dietikon, um einen Koch, der nicht mehr hier ist, und um die Frage, wie weit der Arm der chinesischen Polizei reicht. Bei mir ist unser Bundeshausredaktor.

[00:31] REDAKTOR: Hallo.

[00:33] MODERATORIN: Fangen wir mit den Fakten an. Was ist passiert?

[00:36] REDAKTOR: Die Kantonspolizei Zürich hat Ende Januar im Auftrag der Bundesanwaltschaft eine Wohnung in Dietikon durchsucht. Die Bundesanwaltschaft führt ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat. Ein Mann wurde festgenommen, er ist inzwischen wieder auf freiem Fuss.

[01:02] MODERATORIN: Und was war in dieser Wohnung?

[01:05] REDAKTOR: Laut Bundesanwaltschaft diente sie als eine Art Anlaufstelle der chinesischen Polizei, offiziell ein Verein für Landsleute aus Shandong. Die Stelle arbeitete für das Büro für öffentliche Sicherheit des Kreises Huimin, das steht so in Papieren, die bei der Durchsuchung gefunden wurden.

[01:29] MODERATORIN: Und der Koch?

[01:31] REDAKTOR: Ein Koch aus einem Restaurant in Schlieren. Er wurde im vergangenen November von zwei Männern zum Flughafen Zürich gebracht und in eine Maschine nach Peking gesetzt. Seine Kollegen sagen, er sei nicht freiwillig gegangen. Seither hat niemand mehr von ihm gehört.

[02:04] WERBUNG: Dieser Podcast wird unterstützt von … [Werbeblock, 45 Sekunden]

[02:51] MODERATORIN: Ist Dietikon ein Einzelfall?

[02:54] REDAKTOR: Nein. Der Nachrichtendienst des Bundes geht von zwei solchen Stellen in der Schweiz aus. Die zweite soll sich in Langenthal befinden und dem Büro des Kreises Wudi unterstehen. Da laufen aber noch Abklärungen.

[03:15] MODERATORIN: Und weltweit?

[03:17] REDAKTOR: Die Organisation Safeguard Defenders zählt 102 Stationen in dreiundfünfzig Ländern. Das ist die Zahl, die seit Jahren herumgereicht wird.

[03:32] MODERATORIN: Wie hat Bern reagiert?

[03:34] REDAKTOR: Das EDA hat den chinesischen Botschafter einbestellt, das war am 3. Februar. Zwei Wochen später hat der Bund einen Mitarbeiter der Botschaft ausgewiesen. Die Botschaft wiederum sagt, in der Schweiz gebe es keine chinesischen Polizeiposten. Man habe nur älteren Landsleuten bei der Erneuerung von Pässen und Führerausweisen geholfen.

[04:01] MODERATORIN: Was, wenn sich am Ende herausstellt, dass es wirklich nur ein Verein war?

[04:05] REDAKTOR: Dann wäre das Verfahren einzustellen. Aber so weit sind wir nicht.

[04:12] MODERATORIN: Danke fürs Kommen. Das war «Lagebild Schweiz». Abonnieren Sie uns, wo immer Sie Podcasts hören.

[04:20] ENDE
"""
DOCS.append(dict(name="036-de-ch-podcast-transcript-dietikon-langenthal-huimin-wudi.txt", text=T036, facts=[
    R("CH", "investigation", "Die Kantonspolizei Zürich hat Ende Januar im Auftrag der Bundesanwaltschaft eine Wohnung in Dietikon durchsucht.",
      place="Dietikon", date="2026-01"),
    R("CH", "arrest", "Ein Mann wurde festgenommen, er ist inzwischen wieder auf freiem Fuss.", claimant=None),
    S("CH", "Dietikon", "Laut Bundesanwaltschaft diente sie als eine Art Anlaufstelle der chinesischen Polizei",
      claimant="Bundesanwaltschaft"),
    S("CH", "Dietikon", "Die Stelle arbeitete für das Büro für öffentliche Sicherheit des Kreises Huimin, das steht so in Papieren, die bei der Durchsuchung gefunden wurden.",
      operator="Huimin", operator_alt=["Binzhou"], claimant="Bundesanwaltschaft"),
    I("CH", "forced_return", "Er wurde im vergangenen November von zwei Männern zum Flughafen Zürich gebracht und in eine Maschine nach Peking gesetzt.",
      date="2025-11"),
    C("stations", 2, "CH", "Der Nachrichtendienst des Bundes geht von zwei solchen Stellen in der Schweiz aus.",
      claimant="Nachrichtendienst des Bundes"),
    S("CH", "Langenthal", "Die zweite soll sich in Langenthal befinden und dem Büro des Kreises Wudi unterstehen.",
      operator="Wudi", operator_alt=["Binzhou"], claimant="Nachrichtendienst des Bundes"),
    C("stations", 102, None, "Die Organisation Safeguard Defenders zählt 102 Stationen in dreiundfünfzig Ländern.",
      claimant="Safeguard Defenders"),
    C("countries", 53, None, "Die Organisation Safeguard Defenders zählt 102 Stationen in dreiundfünfzig Ländern.",
      claimant="Safeguard Defenders"),
    R("CH", "protest", "Das EDA hat den chinesischen Botschafter einbestellt, das war am 3. Februar.", date="2026-02-03"),
    R("CH", "protest", "Zwei Wochen später hat der Bund einen Mitarbeiter der Botschaft ausgewiesen.", date="2026-02",
      note="expulsion of an embassy staff member"),
    D("CN", "in der Schweiz gebe es keine chinesischen Polizeiposten. Man habe nur älteren Landsleuten bei der Erneuerung von Pässen und Führerausweisen geholfen.",
      claimant="PRC Embassy in Switzerland"),
    S("CH", None, "in der Schweiz gebe es keine chinesischen Polizeiposten", pol="denied", opt=True,
      claimant="PRC Embassy in Switzerland"),
]))

# ---------------------------------------------------------------- 037
T037_BODY = """Deutscher Bundestag                           Drucksache 21/4187
21. Wahlperiode                                       23.02.2026

Antwort
der Bundesregierung

auf die Kleine Anfrage der Abgeordneten einer Fraktion
– Drucksache 21/3952 –

Mutmaßliche chinesische Polizeistationen in Niedersachsen, Nordrhein-Westfalen und Thüringen

Vorbemerkung der Fragesteller

Nach Medienberichten soll in Hameln eine inoffizielle chinesische Polizeistation betrieben werden, die dem Büro für öffentliche Sicherheit des Kreises Yanggu (Provinz Shandong) zugerechnet wird. Eine weitere derartige Einrichtung soll sich in Iserlohn befinden und von der Polizei~behörde des Kreises Gaotang gesteuert werden. Vereinzelt wird in sozialen Netzwerken auch Weimar als Standort genannt.

Vorbemerkung der Bundesregierung

Die Bundesregierung nimmt jede Form der Einfluss~nahme fremder Staaten auf in Deutschland lebende Menschen sehr ernst. Auskünfte zu laufenden Ermittlungsverfahren können nur eingeschränkt erteilt werden.

1. Welche Erkenntnisse liegen der Bundesregierung zu der Einrichtung in Hameln vor?

Der Generalbundesanwalt beim Bundesgerichtshof führt seit Oktober 2025 ein Ermittlungs~verfahren wegen des Verdachts der geheim~dienstlichen Agententätigkeit. In diesem Zusammenhang wurden im November 2025 Räumlich~keiten in Hameln durchsucht.

2. Welche Erkenntnisse liegen zu der Einrichtung in Iserlohn vor?

Die Staatsanwaltschaft Hagen hat einen Prüfvorgang angelegt. Zureichende tatsächliche Anhalts~punkte für verfolgbare Straftaten haben sich dabei nicht ergeben.

3. Liegen der Bundesregierung Erkenntnisse über eine solche Einrichtung in Weimar vor?

Nein. Der Bundesregierung liegen keine Erkenntnisse über eine solche Einrichtung in Weimar vor.

4. Wie würde die Bundesregierung reagieren, falls sich der Verdacht in Hameln bestätigt?

Die Bundesregierung beteiligt sich nicht an Speku~lationen über den Ausgang laufender Verfahren.

5. Wie viele derartige Einrichtungen sind der Bundesregierung bundesweit bekannt?

Nach Kenntnis der Bundesregierung gab oder gibt es bundesweit mindestens fünf Einrichtungen, die den in der Vorbemerkung der Fragesteller beschriebenen entsprechen.

6. Sind der Bundesregierung Fälle bekannt, in denen Personen zur Rückkehr nach China gedrängt wurden?

Ja. In einem Fall wurde ein in Niedersachsen lebender chinesischer Staats~angehöriger mehrfach aufgefordert, nach China zurückzukehren. Er ist der Aufforderung nicht nachgekommen.

7. Hat die Bundesregierung die Angelegenheit gegenüber der Volksrepublik China angesprochen?

Das Auswärtige Amt hat gegenüber der Botschaft der Volksrepublik China deutlich gemacht, dass derartige Aktivitäten nicht hingenommen werden. Die Botschaft hat erklärt, es handle sich um ehren~amtliche Hilfe bei der Verlängerung von Führerscheinen und Reisepässen.

Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundes~ministeriums des Innern vom 20. Februar 2026 übermittelt.

Drucksache 21/4187     – 2 –     Deutscher Bundestag – 21. WP"""
T037 = wrap_hy(soft(unwrap(T037_BODY), 9), 66)
DOCS.append(dict(name="037-de-bundestag-antwort-hameln-iserlohn-weimar-yanggu-gaotang.txt", text=T037, facts=[
    S("DE", "Hameln", "Nach Medienberichten soll in Hameln eine inoffizielle chinesische Polizeistation betrieben werden, die dem Büro für öffentliche Sicherheit des Kreises Yanggu (Provinz Shandong) zugerechnet wird.",
      operator="Yanggu", operator_alt=["Liaocheng"], claimant="media reports", place_alt=["Hamelin"]),
    S("DE", "Iserlohn", "Eine weitere derartige Einrichtung soll sich in Iserlohn befinden und von der Polizeibehörde des Kreises Gaotang gesteuert werden.",
      operator="Gaotang", operator_alt=["Liaocheng"], claimant="media reports"),
    S("DE", "Weimar", "Vereinzelt wird in sozialen Netzwerken auch Weimar als Standort genannt.", opt=True,
      claimant="social media"),
    R("DE", "investigation", "Der Generalbundesanwalt beim Bundesgerichtshof führt seit Oktober 2025 ein Ermittlungsverfahren",
      claimant="Bundesregierung", date="2025-10"),
    R("DE", "investigation", "In diesem Zusammenhang wurden im November 2025 Räumlichkeiten in Hameln durchsucht.", place="Hameln",
      claimant="Bundesregierung", date="2025-11"),
    R("DE", "no_wrongdoing_found", "Zureichende tatsächliche Anhaltspunkte für verfolgbare Straftaten haben sich dabei nicht ergeben.",
      claimant="Bundesregierung"),
    S("DE", "Weimar", "Der Bundesregierung liegen keine Erkenntnisse über eine solche Einrichtung in Weimar vor.", pol="denied",
      opt=True, claimant="Bundesregierung"),
    C("stations", 5, "DE", "bundesweit mindestens fünf Einrichtungen", claimant="Bundesregierung"),
    I("DE", "persuasion", "In einem Fall wurde ein in Niedersachsen lebender chinesischer Staatsangehöriger mehrfach aufgefordert, nach China zurückzukehren.",
      claimant="Bundesregierung"),
    R("DE", "protest", "Das Auswärtige Amt hat gegenüber der Botschaft der Volksrepublik China deutlich gemacht, dass derartige Aktivitäten nicht hingenommen werden.",
      opt=True, claimant="Bundesregierung"),
    D("CN", "es handle sich um ehrenamtliche Hilfe bei der Verlängerung von Führerscheinen und Reisepässen",
      claimant="PRC Embassy in Germany"),
]))
