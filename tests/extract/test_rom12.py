"""French, Italian, Spanish and Portuguese: places read by their frame, one more site by its
noun, summons and lists of acting states, and their near-misses.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: "à Québec" as the city, a quarter named
under a paragraph opened by its city, "not the only country to" as an assertion, "another
contact point in", a summons with its where and when before the official, two states joined
by an Italian plural article, the register of suspects as an inquiry (besides the charges), the bureaus' own
"service station" tied to a public-security bureau, "in said premises" as the place just
named; and the quiet side: "no station reported" as no finding, an event that "was recorded"
as no search, a town that stays itself when no frame city stands before it.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys, resp, st

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "fr-a-quebec-is-the-city": (
        "fr",
        "Deux « postes de police » chinois auraient fonctionné à Québec et à Sherbrooke, "
        "selon un rapport d'une ONG.",
        (st("CA", "Québec"), st("CA", "Sherbrooke")),
        ()),
    "fr-quarter-under-its-city": (
        "fr",
        "Le rapport évoque des antennes de la police chinoise au Cameroun et en République "
        "démocratique du Congo.\n\n"
        "À Kinshasa, les autorités ont agi vite. Les services de renseignement ont fait fermer "
        "le local de la Gombe lié à la police de Fuqing.",
        (resp("CD", "closure"),),
        (("response", "NG"),)),
    "fr-not-the-only-one-asserts": (
        "fr",
        "La police fédérale enquête sur un poste de police chinois à Liège. La Belgique n'est "
        "pas le seul pays à ouvrir une enquête sur ces antennes.",
        (resp("BE", "investigation"), st("BE", "Liège")),
        (resp("BE", "investigation", "denied"),)),
    "es-not-the-only-one-asserts": (
        "es",
        "La Fiscalía investiga una comisaría china clandestina en Zaragoza. España no es el "
        "único país que investiga estas oficinas.",
        (resp("ES", "investigation"),),
        (resp("ES", "investigation", "denied"),)),
    "fr-another-contact-point": (
        "fr",
        "Un poste de police chinois fonctionnait à Namur depuis 2020, selon le parquet.\n\n"
        "Des ordinateurs ont été saisis. L'ambassade dément.\n\n"
        "Un autre point de contact aurait été actif à Arlon, d'après une source policière, "
        "mais personne ne l'a encore trouvé.",
        (st("BE", "Namur"), st("BE", "Arlon")),
        ()),
    "it-a-second-address": (
        "it",
        "Una stazione di polizia cinese sarebbe attiva a Padova da due anni.\n\n"
        "Il quotidiano locale parla anche di un secondo recapito a Vicenza.",
        (st("IT", "Padua"), st("IT", "Vicenza")),
        ()),
    "it-summons-with-where-and-when": (
        "it",
        "Dopo le notizie su una stazione di polizia cinese a Bari, il ministero ha convocato "
        "alla Farnesina, il 4 marzo, un diplomatico dell'ambasciata cinese.",
        (resp("IT", "protest"),),
        ()),
    "it-two-states-with-plural-article": (
        "it",
        "Le stazioni di polizia cinesi sono state chiuse altrove: la Germania e i Paesi Bassi "
        "hanno fatto chiudere le sedi individuate.",
        (resp("DE", "closure"), resp("NL", "closure")),
        ()),
    "it-register-of-suspects-opens-an-inquiry": (
        "it",
        "Sulla stazione di polizia cinese di Brescia, i pm hanno iscritto nel registro degli "
        "indagati il presidente dell'associazione.",
        (resp("IT", "investigation"),),
        ()),
    "es-service-station-of-a-bureau-in-said-premises": (
        "es",
        "La policía registró ayer un inmueble de la zona 1 de la Ciudad de Guatemala.\n\n"
        "En dicho inmueble operaba una llamada \"estación de servicio\" que dependía de la "
        "Oficina de Seguridad Pública de Qingtian, en China.",
        (st("GT", "Guatemala City"),),
        ()),
    "es-foreign-police-office": (
        "es",
        "El Gobierno de Honduras investiga la supuesta existencia de una oficina de policía "
        "extranjera vinculada a China en Tegucigalpa.",
        (st("HN", "Tegucigalpa"),),
        ()),
    # the quiet side
    "fr-no-station-reported-is-no-finding": (
        "fr",
        "Un poste de police chinois a été fermé à Dakar. Au Mali voisin, aucune antenne n'a "
        "été signalée.",
        (),
        (("response", "ML", "no_wrongdoing_found"),)),
    "es-events-recorded-are-no-search": (
        "es",
        "La policía cerró la comisaría china clandestina de Córdoba. No se registraron "
        "detenciones durante el operativo.",
        (resp("AR", "closure"),),
        (resp("AR", "investigation", "denied"),)),
    "es-no-persons-investigated-is-no-denied-inquiry": (
        "es",
        "La Audiencia Nacional investiga una comisaría china clandestina en Murcia. Por ahora "
        "no hay detenidos ni investigados.",
        (resp("ES", "investigation"),),
        (resp("ES", "investigation", "denied"),)),
    "it-no-suspects-yet-is-no-denied-inquiry": (
        "it",
        "La procura di Trento ha aperto un fascicolo sulla stazione di polizia cinese in "
        "città. Non risultano per ora indagati.",
        (resp("IT", "investigation"),),
        (resp("IT", "investigation", "denied"),)),
    "fr-town-without-frame-stays": (
        "fr",
        "Un poste de police chinois aurait été ouvert à Gombe, au Nigeria, selon l'ONG.",
        (st("NG", "Gombe"),),
        (("station", "CD"),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rom12(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
