"""Passwords, CSRF, login rate limits and the security headers of every response.

Sessions are kept server-side (``web.sessions``). CSRF: an anonymous browser (the
sign-in form) gets a random double-submit token in a ``SameSite=Strict`` cookie;
at sign-in a new token is made for the session and bound to it, and from then on
every form and state-changing API call must echo the session's token.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SESSION_COOKIE = "sw_session"
CSRF_COOKIE = "sw_csrf"
DEVICE_COOKIE = "sw_device"
#: The shortest password the CLI and the admin page accept.
MIN_PASSWORD = 12
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"

_hasher = PasswordHasher()
_log = logging.getLogger(__name__)


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so timing does not tell names apart.

    Made on first use: hashing costs a sixth of a second that no other command should pay.
    """
    return _hasher.hash("not a password")


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether the password matches; False (after the same work) when there is no hash."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def content_security_policy(tile_origin: str | None = None) -> str:
    """No inline script, no framing, images only from ourselves (and the tile server if set)."""
    images = "'self' data:" + (f" {tile_origin}" if tile_origin else "")
    return ("default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'none'")


class SecurityHeaders:
    """Adds the security headers to every response, errors included (plain ASGI: no overhead)."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.fixed = {
            "Content-Security-Policy": csp,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "X-Frame-Options": "DENY",
            "Cross-Origin-Opener-Policy": "same-origin",
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = MutableHeaders(scope=message)
                for name, value in self.fixed.items():
                    # A route may send a stricter policy of its own (originals: sandbox).
                    if name != "Content-Security-Policy" or name not in headers:
                        headers[name] = value
                if "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            # A bug: answered here, inside this middleware, so the 500 carries the headers
            # too (Starlette's own error page is sent outside every middleware).
            if started:
                raise
            _log.exception("unexpected error serving %s", scope.get("path", "?"))
            await PlainTextResponse("internal error", status_code=500)(
                scope, receive, send_with_headers)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def csrf_ok(cookie: str | None, submitted: str | None) -> bool:
    """The submitted token equals the cookie's (double submit)."""
    return bool(cookie and submitted and hmac.compare_digest(cookie, submitted))


class CsrfCookie:
    """Gives every browser a CSRF token cookie; forms echo it in ``csrf_token``.

    The token is put in ``request.state.csrf`` for the templates.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = HTTPConnection(scope).cookies.get(CSRF_COOKIE)
        csrf = token or new_csrf_token()
        scope.setdefault("state", {})["csrf"] = csrf

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start" and token is None:
                carrier = Response()
                carrier.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict",
                                   secure=scope.get("scheme") == "https", path="/")
                headers = MutableHeaders(scope=message)
                for name, value in carrier.raw_headers:
                    if name == b"set-cookie":
                        headers.append("set-cookie", value.decode("latin-1"))
            await send(message)

        await self.app(scope, receive, send_with_cookie)
