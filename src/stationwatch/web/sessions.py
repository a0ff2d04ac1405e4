"""Server-side sessions: a random token in the cookie, its hash and CSRF token in the store.

A session is valid while its row exists and has not expired, and its user is
still active. Signing out deletes the row, so a copied cookie stops working at
once; a new password or ``stationwatch user disable`` deletes every row of that
user. The cookie carries ``token.mac`` (HMAC-SHA256 with the server's secret), so
a forged or mangled cookie is refused without a database read. Each session has
its own CSRF token, made at sign-in: forms and API writes of a signed-in user
must echo that token, not whichever one a cookie holds.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from stationwatch.views.backend import Backend, UserRecord

SESSION_HOURS = 12
#: How long a browser stays a known device of the users who signed in on it.
DEVICE_DAYS = 365


@dataclass(frozen=True, slots=True)
class ActiveSession:
    """A signed-in user and the CSRF token bound to their session."""

    user: UserRecord
    csrf: str
    token_hash: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


@dataclass
class Sessions:
    """Starts, reads and ends sessions for one server secret over one backend."""

    secret: bytes
    hours: int = SESSION_HOURS

    def _mac(self, token: str) -> str:
        return hmac.new(self.secret, token.encode(), hashlib.sha256).hexdigest()

    def start(self, backend: Backend, user: str,
              now: datetime | None = None) -> tuple[str, str]:
        """A new session for ``user``: the cookie value and the session's CSRF token."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        moment = now or datetime.now(UTC)
        backend.create_session(user, token_hash(token), csrf, moment,
                               moment + timedelta(hours=self.hours))
        return f"{token}.{self._mac(token)}", csrf

    def _token(self, cookie: str | None) -> str | None:
        if not cookie or len(cookie) > 200 or "." not in cookie:
            return None
        token, _, mac = cookie.rpartition(".")
        return token if hmac.compare_digest(mac, self._mac(token)) else None

    def read(self, backend: Backend, cookie: str | None,
             now: datetime | None = None) -> ActiveSession | None:
        """The session a cookie names, if it is live and its user active."""
        token = self._token(cookie)
        if token is None:
            return None
        hashed = token_hash(token)
        found = backend.session(hashed, now or datetime.now(UTC))
        if found is None:
            return None
        user, csrf = found
        if user.disabled:
            return None
        return ActiveSession(user, csrf, hashed)

    def new_device(self, user: str) -> str:
        """A device cookie for a browser that just signed in as ``user`` (see ``throttle``)."""
        device = secrets.token_urlsafe(16)
        return f"{device}.{self._mac(user.casefold() + chr(10) + device)}"

    def device(self, cookie: str | None, user: str) -> str | None:
        """The device id if the cookie was given to this browser at a sign-in as ``user``."""
        if not cookie or len(cookie) > 200 or "." not in cookie:
            return None
        device, _, mac = cookie.rpartition(".")
        expected = self._mac(user.casefold() + chr(10) + device)
        return device if hmac.compare_digest(mac, expected) else None

    def end(self, backend: Backend, cookie: str | None) -> None:
        """Sign out: the session named by the cookie is deleted (nothing if there is none)."""
        token = self._token(cookie)
        if token is not None:
            backend.end_session(token_hash(token))
