"""check13 part A: documents 005-008 (traditional Chinese)."""
from h import S, C, R, I, A, D

DOCS = []

def wrap(text, width):
    """Hard-wrap each paragraph at a fixed width, as text copied from a PDF."""
    out = []
    for para in text.strip("\n").split("\n"):
        if not para:
            out.append("")
            continue
        while len(para) > width:
            out.append(para[:width])
            para = para[width:]
        out.append(para)
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- 005
T005 = """
土耳其搜查伊茲密爾疑似中國「海外警務站」 外交部召見中國大使

（中央社記者伊斯坦堡14日專電）土耳其多家媒體今天報導，土耳其警方日前搜查西部港口城市伊茲密爾一家華人經營的貿易公司，檢方懷疑這家公司實為中國在土耳其設立的「海外警務服務站」，主要用來監控當地維吾爾族社群。

報導指出，該據點自2021年起運作，由新疆和田地區公安局派員負責聯繫，對外則以進出口貿易為名。警方當天帶走兩名中國籍男子問話，其中一人隨後遭檢方以涉嫌「為外國從事間諜活動」起訴，另一人已獲釋。

一名不願具名的土耳其官員向媒體透露，中部城市開塞利也有一處類似據點，「相關調查仍在進行中」。開塞利是土耳其維吾爾族人聚居的城市之一。

一名住在開塞利的維吾爾族商人接受土耳其電視台訪問時說，去年曾有自稱「同鄉會」的人員兩度約他見面，要求他定期回報當地維吾爾人協會的活動和成員名單；他拒絕後，對方拿出他在新疆家人的照片，暗示「家裡人會有麻煩」。

土耳其外交部今天證實，已召見中國駐土耳其大使，就此事表達嚴重關切。人權組織「保護衛士」先前發表的報告指出，全球至少有102處這類據點，分布在53個國家。

中國駐土耳其大使館則發表聲明，指相關報導「無中生有」，所謂據點不過是「協助僑胞辦理護照、簽證等事務的華人社團」，呼籲土方「不要被別有用心的勢力利用」。

土耳其與中國於2017年簽署的引渡條約，至今仍未獲土耳其國會批准。我國駐安卡拉代表處表示，目前未接獲台灣僑民受影響的通報。（編輯：李明）1140314
"""
DOCS.append(dict(name="005-zh-hant-cna-wire-izmir-kayseri-hotan.txt", text=T005, facts=[
    S("TR", "Izmir", "土耳其警方日前搜查西部港口城市伊茲密爾一家華人經營的貿易公司，檢方懷疑這家公司實為中國在土耳其設立的「海外警務服務站」",
      operator="Hotan", claimant="Turkish prosecutors", date="2021", note="operator in the next paragraph (該據點)"),
    R("TR", "investigation", "土耳其警方日前搜查西部港口城市伊茲密爾一家華人經營的貿易公司", place="Izmir", date="2025-03"),
    R("TR", "arrest", "警方當天帶走兩名中國籍男子問話，其中一人隨後遭檢方以涉嫌「為外國從事間諜活動」起訴",
      place="Izmir", date="2025-03", note="charged"),
    S("TR", "Kayseri", "一名不願具名的土耳其官員向媒體透露，中部城市開塞利也有一處類似據點，「相關調查仍在進行中」。",
      claimant="Turkish official"),
    I("TR", "surveillance", "一名住在開塞利的維吾爾族商人接受土耳其電視台訪問時說，去年曾有自稱「同鄉會」的人員兩度約他見面，要求他定期回報當地維吾爾人協會的活動和成員名單",
      place="Kayseri", date="2024", claimant="Uyghur trader"),
    I("TR", "harassment", "他拒絕後，對方拿出他在新疆家人的照片，暗示「家裡人會有麻煩」。",
      place="Kayseri", date="2024", claimant="Uyghur trader", note="threat against relatives after he refused"),
    R("TR", "protest", "土耳其外交部今天證實，已召見中國駐土耳其大使，就此事表達嚴重關切。", date="2025-03-14"),
    C("stations", 102, None, "全球至少有102處這類據點，分布在53個國家", claimant="Safeguard Defenders"),
    C("countries", 53, None, "全球至少有102處這類據點，分布在53個國家", claimant="Safeguard Defenders"),
    D("CN", "中國駐土耳其大使館則發表聲明，指相關報導「無中生有」，所謂據點不過是「協助僑胞辦理護照、簽證等事務的華人社團」",
      claimant="PRC Embassy in Turkey"),
    S("TR", None, "所謂據點不過是「協助僑胞辦理護照、簽證等事務的華人社團」", claimant="PRC Embassy in Turkey",
      pol="denied", opt=True, note="country-wide denial by explanation"),
    A("TR", "security_agreement", "土耳其與中國於2017年簽署的引渡條約，至今仍未獲土耳其國會批准。", date="2017", opt=True,
      note="extradition treaty signed, not ratified"),
]))

# ---------------------------------------------------------------- 006
T006 = """
俄遠東兩城驚現「警務站」 琿春公安被指幕後主導

【本報訊】中國在海外設立「警務服務站」的爭議，近日延燒至俄羅斯遠東。俄羅斯一家獨立調查媒體本周發表長篇報道，指海參崴（符拉迪沃斯托克）一個華商批發市場內的「僑胞服務中心」，實為中國公安機關設立的「海外警務服務站」。報道引述兩名知情人士稱，該中心於2020年開設，日常運作由吉林省琿春市公安局派人負責，主要對象是在當地從事邊境貿易的中國公民。

另一處據點位於哈巴羅夫斯克（伯力），同樣掛靠在當地華人商會之下，但報道未能確認由哪一個部門主管。

報道又指，一名在海參崴經營餐館的東北籍男子，去年因在社交平台轉發批評當局的帖文，先後遭服務中心人員三次登門「提醒」，其後被要求返回琿春「配合調查」。該男子去年12月經陸路口岸回國，至今下落不明。

對於本報查詢，俄羅斯聯邦安全局未有回應；濱海邊疆區警方發言人則表示，警方曾了解有關情況，「未發現任何違法活動」。

中國外交部發言人在例行記者會上回應時稱，「中俄執法合作一向在法律框架內進行，所謂『警務站』純屬捏造」。

事實上，中俄兩國警方近年在綏芬河、琿春等邊境口岸多次開展聯合巡邏，去年更簽署了打擊跨境犯罪合作協定。有學者認為，在這樣的背景下，莫斯科不大可能公開追究。

香港讀者或許會問：這和我們有何關係？答案是，當一個政權習慣把警權延伸到境外，沒有人能夠置身事外。
"""
DOCS.append(dict(name="006-zh-hant-hk-news-vladivostok-khabarovsk-hunchun.txt", text=T006, facts=[
    S("RU", "Vladivostok", "俄羅斯一家獨立調查媒體本周發表長篇報道，指海參崴（符拉迪沃斯托克）一個華商批發市場內的「僑胞服務中心」，實為中國公安機關設立的「海外警務服務站」。報道引述兩名知情人士稱，該中心於2020年開設，日常運作由吉林省琿春市公安局派人負責",
      operator="Hunchun", operator_alt=["Yanbian"], claimant="Russian independent media", date="2020",
      note="operator in the next paragraph (該中心)"),
    S("RU", "Khabarovsk", "另一處據點位於哈巴羅夫斯克（伯力），同樣掛靠在當地華人商會之下，但報道未能確認由哪一個部門主管。",
      claimant="Russian independent media", note="operator unknown"),
    C("stations", 2, "RU", "俄遠東兩城驚現「警務站」", claimant="Russian independent media", opt=True,
      note="derived count in the headline"),
    I("RU", "persuasion", "一名在海參崴經營餐館的東北籍男子，去年因在社交平台轉發批評當局的帖文，先後遭服務中心人員三次登門「提醒」，其後被要求返回琿春「配合調查」。該男子去年12月經陸路口岸回國，至今下落不明。",
      place="Vladivostok", claimant="Russian independent media", date="2024-12", note="returned after visits"),
    I("RU", "harassment", "先後遭服務中心人員三次登門「提醒」", place="Vladivostok", claimant="Russian independent media",
      opt=True, note="visits inside the persuasion case"),
    R("RU", "no_wrongdoing_found", "濱海邊疆區警方發言人則表示，警方曾了解有關情況，「未發現任何違法活動」。",
      claimant="Primorsky Krai police"),
    R("RU", "investigation", "警方曾了解有關情況", claimant="Primorsky Krai police", opt=True, note="looked into it"),
    D("CN", "所謂『警務站』純屬捏造", claimant="PRC Ministry of Foreign Affairs"),
    A("RU", "joint_patrol", "中俄兩國警方近年在綏芬河、琿春等邊境口岸多次開展聯合巡邏"),
    A("RU", "security_agreement", "去年更簽署了打擊跨境犯罪合作協定", date="2024"),
]))

# ---------------------------------------------------------------- 007 (hard-wrapped)
T007_RAW = """
立法院第11屆第3會期
外交部書面答復

案由：本院委員質詢，據媒體報導，中共在中東地區設有多處「海外警務服務站」，要求外交部說明掌握情形及因應作為。

答復內容：

一、據本部掌握之資訊，中共公安機關自2018年起陸續在中東地區設立至少5處「海外警務服務站」，其中阿拉伯聯合大公國有3處，分別位於沙迦（2處）及阿布達比（1處），另卡達首都杜哈及沙烏地阿拉伯吉達各有1處。

二、沙迦2處據點分別由中共山東省萊州市公安局及壽光市公安局設立，以華人商會及物流公司名義對外運作；阿布達比、杜哈及吉達據點之設立單位則尚待查證。

三、上述據點名義上提供駕照換證、證件協辦等服務，實則用以蒐集當地華人社群動態，並配合中共「天網」、「獵狐」行動進行所謂「勸返」。

四、另據報，一名在杜拜經商之中國籍商人於去年遭據點人員「陪同」搭機返回中國大陸，返國後即遭拘押，迄今未獲釋。

五、卡達當局於本年2月約談杜哈據點負責人後，該據點已停止運作；阿聯酋當局則迄未展開調查，沙烏地阿拉伯亦未對外說明。

六、中共與阿聯酋於2019年簽署警務合作協議，雙方並曾於杜拜舉行聯合巡邏。國際人權組織統計，中共此類據點遍及全球逾百處。

七、經查，我國旅居中東僑民迄未發現遭類似據點騷擾之情事，本部亦未發現中共在我國境內設有此類據點。本部將持續與理念相近國家交換資訊，密切關注。

中華民國114年4月17日
"""
T007 = wrap(T007_RAW, 31)
DOCS.append(dict(name="007-zh-hant-mofa-reply-hard-wrapped-sharjah-abu-dhabi-doha-jeddah-laizhou-shouguang.txt", text=T007, facts=[
    C("stations", 5, None, "中共公安機關自2018年起陸續在中東地區設立至少5處「海外警務服務站」", claimant="ROC Ministry of Foreign Affairs",
      opt=True, note="regional count (Middle East)"),
    C("stations", 3, "AE", "其中阿拉伯聯合大公國有3處，分別位於沙迦（2處）及阿布達比（1處）", claimant="ROC Ministry of Foreign Affairs"),
    C("stations", 2, "AE", "沙迦（2處）", claimant="ROC Ministry of Foreign Affairs", opt=True, note="city-scoped count"),
    S("AE", "Sharjah", "沙迦2處據點分別由中共山東省萊州市公安局及壽光市公安局設立", operator="Laizhou",
      operator_alt=["Shouguang", "Yantai", "Weifang"], claimant="ROC Ministry of Foreign Affairs",
      note="two stations in Sharjah, one key; 分別 Laizhou and Shouguang"),
    S("AE", "Abu Dhabi", "其中阿拉伯聯合大公國有3處，分別位於沙迦（2處）及阿布達比（1處）", claimant="ROC Ministry of Foreign Affairs"),
    S("QA", "Doha", "另卡達首都杜哈及沙烏地阿拉伯吉達各有1處", claimant="ROC Ministry of Foreign Affairs"),
    S("SA", "Jeddah", "另卡達首都杜哈及沙烏地阿拉伯吉達各有1處", claimant="ROC Ministry of Foreign Affairs"),
    C("stations", 1, "QA", "另卡達首都杜哈及沙烏地阿拉伯吉達各有1處", claimant="ROC Ministry of Foreign Affairs", opt=True, note="count of one"),
    C("stations", 1, "SA", "另卡達首都杜哈及沙烏地阿拉伯吉達各有1處", claimant="ROC Ministry of Foreign Affairs", opt=True, note="count of one"),
    I("AE", "forced_return", "一名在杜拜經商之中國籍商人於去年遭據點人員「陪同」搭機返回中國大陸，返國後即遭拘押",
      place="Dubai", claimant="ROC Ministry of Foreign Affairs", date="2024"),
    R("QA", "investigation", "卡達當局於本年2月約談杜哈據點負責人", place="Doha", claimant="ROC Ministry of Foreign Affairs",
      date="2025-02", note="questioned the person in charge"),
    R("QA", "closure", "卡達當局於本年2月約談杜哈據點負責人後，該據點已停止運作", place="Doha",
      claimant="ROC Ministry of Foreign Affairs", date="2025-02", opt=True, note="stopped after a talk, no order"),
    R("AE", "investigation", "阿聯酋當局則迄未展開調查", claimant="ROC Ministry of Foreign Affairs", pol="denied"),
    A("AE", "security_agreement", "中共與阿聯酋於2019年簽署警務合作協議", claimant="ROC Ministry of Foreign Affairs", date="2019"),
    A("AE", "joint_patrol", "雙方並曾於杜拜舉行聯合巡邏", claimant="ROC Ministry of Foreign Affairs"),
    C("stations", 100, None, "國際人權組織統計，中共此類據點遍及全球逾百處", claimant="international human rights organisations",
      opt=True, note="approximation 逾百處"),
    S("TW", None, "本部亦未發現中共在我國境內設有此類據點", claimant="ROC Ministry of Foreign Affairs", pol="denied", opt=True),
]))

# ---------------------------------------------------------------- 008 (irrelevant)
T008 = """
入境處屯門地盤拘12名非法勞工 將遣返內地

【本報訊】入境事務處昨日聯同警方，在屯門一個鄰近港鐵站的建築地盤採取代號「曙光」的行動，拘捕十二名涉嫌非法工作的內地男子，年齡介乎二十八至五十三歲，另拘捕兩名涉嫌僱用非法勞工的本地承建商負責人。

入境處發言人表示，被捕的內地人均持雙程證來港，涉嫌違反逗留條件，待調查完成後將被遣返內地。發言人強調，非法勞工可被判監禁，僱主最高可被判罰款三十五萬元及監禁三年。

同日，香港警務處與廣東省公安廳在深圳簽署新一輪《粵港警務合作安排》，雙方同意就跨境電訊詐騙、走私及「水貨」活動加強情報交換，並完善相互通報機制。警務處副處長在簽署儀式後表示，兩地警方去年共同偵破跨境案件一百零二宗，拘捕疑犯五百三十人。

另外，屯門警署社區關係組本周起在港鐵兆康站設立「長者防騙服務站」，由退休警員擔任義工，為長者講解最新騙案手法。警方表示，今年首季全港共錄得電話騙案五十三宗涉及長者，損失金額逾千萬元。
"""
DOCS.append(dict(name="008-zh-hant-hk-news-tuen-mun-immigration-raid.txt", text=T008, facts=[]))
