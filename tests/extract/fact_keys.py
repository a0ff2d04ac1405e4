"""Fact keys compared as the scorer compares them (case, accents and spaces folded), shared by
the case tables that list, per text, the keys extraction must give and the ones it must not."""

from __future__ import annotations

import unicodedata

from stationwatch.extract.pipeline import extract_facts

Key = tuple[object, ...]


def _norm(value: object) -> object:
    if not isinstance(value, str):
        return value
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "")


def fold_key(key: Key) -> Key:
    """The key with each text folded as the scorer folds it."""
    return tuple(_norm(v) for v in key)


def keys(text: str, lang: str) -> set[Key]:
    """The folded keys of every fact extracted from ``text``."""
    return {fold_key(f.key()) for f in extract_facts(text, "t.txt", lang)}


def has(found: set[Key], key: Key) -> bool:
    """Whether some found key starts with ``key`` (folded), so a key may be a prefix."""
    want = fold_key(key)
    return any(k[: len(want)] == want for k in found)


def st(country: str, place: str | None) -> Key:
    return ("station", country, place, "asserted")


def resp(country: str, action: str, polarity: str = "asserted") -> Key:
    return ("response", country, action, polarity)


def inc(kind: str, country: str) -> Key:
    return fold_key(("incident", kind, country))


def assert_keys(text: str, lang: str, expect: tuple[Key, ...], forbid: tuple[Key, ...]) -> None:
    """Extraction from ``text`` gives every key of ``expect`` and none starting as in ``forbid``."""
    found = keys(text, lang)
    missing = [k for k in expect if not has(found, k)]
    present = [k for k in forbid if has(found, k)]
    assert not missing and not present, (missing, present, sorted(found, key=str))
