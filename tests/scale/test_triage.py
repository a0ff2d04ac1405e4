"""Triage never drops a document in which the full extractor finds a fact.

The shared corpora's documents, and variants of them (traditional Chinese, upper
case, HTML with tags and character references), are wrapped in WARC records
among filler pages; ``scan --triage-only`` must list every one of them that
``extract_facts`` finds a fact in.
"""

from __future__ import annotations

import html
import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import opencc
import pytest

from stationwatch.extract.pipeline import _ties_to_china, extract_facts, is_relevant
from stationwatch.extract.text import bytes_to_text
from stationwatch.scale.terms import (
    GATE_ALL,
    GATE_ANY,
    GATE_SCREEN,
    required_literals,
    triage_terms,
)
from stationwatch.scale.triage import fold_utf8, html_views, text_views, triage
from stationwatch.text.view import fold
from tests.scale.corpus import corpus_documents, mixed_pages, write_warc

CLI = [sys.executable, "-m", "stationwatch"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_the_gate_concepts_are_those_the_extractor_asks_for() -> None:
    """The relevance gate and the helper that ties a sentence to China ask for these."""
    gate = inspect.getsource(is_relevant) + inspect.getsource(_ties_to_china)
    asked = set(re.findall(r'\.has\("(\w+)"\)', gate))
    assert asked == set(GATE_ANY) | set(GATE_ALL)


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\bpolice (?:service )?(?:station|outpost)s?\b", {"station", "outpost"}),
    (r"\bpolice (?:service )?(?:post|spot)s?\b", {"police"}),
    (r"\bchin(?:a|ese)\b", {"chin"}),
    ("[\u4e00-\u9fff]{2}(?<![网车])站(?![长点])", {"站"}),
    (r"\b(?:station|outpost)s?\b", {"station", "outpost"}),
    (r"\w+ and \w+", {"and"}),
    (r"\w+", None),
])
def test_required_literals_are_in_every_match(pattern: str, literals: set[str] | None) -> None:
    assert required_literals(pattern) == literals


def test_every_term_is_spelled_in_both_chinese_scripts() -> None:
    spellings = triage_terms().spellings
    assert "海外警務服務站" in spellings["海外警务服务站"]
    assert "中國" in spellings["中国"]


def test_the_view_folds_as_the_extractor_folds() -> None:
    text = "ÉTÉ Comisaría ＰＯＬＩＣＥ Übersee-Polizeistation Ⓒhina 中國"
    view = fold_utf8(text.encode()).decode()
    for term in ("ete", "comisaria", "police", "ubersee-polizeistation"):
        assert term in view and term in fold(text)


def test_relevance_needs_the_programme_or_china_with_a_station() -> None:
    engine = triage()
    assert engine.judge(text_views(b"Il presidio di polizia cinese", "a")).relevant
    assert engine.judge(text_views("海外警務服務站".encode(), "b")).relevant
    assert not engine.judge(text_views(b"The railway timetable changed.", "c")).relevant
    assert not engine.judge(text_views(b"China exports rose.", "d")).relevant
    page = b"<p>Chinese <b>pol</b>ice sta&#116;ion</p>"
    assert engine.judge(html_views(page, "e.html")).relevant


def test_the_screen_passes_every_spelling_of_the_programme_and_china() -> None:
    # Every relevant document holds one of these spellings, so none may be set aside.
    engine = triage()
    terms = triage_terms()
    spellings = {raw for concept in GATE_SCREEN for term in terms.concepts[concept]
                 for raw in terms.spellings[term]}
    assert "中國" in spellings
    missed = [raw for raw in spellings
              if not engine.may_be_relevant([b"x " + raw.encode() + b" y"])]
    assert missed == []


def test_the_screen_sets_aside_pages_without_the_programme_or_china() -> None:
    engine = triage()
    views = text_views(b"The police station and the post office offer a service.", "a")
    assert not engine.may_be_relevant(views)
    assert engine.judge(views).relevant is False
    assert engine.may_be_relevant(text_views("警察站在中國".encode(), "b"))


def _variants(path: Path) -> list[tuple[str, bytes, str]]:
    """The document as written, in traditional Chinese, and in upper case."""
    text = path.read_text("utf-8-sig")
    found = [(f"https://corpus.example/{path.name}", text.encode(), "text/plain; charset=utf-8")]
    if CJK.search(text):
        traditional = opencc.OpenCC("s2t").convert(text)
        found.append((f"https://corpus.example/hant/{path.name}", traditional.encode(),
                      "text/plain; charset=utf-8"))
    else:
        found.append((f"https://corpus.example/upper/{path.name}", text.upper().encode(),
                      "text/plain; charset=utf-8"))
    return found


def _html_variants(path: Path) -> list[tuple[str, bytes, str]]:
    """The document as an HTML page: escaped, a tag in each paragraph, and all non-ASCII
    written as character references."""
    text = path.read_text("utf-8-sig")
    paragraphs = [line for line in text.splitlines() if line.strip()]
    body = "".join(f"<p><span>{html.escape(p[:1])}</span>{html.escape(p[1:])}</p>"
                   for p in paragraphs[1:])
    page = (f"<!doctype html><html><head><title>{html.escape(paragraphs[0])}</title></head>"
            f"<body><article><h1>{html.escape(paragraphs[0])}</h1>{body}</article></body></html>")
    return [(f"https://corpus.example/html/{path.stem}.html", page.encode(),
             "text/html; charset=utf-8"),
            (f"https://corpus.example/ncr/{path.stem}.html",
             page.encode("ascii", "xmlcharrefreplace"), "text/html")]


def _check_recall(tmp_path: Path, documents: list[tuple[str, bytes, str]]) -> None:
    pages = mixed_pages(documents, filler_per_document=3)
    warc = tmp_path / "corpus.warc.gz"
    ids = write_warc(warc, pages)
    with_facts = set()
    for record_id, page in zip(ids, pages, strict=True):
        if page.uri.startswith("https://corpus.example/"):
            name = page.uri.rsplit("/", 1)[-1]
            text = bytes_to_text(page.payload, name).text
            if extract_facts(text, record_id):
                with_facts.add(record_id)
    result = subprocess.run([*CLI, "scan", str(warc), "--triage-only", "--chunk-mb", "0.05"],
                            capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    hits = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert with_facts, "the corpus should have documents with facts"
    assert with_facts <= hits, f"triage dropped {len(with_facts - hits)} documents with facts"


def test_triage_keeps_every_document_with_facts(tmp_path: Path) -> None:
    documents = corpus_documents("dev", "dev2")
    if not documents:
        pytest.skip("shared corpora not found beside the repository")
    _check_recall(tmp_path, [v for path in documents for v in _variants(path)])


@pytest.mark.slow
def test_triage_keeps_every_html_page_with_facts(tmp_path: Path) -> None:
    documents = corpus_documents("dev", "dev2")
    if not documents:
        pytest.skip("shared corpora not found beside the repository")
    _check_recall(tmp_path, [v for path in documents for v in _html_variants(path)])
