"""The number-word tables read cardinals in running text as text2num, a maintained library, does.

The tables stay because they also find where a number starts and ends in a sentence, and
read ordinals, inflected articles and approximate nouns ("una decina"), which text2num
does not; text2num is the reference for every cardinal value. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest
from text_to_num import text2num

from stationwatch.extract.numbers import find_numbers, parse_number

SENTENCES = [
    ("en", "Officials counted one hundred and seven offices, twenty-three of them shut, and "
           "four thousand two hundred visitors."),
    ("it", "Il rapporto elenca centotré sedi, trentotto chiuse e duemilacinquecento visite."),
    ("es", "El informe cita ciento siete oficinas, veintitrés cerradas y cuatro mil doscientas "
           "visitas."),
    ("pt", "O relatório cita cento e sete escritórios, vinte e três fechados e quatro mil e "
           "duzentas visitas."),
    ("fr", "Le rapport cite cent sept bureaux, vingt-trois fermés et quatre-vingt-dix-huit "
           "visites."),
    ("de", "Der Bericht nennt hundertsieben Büros, dreiundzwanzig geschlossene und "
           "zweitausendvierhundert Besuche."),
    ("nl", "Het rapport noemt honderdzeven kantoren, drieëntwintig gesloten en tweeduizend "
           "vierhonderd bezoeken."),
]


@pytest.mark.parametrize(("lang", "sentence"), SENTENCES)
def test_word_cardinals_have_the_value_text2num_gives(lang: str, sentence: str) -> None:
    words = [n for n in find_numbers(sentence, lang) if n.form == "words" and not n.ordinal]
    assert len(words) == 3
    for number in words:
        assert number.value == text2num(number.raw.lower(), lang)
        assert parse_number(number.raw, lang) == number.value


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [("it", "una decina", 10), ("de", "einer", 1), ("en", "a hundred", 100)],
)
def test_forms_text2num_does_not_read_come_from_the_tables(
    lang: str, words: str, value: int
) -> None:
    with pytest.raises(ValueError):
        text2num(words, lang)
    assert parse_number(words, lang) == value
