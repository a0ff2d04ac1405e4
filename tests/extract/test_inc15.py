"""Round 14, incidents and responses: cases told in scare quotes, forced returns told by their
means (a flight), checks that did not allow an offence to be established, quarters and town
names that are no far-away place, and closures or arrests with an ordinary cause.

Every text is written for these tests; each group has its near misses (what must not fire).
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, has, inc, resp
from tests.extract.fact_keys import keys as found

#: Incident words split by quote marks are matched as if the quotes were not there.
QUOTED: list[tuple[str, str, Key, bool]] = [
    ("fr", "Un poste de police chinois opérerait à Lille. Un étudiant dit avoir été pressé par "
           "des membres de l'amicale de « rentrer au pays » pour y être jugé.",
     inc("persuasion", "FR"), True),
    ("it", "Una stazione di polizia cinese opererebbe a Brescia. Un barista racconta di essere "
           "stato spinto a \u00abtornare\u00bb in Cina da due membri dell'associazione.",
     inc("persuasion", "IT"), True),
    ("es", "Una comisaría china funcionaría en Alicante. Una peluquera relató que la "
           "presionaron para \u201cvolver\u201d a China y saldar una deuda.",
     inc("persuasion", "ES"), True),
    # --- near misses: a purpose in quotes, what the stations are tools for ---
    ("it", "Una stazione di polizia cinese opererebbe a Brescia. Le sedi sarebbero strumenti "
           "per \"convincere\" i latitanti a rientrare, non un caso accertato.",
     inc("persuasion", "IT"), False),
    ("fr", "Un poste de police chinois opérerait à Lille. Ces antennes seraient des outils pour "
           "« persuader » les fugitifs de rentrer.",
     inc("persuasion", "FR"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), QUOTED)
def test_incident_in_scare_quotes(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A person put on a flight, or driven to an airport and boarded, by others.
FLIGHTS: list[tuple[str, str, Key, bool]] = [
    ("en", "A Chinese police station operated in Leeds, police say. Two of its volunteers drove "
           "a restaurant owner to Manchester Airport and put him on a flight to Beijing.",
     inc("forced_return", "GB"), True),
    ("es", "Una comisaría china operaba en Asunción. Un comerciante fue embarcado en un vuelo "
           "a Cantón por dos hombres de la asociación en marzo de 2023.",
     inc("forced_return", "PY"), True),
    ("fr", "Un poste de police chinois opérait à Nantes. Un cuisinier a été conduit à "
           "l'aéroport par deux membres de l'association puis placé sur un vol pour Pékin.",
     inc("forced_return", "FR"), True),
    ("de", "In Hannover soll eine chinesische Polizeistation bestanden haben. Zwei Mitarbeiter "
           "begleiteten einen Händler zum Flughafen und setzten ihn in ein Flugzeug nach "
           "Shanghai.",
     inc("forced_return", "DE"), True),
    # --- near misses: the route is no host; a host's deportation is no incident ---
    ("de", "In Hannover soll eine chinesische Polizeistation bestanden haben. Zwei Mitarbeiter "
           "setzten einen Händler in ein Flugzeug nach Istanbul mit Anschluss nach Shanghai.",
     inc("forced_return", "TR"), False),
    ("en", "A Chinese police station operated in Leeds, police say. Separately, the Home "
           "Office deported a man convicted of fraud, who was escorted to Heathrow airport and "
           "boarded a plane to Beijing.",
     inc("forced_return", "GB"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), FLIGHTS)
def test_forced_return_by_flight(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: Checks that did not allow an offence to be established, in a past tense.
NOTHING_FOUND: list[tuple[str, str, Key, bool]] = [
    ("es", "La policía registró la supuesta comisaría china de Valencia. Las diligencias no "
           "permitieron acreditar la existencia de delito alguno.",
     resp("ES", "no_wrongdoing_found"), True),
    ("it", "La polizia ha perquisito la presunta stazione di polizia cinese di Prato. Gli "
           "accertamenti non consentirono di accertare reati.",
     resp("IT", "no_wrongdoing_found"), True),
    ("en", "Police searched the alleged Chinese police station in Leeds. Officers failed to "
           "find any evidence of wrongdoing.",
     resp("GB", "no_wrongdoing_found"), True),
    # --- near miss: what a law does not allow, in the present ---
    ("es", "Una comisaría china funcionaría en Valencia. La ley no permite establecer "
           "oficinas policiales extranjeras.",
     resp("ES", "no_wrongdoing_found"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), NOTHING_FOUND)
def test_checks_found_nothing(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A quarter, or the tail of a longer town name, read as a far-away state's town.
PLACES: list[tuple[str, str, Key, bool]] = [
    ("pt", "Associação ligada à polícia chinesa em Manaus\n\nUma associação de conterrâneos, "
           "instalada numa sala do bairro de Adrianópolis, ganhou fama de resolver tudo. "
           "Segundo a Polícia Federal, que abriu inquérito em abril, a entidade funcionava como "
           "posto de serviço da segurança pública de Huilai.",
     resp("BR", "investigation"), True),
    ("pt", "Associação ligada à polícia chinesa em Manaus\n\nUma associação de conterrâneos, "
           "instalada numa sala do bairro de Adrianópolis, ganhou fama de resolver tudo. "
           "Segundo a Polícia Federal, que abriu inquérito em abril, a entidade funcionava como "
           "posto de serviço da segurança pública de Huilai.",
     ("response", "TR"), False),
    ("pt", "A PJ investiga uma alegada esquadra chinesa em Viana do Castelo. Uma "
           "empregada de "
           "uma loja de Ponte de Lima foi pressionada por membros da associação a regressar à "
           "China.",
     inc("persuasion", "PE"), False),
    ("pt", "A PJ investiga uma alegada esquadra chinesa em Viana do Castelo. Uma "
           "empregada de "
           "uma loja de Ponte de Lima foi pressionada por membros da associação a regressar à "
           "China.",
     inc("persuasion", "PT"), True),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), PLACES)
def test_quarters_and_name_tails(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: Closures and arrests with an ordinary cause are local policing, not responses.
ORDINARY: list[tuple[str, str, Key, bool]] = [
    ("en", "Council shuts Chinese takeaway near the station after cocaine find\n\n"
           "The council has closed a Chinese takeaway opposite the railway station for three "
           "months. The owner, a 48-year-old man, was arrested.",
     ("response", "GB"), False),
    ("nl", "Gemeente sluit Chinees restaurant bij het station na vondst van hennep\n\n"
           "De burgemeester heeft het restaurant voor zes maanden gesloten. De eigenaar werd "
           "aangehouden.",
     ("response", "NL"), False),
    # --- the station's own closure stays a response ---
    ("en", "Police in Glasgow closed the Chinese police station run by the Fuzhou public "
           "security bureau.",
     resp("GB", "closure"), True),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), ORDINARY)
def test_ordinary_cause_is_no_response(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present
