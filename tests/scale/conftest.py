"""Fixtures for scan tests: WARC files of real documents among filler."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.text import bytes_to_text
from tests.scale.corpus import REPO, Page, corpus_documents, mixed_pages, write_warc

CLI = [sys.executable, "-m", "stationwatch"]
EXAMPLES = REPO / "examples"


def run_cli(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout,
                          check=False)


def source_documents() -> list[Path]:
    """The shared dev corpus when present, else the repository's examples."""
    return corpus_documents("dev") or sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")


@dataclass(frozen=True)
class Crawl:
    """A WARC of documents among filler, and the facts ``extract`` finds in it."""

    path: Path
    pages: list[Page]
    ids: list[str]

    def expected_facts(self) -> list[str]:
        """Fact lines ``extract`` gives for every record, in record order, doc = record id."""
        lines = []
        for record_id, page in zip(self.ids, self.pages, strict=True):
            name = page.uri.rsplit("/", 1)[-1]
            try:
                text = bytes_to_text(page.payload, name).text
            except Exception:  # noqa: S112 - a page extract refuses has no facts
                continue
            lines.extend(f.to_json() for f in extract_facts(text, record_id))
        return lines


def make_crawl(path: Path, *, gzip: bool = True, filler: int = 2,
               documents: list[Path] | None = None) -> Crawl:
    docs = documents if documents is not None else source_documents()
    entries = [(f"https://news.example/{p.name}", p.read_bytes(), "text/plain; charset=utf-8")
               for p in docs]
    pages = mixed_pages(entries, filler_per_document=filler)
    ids = write_warc(path, pages, gzip=gzip)
    return Crawl(path, pages, ids)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    return make_crawl(tmp_path_factory.mktemp("crawl") / "crawl.warc.gz")
