from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 001
t = """外交部发言人例行记者会（节选）
2023年3月14日

问：据韩国媒体报道，韩国警方上周搜查了釜山中区一家中餐馆，认为该处是中国设立的所谓“海外警察站”。报道还称，这处站点由福建省福清市公安局设立，已运作三年多。中方对此有何回应？

答：我注意到有关报道。所谓中国在韩国设立“海外警察站”的说法纯属捏造。据了解，有关场所是当地侨团自发设立的志愿服务点，主要是帮助有需要的侨胞在线办理驾驶证换证、体检预约等业务，工作人员都是当地侨胞志愿者，不是什么中国警察。中方一贯严格遵守国际法，尊重各国司法主权。我们敦促有关媒体停止炒作。

问：韩国外交部昨天约见了中国驻韩国大使馆公使，就此事表达关切。韩方还说，首尔另有一处类似场所，警方已对其展开调查。中方是否掌握有关情况？

答：我刚才已经阐明了中方立场。中韩两国执法部门在打击电信诈骗、跨国赌博等方面一直保持良好合作。去年两国警方签署了关于打击跨国犯罪的合作谅解备忘录，这一合作符合双方共同利益。

问：关于下周举行的中日韩经贸部长会议，中方有何期待？

答：我们欢迎各方加强经贸合作，具体情况请向主管部门询问。
"""
DOCS.append({"name": "001-zh-hans-mfa-transcript-busan-seoul-fuqing.txt", "text": t, "facts": [
    S("KR", "Busan", "据韩国媒体报道，韩国警方上周搜查了釜山中区一家中餐馆，认为该处是中国设立的所谓“海外警察站”。报道还称，这处站点由福建省福清市公安局设立，已运作三年多。",
      operator="Fuqing", claimant="Korean media", note="a Chinese restaurant in Jung-gu, Busan; premise in a question"),
    R("KR", "investigation", "据韩国媒体报道，韩国警方上周搜查了釜山中区一家中餐馆，认为该处是中国设立的所谓“海外警察站”。", place="Busan", claimant="Korean media"),
    D("CN", "所谓中国在韩国设立“海外警察站”的说法纯属捏造。", claimant="PRC Ministry of Foreign Affairs", date="2023-03-14"),
    S("KR", None, "所谓中国在韩国设立“海外警察站”的说法纯属捏造。", claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True),
    R("KR", "protest", "韩国外交部昨天约见了中国驻韩国大使馆公使，就此事表达关切。", claimant="Korean media", date="2023-03",
      note="minister-counsellor called in to hear concern; treated as a summons"),
    S("KR", "Seoul", "韩方还说，首尔另有一处类似场所，警方已对其展开调查。", claimant="South Korean government"),
    A("KR", "security_agreement", "去年两国警方签署了关于打击跨国犯罪的合作谅解备忘录，这一合作符合双方共同利益。", claimant="PRC Ministry of Foreign Affairs", date="2022"),
]})

# ---------------------------------------------------------------- 002
t = """人权组织报告称中国地方公安在非洲设立十一处“海外站点”

【本报内罗毕讯】总部设在伦敦的人权组织“亚洲权利观察”周二发布报告称，中国地方公安机关迄今已在至少五十三个国家设立了一百零二处所谓“海外警务服务站”，其中非洲有十一处。

报告说，赞比亚有两处，分别位于首都卢萨卡和铜带省城市恩多拉，均由福建省永泰县公安局设立。两处站点都挂靠在当地的同乡会名下。报告称，永泰县公安局在全球共运营七处此类站点，是报告点名的县级公安机关中数量最多的之一。

报告还记录了一起案例：一名在卢萨卡经营建材生意的中国商人被国内警方怀疑涉嫌集资诈骗，站点工作人员多次到其店铺“做工作”，并通过其在永泰老家的父母施压。该商人于2022年10月回国，随即被当地警方带走。

赞比亚警察总署发言人周三对本报表示，警方已注意到报告内容，并已对两处场所展开调查，“任何外国机构都不得在赞比亚境内行使执法权”。

中国驻赞比亚大使馆发言人则表示，报告内容“毫无根据”，所谓站点只是华侨华人社团为同胞提供证件办理咨询的志愿服务点，“与执法无关”。

报告作者表示，除赞比亚外，在坦桑尼亚和乌干达也发现了线索，但尚未能核实具体地点。

赞比亚是中国在非洲投资最集中的国家之一，铜带省的矿山、冶炼厂和首都周边的建筑工地雇有大量中国员工，当地华人社区估计约有两万人。卢萨卡一家华人超市的老板对本报说，他从未听说过什么“警务服务站”，“平时办护照、签证都去大使馆”。

赞比亚反对党议员周三在国民议会提出质询，要求政府说明两处场所的性质，并要求外交部召见中国大使。赞比亚外交部尚未对此作出回应。

报告发布方表示，希望各国政府“不要把这些站点当作普通的侨社服务机构”。报告称，国内警方往往通过在国内的亲属施压，迫使海外人员回国，“这种做法本身就是跨境打压”。
"""
DOCS.append({"name": "002-zh-hans-news-ngo-report-lusaka-ndola-yongtai.txt", "text": t, "facts": [
    C("stations", 102, None, "中国地方公安机关迄今已在至少五十三个国家设立了一百零二处所谓“海外警务服务站”", claimant="Asia Rights Watch"),
    C("countries", 53, None, "中国地方公安机关迄今已在至少五十三个国家设立了一百零二处所谓“海外警务服务站”", claimant="Asia Rights Watch"),
    C("stations", 11, None, "其中非洲有十一处。", claimant="Asia Rights Watch", opt=True, note="regional count (Africa)"),
    C("stations", 2, "ZM", "赞比亚有两处，分别位于首都卢萨卡和铜带省城市恩多拉", claimant="Asia Rights Watch"),
    S("ZM", "Lusaka", "赞比亚有两处，分别位于首都卢萨卡和铜带省城市恩多拉，均由福建省永泰县公安局设立。", operator="Yongtai", claimant="Asia Rights Watch"),
    S("ZM", "Ndola", "赞比亚有两处，分别位于首都卢萨卡和铜带省城市恩多拉，均由福建省永泰县公安局设立。", operator="Yongtai", claimant="Asia Rights Watch"),
    C("stations", 7, None, "报告称，永泰县公安局在全球共运营七处此类站点", claimant="Asia Rights Watch", opt=True, note="stations of one bureau"),
    I("ZM", "persuasion", "站点工作人员多次到其店铺“做工作”，并通过其在永泰老家的父母施压。该商人于2022年10月回国，随即被当地警方带走。", place="Lusaka", claimant="Asia Rights Watch", date="2022-10"),
    I("ZM", "harassment", "站点工作人员多次到其店铺“做工作”，并通过其在永泰老家的父母施压。", claimant="Asia Rights Watch", opt=True, note="pressure through parents"),
    R("ZM", "investigation", "警方已注意到报告内容，并已对两处场所展开调查", claimant="Zambia Police"),
    D("CN", "中国驻赞比亚大使馆发言人则表示，报告内容“毫无根据”，所谓站点只是华侨华人社团为同胞提供证件办理咨询的志愿服务点，“与执法无关”。", claimant="Chinese Embassy in Zambia"),
]})

# ---------------------------------------------------------------- 003
t = """闽清县公安局2023年度工作总结（摘录）

三、涉外警务工作

今年以来，我局依托在柬埔寨设立的两个海外“110”服务站，持续推进境外电信网络诈骗犯罪打击工作。两个服务站分别设在金边和西哈努克港，共有驻站工作人员九名，均为当地闽清籍侨胞。

全年共协助劝返电诈犯罪嫌疑人三十七名，其中西港服务站劝返二十一名。典型案例如下：

（一）3月，一名长期滞留金边的犯罪嫌疑人在服务站工作人员多次上门劝说、其家属配合做工作后，自行购买机票回国投案。

（二）8月，一名在逃人员拒不回国，服务站工作人员会同当地华人商会将其带至金边国际机场，护送登机回国，落地后即被我局民警抓获。

此外，服务站全年为侨胞办理驾驶证审验、户籍证明等事项六百余件。

四、国际执法合作

5月，我局民警随省厅工作组赴西哈努克港，与柬方警察开展为期两周的联合巡逻，重点打击针对中国游客的抢劫、绑架犯罪。

五、下一步工作

2024年，我局将积极争取在老挝万象、缅甸仰光增设服务站，力争全年劝返人数突破五十名。

闽清县公安局
2024年1月8日
"""
DOCS.append({"name": "003-zh-hans-county-police-report-phnom-penh-minqing.txt", "text": t, "facts": [
    C("stations", 2, "KH", "我局依托在柬埔寨设立的两个海外“110”服务站", claimant="Minqing County Public Security Bureau"),
    S("KH", "Phnom Penh", "两个服务站分别设在金边和西哈努克港，共有驻站工作人员九名", operator="Minqing", claimant="Minqing County Public Security Bureau"),
    S("KH", "Sihanoukville", "两个服务站分别设在金边和西哈努克港，共有驻站工作人员九名", operator="Minqing", claimant="Minqing County Public Security Bureau"),
    C("staff", 9, "KH", "共有驻站工作人员九名", claimant="Minqing County Public Security Bureau"),
    C("returns", 37, "KH", "全年共协助劝返电诈犯罪嫌疑人三十七名", claimant="Minqing County Public Security Bureau", date="2023"),
    C("returns", 21, "KH", "其中西港服务站劝返二十一名", claimant="Minqing County Public Security Bureau", opt=True, note="city-scoped subset"),
    I("KH", "persuasion", "3月，一名长期滞留金边的犯罪嫌疑人在服务站工作人员多次上门劝说、其家属配合做工作后，自行购买机票回国投案。", place="Phnom Penh", claimant="Minqing County Public Security Bureau", date="2023-03"),
    I("KH", "forced_return", "8月，一名在逃人员拒不回国，服务站工作人员会同当地华人商会将其带至金边国际机场，护送登机回国，落地后即被我局民警抓获。", place="Phnom Penh", claimant="Minqing County Public Security Bureau", date="2023-08"),
    A("KH", "joint_patrol", "5月，我局民警随省厅工作组赴西哈努克港，与柬方警察开展为期两周的联合巡逻", claimant="Minqing County Public Security Bureau", date="2023-05"),
]})

# ---------------------------------------------------------------- 004 irrelevant
t = """南宁东站警务站春运以来帮助旅客找回遗失物品四百余件

新华社南宁1月30日电  记者从南宁铁路公安处获悉，春运启动以来，南宁东站派出所设在候车大厅的警务站已帮助旅客找回遗失的行李、证件等物品四百余件，劝导一百多名未购票人员返回进站口排队。

南宁东站是广西最大的高铁枢纽，每日开行至越南边境口岸城市凭祥的动车组十余趟。春运期间，派出所抽调一百二十名民警、辅警，在进站口、换乘通道和出站口设立三个便民服务点，为返乡务工人员提供热水、充电和临时休息服务。

站区派出所所长介绍，今年警务站还与车站客运部门签订了协作协议，在重点时段联合开展巡查，确保旅客安全有序出行。“很多务工人员带着大件行李，又是第一次坐高铁，我们就一路把他们送上车。”

据统计，春运前二十天，南宁东站累计发送旅客一百八十六万人次，同比增长百分之三十四。
"""
DOCS.append({"name": "004-zh-hans-xinhua-railway-police-nanning.txt", "text": t, "facts": []})

# ---------------------------------------------------------------- 005
t = """日警搜索名古屋疑似中國「海外警察站」 中使館：純屬捏造

（中央社記者東京18日電）日本愛知縣警方今天上午搜索名古屋市中區一棟商業大樓內的貿易公司辦公室，懷疑該處是中國在日本設立的「海外警察站」。據日本媒體引述搜查相關人士說法，該據點由中國福建省羅源縣公安局設立，主要對象是在日本中部地區打工的羅源同鄉。

警方表示，目前尚無人被捕，將分析扣押的電腦和文件，釐清是否涉及非法行使警察權。據了解，一名在名古屋就讀大學的中國留學生先前向警方求助，指該處人員多次要求他提供同學參加集會的照片和名單。

日本外務省官員表示，已透過外交管道向中國駐日大使館表達「嚴重關切」。

日本政府消息人士透露，除名古屋外，日本境內至少還有兩處類似據點，分別位於仙台和廣島，警方正在掌握實際情況。

中國駐日大使館晚間發表聲明說，相關報導純屬捏造，當地僑胞團體只是提供駕照換證等協助，「根本不存在所謂警察站」。
"""
DOCS.append({"name": "005-zh-hant-cna-nagoya-sendai-luoyuan.txt", "text": t, "facts": [
    R("JP", "investigation", "日本愛知縣警方今天上午搜索名古屋市中區一棟商業大樓內的貿易公司辦公室，懷疑該處是中國在日本設立的「海外警察站」。", place="Nagoya"),
    S("JP", "Nagoya", "據日本媒體引述搜查相關人士說法，該據點由中國福建省羅源縣公安局設立，主要對象是在日本中部地區打工的羅源同鄉。", operator="Luoyuan", claimant="Japanese media", note="trading-company office in Naka-ku"),
    R("JP", "arrest", "目前尚無人被捕", pol="denied", opt=True),
    I("JP", "surveillance", "一名在名古屋就讀大學的中國留學生先前向警方求助，指該處人員多次要求他提供同學參加集會的照片和名單。", place="Nagoya"),
    R("JP", "protest", "已透過外交管道向中國駐日大使館表達「嚴重關切」。", claimant="Japanese Ministry of Foreign Affairs", opt=True, note="concern, not a summons"),
    C("stations", 3, "JP", "除名古屋外，日本境內至少還有兩處類似據點，分別位於仙台和廣島", claimant="Japanese government", opt=True, note="derived: Nagoya plus at least two more"),
    S("JP", "Sendai", "除名古屋外，日本境內至少還有兩處類似據點，分別位於仙台和廣島", claimant="Japanese government"),
    S("JP", "Hiroshima", "除名古屋外，日本境內至少還有兩處類似據點，分別位於仙台和廣島", claimant="Japanese government"),
    D("CN", "中國駐日大使館晚間發表聲明說，相關報導純屬捏造，當地僑胞團體只是提供駕照換證等協助，「根本不存在所謂警察站」。", claimant="Chinese Embassy in Japan"),
    S("JP", None, "「根本不存在所謂警察站」", claimant="Chinese Embassy in Japan", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 006
t = """珀斯疑設中國警察站 港人：示威時被拍照

【本報訊】西澳洲警方證實，正調查珀斯市北橋區一間華人會館是否為中國設立的「海外警察站」。據悉，該會館的「海外服務中心」由福建省壽寧縣公安局掛牌成立，去年曾在微信群組宣傳可代辦國內刑事案件的「遠程報案」。

一名在珀斯讀書的香港學生向本報表示，他去年十一月參加聲援香港的集會時，多名與該會館有關的人士在旁拍攝參加者的臉部，其後相片在微信群組流傳。他在內地的父母隨後被當地派出所約談，要求他「不要再參加活動」。

澳洲聯邦警察發言人則表示，聯邦警察早前已就類似指控進行評估，初步調查並未發現觸犯聯邦法律的證據，但會繼續與州警方合作。

中國駐珀斯總領事館回應稱，有關報道「歪曲事實」，會館只是協助老人家辦理養老金資格認證的民間組織。

消息人士指，澳洲至少還有一處由同一公安局設立的據點，位於昆士蘭州黃金海岸，但未獲當局證實。

壽寧是福建東北部山區小縣，近二十年有大批居民經香港、新加坡移居澳洲，主要從事餐飲和建築業。北橋區一間茶餐廳的東主表示，會館平日主要舉辦春節聯歡和長者午餐，「從來冇見過有警察」。

西澳州議會有議員要求州政府交代事件，並建議聯邦政府召見中國駐澳大使。外交及貿易部發言人只表示，部門「一直向中方清楚表明」不容許外國干預，並未透露是否已召見大使。

事件亦令在澳港人社群憂慮。一名協助組織集會的義工說，不少參加者已改為戴口罩出席，「大家都知道有人在影相」。
"""
DOCS.append({"name": "006-zh-hant-hk-news-perth-shouning.txt", "text": t, "facts": [
    R("AU", "investigation", "西澳洲警方證實，正調查珀斯市北橋區一間華人會館是否為中國設立的「海外警察站」。", place="Perth"),
    S("AU", "Perth", "據悉，該會館的「海外服務中心」由福建省壽寧縣公安局掛牌成立", operator="Shouning", note="a clan association in Northbridge"),
    I("AU", "surveillance", "他去年十一月參加聲援香港的集會時，多名與該會館有關的人士在旁拍攝參加者的臉部，其後相片在微信群組流傳。", place="Perth", claimant="a Hong Kong student"),
    I("AU", "harassment", "他在內地的父母隨後被當地派出所約談，要求他「不要再參加活動」。", claimant="a Hong Kong student"),
    R("AU", "no_wrongdoing_found", "初步調查並未發現觸犯聯邦法律的證據", claimant="Australian Federal Police"),
    D("CN", "中國駐珀斯總領事館回應稱，有關報道「歪曲事實」，會館只是協助老人家辦理養老金資格認證的民間組織。", claimant="Chinese Consulate-General in Perth"),
    S("AU", "Gold Coast", "澳洲至少還有一處由同一公安局設立的據點，位於昆士蘭州黃金海岸，但未獲當局證實。", operator="Shouning", claimant="a source", opt=True, note="unconfirmed"),
    C("stations", 2, "AU", "澳洲至少還有一處由同一公安局設立的據點", opt=True, note="Perth plus at least one more"),
    R("AU", "protest", "部門「一直向中方清楚表明」不容許外國干預", claimant="Department of Foreign Affairs and Trade", opt=True, note="made clear, summons not disclosed"),
]})

# ---------------------------------------------------------------- 007
t = """國家安全局　「中共跨境鎮壓態勢」書面報告（節錄）
中華民國112年10月

二、中共「海外警務服務站」現況
（一）據本局掌握，中共地方公安機關迄
今在逾五十國設立百餘處「海外警務服
務站」，其中東南亞及東北亞地區至少
十四處。
（二）蒙古首都烏蘭巴托之據點，由福建
省連城縣公安局設立，以當地中資建築
工地為主要服務對象；蒙古警方已於本
年6月勒令其關閉，並驅逐兩名相關人
員。
（三）寮國首都永珍則有一處，由福建省
柘榮縣公安局設立。該據點本年3月協
同寮國警方，將一名批評當地中資特區
之華籍人士押送至磨丁口岸，移交中方
帶回。寮方迄未就該據點展開調查。
（四）中共與寮國自2019年起於中資特
區內實施「聯合巡邏」，近期擴大至永
珍市區。

三、對我國影響
經本局會同相關機關清查，尚未發現中
共於我國境內設立類似據點，惟將持續
關注。
"""
DOCS.append({"name": "007-zh-hant-nsb-report-ulaanbaatar-vientiane.txt", "text": t, "facts": [
    C("countries", 50, None, "中共地方公安機關迄\n今在逾五十國設立百餘處", claimant="National Security Bureau (Taiwan)", opt=True, note="'逾五十國'"),
    C("stations", 100, None, "今在逾五十國設立百餘處「海外警務服\n務站」", claimant="National Security Bureau (Taiwan)", opt=True, note="'百餘處'"),
    C("stations", 14, None, "其中東南亞及東北亞地區至少\n十四處。", claimant="National Security Bureau (Taiwan)", opt=True, note="regional count"),
    S("MN", "Ulaanbaatar", "蒙古首都烏蘭巴托之據點，由福建\n省連城縣公安局設立", operator="Liancheng", claimant="National Security Bureau (Taiwan)"),
    R("MN", "closure", "蒙古警方已於本\n年6月勒令其關閉", claimant="National Security Bureau (Taiwan)", date="2023-06"),
    S("LA", "Vientiane", "寮國首都永珍則有一處，由福建省\n柘榮縣公安局設立。", operator="Zherong", claimant="National Security Bureau (Taiwan)"),
    I("LA", "forced_return", "該據點本年3月協\n同寮國警方，將一名批評當地中資特區\n之華籍人士押送至磨丁口岸，移交中方\n帶回。", claimant="National Security Bureau (Taiwan)", date="2023-03"),
    R("LA", "investigation", "寮方迄未就該據點展開調查。", claimant="National Security Bureau (Taiwan)", pol="denied"),
    A("LA", "joint_patrol", "中共與寮國自2019年起於中資特\n區內實施「聯合巡邏」", claimant="National Security Bureau (Taiwan)", date="2019"),
    S("TW", None, "尚未發現中\n共於我國境內設立類似據點", claimant="National Security Bureau (Taiwan)", pol="denied", opt=True),
]})

# ---------------------------------------------------------------- 008 irrelevant
t = """台中加油站深夜遭搶 警循線逮捕嫌犯

【地方新聞／台中報導】台中市西屯區一處加油站前晚十一時許遭一名男子持刀搶走現金約三萬元，轄區派出所員警獲報後調閱沿線監視器，不到六小時便在大肚區一處工寮將嫌犯逮捕。

警方表示，嫌犯為三十二歲男子，因積欠賭債鋌而走險。警方也在工寮內查獲兩名逾期居留的外籍移工，已移送移民署專勤隊，將依規定遣返。

另外，台中港務警察總隊日前在港區查獲一艘中國籍漁船越界，船上十一名船員經訊問後，已由海巡署安排遣返大陸。

分局長提醒，加油站及超商業者夜間應加強門禁，並與派出所建立聯防機制。轄區今年已設立二十處「治安聯防服務站」，由警方與里長、志工共同巡守。
"""
DOCS.append({"name": "008-zh-hant-local-news-taichung-gas-station.txt", "text": t, "facts": []})
