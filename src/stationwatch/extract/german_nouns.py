"""A German common noun read as a town: capitalised like every German noun, it names no
place once an attributive adjective stands before it.

German writes its nouns with a capital, so wages, food, a hall or a yard ("Löhne", "Essen",
"Halle", "Hof", "Zug") look like the towns they share a name with. A town is seldom qualified
by an adjective in the running text, while a common noun often is: "ausstehende Löhne",
"warmes Essen", "in der großen Halle", "niedrige Löhne". Only adjective shapes that no verb or
function word takes are read (participles in -end, -ig, -lich, -isch, -bar, -los, -haft,
comparatives, and a few common short adjectives), so "besuchte Halle" or "haben Essen" stay
as they are. An indefinite article, "kein" or a possessive before it marks a common noun too
("eine Köchin" is no Kochi, "seine Halle" no Halle): a town's name takes none of them.
"""

from __future__ import annotations

import re

from stationwatch.text.gazetteer import PlaceMatch

#: An attributive adjective, inflected, right before the noun (as written, lower case).
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:[a-zäöüß]+(?:end|ig|lich|isch|bar|los|haft|sam)(?:e|en|er|es|em)"
    r"|[a-zäöüß]{3,}(?:er)(?:e|en|es|em)"
    r"|(?:hoh|niedrig|gut|schlecht|neu|alt|groß|gross|klein|warm|kalt|offen|fair|gerecht"
    r"|unbezahlt|ausstehend|geringer|höher|besser|lang|kurz|weit|leer|voll)(?:e|en|er|es|em))"
    r" $"
)
#: An indefinite article, "no" or a possessive right before the noun (as written, any case):
#: "eine Köchin", "keine Halle", "seine Köchin", "ihrem Hof". A town takes none of these.
_DETERMINER_BEFORE = re.compile(
    r"\b(?:ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|keines"
    r"|(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|en|em|er|es)?) $",
    re.IGNORECASE,
)
#: Kinds of match a common noun can be mistaken for.
_TOWN_KINDS = frozenset({"city", "district"})


def adjective_before_a_noun(match: PlaceMatch, sentence_text: str, lang: str | None) -> bool:
    """Whether a German town match is a common noun with its adjective ("ausstehende Löhne") or
    its article or possessive ("eine Köchin", "seine Halle")."""
    if lang != "de" or match.kind not in _TOWN_KINDS:
        return False
    window = max(0, match.start - 30)
    return (_ADJECTIVE_BEFORE.search(sentence_text, window, match.start) is not None
            or _DETERMINER_BEFORE.search(sentence_text, window, match.start) is not None)
