"""The fact vocabulary as data: kinds, their fields, enums and match keys.

Everything that needs to know what a fact kind looks like (extraction,
validation, storage, export, scoring) reads it from here, so adding a value
to an enum is a one-line change. Mirrors ``spec/facts.md``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Final

KINDS: Final = ("station", "count", "response", "incident", "agreement", "denial")
POLARITIES: Final = ("asserted", "denied")
MEASURES: Final = (
    "stations",
    "countries",
    "staff",
    "returns",
    "jurisdictions",
    "officers",
    "cases",
)
ACTIONS: Final = ("investigation", "closure", "arrest", "protest", "no_wrongdoing_found")
INCIDENT_TYPES: Final = ("forced_return", "persuasion", "harassment", "surveillance")
AGREEMENT_TYPES: Final = ("joint_patrol", "security_agreement")

#: Field order of a serialised fact (spec order).
FIELDS: Final = (
    "doc",
    "kind",
    "country",
    "place",
    "operator",
    "site",
    "measure",
    "value",
    "action",
    "incident_type",
    "agreement_type",
    "date",
    "claimant",
    "polarity",
    "confidence",
    "evidence",
)

#: Which optional fields apply to which kind (others are omitted on output).
KIND_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "station": ("country", "place", "operator", "site"),
    "count": ("country", "measure", "value"),
    "response": ("country", "place", "action"),
    "incident": ("country", "place", "incident_type"),
    "agreement": ("country", "agreement_type"),
    "denial": ("country",),
}

#: Optional fields left out of a record when empty (``site`` is analyst-level and rare).
OMIT_WHEN_EMPTY: Final = frozenset({"site"})
#: Longest site a fact may carry (the JSON Schema's ``maxLength``).
SITE_MAX_CHARS: Final = 200

#: The fields that identify a fact within a document (the scorer's key).
MATCH_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "station": ("country", "place", "polarity"),
    "count": ("measure", "value", "country"),
    "response": ("country", "action", "polarity"),
    "incident": ("incident_type", "country"),
    "agreement": ("country", "agreement_type"),
    "denial": ("country",),
}


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of a fact record, shipped with the package."""
    text = resources.files(__package__).joinpath("facts.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
