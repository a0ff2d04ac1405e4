"""How ``stationwatch search`` prints: one block per hit with its words marked, or JSON.

The hits are the web's (``views.search``): the same words, aliases, filters, ranking
and redaction, read by the audience the command was given.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.text import Text

from stationwatch.views.models import Page, SearchHit, Segment

#: How a found word is shown in the terminal.
HIT_STYLE = "bold reverse"


def snippet_text(segments: list[Segment]) -> Text:
    """A snippet with the words found in it marked."""
    text = Text()
    for segment in segments:
        text.append(re.sub(r"\s+", " ", segment.text),
                    style=HIT_STYLE if segment.mark == "hit" else "")
    return text


def header(hit: SearchHit) -> Text:
    """``doc_id  title  [date, language]``, and for a fact its kind and id first."""
    line = Text()
    if hit.fact_id:
        line.append(f"{hit.kind} fact {hit.fact_id}  ", style="bold")
    line.append(hit.doc_id, style="bold")
    if hit.title:
        line.append(f"  {hit.title}", style="italic")
    meta = ", ".join(part for part in (hit.published, hit.language) if part)
    if meta:
        line.append(f"  [{meta}]", style="dim")
    return line


def print_page(console: Console, found: Page[SearchHit], noun: str) -> None:
    """The hits of one page, then where they sit among all of them."""
    if not found.items:
        console.print("no matches")
        return
    for hit in found.items:
        console.print(header(hit))
        console.print(snippet_text(hit.snippet))
    first = (found.page - 1) * found.per_page + 1
    console.print(Text(f"{noun} {first}-{first + len(found.items) - 1} of {found.total}",
                       style="dim"))
