"""Words that put a site under a bureau without a verb of running: it reports or answers to
the bureau, works under its authority, is its liaison, or bears its letterhead.

Real reports seldom say "run by": the office "reported to the public security department",
"operaría bajo la oficina de", "farebbe capo all'ufficio", "relevait du bureau", "stand unter
der Aufsicht des", "rapporteerde aan het bureau", "向…公安局汇报", and the documents seized
carry "the letterhead of" a bureau. A sentence that says so ties its bureau to the site it
speaks of, like one that says "run by". One fragment for every language, in the folded view
(lower case, no accents, simplified Chinese), so each new inflection is added once.
"""

from __future__ import annotations

#: Prepositions after a verb of reporting or answering, in the Romance languages.
_TO = r"(?:a|al|alla|allo|ai|alle|all|ao|aos|as|au|aux|ante|perante|aan|an)"

#: The nouns of authority after "under the": authority, control, command, orders, direction,
#: supervision, tutelage, umbrella (folded view, each language).
_AUTHORITY = (
    r"(?:authority|control|command|direction|supervision|orders|oversight|aegis|auspices"
    r"|autoridad|mando|ordenes|direccion|supervision|tutela|dependencia|egida"
    r"|autoridade|controle|controlo|comando|ordens|direcao|supervisao|alcada"
    r"|autorita|controllo|ordini|direzione|supervisione"
    r"|autorite|commandement|ordres|tutelle|egide|houlette|coupe"
    r"|aufsicht|kontrolle|leitung|befehl|fuhrung|regie|weisung|obhut"
    r"|gezag|toezicht|controle|leiding|bevel|bevelen)"
)

#: Up to two words a verb of reporting may put before its preposition: an object pronoun or
#: an adverb of manner or frequency ("reported directly to", "rapporteerde het rechtstreeks
#: aan", "riferiva direttamente alla", "berichtete regelmäßig an").
_BETWEEN = (
    r"(?: (?:it|them|het|ze|er|es|sie|directly|direct|directement|directamente|diretamente"
    r"|direttamente|direkt|unmittelbar|rechtstreeks|regularly|regelmatig|regelmassig"
    r"|regulierement|regularmente|regolarmente|also|ook|auch|aussi|tambien|tambem|anche"
    r"|only|alleen|nur|seulement|solo|apenas|soltanto|solamente|immediately|onmiddellijk"
    r"|sofort|immediatamente|immediatement)){0,2}"
)

#: A regular-expression alternative ending in "|", to be joined into a verb-of-running pattern
#: that wraps it in word boundaries (Latin) and ends with the Chinese alternatives.
REPORTING_TO = (
    # reports or answers to: "reported to", "reportaba a", "reportava ao", "riferiva alla",
    # "rapportait au", "berichtete an", "rapporteerde aan"
    # with an aside between verb and preposition: "it reported, they said, to the bureau"
    r"(?:report(?:s|ed|ing)?|answer(?:s|ed|ing)?|answerable|subordinated?|beholden)"
    r"(?:, [^,.;]{1,40},)?" + _BETWEEN + r" to|"
    r"report(?:a|an|aba|aban|aria|arian|o|aron|am|ava|avam|ariam|ou|aram)" + _BETWEEN + " " + _TO + r"|"
    r"rifer(?:isce|iscono|iva|ivano|irebbe|irebbero)" + _BETWEEN + " " + _TO + r"|"
    r"rapport(?:e|ent|ait|aient|erait|eraient)" + _BETWEEN + " " + _TO + r"|"
    r"bericht(?:et|ete|eten|en)" + _BETWEEN + " " + _TO + r"|weisungsgebunden|untergeordnet|"
    r"rapporte(?:ert|erde|erden|ren)" + _BETWEEN + " " + _TO + r"|ressorte(?:ert|erde|erden|ren) onder|"
    # works for a bureau: "worked for", "arbeitete für", "werkte voor", "lavorava per",
    # "trabajaba para", "trabalhava para", "travaillait pour"
    r"work(?:s|ed|ing)? for|arbeit(?:et|ete|eten|en)" + _BETWEEN + r" fur|"
    r"werk(?:t|te|ten|en)" + _BETWEEN + r" voor|"
    r"lavor(?:a|ano|ava|avano|erebbe|erebbero)" + _BETWEEN + r" per|"
    r"trabaj(?:a|an|aba|aban|aria|arian)" + _BETWEEN + r" para|"
    r"trabalh(?:a|am|ava|avam|aria|ariam)" + _BETWEEN + r" para|"
    r"travaill(?:e|ent|ait|aient|erait|eraient)" + _BETWEEN + r" pour|"
    # works under a bureau: "operaría bajo la oficina", "funcionava sob", "opererebbe sotto",
    # "under the authority of", "sous l'autorité du", "unter der Aufsicht des", "onder gezag van"
    r"(?:opera|operaba|operaria|operan|operaban|operarian|funciona|funcionaba|funcionaria"
    r"|funcionan|funcionaban|actua|actuaba|actuaria|operava|operavam|operaria|funcionavam"
    r"|atua|atuava|atuaria|opererebbe|operano|operavano|opererebbero|agisce|agiva|agirebbe"
    r"|operait|fonctionnait|fonctionnerait|opererait|agissait|agirait) (?:bajo|sob|sotto|sous)|"
    r"(?:under|bajo|sob|sotto|sous|unter|onder) (?:\w+ ){0,2}" + _AUTHORITY + r"\b|"
    # a liaison of the bureau: "liaison officer of", "officier de liaison du", "Verbindungsbeamter"
    r"liaison\w*|verbindungs\w*|verbindings\w*|"
    # at a bureau's request or on its orders: "at the request of", "por encargo de", "a pedido
    # da", "su richiesta della", "à la demande du", "auf Anweisung der", "op verzoek van"
    r"at the (?:request|behest|bidding) of|on (?:the )?(?:request|orders?) of|"
    r"por (?:encargo|orden|mandato|pedido) d\w*|a (?:pedido|peticion|instancias|mando) d\w*|"
    r"(?:su|per|dietro) (?:richiesta|ordine|commissione) d\w*|"
    r"(?:a|sur) (?:la )?(?:demande|commande) d\w*|pour le compte d\w*|"
    r"auf (?:anweisung|wunsch|verlangen|befehl|geheiss|betreiben) d\w*|"
    r"op (?:verzoek|bevel|last) van|"
    # a report or a text that links a site to a bureau: "links it to", "koppelt het aan",
    # "lo collega alla", "lo vincula con", "le relie au", "relacionou ao", "verknüpft es mit"
    r"link(?:s|ed|ing)? (?:it|them|the \w+) (?:to|with)|connect(?:s|ed|ing)? (?:it|them) (?:to|with)|"
    r"koppel(?:t|de|den|en)|(?:lo|la|li|le) collega(?:no|va|vano|rebbe)?|ricondu\w*|"
    r"vincula(?:n|ba|ban|ria|rian)?|relaciona(?:n|ba|ban|ria|rian|do|da|dos|das|ou|ram)?|"
    r"relacionad\w*|reli(?:e|ent|ait|aient)|verknupf\w*|"
    # ties held with a bureau, as a noun: "had ties with", "legami con", "vínculos con", "liens
    # avec", "Verbindungen zu", "banden met"
    r"(?:ties|links|connections)(?: \w+){0,2} (?:to|with)"
    r"|(?:vinculos|lazos|nexos|conexiones)(?: \w+){0,2} con"
    r"|(?:legami|rapporti|collegamenti)(?: \w+){0,2} con"
    r"|(?:liens|attaches|connexions)(?: \w+){0,2} avec"
    r"|(?:verbindungen|beziehungen|kontakte)(?: \w+){0,2} (?:zu|mit)"
    r"|(?:banden|connecties|contacten)(?: \w+){0,2} met"
    r"|(?:vinculos|ligacoes|lacos|conexoes)(?: \w+){0,2} com"
    # in regular communication with a bureau: "mantinha comunicação regular com o escritório"
    r"|(?:communication|comunicacao|comunicacion|comunicazione|kommunikation|communicatie)"
    r"(?: \w+){0,2} (?:with|com|con|avec|mit|met)|"
    # the bureau's letterhead on the papers found: "carta intestata", "papel timbrado",
    # "papier à en-tête", "Briefkopf", "briefhoofd"
    r"letterheads?|headed (?:paper|notepaper)|membrete|papel timbrado|carta intestata"
    r"|intestazione|en-tete|briefkopf\w*|briefhoofd\w*|briefpapier|"
)

#: The Chinese alternatives: "向…汇报", "受…领导", "归…管辖", "对…负责", "直属", "与…有关",
#: "联络", a document's "抬头" (folded to simplified).
REPORTING_TO_CJK = (
    r"向[^，。；]{0,20}(?:汇报|报告|负责)|受[^，。；]{0,20}(?:领导|指挥|管辖|控制|指使|节制)"
    r"|归[^，。；]{0,15}(?:管辖|管理|领导|指挥)|对[^，。；]{0,15}负责|直属|下属|附属"
    r"|(?:与|和|跟|同)[^，。；]{0,25}(?:有关|相关)|联络|抬头|信头|信笺|公函"
    # works for a bureau: "替…公安局做事", "为…警方办事", "给…公安效力" (folded to simplified);
    # the police word keeps out "为侨胞服务", a service to the community
    r"|(?:替|为|给)[^，。；]{0,15}(?:公安|警方|警察|警务)[^，。；]{0,8}"
    r"(?:做事|办事|干活|工作|服务|效力|效劳|卖命)"
    # a sign hung or unveiled by the bureau: "由容县公安局挂牌", "揭牌"
    r"|挂牌|揭牌|授牌"
)
