"""A bureau said to run all the places named before it: "分别位于达累斯萨拉姆和阿鲁沙，均由石狮市公安局
设立", "both were set up by the Lishui bureau", "entrambe gestite dalla polizia di Wenzhou",
"ambas dependen de", "toutes deux rattachées à", "beide von … betrieben", "allebei opgezet door",
"ambos ligados a". A describing word between list items ("和北部旅游城市阿鲁沙") must not cut the
bureau off from the first of them."""

from __future__ import annotations

import re

#: A word of "all of them" before the bureau in its clause (folded view, nine languages).
_ALL_OF_THEM = re.compile(
    r"\b(?:both|all of them|all three|each|entrambe|entrambi|tutte e (?:due|tre)|tutti e (?:due|tre)"
    r"|ambas|ambos|todas|todos|las dos|los dos|as duas|os dois|toutes deux|tous deux|toutes les deux"
    r"|tous les deux|beide|alle drei|allebei|alle drie|alle twee)\b|均|都|皆|全部|全都|各自"
)


def all_of_them_by(view: str, clause_start: int, name_start: int) -> bool:
    """Whether the bureau's clause says, before naming it, that it runs all of the places."""
    return _ALL_OF_THEM.search(view, clause_start, name_start) is not None
