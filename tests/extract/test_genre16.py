"""Document structure of transcripts, answers and reports: who a turn speaks for, what a
question's premise asserts, and the topic an answer takes from the question just asked."""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import has, keys

HEAD = {
    "en": "Foreign Ministry Spokesperson's Regular Press Conference on May 6, 2025",
    "fr": "Conférence de presse régulière du porte-parole du ministère des Affaires "
          "étrangères du 6 mai 2025",
    "de": "Regelmäßige Pressekonferenz des Sprechers des Außenministeriums vom 6. Mai 2025",
}
OPENING = {
    "en": "Q: Police in Poland searched an office in Gdansk suspected of serving as an "
          "overseas police station of the Wenzhou public security bureau. What is your "
          "response?\n\nA: We have noted the reports.",
    "fr": "Q : La police polonaise a perquisitionné un local à Gdansk soupçonné de servir de "
          "« poste de police à l'étranger » au bureau de la sécurité publique de Wenzhou. "
          "Quelle est votre réaction ?\n\nR : Nous avons pris note de ces informations.",
    "de": "Frage: Die polnische Polizei hat in Danzig ein Büro durchsucht, das als "
          "Übersee-Polizeistation des Büros für öffentliche Sicherheit Wenzhou gedient haben "
          "soll. Wie reagieren Sie?\n\nAntwort: Wir haben die Berichte zur Kenntnis genommen.",
}
#: A later exchange about a visit: the partner is named only in the question.
VISIT = {
    "en": ("Q: The president of Madagascar is on a state visit to China this week. What did "
           "the two countries sign?\n\nA: During the visit, the two sides signed an "
           "agreement on public security cooperation."),
    "fr": ("Q : Le président de Madagascar effectue cette semaine une visite d'État en Chine. "
           "Quels documents les deux pays ont-ils signés ?\n\nR : Au cours de la visite, les "
           "deux parties ont signé un accord de coopération en matière de sécurité publique."),
    "de": ("Frage: Der Präsident von Madagaskar ist diese Woche zu einem Staatsbesuch in "
           "China. Was haben die beiden Länder unterzeichnet?\n\nAntwort: Während des Besuchs "
           "haben beide Seiten ein Abkommen über die Zusammenarbeit im Bereich der "
           "öffentlichen Sicherheit unterzeichnet."),
}
#: The same answer after a question that names no partner at all.
UNNAMED = {
    "en": ("Q: There was a visit this week. What was signed?\n\nA: During the visit, the two "
           "sides signed an agreement on public security cooperation."),
    "fr": ("Q : Il y a eu une visite cette semaine. Qu'a-t-on signé ?\n\nR : Au cours de la "
           "visite, les deux parties ont signé un accord de coopération en matière de sécurité "
           "publique."),
    "de": ("Frage: Diese Woche gab es einen Besuch. Was wurde unterzeichnet?\n\nAntwort: "
           "Während des Besuchs haben beide Seiten ein Abkommen über die Zusammenarbeit im "
           "Bereich der öffentlichen Sicherheit unterzeichnet."),
}


def _transcript(lang: str, *exchanges: str) -> str:
    return "\n\n".join((HEAD[lang], OPENING[lang], *exchanges)) + "\n"


@pytest.mark.parametrize("lang", sorted(VISIT))
def test_the_two_sides_are_china_and_the_state_of_the_question(lang: str) -> None:
    found = keys(_transcript(lang, VISIT[lang]), lang)
    assert has(found, ("agreement", "MG", "security_agreement"))
    assert not has(found, ("agreement", "PL"))  # the host of an earlier exchange


@pytest.mark.parametrize("lang", sorted(UNNAMED))
def test_a_new_question_naming_no_partner_does_not_hand_the_host_an_accord(lang: str) -> None:
    found = keys(_transcript(lang, UNNAMED[lang]), lang)
    assert not has(found, ("agreement", "PL"))
    assert has(found, ("station", "PL"))  # the first exchange still stands


def test_the_two_sides_in_an_article_are_the_pair_of_the_visit_just_told() -> None:
    text = ("Warsaw, 6 May — Poland expelled a diplomat over a suspected police station in "
            "Gdansk run by the Wenzhou public security bureau.\n\n"
            "In Beijing, the interior minister of Peru met his Chinese counterpart on Monday. "
            "The two sides signed a memorandum on police cooperation.\n")
    found = keys(text, "en")
    assert has(found, ("agreement", "PE"))
    assert not has(found, ("agreement", "PL"))
