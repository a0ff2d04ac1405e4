"""A place restored from a fused article must lie where the story is; a paywall's call is page
clutter. Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.article_places import article_places, plausible_restorations
from stationwatch.extract.page_clutter import is_page_clutter
from stationwatch.extract.proper_places import HOME_COUNTRIES
from stationwatch.text.gazetteer import Gazetteer


def _restored(text: str, lang: str) -> set[str]:
    found = Gazetteer.load().find(text)
    restored = article_places(text, found)
    return {m.candidates[0].name
            for m in plausible_restorations(restored, found, HOME_COUNTRIES.get(lang, set()))}


def test_a_small_namesake_abroad_is_not_restored() -> None:
    # "della Castellana": an area of the Veneto, not La Castellana in the Philippines
    text = "In Veneto i laboratori della Castellana lavorano per i marchi di Treviso."
    assert "La Castellana" not in _restored(text, "it")


def test_a_place_in_a_named_country_or_at_home_is_restored() -> None:
    assert "La Spezia" in _restored("Il porto della Spezia è chiuso da ieri.", "it")
    assert "El Ejido" in _restored("Los invernaderos del Ejido, en España, emplean a miles.",
                                   "es")


@pytest.mark.parametrize("line", [
    "L'INCHIESTA | Abbonati per leggere tutti gli articoli",
    "Abbonatevi al nostro giornale per continuare",
    "Jetzt abonnieren und weiterlesen",
])
def test_a_paywall_call_is_clutter(line: str) -> None:
    assert is_page_clutter(line)


@pytest.mark.parametrize("line", [
    "Gli abbonati hanno ricevuto la notizia.",
    "La procura ha aperto un'inchiesta sugli abbonati della palestra.",
])
def test_prose_about_subscribers_stays(line: str) -> None:
    assert not is_page_clutter(line)
