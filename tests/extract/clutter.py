"""Page clutter in the document's language, inserted where real pages carry it.

Text taken from a web page or a PDF carries lines that are no part of the article: a byline
and a dateline, photo captions, "Read also" links whose headline speaks of the same subject,
cookie and newsletter notices, an author's bio, PDF page headers, footers and page numbers in
the middle of a paragraph, words broken at a hyphen at a line end, footnote marks, and a
"Correction:" note appended at the end. None of them states a fact about the stations, so a
document with them must give the facts it gives without them. ``cluttered`` makes one such
variant, deterministically, so the check can say which kind of clutter changed what.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Every kind of clutter, in the order ``cluttered`` applies them when asked for all.
#: (The marks of the text itself come first, so that a wrap never breaks an inserted line.)
KINDS = (
    "hyphen_wrap", "footnote", "page_break", "byline", "dateline", "caption", "read_also",
    "notice", "bio", "correction",
)

_BYLINE = {
    "en": "By Anna Keller and Tom Reyes, staff reporters\nPublished 14 March 2023, 09:12",
    "it": "di Marco Bellini\nPubblicato il 14 marzo 2023 alle 09:12",
    "de": "Von Anna Keller\nVeröffentlicht am 14.03.2023, 09:12 Uhr",
    "es": "Por Lucía Romero\nPublicado el 14 de marzo de 2023, 09:12",
    "fr": "Par Claire Dubois\nPublié le 14 mars 2023 à 09h12",
    "nl": "Door Pieter de Vries\nGepubliceerd op 14 maart 2023, 09:12",
    "pt": "Por Ana Ferreira\nPublicado em 14 de março de 2023, 09:12",
    "zh": "记者 王明 李华\n发布时间：2023年3月14日 09:12",
}
_DATELINE = {
    "en": "BRUSSELS, March 14 (Reuters) - ",
    "it": "BRUXELLES, 14 marzo (ANSA) - ",
    "de": "Brüssel (dpa) - ",
    "es": "BRUSELAS, 14 mar (EFE) - ",
    "fr": "BRUXELLES, 14 mars (AFP) - ",
    "nl": "BRUSSEL (ANP) - ",
    "pt": "BRUXELAS, 14 mar (Lusa) - ",
    "zh": "新华社布鲁塞尔3月14日电 ",
}
_CAPTION = {
    "en": "Photo: Police officers outside the Chinese embassy in London. (Getty Images)",
    "it": "Foto: Agenti di polizia davanti all'ambasciata cinese a Londra. (Ansa)",
    "de": "Foto: Polizisten vor der chinesischen Botschaft in London. (dpa)",
    "es": "Foto: Agentes de policía frente a la embajada china en Londres. (EFE)",
    "fr": "Photo : Des policiers devant l'ambassade de Chine à Londres. (AFP)",
    "nl": "Foto: Agenten voor de Chinese ambassade in Londen. (ANP)",
    "pt": "Foto: Policiais em frente à embaixada chinesa em Londres. (Lusa)",
    "zh": "图为中国驻伦敦大使馆门前的警察。（资料图片）",
}
_READ_ALSO = {
    "en": "Read also: Canada orders the closure of two Chinese police stations in Toronto",
    "it": "Leggi anche: Il Canada ordina la chiusura di due stazioni di polizia cinesi a Toronto",
    "de": "Lesen Sie auch: Kanada lässt zwei chinesische Polizeistationen in Toronto schließen",
    "es": "Lea también: Canadá ordena cerrar dos comisarías chinas en Toronto",
    "fr": "Lire aussi : Le Canada ordonne la fermeture de deux commissariats chinois à Toronto",
    "nl": "Lees ook: Canada sluit twee Chinese politiebureaus in Toronto",
    "pt": "Leia também: Canadá manda fechar duas esquadras de polícia chinesas em Toronto",
    "zh": "相关阅读：加拿大下令关闭多伦多两个中国海外警务服务站",
}
_NOTICE = {
    "en": "We use cookies to improve your experience. By continuing to browse you accept our "
    "cookie policy.\nSign up for our newsletter to get the day's top stories.",
    "it": "Questo sito utilizza cookie per migliorare l'esperienza di navigazione. Proseguendo "
    "accetti l'uso dei cookie.\nIscriviti alla nostra newsletter.",
    "de": "Wir verwenden Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mit der "
    "weiteren Nutzung stimmen Sie zu.\nAbonnieren Sie unseren Newsletter.",
    "es": "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta nuestra "
    "política de cookies.\nSuscríbase a nuestro boletín.",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre "
    "navigation, vous acceptez leur utilisation.\nInscrivez-vous à notre newsletter.",
    "nl": "Wij gebruiken cookies om uw ervaring te verbeteren. Door verder te surfen gaat u "
    "akkoord.\nSchrijf je in voor onze nieuwsbrief.",
    "pt": "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a "
    "nossa política de cookies.\nAssine a nossa newsletter.",
    "zh": "本网站使用cookie以改善您的浏览体验。继续浏览即表示您同意。\n订阅我们的新闻简报。",
}
_BIO = {
    "en": "Anna Keller is a correspondent covering security and China. She was previously "
    "based in Hong Kong.",
    "it": "Marco Bellini è corrispondente e si occupa di sicurezza e di Cina. In passato ha "
    "lavorato a Hong Kong.",
    "de": "Anna Keller ist Korrespondentin für Sicherheitspolitik und China. Zuvor arbeitete "
    "sie in Hongkong.",
    "es": "Lucía Romero es corresponsal de seguridad y China. Antes trabajó en Hong Kong.",
    "fr": "Claire Dubois est correspondante, spécialiste de la sécurité et de la Chine. Elle a "
    "auparavant travaillé à Hong Kong.",
    "nl": "Pieter de Vries is correspondent voor veiligheid en China. Eerder werkte hij in "
    "Hongkong.",
    "pt": "Ana Ferreira é correspondente de segurança e China. Antes trabalhou em Hong Kong.",
    "zh": "作者王明，长期关注安全与中国议题，曾常驻香港。",
}
_PAGE = {
    "en": "Annual Report 2023 | Page {n}",
    "it": "Relazione annuale 2023 | Pagina {n}",
    "de": "Jahresbericht 2023 | Seite {n}",
    "es": "Informe anual 2023 | Página {n}",
    "fr": "Rapport annuel 2023 | Page {n}",
    "nl": "Jaarverslag 2023 | Pagina {n}",
    "pt": "Relatório anual 2023 | Página {n}",
    "zh": "2023年度报告 第{n}页",
}
_CORRECTION = {
    "en": "Correction: An earlier version of this article misspelled the name of a "
    "spokesperson.",
    "it": "Correzione: una versione precedente di questo articolo riportava in modo errato il "
    "nome di un portavoce.",
    "de": "Korrektur: In einer früheren Fassung dieses Artikels war der Name eines Sprechers "
    "falsch geschrieben.",
    "es": "Corrección: una versión anterior de este artículo escribía mal el nombre de un "
    "portavoz.",
    "fr": "Correction : une version précédente de cet article orthographiait mal le nom d'un "
    "porte-parole.",
    "nl": "Correctie: in een eerdere versie van dit artikel was de naam van een woordvoerder "
    "verkeerd gespeld.",
    "pt": "Correção: uma versão anterior deste artigo grafava incorretamente o nome de um "
    "porta-voz.",
    "zh": "更正：本文早前版本中一名发言人的姓名有误，现已更正。",
}

_SENTENCE_END = re.compile(r"(?<=[a-z])\.(?= [A-Z])")


def document_language(name: str) -> str:
    """The language a development file's name gives (``012-de-…``, ``004-zh-hant-…``)."""
    parts = name.split("-")
    lang = parts[1] if len(parts) > 1 else "en"
    return lang if lang in _BYLINE else "en"


def _paragraphs(text: str) -> tuple[list[str], str]:
    """The paragraphs and the separator that joins them (a blank line, else a line break)."""
    separator = "\n\n" if "\n\n" in text.strip() else "\n"
    return text.strip("\n").split(separator), separator


def _longest(paragraphs: list[str]) -> int:
    return max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))


def _byline(paragraphs: list[str], lang: str) -> list[str]:
    return [paragraphs[0], _BYLINE[lang], *paragraphs[1:]]


def _dateline(paragraphs: list[str], lang: str) -> list[str]:
    # after the headline, in front of the first paragraph of body text
    target = 1 if len(paragraphs) > 1 else 0
    out = list(paragraphs)
    out[target] = _DATELINE[lang] + out[target]
    return out


def _caption(paragraphs: list[str], lang: str) -> list[str]:
    middle = max(1, len(paragraphs) // 2)
    return [*paragraphs[:middle], _CAPTION[lang], *paragraphs[middle:]]


def _read_also(paragraphs: list[str], lang: str) -> list[str]:
    at = min(2, len(paragraphs))
    return [*paragraphs[:at], _READ_ALSO[lang], *paragraphs[at:]]


def _notice(paragraphs: list[str], lang: str) -> list[str]:
    return [*paragraphs[:1], _NOTICE[lang], *paragraphs[1:], _NOTICE[lang].split("\n")[-1]]


def _bio(paragraphs: list[str], lang: str) -> list[str]:
    return [*paragraphs, _BIO[lang]]


def _page_break(paragraphs: list[str], lang: str) -> list[str]:
    """A page footer, a page number and the next page's header inside the longest paragraph."""
    index = _longest(paragraphs)
    paragraph = paragraphs[index]
    if lang == "zh":
        cut = len(paragraph) // 2
    else:
        cut = paragraph.find(" ", len(paragraph) // 2)
        if cut < 0:
            return paragraphs
    footer = f"\n{_PAGE[lang].format(n=7)}\n8\n"
    out = list(paragraphs)
    out[index] = paragraph[:cut].rstrip() + footer + paragraph[cut:].lstrip()
    return out


def _hyphen_wrap(paragraphs: list[str], lang: str) -> list[str]:
    """Prose wrapped at 72 columns as a PDF's text layer gives it, long lower-case words broken
    at a hyphen at the line end (tables and Chinese are left as they are)."""
    if lang == "zh":
        return paragraphs
    return [p if _TABLE.search(p) else "\n".join(_wrapped(line) for line in p.split("\n"))
            for p in paragraphs]


_TABLE = re.compile(r"\||\t|\S {2,}\S")


def _wrapped(line: str, width: int = 72) -> str:
    """One line wrapped at ``width``, hyphenating a long word that does not fit."""
    rows: list[str] = []
    current = ""
    for word in line.split(" "):
        room = width - len(current) - 1
        if current and len(current) + 1 + len(word) > width:
            if len(word) >= 8 and word.isalpha() and word.islower() and room >= 4:
                cut = min(room - 1, len(word) - 3)
                rows.append(f"{current} {word[:cut]}-")
                current = word[cut:]
                continue
            rows.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    rows.append(current)
    return "\n".join(rows)


def _footnote(paragraphs: list[str], lang: str) -> list[str]:
    """Note marks after the stops of the longest paragraph: a superscript, then a bracket."""
    index = _longest(paragraphs)
    marks = iter(["¹", "[2]", "³"])
    out = list(paragraphs)
    if lang == "zh":
        out[index] = re.sub("。", lambda m: "。" + next(marks, ""), out[index], count=3)
    else:
        out[index] = _SENTENCE_END.sub(lambda m: "." + next(marks, ""), out[index], count=3)
    return out


def _correction(paragraphs: list[str], lang: str) -> list[str]:
    return [*paragraphs, _CORRECTION[lang]]


_MAKERS: dict[str, Callable[[list[str], str], list[str]]] = {
    "byline": _byline, "dateline": _dateline, "caption": _caption, "read_also": _read_also,
    "notice": _notice, "bio": _bio, "page_break": _page_break, "hyphen_wrap": _hyphen_wrap,
    "footnote": _footnote, "correction": _correction,
}


def cluttered(text: str, lang: str, kinds: tuple[str, ...] = KINDS) -> str:
    """``text`` with the clutter of ``kinds`` inserted in language ``lang``."""
    paragraphs, separator = _paragraphs(text)
    for kind in kinds:
        paragraphs = _MAKERS[kind](paragraphs, lang)
    return separator.join(paragraphs) + "\n"
