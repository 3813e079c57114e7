"""The lexicon's denials ("no meds", "bladder fine") read as absent findings, except where
a "not" turns them round, they held only until a change, they speak of the well side or of
another finding, or they need a medicine named before them.
"""

from __future__ import annotations

from myotriage.engine.text.medicines import medicine_before
from myotriage.engine.text.patterns import NO_SKIP, Match
from myotriage.engine.text.targets import CANNOT, TRIED, CompiledLexicon, Target, word_before
from myotriage.engine.text.tokens import Token

__all__ = ["denial_targets"]


#: Words that may stand between a "not" and the words it turns round ("not *really* her usual
#: self", "isn't *quite* with it").
_SOFTENERS = frozenset({"really", "quite", "exactly", "entirely", "totally", "completely"})


def _negated_before(tokens: list[Token], first: int) -> bool:
    """Whether a negation word stands right before the words at ``first``, in the same clause
    ("she is *not* her usual self", "he *isn't* really with it"), or an inability does ("she
    is *no longer able to* walk normally", "I'm *not able to* put weight on it", "he *can no
    longer* talk normally", "*unable to* swallow fine")."""
    j = first - 1
    while j >= 0 and tokens[j].norm in _SOFTENERS and not tokens[j + 1].pause:
        j -= 1
    if j >= 1 and tokens[j].norm == "to" and tokens[j - 1].norm in ("able", "unable"):
        j -= 1 if tokens[j - 1].norm == "unable" else 2
    if j >= 1 and tokens[j].norm == "longer" and tokens[j - 1].norm in ("no", "any"):
        j -= 1
    return (
        j >= 0
        and (tokens[j].norm in NO_SKIP or tokens[j].norm in CANNOT)
        and tokens[j].sentence == tokens[first].sentence
        and not any(tokens[k].pause for k in range(j + 1, first + 1))
    )


#: Words that turn "it works" round: "I can *barely* open my mouth wide" says it does not.
_SCARCELY = frozenset({"barely", "hardly", "scarcely"})


#: Words that put a denial in the past or the usual: "she is *normally* sharp as a tack".
_USUALLY = frozenset({"normally", "usually", "ordinarily"})


#: Words right after a denial that say it held only until a change: "he was talking normally,
#: *and then* within minutes his face dropped", "I was fine *until* this morning".
_UNTIL = frozenset({"then", "until", "till", "til", "untill"})


_WAS = frozenset({"was", "were", "been"})


def _until_after(tokens: list[Token], m: Match) -> bool:
    """Whether a "then" or "until" follows a denial's words in the same sentence, at most an
    "and" between: the words tell how it was before it changed."""
    k = m.last + 1
    if (
        k < len(tokens)
        and tokens[k].norm == "and"
        and tokens[k].sentence == tokens[m.last].sentence
    ):
        k += 1
    if k >= len(tokens) or tokens[k].sentence != tokens[m.last].sentence:
        return False
    if tokens[k].norm != "then":
        return tokens[k].norm in _UNTIL
    # "then" after a denial in the present goes on with it ("it eases when I stretch, and
    # then it's fine"); after one in the past it tells of a change ("was talking normally")
    before = range(max(m.first - 1, 0), m.last + 1)
    return any(tokens[j].norm in _WAS for j in before)


def _only_just(tokens: list[Token], m: Match) -> bool:
    """Whether a denial's words hold a "barely" ("can barely open my mouth wide"), stand
    right after a "normally" ("she's normally sharp as a tack") or right before a "then" or
    "until" ("talking normally and then ..."): they deny nothing now."""
    return (
        any(tokens[k].norm in _SCARCELY for k in range(m.first, m.last + 1))
        or (
            m.first > 0
            and tokens[m.first - 1].norm in _USUALLY
            and tokens[m.first - 1].sentence == tokens[m.first].sentence
            and not tokens[m.first].pause  # ("peeing normally, legs feel strong": its own clause)
        )
        or _until_after(tokens, m)
    )


#: Words before a denial that put it on the well side, the one the sign is compared with: "now
#: the foot is white and cold, the *other* foot is warm and pink" denies no warning sign.
_OTHER_SIDE = frozenset({"other"})


#: How many words either side of a denial a ``not_with`` word may stand.
_NOT_WITH_REACH = 8


def _about_another(tokens: list[Token], m: Match, matches: list[Match]) -> bool:
    """Whether one of the ``not_with`` words of the denial ``m``, and none of its
    ``still_with`` words, stands among its words or up to :data:`_NOT_WITH_REACH` words either
    side in its sentence: the words are about another finding ("both calves look the same
    size, *not hot or red*": a clot check, not a wasting one)."""
    lo, hi = m.first - _NOT_WITH_REACH, m.last + _NOT_WITH_REACH
    sentence = tokens[m.first].sentence

    def near(kind: str) -> bool:
        key = (kind, m.what[1])  # type: ignore[index]
        return any(
            o.what == key
            and o.last >= lo
            and o.first <= hi
            and tokens[o.first].sentence == sentence
            for o in matches
        )

    return near("dw") and not near("dk")


def denial_targets(c: CompiledLexicon, matches: list[Match], tokens: list[Token]) -> list[Target]:
    said = [m for m in matches if isinstance(m.what, tuple) and m.what[0] == "f" and not m.negated]
    # a denial whose "nothing" starts a pseudo trigger denies nothing: "prob nothing but
    # theres a tight band round my chest"
    pseudo = [x for x in matches if x.what in c.specs and c.specs[x.what].category == "pseudo"]
    out = []
    for m in matches:
        # A gap that skipped a "not" turns a denial round ("the feeling in my foot is not
        # normal", "she can no longer put her chin on her chest"): it denies nothing; so does
        # a "not" right before it ("she is not her usual self", "he isn't with it").
        if (
            isinstance(m.what, tuple)
            and m.what[0] == "d"
            and not m.negated
            and not _negated_before(tokens, m.first)
            and not _only_just(tokens, m)
            and not any(p.first == m.first and tokens[p.first].norm == "nothing" for p in pseudo)
        ):
            denial = c.lexicon.denials[m.what[1]]
            if denial.after_medicine and not medicine_before(c, matches, tokens, m.first):
                continue
            if denial.not_with and _about_another(tokens, m, matches):
                continue  # "no swelling, both legs look the same": not a wasting check
            after = m.last + 1
            if (
                after < len(tokens)
                and tokens[after].norm in denial.not_before
                and not tokens[after].pause
            ):
                continue  # "not on anything *new*" is not "not on anything"
            # a finding's words that turn a denial inside them round win over it: "not her
            # usual self" (confusion) holds the denial "her usual self"
            out += [
                Target(m, fid, implied=denial.follows, denial=True)
                for fid in denial.absent
                if not (fid in c.red_flag and word_before(tokens, m.first, _OTHER_SIDE, 4))
                and not (fid in c.red_flag and word_before(tokens, m.first, TRIED, 1))
                and not any(
                    f.what[1] == fid  # type: ignore[index]
                    and m.inside(f)
                    and any(tokens[k].norm in NO_SKIP for k in range(f.first, m.first))
                    for f in said
                )
            ]
    return out
