"""Properties of parse_text on any string: never raises (beyond its own clear errors), spans
inside the text and on words, deterministic, each finding once, one present per single group."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myotriage.engine.case import parse_case
from myotriage.engine.text import parse_text
from myotriage.errors import InvalidInputError
from myotriage.knowledge.lexicon import load_lexicon
from myotriage.knowledge.loader import load_knowledge

KB = load_knowledge()
_WORDS = sorted(
    {w for e in load_lexicon(KB).findings.values() for p in e.phrases for w in p.split()}
    | {w for t in load_lexicon(KB).context for p in t.phrases for w in p.split()}
)
_WORDS = [w.rstrip("*") for w in _WORDS if w not in ("~", "<n>")]
_PUNCT = [".", ",", "!", "?", ";", "\n", " - ", "'", "7/10", "3", "weeks", "days", "minutes"]

stories = st.lists(st.sampled_from(_WORDS + _PUNCT), max_size=40).map(" ".join)
anything = st.one_of(st.text(max_size=300), stories)


def _parse(text: str):  # type: ignore[no-untyped-def]
    try:
        return parse_text(text, KB)
    except InvalidInputError as exc:
        assert exc.field == "text" and exc.problem
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything)
def test_any_string_gives_findings_or_a_clear_message(text: str) -> None:
    parsed = _parse(text)
    if parsed is None:
        return
    ids = [f.id for f in parsed.findings]
    assert len(ids) == len(set(ids))  # each finding at most once
    parse_case({"evidence": parsed.evidence()}, KB)  # valid case: one present per single group
    for f in parsed.findings:
        assert f.spans
        for start, end in f.spans:
            assert 0 <= start < end <= len(text)
            words = text[start:end]
            assert words == words.strip() and words[0].isalnum() and words[-1].isalnum()


@settings(max_examples=100, deadline=None)
@given(stories)
def test_the_same_story_gives_the_same_findings(text: str) -> None:
    first = _parse(text)
    second = _parse(text)
    assert (first is None) == (second is None)
    if first is not None and second is not None:
        assert first.to_dict() == second.to_dict()
