"""check23 part A, Chinese documents 001-005 (3 simplified, 2 traditional)."""
from h import S, C, R, I, D, A, wrap_cjk

HF = ["Hefei"]

DOCS = []

# ---------------------------------------------------------------- 001
T001 = """首页 > 中亚侨讯 > 哈萨克斯坦
字号：大 中 小　　分享到：微信 | 微博 | 复制链接

哈萨克斯坦警方搜查科斯塔奈一处华人商会办公室
外媒称该处为中国“海外警务服务站”

2025-03-18 09:42　来源：草原侨声网　记者 站内综合

【本网阿斯塔纳3月18日讯】哈萨克斯坦国家安全委员会科斯塔奈州分局证实，该局工作人员本月14日对科斯塔奈市一处华人商会办公室进行了搜查，并已就此立案调查。

科斯塔奈位于哈萨克斯坦北部，与俄罗斯接壤，是全国重要的粮食产区。近年来，当地华人主要从事农机配件、温室蔬菜和二手汽车零件生意，常住人数估计在三百人左右。

商会成立于2019年，办公地点设在市中心一栋两层小楼内，平时组织春节联欢、中秋茶话会，也替刚来的同乡找房子、找翻译。一位做农机配件生意的会员对本网记者说，去年冬天商会还帮几户人家垫付了暖气费。

“谁也没想到会出这样的事。”这位会员说。

相关阅读：
· 中哈边境口岸今年一季度货运量同比增长一成
· 阿拉木图华人春节庙会吸引上万名市民

总部设在马德里的人权组织“保护卫士”（Safeguard Defenders）在本月初发布的一份报告中，将这里列为该组织所称中国“海外警务服务站”之一。报告称，这一站点由安徽省合肥市长丰县公安局设立，对外挂的是商会的牌子。

报告援引一名前会员的说法称，2023年秋天，一名在科斯塔奈经营二手汽车零件的商人曾多次被约到这栋小楼里“喝茶”，被劝说回国处理一宗经济纠纷。该商人后来自行买机票回国，两个月后又返回哈萨克斯坦。

“保护卫士”的报告说，哈萨克斯坦境内至少有两处此类站点。报告称，另一处据称位于克孜勒奥尔达，与合肥市肥东县公安局有关。不过克孜勒奥尔达州警察局一名发言人对本网表示，警方“没有掌握任何相关情况”。

截至发稿时，没有任何人因此案被拘留。

哈萨克斯坦外交部发言人17日表示，外交部已于当天召见中国驻哈萨克斯坦大使馆临时代办，要求中方作出解释。

中国驻哈萨克斯坦大使馆在回复本网询问时表示，所谓“海外警察站”的说法“毫无事实依据”。使馆称，部分侨团志愿者只是协助在哈同胞通过网上平台办理国内驾驶证到期换证和体检预约，“这与执法活动毫无关系”。

该报告还称，此类站点遍布五十多个国家，总数超过一百个。

（编辑：木合）

更正：本文此前版本将搜查日期误写为3月12日，现已更正为3月14日。特此致歉。

© 草原侨声网 版权所有　未经授权不得转载
本网站使用Cookie以改善浏览体验。订阅我们的每日新闻简报，请点击这里。
"""

DOCS.append(dict(name="001-zh-hans-wire-correction-kostanay-kyzylorda-changfeng-feidong.txt", text=T001, facts=[
    R("KZ", "investigation", "哈萨克斯坦国家安全委员会科斯塔奈州分局证实，该局工作人员本月14日对科斯塔奈市一处华人商会办公室进行了搜查，并已就此立案调查",
      place="Kostanay", claimant="National Security Committee of Kazakhstan", date="2025-03-14"),
    S("KZ", "Kostanay", "总部设在马德里的人权组织“保护卫士”（Safeguard Defenders）在本月初发布的一份报告中，将这里列为该组织所称中国“海外警务服务站”之一。",
      claimant="Safeguard Defenders", place_alt=["Qostanay", "Kustanay"], note="这里 = the association office in Kostanay, previous paragraphs"),
    S("KZ", "Kostanay", "报告称，这一站点由安徽省合肥市长丰县公安局设立，对外挂的是商会的牌子。",
      operator="Changfeng", operator_alt=HF, claimant="Safeguard Defenders", place_alt=["Qostanay", "Kustanay"]),
    I("KZ", "persuasion", "2023年秋天，一名在科斯塔奈经营二手汽车零件的商人曾多次被约到这栋小楼里“喝茶”，被劝说回国处理一宗经济纠纷。该商人后来自行买机票回国",
      place="Kostanay", claimant="Safeguard Defenders", date="2023"),
    C("stations", 2, "KZ", "哈萨克斯坦境内至少有两处此类站点", claimant="Safeguard Defenders"),
    S("KZ", "Kyzylorda", "报告称，另一处据称位于克孜勒奥尔达，与合肥市肥东县公安局有关。",
      operator="Feidong", operator_alt=HF, claimant="Safeguard Defenders", place_alt=["Qyzylorda"]),
    S("KZ", "Kyzylorda", "克孜勒奥尔达州警察局一名发言人对本网表示，警方“没有掌握任何相关情况”",
      claimant="Kyzylorda regional police", pol="denied", opt=True, place_alt=["Qyzylorda"]),
    R("KZ", "arrest", "截至发稿时，没有任何人因此案被拘留。", pol="denied", opt=True),
    R("KZ", "protest", "外交部已于当天召见中国驻哈萨克斯坦大使馆临时代办，要求中方作出解释",
      claimant="Kazakh Ministry of Foreign Affairs", date="2025-03-17"),
    D("CN", "所谓“海外警察站”的说法“毫无事实依据”", claimant="PRC Embassy in Kazakhstan"),
    C("countries", 50, None, "此类站点遍布五十多个国家，总数超过一百个", claimant="Safeguard Defenders", opt=True,
      note="approximation"),
    C("stations", 100, None, "此类站点遍布五十多个国家，总数超过一百个", claimant="Safeguard Defenders", opt=True,
      note="approximation"),
]))

# ---------------------------------------------------------------- 002
T002 = """2025年4月9日外交部发言人主持例行记者会

发言人：女士们、先生们，下午好。应老挝政府邀请，国务委员将于4月12日至14日对老挝进行正式访问。

下面，我愿回答大家的提问。

《丝路经济报》记者：今天是第二届中国—中亚农业合作论坛开幕的日子，发言人能否介绍一下有关情况？

发言人：本届论坛以“共享丰收”为主题，来自六个国家的农业部门代表和企业家参加。我们相信论坛将为各方深化农业合作搭建新的平台。

《恒河三角洲报》记者：据孟加拉国媒体报道，孟加拉国警方上周对库尔纳一处华人协会的办公室进行了检查，当地媒体称，该办公室是由安徽省蚌埠市怀远县公安局设立的所谓“海外警务服务站”。中方对此有何回应？孟方是否已就此召见中国大使？

发言人：我注意到有关报道。我要强调的是，中国在海外设立“警察站”的说法纯属捏造。有关场所是当地侨胞自发组织的服务点，主要帮助因疫情滞留的同胞在线办理驾驶证换证等业务，不存在所谓“执法”问题。据我们了解，孟方有关部门检查后并未发现任何违法行为。至于你提到的召见问题，据我所知，没有。

尼泊尔《山国日报》记者：尼泊尔一名联邦议员本周在议会发言时称，比尔根杰也有一个类似的站点，由蚌埠市五河县公安局负责，用来监视在当地水泥厂工作的中国员工。请问中方是否了解相关情况？如果尼方要求关闭该站点，中方会如何回应？

发言人：我不了解你提到的具体情况。我想说的是，中尼两国在执法安全领域有着良好合作。双方2024年签署了执法安全合作谅解备忘录，今年1月，两国警方还在樟木—科达里口岸开展了为期十天的联合巡逻，保障了春节期间往来人员和货物的安全。对于假设性的问题，我不作回应。

《环亚通讯》记者：非政府组织“保护卫士”称，中国已在53个国家设立了102个这样的站点。中方能否公布这些服务点的数量？

发言人：刚才我已经阐明了中方立场。我们敦促有关组织停止散布虚假信息。

《金融观察》记者：关于中美经贸磋商，双方下一轮会谈的时间和地点是否已经确定？

发言人：我没有可以发布的消息。

东瀛新闻网记者：据报道，台风可能在本周末影响中国东南沿海，外交部是否会提醒在华外国人注意安全？

发言人：中国有关部门会及时发布预警信息，我们也会通过各种渠道提醒在华外国朋友注意安全。

今天的记者会到此结束。谢谢大家。
"""
BB = ["Bengbu"]
DOCS.append(dict(name="002-zh-hans-mfa-transcript-khulna-birgunj-huaiyuan-wuhe.txt", text=T002, facts=[
    R("BD", "investigation", "孟加拉国警方上周对库尔纳一处华人协会的办公室进行了检查", place="Khulna", claimant="Bangladeshi media"),
    S("BD", "Khulna", "当地媒体称，该办公室是由安徽省蚌埠市怀远县公安局设立的所谓“海外警务服务站”",
      operator="Huaiyuan", operator_alt=BB, claimant="Bangladeshi media"),
    D("CN", "我要强调的是，中国在海外设立“警察站”的说法纯属捏造", claimant="PRC Ministry of Foreign Affairs"),
    R("BD", "no_wrongdoing_found", "据我们了解，孟方有关部门检查后并未发现任何违法行为", claimant="PRC Ministry of Foreign Affairs"),
    R("BD", "protest", "至于你提到的召见问题，据我所知，没有。", pol="denied", opt=True, claimant="PRC Ministry of Foreign Affairs"),
    S("NP", "Birgunj", "尼泊尔一名联邦议员本周在议会发言时称，比尔根杰也有一个类似的站点，由蚌埠市五河县公安局负责",
      operator="Wuhe", operator_alt=BB, claimant="Nepali member of parliament", place_alt=["Birganj"]),
    I("NP", "surveillance", "用来监视在当地水泥厂工作的中国员工", place="Birgunj", claimant="Nepali member of parliament", opt=True,
      note="purpose alleged for a named site, no case"),
    A("NP", "security_agreement", "双方2024年签署了执法安全合作谅解备忘录", claimant="PRC Ministry of Foreign Affairs", date="2024"),
    A("NP", "joint_patrol", "两国警方还在樟木—科达里口岸开展了为期十天的联合巡逻", claimant="PRC Ministry of Foreign Affairs", date="2025-01"),
    C("stations", 102, None, "中国已在53个国家设立了102个这样的站点", claimant="Safeguard Defenders"),
    C("countries", 53, None, "中国已在53个国家设立了102个这样的站点", claimant="Safeguard Defenders"),
]))

# ---------------------------------------------------------------- 003 (irrelevant)
T003 = """舒城融媒　|　本地新闻

县公安局在县侨联设立“侨胞服务窗口” 春节期间为返乡侨胞办证一百零二件

2025-02-08 16:20　来源：县融媒体中心　记者 汪 通讯员 储

本报讯　春节前后，在外务工、经商的乡亲陆续返乡过年。为方便大家办事，县公安局出入境管理大队今年首次在县侨联一楼设立“侨胞服务窗口”，集中受理护照换发、出入境证件加急和驾驶证期满换证等业务。

据统计，窗口开设二十天来，共为返乡侨胞和外出务工人员办理各类证件一百零二件，其中驾驶证换证五十三件。不少在国外做餐饮生意的乡亲专门带着父母来办理护照。一位在外地经营茶叶店的群众说：“以前要跑好几个地方，现在一个窗口全办好了。”

与此同时，县公安局联合县交通运输局、县市场监管局在客运站、高速出口开展联合巡逻，节日期间共劝返无证驾驶摩托车的群众三十余人，查处酒驾醉驾十一起。

县公安局有关负责人介绍，原设在老城区的警务室已于去年底撤销，相关业务并入新建的城东派出所。今年，县公安局还将与邻近的霍山县公安局签订《警务协作协议》，在交界地区开展联合巡逻和信息共享。

县侨联负责人表示，下一步将与公安部门继续合作，在清明、国庆等返乡高峰期延续这一做法，并在网上开通预约渠道。

责任编辑：储
"""
DOCS.append(dict(name="003-zh-hans-county-news-overseas-chinese-service-window-shucheng.txt", text=T003, facts=[]))

# ---------------------------------------------------------------- 004
NJ = ["Nanjing"]
T004_raw = """《東瀛觀察》深度報道　|　日本　|　第1187期

靜岡的「同鄉會」：一處辦公室、兩個縣警，和一位不願回國的留學生

撰文：本刊記者 林　閱讀時間約9分鐘

濱松是日本的樂器與摩托車之城，工廠林立，外國勞工眾多。據濱松市政府統計，登記在冊的中國籍居民超過四千人，多數在汽車零件廠和食品加工廠工作，也有不少技能實習生。

走在濱松車站北口的商店街，可以看到中文招牌的雜貨店、麻辣燙店和手機維修鋪。一位經營雜貨店二十年的店主說，早年來的多是福建人，這幾年安徽、江蘇的年輕人愈來愈多。

今年一月，靜岡縣警察本部對濱松市中區一棟商住樓內的「江南同鄉互助會」辦公室進行了搜查，並以涉嫌違反《外匯法》展開調查。¹ 據本刊掌握的資料，這處辦公室正是人權組織「保護衛士」所稱中國「海外警務服務站」在日本的據點之一。

本刊取得的一份內部名冊顯示，該站點的負責人同時掛名南京市公安局高淳分局的「海外聯絡員」，名冊封面還印有高淳分局的徽標。

「他們說只是幫忙換駕照。」

一名在濱松讀書的女留學生告訴本刊，她去年在社交媒體上轉發了一段聲援香港的影片後，她在南京的父母先後兩次被派出所民警上門「談話」，民警要求他們「管好女兒」。但她強調，從來沒有人要求她回國。

「他們說只是幫忙換駕照。」

「保護衛士」的報告說，日本境內至少有四處此類站點。報告還稱，另一處據稱位於岐阜，與蘇州市公安局吳江分局有關。² 岐阜縣警察本部回覆本刊查詢時表示，目前「沒有掌握相關資訊」。

截至本刊截稿，靜岡縣警尚未逮捕任何人。

中國駐名古屋總領事館在回覆本刊時表示，所謂「警察站」的說法「完全是無中生有」。總領事館稱，一些同鄉會的志願者只是協助在日同胞線上辦理國內駕照換證和護照到期提醒，「不涉及任何執法活動」。

日本外務省一名官員透露，外務省已透過外交管道向中方表達「嚴重關切」。

延伸閱讀：〈技能實習生制度改革　中國勞工何去何從〉

¹ 靜岡縣警察本部新聞稿，2025年1月22日。
² Safeguard Defenders, 2024年報告附錄。

林（本刊記者），長期關注日本華人社區。
訂閱《東瀛觀察》電子報，每週五送達。
— 第 42 頁 —"""
T004 = wrap_cjk(T004_raw, 34)
DOCS.append(dict(name="004-zh-hant-investigation-hamamatsu-gifu-gaochun-wujiang.txt", text=T004, facts=[
    R("JP", "investigation", "靜岡縣警察本部對濱松市中區一棟商住樓內的「江南同鄉互助會」辦公室進行了搜查，並以涉嫌違反《外匯法》展開調查",
      place="Hamamatsu", claimant="Shizuoka Prefectural Police", date="2025-01"),
    S("JP", "Hamamatsu", "據本刊掌握的資料，這處辦公室正是人權組織「保護衛士」所稱中國「海外警務服務站」在日本的據點之一。",
      claimant="Safeguard Defenders", note="這處辦公室 = the office searched in Hamamatsu, sentence before"),
    S("JP", "Hamamatsu", "該站點的負責人同時掛名南京市公安局高淳分局的「海外聯絡員」",
      operator="Gaochun", operator_alt=NJ, claimant="《東瀛觀察》", note="district bureau (分局) written as its own name"),
    I("JP", "harassment", "她在南京的父母先後兩次被派出所民警上門「談話」，民警要求他們「管好女兒」",
      place="Hamamatsu", claimant="a student in Hamamatsu",
      note="family pressure after a repost, no demand to return"),
    C("stations", 4, "JP", "日本境內至少有四處此類站點", claimant="Safeguard Defenders"),
    S("JP", "Gifu", "報告還稱，另一處據稱位於岐阜，與蘇州市公安局吳江分局有關。",
      operator="Wujiang", operator_alt=["Suzhou"], claimant="Safeguard Defenders"),
    S("JP", "Gifu", "岐阜縣警察本部回覆本刊查詢時表示，目前「沒有掌握相關資訊」",
      claimant="Gifu Prefectural Police", pol="denied", opt=True),
    R("JP", "arrest", "截至本刊截稿，靜岡縣警尚未逮捕任何人。", pol="denied", opt=True),
    D("CN", "所謂「警察站」的說法「完全是無中生有」", claimant="PRC Consulate-General in Nagoya"),
    R("JP", "protest", "外務省已透過外交管道向中方表達「嚴重關切」", claimant="Japanese Ministry of Foreign Affairs", opt=True,
      note="concern through diplomatic channels, short of a summons"),
]))

# ---------------------------------------------------------------- 005
T005 = """【查核報告】網傳「中國在越南設十多個警察站，專門抓人回國」？查核結果：錯誤

真相查核站　|　發布：2025-05-06　|　查核記者：周

背景
近日一則在LINE群組與臉書大量轉傳的貼文稱，「中國在越南已經設了十多個海外警察站，專門抓人回國」，並附上一張據稱攝於越南邊和市的照片，照片中的招牌寫著「華人服務中心」。

查核
一、數量：查核站比對人權組織「保護衛士」2022年至2024年發布的報告。該組織稱全球共有一百零二處此類站點，分布於五十三個國家；其中越南只有一處，位於南部港口城市頭頓，由安徽省淮南市鳳台縣公安局設立。網傳「十多個」的說法沒有任何來源支持。

二、照片：經以圖搜圖比對，該照片最早出現於2019年一則台灣旅行社的廣告，招牌所在地點並非邊和。越南同奈省公安廳回覆本站詢問時表示，在邊和「沒有發現任何此類場所」。

三、個案：「保護衛士」報告記載了一宗頭頓的個案：2022年，一名在當地鋼鐵廠工作的安徽籍工人，被要求回國配合調查一宗詐騙案，並被告知「家裡人會受影響」；該工人最終自行回國。

四、越南方面的反應：越南公安部曾於2023年對頭頓的相關場所進行調查，但據越南官方媒體報導，調查後沒有發現違法行為。

五、中方說法：中國駐越南大使館曾表示，「所謂海外警察站根本不存在」，相關場所只是協助同胞辦理駕照換證的志願服務點。

「專門抓人回國」的說法，屬於對此類站點用途的一般性描述，並非針對越南的具體個案。

┌────────────────┬────────────────────┐
│ 網傳說法       │ 查核發現           │
├────────────────┼────────────────────┤
│ 越南十多個     │ 報告僅列一處（頭頓）│
│ 邊和照片       │ 2019年台灣廣告     │
│ 專門抓人回國   │ 一般性描述，非個案 │
└────────────────┴────────────────────┘

結論：網傳貼文關於數量與照片的說法錯誤，查核結果為「錯誤」。

參考資料：Safeguard Defenders 報告；越南官方媒體報導；中國駐越南大使館聲明。
"""
DOCS.append(dict(name="005-zh-hant-fact-check-table-vung-tau-bien-hoa-fengtai.txt", text=T005, facts=[
    C("stations", 10, "VN", "中國在越南已經設了十多個海外警察站，專門抓人回國", claimant="viral social-media post", opt=True,
      note="viral claim, approximation, judged false"),
    S("VN", "Bien Hoa", "並附上一張據稱攝於越南邊和市的照片，照片中的招牌寫著「華人服務中心」", claimant="viral social-media post", opt=True,
      place_alt=["Biên Hòa"]),
    S("VN", "Bien Hoa", "越南同奈省公安廳回覆本站詢問時表示，在邊和「沒有發現任何此類場所」", claimant="Dong Nai provincial police",
      pol="denied", opt=True, place_alt=["Biên Hòa"]),
    C("stations", 102, None, "該組織稱全球共有一百零二處此類站點，分布於五十三個國家", claimant="Safeguard Defenders"),
    C("countries", 53, None, "該組織稱全球共有一百零二處此類站點，分布於五十三個國家", claimant="Safeguard Defenders"),
    C("stations", 1, "VN", "其中越南只有一處", claimant="Safeguard Defenders"),
    S("VN", "Vung Tau", "其中越南只有一處，位於南部港口城市頭頓，由安徽省淮南市鳳台縣公安局設立",
      operator="Fengtai", operator_alt=["Huainan"], claimant="Safeguard Defenders", place_alt=["Vũng Tàu"]),
    I("VN", "persuasion", "2022年，一名在當地鋼鐵廠工作的安徽籍工人，被要求回國配合調查一宗詐騙案，並被告知「家裡人會受影響」；該工人最終自行回國。",
      place="Vung Tau", claimant="Safeguard Defenders", date="2022"),
    I("VN", "harassment", "並被告知「家裡人會受影響」", place="Vung Tau", claimant="Safeguard Defenders", opt=True,
      note="threat to family inside a persuasion case"),
    R("VN", "investigation", "越南公安部曾於2023年對頭頓的相關場所進行調查", place="Vung Tau", claimant="Vietnamese official media", date="2023"),
    R("VN", "no_wrongdoing_found", "據越南官方媒體報導，調查後沒有發現違法行為", claimant="Vietnamese official media"),
    D("CN", "「所謂海外警察站根本不存在」", claimant="PRC Embassy in Vietnam"),
]))
