"""The capital's police as a name for the Chinese state, not for a bureau that runs a station.

Reports in Latin script write "Beijing's police", "la polizia di Pechino", "la police de
Pékin", "die Pekinger Polizei" for China's police as a whole, the way they write "Beijing"
for its government; the station is then tied to a county or city bureau elsewhere, or to
none. Only a mention that names the capital's own bureau by its title ("Beijing Municipal
Public Security Bureau", "北京市公安局") names the capital as an operator.
"""

from __future__ import annotations

import re

from stationwatch.text.view import is_cjk

#: The capital, whose bare police stand for the state.
CAPITAL = "Beijing"

#: A title that names a municipal bureau rather than "the police" (folded view).
_BUREAU_TITLE = re.compile(
    r"public\s+security|municipal|\bpsbs?\b|bureau|sicurezza|seguridad|seguranca|securite"
    r"|sicherheit|veiligheid|questura|uffic|oficina|escritorio|buro|\w*amt\b|behorde|direktion"
    r"|departamento|dipartimento|departement"
)


def is_capital_metonym(name: str, view: str, start: int, end: int, name_start: int) -> bool:
    """Whether the mention ``view[start:end]`` of the bureau ``name`` (its place name starting
    at ``name_start``) is the capital's bare police, written in Latin script."""
    if name != CAPITAL or is_cjk(view[name_start]):
        return False
    return _BUREAU_TITLE.search(view, start, end) is None
