"""Officialese that refuses a closure ("non sussistono i presupposti per la chiusura") and
per-country parts of a total ("其中意大利5个", "Nederland telt er twee").

Sentences written for these tests. All 8 refusals and all 4 part shapes already passed when
they were written: they pin shapes the rules cover, in every language where they occur.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Il prefetto ha spiegato che non sussistono i presupposti per la chiusura della "
         "stazione di polizia cinese di Prato."),
        ("it", "Secondo il Viminale non ci sono le condizioni per chiudere il presunto "
         "commissariato cinese di Roma."),
        ("es", "El delegado del Gobierno afirmó que no se dan los requisitos para el cierre de la "
         "comisaría china de Madrid."),
        ("es", "Interior sostiene que no procede la clausura de la supuesta comisaría china de "
         "Valencia."),
        ("fr", "Le préfet estime qu'il n'y a pas lieu de fermer le poste de police chinois de "
         "Paris."),
        ("fr", "Selon le ministère, rien ne justifie la fermeture du commissariat chinois de Lyon."),
        ("pt", "O ministério considera que não existem condições para o encerramento da esquadra "
         "chinesa de Lisboa."),
        ("pt", "Segundo a PSP, não há fundamento para fechar o posto de polícia chinês do Porto."),
    ],
)
def test_a_refused_closure_is_no_closure(lang: str, text: str) -> None:
    closures = [f for f in extract_facts(text, "t.txt", lang)
                if f.kind == "response" and f.action == "closure"]
    assert closures and all(f.polarity == "denied" for f in closures)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "报告称，中国警方在欧洲设立了十二个海外警务服务站，其中意大利5个、西班牙3个、法国2个。",
         {("IT", 5), ("ES", 3), ("FR", 2)}),
        ("zh", "该组织发现，温州公安在欧洲开设了九个服务站，其中葡萄牙四个，荷兰两个。",
         {("PT", 4), ("NL", 2)}),
        ("nl", "Volgens de ngo heeft China in Europa tientallen politieposten. Nederland telt er "
         "twee, België telt er één.", {("NL", 2), ("BE", 1)}),
        ("nl", "De organisatie vond Chinese politiebureaus in heel Europa; Italië telt er elf.",
         {("IT", 11)}),
    ],
)
def test_parts_of_a_total_are_counts_per_country(
    lang: str, text: str, expected: set[tuple[str, int]]
) -> None:
    found = {(f.country, f.value) for f in extract_facts(text, "t.txt", lang)
             if f.kind == "count" and f.measure == "stations"}
    assert expected <= found
