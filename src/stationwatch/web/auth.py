"""Who is asking: the signed-in user or an anonymous reader, and what they may do.

Routes declare what they need with one dependency (``reader`` or ``reviewer``);
the access-control test reads every route and checks the answer for every role.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, HTTPException, Request

from stationwatch.views.backend import Backend, Role
from stationwatch.views.redaction import Audience, may_review
from stationwatch.web.security import SESSION_COOKIE, SessionSigner


@dataclass(frozen=True, slots=True)
class Principal:
    """The reader of one request: a user (name + role) or anonymous (``name`` None)."""

    name: str | None
    audience: Audience

    @property
    def signed_in(self) -> bool:
        return self.name is not None

    @property
    def can_review(self) -> bool:
        return may_review(self.audience)


class LoginRequired(Exception):
    """Raised for an anonymous request to a private site; pages redirect, the API answers 401."""


def principal(request: Request) -> Principal:
    """The signed-in user if the session cookie is valid and the account is active."""
    state = request.app.state
    backend: Backend = state.backend
    signer: SessionSigner = state.signer
    claim = signer.read(request.cookies.get(SESSION_COOKIE))
    if claim is not None:
        user = backend.user(claim.user)
        if user is not None and not user.disabled and signer.matches(claim, user.password_hash):
            role: Role = user.role
            return Principal(user.name, role)
    return Principal(None, "public")


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
        raise HTTPException(403, "reviewing needs the analyst or admin role")
    return who
