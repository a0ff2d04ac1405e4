"""The typed fact form: one input per field, read and checked on the server, errors per field.

The correction form and the "add a fact" form share it. Each field has one widget (a
country picker, a place box completed from the gazetteer, the bureau list, a number, a
date) and one parser that returns the cleaned value or a message shown beside the field.
Input names are ``f_<field>`` so they never collide with the form's other inputs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from stationwatch.errors import InputError
from stationwatch.kb.judgement import check_correction
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.schema import (
    ACTIONS,
    AGREEMENT_TYPES,
    INCIDENT_TYPES,
    KIND_FIELDS,
    KINDS,
    MEASURES,
    POLARITIES,
)
from stationwatch.views.review_queue import country_choices, operator_choices
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.i18n import gettext as _
from stationwatch.web.l10n import number as local_number
from stationwatch.web.terms import N_

#: Largest figure a form accepts (the biggest reported counts are in the thousands).
MAX_VALUE = 10_000_000
MAX_TEXT = 200
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One form field: its label, widget (select, place, number, date, text) and choices."""

    name: str
    label: str
    widget: str
    choices: tuple[tuple[str, str], ...] = ()


def _enum(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((v, v.replace("_", " ")) for v in values)


def field_specs() -> dict[str, FieldSpec]:
    """Every field the forms can show, in display order."""
    return {spec.name: spec for spec in (
        FieldSpec("kind", N_("Kind"), "select", _enum(KINDS)),
        FieldSpec("polarity", N_("Polarity"), "select", _enum(POLARITIES)),
        FieldSpec("country", N_("Country"), "select", country_choices()),
        FieldSpec("place", N_("Place"), "place"),
        FieldSpec("operator", N_("Operator (bureau)"), "select", operator_choices()),
        FieldSpec("measure", N_("Measure"), "select", _enum(MEASURES)),
        FieldSpec("value", N_("Number"), "number"),
        FieldSpec("action", N_("Action"), "select", _enum(ACTIONS)),
        FieldSpec("incident_type", N_("Incident type"), "select", _enum(INCIDENT_TYPES)),
        FieldSpec("agreement_type", N_("Agreement type"), "select", _enum(AGREEMENT_TYPES)),
        FieldSpec("date", N_("Date (YYYY, YYYY-MM or YYYY-MM-DD)"), "date"),
        FieldSpec("claimant", N_("Claimant"), "text"),
    )}


def fields_for(kind: str) -> list[str]:
    """The fields a fact of ``kind`` carries, in display order (kind itself excluded)."""
    wanted = {*KIND_FIELDS.get(kind, ()), "polarity", "date", "claimant"}
    return [name for name in field_specs() if name in wanted]


def _choice(spec: FieldSpec, raw: str) -> str:
    if raw not in {code for code, _label in spec.choices}:
        raise InputError(_("%(value)r is not in the list; pick one") % {"value": raw})
    return raw


def _number(raw: str) -> int:
    try:
        number = int(raw)
    except ValueError:
        raise InputError(_("%(value)r is not a whole number") % {"value": raw}) from None
    if not 0 <= number <= MAX_VALUE:
        raise InputError(_("expected a number from 0 to %(max)s") % {"max": local_number(MAX_VALUE)})
    return number


def _date(raw: str) -> str:
    if not _DATE.fullmatch(raw):
        raise InputError(_("%(value)r: write YYYY, YYYY-MM or YYYY-MM-DD") % {"value": raw})
    parts = [int(p) for p in raw.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise InputError(_("%(value)r is not a date in the calendar") % {"value": raw}) from None
    return raw


def _text(raw: str) -> str:
    if len(raw) > MAX_TEXT:
        raise InputError(_("at most %(max)s characters") % {"max": MAX_TEXT})
    return raw


def parse_fields(form: Mapping[str, Any], names: list[str],
                 places: PlaceLookup | None) -> tuple[dict[str, Any], dict[str, str]]:
    """The cleaned value of each named field (None: left empty) and the error of each bad one.

    A place the gazetteer knows in the chosen country is written by its English name
    ("Milano" → "Milan"), as the extractor writes it.
    """
    specs = field_specs()
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in names:
        spec = specs[name]
        raw = " ".join(str(form.get(f"f_{name}", "")).split())
        if not raw:
            values[name] = None
            continue
        parsers: dict[str, Callable[[str], Any]] = {"number": _number, "date": _date}
        try:
            values[name] = (_choice(spec, raw) if spec.widget == "select"
                            else parsers.get(spec.widget, _text)(raw))
            check_correction(name, values[name])
        except InputError as error:
            errors[name] = message_of(error)
    place, country = values.get("place"), values.get("country")
    if place and places is not None and "place" not in errors:
        known = places.lookup(place, country)
        if known is not None:
            values["place"] = known.name
    return values, errors
