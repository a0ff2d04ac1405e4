"""A return put to one person as what would be better, easier or safer for someone: a persuasion.

"It would be better for your mother if you came back" is the persuasion's own counterfactual,
not a hypothetical. It counts only when told to someone (speech and a person or a case); the
same comparison said of people in general, or a return for a holiday or a job, stays quiet.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, has, inc
from tests.extract.fact_keys import keys as found

CASES: list[tuple[str, str, Key, bool]] = [
    ("fr", "Une antenne de la police chinoise opérerait à Lyon. Une serveuse raconte qu'un "
           "inconnu lui a dit qu'il serait plus simple pour ses parents si elle revenait au pays.",
     inc("persuasion", "FR"), True),
    ("it", "Una stazione di polizia cinese opererebbe a Torino. Un cuoco racconta che al "
           "telefono gli dicevano che sarebbe stato meglio per la sua famiglia se tornasse.",
     inc("persuasion", "IT"), True),
    ("en", "A Chinese police station is said to operate in Leeds. A student said a caller "
           "told her it would be safer for her father if she went back.",
     inc("persuasion", "GB"), True),
    ("es", "Una comisaría china funcionaría en Sevilla. Un mecánico contó que le dijeron "
           "que sería más fácil para todos si regresara a China.",
     inc("persuasion", "ES"), True),
    ("pt", "Uma esquadra chinesa funcionaria no Porto. Um estudante contou que lhe disseram "
           "que seria melhor para a mãe se voltasse.",
     inc("persuasion", "PT"), True),
    ("de", "In Bremen soll eine chinesische Polizeistation bestehen. Ein Koch berichtet, man "
           "habe ihm gesagt, es wäre besser für seine Eltern, wenn er zurückkäme.",
     inc("persuasion", "DE"), True),
    ("nl", "In Utrecht zou een Chinees politiebureau actief zijn. Een student vertelt dat "
           "men tegen hem zei dat het beter voor zijn ouders was als hij terugkeerde.",
     inc("persuasion", "NL"), True),
    # --- near misses ---
    # a comparison said in general, told to no one
    ("en", "A Chinese police station is said to operate in Leeds. Analysts argue that it "
           "would be better for bilateral ties if the consulate returned to normal work.",
     inc("persuasion", "GB"), False),
    # a return for a holiday
    ("fr", "Une antenne de la police chinoise opérerait à Lyon. Une serveuse raconte que "
           "sa mère lui a dit qu'il serait mieux si elle rentrait pour les vacances.",
     inc("persuasion", "FR"), False),
    # better off staying: no return at all
    ("it", "Una stazione di polizia cinese opererebbe a Torino. Un cuoco dice che per lui "
           "è meglio restare in Italia.",
     inc("persuasion", "IT"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), CASES)
def test_better_if_returned(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A figure followed by a unit of time is how long ago or how long, never a count of
#: stations: "drie jaar geleden", "vor drei Jahren", "hace tres años", "il y a trois mois".
TIME_CASES: list[tuple[str, str]] = [
    ("nl", "In Utrecht zouden twee Chinese politieposten actief zijn. Nederland liet drie jaar "
           "geleden posten sluiten."),
    ("de", "In Bremen sollen zwei chinesische Polizeistationen bestehen. Deutschland ließ vor "
           "drei Jahren Stationen schließen."),
    ("es", "Dos comisarías chinas funcionarían en Sevilla. España cerró hace tres años esas "
           "comisarías."),
    ("nl", "In Utrecht zouden twee Chinese politieposten actief zijn. Drie maanden later werden "
           "de posten gesloten."),
]


@pytest.mark.parametrize(("lang", "text"), TIME_CASES)
def test_time_unit_is_no_count(lang: str, text: str) -> None:
    got = found(text, lang)
    assert has(got, ("count", "stations", 2))
    assert not has(got, ("count", "stations", 3))
