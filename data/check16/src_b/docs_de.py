"""check16 part B, German documents 014-019 (held-out: contains gold)."""
from h import S, C, R, I, A, D, W, M

DOCS = []

# ---------------------------------------------------------------- 014
T014 = """Startseite › Politik › Baden-Württemberg

Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. [Alle akzeptieren] [Nur notwendige] [Einstellungen]

Spionageverdacht
Chinesische „Polizeistation“ in Heilbronn? Staatsanwaltschaft ermittelt

Stand: 14.03.2026, 16:42 Uhr | Lesedauer: 3 Min.

Heilbronn (dpa/lsw) - Die Staatsanwaltschaft Stuttgart ermittelt wegen des Verdachts, dass in Heilbronn über Jahre eine verdeckte Außenstelle chinesischer Sicherheitsbehörden betrieben wurde. In einem Vereinslokal in der Heilbronner Innenstadt soll seit dem Frühjahr 2023 eine sogenannte Übersee-Polizeiservicestation untergebracht gewesen sein, wie eine Sprecherin der Behörde am Freitag mitteilte. Ermittelt werde wegen des Verdachts der geheimdienstlichen Agententätigkeit.

Bild: Blick über die Heilbronner Innenstadt. Die verdächtigen Räume liegen nach Angaben der Ermittler nur wenige Gehminuten vom Marktplatz entfernt. Foto: dpa

Nach Informationen der Deutschen Presse-Agentur hatten Beamte des Landeskriminalamts die Räume bereits am Dienstag durchsucht und Datenträger sichergestellt. Festnahmen gab es nicht. Die Stelle soll den Erkenntnissen der Ermittler zufolge dem Büro für öffentliche Sicherheit der Stadt Handan in der nordchinesischen Provinz Hebei zugeordnet sein. Dieselbe Behörde soll auch hinter einer zweiten Anlaufstelle in Pforzheim stehen, die allerdings schon im vergangenen Herbst von sich aus ihre Tätigkeit eingestellt hat.

LESEN SIE AUCH
Spionageprozess in München: Was über Chinas Netzwerke in Europa bekannt ist

Ins Rollen gebracht hatte den Fall die Anzeige eines Ingenieurs aus dem Landkreis Heilbronn. Der aus Hebei stammende Mann gab an, Beamte hätten seit dem Sommer mehrfach seine Eltern in Handan aufgesucht und von ihnen verlangt, auf den Sohn einzuwirken, damit er seine Kritik an der Regierung in sozialen Netzwerken einstelle. Zurückkehren wolle er nicht, sagte er der dpa. „Meine Mutter weint jedes Mal am Telefon.“

„Wir nehmen jeden Hinweis auf eine Einflussnahme fremder Staaten auf Menschen in Baden-Württemberg sehr ernst“, sagte ein Sprecher des Innenministeriums in Stuttgart.

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Bei den genannten Einrichtungen handle es sich lediglich um Servicezentren, in denen Landsleute Hilfe bei der Verlängerung ihrer Führerscheine erhielten, teilte sie auf Anfrage mit. Von „Polizeistationen“ zu sprechen, sei „völlig haltlos“.

„Wir nehmen jeden Hinweis auf eine Einflussnahme fremder Staaten sehr ernst.“

Die Menschenrechtsorganisation Safeguard Defenders hatte im Herbst 2022 von mehr als hundert solcher Stationen weltweit berichtet; in Deutschland waren damals mindestens drei Standorte bekannt geworden.

Korrektur: In einer früheren Fassung dieses Artikels hieß es, die zweite Anlaufstelle habe sich in Heidelberg befunden. Richtig ist Pforzheim. Wir bitten, den Fehler zu entschuldigen.

Newsletter
Das Wichtigste aus dem Südwesten – jeden Morgen um sechs in Ihrem Postfach. Jetzt kostenlos abonnieren!

© dpa-infocom, dpa:260314-99-481207/4
"""
DOCS.append({"name": "014-de-dpa-meldung-heilbronn-pforzheim-handan.txt", "text": T014, "facts": [
    S("DE", "Heilbronn", "In einem Vereinslokal in der Heilbronner Innenstadt soll seit dem Frühjahr 2023 eine sogenannte Übersee-Polizeiservicestation untergebracht gewesen sein",
      operator="Handan", claimant="Staatsanwaltschaft Stuttgart", date="2023",
      note="operator two sentences on: 'Die Stelle soll … dem Büro für öffentliche Sicherheit der Stadt Handan … zugeordnet sein'"),
    S("DE", "Pforzheim", "Dieselbe Behörde soll auch hinter einer zweiten Anlaufstelle in Pforzheim stehen", operator="Handan",
      note="operator by reference ('Dieselbe Behörde'); Heidelberg in the correction is not a station"),
    R("DE", "investigation", "Die Staatsanwaltschaft Stuttgart ermittelt wegen des Verdachts, dass in Heilbronn über Jahre eine verdeckte Außenstelle chinesischer Sicherheitsbehörden betrieben wurde.",
      place="Heilbronn", claimant="Staatsanwaltschaft Stuttgart", date="2026-03"),
    R("DE", "arrest", "Festnahmen gab es nicht.", pol="denied", opt=True),
    R("DE", "closure", "die allerdings schon im vergangenen Herbst von sich aus ihre Tätigkeit eingestellt hat", place="Pforzheim", opt=True,
      note="stopped by itself, no order"),
    I("DE", "harassment", "Der aus Hebei stammende Mann gab an, Beamte hätten seit dem Sommer mehrfach seine Eltern in Handan aufgesucht und von ihnen verlangt, auf den Sohn einzuwirken, damit er seine Kritik an der Regierung in sozialen Netzwerken einstelle.",
      place="Heilbronn", claimant="engineer from the Heilbronn district", note="parents pressured over the son's posts; he is not urged home"),
    D("CN", "Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Bei den genannten Einrichtungen handle es sich lediglich um Servicezentren, in denen Landsleute Hilfe bei der Verlängerung ihrer Führerscheine erhielten, teilte sie auf Anfrage mit.",
      claimant="Chinese Embassy in Germany"),
    C("stations", 100, None, "Die Menschenrechtsorganisation Safeguard Defenders hatte im Herbst 2022 von mehr als hundert solcher Stationen weltweit berichtet",
      claimant="Safeguard Defenders", date="2022", opt=True, note="'mehr als hundert'"),
    C("stations", 3, "DE", "in Deutschland waren damals mindestens drei Standorte bekannt geworden", claimant="Safeguard Defenders", date="2022"),
]})

# ---------------------------------------------------------------- 015
H015 = "Deutscher Bundestag – 21. Wahlperiode              – {p} –                 Drucksache 21/4187"
MK015 = ["Staats·angehörige", "Staats·angehörigen", "Ermittlungs·verfahren", "Bundes·regierung", "Landes·kriminalamt", "Agenten·tätigkeit", "General·bundesanwalt", "Bundes·gerichtshof", "Einwir·kungen", "Herkunfts·land", "Polizei·kräfte", "nachrichten·dienstliche", "Vorbemer·kung", "Einfluss·nahme", "verantwort·lichen", "Volks·republik", "Augen·schein", "Anhalts·punkte", "Mecklenburg-Vor·pommern", "Befug·nisse", "Dienst·gebrauch", "Beant·wortung"]
P015a = W(M("""Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Hanna Brügge·mann, Torsten Wiek, Leyla Asar und der Fraktion – Drucksache 21/3950 –

Mutmaßliche Außenstellen chinesischer Polizeibehörden in Mecklenburg-Vorpommern

Vorbemerkung der Fragesteller
Medienberichten zufolge soll in Schwerin seit dem Jahr 2024 eine von der Polizei·behörde der Stadt Tieling (Provinz Liaoning) betriebene „Service·station“ für chine·sische Staatsangehörige bestehen¹. Eine weitere derartige Anlaufstelle wird in Stral·sund vermutet. Berichtet wird zudem, dass in Mecklenburg-Vorpommern lebende chine·sische Staatsangehörige über Angehörige in der Volksrepublik unter Druck gesetzt worden seien, in ihr Heimatland zurückzukehren.

Vorbemerkung der Bundesregierung
Die Bundesregierung nimmt Berichte über eine mögliche Einflussnahme ausländischer Staaten auf in Deutschland lebende Menschen sehr ernst. Sie weist darauf hin, dass die Beantwortung einzelner Fragen nicht in offener Form erfolgen kann, soweit Ermittlungs·verfahren oder nachrichtendienstliche Erkenntnisse betroffen sind. Die Antwort zu Frage 5 ist insoweit als „VS – Nur für den Dienstgebrauch“ eingestuft².

1. Welche Kenntnisse hat die Bundesregierung über die in der Vorbemerkung der Fragesteller genannte Einrichtung in Schwerin?
Der Generalbundesanwalt beim Bundesgerichtshof hat im Januar 2026 einen Prüfvor·gang angelegt, um zu klären, ob ein Anfangsverdacht wegen geheimdienstlicher Agenten·tätigkeit (§ 99 StGB) besteht. Nach Kenntnis der Bundesregierung hat die Einrichtung ihren Betrieb im März 2026 eingestellt.
""", MK015), width=58)
P015b = W(M("""2. Liegen der Bundesregierung Erkenntnisse zu einer Einrichtung in Stralsund vor?
Das Landeskriminalamt Mecklenburg-Vorpommern hat die in Rede stehenden Räume im Februar 2026 in Augenschein genommen und die verantwortlichen Personen befragt. Anhaltspunkte für strafbare Handlungen haben sich dabei nicht ergeben.

3. Hat die Bundesregierung den Botschafter der Volksrepublik China einbestellt, und wenn nein, warum nicht?
Das Auswärtige Amt hat am 12. Februar 2026 den Gesandten der Botschaft der Volks·republik China einbestellt und deutlich gemacht, dass die Ausübung hoheitlicher Befugnisse fremder Staaten auf deutschem Staatsgebiet nicht hingenommen wird.

4. In wie vielen Fällen sind nach Kenntnis der Bundesregierung Personen infolge von Einwirkungen der in der Vorbemerkung genannten Art in die Volksrepublik China zurückgekehrt?
Der Bundesregierung sind zwei Fälle bekannt, in denen Personen aus Deutschland nach Einwirkung auf in der Volksrepublik China lebende Angehörige in ihr Herkunftsland zurückgekehrt sind. Einer der Fälle betrifft den Raum Schwerin.

5. Wie viele Einrichtungen dieser Art waren oder sind nach Kenntnis der Bundesregierung bundesweit aktiv?
Nach Kenntnis der Bundesregierung waren oder sind in Deutschland mindestens fünf derartige Einrichtungen aktiv gewesen. Im Übrigen wird auf die Vorbemerkung der Bundesregierung verwiesen.

6. Bestehen Vereinbarungen zwischen der Bundesrepublik Deutschland und der Volksrepublik China über gemeinsame Polizeistreifen?
Nein. Gemeinsame Streifen deutscher und chinesischer Polizeikräfte hat es nicht gegeben und sind nicht geplant.
""", MK015), width=58)
T015 = (H015.format(p="1") + "\n\n" + P015a + "\n\n"
        + "________________\n¹ Vgl. Berichterstattung regionaler Medien vom 8. Dezember 2025.\n"
        + "² Die eingestufte Antwort ist in der Geheimschutzstelle des Deutschen Bundestages hinterlegt.\n\n"
        + "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums des Innern vom\n31. März 2026 übermittelt.\n\n\f"
        + H015.format(p="2") + "\n\n" + P015b + "\n")
DOCS.append({"name": "015-de-antwort-kleine-anfrage-wrapped-schwerin-stralsund-tieling.txt", "text": T015, "facts": [
    S("DE", "Schwerin", "Medienberichten zufolge soll in Schwerin seit dem Jahr 2024 eine von der Polizeibehörde der Stadt Tieling (Provinz Liaoning) betriebene „Servicestation“ für chinesische Staatsangehörige bestehen",
      operator="Tieling", claimant="media reports", date="2024", note="premise in the Vorbemerkung der Fragesteller"),
    S("DE", "Stralsund", "Eine weitere derartige Anlaufstelle wird in Stralsund vermutet.", claimant="media reports"),
    R("DE", "investigation", "Der Generalbundesanwalt beim Bundesgerichtshof hat im Januar 2026 einen Prüfvorgang angelegt",
      place="Schwerin", claimant="German government", date="2026-01"),
    R("DE", "closure", "Nach Kenntnis der Bundesregierung hat die Einrichtung ihren Betrieb im März 2026 eingestellt.", place="Schwerin",
      claimant="German government", date="2026-03", opt=True, note="stopped, no order stated"),
    R("DE", "no_wrongdoing_found", "Anhaltspunkte für strafbare Handlungen haben sich dabei nicht ergeben.", place="Stralsund",
      claimant="German government", date="2026-02"),
    R("DE", "protest", "Das Auswärtige Amt hat am 12. Februar 2026 den Gesandten der Botschaft der Volksrepublik China einbestellt",
      claimant="German government", date="2026-02-12"),
    C("returns", 2, "DE", "Der Bundesregierung sind zwei Fälle bekannt, in denen Personen aus Deutschland nach Einwirkung auf in der Volksrepublik China lebende Angehörige in ihr Herkunftsland zurückgekehrt sind.",
      claimant="German government"),
    I("DE", "persuasion", "Der Bundesregierung sind zwei Fälle bekannt, in denen Personen aus Deutschland nach Einwirkung auf in der Volksrepublik China lebende Angehörige in ihr Herkunftsland zurückgekehrt sind.",
      claimant="German government", note="returns through pressure on relatives"),
    I("DE", "harassment", "Berichtet wird zudem, dass in Mecklenburg-Vorpommern lebende chinesische Staatsangehörige über Angehörige in der Volksrepublik unter Druck gesetzt worden seien, in ihr Heimatland zurückzukehren.",
      opt=True, note="pressure on relatives inside persuasion"),
    C("stations", 5, "DE", "Nach Kenntnis der Bundesregierung waren oder sind in Deutschland mindestens fünf derartige Einrichtungen aktiv gewesen.",
      claimant="German government"),
    A("DE", "joint_patrol", "Gemeinsame Streifen deutscher und chinesischer Polizeikräfte hat es nicht gegeben und sind nicht geplant.",
      claimant="German government", pol="denied", opt=True, note="no agreement, no patrols"),
]})

# ---------------------------------------------------------------- 016
T016 = """Ö1 Morgenjournal vom 18. Februar 2026, 07.00 Uhr
Transkript (automatisch erstellt und redaktionell bearbeitet; es gilt das gesprochene Wort)

[Signation]

MODERATORIN: Guten Morgen, es ist sieben Uhr. Die Themen: Streit um das Budget, Tauwetter in den Alpen – und ein Verdacht, der bis nach Nordchina reicht. Die Direktion Staatsschutz und Nachrichtendienst, kurz DSN, prüft nach Ö1-Informationen eine mutmaßliche chinesische Polizeistation in Krems an der Donau. Unser Reporter war vor Ort.

REPORTER: Ein Geschäftslokal in der Kremser Altstadt, im Schaufenster Prospekte für Reisen nach Peking und Xi'an, innen ein Schreibtisch, zwei Sessel, eine chinesische Flagge. Hier soll nach Angaben einer Menschenrechtsgruppe seit dem Sommer 2024 eine Außenstelle des Amts für öffentliche Sicherheit von Changzhi betrieben worden sein. Changzhi liegt in der Provinz Shanxi, gut siebenhundert Kilometer südwestlich von Peking. Das Lokal war gestern geschlossen, auf mehrmaliges Klopfen öffnete niemand.

MODERATORIN: Was soll dort passiert sein?

REPORTER: Offiziell hat man Landsleuten geholfen, etwa beim Verlängern von Dokumenten. Eine chinesische Studentin, die in Krems studiert, erzählt aber etwas anderes. Wir haben ihre Stimme nachsprechen lassen.

O-TON STUDENTIN (Übersetzung, nachgesprochen): „Erst haben sie mich in das Büro eingeladen, zu einem Tee. Dann haben sie meine Mutter in Changzhi angerufen, drei Mal in einer Woche. Sie sollte mir sagen, dass ich nach Hause kommen muss, weil ich auf Instagram Sachen über Hongkong geteilt habe.“

REPORTER: Die junge Frau ist nicht zurückgekehrt. Sie hat sich an eine Beratungsstelle in Wien gewandt, und über diese ist der Fall bei den Behörden gelandet.

MODERATORIN: Und was sagen die Behörden?

REPORTER: Im Innenministerium heißt es, man habe das Lokal im Jänner überprüft, strafrechtlich relevante Hinweise hätten sich bisher nicht ergeben; die Erhebungen seien aber nicht abgeschlossen. Das Außenministerium hat gestern Nachmittag den Geschäftsträger der chinesischen Botschaft ins Haus am Minoritenplatz zitiert. Die Botschaft selbst verweist auf eine Stellungnahme vom Herbst: In Österreich gebe es keine chinesischen Polizeistationen, die genannten Stellen würden von Freiwilligen geführt und hälfen älteren Menschen mit Führerscheinen und Formularen.

MODERATORIN: Ist das ein Einzelfall?

REPORTER: In Österreich waren schon 2022 zwei solche Stellen bekannt geworden, beide wurden damals nach Angaben des Innenministeriums geschlossen. Weltweit hat die Organisation Safeguard Defenders hundertzwei gezählt, in dreiundfünfzig Ländern.

MODERATORIN: Danke. – Und jetzt zum Wetter: Nach einer frostigen Nacht wird es heute deutlich milder …

[Musik]

Ö1 Morgenjournal | Nachhören für sieben Tage in der Radiothek
"""
DOCS.append({"name": "016-de-radio-transkript-krems-changzhi.txt", "text": T016, "facts": [
    S("AT", "Krems an der Donau", "Ein Geschäftslokal in der Kremser Altstadt, im Schaufenster Prospekte für Reisen nach Peking und Xi'an, innen ein Schreibtisch, zwei Sessel, eine chinesische Flagge. Hier soll nach Angaben einer Menschenrechtsgruppe seit dem Sommer 2024 eine Außenstelle des Amts für öffentliche Sicherheit von Changzhi betrieben worden sein.",
      operator="Changzhi", claimant="human rights group", date="2024", place_alt=["Krems"],
      note="'Hier' = the shop in Krems named in the previous sentence"),
    R("AT", "investigation", "Die Direktion Staatsschutz und Nachrichtendienst, kurz DSN, prüft nach Ö1-Informationen eine mutmaßliche chinesische Polizeistation in Krems an der Donau.",
      place="Krems an der Donau", claimant="Ö1", date="2026-02"),
    R("AT", "no_wrongdoing_found", "Im Innenministerium heißt es, man habe das Lokal im Jänner überprüft, strafrechtlich relevante Hinweise hätten sich bisher nicht ergeben",
      place="Krems an der Donau", claimant="Austrian Interior Ministry", date="2026-01"),
    R("AT", "protest", "Das Außenministerium hat gestern Nachmittag den Geschäftsträger der chinesischen Botschaft ins Haus am Minoritenplatz zitiert.",
      claimant="Austrian Foreign Ministry", date="2026-02-17"),
    I("AT", "persuasion", "Sie sollte mir sagen, dass ich nach Hause kommen muss, weil ich auf Instagram Sachen über Hongkong geteilt habe.",
      place="Krems an der Donau", claimant="Chinese student in Krems", note="she stayed"),
    I("AT", "harassment", "Dann haben sie meine Mutter in Changzhi angerufen, drei Mal in einer Woche.", opt=True,
      note="pressure on the mother inside the persuasion case"),
    D("CN", "Die Botschaft selbst verweist auf eine Stellungnahme vom Herbst: In Österreich gebe es keine chinesischen Polizeistationen, die genannten Stellen würden von Freiwilligen geführt und hälfen älteren Menschen mit Führerscheinen und Formularen.",
      claimant="Chinese Embassy in Austria"),
    S("AT", None, "In Österreich gebe es keine chinesischen Polizeistationen", claimant="Chinese Embassy in Austria", pol="denied", opt=True),
    C("stations", 2, "AT", "In Österreich waren schon 2022 zwei solche Stellen bekannt geworden", date="2022"),
    R("AT", "closure", "beide wurden damals nach Angaben des Innenministeriums geschlossen", claimant="Austrian Interior Ministry", date="2022"),
    C("stations", 102, None, "Weltweit hat die Organisation Safeguard Defenders hundertzwei gezählt, in dreiundfünfzig Ländern.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Weltweit hat die Organisation Safeguard Defenders hundertzwei gezählt, in dreiundfünfzig Ländern.", claimant="Safeguard Defenders"),
]})

# ---------------------------------------------------------------- 017
T017 = """THÜRINGEN

Chinesische „Polizeistation“ in Jena: Was wir wissen – und was nicht

Die Stadt hat einem Verein die Räume entzogen, das LKA ermittelt. Die wichtigsten Fragen und Antworten.

Von unserer Redaktion Jena | 27.01.2026, 11:05 Uhr | aktualisiert 15:30 Uhr

[Anzeige]

Was ist passiert?
Die Stadt Jena hat einem chinesischen Kulturverein die weitere Nutzung städtischer Räume in Jena-Lobeda untersagt. Grund ist der Verdacht, dass dort eine inoffizielle Außenstelle der chinesischen Polizei tätig war. Das Thüringer Landeskriminalamt hat Vorermittlungen eingeleitet; ein Sprecher bestätigte das am Dienstag, ohne Einzelheiten zu nennen.

Wer soll dahinterstecken?
Nach Recherchen des MDR soll die Stelle im Jahr 2023 vom Amt für öffentliche Sicherheit in Yuncheng eingerichtet worden sein, einer Stadt im Süden der Provinz Shanxi. Der Verein bestreitet das. Sein Vorsitzender sagte unserer Zeitung, man biete lediglich Sprachkurse und Hilfe bei Behördenpost an.

Was machen solche Stationen überhaupt?
Offiziell, so die Darstellung Pekings, helfen sie Auslandschinesen bei Verwaltungsangelegenheiten, vom Führerschein bis zur Rentenbescheinigung. Kritiker und Sicherheitsbehörden sehen darin auch ein Instrument, um Regierungskritiker im Ausland zu beobachten und zur Rückkehr zu drängen. Ob das in Jena geschehen ist, ist bislang offen: Konkrete Fälle sind nicht öffentlich bekannt.

Gibt es weitere Fälle in Thüringen?
In Gera gingen die Behörden im vergangenen Jahr einem ähnlichen Hinweis auf einen Treffpunkt in der Innenstadt nach. Gefunden wurde nichts, was auf strafbares Verhalten hindeutet, teilte die Landespolizeidirektion damals mit.

Wie verbreitet ist das Phänomen?
Die Organisation Safeguard Defenders zählte 2022 einhundertzwei solcher Stationen in dreiundfünfzig Ländern. Seither haben mehrere Staaten Ermittlungen eingeleitet.

Was sagt China?
Die chinesische Botschaft weist den Vorwurf zurück. Es handle sich um ehrenamtliche Helfer, die älteren Landsleuten beim Ausfüllen von Online-Formularen zur Hand gingen, teilte ein Sprecher mit. „Polizeiliche Aufgaben werden dort nicht wahrgenommen.“

Hat die Bundesregierung reagiert?
Eine Einbestellung des Botschafters hat es in diesem Fall nicht gegeben, heißt es aus dem Auswärtigen Amt. Man stehe aber mit den Thüringer Behörden in Kontakt.

Was passiert, wenn sich der Verdacht bestätigt?
Dann könnte die Bundesanwaltschaft das Verfahren an sich ziehen. Durchsuchungen und Festnahmen wären möglich, auch eine Ausweisung von Diplomaten ist denkbar – bislang ist das aber reine Spekulation.

Mehr zum Thema
› Kommentar: Die lange Hand Pekings
› Chinesische Studierende in Thüringen: Zwischen Hörsaal und Heimat

Unsere Autorin berichtet seit 2019 für die Lokalredaktion Jena über Stadtpolitik und die Universität.
"""
DOCS.append({"name": "017-de-fragen-antworten-jena-gera-yuncheng.txt", "text": T017, "facts": [
    S("DE", "Jena", "Die Stadt Jena hat einem chinesischen Kulturverein die weitere Nutzung städtischer Räume in Jena-Lobeda untersagt. Grund ist der Verdacht, dass dort eine inoffizielle Außenstelle der chinesischen Polizei tätig war.", operator="Yuncheng",
      note="'dort' = Jena-Lobeda; operator in the next section ('soll die Stelle … vom Amt für öffentliche Sicherheit in Yuncheng eingerichtet worden sein', MDR)"),
    R("DE", "closure", "Die Stadt Jena hat einem chinesischen Kulturverein die weitere Nutzung städtischer Räume in Jena-Lobeda untersagt.",
      place="Jena", claimant="City of Jena", date="2026-01"),
    R("DE", "investigation", "Das Thüringer Landeskriminalamt hat Vorermittlungen eingeleitet", place="Jena", claimant="Thüringer Landeskriminalamt", date="2026-01"),
    D("DE", "Der Verein bestreitet das. Sein Vorsitzender sagte unserer Zeitung, man biete lediglich Sprachkurse und Hilfe bei Behördenpost an.",
      claimant="chairman of the cultural association", opt=True, note="host-country association's denial"),
    I("DE", "surveillance", "Kritiker und Sicherheitsbehörden sehen darin auch ein Instrument, um Regierungskritiker im Ausland zu beobachten und zur Rückkehr zu drängen.",
      opt=True, note="general description of the purpose, no case"),
    I("DE", "persuasion", "Kritiker und Sicherheitsbehörden sehen darin auch ein Instrument, um Regierungskritiker im Ausland zu beobachten und zur Rückkehr zu drängen.",
      opt=True, note="general description of the purpose, no case"),
    S("DE", "Gera", "In Gera gingen die Behörden im vergangenen Jahr einem ähnlichen Hinweis auf einen Treffpunkt in der Innenstadt nach.",
      opt=True, note="a tip only"),
    R("DE", "no_wrongdoing_found", "Gefunden wurde nichts, was auf strafbares Verhalten hindeutet, teilte die Landespolizeidirektion damals mit.",
      place="Gera", claimant="Landespolizeidirektion Thüringen", date="2025"),
    C("stations", 102, None, "Die Organisation Safeguard Defenders zählte 2022 einhundertzwei solcher Stationen in dreiundfünfzig Ländern.",
      claimant="Safeguard Defenders", date="2022"),
    C("countries", 53, None, "Die Organisation Safeguard Defenders zählte 2022 einhundertzwei solcher Stationen in dreiundfünfzig Ländern.",
      claimant="Safeguard Defenders", date="2022"),
    D("CN", "Die chinesische Botschaft weist den Vorwurf zurück. Es handle sich um ehrenamtliche Helfer, die älteren Landsleuten beim Ausfüllen von Online-Formularen zur Hand gingen, teilte ein Sprecher mit.",
      claimant="Chinese Embassy in Germany"),
    R("DE", "protest", "Eine Einbestellung des Botschafters hat es in diesem Fall nicht gegeben, heißt es aus dem Auswärtigen Amt.",
      claimant="Auswärtiges Amt", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 018 (irrelevant)
T018 = """WISSENSCHAFT

Deutsches Experiment fliegt zur chinesischen Raumstation

Ein Materialforschungsmodul aus Oberpfaffenhofen soll im Herbst an Bord von Tiangong gehen – als erstes deutsches Projekt seit Jahren.

Von Wissenschaftsredaktion | 03.02.2026

Köln/Peking – Erstmals seit mehreren Jahren wird wieder ein deutsches Forschungsexperiment auf der chinesischen Raumstation Tiangong betrieben. Ein Ofen zur Untersuchung von Metallschmelzen in Schwerelosigkeit, entwickelt von einem Konsortium aus Universitäten und dem Deutschen Zentrum für Luft- und Raumfahrt, soll im Oktober mit einem Frachtraumschipp (sic) der Serie Tianzhou zur Station gebracht werden. Grundlage ist eine Kooperationsvereinbarung, die beide Seiten im vergangenen Jahr unterzeichnet hatten.

Bild: Die chinesische Raumstation Tiangong, aufgenommen von einer Kamera der Besatzung. Foto: CMSA/Xinhua

Insgesamt sind nach Angaben der chinesischen Raumfahrtbehörde derzeit 53 internationale Experimente für die Station ausgewählt, aus 17 Ländern. Drei Taikonauten sind gegenwärtig an Bord; die nächste Besatzung soll im April starten.

Kritik kommt aus dem Bundestag. Ein Abgeordneter fragte, ob bei der Zusammenarbeit Sicherheitsfragen ausreichend geprüft worden seien. Das Forschungsministerium erklärte, es handle sich um reine Grundlagenforschung ohne militärische Bezüge; alle Exportkontrollen seien beachtet worden.

Das Team in Oberpfaffenhofen rechnet mit ersten Daten Anfang 2027. „Auf der Erde verfälscht die Schwerkraft jede Messung“, sagt die Projektleiterin. „In der Station haben wir ideale Bedingungen.“

Zur Sicherheit des Starts auf der Insel Hainan sperrt die örtliche Polizei traditionell weiträumig die Strände; Tausende Schaulustige werden erwartet.

Lesen Sie auch: ISS-Ende 2030 – was danach kommt
"""
T018 = T018.replace("Frachtraumschipp (sic)", "Frachtraumschiff")
DOCS.append({"name": "018-de-wissenschaft-raumstation-experiment.txt", "text": T018, "facts": []})

# ---------------------------------------------------------------- 019
T019 = """Hessischer Landtag · 21. Wahlperiode
Stenografischer Bericht – öffentliche Sitzung –
41. Sitzung des Innenausschusses
22. Januar 2026, 10:03 bis 12:47 Uhr

Tagesordnungspunkt 3:
Berichtsantrag betreffend mutmaßliche chinesische Polizeistation in Darmstadt
– Drucksache 21/2231 –

Vorsitzender: Ich rufe Tagesordnungspunkt 3 auf. Der Minister hat zugesagt, mündlich zu berichten. Bitte schön, Herr Minister.

Minister des Innern: Vielen Dank, Herr Vorsitzender. Meine Damen und Herren, nach unseren Erkenntnissen wurde in Darmstadt-Kranichstein in Räumen eines Kulturvereins bis zum Herbst 2025 eine Anlaufstelle betrieben, die dem Büro für öffentliche Sicherheit in Xingtai zuzurechnen ist. Xingtai ist eine Stadt in der Provinz Hebei. Das Landeskriminalamt hat ein Ermittlungsverfahren eingeleitet, im Oktober wurden die Räume durchsucht. Das Verfahren ist im Dezember von der Staatsanwaltschaft gemäß § 170 Absatz 2 StPO eingestellt worden, weil sich ein hinreichender Tatverdacht nicht ergeben hat. Der Verein hat die Räume nach der Durchsuchung aufgegeben.

Ich will aber nicht verschweigen, dass uns zwei Studierende der Technischen Universität angezeigt haben, sie seien bei einer Mahnwache auf dem Luisenplatz fotografiert worden, und die Bilder seien anschließend ihren Eltern in China vorgelegt worden. Diesen Hinweisen gehen wir weiter nach.

Abg. Dr. Marion Felsberg: Vielen Dank für den Bericht. Das Hessen-Magazin hat von einer zweiten derartigen Stelle in Wiesbaden berichtet, die von denselben Leuten betreut worden sein soll. Was ist daran? Und: Wenn sich herausstellen sollte, dass hier systematisch Menschen eingeschüchtert werden, würden Sie sich dann beim Bund dafür einsetzen, dass der Botschafter einbestellt wird?

Minister des Innern: Zu Wiesbaden: Uns liegen keine Erkenntnisse vor, dass es dort je eine solche Stelle gegeben hat. Zu Ihrer zweiten Frage: Einbestellungen sind Sache des Auswärtigen Amts, dem ich nicht vorgreife.

(Abg. Jörg Ruhland: Das ist doch eine Ausrede!)

Vorsitzender: Herr Kollege, Sie haben gleich das Wort.

Abg. Jörg Ruhland: Danke. Ich will nur festhalten: Nach dem, was das Bundesamt für Verfassungsschutz im Sommer veröffentlicht hat, sind bundesweit mindestens sechs solcher Stellen bekannt. Wie viele davon in Hessen?

Minister des Innern: Mir ist aus Hessen nur der Darmstädter Fall bekannt.

Vorsitzender: Weitere Wortmeldungen sehe ich nicht. Dann ist der Berichtsantrag damit erledigt.

– Ende des öffentlichen Teils: 11:12 Uhr –

Seite 17 von 52 · Stenografischer Dienst · nicht autorisierte Fassung
"""
DOCS.append({"name": "019-de-ausschussprotokoll-darmstadt-wiesbaden-xingtai.txt", "text": T019, "facts": [
    S("DE", "Darmstadt", "nach unseren Erkenntnissen wurde in Darmstadt-Kranichstein in Räumen eines Kulturvereins bis zum Herbst 2025 eine Anlaufstelle betrieben, die dem Büro für öffentliche Sicherheit in Xingtai zuzurechnen ist.",
      operator="Xingtai", claimant="Hessian Interior Minister"),
    R("DE", "investigation", "Das Landeskriminalamt hat ein Ermittlungsverfahren eingeleitet, im Oktober wurden die Räume durchsucht.",
      place="Darmstadt", claimant="Hessian Interior Minister", date="2025-10"),
    R("DE", "no_wrongdoing_found", "Das Verfahren ist im Dezember von der Staatsanwaltschaft gemäß § 170 Absatz 2 StPO eingestellt worden, weil sich ein hinreichender Tatverdacht nicht ergeben hat.",
      place="Darmstadt", claimant="Hessian Interior Minister", date="2025-12"),
    R("DE", "closure", "Der Verein hat die Räume nach der Durchsuchung aufgegeben.", place="Darmstadt", opt=True,
      note="left after the search, no order"),
    I("DE", "surveillance", "uns zwei Studierende der Technischen Universität angezeigt haben, sie seien bei einer Mahnwache auf dem Luisenplatz fotografiert worden, und die Bilder seien anschließend ihren Eltern in China vorgelegt worden.",
      place="Darmstadt", claimant="two students of TU Darmstadt"),
    I("DE", "harassment", "und die Bilder seien anschließend ihren Eltern in China vorgelegt worden", opt=True,
      note="photos shown to the parents"),
    S("DE", "Wiesbaden", "Das Hessen-Magazin hat von einer zweiten derartigen Stelle in Wiesbaden berichtet, die von denselben Leuten betreut worden sein soll.",
      operator="Xingtai", claimant="Hessen-Magazin", note="premise of an MP's question; operator by reference"),
    S("DE", "Wiesbaden", "Zu Wiesbaden: Uns liegen keine Erkenntnisse vor, dass es dort je eine solche Stelle gegeben hat.",
      claimant="Hessian Interior Minister", pol="denied", opt=True),
    C("stations", 6, "DE", "Nach dem, was das Bundesamt für Verfassungsschutz im Sommer veröffentlicht hat, sind bundesweit mindestens sechs solcher Stellen bekannt.",
      claimant="Bundesamt für Verfassungsschutz", note="MP's statement; 'bundesweit' = Germany"),
]})
