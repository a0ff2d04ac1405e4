"""Bare figures that restate or recall another figure of their sentence.

Reporters give a bound and then the exact figure ("more than a hundred (102, to be exact)",
"ruim honderd – 102 om precies te zijn –"), or set a new figure against an earlier one ("102,
up from 54", 比首份报告的五十四个多出近一倍). The bare figure has no noun of its own: it counts
what the figure it answers counts. Pure functions of a sentence; ``rules_count`` decides the
measure of the figure answered and its scope.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence
from stationwatch.extract.numbers import NumberMatch

#: Between a bound and the exact figure: its noun phrase, then a bracket or a dash and
#: "exactly" or "to be precise" in any corpus language.
_EXACT_AFTER_BOUND = re.compile(
    r"^[^.;:!?()（）。；]{0,60}?\s*[(（–—-]\s*"
    r"(?:(?:exactly|precisely|to be (?:exact|precise)|genau(?: gesagt)?|exakt|precies|exact|"
    r"esattamente|per l.esattezza|precisamente|exactamente|exatamente|precisement|exactement|"
    r"确切地说|确切说|準確地說|准确地说|准确说|確切地說)\s*(?:是|為|为)?\s*,?\s*)?$"
)
#: A bound is at most this far from the exact figure it is restated as (ratio either way).
BOUND_RATIO = 2

#: A comparison that points back to an earlier figure: "up from 54", "gegenüber 54", "contro
#: le 54", "frente a las 54", "contre 54", "tegenover 54", "contra os 54", 比…的五十四个.
_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:up from|down from|rising from|risen from|compared (?:with|to)|against|than|versus|vs\.?|"
    r"gegenuber|im vergleich zu|verglichen mit|nach zuvor|statt|"
    r"contro|rispetto a|rispetto ai|rispetto alle|a fronte di|a fronte dei|a fronte delle|"
    r"frente a|comparado con|en comparacion con|respecto a|respecto de|"
    r"contre|par rapport a|par rapport aux|au lieu de|au lieu des|"
    r"tegenover|vergeleken met|ten opzichte van|tegen|"
    r"contra|face a|face aos|face as|em comparacao com|em relacao a|em relacao aos|em relacao as)"
    r"(?:\s+(?:the|die|den|der|le|la|les|i|gli|las|los|os|as|de|het|zuvor|bisher|previous|earlier))?"
    r"|(?:比|较|較|相比|相較|相较)[^，。；,;]{0,20})\s*$"
)
#: What may follow the earlier figure: its clause's end, a report or time it belongs to, or a
#: Chinese classifier; never a unit ("54 cents", "54 euros").
_COMPARED_AFTER = re.compile(
    r"^(?:个|個|处|處|家|座)?\s*(?:$|[,.;:)）–—，。；：]|多|"
    r"(?:in|im|a|at|nel|nella|del|della|dei|degli|delle|de|del|des|du|dans|en|no|na|do|da|dos|"
    r"das|van|bij|uit|of|from|aus|vom|von|a year|last|earlier|previously|before|zuvor|prima|"
    r"antes|avant|eerder|a year earlier|l.anno|el ano|l.an|het jaar|o ano)\b"
    # a relative clause on the earlier figure: "the 54 it listed", "les 54 qu'elle recensait",
    # "i 54 che aveva contato", "las 54 que listó", "die 54, die sie zählte", "de 54 die ze telde"
    r"|,?\s*(?:(?:it|they|she|he|we|that|which|que|che|cui|die|dat|welche|den|das)\s|qu['’]))"
)
#: Right before a figure that only places another ("102 stations in 53 countries", "in 53
#: Ländern", "en 53 pays", "in 53 paesi", "en 53 países", "em 53 países", 在53个国家): a
#: comparison after it answers the figure it places.
_IN_BEFORE = re.compile(
    r"(?:\b(?:in|across|en|dans|nei|negli|em|im|in den|over|uber|verteilt auf)\s+"
    r"(?:(?:some|about|around|nearly|over|more than|at least|rund|etwa|oltre|circa|plus de|mas de"
    r"|mais de|ruim|meer dan)\s+)?|在|于|於)$"
)
#: An earlier figure and its restatement differ at most by this ratio.
COMPARED_RATIO = 10


def bound_restated(sentence: Sentence, number: NumberMatch) -> NumberMatch | None:
    """The bound this bare figure states exactly ("over 100 outposts (102)"), if any."""
    previous = _previous_number(sentence, number)
    if previous is None or not previous.approximate or previous.value < 1:
        return None
    if not _EXACT_AFTER_BOUND.match(sentence.view[previous.end : number.start]):
        return None
    if not previous.value / BOUND_RATIO <= number.value <= previous.value * BOUND_RATIO:
        return None
    return previous


def compared_figure(sentence: Sentence, number: NumberMatch) -> NumberMatch | None:
    """The figure of the sentence this bare figure is set against ("102, up from 54"), if any:
    the nearest figure before it, which the caller measures."""
    if number.approximate or number.ordinal or number.value < 1:
        return None
    before = sentence.view[max(0, number.start - 40) : number.start]
    if not _COMPARED_BEFORE.search(before):
        return None
    if not _COMPARED_AFTER.match(sentence.view[number.end : number.end + 24]):
        return None
    previous = _previous_number(sentence, number)
    if previous is not None and _IN_BEFORE.search(sentence.view, 0, previous.start):
        head = _previous_number(sentence, previous)  # "102 stations in 53 countries, up from 54"
        previous = head if head is not None else previous
    if previous is None or previous.value < 1:
        return None
    ratio = max(previous.value, number.value) / min(previous.value, number.value)
    return previous if ratio <= COMPARED_RATIO else None


def _previous_number(sentence: Sentence, number: NumberMatch) -> NumberMatch | None:
    earlier = [n for n in sentence.numbers if n.end <= number.start and not n.ordinal
               and not n.percent and not n.phone_like and not n.article_like]
    return earlier[-1] if earlier else None
