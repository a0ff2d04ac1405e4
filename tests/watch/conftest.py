"""A watched site, a webhook receiver and a mail server, all real and on 127.0.0.1.

``Site`` serves a feed, a page that changes, a page that disappears (404), a page
that is redirected to the home page, a sitemap, a robots.txt and a broken URL;
tests change what it serves by setting its fields. It answers conditional
requests (ETag) with 304 and logs every request's path and validator headers.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from stationwatch.capture.http import FetchPolicy
from stationwatch.store.core import Store, init_store
from stationwatch.store.settings import StoreSettings
from stationwatch.watch.polite import Fetcher

LOOPBACK = FetchPolicy(allowed_addresses=frozenset({"127.0.0.1"}))

ARTICLES = {
    "1": "According to Safeguard Defenders, a Chinese overseas police station operates in "
         "Milan, Italy, run by the Qingtian public security bureau.",
    "2": "A Chinese overseas police station operates in Prato, Italy, according to "
         "Safeguard Defenders.",
    "3": "Safeguard Defenders says a Chinese overseas police station in Milan, Italy, is run "
         "by the Wenzhou public security bureau.",
    "s1": "Local reporters visited the association offices in the city centre.",
    "s2": "The city council discussed the new library opening hours.",
}
NOTICE_V1 = ("The Dutch government announced an investigation into the Chinese police stations "
             "in Amsterdam.", "Officials gave no further details.")
NOTICE_V2 = ("The Dutch government announced an investigation into the Chinese police stations "
             "in Amsterdam.", "The Chinese Ministry of Foreign Affairs denied that any police "
             "stations exist in the Netherlands.")


def html_page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


@dataclass
class Site:
    """What the site serves now; tests edit it between polls."""

    base: str = ""
    feed_items: list[str] = field(default_factory=lambda: ["1", "2"])
    notice: tuple[str, ...] = NOTICE_V1
    gone: bool = False
    moved: bool = False
    sitemap: list[str] = field(default_factory=lambda: ["s1", "s2"])
    robots_status: int = 200
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    #: When set, the answer for article 1 waits for ``gate`` (and ``waiting`` says it does).
    gate: threading.Event | None = None
    waiting: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def asked(self, path: str) -> list[dict[str, str]]:
        """Validator headers of each request for ``path``, in order."""
        with self.lock:
            return [headers for p, headers in self.requests if p == path]

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>Article {n}</title><link>{self.base}/articles/{n}.html</link>"
            f"<guid>urn:article:{n}</guid></item>" for n in self.feed_items)
        return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                f"<title>News</title><link>{self.base}/</link><language>en</language>"
                f"{items}</channel></rss>").encode()

    def sitemap_xml(self) -> bytes:
        urls = "".join(f"<url><loc>{self.base}/articles/{n}.html</loc></url>"
                       for n in self.sitemap)
        return ("<?xml version='1.0' encoding='UTF-8'?>"
                "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                f"{urls}</urlset>").encode()


class _SiteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _SiteServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test output is the assertions."""

    def do_GET(self) -> None:
        site = self.server.site
        validators = {k: v for k, v in self.headers.items()
                      if k.lower() in ("if-none-match", "if-modified-since")}
        with site.lock:
            site.requests.append((self.path, validators))
        routes: dict[str, Callable[[], tuple[int, bytes, str]]] = {
            "/": lambda: (200, html_page("Home", "Welcome to the news site."), "text/html"),
            "/robots.txt": lambda: (site.robots_status, b"User-agent: *\nDisallow: /private/\n"
                                    if site.robots_status == 200 else b"", "text/plain"),
            "/feed.xml": lambda: (200, site.feed(), "application/rss+xml"),
            "/sitemap.xml": lambda: (200, site.sitemap_xml(), "application/xml"),
            "/sitemap-index.xml": lambda: (200, (
                "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns="
                "'http://www.sitemaps.org/schemas/sitemap/0.9'><sitemap>"
                f"<loc>{site.base}/sitemap.xml</loc></sitemap></sitemapindex>").encode(),
                "application/xml"),
            "/notice.html": lambda: (200, html_page("Notice", *site.notice), "text/html"),
            "/private/secret.html": lambda: (200, html_page("Secret", "Hidden."), "text/html"),
            "/broken": lambda: (500, b"server error", "text/plain"),
        }
        if self.path == "/gone.html":
            if site.gone:
                self._send(404, b"not found", "text/plain")
            else:
                self._send(200, html_page("Statement", "The consulate published its opening "
                                          "hours for the summer."), "text/html")
            return
        if self.path == "/moved.html":
            if site.moved:
                self._redirect("/")
            else:
                self._send(200, html_page("Office", "The office opens on Mondays."),
                           "text/html")
            return
        if self.path.startswith("/articles/"):
            key = self.path.removeprefix("/articles/").removesuffix(".html")
            if key == "1" and site.gate is not None:
                site.waiting.set()
                site.gate.wait(timeout=60)
            if key in ARTICLES:
                self._send(200, html_page(f"Article {key}", ARTICLES[key]), "text/html")
                return
        route = routes.get(self.path)
        if route is None:
            self._send(404, b"not found", "text/plain")
            return
        self._send(*route())

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if status == 200:
            self.send_header("ETag", etag)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    site: Site


@dataclass
class Webhook:
    """Requests the receiver got: (headers, raw body)."""

    url: str
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    status: int = 200
    arrived: threading.Event = field(default_factory=threading.Event)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body in self.received]


class _HookHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HookServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        hook = self.server.hook
        hook.received.append(({k.lower(): v for k, v in self.headers.items()}, body))
        hook.arrived.set()
        self.send_response(hook.status)
        self.send_header("Content-Length", "0")
        self.end_headers()


class _HookServer(ThreadingHTTPServer):
    daemon_threads = True
    hook: Webhook


def _serve(server: ThreadingHTTPServer) -> Iterator[None]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def site() -> Iterator[Site]:
    server = _SiteServer(("127.0.0.1", 0), _SiteHandler)
    server.site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    for _ in _serve(server):
        yield server.site


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    server = _HookServer(("127.0.0.1", 0), _HookHandler)
    server.hook = Webhook(url=f"http://127.0.0.1:{server.server_address[1]}/hook")
    for _ in _serve(server):
        yield server.hook


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []
        self.arrived = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        self.arrived.set()
        return "250 Message accepted for delivery"


@dataclass
class MailServer:
    host: str
    port: int
    box: _Mailbox


class _BoundController(Controller):
    """aiosmtpd's controller on a socket already bound to a free loopback port (no race)."""

    def __init__(self, handler: Any) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen()
        super().__init__(handler, hostname="127.0.0.1", port=self._sock.getsockname()[1])

    def _create_server(self) -> Any:
        loop: asyncio.AbstractEventLoop = self.loop
        return loop.create_server(self._factory_invoker, sock=self._sock)


@pytest.fixture
def smtp_server() -> Iterator[MailServer]:
    box = _Mailbox()
    controller = _BoundController(box)
    controller.start()
    try:
        yield MailServer("127.0.0.1", controller.port, box)
    finally:
        controller.stop()


@pytest.fixture
def watch_store(store: StoreSettings) -> Iterator[Store]:
    opened = init_store(store)
    yield opened
    opened.engine.dispose()


def loopback_fetcher() -> Fetcher:
    """The capture guard's loopback allowance (exactly 127.0.0.1), no pause between requests."""
    return Fetcher(policy=LOOPBACK, host_interval=0)

