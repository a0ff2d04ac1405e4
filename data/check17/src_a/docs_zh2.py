"""check17 part A: documents 005-008 (Chinese, traditional). Held-out material: contains gold."""
from h import S, C, R, I, A, D

DOCS = []

# ---------------------------------------------------------------- 005
T005 = """【深度報導】湄公河畔的「老鄉辦事處」：寮柬兩地跨境警務據點調查

文字／本刊調查小組　攝影／特約記者
2026年2月9日　閱讀時間約12分鐘

巴色是寮國南部最大的城市，湄公河與色敦河在這裡交匯。沿河的一條街上，一棟掛著中文招牌「旅寮同鄉聯誼會」的兩層樓房，白天大多只拉開半扇鐵門。

本刊取得的一份內部名冊顯示，這處據點由杭州市公安局餘杭區分局於2020年設立，名冊上列有三名「聯絡員」，職責之一是「協助做好在寮人員的勸返工作」。

「他們說得很客氣，但每一句都在提醒你：你爸媽還在餘杭。」

一名在巴色經營輪胎生意的浙江商人告訴本刊，2024年底，聯誼會的人三次到店裡找他，要他回國「把一筆舊帳說清楚」。與此同時，他在老家的父母接到派出所電話，被要求「勸兒子早點回來」。今年1月，他自己買了機票經永珍飛回杭州，此後再沒有和當地朋友聯絡。

（圖說：巴色市區湄公河沿岸街景。攝影／特約記者）

「他們說得很客氣，但每一句都在提醒你：你爸媽還在餘杭。」

寮國公安部對本刊的書面詢問沒有回覆。一名不願具名的寮國官員表示，寮中兩國在2019年簽有執法安全合作協議，「兩國警方在邊境地區本來就有聯合巡邏」；但他強調，巴色的那處場所「並不在合作框架之內」，寮方也沒有對其展開調查。

往南四百多公里，柬埔寨貢布省的情況相似。名冊顯示，貢布市一間以旅行社名義登記的辦公室，於2021年由台州市公安局椒江分局設立。柬埔寨國家警察發言人本月在金邊受訪時表示，警方上週已到該處「了解情況」，「目前沒有發現任何違法行為」。該旅行社負責人則對本刊說，那裡「只是幫台州老鄉代辦簽證和駕照的地方」。

這兩處據點在名冊中被列為「東南亞片區」十一個站點中的兩個；其中光是在寮國境內就有三處，巴色是唯一對外掛牌的一處。

中國駐寮國大使館回應本刊時說，有關報導「純屬子虛烏有」，中方「從不在他國設立所謂警察站」。

延伸閱讀
▸ 詐騙園區的逃生者：一位台灣青年的西港四十天
▸ 湄公河上的新橋：寮國的中國債務

作者簡介｜本刊調查小組長期關注東南亞跨境犯罪與人權議題，來信請寄本刊編輯部。

本文版權所有，未經授權不得轉載。訂閱電子報，每週五收到最新深度報導。
"""
DOCS.append({"name": "005-zh-hant-investigation-pakse-kampot-yuhang-jiaojiang.txt", "text": T005, "facts": [
    S("LA", "Pakse", "沿河的一條街上，一棟掛著中文招牌「旅寮同鄉聯誼會」的兩層樓房，白天大多只拉開半扇鐵門。\n\n本刊取得的一份內部名冊顯示，這處據點由杭州市公安局餘杭區分局於2020年設立", operator="Yuhang", operator_alt=["Hangzhou"], date="2020", note="place two sentences back (巴色), then 這處據點"),
    I("LA", "persuasion", "2024年底，聯誼會的人三次到店裡找他，要他回國「把一筆舊帳說清楚」。", place="Pakse", date="2024", note="he flew home himself in January"),
    I("LA", "harassment", "他在老家的父母接到派出所電話，被要求「勸兒子早點回來」", opt=True, note="relatives inside a persuasion case"),
    A("LA", "security_agreement", "寮中兩國在2019年簽有執法安全合作協議", date="2019", claimant="Lao official"),
    A("LA", "joint_patrol", "「兩國警方在邊境地區本來就有聯合巡邏」", claimant="Lao official"),
    R("LA", "investigation", "寮方也沒有對其展開調查", pol="denied", claimant="Lao official"),
    S("KH", "Kampot", "貢布市一間以旅行社名義登記的辦公室，於2021年由台州市公安局椒江分局設立", operator="Jiaojiang", operator_alt=["Taizhou"], date="2021"),
    R("KH", "investigation", "警方上週已到該處「了解情況」", place="Kampot", claimant="Cambodian National Police"),
    R("KH", "no_wrongdoing_found", "「目前沒有發現任何違法行為」", place="Kampot", claimant="Cambodian National Police"),
    D("KH", "該旅行社負責人則對本刊說，那裡「只是幫台州老鄉代辦簽證和駕照的地方」。", claimant="travel agency manager", opt=True, note="host-side explanation"),
    C("stations", 11, None, "「東南亞片區」十一個站點", opt=True, note="regional count"),
    C("stations", 3, "LA", "其中光是在寮國境內就有三處", note="count scoped to one host"),
    D("CN", "中國駐寮國大使館回應本刊時說，有關報導「純屬子虛烏有」", claimant="PRC Embassy in Laos"),
    S("LA", "Pakse", "中國駐寮國大使館回應本刊時說，有關報導「純屬子虛烏有」，中方「從不在他國設立所謂警察站」。", pol="denied", claimant="PRC Embassy in Laos", opt=True, note="place-specific denial"),
]})

# ---------------------------------------------------------------- 006
T006 = """【節目文字稿】《寰宇夜話》第412集：東歐的「海外派出所」還在嗎？

播出日期：2026年4月21日　主持：阿倫　嘉賓：旅歐學者陳博士
（本文字稿由聽眾義工整理，內容以播出為準）

［片頭音樂］

阿倫：各位聽眾晚安，歡迎收聽《寰宇夜話》。今晚談一個老話題，不過有新進展。陳博士，先幫大家回顧一下？

陳博士：好。羅馬尼亞這邊，過去一年被點名的主要是兩個城市，蒂米什瓦拉和雅西。蒂米什瓦拉那個點比較早，2018年就開了，是湖州市公安局南潯分局搞的，掛在一個華商協會下面。雅西那一處晚一些。

阿倫：雅西是誰設的？

陳博士：根據布加勒斯特一家調查媒體拿到的文件，是嘉興市公安局秀洲分局，2022年。

阿倫：羅馬尼亞政府有什麼動作？

陳博士：羅馬尼亞檢方去年秋天對蒂米什瓦拉那處立了案，還搜了協會的辦公室。今年3月，兩名協會幹部被正式起訴，罪名是替外國機構非法蒐集資料。雅西那邊，警方去查過一次，據說沒找到什麼。

阿倫：您說的「蒐集資料」，具體是什麼？

陳博士：起訴書寫得很清楚：協會定期把參加民主派聚會的華人名單和照片傳回國內。有一位在蒂米什瓦拉讀書的研究生，就是因為被拍到參加聚會，他在國內的母親被叫去派出所「談話」。

阿倫：聽起來很嚇人。

陳博士：是。不過我也要講公道話，有人認為這些點其實就是幫忙辦駕照的。

阿倫：中方怎麼說？

陳博士：中國駐羅馬尼亞大使館說，這是「無中生有的政治操弄」，那些地方「只是僑團的志願服務點」。

［廣告時間］

阿倫：歡迎回來。希臘那邊呢？

陳博士：希臘的情況不太一樣。帕特雷有一處，報告說跟泰州市公安局姜堰分局有關，可是希臘警方調查以後表示沒有發現任何犯罪證據，就結案了。另外，希臘外交部也召見了中國大使，表達抗議。

阿倫：那您估計整個歐洲現在還有多少處？

陳博士：保守說，三四十處總有吧。不過這只是我個人的估計。

阿倫：假如羅馬尼亞法院最後判了，會不會有連鎖效應？

陳博士：很難講，要看判決書怎麼寫。

阿倫：好，今天就談到這裡，謝謝陳博士。

［片尾音樂］

本節目觀點不代表本台立場。收聽重播請上本台網站或各大Podcast平台。
"""
G = "guest researcher (陳博士)"
DOCS.append({"name": "006-zh-hant-radio-transcript-timisoara-iasi-patras-nanxun-xiuzhou-jiangyan.txt", "text": T006, "facts": [
    S("RO", "Timisoara", "蒂米什瓦拉那個點比較早，2018年就開了，是湖州市公安局南潯分局搞的，掛在一個華商協會下面。", operator="Nanxun", operator_alt=["Huzhou"], date="2018", claimant=G, place_alt=["Timișoara"]),
    S("RO", "Iasi", "過去一年被點名的主要是兩個城市，蒂米什瓦拉和雅西。", claimant=G, place_alt=["Iași"]),
    S("RO", "Iasi", "阿倫：雅西是誰設的？\n\n陳博士：根據布加勒斯特一家調查媒體拿到的文件，是嘉興市公安局秀洲分局，2022年。", operator="Xiuzhou", operator_alt=["Jiaxing"], date="2022", claimant="Bucharest investigative outlet", place_alt=["Iași"], note="place in the host's question, operator in the answer"),
    C("stations", 2, "RO", "過去一年被點名的主要是兩個城市，蒂米什瓦拉和雅西。", claimant=G, opt=True, note="two cities named, not stated as a count of stations"),
    R("RO", "investigation", "羅馬尼亞檢方去年秋天對蒂米什瓦拉那處立了案，還搜了協會的辦公室。", place="Timisoara", date="2025", claimant=G),
    R("RO", "arrest", "今年3月，兩名協會幹部被正式起訴，罪名是替外國機構非法蒐集資料。", date="2026-03", claimant=G),
    R("RO", "no_wrongdoing_found", "雅西那邊，警方去查過一次，據說沒找到什麼。", place="Iasi", claimant=G),
    I("RO", "surveillance", "協會定期把參加民主派聚會的華人名單和照片傳回國內", place="Timisoara", claimant="Romanian indictment"),
    I("RO", "harassment", "有一位在蒂米什瓦拉讀書的研究生，就是因為被拍到參加聚會，他在國內的母親被叫去派出所「談話」。", place="Timisoara", claimant=G),
    D("CN", "中國駐羅馬尼亞大使館說，這是「無中生有的政治操弄」，那些地方「只是僑團的志願服務點」。", claimant="PRC Embassy in Romania"),
    S("GR", "Patras", "帕特雷有一處，報告說跟泰州市公安局姜堰分局有關", operator="Jiangyan", operator_alt=["Taizhou"], claimant="report (cited by guest)"),
    R("GR", "investigation", "希臘警方調查以後表示沒有發現任何犯罪證據，就結案了", place="Patras", claimant="Hellenic Police"),
    R("GR", "no_wrongdoing_found", "希臘警方調查以後表示沒有發現任何犯罪證據，就結案了", place="Patras", claimant="Hellenic Police"),
    R("GR", "protest", "希臘外交部也召見了中國大使，表達抗議", claimant=G),
    C("stations", 1, "GR", "帕特雷有一處", claimant="report (cited by guest)", opt=True, note="count of one"),
]})

# ---------------------------------------------------------------- 007
T007 = """波特蘭華人聯誼中心涉「秘密警察站」　2男遭聯邦起訴

【本報記者方怡／波特蘭報導】2026年06月02日 07:15

聯邦司法部1日宣布，俄勒岡州聯邦大陪審團以「未申報擔任外國政府代理人」及「妨礙司法」等罪名起訴兩名華裔男子，指控他們在波特蘭東南區一處「華人聯誼中心」內，為江蘇省蘇州市公安局吳中分局運作一個未經申報的「海外警務服務站」。

起訴書指出，該中心自2019年起對外提供「證件代辦」服務，實際上卻接受吳中分局指派，長期蒐集當地異議人士的住址、車牌與行程。兩名被告分別為58歲和46歲，均為美國永久居民。

（圖說：聯邦調查局探員2025年11月搜索波特蘭東南區的華人聯誼中心。圖／取自社群媒體）

檢方說，2023年，吳中分局人員透過該中心聯繫一名旅居波特蘭、在國內遭通緝的前國企財務人員，先是向他在蘇州的妹妹施壓，後由被告之一出面「做思想工作」。該男子最終於同年8月自行返回中國，隨即遭羈押。檢方將此列為「跨國鎮壓」的典型案例，並稱吳中分局自2019年以來透過該中心促使至少六名旅美人士回國。

聯邦調查局去年11月曾持搜索票進入該處，帶走電腦與帳冊。中心此後即停止營業，門上貼出「內部整修」告示。

延伸閱讀
▸ 紐約華埠「警察站」案宣判　被告獲刑
▸ 舊金山灣區華人社團　推動反詐騙講座

起訴書也提到，另一處與江蘇宿遷市公安局宿豫分局有關的據點設於亞利桑那州鳳凰城，目前仍在調查中，檢方未透露細節。

被告之一的律師在聲明中說，當事人「只是熱心幫老鄉辦駕照、翻譯文件」，將在法庭上全力抗辯。

中國駐舊金山總領事館發言人表示，美方「捏造事實、抹黑中國」，所謂海外警察站「根本不存在」，敦促美方停止政治操弄。

【更新】本文6月2日10:40更新，補充總領事館回應。

訂閱本報電子報　｜　本網站使用Cookies，繼續瀏覽即表示您同意相關政策。
"""
DOJ = "US Department of Justice"
DOCS.append({"name": "007-zh-hant-us-chinese-daily-indictment-portland-phoenix-wuzhong-suyu.txt", "text": T007, "facts": [
    S("US", "Portland", "指控他們在波特蘭東南區一處「華人聯誼中心」內，為江蘇省蘇州市公安局吳中分局運作一個未經申報的「海外警務服務站」。", operator="Wuzhong", operator_alt=["Suzhou"], date="2019", claimant=DOJ),
    R("US", "arrest", "俄勒岡州聯邦大陪審團以「未申報擔任外國政府代理人」及「妨礙司法」等罪名起訴兩名華裔男子", place="Portland", date="2026-06-01", claimant=DOJ),
    I("US", "surveillance", "長期蒐集當地異議人士的住址、車牌與行程", place="Portland", claimant="indictment"),
    I("US", "persuasion", "後由被告之一出面「做思想工作」。該男子最終於同年8月自行返回中國，隨即遭羈押。", place="Portland", date="2023-08", claimant="prosecutors"),
    I("US", "harassment", "先是向他在蘇州的妹妹施壓", claimant="prosecutors", opt=True, note="relative inside a persuasion case"),
    C("returns", 6, "US", "吳中分局自2019年以來透過該中心促使至少六名旅美人士回國", claimant="prosecutors"),
    R("US", "investigation", "聯邦調查局去年11月曾持搜索票進入該處，帶走電腦與帳冊。", place="Portland", date="2025-11"),
    R("US", "closure", "中心此後即停止營業", place="Portland", opt=True, note="stopped after the search, no order"),
    S("US", "Phoenix", "另一處與江蘇宿遷市公安局宿豫分局有關的據點設於亞利桑那州鳳凰城，目前仍在調查中", operator="Suyu", operator_alt=["Suqian"], claimant="indictment"),
    D("US", "當事人「只是熱心幫老鄉辦駕照、翻譯文件」", claimant="defence lawyer", opt=True, note="defendant's explanation"),
    D("CN", "中國駐舊金山總領事館發言人表示，美方「捏造事實、抹黑中國」，所謂海外警察站「根本不存在」", claimant="PRC Consulate General in San Francisco"),
    S("US", None, "所謂海外警察站「根本不存在」", pol="denied", claimant="PRC Consulate General in San Francisco", opt=True, note="country-wide denial"),
]})

# ---------------------------------------------------------------- 008 (irrelevant)
T008 = """桃園警局「新住民關懷服務站」揭牌　印尼、越南語通譯進駐

2026/03/27 15:06　記者吳佳蓉／桃園報導
字級：小 中 大

桃園市政府警察局外事科27日在中壢區揭牌成立「新住民關懷服務站」，站內聘有印尼語、越南語及泰語通譯各一名，提供報案協助、居留證諮詢及反詐騙宣導。警察局長致詞時說，桃園有超過十萬名移工和新住民，「很多人遇到問題不知道找誰，我們希望這裡成為他們在台灣的第二個家」。

（圖說：桃園市警察局長（中）與印尼經濟貿易代表處官員共同為服務站揭牌。記者吳佳蓉／攝影）

印尼駐台北經濟貿易代表處也派員出席，雙方簽署《移工權益保障合作備忘錄》，約定每季共同舉辦宣導活動，並由員警與代表處志工在移工聚集的車站周邊聯合巡查。外事科統計，去年協助查獲並勸返逃逸移工102人，多數已搭機返回印尼、越南；另受理移工遭詐騙案件53件。

外事科長表示，服務站並非取締單位，「移工來這裡求助，不會因此被通報」。服務站週一至週五上午9時至下午5時開放，假日由中壢分局轄區派出所協助受理；原設在火車站前的臨時諮詢點同步撤除。

延伸閱讀
▸ 移工節慶運動會　萬人齊聚桃園
▸ 中壢火車站周邊　增設行人徒步區

【本報訊】訂閱電子報，掌握桃園在地大小事。
"""
DOCS.append({"name": "008-zh-hant-local-news-taoyuan-new-immigrant-service-station.txt", "text": T008, "facts": []})
