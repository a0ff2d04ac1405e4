"""OCR speed and accuracy per language, against the bare Tesseract command on the same pages.

    python bench/ocr.py [--pages 3] [--out bench/results/ocr.md]

Renders a page of text per language (written for this benchmark; Chinese in both
scripts with a CJK font, the Latin-script languages with DejaVu Sans) as a 300 dpi
scan would look, then for each page measures:

1. ``stationwatch``: ``bytes_to_text`` with OCR on automatic language choice, as
   ``add``/``ingest`` run it (sandbox child, script and language detection, a second
   reading as one block): pages per minute of CPU time and character accuracy;
2. ``tesseract PAGE stdout -l PACK``, the bare engine told the right language pack:
   the same two figures, as the baseline.

Character accuracy is 1 - (edit distance / length of the source text), both texts
with white space removed (OCR's line breaks and spacing are not errors of reading).
CPU time counts the children (the sandbox and tesseract run there), one core at a time.
"""

from __future__ import annotations

import argparse
import io
import platform
import resource
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

PAGES = {
    "zh-Hans": ("chi_sim", [
        "关于进一步做好海外侨胞服务工作的通知",
        "为方便旅居海外的侨胞办理驾驶证换证、身份证明等业务，",
        "市公安局决定在部分国家设立海外警务服务站，",
        "由当地侨团负责日常运作，提供线上视频认证服务。",
        "服务站的工作人员均为志愿者，不收取任何费用。",
        "如有疑问，请与市公安局出入境管理支队联系。",
    ]),
    "zh-Hant": ("chi_tra", [
        "關於海外華僑服務站運作情況的說明",
        "該服務站設於當地同鄉會的辦公室內，",
        "協助僑胞辦理駕照更換及各類證明文件。",
        "外交部發言人表示，這些場所並非警察局，",
        "工作人員也不是中國的執法人員。",
        "當地政府已要求關閉所有相關場所。",
    ]),
    "en": ("eng", [
        "Written answer to a parliamentary question",
        "The minister confirmed that the police had received",
        "information about an office run by a Chinese association",
        "that offered services on behalf of a provincial bureau.",
        "An investigation was opened and the premises were closed",
        "in October; no arrests have been made so far.",
    ]),
    "it": ("ita", [
        "Risposta scritta all'interrogazione parlamentare",
        "Il Ministero dell'Interno ha disposto accertamenti",
        "sulla presunta stazione di polizia cinese a Prato,",
        "gestita secondo la ONG da un ufficio di pubblica sicurezza.",
        "Le verifiche sono state affidate alla Digos di Firenze",
        "e si sono concluse senza ulteriori provvedimenti.",
    ]),
    "de": ("deu", [
        "Antwort der Bundesregierung auf die Kleine Anfrage",
        "Der Bundesregierung liegen Erkenntnisse über eine",
        "sogenannte Polizeistation in Frankfurt am Main vor.",
        "Die Räume gehören einem Verein, der nach Angaben der",
        "Organisation für chinesische Behörden tätig gewesen sei.",
        "Das Landeskriminalamt hat Ermittlungen aufgenommen.",
    ]),
    "es": ("spa", [
        "Respuesta del Gobierno a la pregunta escrita",
        "La Policía Nacional investiga la supuesta comisaría",
        "que una asociación china habría abierto en Valencia.",
        "Según la organización, la oficina dependía de la",
        "policía de la provincia de Zhejiang desde el año 2018.",
        "El local permanece cerrado desde el mes de noviembre.",
    ]),
    "fr": ("fra", [
        "Réponse du ministère à la question écrite",
        "Les services de renseignement ont relevé l'existence",
        "d'un prétendu poste de police chinois à Paris,",
        "situé dans les locaux d'une association d'entraide.",
        "Une enquête a été ouverte par le parquet compétent",
        "et l'association a cessé ses activités.",
    ]),
    "nl": ("nld", [
        "Antwoord op schriftelijke vragen van het Kamerlid",
        "De minister bevestigt dat er in Rotterdam en Amsterdam",
        "zogenaamde politieposten actief waren van Chinese",
        "provinciale politiediensten, volgens de organisatie.",
        "De Chinese ambassade is verzocht de posten te sluiten",
        "en er is een onderzoek ingesteld naar hun activiteiten.",
    ]),
    "pt": ("por", [
        "Resposta do Governo à pergunta escrita do deputado",
        "O Ministério da Administração Interna confirmou que",
        "a alegada esquadra de polícia chinesa em Lisboa",
        "funcionava nas instalações de uma associação cultural.",
        "A Polícia Judiciária abriu um inquérito ao caso",
        "e não foram detetadas atividades ilícitas até agora.",
    ]),
}


def render_page(lines: list[str]) -> bytes:
    """An A4-width page at 300 dpi with the lines in 12 pt type, as a PNG."""
    width, margin, size = 2480, 200, 50
    height = margin * 2 + len(lines) * size * 2
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for index, line in enumerate(lines):
        cjk = any(ord(char) > 0x2E80 for char in line)
        font = ImageFont.truetype(CJK_FONT if cjk else LATIN_FONT, size)
        draw.text((margin, margin + index * size * 2), line, fill=0, font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def accuracy(read: str, source: str) -> float:
    read, source = "".join(read.split()), "".join(source.split())
    return max(0.0, 1 - edit_distance(read, source) / len(source))


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_stationwatch(page: bytes, repeat: int) -> tuple[float, str]:
    from stationwatch.extract.text import bytes_to_text

    text = ""
    before = child_cpu()
    for _ in range(repeat):
        text = bytes_to_text(page, "page.png").text
    return (child_cpu() - before) / repeat, text


def measure_tesseract(page: bytes, pack: str, repeat: int) -> tuple[float, str]:
    with tempfile.NamedTemporaryFile(suffix=".png") as file:
        file.write(page)
        file.flush()
        text = ""
        before = child_cpu()
        for _ in range(repeat):
            text = subprocess.run(["tesseract", file.name, "stdout", "-l", pack],
                                  capture_output=True, text=True, check=True,
                                  env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"}).stdout
        return (child_cpu() - before) / repeat, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=3, help="readings of each page to average")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "ocr.md")
    options = parser.parse_args()
    rows = []
    totals = {"sw": 0.0, "tess": 0.0}
    for language, (pack, lines) in PAGES.items():
        page, source = render_page(lines), "\n".join(lines)
        sw_cpu, sw_text = measure_stationwatch(page, options.pages)
        tess_cpu, tess_text = measure_tesseract(page, pack, options.pages)
        totals["sw"] += sw_cpu
        totals["tess"] += tess_cpu
        rows.append((language, pack, 60 / sw_cpu, accuracy(sw_text, source), 60 / tess_cpu,
                     accuracy(tess_text, source)))
        print(f"{language}: stationwatch {60 / sw_cpu:.1f} pages/min, "
              f"{accuracy(sw_text, source):.3f}; tesseract -l {pack} {60 / tess_cpu:.1f} "
              f"pages/min, {accuracy(tess_text, source):.3f}", file=sys.stderr)
    count = len(PAGES)
    version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True,
                             check=False).stdout.splitlines()[0]
    lines = [
        "# OCR: pages per minute per core and character accuracy",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"`{version}` (baseline), one page of six lines per language at 300 dpi, "
        f"each read {options.pages} times; CPU time of one core.",
        "",
        f"Command: `.venv/bin/python bench/ocr.py --pages {options.pages}`",
        "",
        "| language | pack | stationwatch pages/min | stationwatch accuracy "
        "| `tesseract -l pack` pages/min | tesseract accuracy |",
        "|---|---|---:|---:|---:|---:|",
        *(f"| {lang} | {pack} | {sw:.1f} | {sw_acc:.3f} | {te:.1f} | {te_acc:.3f} |"
          for lang, pack, sw, sw_acc, te, te_acc in rows),
        f"| **all** | | **{60 * count / totals['sw']:.1f}** | "
        f"**{sum(r[3] for r in rows) / count:.3f}** | **{60 * count / totals['tess']:.1f}** | "
        f"**{sum(r[5] for r in rows) / count:.3f}** |",
        "",
        f"Ratio: stationwatch reads {totals['tess'] / totals['sw']:.2f}x as many pages per "
        "minute as the bare engine told the right pack. The difference is what choosing the "
        "pack costs when nobody says the language (an English and a Chinese reading first, "
        "then the detected language's pack, both Chinese scripts for Chinese) plus the second "
        "reading as one block and the sandboxed child; `--ocr-lang` skips the choice.",
    ]
    options.out.write_text("\n".join(lines) + "\n")
    print(f"wrote {options.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
