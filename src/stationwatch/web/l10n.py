"""Template filters that localise what the store holds: dates, numbers, countries, terms.

Dates and times are written with Babel in the reader's locale ("2022年9月30日"); in
English they stay ISO 8601 (2022-09-30, 2022-09-30 14:05 UTC), which no English reader
misreads as day-first or month-first. A partial date keeps its precision: "2022-09"
is "2022年9月", never a made-up day. Fact kinds, statuses and other vocabulary go
through their catalogue entries (``web.terms``), with the term's context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from jinja2 import Environment

from stationwatch.web import i18n

_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@cache
def _territories(locale: str) -> Mapping[str, str]:
    """CLDR's country names in ``locale``, by ISO code (parsed once per locale)."""
    names: Mapping[str, str] = Locale.parse(locale).territories
    return names


@cache
def _languages(locale: str) -> Mapping[str, str]:
    names: Mapping[str, str] = Locale.parse(locale).languages
    return names


def day(value: Any) -> str:
    """A date as written in the store (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), localised.

    Anything else (an empty value, an unreadable string) is shown as it is.
    """
    if value is None or value == "":
        return ""
    text = str(value)
    locale = i18n.current()
    matched = _DAY.fullmatch(text)
    if locale == i18n.DEFAULT or not matched:
        return text
    year, month, dom = matched.groups()
    try:
        when = date(int(year), int(month or 1), int(dom or 1))
    except ValueError:
        return text
    if dom:
        return format_date(when, "long", locale=locale)
    return format_skeleton("yMMM" if month else "y", when, locale=locale)


def moment(value: Any) -> str:
    """A timestamp (ISO 8601, UTC when it has no zone) to the minute, localised, "UTC" added."""
    if value is None or value == "":
        return ""
    text = str(value)
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    locale = i18n.current()
    if locale == i18n.DEFAULT:
        return when.strftime("%Y-%m-%d %H:%M UTC")
    return (f"{format_date(when, 'long', locale=locale)} "
            f"{format_skeleton('Hm', when, locale=locale)} UTC")


def number(value: Any) -> str:
    """A count or figure with the locale's grouping (12,345); anything else as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "" if value is None else str(value)
    return format_decimal(value, locale=i18n.current())


def number_format(value: Any, pattern: str) -> str:
    """A number in a fixed pattern (``0.00`` for a confidence), with the locale's symbols."""
    if value is None:
        return ""
    return format_decimal(value, format=pattern, locale=i18n.current())


def country(code: Any, name: Any = None) -> str:
    """A country's name in the reader's language (CLDR through Babel), by ISO code.

    English keeps the name the store gives (``name``); a code CLDR does not know keeps it too.
    """
    fallback = str(name) if name else str(code or "")
    locale = i18n.current()
    if not code or locale == i18n.DEFAULT:
        return fallback
    return _territories(locale).get(str(code).upper(), fallback)


def language(code: Any) -> str:
    """A document's language code in the reader's language ("zh" → "中文"); English: the code."""
    text = str(code or "")
    locale = i18n.current()
    if not text or locale == i18n.DEFAULT:
        return text
    names = _languages(locale)
    return names.get(text.replace("-", "_"), names.get(text.split("-")[0], text))


def term(value: Any, context: str) -> str:
    """A vocabulary value (a kind, status, verdict, field ...) in the reader's language.

    ``context`` is the term's group in ``web.terms``; a value not in the catalogue is
    shown as it is.
    """
    if value is None or value == "":
        return ""
    text = str(value)
    found = i18n.pgettext(context, text)
    return found.replace("_", " ") if found == text else found


#: Fact fields whose values are vocabulary (``web.terms`` groups of the same name).
_TERM_FIELDS = frozenset({"kind", "polarity", "measure", "action", "incident_type",
                          "agreement_type"})


def value_of(value: Any, field: str) -> str:
    """A fact's value for display, by field: terms translated, dates, numbers, countries."""
    if value is None:
        return ""
    if field in _TERM_FIELDS:
        return term(value, field)
    if field == "date":
        return day(value)
    if field == "value":
        return number(value)
    if field == "country":
        return country(value)
    return str(value)


def choice_label(label: Any, field: str, code: Any) -> str:
    """The label of a form's choice: a term or a country in the reader's language."""
    if field in _TERM_FIELDS:
        return term(code, field)
    if field == "country":
        return country(code, label)
    return str(label)


_RESPONSE = re.compile(r"response: (\w+) \((\w+)\)")


def event(what: Any) -> str:
    """A lifecycle event ("first reported", "denied by X", "response: closure (asserted)")."""
    text = str(what or "")
    if text in ("first reported", "reported", "denied"):
        return i18n.pgettext("event", text)
    if text.startswith("denied by "):
        return i18n.pgettext("event", "denied by %(claimant)s") % {
            "claimant": text.removeprefix("denied by ")}
    matched = _RESPONSE.fullmatch(text)
    if matched:
        return i18n.pgettext("event", "response: %(action)s (%(polarity)s)") % {
            "action": term(matched[1], "action"), "polarity": term(matched[2], "polarity")}
    return text


def translate(message: Any) -> str:
    """A message made in Python (``N_``-marked), translated as plain text.

    Never ``_()`` on a variable in a template: the i18n extension marks its result safe
    HTML and %-formats it, which is right for a literal and wrong for anything else.
    """
    return i18n.gettext(str(message)) if message else ""


def headline(glance: Any) -> str:
    """"N stations in M countries, run by K bureaus, as of D", each count in its plural form."""
    gettext, ngettext = i18n.gettext, i18n.ngettext
    return gettext("%(stations)s in %(countries)s, run by %(bureaus)s, as of %(date)s") % {
        "stations": ngettext("%(num)s station", "%(num)s stations", glance.stations) % {
            "num": number(glance.stations)},
        "countries": ngettext("%(num)s country", "%(num)s countries", glance.countries) % {
            "num": number(glance.countries)},
        "bureaus": ngettext("%(num)s bureau", "%(num)s bureaus", glance.bureaus) % {
            "num": number(glance.bureaus)},
        "date": day(glance.as_of)}


def map_text(statuses: tuple[str, ...]) -> dict[str, Any]:
    """What static/map.js writes in popups and tooltips, in the reader's language.

    Country names are sent by ISO code for a translated page (the map's data is English).
    """
    locale = i18n.current()
    gettext = i18n.gettext
    return {
        "placeNotStated": gettext("(place not stated)"),
        "operatorNotStated": gettext("operator not stated"),
        "place": gettext("%(place)s, %(country)s"),
        "documented": gettext("%(country)s: %(n)s documented"),
        "loadError": gettext("The map could not load its data: %(error)s"),
        "status": {s: term(s, "status") for s in statuses},
        "countries": {} if locale == i18n.DEFAULT else dict(_territories(locale)),
    }


def install(env: Environment) -> None:
    """gettext in the templates (``_()``, ``{% trans %}``, trimmed) and the filters above."""
    env.add_extension("jinja2.ext.i18n")
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_callables(  # type: ignore[attr-defined]  # added by the extension
        i18n.gettext, i18n.ngettext, newstyle=True, pgettext=i18n.pgettext,
        npgettext=i18n.npgettext)
    env.filters.update({"day": day, "moment": moment, "number": number, "country": country,
                        "term": term, "value_of": value_of,
                        "choice_label": choice_label, "event": event,
                        "language": language,
                        "translate": translate, "headline": headline,
                        "number_format": number_format})
