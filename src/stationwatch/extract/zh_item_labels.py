"""The topic label of a numbered item in a Chinese fact-check or briefing: "二、查封：", "(三)调查：",
"3. 关闭：".

A Chinese fact-check or an official's written answer goes through the claim point by point,
each item opening with its number and a word for its topic before a colon ("一、数量：…",
"二、查封：…", "三、逮捕：…"). The word names what the item is about, not an act that took
place: whether a closure happened is what the item's text then says. A response word that is
the whole label (between the item's number and its colon, at the head of the sentence) is no
act. Runs on the folded (simplified) view.
"""

from __future__ import annotations

import re

#: An item's number and mark at the head of a sentence, then a short label up to its colon.
_ITEM_LABEL = re.compile(
    r"^\W{0,3}(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．)）]\s*"
    r"(?P<label>[^\s，,。；;：:]{1,8})\s*[：:]"
)


def item_label_zh(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` lies inside the label of a numbered item ("二、查封：")."""
    found = _ITEM_LABEL.match(view)
    return found is not None and found.start("label") <= start and end <= found.end("label")
