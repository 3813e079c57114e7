"""``python -m myotriage`` runs the command line."""

from myotriage.entry import main

main()
