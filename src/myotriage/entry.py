"""The console-script entry point.

Answers ``--version`` before importing anything heavy (Typer alone takes several
times longer to import than Python takes to start), then hands over to the real
command line in :mod:`myotriage.cli`.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run the ``myotriage`` command."""
    if sys.argv[1:] in (["--version"], ["-V"]):
        from myotriage import __version__

        sys.stdout.write(f"myotriage {__version__}\n")
        return
    from myotriage.cli import run

    run()


if __name__ == "__main__":  # pragma: no cover
    main()
