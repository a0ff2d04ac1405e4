"""Host responses told in shapes a plain rule missed, with their near misses.

Sentences written for this test, each after a first paragraph that names a station in a city
of the host state. An act whose subject is "no authority" ("Nessuna procura ha aperto
un'indagine", "Keine Staatsanwaltschaft hat ermittelt") is denied, however far the negated
subject stands from the act; a negated quantity of suspects before "but the police opened…" is
not. Australian state police forces act for Australia ("Victoria Police" is no Hong Kong
place). Proceedings dropped after a long aside, a fronted "Gefunden wurde nichts", a town
forbidding the use of the premises, a town hall having them sealed ("mandou selar"), and "heeft
geen weet van" are responses; a German fronted noun negated after "in diesem Fall" is denied;
a matter "closed" is no closure; a Chinese "whether it was done" (是否已) asserts nothing, nor
does a web page's "close window" button.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import RESPONSE, YES, Case, Key, assert_case

NO = "denied"

#: A first paragraph that sets the topic: a station reported in a city of the host state.
TOPIC = {
    "en": "Rights groups reported that a Chinese police station operated in Perth.",
    "it": "Un'inchiesta giornalistica ha rivelato che a Modena opera una stazione di polizia "
          "cinese.",
    "de": "Eine Recherche ergab, dass in Kassel eine chinesische Polizeistation betrieben wird.",
    "es": "Una investigación periodística reveló que en Sevilla funciona una comisaría china.",
    "fr": "Une enquête de presse a révélé qu'un poste de police chinois opérait à Nantes.",
    "nl": "Een onderzoek van journalisten onthulde dat er in Utrecht een Chinees politiebureau "
          "actief is.",
    "pt": "Uma reportagem revelou que em Braga funciona uma esquadra de polícia chinesa.",
    "zh": "有报道称，中国在曼谷设立了海外警察服务站。",
}


def _case(lang: str, text: str, expect: tuple[Key, ...] = (),
          forbid: tuple[tuple[str, ...], ...] = ()) -> Case:
    return Case(lang, TOPIC[lang] + "\n\n" + text + "\n", expect, forbid)


NOBODY_ACTED = {
    "en-no-police-force": _case(
        "en", "No police force in Australia has so far opened an inquiry into the Perth office.",
        ((RESPONSE, "AU", "investigation", NO),), ((RESPONSE, "AU", "investigation", YES),)),
    "it-nessuna-procura": _case(
        "it", "Nessuna procura, per quanto è dato sapere, ha finora aperto un fascicolo sulla "
              "sede di Modena.",
        ((RESPONSE, "IT", "investigation", NO),), ((RESPONSE, "IT", "investigation", YES),)),
    "de-keine-staatsanwaltschaft": _case(
        "de", "Keine Staatsanwaltschaft hat nach unseren Informationen Ermittlungen zu der "
              "Station in Kassel aufgenommen.",
        ((RESPONSE, "DE", "investigation", NO),), ((RESPONSE, "DE", "investigation", YES),)),
    "fr-aucun-parquet": _case(
        "fr", "Aucun parquet n'a, à ce jour, ouvert d'enquête sur le local de Nantes.",
        ((RESPONSE, "FR", "investigation", NO),), ((RESPONSE, "FR", "investigation", YES),)),
    "es-ninguna-fiscalia": _case(
        "es", "Ninguna fiscalía, según fuentes judiciales, ha abierto diligencias sobre el local "
              "de Sevilla.",
        ((RESPONSE, "ES", "investigation", NO),), ((RESPONSE, "ES", "investigation", YES),)),
    "pt-nenhuma-autoridade": _case(
        "pt", "Nenhuma autoridade, segundo o jornal, abriu até agora um inquérito ao posto de "
              "Braga.",
        ((RESPONSE, "PT", "investigation", NO),), ((RESPONSE, "PT", "investigation", YES),)),
    "nl-geen-enkele-instantie": _case(
        "nl", "Geen enkele instantie heeft volgens de krant een onderzoek ingesteld naar de post "
              "in Utrecht.",
        ((RESPONSE, "NL", "investigation", NO),), ((RESPONSE, "NL", "investigation", YES),)),
    # near misses: the negation is on something else, the act is told
    "en-no-suspects-but-police": _case(
        "en", "No suspects were named, but police in Perth opened an investigation into the "
              "office.",
        ((RESPONSE, "AU", "investigation", YES),), ((RESPONSE, "AU", "investigation", NO),)),
    "it-nessun-indagato-ma-procura": _case(
        "it", "Nessun indagato, ma la procura di Modena ha aperto un fascicolo sulla sede.",
        ((RESPONSE, "IT", "investigation", YES),), ((RESPONSE, "IT", "investigation", NO),)),
    "de-staatsanwaltschaft-ermittelt": _case(
        "de", "Die Staatsanwaltschaft Kassel hat Ermittlungen zu der Station aufgenommen.",
        ((RESPONSE, "DE", "investigation", YES),), ((RESPONSE, "DE", "investigation", NO),)),
}

SHAPES = {
    "en-victoria-police": _case(
        "en", "Victoria Police said it had found no evidence of a criminal offence at a site "
              "in Melbourne.",
        ((RESPONSE, "AU", "no_wrongdoing_found", YES),), ((RESPONSE, "HK"),)),
    "en-nsw-police": _case(
        "en", "NSW Police have arrested two men linked to the office in Sydney.",
        ((RESPONSE, "AU", "arrest", YES),), ()),
    "en-matter-closed": _case(
        "en", "The matter, a spokesman said, was closed.",
        (), ((RESPONSE, "AU", "closure"),)),
    "de-verfahren-eingestellt-long-aside": _case(
        "de", "Das Verfahren ist im März von der Staatsanwaltschaft Kassel gemäß § 170 Absatz 2 "
              "StPO eingestellt worden.",
        ((RESPONSE, "DE", "no_wrongdoing_found", YES),), ()),
    "de-gefunden-wurde-nichts": _case(
        "de", "Die Polizei durchsuchte im Herbst die Station. Gefunden wurde dabei nichts, was "
              "auf eine Straftat hindeutet.",
        ((RESPONSE, "DE", "no_wrongdoing_found", YES),), ()),
    "de-nutzung-untersagt": _case(
        "de", "Die Stadt Kassel hat dem Verein die weitere Nutzung der Räume untersagt.",
        ((RESPONSE, "DE", "closure", YES),), ()),
    "de-einbestellung-in-diesem-fall-nicht": _case(
        "de", "Eine Einbestellung des Botschafters hat es in diesem Fall nicht gegeben, sagte "
              "eine Sprecherin.",
        ((RESPONSE, "DE", "protest", NO),), ((RESPONSE, "DE", "protest", YES),)),
    "de-einem-hinweis-nachgegangen": _case(
        "de", "Die Polizei ging einem anonymen Hinweis auf die Station in Kassel nach.",
        ((RESPONSE, "DE", "investigation", YES),), ()),
    "pt-mandou-selar": _case(
        "pt", "A Câmara Municipal de Braga mandou selar as instalações da associação.",
        ((RESPONSE, "PT", "closure", YES),), ()),
    "pt-mandou-pintar": _case(
        "pt", "A Câmara Municipal de Braga mandou pintar a fachada da associação.",
        (), ((RESPONSE, "PT", "closure"),)),
    "pt-nao-identificaram": _case(
        "pt", "As buscas da PSP não identificaram qualquer atividade ilícita no posto de Braga.",
        ((RESPONSE, "PT", "no_wrongdoing_found", YES),), ()),
    "nl-heeft-geen-weet-van": _case(
        "nl", "De politie in Utrecht heeft geen weet van zo'n bureau.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ()),
    "zh-whether-summoned": _case(
        "zh", "记者问泰方是否已召见中国驻泰国大使，发言人没有回答。",
        (), ((RESPONSE, "TH", "protest"),)),
    "zh-summoned": _case(
        "zh", "泰国外交部已召见中国驻泰国大使。",
        ((RESPONSE, "TH", "protest", YES),), ()),
    "zh-close-window-button": _case(
        "zh", "泰国警方对该站点展开调查。\n\n【打印本页】【关闭窗口】",
        ((RESPONSE, "TH", "investigation", YES),), ((RESPONSE, "TH", "closure"),)),
}


@pytest.mark.parametrize("name", list(NOBODY_ACTED))
def test_no_authority_as_subject_denies_the_act(name: str) -> None:
    assert_case(NOBODY_ACTED[name])


@pytest.mark.parametrize("name", list(SHAPES))
def test_response_shapes(name: str) -> None:
    assert_case(SHAPES[name])


POSSIBLE = {
    "de-ausweisung-denkbar": _case(
        "de", "Auch eine Ausweisung von Diplomaten ist denkbar, heißt es in Berlin.",
        (), ((RESPONSE, "DE", "protest"),)),
    "en-expulsion-possible": _case(
        "en", "An expulsion of Chinese diplomats is possible, a government source said.",
        (), ((RESPONSE, "AU", "protest"),)),
    "it-chiusura-possibile": _case(
        "it", "Una chiusura della sede di Modena è possibile, secondo il prefetto.",
        (), ((RESPONSE, "IT", "closure"),)),
    # near miss: the act is told, a further one is only possible
    "en-inquiry-and-arrests-possible": _case(
        "en", "Police in Perth opened an investigation into the office and further arrests are "
              "possible.",
        ((RESPONSE, "AU", "investigation", YES),), ()),
}


@pytest.mark.parametrize("name", list(POSSIBLE))
def test_an_act_called_possible_is_not_done(name: str) -> None:
    assert_case(POSSIBLE[name])


CALLS_AND_CASES_DROPPED = {
    "en-should-investigate": _case(
        "en", "The government should investigate the office in Perth, critics said.",
        (), ((RESPONSE, "AU", "investigation"),)),
    "nl-moet-onderzoeken": _case(
        "nl", "Het kabinet moet de post in Utrecht grondig onderzoeken, zegt de oppositie.",
        (), ((RESPONSE, "NL", "investigation"),)),
    "zh-should-investigate": _case(
        "zh", "泰国政府应当彻底调查曼谷的服务站。",
        (), ((RESPONSE, "TH", "investigation"),)),
    # near miss: the act done, with a modal of obligation that reports it
    "nl-heeft-moeten-sluiten": _case(
        "nl", "De politie heeft de post in Utrecht op bevel van de burgemeester moeten sluiten.",
        ((RESPONSE, "NL", "closure", YES),), ()),
    "fr-classe-l-affaire-sans-suite": _case(
        "fr", "Le parquet de Nantes a classé l'affaire sans suite.",
        ((RESPONSE, "FR", "no_wrongdoing_found", YES),), ()),
}


@pytest.mark.parametrize("name", list(CALLS_AND_CASES_DROPPED))
def test_calls_for_acts_and_cases_dropped(name: str) -> None:
    assert_case(CALLS_AND_CASES_DROPPED[name])
