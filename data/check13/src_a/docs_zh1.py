"""check13 part A: documents 001-004 (simplified Chinese)."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 001
T001 = """
2025年3月14日外交部发言人主持例行记者会

……

法新社记者：据罗马尼亚媒体报道，中部城市布拉索夫一家华人商会的办公室上周遭到当地警方搜查。罗马尼亚检方称，该处实为中方设立的"海外警务服务站"，由浙江省龙港市公安局开设。罗马尼亚外交部随后约见了中国驻罗马尼亚大使馆临时代办。中方对此有何回应？

发言人：我注意到有关报道。所谓"海外警务服务站"纯属子虚乌有。据我了解，有关场所是当地侨团自发设立的服务点，主要是在疫情期间帮助无法回国的同胞在线办理驾驶证到期换证等手续，工作人员都是当地侨胞志愿者，并不是中国警察。我们敦促有关方面停止借题发挥、炒作抹黑。

追问：报道还说，西北部城市奥拉迪亚也有一处类似的站点。这是否属实？罗方是否要求关闭这两处场所？

发言人：我刚才已经回答了这个问题。中方一贯严格遵守国际法，尊重各国司法主权。

彭博社记者：有分析认为，中国和罗马尼亚可能在今年夏季旅游旺季于黑海沿岸开展警务联合巡逻。能否介绍具体安排？

发言人：中方同包括罗马尼亚在内的许多国家在执法安全领域开展正常合作，具体情况建议你向主管部门询问。我可以告诉你的是，去年11月，中国公安部同阿塞拜疆内政部签署了执法合作谅解备忘录，双方将在打击电信网络诈骗等跨国犯罪方面加强合作。

总台央视记者：昨天，中国空间站迎来第三批国际合作实验项目，来自十七个国家的科学家参与其中。发言人能否介绍有关情况？

发言人：中国空间站始终向世界开放……
"""
DOCS.append(dict(name="001-zh-hans-mfa-transcript-brasov-oradea-longgang.txt", text=T001, facts=[
    S("RO", "Brașov", "中部城市布拉索夫一家华人商会的办公室上周遭到当地警方搜查。罗马尼亚检方称，该处实为中方设立的\"海外警务服务站\"，由浙江省龙港市公安局开设。",
      operator="Longgang", operator_alt=["Wenzhou"], claimant="Romanian prosecutors", date="2025-03",
      place_alt=["Brasov"], note="place in the previous sentence of the question's premise"),
    R("RO", "investigation", "中部城市布拉索夫一家华人商会的办公室上周遭到当地警方搜查", place="Brașov",
      claimant="Romanian media", date="2025-03", note="search, in a question's premise"),
    R("RO", "protest", "罗马尼亚外交部随后约见了中国驻罗马尼亚大使馆临时代办", claimant="Romanian media",
      date="2025-03", note="chargé d'affaires summoned (约见)"),
    D("CN", "所谓\"海外警务服务站\"纯属子虚乌有。", claimant="PRC Ministry of Foreign Affairs", date="2025-03-14"),
    S("RO", "Brașov", "所谓\"海外警务服务站\"纯属子虚乌有。据我了解，有关场所是当地侨团自发设立的服务点",
      claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True, place_alt=["Brasov"],
      note="place-specific denial with a driving-licence explanation"),
    S("RO", "Oradea", "报道还说，西北部城市奥拉迪亚也有一处类似的站点。", claimant="Romanian media",
      note="declarative premise in a follow-up question"),
    C("stations", 2, "RO", "罗方是否要求关闭这两处场所？", opt=True,
      note="derived count inside a question"),
    A("AZ", "security_agreement", "去年11月，中国公安部同阿塞拜疆内政部签署了执法合作谅解备忘录",
      claimant="PRC Ministry of Foreign Affairs", date="2024-11"),
]))

# ---------------------------------------------------------------- 002
T002 = """
人权组织新报告：瑞典境内至少两处"海外警务站"

【本台斯德哥尔摩报道】总部设在马德里的人权组织"保护卫士"（Safeguard Defenders）周二发布新一期调查报告称，中国各地公安机关在海外设立的所谓"海外警务服务站"已达一百零二处，分布在五十三个国家和地区。

报告首次披露了瑞典境内的两处站点，分别位于乌普萨拉和韦斯特罗斯，均由山东省烟台市下辖的县级公安机关设立：前者由招远市公安局开设，后者则由栖霞市公安局负责。报告说，这两处站点分别以同乡会和旅行社的名义对外办公，较早的一处于2019年启用。

报告还称，欧洲其他国家中至少还有三十处类似站点尚未被当地媒体报道过，其中克罗地亚和卢森堡各有一处。

报告援引一名在乌普萨拉攻读博士学位的中国留学生的经历称，去年秋天，他在社交媒体上批评国内防疫政策后，其在山东老家的父母先后两次被当地派出所民警"约谈"，民警要求父母转告他"尽快回国把问题说清楚"。这名留学生最终没有回国。报告称，2021年4月至2022年7月间，中国当局通过所谓"劝返"手段，使约二十一万人"回国投案"。

瑞典安全局发言人对本台表示，该局已获悉报告内容，"正在对相关信息进行评估"，但拒绝透露是否已经立案。乌普萨拉警方则证实，本月初已对其中一处站点所在的办公室进行了搜查，目前尚无人被捕。

瑞典司法大臣表示，如果报告内容属实，"这是完全不可接受的"，政府"不排除召见中国大使"。

中国驻瑞典大使馆在回复本台询问时表示，报告内容"毫无事实依据"，所谓站点"只是协助侨胞办理驾照换证等事务的志愿服务点"，"不存在任何警务活动"。

背景：瑞典华人约四万人，多数居住在斯德哥尔摩、哥德堡等城市。近年来，中瑞关系因多起领事和人权争议持续紧张。
"""
DOCS.append(dict(name="002-zh-hans-news-ngo-report-uppsala-vasteras-zhaoyuan-qixia.txt", text=T002, facts=[
    C("stations", 102, None, "中国各地公安机关在海外设立的所谓\"海外警务服务站\"已达一百零二处，分布在五十三个国家和地区",
      claimant="Safeguard Defenders"),
    C("countries", 53, None, "中国各地公安机关在海外设立的所谓\"海外警务服务站\"已达一百零二处，分布在五十三个国家和地区",
      claimant="Safeguard Defenders"),
    C("stations", 2, "SE", "报告首次披露了瑞典境内的两处站点，分别位于乌普萨拉和韦斯特罗斯",
      claimant="Safeguard Defenders", note="also the headline's 至少两处"),
    S("SE", "Uppsala", "报告首次披露了瑞典境内的两处站点，分别位于乌普萨拉和韦斯特罗斯，均由山东省烟台市下辖的县级公安机关设立：前者由招远市公安局开设",
      operator="Zhaoyuan", operator_alt=["Yantai"], claimant="Safeguard Defenders",
      note="operator by 前者 in a later clause"),
    S("SE", "Västerås", "报告首次披露了瑞典境内的两处站点，分别位于乌普萨拉和韦斯特罗斯，均由山东省烟台市下辖的县级公安机关设立：前者由招远市公安局开设，后者则由栖霞市公安局负责。",
      operator="Qixia", operator_alt=["Yantai"], claimant="Safeguard Defenders", place_alt=["Vasteras"],
      note="operator by 后者"),
    C("stations", 30, None, "欧洲其他国家中至少还有三十处类似站点尚未被当地媒体报道过", claimant="Safeguard Defenders",
      opt=True, note="regional count (Europe)"),
    S("HR", None, "其中克罗地亚和卢森堡各有一处", claimant="Safeguard Defenders", note="place-less host"),
    S("LU", None, "其中克罗地亚和卢森堡各有一处", claimant="Safeguard Defenders", note="place-less host"),
    C("stations", 1, "HR", "其中克罗地亚和卢森堡各有一处", claimant="Safeguard Defenders", opt=True, note="count of one"),
    C("stations", 1, "LU", "其中克罗地亚和卢森堡各有一处", claimant="Safeguard Defenders", opt=True, note="count of one"),
    I("SE", "persuasion", "报告援引一名在乌普萨拉攻读博士学位的中国留学生的经历称，去年秋天，他在社交媒体上批评国内防疫政策后，其在山东老家的父母先后两次被当地派出所民警\"约谈\"，民警要求父母转告他\"尽快回国把问题说清楚\"。这名留学生最终没有回国。",
      place="Uppsala", claimant="Safeguard Defenders", note="urged through parents, stayed"),
    I("SE", "harassment", "其在山东老家的父母先后两次被当地派出所民警\"约谈\"", claimant="Safeguard Defenders",
      opt=True, note="pressure on relatives inside the persuasion case"),
    C("returns", 210000, None, "中国当局通过所谓\"劝返\"手段，使约二十一万人\"回国投案\"", claimant="Safeguard Defenders",
      date="2022", opt=True, note="approximation 约二十一万"),
    R("SE", "investigation", "乌普萨拉警方则证实，本月初已对其中一处站点所在的办公室进行了搜查", place="Uppsala",
      claimant="Uppsala police"),
    R("SE", "arrest", "目前尚无人被捕", claimant="Uppsala police", pol="denied", opt=True, note="no arrests"),
    D("CN", "中国驻瑞典大使馆在回复本台询问时表示，报告内容\"毫无事实依据\"，所谓站点\"只是协助侨胞办理驾照换证等事务的志愿服务点\"",
      claimant="PRC Embassy in Sweden"),
    S("SE", None, "所谓站点\"只是协助侨胞办理驾照换证等事务的志愿服务点\"，\"不存在任何警务活动\"",
      claimant="PRC Embassy in Sweden", pol="denied", opt=True, note="country-wide denial"),
]))

# ---------------------------------------------------------------- 003
T003 = """
于都县公安局2024年度涉侨警务工作总结（摘要）

一、基本情况

我县现有旅居海外侨胞约一万二千人，主要分布在埃及、意大利、西班牙等国，其中旅居埃及的侨胞约三千人，多从事服装、小商品批发和餐饮行业。2024年，我局坚持"服务侨胞、护侨安侨"工作理念，扎实推进涉侨警务各项工作，取得了明显成效。

二、主要工作及成效

（一）海外服务站点建设。2022年起，我局依托当地侨团，先后在埃及开罗、亚历山大两地设立"海外警务服务站"两处，选聘侨领、侨商担任联络员共七名。全年通过站点为侨胞远程办理驾驶证审验换证、户籍证明、无犯罪记录证明等业务三百四十余件，接受群众咨询一千余人次。

（二）追逃劝返工作。全年共劝返在逃人员十一名，其中从埃及劝返六名。典型案例一：一名涉嫌合同诈骗的犯罪嫌疑人长期藏匿于亚历山大。我局联络员多次登门，并通过其在于都老家的亲属反复做思想工作，该犯罪嫌疑人于2024年6月主动回国投案。典型案例二：一名涉嫌非法吸收公众存款的犯罪嫌疑人在开罗被我局工作组"陪同"乘机回国，落地后即被依法刑事拘留。

（三）国际警务合作。9月，我局选派民警两名，随省公安厅工作组赴开罗，参加为期两周的中埃旅游警务联合巡逻，在中国游客集中的景区和商圈开展巡逻和安全宣传。

三、存在的问题

部分站点场地由侨团无偿提供，经费保障不足；联络员流动性较大，业务培训有待加强。

四、2025年工作打算

一是计划在阿联酋迪拜新设服务站一处，进一步扩大服务覆盖面；二是力争全年劝返人数同比增长百分之二十；三是深化与驻在国警方的交流合作。

于都县公安局
2025年1月10日
"""
DOCS.append(dict(name="003-zh-hans-county-police-summary-cairo-alexandria-yudu.txt", text=T003, facts=[
    S("EG", "Cairo", "2022年起，我局依托当地侨团，先后在埃及开罗、亚历山大两地设立\"海外警务服务站\"两处",
      operator="Yudu", operator_alt=["Ganzhou"], date="2022", note="operator only as 我局, title and signature"),
    S("EG", "Alexandria", "2022年起，我局依托当地侨团，先后在埃及开罗、亚历山大两地设立\"海外警务服务站\"两处",
      operator="Yudu", operator_alt=["Ganzhou"], date="2022"),
    C("stations", 2, "EG", "先后在埃及开罗、亚历山大两地设立\"海外警务服务站\"两处", date="2024"),
    C("staff", 7, "EG", "选聘侨领、侨商担任联络员共七名", date="2024"),
    C("returns", 11, None, "全年共劝返在逃人员十一名", date="2024"),
    C("returns", 6, "EG", "其中从埃及劝返六名", date="2024"),
    I("EG", "persuasion", "一名涉嫌合同诈骗的犯罪嫌疑人长期藏匿于亚历山大。我局联络员多次登门，并通过其在于都老家的亲属反复做思想工作，该犯罪嫌疑人于2024年6月主动回国投案。",
      place="Alexandria", date="2024-06"),
    I("EG", "forced_return", "一名涉嫌非法吸收公众存款的犯罪嫌疑人在开罗被我局工作组\"陪同\"乘机回国，落地后即被依法刑事拘留。",
      place="Cairo", date="2024"),
    A("EG", "joint_patrol", "9月，我局选派民警两名，随省公安厅工作组赴开罗，参加为期两周的中埃旅游警务联合巡逻",
      date="2024-09"),
    C("officers", 2, "EG", "我局选派民警两名", date="2024-09", opt=True, note="officers on a patrol"),
]))

# ---------------------------------------------------------------- 004 (irrelevant)
T004 = """
周口：汽车客运站里的"爱心警务站"

新华社郑州1月28日电  春运首日，河南省周口市中心汽车客运站候车大厅里，一处挂着"爱心警务服务站"牌子的小亭子前排起了队。值班民警一边为旅客查询换乘信息，一边提醒大家看管好随身财物。

据了解，这处警务站由周口市公安局川汇分局在客运站派出所的基础上设立，站内常驻民警三名、辅警五名，春运期间实行二十四小时值守。"很多返乡的农民工第一次用手机购票，遇到问题就来找我们。"一名值班民警说。

1月26日晚，一名八十二岁的老人在候车大厅与家人走散，民警通过视频监控和广播寻人，不到一小时便将老人劝导返回家人身边。此外，警务站还为从东南亚务工回国的旅客发放反诈宣传资料，提醒他们警惕"高薪招工"骗局。

今年，周口市公安局与市交通运输局、客运公司签署了"平安春运"合作协议，在全市十一个汽车站和两个高铁站设立警务站点。截至目前，全市各警务站共接待旅客咨询一万零二百次，帮助寻回遗失物品五十三件，劝阻违规携带危险品乘车七十余起。

客运站负责人介绍，预计整个春运期间客运站发送旅客将超过三十万人次，同比增长百分之十二。
"""
DOCS.append(dict(name="004-zh-hans-xinhua-bus-station-police-zhoukou.txt", text=T004, facts=[]))
