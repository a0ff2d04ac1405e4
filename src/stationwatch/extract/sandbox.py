"""Parse untrusted PDF and HTML bytes in a child process under hard resource limits.

PDFium is C++ and lxml is C: a crafted document can make either allocate
without bound, loop, or crash. So the parse never runs in the caller's
process. Each document gets a fresh child (``python -m
stationwatch.extract.sandbox``) that, before it reads a byte of input:

* caps its address space (``RLIMIT_AS`` = ``Limits.max_memory``) and its CPU
  time (``RLIMIT_CPU`` = ``Limits.max_cpu_seconds``), and disables core dumps;
* cannot create or grow files (``RLIMIT_FSIZE`` = 0), so a parser bug cannot
  write outside (or inside) the store;
* answers in JSON, never pickle, so even a child taken over by a malicious
  document cannot run code in the caller by its reply.

The caller adds a wall-clock timeout (``Limits.max_seconds``) and kills the
child when it passes. One process per document means one hostile document
cannot leave state behind that alters the text of the next; the next child is
started (and its parsers warmed up) while the current one works, so in a batch
the start-up cost overlaps the previous document's extraction (see
docs/SECURITY.md for the measured overhead).

Every outcome is a ``DocumentText`` or an ``InputError``: ``InputTooLarge``
when a limit was hit, ``UnsupportedInput`` when the parser crashed or the file
is corrupt, each with one line naming the input and the limit.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from stationwatch.errors import EncodingError, InputError, InputTooLarge, UnsupportedInput
from stationwatch.text.document import DocumentText, Limits

if TYPE_CHECKING:
    from stationwatch.extract.ocr import OcrOptions

#: Document kinds the child knows how to parse.
KINDS = frozenset({"pdf", "html", "image"})
#: Errors a child may report by name; anything else is treated as a crash.
_REPORTABLE: dict[str, type[InputError]] = {
    "InputTooLarge": InputTooLarge,
    "UnsupportedInput": UnsupportedInput,
    "EncodingError": EncodingError,
}
#: Longest error message accepted from a child (it is attacker-influenced text).
_MAX_MESSAGE = 500
#: Extra seconds of CPU between the soft limit (SIGXCPU) and the hard one (SIGKILL).
_CPU_GRACE = 2
MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class WorkerLimits:
    """What a child is started with; a spare child is only reused for the same limits."""

    max_memory: int
    max_cpu_seconds: int

    def argv(self) -> list[str]:
        return [
            sys.executable, "-m", "stationwatch.extract.sandbox",
            "--max-memory", str(self.max_memory),
            "--max-cpu-seconds", str(self.max_cpu_seconds),
        ]


class _Worker:
    """One child process, used for exactly one document."""

    def __init__(self, limits: WorkerLimits) -> None:
        self.limits = limits
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
        env.pop("PYTHONSTARTUP", None)
        self.process = subprocess.Popen(  # noqa: S603 - our own module, argv built from ints
            limits.argv(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            close_fds=True,
        )
        self.resources: Any = None

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.reap()

    def reap(self) -> int:
        """Wait for the child, keeping its resource usage (peak memory) for the error message."""
        if self.process.returncode is None:
            try:
                _, status, usage = os.wait4(self.process.pid, 0)
            except ChildProcessError:
                return self.process.wait()
            self.resources = usage
            self.process.returncode = os.waitstatus_to_exitcode(status)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        return self.process.returncode


class Sandbox:
    """Runs each document's parse in its own limited child; keeps one spare child warm."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spare: _Worker | None = None

    def parse(self, kind: str, data: bytes, name: str, limits: Limits,
              ocr: OcrOptions | None = None) -> DocumentText:
        """Text of ``data`` parsed as ``kind`` ('pdf', 'html', 'image') in a fresh limited child."""
        if kind not in KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        wanted = WorkerLimits(limits.max_memory, limits.max_cpu_seconds)
        with self._lock:
            worker = self._take(wanted)
            self._spare = _Worker(wanted)
        try:
            return _exchange(worker, kind, data, name, limits, ocr)
        finally:
            worker.kill()

    def close(self) -> None:
        with self._lock:
            if self._spare is not None:
                self._spare.kill()
                self._spare = None

    def _take(self, wanted: WorkerLimits) -> _Worker:
        spare, self._spare = self._spare, None
        if spare is not None and spare.limits == wanted and spare.alive():
            return spare
        if spare is not None:
            spare.kill()
        return _Worker(wanted)


_SANDBOX = Sandbox()
atexit.register(_SANDBOX.close)


def parse_in_sandbox(kind: str, data: bytes, name: str, limits: Limits,
                     ocr: OcrOptions | None = None) -> DocumentText:
    """Parse ``data`` (``kind`` 'pdf', 'html' or 'image') in a child under ``limits``."""
    return _SANDBOX.parse(kind, data, name, limits, ocr)


def _exchange(worker: _Worker, kind: str, data: bytes, name: str, limits: Limits,
              ocr: OcrOptions | None = None) -> DocumentText:
    timed_out = threading.Event()

    def on_timeout() -> None:
        timed_out.set()
        if worker.process.poll() is None:
            worker.process.kill()

    watchdog = threading.Timer(limits.max_seconds, on_timeout)
    watchdog.daemon = True
    started = time.monotonic()
    watchdog.start()
    reply: bytes = b""
    try:
        request = {"kind": kind, "size": len(data), "max_chars": limits.max_chars,
                   "max_pdf_pages": limits.max_pdf_pages, "max_html_depth": limits.max_html_depth,
                   "max_pixels": limits.max_pixels, "max_ocr_pages": limits.max_ocr_pages,
                   "ocr_mode": ocr.mode if ocr else "auto",
                   "ocr_languages": list(ocr.languages) if ocr else []}
        stdin, stdout = worker.process.stdin, worker.process.stdout
        assert stdin is not None and stdout is not None  # noqa: S101 - both are PIPEs
        try:
            stdin.write(json.dumps(request).encode() + b"\n")
            stdin.write(data)
            stdin.close()
        except (BrokenPipeError, ValueError):
            pass  # the child died early; its exit status below says why
        reply = _read_reply(stdout, limits.max_chars)
    finally:
        watchdog.cancel()
    if timed_out.is_set():
        worker.kill()
        raise InputTooLarge(
            f"{name}: parsing took longer than {limits.max_seconds} s "
            "(limit STATIONWATCH_MAX_SECONDS); refused"
        )
    if reply:
        worker.kill()
        return _decode_reply(reply, name, limits)
    return _crash_error(worker, name, limits, time.monotonic() - started)


def _read_reply(stdout: IO[bytes], max_chars: int) -> bytes:
    """One JSON line, refusing a reply longer than the largest legitimate text could be."""
    ceiling = max_chars * 40 + 64 * 1024 * 1024  # JSON-escaped text, word boxes, page images
    reply = stdout.readline(ceiling + 1)
    return b"" if len(reply) > ceiling or not reply.endswith(b"\n") else reply


def _decode_reply(reply: bytes, name: str, limits: Limits) -> DocumentText:
    try:
        message = json.loads(reply)
    except ValueError:
        raise UnsupportedInput(f"{name}: the parser returned a malformed reply; refused") from None
    if not isinstance(message, dict):
        raise UnsupportedInput(f"{name}: the parser returned a malformed reply; refused")
    if message.get("ok") is True:
        text, mime, processor = message.get("text"), message.get("mime"), message.get("processor")
        metadata = message.get("metadata")
        images = message.get("images", [])
        if not (isinstance(text, str) and isinstance(mime, str) and isinstance(processor, str)
                and isinstance(metadata, dict) and len(text) <= limits.max_chars
                and isinstance(images, list) and all(isinstance(i, str) for i in images)):
            raise UnsupportedInput(f"{name}: the parser returned a malformed reply; refused")
        return DocumentText(text=text, mime=mime, processor=processor, metadata=metadata,
                            images=tuple(_unbase64(image, name) for image in images))
    error_class = _REPORTABLE.get(str(message.get("error")), UnsupportedInput)
    detail = str(message.get("message", "unreadable document"))
    detail = " ".join(detail.split())[:_MAX_MESSAGE]
    raise error_class(f"{name}: {detail}")


def _unbase64(encoded: str, name: str) -> bytes:
    import base64
    import binascii

    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise UnsupportedInput(f"{name}: the parser returned a malformed reply; refused") from None


def _crash_error(worker: _Worker, name: str, limits: Limits, elapsed: float) -> DocumentText:
    """Map a child that died without answering to the limit it hit, or to a parser crash."""
    code = worker.reap()
    peak = int(getattr(worker.resources, "ru_maxrss", 0)) * 1024
    cpu = float(getattr(worker.resources, "ru_utime", 0.0)) + float(
        getattr(worker.resources, "ru_stime", 0.0))
    memory = f"{limits.max_memory // MIB} MiB"
    if code in (-signal.SIGXCPU, -signal.SIGKILL) and cpu >= limits.max_cpu_seconds:
        raise InputTooLarge(
            f"{name}: parsing used more than {limits.max_cpu_seconds} s of CPU "
            "(limit STATIONWATCH_MAX_SECONDS); refused"
        )
    if code == _EXIT_OUT_OF_MEMORY or peak >= limits.max_memory // 2:
        raise InputTooLarge(
            f"{name}: parsing needed more than {memory} of memory "
            "(limit STATIONWATCH_MAX_MEMORY); refused"
        )
    how = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit status {code}"
    raise UnsupportedInput(
        f"{name}: the parser crashed on this file ({how} after {elapsed:.1f} s); "
        "corrupt or hostile document refused"
    )


# --------------------------------------------------------------------------- child side

#: Exit status of a child whose allocation failed under RLIMIT_AS.
_EXIT_OUT_OF_MEMORY = 86


def _limit_self(max_memory: int) -> None:
    """Limits that must hold before any untrusted byte is read."""
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write then fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))


def _limit_cpu(max_cpu_seconds: int) -> None:
    """CPU budget for the parse itself, counted from now (imports are not charged)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    resource.setrlimit(
        resource.RLIMIT_CPU, (used + max_cpu_seconds, used + max_cpu_seconds + _CPU_GRACE)
    )


#: A trusted page parsed once at start-up: trafilatura's first call costs ~0.3 s of
#: lazy set-up, which a spare child then pays while the previous document is worked on.
_WARM_UP_PAGE = (
    b"<html><head><title>Warm-up</title></head><body><article><p>"
    + b"A paragraph long enough to be taken as the main text of the page. " * 3
    + b"</p></article></body></html>"
)


def _warm_up(parsers: Any) -> None:
    parsers.html_text(_WARM_UP_PAGE, "warm-up")


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    remaining = size
    while remaining:
        chunk = stream.read(min(remaining, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _child_main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="stationwatch.extract.sandbox")
    parser.add_argument("--max-memory", type=int, required=True)
    parser.add_argument("--max-cpu-seconds", type=int, required=True)
    options = parser.parse_args(argv)

    # The protocol gets private descriptors; anything a library prints goes to stderr.
    requests = os.fdopen(os.dup(0), "rb")
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)

    os.environ["OMP_THREAD_LIMIT"] = "1"  # Tesseract: one core per document, like the rest
    import base64

    # Pillow and tesserocr are imported only when a page needs OCR: most documents never
    # do, and a child that holds them from the start weighs ~40 MiB more.
    import pypdfium2  # noqa: F401
    import trafilatura  # noqa: F401

    from stationwatch.extract import parsers  # imported before the limit
    from stationwatch.extract.ocr import OcrOptions

    _warm_up(parsers)
    _limit_self(options.max_memory)
    header = requests.readline(64 * 1024)
    if not header:
        return 0  # a spare that was never used
    request = json.loads(header)
    data = _read_exact(requests, int(request["size"]))
    _limit_cpu(options.max_cpu_seconds)
    limits = Limits(
        max_bytes=len(data) + 1,
        max_chars=int(request["max_chars"]),
        max_pdf_pages=int(request["max_pdf_pages"]),
        max_html_depth=int(request["max_html_depth"]),
        max_memory=options.max_memory,
        max_cpu_seconds=options.max_cpu_seconds,
        max_pixels=int(request["max_pixels"]),
        max_ocr_pages=int(request["max_ocr_pages"]),
    )
    try:
        ocr = OcrOptions(str(request["ocr_mode"]), tuple(request["ocr_languages"]))
        if request["kind"] == "pdf":
            document = parsers.pdf_text(data, "", limits, ocr)
        elif request["kind"] == "image":
            document = parsers.image_text(data, "", limits, ocr)
        else:
            document = parsers.html_text(data, "", limits)
        reply: dict[str, Any] = {
            "ok": True, "text": document.text, "mime": document.mime,
            "processor": document.processor, "metadata": _jsonable(document.metadata),
            "images": [base64.b64encode(image).decode("ascii") for image in document.images],
        }
    except MemoryError:
        return _EXIT_OUT_OF_MEMORY
    except InputError as error:
        reply = {"ok": False, "error": type(error).__name__,
                 "message": str(error).removeprefix(": ")}
    except RecursionError:
        reply = {"ok": False, "error": "InputTooLarge",
                 "message": "document nests too deeply for the parser; refused"}
    except Exception as error:
        reply = {"ok": False, "error": "UnsupportedInput",
                 "message": f"corrupt {request['kind'].upper()} ({type(error).__name__})"}
    try:
        payload = json.dumps(reply, ensure_ascii=False).encode("utf-8", "surrogatepass")
    except MemoryError:
        return _EXIT_OUT_OF_MEMORY
    replies.write(payload + b"\n")
    replies.flush()
    return 0


def _jsonable(metadata: dict[str, Any]) -> dict[str, Any]:
    """Metadata as JSON: parser fields as text; the OCR layout (plain JSON already) as is."""
    return {str(key): value if key == "ocr" else str(value)
            for key, value in metadata.items() if value is not None}


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
