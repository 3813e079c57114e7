"""Trigger analysis: is the episode rate higher on days with a given exposure?

For each factor a day counts as *exposed* by a fixed rule (below), as *other* when
the factor was recorded but below the rule, and is left out when the factor was
not recorded that day. The comparison is the rate ratio

    RR = (episodes on exposed days / exposed days) / (episodes on other days / other days)

from a Poisson model of the daily episode counts with one exposed/other term. Its
confidence interval is a Wald interval on the log scale,
``exp(log RR ± z * sqrt(phi * (1/E1 + 1/E0)))``, where ``phi`` is the quasi-Poisson
dispersion (Pearson chi-square over its degrees of freedom, never below 1), so
that bursts of many episodes on a few days widen the interval instead of
producing false alarms. When one group has no episodes, 0.5 is added to both
counts (Haldane's correction) for the interval.

Six factors are tested at once, so the intervals are Bonferroni-adjusted: each is
a ``1 - 0.05/k`` interval for the ``k`` factors with enough data, which keeps the
chance of flagging any factor by luck alone at 5% or less. A factor is analysed
only with at least :data:`MIN_DAYS` exposed and :data:`MIN_DAYS` other days, and it
is *flagged* only when the whole interval lies above 1. Even then it is an
association seen in this diary, not proof that the factor causes episodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from myotriage.diary.schemas import TriggerResult

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["FACTORS", "MIN_DAYS", "Factor", "rate_ratio", "triggers_analyse"]

MIN_DAYS = 7


@dataclass(frozen=True)
class Factor:
    """One factor: which daily column it reads and which days count as exposed."""

    name: str
    column: str
    above: bool
    threshold: float
    definition: str

    def exposed(self, values: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
        """True where the day is exposed (NaN, i.e. not recorded, is never exposed)."""
        import numpy as np

        with np.errstate(invalid="ignore"):
            return values >= self.threshold if self.above else values < self.threshold


FACTORS: tuple[Factor, ...] = (
    Factor("caffeine", "caffeine_mg", True, 300.0, "caffeine at or above 300 mg that day"),
    Factor("poor_sleep", "sleep_h", False, 6.0, "less than 6 hours of sleep"),
    Factor("stress", "stress", True, 7.0, "stress at 7 or more out of 10"),
    Factor("exercise", "exercise_min", True, 60.0, "60 minutes or more of exercise"),
    Factor("alcohol", "alcohol_units", True, 3.0, "3 or more units of alcohol"),
    Factor("dehydration", "water_l", False, 1.5, "less than 1.5 litres of water"),
)


def rate_ratio(
    counts: npt.NDArray[np.float64],
    exposed: npt.NDArray[np.bool_],
    confidence: float = 0.95,
) -> tuple[float | None, float, float | None]:
    """Rate ratio of exposed vs other days with its quasi-Poisson Wald interval.

    ``counts`` are episodes per day, ``exposed`` says which days were exposed (both
    only for days where the factor was recorded). Returns ``(rr, low, high)``;
    ``rr`` is ``None`` when no other-day episodes make it undefined, ``high`` is
    ``None`` when unbounded.

    >>> import numpy as np
    >>> rr, low, high = rate_ratio(np.array([2.0, 2, 1, 1]), np.array([True, True, False, False]))
    >>> round(rr, 2)
    2.0
    """
    import numpy as np
    from scipy.stats import norm

    d1 = int(exposed.sum())
    d0 = int((~exposed).sum())
    e1 = float(counts[exposed].sum())
    e0 = float(counts[~exposed].sum())
    if d1 == 0 or d0 == 0:
        raise ValueError("both exposed and other days are needed")
    mean = np.where(exposed, e1 / d1, e0 / d0)
    positive = mean > 0
    chi2 = float((((counts - mean) ** 2)[positive] / mean[positive]).sum())
    dof = max(len(counts) - 2, 1)
    phi = max(1.0, chi2 / dof)
    z = float(norm.ppf(0.5 + confidence / 2))
    if e1 == 0 and e0 == 0:
        return None, 0.0, None
    rr = (e1 / d1) / (e0 / d0) if e0 > 0 else None
    c1, c0 = (e1, e0) if e1 > 0 and e0 > 0 else (e1 + 0.5, e0 + 0.5)
    centre = np.log((c1 / d1) / (c0 / d0))
    half = z * np.sqrt(phi * (1 / c1 + 1 / c0))
    low = float(np.exp(centre - half))
    high = float(np.exp(centre + half))
    if rr is not None and rr == 0.0:
        low = 0.0
    return rr, low, (high if np.isfinite(high) else None)


def triggers_analyse(
    counts: npt.NDArray[np.float64],
    context: dict[str, npt.NDArray[np.float64]],
    confidence: float = 0.95,
    min_days: int = MIN_DAYS,
) -> list[TriggerResult]:
    """Analyse every factor; ``counts`` and each ``context`` column are aligned per day.

    ``context`` maps a daily column (``caffeine_mg``...) to its values, NaN where not
    recorded; days without any context row are NaN in every column.
    """
    import numpy as np

    prepared: list[tuple[Factor, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]] = []
    for factor in FACTORS:
        values = context[factor.column]
        recorded = ~np.isnan(values)
        exposed = factor.exposed(values) & recorded
        prepared.append((factor, recorded, exposed))
    enough = [
        int(exp.sum()) >= min_days and int((rec & ~exp).sum()) >= min_days
        for _, rec, exp in prepared
    ]
    tested = max(sum(enough), 1)
    level = 1 - (1 - confidence) / tested
    results = []
    for (factor, recorded, exposed), ok in zip(prepared, enough, strict=True):
        d1 = int(exposed.sum())
        d0 = int((recorded & ~exposed).sum())
        e1 = int(counts[exposed].sum())
        e0 = int(counts[recorded & ~exposed].sum())
        rr: float | None = None
        low: float | None = None
        high: float | None = None
        if ok:
            rr, low, high = rate_ratio(counts[recorded], exposed[recorded], level)
        results.append(
            TriggerResult(
                factor=factor.name,
                definition=factor.definition,
                rate_ratio=rr,
                ci_low=low,
                ci_high=high,
                exposed_days=d1,
                other_days=d0,
                exposed_episodes=e1,
                other_episodes=e0,
                enough_data=ok,
                flagged=bool(ok and low is not None and low > 1.0),
            )
        )
    return results
