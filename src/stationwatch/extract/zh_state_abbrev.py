"""States written by one character in Chinese: 中乌两国, 中斐执法合作, 俄方, 寮中两国.

Chinese officials and reporters name the two parties of a relation by the first character
of each state's name ("中乌是全面战略伙伴", "中俄执法合作", "乌方决定…") once the state has
been named in full. One character is ambiguous (乌 is Uzbekistan and Ukraine, 巴 Pakistan and
Brazil), so it stands for a state only where the document names exactly one state, other
than China, whose name begins with it. Matched on the folded (simplified) view, so both
scripts read alike (寮 is Laos in the traditional press, 老 in the mainland's).
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: Characters that head a state's name but are words of direction or rank before 方 or
#: after 中 (西方 the West, 东方, 南方, 北方, 中东, 中南, 中西医): never read as a state.
_NOT_ABBREVIATIONS = frozenset("中西东南北")
#: "中X" as the pair of China and state X: the words that follow such a pair ("中乌两国",
#: "中斐执法合作", "中俄关系", "中塞双方", "中乌是…伙伴").
_PAIR = re.compile(
    r"中(?P<a>.)(?=两国|双方|关系|合作|执法|警务|警方|安全|是|之间|签署|友好|建交|边境"
    r"|全面|战略|间|外长|领导人|元首|联合)"
    r"|(?P<b>.)中(?=两国|双方|关系|之间)"
)
#: "X方" as state X's side, not 方面 (aspect), 方法, 方式, 方案, 方向, 方便, 方针.
_SIDE = re.compile(r"(?P<a>.)方(?![面法式案向便针])")


def _abbreviations(doc: DocContext) -> dict[str, str]:
    """First character of each state the document names in Chinese, where one state has it."""
    heads: dict[str, set[str]] = {}
    for sentence in doc.sentences:
        if not (sentence.lang or "").startswith("zh"):
            continue
        for match, code in sentence.country_mentions():
            if code == "CN" or match.kind != "country" or match.end - match.start < 2:
                continue
            head = sentence.view[match.start]
            if head not in _NOT_ABBREVIATIONS:
                heads.setdefault(head, set()).add(code)
    return {head: next(iter(codes)) for head, codes in heads.items() if len(codes) == 1}


def abbreviated_states(doc: DocContext, sentence: Sentence) -> list[str]:
    """States the sentence names by one character as China's partner or as a side."""
    if not (sentence.lang or "").startswith("zh"):
        return []
    heads = _abbreviations(doc)
    if not heads:
        return []
    found: list[tuple[int, str]] = []
    for pattern in (_PAIR, _SIDE):
        for match in pattern.finditer(sentence.view):
            name = "a" if match.group("a") is not None else "b"
            code = heads.get(match.group(name))
            if code is not None:
                found.append((match.start(name), code))
    return list(dict.fromkeys(code for _, code in sorted(found)))


def host_side_before(doc: DocContext, sentence: Sentence, offset: int) -> bool:
    """Whether the last side named before ``offset`` is a host state's ("柬方有关部门检查后并未
    发现任何违法问题"): a finding after it is that state's, even told by the PRC spokesperson,
    where "中方" last would make it China's own word."""
    if not (sentence.lang or "").startswith("zh"):
        return False
    heads = _abbreviations(doc)
    sides = list(_SIDE.finditer(sentence.view, 0, offset))
    return bool(sides) and heads.get(sides[-1].group("a")) is not None
