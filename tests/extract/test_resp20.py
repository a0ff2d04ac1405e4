"""Host responses told in the shapes officials and reporters use: an envoy below ambassador rank
(minister-counsellor, counsellor) summoned with a date between verb and envoy; checks that
"found nothing"; "did not identify any offending"; an inquiry opened in the infinitive after a
negation or split by its aspect particle (立了案); the offence fronted and negated last in
Dutch; an act that is only weighed or planned ("is considering", "envisage de", "valuta");
a final negation that belongs to another noun's phrase ("in het onderzoek") or to publishing a
paper ("wird nicht herausgegeben"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import has, keys, resp

LEAD = {
    "en": "Chinese overseas police stations have drawn scrutiny in Europe.\n\n",
    "fr": "Les postes de police chinois à l'étranger suscitent l'inquiétude en Europe.\n\n",
    "it": "Le stazioni di polizia cinesi all'estero preoccupano l'Europa.\n\n",
    "es": "Las comisarías chinas en el extranjero preocupan a Europa.\n\n",
    "de": "Chinesische Polizeistationen im Ausland sorgen in Europa für Unruhe.\n\n",
    "nl": "Chinese politieposten in het buitenland zorgen voor onrust in Europa.\n\n",
    "pt": "As esquadras de polícia chinesas no estrangeiro preocupam a Europa.\n\n",
    "zh": "中国海外警察站在欧洲引发关注。\n\n",
}


def _keys(lang: str, sentence: str) -> set[tuple[object, ...]]:
    return keys(LEAD[lang] + sentence, lang)


ENVOYS_SUMMONED = [
    ("fr", "Le ministère belge des Affaires étrangères a convoqué le 2 février le "
           "ministre-conseiller de l'ambassade de Chine.", "BE"),
    ("fr", "Le Quai d'Orsay a convoqué mardi un conseiller de l'ambassade de Chine.", "FR"),
    ("it", "La Farnesina ha convocato, il 4 aprile, il ministro consigliere dell'ambasciata "
           "della Repubblica popolare cinese.", "IT"),
    ("es", "La cancillería chilena convocó el lunes al ministro consejero de la embajada "
           "china.", "CL"),
    ("pt", "O Ministério dos Negócios Estrangeiros português convocou na sexta-feira o "
           "ministro-conselheiro da embaixada chinesa.", "PT"),
]


@pytest.mark.parametrize(("lang", "sentence", "country"), ENVOYS_SUMMONED)
def test_an_envoy_below_ambassador_rank_summoned_is_a_protest(
        lang: str, sentence: str, country: str) -> None:
    assert has(_keys(lang, sentence), resp(country, "protest"))


NOTHING_FOUND = [
    ("fr", "La police belge a fouillé le local d'Anvers et n'a rien trouvé d'illégal.", "BE"),
    ("fr", "Les gendarmes français sont passés au local de Nantes sans rien trouver.", "FR"),
    ("en", "Australian Federal Police did not identify any offending at the Perth site.", "AU"),
    ("en", "New Zealand Police said no offending was identified at the Auckland address.", "NZ"),
    ("nl", "De Nederlandse politie heeft in het pand in Zwolle niets aangetroffen.", "NL"),
    ("nl", "Strafbare feiten heeft de Belgische politie in Gent niet vastgesteld.", "BE"),
    ("zh", "捷克警方去查过一次，没找到什么。", "CZ"),
    ("zh", "奥地利警方到场检查，什么也没发现。", "AT"),
]


@pytest.mark.parametrize(("lang", "sentence", "country"), NOTHING_FOUND)
def test_a_check_that_found_nothing_is_no_wrongdoing_found(
        lang: str, sentence: str, country: str) -> None:
    assert has(_keys(lang, sentence), resp(country, "no_wrongdoing_found"))


INQUIRIES = [
    ("pt", "A polícia moçambicana afirmou não ter instaurado qualquer processo.", "MZ", "denied"),
    ("pt", "O Ministério Público angolano não instaurou qualquer processo sobre o local.", "AO",
     "denied"),
    ("zh", "匈牙利检方去年对那处据点立了案。", "HU", "asserted"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "polarity"), INQUIRIES)
def test_an_inquiry_in_the_infinitive_or_split_by_its_particle(
        lang: str, sentence: str, country: str, polarity: str) -> None:
    assert has(_keys(lang, sentence), resp(country, "investigation", polarity))


PLANNED = [
    ("en", "The Dutch government is considering closing the site in Rotterdam.", "NL", "closure"),
    ("en", "Irish police will examine the premises in Dublin.", "IE", "investigation"),
    ("fr", "Le ministère français de l'Intérieur envisage de fermer le poste de Lyon.", "FR",
     "closure"),
    ("fr", "Le gouvernement belge étudie la possibilité de fermer le poste d'Anvers.", "BE",
     "closure"),
    ("it", "Il Viminale valuta la chiusura della sede di Prato.", "IT", "closure"),
    ("it", "Il governo italiano sta valutando di chiudere la sede di Prato.", "IT", "closure"),
    ("pt", "O Governo português pondera o encerramento do espaço de Lisboa.", "PT", "closure"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "action"), PLANNED)
def test_an_act_weighed_or_planned_is_no_response(
        lang: str, sentence: str, country: str, action: str) -> None:
    assert not has(_keys(lang, sentence), resp(country, action))


DONE_THEN_PLANNED = [
    ("en", "Irish police searched the premises in Dublin and will examine the documents.", "IE",
     "investigation"),
    ("fr", "La police française a perquisitionné le local de Lyon.", "FR", "investigation"),
    ("it", "La questura di Prato ha chiuso la sede.", "IT", "closure"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "action"), DONE_THEN_PLANNED)
def test_an_act_done_stays_a_response(
        lang: str, sentence: str, country: str, action: str) -> None:
    assert has(_keys(lang, sentence), resp(country, action))


def test_a_final_negation_counts_the_fronted_noun_not_the_inquiry_it_belongs_to() -> None:
    found = _keys("nl", "Aanhoudingen zijn er in het Nederlandse onderzoek nog niet verricht.")
    assert has(found, resp("NL", "arrest", "denied"))
    assert not has(found, resp("NL", "investigation", "denied"))
    assert not has(found, resp("NL", "arrest"))


def test_a_paper_not_published_denies_no_act() -> None:
    found = _keys("de", "Die Staatsanwaltschaft Frankfurt hat Anklage erhoben. "
                        "Die Anklageschrift wird nicht herausgegeben.")
    assert has(found, resp("DE", "arrest"))
    assert not has(found, resp("DE", "arrest", "denied"))


def test_a_case_filed_at_home_is_no_host_inquiry() -> None:
    found = _keys("zh", "布达佩斯一名厨师，老家在青田，因为一笔纠纷在国内被立了案。")
    assert not has(found, resp("HU", "investigation"))


ALSO_ALONE = [
    ("de", "Irland ebenso."),
    ("en", "Ireland likewise."),
    ("it", "Anche l'Irlanda."),
    ("nl", "Ook Ierland."),
    ("es", "También Irlanda."),
]


@pytest.mark.parametrize(("lang", "also"), ALSO_ALONE)
def test_a_state_alone_with_an_also_word_repeats_the_act_before(lang: str, also: str) -> None:
    before = {
        "de": "Die Niederlande haben die Stationen geschlossen. ",
        "en": "The Netherlands closed the stations. ",
        "it": "I Paesi Bassi hanno chiuso le stazioni. ",
        "nl": "De Nederlandse politie sloot de posten. ",
        "es": "Países Bajos cerró las comisarías. ",
    }[lang]
    found = _keys(lang, before + also)
    assert has(found, resp("IE", "closure"))


def test_also_with_a_place_adds_no_state() -> None:
    found = _keys("en", "The Netherlands closed the stations. Also in Dublin.")
    assert not has(found, resp("IE", "closure"))


def test_a_voluntary_service_and_no_police_work_is_a_denial() -> None:
    found = _keys("nl", "De Chinese ambassade zegt dat het om vrijwillige dienstverlening gaat en "
                        "dat er geen sprake is van politiewerk.")
    assert ("denial", "cn") in {key[:2] for key in found}


AGREEMENTS_WITH_PARTNERS_BETWEEN = [
    ("es", "Existe un memorando de entendimiento entre Uruguay y China en materia de "
           "seguridad pública.", "UY"),
    ("en", "There is a memorandum of understanding between Fiji and China on police "
           "cooperation.", "FJ"),
]


@pytest.mark.parametrize(("lang", "sentence", "country"), AGREEMENTS_WITH_PARTNERS_BETWEEN)
def test_a_memorandum_with_its_partners_before_its_matter(
        lang: str, sentence: str, country: str) -> None:
    assert ("agreement", country.lower()) in {key[:2] for key in _keys(lang, sentence)}


def test_a_memorandum_on_food_security_is_no_agreement() -> None:
    found = _keys("en", "Fiji has a memorandum of understanding with China on food security "
                        "cooperation.")
    assert ("agreement", "fj") not in {key[:2] for key in found}


NO_PLANS = [
    ("en", "Malaysian police said they had no plans to investigate the site in Penang.", "MY"),
    ("en", "Malaysian police said they will not investigate the site in Penang.", "MY"),
]


@pytest.mark.parametrize(("lang", "sentence", "country"), NO_PLANS)
def test_no_plans_to_act_denies_the_act(lang: str, sentence: str, country: str) -> None:
    assert has(_keys(lang, sentence), resp(country, "investigation", "denied"))


def test_a_neighbour_who_noticed_nothing_is_no_finding() -> None:
    found = _keys("fr", "Une voisine canadienne n'a jamais rien remarqué d'anormal.")
    assert not has(found, resp("CA", "no_wrongdoing_found"))


STAGE_DIRECTIONS = [
    ("it", "La questura di Prato ha indagato sulla sede. [sigla di chiusura]", "IT", "closure"),
    ("en", "Irish police searched the site in Cork. [closing music]", "IE", "closure"),
]


@pytest.mark.parametrize(("lang", "text", "country", "action"), STAGE_DIRECTIONS)
def test_a_transcripts_stage_direction_is_no_act(
        lang: str, text: str, country: str, action: str) -> None:
    assert not has(_keys(lang, text), resp(country, action))
