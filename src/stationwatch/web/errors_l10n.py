"""A library error's message in the reader's language, at the web's edge.

The library raises messages a page may show as ``errors.said(template, **values)``
(the template is a gettext message id, extracted by ``scripts/i18n.sh`` from every
package); here the template is looked up in the request's catalogue and filled with
the values, a value that is itself a ``Said`` (a reason inside a sentence) translated
the same way. An error raised with plain text, or a translation that does not fit its
values, reads as the library wrote it, in English.
"""

from __future__ import annotations

from stationwatch.errors import Said, said_of
from stationwatch.web.i18n import gettext


def translated(message: Said) -> str:
    """``message`` in the current interface language."""
    values = {name: translated(value) if isinstance(value, Said) else value
              for name, value in message.values.items()}
    text = gettext(message.template)
    if not values:
        return text
    try:
        return text % values
    except (KeyError, TypeError, ValueError):  # a translation that lost a placeholder
        return str(message)


def message_of(error: BaseException) -> str:
    """What a page says of ``error``: its message translated when it was ``said``."""
    found = said_of(error)
    return translated(found) if found is not None else str(error)
