"""Calls, visits and invitations "to tea" as the means of a persuasion told in the same sentence.

A call to go back is often told with how it reached the person: "received repeated calls from
police in China and was told to return", "服务站的人连续三次约他喝茶，劝他回老家", "lo hanno
chiamato più volte invitandolo a rientrare". The contact is the persuasion's means, one act told
once, as a summons is; a threat is an act of its own and stays one. Invitations "to tea" are
the PRC police's euphemism for a summons (喝茶), in every language the press renders it.
"""

from __future__ import annotations

import re

#: A contact with the person: calls, visits, an invitation to tea (folded view).
_CONTACT = re.compile(
    r"\b(?:(?:phone |telephone )?calls?|visits?|visited|(?:invited|asked) (?:\w+ )?(?:to|for) "
    r"(?:a )?tea|anruf\w*|telefonat\w*|besuch\w*|zum tee|llamad\w*|visitas?|visitad[oa]s?"
    r"|(?:a|para) tomar (?:el |un )?(?:te|cha)|telefonate|telefonat[ae]|chiamat\w*|visite?"
    r"|visitat[oaie]|(?:a )?prendere (?:un |il )?te|appels?|telephon\w*|visitee?s?"
    r"|prendre (?:le |un )?the|telefonemas?|ligac\w*|telefoontjes?|gebeld|bezoek\w*|bezocht"
    r"|op de thee)\b"
    r"|喝茶|电话|電話|来电|來電|上门|上門|登门|登門|拜访|拜訪"
)
#: A threat in the same words: an act of its own, whatever its aim.
_THREAT = re.compile(
    r"threat|menac|amenaz|minacc|droh|bedreig|amea[cç]|intimid|einschucht|威胁|威脅|恐吓|恐嚇"
)


def contact_as_means(view: str, span: tuple[int, int]) -> bool:
    """Whether the harassment words at ``span`` tell a call, a visit or an invitation to tea,
    with no threat in them: the persuasion's means where one is told beside them."""
    start, end = span
    return bool(_CONTACT.search(view, start, end)) and not _THREAT.search(view, start, end)
