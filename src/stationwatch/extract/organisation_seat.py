"""A city named as the home of an organisation that reports, not as where a station is.

Reports cite their sources by where those are based: "a Bangkok human-rights group", "an NGO
in Dakar", "une ONG de Dakar", "曼谷一家人权团体", "一家曼谷的人权组织". The city then says
where the group sits, and a station that the next sentence leaves without a place of its own
must not inherit it. Only groups that report or watch are meant (rights groups, NGOs, think
tanks, research institutes, newspapers and broadcasters): an association named by its town
("un'associazione di Prato") is often the station's own front, so that stays a place.
"""

from __future__ import annotations

import re

#: The reporting kinds of organisation (folded view: lower case, unaccented, simplified).
_GROUP = (
    r"(?:(?:human[- ]rights?|rights|advocacy|watchdog|civil[- ]society|non-?profit|research"
    r"|monitoring|campaign(?:ing)?|diaspora|exile|dissident) (?:groups?|organi[sz]ations?|ngos?"
    r"|charit(?:y|ies)|institutes?|cent(?:re|er)s?|networks?|coalitions?)|ngos?|think[- ]tanks?"
    r"|watchdogs?|newspapers?|broadcasters?|news (?:site|outlet|portal|agency))"
)
_GROUP_ROMANCE_GERMANIC = (
    r"(?:ongs?|ngos?|n\.g\.o\.|organi[sz]{1,2}a[ctz]\w* (?:de (?:(?:los|des|dos) )?derechos humanos"
    r"|de (?:defense|defensa|defesa) des? droits|dei diritti umani|per i diritti umani"
    r"|de direitos humanos|des droits (?:de l.homme|humains)|non gouvernementale"
    r"|no gubernamental|nao governamental|non governativa)|"
    r"menschenrechts\w*|mensenrechten\w*|think tanks?|denkfabri\w*|"
    r"observatoire|observatorio|osservatorio|collectif|colectivo|collettivo|coletivo)"
)
#: The group right before the city with a preposition of origin or seat: "an NGO in Bangkok",
#: "une ONG de Dakar", "una ONG di Bangkok", "uma ONG de Maputo", "eine NGO aus Genf".
_GROUP_BEFORE = re.compile(
    r"\b(?:" + _GROUP + r"|" + _GROUP_ROMANCE_GERMANIC + r")"
    r" (?:in|from|of|de|di|da|do|du|aus|uit|van|te|a|en|em)\s*$"
)
#: The city as the group's attribute, the group after it: "a Bangkok human-rights group",
#: "the Dakar-based" (handled elsewhere), and in Chinese "曼谷一家人权团体", "曼谷的非政府组织".
_GROUP_AFTER = re.compile(r"^\s+" + _GROUP + r"\b")
_GROUP_AFTER_ZH = re.compile(
    r"^(?:的|一家|一个|一間|一间|一所|某个?|几家|多家|当地的?)?(?:一家|一个|一所|某个?|几家|多家|的)?"
    r"(?:(?:国际|海外|当地|本地)?(?:人权|维权|民间|公民社会|公民|倡导|非政府|非营利|流亡)"
    r"(?:组织|团体|机构|网络|联盟|中心)|智库|研究(?:机构|所|中心)|媒体|报纸|电视台|通讯社|新闻网站)"
)
#: How far before the city the group and its preposition may start (characters).
REACH = 60


def is_organisation_seat(view: str, start: int, end: int) -> bool:
    """Whether the place at ``view[start:end]`` names where a reporting organisation is based."""
    if _GROUP_AFTER_ZH.match(view[end : end + 16]) or _GROUP_AFTER.match(view[end : end + 50]):
        return True
    return bool(_GROUP_BEFORE.search(view[max(0, start - REACH) : start]))
