"""Chinese numerals (simplified and traditional): 一百零二, 三十三万, 八十四萬, 第二, 百分之八.

A regex finds numeral runs; ``cn2an`` converts them. Runs that are words
rather than quantities (统一, 一起, 四川) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_DIGITS = "零〇一二三四五六七八九十两兩壹贰貳叁參肆伍陆陸柒捌玖拾"
_UNITS = "百千万萬亿億佰仟"
_RUN = re.compile(
    rf"(?P<ordinal>第)?(?P<percent>百分之)?(?P<num>[{_UNITS}]*[{_DIGITS}][{_DIGITS}{_UNITS}]*)"
    r"(?P<approx>[余餘多几幾])?(?P<mult>[万萬亿億])?"
)
_ANY_NUMERAL = re.compile(f"[{_DIGITS}]")
#: Formal numerals (cheques, sums of money, section labels "壹、" "肆、") and the characters
#: they share with words: "奧斯陸", "陸使館", "海參崴", "伍" and "陸" as surnames.
_FORMAL_DIGITS = frozenset("壹贰貳叁參肆伍陆陸柒捌玖")
_FORMAL_UNITS = frozenset("拾佰仟")
_FORMAL_RUN = frozenset((*_FORMAL_DIGITS, *_FORMAL_UNITS, "零", "万", "萬", "亿", "億"))
#: "数十", "几百", "好几千": several tens or hundreds, no figure at all.
_SEVERAL = "数數几幾"
_MULTIPLIERS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: Words written with numeral characters that are not quantities.
_NOT_NUMBER_WORDS = (
    "一些", "一起", "一定", "一直", "一般", "一样", "一樣", "一切",
    "一致", "一旦", "一度", "一同", "一边", "一邊", "一律", "一再",
    "一向", "一方面", "一时", "一時", "一下", "一道", "一面", "一线",
    "一線", "一体", "一體", "一贯", "一貫", "一系列", "一流", "一行",
    "一带一路", "一帶一路", "统一", "統一", "唯一", "进一步", "進一步", "同一",
    "单一", "單一", "逐一", "万一", "萬一", "一一", "之一", "专一",
    "十分", "十足", "三亚", "三亞", "四川", "九龙", "九龍", "三明",
    "十堰", "六安", "三峡", "三峽", "五洲", "八达岭", "九江", "三门峡",
    "一国两制", "一國兩制", "两岸", "兩岸", "一中", "七七", "九一八", "二战",
    "二戰", "一战", "一戰", "一审", "一審", "二审", "二審", "十一国庆",
    # "在赫尔辛基设立警察站一事", "…一案", "米兰一带": the matter, the case, the area around
    "一事", "一案", "一带", "一帶",
    # "今天要谈的是一件事", "这是两回事": a matter spoken of, not a case counted
    "一件事", "一回事", "两回事", "兩回事",
    # second-hand goods, a second job: "二手汽车零件", "二手車"
    "二手",
    # a list, at once, all together, first-hand, a one-stop desk: "站点一览", "一并移交",
    # "一举捣毁", "一站式服务"
    "一览", "一覽", "一并", "一併", "一举", "一舉", "一概", "一番", "一手", "一经", "一經",
    "一站式",
    # words with a formal numeral as an ordinary character: "中國大陸" (mainland), "登陆",
    # "参加", "队伍", "收拾", "大肆"
    "大陸", "大陆", "內陸", "内陆", "陸軍", "陆军", "登陸", "登陆", "著陸", "着陆", "陸續", "陆续",
    "陸地", "陆地", "陸路", "陆路", "陸上", "陆上", "陸委會", "陆委会", "陸配", "陆配", "陸生", "陆生",
    "陸客", "陆客", "陸資", "陆资", "陸方", "陆方", "參加", "參與", "參考", "參議", "參觀", "參訪",
    "參照", "參謀", "參選", "參見", "參閱", "參賽", "參展", "參事", "叁加", "隊伍", "队伍", "入伍",
    "退伍", "落伍", "收拾", "拾獲", "拾获", "大肆", "肆意", "放肆", "肆虐",
)
#: Weekday names (周二 is Tuesday, not two).
_WEEKDAYS = tuple(
    prefix + day for prefix in ("周", "週", "星期", "礼拜", "禮拜") for day in "一二三四五六"
)
_NOT_NUMBERS = re.compile(
    "|".join(sorted((*_NOT_NUMBER_WORDS, *_WEEKDAYS, "下一步"), key=len, reverse=True))
)
_NOT_A_NUMBER_KEEP = frozenset({"两岸", "兩岸"})
_BARE_UNITS = frozenset("十百千万萬亿億拾佰仟")
#: "逾百", "过百", "超千", "近百", "上百": more than (nearly, upwards of) a hundred (a thousand),
#: written with the unit alone; "百余", "千余": a hundred odd.
_OVER_UNIT = re.compile(
    r"(?<=[逾过過超破近上])(?P<unit>[百千万萬])(?=[个個家处處座名所人多余餘]|$)"
    rf"|(?<![{_DIGITS}{_UNITS}{_SEVERAL}])(?P<odd>[百千])(?=[余餘])"
)
_UNIT_VALUES = {"百": 100, "千": 1000, "万": 10**4, "萬": 10**4}
#: A character every ``_OVER_UNIT`` match holds: a class search runs in C, while the
#: pattern itself, opening with a look-behind, is tried at every character of a text.
_ANY_UNIT = re.compile("[百千万萬]")


@dataclass(frozen=True, slots=True)
class ChineseNumber:
    start: int
    end: int
    value: int
    ordinal: bool
    percent: bool
    approximate: bool


@lru_cache(maxsize=16384)
def convert(numeral: str) -> int | None:
    """``cn2an`` in smart mode; None when the run is not a well-formed numeral."""
    import cn2an

    try:
        value = cn2an.cn2an(numeral, "smart")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    return int(value) if isinstance(value, int) else None


def find_chinese_numbers(text: str) -> list[ChineseNumber]:
    if not _ANY_NUMERAL.search(text) and not _ANY_UNIT.search(text):
        return []
    excluded = [
        m.span() for m in _NOT_NUMBERS.finditer(text) if m.group() not in _NOT_A_NUMBER_KEEP
    ]
    found: list[ChineseNumber] = []
    for run in _runs(text):
        match = _past_a_word(text, run, excluded)
        if match is None:
            continue
        number = _read(match)
        if number is None:
            continue
        if not match.group("ordinal") and any(
            s <= match.start("num") and match.end("num") <= e for s, e in excluded
        ):
            continue
        if _is_several(text, match):
            continue
        found.append(number)
    for over in _OVER_UNIT.finditer(text):
        value = _UNIT_VALUES[over.group("unit") or over.group("odd")]
        end = over.end() + (1 if over.group("odd") else 0)
        found.append(ChineseNumber(over.start(), end, value, False, False, True))
    return sorted(found, key=lambda n: n.start)


def _past_a_word(text: str, run: re.Match[str], excluded: list[tuple[int, int]]
                 ) -> re.Match[str] | None:
    """The run, or what is left of it after a word its first characters end ("唯一一處" is
    "一處", the only one, never 11; "之一二" is "二"); None when nothing is left."""
    start = run.start("num")
    word_end = next((e for s, e in excluded if s < start < e < run.end("num")), None)
    if word_end is None or run.group("ordinal") or run.group("percent"):
        return run
    rest = _RUN.match(text, word_end)
    return rest if rest is not None and rest.end() <= run.end() else None


def _runs(text: str) -> list[re.Match[str]]:
    """Numeral runs; a run led by a stray formal numeral is read again after it ("奧斯陸一處" is
    "一處"), and one that is stray throughout is none."""
    runs: list[re.Match[str]] = []
    position = 0
    while (match := _RUN.search(text, position)) is not None:
        position = match.end()
        if _stray_formal(match.group("num")):
            lead = match.start("num")
            while lead < match.end("num") and text[lead] in _FORMAL_RUN:
                lead += 1
            if lead == match.start("num") or lead >= match.end("num"):
                continue
            position = lead
            continue
        runs.append(match)
    return runs


def _stray_formal(numeral: str) -> bool:
    """A formal numeral counts only in a run written wholly in formal numerals with a unit or
    two digits ("壹拾貳"); a lone one, or one beside ordinary numerals ("奧斯陸一處"), is a
    character of a word or a name."""
    formal = [char for char in numeral if char in _FORMAL_DIGITS or char in _FORMAL_UNITS]
    if not formal:
        return False
    if any(char not in _FORMAL_RUN for char in numeral):
        return True
    return not (_FORMAL_UNITS.intersection(formal) or len(set(formal)) >= 2)


def _is_several(text: str, match: re.Match[str]) -> bool:
    """ "数十个", "几百名": a bare unit after "several" is a rough size, never the figure 10."""
    start = match.start("num")
    return (
        start > 0
        and text[start - 1] in _SEVERAL
        and not match.group("ordinal")
        and all(char in _BARE_UNITS for char in match.group("num"))
    )


#: Zero written alone: never a figure a report gives, but the first character of words
#: ("零件" parts, "零售" retail, "零星" sporadic, "零容忍" zero tolerance, "凋零").
_ZEROS = frozenset("零〇")


def _read(match: re.Match[str]) -> ChineseNumber | None:
    numeral = match.group("num")
    if not match.group("ordinal") and set(numeral) <= _ZEROS:
        return None
    value = convert(numeral)
    if value is None:
        return None
    end = match.end("num")
    approximate = False
    approx, mult = match.group("approx"), match.group("mult")
    if approx and mult:
        value *= _MULTIPLIERS[mult]
        approximate, end = True, match.end("mult")
    elif approx and numeral[-1] in "十百千万萬亿億拾佰仟":
        approximate, end = True, match.end("approx")
    return ChineseNumber(match.start(), end, value, bool(match.group("ordinal")),
                         bool(match.group("percent")), approximate)
