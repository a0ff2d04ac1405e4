"""Who runs a station, said the ways reports say it: by attribution, by a passive agent, by
"the same bureau", by "the first ... the second", in a table column, across paragraphs.

Sentences written for these tests from the concept, in every language the shape exists in,
with negatives that must give no bureau.
"""

from __future__ import annotations

import pytest

from tests.extract.test_operator_shapes import operators


def assert_operator(text: str, lang: str, place: str, operator: str | None) -> None:
    found = operators(text, lang)
    assert place in found, found
    assert found[place] == operator, found


#: A station credited to a bureau: "is attributed to", "would answer to", "is an initiative of".
ATTRIBUTED = [
    ("Chinesische Polizeiposten in Linz und Graz\n\nDer Posten in Linz soll vom Polizeibüro "
     "der Stadt Wenzhou eingerichtet worden sein. Jener in Graz wird der Polizei von Lishui "
     "zugeschrieben.", "de", "Graz", "Lishui"),
    ("Chinese politieposten in Utrecht en Zwolle\n\nDe post in Utrecht zou door het "
     "politiebureau van Wenzhou zijn geopend. Die in Zwolle wordt toegeschreven aan de politie "
     "van Fuzhou.", "nl", "Zwolle", "Fuzhou"),
    ("Comisarías chinas en Valencia y Sevilla\n\nLa comisaría de Valencia habría sido abierta "
     "por la policía de Wenzhou. La oficina de Sevilla, según el informe, respondería a la "
     "policía de Qingtian.", "es", "Seville", "Qingtian"),
    ("Stazioni di polizia cinesi a Bologna e Firenze\n\nLa stazione di Bologna sarebbe gestita "
     "dalla polizia di Wenzhou. Quella di Firenze è attribuita alla polizia di Lishui.", "it",
     "Florence", "Lishui"),
    ("Postes de police chinois à Lyon et Nantes\n\nLe poste de Lyon aurait été ouvert par la "
     "police de Wenzhou. Celui de Nantes est attribué à la police de Fuzhou.", "fr", "Nantes",
     "Fuzhou"),
    ("Postos da polícia chinesa no Porto e em Braga\n\nO posto do Porto terá sido aberto pela "
     "polícia de Wenzhou. O de Braga é atribuído à polícia de Qingtian.", "pt", "Braga",
     "Qingtian"),
    ("Chinese police stations in Leeds and Bristol\n\nThe station in Leeds was set up by the "
     "Wenzhou police. The one in Bristol is attributed to the police of Nantong.", "en",
     "Bristol", "Nantong"),
    ("Chinese politieposten in Utrecht en Zwolle\n\nDe post in Utrecht zou door het "
     "politiebureau van Wenzhou zijn geopend. Ook in Zwolle opende een vergelijkbare post. "
     "Volgens onderzoekers ging het daar om een initiatief van de politie in Lishui.", "nl",
     "Zwolle", "Lishui"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), ATTRIBUTED)
def test_a_station_credited_to_a_bureau(text: str, lang: str, place: str, operator: str) -> None:
    assert_operator(text, lang, place, operator)


#: A division named bare as the agent of running: "run by Qingtian", "door Qingtian gerund".
AGENT = [
    ("According to the report, a Chinese police station in Leeds is run by Qingtian.", "en",
     "Leeds", "Qingtian"),
    ("Volgens het rapport zou er in Zwolle een Chinese politiepost zijn die door Qingtian wordt "
     "gerund.", "nl", "Zwolle", "Qingtian"),
    ("Laut dem Bericht gibt es in Linz einen chinesischen Polizeiposten, der von Wenzhou "
     "betrieben wird.", "de", "Linz", "Wenzhou"),
    ("Secondo il rapporto, a Bologna ci sarebbe una stazione di polizia cinese gestita da "
     "Wenzhou.", "it", "Bologna", "Wenzhou"),
    ("Selon le rapport, il existerait à Nantes un poste de police chinois géré par Lishui.",
     "fr", "Nantes", "Lishui"),
    ("Según el informe, en Valencia habría una comisaría china gestionada por Fuzhou.", "es",
     "Valencia", "Fuzhou"),
    ("Segundo o relatório, haveria em Braga um posto da polícia chinesa gerido por Qingtian.",
     "pt", "Braga", "Qingtian"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), AGENT)
def test_a_bare_division_as_the_agent(text: str, lang: str, place: str, operator: str) -> None:
    assert_operator(text, lang, place, operator)


#: "The one in Y answers to the same bureau": the bureau named just before.
SAME_BUREAU = [
    ("Chinese police stations in Leeds and Bristol\n\nThe station in Leeds was set up by the "
     "Wenzhou public security bureau in 2019. The one in Bristol, opened a year later, reports "
     "to the same bureau.", "en", "Bristol", "Wenzhou"),
    ("Postos da polícia chinesa no Porto e em Braga\n\nO posto do Porto é gerido pelo "
     "departamento de segurança pública de Lishui. O de Braga, aberto um ano depois, "
     "dependerá do mesmo departamento.", "pt", "Braga", "Lishui"),
    ("Comisarías chinas en Valencia y Sevilla\n\nLa comisaría de Valencia depende de la "
     "oficina de seguridad pública de Fuzhou. La de Sevilla, abierta en 2020, responde a la "
     "misma oficina.", "es", "Seville", "Fuzhou"),
    ("Stazioni di polizia cinesi a Bologna e Firenze\n\nLa stazione di Bologna fa capo alla "
     "questura di Wenzhou. Quella di Firenze, aperta un anno dopo, dipende dallo stesso "
     "ufficio.", "it", "Florence", "Wenzhou"),
    ("Postes de police chinois à Lyon et Nantes\n\nLe poste de Lyon dépend du bureau de la "
     "sécurité publique de Qingtian. Celui de Nantes relève du même bureau.", "fr", "Nantes",
     "Qingtian"),
    ("Chinesische Polizeiposten in Linz und Graz\n\nDer Posten in Linz wird von der Polizei "
     "von Nantong betrieben. Jener in Graz untersteht derselben Behörde.", "de", "Graz",
     "Nantong"),
    ("Chinese politieposten in Utrecht en Zwolle\n\nDe post in Utrecht wordt gerund door de "
     "politie van Fuzhou. Die in Zwolle valt onder hetzelfde bureau.", "nl", "Zwolle",
     "Fuzhou"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), SAME_BUREAU)
def test_the_same_bureau(text: str, lang: str, place: str, operator: str) -> None:
    assert_operator(text, lang, place, operator)


#: "one in X and one in Y. The first answers to A, the second to B."
ORDINALS = [
    ("The NGO found two Chinese police stations, one in Leeds and one in Bristol. The first "
     "answers to the Nantong police; the second to the police of Fuzhou.", "en",
     {"Leeds": "Nantong", "Bristol": "Fuzhou"}),
    ("Ne abbiamo individuate due stazioni di polizia cinesi: una a Bologna e una a Firenze. "
     "La prima fa capo alla polizia di Nantong; la seconda a quella di Fuzhou.", "it",
     {"Bologna": "Nantong", "Florence": "Fuzhou"}),
    ("El informe señala dos comisarías chinas, una en Valencia y otra en Sevilla. La primera "
     "depende de la policía de Wenzhou y la segunda de la policía de Qingtian.", "es",
     {"Valencia": "Wenzhou", "Seville": "Qingtian"}),
    ("Le rapport cite deux postes de police chinois, l'un à Lyon, l'autre à Nantes. Le premier "
     "dépend de la police de Lishui, le second de celle de Wenzhou.", "fr",
     {"Lyon": "Lishui", "Nantes": "Wenzhou"}),
    ("O relatório aponta dois postos da polícia chinesa, um no Porto e outro em Braga. O "
     "primeiro responde à polícia de Fuzhou; o segundo à polícia de Lishui.", "pt",
     {"Porto": "Fuzhou", "Braga": "Lishui"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ORDINALS)
def test_the_first_and_the_second(text: str, lang: str, expected: dict[str, str]) -> None:
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found.get(place) == operator, found


#: A bureau named paragraphs later in a sentence that says "this newspaper", "these
#: documents": a demonstrative about something else does not point back at a station.
def test_a_demonstrative_about_something_else_leaves_the_bureau_general() -> None:
    text = ("Onderzoek naar Chinese politiepost in Zwolle\n\n"
            "Het OM onderzoekt een pand in Zwolle dat dienstdeed als heimelijke Chinese "
            "politiepost.\n\n"
            "Het gaat om een bovenwoning. Volgens documenten die deze krant heeft ingezien, "
            "zou de locatie in 2021 zijn geopend door het politiebureau van Lishui.")
    assert_operator(text, "nl", "Zwolle", "Lishui")


def test_two_bureaus_after_both_take_the_one_of_its_clause() -> None:
    text = ("Zwei Polizeiposten in Linz und Graz\n\n"
            "Der Nachrichtendienst prüft zwei mutmassliche chinesische Polizeiposten, einen in "
            "Linz und einen in Graz. Bei beiden soll es sich um Aussenstellen der Polizei von "
            "Qingtian handeln; der Grazer Standort wird zudem mit der Polizei von Wenzhou in "
            "Verbindung gebracht.")
    found = operators(text, "de")
    assert found.get("Linz") == "Qingtian", found


#: Tables whose bureau column is headed "Department", "Departamento", "Dienst".
def test_a_table_with_a_department_column() -> None:
    text = ("Identificámos dois postos da polícia chinesa em países de língua portuguesa.\n\n"
            "Quadro 3 — Postos identificados\n\n"
            "País            Cidade        Departamento     Ano\n"
            "Moçambique      Maputo        Qingtian         2018\n"
            "Brasil          Recife        Fuzhou           2019\n")
    found = operators(text, "pt")
    assert found.get("Maputo") == "Qingtian", found
    assert found.get("Recife") == "Fuzhou", found


def test_traditional_chinese_running_verbs() -> None:
    text = ("中國在大阪設立秘密警察站\n\n"
            "據報導，大阪一家餐廳被懷疑是中國在海外設立的秘密「警察站」。"
            "該據點由江蘇省南通市公安局設立。")
    assert_operator(text, "zh", "Osaka", "Nantong")


#: Must give no bureau: a person from a city, volunteers, a bureau that only denied, the
#: same bureau with none named before, an ordinary host police.
NEGATIVE = [
    ("A Chinese police station in Leeds was reported by the NGO; a shopkeeper from Qingtian "
     "who runs a restaurant nearby said he knew nothing.", "en", "Leeds"),
    ("Secondo il rapporto, a Bologna ci sarebbe una stazione di polizia cinese gestita da "
     "volontari.", "it", "Bologna"),
    ("Chinese police stations in Leeds\n\nThe station in Leeds was reported by the NGO. "
     "The one in Leeds reports to the same bureau as the others, officials said.", "en",
     "Leeds"),
    ("Laut dem Bericht gibt es in Linz einen chinesischen Polizeiposten. Die Polizei von Linz "
     "wird der Sache nachgehen.", "de", "Linz"),
    ("Selon le rapport, il existerait à Nantes un poste de police chinois géré par une "
     "association de Wenzhou.", "fr", "Nantes"),
]


@pytest.mark.parametrize(("text", "lang", "place"), NEGATIVE)
def test_no_bureau(text: str, lang: str, place: str) -> None:
    assert_operator(text, lang, place, None)


#: "The second, opened a year later, depends on the same bureau": rank and repetition at once.
RANKED_SAME = [
    ("Deux antennes de la police chinoise à Lyon et à Nantes\n\nLe parquet enquête sur deux "
     "antennes de la police chinoise à Lyon et à Nantes. La première aurait été installée en "
     "2019 par le bureau de la sécurité publique de Lishui. La seconde, ouverte un an plus "
     "tard, dépendrait du même bureau.", "fr", {"Lyon": "Lishui", "Nantes": "Lishui"}),
    ("Two Chinese police stations in Leeds and Bristol\n\nPolice are looking into two Chinese "
     "police stations in Leeds and Bristol. The first was set up in 2019 by the Fuzhou public "
     "security bureau. The second, opened a year later, reports to the same bureau.", "en",
     {"Leeds": "Fuzhou", "Bristol": "Fuzhou"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), RANKED_SAME)
def test_the_second_and_the_same_bureau(text: str, lang: str, expected: dict[str, str]) -> None:
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found.get(place) == operator, found


#: "That office answers to the Qingtian police, and there was another in Y": Y is not its.
ANOTHER = [
    ("Comisaría china en Valencia\n\nLa policía registró una supuesta comisaría china en "
     "Valencia.\n\nUn informe dice que esa oficina responde a la policía de Qingtian y que "
     "había otra en Sevilla.", "es", "Valencia", "Qingtian"),
    ("Chinese police station in Leeds\n\nPolice searched an alleged Chinese police station in "
     "Leeds.\n\nA report says that office answers to the Qingtian police and that there was "
     "another in Bristol.", "en", "Leeds", "Qingtian"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), ANOTHER)
def test_another_site_named_after_the_bureau(text: str, lang: str, place: str,
                                             operator: str) -> None:
    assert_operator(text, lang, place, operator)


def test_a_table_row_cut_by_an_abbreviation() -> None:
    text = ("Wij vonden drie Chinese politieposten in de Golfstaten.\n\n"
            "Tabel 4.1  Locaties\n\n"
            "  Land                 Stad          Bureau (PSB)      Sinds\n"
            "  Ver. Arab. Emiraten  Dubai         Wenzhou           2018\n"
            "  Qatar                Doha          Lishui            2020\n")
    found = operators(text, "nl")
    assert found.get("Dubai") == "Wenzhou", found
    assert found.get("Doha") == "Lishui", found



#: The bureau in the station's own sentence, in the forms reports use: a district by its city,
#: a county-level city, possessives, "im Auftrag der", "aangestuurd door", "vinculada a los
#: servicios policiales del condado de", "ligada à", "隶属于", "由…设立", parentheses.
IN_ITS_SENTENCE = [
 ("it","Secondo il rapporto, la stazione di polizia cinese di Bologna è riconducibile alla polizia di Wenzhou.","Bologna","Wenzhou"),
 ("it","Secondo il rapporto, la stazione di polizia cinese di Bologna sarebbe gestita dalla questura di Qingtian.","Bologna","Qingtian"),
 ("de","Laut dem Bericht arbeitet der chinesische Polizeiposten in Linz im Auftrag der Polizei von Wenzhou.","Linz","Wenzhou"),
 ("de","Laut dem Bericht wird der chinesische Polizeiposten in Linz von der Qingtianer Polizei betrieben.","Linz","Qingtian"),
 ("nl","Volgens het rapport wordt de Chinese politiepost in Zwolle aangestuurd door de politie van Fuzhou.","Zwolle","Fuzhou"),
 ("nl","Volgens het rapport wordt de Chinese politiepost in Zwolle aangestuurd door Fuzhou.","Zwolle","Fuzhou"),
 ("es","Según el informe, la comisaría china de Valencia está vinculada a los servicios policiales del condado de Qingtian.","Valencia","Qingtian"),
 ("pt","Segundo o relatório, o posto da polícia chinesa em Braga está ligado à polícia de Wenzhou.","Braga","Wenzhou"),
 ("zh","据报道，米兰的海外警务服务站隶属于浙江省温州市公安局。","Milan","Wenzhou"),
 ("zh","据报道，米兰的海外警务服务站由青田县公安局设立。","Milan","Qingtian"),
 ("zh","據報導，米蘭的海外警務服務站由福州市長樂區公安局設立。","Milan","Fuzhou"),
 ("en","The Chinese police station in Leeds was set up by the Changle District police.","Leeds","Fuzhou"),
 ("en","The Chinese police station in Leeds is run by police in Fuqing, a county-level city of Fuzhou.","Leeds","Fuqing"),
 ("en","The Chinese police station in Leeds answers to Wenzhou's public security bureau.","Leeds","Wenzhou"),
 ("en","The NGO lists Chinese police stations in Milan (Wenzhou) and Prato (Fuzhou).","Milan","Wenzhou"),
 ("en","The NGO lists Chinese police stations in Milan (Wenzhou) and Prato (Fuzhou).","Prato","Fuzhou"),
 ("it","Il rapporto elenca stazioni di polizia cinesi a Milano, legata a Wenzhou, e a Prato, legata a Fuzhou.","Prato","Fuzhou"),
 ("fr","Selon l'ONG, le poste de police chinois de Lyon est rattaché à la police de la ville de Wenzhou.","Lyon","Wenzhou"),
 ("fr","Selon l'ONG, le poste de police chinois de Lyon serait piloté par la police de Wenzhou.","Lyon","Wenzhou"),
 ("es","Según la ONG, la comisaría china de Valencia estaría bajo el control de la policía de Fuzhou.","Valencia","Fuzhou"),
 ("it","Secondo la ong, la stazione di polizia cinese di Bologna sarebbe sotto il controllo della polizia di Fuzhou.","Bologna","Fuzhou"),
 ("pt","Segundo a ONG, o posto da polícia chinesa em Braga estaria sob o controlo da polícia de Fuzhou.","Braga","Fuzhou"),
 ("en","According to the NGO, the Chinese police station in Leeds is under the control of the Fuzhou police.","Leeds","Fuzhou"),
 ("de","Laut der NGO steht der chinesische Polizeiposten in Linz unter der Kontrolle der Polizei von Fuzhou.","Linz","Fuzhou"),
 ("nl","Volgens de ngo staat de Chinese politiepost in Zwolle onder controle van de politie van Fuzhou.","Zwolle","Fuzhou"),
 ("en","The Chinese police station in Leeds was opened on behalf of the public security bureau of Lishui.","Leeds","Lishui"),
 ("en","Leeds is home to a Chinese police station, which the Lishui police set up in 2019.","Leeds","Lishui"),
 ("es","En Valencia funciona una comisaría china que, según la ONG, montó la policía de Lishui en 2019.","Valencia","Lishui"),
 ("it","A Bologna c'è una stazione di polizia cinese che, secondo la ong, la polizia di Lishui ha aperto nel 2019.","Bologna","Lishui"),
]


@pytest.mark.parametrize(("lang", "text", "place", "operator"), IN_ITS_SENTENCE)
def test_the_bureau_in_its_sentence(lang: str, text: str, place: str, operator: str) -> None:
    assert_operator(text, lang, place, operator)



#: The bureau named a sentence or a paragraph after the stations ("Both sites report to police
#: in Y", "Entrambe farebbero capo", "Tous deux seraient liés"), or as the document's topic.
ACROSS_SENTENCES = [
 ("en","Chinese police station found in Leeds\n\nThe office in Leeds opened in 2019. It is run by the Nantong public security bureau.","Leeds","Nantong"),
 ("en","Two Chinese police stations in Leeds and Bristol\n\nInvestigators looked at offices in Leeds and Bristol. Both sites report to police in Wenzhou.","Bristol","Wenzhou"),
 ("it","Due stazioni di polizia cinesi a Bologna e Firenze\n\nGli inquirenti hanno esaminato due sedi, a Bologna e a Firenze. Entrambe farebbero capo alla questura di Wenzhou.","Florence","Wenzhou"),
 ("es","Dos comisarías chinas en Valencia y Sevilla\n\nLos investigadores examinaron dos locales en Valencia y Sevilla.\n\nAmbos estarían vinculados a la policía de Qingtian, según la ONG.","Seville","Qingtian"),
 ("fr","Deux postes de police chinois à Lyon et Nantes\n\nLes enquêteurs ont visité deux locaux à Lyon et à Nantes. Tous deux seraient liés à la police de Lishui.","Nantes","Lishui"),
 ("de","Zwei chinesische Polizeiposten in Linz und Graz\n\nDie Ermittler prüfen zwei Standorte in Linz und Graz. Beide sollen der Polizei von Fuzhou unterstehen.","Graz","Fuzhou"),
 ("nl","Twee Chinese politieposten in Utrecht en Zwolle\n\nRechercheurs onderzoeken panden in Utrecht en Zwolle. Beide zouden onder de politie van Fuzhou vallen.","Zwolle","Fuzhou"),
 ("pt","Dois postos da polícia chinesa no Porto e em Braga\n\nOs investigadores visitaram dois locais, no Porto e em Braga. Ambos estariam ligados à polícia de Wenzhou.","Braga","Wenzhou"),
 ("zh","米兰和罗马发现中国警察站\n\n调查人员查看了米兰和罗马的两处场所。两处均由温州市公安局设立。","Rome","Wenzhou"),
 ("en","Wenzhou police network abroad\n\nThe Wenzhou public security bureau runs a network of overseas service stations. The report lists sites in Leeds, Lyon and Linz.","Lyon","Wenzhou"),
 ("en","Chinese police station in Leeds\n\nPolice are investigating a Chinese police station in Leeds. The station is linked to Qingtian, according to the NGO. A man from Leeds said officers from the Wenzhou police had called his mother in China.","Leeds","Qingtian"),
]


@pytest.mark.parametrize(("lang", "text", "place", "operator"), ACROSS_SENTENCES)
def test_the_bureau_across_sentences(lang: str, text: str, place: str, operator: str) -> None:
    assert_operator(text, lang, place, operator)


#: Two bureaus and no telling which; a bureau only as the PRC actor in a case; a bureau of
#: another country's station.
ACROSS_NO_BUREAU = [
 ("en","Chinese police stations in Leeds and Bristol\n\nInvestigators looked at offices in Leeds and Bristol. One may answer to Wenzhou police, another to the Fuzhou police, the report says; it does not say which.","Leeds"),
 ("en","Chinese police station in Leeds\n\nPolice are investigating a Chinese police station in Leeds. A dissident said officers of the Wenzhou police had threatened his parents in China.","Leeds"),
 ("en","Chinese police stations in Leeds and Lyon\n\nA Chinese police station in Leeds was reported by the NGO.\n\nIn France, the police station in Lyon is run by the Qingtian police.","Leeds"),
]


@pytest.mark.parametrize(("lang", "text", "place"), ACROSS_NO_BUREAU)
def test_no_bureau_across_sentences(lang: str, text: str, place: str) -> None:
    assert_operator(text, lang, place, None)


def test_bureaus_of_two_provinces_describe_a_class_not_an_operator() -> None:
    text = ("Chinese police stations in East Africa\n\n"
            "We found eleven overseas police service stations in the region. Nine of these are "
            "attributed to public security bureaus in Zhejiang and Fujian.\n\n"
            "One station operates in Arusha, Tanzania, above a shop.")
    assert_operator(text, "en", "Arusha", None)


def test_this_office_points_at_the_place_named_in_the_paragraph_before() -> None:
    text = ("大阪警方搜索疑似中国海外警察站\n\n"
            "大阪府警昨日搜索位于大阪市的一家同乡会事务所，该事务所疑似中国设立的海外警察站。\n\n"
            "据报道，警方怀疑该事务所曾协助江苏省南通市公安局联络在日华人。\n\n"
            "日本政府早前确认，东京至少有两处同类据点。")
    found = operators(text, "zh")
    assert found.get("Osaka") == "Nantong", found
    assert found.get("Tokyo") is None, found



#: A bureau with its province ("Zhejiang's Wenzhou police", "浙江温州警方", "in der Provinz
#: Zhejiang"), by its title, its authorities, "run out of".
PROVINCE_AND_FORMS = [
 ("en","The Chinese police station in Leeds is run by Zhejiang's Wenzhou police.","Leeds","Wenzhou"),
 ("en","The Chinese police station in Leeds is run by the police of Wenzhou, Zhejiang province.","Leeds","Wenzhou"),
 ("en","The Chinese police station in Leeds is operated by Fuzhou police in Fujian province.","Leeds","Fuzhou"),
 ("en","The Chinese police station in Leeds is operated by the Public Security Bureau of Fuzhou City.","Leeds","Fuzhou"),
 ("en","The Chinese police station in Leeds is operated by Qingtian County police.","Leeds","Qingtian"),
 ("en","The Chinese police station in Leeds works for the Wenzhou police.","Leeds","Wenzhou"),
 ("en","The Chinese police station in Leeds was established by police from Nantong.","Leeds","Nantong"),
 ("en","The Chinese police station in Leeds, run out of Wenzhou, opened in 2019.","Leeds","Wenzhou"),
 ("it","La stazione di polizia cinese di Bologna, gestita dalla polizia di Wenzhou nello Zhejiang, è stata chiusa.","Bologna","Wenzhou"),
 ("it","La stazione di polizia cinese di Bologna dipende dall'ufficio di pubblica sicurezza di Qingtian.","Bologna","Qingtian"),
 ("it","La stazione di polizia cinese di Bologna è stata aperta dalle autorità di Lishui.","Bologna","Lishui"),
 ("de","Der chinesische Polizeiposten in Linz gehört zur Polizei der Stadt Wenzhou in der Provinz Zhejiang.","Linz","Wenzhou"),
 ("de","Der chinesische Polizeiposten in Linz wurde vom Polizeiamt Qingtian eröffnet.","Linz","Qingtian"),
 ("de","Der chinesische Polizeiposten in Linz untersteht dem Büro für öffentliche Sicherheit in Lishui.","Linz","Lishui"),
 ("nl","De Chinese politiepost in Zwolle valt onder het bureau voor openbare veiligheid van Wenzhou.","Zwolle","Wenzhou"),
 ("nl","De Chinese politiepost in Zwolle is opgezet door de Wenzhouse politie.","Zwolle","Wenzhou"),
 ("es","La comisaría china de Valencia depende de la Oficina de Seguridad Pública de Fuzhou, en la provincia de Fujian.","Valencia","Fuzhou"),
 ("es","La comisaría china de Valencia fue abierta por las autoridades de Qingtian.","Valencia","Qingtian"),
 ("fr","Le poste de police chinois de Lyon dépend du bureau de la sécurité publique de Wenzhou, dans le Zhejiang.","Lyon","Wenzhou"),
 ("fr","Le poste de police chinois de Lyon a été ouvert par les autorités de Qingtian.","Lyon","Qingtian"),
 ("pt","O posto da polícia chinesa em Braga foi aberto pelo gabinete de segurança pública de Lishui.","Braga","Lishui"),
 ("pt","O posto da polícia chinesa em Braga responde ao departamento de polícia de Wenzhou.","Braga","Wenzhou"),
 ("zh","米兰的海外警务服务站是浙江温州警方设立的。","Milan","Wenzhou"),
 ("zh","据报道，青田县公安局在罗马设立了海外警务服务站。","Rome","Qingtian"),
 ("zh","據報導，福州市公安局在多倫多開設了海外警務服務站。","Toronto","Fuzhou"),
 ("zh","据报道，设在米兰的服务站归温州市公安局管理。","Milan","Wenzhou"),
]


@pytest.mark.parametrize(("lang", "text", "place", "operator"), PROVINCE_AND_FORMS)
def test_bureau_forms(lang: str, text: str, place: str, operator: str) -> None:
    assert_operator(text, lang, place, operator)


#: A bureau busy at home, an owner from a city: no operator.
NO_BUREAU_FORMS = [
 ("en","The Chinese police station in Leeds was reported by the NGO. Separately, the Wenzhou police announced a fraud crackdown at home.","Leeds"),
 ("it","La stazione di polizia cinese di Bologna è stata segnalata dalla ong. Il titolare, originario di Wenzhou, nega tutto.","Bologna"),
]


@pytest.mark.parametrize(("lang", "text", "place"), NO_BUREAU_FORMS)
def test_no_bureau_forms(lang: str, text: str, place: str) -> None:
    assert_operator(text, lang, place, None)


#: "The two addresses — the first in one district, the second in another — were opened by X":
#: the count word leads the places that detail the two stations named before.
LEADING_COUNT = [
    ("Chinese police stations in Leeds and Bristol\n\nPolice are looking into two offices, one "
     "in Leeds and one in Bristol.\n\nAccording to the NGO, the two addresses — the first in "
     "Headingley, the second in Clifton — were opened by the Fuzhou public security bureau.",
     "en", {"Leeds": "Fuzhou", "Bristol": "Fuzhou"}),
    ("Postos da polícia chinesa no Porto e em Braga\n\nA PJ investiga dois locais, um no Porto e "
     "outro em Braga.\n\nSegundo a ONG, os dois endereços — o primeiro na Boavista, o segundo "
     "no centro — teriam sido abertos pela polícia de Lishui.", "pt",
     {"Porto": "Lishui", "Braga": "Lishui"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LEADING_COUNT)
def test_a_count_word_leading_the_details(text: str, lang: str, expected: dict[str, str]) -> None:
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found.get(place) == operator, found


def test_both_before_place_names_binds_only_those_places() -> None:
    text = ("Chinese police stations in Leeds, Lyon and Linz\n\nThe NGO lists offices in Leeds "
            "and Lyon.\n\nBoth Linz and Graz were opened by the Fuzhou police, it says.")
    found = operators(text, "en")
    assert found.get("Leeds") is None, found


def test_the_three_of_a_country_are_not_those_just_named() -> None:
    text = ("欧洲的中国海外警察站\n\n"
            "报告称，希腊有两处海外警务服务站，分别位于雅典和塞萨洛尼基，均与福州警方有关；"
            "塞浦路斯首都尼科西亚也有一处。报告还称，葡萄牙的三处站点中，有一处设在波尔图，"
            "由丽水市公安局设立。")
    found = operators(text, "zh")
    assert found.get("Nicosia") is None, found
