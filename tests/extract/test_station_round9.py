"""Stations and counts, probed from the concept in every language.

Sentences written for these tests in our own words: a PRC city's police by name as the one
that runs a station (Chinese text too), a Chinese police force running a plain office with the
place between the verb and the noun, and the negatives that must stay silent (the same police
at home, a denial, a host's own office, a hypothetical).
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def stations(text: str, lang: str) -> set[tuple[str | None, str | None, str]]:
    return {
        (f.country, f.place, f.polarity)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station"
    }


def counts(text: str, lang: str) -> set[tuple[str | None, int | None, str | None]]:
    return {
        (f.measure, f.value, f.country)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "count"
    }


# --- a PRC city's police by name is Chinese police, in Chinese text as elsewhere ------------

CITY_POLICE_ZH = [
    ("据保护卫士称，福州警方在都柏林设立了警务站。", ("IE", "Dublin")),
    ("据报道，青田警方在罗马开设了服务站。", ("IT", "Rome")),
    ("据保护卫士称，温州警方在米兰设有一个联络点。", ("IT", "Milan")),
    ("據保護衛士稱，福州警方在都柏林設立了警務站。", ("IE", "Dublin")),
    ("據報導，南通警方在多倫多設立了服務站。", ("CA", "Toronto")),
]


@pytest.mark.parametrize(("text", "where"), CITY_POLICE_ZH)
def test_a_prc_city_police_names_china_in_chinese(text: str, where: tuple[str, str]) -> None:
    assert (*where, "asserted") in stations(text, "zh")


CITY_POLICE_ZH_NEGATIVE = [
    "福州警方在福州设立了警务站。",  # at home
    "福州警方破获一起电信诈骗案，嫌犯曾在都柏林工作。",  # a case, no station
]


@pytest.mark.parametrize("text", CITY_POLICE_ZH_NEGATIVE)
def test_a_prc_city_police_at_home_is_no_station(text: str) -> None:
    assert {s for s in stations(text, "zh") if s[2] == "asserted"} == set()


# --- the Chinese police (or a PRC city's) running a plain office abroad ----------------------

RUNS_AN_OFFICE = [
    ("Laut Safeguard Defenders betreibt die Polizei von Fuzhou in Frankfurt eine Anlaufstelle.",
     "de", ("DE", "Frankfurt am Main")),
    ("Laut dem Bericht betreibt die Polizei von Wenzhou in Frankfurt mehrere Stützpunkte.",
     "de", ("DE", "Frankfurt am Main")),
    ("In Frankfurt soll die chinesische Polizei eine Servicestelle betreiben.", "de",
     ("DE", "Frankfurt am Main")),
    ("Die Polizei von Qingtian hat in Wien ein Verbindungsbüro eröffnet.", "de", ("AT", "Vienna")),
    ("Volgens Safeguard Defenders runt de Chinese politie in Rotterdam een politiebureau.", "nl",
     ("NL", "Rotterdam")),
    ("De politie van Wenzhou heeft in Amsterdam een servicepunt geopend.", "nl",
     ("NL", "Amsterdam")),
    ("Secondo Safeguard Defenders, la polizia cinese gestisce a Firenze un ufficio.", "it",
     ("IT", "Florence")),
    ("La polizia di Wenzhou avrebbe aperto a Prato un centro servizi.", "it", ("IT", "Prato")),
    ("Secondo l'ong, la polizia cinese gestisce a Firenze un posto di polizia.", "it",
     ("IT", "Florence")),
    ("Según Safeguard Defenders, la policía china gestiona en Valencia una oficina.", "es",
     ("ES", "Valencia")),
    ("La policía de Qingtian abrió en Madrid un centro de atención.", "es", ("ES", "Madrid")),
    ("Segundo a Safeguard Defenders, a polícia chinesa gere no Porto um escritório.", "pt",
     ("PT", "Porto")),
    ("A polícia de Wenzhou abriu em Lisboa um centro de apoio.", "pt", ("PT", "Lisbon")),
    ("Selon l'ONG, la police chinoise a ouvert à Lyon un bureau.", "fr", ("FR", "Lyon")),
    ("La police de Wenzhou aurait installé à Paris une permanence.", "fr", ("FR", "Paris")),
]


@pytest.mark.parametrize(("text", "lang", "where"), RUNS_AN_OFFICE)
def test_chinese_police_running_an_office_abroad_is_a_station(
    text: str, lang: str, where: tuple[str, str]
) -> None:
    assert (*where, "asserted") in stations(text, lang)


RUNS_NO_OFFICE = [
    ("Die chinesische Polizei betreibt in Peking mehrere Büros.", "de"),
    ("Die chinesische Polizei betreibt nach Angaben der Botschaft keine Büros in Deutschland.",
     "de"),
    ("De Nederlandse politie runt in Rotterdam een politiebureau.", "nl"),
    ("De Chinese politie heeft geen politiebureau in Rotterdam, zegt de ambassade.", "nl"),
    ("De Chinese politie werkte samen met het politiebureau van de lokale politie in Rotterdam.",
     "nl"),
    ("La polizia cinese ha aperto un'indagine a Roma su una truffa.", "it"),
    ("La polizia cinese collabora con l'ufficio del sindaco di Roma.", "it"),
    ("La polizia di Wenzhou gestisce un ufficio nel centro di Wenzhou.", "it"),
    ("Se la polizia cinese aprisse un ufficio a Firenze, sarebbe illegale.", "it"),
    ("I carabinieri hanno un posto di polizia alla stazione di Bologna.", "it"),
    ("La policía china abrió una investigación en Madrid.", "es"),
    ("La policía de Fuzhou abrió una oficina en Fuzhou.", "es"),
    ("La police chinoise dispose d'un bureau à Pékin.", "fr"),
    ("La police chinoise n'a ouvert aucun bureau à Lyon, selon l'ambassade.", "fr"),
    ("A polícia chinesa abriu uma investigação em Lisboa.", "pt"),
    ("A polícia chinesa não abriu nenhum escritório em Lisboa, disse a embaixada.", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), RUNS_NO_OFFICE)
def test_no_office_of_the_chinese_police_abroad(text: str, lang: str) -> None:
    assert {s for s in stations(text, lang) if s[2] == "asserted"} == set()


# --- figures per host in a list: bracketed (with a classifier) or bare after a country -------

INTRO = {
    "en": "Chinese police run overseas police stations, Safeguard Defenders said. ",
    "de": "Die chinesische Polizei betreibt laut Safeguard Defenders Übersee-Polizeistationen. ",
    "it": "La polizia cinese gestisce stazioni di polizia all'estero, secondo Safeguard Defenders. ",
    "zh": "据保护卫士称，中国警方在海外设立了海外警务服务站。",
}

PER_HOST = [
    ("Countries with the most stations: Italy 11, Spain 9, France 4.", "en"),
    ("Die meisten Polizeistationen: Italien 11, Spanien 9 und Frankreich 4.", "de"),
    ("Le stazioni per paese: Italia (11), Spagna (9), Francia (4).", "it"),
    ("各国服务站数量：意大利（11个）、西班牙（9个）、法国（4个）。", "zh"),
    ("各國服務站數量：意大利11個，西班牙9個，法國4個。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), PER_HOST)
def test_figures_listed_per_host(text: str, lang: str) -> None:
    found = counts(INTRO[lang] + text, lang)
    assert {("stations", 11, "IT"), ("stations", 9, "ES"), ("stations", 4, "FR")} <= found


PER_HOST_NEGATIVE = [
    ("Italy 2, Spain 1: the score of the match was reported by the station.", "en"),
    ("The police stations of Italy 3 and Spain 4 are host-run units.", "en"),
    ("Le stazioni: Italia 2022, Spagna 2023.", "it"),
    ("服务站的新闻：意大利队2比1战胜西班牙队。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), PER_HOST_NEGATIVE)
def test_figures_beside_hosts_that_count_no_stations(text: str, lang: str) -> None:
    found = counts(INTRO[lang] + text, lang)
    assert not {c for c in found if c[2] in {"IT", "ES"}}


# --- a city whose name is a frequent word, in the language of its own country ---------------

HOME_CITY = [
    ("Selon Safeguard Defenders, la police chinoise a ouvert un poste de police à Nice.", "fr",
     ("FR", "Nice", "asserted")),
    ("Il n'existe aucun poste de police chinois à Nice, selon la préfecture.", "fr",
     ("FR", "Nice", "denied")),
    ("Un poste de police chinois a été signalé à Tours.", "fr", ("FR", "Tours", "asserted")),
    ("Laut Safeguard Defenders gibt es eine chinesische Polizeistation in Essen.", "de",
     ("DE", "Essen", "asserted")),
]


@pytest.mark.parametrize(("text", "lang", "fact"), HOME_CITY)
def test_a_frequent_word_city_in_its_own_language(
    text: str, lang: str, fact: tuple[str, str, str]
) -> None:
    assert fact in stations(text, lang)


HOME_CITY_NEGATIVE = [
    ("Segundo a ONG, a polícia chinesa abriu uma esquadra na República de Moçambique.", "pt",
     "BR"),
    ("Die chinesische Polizeistation in Halle 3 der Messe wurde nie gefunden.", "de", "DE"),
]


@pytest.mark.parametrize(("text", "lang", "country"), HOME_CITY_NEGATIVE)
def test_capitalised_words_after_a_preposition_that_are_no_city(
    text: str, lang: str, country: str
) -> None:
    assert not {s for s in stations(text, lang) if s[0] == country and s[1] is not None}


# --- a bare figure placed by a verb of being there, or of being found there ------------------

INTRO.update({
    "es": "La policía china gestiona comisarías en el extranjero, según Safeguard Defenders. ",
    "fr": "La police chinoise a ouvert des postes de police à l'étranger, selon Safeguard Defenders. ",
    "nl": "De Chinese politie heeft overzeese politiebureaus geopend, volgens Safeguard Defenders. ",
    "pt": "A polícia chinesa abriu esquadras no estrangeiro, segundo a Safeguard Defenders. ",
})

FOUND_THERE = [
    ("Two were found in the Netherlands.", "en", ("stations", 2, "NL")),
    ("Two have been identified in Amsterdam.", "en", ("stations", 2, "NL")),
    ("Two exist in Amsterdam.", "en", ("stations", 2, "NL")),
    ("At least three operate in the Greater Toronto Area, the report said.", "en",
     ("stations", 3, "CA")),
    ("Due sono state scoperte a Milano.", "it", ("stations", 2, "IT")),
    ("Due esistono a Milano.", "it", ("stations", 2, "IT")),
    ("Dos fueron descubiertas en Madrid.", "es", ("stations", 2, "ES")),
    ("Dos existen en Madrid.", "es", ("stations", 2, "ES")),
    ("Deux ont été repérées à Lyon.", "fr", ("stations", 2, "FR")),
    ("Twee werden gevonden in Rotterdam.", "nl", ("stations", 2, "NL")),
    ("Duas foram identificadas em Lisboa.", "pt", ("stations", 2, "PT")),
]


@pytest.mark.parametrize(("text", "lang", "count"), FOUND_THERE)
def test_a_bare_figure_found_in_a_place(text: str, lang: str, count: tuple) -> None:
    assert count in counts(INTRO[lang] + text, lang)


PEOPLE_FOUND_THERE = [
    ("Of the suspects, two were identified in Amsterdam.", "en", "NL"),
    ("Police questioned two men. Two were arrested in Amsterdam.", "en", "NL"),
    ("Von den Verdächtigen wurden zwei in Berlin gefunden.", "de", "DE"),
    ("Unter den Festgenommenen sind zwei in Berlin.", "de", "DE"),
]


@pytest.mark.parametrize(("text", "lang", "country"), PEOPLE_FOUND_THERE)
def test_a_bare_figure_of_people_is_no_station_count(text: str, lang: str, country: str) -> None:
    assert not {c for c in counts(INTRO[lang] + text, lang) if c[2] == country}
    assert not {s for s in stations(INTRO[lang] + text, lang) if s[0] == country}


# --- a superlative or an ordinal standing for the station noun of the sentence before --------

INTRO.update({
    "zh": "据保护卫士称，中国警方在海外设立了海外警务服务站。",
})

SUPERLATIVE = [
    ("The largest is in Milan.", "en", ("IT", "Milan")),
    ("The oldest of them is located in Prato.", "en", ("IT", "Prato")),
    ("La più grande è a Milano, in via Paolo Sarpi.", "it", ("IT", "Milan")),
    ("La prima fu aperta a Roma.", "it", ("IT", "Rome")),
    ("La más grande está en Madrid.", "es", ("ES", "Madrid")),
    ("La plus grande se trouve à Paris.", "fr", ("FR", "Paris")),
    ("De grootste zit in Rotterdam.", "nl", ("NL", "Rotterdam")),
    ("A maior fica em Lisboa.", "pt", ("PT", "Lisbon")),
    ("最大的一个位于米兰。", "zh", ("IT", "Milan")),
    ("最大的一個位於米蘭。", "zh", ("IT", "Milan")),
]


@pytest.mark.parametrize(("text", "lang", "where"), SUPERLATIVE)
def test_a_superlative_points_back_to_the_stations(
    text: str, lang: str, where: tuple[str, str]
) -> None:
    assert (*where, "asserted") in stations(INTRO[lang] + " " + text, lang)


SUPERLATIVE_NEGATIVE = [
    ("The largest Chinese community is in Prato.", "en", "IT"),
    ("La più grande comunità cinese d'Italia è a Prato.", "it", "IT"),
    ("La comunidad china más grande está en Madrid.", "es", "ES"),
]


@pytest.mark.parametrize(("text", "lang", "country"), SUPERLATIVE_NEGATIVE)
def test_a_superlative_of_another_noun_is_no_station(text: str, lang: str, country: str) -> None:
    assert not {s for s in stations(INTRO[lang] + " " + text, lang) if s[0] == country}


# --- "there is one more there": an existential with a pronoun for the station noun ----------

ONE_MORE = [
    ("Il en existe une à Marseille.", "fr", ("FR", "Marseille")),
    ("Outre celle de Paris, il y en aurait une autre à Marseille.", "fr", ("FR", "Marseille")),
    ("Ce ne sarebbe una anche a Firenze.", "it", ("IT", "Florence")),
    ("Ce n'era un'altra a Prato.", "it", ("IT", "Prato")),
    ("Eine weitere gibt es in Hamburg.", "de", ("DE", "Hamburg")),
    ("Auch in Hamburg gibt es eine.", "de", ("DE", "Hamburg")),
    ("Ook in Utrecht zit er een.", "nl", ("NL", "Utrecht")),
    ("佛罗伦萨也有一个。", "zh", ("IT", "Florence")),
    ("除了罗马的那个之外，佛罗伦萨也有一个。", "zh", ("IT", "Rome")),
    ("佛羅倫薩也有一個。", "zh", ("IT", "Florence")),
]

INTRO["de"] = "Die chinesische Polizei betreibt laut Safeguard Defenders Übersee-Polizeistationen. "


@pytest.mark.parametrize(("text", "lang", "where"), ONE_MORE)
def test_one_more_there_points_back_to_the_stations(
    text: str, lang: str, where: tuple[str, str]
) -> None:
    assert (*where, "asserted") in stations(INTRO[lang] + text, lang)


ONE_MORE_NEGATIVE = [
    ("Auch in Hamburg gibt es eine große chinesische Gemeinde.", "de", "DE"),
    ("Ook in Utrecht is er een Chinese gemeenschap.", "nl", "NL"),
    ("佛罗伦萨也有一个华人社区。", "zh", "IT"),
]


@pytest.mark.parametrize(("text", "lang", "country"), ONE_MORE_NEGATIVE)
def test_one_more_of_another_noun_is_no_station(text: str, lang: str, country: str) -> None:
    assert not {s for s in stations(INTRO[lang] + text, lang) if s[0] == country}


# --- the host countries named as such, after a sentence about the stations -------------------

HOSTS = [
    ("Among the host countries are Hungary, Serbia and Romania.", "en"),
    ("Hungary, Serbia and Romania each host one.", "en"),
    ("Tra i paesi che le ospitano figurano Ungheria, Serbia e Romania.", "it"),
    ("Zu den Gastländern gehören Ungarn, Serbien und Rumänien.", "de"),
    ("Entre los países anfitriones figuran Hungría, Serbia y Rumanía.", "es"),
    ("Parmi les pays hôtes figurent la Hongrie, la Serbie et la Roumanie.", "fr"),
    ("Tot de gastlanden behoren Hongarije, Servië en Roemenië.", "nl"),
    ("Entre os países anfitriões estão a Hungria, a Sérvia e a Roménia.", "pt"),
    ("东道国还包括匈牙利、塞尔维亚和罗马尼亚。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), HOSTS)
def test_host_countries_named_as_such_host_stations(text: str, lang: str) -> None:
    found = stations(INTRO[lang] + text, lang)
    assert {("HU", None, "asserted"), ("RS", None, "asserted"), ("RO", None, "asserted")} <= found


HOSTS_NEGATIVE = [
    ("The host countries of the joint patrols are Italy and Croatia.", "en", "HR"),
]


@pytest.mark.parametrize(("text", "lang", "country"), HOSTS_NEGATIVE)
def test_hosts_of_something_else_host_no_station(text: str, lang: str, country: str) -> None:
    assert not {s for s in stations(INTRO[lang] + text, lang) if s[0] == country}


# --- a host's figure given by a tally, a German or Dutch existential, a Chinese ranking -------

TALLY = [
    ("The number in Spain rose to nine.", "en", ("stations", 9, "ES")),
    ("In Italy the count stands at eleven.", "en", ("stations", 11, "IT")),
    ("In Italien sollen es elf sein.", "de", ("stations", 11, "IT")),
    ("In Spanje zouden het er negen zijn.", "nl", ("stations", 9, "ES")),
    ("意大利以11个居首，西班牙以9个次之。", "zh", ("stations", 11, "IT")),
    ("義大利以11個居首，西班牙以9個次之。", "zh", ("stations", 9, "ES")),
]


@pytest.mark.parametrize(("text", "lang", "count"), TALLY)
def test_a_hosts_figure_by_tally_or_rank(text: str, lang: str, count: tuple) -> None:
    assert count in counts(INTRO[lang] + text, lang)


TALLY_NEGATIVE = [
    ("The number of arrests in Spain rose to nine.", "en", "ES"),
    ("Die Zahl der Festnahmen in Spanien stieg auf neun.", "de", "ES"),
    ("意大利以3比1战胜西班牙。", "zh", "IT"),
    ("意大利华人以5万人居首。", "zh", "IT"),
]


@pytest.mark.parametrize(("text", "lang", "country"), TALLY_NEGATIVE)
def test_a_tally_of_something_else_counts_no_stations(
    text: str, lang: str, country: str
) -> None:
    assert not {c for c in counts(INTRO[lang] + text, lang) if c[0] == "stations" and c[2] == country}


# --- a station word in quotes, its qualifier outside them -------------------------------------

QUOTED = [
    ("Irish police ordered a Chinese 'service centre' in Dublin to close.", "en", ("IE", "Dublin")),
    ("Die Polizei schloss eine geheime chinesische „Polizeiwache“ in Wien.", "de",
     ("AT", "Vienna")),
    ('La polizia ha chiuso un "commissariato" cinese clandestino a Prato.', "it", ("IT", "Prato")),
    ('La policía cerró un "centro de servicio" chino en Madrid.', "es", ("ES", "Madrid")),
    ("La police a fermé un « commissariat » chinois à Lyon.", "fr", ("FR", "Lyon")),
    ("De politie sloot een Chinees 'politiebureau' in Rotterdam.", "nl", ("NL", "Rotterdam")),
    ("A polícia fechou uma «delegacia» chinesa clandestina em São Paulo.", "pt",
     ("BR", "São Paulo")),
]


@pytest.mark.parametrize(("text", "lang", "where"), QUOTED)
def test_a_quoted_station_word_keeps_its_qualifier(
    text: str, lang: str, where: tuple[str, str]
) -> None:
    assert (*where, "asserted") in stations(text, lang)


QUOTED_LOCAL = [
    ("Der Mann wurde auf die „Polizeiwache“ in Wien gebracht, sagte die chinesische Botschaft.",
     "de"),
    ("L'homme a été conduit au « commissariat » de Lyon, a indiqué le consulat chinois.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), QUOTED_LOCAL)
def test_a_quoted_local_police_station_stays_local(text: str, lang: str) -> None:
    assert {s for s in stations(text, lang) if s[2] == "asserted"} == set()


# --- a desk, a liaison point or an office abroad that a PRC police force runs ----------------

DESKS = [
    ("Safeguard Defenders says the Fuzhou police run a help desk for Chinese nationals in Dublin.",
     "en", ("IE", "Dublin")),
    ("Secondo l'ong la polizia di Fuzhou gestisce a Milano una stazione di servizio d'oltremare.",
     "it", ("IT", "Milan")),
    ("Según la ONG, la policía de Fuzhou gestiona en Madrid una ventanilla para ciudadanos chinos.",
     "es", ("ES", "Madrid")),
    ("Selon l'ONG, la police de Fuzhou gère à Paris un guichet pour les ressortissants chinois.",
     "fr", ("FR", "Paris")),
    ("Laut der NGO betreibt die Polizei von Fuzhou in Berlin einen Schalter für Chinesen.", "de",
     ("DE", "Berlin")),
    ("Volgens de ngo runt de politie van Fuzhou in Amsterdam een verbindingskantoor.", "nl",
     ("NL", "Amsterdam")),
    ("Segundo a ONG, a polícia de Fuzhou gere em Lisboa um gabinete de ligação.", "pt",
     ("PT", "Lisbon")),
]


@pytest.mark.parametrize(("text", "lang", "where"), DESKS)
def test_a_desk_abroad_run_by_a_prc_police_force(
    text: str, lang: str, where: tuple[str, str]
) -> None:
    assert (*where, "asserted") in stations(text, lang)


DESKS_NEGATIVE = [
    ("The Fuzhou police run a help desk for tourists in Fuzhou.", "en"),
    ("La policía china abrió una ventanilla en Pekín.", "es"),
    ("La police chinoise gère un guichet à Pékin.", "fr"),
    ("Die chinesische Polizei betreibt am Flughafen Peking einen Schalter.", "de"),
    ("De Chinese politie heeft een loket in Peking.", "nl"),
    ("A polícia chinesa abriu um gabinete em Pequim.", "pt"),
    ("Un'azienda cinese ha aperto una stazione di servizio a Bergamo.", "it"),
]


@pytest.mark.parametrize(("text", "lang"), DESKS_NEGATIVE)
def test_a_desk_at_home_or_of_a_company_is_no_station(text: str, lang: str) -> None:
    assert stations(text, lang) == set()


# --- the capital named by its country: "the Hungarian capital", "匈牙利首都" ------------------

CAPITAL = [
    ("A station was found in Hungary's capital.", "en"),
    ("A station was found in the capital of Hungary.", "en"),
    ("Una delle sedi è nella capitale ungherese.", "it"),
    ("Eine Station soll sich in der ungarischen Hauptstadt befinden.", "de"),
    ("Una de ellas está en la capital húngara.", "es"),
    ("L'un d'entre eux se trouve dans la capitale hongroise.", "fr"),
    ("Een ervan zit in de Hongaarse hoofdstad.", "nl"),
    ("Uma delas fica na capital húngara.", "pt"),
    ("其中一个位于匈牙利首都。", "zh"),
    ("其中一個位於匈牙利首都。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), CAPITAL)
def test_the_capital_named_by_its_country(text: str, lang: str) -> None:
    assert ("HU", "Budapest", "asserted") in stations(INTRO[lang] + text, lang)


def test_the_capital_of_a_country_in_a_denial_is_denied() -> None:
    text = "The Serbian government denied that a station operates in the capital of Serbia."
    assert ("RS", "Belgrade", "asserted") not in stations(INTRO["en"] + text, "en")


# --- a district named in apposition keys the station to its city; a station's verb of being --

DISTRICT = [
    ("Un'altra si trova a Mestre, frazione di Venezia.", "it", ("IT", "Venice")),
    ("Une autre se trouve à Treichville, un quartier d'Abidjan.", "fr", ("CI", "Abidjan")),
    ("Eine weitere liegt in Favoriten, einem Bezirk von Wien.", "de", ("AT", "Vienna")),
    ("One operates in the Belgrano neighbourhood of Buenos Aires.", "en",
     ("AR", "Buenos Aires")),
    ("Eine weitere liegt in Wien.", "de", ("AT", "Vienna")),
    ("Die andere sitzt in Graz.", "de", ("AT", "Graz")),
]


@pytest.mark.parametrize(("text", "lang", "where"), DISTRICT)
def test_a_district_in_apposition_keys_the_station_to_its_city(
    text: str, lang: str, where: tuple[str, str]
) -> None:
    found = stations(INTRO[lang] + text, lang)
    assert (*where, "asserted") in found
    assert len({s for s in found if s[0] == where[0] and s[1] is not None}) == 1


# --- a set of places named before a verb of belonging, after a sentence about the stations ---

CITIES_LISTED = [
    ("Entre las ciudades señaladas figuran Madrid, Barcelona y Valencia.", "es",
     {("ES", "Madrid"), ("ES", "Barcelona"), ("ES", "Valencia")}),
    ("Zu den genannten Städten gehören Berlin, Frankfurt und Hamburg.", "de",
     {("DE", "Berlin"), ("DE", "Frankfurt am Main"), ("DE", "Hamburg")}),
    ("Tot de genoemde steden behoren Amsterdam, Rotterdam en Utrecht.", "nl",
     {("NL", "Amsterdam"), ("NL", "Rotterdam"), ("NL", "Utrecht")}),
    ("Entre as cidades citadas estão Lisboa, Porto e Braga.", "pt",
     {("PT", "Lisbon"), ("PT", "Porto"), ("PT", "Braga")}),
]


@pytest.mark.parametrize(("text", "lang", "places"), CITIES_LISTED)
def test_cities_listed_after_a_verb_of_belonging(text: str, lang: str, places: set) -> None:
    found = {(c, p) for c, p, pol in stations(INTRO[lang] + text, lang) if pol == "asserted"}
    assert places <= found


ACTORS_LISTED = [
    ("Entre los países que protestaron figuran España, Italia y Francia.", "es"),
    ("Zu den Ländern, die protestierten, gehören Spanien und Italien.", "de"),
    ("Tot de landen die protesteerden behoren Spanje en Italië.", "nl"),
    ("Entre os países que protestaram estão Espanha, Itália e França.", "pt"),
]


@pytest.mark.parametrize(("text", "lang"), ACTORS_LISTED)
def test_countries_listed_for_what_they_did_host_no_station(text: str, lang: str) -> None:
    assert stations(INTRO[lang] + text, lang) == set()
