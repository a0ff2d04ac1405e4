"""A figure whose own noun phrase is said of the world: "un rapport recensant une centaine de
ces structures dans le monde", "102 such sites around the world", "centodue sedi nel mondo".

The world phrase scopes the figure before it even when the clause names a state in another
role ("Paris avait fait part de ses préoccupations … après un rapport recensant une centaine de
ces structures dans le monde"). Only the figure's own phrase counts: no other figure and no
clause boundary may stand between ("nine of the 102 stations worldwide" keeps nine Spain's).
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence
from stationwatch.extract.numbers import NumberMatch

#: The world as the figure's place (folded view, nine languages).
_WORLD = re.compile(
    r"\b(?:worldwide|around the world|across the world|in the world|globally|weltweit"
    r"|auf der ganzen welt|in der welt|wereldwijd|in de wereld|over de hele wereld"
    r"|nel mondo|in tutto il mondo|en el mundo|en todo el mundo|por todo el mundo"
    r"|dans le monde|dans le monde entier|a travers le monde|de par le monde"
    r"|no mundo|em todo o mundo|pelo mundo)\b|全球|世界各地|世界上"
)
#: How far (characters) after the figure its world phrase may end.
WORLD_REACH = 60
#: What ends a figure's phrase: a clause mark.
_PHRASE_END = re.compile(r"[,;:()\[\]]|\s[-–—]\s")


def world_after_figure(sentence: Sentence, number: NumberMatch) -> bool:
    """Whether the figure's own noun phrase ends on a phrase of the world."""
    window = sentence.view[number.end : number.end + WORLD_REACH]
    stop = _PHRASE_END.search(window)
    if stop is not None:
        window = window[: stop.start()]
    world = _WORLD.search(window)
    if world is None:
        return False
    limit = number.end + world.start()
    return not any(number.end <= n.start < limit for n in sentence.numbers if n is not number)
