"""check14 part A, documents 005-008 (zh-hant). Held-out material: contains gold."""
from h import S, C, R, I, A, D

DOC005 = """萬那杜警方證實調查維拉港疑似陸警據點　薩摩亞亦被點名

（中央社雪梨22日綜合外電報導）萬那杜警方今天證實，已對首都維拉港（Port Vila）一處疑似中國「海外警務服務站」的場所展開調查，並於上週約談兩名負責人。這是南太平洋島國首度公開承認進行此類調查。

根據澳洲廣播公司（ABC）取得的文件，該據點設在維拉港市中心一家華人超市樓上，自2022年起由海南省臨高縣公安局運作，對外以「僑胞服務中心」名義辦理駕照換發、公證等業務。萬那杜警察總監辦公室表示，目前「尚未發現足以起訴的證據」，也沒有人遭到逮捕，但調查仍在進行中。

文件並指出，鄰國薩摩亞首都阿庇亞（Apia）同樣設有一處，由同屬海南的屯昌縣公安局成立；兩處據點的聯絡人曾於2023年一同出席海南省召開的「海外僑務工作座談會」。薩摩亞政府發言人則說，當局「不知悉」境內有任何這類機構。

一名在維拉港經營餐廳的華商告訴ABC，去年曾有自稱臨高警方的人透過微信，要求他提供當地民主運動人士聚會的時間和名單；他拒絕後，對方揚言「你在老家的房子還想不想要」，並傳來他父母住處的照片。

中國駐萬那杜大使館發表聲明，稱相關報導「無中生有」，並強調中萬兩國在2019年簽署的警務合作協議框架下，一直在交通管理和警員培訓方面正常合作。澳洲外交部則表示「密切關注」事態發展。1150322
"""

F005 = [
    R("VU", "investigation", "已對首都維拉港（Port Vila）一處疑似中國「海外警務服務站」的場所展開調查，並於上週約談兩名負責人",
      place="Port Vila", claimant="Vanuatu Police Force", date="2026-03"),
    S("VU", "Port Vila", "該據點設在維拉港市中心一家華人超市樓上，自2022年起由海南省臨高縣公安局運作",
      operator="Lingao", claimant="ABC", date="2022", note="Lingao is directly under Hainan; 該據點 carries the place"),
    R("VU", "no_wrongdoing_found", "目前「尚未發現足以起訴的證據」", claimant="Vanuatu Police Force", opt=True,
      note="interim, investigation continues"),
    R("VU", "arrest", "也沒有人遭到逮捕，但調查仍在進行中", claimant="Vanuatu Police Force", pol="denied", opt=True),
    S("WS", "Apia", "鄰國薩摩亞首都阿庇亞（Apia）同樣設有一處，由同屬海南的屯昌縣公安局成立",
      operator="Tunchang", claimant="ABC"),
    S("WS", None, "當局「不知悉」境內有任何這類機構", claimant="Samoan government", pol="denied", opt=True),
    D("WS", "薩摩亞政府發言人則說，當局「不知悉」境內有任何這類機構", claimant="Samoan government", opt=True,
      note="host government says it knows of none"),
    I("VU", "surveillance", "要求他提供當地民主運動人士聚會的時間和名單", place="Port Vila", claimant="ABC", date="2025"),
    I("VU", "harassment", "他拒絕後，對方揚言「你在老家的房子還想不想要」，並傳來他父母住處的照片", place="Port Vila", claimant="ABC", date="2025",
      note="threat after a refusal to inform"),
    D("CN", "稱相關報導「無中生有」", claimant="Chinese Embassy in Vanuatu"),
    A("VU", "security_agreement", "中萬兩國在2019年簽署的警務合作協議", claimant="Chinese Embassy in Vanuatu", date="2019"),
]

DOC006 = """英南部港城華人中心涉「海外警站」　警方搜查兩男被帶走問話

【本報訊】英國南部港口城市南安普頓（Southampton）一處華人社區中心，被指暗中設有中國「海外警站」。漢普郡警察局（Hampshire Constabulary）周三（11日）證實，已於上月底搜查該中心，並帶走兩名男子問話，二人其後獲准保釋，至今未被起訴。

據了解，該中心自2020年起運作，負責人是一名來自山東沂水的商人。英國《衛報》引述一份外洩的內部通訊錄報道，中心內的「警務聯絡點」由山東省沂水縣公安局直接指導，並定期向沂水方面匯報當地港人及異見學生的活動。

一名2022年以BN(O)簽證移居南安普頓的港人母親向本報表示，她兒子去年參加聲援香港的集會時，被人在現場近距離拍照，照片其後出現在她香港舊同事的通訊群組中。「我們搬到幾千公里外，還是被盯著。」她說。

另有消息指，雷丁（Reading）亦可能有一處同類據點，但警方拒絕評論。

英國外交部發言人表示，已召見中國駐英國大使館代辦，要求對方作出解釋。中國駐英使館發言人則回應稱，所謂「警站」根本不存在，英方應停止「政治操弄」，並「尊重華人社團的正常活動」。

評論：由南安普頓到雷丁，港人社群的不安不會因一紙聲明而消散。當局若只搜查、不起訴，恐怕難以令人安心。
"""

F006 = [
    S("GB", "Southampton", "英國《衛報》引述一份外洩的內部通訊錄報道，中心內的「警務聯絡點」由山東省沂水縣公安局直接指導",
      operator="Yishui", operator_alt=["Linyi"], claimant="The Guardian", date="2020"),
    R("GB", "investigation", "已於上月底搜查該中心，並帶走兩名男子問話", place="Southampton", claimant="Hampshire Constabulary"),
    R("GB", "arrest", "二人其後獲准保釋，至今未被起訴", claimant="Hampshire Constabulary", pol="denied", opt=True,
      note="taken for questioning, bailed, not charged"),
    I("GB", "surveillance", "她兒子去年參加聲援香港的集會時，被人在現場近距離拍照", place="Southampton", date="2025"),
    S("GB", "Reading", "雷丁（Reading）亦可能有一處同類據點", opt=True, note="unconfirmed"),
    R("GB", "protest", "已召見中國駐英國大使館代辦，要求對方作出解釋", claimant="UK Foreign Office"),
    D("CN", "所謂「警站」根本不存在", claimant="Chinese Embassy in the UK"),
]

DOC007 = """外交部「中國大陸跨境執法對加勒比海地區友邦及鄰近國家
之影響」專案報告（節錄）
中華民國115年3月

貳、中國大陸海外警務據點在加勒比海地區之現況

一、依據國際人權組織及國內外智庫之公開資料，中國大陸地方公安機關在
加勒比海地區設置之所謂「海外警務服務站」至少有4處，分布於3個國家。
其中巴哈馬有2處，均位於首都拿索（Nassau），分別由廣東省新興縣公安局
及雲浮市公安局所屬單位設立；巴貝多首都橋鎮（Bridgetown）有1處，由廣
東省遂溪縣公安局於2021年設立。另據聖露西亞當地媒體報導，該國首都卡
斯翠（Castries）亦疑有1處，惟迄未獲證實。

二、上述據點多以「華僑聯誼會」、「同鄉會」名義對外運作，宣稱提供駕照
換發、證件代辦等「便民服務」，實則兼具蒐集僑社資訊、勸返特定人士之功
能。

三、112年間，一名在拿索經營建材行之廣東籍僑民，因在當地華文社群媒體
批評中共，遭新興縣警方透過其在國內之胞妹施壓，要求其返國「說清楚」；
該僑民拒絕後，其店面遭不明人士張貼恐嚇字條，內容指名其家人。

參、相關國家之處置

一、巴哈馬皇家警察已於114年11月對拿索2處據點展開調查，惟迄今尚無任
何人遭起訴。
二、巴貝多政府於114年12月下令關閉橋鎮據點，並召見中國大陸駐巴貝多大
使表達嚴正關切。
三、聖露西亞政府表示，經初步了解，目前尚未發現任何違法情事。

肆、本部因應作為

一、本部已透過駐聖露西亞大使館與該國政府密切聯繫，並於本(115)年1
月與聖國簽署「刑事司法互助協定」，強化雙邊執法合作。
二、本部將持續與理念相近國家分享相關資訊，維護我旅外國人及僑胞安全。
"""

F007 = [
    C("stations", 4, None, "中國大陸地方公安機關在加勒比海地區設置之所謂「海外警務服務站」至少有4處，分布於3個國家", claimant="ROC Ministry of Foreign Affairs", opt=True, note="regional"),
    C("countries", 3, None, "中國大陸地方公安機關在加勒比海地區設置之所謂「海外警務服務站」至少有4處，分布於3個國家", claimant="ROC Ministry of Foreign Affairs", opt=True, note="regional"),
    C("stations", 2, "BS", "其中巴哈馬有2處，均位於首都拿索（Nassau）", claimant="ROC Ministry of Foreign Affairs"),
    S("BS", "Nassau", "其中巴哈馬有2處，均位於首都拿索（Nassau），分別由廣東省新興縣公安局及雲浮市公安局所屬單位設立",
      operator="Xinxing", operator_alt=["Yunfu"], claimant="ROC Ministry of Foreign Affairs",
      note="two stations in Nassau, one key; second bureau Yunfu"),
    S("BB", "Bridgetown", "巴貝多首都橋鎮（Bridgetown）有1處，由廣東省遂溪縣公安局於2021年設立",
      operator="Suixi", operator_alt=["Zhanjiang"], claimant="ROC Ministry of Foreign Affairs", date="2021"),
    C("stations", 1, "BB", "巴貝多首都橋鎮（Bridgetown）有1處", claimant="ROC Ministry of Foreign Affairs", opt=True, note="count of one"),
    S("LC", "Castries", "該國首都卡斯翠（Castries）亦疑有1處，惟迄未獲證實", claimant="Saint Lucian media", opt=True, note="unconfirmed"),
    I("BS", "persuasion", "遭新興縣警方透過其在國內之胞妹施壓，要求其返國「說清楚」", place="Nassau", date="2023",
      claimant="ROC Ministry of Foreign Affairs", note="112年 = 2023; he stayed"),
    I("BS", "harassment", "該僑民拒絕後，其店面遭不明人士張貼恐嚇字條，內容指名其家人", place="Nassau", date="2023",
      claimant="ROC Ministry of Foreign Affairs"),
    R("BS", "investigation", "巴哈馬皇家警察已於114年11月對拿索2處據點展開調查", place="Nassau", date="2025-11"),
    R("BS", "arrest", "惟迄今尚無任何人遭起訴", pol="denied", opt=True),
    R("BB", "closure", "巴貝多政府於114年12月下令關閉橋鎮據點", place="Bridgetown", date="2025-12"),
    R("BB", "protest", "並召見中國大陸駐巴貝多大使表達嚴正關切", date="2025-12"),
    R("LC", "no_wrongdoing_found", "聖露西亞政府表示，經初步了解，目前尚未發現任何違法情事", claimant="Saint Lucian government"),
]

DOC008 = """柬埔寨詐騙園區救回102人　刑事局：53人涉案移送

【本報記者桃園報導】刑事警察局與內政部移民署今（18）日清晨以包機方式，將在柬埔寨西港詐騙園區被拘禁的102名國人接返臺灣，班機於6時40分降落桃園國際機場。航空警察局在機場內設置臨時工作站，逐一完成身分核對及筆錄。

刑事局表示，這批國人多是去年透過社群網站應徵「高薪客服」工作，抵達柬埔寨後即遭沒收護照，被迫從事投資詐騙。經我方駐外人員與柬方警方合作，本月初在當地查獲該園區，隨後協調安排遣返事宜。其中53人經查證涉嫌參與詐騙，下機後即由各地警察局帶回偵辦，其餘則由家屬接回。

刑事局國際刑警科指出，臺柬雙方雖無正式外交關係，但近年在打擊跨境詐騙方面已建立聯繫窗口，未來也將研議簽署相關合作備忘錄，盼能更有效率地救援受困國人。

一名剛返臺的二十多歲青年說，在園區內每天被要求工作十六小時，「達不到業績就被打」。他的母親一早就在機場大廳等候，見到兒子後忍不住痛哭。

警方也提醒，民眾若接獲海外高薪工作邀約，應先撥打165反詐騙專線或洽詢各地派出所查證，避免受騙。臺鐵桃園車站及高鐵桃園站也將張貼相關宣導海報。
"""

F008 = []

DOCS = [
    {"name": "005-zh-hant-cna-wire-port-vila-apia-lingao-tunchang.txt", "text": DOC005, "facts": F005},
    {"name": "006-zh-hant-hk-news-southampton-reading-yishui.txt", "text": DOC006, "facts": F006},
    {"name": "007-zh-hant-mofa-report-hard-wrapped-nassau-bridgetown-castries-xinxing-suixi.txt", "text": DOC007, "facts": F007},
    {"name": "008-zh-hant-news-cambodia-scam-rescue-taoyuan.txt", "text": DOC008, "facts": F008},
]
