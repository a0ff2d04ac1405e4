"""Hong Kong, Taiwan or Macau named beside China as where people come from, not as a host.

"Students from the People's Republic of China and Hong Kong at Scottish universities",
"Studierende aus China und Hongkong", "étudiants de Chine et de Hong Kong", 来自中国和香港的学生:
the second origin of a coordination is an origin as much as the first, so the case told of such
people happened in the host, not in Hong Kong. Read in the folded view.
"""

from __future__ import annotations

import re

#: People, then "from" China and a coordinator, ending right before the second origin.
_FROM_CHINA_AND = re.compile(
    r"\b(?:students?|studierende\w*|studenten|student\w*|estudiantes?|estudantes?|etudiant\w*"
    r"|people|persons|nationals|citizens|residents|dissidents|activists|workers|migrants"
    r"|menschen|burger\w*|mensen|personas|pessoas|personnes|persone|cittadini|ciudadanos"
    r"|cidadaos|citoyens|diaspora)\b[^.;]{0,25}?"
    r"\b(?:from|aus|uit|van|de|di|da|dalla|du|del|do|provenienti da|originari di)\s+"
    r"(?:the\s+|la\s+|a\s+)?(?:people.s republic of china|mainland china|china|prc|the mainland"
    r"|volksrepublik china|chine|cina|chinese vasteland|festlandchina)"
    r"\s*(?:,|and|und|en|y|e|et|or|o|ou|oder|sowie)\s+(?:(?:from|aus|uit|van|de|di|da|du|d.|del"
    r"|do)\s*)?(?:the\s+)?$"
    r"|来自(?:中国|大陆|大陸|内地|內地)(?:和|及|与|與|、)$"
)
#: How far before the second origin the coordination may start (characters).
REACH = 90


def second_origin(view: str, start: int) -> bool:
    """Whether the name at ``start`` is coordinated with China after a "from" of people."""
    return _FROM_CHINA_AND.search(view, max(0, start - REACH), start) is not None
