"""Extraction throughput against two baselines on the same corpus, in one run.

    python bench/extract.py [--mb 50] [--out bench/results/extract.md]

Builds a corpus of at least ``--mb`` MB by repeating and shuffling the dev
corpus documents (``../shared/corpus/dev/docs`` or ``$STATIONWATCH_SHARED/corpus/dev/docs``,
else ``examples/``), then
measures on one core:

1. ``stationwatch`` extraction (the library's ``extract_facts``): docs/s and MB/s;
2. ``LC_ALL=C grep -c -F -f TERMS`` where TERMS is every literal term the extractor knows
   (gazetteer aliases, bureau names, trigger words): the floor of any matcher;
3. a spaCy blank pipeline tokenizer plus ``PhraseMatcher`` over the same
   gazetteer terms (``blank("zh")`` for Chinese documents, ``blank("xx")`` for the
   rest): the least an NER-style tool spends before doing anything clever.

Extraction is timed after an untimed warm-up that extracts each distinct source document
once, so one-time loading (lexicons, date locales, numeral tables first touched by a later
document) is not in the figure. Results are written as a Markdown table with the machine and date. Needs the
``bench`` extra (spaCy) for the third figure; it is reported as skipped without it.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STATIONWATCH_SHARED") or ROOT.parent / "shared")
SOURCES = [SHARED / "corpus" / "dev" / "docs", ROOT / "examples"]


def source_documents() -> list[str]:
    for folder in SOURCES:
        if folder.is_dir():
            docs = [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))]
            if docs:
                return docs
    raise SystemExit("no source documents found")


def build_corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Shuffled copies of the source documents until the corpus reaches the size."""
    rng = random.Random(seed)
    docs = source_documents()
    corpus: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        batch = docs[:]
        rng.shuffle(batch)
        for doc in batch:
            paragraphs = doc.split("\n\n")
            head, body = paragraphs[:1], paragraphs[1:]
            rng.shuffle(body)
            text = "\n\n".join(head + body)
            corpus.append(text)
            size += len(text.encode("utf-8"))
    return corpus


def known_terms() -> list[str]:
    from stationwatch.extract.lexicon import all_terms
    from stationwatch.extract.operators import OperatorLexicon
    from stationwatch.text.gazetteer import Gazetteer

    literal = [t for t in all_terms() if re.fullmatch(r"[\w\s'-]+", t.replace("\\b", ""))]
    terms = Gazetteer.load().terms() + OperatorLexicon.load().terms()
    terms += [t.replace("\\b", "") for t in literal]
    return sorted({t for t in terms if t.strip()})


def bench_extract(corpus: list[str], sources: list[str]) -> tuple[float, int]:
    """CPU seconds and facts of extracting ``corpus``, after one untimed pass over ``sources``.

    The warm-up extracts each distinct source document once, so one-time loading that a
    language or a rule first needs (date locales, numeral tables, lexicons compiled on first
    use) is not charged to the timed pass; results are not cached, so the timed pass still
    does all its work (the corpus is made of shuffled copies of these documents).
    """
    from stationwatch import extract_facts

    for index, text in enumerate(sources):
        extract_facts(text, f"warmup{index}")
    start = time.process_time()
    facts = 0
    for index, text in enumerate(corpus):
        facts += len(extract_facts(text, f"doc{index}"))
    return time.process_time() - start, facts


def bench_grep(corpus_file: Path, terms: list[str]) -> float:
    with tempfile.NamedTemporaryFile(
        "w", suffix=".terms", delete=False, encoding="utf-8"
    ) as handle:
        handle.write("\n".join(terms))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        ["grep", "-c", "-F", "-f", handle.name, str(corpus_file)],
        check=False,
        capture_output=True,
        env={**os.environ, "LC_ALL": "C"},
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    Path(handle.name).unlink()
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def bench_spacy(corpus: list[str], terms: list[str]) -> float | None:
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    pipelines = {"zh": spacy.blank("zh"), "xx": spacy.blank("xx")}
    matchers = {}
    for code, nlp in pipelines.items():
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        patterns = list(nlp.tokenizer.pipe(terms))
        matcher.add("TERM", patterns)
        matchers[code] = matcher
    start = time.process_time()
    for text in corpus:
        code = "zh" if sum("\u4e00" <= c <= "\u9fff" for c in text[:200]) > 20 else "xx"
        doc = pipelines[code].make_doc(text)
        matchers[code](doc)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "extract.md")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core for every figure

    corpus = build_corpus(args.mb)
    megabytes = sum(len(t.encode("utf-8")) for t in corpus) / 1_000_000
    corpus_file = ROOT / "bench" / "corpus" / "extract-corpus.txt"
    corpus_file.parent.mkdir(parents=True, exist_ok=True)
    corpus_file.write_text("\n\f\n".join(corpus), encoding="utf-8")
    terms = known_terms()
    print(f"corpus: {len(corpus)} docs, {megabytes:.1f} MB; {len(terms)} terms", file=sys.stderr)

    extract_seconds, facts = bench_extract(corpus, source_documents())
    grep_seconds = bench_grep(corpus_file, terms)
    spacy_seconds = bench_spacy(corpus, terms)

    def row(name: str, seconds: float | None) -> str:
        if seconds is None:
            return f"| {name} | skipped (spaCy not installed) | | | |"
        ratio = (seconds / extract_seconds) if extract_seconds else 0
        return (
            f"| {name} | {seconds:.1f} | {len(corpus) / seconds:,.0f} | {megabytes / seconds:.2f} | "
            f"{ratio:.2f} |"
        )

    lines = [
        f"## {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}: {args.mb:g} MB",
        "",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, pinned to one core",
        f"- corpus: {len(corpus):,} documents, {megabytes:.1f} MB (dev corpus repeated and shuffled)",
        f"- terms known to the extractor (grep and spaCy pattern list): {len(terms):,}",
        f"- facts extracted: {facts:,}",
        "",
        "Times are CPU seconds of one core (process and child CPU time), so other work on the",
        "machine does not inflate them.",
        "",
        "| pass | CPU seconds | docs/s | MB/s | its time ÷ extraction time |",
        "|---|---:|---:|---:|---:|",
        row("stationwatch extraction (full facts)", extract_seconds),
        row("LC_ALL=C grep -c -F -f TERMS (match only)", grep_seconds),
        row("spaCy blank tokenizer + PhraseMatcher (match only)", spacy_seconds),
        "",
        "A ratio above 1 means that pass is slower than full extraction.",
    ]
    sys.path.insert(0, str(ROOT / "bench"))
    from report import record_run

    record_run(args.out, "Extraction benchmark", lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
