"""Test corpora for ``scan``: real documents wrapped in WARC records among filler pages."""

from __future__ import annotations

import html
import io
import os
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parents[2]
#: The shared corpora sit beside the repository in CI; elsewhere name them in the environment.
SHARED_CORPUS = Path(os.environ.get("STATIONWATCH_SHARED_CORPUS", REPO.parent / "shared" / "corpus"))

_FILLER_WORDS = {
    "en": "the council met on tuesday to discuss road repairs school budgets and the new "
          "library hours residents asked about parking permits weather market prices".split(),
    "it": "il consiglio comunale ha discusso del bilancio delle scuole della biblioteca e "
          "dei lavori stradali città perché già più".split(),
    "de": "der gemeinderat hat über die straßenarbeiten die schulen und die bibliothek "
          "beraten öffnungszeiten müssen größer".split(),
    "fr": "le conseil municipal a discuté des travaux de voirie des écoles et de la "
          "bibliothèque élèves été".split(),
    "es": "el ayuntamiento debatió las obras de las calles el presupuesto escolar y la "
          "biblioteca año mañana".split(),
    "zh": list("市议会讨论了道路维修学校预算和图书馆开放时间居民询问停车许可天气市场价格"),
    "zh-Hant": list("市議會討論了道路維修學校預算和圖書館開放時間居民詢問停車許可天氣市場價格"),
}


@dataclass(frozen=True)
class Page:
    """One WARC record to write: its URI, payload and HTTP content type."""

    uri: str
    payload: bytes
    content_type: str = "text/plain; charset=utf-8"


def filler_page(rng: random.Random, number: int, words: int = 300) -> Page:
    lang = rng.choice(sorted(_FILLER_WORDS))
    vocabulary = _FILLER_WORDS[lang]
    joiner = "" if lang.startswith("zh") else " "
    sentences = []
    for _ in range(max(1, words // 12)):
        sentence = joiner.join(rng.choice(vocabulary) for _ in range(12))
        sentences.append(sentence + ("。" if lang.startswith("zh") else "."))
    text = "\n".join(sentences)
    if number % 3 == 0:
        body = f"<html><head><title>news {number}</title></head><body><p>{html.escape(text)}</p>"
        return Page(f"https://filler.example/{lang}/{number}.html", body.encode(),
                    "text/html; charset=utf-8")
    return Page(f"https://filler.example/{lang}/{number}.txt", text.encode())


def corpus_documents(*names: str) -> list[Path]:
    """Documents of the shared corpora named (``dev``, ``dev2``); empty when absent."""
    found: list[Path] = []
    for name in names:
        folder = SHARED_CORPUS / name / "docs"
        if folder.is_dir():
            found.extend(sorted(p for p in folder.iterdir() if p.is_file()))
    return found


def write_warc(path: Path, pages: Iterable[Page], *, gzip: bool = True) -> list[str]:
    """Write one response record per page; the records' WARC-Record-IDs, in order."""
    ids: list[str] = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        for page in pages:
            record = writer.create_warc_record(
                page.uri, "response", payload=io.BytesIO(page.payload), length=len(page.payload),
                http_headers=StatusAndHeaders("200 OK", [("Content-Type", page.content_type)],
                                              protocol="HTTP/1.1"))
            ids.append(str(record.rec_headers.get_header("WARC-Record-ID")))
            writer.write_record(record)
    return ids


def mixed_pages(documents: Sequence[tuple[str, bytes, str]], *, filler_per_document: int,
                seed: int = 7) -> list[Page]:
    """``documents`` (uri, payload, content type) spread among filler pages, seeded."""
    rng = random.Random(seed)  # noqa: S311 - seeded filler text, not security
    pages: list[Page] = []
    number = 0
    for uri, payload, content_type in documents:
        for _ in range(filler_per_document):
            pages.append(filler_page(rng, number))
            number += 1
        pages.append(Page(uri, payload, content_type))
    return pages
