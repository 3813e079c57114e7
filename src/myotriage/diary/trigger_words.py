"""A trigger analysis said in plain words, the same on the diary page, in the report and the CLI.

"Rate ratio 3.12 (1.31-7.44)" means nothing to most people; "On days with 300 mg of
caffeine or more you had about 3 times as many episodes (somewhere between 1.3 and 7
times)" does. Numbers are rounded to two significant figures, since the interval is
far wider than any third digit.
"""

from __future__ import annotations

from myotriage.diary.schemas import TriggerResult
from myotriage.diary.triggers import MIN_DAYS

__all__ = ["DAYS_WITH", "round_ratio", "trigger_sentence"]

#: How each factor's exposed days are named in a sentence.
DAYS_WITH = {
    "caffeine": "On days with 300 mg of caffeine or more",
    "poor_sleep": "After nights with less than 6 hours of sleep",
    "stress": "On days with stress at 7 out of 10 or more",
    "exercise": "On days with an hour of exercise or more",
    "alcohol": "On days with 3 or more units of alcohol",
    "dehydration": "On days with less than 1.5 litres to drink",
}


def round_ratio(value: float) -> str:
    """A ratio to two significant figures, without trailing zeros: 3, 1.3, 0.45, 12."""
    if value >= 10:
        return f"{round(value):d}"
    text = f"{value:.2g}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def trigger_sentence(result: TriggerResult) -> str:
    """One sentence (two at most) about ``result`` that a person can read."""
    days = DAYS_WITH.get(result.factor, f"On days with {result.definition}")
    if not result.enough_data or result.rate_ratio is None:
        have = min(result.exposed_days, result.other_days)
        return (
            f"{days}: not enough days yet. {MIN_DAYS} of each kind are needed, you have "
            f"{result.exposed_days} such days and {result.other_days} other days"
            + ("." if have >= MIN_DAYS else f" ({MIN_DAYS - have} more needed).")
        )
    ratio = result.rate_ratio
    low = round_ratio(result.ci_low or 0.0)
    high = round_ratio(result.ci_high) if result.ci_high is not None else None
    span = (
        f"somewhere between {low} and {high} times"
        if high
        else f"at least {low} times, with no clear upper limit"
    )
    if 0.9 <= ratio <= 1.1:
        how = "about as many episodes as on other days"
    else:
        how = f"about {round_ratio(ratio)} times as many episodes as on other days"
    sentence = f"{days} you had {how} ({span})."
    if result.flagged:
        sentence += " That stands out in your diary: a link, not proof that it causes them."
    else:
        sentence += " That could be chance."
    return sentence
