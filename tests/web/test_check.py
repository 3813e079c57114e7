"""The check's pages (without a browser): POST/redirect/GET, back, the safety screen, progress."""

from __future__ import annotations

import html
import re
from typing import Any

from tests.web.conftest import csrf_of
from tests.web.simulate import QUESTION, run_check, submit_answer

PROGRESS = re.compile(r'<progress id="progress" value="(\d+)"')


def _begin(client: Any, **given: str) -> Any:
    token = csrf_of(client, "/check")
    return client.post("/check/start", data={"csrf_token": token, **given})


def _question(page: str) -> tuple[str, str, str]:
    match = QUESTION.search(page)
    assert match, page[:400]
    return match.group(1), match.group(2), match.group(3)


def _checked(page: str) -> list[str]:
    return re.findall(r'name="answer" value="([^"]+)" checked', page)


def test_check_shows_the_interviews_triage_for_public_cases(
    client: Any, public_cases: list[dict[str, Any]]
) -> None:
    from myotriage.engine.case import parse_case
    from myotriage.engine.interview import simulate_interview

    levels = set()
    for case in public_cases[:12]:
        step, _ = simulate_interview(parse_case(case))
        triage = step["assessment"]["triage"]
        levels.add(triage)
        page = run_check(client, case)
        label = html.escape(step["assessment"]["triage_label"])
        # an emergency's one banner is also the call-now block (class "... now")
        assert re.search(f'class="triage-box triage-{triage}( now)?"', page), case["id"]
        assert page.count('class="triage-box') == 1, case["id"]
        assert label in page
        if triage == "emergency":
            assert page.index(label) < page.index("What it most likely is")
            assert 'href="tel:999"' in page
    assert "emergency" in levels


def test_every_answer_is_a_redirect_to_a_page_of_its_own(client: Any) -> None:
    start = client.get("/check")
    token = re.search(r'name="csrf_token" value="([^"]+)"', start.text).group(1)
    begun = client.post(
        "/check/start", data={"csrf_token": token, "age": "40"}, follow_redirects=False
    )
    assert begun.status_code == 303 and begun.headers["location"] == "/check/question/1"
    first = client.get("/check/question/1")
    assert first.status_code == 200 and first.headers["cache-control"] == "no-store"
    # The answers never appear in the address or the page, only in the signed cookie.
    answered = client.post(
        "/check/question/1",
        data={"csrf_token": token, "answer": "none"},
        follow_redirects=False,
    )
    assert answered.status_code == 303
    assert answered.headers["location"] == "/check/question/2"
    assert "none" not in answered.headers["location"]


def test_back_shows_the_earlier_answer_ticked(client: Any) -> None:
    first = _begin(client, age="40", sex="male")
    _, qid, kind = _question(first.text)
    assert kind == "multiple"
    second = submit_answer(client, first.text, "none")
    assert _question(second.text)[0] == "/check/question/2"
    # the browser's back button: a plain GET of the earlier address
    again = client.get("/check/question/1")
    assert _question(again.text)[1] == qid
    assert _checked(again.text) == ["none"]
    # the page's own Back button: a redirect to the same place
    token = re.search(r'name="csrf_token" value="([^"]+)"', second.text).group(1)
    back = client.post("/check/question/2", data={"csrf_token": token, "action": "back"})
    assert _question(back.text)[1] == qid and _checked(back.text) == ["none"]
    # and forward again keeps the later page
    assert _question(client.get("/check/question/2").text)[0] == "/check/question/2"


def test_the_safety_screen_never_passes_silently(client: Any) -> None:
    first = _begin(client, age="40", sex="female")
    assert "Safety question" in first.text
    nothing = submit_answer(client, first.text, None)
    assert _question(nothing.text)[0] == "/check/question/1"
    assert "None of these" in nothing.text and 'role="alert"' in nothing.text
    options = [o for o in re.findall(r'name="answer" value="([^"]+)"', first.text)]
    sign = next(o for o in options if o not in ("none", "unknown"))
    both = submit_answer(client, first.text, [sign, "none"])
    assert "cannot be ticked with other answers" in both.text
    assert sorted(_checked(both.text)) == sorted([sign, "none"])  # the ticks are kept


def test_dont_know_on_the_safety_screen_is_shown_near_the_top_of_the_result(
    client: Any, public_cases: list[dict[str, Any]]
) -> None:
    page = _begin(client, age="30", sex="male")
    page = submit_answer(client, page.text, "unknown")
    for _ in range(40):
        if QUESTION.search(page.text) is None:
            break
        page = submit_answer(client, page.text, "unknown")
    result = page.text
    assert "You were not sure about the warning signs" in result
    assert result.index("You were not sure") < result.index("What it most likely is")


def test_progress_never_goes_backwards(client: Any, public_cases: list[dict[str, Any]]) -> None:
    from tests.web.simulate import OPTION, page_answer

    for case in public_cases[:8]:
        page = _begin(client, age=str(case.get("age") or ""), sex=case.get("sex") or "")
        shown: list[int] = []
        while QUESTION.search(page.text):
            shown.append(int(PROGRESS.search(page.text).group(1)))
            _, qid, kind = _question(page.text)
            page = submit_answer(
                client, page.text, page_answer(case, qid, kind, OPTION.findall(page.text))
            )
        assert shown == sorted(shown), (case["id"], shown)
        assert all(0 <= p <= 100 for p in shown)


def test_a_lost_or_altered_cookie_starts_again(client: Any) -> None:
    from myotriage.web.check_session import COOKIE

    _begin(client)
    # Replace the cookie the server set (same name, domain and path), not add a second one
    # beside it: which of two same-named cookies a client sends first is not defined.
    (cookie,) = [c for c in client.cookies.jar if c.name == COOKIE]
    client.cookies.set(COOKIE, "altered", domain=cookie.domain, path=cookie.path)
    assert [c.value for c in client.cookies.jar if c.name == COOKIE] == ["altered"]
    page = client.get("/check/question/1")
    assert page.status_code == 200 and "Please start again" in page.text
    assert client.get("/check/result").status_code == 200


def test_check_start_validates_age(client: Any) -> None:
    token = csrf_of(client, "/check")
    response = client.post("/check/start", data={"csrf_token": token, "age": "300"})
    assert response.status_code == 422 and "whole years" in response.text
    assert 'aria-invalid="true"' in response.text
