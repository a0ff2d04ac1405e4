"""Text of images and scanned PDF pages through Tesseract, with every word's box kept.

Runs inside the sandbox child (``stationwatch.extract.sandbox``): images are untrusted
bytes decoded by C libraries, so they get the same memory, CPU, time and no-file-write
limits as PDF and HTML. Tesseract is called in-process through tesserocr (its C API),
which needs no temporary files: the child may not create any.

The text is assembled here from Tesseract's words, so the offset of every word in the
canonical text is known exactly; the word boxes are returned as metadata, which lets the
dashboard and bundles show a fact's evidence as a region of the page image.

Language packs: Chinese is read with the simplified and the traditional pack separately
(one model for both picks the wrong script), each with English for Latin words, and the
reading with the higher mean confidence wins. Latin-script text is read in English first;
when the words say another supported language, the page is read again with that pack.
"""

from __future__ import annotations

import io
import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stationwatch.errors import InputTooLarge, UnsupportedInput

if TYPE_CHECKING:
    from PIL import Image

#: Tesseract language packs for the languages Stationwatch reads.
PACKS: dict[str, str] = {
    "en": "eng", "it": "ita", "de": "deu", "es": "spa", "fr": "fra", "nl": "nld", "pt": "por",
    "zh": "chi_sim", "zh-Hans": "chi_sim", "zh-Hant": "chi_tra",
}
OCR_MODES = ("auto", "always", "never")
#: Below this mean word confidence (0-100) a page's text is flagged to the reviewer.
LOW_CONFIDENCE = 70.0
#: A PDF page whose text layer has fewer visible characters than this is read by OCR.
MIN_TEXT_LAYER_CHARS = 16
#: Resolution scanned PDF pages are rendered at for OCR.
RENDER_DPI = 300
#: An English reading at least this confident (0-100) means the page is in Latin script.
CONFIDENT_LATIN = 75.0
#: A page of at most this many lines is also read as one block (see ``read_page``).
SHORT_PAGE_LINES = 3
#: Longest side of the page preview kept as evidence for display (pixels).
PREVIEW_MAX_SIDE = 1600

_TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)


@dataclass(frozen=True, slots=True)
class OcrOptions:
    """When to run OCR and which languages to expect (codes as in facts: 'zh', 'it', ...)."""

    mode: str = "auto"
    languages: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.mode not in OCR_MODES:
            raise ValueError(f"--ocr {self.mode!r}: expected one of {', '.join(OCR_MODES)}")
        unknown = [code for code in self.languages if code not in PACKS]
        if unknown:
            raise ValueError(f"OCR language {unknown[0]!r}: expected one of {', '.join(PACKS)}")


@dataclass(slots=True)
class Word:
    text: str
    confidence: float
    box: tuple[int, int, int, int]  # left, top, right, bottom in page pixels
    line_start: bool
    paragraph_start: bool


@dataclass(slots=True)
class PageReading:
    """Tesseract's words for one page, with the packs that produced them."""

    words: list[Word]
    packs: str
    width: int
    height: int

    @property
    def mean_confidence(self) -> float:
        scored = [word.confidence for word in self.words if word.text.strip()]
        return sum(scored) / len(scored) if scored else 0.0


@dataclass(slots=True)
class OcrLayout:
    """What the page images say where: pages, word offsets into the text, boxes, confidence."""

    pages: list[dict[str, Any]] = field(default_factory=list)
    previews: list[bytes] = field(default_factory=list)

    def metadata(self, engine: str) -> dict[str, Any]:
        read = [page for page in self.pages if page.get("ocr")]
        scored = [page["mean_confidence"] for page in read]
        mean = round(sum(scored) / len(scored), 1) if scored else None
        return {
            "engine": engine,
            "languages": sorted({page["languages"] for page in read}),
            "mean_confidence": mean,
            "low_confidence": bool(mean is not None and mean < LOW_CONFIDENCE),
            "pages": self.pages,
        }


def tessdata_dir() -> str:
    """Where the language packs are: $TESSDATA_PREFIX, else Debian's folder."""
    configured = os.environ.get("TESSDATA_PREFIX", "").strip()
    candidates = (configured, *_TESSDATA_DIRS) if configured else _TESSDATA_DIRS
    for candidate in candidates:
        if candidate and (Path(candidate) / "eng.traineddata").is_file():
            return candidate
    raise UnsupportedInput(
        "OCR needs Tesseract's language packs (Debian: tesseract-ocr-eng, -chi-sim, ...; "
        "scripts/system-deps.sh installs them) or TESSDATA_PREFIX"
    )


def engine_label() -> str:
    import tesserocr

    version = tesserocr.tesseract_version().split()[1] if tesserocr.tesseract_version() else "?"
    return f"tesseract {version} (tesserocr {_package_version('tesserocr')})"


def _package_version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover - a hard dependency
        return "?"


def open_image(data: bytes, name: str, max_pixels: int) -> tuple[list[Image.Image], str]:
    """Frames of an image file and its MIME type; decompression bombs and corrupt files
    are refused in one line."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            frames = []
            for index in range(getattr(image, "n_frames", 1)):
                image.seek(index)
                _check_pixels(image.size, name, max_pixels)
                frame = image.convert("RGB")
                frame.load()
                frames.append(frame)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise InputTooLarge(
            f"{name}: image has more than {max_pixels} pixels (decompression bomb?); refused"
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise UnsupportedInput(f"{name}: corrupt or unreadable image ({error})") from None
    if not frames:
        raise UnsupportedInput(f"{name}: image has no frames")
    return frames, Image.MIME.get(image.format or "", "image/unknown")


def _check_pixels(size: tuple[int, int], name: str, max_pixels: int) -> None:
    width, height = size
    if width * height > max_pixels:
        raise InputTooLarge(
            f"{name}: image of {width}x{height} pixels exceeds the limit of {max_pixels}; refused"
        )


def read_page(image: Image.Image, options: OcrOptions) -> PageReading:
    """The best reading of one page image among the packs its script and language call for.

    Tesseract's automatic layout analysis now and then drops the start of a short page
    (a one-line screenshot loses its first characters as "non-text"); a page of a few
    lines is therefore also read as one block of text, and that reading is kept when it
    finds clearly more characters.
    """
    reading = _choose_packs(image, options)
    if _lines(reading) > SHORT_PAGE_LINES:
        return reading
    block = _read(image, reading.packs, single_block=True)
    return block if _characters(block) > _characters(reading) * 1.05 else reading


def _choose_packs(image: Image.Image, options: OcrOptions) -> PageReading:
    """The reading with the packs of the page's script and language (given, or found).

    An English reading comes first: a confident one is Latin script, and its function
    words tell the language (read again with that pack unless it is English). An unsure
    one may be Chinese: read with both Chinese packs, the more confident wins.
    """
    codes = options.languages
    if any(code.startswith("zh") for code in codes):
        return _best(image, _chinese_packs(codes))
    if codes:
        return _read(image, "+".join(dict.fromkeys([PACKS[code] for code in codes] + ["eng"])))
    first = _read(image, "eng")
    if first.mean_confidence < CONFIDENT_LATIN:
        chinese = _read(image, "chi_sim+eng")
        if _cjk_share(chinese) > 0.3:
            return _best(image, ["chi_tra+eng"], chinese)
    language = _latin_language(" ".join(word.text for word in first.words)) or "en"
    if language == "en":
        return first
    return _best(image, [f"{PACKS[language]}+eng"], first)


def _lines(reading: PageReading) -> int:
    return sum(1 for word in reading.words if word.line_start)


def _characters(reading: PageReading) -> int:
    return sum(len(word.text) for word in reading.words)


def _chinese_packs(codes: tuple[str, ...]) -> list[str]:
    if "zh-Hans" in codes and "zh-Hant" not in codes:
        return ["chi_sim+eng"]
    if "zh-Hant" in codes and "zh-Hans" not in codes:
        return ["chi_tra+eng"]
    return ["chi_sim+eng", "chi_tra+eng"]


def _best(image: Image.Image, packs: list[str], seed: PageReading | None = None) -> PageReading:
    readings = [seed] if seed is not None else []
    readings += [_read(image, pack) for pack in packs]
    return max(readings, key=lambda reading: reading.mean_confidence)


def _cjk_share(reading: PageReading) -> float:
    letters = [char for word in reading.words for char in word.text if char.isalnum()]
    return sum(1 for char in letters if _is_cjk(char)) / len(letters) if letters else 0.0


#: The commonest function words of each Latin-script language: enough to pick a language
#: pack from a first reading (lingua would do it too, but loading its models costs more
#: CPU than reading the page).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for was with by on are from has have this".split()),
    "it": frozenset("il la di che e della del per un una sono con alla nel dei gli le".split()),
    "de": frozenset("der die und das den des ist nicht mit von sich auf eine ein dem im".split()),
    "es": frozenset("el la de que y los las del en por con una para se su al".split()),
    "fr": frozenset("le la les de des et est du une un en que pour dans par sur au".split()),
    "nl": frozenset("de het een van en is dat niet op met voor zijn te door aan er".split()),
    "pt": frozenset("o a os as de do da dos das que e em um uma para com não foi".split()),
}


def _latin_language(text: str) -> str | None:
    """The language whose function words the text uses most (None: too few to tell)."""
    words = [word.strip(".,;:!?\"'()«»„“”").lower() for word in text.split()]
    scores = {code: sum(1 for word in words if word in vocabulary)
              for code, vocabulary in FUNCTION_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] >= 2 else None


def _read(image: Image.Image, packs: str, single_block: bool = False) -> PageReading:
    import tesserocr

    words: list[Word] = []
    mode = tesserocr.PSM.SINGLE_BLOCK if single_block else tesserocr.PSM.AUTO
    with tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=packs, psm=mode) as api:
        api.SetImage(image)
        api.Recognize()
        iterator = api.GetIterator()
        level = tesserocr.RIL.WORD
        for item in tesserocr.iterate_level(iterator, level) if iterator is not None else ():
            try:
                text = item.GetUTF8Text(level)
            except RuntimeError:  # an empty page: the iterator stands on nothing
                continue
            box = item.BoundingBox(level)
            if not text or not text.strip() or box is None:
                continue
            words.append(Word(
                text=unicodedata.normalize("NFC", text.strip()),
                confidence=float(item.Confidence(level)),
                box=(int(box[0]), int(box[1]), int(box[2]), int(box[3])),
                line_start=bool(item.IsAtBeginningOf(tesserocr.RIL.TEXTLINE)),
                paragraph_start=bool(item.IsAtBeginningOf(tesserocr.RIL.PARA)),
            ))
    return PageReading(words=words, packs=packs, width=image.width, height=image.height)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x3000 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF
            or 0x20000 <= code <= 0x2FA1F)


def page_text(reading: PageReading, offset: int) -> tuple[str, list[list[Any]]]:
    """The page's text (lines, blank lines between paragraphs) and each word's span and box.

    Words in a line are joined by a space, except next to Chinese characters, which
    Chinese typesetting writes without one. Spans count from ``offset``, the page's
    start in the whole document's text.
    """
    parts: list[str] = []
    spans: list[list[Any]] = []
    length = 0
    previous = ""
    for word in reading.words:
        if parts:
            if word.paragraph_start:
                joint = "\n\n"
            elif word.line_start:
                joint = "\n"
            elif _is_cjk(previous[-1]) or _is_cjk(word.text[0]):
                joint = ""
            else:
                joint = " "
            parts.append(joint)
            length += len(joint)
        start = offset + length
        parts.append(word.text)
        length += len(word.text)
        spans.append([start, start + len(word.text), *word.box, round(word.confidence, 1)])
        previous = word.text
    return "".join(parts), spans


def preview_jpeg(image: Image.Image) -> bytes:
    """A page image small enough to show and to keep beside the original as evidence."""
    from PIL import Image as PILImage

    preview = image.copy()
    preview.thumbnail((PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE), PILImage.Resampling.LANCZOS)
    buffer = io.BytesIO()
    preview.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def add_page(layout: OcrLayout, parts: list[str], image: Image.Image, options: OcrOptions,
             offset: int, page_number: int) -> None:
    """OCR one page image; append its text to ``parts`` and its words to ``layout``."""
    reading = read_page(image, options)
    text, spans = page_text(reading, offset)
    parts.append(text)
    layout.previews.append(preview_jpeg(image))
    layout.pages.append({
        "page": page_number, "ocr": True, "width": reading.width, "height": reading.height,
        "languages": reading.packs, "mean_confidence": round(reading.mean_confidence, 1),
        "preview": len(layout.previews) - 1, "words": spans,
    })


@dataclass(frozen=True, slots=True)
class Region:
    """Where a span of the text stands on a page image, as fractions of the page's size."""

    page: int
    preview: str | int | None
    left: float
    top: float
    width: float
    height: float
    confidence: float


def evidence_regions(pages: list[dict[str, Any]], start: int, end: int) -> list[Region]:
    """The boxes (one per line of text) of the words that overlap ``[start, end)``."""
    regions: list[Region] = []
    for page in pages:
        width, height = float(page.get("width") or 1), float(page.get("height") or 1)
        line: list[list[Any]] = []
        for word in page.get("words", []):
            if word[1] <= start or word[0] >= end:
                continue
            if line and (word[3] >= line[-1][5] or word[2] < line[-1][2]):
                regions.append(_region(page, line, width, height))
                line = []
            line.append(word)
        if line:
            regions.append(_region(page, line, width, height))
    return regions


def _region(page: dict[str, Any], words: list[list[Any]], width: float, height: float) -> Region:
    left, top = min(w[2] for w in words), min(w[3] for w in words)
    right, bottom = max(w[4] for w in words), max(w[5] for w in words)
    return Region(
        page=int(page.get("page", 1)), preview=page.get("preview"),
        left=left / width, top=top / height,
        width=(right - left) / width, height=(bottom - top) / height,
        confidence=round(sum(w[6] for w in words) / len(words), 1),
    )
