"""What a person typed in a station sheet's cell, read as place, site or nothing.

NGO sheets say "Barcelona (1 of 3)", "Budapest - Kőbánya (District X)",
"Paris 13e (avenue de Choisy)", "unknown city" or "不详". The place goes through
the gazetteer (its English GeoNames name, so it meets extracted facts and the
map), a district or borough resolves to its city with the district kept as the
site, whatever else the cell says is the site, and values that mean "unknown"
become null. The raw cell is kept verbatim by the caller (``original_value``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from stationwatch.schema import SITE_MAX_CHARS
from stationwatch.text.gazetteer import Place
from stationwatch.text.view import fold, is_cjk

#: Cell values that mean "not known", folded (lower case, no accents, simplified Chinese).
UNKNOWN = frozenset({
    "", "?", "??", "-", "--", "—", "n/a", "na", "n.a.", "none", "null", "tbd", "unknown",
    "not known", "not stated", "unclear", "不详", "未知", "不明", "sconosciuto", "sconosciuta",
    "ignoto", "desconocido", "desconocida", "inconnu", "inconnue", "unbekannt", "onbekend",
    "desconhecido", "desconhecida",
})
#: A cell that starts with one of these words is unknown whatever follows ("unknown city").
_UNKNOWN_LEAD = re.compile(r"^(unknown|unclear|not known|n/a|sconosciut[oa]|desconocid[oa]|"
                           r"inconnue?|unbekannt|onbekend|desconhecid[oa])\b")
_NOTE = re.compile(r"\s*[(（\[]([^)）\]]*)[)）\]]")
_SEPARATORS = re.compile(r"\s+[-–—/|]\s+|\s*[,;，；、]\s*")
#: Region codes written after a city ("Brossard QC", "Markham ON") add nothing to the site.
_REGION_CODE = re.compile(r"^[A-Z]{2,3}$")


class Places(Protocol):
    """What reading a place cell needs from the gazetteer."""

    def lookup(self, name: str, country: str | None = None) -> Place | None: ...

    def city_of(self, district: Place) -> Place | None: ...


def is_unknown(value: str | None) -> bool:
    """Whether a cell says nothing: empty, "unknown", "n/a", "?", "不详", "sconosciuto"…"""
    if value is None:
        return True
    text = fold(" ".join(value.split())).strip(" .")
    return text in UNKNOWN or bool(_UNKNOWN_LEAD.match(text))


def known(value: str | None) -> str | None:
    """The cell tidied, or None when it means unknown."""
    return None if is_unknown(value) else " ".join(str(value).split())


@dataclass(frozen=True, slots=True)
class PlaceCell:
    """A place cell read: the gazetteer place, the site, and whether the place was found."""

    raw: str
    place: str | None
    site: str | None

    @property
    def unrecognised(self) -> bool:
        """The cell names something (not "unknown") that no gazetteer entry matched."""
        return self.place is None and not is_unknown(self.raw)


def _prefixes(piece: str) -> list[tuple[str, str]]:
    """``(head, rest)`` splits of a piece, longest head first: word by word, or for Chinese
    character by character ("Paris 13e" → "Paris" + "13e", "巴黎13区" → "巴黎" + "13区")."""
    words = piece.split()
    found = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(len(words), 0, -1)]
    if piece and is_cjk(piece[0]) and len(words) == 1:
        found += [(piece[:n], piece[n:]) for n in range(len(piece) - 1, 1, -1)]
    return found


def _resolve(piece: str, country: str, places: Places) -> tuple[Place, str] | None:
    for head, rest in _prefixes(piece):
        entry = places.lookup(head, country)
        if entry is not None and entry.kind != "country":
            return entry, rest
    return None


def _site(parts: list[str]) -> str | None:
    kept = [p for p in (" ".join(part.split()) for part in parts)
            if p and not _REGION_CODE.match(p) and not is_unknown(p)]
    text = ", ".join(kept)
    return text[:SITE_MAX_CHARS] or None


def read_place(raw: str, country: str, places: Places | None) -> PlaceCell:
    """Place and site from one cell; of the pieces the gazetteer knows, the most populous
    is the place ("Kőbánya, Budapest": Budapest), the others are the site."""
    if is_unknown(raw):
        return PlaceCell(raw, None, None)
    notes = [n.strip() for n in _NOTE.findall(raw)]
    base = _NOTE.sub(" ", raw)
    pieces = [p.strip() for p in _SEPARATORS.split(base) if p.strip()]
    best: tuple[int, int, Place, str] | None = None
    for index, piece in enumerate(pieces if places is not None else []):
        found = _resolve(piece, country, places) if places is not None else None
        if found is not None and (best is None or found[0].population > best[0]):
            best = (found[0].population, index, *found)
    if best is None or places is None:
        return PlaceCell(raw, None, _site([base, *notes]) if pieces else None)
    _, index, entry, rest = best
    others = pieces[:index] + ([rest] if rest else []) + pieces[index + 1:]
    if entry.kind == "district" and (city := places.city_of(entry)) is not None:
        return PlaceCell(raw, city.name, _site([entry.name, *others, *notes]))
    return PlaceCell(raw, entry.name, _site([*others, *notes]))
