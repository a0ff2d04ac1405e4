"""OCR tests need Tesseract's language packs (Debian); CI installs them, elsewhere they skip."""

from __future__ import annotations

import os

import pytest

from stationwatch.errors import UnsupportedInput
from stationwatch.extract.ocr import tessdata_dir

try:
    tessdata_dir()
    MISSING = ""
except UnsupportedInput as error:
    MISSING = str(error)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not MISSING:
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError(f"CI must run the OCR tests: {MISSING}")
    for item in items:
        if "tests/ocr/" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=MISSING))
