"""check19 part A, German documents 009-011."""
from h import S, C, R, I, A, D, wrap_hy  # noqa: F401

DOCS = []

# ---------------------------------------------------------------- 009
T009 = """Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. [Akzeptieren] [Einstellungen]

Startseite › Politik › Deutschland

Mutmaßliche chinesische Polizeistation in Wolfsburg durchsucht – Botschafter einbestellt

Stand: 27.11.2026, 14:32 Uhr | Lesedauer: 3 Min.

Braunschweig/Wolfsburg (dpa) - Die Staatsanwaltschaft Braunschweig ermittelt gegen zwei Männer, die in Wolfsburg im Auftrag chinesischer Behörden eine verdeckte Polizeistation betrieben haben sollen. Ermittler durchsuchten am Mittwoch Räume eines Vereins in der Innenstadt sowie die Wohnungen der beiden Beschuldigten, wie ein Sprecher der Behörde mitteilte. Festnahmen habe es nicht gegeben.

Foto: Polizeifahrzeuge vor einem Geschäftshaus in der Wolfsburger Innenstadt. © dpa

Der Verein bot nach eigenen Angaben Beratung für chinesische Ingenieure und deren Familien an, die bei Zulieferern der Autoindustrie arbeiten. Nach Erkenntnissen der Ermittler soll die Stelle jedoch seit 2021 im Auftrag des Amts für öffentliche Sicherheit der Stadt Laohekou in der Provinz Hubei tätig gewesen sein. Sie soll Landsleute ausgeforscht und Druck auf Kritiker ausgeübt haben.

Konkret geht es um einen Ingenieur, der nach einem regierungskritischen Beitrag in sozialen Medien mehrfach aufgefordert worden sein soll, nach China zurückzukehren. Er blieb in Deutschland und erstattete Anzeige.

In Wolfsburg leben nach Angaben der Stadt gut 1.800 chinesische Staatsangehörige, viele von ihnen Ingenieure und Studierende, die über Kooperationen mit chinesischen Autokonzernen gekommen sind. Der Verein war im Stadtteil vor allem für seine Sprachkurse für Kinder bekannt. «Wir dachten, das ist ein ganz normaler Kulturverein», sagte eine Nachbarin.

Berichte über verdeckte chinesische Polizeistationen beschäftigen deutsche Behörden seit Herbst 2022. Damals hatte die Bundesregierung mitgeteilt, ihr lägen Hinweise auf mehrere solcher Einrichtungen vor. Konkrete Verfahren wurden seither kaum bekannt.

«Wir dulden keine Strukturen, mit denen fremde Staaten hier lebende Menschen einschüchtern», sagte ein Sprecher des Auswärtigen Amts in Berlin. Das Ministerium bestellte am Donnerstag den chinesischen Botschafter ein.

LESEN SIE AUCH
Neue Chipfabrik: Landesregierung wirbt um Investoren aus Asien
Niedersachsen: Mehr Kontrollen an Autobahnraststätten

«Wir dulden keine Strukturen, mit denen fremde Staaten hier lebende Menschen einschüchtern»

Nach Angaben der Menschenrechtsorganisation Safeguard Defenders gibt es mindestens fünf solcher Stellen in Deutschland, weltweit mehr als hundert. In Mittel- und Nordeuropa zusammen seien es gut ein Dutzend. Eine zweite in Niedersachsen wird in Salzgitter vermutet; sie soll dem Polizeiamt der Stadt Hongjiang in der Provinz Hunan unterstehen. Die Staatsanwaltschaft prüft nach eigenen Angaben auch diese Hinweise.

Die chinesische Botschaft wies die Vorwürfe zurück. Bei den Einrichtungen handele es sich um ehrenamtliche Servicestellen, die älteren Landsleuten bei der Verlängerung ihres chinesischen Führerscheins hülfen, teilte sie mit. Polizeiliche Aufgaben nähmen sie nicht wahr.

Korrektur: In einer früheren Fassung dieser Meldung hieß es, die Durchsuchung habe am Dienstag stattgefunden. Richtig ist Mittwoch.

dpa-infocom, dpa:261127-99-412873/3

Newsletter: Jeden Morgen die wichtigsten Nachrichten – jetzt kostenlos abonnieren.
"""

DOCS.append({"name": "009-de-dpa-wire-correction-wolfsburg-salzgitter-laohekou-hongjiang.txt", "text": T009, "facts": [
    R("DE", "investigation", "Die Staatsanwaltschaft Braunschweig ermittelt gegen zwei Männer, die in Wolfsburg im Auftrag chinesischer Behörden eine verdeckte Polizeistation betrieben haben sollen.", place="Wolfsburg"),
    S("DE", "Wolfsburg", "die in Wolfsburg im Auftrag chinesischer Behörden eine verdeckte Polizeistation betrieben haben sollen", claimant="Staatsanwaltschaft Braunschweig"),
    R("DE", "arrest", "Festnahmen habe es nicht gegeben.", pol="denied", opt=True),
    S("DE", "Wolfsburg", "soll die Stelle jedoch seit 2021 im Auftrag des Amts für öffentliche Sicherheit der Stadt Laohekou in der Provinz Hubei tätig gewesen sein", operator="Laohekou", operator_alt=["Xiangyang"], date="2021", claimant="Staatsanwaltschaft Braunschweig"),
    I("DE", "surveillance", "Sie soll Landsleute ausgeforscht und Druck auf Kritiker ausgeübt haben.", opt=True, place="Wolfsburg", claimant="Staatsanwaltschaft Braunschweig", note="claim about the site without a case"),
    I("DE", "persuasion", "einen Ingenieur, der nach einem regierungskritischen Beitrag in sozialen Medien mehrfach aufgefordert worden sein soll, nach China zurückzukehren. Er blieb in Deutschland", place="Wolfsburg"),
    R("DE", "protest", "Das Ministerium bestellte am Donnerstag den chinesischen Botschafter ein."),
    C("stations", 5, "DE", "gibt es mindestens fünf solcher Stellen in Deutschland", claimant="Safeguard Defenders"),
    C("stations", 100, None, "weltweit mehr als hundert", opt=True, claimant="Safeguard Defenders"),
    C("stations", 12, None, "In Mittel- und Nordeuropa zusammen seien es gut ein Dutzend.", opt=True, claimant="Safeguard Defenders", note="regional count over several countries"),
    S("DE", "Salzgitter", "Eine zweite in Niedersachsen wird in Salzgitter vermutet; sie soll dem Polizeiamt der Stadt Hongjiang in der Provinz Hunan unterstehen.", operator="Hongjiang", operator_alt=["Huaihua"], claimant="Safeguard Defenders"),
    D("CN", "Bei den Einrichtungen handele es sich um ehrenamtliche Servicestellen, die älteren Landsleuten bei der Verlängerung ihres chinesischen Führerscheins hülfen", claimant="PRC Embassy in Germany"),
]})

# ---------------------------------------------------------------- 010
T010 = """Grosser Rat des Kantons Thurgau
Protokoll der 47. Sitzung vom 25. November 2026, 09.30 Uhr
(Auszug)

Traktandum 6: Interpellation "Chinesische Polizeistation in Kreuzlingen?" – Beantwortung
und Diskussion

Präsident: Wir kommen zu Traktandum 6. Die Interpellantin hat das Wort.

Interpellantin (Grüne): Danke, Herr Präsident. Im Frühjahr haben Medien berichtet, in einem
Ladenlokal an der Hauptstrasse in Kreuzlingen betreibe das Büro für öffentliche Sicherheit
der Stadt Kangding in der Provinz Sichuan eine sogenannte Servicestation. Tibeterinnen und
Tibeter, die in unserem Kanton leben, berichten seither, sie seien an einer Kundgebung in
Kreuzlingen fotografiert worden, und die Bilder seien in China bei ihren Angehörigen
aufgetaucht. Ich höre zudem, auch in Frauenfeld gebe es eine solche Anlaufstelle. Ich danke
dem Regierungsrat für die Antwort, bin aber mit ihr nur teilweise zufrieden.

Präsident: Für den Regierungsrat spricht der Vorsteher des Departements für Justiz und
Sicherheit.

Regierungsrat: Die Kantonspolizei hat nach den Medienberichten Abklärungen getroffen und das
Lokal in Kreuzlingen aufgesucht. Strafrechtlich relevante Handlungen konnten dabei nicht
festgestellt werden. Die Aufnahmen von der Kundgebung sind uns bekannt; wir haben sie an den
Nachrichtendienst des Bundes weitergeleitet. Zu Frauenfeld: Der Kantonspolizei ist dort
keine derartige Stelle bekannt.

Ich halte fest: Die Aussenpolitik ist Sache des Bundes. Das Eidgenössische Departement für
auswärtige Angelegenheiten hat uns mitgeteilt, es habe die Angelegenheit im Rahmen eines
Gesprächs mit der chinesischen Botschaft angesprochen. Eine formelle Einbestellung des
Botschafters erfolgte nicht.

Kantonsrat (SVP): Man darf nicht vergessen, dass viele dieser Vereine ganz normale Dienste
anbieten. Wenn wir jetzt jeden Verein verdächtigen, schaden wir dem Zusammenleben.

Kantonsrätin (SP): Die Tibeter Gemeinschaft im Thurgau ist eine der grössten in der
Schweiz. Sie hat ein Recht darauf, dass sie hier ohne Angst leben kann. Was, wenn sich
herausstellt, dass die Stelle doch Informationen nach China geliefert hat? Dann muss sie
geschlossen werden.

Präsident: Die Interpellation ist damit erledigt.

[Traktandum 7 …]
"""

DOCS.append({"name": "010-de-ch-kantonsrat-protokoll-kreuzlingen-frauenfeld-kangding.txt", "text": T010, "facts": [
    S("CH", "Kreuzlingen", "in einem\nLadenlokal an der Hauptstrasse in Kreuzlingen betreibe das Büro für öffentliche Sicherheit\nder Stadt Kangding in der Provinz Sichuan eine sogenannte Servicestation", operator="Kangding", operator_alt=["Garze", "Ganzi"], claimant="media"),
    I("CH", "surveillance", "sie seien an einer Kundgebung in\nKreuzlingen fotografiert worden, und die Bilder seien in China bei ihren Angehörigen\naufgetaucht", place="Kreuzlingen", claimant="Tibetans in Thurgau"),
    S("CH", "Frauenfeld", "auch in Frauenfeld gebe es eine solche Anlaufstelle", opt=True, claimant="Interpellantin", note="hearsay"),
    R("CH", "investigation", "Die Kantonspolizei hat nach den Medienberichten Abklärungen getroffen und das\nLokal in Kreuzlingen aufgesucht.", place="Kreuzlingen", claimant="Regierungsrat Thurgau"),
    R("CH", "no_wrongdoing_found", "Strafrechtlich relevante Handlungen konnten dabei nicht\nfestgestellt werden.", place="Kreuzlingen", claimant="Regierungsrat Thurgau"),
    S("CH", "Frauenfeld", "Der Kantonspolizei ist dort\nkeine derartige Stelle bekannt.", pol="denied", opt=True, claimant="Kantonspolizei Thurgau"),
    R("CH", "protest", "es habe die Angelegenheit im Rahmen eines\nGesprächs mit der chinesischen Botschaft angesprochen", opt=True, claimant="EDA"),
    R("CH", "protest", "Eine formelle Einbestellung des\nBotschafters erfolgte nicht.", pol="denied", opt=True, claimant="Regierungsrat Thurgau"),
]})

# ---------------------------------------------------------------- 011 (irrelevant)
T011 = """Hanau

Neue Anlaufstelle für chinesische Familien: Verein lädt zum Tag der offenen Tür

Von unserer Redaktion | 14.11.2026

HANAU. Beratung zu Schule, Steuererklärung und Aufenthaltsrecht in der eigenen Sprache: Der
Deutsch-Chinesische Familienverein Main-Kinzig hat in der Hanauer Nürnberger Straße eine
Servicestelle eröffnet. Zum Tag der offenen Tür am Samstag kamen nach Angaben des Vereins
rund 200 Besucherinnen und Besucher.

Die Vorsitzende, eine Lehrerin aus Shanghai, die seit zwanzig Jahren in Hanau lebt, zog eine
erste Bilanz: Seit dem Sommer habe der Verein in einer provisorischen Sprechstunde 102
Beratungen geführt, häufig gehe es um die Umschreibung eines chinesischen Führerscheins oder
um Kita-Plätze. Die alte Sprechstunde im Gemeindehaus sei nun geschlossen.

Auch die Polizei war vor Ort. Ein Präventionsbeamter des Polizeipräsidiums Südosthessen warnte
vor einer Betrugsmasche, bei der Anrufer sich als "chinesische Polizei" ausgeben und von
Landsleuten Geld für angebliche Ermittlungsverfahren verlangen. Allein im Main-Kinzig-Kreis
seien in diesem Jahr 53 solcher Anzeigen eingegangen. "Echte Polizisten verlangen niemals
Geld am Telefon", sagte der Beamte.

Der Verein will mit der Stadt eine Kooperationsvereinbarung über Sprachkurse schliessen. Das
chinesische Generalkonsulat in Frankfurt gratulierte schriftlich zur Eröffnung.
"""

DOCS.append({"name": "011-de-lokales-servicestelle-familienverein-hanau.txt", "text": T011, "facts": []})
