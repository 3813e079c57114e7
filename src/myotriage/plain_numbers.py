"""Numbers as people should read them: no probability that looks more certain than it is.

A model's 0.9996 is not certainty and its 0.0004 is not impossibility, so a
percentage shown to a person (page, report, terminal, rule title) is rounded to a
whole number and clamped: "<1%" below one per cent, ">99%" above ninety-nine.
"""

from __future__ import annotations

__all__ = ["probability_label"]


def probability_label(p: float) -> str:
    """``p`` (0 to 1) as "<1%", "37%" or ">99%"."""
    value = float(p) * 100
    if value < 1:
        return "<1%"
    if value > 99:
        return ">99%"
    return f"{round(value)}%"
