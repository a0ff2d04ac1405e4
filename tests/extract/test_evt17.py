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
    ("zh", "报告称，内罗毕海外警务服务站的联络员将一名嫌疑人\"陪同\"前往机场，登上回国航班后，"
           "此人即被警方抓获。", "KE"),
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


VERDICTS = [
    ("de", "Das Landgericht sprach den Betreiber der geheimen chinesischen Polizeistation in "
           "Linz der verbotenen Nachrichtendienste schuldig.", "AT"),
    ("nl", "De rechtbank heeft de uitbater van de Chinese politiepost in Breda schuldig "
           "verklaard aan spionage.", "NL"),
    ("es", "El tribunal declaró culpable al gerente de la supuesta comisaría de policía china "
           "de Valencia.", "ES"),
    ("it", "Il gestore della presunta stazione di polizia cinese di Bari è stato riconosciuto "
           "colpevole di spionaggio.", "IT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), VERDICTS)
def test_a_verdict_of_guilt_is_an_arrest_step(lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), resp(country, "arrest"))


def test_a_nationality_is_no_territory_of_an_arrest() -> None:
    text = ("伊兹密尔一家贸易公司被指是中国设立的海外警务服务站。土耳其警方当天带走两名中国籍男子问话，"
            "其中一人随后遭检方起诉。")
    assert has(keys(text, "zh"), resp("TR", "arrest"))


def test_an_arrest_on_arrival_in_china_stays_the_prcs() -> None:
    text = ("报告称，设在内罗毕的海外警务服务站曾劝说一名商人回国。此人回到中国后即被逮捕。")
    assert not has(keys(text, "zh"), resp("KE", "arrest"))


WATCHED = [
    ("en", "At the Chinese police station in Lusaka, staff photographed everyone who attended "
           "a vigil for the victims and sent the pictures to Guangzhou.", "ZM"),
    ("it", "Uno studente di Trieste è stato fotografato nel maggio 2022 durante un presidio "
           "davanti alla stazione di polizia cinese.", "IT"),
    ("fr", "À Lyon, un militant a reçu des photos de lui prises lors d'un rassemblement, "
           "envoyées par le poste de police chinois.", "FR"),
    ("de", "Die Beamten der chinesischen Polizeistation in Graz zeigten den Eltern des "
           "Studenten Fotos, auf denen er bei einer Kundgebung zu sehen ist.", "AT"),
    ("en", "Prosecutors say the staff of the Chinese police station in Cork kept files on "
           "Uyghur students, noting whom they met.", "IE"),
]


@pytest.mark.parametrize(("lang", "text", "country"), WATCHED)
def test_people_photographed_at_a_gathering_or_filed_are_watched(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), inc("surveillance", country))


def test_a_building_photographed_at_a_gathering_is_no_surveillance() -> None:
    text = ("Reporters photographed the Chinese police station in Cork during a protest "
            "outside it.")
    assert not has(keys(text, "en"), inc("surveillance", "IE"))


def test_the_host_named_in_a_sentence_is_no_other_states_repression() -> None:
    text = ("土耳其警方搜查了伊兹密尔一处疑似中国海外警务服务站。一名住在开塞利的维吾尔族商人接受土耳其电视台"
            "访问时说，有人要求他定期回报当地维吾尔人协会的活动和成员名单。")
    assert has(keys(text, "zh"), inc("surveillance", "TR"))


def test_a_state_out_of_scope_still_has_its_own_repression_left_out() -> None:
    text = ("Safeguard Defenders reported a Chinese police station in Brussels. Iranian agents "
            "followed and photographed a Belgian journalist in Antwerp.")
    assert not has(keys(text, "en"), inc("surveillance", "BE"))


def test_sites_closed_as_an_enclitic_pronoun() -> None:
    text = ("Vários países descobriram postos de polícia chineses. Holanda e Irlanda "
            "mandaram fechá-los.")
    found = keys(text, "pt")
    assert has(found, resp("NL", "closure")) and has(found, resp("IE", "closure"))


def test_staff_of_a_site_questioned_is_an_investigation() -> None:
    text = ("Over the Chinese police station in Lusaka, the Zambian police questioned several "
            "of the site's volunteers.")
    assert has(keys(text, "en"), resp("ZM", "investigation"))


PRESSED_FOR_RETURN = [
    ("nl", "Een winkelier uit Gent vertelde dat agenten bij zijn moeder in Fujian aandrongen op "
           "zijn terugkeer, nadat de Chinese politiepost hem had benaderd.", "BE"),
    ("es", "Una comerciante de Buenos Aires contó que agentes de la comisaría de policía china "
           "exigían su regreso inmediato.", "AR"),
    ("en", "A student in Cork said officers linked to the Chinese police station pressed for "
           "his return.", "IE"),
]


@pytest.mark.parametrize(("lang", "text", "country"), PRESSED_FOR_RETURN)
def test_pressing_for_a_persons_return_is_persuasion(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), inc("persuasion", country))


def test_a_return_of_goods_demanded_is_no_persuasion() -> None:
    text = ("La comisaría de policía china de Valencia exigía el regreso de los documentos "
            "a la asociación.")
    assert not has(keys(text, "es"), inc("persuasion", "ES"))


TEA = [
    ("nl", "Een studente in Gent vertelde dat haar vader door de lokale politie \"op thee\" "
           "werd gevraagd, nadat de Chinese politiepost haar berichten had gezien.", "BE"),
    ("zh", "报告称，一名在根特留学的学生批评政策后，其父亲在国内被当地派出所\"请去喝茶\"。"
           "此事与根特的海外警务服务站有关。", "BE"),
]


@pytest.mark.parametrize(("lang", "text", "country"), TEA)
def test_a_relative_invited_to_tea_by_the_police_is_harassment(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), inc("harassment", country))


def test_tea_with_a_mayor_is_no_harassment() -> None:
    text = ("De burgemeester van Gent nodigde de vrijwilligers van de vermeende Chinese "
            "politiepost op de thee uit.")
    assert not has(keys(text, "nl"), inc("harassment", "BE"))


def test_a_station_summoning_someone_to_tea_is_left_to_the_persuasion_that_follows() -> None:
    text = ("Un cuisinier de Sion a signalé qu'on l'avait invité « à prendre le thé » au poste de "
            "police chinois. Il y aurait été pressé de rentrer en Chine.")
    found = keys(text, "fr")
    assert has(found, inc("persuasion", "CH")) and not has(found, inc("harassment", "CH"))


def test_a_host_spokesman_denying_to_the_press_that_the_post_exists() -> None:
    text = ("Het rapport noemt een Chinese politiepost in Bandar Seri Begawan. Een "
            "regeringswoordvoerder van Brunei ontkende tegenover deze krant het bestaan van de post.")
    assert has(keys(text, "nl"), ("denial", "BN"))


def test_a_host_denying_an_agreement_to_the_press_is_no_denial_of_a_station() -> None:
    text = ("Het rapport noemt een Chinese politiepost in Bandar Seri Begawan. Een "
            "regeringswoordvoerder van Brunei ontkende tegenover deze krant het bestaan van een "
            "akkoord met China.")
    assert not has(keys(text, "nl"), ("denial", "BN"))


TRANSCRIPT = (
    "Conférence de presse régulière du porte-parole du ministère des Affaires étrangères\n\n"
    "Q : La police belge a perquisitionné un local à Liège soupçonné d'abriter un poste de "
    "police chinois. Quelle est votre réaction ?\n\n"
    "R : Les prétendus postes de police à l'étranger n'existent tout simplement pas.\n\n"
    "Q : Le président sénégalais est en visite d'État en Chine. Quels textes ont été signés ?\n\n"
    "R : Les deux parties ont signé un accord de coopération en matière de sécurité publique.\n"
)


def test_an_answer_in_the_prcs_transcript_denies_for_the_prc() -> None:
    assert has(keys(TRANSCRIPT, "fr"), ("denial", "CN"))


def test_both_parties_of_an_answer_are_china_and_the_state_asked_about() -> None:
    found = keys(TRANSCRIPT, "fr")
    assert has(found, ("agreement", "SN", "security_agreement"))
    assert not has(found, ("agreement", "BE", "security_agreement"))


NOT_A_SITE_CLOSED = [
    ("nl", "In Italië liepen Chinese agenten mee met de carabinieri. Die patrouilles zijn "
           "inmiddels stopgezet, maar de politiepost in Prato blijft een vraag.", "IT"),
    ("it", "La Digos ha ispezionato la presunta stazione di polizia cinese di Prato. Si è chiuso "
           "così il controllo, senza sequestri.", "IT"),
    ("fr", "La police a perquisitionné le prétendu poste de police chinois de Lyon. La station de "
           "tramway voisine a été brièvement fermée au public.", "FR"),
]


@pytest.mark.parametrize(("lang", "text", "country"), NOT_A_SITE_CLOSED)
def test_patrols_checks_and_tram_stops_closed_are_no_station_closure(
        lang: str, text: str, country: str) -> None:
    assert not has(keys(text, lang), resp(country, "closure"))


def test_a_site_in_a_street_closed_is_still_a_closure() -> None:
    text = ("Secondo la Digos, la presunta stazione di polizia cinese in via Paolo Sarpi a Milano "
            "è stata chiusa.")
    assert has(keys(text, "it"), resp("IT", "closure"))


def test_a_journalists_turn_led_by_the_outlet_is_no_agreement() -> None:
    text = ("外交部发言人主持例行记者会\n\n"
            "路透社记者：有报道称，中国和保加利亚可能在黑海沿岸开展警务联合巡逻。能否介绍具体安排？\n\n"
            "发言人：我没有可以发布的信息。\n")
    assert not has(keys(text, "zh"), ("agreement", "BG", "joint_patrol"))


def test_the_spokespersons_answer_still_gives_the_agreement() -> None:
    text = ("外交部发言人主持例行记者会\n\n"
            "路透社记者：保加利亚警方搜查了索非亚一处疑似海外警务服务站。\n\n"
            "发言人：所谓海外警务站根本不存在。\n\n"
            "路透社记者：中方和保加利亚签署了什么文件？\n\n"
            "发言人：中国公安部同保加利亚内政部签署了执法合作谅解备忘录。\n")
    assert has(keys(text, "zh"), ("agreement", "BG", "security_agreement"))
