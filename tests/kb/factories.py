"""Small hand-made facts, documents and a gazetteer stand-in for knowledge-base tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, ClassVar

from stationwatch.kb.dates import DocumentInfo
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement, Verdict

T0 = datetime(2024, 1, 1, tzinfo=UTC)


def fact(doc: str, kind: str = "station", text: str = "evidence", **fields: Any) -> Fact:
    return Fact(doc=doc, kind=kind, evidence=Evidence(0, len(text), text), **fields)


def judge(subject: str, verdict: Verdict, minute: int = 0, **fields: Any) -> Judgement:
    at = T0.replace(minute=minute)
    return Judgement(fact_id=subject, verdict=verdict, reviewer="ana", at=at, **fields)


def accept_all(facts: list[Fact]) -> list[Judgement]:
    return [judge(f.id, "accept", policy="accept-all") for f in facts]


def doc(doc_id: str, published: str | None = None, text: str = "",
        captured: str = "2024-01-01") -> DocumentInfo:
    return DocumentInfo(doc_id=doc_id, captured=captured, published=published,
                        text=text or f"unique text of {doc_id} " * 5)


@dataclass(frozen=True)
class Place:
    name: str


class TinyGazetteer:
    """Aliases the real gazetteer resolves: enough to test resolution without its data files."""

    ALIASES: ClassVar[dict[tuple[str, str], str]] = {
        ("IT", "milano"): "Milan", ("IT", "米兰"): "Milan", ("IT", "米蘭"): "Milan",
               ("IT", "milan"): "Milan", ("CZ", "praha"): "Prague", ("IT", "sicilia"): "Sicily"}

    def lookup(self, name: str, country: str | None) -> Place | None:
        hit = self.ALIASES.get((country or "", name.casefold()))
        return Place(hit) if hit else None
