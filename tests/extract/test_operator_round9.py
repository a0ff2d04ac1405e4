"""Operators tied to stations by any PRC division's bureau, by a bureau named as the subject
that goes on, by a list the bureau's clause names, by where a station's trail leads, by a
station named after its bureau. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.operators import OperatorLexicon
from stationwatch.extract.pipeline import extract_facts
from tests.extract.test_operator_shapes import operators


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        # any division's bureau makes the station Chinese, not only the best-known cities
        ("The report says the station in Milan was opened by the Rui'an police.", "en", "Milan",
         "Rui'an"),
        ("The report says the station in Prague is run by the Mingxi county police.", "en",
         "Prague", "Mingxi"),
        ("The report says the station in Toronto was set up by the Jiangsu provincial police.",
         "en", "Toronto", "Jiangsu"),
        ("Laut Bericht wird die Station in Wien von der Polizei des Kreises Mingxi betrieben.", "de",
         "Vienna", "Mingxi"),
        ("Laut Bericht wird die Station in Wien von der Polizei der Provinz Jiangsu betrieben.", "de",
         "Vienna", "Jiangsu"),
        # a host city's police name tied to a PRC bureau in its own clause
        ("Según la ONG, la comisaría de Madrid depende de la policía de Qingtian.", "es", "Madrid",
         "Qingtian"),
        ("Según el informe, la comisaría de Madrid fue abierta por la policía del condado de "
         "Qingtian.", "es", "Madrid", "Qingtian"),
        ("Segundo o relatório, a esquadra de Lisboa foi aberta pela polícia do condado de Qingtian.",
         "pt", "Lisbon", "Qingtian"),
        ("Segundo a ONG, a esquadra de Lisboa foi criada pelo departamento de segurança pública de "
         "Qingtian.", "pt", "Lisbon", "Qingtian"),
        # a province that only says where the city is
        ("The report says the station in Toronto was set up by police in Zhejiang's Wenzhou.", "en",
         "Toronto", "Wenzhou"),
        # a station named after its bureau
        ("The so-called Fuzhou Overseas Police Service Station in Dublin has closed.", "en",
         "Dublin", "Fuzhou"),
        ("The Qingtian overseas police service station in Madrid was one of the first.", "en",
         "Madrid", "Qingtian"),
        ("In Frankfurt gibt es laut der NGO eine sogenannte Qingtian-Station.", "de",
         "Frankfurt am Main", "Qingtian"),
        ("报告提到设在都柏林的福州警侨海外服务站。", "zh", "Dublin", "Fuzhou"),
        ("报告提到，福州警侨海外服务站都柏林站已关闭。", "zh", "Dublin", "Fuzhou"),
        # a division's officers, and its police with an adjective
        ("La comisaría china de Valencia fue abierta por agentes de Qingtian.", "es", "Valencia",
         "Qingtian"),
        ("Le poste de police chinois de Lyon a été ouvert par des policiers de Qingtian.", "fr",
         "Lyon", "Qingtian"),
        ("Die chinesische Polizeistation in Frankfurt wurde von Polizeibeamten aus Wenzhou "
         "eröffnet.", "de", "Frankfurt am Main", "Wenzhou"),
        ("De Chinese politiepost in Rotterdam is geopend door agenten uit Qingtian.", "nl",
         "Rotterdam", "Qingtian"),
        ("A esquadra chinesa de Lisboa foi aberta por agentes de Qingtian.", "pt", "Lisbon",
         "Qingtian"),
        ("La stazione di polizia cinese di Prato è stata aperta dalla polizia municipale di "
         "Wenzhou.", "it", "Prato", "Wenzhou"),
        ("La comisaría china de Valencia fue abierta por la policía municipal de Wenzhou.", "es",
         "Valencia", "Wenzhou"),
        ("A esquadra chinesa de Lisboa foi aberta pela polícia municipal de Wenzhou.", "pt",
         "Lisbon", "Wenzhou"),
    ],
)
def test_bureau_in_the_stations_sentence(text: str, lang: str, place: str, operator: str) -> None:
    assert operators(text, lang)[place] == operator


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Según la ONG, la comisaría de Madrid depende de la policía de Qingtian, mientras que la "
         "de Barcelona fue abierta por la de Wenzhou.", "es",
         {"Madrid": "Qingtian", "Barcelona": "Wenzhou"}),
        ("Segundo a ONG, a esquadra de Lisboa é gerida pela polícia de Qingtian, e a do Porto pela "
         "de Wenzhou.", "pt", {"Lisbon": "Qingtian", "Porto": "Wenzhou"}),
        # the bureau's clause binds every place of its list, across the clause breaks
        ("Safeguard Defenders says the Qingtian public security bureau runs stations in Madrid, "
         "Valencia and Barcelona, while the Wenzhou bureau runs one in Paris.", "en",
         {"Madrid": "Qingtian", "Valencia": "Qingtian", "Barcelona": "Qingtian", "Paris": "Wenzhou"}),
        ("Según Safeguard Defenders, la policía de Qingtian gestiona comisarías en Madrid, Valencia "
         "y Barcelona, mientras que la de Wenzhou gestiona una en París.", "es",
         {"Madrid": "Qingtian", "Valencia": "Qingtian", "Barcelona": "Qingtian", "Paris": "Wenzhou"}),
        ("Secondo Safeguard Defenders, la questura di Wenzhou gestisce stazioni a Milano e Prato, "
         "mentre quella di Qingtian ne gestisce una a Roma.", "it",
         {"Milan": "Wenzhou", "Prato": "Wenzhou", "Rome": "Qingtian"}),
        # the bureau goes on as the next sentence's subject, by pronoun or left out
        ("The Fuzhou police runs a Chinese police station in Prague. It also has one in Budapest.",
         "en", {"Prague": "Fuzhou", "Budapest": "Fuzhou"}),
        ("La policía de Fuzhou dirige una comisaría china en Praga. También tiene una en Budapest.",
         "es", {"Prague": "Fuzhou", "Budapest": "Fuzhou"}),
        ("A polícia de Fuzhou gere uma esquadra chinesa em Praga. Tem também uma em Budapeste.",
         "pt", {"Prague": "Fuzhou", "Budapest": "Fuzhou"}),
        ("Die Polizei von Fuzhou betreibt eine chinesische Polizeistation in Prag. Sie betreibt "
         "auch eine in Budapest.", "de", {"Prague": "Fuzhou", "Budapest": "Fuzhou"}),
        ("De politie van Fuzhou runt een Chinese politiepost in Praag. Ze heeft ook een post in "
         "Boedapest.", "nl", {"Prague": "Fuzhou", "Budapest": "Fuzhou"}),
        ("福州市公安局在布拉格设立了海外警务服务站。该局还在布达佩斯设立了一个服务站。", "zh",
         {"Prague": "Fuzhou", "Budapest": "Fuzhou"}),
        # ... but not another subject's station
        ("The Fuzhou police runs a Chinese police station in Prague. Hungary also has one in "
         "Budapest, run by the Qingtian police.", "en", {"Prague": "Fuzhou", "Budapest": "Qingtian"}),
        ("The Fuzhou police runs a Chinese police station in Prague. Police in Hungary also found "
         "one in Budapest.", "en", {"Prague": "Fuzhou", "Budapest": None}),
        ("Die Polizei von Fuzhou betreibt eine chinesische Polizeistation in Prag. Auch in Budapest "
         "gibt es eine Station.", "de", {"Prague": "Fuzhou", "Budapest": None}),
    ],
)
def test_each_station_takes_its_own_bureau(text: str, lang: str,
                                           expected: dict[str, str | None]) -> None:
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found[place] == operator, place


_FOUND = {
    "en": "The NGO found Chinese police stations in Madrid and Valencia. ",
    "it": "L'ong ha trovato stazioni di polizia cinesi a Madrid e a Valencia. ",
    "de": "Die NGO fand chinesische Polizeistationen in Madrid und Valencia. ",
    "es": "La ONG encontró comisarías chinas en Madrid y Valencia. ",
    "fr": "L'ONG a trouvé des postes de police chinois à Madrid et à Valence. ",
    "nl": "De ngo vond Chinese politieposten in Madrid en Valencia. ",
    "pt": "A ONG encontrou esquadras chinesas em Madrid e Valência. ",
    "zh": "该组织在马德里和瓦伦西亚发现了中国警察站。",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Both lead back to Qingtian."),
        ("en", "The trail in both cases leads to Qingtian."),
        ("en", "Both reportedly answer to the Qingtian police."),
        ("it", "Tutte e due portano a Qingtian."),
        ("it", "In entrambi i casi le tracce portano a Qingtian."),
        ("de", "Bei beiden führt die Spur nach Qingtian."),
        ("de", "Die Spuren führen in beiden Fällen nach Qingtian."),
        ("es", "Las dos conducen a Qingtian."),
        ("es", "Las pistas de ambas llevan a Qingtian."),
        ("fr", "Les deux mènent à Qingtian."),
        ("fr", "Dans les deux cas, la piste mène à Qingtian."),
        ("nl", "Beide sporen leiden naar Qingtian."),
        ("pt", "As duas levam a Qingtian."),
        ("zh", "这两个警务站的线索都指向青田。"),
        ("zh", "两者都隶属于青田警方。"),
    ],
)
def test_where_both_stations_lead(lang: str, sentence: str) -> None:
    found = operators(_FOUND[lang] + sentence, lang)
    assert found["Madrid"] == "Qingtian"
    assert found["Valencia"] == "Qingtian"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Many of the Chinese living in both cities come from Qingtian."),
        ("it", "Molti cinesi delle due città vengono da Qingtian."),
        ("de", "Viele Chinesen in beiden Städten stammen aus Qingtian."),
        ("es", "Muchos chinos de ambas ciudades son originarios de Qingtian."),
        ("fr", "Beaucoup de Chinois des deux villes sont originaires de Qingtian."),
        ("nl", "Veel Chinezen in beide steden komen uit Qingtian."),
        ("pt", "Muitos chineses das duas cidades são naturais de Qingtian."),
        ("zh", "两地的许多华人来自青田。"),
    ],
)
def test_where_people_come_from_is_no_bureau(lang: str, sentence: str) -> None:
    found = operators(_FOUND[lang] + sentence, lang)
    assert found["Madrid"] is None
    assert found["Valencia"] is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a PRC bureau that ties nothing to the station: no station at all
        ("The Jiangsu provincial police said a fraud suspect handed over by Spain had been held at "
         "a police station in Madrid.", "en"),
        ("A man from Rui'an was arrested at a police station in Milan on Tuesday, Italian police "
         "said.", "en"),
        # a host city's own station that opens an inquiry, or that its own city opened
        ("La comisaría de Madrid abrió una investigación sobre un fraude cometido por una banda de "
         "Qingtian.", "es"),
        ("A esquadra de Lisboa foi aberta pela PSP em 2010, informou a polícia.", "pt"),
        ("Le commissariat de Lyon a été ouvert par la préfecture, a indiqué la police; le suspect "
         "est originaire de Wenzhou.", "fr"),
        ("The Fuzhou railway station in China was closed for repairs, local media said.", "en"),
    ],
)
def test_no_station_without_a_tie_to_a_prc_bureau(text: str, lang: str) -> None:
    assert not [f for f in extract_facts(text, "t.txt", lang) if f.kind == "station"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("la stazione fu aperta dalla polizia cinese di Wenzhou", "Wenzhou"),
        ("abierta por las autoridades policiales de Wenzhou", "Wenzhou"),
        ("set up by police in Zhejiang's Wenzhou", "Wenzhou"),
        ("geopend door agenten uit Qingtian in de Chinese politiepost", "Qingtian"),
    ],
)
def test_bureau_forms(text: str, name: str) -> None:
    found = OperatorLexicon.load().find(text)
    assert [m.operator.name for m in found] == [name]


_TWO_BUREAUS = {
    "en": ("China's overseas police stations under scrutiny\n\nSafeguard Defenders says Chinese "
           "police stations operate in Rome, Milan and Florence.\n\nThe one in Rome was set up by "
           "the Qingtian police in 2018. The Milan station is linked to Wenzhou.\n\nFlorence has "
           "not commented.", {"Rome": "Qingtian", "Milan": "Wenzhou", "Florence": None}),
    "it": ("Stazioni di polizia cinesi in Italia\n\nSecondo Safeguard Defenders, stazioni di "
           "polizia cinesi operano a Roma, Milano e Firenze.\n\nQuella di Roma è stata aperta "
           "dalla polizia di Qingtian nel 2018. Quella di Milano è legata a Wenzhou.\n\nFirenze "
           "non ha commentato.", {"Rome": "Qingtian", "Milan": "Wenzhou", "Florence": None}),
    "es": ("Comisarías chinas en España\n\nSegún Safeguard Defenders, hay comisarías chinas en "
           "Madrid, Barcelona y Valencia.\n\nLa de Madrid fue abierta por la policía de Qingtian "
           "en 2018. La de Barcelona está vinculada a Wenzhou.\n\nValencia no ha hecho "
           "comentarios.", {"Madrid": "Qingtian", "Barcelona": "Wenzhou", "Valencia": None}),
    "fr": ("Les postes de police chinois en France\n\nSelon Safeguard Defenders, des postes de "
           "police chinois existent à Paris, Lyon et Marseille.\n\nCelui de Paris a été ouvert par "
           "la police de Wenzhou en 2018. Celui de Lyon est lié à Qingtian.\n\nMarseille n'a pas "
           "réagi.", {"Paris": "Wenzhou", "Lyon": "Qingtian", "Marseille": None}),
    "de": ("Chinesische Polizeistationen in Deutschland\n\nLaut Safeguard Defenders gibt es "
           "chinesische Polizeistationen in Berlin, Hamburg und Köln.\n\nDie in Berlin wurde 2018 "
           "von der Polizei in Qingtian eröffnet. Die Hamburger Station ist mit Wenzhou "
           "verbunden.\n\nKöln äußerte sich nicht.",
           {"Berlin": "Qingtian", "Hamburg": "Wenzhou", "Cologne": None}),
    "nl": ("Chinese politieposten in Nederland\n\nVolgens Safeguard Defenders zijn er Chinese "
           "politieposten in Amsterdam, Rotterdam en Utrecht.\n\nDie in Amsterdam werd in 2018 "
           "geopend door de politie van Lishui. De post in Rotterdam is gelieerd aan Fuzhou.\n\n"
           "Utrecht reageerde niet.", {"Amsterdam": "Lishui", "Rotterdam": "Fuzhou", "Utrecht": None}),
    "pt": ("Esquadras chinesas em Portugal\n\nSegundo a Safeguard Defenders, há esquadras chinesas "
           "em Lisboa, Porto e Madeira.\n\nA de Lisboa foi aberta pela polícia de Qingtian em 2018. "
           "A do Porto está ligada a Wenzhou.\n\nA Madeira não comentou.",
           {"Lisbon": "Qingtian", "Porto": "Wenzhou", "Madeira": None}),
    "zh": ("中国海外警察站受到关注\n\n保护卫士称，中国在罗马、米兰和佛罗伦萨设有警察站。\n\n"
           "罗马的站点由青田县公安局于2018年设立。米兰的站点与温州有关。\n\n佛罗伦萨方面未予置评。",
           {"Rome": "Qingtian", "Milan": "Wenzhou", "Florence": None}),
}


@pytest.mark.parametrize("lang", sorted(_TWO_BUREAUS))
def test_two_bureaus_split_by_the_sentences_that_name_each_station(lang: str) -> None:
    """ "Quella di Milano è legata a Wenzhou": the subject leaves the station noun out."""
    text, expected = _TWO_BUREAUS[lang]
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found[place] == operator, place


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Safeguard Defenders found a Chinese police station in Prato, run by the Wenzhou hometown "
         "association.", "en", "Prato"),
        ("Safeguard Defenders found a Chinese police station in Prato that serves the large "
         "community from Wenzhou.", "en", "Prato"),
        ("A Chinese police station in Dublin was set up by Fuzhou-born businessmen, the report "
         "says.", "en", "Dublin"),
        ("Secondo l'ong, la stazione di polizia cinese di Prato è gestita dall'associazione dei "
         "cinesi di Wenzhou.", "it", "Prato"),
        ("Laut der NGO wird die chinesische Polizeistation in Wien vom Verein der Landsleute aus "
         "Qingtian betrieben.", "de", "Vienna"),
        ("Según la ONG, la comisaría china de Madrid está gestionada por la asociación de paisanos "
         "de Qingtian.", "es", "Madrid"),
        ("Selon l'ONG, le poste de police chinois de Paris est géré par l'association des "
         "originaires de Wenzhou.", "fr", "Paris"),
        ("Volgens de ngo wordt de Chinese politiepost in Rotterdam gerund door de vereniging van "
         "Chinezen uit Wenzhou.", "nl", "Rotterdam"),
        ("Segundo a ONG, a esquadra chinesa de Lisboa é gerida pela associação de conterrâneos de "
         "Qingtian.", "pt", "Lisbon"),
        ("报告称，马德里的海外警务站由青田同乡会运营。", "zh", "Madrid"),
    ],
)
def test_a_body_from_a_division_is_no_bureau(text: str, lang: str, place: str) -> None:
    assert operators(text, lang)[place] is None


@pytest.mark.parametrize(
    ("form", "lang", "name"),
    [
        ("dalla polizia dello Zhejiang", "it", "Zhejiang"),
        ("dalla polizia della contea di Qingtian (Zhejiang)", "it", "Qingtian"),
        ("von der Fujianer Provinzpolizei", "de", "Fujian"),
        ("von der Polizei der Stadt Fuzhou in der Provinz Fujian", "de", "Fuzhou"),
        ("par la police de la province du Fujian", "fr", "Fujian"),
        ("par la police de Wenzhou, dans la province du Zhejiang", "fr", "Wenzhou"),
        ("por la policía de Fuzhou, en la provincia de Fujian", "es", "Fuzhou"),
        ("pela polícia de Qingtian, na província de Zhejiang", "pt", "Qingtian"),
        ("door de politie van Fuzhou, in de provincie Fujian", "nl", "Fuzhou"),
        ("by the Zhejiang province's Qingtian county police", "en", "Qingtian"),
    ],
)
def test_province_or_city(form: str, lang: str, name: str) -> None:
    """The province's own police is the province's; a province that says where the city is
    gives way to the city."""
    text = {
        "it": "La stazione di polizia cinese di Prato è stata aperta {}.",
        "de": "Die chinesische Polizeistation in Frankfurt wurde {} eröffnet.",
        "fr": "Le poste de police chinois de Lyon a été ouvert {}.",
        "es": "La comisaría china de Valencia fue abierta {}.",
        "pt": "A esquadra chinesa de Lisboa foi aberta {}.",
        "nl": "De Chinese politiepost in Rotterdam is geopend {}.",
        "en": "The Chinese police station in Lyon was set up {}.",
    }[lang].format(form)
    assert set(operators(text, lang).values()) == {name}


@pytest.mark.parametrize(
    ("form", "name"),
    [("la questura di Prato", None), ("la polizia dello Stato", None),
     ("la police de la province du Québec", None), ("gestita dalla polizia dell'Aquila", None)],
)
def test_host_police_with_the_new_prepositions_is_no_bureau(form: str, name: None) -> None:
    assert OperatorLexicon.load().find(form) == []


def test_a_later_sentence_singles_out_one_of_two_bureaus() -> None:
    text = ("Report: Chinese police stations in the Netherlands\n\nThe stations, in Amsterdam and "
            "Rotterdam, were set up by the Fuzhou and Lishui police. The Amsterdam one belongs to "
            "Lishui.")
    assert operators(text, "en")["Amsterdam"] == "Lishui"


_CORRECTED = [
    ("The Qingtian police runs Chinese police stations in Madrid and Barcelona, the report says. "
     "The Barcelona station, however, was set up by the Wenzhou police.", "en"),
    ("La policía de Qingtian gestiona comisarías chinas en Madrid y Barcelona, según el informe. "
     "Sin embargo, la de Barcelona fue abierta por la policía de Wenzhou.", "es"),
    ("La polizia di Qingtian gestisce stazioni di polizia cinesi a Madrid e Barcellona, secondo il "
     "rapporto. Quella di Barcellona, però, è stata aperta dalla polizia di Wenzhou.", "it"),
    ("La police de Qingtian gère des postes de police chinois à Madrid et à Barcelone, selon le "
     "rapport. Celui de Barcelone a toutefois été ouvert par la police de Wenzhou.", "fr"),
    ("Die Polizei von Qingtian betreibt chinesische Polizeistationen in Madrid und Barcelona, so der "
     "Bericht. Die Station in Barcelona wurde allerdings von der Polizei in Wenzhou eröffnet.", "de"),
    ("De politie van Qingtian runt Chinese politieposten in Madrid en Barcelona, aldus het rapport. "
     "De post in Barcelona werd echter opgezet door de politie van Wenzhou.", "nl"),
    ("A polícia de Qingtian gere esquadras chinesas em Madrid e Barcelona, segundo o relatório. A de "
     "Barcelona, porém, foi aberta pela polícia de Wenzhou.", "pt"),
    ("报告称，青田县公安局在马德里和巴塞罗那设有海外警务站。不过，巴塞罗那的站点是由温州市公安局设立的。",
     "zh"),
]


@pytest.mark.parametrize(("text", "lang"), _CORRECTED)
def test_a_bureau_named_for_one_station_alone_beats_a_lists(text: str, lang: str) -> None:
    found = operators(text, lang)
    assert found["Madrid"] == "Qingtian"
    assert found["Barcelona"] == "Wenzhou"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Qingtian police stations in Spain\n\nThe Qingtian police runs stations in Madrid and "
         "Valencia, the report says.\n\nIn France, a Chinese police station was found in Paris.", "en"),
        ("Comisarías de Qingtian en España\n\nLa policía de Qingtian gestiona comisarías en Madrid y "
         "Valencia, según el informe.\n\nEn Francia se encontró una comisaría china en París.", "es"),
    ],
)
def test_a_headings_bureau_stays_in_the_headings_country(text: str, lang: str) -> None:
    found = operators(text, lang)
    assert found["Madrid"] == "Qingtian"
    assert found["Paris"] is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chinese police stations in Europe\n\nThe Qingtian police runs a station in Madrid.\n\nIn "
         "Paris, a station is run by the Wenzhou police. Another is in Lyon.", "en"),
        ("Stazioni di polizia cinesi in Europa\n\nLa polizia di Qingtian gestisce una stazione a "
         "Madrid.\n\nA Parigi, una stazione è gestita dalla polizia di Wenzhou. Un'altra si trova a "
         "Lione.", "it"),
        ("Chinesische Polizeistationen in Europa\n\nDie Polizei von Qingtian betreibt eine "
         "Polizeistation in Madrid.\n\nIn Paris wird eine Polizeistation von der Polizei in Wenzhou "
         "betrieben. Eine weitere Polizeistation gibt es in Lyon.", "de"),
        ("Les postes de police chinois en Europe\n\nLa police de Qingtian gère un poste de police à "
         "Madrid.\n\nÀ Paris, un poste est géré par la police de Wenzhou. Un autre poste de police se "
         "trouve à Lyon.", "fr"),
        ("Esquadras chinesas na Europa\n\nA polícia de Qingtian gere uma esquadra em Madrid.\n\nEm "
         "Paris, uma esquadra é gerida pela polícia de Wenzhou. Outra esquadra fica em Lyon.", "pt"),
        ("中国在欧洲的海外警察站\n\n青田县公安局在马德里设有一个服务站。\n\n在巴黎，一个服务站由温州市公安局运营。"
         "另一个服务站位于里昂。", "zh"),
    ],
)
def test_a_paragraphs_bureau_stays_in_its_paragraph(text: str, lang: str) -> None:
    found = operators(text, lang)
    assert found["Madrid"] == "Qingtian"
    assert found["Paris"] == "Wenzhou"
    assert found["Lyon"] == "Wenzhou"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Volgens het rapport zijn er Chinese politieposten in Amsterdam (Lishui) en Rotterdam "
         "(Fuzhou).", "nl", {"Amsterdam": "Lishui", "Rotterdam": "Fuzhou"}),
        ("Selon le rapport, il y a des postes de police chinois à Paris (Wenzhou) et à Lyon "
         "(Qingtian).", "fr", {"Paris": "Wenzhou", "Lyon": "Qingtian"}),
        ("Segundo o relatório, há esquadras chinesas em Lisboa (Qingtian) e no Porto (Wenzhou).",
         "pt", {"Lisbon": "Qingtian", "Porto": "Wenzhou"}),
        ("Secondo il rapporto, le stazioni di polizia cinesi sono a Milano (Wenzhou, 2016) e a Roma "
         "(Qingtian, 2018).", "it", {"Milan": "Wenzhou", "Rome": "Qingtian"}),
        ("According to the report, Chinese police stations in Madrid, Valencia (both Qingtian) and "
         "Barcelona (Wenzhou) were identified.", "en",
         {"Madrid": "Qingtian", "Valencia": "Qingtian", "Barcelona": "Wenzhou"}),
        ("Según el informe, hay comisarías chinas en Madrid y Valencia (ambas Qingtian) y en "
         "Barcelona (Wenzhou).", "es",
         {"Madrid": "Qingtian", "Valencia": "Qingtian", "Barcelona": "Wenzhou"}),
    ],
)
def test_a_bureau_in_parentheses_is_the_places_before_it(text: str, lang: str,
                                                        expected: dict[str, str]) -> None:
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found[place] == operator, place


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Secondo l'ong, la stazione di Roma è gestita dalla polizia di Qingtian, quella di Milano "
         "dalla polizia di Wenzhou.", "it", {"Rome": "Qingtian", "Milan": "Wenzhou"}),
        ("Secondo il rapporto, la stazione di Roma è gestita dalla polizia della contea di "
         "Wencheng.", "it", {"Rome": "Wencheng"}),
    ],
)
def test_a_bare_station_tied_to_a_prc_bureau(text: str, lang: str,
                                            expected: dict[str, str]) -> None:
    assert operators(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La stazione di Roma Termini è stata chiusa dalla polizia per un allarme bomba; un uomo di "
         "Wenzhou è stato fermato.", "it"),
        ("La stazione di Prato è presidiata dalla polizia; molti cinesi di Prato vengono da "
         "Wenzhou.", "it"),
    ],
)
def test_a_railway_station_is_no_station(text: str, lang: str) -> None:
    assert not [f for f in extract_facts(text, "t.txt", lang) if f.kind == "station"]


@pytest.mark.parametrize(
    ("text", "lang", "operator"),
    [
        ("Fuzhou and Qingtian police jointly run a Chinese police station in Dublin, the report "
         "says.", "en", "Fuzhou"),
        ("Wenzhous Polizei betreibt eine chinesische Polizeistation in Dublin, so der Bericht.", "de",
         "Wenzhou"),
        ("Eine von Fuzhou aus gesteuerte chinesische Polizeistation befindet sich in Dublin, so der "
         "Bericht.", "de", "Fuzhou"),
        ("A Chinese police station under the control of the Fuzhou police operates in Dublin, the "
         "report says.", "en", "Fuzhou"),
        ("Una comisaría china que responde a la policía de Fuzhou se encuentra en Dublín, según el "
         "informe.", "es", "Fuzhou"),
        ("Un poste de police chinois piloté par la police de Fuzhou se trouve à Dublin, selon le "
         "rapport.", "fr", "Fuzhou"),
        ("Una stazione di polizia cinese voluta dalla polizia di Fuzhou si trova a Dublino, secondo "
         "il rapporto.", "it", "Fuzhou"),
        ("Een Chinese politiepost onder controle van de politie van Fuzhou staat in Dublin, aldus "
         "het rapport.", "nl", "Fuzhou"),
        ("Uma esquadra chinesa sob o controlo da polícia de Fuzhou fica em Dublin, segundo o "
         "relatório.", "pt", "Fuzhou"),
    ],
)
def test_joint_genitive_and_participle_forms(text: str, lang: str, operator: str) -> None:
    """Bureaus named together give the first; a German genitive ("Wenzhous Polizei") and an
    inflected participle after the agent ("von Fuzhou aus gesteuerte") name the bureau."""
    assert operators(text, lang)["Dublin"] == operator


@pytest.mark.parametrize(
    ("text", "place", "operator"),
    [
        ("报告称，青田县公安局驻米兰服务站已经关闭。", "Milan", "Qingtian"),
        ("報告稱，青田縣公安局駐米蘭服務站已經關閉。", "Milan", "Qingtian"),
        ("报告称，福州长乐公安海外110布拉格站于2018年成立。", "Prague", "Fuzhou"),
        ("報告稱，溫州公安駐巴黎聯絡點已停止運作。", "Paris", "Wenzhou"),
        # a station named after its bureau says it is Chinese by itself
        ("报告称，丽水警侨服务站鹿特丹站已关闭。", "Rotterdam", "Lishui"),
        ("報告稱，麗水警僑服務站鹿特丹站已關閉。", "Rotterdam", "Lishui"),
    ],
)
def test_chinese_stations_named_after_their_bureau(text: str, place: str, operator: str) -> None:
    assert operators(text, "zh")[place] == operator


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Qingtian police runs Chinese police stations in Madrid and Barcelona. In Barcelona, "
         "Wenzhou police officers also visited the station's head.", "en"),
        ("La policía de Qingtian gestiona comisarías chinas en Madrid y Barcelona. En Barcelona, "
         "agentes de la policía de Wenzhou también visitaron al responsable de la comisaría.", "es"),
        ("La polizia di Qingtian gestisce stazioni di polizia cinesi a Madrid e Barcellona. A "
         "Barcellona, agenti della polizia di Wenzhou hanno anche visitato il responsabile della "
         "stazione.", "it"),
        ("La police de Qingtian gère des postes de police chinois à Madrid et à Barcelone. À "
         "Barcelone, des policiers de Wenzhou ont aussi rencontré le responsable du poste.", "fr"),
    ],
)
def test_a_bureau_that_only_visits_does_not_take_over(text: str, lang: str) -> None:
    assert operators(text, lang)["Barcelona"] == "Qingtian"


def test_a_pronoun_that_only_found_a_station_does_not_carry_the_bureau() -> None:
    text = ("Safeguard Defenders says the Fuzhou police runs a Chinese police station in Prague. "
            "It also found one in Budapest.")
    assert operators(text, "en")["Budapest"] is None


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Según la ONG, la comisaría china de Valencia fue habilitada por la policía de Fuzhou.",
         "es", "Valencia"),
        ("Segundo a ONG, a esquadra chinesa de Lisboa foi habilitada pela polícia de Fuzhou.", "pt",
         "Lisbon"),
    ],
)
def test_licensed_by_a_bureau(text: str, lang: str, place: str) -> None:
    assert operators(text, lang)[place] == "Fuzhou"
