"""Gazetteer matches that name no place in the sentence they stand in.

The gazetteer matches names in any language, so a word of one language can be a place
of another ("indien" is the Dutch "if" and the French "Indian"), and an abbreviation in
parentheses can spell a town ("(AUSA)", an Assistant U.S. Attorney, is Ausa in India).
"""

from __future__ import annotations

from stationwatch.text.gazetteer import PlaceMatch

#: Folded words that are function words of a sentence's language, never places there.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "nl": frozenset({"indien"}),  # "if"
}
#: Kinds an abbreviation in parentheses may wrongly spell (countries are written so: "(US)").
_TOWN_KINDS = frozenset({"city", "district"})


def names_no_place(match: PlaceMatch, sentence_text: str, lang: str | None) -> bool:
    """Whether ``match`` (offsets into ``sentence_text``) is a word or an abbreviation, not a place."""
    words = _FUNCTION_WORDS.get(lang or "")
    if words and match.surface.casefold() in words:
        return True
    return (
        match.kind in _TOWN_KINDS
        and len(match.surface) >= 2
        and match.surface.isupper()
        and sentence_text[match.start - 1 : match.start] == "("
        and sentence_text[match.end : match.end + 1] == ")"
    )
