"""User administration in the browser (admins): list, add, change role, disable, reset password.

Each action is a form POST carrying the session's CSRF token and does what the matching
``stationwatch user`` command does: disabling a user or setting a new password ends
every session of theirs at once (``Backend.set_disabled`` / ``set_password_hash``).
An admin cannot disable or demote their own account here, so the site always keeps
the admin who is using it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from stationwatch.errors import InputError, StationwatchError
from stationwatch.views.backend import ROLES, Backend, Role
from stationwatch.web.auth import Principal, admin
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.i18n import gettext as _
from stationwatch.web.l10n import term
from stationwatch.web.security import MIN_PASSWORD, hash_password
from stationwatch.web.views import check_csrf, render

router = APIRouter(include_in_schema=False)
Admin = Annotated[Principal, Depends(admin)]
Name = Annotated[str, Form(max_length=80)]
Password = Annotated[str, Form(max_length=1000)]


def _page(request: Request, message: str = "", error: str = "",
          status: int = 200) -> HTMLResponse:
    backend: Backend = request.app.state.backend
    return render(request, "users.html", {
        "users": backend.user_list(), "roles": ROLES, "message": message, "error": error,
        "min_password": MIN_PASSWORD}, status=status)


def _done(message: str) -> RedirectResponse:
    return RedirectResponse(f"/admin/users?{urlencode({'message': message})}", status_code=303)


def _role(text: str) -> Role:
    if text not in ROLES:
        raise InputError(_("role %(role)r: expected one of %(roles)s") % {
            "role": text, "roles": ", ".join(ROLES)})
    return text


def _password(password: str, again: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise InputError(_("password: at least %(n)s characters, please") % {"n": MIN_PASSWORD})
    if password != again:
        raise InputError(_("password: the two entries differ"))
    return hash_password(password)


def _not_self(who: Principal, name: str, refusal: str) -> None:
    if name == who.name:
        raise InputError(refusal)


@router.get("/admin/users", response_class=HTMLResponse)
def users_page(request: Request, who: Admin, message: str = "") -> Response:
    return _page(request, message=message[:200])


def _act(request: Request, csrf_token: str, action: Callable[[], str]) -> Response:
    """Check the token, run the change, and answer with the page (error shown on it, 400)."""
    check_csrf(request, csrf_token)
    try:
        message = action()
    except StationwatchError as error:
        return _page(request, error=message_of(error), status=400)
    return _done(message)


@router.post("/admin/users", response_class=HTMLResponse)
def add_user(request: Request, who: Admin, csrf_token: Annotated[str, Form()], name: Name,
             role: Annotated[str, Form()], password: Password,
             password_again: Password) -> Response:
    def run() -> str:
        chosen = _role(role)
        hashed = _password(password, password_again)
        request.app.state.backend.add_user(name, chosen, hashed)
        return _("added %(role)s %(name)r") % {"role": term(chosen, "audience"),
                                               "name": name.strip()}
    return _act(request, csrf_token, run)


@router.post("/admin/users/{name}/role", response_class=HTMLResponse)
def change_role(request: Request, who: Admin, name: str, csrf_token: Annotated[str, Form()],
                role: Annotated[str, Form()]) -> Response:
    def run() -> str:
        _not_self(who, name, _("you cannot change the role of your own account; "
                               "ask another admin"))
        chosen = _role(role)
        request.app.state.backend.set_role(name, chosen)
        return _("%(name)r is now %(role)s") % {"name": name, "role": term(chosen, "audience")}
    return _act(request, csrf_token, run)


@router.post("/admin/users/{name}/disable", response_class=HTMLResponse)
def disable_user(request: Request, who: Admin, name: str, csrf_token: Annotated[str, Form()],
                 enable: Annotated[bool, Form()] = False) -> Response:
    def run() -> str:
        if not enable:
            _not_self(who, name, _("you cannot disable your own account; ask another admin"))
        request.app.state.backend.set_disabled(name, not enable)
        if enable:
            return _("%(name)r enabled") % {"name": name}
        return _("%(name)r disabled; their open sessions have ended") % {"name": name}
    return _act(request, csrf_token, run)


@router.post("/admin/users/{name}/password", response_class=HTMLResponse)
def reset_password(request: Request, who: Admin, name: str,
                   csrf_token: Annotated[str, Form()], password: Password,
                   password_again: Password) -> Response:
    def run() -> str:
        request.app.state.backend.set_password_hash(name, _password(password, password_again))
        return _("password set for %(name)r; their open sessions have ended") % {"name": name}
    return _act(request, csrf_token, run)
