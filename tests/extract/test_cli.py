"""``stationwatch extract`` from the command line, as a user runs it.

The commands run through the real ``main`` in this process (``tests.in_process``: the same
entry point, exit status and separate output streams) instead of paying an interpreter start
and the extraction rules' load (seconds of CPU) on every call; one test still runs
``python -m stationwatch extract`` as a process, reading its standard input from a pipe.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.extract.conftest import EXAMPLES, example_documents, load_jsonl
from tests.in_process import run_main

CLI = [sys.executable, "-m", "stationwatch"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``stationwatch extract ARGS`` in this process."""
    return run_main(["extract", *args], stdin=stdin.decode() if stdin else None)


def run_process(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m stationwatch extract ARGS`` in a new process."""
    return subprocess.run(
        [*CLI, "extract", *args],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        timeout=900,  # a guard against a hang only: a busy machine loads the lexicons slowly
        check=False,
    )


def test_examples_as_jsonl_follow_the_schema(fact_schema: dict[str, Any]) -> None:
    result = run(str(EXAMPLES), "--jsonl")
    assert result.returncode == 0, result.stderr
    facts = load_jsonl(result.stdout)
    assert {f["doc"] for f in facts} >= {p.name for p in example_documents()} - {"README.md"}
    texts = {p.name: p.read_text(encoding="utf-8-sig") for p in example_documents()}
    for fact in facts:
        jsonschema.validate(fact, fact_schema)
        evidence = fact["evidence"]
        assert texts[fact["doc"]][evidence["start"] : evidence["end"]] == evidence["text"]


def test_dev_corpus_evidence_invariant(dev_corpus: Path, fact_schema: dict[str, Any]) -> None:
    result = run(str(dev_corpus / "docs"), "--jsonl")
    assert result.returncode == 0, result.stderr
    for fact in load_jsonl(result.stdout):
        jsonschema.validate(fact, fact_schema)
        text = (dev_corpus / "docs" / fact["doc"]).read_bytes().decode("utf-8-sig")
        assert text[fact["evidence"]["start"] : fact["evidence"]["end"]] == fact["evidence"]["text"]


def test_one_fact_per_key_per_document() -> None:
    facts = load_jsonl(run(str(EXAMPLES), "--jsonl").stdout)
    seen = set()
    for fact in facts:
        key = json.dumps(
            {
                k: fact.get(k)
                for k in (
                    "doc",
                    "kind",
                    "country",
                    "place",
                    "polarity",
                    "measure",
                    "value",
                    "action",
                    "incident_type",
                    "agreement_type",
                )
                if k in fact
            },
            sort_keys=True,
        )
        assert key not in seen
        seen.add(key)


def test_table_is_the_default() -> None:
    result = run(str(EXAMPLES / "en-wire-lisbon-porto.txt"))
    assert result.returncode == 0
    assert "Lisbon" in result.stdout and "facts" in result.stderr


def test_stdin_and_forced_language() -> None:
    text = "Secondo Safeguard Defenders una stazione di polizia cinese opera a Firenze.\n"
    result = run_process("-", "--jsonl", "--lang", "it", stdin=text.encode())
    assert result.returncode == 0, result.stderr
    assert any(
        f["place"] == "Florence" for f in load_jsonl(result.stdout) if f["kind"] == "station"
    )


def test_html_input(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Station news</title></head><body><nav>Menu</nav><article><p>"
        + "According to Safeguard Defenders, a Chinese overseas police station operates in Lisbon. "
        * 3
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    facts = load_jsonl(run(str(page), "--jsonl").stdout)
    assert any(f.get("place") == "Lisbon" for f in facts)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("latin1.txt", "Milán estación".encode("latin-1"), "not valid UTF-8"),
        ("binary.txt", b"\x00\x01\x02binary", "NUL"),
        ("table.xlsx", b"PK\x03\x04", "unsupported"),
        ("broken.pdf", b"%PDF-1.4 not really", "PDF"),
    ],
)
def test_bad_input_is_one_line_and_others_still_run(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = EXAMPLES / "en-wire-lisbon-porto.txt"
    result = run(str(bad), str(good), "--jsonl")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(bad) in lines[0] and reason.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr
    assert load_jsonl(result.stdout), "the good file is still processed"


def test_missing_file_and_strict_mode(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    good = EXAMPLES / "en-wire-lisbon-porto.txt"
    result = run(str(missing), str(good), "--jsonl", "--strict")
    assert result.returncode == 2
    assert "no such file" in result.stderr and result.stdout == ""


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Chinese police station in Milan. " * 100)
    result = run(str(big), "--max-bytes", "100")
    assert result.returncode == 1 and "exceeds the limit of 100" in result.stderr


def test_unknown_language_option() -> None:
    result = run(str(EXAMPLES), "--lang", "xx")
    assert result.returncode == 2 and "--lang" in result.stderr and "Traceback" not in result.stderr


def test_explain_shows_each_fact_with_its_sentence_cues_and_confidence(tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text(
        "The embassy said there is no Chinese police station in Budapest.\n\n"
        "Safeguard Defenders says a Chinese overseas police station operates in Lisbon.\n",
        encoding="utf-8")
    result = run(str(doc), "--explain")
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.split("note.txt: ")[1:]
    heads = [block.splitlines()[0] for block in blocks]
    assert any(h.startswith("station HU Budapest (denied)  confidence 0.") for h in heads)
    assert any(h.startswith("station PT Lisbon  confidence 0.") for h in heads)
    lisbon = next(b for b in blocks if b.startswith("station PT Lisbon"))
    assert "  sentence: Safeguard Defenders says a Chinese overseas police station operates " \
           "in Lisbon." in lisbon
    assert "  cues: " in lisbon and "station" in lisbon.split("  cues: ")[1].splitlines()[0]
    assert "  claimant: Safeguard Defenders" in lisbon
    budapest = next(b for b in blocks if b.startswith("station HU Budapest"))
    assert "negation" in budapest.split("  cues: ")[1].splitlines()[0]


def test_explain_lists_the_same_facts_as_jsonl() -> None:
    path = EXAMPLES / "it-quotidiano-firenze.txt"
    explained = run(str(path), "--explain").stdout
    facts = load_jsonl(run(str(path), "--jsonl").stdout)
    assert facts
    kept = [line for line in explained.splitlines() if line.startswith(f"{path.name}: ")
            and "DROPPED" not in line]
    assert len(kept) == len(facts)
    for fact, line in zip(facts, kept, strict=True):
        assert f"confidence {fact['confidence']:.2f}" in line


def test_explain_and_jsonl_together_are_refused() -> None:
    result = run(str(EXAMPLES), "--explain", "--jsonl")
    assert result.returncode != 0
    assert "choose one output format" in result.stderr
