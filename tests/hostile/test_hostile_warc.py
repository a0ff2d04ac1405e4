"""Hostile web archives: lying and truncated records, names built to escape a directory.

Read through capture's public ``iter_warc`` and then through ``bytes_to_text``,
the path the evidence store takes for a WARC given to ``add``.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from stationwatch.capture.models import Capture, CaptureFailure
from stationwatch.capture.warc import iter_warc
from stationwatch.errors import InputError
from stationwatch.extract.text import bytes_to_text
from tests.hostile.generate import WARC_GOOD_TEXT, hostile_warc


@pytest.fixture
def items(tmp_path: Path) -> list[Capture | CaptureFailure]:
    path = tmp_path / "hostile.warc"
    path.write_bytes(hostile_warc())
    return list(iter_warc(path))


def test_every_record_is_a_capture_or_a_failure_in_order(
    items: list[Capture | CaptureFailure],
) -> None:
    assert [type(item).__name__ for item in items] == [
        "Capture", "Capture", "Capture", "Capture", "CaptureFailure", "CaptureFailure"
    ]


def test_the_honest_record_keeps_its_exact_bytes(items: list[Capture | CaptureFailure]) -> None:
    first = items[0]
    assert isinstance(first, Capture)
    assert first.data == WARC_GOOD_TEXT.encode()
    assert bytes_to_text(first.data, first.name).text == WARC_GOOD_TEXT


def test_lying_and_truncated_records_are_refused_with_a_reason(
    items: list[Capture | CaptureFailure],
) -> None:
    shorter, truncated = items[4], items[5]
    assert isinstance(shorter, CaptureFailure)
    assert "Content-Length" in shorter.reason
    assert isinstance(truncated, CaptureFailure)
    assert "truncated" in truncated.reason
    for failure in (shorter, truncated):
        assert "\n" not in failure.reason


def test_names_from_targets_cannot_steer_a_path_or_a_terminal(
    items: list[Capture | CaptureFailure], tmp_path: Path
) -> None:
    captures = [item for item in items if isinstance(item, Capture)]
    for capture in captures:
        assert "/" not in capture.name
        assert "\\" not in capture.name
        assert not capture.name.startswith(".")
        assert all(unicodedata.category(char)[0] != "C" for char in capture.name), capture.name
        resolved = (tmp_path / capture.name).resolve()
        assert resolved.parent == tmp_path.resolve()
    assert [c.metadata.get("original_name") for c in captures][3] == "\x1b[31mred\r\nfake.txt"


def test_every_captured_payload_goes_through_the_text_limits(
    items: list[Capture | CaptureFailure],
) -> None:
    for item in items:
        if isinstance(item, Capture):
            try:
                bytes_to_text(item.data, item.name)
            except InputError as error:
                assert str(error).startswith(item.name)
