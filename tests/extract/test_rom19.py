"""French and Italian stations, counts, responses and incidents in the shapes reporters and
officials use, found missing or over-read by plain sentences.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a site named once and then spoken of by
a pronoun or, in Italian, by its verb alone ("qu'il était rattaché au bureau de …", "era
collegato all'Ufficio di …"); a site credited to a bureau ("attribué au bureau de"), called its
outpost by a figure of speech ("il terminale livornese della polizia di …"), placed by "Lì" or
"Là" in the sentence before; a bureau named by its police word in a sentence without China; a
figure after a partitive clitic ("l'ONG en a dénombré trois") with the host of the question
before it; returns counted as a noun ("230 000 « retours »"); sites a report documented; an
envoy summoned in an answer, in the state its question named; a subject with "nessuna"; "nel
caso di Lecco" as the case told; filming and photo archives as surveillance; prosecutors who
"procede" or had the case referred. As negatives: witnesses counted by their verb of saying,
opening hours, "nessun dubbio", a condition "nel caso di un controllo", an arrest of dealers,
and a weak noun documented where nothing ties a site to a PRC bureau.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.fact_keys import Key, assert_keys, inc, resp, st

#: A sentence that makes the text about the stations, put before a case's own sentences ("T").
_TOPIC = {
    "it": "A Verona opera una cosiddetta stazione di polizia cinese d'oltremare. ",
    "fr": "À Lyon opère un prétendu poste de police chinois à l'étranger. ",
}


def count(measure: str, value: int, country: str | None) -> Key:
    return ("count", measure, value, country)


CASES: dict[str, tuple[str, bool, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, with the topic sentence, text, keys expected, key prefixes forbidden)
    "fr-pronoun-subject": (
        "fr", False,
        "À Cholet, un bureau présenté comme une amicale de commerçants a ouvert l'an dernier. "
        "Selon la police, il était rattaché au bureau de la sécurité publique de Zigong, en Chine.",
        (st("FR", "Cholet"),), ()),
    "it-unsaid-subject": (
        "it", False,
        "A Rimini è stato aperto un circolo culturale nel 2021. Secondo gli inquirenti, era "
        "collegato all'Ufficio di pubblica sicurezza di Yiwu, in Cina.",
        (st("IT", "Rimini"),), ()),
    "fr-attributed": (
        "fr", False,
        "À Rouen, les enquêteurs ont perquisitionné un local attribué au bureau de la sécurité "
        "publique de Nanping, en Chine.",
        (st("FR", "Rouen"),), ()),
    "it-attributed": (
        "it", True,
        "A Torino una sede è stata attribuita all'ufficio di pubblica sicurezza di Lishui.",
        (st("IT", "Turin"),), ()),
    "it-terminal-of-the-police": (
        "it", False,
        "A Livorno la sede di un'associazione era il terminale livornese della polizia di "
        "Fuqing, in Cina.",
        (st("IT", "Livorno"),), ()),
    "it-outpost-of-the-bureau": (
        "it", True,
        "Un negozio di Pescara funzionava come avamposto dell'Ufficio di pubblica sicurezza di "
        "Wenzhou.",
        (st("IT", "Pescara"),), ()),
    "it-bureau-without-china-in-its-sentence": (
        "it", False,
        "Le attività della diaspora cinese in Romagna.\n\nUna sede di Cesena risulta collegata "
        "all'Ufficio di pubblica sicurezza di Ganzhou.",
        (st("IT", "Cesena"),), ()),
    "it-there-before-a-tied-desk": (
        "it", False,
        "Il caso più noto è quello di Chiavari. Lì uno sportello aperto nel 2021 risulta "
        "collegato all'Ufficio di pubblica sicurezza di Lishui, in Cina.",
        (st("IT", "Chiavari"),), ()),
    "fr-there-before-a-tied-desk": (
        "fr", False,
        "L'affaire la plus connue est celle de Vannes. Là, une permanence ouverte en 2022 serait "
        "liée au bureau de la sécurité publique de Taizhou, en Chine.",
        (st("FR", "Vannes"),), ()),
    "it-ordinal-after-documented-sites": (
        "it", False,
        "Abbiamo documentato quattro sedi operative in Italia.\n\nLa prima, a Cesena, è "
        "collegata all'Ufficio di pubblica sicurezza di Ganzhou, in Cina. La seconda, a Forlì, "
        "faceva capo alla polizia di Wenzhou.",
        (count("stations", 4, "IT"), st("IT", "Cesena"), st("IT", "Forli")), ()),
    "it-documented-sites-tied-to-nothing": (
        "it", False,
        "Il rapporto sulle comunità cinesi in Italia ha documentato quattro sedi di "
        "associazioni culturali.",
        (), (("count",),)),
    "fr-answer-in-the-question-state": (
        "fr", False,
        "Q - Un local attribué au bureau de la sécurité publique de Wenzhou a été découvert à "
        "Tours. Le chargé d'affaires chinois sera-t-il convoqué ?\n\nR - Le chargé d'affaires "
        "de l'ambassade de Chine a été convoqué ce matin au ministère.",
        (st("FR", "Tours"), resp("FR", "protest")), ()),
    "it-no-prosecutor-opened": (
        "it", True,
        "Nessuna procura, a quanto ci risulta, ha aperto un'indagine sulla sede di Cesena.",
        (resp("IT", "investigation", "denied"),), (resp("IT", "investigation"),)),
    "it-no-doubt-asserts": (
        "it", True,
        "Nessun dubbio, la procura ha aperto un'indagine sulla sede di Cesena.",
        (resp("IT", "investigation"),), (resp("IT", "investigation", "denied"),)),
    "it-no-site-but-an-inquiry": (
        "it", True,
        "Nessuna sede è stata chiusa in Italia, ma la procura di Cesena ha aperto un'indagine.",
        (resp("IT", "investigation"), resp("IT", "closure", "denied")), ()),
    "it-the-case-of-a-town": (
        "it", True,
        "Nel caso di Lecco, un cuoco è stato convinto a rientrare in Cina nel 2022.",
        (inc("persuasion", "IT"),), ()),
    "it-in-case-of-a-check": (
        "it", True,
        "Nel caso di un nuovo controllo, la sede di Lecco verrebbe chiusa.",
        (), (resp("IT", "closure"),)),
    "fr-clitic-count-of-the-question-host": (
        "fr", True,
        "Combien de ces antennes en Belgique ? L'ONG en a dénombré au moins trois.",
        (count("stations", 3, "BE"),), ()),
    "it-clitic-count-of-the-question-host": (
        "it", True,
        "Quante di queste sedi in Spagna? L'ong ne ha contate almeno cinque.",
        (count("stations", 5, "ES"),), ()),
    "fr-witnesses-are-no-staff": (
        "fr", True,
        "C'est là, racontent deux anciens bénévoles, que les appels ont été passés.",
        (), (("count",),)),
    "it-witnesses-are-no-staff": (
        "it", True,
        "Secondo due ex volontari della sede di Prato, le pressioni erano continue.",
        (), (("count",),)),
    "fr-returns-as-a-noun": (
        "fr", True,
        "À Pékin, le ministère de la Sécurité publique revendiquait 230 000 « retours » de "
        "suspects.",
        (count("returns", 230000, None),), ()),
    "it-returns-as-a-noun": (
        "it", True,
        "A Pechino il ministero della Pubblica sicurezza rivendicava 230.000 «rientri» di "
        "sospettati.",
        (count("returns", 230000, None),), ()),
    "fr-filmed-with-an-aside": (
        "fr", True,
        "Des étudiants de Nancy disent avoir été filmés, lors d'un rassemblement, par deux hommes "
        "du poste.",
        (inc("surveillance", "FR"),), ()),
    "it-photo-archive": (
        "it", True,
        "La sede conservava anche un archivio fotografico dei connazionali che avevano "
        "partecipato a uno sciopero a Verona.",
        (inc("surveillance", "IT"),), ()),
    "it-portrayed-at-work": (
        "it", True,
        "Un operaio di Verona è stato ritratto più volte all'uscita dal lavoro.",
        (inc("surveillance", "IT"),), ()),
    "it-prosecutor-proceeds": (
        "it", True,
        "Ne abbiamo informato la Procura di Verona, che procede.",
        (resp("IT", "investigation"),), ()),
    "fr-prosecutor-seized": (
        "fr", True,
        "La mairie de Lyon a saisi le parquet.",
        (resp("FR", "investigation"),), ()),
    "fr-opening-hours": (
        "fr", True,
        "Le bureau de poste de Lyon ferme à 18 heures et il est fermé le dimanche.",
        (), (("response",),)),
    "it-dealers-arrested": (
        "it", True,
        "Il commissariato di polizia di Prato ha arrestato due spacciatori.",
        (), (("response",),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rom19(name: str) -> None:
    lang, topic, text, expect, forbid = CASES[name]
    full = (_TOPIC[lang] if topic else "") + text
    assert_keys(full, lang, expect, forbid)


@pytest.mark.parametrize(("lang", "text", "place", "bureau"), [
    ("fr", "À Cholet, un bureau présenté comme une amicale de commerçants a ouvert l'an dernier. "
     "Selon la police, il était rattaché au bureau de la sécurité publique de Zigong, en Chine.",
     "Cholet", "Zigong"),
    ("it", "A Rimini è stato aperto un circolo culturale nel 2021. Secondo gli inquirenti, era "
     "collegato all'Ufficio di pubblica sicurezza di Yiwu, in Cina.", "Rimini", "Yiwu"),
    ("fr", "À Rouen, les enquêteurs ont perquisitionné un local attribué au bureau de la "
     "sécurité publique de Nanping, en Chine.", "Rouen", "Nanping"),
])
def test_rom19_bureau_of_the_site(lang: str, text: str, place: str, bureau: str) -> None:
    """The station keeps the bureau its sentence ties it to."""
    stations = [f for f in extract_facts(text, "t.txt", lang) if f.kind == "station"]
    assert [(f.place, f.operator) for f in stations] == [(place, bureau)]
