"""Lifecycle, stats, contested and diff over a small multilingual knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from stationwatch.errors import InputError
from stationwatch.kb.aggregate import contested, diff, stats
from stationwatch.kb.fact import Fact
from stationwatch.kb.knowledge import KnowledgeBase
from stationwatch.kb.lifecycle import Lifecycle
from tests.kb.factories import TinyGazetteer, accept_all, doc, fact, judge

WIRE = ("Safeguard Defenders said Chinese police run overseas stations in Milan and Prato, "
        "and that the network counts fifty four stations in many countries across the world.")
FACTS: list[Fact] = [
    # An NGO report (September 2022) and a wire reprint of it: one independent source.
    fact("ngo.txt", country="IT", place="Milano", claimant="Safeguard Defenders"),
    fact("ngo.txt", "count", measure="stations", value=54, claimant="Safeguard Defenders",
         date="2022-09"),
    fact("reprint.txt", country="IT", place="Milan", claimant="Safeguard Defenders"),
    # A Chinese-language report in October names Milan's operator and Prague.
    fact("zh.txt", country="IT", place="米兰", operator="Wenzhou"),
    fact("zh.txt", country="CZ", place="Praha", operator="Qingtian"),
    # A December update: more stations; the Dutch government closes Amsterdam.
    fact("update.txt", "count", measure="stations", value=102, claimant="Safeguard Defenders"),
    fact("update.txt", "count", measure="countries", value=53, claimant="Safeguard Defenders"),
    fact("nl.txt", country="NL", place="Amsterdam", operator="Lishui",
         claimant="Dutch government"),
    fact("nl.txt", "response", country="NL", place="Amsterdam", action="closure",
         claimant="Dutch government", date="2022-12-01"),
    fact("nl.txt", "response", country="NL", action="investigation", date="2022-11-01"),
    fact("nl.txt", "denial", country="CN", claimant="PRC Embassy in the Netherlands"),
    # Italy: one source says an investigation started, another that none has.
    fact("it.txt", "response", country="IT", action="investigation", polarity="denied"),
    fact("it.txt", country="IT", place="Prato"),
    fact("zh.txt", "response", country="IT", action="investigation",
         claimant="Italian Ministry of the Interior"),
]
DOCS = {
    "ngo.txt": doc("ngo.txt", "2022-09-12", WIRE),
    "reprint.txt": doc("reprint.txt", "2022-09-13", WIRE + " Reuters"),
    "zh.txt": doc("zh.txt", "2022-10",
                  "据报道，温州警方在米兰设立海外警务服务站，青田警方在布拉格设立服务站。"),
    "update.txt": doc("update.txt", "2022-12-05"),
    "nl.txt": doc("nl.txt", "2022-11-02"),
    "it.txt": doc("it.txt", None, captured="2022-12-20"),
}


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase(FACTS, accept_all(FACTS), DOCS, TinyGazetteer())


def cycle_of(kb: KnowledgeBase, key: str, as_of: date | None = None) -> Lifecycle:
    return next(c for c in kb.lifecycles(as_of) if str(c.station.key) == key)


def test_first_reported_says_by_whom_when_and_from_which_date(kb: KnowledgeBase) -> None:
    milan = cycle_of(kb, "IT:Milan")
    assert milan.first_reported is not None
    assert milan.first_reported.claimant == "Safeguard Defenders"
    assert str(milan.first_reported.when) == "2022-09-12 (published)"


def test_a_reprint_does_not_corroborate_but_an_independent_source_does(kb: KnowledgeBase) -> None:
    september = cycle_of(kb, "IT:Milan", date(2022, 9, 30))
    assert (september.raw_sources, september.independent_sources) == (2, 1)
    assert september.status == "reported"
    october = cycle_of(kb, "IT:Milan", date(2022, 10, 31))
    assert (october.raw_sources, october.independent_sources) == (3, 2)
    assert october.corroborated_on(kb.groups) == date(2022, 10, 1)


def test_host_country_responses_drive_the_status(kb: KnowledgeBase) -> None:
    assert cycle_of(kb, "NL:Amsterdam", date(2022, 11, 15)).status == "investigated"
    amsterdam = cycle_of(kb, "NL:Amsterdam")
    assert amsterdam.status == "closed"
    assert [d.claimant for d in amsterdam.general_denials] == ["PRC Embassy in the Netherlands"]


def test_stats_put_claimed_figures_beside_documented_stations(kb: KnowledgeBase) -> None:
    result = stats(kb, date(2022, 12, 31))
    assert (result.documented_stations, result.documented_countries) == (4, 3)
    assert [(r.group, len(r.stations)) for r in result.rows] == [("IT", 2), ("CZ", 1), ("NL", 1)]
    claimed = {(f.measure, f.value): f.documented for f in result.figures}
    assert claimed == {("stations", 54): 4, ("stations", 102): 4, ("countries", 53): 3}
    assert ("NL", "closure", "asserted") in {(r.country, r.action, r.polarity)
                                             for r in result.responses}
    assert [d.claimant for d in result.denials] == ["PRC Embassy in the Netherlands"]


def test_stats_as_of_an_early_date_see_only_what_was_on_record(kb: KnowledgeBase) -> None:
    result = stats(kb, date(2022, 9, 30))
    assert [r.group for r in result.rows] == ["IT"]
    assert [f.value for f in result.figures] == [54]


def test_stats_by_operator_flag_conflicts_and_unstated_operators(kb: KnowledgeBase) -> None:
    rows = {r.group: r.stations for r in stats(kb, by="operator").rows}
    assert rows == {"Wenzhou": ("IT:Milan",), "Qingtian": ("CZ:Prague",),
                    "Lishui": ("NL:Amsterdam",), "(not stated)": ("IT:Prato",)}
    with pytest.raises(InputError, match="--by 'city'"):
        stats(kb, by="city")  # type: ignore[arg-type]


def test_contested_sets_a_prc_denial_against_host_government_assertions(
        kb: KnowledgeBase) -> None:
    found = {p.subject: p for p in contested(kb)}
    nl = found["PRC police stations operate in NL"]
    assert nl.asserted_by == ["Dutch government"]
    assert nl.denied_by == ["PRC Embassy in the Netherlands"]
    italy = found["IT took action: investigation"]
    assert italy.asserted_by == ["Italian Ministry of the Interior"]
    assert italy.denied_by == ["(it.txt)"]
    assert "PRC police stations operate in CZ" not in found


def test_a_rejected_denial_is_no_longer_contested(kb: KnowledgeBase) -> None:
    denial = next(f for f in FACTS if f.kind == "denial")
    judgements = [*accept_all(FACTS), judge(denial.id, "reject", minute=30)]
    subjects = {p.subject for p in contested(KnowledgeBase(FACTS, judgements, DOCS))}
    assert "PRC police stations operate in NL" not in subjects


def test_diff_lists_what_changed_between_two_dates(kb: KnowledgeBase) -> None:
    change = diff(kb, date(2022, 9, 30), date(2022, 12, 31))
    assert set(change.stations_added) == {"CZ:Prague", "NL:Amsterdam", "IT:Prato"}
    assert change.countries_added == ("CZ", "NL")
    assert change.stations_confirmed == ("IT:Milan",)
    assert change.stations_closed == ("NL:Amsterdam",)
    assert change.stations_denied == ("NL:Amsterdam",)
    assert sorted(f.value for f in change.figures) == [53, 102]
    with pytest.raises(InputError, match="after --to"):
        diff(kb, date(2023, 1, 1), date(2022, 1, 1))


def test_nothing_changes_in_a_quiet_window(kb: KnowledgeBase) -> None:
    change = diff(kb, date(2023, 1, 1), date(2023, 6, 30))
    assert not (change.stations_added or change.stations_closed or change.figures)


def test_as_of_a_day_counts_only_judgements_made_by_the_end_of_it() -> None:
    from datetime import UTC, datetime

    from stationwatch.kb.aggregate import judged_later
    from stationwatch.kb.judgement import Judgement

    prato = next(f for f in FACTS if f.place == "Prato")
    judgements = [
        *accept_all([f for f in FACTS if f is not prato]),
        Judgement(prato.id, "accept", "ana", datetime(2022, 12, 28, 23, 59, tzinfo=UTC)),
        Judgement(prato.id, "reject", "ana", datetime(2023, 2, 1, tzinfo=UTC)),
    ]
    kb = KnowledgeBase(FACTS, judgements, DOCS, TinyGazetteer())
    end_of_2022 = kb.reviewed_on(date(2022, 12, 31))
    assert [str(c.station.key) for c in end_of_2022.lifecycles(date(2022, 12, 31))] == [
        "IT:Prato"]
    assert stats(kb.reviewed_on(date(2023, 3, 1)), date(2023, 3, 1)).documented_stations == 0
    now = stats(kb.reviewed_on(date(2024, 1, 1)), date(2024, 1, 1))
    assert "IT:Prato" not in {key for row in now.rows for key in row.stations}
    assert judged_later(kb, date(2022, 12, 31)) == 13
    change = diff(kb, date(2022, 9, 30), date(2022, 12, 31), bound_reviews=True)
    assert change.stations_added == ("IT:Prato",)


def test_lifecycles_asked_from_many_threads_for_many_days_stay_right_and_bounded(
        kb: KnowledgeBase) -> None:
    """A web server shares one knowledge base across request threads and "as of" days."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import timedelta

    from stationwatch.kb.knowledge import LIFECYCLE_DAYS_KEPT

    days = [date(2022, 1, 1) + timedelta(days=7 * n) for n in range(3 * LIFECYCLE_DAYS_KEPT)]
    expected = {day: [str(c.station.key) for c in KnowledgeBase(
        FACTS, accept_all(FACTS), DOCS, TinyGazetteer()).lifecycles(day)] for day in days[:5]}
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda day: (day, [str(c.station.key)
                                                   for c in kb.lifecycles(day)]), days * 3))
    for day, keys in answers:
        if day in expected:
            assert keys == expected[day]
    assert len(kb._lifecycles) <= LIFECYCLE_DAYS_KEPT
