"""check13 part B: German documents 014-019 (held-out material: contains the gold)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 014 dpa wire
T014 = """
Ermittlungen wegen mutmaßlicher chinesischer «Polizeistation» in Mainz

Mainz (dpa) - Die Generalstaatsanwaltschaft Koblenz ermittelt wegen einer mutmaßlichen chinesischen «Polizeistation» in Mainz. Beamte des Landeskriminalamts durchsuchten am Dienstag Räume eines Kulturvereins in der Mainzer Neustadt, wie eine Sprecherin der Behörde am Mittwoch mitteilte. Festnahmen gab es nicht. Gegen zwei Männer im Alter von 46 und 53 Jahren werde wegen des Verdachts der geheimdienstlichen Agententätigkeit ermittelt.

Nach Informationen aus Sicherheitskreisen soll die Anlaufstelle seit 2021 vom Büro für öffentliche Sicherheit des Kreises Guannan in der ostchinesischen Provinz Jiangsu betrieben worden sein. Dieselbe Behörde soll auch hinter einem zweiten Treffpunkt stehen: In Trier habe ein Reisebüro unweit der Porta Nigra bis zum vergangenen Herbst ähnliche Dienste angeboten. Dieser Standort sei inzwischen aufgegeben worden.

Den Ermittlern zufolge wurde ein in Mainz lebender Koch mehrfach aufgefordert, nach China zurückzukehren; seine Eltern in der Heimat seien wiederholt von Polizisten aufgesucht worden. Der Mann blieb in Deutschland.

Das Auswärtige Amt bestellte am Mittwoch den chinesischen Botschafter ein. Die Botschaft in Berlin wies die Vorwürfe als «haltlos» zurück. Es handle sich lediglich um ehrenamtliche Helfer, die Landsleuten etwa bei der Verlängerung von Führerscheinen zur Seite stünden.

Die Menschenrechtsorganisation Safeguard Defenders zählt weltweit mehr als 100 solcher Stationen, mindestens fünf davon in Deutschland. In der Bundesrepublik leben nach Schätzungen rund 150.000 chinesische Staatsangehörige.
"""
DOCS.append({"name": "014-de-dpa-mainz-trier-guannan.txt", "text": T014, "facts": [
    S("DE", "Mainz", "Die Generalstaatsanwaltschaft Koblenz ermittelt wegen einer mutmaßlichen chinesischen «Polizeistation» in Mainz.",
      operator="Guannan", operator_alt=["Lianyungang"], date="2021", claimant="Sicherheitskreise",
      note="operator and year in the next paragraph ('die Anlaufstelle'); site: Kulturverein, Mainzer Neustadt"),
    R("DE", "investigation", "Die Generalstaatsanwaltschaft Koblenz ermittelt wegen einer mutmaßlichen chinesischen «Polizeistation» in Mainz.",
      place="Mainz", claimant="Generalstaatsanwaltschaft Koblenz", note="also the search on Tuesday; Koblenz is the prosecutor's seat"),
    R("DE", "arrest", "Festnahmen gab es nicht.", place="Mainz", pol="denied", opt=True),
    S("DE", "Trier", "Dieselbe Behörde soll auch hinter einem zweiten Treffpunkt stehen: In Trier habe ein Reisebüro unweit der Porta Nigra bis zum vergangenen Herbst ähnliche Dienste angeboten.",
      operator="Guannan", operator_alt=["Lianyungang"], claimant="Sicherheitskreise", note="operator via 'Dieselbe Behörde'; site near Porta Nigra"),
    R("DE", "closure", "Dieser Standort sei inzwischen aufgegeben worden.", place="Trier", opt=True, note="stopped, no order stated"),
    I("DE", "persuasion", "Den Ermittlern zufolge wurde ein in Mainz lebender Koch mehrfach aufgefordert, nach China zurückzukehren; seine Eltern in der Heimat seien wiederholt von Polizisten aufgesucht worden.",
      place="Mainz", claimant="Ermittler", note="he stayed"),
    I("DE", "harassment", "seine Eltern in der Heimat seien wiederholt von Polizisten aufgesucht worden", place="Mainz", claimant="Ermittler", opt=True, note="visits to the parents inside the persuasion case"),
    R("DE", "protest", "Das Auswärtige Amt bestellte am Mittwoch den chinesischen Botschafter ein.", claimant=None),
    D("CN", "Die Botschaft in Berlin wies die Vorwürfe als «haltlos» zurück. Es handle sich lediglich um ehrenamtliche Helfer, die Landsleuten etwa bei der Verlängerung von Führerscheinen zur Seite stünden.",
      claimant="Chinese embassy in Berlin"),
    C("stations", 100, None, "Die Menschenrechtsorganisation Safeguard Defenders zählt weltweit mehr als 100 solcher Stationen, mindestens fünf davon in Deutschland.",
      claimant="Safeguard Defenders", opt=True, note="'mehr als 100'"),
    C("stations", 5, "DE", "Die Menschenrechtsorganisation Safeguard Defenders zählt weltweit mehr als 100 solcher Stationen, mindestens fünf davon in Deutschland.",
      claimant="Safeguard Defenders", note="'mindestens fünf davon in Deutschland'"),
]})

# ---------------------------------------------------------------- 015 Austrian long feature
T015 = """
Die lange Hand Pekings reicht bis nach Wels

Ein Vereinslokal in der Welser Innenstadt, ein rotes Schild mit goldenen Schriftzeichen, dahinter ein Raum mit zwei Schreibtischen, einem Drucker und einem Wasserkocher. Hier soll, so der Verdacht der Behörden, jahrelang eine inoffizielle Außenstelle der chinesischen Polizei untergebracht gewesen sein.

Wels ist eine Stadt, in der man einander kennt. Im Bezirk leben nach Angaben der Stadt rund 800 Menschen chinesischer Herkunft, viele von ihnen seit den Neunzigerjahren. Sie betreiben Restaurants, Nagelstudios und einen Großhandel für Gastronomiebedarf am Stadtrand. Zum Neujahrsfest lädt der Verein, dem das Lokal gehört, jedes Jahr in die Stadthalle, auch der Bürgermeister war schon zu Gast.

Seit Jänner ist es mit der Ruhe vorbei. Die Direktion Staatsschutz und Nachrichtendienst (DSN) hat Vorermittlungen eingeleitet, wie das Innenministerium auf Anfrage bestätigte. Im Februar folgte eine Hausdurchsuchung, bei der Datenträger und Listen mit Namen sichergestellt wurden. Die Staatsanwaltschaft Wels prüft den Verdacht auf einen geheimen Nachrichtendienst zum Nachteil Österreichs. Seit der Durchsuchung ist das Lokal zugesperrt.

Wer hinter dem Büro steht, blieb lange unklar. Unterlagen, die der Redaktion vorliegen, legen nahe, dass es dem Amt für öffentliche Sicherheit des Kreises Nan'ao in der Provinz Guangdong unterstellt war. Auf einem Aushang im Schaufenster war von einer „Servicestelle" die Rede, die bei Beglaubigungen und Behördenwegen helfe. Menschenrechtsgruppen zufolge dienen solche Stellen aber auch dazu, Kritiker im Ausland zu beobachten und zur Rückkehr zu bewegen.

Eine Pflegehelferin, die seit zwölf Jahren in Wels lebt, hat das am eigenen Leib erfahren. Sie hatte im Herbst an einer kleinen Kundgebung vor dem Rathaus teilgenommen. Wenige Wochen später zeigten Polizisten ihren Eltern in Guangdong Fotos, auf denen sie mit einem Transparent zu sehen ist. „Meine Mutter hat am Telefon nur geweint", erzählt sie.

Es ist nicht der einzige Ort. Österreichweit sind den Behörden nach Informationen der Redaktion drei derartige Stellen bekannt. Eine zweite in Wiener Neustadt soll nach Angaben von Safeguard Defenders ebenfalls von Nan'ao aus betreut worden sein. Die DSN fand dort nach eigenen Angaben keine Hinweise auf strafbare Handlungen. Über die dritte ist wenig bekannt.

Das Außenministerium hat den chinesischen Botschafter zu einem Gespräch gebeten. Die Botschaft spricht von „bösartiger Hetze". In Wels gebe es keine Polizeistation, sondern einen Treffpunkt für ältere Landsleute, die Hilfe mit Formularen bräuchten.

Im Stadtpolizeikommando Wels, nur ein paar Gassen weiter, will man sich zu dem Verfahren nicht äußern.
"""
DOCS.append({"name": "015-de-at-feature-wels-wiener-neustadt-nanao.txt", "text": T015, "facts": [
    S("AT", "Wels", "Ein Vereinslokal in der Welser Innenstadt, ein rotes Schild mit goldenen Schriftzeichen, dahinter ein Raum mit zwei Schreibtischen, einem Drucker und einem Wasserkocher. Hier soll, so der Verdacht der Behörden, jahrelang eine inoffizielle Außenstelle der chinesischen Polizei untergebracht gewesen sein.",
      operator="Nan'ao", operator_alt=["Nanao", "Shantou"], claimant="Austrian authorities",
      note="place from the previous sentence ('in der Welser Innenstadt'); operator three paragraphs on"),
    R("AT", "investigation", "Die Direktion Staatsschutz und Nachrichtendienst (DSN) hat Vorermittlungen eingeleitet, wie das Innenministerium auf Anfrage bestätigte.",
      place="Wels", claimant="Innenministerium", note="also Hausdurchsuchung and Staatsanwaltschaft Wels"),
    R("AT", "closure", "Seit der Durchsuchung ist das Lokal zugesperrt.", place="Wels", opt=True, note="shut after the search, no order stated"),
    I("AT", "surveillance", "Wenige Wochen später zeigten Polizisten ihren Eltern in Guangdong Fotos, auf denen sie mit einem Transparent zu sehen ist.",
      place="Wels", note="care assistant photographed at a rally before the Rathaus"),
    C("stations", 3, "AT", "Österreichweit sind den Behörden nach Informationen der Redaktion drei derartige Stellen bekannt.", claimant="Austrian authorities"),
    S("AT", "Wiener Neustadt", "Eine zweite in Wiener Neustadt soll nach Angaben von Safeguard Defenders ebenfalls von Nan'ao aus betreut worden sein.",
      operator="Nan'ao", operator_alt=["Nanao", "Shantou"], claimant="Safeguard Defenders"),
    R("AT", "no_wrongdoing_found", "Die DSN fand dort nach eigenen Angaben keine Hinweise auf strafbare Handlungen.", place="Wiener Neustadt", claimant="DSN"),
    R("AT", "protest", "Das Außenministerium hat den chinesischen Botschafter zu einem Gespräch gebeten.", opt=True, note="invited for a talk, not a summons"),
    D("CN", "Die Botschaft spricht von „bösartiger Hetze\". In Wels gebe es keine Polizeistation, sondern einen Treffpunkt für ältere Landsleute, die Hilfe mit Formularen bräuchten.",
      claimant="Chinese embassy"),
    S("AT", "Wels", "In Wels gebe es keine Polizeistation, sondern einen Treffpunkt für ältere Landsleute, die Hilfe mit Formularen bräuchten.",
      claimant="Chinese embassy", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 016 Swiss court news
T016 = """
Bundesstrafgericht verurteilt Betreiber eines chinesischen «Polizeipostens» in Aarau

Erstmals ist in der Schweiz ein Mann verurteilt worden, weil er für die chinesische Polizei einen inoffiziellen Posten betrieben hat. Das Bundesstrafgericht sprach den 52-jährigen Inhaber eines Reisebüros in Aarau des verbotenen politischen Nachrichtendienstes schuldig. Es verhängte eine bedingte Freiheitsstrafe von 14 Monaten und eine Busse von 5000 Franken.

Laut Urteil hatte der Mann ab 2020 in einem Hinterzimmer seines Geschäfts, unweit des Bahnhofs Aarau, Sprechstunden für Landsleute abgehalten. Auftraggeber war nach Überzeugung des Gerichts das Büro für öffentliche Sicherheit des Bezirks Shaxian in der Provinz Fujian. Der Mann habe Adressen und Telefonnummern von Landsleuten gesammelt und nach China weitergeleitet.

Besonders schwer wog für das Gericht der Fall eines Informatikers aus Aarau. Ihn hatte der Angeklagte mehrfach gedrängt, «für ein paar Wochen» nach China zurückzukehren, um dort eine angebliche Steuerschuld zu begleichen. Der Informatiker lehnte ab und wandte sich an die Polizei.

Die Verteidigung hatte einen Freispruch gefordert. Ihr Mandant habe lediglich beim Ausfüllen von Formularen für Pässe und Fahrausweise geholfen, von einer Polizeistation könne keine Rede sein. Das Gericht folgte dieser Darstellung nicht.

Die Bundesanwaltschaft hatte das Verfahren 2023 eröffnet, nachdem der Nachrichtendienst des Bundes Hinweise geliefert hatte. Ein zweiter Treffpunkt in Solothurn, der ebenfalls Shaxian zugerechnet wurde, war damals ebenfalls überprüft worden. «Wir haben die Räumlichkeiten kontrolliert und keine Hinweise auf eine strafbare Tätigkeit gefunden», sagte ein Sprecher der Kantonspolizei Solothurn.

Die chinesische Botschaft in Bern bezeichnete das Urteil als «politisch motiviert». In der Schweiz gebe es keine chinesischen Polizeiposten. Das Urteil ist noch nicht rechtskräftig.
"""
DOCS.append({"name": "016-de-ch-gericht-aarau-solothurn-shaxian.txt", "text": T016, "facts": [
    S("CH", "Aarau", "Erstmals ist in der Schweiz ein Mann verurteilt worden, weil er für die chinesische Polizei einen inoffiziellen Posten betrieben hat. Das Bundesstrafgericht sprach den 52-jährigen Inhaber eines Reisebüros in Aarau des verbotenen politischen Nachrichtendienstes schuldig.",
      operator="Shaxian", operator_alt=["Sanming"], date="2020", claimant="Bundesstrafgericht",
      note="station noun in the first sentence, place in the second; operator and 2020 in the next paragraph; site: back room of a travel agency near the railway station"),
    R("CH", "arrest", "Das Bundesstrafgericht sprach den 52-jährigen Inhaber eines Reisebüros in Aarau des verbotenen politischen Nachrichtendienstes schuldig.",
      place="Aarau", claimant="Bundesstrafgericht", note="conviction"),
    I("CH", "persuasion", "Ihn hatte der Angeklagte mehrfach gedrängt, «für ein paar Wochen» nach China zurückzukehren, um dort eine angebliche Steuerschuld zu begleichen.",
      place="Aarau", claimant="Bundesstrafgericht", note="IT specialist refused"),
    I("CH", "surveillance", "Der Mann habe Adressen und Telefonnummern von Landsleuten gesammelt und nach China weitergeleitet.",
      place="Aarau", claimant="Bundesstrafgericht", opt=True, note="collection of addresses, no named person"),
    D("CH", "Ihr Mandant habe lediglich beim Ausfüllen von Formularen für Pässe und Fahrausweise geholfen, von einer Polizeistation könne keine Rede sein.",
      claimant="defence", opt=True, note="defendant's denial"),
    R("CH", "investigation", "Die Bundesanwaltschaft hatte das Verfahren 2023 eröffnet, nachdem der Nachrichtendienst des Bundes Hinweise geliefert hatte.",
      place="Aarau", date="2023", claimant="Bundesanwaltschaft"),
    S("CH", "Solothurn", "Ein zweiter Treffpunkt in Solothurn, der ebenfalls Shaxian zugerechnet wurde, war damals ebenfalls überprüft worden.",
      operator="Shaxian", operator_alt=["Sanming"]),
    R("CH", "no_wrongdoing_found", "«Wir haben die Räumlichkeiten kontrolliert und keine Hinweise auf eine strafbare Tätigkeit gefunden», sagte ein Sprecher der Kantonspolizei Solothurn.",
      place="Solothurn", claimant="Kantonspolizei Solothurn"),
    D("CN", "Die chinesische Botschaft in Bern bezeichnete das Urteil als «politisch motiviert». In der Schweiz gebe es keine chinesischen Polizeiposten.",
      claimant="Chinese embassy in Bern"),
    S("CH", None, "In der Schweiz gebe es keine chinesischen Polizeiposten.", claimant="Chinese embassy in Bern", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 017 Bavarian Landtag answer, hard-wrapped PDF text
T017 = """
Bayerischer Landtag                                         Drucksache 19/4127
19. Wahlperiode                                                     14.03.2025

Schriftliche Anfrage
eines Abgeordneten der Fraktion BÜNDNIS 90/DIE GRÜNEN
vom 03.02.2025

Mutmaßliche chinesische „Polizeistationen" in Ostbayern

Medienberichten zufolge soll in Regensburg seit 2020 eine sogenannte Übersee-
Polizeistation betrieben werden, die dem Büro für öffentliche Sicherheit des
Bezirks Dafeng (Provinz Jiangsu) untersteht. Ein weiterer Standort soll sich in
Passau befinden.

Ich frage die Staatsregierung:

1.1  Welche Erkenntnisse liegen der Staatsregierung zu der Einrichtung in
     Regensburg vor?
1.2  Wurden in Passau Ermittlungen aufgenommen?
2.   Sind der Staatsregierung Fälle bekannt, in denen in Bayern lebende
     chinesische Staatsangehörige zur Rückkehr nach China gedrängt wurden?
3.   Hat die Staatsregierung Kenntnis von weiteren derartigen Einrichtungen
     in Bayern, und wird sie auf eine Einbestellung des Botschafters drängen?

Antwort
des Staatsministeriums des Innern, für Sport und Integration
vom 14.03.2025

Zu 1.1:
Das Bayerische Landesamt für Verfassungsschutz beobachtet die Einrichtung
in Regensburg seit Herbst 2023. Die Generalstaatsanwaltschaft München hat
ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agenten-
tätigkeit (§ 99 StGB) eingeleitet; in diesem Rahmen wurden im Juni 2024
Geschäftsräume durchsucht. Das Verfahren dauert an. Nach Kenntnis der
Staatsregierung ist die Einrichtung seit der Durchsuchung nicht mehr aktiv.

Zu 1.2:
Die Sicherheitsbehörden sind den Hinweisen auf einen Standort in Passau
nachgegangen. Anhaltspunkte für strafbare Handlungen haben sich dabei
nicht ergeben; ein Ermittlungsverfahren wurde nicht eingeleitet.

Zu 2.:
Der Staatsregierung ist ein Fall bekannt. Ein in Regensburg lebender Stu-
dent wurde 2023 über Angehörige in China wiederholt aufgefordert, in seine
Heimat zurückzukehren. Er ist dem nicht nachgekommen.

Zu 3.:
Über die in der Anfrage genannten Standorte hinaus liegen keine Erkenntnisse
vor. Die Pflege der auswärtigen Beziehungen ist Sache des Bundes (Art. 32
Abs. 1 GG); die Staatsregierung nimmt hierzu nicht Stellung.
"""
DOCS.append({"name": "017-de-landtag-antwort-pdf-regensburg-passau-dafeng.txt", "text": T017, "facts": [
    S("DE", "Regensburg", "Medienberichten zufolge soll in Regensburg seit 2020 eine sogenannte Übersee-Polizeistation betrieben werden, die dem Büro für öffentliche Sicherheit des Bezirks Dafeng (Provinz Jiangsu) untersteht.",
      operator="Dafeng", operator_alt=["Yancheng"], date="2020", claimant="media reports", note="premise of the written question"),
    S("DE", "Passau", "Ein weiterer Standort soll sich in Passau befinden.", claimant="media reports", note="premise of the written question"),
    R("DE", "investigation", "Die Generalstaatsanwaltschaft München hat ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit (§ 99 StGB) eingeleitet; in diesem Rahmen wurden im Juni 2024 Geschäftsräume durchsucht.",
      place="Regensburg", claimant="Bavarian interior ministry"),
    R("DE", "closure", "Nach Kenntnis der Staatsregierung ist die Einrichtung seit der Durchsuchung nicht mehr aktiv.", place="Regensburg", opt=True, note="stopped after the search, no order"),
    R("DE", "no_wrongdoing_found", "Anhaltspunkte für strafbare Handlungen haben sich dabei nicht ergeben; ein Ermittlungsverfahren wurde nicht eingeleitet.",
      place="Passau", claimant="Bavarian interior ministry"),
    R("DE", "investigation", "ein Ermittlungsverfahren wurde nicht eingeleitet", place="Passau", pol="denied", claimant="Bavarian interior ministry"),
    I("DE", "persuasion", "Ein in Regensburg lebender Student wurde 2023 über Angehörige in China wiederholt aufgefordert, in seine Heimat zurückzukehren.",
      place="Regensburg", date="2023", claimant="Bavarian interior ministry", note="he did not go"),
    C("cases", 1, "DE", "Der Staatsregierung ist ein Fall bekannt.", claimant="Bavarian interior ministry", opt=True, note="count of one"),
]})

# ---------------------------------------------------------------- 018 OCR study, hyphenated, table, footnotes
T018 = """
4.2 Mittel- und Südosteuropa

Für den Untersuchungs-
zeitraum (2019 bis 2024) konnten in der Region insgesamt sieben Stel-
len identifiziert werden, von denen fünf hinreichend belegt sind.¹ Zwei
davon liegen in Ungarn, und zwar in Debrecen und in Pécs; beide wer-
den dem Büro für öffentliche Sicherheit der Stadt Nanxiong zugeord-
net. Je eine weitere Stelle befindet sich in Cluj-Napoca (Rumänien),
in Košice (Slowakei) und in Split (Kroatien). Zu den zwei übrigen Hin-
weisen liegen nur Aussagen aus zweiter Hand vor; sie werden hier nicht
aufgeführt.

Tabeile 4: Belegte Stellen in Mitte1- und Südosteuropa

Ort            Land        zuständige Behörde       seit
Debrecen       Ungarn      Nanxiong (Shaoguan)      2019
Pécs           Ungarn      Nanxiong (Shaoguan)      2021
Cluj-Napoca    Rumänien    Lianping (Heyuan)        2020
Košice         Slowakei    Shangyu (Shaoxing)       2022
Split          Kroatien    unbekannt                2022

Die ungarischen Behörden haben nach unserer Kenntnis bis heute keine Er-
mittlungen aufgenommen. Das dürfte auch mit den engen Sicherheitsbezie-
hungen zusammenhängen: Ungarn und China hatten bereits 2019 vereinbart,
dass chinesische Polizisten in der Sommersaison gemeinsam mit ungari-
schen Kollegen in touristischen Gegenden auf Streife gehen.

Anders in der Slowakei. Dort leitete die Nationale Kriminalagentur (NAKA)
im Frühjahr 2023 ein Verfahren ein; die Stelle in Košice stellte ihre
Tätigkeit kurz darauf ein.² In Rumänien zitierte das Außenministerium
den chinesischen Geschäftsträger ins Ministerium, nachdem ein in Cluj-
Napoca lebender Unternehmer öffentlich gemacht hatte, wie er im Herbst
2022 von zwei Männern zum Flughafen begleitet und in eine Maschine nach
Peking gesetzt worden war. Die kroatische Polizei teilte auf unsere An-
frage mit, sie prüfe die Angaben zu Split.

Die chinesischen Botschaften in den vier Ländern antworteten nicht auf
unsere Anfragen. Das Außenministerium in Peking hatte ähnliche Berichte
in der Vergangenheit als ,,Verleumdung" bezeichnet.

__________
¹ Eigene Recherche; Gespräche mit 31 Personen aus den betroffenen Ge-
  meinschaften. ² Nach Angaben der NAKA wurde die Stelle nicht behördlich
  geschlossen.
"""
DOCS.append({"name": "018-de-ocr-studie-debrecen-pecs-cluj-kosice-split-nanxiong.txt", "text": T018, "facts": [
    C("stations", 7, None, "konnten in der Region insgesamt sieben Stellen identifiziert werden, von denen fünf hinreichend belegt sind.", opt=True, note="regional count"),
    C("stations", 5, None, "konnten in der Region insgesamt sieben Stellen identifiziert werden, von denen fünf hinreichend belegt sind.", opt=True, note="regional count"),
    C("stations", 2, "HU", "Zwei davon liegen in Ungarn, und zwar in Debrecen und in Pécs; beide werden dem Büro für öffentliche Sicherheit der Stadt Nanxiong zugeordnet."),
    S("HU", "Debrecen", "Zwei davon liegen in Ungarn, und zwar in Debrecen und in Pécs; beide werden dem Büro für öffentliche Sicherheit der Stadt Nanxiong zugeordnet.",
      operator="Nanxiong", operator_alt=["Shaoguan"], date="2019", note="year from the table"),
    S("HU", "Pécs", "Zwei davon liegen in Ungarn, und zwar in Debrecen und in Pécs; beide werden dem Büro für öffentliche Sicherheit der Stadt Nanxiong zugeordnet.",
      operator="Nanxiong", operator_alt=["Shaoguan"], date="2021", place_alt=["Pecs"], note="year from the table"),
    S("RO", "Cluj-Napoca", "Je eine weitere Stelle befindet sich in Cluj-Napoca (Rumänien), in Košice (Slowakei) und in Split (Kroatien).",
      operator="Lianping", operator_alt=["Heyuan"], date="2020", place_alt=["Cluj"], note="operator only in the table"),
    S("SK", "Košice", "Je eine weitere Stelle befindet sich in Cluj-Napoca (Rumänien), in Košice (Slowakei) und in Split (Kroatien).",
      operator="Shangyu", operator_alt=["Shaoxing"], date="2022", place_alt=["Kosice"], note="operator only in the table"),
    S("HR", "Split", "Je eine weitere Stelle befindet sich in Cluj-Napoca (Rumänien), in Košice (Slowakei) und in Split (Kroatien).",
      date="2022", note="operator 'unbekannt' in the table"),
    R("HU", "investigation", "Die ungarischen Behörden haben nach unserer Kenntnis bis heute keine Ermittlungen aufgenommen.", pol="denied"),
    A("HU", "joint_patrol", "Ungarn und China hatten bereits 2019 vereinbart, dass chinesische Polizisten in der Sommersaison gemeinsam mit ungarischen Kollegen in touristischen Gegenden auf Streife gehen.",
      date="2019"),
    R("SK", "investigation", "Dort leitete die Nationale Kriminalagentur (NAKA) im Frühjahr 2023 ein Verfahren ein; die Stelle in Košice stellte ihre Tätigkeit kurz darauf ein.",
      place="Košice", date="2023"),
    R("SK", "closure", "die Stelle in Košice stellte ihre Tätigkeit kurz darauf ein.", place="Košice", opt=True,
      note="stopped by itself; footnote 2: not closed by the authorities"),
    R("RO", "protest", "In Rumänien zitierte das Außenministerium den chinesischen Geschäftsträger ins Ministerium, nachdem ein in Cluj-Napoca lebender Unternehmer öffentlich gemacht hatte, wie er im Herbst 2022 von zwei Männern zum Flughafen begleitet und in eine Maschine nach Peking gesetzt worden war.",
      note="chargé d'affaires summoned"),
    I("RO", "forced_return", "nachdem ein in Cluj-Napoca lebender Unternehmer öffentlich gemacht hatte, wie er im Herbst 2022 von zwei Männern zum Flughafen begleitet und in eine Maschine nach Peking gesetzt worden war.",
      place="Cluj-Napoca", date="2022", claimant="the businessman"),
    R("HR", "investigation", "Die kroatische Polizei teilte auf unsere Anfrage mit, sie prüfe die Angaben zu Split.", place="Split", opt=True,
      note="'prüfe die Angaben': checking, not an opened case"),
    D("CN", "Das Außenministerium in Peking hatte ähnliche Berichte in der Vergangenheit als ,,Verleumdung\" bezeichnet.",
      claimant="PRC Ministry of Foreign Affairs", opt=True, note="earlier denial of similar reports, not of these"),
]})

# ---------------------------------------------------------------- 019 irrelevant
T019 = """
Überfall auf Autobahn-Tankstelle: Chinesische Reisegruppe als Zeugen

Frankfurt (Oder) - Zwei maskierte Männer haben in der Nacht zu Sonntag eine Tankstelle an der A12 bei Frankfurt (Oder) überfallen und mehrere hundert Euro erbeutet. In dem Verkaufsraum hielten sich zu diesem Zeitpunkt 23 Mitglieder einer chinesischen Reisegruppe auf, deren Bus an der Station zum Tanken gehalten hatte. Verletzt wurde niemand.

Die Polizeiinspektion Frankfurt (Oder) hat die Ermittlungen aufgenommen und sucht Zeugen. Die Reisenden wurden mithilfe einer Dolmetscherin auf der Wache befragt und setzten am Morgen ihre Rückreise nach China über den Flughafen BER fort. Die chinesische Botschaft dankte den Beamten in einer Mitteilung für ihre Hilfe.

Unabhängig davon schob die Bundespolizei am selben Tag einen ausreisepflichtigen chinesischen Staatsangehörigen nach Peking ab. Grundlage sei eine Vereinbarung mit den chinesischen Behörden über die Rückführung ausreisepflichtiger Personen, sagte ein Sprecher.
"""
DOCS.append({"name": "019-de-news-tankstelle-a12-reisegruppe.txt", "text": T019, "facts": []})
