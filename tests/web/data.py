"""A small evidence base for web tests: real facts and documents, canaries in sensitive fields."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import ClassVar

from argon2 import PasswordHasher

from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.views.backend import CustodyEntry, DocumentRecord, MemoryBackend, Note

PASSWORD = "correct horse battery staple"  # noqa: S105  # the test users' password
#: Unique strings planted only in sensitive fields; none may reach a restricted reader.
CANARIES = ("CANARY-WITNESS-7f3a", "CANARY-NOTE-91bc", "CANARY-TITLE-55d2",
            "CANARY-TEXT-0e44", "CANARY-URL-c1d9", "CANARY-REASON-2b77", "CANARY-ORIG-a8e0")
XSS = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float


class Places:
    """City coordinates for the test stations (the gazetteer's shape: name, lat, lon)."""

    CITIES: ClassVar[dict[tuple[str, str], Place]] = {
        ("IT", "milan"): Place("Milan", 45.46427, 9.18951),
        ("IT", "milano"): Place("Milan", 45.46427, 9.18951),
        ("IT", "米兰"): Place("Milan", 45.46427, 9.18951),
        ("IT", "prato"): Place("Prato", 43.87309, 11.08647),
        ("NL", "rotterdam"): Place("Rotterdam", 51.9225, 4.47917),
        ("NL", "amsterdam"): Place("Amsterdam", 52.37403, 4.88969),
        ("CA", "toronto"): Place("Toronto", 43.70011, -79.4163),
        ("CA", "mississauga"): Place("Mississauga", 43.5789, -79.6583),
        ("FJ", "suva"): Place("Suva", -18.14161, 178.44149),
    }

    def lookup(self, name: str, country: str | None) -> Place | None:
        return self.CITIES.get((country or "", name.casefold()))


def _doc(doc_id: str, text: str, published: str | None, title: str, publisher: str,
         sensitive: frozenset[str] = frozenset(), url: str | None = None,
         language: str = "en") -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id, text=text, sha256=hashlib.sha256(text.encode()).hexdigest(),
        captured="2024-01-10", title=title, publisher=publisher, published=published,
        url=url or f"https://news.example/{doc_id}", language=language, mime="text/html",
        sensitive=sensitive)


def _fact(doc: DocumentRecord, sentence: str, kind: str = "station", **fields: object) -> Fact:
    start = doc.text.index(sentence)
    return Fact(doc=doc.doc_id, kind=kind, evidence=Evidence(start, start + len(sentence),
                                                             sentence), **fields)  # type: ignore[arg-type]


T0 = datetime(2024, 2, 1, tzinfo=UTC)
#: A real argon2id hash, made with low cost so that signing in many times stays fast.
CHEAP_HASH = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1).hash(PASSWORD)


def build() -> tuple[MemoryBackend, dict[str, Fact]]:
    """Documents in English, Chinese and Dutch; accepted, candidate and sensitive facts."""
    report = _doc(
        "report.txt", "Safeguard Defenders reported 54 stations in September 2022. "
        "A station run by Wenzhou police operates in Milan. "
        "Another station in Prato is run by Qingtian police. "
        f"A witness, {CANARIES[0]}, described being approached in Rotterdam.",
        "2022-09-12", "110 Overseas", "Safeguard Defenders")
    update = _doc(
        "update.txt", "The follow-up counted 102 stations in 53 countries in December 2022. "
        "Police in the Netherlands opened an investigation into the Rotterdam station. "
        "Toronto hosts a station according to the report.",
        "2022-12-05", "Patrol and Persuade", "Safeguard Defenders")
    chinese = _doc(
        "zh.txt", "據報道，溫州公安在米兰设立了海外警务服务站。外交部否认存在所谓海外警察站。",
        "2022-10-01", "海外警务服务站", "Example Daily", language="zh")
    secret = _doc(
        "secret.txt", f"Interview notes {CANARIES[3]}. The Amsterdam station was confirmed.",
        "2023-01-05", f"Interview {CANARIES[2]}", "Field notes",
        sensitive=frozenset({"title", "text", "url"}), url=f"https://x.example/{CANARIES[4]}")
    hostile = _doc(
        "hostile.txt", f"Reader comment: {XSS} A station in Suva was mentioned.",
        "2023-02-01", f"Comment {XSS}", "Forum")
    facts = {
        "figure54": _fact(report, "Safeguard Defenders reported 54 stations in September 2022.",
                          "count", measure="stations", value=54, date="2022-09",
                          claimant="Safeguard Defenders"),
        "milan": _fact(report, "A station run by Wenzhou police operates in Milan.",
                       country="IT", place="Milan", operator="Wenzhou",
                       claimant="Safeguard Defenders"),
        "prato": _fact(report, "Another station in Prato is run by Qingtian police.",
                       country="IT", place="Prato", operator="Qingtian",
                       claimant="Safeguard Defenders"),
        "witness": _fact(report, f"A witness, {CANARIES[0]}, described being approached in "
                         "Rotterdam.", "incident", country="NL", place="Rotterdam",
                         incident_type="persuasion", claimant=CANARIES[0],
                         original_value=CANARIES[6]),
        # The same sentence read as another incident: not marked itself, but its evidence
        # is the witness's marked span and must be withheld through it too.
        "witness_other": _fact(report, f"A witness, {CANARIES[0]}, described being "
                               "approached in Rotterdam.", "incident", country="NL",
                               place="Rotterdam", incident_type="surveillance",
                               claimant=CANARIES[0]),
        "figure102": _fact(update, "The follow-up counted 102 stations in 53 countries in "
                           "December 2022.", "count", measure="stations", value=102,
                           date="2022-12", claimant="Safeguard Defenders"),
        "rotterdam": _fact(update, "Police in the Netherlands opened an investigation into the "
                           "Rotterdam station.", country="NL", place="Rotterdam",
                           claimant="Dutch police"),
        "nl_investigation": _fact(update, "Police in the Netherlands opened an investigation "
                                  "into the Rotterdam station.", "response", country="NL",
                                  place="Rotterdam", action="investigation",
                                  claimant="Dutch police"),
        "toronto": _fact(update, "Toronto hosts a station according to the report.",
                         country="CA", place="Toronto"),
        "milan_zh": _fact(chinese, "據報道，溫州公安在米兰设立了海外警务服务站。", country="IT",
                          place="米兰", operator="Wenzhou", original_value="米兰"),
        "denial": _fact(chinese, "外交部否认存在所谓海外警察站。", "denial", country="CN",
                        claimant="PRC MFA"),
        "amsterdam": _fact(secret, "The Amsterdam station was confirmed.", country="NL",
                           place="Amsterdam", claimant="confidential source"),
        "suva": _fact(hostile, "A station in Suva was mentioned.", country="FJ", place="Suva",
                      claimant=XSS),
    }
    accepted = ["figure54", "milan", "prato", "witness", "witness_other", "figure102", "rotterdam",
                "nl_investigation", "milan_zh", "denial", "amsterdam", "suva"]
    judgements = [Judgement(fact_id=facts[name].id, verdict="accept", reviewer="ana",
                            at=T0, reason=CANARIES[5] if name == "witness" else None)
                  for name in accepted]
    backend = MemoryBackend(
        docs=[report, update, chinese, secret, hostile],
        fact_list=list(facts.values()), judgement_list=judgements,
        sensitive={facts["witness"].id, facts["amsterdam"].id},
        note_list=[Note(facts["witness"].id, "ana", f"contact {CANARIES[1]}", sensitive=True),
                   Note(facts["milan"].id, "ana", "seen in two outlets")],
        custody_log={d.doc_id: [CustodyEntry("2024-01-10T00:00:00+00:00", "captured", "ana",
                                             d.sha256)] for d in (report, update, chinese)},
        blobs={d.sha256: d.text.encode() for d in (report, update, chinese, secret, hostile)},
    )
    hashed = CHEAP_HASH
    for name, role in (("admin", "admin"), ("ana", "analyst"), ("vic", "viewer")):
        backend.add_user(name, role, hashed)  # type: ignore[arg-type]
    backend.add_user("gone", "analyst", hashed)
    backend.set_disabled("gone", True)
    return backend, facts
