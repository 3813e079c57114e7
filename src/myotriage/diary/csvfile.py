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
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from myotriage.errors import InvalidInputError

__all__ = ["MAX_FILE_BYTES", "MAX_LINE_BYTES", "CsvRecords"]

#: The longest line accepted (a row with a full 4,000-character note is well below this).
MAX_LINE_BYTES = 64 * 1024
#: The largest file accepted: a million episodes take about 70 MiB.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: The longest cell (notes are at most 4,000 characters).
MAX_CELL = 10_000


class _Lines:
    """The lines of a file as text, numbered, with the limits above; feeds ``csv.reader``."""

    def __init__(self, handle: IO[bytes] | IO[str]) -> None:
        self.handle = handle
        self.number = 0
        self.size = 0
        self.record: list[tuple[int, str]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self.handle.readline(MAX_LINE_BYTES + 1)
        if not raw:
            raise StopIteration
        self.number += 1
        where = f"line {self.number}"
        if len(raw) > MAX_LINE_BYTES:
            raise InvalidInputError(where, f"longer than {MAX_LINE_BYTES // 1024} KiB")
        self.size += len(raw)
        if self.size > MAX_FILE_BYTES:
            raise InvalidInputError(
                where, f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB"
            )
        text = self._decode(raw, where) if isinstance(raw, bytes) else raw
        if "\x00" in text:
            raise InvalidInputError(
                f"{where}, column {text.index(chr(0)) + 1}", "contains a NUL character"
            )
        self.record.append((self.number, text))
        return text

    def _decode(self, raw: bytes, where: str) -> str:
        encoding = "utf-8-sig" if self.number == 1 else "utf-8"
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as exc:
            column = len(raw[: exc.start].decode(encoding, "replace")) + 1
            raise InvalidInputError(f"{where}, column {column}", "not UTF-8 text") from None


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
        lines = _Lines(self._handle)
        csv.field_size_limit(MAX_CELL)
        reader = csv.reader(lines, strict=True)
        width = 0
        while True:
            lines.record = []
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if lines.record and ("expected after" in str(exc) or "end of data" in str(exc)):
                    raise _stray_quote(*lines.record[0]) from None
                where = f"line {lines.record[0][0] if lines.record else lines.number}"
                raise InvalidInputError(where, f"not valid CSV ({exc})") from None
            first = lines.record[0][0] if lines.record else lines.number
            if len(lines.record) > 1 and width > 1:
                # a cell holding whole rows of this file: a quote that should not be there
                for _number, text in lines.record[1:]:
                    if text.count(",") >= width - 1:
                        raise _stray_quote(*lines.record[0])
            if width == 0:
                width = len(cells)
            yield first, cells
