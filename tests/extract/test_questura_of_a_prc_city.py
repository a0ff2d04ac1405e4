"""Italian reports name a PRC bureau "la questura di Fuzhou": a site tied to it is a station.

"Questura" is an Italian police office, so it names a PRC bureau only with a PRC division
after it and a tie before it ("gestita dalla", "fa capo alla", "collegata alla"); the questura
of an Italian city runs no station. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

_TOPIC = "Le stazioni di polizia cinesi all'estero preoccupano l'Europa.\n\n"


def _stations(sentence: str) -> set[tuple[str | None, str | None]]:
    return {(f.place, f.operator) for f in extract_facts(_TOPIC + sentence + "\n", "t.txt", "it")
            if f.kind == "station"}


@pytest.mark.parametrize(
    "sentence",
    [
        "La sede di Prato è gestita dalla questura di Fuzhou.",
        "La sede di Prato fa capo alla questura di Fuzhou.",
        "A Prato la sede farebbe capo alla questura di Fuzhou.",
        "La sede di Prato è collegata alla questura di Fuzhou.",
    ],
)
def test_a_site_tied_to_a_prc_questura(sentence: str) -> None:
    assert ("Prato", "Fuzhou") in _stations(sentence)


def test_an_italian_questura_runs_no_station() -> None:
    assert not _stations("La sede di Prato è gestita dalla questura di Firenze.")
