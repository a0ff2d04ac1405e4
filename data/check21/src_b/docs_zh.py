"""check21 part B, Chinese documents 027–031 (027–029 simplified, 030–031 traditional)."""

from h import S, C, R, I, A, D, wrap_cjk

DOCS = []

# ---------------------------------------------------------------------------
# 027 zh-hans: overseas Chinese-language news site, wire item with appended correction
# ---------------------------------------------------------------------------
T027 = """首页 > 中亚频道 > 哈萨克斯坦 > 正文

哈国安部门搜查阿克托别一处华人社团办公点 中方称系帮助侨胞换领驾照

2026-11-19 08:57　来源：欧亚华文快讯　作者：本网驻阿斯塔纳记者　字号：大 中 小　　分享到：微信 微博 QQ空间

【本网阿斯塔纳11月18日电】哈萨克斯坦国家安全委员会新闻处18日向本网证实，该委员会工作人员本月12日在西部城市阿克托别对一处由当地华人社团租用的办公场所进行了搜查，并已就此立案调查。新闻处表示，目前没有任何人被拘留，“调查仍在进行中，暂不公布更多细节”。

这处办公点位于阿克托别市区一栋商住楼的二层，门口挂着“阿克托别华侨华人联谊会服务中心”的中俄双语牌子。总部设在马德里的人权组织“保护卫士”（Safeguard Defenders）此前在一份报告中称，这里是中国地方公安机关在海外设立的所谓“海外警务服务站”之一。

阿克托别是哈萨克斯坦西部的石油重镇，上世纪九十年代末中资石油企业进入后，陆续有来自新疆、甘肃和内蒙古的技术人员、厨师和货车司机在此落脚。当地华人估计常住人口在一千人上下，多数从事油田服务、餐饮和跨境物流。每逢春节，联谊会都会在市文化宫租场地办联欢会。

一位在阿克托别经营中餐馆十多年的老板对本网记者说，他只去过那间办公室两次，一次是帮母亲办养老金资格认证，一次是咨询国内驾照到期怎么换。“平时就两三个人值班，挂着国旗，墙上贴着办事流程，看上去跟社区服务大厅差不多。”

不过，“保护卫士”的报告引述当地华人的说法称，该站点由内蒙古二连浩特市公安局设立，并于2023年初开始运作。报告还提到一起个案：一名往返于阿克托别和霍尔果斯之间的内蒙古籍货车司机，从2024年夏天起多次接到自称“老家派出所”的电话，被要求回国“把一桩经济纠纷说清楚”，其在二连浩特的姐姐也被民警上门“做工作”。这名司机最终于同年10月自行买票回国，今年春天又返回哈萨克斯坦继续跑车。

相关阅读：哈萨克斯坦今年前三季度对华出口增长一成　中欧班列阿拉木图集结中心扩建

哈萨克斯坦外交部发言人在17日的例行吹风会上说，外交部已召见中国驻哈萨克斯坦大使馆临时代办，要求中方就有关报道作出说明。发言人没有透露会见的具体内容。

“保护卫士”在2022年9月首次发布报告时称发现54处此类站点；同年12月，该组织在后续报告中把数字更新为102处，分布在53个国家。该组织称，哈萨克斯坦境内至少有两处：除阿克托别外，另一处据称位于东北部城市巴甫洛达尔，与内蒙古霍林郭勒市公安局有关。对此，巴甫洛达尔州警察局一名发言人18日表示，该局“没有掌握”该市存在此类机构的任何信息。

中国驻哈萨克斯坦大使馆发言人18日在答记者问时表示，所谓中国在哈设立“海外警察站”的说法“毫无事实依据”。发言人说，一些侨团为在哈中国公民提供志愿服务，主要是协助因疫情等原因无法回国的同胞远程办理驾驶证换领、体检预约等手续，“与执法活动毫不相干”。发言人同时表示，中方一贯尊重哈方司法主权。

（责任编辑：林晓）

【更正】本文此前版本将搜查日期误写为11月2日，经核实应为11月12日，特此更正。

本网所有内容未经书面授权不得转载。订阅《欧亚华文快讯》每日早报，请在下方输入邮箱。本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的Cookie政策。
"""

DOCS.append(dict(
    name="027-zh-hans-wire-correction-aktobe-pavlodar-erenhot-holingol.txt",
    text=T027,
    facts=[
        R("KZ", "investigation", "该委员会工作人员本月12日在西部城市阿克托别对一处由当地华人社团租用的办公场所进行了搜查，并已就此立案调查", place="Aktobe",
          claimant="Kazakhstan National Security Committee", date="2026-11-12"),
        R("KZ", "arrest", "目前没有任何人被拘留", pol="denied", opt=True,
          claimant="Kazakhstan National Security Committee", note="no one detained"),
        S("KZ", "Aktobe", "总部设在马德里的人权组织“保护卫士”（Safeguard Defenders）此前在一份报告中称，这里是中国地方公安机关在海外设立的所谓“海外警务服务站”之一", claimant="Safeguard Defenders",
          note="'这里' = the office in Aktobe named two sentences before"),
        S("KZ", "Aktobe", "不过，“保护卫士”的报告引述当地华人的说法称，该站点由内蒙古二连浩特市公安局设立，并于2023年初开始运作", operator="Erenhot",
          operator_alt=["Erlianhaote", "Erlian", "Xilingol", "Xilin Gol"], claimant="Safeguard Defenders", date="2023",
          note="operator three paragraphs after the station via '该站点'"),
        I("KZ", "persuasion", "一名往返于阿克托别和霍尔果斯之间的内蒙古籍货车司机，从2024年夏天起多次接到自称“老家派出所”的电话，被要求回国“把一桩经济纠纷说清楚”", place="Aktobe",
          claimant="Safeguard Defenders", date="2024",
          note="went back on his own in 2024-10, returned to Kazakhstan later"),
        I("KZ", "harassment", "其在二连浩特的姐姐也被民警上门“做工作”", opt=True, claimant="Safeguard Defenders",
          note="pressure on a relative inside a persuasion case"),
        R("KZ", "protest", "外交部已召见中国驻哈萨克斯坦大使馆临时代办，要求中方就有关报道作出说明", claimant="Kazakhstan Ministry of Foreign Affairs"),
        C("stations", 54, None, "“保护卫士”在2022年9月首次发布报告时称发现54处此类站点", claimant="Safeguard Defenders", date="2022-09"),
        C("stations", 102, None, "同年12月，该组织在后续报告中把数字更新为102处，分布在53个国家", claimant="Safeguard Defenders", date="2022-12"),
        C("countries", 53, None, "同年12月，该组织在后续报告中把数字更新为102处，分布在53个国家", claimant="Safeguard Defenders", date="2022-12"),
        C("stations", 2, "KZ", "该组织称，哈萨克斯坦境内至少有两处", claimant="Safeguard Defenders"),
        S("KZ", "Pavlodar", "另一处据称位于东北部城市巴甫洛达尔，与内蒙古霍林郭勒市公安局有关", operator="Holingol",
          operator_alt=["Huolinguole", "Huolin Gol", "Tongliao"], claimant="Safeguard Defenders"),
        S("KZ", "Pavlodar", "巴甫洛达尔州警察局一名发言人18日表示，该局“没有掌握”该市存在此类机构的任何信息", pol="denied", opt=True,
          claimant="Pavlodar regional police"),
        D("CN", "所谓中国在哈设立“海外警察站”的说法“毫无事实依据”。发言人说，一些侨团为在哈中国公民提供志愿服务，主要是协助因疫情等原因无法回国的同胞远程办理驾驶证换领、体检预约等手续",
          claimant="PRC Embassy in Kazakhstan"),
        S("KZ", None, "所谓中国在哈设立“海外警察站”的说法“毫无事实依据”", pol="denied", opt=True,
          claimant="PRC Embassy in Kazakhstan", note="country-wide denial naming the host"),
    ],
))

# ---------------------------------------------------------------------------
# 028 zh-hans: PRC MFA regular press conference transcript
# ---------------------------------------------------------------------------
T028 = """2026年11月24日外交部发言人主持例行记者会

发布时间：2026-11-24 20:15

　　11月24日下午，外交部发言人主持例行记者会。

　　发言人：女士们、先生们，下午好。首先发布一条消息：应国务院总理邀请，乌拉圭总统将于11月30日至12月3日对中国进行国事访问。

　　下面，我愿回答大家的提问。

　　总台央视记者：我们注意到，第六届中国—太平洋岛国外长会近日举行。发言人能否介绍会议主要成果？

　　发言人：这次会议通过了联合声明，双方同意在防灾减灾、渔业、应对气候变化等领域加强合作。中方愿同岛国一道，构建更加紧密的命运共同体。

　　法新社记者：据巴布亚新几内亚媒体报道，巴新皇家警察上周对东新不列颠省科科波市一处华人商会办公室进行了检查。当地媒体称，这处办公室是由湖北监利市公安局设立的“海外警务服务站”。中方对此有何回应？

　　发言人：我不了解你提到的具体情况。我可以告诉你的是，所谓“海外警察站”根本不存在。一些海外侨团出于公益目的，为当地有需要的中国公民提供驾驶证线上体检、换证等方面的协助，这是正常的侨务服务，与警务活动毫无关系。据我了解，巴新警方检查后并未发现任何违法问题。我们希望有关媒体客观公正地报道，不要捕风捉影。

　　路透社记者：斐济一名反对党议员本周在议会发言时称，斐济北部的拉巴萨也有一处类似的站点，归内蒙古扎兰屯市公安局管理，并称该站点被用来监控当地中资渔船上的中国船员。如果斐济政府决定关闭这些场所，中方会配合吗？

　　发言人：你说的这种情况我不了解，你的问题是建立在假设基础上的。中斐是全面战略伙伴。两国警方在2019年签署的警务合作谅解备忘录框架下保持着良好沟通，今年8月还在苏瓦港区开展了为期两周的联合巡逻，有效维护了当地华侨华人和中资企业的安全。中方从不干涉别国内政，也希望有关方面不要将执法合作政治化。

　　彭博社记者：还是这个话题。“保护卫士”组织说，中国在53个国家设有102个这样的站点。你们是否承认其中任何一个？

　　发言人：我刚才已经回答过了。所谓“海外警察站”纯属子虚乌有，有关组织反复炒作，目的是抹黑中国。

　　塔斯社记者：据报道，中俄将于下月举行新一轮战略安全磋商。发言人能否证实？

　　发言人：关于具体安排，我们会适时发布消息。

　　深圳卫视记者：近期，南太平洋多国遭受热带气旋影响。中方是否会提供援助？

　　发言人：中方对受灾国家人民表示慰问，愿根据对方需要，提供力所能及的帮助。

　　（完）

【打印】【关闭窗口】
"""

DOCS.append(dict(
    name="028-zh-hans-mfa-transcript-kokopo-labasa-jianli-zalantun.txt",
    text=T028,
    facts=[
        R("PG", "investigation", "巴新皇家警察上周对东新不列颠省科科波市一处华人商会办公室进行了检查", place="Kokopo",
          claimant="Papua New Guinea media", note="premise of a journalist's question"),
        S("PG", "Kokopo", "当地媒体称，这处办公室是由湖北监利市公安局设立的“海外警务服务站”", operator="Jianli",
          operator_alt=["Jingzhou"], claimant="Papua New Guinea media", note="premise of a journalist's question"),
        D("CN", "所谓“海外警察站”根本不存在。一些海外侨团出于公益目的，为当地有需要的中国公民提供驾驶证线上体检、换证等方面的协助，这是正常的侨务服务",
          claimant="PRC Ministry of Foreign Affairs"),
        R("PG", "no_wrongdoing_found", "据我了解，巴新警方检查后并未发现任何违法问题", claimant="PRC Ministry of Foreign Affairs"),
        S("FJ", "Labasa", "斐济北部的拉巴萨也有一处类似的站点，归内蒙古扎兰屯市公安局管理", operator="Zalantun",
          operator_alt=["Butha Qi", "Hulunbuir", "Hulun Buir"], claimant="Fijian opposition MP", note="premise of a journalist's question"),
        I("FJ", "surveillance", "并称该站点被用来监控当地中资渔船上的中国船员", opt=True, claimant="Fijian opposition MP",
          note="purpose alleged for a named site, no case"),
        A("FJ", "security_agreement", "两国警方在2019年签署的警务合作谅解备忘录框架下保持着良好沟通", claimant="PRC Ministry of Foreign Affairs", date="2019"),
        A("FJ", "joint_patrol", "今年8月还在苏瓦港区开展了为期两周的联合巡逻", claimant="PRC Ministry of Foreign Affairs", date="2026-08"),
        C("stations", 102, None, "“保护卫士”组织说，中国在53个国家设有102个这样的站点", claimant="Safeguard Defenders"),
        C("countries", 53, None, "“保护卫士”组织说，中国在53个国家设有102个这样的站点", claimant="Safeguard Defenders"),
    ],
))

# ---------------------------------------------------------------------------
# 029 zh-hans: county news, irrelevant (river police, finless-porpoise station)
# ---------------------------------------------------------------------------
T029 = """赤壁融媒　　2026-10-16　　阅读 3261

长江水上派出所“江豚守护站”揭牌　今年以来劝返违规垂钓人员一百零二人次

本台讯（通讯员 周文）10月15日上午，赤壁市公安局长江水上派出所与市农业农村局共同建设的“江豚守护站”在黄盖湖入江口正式揭牌。守护站设在原陆水湖渔政码头值班室，配备执法快艇两艘、无人机一架，由民警、渔政执法人员和护渔志愿者轮流值守。

据介绍，长江赤壁段是长江江豚的重要栖息地之一。长江十年禁渔实施以来，江豚出现频次明显增加，但偷捕、电鱼和违规垂钓时有发生。守护站建成后，将承担日常巡护、线索收集、救护转运等任务。

今年以来，长江水上派出所联合渔政、海事部门开展联合巡逻六十余次，劝返违规垂钓人员102人次，查处非法捕捞案件53起，收缴电鱼器具、地笼网一批。派出所负责人介绍，过去执法力量分散，“一条江三家管”，现在守护站实现了“一个窗口、联勤联动”。

同日，赤壁市公安局与隔江相望的湖南省临湘市公安局签订了《长江跨界水域警务协作协议》，双方约定建立案件线索通报、联合执法和应急救援协作机制。

揭牌仪式后，民警还为沿江渔民提供了船舶驾驶证换证咨询服务。原设在江堤上的简易警务室因年久失修，已于上月撤销，相关职能并入守护站。

“有江豚在，说明水好了。”在江边生活了六十多年的一位老渔民说，退捕上岸后，他报名当了护渔志愿者，每周跟着快艇巡两次江。

（编辑：刘畅　审核：陈敏）

【相关新闻】赤壁：秋季森林防火宣传进村入户
"""

DOCS.append(dict(
    name="029-zh-hans-county-news-river-police-porpoise-station-chibi.txt",
    text=T029,
    facts=[],
))

# ---------------------------------------------------------------------------
# 030 zh-hant: long-form investigation, PDF-like, hard-wrapped
# ---------------------------------------------------------------------------
T030_RAW = """島嶼縱深｜國際調查　　　　2026年12月第48期　　　　第32頁
榴槤季的另一面：彭世洛華人圈裡那間「服務中心」
泰國北部的榴槤收購季一過，彭世洛的華人貨棧就安靜下來。但今年秋天，一間開在小吃店樓上的「同鄉會服務中心」，讓整個華人圈比收購季還要緊張。
文／本刊記者　　攝影／特約攝影　　閱讀時間約12分鐘
每年五月到八月，從中國來的收購商把彭世洛府城南邊的幾條街塞滿。冷鏈卡車在凌晨三點排隊，裝滿剝好的榴槤肉，一路往北開向寮國邊境，再經磨憨口岸進入雲南。當地一位做了二十年果園生意的泰國華裔商人說，十年前這裡只有兩家中國人開的貨棧，現在已經有三十多家。
跟著收購商來的，還有開小吃店的、做手機維修的、辦簽證代理的。城南市場旁邊一棟三層的騎樓，一樓賣螺螄粉和酸辣粉，二樓掛著一塊紅底金字的牌子：「彭世洛中華同鄉會服務中心」。
九月下旬，泰國法務部特別調查廳（DSI）的探員帶著搜索令進入這棟騎樓的二樓，帶走了兩台電腦和幾本登記冊。DSI發言人在曼谷證實，該廳已就「外國機構可能在泰國境內非法行使職權」一事展開調查。
這處據點，在總部設於馬德里的人權組織「保護衛士」今年更新的一份名單裡，被列為中國地方公安機關在海外開設的「服務站」之一。名單註明，該站點隸屬廣東連南瑤族自治縣公安局。
連南是廣東西北部山區的一個小縣，和泰國北部並沒有明顯的淵源。本刊查閱泰國商業部的公司登記資料發現，同鄉會的登記負責人是一名在彭世洛經營建材生意的連南籍商人，他在二〇二一年把戶籍從清邁遷到彭世洛。
「他們說是幫大家辦事，其實就是登記，」一名曾到過二樓的年輕女子說。
她是在榴槤收購站工作的湖北人，本刊以化名「阿芸」稱呼她。二〇二五年底，她在社群媒體上轉發了一段批評國內防疫時期做法的影片，隔週，她在孝感老家的父母就接到派出所的電話，接著有兩名民警上門，要她父母「勸勸女兒，不要在外面亂說話」。阿芸說，從頭到尾沒有人要求她回國，「但他們讓我知道，他們知道我在哪裡。」
他們讓我知道，他們知道我在哪裡。
本刊向DSI求證阿芸的經歷，DSI表示不評論個案。發言人僅說，目前沒有發現違法證據，也沒有逮捕任何人，調查仍在進行。
彭世洛不是唯一的一處。「保護衛士」的名單說，泰國境內至少有兩處，另一處在泰緬邊境的湄索，報告說與湖北應城市公安局有關。本刊記者十一月在湄索走訪，找到名單上的地址，是一家已經拉下鐵門的旅行社，鄰居說「兩個月前就搬走了」。
湄索的華人多半做邊境貿易和玉石生意，也有不少是從緬甸妙瓦底一帶撤出來的。一位在湄索開茶葉店的雲南籍老闆說，他聽說過那間旅行社「可以幫忙辦國內的事」，但自己從沒去過。
泰國和中國的警務合作近年其實相當頻繁。今年十月，兩國警方在清盛港至金三角一帶的湄公河上開展了為期十天的聯合巡邏，泰方出動巡邏艇四艘，中方派出公安民警約二十人，雙方稱巡邏旨在打擊毒品走私與電信詐騙。
他們讓我知道，他們知道我在哪裡。
對於彭世洛的調查，中國駐泰國大使館在給本刊的書面回覆中說，有關報導「純屬子虛烏有」，所謂服務中心是僑團志願者為僑胞提供護照到期提醒、國內駕照換領諮詢的場所，「不具有任何執法職能」。
圖說：彭世洛城南市場旁的騎樓，二樓曾掛著「中華同鄉會服務中心」的牌子，九月底已被拆下。
延伸閱讀：寮北高鐵沿線的中國小鎮｜清萊的「新移民」學校
作者簡介：本刊國際組記者，長期關注東南亞華人社群與跨境勞動議題。
訂閱《島嶼縱深》電子報，每週五掌握國際深度報導。
島嶼縱深　版權所有　　　　　　　　　　　　　　　　　　　　　第32頁"""

T030 = wrap_cjk(T030_RAW, width=34)

DOCS.append(dict(
    name="030-zh-hant-investigation-phitsanulok-mae-sot-liannan-yingcheng.txt",
    text=T030,
    facts=[
        R("TH", "investigation", "九月下旬，泰國法務部特別調查廳（DSI）的探員帶著搜索令進入這棟騎樓的二樓，帶走了兩台電腦和幾本登記冊", place="Phitsanulok",
          claimant=None, date="2026-09"),
        R("TH", "investigation", "該廳已就「外國機構可能在泰國境內非法行使職權」一事展開調查", claimant="Thai Department of Special Investigation"),
        S("TH", "Phitsanulok", "這處據點，在總部設於馬德里的人權組織「保護衛士」今年更新的一份名單裡，被列為中國地方公安機關在海外開設的「服務站」之一", claimant="Safeguard Defenders",
          note="'這處據點' = the second floor above the snack shop in Phitsanulok"),
        S("TH", "Phitsanulok", "名單註明，該站點隸屬廣東連南瑤族自治縣公安局", operator="Liannan", operator_alt=["Qingyuan"],
          claimant="Safeguard Defenders", note="operator two sentences after the station"),
        I("TH", "harassment", "她在孝感老家的父母就接到派出所的電話，接著有兩名民警上門，要她父母「勸勸女兒，不要在外面亂說話」", place="Phitsanulok",
          date="2025-12", note="after posts online; 'no one asked her to return'"),
        R("TH", "no_wrongdoing_found", "目前沒有發現違法證據", claimant="Thai Department of Special Investigation"),
        R("TH", "arrest", "也沒有逮捕任何人", pol="denied", opt=True, claimant="Thai Department of Special Investigation"),
        C("stations", 2, "TH", "「保護衛士」的名單說，泰國境內至少有兩處", claimant="Safeguard Defenders"),
        S("TH", "Mae Sot", "另一處在泰緬邊境的湄索，報告說與湖北應城市公安局有關", operator="Yingcheng", operator_alt=["Xiaogan"],
          claimant="Safeguard Defenders"),
        A("TH", "joint_patrol", "今年十月，兩國警方在清盛港至金三角一帶的湄公河上開展了為期十天的聯合巡邏", date="2026-10"),
        C("officers", 20, None, "中方派出公安民警約二十人", opt=True, note="Chinese officers on the joint patrol, approximate"),
        D("CN", "有關報導「純屬子虛烏有」，所謂服務中心是僑團志願者為僑胞提供護照到期提醒、國內駕照換領諮詢的場所", claimant="PRC Embassy in Thailand"),
    ],
))

# ---------------------------------------------------------------------------
# 031 zh-hant: HK online TV current-affairs programme transcript
# ---------------------------------------------------------------------------
T031 = """《夜談國際》第二一七集　文字稿（節錄）
播出日期：2026年11月27日　　本文字稿由節目組整理，略有刪節，以播出版本為準。

［片頭音樂］

主持人：各位觀眾晚上好，歡迎收看《夜談國際》。今晚我們談日本。上星期，櫪木縣警察到宇都宮一間中餐館樓上的辦公室搜查，日本媒體說那裡是一個「中國海外警察站」。我們今晚連線東京，請到一位在日本採訪了十幾年的記者。你好。

記者：你好，主持人好，觀眾好。

主持人：先講講發生了甚麼事。

記者：好。宇都宮在東京北邊，搭新幹線大概五十分鐘。那邊有不少中國來的技能實習生，在汽車零件廠、食品廠做工。上星期二，櫪木縣警的公安部門到市中心一間中餐館二樓搜查，那裡掛的牌子是「華僑互助會」。縣警說是以涉嫌違反《外國人登記》相關規定的名義搜查，帶走了一些文件。

主持人：警方有沒有說是甚麼性質？

記者：縣警的說法比較保守，只說「正在調查是否存在違法行為」，暫時沒有人被捕。但是日本幾家報紙引述搜查人員的說法，說搜到的文件裡有廣東乳源瑤族自治縣公安局的公文抬頭，還有一份實習生的名冊，上面有電話、宿舍地址、工廠名字。

主持人：乳源，這是廣東韶關的一個縣。

記者：對，在粵北山區。為甚麼是乳源？我們不知道。有一個說法是互助會的負責人是乳源人。

主持人：那這個名冊，是用來做甚麼的？

記者：這就是最敏感的地方。我們訪問到一個之前在宇都宮做實習生的年輕人，他說去年冬天，因為他在工廠裡帶頭要求補發加班費，互助會的人就找他「談話」，後來有兩個人開車把他送到成田機場，一直看著他過安檢、上飛機，他就這樣被送回國了。他現在人在廣東，是透過電話跟我們講的。

主持人：等於是被押送回國。

記者：他自己的說法是「被送走的」，他也沒有辦法反抗，因為護照在中介手上。

主持人：日本政府怎麼回應？

記者：外務省前天說，已經就此事向中國駐日本大使館提出抗議，要求中方說明。警察廳也說會配合縣警調查。

［廣告時間］

主持人：歡迎回來。剛才講到宇都宮。我知道除了宇都宮，還有別的地方？

記者：對。「保護衛士」那份名單，日本至少有三處，其中一處在首都圈，已經被報道過很多次了。另外一處就在宇都宮旁邊的群馬縣，前橋。前橋那一處，日本一本週刊說是湖北當陽市公安局的，但是我們去看過，地址是一家已經關門的語言學校，沒有辦法證實。

主持人：前橋那邊日本警方有沒有說法？

記者：群馬縣警說「目前沒有掌握相關情況」。

主持人：那中國方面呢？

記者：中國駐日本大使館回應說，那是幫助僑胞辦理駕照換證的志願服務點，由僑團自發設立，不存在所謂的警察站，日方的搜查「是對正常僑務活動的干擾」。

主持人：觀眾可能會問，全世界到底有多少個？

記者：「保護衛士」說是一百多個，分佈在五十多個國家。不過這些數字很難一一核實。

主持人：最後一個問題。如果日本國會真的立法，禁止外國在日本設立這類機構，會有甚麼影響？

記者：這個現在還言之過早，國會那邊還沒有法案。

主持人：好，謝謝你。各位觀眾，今晚的《夜談國際》就到這裡，我們下星期見。

［片尾音樂］

© 夜談國際製作組　轉載請註明出處
"""

DOCS.append(dict(
    name="031-zh-hant-tv-transcript-utsunomiya-maebashi-ruyuan-dangyang.txt",
    text=T031,
    facts=[
        R("JP", "investigation", "櫪木縣警的公安部門到市中心一間中餐館二樓搜查", place="Utsunomiya", date="2026-11",
          claimant="Tochigi Prefectural Police"),
        S("JP", "Utsunomiya", "上星期，櫪木縣警察到宇都宮一間中餐館樓上的辦公室搜查，日本媒體說那裡是一個「中國海外警察站」", claimant="Japanese media"),
        R("JP", "arrest", "暫時沒有人被捕", pol="denied", opt=True, claimant="Tochigi Prefectural Police"),
        S("JP", "Utsunomiya", "日本幾家報紙引述搜查人員的說法，說搜到的文件裡有廣東乳源瑤族自治縣公安局的公文抬頭", operator="Ruyuan",
          operator_alt=["Shaoguan"], claimant="Japanese media"),
        I("JP", "surveillance", "還有一份實習生的名冊，上面有電話、宿舍地址、工廠名字", place="Utsunomiya", claimant="Japanese media",
          note="a register of trainees kept at the site"),
        I("JP", "forced_return", "後來有兩個人開車把他送到成田機場，一直看著他過安檢、上飛機，他就這樣被送回國了", place="Utsunomiya",
          note="trainee taken to the airport after a wage dispute"),
        R("JP", "protest", "外務省前天說，已經就此事向中國駐日本大使館提出抗議", claimant="Japanese Ministry of Foreign Affairs"),
        C("stations", 3, "JP", "「保護衛士」那份名單，日本至少有三處", claimant="Safeguard Defenders"),
        S("JP", "Maebashi", "前橋那一處，日本一本週刊說是湖北當陽市公安局的", operator="Dangyang", operator_alt=["Yichang"],
          claimant="Japanese weekly magazine"),
        S("JP", "Maebashi", "群馬縣警說「目前沒有掌握相關情況」", pol="denied", opt=True, claimant="Gunma Prefectural Police"),
        D("CN", "中國駐日本大使館回應說，那是幫助僑胞辦理駕照換證的志願服務點，由僑團自發設立，不存在所謂的警察站", claimant="PRC Embassy in Japan"),
        C("stations", 100, None, "「保護衛士」說是一百多個，分佈在五十多個國家", opt=True, claimant="Safeguard Defenders",
          note="approximation 'more than a hundred'"),
        C("countries", 50, None, "「保護衛士」說是一百多個，分佈在五十多個國家", opt=True, claimant="Safeguard Defenders",
          note="approximation 'more than fifty'"),
    ],
))
