"""Walking the inputs of ``add`` and ``ingest``: one progress bar, one way of failing.

Both commands take files, folders, URLs and WARCs, handle each capture in its own
transaction and go on after a failure; failures are collected as (source, reason)
and reported at the end, and the exit status is 1 if there were any.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.text import Text

from stationwatch.errors import InputError, IntegrityError

if TYPE_CHECKING:
    from stationwatch.capture.models import Capture
    from stationwatch.extract.ocr import OcrOptions
    from stationwatch.store.core import Store

ERR = Console(stderr=True, highlight=False, soft_wrap=True)

Failure = tuple[str, str]


def progress_bar(console: Console = ERR) -> Progress:
    """A transient bar on stderr, silent when stderr is not a terminal."""
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), console=console, transient=True,
                    disable=not console.is_terminal)


def each_capture(inputs: Sequence[str], verb: str, handle: Callable[[Capture], None], *,
                 allow_private: bool = False) -> list[Failure]:
    """``handle`` every capture of ``inputs``; what could not be captured or handled."""
    # Imported here, not at the top: the other commands start faster without it.
    from stationwatch.capture import CaptureFailure, iter_inputs

    failures: list[Failure] = []
    with progress_bar() as progress:
        task = progress.add_task(verb, total=None)
        for item in iter_inputs(inputs, allow_private=allow_private):
            if isinstance(item, CaptureFailure):
                failures.append((item.source, item.reason))
            else:
                progress.update(task, description=item.name[:40])
                try:
                    handle(item)
                except (InputError, IntegrityError) as error:  # bad input; evidence not in text
                    failures.append((item.source, str(error).removeprefix(f"{item.name}: ")))
            progress.advance(task)
    return failures


def print_failures(failures: Sequence[Failure]) -> None:
    for source, reason in failures:
        ERR.print(Text(f"failed: {source}: {reason}"))


OcrModeOpt = Annotated[str, typer.Option(
    "--ocr", help="Read images and scanned PDF pages by OCR: auto (pages without a text "
    "layer), always, never.")]
OcrLangOpt = Annotated[str | None, typer.Option(
    "--ocr-lang", help="Languages to expect in images, comma-separated (zh, zh-Hans, zh-Hant, "
    "en, it, de, es, fr, nl, pt); default: decided from the image.")]


def ocr_options(mode: str, languages: str | None) -> OcrOptions:
    """The OCR options of a command line, or one clear error naming the bad value."""
    from stationwatch.extract.ocr import OcrOptions

    codes = tuple(code.strip() for code in (languages or "").split(",") if code.strip())
    try:
        return OcrOptions(mode, codes)
    except ValueError as error:
        raise InputError(str(error)) from None


def checkpoint_after_batch(store: Store) -> None:
    """When the store asks for automatic checkpoints, make one now if the log grew, and say so."""
    from stationwatch.store.checkpoints import auto_checkpoint

    made = auto_checkpoint(store)
    if made is not None:
        ERR.print(f"checkpoint of {made.checkpoint.size} custody entries kept in the store "
                  "(automatic; publish one with 'stationwatch checkpoint -o FILE')")
