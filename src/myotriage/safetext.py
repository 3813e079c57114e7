"""Text that is safe to store, to send as JSON and to print on a terminal.

Three rules, applied at the edges so the inside of the program can trust its strings:

* **Storing.** :func:`check_text` and :func:`check_tree` refuse a NUL character
  (PostgreSQL cannot store it in text and answers with an error) and an unpaired
  surrogate such as ``"\\ud800"`` (JSON lets a client send one, but it is not a
  character: it cannot be written as UTF-8, so every later response that carried it
  would fail). Both name the field and the position.
* **Reading what is already stored.** :func:`scrub` replaces those characters with
  U+FFFD so a row written before these checks existed can still be shown.
* **Printing.** :func:`for_terminal` removes control characters (ANSI and OSC escape
  sequences start with one) and bidirectional overrides, so a stored note cannot
  move the cursor, retitle the window or make a link on the reader's terminal.

    >>> check_text("calf\\x00", "notes")
    Traceback (most recent call last):
    ...
    myotriage.errors.InvalidInputError: notes: contains a NUL character (at character 5)
    >>> scrub({"id": "\\ud800"})
    {'id': '�'}
    >>> for_terminal("ok\\x1b]8;;http://x\\x07link")
    'ok]8;;http://xlink'
"""

from __future__ import annotations

import re
from typing import Any

from myotriage.errors import InvalidInputError

__all__ = [
    "MAX_DEPTH",
    "check_text",
    "check_tree",
    "for_terminal",
    "quoted",
    "scrub",
    "text_problem",
]

#: How deeply a stored JSON document may nest (a case needs three levels).
MAX_DEPTH = 32

_SURROGATES = re.compile("[\ud800-\udfff]")
# C0 and C1 controls except tab and newline, DEL, and the bidirectional embeddings,
# overrides and isolates (a note must not reorder what follows it on the screen).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be stored, or ``None`` when it can.

    ``isascii`` is a single C loop, so the common case costs next to nothing; only
    non-ASCII text is encoded to find an unpaired surrogate.
    """
    nul = text.find("\x00")
    if nul >= 0:
        return f"contains a NUL character (at character {nul + 1})"
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        return (
            f"contains U+{code:04X}, half of a surrogate pair, which is not a character "
            f"(at character {exc.start + 1})"
        )
    return None


def check_text(text: str, field: str) -> str:
    """``text`` unchanged if it can be stored; else :class:`InvalidInputError` naming ``field``."""
    problem = text_problem(text)
    if problem is not None:
        raise InvalidInputError(field, problem)
    return text


def check_tree(obj: Any, field: str, *, depth: int = MAX_DEPTH) -> None:
    """Check every key and string inside a JSON-like value (dicts, lists, scalars).

    Refuses NUL characters and unpaired surrogates, and nesting deeper than ``depth``,
    naming the path (``case.evidence[2].id``).
    """
    if isinstance(obj, str):
        check_text(obj, field or "body")
        return
    if depth < 0:
        raise InvalidInputError(field or "body", f"nested more than {MAX_DEPTH} levels deep")
    if isinstance(obj, dict):
        for key, value in obj.items():
            if not isinstance(key, str):
                continue
            check_text(key, f"{field} (a key)" if field else "a key")
            plain = key.isidentifier() and len(key) <= 64
            name = (f"{field}.{key}" if field else key) if plain else (field or "body")
            check_tree(value, name, depth=depth - 1)
    elif isinstance(obj, list | tuple):
        for index, value in enumerate(obj):
            check_tree(value, f"{field}[{index}]", depth=depth - 1)


def _clean(text: str) -> str:
    if text_problem(text) is None:
        return text
    return _SURROGATES.sub("\ufffd", text.replace("\x00", "\ufffd"))


def scrub(obj: Any) -> Any:
    """A copy of ``obj`` with NULs and unpaired surrogates replaced by U+FFFD (for old rows)."""
    if isinstance(obj, str):
        return _clean(obj)
    if isinstance(obj, dict):
        return {scrub(k): scrub(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [scrub(v) for v in obj]
    return obj


def for_terminal(text: str) -> str:
    """``text`` with control characters and bidi overrides removed, safe to print."""
    return _UNPRINTABLE.sub("", _clean(text))


def quoted(value: object, limit: int = 40) -> str:
    """``value`` as an error message shows it: ``repr`` (so control characters and
    surrogates come out escaped), cut to ``limit`` characters, since input is echoed.

    >>> quoted("9" * 50)
    "'9999999999999999999999999999999999999999'…"
    """
    if isinstance(value, str):
        return repr(value[:limit]) + ("…" if len(value) > limit else "")
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"
