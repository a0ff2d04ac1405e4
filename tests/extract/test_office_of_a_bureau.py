"""An office is a station when a PRC bureau owns it ("una oficina de la policía de Fuzhou", "un
ufficio della polizia di Wenzhou") or has it ("la policía de Wenzhou mantiene una oficina en
Quito"), in every language as it already was in English, German and Dutch; never a person's or
another body's own ("his office", "the press office"). "Two times" counts how often, not how many.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

#: A first paragraph that makes each document one about the stations.
_TOPIC = {
    "es": "Según una ONG, la policía china abrió una comisaría clandestina en Asunción.\n\n",
    "it": "Secondo una ONG, la polizia cinese ha aperto una stazione di polizia ad Asunción.\n\n",
    "pt": "Segundo uma ONG, a polícia chinesa abriu uma esquadra clandestina em Assunção.\n\n",
    "en": "According to an NGO, Chinese police opened a police station in Asunción.\n\n",
    "fr": "Selon une ONG, la police chinoise a ouvert un poste de police à Asunción.\n\n",
    "de": "Laut einer NGO eröffnete die chinesische Polizei eine Polizeistation in Asunción.\n\n",
    "nl": "Volgens een ngo opende de Chinese politie een politiepost in Asunción.\n\n",
    "zh": "据一个非政府组织称，中国警方在亚松森开设了一个警务站。\n\n",
}


def _facts(lang: str, sentence: str, kind: str) -> list:
    return [
        f for f in extract_facts(_TOPIC[lang] + sentence, "t.txt", lang)
        if f.kind == kind and sentence[:12] in f.evidence.text
    ]


@pytest.mark.parametrize(
    ("lang", "sentence", "place", "operator"),
    [
        ("es", "En Lima funciona desde 2019 una oficina de la policía de Fuzhou.", "Lima", "Fuzhou"),
        ("es", "La policía de Wenzhou también mantiene una oficina en Quito.", "Quito", "Wenzhou"),
        ("es", "Hay además una oficina de la policía china en La Habana.", "Havana", None),
        ("it", "A Lima lavora un ufficio della polizia di Fuzhou.", "Lima", "Fuzhou"),
        ("it", "La polizia di Qingtian ha anche un ufficio a Quito.", "Quito", "Qingtian"),
        ("pt", "Em Lima funciona um escritório da polícia de Fuzhou.", "Lima", "Fuzhou"),
        ("pt", "A polícia de Wenzhou também tem um escritório em Quito.", "Quito", "Wenzhou"),
        ("en", "The Qingtian police also keep an office in Quito.", "Quito", "Qingtian"),
        ("it", "A Quito lavora anche un ufficio di collegamento della questura di Wenzhou.", "Quito",
         "Wenzhou"),
        ("fr", "La police de Wenzhou dispose aussi d'un bureau à Quito.", "Quito", "Wenzhou"),
        ("de", "Die Polizei von Fuzhou hat auch ein Büro in Lima.", "Lima", "Fuzhou"),
        ("nl", "De politie van Wenzhou heeft ook een kantoor in Quito.", "Quito", "Wenzhou"),
    ],
)
def test_an_office_of_a_prc_bureau_is_a_station(
    lang: str, sentence: str, place: str, operator: str | None
) -> None:
    stations = {(f.place, f.operator) for f in _facts(lang, sentence, "station")}
    assert (place, operator) in stations


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "La oficina de prensa del ministerio en Lima publicó un comunicado."),
        ("es", "El alcalde recibió a los periodistas en su oficina de Quito."),
        ("it", "L'ufficio stampa del comune di Lima non ha risposto."),
        ("pt", "O escritório de advogados de Quito representa a família."),
        ("en", "The minister's press office in Lima issued a statement."),
        ("en", "The mayor met the reporters in his office in Quito."),
        ("de", "Der Bürgermeister empfing die Reporter in seinem Büro in Quito."),
        ("nl", "De burgemeester ontving de journalisten in zijn kantoor in Quito."),
        ("es", "Las oficinas de extranjería de Lima atienden a los extranjeros."),
        # the bureau's offices at home are no station abroad
        ("es", "La policía de Fuzhou tiene sus oficinas en el centro de Fuzhou."),
        ("it", "La questura di Wenzhou ha un ufficio nel centro di Wenzhou."),
        # an office opened by someone else, the bureau named after it
        ("es", "En Lima, la oficina fue abierta por un club de comerciantes, y la policía de "
               "Fuzhou no respondió."),
    ],
)
def test_an_office_of_no_prc_bureau_is_none(lang: str, sentence: str) -> None:
    assert _facts(lang, sentence, "station") == []


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "Un cocinero contó que lo citaron dos veces en la oficina de Asunción."),
        ("pt", "Um cozinheiro contou que foi chamado duas vezes ao escritório de Assunção."),
        ("it", "Un cuoco è stato convocato due volte nell'ufficio di Asunción."),
        ("fr", "Un cuisinier a été convoqué deux fois au bureau d'Asunción."),
        ("en", "A cook said he was summoned three times to the office in Asunción."),
        ("de", "Ein Koch wurde zwei Mal in das Büro in Asunción bestellt."),
        ("nl", "Een kok werd twee keer naar het kantoor in Asunción geroepen."),
        ("zh", "一名厨师说他两次被叫到亚松森的办公室。"),
    ],
)
def test_how_often_is_no_count(lang: str, sentence: str) -> None:
    assert _facts(lang, sentence, "count") == []


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("es", "La ONG contó dos oficinas en Asunción.", 2),
        ("en", "The NGO counted three offices in Asunción.", 3),
    ],
)
def test_how_many_offices_is_still_a_count(lang: str, sentence: str, value: int) -> None:
    assert [f.value for f in _facts(lang, sentence, "count")] == [value]
