"""People persuaded to return, counted with the verb before the figure.

"N people were persuaded to return" names its measure after the number, as the measure
lexicon reads it; reports as often put the verb first: "persuaded 230,000 people to return",
"avrebbero persuaso a tornare 230.000 persone", "convenceu 230 mil pessoas a regressar",
"überredete 230.000 Menschen zur Rückkehr", "haalde 230.000 mensen over om terug te keren".
A verb of persuading before the figure, people right after it, and a return on either side
make the figure a count of returns; "persuaded 300 companies" or "convinced 20 people to
invest" is none.
"""

from __future__ import annotations

import re

#: Persuading, pressing or convincing, in the nine languages (folded view).
_PERSUADE = (
    r"(?:persuad\w*|persuas\w*|convinc\w*|convint\w*|convenc\w*|convainc\w*|convaincu\w*"
    r"|pressured|pressuring|coerc\w*|induced?|indott\w*|indujo|induzi\w*|costrett\w*|forced"
    r"|obligad\w*|obligo|forzad\w*|forzo|obrigad\w*|obrigou|pressionad\w*|presionad\w*"
    r"|pousse\w*|contraint\w*|incite\w*|uberredet\w*|uberzeugt\w*|gedrangt|gezwungen|bewogen"
    r"|overgehaald|overtuigd|gedwongen|gehaald|gebracht)"
)
#: Going back home (folded view), after "to", "a", "de", "om", "zur".
_RETURN = (
    r"(?:return\w*|go(?:ing)? back|come back|tornare|rientrare|rimpatriare|fare ritorno"
    r"|regresar|volver|retornar|regressar|voltar|rentrer|revenir|retourner|ruckkehr\w*"
    r"|heimkehr\w*|zuruck\w*|terug\w*|huiswaarts)"
)
#: The verb of persuading shortly before the figure, a return at most between ("persuaso a
#: tornare" 230.000), a few words at most: "convinced no fewer than".
_VERB_BEFORE = re.compile(
    r"\b" + _PERSUADE + r"\b(?:\s+(?:to|a|de|om|zur|zu|para)\s+(?P<back>" + _RETURN + r"))?"
    r"(?:\s+[\w-]+){0,3}?\s*$"
)
#: People right after the figure: "people", "persone", "pessoas", "Menschen", "mensen"…
_PEOPLE_AFTER = re.compile(
    r"^\s*(?:[\w-]+ )?(?:people|persons|fugitives|suspects|nationals|persone|latitanti"
    r"|connazionali|personas|profugos|compatriotas|personnes|fugitifs|ressortissants|pessoas"
    r"|foragidos|personen|menschen|fluchtige\w*|mensen|voortvluchtigen|chines\w*|chinois|cinesi"
    r"|chinezen|chinesen|sospechosos|suspeitos|connacionales|conacionais|ciudadanos|cidadaos"
    r"|individuos|residentes)\b"
)
#: A return after the people, within the clause: "to return", "a regressar", "zur Rückkehr".
_RETURN_AFTER = re.compile(
    r"^[^.;:]{0,30}?\b(?:to|a|de|om|zur|zu|para|in)\s+(?:[\w-]+\s+){0,3}?" + _RETURN + r"\b"
    r"|^[^.;:]{0,30}?\b" + _RETURN + r"\b"
)


_QUOTE_MARKS = re.compile(r"[\"“”‘’«»„]")
#: Chinese puts the verb of pressing before its people and their going home after them:
#: "促使至少六名旅美人士回国", "迫使两名华侨返回中国", "说服十余人归国".
_PERSUADE_ZH = re.compile(
    r"(?:促使|迫使|劝说|勸說|说服|說服|动员|動員|劝|勸|逼)了?(?:至少|不少于|不少於|超过|超過|多达|多達"
    r"|约|約|近|共|先后|先後)?\s*$"
)
_BACK_HOME_ZH = re.compile(
    r"^\s*(?:余|餘|多)?(?:名|位|人)[^。，,；;]{0,10}?(?:回国|回國|归国|歸國|返华|返華|返回中国|返回中國"
    r"|回到中国|回到中國|返乡|返鄉)"
)


def persuaded_to_return(before: str, after: str) -> bool:
    """Whether a figure with ``before`` and ``after`` (folded view, quotes out) counts people
    persuaded to return: "persuaded 230,000 people to return"."""
    if _PERSUADE_ZH.search(before) and _BACK_HOME_ZH.match(_QUOTE_MARKS.sub("", after)):
        return True
    verb = _VERB_BEFORE.search(" ".join(_QUOTE_MARKS.sub(" ", before).split()) + " ")
    if verb is None:
        return False
    people = _PEOPLE_AFTER.match(after)
    if people is None:
        return False
    return verb.group("back") is not None or _RETURN_AFTER.match(after[people.end():]) is not None
