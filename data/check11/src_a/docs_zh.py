from h import S, C, R, I, A, D
DOCS = []

DOCS.append(dict(name="001-zh-hans-mfa-transcript-szeged-pingyang.txt", text="""
2026年3月12日外交部发言人主持例行记者会

问：据匈牙利媒体报道，匈牙利警方上周搜查了塞格德市一处华人社团办公室，称该处是中国在海外设立的“警务服务站”。报道还说，这处站点由浙江省平阳县公安局设立。匈牙利外交部已约见中国驻匈牙利大使馆临时代办。中方对此有何回应？

答：我注意到有关报道。所谓“海外警察站”纯属捏造。据我了解，有关场所是当地侨团志愿者为有需要的同胞提供驾驶证在线换证等服务的地方，与中国公安机关无关。中方一贯严格遵守国际法，尊重各国司法主权。我们希望匈方客观看待，不要炒作。

问：还有报道说，中匈两国警方今年夏天将继续在布达佩斯开展联合巡逻。你能否证实？

答：根据两国公安部门2016年签署的执法合作文件，双方警员今年夏季旅游旺季将继续在布达佩斯开展联合巡逻，为中国游客提供帮助。这是正常的执法合作，不针对任何第三方。

问：下周中国—东盟经贸部长会议将在南宁举行，中方有何期待？

答：我们期待会议取得积极成果。
""", facts=[
    S("HU", "Szeged", "匈牙利警方上周搜查了塞格德市一处华人社团办公室，称该处是中国在海外设立的“警务服务站”。报道还说，这处站点由浙江省平阳县公安局设立。", operator="Pingyang", operator_alt=["Wenzhou"], claimant="Hungarian media", note="premise of a question; operator in the next sentence (这处站点)"),
    R("HU", "investigation", "匈牙利警方上周搜查了塞格德市一处华人社团办公室", place="Szeged", claimant="Hungarian media", note="search"),
    R("HU", "protest", "匈牙利外交部已约见中国驻匈牙利大使馆临时代办", claimant="Hungarian media", note="chargé d'affaires summoned"),
    D("CN", "所谓“海外警察站”纯属捏造。", claimant="PRC Ministry of Foreign Affairs"),
    S("HU", "Szeged", "据我了解，有关场所是当地侨团志愿者为有需要的同胞提供驾驶证在线换证等服务的地方，与中国公安机关无关。", claimant="PRC Ministry of Foreign Affairs", pol="denied", opt=True, note="denial by explanation"),
    A("HU", "joint_patrol", "根据两国公安部门2016年签署的执法合作文件，双方警员今年夏季旅游旺季将继续在布达佩斯开展联合巡逻，为中国游客提供帮助。", claimant="PRC Ministry of Foreign Affairs", date="2026"),
    A("HU", "security_agreement", "根据两国公安部门2016年签署的执法合作文件", claimant="PRC Ministry of Foreign Affairs", date="2016", opt=True, note="cooperation document, named in passing"),
]))

DOCS.append(dict(name="002-zh-hans-news-ngo-report-dar-es-salaam-arusha-kampala-shishi.txt", text="""
人权组织新报告：非洲至少九处“海外警务服务站”

【本网综合报道】总部位于马德里的人权组织“保护卫士”周二发布新报告称，中国多地公安机关在全球五十三个国家设立了至少一百零二个所谓“海外110”或“海外警务服务站”，其中非洲至少有九处。

报告援引中国地方政府网站上的公开文件指出，坦桑尼亚有两处，分别位于最大城市达累斯萨拉姆和北部旅游城市阿鲁沙，均由福建省石狮市公安局设立。乌干达首都坎帕拉的一处则挂靠在当地一家华人商会名下，报告称其由长泰县公安局于2019年开设。

报告还记录了一起个案：一名在坎帕拉经营建材生意的福建籍男子2021年被国内公安以“涉嫌诈骗”为由要求回国，其在长泰的父母多次被约谈，家中老人的退休金也被威胁停发。该男子最终于当年年底自行回国。

坦桑尼亚内政部一名官员对本网表示，政府已注意到报告内容，警方已着手调查。中国驻坦桑尼亚大使馆则在一份声明中称，相关说法“毫无事实根据”，所谓服务站只是帮助侨胞办理驾照换证等手续的志愿者服务点。

报告撰写者承认，对于另外一些在卢旺达和布隆迪的线索，他们目前还无法核实。
""", facts=[
    C("countries", 53, None, "中国多地公安机关在全球五十三个国家设立了至少一百零二个所谓“海外110”或“海外警务服务站”", claimant="Safeguard Defenders"),
    C("stations", 102, None, "中国多地公安机关在全球五十三个国家设立了至少一百零二个所谓“海外110”或“海外警务服务站”", claimant="Safeguard Defenders"),
    C("stations", 9, None, "其中非洲至少有九处", claimant="Safeguard Defenders", opt=True, note="regional count"),
    C("stations", 2, "TZ", "坦桑尼亚有两处，分别位于最大城市达累斯萨拉姆和北部旅游城市阿鲁沙，均由福建省石狮市公安局设立。", claimant="Safeguard Defenders"),
    S("TZ", "Dar es Salaam", "坦桑尼亚有两处，分别位于最大城市达累斯萨拉姆和北部旅游城市阿鲁沙，均由福建省石狮市公安局设立。", operator="Shishi", operator_alt=["Quanzhou"], claimant="Safeguard Defenders"),
    S("TZ", "Arusha", "坦桑尼亚有两处，分别位于最大城市达累斯萨拉姆和北部旅游城市阿鲁沙，均由福建省石狮市公安局设立。", operator="Shishi", operator_alt=["Quanzhou"], claimant="Safeguard Defenders"),
    S("UG", "Kampala", "乌干达首都坎帕拉的一处则挂靠在当地一家华人商会名下，报告称其由长泰县公安局于2019年开设。", operator="Changtai", operator_alt=["Zhangzhou"], claimant="Safeguard Defenders", date="2019"),
    I("UG", "persuasion", "一名在坎帕拉经营建材生意的福建籍男子2021年被国内公安以“涉嫌诈骗”为由要求回国，其在长泰的父母多次被约谈，家中老人的退休金也被威胁停发。该男子最终于当年年底自行回国。", place="Kampala", claimant="Safeguard Defenders", date="2021"),
    I("UG", "harassment", "其在长泰的父母多次被约谈，家中老人的退休金也被威胁停发", place="Kampala", claimant="Safeguard Defenders", date="2021", opt=True, note="relatives pressed beside the persuasion"),
    I("UG", "forced_return", "该男子最终于当年年底自行回国。", place="Kampala", claimant="Safeguard Defenders", date="2021", opt=True, note="returned after pressure"),
    R("TZ", "investigation", "坦桑尼亚内政部一名官员对本网表示，政府已注意到报告内容，警方已着手调查。", claimant="Tanzanian Ministry of Home Affairs"),
    D("CN", "中国驻坦桑尼亚大使馆则在一份声明中称，相关说法“毫无事实根据”，所谓服务站只是帮助侨胞办理驾照换证等手续的志愿者服务点。", claimant="Chinese Embassy in Tanzania"),
    S("TZ", None, "中国驻坦桑尼亚大使馆则在一份声明中称，相关说法“毫无事实根据”，所谓服务站只是帮助侨胞办理驾照换证等手续的志愿者服务点。", claimant="Chinese Embassy in Tanzania", pol="denied", opt=True),
]))

DOCS.append(dict(name="003-zh-hans-county-police-summary-addis-ababa-djibouti-changting.txt", text="""
长汀县公安局2025年工作总结（摘要）

……

四、涉侨警务工作

一年来，我局坚持“服务侨胞、维护稳定”理念，依托设在埃塞俄比亚首都亚的斯亚贝巴和吉布提市的两个海外警侨服务站，为旅居非洲之角的长汀籍侨胞办理驾驶证换证、户籍证明等事项四百余件。两站现有兼职联络员六名。

全年通过海外服务站协助劝返涉嫌电信网络诈骗等违法犯罪人员十三名，其中网上在逃人员五名。典型案例：3月，在亚的斯亚贝巴经商的犯罪嫌疑人赖某拒不回国投案，我局民警会同服务站联络员多次上门做其思想工作，并通过其在汀州镇的亲属进行规劝，赖某于4月乘机回国投案自首。

五、2026年工作思路

继续深化涉侨警务改革，力争在厄立特里亚阿斯马拉新增一处服务点，进一步扩大服务覆盖面。

长汀县公安局
2026年1月8日
""", facts=[
    S("ET", "Addis Ababa", "依托设在埃塞俄比亚首都亚的斯亚贝巴和吉布提市的两个海外警侨服务站", operator="Changting", operator_alt=["Longyan"], claimant="Changting County Public Security Bureau", note="operator only as 我局 and in the letterhead"),
    S("DJ", "Djibouti", "依托设在埃塞俄比亚首都亚的斯亚贝巴和吉布提市的两个海外警侨服务站", operator="Changting", operator_alt=["Longyan"], claimant="Changting County Public Security Bureau"),
    C("stations", 2, None, "依托设在埃塞俄比亚首都亚的斯亚贝巴和吉布提市的两个海外警侨服务站", claimant="Changting County Public Security Bureau", opt=True, note="spans two countries"),
    C("staff", 6, None, "两站现有兼职联络员六名。", claimant="Changting County Public Security Bureau", opt=True, note="spans two countries"),
    C("returns", 13, None, "全年通过海外服务站协助劝返涉嫌电信网络诈骗等违法犯罪人员十三名", claimant="Changting County Public Security Bureau", date="2025"),
    I("ET", "persuasion", "3月，在亚的斯亚贝巴经商的犯罪嫌疑人赖某拒不回国投案，我局民警会同服务站联络员多次上门做其思想工作，并通过其在汀州镇的亲属进行规劝，赖某于4月乘机回国投案自首。", place="Addis Ababa", claimant="Changting County Public Security Bureau", date="2025-03"),
    I("ET", "forced_return", "赖某于4月乘机回国投案自首", place="Addis Ababa", claimant="Changting County Public Security Bureau", date="2025-04", opt=True, note="returned after pressure"),
]))

DOCS.append(dict(name="004-zh-hans-local-news-metro-police-post-artefacts.txt", text="""
人民广场地铁站警务站启用 一季度共帮助乘客找回失物三百余件

本报讯 上海轨道交通公安分局在人民广场站新设的警务站本月正式投入使用。据介绍，该警务站24小时有民警值守，主要负责站内治安巡查、失物招领和应急处置。目前全市地铁网络共设有十二个类似警务站。

分局负责人表示，今年一季度，各警务站共帮助乘客找回手机、钱包等失物三百余件，劝导不文明乘车行为一千二百余次。

另据新华社消息，中法两国文化部门日前签署协议，法方将向中国返还一批十九世纪流失海外的青铜器。这批文物预计年内运抵上海博物馆，将于明年春节期间展出。

此外，中国空间站第十批航天员乘组本周顺利完成第二次出舱活动。
""", facts=[]))

DOCS.append(dict(name="005-zh-hant-cna-wire-helsinki-turku-zhangping.txt", text="""
芬蘭調查中國「海外警察站」 赫爾辛基據點遭搜索

（中央社記者赫爾辛基12日專電）芬蘭國家調查局今天證實，已就中國在赫爾辛基設立所謂「海外警察站」一事展開初步調查，並於上週搜索了位於市中心的一處華人協會辦公室。
據芬蘭公共廣播公司報導，該據點由福建省漳平市公安局設立，2020年起運作，對外以「華僑服務中心」名義提供證件代辦服務。目前尚無人被捕。

報導指出，芬蘭境內至少設有兩處類似據點，另一處位於西南部港市圖爾庫，已於今年初自行停止運作。

芬蘭外交部表示，已向中國駐芬蘭大使館表達「嚴重關切」。中國大使館發言人則回應稱，相關報導「純屬捏造」，芬蘭境內「根本沒有任何中國警察站」。

一名在赫爾辛基就讀的中國留學生向中央社表示，他去年參加一場聲援香港的集會後，曾接到自稱「老鄉」的人來電，要求他交出集會照片及其他參與者名單。（編輯：陳姓編輯）1150312
""", facts=[
    R("FI", "investigation", "芬蘭國家調查局今天證實，已就中國在赫爾辛基設立所謂「海外警察站」一事展開初步調查，並於上週搜索了位於市中心的一處華人協會辦公室。", place="Helsinki", claimant="Finnish National Bureau of Investigation"),
    S("FI", "Helsinki", "芬蘭國家調查局今天證實，已就中國在赫爾辛基設立所謂「海外警察站」一事展開初步調查，並於上週搜索了位於市中心的一處華人協會辦公室。\n據芬蘭公共廣播公司報導，該據點由福建省漳平市公安局設立，2020年起運作，對外以「華僑服務中心」名義提供證件代辦服務。", operator="Zhangping", operator_alt=["Longyan"], claimant="Yle", date="2020", note="operator in the next paragraph via 該據點"),
    R("FI", "arrest", "目前尚無人被捕。", pol="denied", opt=True),
    C("stations", 2, "FI", "報導指出，芬蘭境內至少設有兩處類似據點，另一處位於西南部港市圖爾庫，已於今年初自行停止運作。", claimant="Yle"),
    S("FI", "Turku", "報導指出，芬蘭境內至少設有兩處類似據點，另一處位於西南部港市圖爾庫，已於今年初自行停止運作。", claimant="Yle"),
    R("FI", "closure", "另一處位於西南部港市圖爾庫，已於今年初自行停止運作", place="Turku", claimant="Yle", opt=True, note="stopped by itself"),
    R("FI", "protest", "芬蘭外交部表示，已向中國駐芬蘭大使館表達「嚴重關切」。", claimant="Finnish Ministry for Foreign Affairs", opt=True, note="concern, short of a summons"),
    D("CN", "中國大使館發言人則回應稱，相關報導「純屬捏造」，芬蘭境內「根本沒有任何中國警察站」。", claimant="Chinese Embassy in Finland"),
    S("FI", None, "中國大使館發言人則回應稱，相關報導「純屬捏造」，芬蘭境內「根本沒有任何中國警察站」。", claimant="Chinese Embassy in Finland", pol="denied", opt=True),
    I("FI", "surveillance", "一名在赫爾辛基就讀的中國留學生向中央社表示，他去年參加一場聲援香港的集會後，曾接到自稱「老鄉」的人來電，要求他交出集會照片及其他參與者名單。", place="Helsinki", claimant="a Chinese student"),
]))

DOCS.append(dict(name="006-zh-hant-hk-news-novi-sad-shanghang.txt", text="""
塞爾維亞諾維薩德被指有中國「海外服務站」 塞方：未發現違法

【本報訊】塞爾維亞第二大城市諾維薩德被指存在一個由中國福建省上杭縣公安局開設的「海外服務站」。歐洲一個調查記者網絡周三發表報道，指該站點設於市內一間華人商會樓上，自2021年起運作，至今已協助國內公安「勸返」至少四名當地華人。

報道舉例稱，一名在諾維薩德經營輪胎生意的上杭籍男子，去年被指涉及一宗國內集資案。其在上杭的兄長其後被當地派出所多次傳召，並被警告「不回來就影響下一代讀書」。該男子最終在去年十月返回中國。

塞爾維亞內政部回應查詢時表示，警方已就報道內容作出核查，「未發現任何違法行為」。塞方強調，中塞兩國警方自2019年起在貝爾格萊德等城市開展聯合巡邏，屬「公開、透明的合作」。

中國駐塞爾維亞大使館未有回覆本報查詢。本報記者周四致電該商會，一名職員稱商會「只是幫同鄉續領駕照」，與公安「完全無關」。
""", facts=[
    S("RS", "Novi Sad", "塞爾維亞第二大城市諾維薩德被指存在一個由中國福建省上杭縣公安局開設的「海外服務站」。歐洲一個調查記者網絡周三發表報道，指該站點設於市內一間華人商會樓上，自2021年起運作", operator="Shanghang", operator_alt=["Longyan"], claimant="European investigative journalism network", date="2021"),
    C("returns", 4, "RS", "至今已協助國內公安「勸返」至少四名當地華人", claimant="European investigative journalism network", opt=True, note="one station's figure"),
    I("RS", "persuasion", "一名在諾維薩德經營輪胎生意的上杭籍男子，去年被指涉及一宗國內集資案。其在上杭的兄長其後被當地派出所多次傳召，並被警告「不回來就影響下一代讀書」。", place="Novi Sad", claimant="European investigative journalism network"),
    I("RS", "harassment", "其在上杭的兄長其後被當地派出所多次傳召，並被警告「不回來就影響下一代讀書」。", place="Novi Sad", claimant="European investigative journalism network", opt=True, note="relative pressed beside the persuasion"),
    I("RS", "forced_return", "該男子最終在去年十月返回中國。", place="Novi Sad", claimant="European investigative journalism network", opt=True, note="returned after pressure"),
    R("RS", "no_wrongdoing_found", "塞爾維亞內政部回應查詢時表示，警方已就報道內容作出核查，「未發現任何違法行為」。", claimant="Serbian Ministry of Interior"),
    R("RS", "investigation", "警方已就報道內容作出核查", claimant="Serbian Ministry of Interior", opt=True, note="a check, not a formal inquiry"),
    A("RS", "joint_patrol", "中塞兩國警方自2019年起在貝爾格萊德等城市開展聯合巡邏", claimant="Serbian Ministry of Interior", date="2019"),
    D("RS", "一名職員稱商會「只是幫同鄉續領駕照」，與公安「完全無關」", claimant="Chinese chamber of commerce in Novi Sad", opt=True, note="host-country association's denial"),
]))

DOCS.append(dict(name="007-zh-hant-long-feature-lima-arequipa-enping.txt", text="""
【深度報導】秘魯唐人街裡的「服務中心」
——一名雜貨店主被送上飛機之後

記者／綜合報導

利馬市中心的唐人街，卡蓬街兩側掛滿中文招牌。這裡的華人社群歷史超過一百五十年，
早年多來自廣東台山、恩平一帶，如今新移民則以經營超市、餐館和進口百貨為主。

去年六月，一名在唐人街經營雜貨店的恩平籍男子，被兩名自稱「同鄉會幫忙的人」
從店裡帶走，送往豪爾赫．查韋斯國際機場，當晚即被送上飛往廣州的班機。他的妻子
事後向秘魯檢方報案。據本報取得的報案紀錄，兩人曾向他出示恩平市公安局的「協查
通知」，稱他涉嫌國內一宗合同詐騙案。

秘魯檢察署今年二月證實，已對利馬一處掛名「僑胞服務中心」的場所展開調查。秘魯
媒體引述調查文件指出，該中心是廣東省恩平市公安局於2019年設立的海外警務服務站，
同一公安局另在南部城市阿雷基帕設有一處。檢方迄今未提出任何起訴。

一名秘魯國會議員上月在質詢中要求外交部召見中國大使，但外交部長僅表示「會密切關
注」，並未採取進一步行動。

中國駐秘魯大使館則發表聲明，指有關指控「完全是無中生有」，該中心只是協助僑胞辦
理駕照換證、證件公證等業務。

人權組織「保護衛士」此前估計，中國在拉丁美洲至少設有十四處此類據點，全球則逾百
處。研究人員指出，這類站點的主要功能在於掌握海外僑民動態、配合國內「勸返」工作。

至於我國，外交部表示，我駐秘魯代表處未接獲台商相關求助。
""", facts=[
    I("PE", "forced_return", "去年六月，一名在唐人街經營雜貨店的恩平籍男子，被兩名自稱「同鄉會幫忙的人」 從店裡帶走，送往豪爾赫．查韋斯國際機場，當晚即被送上飛往廣州的班機。", place="Lima", claimant="the man's wife"),
    R("PE", "investigation", "秘魯檢察署今年二月證實，已對利馬一處掛名「僑胞服務中心」的場所展開調查。", place="Lima", claimant="Peruvian Public Prosecutor's Office"),
    S("PE", "Lima", "秘魯 媒體引述調查文件指出，該中心是廣東省恩平市公安局於2019年設立的海外警務服務站， 同一公安局另在南部城市阿雷基帕設有一處。", operator="Enping", operator_alt=["Jiangmen"], claimant="Peruvian media", date="2019", note="place carried by 該中心 from the previous sentence"),
    S("PE", "Arequipa", "同一公安局另在南部城市阿雷基帕設有一處。", operator="Enping", operator_alt=["Jiangmen"], claimant="Peruvian media"),
    R("PE", "arrest", "檢方迄今未提出任何起訴。", pol="denied", opt=True),
    D("CN", "中國駐秘魯大使館則發表聲明，指有關指控「完全是無中生有」，該中心只是協助僑胞辦 理駕照換證、證件公證等業務。", claimant="Chinese Embassy in Peru"),
    C("stations", 14, None, "中國在拉丁美洲至少設有十四處此類據點，全球則逾百 處。", claimant="Safeguard Defenders", opt=True, note="regional"),
    C("stations", 100, None, "中國在拉丁美洲至少設有十四處此類據點，全球則逾百 處。", claimant="Safeguard Defenders", opt=True, note="逾百, approximation"),
]))

DOCS.append(dict(name="008-zh-hant-local-news-hsr-station-fraud-deportees.txt", text="""
柬埔寨遣返62名詐騙嫌犯 桃園機場落地即逮捕

【記者綜合報導】刑事警察局與移民署昨晚自柬埔寨金邊包機押解62名涉嫌參與跨境電信詐騙的國人返台，班機於晚間九時許降落桃園機場，專案人員隨即將嫌犯分批移送各地檢署偵辦。刑事局表示，這是今年第三批自東南亞遣返的詐騙嫌犯，台柬雙方透過第三方管道協調多時。

另外，新竹縣竹北市高鐵站前一家便利商店前天深夜遭持刀搶劫，歹徒得手兩萬餘元後逃逸，竹北分局高鐵派出所員警調閱監視器，於六小時內在附近網咖將嫌犯逮捕。

中央氣象署同日宣布，玉山氣象站昨晨測得零下五點二度低溫，為今冬最低。
""", facts=[]))
