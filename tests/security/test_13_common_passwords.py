"""Item 13: common and breached passwords are refused, from a bundled list, offline.

Before the fix any ten characters were accepted: ``1234567890``, ``password12`` and ten
spaces among them. Now a new password is checked against the 19,640 most common
passwords of the Pwned Passwords corpus (bundled, see ``web/data/SOURCES.md``) and a
few rules (digits around a listed word, keyboard walks, repetitions, the e-mail's name).
"""

from __future__ import annotations

import random
import socket
import time
from importlib import resources
from typing import Any

import pytest

from myotriage.errors import InvalidInputError
from myotriage.web.service import check_password
from tests.web.conftest import csrf_of

ISSUE = ["1234567890", "password12", " " * 10]
#: Guessable in the ways the rules catch (the list alone would let these through).
RULES = [
    "Password12!",  # a listed word, capitals, digits and a symbol added
    "iloveyou2024",  # a listed phrase with a year
    "abcdabcdab",  # a repetition
    "0987654321",  # a walk backwards
    "qwertyuiop!",  # a row of keys and a symbol
    "a123456789",  # a letter before a listed run of digits
    "myotriage 2026",  # the site's name
]
GOOD = ["a long enough password", "correct horse battery staple", "9x#Lm2$kqT"]


def _listed() -> list[str]:
    text = resources.files("myotriage.web").joinpath("data/common-passwords.txt").read_text()
    return text.splitlines()


@pytest.mark.parametrize("password", ISSUE + RULES)
def test_the_api_refuses_guessable_passwords_naming_the_field(client: Any, password: str) -> None:
    body = {"email": "new@example.org", "password": password}
    response = client.post("/api/v1/auth/signup", json=body)
    assert response.status_code == 422, response.text
    problem = response.json()["detail"][0]
    assert problem["loc"][-1] == "password"
    assert "choose another" in problem["msg"]
    # nothing was stored: the password does not sign in
    assert client.post("/api/v1/auth/login", json=body).status_code == 401


def test_the_page_refuses_them_with_a_message_at_the_field(client: Any) -> None:
    token = csrf_of(client, "/signup")
    form = {"csrf_token": token, "email": "p@example.org", "password": "password12"}
    page = client.post("/signup", data=form)
    assert page.status_code == 422
    assert 'href="#password"' in page.text
    assert "one of the most common passwords" in page.text


@pytest.mark.parametrize("password", GOOD)
def test_ordinary_long_passwords_are_accepted(password: str) -> None:
    assert check_password(password, email="someone@example.org") == password


def test_every_listed_password_long_enough_to_pass_the_length_rule_is_refused() -> None:
    from myotriage.web import passwords

    listed = _listed()
    assert len(listed) == passwords.COMMON_COUNT
    assert listed == sorted(listed, key=lambda w: w.encode("utf-8"))
    long_ones = [word for word in listed if len(word) >= 10]
    assert len(long_ones) > 1_500
    for word in long_ones:
        with pytest.raises(InvalidInputError) as refused:
            check_password(word)
        assert refused.value.field == "password"
        with pytest.raises(InvalidInputError):
            check_password(word.upper())  # case does not matter


def test_the_lookup_is_a_bisection_that_finds_each_entry_and_nothing_else() -> None:
    from myotriage.web import passwords

    listed = _listed()
    assert all(passwords.is_common(word) for word in listed)
    rng = random.Random(9)
    for word in rng.sample(listed, 500):
        assert not passwords.is_common(word + "\u00e9x")  # just after it in byte order
        assert not passwords.is_common(word[:-1] + "\x01")  # just before it
    assert not passwords.is_common("")


def test_the_check_is_fast_and_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No network (sockets refused); a check takes microseconds, like a set lookup."""
    from myotriage.web import passwords

    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the password check tried to use the network")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    words = [f"candidate passphrase {i}" for i in range(2_000)]
    baseline_set = frozenset(_listed())
    start = time.perf_counter()
    for word in words:
        _ = word in baseline_set and word.lower() in baseline_set
    baseline = time.perf_counter() - start
    start = time.perf_counter()
    for word in words:
        assert passwords.password_problem(word) is None
    spent = time.perf_counter() - start
    # every rule, not just a lookup: allow far more than the set, but stay far below a hash
    assert spent / len(words) < 0.002, (spent, baseline)


def test_the_accounts_own_address_is_refused_but_a_name_inside_a_phrase_is_not() -> None:
    with pytest.raises(InvalidInputError, match="e-mail address"):
        check_password("bob.smith2024", email="bob.smith@example.org")
    with pytest.raises(InvalidInputError, match="e-mail address"):
        check_password("anna@example.org", email="anna@example.org")
    assert check_password("a long enough password", email="long@example.org")
