"""Write the hostile corpus: crafted files an adversary could hand an investigator.

Nothing binary is committed; every file is built here at test time, from the
bytes up (PDF syntax is text, so PDFs are written object by object).

    python -m tests.hostile.generate OUTPUT_DIR

Each entry of ``CASES`` names a file and what ``stationwatch extract`` must do
with it: ``"error"`` (one clear line naming the file, exit status 1) or
``"ok"`` (a correct result, exit status 0).
"""

from __future__ import annotations

import gzip
import io
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One hostile file and the outcome a user must see."""

    name: str
    outcome: str  # "error" or "ok"
    why: str
    expect_in_error: str = ""


def pdf_document(objects: list[bytes], *, root: int = 1, xref_offset: int | None = None,
                 prev: int | None = None) -> bytes:
    """A PDF from numbered object bodies (object i+1 is objects[i]) with a correct xref table.

    ``xref_offset`` overrides the startxref pointer and ``prev`` adds a /Prev
    entry: the tools for building xref loops.
    """
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref_at = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, root)
    if prev is not None:
        trailer += b" /Prev %d" % prev
    out.write(b"trailer\n" + trailer + b" >>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % (xref_at if xref_offset is None else xref_offset))
    return out.getvalue()


def stream(content: bytes, *, compress: bool = True, extra: bytes = b"") -> bytes:
    data = zlib.compress(content, 9) if compress else content
    flt = b" /Filter /FlateDecode" if compress else b""
    return b"<< /Length %d%s%s >>\nstream\n" % (len(data), flt, extra) + data + b"\nendstream"


def text_page_pdf(line: str, *, catalog_extra: bytes = b"") -> bytes:
    """A one-page PDF whose text layer is ``line`` (ASCII)."""
    content = b"BT /F1 12 Tf 72 720 Td (" + line.encode("ascii") + b") Tj ET"
    return pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R" + catalog_extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


NORMAL_LINE = (
    "The Dutch government ordered the closure of two police service stations in Amsterdam."
)


def repeated_deflate(block: bytes, times: int, prefix: bytes = b"") -> bytes:
    """A zlib stream of ``prefix + block * times``, built without compressing every copy.

    After a full flush the compressor forgets its history, so one compressed
    copy of ``block`` can be repeated; only the Adler-32 trailer needs all the data.
    """
    compressor = zlib.compressobj(9)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    body = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    checksum = zlib.adler32(prefix)
    for _ in range(times):
        checksum = zlib.adler32(block, checksum)
    final_empty_block = b"\x03\x00"
    return head + body * times + final_empty_block + checksum.to_bytes(4, "big")


def flate_bomb_pdf(inflated: int = 2048 * MIB) -> bytes:
    """A page whose content stream inflates from ~3 MB to ``inflated`` bytes of operators."""
    block = b"0 0 m " * (MIB // 6)
    data = repeated_deflate(block, inflated // len(block), b"BT /F1 12 Tf 72 720 Td (bomb) Tj ET\n")
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return pdf_document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def xref_loop_pdf() -> bytes:
    """Trailer /Prev pointing at its own xref section, and a page tree whose kid is its parent."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
    ]
    body = pdf_document(objects)
    xref_at = body.rindex(b"xref\n")
    return pdf_document(objects, prev=xref_at)


def javascript_pdf() -> bytes:
    """A normal page plus /OpenAction JavaScript and a /Launch action; text must still come out."""
    objects_extra = (
        b" /OpenAction << /S /JavaScript /JS (app.launchURL\\('http://127.0.0.1:9/leak'\\);) >>"
        b" /AA << /WC << /S /Launch /F (/bin/sh) >> >>"
    )
    return text_page_pdf(NORMAL_LINE, catalog_extra=objects_extra)


def billion_laughs_xhtml() -> bytes:
    entities = "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "lol" * 10}">\n'
        for i in range(1, 10)
    )
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n' + entities + "]>\n"
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
        "<p>Police stations report &lol9; in the capital, according to the ministry.</p>"
        "</article></body></html>"
    ).encode()


def xxe_xhtml() -> bytes:
    return (
        b'<?xml version="1.0"?>\n'
        b'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><body><article>'
        b"<p>The leaked account list follows: &xxe; and the ministry did not comment on it.</p>"
        b"</article></body></html>"
    )


def deep_html(levels: int = 100_000) -> bytes:
    return (
        b"<!doctype html><html><body>" + b"<div>" * levels
        + b"<p>Text at the bottom of a very deep tree, long enough to be the main text.</p>"
        + b"</div>" * levels + b"</body></html>"
    )


def gzip_bomb(inflated: int = 1024 * MIB) -> bytes:
    """Concatenated gzip members (valid gzip) of zeros: ~1 MB that inflates to ``inflated``."""
    return gzip.compress(bytes(MIB), compresslevel=9) * (inflated // MIB)


def zip_bomb(inflated: int = 256 * MIB) -> bytes:
    """A zip whose single member inflates to ``inflated`` bytes, named with path traversal."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("../../etc/x.txt", "w", force_zip64=True) as member:
            zero = bytes(MIB)
            for _ in range(inflated // MIB):
                member.write(zero)
        archive.writestr("\x1b[31mred\n.txt", b"hello")
    return out.getvalue()


def warc_record(number: int, target: str, payload: bytes, *, declared: int | None = None) -> bytes:
    """An uncompressed WARC resource record; ``declared`` lets the Content-Length lie."""
    length = len(payload) if declared is None else declared
    headers = (
        "WARC/1.0\r\n"
        "WARC-Type: resource\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>\r\n"
        "WARC-Date: 2023-01-01T00:00:00Z\r\n"
        f"WARC-Target-URI: {target}\r\n"
        "Content-Type: text/plain\r\n"
        f"Content-Length: {length}\r\n\r\n"
    )
    return headers.encode("utf-8") + payload + b"\r\n\r\n"


#: Text of the one honest record in ``hostile_warc``.
WARC_GOOD_TEXT = "Italian police ended joint patrols; two stations were closed in Rome."


def hostile_warc() -> bytes:
    """Honest, traversal-named, escape-named, lying and truncated records, in that order."""
    return b"".join([
        warc_record(1, "http://example.org/good.txt", WARC_GOOD_TEXT.encode()),
        warc_record(2, "http://example.org/../../etc/x.txt", b"traversal target name"),
        warc_record(3, "../../etc/x.txt", b"a bare relative path as the target"),
        warc_record(4, "http://example.org/%1b[31mred%0d%0afake.txt", b"escapes in the name"),
        warc_record(5, "http://example.org/short.txt", b"longer than declared", declared=7),
        warc_record(6, "http://example.org/truncated.txt", b"cut off here" * 10)[:-60],
    ])


def single_line_text(size: int = 100 * MIB) -> bytes:
    return b"a" * size


def mixed_encoding_text() -> bytes:
    return (
        "Città di Prato: la polizia ha chiuso la stazione.\n".encode()
        + "Caf\xe9 owners in Milano said nothing.\n".encode("latin-1")
    )


CASES: list[Case] = [
    Case("normal.pdf", "ok", "a one-page PDF, the control case"),
    Case("flate-bomb.pdf", "error", "content stream inflates ~1000x", "limit"),
    Case("xref-loop.pdf", "error", "xref /Prev and page tree loops"),
    Case("javascript.pdf", "ok", "OpenAction JavaScript and Launch actions are inert"),
    Case("billion-laughs.xhtml", "error", "nested entity expansion", "XML entities"),
    Case("xxe.xhtml", "error", "external entity on /etc/passwd", "XML entities"),
    Case("deep.html", "error", "100,000 nested elements", "deep"),
    Case("bomb.txt.gz", "error", "gzip bomb (not a supported type)"),
    Case("bomb.zip", "error", "zip bomb with a traversal member name"),
    Case("single-line.txt", "error", "100 MB on one line", "exceeds"),
    Case("invalid-utf8.txt", "error", "bytes that are not UTF-8", "UTF-8"),
    Case("nul-bytes.txt", "error", "NUL bytes in text", "NUL"),
    Case("mixed-encoding.txt", "error", "Latin-1 inside UTF-8", "UTF-8"),
    Case("hostile.warc", "error", "truncated and lying records (not an extract input)"),
    Case("name-\x1b[31mred\r\nfake error line.txt", "error", "control characters in the name",
         "UTF-8"),
]


def write_corpus(directory: Path) -> dict[str, Path]:
    """Write every case into ``directory``; returns name → path."""
    directory.mkdir(parents=True, exist_ok=True)
    builders = {
        "normal.pdf": lambda: text_page_pdf(NORMAL_LINE),
        "flate-bomb.pdf": flate_bomb_pdf,
        "xref-loop.pdf": xref_loop_pdf,
        "javascript.pdf": javascript_pdf,
        "billion-laughs.xhtml": billion_laughs_xhtml,
        "xxe.xhtml": xxe_xhtml,
        "deep.html": deep_html,
        "bomb.txt.gz": gzip_bomb,
        "bomb.zip": zip_bomb,
        "single-line.txt": single_line_text,
        "invalid-utf8.txt": lambda: b"Stations \xff\xfe\xfd in Prague",
        "nul-bytes.txt": lambda: b"Stations\x00in\x00Prague\n",
        "mixed-encoding.txt": mixed_encoding_text,
        "hostile.warc": hostile_warc,
        "name-\x1b[31mred\r\nfake error line.txt": lambda: b"caf\xe9 au lait",
    }
    written = {}
    for case in CASES:
        path = directory / case.name
        path.write_bytes(builders[case.name]())
        written[case.name] = path
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.hostile.generate OUTPUT_DIR")
    for name, path in write_corpus(Path(sys.argv[1])).items():
        print(f"{path.stat().st_size:>12}  {name!r}")
