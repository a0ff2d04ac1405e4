"""Stations named by a site, point, location or address tied to a PRC bureau; the facility as
the object of the linking verb; Dutch "wordt gesteld dat" as a report, not a supposition; and
a landmark placed near the host town by a vague distance or a word of nearness. Sentences
written for this test.

- "un secondo sito a X, collegato alla polizia di …", "een punt in X, gelieerd aan …", "an
  address in X tied to …" are stations as an office or a centre would be;
- "linked that office to the … bureau" ties the office the verb takes as its object;
- "in het rapport wordt gesteld dat …" reports what a report states; "gesteld dat …" opening a
  clause still only supposes;
- "X, not far from Y", "X, à quelques kilomètres de Y", "X, a pochi chilometri da Y" host a
  station in X only; Y is a landmark, unless a conjunction lists it as one more site;
- no station: a negated tie, a site of another kind, a supposition, a question.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

Key = tuple[str | None, str | None, str]


def _stations(text: str, lang: str) -> set[Key]:
    return {(f.country, f.place, f.polarity) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station"}


# -- a site, a point, a location or an address tied to a bureau ------------------------------

@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("it", "Secondo l'inchiesta, un terzo sito a Rimini sarebbe collegato alla polizia di "
           "Qingtian.", "IT", "Rimini"),
    ("en", "Researchers say another site in Leeds is tied to the Fuzhou public security bureau.",
     "GB", "Leeds"),
    ("fr", "Un deuxième site, à Nantes, serait rattaché au bureau de la sécurité publique de "
           "Wenzhou.", "FR", "Nantes"),
    ("nl", "Volgens het rapport is er ook een punt in Tilburg, gelieerd aan de politie van "
           "Fuzhou.", "NL", "Tilburg"),
    ("pt", "Um segundo endereço, em Braga, estaria ligado à polícia de Qingtian.", "PT", "Braga"),
    ("de", "Eine Adresse in Essen soll dem Polizeiamt von Wenzhou zugeordnet sein.", "DE",
     "Essen"),
    ("en", "A second location, in Cardiff, was linked to police in Fuzhou.", "GB", "Cardiff"),
])
def test_site_tied_to_a_bureau_is_a_station(lang: str, text: str, country: str,
                                            place: str) -> None:
    assert (country, place, "asserted") in _stations(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # the tie negated
    ("it", "Il sito di Rimini non è collegato alla polizia di Qingtian, precisa la questura."),
    # a site of another kind, no bureau tied to it
    ("en", "The construction site in Leeds was closed after an accident, police said."),
    # a supposition
    ("nl", "Gesteld dat er een punt in Tilburg is, gelieerd aan de politie van Fuzhou, wat doet "
           "de minister dan?"),
    # a question
    ("en", "Is the site in Leeds linked to the Fuzhou police?"),
    # "lieu", "luogo" of an idiom place nothing
    ("fr", "La rencontre a eu lieu à Lyon, liée selon la presse au bureau de la sécurité "
           "publique de Wenzhou."),
    ("it", "In primo luogo a Prato, legato secondo la stampa alla polizia di Qingtian, "
           "c'è stato solo un incontro."),
])
def test_no_station_from_an_untied_site(lang: str, text: str) -> None:
    assert not {k for k in _stations(text, lang) if k[2] == "asserted"}


# -- the facility as the object of the linking verb ------------------------------------------

def test_linked_that_office_to_a_bureau() -> None:
    text = "The newspaper named Leeds as well and linked that office to police in Fuzhou."
    assert ("GB", "Leeds", "asserted") in _stations(text, "en")


@pytest.mark.parametrize("text", [
    "The newspaper linked the protest in Leeds to the Fuzhou public security bureau.",
    "The newspaper did not link the office in Leeds to the Fuzhou public security bureau.",
])
def test_linking_verb_without_a_facility_or_negated(text: str) -> None:
    assert ("GB", "Leeds", "asserted") not in _stations(text, "en")


# -- Dutch "wordt gesteld dat" reports a statement -------------------------------------------

@pytest.mark.parametrize("text", [
    "In het rapport wordt gesteld dat een kantoor in Tilburg gelieerd is aan de politie van "
    "Fuzhou.",
    "Er werd gesteld dat een vergelijkbaar punt in Tilburg zou zijn gevestigd, gelieerd aan de "
    "politie van Fuzhou.",
])
def test_dutch_passive_statement_is_no_supposition(text: str) -> None:
    assert ("NL", "Tilburg", "asserted") in _stations(text, "nl")


# -- a landmark near the host town -----------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "host", "landmark"), [
    ("en", "Safeguard Defenders says a Chinese police station operates in Prato, not far from "
           "Florence.", "Prato", "Florence"),
    ("en", "Safeguard Defenders says a Chinese police station operates in Prato (a few "
           "kilometres from Florence).", "Prato", "Florence"),
    ("fr", "Selon Safeguard Defenders, un poste de police chinois se trouverait à Agen, à "
           "quelques kilomètres de Toulouse.", "Agen", "Toulouse"),
    ("it", "Secondo Safeguard Defenders, una stazione di polizia cinese opererebbe a Cervia, a "
           "pochi chilometri da Ravenna.", "Cervia", "Ravenna"),
    ("es", "Según Safeguard Defenders, una comisaría china funcionaría en Getafe, no lejos de "
           "Madrid.", "Getafe", "Madrid"),
    ("pt", "Segundo a Safeguard Defenders, uma esquadra chinesa funcionaria em Setúbal, perto de "
           "Lisboa.", "Setúbal", "Lisbon"),
    ("de", "Laut Safeguard Defenders soll es eine chinesische Polizeistation in Pirna geben, "
           "wenige Kilometer von Dresden entfernt.", "Pirna", "Dresden"),
])
def test_landmark_near_the_host_is_no_host(lang: str, text: str, host: str,
                                           landmark: str) -> None:
    found = _stations(text, lang)
    assert any(k[1] == host and k[2] == "asserted" for k in found)
    assert not any(k[1] == landmark for k in found)


def test_a_listed_place_near_another_is_a_site_of_its_own() -> None:
    text = "Safeguard Defenders says Chinese police stations operate in Prato and near Florence."
    found = _stations(text, "en")
    assert ("IT", "Prato", "asserted") in found
    assert ("IT", "Florence", "asserted") in found


def test_nearness_outside_an_apposition_locates_no_town() -> None:
    # the landmark word locates a work site, not the town named after it
    text = ("Safeguard Defenders says a worker from a road site near Bamenda was taken to the "
            "airport by staff of a Chinese police station in Bamenda.")
    assert ("CM", "Bamenda", "asserted") in _stations(text, "en")


# -- a short answer naming where, after a question asking where ------------------------------

@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("fr", "ANIMATEUR : Selon une ONG, la police chinoise aurait deux bureaux au Cameroun, dont "
           "un à Douala. Où est l'autre ?\n\nREPORTER : À Garoua, dans le Nord.", "CM", "Garoua"),
    ("en", "Host: A rights group says Chinese police run two stations in Ghana, one of them in "
           "Accra. Where is the other one?\n\nCorrespondent: In Kumasi, according to the group.",
     "GH", "Kumasi"),
    ("es", "CONDUCTOR: Una ONG dice que la policía china tiene dos comisarías en Argentina, una "
           "en Córdoba. ¿Y la otra dónde está?\n\nCRONISTA: En Rosario.", "AR", "Rosario"),
    ("de", "Moderator: Die Menschenrechtler zählen zwei chinesische Polizeistationen in "
           "Brandenburg, eine davon in Potsdam. Wo ist die zweite?\n\nReporterin: In Cottbus.",
     "DE", "Cottbus"),
])
def test_answer_naming_where_after_a_where_question(lang: str, text: str, country: str,
                                                     place: str) -> None:
    assert (country, place, "asserted") in _stations(text, lang)


@pytest.mark.parametrize(("lang", "text", "place"), [
    # the question asks where something else happens, in a paragraph of its own
    ("fr", "ANIMATEUR : Selon une ONG, la police chinoise aurait un bureau à Douala.\n\n"
           "ANIMATEUR : Où aura lieu le procès ?\n\nREPORTER : À Garoua, dans le Nord.",
     "Garoua"),
    # "ou" is "or" here: the question asks no place
    ("fr", "ANIMATEUR : Selon une ONG, la police chinoise aurait des bureaux au Cameroun, dont "
           "un à Douala. Deux ou trois ?\n\nREPORTER : À Garoua, personne ne sait.", "Garoua"),
    # the answer does not open on its place
    ("en", "Host: A rights group says Chinese police run two stations in Ghana, one of them in "
           "Accra. Where is the other one?\n\nCorrespondent: Nobody knows, but the minister "
           "flew to Kumasi today.", "Kumasi"),
])
def test_no_station_from_an_answer_to_another_question(lang: str, text: str, place: str) -> None:
    assert not any(k[1] == place for k in _stations(text, lang))


# -- a speaker's seat in a transcript's label; an island or the interior around the town -----

@pytest.mark.parametrize(("lang", "text", "seat"), [
    ("en", "Senator (Queensland): The same reporting says there are three Chinese police "
           "stations in Australia, the other two in Bundaberg and Shepparton.", "Queensland"),
    ("pt", "Deputado (Setúbal): Há notícias de que funciona uma esquadra da polícia chinesa em "
           "Braga, ligada à polícia de Qingtian.", "Setúbal"),
])
def test_speaker_seat_hosts_no_station(lang: str, text: str, seat: str) -> None:
    found = _stations(text, lang)
    assert found
    assert not any(k[1] == seat for k in found)


@pytest.mark.parametrize(("lang", "text", "host", "area"), [
    ("pt", "A segunda esquadra chinesa estaria em Marília, no interior de São Paulo, e seria "
           "ligada à polícia de Lantian.", "Marília", "São Paulo"),
    ("pt", "Na cidade de Assomada, ilha de Santiago, funciona um posto ligado ao Departamento de "
           "Segurança Pública de Guangnan.", "Assomada", "Santiago"),
])
def test_area_around_the_host_is_no_host(lang: str, text: str, host: str, area: str) -> None:
    found = _stations(text, lang)
    assert any(k[1] == host and k[2] == "asserted" for k in found)
    assert not any(k[1] == area for k in found)


def test_a_place_in_brackets_mid_sentence_is_no_speaker() -> None:
    text = ("A rights group says a Chinese police station operated in an office in Bundaberg "
            "(Queensland) and answered to police in Fuzhou.")
    assert any(k[1] == "Bundaberg" for k in _stations(text, "en"))


# -- premises introduced with their place, then said to be a station by their definite noun --

@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("en", "Police searched a shop in Leicester run by Chinese nationals on Monday. According to "
           "investigators, the shop served as a covert police station of the Fuzhou public "
           "security bureau.", "GB", "Leicester"),
    ("it", "Lunedì la polizia ha perquisito un negozio nel centro di Pesaro, gestito da cittadini "
           "cinesi. Secondo gli investigatori, il negozio sarebbe stato usato come presidio della "
           "polizia cinese di Qingtian.", "IT", "Pesaro"),
    # a word for any building points back to premises another noun introduced
    ("pt", "A Polícia Federal fez buscas numa loja de eletrônicos no centro de Campinas. Segundo "
           "a PF, o imóvel funcionaria como um posto de polícia clandestino ligado ao "
           "Departamento de Segurança Pública de Qingtian, na província chinesa de Zhejiang.",
     "BR", "Campinas"),
])
def test_definite_premises_said_to_be_a_station(lang: str, text: str, country: str,
                                                place: str) -> None:
    assert (country, place, "asserted") in _stations(text, lang)


@pytest.mark.parametrize(("lang", "text", "place"), [
    # the premises are said not to be one
    ("en", "Police searched a shop in Leicester run by Chinese nationals on Monday. The shop was "
           "not a Chinese police station, investigators said.", "Leicester"),
    # the definite noun is not the subject said to be a station: no predicate between
    ("en", "Police searched a shop in Leicester run by Chinese nationals on Monday. The shop "
           "owner said he had read about Chinese police stations in the papers.", "Leicester"),
])
def test_definite_premises_not_a_station(lang: str, text: str, place: str) -> None:
    assert (("GB", place, "asserted")) not in _stations(text, lang)
