"""An act whose subject is "no authority": "Nessuna procura ha aperto un'indagine", "No police
force has opened an inquiry", "Keine Staatsanwaltschaft hat ermittelt", "Ningún juzgado ha
abierto diligencias". The negation sits on the subject, often far from the act and behind an
aside ("a quanto ci risulta"), where a negation before the act is not looked for; the act is
reported as not done. Reads the folded view of one sentence."""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: A negative determiner and a body that acts for a state, opening the sentence or a clause
#: (folded view). States themselves ("no country has…") are states in general, not this.
_NO_AUTHORITY = re.compile(
    r"(?:^|[,:;(]\s*|\b(?:that|che|que|dass|dat|whether|ob|se)\s+)"
    r"(?:no|not a single|not one|none of the|nessun[oa]?|nessun.|neanche una?|kein\w*"
    r"|geen(?: enkele)?|aucun\w*|ningun[oa]?|ningun|nenhum[oa]?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:authorit\w*|police\w*|prosecutor\w*|court|judge|ministry|government|agency|"
    r"procur[ae]|autorita|questur[ae]|prefettur[ae]|magistrat[oi]|tribunale|ministero|governo"
    r"|forz[ae] (?:di|dell.) (?:polizia|ordine)|polizi\w*"
    r"|behorde\w*|staatsanwaltschaft\w*|polizei\w*|gericht\w*|ministeri\w*|regierung\w*"
    r"|ermittler\w*|landeskriminalamt\w*"
    r"|instantie\w*|politie\w*|officier\w*|rechter\w*|openbaar ministerie|regering\w*"
    r"|autoriteit\w*|autorite\w*|parquet\w*|juge\w*|gouvernement\w*|gendarmerie\w*"
    r"|autoridad\w*|autoridade\w*|fiscal\w*|juzgado\w*|juez\w*|gobierno\w*|tribunal\w*"
    r"|procuradori\w*|governo\w*|policia\w*)\b"
)
#: A clause of contrast or a new subject between the negated body and the act (folded view).
_TURN = re.compile(
    r"\b(?:but|however|while|whereas|ma|pero|mas|mais|aber|doch|sondern|maar|terwijl|mentre"
    r"|mientras|enquanto|tandis|sin embargo|tuttavia|jedoch)\b|[;.]"
)
#: How far (characters) before the act its negated subject may stand.
NO_AUTHORITY_REACH = 120


def by_no_authority(sentence: Sentence, start: int) -> bool:
    """Whether the act at ``start`` has "no authority" as its subject earlier in the sentence."""
    view = sentence.view
    window_start = max(0, start - NO_AUTHORITY_REACH)
    for match in _NO_AUTHORITY.finditer(view, window_start, start):
        if not _TURN.search(view, match.end(), start):
            return True
    return False
