"""An option of a phrase word is one word: a phrase that shows options of several words was
meant is refused when the lexicon is loaded (see ``_check_alternatives``)."""

from __future__ import annotations

import pytest

from myotriage.knowledge.lexicon import _check_phrases, load_lexicon


@pytest.mark.parametrize(
    "phrase",
    [
        "im|i am|ive been|been all over the place",
        "offered|offered me",
        "came on|come on|developed ~ <n> years ago",
        "seemed|looked ~ far away|miles away",
        "cold|went cold",
    ],
)
def test_several_word_options_are_refused(phrase: str) -> None:
    with pytest.raises(ValueError, match="an option is one word"):
        _check_phrases([phrase])


@pytest.mark.parametrize(
    "phrase",
    [
        "paracetamol|ibuprofen|codeine ~ isnt|didnt|not help*|touch*",
        "under|below my|the|his|her left|right ribs|rib",
        "came|come on ~ <n> years ago",
        "seemed|looked ~ far|miles away",
        "cant ~ walk ~ on ~ toes ~ and ~ toes|heels",
    ],
)
def test_one_word_options_pass(phrase: str) -> None:
    assert _check_phrases([phrase])


def test_the_lexicon_has_no_several_word_options() -> None:
    assert load_lexicon().findings
