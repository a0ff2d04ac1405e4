"""Build ``src/stationwatch/extract/data/transliteration.json``: the readings of the characters
Chinese writes foreign place names with.

Chinese press writes a small foreign town the gazetteer has no Chinese name for by sound
(Labasa → 拉巴萨). ``stationwatch.extract.zh_sound_places`` reads such a run back by its pinyin
and compares it with the Latin names of the towns of a country the text names. The characters
are those the gazetteer's own Chinese names of places outside the Chinese-writing world use in
at least ``MIN_NAMES`` names (both scripts, as the gazetteer holds both), less the words that
name a kind of place or tie a sentence together; each keeps its place-name reading from pypinyin.

    .venv/bin/python data/build_transliteration.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from pypinyin import Style, lazy_pinyin

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from stationwatch.text.gazetteer import Gazetteer
from stationwatch.text.view import is_cjk

OUT = Path(__file__).resolve().parents[1] / "src/stationwatch/extract/data/transliteration.json"
#: How many names a character must help write to count as a sound character.
MIN_NAMES = 3
#: Where Chinese names of places are Chinese words, not sounds.
CHINESE_WRITING = frozenset({"CN", "TW", "HK", "MO", "SG", "JP", "KR", "KP"})
#: Characters of names that say what a place is, where it lies, or join a sentence: never sound.
NOT_SOUND = frozenset(
    "市省镇鎮城堡海港河湖山区區县縣州郡岛島湾灣角岸畔园園谷泉地村乡鄉府都京坡岭嶺峰洲江川"
    "的是也一二三四五六七八九十百千万萬和与與由在有了对對及或其这這那该該此"
    "北南东東上下中新小老旧舊圣聖白黑红紅金银銀花高自公门門平不可开開合路雪皇永兴興美华華"
    "通宁寧福文本溪日明士第角头頭尾口国國务務院发發人家会會法司他她们們约約后後于於内內"
)


def main() -> None:
    gazetteer = Gazetteer.load()
    column = gazetteer._match
    names: Counter[str] = Counter()
    for alias, rows in zip(column.aliases, column.places, strict=True):
        if not alias or not all(is_cjk(ch) for ch in alias):
            continue
        countries = {gazetteer._place(int(i)).country for i in rows.split(",")}
        if countries & CHINESE_WRITING:
            continue
        names.update(set(alias))
    chars = sorted(ch for ch, n in names.items() if n >= MIN_NAMES and ch not in NOT_SOUND)
    readings = {ch: lazy_pinyin(ch, style=Style.NORMAL)[0] for ch in chars}
    OUT.write_text(json.dumps(readings, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
                   encoding="utf-8")
    print(f"{len(readings)} sound characters -> {OUT}")


if __name__ == "__main__":
    main()
