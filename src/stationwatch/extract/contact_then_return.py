"""Persuasion told as contact or pressure and its aim or outcome in one sentence.

Reports, judgments and transcripts often tell a persuasion case without a verb of persuading:
the person was contacted or summoned, or the relatives pressed, "with a view to his return"
("foi contactado repetidamente … com vista ao seu regresso", "in vista del suo rientro",
"en vue de son retour", "met het oog op zijn terugkeer"), or the return is told later in the
same sentence ("destinataria di ripetute convocazioni, ha fatto rientro in Cina", "ses parents
ont été convoqués … au bout de trois semaines, il a pris l'avion pour rentrer"). A return
placed before the contact ("after he returned, his parents were summoned") is not its outcome.
"""

from __future__ import annotations

import re

#: Contact with or a summons of a person, passive or as a noun (folded view).
CONTACTED = re.compile(
    r"\b(?:(?:was|were|had been|has been|have been|been) (?:\w+ )?(?:contacted|approached"
    r"|summoned|called in|phoned|rung)"
    r"|contattat[oaie]|convocat[oaie]|convocazion[ei]|avvicinat[oaie]"
    r"|contactad[oa]s?|contatad[oa]s?|convocad[oa]s?|citad[oa]s? (?:a|en|na|no)|abordad[oa]s?"
    r"|contacte(?:e|s|es)?|convoque(?:e|s|es)?|aborde(?:e|s|es)?|convocations?"
    r"|kontaktiert|vorgeladen|einbestellt|angesprochen|vorladung\w*"
    r"|benaderd|opgeroepen|ontboden|aangesproken|gecontacteerd)\b"
    r"|约谈|传唤|找到|登门|上门"
)
#: The aim of the contact named as the person's return (folded view).
RETURN_AS_AIM = re.compile(
    r"\b(?:with a view to|aimed at|in order to (?:secure|obtain|bring about)|to (?:secure|obtain))"
    r" (?:his |her |their |the )?return\b"
    r"|\b(?:com vista a|com vista ao|tendo em vista o|para (?:conseguir|obter) o)"
    r" ?(?:seu |sua )?(?:regresso|retorno)\b"
    r"|\b(?:con vistas? a|para (?:lograr|conseguir|obtener)) ?(?:su )?(?:regreso|retorno)\b"
    r"|\b(?:in vista del|al fine di ottenerne il|al fine di ottenere il|per ottenerne il)"
    r" (?:suo )?(?:rientro|ritorno)\b"
    r"|\b(?:en vue de|afin d.obtenir|pour obtenir) (?:son |leur )?retour\b"
    r"|\b(?:im hinblick auf|mit dem ziel) (?:seiner|ihrer|seine|ihre) (?:ruckkehr|heimkehr)\b"
    r"|\bmet (?:het oog op|als doel) (?:zijn|haar|hun) terugkeer\b"
    r"|(?:以|为)(?:劝|促|让)其?(?:回国|返回)"
)
#: How far after the contact its aim or the return may be told.
CONTACT_REACH = 170
#: "after" or "since" right before a return: the return came first.
_AFTER_BEFORE = re.compile(
    r"\b(?:after|since|once|when|dopo|dopo che|da quando|despues de|desde que|cuando|apres"
    r"|depuis|quand|depois de|desde|quando|nachdem|seit|als|na|nadat|sinds|toen)\s+(?:\w+\s+){0,3}$"
)


def return_after_contact(view: str, contacts: list[tuple[int, int]],
                         return_told: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of a return named as the aim of a contact or told after it in the same sentence.

    ``contacts`` are the contact or pressure spans found by the caller; ``return_told`` is its
    pattern of a return carried out."""
    found: list[tuple[int, int]] = []
    for _, end in contacts:
        window = view[end : end + CONTACT_REACH]
        aim = RETURN_AS_AIM.search(window)
        if aim:
            found.append((end + aim.start(), end + aim.end()))
            continue
        for done in return_told.finditer(window):
            start = end + done.start()
            if not _AFTER_BEFORE.search(view[max(0, start - 30) : start]):
                found.append((start, end + done.end()))
                break
    return found
