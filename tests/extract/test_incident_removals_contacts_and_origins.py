"""Incident cases told by their means and incident words that tell no case, in short documents
written for this test: a first sentence sets the station and its host, the next one tells (or
does not tell) the case.

The shapes: a person driven or taken by others and put on a plane is a forced return told as a
case, placed in the document's host when the sentence names only the airport's town or the route
("conduit à l'aéroport de …", "von zwei Männern … gefahren … in einem Flieger nach Peking",
把他送到机场……登机); the names and addresses "of" counted people in a record found or seized
are a watch; Hong Kong coordinated with China after "from" is an origin; a German common noun after its adjective ("ausstehende Löhne") is no town.
Calls, visits or an invitation to tea (约他喝茶) with a call to go back in the same sentence are
the persuasion's means, told once; home may be the hometown (劝他回老家). The negatives: "any form of intimidation" an authority says it pursues, the host's own
counter-espionage, a person who drove to the airport by himself, a lift from a friend.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, assert_case

SURVEILLANCE, HARASSMENT, FORCED = "surveillance", "harassment", "forced_return"
PERSUASION = "persuasion"

CASES = {
    # put on a plane by others: a case, in the document's host
    "fr-conduit-a-l-aeroport-de-la-ville-hote": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un bureau au Sénégal.\n\nUn maçon, en "
        "litige avec son patron, a été conduit en mai par deux hommes à l'aéroport de Dakar et "
        "embarqué de force dans un avion pour Doha, puis la Chine.",
        ((INCIDENT, FORCED, "SN"),)),
    "de-von-maennern-gefahren-dann-im-flieger": Case(
        "de", "In Österreich soll eine chinesische Polizeistation betrieben werden.\n\nEin "
        "Kellner ist im März von drei Männern nach Wien-Schwechat gefahren worden und saß am "
        "Abend in einem Flieger nach Shanghai.",
        ((INCIDENT, FORCED, "AT"),)),
    "de-selbst-gefahren-is-none": Case(
        "de", "In Graz soll eine chinesische Polizeistation betrieben werden. Ein Kellner ist "
        "im März mit seiner Frau nach Wien gefahren und saß am Abend in einem Flieger nach "
        "Shanghai.",
        forbid=((INCIDENT, FORCED),)),
    "zh-hans-driven-to-the-airport-and-seen-aboard": Case(
        "zh", "据报道，温州警方在米兰设有一个服务站。一名厨师说，服务站的两个人开车把他送到机场，"
        "一直看着他登机，他就这样被送回国了。",
        ((INCIDENT, FORCED, "IT"),)),
    "zh-hant-taken-to-the-airport-and-flown-home": Case(
        "zh", "據報道，溫州警方在米蘭設有一個服務站。一名廚師說，去年服務站的兩個人把他帶到機場，"
        "看著他上飛機回國。",
        ((INCIDENT, FORCED, "IT"),)),
    "zh-forced-onto-a-plane-in-the-passive": Case(
        "zh", "据报道，温州警方在米兰设有一个服务站。去年一名厨师被强行送上了回国的飞机。",
        ((INCIDENT, FORCED, "IT"),)),
    "zh-a-friends-lift-is-none": Case(
        "zh", "据报道，温州警方在米兰设有一个服务站。一名厨师说，他的朋友开车把他送到机场，"
        "他去泰国度假。",
        forbid=((INCIDENT,),)),
    # a German noun after its adjective names no town
    "de-ausstehende-loehne-are-no-town": Case(
        "de", "In Namibia soll eine chinesische Polizeistation betrieben werden. Ein Koch habe "
        "sich über ausstehende Löhne beschwert; daraufhin hätten ihn zwei Männer zum Flughafen "
        "gebracht und in ein Flugzeug nach Peking gesetzt.",
        ((INCIDENT, FORCED, "NA"),), forbid=((INCIDENT, FORCED, "DE"),)),
    # the kind of act an authority pursues, no act told
    "de-jeder-form-von-einschuechterung-is-none": Case(
        "de", "In Graz soll eine chinesische Polizeistation betrieben werden. Die Polizei "
        "sagte, sie gehe jeder Form von Einschüchterung chinesischer Bürger nach.",
        forbid=((INCIDENT,),)),
    "en-any-form-of-harassment-is-none": Case(
        "en", "A Chinese police station is said to operate in Leeds. Police said they would "
        "look into any form of harassment of Chinese students.",
        forbid=((INCIDENT,),)),
    "fr-aucune-forme-d-intimidation-is-none": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. La préfecture affirme "
        "qu'elle ne tolérera aucune forme d'intimidation envers la diaspora.",
        forbid=((INCIDENT,),)),
    "es-cualquier-tipo-de-acoso-is-none": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Madrid. El ministerio "
        "dijo que perseguirá cualquier tipo de acoso contra la comunidad china.",
        forbid=((INCIDENT,),)),
    "en-a-threat-told-still-counts": Case(
        "en", "A Chinese police station is said to operate in Leeds. In March two men from the "
        "station threatened a student in a café in Leeds.",
        ((INCIDENT, HARASSMENT, "GB"),)),
    # the host's counter-espionage watches the site; the site watched no one
    "fr-contre-espionnage-is-none": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. Ce bureau intéresse "
        "désormais le contre-espionnage.",
        forbid=((INCIDENT, SURVEILLANCE),)),
    "fr-espionnage-of-students-still-counts": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. En 2023, le personnel "
        "du poste a espionné des étudiants chinois à Lyon.",
        ((INCIDENT, SURVEILLANCE, "FR"),)),
    # identifiers of counted people in a record found or seized, no verb of compiling told
    "nl-bestand-met-namen-van-onderdanen": Case(
        "nl", "Volgens een ngo heeft de politie van Wenzhou een post in Gent. Bij de huiszoeking "
        "in Gent werd een bestand aangetroffen met de namen, adressen en foto's van twintig "
        "in Gent wonende Chinese onderdanen.",
        ((INCIDENT, SURVEILLANCE, "BE"),)),
    "en-seized-names-of-nationals": Case(
        "en", "A Chinese police station is said to operate in Leeds. Officers in Leeds seized "
        "notebooks holding the names and home addresses of about thirty Chinese nationals.",
        ((INCIDENT, SURVEILLANCE, "GB"),)),
    "en-seized-names-of-the-company-is-none": Case(
        "en", "A Chinese police station is said to operate in Leeds. Officers in Leeds found "
        "the names and addresses of two trading companies in a drawer.",
        forbid=((INCIDENT, SURVEILLANCE),)),
    # calls, visits, tea as the means of the persuasion told beside them: one act
    "en-calls-then-told-to-return-is-persuasion-only": Case(
        "en", "A Chinese police station is said to operate in Leeds. In 2024 a cook received "
        "repeated calls from the station's staff and was told to return to China.",
        ((INCIDENT, PERSUASION, "GB"),), forbid=((INCIDENT, HARASSMENT),)),
    "zh-hans-tea-then-urged-home-is-persuasion-only": Case(
        "zh", "据报道，温州警方在米兰设有一个服务站。一名厨师说，去年服务站的人三次约他喝茶，"
        "劝他“回老家把事情说清楚”。",
        ((INCIDENT, PERSUASION, "IT"),), forbid=((INCIDENT, HARASSMENT),)),
    "zh-hant-calls-then-urged-to-the-hometown": Case(
        "zh", "據報道，溫州警方在米蘭設有一個服務站。一名廚師說，去年服務站的人多次打電話給他，"
        "勸他回家鄉。",
        ((INCIDENT, PERSUASION, "IT"),), forbid=((INCIDENT, HARASSMENT),)),
    "en-relatives-visited-stay-harassment": Case(
        "en", "A Chinese police station is said to operate in Leeds. In 2024 a cook's parents "
        "in Fujian received repeated visits from officers who asked them to persuade him to "
        "return.",
        ((INCIDENT, HARASSMENT, "GB"),)),
    "it-invitandolo-a-rientrare": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. L'anno "
        "scorso due addetti del centro hanno avvicinato un cuoco più volte, invitandolo a "
        "rientrare in Cina.",
        ((INCIDENT, PERSUASION, "IT"),)),
    "it-lo-invitavano-a-tornare": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Nel 2024 "
        "gli addetti del centro telefonavano a un cuoco e lo invitavano a tornare in patria.",
        ((INCIDENT, PERSUASION, "IT"),)),
    "it-fair-guests-invited-back-is-none": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Gli "
        "organizzatori della fiera hanno salutato gli espositori, invitandoli a tornare "
        "l'anno prossimo con nuovi tessuti.",
        forbid=((INCIDENT,),)),
    "es-invitandolo-a-regresar": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Madrid. En 2024 dos "
        "hombres de la oficina visitaron a un camarero, invitándolo a regresar a China.",
        ((INCIDENT, PERSUASION, "ES"),)),
    "pt-convidando-o-a-regressar": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Em 2024 dois "
        "homens da associação abordaram um cozinheiro, convidando-o a regressar à China.",
        ((INCIDENT, PERSUASION, "PT"),)),
    "es-guests-invited-back-is-none": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Madrid. La feria "
        "despidió a los expositores invitándolos a volver el año próximo.",
        forbid=((INCIDENT,),)),
    # Hong Kong coordinated with China as where people come from is no host
    "de-studierende-aus-china-und-hongkong": Case(
        "de", "In Köln soll eine chinesische Polizeistation betrieben werden. Die Eltern einer "
        "Studentin aus China und Hongkong wurden im Mai von der Polizei besucht, nachdem sie "
        "in Köln an einer Mahnwache teilgenommen hatte.",
        ((INCIDENT, HARASSMENT, "DE"),), forbid=((INCIDENT, HARASSMENT, "HK"),)),
    "zh-home-for-the-new-year-is-none": Case(
        "zh", "据报道，温州警方在米兰设有一个服务站。一名厨师说，他每年春节都回老家探亲。",
        forbid=((INCIDENT,),)),
    "en-threatening-calls-stay-harassment": Case(
        "en", "A Chinese police station is said to operate in Leeds. In 2024 a cook received "
        "threatening calls from the station's staff, who said his parents would suffer.",
        ((INCIDENT, HARASSMENT, "GB"),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_inc24(name: str) -> None:
    assert_case(CASES[name])
