"""One exception tree for the whole project.

Every error a user can cause derives from :class:`MyotriageError`, so the command
line and the HTTP API can catch one root and turn it into one clear message (or a
422) instead of a traceback::

    MyotriageError
    ├── InvalidInputError        bad user input; names the field and the problem
    │   └── InvalidCaseError     a case that breaks the spec (spec/CASES.md)
    ├── KnowledgeError           a knowledge file that fails its schema or checks
    ├── StorageError             the diary database cannot be reached or migrated
    └── NotFoundError            a diary row, user or share code that does not exist
"""

from __future__ import annotations

__all__ = [
    "InvalidCaseError",
    "InvalidInputError",
    "KnowledgeError",
    "MyotriageError",
    "NotFoundError",
    "StorageError",
]


class MyotriageError(Exception):
    """Root of every error the project raises on purpose."""


class InvalidInputError(MyotriageError, ValueError):
    """Input that cannot be used; ``field`` says where, ``problem`` says what was wrong.

    >>> str(InvalidInputError("age", "expected an integer from 0 to 120, got 130"))
    'age: expected an integer from 0 to 120, got 130'
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}" if field else problem)

    def as_dict(self) -> dict[str, str]:
        """The error as the API returns it (``loc`` and ``msg`` like FastAPI's own)."""
        return {"field": self.field, "problem": self.problem}


class InvalidCaseError(InvalidInputError):
    """A case that breaks the case format."""


class KnowledgeError(MyotriageError):
    """A knowledge file that is invalid; names the file, the entry and the problem."""

    def __init__(self, file: str, entry: str, problem: str, line: int | None = None) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        self.line = line
        where = f"{file}, entry '{entry}'" if entry else file
        if line:
            where += f" (line {line})"
        super().__init__(f"knowledge base: {where}: {problem}")


class StorageError(MyotriageError):
    """The diary database could not be opened, migrated or written."""


class NotFoundError(MyotriageError, LookupError):
    """Something the user named does not exist (or is not theirs to see)."""
