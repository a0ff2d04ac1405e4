"""Sign-in throttling that slows password guessing without letting a stranger lock anyone out.

Three limits, kept in memory by each server process:

- **per account and source** (address, or a known device): the first
  ``free_failures`` wrong passwords cost nothing; after that each one doubles the
  wait before the next attempt from that source is even checked (1 s, 2 s, 4 s …,
  at most ``max_delay``). A guesser at one address is slowed to a crawl; the
  account's owner at another address is not affected.
- **per source** (all accounts): at most ``source_cap`` failures per ``window``, so
  one address cannot spray passwords across many accounts.
- **per account, global**: at most ``account_cap`` failures per ``window`` from
  sources the account has never signed in from. Past it, only *known devices*
  (a browser holding a device cookie from an earlier successful sign-in as that
  user) may still try, so an attacker with many addresses can stop strangers, but
  never the owner, from signing in (no CAPTCHA needed).

A success resets the source's delay for that account. ``wait`` answers how long a
source must still wait; 0 means the password may be checked.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: Entries kept per table before the oldest are dropped (bounds memory under a flood).
MAX_ENTRIES = 100_000


def _bound(table: dict[Any, Any]) -> None:
    while len(table) > MAX_ENTRIES:
        del table[next(iter(table))]


@dataclass
class _Record:
    failures: int = 0
    last: float = 0.0


@dataclass
class LoginThrottle:
    """Exponential delay per account+source, a cap per source and a cap per account."""

    free_failures: int = 3
    max_delay: float = 900.0
    window: float = 900.0
    source_cap: int = 30
    account_cap: int = 50
    clock: Callable[[], float] = time.monotonic
    _pairs: dict[tuple[str, str], _Record] = field(default_factory=dict)
    _sources: dict[str, deque[float]] = field(default_factory=dict)
    _accounts: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def delay(self, failures: int) -> float:
        """The wait after ``failures`` consecutive failures (0 while they are free)."""
        if failures < self.free_failures:
            return 0.0
        return float(min(2 ** (failures - self.free_failures), self.max_delay))

    def wait(self, account: str, source: str, known_device: bool = False) -> float:
        """Seconds before ``source`` may try ``account`` again (0: check the password now)."""
        now = self.clock()
        with self._lock:
            record = self._pairs.get((account.casefold(), source))
            waits = [0.0]
            if record is not None:
                waits.append(record.last + self.delay(record.failures) - now)
            recent = self._recent(self._sources, source, now)
            if len(recent) >= self.source_cap:
                waits.append(recent[0] + self.window - now)
            if not known_device:
                tried = self._recent(self._accounts, account.casefold(), now)
                if len(tried) >= self.account_cap:
                    waits.append(tried[0] + self.window - now)
            return max(waits)

    def failed(self, account: str, source: str, known_device: bool = False) -> None:
        now = self.clock()
        key = account.casefold()
        with self._lock:
            record = self._pairs.setdefault((key, source), _Record())
            if now - record.last > self.window + self.max_delay:
                record.failures = 0  # a long quiet spell starts the count again
            record.failures += 1
            record.last = now
            self._recent(self._sources, source, now).append(now)
            if not known_device:
                self._recent(self._accounts, key, now).append(now)
            _bound(self._pairs)
            _bound(self._sources)
            _bound(self._accounts)

    def succeeded(self, account: str, source: str) -> None:
        with self._lock:
            self._pairs.pop((account.casefold(), source), None)

    def _recent(self, table: dict[str, deque[float]], key: str, now: float) -> deque[float]:
        times = table.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        return times
