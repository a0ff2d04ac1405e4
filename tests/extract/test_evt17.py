"""Events told by their means or in their impersonal form: a person put on a flight home by
others (finite verbs, clitics, the German feminine article, the euphemistic Chinese
"accompanied"), an envoy of any rank called to the ministry, and a check whose outcome is
"nothing was found" or "without any offence emerging". Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import has, inc, keys, resp

FORCED = [
    ("de", "Die Studie über die chinesische Polizeistation in Graz schildert, wie ein dort "
           "lebender Koch im Frühjahr 2023 von zwei Männern zum Flughafen gebracht und in eine "
           "Maschine nach Fuzhou gesetzt worden war.", "AT"),
    ("es", "En Buenos Aires, una costurera contó a la ONG que dos hombres de la supuesta "
           "comisaría de policía china la llevaron hasta el aeropuerto y la subieron a un avión con destino a Cantón.", "AR"),
    ("pt", "Em Luanda, um comerciante relatou que dois homens ligados ao posto de polícia chinês "
           "o levaram ao aeroporto e colocaram-no num voo para Xangai.", "AO"),
    ("it", "A Trieste, secondo il rapporto sulla stazione di polizia cinese, due uomini lo "
           "imbarcarono su un volo per Pechino nel 2022.", "IT"),
    ("zh", "报告称，设在内罗毕的海外警务服务站人员去年将一名经商的中国公民\"陪同\"乘机回国，"
           "此人落地后即被拘留。", "KE"),
    ("en", "The report on the Chinese police station in Lusaka says two men escorted a "
           "shopkeeper from the Kabwata market onto a plane to Guangzhou.", "ZM"),
]


@pytest.mark.parametrize(("lang", "text", "country"), FORCED)
def test_a_person_put_on_a_flight_by_others_is_a_forced_return(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), inc("forced_return", country))


NOT_FORCED = [
    # a consul seeing a citizen home, no scare quotes and no passive: no coercion told
    ("zh", "报告提到内罗毕的海外警务服务站。领事官员陪同这名游客乘机回国，并协助其家属办理手续。",
     "KE"),
    # a host's lawful removal stays the host's act
    ("es", "La Policía Nacional investiga una comisaría china en Rosario; a un ciudadano chino "
           "expulsado por estancia irregular lo subieron a un avión con destino a Pekín.", "AR"),
]


@pytest.mark.parametrize(("lang", "text", "country"), NOT_FORCED)
def test_a_flight_home_without_coercion_is_no_forced_return(
        lang: str, text: str, country: str) -> None:
    assert not has(keys(text, lang), inc("forced_return", country))


PROTESTS = [
    ("de", "Wegen der geheimen chinesischen Polizeistation in Graz zitierte das "
           "Außenministerium den chinesischen Geschäftsträger ins Ministerium.", "AT"),
    ("nl", "Over de Chinese politiepost in Gent kan ik meedelen dat de Chinese zaakgelastigde "
           "vorige week naar Buitenlandse Zaken werd geroepen.", "BE"),
    ("pt", "Sobre o posto de polícia chinês em Setúbal, o Governo chamou ao Ministério o "
           "encarregado de negócios da Embaixada da China.", "PT"),
    ("en", "Over the Chinese police station in Cork, the Chinese ambassador was called in "
           "to the Department of Foreign Affairs on Monday.", "IE"),
]


@pytest.mark.parametrize(("lang", "text", "country"), PROTESTS)
def test_an_envoy_of_any_rank_called_to_the_ministry_is_a_protest(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), resp(country, "protest"))


def test_an_envoy_quoted_is_no_protest() -> None:
    text = ("Die Zeitung über die chinesische Polizeistation in Graz zitiert den chinesischen "
            "Geschäftsträger mit den Worten, es gebe dort nur Freiwillige.")
    assert not has(keys(text, "de"), resp("AT", "protest"))


NOTHING_FOUND = [
    ("nl", "De politie heeft de Chinese politiepost in Almere gecontroleerd. Daar is niets "
           "gevonden.", "NL"),
    ("nl", "Volgens de politie werden bij de controle van de Chinese politiepost in Gent geen "
           "onwettige activiteiten vastgesteld.", "BE"),
    ("es", "La Guardia Civil inspeccionó la supuesta comisaría china de Valencia sin que de la "
           "inspección se derivara la existencia de hechos constitutivos de delito.", "ES"),
    ("fr", "La police a inspecté le prétendu poste de police chinois de Lyon, mais rien n'a "
           "été trouvé.", "FR"),
    ("de", "Die Polizei kontrollierte die mutmaßliche chinesische Polizeistation in Linz, ohne "
           "dass strafbare Handlungen festgestellt wurden.", "AT"),
    ("it", "La Digos ha ispezionato la presunta stazione di polizia cinese di Bari senza che "
           "emergessero reati.", "IT"),
    ("pt", "A PSP fiscalizou o alegado posto de polícia chinês do Porto, sem que tenha sido "
           "apurado qualquer ilícito.", "PT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), NOTHING_FOUND)
def test_a_check_that_found_nothing_is_no_wrongdoing_found(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), resp(country, "no_wrongdoing_found"))
