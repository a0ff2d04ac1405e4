"""SQL and full-text operators in every search and filter option of the CLI.

Each command runs in-process through the real entry point (``stationwatch.cli.main``),
so an unexpected exception fails the test as the traceback a user would see. A
search reads words, never operators: a hit holds every word of the payload; a filter
never widens the result; unknown column or group names are a one-line error.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from stationwatch.cli import main
from stationwatch.store.settings import StoreSettings
from tests.conftest import StoreTemplates
from tests.reliability.injection import LITERALS, PAYLOADS, refusable
from tests.reliability.serving import populated_copy
from tests.web.data import build


@dataclass
class Run:
    code: int
    out: str
    err: str


def run(*argv: str) -> Run:
    """``stationwatch ARGV`` in this process; an exception other than exit propagates."""
    out, err = io.StringIO(), io.StringIO()
    old_argv = sys.argv
    sys.argv = ["stationwatch", *argv]
    code = 0
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main()
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    finally:
        sys.argv = old_argv
    return Run(code, out.getvalue(), err.getvalue())


def one_error_line(result: Run) -> None:
    assert result.code != 0, result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("stationwatch: error: "), result.err
    assert "Traceback" not in result.err + result.out


@pytest.fixture
def cli_store(store: StoreSettings, store_templates: StoreTemplates,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[StoreSettings]:
    """The demo evidence; every command finds it through the environment."""
    opened, _ = populated_copy(store_templates, store)
    monkeypatch.setenv("STATIONWATCH_STORE", str(store.root))
    monkeypatch.setenv("STATIONWATCH_DB", store.db_url)
    monkeypatch.setenv("COLUMNS", "400")
    yield store
    opened.engine.dispose()


DOCS = build()[0].docs


def holding_every_word(query: str) -> set[str]:
    """Documents whose text or title holds each word of ``query`` (as a word or its start)."""
    words = [w.lower() for w in re.findall(r"[^\W_]+", query)]
    return {d.doc_id for d in DOCS if all(
        re.search(r"(?<![^\W_])" + re.escape(w), f"{d.text} {d.title}".lower()) for w in words)}


def found_names(result: Run) -> set[str]:
    return {str(hit["doc_id"]) for hit in json.loads(result.out)["items"]}


def test_search_finds_only_documents_holding_every_word(cli_store: StoreSettings) -> None:
    for query in LITERALS:
        result = run("search", "--json", "--limit", "200", "--", query)
        assert result.code == 0, result.err
        assert found_names(result), query
    for query in PAYLOADS:
        result = run("search", "--json", "--limit", "200", "--", query)
        if result.code != 0:
            one_error_line(result)
            assert refusable(query), repr(query[:40])
            continue
        assert found_names(result) <= holding_every_word(query), repr(query[:40])


@pytest.mark.parametrize("option", ["--lang", "--since", "--until", "--kind", "--country"])
def test_search_filters_take_metacharacters_literally(cli_store: StoreSettings,
                                                      option: str) -> None:
    for value in PAYLOADS:
        result = run("search", option, value, "--", "station")
        if result.code == 0:
            assert result.out.strip() == "no matches", (option, repr(value[:40]))
        else:
            one_error_line(result)


@pytest.mark.parametrize("option", ["--state", "--kind", "--doc"])
def test_review_list_filters_never_widen_the_list(cli_store: StoreSettings,
                                                  option: str) -> None:
    everything = run("review", "list", "--state", "", "--limit", "1000", "--json")
    assert everything.code == 0 and json.loads(everything.out)
    for value in PAYLOADS:
        result = run("review", "list", "--state", "", option, value, "--json")
        if result.code != 0:
            one_error_line(result)
            continue
        assert json.loads(result.out) == [], (option, repr(value[:40]))


def test_stats_groups_only_by_known_columns(cli_store: StoreSettings) -> None:
    for good in ("country", "operator"):
        assert run("stats", "--by", good, "--json").code == 0
    for value in [*PAYLOADS, "country;--", "country OR 1=1", "countries", "rowid", "id"]:
        one_error_line(run("stats", "--by", value))


@pytest.mark.parametrize("argv", [
    ("stats", "--as-of"), ("contested", "--as-of"), ("export", "--format", "csv", "--as-of"),
    ("export", "--format"), ("export", "--format", "csv", "--audience"),
    ("diff", "--from", "2022-01-01", "--to"), ("diff", "--to", "2023-01-01", "--from"),
])
def test_date_format_and_audience_options_refuse_payloads_in_one_line(
        cli_store: StoreSettings, argv: tuple[str, ...]) -> None:
    for value in PAYLOADS:
        one_error_line(run(*argv, value))
