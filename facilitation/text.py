"""Text that people type, checked once before it is stored: what the database can hold.

PostgreSQL refuses a NUL byte in text and a String(n) value longer than n characters, where SQLite
stores both; a lone surrogate cannot be written as UTF-8 at all. So every domain function that
writes typed text passes it through ``clean``: refused with a Dutch message that names the field
and the limit, or stored as typed (trimmed, and on one line where the field is one line). Nothing
is silently changed or cut. Other control characters are stored as typed; the documents leave out
what Word or Excel cannot hold (facilitation/documents/writer.py).
"""

from __future__ import annotations

import re

# What a database here cannot hold: NUL (PostgreSQL text) and lone surrogates (not UTF-8).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")

# Free text without a column limit (a goal, a description, a note) still gets one, so that a
# pasted book cannot fill the database or the documents.
LONG_TEXT = 10_000


class TextError(ValueError):
    """Typed text that cannot be stored; the message is plain Dutch for the user."""


def is_storable(value: str) -> bool:
    """Whether every character of the text can be stored and exported."""
    return not _UNSTORABLE.search(value)


def _capitalised(field: str) -> str:
    return field[:1].upper() + field[1:]


def clean(
    value: object,
    *,
    field: str,
    max_length: int | None,
    one_line: bool = False,
    error: type[ValueError] = TextError,
) -> str:
    """The text trimmed (and with ``one_line`` its whitespace runs as single spaces), or ``error``
    with a Dutch message naming ``field`` ("de naam van het domein") and the limit. An empty
    result is returned as "": whether a field is required is the caller's rule."""
    text = "" if value is None else str(value)
    if not is_storable(text):
        raise error(f"{_capitalised(field)} bevat een onzichtbaar teken dat we niet kunnen bewaren (bijvoorbeeld "
                    "uit een gekopieerde tekst). Typ de tekst opnieuw, of plak hem eerst in een gewone teksteditor.")
    text = " ".join(text.split()) if one_line else text.strip()
    if max_length is not None and len(text) > max_length:
        raise error(f"{_capitalised(field)} is te lang: {len(text)} tekens. Hoogstens {max_length} tekens.")
    return text


def optional(
    value: object,
    *,
    field: str,
    max_length: int | None,
    one_line: bool = False,
    error: type[ValueError] = TextError,
) -> str | None:
    """Like ``clean``, with None for a field left empty."""
    return clean(value, field=field, max_length=max_length, one_line=one_line, error=error) or None
