"""``stationwatch search`` through the real command line, on SQLite and PostgreSQL: the
web's ranked word search (aliases across scripts, filters, facts, redaction by audience),
printed with the words marked or as JSON, and one-line errors for what it cannot read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from stationwatch.store.core import Store
from stationwatch.store.settings import StoreSettings
from tests.conftest import StoreTemplates
from tests.reliability.serving import populated_copy
from tests.store.helpers import CORPUS, add_paths, initialized, run_cli, write_corpus
from tests.web.data import CANARIES

TEXTS = {name: CORPUS[name] for name in CORPUS if name.endswith(".txt")}


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    """The store's own texts in five languages, added through ``stationwatch add``."""
    handle = initialized(store)
    add_paths(handle, write_corpus(tmp_path / "docs", TEXTS))
    return handle


@pytest.fixture
def demo(store: StoreSettings, store_templates: StoreTemplates) -> Store:
    """The web's demo evidence: facts, a witness's name marked sensitive, five documents."""
    opened, _ = populated_copy(store_templates, store)
    return opened


def hits(store: Store, *args: str) -> list[dict[str, Any]]:
    result = run_cli(store.settings, "search", "--json", *args)
    assert result.returncode == 0, result.stderr
    items: list[dict[str, Any]] = json.loads(result.stdout)["items"]
    return items


def names(store: Store, *args: str) -> list[str]:
    return [hit["doc_id"] for hit in hits(store, *args)]


def marked(hit: dict[str, Any]) -> list[str]:
    return [s["text"] for s in hit["snippet"] if s["mark"] == "hit"]


def test_words_and_names_find_documents_in_every_language_and_script(filled: Store) -> None:
    # Words, not a phrase: the Rotterdam text says "police service station".
    assert set(names(filled, "police station")) == set(TEXTS)
    assert names(filled, '"police station"') == []
    # A station's name in one language finds stations named in the others...
    assert set(names(filled, "警務服務站")) == set(TEXTS)
    # ...and quoted, the words themselves: 警務 (traditional) and 警务 (simplified) meet.
    both = {"zh-budapest.txt", "zh-hant-toronto.txt"}
    assert set(names(filled, '"警務服務站"')) == set(names(filled, '"警务服务站"')) == both
    # 青田 is marked where the text says it, in 青田县.
    (budapest,) = hits(filled, "青田")
    assert marked(budapest) == ["青田"]
    assert names(filled, "Frankfurt Polizeistation") == ["de-frankfurt.txt"]
    assert set(names(filled, "police station -Rotterdam -Prato", "--lang", "zh")) == both
    assert names(filled, "polizia", "--lang", "it") == ["it-prato.txt"]
    assert names(filled, "polizia", "--language", "de") == []


def test_rich_output_marks_the_words_and_says_how_many(filled: Store) -> None:
    result = run_cli(filled.settings, "search", "Rotterdam")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("en-rotterdam.txt")
    assert "The overseas police service station in Rotterdam was closed" in lines[1]
    assert lines[-1] == "documents 1-1 of 1"
    nothing = run_cli(filled.settings, "search", "' OR 1=1 --")
    assert (nothing.returncode, nothing.stdout.strip()) == (0, "no matches")


def test_facts_filters_and_places_across_scripts(demo: Store) -> None:
    assert set(names(demo, "Milano")) == set(names(demo, "米蘭")) == {"report.txt", "zh.txt"}
    facts = hits(demo, "Qingtian", "--show", "facts")
    assert [(f["kind"], f["doc_id"]) for f in facts] == [("station", "report.txt")]
    assert "".join(s["text"] for s in facts[0]["snippet"]) == \
        "Another station in Prato is run by Qingtian police."
    assert names(demo, "station", "--kind", "response") == ["update.txt"]
    assert set(names(demo, "station", "--country", "it")) == {"report.txt", "zh.txt"}
    assert set(names(demo, "station", "--since", "2022-10", "--until", "2022-12")) == {
        "update.txt", "zh.txt"}
    # "police station" needs police as well as a station: the forum comment names only one.
    assert "hostile.txt" in names(demo, "station")
    assert "hostile.txt" not in names(demo, "police station")
    assert [h["doc_id"] for h in hits(demo, "station", "--limit", "2", "--page", "2")] == \
        names(demo, "station")[2:4]


def test_analysts_by_default_and_the_chosen_audience_redacted(demo: Store) -> None:
    witness = CANARIES[0]
    assert names(demo, witness[-4:]) == ["report.txt"]
    for audience in ("viewer", "public"):
        assert names(demo, witness[-4:], "--audience", audience) == []
        for hit in hits(demo, "Rotterdam", "--audience", audience):
            assert witness not in json.dumps(hit, ensure_ascii=False)
    assert "secret.txt" in names(demo, "Amsterdam")
    assert "secret.txt" not in names(demo, "Amsterdam", "--audience", "viewer")


REFUSED = [
    (("police", "--since", "yesterday"), "since='yesterday': expected a date like 2022"),
    (("police", "--lang", "xx"), "language='xx': expected one of"),
    (("police", "--show", "people"), "--show 'people': expected one of documents, facts"),
    (("police", "--audience", "admin"), "--audience 'admin': expected one of"),
    (("police", "--kind", "rumour"), "kind='rumour': expected one of"),
    (("",), "empty"),
    ((" -Milan",), "only words to leave out"),  # a leading space: not an option
]


def test_what_it_cannot_read_is_one_line(filled: Store) -> None:
    for argv, says in REFUSED:
        result = run_cli(filled.settings, "search", *argv)
        assert result.returncode == 2, (argv, result.stdout)
        line = " ".join(result.stderr.split())  # the terminal may wrap a long line
        assert line.startswith("stationwatch: error: ") and says in line, line
        assert "Traceback" not in result.stderr
