from common import station, count, response, incident, agreement, denial

O = {"optional": True}
DOCS = []

DOCS.append(dict(name="015-de-news-nuernberg-wencheng.txt", text="""
LKA ermittelt gegen mutmaßliche chinesische Polizeistation in Nürnberg

Nürnberg – Das Bayerische Landeskriminalamt (LKA) ermittelt gegen eine mutmaßliche chinesische
„Polizeistation“ in Nürnberg. Die Einrichtung soll in den Räumen eines Kulturvereins im
Stadtteil Gostenhof untergebracht sein, wie eine Sprecherin des LKA am Mittwoch bestätigte.
Zuvor hatten BR und „Süddeutsche Zeitung“ berichtet.

Nach Recherchen der beiden Medien soll die Stelle seit 2020 vom Amt für öffentliche Sicherheit
der Stadt Wencheng in der ostchinesischen Provinz Zhejiang betrieben werden. Offiziell biete der
Verein Hilfe bei Behördengängen an, etwa bei der Verlängerung chinesischer Führerscheine. Der
Generalbundesanwalt in Karlsruhe prüft nach Angaben einer Sprecherin, ob er das Verfahren
übernimmt.

Eine Studentin aus Erlangen schilderte dem BR, wie sie nach einer Veranstaltung über die Lage
in Xinjiang von einem Mann angesprochen worden sei, der sich auf den Verein berief. Wenige Tage
später hätten Polizisten ihre Eltern in Wencheng aufgesucht und sie aufgefordert, auf ihre
Tochter „einzuwirken“.

Bereits im Herbst 2022 hatte eine ähnliche Anlaufstelle in Augsburg nach Medienberichten ihren
Betrieb eingestellt. Die Menschenrechtsorganisation Safeguard Defenders geht von mindestens drei
solcher Stationen in Deutschland aus.

Das Auswärtige Amt bestellte am Donnerstag den chinesischen Botschafter ein. Man dulde keine
Einschüchterung von Menschen in Deutschland, hieß es aus dem Ministerium.

Die chinesische Botschaft in Berlin wies die Vorwürfe zurück. Es gebe in Deutschland „keine
einzige“ chinesische Polizeistation, erklärte ein Sprecher. Das Generalkonsulat in München
äußerte sich auf Anfrage nicht.
""", facts=[
    response("Das Bayerische Landeskriminalamt (LKA) ermittelt gegen eine mutmaßliche chinesische\n„Polizeistation“ in Nürnberg.", "DE", "investigation", place="Nuremberg"),
    station("Nach Recherchen der beiden Medien soll die Stelle seit 2020 vom Amt für öffentliche Sicherheit\nder Stadt Wencheng in der ostchinesischen Provinz Zhejiang betrieben werden.", "DE", "Nuremberg", "Wencheng", date="2020", claimant="BR and Süddeutsche Zeitung", note="cultural association in Gostenhof"),
    incident("Wenige Tage\nspäter hätten Polizisten ihre Eltern in Wencheng aufgesucht und sie aufgefordert, auf ihre\nTochter „einzuwirken“.", "harassment", "DE", place="Erlangen", claimant="student"),
    station("Bereits im Herbst 2022 hatte eine ähnliche Anlaufstelle in Augsburg nach Medienberichten ihren\nBetrieb eingestellt.", "DE", "Augsburg", date="2022", claimant="media reports"),
    response("Bereits im Herbst 2022 hatte eine ähnliche Anlaufstelle in Augsburg nach Medienberichten ihren\nBetrieb eingestellt.", "DE", "closure", place="Augsburg", date="2022", **O, note="stopped by itself"),
    count("mindestens drei\nsolcher Stationen in Deutschland", "stations", 3, "DE", claimant="Safeguard Defenders"),
    response("Das Auswärtige Amt bestellte am Donnerstag den chinesischen Botschafter ein.", "DE", "protest"),
    denial("Die chinesische Botschaft in Berlin wies die Vorwürfe zurück.", "CN", claimant="Chinese Embassy in Berlin"),
    station("Es gebe in Deutschland „keine\neinzige“ chinesische Polizeistation", "DE", None, claimant="Chinese Embassy in Berlin", polarity="denied", **O),
]))

DOCS.append(dict(name="016-de-news-at-dornbirn-yueqing.txt", text="""
Vorarlberg: Hausdurchsuchung bei mutmaßlicher chinesischer „Polizeistation“

Die Direktion Staatsschutz und Nachrichtendienst (DSN) hat am Dienstag in Dornbirn die Räume
eines chinesischen Vereins durchsucht. Der Verdacht: Von dort aus soll eine inoffizielle
Außenstelle der chinesischen Polizei Landsleute in Vorarlberg und in der angrenzenden Ostschweiz
überwacht haben. Das Innenministerium bestätigte ein Ermittlungsverfahren gegen zwei Personen
wegen des Verdachts auf geheimen Nachrichtendienst zum Nachteil Österreichs.

Laut einem Bericht, der der „Presse“ vorliegt, wurde die Stelle 2019 vom Büro für öffentliche
Sicherheit der Stadt Yueqing eingerichtet. Aus Yueqing stammt ein Großteil der rund 300
Chinesinnen und Chinesen im Rheintal, viele betreiben Gastronomiebetriebe.

Einem Gastwirt aus dem Bezirk Feldkirch sollen Mitarbeiter der Einrichtung im Jahr 2022 mehrfach
nahegelegt haben, „im eigenen Interesse“ nach China zurückzukehren, um sich dort einem
Verfahren wegen Steuerhinterziehung zu stellen. Der Mann reiste im Herbst 2022 aus – ob
freiwillig, ist Gegenstand der Ermittlungen.

Es ist nicht die erste derartige Einrichtung in Österreich. Eine zweite soll bis Anfang 2023 in
St. Pölten bestanden haben; sie wurde nach Angaben des Ministeriums geschlossen, nachdem die
Polizei die Betreiber zu einem Gespräch geladen hatte.

Das Außenministerium zitierte am Mittwoch den chinesischen Botschafter an den Minoritenplatz. Die
Botschaft erklärte dagegen, die Vorwürfe „entbehren jeder Grundlage“. Bei dem Verein handle es
sich um eine „Heimatvereinigung“, die älteren Landsleuten beim Ausfüllen von Formularen helfe.

Festnahmen gab es bisher keine. Die beiden Beschuldigten sind auf freiem Fuß.
""", facts=[
    response("Die Direktion Staatsschutz und Nachrichtendienst (DSN) hat am Dienstag in Dornbirn die Räume\neines chinesischen Vereins durchsucht.", "AT", "investigation", place="Dornbirn"),
    station("wurde die Stelle 2019 vom Büro für öffentliche\nSicherheit der Stadt Yueqing eingerichtet", "AT", "Dornbirn", "Yueqing", date="2019", claimant="Die Presse"),
    incident("Einem Gastwirt aus dem Bezirk Feldkirch sollen Mitarbeiter der Einrichtung im Jahr 2022 mehrfach\nnahegelegt haben, „im eigenen Interesse“ nach China zurückzukehren", "persuasion", "AT", place="Feldkirch", date="2022"),
    station("Eine zweite soll bis Anfang 2023 in\nSt. Pölten bestanden haben", "AT", "Sankt Pölten", place_alt=["St. Pölten"]),
    response("sie wurde nach Angaben des Ministeriums geschlossen, nachdem die\nPolizei die Betreiber zu einem Gespräch geladen hatte", "AT", "closure", place="Sankt Pölten", place_alt=["St. Pölten"], date="2023", claimant="Austrian Interior Ministry", **O, note="closed after a talk with police, no order"),
    count("Es ist nicht die erste derartige Einrichtung in Österreich. Eine zweite", "stations", 2, "AT", **O, note="implied two in Austria"),
    response("Das Außenministerium zitierte am Mittwoch den chinesischen Botschafter an den Minoritenplatz.", "AT", "protest"),
    denial("Die\nBotschaft erklärte dagegen, die Vorwürfe „entbehren jeder Grundlage“.", "CN", claimant="Chinese Embassy in Vienna"),
    response("Festnahmen gab es bisher keine.", "AT", "arrest", polarity="denied", **O),
]))

DOCS.append(dict(name="017-de-ch-news-luzern-stgallen-wenling.txt", text="""
Bundesanwaltschaft eröffnet Strafverfahren wegen chinesischer «Servicestelle» in Luzern

Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotener Handlungen für einen fremden
Staat eröffnet. Im Zentrum steht eine sogenannte Servicestelle für Auslandchinesen in der Stadt
Luzern. Das bestätigte die BA am Freitag auf Anfrage. Das Verfahren richte sich gegen unbekannt.

Die Stelle befindet sich in einem Geschäftshaus in der Nähe des Bahnhofs Luzern und wird
offiziell von einem Verein chinesischer Unternehmer geführt. Recherchen dieser Zeitung zeigen
jedoch, dass sie 2021 unter Mitwirkung des Büros für öffentliche Sicherheit der Stadt Wenling
in der Provinz Zhejiang eröffnet wurde. Auf einem chinesischen Behördenportal wird sie als eine
von «mehr als zwanzig» Stationen des Büros im Ausland aufgeführt.

Ein uigurischer Asylsuchender aus der Zentralschweiz berichtet, er sei über WeChat von einem
Mann kontaktiert worden, der sich als Mitarbeiter der Stelle ausgab. Dieser habe ihn gedrängt,
Namen und Adressen anderer Uiguren in der Schweiz zu liefern, und mit Konsequenzen für seine
Familie in Xinjiang gedroht.

Eine zweite Stelle soll in St. Gallen bestehen. Die Kantonspolizei St. Gallen teilte mit, sie
habe die Hinweise geprüft und «keine Anhaltspunkte für strafbare Handlungen» festgestellt.

Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat bei der chinesischen
Botschaft in Bern demarchiert. Eine Einbestellung des Botschafters sei derzeit nicht geplant,
sagte ein Sprecher.

Die Botschaft selbst bezeichnete die Berichte als «haltlose Unterstellungen». Es handle sich um
gemeinnützige Vereine, die Landsleuten bei der Erneuerung von Dokumenten helfen würden.

Die Schweiz und China hatten 2015 eine Vereinbarung unterzeichnet, die chinesischen Beamten
befristete Aufenthalte zur Identifizierung von Personen ohne Papiere erlaubt. Das Abkommen lief
2020 aus und wurde bisher nicht erneuert.
""", facts=[
    response("Die Bundesanwaltschaft (BA) hat ein Strafverfahren wegen verbotener Handlungen für einen fremden\nStaat eröffnet.", "CH", "investigation", place="Lucerne"),
    station("Recherchen dieser Zeitung zeigen\njedoch, dass sie 2021 unter Mitwirkung des Büros für öffentliche Sicherheit der Stadt Wenling\nin der Provinz Zhejiang eröffnet wurde.", "CH", "Lucerne", "Wenling", place_alt=["Luzern"], date="2021", note="business building near the railway station"),
    count("Auf einem chinesischen Behördenportal wird sie als eine\nvon «mehr als zwanzig» Stationen des Büros im Ausland aufgeführt.", "stations", 20, None, claimant="Chinese government portal", **O, note="'mehr als zwanzig'"),
    incident("Dieser habe ihn gedrängt,\nNamen und Adressen anderer Uiguren in der Schweiz zu liefern, und mit Konsequenzen für seine\nFamilie in Xinjiang gedroht.", "harassment", "CH", claimant="Uyghur asylum seeker"),
    station("Eine zweite Stelle soll in St. Gallen bestehen.", "CH", "Sankt Gallen", place_alt=["St. Gallen"]),
    response("«keine Anhaltspunkte für strafbare Handlungen» festgestellt", "CH", "no_wrongdoing_found", place="Sankt Gallen", place_alt=["St. Gallen"]),
    response("Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) hat bei der chinesischen\nBotschaft in Bern demarchiert.", "CH", "protest", **O, note="démarche short of a summons"),
    denial("Die Botschaft selbst bezeichnete die Berichte als «haltlose Unterstellungen».", "CN", claimant="Chinese Embassy in Bern"),
    agreement("Die Schweiz und China hatten 2015 eine Vereinbarung unterzeichnet, die chinesischen Beamten\nbefristete Aufenthalte zur Identifizierung von Personen ohne Papiere erlaubt.", "CH", "security_agreement", date="2015", **O, note="readmission arrangement, expired 2020"),
]))

DOCS.append(dict(name="018-de-landtag-nrw-antwort-essen-duisburg.txt", text="""
LANDTAG NORDRHEIN-WESTFALEN                                    Drucksache 18/6127
18. Wahlperiode                                                    14.09.2023

Antwort
der Landesregierung
auf die Kleine Anfrage 2291 vom 2. August 2023
eines Abgeordneten
Drucksache 18/5840

Mutmaßliche chinesische „Polizeistationen“ in Essen und Duisburg

Vorbemerkung der Kleinen Anfrage
Medienberichten zufolge sollen in Essen und Duisburg sogenannte „Servicestationen für
Auslandschinesen“ betrieben werden. Jene in Essen soll dem Amt für öffentliche Sicherheit der
Stadt Taizhou (Provinz Zhejiang) unterstehen.

Der Minister des Innern hat die Kleine Anfrage 2291 im Namen der Landesregierung beantwortet.

1. Welche Erkenntnisse liegen der Landesregierung zu den genannten Einrichtungen vor?

Beide Einrichtungen sind dem Verfassungsschutz des Landes bekannt. Die Einrichtung in Duisburg
hat nach dortigen Erkenntnissen im Februar 2023 ihre Tätigkeit eingestellt.

2. Wurden strafrechtliche Ermittlungen eingeleitet?

Die Staatsanwaltschaft Essen führt ein Ermittlungsverfahren wegen des Verdachts der
geheimdienstlichen Agententätigkeit (§ 99 StGB) gegen eine Person. Im Hinblick auf die
Einrichtung in Duisburg wurde kein Ermittlungsverfahren eingeleitet, da sich keine
zureichenden tatsächlichen Anhaltspunkte für eine Straftat ergeben haben.

3. Sind der Landesregierung Fälle bekannt, in denen in Nordrhein-Westfalen lebende Personen
zur Rückkehr nach China gedrängt wurden?

Der Landesregierung ist ein Fall bekannt, in dem auf eine in Bochum lebende Person mit
chinesischer Staatsangehörigkeit über Angehörige in China eingewirkt wurde, um sie zur
Rückkehr zu bewegen. Die Person hält sich weiterhin in Deutschland auf.

4. Wie viele derartige Einrichtungen sind in Nordrhein-Westfalen bekannt?

Über die in der Vorbemerkung genannten zwei Einrichtungen hinaus liegen keine Erkenntnisse
vor. Im Übrigen wird auf die Zuständigkeit der Bundesregierung verwiesen.
""", facts=[
    station("Medienberichten zufolge sollen in Essen und Duisburg sogenannte „Servicestationen für\nAuslandschinesen“ betrieben werden. Jene in Essen soll dem Amt für öffentliche Sicherheit der\nStadt Taizhou (Provinz Zhejiang) unterstehen.", "DE", "Essen", "Taizhou", claimant="media reports"),
    station("Medienberichten zufolge sollen in Essen und Duisburg sogenannte „Servicestationen für\nAuslandschinesen“ betrieben werden.", "DE", "Duisburg", claimant="media reports"),
    response("Die Einrichtung in Duisburg\nhat nach dortigen Erkenntnissen im Februar 2023 ihre Tätigkeit eingestellt.", "DE", "closure", place="Duisburg", date="2023-02", **O, note="stopped by itself"),
    response("Die Staatsanwaltschaft Essen führt ein Ermittlungsverfahren wegen des Verdachts der\ngeheimdienstlichen Agententätigkeit (§ 99 StGB) gegen eine Person.", "DE", "investigation", place="Essen"),
    response("Im Hinblick auf die\nEinrichtung in Duisburg wurde kein Ermittlungsverfahren eingeleitet", "DE", "investigation", place="Duisburg", polarity="denied"),
    response("da sich keine\nzureichenden tatsächlichen Anhaltspunkte für eine Straftat ergeben haben", "DE", "no_wrongdoing_found", place="Duisburg"),
    incident("Der Landesregierung ist ein Fall bekannt, in dem auf eine in Bochum lebende Person mit\nchinesischer Staatsangehörigkeit über Angehörige in China eingewirkt wurde, um sie zur\nRückkehr zu bewegen.", "persuasion", "DE", place="Bochum", claimant="North Rhine-Westphalia government"),
    count("Über die in der Vorbemerkung genannten zwei Einrichtungen hinaus liegen keine Erkenntnisse\nvor.", "stations", 2, "DE", claimant="North Rhine-Westphalia government", **O, note="two in one German state"),
]))

DOCS.append(dict(name="019-de-analyse-ostmitteleuropa-warschau-tallinn-sofia.txt", text="""
Pekings langer Arm reicht bis an die Ostsee

Eine Analyse zu Chinas „Polizeistationen“ in Ostmitteleuropa: Wo Regierungen hinsehen – und wo
nicht.

Warschau/Tallinn/Sofia. Wer die Liste der mutmaßlichen chinesischen Polizeistationen in Europa
durchgeht, stößt auch auf Länder, über die im Westen kaum gesprochen wird. Die Organisation
Safeguard Defenders zählt allein für Ostmitteleuropa und den Balkan neun solcher Stationen in
sechs Ländern. Drei Beispiele zeigen, wie unterschiedlich die Staaten reagieren.

In Warschau soll eine Station seit 2018 bestanden haben, betrieben vom Amt für öffentliche
Sicherheit der Stadt Xiamen. Sie residierte im Hinterzimmer eines Handelszentrums am Stadtrand,
in dem vor allem Textilien verkauft werden. Die polnische Agentur für Innere Sicherheit (ABW)
hat nach eigenen Angaben keine Ermittlungen eingeleitet; man beobachte „alle Formen
ausländischer Einflussnahme“, hieß es lediglich.

Ganz anders Estland. Die Sicherheitspolizei Kapo ließ das Büro in Tallinn im Frühjahr 2023
schließen und wies zwei chinesische Staatsangehörige aus, die es betrieben hatten. Peking
reagierte mit einer Protestnote, in der es von „grundlosen Anschuldigungen“ sprach.

In Sofia wiederum rühmen sich chinesische Stellen offen ihrer Arbeit. Nach einem Bericht auf
der Website des Amts für öffentliche Sicherheit von Xiamen habe die dortige Station seit 2019
die „Rückkehr“ von sieben Personen vermittelt, die in China wegen Betrugs gesucht wurden.
Bulgarien und China hatten 2019 ein Abkommen über polizeiliche Zusammenarbeit geschlossen; die
bulgarische Regierung schweigt zu der Station.

Noch unklar ist die Lage in der Republik Moldau. Dort soll in Chișinău eine Station in einem
Restaurant nahe dem Zentralmarkt untergebracht sein. Die moldauische Polizei teilte mit, sie
„prüfe die Informationen“; Ergebnisse liegen bislang nicht vor.

Eine Sinologin, die an einer Berliner Denkfabrik zu transnationaler Repression forscht, sieht
ein Muster. „Die kleineren Staaten in der Region sind wirtschaftlich oft auf chinesische
Investitionen angewiesen. Entsprechend vorsichtig sind sie, wenn es um heikle Themen geht.“
Polen sei ein Sonderfall, weil Warschau sicherheitspolitisch eng mit den USA verbunden sei
und trotzdem schweige. „Vielleicht fehlen schlicht die Kapazitäten, sich um alles zu kümmern.“

Die Stationen dienen nach chinesischer Darstellung dazu, Landsleuten Behördengänge zu ersparen
– etwa die Verlängerung des Führerscheins. Kritiker halten das für einen Vorwand. Dass eine entschlossene
Antwort auch in Ostmitteleuropa möglich ist, zeigt Tallinn: Dort hat die Station ihre Türen
geschlossen, ohne dass es zu diplomatischen Verwerfungen über eine Protestnote hinaus kam.
""", facts=[
    count("Safeguard Defenders zählt allein für Ostmitteleuropa und den Balkan neun solcher Stationen in\nsechs Ländern.", "stations", 9, None, claimant="Safeguard Defenders", **O, note="regional count"),
    count("Safeguard Defenders zählt allein für Ostmitteleuropa und den Balkan neun solcher Stationen in\nsechs Ländern.", "countries", 6, None, claimant="Safeguard Defenders", **O, note="regional count"),
    station("In Warschau soll eine Station seit 2018 bestanden haben, betrieben vom Amt für öffentliche\nSicherheit der Stadt Xiamen.", "PL", "Warsaw", "Xiamen", date="2018"),
    response("Die polnische Agentur für Innere Sicherheit (ABW)\nhat nach eigenen Angaben keine Ermittlungen eingeleitet", "PL", "investigation", polarity="denied"),
    station("Die Sicherheitspolizei Kapo ließ das Büro in Tallinn im Frühjahr 2023\nschließen", "EE", "Tallinn"),
    response("Die Sicherheitspolizei Kapo ließ das Büro in Tallinn im Frühjahr 2023\nschließen", "EE", "closure", place="Tallinn", date="2023"),
    denial("Peking\nreagierte mit einer Protestnote, in der es von „grundlosen Anschuldigungen“ sprach.", "CN", claimant="PRC government"),
    response("Peking\nreagierte mit einer Protestnote", "CN", "protest", **O, note="China protests to the host"),
    station("In Sofia wiederum rühmen sich chinesische Stellen offen ihrer Arbeit. Nach einem Bericht auf\nder Website des Amts für öffentliche Sicherheit von Xiamen habe die dortige Station seit 2019\ndie „Rückkehr“ von sieben Personen vermittelt, die in China wegen Betrugs gesucht wurden.", "BG", "Sofia", "Xiamen", date="2019", claimant="Xiamen Public Security Bureau"),
    count("die „Rückkehr“ von sieben Personen vermittelt, die in China wegen Betrugs gesucht wurden", "returns", 7, "BG", claimant="Xiamen Public Security Bureau"),
    station("Dort soll in Chișinău eine Station in einem\nRestaurant nahe dem Zentralmarkt untergebracht sein.", "MD", "Chisinau", place_alt=["Chișinău"], note="restaurant near the central market"),
    response("Die moldauische Polizei teilte mit, sie\n„prüfe die Informationen“", "MD", "investigation", place="Chisinau", **O, note="checking the information"),
    agreement("Bulgarien und China hatten 2019 ein Abkommen über polizeiliche Zusammenarbeit geschlossen", "BG", "security_agreement", date="2019"),
]))

DOCS.append(dict(name="020-de-news-polizei-drohnen-bodenstationen.txt", text="""
Landespolizei stoppt Einsatz chinesischer Drohnen

Magdeburg – Die Polizei in Sachsen-Anhalt setzt vorerst keine Drohnen eines chinesischen
Herstellers mehr ein. Das Innenministerium ordnete am Montag an, die 34 Geräte samt ihrer
mobilen Bodenstationen bis auf Weiteres in den Polizeirevieren einzulagern. Grund seien
Bedenken, dass Flugdaten und Aufnahmen an Server in China übertragen werden könnten.

Die Drohnen waren seit 2019 unter anderem bei der Suche nach vermissten Personen, bei
Verkehrsunfällen und zur Überwachung von Großveranstaltungen im Einsatz. Ein Gutachten des
Landeskriminalamts sei zu dem Ergebnis gekommen, dass eine Datenübertragung „nicht
ausgeschlossen“ werden könne, sagte ein Sprecher. Hinweise auf einen tatsächlichen Abfluss von
Daten gebe es bislang nicht.

Die Gewerkschaft der Polizei kritisierte die Entscheidung. Ohne Ersatz fehle den Revieren ein
wichtiges Einsatzmittel, sagte der Landesvorsitzende. Das Ministerium kündigte eine
Ausschreibung für Geräte europäischer Hersteller an; bis zu deren Auslieferung könne die
Bundespolizei aushelfen.

Die chinesische Botschaft in Berlin nannte den Schritt „diskriminierend“ und „politisch
motiviert“. Chinesische Unternehmen hielten sich an die Gesetze ihrer Gastländer, erklärte ein
Sprecher. Auch in anderen Bundesländern wird über den Einsatz der Drohnen diskutiert; Bayern
hatte seine Flotte bereits im vergangenen Jahr ausgetauscht.
""", facts=[]))
