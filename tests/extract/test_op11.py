"""Operators reached through clause structure and bureau paraphrases, people persuaded to
return counted with the verb first, a figure's scope after a semicolon, and codes that are no
figures. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.test_operator_shapes import operators


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        # a bureau of a metropolis or a port city, named with the kind of city
        ("Die Station in Hannover werde vom Amt für öffentliche Sicherheit der ostchinesischen "
         "Hafenstadt Ningbo gesteuert, heißt es.", "de", "Hanover", "Ningbo"),
        ("Le poste de Lille serait géré par la police de la métropole chinoise de Shenzhen.", "fr",
         "Lille", "Shenzhen"),
        # bureaus paired with places by "respectievelijk"
        ("Volgens de ngo zijn er Chinese politieposten in Groningen en Arnhem, opgezet door de "
         "politie van Lishui respectievelijk Nantong.", "nl", "Arnhem", "Nantong"),
        # led or mounted by a bureau
        ("In Gent zat een Chinese politiepost. Die werd door het politiebureau van Nantong "
         "geleid, schrijft de krant.", "nl", "Ghent", "Nantong"),
        ("Segundo a ONG, há um posto chinês em Coimbra. Foi montado em 2020 pelo departamento "
         "de segurança pública de Wenzhou.", "pt", "Coimbra", "Wenzhou"),
        # a site that depends on or answers to a division, after a topic lead
        ("Deux antennes chinoises ont été signalées à Lyon et à Lille. Le local de Lyon serait "
         "lié à la police de Wenzhou. Quant à celui de Lille, il dépendrait de Nantong.", "fr",
         "Lille", "Nantong"),
        # a station that is a division's by copula
        ("A ONG encontrou postos da polícia chinesa em Faro e Braga. O posto de Braga é de "
         "Lishui.", "pt", "Braga", "Lishui"),
        # "the other" of two sites the bureau opened, after a semicolon
        ("Secondo il rapporto, quello di Torino è uno dei due uffici aperti in Italia dalla "
         "polizia di Nantong; l'altro si troverebbe a Genova.", "it", "Genoa", "Nantong"),
        # "a second one" of the bureau's liaison offices
        ("La presse évoque un bureau de liaison de la police de Wenzhou à Nantes, et un second à "
         "Rennes.", "fr", "Rennes", "Wenzhou"),
        # bureaus named in turn in the station's own sentence
        ("Se supo que en Sevilla y en Bilbao operarían oficinas vinculadas a la policía de "
         "Wenzhou y de Nantong, respectivamente.", "es", "Bilbao", "Nantong"),
        # a bureau in a placeless sentence right after one that names the site
        ("Police suspect that two Chinese associations, one in Leeds and one in Bristol, acted as "
         "Chinese police stations.\n\nIn Bristol, the target is a traders' club. The premises "
         "belong to the network of stations run by the Lishui police.", "en", "Bristol",
         "Lishui"),
        # a bureau after an apposition of places
        ("Die Standorte – zwei in Graz und einer in Linz – werden der Polizei von Nantong "
         "zugeordnet.", "de", "Graz", "Nantong"),
        # a table column headed by the verb of running
        ("Wij vonden Chinese politieposten in Afrika.\n\nTabel 2. Posten\n\n  Land        Stad         Opgezet door    Jaar\n"
         "  Kenia       Nairobi      Nantong         2019\n"
         "  Ghana       Accra        Lishui          2020\n", "nl", "Accra", "Lishui"),
    ],
)
def test_operator_reached(text: str, lang: str, place: str, operator: str) -> None:
    found = operators(text, lang)
    assert found.get(place) == operator, found


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # the copula of a person: where someone comes from
        ("A ONG encontrou postos da polícia chinesa em Faro e Braga. O dono da loja em Braga é "
         "de Lishui.", "pt", "Braga"),
        # "another" in a clause of its own after a semicolon is not the bureau's
        ("Secondo il rapporto, in Italia sarebbero attive sei stazioni di polizia cinesi. Una di "
         "esse, a Torino, sarebbe gestita dalla questura di Nantong; un'altra si troverebbe a "
         "Genova, in un negozio.", "it", "Genoa"),
        # a bureau spoken of for the place just named is not the document's for the other
        ("Police suspect that two Chinese associations, one in Leeds and one in Bristol, acted as "
         "Chinese police stations.\n\nIn Bristol, the target is a traders' club. The premises "
         "belong to the network of stations run by the Lishui police.", "en", "Leeds"),
    ],
)
def test_operator_not_reached(text: str, lang: str, place: str) -> None:
    found = operators(text, lang)
    assert place in found, found
    assert found[place] is None, found


def test_an_office_at_home_is_no_running_sentence() -> None:
    text = ("Según una ONG, la policía china abrió una comisaría clandestina en Asunción.\n\n"
            "La policía de Nantong tiene sus oficinas en el centro de Nantong.")
    assert operators(text, "es").get("Asunción") is None


def _counts(text: str, lang: str) -> set[tuple[str, int, str | None]]:
    return {(f.measure, f.value, f.country) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "count"}


_TOPIC = {
    "en": "Chinese police stations abroad were found in Milan and Prague.\n\n",
    "it": "Stazioni di polizia cinesi sono state trovate a Milano e Praga.\n\n",
    "fr": "Des postes de police chinois ont été trouvés à Milan et à Prague.\n\n",
    "pt": "Postos de polícia chineses foram encontrados em Milão e Praga.\n\n",
    "de": "Chinesische Polizeistationen wurden in Mailand und Prag gefunden.\n\n",
    "nl": "Chinese politieposten zijn gevonden in Milaan en Praag.\n\n",
    "es": "Se hallaron comisarías chinas en Milán y Praga.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Beijing boasts that it persuaded 180,000 people to return."),
        ("it", "Le autorità avrebbero convinto a rientrare 180.000 persone."),
        ("pt", "O governo diz ter convencido 180 mil pessoas a regressar."),
        ("de", "Peking will 180.000 Menschen zur Rückkehr überredet haben."),
        ("nl", "Peking heeft naar eigen zeggen 180.000 mensen overgehaald om terug te keren."),
        ("fr", "Pékin affirme avoir convaincu 180 000 personnes « de rentrer » au pays."),
        ("es", "Pekín asegura haber presionado a 180.000 personas para regresar."),
    ],
)
def test_returns_with_the_verb_first(lang: str, sentence: str) -> None:
    assert ("returns", 180000, None) in _counts(_TOPIC[lang] + sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "The firm persuaded 180 people to invest in the scheme."),
        ("pt", "A empresa convenceu 180 pessoas a investir no projeto."),
    ],
)
def test_persuaded_to_do_something_else_is_no_return(lang: str, sentence: str) -> None:
    assert not any(m == "returns" for m, _, _ in _counts(_TOPIC[lang] + sentence, lang))


def test_a_figure_after_a_semicolon_takes_its_own_country() -> None:
    text = _TOPIC["pt"] + ("A rede soma mais de cem endereços em meia centena de países; em "
                           "Portugal, segundo a ONG, são quatro postos.")
    assert ("stations", 4, "PT") in _counts(text, "pt")


def test_chinese_station_noun_with_overseas_chinese() -> None:
    text = ("温州市公安局工作总结\n\n我局在意大利米兰、西班牙马德里建成两个“海外警侨服务站”，"
            "覆盖两个国家的侨胞约两万人。")
    assert ("stations", 2, None) in _counts(text, "zh")


def test_a_road_code_is_no_figure() -> None:
    text = ("温州市公安局在G104国道服务区举行海外警务服务站揭牌仪式，"
            "该站设在意大利米兰。")
    assert not any(v == 104 for _, v, _ in _counts(text, "zh"))


def _agreements(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.country, f.agreement_type) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "agreement"}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("nl", "Georgië en China sloten in 2020 een akkoord, waarna Chinese agenten samen met "
               "Georgische collega's patrouilleerden in Tbilisi.",
         {("GE", "security_agreement"), ("GE", "joint_patrol")}),
        ("en", "In 2020 Georgia signed an accord with China under which Chinese officers patrol "
               "in Tbilisi.", {("GE", "security_agreement"), ("GE", "joint_patrol")}),
        ("es", "Bolivia firmó con China un convenio en virtud del cual agentes chinos patrullan "
               "en La Paz.", {("BO", "security_agreement"), ("BO", "joint_patrol")}),
        ("nl", "Sinds 2020 patrouilleren Chinese en Georgische agenten gezamenlijk in Batoemi.",
         {("GE", "joint_patrol")}),
        # a state parted from its agreement by a parenthesis signs it; the next clause's state
        # only hosts patrols
        ("it", "La Georgia, invece, ha firmato con Pechino nel 2020 un accordo di cooperazione di "
               "polizia, e la Bolivia ospita da anni pattuglie congiunte a La Paz.",
         {("GE", "security_agreement"), ("BO", "joint_patrol")}),
    ],
)
def test_agreements(lang: str, sentence: str, expected: set[tuple[str, str]]) -> None:
    assert _agreements(_TOPIC[lang] + sentence, lang) == expected


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "Georgië en China sloten in 2020 een veiligheidsakkoord; gezamenlijke patrouilles "
               "zijn ons niet bekend."),
        ("en", "Georgia and China signed a security agreement in 2020; joint patrols are not "
               "known to us."),
    ],
)
def test_patrols_said_to_be_unknown(lang: str, sentence: str) -> None:
    assert ("GE", "joint_patrol") not in _agreements(_TOPIC[lang] + sentence, lang)
