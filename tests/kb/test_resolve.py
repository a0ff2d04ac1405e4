"""Stations come from accepted station facts; aliases meet, operator conflicts show."""

from __future__ import annotations

import pytest

from stationwatch.errors import InputError
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement, review
from stationwatch.kb.resolve import Station, StationKey, resolve_stations
from tests.kb.factories import TinyGazetteer, accept_all, fact, judge

MILANO = fact("it.txt", country="IT", place="Milano", operator="Wenzhou", date="2016")
MILAN_ZH = fact("zh.txt", country="IT", place="米兰", operator="Qingtian", date="2018")
MILAN_ZHT = fact("zht.txt", country="IT", place="米蘭")
PRATO = fact("it.txt", country="IT", place="Prato")
PRATO_DENIED = fact("assoc.txt", country="IT", place="Prato", polarity="denied",
                    claimant="Associazione dei cinesi di Prato")
PRAHA = fact("cz.txt", country="CZ", place="Praha", operator="Qingtian")


def stations(facts: list[Fact], extra: list[Judgement] | None = None) -> dict[str, Station]:
    judgements = [*accept_all(facts), *(extra or [])]
    return {str(s.key): s for s in resolve_stations(review(facts, judgements), judgements,
                                                    TinyGazetteer())}


def test_aliases_in_any_language_resolve_to_one_station() -> None:
    found = stations([MILANO, MILAN_ZH, MILAN_ZHT, PRAHA])
    assert set(found) == {"IT:Milan", "CZ:Prague"}
    assert found["IT:Milan"].aliases == {"Milano", "米兰", "米蘭"}
    assert len(found["IT:Milan"].supporting) == 3


def test_conflicting_operators_are_kept_and_flagged() -> None:
    milan = stations([MILANO, MILAN_ZH])["IT:Milan"]
    assert milan.operators == ["Qingtian", "Wenzhou"]
    assert milan.operator_conflict
    assert not stations([PRAHA])["CZ:Prague"].operator_conflict


def test_only_accepted_facts_make_stations() -> None:
    facts = [MILANO, PRATO]
    judgements = [judge(MILANO.id, "accept"), judge(PRATO.id, "reject")]
    found = resolve_stations(review(facts, judgements), judgements, TinyGazetteer())
    assert [str(s.key) for s in found] == ["IT:Milan"]


def test_denied_station_facts_are_kept_on_the_denying_side() -> None:
    prato = stations([PRATO, PRATO_DENIED])["IT:Prato"]
    assert [r.fact.doc for r in prato.supporting] == ["it.txt"]
    assert [r.fact.claimant for r in prato.denying] == ["Associazione dei cinesi di Prato"]


def test_a_correction_moves_a_fact_to_another_station() -> None:
    fix = judge(PRATO.id, "correct", minute=5, corrected={"place": "Florence"})
    found = stations([PRATO], [fix])
    assert set(found) == {"IT:Florence"}
    assert found["IT:Florence"].aliases == {"Prato"}


def test_a_merge_maps_one_station_onto_another() -> None:
    sicily = fact("a.txt", country="IT", place="Sicilia")
    palermo = fact("b.txt", country="IT", place="Palermo")
    merge = judge("IT:Sicily", "merge", minute=5, target="IT:Palermo", reason="same site")
    found = stations([sicily, palermo], [merge])
    assert set(found) == {"IT:Palermo"}
    assert found["IT:Palermo"].merged_from == {"IT:Sicily"}
    undo = judge("IT:Sicily", "merge", minute=9, target="IT:Sicily")
    assert set(stations([sicily, palermo], [merge, undo])) == {"IT:Sicily", "IT:Palermo"}


def test_a_split_separates_a_site_by_operator() -> None:
    split = judge("IT:Milan", "split", minute=5, reason="two pilots, 2016 and 2018")
    found = stations([MILANO, MILAN_ZH, MILAN_ZHT], [split])
    assert set(found) == {"IT:Milan:Wenzhou", "IT:Milan:Qingtian", "IT:Milan"}
    assert not any(s.operator_conflict for s in found.values())


def test_station_keys_round_trip_and_bad_ones_are_refused() -> None:
    for text in ("IT:Milan", "IT:Milan:Wenzhou", "DE:"):
        assert str(StationKey.parse(text)) == text
    with pytest.raises(InputError, match="station key 'Milan'"):
        StationKey.parse("Milan")


def test_sites_in_one_place_are_distinct_stations_and_a_siteless_mention_joins_them() -> None:
    """Madrid (1 of 3), (2 of 3) and an article's "a station in Madrid": two stations."""
    from datetime import date

    from stationwatch.kb.aggregate import stats
    from stationwatch.kb.knowledge import KnowledgeBase
    from tests.kb.factories import doc

    one = fact("sheet.csv", country="ES", place="Madrid", site="1 of 3", date="2022-09")
    two = fact("sheet.csv", country="ES", place="Madrid", site=" 2  OF 3", date="2022-09")
    two_again = fact("other.csv", country="ES", place="Madrid", site="2 of 3", date="2022-10")
    article = fact("news.txt", country="ES", place="Madrid", date="2022-08")
    prato = fact("news.txt", country="IT", place="Prato", date="2022-08")
    facts = [one, two, two_again, article, prato]
    assert one.id != two.id and article.id == fact("news.txt", country="ES", place="Madrid",
                                                   date="2022-08").id
    found = stations(facts)
    assert {k.split("~")[0] for k in found} == {"ES:Madrid", "IT:Prato"}
    sited = [s for k, s in found.items() if "~" in k]
    assert len(sited) == 2 and all("of 3" not in str(s.key) for s in sited)
    assert sorted(len(s.supporting) for s in sited) == [1, 2]
    assert StationKey.parse(str(sited[0].key)) == sited[0].key
    docs = {d: doc(d) for d in ("sheet.csv", "other.csv", "news.txt")}
    kb = KnowledgeBase(facts, accept_all(facts), docs, TinyGazetteer())
    assert stats(kb).documented_stations == 3  # two Madrid sites + Prato, not the bare Madrid
    # Before any site was reported, the article's Madrid is the one station there.
    assert stats(kb, date(2022, 8, 31)).documented_stations == 2
