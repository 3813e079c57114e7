"""Flows that combine the diary, the engine and the knowledge base.

* :mod:`~myotriage.flows.reassess` — re-triage after a knowledge update: stored cases
  run again, the levels that went up listed.

The web routes and the command line call these; nothing below imports them.
"""
