"""Document structure of transcripts, answers and reports: who a turn speaks for, what a
question's premise asserts, and the topic an answer takes from the question just asked."""

from __future__ import annotations

import pytest

from stationwatch.extract.sentences import split_sentences
from tests.extract.fact_keys import has, keys

HEAD = {
    "en": "Foreign Ministry Spokesperson's Regular Press Conference on May 6, 2025",
    "fr": "Conférence de presse régulière du porte-parole du ministère des Affaires "
          "étrangères du 6 mai 2025",
    "de": "Regelmäßige Pressekonferenz des Sprechers des Außenministeriums vom 6. Mai 2025",
}
OPENING = {
    "en": "Q: Police in Poland searched an office in Gdansk suspected of serving as an "
          "overseas police station of the Wenzhou public security bureau. What is your "
          "response?\n\nA: We have noted the reports.",
    "fr": "Q : La police polonaise a perquisitionné un local à Gdansk soupçonné de servir de "
          "« poste de police à l'étranger » au bureau de la sécurité publique de Wenzhou. "
          "Quelle est votre réaction ?\n\nR : Nous avons pris note de ces informations.",
    "de": "Frage: Die polnische Polizei hat in Danzig ein Büro durchsucht, das als "
          "Übersee-Polizeistation des Büros für öffentliche Sicherheit Wenzhou gedient haben "
          "soll. Wie reagieren Sie?\n\nAntwort: Wir haben die Berichte zur Kenntnis genommen.",
}
#: A later exchange about a visit: the partner is named only in the question.
VISIT = {
    "en": ("Q: The president of Madagascar is on a state visit to China this week. What did "
           "the two countries sign?\n\nA: During the visit, the two sides signed an "
           "agreement on public security cooperation."),
    "fr": ("Q : Le président de Madagascar effectue cette semaine une visite d'État en Chine. "
           "Quels documents les deux pays ont-ils signés ?\n\nR : Au cours de la visite, les "
           "deux parties ont signé un accord de coopération en matière de sécurité publique."),
    "de": ("Frage: Der Präsident von Madagaskar ist diese Woche zu einem Staatsbesuch in "
           "China. Was haben die beiden Länder unterzeichnet?\n\nAntwort: Während des Besuchs "
           "haben beide Seiten ein Abkommen über die Zusammenarbeit im Bereich der "
           "öffentlichen Sicherheit unterzeichnet."),
}
#: The same answer after a question that names no partner at all.
UNNAMED = {
    "en": ("Q: There was a visit this week. What was signed?\n\nA: During the visit, the two "
           "sides signed an agreement on public security cooperation."),
    "fr": ("Q : Il y a eu une visite cette semaine. Qu'a-t-on signé ?\n\nR : Au cours de la "
           "visite, les deux parties ont signé un accord de coopération en matière de sécurité "
           "publique."),
    "de": ("Frage: Diese Woche gab es einen Besuch. Was wurde unterzeichnet?\n\nAntwort: "
           "Während des Besuchs haben beide Seiten ein Abkommen über die Zusammenarbeit im "
           "Bereich der öffentlichen Sicherheit unterzeichnet."),
}


def _transcript(lang: str, *exchanges: str) -> str:
    return "\n\n".join((HEAD[lang], OPENING[lang], *exchanges)) + "\n"


@pytest.mark.parametrize("lang", sorted(VISIT))
def test_the_two_sides_are_china_and_the_state_of_the_question(lang: str) -> None:
    found = keys(_transcript(lang, VISIT[lang]), lang)
    assert has(found, ("agreement", "MG", "security_agreement"))
    assert not has(found, ("agreement", "PL"))  # the host of an earlier exchange


@pytest.mark.parametrize("lang", sorted(UNNAMED))
def test_a_new_question_naming_no_partner_does_not_hand_the_host_an_accord(lang: str) -> None:
    found = keys(_transcript(lang, UNNAMED[lang]), lang)
    assert not has(found, ("agreement", "PL"))
    assert has(found, ("station", "PL"))  # the first exchange still stands


def test_the_two_sides_in_an_article_are_the_pair_of_the_visit_just_told() -> None:
    text = ("Warsaw, 6 May — Poland expelled a diplomat over a suspected police station in "
            "Gdansk run by the Wenzhou public security bureau.\n\n"
            "In Beijing, the interior minister of Peru met his Chinese counterpart on Monday. "
            "The two sides signed a memorandum on police cooperation.\n")
    found = keys(text, "en")
    assert has(found, ("agreement", "PE"))
    assert not has(found, ("agreement", "PL"))


#: A press conference that turns from the stations to a rail strike: "stations" there are
#: railway stations, and the figure in the answer is no count of police stations.
SUBJECT_CHANGE = {
    "en": ("Q (Reuters): Police in Poland searched an overseas police station in Gdansk run by "
           "the Wenzhou public security bureau. Was anyone pressed to return?\n\nMinister: We know of one case.\n\n"
           "Q (BBC): On another subject: the rail strike. How many stations stay shut on "
           "Monday?\n\nMinister: As far as I know, about thirty stations, mostly in the north."),
    "nl": ("Vraag (NOS): De Poolse politie doorzocht een Chinese politiepost in Gdansk van het "
           "bureau voor openbare veiligheid van Wenzhou. Is iemand onder druk gezet?\n\n"
           "Minister: Er is ons één geval bekend.\n\n"
           "Vraag (Trouw): Over iets anders: de staking bij het spoor. Hoeveel stations "
           "blijven maandag dicht?\n\nMinister: Voor zover ik weet ongeveer dertig stations, "
           "vooral in het noorden."),
    "de": ("Frage (ARD): Die polnische Polizei hat eine chinesische Polizeistation in Danzig "
           "durchsucht, die vom Büro für öffentliche Sicherheit Wenzhou betrieben wird. Wurde "
           "jemand unter Druck gesetzt?\n\nMinister: Uns ist ein Fall bekannt.\n\n"
           "Frage (ZDF): Zu einem anderen Thema: der Bahnstreik. Wie viele Bahnhöfe und "
           "Stationen bleiben am Montag geschlossen?\n\nMinister: Soweit ich weiß, etwa "
           "dreißig Stationen, vor allem im Norden."),
    "es": ("Pregunta (EFE): La policía polaca registró una comisaría china en Gdansk dirigida "
           "por la oficina de seguridad pública de Wenzhou. ¿Se presionó a alguien?\n\n"
           "Ministro: Nos consta un caso.\n\n"
           "Pregunta (RNE): Cambiando de tema: la huelga ferroviaria. ¿Cuántas estaciones "
           "seguirán cerradas el lunes?\n\nMinistro: Que yo sepa, unas treinta estaciones, "
           "sobre todo en el norte."),
    "zh": ("记者：有报道称，格但斯克一处由温州市公安局设立的\"海外警务服务站\"曾劝说当地华人回国。"
           "你对此有何评论？\n\n部长：我们知道有一起这样的案件。\n\n"
           "记者：换个话题。铁路罢工期间，周一有多少个车站将关闭？\n\n"
           "部长：据我所知，大约三十个车站，主要在北部。"),
}


@pytest.mark.parametrize("lang", sorted(SUBJECT_CHANGE))
def test_a_change_of_subject_closes_the_stations_topic(lang: str) -> None:
    found = keys(SUBJECT_CHANGE[lang], lang)
    assert not any(k[0] == "count" and 30 in k for k in found), found
    assert has(found, ("station", "PL"))  # the exchange before still stands


def test_a_change_of_subject_back_to_china_keeps_its_facts() -> None:
    text = ("Q (Reuters): How is the rail strike going?\n\nMinister: Trains run again.\n\n"
            "Q (BBC): On another subject: the Chinese police station in Gdansk run by the "
            "Wenzhou public security bureau. Has it closed?\n\n"
            "Minister: Yes, the police closed the site in Gdansk last week.\n")
    found = keys(text, "en")
    assert has(found, ("station", "PL"))


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "记者：据报道，匈牙利城市塞格德一家华人协会的办公室上周遭警方搜查。匈牙利检方称，"
           "该处实为\"海外警务服务站\"，由浙江省青田县公安局开设。你对此有何回应？"),
    ("zh", "記者：據報導，匈牙利城市塞格德一家華人協會的辦公室上週遭警方搜查。匈牙利檢方稱，"
           "該處實為「海外警務服務站」，由浙江省青田縣公安局開設。你對此有何回應？"),
])
def test_the_premises_of_a_question_point_back_to_the_city_just_named(lang: str,
                                                                     text: str) -> None:
    found = keys(text, lang)
    assert has(found, ("station", "HU", "Szeged"))


def test_the_premises_point_back_only_to_a_city_named_before() -> None:
    text = ("记者：据报道，匈牙利检方上周展开调查。检方称，该处实为\"海外警务服务站\"，"
            "由浙江省青田县公安局开设。你对此有何回应？")
    found = keys(text, "zh")
    assert not has(found, ("station", "HU", "Szeged"))
    assert not any(k[0] == "station" and k[2] not in (None, "") for k in found), found


#: A question whose premise only says joint patrols may come: nothing is agreed yet.
MAY_PATROL = [
    ("en", "Q: Analysts say China and Hungary may hold joint police patrols on Lake Balaton "
           "this summer. Can you tell us about the arrangements?"),
    ("de", "Frage: Beobachter meinen, China und Ungarn könnten im Sommer gemeinsame "
           "Polizeistreifen am Plattensee durchführen. Können Sie Einzelheiten nennen?"),
    ("fr", "Q : Selon des analystes, la Chine et la Hongrie pourraient mener des patrouilles "
           "conjointes de police au lac Balaton cet été. Pouvez-vous préciser ?"),
    ("zh", "记者：有分析认为，中国和匈牙利可能在今年夏季于巴拉顿湖畔开展警务联合巡逻。"
           "能否介绍具体安排？"),
    ("zh", "記者：有分析認為，中國和匈牙利可能於今年夏季在巴拉頓湖畔開展警務聯合巡邏。"
           "能否介紹具體安排？"),
]


@pytest.mark.parametrize(("lang", "text"), MAY_PATROL)
def test_a_premise_of_patrols_that_may_come_is_no_agreement(lang: str, text: str) -> None:
    assert not has(keys(text, lang), ("agreement", "HU"))


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "发言人：中国和匈牙利今年夏季在巴拉顿湖畔开展了警务联合巡逻。"),
    ("zh", "中国和匈牙利去年在巴拉顿湖畔开展了警务联合巡逻，今年可能还会继续。"),
])
def test_patrols_held_stay_an_agreement(lang: str, text: str) -> None:
    assert has(keys(text, lang), ("agreement", "HU", "joint_patrol"))


#: A written question in lettered items and the answer item by item: the answer's item (b)
#: leaves out whose memorandum it is; the question's item (b) says it.
WRITTEN = {
    "en": ("(a) Is the Minister aware of reports of a Chinese police station in Tartu?\n\n"
           "(b) Is the memorandum on police cooperation between Estonia and China still in "
           "force?\n\nANSWER\n\n(a) Yes.\n\n(b) The memorandum on police cooperation signed "
           "in 2016 remains in force.\n"),
    "de": ("a) Sind der Landesregierung Berichte über eine chinesische Polizeistation in "
           "Tartu bekannt?\n\nb) Ist die Absichtserklärung über polizeiliche Zusammenarbeit "
           "zwischen Estland und China noch in Kraft?\n\nAntwort\n\na) Ja.\n\nb) Die 2016 "
           "unterzeichnete Absichtserklärung über polizeiliche Zusammenarbeit ist weiterhin "
           "in Kraft.\n"),
    "es": ("a) ¿Tiene conocimiento el Gobierno de una comisaría china en Tartu?\n\n"
           "b) ¿Sigue en vigor el memorando de cooperación policial entre Estonia y China?"
           "\n\nRespuesta\n\na) Sí.\n\nb) El memorando de cooperación policial firmado en "
           "2016 sigue en vigor.\n"),
}


@pytest.mark.parametrize("lang", sorted(WRITTEN))
def test_an_answer_item_takes_its_partner_from_the_question_item(lang: str) -> None:
    assert has(keys(WRITTEN[lang], lang), ("agreement", "EE", "security_agreement"))


def test_an_answer_item_whose_question_names_no_china_yields_no_accord() -> None:
    text = ("(a) Is the Minister aware of reports of a Chinese police station in Tartu?\n\n"
            "(b) Is the memorandum on police cooperation with Latvia still in force?\n\n"
            "ANSWER\n\n(a) Yes.\n\n(b) The memorandum on police cooperation signed in 2016 "
            "remains in force.\n")
    assert not has(keys(text, "en"), ("agreement", "EE"))
    assert not has(keys(text, "en"), ("agreement", "LV"))


@pytest.mark.parametrize("label", ["HON. MINISTER FOR POLICING:", "The Rt. Hon. Member:",
                                   "Abg. Weber (SPD):", "Dip. Pérez:", "Dep. Sousa (PS):"])
def test_a_member_s_title_does_not_cut_the_speaker_label(label: str) -> None:
    text = f"{label} The Estonian police closed the station in Tartu."
    assert split_sentences(text) == [(0, len(text))]


def test_a_sentence_ending_before_a_title_still_ends() -> None:
    text = "The site closed in May. Hon. Member Smith asked why."
    assert len(split_sentences(text)) == 2


#: A press conference where the answer confirms the act asked about by a pronoun only.
CONFIRMED = {
    "en": ("Q (BBC): Police searched a Chinese police station in Tartu run by the Wenzhou "
           "public security bureau.\n\nQ (BBC): Will you summon the Chinese ambassador?\n\n"
           "Prime Minister: That has already been done by the foreign minister this morning."),
    "nl": ("Vraag (NOS): De politie doorzocht een Chinese politiepost in Tartu van het bureau "
           "voor openbare veiligheid van Wenzhou.\n\nVraag (NOS): Gaat u de Chinese "
           "ambassadeur ontbieden?\n\nMinister-president: Dat heeft de minister van "
           "Buitenlandse Zaken vanochtend al gedaan."),
    "de": ("Frage (ARD): Die Polizei durchsuchte eine chinesische Polizeistation in Tartu des "
           "Büros für öffentliche Sicherheit Wenzhou.\n\nFrage (ARD): Werden Sie den "
           "chinesische Botschafter einbestellt?\n\nMinisterpräsident: Das hat der "
           "Außenminister heute Morgen bereits getan."),
}
#: The same question, declined: nothing is done.
DECLINED = {
    "en": "Prime Minister: That is not planned at this stage.",
    "nl": "Minister-president: Dat is op dit moment niet aan de orde.",
    "de": "Ministerpräsident: Das ist derzeit nicht geplant.",
}


@pytest.mark.parametrize("lang", sorted(CONFIRMED))
def test_an_answer_that_confirms_by_a_pronoun_asserts_the_act_asked(lang: str) -> None:
    assert has(keys(CONFIRMED[lang], lang), ("response", "EE", "protest", "asserted"))


@pytest.mark.parametrize("lang", sorted(DECLINED))
def test_an_answer_that_declines_asserts_nothing(lang: str) -> None:
    question, _, _ = CONFIRMED[lang].rpartition("\n\n")
    found = keys(f"{question}\n\n{DECLINED[lang]}", lang)
    assert not has(found, ("response", "EE", "protest", "asserted"))
