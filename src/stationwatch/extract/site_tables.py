"""Sites listed in plain-text tables: each row a station with its own place, bureau and year.

NGO and parliamentary reports list the sites they found in tables whose columns are
aligned by spaces, pipes or tabs, under a header in the report's language ("Country |
City | Operating bureau | Year", "Città  Ente di riferimento  Apertura", "País  Ciudad
Entidad vinculada"). A row names no station noun and no bureau word, so the sentence
rules cannot read it; its header says what each cell is. A table is about stations when
its bureau column names PRC divisions, or when the sentences that introduce it speak of
stations and its rows hold no quantities (a table of trade figures is not a site list).
Only sentences that look like rows (pipes, tabs, wide gaps) are looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stationwatch.extract.context import DocContext, Sentence, best_place
from stationwatch.extract.operators import Operator, OperatorLexicon
from stationwatch.kb.fact import Evidence
from stationwatch.text.gazetteer import Gazetteer, Place
from stationwatch.text.view import fold

#: Cell separators: a pipe, a tab, a gap of two spaces or more, or ideographic spaces (the
#: columns of a Chinese table: "缅甸　　　腊戍　　　兴义市公安局"), or the vertical line of a
#: table drawn in box characters, as PDF and plain-text reports print them ("│坦桑尼亚│").
_SEPARATOR = re.compile(r"\s*[|\u2502\u2503\u2551]\s*|\t+| {2,}|\s*\u3000[\s\u3000]*")
#: A rule under a header: "-----  -----", "|---|:---|", "====", "├────┼────┤".
_RULE = re.compile(r"[\s|:+=_\-–—\u2500-\u257f]+")
#: The vertical lines of a table drawn in box characters.
_BOX_BARS = ("\u2502", "\u2503", "\u2551")
_WORD = re.compile(r"[^\W\d_]+")
#: Footnote marks and notes in a cell: "chiusa²", "Almaty[3]", "Fuzhou (Changle)", "attiva (?)".
_CELL_NOISE = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f*†‡]+|\[\d+\]|\([^)]*\)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: A quantity that is not a year: "4.1", "1,200", "35 %" (a row of figures, not of sites).
_QUANTITY = re.compile(r"^[~≈<>]?\d[\d.,\s]*(?:%|bn|mn|m|k)?$")
#: A table's caption: "Table 4.1", "Tabella 2 –", "Cuadro 1", "Tabelle 3", "表2".
_CAPTION = re.compile(r"(?:table|tabella|tabla|tabela|tabelle|tableau|tabel|cuadro|quadro|figure|fig)\b|表\s*\d")
#: Sentences before a header that may introduce the table (its caption, its lead-in).
INTRO_REACH = 3

#: Header words of each column kind, folded, in the nine languages.
_COLUMN_WORDS: dict[str, frozenset[str]] = {
    "place": frozenset(
        "city cities town place location locality municipality site "
        "citta luogo localita comune sede "
        "ciudad lugar localidad ubicacion municipio "
        "cidade localidade localizacao local locais "
        "stadt ort standort gemeinde "
        "stad plaats locatie gemeente vestiging "
        "ville lieu localite commune emplacement "
        "城市 地点 所在地 位置 地址 城市名".split()),
    "country": frozenset(
        "country nation paese nazione pais land pays staat 国家 国别 所在国".split()),
    "bureau": frozenset(
        "bureau bureaus bureaux operator operators agency authority authorities psb psbs "
        "ente enti ufficio uffici questura gestore autorita jefatura jefaturas osp dsp bsp "
        "entidad entidade oficina organismo operador operadora autoridad autoridade vinculada vinculado vinculacao "
        "adscripcion orgao escritorio "
        "buro behorde betreiber dienststelle trager "
        "instantie beheerder dienst "
        "exploitant operateur organe rattachement "
        "department departments departamento departamentos dipartimento departement "
        "abteilung afdeling "
        # the police that runs it, or the verb of running: "Opgezet door (OVB)", "Run by",
        # "Gestita da", "Gestionada por", "Betrieben von", "Géré par"
        "police polizia policia polizei politie ovb run operated gestito gestita gestionado "
        "gestionada gerido gerida betrieben opgezet gerund beheerd aangestuurd geleid gere "
        "gestionnaire "
        # the security bureau by its field: "Serviço de segurança pública", "Pubblica sicurezza"
        "security seguranca seguridad sicurezza securite sicherheit veiligheid "
        "公安 公安局 运营方 主管单位 所属 派出单位 机构 单位 机关 警方".split()),
    "year": frozenset(
        "year date since opened opening announced reported anno data apertura aperta dal "
        "ano fecha desde inicio abertura jahr datum seit eroffnung eroffnet jaar sinds opening "
        "annee depuis ouverture 年份 时间 日期 设立时间 开设时间".split()),
}
#: A bureau cell that says the bureau is not known.
_UNKNOWN = re.compile(
    r"\b(?:not? (?:known|identified|indicated|stated)|unknown|n/?a|non (?:noto|indicato|identificat\w+)"
    r"|no (?:identificad\w+|indicad\w+|consta)|desconocid\w+|desconhecid\w+|nao identificad\w+"
    r"|unbekannt|onbekend|inconnu\w*|non identifie\w*)\b|不详|未知|不明"
)


#: A row the table itself marks as not confirmed: a lead, not a site ("não confirmada",
#: "unverified", "non confermata", "nicht bestätigt", "未经证实").
_UNCONFIRMED = re.compile(
    r"\b(?:not (?:confirmed|verified)|unconfirmed|unverified|non (?:confermat\w+|verificat\w+)"
    r"|no (?:confirmad\w+|verificad\w+)|sin confirmar|nao (?:confirmad\w+|verificad\w+)"
    r"|por confirmar|nicht (?:bestatigt|verifiziert)|unbestatigt|niet (?:bevestigd|geverifieerd)"
    r"|onbevestigd|non (?:confirme|verifie)e?s?)\b|未经?(?:证实|核实|确认)"
)


@dataclass(frozen=True, slots=True)
class Column:
    kind: str  # "place" | "country" | "bureau" | "year" | "" (another column)
    start: int  # offset of the header cell in its line


@dataclass(frozen=True, slots=True)
class SiteRow:
    """One row of a table of sites: the station it lists."""

    sentence: Sentence
    evidence: Evidence
    place: Place | None  # None: the row names a country only
    country: str
    operator: str | None
    year: str | None


@dataclass(frozen=True, slots=True)
class _Line:
    sentence: Sentence
    start: int  # document offset of the line's first character (stripped)
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def site_rows(doc: DocContext) -> list[SiteRow]:
    """Every row of every table of sites in the document, in order."""
    lines = _row_lines(doc)
    rows: list[SiteRow] = []
    index = 0
    while index < len(lines):
        columns = _header(lines[index].text)
        if columns is None:
            index += 1
            continue
        body = _body(doc, lines, index)
        rows.extend(_read_table(doc, lines[index], columns, body))
        index += 1 + len(body)
    return rows


#: Sentences before a row that may hold its header and the rule under it.
HEADER_REACH = 2


def _row_lines(doc: DocContext) -> list[_Line]:
    """Lines that look like table rows (a pipe, a tab or a wide gap) in the sentences that
    name places and the few before them, where a header stands."""
    wanted: set[int] = set()
    sentences = doc.sentences
    for sentence in sentences:
        if sentence.index in wanted or not sentence.places or not _has_separator(sentence.text):
            continue
        first = sentence.index  # the sentences a splitter cut from this row's line
        line_start = doc.text.rfind("\n", 0, sentence.start) + 1
        while first > 0 and sentences[first - 1].start >= line_start:
            first -= 1
        wanted.update(range(max(0, first - HEADER_REACH), sentence.index + 1))
        following = sentence.index + 1  # rows whose place the matcher does not know
        while following < len(sentences) and _has_separator(sentences[following].text):
            wanted.add(following)
            following += 1
    found: list[_Line] = []
    for index in sorted(wanted):
        sentence = doc.sentences[index]
        # a row the sentence splitter cut ("Ver. Arab. | Emiraten  Dubai  Wenzhou") starts
        # where its line does
        line_start = doc.text.rfind("\n", 0, sentence.start) + 1
        begin = line_start if doc.text[line_start : sentence.start].strip() else sentence.start
        text = doc.text[begin : sentence.end]
        if not _has_separator(text):
            continue
        offset = begin - sentence.start
        for raw in text.split("\n"):
            stripped = raw.strip()
            if stripped and len(_cells(stripped)) >= 2:
                found.append(_Line(sentence, sentence.start + offset + raw.index(stripped),
                                   stripped))
            offset += len(raw) + 1
    return found


def _has_separator(text: str) -> bool:
    return "|" in text or "\t" in text or "  " in text or "\u3000\u3000" in text or any(
        bar in text for bar in _BOX_BARS)


def _cells(line: str) -> list[tuple[int, str]]:
    """The non-empty cells of a row, with their offsets in the line."""
    cells: list[tuple[int, str]] = []
    start = 0
    for gap in _SEPARATOR.finditer(line):
        if gap.start() > start:
            cells.append((start, line[start : gap.start()]))
        start = gap.end()
    if start < len(line):
        cells.append((start, line[start:]))
    return cells


def _header(line: str) -> list[Column] | None:
    """The columns a header line names, when it names a place or country and one more kind."""
    columns = [Column(_column_kind(cell), start) for start, cell in _cells(line)]
    kinds = {c.kind for c in columns}
    if not kinds & {"place", "country"} or len(kinds - {""}) < 2:
        return None
    return columns


def _column_kind(cell: str) -> str:
    """The kind a header cell names, by its words outside parentheses first: "Operator (per
    site's own materials)" is the bureau column, whatever its note says."""
    head = _PARENTHESIS.sub(" ", cell)
    return (_kind_of(head) if head.strip() else "") or _kind_of(cell)


_PARENTHESIS = re.compile(r"[(（][^()（）]*[)）]")


def _kind_of(cell: str) -> str:
    folded = fold(cell)
    words = _WORD.findall(folded)
    for kind, vocabulary in _COLUMN_WORDS.items():
        if any(w in vocabulary for w in words) or any(
            term in folded for term in vocabulary if not term.isascii()):
            return kind
    return ""


def _body(doc: DocContext, lines: list[_Line], header: int) -> list[_Line]:
    """The lines that follow a header line by line (rules under it included)."""
    body: list[_Line] = []
    previous = lines[header]
    for line in lines[header + 1 :]:
        if not _adjoins(doc.text[previous.end : line.start]):
            break
        body.append(line)
        previous = line
    return body


def _adjoins(gap: str) -> bool:
    """Whether two row lines follow each other: on the next line, or with only a rule line
    between them ("-----+-----+----", which has no cell gap and is no row of its own)."""
    if not gap.strip():
        return gap.count("\n") <= 1
    return gap.count("\n") <= 2 and _RULE.fullmatch(gap.strip()) is not None


def _read_table(doc: DocContext, header: _Line, columns: list[Column],
                body: list[_Line]) -> list[SiteRow]:
    lexicon = OperatorLexicon.load()
    gazetteer = Gazetteer.load()
    rows: list[SiteRow] = []
    bureaus_named = False
    quantities = False
    for line in body:
        if _RULE.fullmatch(line.text):
            continue
        raw = _split_overflow(columns, line.text, _cells(line.text))
        if _UNCONFIRMED.search(fold(line.text)):
            continue  # "Nacala | … | não confirmada": the report lists the lead, not a site
        cells = _assign(columns, raw)
        operator = None
        bureau = cells.get("bureau")
        if bureau is not None and not _UNKNOWN.search(fold(bureau[1])):
            division = _cell_bureau(lexicon, bureau[1])
            if division is not None and division.level != "national":
                operator = division.name
                bureaus_named = True
        quantities = quantities or any(
            _QUANTITY.match(text.strip()) and not _YEAR.fullmatch(text.strip()) for _, text in raw)
        place, country = _where(line, cells, gazetteer)
        if country is None:
            continue
        year = cells.get("year")
        found = _YEAR.search(year[1]) if year is not None else None
        rows.append(SiteRow(line.sentence, Evidence(line.start, line.end, line.text), place,
                            country, operator, found.group(0) if found else None))
    if bureaus_named or (not quantities and _introduced_as_sites(doc, header.sentence)):
        return rows
    return []


def _cell_bureau(lexicon: OperatorLexicon, cell: str) -> Operator | None:
    """The bureau a bureau cell names: the one its bureau word belongs to when it has one
    ("黔东南州凯里市公安局" is Kaili's, the prefecture only locates it), else the first division
    ("Wenzhou", "UPS di Lishui", "Qingtian (Lishui)")."""
    worded = [m.operator for m in lexicon.find(cell)
              if m.operator.level != "national" and m.end > m.name_end]
    return worded[-1] if worded else lexicon.division_in(cell)


def _split_overflow(columns: list[Column], line: str,
                    cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A cell too long for its column runs into the next one with a single space between
    ("Papua New Guinea Port Moresby"): it is split at the space nearest (within
    ``OVERFLOW_SLACK`` characters) to where the next column's header starts."""
    if len(cells) >= len(columns):
        return cells
    split: list[tuple[int, str]] = []
    for start, text in cells:
        cut = _overflow_cut(columns, line, start, start + len(text))
        if cut is None:
            split.append((start, text))
        else:
            split.extend([(start, text[: cut - start].rstrip()), (cut, text[cut - start :])])
    return split


#: How far from a column's header start the single space of an overflowing cell may stand.
OVERFLOW_SLACK = 2


def _overflow_cut(columns: list[Column], line: str, start: int, end: int) -> int | None:
    """Where the next column's text starts inside a cell that runs into it, if anywhere."""
    for column in columns:
        if not start < column.start < end:
            continue
        for space in sorted(range(column.start - OVERFLOW_SLACK, column.start + OVERFLOW_SLACK + 1),
                            key=lambda p: abs(p - column.start)):
            if start < space < end - 1 and line[space] == " " and line[space + 1] != " ":
                return space + 1
    return None


def _assign(columns: list[Column], cells: list[tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """Each cell under its column: by position when the counts agree, else by alignment."""
    assigned: dict[str, tuple[int, str]] = {}
    for position, (start, text) in enumerate(cells):
        if len(cells) == len(columns):
            column = columns[position]
        else:
            column = min(columns, key=lambda c: abs(c.start - start))
        if column.kind and column.kind not in assigned:
            assigned[column.kind] = (start, text)
    return assigned


def _where(line: _Line, cells: dict[str, tuple[int, str]],
           gazetteer: Gazetteer) -> tuple[Place | None, str | None]:
    """The row's place (outside China) and country, from its place and country cells."""
    country = None
    if "country" in cells:
        start, text = cells["country"]
        named = _matched(line, start, text) or gazetteer.lookup(_clean(text))
        if named is not None and named.kind == "country":
            country = named.country
    place = None
    if "place" in cells:
        start, text = cells["place"]
        place = gazetteer.lookup(_clean(text), country) or _matched(line, start, text)
        if place is not None and place.kind == "country":
            country, place = country or place.country, None
    if place is not None and (country is None or place.country == country):
        country = place.country
    elif place is not None:
        place = None
    if country == "CN":
        return None, None
    return place, country


def _matched(line: _Line, start: int, text: str) -> Place | None:
    """A place the document's matcher found inside the cell."""
    begin = line.start + start - line.sentence.start
    for match in line.sentence.places:
        if match.candidates and begin <= match.start < begin + len(text):
            return best_place(match)
    return None


def _clean(cell: str) -> str:
    return " ".join(_CELL_NOISE.sub(" ", cell).split())


def _introduced_as_sites(doc: DocContext, header: Sentence) -> bool:
    """Whether the lead-in just before the header speaks of stations; a caption ("Table 5 -
    Restaurants visited") speaks for its table, whatever the text before it says."""
    for index in range(header.index, max(-1, header.index - INTRO_REACH - 1), -1):
        sentence = doc.sentences[index]
        if sentence.has("station") or sentence.has("station_weak") or sentence.has(
                "station_anaphora"):
            return True
        if index < header.index and _CAPTION.match(sentence.view.lstrip()):
            return False
    return False


def may_list_sites(text: str) -> bool:
    """Whether the raw text has a header line naming a place or country column and a bureau
    column: the cheap test before the gazetteer runs on a document the trigger words passed by."""
    if not _has_separator(text):
        return False
    for line in text.splitlines():
        if len(line) > 200 or not _has_separator(line):
            continue
        stripped = line.strip()
        if len(_cells(stripped)) < 3:
            continue
        columns = _header(stripped)
        if columns is not None and any(c.kind == "bureau" for c in columns):
            return True
    return False


def lists_prc_bureau_sites(doc: DocContext) -> bool:
    """Whether the document holds a table of sites whose bureau column names PRC cities' or
    counties' bureaus (a report that lists its sites in a table and calls them "implantations"
    or "locales" in prose may never use a station word the gate knows): such a table is the
    topic by itself. Needs the places attached."""
    return any(row.operator is not None for row in site_rows(doc))
