"""Surveillance told by the record it yields: people's identities gathered, listed or passed on.

A journalist often reports watching people by what was collected rather than by a verb of
watching: "compiled the names, workplaces and licence plates of people who attended a vigil",
"planilhas com nomes, endereços e números de passaporte", "elaboró listas de los trabajadores
chinos", "aufgefordert, die Namen anderer Zuhörer zu nennen", "fournir les noms des autres
participants", 交出集会照片及其他参与者名单, "raccolto informazioni su cittadini cinesi",
"passed on information about Chinese nationals". Three shapes, all in the folded view:

- an enumeration of two or more personal identifiers (names, addresses, workplaces, passport
  or phone numbers, licence plates, photos) in a sentence that tells them compiled, listed,
  asked for or passed on;
- names, photos or a list of the people at a gathering or in a group (participants,
  attendees, members, workers) asked for, compiled or passed on;
- information about people (nationals, residents, students, members) gathered or passed on.

Besides, a person photographed at an event or "several times" without an agent named, and
people shown pictures of themselves taken at one. What stations are for and a host inquiry's
own records are left to the callers (purpose cues, investigators watching suspects).
"""

from __future__ import annotations

import itertools
import re

from stationwatch.extract.context import Sentence, holds_any, may_match

#: A personal identifier, nine languages (folded view; Chinese in simplified script).
_IDENT = (
    r"(?:(?:full |real |home )?names|(?:home |residential |private )?addresses|workplaces|employers"
    r"|(?:mobile |tele)?phone numbers|licen[cs]e plates?|number plates|plate numbers"
    r"|passport numbers|id numbers|identity numbers|dates? of birth|photos|photographs"
    r"|wechat (?:ids|accounts)|social media accounts"
    # personal data as one identifier: "listas con datos personales y fotografías"
    r"|personal (?:data|details)|datos personales|dados pessoais|donnees personnelles"
    r"|dati personali|personenbezogene\w* daten|persoonsgegevens"
    r"|nombres(?: completos)?|domicilios|direcciones|lugares de trabajo|telefonos"
    r"|numeros de (?:telefono|pasaporte|identidad|documento|celular|movil)|matriculas|placas"
    r"|fechas de nacimiento|fotos|fotografias"
    r"|nomes(?: completos)?|enderecos|moradas|locais de trabalho|numeros de (?:telefone|passaporte"
    r"|identidade|documento|celular)|datas de nascimento"
    r"|noms|adresses|lieux de travail|employeurs|numeros de (?:telephone|passeport|plaque)"
    r"|plaques d.immatriculation|immatriculations|dates de naissance|photographies"
    # how to reach each person: "coordonnées", "contact details", "Kontaktdaten"
    r"|coordonnees|contact details|contact information|contactgegevens|kontaktdaten"
    r"|datos de contacto|dados de contacto|dados de contato|contatti"
    r"|nomi|indirizzi|luoghi di lavoro|numeri di (?:telefono|cellulare|passaporto|targa)|targhe"
    r"|date di nascita|recapiti|fotografie"
    # Italian records name people "nominativi", their particulars "generalità", their employers
    # "datori di lavoro"; Portuguese "empregadores", "entidades patronais"
    r"|nominativi|generalita|datori di lavoro|empregadores|entidades patronais"
    # where each person comes from, a line of such a list: "hometowns", "cidades de origem"
    r"|hometowns|home towns|places of origin|lugares de origen|ciudades de origen|pueblos de origen"
    r"|cidades de origem|locais de origem|villes d.origine|lieux d.origine|luoghi di origine"
    r"|citta di origine|herkunftsorte|heimatorte|geboorteplaatsen|plaatsen van herkomst"
    r"|namen|adressen|anschriften|wohnadressen|wohnorte|arbeitsplatze|arbeitgeber"
    r"|telefonnummern|handynummern|passnummern|autokennzeichen|kennzeichen|geburtsdaten"
    r"|woonadressen|werkplekken|werkgevers|telefoonnummers|paspoortnummers|kentekens"
    r"|nummerplaten|geboortedata|foto.s)"
)
_IDENT_RE = re.compile(r"\b" + _IDENT + r"\b|姓名|名字|住址|家庭地址|地址|电话号码|手机号码?"
                       r"|工作单位|护照号码?|身份证号码?|车牌号?码?|照片")
#: A facility or body right after an enumeration: "the names and addresses of the stations"
#: are a list of sites, not of people.
_OF_A_FACILITY = re.compile(
    r"\s*(?:of|de|des|dei|delle|degli|der|van|von|di|dos|das|del)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:stat|post|office|centr|center|zentr|associ|verein|vereniging|bureau|ufficio|uffici"
    r"|oficina|escrit|sede|sedi|premises"
    # "del local" is premises; "of local Chinese students" are people, the English adjective
    r"|local(?! (?:[\w-]+ )?(?:chinese|people|residents|students|workers|families|members"
    r"|activists|dissidents|critics|nationals|citizens|compatriots|community|diaspora)\b)"
    r"|stelle|antenn|comisar|esquadr|polizei|politie"
    r"|servi|compan|societ|firm|shop|restaurant|negoz|tiend|loja|laden|winkel|organi|ngo|ong)"
)
#: A paperwork service the identifiers are given for ("photos and an address are needed to
#: renew a driving licence", 换领驾照时需要提供照片和地址): an application, not a watch.
_A_SERVICE = re.compile(
    r"\b(?:licen[cs]es?(?! plates?| numbers?)|renew\w*|renewal|applications?|apply\w*|visas?|permits?|certificates?"
    r"|licencias?|carnets?|renov\w*|solicitud\w*|tramit\w*|tramites?|certificados?"
    r"|carteira(?! de identidade)|habilitac\w*|requeriment\w*|permis|renouvel\w*|certificats?"
    r"|patente|rinnov\w*|domand[ae]|permess[oi]|certificat[oi]|pratiche|pratica"
    r"|fuhrerschein\w*|verlanger\w*|antrag\w*|beantrag\w*|bescheinigung\w*"
    r"|rijbewijs\w*|verlenging\w*|aanvra\w*|vergunning\w*)\b"
    r"|驾照|驾驶证|换领|换证|办理|申请|续签|证件|证明"
)
#: What may stand between two identifiers of one enumeration: commas, "and", a possessive.
_BETWEEN = re.compile(
    r"^[\s,、]*(?:(?:and|or|as well as|y|e|o|ou|et|und|oder|sowie|en|of|ed|和|及|以及|与)\s*)?"
    r"(?:(?:their|his|her|the|sus|su|los|las|seus|suas|os|as|leurs|leur|ses|les|ihre|ihren"
    r"|seine|seinen|die|hun|zijn|haar|de|het|loro|i|le|gli|dei|delle|degli)\s+)?$"
)
#: A verb or noun telling identifiers compiled, listed, asked for or passed on.
_RECORDED = re.compile(
    r"\b(?:compil\w*|collect\w*|gather\w*|record\w*|list\w*|spreadsheets?|files?|databases?"
    r"|passed|passing|handed|sent|sending|forward\w*|relay\w*|provid\w*|supplied|supply\w*|hand over"
    r"|asked|demand\w*|request\w*|told|pressed|urged|elabor\w*|recopil\w*|recab\w*|reun\w*"
    r"|recog\w*|entreg\w*|remit\w*|envi\w*|transmit\w*|pas[oa]ron|pidi\w*|exigi\w*|planilhas?"
    r"|tabelas?|encaminh\w*|repass\w*|colet\w*|recolh\w*|pedi\w*|fichas?|cadastr\w*"
    r"|listes?|fichiers?|fich\w*|transmi\w*|envoy\w*|fourni\w*|livr\w*|communiqu\w*|recens\w*"
    r"|demand\w*|exig\w*|elenc\w*|raccol\w*|schedat\w*|trasmess\w*|trasmett\w*|inviat\w*"
    r"|fornit\w*|forni\w*|consegn\w*|chies\w*|richies\w*|list(?:e|en)|tabellen?|datei\w*"
    r"|gesammelt|sammelt\w*|weitergegeben|weitergeleitet|ubermittelt|geliefert|liefern"
    r"|nennen|genannt|aufgefordert|verlangt\w*|gebeten|zusammengetragen|erfasst|notiert"
    r"|beschaff\w*|gefuhrt|fuhrte\w*"
    r"|lijsten|lijst|verzameld|verzamel\w*|doorgegeven|doorgespeeld|doorgestuurd|gevraagd"
    r"|geeist|bijgehouden|genoteerd"
    # noted down in Dutch ("annotati", "anotados", "annotés" are with the notebooks below)
    r"|opgetekend|aangetekend"
    # spread among others: "des photos des participants … circulaient dans un groupe WeChat",
    # "las fotos de los asistentes se compartieron", "foto dei partecipanti condivise"
    r"|circul\w*|circol\w*|partag\w*|compart\w*|condivis\w*|diffus\w*|difund\w*|shared|circulated|posted"
    # a folder or dossier the identifiers were kept in: "una carpeta con fotografías … nombres"
    r"|folders?|dossiers?|carpetas?|expedientes?|fascicol[oi]|cartell[ae]|dossies|akten?|mappen?"
    r"|ordners?|dossiers?"
    # a register or sheet the identifiers were kept in: "un registro con nomi e indirizzi",
    # "planillas con nombres", "a register of", "un registre", "Karteien", "kaartenbakken"
    r"|registr\w*|register\w*|planillas?|listados?|hojas? de calculo|tableurs?"
    r"|fogli? di calcolo|schedari?|karteien?|kartothek\w*|kaartenbak\w*"
    # a notebook the identifiers were written in, and the writing itself: "un cuaderno
    # manuscrito con los nombres", "nomes … anotados à mão", "sono annotati i nominativi"
    r"|notebooks?|ledgers?|logbooks?|cuadernos?|libretas?|quaderni|quaderno|taccuin\w*"
    r"|carnets?|cahiers?|calepins?|notizbuch\w*|notizbucher|kladde\w*|notitieboek\w*"
    r"|schriftjes?|cadernos?|caderneta\w*|annot\w*|anot(?:ad|ac|ou|ar|ab)\w*|jotted"
    r"|noted down|written down|handwritten|manuscrit\w*|aantekening\w*|vermerk\w*"
    r"|aufgeschrieben|aufgezeichnet|opgeschreven)\b"
    r"|名单|收集|搜集|整理|交出|提供|上交|交给|发给|发送|转交|要求|登记|名册|清单"
)
#: People at a gathering or of a group (folded view), after "of", "de", "von", "van"… or a
#: genitive ("die Namen anderer Zuhörer").
_GROUP = (
    r"(?:participants|attendees|those (?:present|attending|who attended)|people who (?:attended"
    r"|took part|joined)|protesters|demonstrators|audience|members|workers|employees|students"
    r"|participantes|asistentes|manifestantes|miembros|trabajadores|empleados|estudiantes"
    r"|presentes|membros|trabalhadores|operarios|funcionarios|alunos"
    r"|participants|manifestants|membres|travailleurs|ouvriers|employes|etudiants|presents"
    # compatriots listed as a group: "Listen von Landsleuten", "a list of compatriots"
    r"|compatriots|compatriotas|compatriotes|connazionali|landsleute\w*|landgenoten"
    r"|partecipanti|presenti|manifestanti|membri|lavoratori|operai|dipendenti|studenti"
    r"|teilnehmer\w*|teilnehmend\w*|zuhorer\w*|zuhoerer\w*|anwesenden|demonstranten|mitglieder\w*|arbeiter\w*"
    r"|beschaftigten|studierenden|studenten"
    r"|deelnemers|aanwezigen|betogers|leden|werknemers|arbeiders|studenten)"
)
_NAMES_OF_A_GROUP = re.compile(
    r"\b(?:names|list|lists|photos|photographs|pictures|nombres|listas?|fotos|fotografias"
    r"|nomes|planilhas?|noms|listes?|photos|nomi|elenchi|elenco|liste|foto|namen|listen|fotos"
    r"|bilder|lijsten|lijst|foto.s)[\s\"'«»“”„]*"
    r"(?:(?:of|de|del|dos|das|des|di|dei|degli|delle|von|der|van|mit|with|com|con|avec)\s+)?"
    r"(?:(?:the|all|los|las|todos|os|as|todos|les|tous|i|gli|le|tutti|den|die|allen|alle|de|het)\s+)?"
    r"(?:(?:other|fellow|otros|outros|otras|outras|autres|altri|anderer|anderen|andere)\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _GROUP + r"\b"
    r"|(?:参与者|参加者|与会者|示威者|集会者|成员|会员|学生|工人|员工)[^。；，]{0,4}(?:名单|照片|姓名|资料)"
    r"|(?:集会|活动|抗议|示威)(?:的)?照片"
)
#: A record kept of people, named by what it lists (folded view): "spreadsheets listing about
#: forty Chinese students", "a register of compatriots", "listados de trabajadores chinos",
#: "un elenco di connazionali", "Listen mit Landsleuten", 登记了数十名侨民的名册.
_RECORD_OF_PEOPLE_HEAD = (
    r"\b(?:spreadsheets?|lists?|registers?|rosters?|databases?|planillas?|listados?|listas?"
    r"|registros?|planilhas?|listes?|registres?|fichiers?|elenchi|elenco|registri|liste|listen"
    r"|tabellen|karteien?|lijsten|registers)\s+"
    # a word may qualify the record first: "des listes annotées de plusieurs dizaines de membres"
    r"(?:[\w-]+\s+)??(?:(?:that |which )?(?:list(?:ing|ed|s)?|nam(?:ing|ed|es))"
    r"|of|de|da|di|des|van|von|mit|met|with|con|com|avec|sobre|su|on)\s+(?:[\w-]+\s+){0,4}?"
)
#: People as the object of information gathered or passed on.
_PEOPLE = (
    r"(?:nationals|citizens|residents|compatriots|members|students|dissidents|activists|critics"
    r"|people|persons|individuals|uyghurs|uighurs|tibetans|workers|employees|protesters|families"
    r"|ciudadanos|connacionales|compatriotas|residentes|estudiantes|miembros|disidentes"
    r"|activistas|criticos|personas|trabajadores|empleados|familias"
    r"|cidadaos|moradores|estudantes|membros|dissidentes|ativistas|pessoas|trabalhadores"
    r"|operarios|funcionarios|familias"
    r"|ressortissants|citoyens|compatriotes|residents|etudiants|membres|dissidents|militants"
    r"|personnes|travailleurs|familles"
    r"|cittadini|connazionali|residenti|studenti|membri|dissidenti|attivisti|critici|persone"
    r"|lavoratori|dipendenti|famiglie"
    r"|staatsangehorige\w*|burger\w*|landsleute\w*|bewohner\w*|studierende\w*|studenten"
    r"|mitglieder\w*|angehorige\w*|dissidenten|aktivisten|kritiker\w*|personen|arbeiter\w*|familien"
    r"|burgers|landgenoten|ingezetenen|inwoners|leden|dissidenten|activisten|critici|personen"
    r"|onderdanen|staatsburgers"
    r"|werknemers|arbeiders|families)"
)
_INFO_ON_PEOPLE = re.compile(
    r"\b(?:information|details|data|personal data|intelligence|informacion|datos(?: personales)?"
    r"|informacoes|informacao|dados(?: pessoais)?|informations|renseignements|donnees"
    r"|informazioni|dati(?: personali)?|notizie|informationen|daten|angaben|personendaten"
    r"|informatie|gegevens|persoonsgegevens)\s+"
    r"(?:about|on|sobre|acerca de|de|sur|concernant|su|sui|sugli|sulle|riguardanti|uber|zu|over"
    r"|van)\s+(?:[\w-]+\s+){0,5}?" + _PEOPLE + r"\b"
    # personal data "of" people: "the personal data of at least forty citizens", "i dati
    # personali di decine di connazionali", "los datos personales de"
    r"|\b(?:personal (?:data|details|information)|dati personali|datos personales|dados pessoais"
    r"|donnees personnelles|personenbezogene\w* daten|persoonsgegevens)\s+(?:of|di|dei|de|dos|des"
    r"|der|von|van)\s+(?:[\w-]+\s+){0,5}?" + _PEOPLE + r"\b"
)
_RECORD_OF_PEOPLE = re.compile(
    _RECORD_OF_PEOPLE_HEAD + r"(?:" + _PEOPLE + r"|" + _GROUP + r")\b"
)
#: Such a record found, seized or drawn up: a case, where "stations keep lists of dissidents"
#: or "the embassy keeps a register of citizens" says what is done in general.
_RECORD_FOUND = re.compile(
    r"\b(?:found|seized|discovered|confiscated|recovered|compiled|drew up|drawn up|kept|obtained"
    r"|hall\w*|incaut\w*|asegur\w*|encontr\w*|decomis\w*|elabor\w*|confeccion\w*|intervenid\w*"
    r"|requisad\w*|recuperad\w*|retrieved|retrouv\w*|acquisit\w*|aufgefunden"
    r"|trouv\w*|saisi\w*|decouv\w*|etabli\w*|dresse\w*|tenait|tenu\w*"
    r"|trovat\w*|rinven\w*|sequestr\w*|scopert\w*|compilat\w*|redatt\w*|tenut\w*"
    r"|apreend\w*|descobert\w*|mantinha|mantid\w*|compilad\w*"
    r"|gefunden|entdeckt|beschlagnahmt|sichergestellt|gefuhrt|angelegt|erstellt"
    r"|gevonden|aangetroffen|inbeslaggenomen|bijgehouden|opgesteld)\b"
    r"|查获|发现|搜出|扣押|缴获|起获|找到|查扣|编制|整理了"
)
#: Identifiers "of" people, counted or described ("the names, addresses and photos of
#: thirty-eight Chinese nationals living in the province"): a record of people wherever it is
#: found or seized, though no verb of compiling it is told.
_IDENTS_OF_PEOPLE = re.compile(
    r"\b" + _IDENT + r"\s+(?:of|de|van|von|di|des|dos|das|del|dei|degli|delle|der|sur)\s+"
    r"(?:[\w'-]+\s+){0,5}?" + _PEOPLE + r"\b"
)
#: A person photographed or filmed at a place or time, or more than once, with no agent
#: named ("dit avoir été photographiée à plusieurs reprises à la sortie de son cours").
_PHOTOGRAPHED_THEN = re.compile(
    r"\b(?:avoir ete|a ete|ont ete|avait ete|aurait ete|etre|fue|fueron|habia sido|haber sido"
    r"|ser|foi|foram|tinha sido|ter sido)\s+(?:\w+\s+)?"
    r"(?:photographie|filme|fotografiad[oa]|filmad[oa]|fotografad[oa]|filmad[oa])e?s?[\s,]+"
    r"(?:a plusieurs reprises|a (?:son|leur) insu|en cachette|discretement|lors d|pendant|durant"
    r"|a la sortie|devant|a l.entree|au cours d|en varias ocasiones|varias veces|repetidamente"
    r"|sin (?:su|que)|durante|mientras|a la salida|en (?:la|una|el) (?:protesta|manifestacion"
    r"|concentracion|vigilia|marcha)|varias vezes|repetidas vezes|sem (?:o seu|que)|enquanto"
    r"|a saida|em (?:um|uma) (?:ato|protesto|manifestacao|vigilia))\b"
    # Italian, the participle alone too: "ritratto più volte all'uscita dal lavoro"
    r"|\b(?:fotografat|filmat|ritratt|ripres)[oaie]\s+(?:piu volte|ripetutamente|di nascosto"
    r"|a (?:sua|loro) insaputa|in piu occasioni)\b"
)
#: A building or a site as what was photographed: "le bâtiment a été photographié".
_A_BUILDING_BEFORE = re.compile(
    r"\b(?:batiment|immeuble|locaux|local|facade|siege|bureau|edificio|oficina|sede|predio"
    r"|escritorio|loja|tienda|magasin|vitrine|enseigne|entree|porta|portail|placa|plaque)\b"
)
#: How far before the verb a building may stand.
BUILDING_REACH = 40
#: People shown pictures of themselves taken at an event.
_SHOWN_OWN_PHOTOS = re.compile(
    r"\b(?:shown|show(?:ed|s|ing)?\s+(?:him|her|them))\s+(?:\w+\s+){0,3}?(?:photos|photographs"
    r"|pictures|images|footage) of (?:himself|herself|themselves)\b"
    r"|\bmostra\w*[\s,]+(?:\w+[\s,]+){0,4}?(?:le |delle )?(?:proprie|sue|loro) (?:foto|fotografie|immagini)\b"
    r"|\bmostra\w*[\s,]+(?:\w+[\s,]+){0,4}?(?:foto|fotografie|immagini) (?:sue|di lui|di lei)\b"
    # the pronoun joined to the verb: "mostraram-lhe fotos dele"
    r"|\bmostr\w*(?:-\w+)?\s+(?:\w+\s+){0,3}?(?:fotos|fotografias) (?:suyas|suas|dele|dela|deles"
    r"|delas|de (?:si|el|ella|ellos) mism[oa]s)\b"
    r"|\bmontr\w*\s+(?:\w+\s+){0,3}?(?:des |les )?(?:photos|clichés) d.(?:eux|elle|lui)(?:-memes?)?\b"
    r"|\b(?:fotos|bilder|aufnahmen) von sich(?: selbst)?\b"
    r"|\bfoto.s van (?:zichzelf|henzelf)\b"
)
#: Pictures of a person or of people taken at a gathering, whatever is then done with them
#: ("photographs of a man taken at a protest were shown to his family", "fotos de varios
#: estudiantes tomadas en una concentración", "des photos d'elle prises lors d'une veillée"):
#: the picture of a named gathering's people is itself the record of who attended.
_PHOTOS_TAKEN_AT = re.compile(
    r"\b(?:photos|photographs|pictures|images|footage|fotos|fotografias|foto|fotografie|immagini"
    r"|cliches|bilder|aufnahmen|foto.s|beelden)\s+(?:of|de|di|d.|von|van|do|da|dos|das|del|della"
    r"|dello|dei|delle|des|du)\s*(?:[\w'-]+\s+){0,5}?"
    r"(?:taken|made|shot|snapped|tomad[oa]s|sacad[oa]s|tirad[oa]s|feit[oa]s|scattat[ie]|fatt[ie]"
    r"|prises?|aufgenommen|gemacht|genomen|gemaakt)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:at|during|in|en|durante|em|num|numa|no|na|a|al|alla|allo|lors|pendant|bei|auf|wahrend"
    r"|tijdens|op|bij)\b[^.;]{0,30}?"
    r"\b(?:protests?|rall(?:y|ies)|vigils?|demonstrations?|marche?s?|meetings?|events?|gatherings?"
    r"|manifestacion\w*|manifestac\w*|concentracion\w*|vigilias?|marchas?|protestas?|protestos?"
    r"|atos?|actos?|eventos?|reunio\w*|reunion\w*|manifestazion\w*|presidi\w*|fiaccolat\w*"
    r"|manifestations?|rassemblements?|veillees?|kundgebung\w*|demonstration\w*|mahnwache\w*"
    r"|versammlung\w*|veranstaltung\w*|demonstratie\w*|betoging\w*|wake\w*|bijeenkomst\w*)\b"
)
#: A person's own face marked on pictures of a gathering: "le foto della serata, con il suo
#: volto cerchiato in rosso", "photos with his face circled", 照片上他的脸被圈了出来.
_FACE_MARKED = re.compile(
    r"\b(?:(?:his|her|their) faces? (?:was |were )?(?:circled|marked|highlighted|ringed)"
    r"|(?:il )?(?:suo|loro) (?:volto|viso|faccia|volti|visi) (?:\w+ )?(?:cerchiat|evidenziat|segnat)[oaie]"
    r"|(?:su|sus) (?:cara|rostro|caras|rostros) (?:\w+ )?(?:marcad|rodead|senalad|encerrad|resaltad)[oa]s?"
    r"|(?:o )?(?:seu|sua) (?:rosto|cara) (?:\w+ )?(?:circulad|marcad|destacad|assinalad)[oa]"
    r"|(?:son|leur) visage (?:\w+ )?(?:entoure|cercle|marque|surligne)"
    r"|(?:sein|ihr) gesicht (?:\w+ )?(?:eingekreist|markiert|umkreist|hervorgehoben)"
    r"|(?:zijn|haar) gezicht (?:\w+ )?(?:omcirkeld|gemarkeerd|aangestreept))\b"
    r"|(?:他|她)的(?:脸|面部|头像)[^。；]{0,6}(?:圈|标)"
    # shown pictures of oneself: "给他看了他在集会上的照片"
    r"|给(?:他|她|他们|她们)看[^。；]{0,4}(?:他|她|他们|她们)(?:自己)?[^。；]{0,12}照片"
)
#: Substrings one of which every pattern needs (folded view): most sentences have none.
_STEMS = ("name", "nom", "nam", "address", "adres", "indirizz", "direccion", "domicil", "ender",
          "phot", "foto", "film", "shown", "ritratt", "ripres", "plate", "passport", "passap", "pasap", "list", "planilh", "elenc",
          "inform", "data", "dati", "dado", "datos", "donnees", "gegevens", "angaben", "detail",
          "renseign", "notizie", "bild", "名", "face", "volt", "vis", "cara", "rost", "gesicht",
          "gezicht", "脸", "面部", "头像", "照片", "住址", "地址", "资料", "电话", "车牌", "护照",
          "regist", "spreadsheet", "roster", "kartei", "名册", "picture", "image", "footage",
          "cliche", "aufnahm", "beeld")


def personal_record_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of people's identities compiled, asked for or passed on, of information on people
    gathered or passed on, and of a person photographed at an event (surveillance)."""
    if not holds_any(sentence, _STEMS):
        return []
    view = sentence.view
    spans: list[tuple[int, int]] = []
    # each pattern is searched only where the document's literal gates let it match at all
    recorded = (may_match(sentence, _RECORDED) and _RECORDED.search(view) is not None) or (
        _RECORD_FOUND.search(view) is not None and _IDENTS_OF_PEOPLE.search(view) is not None)
    if recorded:
        idents = [] if _A_SERVICE.search(view) or _whose_untold_in_a_seizure(view) \
            else list(_IDENT_RE.finditer(view))
        for first, second in itertools.pairwise(idents):
            if first.group() != second.group() and _BETWEEN.match(
                    view[first.end():second.start()]) and not _OF_A_FACILITY.match(
                    view, second.end()):
                spans.append((first.start(), second.end()))
        spans.extend(m.span() for m in _NAMES_OF_A_GROUP.finditer(view))
        spans.extend(m.span() for m in _INFO_ON_PEOPLE.finditer(view))
        if _RECORD_FOUND.search(view):
            spans.extend(m.span() for m in _RECORD_OF_PEOPLE.finditer(view))
    if may_match(sentence, _PHOTOGRAPHED_THEN):
        spans.extend(m.span() for m in _PHOTOGRAPHED_THEN.finditer(view)
                     if not _A_BUILDING_BEFORE.search(view, max(0, m.start() - BUILDING_REACH), m.start()))
    if may_match(sentence, _SHOWN_OWN_PHOTOS):
        spans.extend(m.span() for m in _SHOWN_OWN_PHOTOS.finditer(view))
    if may_match(sentence, _PHOTOS_TAKEN_AT):
        spans.extend(m.span() for m in _PHOTOS_TAKEN_AT.finditer(view))
    if may_match(sentence, _FACE_MARKED):
        spans.extend(m.span() for m in _FACE_MARKED.finditer(view))
    return sorted(set(spans))


#: Things seized in a search (folded view): what a register of names is found among.
_SEIZED = re.compile(
    r"\b(?:seized|confiscated|sequestrat\w*|incautad\w*|decomisad\w*|intervenid\w*|saisi\w*"
    r"|apreendid\w*|beschlagnahmt|sichergestellt|inbeslaggenomen|in beslag genomen"
    r"|portato via|portati via|hanno portato)\b"
    r"|查获|扣押|缴获|起获|查扣"
)


#: People or a group named anywhere in the sentence: whose the identifiers are.
_PEOPLE_ANYWHERE = re.compile(r"\b(?:" + _PEOPLE + r"|" + _GROUP + r")\b")


def _whose_untold_in_a_seizure(view: str) -> bool:
    """ "Three registers with names and phone numbers were seized": identifiers among seized
    things, with no people named whose they are (clients, suppliers, anyone), tell no watch on
    people; "the names and addresses of thirty Chinese workers" do."""
    return _SEIZED.search(view) is not None and not _PEOPLE_ANYWHERE.search(view)


def record_seized(sentence: Sentence) -> bool:
    """A record of people found, seized or drawn up in the sentence ("among the items seized is a
    notebook with the names and workplaces of thirty people"): a case of watching people where
    it was found, though no person or year is told beside it."""
    return _RECORD_FOUND.search(sentence.view) is not None and bool(personal_record_spans(sentence))
