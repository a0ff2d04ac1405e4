"""Screenshots and scans give the text, and so the facts, that their words say."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from stationwatch.errors import InputError, InputTooLarge, UnsupportedInput
from stationwatch.extract.ocr import OcrOptions, evidence_regions
from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.text import Limits, bytes_to_text
from stationwatch.kb.fact import Fact
from tests.ocr.samples import BUREAU_NOTICE, SENTENCES, encoded, render


def keys(facts: list[Fact]) -> set[tuple[object, ...]]:
    return {(f.kind, f.country, f.place, f.operator, f.polarity) for f in facts}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_screenshot_gives_the_facts_its_text_gives(language: str) -> None:
    sentence = SENTENCES[language]
    expected = keys(extract_facts(sentence, "text"))
    assert expected, "the sample sentence must give a fact as text"

    document = bytes_to_text(encoded(render([sentence]).image, "PNG"), f"{language}.png")

    assert keys(extract_facts(document.text, f"{language}.png")) == expected
    assert document.metadata["ocr"]["mean_confidence"] > 70


def test_traditional_chinese_is_read_in_its_own_script() -> None:
    document = bytes_to_text(encoded(render([SENTENCES["zh-Hant"]]).image, "PNG"), "hant.png")
    assert "縣公安局" in document.text and "鹿特丹" in document.text
    assert document.metadata["ocr"]["languages"] == ["chi_tra+eng"]


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP", "TIFF"])
def test_every_image_format_is_read(fmt: str) -> None:
    sentence = SENTENCES["it"]
    document = bytes_to_text(encoded(render([sentence]).image, fmt), f"scan.{fmt.lower()}")
    assert keys(extract_facts(document.text, "scan")) == keys(extract_facts(sentence, "text"))
    assert document.mime == f"image/{fmt.lower()}"


def test_an_image_only_pdf_is_read_page_by_page() -> None:
    rendered = render(BUREAU_NOTICE)
    document = bytes_to_text(encoded(rendered.image, "PDF"), "notice.pdf")
    expected = keys(extract_facts("\n".join(BUREAU_NOTICE), "text"))
    assert expected
    assert keys(extract_facts(document.text, "notice.pdf")) == expected
    assert document.mime == "application/pdf"
    assert [page["page"] for page in document.metadata["ocr"]["pages"]] == [1]
    assert len(document.images) == 1


def test_a_mixed_pdf_reads_only_the_pages_without_a_text_layer(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8.27, 11.69))
    figure.text(0.1, 0.9, "Page one has a text layer: the annual report of the ministry.")
    text_page = io.BytesIO()
    figure.savefig(text_page, format="pdf")
    writer = pypdf.PdfWriter()
    writer.append(pypdf.PdfReader(io.BytesIO(text_page.getvalue())))
    writer.append(pypdf.PdfReader(io.BytesIO(encoded(render(BUREAU_NOTICE).image, "PDF"))))
    mixed = io.BytesIO()
    writer.write(mixed)

    document = bytes_to_text(mixed.getvalue(), "mixed.pdf")

    first, second = document.text.split("\f")
    assert "annual report" in first
    assert "马德里" in second
    assert [page["page"] for page in document.metadata["ocr"]["pages"]] == [2]
    never = bytes_to_text(mixed.getvalue(), "mixed.pdf", ocr=OcrOptions("never"))
    assert "马德里" not in never.text and "ocr" not in never.metadata


def test_word_offsets_point_at_the_words_in_the_text() -> None:
    document = bytes_to_text(encoded(render(BUREAU_NOTICE).image, "PNG"), "notice.png")
    words = document.metadata["ocr"]["pages"][0]["words"]
    assert words
    for start, end, *_ in words:
        assert document.text[start:end].strip() == document.text[start:end]
        assert start < end
    assert "".join(document.text[w[0]:w[1]] for w in words) == "".join(document.text.split())


def test_the_evidence_region_lies_on_the_evidence_line() -> None:
    rendered = render(BUREAU_NOTICE)
    document = bytes_to_text(encoded(rendered.image, "PNG"), "notice.png")
    [fact] = [f for f in extract_facts(document.text, "notice.png") if f.place == "Madrid"]

    regions = evidence_regions(document.metadata["ocr"]["pages"], fact.evidence.start,
                               fact.evidence.end)

    # The sentence runs over two lines (the first ends with a comma): one region per line,
    # each on the line it was drawn on.
    assert len(regions) == 2
    width, height = rendered.image.size
    for region, line in zip(regions, (1, 2), strict=True):
        left, top, right, bottom = rendered.boxes[line]
        region_top, region_bottom = region.top * height, (region.top + region.height) * height
        region_left, region_right = region.left * width, (region.left + region.width) * width
        assert top <= (region_top + region_bottom) / 2 <= bottom
        assert rendered.boxes[line - 1][3] < region_top
        assert region_bottom < rendered.boxes[line + 1][1]
        covered = min(right, region_right) - max(left, region_left)
        assert covered >= 0.9 * (right - left)


def test_a_blank_image_fails_with_one_line() -> None:
    blank = encoded(Image.new("RGB", (800, 400), "white"), "PNG")
    with pytest.raises(UnsupportedInput, match=r"^blank\.png: OCR found no text in the image$"):
        bytes_to_text(blank, "blank.png")


def test_a_corrupt_image_fails_with_one_line() -> None:
    corrupt = encoded(render(["Prato"]).image, "PNG")[:200] + b"\x00garbage" * 50
    with pytest.raises(InputError) as raised:
        bytes_to_text(corrupt, "broken.png")
    assert str(raised.value).startswith("broken.png: ")
    assert "\n" not in str(raised.value)


def test_a_decompression_bomb_is_refused_before_it_is_decoded() -> None:
    bomb = io.BytesIO()
    Image.new("1", (12_000, 12_000), 1).save(bomb, format="PNG")  # 144 Mpx, a few KB of file
    assert len(bomb.getvalue()) < 100_000
    with pytest.raises(InputTooLarge, match=r"^bomb\.png: image has more than 60000000 pixels"):
        bytes_to_text(bomb.getvalue(), "bomb.png")


def test_too_many_pages_for_ocr_are_refused() -> None:
    frames = [render([f"Seite {n}"]).image for n in range(3)]
    tiff = io.BytesIO()
    frames[0].save(tiff, format="TIFF", save_all=True, append_images=frames[1:])
    with pytest.raises(InputTooLarge, match=r"^pages\.tif: 3 pages exceeds the OCR limit of 2$"):
        bytes_to_text(tiff.getvalue(), "pages.tif", Limits(max_ocr_pages=2))


def test_ocr_never_refuses_an_image_and_names_the_option() -> None:
    with pytest.raises(UnsupportedInput, match=r"^shot\.png: .*--ocr never"):
        bytes_to_text(encoded(render(["x"]).image, "PNG"), "shot.png", ocr=OcrOptions("never"))


def test_extract_reads_a_screenshot_from_the_command_line(tmp_path: Path) -> None:
    shot = tmp_path / "notice.png"
    shot.write_bytes(encoded(render(BUREAU_NOTICE).image, "PNG"))
    blank = tmp_path / "blank.png"
    blank.write_bytes(encoded(Image.new("RGB", (300, 100), "white"), "PNG"))
    cli = [sys.executable, "-m", "stationwatch", "extract", "--jsonl"]

    found = subprocess.run([*cli, str(shot)], capture_output=True, text=True, check=False)
    failed = subprocess.run([*cli, str(blank)], capture_output=True, text=True, check=False)
    bad_option = subprocess.run([*cli, "--ocr", "sometimes", str(shot)], capture_output=True,
                                text=True, check=False)

    assert found.returncode == 0, found.stderr
    assert '"place": "Madrid"' in found.stdout
    assert failed.returncode == 1
    assert failed.stderr.strip() == f"stationwatch: error: {blank}: OCR found no text in the image"
    assert bad_option.returncode != 0
    assert "--ocr 'sometimes'" in bad_option.stderr
