"""Where a Chinese report's speaker spoke: "DSI发言人在曼谷证实", "外交部官员在河内表示".

A Chinese sentence tells where an official or a spokesperson said something with 在 and the
city before the verb of speech. The city is where the statement was made, often the capital
of the host country, not where the site is: the report's site is in the town it described
before. Unlike the Latin languages (``_SPOKESPERSON_AT`` in ``context``), no preposition or
comma separates the speaker, the city and the verb, so a window on both sides marks it.
"""

from __future__ import annotations

import re

#: The speaker, then 在, right before the city (simplified view): "发言人在", "官员周一在".
_SPEAKER_BEFORE = re.compile(
    r"(?:发言人|发言官|官员|部长|副部长|外长|大使|领事|总理|总统|首相|局长|厅长|署长|主席|议员"
    r"|警方|当局|警察总监|检察官|检方|调查厅|司法部|外交部|内政部)"
    r"[^，。；：！？、\s]{0,8}?在$"
)
#: The verb of speech, or the press conference, right after the city.
_SPOKEN_AFTER = re.compile(
    r"(?:对[^，。；]{1,10}?)?(?:证实|表示|说|称|宣布|指出|透露|回应|强调|告诉|重申|承认|否认"
    r"|举行的?(?:记者会|新闻发布会|发布会|记者招待会)|召开(?:记者会|新闻发布会|发布会)"
    r"|(?:接受|面对)[^，。；]{0,8}?(?:采访|提问))"
)


def spoken_at_zh(view: str, start: int, end: int) -> bool:
    """Whether the place at ``view[start:end]`` is where a speaker made a statement."""
    return bool(_SPEAKER_BEFORE.search(view, max(0, start - 16), start)) and bool(
        _SPOKEN_AFTER.match(view, end))
