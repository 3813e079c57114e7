"""Reading JSON that a user hands to a command or to the API, with errors that name the spot.

One parser for the command line and the HTTP API, so a document is accepted or refused
the same way by both: invalid UTF-8, numbers too large to use, nesting deeper than
anything we read, NUL characters and unpaired surrogates are all refused with one line
that names the source and, where it can, the field.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from myotriage.errors import InvalidInputError
from myotriage.safetext import MAX_DEPTH, check_tree

__all__ = ["MAX_INPUT_BYTES", "parse_json", "read_json_input", "write_json", "write_json_array"]

#: The largest JSON file a command reads (a batch of ten thousand cases fits easily).
MAX_INPUT_BYTES = 64 * 1024 * 1024
#: Integers longer than this are refused (Python itself refuses to convert 4,300 digits).
_MAX_DIGITS = 30


def write_json(obj: Any) -> None:
    """Write ``obj`` to stdout: indented for a person at a terminal, compact for a program."""
    option = orjson.OPT_INDENT_2 if sys.stdout.isatty() else 0
    sys.stdout.flush()
    sys.stdout.buffer.write(orjson.dumps(obj, option=option) + b"\n")
    sys.stdout.buffer.flush()


def write_json_array(batches: Iterable[list[Any]]) -> None:
    """Write a JSON array to stdout, its items coming in ``batches``: the same bytes as
    :func:`write_json` on the whole list, written as they come (for a list of thousands of
    assessments, the output starts at once and the whole text never sits in memory)."""
    if sys.stdout.isatty():
        write_json([item for batch in batches for item in batch])
        return
    sys.stdout.flush()
    out = sys.stdout.buffer
    out.write(b"[")
    first = True
    for batch in batches:
        if not batch:
            continue
        if not first:
            out.write(b",")
        out.write(b",".join([orjson.dumps(item) for item in batch]))
        first = False
    out.write(b"]\n")
    out.flush()


def _parse_int(text: str) -> int | float:
    """An integer; one too long to be any value we use becomes infinity, which every
    check then refuses by field name ("got a number too large to use")."""
    if len(text) > _MAX_DIGITS:
        return float("-inf") if text.startswith("-") else float("inf")
    return int(text)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_json(data: bytes | str, name: str = "") -> Any:
    """Parse a JSON document and check every string in it (see :mod:`myotriage.safetext`).

    ``name`` prefixes error messages (a file name, or empty for a request body); a
    problem inside the document names its path (``evidence[0].id``).
    """
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InvalidInputError(
                name, f"not UTF-8 text (line {line}, byte {exc.start + 1})"
            ) from None
    else:
        text = data
    try:
        value = orjson.loads(text)  # several times faster on large case files
    except orjson.JSONDecodeError:
        value = _careful_loads(text, name)
    else:
        if _clean_as_parsed(text, value):
            return value
    try:
        check_tree(value, "")
    except InvalidInputError as exc:
        if not name:
            raise
        raise InvalidInputError(name, str(exc)) from None
    return value


def _clean_as_parsed(text: str, value: Any) -> bool:
    """True when ``check_tree`` would find nothing in what orjson parsed from ``text``, told
    without visiting every string: orjson refuses unpaired surrogates and raw control
    characters, so a NUL can only come from a ``\\u0000`` escape, and the nesting is checked
    on the containers alone. False means "look closer" (``check_tree`` names the problem)."""
    return "\\u0000" not in text and "\x00" not in text and _shallow(value, MAX_DEPTH)


def _shallow(obj: Any, depth: int) -> bool:
    """No value in ``obj`` is nested deeper than ``check_tree`` allows (``depth`` levels)."""
    if type(obj) is dict:
        children: Any = obj.values()
    elif type(obj) is list:
        children = obj
    else:
        return True
    if depth < 1:
        return False
    return all(_shallow(child, depth - 1) for child in children if type(child) in _CONTAINERS)


_CONTAINERS = (dict, list)


def _careful_loads(text: str, name: str) -> Any:
    """The standard parser: slower, but its message says what is wrong, and where."""
    try:
        return json.loads(text, parse_int=_parse_int, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            name, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise InvalidInputError(
            name, f"the JSON is nested more than {MAX_DEPTH} levels deep"
        ) from None
    except ValueError as exc:  # e.g. a number the standard library will not convert
        raise InvalidInputError(name, f"not valid JSON: {exc}") from None


def read_json_input(source: str) -> Any:
    """Read JSON from a file path or ``-`` (stdin).

    >>> read_json_input("/no/such/file.json")
    Traceback (most recent call last):
    ...
    myotriage.errors.InvalidInputError: /no/such/file.json: no such file
    """
    if source == "-":
        data, name = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1), "stdin"
    else:
        path = Path(source)
        if not path.exists():
            raise InvalidInputError(source, "no such file")
        if path.is_dir():
            raise InvalidInputError(source, "is a directory, expected a JSON file")
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except OSError as exc:
            raise InvalidInputError(source, f"cannot be read: {exc.strerror}") from None
        name = source
    if len(data) > MAX_INPUT_BYTES:
        raise InvalidInputError(name, f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB")
    return parse_json(data, name)
