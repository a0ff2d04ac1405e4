"""Lines a web page or a PDF adds around an article, taken out before sentences are split.

A "Read also" link repeats another article's headline, a photo caption describes a picture, a
cookie or newsletter notice and a byline belong to the page, and a PDF's running footer and page
number fall in the middle of a paragraph. None of them is part of what the document says, but
each would be read as a sentence of it: a headline about closures elsewhere gives a response, a
caption naming an embassy's city resets the paragraph's place, and a footer breaks the sentence
it interrupts. The rules see a copy without these lines; where a page break interrupted a
sentence, its two halves are joined again. Note marks ("[2]", "¹⁴") go too: a sentence's rules
read its end and the next one's start, where a mark stands between them. Offsets map back to the original text, as for the
joined lines of ``unwrap``.
"""

from __future__ import annotations

import re

from stationwatch.extract.unwrap import SENTENCE_END, Unwrapped, edited, unwrap
from stationwatch.text.view import fold_char, is_cjk

#: Longest line taken for a link, a caption or a notice; longer lines are prose.
MAX_CLUTTER_LINE = 220

#: A link to another article: "Read also:", "Leggi anche", "Lees ook", "Lire aussi", "Lea
#: también", "Leia também", "Lesen Sie auch", 相关阅读 and their kin, then its headline.
_LINK = re.compile(
    r"(?:read (?:also|more)|see also|related(?: articles?| stories| coverage| reading)?"
    r"|more on this(?: story| topic)?|also read|recommended"
    r"|leggi anche|leggi (?:pure|inoltre)|potrebbe interessarti|approfondisci|vedi anche"
    r"|lees ook|lees meer|zie ook|meer over dit onderwerp"
    r"|(?:a )?lire aussi|(?:a )?lire egalement|voir aussi|sur le meme sujet"
    r"|lea tambien|lee tambien|vea tambien|ver tambien|le puede interesar|te puede interesar"
    r"|leia tambem|leia mais|veja tambem|saiba mais"
    r"|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|siehe auch"
    r"|相关阅读|相关新闻|相关报道|延伸阅读|推荐阅读|扩展阅读|更多阅读)"
    r"\s*(?:[:：>»|\-–—]|(?=\s*\S))",
)
#: A photo's caption or credit: "Photo:", "Foto:", "Bild:", "Photo : …", 图为…, 图片来源.
_CAPTION = re.compile(
    r"(?:photos?|fotos?|foto di|image|images|picture|pictures|bild|bilder|imagen|immagine"
    r"|afbeelding|illustration|photograph|photo credit|credit photo|credits?|copyright)"
    r"\s*(?:\([^)\n]{0,40}\)\s*)?[:：©]"
    r"|©|图为|图片来源|图片说明|资料图|图/|图：|摄影[:：]|[(（]图[片]?[)）]"
    # a caption in brackets and an author's note closing the page: "（图说：…）", "（图片说明：…）",
    # "作者简介：…"
    r"|[(（【\[]\s*(?:图说|图片说明|图片来源|图为|图|摄影)\s*[:：]|作者简介\s*[:：]"
)
#: A notice of the page itself: its cookies, or a call to subscribe ("Sign up for our
#: newsletter", "Abonnieren Sie…", "Iscriviti…", 订阅…); a newsletter named in prose is no notice.
_COOKIES = re.compile(r"\bcookies?\b")
_SUBSCRIBE = re.compile(
    r"\bsubscribe\b|\bsign up\b|\babonnieren sie\b|\biscriviti\b"
    r"|\binscrivez-vous\b|\babonnez-vous\b|\bsuscribase\b|\bsuscribete\b|\bassine\b"
    r"|\binscreva-se\b|\bschrijf (?:je|u) in\b|\bmeld (?:je|u) aan\b|订阅|訂閱|扫码关注|掃碼關注"
    # a paywall's call: "Abbonati per leggere", "Abbonatevi", "Jetzt abonnieren", "Word abonnee"
    r"|\babbonat(?:i|evi)\b(?= (?:per|ora|subito|a|e|al|alla)\b)|\babbonatevi\b|\bjetzt abonnieren\b"
    r"|\bword (?:nu )?abonnee\b|\babonneer (?:je|u|nu)\b|\babonne-toi\b|\bassina (?:ja|agora)\b"
)
#: What a call to subscribe offers: the outlet's own letter, feed or app. A prose line that
#: merely holds the verb ("residents were urged to sign up for its services") offers none.
_OFFER = re.compile(
    r"newsletter|e-?mail|podcast|\bapp\b|\bfree\b|\bgratis\b|\bgratuit|\bour\b|\bunser"
    r"|\bnostr[aoie]\b|\bnotre\b|\bnuestr[oa]s?\b|\bnoss[oa]s?\b|\bonze\b|公众号|公眾號|本号|本號"
)
#: A byline: "By Anna Keller", "di Marco Bellini", "Von …", "Por …", "Par …", "Door …", 记者 王明.
_BYLINE = re.compile(
    r"(?i:by|di|par|por|von|door|text(?:o)?|testo)\s+[A-Z][\w'’.-]+(?:[ ,]+(?:(?:and|e|y|et|und"
    r"|en)\s+)?(?:(?:de|van|der|den|da|di|del|della|von|la|le|dos|das|du)\s+)*"
    r"[A-Z][\w'’.-]+){1,5}(?:\s*,\s*[\w ]{0,40})?$",
)
_ZH_BYLINE = re.compile(
    r"(?:本报|本報)?(?:(?:记者|記者|编辑|編輯|责任编辑|責任編輯)\s*[:：/／]?|文\s*[:：/／])"
    r"\s*(?:[\u4e00-\u9fff]{2,4}(?:\s+|$)){1,3}$"
)
#: A row of the page's own buttons, as official and news sites print them around an article:
#: 【打印本页】【关闭窗口】, [打印] [关闭], 【字体：大 中 小】, 分享到 | 返回顶部 (folded view
#: keeps both scripts apart: 關閉 and 关闭 are both listed).
_PAGE_BUTTON = (
    r"(?:打印(?:本页|本頁|此页|此頁|文章)?|列印(?:本頁|此頁)?|关闭(?:窗口|本页|页面)?|關閉(?:窗口|視窗|本頁|頁面)?"
    r"|收藏(?:本页|本頁)?|加入收藏|返回(?:顶部|頂部|首页|首頁|列表)|回到(?:顶部|頂部)|我要纠错|我要糾錯"
    r"|纠错|糾錯|分享(?:到)?|转发|轉發|字[号號体體](?:\s*[:：]?\s*[大中小](?:\s*[大中小]){0,2})?"
    r"|[大中小](?:\s*[大中小]){2}|上一篇|下一篇|推荐给朋友|推薦給朋友)"
)
_PAGE_BUTTONS = re.compile(
    rf"(?:[【\[［〔(（]?\s*{_PAGE_BUTTON}\s*[】\]］〕)）]?[\s|｜/·]*){{1,8}}"
)
#: A page number alone ("7", "- 7 -", "7/20"), or a running header or footer ending in one
#: ("Annual Report 2023 | Page 7", "Seite 3 von 10", 第7页).
_PAGE_NUMBER = re.compile(r"[-–—(\[]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—)\]]?")
_PAGE_LINE = re.compile(
    r"(?:[^\n]{0,100}?(?:\||·|•|–|—|-|,|\s)\s*)?"
    r"(?:page|pagina|pag\.|pág\.|página|seite|s\.|blz\.|p\.)\s*\d{1,4}"
    r"(?:\s*(?:of|di|de|von|van|sur|/)\s*\d{1,4})?"
    r"|[^\n]{0,40}第\s*\d{1,4}\s*[页頁](?:\s*[，,]?\s*共\s*\d{1,4}\s*[页頁])?",
    re.IGNORECASE,
)
#: A note mark on a word or after a stop: "islands.[2]", "bureaus¹⁴", "站。³" (never a "[2]"
#: that opens a line, which numbers an item).
_NOTE_MARK = re.compile(r"(?<=[^\W_]|[.!?。！？”\"»」)])(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])")
#: The first character of every note mark: a text without one has no note mark, found without
#: the mark's look-behind being tried at every character.
_NOTE_START = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹\[]")


#: Longest line taken for an appended correction or an editor's note.
MAX_CORRECTION_LINE = 600
#: An appended correction or editor's note ("Correction:", "Rettifica:", "Berichtigung:",
#: "Fe de erratas:", "Rectificatif :", "Correção:", "Correctie:", 更正：; a date between the
#: label and its colon), or one that opens
#: on the earlier version it corrects ("An earlier version of this article…").
_CORRECTION = re.compile(
    r"(?:corrections?|clarifications?|editor.?s note|rettifica|correzione|precisazione"
    r"|nota della redazione|errata corrige|berichtigung|korrektur|richtigstellung"
    r"|anmerkung der redaktion|correccion|fe de (?:erratas|errores)|aclaracion|nota del editor"
    r"|nota de la redaccion|rectificatif|correctif|erratum|precision|note de la redaction"
    r"|correcao|errata|nota da redacao|nota do editor|correctie|rectificatie|verbetering"
    r"|noot van de redactie|更正|勘误|勘誤|编者按|編者按|更正启事|更正啟事|更正声明|更正聲明)"
    # a date or an hour may stand before the colon: "Rectificatif, 15 mars à 9h10 :",
    # "Correction (May 3):", "Fe de errores, 4 de abril:", "更正（3月14日 15:40）："
    r"(?:\s*[,(（][^:：\n]{1,30}?)?\s*[:：]"
    r"|(?:an earlier|a previous) version of this (?:article|story|report)"
    r"|本文(?:此前|早前|先前|较早|較早|之前)(?:的)?版本|本报(?:此前|早前)报道|本報(?:此前|早前)報導"
    r"|una (?:versione precedente|precedente versione) (?:di questo|del presente) articolo"
    r"|(?:in )?einer fruheren (?:version|fassung) dieses (?:artikels|beitrags|textes)"
    r"|una version anterior de (?:este|esta) (?:articulo|nota|informacion)"
    r"|une (?:version precedente|precedente version) de cet article"
    r"|uma versao anterior (?:deste|desta) (?:artigo|texto|materia|reportagem)"
    r"|een eerdere versie van dit (?:artikel|bericht|stuk)"
)
#: An author's note: a name, then what the author does for a living ("Jane Doe is a
#: correspondent based in…", "Marco Rossi è giornalista…", "Anna Weber ist Korrespondentin…").
_AUTHOR_NOTE = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|van|der|den|da|di|del|von|la|le|dos|du)\s+)*[A-Z][\w'’.-]+){1,3}"
    r"\s+(?:is|was|è|est|ist|es|é|is sinds)\s+(?:(?:an?|the|un[ae]?|une?|eine?|o|a|de|el|la|il|lo)\s+)?"
    r"(?:(?:\w+|[\w-]+-based|senior|chief|freelance|former|ehemalige[r]?)\s+){0,3}"
    r"(?:correspondent\w*|reporter\w*|journalist\w*|columnist|editor|writer|giornalista|corrispondente"
    r"|inviat[oa]|journaliste|correspondant\w*|korrespondent\w*|redakteur\w*|periodista|corresponsal"
    r"|redactor\w*|jornalista|correspondente|verslaggever|redacteur|rédacteur|redacteu\w*|cronista)\b"
)


def _is_correction_or_author_note(line: str, folded: str) -> bool:
    """A correction or an author's note speaks about the article, not about the stations: its
    places would be read as hosts, and reset the country later figures take."""
    if len(line) <= MAX_CORRECTION_LINE and _CORRECTION.match(folded):
        return True
    return len(line) <= MAX_CLUTTER_LINE and bool(_AUTHOR_NOTE.match(line))


def _folded(line: str) -> str:
    """The line lower-cased with the accents the markers carry taken off, and Chinese in the
    simplified script, so "延伸閱讀" and "相關新聞" read as "延伸阅读" and "相关新闻"."""
    folded = line.lower().translate(_ACCENTS)
    if not _HAN.search(folded):
        return folded
    return folded.translate(_HAN_FOLD)


class _HanFoldTable(dict[int, str]):
    """Code point -> ``fold_char`` of an ideograph, any other character itself, filled in as
    characters are met: ``str.translate`` folds a Chinese line in C instead of a generator
    over its characters (an eighth of ``reading_copy``'s time over the benchmark corpus)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = self[code] = fold_char(char) if is_cjk(char) else char
        return folded


_HAN_FOLD = _HanFoldTable()


#: Any ideograph: most lines have none and skip the character-by-character fold.
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


_ACCENTS = str.maketrans("àáâãäèéêëìíîïòóôõöùúûüç", "aaaaaeeeeiiiiooooouuuuc")


def is_page_furniture(line: str) -> bool:
    """A page number or a running header or footer that ends in one."""
    last = line[-1:]
    if last and not (last.isdecimal() or last.isspace() or last in _FURNITURE_ENDS):
        return False  # most lines: the lazy prefix of _PAGE_LINE would be tried for nothing
    return bool(_PAGE_NUMBER.fullmatch(line) or _PAGE_LINE.fullmatch(line))


#: The last character of a page number or a running line that is no digit or space: the closer
#: of "- 7 -", "(7)", "[7]", and 页 of "第7页" (a digit, ``\d``, ends every other).
_FURNITURE_ENDS = frozenset("-–—)]页頁")


def _is_call_to_subscribe(folded: str) -> bool:
    """A subscribe verb in a short line, or beside the letter or feed it offers."""
    return bool(_SUBSCRIBE.search(folded)) and (len(folded) <= 60 or bool(_OFFER.search(folded)))


def is_page_clutter(line: str) -> bool:
    """A link to another article, a caption, a notice of the page or a byline."""
    if len(line) > max(MAX_CORRECTION_LINE, MAX_CLUTTER_LINE):
        return False  # a paragraph of the report: no need to fold it
    folded = _folded(line)
    if _is_correction_or_author_note(line, folded):
        return True
    if len(line) > MAX_CLUTTER_LINE:
        return False
    if _LINK.match(folded) or _CAPTION.match(folded):
        return True
    if len(line) <= 80 and _PAGE_BUTTONS.fullmatch(line):
        return True
    if len(line) <= 160 and (_COOKIES.search(folded) or _is_call_to_subscribe(folded)):
        return True
    return len(line) <= 80 and not line.endswith((".", "。")) and bool(
        _BYLINE.match(line) or _ZH_BYLINE.match(line)
    )


#: A bulleted line: an item of a list of links under "相关阅读：", "Read also:".
_BULLET = re.compile(r"\s*[·•・▪►▶>*\-–—]\s*\S")


def _mark_listed_links(text: str, lines: list[tuple[int, int]], kinds: list[str]) -> None:
    """Mark as clutter the bulleted lines right under a bare link header ("相关阅读：" alone on
    its line, then "· 乌兰巴托冬季空气污染治理进入第三年"): each is another article's headline."""
    for index, (a, b) in enumerate(lines):
        if kinds[index] != "clutter":
            continue
        header = _LINK.match(_folded(text[a:b].strip()))
        if header is None or text[a:b].strip()[header.end():].strip():
            continue
        for item in range(index + 1, len(lines)):
            start, end = lines[item]
            if kinds[item] != "text" or end - start > MAX_CLUTTER_LINE \
                    or not _BULLET.match(text, start, end):
                break
            kinds[item] = "clutter"


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line, without its break."""
    spans = []
    start = 0
    for match in re.finditer(r"\r\n|\n|\r|\f", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def without_page_clutter(text: str) -> Unwrapped:
    """``text`` without its page clutter lines and note marks (see the module docstring)."""
    lines = _lines(text)
    kinds = []
    for a, b in lines:
        line = text[a:b].strip()
        if not line:
            kinds.append("blank")
        elif is_page_furniture(line):
            kinds.append("page")
        elif is_page_clutter(line):
            kinds.append("clutter")
        else:
            kinds.append("text")
    _mark_listed_links(text, lines, kinds)
    dropped = [m.span() for m in _NOTE_MARK.finditer(text)] if _NOTE_START.search(text) else []
    if not dropped and all(k in ("blank", "text") for k in kinds):
        return Unwrapped(text, None)
    spaces: list[int] = []
    index = 0
    while index < len(lines):
        if kinds[index] not in ("page", "clutter"):
            index += 1
            continue
        first = index
        while index < len(lines) and kinds[index] != "text":
            index += 1
        run = kinds[first:index]
        if not any(k in ("page", "clutter") for k in run):
            continue
        before = first - 1
        while before >= 0 and kinds[before] == "blank":
            before -= 1
        after = index if index < len(lines) else None
        _drop_run(text, lines, first, before, after, "page" in run, dropped, spaces)
    if not dropped:
        return Unwrapped(text, None)
    return edited(text, [(i, i + 1) for i in spaces], dropped)


def _drop_run(
    text: str, lines: list[tuple[int, int]], first: int, before: int, after: int | None,
    page_break: bool, dropped: list[tuple[int, int]], spaces: list[int],
) -> None:
    """Drop the clutter lines ``first``… up to line ``after`` (the next line of text).

    The break that stays is the one before the run, unless a page break interrupted a
    sentence: then the two halves are joined by a space (nothing between CJK characters)."""
    if after is None:
        start = lines[before][1] if before >= 0 else 0
        dropped.append((start, len(text)))
        return
    end = lines[after][0]
    if before < 0:
        dropped.append((0, end))
        return
    previous = text[lines[before][0]:lines[before][1]].rstrip()
    following = text[lines[after][0]:lines[after][1]].lstrip()
    gap_start = lines[before][0] + len(previous)
    if page_break and previous and following and not previous.endswith(SENTENCE_END) \
            and not previous.endswith("-"):
        if is_cjk(previous[-1]) and is_cjk(following[0]):
            dropped.append((gap_start, end))
        else:
            spaces.append(gap_start)
            dropped.append((gap_start + 1, end))
        return
    dropped.append((lines[first][0], end))


def reading_copy(text: str) -> Unwrapped:
    """The text the rules read: page clutter taken out, then wrapped lines joined, with every
    offset mapped back to ``text``."""
    cleaned = without_page_clutter(text)
    joined = unwrap(cleaned.text)
    if cleaned.origin is None:
        return joined
    if joined.origin is None:
        return Unwrapped(joined.text, cleaned.origin)
    return Unwrapped(joined.text, [cleaned.origin[i] for i in joined.origin])
