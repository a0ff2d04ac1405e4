"""Judgements: who accepted, rejected, corrected or merged what, when and why.

A fact is never edited in place. Its review state and its effective (corrected)
values are read off the judgements about it, in the order they were made, so
the history stays auditable and any earlier state can be reconstructed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, get_args

import pycountry

from stationwatch.errors import InputError, said
from stationwatch.kb.dates import PartialDate
from stationwatch.kb.fact import Fact
from stationwatch.schema import (
    ACTIONS,
    AGREEMENT_TYPES,
    INCIDENT_TYPES,
    KINDS,
    MEASURES,
    POLARITIES,
)
from stationwatch.schema.limits import TEXT_LIMITS, VALUE_RANGE, check_int, check_text

Verdict = Literal["accept", "reject", "correct", "merge", "split", "reopen"]
ReviewState = Literal["candidate", "accepted", "rejected", "corrected", "merged"]
VERDICTS: tuple[str, ...] = get_args(Verdict)

#: Fields a correction may set, with the values allowed (None: any string).
CORRECTABLE: dict[str, tuple[str, ...] | None] = {
    "kind": KINDS,
    "polarity": POLARITIES,
    "country": None,
    "place": None,
    "operator": None,
    "site": None,
    "measure": MEASURES,
    "value": None,
    "action": ACTIONS,
    "incident_type": INCIDENT_TYPES,
    "agreement_type": AGREEMENT_TYPES,
    "date": None,
    "claimant": None,
}


@dataclass(frozen=True, slots=True)
class Judgement:
    """One reviewer's decision about one subject (a fact id, or a station key for merge/split).

    ``reopen`` sends a judged fact back to the review queue (its history stays).

    ``corrected`` holds the new values of a ``correct``; ``target`` the id a
    ``merge`` folds the subject into; ``policy`` names the rule behind an
    automatic judgement (``accept-all``), None for a person's own call.
    """

    fact_id: str
    verdict: Verdict
    reviewer: str
    at: datetime
    reason: str | None = None
    corrected: Mapping[str, Any] = field(default_factory=dict)
    target: str | None = None
    policy: str | None = None
    id: str = ""
    checked: bool = field(default=True, compare=False, repr=False)

    def __post_init__(self) -> None:
        """Refuse a malformed judgement; ``checked=False`` (a stored one being read back)
        defers the value checks to ``problem``, so one bad row cannot stop a reader."""
        if self.verdict not in VERDICTS:
            raise InputError(said("verdict %(verdict)r: expected one of %(verdicts)s",
                                  verdict=self.verdict, verdicts=', '.join(VERDICTS)))
        if self.at.tzinfo is None:
            raise InputError(said("judgement time %(at)s: must be timezone-aware (UTC)",
                                  at=self.at.isoformat()))
        if self.checked:
            self._check()
        object.__setattr__(self, "at", self.at.astimezone(UTC))
        if not self.id:
            object.__setattr__(self, "id", self._digest())

    def _check(self) -> None:
        if self.reason is not None:
            check_text("reason", self.reason)
        if self.target is not None:
            check_text("target", self.target)
        if self.verdict == "correct":
            if not self.corrected:
                raise InputError(said("a correction needs at least one field=value"))
            for name, value in self.corrected.items():
                check_correction(name, value)
        if self.verdict == "merge" and not self.target:
            raise InputError(said("merging %(fact)s: a merge needs a target id",
                                  fact=self.fact_id))

    def check(self) -> None:
        """``InputError`` naming why this judgement cannot be applied (see ``problem``)."""
        self._check()

    @property
    def problem(self) -> str | None:
        """Why this judgement cannot be applied (a stored value no check would let in now)."""
        try:
            self._check()
        except InputError as error:
            return str(error)
        return None
    def _digest(self) -> str:
        payload = [self.fact_id, self.verdict, self.reviewer, self.at.isoformat(),
                   self.reason, dict(self.corrected), self.target, self.policy]
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id, "fact_id": self.fact_id, "verdict": self.verdict,
            "reviewer": self.reviewer, "at": self.at.isoformat(), "reason": self.reason,
            "corrected": dict(self.corrected), "target": self.target, "policy": self.policy,
        }


def check_correction(name: str, value: Any) -> None:
    """Refuse a field that does not exist or a value its type does not allow.

    Enums take their listed values, ``value`` a count in ``VALUE_RANGE``,
    ``country`` an assigned ISO 3166-1 alpha-2 code, ``date`` a real calendar
    date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), free text its bound. Whether a
    place is in the gazetteer depends on the country: ``kb.corrections`` checks it.
    """
    if not isinstance(name, str) or name not in CORRECTABLE:
        allowed = ", ".join(CORRECTABLE)
        raise InputError(said("cannot correct field %(name)r: correctable fields are "
                              "%(allowed)s", name=str(name)[:40], allowed=allowed))
    choices = CORRECTABLE[name]
    if value is None:
        if name in ("kind", "polarity"):
            raise InputError(said("%(name)s: cannot be cleared, expected one of %(choices)s",
                                  name=name, choices=", ".join(choices or ())))
        return
    if name == "value":
        check_int("value", value, VALUE_RANGE)
        return
    if not isinstance(value, str):
        raise InputError(said("%(name)s=%(value)r: expected text", name=name, value=value))
    check_text(name, value, TEXT_LIMITS["correction"])
    if choices is not None and value not in choices:
        raise InputError(said("%(name)s=%(value)r: expected one of %(choices)s", name=name,
                              value=value[:40], choices=", ".join(choices)))
    if name == "country" and not _iso_country(value):
        raise InputError(said("country=%(value)r: expected an ISO 3166-1 alpha-2 code such "
                              "as IT", value=value[:40]))
    if name == "date":
        if not _DATE.fullmatch(value):
            raise InputError(said("date=%(value)r: expected YYYY, YYYY-MM or YYYY-MM-DD",
                                  value=value[:40]))
        PartialDate.parse(value)  # a real day: 2022-13-45 is refused here
    if name in ("place", "operator", "claimant") and not value.strip():
        raise InputError(said("%(name)s: give a name, or leave it empty to clear the field",
                              name=name))


_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")


def _iso_country(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isupper() and (
        pycountry.countries.get(alpha_2=code) is not None)


def parse_assignment(text: str) -> tuple[str, Any]:
    """``field=value`` from the command line: ``value=102`` is a number, ``place=`` clears."""
    name, sep, raw = text.partition("=")
    name = name.strip()
    if not sep or not name:
        raise InputError(said("--set %(text)r: expected field=value", text=text[:60]))
    value: Any = raw.strip() or None
    if name == "value" and value is not None:
        try:
            value = int(value)
        except ValueError:
            raise InputError(said("--set %(text)r: value must be a whole number",
                                  text=text[:60])) from None
    if name == "country" and value is not None:
        value = value.upper()
    check_correction(name, value)
    return name, value


def ordered(judgements: Iterable[Judgement]) -> list[Judgement]:
    """Judgements in the order they were made (ties broken by id, so the order is stable)."""
    return sorted(judgements, key=lambda j: (j.at, j.id))


_STATE_OF: dict[str, ReviewState] = {
    "accept": "accepted", "reject": "rejected", "correct": "corrected", "merge": "merged",
    "reopen": "candidate",  # back in the queue; earlier corrections still apply until re-judged
}


def review_state(fact_id: str, judgements: Iterable[Judgement]) -> ReviewState:
    """The state the latest judgement about ``fact_id`` left it in; ``candidate`` if none."""
    state: ReviewState = "candidate"
    for judgement in ordered(j for j in judgements if j.fact_id == fact_id):
        state = _STATE_OF.get(judgement.verdict, state)
    return state


def effective_fact(fact: Fact, judgements: Iterable[Judgement]) -> Fact:
    """The fact with every correction about it applied in order; the original is untouched."""
    changes: dict[str, Any] = {}
    for judgement in ordered(j for j in judgements if j.fact_id == fact.id):
        if judgement.verdict == "correct":
            changes.update(judgement.corrected)
    return fact.with_(**changes) if changes else fact


@dataclass(frozen=True, slots=True)
class ReviewedFact:
    """A fact as review left it: original, effective values, state and history."""

    fact_id: str
    original: Fact
    fact: Fact
    state: ReviewState
    judgements: tuple[Judgement, ...] = ()
    problem: str | None = None

    @property
    def counts(self) -> bool:
        """Whether the fact feeds entities and aggregates (accepted or corrected, not broken)."""
        return self.state in ("accepted", "corrected") and self.problem is None


def review(facts: Iterable[Fact], judgements: Iterable[Judgement],
           until: datetime | None = None) -> list[ReviewedFact]:
    """Apply judgements (optionally only those made up to ``until``) to each fact."""
    by_fact: dict[str, list[Judgement]] = {}
    for judgement in judgements:
        if until is None or judgement.at <= until:
            by_fact.setdefault(judgement.fact_id, []).append(judgement)
    reviewed = []
    for fact in facts:
        fact_id = fact.id
        history = ordered(by_fact.get(fact_id, ()))
        state: ReviewState = "candidate"
        changes: dict[str, Any] = {}
        problem = _date_problem(fact.date)
        for judgement in history:  # one pass: what review_state and effective_fact compute
            if not judgement.checked:
                problem = problem or judgement.problem or "a judgement could not be read"
                continue
            state = _STATE_OF.get(judgement.verdict, state)
            if judgement.verdict == "correct":
                changes.update(judgement.corrected)
        reviewed.append(ReviewedFact(fact_id, fact, fact.with_(**changes) if changes else fact,
                                     state, tuple(history), problem))
    return reviewed


def _date_problem(text: str | None) -> str | None:
    """Why a stored fact's own date cannot be read (dates are parsed once, so this is cheap)."""
    if not text:
        return None
    try:
        PartialDate.parse(text)
    except InputError as error:
        return str(error)
    return None
