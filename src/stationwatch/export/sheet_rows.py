"""A station sheet's rows as station facts: columns mapped, cells normalised, nothing invented.

Every row becomes one station fact per operator it names (one with no operator
when it names none), its evidence the row as it stands in the stored text. Places
go through the gazetteer (see ``sheet_cells``); the raw place cell is kept as the
fact's ``original_value``. A row with no date has no date: when the sheet's claims
were made is said once, by ``import --as-of`` (the sheet's own date), never guessed.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime

import pycountry

from stationwatch.errors import InputError
from stationwatch.export.sheet_cells import Places, known, read_place
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.schema import SITE_MAX_CHARS

#: Fact fields a spreadsheet column can fill.
TARGETS = ("country", "place", "site", "operator", "date", "claimant", "source_url", "address")
#: Header spellings recognised without a ``--map`` (``export --shape stations`` writes these).
DEFAULT_MAP = {"country": "country", "host country": "country", "city": "place",
               "place": "place", "town": "place", "location": "place", "site": "site",
               "operator": "operator", "operators": "operator", "bureau": "operator",
               "psb": "operator", "run by": "operator", "date": "date", "reported": "date",
               "first reported": "date", "first_reported": "date", "claimant": "claimant",
               "source": "source_url", "sources": "source_url", "source url": "source_url",
               "url": "source_url", "address": "address"}
_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


@dataclass
class SheetRead:
    """The facts of a sheet and what reading it found worth telling the user."""

    facts: list[Fact] = field(default_factory=list)
    unrecognised: list[str] = field(default_factory=list)
    #: Rows with neither place nor site: one station of their country, counted only
    #: where no other is documented there (see ``aggregate.documented``).
    unplaced_rows: int = 0
    undated_rows: int = 0


def parse_mapping(text: str | None) -> dict[str, str]:
    """``--map city=place,bureau=operator`` as {header: field}."""
    mapping: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in (text or "").split(","))):
        header, sep, target = pair.partition("=")
        if not sep or target.strip() not in TARGETS:
            raise InputError(f"--map {pair!r}: expected COLUMN=FIELD, FIELD one of "
                             f"{', '.join(TARGETS)}")
        mapping[header.strip().casefold()] = target.strip()
    return mapping


def resolve_columns(headers: list[str], mapping: dict[str, str]) -> dict[int, str]:
    """Column index → field, the explicit mapping first, known header names second."""
    columns = {}
    for index, header in enumerate(headers):
        key = header.strip().casefold()
        target = mapping.get(key) or DEFAULT_MAP.get(key)
        if target:
            columns[index] = target
    if "country" not in columns.values():
        raise InputError(f"no column maps to country (headers: {', '.join(headers)}); "
                         "use --map HEADER=country")
    return columns


def country_code(value: str, where: str) -> str:
    text = value.strip()
    try:
        found = pycountry.countries.lookup(text)
    except LookupError:
        raise InputError(f"{where}: country {text!r} is not a country name or ISO code") from None
    return str(found.alpha_2)


def clean_date(value: object, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str) and known(value) is None:
        return None
    match = _DATE.match(str(value))
    if not match:
        raise InputError(f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    return "-".join([year] + [f"{int(p):02d}" for p in (month, day) if p])


def row_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """Each CSV record of the stored text with its code-point span (quoted newlines included)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    reader = csv.reader(io.StringIO(text))
    spans = []
    previous = 0
    for record in reader:
        start, end = starts[previous], starts[min(reader.line_num, len(lines))]
        previous = reader.line_num
        chunk = text[start:end].rstrip("\r\n")
        if record and any(c.strip() for c in record):
            spans.append((start, start + len(chunk), record))
    return spans


def _defused(cell: str) -> str:
    """A cell as a person wrote it: the ``'`` our CSV export puts before a formula-like
    value ("-", "=…") is not part of it."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in ("=", "+", "-", "@") else cell


def spreadsheet_facts(name: str, text: str, mapping: dict[str, str],
                      places: Places | None = None) -> SheetRead:
    """Station facts from a sheet's stored text, and what could not be read as a place."""
    spans = row_spans(text)
    if not spans:
        raise InputError(f"{name}: the spreadsheet is empty")
    columns = resolve_columns(spans[0][2], mapping)
    read = SheetRead()
    for number, (start, end, record) in enumerate(spans[1:], start=2):
        where = f"{name} row {number}"
        values: dict[str, str] = {}
        for index, written in enumerate(record):
            target = columns.get(index)
            if target and written.strip() and target not in values:
                values[target] = _defused(written.strip())
        if known(values.get("country")) is None:
            raise InputError(f"{where}: no country")
        country = country_code(values["country"], where)
        raw_place = values.get("place")
        cell = read_place(raw_place or "", country, places)
        if cell.unrecognised:
            read.unrecognised.append(raw_place or "")
        sites = [s for s in (cell.site, known(values.get("site")), known(values.get("address")))
                 if s]
        site = "; ".join(dict.fromkeys(sites))[:SITE_MAX_CHARS] or None
        read.unplaced_rows += cell.place is None and site is None
        when = clean_date(values.get("date"), where)
        read.undated_rows += when is None
        operators = [known(o) for o in (values.get("operator") or "").split(";")]
        for operator in dict.fromkeys(o for o in operators if o) or [None]:
            read.facts.append(Fact(
                doc=name, kind="station", evidence=Evidence(start, end, text[start:end]),
                country=country, place=cell.place, site=site, operator=operator, date=when,
                claimant=known(values.get("claimant")), original_value=raw_place))
    return read
