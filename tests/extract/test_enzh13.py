"""English and Chinese station facts: tables under a ruled header, and other site listings.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a plain-text table whose header is
separated from its rows by a rule line drawn with "+" joints ("----+----"), which has no
cell gap of its own and so is no row, and a table of the same shape that lists figures, not
sites.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, st
from tests.extract.fact_keys import has as _has
from tests.extract.fact_keys import keys as _keys

_RULED_TABLE = (
    "Annex B. Locations\n\n"
    "We found five locations linked to Chinese police bureaus in three countries.\n\n"
    "  Country   | City        | Operating bureau    | Opened\n"
    "  ----------+-------------+---------------------+-------\n"
    "  Zambia    | Lusaka      | Mingxi County PSB   | 2019\n"
    "  Zambia    | Ndola       | not known           | 2021\n"
    "  Uganda    | Kampala     | Fuqing City PSB     | 2020\n"
    "  Senegal   | Dakar       | Wencheng County PSB | 2022\n"
)

_RULED_FIGURES = (
    "Annex C. Trade\n\n"
    "Exports from three partner countries grew last year.\n\n"
    "  Country   | City        | Exports (bn) | Year\n"
    "  ----------+-------------+--------------+-----\n"
    "  Zambia    | Lusaka      | 4.1          | 2023\n"
    "  Uganda    | Kampala     | 2.7          | 2023\n"
)

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "en-table-rule-with-joints": (
        "en", _RULED_TABLE,
        (st("ZM", "Lusaka"), st("ZM", "Ndola"), st("UG", "Kampala"), st("SN", "Dakar")),
        ()),
    "en-table-of-figures-is-no-site-list": (
        "en", _RULED_FIGURES,
        (),
        (("station",),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_enzh13(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    found = _keys(text, lang)
    missing = [k for k in expect if not _has(found, k)]
    present = [k for k in forbid if _has(found, k)]
    assert not missing and not present, (missing, present, sorted(map(str, found)))
