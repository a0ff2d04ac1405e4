"""Host-state responses carried from the sentence before: a lone namesake place (a resort
coast read as a foreign town) carries no state, a state the paragraph really names does.
Sentences written for this test."""

from __future__ import annotations

from stationwatch.extract.context import attach_matches, build_context
from stationwatch.extract.lone_namesake import lone_namesake
from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _responses(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    facts: list[Fact] = extract_facts(text, "t.txt", lang)
    return {(f.country, f.action) for f in facts if f.kind == "response"}


SPAIN = (
    "La Policía Nacional investiga una supuesta comisaría china en Marbella.\n\n"
    "Según la Guardia Civil, en Andalucía y en Madrid hay otras dos sedes vinculadas a "
    "la policía china.\n\n"
    "El local depende de una asociación de la comunidad china de la Costa del Sol. "
    "Los agentes registraron el local el pasado lunes.\n"
)


def test_a_lone_namesake_carries_no_state_to_a_search() -> None:
    found = _responses(SPAIN, "es")
    assert all(country == "ES" for country, _ in found), found
    assert ("ES", "investigation") in found


def _doc(text: str, lang: str):
    doc = build_context(text, "t.txt", lang)
    attach_matches(doc)
    return doc


def test_a_state_the_sentence_names_is_no_lone_namesake() -> None:
    doc = _doc("La Policía Nacional investiga una comisaría china en Marbella y otra en Sevilla. "
               "En Portugal la asociación tenía otra oficina. Los agentes la registraron.", "es")
    portugal = next(s for s in doc.sentences if "Portugal" in s.text)
    assert not lone_namesake(doc, portugal, "PT", "ES")


def test_the_document_s_own_state_is_no_lone_namesake() -> None:
    doc = _doc(SPAIN, "es")
    coast = next(s for s in doc.sentences if "Costa del Sol" in s.text)
    assert not lone_namesake(doc, coast, "ES", "ES")


def test_a_response_lawmakers_ask_for_is_not_done() -> None:
    assert ("ZA", "protest") not in _responses(
        "South Africa's police are looking into a Chinese police desk in Durban. "
        "Opposition MPs have urged the foreign minister to summon the Chinese ambassador.", "en")
    assert ("DE", "closure") not in _responses(
        "In Frankfurt soll eine chinesische Polizeistation arbeiten. "
        "Abgeordnete der Opposition fordern die sofortige Schließung der Polizeistation.", "de")


def test_a_response_done_after_lawmakers_asked_still_fires() -> None:
    assert ("ZA", "protest") in _responses(
        "South Africa's police are looking into a Chinese police desk in Durban. "
        "After opposition MPs asked about the desk, the foreign minister summoned the "
        "Chinese ambassador.", "en")
