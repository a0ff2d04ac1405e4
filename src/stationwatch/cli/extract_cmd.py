"""``stationwatch extract``: print the facts of documents (placeholder until the pipeline lands)."""
from __future__ import annotations

from stationwatch.cli import app


@app.command()
def extract() -> None:
    """Extract facts from documents."""
