"""Hard line breaks inside sentences (PDF text layers, e-mail) must not change the facts.

Every dev document is extracted three ways: as written, wrapped at 72 columns
as an e-mail client does, and printed to PDF by Chromium and read back through
the PDF text layer. The facts (keys and operators) must be the same, and every
evidence slice must be exact in the text it came from.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.text import file_to_text
from stationwatch.extract.unwrap import display_width, unwrap
from stationwatch.kb.fact import Fact
from tests.extract.conftest import DEV_CORPUS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

PARAGRAPH = (
    "Secondo il rapporto dell'organizzazione, in Italia sarebbero attive undici stazioni di "
    "polizia cinesi. Una di esse, a Prato, sarebbe gestita dalla questura di Fuzhou; "
    "un'altra si troverebbe a Firenze, in un ufficio di un'associazione di commercianti."
)


def facts_of(facts: list[Fact]) -> set[tuple[object, ...]]:
    return {(*fact.key(), fact.operator) for fact in facts}


def wrap(text: str, width: int = 72) -> str:
    """Wrap every line at ``width`` display columns: words for Latin, characters for CJK."""
    out: list[str] = []
    for line in text.split("\n"):
        latin = display_width(line) == len(line)
        units = line.split(" ") if latin else list(line)
        current = ""
        for unit in units:
            joined = f"{current} {unit}" if latin and current else current + unit
            if current and display_width(joined) > width:
                out.append(current)
                current = unit
            else:
                current = joined
        out.append(current)
    return "\n".join(out)


def assert_exact(text: str, facts: list[Fact]) -> None:
    for fact in facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


def test_a_wrapped_paragraph_gives_the_facts_of_the_unwrapped_one() -> None:
    whole = extract_facts(PARAGRAPH, "p.txt", "it")
    wrapped_text = wrap(PARAGRAPH, 50)
    assert wrapped_text.count("\n") >= 4
    wrapped = extract_facts(wrapped_text, "p.txt", "it")
    assert facts_of(wrapped) == facts_of(whole)
    stations = {(f.place, f.operator) for f in wrapped if f.kind == "station"}
    assert stations == {("Prato", "Fuzhou"), ("Florence", None)}
    assert any(f.kind == "count" and f.value == 11 and f.country == "IT" for f in wrapped)
    assert_exact(wrapped_text, wrapped)


def test_headlines_and_one_paragraph_per_line_keep_their_breaks() -> None:
    text = "Chinese police stations abroad\nThe report lists 54 stations.\nA new paragraph."
    assert unwrap(text).text == text


def test_a_lower_case_continuation_is_joined_even_in_unwrapped_text() -> None:
    text = "The group says the stations were\nopened in Milan and Rome in 2018."
    joined = unwrap(text)
    assert "\n" not in joined.text and len(joined.text) == len(text)


def test_wrapped_chinese_drops_the_break_and_maps_offsets_back() -> None:
    line = "据报道，福州市公安局在爱尔兰都柏林和荷兰鹿特丹各设立了一个海外警务服务站，" * 3
    wrapped_text = wrap(line, 40)
    joined = unwrap(wrapped_text)
    assert joined.text == line
    start = joined.text.index("鹿特丹", 60)
    a, b = joined.span(start, start + 3)
    assert wrapped_text[a:b].replace("\n", "") == "鹿特丹"


def test_wrapped_chinese_document_gives_the_same_facts() -> None:
    text = (
        "据非政府组织保护卫士统计，中国在五十三个国家设立了一百零二个海外警务服务站，"
        "其中意大利有十一个，分别位于罗马、米兰、佛罗伦萨和普拉托。"
    )
    wrapped_text = wrap(text, 30)
    facts = extract_facts(wrapped_text, "zh.txt", "zh")
    assert facts_of(facts) == facts_of(extract_facts(text, "zh.txt", "zh"))
    assert_exact(wrapped_text, facts)


def dev_documents() -> list[Path]:
    corpus = DEV_CORPUS / "docs"
    return sorted(corpus.glob("*.txt")) if corpus.is_dir() else []


@pytest.mark.slow
def test_every_dev_document_wrapped_gives_the_same_facts(dev_corpus: Path) -> None:
    differing = []
    for path in sorted((dev_corpus / "docs").glob("*.txt")):
        text = path.read_text("utf-8")
        wrapped_text = wrap(text)
        wrapped = extract_facts(wrapped_text, path.name)
        assert_exact(wrapped_text, wrapped)
        if facts_of(wrapped) != facts_of(extract_facts(text, path.name)):
            differing.append(path.name)
    assert differing == []


@pytest.fixture(scope="module")
def printed_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Every dev document as HTML paragraphs printed to PDF by Chromium."""
    documents = dev_documents()
    if not documents:
        pytest.skip("dev corpus not found beside the repository")
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    folder = tmp_path_factory.mktemp("pdf")
    printed: dict[str, Path] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        page = browser.new_page()
        for path in documents:
            paragraphs = [p for p in path.read_text("utf-8").split("\n") if p.strip()]
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            page.set_content(f"<html><body style='width:15cm'>{body}</body></html>")
            target = folder / f"{path.name}.pdf"
            page.pdf(path=str(target), format="A4")
            printed[path.name] = target
        browser.close()
    yield printed


@pytest.mark.slow
def test_every_dev_document_printed_to_pdf_gives_the_same_facts(
    printed_pdfs: dict[str, Path],
) -> None:
    differing = []
    wrapped = 0
    for path in dev_documents():
        text = file_to_text(printed_pdfs[path.name]).text
        wrapped += text.count("\n") > path.read_text("utf-8").count("\n")
        facts = extract_facts(text, path.name)
        assert_exact(text, facts)
        if facts_of(facts) != facts_of(extract_facts(path.read_text("utf-8"), path.name)):
            differing.append(path.name)
    assert differing == []
    assert wrapped > len(printed_pdfs) // 2  # the printed text really is wrapped


@pytest.mark.slow
def test_pdf_text_keeps_paragraphs_apart(printed_pdfs: dict[str, Path]) -> None:
    name = next(n for n in printed_pdfs if n.startswith("005-"))
    text = file_to_text(printed_pdfs[name]).text
    original = next(p for p in dev_documents() if p.name == name).read_text("utf-8")
    assert text.count("\n\n") == original.count("\n\n")


def test_a_word_hyphenated_at_the_margin_is_joined() -> None:
    text = ("Il rapporto internazionale citato in aula afferma che in Grecia\n"
            "esisterebbero cinque di queste strut-\n"
            "ture legate alla polizia cinese di Qing-\n"
            "tian, vicino ad Atene e a Salonicco, e\n"
            "che il governo ne era informato da tempo.\n")
    joined = unwrap(text)
    assert "strutture legate" in joined.text
    assert "Qingtian" in joined.text
    start = joined.text.index("strutture")
    assert text[joined.position(start) : joined.position(start) + 5] == "strut"


def test_a_hyphen_before_a_capital_stays() -> None:
    text = ("Die Studie nennt mehrere sogenannte Übersee-\n"
            "Polizeistationen in Wien, Graz und Linz, die von\n"
            "chinesischen Lokalbehörden betrieben werden sollen\n"
            "und die Behörden seit Monaten beschäftigen.\n")
    assert "Übersee- Polizeistationen" in unwrap(text).text
