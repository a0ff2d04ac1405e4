"""Denials and counts in the Romance languages, Chinese and English (round 14, cnt15).

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: the spokesperson of a foreign ministry's
regular press conference whose head never says China, a host minister's own press conference
that is not the PRC's, a host's "no foreign police operating here" against a warning that none
will be tolerated, a non-reply whose silence ends at a semicolon, an interviewer's turn putting
the embassy's account to the one answering, a figure of sites "in the world" beside a capital
that acts, a host's figure after a source set off by commas, people counted as sources, a
station told as one of two sites of a country, "similar" sites, and Chinese 一事 (the matter).
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.fact_keys import Key, assert_keys

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "fr-regular-briefing-spokesperson": (
        "fr",
        "Conférence de presse régulière du porte-parole du ministère des Affaires étrangères, "
        "3 mars 2025\n\n"
        "Question : Un quotidien néerlandais affirme qu'un poste de police chinois opère à "
        "Rotterdam. Quelle est la position de la Chine ?\n\n"
        "Porte-parole : Nous avons pris connaissance de ces articles. Ces soi-disant postes de "
        "police n'existent absolument pas.",
        (("denial", "CN"),),
        ()),
    "pt-host-minister-briefing-not-prc": (
        "pt",
        "Conferência de imprensa do Ministro da Administração Interna, 4 de maio\n\n"
        "Pergunta: Um jornal noticiou que a polícia chinesa mantém um posto de polícia "
        "clandestino no Porto. O que sabe o Governo?\n\n"
        "Ministro: A PSP está a acompanhar a situação com toda a atenção.",
        (),
        (("denial", "CN"),)),
    "pt-host-denies-foreign-police": (
        "pt",
        "Um relatório aponta para um posto de polícia chinês na cidade da Praia, em Cabo Verde. "
        "O ministro da Administração Interna cabo-verdiano garantiu que \"não existe nenhuma "
        "polícia estrangeira a atuar em Cabo Verde\".",
        (("denial", "CV"),),
        ()),
    "fr-host-knows-of-no-foreign-police-activity": (
        "fr",
        "Une ONG signale un poste de police chinois à Niamey. Le ministère de l'Intérieur du "
        "Niger affirme n'avoir connaissance d'aucune activité policière étrangère au Niger.",
        (("denial", "NE"),),
        ()),
    "fr-will-not-tolerate-is-no-denial": (
        "fr",
        "Une ONG signale un poste de police chinois à Lille. Le ministre de l'Intérieur a "
        "rappelé que la France ne tolérera aucune activité de police étrangère sur son sol.",
        (),
        (("denial", "FR"),)),
    "fr-silence-ends-at-semicolon": (
        "fr",
        "Un poste de police chinois opérerait à Lyon, selon une ONG. L'ambassade de Chine n'a "
        "pas répondu à nos questions; en 2022, elle avait qualifié ces informations de "
        "« pures calomnies ».",
        (("denial", "CN"),),
        ()),
    "it-interviewer-turn-names-the-embassy": (
        "it",
        "Secondo lei a Firenze c'è una stazione di polizia cinese?\n\n"
        "Sì, l'abbiamo documentata con foto e testimonianze.\n\n"
        "L'ambasciata cinese parla di semplici volontari.\n\n"
        "Certo. Nella sua nota ha scritto che si tratta di «uffici gestiti da associazioni».",
        (("denial", "CN"),),
        ()),
    "fr-figure-in-the-world-beside-a-capital": (
        "fr",
        "Madrid a protesté auprès de Pékin après un rapport recensant une centaine de ces "
        "postes de police chinois dans le monde.",
        (("count", "stations", 100, None),),
        (("count", "stations", 100, "ES"),)),
    "es-host-figure-after-source-aside": (
        "es",
        "Las comisarías chinas en el extranjero preocupan a Europa. Una ONG con sede en Madrid "
        "contó ciento dos en cincuenta y tres países; en Portugal, según la misma fuente, "
        "habría cuatro.",
        (("count", "stations", 4, "PT"), ("count", "stations", 102, None)),
        ()),
    "es-according-to-three-former-staff": (
        "es",
        "La policía de Wenzhou abrió una comisaría china en Valencia. Según tres antiguos "
        "empleados, la oficina funcionó hasta 2023.",
        (),
        (("count", "staff", 3),)),
    "es-one-of-two-sites-of-a-country": (
        "es",
        "Investigan una comisaría china en Córdoba, vinculada a la policía de Fuzhou.\n\n"
        "Un fiscal pidió informes. Sería una de dos sedes en Chile; la otra estaría en "
        "Valparaíso.",
        (("count", "stations", 2, "CL"),),
        ()),
    "es-one-of-two-students-is-no-count": (
        "es",
        "Investigan una comisaría china en Córdoba, vinculada a la policía de Fuzhou. "
        "Ella era una de dos estudiantes chinas en Rosario.",
        (),
        (("count", "stations", 2),)),
    "pt-similar-sites": (
        "pt",
        "A polícia angolana investiga um posto de polícia chinês em Luanda. Em 2023, uma ONG "
        "sediada em Madrid tinha identificado quatro espaços semelhantes em Angola.",
        (("count", "stations", 4, "AO"),),
        ()),
    "zh-so-called-names-before-the-station-noun": (
        "zh",
        "报告称，多地公安机关在三十个国家设立了至少五十四个所谓“海外110”或“海外警务服务站”。",
        (("count", "stations", 54, None),),
        ()),
    "pt-figure-of-these-sites": (
        "pt",
        "Uma reportagem revelou postos de polícia chineses em Lisboa.\n\n"
        "O Ministério Público abriu um inquérito.\n\n"
        "Os vizinhos dizem que nada viram.\n\n"
        "Em todo o caso, Espanha terá tido pelo menos cinco destes espaços desde 2019, segundo "
        "uma ONG.",
        (("count", "stations", 5, "ES"),),
        ()),
    "it-footnote-mark-is-no-figure": (
        "it",
        "Nel 2023 abbiamo individuato tre nuove stazioni di polizia cinesi in Italia.2 Una si "
        "trova a Torino.",
        (("count", "stations", 3, "IT"),),
        (("count", "stations", 2),)),
    "zh-the-matter-is-no-figure": (
        "zh",
        "芬兰警方已就中国在赫尔辛基设立所谓“海外警察站”一事展开调查。",
        (),
        (("count", "stations", 1),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cnt15(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)


#: (lang, text, {place: bureau}): the bureau each station must be given.
OPERATORS: dict[str, tuple[str, str, dict[str, str | None]]] = {
    "fr-in-contact-with-a-bureau": (
        "fr",
        "Une association de Nantes est soupçonnée de servir d'antenne à la police chinoise.\n\n"
        "Selon les enquêteurs, l'association serait en contact régulier avec le bureau de la "
        "sécurité publique de Qingtian.",
        {"Nantes": "Qingtian"}),
    "zh-all-of-them-by-one-bureau": (
        "zh",
        "报告指出，肯尼亚有两处海外警务服务站，分别位于首都内罗毕和东部港口城市蒙巴萨，"
        "均由浙江省青田县公安局设立。",
        {"Nairobi": "Qingtian", "Mombasa": "Qingtian"}),
    "fr-second-site-same-bureau": (
        "fr",
        "La police enquête sur deux présumés « postes de police » chinois à Sherbrooke et à "
        "Gatineau.\n\n"
        "Le premier occupe un local commercial à Sherbrooke. Il aurait été mis sur pied en 2020 "
        "par le bureau de la sécurité publique de Qingtian. Le second se trouve à Gatineau; il "
        "relèverait du même bureau.",
        {"Sherbrooke": "Qingtian", "Gatineau": "Qingtian"}),
    "en-the-latter-only": (
        "en",
        "Chinese police stations were reported in Nairobi and in the port city of Mombasa; "
        "the latter was set up by the Qingtian bureau.",
        {"Mombasa": "Qingtian"}),
}


@pytest.mark.parametrize("name", sorted(OPERATORS))
def test_cnt15_operators(name: str) -> None:
    lang, text, wanted = OPERATORS[name]
    found = {f.place: f.operator for f in extract_facts(text, "t.txt", lang)
             if f.kind == "station" and f.place}
    assert {p: found.get(p) for p in wanted} == wanted, found
