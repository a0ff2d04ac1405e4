"""Page clutter (links to other articles, captions, notices, bylines, PDF page furniture) must
not change the facts a document gives: the rules read a copy without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from stationwatch.extract.page_clutter import (
    is_page_clutter,
    is_page_furniture,
    reading_copy,
    without_page_clutter,
)
from stationwatch.extract.pipeline import extract_facts
from tests.extract.clutter import KINDS, cluttered, document_language

ARTICLE = (
    "Secret Chinese police post found in Leeds\n\n"
    "Investigators say a so-called overseas service station operated in Leeds from an office "
    "above a shop. The site was run by the Fuzhou public security bureau, according to the "
    "report.\n\n"
    "{clutter}\n\n"
    "The council said it had passed the file on.\n"
)


def facts(text: str, lang: str | None) -> set[tuple[object, ...]]:
    return {(*f.key(), f.operator) for f in extract_facts(text, "t.txt", lang)}


@pytest.mark.parametrize(
    "line",
    [
        "Read also: Canada orders the closure of two Chinese police stations in Toronto",
        "Leggi anche: il Canada chiude due stazioni di polizia cinesi a Toronto",
        "Lees ook: Canada sluit twee Chinese politieposten in Toronto",
        "Lire aussi : le Canada ferme deux commissariats chinois à Toronto",
        "Lea también: Canadá cierra dos comisarías chinas en Toronto",
        "Leia também: Canadá fecha duas esquadras chinesas em Toronto",
        "Lesen Sie auch: Kanada schließt zwei chinesische Polizeiwachen in Toronto",
        "相关阅读：加拿大关闭多伦多两个中国警务站",
        "Photo: officers outside the Chinese consulate in Toronto (Reuters)",
        "Foto: agenti davanti al consolato cinese di Toronto",
        "图为多伦多中国领事馆门前的警察",
        "We use cookies to improve your experience on this site.",
        "Abonnieren Sie unseren Newsletter zu China und Sicherheit.",
    ],
)
def test_a_link_caption_or_notice_line_adds_no_fact(line: str) -> None:
    found = facts(ARTICLE.format(clutter=line), "en")
    assert found == facts(ARTICLE.format(clutter=""), "en")
    assert ("station", "GB", "Leeds", "asserted", "Fuzhou") in found
    assert not any("CA" in key for key in found)


@pytest.mark.parametrize(
    ("text", "lang", "station"),
    [
        (
            "Secondo il rapporto, una stazione di polizia cinese ha operato a Prato, gestita "
            "dalla\nRelazione annuale 2023 | Pagina 7\n8\nQuestura di Wenzhou, in un locale del "
            "centro.\n",
            "it",
            ("station", "IT", "Prato", "asserted", "Wenzhou"),
        ),
        (
            "Laut der Studie betrieb die Polizei von Qingtian eine Station in\n\n"
            "Jahresbericht 2023 | Seite 14\n\n"
            "Frankfurt, die in einem Vereinslokal untergebracht war.\n",
            "de",
            ("station", "DE", "Frankfurt am Main", "asserted", "Qingtian"),
        ),
    ],
)
def test_a_page_footer_inside_a_sentence_is_read_through(
    text: str, lang: str, station: tuple[object, ...]
) -> None:
    found = extract_facts(text, "t.txt", lang)
    assert station in {(*f.key(), f.operator) for f in found}
    for fact in found:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text


@pytest.mark.parametrize(
    "line",
    [
        "- 42 -",
        "17",
        "Seite 3 von 10",
        "Rapport annuel 2023 | Page 7",
        "第12页",
        "Núm. 318. Pág. 214",
    ],
)
def test_page_numbers_headers_and_footers_are_page_furniture(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Two further sites are named in a 2021 bureau newsletter without an address.",
        "文成县公安局办公室",
        "By the end of 2022 the police had closed two stations in Rotterdam.",
        "The station in Page Street was opened in 2019.",
        "Residents were urged by the association to sign up for its driving-licence services.",
        "Di Maio incontra Wang Yi a Roma",
    ],
)
def test_prose_that_mentions_a_newsletter_or_starts_like_a_byline_stays(line: str) -> None:
    assert not is_page_clutter(line) and not is_page_furniture(line)


@pytest.mark.parametrize(
    "line", ["By Anna Keller", "Von Martin Huber und Eva Roth", "Door Jan de Vries",
             "Por María de la Fuente, Madrid", "记者 王明"],
)
def test_a_byline_is_page_clutter_in_either_case(line: str) -> None:
    assert is_page_clutter(line)


def test_a_dropped_line_keeps_the_paragraph_break_and_maps_offsets_back() -> None:
    text = "First paragraph ends here.\n\nFoto: ein Bild\n\nSecond paragraph.\n"
    copy = without_page_clutter(text)
    assert copy.text == "First paragraph ends here.\n\nSecond paragraph.\n"
    start = copy.text.index("Second")
    assert text[copy.position(start) :].startswith("Second paragraph.")
    assert reading_copy("No clutter here.\n").text == "No clutter here.\n"


SAMPLE_PER_LANGUAGE = 2
#: The kinds of clutter the rules read through; a foreign dateline still moves a document's
#: place (it is read as where the report stands) and is measured by ``bench/clutter.py`` only.
CHECKED_KINDS = tuple(k for k in KINDS if k != "dateline")


def _sample(corpus: Path) -> list[Path]:
    chosen: dict[str, list[Path]] = {}
    for path in sorted((corpus / "docs").glob("*.txt")):
        group = chosen.setdefault(document_language(path.name), [])
        if len(group) < SAMPLE_PER_LANGUAGE:
            group.append(path)
    return [p for group in chosen.values() for p in group]


@pytest.mark.slow
def test_cluttered_dev_documents_give_the_same_facts(dev_corpus: Path) -> None:
    """Two documents of every language the corpus holds, each with all clutter inserted."""
    changed = []
    for path in _sample(dev_corpus):
        text = path.read_text(encoding="utf-8")
        noisy = cluttered(text, document_language(path.name), CHECKED_KINDS)
        if facts(noisy, None) != facts(text, None):
            changed.append(path.name)
    assert changed == []
