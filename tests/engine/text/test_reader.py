"""The second reader: red flags the words may state where the lexicon read nothing, as
suggestions to confirm (never findings). The sentences here were written for this test, not
taken from the files the weights were learnt from."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from myotriage.engine.text import parse_text
from myotriage.engine.text import reader as reader_module
from myotriage.engine.text.reader import reader_available, sentence_spans, suggest_red_flags


@pytest.fixture(scope="module")
def installed() -> None:
    if not reader_available():  # a failure under CI=true (tests/ci_strict.py)
        pytest.skip("the optional reader (myotriage[reader]) is not installed")


@given(st.text(alphabet=st.sampled_from("ab .!?;\n1,"), max_size=80))
def test_sentence_spans_are_ordered_stripped_and_inside_the_text(text: str) -> None:
    spans = sentence_spans(text)
    end = 0
    for s, e in spans:
        assert end <= s < e <= len(text)
        piece = text[s:e]
        assert piece == piece.strip()
        assert len(piece.split()) >= 2
        end = e


def test_sentence_spans_keep_decimals_and_drop_single_words() -> None:
    text = "Ok. Temp was 38.5 this morning! no swelling\nthanks"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Temp was 38.5 this morning",
        "no swelling",
    ]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I've gone through two pairs of trousers today because I can't hold it", "bladder_bowel"),
    ],
)
def test_a_red_flag_in_new_words_is_suggested_not_read(
    installed: None, text: str, flag: str
) -> None:
    parsed = parse_text(text)
    assert flag not in {f.id for f in parsed.findings}  # the lexicon does not know the words
    suggestions = suggest_red_flags(text, parsed)
    found = {s.id: s for s in suggestions}
    assert flag in found
    assert found[flag].probability >= 0.7
    (span,) = found[flag].spans
    assert text[span[0] : span[1]].strip()
    # Still no finding: a suggestion is for the person to confirm.
    assert flag not in {f["id"] for f in parsed.evidence()}


@pytest.mark.parametrize(
    "text",
    [
        "my eyelid flickers when I'm tired, it stops after a good night's sleep",
        "calf cramps at night after football, stretching helps",
        "I drink a lot of coffee and my thumb twitches",
        "the cramp goes after a couple of minutes if I walk around",
        "period pains as usual, hot water bottle sorts them out",
        "my back is stiff in the mornings but loosens up after a shower",
    ],
)
def test_everyday_stories_get_no_suggestion(installed: None, text: str) -> None:
    assert suggest_red_flags(text, parse_text(text)) == ()


def test_what_the_lexicon_read_is_left_to_it(installed: None) -> None:
    text = "I can't breathe properly and there is no blood in my wee"
    parsed = parse_text(text)
    read = {f.id for f in parsed.findings}
    assert {"breathing_difficulty", "bleeding"} & read
    assert not {s.id for s in suggest_red_flags(text, parsed)} & read


def test_without_the_model_there_are_no_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_module, "reader_available", lambda: False)
    text = "I've gone through two pairs of trousers today because I can't hold it"
    assert reader_module.suggest_red_flags(text, parse_text(text)) == ()


def test_suggestion_to_dict_is_the_api_shape(installed: None) -> None:
    text = "I've gone through two pairs of trousers today because I can't hold it"
    (first, *_rest) = suggest_red_flags(text, parse_text(text))
    out: dict[str, Any] = first.to_dict()
    assert set(out) == {"id", "spans", "probability"}
    assert isinstance(out["spans"][0], list) and 0 < out["probability"] <= 1


def test_a_broken_reader_never_keeps_the_story_from_the_person(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Where nobody asked for suggestions (an interview from a story, the story page), a
    failing second reader (a broken install, damaged model files) means none, logged."""

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("model files damaged")

    monkeypatch.setattr(reader_module, "suggest_red_flags", broken)
    text = "crushing chest pain and I can't breathe"
    assert reader_module.suggestions_if_any(text, parse_text(text)) == ()
    assert "second reader failed" in caplog.text


def test_the_model_loads_once_however_many_threads_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    loads: list[str] = []

    def slow_load(package: str) -> str:
        loads.append(package)
        time.sleep(0.05)
        return "model"

    cached = reader_module.functools.lru_cache(maxsize=1)(slow_load)
    monkeypatch.setattr(reader_module, "_load_model", cached)
    threads = [threading.Thread(target=reader_module._model, args=("pkg",)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert loads == ["pkg"]


def test_a_model_release_other_than_the_weights_one_is_refused(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The weights name the model package's release they were learnt on; another release
    may carry other files, so the reader refuses it, and says what to install."""
    from myotriage.errors import KnowledgeError
    from myotriage.knowledge.reader_weights import load_reader_weights

    weights = load_reader_weights()
    real = reader_module.importlib.metadata.version

    def other_release(name: str) -> str:
        return "9.9.9" if name == weights.model.package else real(name)

    monkeypatch.setattr(reader_module.importlib.metadata, "version", other_release)
    reader_module._check_model_version.cache_clear()
    try:
        text = "my lips keep tingling and my hands go into a claw"
        with pytest.raises(KnowledgeError, match=f"{weights.model.package}==") as info:
            reader_module.suggest_red_flags(text, parse_text(text))
        assert "9.9.9" in str(info.value)
        assert reader_module.suggestions_if_any(text, parse_text(text)) == ()
        assert "second reader failed" in caplog.text
    finally:
        reader_module._check_model_version.cache_clear()
