"""Reading a CSV file a person hands to an import: streamed, bounded, strict, and discreet.

* **Streamed and bounded.** The file is read one line at a time, each line at most
  :data:`MAX_LINE_BYTES` and the whole file at most :data:`MAX_FILE_BYTES`, so
  ``/dev/zero`` or a file with no line breaks is refused after a few KiB instead of
  filling the memory.
* **Decoded line by line,** so invalid UTF-8 is reported at its own line and column.
* **Strict about quotes.** A quote that opens a cell must close it, right before a
  comma or the end of the line. A stray quote used to swallow the following rows into
  one cell and the import reported success; now it stops the import at the line and
  column where the runaway cell starts. A quoted cell may still hold line breaks (the
  diary's own export writes notes that way), but not lines that look like rows of the
  file, which is what a stray quote produces.
* **Discreet.** Messages name lines, columns and what was expected, never the file's
  contents: pointed at the wrong file (``/etc/shadow``), an import says only that line
  1 is not the expected header.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from myotriage.errors import InvalidInputError

__all__ = ["MAX_FILE_BYTES", "MAX_LINE_BYTES", "CsvRecords"]

#: The longest line accepted (a row with a full 4,000-character note is well below this).
MAX_LINE_BYTES = 64 * 1024
#: The largest file accepted: a million episodes take about 70 MiB.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: The longest cell (notes are at most 4,000 characters).
MAX_CELL = 10_000


_BLOCK = 1024 * 1024


def _decode(chunk: bytes, first_line: int, bom: bool) -> str:
    """``chunk`` (whole lines) as text; invalid UTF-8 is reported at its line and column."""
    try:
        return chunk.decode("utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError as exc:
        line_start = chunk.rfind(b"\n", 0, exc.start) + 1
        line = first_line + chunk.count(b"\n", 0, exc.start)
        column = len(chunk[line_start : exc.start].decode("utf-8", "replace")) + 1
        raise InvalidInputError(f"line {line}, column {column}", "not UTF-8 text") from None


def _lines(handle: IO[bytes] | IO[str]) -> Iterator[str]:
    """The lines of ``handle`` as text, for ``csv.reader``, read in blocks of 1 MiB.

    Blocks keep the per-line cost in C (decoding, splitting, the NUL search) while the
    limits still hold: no line longer than :data:`MAX_LINE_BYTES`, no file larger than
    :data:`MAX_FILE_BYTES`, whatever the file is.
    """
    number = 0  # lines before the current block
    size = 0
    carry: Any = b""
    first = True
    while True:
        block: Any = handle.read(_BLOCK)
        size += len(block)
        if size > MAX_FILE_BYTES:
            raise InvalidInputError(
                f"line {number + 1}",
                f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB",
            )
        if isinstance(block, str) and isinstance(carry, bytes):
            carry = carry.decode()
        data = carry + block
        newline: Any = b"\n" if isinstance(data, bytes) else "\n"
        cut = data.rfind(newline) + 1 if block else len(data)
        chunk, carry = data[:cut], data[cut:]
        if len(carry) > MAX_LINE_BYTES:
            line = number + chunk.count(newline) + 1
            raise InvalidInputError(f"line {line}", f"longer than {MAX_LINE_BYTES // 1024} KiB")
        if not chunk:
            if not block:
                return
            continue
        text: str = _decode(chunk, number + 1, first) if isinstance(chunk, bytes) else chunk
        first = False
        nul = text.find("\0")
        if nul >= 0:
            line_start = text.rfind("\n", 0, nul) + 1
            line = number + text.count("\n", 0, nul) + 1
            raise InvalidInputError(
                f"line {line}, column {nul - line_start + 1}", "contains a NUL character"
            )
        lines = text.split("\n")
        longest = max(lines, key=len)
        if len(longest) > MAX_LINE_BYTES:
            line = number + lines.index(longest) + 1
            raise InvalidInputError(f"line {line}", f"longer than {MAX_LINE_BYTES // 1024} KiB")
        number += len(lines) - 1
        yield from io.StringIO(text, newline="")


def _open_quote_column(line: str) -> int | None:
    """The column of the quote that opens a cell ``line`` leaves unclosed, if any."""
    quoted = False
    at_start = True
    opened = 0
    index = 0
    while index < len(line):
        char = line[index]
        if quoted:
            if char == '"':
                if line[index + 1 : index + 2] == '"':
                    index += 1
                else:
                    quoted = False
        elif char == '"' and at_start:
            quoted, opened = True, index + 1
        at_start = not quoted and char == ","
        index += 1
    return opened if quoted else None


def _stray_quote(first_line: int, text: str) -> InvalidInputError:
    column = _open_quote_column(text.rstrip("\r\n"))
    where = f"line {first_line}" + (f", column {column}" if column else "")
    return InvalidInputError(
        where,
        "a quote opens a cell that does not close where it should; write a quote inside "
        'a cell as two quotes ("") or put the whole cell in quotes',
    )


class CsvRecords:
    """``(line number, cells)`` for each record of a CSV file, checked as described above.

    Use as a context manager (a path is opened and closed here; a text handle given by
    the caller is read but not closed)::

        with CsvRecords(path) as records:
            for line, cells in records: ...
    """

    def __init__(self, source: str | Path | IO[str]) -> None:
        self.source = source
        self._handle: IO[bytes] | IO[str] | None = None

    def __enter__(self) -> CsvRecords:
        if isinstance(self.source, str | Path):
            try:
                self._handle = open(self.source, "rb")  # noqa: SIM115
            except OSError as exc:
                raise InvalidInputError(
                    "file", f"cannot read {self.source}: {exc.strerror}"
                ) from None
        else:
            self._handle = self.source
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._handle is not None and self._handle is not self.source:
            self._handle.close()

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        assert self._handle is not None, "use CsvRecords in a with statement"
        csv.field_size_limit(MAX_CELL)
        reader = csv.reader(_lines(self._handle), strict=True)
        width = 0
        while True:
            first = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "expected after" in str(exc) or "end of data" in str(exc):
                    raise self._stray_quote(first) from None
                raise InvalidInputError(f"line {first}", f"not valid CSV ({exc})") from None
            if reader.line_num > first and width > 1:
                # a cell holding whole rows of this file: a quote that should not be there
                for cell in cells:
                    if any(part.count(",") >= width - 1 for part in cell.split("\n")[1:]):
                        raise self._stray_quote(first)
            if width == 0:
                width = len(cells)
            yield first, cells

    def _stray_quote(self, line: int) -> InvalidInputError:
        """The error for a runaway quoted cell starting on ``line`` (its column if found)."""
        return _stray_quote(line, self._line_text(line))

    def _line_text(self, number: int) -> str:
        """Line ``number`` of the source, read again (only on the way to an error)."""
        handle: Any = self._handle
        if handle is None or not handle.seekable():
            return ""
        handle.seek(0)
        for index, raw in enumerate(handle, start=1):
            if index == number:
                return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
        return ""
