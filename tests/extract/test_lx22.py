"""What asserts no fact: agreements only proposed, weighed or negotiated, patrols of a host's
own forces, a claim a fact-check weighs, a verdict in the conditional on an act not done, and a
shop that closed. Agreements signed and patrols held with China's police still count. Every
sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .topics import TOPIC as _TOPIC


def _facts(sentence: str, lang: str, kind: str) -> set[tuple[object, ...]]:
    text = f"{_TOPIC[lang]}\n\n{sentence}\n"
    return {f.key() for f in extract_facts(text, "t.txt", lang)
            if f.kind == kind and f.polarity == "asserted"
            and sentence.startswith(f.evidence.text[:20])}


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Beijing has proposed joint patrols with the Serbian police for next summer."),
    ("fr", "Le Sénégal et la Chine discutent d'un accord de coopération en matière de sécurité."),
    ("fr", "Le Gabon envisage-t-il des patrouilles mixtes avec des policiers chinois ?"),
    ("de", "Wien verhandelt mit Peking über ein mögliches Sicherheitsabkommen."),
    ("it", "Il governo valuta un eventuale accordo di sicurezza con la Cina."),
    ("nl", "Het kabinet overweegt gezamenlijke patrouilles met Chinese agenten."),
    ("es", "La Guardia Civil y la Policía Municipal firmaron un convenio para patrullas conjuntas"
           " en las calles con tiendas de comerciantes chinos."),
    ("pt", "A prefeitura e a Polícia Militar mantêm patrulhamento conjunto perto das lojas chinesas."),
])
def test_agreement_not_made(lang: str, sentence: str) -> None:
    assert not _facts(sentence, lang, "agreement")


@pytest.mark.parametrize(("lang", "sentence", "country"), [
    ("en", "In 2019 Croatia held joint patrols with Chinese police officers in Zagreb.", "HR"),
    ("it", "Nel 2016 l'Italia ha firmato con la Cina un memorandum e avviato pattugliamenti"
           " congiunti a Roma.", "IT"),
    ("zh", "2019年，中国与塞尔维亚签署警务合作协议，并开展联合巡逻。", "RS"),
    ("es", "El Gobierno negocia la renovación del convenio de cooperación en seguridad que Bolivia"
           " y China firmaron en 2018.", "BO"),
])
def test_agreement_made(lang: str, sentence: str, country: str) -> None:
    assert any(key[1] == country for key in _facts(sentence, lang, "agreement"))


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "A video shared on TikTok claims that the Chinese police station in Leeds was closed."),
    ("es", "Circula en WhatsApp una imagen con el texto: «La policía china abrió una comisaría en"
           " Rosario, Argentina»."),
    ("nl", "Bewering: de Chinese politie heeft een politiepost in Gent, België."),
    ("de", "Behauptung: In Leipzig betreibt die chinesische Polizei eine geheime Station."),
    ("it", "Un post virale su Facebook sostiene che la polizia cinese ha una stazione a Torino."),
])
def test_claim_a_fact_check_weighs(lang: str, sentence: str) -> None:
    for kind in ("station", "response", "count"):
        assert not _facts(sentence, lang, kind)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "Convocare l'ambasciatore cinese a Roma non sarebbe un atto ostile per l'Italia."),
    ("de", "Eine Schließung der Station in Hamburg wäre ein klares Signal der Bundesregierung."),
    ("fr", "À Lyon, le restaurant chinois de la rue Mercière a baissé le rideau l'an dernier."),
    ("es", "En Valencia, la tienda de los comerciantes chinos cerró sus puertas el mes pasado."),
    ("nl", "In Rotterdam is de Chinese snackbar aan de Kruiskade vorige maand gesloten."),
    ("pt", "Em Lisboa, a loja de um comerciante chinês foi fechada em março."),
])
def test_no_response(lang: str, sentence: str) -> None:
    assert not _facts(sentence, lang, "response")


@pytest.mark.parametrize(("lang", "sentence", "country"), [
    ("en", "The Dutch government closed the two stations in Amsterdam, which would be a first"
           " in Europe.", "NL"),
    ("it", "La sede di Prato sarebbe stata chiusa a marzo dalla procura.", "IT"),
    ("pt", "A polícia fez buscas na loja de Braga, que foi selada por ordem judicial.", "PT"),
])
def test_response_still_told(lang: str, sentence: str, country: str) -> None:
    assert any(key[1] == country for key in _facts(sentence, lang, "response"))


@pytest.mark.parametrize(("lang", "sentence", "value"), [
    ("en", "A viral video falsely claims that China runs 40 police stations in Brazil.", 40),
    ("fr", "Une vidéo virale sur TikTok affirme à tort que la Chine gère 12 postes de police"
           " en Belgique.", 12),
])
def test_a_claim_its_sentence_calls_wrong_gives_its_figure_denied(
        lang: str, sentence: str, value: int) -> None:
    text = f"{_TOPIC[lang]}\n\n{sentence}\n"
    counts = [f for f in extract_facts(text, "t.txt", lang) if f.kind == "count"
              and sentence.startswith(f.evidence.text[:20])]
    assert counts and all(f.polarity == "denied" for f in counts)
    assert value in {f.value for f in counts}


def test_a_claim_not_called_wrong_gives_no_figure() -> None:
    sentence = "A viral video on TikTok claims that China runs 40 police stations in Brazil."
    text = f"{_TOPIC['en']}\n\n{sentence}\n"
    assert not [f for f in extract_facts(text, "t.txt", "en") if f.kind == "count"
                and sentence.startswith(f.evidence.text[:20])]
