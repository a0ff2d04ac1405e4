"""check17 part B, German documents 014-019 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D, W, M

DOCS = []

# ---------------------------------------------------------------- 014
T014 = """Startseite › Politik › Niedersachsen
Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Alle akzeptieren“ stimmen Sie dem zu. [Einstellungen] [Alle akzeptieren]

Spionageverdacht
Razzia bei Verein in Oldenburg: Ermittler vermuten verdeckte Polizeistelle Chinas

Stand: 18.02.2025, 16:42 Uhr

Oldenburg (dpa/lni) - Polizei und Staatsanwaltschaft haben am Dienstagmorgen in Oldenburg die Räume eines chinesischen Kultur- und Handelsvereins durchsucht. Nach Angaben der Staatsanwaltschaft Oldenburg besteht der Verdacht, dass in den Büroräumen in der Innenstadt eine sogenannte Übersee-Polizeistation untergebracht war. Die Behörde ermittelt wegen geheimdienstlicher Agententätigkeit gegen zwei Männer im Alter von 51 und 44 Jahren. Festgenommen wurde niemand.

Beamte tragen Kartons aus einem Geschäftshaus in der Oldenburger Innenstadt. Foto: Mohssen Assanimoghaddam/dpa

Eingerichtet wurde die Stelle nach Erkenntnissen der Ermittler im Frühjahr 2019, und zwar vom Amt für öffentliche Sicherheit des Kreises Fengyang in der ostchinesischen Provinz Anhui. Nach außen soll sie sich um Führerscheinverlängerungen und Beglaubigungen gekümmert haben. Tatsächlich, so ein Sprecher der Anklagebehörde, seien dort auch Listen von Landsleuten geführt worden, die an Kundgebungen gegen die Regierung in Peking teilgenommen hätten.

LESEN SIE AUCH
Verfassungsschutzbericht: Mehr Einflussversuche aus China
Hafen Wilhelmshaven: Chinesischer Investor zieht sich zurück

Ins Rollen gebracht hatte das Verfahren ein Mann aus dem Landkreis Ammerland. Er gab gegenüber der Polizei an, Mitarbeiter des Büros hätten ihn mehrfach gedrängt, „nach Hause“ zurückzukehren; seine Eltern in Anhui seien in derselben Zeit zweimal von örtlichen Polizisten aufgesucht worden. Der Mann blieb in Deutschland.

„Wir nehmen jeden Hinweis auf verdeckte Tätigkeit fremder Staaten sehr ernst.“

Das sagte Niedersachsens Innenministerin am Nachmittag in Hannover. Eine zweite Anlaufstelle derselben Behörde soll es in Bremerhaven gegeben haben; sie wurde nach Informationen aus Sicherheitskreisen bereits Ende 2022 aufgegeben. Bundesweit geht das Bundesamt für Verfassungsschutz von mindestens vier solcher Stellen aus.

„Wir nehmen jeden Hinweis auf verdeckte Tätigkeit fremder Staaten sehr ernst.“

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. In dem Verein engagierten sich Ehrenamtliche, die älteren Landsleuten beim Ausfüllen von Formularen hülfen, teilte eine Sprecherin mit; polizeiliche Aufgaben nehme dort niemand wahr.

Die Menschenrechtsorganisation Safeguard Defenders hatte 2022 von mehr als hundert derartigen Stationen weltweit berichtet.

Korrektur: In einer früheren Fassung dieser Meldung hieß es, die Durchsuchung habe in Delmenhorst stattgefunden. Richtig ist Oldenburg. Wir bitten, den Fehler zu entschuldigen.

© dpa-infocom, dpa:250218-930-412876/3

NEWSLETTER
Niedersachsen am Abend – die wichtigsten Nachrichten aus dem Land, werktags um 18 Uhr in Ihrem Postfach. Jetzt kostenlos abonnieren
"""
DOCS.append({"name": "014-de-dpa-razzia-oldenburg-bremerhaven-fengyang.txt", "text": T014, "facts": [
    S("DE", "Oldenburg", "Nach Angaben der Staatsanwaltschaft Oldenburg besteht der Verdacht, dass in den Büroräumen in der Innenstadt eine sogenannte Übersee-Polizeistation untergebracht war.",
      operator="Fengyang", operator_alt="Chuzhou", claimant="Staatsanwaltschaft Oldenburg", date="2019",
      note="operator in the next paragraph: 'Eingerichtet wurde die Stelle … vom Amt für öffentliche Sicherheit des Kreises Fengyang'"),
    R("DE", "investigation", "Polizei und Staatsanwaltschaft haben am Dienstagmorgen in Oldenburg die Räume eines chinesischen Kultur- und Handelsvereins durchsucht.", place="Oldenburg", date="2025-02-18"),
    R("DE", "arrest", "Festgenommen wurde niemand.", pol="denied", opt=True),
    I("DE", "surveillance", "Tatsächlich, so ein Sprecher der Anklagebehörde, seien dort auch Listen von Landsleuten geführt worden, die an Kundgebungen gegen die Regierung in Peking teilgenommen hätten.",
      place="Oldenburg", claimant="Staatsanwaltschaft Oldenburg"),
    I("DE", "persuasion", "Er gab gegenüber der Polizei an, Mitarbeiter des Büros hätten ihn mehrfach gedrängt, „nach Hause“ zurückzukehren; seine Eltern in Anhui seien in derselben Zeit zweimal von örtlichen Polizisten aufgesucht worden.",
      note="he stayed in Germany"),
    I("DE", "harassment", "seine Eltern in Anhui seien in derselben Zeit zweimal von örtlichen Polizisten aufgesucht worden", opt=True,
      note="relatives pressured inside a persuasion case"),
    S("DE", "Bremerhaven", "Eine zweite Anlaufstelle derselben Behörde soll es in Bremerhaven gegeben haben; sie wurde nach Informationen aus Sicherheitskreisen bereits Ende 2022 aufgegeben.",
      operator="Fengyang", operator_alt="Chuzhou", claimant="Sicherheitskreise", note="operator by reference: 'derselben Behörde'"),
    R("DE", "closure", "sie wurde nach Informationen aus Sicherheitskreisen bereits Ende 2022 aufgegeben", date="2022", opt=True,
      note="stopped by itself, no order"),
    C("stations", 4, "DE", "Bundesweit geht das Bundesamt für Verfassungsschutz von mindestens vier solcher Stellen aus.", claimant="Bundesamt für Verfassungsschutz"),
    D("CN", "Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. In dem Verein engagierten sich Ehrenamtliche, die älteren Landsleuten beim Ausfüllen von Formularen hülfen, teilte eine Sprecherin mit; polizeiliche Aufgaben nehme dort niemand wahr.",
      claimant="Chinese embassy in Berlin"),
    S("DE", "Oldenburg", "polizeiliche Aufgaben nehme dort niemand wahr", pol="denied", claimant="Chinese embassy in Berlin", opt=True),
    C("stations", 100, None, "Die Menschenrechtsorganisation Safeguard Defenders hatte 2022 von mehr als hundert derartigen Stationen weltweit berichtet.",
      claimant="Safeguard Defenders", date="2022", opt=True, note="'mehr als hundert', approximation of 102"),
]})

# ---------------------------------------------------------------- 015
B015 = M("""Zu 1.1: Dem Bayerischen Landesamt für Verfassungsschutz (BayLfV) liegen Erkenntnisse vor, wonach in Ingolstadt in den Räumen eines Reisebüros zwischen 2020 und 2023 Dienstleistungen für chinesische Staatsangehörige angeboten wurden, die nach Einschätzung des BayLfV im Auftrag des Büros für öffentliche Sicherheit der Stadt Wuhu (Provinz Anhui) erbracht wurden.¹ Neben konsularähnlichen Hilfen bei Führerscheinen und Vollmachten wurden dort nach Erkenntnissen des BayLfV auch Informationen über regierungskritische Personen gesammelt. Die Räumlichkeiten wurden nach Kenntnis der Staatsregierung im Sommer 2023 von den Betreibern aufgegeben.
Zu Landshut ergab die Prüfung keine belastbaren Hinweise auf eine derartige Einrichtung. Beamte des Polizeipräsidiums Niederbayern suchten die fraglichen Räume auf und sprachen mit den Verantwortlichen; Anhaltspunkte für strafbare Handlungen haben sich dabei nicht ergeben.
Zu 1.2: Die Generalstaatsanwaltschaft München – Zentralstelle zur Bekämpfung von Extremismus und Terrorismus (ZET) – führt ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit (§ 99 StGB). Im Zuge dessen wurden im Oktober 2024 zwei Objekte im Raum Ingolstadt durchsucht. Festnahmen erfolgten nicht. Weitere Auskünfte können mit Rücksicht auf das laufende Verfahren nicht erteilt werden.²
Zu 2.1: Ja. Im Rahmen des Verfahrens wurde ein Fall bekannt, in dem ein chinesischer Student aus Ingolstadt über mehrere Monate hinweg telefonisch zur Rückkehr gedrängt wurde; Angehörige in China wurden hierzu von der dortigen Polizei aufgesucht. Der Betroffene reiste im Frühjahr 2023 nach China aus. Es handelt sich um den einzigen derartigen Fall, der den bayerischen Sicherheitsbehörden bekannt geworden ist.
Zu 3.: Die Einbestellung ausländischer Botschafter obliegt der Bundesregierung. Die Staatsregierung steht hierzu mit dem Auswärtigen Amt in regelmäßigem Austausch.""",
           ["Staats·an·ge·hö·ri·ge", "Ein·schät·zung", "Räum·lich·kei·ten", "Staats·re·gie·rung", "Ver·ant·wort·li·chen",
            "Ge·ne·ral·staats·an·walt·schaft", "Agen·ten·tä·tig·keit", "Er·mitt·lungs·ver·fah·ren", "Si·cher·heits·be·hör·den",
            "Be·trof·fe·ne", "Ein·be·stel·lung", "Bun·des·re·gie·rung", "Dienst·leis·tun·gen", "An·halts·punk·te",
            "Po·li·zei·prä·si·di·ums", "re·gie·rungs·kri·ti·sche", "Ver·fas·sungs·schutz"])
T015 = ("""Bayerischer Landtag          19. Wahlperiode          14.03.2025          Drucksache 19/5127

Schriftliche Anfrage
des Abgeordneten Tobias Reindl BÜNDNIS 90/DIE GRÜNEN
vom 21.01.2025

Mutmaßliche Außenstellen chinesischer Polizeibehörden in Bayern

""" + W(M("""Medienberichten zufolge soll in Ingolstadt seit 2020 eine „Servicestation“ bestehen, die vom Büro für öffentliche Sicherheit der Stadt Wuhu betrieben wird. Eine weitere derartige Stelle wird in Landshut vermutet.""", ["Me·di·en·be·rich·ten", "Si·cher·heit"])) + """

Ich frage die Staatsregierung:
""" + W("""1.1 Welche Erkenntnisse hat die Staatsregierung über die in Ingolstadt und Landshut vermuteten Einrichtungen?
1.2 Haben Polizei oder Staatsanwaltschaft Ermittlungen aufgenommen?
2.1 Sind der Staatsregierung Fälle bekannt, in denen in Bayern lebende chinesische Staatsangehörige zur Rückkehr gedrängt wurden?
3. Wird sich die Staatsregierung beim Bund dafür einsetzen, dass der chinesische Botschafter einbestellt wird?""") + """

Antwort
des Staatsministeriums des Innern, für Sport und Integration
vom 03.03.2025

""" + W(B015.split("\nZu 1.2")[0]) + """

Seite 1/2
Bayerischer Landtag          19. Wahlperiode          Drucksache 19/5127

""" + W("Zu 1.2" + B015.split("\nZu 1.2")[1]) + """

___________
""" + W("""¹ Zur Bezeichnung vgl. Safeguard Defenders, „110 Overseas: Chinese Transnational Policing Gone Wild“, September 2022.
² Die Beantwortung erfolgt im Einvernehmen mit dem Staatsministerium der Justiz.""") + """

Seite 2/2
""")
DOCS.append({"name": "015-de-landtag-schriftliche-anfrage-wrapped-ingolstadt-landshut-wuhu.txt", "text": T015, "facts": [
    S("DE", "Ingolstadt", "liegen Erkenntnisse vor, wonach in Ingolstadt in den Räumen eines Reisebüros zwischen 2020 und 2023 Dienstleistungen für chinesische Staatsangehörige angeboten wurden, die nach Einschätzung des BayLfV im Auftrag des Büros für öffentliche Sicherheit der Stadt Wuhu (Provinz Anhui) erbracht wurden.",
      operator="Wuhu", claimant="BayLfV", date="2020", note="also the premise of the question ('Medienberichten zufolge … seit 2020')"),
    S("DE", "Landshut", "Eine weitere derartige Stelle wird in Landshut vermutet.", opt=True, claimant="media reports",
      note="premise of the question; the answer finds no reliable indication"),
    I("DE", "surveillance", "wurden dort nach Erkenntnissen des BayLfV auch Informationen über regierungskritische Personen gesammelt", place="Ingolstadt", claimant="BayLfV"),
    R("DE", "closure", "Die Räumlichkeiten wurden nach Kenntnis der Staatsregierung im Sommer 2023 von den Betreibern aufgegeben.", date="2023", opt=True,
      note="given up by the operators, no order"),
    R("DE", "investigation", "Beamte des Polizeipräsidiums Niederbayern suchten die fraglichen Räume auf und sprachen mit den Verantwortlichen;", place="Landshut"),
    R("DE", "no_wrongdoing_found", "Anhaltspunkte für strafbare Handlungen haben sich dabei nicht ergeben.", place="Landshut"),
    R("DE", "investigation", "führt ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit (§ 99 StGB). Im Zuge dessen wurden im Oktober 2024 zwei Objekte im Raum Ingolstadt durchsucht.",
      place="Ingolstadt", date="2024-10"),
    R("DE", "arrest", "Festnahmen erfolgten nicht.", pol="denied", opt=True),
    I("DE", "persuasion", "ein Fall bekannt, in dem ein chinesischer Student aus Ingolstadt über mehrere Monate hinweg telefonisch zur Rückkehr gedrängt wurde;", place="Ingolstadt",
      note="the student left for China in spring 2023"),
    I("DE", "harassment", "Angehörige in China wurden hierzu von der dortigen Polizei aufgesucht.", opt=True),
    C("returns", 1, "DE", "Es handelt sich um den einzigen derartigen Fall, der den bayerischen Sicherheitsbehörden bekannt geworden ist.", opt=True,
      note="count of one, scoped to Bavaria"),
]})

# ---------------------------------------------------------------- 016
T016 = """LAGEBILD – Der Sicherheitspodcast
Folge 48: Die lange Hand Pekings – was aus den „Polizeistationen“ wurde
Veröffentlicht am 9. April 2025 · Laufzeit 41:17 · Transkript (automatisch erstellt, redaktionell überarbeitet)

[00:00:04] MODERATORIN: Herzlich willkommen zu Lagebild. Heute geht es um ein Thema, das vor gut zwei Jahren plötzlich überall war und dann fast genauso schnell wieder verschwunden ist: die sogenannten Übersee-Polizeistationen Chinas. Bei mir ist eine Sinologin, die seit Jahren zur chinesischen Diaspora in Ostdeutschland forscht. Schön, dass Sie da sind.

[00:00:21] GAST: Danke für die Einladung.

[00:00:24] MODERATORIN: Fangen wir ganz vorne an. Was muss man sich unter so einer Station eigentlich vorstellen? Ein Büro mit Uniformierten?

[00:00:31] GAST: Nein, gar nicht. Meistens ist das ein Hinterzimmer in einem Verein, einem Reisebüro, manchmal einem Restaurant. Offiziell hilft man Landsleuten beim Verlängern des Führerscheins. In der Praxis geht es aber oft darum, die Gemeinschaft im Blick zu behalten und Leute, die in China gesucht werden, zur Rückkehr zu bewegen – das ist das Muster, das die Forschung beschreibt.

[00:01:02] MODERATORIN: Wie viele solcher Stellen gibt es denn?

[00:01:05] GAST: Die bekannteste Zählung stammt von Safeguard Defenders, einer Menschenrechtsorganisation in Madrid. Die kamen Ende 2022 auf hundertzwei Stationen in dreiundfünfzig Ländern. Das ist die Zahl, die seither überall zitiert wird.

[00:01:19] MODERATORIN: Und in Deutschland?

[00:01:21] GAST: Da wurde es konkret in Cottbus. Dort gab es in einem Vereinslokal in der Nähe des Bahnhofs eine Stelle, die nach allem, was die Behörden inzwischen sagen, vom Büro für öffentliche Sicherheit in Huaibei eingerichtet worden ist. Huaibei ist eine Bergbaustadt im Norden der Provinz Anhui, und viele der Händler in Cottbus stammen von dort.

[00:01:48] MODERATORIN: Was ist dort passiert?

[00:01:50] GAST: Der bekannteste Fall ist der einer Studentin aus Hongkong, die an der Universität in Cottbus studiert hat. Sie ist bei einer Mahnwache zum 4. Juni fotografiert worden, und die Fotos sind kurz darauf in einer Chatgruppe aufgetaucht, die von Leuten aus dem Umfeld des Vereinslokals betrieben wurde.

[00:02:14] MODERATORIN: Und die Behörden?

[00:02:16] GAST: Der Brandenburger Verfassungsschutz hat bestätigt, dass er den Hinweisen nachgeht. Mehr sagt man dort nicht, das ist ja auch üblich.

[00:02:25] MODERATORIN: Kurze Zwischenfrage, weil es in den Kommentaren immer wieder auftaucht: Wenn das alles so eindeutig ist – warum wurde niemand festgenommen?

[00:02:33] GAST: Weil es eben nicht eindeutig ist. Man muss ja beweisen, dass jemand im Auftrag eines fremden Dienstes handelt. Hätte man Festnahmen, dann hätte man wahrscheinlich auch eine Anklage – aber so weit ist es nicht.

[00:02:48] MODERATORIN: Andere Länder waren schneller.

[00:02:50] GAST: Die Niederlande zum Beispiel. Die haben schon im Herbst 2022 zwei solcher Stellen schließen lassen, gleich nachdem die ersten Berichte erschienen waren. Irland ebenso.

[00:03:04] MODERATORIN: Wir machen eine kurze Pause. Nach der Werbung: Was die Bundesregierung plant – und was nicht.

[WERBUNG]

[00:05:40] MODERATORIN: Angenommen, in Cottbus wird am Ende tatsächlich Anklage erhoben: Würde die Bundesregierung dann den Botschafter einbestellen?

[00:05:47] GAST: Das ist Spekulation. Ich kann mir vorstellen, dass das Auswärtige Amt dann reagiert, aber das ist reine Vermutung.

[00:05:55] MODERATORIN: Die chinesische Seite sagt ja, das seien alles Hilfsangebote für Auslandschinesen.

[00:06:00] GAST: Genau, die Botschaft spricht von ehrenamtlichen Servicepunkten, die mit Polizeiarbeit nichts zu tun hätten. Das ist die Standardantwort seit 2022.

Transkript-Ende des frei verfügbaren Teils. Die ganze Folge hören Sie in unserer App.
Abonnieren Sie Lagebild überall, wo es Podcasts gibt.
"""
DOCS.append({"name": "016-de-podcast-transkript-cottbus-huaibei.txt", "text": T016, "facts": [
    I(None, "surveillance", "In der Praxis geht es aber oft darum, die Gemeinschaft im Blick zu behalten und Leute, die in China gesucht werden, zur Rückkehr zu bewegen", opt=True,
      note="general statement of purpose"),
    I(None, "persuasion", "Leute, die in China gesucht werden, zur Rückkehr zu bewegen", opt=True, note="general statement of purpose"),
    C("stations", 102, None, "Die kamen Ende 2022 auf hundertzwei Stationen in dreiundfünfzig Ländern.", claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "Die kamen Ende 2022 auf hundertzwei Stationen in dreiundfünfzig Ländern.", claimant="Safeguard Defenders", date="2022"),
    S("DE", "Cottbus", "Dort gab es in einem Vereinslokal in der Nähe des Bahnhofs eine Stelle, die nach allem, was die Behörden inzwischen sagen, vom Büro für öffentliche Sicherheit in Huaibei eingerichtet worden ist.",
      operator="Huaibei"),
    I("DE", "surveillance", "Sie ist bei einer Mahnwache zum 4. Juni fotografiert worden, und die Fotos sind kurz darauf in einer Chatgruppe aufgetaucht, die von Leuten aus dem Umfeld des Vereinslokals betrieben wurde.",
      place="Cottbus"),
    R("DE", "investigation", "Der Brandenburger Verfassungsschutz hat bestätigt, dass er den Hinweisen nachgeht.", claimant="Verfassungsschutz Brandenburg"),
    R("DE", "arrest", "warum wurde niemand festgenommen?", pol="denied", opt=True, note="premise of a question"),
    S("NL", None, "Die haben schon im Herbst 2022 zwei solcher Stellen schließen lassen, gleich nachdem die ersten Berichte erschienen waren.", date="2022"),
    R("NL", "closure", "Die haben schon im Herbst 2022 zwei solcher Stellen schließen lassen", date="2022"),
    C("stations", 2, "NL", "Die haben schon im Herbst 2022 zwei solcher Stellen schließen lassen", date="2022"),
    S("IE", None, "Irland ebenso.", date="2022", note="closed stations, no place"),
    R("IE", "closure", "Irland ebenso.", date="2022"),
    D("CN", "die Botschaft spricht von ehrenamtlichen Servicepunkten, die mit Polizeiarbeit nichts zu tun hätten", claimant="Chinese embassy"),
]})

# ---------------------------------------------------------------- 017
T017 = """NEWSTICKER
Spionageverdacht gegen China: Auswärtiges Amt bestellt Botschafter ein – alle Entwicklungen im Überblick

Zuletzt aktualisiert: 27.05.2025, 19:05 Uhr
Dieser Ticker wird fortlaufend aktualisiert. Neueste Einträge stehen oben.

19:05 Uhr – Peking reagiert scharf
Das Außenministerium in Peking weist die Vorwürfe zurück. Was in Deutschland behauptet werde, sei „reine Erfindung“, sagte ein Sprecher bei der täglichen Pressekonferenz. China halte sich an das Völkerrecht und mische sich nicht in die inneren Angelegenheiten anderer Staaten ein. Polizeistationen im Ausland unterhalte China nicht, weder in Deutschland noch anderswo.

17:32 Uhr – Botschafter im Auswärtigen Amt
Es ist offiziell: Das Auswärtige Amt hat den chinesischen Botschafter für den heutigen Nachmittag einbestellt. Nach Angaben aus Ministeriumskreisen dauerte das Gespräch knapp 40 Minuten. Staatssekretärin und Botschafter hätten „in aller Deutlichkeit“ gesprochen.

16:10 Uhr – Innenministerium nennt Zahlen
Das Bundesinnenministerium äußert sich erstmals zur Größenordnung. Bundesweit seien derzeit sechs mutmaßliche Stellen dieser Art bekannt, sagte eine Sprecherin in Berlin. Die Zahl sei seit 2023 „leicht gestiegen“.

14:48 Uhr – Was wir über die Potsdamer Stelle wissen
Die durchsuchten Räume liegen in einem Bürohaus nahe dem Hauptbahnhof und sind offiziell an eine „Gesellschaft für deutsch-chinesischen Austausch“ vermietet. Nach Angaben der Bundesanwaltschaft soll die Stelle 2021 im Auftrag des Büros für öffentliche Sicherheit der Stadt Huangshan eingerichtet worden sein. Die Millionenstadt im Süden der Provinz Anhui ist vor allem für ihr Gebirge bekannt.

13:15 Uhr – Mann soll Uiguren ausgespäht haben
Der Festgenommene, ein 58 Jahre alter chinesischer Staatsangehöriger, soll nach Angaben der Karlsruher Behörde seit mindestens 2022 Informationen über in Berlin und Brandenburg lebende Uiguren gesammelt und an Stellen in China weitergegeben haben. Er wird noch heute dem Ermittlungsrichter am Bundesgerichtshof vorgeführt.

11:02 Uhr – Festnahme und Durchsuchungen in Potsdam
Die Bundesanwaltschaft hat am Morgen in Potsdam einen Mann festnehmen lassen. Ihm wird geheimdienstliche Agententätigkeit vorgeworfen. Zeitgleich durchsuchten Beamte des Bundeskriminalamts die Räume, in denen nach Überzeugung der Ermittler eine verdeckte chinesische Polizeistation betrieben wurde, sowie die Wohnung des Beschuldigten.

10:40 Uhr – Ticker gestartet
Willkommen zu unserem Newsticker. Wir halten Sie hier über alle Entwicklungen auf dem Laufenden.

Anzeige

Mehr zum Thema
Verfassungsschutz: China späht gezielt Oppositionelle aus
Kommentar: Die Bundesregierung muss Peking Grenzen setzen
"""
DOCS.append({"name": "017-de-liveticker-potsdam-huangshan.txt", "text": T017, "facts": [
    D("CN", "Das Außenministerium in Peking weist die Vorwürfe zurück. Was in Deutschland behauptet werde, sei „reine Erfindung“, sagte ein Sprecher bei der täglichen Pressekonferenz.",
      claimant="PRC Ministry of Foreign Affairs"),
    S("DE", None, "Polizeistationen im Ausland unterhalte China nicht, weder in Deutschland noch anderswo.", pol="denied", claimant="PRC Ministry of Foreign Affairs", opt=True),
    R("DE", "protest", "Das Auswärtige Amt hat den chinesischen Botschafter für den heutigen Nachmittag einbestellt.", date="2025-05-27"),
    C("stations", 6, "DE", "Bundesweit seien derzeit sechs mutmaßliche Stellen dieser Art bekannt, sagte eine Sprecherin in Berlin.", claimant="Bundesinnenministerium"),
    S("DE", "Potsdam", "Nach Angaben der Bundesanwaltschaft soll die Stelle 2021 im Auftrag des Büros für öffentliche Sicherheit der Stadt Huangshan eingerichtet worden sein.",
      operator="Huangshan", claimant="Bundesanwaltschaft", date="2021", note="'die Potsdamer Stelle' in the entry's title; the station is named in the 11:02 entry"),
    I("DE", "surveillance", "soll nach Angaben der Karlsruher Behörde seit mindestens 2022 Informationen über in Berlin und Brandenburg lebende Uiguren gesammelt und an Stellen in China weitergegeben haben.",
      claimant="Bundesanwaltschaft"),
    R("DE", "arrest", "Die Bundesanwaltschaft hat am Morgen in Potsdam einen Mann festnehmen lassen.", place="Potsdam", date="2025-05-27"),
    R("DE", "investigation", "Zeitgleich durchsuchten Beamte des Bundeskriminalamts die Räume, in denen nach Überzeugung der Ermittler eine verdeckte chinesische Polizeistation betrieben wurde, sowie die Wohnung des Beschuldigten.",
      place="Potsdam", date="2025-05-27"),
]})

# ---------------------------------------------------------------- 018 (irrelevant)
T018 = """Autobahnpolizei stoppt Reisebus mit chinesischen Touristen – Fahrer war 14 Stunden am Steuer

Deggendorf. Die Verkehrspolizeiinspektion hat am Samstag auf der A 3 bei Deggendorf einen Reisebus mit 48 Touristen aus China aus dem Verkehr gezogen. Wie die Polizei mitteilte, hatte der Fahrer die zulässige Lenkzeit um mehr als vier Stunden überschritten. Die Gruppe war auf dem Weg von Prag nach München.

Die Beamten brachten den Bus zur Kontrollstelle an der Rastanlage und untersagten die Weiterfahrt, bis ein Ersatzfahrer eintraf. Eine Reiseleiterin übersetzte für die Fahrgäste, die nach Polizeiangaben „sehr geduldig“ reagierten. Das chinesische Generalkonsulat in München bedankte sich später per E-Mail bei der Dienststelle für die Betreuung der Reisenden.

Die Kontrolle war Teil einer gemeinsamen Schwerpunktaktion mit der tschechischen Polizei, die auf Grundlage des deutsch-tschechischen Polizeivertrags regelmäßig gemeinsame Streifen im Grenzraum fährt. Insgesamt stellten die Beamten an dem Wochenende 102 Verstöße fest, darunter 53 gegen Lenk- und Ruhezeiten. Gegen den Fahrer und das Busunternehmen wurden Bußgeldverfahren eingeleitet.

Die Rastanlage dient seit 2021 als feste Kontrollstation des Schwerverkehrs. Die alte Kontrollstelle bei Pocking wurde im selben Jahr geschlossen.

Foto: Der Reisebus an der Kontrollstelle. Foto: Polizei
"""
DOCS.append({"name": "018-de-lokal-autobahnpolizei-reisebus.txt", "text": T018, "facts": []})

# ---------------------------------------------------------------- 019
T019 = """Schweizerische Eidgenossenschaft
Bundesanwaltschaft BA

Medienmitteilung
Bern, 11.09.2025

Verbotener Nachrichtendienst zugunsten Chinas: Bundesanwaltschaft erhebt Anklage gegen zwei Personen

Die Bundesanwaltschaft (BA) hat beim Bundesstrafgericht Anklage gegen zwei chinesische Staatsangehörige erhoben. Ihnen wird vorgeworfen, in Olten (SO) ab dem Jahr 2020 eine nicht deklarierte Anlaufstelle betrieben zu haben, die für chinesische Behörden Informationen über in der Schweiz lebende Personen beschaffte.

Sachverhalt
Gemäss Anklageschrift handelte es sich bei der Stelle um eine sogenannte «Overseas Police Service Station». Sie war in einem Ladenlokal an der Oltner Hauptgasse untergebracht und wurde nach den Erkenntnissen der BA vom Amt für öffentliche Sicherheit des Kreises Woyang (Provinz Anhui) eingerichtet und geführt. Gegenüber Besucherinnen und Besuchern trat sie als Hilfsstelle für Führerscheine und Dokumente auf.

Die Beschuldigten sollen zwischen 2020 und 2023 Angaben über Angehörige der tibetischen und der uigurischen Gemeinschaft in den Kantonen Solothurn und Aargau gesammelt und weitergeleitet haben. In einem Fall sollen sie einen in der Region wohnhaften Mann während mehrerer Monate dazu gedrängt haben, nach China zurückzukehren; dessen Bruder in China wurde gemäss Anklage wiederholt von der Polizei vorgeladen. Der Mann kehrte im Herbst 2022 nach China zurück.

Verfahren
Die BA eröffnete das Strafverfahren im Februar 2023 gestützt auf Informationen des Nachrichtendienstes des Bundes (NDB). Im April 2023 führte sie zusammen mit der Bundeskriminalpolizei eine Hausdurchsuchung in den Räumlichkeiten durch; diese wurden anschliessend auf Anordnung der BA versiegelt und sind seither geschlossen. Die beiden Beschuldigten befanden sich von April bis Juli 2023 in Untersuchungshaft.

Die Anklage lautet auf verbotenen politischen Nachrichtendienst (Art. 272 StGB) sowie auf verbotene Handlungen für einen fremden Staat (Art. 271 StGB). Die Beschuldigten bestreiten die Vorwürfe. Sie machen geltend, sie hätten Landsleuten lediglich beim Umschreiben von Führerscheinen geholfen.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat die chinesische Botschaft in Bern über das Verfahren informiert.

Für die Beschuldigten gilt bis zum rechtskräftigen Abschluss des Verfahrens die Unschuldsvermutung.

Hinweis an die Redaktionen: Die BA gibt über die vorliegende Mitteilung hinaus keine weiteren Auskünfte. Die Anklageschrift wird nicht herausgegeben. Der Termin der Hauptverhandlung wird vom Bundesstrafgericht in Bellinzona festgelegt.

Adresse für Rückfragen:
Kommunikation Bundesanwaltschaft, info@ba.admin.ch
"""
DOCS.append({"name": "019-de-ch-medienmitteilung-bundesanwaltschaft-olten-woyang.txt", "text": T019, "facts": [
    S("CH", "Olten", "Ihnen wird vorgeworfen, in Olten (SO) ab dem Jahr 2020 eine nicht deklarierte Anlaufstelle betrieben zu haben, die für chinesische Behörden Informationen über in der Schweiz lebende Personen beschaffte.",
      operator="Woyang", operator_alt="Bozhou", claimant="Bundesanwaltschaft", date="2020",
      note="operator in the next section: 'vom Amt für öffentliche Sicherheit des Kreises Woyang'"),
    R("CH", "arrest", "Die Bundesanwaltschaft (BA) hat beim Bundesstrafgericht Anklage gegen zwei chinesische Staatsangehörige erhoben.", date="2025-09-11"),
    I("CH", "surveillance", "Die Beschuldigten sollen zwischen 2020 und 2023 Angaben über Angehörige der tibetischen und der uigurischen Gemeinschaft in den Kantonen Solothurn und Aargau gesammelt und weitergeleitet haben.",
      claimant="Bundesanwaltschaft"),
    I("CH", "persuasion", "In einem Fall sollen sie einen in der Region wohnhaften Mann während mehrerer Monate dazu gedrängt haben, nach China zurückzukehren;", claimant="Bundesanwaltschaft",
      note="he returned in autumn 2022"),
    I("CH", "harassment", "dessen Bruder in China wurde gemäss Anklage wiederholt von der Polizei vorgeladen", opt=True),
    C("returns", 1, "CH", "Der Mann kehrte im Herbst 2022 nach China zurück.", opt=True, note="count of one"),
    R("CH", "investigation", "Die BA eröffnete das Strafverfahren im Februar 2023 gestützt auf Informationen des Nachrichtendienstes des Bundes (NDB).", date="2023-02"),
    R("CH", "closure", "diese wurden anschliessend auf Anordnung der BA versiegelt und sind seither geschlossen", place="Olten", date="2023"),
    D("CH", "Die Beschuldigten bestreiten die Vorwürfe. Sie machen geltend, sie hätten Landsleuten lediglich beim Umschreiben von Führerscheinen geholfen.",
      claimant="the defendants", opt=True, note="defendants' denial"),
    R("CH", "protest", "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat die chinesische Botschaft in Bern über das Verfahren informiert.", opt=True,
      note="informing the embassy, short of a summons"),
]})
