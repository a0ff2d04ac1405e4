"""A writer who could not check a claim independently does not deny it, in every language.

"We could not independently verify the site in Leipzig" leaves the site as the report told
it; an authority whose checks found nothing still denies it. Every sentence was written for
this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

#: A report naming the site, then the writer's own caveat about it, per language.
_CASES = [
    ("en", "Leipzig",
     "A report by Safeguard Defenders says a Chinese police station operates in Leipzig.",
     "This newspaper could not independently verify the claims about the site in Leipzig."),
    ("en", "Leipzig",
     "A report by Safeguard Defenders says a Chinese police station operates in Leipzig.",
     "The existence of the office in Leipzig could not be independently confirmed."),
    ("de", "Leipzig",
     "Laut Safeguard Defenders betreibt die chinesische Polizei eine Polizeistation in Leipzig.",
     "Die Angaben zur Station in Leipzig ließen sich nicht unabhängig überprüfen."),
    ("nl", "Utrecht",
     "Volgens Safeguard Defenders heeft de Chinese politie een politiepost in Utrecht.",
     "De krant kon de berichten over de post in Utrecht niet onafhankelijk verifiëren."),
    ("fr", "Lyon",
     "Selon Safeguard Defenders, la police chinoise dispose d'un poste de police à Lyon.",
     "Nous n'avons pas pu vérifier de manière indépendante les informations sur le poste de Lyon."),
    ("es", "Valencia",
     "Según Safeguard Defenders, la policía china tiene una comisaría en Valencia.",
     "Este diario no ha podido verificar de forma independiente lo dicho sobre la comisaría de Valencia."),
    ("it", "Turin",
     "Secondo Safeguard Defenders, la polizia cinese gestisce una stazione di polizia a Torino.",
     "Non abbiamo potuto verificare in modo indipendente le notizie sulla stazione di Torino."),
    ("pt", "Porto",
     "Segundo a Safeguard Defenders, a polícia chinesa tem uma esquadra no Porto.",
     "O jornal não conseguiu confirmar de forma independente a existência da esquadra no Porto."),
    ("zh", "Budapest",
     "保护卫士报告称，中国警方在布达佩斯设有一处海外警务服务站。",
     "本报未能独立核实布达佩斯这处服务站的情况。"),
    ("zh", "Budapest",
     "保护卫士报告称，中国警方在布达佩斯设有一处海外警务服务站。",
     "本报目前无法核实布达佩斯那处站点的情况。"),
]


def _stations(text: str, lang: str) -> set[tuple[str | None, str]]:
    return {(f.place, f.polarity) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station"}


@pytest.mark.parametrize(("lang", "place", "claim", "caveat"), _CASES)
def test_unverified_is_not_denied(lang: str, place: str, claim: str, caveat: str) -> None:
    found = _stations(f"{claim}\n\n{caveat}\n", lang)
    assert (place, "asserted") in found
    assert (place, "denied") not in found


@pytest.mark.parametrize(
    ("lang", "place", "text"),
    [
        ("en", "Leipzig",
         "A report by Safeguard Defenders says a Chinese police station operates in Leipzig.\n\n"
         "German police said there is no Chinese police station in Leipzig."),
        ("it", "Turin",
         "Secondo Safeguard Defenders, la polizia cinese gestisce una stazione di polizia a "
         "Torino.\n\nLa Questura ha detto che a Torino non esiste alcuna stazione di polizia "
         "cinese."),
        ("zh", "Budapest",
         "保护卫士报告称，中国警方在布达佩斯设有一处海外警务服务站。\n\n"
         "匈牙利警方表示，布达佩斯没有任何中国警察站。"),
    ],
)
def test_an_authority_denial_still_denies(lang: str, place: str, text: str) -> None:
    assert (place, "denied") in _stations(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police in Leipzig arrested two men after a burglary. The newspaper could not "
               "independently verify the account of a witness."),
        ("de", "Die Polizei in Leipzig hat zwei Männer festgenommen. Die Angaben eines Zeugen "
               "ließen sich nicht unabhängig überprüfen."),
        ("zh", "布达佩斯警方逮捕了两名盗窃嫌疑人。本报未能独立核实目击者的说法。"),
    ],
)
def test_unrelated_police_news_gives_nothing(lang: str, text: str) -> None:
    assert extract_facts(text, "t.txt", lang) == []
