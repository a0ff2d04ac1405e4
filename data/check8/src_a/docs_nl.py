from common import station, count, response, incident, agreement, denial

O = {"optional": True}
DOCS = []

DOCS.append(dict(name="021-nl-nieuws-arnhem-wageningen-yongjia.txt", text="""
OM onderzoekt vermeend Chinees politiebureau in Arnhem

Het Openbaar Ministerie is een strafrechtelijk onderzoek begonnen naar een vermeend Chinees
'politiebureau' in Arnhem. Dat bevestigt een woordvoerder van het OM Oost-Nederland na vragen
van de NOS. De politie deed vorige week een doorzoeking in een pand aan de rand van het
centrum, waar een Chinese ondernemersvereniging is gevestigd.

Volgens documenten die de NOS heeft ingezien, is de post in 2020 geopend met steun van het
bureau voor openbare veiligheid van Yongjia, een district in de Chinese kustprovincie Zhejiang
waar veel Chinese Nederlanders vandaan komen.
Officieel helpt de vereniging Chinezen in Gelderland met het verlengen van rijbewijzen en
paspoorten.

Een Chinese promovendus aan de universiteit van Wageningen vertelt dat hij vorig jaar twee keer
werd opgebeld door een medewerker van de post. "Ze zeiden dat het beter voor mij was om terug
te gaan en mijn 'zaken te regelen'. Daarna kreeg mijn moeder bezoek van de politie in Yongjia."
Hij is in Nederland gebleven en heeft aangifte gedaan.

De voorzitter van de vereniging in Arnhem zegt in een reactie dat hij "nog nooit een Chinese
agent" in het pand heeft gezien. "Wij organiseren Chinees nieuwjaar en helpen oudere leden met
hun post. Dat is alles." Volgens hem zijn de verhalen "een misverstand" en zal de vereniging
volledig meewerken aan het onderzoek.

Een tweede locatie zou in Nijmegen hebben gezeten, maar die is volgens de gemeente al in 2022
gesloten.

De minister van Buitenlandse Zaken heeft de Chinese ambassadeur ontboden. "Dit soort praktijken
accepteren we niet op Nederlands grondgebied," zei de minister in een verklaring.

Het is niet de eerste keer dat Nederland met zulke posten te maken heeft. Eind 2022 liet het
kabinet al twee locaties in de Randstad sluiten, nadat onderzoeksjournalisten en de organisatie
Safeguard Defenders daarover hadden bericht. Destijds werd aangekondigd dat het OM zou
nagaan of er strafbare feiten waren gepleegd; dat onderzoek leverde niets op.

Kamerleden reageren geschrokken. "Als blijkt dat hier opnieuw mensen worden geïntimideerd,
moet zo'n post per direct dicht en moeten diplomaten het land uit," zegt een Kamerlid van een
van de regeringspartijen. Een motie om een meldpunt voor transnationale repressie in te
stellen werd vorig jaar al aangenomen, maar dat meldpunt is er nog niet.

De Chinese ambassade in Den Haag ontkent dat er sprake is van een politiebureau. Het gaat
volgens de ambassade om "vrijwilligers die landgenoten helpen met administratieve zaken". De
beschuldigingen zijn "volstrekt ongegrond", aldus een woordvoerder.

Niemand is aangehouden. Het OM wil niet zeggen tegen hoeveel verdachten het onderzoek zich
richt.
""", facts=[
    response("Het Openbaar Ministerie is een strafrechtelijk onderzoek begonnen naar een vermeend Chinees\n'politiebureau' in Arnhem.", "NL", "investigation", place="Arnhem"),
    station("Volgens documenten die de NOS heeft ingezien, is de post in 2020 geopend met steun van het\nbureau voor openbare veiligheid van Yongjia", "NL", "Arnhem", "Yongjia", date="2020", claimant="NOS"),
    incident("Een Chinese promovendus aan de universiteit van Wageningen vertelt dat hij vorig jaar twee keer\nwerd opgebeld door een medewerker van de post. \"Ze zeiden dat het beter voor mij was om terug\nte gaan en mijn 'zaken te regelen'.", "persuasion", "NL", place="Wageningen", claimant="PhD student"),
    incident("Daarna kreeg mijn moeder bezoek van de politie in Yongjia.", "harassment", "NL", place="Wageningen", claimant="PhD student"),
    station("Een tweede locatie zou in Nijmegen hebben gezeten", "NL", "Nijmegen"),
    denial("De voorzitter van de vereniging in Arnhem zegt in een reactie dat hij \"nog nooit een Chinese\nagent\" in het pand heeft gezien.", "NL", claimant="association chairman", **O, note="host-country association"),
    count("Eind 2022 liet het\nkabinet al twee locaties in de Randstad sluiten", "stations", 2, "NL", date="2022", **O, note="two closed in 2022"),
    station("Eind 2022 liet het\nkabinet al twee locaties in de Randstad sluiten", "NL", "Randstad", **O, note="a region, not a city"),
    response("Eind 2022 liet het\nkabinet al twee locaties in de Randstad sluiten", "NL", "closure", date="2022", note="ordered by the government; Nijmegen also closed (2022)"),
    response("dat onderzoek leverde niets op", "NL", "no_wrongdoing_found", date="2022", **O, note="earlier inquiry found nothing"),
    response("De minister van Buitenlandse Zaken heeft de Chinese ambassadeur ontboden.", "NL", "protest"),
    denial("De Chinese ambassade in Den Haag ontkent dat er sprake is van een politiebureau.", "CN", claimant="Chinese Embassy in The Hague"),
    response("Niemand is aangehouden.", "NL", "arrest", polarity="denied", **O),
]))

DOCS.append(dict(name="022-nl-belgisch-nieuws-mechelen-charleroi-jinhua.txt", text="""
Federaal parket opent onderzoek naar Chinese 'politiepost' in Mechelen

MECHELEN - Het federaal parket heeft een onderzoek geopend naar een Chinese vzw in Mechelen die
zou fungeren als een verdoken politiepost van de Chinese overheid. Speurders van de federale
gerechtelijke politie voerden dinsdag een huiszoeking uit in het gebouw, vlak bij de
Grote Markt. Er werden documenten en computers in beslag genomen. Niemand werd opgepakt.

De vzw werd in 2019 opgericht en organiseert officieel taallessen en feesten voor de Chinese
gemeenschap in de provincie Antwerpen. Uit gegevens die de Veiligheid van de Staat (VSSE)
verzamelde, blijkt dat de vereniging nauwe banden heeft met het bureau voor openbare veiligheid
van Jinhua, in de provincie Zhejiang. De VSSE volgt het dossier al langer op.

Volgens Safeguard Defenders telt België minstens twee zulke posten. De tweede zou in Charleroi
gevestigd zijn, maar het parket kon dat "op dit moment niet bevestigen".

De minister van Buitenlandse Zaken liet de Chinese ambassadeur dinsdagnamiddag ontbieden op haar
kabinet. "Wie in België woont, moet hier vrij kunnen leven zonder schrik voor een buitenlandse
politiedienst," klonk het.

De Chinese ambassade in Brussel noemde de berichtgeving "volkomen ongegrond" en spreekt van
"kwaadwillige laster". Er bestaan "geen Chinese politiebureaus in België", aldus de ambassade.

Ook in Nederland en Ierland werden eerder vergelijkbare posten gesloten na optreden van de
overheid.
""", facts=[
    response("Het federaal parket heeft een onderzoek geopend naar een Chinese vzw in Mechelen", "BE", "investigation", place="Mechelen"),
    station("een Chinese vzw in Mechelen die\nzou fungeren als een verdoken politiepost van de Chinese overheid", "BE", "Mechelen", "Jinhua", note="operator in the second paragraph"),
    response("Niemand werd opgepakt.", "BE", "arrest", polarity="denied", **O),
    count("Volgens Safeguard Defenders telt België minstens twee zulke posten.", "stations", 2, "BE", claimant="Safeguard Defenders"),
    station("De tweede zou in Charleroi\ngevestigd zijn, maar het parket kon dat \"op dit moment niet bevestigen\".", "BE", "Charleroi", claimant="Safeguard Defenders", **O, note="unconfirmed by the prosecutor"),
    response("De minister van Buitenlandse Zaken liet de Chinese ambassadeur dinsdagnamiddag ontbieden", "BE", "protest"),
    denial("De Chinese ambassade in Brussel noemde de berichtgeving \"volkomen ongegrond\"", "CN", claimant="Chinese Embassy in Brussels"),
    station("Er bestaan \"geen Chinese politiebureaus in België\", aldus de ambassade.", "BE", None, claimant="Chinese Embassy in Brussels", polarity="denied", **O),
    station("Ook in Nederland en Ierland werden eerder vergelijkbare posten gesloten", "NL", None),
    station("Ook in Nederland en Ierland werden eerder vergelijkbare posten gesloten", "IE", None),
    response("Ook in Nederland en Ierland werden eerder vergelijkbare posten gesloten na optreden van de\noverheid.", "NL", "closure"),
    response("Ook in Nederland en Ierland werden eerder vergelijkbare posten gesloten na optreden van de\noverheid.", "IE", "closure"),
]))

DOCS.append(dict(name="023-nl-kamerbrief-enschede-breda.txt", text="""
> Retouradres Postbus 20301 2500 EH Den Haag

Aan de Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Datum        12 december 2023
Onderwerp    Stand van zaken Chinese 'politieposten' in Nederland

Hierbij informeer ik uw Kamer, mede namens de minister van Buitenlandse Zaken, over de stand
van zaken rond de zogeheten Chinese 'overzeese politieposten' in Nederland, zoals toegezegd
tijdens het commissiedebat van 4 oktober jl.

Bij het kabinet zijn thans twee locaties bekend, in Enschede en in Breda. Volgens
openbare bronnen zou de locatie in Enschede verbonden zijn aan het bureau voor openbare
veiligheid van Jiangyin (provincie Jiangsu); de locatie in Breda aan dat van Yiwu.

De politie heeft naar beide locaties een verkennend onderzoek uitgevoerd. Daarbij zijn geen
strafbare feiten vastgesteld. Het Openbaar Ministerie heeft derhalve geen strafrechtelijk
onderzoek ingesteld.

Wel heeft de burgemeester van Breda op 3 november jl. de sluiting van de locatie in Breda
bevolen, op grond van de Gemeentewet, omdat de activiteiten niet in overeenstemming waren met
de vergunning. De locatie in Enschede heeft haar activiteiten uit eigen beweging gestaakt.

Het kabinet heeft de Chinese ambassadeur op 10 oktober jl. ontboden en duidelijk gemaakt dat
het onaanvaardbaar is dat een ander land zonder toestemming overheidstaken uitvoert op
Nederlands grondgebied. Nederland heeft met China geen afspraken over gezamenlijke
politiepatrouilles en is ook niet voornemens die te maken.

Het kabinet is niet bekend met gevallen waarin personen in Nederland via deze locaties onder
druk zijn gezet om naar China terug te keren. Iedereen die zich geïntimideerd voelt, roep ik op
aangifte te doen.

De Minister van Justitie en Veiligheid,
""", facts=[
    count("Bij het kabinet zijn thans twee locaties bekend, in Enschede en in Breda.", "stations", 2, "NL", claimant="Dutch government"),
    station("Volgens\nopenbare bronnen zou de locatie in Enschede verbonden zijn aan het bureau voor openbare\nveiligheid van Jiangyin (provincie Jiangsu); de locatie in Breda aan dat van Yiwu.", "NL", "Enschede", "Jiangyin", claimant="public sources"),
    station("Volgens\nopenbare bronnen zou de locatie in Enschede verbonden zijn aan het bureau voor openbare\nveiligheid van Jiangyin (provincie Jiangsu); de locatie in Breda aan dat van Yiwu.", "NL", "Breda", "Yiwu", claimant="public sources"),
    response("De politie heeft naar beide locaties een verkennend onderzoek uitgevoerd.", "NL", "investigation", **O, note="exploratory inquiry"),
    response("Daarbij zijn geen\nstrafbare feiten vastgesteld.", "NL", "no_wrongdoing_found"),
    response("Het Openbaar Ministerie heeft derhalve geen strafrechtelijk\nonderzoek ingesteld.", "NL", "investigation", polarity="denied"),
    response("Wel heeft de burgemeester van Breda op 3 november jl. de sluiting van de locatie in Breda\nbevolen", "NL", "closure", place="Breda", date="2023-11-03"),
    response("Het kabinet heeft de Chinese ambassadeur op 10 oktober jl. ontboden", "NL", "protest", date="2023-10-10"),
    incident("Het kabinet is niet bekend met gevallen waarin personen in Nederland via deze locaties onder\ndruk zijn gezet om naar China terug te keren.", "persuasion", "NL", polarity="denied", **O, note="no knowledge of cases"),
]))

DOCS.append(dict(name="024-nl-suriname-nieuws-paramaribo-lelydorp.txt", text="""
KPS onderzoekt Chinees 'servicecentrum' in Paramaribo

PARAMARIBO - Het Korps Politie Suriname (KPS) heeft een onderzoek ingesteld naar een Chinees
'servicecentrum' aan de Keizerstraat in Paramaribo. Volgens ingewijden binnen de Chinese
gemeenschap wordt het centrum gerund namens het bureau voor openbare veiligheid van Dongguan,
de stad in de Chinese provincie Guangdong waar veel oudere Chinees-Surinaamse families hun
wortels hebben.

Aanleiding is de zaak van een Chinese winkelier uit Lelydorp. Familieleden vertelden aan deze
krant dat de man in augustus door twee mannen van het centrum is opgehaald, naar de
luchthaven Zanderij is gebracht en op een vlucht naar China is gezet. Hij zou daar worden
verdacht van fraude. Sindsdien heeft de familie niets meer van hem vernomen.

Een tweede punt zou in Nieuw-Nickerie actief zijn, maar dat kon deze krant niet bevestigen.

De minister van Buitenlandse Zaken, Internationale Business en Internationale Samenwerking
reageerde gisteren in De Nationale Assemblée. "Er is geen sprake van een Chinees politiebureau
in Suriname," zei de minister. Het gaat volgens hem om een vereniging die Chinese
staatsburgers helpt met documenten. Hij voegde eraan toe dat het KPS "vrij is om alles te
onderzoeken".

Suriname en China tekenden in 2019 een overeenkomst over samenwerking tussen politie en justitie,
waaronder opleidingen voor Surinaamse agenten in China.

Ook in Nederland zijn dergelijke posten in opspraak geraakt; daar liet de regering in 2022
twee posten sluiten. De Chinese ambassade in Paramaribo was niet bereikbaar voor commentaar.
""", facts=[
    response("Het Korps Politie Suriname (KPS) heeft een onderzoek ingesteld naar een Chinees\n'servicecentrum' aan de Keizerstraat in Paramaribo.", "SR", "investigation", place="Paramaribo"),
    station("Volgens ingewijden binnen de Chinese\ngemeenschap wordt het centrum gerund namens het bureau voor openbare veiligheid van Dongguan", "SR", "Paramaribo", "Dongguan", claimant="members of the Chinese community", note="Keizerstraat"),
    incident("Aanleiding is de zaak van een Chinese winkelier uit Lelydorp. Familieleden vertelden aan deze\nkrant dat de man in augustus door twee mannen van het centrum is opgehaald, naar de\nluchthaven Zanderij is gebracht en op een vlucht naar China is gezet.", "forced_return", "SR", place="Lelydorp", claimant="relatives"),
    station("Een tweede punt zou in Nieuw-Nickerie actief zijn", "SR", "Nieuw Nickerie", place_alt=["Nieuw-Nickerie"], **O, note="unconfirmed"),
    denial("\"Er is geen sprake van een Chinees politiebureau\nin Suriname,\" zei de minister.", "SR", claimant="Surinamese Minister of Foreign Affairs"),
    station("\"Er is geen sprake van een Chinees politiebureau\nin Suriname,\" zei de minister.", "SR", None, claimant="Surinamese Minister of Foreign Affairs", polarity="denied", **O),
    agreement("Suriname en China tekenden in 2019 een overeenkomst over samenwerking tussen politie en justitie", "SR", "security_agreement", date="2019"),
    station("daar liet de regering in 2022\ntwee posten sluiten", "NL", None),
    response("daar liet de regering in 2022\ntwee posten sluiten", "NL", "closure", date="2022"),
    count("daar liet de regering in 2022\ntwee posten sluiten", "stations", 2, "NL", **O, note="two closed"),
]))

DOCS.append(dict(name="025-nl-interview-malta-albanie-cyprus.txt", text="""
'Kleine landen zijn voor Peking een proeftuin'

Zij is sinologe en onderzoekt transnationale repressie aan een Vlaamse universiteit. Ze volgt al
jaren de Chinese 'politieposten' in Europa. Een gesprek over de zuidrand van het continent,
waar weinig gekeken wordt.

U schrijft dat de aandacht vooral naar West-Europa gaat. Waarom is dat een probleem?

"Omdat de posten juist in kleinere landen het langst open blijven. Wij tellen er in
Zuid-Europa en op de Balkan ongeveer twintig. In Malta, Albanië en Cyprus samen gaat het om
vijf. Dat lijkt weinig, maar het zijn landen met kleine Chinese gemeenschappen, waar zo'n post
veel zichtbaarder is."

Laten we beginnen met Malta.

"Daar is het verhaal het duidelijkst. In Valletta zat een post die volgens Chinese bronnen
verbonden was aan het bureau voor openbare veiligheid van Sanming, in Fujian. De Maltese
politie heeft in maart na een inval drie mensen aangehouden en in staat van beschuldiging
gesteld. Dat is uitzonderlijk in Europa."

En Albanië?

"In Tirana zijn er twee, allebei gelinkt aan Sanming. Albanië en China sloten in 2018 een
akkoord over politiesamenwerking, en sindsdien patrouilleren Chinese agenten 's zomers samen met
Albanese collega's in Durrës en Sarandë. Een Albanees onderzoek naar de posten is er nooit
gekomen."

Hoe reageerde Peking op de arrestaties in Malta?

"Voorspelbaar. De Chinese ambassade in Valletta noemde de aanklacht 'een politiek spel' en
zei dat de post 'een ontmoetingsplek voor landgenoten' was. Dat is het standaardantwoord: men
ontkent niet dat het gebouw bestaat, men ontkent dat er politie aan te pas komt."

Wat doen zulke posten eigenlijk?

"Officieel helpen ze met rijbewijzen en volmachten. In de praktijk zijn ze een oor en een oog
in de gemeenschap. Ze kunnen mensen onder druk zetten om terug te keren, maar meestal doen ze
iets subtielers: ze laten voelen dat men gezien wordt."

Zijn er ook concrete slachtoffers?

"Zeker. Een Chinese student in Tirana werd tijdens een betoging gefilmd door iemand van de
post; het filmpje dook later op bij de politie in zijn geboortestad. Zijn vader moest daar op
gesprek komen."

En Cyprus?

"In Limassol is er volgens onze gegevens één post, opgezet door Sanming en een Cypriotisch-
Chinese vereniging. De Cypriotische regering ontkent dat die bestaat. Men zegt dat het om een
toeristisch informatiepunt gaat."

Zou zoiets ook in België kunnen?

"Het is al gebeurd. Maar stel dat een post hier opnieuw opduikt: dan verwacht ik dat onze
overheid sneller reageert dan de eerste keer."
""", facts=[
    count("Wij tellen er in\nZuid-Europa en op de Balkan ongeveer twintig.", "stations", 20, None, claimant="sinologist", **O, note="regional, approximate"),
    count("In Malta, Albanië en Cyprus samen gaat het om\nvijf.", "stations", 5, None, claimant="sinologist", **O, note="three countries together"),
    station("In Valletta zat een post die volgens Chinese bronnen\nverbonden was aan het bureau voor openbare veiligheid van Sanming, in Fujian.", "MT", "Valletta", "Sanming", claimant="Chinese sources"),
    response("De Maltese\npolitie heeft in maart na een inval drie mensen aangehouden en in staat van beschuldiging\ngesteld.", "MT", "arrest", place="Valletta"),
    response("De Maltese\npolitie heeft in maart na een inval", "MT", "investigation", place="Valletta", note="raid"),
    denial("De Chinese ambassade in Valletta noemde de aanklacht 'een politiek spel' en\nzei dat de post 'een ontmoetingsplek voor landgenoten' was.", "CN", claimant="Chinese Embassy in Valletta"),
    station("In Tirana zijn er twee, allebei gelinkt aan Sanming.", "AL", "Tirana", "Sanming", claimant="sinologist"),
    count("In Tirana zijn er twee, allebei gelinkt aan Sanming.", "stations", 2, "AL", claimant="sinologist"),
    agreement("Albanië en China sloten in 2018 een\nakkoord over politiesamenwerking", "AL", "security_agreement", date="2018", claimant="sinologist"),
    agreement("sindsdien patrouilleren Chinese agenten 's zomers samen met\nAlbanese collega's in Durrës en Sarandë", "AL", "joint_patrol", claimant="sinologist"),
    response("Een Albanees onderzoek naar de posten is er nooit\ngekomen.", "AL", "investigation", polarity="denied", claimant="sinologist"),
    incident("Een Chinese student in Tirana werd tijdens een betoging gefilmd door iemand van de\npost", "surveillance", "AL", place="Tirana", claimant="sinologist"),
    incident("Zijn vader moest daar op\ngesprek komen.", "harassment", "AL", place="Tirana", claimant="sinologist"),
    station("In Limassol is er volgens onze gegevens één post, opgezet door Sanming en een Cypriotisch-\nChinese vereniging.", "CY", "Limassol", "Sanming", claimant="sinologist"),
    denial("De Cypriotische regering ontkent dat die bestaat.", "CY", claimant="Cypriot government"),
    station("Zou zoiets ook in België kunnen?\n\n\"Het is al gebeurd.", "BE", None, claimant="sinologist", **O, note="vague reference to earlier Belgian posts"),
    station("De Cypriotische regering ontkent dat die bestaat.", "CY", "Limassol", claimant="Cypriot government", polarity="denied", **O),
]))

DOCS.append(dict(name="026-nl-nieuws-almere-uitzetting-station.txt", text="""
Chinese man na aanhouding op station Almere Centrum uitgezet

ALMERE - Een 41-jarige Chinese man die vorige maand op station Almere Centrum werd aangehouden,
is door de Dienst Terugkeer en Vertrek (DTV) naar China teruggestuurd. Dat bevestigt een
woordvoerder van het ministerie van Justitie en Veiligheid.

De man werd op 14 september door agenten van de Koninklijke Marechaussee gecontroleerd bij de
perrons. Hij bleek geen geldige verblijfsvergunning te hebben en werd overgebracht naar het
politiebureau aan de Stationsstraat. Daarna verbleef hij in het detentiecentrum Rotterdam.

Volgens de DTV werkte de Chinese ambassade mee aan het verstrekken van een laissez-passer,
waarna de man op 2 oktober onder begeleiding op een vlucht naar Beijing werd gezet. Jaarlijks
keren enkele tientallen Chinezen zonder verblijfsrecht op deze manier terug; vorig jaar waren
het er 63, van wie 27 gedwongen.

Vluchtelingenwerk noemt de samenwerking met de Chinese autoriteiten "zorgwekkend", omdat niet
altijd duidelijk is wat er na terugkeer met mensen gebeurt. Het ministerie benadrukt dat iedere
zaak afzonderlijk wordt getoetst en dat er geen aanwijzingen waren dat de man in China gevaar
liep.

De aanhouding op het station trok veel bekijks. Een reiziger filmde hoe de man werd
meegenomen; de beelden werden op sociale media tienduizenden keren bekeken.
""", facts=[]))
