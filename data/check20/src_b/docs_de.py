"""check20 part B, German documents 035-037 (de-DE, de-AT, de-CH)."""
from h import S, C, R, I, A, D, wrap_hy

DOCS = []

# ---------------------------------------------------------------- 035
T035 = """Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. [Akzeptieren] [Einstellungen]

Startseite › Politik › Ausland
Schriftgröße A A A | Teilen: Facebook · X · WhatsApp · E-Mail

Razzia in Schweinfurt: Bundesanwaltschaft ermittelt wegen mutmaßlicher chinesischer Polizeistelle

Stand: 27.10.2026, 15:31 Uhr | Lesedauer: 4 Minuten

Schweinfurt/Karlsruhe (dpa) - Die Bundesanwaltschaft hat ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit gegen zwei Männer eingeleitet, die in Schweinfurt eine inoffizielle Außenstelle der chinesischen Polizei betrieben haben sollen. Beamte des Bayerischen Landeskriminalamts durchsuchten am Montagmorgen Räume eines Vereins im Stadtteil Bergl sowie zwei Wohnungen, wie eine Sprecherin der Behörde in Karlsruhe mitteilte. Festnahmen habe es nicht gegeben.

Bildunterschrift: Ein Polizeifahrzeug vor dem Vereinsheim in Schweinfurt. Foto: dpa

Nach Angaben der Ermittler soll die Anlaufstelle von der Polizei der Stadt Dunhua in der nordostchinesischen Provinz Jilin eingerichtet worden sein. Dunhua liegt im Autonomen Bezirk Yanbian, in dem viele Angehörige der koreanischen Minderheit Chinas leben. Auch unter den rund 300 Chinesinnen und Chinesen in Schweinfurt stammen etliche aus der Region.

«Man ging dorthin, um Papiere zu übersetzen oder einen Führerschein zu verlängern», sagt ein Mitglied des Vereins, das anonym bleiben möchte. «Dass da jemand mit der Polizei zu Hause telefoniert, wusste niemand.»

Nach dpa-Informationen stützen sich die Ermittlungen unter anderem auf die Aussage einer Studentin der Technischen Hochschule. Sie sei im vergangenen Jahr mehrfach von Männern aus dem Umfeld des Vereins angesprochen und gedrängt worden, nach China zurückzukehren, weil gegen ihren Vater in Dunhua ermittelt werde. Die junge Frau blieb in Deutschland und wandte sich an die Polizei.

«Man ging dorthin, um Papiere zu übersetzen oder einen Führerschein zu verlängern.»

LESEN SIE AUCH: Chinesische Investoren ziehen sich aus fränkischem Mittelstand zurück

Die Menschenrechtsorganisation Safeguard Defenders hatte 2022 weltweit mehr als hundert solcher Stellen aufgelistet. Nach Angaben des Bundesinnenministeriums gab es in Deutschland mindestens drei in Bayern, Details nannte das Ministerium nicht. Eine weitere soll sich nach Recherchen des Bayerischen Rundfunks in Aschaffenburg befunden haben und der Polizei des Kreises Helong zugeordnet gewesen sein, ebenfalls in Yanbian.

Das Auswärtige Amt bestellte am Dienstag den chinesischen Botschafter ein. Man habe «unmissverständlich deutlich gemacht», dass Deutschland keine Ausübung fremder Hoheitsgewalt auf seinem Staatsgebiet dulde, hieß es aus dem Ministerium.

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Es handle sich um ehrenamtliche Helfer, die älteren Landsleuten bei der Verlängerung von Führerscheinen über eine Online-Plattform helfen, teilte ein Sprecher mit. «Chinesische Polizeistationen in Deutschland gibt es nicht.»

Korrektur: In einer früheren Fassung hieß es, die Durchsuchung habe am Sonntag stattgefunden. Richtig ist Montag.

dpa lby/czw xx a3 kru
© dpa-infocom, dpa:261027-99-412207/3
Newsletter: Der Morgen in Franken - jetzt kostenlos abonnieren
"""

DOCS.append({
    "name": "035-de-dpa-korrektur-schweinfurt-aschaffenburg-dunhua-helong.txt",
    "text": T035,
    "facts": [
        R("DE", "investigation", "Die Bundesanwaltschaft hat ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit gegen zwei Männer eingeleitet",
          claimant="Bundesanwaltschaft"),
        S("DE", "Schweinfurt", "die in Schweinfurt eine inoffizielle Außenstelle der chinesischen Polizei betrieben haben sollen",
          claimant="Bundesanwaltschaft"),
        R("DE", "arrest", "Festnahmen habe es nicht gegeben.", claimant="Bundesanwaltschaft", pol="denied", opt=True),
        S("DE", "Schweinfurt", "Nach Angaben der Ermittler soll die Anlaufstelle von der Polizei der Stadt Dunhua in der nordostchinesischen Provinz Jilin eingerichtet worden sein.",
          operator="Dunhua", operator_alt=["Yanbian"], claimant="Bundesanwaltschaft"),
        I("DE", "persuasion", "Sie sei im vergangenen Jahr mehrfach von Männern aus dem Umfeld des Vereins angesprochen und gedrängt worden, nach China zurückzukehren",
          place="Schweinfurt", claimant="a student", date="2025"),
        C("stations", 100, None, "mehr als hundert solcher Stellen", claimant="Safeguard Defenders", date="2022", opt=True),
        C("stations", 3, "DE", "in Deutschland mindestens drei in Bayern", claimant="Bundesministerium des Innern"),
        S("DE", "Aschaffenburg", "Eine weitere soll sich nach Recherchen des Bayerischen Rundfunks in Aschaffenburg befunden haben und der Polizei des Kreises Helong zugeordnet gewesen sein",
          operator="Helong", operator_alt=["Yanbian"], claimant="Bayerischer Rundfunk"),
        R("DE", "protest", "Das Auswärtige Amt bestellte am Dienstag den chinesischen Botschafter ein.", claimant="Auswärtiges Amt",
          date="2026-10-27"),
        D("CN", "Es handle sich um ehrenamtliche Helfer, die älteren Landsleuten bei der Verlängerung von Führerscheinen über eine Online-Plattform helfen",
          claimant="Chinese Embassy in Germany"),
        S("DE", None, "«Chinesische Polizeistationen in Deutschland gibt es nicht.»", claimant="Chinese Embassy in Germany",
          pol="denied", opt=True),
    ],
})

# ---------------------------------------------------------------- 036
T036_BODY = """14022/AB                                                     vom 12.06.2026 zu 14377/J (XXVIII. GP)

                                                              bmi.gv.at
Bundesministerium
Inneres

Herrn
Präsidenten des Nationalrates
Parlament
1017 Wien

Geschäftszahl: 2026-0.318.554

Die Abgeordneten zum Nationalrat haben am 14. April 2026 unter der Nr. 14377/J an mich eine schriftliche parlamentarische Anfrage betreffend „Chinesische Polizei~stationen in Niederösterreich und Kärnten“ gerichtet.

Diese Anfrage beantworte ich nach den mir vorliegenden Informationen wie folgt:

Einleitend ist festzuhalten, dass in der Anfrage auf einen Medien~bericht verwiesen wird, wonach in Amstetten ein von der Polizei der Stadt Yangquan (Provinz Shanxi) betriebener „Service~punkt“ für chinesische Staatsangehörige bestehe und in Wolfsberg eine weitere derartige Einrichtung, die dem Amt für öffentliche Sicherheit des Kreises Gaoping zugeordnet werde.

Zu den Fragen 1 und 2:

Die Direktion Staatsschutz und Nachrichtendienst (DSN) hat gemeinsam mit dem Landesamt Staatsschutz und Extremismus~bekämpfung Niederösterreich im Februar 2026 Erhebungen zu den Räum~lich~keiten in Amstetten durchgeführt. Hinweise auf strafrechtlich relevante Hand~lungen haben sich im Zuge dieser Erhebungen nicht ergeben. Die Räum~lich~keiten werden nach Auskunft des Vermieters seit März 2026 nicht mehr genutzt.

Zu Frage 3:

Der Landespolizeidirektion Kärnten ist in Wolfsberg keine derartige Einrichtung bekannt.

Zu Frage 4:

Im Jahr 2022 wurden den Sicherheits~behörden bundesweit zwei Standorte bekannt, die im Zusammen~hang mit sogenannten „Übersee-Polizei~stationen“ genannt wurden. Zu den Ergebnissen der damaligen Abklärungen verweise ich auf die Beantwortung der Anfrage 12791/J (XXVII. GP).

Zu Frage 5:

Seitens des Bundesministeriums für europäische und internationale Angelegenheiten wurde das Thema im Rahmen eines Gesprächs mit Vertretern der chinesischen Botschaft angesprochen. Eine Einbestellung des Botschafters erfolgte nicht.

Zu Frage 6:

Welche Maßnahmen im Falle eines künftigen Verdachts gesetzt würden, hängt von den Umständen des Einzelfalls ab; hypothetische Frage~stellungen können nicht beantwortet werden.

Zu Frage 7:

Ein bilaterales Abkommen mit der Volksrepublik China über gemeinsame Streifen~dienste besteht nicht.

Der Bundesminister
(elektronisch gefertigt)

                                                                      Seite 1 von 2
"""
T036 = wrap_hy(T036_BODY, 64)

DOCS.append({
    "name": "036-de-at-anfragebeantwortung-amstetten-wolfsberg-yangquan-gaoping.txt",
    "text": T036,
    "facts": [
        S("AT", "Amstetten", "wonach in Amstetten ein von der Polizei der Stadt Yangquan (Provinz Shanxi) betriebener „Servicepunkt“ für chinesische Staatsangehörige bestehe",
          operator="Yangquan", claimant="Austrian media"),
        S("AT", "Wolfsberg", "in Wolfsberg eine weitere derartige Einrichtung, die dem Amt für öffentliche Sicherheit des Kreises Gaoping zugeordnet werde",
          operator="Gaoping", operator_alt=["Jincheng"], claimant="Austrian media"),
        R("AT", "investigation", "im Februar 2026 Erhebungen zu den Räumlichkeiten in Amstetten durchgeführt", place="Amstetten",
          claimant="Bundesministerium für Inneres", date="2026-02"),
        R("AT", "no_wrongdoing_found", "Hinweise auf strafrechtlich relevante Handlungen haben sich im Zuge dieser Erhebungen nicht ergeben.",
          claimant="Bundesministerium für Inneres"),
        R("AT", "closure", "Die Räumlichkeiten werden nach Auskunft des Vermieters seit März 2026 nicht mehr genutzt.",
          claimant="Bundesministerium für Inneres", date="2026-03", opt=True, note="stopped by itself"),
        S("AT", "Wolfsberg", "Der Landespolizeidirektion Kärnten ist in Wolfsberg keine derartige Einrichtung bekannt.",
          claimant="Landespolizeidirektion Kärnten", pol="denied", opt=True),
        C("stations", 2, "AT", "Im Jahr 2022 wurden den Sicherheitsbehörden bundesweit zwei Standorte bekannt",
          claimant="Bundesministerium für Inneres", date="2022"),
        R("AT", "protest", "das Thema im Rahmen eines Gesprächs mit Vertretern der chinesischen Botschaft angesprochen",
          claimant="Bundesministerium für europäische und internationale Angelegenheiten", opt=True),
        R("AT", "protest", "Eine Einbestellung des Botschafters erfolgte nicht.",
          claimant="Bundesministerium für europäische und internationale Angelegenheiten", pol="denied", opt=True),
    ],
})

# ---------------------------------------------------------------- 037
T037 = """Radio Zürisee Echo – «Regionaljournal am Abend», Sendung vom 2. Dezember 2026
Transkript (automatisch erstellt, redaktionell bearbeitet)

[Jingle]

MODERATORIN: Guten Abend, Sie hören das Regionaljournal. Unser Hauptthema heute: Die Staatsanwaltschaft ermittelt gegen einen Verein in Uster. Er soll für die chinesische Polizei gearbeitet haben. Danach: Stau am Seedamm und das Wetter. Unsere Reporterin war heute in Uster.

REPORTERIN: Ja, ich stehe hier an der Bahnhofstrasse, vor einem unscheinbaren Geschäftshaus. Im zweiten Stock hat ein chinesischer Kulturverein seit gut drei Jahren eine sogenannte Beratungsstelle betrieben. Vor zwei Wochen hat die Kantonspolizei Zürich die Räume durchsucht. Die Staatsanwaltschaft hat ein Strafverfahren eröffnet, wegen verbotener Handlungen für einen fremden Staat, Artikel 271 im Strafgesetzbuch.

MODERATORIN: Was weiss man über diese Beratungsstelle?

REPORTERIN: Laut einem Bericht der Organisation Safeguard Defenders wurde sie von der Polizei der Stadt Fuyu eingerichtet, das liegt in der Provinz Jilin im Nordosten Chinas. Der Bericht spricht von mindestens zwei solchen Stellen in der Schweiz.

MODERATORIN: Und gibt es konkrete Fälle?

REPORTERIN: Ich habe mit einer Studentin gesprochen, die in Uster wohnt. Sie hat im Frühling an einer Mahnwache für Hongkong teilgenommen. Wenige Tage später seien Polizisten bei ihren Eltern in Songyuan vorbeigekommen und hätten gesagt, die Tochter solle sich «nicht in Politik einmischen». Zurückkommen sollte sie nicht, das habe niemand verlangt.

MODERATORIN: Wo ist die zweite Stelle?

REPORTERIN: Der Bericht nennt Rapperswil-Jona und bringt sie mit der Polizei des Kreises Taonan in Verbindung. Die Kantonspolizei St. Gallen sagt allerdings, ihr sei in Rapperswil-Jona keine derartige Stelle bekannt.

MODERATORIN: Hat der Bund reagiert?

REPORTERIN: Ja. Das Aussendepartement EDA hat den chinesischen Botschafter am Montag nach Bern zitiert. Die Botschaft selbst hat uns schriftlich geantwortet: Es handle sich um Freiwillige, die Landsleuten beim Umtausch des Führerausweises und bei Formularen helfen. Mit der Polizei habe das nichts zu tun.

MODERATORIN: Was passiert, wenn sich die Vorwürfe bestätigen?

REPORTERIN: Das ist offen. Dazu wollte sich die Staatsanwaltschaft nicht äussern.

MODERATORIN: Danke. – Und nun zum Verkehr: Am Seedamm zwischen Rapperswil und Pfäffikon staut es sich wegen einer Baustelle bis zu zwanzig Minuten.

[Jingle]

MODERATORIN: Das Wetter: morgen Hochnebel, Obergrenze um 800 Meter, darüber sonnig.
"""

DOCS.append({
    "name": "037-de-ch-radio-transkript-uster-rapperswil-jona-fuyu-taonan.txt",
    "text": T037,
    "facts": [
        R("CH", "investigation", "Die Staatsanwaltschaft ermittelt gegen einen Verein in Uster.", place="Uster",
          claimant="Staatsanwaltschaft Zürich"),
        S("CH", "Uster", "Die Staatsanwaltschaft ermittelt gegen einen Verein in Uster. Er soll für die chinesische Polizei gearbeitet haben.",
          claimant="Staatsanwaltschaft Zürich", note="site: Bahnhofstrasse, the Beratungsstelle on the second floor"),
        S("CH", "Uster", "Laut einem Bericht der Organisation Safeguard Defenders wurde sie von der Polizei der Stadt Fuyu eingerichtet",
          operator="Fuyu", operator_alt=["Songyuan"], claimant="Safeguard Defenders"),
        C("stations", 2, "CH", "mindestens zwei solchen Stellen in der Schweiz", claimant="Safeguard Defenders"),
        I("CH", "harassment", "Wenige Tage später seien Polizisten bei ihren Eltern in Songyuan vorbeigekommen und hätten gesagt, die Tochter solle sich «nicht in Politik einmischen». Zurückkommen sollte sie nicht",
          place="Uster", claimant="a student", date="2026"),
        S("CH", "Rapperswil-Jona", "Der Bericht nennt Rapperswil-Jona und bringt sie mit der Polizei des Kreises Taonan in Verbindung.",
          operator="Taonan", operator_alt=["Baicheng"], claimant="Safeguard Defenders", place_alt=["Rapperswil"]),
        S("CH", "Rapperswil-Jona", "ihr sei in Rapperswil-Jona keine derartige Stelle bekannt", claimant="Kantonspolizei St. Gallen",
          pol="denied", opt=True, place_alt=["Rapperswil"]),
        R("CH", "protest", "Das Aussendepartement EDA hat den chinesischen Botschafter am Montag nach Bern zitiert.",
          claimant="EDA", date="2026-11-30"),
        D("CN", "Es handle sich um Freiwillige, die Landsleuten beim Umtausch des Führerausweises und bei Formularen helfen. Mit der Polizei habe das nichts zu tun.",
          claimant="Chinese Embassy in Switzerland"),
    ],
})
