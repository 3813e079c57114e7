"""Questions answered inside the story: a guess ending in "?" ("pulled muscle??",
"?DVT") is not read, except a warning sign; an intake form's question answered "no"
("Fever? No.") denies what it names.
"""

from __future__ import annotations

from myotriage.engine.text.context import Choice
from myotriage.engine.text.targets import CompiledLexicon, Target
from myotriage.engine.text.tokens import Token

__all__ = ["answers_to_questions"]


#: A guess ending in "?" is short: "pulled muscle??", "cramp?" (not "why do I get cramps at night?").
_QUERY_WORDS = 3


#: An intake form's answer after its question ("Night cramps? Yes."): the question is not a guess.
_ANSWERS = frozenset({"yes", "no", "y", "n", "nil", "none", "yep", "nope", "yeah", "nah"})


def _queried_sentences(body: str, tokens: list[Token]) -> set[int]:
    """Sentences that only ask: clinic shorthand "?achilles tear", "?DVT" (a "?" stuck to the
    first word), or a short guess ending in "?" ("pulled muscle??"). What they name is a guess,
    not read (a warning sign is read as usual)."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, t in enumerate(tokens):
        first.setdefault(t.sentence, i)
        last[t.sentence] = i
    out = set()
    for sentence, i in first.items():
        j = last[sentence]
        start = tokens[i].start
        stuck = start > 0 and body[start - 1] == "?"
        rest = body[tokens[j].end :].lstrip()
        answered = j + 1 < len(tokens) and tokens[j + 1].norm in _ANSWERS  # "Trauma? No."
        if stuck or (j - i < _QUERY_WORDS and rest.startswith("?") and not answered):
            out.add(sentence)
    return out


#: A one-word answer that denies the question before it ("Fever? No.", "Trauma? nil").
_NO_ANSWERS = frozenset({"no", "n", "nil", "none", "nope", "nah", "negative", "neg"})


#: Words that may start a short answer of a few words that denies the question ("Chest pain?
#: None at all.", "Swelling? Not at all.", "Fever? Nothing like that."), and the words that
#: may go on with it.
_NO_STARTS = _NO_ANSWERS | {"not", "nothing", "never"}


_NO_WORDS = _NO_STARTS | {"at", "all", "of", "that", "those", "these", "them", "like", "really"}


#: How many words such an answer may have.
_NO_ANSWER_WORDS = 4


def _answer_end(tokens: list[Token], k: int) -> int:
    """The index after the short denying answer that starts at ``k`` ("none at all"), or ``k``
    when the words from ``k`` to the end of their sentence or clause are no such answer."""
    j = k + 1
    while (
        j < len(tokens)
        and tokens[j].sentence == tokens[k].sentence
        and not tokens[j].pause
        and tokens[j].norm in _NO_WORDS
        and j - k < _NO_ANSWER_WORDS
    ):
        j += 1
    return j if tokens[k].norm in _NO_STARTS else k


def _answered_no(body: str, tokens: list[Token]) -> set[int]:
    """Questions of an intake form answered "no" ("Fever? No.", "Swelling? nil", "Chest pain?
    None at all."): what the question names is denied, as "Fever: no." is."""
    out = set()
    for k in range(1, len(tokens)):
        prev, answer = tokens[k - 1], tokens[k]
        end = _answer_end(tokens, k)
        # "Fever? No." or "Fever? No, just cramps": the answer ends its sentence or clause.
        alone = end > k and (
            end == len(tokens) or tokens[end].sentence != answer.sentence or tokens[end].pause
        )
        if (
            answer.norm in _NO_STARTS
            and alone
            and prev.sentence != answer.sentence
            and body[prev.end : answer.start].strip().startswith("?")
        ):
            out.add(prev.sentence)
    return out


def answers_to_questions(
    c: CompiledLexicon,
    body: str,
    tokens: list[Token],
    targets: list[Target],
    choices: list[Choice | None],
) -> list[Choice | None]:
    """Question marks: a guess ("pulled muscle??", "?achilles tear") is not read, except a
    warning sign; a question answered "no" ("Fever? No.") denies what it names."""
    queried = _queried_sentences(body, tokens)
    denied = _answered_no(body, tokens)
    out: list[Choice | None] = []
    for t, ch in zip(targets, choices, strict=True):
        sentence = tokens[t.match.first].sentence
        if sentence in denied and ch == "present":
            out.append("absent")
        elif sentence in queried and t.finding not in c.red_flag:
            out.append(None)
        else:
            out.append(ch)
    return out
