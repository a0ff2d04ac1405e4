"""Custody history per document and full-text search, including Chinese and hostile queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from stationwatch.store.core import Store
from stationwatch.store.search import search
from stationwatch.store.settings import StoreSettings
from tests.store.helpers import CORPUS, add_paths, initialized, run_cli, write_corpus

TEXTS = {name: CORPUS[name] for name in CORPUS if name.endswith(".txt")}


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    handle = initialized(store)
    add_paths(handle, write_corpus(tmp_path / "docs", TEXTS))
    copy = tmp_path / "again" / "rotterdam-copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(CORPUS["en-rotterdam.txt"])
    add_paths(handle, copy)
    return handle


def test_custody_history_by_id_prefix_and_name(filled: Store) -> None:
    by_name = run_cli(filled.settings, "custody", "en-rotterdam.txt")
    assert by_name.returncode == 0, by_name.stderr
    first_line = by_name.stdout.splitlines()[0]
    doc_id = first_line.split()[0]
    assert doc_id.startswith("doc_") and "en-rotterdam.txt" in first_line
    events = [word for word in by_name.stdout.split() if word in {"captured", "text_derived"}]
    assert events == ["captured", "text_derived", "captured"]
    assert "rotterdam-copy.txt" in by_name.stdout  # the second capture, by its own name
    by_copy_name = run_cli(filled.settings, "custody", "rotterdam-copy.txt")
    by_prefix = run_cli(filled.settings, "custody", doc_id[:9])
    assert by_copy_name.stdout == by_name.stdout == by_prefix.stdout


def test_custody_of_unknown_or_ambiguous_document_is_one_line(filled: Store) -> None:
    unknown = run_cli(filled.settings, "custody", "no-such.txt")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == (
        "stationwatch: error: no-such.txt: no document with this id, id prefix or file name")
    ambiguous = run_cli(filled.settings, "custody", "doc_")
    assert ambiguous.returncode == 2
    assert ambiguous.stderr.startswith("stationwatch: error: doc_: ambiguous, matches doc_")
    assert len(ambiguous.stderr.strip().splitlines()) == 1


def _names(store: Store, query: str, **options: object) -> list[str]:
    return sorted(hit.name for hit in search(store, query, **options))  # type: ignore[arg-type]


def test_chinese_substring_search_finds_simplified_and_traditional(filled: Store) -> None:
    both = ["zh-budapest.txt", "zh-hant-toronto.txt"]
    assert sorted(_names(filled, "警务服务站")) == both  # either script finds both
    assert sorted(_names(filled, "警務服務站")) == both
    budapest = next(h for h in search(filled, "警務服務站") if h.name == "zh-budapest.txt")
    start, end = budapest.spans[0]
    assert budapest.snippet[start:end] == "警务服务站"
    assert _names(filled, "公安") == ["zh-budapest.txt"]  # two characters: LIKE fallback
    assert _names(filled, "匈") == ["zh-budapest.txt"]
    hit = search(filled, "青田县公安局")[0]
    start, end = hit.spans[0]
    assert hit.snippet[start:end] == "青田县公安局"


def test_latin_search_is_case_insensitive_with_filters(filled: Store) -> None:
    assert _names(filled, "POLICE SERVICE STATION") == ["en-rotterdam.txt"]
    assert _names(filled, "polizia", lang="it") == ["it-prato.txt"]
    assert _names(filled, "polizia", lang="de") == []
    assert _names(filled, "Frankfurt", since="2000-01-01") == ["de-frankfurt.txt"]
    assert _names(filled, "Frankfurt", since="2999-01-01") == []
    assert len(search(filled, "station", limit=1)) == 1


HOSTILE = ['"', "*", "NEAR(", "' OR 1=1 --", "%", "_", "a\\", 'station" OR "x', "(()",
           "title:police", "^police", "\x00", "警务 OR 1=1", "*:*"]


def test_hostile_queries_are_literal_text(filled: Store) -> None:
    for query in HOSTILE:
        assert search(filled, query) == [], query


def test_literal_metacharacters_match_only_themselves(filled: Store, tmp_path: Path) -> None:
    odd = tmp_path / "odd.txt"
    odd.write_text("Budget grew 100% in the report_2023 \"NEAR(\" section.\n", encoding="utf-8")
    add_paths(filled, odd)
    for query in ("100%", "report_2023", '"NEAR("', "%", "_"):
        assert _names(filled, query) == ["odd.txt"], query


def test_search_command_prints_highlighted_snippets(filled: Store) -> None:
    result = run_cli(filled.settings, "search", "警务服务站")
    assert result.returncode == 0, result.stderr
    assert "zh-budapest.txt" in result.stdout and "海外警务服务站正式揭牌" in result.stdout
    hostile = run_cli(filled.settings, "search", "' OR 1=1 --")
    assert (hostile.returncode, hostile.stdout.strip()) == (0, "no matches")
    bad_date = run_cli(filled.settings, "search", "police", "--since", "yesterday")
    assert bad_date.returncode == 2
    assert bad_date.stderr.strip() == (
        "stationwatch: error: --since 'yesterday': expected a date like 2023-10-01")
