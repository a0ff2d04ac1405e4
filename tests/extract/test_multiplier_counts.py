"""Figures written as a number times a round noun ("três dezenas", "zwei Dutzend", "two dozen").

Sentences written for these tests. Before the plural round nouns were read and the round
reader covered every language, 7 of these 15 cases passed (the misses: pt 2, it 1, fr 1,
es 1, de 2, en 1). A plural round noun with no number before it ("tientallen", "数十个",
"decine") is a rough size and must give no figure.
"""

from __future__ import annotations

import pytest

from tests.extract.test_count_shapes import counts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "A ONG afirma que a polícia chinesa mantém esquadras clandestinas em três "
         "dezenas de países.", ("countries", 30, None)),
        ("pt", "Segundo o relatório, a rede de postos de polícia chineses chega a duas dezenas "
         "de países.", ("countries", 20, None)),
        ("it", "L'ong ha contato stazioni di polizia cinesi in una trentina di paesi.",
         ("countries", 30, None)),
        ("it", "Secondo il dossier le stazioni di polizia cinesi nel mondo sono tre decine.",
         ("stations", 30, None)),
        ("fr", "Selon l'ONG, des commissariats chinois clandestins opèrent dans une dizaine de "
         "pays européens.", ("countries", 10, None)),
        ("fr", "Le rapport recense deux dizaines de postes de police chinois en Europe.",
         ("stations", 20, None)),
        ("es", "Según la ONG, hay comisarías chinas en una veintena de países.",
         ("countries", 20, None)),
        ("es", "El informe habla de tres decenas de comisarías chinas en el mundo.",
         ("stations", 30, None)),
        ("de", "Die NGO hat chinesische Polizeistationen in einem Dutzend Länder gefunden.",
         ("countries", 12, None)),
        ("de", "Laut Bericht betreibt China zwei Dutzend Polizeistationen in Europa.",
         ("stations", 24, None)),
        ("en", "The NGO says Chinese police stations operate in two dozen countries.",
         ("countries", 24, None)),
    ],
)
def test_a_number_times_a_round_noun_is_a_figure(
    lang: str, text: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Volgens de ngo zijn er Chinese politiebureaus in tientallen landen."),
        ("zh", "据报道，中国在数十个国家设立了海外警务服务站。"),
        ("it", "Secondo l'ong esistono stazioni di polizia cinesi in decine di paesi."),
        ("pt", "A ONG fala de esquadras chinesas em dezenas de países."),
    ],
)
def test_a_plural_round_noun_alone_is_no_figure(lang: str, text: str) -> None:
    assert not {c for c in counts(text, lang) if c[0] == "countries"}
