"""File downloads of personal data: one place that sets the headers every download needs."""

from __future__ import annotations

from fastapi import Response

__all__ = ["download", "report_pdf_download"]


def download(content: bytes | str, *, filename: str, media_type: str) -> Response:
    """``content`` as an attachment that no cache keeps (it is health data)."""
    return Response(
        content,
        media_type=media_type,
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


def report_pdf_download(pdf: bytes) -> Response:
    """The doctor's report as a PDF download."""
    return download(pdf, filename="myotriage-report.pdf", media_type="application/pdf")
