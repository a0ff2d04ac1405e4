"""The text layer's defences, called as the store and the knowledge base call them."""

from __future__ import annotations

from pathlib import Path

import pytest

from stationwatch.errors import InputError, InputTooLarge, UnsupportedInput
from stationwatch.extract.parsers import pdf_text
from stationwatch.extract.sandbox import parse_in_sandbox
from stationwatch.extract.text import bytes_to_text, printable_name
from stationwatch.text.document import DEFAULT_MAX_MEMORY, DEFAULT_MAX_SECONDS, Limits
from tests.hostile.generate import (
    NORMAL_LINE,
    billion_laughs_xhtml,
    deep_html,
    text_page_pdf,
    xxe_xhtml,
)

MIB = 1024 * 1024


def test_lxml_and_trafilatura_do_not_expand_entities_by_default() -> None:
    """Why the refusal below is a second wall, not the only one: the parser itself
    neither reads /etc/passwd nor multiplies 'lol' a billion times."""
    import trafilatura

    for document in (xxe_xhtml(), billion_laughs_xhtml()):
        extracted = trafilatura.bare_extraction(document.decode(), with_metadata=False)
        text = getattr(extracted, "text", "") or ""
        assert "root:" not in text
        assert "lollollol" not in text
        assert len(text) < 1000


@pytest.mark.parametrize("document", [xxe_xhtml(), billion_laughs_xhtml()], ids=["xxe", "laughs"])
def test_pages_declaring_entities_are_refused_with_a_reason(document: bytes) -> None:
    with pytest.raises(UnsupportedInput, match=r"^page\.xhtml: declares XML entities"):
        bytes_to_text(document, "page.xhtml")


def test_nesting_beyond_the_limit_is_refused_not_cut() -> None:
    with pytest.raises(InputTooLarge, match=r"^deep\.html: HTML nests \d+ elements deep"):
        bytes_to_text(deep_html(100_000), "deep.html")


def test_ordinary_nesting_is_read() -> None:
    document = bytes_to_text(deep_html(40), "shallow.html")
    assert "Text at the bottom of a very deep tree" in document.text


def test_sandboxed_pdf_text_equals_the_in_process_text() -> None:
    """Evidence offsets are computed on this text: the sandbox must not change it."""
    data = text_page_pdf(NORMAL_LINE)
    limits = Limits()
    sandboxed = bytes_to_text(data, "normal.pdf", limits)
    direct = pdf_text(data, "normal.pdf", limits)
    assert sandboxed == direct
    assert sandboxed.text == NORMAL_LINE


def test_errors_raised_inside_the_child_keep_their_class_and_name_the_input() -> None:
    with pytest.raises(UnsupportedInput, match=r"^scan\.pdf: PDF has no text layer"):
        bytes_to_text(text_page_pdf(""), "scan.pdf")
    with pytest.raises(InputTooLarge, match=r"^long\.pdf: PDF text exceeds 10 characters"):
        bytes_to_text(text_page_pdf(NORMAL_LINE), "long.pdf", Limits(max_chars=10))


def test_garbage_after_a_pdf_header_is_a_corrupt_file() -> None:
    with pytest.raises(UnsupportedInput, match=r"^junk\.pdf: "):
        bytes_to_text(b"%PDF-1.7\n" + bytes(range(256)) * 40, "junk.pdf")


@pytest.mark.slow
def test_a_killed_child_leaves_the_next_document_unharmed(hostile_corpus: dict[str, Path]) -> None:
    limits = Limits(max_memory=512 * MIB)
    with pytest.raises(InputTooLarge, match="STATIONWATCH_MAX_MEMORY"):
        parse_in_sandbox("pdf", hostile_corpus["flate-bomb.pdf"].read_bytes(), "bomb.pdf", limits)
    assert bytes_to_text(text_page_pdf(NORMAL_LINE), "next.pdf", limits).text == NORMAL_LINE


def test_plain_text_stays_in_process_and_exact() -> None:
    document = bytes_to_text("Città 警务服务站\n".encode(), "note.txt")
    assert (document.text, document.processor) == ("Città 警务服务站\n", "utf-8")


def test_printable_name_escapes_control_and_format_characters() -> None:
    assert printable_name("a\x1b[31mb\r\n.txt") == "a\\x1b[31mb\\r\\n.txt"
    assert printable_name("evil\u202etxt.pdf") == "evil\\u202etxt.pdf"
    assert printable_name("报告 2023.pdf") == "报告 2023.pdf"
    assert printable_name("a\\x1b") == "a\\\\x1b"  # a literal backslash cannot fake an escape


def test_limits_read_the_documented_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATIONWATCH_MAX_MEMORY", raising=False)
    monkeypatch.delenv("STATIONWATCH_MAX_SECONDS", raising=False)
    assert (Limits().max_memory, Limits().max_seconds) == (DEFAULT_MAX_MEMORY, DEFAULT_MAX_SECONDS)
    assert DEFAULT_MAX_MEMORY == 1024 * MIB
    monkeypatch.setenv("STATIONWATCH_MAX_MEMORY", "512M")
    monkeypatch.setenv("STATIONWATCH_MAX_SECONDS", "7")
    limits = Limits(max_bytes=10)
    assert (limits.max_memory, limits.max_cpu_seconds, limits.max_seconds) == (512 * MIB, 7, 7)


@pytest.mark.parametrize(("variable", "value"), [
    ("STATIONWATCH_MAX_MEMORY", "lots"), ("STATIONWATCH_MAX_MEMORY", "0"),
    ("STATIONWATCH_MAX_SECONDS", "-3"), ("STATIONWATCH_MAX_SECONDS", "1.5"),
])
def test_a_bad_limit_setting_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(InputError, match=f"^{variable}="):
        Limits()
