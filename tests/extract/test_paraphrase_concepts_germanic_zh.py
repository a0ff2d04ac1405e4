"""German, Dutch, English and Chinese concepts, checked on paraphrases written for this test.

A seventh set, each case written from a concept in our own words before the change that
follows it: the PRC's security apparatus named without the word "China" (the Ministry or a
bureau of Public Security, "Pekings", "Pekinger"), an ordinary office said to work for such a
bureau, German police compounds with a middle part ("Polizeiservicestelle"), "such" places
counted after the stations were named ("zwei solche Stellen", "dergelijke locaties", 此类站点),
the second of two named by its ordinal ("die zweite", "de tweede", "the second"), Chinese
figures put after the noun ("服务站21个，其中法国3个"), orders to stop operating, denials that
the stations exist at all, and reported cases: a summons "for a talk", relatives visited by
the police, information gathered on critics, a family threatened. Negative cases use the same
words in another sense and must give nothing.

Passed before the change: 19 of 51; after it, all. Then tables whose header names the bureau
column ("Linked bureau", "Betreiber", "Beheerder", 主管公安局), "service points" and a
heading's label ("Annex B.") that is no place: 1 of 7 before, all after. Then a region named
alone as the stations' place ("two sites in Ontario"), knowing where someone lives or whom he
meets, information gathered on people named at length: 2 of 12 before, all after (Dutch
provinces are not in the gazetteer, so the Dutch case places its posts in Ontario). Then the
outpost of a police ("Außenposten der Polizei von …", "Chinese buitenpost"): 1 of 4 before. Then
an inquiry closed is no station closed: 2 of 4 before, 3 after (the Dutch one is a gap). Then a
host's figure after an earlier worldwide one, its source named between verb and figure
("telt er volgens de onderzoekers minstens vier"), and its parts in a region ("twee in de regio
Brussel", "two in the Vancouver area"): 1 of 4 before, all after. Then Chinese
numbered items ("三、", "（四）") that are no figures, a figure after a quoted station noun
("“海外警务联络服务站”14个"), and a figure on the acting state's own soil (境内, "on its
territory"): 5 of 7 before (the four territory cases already passed), all after. Then "the two
countries" ("die beiden Länder", "de twee landen", 中塞两国) as the parties of an accord, no
count of countries: 3 of 5 before, all after. Then PRC missions in the
plural ("the Chinese embassies rejected our findings", "Chinese ambassades"), whose cities are
seats, not stations ("consulates in Sydney and Perth"): 2 of 5 before, all after. Then arrests
in every finite form (arresteerde, hield … aan, verhaftete, 抓获), and a figure that counts the
people of a relative clause ("twee mannen die de post runden"): 1 of 5 before, all after. Then
station nouns a reporter may use, one sentence each ("Anlaufstelle der Polizei",
"politieloket", "police help desk", 海外警察局) with two negatives: 2 of 16 before, all after. Then host
responses in German and Dutch words (ein Verfahren einleiten, dichtmachen, den Botschafter
zitieren, de zaak uitzoeken, protestnota, leverde geen bewijs op): 23 of 30 before, all after (one case first named the
German Verfassungsschutz for a station in Graz; it now names the Austrian one). English and
Chinese responses (taken into custody, questioned the owner, no offences identified, 约见大使):
10 of 14 before, all after ("were detained" and 核查 were tried and left out: on dev they fired
on victims detained and on the PRC police's own checks). Two cases were corrected on the way, not
the rules: a Dutch cabinet cannot close a post in Ghent (the actor became the Belgian
government), and Leiden is not in the gazetteer (the student moved to Groningen).
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import (
    COUNT,
    DENIAL,
    INCIDENT,
    RESPONSE,
    STATION,
    YES,
    Case,
    assert_case,
)

APPARATUS = {
    "en7-ministry-public-security": Case(
        "en", "According to the report, the Ministry of Public Security runs a police service "
        "station in Lyon.",
        ((STATION, "FR", "Lyon", YES),)),
    "de7-ministerium-oeffentliche-sicherheit": Case(
        "de", "Dem Bericht zufolge betreibt das Ministerium für Öffentliche Sicherheit eine "
        "Polizeistation in Graz.",
        ((STATION, "AT", "Graz", YES),)),
    "nl7-ministerie-openbare-veiligheid": Case(
        "nl", "Het ministerie van Openbare Veiligheid zou in Gent een politiepost hebben "
        "geopend.",
        ((STATION, "BE", "Ghent", YES),)),
    "de7-polizeiwache-pekings": Case(
        "de", "Ermittler vermuten eine Polizeiwache Pekings in einem Hinterhof in Köln.",
        ((STATION, "DE", "Cologne", YES),)),
    "de7-pekinger-polizeistation": Case(
        "de", "Über die Pekinger Polizeistation in Leipzig berichtete zuerst ein Radiosender.",
        ((STATION, "DE", "Leipzig", YES),)),
    "de7-angebliche-polizeiwache": Case(
        "de", "Die angebliche Polizeiwache Chinas in Bremen wurde am Montag durchsucht.",
        ((STATION, "DE", "Bremen", YES), (RESPONSE, "DE", "investigation", YES))),
    "nl7-kantoor-bureau-openbare-veiligheid": Case(
        "nl", "Volgens het rapport is het pand in Eindhoven in 2020 geopend door het Bureau "
        "voor Openbare Veiligheid van Fuzhou.",
        ((STATION, "NL", "Eindhoven", YES),)),
    "de7-buero-im-auftrag": Case(
        "de", "Das Büro in Graz arbeitet nach Erkenntnissen der Ermittler im Auftrag des Amts "
        "für öffentliche Sicherheit der Stadt Wenzhou.",
        ((STATION, "AT", "Graz", YES),)),
    "en7-office-on-behalf": Case(
        "en", "Investigators believe the office in Leeds works on behalf of the Lishui public "
        "security bureau.",
        ((STATION, "GB", "Leeds", YES),)),
    "de7-neg-amt-sicherheit-deutsch": Case(
        "de", "Das Amt für öffentliche Sicherheit und Ordnung in Graz eröffnet ein neues Büro "
        "für Bürgeranliegen.",
        forbid=((STATION,),)),
    "nl7-neg-openbare-veiligheid-lokaal": Case(
        "nl", "De gemeente Gent opent een kantoor voor openbare veiligheid in het centrum.",
        forbid=((STATION,),)),
}

COMPOUNDS = {
    "de7-polizeiservicestelle": Case(
        "de", "Die Studie dokumentiert eine chinesische Polizeiservicestelle in Linz.",
        ((STATION, "AT", "Linz", YES),)),
    "de7-polizeiservicestellen-count": Case(
        "de", "Chinas Polizei im Ausland: Die Organisation zählte 48 sogenannte "
        "Polizeiservicestellen in 25 Ländern.",
        ((COUNT, "stations", 48, None), (COUNT, "countries", 25, None))),
    "de7-polizei-servicezentrum": Case(
        "de", "In Innsbruck soll ein chinesisches Polizei-Servicezentrum Landsleuten bei "
        "Dokumenten helfen.",
        ((STATION, "AT", "Innsbruck", YES),)),
    "nl7-count-words-compound": Case(
        "nl", "Het rapport noemt honderdvier Chinese politieposten in vierenvijftig landen.",
        ((COUNT, "stations", 104, None), (COUNT, "countries", 54, None))),
}

SUCH = {
    "de7-solche-stellen": Case(
        "de", "Chinesische Polizeiposten sind umstritten. Die Organisation spricht von drei "
        "solchen Stellen in Österreich.",
        ((COUNT, "stations", 3, "AT"),)),
    "nl7-dergelijke-locaties": Case(
        "nl", "Chinese politieposten zijn omstreden. Volgens de organisatie zijn er vier "
        "dergelijke locaties in België.",
        ((COUNT, "stations", 4, "BE"),)),
    "en7-such-offices": Case(
        "en", "Chinese police stations have drawn scrutiny abroad. Researchers know of two "
        "such offices in Ireland.",
        ((COUNT, "stations", 2, "IE"),)),
    "zh7-cilei-zhandian": Case(
        "zh", "中国海外警务服务站引发关注。报告称，葡萄牙境内有三个此类站点。",
        ((COUNT, "stations", 3, "PT"),)),
    "de7-neg-solche-stellen-jobs": Case(
        "de", "Chinesische Polizeiposten sind umstritten. Die Stadt schafft drei solche Stellen "
        "für Sozialarbeiter.",
        forbid=((COUNT, "stations", 3),)),
}

ORDINAL = {
    "de7-die-zweite": Case(
        "de", "Eine chinesische Polizeistation liegt laut dem Bericht in Basel. Die zweite "
        "befinde sich in Bern.",
        ((STATION, "CH", "Basel", YES), (STATION, "CH", "Bern", YES))),
    "nl7-de-tweede": Case(
        "nl", "Een Chinese politiepost werd in Gent ontdekt. De tweede zou in Luik zitten.",
        ((STATION, "BE", "Ghent", YES), (STATION, "BE", "Liège", YES))),
    "en7-the-second": Case(
        "en", "One Chinese police station operated in Leeds. The second is in Bristol, the "
        "report says.",
        ((STATION, "GB", "Leeds", YES), (STATION, "GB", "Bristol", YES))),
    "zh7-lingyichu": Case(
        "zh", "报告称，一处海外警务服务站设在米兰，另一处位于罗马。",
        ((STATION, "IT", "Milan", YES), (STATION, "IT", "Rome", YES))),
    "de7-neg-zweite-runde": Case(
        "de", "Eine chinesische Polizeistation liegt in Basel. Die zweite Verhandlungsrunde "
        "findet in Bern statt.",
        forbid=((STATION, "CH", "Bern", YES),)),
}

CHINESE_COUNTS = {
    "zh7-postposed-count": Case(
        "zh", "该局在12个国家设立海外警务服务站18个，其中法国3个、德国2个。",
        ((COUNT, "stations", 18, None), (COUNT, "countries", 12, None),
         (COUNT, "stations", 3, "FR"), (COUNT, "stations", 2, "DE"))),
    "zht7-postposed-count": Case(
        "zh-Hant", "報告指出，福州市公安局在歐洲設立「海外警務服務站」9處，其中荷蘭2處。",
        ((COUNT, "stations", 9, None), (COUNT, "stations", 2, "NL"))),
    "zh7-neg-postposed-volunteers": Case(
        "zh", "该局设立海外警务服务站，共聘请志愿者12名，其中法国3名。",
        forbid=((COUNT, "stations", 3),)),
}

CLOSURE_DENIAL = {
    "en7-must-stop-operating": Case(
        "en", "The government told the embassy that the Chinese police station in Cork must "
        "stop operating.",
        ((RESPONSE, "IE", "closure", YES),)),
    "de7-betrieb-einstellen": Case(
        "de", "Die Regierung verlangte, die chinesische Polizeistation in Graz müsse ihren "
        "Betrieb einstellen.",
        ((RESPONSE, "AT", "closure", YES),)),
    "nl7-activiteiten-staken": Case(
        "nl", "De Belgische regering eiste dat de Chinese politiepost in Gent zijn activiteiten "
        "staakt.",
        ((RESPONSE, "BE", "closure", YES),)),
    "nl7-geen-enkele-bestaat": Case(
        "nl", "De Chinese ambassade liet weten dat er in België geen enkele Chinese politiepost "
        "bestaat.",
        ((DENIAL, "CN"),)),
    "de7-keine-einzige-gebe": Case(
        "de", "Die chinesische Botschaft erklärte, es gebe in Österreich keine einzige "
        "chinesische Polizeistation.",
        ((DENIAL, "CN"),)),
    "en7-no-such-exists": Case(
        "en", "The Chinese embassy said that no Chinese police station exists anywhere in "
        "Ireland.",
        ((DENIAL, "CN"),)),
    "zh7-genben-bu-cunzai": Case(
        "zh", "中国驻爱尔兰大使馆表示，所谓海外警察站根本不存在。",
        ((DENIAL, "CN"),)),
}

CASES_REPORTED = {
    "nl7-uitgenodigd-gesprek": Case(
        "nl", "Een Chinese student in Groningen werd in de Chinese politiepost uitgenodigd voor "
        "een gesprek nadat hij kritiek had geuit op Peking.",
        ((INCIDENT, "harassment", "NL"),)),
    "de7-zum-gespraech-bestellt": Case(
        "de", "Ein Student aus Bonn wurde in die chinesische Polizeistation zu einem Gespräch "
        "bestellt, nachdem er die Regierung kritisiert hatte.",
        ((INCIDENT, "harassment", "DE"),)),
    "en7-summoned-for-chat": Case(
        "en", "A student in Leeds was summoned to the Chinese police station for a chat after "
        "criticising Beijing online.",
        ((INCIDENT, "harassment", "GB"),)),
    "zh7-yuetan": Case(
        "zh", "一名在荷兰的中国留学生批评政府后，被叫到当地的海外警务服务站约谈。",
        ((INCIDENT, "harassment", "NL"),)),
    "nl7-ouders-bezoek-politie": Case(
        "nl", "Een activist in Rotterdam meldde de Chinese politiepost. Kort daarna kregen zijn "
        "ouders in Fujian bezoek van de politie.",
        ((INCIDENT, "harassment", "NL"),)),
    "en7-police-visited-parents": Case(
        "en", "An activist in Leeds spoke out about the Chinese police station. Days later, "
        "police visited her parents in Fujian.",
        ((INCIDENT, "harassment", "GB"),)),
    "de7-eltern-besuch-polizei": Case(
        "de", "Eine Aktivistin in Bonn kritisierte die chinesische Polizeistation. Wenig später "
        "erhielten ihre Eltern in Fujian Besuch von der Polizei.",
        ((INCIDENT, "harassment", "DE"),)),
    "de7-informationen-gesammelt": Case(
        "de", "Der Verein in Hamburg soll als chinesische Polizeistation Informationen über "
        "Regierungskritiker gesammelt haben.",
        ((INCIDENT, "surveillance", "DE"),)),
    "nl7-informatie-verzameld": Case(
        "nl", "De Chinese politiepost in Rotterdam zou informatie hebben verzameld over "
        "dissidenten.",
        ((INCIDENT, "surveillance", "NL"),)),
    "en7-gathered-information": Case(
        "en", "The Chinese police outpost in Dublin gathered information on dissidents living "
        "in Ireland.",
        ((INCIDENT, "surveillance", "IE"),)),
    "zh7-shouji-ziliao": Case(
        "zh", "起诉书称，被告在多伦多为海外警务站收集当地异见人士的个人资料。",
        ((INCIDENT, "surveillance", "CA"),)),
    "de7-familie-schwierigkeiten": Case(
        "de", "Die chinesische Polizeistation in Basel ist umstritten. Einer Aktivistin in "
        "Basel wurde gedroht, ihre Familie in China werde Schwierigkeiten bekommen.",
        ((INCIDENT, "harassment", "CH"),)),
    "en7-family-trouble": Case(
        "en", "The Chinese police station in Leeds is under scrutiny. A student in Leeds was "
        "warned that his family in China would face trouble.",
        ((INCIDENT, "harassment", "GB"),)),
    "nl7-familie-problemen": Case(
        "nl", "De Chinese politiepost in Gent is omstreden. Een student in Gent kreeg te horen "
        "dat zijn familie in China problemen zou krijgen.",
        ((INCIDENT, "harassment", "BE"),)),
    "zh7-neg-shouji-yijian": Case(
        "zh", "中国驻荷兰大使馆设有海外警务服务站的传闻。使馆表示将收集侨胞的意见和建议。",
        forbid=((INCIDENT, "surveillance"),)),
    "en7-neg-gathered-feedback": Case(
        "en", "The Chinese police station in Leeds is under scrutiny. The council gathered "
        "information on parking in Leeds.",
        forbid=((INCIDENT, "surveillance"),)),
}

TABLES = {
    "en7-table-bureau-column": Case(
        "en", "Chinese police stations abroad are the subject of this appendix.\n\n"
        "Sources were checked twice.\n\nTable 3 - Oceania\n\n"
        "Country | Town | Responsible bureau\n"
        "Australia | Sydney | Fuzhou\n"
        "New Zealand | Auckland | Wenzhou\n",
        ((STATION, "AU", "Sydney", YES), (STATION, "NZ", "Auckland", YES))),
    "de7-tabelle-betreiber": Case(
        "de", "Chinesische Polizeistationen sind das Thema dieses Anhangs.\n\n"
        "Die Quellen wurden doppelt geprüft.\n\nTabelle 2 - Alpenraum\n\n"
        "Land | Stadt | Betreiber\n"
        "Österreich | Graz | Qingtian\n"
        "Schweiz | Basel | Lishui\n",
        ((STATION, "AT", "Graz", YES), (STATION, "CH", "Basel", YES))),
    "nl7-tabel-beheerder": Case(
        "nl", "Deze bijlage gaat over Chinese politieposten buiten Europa.\n\n"
        "Alle bronnen zijn twee keer gecontroleerd.\n\nTabel 2 - Amerika\n\n"
        "Land | Stad | Beheerder | Status\n"
        "Suriname | Paramaribo | Wenzhou | gesloten\n"
        "Canada | Vancouver | Fuzhou | onbekend\n",
        ((STATION, "SR", "Paramaribo", YES), (STATION, "CA", "Vancouver", YES))),
    "zh7-biaoge-gonganju": Case(
        "zh", "本附录涉及中国海外警务服务站。\n\n所有来源均经两次核对。\n\n表2 南欧\n\n"
        "国家 | 城市 | 主管公安局\n"
        "意大利 | 罗马 | 青田\n"
        "西班牙 | 马德里 | 温州\n",
        ((STATION, "IT", "Rome", YES), (STATION, "ES", "Madrid", YES))),
    "en7-service-points": Case(
        "en", "Chinese service points abroad are run by county police bureaus. Researchers "
        "found such service points in Lima and Quito.",
        ((STATION, "PE", "Lima", YES), (STATION, "EC", "Quito", YES))),
    "en7-neg-table-prices": Case(
        "en", "Chinese police stations abroad are in the news.\n\nSources were checked twice."
        "\n\nTable 3 - Chinese exports by market\n\n"
        "Country | City | Volume\n"
        "Australia | Sydney | 40\n"
        "New Zealand | Auckland | 12\n",
        forbid=((STATION, "AU", "Sydney"), (STATION, "NZ", "Auckland"))),
    "en7-neg-annex-label": Case(
        "en", "Annex B. Chinese police stations reported since 2022 (extract)",
        forbid=((STATION, "CA"),)),
}

REGIONS_AND_KNOWLEDGE = {
    "en7-region-alone": Case(
        "en", "The RCMP said it is investigating two suspected Chinese police stations in "
        "Ontario.",
        ((STATION, "CA", "Ontario", YES),)),
    "de7-region-allein": Case(
        "de", "Das Landeskriminalamt prüft zwei mutmaßliche chinesische Polizeistationen in "
        "Bayern.",
        ((STATION, "DE", "Bavaria", YES),)),
    "nl7-regio-alleen": Case(
        "nl", "De Canadese politie onderzoekt twee Chinese politieposten in Ontario.",
        ((STATION, "CA", "Ontario", YES),)),
    "zh7-sheng-dandu": Case(
        "zh", "加拿大警方表示，正在调查安大略省的两处中国海外警务服务站。",
        ((STATION, "CA", "Ontario", YES),)),
    "de7-neg-region-mit-staedten": Case(
        "de", "Das Landeskriminalamt prüft zwei mutmaßliche chinesische Polizeistationen in "
        "Bayern. Eine liegt in München, die andere in Nürnberg.",
        ((STATION, "DE", "Munich", YES),),
        forbid=((STATION, "DE", "Bavaria"),)),
    "en7-knew-where-lived": Case(
        "en", "A student in Leeds went to the Chinese police station for a passport. She says "
        "the staff knew where she lived and who her friends were.",
        ((INCIDENT, "surveillance", "GB"),)),
    "de7-wussten-wo-wohne": Case(
        "de", "Ein Aktivist in Bonn besuchte die chinesische Polizeistation. Er sagt, man habe "
        "dort gewusst, wo er wohne und mit wem er sich treffe.",
        ((INCIDENT, "surveillance", "DE"),)),
    "nl7-wisten-waar-woonde": Case(
        "nl", "Een activist in Gent bezocht de Chinese politiepost. Volgens hem wist men daar "
        "waar hij woonde en met wie hij contact had.",
        ((INCIDENT, "surveillance", "BE"),)),
    "zh7-zhidao-zhuzai-nali": Case(
        "zh", "一名在荷兰的留学生去过海外警务服务站。他说，站里的人知道他住在哪里、和谁来往。",
        ((INCIDENT, "surveillance", "NL"),)),
    "de7-informationen-weiter-abstand": Case(
        "de", "Die chinesische Polizeistation in Hamburg soll Informationen über die in der "
        "Stadt lebenden uigurischen Aktivistinnen und Aktivisten gesammelt haben.",
        ((INCIDENT, "surveillance", "DE"),)),
    "zh7-shouji-yuanju": Case(
        "zh", "起诉书称，被告按照福州警方指示，在多伦多收集居住在当地的民主运动人士及宗教团体成员的个人资料。"
        "该处被称为海外警务服务站。",
        ((INCIDENT, "surveillance", "CA"),)),
    "en7-neg-knew-where-station": Case(
        "en", "The Chinese police station in Leeds is under scrutiny. Neighbours knew where "
        "the station was.",
        forbid=((INCIDENT, "surveillance"),)),
}

OUTPOSTS = {
    "de7-aussenposten-der-polizei": Case(
        "de", "Ein Reisebüro in Linz dient laut Ermittlern als Außenposten der Polizei von "
        "Qingtian.",
        ((STATION, "AT", "Linz", YES),)),
    "de7-chinesischer-aussenposten": Case(
        "de", "Der mutmaßliche chinesische Aussenposten in Lausanne ist inzwischen leer.",
        ((STATION, "CH", "Lausanne", YES),)),
    "nl7-chinese-buitenpost": Case(
        "nl", "Een Chinese buitenpost in Antwerpen zou door de politie van Fuzhou worden gerund.",
        ((STATION, "BE", "Antwerp", YES),)),
    "de7-neg-aussenposten-firma": Case(
        "de", "Der Autobauer eröffnet einen Außenposten in Graz für seine Händler.",
        forbid=((STATION,),)),
}

INQUIRY_CLOSED = {
    "en7-neg-closed-inquiry": Case(
        "en", "Detectives have closed their inquiry into the Chinese police station in Leeds, "
        "finding no offence.",
        ((STATION, "GB", "Leeds", YES),),
        forbid=((RESPONSE, "GB", "closure"),)),
    "nl7-neg-onderzoek-gesloten": Case(
        "nl", "Het OM heeft het onderzoek naar de Chinese politiepost in Breda gesloten.",
        ((STATION, "NL", "Breda", YES),),
        forbid=((RESPONSE, "NL", "closure"),)),
    "de7-neg-ermittlungen-eingestellt": Case(
        "de", "Die Staatsanwaltschaft hat die Ermittlungen zur chinesischen Polizeistation in "
        "Köln eingestellt.",
        ((STATION, "DE", "Cologne", YES),),
        forbid=((RESPONSE, "DE", "closure"),)),
    "zh7-neg-jiean": Case(
        "zh", "英国警方已就利兹的中国海外警务服务站一案结案。",
        ((STATION, "GB", "Leeds", YES),),
        forbid=((RESPONSE, "GB", "closure"),)),
}

HOST_COUNTS = {
    "nl7-telt-er-minstens": Case(
        "nl", "Het rapport noemt honderdvier Chinese politieposten in vijftig landen. België "
        "telt er volgens de "
        "onderzoekers minstens vier: twee in de regio Brussel, één in Gent en één in Luik.",
        ((COUNT, "stations", 4, "BE"), (COUNT, "stations", 2, "BE"))),
    "de7-zaehlt-mindestens": Case(
        "de", "Die Studie zählt 104 chinesische Polizeistationen weltweit. Österreich zählt laut "
        "den Forschern mindestens vier: zwei im Raum Wien, eine in Graz und eine in Linz.",
        ((COUNT, "stations", 4, "AT"), (COUNT, "stations", 2, "AT"))),
    "en7-has-at-least": Case(
        "en", "The report counts 104 Chinese police stations worldwide. Canada has at least four, "
        "researchers say: two in the Vancouver area, one in Ottawa and one in Calgary.",
        ((COUNT, "stations", 4, "CA"), (COUNT, "stations", 2, "CA"))),
    "zh7-zhishao-you": Case(
        "zh", "报告称，全球共有104处海外警务服务站。据研究人员统计，加拿大至少有四处：两处在温哥华地区，"
        "一处在渥太华，一处在卡尔加里。",
        ((COUNT, "stations", 4, "CA"), (COUNT, "stations", 2, "CA"))),
}

CHINESE_SHAPES = {
    "zh7-item-label-not-figure": Case(
        "zh", "三、海外警务服务站劝返工作取得进展。\n\n全年依托服务站劝返在逃人员7名。",
        ((COUNT, "returns", 7, None),),
        forbid=((COUNT, "returns", 3),)),
    "zht7-item-label-paren": Case(
        "zh-Hant", "（四）海外警務服務站設立情況\n\n該局在荷蘭設立「海外警務服務站」2處。",
        ((COUNT, "stations", 2, "NL"),),
        forbid=((COUNT, "stations", 4),)),
    "zh7-quoted-noun-figure": Case(
        "zh", "截至年底，该局在9个国家设立“海外警务联络服务站”14个。",
        ((COUNT, "stations", 14, None), (COUNT, "countries", 9, None))),
    "zh7-jingnei": Case(
        "zh", "（二）比利时：外交部于去年下令境内三处海外警务服务站立即关闭。",
        ((COUNT, "stations", 3, "BE"),)),
    "en7-own-territory": Case(
        "en", "Belgium: its foreign ministry ordered the three Chinese police stations on its "
        "territory to close.",
        ((COUNT, "stations", 3, "BE"),)),
    "de7-eigenes-gebiet": Case(
        "de", "Belgien: Das belgische Außenministerium ließ die drei chinesischen Polizeistationen "
        "auf seinem Gebiet schließen.",
        ((COUNT, "stations", 3, "BE"),)),
    "nl7-eigen-grondgebied": Case(
        "nl", "België: het Belgische ministerie van Buitenlandse Zaken liet de drie Chinese "
        "politieposten op zijn grondgebied sluiten.",
        ((COUNT, "stations", 3, "BE"),)),
}

THE_PAIR = {
    "en7-neg-the-two-countries": Case(
        "en", "China's overseas police stations have drawn criticism. Under an accord the two "
        "countries reached last year, three Chinese officers now join joint patrols in Belgrade.",
        forbid=((COUNT, "countries", 2),)),
    "de7-neg-die-beiden-laender": Case(
        "de", "Chinas Polizeistationen im Ausland stehen in der Kritik. Nach einem Abkommen, das "
        "die beiden Länder 2019 schlossen, gehen chinesische Polizisten in Belgrad gemeinsam "
        "mit serbischen Kollegen auf Streife.",
        forbid=((COUNT, "countries", 2),)),
    "nl7-neg-de-twee-landen": Case(
        "nl", "De Chinese politieposten in het buitenland liggen onder vuur. Volgens een akkoord "
        "dat de twee landen in 2019 sloten, houden Chinese agenten gezamenlijke patrouilles in "
        "Belgrado.",
        forbid=((COUNT, "countries", 2),)),
    "zh7-neg-liangguo": Case(
        "zh", "海外警务服务站引发争议。根据中塞两国2019年签署的协议，中国民警在贝尔格莱德开展联合巡逻。",
        forbid=((COUNT, "countries", 2),)),
    "en7-in-two-countries": Case(
        "en", "The bureau runs Chinese police stations in two countries, Serbia and Hungary.",
        ((COUNT, "countries", 2, None),)),
}

PLURAL_DENIERS = {
    "en7-embassies-rejected-findings": Case(
        "en", "Chinese police stations in Lima and Quito were named in the study. The Chinese "
        "embassies in both capitals rejected our findings.",
        ((DENIAL, "CN"),)),
    "en7-consulates-disputed": Case(
        "en", "The Chinese consulates in Sydney and Perth disputed those conclusions about the "
        "police stations.",
        ((DENIAL, "CN"),),
        forbid=((STATION, "AU", "Sydney"), (STATION, "AU", "Perth"))),
    "nl7-ambassades-van-de-hand": Case(
        "nl", "De Chinese ambassades in Brussel en Den Haag wezen de bevindingen over de "
        "politieposten van de hand.",
        ((DENIAL, "CN"),),
        forbid=((STATION, "BE", "Brussels"), (STATION, "NL", "The Hague"))),
    "de7-botschaften-zurueck": Case(
        "de", "Die chinesischen Botschaften in Wien und Bern wiesen die Ergebnisse zu den "
        "Polizeistationen zurück.",
        ((DENIAL, "CN"),)),
    "zh7-shiguan-bochi": Case(
        "zh", "中国驻秘鲁和厄瓜多尔使馆均驳斥了有关海外警务服务站的调查结论。",
        ((DENIAL, "CN"),)),
}

ARRESTS = {
    "nl7-arresteerde": Case(
        "nl", "Chinese politieposten zijn omstreden. In Gent arresteerde de politie vorige week "
        "twee mannen die de post zouden hebben gerund.",
        ((RESPONSE, "BE", "arrest", YES),),
        forbid=((COUNT, "stations", 2),)),
    "nl7-hield-aan": Case(
        "nl", "De Belgische politie hield in Gent twee mannen aan die de Chinese politiepost "
        "runden.",
        ((RESPONSE, "BE", "arrest", YES),),
        forbid=((COUNT, "stations", 2),)),
    "de7-verhaftete": Case(
        "de", "Chinesische Polizeistationen sind umstritten. Die Polizei verhaftete in Graz zwei "
        "Männer, die die Station betrieben haben sollen.",
        ((RESPONSE, "AT", "arrest", YES),)),
    "en7-neg-men-who-ran": Case(
        "en", "Chinese police stations are contested. Police in Leeds arrested two men who ran "
        "the office for the Fuzhou police.",
        ((RESPONSE, "GB", "arrest", YES),),
        forbid=((COUNT, "stations", 2),)),
    "zh7-zhuahuo": Case(
        "zh", "西班牙警方在马德里抓获两名涉嫌运营中国海外警务服务站的男子。",
        ((RESPONSE, "ES", "arrest", YES),)),
}

#: Station nouns a reporter may use, each in a sentence of its own (language, noun phrase,
#: sentence template with the place): a noun that the lexicon lacks gives no station.
NOUNS = [
    ("de", "chinesische Anlaufstelle der Polizei", "Laut einem Bericht gibt es in Linz eine {}."),
    ("de", "chinesisches Verbindungsbüro der Polizei", "In Linz soll ein {} bestehen."),
    ("de", "chinesische Polizeizweigstelle", "Ermittler vermuten in Linz eine {}."),
    ("nl", "Chinees servicepunt", "Volgens een rapport is er in Luik een {}."),
    ("nl", "Chinees contactpunt van de politie", "In Luik zou een {} actief zijn."),
    ("nl", "Chinees politieloket", "Onderzoekers vonden in Luik een {}."),
    ("nl", "Chinese politie-uitpost", "In Luik werd een {} ontdekt."),
    ("nl", "Chinees buitenlands politiebureau", "De krant meldt een {} in Luik."),
    ("en", "Chinese police contact point", "Reporters found a {} in Bristol."),
    ("en", "Chinese police branch", "A {} operated in Bristol, the study says."),
    ("en", "Chinese police help desk", "There is a {} in Bristol, activists say."),
    ("en", "Chinese police satellite office", "Investigators suspect a {} in Bristol."),
    ("zh", "海外警察局", "据报道，中国在都灵设立了一处{}。"),
    ("zh", "海外警侨服务中心", "报告称，都灵有一家{}。"),
]
NOUN_PLACES = {"de": ("AT", "Linz"), "nl": ("BE", "Liège"), "en": ("GB", "Bristol"),
               "zh": ("IT", "Turin")}
NOUN_CASES = {
    f"{lang}7-noun-{noun}": Case(lang, template.format(noun),
                                 ((STATION, *NOUN_PLACES[lang], YES),))
    for lang, noun, template in NOUNS
}
NOUN_NEGATIVES = {
    "nl7-neg-servicepunt-gemeente": Case(
        "nl", "Chinese politieposten zijn omstreden. De gemeente Luik opent een servicepunt "
        "voor bewoners.",
        forbid=((STATION, "BE", "Liège"),)),
    "zh7-neg-huaqiao-zhongxin": Case(
        "zh", "都灵华侨服务中心举办春节联欢会。",
        forbid=((STATION,),)),
}

#: Host responses in the words a German or Dutch report uses, after a lead that names the
#: station: (language, action, sentence).
RESPONSE_WORDS = [
    ("de", "investigation", "Die Staatsanwaltschaft Graz leitete ein Verfahren ein."),
    ("de", "investigation", "Der österreichische Staatsschutz prüft die Hinweise."),
    ("de", "investigation", "Die Polizei durchsuchte die Räume in Graz."),
    ("de", "investigation", "Die Behörden gehen den Hinweisen nach."),
    ("de", "investigation", "Das Innenministerium lässt den Fall untersuchen."),
    ("de", "closure", "Die Station in Graz wurde geschlossen."),
    ("de", "closure", "Die Behörden ließen die Station in Graz dichtmachen."),
    ("de", "closure", "Die Station in Graz hat ihren Betrieb eingestellt."),
    ("de", "protest", "Das Außenministerium bestellte den chinesischen Botschafter ein."),
    ("de", "protest", "Wien protestierte bei der chinesischen Botschaft."),
    ("de", "protest", "Das Außenministerium zitierte den Botschafter ins Ministerium."),
    ("de", "no_wrongdoing_found", "Die Ermittler fanden keine Hinweise auf Straftaten."),
    ("de", "no_wrongdoing_found", "Ein strafbares Verhalten konnte nicht nachgewiesen werden."),
    ("de", "no_wrongdoing_found", "Die Ermittlungen ergaben keinen Tatverdacht."),
    ("de", "arrest", "Zwei Männer wurden in Graz in Untersuchungshaft genommen."),
    ("nl", "investigation", "Het parket startte een onderzoek."),
    ("nl", "investigation", "De Staatsveiligheid zoekt de zaak uit."),
    ("nl", "investigation", "De politie deed een inval in het pand in Gent."),
    ("nl", "investigation", "Het OM doorzocht het pand in Gent."),
    ("nl", "investigation", "Justitie bekijkt de meldingen."),
    ("nl", "closure", "De post in Gent is gesloten."),
    ("nl", "closure", "De burgemeester liet de post in Gent sluiten."),
    ("nl", "closure", "De post in Gent heeft de deuren gesloten."),
    ("nl", "protest", "Buitenlandse Zaken ontbood de Chinese ambassadeur."),
    ("nl", "protest", "België diende een protestnota in bij China."),
    ("nl", "protest", "De minister riep de Chinese ambassadeur op het matje."),
    ("nl", "no_wrongdoing_found", "Het onderzoek leverde geen bewijs op van strafbare feiten."),
    ("nl", "no_wrongdoing_found", "Er werden geen strafbare feiten vastgesteld."),
    ("nl", "no_wrongdoing_found", "De politie vond geen aanwijzingen voor illegale activiteiten."),
    ("nl", "arrest", "Twee mannen werden in Gent opgepakt."),
]
RESPONSE_WORDS += [
    ("en", "investigation", "Counter-terrorism officers are examining the site."),
    ("en", "investigation", "The Home Office ordered a review of the allegations."),
    ("en", "investigation", "Detectives questioned the owner."),
    ("en", "investigation", "Officers raided the premises in Leeds."),
    ("en", "closure", "The council ordered the premises to close."),
    ("en", "protest", "The Foreign Secretary called in the Chinese envoy."),
    ("en", "no_wrongdoing_found", "Officers said no offences had been identified."),
    ("en", "no_wrongdoing_found", "Police found no evidence of criminal activity."),
    ("en", "arrest", "Police took two men into custody."),
    ("zh", "investigation", "荷兰警方已对此立案侦查。"),
    ("zh", "closure", "荷兰外交部责令该站点关闭。"),
    ("zh", "protest", "荷兰外交部约见中国驻荷大使表达关切。"),
    ("zh", "no_wrongdoing_found", "荷兰警方未发现任何违法行为。"),
    ("zh", "arrest", "两名男子被荷兰警方拘留。"),
]
RESPONSE_LEADS = {"de": ("Eine chinesische Polizeistation in Graz ist bekannt. ", "AT"),
                  "nl": ("Er is een Chinese politiepost in Gent. ", "BE"),
                  "en": ("There is a Chinese police station in Leeds. ", "GB"),
                  "zh": ("荷兰鹿特丹有一处中国海外警务服务站。", "NL")}
RESPONSE_CASES = {
    f"{lang}7-response-{index}": Case(
        lang, RESPONSE_LEADS[lang][0] + sentence,
        ((RESPONSE, RESPONSE_LEADS[lang][1], action, YES),))
    for index, (lang, action, sentence) in enumerate(RESPONSE_WORDS)
}

ALL = {**RESPONSE_CASES, **NOUN_CASES, **NOUN_NEGATIVES, **ARRESTS, **PLURAL_DENIERS, **THE_PAIR, **CHINESE_SHAPES, **HOST_COUNTS, **INQUIRY_CLOSED, **OUTPOSTS, **REGIONS_AND_KNOWLEDGE, **TABLES, **APPARATUS, **COMPOUNDS, **SUCH, **ORDINAL, **CHINESE_COUNTS, **CLOSURE_DENIAL,
       **CASES_REPORTED}


#: Cases that need a change of mechanism, not of vocabulary (kept so the gap stays visible).
MECHANISM_GAPS = {
    # "het onderzoek naar de politiepost … gesloten": the closure words start at the post, so the
    # inquiry that governs "gesloten" lies before the match; telling them apart needs the clause
    "nl7-neg-onderzoek-gesloten",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="mechanism"))
     if name in MECHANISM_GAPS else name for name in ALL],
)
def test_paraphrase(name: str) -> None:
    assert_case(ALL[name])
