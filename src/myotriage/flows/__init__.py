"""Flows that combine the diary, the engine and the report.

The parts below each do one thing: the :mod:`~myotriage.diary` stores and counts, the
:mod:`~myotriage.engine` assesses, the :mod:`~myotriage.report` draws and words. What
needs two or three of them lives here, with the knowledge base as an explicit argument,
so the web app re-assesses with its own knowledge and the command line with the
packaged one:

* :mod:`~myotriage.flows.assessment` — assess a case for storing; re-assess a diary's
  latest case with what the diary adds;
* :mod:`~myotriage.flows.report` — build a report's input from a diary; HTML, PDF,
  FHIR and exports;
* :mod:`~myotriage.flows.reassess` — re-triage after a knowledge update: stored cases
  run again, the levels that went up listed.

The web routes and the command line call these; nothing below imports them.
"""
