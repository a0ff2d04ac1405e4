"""Fetching the way a guest should: robots.txt, a pause per host, validators, backoff.

Every request goes through ``capture_url``, so the SSRF guard vets each hop
(robots.txt included). ``Fetcher`` remembers per host when it last asked and
waits ``host_interval`` seconds between two requests to the same host; the wait
ends early when the run is asked to stop. robots.txt is read once per host and
run and applied as RFC 9309 says: a 4xx answer allows everything, a 5xx or an
unreachable server disallows everything for now.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import SplitResult, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from stationwatch.capture.http import FetchPolicy, capture_url
from stationwatch.capture.models import Capture
from stationwatch.errors import CaptureError, RefusedAddress

#: Seconds between two requests to one host, by default.
HOST_INTERVAL = 2.0
#: A watch that failed this many polls in a row is reported as failing.
FAILING_AFTER = 3
#: Longest a failing watch waits between polls.
MAX_BACKOFF = timedelta(days=7)
#: robots.txt rules standing for "everything allowed" / "nothing allowed" (RFC 9309, 2.3.1).
ALLOW_ALL = ["User-agent: *", "Allow: /"]
DISALLOW_ALL = ["User-agent: *", "Disallow: /"]


class Disallowed(CaptureError):
    """robots.txt asks us not to fetch this URL (the watch may override it)."""


@dataclass
class Fetcher:
    """One run's fetching: the address policy, the host clock and the robots cache."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    allow_private: bool = False
    host_interval: float = HOST_INTERVAL
    stop: threading.Event = field(default_factory=threading.Event)
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, RobotFileParser] = field(default_factory=dict)
    _unreadable: dict[str, str] = field(default_factory=dict)
    requests: int = 0

    def fetch(self, url: str, *, respect_robots: bool = True,
              validators: Mapping[str, str] | None = None) -> Capture:
        """GET ``url`` politely; ``validators`` are sent as a conditional request."""
        if respect_robots and not self._robots_for(url).can_fetch(self.policy.user_agent, url):
            origin = _origin(url)
            why = self._unreadable.get(origin)
            if why is not None:
                raise Disallowed(f"{url}: robots.txt could not be read ({why}), so nothing "
                                 "is fetched from this site for now")
            raise Disallowed(f"{url}: disallowed by robots.txt "
                             "(add the watch with --ignore-robots to override)")
        return self._get(url, validators)

    def _get(self, url: str, validators: Mapping[str, str] | None = None) -> Capture:
        host = urlsplit(url).netloc.lower()
        last = self._last.get(host)
        if last is not None:
            remaining = self.host_interval - (time.monotonic() - last)
            if remaining > 0:
                self.stop.wait(remaining)
        try:
            return capture_url(url, allow_private=self.allow_private, policy=self.policy,
                               conditional=validators)
        finally:
            self._last[host] = time.monotonic()
            self.requests += 1

    def _robots_for(self, url: str) -> RobotFileParser:
        parts = urlsplit(url)
        origin = _origin(url)
        parser = self._robots.get(origin)
        if parser is not None:
            return parser
        parser = RobotFileParser()
        try:
            answer = self._get(robots_url(parts))
        except RefusedAddress:
            raise  # the page itself would be refused: say so, not "robots.txt"
        except CaptureError as error:
            parser.parse(DISALLOW_ALL)
            self._unreadable[origin] = str(error).removeprefix(f"{robots_url(parts)}: ")
        else:
            status = answer.http_status or 0
            if 200 <= status < 300:
                parser.parse(answer.data.decode("utf-8", errors="replace").splitlines())
            elif 400 <= status < 500:
                parser.parse(ALLOW_ALL)
            else:
                parser.parse(DISALLOW_ALL)
                self._unreadable[origin] = f"HTTP {status}"
        self._robots[origin] = parser
        return parser


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def robots_url(parts: SplitResult) -> str:
    """Where a site's robots.txt is."""
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def validators(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """Headers of a conditional GET from what the last answer said."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def backoff(every_seconds: int, failures: int) -> timedelta:
    """How long a watch waits after ``failures`` failed polls in a row: doubling, capped."""
    if failures <= 0:
        return timedelta(seconds=every_seconds)
    delay = timedelta(seconds=every_seconds) * (2 ** min(failures - 1, 20))
    cap: timedelta = max(MAX_BACKOFF, timedelta(seconds=every_seconds))
    return delay if delay < cap else cap
