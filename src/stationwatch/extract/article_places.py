"""Cities whose name opens with an article, written with the article fused to a preposition.

French, Italian and Spanish fuse "à"/"de" with the article of a city's name: "Le Mans" is
written "au Mans", "du Mans"; "Les Ulis" "aux Ulis", "des Ulis"; "La Spezia" "alla Spezia",
"della Spezia"; "L'Aquila" "all'Aquila"; "El Ejido" "al Ejido", "del Ejido". The gazetteer
knows the names with their article, so the fused form names nothing to it. Here the article
is put back and the name looked up again; only a capitalised name that the gazetteer knows as
a city, district or region whose own name keeps that article counts, never a country ("del
Salvador") or a former name ("dell'Alma Mater" is no L'Alma).
"""

from __future__ import annotations

import re

from stationwatch.text.gazetteer import Gazetteer, PlaceMatch

#: A preposition fused with an article, then a capitalised name (original text).
_FUSED = re.compile(
    r"(?<![\w'’])(?P<fused>(?i:au|aux|du|des|al|del|alla|della|nella|dalla|sulla|nel|dal|sul"
    r"|all['’]|dell['’]|nell['’]|dall['’]|sull['’]))\s?(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*"
    r"(?:[ \t]+(?:[a-zà-ÿ]{1,3}[ \t]+|[dl]['’])?[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})",
)

#: The articles each fused form may stand for.
_ARTICLES: dict[str, tuple[str, ...]] = {
    "au": ("Le",), "du": ("Le",), "aux": ("Les",), "des": ("Les",),
    "al": ("El", "Il"), "del": ("El", "Il"), "nel": ("Il",), "dal": ("Il",), "sul": ("Il",),
    "alla": ("La",), "della": ("La",), "nella": ("La",), "dalla": ("La",), "sulla": ("La",),
    "all'": ("L'",), "dell'": ("L'",), "nell'": ("L'",), "dall'": ("L'",), "sull'": ("L'",),
}

_KINDS = frozenset({"city", "district", "region"})


def _own_name(name: str, article: str) -> bool:
    """The place's own (English GeoNames) name keeps the article: "Le Mans", "La Spezia";
    not a former or foreign name that has one ("L'Alma" for Boudouaou, "Il Cairo")."""
    return name.replace("’", "'").startswith(article if article.endswith("'") else article + " ")


def _with_article(article: str, name: str) -> str:
    return article + name if article.endswith("'") else f"{article} {name}"


def article_places(text: str, found: list[PlaceMatch]) -> list[PlaceMatch]:
    """The names after a fused preposition that are a place with their article put back.

    Each replaces what ``found`` reads at the same offset: "del Ejido" is El Ejido in Spain,
    not the Venezuelan town Ejido."""
    gazetteer = Gazetteer.load()
    spans = [(m.start, m.end) for m in found]
    extra: list[PlaceMatch] = []
    for match in _FUSED.finditer(text):
        fused = match.group("fused").lower().replace("’", "'")
        start = match.start("name")
        if any(s < start < e for s, e in spans):
            continue  # inside a longer name the gazetteer found
        words = list(re.finditer(r"\S+", match.group("name")))
        for count in range(len(words), 0, -1):
            end = start + words[count - 1].end()
            surface = text[start:end].rstrip(".,;:")
            place = next((p for article in _ARTICLES.get(fused, ())
                          if (p := gazetteer.lookup(_with_article(article, surface))) is not None
                          and p.kind in _KINDS and _own_name(p.name, article)), None)
            if place is not None:
                extra.append(PlaceMatch(start, start + len(surface), surface, place.kind,
                                        (place,)))
                break
    return extra


#: A place restored with its article this large is meant wherever the text is from.
WELL_KNOWN_POPULATION = 100_000


def plausible_restorations(restored: list[PlaceMatch], found: list[PlaceMatch],
                           home: set[str]) -> list[PlaceMatch]:
    """The restored places that lie in a country the text names (by a country, an adjective or
    a place) or whose press writes the text's language (``home``), or are large. "della
    Castellana" in an Italian story about the Veneto is the local area the gazetteer lacks, not
    La Castellana in the Philippines; the caller drops the plain reading too ("Castellana", ES)."""
    named = {m.candidates[0].country for m in found if m.candidates} | home
    return [m for m in restored
            if m.candidates[0].country in named
            or m.candidates[0].population >= WELL_KNOWN_POPULATION]
