"""A snapshot's memoised views stay within their memory bound, whatever readers ask for."""

from __future__ import annotations

from stationwatch.views.backend import MemoryBackend
from stationwatch.views.snapshot import MEMO_WEIGHT, Snapshot


def test_views_for_endless_as_of_days_are_bounded_and_the_latest_kept() -> None:
    snapshot = Snapshot(MemoryBackend().material())
    calls = []

    def rows(day: int) -> list[int]:
        calls.append(day)
        return list(range(1_000))

    for day in range(3 * MEMO_WEIGHT // 1_000):
        snapshot.memo(("rows", day), lambda day=day: rows(day))  # type: ignore[misc]
    kept = sum(weight for _, weight in snapshot._memo.values())
    assert kept <= MEMO_WEIGHT
    last = 3 * MEMO_WEIGHT // 1_000 - 1
    before = len(calls)
    snapshot.memo(("rows", last), lambda: rows(-1))
    assert len(calls) == before, "the newest view is still memoised"
    snapshot.memo(("rows", 0), lambda: rows(0))
    assert calls[-1] == 0, "the oldest was let go and is computed again"
