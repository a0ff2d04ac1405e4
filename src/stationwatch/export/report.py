"""A self-contained HTML report (pictures inline, no external requests), optionally as PDF.

Everything in it comes from the web's read model for the chosen audience, so
the report never shows more than the dashboard would. Sources are numbered
citations with their capture date and SHA-256, so a reader can match each one
to the evidence store or a bundle.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from stationwatch.errors import InputError, StationwatchError
from stationwatch.export.figures import figures_chart_png, station_map_png
from stationwatch.export.rows import station_exports
from stationwatch.views.models import DocumentSummary, ResponseView
from stationwatch.views.readmodel import ReadModel, country_name

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking")


@dataclass(frozen=True)
class Citation:
    number: int
    document: DocumentSummary


def _environment() -> Environment:
    return Environment(loader=PackageLoader("stationwatch.export", "templates"),
                       autoescape=select_autoescape(["html"]), trim_blocks=True,
                       lstrip_blocks=True)


def render_report(model: ReadModel, as_of: date | None = None) -> str:
    """The report as one HTML string for ``model``'s audience."""
    rows = station_exports(model, as_of)
    views = model.facts(as_of=as_of)
    cited = {v.source.doc_id for v in views}
    docs = [d for d in model.documents() if d.doc_id in cited]
    docs.sort(key=lambda d: (d.published or d.captured, d.doc_id))
    citations = {d.doc_id: Citation(n, d) for n, d in enumerate(docs, start=1)}
    fact_doc = {v.id: v.source.doc_id for v in views}

    def cite(fact_ids: list[str]) -> list[int]:
        return sorted({citations[fact_doc[i]].number for i in fact_ids
                       if i in fact_doc and fact_doc[i] in citations})

    by_country = Counter(r.country for r in rows)
    by_operator = Counter(op for r in rows for op in (r.operators or ("(not stated)",)))
    responses: list[ResponseView] = []
    for code in sorted(by_country | Counter(v.country for v in views
                                            if v.kind == "response" and v.country)):
        detail = model.country(code, as_of)
        responses.extend(detail.responses if detail else [])
    figures = model.figures(as_of)
    return _environment().get_template("report.html").render(
        as_of=as_of, generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        audience=model.audience, stations=rows, stats=model.stats(as_of),
        by_country=sorted(by_country.items(), key=lambda i: (-i[1], i[0])),
        by_operator=sorted(by_operator.items(), key=lambda i: (-i[1], i[0])),
        responses=responses, figures=figures, contested=model.contested(as_of),
        citations=list(citations.values()), cite=cite, country_name=country_name,
        figure_citation=lambda doc: citations[doc].number if doc in citations else None,
        map_png=station_map_png(rows), chart_png=figures_chart_png(figures))


def print_pdf(html_path: Path, pdf_path: Path, chromium: str = CHROMIUM) -> None:
    """Print an HTML file to PDF with Debian's Chromium (headless, no network, no GPU)."""
    if shutil.which(chromium) is None:
        raise InputError(f"--pdf needs Chromium at {chromium}; install Debian's chromium")
    with tempfile.TemporaryDirectory(prefix="sw-chromium-") as profile:
        done = subprocess.run(  # noqa: S603  # fixed binary, our own file paths
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf_path.absolute()}", html_path.absolute().as_uri()],
            capture_output=True, timeout=120, check=False)
    if done.returncode != 0 or not pdf_path.exists():
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["?"]
        raise StationwatchError(f"{pdf_path}: Chromium could not print the report ({reason[0]})")


def screenshot(html_path: Path, png_path: Path, chromium: str = CHROMIUM,
               size: tuple[int, int] = (1200, 1500)) -> None:
    """The report's first screenful as PNG (for documentation)."""
    with tempfile.TemporaryDirectory(prefix="sw-chromium-") as profile:
        subprocess.run(  # noqa: S603  # fixed binary, our own file paths
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--hide-scrollbars",
             f"--window-size={size[0]},{size[1]}", f"--screenshot={png_path.absolute()}",
             html_path.absolute().as_uri()], capture_output=True, timeout=120, check=True)
