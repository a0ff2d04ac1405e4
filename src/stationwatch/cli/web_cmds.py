"""Web commands: ``serve`` the dashboard, set or clear sign-in for users.

Examples::

    stationwatch serve --store ./stationwatch-data            # team dashboard on 127.0.0.1:8000
    stationwatch serve --public --port 8080                   # read-only, redacted public site
    stationwatch user passwd ana --as admin                   # prompts twice, stores argon2
    printf '%s\\n' "$PW" | stationwatch user passwd ana --as admin --password-stdin
    stationwatch user disable vic --as admin
"""

from __future__ import annotations

import ipaddress
import os
import secrets
import sys
from pathlib import Path
from typing import Annotated

import typer

from stationwatch.cli import app
from stationwatch.errors import AccessDenied, InputError, StoreError
from stationwatch.store import kb_repo
from stationwatch.store.core import open_store
from stationwatch.store.settings import resolve_settings
from stationwatch.views.store_backend import StoreBackend
from stationwatch.web.security import MIN_PASSWORD, hash_password

SECRET_FILE = "web-session.key"  # noqa: S105  # a file name, not a secret

StoreOpt = Annotated[str | None, typer.Option("--store", envvar="STATIONWATCH_STORE",
                                              help="Evidence store folder.")]
DbOpt = Annotated[str | None, typer.Option("--db", envvar="STATIONWATCH_DB",
                                           help="Database URL (default SQLite in the store).")]
AsOpt = Annotated[str | None, typer.Option("--as", envvar="STATIONWATCH_USER",
                                           help="Act as this user.")]


def _user_group() -> typer.Typer:
    """The ``user`` group the knowledge-base commands define (created here if absent)."""
    from stationwatch.cli import kb_cmds

    group: typer.Typer = kb_cmds.user_app
    return group


user_app = _user_group()


def session_secret(root: Path) -> bytes:
    """The key that signs session cookies, kept in the store folder so restarts keep sessions."""
    path = root / SECRET_FILE
    try:
        return bytes.fromhex(path.read_text("ascii").strip())
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as error:
        raise StoreError(f"{path}: unreadable session key ({error}); delete it to make a new one"
                         ) from None
    key = secrets.token_bytes(32)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        return key  # no writable store folder (a PostgreSQL-only setup): per-process key
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.hex())
    return key


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    public: Annotated[bool, typer.Option(
        "--public", help="Let anonymous readers in: read-only, sensitive values withheld.")]
    = False,
    tiles: Annotated[str | None, typer.Option(
        help="Optional map tile URL template, e.g. https://tiles.example/{z}/{x}/{y}.png "
             "(none by default: the map works offline).")] = None,
    access_log: Annotated[bool, typer.Option(
        "--access-log", help="Log every request with the reader's address (off by default: "
                             "who read what can endanger readers).")] = False,
    workers: Annotated[int, typer.Option(
        min=1, max=64, help="Worker processes (each holds the derived knowledge base in "
                            "memory; one per CPU core serves the most readers).")] = 1,
    forwarded_allow_ips: Annotated[str | None, typer.Option(
        "--forwarded-allow-ips",
        help="Comma-separated addresses of reverse proxies whose X-Forwarded-For and "
             "X-Forwarded-Proto are believed (default: none, the peer address is the "
             "reader's). Example: --forwarded-allow-ips 127.0.0.1")] = None,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Let the 'Add a document' page fetch URLs on private or "
                                "loopback addresses (a lab set-up; off by default).")] = False,
    store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Serve the dashboard, map and JSON API (/api/v1, described at /openapi.json).

    Example: stationwatch serve --store ./stationwatch-data --port 8000 --workers 2

    Behind a TLS proxy on the same machine:
    stationwatch serve --forwarded-allow-ips 127.0.0.1
    """
    import uvicorn

    from stationwatch.web.serving import ServeOptions

    settings = resolve_settings(store, db)
    open_store(settings).engine.dispose()  # a missing or outdated store fails here, in one line
    ServeOptions(store_root=str(settings.root), db_url=settings.db_url, public=public,
                 tile_url=tiles, secret_key_hex=session_secret(settings.root).hex(),
                 fetch_private=allow_private).to_environment()
    if not _loopback(host):
        typer.echo(f"note: listening on {host}; put a TLS proxy in front so session cookies "
                   "are sent with Secure", err=True)
    proxies = [p.strip() for p in (forwarded_allow_ips or "").split(",") if p.strip()]
    uvicorn.run("stationwatch.cli.served:app_from_environment", factory=True, host=host,
                port=port, workers=workers, proxy_headers=bool(proxies),
                forwarded_allow_ips=proxies or None, server_header=False,
                access_log=access_log)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("New password", hide_input=True,
                                confirmation_prompt=True)
    if len(password) < MIN_PASSWORD:
        raise InputError(f"password: at least {MIN_PASSWORD} characters, please")
    return password


@user_app.command("passwd")
def user_passwd(
    name: Annotated[str, typer.Argument(help="The user whose password to set.")],
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from the first line of standard input.")]
    = False,
    acting: AsOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Set a user's web password (hashed with argon2). Admins may set anyone's; users their own.

    Example: stationwatch user passwd ana --as admin
    """
    backend = _backend(store, db)
    _require(backend, acting, name, "set passwords")
    backend.set_password_hash(name, hash_password(_read_password(password_stdin)))
    typer.echo(f"password set for {name!r}; their open sessions have ended")


@user_app.command("disable")
def user_disable(
    name: Annotated[str, typer.Argument(help="The user to lock out.")],
    enable: Annotated[bool, typer.Option("--enable", help="Re-enable instead.")] = False,
    acting: AsOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Lock a user out of the web and the CLI at once (``--enable`` undoes it).

    Example: stationwatch user disable vic --as admin
    """
    backend = _backend(store, db)
    _require(backend, acting, None, "disable users")
    backend.set_disabled(name, not enable)
    typer.echo(f"{name!r} {'enabled' if enable else 'disabled'}")


def _backend(store: str | None, db: str | None) -> StoreBackend:
    opened = open_store(resolve_settings(store, db))
    return StoreBackend(opened.engine, blob_dir=opened.settings.blob_dir)


def _require(backend: StoreBackend, acting: str | None, own: str | None,
             action: str) -> None:
    """Admins may do it; a user may change their own password."""
    with backend.engine.begin() as conn:
        actor = kb_repo.get_user(conn, acting)
    if actor.disabled:
        raise AccessDenied(f"user {actor.name!r} is disabled and cannot {action}")
    if actor.role != "admin" and actor.name != own:
        raise AccessDenied(f"user {actor.name!r} is a {actor.role} and cannot {action}")


