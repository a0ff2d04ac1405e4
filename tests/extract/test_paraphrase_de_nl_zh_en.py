"""German, Dutch, Chinese and English vocabulary, checked on paraphrases written for this test.

Every sentence here was written from the concept in our own words, the way a reporter,
a ministry or a parliamentary answer in that language would put it: stations in their
compounds and cases, figures in words, responses, denials and the official explanation
offered instead, agreements and reported cases. The negative sentences use the same
words in another sense, or describe stations in general, and must not give the fact.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pytest

from stationwatch.extract.pipeline import extract_facts

Key = tuple[object, ...]


@dataclass(frozen=True)
class Case:
    """A short document, the keys it must give and the keys (or key prefixes) it must not."""

    lang: str
    text: str
    expect: tuple[Key, ...] = ()
    forbid: tuple[Key, ...] = field(default=())


def _norm(value: object) -> object:
    if not isinstance(value, str):
        return value
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "")


def _keys(case: Case) -> set[Key]:
    return {tuple(map(_norm, f.key())) for f in extract_facts(case.text, "t.txt", case.lang)}


def _has_prefix(found: set[Key], prefix: Key) -> bool:
    wanted = tuple(map(_norm, prefix))
    return any(key[: len(wanted)] == wanted for key in found)


def assert_case(case: Case) -> None:
    """The case's expected facts are found and none of its forbidden ones (key prefixes)."""
    found = _keys(case)
    missing = [key for key in case.expect if tuple(map(_norm, key)) not in found]
    unwanted = [key for key in case.forbid if _has_prefix(found, key)]
    assert not missing and not unwanted, f"missing {missing}, unwanted {unwanted}, got {found}"


STATION, COUNT, RESPONSE, DENIAL = "station", "count", "response", "denial"
INCIDENT, AGREEMENT = "incident", "agreement"
YES = "asserted"

GERMAN = {
    "de-station-inoffizielle": Case(
        "de", "Nach Angaben einer Menschenrechtsorganisation unterhält China inoffizielle "
        "Polizeistationen in München und Hamburg.",
        ((STATION, "DE", "Munich", YES), (STATION, "DE", "Hamburg", YES))),
    "de-station-stuetzpunkt": Case(
        "de", "Der chinesische Polizeistützpunkt in Düsseldorf soll von Beamten aus Fuzhou "
        "betreut worden sein.",
        ((STATION, "DE", "Düsseldorf", YES),)),
    "de-station-aussenstelle": Case(
        "de", "Auch in Wien unterhält die chinesische Polizei eine Außenstelle, berichten "
        "mehrere Zeitungen.",
        ((STATION, "AT", "Vienna", YES),)),
    "de-station-dienststelle": Case(
        "de", "Über eine geheime chinesische Polizeidienststelle in Berlin berichtete am "
        "Montag der Rundfunk.",
        ((STATION, "DE", "Berlin", YES),)),
    "de-station-buero-dativ": Case(
        "de", "In den chinesischen Polizeibüros in Budapest werden angeblich Führerscheine "
        "verlängert.",
        ((STATION, "HU", "Budapest", YES),)),
    "de-station-genitiv": Case(
        "de", "Die Existenz eines chinesischen Polizeipostens in Zürich ist inzwischen "
        "belegt.",
        ((STATION, "CH", "Zurich", YES),)),
    "de-count-words": Case(
        "de", "Weltweit soll es mindestens hundertzwei chinesische Polizeistationen in "
        "dreiundfünfzig Ländern geben.",
        ((COUNT, "stations", 102, None), (COUNT, "countries", 53, None))),
    "de-count-italy": Case(
        "de", "Die Recherche zählt elf chinesische Polizeistationen in Italien.",
        ((COUNT, "stations", 11, "IT"),)),
    "de-count-tausend": Case(
        "de", "Nach chinesischen Angaben wurden über die Polizeistationen zweihundertdreißigtausend "
        "Verdächtige zur Rückkehr nach China bewegt.",
        ((COUNT, "returns", 230000, None),)),
    "de-response-bka": Case(
        "de", "Das Bundeskriminalamt hat Ermittlungen gegen die mutmaßliche chinesische "
        "Polizeistation in Frankfurt eingeleitet.",
        ((RESPONSE, "DE", "investigation", YES),)),
    "de-response-staatsanwaltschaft": Case(
        "de", "Die Staatsanwaltschaft Wien ermittelt wegen der chinesischen Polizeistation "
        "im zweiten Bezirk.",
        ((RESPONSE, "AT", "investigation", YES),)),
    "de-response-schliessung": Case(
        "de", "Die niederländische Regierung ordnete die Schließung der beiden chinesischen "
        "Polizeiposten an.",
        ((RESPONSE, "NL", "closure", YES),)),
    "de-response-dichtgemacht": Case(
        "de", "Die chinesische Polizeistation in Amsterdam ist nach Angaben der Stadt "
        "inzwischen dichtgemacht worden.",
        ((RESPONSE, "NL", "closure", YES),)),
    "de-response-durchsuchung": Case(
        "de", "Beamte durchsuchten am Dienstag die Räume der chinesischen Polizeistation in "
        "Prag.",
        ((RESPONSE, "CZ", "investigation", YES),)),
    "de-response-festnahme": Case(
        "de", "Zwei Männer wurden im Zusammenhang mit der chinesischen Polizeistation in New "
        "York festgenommen.",
        ((RESPONSE, "US", "arrest", YES),)),
    "de-response-einbestellt": Case(
        "de", "Wegen der chinesischen Polizeistationen bestellte das Auswärtige Amt den "
        "chinesischen Botschafter ein.",
        ((RESPONSE, "DE", "protest", YES),)),
    # knowing of no station is no finding of no wrongdoing: nothing was looked for and not found
    "de-response-nicht-bekannt": Case(
        "de", "Dem Landeskriminalamt ist nach eigenen Angaben keine chinesische Polizeistation in "
        "Köln bekannt.",
        (), ((RESPONSE, "DE", "no_wrongdoing_found"),)),
    "de-response-keine-belege": Case(
        "de", "Die Ermittler fanden keine Belege für strafbare Handlungen in der chinesischen "
        "Polizeistation in Rotterdam.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),)),
    "de-denial-wies-zurueck": Case(
        "de", "Die chinesische Botschaft in Berlin wies die Berichte über Polizeistationen "
        "als haltlos zurück.",
        ((DENIAL, "CN"),)),
    "de-denial-aussenministerium": Case(
        "de", "Chinesische Polizeistationen in Europa sorgen für Aufregung. Ein Sprecher des "
        "chinesischen Außenministeriums sprach von Verleumdung.",
        ((DENIAL, "CN"),)),
    "de-denial-explanation": Case(
        "de", "Peking bestreitet den Vorwurf: Die angeblichen Polizeistationen seien Anlaufstellen, "
        "in denen Ehrenamtliche beim Verlängern von Führerscheinen helfen.",
        ((DENIAL, "CN"),)),
    "de-denial-dementi": Case(
        "de", "Über chinesische Polizeistationen in Prag wird berichtet. Die chinesische "
        "Seite dementierte umgehend.",
        ((DENIAL, "CN"),)),
    "de-agreement-patrol": Case(
        "de", "Im Jahr 2019 patrouillierten chinesische Polizisten gemeinsam mit kroatischen "
        "Beamten in Zagreb.",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "de-agreement-abkommen": Case(
        "de", "Chinesische Polizeistationen gibt es auch in Belgrad. Serbien hat mit China ein "
        "Abkommen über polizeiliche Zusammenarbeit geschlossen.",
        ((AGREEMENT, "RS", "security_agreement"),),
        ((RESPONSE, "RS", "closure"),)),
    "de-incident-case": Case(
        "de", "Ein in Rotterdam wohnender Regimekritiker berichtete, Mitarbeiter der "
        "chinesischen Polizeistation hätten ihn zur Rückkehr nach China gedrängt.",
        ((INCIDENT, "persuasion", "NL"),)),
    "de-incident-threat": Case(
        "de", "Nach Recherchen des Senders wurde ein Aktivist in München von Mitarbeitern einer "
        "chinesischen Polizeistation eingeschüchtert.",
        ((INCIDENT, "harassment", "DE"),)),
    # negatives: the same words in another sense, or a general description
    "de-neg-generic-purpose": Case(
        "de", "Chinesische Polizeistationen in Deutschland dienen nach Ansicht von Kritikern "
        "dazu, Regimegegner zur Rückkehr zu bewegen.",
        forbid=((INCIDENT,),)),
    "de-neg-whether": Case(
        "de", "Ob die Staatsanwaltschaft Ermittlungen gegen die chinesische Polizeistation in "
        "Graz aufnimmt, ist offen.",
        forbid=((RESPONSE, "AT", "investigation"),)),
    "de-neg-local-police": Case(
        "de", "Ein chinesischer Student meldete den Diebstahl seines Fahrrads bei der "
        "Polizeiwache in Köln.",
        forbid=((STATION,), (COUNT,), (RESPONSE,))),
    "de-neg-government-rejects": Case(
        "de", "Die Bundesregierung wies die Kritik der Opposition an ihrem Umgang mit den "
        "chinesischen Polizeistationen zurück.",
        forbid=((DENIAL,),)),
    "de-neg-keine-erkenntnisse": Case(
        "de", "Über chinesische Polizeistationen in Bremen liegen der Landesregierung keine "
        "Erkenntnisse vor.",
        forbid=((RESPONSE,), (STATION, "DE", "Bremen", YES))),
    "de-neg-tausende": Case(
        "de", "Tausende Menschen aus der chinesischen Gemeinde in Prato leben in der Nähe der "
        "Polizeistation.",
        forbid=((COUNT,),)),
}

DUTCH = {
    "nl-station-politieposten": Case(
        "nl", "Volgens de organisatie zijn er ook Chinese politieposten in Antwerpen en Gent.",
        ((STATION, "BE", "Antwerp", YES), (STATION, "BE", "Ghent", YES))),
    "nl-station-geheim": Case(
        "nl", "Het geheime Chinese politiebureau in Rotterdam bleef jarenlang onopgemerkt.",
        ((STATION, "NL", "Rotterdam", YES),)),
    "nl-station-steunpunt": Case(
        "nl", "In Den Haag zou een clandestien Chinees politiesteunpunt actief zijn geweest.",
        ((STATION, "NL", "The Hague", YES),)),
    "nl-station-meervoud": Case(
        "nl", "De zogenoemde Chinese politiekantoren in Amsterdam trokken veel aandacht.",
        ((STATION, "NL", "Amsterdam", YES),)),
    "nl-count-words": Case(
        "nl", "Het rapport noemt ten minste vierenvijftig Chinese politieposten in "
        "eenendertig landen.",
        ((COUNT, "stations", 54, None), (COUNT, "countries", 31, None))),
    "nl-count-netherlands": Case(
        "nl", "In Nederland gaat het om twee Chinese politiebureaus.",
        ((COUNT, "stations", 2, "NL"),)),
    "nl-response-om": Case(
        "nl", "Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld naar de "
        "Chinese politieposten.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl-response-ontboden": Case(
        "nl", "Het ministerie van Buitenlandse Zaken in Den Haag heeft de Chinese ambassadeur "
        "ontboden vanwege de politieposten.",
        ((RESPONSE, "NL", "protest", YES),)),
    "nl-response-inval": Case(
        "nl", "De politie deed een inval in het pand van het Chinese politiebureau in "
        "Amsterdam.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl-response-sluiting": Case(
        "nl", "De Ierse regering gelastte de sluiting van het Chinese politiebureau in Dublin.",
        ((RESPONSE, "IE", "closure", YES),)),
    "nl-response-gesloten": Case(
        "nl", "Volgens het kabinet zijn de Chinese politieposten in Rotterdam inmiddels "
        "gesloten.",
        ((RESPONSE, "NL", "closure", YES),)),
    "nl-response-geen-aanwijzingen": Case(
        "nl", "Het Openbaar Ministerie heeft bij de Chinese politieposten in Rotterdam geen "
        "aanwijzingen voor strafbare feiten gevonden.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),)),
    "nl-response-aangehouden": Case(
        "nl", "Vier mannen zijn in Amsterdam aangehouden in verband met het Chinese "
        "politiebureau.",
        ((RESPONSE, "NL", "arrest", YES),)),
    "nl-denial-van-de-hand": Case(
        "nl", "De Chinese ambassade in Den Haag wees de beschuldigingen over politieposten van "
        "de hand.",
        ((DENIAL, "CN"),)),
    "nl-denial-explanation": Case(
        "nl", "Volgens Peking gaat het bij de Chinese politieposten om vrijwilligers die "
        "landgenoten helpen met het vernieuwen van hun rijbewijs.",
        ((DENIAL, "CN"),)),
    "nl-denial-ministerie": Case(
        "nl", "Een woordvoerder van het Chinese ministerie van Buitenlandse Zaken noemde de "
        "berichten over politieposten ongefundeerd.",
        ((DENIAL, "CN"),)),
    "nl-agreement-patrol": Case(
        "nl", "Chinese agenten liepen in 2018 samen met Servische collega's patrouilles in "
        "Belgrado.",
        ((AGREEMENT, "RS", "joint_patrol"),)),
    "nl-agreement-memorandum": Case(
        "nl", "Er zijn Chinese politieposten in Boedapest. Hongarije en China tekenden eerder "
        "een memorandum van overeenstemming over politiesamenwerking.",
        ((AGREEMENT, "HU", "security_agreement"),)),
    "nl-incident-case": Case(
        "nl", "Een Chinese student in Amsterdam vertelde dat medewerkers van de politiepost hem "
        "onder druk zetten om terug te keren naar China.",
        ((INCIDENT, "persuasion", "NL"),)),
    # negatives
    "nl-neg-local-police": Case(
        "nl", "Een Chinese toerist deed aangifte van diefstal op het politiebureau in Utrecht.",
        forbid=((STATION,), (COUNT,), (RESPONSE,))),
    "nl-neg-generic": Case(
        "nl", "Zulke Chinese politieposten zouden worden gebruikt om dissidenten over te halen "
        "terug te keren.",
        forbid=((INCIDENT,),)),
    "nl-neg-whether": Case(
        "nl", "Het is nog onduidelijk of het Openbaar Ministerie een onderzoek instelt naar de "
        "Chinese politieposten.",
        forbid=((RESPONSE, "NL", "investigation"),)),
    "nl-neg-mayor-denies": Case(
        "nl", "De burgemeester ontkende dat de gemeente op de hoogte was van de Chinese "
        "politiepost.",
        forbid=((DENIAL,),)),
    "nl-neg-tientallen": Case(
        "nl", "Tientallen Chinese studenten demonstreerden bij de politiepost van China in "
        "Rotterdam.",
        forbid=((COUNT,),)),
}

CHINESE = {
    "zh-station-prague": Case(
        "zh", "据报道，中国公安机关在布拉格设立了海外警务服务站。",
        ((STATION, "CZ", "Prague", YES),)),
    "zh-station-operator": Case(
        "zh", "青田县公安局在米兰开设的华侨服务站已经运作多年。",
        ((STATION, "IT", "Milan", YES),)),
    "zht-station-count": Case(
        "zh-Hant", "據報導，溫州市公安局在多倫多設立了兩個海外服務站。",
        ((STATION, "CA", "Toronto", YES), (COUNT, "stations", 2, "CA"))),
    "zh-station-huazhu": Case(
        "zh", "中国侨联在约翰内斯堡设立的华助中心被指承担警务联络职能。",
        ((STATION, "ZA", "Johannesburg", YES),)),
    "zh-count-world": Case(
        "zh", "该组织称，中国在五十三个国家设立了至少一百零二个海外警务服务站。",
        ((COUNT, "stations", 102, None), (COUNT, "countries", 53, None))),
    "zh-count-wan": Case(
        "zh", "公安部称，通过海外警务服务站已有二十三万名在逃人员被劝返回国。",
        ((COUNT, "returns", 230000, None),)),
    "zh-response-closure": Case(
        "zh", "荷兰外交部表示，已责令这两个中国警察站立即关闭。",
        ((RESPONSE, "NL", "closure", YES),)),
    "zh-response-rcmp": Case(
        "zh", "加拿大皇家骑警已对多伦多的所谓中国警察站展开调查。",
        ((RESPONSE, "CA", "investigation", YES),)),
    "zh-response-arrest": Case(
        "zh", "美国联邦调查局逮捕了两名涉嫌在纽约经营中国秘密警察站的男子。",
        ((RESPONSE, "US", "arrest", YES),)),
    "zh-response-summon": Case(
        "zh", "荷兰政府召见中国驻荷兰大使，要求就海外警察站作出解释。",
        ((RESPONSE, "NL", "protest", YES),)),
    "zh-response-no-wrongdoing": Case(
        "zh", "挪威警方表示，未发现奥斯陆的所谓中国警察站存在任何违法行为。",
        ((RESPONSE, "NO", "no_wrongdoing_found", YES),)),
    "zh-denial-spokesperson": Case(
        "zh", "外交部发言人表示，所谓“海外警察站”根本不存在，有关报道纯属捏造。",
        ((DENIAL, "CN"),)),
    "zh-denial-bo": Case(
        "zh", "中方坚决驳斥有关“海外警察站”的不实指控。",
        ((DENIAL, "CN"),)),
    "zh-denial-explanation": Case(
        "zh", "中国驻荷兰使馆表示，这些海外服务站只是帮助当地华侨办理驾照换证等业务，工作人员均为志愿者。",
        ((DENIAL, "CN"),)),
    "zh-denial-bieyouyongxin": Case(
        "zh", "发言人说，个别媒体别有用心，借所谓“海外警察站”对中国进行政治操弄。",
        ((DENIAL, "CN"),)),
    "zht-denial": Case(
        "zh-Hant", "中國外交部斷然否認在海外設立警察站，稱相關說法是蓄意抹黑。",
        ((DENIAL, "CN"),)),
    "zh-agreement-patrol": Case(
        "zh", "2016年，中国和意大利警方在罗马开展了首次联合警务巡逻。",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "zh-agreement-memo": Case(
        "zh", "塞尔维亚也有中国海外警务服务站。此前，中国公安部与塞尔维亚内务部签署了警务合作谅解备忘录。",
        ((AGREEMENT, "RS", "security_agreement"),)),
    "zh-incident-persuade": Case(
        "zh", "据报道，巴黎的一名异见人士被中国海外服务站人员说服回国。",
        ((INCIDENT, "persuasion", "FR"),)),
    "zh-incident-forced": Case(
        "zh", "该组织称，一名在塞尔维亚的男子经由当地警务服务站被强行遣返回中国。",
        ((INCIDENT, "forced_return", "RS"),)),
    # negatives
    "zh-neg-duties": Case(
        "zh", "这些海外服务站的职能包括证件办理、劝返等。",
        forbid=((INCIDENT,),)),
    "zh-neg-dutch-mp": Case(
        "zh", "荷兰议员否认事先知道鹿特丹中国警察站的存在。",
        forbid=((DENIAL,),)),
    "zh-neg-shushi": Case(
        "zh", "数十个海外警务服务站分布在欧洲各地。",
        forbid=((COUNT,),)),
}

ENGLISH = {
    "en-station-outpost": Case(
        "en", "Investigators believe China ran an undeclared police outpost in Glasgow.",
        ((STATION, "GB", "Glasgow", YES),)),
    "en-station-service": Case(
        "en", "The so-called service station in Budapest was linked to Chinese public security "
        "officials.",
        ((STATION, "HU", "Budapest", YES),)),
    "en-count-words": Case(
        "en", "The group says there are at least one hundred and two Chinese police stations in "
        "fifty-three countries.",
        ((COUNT, "stations", 102, None), (COUNT, "countries", 53, None))),
    "en-response-close": Case(
        "en", "The Dutch foreign ministry said it had ordered the two Chinese police stations in "
        "Rotterdam and Amsterdam to close immediately.",
        ((RESPONSE, "NL", "closure", YES),)),
    "en-response-no-evidence": Case(
        "en", "Police in Oslo said they had found no evidence of criminal activity at the "
        "Chinese police station.",
        ((RESPONSE, "NO", "no_wrongdoing_found", YES),)),
    "en-response-summon": Case(
        "en", "Canada summoned the Chinese ambassador over the alleged police stations in "
        "Toronto.",
        ((RESPONSE, "CA", "protest", YES),)),
    "en-response-searched": Case(
        "en", "FBI agents searched a building in Manhattan that allegedly housed a Chinese police "
        "station.",
        ((RESPONSE, "US", "investigation", YES),)),
    "en-response-knows-of-none": Case(
        "en", "The state criminal police office in Bavaria said it knew of no Chinese police "
        "station in Munich.",
        ((RESPONSE, "DE", "no_wrongdoing_found", YES),)),
    "en-response-answer": Case(
        "en", "In a written answer, the security minister said police had visited the premises of "
        "the alleged Chinese police station in Croydon.",
        ((RESPONSE, "GB", "investigation", YES),)),
    "en-denial-smear": Case(
        "en", "Reports of Chinese police stations abroad keep coming. Beijing has dismissed them "
        "as a smear campaign.",
        ((DENIAL, "CN"),)),
    "en-denial-paperwork": Case(
        "en", "A Chinese embassy spokesperson said the so-called police stations merely help "
        "nationals renew their driving licences.",
        ((DENIAL, "CN"),)),
    "en-denial-refuted": Case(
        "en", "China's foreign ministry refuted claims that it runs secret police stations "
        "abroad.",
        ((DENIAL, "CN"),)),
    "en-agreement-patrol": Case(
        "en", "In 2019, Chinese police officers patrolled alongside Croatian officers in Zagreb.",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "en-agreement-memo": Case(
        "en", "There is a Chinese police station in Belgrade. Serbia and China signed a "
        "memorandum of understanding on police cooperation in 2017.",
        ((AGREEMENT, "RS", "security_agreement"),)),
    "en-incident-case": Case(
        "en", "A Chinese student in Dublin said staff at the police station had pressured him to "
        "return to China.",
        ((INCIDENT, "persuasion", "IE"),)),
    # negatives
    "en-neg-generic": Case(
        "en", "Such Chinese police stations can be used to persuade critics to return home.",
        forbid=((INCIDENT,),)),
    "en-neg-mayor-denies": Case(
        "en", "The mayor denied that the city had been told about the Chinese police station.",
        forbid=((DENIAL,),)),
    "en-neg-dozens": Case(
        "en", "Dozens of protesters gathered outside the Chinese police station in Toronto.",
        forbid=((COUNT,),)),
}

#: A second set, written after the first vocabulary pass and measured before the next one.
SECOND = {
    "de2-station-volksrepublik": Case(
        "de", "Die Volksrepublik soll auch in Frankfurt am Main einen Polizeistützpunkt unterhalten.",
        ((STATION, "DE", "Frankfurt am Main", YES),)),
    "de2-count-solcher": Case(
        "de", "Laut Safeguard Defenders existieren in Italien elf solcher chinesischen Stationen, "
        "unter anderem in Rom und Mailand.",
        ((COUNT, "stations", 11, "IT"), (STATION, "IT", "Rome", YES),
         (STATION, "IT", "Milan", YES))),
    "de2-response-verfassungsschutz": Case(
        "de", "Der Verfassungsschutz beobachtet die mutmaßlichen chinesischen Polizeistationen "
        "genau.",
        ((RESPONSE, "DE", "investigation", YES),)),
    "de2-response-anklage": Case(
        "de", "Die Staatsanwaltschaft hat Anklage gegen zwei mutmaßliche Betreiber einer "
        "chinesischen Polizeistation in Frankfurt erhoben.",
        ((RESPONSE, "DE", "arrest", YES),)),
    "de2-response-aufgefordert": Case(
        "de", "Die irische Regierung hat China aufgefordert, die Polizeistation in Dublin zu "
        "schließen.",
        ((RESPONSE, "IE", "closure", YES),)),
    "de2-agreement-streifen": Case(
        "de", "Ungarn und China vereinbarten 2024 gemeinsame Polizeistreifen in Budapest.",
        ((AGREEMENT, "HU", "joint_patrol"),)),
    "de2-denial-luege": Case(
        "de", "Über chinesische Polizeistationen in Wien wurde berichtet. Das chinesische "
        "Außenministerium nannte die Vorwürfe eine Lüge.",
        ((DENIAL, "CN"),)),
    "de2-denial-keine-polizisten": Case(
        "de", "Chinas Botschaft in Wien betonte, in den sogenannten Polizeistationen arbeiteten "
        "keine Polizisten, sondern Freiwillige.",
        ((DENIAL, "CN"),)),
    "de2-incident-ausspioniert": Case(
        "de", "Eine in Prag lebende Uigurin gab an, von Mitarbeitern der chinesischen "
        "Polizeistation ausspioniert worden zu sein.",
        ((INCIDENT, "surveillance", "CZ"),)),
    "de2-incident-zurueckgebracht": Case(
        "de", "Ein Mann aus Mailand wurde nach Recherchen von Journalisten mit Hilfe der "
        "chinesischen Polizeistation gegen seinen Willen nach China zurückgebracht.",
        ((INCIDENT, "forced_return", "IT"),)),
    "de2-neg-bahnhof": Case(
        "de", "Die Polizeiwache im Bahnhof Zürich wurde nach einem Wasserschaden geschlossen; ein "
        "chinesischer Reisender hatte den Schaden gemeldet.",
        forbid=((STATION,), (RESPONSE,))),
    "nl2-count-station": Case(
        "nl", "China zou in Nederland minstens twee illegale politieposten hebben opgezet, in "
        "Amsterdam en Rotterdam.",
        ((COUNT, "stations", 2, "NL"), (STATION, "NL", "Amsterdam", YES),
         (STATION, "NL", "Rotterdam", YES))),
    "nl2-response-nctv": Case(
        "nl", "De NCTV doet onderzoek naar de Chinese servicestations.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl2-response-laten-sluiten": Case(
        "nl", "Nederland liet de Chinese politieposten per direct sluiten.",
        ((RESPONSE, "NL", "closure", YES),)),
    "nl2-response-staatsveiligheid": Case(
        "nl", "De Belgische Staatsveiligheid onderzoekt een Chinees politiebureau in Antwerpen.",
        ((RESPONSE, "BE", "investigation", YES),)),
    "nl2-denial-china-ontkent": Case(
        "nl", "China ontkent dat het politiebureaus in het buitenland heeft.",
        ((DENIAL, "CN"),)),
    "nl2-denial-volstrekt": Case(
        "nl", "De Chinese ambassade noemt de beschuldigingen over de politieposten volstrekt "
        "ongegrond.",
        ((DENIAL, "CN"),)),
    "nl2-incident-bedreigd": Case(
        "nl", "Een Chinese dissident in Groningen werd volgens zijn advocaat bedreigd door "
        "medewerkers van een politiepost.",
        ((INCIDENT, "harassment", "NL"),)),
    "nl2-incident-bedreigd-amsterdam": Case(
        "nl", "Een Chinese dissident in Amsterdam werd volgens zijn advocaat bedreigd door "
        "medewerkers van een politiepost.",
        ((INCIDENT, "harassment", "NL"),)),
    "nl2-agreement-patrol": Case(
        "nl", "In 2017 liepen Chinese en Kroatische agenten samen patrouilles in Zagreb.",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "nl2-count-countries": Case(
        "nl", "Wereldwijd zouden er Chinese politieposten zijn in drieënvijftig landen.",
        ((COUNT, "countries", 53, None),)),
    "nl2-neg-leiden": Case(
        "nl", "Een Chinese student deed aangifte op het politiebureau van Leiden.",
        forbid=((STATION,),)),
    "nl2-neg-akkoord": Case(
        "nl", "Er zijn Chinese politieposten in Rotterdam. De Chinese ambassadeur sloot een "
        "cultureel akkoord met de gemeente Rotterdam.",
        forbid=((RESPONSE, "NL", "closure"),)),
    "nl2-neg-generic": Case(
        "nl", "De Chinese politieposten dienen volgens critici om dissidenten te intimideren.",
        forbid=((INCIDENT,),)),
    "zh2-count-two": Case(
        "zh", "保护卫士称，中国在荷兰设有两处海外警务服务站，分别位于阿姆斯特丹和鹿特丹。",
        ((COUNT, "stations", 2, "NL"), (STATION, "NL", "Amsterdam", YES),
         (STATION, "NL", "Rotterdam", YES))),
    "zht2-station-paris": Case(
        "zh-Hant", "該組織指出，溫州警方於2018年在巴黎開設了一個華僑服務站。",
        ((STATION, "FR", "Paris", YES),)),
    "zh2-response-ireland": Case(
        "zh", "爱尔兰司法部长表示，已要求位于都柏林的中国警务服务站关闭并停止运作。",
        ((RESPONSE, "IE", "closure", YES),)),
    "zh2-response-canada": Case(
        "zh", "加拿大外交部召见中国驻加拿大大使，就所谓警察站问题提出严正交涉。",
        ((RESPONSE, "CA", "protest", YES),)),
    "zh2-denial-mao": Case(
        "zh", "关于海外警察站，外交部发言人毛宁说，有关说法完全是无中生有，中方一贯严格遵守国际法。",
        ((DENIAL, "CN"),)),
    "zh2-denial-volunteers": Case(
        "zh", "中国驻爱尔兰使馆称，该服务站由当地侨团义工运营，主要提供驾照更新等服务。",
        ((DENIAL, "CN"),)),
    "zh2-denial-service-centre": Case(
        "zh", "中国外交部发言人称，这些所谓的警察站其实是为海外中国公民提供帮助的服务中心。",
        ((DENIAL, "CN"),)),
    "zh2-agreement-hungary": Case(
        "zh", "匈牙利与中国于2024年签署安全合作协议，允许两国警察在布达佩斯联合巡逻。",
        ((AGREEMENT, "HU", "security_agreement"), (AGREEMENT, "HU", "joint_patrol"))),
    "zh2-agreement-serbia": Case(
        "zh", "2019年，中国警察与塞尔维亚警察在贝尔格莱德开展联合巡逻。",
        ((AGREEMENT, "RS", "joint_patrol"),)),
    "zh2-incident-parents": Case(
        "zh", "荷兰有中国海外警务服务站。一名居住在荷兰的中国留学生称，其在国内的父母遭到警方威胁，要求他回国。",
        ((INCIDENT, "harassment", "NL"),)),
    "zh2-count-wan": Case(
        "zh", "中国海外警务服务站运作以来，已有21万人被劝返。",
        ((COUNT, "returns", 210000, None),)),
    "zh2-response-uk": Case(
        "zh", "英国警方表示，对伦敦的所谓中国警察站进行调查后，未发现违法证据。",
        ((RESPONSE, "GB", "no_wrongdoing_found", YES), (RESPONSE, "GB", "investigation", YES))),
    "zh2-neg-duties": Case(
        "zh", "据报道，这些海外服务站的主要职能是协助办理驾照、劝返在逃人员等。",
        forbid=((INCIDENT,),)),
    "en2-denial-transcript": Case(
        "en", "Wang Wenbin: The so-called overseas police stations simply do not exist.",
        ((DENIAL, "CN"),)),
    "en2-response-ireland": Case(
        "en", "Ireland ordered the closure of the Fuzhou-run Chinese police station in Dublin.",
        ((RESPONSE, "IE", "closure", YES), (STATION, "IE", "Dublin", YES))),
    "en2-response-dutch": Case(
        "en", "Dutch authorities said the two Chinese outposts in Amsterdam and Rotterdam had been "
        "shut.",
        ((RESPONSE, "NL", "closure", YES), (STATION, "NL", "Amsterdam", YES))),
    "en2-response-rcmp": Case(
        "en", "The RCMP said it was investigating Chinese police stations in Montreal and "
        "Brossard.",
        ((RESPONSE, "CA", "investigation", YES), (STATION, "CA", "Montreal", YES))),
    "en2-response-hungary": Case(
        "en", "Hungary hosts a Chinese police station. Hungarian police said they had not found "
        "evidence of any illegal activity at the Budapest site.",
        ((RESPONSE, "HU", "no_wrongdoing_found", YES),)),
    "en2-response-charged": Case(
        "en", "Prosecutors charged two men with acting as agents of China in connection with a "
        "police station in Manhattan.",
        ((RESPONSE, "US", "arrest", YES),)),
    "en2-denial-volunteers": Case(
        "en", "Beijing insists the Chinese police stations are merely run by volunteers who help "
        "nationals with administrative tasks.",
        ((DENIAL, "CN"),)),
    "en2-denial-slander": Case(
        "en", "China's embassy in Dublin called the report on police stations malicious slander.",
        ((DENIAL, "CN"),)),
    "en2-agreement-serbia": Case(
        "en", "In 2018 Chinese and Serbian police began joint patrols in Belgrade and Novi Sad.",
        ((AGREEMENT, "RS", "joint_patrol"),)),
    "en2-agreement-croatia": Case(
        "en", "Croatia hosts a Chinese police station. Croatia and China signed a police "
        "cooperation agreement in 2018.",
        ((AGREEMENT, "HR", "security_agreement"),)),
    "en2-count-such": Case(
        "en", "Safeguard Defenders documented 54 such Chinese stations across 30 countries.",
        ((COUNT, "stations", 54, None), (COUNT, "countries", 30, None))),
    "en2-incident-relatives": Case(
        "en", "A woman in London told reporters that staff of the Chinese police station had "
        "threatened her relatives.",
        ((INCIDENT, "harassment", "GB"),)),
    "en2-neg-renovation": Case(
        "en", "The police station in Prato was closed for renovation, the Chinese consulate "
        "noted.",
        forbid=((STATION,), (RESPONSE,))),
    "en2-neg-could": Case(
        "en", "Critics fear such Chinese police stations could be used to monitor dissidents.",
        forbid=((INCIDENT,),)),
}

#: A third set (denials, agreements and responses as transcripts and answers put them), written
#: before the vocabulary change that follows it.
THIRD = {
    "de3-denial-servicezentren": Case(
        "de", "Chinesische Polizeistationen? Die Botschaft der Volksrepublik spricht von "
        "Servicezentren, die Landsleuten bei Behördengängen helfen.",
        ((DENIAL, "CN"),)),
    "de3-denial-gebe-keine": Case(
        "de", "Ein Sprecher der chinesischen Botschaft sagte, es gebe keine chinesischen "
        "Polizeistationen in Deutschland.",
        ((DENIAL, "CN"),)),
    "de3-denial-unzutreffend": Case(
        "de", "Das chinesische Außenministerium nannte die Berichte über Polizeistationen in "
        "Europa unzutreffend.",
        ((DENIAL, "CN"),)),
    "de3-agreement-italien": Case(
        "de", "Seit 2016 gehen chinesische Polizisten in Rom und Mailand mit italienischen "
        "Kollegen auf Streife.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "de3-response-bundestag": Case(
        "de", "Chinesische Polizeistationen sind ein Thema. Die Bundesregierung hat die "
        "chinesische Botschaft aufgefordert, die Station in Frankfurt zu schließen.",
        ((RESPONSE, "DE", "closure", YES),)),
    "de3-neg-festnahme-china": Case(
        "de", "Chinesische Polizeistationen gibt es auch in Madrid. Der Bruder eines Kritikers "
        "wurde in China festgenommen.",
        forbid=((RESPONSE, "ES", "arrest"),)),
    "nl3-denial-rijbewijs": Case(
        "nl", "De Chinese ambassade zegt dat Chinezen er alleen hun rijbewijs kunnen laten "
        "verlengen en dat het geen politieposten zijn.",
        ((DENIAL, "CN"),)),
    "nl3-denial-geen-sprake": Case(
        "nl", "Volgens de Chinese ambassade is er geen sprake van Chinese politiebureaus in "
        "Nederland.",
        ((DENIAL, "CN"),)),
    "nl3-agreement-italie": Case(
        "nl", "Chinese politieagenten patrouilleerden in 2019 met Italiaanse carabinieri door "
        "Milaan.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "nl3-response-kamerbrief": Case(
        "nl", "In een Kamerbrief schrijft de minister dat de Chinese politieposten in Nederland "
        "zijn gesloten en dat het Openbaar Ministerie onderzoek doet.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "NL", "investigation", YES))),
    "nl3-neg-akkoord-gesloten": Case(
        "nl", "Er zijn Chinese politieposten in Rotterdam. Nederland en China hebben in 2019 een "
        "akkoord gesloten over handel.",
        forbid=((RESPONSE, "NL", "closure"),)),
    "zh3-denial-transcript": Case(
        "zh", "问：荷兰媒体报道中国在荷兰设有警察站，中方有何回应？答：我们注意到有关报道。"
        "所谓“海外警察站”并不存在。",
        ((DENIAL, "CN"),)),
    "zh3-denial-zhizai": Case(
        "zh", "中国驻加拿大使馆表示，相关服务点旨在为有需要的侨胞提供便利，工作人员并非警察。",
        ((DENIAL, "CN"),)),
    "zh3-agreement-croatia": Case(
        "zh", "中国警察首次赴克罗地亚与当地警方联合巡逻，保护中国游客安全。",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "zh3-response-investigation": Case(
        "zh", "关于荷兰的中国警察站，荷兰外交部已展开调查。",
        ((RESPONSE, "NL", "investigation", YES),)),
    "zh3-neg-arrest-china": Case(
        "zh", "西班牙有中国海外警务服务站。该男子的亲属此前在福建被拘留。",
        forbid=((RESPONSE, "ES", "arrest"),)),
    "en3-denial-transcript": Case(
        "en", "Q: Canadian police say they are investigating Chinese police stations in "
        "Toronto. A: Spokesperson Wang Wenbin: These are not police stations. They are "
        "service centres that help overseas Chinese renew their driver's licences.",
        ((DENIAL, "CN"),)),
    "en3-denial-community": Case(
        "en", "The Chinese embassy said the Chinese police stations were set up by local "
        "hometown associations.",
        ((DENIAL, "CN"),)),
    "en3-agreement-deployed": Case(
        "en", "Chinese police officers were deployed to Serbia in 2019 to patrol with Serbian "
        "police in Belgrade.",
        ((AGREEMENT, "RS", "joint_patrol"),)),
    "en3-response-ordered-shut": Case(
        "en", "Ireland's justice minister said the Chinese police station in Dublin had been "
        "told to shut.",
        ((RESPONSE, "IE", "closure", YES),)),
    "en3-response-probe": Case(
        "en", "Police in the Netherlands have opened a probe into two Chinese police stations.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "zh3-denial-congwei": Case(
        "zh", "外交部发言人汪文斌说：“我们从未在任何国家设立所谓‘海外警察站’。”",
        ((DENIAL, "CN"),)),
    "en3-neg-tool": Case(
        "en", "Rights groups describe the Chinese police stations as a tool to intimidate critics "
        "abroad.",
        forbid=((INCIDENT,),)),
    "de3-neg-ziel": Case(
        "de", "Ziel der chinesischen Polizeistationen sei es, Dissidenten einzuschüchtern.",
        forbid=((INCIDENT,),)),
    "nl3-neg-doel": Case(
        "nl", "Het doel van de Chinese politieposten zou zijn om critici te intimideren.",
        forbid=((INCIDENT,),)),
    "zh3-neg-mudi": Case(
        "zh", "报告称，设立这些海外警察站的目的是对海外异见人士施压。",
        forbid=((INCIDENT,),)),
    "en3-incident-case-stays": Case(
        "en", "In 2021 staff from the Chinese police station in Madrid threatened a student's "
        "family in order to make him return.",
        ((INCIDENT, "harassment", "ES"),)),
    "en3-incident-sent-back": Case(
        "en", "Researchers say a man linked to the Chinese police station in Sofia was taken "
        "back to China against his will.",
        ((INCIDENT, "forced_return", "BG"),)),
    "nl3-incident-teruggestuurd": Case(
        "nl", "Een vrouw uit Rotterdam werd via de Chinese politiepost naar China teruggestuurd.",
        ((INCIDENT, "forced_return", "NL"),)),
    "en3-neg-arrest-china": Case(
        "en", "There is a Chinese police station in Madrid. The critic's brother was arrested in "
        "China last year.",
        forbid=((RESPONSE, "ES", "arrest"),)),
}

#: A fourth set (stations, figures and official answers in further shapes), written before
#: the vocabulary change that follows it.
FOURTH = {
    "de4-station-ableger": Case(
        "de", "Auch in Amsterdam soll die chinesische Polizei einen Ableger betrieben haben.",
        ((STATION, "NL", "Amsterdam", YES),)),
    "de4-station-anlaufstelle-polizei": Case(
        "de", "In Prag betreibt die Stadtpolizei von Qingtian angeblich eine Anlaufstelle für "
        "chinesische Staatsbürger, die als Polizeistation dient.",
        ((STATION, "CZ", "Prague", YES),)),
    "de4-count-acht": Case(
        "de", "Acht der chinesischen Polizeistationen liegen nach dem Bericht in Spanien.",
        ((COUNT, "stations", 8, "ES"),)),
    "de4-answer-bekannt": Case(
        "de", "Der Bundesregierung ist eine chinesische Polizeistation in Hamburg bekannt.",
        ((STATION, "DE", "Hamburg", YES),)),
    "de4-response-razzia": Case(
        "de", "Bei einer Razzia in der mutmaßlichen chinesischen Polizeistation in Rotterdam "
        "wurden Unterlagen sichergestellt.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "de4-denial-botschaft-erklaerte": Case(
        "de", "Die chinesische Botschaft in Den Haag erklärte, die Berichte über Polizeistationen "
        "seien falsch.",
        ((DENIAL, "CN"),)),
    "de4-agreement-abkommen-streifen": Case(
        "de", "Kroatien und China hatten 2017 vereinbart, dass chinesische Polizisten in "
        "Dubrovnik mit kroatischen Beamten auf Streife gehen.",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "nl4-station-vestiging": Case(
        "nl", "Volgens het onderzoek had de Chinese politie ook een vestiging in Praag.",
        ((STATION, "CZ", "Prague", YES),)),
    "nl4-count-acht": Case(
        "nl", "In totaal gaat het om acht Chinese politieposten in Spanje.",
        ((COUNT, "stations", 8, "ES"),)),
    "nl4-response-kamervragen": Case(
        "nl", "In antwoord op Kamervragen schrijft de minister dat de politie de Chinese "
        "politiepost in Amsterdam heeft bezocht.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl4-denial-ambassade-onjuist": Case(
        "nl", "De Chinese ambassade stelt dat de berichtgeving over politieposten onjuist is.",
        ((DENIAL, "CN"),)),
    "nl4-response-ontboden-ambassadeur": Case(
        "nl", "Ierland heeft de Chinese ambassadeur ontboden vanwege het politiebureau in Dublin.",
        ((RESPONSE, "IE", "protest", YES),)),
    "nl4-response-ontboden-chinese": Case(
        "nl", "Ierland heeft de Chinese ambassadeur ontboden vanwege het Chinese politiebureau in "
        "Dublin.",
        ((RESPONSE, "IE", "protest", YES),)),
    "zh4-station-paichusuo": Case(
        "zh", "报道称，福州市公安局在伦敦设有一处“海外派出所”。",
        ((STATION, "GB", "London", YES),)),
    "zh4-count-shier": Case(
        "zh", "该组织称，中国在意大利设有十一个警察站。",
        ((COUNT, "stations", 11, "IT"),)),
    "zh4-response-close-ordered": Case(
        "zh", "荷兰政府要求中方立即关闭在阿姆斯特丹的两个所谓警察站。",
        ((RESPONSE, "NL", "closure", YES),)),
    "zht4-denial": Case(
        "zh-Hant", "中國駐加拿大大使館回應稱，相關報導「純屬捏造」，所謂的海外警察站根本不存在。",
        ((DENIAL, "CN"),)),
    "zh4-agreement": Case(
        "zh", "根据两国警务合作协议，中国警察与意大利警察在米兰共同巡逻。",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "zh4-incident-family": Case(
        "zh", "一名在英国的香港活动人士称，海外警察站人员多次骚扰他在伦敦的住所。",
        ((INCIDENT, "harassment", "GB"),)),
    "en4-station-office": Case(
        "en", "Investigators say the Fuzhou police bureau ran an unofficial office in Prague.",
        ((STATION, "CZ", "Prague", YES),)),
    "en4-count-eight": Case(
        "en", "Eight of the Chinese police stations are in Spain, the group says.",
        ((COUNT, "stations", 8, "ES"),)),
    "en4-response-minister": Case(
        "en", "The Irish justice minister said the Chinese police station in Dublin had been "
        "instructed to close and cease operations.",
        ((RESPONSE, "IE", "closure", YES),)),
    "en4-response-met": Case(
        "en", "The Metropolitan Police said it was assessing reports of a Chinese police station "
        "in Croydon.",
        ((RESPONSE, "GB", "investigation", YES),)),
    "en4-denial-mfa": Case(
        "en", "Asked about the Chinese police stations in Canada, foreign ministry spokesperson "
        "Mao Ning said China firmly opposes the smear.",
        ((DENIAL, "CN"),)),
    "en4-agreement-memorandum-patrols": Case(
        "en", "Under a 2015 memorandum, Chinese police officers patrolled Rome and Milan alongside "
        "Italian officers.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "en4-neg-local-opened": Case(
        "en", "Chinese police stations abroad are in the news. Italian police opened a new station "
        "in Prato last year.",
        forbid=((STATION, "IT", "Prato", YES),)),
    "en4-neg-police-station-visit": Case(
        "en", "A Chinese tourist reported the theft at the police station in Florence.",
        forbid=((STATION,), (RESPONSE,))),
}

#: A fifth set (official announcements, Austrian, Swiss and Belgian reporting, and the new
#: words in other senses), written before the vocabulary change that follows it.
FIFTH = {
    "zh5-announcement": Case(
        "zh", "青田县公安局驻罗马华侨服务站今日正式挂牌成立，为旅意侨胞提供便利。",
        ((STATION, "IT", "Rome", YES),)),
    "zh5-announcement-count": Case(
        "zh", "截至目前，南通市公安局已在海外设立警务联络服务站点十二个。",
        ((COUNT, "stations", 12, None),)),
    "zh5-closure-report": Case(
        "zh", "据报道，在爱尔兰政府要求下，位于都柏林的中国服务站已停止运作。",
        ((RESPONSE, "IE", "closure", YES),)),
    "zh5-neg-bank": Case(
        "zh", "中国海外警务服务站引发关注。中国银行在米兰的分行上月关闭。",
        forbid=((STATION, "IT", "Milan", YES),)),
    "de5-austria": Case(
        "de", "In Wien soll die chinesische Polizei einen Stützpunkt unterhalten, das "
        "Innenministerium prüft die Hinweise.",
        ((STATION, "AT", "Vienna", YES), (RESPONSE, "AT", "investigation", YES))),
    "de5-swiss": Case(
        "de", "Der Nachrichtendienst des Bundes hat Kenntnis von zwei chinesischen "
        "Polizeiposten in der Schweiz.",
        ((COUNT, "stations", 2, "CH"),)),
    "de5-denial-geruechte": Case(
        "de", "Die chinesische Botschaft in Bern sprach von Gerüchten über Polizeiposten.",
        ((DENIAL, "CN"),)),
    "de5-neg-ableger-firma": Case(
        "de", "Chinesische Polizeistationen sind umstritten. Ein chinesischer Autobauer "
        "eröffnete einen Ableger in München.",
        forbid=((STATION, "DE", "Munich", YES),)),
    "de5-neg-schliessung-restaurant": Case(
        "de", "Über chinesische Polizeistationen in Prato wird berichtet. Die Schließung eines "
        "chinesischen Restaurants in Prato sorgte für Aufsehen.",
        forbid=((RESPONSE, "IT", "closure"),)),
    "nl5-belgium": Case(
        "nl", "De Staatsveiligheid bevestigt dat er in Antwerpen een Chinees politiekantoor "
        "actief was.",
        ((STATION, "BE", "Antwerp", YES),)),
    "nl5-belgium-closure": Case(
        "nl", "Het Chinese politiekantoor in Antwerpen is intussen dichtgegaan.",
        ((RESPONSE, "BE", "closure", YES),)),
    "nl5-count-parliament": Case(
        "nl", "Het kabinet heeft weet van twee Chinese politieposten in Nederland.",
        ((COUNT, "stations", 2, "NL"),)),
    "nl5-neg-vestiging-bank": Case(
        "nl", "Chinese politieposten staan in de belangstelling. Een Chinese bank opende een "
        "vestiging in Amsterdam.",
        forbid=((STATION, "NL", "Amsterdam", YES),)),
    "nl5-neg-sluiting-fabriek": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. De sluiting van een fabriek in Breda "
        "kost honderden banen.",
        forbid=((RESPONSE, "NL", "closure"),)),
    "en5-spokesperson": Case(
        "en", "Spokesperson Lin Jian: China's position on the so-called overseas police "
        "stations is clear. They are volunteer-run service centres.",
        ((DENIAL, "CN"),)),
    "en5-count-weak": Case(
        "en", "Chinese police stations have opened abroad. The NGO has identified three such "
        "sites in the Netherlands.",
        ((COUNT, "stations", 3, "NL"),)),
    "en5-response-charged": Case(
        "en", "Two men were charged in New York with running a Chinese police outpost.",
        ((RESPONSE, "US", "arrest", YES),)),
    "nl5-geen-sprake-strafbaar": Case(
        "nl", "Bij de Chinese politieposten in Rotterdam is volgens het OM geen sprake van "
        "strafbare feiten.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),)),
    "en5-engaged-premises": Case(
        "en", "Officers in Glasgow have engaged with the premises named as a Chinese police "
        "station.",
        ((RESPONSE, "GB", "investigation", YES),)),
    "en5-neg-office-company": Case(
        "en", "Chinese police stations abroad are under scrutiny. A Chinese company opened an "
        "office in Berlin.",
        forbid=((STATION, "DE", "Berlin", YES),)),
    "en5-neg-closure-shop": Case(
        "en", "There is a Chinese police station in Prato. A Chinese shop in Florence closed "
        "down after the holidays.",
        forbid=((RESPONSE, "IT", "closure"),)),
}

#: Cases that need a change of mechanism, not of vocabulary (kept so the gap stays visible).
MECHANISM_GAPS = {
    # an unqualified "the police station in Prato" is read as a PRC station once the sentence
    # names China; telling it from the local police needs the sentence's topic, not a word
    "en2-neg-renovation",
    # an unqualified "het politiebureau" is the local police (a convention that keeps local
    # police news out); a document that never qualifies it as Chinese gives nothing
    "nl4-response-ontboden-ambassadeur",
    # a bare "station" in a document about PRC stations is read as one of them; the host
    # police's own new station needs the sentence's actor, not another word
    "en4-neg-local-opened",
    # "驻罗马…服务站" (the station "stationed in" Rome): 驻 marks an embassy's city for the
    # place rules, so the official name of a station loses its place
    "zh5-announcement",
    # a weak noun ("vestiging", "office") right after a station sentence continues the topic,
    # whoever the new sentence's subject is (a bank, a company)
    "nl5-neg-vestiging-bank",
    "en5-neg-office-company",
}

ALL = {**GERMAN, **DUTCH, **CHINESE, **ENGLISH, **SECOND, **THIRD, **FOURTH, **FIFTH}


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="mechanism"))
     if name in MECHANISM_GAPS else name for name in ALL],
)
def test_paraphrase(name: str) -> None:
    assert_case(ALL[name])
