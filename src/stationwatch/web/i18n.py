"""Interface languages: which one a request reads in, and its gettext catalogue.

The dashboard speaks English (the source strings), simplified Chinese and traditional
Chinese. The language comes, first match wins, from ``?lang=`` (the switch in every
page's header, which also stores it in a cookie), the ``sw_lang`` cookie, the browser's
``Accept-Language``, and otherwise English. The JSON API is not translated.

The chosen locale lives in a context variable for the whole request, so templates
(``_()``, ``{% trans %}``) and the Python code that builds messages shown to people
(``gettext`` here) translate the same way without passing it around.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.support import NullTranslations, Translations
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: The interface languages, English (the source) first: Babel locale identifiers.
LOCALES = ("en", "zh_Hans", "zh_Hant")
DEFAULT = "en"
LANG_COOKIE = "sw_lang"
LANG_PARAM = "lang"
#: One year: a reader picks a language once.
COOKIE_SECONDS = 365 * 86400
#: The ``<html lang>`` (BCP 47) of each locale.
HTML_LANG = {"en": "en", "zh_Hans": "zh-Hans", "zh_Hant": "zh-Hant"}
#: Each language's name in itself, for the switch.
SELF_NAMES = {"en": "English", "zh_Hans": "简体中文", "zh_Hant": "繁體中文"}
#: Longest Accept-Language header read (browsers send well under 200 characters).
MAX_ACCEPT = 500
DOMAIN = "messages"
#: Longest language tag read (BCP 47 tags in use are under 20 characters).
MAX_TAG = 35
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")

_current: ContextVar[str] = ContextVar("stationwatch_ui_locale", default=DEFAULT)


def supported(tag: str | None) -> str | None:
    """The interface locale for a BCP 47 or POSIX tag (``zh-TW`` → ``zh_Hant``), else None.

    Chinese without a script goes by its region (TW, HK, MO: traditional), and to
    simplified otherwise, as browsers in mainland China and Singapore expect.
    """
    if not tag or len(tag) > MAX_TAG or not _TAG.fullmatch(tag.strip()):
        return None
    try:
        locale = Locale.parse(tag.strip().replace("_", "-"), sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return None
    if locale.language == "en":
        return "en"
    if locale.language == "zh":
        if locale.script == "Hant" or locale.territory in {"TW", "HK", "MO"}:
            return "zh_Hant"
        return "zh_Hans"
    return None


def from_accept_language(header: str | None) -> str | None:
    """The best supported locale of an ``Accept-Language`` header (q-values honoured)."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "")[:MAX_ACCEPT].split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and quality > 0:
            ranked.append((-quality, position, tag))
    for _, _, tag in sorted(ranked):
        found = supported(tag)
        if found:
            return found
    return None


def choose(requested: str | None, cookie: str | None, accept: str | None) -> str:
    """The locale of a request: ``?lang=``, then the cookie, then the browser, then English."""
    return supported(requested) or supported(cookie) or from_accept_language(accept) or DEFAULT


#: Where the catalogues are: ``<locale>/LC_MESSAGES/messages.po`` and its compiled ``.mo``.
LOCALE_DIR = Path(str(resources.files("stationwatch.web").joinpath("locale")))


@cache
def translations(locale: str) -> NullTranslations:
    """The compiled catalogue of ``locale`` (English: none, the msgids are the text)."""
    if locale == DEFAULT:
        return NullTranslations()
    found = Translations.load(str(LOCALE_DIR), [locale], DOMAIN)
    if not isinstance(found, Translations):
        raise FileNotFoundError(f"{LOCALE_DIR}/{locale}/LC_MESSAGES/{DOMAIN}.mo is missing: "
                                "run scripts/i18n.sh compile")
    return found


def current() -> str:
    """The locale of the request being served (English outside a request)."""
    return _current.get()


@contextmanager
def using(locale: str) -> Iterator[None]:
    """Translate into ``locale`` inside the block (tests, and renders outside a request)."""
    token = _current.set(locale)
    try:
        yield
    finally:
        _current.reset(token)


def gettext(message: str) -> str:
    return translations(_current.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return str(translations(_current.get()).pgettext(context, message))


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    return translations(_current.get()).npgettext(context, singular, plural, n)


class LanguageMiddleware:
    """Sets the request's locale; ``?lang=`` with a supported language is also remembered.

    Plain ASGI, so the context variable is set in the task that runs the route (and
    copied into the thread of a synchronous one).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        requested = supported(connection.query_params.get(LANG_PARAM))
        locale = choose(requested, connection.cookies.get(LANG_COOKIE),
                        connection.headers.get("accept-language"))
        api = str(scope.get("path", "")).startswith("/api/")  # the JSON API stays English
        remember = (requested is not None and not api
                    and requested != connection.cookies.get(LANG_COOKIE))

        async def send_with_language(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.add_vary_header("Accept-Language")
                headers.add_vary_header("Cookie")
                if not api and "content-language" not in headers:
                    headers["Content-Language"] = HTML_LANG[locale]
                if remember:
                    carrier = Response()
                    carrier.set_cookie(LANG_COOKIE, locale, max_age=COOKIE_SECONDS,
                                       httponly=True, samesite="lax", path="/",
                                       secure=scope.get("scheme") == "https")
                    for name, value in carrier.raw_headers:
                        if name == b"set-cookie":
                            headers.append("set-cookie", value.decode("latin-1"))
            await send(message)

        token = _current.set(locale)
        try:
            await self.app(scope, receive, send_with_language)
        finally:
            _current.reset(token)
