"""``stationwatch user passwd`` / ``user disable`` on a real store, and the session key file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from stationwatch.cli import app
from stationwatch.cli.web_cmds import session_secret
from stationwatch.errors import AccessDenied, InputError
from stationwatch.store import kb_repo
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.views.store_backend import StoreBackend
from stationwatch.web.security import verify_password


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    store = init_store(StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db")))
    with store.engine.begin() as conn:
        kb_repo.add_user(conn, "admin", "admin")
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.add_user(conn, "vic", "viewer")
    store.engine.dispose()
    return root


def run(store_dir: Path, *args: str, stdin: str = "") -> Result:
    return CliRunner().invoke(app, [*args, "--store", str(store_dir)], input=stdin)


def backend(store_dir: Path) -> StoreBackend:
    return StoreBackend(init_store(StoreSettings(
        root=store_dir, db_url=sqlite_url(store_dir / "stationwatch.db"))).engine)


def test_admin_sets_a_password_that_is_stored_as_argon2(store_dir: Path) -> None:
    result = run(store_dir, "user", "passwd", "ana", "--as", "admin", "--password-stdin",
                 stdin="a long enough passphrase\n")
    assert result.exit_code == 0, result.output
    user = backend(store_dir).user("ana")
    assert user is not None and user.password_hash is not None
    assert user.password_hash.startswith("$argon2id$")
    assert verify_password(user.password_hash, "a long enough passphrase")


def test_users_may_set_only_their_own_password(store_dir: Path) -> None:
    own = run(store_dir, "user", "passwd", "vic", "--as", "vic", "--password-stdin",
              stdin="my own long passphrase\n")
    assert own.exit_code == 0
    other = run(store_dir, "user", "passwd", "ana", "--as", "vic", "--password-stdin",
                stdin="someone else's passphrase\n")
    assert isinstance(other.exception, AccessDenied)
    assert "is a viewer and cannot set passwords" in str(other.exception)


def test_short_passwords_and_unknown_users_are_refused(store_dir: Path) -> None:
    short = run(store_dir, "user", "passwd", "ana", "--as", "admin", "--password-stdin",
                stdin="short\n")
    assert isinstance(short.exception, InputError)
    nobody = run(store_dir, "user", "passwd", "zed", "--as", "admin", "--password-stdin",
                 stdin="a long enough passphrase\n")
    assert "user 'zed': no such user" in str(nobody.exception)


def test_disable_and_enable(store_dir: Path) -> None:
    refused = run(store_dir, "user", "disable", "admin", "--as", "ana")
    assert isinstance(refused.exception, AccessDenied)
    assert run(store_dir, "user", "disable", "vic", "--as", "admin").exit_code == 0
    user = backend(store_dir).user("vic")
    assert user is not None and user.disabled
    assert run(store_dir, "user", "disable", "vic", "--enable", "--as",
               "admin").exit_code == 0
    again = backend(store_dir).user("vic")
    assert again is not None and not again.disabled


def test_session_key_is_kept_private_and_reused(tmp_path: Path) -> None:
    first = session_secret(tmp_path)
    assert len(first) == 32
    assert session_secret(tmp_path) == first
    assert (tmp_path / "web-session.key").stat().st_mode & 0o077 == 0
