"""Reading what a feed or a sitemap lists: (key, link) pairs, nothing fetched here.

XML is first parsed with defusedxml, which refuses entity declarations and
external references (billion laughs, XXE); only a document that passes is
handed to feedparser. A sitemap is read with defusedxml alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from stationwatch.errors import InputError

#: Most entries read from one feed or sitemap per poll; the rest wait for the next poll.
MAX_ENTRIES = 500
_SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One item to capture: a stable key (feed id or URL), its link and declared language."""

    key: str
    url: str
    lang: str | None = None


def _safe_root(data: bytes, url: str) -> Element | None:
    """The XML root, None when the bytes are not well-formed XML; unsafe XML is refused."""
    try:
        root: Element = SafeET.fromstring(data)
    except DefusedXmlException as error:
        raise InputError(f"{url}: refused unsafe XML ({type(error).__name__})") from None
    except ParseError:
        return None
    return root


def feed_entries(data: bytes, url: str) -> list[Entry]:
    """Items of an RSS or Atom feed, newest first as the feed orders them."""
    import feedparser

    _safe_root(data, url)  # refuses entity tricks before feedparser sees the bytes
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not parsed.entries:
        reason = str(getattr(parsed, "bozo_exception", "")) or "not a feed"
        raise InputError(f"{url}: not an RSS or Atom feed ({reason.splitlines()[0]})")
    feed_lang = parsed.feed.get("language")
    found: list[Entry] = []
    for item in parsed.entries[:MAX_ENTRIES]:
        link = item.get("link")
        if not link:
            continue
        link = urljoin(url, str(link))
        key = str(item.get("id") or link)
        lang = item.get("language") or _content_lang(item) or feed_lang
        found.append(Entry(key=key, url=link, lang=str(lang) if lang else None))
    return found


def _content_lang(item: dict[str, object]) -> str | None:
    content = item.get("content")
    if isinstance(content, list) and content and isinstance(content[0], dict):
        lang = content[0].get("language")
        return str(lang) if lang else None
    return None


def sitemap_entries(data: bytes, url: str) -> list[Entry]:
    """URLs of an XML sitemap (``urlset``) or the child sitemaps of a sitemap index."""
    root = _safe_root(data, url)
    if root is None or root.tag not in (f"{_SITEMAP_NS}urlset", f"{_SITEMAP_NS}sitemapindex",
                                        "urlset", "sitemapindex"):
        raise InputError(f"{url}: not an XML sitemap (expected <urlset> or <sitemapindex>)")
    found: list[Entry] = []
    for loc in root.iter():
        if loc.tag in (f"{_SITEMAP_NS}loc", "loc") and loc.text and loc.text.strip():
            link = urljoin(url, loc.text.strip())
            found.append(Entry(key=link, url=link))
            if len(found) >= MAX_ENTRIES:
                break
    return found


def is_sitemap_index(data: bytes) -> bool:
    try:
        root = SafeET.fromstring(data)
    except (DefusedXmlException, ParseError):
        return False
    return root.tag in (f"{_SITEMAP_NS}sitemapindex", "sitemapindex")


def lang_matches(wanted: str | None, declared: str | None) -> bool:
    """An entry is kept unless the watch wants one language and the entry declares another."""
    if wanted is None or declared is None:
        return True
    return declared.lower().split("-")[0] == wanted.lower().split("-")[0]
