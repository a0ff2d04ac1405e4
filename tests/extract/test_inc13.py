"""Reported cases of pressure to return, written in our own words in each language, beside the
same words in a general rule, a plan, a record of no case, or the host's own services.

A case is a person (named by role) pressed, watched, threatened or sent back, or relatives at
home pressed over them; what stations are for, a target to reach, "no record of a case",
a deportation by the host's immigration service and the host's police hearing a station's
operators are none.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, has, inc
from tests.extract.fact_keys import keys as found

CASES: list[tuple[str, str, Key, bool]] = [
    # French: pressed to go back with an aside between the verb and the return
    ("fr", "Une antenne de la police chinoise opérerait à Nantes. Un cuisinier raconte que des "
           "membres de l'association l'ont pressé, au printemps 2023, de retourner en Chine "
           "pour s'expliquer.", inc("persuasion", "FR"), True),
    ("fr", "Une antenne de la police chinoise opérerait à Nantes. Selon un rapport, un "
           "commerçant recherché a été sommé, l'an dernier, de rentrer en Chine.",
     inc("persuasion", "FR"), True),
    # put on a plane home
    ("fr", "Une antenne de la police chinoise opérerait à Abidjan. Selon une ONG, des membres "
           "du centre ont conduit un commerçant à l'aéroport pour le mettre dans un avion "
           "pour Pékin.", inc("forced_return", "CI"), True),
    # relatives receiving police calls, in the present
    ("fr", "Une antenne de la police chinoise opérerait à Nantes. Une étudiante a refusé de "
           "rentrer; depuis, son père reçoit des appels de policiers chaque semaine.",
     inc("harassment", "FR"), True),
    # photographed and filmed at a gathering
    ("fr", "Une antenne de la police chinoise opérerait à Nantes. Un militant dit avoir été "
           "filmé et photographié lors d'une veillée devant la mairie.",
     inc("surveillance", "FR"), True),
    # asked for information on community members
    ("fr", "Une antenne de la police chinoise opérerait à Nantes. Une Ouïghoure raconte qu'un "
           "employé lui a demandé des renseignements sur les membres de son association.",
     inc("surveillance", "FR"), True),
    # Spanish: the police went to look for a relative at home
    ("es", "Una comisaría china funcionaría en Valencia. Un joven cocinero se negó a volver; "
           "después la policía fue a buscar a sus padres a su pueblo en China.",
     inc("harassment", "ES"), True),
    # Italian: a relative summoned several times, in the conditional of reported speech
    ("it", "Una stazione di polizia cinese opererebbe a Prato. Secondo una denuncia, la madre "
           "di un cuoco sarebbe stata più volte interrogata in Cina perché il figlio tornasse.",
     inc("harassment", "IT"), True),
    # Chinese: parents called by state-security men, protesters photographed one by one
    ("zh", "荷兰鹿特丹据称设有中国海外警务站。一名留学生表示，他在当地参加集会后，"
           "其父母接到自称国安人员的电话。", inc("harassment", "NL"), True),
    ("zh", "荷兰鹿特丹据称设有中国海外警务站。一名留学生表示，集会当天有人在场外逐一拍摄抗议者。",
     inc("surveillance", "NL"), True),
    # German: relatives urged to work on the son
    ("de", "In Dresden soll eine chinesische Polizeistation bestehen. Ein Student berichtet, "
           "Beamte hätten seiner Mutter in China geraten, auf ihren Sohn einzuwirken.",
     inc("harassment", "DE"), True),
    # --- near misses: no case ---
    # a general rule that intimidation is unacceptable
    ("nl", "In Arnhem zou een Chinees politiebureau actief zijn. In het algemeen geldt dat "
           "intimidatie door een buitenlandse staat onaanvaardbaar is.",
     inc("harassment", "NL"), False),
    ("de", "In Dresden soll eine chinesische Polizeistation bestehen. Grundsätzlich gilt, dass "
           "Einschüchterung durch fremde Staaten inakzeptabel ist.",
     inc("harassment", "DE"), False),
    # a target to persuade fugitives back is a plan, not a case
    ("zh", "据称该局在罗马尼亚设有警务联络点。该局力争明年境外劝返人数不少于五名。",
     inc("persuasion", "RO"), False),
    # no record of such a case
    ("pt", "Haveria uma esquadra chinesa em Braga. Não há registo, na PSP, de queixa de "
           "cidadão chinês que tenha sido coagido a regressar ao seu país.",
     inc("persuasion", "PT"), False),
    # a place the host police try to find is no person located
    ("pt", "Haveria uma esquadra chinesa em Braga, e um segundo ponto em Viseu, que a PJ "
           "tenta localizar.", inc("surveillance", "PT"), False),
    # a deportation by the host's immigration service
    ("nl", "In Arnhem zou een Chinees politiebureau actief zijn. Een Chinese man die op het "
           "station werd aangehouden, is door de Dienst Terugkeer en Vertrek naar China "
           "teruggestuurd.", inc("forced_return", "NL"), False),
    ("nl", "In Arnhem zou een Chinees politiebureau actief zijn. Een Chinese man die op het "
           "station werd aangehouden, is door de Dienst Terugkeer en Vertrek naar China "
           "teruggestuurd.", inc("harassment", "NL"), False),
    # data the host's security service gathered
    ("nl", "In Arnhem zou een Chinees politiebureau actief zijn. Uit gegevens die de AIVD "
           "verzamelde, blijkt dat de vereniging banden heeft met een bureau in Wenzhou.",
     inc("surveillance", "NL"), False),
    # the host's police asking the operators to a talk
    ("de", "In Dresden soll eine chinesische Polizeistation bestanden haben. Sie wurde "
           "geschlossen, nachdem die Polizei die Betreiber zu einem Gespräch geladen hatte.",
     inc("harassment", "DE"), False),
    # a plane trip for a holiday is no forced return
    ("fr", "Une antenne de la police chinoise opérerait à Nantes. Le président de "
           "l'association est monté dans un avion pour Lyon afin d'assister à un congrès.",
     inc("forced_return", "FR"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), CASES)
def test_reported_case_or_none(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present
