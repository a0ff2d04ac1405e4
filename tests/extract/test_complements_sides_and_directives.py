"""Reported complements, a host's side in a spokesperson's answer, denials that point back, and
directives to go back told to one person. Sentences written for this test.

- "said that «there are no stations in X» and that the office in Y was a help desk": the "no"
  of the first complement denies no station in Y; a negation in one complement, with no "and
  that", still denies;
- "柬方有关部门检查后并未发现任何违法问题" in the PRC spokesperson's answer is the host's
  finding, of the state its one character names; "中方…" is China's own word;
- "the staff are not police" points back to a site named before it, never to one first named
  after it;
- "told him he had to go back to China", "zei dat ik terug moest naar China", "le insistieron
  en que volviera a China", "foi contactado para regressar à China", "qu'il devait rentrer en
  Chine", "che doveva tornare in Cina", "er müsse nach China zurückkehren" tell a case of
  persuasion; a question, a condition, or what such offices do as a rule tell none.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.context import attach_matches, build_context
from stationwatch.extract.coordinated_complements import (
    in_an_earlier_complement,
    later_complement_start,
)
from tests.extract.fact_keys import Key, assert_keys, inc, resp

# -- reported complements -------------------------------------------------------------------

_TWO_COMPLEMENTS = (
    "Según Safeguard Defenders, en Temuco funcionaría una comisaría de policía china.\n\n"
    "La embajada china sostiene que «en Chile no hay ninguna comisaría china» y que el local "
    "de Temuco era solo una oficina de voluntarios que ayudaba con trámites.\n"
)
_ONE_COMPLEMENT = (
    "Según Safeguard Defenders, en Temuco funcionaría una comisaría de policía china.\n\n"
    "La fiscalía sostiene que en Temuco no hay ninguna comisaría china.\n"
)


def _sentence(text: str, lang: str, needle: str):  # type: ignore[no-untyped-def]
    doc = build_context(text, "t.txt", lang)
    attach_matches(doc)
    return next(s for s in doc.sentences if needle in s.text)


def test_negation_stays_in_its_complement() -> None:
    sentence = _sentence(_TWO_COMPLEMENTS, "es", "sostiene")
    cue = sentence.view.index("no hay")
    place = sentence.view.rindex("temuco")
    assert in_an_earlier_complement(sentence, cue, place)
    assert later_complement_start(sentence, place) > cue


def test_negation_in_the_only_complement_denies() -> None:
    sentence = _sentence(_ONE_COMPLEMENT, "es", "fiscal")
    cue = sentence.view.index("no hay")
    assert not in_an_earlier_complement(sentence, cue, len(sentence.view) - 1)
    assert later_complement_start(sentence, len(sentence.view) - 1) == -1


def test_negation_before_the_verb_of_saying_governs_both() -> None:
    text = ("Nadie ha dicho que haya una comisaría y que el local de Temuco dependa de la "
            "policía china.\n")
    sentence = _sentence(text, "es", "Nadie")
    assert not in_an_earlier_complement(sentence, 0, sentence.view.index("temuco"))


def test_place_of_the_second_complement_is_not_denied() -> None:
    assert_keys(_TWO_COMPLEMENTS, "es", (), (("station", "CL", "Temuco", "denied"),))


@pytest.mark.parametrize(("lang", "text", "denied"), [
    ("pt", "Segundo a ONG, em Sobral haveria uma esquadra chinesa.\n\nA embaixada afirmou que "
           "\"não existem esquadras chinesas no Brasil\" e que a loja de Sobral apenas ajudava "
           "cidadãos chineses a renovar documentos.\n", ("station", "BR", "Sobral", "denied")),
    ("en", "According to Safeguard Defenders, a Chinese police station operated in Dubbo.\n\n"
           "The embassy said that \"there are no Chinese police stations in Australia\" and that "
           "the Dubbo office was a volunteers' desk.\n", ("station", "AU", "Dubbo", "denied")),
])
def test_place_after_and_that_is_not_denied(lang: str, text: str, denied: Key) -> None:
    assert_keys(text, lang, (), (denied,))


# -- a host's side in the spokesperson's answer ----------------------------------------------

_BRIEFING = (
    "2026年5月6日外交部发言人主持例行记者会\n\n"
    "记者：柬埔寨媒体报道，柬埔寨警方检查了一处据称是中国“海外警务服务站”的办公室。中方有何回应？\n\n"
    "发言人：所谓中国在海外设立“警察站”的说法根本不存在。据我了解，{side}有关部门检查后并未发现任何违法问题。\n"
)


def test_host_side_finding_in_the_answer_is_the_hosts() -> None:
    assert_keys(_BRIEFING.format(side="柬方"), "zh", (resp("KH", "no_wrongdoing_found"),), ())


def test_chinas_side_finding_is_no_hosts() -> None:
    assert_keys(_BRIEFING.format(side="中方"), "zh", (), (resp("KH", "no_wrongdoing_found"),))


# -- a self-denial points back ---------------------------------------------------------------

def test_self_denial_does_not_point_forward() -> None:
    text = (
        "2026年5月6日外交部发言人主持例行记者会\n\n"
        "记者：有报道称中国在海外设有“警务服务站”。中方有何回应？\n\n"
        "发言人：有关场所是华侨自发设立的志愿服务点，工作人员不是警察。\n\n"
        "记者：一名议员称，科布多的一个海外警务服务站与江西宁都县公安局有关。中方是否会回应？\n\n"
        "发言人：我已经阐明了中方立场。\n"
    )
    assert_keys(text, "zh", (), (("station", "MN", "Khovd", "denied"),))


# -- directives to go back told to one person ------------------------------------------------

_TOPICS = {
    "en": "Safeguard Defenders says a Chinese police station operated in Leeds.\n\n",
    "nl": "Volgens Safeguard Defenders zat er in Kerkrade een Chinees politiebureau.\n\n",
    "es": "Según Safeguard Defenders, en Rafaela funcionaba una comisaría china.\n\n",
    "pt": ("Segundo a Safeguard Defenders, a polícia chinesa mantinha uma esquadra secreta em "
           "Braga, ligada ao Departamento de Segurança Pública de Laiyuan.\n\n"),
    "fr": "Selon Safeguard Defenders, un poste de police chinois opérait à Cholet.\n\n",
    "it": "Secondo Safeguard Defenders, a Cassino operava una stazione di polizia cinese.\n\n",
    "de": "Laut Safeguard Defenders betrieb China in Bautzen eine Polizeistation.\n\n",
}
_COUNTRY = {"en": "GB", "nl": "NL", "es": "AR", "pt": "PT", "fr": "FR", "it": "IT", "de": "DE"}

CASES: dict[str, tuple[str, str]] = {
    "en told": ("en", "A waiter told us that in 2024 a man from the station told him he had to "
                      "go back to China to settle a family matter."),
    "en contacted": ("en", "A student said she was contacted repeatedly in 2025 to return to "
                           "China."),
    "nl verb left out": ("nl", "Een student vertelt dat een medewerker vorig jaar zei dat hij "
                               "terug moest naar China."),
    "es insisted": ("es", "Un cocinero contó que en 2025 le insistieron en que volviera a "
                          "China para arreglar un asunto."),
    "es summoned": ("es", "Un empleado relató que fue citado dos veces al local para regresar "
                          "a China."),
    "pt contacted": ("pt", "Um empregado chinês de um restaurante contou que, em 2024, foi contactado várias vezes pela "
                           "associação para regressar à China."),
    "pt had to": ("pt", "Uma cozinheira chinesa contou que em 2023 um homem da associação lhe "
                        "disse que tinha de voltar à China."),
    "fr had to": ("fr", "Un étudiant raconte qu'en 2024 un bénévole lui a dit qu'il devait "
                        "rentrer en Chine."),
    "it had to": ("it", "Un cuoco racconta che nel 2025 un uomo gli disse che doveva tornare "
                        "in Cina."),
    "de must": ("de", "Ein Student erzählt, ein Mann habe ihm 2024 gesagt, er müsse nach China "
                      "zurückkehren."),
}
GUARDS: dict[str, tuple[str, str]] = {
    "en question": ("en", "Did anyone tell him he had to go back to China?"),
    "en condition": ("en", "If they told him he had to go back to China, he would refuse."),
    "en in general": ("en", "Such stations typically tell people they must go back to China."),
    "es in general": ("es", "Por lo general, estas oficinas insisten en que la gente vuelva a "
                            "China."),
    "pt question": ("pt", "Alguém lhe disse que tinha de voltar à China?"),
    "nl holiday": ("nl", "Het restaurant gaat dicht omdat de eigenaar terug moest naar huis "
                         "voor de bruiloft van zijn zus."),
    "it question": ("it", "Qualcuno le ha detto che doveva tornare in Cina?"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_directive_to_return_is_a_persuasion(name: str) -> None:
    lang, sentence = CASES[name]
    text = _TOPICS[lang] + sentence + "\n"
    assert_keys(text, lang, (inc("persuasion", _COUNTRY[lang]),), ())


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_directive_guards(name: str) -> None:
    lang, sentence = GUARDS[name]
    text = _TOPICS[lang] + sentence + "\n"
    forbid: tuple[Key, ...] = (inc("persuasion", _COUNTRY[lang]),)
    assert_keys(text, lang, (), forbid)
