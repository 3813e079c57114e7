"""The report as PDF, rendered from the HTML by WeasyPrint."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.report.input import ReportInput

__all__ = ["render_pdf"]


def render_pdf(data: ReportInput) -> bytes:
    """PDF bytes: page one is the summary, the figures follow."""
    from weasyprint import HTML

    from myotriage.report.html import TEMPLATES, render_html

    pdf = HTML(string=render_html(data, for_print=True), base_url=str(TEMPLATES)).write_pdf()
    assert pdf is not None
    return bytes(pdf)
