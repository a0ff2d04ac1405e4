"""Review state and corrections are read off judgements; facts are never edited."""

from __future__ import annotations

from datetime import datetime

import pytest

from stationwatch.errors import InputError
from stationwatch.kb.judgement import (
    Judgement,
    effective_fact,
    parse_assignment,
    review,
    review_state,
)
from tests.kb.factories import fact, judge

MILAN = fact("a.txt", country="IT", place="Milan", operator="Wenzhou", original_value="Milano")


def test_a_fact_without_judgements_is_a_candidate() -> None:
    assert review_state(MILAN.id, []) == "candidate"


def test_the_latest_judgement_decides_whatever_order_they_arrive_in() -> None:
    history = [judge(MILAN.id, "reject", minute=5), judge(MILAN.id, "accept", minute=1)]
    assert review_state(MILAN.id, history) == "rejected"
    assert review_state(MILAN.id, [*history, judge(MILAN.id, "accept", minute=9)]) == "accepted"


def test_judgements_about_other_facts_are_ignored() -> None:
    assert review_state(MILAN.id, [judge("other", "accept")]) == "candidate"


def test_a_correction_gives_an_effective_fact_and_leaves_the_original_alone() -> None:
    fix = judge(MILAN.id, "correct", corrected={"operator": "Qingtian", "date": "2018"})
    corrected = effective_fact(MILAN, [fix])
    assert (corrected.operator, corrected.date) == ("Qingtian", "2018")
    assert MILAN.operator == "Wenzhou"
    [reviewed] = review([MILAN], [fix])
    assert reviewed.state == "corrected" and reviewed.counts
    assert reviewed.original is MILAN and reviewed.fact_id == MILAN.id


def test_corrections_accumulate_and_a_later_reject_wins() -> None:
    history = [judge(MILAN.id, "correct", minute=1, corrected={"operator": "Qingtian"}),
               judge(MILAN.id, "correct", minute=2, corrected={"date": "2018-05"}),
               judge(MILAN.id, "reject", minute=3, reason="not a station")]
    [reviewed] = review([MILAN], history)
    assert reviewed.state == "rejected" and not reviewed.counts
    assert (reviewed.fact.operator, reviewed.fact.date) == ("Qingtian", "2018-05")


def test_review_can_be_read_as_of_an_earlier_moment() -> None:
    history = [judge(MILAN.id, "accept", minute=1), judge(MILAN.id, "reject", minute=9)]
    [then] = review([MILAN], history, until=history[0].at)
    assert then.state == "accepted"


@pytest.mark.parametrize(("fields", "message"), [
    ({"colour": "red"}, "cannot correct field 'colour'"),
    ({"action": "bombing"}, "action='bombing'"),
    ({"country": "Italy"}, "ISO 3166-1"),
    ({}, "at least one field"),
])
def test_bad_corrections_are_refused_with_a_clear_message(fields: dict[str, object],
                                                          message: str) -> None:
    with pytest.raises(InputError, match=message):
        judge(MILAN.id, "correct", corrected=fields)


def test_judgements_need_aware_times_known_verdicts_and_merge_targets() -> None:
    with pytest.raises(InputError, match="timezone"):
        Judgement(MILAN.id, "accept", "ana", datetime(2024, 1, 1))
    with pytest.raises(InputError, match="verdict 'approve'"):
        judge(MILAN.id, "approve")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="needs a target"):
        judge(MILAN.id, "merge")


def test_judgement_ids_are_deterministic_and_distinct() -> None:
    assert judge(MILAN.id, "accept").id == judge(MILAN.id, "accept").id
    assert judge(MILAN.id, "accept").id != judge(MILAN.id, "reject").id


def test_command_line_assignments_are_typed_and_checked() -> None:
    assert parse_assignment("value=102") == ("value", 102)
    assert parse_assignment("country=it") == ("country", "IT")
    assert parse_assignment("place=") == ("place", None)
    with pytest.raises(InputError, match="whole number"):
        parse_assignment("value=many")
    with pytest.raises(InputError, match="field=value"):
        parse_assignment("operator")
