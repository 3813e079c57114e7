"""Every error a command meets ends as one line on standard error, never a traceback.

Both Typer apps (``myotriage`` and ``myotriage diary``) are made with
:class:`OneLineErrors` as their Click group, so this holds for every command, however
it is run (the installed script, ``python -m``, or a test's ``CliRunner``):

* the project's errors (bad input, a missing row, a database that cannot be opened)
  and files that cannot be read exit with status 2;
* Click's usage errors (an unknown option, ``abc`` for a number) exit with status 2
  too, as one line instead of Click's usage box;
* a confirmation answered "no" (or no input to answer it) exits with status 1.

The line passes through :func:`myotriage.safetext.for_terminal` and is cut to a
sensible length, because messages quote what the user gave (a file name, a value) and
that must not put escape codes or a megabyte of text on the terminal.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from typer import Abort, TyperException
from typer.core import TyperGroup

from myotriage.errors import MyotriageError
from myotriage.safetext import for_terminal

__all__ = ["OneLineErrors", "error_line"]

_MAX_LINE = 400


def error_line(message: str) -> str:
    """``error: <message>`` on one line, without control characters, at most ~400 characters."""
    text = " ".join(for_terminal(message).split())
    if len(text) > _MAX_LINE:
        text = text[:_MAX_LINE] + "…"
    return f"error: {text}\n"


class OneLineErrors(TyperGroup):
    """A Typer group whose ``main`` turns every expected error into one line (see above)."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except Abort:
            code, message = 1, "aborted"
        except TyperException as exc:  # Click's usage errors: exit status 2
            if type(exc).__name__ == "NoArgsIsHelpError":  # a bare group: show its help
                exc.show()  # type: ignore[attr-defined]
                return exc.exit_code if not standalone_mode else sys.exit(exc.exit_code)
            code, message = exc.exit_code, exc.format_message()
        except MyotriageError as exc:
            code, message = 2, str(exc)
        except OSError as exc:
            code, message = 2, f"{exc.filename or 'file'}: {exc.strerror or exc}"
        else:
            if not standalone_mode:
                return result
            sys.exit(result if isinstance(result, int) else 0)
        sys.stderr.write(error_line(message))
        sys.stderr.flush()
        if not standalone_mode:
            return code
        sys.exit(code)
