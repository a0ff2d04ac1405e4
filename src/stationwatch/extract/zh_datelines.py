"""Chinese wire and newspaper datelines: the city a report was filed from is no station's.

Chinese agencies open a report with the agency, the city and the day before the text:
"（中央社东京12日专电）", "新华社巴黎3月5日电", "【本报伦敦电】", "中新网罗马10月2日电",
"（路透社柏林8日电）". The place stands between the agency and the date, so neither a
sentence start nor a comma marks it, as Latin datelines are marked.
"""

from __future__ import annotations

import re

#: The agency or paper (with its reporter) just before the city (folded, simplified view).
_AGENCY_BEFORE = re.compile(
    r"(?:新华社|中新社|中新网|中央社|中通社|法新社|路透社|美联社|德新社|共同社|韩联社|安莎社"
    r"|埃菲社|塔斯社|美通社|本报|本台|人民网|央视网?|环球网|联合早报|联合报|自由时报|明报"
    r"|星岛日报|大公报|文汇报|香港01|端传媒|德国之声|美国之音|法广|bbc中文网?)"
    r"(?:驻[^\s，。]{1,8})?(?:记者\s*[^\s，。（）()]{0,8}\s*)?[／/\s]*$"
)
#: The day and the filing word just after the city: "12日专电", "3月5日电", "电", "报道", a wire
#: compiled from foreign reports ("22日綜合外電報導").
_FILED_AFTER = re.compile(
    r"\s*(?:(?:\d{1,4}年)?\d{1,2}月)?(?:\d{1,2}日)?(?:专电|电|讯|报道|报导|综合(?:外电)?报[道导]|外电)"
)
#: Any outlet in the bracket that opens a report, then the city and the day it was filed:
#: "【东南亚华文通讯社河内11月18日电】", "（欧洲时报网巴黎5日讯）". The bracket and the dated
#: filing word mark it, whatever the outlet is called.
_OUTLET_IN_BRACKET = re.compile(
    r"(?:^|\n)[ \t　]*[【(（\[〔][^【】()（）\[\]〔〕\n。，]{0,20}?"
    r"(?:社|网|報|报|台|刊|讯|新闻|新聞|电视|時報|时报|日报|日報)"
    r"(?:驻[^\s，。]{1,8})?(?:记者\s*[^\s，。（）()]{0,8}\s*)?[／/\s]*$"
)
_DATED_FILING = re.compile(
    r"\s*(?:(?:\d{1,4}年)?\d{1,2}月)?\d{1,2}日(?:专电|电|讯|報導|报道)"
)
#: How far before the place the agency may begin.
AGENCY_REACH = 24


def is_wire_dateline(view: str, start: int, end: int) -> bool:
    """Whether the place at ``view[start:end]`` is a Chinese report's dateline."""
    before = view[max(0, start - AGENCY_REACH) : start]
    if _AGENCY_BEFORE.search(before) and _FILED_AFTER.match(view, end):
        return True
    opening = view[max(0, start - AGENCY_REACH - 2) : start]
    return bool(_DATED_FILING.match(view, end)) and bool(_OUTLET_IN_BRACKET.search(opening))
