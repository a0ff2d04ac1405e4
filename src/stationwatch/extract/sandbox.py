"""Parse untrusted PDF and HTML bytes in a child process under hard resource limits.

PDFium is C++ and lxml is C: a crafted document can make either allocate
without bound, loop, or crash. So the parse never runs in the caller's
process. Each document gets a fresh child that, before it reads a byte of input:

* caps its address space (``RLIMIT_AS`` = ``Limits.max_memory``) and its CPU
  time (``RLIMIT_CPU`` = ``Limits.max_cpu_seconds``), and disables core dumps;
* cannot create or grow files (``RLIMIT_FSIZE`` = 0), so a parser bug cannot
  write outside (or inside) the store;
* answers in JSON, never pickle, so even a child taken over by a malicious
  document cannot run code in the caller by its reply.

The caller adds a wall-clock timeout (``Limits.max_seconds``) and kills the
child when it passes.

Children come from a fork server: one process (``python -m
stationwatch.extract.sandbox --fork-server``) imports the parsers and warms them
up once, never reads a document, and forks a child per document on request.
A child is a copy of that pristine process, so one hostile document cannot
leave state behind that alters the text of the next, and starting it costs a
fork (milliseconds) instead of an interpreter start-up and its imports (about
0.45 s of CPU). Between the server and each child sits a small watcher, also
forked, that waits for the child and reports its exit status and resource use
(peak memory, CPU) to the caller, which names the limit a dead child hit.
Everything is reaped by its parent, so the children's CPU time is counted in
the caller's (benchmarks read it). The caller's descriptors for the document,
the reply and the report travel to the server over a Unix socket
(``SCM_RIGHTS``); the document and the reply never pass through the server.

Every outcome is a ``DocumentText`` or an ``InputError``: ``InputTooLarge``
when a limit was hit, ``UnsupportedInput`` when the parser crashed or the file
is corrupt, each with one line naming the input and the limit.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from types import SimpleNamespace
from typing import IO, TYPE_CHECKING, Any, NoReturn

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
#: Largest control message (a fork request) the server reads.
_MAX_REQUEST = 4096
MIB = 1024 * 1024


class _Worker:
    """One forked child, used for exactly one document, seen through three pipes."""

    def __init__(self, document: int, reply: int, report: int) -> None:
        self.stdin: IO[bytes] = os.fdopen(document, "wb")
        self.stdout: IO[bytes] = os.fdopen(reply, "rb")
        self._report = os.fdopen(report, "rb")
        self.resources: Any = None
        self.returncode: int | None = None
        line = self._report.readline(64)
        self.pid = int(line) if line.strip().isdigit() else 0

    def started(self) -> bool:
        return self.pid > 0

    def stop(self) -> None:
        """Kill the child if it still runs (its watcher has not reported, so the pid is its own)."""
        if self.pid and self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def kill(self) -> None:
        self.stop()
        self.reap()

    def reap(self) -> int:
        """Wait for the watcher's report of the child's end, keeping its resource use."""
        if self.returncode is None:
            report: dict[str, Any] = {}
            with contextlib.suppress(ValueError):
                report = json.loads(self._report.readline(4096) or b"{}")
            self.returncode = int(report.get("code", -signal.SIGKILL))
            if "maxrss" in report:
                self.resources = SimpleNamespace(ru_maxrss=report["maxrss"],
                                                 ru_utime=report["utime"],
                                                 ru_stime=report["stime"])
        for stream in (self.stdin, self.stdout, self._report):
            with contextlib.suppress(OSError):
                stream.close()
        return self.returncode


class _ForkServer:
    """The warmed process every child is forked from; it never sees a document."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1",
                   OMP_THREAD_LIMIT="1")  # Tesseract: one core per document, like the rest
        env.pop("PYTHONSTARTUP", None)
        with theirs:
            self.process = subprocess.Popen(  # noqa: S603 - our own module, argv built from ints
                [sys.executable, "-m", "stationwatch.extract.sandbox",
                 "--fork-server", str(theirs.fileno())],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                env=env, close_fds=True, pass_fds=(theirs.fileno(),),
            )
        self.control = ours
        self.owner = os.getpid()

    def fork(self, limits: Limits) -> _Worker:
        """A child for one document, or a worker that did not start (``started()`` false)."""
        document_in, document_out = os.pipe()
        reply_in, reply_out = os.pipe()
        report_in, report_out = os.pipe()
        request = json.dumps({"max_memory": limits.max_memory,
                              "max_cpu_seconds": limits.max_cpu_seconds}).encode()
        try:
            socket.send_fds(self.control, [request], [document_in, reply_out, report_out])
        except OSError:
            pass  # the server is gone: the report pipe reads empty and the caller restarts it
        finally:
            for descriptor in (document_in, reply_out, report_out):
                os.close(descriptor)
        return _Worker(document_out, reply_in, report_in)

    def close(self) -> None:
        """End the server; it waits for its children first, so their CPU time reaches us."""
        self.control.close()
        if self.owner != os.getpid():
            return  # a copy inherited through fork: the server is another process's child
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Sandbox:
    """Runs each document's parse in its own limited child, forked from a warm server."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._server: _ForkServer | None = None

    def parse(self, kind: str, data: bytes, name: str, limits: Limits,
              ocr: OcrOptions | None = None) -> DocumentText:
        """Text of ``data`` parsed as ``kind`` ('pdf', 'html', 'image') in a fresh limited child."""
        if kind not in KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        worker = self._fork(limits, name)
        try:
            return _exchange(worker, kind, data, name, limits, ocr)
        finally:
            worker.kill()

    def close(self) -> None:
        with self._lock:
            if self._server is not None:
                self._server.close()
                self._server = None

    def _fork(self, limits: Limits, name: str) -> _Worker:
        """A child from the server, starting (or restarting, once) the server as needed."""
        for _attempt in range(2):
            with self._lock:
                if self._server is not None and self._server.owner != os.getpid():
                    self._server.close()  # inherited through fork: start our own
                    self._server = None
                if self._server is None:
                    self._server = _ForkServer()
                server = self._server
            worker = server.fork(limits)
            if worker.started():
                return worker
            worker.reap()
            with self._lock:
                if self._server is server:
                    server.close()
                    self._server = None
        raise UnsupportedInput(f"{name}: the sandboxed parser could not be started; refused")


_SANDBOX = Sandbox()
atexit.register(_SANDBOX.close)


def parse_in_sandbox(kind: str, data: bytes, name: str, limits: Limits,
                     ocr: OcrOptions | None = None) -> DocumentText:
    """Parse ``data`` (``kind`` 'pdf', 'html' or 'image') in a child under ``limits``."""
    return _SANDBOX.parse(kind, data, name, limits, ocr)


def close_sandbox() -> None:
    """Stop the fork server now (it restarts on the next parse).

    A process that ends with ``os._exit`` (a multiprocessing or Dask worker) runs no
    ``atexit`` hook; it calls this when its work is done so the server and the
    children's CPU time are reaped by it rather than orphaned.
    """
    _SANDBOX.close()


def _exchange(worker: _Worker, kind: str, data: bytes, name: str, limits: Limits,
              ocr: OcrOptions | None = None) -> DocumentText:
    timed_out = threading.Event()

    def on_timeout() -> None:
        timed_out.set()
        worker.stop()

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
        stdin, stdout = worker.stdin, worker.stdout
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


def _serve_one(requests: IO[bytes], replies: IO[bytes], max_memory: int,
               max_cpu_seconds: int) -> int:
    """The child: limit itself, read one document, parse it, answer in one JSON line."""
    from stationwatch.extract import parsers
    from stationwatch.extract.ocr import OcrOptions

    _limit_self(max_memory)
    header = requests.readline(64 * 1024)
    if not header:
        return 0
    request = json.loads(header)
    data = _read_exact(requests, int(request["size"]))
    _limit_cpu(max_cpu_seconds)
    limits = Limits(
        max_bytes=len(data) + 1,
        max_chars=int(request["max_chars"]),
        max_pdf_pages=int(request["max_pdf_pages"]),
        max_html_depth=int(request["max_html_depth"]),
        max_memory=max_memory,
        max_cpu_seconds=max_cpu_seconds,
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


def _watch(control: socket.socket, descriptors: list[int], request: dict[str, Any]) -> NoReturn:
    """The watcher: fork the child, tell the caller its pid, then how it ended."""
    document, reply, report = descriptors
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            control.close()
            os.close(report)
            code = _serve_one(os.fdopen(document, "rb"), os.fdopen(reply, "wb"),
                              int(request["max_memory"]), int(request["max_cpu_seconds"]))
        except MemoryError:
            code = _EXIT_OUT_OF_MEMORY
        finally:
            os._exit(code)
    control.close()
    os.close(document)
    os.close(reply)
    os.write(report, f"{pid}\n".encode())
    _, status, usage = os.wait4(pid, 0)
    os.write(report, json.dumps({
        "code": os.waitstatus_to_exitcode(status), "maxrss": usage.ru_maxrss,
        "utime": usage.ru_utime, "stime": usage.ru_stime}).encode() + b"\n")
    os._exit(0)


def _reap_watchers(block: bool) -> None:
    """Collect finished watchers (and with them their children's CPU time)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, 0 if block else os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def _fork_server_main(control_descriptor: int) -> int:
    """Import and warm the parsers once, then fork a watched child per request until EOF."""
    control = socket.socket(fileno=control_descriptor)
    # Pillow and tesserocr are imported only when a page needs OCR: most documents never
    # do, and a child that holds them from the start weighs ~40 MiB more.
    import pypdfium2  # noqa: F401
    import trafilatura  # noqa: F401

    from stationwatch.extract import parsers

    _warm_up(parsers)
    while True:
        _reap_watchers(block=False)
        try:
            message, descriptors, _flags, _address = socket.recv_fds(control, _MAX_REQUEST, 3)
        except OSError:
            break
        if not message:
            break
        try:
            request = json.loads(message)
        except ValueError:
            request = None
        if len(descriptors) != 3 or not isinstance(request, dict):
            for descriptor in descriptors:
                os.close(descriptor)
            continue
        if os.fork() == 0:
            _watch(control, descriptors, request)
        for descriptor in descriptors:
            os.close(descriptor)
    _reap_watchers(block=True)
    return 0


def _jsonable(metadata: dict[str, Any]) -> dict[str, Any]:
    """Metadata as JSON: parser fields as text; the OCR layout (plain JSON already) as is."""
    return {str(key): value if key == "ocr" else str(value)
            for key, value in metadata.items() if value is not None}


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "--fork-server" or not sys.argv[2].isdigit():
        sys.exit("usage: python -m stationwatch.extract.sandbox --fork-server DESCRIPTOR")
    sys.exit(_fork_server_main(int(sys.argv[2])))
