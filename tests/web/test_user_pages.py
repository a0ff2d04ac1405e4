"""User administration pages: admins list, add, re-role, disable and reset users; the
changes act at once (a disabled user's sessions end), every form needs the CSRF token,
and nobody else gets in. On SQLite and PostgreSQL (the shared ``store`` fixture)."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from tests.web.conftest import AppFactory, client_for, csrf_of, sign_in, text_of
from tests.web.data import PASSWORD

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

if TYPE_CHECKING:
    from stationwatch.views.backend import Backend

NEW_PASSWORD = "a brand new passphrase"  # noqa: S105  # a test password


def _post(client: TestClient, url: str, **form: str) -> object:
    return client.post(url, data={"csrf_token": csrf_of(client), **form},
                       follow_redirects=False)


def test_admin_adds_a_user_who_can_then_sign_in_with_that_role(
        make_app: AppFactory, evidence: tuple[Backend, dict[str, object]]) -> None:
    backend, _ = evidence
    app = make_app()
    admin = client_for(app, "admin")
    page = admin.get("/admin/users")
    assert page.status_code == 200
    assert {"ana", "vic", "admin"} <= set(text_of(page.text).split())
    done = _post(admin, "/admin/users", name="nora", role="viewer", password=NEW_PASSWORD,
                 password_again=NEW_PASSWORD)
    assert done.status_code == 303  # type: ignore[attr-defined]
    assert "added viewer" in text_of(admin.get(done.headers["location"]).text)  # type: ignore[attr-defined]
    user = backend.user("nora")
    assert user is not None and user.role == "viewer"
    newcomer = TestClient(app, base_url="http://127.0.0.1")
    assert sign_in(newcomer, "nora", NEW_PASSWORD).status_code == 303
    assert newcomer.get("/api/v1/review").status_code == 403  # a viewer reviews nothing


def test_bad_additions_are_one_clear_line_and_change_nothing(
        make_app: AppFactory, evidence: tuple[Backend, dict[str, object]]) -> None:
    backend, _ = evidence
    admin = client_for(make_app(), "admin")
    before = [u.name for u in backend.user_list()]
    cases = {("ana", "viewer", NEW_PASSWORD, NEW_PASSWORD): "user 'ana' already exists",
             ("zoe", "viewer", "short", "short"): "at least 12 characters",
             ("zoe", "viewer", NEW_PASSWORD, NEW_PASSWORD + "x"): "the two entries differ",
             ("zoe", "owner", NEW_PASSWORD, NEW_PASSWORD): "role 'owner': expected one of",
             ("  ", "viewer", NEW_PASSWORD, NEW_PASSWORD): "user name: must not be empty"}
    for (name, role, password, again), message in cases.items():
        answer = _post(admin, "/admin/users", name=name, role=role, password=password,
                       password_again=again)
        assert answer.status_code == 400, name  # type: ignore[attr-defined]
        assert message in text_of(answer.text)  # type: ignore[attr-defined]
    assert [u.name for u in backend.user_list()] == before


def test_disabling_ends_the_users_open_session_at_once_and_enabling_lets_them_back(
        make_app: AppFactory) -> None:
    app = make_app()
    admin, analyst = client_for(app, "admin"), client_for(app, "analyst")
    assert analyst.get("/review").status_code == 200
    assert _post(admin, "/admin/users/ana/disable").status_code == 303  # type: ignore[attr-defined]
    assert analyst.get("/review", follow_redirects=False).status_code == 303  # to sign-in
    assert "disabled" in text_of(admin.get("/admin/users").text)
    again = TestClient(app, base_url="http://127.0.0.1")
    assert sign_in(again, "ana").status_code == 401
    assert _post(admin, "/admin/users/ana/disable", enable="true"  # type: ignore[attr-defined]
                 ).status_code == 303
    assert sign_in(again, "ana").status_code == 303


def test_role_change_applies_to_the_next_request_and_reset_password_ends_sessions(
        make_app: AppFactory) -> None:
    app = make_app()
    admin, analyst = client_for(app, "admin"), client_for(app, "analyst")
    assert _post(admin, "/admin/users/ana/role", role="viewer"  # type: ignore[attr-defined]
                 ).status_code == 303
    assert analyst.get("/review").status_code == 403  # same session, new role
    viewer = client_for(app, "viewer")
    assert _post(admin, "/admin/users/vic/password", password=NEW_PASSWORD,  # type: ignore[attr-defined]
                 password_again=NEW_PASSWORD).status_code == 303
    assert viewer.get("/stations", follow_redirects=False).status_code == 303
    fresh = TestClient(app, base_url="http://127.0.0.1")
    assert sign_in(fresh, "vic", PASSWORD).status_code == 401
    assert sign_in(fresh, "vic", NEW_PASSWORD).status_code == 303


def test_an_admin_cannot_lock_themselves_out(make_app: AppFactory,
                                             evidence: tuple[Backend, dict[str, object]]
                                             ) -> None:
    backend, _ = evidence
    admin = client_for(make_app(), "admin")
    for url, form in (("/admin/users/admin/disable", {}),
                      ("/admin/users/admin/role", {"role": "viewer"})):
        answer = _post(admin, url, **form)
        assert answer.status_code == 400  # type: ignore[attr-defined]
        assert "your own account" in text_of(answer.text)  # type: ignore[attr-defined]
    user = backend.user("admin")
    assert user is not None and user.role == "admin" and not user.disabled


def test_every_form_needs_the_sessions_csrf_token(make_app: AppFactory,
                                                  evidence: tuple[Backend, dict[str, object]]
                                                  ) -> None:
    backend, _ = evidence
    admin = client_for(make_app(), "admin")
    for url, form in (("/admin/users", {"name": "eve", "role": "admin",
                                        "password": NEW_PASSWORD,
                                        "password_again": NEW_PASSWORD}),
                      ("/admin/users/ana/role", {"role": "viewer"}),
                      ("/admin/users/ana/disable", {}),
                      ("/admin/users/ana/password", {"password": NEW_PASSWORD,
                                                     "password_again": NEW_PASSWORD})):
        answer = admin.post(url, data={"csrf_token": "forged", **form}, follow_redirects=False)
        assert answer.status_code == 403, url
        assert "<html" in answer.text  # the HTML error page, not JSON
    assert backend.user("eve") is None
    ana = backend.user("ana")
    assert ana is not None and ana.role == "analyst" and not ana.disabled


def test_non_admins_get_an_html_403(make_app: AppFactory) -> None:
    app = make_app()
    for role in ("viewer", "analyst"):
        answer = client_for(app, role).get("/admin/users")
        assert answer.status_code == 403
        assert "admin role" in text_of(answer.text) and "<html" in answer.text
    assert "nav-users" not in client_for(app, "analyst").get("/").text
    assert "nav-users" in client_for(app, "admin").get("/").text
