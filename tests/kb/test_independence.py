"""Near-duplicate documents count as one source, in any script."""

from __future__ import annotations

from stationwatch.kb.independence import source_groups

WIRE = ("The Dutch foreign ministry said on Tuesday it had ordered two so-called overseas police "
        "service stations run by Chinese police in Amsterdam and Rotterdam to close immediately, "
        "after broadcasters reported that they had been used to pressure dissidents to return.")
REPRINT = WIRE.replace("on Tuesday", "on Tuesday evening") + " (Reuters)"
OTHER = ("Spain and China signed a trade agreement on citrus exports in Madrid this week, "
         "the ministry of agriculture said, with shipments of oranges expected by spring.")
ZH = ("荷兰外交部周二表示，已下令立即关闭中国警方在阿姆斯特丹和鹿特丹设立的两个所谓"
      "海外警务服务站，"
      "此前媒体报道称其被用于施压异见人士回国。")
ZHT = ("荷蘭外交部週二表示，已下令立即關閉中國警方在阿姆斯特丹和鹿特丹設立的兩個所謂"
       "海外警務服務站，"
       "此前媒體報道稱其被用於施壓異見人士回國。")
ZH_OTHER = "福州市公安局宣布在五大洲设立三十个海外警务服务站，为侨胞提供驾照更新等服务。"


def test_a_reprinted_wire_story_is_one_source() -> None:
    groups = source_groups({"wire.txt": WIRE, "reprint.txt": REPRINT, "trade.txt": OTHER})
    assert groups.group("reprint.txt") == groups.group("wire.txt")
    assert groups.independent(["wire.txt", "reprint.txt", "trade.txt"]) == 2


def test_chinese_is_compared_by_characters_across_simplified_and_traditional() -> None:
    groups = source_groups({"zh.txt": ZH, "zht.txt": ZHT, "fuzhou.txt": ZH_OTHER})
    assert groups.independent(["zh.txt", "zht.txt"]) == 1
    assert groups.independent(["zh.txt", "fuzhou.txt"]) == 2


def test_a_translation_is_a_different_source() -> None:
    assert source_groups({"en.txt": WIRE, "zh.txt": ZH}).independent(["en.txt", "zh.txt"]) == 2


def test_unknown_and_empty_documents_stand_alone() -> None:
    groups = source_groups({"empty.txt": "", "wire.txt": WIRE})
    assert groups.independent(["empty.txt", "wire.txt", "unseen.txt"]) == 3
