"""Screenshots and scans made for the OCR tests: known text drawn with known fonts.

Each sample is written here in the project's own words; the image is rendered with
Pillow (a CJK font for Chinese), so where every line stands on the page is known.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
LATIN_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
MARGIN, LINE_HEIGHT, FONT_SIZE = 40, 60, 30

#: One sentence per language that names a station; each gives one station fact as text.
SENTENCES = {
    "zh-Hans": "温州市公安局在意大利米兰设立了一个海外警务服务站。",
    "zh-Hant": "青田縣公安局在荷蘭鹿特丹設立了一個海外警務服務站。",
    "it": "Secondo la ONG, una stazione di polizia cinese opera a Prato dal 2018.",
    "de": "Laut dem Bericht betreibt die chinesische Polizei eine geheime Polizeistation in Frankfurt.",
    "es": "Según la ONG, la policía china opera una comisaría clandestina en Valencia.",
}

#: A police bureau's notice as a screenshot would show it (simplified Chinese).
BUREAU_NOTICE = [
    "福州市公安局关于海外服务工作的通知",
    "为方便海外侨胞办理驾照换证等业务，",
    "福州市公安局在西班牙马德里设立了海外警务服务站。",
    "服务站自2018年起开展线上服务。",
]

#: A parliamentary answer as a scanned page would show it (Italian).
PARLIAMENTARY_ANSWER = [
    "Risposta scritta all'interrogazione n. 4-01234",
    "Il Ministero dell'Interno ha avviato accertamenti",
    "sulla presunta stazione di polizia cinese a Prato.",
    "Secondo la ONG, una stazione di polizia cinese opera a Firenze.",
]


@dataclass(frozen=True)
class Rendered:
    image: Image.Image
    lines: list[str]
    boxes: list[tuple[int, int, int, int]]  # where each line was drawn: left, top, right, bottom


def font_for(text: str) -> ImageFont.FreeTypeFont:
    cjk = any(ord(char) > 0x2E80 for char in text)
    return ImageFont.truetype(str(CJK_FONT if cjk else LATIN_FONT), FONT_SIZE)


def render(lines: list[str], width: int = 1700) -> Rendered:
    """Black text on white, one line per entry, as a screenshot or a clean scan looks."""
    height = MARGIN * 2 + LINE_HEIGHT * len(lines)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    boxes = []
    for index, line in enumerate(lines):
        font = font_for(line)
        origin = (MARGIN, MARGIN + index * LINE_HEIGHT)
        draw.text(origin, line, fill="black", font=font)
        left, top, right, bottom = draw.textbbox(origin, line, font=font)
        boxes.append((int(left), int(top), int(right), int(bottom)))
    return Rendered(image, lines, boxes)


def encoded(image: Image.Image, fmt: str) -> bytes:
    """The image as a file of ``fmt`` (PNG, JPEG, WEBP, TIFF, or PDF: an image-only PDF)."""
    buffer = io.BytesIO()
    options = {"resolution": 150.0} if fmt == "PDF" else {}
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()
