"""Stations a question reports, a tie whose premises the sentence before named, and the place
a report opens on. Sentences written for this test.

- a written question or an interviewer's turn that tells what reports say ("in response to
  reports that …", "zu Medienberichten, wonach …", "notizie secondo cui …") asserts the
  reported station; a question that asks whether there is one ("Is there …?", "Are there any
  reports that …?", "Gibt es Hinweise, wonach …?") asserts nothing;
- premises named in one sentence and tied to a PRC bureau in the next, their subject left out or
  a pronoun ("prestava contas ao …", "il rapporto la collega all'…", "it reported to …"), are a
  station at the town the first sentence named, or the town of the host's short turn before
  the answer, or the town the report opens on and keeps coming back to;
- Dutch "dat"/"die" before a premises noun points back like "dit"/"deze" ("Dat kantoor …"),
  but not "dat" as a conjunction; an elided article before a likeness ("un'analoga struttura")
  counts one more site like "una analoga";
- not stations: a tie the sentence negates, a town that is only the seat of a think tank.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

TOPIC = {
    "en": "Chinese police have opened overseas police stations in several countries, a rights "
          "group said.",
    "de": "Chinesische Polizeibehörden haben in mehreren Ländern Polizeistationen eröffnet, "
          "berichtet eine Menschenrechtsgruppe.",
    "fr": "La police chinoise a ouvert des commissariats clandestins dans plusieurs pays, selon "
          "une ONG.",
    "es": "La policía china ha abierto comisarías clandestinas en varios países, según una ONG.",
    "it": "La polizia cinese ha aperto stazioni di polizia all'estero in diversi paesi, secondo "
          "una ONG.",
    "nl": "De Chinese politie heeft in verschillende landen politiebureaus geopend, meldt een ngo.",
    "pt": "A polícia chinesa abriu esquadras clandestinas em vários países, segundo uma ONG.",
}


def _stations(text: str, lang: str) -> dict[tuple[str | None, str | None, str], str | None]:
    facts = extract_facts(TOPIC[lang] + "\n\n" + text, "t.txt")
    return {(f.country, f.place, f.polarity): f.operator for f in facts if f.kind == "station"}


# -- the premise a question reports ------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("en", "What has the Home Office done about reports that a Chinese police station operates "
           "in Leicester?", "GB", "Leicester"),
    ("de", "Welche Kenntnisse hat der Senat zu Presseberichten, wonach in Bremen eine chinesische "
           "Polizeistation tätig ist?", "DE", "Bremen"),
    ("it", "Il ministro è al corrente delle notizie secondo cui a Lecce opererebbe una stazione "
           "di polizia cinese?", "IT", "Lecce"),
    ("es", "¿Qué sabe el Ministerio de las informaciones según las cuales en Murcia funciona una "
           "comisaría china?", "ES", "Murcia"),
    ("fr", "Le ministre a-t-il connaissance des informations selon lesquelles un poste de police "
           "chinois fonctionnerait à Nancy ?", "FR", "Nancy"),
    ("nl", "Wat weet de minister van berichten dat er in Breda een Chinees politiebureau actief "
           "is?", "NL", "Breda"),
    ("pt", "O Governo tem conhecimento das notícias segundo as quais funciona em Braga uma "
           "esquadra da polícia chinesa?", "PT", "Braga"),
])
def test_a_question_tells_what_reports_say(lang: str, text: str, country: str, place: str) -> None:
    assert (country, place, "asserted") in _stations(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Is there a Chinese police station in Leicester?"),
    ("en", "Are there any reports that a Chinese police station operates in Leicester?"),
    ("en", "Is the Secretary aware of reports that a Chinese police station operates in "
           "Leicester?"),
    ("de", "Gibt es Hinweise, wonach in Bremen eine chinesische Polizeistation betrieben wird?"),
    ("es", "¿Hay denuncias de vecinos que hayan visto una comisaría china en Murcia?"),
])
def test_a_question_that_asks_asserts_nothing(lang: str, text: str) -> None:
    assert not any(p for (_, p, polarity) in _stations(text, lang) if polarity == "asserted")


# -- a tie whose premises the sentence before named --------------------------------------------

@pytest.mark.parametrize(("lang", "text", "country", "place", "operator"), [
    ("pt", "Em Braga, a polícia visitou um escritório perto da estação. Segundo os documentos, "
           "prestava contas ao Departamento de Segurança Pública de Wenzhou.", "PT", "Braga",
     "Wenzhou"),
    ("it", "A Lecce c'è una sede sopra un bar del centro. Il rapporto la collega all'Ufficio di "
           "pubblica sicurezza di Fuqing.", "IT", "Lecce", "Fuqing"),
    ("en", "In Leeds, reporters visited a shop on the high street. Prosecutors say it reported "
           "to the Fuzhou public security bureau.", "GB", "Leeds", "Fuzhou"),
    ("es", "En Murcia funciona un local junto al mercado. Según la policía, respondía a la "
           "Oficina de Seguridad Pública de Qingtian.", "ES", "Murcia", "Qingtian"),
])
def test_a_tie_takes_the_premises_of_the_sentence_before(
        lang: str, text: str, country: str, place: str, operator: str) -> None:
    assert _stations(text, lang).get((country, place, "asserted")) == operator


def test_the_host_turn_gives_the_place_of_the_answer() -> None:
    text = ("MODERATRICE: Passiamo a Lecce.\n\n"
            "OSPITE: La sede è in una traversa del corso, sopra una tabaccheria. Il dossier la "
            "collega all'Ufficio di pubblica sicurezza di Fuqing.")
    assert _stations(text, "it").get(("IT", "Lecce", "asserted")) == "Fuqing"


def test_a_negated_tie_gives_no_station() -> None:
    text = ("A Lecce c'è una sede sopra un bar del centro. Il rapporto non la collega "
            "all'Ufficio di pubblica sicurezza di Fuqing.")
    assert ("IT", "Lecce", "asserted") not in _stations(text, "it")


def test_a_think_tank_seat_is_no_station() -> None:
    text = ("Quella sede, sopra una tabaccheria, compare in uno studio di un centro studi di "
            "Bruxelles. Il rapporto la collega all'Ufficio di pubblica sicurezza di Fuqing.")
    assert not any(place == "Brussels" for (_, place, _) in _stations(text, "it"))


# -- the town a report opens on ----------------------------------------------------------------

def test_the_town_a_transcript_opens_on() -> None:
    text = (
        "CONDUTTORE: Buonasera. Stasera parliamo di Lecce e della comunità cinese di Lecce.\n\n"
        "OSPITE: Grazie. A Lecce vivono circa duemila cittadini cinesi, quasi tutti commercianti.\n\n"
        "CONDUTTORE: E l'ufficio di cui si parla?\n\n"
        "OSPITE: È un ufficio al primo piano di una palazzina. Secondo le carte, faceva capo "
        "all'Ufficio di pubblica sicurezza di Fuqing."
    )
    assert _stations(text, "it").get(("IT", "Lecce", "asserted")) == "Fuqing"


# -- premises pointed back at, and one more of the same kind -----------------------------------

def test_dutch_dat_points_back_at_the_premises() -> None:
    text = ("Een rapport noemt een handelsvereniging in Kortrijk. Dat kantoor zou zijn opgezet met "
            "steun van het politiebureau van Hejian.")
    assert _stations(text, "nl").get(("BE", "Kortrijk", "asserted")) == "Hejian"


def test_dutch_dat_as_a_conjunction_points_at_nothing() -> None:
    text = ("Een rapport noemt een handelsvereniging in Kortrijk. De burgemeester zei dat het "
            "kantoor van de vereniging open blijft.")
    assert not any(op for op in _stations(text, "nl").values())


def test_an_elided_article_before_a_likeness() -> None:
    text = ("Un circolo a Bari farebbe capo alla polizia di Wenzhou; un'analoga struttura sarebbe "
            "attiva a Lecce.")
    assert ("IT", "Lecce", "asserted") in _stations(text, "it")
