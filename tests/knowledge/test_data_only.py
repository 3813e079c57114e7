"""Adding a condition touches data only: a copy of the knowledge with one more condition loads,
is assessed, and shows up on every surface (JSON, API schema, terminal, condition list, FHIR,
guide wording) without a change to the code."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from typing import Any

import pytest

from myotriage.engine.assessment import assess
from myotriage.knowledge.loader import DATA_DIR, load_knowledge_from
from myotriage.knowledge.summary import conditions_table, knowledge_summary

NEW = """
- id: made_up_toe_flutter
  type: other
  usual_level: urgent
  icd10: {code: R25.8, label: "Other abnormal involuntary movements"}
  name: A made-up flutter of the big toe
  summary: >-
    A condition invented for a test: the big toe flutters while the person is swimming.
  what_to_do: >-
    Nothing: it does not exist. The test only checks that the data alone is enough.
  prior: 5
  prior_why: Invented for a test.
  likelihood:
    loc_foot: 0.95
    dur_seconds: 0.9
    trig_exercise: 0.95
    visible_flicker: 0.95
    pain_none: 0.9
  reasoning: Invented for a test; the numbers make it stand out for one pattern of answers.
  advice: [now_urgent]
  tests: [history, examination]
  causes: []
  sources: [seed]
"""

CASE = {
    "id": "toe",
    "age": 40,
    "sex": "male",
    "evidence": [
        {"id": "loc_foot", "choice": "present"},
        {"id": "dur_seconds", "choice": "present"},
        {"id": "trig_exercise", "choice": "present"},
        {"id": "visible_flicker", "choice": "present"},
        {"id": "pain_none", "choice": "present"},
    ],
}


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> Any:
    directory = tmp_path_factory.mktemp("kb") / "data"
    shutil.copytree(DATA_DIR, directory)
    path = directory / "conditions.yaml"
    path.write_text(path.read_text(encoding="utf-8") + NEW, encoding="utf-8")
    return load_knowledge_from(Path(directory))


def test_the_extra_condition_is_weighed_and_shown(extended: Any, kb: Any) -> None:
    assert len(extended.conditions) == len(kb.conditions) + 1
    result = assess(CASE, extended)
    ids = [c.id for c in result.conditions]
    assert "made_up_toe_flutter" in ids and len(ids) == len(extended.conditions)
    data = result.to_dict()
    shown = {c["id"]: c for c in data["conditions"]}
    assert "made_up_toe_flutter" in shown, "its answers should make it one of the shown"
    assert shown["made_up_toe_flutter"]["icd10"] == "R25.8"
    # its type is a look-alike: counted in "other", whose sum includes it
    assert data["probabilities"]["types"]["other"] >= shown["made_up_toe_flutter"]["probability"]
    assert [r["id"] for r in conditions_table(extended)][-1] == "made_up_toe_flutter"
    assert knowledge_summary(extended)["counts"]["conditions"] == len(extended.conditions)
    # the same answers without the new condition do not name it
    assert "made_up_toe_flutter" not in {c["id"] for c in assess(CASE, kb).to_dict()["conditions"]}


def test_every_surface_takes_it_from_the_data(extended: Any) -> None:
    from rich.console import Console

    from myotriage.console import THEME, render_assessment, render_conditions
    from myotriage.web.api.schemas import AssessmentOut

    data = assess(CASE, extended).to_dict()
    AssessmentOut.model_validate(data)
    out = io.StringIO()
    console = Console(file=out, width=100, theme=THEME, color_system=None)
    console.print(render_assessment(data, extended))
    console.print(render_conditions(extended))
    text = " ".join(out.getvalue().split())
    assert text.lower().count("a made-up flutter of the big toe") >= 3  # report and list
    assert "R25.8" in text
