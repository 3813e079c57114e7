"""Reading JSON that a user hands to a command, with errors that name the file and the spot."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import orjson

from myotriage.errors import InvalidInputError

__all__ = ["read_json_input", "write_json"]


def write_json(obj: Any) -> None:
    """Write ``obj`` to stdout: indented for a person at a terminal, compact for a program."""
    option = orjson.OPT_INDENT_2 if sys.stdout.isatty() else 0
    sys.stdout.flush()
    sys.stdout.buffer.write(orjson.dumps(obj, option=option) + b"\n")
    sys.stdout.buffer.flush()


def read_json_input(source: str) -> Any:
    """Read JSON from a file path or ``-`` (stdin).

    >>> read_json_input("/no/such/file.json")
    Traceback (most recent call last):
    ...
    myotriage.errors.InvalidInputError: /no/such/file.json: no such file
    """
    if source == "-":
        text, name = sys.stdin.read(), "stdin"
    else:
        path = Path(source)
        if not path.exists():
            raise InvalidInputError(source, "no such file")
        if path.is_dir():
            raise InvalidInputError(source, "is a directory, expected a JSON file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InvalidInputError(source, f"cannot be read: {exc}") from None
        name = source
    try:
        return orjson.loads(text)  # several times faster on large case files
    except orjson.JSONDecodeError:
        pass
    try:  # the standard parser's message says what is wrong, and where
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            name, f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
