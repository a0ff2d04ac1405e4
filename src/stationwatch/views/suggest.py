"""What the extractor sees in a passage a reviewer selected: the prefill of "add a fact".

The extractor's own recognisers (gazetteer, bureau lexicon, numbers, dates and the fact
rules) run over the selection alone, so the form starts from the same reading the
extractor would have made, and the reviewer only fixes what it missed.
"""

from __future__ import annotations

from typing import Any

from stationwatch.extract.context import attach_matches, best_place, build_context
from stationwatch.extract.pipeline import RULES, deduplicate
from stationwatch.kb.fact import Fact
from stationwatch.schema import KIND_FIELDS

#: The longest selection read for a prefill (a few sentences, not a whole document).
MAX_SELECTION = 2000
#: Fields the prefill may fill.
PREFILL_FIELDS = ("kind", "polarity", "country", "place", "operator", "measure", "value",
                  "action", "incident_type", "agreement_type", "date", "claimant")


def suggest_fields(passage: str, doc_id: str = "selection",
                   lang: str | None = None) -> dict[str, Any]:
    """Field values for a new fact read from ``passage`` (empty dict: nothing recognised).

    A fact the rules produce wins; what they leave empty is filled from the first place,
    country, bureau, number and date the recognisers matched.
    """
    text = passage[:MAX_SELECTION]
    if not text.strip():
        return {}
    doc = attach_matches(build_context(text, doc_id, lang))
    found: list[Fact] = []
    for rule in RULES:
        found.extend(rule(doc))
    facts = deduplicate(found)
    values: dict[str, Any] = {}
    if facts:
        record = facts[0]
        values = {name: getattr(record, name) for name in PREFILL_FIELDS
                  if getattr(record, name) is not None}
    for sentence in doc.sentences:
        places = sentence.local_places()
        if places and "place" not in values:
            place = best_place(places[0])
            values["place"] = place.name
            values.setdefault("country", place.country)
        countries = [code for _, code in sentence.country_mentions() if code != "CN"]
        if countries:
            values.setdefault("country", countries[0])
        if sentence.operators:
            values.setdefault("operator", sentence.operators[0].operator.name)
        dates = sentence.dates()
        numbers = [n for n in sentence.numbers if not (n.ordinal or n.percent) and not any(
            d.start < n.end and n.start < d.end for d in dates)]
        if numbers:
            values.setdefault("value", numbers[0].value)
        if dates:
            values.setdefault("date", dates[0].iso)
    kind = values.setdefault("kind", "count" if "value" in values and "place" not in values
                             else "station")
    values.setdefault("polarity", "asserted")
    wanted = {*KIND_FIELDS[kind], "kind", "polarity", "date", "claimant"}
    return {name: value for name, value in values.items() if name in wanted}
