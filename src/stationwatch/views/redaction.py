"""What each audience may see.

Four audiences read the web: ``public`` (anonymous, only with ``--public``),
``viewer``, ``analyst`` and ``admin``. Facts, notes and document fields can be
marked sensitive (identities of victims, witnesses or sources); a restricted
audience (public, viewer) never receives a sensitive value: the readmodel
passes every value it serves through the functions here, so pages, API,
search snippets and error messages all draw from already-redacted data.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Audience = Literal["public", "viewer", "analyst", "admin"]

#: Shown in place of a withheld value.
WITHHELD = "[withheld]"
#: Replaces each code point of a withheld span inside a text, so offsets stay valid.
BLOCK = "█"
#: Review states the public sees: what review has let through.
PUBLIC_STATES = frozenset({"accepted", "corrected"})
#: Decimal places of coordinates served to the public: about city precision.
PUBLIC_COORDINATE_DIGITS = 1


def restricted(audience: Audience) -> bool:
    """Whether sensitive values must be withheld from this audience."""
    return audience in ("public", "viewer")


def shows_sites(audience: Audience) -> bool:
    """A station's site is an address (a private home must never be published): analysts only.

    Where a fact names a site, the raw cell and the evidence around it are withheld too.
    """
    return not restricted(audience)


def may_review(audience: Audience) -> bool:
    return audience in ("analyst", "admin")


def shows_state(audience: Audience, state: str) -> bool:
    """The public sees reviewed facts only; signed-in users see candidates too."""
    return audience != "public" or state in PUBLIC_STATES


def shows_reviewers(audience: Audience) -> bool:
    """Reviewer names stay inside the team."""
    return audience != "public"


def value(audience: Audience, text: str | None, sensitive: bool) -> str | None:
    """A field value, or ``WITHHELD`` when it is sensitive and the audience restricted."""
    if text is None:
        return None
    return WITHHELD if sensitive and restricted(audience) else text


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with each span replaced code point by code point (offsets unchanged)."""
    chars = list(text)
    for start, end in spans:
        for index in range(max(start, 0), min(end, len(chars))):
            if not chars[index].isspace():
                chars[index] = BLOCK
    return "".join(chars)


def is_web_address(address: str | None) -> bool:
    """Whether a capture's address is a web URL; anything else (a file path on the
    analyst's machine, an archive member) is analyst-only."""
    return bool(address) and address.lower().startswith(("http://", "https://"))  # type: ignore[union-attr]


def shows_document(audience: Audience, published_facts: int) -> bool:
    """The public reads only documents that support at least one published fact."""
    return audience != "public" or published_facts > 0


def coordinate(audience: Audience, degrees: float | None) -> float | None:
    """Coordinates at city precision at most for the public."""
    if degrees is None:
        return None
    return round(degrees, PUBLIC_COORDINATE_DIGITS) if audience == "public" else degrees
