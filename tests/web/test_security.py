"""Headers, cookies, CSRF, sign-in limits and sessions as a browser meets them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from stationwatch.views.backend import Backend
from stationwatch.web.security import hash_password, verify_password
from tests.web.conftest import AppFactory, client_for, csrf_of, sign_in

if TYPE_CHECKING:
    from starlette.testclient import TestClient


@pytest.mark.parametrize("url", ["/", "/stations", "/api/v1/stations", "/nowhere",
                                 "/api/v1/stations?sort=bad", "/static/app.css", "/login"])
def test_security_headers_on_every_response(client: Callable[[str], TestClient],
                                            url: str) -> None:
    response = client("public").get(url)
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1]
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"


def test_pages_carry_no_inline_script(client: Callable[[str], TestClient]) -> None:
    page = client("analyst").get("/").text
    assert "<script>" not in page and "onload=" not in page
    assert '<script src="/static/map.js" defer></script>' in page


def test_session_cookie_flags(make_app: AppFactory) -> None:
    plain = client_for(make_app(), "anonymous")
    response = sign_in(plain, "ana")
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie
    tls = client_for(make_app(), "anonymous")
    tls.base_url = tls.base_url.copy_with(scheme="https")
    secure = sign_in(tls, "ana").headers["set-cookie"]
    assert "Secure" in secure


def test_private_site_sends_anonymous_readers_to_sign_in(
        client: Callable[[str], TestClient]) -> None:
    anonymous = client("anonymous")
    page = anonymous.get("/stations/IT:Milan", follow_redirects=False)
    assert page.status_code == 303
    assert page.headers["location"] == "/login?next=/stations/IT%3AMilan"
    assert anonymous.get("/api/v1/stations").status_code == 401


def test_forms_without_the_csrf_token_are_refused(client: Callable[[str], TestClient],
                                                  evidence: tuple[object, dict[str, object]]
                                                  ) -> None:
    _, facts = evidence
    fact_id = facts["toronto"].id  # type: ignore[attr-defined]
    analyst = client("analyst")
    forged = analyst.post(f"/review/{fact_id}", data={"verdict": "accept",
                                                       "csrf_token": "guess"})
    assert forged.status_code == 403
    assert "form expired" in forged.text
    api = analyst.post(f"/api/v1/facts/{fact_id}/judgements", json={"verdict": "accept"})
    assert api.status_code == 403
    assert analyst.get(f"/api/v1/facts/{fact_id}").json()["state"] == "candidate"
    login = client("anonymous").post("/login", data={"username": "ana", "password": "x",
                                                     "csrf_token": "nope"})
    assert login.status_code == 403


def test_wrong_password_unknown_and_disabled_users_cannot_sign_in(make_app: AppFactory) -> None:
    browser = client_for(make_app(), "anonymous")
    assert sign_in(browser, "ana", "wrong").status_code == 401
    assert sign_in(browser, "nobody").status_code == 401
    disabled = sign_in(browser, "gone")
    assert disabled.status_code == 401
    assert "Wrong name or password." in disabled.text  # the same answer for all three


def test_repeated_wrong_passwords_from_one_address_are_slowed(make_app: AppFactory) -> None:
    app = make_app()
    attacker = client_for(app, "anonymous")
    answers = [sign_in(attacker, "ana", f"guess{i}").status_code for i in range(4)]
    assert answers == [401, 401, 401, 429]
    waiting = sign_in(attacker, "ana")  # even the right password waits
    assert waiting.status_code == 429 and int(waiting.headers["retry-after"]) >= 1


def test_open_redirect_after_sign_in_is_refused(make_app: AppFactory) -> None:
    browser = client_for(make_app(), "anonymous")
    response = browser.post("/login", data={"username": "ana", "password": "correct horse "
                                            "battery staple", "csrf_token": csrf_of(browser),
                                            "next": "//evil.example/"}, follow_redirects=False)
    assert response.headers["location"] == "/"


def test_password_change_and_disabling_end_sessions(
        make_app: AppFactory, evidence: tuple[Backend, dict[str, object]]) -> None:
    backend, _ = evidence
    app = make_app()
    analyst = client_for(app, "analyst")
    viewer = client_for(app, "viewer")
    assert analyst.get("/api/v1/review").status_code == 200
    backend.set_password_hash("ana", hash_password("a new passphrase"))
    assert analyst.get("/api/v1/review").status_code == 401
    backend.set_disabled("vic", True)
    assert viewer.get("/api/v1/stations").status_code == 401


def test_password_hashes_are_argon2() -> None:
    hashed = hash_password("s3cret words")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "s3cret words")
    assert not verify_password(hashed, "s3cret word")
    assert not verify_password(None, "")
    assert not verify_password("not a hash", "x")
