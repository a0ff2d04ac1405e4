"""Spanish and Portuguese reporting: station nouns, enumerations, responses and their near-misses.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: the bureaus' own name for the sites (a
service "to fellow nationals"), a liaison office of a named bureau, one more site said to exist,
a province standing for the town named before, a police name several states share acting where
the clause is set, a later clause that "did the same", a prosecutor charging people, a figure
scoped by a locative with its source between, the Scottish police; and the quiet side: a
request that an ambassador be summoned, a trader's shops, a free-trade zone, a host's model
police station shown to visiting Chinese officers, what the writer could establish, a host's own
finding of no wrongdoing.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys, resp, st

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "es-fellow-nationals-then-authority": (
        "es",
        "El informe registra cuatro \"centros de servicio a los connacionales\" en la región. "
        "La lista indica la autoridad china de la que depende cada uno.\n\n"
        "País        Ciudad        Autoridad operadora\n"
        "Perú        Lima          Fuqing\n"
        "Bolivia     Santa Cruz    Wenzhou\n",
        (st("PE", "Lima"),),
        ()),
    "pt-fellow-national-singular": (
        "pt",
        "Segundo a ONG, funciona em Curitiba desde 2021 um \"centro de atendimento ao "
        "compatriota\" ligado ao Departamento de Segurança Pública de Wenzhou.",
        (st("BR", "Curitiba"),),
        ()),
    "es-liaison-office-of-a-bureau": (
        "es",
        "Un juez investiga una \"comisaría\" china en el centro. Allí, según la denuncia, en "
        "Bahía Blanca funcionaba una oficina de enlace de la policía de Qingtian.",
        (st("AR", "Bahía Blanca"),),
        ()),
    "pt-one-more-said-to-exist": (
        "pt",
        "Segundo a ONG, funciona em Campinas um posto da polícia chinesa ligado a Fuzhou. "
        "Do outro lado do estado, em Santos, haveria outro, mantido por Lishui.",
        (st("BR", "Campinas"), st("BR", "Santos")),
        ()),
    "es-province-stands-for-its-town": (
        "es",
        "Pregunta: ¿Qué sabe el Gobierno de las oficinas vinculadas a la policía de Fuzhou que "
        "operarían en Hospitalet de Llobregat?\n\nRespuesta: la Policía Nacional investigó los "
        "locales mencionados en la provincia de Barcelona.",
        (st("ES", "L'Hospitalet de Llobregat"),),
        (st("ES", "Barcelona"),)),
    "pt-shared-police-name-where-set": (
        "pt",
        "Em Cabo Verde, a Polícia Judiciária fez buscas num posto da polícia chinesa na Praia.",
        (resp("CV", "investigation"),),
        (resp("PT", "investigation"),)),
    "pt-writer-establishes-no-investigation": (
        "pt",
        "O posto de Quelimane, pelo que conseguimos apurar, foi aberto pela polícia de Fuqing.",
        (st("MZ", "Quelimane"),),
        (("response",),)),
    "es-did-the-same-in-a-later-clause": (
        "es",
        "La ONG contó cien comisarías chinas en el mundo: Canadá ordenó cerrar la de Toronto, "
        "Bélgica hizo lo mismo con la de Amberes.",
        (resp("CA", "closure"), resp("BE", "closure")),
        (resp("BE", "arrest"),)),
    "es-prosecutor-charges-people": (
        "es",
        "En Estados Unidos la fiscalía acusó a dos hombres por operar una comisaría china en Boston.",
        (resp("US", "arrest"),),
        ()),
    "es-request-to-summon-is-no-protest": (
        "es",
        "Tras conocerse la existencia de una comisaría china en Arica, un diputado pidió en 2023 "
        "que se convocara al embajador chino.",
        (st("CL", "Arica"),),
        (resp("CL", "protest", "asserted"),)),
    "es-trader-shops-count-nothing": (
        "es",
        "La ONG halló una comisaría china en Antofagasta. Un comerciante de la ciudad tiene "
        "cuatro locales y dos hijos que estudian en Santiago.",
        (st("CL", "Antofagasta"),),
        (("count", "stations", 4),)),
    "es-free-trade-zone-is-no-france": (
        "es",
        "Cerca de la Zona Franca funcionaba un \"punto de atención a los compatriotas\" de la "
        "policía china, según la ONG.",
        (),
        (("station", "FR"),)),
    "pt-model-police-station-visited": (
        "pt",
        "Policiais chineses visitam delegacia modelo em Niterói. Na terça, a delegação da China "
        "visitou a 3.ª Delegacia de Polícia, em Icaraí.",
        (),
        (("station",),)),
    "pt-figure-with-source-between": (
        "pt",
        "A rede tem mais de cem esquadras chinesas em cinquenta países; em Angola, segundo a "
        "mesma organização, são dois postos.",
        (("count", "stations", 2, "AO"),),
        ()),
    "pt-persuaded-people-to-return": (
        "pt",
        "A polícia chinesa mantém esquadras no estrangeiro e gaba-se de ter convencido 230 mil "
        "pessoas a regressar.",
        (("count", "returns", 230000),),
        ()),
    "pt-scottish-police": (
        "pt",
        "A Chéquia encerrou o posto chinês de Brno; a polícia escocesa abriu uma investigação "
        "sobre o espaço de Glasgow.",
        (resp("GB", "investigation"), resp("CZ", "closure")),
        (resp("CZ", "investigation"),)),
    "pt-host-finding-no-prc-denial": (
        "pt",
        "A polícia de Fuzhou abriu um posto em Stavanger, segundo a ONG, e o governo chinês "
        "mantém patrulhas com Pequim. A Noruega avaliou o caso de Stavanger e concluiu «não "
        "haver indícios de atividade ilegal».",
        (resp("NO", "no_wrongdoing_found"),),
        (("denial", "CN"),)),
    "pt-places-a-source-leaves-out": (
        "pt",
        "A PJ investiga um posto da polícia chinesa em Setúbal. A ONG tinha apontado três "
        "postos em Portugal, sem referir Setúbal nem Évora.",
        (st("PT", "Setúbal"),),
        (("station", "PT", "Evora"), ("station", "PT", "Setubal", "denied"))),
    "pt-no-evidence-in-the-gerund": (
        "pt",
        "A PSP fez diligências no alegado posto da polícia chinesa de Viseu, não tendo sido "
        "detetados indícios de qualquer ilícito.",
        (resp("PT", "no_wrongdoing_found"),),
        ()),
    "es-none-of-the-counted-governments": (
        "es",
        "La ONG halló comisarías chinas en Honduras, en Nicaragua y en El Salvador. Ninguno de "
        "los tres gobiernos ha abierto una investigación.",
        (resp("HN", "investigation", "denied"), resp("NI", "investigation", "denied"),
         resp("SV", "investigation", "denied")),
        ()),
    "es-none-of-a-miscounted-set-stays-quiet": (
        "es",
        "La ONG halló comisarías chinas en Honduras y en Nicaragua. Ninguno de los cinco "
        "gobiernos de la región ha abierto una investigación.",
        (),
        (resp("HN", "investigation", "denied"), resp("NI", "investigation", "denied"))),
    "es-unconfirmed-sites-are-not-denied": (
        "es",
        "El informe documenta comisarías chinas en Managua. La cifra no incluye dos sitios de "
        "Guatemala cuya existencia no pudimos confirmar.",
        (st("NI", "Managua"),),
        (("station", "GT"),)),
    "es-not-the-only-case-one-more-in": (
        "es",
        "Un juez de Paraná investiga una \"comisaría\" china en el puerto.\n\n"
        "La Cancillería no respondió a las consultas.\n\n"
        "No es el único caso en el país: la ONG había señalado antes una en Mar del Plata.",
        (st("AR", "Mar del Plata"),),
        ()),
    "es-one-of-them-tied-to-a-bureau": (
        "es",
        "—¿Qué encontró en el Caribe?\n—En Jamaica documentamos dos. Una en Kingston, que "
        "dependía de la policía de Fuqing, y otra en Montego Bay, de la que sabemos poco.",
        (st("JM", "Kingston"), st("JM", "Montego Bay")),
        ()),
    "es-chinatown-of-a-quarter-is-the-city": (
        "es",
        "Rueda de prensa en Lima. Según un informe, en el Barrio Chino de Miraflores funciona "
        "una oficina vinculada a la policía de la ciudad china de Wenzhou.",
        (st("PE", "Lima"),),
        (st("PE", "Miraflores"),)),
    "es-consular-desk-for-nationals-stays-quiet": (
        "es",
        "La ONG denuncia una comisaría china en Monterrey. En Houston, la oficina de atención a "
        "connacionales del consulado mexicano amplió su horario.",
        (st("MX", "Monterrey"),),
        (("station", "US"),)),
    "pt-none-in-answer-to-a-question": (
        "pt",
        "PERGUNTA — Há postos da polícia chinesa em Angola e na Guiné-Bissau? RESPOSTA — Sim, "
        "um em Luanda e outro em Bissau. PERGUNTA — Houve alguma investigação? RESPOSTA — Em "
        "Angola, a polícia fez buscas em 2023. Na Guiné-Bissau, nenhuma.",
        (resp("GW", "investigation", "denied"), resp("AO", "investigation")),
        ()),
    "es-none-without-a-question-stays-quiet": (
        "es",
        "La ONG halló comisarías chinas en Cuba y en Haití. En Haití, ninguna.",
        (),
        (("response",),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_es11(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
