"""The read side of review: what the extractor suggests for a selection, place completion,
labels, and where the extractor's confidence enters the queue order."""

from __future__ import annotations

from stationwatch.text.gazetteer import Gazetteer
from stationwatch.views.review_queue import fact_label, operator_choices
from stationwatch.views.suggest import suggest_fields


def test_a_selected_sentence_is_read_by_the_extractors_recognisers() -> None:
    station = suggest_fields("The station in Milano is run by the Qingtian public security "
                             "bureau since March 2018.")
    assert station == {"kind": "station", "polarity": "asserted", "country": "IT",
                       "place": "Milan", "operator": "Qingtian", "date": "2018-03"}
    count = suggest_fields("据报道，福州公安局在多伦多设立了3个服务站。")
    assert (count["kind"], count["value"], count["country"]) == ("count", 3, "CA")
    assert "place" not in count, "a count carries no place"
    assert suggest_fields("Nothing to see here.") == {"kind": "station",
                                                      "polarity": "asserted"}
    assert suggest_fields("   ") == {}


def test_place_completion_finds_names_and_aliases_most_populous_first() -> None:
    gazetteer = Gazetteer.load()
    assert [p.name for p in gazetteer.complete("Mil")][:2] == ["Milan", "Milwaukee"]
    assert [p.name for p in gazetteer.complete("米兰")] == ["Milan"]
    assert all(p.country == "IT" for p in gazetteer.complete("Pra", "IT"))
    assert gazetteer.complete("  ") == []


def test_bureaus_are_offered_once_each_with_their_chinese_name() -> None:
    choices = dict(operator_choices())
    assert len(choices) == len(operator_choices())
    assert choices["Qingtian"].startswith("Qingtian (青田县")


def test_a_label_names_the_fact_not_its_id() -> None:
    from stationwatch.views.models import FactView, SourceRef

    view = FactView(id="f" * 32, kind="station", state="candidate", polarity="asserted",
                    country="IT", place="Milan", operator="Wenzhou",
                    evidence="A station run by Wenzhou police operates in Milan. " * 3,
                    evidence_start=0, evidence_end=10,
                    source=SourceRef(doc_id="r.txt", title="110 Overseas", publisher=None,
                                     published=None, sha256=""))
    label = fact_label(view)
    assert label.startswith("station: Milan, IT, Wenzhou · “A station run by Wenzhou")
    assert label.endswith("…” · 110 Overseas") and "f" * 32 not in label
