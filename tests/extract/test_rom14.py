"""Spanish, Italian, French and Portuguese stations: one more site counted on from the series
("una segunda oficina"), facilities that depend on or answer to a PRC bureau, and a foreign
megacity's name inside a longer proper name. Sentences written for this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.series_sites import counts_on_a_site
from stationwatch.kb.fact import Fact


def _facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def _stations(text: str, lang: str) -> dict[str | None, str | None]:
    return {f.place: f.operator for f in _facts(text, lang)
            if f.kind == "station" and f.polarity == "asserted"}


def test_a_second_office_after_a_station_is_one_es() -> None:
    text = ("La policía registró una supuesta comisaría china en Valencia. "
            "Los agentes buscan además una segunda oficina que funcionaría en Alicante.")
    assert "Alicante" in _stations(text, "es")


def test_a_similar_structure_after_a_station_is_one_it() -> None:
    text = ("A Verona sarebbe attiva una stazione di polizia cinese. "
            "Una seconda struttura analoga avrebbe sede a Vicenza, in un negozio del centro.")
    assert "Vicenza" in _stations(text, "it")


def test_another_office_pt_and_fr() -> None:
    pt = ("Uma alegada esquadra da polícia chinesa funcionava em Braga. "
          "Os investigadores apontam ainda outro escritório em Aveiro.")
    fr = ("Un poste de police chinois clandestin aurait opéré à Nantes. "
          "Une deuxième antenne aurait été repérée à Rennes, selon la presse.")
    assert "Aveiro" in _stations(pt, "pt")
    assert "Rennes" in _stations(fr, "fr")


def test_a_second_office_without_a_station_story_is_nothing() -> None:
    text = ("La empresa de seguros amplía su red comercial en el sur. "
            "Abrirá una segunda oficina en Alicante el próximo mes.")
    assert not _stations(text, "es")


def test_a_negated_second_site_is_not_asserted() -> None:
    text = ("La policía registró una supuesta comisaría china en Valencia. "
            "No existe una segunda oficina en Alicante, aclaró la fiscalía.")
    assert "Alicante" not in _stations(text, "es")


def test_another_seat_of_a_party_is_no_site() -> None:
    from stationwatch.extract.context import build_context
    doc = build_context("Il sindaco ha inaugurato un'altra sede del partito a Vicenza.", "t", "it")
    assert counts_on_a_site(doc.sentences[0]) is None
    doc = build_context("Una seconda sede sarebbe stata aperta a Vicenza.", "t", "it")
    assert counts_on_a_site(doc.sentences[0]) is not None


def test_an_association_acting_as_a_bureaus_liaison_is_a_station() -> None:
    text = ("En Cáceres, una asociación cultural habría actuado como enlace de la Oficina de "
            "Seguridad Pública de Qingtian, según la ONG.")
    assert _stations(text, "es").get("Cáceres") == "Qingtian"


def test_an_office_that_answered_to_a_bureau_it_fr() -> None:
    it = ("Secondo la procura, il centro di Prato rispondeva alla polizia di Wenzhou e operava "
          "come stazione di polizia cinese.")
    fr = ("Selon le parquet, le local de Lyon dépendait du bureau de la sécurité publique de "
          "Wenzhou et servait de poste de police chinois.")
    assert _stations(it, "it").get("Prato") == "Wenzhou"
    assert _stations(fr, "fr").get("Lyon") == "Wenzhou"


def test_a_person_answering_the_police_ties_no_facility() -> None:
    text = ("El comerciante respondió a la policía de Wenzhou que no volvería, "
            "y la embajada china negó todo.")
    assert not _stations(text, "es")


def test_a_megacity_name_inside_a_longer_proper_name_is_no_place() -> None:
    text = ("Según la ONG, la comisaría china dependería de la Oficina de Seguridad Pública de "
            "Fuqing, de donde procede la comunidad china de la Costa del Sol.")
    assert "Seoul" not in _stations(text, "es")
