"""A body that knows nothing of a site, an answer in the consequence of a conditional question,
the writers' own check, and more markers of what holds in general. Sentences written for this
test.

- "the police say they have no knowledge of such an office" is the host's answer that it found
  none, as "checked the premises and found no evidence of any offence" and "no indication of
  criminal activity" are;
- "What happens if the suspicion is not confirmed?" / "Then the case is closed.": the answer's
  consequence is no closure; the same answer to a question with no condition is one;
- "we could not verify that" is the writers' check, no host's inquiry; "the police could not
  verify" stays the police's;
- "in algemene zin", "generally speaking", "anyone who" tell what holds as a rule, no incident.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import assert_keys, inc, resp

_DE_TOPIC = ("Laut einem Bericht von Safeguard Defenders betreibt die Polizei von Qingtian in "
             "Cottbus eine Polizeistation.\n\n")
_FR_TOPIC = ("Selon Safeguard Defenders, la police de Wenzhou dirige un poste de police à "
             "Niort.\n\n")
_EN_TOPIC = ("Safeguard Defenders says police in Fuzhou run a police station in Bendigo.\n\n")
_NL_TOPIC = ("Volgens Safeguard Defenders zit er in Emmen een Chinees politiebureau, opgezet "
             "door de politie van Lishui.\n\n")

NO_KNOWLEDGE = {
    "de": ("de", _DE_TOPIC + "Die Polizei in Cottbus teilte mit, sie habe keine Erkenntnisse über "
                             "eine solche Einrichtung.\n", "DE"),
    "fr": ("fr", _FR_TOPIC + "La préfecture assure n'avoir « aucun élément » en ce sens.\n", "FR"),
}
FINDINGS = {
    "de found": ("de", _DE_TOPIC + "Die Polizei in Cottbus hat die Räume kontrolliert und keine "
                                   "Hinweise auf strafbare Handlungen gefunden.\n", "DE"),
    "en offence": ("en", _EN_TOPIC + "Victoria Police said there was no indication of criminal "
                                     "activity at the premises.\n", "AU"),
    "de no suspicion": ("de", _DE_TOPIC + "Das Verfahren gegen den Vereinsvorsitzenden in "
                                          "Cottbus wurde eingestellt, da sich ein hinreichender "
                                          "Tatverdacht nicht ergab.\n", "DE"),
    "fr aside": ("fr", _FR_TOPIC + "Les vérifications de la police à Niort n'ont pas mis en "
                                   "évidence, pour l'instant, d'infraction pénale.\n", "FR"),
    "nl found": ("nl", _NL_TOPIC + "De politie heeft het pand gecontroleerd en geen aanwijzingen "
                                   "voor strafbare feiten gevonden.\n", "NL"),
}


# knowing of no station, as parliamentary answers and spokespeople put it
NO_KNOWLEDGE.update({
    "pt minister": ("pt", "Em resposta a uma pergunta parlamentar, o ministro afirmou que as "
                          "autoridades portuguesas não têm conhecimento de esquadras chinesas a "
                          "funcionar em Portugal.", "PT"),
    "es government": ("es", "En respuesta a una pregunta parlamentaria, el Gobierno afirmó que no "
                            "tiene constancia de comisarías chinas en España.", "ES"),
    "pt indications": ("pt", "Questionado no Parlamento, o ministro da Administração Interna "
                             "garantiu que não há indícios de esquadras chinesas a operar em "
                             "Portugal.", "PT"),
    "es interior": ("es", "Se denunciaron comisarías chinas en Madrid. Interior no tiene "
                          "conocimiento de ninguna de esas oficinas.", "ES"),
})


@pytest.mark.parametrize("name", sorted(NO_KNOWLEDGE))
def test_knowing_of_no_such_site_is_the_hosts_finding(name: str) -> None:
    lang, text, country = NO_KNOWLEDGE[name]
    assert_keys(text, lang, (resp(country, "no_wrongdoing_found"),), ())


@pytest.mark.parametrize("name", sorted(FINDINGS))
def test_a_check_that_found_nothing_is_a_finding(name: str) -> None:
    lang, text, country = FINDINGS[name]
    assert_keys(text, lang, (resp(country, "no_wrongdoing_found"),), ())


_INTERVIEW = (
    "[00:10] Moderator: In Cottbus hat die Polizei nach Angaben von Safeguard Defenders eine "
    "chinesische Polizeistation durchsucht, die der Polizei von Qingtian unterstehen soll.\n\n"
    "[00:40] Moderator: {question}\n\n"
    "[00:45] Reporterin: {answer}\n"
)


def test_consequence_of_a_conditional_question_is_no_fact() -> None:
    text = _INTERVIEW.format(
        question="Was passiert, wenn sich der Verdacht nicht bestätigt?",
        answer="Dann wird die Stelle geschlossen und das Verfahren eingestellt.")
    assert_keys(text, "de", (resp("DE", "investigation"),), (resp("DE", "closure"),))


def test_answer_to_a_plain_question_still_tells() -> None:
    text = _INTERVIEW.format(
        question="Und was ist seitdem passiert?",
        answer="Dann wurde die Stelle von der Stadt Cottbus geschlossen.")
    assert_keys(text, "de", (resp("DE", "closure"),), ())


def test_writers_check_is_no_inquiry() -> None:
    text = (_DE_TOPIC + "Eine zweite Stelle soll es in Guben geben. Das konnten wir nicht "
                        "überprüfen; die Polizei sagt dazu nichts.\n")
    assert_keys(text, "de", (), (resp("DE", "investigation", "denied"),))


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("nl", _NL_TOPIC + "In algemene zin geldt dat iedereen die in Nederland onder druk wordt "
                       "gezet, aangifte kan doen.\n", "NL"),
    ("en", _EN_TOPIC + "Generally speaking, anyone who is harassed by foreign agents can report "
                       "it to the police.\n", "AU"),
    ("it", "Secondo Safeguard Defenders, a Prato opera una stazione di polizia cinese.\n\n"
           "Chiunque subisca pressioni o minacce può rivolgersi ai carabinieri.\n", "IT"),
])
def test_what_holds_as_a_rule_is_no_incident(lang: str, text: str, country: str) -> None:
    assert_keys(text, lang, (), (inc("harassment", country),))
