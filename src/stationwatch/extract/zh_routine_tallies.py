"""The home police's routine tallies in Chinese local news, which count no case or return.

County and district news sums up a bureau's year or holiday in 件, 起 and 名 ("办理各类证件
一百零二件", "查处酒驾醉驾十一起", "劝返离家出走的未成年人9名"), the same counters it uses
for the overseas work ("调解涉侨纠纷80余起", "劝返涉诈人员17名"). What the clause counts tells
them apart: traffic offences, runaways and lost property are everyday policing at home,
whoever the story is about; documents issued are too, unless the overseas stations or a
remote service did the business. Simplified and traditional script.
"""

from __future__ import annotations

import re

#: Documents and licences issued or renewed, either script: a tally of cases when the overseas
#: stations do the business ("依托海外警务服务站远程办理驾驶证换领一千二百件"), routine otherwise.
_DOCUMENTS = re.compile(
    r"证件|證件|办证|辦證|换证|換證|补证|補證|换发|換發|补办|補辦|签注|簽注|驾驶证|駕駛證|驾照|駕照"
    r"|行驶证|行駛證|身份证|身份證|户口|戶口|户籍|戶籍|居住证|居住證|暂住证|暫住證|无犯罪记录|無犯罪記錄"
)
#: The overseas stations or remote service named before the figure: the business is theirs.
_DONE_ABROAD = re.compile(
    r"海外|境外|国外|國外|远程|遠程|服务站|服務站|服务点|服務點|联络点|聯絡點|视频|視頻|线上|線上"
    r"|网上|網上|云端|雲端"
)
#: Everyday policing at home, either script: traffic offences, runaways and lost people or
#: property, petty street matters.
_ROUTINE = re.compile(
    r"交通违法|交通違法|违章|違章|违停|違停|酒驾|酒駕|醉驾|醉駕|超速|超载|超載|闯红灯|闖紅燈"
    r"|无证驾驶|無證駕駛|无牌|無牌|逆行|不戴头盔|不戴頭盔|离家出走|離家出走|走失|迷路"
    r"|遗失|遺失|丢失|丟失|失物|失主|捡到|撿到|拾到|流浪|乞讨|乞討|醉酒"
)
#: Where the figure's clause begins: the last comma, stop, semicolon or colon before it.
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?]")
#: A counter of matters or people right after the figure: 件, 起, 宗, 名, 人 (with 余/多).
_COUNTER_AFTER = re.compile(r"^\s*(?:余|餘|多)?(?:件|起|宗|名|人|位)")


def routine_tally_zh(before: str, after: str) -> bool:
    """Whether a Chinese figure with ``before`` and ``after`` it is a tally of the home police's
    everyday work: its counter follows, and its own clause names routine business."""
    if not _COUNTER_AFTER.match(after):
        return False
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    if _ROUTINE.search(clause):
        return True
    return bool(_DOCUMENTS.search(clause)) and not _DONE_ABROAD.search(before)
