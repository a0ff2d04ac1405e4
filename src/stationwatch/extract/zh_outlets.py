"""Chinese names of news outlets: a town in them locates nothing.

A press-conference transcript labels each question with the reporter's outlet
("塔什干之声记者：", "斐济广播公司记者：", "曼谷邮报记者："), and reports cite outlets named
after a town or a state without title marks ("据金边日报报道", "德国之声援引", "马尼拉时报称").
The place there is part of a name, never where a station is; title marks (《曼谷邮报》) are
handled with the other roles in ``context.py``. Matched on the folded (simplified) view, so
the traditional script (之聲, 時報, 電視臺) needs no table of its own. A town written right
before a rights group or a think tank ("根據曼谷一家人權團體整理的資料") is the group's seat:
``organisation_seat`` reads that in every language.
"""

from __future__ import annotations

import re

#: What ends a reporter's label after the outlet's place: "…之声记者：", "…电视台记者 ：".
_REPORTER_LABEL = re.compile(r"[^\s:：。，,、；;]{0,10}?记者\s*[:：]")
#: How far into its sentence a label's place may begin (a bullet or a space before it).
LABEL_START = 2
#: A kind of outlet written right after its place: a "voice" (之声, 之音), a paper (日报,
#: 晚报, 邮报, 论坛报 …; 时报 not where 时 is "when": 在金边时报警), a broadcaster or an agency.
_OUTLET_AFTER = re.compile(
    r"(?:之声|之音|日报|晚报|早报|晨报|邮报|商报|周报|周刊|先驱报|论坛报|新闻报|华报|侨报"
    r"|时报(?![警案])|电视台|电视网|电视|广播电台|广播公司|广播网|广播|电台|通讯社|新闻社"
    r"|新闻网|新闻台)"
)

def names_an_outlet(view: str, start: int, end: int) -> bool:
    """Whether the place at ``view[start:end]`` (a sentence's folded view) is part of a news
    outlet's name: right before the kind of outlet, or heading a reporter's label."""
    return _OUTLET_AFTER.match(view, end) is not None or heads_a_reporter_label(view, start, end)


def heads_a_reporter_label(view: str, start: int, end: int) -> bool:
    """Whether the place at ``view[start:end]`` opens a transcript's label for a reporter
    ("印度报业托拉斯记者：", "塔什干之声记者："): the outlet's, never a party to the story. A
    state inside an outlet's name elsewhere ("接受土耳其电视台访问") still says whose press
    spoke, so only the label takes the state away."""
    return start <= LABEL_START and _REPORTER_LABEL.match(view, end) is not None
