"""Stations placed by reference and hosts named without a city, in the nine languages.

Sentences written for these tests from the concept: a station sentence that names no place
but points at one named just before it ("there", "dort", "aldaar", "y", "allí", "lì", "ali",
"当地", "in the city", "nel capoluogo", "in the capital"); a country named as the host of
stations without a city ("stations operate in Italy", "Austria hosts …"). The negatives
must give no station: a place before that is not pointed at, a denial, a hypothesis, a
general remark, an embassy's city, and the irrelevant senses of "there".
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

Key = tuple[str, str | None]


def stations(text: str, lang: str) -> set[Key]:
    """Asserted station keys (country, place)."""
    return {
        (f.country or "", f.place)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


# --- a place pointed at from the next sentence --------------------------------------------

DEIXIS = [
    ("en", "Many Chinese migrants live in Hobart. According to the report, the Chinese police "
     "run a station there.", ("AU", "Hobart")),
    ("en", "The trail leads to Leeds. A Chinese police outpost is said to operate in the city "
     "from a restaurant.", ("GB", "Leeds")),
    ("de", "Viele Chinesen leben in Klagenfurt. Dort soll die chinesische Polizei eine "
     "Außenstelle betreiben.", ("AT", "Klagenfurt")),
    ("de", "Die Spur führt nach Graz. In der Stadt soll eine chinesische Polizeistation in "
     "einem Reisebüro untergebracht sein.", ("AT", "Graz")),
    ("de", "Die Ermittler durchsuchten Räume eines Vereins in Linz. Der Verein soll dort eine "
     "sogenannte chinesische Polizeistation beherbergt haben.", ("AT", "Linz")),
    ("nl", "In Rotterdam wonen veel Chinezen. Volgens het rapport heeft de Chinese politie "
     "aldaar een steunpunt.", ("NL", "Rotterdam")),
    ("nl", "In Utrecht wonen veel Chinezen. Volgens het rapport zou er daar een Chinese "
     "politiepost zijn.", ("NL", "Utrecht")),
    ("nl", "De onderzoekers reisden naar Antwerpen. In de stad zou een Chinese politiepost "
     "actief zijn.", ("BE", "Antwerp")),
    ("fr", "Marseille compte une importante communauté chinoise. Selon l'ONG, la police "
     "chinoise y aurait ouvert une antenne.", ("FR", "Marseille")),
    ("fr", "L'enquête mène à Lyon. Selon l'ONG, un commissariat chinois fonctionnait là-bas "
     "depuis 2019.", ("FR", "Lyon")),
    ("es", "Lima tiene una gran comunidad china. Según la ONG, la policía china abrió allí "
     "una comisaría.", ("PE", "Lima")),
    ("es", "La investigación se centra en Valencia. En la ciudad funcionaría una comisaría "
     "china encubierta.", ("ES", "Valencia")),
    ("it", "Torino ospita una grande comunità cinese. Secondo la ONG, la polizia cinese vi "
     "avrebbe aperto un presidio.", ("IT", "Turin")),
    ("it", "La comunità cinese di Torino è numerosa. Secondo la procura, nel capoluogo operava "
     "una stazione di polizia cinese.", ("IT", "Turin")),
    ("it", "Le indagini portano a Bari. Lì, secondo il rapporto, la polizia cinese gestiva uno "
     "sportello della polizia cinese.", ("IT", "Bari")),
    ("it", "Gli investigatori sono arrivati a Verona. In città, secondo il rapporto, operava un "
     "presidio della polizia cinese.", ("IT", "Verona")),
    ("pt", "Belo Horizonte tem uma grande comunidade chinesa. Segundo a PF, a polícia chinesa "
     "mantinha ali um posto.", ("BR", "Belo Horizonte")),
    ("pt", "A investigação chegou a Coimbra. Na cidade, a polícia chinesa teria um posto num "
     "restaurante.", ("PT", "Coimbra")),
    ("pt", "Os jornalistas foram a Lisboa. Lá, segundo a ONG, funcionava uma esquadra chinesa.",
     ("PT", "Lisbon")),
    ("zh", "布拉格有不少华人。据报道，中国警方在当地设有一个服务站。", ("CZ", "Prague")),
    ("zh", "调查人员前往米兰。据悉，中国警方在该市设有一个海外警务服务站。", ("IT", "Milan")),
    ("zh", "記者走訪了阿姆斯特丹。據報導，中國警方在當地設有一處據點。", ("NL", "Amsterdam")),
]


#: "in the capital": the capital of the country named before, or the city named before.
CAPITAL = [
    ("en", "Investigators went to Lisbon last spring. In the capital, a Chinese police station "
     "worked out of a travel agency.", ("PT", "Lisbon")),
    ("fr", "Les enquêteurs se sont rendus à Bruxelles. Dans la capitale, un poste de police "
     "chinois occupait un restaurant.", ("BE", "Brussels")),
    ("es", "Los investigadores viajaron a Panamá. En la capital, según la investigadora, "
     "funciona una comisaría china.", ("PA", "Panama City")),
]


@pytest.mark.parametrize(("lang", "text", "key"), DEIXIS)
def test_a_station_placed_by_reference(lang: str, text: str, key: Key) -> None:
    assert key in stations(text, lang)


@pytest.mark.parametrize(("lang", "text", "key"), CAPITAL)
def test_a_station_in_the_capital(lang: str, text: str, key: Key) -> None:
    assert key in stations(text, lang)


DEIXIS_NOT = [
    # nothing points back: the station sentence speaks in general
    ("en", "Many Chinese migrants live in Hobart. Chinese police stations have been reported "
     "in many countries.", ("AU", "Hobart")),
    ("de", "Viele Chinesen leben in Klagenfurt. Chinesische Polizeistationen gibt es weltweit.",
     ("AT", "Klagenfurt")),
    # denied, hypothetical, a question
    ("en", "Many Chinese migrants live in Hobart. The police said there is no Chinese police "
     "station there.", ("AU", "Hobart")),
    ("fr", "Marseille compte une importante communauté chinoise. Si la police chinoise y "
     "ouvrait une antenne, le préfet la fermerait.", ("FR", "Marseille")),
    ("es", "Lima tiene una gran comunidad china. ¿Hay allí una comisaría china?",
     ("PE", "Lima")),
    ("nl", "In Rotterdam wonen veel Chinezen. Volgens de burgemeester heeft de Chinese politie "
     "daar geen steunpunt.", ("NL", "Rotterdam")),
    # the place before is an embassy's, a court's or a ministry's seat
    ("en", "The Chinese embassy in Canberra issued a statement. There, officials said the "
     "reports of police stations were lies.", ("AU", "Canberra")),
    ("it", "La Procura di Milano ha aperto un fascicolo. Lì si indaga sulle stazioni di polizia "
     "cinesi in Europa.", ("IT", "Milan")),
    # "there" of existence, railway sense of station
    ("en", "The delegation visited Bristol. There are many train stations in England.",
     ("GB", "Bristol")),
    ("de", "Die Delegation besuchte Graz. Dort hält der Zug an der Station Hauptbahnhof.",
     ("AT", "Graz")),
    # the place is China itself
    ("zh", "他回到了温州。当地公安局设有一个服务站。", ("CN", "Wenzhou")),
    # "the capital" after a city that is not one, or after China
    ("en", "Investigators went to Porto last spring. In the capital, a Chinese police station "
     "worked out of a travel agency.", ("PT", "Porto")),
    ("es", "Los investigadores viajaron a China. En la capital, según la investigadora, "
     "funciona una comisaría china.", ("CN", "Beijing")),
]


@pytest.mark.parametrize(("lang", "text", "key"), DEIXIS_NOT)
def test_no_station_placed_by_reference(lang: str, text: str, key: Key) -> None:
    assert key not in stations(text, lang)


# --- a host country without a city ----------------------------------------------------------

HOSTS = [
    ("en", "Chinese police stations also operate in Italy, the report says.", ("IT", None)),
    ("en", "According to the NGO, secret Chinese police stations exist in Serbia too.",
     ("RS", None)),
    ("en", "Italy also hosts Chinese police stations, the report says.", ("IT", None)),
    ("de", "Auch Österreich beherbergt chinesische Polizeistationen, heißt es im Bericht.",
     ("AT", None)),
    ("de", "Chinesische Polizeistationen gibt es laut dem Bericht auch in Serbien.",
     ("RS", None)),
    ("nl", "Chinese politieposten zijn volgens het rapport ook actief in Ierland.", ("IE", None)),
    ("fr", "Des commissariats chinois clandestins opèrent aussi en Hongrie, selon l'ONG.",
     ("HU", None)),
    ("fr", "La Hongrie abrite aussi des commissariats chinois, selon l'ONG.", ("HU", None)),
    ("es", "España alberga comisarías chinas, según la ONG.", ("ES", None)),
    ("es", "Según la ONG, también funcionan comisarías chinas en Ecuador.", ("EC", None)),
    ("it", "Secondo Safeguard Defenders anche l'Italia ospita stazioni di polizia cinesi.",
     ("IT", None)),
    ("it", "Stazioni di polizia cinesi sarebbero attive anche in Serbia, secondo la ONG.",
     ("RS", None)),
    ("pt", "Portugal acolhe esquadras chinesas, segundo a ONG.", ("PT", None)),
    ("pt", "Segundo a ONG, também existem esquadras chinesas em Moçambique.", ("MZ", None)),
]


@pytest.mark.parametrize(("lang", "text", "key"), HOSTS)
def test_a_host_country_without_a_city(lang: str, text: str, key: Key) -> None:
    assert key in stations(text, lang)


HOSTS_NOT = [
    ("en", "Italy has no Chinese police stations, the minister said.", ("IT", None)),
    ("en", "Italy has asked China about the police stations reported abroad.", ("IT", None)),
    ("en", "If Chinese police stations operated in Italy, they would be closed.", ("IT", None)),
    ("de", "Österreich hat die chinesische Botschaft wegen der Polizeistationen einbestellt.",
     ("AT", None)),
    ("fr", "La Hongrie n'abrite aucun commissariat chinois, selon le gouvernement.",
     ("HU", None)),
    ("es", "España investiga las comisarías chinas en Europa.", ("ES", None)),
    ("it", "L'Italia ha chiesto chiarimenti sulle stazioni di polizia cinesi.", ("IT", None)),
    ("pt", "Portugal não acolhe esquadras chinesas, diz o ministro.", ("PT", None)),
    ("en", "Trains from Italy stop at the central station in Vienna.", ("IT", None)),
]


@pytest.mark.parametrize(("lang", "text", "key"), HOSTS_NOT)
def test_no_host_country(lang: str, text: str, key: Key) -> None:
    assert key not in stations(text, lang)


# --- a pronoun that stands for the station noun before: "celui de", "quella di", "la de" ----

PRONOUN = [
    ("fr", "Le Canada compterait deux postes de police chinois. Ce seraient ceux de Québec et de "
     "Sherbrooke.", ("CA", "Sherbrooke")),
    ("fr", "La police chinoise aurait ouvert un poste à Lyon. Celui de Marseille serait lié à "
     "Wenzhou.", ("FR", "Marseille")),
    ("it", "A Milano c'è una stazione di polizia cinese. Quella di Torino sarebbe gestita da "
     "Wenzhou.", ("IT", "Turin")),
    ("it", "I Paesi Bassi hanno chiuso due stazioni di polizia cinesi. Anche quella di Dublino è "
     "stata chiusa.", ("IE", "Dublin")),
    ("it", "I Paesi Bassi hanno chiuso due stazioni di polizia cinesi. L'Irlanda ha chiuso quella "
     "di Dublino.", ("IE", "Dublin")),
    ("en", "The Netherlands closed two Chinese police stations. Ireland shut the one in Dublin.",
     ("IE", "Dublin")),
    ("fr", "Les Pays-Bas ont fermé deux postes de police chinois. L'Irlande a fermé celui de "
     "Dublin.", ("IE", "Dublin")),
    ("pt", "Portugal tem três esquadras chinesas. A de Braga depende da polícia de Lishui.",
     ("PT", "Braga")),
    ("pt", "A polícia chinesa teria uma esquadra em Lisboa. E a do Porto seria de Qingtian.",
     ("PT", "Porto")),
    ("es", "La policía china tendría una comisaría en Sevilla. La de Granada dependería de "
     "Fuzhou.", ("ES", "Granada")),
    ("en", "A Chinese police station operated in Leeds. That of Bristol was run by Fuzhou police.",
     ("GB", "Bristol")),
    ("en", "A Chinese police station operated in Leeds. Those in Bristol were run by Fuzhou "
     "police.", ("GB", "Bristol")),
    ("de", "In München soll es eine chinesische Polizeistation geben. Die in Hamburg werde von "
     "Fuzhou betrieben.", ("DE", "Hamburg")),
    ("nl", "In Amsterdam zat een Chinese politiepost. Die in Rotterdam werd door Fuzhou gerund.",
     ("NL", "Rotterdam")),
]


@pytest.mark.parametrize(("lang", "text", "key"), PRONOUN)
def test_a_pronoun_for_the_station_before(lang: str, text: str, key: Key) -> None:
    assert key in stations(text, lang)


PRONOUN_NOT = [
    # the pronoun stands for another noun, or the article is an article
    ("fr", "La police chinoise aurait ouvert un poste à Lyon. Le maire de Lyon et celui de "
     "Marseille ont réagi.", ("FR", "Marseille")),
    ("de", "In München soll es eine chinesische Polizeistation geben. Viele die in Hamburg "
     "lebenden Chinesen sind besorgt.", ("DE", "Hamburg")),
    ("it", "A Milano c'è una stazione di polizia cinese. Il sindaco di Milano e quello di Torino "
     "hanno chiesto chiarimenti.", ("IT", "Turin")),
    ("en", "A Chinese police station operated in Leeds. The mayor of Leeds and that of Bristol "
     "met on Monday.", ("GB", "Bristol")),
    ("it", "A Milano c'è una stazione di polizia cinese. La sua auto somiglia a quella di "
     "Torino.", ("IT", "Turin")),
    ("es", "La policía china tendría una comisaría en Sevilla. Su coche se parece al de "
     "Granada.", ("ES", "Granada")),
    # a country named as a neighbour is not a host
    ("pt", "A polícia chinesa teria duas esquadras em Foz do Iguaçu, na fronteira com o "
     "Paraguai.", ("PY", None)),
    ("es", "La policía china tendría dos comisarías en Tacna, en la frontera con Chile.",
     ("CL", None)),
]


@pytest.mark.parametrize(("lang", "text", "key"), PRONOUN_NOT)
def test_no_pronoun_for_the_station_before(lang: str, text: str, key: Key) -> None:
    assert key not in stations(text, lang)


# --- a city or a host country by its adjective beside the station noun -------------------

ADJECTIVE = [
    ("fr", "Le local fribourgeois de la police chinoise serait lié au bureau de Lishui.",
     ("CH", "Fribourg")),
    ("it", "Secondo il dossier il presidio campigiano della polizia cinese sarebbe stato aperto "
     "nel 2018.", ("IT", "Campi Bisenzio")),
    ("it", "Il presidio livornese della polizia cinese è stato chiuso.", ("IT", "Livorno")),
    ("pt", "O posto bracarense da polícia chinesa foi encerrado.", ("PT", "Braga")),
    ("es", "La oficina vallisoletana de la policía china fue cerrada.", ("ES", "Valladolid")),
    ("de", "Der Luzerner Standort der chinesischen Polizei liegt in einem Handelsverein.",
     ("CH", "Lucerne")),
    ("de", "Die Linzer Außenstelle der chinesischen Polizei wurde geschlossen.", ("AT", "Linz")),
    ("nl", "De Eindhovense vestiging van de Chinese politie is gesloten.", ("NL", "Eindhoven")),
    # a host country by its adjective, the site otherwise unplaced
    ("en", "The Dutch outpost of the Chinese police was closed in 2022.", ("NL", None)),
    ("it", "Il presidio portoghese della polizia cinese non è mai stato chiuso.", ("PT", None)),
    ("de", "Der Schweizer Standort der chinesischen Polizei liegt in einem Reisebüro.",
     ("CH", None)),
    ("nl", "De Ierse vestiging van de Chinese politie werd gesloten.", ("IE", None)),
    ("fr", "L'antenne belge de la police chinoise a été fermée.", ("BE", None)),
    ("es", "La sucursal argentina de la policía china fue cerrada.", ("AR", None)),
    ("pt", "A sede espanhola da polícia chinesa foi encerrada.", ("ES", None)),
]


@pytest.mark.parametrize(("lang", "text", "key"), ADJECTIVE)
def test_a_place_by_its_adjective(lang: str, text: str, key: Key) -> None:
    assert key in stations(text, lang)


ADJECTIVE_NOT = [
    # the host's own police, not a site of the Chinese police
    ("en", "A Dutch police station received the complaint about the Chinese police.",
     ("NL", None)),
    ("de", "Die Schweizer Polizei hat den Standort der chinesischen Polizei nicht gefunden.",
     ("CH", None)),
    ("it", "La polizia portoghese ha chiuso una sede della polizia cinese a Lisbona.",
     ("PT", None)),
    ("fr", "Le gouvernement belge a demandé la fermeture de l'antenne de la police chinoise.",
     ("BE", None)),
    # a city adjective away from any station noun
    ("it", "Un imprenditore livornese ha parlato della polizia cinese.", ("IT", "Livorno")),
    ("de", "Ein Linzer Anwalt kritisiert die chinesische Polizei.", ("AT", "Linz")),
]


@pytest.mark.parametrize(("lang", "text", "key"), ADJECTIVE_NOT)
def test_no_place_by_an_adjective(lang: str, text: str, key: Key) -> None:
    assert key not in stations(text, lang)


# --- regions when no city is named, and names of cities in other languages and scripts ------

GAZETTEER = [
    ("en", "The Chinese police also run a station in Tasmania, the report says.",
     ("AU", "Tasmania")),
    ("fr", "La police chinoise aurait aussi ouvert une antenne en Alsace.", ("FR", "Alsace")),
    ("de", "Die chinesische Polizei soll in Kärnten eine Außenstelle betreiben.",
     ("AT", "Carinthia")),
    ("it", "Un presidio della polizia cinese sarebbe attivo in Liguria.", ("IT", "Liguria")),
    ("nl", "Volgens het rapport zit er een Chinese politiepost in Istanboel.",
     ("TR", "Istanbul")),
    ("zh", "斯洛伐克警方对首都布拉提斯拉瓦一处疑似中国警务据点进行调查。", ("SK", "Bratislava")),
    ("zh", "報導指出，中國警方在杜塞道夫設有一處據點。", ("DE", "Düsseldorf")),
]


@pytest.mark.parametrize(("lang", "text", "key"), GAZETTEER)
def test_a_region_or_a_foreign_name(lang: str, text: str, key: Key) -> None:
    assert key in stations(text, lang)


GAZETTEER_NOT = [
    # the region only situates the city that hosts the station
    ("fr", "La police chinoise aurait ouvert une antenne à Strasbourg, en Alsace.",
     ("FR", "Alsace")),
    ("de", "Die chinesische Polizei soll in Klagenfurt in Kärnten eine Außenstelle betreiben.",
     ("AT", "Carinthia")),
    # a region named for something else
    ("en", "A Chinese police station was found in Leeds; the suspect had lived in Tasmania.",
     ("AU", "Tasmania")),
]


@pytest.mark.parametrize(("lang", "text", "key"), GAZETTEER_NOT)
def test_no_region_beside_its_city(lang: str, text: str, key: Key) -> None:
    assert key not in stations(text, lang)


# --- other stations: satellite ground stations and research stations ----------------------

OTHER_STATIONS = [
    ("en", "Chinese engineers arrived at the ground station in Neuquén to track the satellite."),
    ("pt", "Técnicos chineses chegaram à estação terrena de Cuiabá para o lançamento do "
     "satélite."),
    ("es", "Técnicos chinos llegaron a la estación terrena de Neuquén."),
    ("fr", "Des techniciens chinois sont arrivés à la station terrienne de Kourou."),
    ("it", "Tecnici cinesi sono arrivati alla stazione di terra di Matera."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_STATIONS)
def test_other_stations_are_none(lang: str, text: str) -> None:
    assert not stations(text, lang)
