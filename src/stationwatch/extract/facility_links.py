"""A centre, office or association tied to a named PRC bureau: a station by another name.

Prosecutors and reporters often never write "police station": "a service centre in
Verona linked to the Lishui public security bureau", "um centro ligado à polícia de
Wenzhou", "een vereniging die diensten verleende voor de politie van Fuzhou". A facility
noun, then a word that ties it (linked to, run by, working for, verbunden, rattaché), then
a bureau the lexicon knows (or the tie just after it: "der mit der Polizei von Wenzhou
verbunden ist") make the sentence one about a station. "The Polizia di Stato office" ties
nothing to China; a bureau named first and a facility after it ("the Fuzhou police arrested
a man who worked for an office") is no such tie.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stationwatch.extract.operators import OperatorLexicon, OperatorMatch

if TYPE_CHECKING:  # context asks whether a sentence ties a facility before it hands out places
    from stationwatch.extract.context import Sentence

#: A negation right before the tie (or the bureau a tie follows) unties the facility: "is not
#: linked to", "no pertenece a", "non fa capo", "n'appartient pas", "soll nicht zur … gehören",
#: "valt niet onder", "não pertence".
_NEGATED_TIE = re.compile(
    r"\b(?:not|never|no|non|nao|n'|nicht|nie|niet|nooit|nunca|jamais|mai|nem|ni|geen|kein\w*"
    r"|isn't|aren't|wasn't|weren't|doesn't|don't|didn't)\b[^.;:,]*$"
)
#: How far before the tie its negation may stand (characters).
NEGATION_REACH = 30
#: How far before a bureau its facility and tie may stand (characters).
FACILITY_REACH = 140
#: How far after a bureau a tie may follow ("der mit der Polizei von Wenzhou verbunden ist").
TIE_AFTER_REACH = 45  # German puts the verb last: "dem Kreispolizeiamt X in der Provinz Y zuordnen"

FACILITY = _FACILITY = re.compile(
    r"\b(?:cent(?:ro|re|er|rum)s?|centri|zentr\w*|uffic(?:io|i)|oficinas?|escritorios?|bureaux?|"
    r"buros?|kantoor|kantoren|locale|locali|locales|locais|local|lokal\w*|sedes?|sportell\w*|"
    r"punt[oi]|pontos?|postos?|recapit[oi]|espacos?|espacios?|lugar(?:es)?|sitios?|espaces?|spazi[oi]|ruimtes?|lojas?|tiendas?|negozi[oi]|shops?|winkels?|geschaft\w*|magasins?|boutiques?|antenn\w*|filial\w*|sucursal\w*|associazion\w*|asociacion\w*|"
    r"associac\w*|associations?|verein\w*|vereniging\w*|offices?|premises|pand|panden|stelle|"
    r"vzw|stichting(?:en)?|asbl|(?:tee|asia|handy|friseur|blumen)?laden|teehaus\w*|kapsalon\w*|"
    # a standing desk, a club, a trade front: "une permanence", "un circolo culturale", "une
    # amicale", "un guichet", "un'agenzia di viaggi"
    r"permanences?|officines?|guichets?|comptoirs?|amicales?|circol[oi]|agenzi[ae]|agences?|"
    # premises in the plural and the structure they house: "ces locaux abritaient une structure
    # informelle", "le strutture", "las instalaciones", "as instalações", "dependencias"
    r"locaux|structures?|struttur[ae]|estructuras?|estruturas?|installations|instalaciones|"
    r"instalacoes|dependencias|"
    # a site, point, location or address, in any of the languages: "un secondo sito a X,
    # collegato alla polizia di", "the second site ... tied to", "een vergelijkbaar punt ...
    # gelieerd aan", "une adresse rattachée au bureau de", "a location linked to"
    # (the plural "luoghi", "lieux" only: "in primo luogo", "au lieu de", "avoir lieu" place nothing)
    r"sit[oi]|sites?|punt(?:en)?|locations?|locaties?|localizacao|luoghi|lieux|"
    r"address(?:es)?|adress(?:e|en)|adres(?:sen)?|indirizz[oi]|enderecos?|"
    r"servicepunt\w*|servicecentr\w*|contactpunt\w*|steunpunt\w*|meldpunt\w*|"
    # German and Dutch compounds with the office noun last: "Servicestelle", "Anlaufstelle",
    # "Reisebüro", "Verbindungsbüro", "Stützpunkt", "reisbureau", "servicekantoor"
    r"(?:service|anlauf|kontakt|verbindungs|zweig|au(?:ss|ß)en|beratungs|hilfs|melde)stellen?|"
    r"\w+buros?|\w+bueros?|stu(?:e)?tzpunkt\w*|niederlassung\w*|standort\w*|raumlichkeit\w*|"
    r"servicestation\w*|\w+kantoor|\w+kantoren|\w+bureaus?|vestiging\w*|"
    # a bare "station" (a railway one, as often) tied to a PRC bureau: "la stazione di Roma è
    # gestita dalla polizia di Qingtian", "die Station in Wien wird von … betrieben"
    r"stazion[ei]|stations?|stationen|estacion(?:es)?|estac(?:ao|oes))\b"
)
TIE = _TIE = re.compile(
    r"\b(?:linked|tied|attached|affiliated|connected|run by|operated by|answer\w* to|"
    r"report\w* to|working for|works for|worked for|on behalf of|collegat\w*|legat\w*|"
    r"riconducibil\w*|dipendent\w*|gestit\w*|per conto d\w*|vinculad\w*|"
    # "fare capo a", in every tense: fa capo, farebbe capo, facevano capo, facente capo
    r"(?:fa|fanno|faceva|facevano|farebbe|farebbero|faccia|facciano|facesse|fatto|facente|"
    r"facenti) capo|"
    # acting on a bureau's instructions: "su indicazione dell'ufficio di", "sur ordre du
    # bureau de", "siguiendo instrucciones de", "on the orders of", "auf Anweisung der"
    r"su (?:indicazion[ei]|ordine|ordini|mandato|incarico|istruzion[ei]|direttiv[ae]) d\w*|"
    r"agli ordini d\w*|sotto la direzione d\w*|alle dipendenze d\w*|eterodirett\w*|"
    r"sur (?:instructions?|ordres?|consignes?) d\w*|aux ordres d\w*|sous (?:la direction|"
    r"l.autorite|les ordres) d\w*|"
    r"(?:por|bajo|siguiendo|a) (?:las )?(?:ordenes|orden|instrucciones|indicaciones) d\w*|"
    r"(?:sob|por|seguindo) (?:as )?(?:ordens|ordem|instrucoes|orientacoes) d\w*|a mando d\w*|"
    r"on (?:the )?(?:instructions|orders) (?:of|from)|at the behest of|taking orders from|"
    r"under the direction of|auf (?:anweisung|weisung|befehl) (?:der|des|von)|"
    r"op (?:instructie|bevel|last) van|"
    # acting in concert with a bureau: "em articulação com", "en coordinación con", "in
    # coordinamento con", "en coordination avec", "in coordination with", "in Abstimmung mit"
    r"(?:em|en|in) (?:estrecha |estreita |stretto |close |etroite )?(?:articulacao|articulacion"
    r"|coordenacao|coordinacion|coordinamento|raccordo|coordination|concert|connivencia|conluio)"
    r" (?:com|con|col|coi|with|avec|met|mit)\b|in (?:abstimmung|absprache) mit|"
    r"in (?:afstemming|overleg) met|"
    # in regular touch with a bureau: "une structure en relation régulière avec le bureau de",
    # "in contatto costante con", "en contacto directo con", "em contacto regular com", and
    # keeping up ties with it: "intratteneva rapporti con", "mantenía vínculos estrechos con"
    r"(?:en|in|em) (?:relations?|relazion[ei]|rapporti?|relacion|relacao|contacts?|contatt[oi]"
    r"|contacto|contato|communication|comunicazione|comunicacion|comunicacao|liens?)"
    r" (?:\w+ )?(?:avec|con|com)\b|"
    r"(?:mantenia|mantenian|mantiene|mantienen|intratteneva|intrattenevano|intrattiene|manteneva"
    r"|mantenevano|entretenait|entretenaient|entretient|entretiennent|mantinha|mantinham|mantem)"
    r" (?:\w+ ){0,2}?(?:vinculos|contactos|relaciones|lazos|nexos|rapporti|contatti|legami"
    r"|relazioni|liens|contacts|relations|ligacoes|contatos|relacoes|lacos|vinculos)"
    r" (?:\w+ )?(?:con|avec|com)\b|"
    # the source ties the site in the active: "il rapporto la collega all'ufficio di", "le
    # parquet le relie au bureau de", "el informe la vincula con", "o relatório liga-a ao"
    r"(?:collega|collegano|collegava|collegavano|collegherebbe|collegherebbero|ricollega|riconduce|riconducono"
    r"|relie|relient|reliait|relierait|rattache|rattachent|rattachait|vincula|vinculan|vinculaba|vincularon"
    r"|relaciona|relacionan|liga|ligam|ligava|ligou|ligaram|associa|associam|associano|associe|associent)"
    r"(?:-(?:a|o|as|os|na|no))? (?:directement |direttamente |directamente |diretamente )?"
    r"(?:a|al|all|alla|ai|agli|alle|au|aux|con|com|ao|aos|as)\b|"
    # and in Dutch: "koppelt het aan het bureau van"
    r"koppel\w* (?:het|hem|ze|haar) aan|"
    r"ligad\w*|asociad\w*|conectad\w*|adscrit\w*|dependiente\w*|gestionad\w*|por cuenta d\w*|"
    r"em nome d\w*|a[o]? servico d\w*|al servicio d\w*|rattache\w*|lie|liee|lies|liees|"
    r"affilie\w*|pour le compte d\w*|verbunden|verknupft|im auftrag|betrieben|gelieerd|"
    # belonging, credited or subordinate to a bureau, steered by it: "belongs to", "pertenece a",
    # "appartiene alla", "appartient au", "pertence à", "soll zum Polizeiamt X gehören",
    # "untersteht", "angegliedert", "den Recherchen dem Kreispolizeiamt X zuordnen", "behoort
    # tot", "door het politiebureau van X aangestuurd", "valt onder", "gelinkt aan"
    r"belong(?:s|ed|ing)? to|subordinated? to|under the (?:control|command|authority|supervision)"
    r" of|attributed to|directed by|overseen by|controlled by|steered by|supervised by|"
    r"pertenec\w* (?:a|al)|subordinad\w* (?:a|al|ao|aos)|pertenc\w* (?:a|ao|aos|as)|"
    r"appart(?:iene|engono|eneva|enevano|errebbe|errebbero|enente|enenti|enesse|enessero)"
    r" (?:a|al|alla|all|ai|agli|alle)|subordinat[oaie] (?:a|al|alla|all|ai|agli|alle)|"
    r"appart(?:ient|iennent|enait|enaient|iendrait|iendraient|enant) (?:a|au|aux)|"
    r"subordonne\w* (?:a|au|aux)|pilote\w* (?:par|depuis)|"
    r"zugeordnet|zuordn\w*|zugerechnet|zurechne\w*|unterstellt\w*|unterst(?:eht|ehen|and|anden)|"
    r"angegliedert|untergeordnet|geh(?:o|oe)r(?:t|en|te|ten|e)?|angehor\w*|gesteuert|gelenkt|"
    r"unter (?:der )?(?:kontrolle|leitung|aufsicht) (?:der|des|von)|"
    r"behoor\w* tot|behoren tot|(?:hoor|hoort|horen|hoorde|hoorden) bij|aangestuurd|gestuurd door|"
    r"toegeschreven aan|toegerekend aan|(?:valt|vallen|viel|vielen) onder|ressorte\w* onder|"
    r"gelinkt aan|gekoppeld aan|verbonden aan|onder (?:controle|leiding|toezicht|gezag) van|"
    # the report that ties it: "naming a tutoring centre there and linking it to the X bureau"
    r"(?:linking|links|linked|tying|ties|tied|connecting|connects|connected|attributing|attributes"
    r"|attributed) (?:it|them|(?:the|that|this|these|those|both) (?:sites?|offices?|centres?|centers?"
    r"|premises|addresse?s?|locations?|desks?|shops?|associations?)) (?:to|with)|"
    # a source bringing it into connection with a bureau: "brengt het in verband met", "bringt
    # sie mit der Polizei von X in Verbindung" (the verb last: ``SET_UP_LAST``)
    r"in verband met|in verbindung mit|"
    r"verbonden|diensten (?:\w+ )?voor|dienste (?:\w+ )?fur|in opdracht van|namens|"
    r"met steun van|opgezet door|opgericht door|in dienst van|ten dienste van|"
    r"ten behoeve van|ten bate van|voor rekening van|in naam van|uitgebaat door|geexploiteerd door|"
    # ties kept with the bureau: "een vereniging die banden zou hebben met het bureau van X",
    # "onderhield nauwe contacten met de politie van Y"
    r"banden (?:\w+ ){0,2}?met|onderh(?:oudt|ouden|ield|ielden) (?:\w+ ){0,2}?(?:banden|contacten) met|"
    r"con il sostegno d\w*|al servizio d\w*|su impulso d\w*|"
    # depending on, answering to, working or acting for a bureau, in every tense: "dependería
    # de", "respondía a", "dipendeva da", "rispondeva alla", "dépendait du", "répondrait au",
    # "dependia da", "respondia ao", "trabajaba para", "lavorava per", "travaillait pour"
    r"depend(?:e|en|ia|ian|eria|erian|io|ieron|iera|ieran|em|iam|eriam|eu|eram|ait|aient|rait"
    r"|raient|ent|ant)? (?:de|del|da|do|das|dos|du|des|on)|"
    r"dipend(?:e|ono|eva|evano|erebbe|erebbero|esse|essero) da\w*|"
    r"respond(?:e|en|ia|ian|eria|erian|io|ieron|iera|ieran|em|iam|eriam|eu|eram|ait|aient|rait"
    r"|raient|ent) (?:directamente |diretamente |directement )?(?:a|al|ante|ao|aos|perante|au|aux)|"
    # taking its orders, instructions or money, a second noun beside: "recibía instrucciones y
    # recursos de", "recebia ordens e verbas do", "riceveva istruzioni e fondi dalla", "recevait
    # des consignes et de l'argent du"; paid for by it: "financiada por", "finanziato dalla"
    r"(?:recib|receb|ricev|recev|recoi|recu)\w* (?:(?:sus|as|os|las|los|le|gli|i|les|ses|des|leurs|delle|dei|degli|de l.) ?)?"
    r"(?:ordenes|ordens|ordini|ordres|instrucciones|instrucoes|istruzion[ei]|instructions|"
    r"consignas|consignes|directrices|diretrizes|direttive|directives|orientacoes|fondos|fundos|"
    r"fondi|fonds|recursos|risorse|ressources|verbas|dinero|dinheiro|denaro|soldi|argent|"
    r"financiacion|financiamiento|financiamento|finanziament[oi]|financements?)"
    r"(?: (?:y|e|et|ed) (?:(?:sus|as|os|las|los|le|gli|i|les|ses|des|leurs|delle|dei|degli|de l.) ?)?[\w-]+)? "
    r"(?:de|del|desde|da|do|das|dos|dal|dalla|dall|dai|dalle|dagli|du|des|d)|"
    r"financiad[oa]s? (?:por|pel[oa]s?)|finanziat[oaie] da\w*|finance(?:e|s|es)? par|"
    r"(?:por encargo|por encomenda|a instancias|por mandato|a las ordenes) d\w*|"
    r"rispond(?:e|ono|eva|evano|erebbe|erebbero|esse|essero) (?:a|al|alla|all|ai|agli)|"
    r"repond(?:ait|aient|rait|raient|ent|ant)? (?:directement )?(?:a|au|aux)\b|"
    r"(?:trabaj|trabalh)\w* para|lavor\w* per|travaill\w* pour|"
    # accountable to a bureau: "rendía cuentas a", "prestava contas ao"
    r"rend\w* cuentas (?:a|al|ante)|prest\w* contas (?:a|ao|aos|perante)|"
    # in the bureau's name, as its liaison, relay or emanation: "en nombre de", "in nome del",
    # "au nom du", "actuado como enlace de", "ponto de ligação da", "relais du", "emanazione di"
    r"en nombre d\w*|in nome d\w*|au nom d\w*|por conta d\w*|enlaces? (?:de|del|con)|"
    r"(?:elo|ponto|canal) de ligacao (?:com|a|ao|d\w*)|"
    # associated with the bureau, by whoever says so: "associado pela imprensa à polícia de",
    # "associata dagli inquirenti alla polizia di", "associé par l'ONG au bureau de"
    r"(?:associad|associat|asociad|associe)(?:[oaie]|e|ee)?s?(?:,? (?:pel[oa]s?|por|dalla|dal|dai"
    r"|dagli|dalle|par|by)(?: [\w'-]+){1,3}?)?,? (?:a|ao|aos|as|al|alla|alle|ai|agli|all|au|aux"
    r"|con|com|with|to)|"
    # its contact point: "ponto de contacto da", "punto de contacto de", "point de contact du",
    # "punto di contatto della", "contact point for"
    r"(?:ponto de conta(?:c)?to|punto de contacto|point de contact|punto di contatto|contact point)"
    r" (?:de|del|da|do|das|dos|du|des|di|della|dello|dell|dei|delle|degli|for|of)|relais (?:d\w*|au|aux|pour)|referent[ei] d\w*|"
    r"emanazione d\w*|emanation d\w*|emanacion d\w*|liaison (?:office )?(?:for|of)|"
    # under its control or direction: "bajo el control de", "sotto il controllo della", "sous
    # le contrôle du", "sob o controlo da"
    r"(?:bajo|sotto|sous|sob) (?:el |la |il |le |o |a )?(?:control|controllo|controle|controlo"
    r"|direccion|direzione|direcao|tutela|tutelle|mando|supervision|supervisione|supervisao)"
    r" d\w*"
    # an extension or arm of the bureau: "como extensión, de hecho, de los servicios de …",
    # "uma extensão da polícia de …", "an extension of", "il braccio della polizia di …"
    r"|extension(?:, [\w ]{1,20},)? (?:de|del|of)|extensao(?:, [\w ]{1,20},)? d\w*|estension\w* d\w*|prolongement d\w*|"
    r"verlangerte\w* arm|verlengstuk van|verlengde arm van|brazo de|brazo del|braco d\w*|"
    r"braccio d\w*|arm of|outpost of|antenne d\w*|avanzadilla de|posto avancado d\w*|"
    # the bureau's outpost by a figure of speech, an adjective between: "il terminale viareggino
    # dell'Ufficio di …", "un avamposto della polizia di …", "l'avant-poste lyonnais du bureau"
    r"(?:terminal[ei]|avampost[oi]|propaggin[ei]|diramazion[ei]|teste? di ponte|longa manus|"
    r"antenn[ae]|succursal[ei]|filial[ei]|avant-postes?|bras (?:arme|droit)|tetes? de pont|"
    r"annexes?|ramifications?|tentacules?)(?: [\w-]+)?,? (?:d\w*|du|della|dello|del)|"
    r"(?:servir|sert|servent|servait|servaient|servirait|servant|servi) de (?:facade|couverture"
    r"|paravent|vitrine) (?:a|au|aux|pour)|"
    # credited to the bureau: "un local attribué au bureau de …", "qu'elles attribuent au",
    # "una sede attribuita all'ufficio di …", "riconducibile" above
    r"attribu(?:e|ee|es|ees|ent|ait|aient|erait|eraient|able|ables) (?:a|au|aux)|"
    r"imput(?:e|ee|es|ees|able|ables) (?:a|au|aux)|"
    r"attribui(?:t[oaie]|bil[ei]|sce|scono|va|vano|rebbe|rebbero|scono) (?:a|al|alla|all|ai|agli"
    r"|alle)|(?:ascrivibil|riferibil)[ei] (?:a|al|alla|all|ai|agli|alle))\b"
    # a quoted facility name owned by the bureau: '"punto di contatto" della polizia di …',
    # "'servicecentrum' van de politie van …"
    r"|(?<=[\"'\u2019\u201d\u00bb] )(?:della|dell'|del|van de|van het|de la|du|des|of the|der|do|da)\b"
)

#: Set up by the bureau just named, the participle last (German and Dutch put it there): "von der
#: Polizei der Stadt X eingerichtet", "mit dem Polizeiamt X in Verbindung gebracht", "door de
#: politie van X opgezet", "met de politie van X in verband gebracht". Searched only after a bureau.
SET_UP_LAST = re.compile(
    r"\b(?:eingerichtet|gegrundet|aufgebaut|errichtet|eroffnet|ins leben gerufen|in verbindung|"
    r"in zusammenhang|opgezet|opgericht|ingericht|in verband|"
    # Dutch runs or ranks under the bureau with the verb last: "dat onder het bureau van X
    # zou vallen", "door de politie van X wordt gerund", "dat door het bureau van X werd beheerd"
    r"vallen|valt|viel|vielen|ressorteert|ressorteerde|ressorteren|gerund|beheerd|uitgebaat"
    r"|bestuurd|geleid)\b"
)


#: Opened, set up or run by the bureau, a date or place between: "una oficina abierta en 2020
#: por la policía de X", "um escritório aberto pelo gabinete de ...", "un bureau ouvert par",
#: "un ufficio aperto dalla polizia di", "an office opened last year by". The agent must be the
#: bureau itself (an article at most between), not a party named before it ("abierta por una
#: asociación, y la policía de X calla").
_BY_AGENT = (
    r"\b(?:(?:abiert|montad|instalad|cread|establecid|inaugurad|dirigid|operad|controlad|"
    r"regentad|administrad|abert|criad|instituid|gerid|mantid)[oa]s? (?:\w+ ){0,3}?"
    r"(?:por|pel[oa]s?)"
    r"|(?:ouvert|installe|cree|dirige|gere|tenu|anime)e?s? (?:\w+ ){0,3}?par"
    # a date and a place may both stand between: "aperto nel 2019 a Vicenza dalla polizia di"
    r"|(?:apert|creat|istituit|allestit|avviat|diretto|controllat)[oaie] (?:\w+ ){0,5}?"
    r"(?:da|dal|dalla|dall|dai|dagli|dalle)"
    r"|(?:opened|established|founded|created|managed|controlled|staffed) (?:\w+ ){0,3}?by)\b"
)
_BY_TIE = re.compile(_BY_AGENT)
#: ... ending right before the bureau's noun, an article at most between.
_BY_TIE_BEFORE = re.compile(_BY_AGENT + r"(?: (?:la|el|los|las|a|o|as|os|the|le|les|l|lo|il|i))?\s*$")
#: How far before a bureau's noun its agent phrase may start (characters).
BY_TIE_REACH = 80


#: An office the bureau owns, named by the genitive right before the bureau ("una oficina de
#: la policía de Fuzhou", "un ufficio della questura di", "um escritório da polícia de", "a
#: liaison office of the Wenzhou police") or had by it ("la policía de Wenzhou mantiene una
#: oficina en", "ha anche un ufficio a", "dispose d'un bureau à", "has an office in"). Only
#: office nouns: a centre or seat "of the Fuzhou police" is as often the bureau's own at home.
_OFFICE = (
    r"(?:oficinas?|uffic(?:io|i)|escritorios?|bureaux?|buros?|kantoor|kantoren|offices?|"
    r"sucursal(?:es)?|succursal[ei]|filial(?:e|en|es|is)?|antenn(?:a|e|es)|sportell[oi]|"
    r"delegac(?:ion|iones|ao|oes)|delegazion[ei]|"
    # an extension of the bureau is its office abroad: "funcionou ali uma extensão do
    # Departamento de Segurança Pública de X", "une extension du bureau de", "una extensión de"
    r"extens(?:ao|oes|ion|iones|ions)|estension[ei]|"
    # German and Dutch contact points and branches, never a bureau's own seat at home: "als
    # Kontaktstelle des Polizeiamts X", "eine Außenstelle des Kreispolizeiamts X", "een
    # steunpunt van de politie van X"
    r"(?:kontakt|anlauf|verbindungs|au(?:ss|ß)en|zweig)stellen?|au(?:ss|ß)enposten|"
    r"(?:contact|steun|service)punt(?:en)?)"
)
_GENITIVE_BEFORE = re.compile(
    r"\b" + _OFFICE + r"(?: [\w-]+){0,2}? (?:de la|de l'|del|de|della|dell'|dello|dei|di|da|do|"
    r"dos|das|du|des|of the|of|der|van de|van het)\s*$"
)
_HAD_AFTER = re.compile(
    r"\s+(?:[\w-]+ ){0,2}?(?:tiene|tenia|mantiene|mantenia|posee|poseia|cuenta|contaba|ha|aveva|"
    r"possiede|possedeva|dispone|disponeva|tem|tinha|mantem|mantinha|possui|possuia|dispoe|"
    r"dispunha|dispose|disposait|possede|possedait|a|avait|has|had|keeps|kept|runs|ran|maintains|"
    r"maintained|hat|hatte|unterhalt|unterhielt|heeft|houdt|hield)\b(?:[\s'][\w-]+){0,3}?[\s']"
    r"(?:[\w-]+ )?" + _OFFICE + r"\b"
)
_OWNED_OFFICE = re.compile(r"\b" + _OFFICE + r"\b")
#: The bureau as the subject of running or opening the facility, in the Romance languages'
#: tenses (folded view): "la oficina de seguridad pública del condado de X, en la provincia de
#: Y, gestiona dos centros", "la polizia di X gestirebbe un centro", "le bureau de X a ouvert
#: deux antennes", "a polícia de X mantém um posto". An apposition may stand between the bureau
#: and its verb; at most three words between the verb and the facility ("dos «centros").
_RUNS = (
    r"\b(?:"
    r"gestion(?:a|an|aba|aban|aria|arian|o|aron)|administr(?:a|an|aba|aban|aria|arian|o|aron)"
    r"|regent(?:a|an|aba|aban|aria|arian|o|aron)|dirig(?:e|en|ia|ian|iria|irian|io|ieron)"
    r"|(?:ha|han|habia|habian|habria|habrian) (?:gestionado|abierto|instalado|montado|creado"
    r"|establecido|puesto en marcha)|abri(?:o|eron|ria|rian)|instal(?:o|aron)|mont(?:o|aron)"
    r"|gestisc(?:e|ono)|gestiv(?:a|ano)|gestir(?:ebbe|ebbero)|dirig(?:e|ono|eva|evano|erebbe"
    r"|erebbero)|(?:ha|hanno|aveva|avevano|avrebbe|avrebbero) (?:gestito|aperto|istituito|creato"
    r"|allestito|avviato|attivato)|apr(?:i|irono)"
    r"|ger(?:e|ent|ait|aient|erait|eraient)|exploit(?:e|ent|ait|aient|erait|eraient)"
    r"|(?:a|ont|avait|avaient|aurait|auraient) (?:ouvert|installe|implante|cree|mis en place)"
    r"|ouvrit|ouvrirent"
    r"|ger(?:e|em|ia|iam|iria|iriam)|mant(?:em|eem|inha|inham|eria|eriam)"
    r"|(?:tem|teria|tinha|tinham|teriam) (?:gerido|aberto|instalado|montado|criado)"
    r"|abri(?:u|ram)|instal(?:ou|aram)|mont(?:ou|aram)|cri(?:ou|aram)"
    r")\b(?:[\s'\"«»“”]+[\w-]+){0,3}?[\s'\"«»“”]+(?=" + _FACILITY.pattern[2:] + r")"
)
_RUNS_FACILITY = re.compile(_RUNS)
_RUNS_AFTER = re.compile(r"[^.;:?!]{0,60}?" + _RUNS)
#: How far before a bureau's noun its office and genitive may start (characters).
GENITIVE_REACH = 60


#: A Chinese facility, or a site pointed back to, before the bureau that set it up (folded
#: view): "“华侨服务中心”，称其由…公安局设立", "该处所…", "对外挂名的是一个同乡联谊会".
_FACILITY_ZH = re.compile(
    r"中心|办事处|联络处|事务所|办公室|协会|同乡会|联谊会|商会|侨团|处所|场所|站点|据点|服务点"
    r"|[那该此一]处"
)
#: Set up or run by the bureau just named, its clause ending there: "…公安局设立。", "…分局所
#: 设立的", "…公安局在海外设立的「警务服务站」", "由…公安局负责。" (not "负责人", "成立专案组").
_SET_UP_AFTER_ZH = re.compile(
    r"[^。，,；;]{0,8}?(?:所|在[^。，,；;]{1,8}?)?(?:设立|设置|开设|建立|成立|运营|经营|负责|主导"
    r"|操控|控制|派驻)(?=的|[。，,；;」』\"”]|$)"
)
#: How far before the bureau a Chinese facility may stand (characters).
FACILITY_REACH_ZH = 60


def _set_up_by_bureau_zh(view: str, bureau: OperatorMatch) -> bool:
    """A Chinese facility before the bureau, and the bureau's act of setting it up after it."""
    return bool(_SET_UP_AFTER_ZH.match(view, bureau.end)) and bool(
        _FACILITY_ZH.search(view, max(0, bureau.start - FACILITY_REACH_ZH), bureau.start))


def may_tie_a_facility(view: str) -> bool:
    """A cheap test before any bureau is looked for: a facility noun and a tie word, or an
    office noun (owned by the bureau's genitive or had by it)."""
    if _OWNED_OFFICE.search(view) is not None:
        return True
    if _FACILITY_ZH.search(view) is not None and "公安" in view:
        return True
    if _FACILITY.search(view) is None:
        return False
    return _TIE.search(view) is not None or _BY_TIE.search(view) is not None \
        or _RUNS_FACILITY.search(view) is not None


def sentence_may_tie_a_facility(sentence: Sentence) -> bool:
    """``may_tie_a_facility`` of the sentence's view, a noun's search skipped where the
    document's one pass for the literals it needs (``may_match``) found none in the sentence:
    every sentence is asked, and most hold no facility or office noun."""
    from stationwatch.extract.context import may_match  # context imports this module

    view = sentence.view
    if may_match(sentence, _OWNED_OFFICE) and _OWNED_OFFICE.search(view) is not None:
        return True
    if "公安" in view and may_match(sentence, _FACILITY_ZH) \
            and _FACILITY_ZH.search(view) is not None:
        return True
    if not may_match(sentence, _FACILITY) or _FACILITY.search(view) is None:
        return False
    return _TIE.search(view) is not None or _BY_TIE.search(view) is not None \
        or _RUNS_FACILITY.search(view) is not None


def _owns_an_office(view: str, bureau: OperatorMatch) -> bool:
    """The bureau's own office: its genitive right before the bureau, or the bureau having it."""
    before = view[max(0, bureau.start - GENITIVE_REACH) : bureau.start]
    return bool(_GENITIVE_BEFORE.search(before)) or bool(_HAD_AFTER.match(view, bureau.end)) \
        or bool(_RUNS_AFTER.match(view, bureau.end))


#: A tie whose verb takes the facility as its object, between the verb and the bureau: "linked
#: that office to", "tying the premises in X to" (the facility need not stand before the tie).
_LINKS_OBJECT = re.compile(
    r"(?:linking|links|linked|tying|ties|tied|connecting|connects|connected|attributing"
    r"|attributes|attributed) (?:the|that|this|these|those|both) ")


def facility_tied_to_bureau(sentence: Sentence, bureaus: list[OperatorMatch] | None = None) -> bool:
    """Whether the sentence ties a facility to a PRC bureau it names (see the module doc)."""
    view = sentence.view
    if not sentence_may_tie_a_facility(sentence):
        return False
    if bureaus is None:
        bureaus = sentence.operators
    for bureau in bureaus:
        if bureau.operator.level == "national" or not bureau.operator.name or bureau.self_reference:
            continue
        low = max(0, bureau.start - FACILITY_REACH)
        ties = list(_TIE.finditer(view, low, bureau.start))
        reach = min(len(view), bureau.end + TIE_AFTER_REACH)
        after = _TIE.search(view, bureau.end, reach) or SET_UP_LAST.search(view, bureau.end, reach)
        if ties and _LINKS_OBJECT.match(view, ties[-1].start()) \
                and _FACILITY.search(view, ties[-1].start(), bureau.start):
            return True  # "named Bundaberg as well and linked that office to Ludian county"
        before_tie = ties[-1].start() if ties else (bureau.start if after else None)
        if before_tie is not None and _FACILITY.search(view, low, before_tie) \
                and not _NEGATED_TIE.search(view, max(low, before_tie - NEGATION_REACH),
                                            before_tie):
            return True
        by_low = max(0, bureau.start - BY_TIE_REACH)
        by = _BY_TIE_BEFORE.search(view[by_low:bureau.start])
        if by is not None and _FACILITY.search(view, low, by_low + by.start()):
            return True
        if _TIE_IN_BUREAU_NAME.match(view, bureau.start) and _FACILITY.search(view, low, bureau.start):
            return True  # "la sede di Prato è gestita dalla questura di Fuzhou"
        if _owns_an_office(view, bureau) or _set_up_by_bureau_zh(view, bureau):
            return True
    return False


#: The tie an Italian bureau's name opens with: "questura" is an Italian police office, so the
#: operator lexicon names a PRC bureau by it only with its tie ("gestita dalla questura di
#: Fuzhou", "fa capo alla questura di Wenzhou"), and the tie is then inside the bureau's match.
_TIE_IN_BUREAU_NAME = re.compile(
    r"(?:(?:gestit|guidat|dipendent|controllat|collegat|riconducibil|apert)[oaie]*"
    r"|(?:fa|fanno|farebbe|farebbero|facente|facenti|faceva|facevano)\s+capo)\s+"
    r"(?:dalla|alla|dalle|alle)\s+questur"
)


def sentence_ties_a_facility(sentence: Sentence) -> bool:
    """``facility_tied_to_bureau`` before bureaus are attached (the relevance gate)."""
    if not sentence_may_tie_a_facility(sentence):
        return False
    return facility_tied_to_bureau(
        sentence, OperatorLexicon.load().find(sentence.text, sentence.view))
