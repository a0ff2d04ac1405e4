"""Spanish, Portuguese, French and Italian: sites placed in one sentence and tied to their
bureau in another, and the words a report uses for the tie. Every sentence was written for this
test.

- the police "of some Chinese cities" is Chinese police, so premises it opens abroad make a
  document relevant;
- a source that ties a site to a bureau in the active voice ("le rapport la relie au bureau de",
  "il rapporto la collega all'ufficio di", "el informe la vincula con", "liga-a ao") or says it
  keeps in touch with it ("en relation régulière avec", "mantenía vínculos con");
- plural premises after a demonstrative ("ces locaux", "questi locali") point back to the place
  named before them, also from the first sentence of the next paragraph;
- two places, then "the first … the second …" with a bureau each: one station per place, each
  with its own bureau, and none where the tie is negated;
- an extension of a bureau is its office abroad;
- papers or devices seized are an investigation's act;
- "celui-là", "ce bureau répondrait à" and "il y en a un deuxième à" in French;
- premises the press calls so-called and Chinese ("le soi-disant « bureau chinois »").
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .romance_topic import facts_after_topic as _facts
from .romance_topic import norm as _norm
from .romance_topic import stations_after_topic as _stations


def _doc_stations(text: str, lang: str) -> set[tuple[object, object, object]]:
    return {(f.country, _norm(f.place), _norm(f.operator))
            for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


def test_police_of_some_chinese_cities_makes_a_document_relevant() -> None:
    text = (
        "Che cosa sono questi sportelli? Sono uffici che le polizie di alcune città cinesi aprono "
        "all'estero, spesso dentro associazioni di commercianti.\n\n"
        "A Lecce c'è un circolo culturale. Il rapporto lo collega all'ufficio di pubblica "
        "sicurezza di Qingtian.\n"
    )
    assert ("IT", "lecce", "qingtian") in _doc_stations(text, "it")


def test_the_police_of_some_cities_without_china_is_no_topic() -> None:
    text = ("Sono uffici che le polizie di alcune città aprono nei quartieri, spesso dentro "
            "associazioni di residenti. A Lecce ce n'è uno in via Roma.\n")
    assert extract_facts(text, "t.txt", "it") == []


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Les enquêteurs ont perquisitionné une agence de voyages installée à Nîmes.\n\n"
           "Ils ont établi que ces locaux abritaient une structure en relation régulière avec le "
           "bureau de la sécurité publique de Wenzhou, en Chine.\n", ("FR", "nimes", "wenzhou")),
    ("it", "Gli agenti hanno visitato un negozio di telefonia a Lecce.\n\n"
           "Secondo la procura, questi locali ospitavano una struttura in contatto costante con "
           "la polizia di Qingtian, in Cina.\n", ("IT", "lecce", "qingtian")),
])
def test_plural_premises_point_back_across_the_paragraph_they_open(
        lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _doc_stations(text, lang)


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("it", "A Prato c'è un circolo culturale; a Firenze, un negozio di telefonia. Il primo farebbe "
           "capo alla polizia di Wenzhou, il secondo a quella di Qingtian.",
     {("IT", "prato", "wenzhou"), ("IT", "florence", "qingtian")}),
    ("es", "En Valencia funciona una asociación de paisanos; en Sevilla, una tienda de ropa. La "
           "primera dependería de la policía de Fuzhou y la segunda de la de Lishui.",
     {("ES", "valencia", "fuzhou"), ("ES", "seville", "lishui")}),
    ("pt", "No Porto existe uma associação cultural; em Braga, uma loja de telemóveis. A primeira "
           "estaria ligada à polícia de Wenzhou, a segunda à de Qingtian.",
     {("PT", "porto", "wenzhou"), ("PT", "braga", "qingtian")}),
    ("fr", "À Lyon, une association culturelle ; à Marseille, un restaurant. Le premier serait "
           "rattaché au bureau de la sécurité publique de Nantong, le second à celui de Lishui.",
     {("FR", "lyon", "nantong"), ("FR", "marseille", "lishui")}),
])
def test_ordinals_tie_the_places_before_to_their_bureaus(
        lang: str, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _stations(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("fr", "À Lyon, une association culturelle ; à Marseille, un restaurant. Le premier n'est pas "
           "lié au bureau de la sécurité publique de Nantong, le second non plus à celui de Lishui."),
    ("it", "Ho visitato Roma e poi Napoli in vacanza. La prima volta ho preso il treno, la seconda "
           "l'aereo."),
    ("es", "Los vecinos de Madrid y de Toledo votaron. El primero de los candidatos ganó, el "
           "segundo perdió."),
])
def test_ordinals_that_tie_nothing_give_no_station(lang: str, sentence: str) -> None:
    assert _stations(sentence, lang) == set()


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("pt", "Foi ali, em Setúbal, que funcionou uma extensão do Departamento de Segurança Pública "
           "de Wenzhou.", ("PT", "setubal", "wenzhou")),
    ("es", "En Bilbao funcionaba una extensión de la oficina de seguridad pública de Qingtian.",
     ("ES", "bilbao", "qingtian")),
    ("es", "Una asociación de vecinos de Zaragoza mantenía vínculos estrechos con la policía de "
           "Fuzhou.", ("ES", "zaragoza", "fuzhou")),
    ("fr", "À Rennes, une boutique de téléphonie abrite un petit bureau. Ce bureau répondrait à "
           "la police de Wenzhou.", ("FR", "rennes", "wenzhou")),
])
def test_a_site_tied_to_its_bureau(lang: str, sentence: str,
                                   expected: tuple[str, str, str]) -> None:
    assert expected in _stations(sentence, lang)


def test_an_official_in_touch_with_an_embassy_is_no_site() -> None:
    assert _stations("El alcalde de Zaragoza mantenía contactos con la embajada.", "es") == set()


@pytest.mark.parametrize(("lang", "sentence", "place"), [
    ("pt", "Os documentos apreendidos pela PSP no escritório de Coimbra mostram pagamentos "
           "mensais.", "coimbra"),
    ("es", "Los ordenadores incautados en la oficina de Valencia contenían listas de disidentes.",
     "valencia"),
    ("it", "I documenti sequestrati nella sede di Padova indicano contatti con Wenzhou.", "padua"),
])
def test_seized_papers_are_an_investigation(lang: str, sentence: str, place: str) -> None:
    responses = {(f.action, f.polarity, _norm(f.place))
                 for f in _facts(sentence, lang) if f.kind == "response"}
    assert ("investigation", "asserted", place) in responses


def test_a_court_seized_of_a_case_is_no_investigation_of_a_site() -> None:
    assert _facts("Le tribunal a été saisi par l'association.", "fr") == []


@pytest.mark.parametrize(("lang", "sentence", "place"), [
    ("it", 'Il caso del cosiddetto "ufficio cinese" di Lecce è ora in mano alla procura.', "lecce"),
    ("es", 'La llamada "oficina china" de Tarragona cerró sus puertas en marzo.', "tarragona"),
    ("fr", "L'enquête sur le soi-disant « bureau chinois » de Rennes avance.", "rennes"),
    ("pt", 'O chamado "escritório chinês" de Coimbra fechou.', "coimbra"),
])
def test_so_called_chinese_offices_are_stations(lang: str, sentence: str, place: str) -> None:
    assert place in {p for _, p, _ in _stations(sentence, lang)}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "L'ufficio turistico cinese di Lecce organizza viaggi."),
    ("es", "La oficina comercial china de Tarragona abrió en marzo."),
])
def test_a_chinese_office_of_trade_or_tourism_is_no_station(lang: str, sentence: str) -> None:
    assert _stations(sentence, lang) == set()


def test_another_one_then_a_pronoun_tied_to_a_bureau() -> None:
    text = (
        "Une enquête de notre rédaction porte sur de mystérieux « bureaux » chinois au Sénégal.\n\n"
        "À Thiès, c'est une boutique de téléphonie. Ce bureau répondrait à la police de Daqing, "
        "en Chine.\n\nIl y en a un deuxième à Kaolack, près du marché. Celui-là serait rattaché au "
        "bureau de la sécurité publique de Suihua.\n"
    )
    found = _doc_stations(text, "fr")
    assert ("SN", "thies", "daqing") in found
    assert ("SN", "kaolack", "suihua") in found


def _agreements(sentence: str, lang: str) -> set[tuple[object, object]]:
    return {(f.country, f.agreement_type) for f in _facts(sentence, lang) if f.kind == "agreement"}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "EFE: ¿Planean China y Perú patrullas conjuntas de policía, como con otros países?"),
    ("fr", "AFP : La Chine et le Sénégal envisagent-ils des patrouilles de police conjointes ?"),
])
def test_an_outlets_question_about_patrols_is_no_agreement(lang: str, sentence: str) -> None:
    assert _agreements(sentence, lang) == set()


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("es", "El memorando de entendimiento sobre cooperación en materia de seguridad firmado por "
           "ambos ministerios en 2019 funciona bien, dijo el portavoz chino sobre Chile.",
     ("CL", "security_agreement")),
    ("it", "Il memorandum d'intesa sulla cooperazione in materia di sicurezza firmato dai due "
           "ministeri nel 2017 funziona bene, ha detto il portavoce cinese a proposito "
           "dell'Italia.", ("IT", "security_agreement")),
])
def test_an_agreement_signed_by_the_two_ministries(
        lang: str, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _agreements(sentence, lang)


@pytest.mark.parametrize(("lang", "sentence", "place"), [
    ("es", "Desde el viernes no se habla de otra cosa en Toledo: la famosa «oficina china» de la "
           "avenida.", "toledo"),
    ("it", "Da giorni a Lecce non si parla d'altro: il cosiddetto \"ufficio cinese\" di via Roma.",
     "lecce"),
])
def test_talk_of_nothing_else_is_no_denial(lang: str, sentence: str, place: str) -> None:
    stations = {(_norm(f.place), f.polarity) for f in _facts(sentence, lang) if f.kind == "station"}
    assert (place, "asserted") in stations
    assert (place, "denied") not in stations
