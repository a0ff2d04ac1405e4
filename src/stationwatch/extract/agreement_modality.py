"""Agreements that are not (yet) there: proposed, weighed, negotiated, drafted or only possible
("China proposed joint patrols", "envisagent des patrouilles conjointes", "un eventuale accordo
di sicurezza", "verhandeln über ein Sicherheitsabkommen", 拟开展联合巡逻), and patrols that
a host's own forces hold together ("la Ville et la gendarmerie … des patrouilles communes").
A future told as a plan of record ("Chinese officers will join the patrols") still reports
the agreement, so no future tense is read here. Reads the folded view of one sentence."""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence, names_chinese_police

#: A word of proposing, weighing, negotiating or possibility before the agreement, in its
#: clause (folded view, nine languages). Past forms that report a signing ("negotiated") and
#: the future ("will", "wird") are left out on purpose.
_NOT_YET_BEFORE = re.compile(
    r"\b(?:"
    # English
    r"propos(?:e|es|ed|ing|al|als)|suggest(?:s|ed|ing|ion)?|consider(?:s|ing)|weigh(?:s|ing)"
    r"|contemplat(?:es|ing)|explor(?:es|ing)|discuss(?:es|ing|ion|ions)|negotiat(?:es|ing|ions?)"
    r"|talks (?:on|about|over)|plans? (?:to|for)|planning|draft|potential|possible|prospective"
    r"|future|eventual"
    # French
    r"|propos(?:e|ent|ait|aient|era|eraient|erait|ition|itions)|envisag\w*|negoci\w*|discut\w*"
    r"|projet d.|eventuel\w*|possibles?|futur\w*|pourrai(?:t|ent)"
    # Italian
    r"|propo(?:ne|ngono|sto|sta|ste|sti|rre|sta di)|proposta|valut\w*|ipotizz\w*|ipotes[ie]"
    r"|negoziat\w*|trattativ\w*|eventual[ei]|possibil[ei]|futur[oaie]|bozza|potrebbe(?:ro)?"
    # Spanish
    r"|propon\w*|propuest\w*|propus\w*|plante\w*|negociacion\w*|negocian|negociando|posibles?"
    r"|eventual(?:es)?|futur[oa]s?|borrador|podria(?:n)?"
    # Portuguese
    r"|propo(?:e|em|s|sta|stas)|negociac\w*|negoceia\w*|negociam|negociando|pondera\w*"
    r"|possive(?:l|is)|minuta|poderia(?:m)?"
    # German
    r"|vorgeschlagen\w*|vorschlag\w*|erwag\w*|erwog\w*|geplant\w*|plan(?:t|en|ung)|verhandl\w*"
    r"|moglich\w*|kunftig\w*|entwurf\w*|konnte(?:n)?"
    # Dutch
    r"|voorgesteld|voorstel\w*|overweeg\w*|overweg\w*|overwoog\w*|onderhandel\w*|gepland\w*"
    r"|mogelijk\w*|toekomstig\w*|ontwerp\w*|zou(?:den)? kunnen"
    r")\b"
    # Chinese: proposing, weighing, consulting, planning, possibility
    r"|拟议|拟|提议|建议|考虑|探讨|商讨|磋商|谈判|计划|有意|可能|或将|未来"
)
#: A clause break or a coordinator between the word and the agreement: "signed a memorandum
#: and is considering joint patrols" tells the memorandum.
_BREAK = re.compile(
    r"\b(?:and|und|en|et|e|y|ed|sowie|but|aber|maar|mais|ma|pero|mas|while|wahrend|terwijl"
    r"|mentre|mientras|enquanto)\b|[,;:()]|，|；|并|但"
)
#: How far before the agreement the word may stand (characters).
NOT_YET_REACH = 60


def not_yet_agreed(sentence: Sentence, start: int) -> bool:
    """Whether a word of proposing, weighing, negotiating or possibility stands right before the
    agreement at ``start`` in its clause, with no coordinator between."""
    view = sentence.view
    clause_start, _ = sentence.clause_of(start)
    window_start = max(clause_start, start - NOT_YET_REACH)
    words = list(_NOT_YET_BEFORE.finditer(view, window_start, start))
    if not words:
        return False  # most agreements: nothing before them to weigh
    if _EXISTING.search(view, words[-1].end(), start) or _SIGNED_AFTER.search(
            view, start, start + SIGNED_REACH):
        return False  # a renewal or review of an agreement signed before
    return _BREAK.search(view, words[-1].end(), start) is None


#: An agreement that exists already: one to renew, review, extend or apply, named between the
#: weighing word and the agreement ("negocia la renovación del convenio", 续签).
_EXISTING = re.compile(
    r"\b(?:renew\w*|review\w*|extension|extend\w*|revision\w*|renouvel\w*|prolong\w*|rinnov\w*"
    r"|revisione|renovac\w*|renovar|revisao|rever|verlanger\w*|uberprufung|verleng\w*"
    r"|herziening|applica\w*|aplica\w*|anwendung|toepassing|implement\w*|attuazione|umsetzung"
    r"|uitvoering)\b|续签|延长|修订|执行|落实"
)
#: A signing told after the agreement ("que Bolivia y China firmaron en 2018", "signed in 2019",
#: 签署的 before it is read by the caller): the agreement exists.
_SIGNED_AFTER = re.compile(
    r"\b(?:signed|concluded|firm\w*|suscri\w*|assin\w*|celebr\w*|sign(?:e|ee|es|ees|erent|aient"
    r"|ait)|conclu\w*|sottoscri\w*|unterzeichn\w*|geschlossen|abgeschlossen|ondertek\w*"
    r"|gesloten)\b[^.;]{0,30}?\b(?:19|20)\d\d\b|签署|签订"
)
#: How far after the agreement its signing is looked for (characters).
SIGNED_REACH = 80


#: The host's own forces as a partner of a patrol (folded view): "with the municipal guard",
#: "la Ville et la gendarmerie", "mit dem Ordnungsamt", "con la polizia locale".
_HOST_FORCES = re.compile(
    r"\b(?:municipal (?:guard|police)|city (?:council|hall)|gendarmer\w*|police municipale"
    r"|guardia (?:civil|urbana|municipal)|policia (?:local|municipal|nacional|militar|federal)"
    r"|guarda (?:municipal|civil|nacional)|polizia (?:locale|municipale|di stato)|vigili urbani"
    r"|carabinieri|ordnungsamt|stadtpolizei|bundespolizei|landespolizei|gemeentepolitie"
    r"|handhaving|boa.s|mossos|ertzaintza|prefeitura|mairie|municipio|comune|gemeente|ville)\b"
)


def patrol_of_host_forces(sentence: Sentence) -> bool:
    """Whether the sentence's joint patrols are held by the host's own forces together (a town
    and its gendarmerie, the military police and the municipal guard): it names such forces
    and neither China's police nor a PRC party, so the Chinese shop owners or tourists it may
    mention are no partner."""
    return (_HOST_FORCES.search(sentence.view) is not None
            and not sentence.has("prc_party")
            and not names_chinese_police(sentence)
            and not any(code == "CN" for _, code in sentence.country_mentions()))
