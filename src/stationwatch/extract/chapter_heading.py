"""A report's numbered chapter or section heading: it names a topic, it tells no case.

"Chapitre 4 — La diaspora chinoise sous surveillance : Algérie et Tunisie", "Chapter 3: Pressure
to return", "Capítulo 2. Persecución de disidentes", "Kapitel 5: Überwachung", 第四章 海外监控:
the chapter's body tells the cases, each with its own sentence; the heading only announces them.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: A chapter's or section's word and number opening the line (folded view).
_CHAPTER = re.compile(
    r"^\W{0,3}(?:chapter|section|part|chapitre|partie|capitolo|sezione|parte|capitulo|seccion"
    r"|secao|kapitel|abschnitt|teil|hoofdstuk|deel|sectie|annex|annexe|anexo|allegato"
    r"|anhang|bijlage)\s+(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\b(?:\.\d{1,3})*\s*[-–—:.)]?\s"
    r"|^\W{0,3}第[一二三四五六七八九十百\d]{1,4}(?:章|节|節|部分)"
)
#: A heading ends without a full stop and is short.
HEADING_WORDS = 16


def is_chapter_heading(sentence: Sentence) -> bool:
    """Whether the sentence is a numbered chapter or section heading of a report."""
    text = sentence.text.rstrip()
    if text.endswith((".", "。", "!", "?", "！", "？")) or len(text.split()) > HEADING_WORDS:
        return False
    return _CHAPTER.match(sentence.view) is not None
