"""A quarter named as one ("o bairro de Adrianópolis", "le quartier des Minimes", "the
Flemington neighbourhood") locates something inside the city the story is about. When the
gazetteer knows the quarter's name only as a small town of a country the document never
names (Adrianópolis read as Edirne in Turkey), that reading is dropped: the sentence then
keeps the city or state its paragraph and document give it, not a far-away state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stationwatch.extract.frame_places import QUARTER_POPULATION

if TYPE_CHECKING:
    from stationwatch.extract.context import DocContext
    from stationwatch.text.gazetteer import PlaceMatch

#: A quarter noun right before a name (folded view): "bairro de", "barrio", "quartier des",
#: "quartiere", "rione", "frazione di", "Stadtteil", "Ortsteil", "wijk", "stadsdeel",
#: "neighbourhood of", "suburb of".
_QUARTER_BEFORE = re.compile(
    r"\b(?:bairros?|barrios?|colonia|quartiers?|quartiere|quartieri|rione|frazione|localita"
    r"|stadtteil|stadtteilen|ortsteil|stadtviertel|wijk|stadsdeel|buurt|neighbou?rhood|suburb"
    r"|barriada|arrabal|faubourg)"
    r"(?: (?:de la|de l'|de|del|do|da|dos|das|du|des|d'|di|of|van|von))? ?$"
)
#: A quarter noun right after a name: "the Adrianópolis neighbourhood", "Adrianópolis-Viertel".
_QUARTER_AFTER = re.compile(r"(?: |-)(?:neighbou?rhood|suburb|district|viertel|wijk)\b")


def _named_countries(doc: DocContext) -> dict[str, set[str]]:
    """For each state the document places something in (China aside: every story names it),
    the names it does so by."""
    named: dict[str, set[str]] = {}
    for sentence in doc.sentences:
        for match in sentence.places:
            if match.candidates and match.candidates[0].country != "CN":
                named.setdefault(match.candidates[0].country, set()).add(match.surface.casefold())
    return named


#: A town's name made of a capitalised word, a linking article and a place name ("Ponte de
#: Lima", "Vila Nova de Gaia", "San Pedro de Macorís", "Alcalá de Henares"), searched in the
#: text (its case matters) right before the place: the place is the tail of another name.
_NAME_HEAD_BEFORE = re.compile(
    r"(?<![\w-])(?P<head>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) (?:de la |de |del |do |da |dos |das |di |della "
    r"|du |des |d'|sur |sul |am |an der |aan de |aan den )$"
)
#: A lower-case word right before the head: the head stands inside the sentence, not first
#: ("Celui de Marseille", "Quella di Torino"), nor last of a longer title ("Vara Federal
#: Criminal de Belo Horizonte").
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[a-zà-öø-ÿ][\w'-]* $")
#: Heads that name a body, an office or a unit of the place, so the place stays the place:
#: "Provincia de Buenos Aires", "Universidad de Lima", "Stadt", "Ciudad de Panamá".
_BODY_HEADS = frozenset(
    {"provincia", "province", "region", "regione", "regiao", "ciudad", "cidade", "citta", "ville",
     "comune", "municipio", "municipalidad", "prefeitura", "departamento", "departement", "estado",
     "distrito", "district", "canton", "cantone", "universidad", "universidade",
     "universita", "universite", "university", "policia", "polizia", "police", "prefecture",
     "prefettura", "questura", "tribunal", "tribunale", "corte", "cour", "camara",
     "puerto", "porto", "port", "aeropuerto", "aeroporto", "aeroport", "consulado", "consolato",
     "consulat", "embajada", "embaixada", "ambasciata", "ambassade", "gobierno", "governo",
     "gouvernement", "alcaldia", "sindaco", "maire", "mairie", "zona", "area", "gran",
     "grande", "greater", "nueva", "nuevo", "nova", "novo", "nouvelle", "nouveau", "nuova",
     "nuovo", "new", "el", "la", "le", "les", "los", "las", "il", "lo", "o", "os", "a", "as",
     "en", "em", "in", "no", "na", "au", "aux", "al", "ao", "vara", "juzgado", "fiscalia",
     "procura", "procuradoria", "assembleia", "asamblea", "ministerio", "ministero",
     "ministere", "secretaria", "prefeito", "alcalde", "diocesi", "diocese", "banco",
     "banca", "club", "clube", "hospital", "ospedale", "colegio", "instituto", "istituto",
     "escola", "escuela", "scuola", "museo", "museu", "teatro", "estadio", "stadio", "rio",
     "bairro", "barrio", "quartier", "quartiere", "feira", "feria", "fiera", "salon"}
)


def _tail_of_a_name(match: PlaceMatch, text: str) -> bool:
    """ "Ponte de Lima": the place is the last word of a longer name whose head is no body."""
    found = _NAME_HEAD_BEFORE.search(text, max(0, match.start - 30), match.start)
    return (
        found is not None
        and found.group("head").casefold() not in _BODY_HEADS
        and _LOWER_WORD_BEFORE.search(text, max(0, found.start() - 30), found.start()) is not None
    )


def drop_foreign_quarters(doc: DocContext) -> None:
    """Drop quarter names, and places that are the tail of a longer name, whose only
    readings are towns of states never named."""
    countries: dict[str, set[str]] | None = None
    quarters: set[str] = set()  # names the story itself gave as quarters
    for sentence in doc.sentences:
        view = sentence.view
        keep = []
        for match in sentence.places:
            if match.surface.casefold() in quarters and match.kind in {"city", "district"}:
                continue
            if (
                match.kind in {"city", "district"}
                and match.candidates
                and (
                    (match.candidates[0].population < QUARTER_POPULATION
                     and (_QUARTER_BEFORE.search(view, max(0, match.start - 20), match.start)
                          or _QUARTER_AFTER.match(view, match.end)))
                    or _tail_of_a_name(match, sentence.text)
                )
            ):
                if countries is None:
                    countries = _named_countries(doc)
                # dropped when no reading's state is named in the story by another name, and the
                # story places things elsewhere: a story naming nothing else keeps its places
                surface = match.surface.casefold()
                if any(names - {surface} for names in countries.values()) and not any(
                        countries.get(c.country, set()) - {surface} for c in match.candidates):
                    quarters.add(surface)
                    continue
            keep.append(match)
        if len(keep) != len(sentence.places):
            sentence.places[:] = keep
            sentence._local = None
            sentence._other_role.clear()
    if quarters:
        # the same name before the story calls it a quarter ("Office in Riversdale" above
        # "in Saskatoon's Riversdale neighbourhood") is that quarter too
        for sentence in doc.sentences:
            keep = [m for m in sentence.places if not (
                m.kind in {"city", "district"} and m.surface.casefold() in quarters)]
            if len(keep) != len(sentence.places):
                sentence.places[:] = keep
                sentence._local = None
                sentence._other_role.clear()
