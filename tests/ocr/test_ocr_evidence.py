"""A screenshot and a scan go through ingest to reviewed facts shown on the page image."""

from __future__ import annotations

import io
import json
import re
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from stationwatch.capture.files import capture_file
from stationwatch.export.bundle import build_bundle
from stationwatch.export.bundle_verify import verify_bundle
from stationwatch.store import kb_repo
from stationwatch.store.core import init_store
from stationwatch.store.ingest import AcceptPolicy, ingest_capture
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import blobs, custody_log
from stationwatch.store.verify import verify_store
from stationwatch.views.readmodel import ReadModel
from stationwatch.views.store_backend import StoreBackend
from stationwatch.web.app import WebSettings, create_app
from stationwatch.web.security import hash_password
from tests.ocr.samples import BUREAU_NOTICE, PARLIAMENTARY_ANSWER, encoded, render
from tests.reliability.serving import serving, sign_in
from tests.web.data import PASSWORD, Places

RECT = re.compile(r'<rect class="evidence-region[^"]*" data-fact="([^"]+)" x="(\d+)" '
                  r'y="(\d+)" width="(\d+)" height="(\d+)"')


@pytest.fixture
def scanned_store(store: StoreSettings, tmp_path: Path) -> StoreBackend:
    """A store holding a bureau's notice as a screenshot and a parliamentary answer as a scan,
    both ingested with their facts accepted, and an analyst and a viewer to read them."""
    notice, answer = tmp_path / "notice.png", tmp_path / "answer.pdf"
    notice.write_bytes(encoded(render(BUREAU_NOTICE).image, "PNG"))
    answer.write_bytes(encoded(render(PARLIAMENTARY_ANSWER).image, "PDF"))
    opened = init_store(store)
    with opened.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.add_user(conn, "vic", "viewer")
    for path in (notice, answer):
        ingest_capture(opened, capture_file(path), actor="ana", accept=AcceptPolicy("ana"))
    backend = StoreBackend(opened.engine, blob_dir=opened.settings.blob_dir)
    for name in ("ana", "vic"):
        backend.set_password_hash(name, hash_password(PASSWORD))
    return backend


def test_ocr_derivation_is_recorded_in_custody_and_verifies(
        scanned_store: StoreBackend, store: StoreSettings) -> None:
    with scanned_store.engine.begin() as conn:
        derived = [json.loads(row.details) for row in conn.execute(
            select(custody_log.c.details).where(custody_log.c.event == "text_derived"))]
        kinds = {row.sha256: row.kind for row in conn.execute(select(blobs))}
    assert len(derived) == 2
    for details in derived:
        ocr = details["ocr"]
        assert ocr["engine"].startswith("tesseract ")
        assert ocr["mean_confidence"] > 70
        assert ocr["pages"] == [1]
        [image] = ocr["page_images_sha256"]
        assert kinds[image] == "page-image"
    assert {tuple(d["ocr"]["languages"]) for d in derived} == {("chi_sim+eng",), ("ita+eng",)}
    report = verify_store(init_store(store))
    assert report.ok, report.problems


def test_analysts_see_the_evidence_outlined_on_the_page_image(
        scanned_store: StoreBackend) -> None:
    app = create_app(WebSettings(backend=scanned_store, places=Places()))
    facts = {f.id: f for f in scanned_store.facts()}
    rendered = render(BUREAU_NOTICE)
    with serving(app) as base, closing(sign_in(base, "ana")) as analyst, \
            closing(sign_in(base, "vic")) as viewer:
        page = analyst.get("/documents/notice.png")
        assert page.status_code == 200
        outlines = RECT.findall(page.text)
        madrid = [o for o in outlines if facts[o[0]].place == "Madrid"]
        assert len(madrid) == 2  # the sentence runs over two lines: one outline each
        _, x, y, width, height = (int(v) if v.isdigit() else v for v in madrid[1])
        left, top, right, bottom = rendered.boxes[2]  # where the Madrid line was drawn
        assert top <= y + height / 2 <= bottom and x <= left + 12 and x + width >= right - 40
        image_url = re.search(r'<image href="([^"]+)"', page.text)
        assert image_url is not None
        image = analyst.get(image_url.group(1))
        assert image.status_code == 200 and image.content.startswith(b"\xff\xd8\xff")

        scan = analyst.get("/documents/answer.pdf")
        assert {facts[o[0]].place for o in RECT.findall(scan.text)} >= {"Prato", "Florence"}

        as_viewer = viewer.get("/documents/notice.png")
        assert as_viewer.status_code == 200 and "<image href" not in as_viewer.text
        assert viewer.get(image_url.group(1)).status_code == 403
        other = image_url.group(1).rsplit("/", 1)[0] + "/answer.pdf"
        assert analyst.get(other).status_code == 404  # an image is served only with its document


def test_a_bundle_carries_the_crop_of_the_page_that_shows_the_evidence(
        scanned_store: StoreBackend, store: StoreSettings, tmp_path: Path) -> None:
    opened = init_store(store)
    [madrid] = [f for f in scanned_store.facts() if f.place == "Madrid"]
    model = ReadModel(scanned_store, "analyst", Places())
    out = tmp_path / "madrid.zip"

    build_bundle(opened, model, madrid.id, out, actor="ana")

    assert verify_bundle(out).ok
    with zipfile.ZipFile(out) as archive:
        crops = [name for name in archive.namelist() if name.startswith("evidence/")]
        assert crops == [f"evidence/{madrid.id}-p1-1.png", f"evidence/{madrid.id}-p1-2.png"]
        crop = Image.open(io.BytesIO(archive.read(crops[0])))
    # one line of text, as wide as the line: the crop shows the sentence, not the page
    assert crop.width > 4 * crop.height
