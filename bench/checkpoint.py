"""Cost of checkpoints against the plain chain walk they add to, on one synthetic log.

    python bench/checkpoint.py [--entries 100000] [--out bench/results/checkpoint.md]

Fills a fresh SQLite store with ``--entries`` custody entries (one transaction),
then times, on the same store and in the same run:

1. baseline: ``verify_chain``, the walk plain ``stationwatch verify`` does over the log;
2. ``make_checkpoint``: read every entry hash, build the Merkle tree, sign, store;
3. ``check_against``: prove the log extends a checkpoint of half its entries;
4. one inclusion proof and one consistency proof: their size and their offline check.

Results go to a Markdown table with the machine and date; times are the best of 3.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from stationwatch.kb.merkle import verify_consistency, verify_inclusion
from stationwatch.store.checkpoint_settings import store_id
from stationwatch.store.checkpoint_text import sign_checkpoint
from stationwatch.store.checkpoint_verify import check_against
from stationwatch.store.checkpoints import entry_hashes, log_tree, make_checkpoint
from stationwatch.store.core import init_store
from stationwatch.store.custody import append_event, utc_iso, verify_chain
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.store.signing import load_or_create_key

ROOT = Path(__file__).resolve().parents[1]


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "checkpoint.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = init_store(StoreSettings(root=root, db_url=sqlite_url(root / "sw.db")))
        with store.engine.begin() as conn:
            for number in range(args.entries):
                append_event(conn, "captured", actor="bench", document_id=f"doc_{number:016x}",
                             details={"sha256": f"{number:064x}", "duplicate": False})
        with store.reading() as conn:
            hashes = entry_hashes(conn)
        half = args.entries // 2
        tree = log_tree(hashes)
        key = load_or_create_key(root)
        with store.reading() as conn:
            identity = store_id(conn)
        old = sign_checkpoint(key, store_id=identity, size=half,
                              root=tree.root(half).hex(), head=hashes[half - 1], time=utc_iso())

        def walk() -> None:
            with store.reading() as conn:
                if verify_chain(conn).problems:
                    raise SystemExit("the synthetic log does not verify")

        baseline = best_of(3, walk)
        making = best_of(3, lambda: make_checkpoint(store))
        checking = best_of(3, lambda: check_against(store, old))
        if not check_against(store, old).ok:
            raise SystemExit("the log does not extend its own checkpoint")
        inclusion = tree.inclusion_proof(half // 3, args.entries)
        consistency = tree.consistency_proof(half, args.entries)
        root_now = tree.root()
        leaf = bytes.fromhex(hashes[half // 3])
        prove_in = best_of(3, lambda: verify_inclusion(leaf, half // 3, args.entries, inclusion,
                                                       root_now))
        prove_co = best_of(3, lambda: verify_consistency(half, args.entries,
                                                         bytes.fromhex(old.root), root_now,
                                                         consistency))
    rows = [
        ("plain chain walk (`verify_chain`), baseline", baseline, "1.00"),
        ("`make_checkpoint` (tree over every entry, sign, store)", making,
         f"{making / baseline:.2f}"),
        (f"`check_against` a checkpoint of {half} entries", checking,
         f"{checking / baseline:.2f}"),
        (f"check one inclusion proof ({len(inclusion)} hashes), offline", prove_in, "-"),
        (f"check one consistency proof ({len(consistency)} hashes), offline", prove_co, "-"),
    ]
    lines = [
        "# Checkpoint benchmark", "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}, "
        f"Python {platform.python_version()}",
        f"- command: `{' '.join([Path(sys.executable).name, *sys.argv])}`",
        f"- log: {args.entries} custody entries in a SQLite store; checkpoint text "
        f"{len(old.text)} bytes; times are the best of 3", "",
        "| step | time | ratio to baseline |", "|---|---|---|",
        *[f"| {name} | {_shown(seconds)} | {ratio} |" for name, seconds, ratio in rows], "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _shown(seconds: float) -> str:
    return f"{seconds:.3f} s" if seconds >= 0.01 else f"{seconds * 1e6:.0f} µs"


if __name__ == "__main__":
    main()
