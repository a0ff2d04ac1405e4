"""A Chinese "only one": "其中老挝只有一处", "该国仅此一处", "名单中只有这一处", "唯一的一个".

Chinese writes "a site" and "one site" alike (一处, 一个), so a bare 一 before a classifier is
an article, and one site placed in a town ("一处在芙蓉") is that town's station, not a count.
A word of restriction before the 一 ("only", "alone", "the sole") makes it a host's total of
one, even when the clause then says where that one is ("寮国只有一处，位于丰沙湾"): the
report counts one station there. Chinese puts the restriction before the figure (the Latin
languages after it, see ``count_elided.restricted_one``), in either script, sometimes with a
pointing word between ("只有这一处", "仅此一处").
"""

from __future__ import annotations

import re

from stationwatch.extract.numbers import NumberMatch

#: The restriction right before the 一, in the folded (simplified) view: 只有, 仅有, 只剩, 仅,
#: 唯一(的), 仅此, 就只有, 总共只有, with a pointing 这 or 那 after it.
_ONLY_BEFORE = re.compile(
    r"(?:只有|仅有|只剩下?|仅剩下?|只设有?|仅设有?|只列有?|仅列有?|只此|仅此|唯一的?|只|仅)"
    r"(?:这|那)?$"
)
#: The classifiers of sites and states right after the 一.
_CLASSIFIER_AFTER = re.compile(r"[个处家间座所国]")
#: How far back the restriction may begin.
REACH = 6


def only_one_zh(view: str, number: NumberMatch) -> bool:
    """Whether the Chinese figure at ``number`` is a restricted one ("只有一处") in ``view``."""
    if number.value != 1 or number.ordinal or number.form != "chinese":
        return False
    if not _CLASSIFIER_AFTER.match(view, number.end):
        return False
    return bool(_ONLY_BEFORE.search(view, max(0, number.start - REACH), number.start))
