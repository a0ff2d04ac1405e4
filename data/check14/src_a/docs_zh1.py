"""check14 part A, documents 001-004 (zh-hans). Held-out material: contains gold."""
from h import S, C, R, I, A, D

MFA = "PRC Ministry of Foreign Affairs"
SD = "Safeguard Defenders"

DOC001 = """2026年3月17日外交部发言人主持例行记者会（节选）

海湾新闻社记者：据巴林《海湾日报》本周报道，麦纳麦老城区一家同乡会办公室内设有所谓“海外警务服务站”。报道称，该处站点2021年由江苏省沛县公安局挂牌设立，巴林内政部上周已派员对其进行搜查，并约见了中国驻巴林使馆临时代办。中方对此有何回应？

发言人：我注意到有关报道。我要强调的是，所谓“海外警务服务站”纯属子虚乌有，中国公安机关从未在巴林设立任何此类机构。你提到的场所是当地侨胞自发成立的志愿服务点，主要是协助因疫情滞留海外的同胞在线办理驾驶证到期换证、体检等手续，不涉及任何执法活动。希望有关媒体不要捕风捉影、炒作渲染。

海湾新闻社记者：报道还说，除麦纳麦外，穆哈拉格也有一处类似场所，同样挂着“服务中心”的牌子。巴方是否已要求关闭这两处场所？

发言人：我刚才已经回答了这个问题。我想补充的是，中巴两国在执法安全领域一直保持良好合作。去年11月，两国签署了关于打击跨国有组织犯罪的合作谅解备忘录。我们愿同巴方一道，维护好两国人员往来的安全。

法新社记者：关于中国空间站下一批国际航天员的选拔工作，有没有最新进展？

发言人：请你向主管部门询问。
"""

F001 = [
    S("BH", "Manama", "麦纳麦老城区一家同乡会办公室内设有所谓“海外警务服务站”。报道称，该处站点2021年由江苏省沛县公安局挂牌设立",
      operator="Peixian", operator_alt=["Xuzhou"], claimant="Gulf Daily News", date="2021",
      note="premise of a question; operator in the next sentence (该处站点)"),
    R("BH", "investigation", "巴林内政部上周已派员对其进行搜查", claimant="Gulf Daily News", date="2026-03", place="Manama"),
    R("BH", "protest", "并约见了中国驻巴林使馆临时代办", claimant="Gulf Daily News", date="2026-03"),
    D("CN", "所谓“海外警务服务站”纯属子虚乌有，中国公安机关从未在巴林设立任何此类机构", claimant=MFA, date="2026-03-17"),
    S("BH", None, "中国公安机关从未在巴林设立任何此类机构", claimant=MFA, pol="denied", opt=True,
      note="country-wide denial"),
    S("BH", "Muharraq", "报道还说，除麦纳麦外，穆哈拉格也有一处类似场所", place_alt=["Al Muharraq"],
      claimant="Gulf Daily News", note="reported claim in a follow-up question; 是否已要求关闭 is interrogative (no closure)"),
    C("stations", 2, "BH", "巴方是否已要求关闭这两处场所", claimant="Gulf Daily News", opt=True,
      note="derived count inside a question"),
    A("BH", "security_agreement", "去年11月，两国签署了关于打击跨国有组织犯罪的合作谅解备忘录", claimant=MFA, date="2025-11"),
]

DOC002 = """人权组织新报告：约旦境内有两处“海外警务站” 阿曼首都亦被点名

【本报综合报道】总部设在马德里的人权组织“保护卫士”（Safeguard Defenders）4日发布追踪报告称，中国地方公安机关在海外设立的所谓“警务服务站”已知至少有一百零二个，分布在五十三个国家，其中在中东地区新核实六处。

报告指出，约旦境内有两处，分别位于首都安曼和北部城市伊尔比德，均挂靠在当地华人商会名下：前者由山东省安丘市公安局于2019年设立，后者则由海南省定安县公安局在次年开设。报告还称，阿曼首都马斯喀特也有一处，但设立单位尚待查明。

报告援引一名在伊尔比德经营服装批发生意的浙江籍商人的经历称，2023年12月，两名自称“老家派出所”的人员多次约他“喝茶”，劝他回国处理一宗经济纠纷，其在国内的父母也被当地民警反复上门“做工作”。这名商人最终于次年二月回国，此后与当地朋友失去联系。

约旦内政部一名发言人对本报表示，安全部门已注意到相关报告，并已着手核查上述两处场所。阿曼方面截至发稿时未作回应。

中国驻约旦大使馆在一份书面回应中称，报告内容“毫无事实依据”，相关场所只是侨团为同胞提供换领驾照、公证认证咨询等服务的志愿者服务点，与中国警方无关。

该组织此前估计，2021年4月至2022年7月间，约有二十三万人被以各种方式“劝返”回国。
"""

F002 = [
    C("stations", 102, None, "中国地方公安机关在海外设立的所谓“警务服务站”已知至少有一百零二个，分布在五十三个国家", claimant=SD),
    C("countries", 53, None, "中国地方公安机关在海外设立的所谓“警务服务站”已知至少有一百零二个，分布在五十三个国家", claimant=SD),
    C("stations", 6, None, "其中在中东地区新核实六处", claimant=SD, opt=True, note="regional count"),
    C("stations", 2, "JO", "报告指出，约旦境内有两处", claimant=SD),
    S("JO", "Amman", "报告指出，约旦境内有两处，分别位于首都安曼和北部城市伊尔比德，均挂靠在当地华人商会名下：前者由山东省安丘市公安局于2019年设立，后者则由海南省定安县公安局在次年开设。",
      operator="Anqiu", operator_alt=["Weifang"], claimant=SD, date="2019", note="operator by 前者"),
    S("JO", "Irbid", "报告指出，约旦境内有两处，分别位于首都安曼和北部城市伊尔比德，均挂靠在当地华人商会名下：前者由山东省安丘市公安局于2019年设立，后者则由海南省定安县公安局在次年开设。",
      operator="Ding'an", claimant=SD, date="2020", note="operator by 后者; 次年 = 2020"),
    S("OM", "Muscat", "报告还称，阿曼首都马斯喀特也有一处，但设立单位尚待查明", claimant=SD),
    I("JO", "persuasion", "两名自称“老家派出所”的人员多次约他“喝茶”，劝他回国处理一宗经济纠纷", place="Irbid", claimant=SD, date="2023-12"),
    I("JO", "harassment", "其在国内的父母也被当地民警反复上门“做工作”", claimant=SD, opt=True, note="pressure on relatives inside a persuasion case"),
    R("JO", "investigation", "安全部门已注意到相关报告，并已着手核查上述两处场所", claimant="Jordanian Ministry of Interior"),
    D("CN", "报告内容“毫无事实依据”，相关场所只是侨团为同胞提供换领驾照、公证认证咨询等服务的志愿者服务点，与中国警方无关", claimant="Chinese Embassy in Jordan"),
    C("returns", 230000, None, "约有二十三万人被以各种方式“劝返”回国", claimant=SD, opt=True, note="approximation"),
]

DOC003 = """巨野县公安局
关于2025年度海外警务联络工作情况的总结（摘要）

一、基本情况

2025年，我局认真贯彻上级关于服务“走出去”企业和海外侨胞的部署要求，依托在外经营的巨野籍企业，先后在南苏丹首都朱巴和科威特城设立海外警务联络服务点两处，共选派联络员五名（其中朱巴三名、科威特城两名），全年为在外同乡提供证件办理咨询、纠纷调解、安全提示等服务二百六十余件次。

二、主要成效

（一）劝返工作取得突破。全年依托海外联络服务点共劝返涉案在逃人员九名，其中从南苏丹劝返四名。涉嫌合同诈骗的犯罪嫌疑人王某潜逃科威特多年，我局民警通过其在巨野老家的妻子、兄长多次做思想工作，并由驻科威特城联络员与其当面沟通、讲明政策，王某于8月14日主动回国投案。

（二）境外追逃协作有力。10月，朱巴服务点联络员配合当地警方，全程陪同一名涉嫌非法集资的犯罪嫌疑人乘机回国，于次日在济南遥墙国际机场移交我局。

（三）警务合作不断深化。经省公安厅协调，9月我局选派民警两名，参加了中国与南苏丹警方在朱巴华商聚居区开展的为期两周的联合巡逻。

三、存在问题和下一步打算

个别服务点场地不固定、经费保障不足。2026年，我局将进一步规范服务点建设，争取在卡塔尔增设一处服务点，力争全年劝返人数达到十五名以上。

巨野县公安局
2026年1月8日
"""

F003 = [
    S("SS", "Juba", "先后在南苏丹首都朱巴和科威特城设立海外警务联络服务点两处", operator="Juye", operator_alt=["Heze"], date="2025",
      note="operator only as 我局 and in the title/signature"),
    S("KW", "Kuwait City", "先后在南苏丹首都朱巴和科威特城设立海外警务联络服务点两处", operator="Juye", operator_alt=["Heze"], date="2025"),
    C("stations", 2, None, "先后在南苏丹首都朱巴和科威特城设立海外警务联络服务点两处", opt=True, note="spans two countries"),
    C("staff", 5, None, "共选派联络员五名（其中朱巴三名、科威特城两名）", opt=True, note="spans two countries"),
    C("staff", 3, "SS", "共选派联络员五名（其中朱巴三名、科威特城两名）", opt=True, note="city-scoped"),
    C("staff", 2, "KW", "共选派联络员五名（其中朱巴三名、科威特城两名）", opt=True, note="city-scoped"),
    C("returns", 9, None, "全年依托海外联络服务点共劝返涉案在逃人员九名，其中从南苏丹劝返四名", date="2025"),
    C("returns", 4, "SS", "全年依托海外联络服务点共劝返涉案在逃人员九名，其中从南苏丹劝返四名", date="2025"),
    I("KW", "persuasion", "涉嫌合同诈骗的犯罪嫌疑人王某潜逃科威特多年，我局民警通过其在巨野老家的妻子、兄长多次做思想工作，并由驻科威特城联络员与其当面沟通、讲明政策，王某于8月14日主动回国投案。",
      place="Kuwait City", date="2025-08-14"),
    I("KW", "harassment", "我局民警通过其在巨野老家的妻子、兄长多次做思想工作", opt=True, note="pressure on relatives inside a persuasion case"),
    I("SS", "forced_return", "朱巴服务点联络员配合当地警方，全程陪同一名涉嫌非法集资的犯罪嫌疑人乘机回国", place="Juba", date="2025-10"),
    A("SS", "joint_patrol", "参加了中国与南苏丹警方在朱巴华商聚居区开展的为期两周的联合巡逻", date="2025-09"),
    C("officers", 2, "SS", "9月我局选派民警两名，参加了中国与南苏丹警方在朱巴华商聚居区开展的为期两周的联合巡逻", opt=True,
      note="officers on patrols"),
]

DOC004 = """冰雪大世界旅游警务服务站启用 多语种民警为中外游客护航

新华社哈尔滨12月20日电20日上午，哈尔滨市公安局松北分局在冰雪大世界园区内设立的旅游警务服务站正式启用。服务站配备能用俄语、英语、韩语与游客交流的民警和辅警共十一名，实行二十四小时值守，为中外游客提供报警求助、失物招领、纠纷调解等服务。

据介绍，本季开园以来，园区日均接待游客超过五万人次，其中来自俄罗斯、韩国、马来西亚等国的境外游客约占一成。服务站启用当天，值班民警便帮助一名与家人走散的俄罗斯男孩在二十分钟内找到了父母，还劝导两名试图翻越护栏进入未开放冰雕区的游客返回安全区域。

松北分局负责人介绍，今年分局与园区运营方签订了《旅游安全警企合作协议》，将在人员疏导、应急处置等方面加强协作，并与园区保安在主要出入口开展联合巡逻。此外，哈尔滨西站、哈尔滨站两个火车站的警务站也将延长服务时间，全市共有一百零二名志愿者参与“冰雪季”交通引导。

“我们的目标是让每一位游客都玩得安心。”该负责人说。据悉，截至目前，园区已累计为游客找回手机、钱包等物品五十三件。
"""

F004 = []

DOCS = [
    {"name": "001-zh-hans-mfa-transcript-manama-muharraq-peixian.txt", "text": DOC001, "facts": F001},
    {"name": "002-zh-hans-news-ngo-report-amman-irbid-muscat-anqiu-dingan.txt", "text": DOC002, "facts": F002},
    {"name": "003-zh-hans-county-police-summary-juba-kuwait-city-juye.txt", "text": DOC003, "facts": F003},
    {"name": "004-zh-hans-xinhua-harbin-ice-festival-tourist-police.txt", "text": DOC004, "facts": F004},
]
