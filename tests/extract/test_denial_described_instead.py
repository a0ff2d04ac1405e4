"""A PRC party's denial given as a description instead of a "no": the sites are called
volunteer, mutual-aid or help centres, in quotes or not, in every corpus language. Nobody else
describing a place that way denies anything, nor does a question.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .topics import HEADLINES


def denials(text: str, lang: str) -> set[str | None]:
    story = f"{HEADLINES[lang]}\n\n{text}"
    return {f.country for f in extract_facts(story, "t.txt", lang) if f.kind == "denial"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'A spokesman for the Chinese embassy said the offices were "mutual-aid centres" for '
           "elderly migrants."),
    ("en", "The Chinese consulate insisted the rooms were only volunteer help desks."),
    ("fr", "Le consulat de Chine a affirmé que ces locaux étaient des « centres d'entraide » pour "
           "les retraités."),
    ("fr", "Selon l'ambassade de Chine, il s'agissait de lieux qui sont des « points d'accueil » "
           "pour les nouveaux arrivants."),
    ("it", "L'ambasciata cinese sostiene che le sedi erano «punti di mutuo aiuto» per i "
           "pensionati."),
    ("es", "La embajada china afirmó que los locales son «centros de ayuda mutua» para los "
           "inmigrantes."),
    ("pt", "A embaixada chinesa disse que os locais eram «pontos de apoio» aos imigrantes."),
    ("de", "Die chinesische Botschaft erklärte, die Räume seien „Nachbarschaftszentren“ für "
           "ältere Landsleute."),
    ("nl", "De Chinese ambassade zei: de panden zijn „buurtcentra” voor oudere landgenoten."),
    ("zh", "中国驻该国大使馆表示，这些地方只是侨胞自发成立的“互助中心”。"),
    ("zh", "中國駐當地領事館稱，該處其實是僑界的義務服務點。"),
])
def test_described_instead_of_denied(lang: str, text: str) -> None:
    assert "CN" in denials(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The town council said the building is a community centre run by volunteers."),
    ("en", "Are the offices really volunteer centres, as some residents believe?"),
    ("it", "Il comune ha detto che la sede è un centro di assistenza per anziani."),
    ("fr", "La mairie précise que la salle est un « centre d'entraide » ouvert à tous."),
    ("zh", "社区居委会介绍，这里只是居民自发成立的“互助中心”。"),
])
def test_no_denial_without_a_prc_party(lang: str, text: str) -> None:
    assert "CN" not in denials(text, lang)
