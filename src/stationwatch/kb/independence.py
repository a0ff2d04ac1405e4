"""Which documents are independent sources: near-duplicates count once.

Wire copy republished by ten outlets is one source, not ten. Documents are
compared with MinHash over shingles (words for alphabetic text, characters for
Chinese, which has no spaces) and grouped with LSH; each group is one source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from stationwatch.text.view import fold

if TYPE_CHECKING:
    from datasketch import MinHash

#: Estimated Jaccard similarity at or above which two documents are one source.
DEFAULT_THRESHOLD = 0.7
NUM_PERM = 128
WORD_SHINGLE = 3
CHAR_SHINGLE = 4

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[str]:
    """Word 3-grams, or character 4-grams when the text is mostly Chinese."""
    folded = fold(text)
    cjk = len(_CJK.findall(folded))
    if cjk * 3 > len(folded.strip()) // 2:
        chars = "".join(folded.split())
        size = min(CHAR_SHINGLE, len(chars)) or 1
        return {chars[i:i + size] for i in range(max(1, len(chars) - size + 1))} - {""}
    words = _WORD.findall(folded)
    if len(words) < WORD_SHINGLE:
        return {" ".join(words)} - {""}
    return {" ".join(words[i:i + WORD_SHINGLE]) for i in range(len(words) - WORD_SHINGLE + 1)}


def minhash(text: str) -> MinHash:
    from datasketch import MinHash  # half a second of imports (SciPy): only when grouping

    signature = MinHash(num_perm=NUM_PERM, seed=1)
    signature.update_batch([shingle.encode("utf-8") for shingle in shingles(text)])
    return signature


@dataclass(frozen=True, slots=True)
class SourceGroups:
    """Each document's source group: the smallest document id among its near-duplicates."""

    group_of: Mapping[str, str]

    def group(self, doc_id: str) -> str:
        return self.group_of.get(doc_id, doc_id)

    def independent(self, doc_ids: Iterable[str]) -> int:
        """How many independent sources a set of documents amounts to."""
        return len({self.group(doc) for doc in doc_ids})


def source_groups(texts: Mapping[str, str], threshold: float = DEFAULT_THRESHOLD) -> SourceGroups:
    """Group near-duplicate documents (LSH candidates confirmed by their MinHash estimate)."""
    from datasketch import MinHashLSH

    signatures = {doc: minhash(text) for doc, text in texts.items() if text.strip()}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent = {doc: doc for doc in texts}

    def find(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    for doc in sorted(signatures):
        signature = signatures[doc]
        for other in lsh.query(signature):
            if signature.jaccard(signatures[other]) >= threshold:
                low, high = sorted((find(doc), find(other)))
                parent[high] = low
        lsh.insert(doc, signature)
    return SourceGroups({doc: find(doc) for doc in texts})
