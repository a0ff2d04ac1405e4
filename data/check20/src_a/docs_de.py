"""check20 part A, German documents 009-011 (009 and 011 de-DE, 010 de-AT)."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

SD = "Safeguard Defenders"

# ---------------------------------------------------------------- 009
T009 = """Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. [Akzeptieren] [Einstellungen]

Startseite › Politik › Deutschland

Durchsuchung in Fulda: Ermittler prüfen mutmaßliche chinesische „Polizeiwache“

Fulda/Berlin (dpa) – Die Staatsanwaltschaft Fulda ermittelt gegen zwei Männer, die in der osthessischen Bischofsstadt eine inoffizielle Außenstelle der chinesischen Polizei betrieben haben sollen. Beamte des Landeskriminalamts durchsuchten am Dienstagmorgen die Räume eines deutsch-chinesischen Kulturvereins in der Nähe des Bahnhofs sowie zwei Privatwohnungen, wie eine Sprecherin der Behörde am Mittwoch mitteilte. Festnahmen habe es nicht gegeben.

Schrift: A A A    Teilen: Facebook | X | E-Mail

Fulda, eine Stadt mit gut 70.000 Einwohnern, ist bislang vor allem für ihren Dom, ihre Barockviertel und das Logistikgewerbe an der A7 bekannt. In den großen Verteilzentren rund um die Stadt arbeiten seit einigen Jahren auch mehrere Hundert Menschen aus China, viele von ihnen als Ingenieure und Techniker für Förderanlagen.

Am Rande der Innenstadt sind in dieser Zeit zwei chinesische Supermärkte, ein Nudelrestaurant und eine Wochenendschule entstanden, in der rund sechzig Kinder Mandarin und Kalligrafie lernen. Die Stadt unterstützt das chinesische Neujahrsfest auf dem Universitätsplatz seit 2023 mit einem kleinen Zuschuss.

„Das ist eine ruhige, fleißige Gemeinschaft“, sagt ein Stadtverordneter, der die Wochenendschule regelmäßig besucht. Von einer Polizeistelle habe er „nie etwas gehört“.

Der Verein war nach Angaben aus Sicherheitskreisen vor rund drei Jahren gegründet worden und bot Sprachkurse, Teeabende und Hilfe bei Behördengängen an. Sichergestellte Unterlagen deuten den Ermittlern zufolge darauf hin, dass die Anlaufstelle dem Büro für öffentliche Sicherheit der Stadt Lingyuan in der nordostchinesischen Provinz Liaoning unterstand.

Bildunterschrift: Polizeifahrzeuge vor einem Wohn- und Geschäftshaus in Fulda. Foto: dpa

„Wer in Deutschland hoheitliche Aufgaben eines fremden Staates wahrnimmt, macht sich strafbar“, sagte die Sprecherin.

Ein Gastwirt aus Liaoning, der seit zwölf Jahren in der Region lebt, berichtete der dpa, Mitarbeiter der Stelle hätten ihn im vergangenen Herbst mehrfach angerufen und gedrängt, nach China zurückzukehren, um dort „eine alte Steuersache zu klären“. Er sei geblieben.

„Wer in Deutschland hoheitliche Aufgaben eines fremden Staates wahrnimmt, macht sich strafbar“

LESEN SIE AUCH: Hessens Mittelstand klagt über Fachkräftemangel

Das Auswärtige Amt bestellte nach dpa-Informationen am Mittwochnachmittag den Gesandten der chinesischen Botschaft ein.

Die Menschenrechtsorganisation Safeguard Defenders hatte 2022 berichtet, chinesische Sicherheitsbehörden unterhielten weltweit mehr als hundert solcher Polizeistationen, darunter mindestens vier in Deutschland. Eine weitere soll sich nach Erkenntnissen der Organisation in Siegen befinden; sie werde von der Polizei der Stadt Kaiyuan geführt. Die Polizei in Nordrhein-Westfalen äußerte sich dazu zunächst nicht.

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Bei dem Verein handle es sich um eine ehrenamtliche Servicestelle, die älteren Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen helfe.

Korrektur: In einer früheren Fassung hieß es, die Durchsuchung habe am Montag stattgefunden. Richtig ist Dienstag.

dpa lhe/xx/yy 031412 Mär 26
© dpa-infocom, dpa:260311-99-123456/3
Newsletter: Jeden Morgen das Wichtigste aus Hessen – jetzt abonnieren."""

F009 = [
    R("DE", "investigation", "Die Staatsanwaltschaft Fulda ermittelt gegen zwei Männer", place="Fulda"),
    S("DE", "Fulda", "die in der osthessischen Bischofsstadt eine inoffizielle Außenstelle der chinesischen Polizei betrieben haben sollen",
      claimant="Staatsanwaltschaft Fulda"),
    R("DE", "investigation", "Beamte des Landeskriminalamts durchsuchten am Dienstagmorgen die Räume eines deutsch-chinesischen Kulturvereins",
      place="Fulda"),
    R("DE", "arrest", "Festnahmen habe es nicht gegeben.", pol="denied", opt=True),
    S("DE", "Fulda", "Sichergestellte Unterlagen deuten den Ermittlern zufolge darauf hin, dass die Anlaufstelle dem Büro für öffentliche Sicherheit der Stadt Lingyuan in der nordostchinesischen Provinz Liaoning unterstand.",
      operator="Lingyuan", operator_alt=["Chaoyang"], claimant="Staatsanwaltschaft Fulda"),
    I("DE", "persuasion", "Mitarbeiter der Stelle hätten ihn im vergangenen Herbst mehrfach angerufen und gedrängt, nach China zurückzukehren",
      place="Fulda", claimant="a restaurateur from Liaoning"),
    R("DE", "protest", "Das Auswärtige Amt bestellte nach dpa-Informationen am Mittwochnachmittag den Gesandten der chinesischen Botschaft ein."),
    C("stations", 100, None, "chinesische Sicherheitsbehörden unterhielten weltweit mehr als hundert solcher Polizeistationen", claimant=SD, opt=True),
    C("stations", 4, "DE", "darunter mindestens vier in Deutschland", claimant=SD),
    S("DE", "Siegen", "Eine weitere soll sich nach Erkenntnissen der Organisation in Siegen befinden; sie werde von der Polizei der Stadt Kaiyuan geführt.",
      operator="Kaiyuan", operator_alt=["Tieling"], claimant=SD),
    D("CN", "Bei dem Verein handle es sich um eine ehrenamtliche Servicestelle, die älteren Landsleuten bei der Verlängerung von Führerscheinen und Reisepässen helfe.",
      claimant="PRC Embassy in Germany"),
]

# ---------------------------------------------------------------- 010
T010_BODY = """14823/AB vom 02.07.2026 zu 15201/J (XXVIII. GP)
Bundesministerium für Inneres                                Seite 1 von 3

Anfragebeantwortung

Auf die schriftliche parlamentarische Anfrage der Abgeordneten zum Nationalrat betreffend „mut~maßliche chinesische Polizei~stationen in Nieder- und Oberösterreich“ beantworte ich wie folgt:

Die Anfrage~steller führen aus: Laut Medien~berichten betreibt ein Büro in einem Einkaufs~zentrum in Amstetten im Auftrag des Amts für öffentliche Sicherheit der Stadt Diaobingshan in der Provinz Liaoning eine Anlauf~stelle, die chinesische Staats~bürger „betreut“. Ein zweites Büro dieser Art soll in Traun ansässig sein.

Zu den Fragen 1 und 2:
Die Direktion Staats~schutz und Nachrichten~dienst (DSN) hat gemeinsam mit dem Landesamt Staats~schutz Niederösterreich Ermittlungen wegen des Verdachts nach § 256 StGB (Geheimer Nachrichtendienst zum Nachteil Österreichs) aufgenommen. Im Zuge dessen wurden die Räumlichkeiten in Amstetten im April 2026 auf Grund~lage einer gerichtlichen Anordnung durchsucht. Festnahmen erfolgten nicht. Es wurde festgestellt, dass in der Anlauf~stelle Listen mit Namen, Adressen und Arbeit~gebern von rund sechzig in Niederösterreich lebenden chinesischen Staats~bürgern geführt wurden.

Zu Frage 3:
Hinsichtlich Traun wurden Abklärungen durch das Landesamt Staats~schutz Oberösterreich durchgeführt. Strafrechtlich relevante Sachverhalte konnten dabei nicht festgestellt werden. Der Verein, der die Räumlich~keiten nutzt, gab an, ausschließlich bei Führer~schein~umschreibungen und Pass~angelegenheiten zu helfen. In Medien~berichten wird die Stelle dem Amt für öffentliche Sicherheit von Beizhen zugeordnet; dazu liegen dem Bundes~ministerium keine Erkenntnisse vor.

Zu Frage 4:
Das Bundes~ministerium für europäische und internationale Angelegenheiten hat den chinesischen Botschafter am 12. Mai 2026 in das Ministerium zitiert und die Erwartung Österreichs klar~gestellt.

Zu Frage 5:
Nach den vorliegenden Informationen bestehen in Österreich derzeit zwei Stellen, auf die die in der Anfrage beschriebenen Merkmale zutreffen.

Zu Frage 6:
Die Frage, was geschähe, wenn sich die Vorwürfe bestätigten, betrifft hypothetische Sachverhalte und ist einer Beantwortung nicht zugänglich.

Der Bundesminister für Inneres

14823/AB XXVIII. GP - Anfragebeantwortung          www.parlament.gv.at"""

T010 = wrap_hy(T010_BODY, 80)

F010 = [
    S("AT", "Amstetten", "Laut Medienberichten betreibt ein Büro in einem Einkaufszentrum in Amstetten im Auftrag des Amts für öffentliche Sicherheit der Stadt Diaobingshan in der Provinz Liaoning eine Anlaufstelle",
      operator="Diaobingshan", operator_alt=["Tieling"], claimant="members of the Nationalrat"),
    S("AT", "Traun", "Ein zweites Büro dieser Art soll in Traun ansässig sein.", claimant="members of the Nationalrat"),
    R("AT", "investigation", "Die Direktion Staatsschutz und Nachrichtendienst (DSN) hat gemeinsam mit dem Landesamt Staatsschutz Niederösterreich Ermittlungen wegen des Verdachts nach § 256 StGB (Geheimer Nachrichtendienst zum Nachteil Österreichs) aufgenommen.",
      place="Amstetten", claimant="Austrian Ministry of the Interior"),
    R("AT", "investigation", "Im Zuge dessen wurden die Räumlichkeiten in Amstetten im April 2026 auf Grundlage einer gerichtlichen Anordnung durchsucht.",
      place="Amstetten", date="2026-04", claimant="Austrian Ministry of the Interior"),
    R("AT", "arrest", "Festnahmen erfolgten nicht.", pol="denied", opt=True, claimant="Austrian Ministry of the Interior"),
    I("AT", "surveillance", "in der Anlaufstelle Listen mit Namen, Adressen und Arbeitgebern von rund sechzig in Niederösterreich lebenden chinesischen Staatsbürgern geführt wurden",
      place="Amstetten", claimant="Austrian Ministry of the Interior"),
    R("AT", "investigation", "Hinsichtlich Traun wurden Abklärungen durch das Landesamt Staatsschutz Oberösterreich durchgeführt.",
      place="Traun", claimant="Austrian Ministry of the Interior"),
    R("AT", "no_wrongdoing_found", "Strafrechtlich relevante Sachverhalte konnten dabei nicht festgestellt werden.",
      place="Traun", claimant="Austrian Ministry of the Interior"),
    D("AT", "Der Verein, der die Räumlichkeiten nutzt, gab an, ausschließlich bei Führerscheinumschreibungen und Passangelegenheiten zu helfen.",
      opt=True, claimant="the association in Traun", note="host-side explanation"),
    S("AT", "Traun", "In Medienberichten wird die Stelle dem Amt für öffentliche Sicherheit von Beizhen zugeordnet",
      operator="Beizhen", operator_alt=["Jinzhou"], claimant="media reports"),
    R("AT", "protest", "hat den chinesischen Botschafter am 12. Mai 2026 in das Ministerium zitiert", date="2026-05-12",
      claimant="Austrian Ministry of the Interior"),
    C("stations", 2, "AT", "Nach den vorliegenden Informationen bestehen in Österreich derzeit zwei Stellen",
      claimant="Austrian Ministry of the Interior"),
]

# ---------------------------------------------------------------- 011 (irrelevant)
T011 = """LÜNEBURGER RUNDSCHAU · Lokales                                         Anmelden | Abo

Neue „mobile Wache“ am Weihnachtsmarkt – und eine Ladestation für E-Bikes

Von unserer Redakteurin · 28.11.2026, 18:05 Uhr

Lüneburg. Wer in diesem Jahr über den Weihnachtsmarkt am Rathaus schlendert, kommt an einem weiß-blauen Container nicht vorbei: Die Polizeiinspektion hat dort eine mobile Wache eingerichtet, die bis zum 23. Dezember täglich von 11 bis 22 Uhr besetzt ist. Die alte Wache im Kaufhaus-Durchgang wurde dafür geschlossen.

„Wir wollen ansprechbar sein“, sagt der Leiter der Inspektion. Im vergangenen Jahr habe es auf dem Markt 102 Einsätze gegeben, meist wegen Taschendiebstahls; 53 Anzeigen seien erstattet worden.

Gleich daneben steht seit Montag eine Ladestation für E-Bikes, die die Stadtwerke gemeinsam mit einem Fahrradhändler betreiben. Eine Kooperationsvereinbarung zwischen Stadt und Händler regelt die Wartung.

Auch Besuch aus Fernost hat sich angekündigt: Eine Delegation aus der chinesischen Partnerstadt kommt zur Eröffnung des Kunsthandwerkermarkts. Der Bürgerservice bietet an diesem Tag zusätzlich Beratung zur Umschreibung ausländischer Führerscheine an.

Bildunterschrift: Der Container der mobilen Wache am Rathaus. Foto: Rundschau

Mehr aus Lüneburg: Stadtrat beschließt Haushalt · Sperrung der Ilmenau-Brücke verlängert

Teilen · Drucken · Kommentare (4)"""

F011 = []

DOCS = [
    {"name": "009-de-dpa-wire-correction-fulda-siegen-lingyuan-kaiyuan.txt", "text": T009, "facts": F009},
    {"name": "010-de-at-anfragebeantwortung-amstetten-traun-diaobingshan-beizhen.txt", "text": T010, "facts": F010},
    {"name": "011-de-lokales-mobile-wache-weihnachtsmarkt-lueneburg.txt", "text": T011, "facts": F011},
]
