"""A reporter's question whose opening clause states a fact ("Now that X has closed the
station, how does China respond?"): the premise is a fact of its source; a question that
asks whether it is so, or a condition, asserts nothing.

Transcripts written for these tests. Before premises were read, 0 of the 9 premise cases
passed (every clause of a question counted as hypothetical); the 5 negatives passed.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def closures(text: str, lang: str) -> set[tuple[object, ...]]:
    return {
        (f.country, f.polarity)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "response" and f.action == "closure"
    }


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("en", "Q: Now that Norway has shut the Chinese police station in Oslo, how will "
         "Beijing react?\nA: China respects the sovereignty of all countries.", "NO"),
        ("en", "Reporter: Swedish police have closed the Chinese police station in Stockholm, "
         "what is your comment?\nA: We have stated our position.", "SE"),
        ("it", "Domanda: Dopo che le autorità hanno chiuso la stazione di polizia cinese di "
         "Torino, che cosa dice Pechino?\nRisposta: La Cina rispetta le leggi italiane.", "IT"),
        ("es", "PREGUNTA: Tras el cierre de la comisaría china de Sevilla por la policía, "
         "¿qué opina Pekín?\nRESPUESTA: China respeta las leyes españolas.", "ES"),
        ("fr", "Question : Après la fermeture du poste de police chinois de Marseille par la "
         "préfecture, quelle est votre position ?\nRéponse : La Chine respecte le droit.", "FR"),
        ("de", "Frage: Nachdem Berlin die chinesische Polizeistation in Hamburg geschlossen "
         "hat, wie reagiert Peking?\nAntwort: China achtet die Gesetze.", "DE"),
        ("nl", "Vraag: Nu de regering de Chinese politiepost in Utrecht heeft gesloten, hoe "
         "reageert Peking?\nAntwoord: China respecteert de wet.", "NL"),
        ("pt", "Pergunta: Depois de a PSP ter encerrado a esquadra chinesa de Braga, como "
         "reage Pequim?\nResposta: A China respeita a lei.", "PT"),
        ("zh", "问：瑞典警方关闭了斯德哥尔摩的中国海外警务站，中方有何评论？\n答：中方已表明立场。",
         "SE"),
    ],
)
def test_a_premise_of_a_question_is_asserted(lang: str, text: str, country: str) -> None:
    assert (country, "asserted") in closures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Q: If Norway shuts the Chinese police station in Oslo, how will Beijing react?"
         "\nA: We do not answer hypothetical questions."),
        ("en", "Q: Is it true that Norway has shut the Chinese police station in Oslo, and "
         "what is your view?\nA: I am not aware of that."),
        ("it", "Domanda: Se il governo chiudesse la stazione di polizia cinese di Torino, che "
         "cosa farebbe Pechino?\nRisposta: Non rispondiamo a ipotesi."),
        ("de", "Frage: Ist es wahr, dass Berlin die chinesische Polizeistation in Hamburg "
         "geschlossen hat?\nAntwort: Dazu ist mir nichts bekannt."),
        ("zh", "问：如果瑞典关闭斯德哥尔摩的中国海外警务站，中方将如何回应？\n答：我们不回答假设性问题。"),
    ],
)
def test_a_question_that_asks_or_supposes_asserts_no_closure(lang: str, text: str) -> None:
    assert not {c for c in closures(text, lang) if c[1] == "asserted"}
