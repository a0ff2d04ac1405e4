"""The head of a foreign ministry's regular press briefing: the PRC side speaks in it.

The PRC foreign ministry holds the only *regular* (daily) spokesperson's press conference
that reports on the stations quote as such ("外交部发言人主持例行记者会", "Foreign Ministry
Spokesperson's Regular Press Conference", "Conférence de presse régulière du porte-parole du
ministère des Affaires étrangères"). Its translations often drop the word China, so a head
that names a spokesperson's or foreign ministry's regular press conference is the PRC's; a
host minister's press conference ("conferência de imprensa do Ministro") is not regular.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: A regular press conference (folded view, nine languages) ...
_REGULAR = re.compile(
    r"\bregular (?:press conference|press briefing|briefing)\b"
    r"|\bconference de presse (?:reguliere|quotidienne|habituelle)\b"
    r"|\bconferenza stampa (?:regolare|quotidiana|ordinaria)\b"
    r"|\brueda de prensa (?:regular|habitual|diaria|ordinaria)\b"
    r"|\bconferencia de prensa (?:regular|habitual|diaria|ordinaria)\b"
    r"|\bconferencia de imprensa (?:regular|habitual|diaria)\b|\bcoletiva (?:regular|diaria)\b"
    r"|\bregelma\w* pressekonferenz\b|\bregulare\w* pressekonferenz\b"
    r"|\breguliere persconferentie\b|\bdagelijkse persconferentie\b"
    r"|例行记者会|例行記者會"
)
#: ... held by a spokesperson or a foreign ministry.
_SPOKESPERSON = re.compile(
    r"\b(?:spokes(?:person|man|woman)|foreign ministry|ministry of foreign affairs"
    r"|porte-parole|affaires etrangeres|portavoce|affari esteri|portavoz|asuntos exteriores"
    r"|relaciones exteriores|porta-voz|negocios estrangeiros|relacoes exteriores"
    r"|sprecher\w*|aussenministerium\w*|auswartig\w*|woordvoerder\w*|buitenlandse zaken)\b"
    r"|发言人|發言人|外交部"
)
#: Sentences at the head of a document that may name the briefing.
HEAD_SENTENCES = 3


def regular_briefing_head(doc: DocContext) -> Sentence | None:
    """The sentence of the document's head naming a foreign ministry's regular press
    conference, if any."""
    for sentence in doc.sentences[:HEAD_SENTENCES]:
        if _REGULAR.search(sentence.view) and _SPOKESPERSON.search(sentence.view):
            return sentence
    return None


#: Sentences of an answer that may come before the one that denies ("Lo so. Nella sua
#: risposta ha scritto che…").
ANSWER_LEAD = 2
#: Longest interviewer's turn (characters) put as a statement rather than a question.
TURN_LENGTH = 160


def interviewer_turn_before(doc: DocContext, sentence: Sentence) -> Sentence | None:
    """An interview's answer a few sentences in, to a turn that names the PRC side ("What
    does Beijing say?", "The Chinese embassy speaks of volunteers." / "I know. In its reply
    it wrote that these are service centres run by associations"): the turn is the whole
    paragraph before the answer's, a question or a short statement, and names a PRC party."""
    first = sentence
    for _ in range(ANSWER_LEAD):
        if not first.index or doc.sentences[first.index - 1].paragraph != sentence.paragraph:
            break
        first = doc.sentences[first.index - 1]
    if not first.index or doc.sentences[first.index - 1].paragraph == sentence.paragraph:
        return None
    turn = doc.sentences[first.index - 1]
    if not turn.has("prc_party"):
        return None
    if turn.index and doc.sentences[turn.index - 1].paragraph == turn.paragraph:
        return None  # a paragraph of several sentences is a story's, not a turn
    if turn.is_question:
        return turn
    return turn if len(turn.view) <= TURN_LENGTH and _SAYS.search(turn.view) else None


#: A verb of saying or claiming in the present (folded view, nine languages): the
#: interviewer puts the PRC side's account to the one answering ("The embassy speaks of
#: volunteers", "Pechino sostiene che…", "L'ambassade affirme…").
_SAYS = re.compile(
    r"\b(?:says?|speaks? of|talks? of|claims?|insists?|maintains?|calls? (?:them|it)"
    r"|parla(?:no)? di|dice(?:no)?|sostien\w*|afferma(?:no)?|definisce|insiste"
    r"|habla(?:n)? de|dice(?:n)?|sostiene(?:n)?|afirma(?:n)?|asegura(?:n)?|insiste(?:n)?"
    r"|parle(?:nt)? de|dit|disent|affirme(?:nt)?|soutien\w*|assure(?:nt)?|evoque(?:nt)?"
    r"|fala(?:m)? (?:de|em)|diz(?:em)?|afirma(?:m)?|garante(?:m)?|alega(?:m)?"
    r"|sagt|sagen|spricht von|sprechen von|behauptet|behaupten|versichert"
    r"|zegt|zeggen|spreekt van|spreken van|beweert|beweren)\b"
)
