"""Reports for the doctor (HTML, PDF), their plots, and the FHIR export.

* :mod:`~myotriage.report.input` — what a report is made from (:class:`ReportInput`, typed);
* :mod:`~myotriage.report.summary` — what page one says, worked out from that input;
* :mod:`~myotriage.report.plots` — matplotlib figures as PNG;
* :mod:`~myotriage.report.html` / :mod:`~myotriage.report.pdf` — rendering;
* :mod:`~myotriage.report.fhir` — a FHIR R5 Bundle built and validated with ``fhir.resources``.

The flows (:mod:`myotriage.flows.report`) build the input from a diary and call these;
nothing here reads storage or imports the diary.
"""

__all__: list[str] = []
