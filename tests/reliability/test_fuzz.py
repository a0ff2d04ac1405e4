"""Property tests for what the older property tests leave out.

Numbers, dates, operators and ``extract_facts`` on printable text are fuzzed in
``tests/test_numbers.py``, ``tests/test_dates.py``, ``tests/test_operators.py`` and
``tests/extract/test_properties.py``. Here: the gazetteer, ``bytes_to_text`` on arbitrary
bytes (only ``InputError``, never anything else), and every finder plus the extractor on
text a hostile document can carry but ``st.text()`` never draws by default: lone
surrogates, control and format characters, combining marks stacked on digits, and
near-limit run lengths.
"""

from __future__ import annotations

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stationwatch import extract_facts
from stationwatch.errors import InputError
from stationwatch.extract.dates import find_dates
from stationwatch.extract.numbers import find_numbers
from stationwatch.extract.operators import OperatorLexicon
from stationwatch.extract.text import bytes_to_text
from stationwatch.text.document import Limits
from stationwatch.text.gazetteer import Gazetteer
from stationwatch.text.view import fold

LANGS = ["en", "zh", "it", "de", "es", "fr", "nl", "pt"]
#: Every code point, surrogates and controls included (``st.text()`` leaves those out).
ANY_CHAR = st.characters(codec=None, categories=None, exclude_categories=())
HOSTILE_FRAGMENTS = st.sampled_from([
    "Milano", "米兰", "米蘭", "Prato", "Wenzhou police", "福州市公安局", "青田县公安局",
    "Rotterdam", "Nederland", "Italia", "italienische", "chinese", "102", "一百零二",
    "2022年9月", "September 2022", "17日", "\u0301", "\u0308", "\u200d", "\u202e",
    "\ud800", "\udfff", "\x00", "\x1b[31m", "\r\n", "\u2028", "\ufeff", "１２３", "٣",
    "İ", "ß", "ﬁ", "Σ", "ǅ", "x" * 500, "9" * 400, " ", ".", "。",
])
HOSTILE_TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=300),
    st.lists(HOSTILE_FRAGMENTS | st.text(ANY_CHAR, max_size=8), max_size=30).map("".join),
)
SETTINGS = settings(max_examples=120, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(HOSTILE_TEXT)
def test_gazetteer_spans_slice_the_text_and_never_overlap(text: str) -> None:
    gazetteer = Gazetteer.load()
    matches = gazetteer.find(text)
    assert matches == gazetteer.find(text, fold(text))
    previous_end = 0
    for match in matches:
        assert previous_end <= match.start < match.end <= len(text)
        assert text[match.start:match.end] == match.surface
        assert match.candidates, f"{match.surface!r} names nothing"
        previous_end = match.end


@SETTINGS
@given(HOSTILE_TEXT, st.sampled_from(LANGS))
def test_numbers_on_hostile_text_slice_the_text(text: str, lang: str) -> None:
    for match in find_numbers(text, lang):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start:match.end] == match.raw


@SETTINGS
@given(HOSTILE_TEXT, st.sampled_from(LANGS),
       st.none() | st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31)))
def test_dates_on_hostile_text_slice_the_text(text: str, lang: str,
                                              reference: datetime.date | None) -> None:
    for match in find_dates(text, lang, reference):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start:match.end] == match.raw


@SETTINGS
@given(HOSTILE_TEXT)
def test_operators_on_hostile_text_slice_the_text(text: str) -> None:
    for match in OperatorLexicon.load().find(text):
        assert 0 <= match.start <= match.name_start < match.name_end <= match.end <= len(text)


@SETTINGS
@given(HOSTILE_TEXT, st.none() | st.sampled_from(LANGS))
def test_extractor_on_hostile_text_keeps_evidence_exact(text: str, lang: str | None) -> None:
    for fact in extract_facts(text, "fuzz.txt", lang):
        assert 0 <= fact.evidence.start < fact.evidence.end <= len(text)
        assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.text


#: Bytes that steer ``sniff_mime`` to each branch, then arbitrary tails.
PLAIN_OR_BINARY = st.one_of(
    st.binary(max_size=400),
    st.tuples(st.sampled_from([b"", b"\xef\xbb\xbf", b"\x1f\x8b", b"PK\x03\x04", b"WARC/1.0\r\n",
                               b"\xff\xfe", b"   ", b"\xc3", b"\xed\xa0\x80"]),
              st.binary(max_size=200)).map(b"".join),
    st.text(ANY_CHAR, max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
)


@settings(max_examples=400, deadline=None)
@given(PLAIN_OR_BINARY, st.sampled_from(["x.txt", "x.md", "x", "x.bin", "\x1b[2J.txt"]))
def test_bytes_to_text_raises_only_input_errors(data: bytes, name: str) -> None:
    try:
        document = bytes_to_text(data, name, Limits(max_bytes=10_000, max_chars=5_000))
    except InputError as error:
        assert "\n" not in str(error) and "\x1b" not in str(error)
        return
    assert document.text.strip()
    assert data.decode("utf-8-sig") == document.text, "plain text is kept verbatim"


#: HTML and PDF heads go to the sandbox (one child process each), so fewer examples.
SANDBOXED = st.tuples(
    st.sampled_from([b"%PDF-1.7\n", b"%PDF-", b"<html>", b"<!DOCTYPE html><html><body>",
                     b"<?xml version='1.0'?><html>", b"<body onload=x>"]),
    st.binary(max_size=300) | st.text(ANY_CHAR, max_size=200).map(
        lambda t: t.encode("utf-8", "surrogatepass")),
).map(b"".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SANDBOXED)
def test_sandboxed_formats_raise_only_input_errors(data: bytes) -> None:
    try:
        document = bytes_to_text(data, "fuzz", Limits(max_bytes=10_000))
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert isinstance(document.text, str)
