"""Files, directories and mixed command-line inputs."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from stationwatch.capture import Capture, CaptureFailure, capture_file, iter_inputs
from stationwatch.errors import InputError, InputTooLarge
from tests.capture.conftest import HTML, Server


def make_tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden-dir").mkdir()
    (root / "a.txt").write_text("station report")
    (root / "b.html").write_bytes(HTML)
    (root / "sub" / "c.md").write_text("# notes")
    (root / "sub" / "deeper" / "d.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (root / "sub" / "e.XHTML").write_bytes(HTML)
    (root / ".secret.txt").write_text("hidden")
    (root / ".hidden-dir" / "f.txt").write_text("hidden too")
    (root / "image.gif").write_bytes(b"GIF89a")
    (root / "notes.docx").write_bytes(b"PK\x03\x04")


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = list(iter_inputs([str(tmp_path)]))
    assert all(isinstance(item, Capture) for item in items)
    names = [Path(item.source).relative_to(tmp_path).as_posix() for item in items]
    assert names == ["a.txt", "b.html", "sub/c.md", "sub/deeper/d.pdf", "sub/e.XHTML"]


def test_file_capture_keeps_exact_bytes_and_provenance(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(HTML)
    capture = capture_file(path)
    assert capture.data == HTML
    assert capture.source == str(path.absolute())
    assert capture.source_kind == "file"
    assert capture.name == "report.html"
    assert capture.http_status is None and capture.warc_bytes is None
    assert capture.captured_at.tzinfo is not None
    assert capture.metadata["size"] == len(HTML)


def test_explicit_unsupported_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "photo.gif"
    path.write_bytes(b"GIF89a")
    (failure,) = list(iter_inputs([str(path)]))
    assert isinstance(failure, CaptureFailure)
    assert "unsupported file type '.gif'" in failure.reason


def test_explicit_hidden_file_is_captured(tmp_path: Path) -> None:
    path = tmp_path / ".draft.txt"
    path.write_text("draft")
    (capture,) = list(iter_inputs([str(path)]))
    assert isinstance(capture, Capture) and capture.data == b"draft"


def test_missing_path_is_a_failure_naming_it(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.txt")
    (failure,) = list(iter_inputs([missing]))
    assert failure == CaptureFailure(missing, "no such file or directory")
    with pytest.raises(InputError, match="no such file"):
        capture_file(Path(missing))


def test_symlink_escaping_the_directory_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("private")
    root = tmp_path / "root"
    root.mkdir()
    (root / "inside.txt").write_text("public")
    (root / "escape.txt").symlink_to(outside / "secret.txt")
    (root / "linked-dir").symlink_to(outside, target_is_directory=True)
    (root / "alias.txt").symlink_to(root / "inside.txt")

    items = list(iter_inputs([str(root)]))
    captured = {Path(item.source).name: item.data for item in items if isinstance(item, Capture)}
    assert captured == {"alias.txt": b"public", "inside.txt": b"public"}
    refused = [item for item in items if isinstance(item, CaptureFailure)]
    assert [Path(item.source).name for item in refused] == ["escape.txt"]
    assert "outside the directory" in refused[0].reason
    assert all(b"private" not in item.data for item in items if isinstance(item, Capture))


def test_file_over_the_size_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATIONWATCH_MAX_BYTES", "10")
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(InputTooLarge, match="11 bytes, above the limit of 10"):
        capture_file(path)
    (failure,) = list(iter_inputs([str(path)]))
    assert isinstance(failure, CaptureFailure) and "above the limit" in failure.reason


def test_hostile_file_name_is_kept_only_as_metadata(tmp_path: Path) -> None:
    raw = "..\x1b[31mreport\nfinal\\..txt"
    path = tmp_path / raw
    path.write_text("text")
    capture = capture_file(path)
    assert capture.metadata["original_name"] == raw
    for bad in ("\x1b", "\n", "\\", "/"):
        assert bad not in capture.name
    assert not capture.name.startswith(".")


def test_warc_in_a_directory_and_by_content(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    record = writer.create_warc_record(
        "https://news.example/x.html",
        "response",
        payload=io.BytesIO(HTML),
        length=len(HTML),
        http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")], "HTTP/1.1"),
    )
    writer.write_record(record)
    (tmp_path / "crawl.warc.gz").write_bytes(buffer.getvalue())
    (tmp_path / "no-suffix").write_bytes(buffer.getvalue())

    (from_dir,) = list(iter_inputs([str(tmp_path)]))
    assert isinstance(from_dir, Capture) and from_dir.source_kind == "warc"
    (by_content,) = list(iter_inputs([str(tmp_path / "no-suffix")]))
    assert isinstance(by_content, Capture) and by_content.data == HTML


def test_file_named_warc_that_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("hello")
    (failure,) = list(iter_inputs([str(path)]))
    assert isinstance(failure, CaptureFailure) and "does not start with WARC/" in failure.reason


@pytest.mark.parametrize(
    ("arg", "scheme"),
    [
        ("file:///etc/passwd", "file"),
        ("ftp://example.com/x", "ftp"),
        ("gopher://127.0.0.1/", "gopher"),
        ("data:text/plain,hi", "data"),
        ("javascript:alert(1)", "javascript"),
    ],
)
def test_other_schemes_are_failures(arg: str, scheme: str) -> None:
    (failure,) = list(iter_inputs([arg]))
    expected = f"unsupported URL scheme '{scheme}' (only http and https)"
    assert failure == CaptureFailure(arg, expected)


@pytest.mark.parametrize("arg", ["http:/127.0.0.1/", "https:example.org/page", "HTTP:/x.org"])
def test_a_web_url_missing_its_slashes_is_named_for_what_it_is(arg: str) -> None:
    (failure,) = list(iter_inputs([arg]))
    scheme = arg.split(":", 1)[0].lower()
    assert isinstance(failure, CaptureFailure) and failure.source == arg
    assert failure.reason == (f"malformed {scheme} URL: expected {scheme}://host/path "
                              "(two slashes after the scheme, then the host)")
    assert "unsupported" not in failure.reason


def test_mixed_inputs_keep_going_after_failures(tmp_path: Path, http_server: Server) -> None:
    good = tmp_path / "good.txt"
    good.write_text("fine")
    refused_url = http_server.url("/page.html")
    items = list(iter_inputs([str(tmp_path / "missing.txt"), refused_url, str(good)]))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["CaptureFailure", "CaptureFailure", "Capture"]
    url_failure = items[1]
    assert isinstance(url_failure, CaptureFailure)
    assert url_failure.source == refused_url
    assert url_failure.reason.startswith("refused: 127.0.0.1 is a loopback address")


def test_url_inputs_with_allow_private(http_server: Server) -> None:
    (capture,) = list(iter_inputs([http_server.url("/page.html")], allow_private=True))
    assert isinstance(capture, Capture) and capture.data == HTML


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x")
    path.chmod(0)
    (failure,) = list(iter_inputs([str(path)]))
    assert isinstance(failure, CaptureFailure) and "cannot read" in failure.reason


def test_fifo_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "real.txt").write_text("ok")
    items = list(iter_inputs([str(tmp_path), str(fifo)]))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["CaptureFailure", "Capture", "CaptureFailure"]
    reasons = {item.reason for item in items if isinstance(item, CaptureFailure)}
    assert reasons == {"not a regular file"}
