"""``stationwatch extract``: print the facts that documents report."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from stationwatch.cli import app
from stationwatch.cli.inputs import OcrModeOpt, ocr_options
from stationwatch.errors import InputError, StationwatchError
from stationwatch.extract.explain import Explanation
from stationwatch.extract.explain import explain as explain_facts
from stationwatch.extract.ocr import OcrOptions
from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.text import (
    SUPPORTED_SUFFIXES,
    bytes_to_text,
    file_to_text,
    printable_name,
)
from stationwatch.kb.fact import Fact
from stationwatch.text.document import Limits

LANG_CHOICES = ("auto", "en", "zh", "zh-Hant", "it", "de", "es", "fr", "nl", "pt")


def iter_documents(paths: list[str]) -> Iterator[Path | str]:
    """Files in the order given, directories walked recursively and sorted; ``-`` is stdin."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        else:
            yield path


def facts_of(item: Path | str, lang: str | None, limits: Limits,
             ocr: OcrOptions | None = None) -> list[Fact]:
    text, name = text_of(item, limits, ocr)
    return extract_facts(text, name, lang)


def text_of(item: Path | str, limits: Limits,
            ocr: OcrOptions | None = None) -> tuple[str, str]:
    """The document's canonical text and its id (file name; ``stdin`` for ``-``)."""
    if item == "-":
        data = sys.stdin.buffer.read()
        return bytes_to_text(data, "<stdin>", limits, ocr).text, "stdin"
    path = Path(item)
    shown = printable_name(str(path))
    if not path.exists():
        raise InputError(f"{shown}: no such file or directory")
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"{shown}: unsupported file type {printable_name(path.suffix) or '(none)'!r}; "
            f"expected one of {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    return file_to_text(path, limits, ocr).text, path.name


def _table(facts: list[Fact]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    for column in ("doc", "kind", "country", "what", "claimant", "polarity", "evidence"):
        table.add_column(column, overflow="fold")
    for fact in facts:
        what = (
            fact.place
            or fact.measure
            or fact.action
            or fact.incident_type
            or fact.agreement_type
            or ""
        )
        if fact.kind == "count":
            what = f"{fact.value} {fact.measure}"
        if fact.operator:
            what = f"{what} (run by {fact.operator})"
        snippet = (
            fact.evidence.text if len(fact.evidence.text) < 90 else fact.evidence.text[:87] + "..."
        )
        table.add_row(
            fact.doc,
            fact.kind,
            fact.country or "-",
            what,
            fact.claimant or "-",
            fact.polarity,
            snippet,
        )
    return table


def _what(fact: Fact) -> str:
    if fact.kind == "count":
        return f"{fact.value} {fact.measure}"
    return fact.place or fact.action or fact.incident_type or fact.agreement_type or ""


def print_explanations(console: Console, found: list[Explanation]) -> None:
    """One block per fact: what, confidence, sentence(s), cues, strongest reasons."""

    def say(line: str) -> None:
        console.print(line, markup=False, highlight=False, soft_wrap=True)

    for item in found:
        fact = item.fact
        head = " ".join(p for p in (fact.kind, fact.country or "", _what(fact)) if p)
        if fact.operator:
            head += f" (run by {fact.operator})"
        if fact.polarity == "denied":
            head += " (denied)"
        state = "" if item.kept else "  DROPPED (below the threshold)"
        say(f"{fact.doc}: {head}  confidence {item.confidence:.2f}{state}")
        for sentence in item.sentences:
            say(f"  sentence: {sentence}")
        say(f"  cues: {', '.join(item.cues) or '-'}")
        if item.operator_from:
            say(f"  operator from: {item.operator_from}")
        say(f"  claimant: {fact.claimant or '-'}")
        reasons = ", ".join(f"{name} {value:+.2f}" for name, value in item.reasons)
        say(f"  weighed: {reasons or '-'}")
    if not found:
        say("no facts")


def _freeze_what_stays() -> None:
    """Once the first document has loaded the lexicons, the gazetteer and the model (they live
    as long as the process), move them out of the cyclic collector's reach: its full
    collections then walk only what later documents leave, not every table again."""
    gc.collect()
    gc.freeze()


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or directories (.txt .md .html .htm .pdf .png .jpg .webp "
                       ".tif); - for stdin."),
    ],
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One JSON fact per line, per spec/facts.md.")
    ] = False,
    table: Annotated[bool, typer.Option("--table", help="A readable table (the default).")] = False,
    lang: Annotated[str, typer.Option(help=f"Language: {'|'.join(LANG_CHOICES)}.")] = "auto",
    strict: Annotated[
        bool, typer.Option("--strict", help="Stop at the first file that fails.")
    ] = False,
    keep_going: Annotated[
        bool, typer.Option("--keep-going", help="Go on after a failed file (default).")
    ] = True,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse inputs larger than this many bytes.")
    ] = Limits().max_bytes,
    ocr: OcrModeOpt = "auto",
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Per fact: its sentence(s), the cues that fired and the confidence "
            "(facts the model drops are shown too, marked).",
        ),
    ] = False,
) -> None:
    """Extract facts from documents.

    Examples:

        stationwatch extract examples/

        stationwatch extract report.pdf --jsonl > facts.jsonl

        cat article.txt | stationwatch extract - --lang it

        stationwatch extract screenshot.png scan.pdf --lang zh   # read by OCR

        stationwatch extract article.txt --explain
    """
    if lang not in LANG_CHOICES:
        raise InputError(f"--lang {lang!r}: expected one of {', '.join(LANG_CHOICES)}")
    if sum((jsonl, table, explain)) > 1:
        raise InputError("--jsonl, --table and --explain: choose one output format")
    forced = None if lang == "auto" else lang
    limits = Limits(max_bytes=max_bytes)
    reading = ocr_options(ocr, forced)
    console = Console(stderr=True)
    failures = 0
    collected: list[Fact] = []
    for number, item in enumerate(iter_documents(paths)):
        if number == 1:
            _freeze_what_stays()
        try:
            if explain:
                text, name = text_of(item, limits, reading)
                print_explanations(Console(), explain_facts(text, name, forced))
                continue
            facts = facts_of(item, forced, limits, reading)
        except StationwatchError as error:
            failures += 1
            console.print(
                f"stationwatch: error: {error}", markup=False, highlight=False, soft_wrap=True
            )
            if strict or not keep_going:
                raise typer.Exit(2) from None
            continue
        if jsonl:
            sys.stdout.write("".join(fact.to_json() + "\n" for fact in facts))
            sys.stdout.flush()
        else:
            collected.extend(facts)
    if not jsonl and not explain:
        Console().print(_table(collected))
        console.print(f"{len(collected)} facts")
    if failures:
        raise typer.Exit(1)
