"""check16 part A, documents 001-004 (zh-hans). Held-out material: contains gold."""
from h import S, C, R, I, A, D, wrap_cjk

SD = "Safeguard Defenders"

T001 = """越南警方调查岘港“海外警务服务站” 报告称涉广西合浦县公安局
2026-11-18 09:42  来源：东南亚华文通讯社  作者：本社驻河内记者  字号：大 中 小

【东南亚华文通讯社河内11月18日电】越南公安部一名发言人17日证实，警方已对中部城市岘港一处被指由中国地方公安机关设立的“海外警务服务站”展开调查。

据总部位于马德里的人权组织“保护卫士”（Safeguard Defenders）本月发布的报告，该站点设在岘港山茶郡一栋三层商住楼内，对外挂的是“华侨华人联谊服务中心”的牌子，实际由广西北海市合浦县公安局于2021年设立。报告称，越南境内至少有三处类似站点，另一处已确认的站点位于北部港口城市海防，由广西崇左市公安局主导运营；第三处的具体位置，报告出于保护消息来源的考虑未予公开。

[图片说明：岘港山茶郡一栋商住楼。报告称，该站点曾设于三楼。摄影：本社记者]

越南公安部发言人在例行记者会上说，岘港市公安局已“约谈相关人员，并调取了楼内的出入记录”，目前核查仍在进行，尚未对任何人采取强制措施。对于越方是否已就此召见中国驻越南大使，发言人未作回应。

相关阅读：
· 越南今年前十个月接待中国游客逾三百万人次
· 河内华人商会换届 新会长就职
· 图集｜岘港美溪沙滩迎来旅游旺季

报告还援引了一名在海防经营建材生意的广西籍商人的经历。据报告描述，这名商人因国内一宗合同纠纷被立案后，海防那处站点的两名工作人员先后三次登门，劝他“回去把事情说清楚，争取从宽”；他在合浦老家的母亲和弟弟也多次被当地派出所民警叫去谈话。今年五月，他自行买了机票回国，此后再无音讯。

“说白了，这些站点就是把手伸到国境之外。”保护卫士的一名研究员在接受本社电话采访时说。她表示，该组织目前在全球五十三个国家记录了一百零二处此类站点，“东南亚的比例比我们一开始估计的要高”。

中国驻越南大使馆当天在其网站发布声明，称有关报道“完全是别有用心的炒作”。声明说，所谓“警务站”不过是当地侨团志愿者运营的服务点，只是协助在越侨胞办理驾驶证到期换证、体检预约等线上业务，“根本不存在中国警察在海外执法的问题”。

【编辑：黄蔚】【责任编辑：林晓】

本文为东南亚华文通讯社原创稿件，未经授权不得转载。
订阅每日简报：输入邮箱，即可免费获取东南亚要闻。
本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们的Cookie政策。

更正（11月18日15:20）：本文早前版本误称海防的站点由广西防城港市公安局运营，报告原文所列为崇左市公安局，现已更正。特此致歉。
"""

F001 = [
    S("VN", "Da Nang", "越南公安部一名发言人17日证实，警方已对中部城市岘港一处被指由中国地方公安机关设立的“海外警务服务站”展开调查。", claimant="Vietnamese Ministry of Public Security", date="2026-11-17"),
    S("VN", "Da Nang", "该站点设在岘港山茶郡一栋三层商住楼内，对外挂的是“华侨华人联谊服务中心”的牌子，实际由广西北海市合浦县公安局于2021年设立", operator="Hepu", operator_alt=["Beihai"], claimant=SD, date="2021"),
    C("stations", 3, "VN", "报告称，越南境内至少有三处类似站点", claimant=SD),
    S("VN", "Haiphong", "另一处已确认的站点位于北部港口城市海防，由广西崇左市公安局主导运营", operator="Chongzuo", claimant=SD, place_alt=["Hai Phong"], note="the appended correction replaces Fangchenggang by Chongzuo"),
    R("VN", "investigation", "越南公安部一名发言人17日证实，警方已对中部城市岘港一处被指由中国地方公安机关设立的“海外警务服务站”展开调查。", place="Da Nang", claimant="Vietnamese Ministry of Public Security", date="2026-11-17"),
    R("VN", "arrest", "目前核查仍在进行，尚未对任何人采取强制措施", pol="denied", opt=True, claimant="Vietnamese Ministry of Public Security", note="no coercive measures yet"),
    I("VN", "persuasion", "海防那处站点的两名工作人员先后三次登门，劝他“回去把事情说清楚，争取从宽”", place="Haiphong", claimant=SD, note="he flew home in May"),
    I("VN", "harassment", "他在合浦老家的母亲和弟弟也多次被当地派出所民警叫去谈话", claimant=SD, opt=True, note="relatives inside a persuasion case"),
    C("stations", 102, None, "该组织目前在全球五十三个国家记录了一百零二处此类站点", claimant=SD),
    C("countries", 53, None, "该组织目前在全球五十三个国家记录了一百零二处此类站点", claimant=SD),
    D("CN", "中国驻越南大使馆当天在其网站发布声明，称有关报道“完全是别有用心的炒作”。", claimant="Chinese Embassy in Vietnam", date="2026-11-18"),
    S("VN", None, "所谓“警务站”不过是当地侨团志愿者运营的服务点，只是协助在越侨胞办理驾驶证到期换证、体检预约等线上业务，“根本不存在中国警察在海外执法的问题”", claimant="Chinese Embassy in Vietnam", pol="denied", opt=True),
]

T002 = """2026年11月24日外交部发言人主持例行记者会

发布时间：2026-11-24 18:05  来源：外交部网站

　　应美方邀请，国务委员将于本月下旬出席在纽约举行的联合国安理会高级别会议。

　　总台央视记者：发言人能否介绍一下此访的具体安排？

　　发言人：有关情况我们会适时发布。

　　法新社记者：据泰国媒体报道，泰国警方上周五搜查了位于乌隆他尼府的一处所谓“海外警务服务站”，当场带走两名中国籍男子，并以涉嫌未经许可从事警务活动对他们提出指控。泰方称，该站点由海南省三亚市公安局设立。另据报道，孔敬府也有一处类似站点，目前正在接受泰国警方核查。中方对此有何回应？

　　发言人：我注意到有关报道。我要强调的是，中国政府一贯严格遵守国际法，尊重各国司法主权。所谓“海外警务站”根本不存在。海外一些侨团设立的服务点，是为了帮助因疫情等原因无法回国的侨胞在线办理驾驶证换领、体检等事务，工作人员都是志愿者，不是警察。希望有关方面不要借题发挥。

　　法新社记者：那两名被带走的中国公民现在情况如何？中方是否已提供领事协助？

　　发言人：中国驻泰国使馆正在了解情况，将依法为当事人提供必要的领事协助。

　　彭博社记者：泰国外交部本周一召见了中国驻泰国大使馆临时代办，就此事提出交涉。中方是否接受泰方的交涉？会不会影响两国执法合作？

　　发言人：我不掌握你提到的情况。中泰一家亲，两国执法部门一直保持着良好合作。今年旅游旺季，双方警员在华欣、苏梅岛等旅游热点开展了第三阶段中泰警务联合巡逻，受到两国游客普遍欢迎。这样的合作还会继续。

　　路透社记者：据报道，某国将对中国产电动汽车加征关税。中方有何评论？

　　发言人：我们一贯反对将经贸问题政治化。中方将采取必要措施，坚决维护中国企业的正当权益。

　　（完）

【打印本页】【关闭窗口】
"""

F002 = [
    S("TH", "Udon Thani", "据泰国媒体报道，泰国警方上周五搜查了位于乌隆他尼府的一处所谓“海外警务服务站”", claimant="Thai media"),
    S("TH", "Udon Thani", "泰方称，该站点由海南省三亚市公安局设立。", operator="Sanya", claimant="Thai authorities"),
    R("TH", "investigation", "泰国警方上周五搜查了位于乌隆他尼府的一处所谓“海外警务服务站”", place="Udon Thani", claimant="Thai media"),
    R("TH", "arrest", "当场带走两名中国籍男子，并以涉嫌未经许可从事警务活动对他们提出指控", place="Udon Thani", claimant="Thai media"),
    S("TH", "Khon Kaen", "另据报道，孔敬府也有一处类似站点，目前正在接受泰国警方核查。", claimant="Thai media"),
    R("TH", "protest", "泰国外交部本周一召见了中国驻泰国大使馆临时代办，就此事提出交涉。", claimant="Bloomberg", note="premise of a question"),
    D("CN", "所谓“海外警务站”根本不存在。", claimant="PRC Ministry of Foreign Affairs", date="2026-11-24"),
    S("TH", None, "所谓“海外警务站”根本不存在。海外一些侨团设立的服务点，是为了帮助因疫情等原因无法回国的侨胞在线办理驾驶证换领、体检等事务，工作人员都是志愿者，不是警察。", claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True),
    A("TH", "joint_patrol", "双方警员在华欣、苏梅岛等旅游热点开展了第三阶段中泰警务联合巡逻", claimant="PRC Ministry of Foreign Affairs", date="2026"),
    C("stations", 1, "TH", "泰国警方上周五搜查了位于乌隆他尼府的一处所谓“海外警务服务站”", opt=True, note="count of one"),
]

# --- 003: NGO report excerpt, Chinese translation, PDF-extracted: hard-wrapped, page furniture, table
_H1 = "保护卫士｜《越境之手：东南亚的“海外警务服务站”》中文节译本        14"
_H2 = "保护卫士｜《越境之手：东南亚的“海外警务服务站”》中文节译本        15"
_P1 = """第三章　湄公河流域与马来半岛

3.1　概况

在本报告的调查期间（2024年1月至2026年6月），我们在东南亚六个国家共确认了十四处站点，其中十一处的设立机关可以查明。¹与欧洲的情况不同，这一地区的站点多由西南边境省份的市县级公安机关开设，贵州、广西、海南三省区的公安局占了相当比例。下表列出本章重点讨论的四处。"""
_TABLE = """
表3-2　本章所涉站点（节选）
国家　　　城市　　　设立机关　　　　　　　　　　　年份　　现状
老挝　　　琅勃拉邦　黔东南州凯里市公安局　　　　　2020　　运营中
柬埔寨　　马德望　　黔南州都匀市公安局　　　　　　2021　　已于2025年被查封²
马来西亚　马六甲　　海南省陵水黎族自治县公安局　　2019　　运营中
缅甸　　　腊戍　　　黔西南州兴义市公安局　　　　　2022　　不明
资料来源：本组织整理。
"""
_P2 = """3.2　琅勃拉邦：被“护送”回国的餐馆老板

琅勃拉邦的站点设在老城区一家旅行社的后屋。2023年9月，一名在当地经营餐馆的贵州籍老板被该站点的两名工作人员带上了开往昆明的中老铁路列车，“陪同”人员一路跟到边境，随后将他移交给国内警方。³他此前从未同意回国。据他的一名亲属说，在此之前的几个月里，这处站点的人常在餐馆门口拍摄来往的顾客，尤其是几名在当地传教的外国人。

据我们所知，老挝方面至今没有就此事立案调查。2019年中老两国签署的执法安全合作协议，为两国警方在琅勃拉邦等地开展联合巡逻提供了依据，这也使当地华人很难分辨哪些是正式合作，哪些不是。"""
_P3 = """3.3　马德望与马六甲

柬埔寨警方在2025年3月根据我们提供的资料查封了马德望的站点，柬埔寨内政部随后表示将作进一步调查。马来西亚皇家警察则在2024年曾派员前往马六甲那处站点了解情况，事后对外表示“未发现任何违法行为”。

3.4　腊戍

兴义市公安局曾在其官方微信公众号上通报，仅2022年，该局就通过设在缅甸的“境外工作站”劝返了二十七名在缅甸的涉案人员。该通报在本报告发布前已被删除。"""
_FOOT = """――――――――
¹ 另有三处只能确定所在城市。
² 柬埔寨国家警察总署2025年3月12日的公告。
³ 对当事人亲属的访谈，2025年11月。"""

T003 = "\n".join([
    _H1, "", wrap_cjk(_P1, 33), _TABLE, _FOOT, "", "— 14 —", "", _H2, "",
    wrap_cjk(_P2, 33), "", wrap_cjk(_P3, 33), "", "— 15 —",
])

F003 = [
    C("stations", 14, None, "我们在东南亚六个国家共确认了十四处站点", claimant=SD, opt=True, note="regional count"),
    C("countries", 6, None, "我们在东南亚六个国家共确认了十四处站点", claimant=SD, opt=True, note="regional count"),
    C("stations", 11, None, "其中十一处的设立机关可以查明", claimant=SD, opt=True, note="regional subset"),
    S("LA", "Luang Prabang", "老挝　　　琅勃拉邦　黔东南州凯里市公安局　　　　　2020　　运营中", operator="Kaili", operator_alt=["Qiandongnan"], claimant=SD, date="2020"),
    S("KH", "Battambang", "柬埔寨　　马德望　　黔南州都匀市公安局　　　　　　2021　　已于2025年被查封", operator="Duyun", operator_alt=["Qiannan"], claimant=SD, date="2021"),
    S("MY", "Malacca", "马来西亚　马六甲　　海南省陵水黎族自治县公安局　　2019　　运营中", operator="Lingshui", claimant=SD, date="2019", place_alt=["Melaka"]),
    S("MM", "Lashio", "缅甸　　　腊戍　　　黔西南州兴义市公安局　　　　　2022　　不明", operator="Xingyi", operator_alt=["Qianxinan"], claimant=SD, date="2022"),
    S("LA", "Luang Prabang", "琅勃拉邦的站点设在老城区一家旅行社的后屋。", claimant=SD),
    I("LA", "forced_return", "一名在当地经营餐馆的贵州籍老板被该站点的两名工作人员带上了开往昆明的中老铁路列车，“陪同”人员一路跟到边境，随后将他移交给国内警方。", place="Luang Prabang", claimant=SD, date="2023-09"),
    I("LA", "surveillance", "这处站点的人常在餐馆门口拍摄来往的顾客，尤其是几名在当地传教的外国人", place="Luang Prabang", claimant=SD),
    R("LA", "investigation", "据我们所知，老挝方面至今没有就此事立案调查。", pol="denied", claimant=SD),
    A("LA", "security_agreement", "2019年中老两国签署的执法安全合作协议", claimant=SD, date="2019"),
    A("LA", "joint_patrol", "为两国警方在琅勃拉邦等地开展联合巡逻提供了依据", claimant=SD),
    R("KH", "closure", "柬埔寨警方在2025年3月根据我们提供的资料查封了马德望的站点", place="Battambang", claimant=SD, date="2025-03"),
    R("KH", "investigation", "柬埔寨内政部随后表示将作进一步调查", place="Battambang", claimant="Cambodian Ministry of Interior"),
    R("MY", "investigation", "马来西亚皇家警察则在2024年曾派员前往马六甲那处站点了解情况", place="Malacca", claimant=SD, date="2024"),
    R("MY", "no_wrongdoing_found", "事后对外表示“未发现任何违法行为”", place="Malacca", claimant="Royal Malaysia Police"),
    C("returns", 27, "MM", "仅2022年，该局就通过设在缅甸的“境外工作站”劝返了二十七名在缅甸的涉案人员", claimant="Xingyi Public Security Bureau", date="2022"),
    I("MM", "persuasion", "该局就通过设在缅甸的“境外工作站”劝返了二十七名在缅甸的涉案人员", claimant="Xingyi Public Security Bureau", date="2022", opt=True, note="aggregate returns, no single case"),
]

T004 = """贵阳交警在高速收费站设“驾驶证业务便民服务站”　在外务工人员春节前可“就近换证”
2026-01-20 08:15　来源：贵阳日报　记者　王瑞　通讯员　陈勇

春运大幕即将拉开。记者从贵阳市公安局交通管理局获悉，从1月20日起，交管部门在贵阳东、龙洞堡等11个高速公路收费站出口设立“驾驶证业务便民服务站”，返乡人员下了高速就能办理驾驶证到期换证、补证和体检信息录入，不必再跑车管所。

“不少老乡在广东、浙江打工，驾驶证过期了一直没时间回来换。”贵阳市公安局交通管理局车管所一名负责人说，去年同期试点的3个服务站共办理业务一万零二百笔，今年服务站数量增加到11个，每个站点安排民警和辅警各两名。

对于身在国外、驾驶证即将到期的贵州籍公民，交管部门提醒，可通过“交管12123”App在线申请延期换证，回国后再补办手续，不必专程回国。

交警部门同时提醒，春运期间将对货车超限超载开展专项整治。上周，高速交警一大队在贵遵高速劝返超限货车53辆，查处酒驾102起。根据与省高速公路集团签订的《春运保畅合作协议》，交警将与路政人员在重点路段开展联合巡逻。

[图片说明：1月19日，民警在龙洞堡收费站便民服务站为返乡司机办理换证业务。记者　王瑞　摄]

相关阅读：
· 贵阳今年春运预计发送旅客超千万人次
· 贵州省交通运输厅发布春运出行指南

（编辑：刘倩　审核：杨帆）
"""

F004 = []

DOCS = [
    {"name": "001-zh-hans-wire-correction-danang-haiphong-hepu-chongzuo.txt", "text": T001, "facts": F001},
    {"name": "002-zh-hans-mfa-transcript-udon-thani-khon-kaen-sanya.txt", "text": T002, "facts": F002},
    {"name": "003-zh-hans-ngo-report-pdf-table-luang-prabang-battambang-malacca-lashio.txt", "text": T003, "facts": F003},
    {"name": "004-zh-hans-local-news-traffic-police-licence-service-points.txt", "text": T004, "facts": F004},
]
