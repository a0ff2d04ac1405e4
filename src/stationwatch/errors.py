"""Every exception Stationwatch raises on purpose.

Hierarchy::

    StationwatchError              base: a user-facing problem, printed as one line
    ├── InputError                 a document or argument we cannot use
    │   ├── UnsupportedInput       unknown or unreadable file type
    │   ├── InputTooLarge          over a documented size limit
    │   └── EncodingError          not valid UTF-8 text / binary where text expected
    ├── CaptureError               fetching or preserving a source failed
    │   └── RefusedAddress         SSRF guard refused a URL
    ├── StoreError                 the evidence store is missing, corrupt or busy
    │   ├── IntegrityError         a blob or custody entry does not verify
    │   ├── ConflictError          optimistic-concurrency loser
    │   └── StoreBusy              another 'watch run' holds the store's watch lock
    ├── AlertError                 an alert sink could not deliver
    └── AccessDenied               role does not allow the action

The CLI prints ``str(error)`` on one line and exits non-zero; a traceback is
only ever shown for a bug.

A message a reader may see in another language is raised as ``said(template,
**values)``: an English template with ``%(name)s`` places (a gettext message id,
extracted by ``scripts/i18n.sh``) and its values. ``str()`` of the error is the
English sentence, as before; the web translates the template at its edge
(``web.errors_l10n``), so no library module knows the web or a language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Said:
    """A message as its English template and the values that fill it; a value may itself
    be a ``Said`` (a reason inside a sentence), translated with it."""

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template % {name: str(value) if isinstance(value, Said) else value
                                for name, value in self.values.items()} \
            if self.values else self.template


def said(template: str, **values: Any) -> Said:
    """A message to raise (``InputError(said("%(field)s: empty", field=name))``) whose
    template the web can translate."""
    return Said(template, values)


def said_of(error: BaseException) -> Said | None:
    """The ``Said`` an error was raised with, or None (its text is then only English)."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Said) else None


class StationwatchError(Exception):
    """Base class: a problem the user can act on, with a one-line message."""


class InputError(StationwatchError):
    """A document or argument cannot be used as given."""


class UnsupportedInput(InputError):
    """The file type is unknown, corrupt or has no text layer."""


class InputTooLarge(InputError):
    """The input exceeds a documented limit."""


class EncodingError(InputError):
    """The bytes are not valid text in the expected encoding."""


class CaptureError(StationwatchError):
    """Fetching or preserving a source failed."""


class RefusedAddress(CaptureError):
    """A URL resolves to an address the SSRF guard does not allow."""


class StoreError(StationwatchError):
    """The evidence store is missing, corrupt or unavailable."""


class IntegrityError(StoreError):
    """A blob hash or custody-chain entry does not verify."""


class ConflictError(StoreError):
    """Another writer changed the record since it was read."""


class AccessDenied(StationwatchError):
    """The acting user's role does not allow this action."""


class StoreBusy(StoreError):
    """Another process holds a lock this one needs (e.g. a second 'watch run')."""


class AlertError(StationwatchError):
    """An alert sink (file, webhook, mail server) could not deliver."""
