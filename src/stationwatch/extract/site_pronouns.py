"""A site named in one sentence and tied to a PRC bureau by a pronoun in the next.

Interviews, transcripts and features name the site once ("eine sogenannte Beratungsstelle",
"a small office above a shop") and then say who set it up with a pronoun or, in Italian,
Spanish and Portuguese, with a bare passive: "Laut dem Bericht wurde sie von der Polizei der
Stadt Fuyu eingerichtet", "It was set up by the Lishui police", "Fue abierta por la policía
de Qingtian". The sentence with the bureau has no site noun and the sentence with the site no
bureau, so neither alone ties a site to the PRC; read together they do, as a facility noun
and a tie in one sentence do (``facility_links``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stationwatch.extract.facility_links import FACILITY

if TYPE_CHECKING:  # the gate asks before matches are attached
    from stationwatch.extract.context import DocContext, Sentence

#: The agent phrase that ends right where the bureau's mention starts (folded view): "by the",
#: "von der", "vom", "door de", "par la", "dalla", "por la", "pela".
_AGENT_BEFORE = re.compile(
    r"\b(?:by(?: the)?|von(?: der| dem| den)?|vom|durch(?: die| das| den)?|door(?: de| het)?"
    r"|par(?: la| le| les)?|par l'|da|dal|dalla|dall'|dallo|dai|dagli|dalle|por(?: la| el| los"
    r"| las)?|pel[oa]s?|por(?: a| o| as| os)?)\s*$"
)
#: A pronoun that stands for a thing named before: "it", "they", "sie", "es", "ze", "het",
#: "elle", "il", "celle-ci", "diese".
_PRONOUN = re.compile(
    r"\b(?:it|they|sie|es|er|diese[rs]?|ze|zij|het|deze|elle|elles|il|ils|celle-ci|celui-ci"
    r"|ceux-ci|celles-ci)\b"
)
#: A passive that opens the sentence without a subject, in the languages that drop it: "fue
#: abierta por", "è stata aperta da", "sarebbe stato creato dalla", "foi aberta pela".
_BARE_PASSIVE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:que|che|secondo \w+|segun \w+|segundo \w+)\s+)"
    r"(?:(?:habria|habia|ha|han|habrian|habian) sido|fue|fueron|seria|serian|era|eran"
    r"|(?:e|sarebbe|era|sono|sarebbero|erano) stat[oaie]|(?:foi|foram|teria sido|teriam sido"
    r"|tinha sido|seria|era))\s"
)
#: Languages that drop the subject pronoun.
_PRO_DROP = frozenset({"it", "es", "pt"})
#: How many sentences back the site may be named.
SITE_REACH = 3


def ties_a_site_named_before(doc: DocContext, position: int, bureau_starts: list[int]) -> bool:
    """Whether the sentence at ``position`` ties, by a pronoun or a bare passive, a site named
    in one of the sentences just before it to a bureau that starts at one of ``bureau_starts``
    (the caller has found a PRC division's bureau by name and a verb of running or setting up
    in the sentence)."""
    sentence = doc.sentences[position]
    view = sentence.view
    agents = [s for s in bureau_starts if _AGENT_BEFORE.search(view, max(0, s - 12), s)]
    if not agents:
        return False
    head = view[: agents[0]]
    if not (_PRONOUN.search(head) or (sentence.lang in _PRO_DROP and _BARE_PASSIVE.search(head))):
        return False
    return any(_names_a_site(doc.sentences[i])
               for i in range(max(0, position - SITE_REACH), position))


def _names_a_site(sentence: Sentence) -> bool:
    """A facility or station noun in the sentence."""
    return sentence.has("station") or sentence.has("station_weak") \
        or FACILITY.search(sentence.view) is not None
