"""Reports for the doctor (HTML, PDF), their plots, and the FHIR export.

* :mod:`~myotriage.report.summary` — what page one says, worked out from the diary;
* :mod:`~myotriage.report.plots` — matplotlib figures as PNG;
* :mod:`~myotriage.report.html` / :mod:`~myotriage.report.pdf` — rendering;
* :mod:`~myotriage.report.fhir` — a FHIR R5 Bundle built and validated with ``fhir.resources``.

The diary service gathers the data (:meth:`~myotriage.diary.service.DiaryService.report_data`)
and calls these; nothing here touches the database.
"""

__all__: list[str] = []
