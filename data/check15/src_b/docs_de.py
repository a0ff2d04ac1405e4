"""check15 part B, German documents 014-019."""
from h import S, C, R, I, A, D, W

DOCS = []

# ---------------------------------------------------------------- 014
t = """Sächsischer Landtag – 8. Wahlperiode
Plenarprotokoll 8/31 – Fragestunde (Auszug)
Dresden, Donnerstag, 12. Februar 2026

Präsidentin: Wir kommen zur Frage Nummer 7 der Abgeordneten Katrin Seidel-Brandt (BÜNDNISGRÜNE). Bitte schön.

Abg. Seidel-Brandt (BÜNDNISGRÜNE): Vielen Dank, Frau Präsidentin. Nach Recherchen des MDR und der Menschenrechtsorganisation Safeguard Defenders unterhält das Amt für öffentliche Sicherheit der Stadt Leqing, einer kreisfreien Stadt im Verwaltungsbezirk Wenzhou, seit dem Frühjahr 2023 in Görlitz eine sogenannte Übersee-Servicestation. Nach denselben Angaben gibt es in Deutschland mindestens vier solcher Einrichtungen. Ich frage die Staatsregierung: Was hat sie seit Bekanntwerden unternommen?

Präsidentin: Für die Staatsregierung antwortet der Staatsminister des Innern.

Staatsminister des Innern: Frau Präsidentin! Frau Abgeordnete! Ich will zunächst sagen, dass wir die Berichte außerordentlich ernst nehmen. Die Generalstaatsanwaltschaft Dresden hat im Dezember ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit eingeleitet. Im Zuge dessen wurden am 21. Januar die Räume eines Kulturvereins in der Görlitzer Innenstadt durchsucht; Datenträger und Unterlagen wurden sichergestellt.

(Zuruf von der AfD: Und? Festnahmen?)

– Dazu komme ich. Festnahmen hat es bislang nicht gegeben. Der Verein hat unmittelbar nach der Durchsuchung mitgeteilt, seine „Beratungsangebote für Landsleute“ bis auf Weiteres einzustellen.

Präsidentin: Eine Nachfrage? – Bitte.

Abg. Seidel-Brandt (BÜNDNISGRÜNE): Danke. In dem Bericht ist auch von Zwickau die Rede. Dort soll ein Reisebüro als zweite Anlaufstelle gedient haben. Was ist daraus geworden?

Staatsminister des Innern: Auch diesem Hinweis ist das Landeskriminalamt nachgegangen. Die Prüfung ist abgeschlossen; Anhaltspunkte für strafbare Handlungen haben sich in Zwickau nicht ergeben. Das sage ich ausdrücklich auch im Interesse der Inhaber.

Präsidentin: Eine weitere Nachfrage, Herr Abgeordneter Richter (AfD)?

Abg. Richter (AfD): Herr Staatsminister, wird der Freistaat denn endlich darauf drängen, dass der Bund den chinesischen Botschafter einbestellt?

Staatsminister des Innern: Das Auswärtige Amt hat, soweit mir bekannt ist, bereits am 23. Januar den Gesandten der chinesischen Botschaft einbestellt. Das liegt in der Zuständigkeit des Bundes, und ich halte das auch für den richtigen Weg.

(Beifall bei der CDU und der SPD)

Präsidentin: Die Abgeordnete Seidel-Brandt hat noch eine zweite Nachfrage.

Abg. Seidel-Brandt (BÜNDNISGRÜNE): Mir hat eine Studentin der Hochschule Zittau/Görlitz geschildert, dass sie bei einer Mahnwache für Hongkong im vergangenen Herbst von zwei Männern gefilmt wurde, die sie später im Umfeld des Vereins wiedergesehen hat. Ist der Staatsregierung dieser Fall bekannt?

Staatsminister des Innern: Der Fall ist der Polizeidirektion Görlitz bekannt und Teil des Verfahrens. Zu Einzelheiten kann ich mich mit Rücksicht auf die Ermittlungen nicht äußern.

Präsidentin: Vielen Dank. Wir kommen zur Frage Nummer 8, Thema Schülerbeförderung im ländlichen Raum …
"""
DOCS.append({"name": "014-de-landtag-fragestunde-goerlitz-zwickau-leqing.txt", "text": t, "facts": [
    S("DE", "Görlitz", "unterhält das Amt für öffentliche Sicherheit der Stadt Leqing, einer kreisfreien Stadt im Verwaltungsbezirk Wenzhou, seit dem Frühjahr 2023 in Görlitz eine sogenannte Übersee-Servicestation", operator="Leqing", operator_alt="Wenzhou", claimant="Safeguard Defenders", date="2023"),
    C("stations", 4, "DE", "Nach denselben Angaben gibt es in Deutschland mindestens vier solcher Einrichtungen.", claimant="Safeguard Defenders"),
    R("DE", "investigation", "Die Generalstaatsanwaltschaft Dresden hat im Dezember ein Ermittlungsverfahren wegen des Verdachts der geheimdienstlichen Agententätigkeit eingeleitet.", place="Görlitz", claimant="Staatsminister des Innern (Sachsen)"),
    R("DE", "arrest", "Festnahmen hat es bislang nicht gegeben.", pol="denied", opt=True, note="no arrests: optional denied arrest"),
    R("DE", "closure", "Der Verein hat unmittelbar nach der Durchsuchung mitgeteilt, seine „Beratungsangebote für Landsleute“ bis auf Weiteres einzustellen.", place="Görlitz", opt=True, note="stopped by itself after a search: optional closure"),
    S("DE", "Zwickau", "In dem Bericht ist auch von Zwickau die Rede. Dort soll ein Reisebüro als zweite Anlaufstelle gedient haben.", claimant="Safeguard Defenders", note="reporting conditional 'soll'; no operator"),
    R("DE", "no_wrongdoing_found", "Die Prüfung ist abgeschlossen; Anhaltspunkte für strafbare Handlungen haben sich in Zwickau nicht ergeben.", place="Zwickau", claimant="Staatsminister des Innern (Sachsen)"),
    R("DE", "protest", "Das Auswärtige Amt hat, soweit mir bekannt ist, bereits am 23. Januar den Gesandten der chinesischen Botschaft einbestellt.", claimant="Staatsminister des Innern (Sachsen)", date="2026-01-23"),
    I("DE", "surveillance", "dass sie bei einer Mahnwache für Hongkong im vergangenen Herbst von zwei Männern gefilmt wurde, die sie später im Umfeld des Vereins wiedergesehen hat", place="Görlitz", claimant="Abg. Seidel-Brandt"),
]})

# ---------------------------------------------------------------- 015
t = W("""LANDGERICHT SAARBRÜCKEN
Urteil vom 9. Oktober 2025 – 4 KLs 11/25 (Staatsschutzsenat) – Auszug aus den Gründen, anonymisiert

II. Feststellungen

1. Der Angeklagte, ein chinesischer Staats·angehöriger, lebt seit 2009 im Saarland und betrieb in Saarbrücken-Burbach ein Geschäft für Telefon·karten und Über·setzungen. Spätestens ab Juni 2022 nutzte er einen Hinter·raum des Ladens als Anlaufstelle für Landsleute, die dort Führerscheine verlängern oder Vollmachten beglau·bigen lassen konnten. Die Kammer ist überzeugt, dass diese "Servicestelle" im Auftrag des Büros für öffentliche Sicherheit der Stadt Qinzhou (Autonomes Gebiet Guangxi) eingerichtet und betrieben wurde. Der Angeklagte erhielt hierfür monatlich 800 Euro und stand in regelmäßigem Kontakt mit einem Beamten dieser Be·hörde.

2. Auf Weisung seines Kontakt·beamten führte der Angeklagte zwischen Herbst 2022 und Ende 2023 Listen über Mitglieder eines deutsch-taiwanischen Freund·schafts·vereins und über Teilnehmer an Veran·stal·tungen zum Jahrestag des 4. Juni; er fertigte Licht·bilder an und übermittelte sie über einen Messenger·dienst.

3. Im Frühjahr 2023 wirkte der Angeklagte auf den Zeugen W., der in China wegen Betrugs gesucht wurde, in mehreren Gesprächen ein, freiwillig zurückzukehren. Er überbrachte ihm Botschaften seiner in Guangxi lebenden Eltern, deren Rente nach Angaben des Zeugen gekürzt worden war, und sagte ihm, "es sei für alle besser, wenn er die Sache zu Hause kläre". Der Zeuge reiste im August 2023 über Frankfurt am Main nach China aus; er hat der Kammer per Video·vernehmung aus Nanning berichtet, er sei dort fest·genommen und nach vier Monaten gegen Auflagen entlassen worden. Insgesamt ist die Kammer davon überzeugt, dass der Angeklagte an der Rück·kehr von zwei Personen aus Deutschland mitgewirkt hat.

4. Am 14. März 2024 durchsuchten Beamte des Bundes·kriminal·amts die Geschäfts·räume und die Woh·nung des Angeklagten. Er befindet sich seit diesem Tag in Unter·suchungs·haft. Die Anlaufstelle ist seither ge·schlossen.

III. Einlassung

Der Angeklagte hat sich dahin eingelassen, er habe lediglich einen Dienst für Landsleute angeboten, die sich die Reise zu einer Behörde ersparen wollten; mit Polizei habe das nichts zu tun. Diese Einlassung ist durch die sichergestellten Chat·verläufe wider·legt.

IV. Rechtliche Würdigung

Der Angeklagte hat sich der geheimdienstlichen Agenten·tätigkeit (§ 99 Abs. 1 Nr. 1 StGB) schuldig gemacht. Die Kammer verhängt eine Frei·heits·strafe von zwei Jahren und zehn Monaten.
""", 78)
DOCS.append({"name": "015-de-urteil-landgericht-wrapped-saarbruecken-qinzhou.txt", "text": t, "facts": [
    S("DE", "Saarbrücken", "Die Kammer ist überzeugt, dass diese \"Servicestelle\" im Auftrag des Büros für öffentliche Sicherheit der Stadt Qinzhou (Autonomes Gebiet Guangxi) eingerichtet und betrieben wurde.", operator="Qinzhou", claimant="Landgericht Saarbrücken", date="2022-06", note="place named in the previous sentence (Saarbrücken-Burbach)"),
    I("DE", "surveillance", "führte der Angeklagte zwischen Herbst 2022 und Ende 2023 Listen über Mitglieder eines deutsch-taiwanischen Freundschaftsvereins und über Teilnehmer an Veranstaltungen zum Jahrestag des 4. Juni", claimant="Landgericht Saarbrücken"),
    I("DE", "persuasion", "Im Frühjahr 2023 wirkte der Angeklagte auf den Zeugen W., der in China wegen Betrugs gesucht wurde, in mehreren Gesprächen ein, freiwillig zurückzukehren.", claimant="Landgericht Saarbrücken", date="2023"),
    I("DE", "harassment", "Er überbrachte ihm Botschaften seiner in Guangxi lebenden Eltern, deren Rente nach Angaben des Zeugen gekürzt worden war", opt=True, note="pressure on relatives inside a persuasion case"),
    C("returns", 2, "DE", "Insgesamt ist die Kammer davon überzeugt, dass der Angeklagte an der Rückkehr von zwei Personen aus Deutschland mitgewirkt hat.", claimant="Landgericht Saarbrücken"),
    R("DE", "investigation", "Am 14. März 2024 durchsuchten Beamte des Bundeskriminalamts die Geschäftsräume und die Wohnung des Angeklagten.", place="Saarbrücken", date="2024-03-14"),
    R("DE", "arrest", "Der Angeklagte hat sich der geheimdienstlichen Agententätigkeit (§ 99 Abs. 1 Nr. 1 StGB) schuldig gemacht.", place="Saarbrücken", claimant="Landgericht Saarbrücken", date="2025-10-09", note="conviction; also Untersuchungshaft since the search"),
    R("DE", "closure", "Die Anlaufstelle ist seither geschlossen.", place="Saarbrücken", opt=True, note="closed after search and arrest, no order stated"),
    D("DE", "Der Angeklagte hat sich dahin eingelassen, er habe lediglich einen Dienst für Landsleute angeboten, die sich die Reise zu einer Behörde ersparen wollten; mit Polizei habe das nichts zu tun.", claimant="Angeklagter", opt=True, note="defendant's denial: optional"),
]})

# ---------------------------------------------------------------- 016
t = """„Grenzfälle“ – der Podcast über das, was zwischen den Ländern passiert
Folge 58: Eine Polizeiwache, die keine sein will (Transkript, leicht gekürzt)

[Musik]

MODERATORIN: Willkommen zu „Grenzfälle“. Heute geht es um ein Thema, das in Liechtenstein gerade viel diskutiert wird. Bei mir ist ein Redaktor einer Liechtensteiner Tageszeitung, der die Geschichte seit Wochen verfolgt. Worum geht’s?

REDAKTOR: Es geht um einen Verein in Vaduz, der sich als Treffpunkt für chinesische Geschäftsleute versteht. Die NGO Safeguard Defenders hat Anfang März ein Papier veröffentlicht, laut dem dort eine Art Außenposten der chinesischen Polizei betrieben wurde – und zwar vom Büro für öffentliche Sicherheit des Kreises Yunan, der gehört zur Stadt Yunfu in Guangdong.

MODERATORIN: Ein Kreis in Guangdong, der eine Station in Vaduz betreibt. Das klingt erst mal absurd.

REDAKTOR: Ja, das haben viele gesagt. Aber der Hintergrund ist, dass aus genau dieser Gegend etliche Familien in den Neunzigern an den Bodensee gezogen sind, in die Gastronomie vor allem. Und laut dem Papier gibt es einen zweiten Standort, in Konstanz, der von denselben Leuten betreut worden sein soll.

MODERATORIN: Also zwei Länder, ein Netz.

REDAKTOR: Genau. Insgesamt spricht Safeguard Defenders mittlerweile von 102 solcher Stationen in 53 Ländern. Das sind die Zahlen, die man schon kennt.

MODERATORIN: Was hat die Landespolizei gemacht?

REDAKTOR: Die Landespolizei hat Abklärungen vorgenommen, sie hat mit dem Vereinsvorstand gesprochen und die Räume angeschaut. Und das Ergebnis – ich zitiere den Polizeisprecher –: „Es wurden keine Hinweise auf strafbares Verhalten festgestellt.“

MODERATORIN: Und politisch? Hat die Regierung den Botschafter einbestellt?

REDAKTOR: (lacht) Das ist kompliziert. China hat keine Botschaft in Vaduz, zuständig ist die Botschaft in Bern. Die Regierung hat ausdrücklich keine Einbestellung vorgenommen, sie hat aber einen Brief geschrieben, in dem sie „Aufklärung erwartet“.

MODERATORIN: Und auf deutscher Seite, in Konstanz?

REDAKTOR: Da hat das Polizeipräsidium Konstanz bestätigt, dass der Staatsschutz den Hinweisen nachgeht. Mehr sagen die im Moment nicht.

MODERATORIN: Was sagt China?

REDAKTOR: Die Botschaft in Bern hat eine kurze Stellungnahme verschickt. Darin steht, es gebe „keine sogenannten Polizeistationen im Ausland“, die Vorwürfe seien „haltlose Gerüchte“, und die Vereine leisteten bloß freiwillige Hilfe, etwa beim Online-Verlängern von Führerscheinen.

MODERATORIN: Vielen Dank fürs Kommen.

[Musik]
"""
DOCS.append({"name": "016-de-podcast-transkript-vaduz-konstanz-yunan.txt", "text": t, "facts": [
    S("LI", "Vaduz", "Es geht um einen Verein in Vaduz, der sich als Treffpunkt für chinesische Geschäftsleute versteht. Die NGO Safeguard Defenders hat Anfang März ein Papier veröffentlicht, laut dem dort eine Art Außenposten der chinesischen Polizei betrieben wurde – und zwar vom Büro für öffentliche Sicherheit des Kreises Yunan, der gehört zur Stadt Yunfu in Guangdong", operator="Yunan", operator_alt="Yunfu", claimant="Safeguard Defenders", note="'dort' = the association in Vaduz"),
    S("DE", "Konstanz", "Und laut dem Papier gibt es einen zweiten Standort, in Konstanz, der von denselben Leuten betreut worden sein soll.", operator="Yunan", operator_alt="Yunfu", claimant="Safeguard Defenders", note="operator by reference ('denselben Leuten')"),
    C("countries", 2, None, "Also zwei Länder, ein Netz.", opt=True, note="two countries in the host's dialogue, derived"),
    C("stations", 102, None, "Insgesamt spricht Safeguard Defenders mittlerweile von 102 solcher Stationen in 53 Ländern.", claimant="Safeguard Defenders"),
    C("countries", 53, None, "Insgesamt spricht Safeguard Defenders mittlerweile von 102 solcher Stationen in 53 Ländern.", claimant="Safeguard Defenders"),
    R("LI", "investigation", "Die Landespolizei hat Abklärungen vorgenommen, sie hat mit dem Vereinsvorstand gesprochen und die Räume angeschaut.", place="Vaduz"),
    R("LI", "no_wrongdoing_found", "„Es wurden keine Hinweise auf strafbares Verhalten festgestellt.“", place="Vaduz", claimant="Landespolizei Liechtenstein"),
    R("LI", "protest", "Die Regierung hat ausdrücklich keine Einbestellung vorgenommen", pol="denied", opt=True, note="no summons; a letter 'expecting clarification' (optional asserted below)"),
    R("LI", "protest", "sie hat aber einen Brief geschrieben, in dem sie „Aufklärung erwartet“", opt=True, note="letter short of a note of protest"),
    R("DE", "investigation", "Da hat das Polizeipräsidium Konstanz bestätigt, dass der Staatsschutz den Hinweisen nachgeht.", place="Konstanz"),
    D("CN", "Darin steht, es gebe „keine sogenannten Polizeistationen im Ausland“, die Vorwürfe seien „haltlose Gerüchte“", claimant="Chinese embassy in Bern"),
    S("LI", None, "Darin steht, es gebe „keine sogenannten Polizeistationen im Ausland“, die Vorwürfe seien „haltlose Gerüchte“", claimant="Chinese embassy in Bern", pol="denied", opt=True, note="general denial; optional denied stations (Vaduz place-specific not restated)"),
]})

# ---------------------------------------------------------------- 017
t = """FAKTENCHECK

Nein, in Plauen hat keine „chinesische Polizeiwache“ 300 Menschen nach China verschleppt

Behauptung: In Sachsen betreibe Chinas Polizei gleich drei geheime Wachen – in Chemnitz, in Plauen und in Zwickau –, die „schon 300 Menschen“ nach China zurückgebracht hätten.
Bewertung: Größtenteils falsch. Belegt ist lediglich ein Fall in Chemnitz, und auch dort stellte die Staatsanwaltschaft keine Straftat fest.

Von Redaktion Faktencheck | 3. Juni 2026, 10:15 Uhr

Seit Ende Mai kursiert auf Telegram und X ein Sharepic, das inzwischen mehr als 40.000 Mal geteilt wurde. Darauf zu sehen: ein Gebäude mit roten Schriftzeichen und ein Streifenwagen, darüber der Text: „Chinas Geheimpolizei mitten in Sachsen! Drei Wachen, 300 Verschleppte – und die Regierung schweigt.“ In einem viel geteilten Beitrag heißt es zudem, die Wache in Plauen werde „direkt aus Peking gesteuert“.

Was stimmt: Für Chemnitz gibt es tatsächlich einen dokumentierten Hinweis. Die Menschenrechtsorganisation Safeguard Defenders führte in einer Liste vom Dezember 2022 eine „Servicestation“ in Chemnitz auf, betrieben vom Amt für öffentliche Sicherheit der Stadt Kaifeng in der Provinz Henan. Die Generalstaatsanwaltschaft Dresden bestätigte uns auf Anfrage, dass sie deswegen 2023 ein Prüfverfahren geführt hat. Das Verfahren wurde im Herbst 2023 eingestellt, „weil sich ein Anfangsverdacht einer Straftat nicht bestätigt hat“, so ein Sprecher.

Was nicht stimmt: Für Plauen und Zwickau findet sich weder in dieser Liste noch in späteren Berichten ein Beleg. Die Polizeidirektion Zwickau, die auch für Plauen zuständig ist, teilte mit, ihr lägen „keinerlei Erkenntnisse“ über eine solche Einrichtung vor. Ein Verfahren wurde dort nie eröffnet, weil es schlicht keinen Anlass gab.

Auch die Zahl 300 lässt sich nicht belegen. Sie taucht in keiner uns bekannten Quelle auf. Das Bild auf dem Sharepic zeigt im Übrigen keine Wache in Sachsen, sondern – das ergab eine Rückwärtssuche – ein Polizeirevier in der südchinesischen Stadt Shenzhen; das Foto stammt von einer Bildagentur und wurde 2019 aufgenommen.

Die chinesische Botschaft in Berlin hatte schon 2022 erklärt, bei den Einrichtungen handle es sich um „von Freiwilligen betriebene Servicepunkte“, nicht um Polizeistationen.

Fazit: Die Behauptung ist größtenteils falsch. Ein einzelner Hinweis auf eine Station in Chemnitz ist dokumentiert, führte aber zu keinem Strafverfahren. Für weitere Wachen in Sachsen und für „300 Verschleppte“ gibt es keine Belege.
"""
DOCS.append({"name": "017-de-faktencheck-sharepic-chemnitz-kaifeng.txt", "text": t, "facts": [
    S("DE", "Chemnitz", "Die Menschenrechtsorganisation Safeguard Defenders führte in einer Liste vom Dezember 2022 eine „Servicestation“ in Chemnitz auf, betrieben vom Amt für öffentliche Sicherheit der Stadt Kaifeng in der Provinz Henan.", operator="Kaifeng", claimant="Safeguard Defenders", date="2022-12"),
    S("DE", "Plauen", "In Sachsen betreibe Chinas Polizei gleich drei geheime Wachen – in Chemnitz, in Plauen und in Zwickau –", claimant="social-media posts", opt=True, note="claim of the posts, rated false by the fact-check"),
    S("DE", "Zwickau", "In Sachsen betreibe Chinas Polizei gleich drei geheime Wachen – in Chemnitz, in Plauen und in Zwickau –", claimant="social-media posts", opt=True, note="claim of the posts, rated false"),
    C("stations", 3, "DE", "In Sachsen betreibe Chinas Polizei gleich drei geheime Wachen", claimant="social-media posts", opt=True, note="regional claim of the posts, rated false"),
    C("returns", 300, "DE", "die „schon 300 Menschen“ nach China zurückgebracht hätten", claimant="social-media posts", opt=True, note="claim of the posts, unsupported"),
    R("DE", "investigation", "Die Generalstaatsanwaltschaft Dresden bestätigte uns auf Anfrage, dass sie deswegen 2023 ein Prüfverfahren geführt hat.", place="Chemnitz", date="2023"),
    R("DE", "no_wrongdoing_found", "Das Verfahren wurde im Herbst 2023 eingestellt, „weil sich ein Anfangsverdacht einer Straftat nicht bestätigt hat“, so ein Sprecher.", place="Chemnitz", claimant="Generalstaatsanwaltschaft Dresden", date="2023"),
    S("DE", "Plauen", "Die Polizeidirektion Zwickau, die auch für Plauen zuständig ist, teilte mit, ihr lägen „keinerlei Erkenntnisse“ über eine solche Einrichtung vor.", claimant="Polizeidirektion Zwickau", pol="denied", opt=True, note="place-specific denial by the police"),
    R("DE", "investigation", "Ein Verfahren wurde dort nie eröffnet, weil es schlicht keinen Anlass gab.", place="Zwickau", pol="denied", opt=True, note="no proceedings where the claimed site never existed: optional"),
    D("CN", "Die chinesische Botschaft in Berlin hatte schon 2022 erklärt, bei den Einrichtungen handle es sich um „von Freiwilligen betriebene Servicepunkte“, nicht um Polizeistationen.", claimant="Chinese embassy in Berlin", date="2022"),
]})

# ---------------------------------------------------------------- 018 (irrelevant)
t = """Polizeipräsidium Mittelhessen
Jahresbericht 2025 – Auszug: Kapitel 3 „Präsenz in der Fläche“ und Kapitel 5 „Zusammenarbeit“

3.1 Polizeistationen und Posten

Das Präsidium unterhält zum 31. Dezember 2025 insgesamt 17 Polizeistationen und zwei saisonale Polizeiposten. Die Polizeistation Gießen-Nord bezog im Mai ihr neues Dienstgebäude an der Rodheimer Straße; die bisherige Station in der Innenstadt wurde aufgegeben. In Marburg wurde die Station am Hauptbahnhof, die gemeinsam mit der Bundespolizei genutzt wird, um eine Wache für den Nachtdienst erweitert. Die Station in Wetzlar-Dutenhofen wird 2026 geschlossen; ihre Aufgaben übernimmt die Station Wetzlar.

3.2 Einsatzgeschehen

Die Beamtinnen und Beamten rückten 2025 zu 102.318 Einsätzen aus, rund drei Prozent mehr als im Vorjahr. Auffällig war eine Serie von Taschendiebstählen am Gießener Bahnhof im Sommer, die vor allem Reisegruppen aus China und Südkorea traf; zwei Tatverdächtige wurden im August festgenommen. Das Generalkonsulat der Volksrepublik China in Frankfurt am Main dankte dem Präsidium schriftlich für die rasche Aufklärung.

3.3 Rückführungen

Im Auftrag der Ausländerbehörden begleiteten Kräfte des Präsidiums 2025 insgesamt 53 Rückführungen ausreisepflichtiger Personen zum Flughafen Frankfurt; in elf Fällen wurde die Maßnahme abgebrochen. Eine Rückführung nach China fand im Berichtsjahr nicht statt.

5.1 Sicherheitspartnerschaften

Mit den Städten Gießen und Limburg wurden 2025 neue Sicherheitspartnerschaften vereinbart, die gemeinsame Streifen von Landespolizei und städtischem Ordnungsamt in den Innenstädten vorsehen. Die Kooperationsvereinbarung mit der Deutschen Bahn über die Videoüberwachung der Bahnhöfe wurde um drei Jahre verlängert.

5.2 Internationale Kontakte

Im Oktober empfing der Polizeipräsident eine Delegation der Partnerregion aus der Provinz Shandong. Gesprochen wurde über Verkehrssicherheit und Ausbildung; ein Abkommen wurde nicht geschlossen. Eine Gruppe von fünf Studierenden der Hochschule für Polizei und Verwaltung absolvierte zudem ein Praktikum bei der Polizei in Glasgow.
"""
DOCS.append({"name": "018-de-polizei-jahresbericht-mittelhessen.txt", "text": t, "facts": []})

# ---------------------------------------------------------------- 019
t = """Das Schweigen der Eltern

Er protestiert gegen Peking, seit er in Göttingen studiert. Seitdem melden sich Polizisten aus Hubei bei seiner Familie – und ein Verein in der Nachbarschaft interessiert sich auffällig für ihn. Ein Porträt.

Von unserer Reporterin

Der junge Mann, der sich in dieser Geschichte Lei nennt, sitzt in einem Café am Göttinger Wilhelmsplatz und hält sein Handy so, dass niemand den Bildschirm sieht. Er ist 26, studiert Agrarwissenschaften, trägt eine Wollmütze, die er nicht abnimmt. „Seit dem Herbst“, sagt er, „weiß ich nie genau, wer mir zuhört.“

Im Oktober 2024 hatte Lei bei einer Kundgebung vor dem Alten Rathaus ein Schild hochgehalten, auf dem stand: „Keine Angst vor Xi“. Zwei Wochen später rief ihn seine Mutter an, weinend. Zwei Beamte der Polizei aus Zhongxiang, seiner Heimatstadt in der Provinz Hubei, seien bei ihr gewesen. Sie hätten Fotos von der Kundgebung gezeigt und gesagt, es sei das Beste, wenn ihr Sohn das Studium abbreche und heimkomme. Lei blieb. Die Besuche wiederholten sich, dreimal bis Weihnachten; beim letzten Mal, so erzählt er, wurde dem Vater mit dem Verlust seiner Stelle bei einem Staatsbetrieb gedroht.

Wer hatte die Fotos gemacht? Lei glaubt es zu wissen. Auf den Bildern erkennt er einen Mann, den er aus einem Verein in der Weststadt kennt, der Sprachkurse und Hilfe bei Behördengängen anbietet. Eine Exilgruppe, die Chinesische Studentenunion für Demokratie, behauptet in einer Dokumentation vom Februar, dieser Verein arbeite als verlängerter Arm des Amtes für öffentliche Sicherheit von Zhongxiang. Dieselbe Gruppe nennt eine zweite Stelle in Hildesheim, zu der es allerdings kaum Angaben gibt; insgesamt, so die Gruppe, seien es damit zwei in Niedersachsen.

Der Vereinsvorsitzende weist das zurück. „Wir sind ein Kulturverein. Wir haben mit keiner Polizei etwas zu tun“, sagt er am Telefon.

Die Polizeiinspektion Göttingen hat nach Leis Anzeige ein Ermittlungsverfahren eingeleitet, bestätigt eine Sprecherin; der Staatsschutz sei eingebunden. Beim Auswärtigen Amt heißt es, man habe der chinesischen Seite „die Erwartung übermittelt“, dass Einschüchterungen auf deutschem Boden unterbleiben.

Lei hat seine Eltern seit zwei Jahren nicht gesehen. Er ruft sie nur noch über das Handy einer Kommilitonin an. „Meine Mutter sagt inzwischen gar nichts mehr“, sagt er. „Das ist das Schlimmste. Dieses Schweigen.“
"""
DOCS.append({"name": "019-de-magazin-portraet-goettingen-hildesheim-zhongxiang.txt", "text": t, "facts": [
    S("DE", "Göttingen", "Eine Exilgruppe, die Chinesische Studentenunion für Demokratie, behauptet in einer Dokumentation vom Februar, dieser Verein arbeite als verlängerter Arm des Amtes für öffentliche Sicherheit von Zhongxiang.", operator="Zhongxiang", operator_alt="Jingmen", claimant="Chinesische Studentenunion für Demokratie", note="'dieser Verein' = association in the Göttingen Weststadt"),
    S("DE", "Hildesheim", "Dieselbe Gruppe nennt eine zweite Stelle in Hildesheim, zu der es allerdings kaum Angaben gibt", claimant="Chinesische Studentenunion für Demokratie"),
    C("stations", 2, "DE", "insgesamt, so die Gruppe, seien es damit zwei in Niedersachsen", claimant="Chinesische Studentenunion für Demokratie", opt=True, note="scoped to a Land, not the country"),
    I("DE", "persuasion", "Sie hätten Fotos von der Kundgebung gezeigt und gesagt, es sei das Beste, wenn ihr Sohn das Studium abbreche und heimkomme.", place="Göttingen", note="he stayed"),
    I("DE", "harassment", "Die Besuche wiederholten sich, dreimal bis Weihnachten; beim letzten Mal, so erzählt er, wurde dem Vater mit dem Verlust seiner Stelle bei einem Staatsbetrieb gedroht.", place="Göttingen", opt=True, note="pressure on relatives inside a persuasion case: optional"),
    I("DE", "surveillance", "Auf den Bildern erkennt er einen Mann, den er aus einem Verein in der Weststadt kennt", place="Göttingen", note="photographed at a rally"),
    D("DE", "„Wir sind ein Kulturverein. Wir haben mit keiner Polizei etwas zu tun“, sagt er am Telefon.", claimant="Vereinsvorsitzender", opt=True, note="denial by the host-country association: optional"),
    R("DE", "investigation", "Die Polizeiinspektion Göttingen hat nach Leis Anzeige ein Ermittlungsverfahren eingeleitet, bestätigt eine Sprecherin", place="Göttingen"),
    R("DE", "protest", "Beim Auswärtigen Amt heißt es, man habe der chinesischen Seite „die Erwartung übermittelt“, dass Einschüchterungen auf deutschem Boden unterbleiben.", opt=True, note="expectation conveyed, short of a summons: optional"),
]})
