"""A tie between a site and a PRC bureau that the sentence denies gives that site no operator.

"The office in Leeds is not run by the Wenzhou police" names no Wenzhou station in Leeds; a
site the sentence still calls a police station keeps its place but loses the bureau. Every
sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .topics import TOPIC as _TOPIC


def _stations(sentence: str, lang: str) -> set[tuple[str | None, str | None, str | None]]:
    text = f"{_TOPIC[lang]}\n\n{sentence}\n"
    return {(f.country, f.place, f.operator) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station" and f.polarity == "asserted"}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The bureau in Bristol is not linked to the Lishui police in any way."),
    ("en", "The Bristol association, which has never been tied to the Qingtian police, hosts dance classes."),
    ("de", "Das Büro in Köln wird nicht von der Polizei in Wenzhou betrieben."),
    ("nl", "Het kantoor in Utrecht valt niet onder de politie van Fuzhou."),
    ("fr", "Le bureau de Nice n'est pas géré par la police de Qingtian."),
    ("es", "La oficina de Málaga no está gestionada por la policía de Wenzhou."),
    ("it", "L'ufficio di Padova non è gestito dalla polizia di Fuzhou."),
])
def test_a_denied_tie_gives_no_station_with_that_bureau(lang: str, sentence: str) -> None:
    assert not any(operator for _c, _p, operator in _stations(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("pt", "O posto de Braga não é gerido pela polícia de Wenzhou."),
    ("pt", "Há uma esquadra no Funchal que não é gerida pela polícia de Lishui."),
    ("zh", "都灵的服务站并非温州公安局设立。"),
    ("zh", "都靈的服務站與溫州警方無關。"),
    ("en", "The police station in Bristol is no longer run by the Fuzhou police."),
])
def test_a_denied_tie_keeps_no_bureau(lang: str, sentence: str) -> None:
    assert all(operator is None for _c, _p, operator in _stations(sentence, lang))


@pytest.mark.parametrize(("lang", "sentence", "operator"), [
    ("en", "The police station in Bristol is run by the Fuzhou police.", "Fuzhou"),
    ("en", "The Bristol station is run not only by the Lishui police but by a local club.", "Lishui"),
    ("zh", "都灵的服务站由温州警方运营。", "Wenzhou"),
    ("it", "L'ufficio di Padova è gestito dalla polizia di Fuzhou.", "Fuzhou"),
    ("pt", "Há esquadras chinesas em Braga (Lishui) e no Funchal (Fuzhou).", "Fuzhou"),
])
def test_an_asserted_tie_keeps_its_bureau(lang: str, sentence: str, operator: str) -> None:
    assert operator in {op for _c, _p, op in _stations(sentence, lang)}
