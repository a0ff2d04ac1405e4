"""Incidents told in the shapes a case report uses: a call to go back in the active voice of
any tense ("persone che la sollecitavano a rientrare"), a call to face proceedings at home, a
modal split from its compound return ("ze moest terugkomen"), a consequence named before the
relatives it falls on or a family that "could have problems", a person asked (with an aside
between) to report on others, photos of participants passed on, a person's movements kept
under watch, photos of oneself received, a suspect escorted onto the flight home; and the near
misses: a government urged to go back on a decision, a minister who will come back to a
question, what stations are for, an embassy's representative summoned, a region named after
a sea.

Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, has, inc
from tests.extract.fact_keys import keys as found

_PADOVA = "Una stazione di polizia cinese opererebbe a Padova. "
_GRAZ = "In Graz soll eine chinesische Polizeistation bestanden haben. "
_UTRECHT = "In Utrecht zou een Chinees politiebureau actief zijn. "
_LEEDS = "A Chinese police station operated in Leeds. "
_LYON = "Un poste de police chinois opérait à Lyon. "
_SEVILLA = "Una comisaría china funcionaba en Sevilla. "
_BRAGA = "Uma esquadra chinesa funcionava em Braga. "

#: A call to go back (or to face the courts at home) in any voice and tense.
PERSUASION: list[tuple[str, str, Key, bool]] = [
    ("it", _PADOVA + "Un cuoco ha raccontato di essere stato avvicinato da persone che lo "
                     "sollecitavano a rientrare in Cina.", inc("persuasion", "IT"), True),
    ("it", _PADOVA + "Una studentessa dice che due uomini la esortavano a tornare in patria.",
     inc("persuasion", "IT"), True),
    ("de", _GRAZ + "Ein Koch sei mehrfach aufgefordert worden, sich in China einem Verfahren zu "
                   "stellen.", inc("persuasion", "AT"), True),
    ("de", _GRAZ + "Eine Studentin sei gedrängt worden, sich in Fujian der Justiz zu stellen.",
     inc("persuasion", "AT"), True),
    ("nl", _UTRECHT + "Een student werd via haar vader benaderd: ze moest terugkomen, anders zou "
                      "hij zijn baan verliezen.", inc("persuasion", "NL"), True),
    ("en", _LEEDS + "A student said a man from the office asked him to think about going home to "
                    "settle a debt.", inc("persuasion", "GB"), True),
    ("zh", "荷兰鹿特丹据报存在一处中国海外警察站。一名商人遭当地警方通过其妹妹施压，要求其返国说明情况。",
     inc("persuasion", "NL"), True),
    # --- near misses ---
    ("it", _PADOVA + "Il sindaco è stato sollecitato a tornare sui suoi passi.",
     inc("persuasion", "IT"), False),
    ("it", _PADOVA + "Le opposizioni sollecitavano il governo a tornare sulla decisione.",
     inc("persuasion", "IT"), False),
    ("nl", _UTRECHT + "De minister zei dat hij zou terugkomen op die vraag.",
     inc("persuasion", "NL"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), PERSUASION)
def test_call_to_go_back_in_every_voice(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A threat of consequences for relatives, the consequence first or the relatives' fate modal.
THREATS: list[tuple[str, str, Key, bool]] = [
    ("en", _LEEDS + "A man warned her that her posts could have \"consequences\" for her family.",
     inc("harassment", "GB"), True),
    ("nl", _UTRECHT + "Een man waarschuwde haar dat haar berichten 'gevolgen' konden hebben voor "
                      "haar ouders.", inc("harassment", "NL"), True),
    ("es", _SEVILLA + "Le advirtieron que sus padres en Fujian \"podrían tener problemas\" si "
                      "seguía protestando.", inc("harassment", "ES"), True),
    ("it", _PADOVA + "Gli dissero che i genitori potrebbero avere problemi se continuava.",
     inc("harassment", "IT"), True),
    ("fr", _LYON + "On l'a averti que ses parents pourraient avoir des ennuis.",
     inc("harassment", "FR"), True),
    ("pt", _BRAGA + "Disseram-lhe que haveria consequências para a sua família.",
     inc("harassment", "PT"), True),
    ("de", _GRAZ + "Man drohte ihr mit Konsequenzen für ihre Eltern.",
     inc("harassment", "AT"), True),
    # --- near misses: what stations are for; an embassy's representative summoned ---
    ("en", _LEEDS + "Such stations are used to warn of consequences for the family of critics.",
     inc("harassment", "GB"), False),
    ("it", _PADOVA + "A gennaio un rappresentante dell'ambasciata cinese è stato convocato alla "
                     "Farnesina.", inc("harassment", "IT"), False),
    ("en", _LEEDS + "A representative of the Chinese embassy was summoned to the Foreign Office.",
     inc("harassment", "GB"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), THREATS)
def test_consequences_for_relatives(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: Watching told by what it yields or by the person it is done to.
WATCHING: list[tuple[str, str, Key, bool]] = [
    ("en", _LEEDS + "A student said a man from the office had asked her, in 2023, to report on "
                    "fellow students who went to church.", inc("surveillance", "GB"), True),
    ("nl", _UTRECHT + "Een medewerker stuurde foto's van deelnemers aan een protest door naar "
                      "China.", inc("surveillance", "NL"), True),
    ("it", _PADOVA + "Gli indagati tenevano sotto controllo gli spostamenti di tre connazionali.",
     inc("surveillance", "IT"), True),
    ("fr", _LYON + "Une étudiante a reçu sur son téléphone des photos d'elle-même prises après "
                   "une réunion.", inc("surveillance", "FR"), True),
    # --- near miss: a photo of a place, not of a person ---
    ("fr", _LYON + "Une étudiante a reçu sur son téléphone des photos de la cathédrale.",
     inc("surveillance", "FR"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), WATCHING)
def test_watching_told_by_its_yield(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


def test_suspect_escorted_onto_the_flight_home_is_a_forced_return() -> None:
    text = "南苏丹朱巴设有海外警务联络服务点。10月，服务点联络员全程陪同一名涉嫌诈骗的犯罪嫌疑人乘机回国。"
    assert has(found(text, "zh"), inc("forced_return", "SS"))


def test_a_region_named_after_a_sea_is_no_haiti() -> None:
    text = ("中國大陸在加勒比海地區設置之「海外警務服務站」至少有4處。一名在巴哈馬經營建材行之僑民，"
            "遭警方透過其在國內之胞妹施壓。")
    keys = found(text, "zh-Hant")
    assert has(keys, inc("harassment", "BS"))
    assert not any("ht" in key for key in keys)


#: A return after calls that kept coming, or after the police sought out a spouse; a return for
#: a family feast is none.
RETURN_AFTER_PRESSURE: list[tuple[str, str, Key, bool]] = [
    ("es", _SEVILLA + "Según el diario, un comerciante de Sevilla regresó a China en mayo tras "
                      "recibir llamadas reiteradas desde esa oficina.", inc("persuasion", "ES"), True),
    ("it", _PADOVA + "Un operaio di Padova, dopo ripetute telefonate e incontri con un referente "
                     "della sede, sarebbe rientrato in Cina.", inc("persuasion", "IT"), True),
    ("pt", _BRAGA + "Um cozinheiro regressou à China depois de agentes terem visitado a esposa "
                    "em Fujian.", inc("persuasion", "PT"), True),
    ("pt", _BRAGA + "Um representante do espaço visitou um cozinheiro para o aconselhar a voltar "
                    "à China.", inc("persuasion", "PT"), True),
    ("en", _LEEDS + "A cook in Leeds flew back to China for his daughter's wedding.",
     inc("persuasion", "GB"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), RETURN_AFTER_PRESSURE)
def test_return_after_calls_or_a_spouse_visited(lang: str, text: str, key: Key,
                                                present: bool) -> None:
    assert has(found(text, lang), key) is present


#: Photographed or shadowed, the agent told at length (Chinese as Taiwan and Hong Kong write it).
SHADOWED: list[tuple[str, str, Key, bool]] = [
    ("zh-Hant", "英國曼徹斯特據報設有一處中國海外警務站。他在曼徹斯特參加集會時，被兩名身分不明的男子近距離拍照。",
     inc("surveillance", "GB"), True),
    ("zh-Hant", "泰國曼谷據報設有一處中國海外警務站。一名維權人士在曼谷遭不明人士跟監。",
     inc("surveillance", "TH"), True),
    # --- near miss: the station accused of watching, not a case ---
    ("zh", "泰国曼谷据报设有一处中国海外警务站。该站被指跟踪海外异见人士。",
     inc("surveillance", "TH"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), SHADOWED)
def test_photographed_or_shadowed(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A partner named by its adjective ("son homologue burundais", "his Kuwaiti counterpart").
PARTNER_ADJECTIVES: list[tuple[str, str, str]] = [
    ("fr", "Un poste de police chinois opérait à Agadir. Hier, le ministre chinois de la Sécurité "
           "publique et son homologue burundais ont signé un accord de coopération en matière de "
           "sécurité.", "BI"),
    ("en", "A Chinese police station operated in Nairobi. China's Minister of Public Security and "
           "his Kuwaiti counterpart signed a security cooperation agreement.", "KW"),
    ("es", "Una comisaría china funcionaba en Managua. El ministro chino y su homólogo "
           "hondureño firmaron un acuerdo de cooperación en materia de seguridad.", "HN"),
]


@pytest.mark.parametrize(("lang", "text", "country"), PARTNER_ADJECTIVES)
def test_partner_named_by_its_adjective(lang: str, text: str, country: str) -> None:
    assert has(found(text, lang), ("agreement", country, "security_agreement"))


def test_capital_named_in_chinese_places_the_case() -> None:
    text = ("我局在科威特城设有海外警务联络服务点。\n\n10月，朱巴服务点联络员全程陪同一名涉嫌诈骗的犯罪嫌疑人乘机回国，"
            "于次日在机场移交我局。")
    assert ("incident", "forced_return", "ss") in found(text, "zh")


#: A summons of a site's managers is the host's questioning; a person or relatives summoned is
#: pressure on them.
SUMMONED: list[tuple[str, str, Key, bool]] = [
    ("zh-Hant", "日本那霸據報設有一處中國海外警務站。報導指出，警方已約談社團兩名負責人到案說明。",
     inc("harassment", "JP"), False),
    ("zh-Hant", "卡達杜哈據報設有一處中國海外警務站。卡達當局於本年2月約談據點負責人後，該據點已停止運作。",
     inc("harassment", "QA"), False),
    ("zh", "日本那霸据报设有一处中国海外警务站。一名留学生说，他的父母被当地警方约谈，要求他不要再参加集会。",
     inc("harassment", "JP"), True),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), SUMMONED)
def test_managers_summoned_are_questioned(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: What a person wrote about, and a neighbourhood named by a country adjective, are no host.
NO_HOST: list[tuple[str, str, Key, Key]] = [
    ("nl", _UTRECHT + "Een man waarschuwde haar dat haar berichten over Hongkong 'gevolgen' konden "
                      "hebben voor haar familie.", inc("harassment", "NL"), inc("harassment", "HK")),
    ("en", _LEEDS + "A man warned her that her posts about Hong Kong could have \"consequences\" "
                    "for her family.", inc("harassment", "GB"), inc("harassment", "HK")),
    ("es", "Una comisaría china funcionaba en Guadalajara. Una comerciante relató que en 2022 fue "
           "citada en una casa de la colonia Americana, donde dos hombres le mostraron fotografías "
           "suyas tomadas durante una protesta.", inc("surveillance", "MX"),
     inc("surveillance", "US")),
]


@pytest.mark.parametrize(("lang", "text", "key", "not_key"), NO_HOST)
def test_topic_or_neighbourhood_is_no_host(lang: str, text: str, key: Key, not_key: Key) -> None:
    keys = found(text, lang)
    assert has(keys, key)
    assert not has(keys, not_key)
