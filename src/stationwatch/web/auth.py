"""Who is asking: the signed-in user or an anonymous reader, and what they may do.

Routes declare what they need with one dependency (``reader`` or ``reviewer``);
the access-control test reads every route and checks the answer for every role.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, Request

from stationwatch.views.backend import Backend, Role
from stationwatch.views.redaction import Audience, may_review
from stationwatch.web.security import CSRF_COOKIE, SESSION_COOKIE
from stationwatch.web.sessions import Sessions
from stationwatch.web.terms import N_


@dataclass(frozen=True, slots=True)
class Principal:
    """The reader of one request: a user (name + role) or anonymous (``name`` None).

    ``csrf`` is the token bound to the user's session (None for anonymous readers).
    """

    name: str | None
    audience: Audience
    csrf: str | None = None

    @property
    def signed_in(self) -> bool:
        return self.name is not None

    @property
    def can_review(self) -> bool:
        return may_review(self.audience)


class LoginRequired(Exception):
    """Raised for an anonymous request to a private site; pages redirect, the API answers 401."""


def principal(request: Request) -> Principal:
    """The signed-in user if the session is live and the account active (read once a request)."""
    known: Principal | None = getattr(request.state, "principal", None)
    if known is not None:
        return known
    state = request.app.state
    backend: Backend = state.backend
    sessions: Sessions = state.sessions
    found = Principal(None, "public")
    if SESSION_COOKIE in request.cookies:
        active = sessions.read(backend, request.cookies.get(SESSION_COOKIE))
        if active is not None:
            role: Role = active.user.role
            found = Principal(active.user.name, role, active.csrf)
    request.state.principal = found
    return found


def expected_csrf(request: Request) -> str | None:
    """The CSRF token this request must echo: its session's when signed in, else the
    browser's double-submit cookie (the sign-in form)."""
    who = principal(request)
    if who.signed_in:
        return who.csrf
    token: str | None = request.cookies.get(CSRF_COOKIE)
    return token


def page_csrf(request: Request) -> str:
    """The token forms on this page carry."""
    fallback: str = getattr(request.state, "csrf", "")
    return expected_csrf(request) or fallback


def reader(request: Request, who: Principal = Depends(principal)) -> Principal:  # noqa: B008
    """Anyone signed in; anonymous readers only when the site runs with ``--public``."""
    if not who.signed_in and not request.app.state.settings.public:
        raise LoginRequired
    return who


def reviewer(who: Principal = Depends(principal)) -> Principal:  # noqa: B008
    """Analysts and admins."""
    if not who.signed_in:
        raise LoginRequired
    if not who.can_review:
        raise HTTPException(403, N_("reviewing needs the analyst or admin role"))
    return who


def admin(who: Principal = Depends(principal)) -> Principal:  # noqa: B008
    """Admins only (user administration)."""
    if not who.signed_in:
        raise LoginRequired
    if who.audience != "admin":
        raise HTTPException(403, "managing users needs the admin role")
    return who
