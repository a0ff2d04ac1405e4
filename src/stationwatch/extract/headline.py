"""The headline of a web page or a printed issue, after the lines its outlet sets above it.

A page copied from a news site opens on the outlet's furniture before the headline: a trail of
sections ("Home > World > Asia", "首页 > 泰国新闻 > 社会", "Inicio / Sociedad / Puno"), a
section label ("Lokales | Süden"), a row of font and share
buttons ("字号：大 中 小　分享到：微信 | 微博"). The rules that read the report's place from its
headline would read one of those lines instead and find no place, or the region of a section
label. The headline is the first of the opening lines that is none of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stationwatch.extract.context import DocContext, Sentence
    from stationwatch.text.gazetteer import PlaceMatch

#: How many lines of furniture may stand above the headline.
FURNITURE_LINES = 3
#: A separator between the items of a trail of sections or a row of labels: " > ", " › ", " » ",
#: " / ", " | " (spaced, so that "14/01/2026" or "and/or" are not one), or a full-width bar.
_SEPARATOR = re.compile(r"\s[>›»/|｜]\s|[｜]")
#: Words of a row of page buttons: font size, share, print (folded view, and Chinese).
_BUTTONS = re.compile(
    r"字号|字體|字体|分享到|分享至|打印本页|"
    r"\b(?:share|print|font size|teilen|drucken|delen|partager|imprimer|condividi|stampa"
    r"|compartir|imprimir|compartilhar|partilhar)\b\s*[:：|]"
)
#: The most words of a row of labels with one separator ("Lokales | Süden").
LABEL_WORDS = 4

def headline(doc: DocContext) -> Sentence | None:
    """The first opening line that is not the page's furniture (the first line if all are)."""
    if not doc.sentences:
        return None
    for sentence in doc.sentences[: FURNITURE_LINES + 1]:
        if not is_furniture(sentence):
            return sentence
    return doc.sentences[0]


def headline_index(doc: DocContext) -> int:
    """The index of ``headline`` (0 for a document without sentences)."""
    title = headline(doc)
    return 0 if title is None else title.index


def title_places(doc: DocContext) -> list[tuple[Sentence, PlaceMatch]]:
    """The places abroad the headline names; if it names none, those of the trail above it,
    whose last item may be the town of a local news section ("Il Centro | Cronaca | Sulmona")."""
    title = headline(doc)
    if title is None:
        return []
    found = [(title, m) for m in title.local_places()]
    if found:
        return found
    return [(s, m) for s in doc.sentences[: title.index] for m in s.local_places()]


def is_furniture(sentence: Sentence) -> bool:
    """A trail of sections, or a row of buttons or labels.

    A masthead in capitals is left alone: above an official text it is the issuer's name and
    the line below it the issuing office, not a headline."""
    text = sentence.text.strip()
    if not text or text.endswith((".", "。", "!", "?", "！", "？")):
        return False
    words = text.split()
    separators = len(_SEPARATOR.findall(text))
    # "LIVE | Raid in …" is a headline with a label; "Lokales | Süden" is only labels
    return separators >= 2 or (separators == 1 and len(words) <= LABEL_WORDS) \
        or _BUTTONS.search(sentence.view) is not None
