"""The report as one self-contained HTML page (figures embedded as PNG data URIs)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from myotriage.report.input import ReportInput

__all__ = ["TEMPLATES", "render_html"]

TEMPLATES = Path(__file__).parent / "templates"


def render_html(data: ReportInput, *, for_print: bool = False) -> str:
    """Render the report; ``for_print`` adds page breaks and page size for the PDF."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from myotriage.report.plots import report_plots
    from myotriage.report.summary import report_summary

    environment = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"])
    )
    plots = [
        {**plot, "src": "data:image/png;base64," + base64.b64encode(plot["png"]).decode("ascii")}
        for plot in report_plots(data)
    ]
    template = environment.get_template("report.html.j2")
    return template.render(
        data=data,
        stats=data.stats,
        summary=report_summary(data),
        plots=plots,
        for_print=for_print,
        name=data.name,
    )
