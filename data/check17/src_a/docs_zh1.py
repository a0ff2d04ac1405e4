"""check17 part A: documents 001-004 (Chinese, simplified). Held-out material: contains gold."""
from h import S, C, R, I, A, D, wrap_cjk

DOCS = []

# ---------------------------------------------------------------- 001
T001 = """印尼巴淡岛一处“海外服务点”遭警方搜查　当地华社议论纷纷

2026-03-18 09:42　来源：南洋华文通讯社　作者：本社驻雅加达记者 林若溪
字号：大 中 小　　分享到：微信　微博　复制链接

【南洋华文通讯社雅加达3月18日电】印度尼西亚国家警察廖内群岛省警察局17日证实，警方已于本月中旬进入巴淡岛名古屋区一处挂着“同乡联谊”招牌的二层商铺进行搜查，并带走部分文件和两台电脑。多家印尼媒体此前援引一家欧洲人权组织的报告称，这处场所实际上是中国地方公安机关在海外设立的“警务服务站”。

（图）巴淡岛名古屋区一排商铺。报道中提到的门店位于二楼，目前已拉下卷帘门。图片来源：网络

据该组织去年发布的报告，该站点于2019年由杭州市公安局萧山区分局牵头设立，对外名义是为萧山籍侨胞“代办证照”。报告说，站点负责人曾多次以“家乡派出所委托”为由约见一名在当地经营建材生意的萧山籍商人，要求他回国“配合处理一桩经济纠纷”。这名商人的母亲和弟弟在国内也先后被约谈。去年十月，他自行购票飞回杭州，此后与当地朋友失去联系。

相关阅读：
· 印尼华人社团联合会年会在泗水举行
· 巴淡自贸区一季度吸引外资同比增长

廖内群岛省警察局发言人在记者会上说，警方目前“正在核实相关信息”，搜查期间没有人被拘留。他拒绝透露是否会有人被起诉。

报告还称，印尼境内至少有两处类似站点。另一处在北苏拉威西省首府万鸦老，由淮安市公安局洪泽分局设立，挂靠在一家海产品贸易公司名下。本社记者本周致电该公司，接电话的员工称那里“只是帮老乡办手续的地方”，随即挂断。

中国驻印尼大使馆在回复本社询问时表示，有关说法“纯属捏造”，所谓服务点是侨团志愿者为滞留海外的同胞提供驾驶证到期换证等远程协助的场所，“不存在任何执法活动”。

印尼外交部发言人则表示，外交部已于17日召见中国驻印尼大使馆临时代办，就此事提出交涉。

该组织的报告称，全球类似站点已超过一百处，分布在五十多个国家。

（责任编辑：周敏）

【更正】本文早前版本将万鸦老站点的设立单位误写为“淮安市公安局清江浦分局”，经核实应为淮安市公安局洪泽分局，特此更正。（3月18日 14:20）

订阅南洋华文通讯社每日简报　|　本网站使用Cookie以改善浏览体验，继续浏览即表示您同意。
© 2026 南洋华文通讯社 版权所有
"""
NGO = "European human rights organisation (unnamed)"
DOCS.append({"name": "001-zh-hans-wire-correction-batam-manado-xiaoshan-hongze.txt", "text": T001, "facts": [
    S("ID", "Batam", "多家印尼媒体此前援引一家欧洲人权组织的报告称，这处场所实际上是中国地方公安机关在海外设立的“警务服务站”。", claimant=NGO),
    S("ID", "Batam", "据该组织去年发布的报告，该站点于2019年由杭州市公安局萧山区分局牵头设立", operator="Xiaoshan", operator_alt=["Hangzhou"], date="2019", claimant=NGO, note="operator named two paragraphs after the place, via 该站点"),
    R("ID", "investigation", "印度尼西亚国家警察廖内群岛省警察局17日证实，警方已于本月中旬进入巴淡岛名古屋区一处挂着“同乡联谊”招牌的二层商铺进行搜查", place="Batam", date="2026-03", claimant="Riau Islands police"),
    I("ID", "persuasion", "报告说，站点负责人曾多次以“家乡派出所委托”为由约见一名在当地经营建材生意的萧山籍商人，要求他回国“配合处理一桩经济纠纷”。", place="Batam", claimant=NGO, note="he flew home himself in October"),
    I("ID", "harassment", "这名商人的母亲和弟弟在国内也先后被约谈。", claimant=NGO, opt=True, note="relatives questioned inside a persuasion case"),
    R("ID", "arrest", "搜查期间没有人被拘留", pol="denied", opt=True, claimant="Riau Islands police"),
    C("stations", 2, "ID", "报告还称，印尼境内至少有两处类似站点。", claimant=NGO),
    S("ID", "Manado", "另一处在北苏拉威西省首府万鸦老，由淮安市公安局洪泽分局设立", operator="Hongze", operator_alt=["Huai'an", "Huaian"], claimant=NGO, note="correction replaces 清江浦 by 洪泽"),
    D("ID", "接电话的员工称那里“只是帮老乡办手续的地方”", claimant="employee of the trading company", opt=True, note="host-side explanation"),
    D("CN", "中国驻印尼大使馆在回复本社询问时表示，有关说法“纯属捏造”", claimant="PRC Embassy in Indonesia"),
    R("ID", "protest", "外交部已于17日召见中国驻印尼大使馆临时代办，就此事提出交涉", date="2026-03-17", claimant="Indonesian Ministry of Foreign Affairs"),
    C("stations", 100, None, "全球类似站点已超过一百处", claimant=NGO, opt=True, note="approximation"),
    C("countries", 50, None, "分布在五十多个国家", claimant=NGO, opt=True, note="approximation"),
]})

# ---------------------------------------------------------------- 002
T002 = """问答｜中亚的“海外警务服务站”是怎么回事？

编者按：近日，一份关于中国地方公安机关在中亚设点的调查报告引发关注。我们把读者最关心的几个问题整理如下。
更新时间：2026年5月6日 16:05

问：所谓“海外警务服务站”到底是做什么的？

答：按照设立方自己的说法，这类站点主要为在外侨胞提供驾照换证、证件咨询等“便民服务”。批评者则认为，它们也被用来掌握侨民动向，并通过国内家属向当事人施压、促其回国。需要说明的是，这是研究者对这类站点功能的一般描述，并不等于每个站点都做过这些事。

问：中亚有多少这样的站点？

答：报告作者称，他们在中亚三国一共核实了四处：哈萨克斯坦两处，乌兹别克斯坦和塔吉克斯坦各一处。哈萨克斯坦的两处都在卡拉干达，一处设在市中心一家中餐馆楼上，另一处在城东的批发市场里。

问：它们由谁设立？

答：根据报告附录，卡拉干达的两处分别由绍兴市公安局柯桥区分局和常州市公安局武进分局于2018年、2020年设立。布哈拉那一处挂靠在一家棉纺合资企业的驻地，报告说它与盐城市公安局盐都分局有联系。苦盏的站点信息最少，报告只给出了地址，没有写明设立单位。

问：有没有具体案例？

答：有一例。报告称，一名在布哈拉打工的盐都籍纺织工人在国内被立案后，站点工作人员多次上门“做工作”，还把他在老家的父亲叫到派出所“喝茶”。2024年春天，他被带到塔什干机场，由两名同乡“陪同”登机回国。报告把这一案例归为强制遣返。

问：当地政府怎么回应？

答：乌兹别克斯坦内务部表示已注意到相关报道，“正在研究”。哈萨克斯坦方面至今没有公开表态；报告作者说，据他们了解，哈方并未就此立案。塔吉克斯坦未回复询问。

问：中国怎么说？

答：中国外交部发言人在例行记者会上表示，中方一贯尊重各国司法主权，“所谓海外警察站根本不存在”，有关场所只是志愿者帮助侨胞办理驾照等业务的服务点。

问：中国和这些国家有警务合作吗？

答：有。中国与乌兹别克斯坦2019年签署了执法安全合作协议，两国警方此后还在费尔干纳举行过旅游季联合巡逻。不过，报告没有证据表明上述站点与这些合作有关。

问：如果我也被人“约谈”，该怎么办？

答：如果在海外遇到自称代表国内公安机关的人要求见面，可以先咨询律师或当地警方。这只是一般建议，并非针对任何具体案件。

（本文由编辑部综合整理）
分享：微信　微博　　　　举报
"""
RA = "report authors"
DOCS.append({"name": "002-zh-hans-qa-explainer-karaganda-bukhara-khujand-keqiao-wujin-yandu.txt", "text": T002, "facts": [
    C("stations", 4, None, "他们在中亚三国一共核实了四处", claimant=RA, opt=True, note="regional count over three countries"),
    C("countries", 3, None, "他们在中亚三国一共核实了四处", claimant=RA, opt=True, note="regional"),
    C("stations", 2, "KZ", "哈萨克斯坦两处", claimant=RA),
    C("stations", 1, "UZ", "乌兹别克斯坦和塔吉克斯坦各一处", claimant=RA, opt=True, note="count of one"),
    C("stations", 1, "TJ", "乌兹别克斯坦和塔吉克斯坦各一处", claimant=RA, opt=True, note="count of one"),
    S("KZ", "Karaganda", "哈萨克斯坦的两处都在卡拉干达", claimant=RA),
    S("KZ", "Karaganda", "卡拉干达的两处分别由绍兴市公安局柯桥区分局和常州市公安局武进分局于2018年、2020年设立", operator="Keqiao", operator_alt=["Shaoxing", "Wujin", "Changzhou"], date="2018", claimant=RA, note="two stations in one city: second by Wujin (Changzhou) in 2020"),
    S("UZ", "Bukhara", "布哈拉那一处挂靠在一家棉纺合资企业的驻地，报告说它与盐城市公安局盐都分局有联系", operator="Yandu", operator_alt=["Yancheng"], claimant=RA),
    S("TJ", "Khujand", "苦盏的站点信息最少，报告只给出了地址，没有写明设立单位", claimant=RA),
    I("UZ", "forced_return", "2024年春天，他被带到塔什干机场，由两名同乡“陪同”登机回国。报告把这一案例归为强制遣返。", place="Bukhara", date="2024", claimant=RA),
    I("UZ", "persuasion", "站点工作人员多次上门“做工作”", place="Bukhara", claimant=RA, opt=True, note="pressure before the forced return"),
    I("UZ", "harassment", "还把他在老家的父亲叫到派出所“喝茶”", claimant=RA, opt=True, note="relative inside the case"),
    R("UZ", "investigation", "乌兹别克斯坦内务部表示已注意到相关报道，“正在研究”", claimant="Uzbek Ministry of Internal Affairs"),
    R("KZ", "investigation", "据他们了解，哈方并未就此立案", pol="denied", claimant=RA),
    D("CN", "“所谓海外警察站根本不存在”，有关场所只是志愿者帮助侨胞办理驾照等业务的服务点", claimant="PRC Ministry of Foreign Affairs"),
    A("UZ", "security_agreement", "中国与乌兹别克斯坦2019年签署了执法安全合作协议", date="2019"),
    A("UZ", "joint_patrol", "两国警方此后还在费尔干纳举行过旅游季联合巡逻"),
]})

# ---------------------------------------------------------------- 003
H3 = "《东非华人社区安全观察》2026年度报告（中文节选）　　　　　　　　第 23 页"
P3a = """第四章　境外“服务站”在东非的存在

4.1　概况
本报告调查期间（2025年1月至12月），研究小组在东非三个国家确认了五处与中国地方公安机关存在组织联系的站点¹，另有一处因信息不足未列入统计。肯尼亚的情况最为集中：基苏木两处，埃尔多雷特一处。坦桑尼亚和赞比亚各一处，分别位于多多马和基特韦。"""
TAB3 = """表4-1　已确认站点一览
序号　所在城市　　　　　国家　　　设立单位　　　　　　　　　启用年份　现状
1　　基苏木（湖滨路）　肯尼亚　　南京市公安局江宁分局　　　2019　　已停止对外服务
2　　基苏木（市场街）　肯尼亚　　连云港市公安局海州分局　　2021　　运营中
3　　埃尔多雷特　　　　肯尼亚　　连云港市公安局海州分局　　2021　　运营中
4　　多多马　　　　　　坦桑尼亚　扬州市公安局邗江分局　　　2018　　被当地警方关闭
5　　基特韦　　　　　　赞比亚　　镇江市公安局丹徒分局　　　2020　　运营中
资料来源：研究小组实地走访及访谈。"""
P3b = """4.2　典型案例
在基特韦，一名来自丹徒的矿业公司会计向研究小组讲述，站点人员曾两次要求她提供同事的护照复印件和住址。她拒绝后，其在镇江的丈夫被单位领导约谈，并被告知“让你爱人配合”。她至今仍留在赞比亚。²
在多多马，该站点于2024年8月被坦桑尼亚警方查封，两名负责人被以“非法从事移民咨询”为由起诉。³此后邗江方面的人员再未出现。

4.3　东道国的反应
肯尼亚国家警察局在回复研究小组的函件中称，已对基苏木的两处场所“进行了例行检查”，未发现违法活动。埃尔多雷特的站点则至今未被调查。赞比亚警方表示不掌握相关情况。"""
F3 = """——————
¹ 判定标准见附录二。
² 访谈于2025年6月在基特韦进行，受访者要求匿名。
³ 坦桑尼亚达累斯萨拉姆驻地法院案卷，2024年。

东非华人社区安全观察　　　　　　　　　　　　　　　　　　　　— 23 —"""
T003 = "\n".join([H3, "", wrap_cjk(P3a, 31), "", TAB3, "", wrap_cjk(P3b, 31), "", F3])
EA = "East Africa Chinese Community Safety Watch (report)"
DOCS.append({"name": "003-zh-hans-ngo-report-pdf-table-kisumu-eldoret-dodoma-kitwe-jiangning-haizhou-hanjiang-dantu.txt", "text": T003, "facts": [
    C("stations", 5, None, "研究小组在东非三个国家确认了五处", claimant=EA, opt=True, note="regional count"),
    C("countries", 3, None, "研究小组在东非三个国家确认了五处", claimant=EA, opt=True, note="regional count"),
    C("stations", 2, "KE", "基苏木两处", claimant=EA, note="count scoped to a city of one host"),
    C("stations", 3, "KE", "肯尼亚的情况最为集中：基苏木两处，埃尔多雷特一处。", claimant=EA, opt=True, note="derived count"),
    C("stations", 1, "TZ", "坦桑尼亚和赞比亚各一处", claimant=EA, opt=True, note="count of one"),
    C("stations", 1, "ZM", "坦桑尼亚和赞比亚各一处", claimant=EA, opt=True, note="count of one"),
    S("KE", "Kisumu", "1　　基苏木（湖滨路）　肯尼亚　　南京市公安局江宁分局　　　2019", operator="Jiangning", operator_alt=["Nanjing", "Haizhou", "Lianyungang"], date="2019", claimant=EA, note="two stations in Kisumu: second by Haizhou (Lianyungang) 2021"),
    S("KE", "Eldoret", "3　　埃尔多雷特　　　　肯尼亚　　连云港市公安局海州分局　　2021", operator="Haizhou", operator_alt=["Lianyungang"], date="2021", claimant=EA),
    S("TZ", "Dodoma", "4　　多多马　　　　　　坦桑尼亚　扬州市公安局邗江分局　　　2018", operator="Hanjiang", operator_alt=["Yangzhou"], date="2018", claimant=EA),
    S("ZM", "Kitwe", "5　　基特韦　　　　　　赞比亚　　镇江市公安局丹徒分局　　　2020", operator="Dantu", operator_alt=["Zhenjiang"], date="2020", claimant=EA),
    R("KE", "closure", "已停止对外服务", place="Kisumu", claimant=EA, opt=True, note="stopped, no order stated"),
    I("ZM", "surveillance", "站点人员曾两次要求她提供同事的护照复印件和住址", place="Kitwe", claimant=EA),
    I("ZM", "harassment", "她拒绝后，其在镇江的丈夫被单位领导约谈，并被告知“让你爱人配合”。", place="Kitwe", claimant=EA, note="pressure on family after refusal to inform"),
    R("TZ", "closure", "该站点于2024年8月被坦桑尼亚警方查封", place="Dodoma", date="2024-08", claimant=EA),
    R("TZ", "arrest", "两名负责人被以“非法从事移民咨询”为由起诉", place="Dodoma", date="2024", claimant=EA),
    R("KE", "investigation", "已对基苏木的两处场所“进行了例行检查”", place="Kisumu", claimant="Kenya National Police Service"),
    R("KE", "no_wrongdoing_found", "已对基苏木的两处场所“进行了例行检查”，未发现违法活动", place="Kisumu", claimant="Kenya National Police Service"),
    R("KE", "investigation", "埃尔多雷特的站点则至今未被调查", place="Eldoret", pol="denied", claimant=EA),
]})

# ---------------------------------------------------------------- 004 (irrelevant)
T004 = """家门口的“一站式”服务来了——城西街道新市民服务站正式启用

发布时间：2026-04-12 10:31　来源：街道融媒体中心　　【打印】【关闭】

4月10日上午，城西街道新市民服务站在幸福里社区党群服务中心一楼正式启用。服务站整合了居住证办理、社保查询、法律援助、心理疏导等十二项业务，社区民警每周二、周四在站内坐班，现场受理户籍咨询和身份证补领。

（图为居民在服务站窗口咨询居住证办理事宜。通讯员 摄）

据介绍，辖区现有外来务工人员一万余人，其中不少家庭有成员在海外劳务项目中工作。针对这部分家庭，服务站开设了“亲情视频”专窗，每月组织一次与海外务工亲属的视频连线，由志愿者帮助老人操作手机。

启用仪式上，街道与辖区派出所、市场监管所签订了《平安社区共建协议》。根据协议，社区民警将与网格员、志愿者开展联合巡逻，重点加强夜间电动车集中停放点的巡查。今年以来，民警和网格员已劝返在河道边夜钓的群众102人次，调解邻里纠纷53起。

“过去群众办事要跑好几个地方，现在在家门口就能办好。”社区民警老周说。

据了解，服务站工作时间为工作日8:30至17:00，周六上午提供预约服务。原设在老街的便民服务点同步关闭，相关业务已全部迁入新址。

相关阅读：
· 城西街道开展“平安家庭”创建活动
· 我区新增5个24小时城市书房

（编辑：陈晓　审核：王琳）
"""
DOCS.append({"name": "004-zh-hans-local-news-community-service-station.txt", "text": T004, "facts": []})
