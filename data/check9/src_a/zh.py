# Chinese documents 001-008 (001-004 simplified, 005-008 traditional)
DOCS = []

T = """古田警方“海外联络服务站”为侨胞排忧解难

新华社宁德12月3日电 近年来，福建省古田县公安局积极探索“为侨服务”新模式，先后在肯尼亚蒙巴萨、卢旺达基加利和津巴布韦哈拉雷设立三个“海外联络服务站”，服务三个国家的古田籍侨胞约八千人。

据介绍，服务站由当地侨团负责人担任联络员，主要协助侨胞办理驾驶证审验、身份证件补换、养老保险认证等业务，全年累计办理各类事项六百余件。“过去回国办一趟证要花上万元，现在视频连线就能解决。”一位在蒙巴萨经营建材生意的侨胞说。

服务站还积极配合国内开展追逃工作。2023年以来，在服务站协助下，县公安局共劝返涉嫌电信网络诈骗、非法集资等犯罪嫌疑人十一名。其中，一名涉嫌集资诈骗的犯罪嫌疑人藏匿在哈拉雷，服务站联络员多次上门，民警同时通过其在古田老家的父母反复做工作，该人最终于今年5月主动回国投案。

古田县公安局有关负责人表示，下一步将积极稳妥地在坦桑尼亚、赞比亚等国拓展服务网络，“让侨胞在海外也能感受到家乡的温暖”。
"""
S = "近年来，福建省古田县公安局积极探索“为侨服务”新模式，先后在肯尼亚蒙巴萨、卢旺达基加利和津巴布韦哈拉雷设立三个“海外联络服务站”，服务三个国家的古田籍侨胞约八千人。"
DOCS.append(("001-zh-hans-state-media-gutian-africa.txt", T, [
    dict(kind="station", country="KE", place="Mombasa", operator="Gutian", ev=S),
    dict(kind="station", country="RW", place="Kigali", operator="Gutian", ev=S),
    dict(kind="station", country="ZW", place="Harare", operator="Gutian", ev=S),
    dict(kind="count", measure="stations", value=3, country=None, ev=S, note="the Gutian bureau's own total"),
    dict(kind="count", measure="countries", value=3, country=None, ev=S),
    dict(kind="count", measure="returns", value=11, country=None, date="2023",
         ev="2023年以来，在服务站协助下，县公安局共劝返涉嫌电信网络诈骗、非法集资等犯罪嫌疑人十一名。",
         note="since 2023"),
    dict(kind="incident", incident_type="persuasion", country="ZW", place="Harare",
         ev="其中，一名涉嫌集资诈骗的犯罪嫌疑人藏匿在哈拉雷，服务站联络员多次上门，民警同时通过其在古田老家的父母反复做工作，该人最终于今年5月主动回国投案。"),
    dict(kind="incident", incident_type="harassment", country="ZW", optional=True,
         ev="民警同时通过其在古田老家的父母反复做工作", note="pressure through relatives at home"),
]))

T = """霞浦县公安局
2024年度工作总结（摘要）

……
三、深化涉侨警务合作
我局依托旅外侨团，在波兰格但斯克、保加
利亚瓦尔纳设立两个“海外警侨服务联络点”，
全年为旅外乡亲远程办理驾驶证换证、户籍
证明等业务三百四十余件。7月至8月，经上级
批准，我局选派两名民警赴瓦尔纳，与保加利
亚内务部警察在黑海沿岸旅游区开展为期四
周的中保警务联合巡逻，受到当地华侨华人
和中国游客好评。

四、持续推进追逃追赃
全年共抓获、劝返各类在逃人员二十三名，其
中从境外劝返七名。一名涉嫌合同诈骗的犯
罪嫌疑人长期藏匿于格但斯克，联络点负责
人多次上门宣讲政策，我局同时协调其在霞
浦的亲属做思想工作，该人于10月乘航班回
国投案自首。

五、2025年工作思路
……积极争取在罗马尼亚康斯坦察增设联络点，
力争全年境外劝返人数不少于十名。

霞浦县公安局办公室
2025年1月8日
"""
S = "我局依托旅外侨团，在波兰格但斯克、保加\n利亚瓦尔纳设立两个“海外警侨服务联络点”，"
DOCS.append(("002-zh-hans-police-year-end-xiapu.txt", T, [
    dict(kind="station", country="PL", place="Gdansk", place_alt=["Gdańsk"], operator="Xiapu", date="2024", ev=S),
    dict(kind="station", country="BG", place="Varna", operator="Xiapu", date="2024", ev=S),
    dict(kind="count", measure="stations", value=2, country=None, ev=S, note="the bureau's two liaison points"),
    dict(kind="agreement", country="BG", agreement_type="joint_patrol", date="2024-07",
         ev="7月至8月，经上级\n批准，我局选派两名民警赴瓦尔纳，与保加利\n亚内务部警察在黑海沿岸旅游区开展为期四\n周的中保警务联合巡逻，"),
    dict(kind="count", measure="officers", value=2, country="BG", optional=True, date="2024-07",
         ev="我局选派两名民警赴瓦尔纳", note="officers on joint patrol"),
    dict(kind="count", measure="returns", value=7, country=None, date="2024",
         ev="全年共抓获、劝返各类在逃人员二十三名，其\n中从境外劝返七名。", note="23 includes arrests at home: no fact"),
    dict(kind="incident", incident_type="persuasion", country="PL", place="Gdansk", place_alt=["Gdańsk"], date="2024-10",
         ev="一名涉嫌合同诈骗的犯\n罪嫌疑人长期藏匿于格但斯克，联络点负责\n人多次上门宣讲政策，我局同时协调其在霞\n浦的亲属做思想工作，该人于10月乘航班回\n国投案自首。"),
]))

T = """2024年11月12日外交部发言人主持例行记者会

……

法新社记者：据丹麦媒体报道，丹麦警方上周搜查了位于奥胡斯的一处所谓“中国海外警察站”，丹麦外交部随后召见了中国驻丹麦大使。报道称，这处站点由福建省福鼎市公安局设立。中方对此有何评论？

发言人：我注意到有关报道。所谓中国在海外设立“警察站”的说法纯属捏造。据了解，有关场所是当地华侨华人自发成立的社团，疫情期间为有需要的侨胞提供驾驶证线上换证等便民服务，工作人员都是当地侨胞，并非中国警察。我们敦促丹方停止炒作，不要以此干扰中丹两国正常交往。

法新社记者：中方是否已就此向丹方提出交涉？

发言人：中方已就丹方的错误做法向丹方表明严正立场。

彭博社记者：关于中国—东盟自由贸易区3.0版升级议定书，中方预计何时正式签署？

发言人：双方工作团队正在保持密切沟通，有消息我们会及时发布。
"""
DOCS.append(("003-zh-hans-mfa-transcript-aarhus-fuding.txt", T, [
    dict(kind="station", country="DK", place="Aarhus", operator="Fuding", claimant="Danish media",
         ev="据丹麦媒体报道，丹麦警方上周搜查了位于奥胡斯的一处所谓“中国海外警察站”，丹麦外交部随后召见了中国驻丹麦大使。报道称，这处站点由福建省福鼎市公安局设立。"),
    dict(kind="response", country="DK", action="investigation", place="Aarhus", claimant="Danish media",
         ev="据丹麦媒体报道，丹麦警方上周搜查了位于奥胡斯的一处所谓“中国海外警察站”", note="search"),
    dict(kind="response", country="DK", action="protest", claimant="Danish media",
         ev="丹麦外交部随后召见了中国驻丹麦大使"),
    dict(kind="denial", country="CN", claimant="PRC Ministry of Foreign Affairs",
         ev="所谓中国在海外设立“警察站”的说法纯属捏造。"),
    dict(kind="station", country="DK", place="Aarhus", polarity="denied", optional=True, claimant="PRC Ministry of Foreign Affairs",
         ev="据了解，有关场所是当地华侨华人自发成立的社团，疫情期间为有需要的侨胞提供驾驶证线上换证等便民服务，工作人员都是当地侨胞，并非中国警察。"),
    dict(kind="response", country="CN", action="protest", optional=True, claimant="PRC Ministry of Foreign Affairs",
         ev="中方已就丹方的错误做法向丹方表明严正立场。", note="China's own representation"),
]))

T = """柔佛警方调查新山“海外服务站”

（本报新山讯）马来西亚警方证实，已对新山一处被指为中国“海外警务服务站”的场所展开调查。柔佛州警察总长昨天在记者会上说，警方上周突击检查了位于新山市区的一家同乡会会所，带走若干文件和两台电脑，但目前没有人被逮捕。

根据一家欧洲非政府组织本月发布的报告，该会所自2021年起以“海外服务站”名义运作，由福建省南平市公安局指导设立。报告指出，马来西亚境内至少有四个类似站点，除新山外，另有两个在怡保、一个在古晋。

报告也提到，一名在新山工地打工的中国籍男子曾被该站人员多次约谈，对方要求他回国“处理经济纠纷”，并称其家人“会受到影响”。他最终于去年3月自行回国。

中国驻马来西亚大使馆发言人回应本报询问时说，有关报道“毫无根据”，中方一贯尊重各国司法主权，从未在海外设立任何执法机构。

另外，我国内政部受询时表示，目前没有证据显示新加坡境内存在类似站点，当局会继续密切关注。
"""
DOCS.append(("004-zh-hans-sg-news-johor-bahru-nanping.txt", T, [
    dict(kind="station", country="MY", place="Johor Bahru", operator="Nanping",
         ev="根据一家欧洲非政府组织本月发布的报告，该会所自2021年起以“海外服务站”名义运作，由福建省南平市公安局指导设立。",
         note="site: a clan association clubhouse in the city; operator from the NGO report"),
    dict(kind="response", country="MY", action="investigation", place="Johor Bahru",
         ev="马来西亚警方证实，已对新山一处被指为中国“海外警务服务站”的场所展开调查。"),
    dict(kind="response", country="MY", action="arrest", polarity="denied", optional=True,
         ev="但目前没有人被逮捕"),
    dict(kind="count", measure="stations", value=4, country="MY", claimant="NGO report",
         ev="报告指出，马来西亚境内至少有四个类似站点，除新山外，另有两个在怡保、一个在古晋。"),
    dict(kind="station", country="MY", place="Ipoh", claimant="NGO report",
         ev="报告指出，马来西亚境内至少有四个类似站点，除新山外，另有两个在怡保、一个在古晋。"),
    dict(kind="station", country="MY", place="Kuching", claimant="NGO report",
         ev="报告指出，马来西亚境内至少有四个类似站点，除新山外，另有两个在怡保、一个在古晋。"),
    dict(kind="count", measure="stations", value=2, country="MY", optional=True, claimant="NGO report",
         ev="另有两个在怡保", note="city count"),
    dict(kind="incident", incident_type="persuasion", country="MY", place="Johor Bahru", claimant="NGO report",
         ev="报告也提到，一名在新山工地打工的中国籍男子曾被该站人员多次约谈，对方要求他回国“处理经济纠纷”，并称其家人“会受到影响”。"),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Malaysia",
         ev="中国驻马来西亚大使馆发言人回应本报询问时说，有关报道“毫无根据”，中方一贯尊重各国司法主权，从未在海外设立任何执法机构。"),
    dict(kind="station", country="SG", polarity="denied", optional=True, claimant="Singapore Ministry of Home Affairs",
         ev="目前没有证据显示新加坡境内存在类似站点"),
]))

T = """希臘下令關閉塞薩洛尼基「海外警察站」 召見中國大使

（中央社雅典5日綜合外電報導）希臘警方4日證實，已下令關閉北部大城塞薩洛尼基一處被指為中國「海外警察服務站」的據點，並以涉嫌未經許可為外國政府從事活動為由，對兩名負責人展開刑事調查。

據希臘媒體報導，該據點設於市中心一家華人旅行社內，表面上提供護照、駕照代辦服務。希臘警方消息人士透露，該處據點與中國福建省龍岩市公安局有直接聯繫，至少已運作兩年。

希臘外交部當天召見中國駐希臘大使，要求對方作出說明。中國大使館隨後發表聲明表示，所謂「警察站」在希臘並不存在，相關服務由僑社志願者提供，「與中國警方毫無關係」。

總部設於西班牙的人權組織「保護衛士」（Safeguard Defenders）先前曾指出，中國在全球五十三個國家設立了至少一百零二個這類據點，其中希臘有兩處，另一處位於雅典。希臘警方表示，雅典的情況仍在調查中。
"""
DOCS.append(("005-zh-hant-cna-thessaloniki-longyan.txt", T, [
    dict(kind="station", country="GR", place="Thessaloniki", operator="Longyan",
         ev="希臘警方消息人士透露，該處據點與中國福建省龍岩市公安局有直接聯繫，至少已運作兩年。"),
    dict(kind="response", country="GR", action="closure", place="Thessaloniki",
         ev="希臘警方4日證實，已下令關閉北部大城塞薩洛尼基一處被指為中國「海外警察服務站」的據點，"),
    dict(kind="response", country="GR", action="investigation", place="Thessaloniki",
         ev="並以涉嫌未經許可為外國政府從事活動為由，對兩名負責人展開刑事調查。"),
    dict(kind="response", country="GR", action="protest",
         ev="希臘外交部當天召見中國駐希臘大使，要求對方作出說明。"),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in Greece",
         ev="中國大使館隨後發表聲明表示，所謂「警察站」在希臘並不存在，相關服務由僑社志願者提供，「與中國警方毫無關係」。"),
    dict(kind="station", country="GR", polarity="denied", optional=True, claimant="Chinese Embassy in Greece",
         ev="所謂「警察站」在希臘並不存在"),
    dict(kind="count", measure="countries", value=53, country=None, claimant="Safeguard Defenders",
         ev="中國在全球五十三個國家設立了至少一百零二個這類據點"),
    dict(kind="count", measure="stations", value=102, country=None, claimant="Safeguard Defenders",
         ev="中國在全球五十三個國家設立了至少一百零二個這類據點"),
    dict(kind="count", measure="stations", value=2, country="GR", claimant="Safeguard Defenders",
         ev="其中希臘有兩處，另一處位於雅典。"),
    dict(kind="station", country="GR", place="Athens", claimant="Safeguard Defenders",
         ev="其中希臘有兩處，另一處位於雅典。"),
]))

T = """利物浦唐人街驚現「警務站」 英警展開調查

【本報訊】英國默西賽德郡警方（Merseyside Police）證實，正就利物浦唐人街一個懷疑由中國公安機關在海外設立的「警務服務站」展開調查。消息指，該站點設於一間同鄉會會所二樓，已運作約三年。

據悉，該站據稱由福建省永春縣公安局於2021年設立，平日以「協助僑胞辦理證件」為名運作。一名在利物浦修讀碩士的香港學生向本報表示，他去年參加聲援香港的集會時，發現有人在場外逐一拍攝示威者；其後他在港的父母接到自稱「國安」人員的來電，要求他們「管好兒子」。

英國外交部負責亞洲事務的國務大臣周二在下議院表示，政府已召見中國駐英大使館代辦，「明確表示任何在英國境內的騷擾和恐嚇行為都不可接受」。

另據了解，英格蘭北部另有一處類似站點，位於謝菲爾德，但警方至今未有證實。

中國駐英國大使館發言人回應指，所謂「海外警察站」根本不存在，英方應停止「借題發揮、抹黑中國」。
"""
DOCS.append(("006-zh-hant-hk-news-liverpool-yongchun.txt", T, [
    dict(kind="station", country="GB", place="Liverpool", operator="Yongchun", date="2021",
         ev="據悉，該站據稱由福建省永春縣公安局於2021年設立，平日以「協助僑胞辦理證件」為名運作。"),
    dict(kind="response", country="GB", action="investigation", place="Liverpool",
         ev="英國默西賽德郡警方（Merseyside Police）證實，正就利物浦唐人街一個懷疑由中國公安機關在海外設立的「警務服務站」展開調查。"),
    dict(kind="incident", incident_type="surveillance", country="GB", place="Liverpool",
         ev="一名在利物浦修讀碩士的香港學生向本報表示，他去年參加聲援香港的集會時，發現有人在場外逐一拍攝示威者；"),
    dict(kind="incident", incident_type="harassment", country="GB",
         ev="其後他在港的父母接到自稱「國安」人員的來電，要求他們「管好兒子」。",
         note="parents in Hong Kong called over a student living in the UK"),
    dict(kind="response", country="GB", action="protest",
         ev="政府已召見中國駐英大使館代辦，「明確表示任何在英國境內的騷擾和恐嚇行為都不可接受」。"),
    dict(kind="station", country="GB", place="Sheffield", optional=True,
         ev="另據了解，英格蘭北部另有一處類似站點，位於謝菲爾德，但警方至今未有證實。", note="unconfirmed"),
    dict(kind="denial", country="CN", claimant="Chinese Embassy in the UK",
         ev="中國駐英國大使館發言人回應指，所謂「海外警察站」根本不存在，英方應停止「借題發揮、抹黑中國」。"),
    dict(kind="station", country="GB", polarity="denied", optional=True, claimant="Chinese Embassy in the UK",
         ev="所謂「海外警察站」根本不存在"),
]))

T = """中巴經濟走廊背後的「警務聯絡站」　巴國否認放行中國警察

【記者綜合報導】巴基斯坦近年因「中巴經濟走廊」（CPEC）湧入大批中國工程人員，中方要求保護其人員安全的壓力與日俱增，中國警方在當地的身影也愈來愈引人注目。

一個國際調查記者團隊本週公布的內部文件顯示，廣東省開平市公安局早在2019年便在喀拉蚩設立一處「僑務警務聯絡站」，名義上服務在當地經商的開平籍僑民，實際上還負責蒐集「涉華敏感人員」的動態，定期回報國內。文件中，該站被列為開平市公安局「海外警務合作的重要支點」。

文件並顯示，中巴兩國內政與公安部門2022年簽署的一份安全合作備忘錄，明文允許中方派員在喀拉蚩、拉合爾等地的中資項目周邊，與巴國警方進行「聯合巡查」。調查團隊說，去年至少有六名中國公安民警以「安全顧問」身分在拉合爾參與巡查。

文件中最受關注的是一起個案。一名在拉合爾經營中餐館的中國籍男子，因與國內合夥人發生債務糾紛遭立案，去年8月被兩名自稱聯絡站人員的男子帶離餐館，直接送往機場，押上飛往廣州的班機。他的一名親屬說，家人至今無法與他聯繫。

對此，巴基斯坦內政部發表聲明，強調巴國政府「從未允許任何外國在其領土上設立執法機構」，中方人員在巴活動「完全限於安全協調」。中國駐伊斯蘭堡大使館則未回應查詢。

文件還列出中國警方在南亞共五處同類據點，除喀拉蚩外，其餘分布於斯里蘭卡、尼泊爾等國，但未註明確切地點。分析人士指出，隨著「一帶一路」項目推進，類似安排恐怕只會增加，而非減少。

值得一提的是，巴國國會去年曾就中國工程師遇襲事件舉行聽證，議員追問外國警察在巴執勤的法律依據，但當時內政部僅以「涉及國家安全」為由拒絕說明。
"""
DOCS.append(("007-zh-hant-taiwan-news-karachi-kaiping.txt", T, [
    dict(kind="station", country="PK", place="Karachi", operator="Kaiping", date="2019", claimant="international investigative journalists",
         ev="一個國際調查記者團隊本週公布的內部文件顯示，廣東省開平市公安局早在2019年便在喀拉蚩設立一處「僑務警務聯絡站」，名義上服務在當地經商的開平籍僑民，實際上還負責蒐集「涉華敏感人員」的動態，定期回報國內。"),
    dict(kind="incident", incident_type="surveillance", country="PK", place="Karachi", optional=True, claimant="international investigative journalists",
         ev="實際上還負責蒐集「涉華敏感人員」的動態，定期回報國內。", note="general description of the station's purpose, no case"),
    dict(kind="agreement", country="PK", agreement_type="security_agreement", date="2022", claimant="international investigative journalists",
         ev="文件並顯示，中巴兩國內政與公安部門2022年簽署的一份安全合作備忘錄，明文允許中方派員在喀拉蚩、拉合爾等地的中資項目周邊，與巴國警方進行「聯合巡查」。"),
    dict(kind="agreement", country="PK", agreement_type="joint_patrol", claimant="international investigative journalists",
         ev="調查團隊說，去年至少有六名中國公安民警以「安全顧問」身分在拉合爾參與巡查。"),
    dict(kind="count", measure="officers", value=6, country="PK", optional=True, claimant="international investigative journalists",
         ev="去年至少有六名中國公安民警以「安全顧問」身分在拉合爾參與巡查", note="officers on joint patrols"),
    dict(kind="incident", incident_type="forced_return", country="PK", place="Lahore", claimant="international investigative journalists",
         ev="一名在拉合爾經營中餐館的中國籍男子，因與國內合夥人發生債務糾紛遭立案，去年8月被兩名自稱聯絡站人員的男子帶離餐館，直接送往機場，押上飛往廣州的班機。"),
    dict(kind="denial", country="PK", claimant="Pakistani Ministry of Interior",
         ev="對此，巴基斯坦內政部發表聲明，強調巴國政府「從未允許任何外國在其領土上設立執法機構」，中方人員在巴活動「完全限於安全協調」。"),
    dict(kind="station", country="PK", polarity="denied", optional=True, claimant="Pakistani Ministry of Interior",
         ev="強調巴國政府「從未允許任何外國在其領土上設立執法機構」"),
    dict(kind="count", measure="stations", value=5, country=None, optional=True, claimant="international investigative journalists",
         ev="文件還列出中國警方在南亞共五處同類據點，除喀拉蚩外，其餘分布於斯里蘭卡、尼泊爾等國，但未註明確切地點。",
         note="regional count (South Asia)"),
    dict(kind="station", country="LK", claimant="international investigative journalists",
         ev="文件還列出中國警方在南亞共五處同類據點，除喀拉蚩外，其餘分布於斯里蘭卡、尼泊爾等國，但未註明確切地點。"),
    dict(kind="station", country="NP", claimant="international investigative journalists",
         ev="文件還列出中國警方在南亞共五處同類據點，除喀拉蚩外，其餘分布於斯里蘭卡、尼泊爾等國，但未註明確切地點。"),
]))

T = """東沙島自動氣象站完成汰換　海巡署協助運補

【記者高雄報導】中央氣象署位於東沙島的自動氣象站日前完成設備汰換，新站啟用後可每十分鐘回傳風速、氣壓與雨量資料，對南海颱風的路徑預報將有明顯助益。

氣象署表示，東沙站原有設備已使用超過十五年，鹽害嚴重，此次汰換工程由海洋委員會海巡署協助運補，海巡人員以巡防艦載運兩噸器材登島。施工期間，海巡署東沙指揮部加強周邊海域巡邏，並曾驅離三艘越界作業的中國大陸漁船，未影響工程進度。

氣象署指出，除東沙外，今年也將陸續更新澎湖、蘭嶼等地共十二個測站，並與警察局合作，在部分偏鄉派出所屋頂加裝雨量計，「讓第一線員警也能即時掌握轄區雨勢」。

海巡署官員說，外島站點補給仰賴天候，冬季東北季風期間，運補船班常需延後，未來將評估以無人機運送小型零件。
"""
DOCS.append(("008-zh-hant-taiwan-news-weather-station-irrelevant.txt", T, []))
