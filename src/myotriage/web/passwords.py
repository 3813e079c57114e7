"""Which passwords are too easy to guess: a bundled list of breached ones, plus a few rules.

ASVS 2.1.7 asks that a new password be checked against passwords known from breaches.
We do it offline, against ``data/common-passwords.txt``: the 19,640 most common
passwords of the *Have I Been Pwned* breach corpus as compiled by Royce Williams and
shipped with Django (BSD licence; provenance and licence in ``data/SOURCES.md``),
lower-cased and sorted. Guessing tools try exactly these first, and then the same
words with digits or symbols around them, keyboard walks and repetitions, which the
rules below catch too (``password12``, ``1234567890``, ten spaces, ``abcdabcdab``).

The comparison ignores case and spaces. The file is read on first use (160 KB, once
per process) and searched by bisection in place, so a check costs a few microseconds
and no per-word objects.

Nothing here limits which characters a password may use or asks for a mix of them
(ASVS 2.1.9): a long passphrase of ordinary words is fine.
"""

from __future__ import annotations

import threading
from importlib import resources

__all__ = ["COMMON_COUNT", "is_common", "password_problem"]

#: How many passwords the bundled list holds (checked by the tests).
COMMON_COUNT = 19_640
#: The advice every refusal ends with.
_ADVICE = "choose another, for example three or four unrelated words"
#: Rows of keys, the alphabet and the digits: a password that is a run along one of them
#: (either way) is the first thing a guessing tool tries.
_SEQUENCES = (
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "azertyuiop",
    "abcdefghijklmnopqrstuvwxyz",
)
#: The site's own name counts as a word everybody knows (NIST SP 800-63B 5.1.1.2).
_SITE_WORDS = ("myotriage",)

_data: bytes | None = None
_lock = threading.Lock()


def _common() -> bytes:
    """The sorted list as one bytes object, one lower-case password a line (read once)."""
    global _data
    if _data is None:
        with _lock:
            if _data is None:
                path = resources.files("myotriage.web").joinpath("data/common-passwords.txt")
                _data = path.read_bytes()
    return _data


def is_common(word: str) -> bool:
    """Whether ``word`` (compared in lower case) is on the bundled list: bisection over lines."""
    target = word.lower().encode("utf-8", "surrogatepass")
    if not target or b"\n" in target:
        return False
    data = _common()
    lo, hi = 0, len(data)  # both always at the start of a line (or the end)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind(b"\n", 0, mid) + 1
        end = data.find(b"\n", start)
        line = data[start:end]
        if line == target:
            return True
        if line < target:
            lo = end + 1
        else:
            hi = start
    return False


def _is_sequence(core: str) -> bool:
    """A run of three or more along a row of keys, the alphabet or the digits, either way."""
    if len(core) < 3:
        return False
    for row in _SEQUENCES:
        ring = row + row  # "...890" then "123...": wrapping round is still a walk
        if core in ring or core[::-1] in ring:
            return True
    return False


def _shortest_period(text: str) -> int:
    """The length of the shortest part whose repetition makes up ``text`` (prefix function)."""
    fail = [0] * len(text)
    for i in range(1, len(text)):
        k = fail[i - 1]
        while k and text[i] != text[k]:
            k = fail[k - 1]
        if text[i] == text[k]:
            k += 1
        fail[i] = k
    return len(text) - fail[-1] if text else 0


def _undecorated(core: str) -> set[str]:
    """The word inside digits and symbols added before or after it (``password12``)."""

    def strip_end(text: str) -> str:
        end = len(text)
        while end and not text[end - 1].isalpha():
            end -= 1
        return text[:end]

    def strip_start(text: str) -> str:
        start = 0
        while start < len(text) and not text[start].isalpha():
            start += 1
        return text[start:]

    return {strip_end(core), strip_start(core), strip_start(strip_end(core))} - {core}


def _weak(word: str) -> bool:
    """A listed password, a walk along the keys, or a repetition of a few characters."""
    return (
        is_common(word)
        or _is_sequence(word)
        or len(set(word)) < 4
        or _shortest_period(word) <= len(word) // 2
    )


def password_problem(password: str, *, email: str = "") -> str | None:
    """Why ``password`` is too easy to guess, in words for the person, or ``None``.

    Length and forbidden characters are checked elsewhere
    (:func:`myotriage.web.service.check_password`); this is about guessability.
    """
    core = "".join(password.split()).lower()
    if not core:
        return "a password of only spaces is too easy to guess; " + _ADVICE
    if is_common(core) or is_common(password):
        return "this is one of the most common passwords, known from data breaches; " + _ADVICE
    if any(len(word) >= 3 and is_common(word) for word in _undecorated(core)):
        return (
            "this is a common password with digits or symbols added, which guessing "
            "tools try early; " + _ADVICE
        )
    if _is_sequence(core):
        return "this is a sequence of keys, letters or digits; " + _ADVICE
    if len(set(core)) < 4 or _shortest_period(core) <= len(core) // 2:
        return "this repeats a few characters; " + _ADVICE
    letters = "".join(ch for ch in core if ch.isalpha())
    others = "".join(ch for ch in core if not ch.isalpha())
    for part in (letters, others):  # "a123456789", "qwertyuiop!": one weak part and a letter or two
        if len(core) - len(part) <= 2 and _weak(part):
            return (
                "this is a common password, a sequence or a repetition with a character or "
                "two added; " + _ADVICE
            )
    address = "".join(email.split()).lower()
    names = [address, address.split("@")[0], *_SITE_WORDS] if address else list(_SITE_WORDS)
    # the name with a few characters added; a name inside a longer phrase is fine
    if any(len(name) >= 3 and name in core and len(core) - len(name) <= 4 for name in names):
        return "this is your e-mail address or the name of this site, nearly unchanged; " + _ADVICE
    return None
