from h import S, C, R, I, A, D

DOCS = []

# 001 -------------------------------------------------------------------------
T = """外交部发言人例行记者会（2025年3月18日）

问：据保加利亚媒体报道，普罗夫迪夫老城区一家华人商会的办公室实为中国的“海外警务服务站”，由江苏省宿迁市沭阳县公安局设立。保加利亚国家安全局上周对该处进行了搜查，保加利亚外交部随后约见了中国驻保加利亚大使馆临时代办。中方对此有何回应？

答：我注意到有关报道。所谓中国在保加利亚设有“海外警察站”的说法纯属捏造。据了解，相关场所是当地侨团自发设立的，主要是帮助在保侨胞在线办理驾驶证换证、体检预约等事务，工作人员都是志愿者，并不是什么警察。中方一贯严格遵守国际法，尊重各国司法主权。我们希望有关方面不要借题发挥，炒作所谓“跨国镇压”。

问：还有报道称，布尔加斯港区也有一处类似的站点，由同一个县的公安机关负责。你能否证实？

答：我刚才已经回答了这个问题，没有更多信息可以提供。

问：中国和保加利亚去年签署的警务合作谅解备忘录，是否包括在保加利亚境内开展联合巡逻？

答：中保两国执法部门在打击跨国犯罪方面一直保持良好合作。去年双方签署了警务合作谅解备忘录。至于具体合作安排，建议你向主管部门询问。

问：下周中国—中东欧国家农业部长会议将在成都举行，你能否介绍有关情况？

答：我们将适时发布消息，请你保持关注。
"""
DOCS.append({"name": "001-zh-hans-mfa-transcript-plovdiv-burgas-shuyang.txt", "text": T, "facts": [
    S("BG", "Plovdiv", "据保加利亚媒体报道，普罗夫迪夫老城区一家华人商会的办公室实为中国的“海外警务服务站”，由江苏省宿迁市沭阳县公安局设立。",
      operator="Shuyang", operator_alt=["Suqian"], claimant="Bulgarian media", note="premise of a question; site: a Chinese chamber of commerce office in the old town"),
    R("BG", "investigation", "保加利亚国家安全局上周对该处进行了搜查", place="Plovdiv", claimant="Bulgarian media", date="2025-03", note="search, premise of a question"),
    R("BG", "protest", "保加利亚外交部随后约见了中国驻保加利亚大使馆临时代办", claimant="Bulgarian media", note="chargé d'affaires summoned (premise)"),
    D("CN", "所谓中国在保加利亚设有“海外警察站”的说法纯属捏造。", claimant="PRC Ministry of Foreign Affairs", date="2025-03-18"),
    S("BG", None, "所谓中国在保加利亚设有“海外警察站”的说法纯属捏造。", claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True, note="country-wide denial"),
    S("BG", "Burgas", "还有报道称，布尔加斯港区也有一处类似的站点，由同一个县的公安机关负责。",
      operator="Shuyang", operator_alt=["Suqian"], claimant="media reports", note="declarative premise of a question; operator by 同一个县"),
    A("BG", "security_agreement", "去年双方签署了警务合作谅解备忘录。", claimant="PRC Ministry of Foreign Affairs", date="2024",
      note="joint patrols only asked about, not stated"),
]})

# 002 -------------------------------------------------------------------------
T = """人权组织报告：立陶宛至少两处“海外警务站” 检方已立案调查

【本报综合报道】总部设在马德里的人权组织“保护卫士”（Safeguard Defenders）周二发布最新报告称，中国各地公安机关已在海外五十三个国家设立至少一百零二个所谓“海外警务服务站”，其中波罗的海三国共有五处。该组织2022年9月首次发布的报告曾列出五十四个站点。

报告说，立陶宛境内有两处，分别位于考纳斯和克莱佩达，均由湖北省天门市公安局开设。考纳斯的站点挂靠在一家进出口贸易公司名下，克莱佩达的一处则设在港口附近的一家中餐馆楼上。另据报告，拉脱维亚和爱沙尼亚分别有两处和一处，但报告没有列出具体城市。

立陶宛与中国的关系自2021年以来持续紧张。当年立陶宛同意台湾以“台湾”名义在维尔纽斯设立代表处，北京随即将两国外交关系降为代办级。此后，立陶宛国家安全部门在年度威胁评估中多次点名中国情报活动。

报告援引一名在考纳斯留学的中国学生的说法称，去年秋天他在当地参加一场声援活动后，天门市的警察先后三次到他父母家中“喝茶”，要求父母劝他“别再惹事”。

立陶宛检察院周三证实，已就考纳斯的站点立案调查，但目前尚无人被捕。立陶宛外交部同日召见了中国驻立陶宛代办处临时代办。

中国驻立陶宛代办处在一份声明中说，有关指控“毫无根据”，所谓站点不过是“为侨胞提供驾照换证等服务的志愿者服务点”。

报告还称，这一网络自2018年以来共“劝返”了约二十三万名海外中国公民，但该数字来自中国官方媒体，无法独立核实。
"""
DOCS.append({"name": "002-zh-hans-news-ngo-report-kaunas-klaipeda-tianmen.txt", "text": T, "facts": [
    C("countries", 53, None, "中国各地公安机关已在海外五十三个国家设立至少一百零二个所谓“海外警务服务站”", claimant="Safeguard Defenders"),
    C("stations", 102, None, "中国各地公安机关已在海外五十三个国家设立至少一百零二个所谓“海外警务服务站”", claimant="Safeguard Defenders"),
    C("stations", 5, None, "其中波罗的海三国共有五处", claimant="Safeguard Defenders", opt=True, note="regional count over three countries"),
    C("stations", 54, None, "该组织2022年9月首次发布的报告曾列出五十四个站点。", claimant="Safeguard Defenders", date="2022-09"),
    C("stations", 2, "LT", "报告说，立陶宛境内有两处，分别位于考纳斯和克莱佩达，均由湖北省天门市公安局开设。", claimant="Safeguard Defenders"),
    S("LT", "Kaunas", "报告说，立陶宛境内有两处，分别位于考纳斯和克莱佩达，均由湖北省天门市公安局开设。",
      operator="Tianmen", claimant="Safeguard Defenders", note="site: an import-export company"),
    S("LT", "Klaipeda", "报告说，立陶宛境内有两处，分别位于考纳斯和克莱佩达，均由湖北省天门市公安局开设。",
      operator="Tianmen", claimant="Safeguard Defenders", place_alt=["Klaipėda"], note="site: above a restaurant near the port"),
    C("stations", 2, "LV", "另据报告，拉脱维亚和爱沙尼亚分别有两处和一处，但报告没有列出具体城市。", claimant="Safeguard Defenders"),
    C("stations", 1, "EE", "另据报告，拉脱维亚和爱沙尼亚分别有两处和一处，但报告没有列出具体城市。", claimant="Safeguard Defenders", opt=True, note="count of one"),
    S("LV", None, "另据报告，拉脱维亚和爱沙尼亚分别有两处和一处，但报告没有列出具体城市。", claimant="Safeguard Defenders"),
    S("EE", None, "另据报告，拉脱维亚和爱沙尼亚分别有两处和一处，但报告没有列出具体城市。", claimant="Safeguard Defenders"),
    I("LT", "harassment", "报告援引一名在考纳斯留学的中国学生的说法称，去年秋天他在当地参加一场声援活动后，天门市的警察先后三次到他父母家中“喝茶”，要求父母劝他“别再惹事”。",
      place="Kaunas", claimant="Safeguard Defenders", note="parents visited in China after a rally"),
    R("LT", "investigation", "立陶宛检察院周三证实，已就考纳斯的站点立案调查", place="Kaunas", claimant="Lithuanian Prosecutor's Office"),
    R("LT", "arrest", "但目前尚无人被捕", pol="denied", opt=True),
    R("LT", "protest", "立陶宛外交部同日召见了中国驻立陶宛代办处临时代办。"),
    D("CN", "中国驻立陶宛代办处在一份声明中说，有关指控“毫无根据”，所谓站点不过是“为侨胞提供驾照换证等服务的志愿者服务点”。",
      claimant="Office of the Chargé d'Affaires of China in Lithuania"),
    S("LT", None, "中国驻立陶宛代办处在一份声明中说，有关指控“毫无根据”，所谓站点不过是“为侨胞提供驾照换证等服务的志愿者服务点”。",
      claimant="Office of the Chargé d'Affaires of China in Lithuania", pol="denied", opt=True),
    C("returns", 230000, None, "报告还称，这一网络自2018年以来共“劝返”了约二十三万名海外中国公民", claimant="Safeguard Defenders", note="约二十三万"),
]})

# 003 -------------------------------------------------------------------------
T = """邵东市公安局2024年度涉侨警务工作总结

2024年，在市委市政府和邵阳市公安局的坚强领导下，我局紧紧围绕“服务侨胞、护航发展”工作主线，扎实推进涉侨警务各项工作，现将全年工作总结如下。

一、海外联络工作稳步推进。我局依托旅外侨团，在多哥洛美、卡拉两地设立“海外侨胞服务联络点”，共聘请联络员六名，全年为旅外乡亲远程办理驾驶证审验、户籍证明等业务四百三十余件，群众满意率达百分之九十九。

二、追逃劝返成效明显。全年共从境外劝返在逃人员十四名，其中从多哥劝返九名。一名涉嫌合同诈骗的犯罪嫌疑人2019年潜逃至洛美经营建材生意，我局通过联络点掌握其行踪后，多次做通其在邵东老家的亲属工作，促其于2024年5月主动回国投案。另一名涉嫌非法集资的犯罪嫌疑人在卡拉被联络员“陪同”前往机场，登上回国航班后由我局民警在广州白云机场依法抓获。

三、国际执法合作不断深化。根据湖南省公安厅与多哥安全与民防部签署的警务合作协议，2024年8月，我局选派两名民警赴多哥，与当地警方在洛美华人聚居区开展为期一个月的联合巡逻。

四、存在问题。一是联络员队伍专业化水平有待提高；二是经费保障不足。

五、2025年工作打算。计划在喀麦隆杜阿拉增设服务联络点，力争全年劝返在逃人员二十名以上。

邵东市公安局
2025年1月10日
"""
DOCS.append({"name": "003-zh-hans-county-police-summary-lome-kara-shaodong.txt", "text": T, "facts": [
    S("TG", "Lomé", "我局依托旅外侨团，在多哥洛美、卡拉两地设立“海外侨胞服务联络点”", operator="Shaodong", operator_alt=["Shaoyang"],
      date="2024", note="operator only as 我局, from the title and signature"),
    S("TG", "Kara", "我局依托旅外侨团，在多哥洛美、卡拉两地设立“海外侨胞服务联络点”", operator="Shaodong", operator_alt=["Shaoyang"], date="2024"),
    C("stations", 2, "TG", "我局依托旅外侨团，在多哥洛美、卡拉两地设立“海外侨胞服务联络点”", opt=True, note="两地, derived"),
    C("staff", 6, "TG", "共聘请联络员六名"),
    C("returns", 14, None, "全年共从境外劝返在逃人员十四名", date="2024"),
    C("returns", 9, "TG", "其中从多哥劝返九名", date="2024"),
    I("TG", "persuasion", "一名涉嫌合同诈骗的犯罪嫌疑人2019年潜逃至洛美经营建材生意，我局通过联络点掌握其行踪后，多次做通其在邵东老家的亲属工作，促其于2024年5月主动回国投案。",
      place="Lomé", date="2024-05", note="pressure through relatives; the home town is not a station"),
    I("TG", "forced_return", "另一名涉嫌非法集资的犯罪嫌疑人在卡拉被联络员“陪同”前往机场，登上回国航班后由我局民警在广州白云机场依法抓获。", place="Kara"),
    A("TG", "security_agreement", "根据湖南省公安厅与多哥安全与民防部签署的警务合作协议"),
    A("TG", "joint_patrol", "2024年8月，我局选派两名民警赴多哥，与当地警方在洛美华人聚居区开展为期一个月的联合巡逻。", date="2024-08"),
    C("officers", 2, "TG", "2024年8月，我局选派两名民警赴多哥，与当地警方在洛美华人聚居区开展为期一个月的联合巡逻。", opt=True, note="officers on a patrol"),
]})

# 004 -------------------------------------------------------------------------
T = """广州越秀：“外国人服务站”升级 一站式办理住宿登记

新华社广州11月6日电（记者）记者从广州市公安局越秀分局获悉，辖区登峰街“外国人服务站”日前完成升级改造，可为在穗外籍人员提供临时住宿登记、签证延期咨询、法律宣传等一站式服务。今年以来，服务站累计接待外籍人员一万二千余人次，协助办理住宿登记三千六百余件。

登峰派出所负责人介绍，服务站配备民警三名、社区工作人员及外语志愿者十余名，可提供英语、法语、阿拉伯语等八种语言服务。“以前办一次登记要跑好几个地方，现在在家门口就能办好。”一名来自马里的商人说。

与此同时，越秀分局今年联合出入境管理部门查处了一批非法入境、非法居留、非法就业的“三非”外国人案件，依法遣送出境四十二人。

据悉，广州市公安局出入境管理支队今年还与辖区四十六家涉外酒店签订了《境外人员住宿登记合作协议》。下一步，广州南站、白云机场等地的警务站也将增设多语种服务窗口，为来穗外籍旅客提供便利。
"""
DOCS.append({"name": "004-zh-hans-xinhua-foreigners-service-station-guangzhou.txt", "text": T, "facts": []})
