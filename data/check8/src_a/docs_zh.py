from common import station, count, response, incident, agreement, denial

O = {"optional": True}
PUTIAN = "Putian Public Security Bureau"

DOCS = []

DOCS.append(dict(name="001-zh-state-media-putian-overseas-service.txt", text="""
莆田公安“海外警侨服务站”架起为侨服务连心桥

新华社福州3月14日电 “以前换个驾驶证要专门飞回来，现在在雅加达的服务站视频连线就能办。”说起家乡公安的“跨洋服务”，旅居印度尼西亚二十多年的一位莆田籍侨商连连称赞。

记者14日从莆田市公安局在福州召开的新闻通气会上获悉，自2019年以来，该局依托当地侨团，先后在五个国家设立了八个“海外警侨服务站”，为旅居海外的莆田籍侨胞提供驾驶证审验、户籍证明、无犯罪记录证明等“不见面”办理服务。其中三个位于印度尼西亚，分别设在雅加达、万隆和棉兰；另有两个设在缅甸仰光，其余三个分别位于斯里兰卡科伦坡、尼泊尔加德满都和孟加拉国达卡。八个服务站目前共有二十六名工作人员，均由当地侨领和志愿者担任。

莆田市公安局相关负责人介绍，服务站在为侨服务的同时，也积极配合国内打击跨境违法犯罪。去年10月，仰光服务站配合国内专案组，对一名涉嫌组织跨境网络赌博、已潜逃缅甸三年的犯罪嫌疑人开展政策宣讲，并多次做其在莆田的家属工作。11月初，该嫌疑人主动回国投案。截至目前，各服务站共协助劝返在逃人员十七名，为侨胞办理各类业务一千二百余件。

“服务站不是执法机构，主要是把家乡的服务送到侨胞身边。”这位负责人表示，下一步，莆田公安将总结经验，在更多侨胞聚居的国家和地区推广这一做法，并继续开展防范电信网络诈骗宣传。

在当天的通气会上，莆田市公安局还通报了今年以来全市公安机关破获的电信网络诈骗案件情况，全市110接警量同比下降一成。
""", facts=[
    count("先后在五个国家设立了八个“海外警侨服务站”", "stations", 8, None, claimant=PUTIAN),
    count("先后在五个国家设立了八个“海外警侨服务站”", "countries", 5, None, claimant=PUTIAN),
    count("其中三个位于印度尼西亚，分别设在雅加达、万隆和棉兰", "stations", 3, "ID", claimant=PUTIAN),
    count("另有两个设在缅甸仰光", "stations", 2, "MM", claimant=PUTIAN),
    station("其中三个位于印度尼西亚，分别设在雅加达、万隆和棉兰", "ID", "Jakarta", "Putian", claimant=PUTIAN),
    station("其中三个位于印度尼西亚，分别设在雅加达、万隆和棉兰", "ID", "Bandung", "Putian", claimant=PUTIAN),
    station("其中三个位于印度尼西亚，分别设在雅加达、万隆和棉兰", "ID", "Medan", "Putian", claimant=PUTIAN),
    station("另有两个设在缅甸仰光", "MM", "Yangon", "Putian", claimant=PUTIAN, note="two stations in Yangon"),
    station("其余三个分别位于斯里兰卡科伦坡、尼泊尔加德满都和孟加拉国达卡", "LK", "Colombo", "Putian", claimant=PUTIAN),
    station("其余三个分别位于斯里兰卡科伦坡、尼泊尔加德满都和孟加拉国达卡", "NP", "Kathmandu", "Putian", claimant=PUTIAN),
    station("其余三个分别位于斯里兰卡科伦坡、尼泊尔加德满都和孟加拉国达卡", "BD", "Dhaka", "Putian", claimant=PUTIAN),
    count("八个服务站目前共有二十六名工作人员", "staff", 26, None, claimant=PUTIAN),
    incident("去年10月，仰光服务站配合国内专案组，对一名涉嫌组织跨境网络赌博、已潜逃缅甸三年的犯罪嫌疑人开展政策宣讲，并多次做其在莆田的家属工作。11月初，该嫌疑人主动回国投案。",
             "persuasion", "MM", place="Yangon", claimant=PUTIAN),
    count("各服务站共协助劝返在逃人员十七名", "returns", 17, None, claimant=PUTIAN),
]))

DOCS.append(dict(name="002-zh-police-year-end-report-ruian.txt", text="""
瑞安市公安局
2023年工作总结和2024年工作思路
（摘要）

一、2023年主要工作成效

（一）社会治安持续向好。全年全市刑事警情同比下降12.6%，110有效警
情同比下降8.1%。瑞安火车站警务站、安阳商圈警务站等7个城区警务站
全年接待群众求助两万余人次。

（二）打击跨境犯罪成效明显。全年共劝返外逃人员十四名，其中涉电诈
人员九名。瓦伦西亚服务点通过其在瑞安的父母反复做思想工作，成功劝
返一名潜逃西班牙四年的经济犯罪嫌疑人，该人于2023年6月回国投案。

（三）深化海外警务合作。我局依托在西班牙瓦伦西亚、法国尼斯和塞浦
路斯尼科西亚设立的三个海外联络服务点，全年受理侨胞求助事项三百四
十余件，远程办理驾驶证换领等业务一百六十件。4月，我局派员赴土耳其
伊斯坦布尔，与当地警方签署警务合作备忘录，并于旅游旺季在该市开展
为期两周的中土警务联合巡逻，这是我市公安机关首次参与境外联合巡逻。

（四）队伍建设……（略）

二、2024年工作思路

1. 继续完善海外联络服务点布局，力争在中东欧新增服务点两个以上；
2. 深化“枫桥式公安派出所”创建，全市派出所达标率达到90%；
3. 加强与温州市局、省厅的协同，推进跨境追逃“清零”行动。

瑞安市公安局
2024年1月8日
""", facts=[
    count("全年共劝返外逃人员十四名", "returns", 14, None, claimant="Ruian Public Security Bureau", date="2023"),
    incident("瓦伦西亚服务点通过其在瑞安的父母反复做思想工作，成功劝\n返一名潜逃西班牙四年的经济犯罪嫌疑人，该人于2023年6月回国投案。",
             "persuasion", "ES", place="Valencia", date="2023-06", claimant="Ruian Public Security Bureau"),
    station("我局依托在西班牙瓦伦西亚、法国尼斯和塞浦\n路斯尼科西亚设立的三个海外联络服务点", "ES", "Valencia", "Ruian", claimant="Ruian Public Security Bureau"),
    station("我局依托在西班牙瓦伦西亚、法国尼斯和塞浦\n路斯尼科西亚设立的三个海外联络服务点", "FR", "Nice", "Ruian", claimant="Ruian Public Security Bureau"),
    station("我局依托在西班牙瓦伦西亚、法国尼斯和塞浦\n路斯尼科西亚设立的三个海外联络服务点", "CY", "Nicosia", "Ruian", claimant="Ruian Public Security Bureau"),
    count("我局依托在西班牙瓦伦西亚、法国尼斯和塞浦\n路斯尼科西亚设立的三个海外联络服务点", "stations", 3, None, claimant="Ruian Public Security Bureau"),
    agreement("4月，我局派员赴土耳其\n伊斯坦布尔，与当地警方签署警务合作备忘录", "TR", "security_agreement", date="2023-04", claimant="Ruian Public Security Bureau"),
    agreement("并于旅游旺季在该市开展\n为期两周的中土警务联合巡逻", "TR", "joint_patrol", date="2023", claimant="Ruian Public Security Bureau"),
]))

DOCS.append(dict(name="003-zh-mfa-transcript-winnipeg-maldives.txt", text="""
2023年5月17日外交部发言人主持例行记者会

问：据加拿大媒体报道，马尼托巴省警方本周对温尼伯市一处华人社团办公室进行了搜查，称该处是中国设立的所谓“海外警察站”。报道称，这处站点由广东省江门市公安局设立，已运作两年多。加拿大外交部已召见中国驻加拿大大使。中方对此有何回应？

答：我注意到有关报道。所谓中国在加拿大设立“海外警察站”的说法纯属捏造。据了解，有关场所是当地侨团设立的志愿服务点，疫情期间协助无法回国的侨胞在线办理证件换领，工作人员都是当地华人志愿者，根本不是什么“警察站”。我们敦促加方停止借题发挥、抹黑中国。对于加方的无理做法，中方已向加方提出严正交涉。

问：据报道，公安部工作组近日访问马尔代夫，双方签署了执法安全合作谅解备忘录。能否介绍有关情况？

答：中国和马尔代夫是友好邻邦。访问期间，双方签署了执法安全合作谅解备忘录，同意在打击跨国犯罪、保护游客安全等领域加强合作。据我了解，双方还商定在旅游旺季于马累等地开展警务联合巡逻试点。这一合作不针对任何第三方。

问：第一届中国—中亚峰会即将举行，能否介绍筹备情况？

答：有关情况我们会适时发布，请保持关注。
""", facts=[
    station("报道称，这处站点由广东省江门市公安局设立，已运作两年多。", "CA", "Winnipeg", "Jiangmen", claimant="Canadian media"),
    response("马尼托巴省警方本周对温尼伯市一处华人社团办公室进行了搜查", "CA", "investigation", place="Winnipeg", date="2023-05", claimant="Canadian media"),
    response("加拿大外交部已召见中国驻加拿大大使。", "CA", "protest", date="2023-05", claimant="Canadian media"),
    denial("所谓中国在加拿大设立“海外警察站”的说法纯属捏造。", "CN", claimant="PRC Ministry of Foreign Affairs", date="2023-05-17"),
    station("所谓中国在加拿大设立“海外警察站”的说法纯属捏造。", "CA", None, claimant="PRC Ministry of Foreign Affairs", polarity="denied", **O),
    response("对于加方的无理做法，中方已向加方提出严正交涉。", "CN", "protest", claimant="PRC Ministry of Foreign Affairs", **O, note="China protests to the host"),
    agreement("访问期间，双方签署了执法安全合作谅解备忘录", "MV", "security_agreement", date="2023-05", claimant="PRC Ministry of Foreign Affairs"),
    agreement("双方还商定在旅游旺季于马累等地开展警务联合巡逻试点", "MV", "joint_patrol", claimant="PRC Ministry of Foreign Affairs", **O, note="patrols agreed, not yet held"),
]))

DOCS.append(dict(name="004-zh-news-yiwu-foreign-merchants-police.txt", text="""
义乌：涉外警务服务站让外商“有事找警察”更方便

本报讯 走进义乌国际商贸城五区一楼，一间挂着中、英、阿拉伯三种文字标识的“涉外警务服务站”格外醒目。这是义乌市公安局稠城派出所设立的第三个涉外警务服务站，驻站民警六名，另有来自也门、埃及、俄罗斯等国的外籍调解员十一名。

义乌常驻外商来自一百多个国家和地区。“过去外商遇到货款纠纷、证件丢失，往往不知道该去哪里。”稠城派出所负责人介绍，服务站开设以来，已调解涉外经济纠纷三百余起，帮助外商追回货款两千余万元。一位来自几内亚的采购商说，他的海外客户拖欠货款，外籍调解员帮他和对方视频沟通，很快就解决了。

记者了解到，义乌市公安局今年还与迪拜一家商会签署了合作备忘录，在迪拜龙城设立“义乌商品服务站”，为采购义乌商品的中东客商提供咨询。该服务站由商会运营，主要展示义乌小商品样品。

此外，义乌火车站、义乌机场的警务站也增配了外语服务设备。市公安局出入境管理部门提醒，外籍人员来义乌须在入境后24小时内办理住宿登记。
""", facts=[]))

DOCS.append(dict(name="005-zh-hant-wire-yokohama-lianjiang.txt", text="""
日警搜索橫濱疑似中國「海外警察服務站」 陸使館：無中生有

（中央社東京12日專電）日本神奈川縣警方12日搜索橫濱市中區一處華人團體辦公室，該處被指為中國在日本設立的「海外警察服務站」。這是日本警方首次就此類據點採取強制搜查行動。

據日本放送協會（NHK）報導，該處據點疑由福建省連江縣公安局於2021年設立，以「僑胞服務」為名，協助在日中國人辦理駕照更新等手續，但也涉嫌蒐集在日異議人士的資訊。警方消息人士指出，目前尚無人被捕，但已要求兩名團體幹部到案說明。

日本外務省官員表示，已透過外交管道向中方「表達強烈關切」，並要求中方說明情況。

總部設在西班牙的人權團體「保護衛士」（Safeguard Defenders）先前估計，中國在日本至少設有四處類似據點，除橫濱外，另有兩處在神戶、一處在札幌。

中國駐日本大使館發言人12日晚間表示，有關報導「純屬無中生有」，指相關團體是「在日僑胞自發成立的互助組織」，與中國警方毫無關係，呼籲日方「客觀看待」。

台灣方面，外交部發言人受訪時表示，政府持續關注相關事態，並呼籲理念相近國家共同應對跨國鎮壓。1120312
""", facts=[
    response("日本神奈川縣警方12日搜索橫濱市中區一處華人團體辦公室", "JP", "investigation", place="Yokohama"),
    station("該處據點疑由福建省連江縣公安局於2021年設立", "JP", "Yokohama", "Lianjiang", date="2021", claimant="NHK", note="the office in Naka Ward searched by police"),
    response("目前尚無人被捕", "JP", "arrest", polarity="denied", **O),
    response("已透過外交管道向中方「表達強烈關切」", "JP", "protest", claimant="Japanese Ministry of Foreign Affairs", **O, note="concern short of a summons"),
    count("中國在日本至少設有四處類似據點", "stations", 4, "JP", claimant="Safeguard Defenders"),
    station("除橫濱外，另有兩處在神戶、一處在札幌", "JP", "Kobe", claimant="Safeguard Defenders", note="two in Kobe"),
    station("除橫濱外，另有兩處在神戶、一處在札幌", "JP", "Sapporo", claimant="Safeguard Defenders"),
    count("另有兩處在神戶", "stations", 2, "JP", claimant="Safeguard Defenders", **O, note="city-scoped count"),
    denial("有關報導「純屬無中生有」，指相關團體是「在日僑胞自發成立的互助組織」，與中國警方毫無關係", "CN", claimant="Chinese Embassy in Japan"),
    station("有關報導「純屬無中生有」，指相關團體是「在日僑胞自發成立的互助組織」，與中國警方毫無關係", "JP", "Yokohama", claimant="Chinese Embassy in Japan", polarity="denied", **O),
]))

DOCS.append(dict(name="006-zh-hant-hk-news-manchester-taishan.txt", text="""
曼城疑設「中國警察站」 港人揭在港家人被國安約談

【本報訊】英國大曼徹斯特警察（GMP）周二證實，正就市內一處據報由中國公安設立的「海外服務站」展開調查。該處位於曼城唐人街附近一幢商業大廈內，以同鄉會名義運作。英國傳媒引述調查人員指，該站據稱由廣東省台山市公安局設立，主要聯繫旅英台山籍華人。

一名去年移居曼城的港人社運人士向本報表示，他今年六月在市中心參加聲援香港的集會時，被兩名不明男子近距離拍照，其後他在香港的父母被國安處人員上門「約談」，要求他「停止反中亂港活動」。他相信事件與上述服務站有關。GMP發言人表示，已接獲相關舉報並「認真處理」。

另一處據稱位於格拉斯哥，蘇格蘭警方只表示「知悉有關報道」。事實上，英國政府早於去年已要求倫敦一處同類據點停止運作，該據點其後關閉。

英國外交部周三召見中國駐英國大使，就「跨國鎮壓」表達不滿。一名外交部官員表示，任何外國政府在英國騷擾、恐嚇個人的行為「均不可接受」。

中國駐英國大使館發言人則發表聲明，指「英國根本不存在所謂中國警察站」，有關指控是「別有用心的政治操弄」，並稱所謂服務站只是華人社團為同胞提供的便民服務。

人權組織估計，英國境內至少有三處這類據點。
""", facts=[
    response("英國大曼徹斯特警察（GMP）周二證實，正就市內一處據報由中國公安設立的「海外服務站」展開調查。", "GB", "investigation", place="Manchester"),
    station("英國傳媒引述調查人員指，該站據稱由廣東省台山市公安局設立", "GB", "Manchester", "Taishan", claimant="British media"),
    incident("他今年六月在市中心參加聲援香港的集會時，被兩名不明男子近距離拍照", "surveillance", "GB", place="Manchester", claimant="Hong Kong activist"),
    incident("其後他在香港的父母被國安處人員上門「約談」，要求他「停止反中亂港活動」", "harassment", "GB", place="Manchester", claimant="Hong Kong activist"),
    station("另一處據稱位於格拉斯哥", "GB", "Glasgow"),
    station("英國政府早於去年已要求倫敦一處同類據點停止運作，該據點其後關閉", "GB", "London"),
    response("英國政府早於去年已要求倫敦一處同類據點停止運作，該據點其後關閉", "GB", "closure", place="London"),
    response("英國外交部周三召見中國駐英國大使", "GB", "protest"),
    denial("指「英國根本不存在所謂中國警察站」，有關指控是「別有用心的政治操弄」", "CN", claimant="Chinese Embassy in the UK"),
    station("指「英國根本不存在所謂中國警察站」", "GB", None, claimant="Chinese Embassy in the UK", polarity="denied", **O),
    count("英國境內至少有三處這類據點", "stations", 3, "GB", claimant="human rights groups"),
]))

DOCS.append(dict(name="007-zh-hant-taiwan-news-cebu-jinjiang.txt", text="""
菲國調查局突襲宿霧「華僑服務中心」 2中國男子被捕

【記者綜合報導】菲律賓國家調查局（NBI）日前突擊搜查中部宿霧市一處名為「華僑服務中心」的辦公室，當場逮捕兩名中國籍男子，並查扣多本記載在菲中國人姓名、住址與護照號碼的名冊。菲國司法部長在記者會上直言，這是一處「不折不扣的中國警察站」。

根據菲國司法部說明，該中心2020年在宿霧開設，由福建省晉江市公安局「指導設立」，表面上替晉江籍僑民辦理證件公證，實際上長期追蹤被中國通緝的在菲人士。調查人員表示，去年8月，一名被中國以詐騙罪名通緝的中國籍商人，遭該中心人員強行帶往麥克坦機場，押上飛往廈門的班機，至今下落不明。

司法部長並透露，菲律賓境內至少還有兩處類似據點，分別位於民答那峨島的達沃市和班乃島的怡朗市，NBI已著手調查。兩名被捕男子已被依非法從事外國代理人活動及非法拘禁等罪名起訴。

值得注意的是，晉江市公安局官方微信公眾號2021年曾發文表揚該中心，稱其「協助勸返三名在逃人員」，並形容這是「警僑合作的成功範例」。菲國調查人員正比對名冊，確認這三人的身分及返國經過。

菲律賓參議院一名資深參議員表示，若調查證實中國官員直接參與，菲方應考慮宣布相關外交人員為「不受歡迎人物」。不過，總統府發言人僅表示，政府將「依法處理」，不會讓此事影響兩國在其他領域的合作。

菲律賓外交部隨後召見中國駐菲大使館副館長，要求中方說明。中國駐菲律賓大使館則發表聲明，稱相關指控「毫無事實根據」，強調中方一貫要求海外中國公民遵守當地法律，並「從不在他國開展執法活動」。

根據西班牙人權組織「保護衛士」2022年底公布的報告，中國在五十三個國家設有至少一百零二處這類「海外警察服務站」，但各國政府處理方式不一。

我國陸委會官員表示，菲方行動顯示中國跨境執法問題已引起區域國家警覺，呼籲在菲台商、台生提高警覺。刑事警察局駐菲聯絡官也持續與菲方保持聯繫，協助處理涉及台灣民眾的跨境詐騙案件。

宿霧是菲律賓第二大都會區，當地華人社群規模龐大，其中不少來自福建晉江、石獅一帶。近年菲國境內離岸博弈公司（POGO）引發的綁架、詐騙案件頻傳，馬可仕政府已下令全面禁止POGO營運，並遣返數千名非法滯留的中國籍員工。一名在宿霧經營貿易公司的台商受訪時說，當地華人圈對「服務中心」早有耳聞，「大家都知道那裡和老家的派出所有聯繫，只是沒人敢說」。
""", facts=[
    response("菲律賓國家調查局（NBI）日前突擊搜查中部宿霧市一處名為「華僑服務中心」的辦公室，當場逮捕兩名中國籍男子", "PH", "investigation", place="Cebu City", place_alt=["Cebu"]),
    response("菲律賓國家調查局（NBI）日前突擊搜查中部宿霧市一處名為「華僑服務中心」的辦公室，當場逮捕兩名中國籍男子", "PH", "arrest", place="Cebu City", place_alt=["Cebu"]),
    station("該中心2020年在宿霧開設，由福建省晉江市公安局「指導設立」", "PH", "Cebu City", "Jinjiang", place_alt=["Cebu"], date="2020", claimant="Philippine Department of Justice"),
    incident("去年8月，一名被中國以詐騙罪名通緝的中國籍商人，遭該中心人員強行帶往麥克坦機場，押上飛往廈門的班機，至今下落不明。", "forced_return", "PH", place="Cebu City", place_alt=["Cebu", "Lapu-Lapu City"], claimant="NBI"),
    count("菲律賓境內至少還有兩處類似據點", "stations", 2, "PH", claimant="Philippine Secretary of Justice", **O, note="two further sites; with Cebu at least three"),
    station("分別位於民答那峨島的達沃市和班乃島的怡朗市", "PH", "Davao City", place_alt=["Davao"], claimant="Philippine Secretary of Justice"),
    station("分別位於民答那峨島的達沃市和班乃島的怡朗市", "PH", "Iloilo City", place_alt=["Iloilo"], claimant="Philippine Secretary of Justice"),
    count("稱其「協助勸返三名在逃人員」", "returns", 3, "PH", claimant="Jinjiang Public Security Bureau", date="2021"),
    response("菲律賓外交部隨後召見中國駐菲大使館副館長", "PH", "protest"),
    denial("稱相關指控「毫無事實根據」，強調中方一貫要求海外中國公民遵守當地法律，並「從不在他國開展執法活動」", "CN", claimant="Chinese Embassy in the Philippines"),
    count("中國在五十三個國家設有至少一百零二處這類「海外警察服務站」", "stations", 102, None, claimant="Safeguard Defenders", date="2022"),
    count("中國在五十三個國家設有至少一百零二處這類「海外警察服務站」", "countries", 53, None, claimant="Safeguard Defenders", date="2022"),
]))

DOCS.append(dict(name="008-zh-hant-legislature-security-report-southeast-asia.txt", text="""
國家安全局
「中共跨境執法及海外警察服務站滲透情勢」專案報告（節錄）
報告單位：國家安全局　　報告日期：中華民國112年10月18日

壹、前言
　　本局應立法院外交及國防委員會要求，就中共公安機關在海外設置據點
及對我國可能之影響，提出本專案報告。

貳、情勢研析
一、據本局掌握，中共公安系統自2016年起，以「海外華僑華人服務中心」、
「海外110報警服務中心」等名義在全球各地設點，迄今至少涵蓋五十餘國、
逾百處。
二、其中東南亞地區至少十二處，以越南胡志明市、泰國芭達雅及馬來西亞檳
城最為集中。胡志明市據點由廣西東興市公安局主導，芭達雅據點則與雲南省
昆明市公安局有關；檳城據點據悉由廣東省汕頭市公安局設立，主要聯繫潮汕
籍僑民。
三、案例：本年5月，一名旅居泰國的中國籍維權人士在芭達雅遭不明人士跟監
，其後被當地移民警察以簽證逾期為由拘留，於7日內遣送回中國，目前下落
不明。

參、各國處置
一、馬來西亞警方於本年初就檳城據點進行調查，嗣後表示未發現違法情事。
二、越南方面迄未公開回應。
三、泰國與中共於本年8月簽署旅遊安全合作文件，並在普吉島等地開展警務聯
合巡邏，值得關注。

肆、對我國影響及因應
一、本局迄今未發現中共在臺設立類似實體據點，惟中共持續透過在臺同鄉會
、宗親組織蒐集旅臺陸籍人士資訊，本局已協同相關機關加強查處。
二、對我駐外人員及海外國人，將持續提供必要協助。
""", facts=[
    count("迄今至少涵蓋五十餘國、\n逾百處", "countries", 50, None, claimant="National Security Bureau", **O, note="'五十餘國'"),
    count("迄今至少涵蓋五十餘國、\n逾百處", "stations", 100, None, claimant="National Security Bureau", **O, note="'逾百處'"),
    count("其中東南亞地區至少十二處", "stations", 12, None, claimant="National Security Bureau", **O, note="regional count over several countries"),
    station("胡志明市據點由廣西東興市公安局主導", "VN", "Ho Chi Minh City", "Dongxing", claimant="National Security Bureau"),
    station("芭達雅據點則與雲南省\n昆明市公安局有關", "TH", "Pattaya", "Kunming", claimant="National Security Bureau"),
    station("檳城據點據悉由廣東省汕頭市公安局設立", "MY", "George Town", "Shantou", place_alt=["Penang"], claimant="National Security Bureau"),
    incident("一名旅居泰國的中國籍維權人士在芭達雅遭不明人士跟監", "surveillance", "TH", place="Pattaya", date="2023-05", claimant="National Security Bureau"),
    incident("其後被當地移民警察以簽證逾期為由拘留，於7日內遣送回中國", "forced_return", "TH", place="Pattaya", date="2023-05", claimant="National Security Bureau"),
    response("馬來西亞警方於本年初就檳城據點進行調查", "MY", "investigation", place="George Town", place_alt=["Penang"], date="2023"),
    response("嗣後表示未發現違法情事", "MY", "no_wrongdoing_found", place="George Town", place_alt=["Penang"], date="2023"),
    agreement("泰國與中共於本年8月簽署旅遊安全合作文件", "TH", "security_agreement", date="2023-08", claimant="National Security Bureau"),
    agreement("並在普吉島等地開展警務聯\n合巡邏", "TH", "joint_patrol", date="2023", claimant="National Security Bureau"),
    station("本局迄今未發現中共在臺設立類似實體據點", "TW", None, claimant="National Security Bureau", polarity="denied", **O),
]))
