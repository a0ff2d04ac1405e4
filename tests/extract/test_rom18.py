"""Responses and denials in the shapes of debates, UN statements, judgments, reports and
fact-checks, mostly in Italian, French, Spanish and Portuguese.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a PRC delegation replying at a UN body
and an interview's answer to "what does China say?", accusations called made up, a Swiss
federal prosecutor named in Italian, proceedings opened, leads followed and those in charge
heard by the police, a shop-front closure told by its
shutter, checks that confirmed no offence, and, as no host response, a table row of yearly
arrest figures, closures by states counted but not named, a stop verb and a decree in French,
the writer's own investigators, a demonstration attended, parents summoned by the police in
China, a pension stopped, an agreement concluded, and a social-media post's claim; an inquiry
given as the reason not to comment is asserted, not denied.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys, resp

#: A sentence that makes the text about the stations, put before each case's own sentences.
_TOPIC = {
    "it": "A Verona opera una cosiddetta stazione di polizia cinese d'oltremare. ",
    "fr": "À Lyon opère un prétendu poste de police chinois à l'étranger. ",
    "es": "En Murcia funciona una supuesta comisaría china en el extranjero. ",
    "pt": "Em Braga funciona uma alegada esquadra de polícia chinesa no estrangeiro. ",
    "en": "A so-called Chinese overseas police station operates in Leeds. ",
    "nl": "In Breda zit een zogenaamd Chinees politiestation. ",
    "de": "In Kassel gibt es eine sogenannte chinesische Polizeistation. ",
}
DENIAL = ("denial", "CN")

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "it-delegation-rejects": (
        "it",
        "Nel diritto di replica, la delegazione cinese ha respinto le accuse, definendole "
        "fabbricate ad arte.",
        (DENIAL,), ()),
    "fr-delegation-rejects": (
        "fr",
        "La délégation de la Chine rejette ces allégations fabriquées de toutes pièces.",
        (DENIAL,), ()),
    "es-delegation-rejects": (
        "es",
        "La delegación china rechazó de plano lo que llamó acusaciones sin fundamento.",
        (DENIAL,), ()),
    "en-delegation-rejects": (
        "en",
        "Replying, the Chinese delegation rejected the allegations as groundless.",
        (DENIAL,), ()),
    "nl-what-does-china-say": (
        "nl",
        "PRESENTATOR: En wat zegt China daarover?\n\nGAST: Dat het allemaal een verzinsel "
        "van westerse journalisten is.",
        (DENIAL,), ()),
    "it-swiss-prosecutor-in-italian": (
        "it",
        "Il Ministero pubblico della Confederazione aveva aperto un procedimento, poi "
        "archiviato per mancanza di prove.",
        (resp("CH", "investigation"), resp("CH", "no_wrongdoing_found")),
        (resp("IT", "investigation"),)),
    "de-headquarters-follows-leads": (
        "de",
        "Das Polizeipräsidium Kassel teilte mit, dass der Staatsschutz den Hinweisen nachgeht.",
        (resp("DE", "investigation"),), (("response", "AT"),)),
    "en-spoke-to-those-in-charge": (
        "en",
        "West Yorkshire Police said officers had spoken to the people running the centre.",
        (resp("GB", "investigation"),), ()),
    "pt-heard-those-responsible": (
        "pt",
        "Agentes da PSP ouviram os responsáveis da associação em maio.",
        (resp("PT", "investigation"),), ()),
    "es-shutter-lowered": (
        "es",
        "El local de la calle Mayor bajó la persiana por orden del ayuntamiento.",
        (resp("ES", "closure"),), ()),
    "es-premises-sealed": (
        "es",
        "Tras el registro, la policía dejó el inmueble lacrado.",
        (resp("ES", "closure"),), ()),
    "pt-checks-confirmed-nothing": (
        "pt",
        "As averiguações da PSP não confirmaram a existência de qualquer atividade ilícita.",
        (resp("PT", "no_wrongdoing_found"),), ()),
    "fr-heard-the-manager": (
        "fr",
        "La police nationale a entendu le gérant du local en mars, sans constater « aucune "
        "infraction à la loi ».",
        (resp("FR", "investigation"), resp("FR", "no_wrongdoing_found")), ()),
    "it-yearly-figures-row": (
        "it",
        "Attività della Questura nell'anno:\n\n| Persone arrestate | 81 | 77 |\n"
        "| Controlli | 1200 | 1350 |",
        (), (resp("IT", "arrest"),)),
    "it-states-counted-not-named": (
        "it",
        "In almeno quattro paesi europei le autorità ne hanno disposto la chiusura.",
        (), (resp("IT", "closure"),)),
    "fr-the-story-does-not-stop": (
        "fr",
        "L'histoire ne s'arrête pas là. Un arrêté préfectoral a été publié.",
        (), (("response", "FR", "arrest"),)),
    "fr-our-investigators": (
        "fr",
        "Nos enquêteurs ont identifié trois sites de ce type dans la ville.",
        (), (("response", "FR", "investigation"),)),
    "es-nos-is-us-not-ours": (
        "es",
        "La Guardia Civil nos investigó durante meses, cuenta el presidente de la asociación.",
        (resp("ES", "investigation"),), ()),
    "en-attended-a-protest": (
        "en",
        "In May he attended a protest outside the consulate and photographed the marchers.",
        (), (("response", "GB", "protest"),)),
    "nl-parents-summoned-pension-stopped": (
        "nl",
        "Zijn ouders werden door de plaatselijke politie ontboden en hun pensioen zou worden "
        "stopgezet.",
        (), (("response", "NL", "protest"), ("response", "NL", "closure"))),
    "nl-agreement-concluded": (
        "nl",
        "Nederland heeft in 2018 een politieakkoord met China gesloten.",
        (), (("response", "NL", "closure"),)),
    "de-no-comment-given-the-inquiry": (
        "de",
        "Mit Rücksicht auf die laufenden Ermittlungen kann ich mich zu Einzelheiten nicht "
        "äußern.",
        (resp("DE", "investigation"),), (resp("DE", "investigation", "denied"),)),
    "en-a-posts-claim": (
        "en",
        "A post shared thousands of times on X claims that police raided the site and "
        "arrested its manager.",
        (), (("response", "GB", "arrest"), ("response", "GB", "investigation"))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rom18(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(_TOPIC[lang] + text, lang, expect, forbid)
