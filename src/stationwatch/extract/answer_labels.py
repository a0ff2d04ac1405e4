"""The label lines of a written answer or a transcript, which say nothing of their own.

A parliamentary answer splits its text by question ("Zu Frage 3:", "Zu den Fragen 4 und 5:",
"Antwort 2", "Vraag 1", "Antwoord op vraag 6", "Answer to Question 5:", "Ad 4)") and a
transcript by turn ("FRAGE:", "Q:"), so a rule that looks a few sentences back for the stations
("nothing about the stations in it or the four sentences before") runs out among the labels.
A label is a line that holds only such a word and its numbers; rules skip it when they count
sentences back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # context builds the sentences; this module only reads them
    from stationwatch.extract.context import Sentence

#: A label alone on its line (folded view): the word, its numbers joined by "und", "en", "and",
#: commas or a dash, and a closing colon, full stop or bracket.
_LABEL = re.compile(
    r"\s*(?:zu (?:den )?fragen?|fragen?|antwort(?: (?:auf|zu) (?:die )?fragen?)?|ad|vragen?"
    r"|antwoord(?: op (?:de )?vragen?)?|questions?|answers?(?: to (?:the )?questions?)?|q|a)"
    r"(?:\s*(?:nr\.?|no\.?)?\s*\d{1,3}[a-z]?(?:\s*(?:,|und|bis|en|tot|and|to|-|–)\s*\d{1,3}[a-z]?)*)?"
    r"\s*[:.)]?\s*"
)


def is_label(sentence: Sentence) -> bool:
    """Whether the sentence is only a question's or answer's label."""
    return _LABEL.fullmatch(sentence.view) is not None
