"""Sign-in throttling slows guessing but cannot be used by a stranger to lock an account out;
forwarded addresses count only when ``serve --forwarded-allow-ips`` trusts the proxy."""

from __future__ import annotations

import warnings
from pathlib import Path

import httpx
import pytest

from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.web.throttle import LoginThrottle
from tests.reliability.serving import populated
from tests.web.conftest import AppFactory, csrf_of, sign_in

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def browser_at(app: object, address: str) -> TestClient:
    return TestClient(app, base_url="http://127.0.0.1",  # type: ignore[arg-type]
                      client=(address, 50000))


def test_the_delay_doubles_per_failure_and_a_success_resets_it() -> None:
    clock = Clock()
    throttle = LoginThrottle(free_failures=2, clock=clock)
    for _ in range(2):
        assert throttle.wait("ana", "ip:a") == 0
        throttle.failed("ana", "ip:a")
    waits = []
    for _ in range(4):
        waits.append(throttle.wait("ana", "ip:a"))
        clock.now += waits[-1]
        throttle.failed("ana", "ip:a")
    assert waits == [1.0, 2.0, 4.0, 8.0]
    assert throttle.wait("ana", "ip:b") == 0  # another source is not slowed
    throttle.succeeded("ana", "ip:a")
    assert throttle.wait("ana", "ip:a") == 0


def test_wrong_passwords_from_many_addresses_do_not_lock_the_user_out(
        make_app: AppFactory) -> None:
    """The reported attack: five wrong passwords from five addresses, then the owner."""
    app = make_app()
    for index in range(5):
        stranger = browser_at(app, f"198.51.100.{index + 1}")
        assert sign_in(stranger, "ana", "wrong guess").status_code == 401
    owner = browser_at(app, "203.0.113.7")
    assert sign_in(owner, "ana").status_code == 303


def test_the_global_cap_stops_strangers_but_never_a_known_device(
        make_app: AppFactory) -> None:
    clock = Clock()
    app = make_app(login_limit=LoginThrottle(account_cap=5, clock=clock))
    laptop = browser_at(app, "203.0.113.7")
    assert sign_in(laptop, "ana").status_code == 303  # the owner's browser is now known
    laptop.post("/logout", data={"csrf_token": csrf_of(laptop)})
    for index in range(5):
        stranger = browser_at(app, f"198.51.100.{index + 1}")
        assert sign_in(stranger, "ana", "wrong guess").status_code == 401
    late = browser_at(app, "198.51.100.99")
    assert sign_in(late, "ana").status_code == 429  # a new stranger waits for the window
    travelling = browser_at(app, "192.0.2.44")  # the owner's laptop at a new address
    travelling.cookies.set("sw_device", laptop.cookies.get("sw_device") or "")
    assert sign_in(travelling, "ana").status_code == 303
    forged = browser_at(app, "192.0.2.45")
    forged.cookies.set("sw_device", "made-up.0000")
    assert sign_in(forged, "ana").status_code == 429
    clock.now += 901
    assert sign_in(late, "ana").status_code == 303


def test_one_address_cannot_spray_many_accounts(make_app: AppFactory) -> None:
    app = make_app(login_limit=LoginThrottle(source_cap=4))
    sprayer = browser_at(app, "198.51.100.9")
    answers = [sign_in(sprayer, name, "wrong guess").status_code
               for name in ("ana", "vic", "admin", "gone", "ana2")]
    assert answers == [401, 401, 401, 401, 429]


def _login_failures(base: str, forwarded: list[str]) -> list[int]:
    """Wrong passwords for ana, each claiming another X-Forwarded-For address."""
    answers = []
    with httpx.Client(base_url=base, timeout=30) as browser:
        browser.get("/login")
        token = browser.cookies.get("sw_csrf")
        for address in forwarded:
            answers.append(browser.post("/login", data={
                "username": "ana", "password": "wrong guess", "csrf_token": token or "",
                "next": "/"}, headers={"X-Forwarded-For": address}).status_code)
    return answers


@pytest.mark.slow
def test_forwarded_addresses_count_only_from_a_trusted_proxy(tmp_path: Path) -> None:
    from tests.web.test_serve import serving
    root = tmp_path / "store"
    made = StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))
    store, _ = populated(made)
    store.engine.dispose()
    claimed = [f"198.51.100.{i}" for i in range(1, 6)]
    with serving(made, tmp_path / "plain.log") as base:
        assert _login_failures(base, claimed) == [401, 401, 401, 429, 429]
    with serving(made, tmp_path / "proxied.log", "--forwarded-allow-ips", "127.0.0.1") as base:
        assert _login_failures(base, claimed) == [401] * 5
