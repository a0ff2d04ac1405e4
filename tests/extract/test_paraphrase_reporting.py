"""German, Dutch, Chinese and English reporting shapes, in paraphrases written for this test.

A sixth set, written from the concept in the registers real reporting uses (news, parliament
and ministry answers, foreign-ministry transcripts), before the vocabulary change that
follows it: stations in their compounds and cases, counts given as words ("mindestens
drei", "ein Dutzend", "rund vierzig", "逾百", "五十余", "two dozen") or split between cities,
host responses, reported cases beside general descriptions of what stations are for,
agreements, and denials in their usual shapes. The negative paraphrases (the local police,
community associations, hypotheticals, "several tens" that is no figure) must give nothing.

Passed before the change: 70 of 81 documents and 7 of 19 number checks (77 of 100); after
it, all. (As first written, 62 of 84 documents passed; one-sentence documents that never
named the stations were given the lead sentence an article has, since a document that
never speaks of stations gives nothing, and rough figures such as "rund vierzig" or "逾百"
became number checks: by the fact convention a rough figure is no exact count.)
"""

from __future__ import annotations

import pytest

from stationwatch.extract.lang import detect_language
from stationwatch.extract.numbers import find_numbers
from stationwatch.extract.pipeline import extract_facts
from tests.extract.test_paraphrase_de_nl_zh_en import (
    AGREEMENT,
    COUNT,
    DENIAL,
    INCIDENT,
    RESPONSE,
    STATION,
    YES,
    Case,
    Key,
    _norm,
    assert_case,
)

GERMAN = {
    "de6-uebersee-hannover": Case(
        "de", "Nach Recherchen eines Rechercheverbunds arbeitet in Hannover eine "
        "Übersee-Polizeistation der Stadt Fuzhou.",
        ((STATION, "DE", "Hanover", YES),)),
    "de6-servicestationen-dativ": Case(
        "de", "Chinas Polizeistationen im Ausland sind umstritten. In den sogenannten Servicestationen in Köln und Düsseldorf helfen angeblich "
        "Freiwillige bei Führerscheinen.",
        ((STATION, "DE", "Cologne", YES), (STATION, "DE", "Düsseldorf", YES))),
    "de6-polizeiwache-mutmasslich": Case(
        "de", "Die mutmaßliche chinesische Polizeiwache in Wien liegt in einem unscheinbaren "
        "Bürogebäude.",
        ((STATION, "AT", "Vienna", YES),)),
    "de6-anlaufstelle": Case(
        "de", "In Hamburg gilt ein Verein als Anlaufstelle der chinesischen Polizei.",
        ((STATION, "DE", "Hamburg", YES),)),
    "de6-count-mindestens-drei": Case(
        "de", "Der Verfassungsschutz geht von mindestens drei chinesischen Polizeistationen in "
        "Deutschland aus.",
        ((COUNT, "stations", 3, "DE"),)),
    "de6-neg-dutzend-not-one": Case(
        "de", "Die Organisation zählte ein Dutzend chinesische Polizeibüros in Spanien.",
        forbid=((COUNT, "stations", 1),)),
    "de6-split-cities": Case(
        "de", "Von den chinesischen Polizeistationen in Italien liegen zwei in Mailand und eine "
        "in Rom.",
        ((STATION, "IT", "Milan", YES), (STATION, "IT", "Rome", YES))),
    "de6-neg-acht-geben": Case(
        "de", "Die Polizei will darauf Acht geben, dass keine neuen chinesischen "
        "Polizeistationen entstehen.",
        forbid=((COUNT, "stations", 8),)),
    "de6-neg-ausser-acht": Case(
        "de", "Die Regierung ließ die chinesischen Polizeistationen lange außer Acht.",
        forbid=((COUNT, "stations", 8),)),
    "de6-response-verfahren": Case(
        "de", "Die Generalstaatsanwaltschaft hat wegen der chinesischen Polizeistation in "
        "München ein Ermittlungsverfahren eingeleitet.",
        ((RESPONSE, "DE", "investigation", YES),)),
    "de6-response-lka-erkenntnisse": Case(
        "de", "Das Landeskriminalamt Baden-Württemberg hat nach eigenen Angaben keine "
        "Erkenntnisse über eine chinesische Polizeistation in Stuttgart.",
        # no knowledge of a station is no check that found nothing
        forbid=((RESPONSE, "DE", "no_wrongdoing_found"),)),
    "de6-response-durchsuchung": Case(
        "de", "Bei einer Durchsuchung der mutmaßlichen chinesischen Polizeistation in Rotterdam "
        "stellten Ermittler Unterlagen sicher.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "de6-response-schliessung": Case(
        "de", "Irland hat die Schließung der chinesischen Polizeistation in Dublin angeordnet.",
        ((RESPONSE, "IE", "closure", YES),)),
    "de6-response-anklage": Case(
        "de", "In New York erhob die Staatsanwaltschaft Anklage gegen zwei Männer, die eine "
        "chinesische Polizeistation betrieben haben sollen.",
        ((RESPONSE, "US", "arrest", YES),)),
    "de6-response-einbestellt": Case(
        "de", "Wegen der chinesischen Polizeistationen wurde der Botschafter Chinas in Den Haag "
        "ins Außenministerium einbestellt.",
        ((RESPONSE, "NL", "protest", YES),)),
    "de6-incident-case": Case(
        "de", "Ein Regimekritiker in Hamburg wurde nach eigenen Angaben von Mitarbeitern der "
        "chinesischen Polizeistation bedroht.",
        ((INCIDENT, "harassment", "DE"),)),
    "de6-neg-incident-generic": Case(
        "de", "Solche Polizeistationen werden genutzt, um Kritiker zur Rückkehr nach China zu "
        "drängen.",
        forbid=((INCIDENT,),)),
    "de6-agreement-streife": Case(
        "de", "Im Jahr 2019 gingen chinesische Polizisten gemeinsam mit kroatischen Beamten in "
        "Zagreb auf Streife.",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "de6-agreement-absichtserklaerung": Case(
        "de", "Auch in Belgrad soll es eine chinesische Polizeistation geben. Serbien und China "
        "unterzeichneten eine Absichtserklärung über polizeiliche "
        "Zusammenarbeit.",
        ((AGREEMENT, "RS", "security_agreement"),)),
    "de6-denial-erklaerung": Case(
        "de", "Peking stellt die Einrichtungen als Servicezentren dar, die Auslandschinesen beim "
        "Verlängern von Führerscheinen unterstützen.",
        ((DENIAL, "CN"),)),
    "de6-denial-sogenannte": Case(
        "de", "Die chinesische Botschaft in Berlin erklärte, sogenannte Polizeistationen gebe es "
        "in Deutschland nicht.",
        ((DENIAL, "CN"),)),
    "de6-neg-local": Case(
        "de", "Die Polizeistation in der Kölner Innenstadt wird bis zum Sommer umgebaut.",
        forbid=((STATION,), (RESPONSE,))),
    "de6-neg-verein": Case(
        "de", "Der chinesische Kulturverein in Düsseldorf feierte das Frühlingsfest.",
        forbid=((STATION,),)),
    "de6-neg-falls": Case(
        "de", "Falls es in Österreich eine chinesische Polizeistation gäbe, würde sie "
        "geschlossen.",
        forbid=((STATION, "AT"), (RESPONSE,))),
}

DUTCH = {
    "nl6-politiebureaus": Case(
        "nl", "Volgens de onderzoekers had China twee geheime politiebureaus in Nederland, in "
        "Amsterdam en Rotterdam.",
        ((STATION, "NL", "Amsterdam", YES), (STATION, "NL", "Rotterdam", YES),
         (COUNT, "stations", 2, "NL"))),
    "nl6-servicestation": Case(
        "nl", "Het zogenoemde servicestation in Den Haag zou onder de politie van Lishui vallen.",
        ((STATION, "NL", "The Hague", YES),)),
    "nl6-steunpunt-groningen": Case(
        "nl", "In Groningen bestaat volgens RTL Nieuws een steunpunt van de Chinese politie.",
        ((STATION, "NL", "Groningen", YES),)),
    "nl6-eindhoven": Case(
        "nl", "Ook in Eindhoven zou een Chinese politiepost actief zijn geweest.",
        ((STATION, "NL", "Eindhoven", YES),)),
    "nl6-split": Case(
        "nl", "Onderzoekers vonden drie Chinese politieposten: twee in Amsterdam, één in "
        "Rotterdam.",
        ((STATION, "NL", "Amsterdam", YES), (STATION, "NL", "Rotterdam", YES))),
    "nl6-neg-tientallen": Case(
        "nl", "Wereldwijd zijn er volgens de organisatie tientallen Chinese politieposten.",
        forbid=((COUNT, "stations", 10),)),
    "nl6-response-kamerbrief": Case(
        "nl", "In een Kamerbrief schrijft de minister dat de politie onderzoek doet naar de "
        "Chinese politieposten in Rotterdam.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl6-response-geen-aanwijzingen": Case(
        "nl", "Het Openbaar Ministerie zegt geen aanwijzingen te hebben gevonden voor strafbare "
        "feiten bij het Chinese politiebureau in Amsterdam.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),)),
    "nl6-response-sluiten": Case(
        "nl", "Het kabinet liet de twee Chinese politieposten in Nederland sluiten.",
        ((RESPONSE, "NL", "closure", YES),)),
    "nl6-response-ontboden": Case(
        "nl", "De Chinese ambassadeur is door Buitenlandse Zaken ontboden over de Chinese "
        "politieposten in Nederland.",
        ((RESPONSE, "NL", "protest", YES),)),
    "nl6-response-aangehouden": Case(
        "nl", "De politie heeft in Rotterdam een man aangehouden die betrokken zou zijn bij de "
        "Chinese politiepost.",
        ((RESPONSE, "NL", "arrest", YES),)),
    "nl6-response-kamervragen": Case(
        "nl", "In antwoord op Kamervragen meldt de regering dat de AIVD de Chinese politieposten "
        "onderzoekt.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl6-incident-case": Case(
        "nl", "Een Chinese student in Utrecht werd naar eigen zeggen door de politiepost onder "
        "druk gezet om terug te keren naar China.",
        ((INCIDENT, "persuasion", "NL"),)),
    "nl6-neg-incident-generic": Case(
        "nl", "Zulke politieposten worden gebruikt om dissidenten over te halen terug te keren "
        "naar China.",
        forbid=((INCIDENT,),)),
    "nl6-agreement-patrouilles": Case(
        "nl", "China en Servië sloten een akkoord over gezamenlijke patrouilles van de politie.",
        ((AGREEMENT, "RS", "joint_patrol"),)),
    "nl6-denial-uitleg": Case(
        "nl", "Er zijn Chinese politieposten in Nederland gevonden. China noemt de locaties dienstverleningscentra waar vrijwilligers helpen bij het "
        "verlengen van rijbewijzen.",
        ((DENIAL, "CN"),)),
    "nl6-denial-ontkent": Case(
        "nl", "De Chinese ambassade ontkent dat er Chinese politiebureaus in Nederland zijn.",
        ((DENIAL, "CN"),)),
    "nl6-neg-local": Case(
        "nl", "Het politiebureau in Utrecht is vanwege een verbouwing gesloten.",
        forbid=((STATION,), (RESPONSE,))),
    "nl6-neg-vereniging": Case(
        "nl", "De Chinese vereniging in Den Haag organiseert lessen in kalligrafie.",
        forbid=((STATION,),)),
    "nl6-neg-als": Case(
        "nl", "Als er een Chinese politiepost in Groningen zou zijn, zou de burgemeester die "
        "sluiten.",
        forbid=((STATION,), (RESPONSE,))),
}

CHINESE = {
    "zh6-neg-shushi": Case(
        "zh", "报道称，中国在欧洲设有数十个海外警务服务站。",
        forbid=((COUNT, "stations", 10),)),
    "zh6-count-yubai": Case(
        "zh", "该组织称，中国已在五十三个国家设立逾百个海外警察站。",
        ((COUNT, "countries", 53, None),), forbid=((COUNT, "stations", 1),)),
    "zh6-station-prague": Case(
        "zh", "福州市公安局在布拉格设立了一个海外警务服务站。",
        ((STATION, "CZ", "Prague", YES),)),
    "zh6-trad-vancouver": Case(
        "zh-Hant", "報導指出，溫哥華也有一處由福州警方設立的海外警察站。",
        ((STATION, "CA", "Vancouver", YES),)),
    "zh6-trad-markham-rcmp": Case(
        "zh-Hant", "加拿大皇家騎警正在調查萬錦市的兩處海外警察站。",
        ((STATION, "CA", "Markham", YES), (RESPONSE, "CA", "investigation", YES))),
    "zh6-trad-count": Case(
        "zh-Hant", "報告稱，加拿大境內至少有三個海外警察站，其中兩個設在萬錦市。",
        ((COUNT, "stations", 3, "CA"), (STATION, "CA", "Markham", YES))),
    "zh6-response-fbi": Case(
        "zh", "美国联邦调查局逮捕了两名涉嫌在纽约经营中国秘密警察站的男子。",
        ((RESPONSE, "US", "arrest", YES),)),
    "zh6-response-closure": Case(
        "zh", "荷兰外交部已下令关闭这两个所谓的海外警察站。",
        ((RESPONSE, "NL", "closure", YES),)),
    "zh6-response-summons": Case(
        "zh", "爱尔兰外交部召见中国大使，就海外服务站问题表达关切。",
        ((RESPONSE, "IE", "protest", YES),)),
    "zh6-agreement-patrol": Case(
        "zh", "2019年，中国警察与克罗地亚警方在萨格勒布开展联合巡逻。",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "zh6-agreement-mou": Case(
        "zh", "塞尔维亚也有海外警察站。中国公安部与塞尔维亚内务部签署了警务合作协议。",
        ((AGREEMENT, "RS", "security_agreement"),)),
    "zh6-denial-zixuwuyou": Case(
        "zh", "外交部发言人汪文斌表示，所谓海外警察站纯属子虚乌有。",
        ((DENIAL, "CN"),)),
    "zh6-denial-explanation": Case(
        "zh", "中国驻荷兰大使馆回应称，这些站点只是帮助海外侨胞办理驾照换证等事务的服务点。",
        ((DENIAL, "CN"),)),
    "zh6-denial-transcript": Case(
        "zh", "问：据报道，中国在加拿大设立海外警察站。你对此有何回应？答：我们注意到有关报道，"
        "这纯属捏造。",
        ((DENIAL, "CN"),)),
    "zh6-incident-case": Case(
        "zh", "一名居住在伦敦的异见人士称，海外警察站工作人员曾多次骚扰他。",
        ((INCIDENT, "harassment", "GB"),)),
    "zh6-neg-tongxianghui": Case(
        "zh", "温州同乡会在米兰举办了春节联欢晚会。",
        forbid=((STATION,),)),
    "zh6-neg-local-police": Case(
        "zh", "一名中国游客在巴黎警察局报案称钱包被盗。",
        forbid=((STATION,), (RESPONSE,))),
    "zh6-neg-ruguo": Case(
        "zh", "如果中国在爱尔兰设立警察站，爱尔兰政府将予以关闭。",
        forbid=((STATION,), (RESPONSE,))),
}

ENGLISH = {
    "en6-station-operator": Case(
        "en", "Investigators say the Fuzhou public security bureau set up an outpost in a New "
        "York office building.",
        ((STATION, "US", "New York", YES),)),
    "en6-neg-two-dozen-not-two": Case(
        "en", "The group has now identified two dozen Chinese police stations in Europe.",
        forbid=((COUNT, "stations", 2),)),
    "en6-split": Case(
        "en", "Of the Chinese police stations in Canada, three are in the Greater Toronto Area "
        "and one in Vancouver.",
        ((STATION, "CA", "Vancouver", YES),)),
    "en6-response-rcmp": Case(
        "en", "The RCMP said it is investigating reports of Chinese police stations in Quebec.",
        ((RESPONSE, "CA", "investigation", YES),)),
    "en6-response-met": Case(
        "en", "The Metropolitan Police confirmed it is assessing the claims about a Chinese "
        "police station in Croydon.",
        ((RESPONSE, "GB", "investigation", YES),)),
    "en6-response-charged": Case(
        "en", "Federal prosecutors charged two men with acting as agents of China in connection "
        "with a police station in Manhattan.",
        ((RESPONSE, "US", "arrest", YES),)),
    "en6-response-no-evidence": Case(
        "en", "Irish police said they found no evidence of criminal activity at the alleged "
        "Chinese police station in Dublin.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),)),
    "en6-response-ordered-close": Case(
        "en", "Ireland ordered the Chinese police station in Dublin to close.",
        ((RESPONSE, "IE", "closure", YES),)),
    "en6-response-summoned": Case(
        "en", "The Dutch foreign ministry summoned China's ambassador over the police stations.",
        ((RESPONSE, "NL", "protest", YES),)),
    "en6-incident-case": Case(
        "en", "A man living in Toronto says officers from the Chinese police station pressured "
        "him to return to China.",
        ((INCIDENT, "persuasion", "CA"),)),
    "en6-neg-incident-generic": Case(
        "en", "Such police stations are allegedly used to persuade dissidents to go back to "
        "China.",
        forbid=((INCIDENT,),)),
    "en6-agreement-patrol": Case(
        "en", "Chinese officers joined Italian police on patrols in Rome and Milan in 2016.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "en6-agreement-mou": Case(
        "en", "Budapest hosts a Chinese police station. Hungary and China signed a memorandum of understanding on police cooperation.",
        ((AGREEMENT, "HU", "security_agreement"),)),
    "en6-denial-explanation": Case(
        "en", "Chinese police stations have been reported in Canada. Beijing says the sites are run by volunteers who help Chinese nationals renew "
        "driving licences.",
        ((DENIAL, "CN"),)),
    "en6-denial-rejects": Case(
        "en", "China's embassy in Ottawa rejected the accusations about police stations as "
        "groundless.",
        ((DENIAL, "CN"),)),
    "en6-denial-so-called": Case(
        "en", "A Chinese embassy spokesman said the so-called police stations simply do not "
        "exist.",
        ((DENIAL, "CN"),)),
    "en6-neg-local": Case(
        "en", "The police station in Leeds will close next year as part of budget cuts.",
        forbid=((STATION,), (RESPONSE,))),
    "en6-neg-association": Case(
        "en", "The Chinese Students and Scholars Association in Manchester held a film night.",
        forbid=((STATION,),)),
    "en6-neg-if": Case(
        "en", "If a Chinese police station were found in Auckland, it would be shut down.",
        forbid=((STATION,), (RESPONSE,))),
}

#: A seventh set: short articles of two or three sentences, where the fact's parts stand in
#: different sentences (the station in one, the response or case in the next), written
#: before the changes that follow it (26 of 29 passed before; the two added after the
#: change test its new words).
ARTICLES = {
    "en7-rcmp-next-sentence": Case(
        "en", "Reports say a Chinese police station operated out of a home in Brossard. The "
        "RCMP confirmed on Thursday that it had opened an investigation.",
        ((STATION, "CA", "Brossard", YES), (RESPONSE, "CA", "investigation", YES))),
    "en7-fbi-searched": Case(
        "en", "The Chinese police outpost occupied a floor of an office block in Manhattan's Chinatown, "
        "prosecutors said. FBI agents searched the premises last autumn.",
        ((RESPONSE, "US", "investigation", YES),), forbid=((RESPONSE, "US", "arrest"),)),
    "en7-charging": Case(
        "en", "Washington has acted against the Chinese police stations, charging two men in "
        "Manhattan last spring.",
        ((RESPONSE, "US", "arrest", YES),)),
    "en7-guilty-plea": Case(
        "en", "A New York man pleaded guilty to conspiring to act as an agent of China by "
        "helping to run a secret police station in Manhattan.",
        ((RESPONSE, "US", "arrest", YES), (STATION, "US", "Manhattan", YES))),
    "en7-closed-since": Case(
        "en", "Safeguard Defenders reported a Chinese police station in Dublin last year. The "
        "Irish government says it has since closed.",
        ((STATION, "IE", "Dublin", YES), (RESPONSE, "IE", "closure", YES))),
    "en7-summoned-envoy": Case(
        "en", "Chinese police stations in the Netherlands drew an angry reaction. The Dutch "
        "government summoned China's envoy and said the sites were illegal.",
        ((RESPONSE, "NL", "protest", YES),)),
    "en7-incident-followed": Case(
        "en", "A Chinese police station has operated in Rotterdam since 2018. A dissident living "
        "in the city said she was followed and received threatening calls.",
        ((INCIDENT, "harassment", "NL"),)),
    "en7-incident-family": Case(
        "en", "Wang, a student in London, said officers linked to the Chinese police station "
        "contacted his parents in China and pressured him to come home.",
        ((INCIDENT, "persuasion", "GB"),)),
    "en7-incident-lured": Case(
        "en", "According to the report, a fugitive living in Serbia was persuaded to return to "
        "China in 2020 with help from a Chinese police station.",
        ((INCIDENT, "persuasion", "RS"),)),
    "en7-denial-answer": Case(
        "en", "Q: Are there Chinese police stations in Ireland? A: These claims are groundless "
        "and we reject them.",
        ((DENIAL, "CN"),)),
    "en7-neg-incident-purpose": Case(
        "en", "Critics say the Chinese police stations exist to intimidate dissidents and "
        "track critics of Beijing abroad.",
        forbid=((INCIDENT,),)),
    "en7-denial-transcript": Case(
        "en", "Q: Reports say China runs police stations in Ireland. What is your comment? "
        "A: I am not aware of the situation you mentioned. China firmly opposes these "
        "groundless accusations.",
        ((DENIAL, "CN"),)),
    "en7-neg-local-arrest": Case(
        "en", "Chinese police stations abroad are in the news. In an unrelated case, police in "
        "Leeds arrested a man for shoplifting.",
        forbid=((RESPONSE, "GB", "arrest"),)),
    "de7-lka-naechster-satz": Case(
        "de", "Auch in Frankfurt soll eine chinesische Polizeistation betrieben worden sein. "
        "Das Landeskriminalamt Hessen ermittelt.",
        ((STATION, "DE", "Frankfurt am Main", YES), (RESPONSE, "DE", "investigation", YES))),
    "de7-geschlossen-worden": Case(
        "de", "Die chinesische Polizeistation in Dublin ist nach Angaben der irischen Regierung "
        "inzwischen geschlossen worden.",
        ((RESPONSE, "IE", "closure", YES), (STATION, "IE", "Dublin", YES))),
    "de7-fall-bedroht": Case(
        "de", "In Frankfurt soll eine chinesische Polizeistation existieren. Ein Aktivist "
        "berichtet, er sei dort bedroht und eingeschüchtert worden.",
        ((INCIDENT, "harassment", "DE"),)),
    "de7-rueckkehr-fall": Case(
        "de", "Nach Angaben der Organisation wurde ein Geschäftsmann in Madrid über die "
        "Polizeistation zur Rückkehr nach China gedrängt.",
        ((INCIDENT, "persuasion", "ES"),)),
    "de7-dementi-aussenamt": Case(
        "de", "Über chinesische Polizeistationen in Europa wird viel berichtet. Das chinesische "
        "Außenministerium wies die Vorwürfe als haltlos zurück.",
        ((DENIAL, "CN"),)),
    "de7-nur-verwaltung": Case(
        "de", "Über chinesische Polizeistationen in Europa wird viel berichtet. Peking zufolge "
        "handelt es sich lediglich um Anlaufstellen für Verwaltungsdienste.",
        ((DENIAL, "CN"),)),
    "de7-streifen-italien": Case(
        "de", "Chinesische Polizisten patrouillierten 2016 gemeinsam mit italienischen "
        "Carabinieri in Rom und Mailand.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "nl7-om-onderzoek": Case(
        "nl", "In Rotterdam zat volgens onderzoekers een Chinese politiepost. Het Openbaar "
        "Ministerie is een onderzoek gestart.",
        ((STATION, "NL", "Rotterdam", YES), (RESPONSE, "NL", "investigation", YES))),
    "nl7-minister-sluiten": Case(
        "nl", "Minister Hoekstra van Buitenlandse Zaken heeft de Chinese ambassade opgedragen de "
        "politieposten in Amsterdam en Rotterdam direct te sluiten.",
        ((RESPONSE, "NL", "closure", YES),)),
    "nl7-bedreigd": Case(
        "nl", "Een Chinese dissident in Amsterdam zegt dat hij via de politiepost is bedreigd "
        "en onder druk gezet om terug te keren.",
        ((INCIDENT, "harassment", "NL"), (INCIDENT, "persuasion", "NL"))),
    "nl7-ontkenning": Case(
        "nl", "Het bestaan van Chinese politieposten in Nederland leidt tot ophef. De Chinese "
        "ambassade noemt de berichtgeving ongegrond.",
        ((DENIAL, "CN"),)),
    "nl7-patrouilles": Case(
        "nl", "Chinese agenten liepen in 2019 samen met Kroatische collega's patrouilles in "
        "Zagreb.",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "zh7-trad-closure": Case(
        "zh-Hant", "愛爾蘭政府已下令關閉位於都柏林的中國海外警察站。",
        ((RESPONSE, "IE", "closure", YES), (STATION, "IE", "Dublin", YES))),
    "zh7-trad-arrest": Case(
        "zh-Hant", "美國司法部起訴兩名男子，指控他們在紐約曼哈頓經營中國秘密警察站。",
        ((RESPONSE, "US", "arrest", YES),)),
    "zh7-trad-denial": Case(
        "zh-Hant", "中國外交部發言人表示，所謂「海外警察站」根本不存在。",
        ((DENIAL, "CN"),)),
    "zh7-harass": Case(
        "zh", "据报道，一名旅居荷兰的中国异见人士称，鹿特丹的海外警察站人员曾威胁其家人。",
        ((INCIDENT, "harassment", "NL"),)),
    "zh7-persuade-case": Case(
        "zh", "福清市公安局海外服务站成立后，已成功劝返一名在西班牙的犯罪嫌疑人回国投案。",
        ((INCIDENT, "persuasion", "ES"),)),
    "zh7-neg-purpose": Case(
        "zh", "批评者认为，这些海外警察站的目的是监视和恐吓海外异见人士。",
        forbid=((INCIDENT,),)),
}

#: Words added after reading whole articles (each case fails without its word).
ARTICLE_WORDS = {
    "nl8-neg-onderzoek-van-media": Case(
        "nl", "China heeft in Nederland twee Chinese politieposten geopend. Dat blijkt uit "
        "onderzoek van RTL Nieuws.",
        forbid=((RESPONSE, "NL", "investigation"),)),
    "nl8-druk-werd-gezet": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. Een dissident vertelt dat hij door "
        "de post onder druk werd gezet.",
        ((INCIDENT, "harassment", "NL"),)),
    "nl8-terug-te-gaan": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. Een student werd door de post "
        "gebeld met de boodschap naar China terug te gaan.",
        ((INCIDENT, "persuasion", "NL"),)),
    "de8-damit-er-zurueckkehre": Case(
        "de", "In Frankfurt soll eine chinesische Polizeistation existieren. Ein Kritiker "
        "berichtet, man habe seine Eltern angerufen, damit er nach China zurückkehre.",
        ((INCIDENT, "persuasion", "DE"),)),
    "de8-prueften": Case(
        "de", "In Frankfurt soll eine chinesische Polizeistation existieren. Die "
        "Sicherheitsbehörden prüften die Hinweise.",
        ((RESPONSE, "DE", "investigation", YES),)),
    "en8-neg-investigative": Case(
        "en", "Investigative journalists found a Chinese police station in Dublin.",
        forbid=((RESPONSE,),)),
    "en8-neg-investigation-by-ngo": Case(
        "en", "A Chinese police station in Dublin was revealed in an investigation by "
        "Safeguard Defenders.",
        forbid=((RESPONSE,),)),
    "en8-warned": Case(
        "en", "There is a Chinese police station in Toronto. A man linked to it visited a "
        "critic and warned him to stop speaking out.",
        ((INCIDENT, "harassment", "CA"),)),
    "de8-zweier-stationen": Case(
        "de", "China soll in Europa Polizeistationen betreiben. Das Bundesinnenministerium "
        "nimmt die Berichte ernst. In den Niederlanden hat die Regierung die Schließung "
        "zweier Stationen in Amsterdam und Rotterdam angeordnet.",
        ((STATION, "NL", "Amsterdam", YES), (STATION, "NL", "Rotterdam", YES),
         (RESPONSE, "NL", "closure", YES))),
    "de8-neg-stationen-zug": Case(
        "de", "China soll in Europa Polizeistationen betreiben. Der Zug hält an allen "
        "Stationen zwischen Mailand und Rom.",
        forbid=((STATION, "IT"),)),
    "zh8-fanhui-zhongguo": Case(
        "zh", "多伦多的海外警察站曾试图劝说当地华人返回中国。",
        ((INCIDENT, "persuasion", "CA"),)),
    "zh8-neg-ngo-country": Case(
        "zh", "西班牙人权组织发布报告称，中国在53个国家设立了102个海外警务服务站。",
        forbid=((STATION, "ES"),)),
    "nl8-laten-weten": Case(
        "nl", "Er zijn Chinese politieposten in Nederland. Het kabinet heeft de Chinese "
        "ambassadeur laten weten dat dit niet wordt geaccepteerd.",
        ((RESPONSE, "NL", "protest", YES),)),
    "nl8-gesprekken-gevoerd": Case(
        "nl", "Er zijn Chinese politieposten in Nederland. De politie heeft gesprekken gevoerd "
        "met de betrokkenen.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "de8-niederlanden": Case(
        "de", "Chinesische Polizeistationen gibt es laut dem Bericht auch in den Niederlanden, "
        "den Vereinigten Staaten und dem Vereinigten Königreich.",
        ((STATION, "NL", None, YES), (STATION, "US", None, YES), (STATION, "GB", None, YES))),
    "de8-niederlanden-response": Case(
        "de", "In den Niederlanden ordnete die Regierung die Schließung der chinesischen "
        "Polizeistationen an.",
        ((RESPONSE, "NL", "closure", YES),)),
    "zh8-neg-110-name": Case(
        "zh", "报告称，福州市公安局在21个国家设立了30个海外110服务站。",
        ((COUNT, "stations", 30, None), (COUNT, "countries", 21, None)),
        forbid=((COUNT, "stations", 110),)),
    "en8-neg-110-name": Case(
        "en", "Fuzhou police set up 30 '110 Overseas' police service stations in 21 countries.",
        ((COUNT, "stations", 30, None),), forbid=((COUNT, "stations", 110),)),
    "de8-neg-110-name": Case(
        "de", "Die Polizei von Fuzhou betreibt 30 sogenannte 110-Übersee-Polizeistationen in "
        "21 Ländern.",
        ((COUNT, "stations", 30, None),), forbid=((COUNT, "stations", 110),)),
    "en8-110-figure": Case(
        "en", "Safeguard Defenders counted 110 Chinese police stations.",
        ((COUNT, "stations", 110, None),)),
    "en8-told-to-cease": Case(
        "en", "There is a Chinese police station in Dublin. The Irish government says the "
        "station was told to cease operations.",
        ((RESPONSE, "IE", "closure", YES),)),
    "en8-looking-at": Case(
        "en", "There is a Chinese police station in Dublin. Gardaí are looking at the matter.",
        ((RESPONSE, "IE", "investigation", YES),)),
    "en8-raised-with": Case(
        "en", "There is a Chinese police station in Dublin. The Department of Foreign Affairs "
        "raised the matter with the Chinese embassy.",
        ((RESPONSE, "IE", "protest", YES),)),
    "en8-custody": Case(
        "en", "There is a Chinese police station in Dublin. Two men linked to it were taken "
        "into custody.",
        ((RESPONSE, "IE", "arrest", YES),)),
    "en8-neg-detained-in-china": Case(
        "en", "There is a Chinese police station in Madrid. A man returned after his brother "
        "was detained by police in his home town.",
        forbid=((RESPONSE, "ES", "arrest"),)),
    "en8-followed-home": Case(
        "en", "There is a Chinese police station in Toronto. "
        "A Chinese student said staff there followed her home.",
        ((INCIDENT, "surveillance", "CA"),)),
    "en8-photographed": Case(
        "en", "There is a Chinese police station in Toronto. "
        "Members of the community said they were watched and photographed at protests.",
        ((INCIDENT, "surveillance", "CA"),)),
    "en8-collected-information": Case(
        "en", "There is a Chinese police station in Toronto. "
        "Volunteers at the station reportedly collected information on local dissidents.",
        ((INCIDENT, "surveillance", "CA"),)),
    "en8-family-would-suffer": Case(
        "en", "There is a Chinese police station in Toronto. "
        "One man said he was told his family in China would suffer if he kept protesting.",
        ((INCIDENT, "harassment", "CA"),)),
    "en8-received-threats": Case(
        "en", "There is a Chinese police station in Toronto. "
        "A woman said she had received threats after criticising the Communist Party.",
        ((INCIDENT, "harassment", "CA"),)),
    "en8-parents-visited": Case(
        "en", "There is a Chinese police station in Toronto. "
        "Her parents in Fujian were visited by police, she said.",
        ((INCIDENT, "harassment", "CA"),)),
    "en8-coerced-into-returning": Case(
        "en", "There is a Chinese police station in Toronto. "
        "Safeguard Defenders documented the case of a man who was coerced into returning.",
        ((INCIDENT, "persuasion", "CA"),)),
    "en8-convinced-go-home": Case(
        "en", "There is a Chinese police station in Toronto. "
        "The station tracked down a fugitive and convinced him to go home.",
        ((INCIDENT, "persuasion", "CA"),)),
    "en8-neg-collect-purpose": Case(
        "en", "There is a Chinese police station in Toronto. Such stations are used to collect "
        "information on dissidents.",
        forbid=((INCIDENT,),)),
    "de8-gefolgt": Case(
        "de", "In Frankfurt gibt es eine chinesische Polizeistation. "
        "Eine Studentin berichtet, Mitarbeiter seien ihr bis nach Hause gefolgt.",
        ((INCIDENT, "surveillance", "DE"),)),
    "de8-gefilmt": Case(
        "de", "In Frankfurt gibt es eine chinesische Polizeistation. "
        "Demonstranten wurden nach eigenen Angaben fotografiert und gefilmt.",
        ((INCIDENT, "surveillance", "DE"),)),
    "de8-informationen-gesammelt": Case(
        "de", "In Frankfurt gibt es eine chinesische Polizeistation. "
        "Die Station soll Informationen über Dissidenten gesammelt haben.",
        ((INCIDENT, "surveillance", "DE"),)),
    "de8-eltern-aufgesucht": Case(
        "de", "In Frankfurt gibt es eine chinesische Polizeistation. "
        "Seine Eltern in Fujian seien von der Polizei aufgesucht worden.",
        ((INCIDENT, "harassment", "DE"),)),
    "de8-familie-bestraft": Case(
        "de", "In Frankfurt gibt es eine chinesische Polizeistation. "
        "Ihre Familie in China werde bestraft, wenn sie weiter protestiere, habe man ihr gesagt.",
        ((INCIDENT, "harassment", "DE"),)),
    "nl8-naar-huis-gevolgd": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. "
        "Een student zegt dat medewerkers haar naar huis zijn gevolgd.",
        ((INCIDENT, "surveillance", "NL"),)),
    "nl8-gefilmd": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. "
        "Demonstranten werden gefotografeerd en gefilmd.",
        ((INCIDENT, "surveillance", "NL"),)),
    "nl8-informatie-verzameld": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. "
        "De post zou informatie over dissidenten hebben verzameld.",
        ((INCIDENT, "surveillance", "NL"),)),
    "nl8-ouders-bezoek": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. "
        "Zijn ouders in Fujian kregen bezoek van de politie.",
        ((INCIDENT, "harassment", "NL"),)),
    "de8-neg-eltern-no-investigation": Case(
        "de", "In Frankfurt gibt es eine chinesische Polizeistation. Seine Eltern in Fujian "
        "seien von der Polizei aufgesucht worden.",
        forbid=((RESPONSE, "DE", "investigation"),)),
    "zh8-paizhao": Case(
        "zh", "多伦多有一个中国海外警察站。有抗议者称在集会时被拍照和录像。",
        ((INCIDENT, "surveillance", "CA"),), forbid=((RESPONSE, "CA", "protest"),)),
    "zh8-fumu-yuetan": Case(
        "zh", "多伦多有一个中国海外警察站。他在福建的父母曾被当地警方约谈。",
        ((INCIDENT, "harassment", "CA"),), forbid=((RESPONSE, "CA", "investigation"),)),
    "zh8-beipo-fanhui": Case(
        "zh", "多伦多有一个中国海外警察站。一名异见人士被迫返回中国。",
        ((INCIDENT, "forced_return", "CA"),)),
    "zh8-jingfang-yuetan": Case(
        "zh", "鹿特丹有一个中国海外警察站。荷兰警方约谈了站点负责人。",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl8-aivd-in-de-gaten": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. De AIVD houdt de posten in de gaten.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "nl8-neg-in-de-gaten-te-houden": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. Volgens de AIVD gebruikt China "
        "posten om critici in de gaten te houden.",
        forbid=((RESPONSE,), (INCIDENT,))),
    "nl8-inmiddels-dicht": Case(
        "nl", "Er is een Chinese politiepost in Rotterdam. De posten zijn inmiddels dicht.",
        ((RESPONSE, "NL", "closure", YES),)),
    "en8-monitoring": Case(
        "en", "There is a Chinese police station in Glasgow. Police Scotland said officers were "
        "monitoring the situation.",
        ((RESPONSE, "GB", "investigation", YES),)),
    "en8-keeping-watch": Case(
        "en", "There is a Chinese police station in Glasgow. MI5 is keeping a close watch on "
        "the premises.",
        ((RESPONSE, "GB", "investigation", YES),)),
    "en8-neg-monitoring-dissidents": Case(
        "en", "There is a Chinese police station in Glasgow. Chinese officers there were "
        "monitoring dissidents.",
        forbid=((RESPONSE,),)),
    "de8-beobachtet": Case(
        "de", "In Frankfurt gibt es eine chinesische Polizeistation. Der Verfassungsschutz "
        "beobachtet die Station.",
        ((RESPONSE, "DE", "investigation", YES),)),
    "zh8-spokesperson-by-name": Case(
        "zh", "都柏林有一个中国海外警察站。汪文斌说，这纯属捏造。",
        ((DENIAL, "CN"),)),
    "zht8-spokesperson-by-name": Case(
        "zh-Hant", "都柏林有一個中國海外警察站。趙立堅說，這純屬捏造。",
        ((DENIAL, "CN"),)),
    "en8-spokesperson-by-name": Case(
        "en", "There is a Chinese police station in Dublin. Hua Chunying said the reports were "
        "lies.",
        ((DENIAL, "CN"),)),
    "zh8-zhongxiong-liangguo": Case(
        "zh", "欧洲出现中国海外警察站。中匈两国警方开展联合巡逻。",
        ((AGREEMENT, "HU", "joint_patrol"),)),
    "zh8-zhongsai-jingwu": Case(
        "zh", "欧洲出现中国海外警察站。中塞警务联合巡逻在贝尔格莱德启动。",
        ((AGREEMENT, "RS", "joint_patrol"),)),
    "zht8-zhongke": Case(
        "zh-Hant", "歐洲出現中國海外警察站。中克聯合巡邏今年第三次舉行。",
        ((AGREEMENT, "HR", "joint_patrol"),)),
    "zh8-neg-zhongmeizhou": Case(
        "zh", "欧洲出现中国海外警察站。中美洲国家也有类似站点，中英文报道都提到了。",
        forbid=((AGREEMENT,), (STATION, "US"), (STATION, "GB"))),
    "de8-staff-personen": Case(
        "de", "Die chinesische Polizeistation in Hannover wird nach Angaben der Behörden von "
        "drei Personen betrieben.",
        ((COUNT, "staff", 3, "DE"),)),
    "de8-neg-personen-festgenommen": Case(
        "de", "Zwei Personen wurden im Zusammenhang mit der chinesischen Polizeistation in Prag "
        "festgenommen.",
        ((RESPONSE, "CZ", "arrest", YES),), forbid=((COUNT, "staff"),)),
    "de8-returns-relative-clause": Case(
        "de", "Von 230.000 Menschen, die zur Rückkehr bewegt wurden, ist im Bericht über "
        "chinesische Polizeistationen die Rede.",
        ((COUNT, "returns", 230000, None),)),
    "nl8-staff-gerund": Case(
        "nl", "De Chinese politiepost in Rotterdam werd door twee personen gerund.",
        ((COUNT, "staff", 2, "NL"),)),
    "nl8-posten-gevestigd-in": Case(
        "nl", "Er zijn Chinese politieposten in Nederland. De posten zijn gevestigd in "
        "Amsterdam en Rotterdam.",
        ((STATION, "NL", "Amsterdam", YES), (STATION, "NL", "Rotterdam", YES))),
    "nl8-neg-ngo-gevestigd-in": Case(
        "nl", "Volgens Safeguard Defenders, gevestigd in Madrid, heeft China politieposten in "
        "Rotterdam.",
        forbid=((STATION, "ES"),)),
    "en8-stations-based-in": Case(
        "en", "China runs police stations in Canada. The stations, based in Toronto, opened in "
        "2018.",
        ((STATION, "CA", "Toronto", YES),)),
    "de8-betroffen-etwa": Case(
        "de", "Chinesische Polizeistationen gibt es in mehreren Ländern. Betroffen sind etwa "
        "Prag, Budapest und Wien.",
        ((STATION, "CZ", "Prague", YES), (STATION, "HU", "Budapest", YES),
         (STATION, "AT", "Vienna", YES))),
    "en8-and-closed-after": Case(
        "en", "The Chinese police outpost in Manhattan, on the third floor of an office "
        "building, was opened in early 2022 and closed after the FBI searched it.",
        ((RESPONSE, "US", "closure", YES),)),
    "en8-neg-shop-closed": Case(
        "en", "There is a Chinese police station in Dublin. The shop opened in 2020 and closed "
        "after a year.",
        forbid=((RESPONSE, "IE", "closure"),)),
    "en8-helped-locate": Case(
        "en", "There is a Chinese police station in Manhattan. Prosecutors said it helped the "
        "Ministry of Public Security locate a pro-democracy activist living in California.",
        ((INCIDENT, "surveillance", "US"),)),
    "en8-neg-help-find-doctor": Case(
        "en", "There is a Chinese police station in Dublin. Volunteers help residents find a "
        "doctor.",
        forbid=((INCIDENT,),)),
    "zht8-neg-hq-country-city": Case(
        "zh-Hant", "總部位於西班牙馬德里的人權組織今天發布報告，指出中國在鹿特丹設有海外警務服務站。",
        ((STATION, "NL", "Rotterdam", YES),), forbid=((STATION, "ES"),)),
    "zh8-neg-city-de-ngo": Case(
        "zh", "马德里的人权组织发布报告称，中国在鹿特丹设有海外警察站。",
        ((STATION, "NL", "Rotterdam", YES),), forbid=((STATION, "ES"),)),
    "zh8-neg-report": Case(
        "zh", "保护卫士发布调查报告称，中国在都柏林设有海外警察站。",
        forbid=((RESPONSE,),)),
}

ALL = {**GERMAN, **DUTCH, **CHINESE, **ENGLISH, **ARTICLES, **ARTICLE_WORDS}

#: Figures given roughly: read with their value and marked approximate (no exact count fact
#: is made of them, as of "more than 100"), never as another figure ("数十" is not 10).
ROUGH_FIGURES = [
    ("de", "Rund vierzig solcher Polizeistationen", "vierzig", 40),
    ("de", "ein Dutzend chinesische Polizeibüros", "ein Dutzend", 12),
    ("de", "zwei Dutzend Polizeistationen", "zwei Dutzend", 24),
    ("en", "two dozen police stations", "two dozen", 24),
    ("en", "a dozen police stations", "a dozen", 12),
    ("nl", "ruim honderd Chinese politieposten", "honderd", 100),
    ("nl", "twee dozijn politieposten", "twee dozijn", 24),
    ("zh", "设立逾百个海外警察站", "百", 100),
    ("zh", "海外服务站已有五十余个", "五十余", 50),
]
NOT_FIGURES = [
    ("zh", "中国在欧洲设有数十个海外警务服务站"),
    ("zh", "几十个服务站"),
    ("zh", "数百名侨胞"),
    ("de", "Die Polizei will darauf Acht geben."),
    ("de", "Die Regierung ließ die Stationen außer Acht."),
    ("de", "Man muss sich vor ihnen in Acht nehmen."),
    ("de", "Die Behörden gaben Acht auf die Stationen."),
    ("nl", "Wereldwijd zijn er tientallen Chinese politieposten."),
    ("en", "Dozens of police stations"),
]

#: Cases that need a change of mechanism, not of vocabulary (kept so the gap stays visible).
MECHANISM_GAPS: set[str] = set()  # an arrest for shoplifting is now read as an ordinary crime


@pytest.mark.parametrize(("lang", "text", "raw", "value"), ROUGH_FIGURES)
def test_rough_figure_read_as_approximation(lang: str, text: str, raw: str, value: int) -> None:
    found = [(n.raw, n.value, n.approximate) for n in find_numbers(text, lang)]
    assert (raw, value, True) in found, found


@pytest.mark.parametrize(("lang", "text"), NOT_FIGURES)
def test_no_figure_in_rough_sizes_and_idioms(lang: str, text: str) -> None:
    assert find_numbers(text, lang) == []


def test_numeral_eight_still_read() -> None:
    assert [n.value for n in find_numbers("Die Behörden zählten acht Polizeistationen.", "de")] == [8]
    assert [n.value for n in find_numbers("Acht Polizeistationen wurden gezählt.", "de")] == [8]
    assert [n.value for n in find_numbers("总数十二个", "zh")] == [12]


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="mechanism"))
     if name in MECHANISM_GAPS else name for name in ALL],
)
def test_reporting_paraphrase(name: str) -> None:
    assert_case(ALL[name])


#: Agencies that act or claim: the fact names the body, and a response is its state's act
#: even when the station's place is in another country.
AGENCY_CLAIMS = [
    ("de", "Das BKA ermittelt gegen eine chinesische Polizeistation in Wien.",
     ("response", "DE", "investigation", YES), "German Federal Criminal Police Office"),
    ("de", "Das Landeskriminalamt prüft Hinweise auf eine chinesische Polizeistation in Basel.",
     ("response", "DE", "investigation", YES), "German state criminal police office"),
    ("de", "Der Verfassungsschutz berichtet von einer chinesischen Polizeistation in Hamburg.",
     ("station", "DE", "Hamburg", YES),
     "German Federal Office for the Protection of the Constitution"),
    ("nl", "De AIVD onderzoekt de Chinese politieposten in Rotterdam.",
     ("response", "NL", "investigation", YES), "AIVD"),
    ("nl", "Het Openbaar Ministerie onderzoekt de Chinese politiepost in Amsterdam.",
     ("response", "NL", "investigation", YES), "Dutch Public Prosecution Service"),
    ("en", "The DOJ charged two men over a Chinese police station in Dublin.",
     ("response", "US", "arrest", YES), "US Department of Justice"),
    ("en", "The Met Police is assessing reports about a Chinese police station in Dublin.",
     ("response", "GB", "investigation", YES), "Metropolitan Police"),
    ("en", "The RCMP is investigating Chinese police stations in Montreal.",
     ("response", "CA", "investigation", YES), "RCMP"),
    ("zh", "中国驻荷兰大使馆称，中国在鹿特丹没有所谓警察站，相关报道纯属捏造。",
     ("denial", "CN"), "Chinese embassy"),
    ("zh", "据公安部通报，福州市公安局在海外设立了服务站，其中一个位于布拉格。",
     ("station", "CZ", "Prague", YES), "PRC Ministry of Public Security"),
]


@pytest.mark.parametrize(("lang", "text", "key", "claimant"), AGENCY_CLAIMS)
def test_agency_acts_and_claims(lang: str, text: str, key: Key, claimant: str) -> None:
    facts = {tuple(map(_norm, f.key())): f for f in extract_facts(text, "t.txt", lang)}
    fact = facts.get(tuple(map(_norm, key)))
    assert fact is not None, sorted(facts)
    assert fact.claimant == claimant


#: Station words in the frame of a report ("China runs ... in Hamburg"): each gives the station.
STATION_WORDS = [
    ("de", "Berichten zufolge betreibt China eine Polizei-Anlaufstelle in Hamburg.", "DE", "Hamburg"),
    ("de", "Berichten zufolge betreibt China eine Polizeikontaktstelle in Hamburg.", "DE", "Hamburg"),
    ("de", "Berichten zufolge gibt es ein Büro der chinesischen Polizei in Hamburg.", "DE", "Hamburg"),
    ("de", "Eine Außenstelle der chinesischen Polizei in Hamburg wurde bekannt.", "DE", "Hamburg"),
    ("nl", "Volgens berichten heeft China een overzees politiebureau in Rotterdam.", "NL", "Rotterdam"),
    ("nl", "Er is een meldpunt van de Chinese politie in Rotterdam.", "NL", "Rotterdam"),
    ("nl", "Er zou een post van de Chinese politie in Rotterdam zijn.", "NL", "Rotterdam"),
    ("en", "Reports say China runs an office of the Chinese police in Toronto.", "CA", "Toronto"),
    ("en", "The report describes a branch of China's public security in Toronto.", "CA", "Toronto"),
    ("zh", "据报道，中国在多伦多设有警务服务中心。", "CA", "Toronto"),
]


@pytest.mark.parametrize(("lang", "text", "country", "place"), STATION_WORDS)
def test_station_word(lang: str, text: str, country: str, place: str) -> None:
    found = {tuple(map(_norm, f.key())) for f in extract_facts(text, "t.txt", lang)}
    assert tuple(map(_norm, (STATION, country, place, YES))) in found, found


#: Paragraphs whose language the function words must settle: German written with "in",
#: "er", "zur" (shared with Dutch and English) was read as Dutch, and its words then missed.
PARAGRAPH_LANGUAGES = [
    ("de", "Zwischen April 2021 und Juli 2022 sollen nach chinesischen Angaben 230.000 "
     "Menschen zur Rückkehr bewegt worden sein. Ein in Deutschland lebender Regimekritiker "
     "berichtet, Unbekannte hätten seine Eltern in China unter Druck gesetzt, damit er "
     "zurückkehre."),
    ("de", "Nach Angaben der Organisation wurde ein Geschäftsmann in Madrid über die "
     "Polizeistation zur Rückkehr nach China gedrängt."),
    ("nl", "Een Chinese student in Utrecht werd naar eigen zeggen door de politiepost onder "
     "druk gezet om terug te keren naar China."),
    ("en", "A man living in Toronto says officers from the Chinese police station pressured "
     "him to return to China."),
]


@pytest.mark.parametrize(("lang", "text"), PARAGRAPH_LANGUAGES)
def test_paragraph_language(lang: str, text: str) -> None:
    assert detect_language(text, use_model=False) == lang


def test_german_case_found_without_a_language_hint() -> None:
    text = ("In Frankfurt soll eine chinesische Polizeistation existieren.\n"
            + PARAGRAPH_LANGUAGES[0][1])
    kinds = {(f.kind, f.country) for f in extract_facts(text, "t.txt")}
    assert ("incident", "DE") in kinds


#: The bureau that runs a station, named as German and Dutch reports name it.
OPERATOR_SHAPES = [
    ("de", "Die Polizeibehörde von Wenzhou eröffnete 2018 eine chinesische Polizeistation in "
     "Mailand.", "Milan", "Wenzhou"),
    ("de", "Die Polizeidirektion von Qingtian betreibt eine chinesische Polizeistation in Rom.",
     "Rome", "Qingtian"),
    ("nl", "Het politiekorps van Fuzhou opende een Chinese politiepost in Amsterdam.",
     "Amsterdam", "Fuzhou"),
]


@pytest.mark.parametrize(("lang", "text", "place", "operator"), OPERATOR_SHAPES)
def test_operator_shape(lang: str, text: str, place: str, operator: str) -> None:
    stations = {f.place: f.operator for f in extract_facts(text, "t.txt", lang)
                if f.kind == "station"}
    assert stations.get(place) == operator, stations
