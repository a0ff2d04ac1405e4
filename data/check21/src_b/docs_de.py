"""check21 part B, German documents 035–037 (DE, CH, NA)."""

from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------------------
# 035 de: long-form Reportage (Seite Drei style), pull quote twice, bio
# ---------------------------------------------------------------------------
T035 = """Startseite › Politik › Die Reportage

Diese Website verwendet Cookies. Mit der weiteren Nutzung stimmen Sie der Verwendung zu. Mehr erfahren | Einverstanden

DIE REPORTAGE

Die Stelle über dem Asia-Markt

In Rosenheim helfen Ehrenamtliche älteren Chinesen beim Papierkram. Sagen sie. Die Ermittler glauben, dass dort noch etwas anderes geschah – und dass die Spur bis in eine Kurstadt an der mongolischen Grenze führt.

Von unserem Korrespondenten für Südbayern | 29. November 2026, 18:00 Uhr | Lesezeit: 11 Min.

Wer an einem Samstagvormittag durch die Rosenheimer Innenstadt geht, riecht zuerst die gebrannten Mandeln vom Max-Josefs-Platz und dann, zwei Ecken weiter, Sternanis. Der Asia-Markt in der Seitenstraße ist der einzige weit und breit, der frischen Tofu und eingelegtes Gemüse aus Sichuan führt. Die Kundschaft: Studierende der Technischen Hochschule, Köchinnen aus den drei China-Restaurants der Stadt, Familien, die aus dem Chiemgau hereinfahren.

Über dem Markt, im ersten Stock, hängt seit dem Frühjahr 2023 ein Messingschild: „Chinesischer Kultur- und Förderverein Südostbayern e. V.“ Wer klingelte, fand dort zwei Schreibtische, einen Wasserkocher, eine Fahne und eine Pinnwand mit Formularen.

Am 12. November kamen keine Kunden, sondern Beamte. Auf Antrag des Generalbundesanwalts durchsuchten Kräfte des Bundeskriminalamts und des bayerischen Landeskriminalamts die Räume des Vereins. Karlsruhe ermittelt wegen des Verdachts der geheimdienstlichen Agententätigkeit, wie eine Sprecherin der Bundesanwaltschaft bestätigte. Festnahmen habe es nicht gegeben, die Auswertung der sichergestellten Datenträger dauere an.

Der Verdacht: Der Verein habe als eine Art inoffizielle Außenstelle der chinesischen Polizei gedient – eine jener „Polizeistationen“, über die seit 2022 in ganz Europa berichtet wird.

Rosenheim ist keine Stadt, an die man bei dem Thema zuerst denkt. Die Hochschule hat einen guten Ruf im Holzbau und in der Kunststofftechnik, seit gut zehn Jahren kommen jedes Jahr ein paar Dutzend Studierende aus China. Einige sind geblieben, arbeiten bei Fensterbauern und Sägewerken im Landkreis. Der Verein, sagt ein Mitglied, habe Sprachkurse für Kinder organisiert, ein Mondfest im Pfarrsaal, eine Sammelbestellung für Reiskocher.

Was die Ermittler interessiert, steht auf einem anderen Blatt. Nach Informationen dieser Zeitung führen Spuren aus den beschlagnahmten Unterlagen zum Büro für öffentliche Sicherheit der Stadt Arxan, einer Kurstadt im Großen Hinggan-Gebirge in der Inneren Mongolei, nahe der Grenze zur Mongolei. Die Außenstelle habe diesem Büro Berichte über Vereinsmitglieder geschickt, heißt es in Sicherheitskreisen.

„Sie wussten, wo meine Eltern wohnen, bevor ich es ihnen gesagt hatte.“

Einer, der das zu spüren bekam, ist ein junger Mann aus der Inneren Mongolei, der in Rosenheim eine Ausbildung zum Pflegefachmann macht. Im Sommer, erzählt er in einem Café am Bahnhof, habe ihn ein Vorstandsmitglied des Vereins zum Tee eingeladen und ihm nahegelegt, nach China zurückzukehren: Gegen ihn liege dort eine Anzeige wegen eines nicht bezahlten Kredits vor, das lasse sich „am besten vor Ort klären“. Er ist geblieben. Seinen Vater, sagt er, habe die Polizei in der Heimat zweimal vorgeladen.

„Sie wussten, wo meine Eltern wohnen, bevor ich es ihnen gesagt hatte.“

Die Organisation Safeguard Defenders, die das Phänomen 2022 öffentlich gemacht hat, zählt bundesweit mindestens fünf solcher Einrichtungen. Für Bayern nennt sie zwei. Die zweite soll sich in Kempten im Allgäu befinden und dem Amt für öffentliche Sicherheit des Kreises Zigui in der Provinz Hubei unterstehen. Das zuständige Polizeipräsidium Schwaben Süd/West teilte auf Anfrage mit, es lägen „keine Erkenntnisse“ über eine solche Einrichtung in Kempten vor.

LESEN SIE AUCH: Chinas Studierende in Bayern: Zwischen Hörsaal und Heimatbehörde

Im Auswärtigen Amt wird die Sache ernst genommen. Staatssekretärin und Botschafter seien vergangene Woche „zu einem Gespräch zusammengekommen“, teilte das Ministerium mit, über den Inhalt wurde Stillschweigen vereinbart. Eine förmliche Einbestellung war das nicht.

Die chinesische Botschaft in Berlin weist die Vorwürfe zurück. Bei dem Rosenheimer Verein handle es sich um eine ehrenamtliche Anlaufstelle, in der Landsleute Hilfe beim Verlängern chinesischer Führerscheine und bei Online-Gesundheitserklärungen bekämen. „Polizeistationen im Ausland gibt es nicht“, heißt es in einer schriftlichen Stellungnahme.

Am Samstag nach der Durchsuchung war der Asia-Markt voll wie immer. Das Messingschild im ersten Stock hängt noch. Geklingelt hat dort an diesem Vormittag niemand.

Bildunterschrift: Der Eingang zum Vereinsbüro über dem Asia-Markt in der Rosenheimer Innenstadt. Foto: Redaktion

Unser Autor berichtet seit 2019 aus Südbayern, zuvor war er Korrespondent in Peking.

Newsletter: Die Reportage der Woche jeden Sonntag in Ihrem Postfach. Jetzt kostenlos abonnieren.
"""

DOCS.append(dict(
    name="035-de-reportage-rosenheim-kempten-arxan-zigui.txt",
    text=T035,
    facts=[
        R("DE", "investigation", "Auf Antrag des Generalbundesanwalts durchsuchten Kräfte des Bundeskriminalamts und des bayerischen Landeskriminalamts die Räume des Vereins",
          place="Rosenheim", date="2026-11-12"),
        R("DE", "investigation", "Karlsruhe ermittelt wegen des Verdachts der geheimdienstlichen Agententätigkeit", claimant="Federal Prosecutor General"),
        R("DE", "arrest", "Festnahmen habe es nicht gegeben", pol="denied", opt=True, claimant="Federal Prosecutor General"),
        S("DE", "Rosenheim", "Der Verdacht: Der Verein habe als eine Art inoffizielle Außenstelle der chinesischen Polizei gedient", claimant="investigators",
          note="'der Verein' = the association above the Asian market in Rosenheim"),
        S("DE", "Rosenheim", "Nach Informationen dieser Zeitung führen Spuren aus den beschlagnahmten Unterlagen zum Büro für öffentliche Sicherheit der Stadt Arxan, einer Kurstadt im Großen Hinggan-Gebirge in der Inneren Mongolei",
          operator="Arxan", operator_alt=["A'ershan", "Aershan", "Hinggan", "Xing'an"], note="operator via 'die Außenstelle' and the seized papers"),
        I("DE", "persuasion", "habe ihn ein Vorstandsmitglied des Vereins zum Tee eingeladen und ihm nahegelegt, nach China zurückzukehren", place="Rosenheim",
          date="2026", note="nursing trainee; stayed"),
        I("DE", "harassment", "Seinen Vater, sagt er, habe die Polizei in der Heimat zweimal vorgeladen", opt=True,
          note="pressure on a relative inside a persuasion case"),
        C("stations", 5, "DE", "zählt bundesweit mindestens fünf solcher Einrichtungen", claimant="Safeguard Defenders"),
        C("stations", 2, "DE", "Für Bayern nennt sie zwei", claimant="Safeguard Defenders", note="scoped to Bavaria"),
        S("DE", "Kempten", "Die zweite soll sich in Kempten im Allgäu befinden und dem Amt für öffentliche Sicherheit des Kreises Zigui in der Provinz Hubei unterstehen",
          operator="Zigui", operator_alt=["Yichang"], place_alt=["Kempten (Allgäu)"], claimant="Safeguard Defenders"),
        S("DE", "Kempten", "es lägen „keine Erkenntnisse“ über eine solche Einrichtung in Kempten vor", pol="denied", opt=True,
          place_alt=["Kempten (Allgäu)"], claimant="Polizeipräsidium Schwaben Süd/West"),
        R("DE", "protest", "Staatssekretärin und Botschafter seien vergangene Woche „zu einem Gespräch zusammengekommen“", opt=True,
          claimant="German Federal Foreign Office", note="a meeting, 'not a formal summons'"),
        R("DE", "protest", "Eine förmliche Einbestellung war das nicht", pol="denied", opt=True),
        D("CN", "Bei dem Rosenheimer Verein handle es sich um eine ehrenamtliche Anlaufstelle, in der Landsleute Hilfe beim Verlängern chinesischer Führerscheine und bei Online-Gesundheitserklärungen bekämen",
          claimant="PRC Embassy in Germany"),
    ],
))

# ---------------------------------------------------------------------------
# 036 de-CH: cantonal prosecutors' press release (Swiss spelling, ss)
# ---------------------------------------------------------------------------
T036 = """Kanton Zürich
Oberstaatsanwaltschaft

Medienmitteilung
26. November 2026

Dübendorf: Strafuntersuchung wegen verbotener Handlungen für einen fremden Staat – zwei Personen vorläufig festgenommen

Die Staatsanwaltschaft I des Kantons Zürich führt eine Strafuntersuchung gegen zwei chinesische Staatsangehörige wegen des Verdachts auf verbotene Handlungen für einen fremden Staat (Art. 271 StGB) und politischen Nachrichtendienst (Art. 272 StGB). Die beiden Beschuldigten wurden am 24. November 2026 vorläufig festgenommen und nach Einvernahmen am Folgetag wieder entlassen.

Ausgangspunkt der Untersuchung ist eine Strafanzeige vom August 2026. Darin wird geltend gemacht, dass Räumlichkeiten eines Vereins in Dübendorf als inoffizielle «Polizeiservicestation» der Volksrepublik China genutzt worden seien. Die Kantonspolizei Zürich hat die Räumlichkeiten am 24. November 2026 im Auftrag der Staatsanwaltschaft durchsucht und diverse Unterlagen sowie elektronische Geräte sichergestellt.

Gemäss den bisherigen Erkenntnissen bestanden von diesen Räumlichkeiten aus regelmässige Kontakte zum Büro für öffentliche Sicherheit der Stadt Ulanhot (Innere Mongolei). Es wird unter anderem abgeklärt, ob in der Schweiz wohnhafte Personen im Auftrag dieser Behörde kontaktiert, befragt oder unter Druck gesetzt wurden.

In einem Fall ist bekannt, dass eine im Zürcher Oberland wohnhafte Person im Frühjahr 2026 mehrfach aufgefordert wurde, in die Volksrepublik China zurückzukehren, um sich dort einem Strafverfahren zu stellen. Die Person hält sich weiterhin in der Schweiz auf.

Die in Medienberichten ebenfalls genannte Örtlichkeit in Wetzikon, die dort dem Büro für öffentliche Sicherheit des Kreises Baokang (Provinz Hubei) zugeordnet wurde, war Gegenstand von Abklärungen der Kantonspolizei. Diese haben keine Hinweise auf strafbare Handlungen ergeben.

Die Bundesanwaltschaft sowie das Bundesamt für Polizei (fedpol) sind über das Verfahren informiert. Die Ermächtigung des Bundesrates zur Strafverfolgung gemäss Art. 66 StBOG liegt vor.

Für die Beschuldigten gilt die Unschuldsvermutung. Mit Rücksicht auf das laufende Verfahren werden keine weiteren Auskünfte erteilt.

Kontakt: Medienstelle der Oberstaatsanwaltschaft des Kantons Zürich
"""

DOCS.append(dict(
    name="036-de-ch-medienmitteilung-staatsanwaltschaft-duebendorf-wetzikon-ulanhot-baokang.txt",
    text=T036,
    facts=[
        R("CH", "investigation", "Die Staatsanwaltschaft I des Kantons Zürich führt eine Strafuntersuchung gegen zwei chinesische Staatsangehörige wegen des Verdachts auf verbotene Handlungen für einen fremden Staat",
          place="Dübendorf", claimant="Oberstaatsanwaltschaft des Kantons Zürich"),
        R("CH", "arrest", "Die beiden Beschuldigten wurden am 24. November 2026 vorläufig festgenommen", date="2026-11-24",
          claimant="Oberstaatsanwaltschaft des Kantons Zürich"),
        S("CH", "Dübendorf", "Darin wird geltend gemacht, dass Räumlichkeiten eines Vereins in Dübendorf als inoffizielle «Polizeiservicestation» der Volksrepublik China genutzt worden seien",
          claimant="complainant"),
        R("CH", "investigation", "Die Kantonspolizei Zürich hat die Räumlichkeiten am 24. November 2026 im Auftrag der Staatsanwaltschaft durchsucht", place="Dübendorf",
          date="2026-11-24", claimant="Oberstaatsanwaltschaft des Kantons Zürich"),
        S("CH", "Dübendorf", "Gemäss den bisherigen Erkenntnissen bestanden von diesen Räumlichkeiten aus regelmässige Kontakte zum Büro für öffentliche Sicherheit der Stadt Ulanhot (Innere Mongolei)",
          operator="Ulanhot", operator_alt=["Wulanhaote", "Hinggan", "Xing'an"], claimant="Oberstaatsanwaltschaft des Kantons Zürich"),
        I("CH", "persuasion", "eine im Zürcher Oberland wohnhafte Person im Frühjahr 2026 mehrfach aufgefordert wurde, in die Volksrepublik China zurückzukehren, um sich dort einem Strafverfahren zu stellen",
          claimant="Oberstaatsanwaltschaft des Kantons Zürich", date="2026", note="stayed in Switzerland"),
        S("CH", "Wetzikon", "Die in Medienberichten ebenfalls genannte Örtlichkeit in Wetzikon, die dort dem Büro für öffentliche Sicherheit des Kreises Baokang (Provinz Hubei) zugeordnet wurde",
          operator="Baokang", operator_alt=["Xiangyang"], claimant="Swiss media"),
        R("CH", "no_wrongdoing_found", "Diese haben keine Hinweise auf strafbare Handlungen ergeben", place="Wetzikon", claimant="Kantonspolizei Zürich"),
    ],
))

# ---------------------------------------------------------------------------
# 037 de-NA: Namibian German-language daily, web page with embassy statement appended
# ---------------------------------------------------------------------------
T037 = """WINDHOEKER TAGEBLATT – Die deutschsprachige Tageszeitung Namibias
Nachrichten | Wirtschaft | Sport | Lokales | Leserbriefe | E-Paper

Anzeige

Polizei durchsucht chinesisches Büro in Oshakati – Zwei Festnahmen

Botschafter ins Außenministerium einbestellt

Von einer Redakteurin | Windhoek/Oshakati | 21. Oktober 2026

Die Namibische Polizei (NamPol) hat am vergangenen Freitag ein Büro im Einkaufsviertel von Oshakati durchsucht, das nach Angaben einer internationalen Menschenrechtsorganisation als verdeckter Außenposten der chinesischen Polizei gedient haben soll. Zwei chinesische Staatsangehörige wurden festgenommen; ihnen werden nach Polizeiangaben Verstöße gegen das Einwanderungsgesetz sowie Nötigung vorgeworfen. Sie sollen am Donnerstag vor dem Magistratsgericht in Oshakati erscheinen.

Das Büro im sogenannten China Town der Kreisstadt, einer Reihe von Großhandelsläden an der Hauptstraße nach Ondangwa, trug die Aufschrift „Chinesische Handelskammer Nord-Namibia – Servicebüro“. Nach Darstellung der in Madrid ansässigen Organisation Safeguard Defenders unterstand es dem Amt für öffentliche Sicherheit des Kreises Ningcheng in der chinesischen Region Innere Mongolei. Viele der chinesischen Händler im Norden Namibias stammen aus dieser Gegend.

Die Polizei bestätigte, dass sie seit Juli ermittle. Auslöser sei die Aussage einer jungen Verkäuferin gewesen, die in einem der Läden gearbeitet habe. Sie habe sich mit ihrem Arbeitgeber über ausstehende Löhne gestritten; daraufhin hätten zwei Männer sie Anfang Juni zum Flughafen Hosea Kutako gebracht und in ein Flugzeug nach Peking gesetzt. Eine Kollegin, die in Namibia blieb, meldete den Vorfall.

Ein NamPol-Sprecher sagte, man gehe „jeder Form von Einschüchterung ausländischer Staatsbürger auf namibischem Boden“ nach. Die Ermittlungen dauerten an.

Lesen Sie auch: Chinesische Läden im Norden – Konkurrenz für lokale Händler? | Oshakati-Markt: Stadtrat plant Neubau

Safeguard Defenders nennt zwei solcher Einrichtungen in Namibia. Eine zweite soll sich in Rundu an der Grenze zu Angola befinden und dem Amt für öffentliche Sicherheit des Kreises Gucheng in der Provinz Hubei zugeordnet sein. Die Polizei in der Kavango-Ost-Region sagte auf Anfrage dieser Zeitung, sie habe dazu „keine Informationen“.

Das Ministerium für Internationale Beziehungen und Handel bestellte am Montag den chinesischen Botschafter ein. Eine Sprecherin sagte, Namibia lege „großen Wert“ auf die Beziehungen zu China, erwarte aber die Achtung seiner Souveränität. Namibia und China hatten 2024 ein Abkommen über polizeiliche Zusammenarbeit unterzeichnet, das unter anderem Schulungen für namibische Beamte in China vorsieht.

Stellungnahme der Botschaft (Übersetzung der Redaktion):

„Die Botschaft der Volksrepublik China hat die Berichte zur Kenntnis genommen. In Namibia gibt es keine chinesischen Polizeistationen. Das genannte Büro ist ein Servicepunkt der Handelskammer, in dem ehrenamtliche Mitarbeiter Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen helfen. Die chinesische Regierung respektiert die Souveränität Namibias und verlangt von chinesischen Staatsbürgern, die Gesetze des Gastlandes einzuhalten.“

Kommentare (14) | Artikel teilen

Täglich informiert: Abonnieren Sie unseren kostenlosen Newsletter. Anmelden

© Windhoeker Tageblatt 2026 | Impressum | Datenschutz
"""

DOCS.append(dict(
    name="037-de-na-tageszeitung-oshakati-rundu-ningcheng-gucheng.txt",
    text=T037,
    facts=[
        R("NA", "investigation", "Die Namibische Polizei (NamPol) hat am vergangenen Freitag ein Büro im Einkaufsviertel von Oshakati durchsucht", place="Oshakati",
          date="2026-10-16"),
        S("NA", "Oshakati", "ein Büro im Einkaufsviertel von Oshakati durchsucht, das nach Angaben einer internationalen Menschenrechtsorganisation als verdeckter Außenposten der chinesischen Polizei gedient haben soll",
          claimant="Safeguard Defenders"),
        R("NA", "arrest", "Zwei chinesische Staatsangehörige wurden festgenommen", claimant="Namibian Police"),
        S("NA", "Oshakati", "Nach Darstellung der in Madrid ansässigen Organisation Safeguard Defenders unterstand es dem Amt für öffentliche Sicherheit des Kreises Ningcheng in der chinesischen Region Innere Mongolei",
          operator="Ningcheng", operator_alt=["Chifeng"], claimant="Safeguard Defenders"),
        R("NA", "investigation", "Die Polizei bestätigte, dass sie seit Juli ermittle", claimant="Namibian Police", date="2026-07"),
        I("NA", "forced_return", "daraufhin hätten zwei Männer sie Anfang Juni zum Flughafen Hosea Kutako gebracht und in ein Flugzeug nach Peking gesetzt", place="Oshakati",
          claimant="Namibian Police", date="2026-06"),
        C("stations", 2, "NA", "Safeguard Defenders nennt zwei solcher Einrichtungen in Namibia", claimant="Safeguard Defenders"),
        S("NA", "Rundu", "Eine zweite soll sich in Rundu an der Grenze zu Angola befinden und dem Amt für öffentliche Sicherheit des Kreises Gucheng in der Provinz Hubei zugeordnet sein",
          operator="Gucheng", operator_alt=["Xiangyang"], claimant="Safeguard Defenders"),
        S("NA", "Rundu", "Die Polizei in der Kavango-Ost-Region sagte auf Anfrage dieser Zeitung, sie habe dazu „keine Informationen“", pol="denied", opt=True,
          claimant="Namibian Police, Kavango East"),
        R("NA", "protest", "Das Ministerium für Internationale Beziehungen und Handel bestellte am Montag den chinesischen Botschafter ein",
          claimant="Namibian Ministry of International Relations and Trade", date="2026-10-19"),
        A("NA", "security_agreement", "Namibia und China hatten 2024 ein Abkommen über polizeiliche Zusammenarbeit unterzeichnet", date="2024"),
        S("NA", None, "In Namibia gibt es keine chinesischen Polizeistationen", pol="denied", opt=True, claimant="PRC Embassy in Namibia"),
        D("CN", "Das genannte Büro ist ein Servicepunkt der Handelskammer, in dem ehrenamtliche Mitarbeiter Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen helfen",
          claimant="PRC Embassy in Namibia"),
    ],
))
