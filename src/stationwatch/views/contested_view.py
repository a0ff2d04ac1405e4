"""The Contested page's propositions with each side's sentences, claimants, sources and dates.

Each side is a list of the audience's fact views (``ReadModel.fact``), so a sentence,
a claimant or a source withheld from the reader stays withheld here too.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from stationwatch.views.models import FactView
from stationwatch.views.readmodel import ReadModel, country_name


class ContestedClaim(BaseModel):
    subject: str
    asserting: list[FactView]
    denying: list[FactView]


def contested_claims(read: ReadModel, as_of: date | None) -> list[ContestedClaim]:
    """Every contested proposition as of ``as_of``, both sides in the reader's view."""
    claims = []
    for prop in read.contested(as_of):
        asserting = [v for v in (read.fact(i) for i in prop.asserting_facts) if v is not None]
        denying = [v for v in (read.fact(i) for i in prop.denying_facts) if v is not None]
        claims.append(ContestedClaim(subject=_human(prop.subject), asserting=asserting,
                                     denying=denying))
    return claims


def _human(subject: str) -> str:
    """"... operate in IT" reads "... operate in Italy"."""
    head, _, code = subject.rpartition(" in ")
    if head and len(code) == 2 and code.isupper():
        return f"{head} in {country_name(code)}"
    return subject
