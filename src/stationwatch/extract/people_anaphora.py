""""One of them" that stands for people, not for stations.

"Einer davon", "one of them", "een van hen", "其中一人" point back to the last plural the
text named. After "the station pressed three compatriots to go home" the one of them is a
person, and the place in his description ("a cook from a restaurant in Halle") is no
station's. Two signs tell it, either is enough:

- the words just after the anaphora describe a person ("Einer davon, ein Koch aus …",
  "One of them, a 34-year-old student, …", "其中一人");
- the nearest plural the anaphora can stand for, in the sentence before, names people
  ("mindestens drei Landsleute gedrängt", "dozens of students"), not sites.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: People in the plural (folded view: lower case, no accents), in the languages where the
#: anaphora is a separate word: the nouns a "one of them" most often stands for.
_PEOPLE_PLURAL = re.compile(
    r"\b(?:"
    # German
    r"landsleuten?|menschen|personen|chinesen|chinesinnen|auslandschinesen|exilchinesen"
    r"|student(?:en|innen)|studierenden?|burger(?:n|innen)?|staatsangehorigen?|staatsburger(?:n|innen)?"
    r"|manner(?:n)?|frauen|betroffenen?|opfern?|dissident(?:en|innen)|kritiker(?:n|innen)?"
    r"|angehorigen?|verwandten?|verdachtigen?|mitarbeiter(?:n|innen)?|beschaftigten?"
    r"|geschaftsleuten?|unternehmer(?:n|innen)?|handler(?:n|innen)?|familien|eltern|kinder(?:n)?"
    r"|fluchtlingen?|migrant(?:en|innen)|aktivist(?:en|innen)|journalist(?:en|innen)"
    r"|mitglieder(?:n)?|uiguren|tibeter(?:n|innen)?|heimkehrer(?:n|innen)?|ruckkehrer(?:n|innen)?|leute"
    # English
    r"|people|persons|individuals|nationals|citizens|compatriots|students|dissidents|critics"
    r"|men|women|victims|residents|migrants|relatives|suspects|employees|workers|families"
    r"|activists|journalists|fugitives|returnees|businessmen|businesspeople|traders|refugees"
    r"|uyghurs|uighurs|tibetans|overseas chinese|chinese nationals|members"
    # Dutch
    r"|mensen|personen|landgenoten|chinezen|studenten|dissidenten|critici|mannen|vrouwen"
    r"|slachtoffers|inwoners|burgers|onderdanen|familieleden|verdachten|medewerkers|werknemers"
    r"|activisten|journalisten|ondernemers|handelaars|vluchtelingen|migranten|leden"
    r")\b"
)

#: A person described just after the anaphora: "Einer davon, ein Koch", "one of them, a
#: 34-year-old student", "een van hen, een student uit", "one of them was a woman who".
_PERSON_AFTER = re.compile(
    r"^\W{0,3}(?:(?:was|is|were|war|ist|sei|was|is|werd) )?"
    r"(?:ein|eine|einer|a|an|een|the|der|die|de|het) (?:\w+[- ]){0,2}?"
    r"(?:"
    r"\d+-?(?:jahrige[rn]?|year-old|jarige)|koch|kochin|kellner(?:in)?|student(?:in|e)?"
    r"|mann|frau|geschaftsmann|geschaftsfrau|unternehmer(?:in)?|handler(?:in)?|arbeiter(?:in)?"
    r"|mitarbeiter(?:in)?|besitzer(?:in)?|inhaber(?:in)?|rentner(?:in)?|aktivist(?:in)?"
    r"|dissident(?:in)?|kritiker(?:in)?|journalist(?:in)?|landsmann|chinese|chinesin|vater|mutter"
    r"|man|woman|chef|cook|waiter|worker|businessman|businesswoman|owner|shopkeeper|activist"
    r"|critic|journalist|national|citizen|resident|fugitive|father|mother|retiree|trader"
    r"|vrouw|kok|ober|ondernemer|eigenaar|winkelier|activiste|werknemer|vader|moeder"
    r"|gepensioneerde|handelaar|chinees|chinese"
    r")\b"
)

#: Sites in the plural, the other thing a "one of them" may stand for (folded view).
_SITES_PLURAL = re.compile(
    r"\b(?:\w*stationen|\w*stellen|\w*posten|buros|standorte|einrichtungen|zentren|niederlassungen"
    r"|\w*stations|offices|outposts|posts|centres|centers|sites|branches|premises|locations"
    r"|\w*posten|\w*kantoren|\w*punten|\w*bureaus|vestigingen|locaties|centra)\b"
)

#: Chinese "其中" or "其余" followed by a number of people: "其中一人", "其中两名", "其余三人".
_PEOPLE_AFTER_ZH = re.compile(r"^(?:有)?(?:[一二两三四五六七八九十几数\d]+)(?:人|名|位|个人)")

#: The anaphora spans that this module reads (the others point back to sites by their words).
_ONE_OF_THEM = re.compile(
    r"\b(?:(?:eine|einer|einen|eins|zwei|drei|vier|funf|sechs) davon"
    r"|(?:one|two|three|four|five|six|some|several|most|both|each|all) of (?:them|these|those)"
    r"|(?:een|twee|drie|vier|vijf) (?:ervan|daarvan|van hen))\b"
)


def _people_before(doc: DocContext, sentence: Sentence) -> bool:
    """Whether the nearest plural before the sentence (in the sentence before, same
    paragraph) names people rather than sites."""
    if sentence.index == 0:
        return False
    before = doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return False
    people = [m.end() for m in _PEOPLE_PLURAL.finditer(before.view)]
    if not people:
        return False
    sites = [m.end() for m in _SITES_PLURAL.finditer(before.view)]
    sites += [end for _, end in before.spans("station")]
    return max(people) > max(sites, default=-1)


def refers_to_people(doc: DocContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the anaphora at ``start:end`` of the sentence's view stands for people."""
    view = sentence.view
    span = view[start:end]
    if span in ("其中", "其余"):
        return bool(_PEOPLE_AFTER_ZH.match(view, end))
    if _ONE_OF_THEM.match(span) is None:
        return False
    if _PERSON_AFTER.match(view[end : end + 60]):
        return True
    return _people_before(doc, sentence)


def people_only_anaphora(doc: DocContext, sentence: Sentence) -> bool:
    """The sentence points back only to people: every anaphora it has stands for people
    and it names no station itself."""
    spans = sentence.spans("station_anaphora")
    if not spans or sentence.has("station"):
        return False
    return all(refers_to_people(doc, sentence, start, end) for start, end in spans)
