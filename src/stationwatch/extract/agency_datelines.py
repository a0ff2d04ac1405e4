"""Latin-script datelines that open with the agency: "(ANSA) - PAVIA, 21 GEN -".

Italian agencies (and some others) write the agency first, then the city and the day, before
the report's first sentence. Local news is filed from the town where it happened, so the
city is often the site's own ("(ANSA) - PRATO, 14 MAR - … un centro servizi … del
Macrolotto"); but where the sentence goes on to name another city, the dateline only says
where the report was filed, a provincial seat or a capital ("(ANSA) - PAVIA, 21 GEN - I
carabinieri hanno perquisito … a Voghera"), and is no station's place.
"""

from __future__ import annotations

import re

#: The agency in brackets at the sentence's start, then a dash (folded view).
_AGENCY_FIRST = re.compile(
    r"^\s*[(\[](?:ansa|agi|adnkronos|askanews|dire|lapresse|ap|afp|reuters|dpa|apa|efe"
    r"|europa press|lusa|belga|anp|sda|ats|kna|epd|xinhua|nova|italpress|9colonne)"
    r"(?:/[a-z]{2,5})*[)\]]\s*[-–—:]\s*$"
)
#: After the city: other slashed cities, then a day ("21 gen", "3 marzo 2024") and a dash, or
#: a dash alone.
_FILED_AFTER = re.compile(
    r"(?:/[\w.'-]+(?: [\w.'-]+)?)*\s*(?:,\s*\d{1,2}(?:\s+[a-z]{3,9}\.?)?(?:\s+\d{4})?\s*)?[-–—]"
)


def is_agency_first_dateline(view: str, start: int, end: int) -> bool:
    """Whether the place at ``view[start:end]`` is the city of a dateline that opens with the
    agency."""
    return bool(_AGENCY_FIRST.match(view[:start])) and bool(_FILED_AFTER.match(view, end))


def filed_from_elsewhere(view: str, start: int, end: int, own: str,
                         cities_after: list[str]) -> bool:
    """Whether the place at ``view[start:end]`` (named ``own``) is an agency-first dateline's
    city and the sentence names another city after it (``cities_after``, by name)."""
    return any(name != own for name in cities_after) and is_agency_first_dateline(view, start, end)
