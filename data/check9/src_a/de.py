# German documents 015-020
DOCS = []

T = """Bundesanwaltschaft ermittelt wegen mutmaßlicher chinesischer Polizeistation in Bremen

Bremen (dpa) - Die Bundesanwaltschaft ermittelt wegen einer mutmaßlichen inoffiziellen chinesischen Polizeistation in Bremen. Beamte des Landeskriminalamts durchsuchten am Dienstagmorgen Räume eines chinesischen Kulturvereins im Stadtteil Walle sowie zwei Privatwohnungen, wie eine Sprecherin der Karlsruher Behörde mitteilte. Der Verdacht laute auf geheimdienstliche Agententätigkeit. Festnahmen gab es nicht.

Nach Informationen der Deutschen Presse-Agentur soll die Anlaufstelle seit 2021 im Auftrag des Amts für öffentliche Sicherheit der südchinesischen Stadt Haikou betrieben worden sein. Sie habe offiziell Hilfe bei Führerscheinverlängerungen angeboten, zugleich aber Informationen über Kritiker der chinesischen Regierung in Norddeutschland gesammelt, hieß es aus Sicherheitskreisen.

Das Auswärtige Amt bestellte noch am Dienstag den chinesischen Botschafter ein. «Wir dulden keine Aktivitäten fremder Staaten, die sich gegen Menschen in Deutschland richten», sagte ein Sprecher in Berlin.

Die chinesische Botschaft wies die Vorwürfe zurück. Bei dem Verein handle es sich um eine «gemeinnützige Begegnungsstätte» von Landsleuten, chinesische Polizisten seien dort nie tätig gewesen.

Die Menschenrechtsorganisation Safeguard Defenders zählt bundesweit mindestens vier solcher Stellen. Bremens Innensenator kündigte an, in der kommenden Sitzung der Innendeputation zu berichten.
"""
DOCS.append(("015-de-news-bremen-haikou.txt", T, [
    dict(kind="station", country="DE", place="Bremen", operator="Haikou", date="2021", claimant="security sources",
         ev="Nach Informationen der Deutschen Presse-Agentur soll die Anlaufstelle seit 2021 im Auftrag des Amts für öffentliche Sicherheit der südchinesischen Stadt Haikou betrieben worden sein.",
         note="site: a Chinese cultural association in Walle"),
    dict(kind="response", country="DE", action="investigation", place="Bremen",
         ev="Die Bundesanwaltschaft ermittelt wegen einer mutmaßlichen inoffiziellen chinesischen Polizeistation in Bremen."),
    dict(kind="response", country="DE", action="arrest", polarity="denied", optional=True,
         ev="Festnahmen gab es nicht."),
    dict(kind="incident", incident_type="surveillance", country="DE", optional=True, claimant="security sources",
         ev="zugleich aber Informationen über Kritiker der chinesischen Regierung in Norddeutschland gesammelt", note="general, no case"),
    dict(kind="response", country="DE", action="protest",
         ev="Das Auswärtige Amt bestellte noch am Dienstag den chinesischen Botschafter ein."),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Germany",
         ev="Die chinesische Botschaft wies die Vorwürfe zurück."),
    dict(kind="station", country="DE", place="Bremen", polarity="denied", optional=True, claimant="Chinese Embassy in Germany",
         ev="Bei dem Verein handle es sich um eine «gemeinnützige Begegnungsstätte» von Landsleuten, chinesische Polizisten seien dort nie tätig gewesen."),
    dict(kind="count", measure="stations", value=4, country="DE", claimant="Safeguard Defenders",
         ev="Die Menschenrechtsorganisation Safeguard Defenders zählt bundesweit mindestens vier solcher Stellen."),
]))

T = """Chinesische «Servicestelle» in Bregenz: Staatsschutz prüft

Bregenz. Die Direktion Staatsschutz und Nachrichtendienst (DSN) prüft Hinweise auf eine inoffizielle chinesische Polizeistelle in Bregenz. Das bestätigte das Innenministerium am Montag auf Anfrage. Die Stelle soll in den Räumen eines Reisebüros in der Bregenzer Innenstadt eingerichtet worden sein und seit dem Frühjahr 2022 Landsleuten bei Behördenwegen in China geholfen haben.

Hinter der Einrichtung steht laut einem Bericht einer spanischen Menschenrechtsorganisation das Büro für öffentliche Sicherheit der Stadt Heshan in der Provinz Guangdong. Es soll in Vorarlberg eine zweite Anlaufstelle geben, und zwar in Bludenz. Diese sei jedoch bereits im Vorjahr wieder aufgelöst worden, heißt es in dem Bericht.

Bisher hätten die Erhebungen «keine strafrechtlich relevanten Hinweise» ergeben, sagte ein Sprecher des Innenministeriums. Man nehme die Sache aber ernst und stehe in engem Austausch mit den Partnerdiensten in Deutschland und der Schweiz.

Das Außenministerium hat den chinesischen Botschafter nach VN-Informationen zu einem Gespräch gebeten. Eine formelle Einbestellung habe es nicht gegeben.

Der Betreiber des Reisebüros weist die Vorwürfe zurück: Man habe lediglich Online-Termine für Passverlängerungen vermittelt, «wie jedes andere Reisebüro auch».
"""
DOCS.append(("016-de-at-news-bregenz-heshan.txt", T, [
    dict(kind="station", country="AT", place="Bregenz", operator="Heshan", date="2022",
         ev="Die Stelle soll in den Räumen eines Reisebüros in der Bregenzer Innenstadt eingerichtet worden sein und seit dem Frühjahr 2022 Landsleuten bei Behördenwegen in China geholfen haben."),
    dict(kind="response", country="AT", action="investigation", place="Bregenz",
         ev="Die Direktion Staatsschutz und Nachrichtendienst (DSN) prüft Hinweise auf eine inoffizielle chinesische Polizeistelle in Bregenz."),
    dict(kind="station", country="AT", place="Bludenz", operator="Heshan", claimant="Spanish human rights organisation",
         ev="Es soll in Vorarlberg eine zweite Anlaufstelle geben, und zwar in Bludenz."),
    dict(kind="response", country="AT", action="closure", place="Bludenz", optional=True, claimant="Spanish human rights organisation",
         ev="Diese sei jedoch bereits im Vorjahr wieder aufgelöst worden, heißt es in dem Bericht.", note="dissolved by itself, no order"),
    dict(kind="response", country="AT", action="no_wrongdoing_found", place="Bregenz",
         ev="Bisher hätten die Erhebungen «keine strafrechtlich relevanten Hinweise» ergeben, sagte ein Sprecher des Innenministeriums."),
    dict(kind="response", country="AT", action="protest", optional=True,
         ev="Das Außenministerium hat den chinesischen Botschafter nach VN-Informationen zu einem Gespräch gebeten."),
    dict(kind="station", country="AT", place="Bregenz", polarity="denied", optional=True, claimant="travel agency operator",
         ev="Der Betreiber des Reisebüros weist die Vorwürfe zurück: Man habe lediglich Online-Termine für Passverlängerungen vermittelt, «wie jedes andere Reisebüro auch»."),
]))

T = """Bundesanwaltschaft eröffnet Strafverfahren wegen chinesischer «Polizeistation» in Winterthur

Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat eröffnet. Im Zentrum steht ein Verein in Winterthur, der nach Erkenntnissen des Nachrichtendienstes des Bundes (NDB) als sogenannte Polizeistation der Volksrepublik China gedient haben soll. Das Verfahren richte sich gegen unbekannt, teilte die BA am Freitag mit.

Gemäss Dokumenten, welche die Redaktion einsehen konnte, wurde die Stelle 2020 vom Büro für öffentliche Sicherheit des Stadt Lufeng in der Provinz Guangdong eröffnet. Sie war demnach zuständig für die «Betreuung» von rund 300 Landsleuten im Raum Winterthur und Ostschweiz.

Ein in Winterthur lebender Tibeter schildert, wie er an einer Kundgebung in der Winterthurer Altstadt im vergangenen März von zwei Männern fotografiert worden sei. Einen der beiden habe er später im Vereinslokal wiedererkannt. Wenige Wochen danach hätten Beamte seine Schwester in Lhasa aufgesucht.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat den chinesischen Botschafter in Bern einbestellt. Die Schweiz dulde keine Überwachung von Personen auf ihrem Territorium durch fremde Staaten, hiess es.

Die chinesische Botschaft bezeichnete die Berichte als «reine Erfindung». Der Verein helfe älteren Landsleuten bei Formalitäten, mehr nicht.
"""
DOCS.append(("017-de-ch-news-winterthur-lufeng.txt", T, [
    dict(kind="station", country="CH", place="Winterthur", operator="Lufeng", date="2020",
         ev="Gemäss Dokumenten, welche die Redaktion einsehen konnte, wurde die Stelle 2020 vom Büro für öffentliche Sicherheit des Stadt Lufeng in der Provinz Guangdong eröffnet.",),
    dict(kind="response", country="CH", action="investigation", place="Winterthur",
         ev="Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotener Handlungen für einen fremden Staat eröffnet."),
    dict(kind="incident", incident_type="surveillance", country="CH", place="Winterthur",
         ev="Ein in Winterthur lebender Tibeter schildert, wie er an einer Kundgebung in der Winterthurer Altstadt im vergangenen März von zwei Männern fotografiert worden sei."),
    dict(kind="incident", incident_type="harassment", country="CH", optional=True,
         ev="Wenige Wochen danach hätten Beamte seine Schwester in Lhasa aufgesucht.", note="relative at home"),
    dict(kind="response", country="CH", action="protest",
         ev="Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat den chinesischen Botschafter in Bern einbestellt."),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Switzerland",
         ev="Die chinesische Botschaft bezeichnete die Berichte als «reine Erfindung»."),
]))

T = """Bayerischer Landtag
19. Wahlperiode                                                  Drucksache 19/5127
                                                                        21.10.2025

Schriftliche Anfrage
des Abgeordneten (Fraktion BÜNDNIS 90/DIE GRÜNEN) vom 02.09.2025

Mutmaßliche chinesische Polizeistation in Würzburg

Medienberichten zufolge soll in Würzburg seit 2022 eine vom Amt für öffentliche
Sicherheit der Stadt Xianyou (Provinz Fujian) betriebene „Servicestation" für
chinesische Staatsangehörige bestehen.

Ich frage die Staatsregierung:
1.   Welche Erkenntnisse liegen der Staatsregierung zu der genannten Einrichtung vor?
2.   Wurden strafrechtliche Ermittlungen eingeleitet, und mit welchem Ergebnis?
3.   Sind der Staatsregierung Fälle bekannt, in denen Personen aus Bayern zur
     Rückkehr nach China gedrängt wurden?
4.   Wurde der chinesische Generalkonsul in München einbestellt?

Antwort
des Staatsministeriums des Innern, für Sport und Integration
vom 14.10.2025

Zu 1.:
Dem Bayerischen Landesamt für Verfassungsschutz (BayLfV) ist die Einrichtung
bekannt. Sie wird im Rahmen der gesetzlichen Aufgaben beobachtet. Weitergehende
Auskünfte können aus Gründen des Geheimschutzes nicht erteilt werden.

Zu 2.:
Die Kriminalpolizeiinspektion Würzburg hat im Dezember 2024 ein Ermittlungsverfahren
wegen des Verdachts der geheimdienstlichen Agententätigkeit (§ 99 StGB) eingeleitet.
Das Verfahren wurde von der Generalstaatsanwaltschaft Bamberg im Juli 2025 gemäß
§ 170 Abs. 2 StPO eingestellt, da sich ein hinreichender Tatverdacht nicht ergab.

Zu 3.:
Hierzu liegen der Staatsregierung keine Erkenntnisse vor.

Zu 4.:
Die Pflege der auswärtigen Beziehungen ist Sache des Bundes. Der Staatsregierung
ist nicht bekannt, dass eine Einbestellung erfolgt ist.
"""
DOCS.append(("018-de-landtag-antwort-wuerzburg-xianyou.txt", T, [
    dict(kind="station", country="DE", place="Wurzburg", place_alt=["Würzburg"], operator="Xianyou", date="2022", claimant="media reports",
         ev="Medienberichten zufolge soll in Würzburg seit 2022 eine vom Amt für öffentliche\nSicherheit der Stadt Xianyou (Provinz Fujian) betriebene „Servicestation\" für\nchinesische Staatsangehörige bestehen.",
         note="premise of the question"),
    dict(kind="response", country="DE", action="investigation", place="Wurzburg", date="2024-12", claimant="Bavarian State Ministry of the Interior",
         ev="Die Kriminalpolizeiinspektion Würzburg hat im Dezember 2024 ein Ermittlungsverfahren\nwegen des Verdachts der geheimdienstlichen Agententätigkeit (§ 99 StGB) eingeleitet."),
    dict(kind="response", country="DE", action="no_wrongdoing_found", place="Wurzburg", date="2025-07", claimant="Bavarian State Ministry of the Interior",
         ev="Das Verfahren wurde von der Generalstaatsanwaltschaft Bamberg im Juli 2025 gemäß\n§ 170 Abs. 2 StPO eingestellt, da sich ein hinreichender Tatverdacht nicht ergab."),
    dict(kind="incident", incident_type="persuasion", country="DE", polarity="denied", optional=True, claimant="Bavarian State Ministry of the Interior",
         ev="Hierzu liegen der Staatsregierung keine Erkenntnisse vor.", note="no knowledge of pressure to return"),
    dict(kind="response", country="DE", action="protest", polarity="denied", optional=True, claimant="Bavarian State Ministry of the Interior",
         ev="Der Staatsregierung\nist nicht bekannt, dass eine Einbestellung erfolgt ist."),
]))

T = """Der lange Arm von Huai'an

Er hat Deutschland nie als Exil betrachtet, sagt der Mann, der an einem Novemberabend in einer Magdeburger Altbauwohnung Tee aufgießt. Er kam 2016 zum Studium, blieb, fand Arbeit als Ingenieur bei einem Zulieferer in der Börde. Politisch, sagt er, sei er nie gewesen. Bis er im Frühjahr 2023 unter einem Pseudonym einen Text über die Corona-Proteste in seiner Heimatstadt ins Netz stellte.

Drei Wochen später klingelte bei seinen Eltern in Huai'an die Polizei. Man habe ihnen nahegelegt, auf den Sohn „einzuwirken". Kurz darauf meldete sich eine Frau bei ihm, die sich als Mitarbeiterin einer „Servicestelle für Landsleute" in Rostock vorstellte. Ob er nicht einmal vorbeikommen wolle, man könne „alles in Ruhe klären", am besten aber fliege er für ein paar Wochen nach Hause. Er lehnte ab. Er ist bis heute nicht zurückgekehrt.

Stattdessen ging er zur Polizei. Auf dem Revier in Magdeburg-Altstadt habe man ihm freundlich zugehört, erzählt er, die Beamtin habe sich Notizen gemacht und ihm eine Vorgangsnummer gegeben. Danach habe er wochenlang nichts gehört. Erst als er sich an eine Beratungsstelle für Betroffene transnationaler Repression in Berlin wandte, kam Bewegung in die Sache: Die Anzeige wurde an das Landeskriminalamt weitergereicht.

Fälle wie seiner sind schwer zu fassen. Ein Anruf bei den Eltern ist in Deutschland keine Straftat, eine Einladung zum Tee auch nicht. „Das ist genau das Kalkül", sagt eine Sinologin, die an einer norddeutschen Universität zu chinesischer Diasporapolitik forscht. „Diese Stellen kosten wenig, sie sind rechtlich kaum angreifbar, und sie wirken trotzdem. Wer weiß, dass die Familie zu Hause unter Druck gerät, überlegt sich jedes Wort." Die meisten Betroffenen, sagt sie, meldeten sich nie bei der Polizei.

Die Rostocker Stelle, ein unscheinbares Büro über einem Asia-Markt in der Nähe des Hafens, taucht in einer Liste der Menschenrechtsorganisation Safeguard Defenders auf. Betrieben werde sie, so die Organisation, vom Amt für öffentliche Sicherheit der Stadt Huai'an in der Provinz Jiangsu. Offiziell geht es um Hilfe bei Führerscheinen und Rentennachweisen. Kritiker sagen, solche Stellen dienten auch dazu, Landsleute im Ausland im Blick zu behalten und zur Rückkehr zu bewegen.

Die Organisation hatte im Herbst 2022 erstmals von mehr als hundert solcher Einrichtungen in 53 Ländern berichtet. Mehrere Staaten handelten: Die Niederlande und Irland ließen Stellen schließen, in den USA kam es zu Festnahmen. In Deutschland blieb es lange ruhig.

Inzwischen prüft der Staatsschutz des Landeskriminalamts Mecklenburg-Vorpommern den Rostocker Fall, wie eine Sprecherin bestätigte. Ein Ermittlungsverfahren sei bislang nicht eingeleitet worden. Die chinesische Botschaft in Berlin verweist auf Anfrage auf frühere Stellungnahmen: Es gebe keine chinesischen Polizeistationen im Ausland, die Helfer seien Ehrenamtliche.

Sollte sich der Verdacht erhärten, könnte der Generalbundesanwalt das Verfahren an sich ziehen, heißt es in Sicherheitskreisen. Im Schweriner Innenministerium verweist man auf die laufende Prüfung und darauf, dass man „jeden Hinweis ernst" nehme.

Der Ingenieur hat inzwischen einen Anwalt. Die Eltern, sagt er, riefen nun seltener an. „Ich weiß nicht, ob das gut oder schlecht ist." Dann schaut er lange auf sein Telefon.

Er denke manchmal an den Hafen, an die Fähren nach Skandinavien, sagt er zum Abschied. „Rostock war für mich immer ein Tor nach draußen. Jetzt ist es ein Ort, an dem jemand meinen Namen auf einer Liste hat."
"""
DOCS.append(("019-de-feature-long-rostock-huaian.txt", T, [
    dict(kind="incident", incident_type="harassment", country="DE", optional=True,
         ev="Drei Wochen später klingelte bei seinen Eltern in Huai'an die Polizei. Man habe ihnen nahegelegt, auf den Sohn „einzuwirken\".",
         note="relatives at home"),
    dict(kind="incident", incident_type="persuasion", country="DE", place="Magdeburg",
         ev="Kurz darauf meldete sich eine Frau bei ihm, die sich als Mitarbeiterin einer „Servicestelle für Landsleute\" in Rostock vorstellte. Ob er nicht einmal vorbeikommen wolle, man könne „alles in Ruhe klären\", am besten aber fliege er für ein paar Wochen nach Hause.",
         note="the man stayed"),
    dict(kind="station", country="DE", place="Rostock", operator="Huaian", operator_alt=["Huai'an"], claimant="Safeguard Defenders",
         ev="Die Rostocker Stelle, ein unscheinbares Büro über einem Asia-Markt in der Nähe des Hafens, taucht in einer Liste der Menschenrechtsorganisation Safeguard Defenders auf. Betrieben werde sie, so die Organisation, vom Amt für öffentliche Sicherheit der Stadt Huai'an in der Provinz Jiangsu."),
    dict(kind="count", measure="stations", value=100, country=None, optional=True, claimant="Safeguard Defenders", date="2022",
         ev="Die Organisation hatte im Herbst 2022 erstmals von mehr als hundert solcher Einrichtungen in 53 Ländern berichtet.",
         note="'mehr als hundert'"),
    dict(kind="count", measure="countries", value=53, country=None, claimant="Safeguard Defenders", date="2022",
         ev="Die Organisation hatte im Herbst 2022 erstmals von mehr als hundert solcher Einrichtungen in 53 Ländern berichtet."),
    dict(kind="station", country="NL",
         ev="Die Niederlande und Irland ließen Stellen schließen, in den USA kam es zu Festnahmen."),
    dict(kind="station", country="IE",
         ev="Die Niederlande und Irland ließen Stellen schließen, in den USA kam es zu Festnahmen."),
    dict(kind="station", country="US", optional=True, note="implied by the arrests",
         ev="Die Niederlande und Irland ließen Stellen schließen, in den USA kam es zu Festnahmen."),
    dict(kind="response", country="NL", action="closure",
         ev="Die Niederlande und Irland ließen Stellen schließen"),
    dict(kind="response", country="IE", action="closure",
         ev="Die Niederlande und Irland ließen Stellen schließen"),
    dict(kind="response", country="US", action="arrest",
         ev="in den USA kam es zu Festnahmen"),
    dict(kind="response", country="DE", action="investigation", place="Rostock", optional=True,
         ev="Inzwischen prüft der Staatsschutz des Landeskriminalamts Mecklenburg-Vorpommern den Rostocker Fall, wie eine Sprecherin bestätigte.",
         note="preliminary review"),
    dict(kind="response", country="DE", action="investigation", polarity="denied",
         ev="Ein Ermittlungsverfahren sei bislang nicht eingeleitet worden."),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Germany",
         ev="Die chinesische Botschaft in Berlin verweist auf Anfrage auf frühere Stellungnahmen: Es gebe keine chinesischen Polizeistationen im Ausland, die Helfer seien Ehrenamtliche."),
]))

T = """Erfurt: Dolmetscher-Sprechstunde in der Polizeistation am Domplatz

Erfurt. Chinesische Reisegruppen kehren nach Thüringen zurück – und die Landespolizei stellt sich darauf ein. Seit dieser Woche bietet die Polizeiinspektion Erfurt-Mitte in ihrer Station am Domplatz an zwei Nachmittagen pro Woche eine Sprechstunde mit einer Dolmetscherin für Mandarin an.

Anlass sind gestiegene Zahlen: Nach Angaben der Thüringer Tourismus GmbH kamen bis Oktober rund 41.000 Übernachtungsgäste aus China nach Erfurt, fast doppelt so viele wie im Vorjahr. Viele von ihnen seien mit Bus-Rundreisen unterwegs, die Weimar, Eisenach und die Wartburg einschließen.

„Wenn jemand seinen Pass verliert oder bestohlen wird, ist die Sprachbarriere oft das größte Problem", sagt der Leiter der Inspektion. Die Dolmetscherin ist Studentin an der Universität Erfurt und arbeitet auf Honorarbasis.

Die Stadt prüft zudem chinesischsprachige Hinweistafeln an der Straßenbahnstation Domplatz. Der Verein der chinesischen Studierenden begrüßte das Angebot. Man habe der Polizei bereits eine Liste mit häufigen Fragen übergeben.
"""
DOCS.append(("020-de-news-erfurt-tourist-police-irrelevant.txt", T, []))
