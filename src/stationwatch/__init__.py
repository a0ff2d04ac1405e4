"""Stationwatch: capture, extract, review and publish evidence on overseas police stations."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
