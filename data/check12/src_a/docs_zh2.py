from h import S, C, R, I, A, D

DOCS = []

# 005 -------------------------------------------------------------------------
T = """日媒：沖繩那霸疑設中國「海外警察站」 縣警搜索相關據點

（中央社記者東京12日專電）日本媒體今天報導，沖繩縣警方11日以涉嫌違反旅行業法為由，搜索那霸市一處由華人社團使用的辦公室。據了解，該據點疑為中國在海外設立的「警察站」之一，由廣東省梅州市蕉嶺縣公安局設立，約自2020年起運作。

報導指出，警方並未逮捕任何人，但已約談社團兩名負責人到案說明。日本內閣官房長官今天在記者會上表示，政府對此「高度關切」，將依法妥善處理。

據悉，這是繼東京之後，日本第二個被警方搜索的疑似據點。日本媒體先前報導，中國在日本至少設有三處這類據點，除東京和那霸外，另一處據稱位於熊本市。

中國駐日本大使館今天回應說，相關報導「完全是無中生有」，所謂據點只是當地僑胞的聯誼場所，「從未從事任何執法活動」。

沖繩縣華僑華人人數約一萬人，近年來隨觀光業發展持續增加。1141112
"""
DOCS.append({"name": "005-zh-hant-cna-wire-naha-kumamoto-jiaoling.txt", "text": T, "facts": [
    S("JP", "Naha", "據了解，該據點疑為中國在海外設立的「警察站」之一，由廣東省梅州市蕉嶺縣公安局設立，約自2020年起運作。",
      operator="Jiaoling", operator_alt=["Meizhou"], date="2020", claimant="Japanese media", note="該據點 carries the operator"),
    R("JP", "investigation", "沖繩縣警方11日以涉嫌違反旅行業法為由，搜索那霸市一處由華人社團使用的辦公室。", place="Naha", claimant="Japanese media", date="2025-11-11"),
    R("JP", "arrest", "報導指出，警方並未逮捕任何人", pol="denied", opt=True),
    R("JP", "protest", "日本內閣官房長官今天在記者會上表示，政府對此「高度關切」，將依法妥善處理。", opt=True, claimant="Chief Cabinet Secretary of Japan", note="concern, no summons"),
    S("JP", "Tokyo", "據悉，這是繼東京之後，日本第二個被警方搜索的疑似據點。", opt=True, note="recalled earlier site"),
    C("stations", 3, "JP", "日本媒體先前報導，中國在日本至少設有三處這類據點，除東京和那霸外，另一處據稱位於熊本市。", claimant="Japanese media"),
    S("JP", "Kumamoto", "日本媒體先前報導，中國在日本至少設有三處這類據點，除東京和那霸外，另一處據稱位於熊本市。", claimant="Japanese media"),
    D("CN", "中國駐日本大使館今天回應說，相關報導「完全是無中生有」，所謂據點只是當地僑胞的聯誼場所，「從未從事任何執法活動」。",
      claimant="Chinese Embassy in Japan"),
    S("JP", "Naha", "中國駐日本大使館今天回應說，相關報導「完全是無中生有」，所謂據點只是當地僑胞的聯誼場所，「從未從事任何執法活動」。",
      claimant="Chinese Embassy in Japan", pol="denied", opt=True),
]})

# 006 -------------------------------------------------------------------------
T = """【評論】萬錦「服務站」的寒蟬效應

加拿大皇家騎警上月證實，正就安大略省萬錦市一處疑似中國「海外警察站」展開刑事調查。據加拿大媒體引述的內部文件，該處以同鄉會名義運作的據點，隸屬浙江省嘉興市海鹽縣公安局；文件又指，另一處設於密西沙加，同樣由海鹽縣公安局管理。

對移居加拿大的港人而言，這並非遙遠的新聞。一名曾參與多倫多聲援集會的港人學生向本報表示，集會後不到兩星期，其在深圳的父母便接到當地警察「上門拜訪」，要求他們勸兒子「不要再參與反華活動」。另一名社運人士則說，他在同一集會上被人近距離拍照，照片其後出現在一個微信群組中，連同他的住址。

北京一貫的說法是，這些據點只是為海外僑民提供「駕照換領」等便民服務。中國駐加拿大大使館更形容有關報道是「別有用心的抹黑」。然而，若真是便民服務，何需隱身於同鄉會的招牌之後？又何需登記集會參加者的住址？

渥太華已召見中國駐加拿大大使，表達嚴正抗議，但騎警至今未有拘捕任何人。加拿大需要的，不只是一紙抗議；香港人需要的，也不只是同情。

（作者為時事評論員）
"""
DOCS.append({"name": "006-zh-hant-hk-oped-markham-mississauga-haiyan.txt", "text": T, "facts": [
    R("CA", "investigation", "加拿大皇家騎警上月證實，正就安大略省萬錦市一處疑似中國「海外警察站」展開刑事調查。", place="Markham", claimant="RCMP"),
    S("CA", "Markham", "據加拿大媒體引述的內部文件，該處以同鄉會名義運作的據點，隸屬浙江省嘉興市海鹽縣公安局", operator="Haiyan", operator_alt=["Jiaxing"],
      claimant="Canadian media"),
    S("CA", "Mississauga", "文件又指，另一處設於密西沙加，同樣由海鹽縣公安局管理。", operator="Haiyan", operator_alt=["Jiaxing"], claimant="Canadian media"),
    I("CA", "harassment", "一名曾參與多倫多聲援集會的港人學生向本報表示，集會後不到兩星期，其在深圳的父母便接到當地警察「上門拜訪」，要求他們勸兒子「不要再參與反華活動」。",
      place="Toronto", claimant="a Hong Kong student", note="parents visited in Shenzhen"),
    I("CA", "surveillance", "另一名社運人士則說，他在同一集會上被人近距離拍照，照片其後出現在一個微信群組中，連同他的住址。", place="Toronto", claimant="an activist"),
    D("CN", "中國駐加拿大大使館更形容有關報道是「別有用心的抹黑」。", claimant="Chinese Embassy in Canada"),
    R("CA", "protest", "渥太華已召見中國駐加拿大大使，表達嚴正抗議"),
    R("CA", "arrest", "但騎警至今未有拘捕任何人", pol="denied", opt=True),
]})

# 007 -------------------------------------------------------------------------
T = """國家安全局
「中共跨境鎮壓及海外據點現況」專案報告
中華民國一一四年四月

一、概述
據本局掌握，中共公安機關迄今已在逾五十個國家設置百餘處所謂
「海外警務服務站」，名義上提供證照換發等「便民服務」，實則用
以蒐集僑界情資、監控異議人士，並配合「天網」、「獵狐」等行動
對外逃人員進行勸返。其中東南亞地區至少有十一處。

二、東南亞據點
（一）泰國：南部合艾市一處，由福建省漳州市東山縣公安局設立
，以當地同鄉會館名義對外運作。泰國警方已於本年二月下令關閉
該處。
（二）緬甸：曼德勒一處，據報由雲南省保山市騰衝市公安局派員
運作，緬甸當局迄未對此展開調查。
（三）柬埔寨：暹粒一處，設立單位不詳。本局另掌握，一名在暹粒
經營旅行社的陸籍人士，去年十一月遭該據點人員帶往機場，押送
搭機返回中國，下落不明。

三、執法合作
中共與柬埔寨於去年簽署執法安全合作協議，並自本年一月起在金
邊、暹粒等地由雙方警員開展聯合巡邏，以「保護中國遊客」為名
，擴大在地警務存在。

四、對我國影響
經查，目前尚未發現類似據點在我國境內運作，惟中共藉宗親會、
同鄉會等管道對臺籍人士進行滲透之情形仍須持續關注。本局將
持續與友盟情報機關交換資訊，適時向 鈞院報告。
"""
NSB = "National Security Bureau"
DOCS.append({"name": "007-zh-hant-nsb-report-hard-wrapped-hat-yai-mandalay-siem-reap-dongshan.txt", "text": T, "facts": [
    C("countries", 50, None, "中共公安機關迄今已在逾五十個國家設置百餘處所謂", claimant=NSB, opt=True, note="逾五十, approximation"),
    C("stations", 100, None, "中共公安機關迄今已在逾五十個國家設置百餘處所謂", claimant=NSB, opt=True, note="百餘處, approximation"),
    C("stations", 11, None, "其中東南亞地區至少有十一處。", claimant=NSB, opt=True, note="regional count"),
    S("TH", "Hat Yai", "（一）泰國：南部合艾市一處，由福建省漳州市東山縣公安局設立", operator="Dongshan", operator_alt=["Zhangzhou"], claimant=NSB),
    R("TH", "closure", "泰國警方已於本年二月下令關閉該處。", place="Hat Yai", claimant=NSB, date="2025-02"),
    S("MM", "Mandalay", "（二）緬甸：曼德勒一處，據報由雲南省保山市騰衝市公安局派員運作", operator="Tengchong", operator_alt=["Baoshan"], claimant=NSB),
    R("MM", "investigation", "緬甸當局迄未對此展開調查。", pol="denied", claimant=NSB),
    S("KH", "Siem Reap", "（三）柬埔寨：暹粒一處，設立單位不詳。", claimant=NSB),
    I("KH", "forced_return", "本局另掌握，一名在暹粒經營旅行社的陸籍人士，去年十一月遭該據點人員帶往機場，押送搭機返回中國，下落不明。",
      place="Siem Reap", claimant=NSB, date="2024-11"),
    A("KH", "security_agreement", "中共與柬埔寨於去年簽署執法安全合作協議", claimant=NSB, date="2024"),
    A("KH", "joint_patrol", "並自本年一月起在金邊、暹粒等地由雙方警員開展聯合巡邏", claimant=NSB, date="2025-01"),
    S("TW", None, "經查，目前尚未發現類似據點在我國境內運作", claimant=NSB, pol="denied", opt=True),
]})

# 008 -------------------------------------------------------------------------
T = """中壢查獲12名失聯移工 移民署將遣返越南

（記者桃園報導）桃園市警察局中壢分局昨天在中壢火車站附近一處出租套房，查獲十二名逾期居留的越南籍失聯移工，並逮捕一名涉嫌媒介非法工作的本國籍仲介。警方表示，這批移工多在附近工廠及工地打零工，全案已依違反就業服務法移送，移工則交由移民署收容，近日內遣返越南。

中壢分局長說，今年以來轄區已查獲失聯移工一百三十一名，較去年同期增加兩成。移民署北區事務大隊也在中壢火車站前廣場設立「移工服務站」，每週末提供法律諮詢與通譯服務，鼓勵失聯移工主動到案，可從輕處理。

另外，內政部警政署日前與菲律賓國家警察簽署警政合作備忘錄，雙方將在打擊跨境詐騙及人口販運等方面即時交換情資。警政署表示，未來也將與越南、印尼等移工母國洽簽類似協議。
"""
DOCS.append({"name": "008-zh-hant-local-news-zhongli-migrant-workers.txt", "text": T, "facts": []})
