"""The HTML report: self-contained, complete, and rendered by Chromium."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from tests.export.helpers import model_of

from stationwatch.export.report import CHROMIUM, print_pdf, render_report, screenshot
from stationwatch.store.core import Store


def _chromium() -> None:
    if shutil.which(CHROMIUM) is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; CI must run the report rendering tests")
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium to render the report)")


def test_report_is_self_contained_and_cites_every_source(example_store: Store) -> None:
    with model_of(example_store, "public") as model:
        html = render_report(model)
        docs = {v.source.doc_id: v.source.sha256 for v in model.facts()}
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)  # nothing fetched
    assert html.count("data:image/png;base64,") == 2  # map and chart
    for heading in ("Stations by country", "Stations by operator", "Reported figures",
                    "Government responses", "Contested facts", "Sources"):
        assert heading in html
    for name, digest in docs.items():
        assert name in html and digest in html
    assert "Lisbon" in html and "Qingtian" in html


@pytest.mark.browser
def test_chromium_prints_the_report_to_pdf_and_screenshots_it(
        example_store: Store, tmp_path: Path) -> None:
    _chromium()
    page = tmp_path / "report.html"
    with model_of(example_store, "public") as model:
        page.write_text(render_report(model), encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    print_pdf(page, pdf)
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 20_000
    shot = tmp_path / "report.png"
    screenshot(page, shot)
    assert shot.read_bytes().startswith(b"\x89PNG")
