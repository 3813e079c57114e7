"""Spreadsheet formulas in CSV cells: neutralised on export, restored exactly on import."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from myotriage.diary.formulas import TRIGGERS, neutralise, restore

#: Texts made mostly of the characters that matter, so the corner cases come up often.
texts = st.text(alphabet=st.sampled_from("'=+-@\t\rab 1"), max_size=8) | st.text(max_size=20)


@given(texts)
def test_a_neutralised_cell_never_starts_a_formula(text: str) -> None:
    cell = neutralise(text)
    assert cell == "" or cell[0] not in TRIGGERS


@given(texts)
def test_restore_undoes_neutralise_exactly(text: str) -> None:
    assert restore(neutralise(text)) == text


@given(texts)
def test_only_what_needs_it_is_changed(text: str) -> None:
    changed = neutralise(text) != text
    rest = text.lstrip("'")
    assert changed == (rest != "" and rest[0] in TRIGGERS)
    if text == "" or text[0] not in TRIGGERS + "'":
        assert neutralise(text) == text and restore(text) == text


def test_examples() -> None:
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("'=1+1") == "''=1+1"
    assert neutralise("'quoted") == "'quoted"
    assert neutralise("") == ""
    assert restore("'=1+1") == "=1+1"
    assert restore("'quoted") == "'quoted"
    assert restore("=1+1") == "=1+1"
