"""Round 15: a red flag denied in one sentence and said in a later one is left open.

People correct themselves as they type ("my pee isn't dark. ... actually this morning it's
dark like cola"). Which sentence holds, the words cannot say; a danger sign must never be read
as denied then, so it comes back ``unknown`` and the interview asks it. Said first and denied
after ("temps up to 39 last week ... normal for two days now"), the denial is the update and
stands; a finding that is no red flag keeps the denial as before.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

CASES = [
    ("My pee is not dark. Cramps in both calves. This morning my pee is dark like cola.",
     "dark_urine", "unknown"),
    ("no chest pain. calves cramping all night. this morning chest pain when I climb stairs",
     "chest_pain", "not absent"),
    ("Not numb anywhere. Later on my foot went numb.", "numbness", "not absent"),
    ("No calf swelling. Now the calf is swollen and red.", "calf_swelling", "not absent"),
    # said first, denied after: the denial is the update
    ("My pee was dark like tea. Pee is not dark.", "dark_urine", "absent"),
    ("My pee is not dark.", "dark_urine", "absent"),
    # the same in one sentence: the denial's own words decide, as before
    ("pee is not dark, it is dark yellow from not drinking", "dark_urine", "absent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finding", "expected"), CASES)
def test_a_red_flag_said_after_its_denial_is_left_open(
    text: str, finding: str, expected: str | None
) -> None:
    got = said(text).get(finding)
    if expected == "not absent":
        assert got in ("present", "unknown")
    else:
        assert got == expected


def test_the_interview_asks_the_red_flag_left_open() -> None:
    from myotriage.engine.text import parse_text

    parsed = parse_text("My pee is not dark. Cramps in both calves. Now my pee is dark like cola.")
    evidence = {e["id"]: e["choice"] for e in parsed.evidence()}
    assert "dark_urine" not in evidence or evidence["dark_urine"] != "absent"
