"""Sessions end on the server: signing out, a new password or a disabled account revoke
them, and each session has its own CSRF token, made at sign-in."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from stationwatch.web.security import hash_password
from tests.web.conftest import AppFactory, client_for, csrf_of, sign_in

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

if TYPE_CHECKING:
    from stationwatch.views.backend import Backend


def _copy(app: object, source: TestClient) -> TestClient:
    """Another browser holding a copy of ``source``'s cookies (a stolen session cookie)."""
    thief = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    for name in ("sw_session", "sw_csrf"):
        value = source.cookies.get(name)
        assert value
        thief.cookies.set(name, value)
    return thief


def test_a_cookie_copied_before_sign_out_stops_working(make_app: AppFactory) -> None:
    app = make_app()
    analyst = client_for(app, "analyst")
    thief = _copy(app, analyst)
    assert thief.get("/api/v1/review").status_code == 200
    out = analyst.post("/logout", data={"csrf_token": csrf_of(analyst)}, follow_redirects=False)
    assert out.status_code == 303
    assert thief.get("/api/v1/review").status_code == 401
    assert thief.get("/review", follow_redirects=False).status_code == 303  # to sign-in
    assert analyst.get("/api/v1/review").status_code == 401


def test_a_new_password_or_disabling_ends_copied_sessions(
        make_app: AppFactory, evidence: tuple[Backend, dict[str, object]]) -> None:
    backend, _ = evidence
    app = make_app()
    analyst, viewer = client_for(app, "analyst"), client_for(app, "viewer")
    stolen_analyst, stolen_viewer = _copy(app, analyst), _copy(app, viewer)
    backend.set_password_hash("ana", hash_password("a new long passphrase"))
    assert stolen_analyst.get("/api/v1/review").status_code == 401
    backend.set_disabled("vic", True)
    assert stolen_viewer.get("/api/v1/stations").status_code == 401
    backend.set_disabled("vic", False)
    assert stolen_viewer.get("/api/v1/stations").status_code == 401  # it stays ended


def test_sign_out_of_one_session_leaves_the_users_other_sessions(make_app: AppFactory) -> None:
    app = make_app()
    laptop, phone = client_for(app, "analyst"), client_for(app, "analyst")
    laptop.post("/logout", data={"csrf_token": csrf_of(laptop)})
    assert phone.get("/api/v1/review").status_code == 200


def test_the_csrf_token_is_rotated_at_sign_in_and_bound_to_the_session(
        make_app: AppFactory, evidence: tuple[Backend, dict[str, object]]) -> None:
    _, facts = evidence
    fact_id = facts["toronto"].id  # type: ignore[attr-defined]
    app = make_app()
    browser = client_for(app, "anonymous")
    before = csrf_of(browser)
    assert sign_in(browser, "ana").status_code == 303
    after = browser.cookies.get("sw_csrf")
    assert after and after != before
    url = f"/api/v1/facts/{fact_id}/judgements"
    # The token from before sign-in (known to whoever planted it) no longer works,
    # even when the attacker also sets the cookie to match (double submit alone is not enough).
    browser.cookies.set("sw_csrf", before)
    stale = browser.post(url, json={"verdict": "accept"}, headers={"X-CSRF-Token": before})
    assert stale.status_code == 403
    other = client_for(app, "admin")
    foreign = browser.post(url, json={"verdict": "accept"},
                           headers={"X-CSRF-Token": other.cookies.get("sw_csrf") or ""})
    assert foreign.status_code == 403
    assert browser.post(url, json={"verdict": "accept"},
                        headers={"X-CSRF-Token": after}).status_code == 201
    page = browser.get("/review").text
    assert f'value="{after}"' in page or "The queue is empty." in page
