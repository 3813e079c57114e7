"""Browser tests of the check's first step, "Tell us what happens, in your own words".

Headless Chromium at each size (a 360 x 740 phone and a 1280 x 800 desktop) against a
real server: the story typed into the start page, what was understood as ticked boxes with
the words that produced them, unticking one, then the rest of the interview to the
result; an emergency in the words; a story that cannot be read. The fixtures and helpers
are those of the other browser tests (tests/web/conftest.py); every page checked is saved
under ``test-artifacts/screenshots/`` and run through axe-core.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.web.conftest import answer_questions, check_page, shown_level

pytestmark = pytest.mark.browser

STORY = "my left calf keeps cramping at night for 3 weeks, no swelling, im on simvastatin"
EMERGENCY = "my calf cramped and now i have crushing chest pain and cant breathe"
GERMAN = "Ich habe seit drei Wochen Krämpfe in der Wade, nachts immer"
#: What the story above must be understood as: (value of the box, words shown with it).
UNDERSTOOD = {
    "present:loc_calf": "calf",
    "present:med_statin": "simvastatin",
    "absent:calf_swelling": "swelling",
}
#: The id of the tick list "Does any of this also apply to you?" after a story.
TICK_LIST = "story_check"
STORY_FIELD = "Tell us what happens, in your own words (optional)"


def tell(page: Any, server: str, story: str) -> None:
    """Open the check, type ``story`` and press Begin."""
    page.goto(server + "/check")
    page.get_by_label(STORY_FIELD).fill(story)
    with page.expect_navigation():
        page.get_by_role("button", name="Begin").click()


def understood(page: Any) -> dict[str, tuple[bool, str]]:
    """Each box on the "What we understood" page: value -> (ticked, its label's text)."""
    boxes = page.locator("input[type=checkbox][name=finding]")
    return {
        box.get_attribute("value"): (
            box.is_checked(),
            " ".join(box.locator("xpath=ancestor::label[1]").inner_text().split()),
        )
        for box in boxes.all()
    }


def test_the_story_is_shown_as_ticked_boxes_with_its_words(server: str, screen: Any) -> None:
    tell(screen, server, STORY)
    assert screen.get_by_role("heading", name="What we understood", level=1).is_visible()
    boxes = understood(screen)
    for value, words in UNDERSTOOD.items():
        ticked, text = boxes[value]
        assert ticked, value
        assert f"You wrote “{words}”" in text, (value, text)  # the words behind the box
    assert all(ticked for ticked, _ in boxes.values())  # everything understood starts ticked
    # what only follows from the words says so ("3 weeks": not more than three months)
    assert "Follows from “3 weeks”" in boxes["absent:persist_over_3m"][1]
    assert "You wrote" not in boxes["absent:persist_over_3m"][1]
    # each box in its group, found by its label as a screen reader announces them
    said = screen.get_by_role("group", name="True for you", exact=True)
    denied = screen.get_by_role("group", name="Not true for you", exact=True)
    assert said.get_by_role("checkbox", name="Taking a statin").is_checked()
    assert denied.get_by_role("checkbox", name="One leg swollen").is_checked()
    # the boxes do not overflow the screen and their words are not clipped
    width = screen.viewport_size["width"]
    for label in screen.locator("label.choice").all():
        box = label.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        assert label.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    check_page(screen, f"{screen.size_name}-story-understood")


def test_unticking_a_box_then_the_questions_ask_the_rest(server: str, screen: Any) -> None:
    size = screen.size_name
    tell(screen, server, STORY)
    unticked = "present:med_statin"
    screen.locator(f"input[name=finding][value='{unticked}']").uncheck()
    assert not screen.locator(f"input[name=finding][value='{unticked}']").is_checked()
    check_page(screen, f"{size}-story-unticked")
    with screen.expect_navigation():
        screen.get_by_role("button", name="Continue to the questions").click()
    assert screen.url.endswith("/check/question/1")
    # the first question is the safety screen of red flags, none of them said in the story
    form = screen.locator("form[data-question]")
    assert form.get_attribute("data-question") == "safety_screen"
    assert screen.get_by_text("Safety question").is_visible()
    offered = set(screen.locator("input[name=answer]").evaluate_all("e => e.map(i => i.value)"))
    assert {"chest_pain", "breathing_difficulty", "none"} <= offered
    # answer everything "none" / "no" (and "I'd rather not say" to age and sex) to the result
    assert screen.get_by_role("alert").count() == 0  # no emergency note for this story
    level, asked = answer_questions(screen, {}, f"{size}-story", also={TICK_LIST})
    assert asked[0] == "safety_screen"
    assert "where" not in asked  # the story settled where it is
    assert TICK_LIST in asked
    assert level in ("emergency", "urgent", "consult", "self_care")
    assert screen.url.endswith("/check/result")
    assert screen.locator(".triage-box .triage-label").first.is_visible()
    assert screen.locator(".triage-box").first.bounding_box()["y"] < screen.viewport_size["height"]
    # the tick list, seen again through its own address: its question, "None of these" kept
    screen.goto(f"{server}/check/question/{asked.index(TICK_LIST) + 1}")
    assert screen.get_by_role("heading", name="Does any of this also apply to you?").is_visible()
    assert screen.locator("input[name=answer][value='none']").is_checked()


def test_an_emergency_in_the_story_goes_straight_to_the_result(server: str, screen: Any) -> None:
    height = screen.viewport_size["height"]
    tell(screen, server, EMERGENCY)
    boxes = understood(screen)
    assert boxes["present:chest_pain"][0] and boxes["present:breathing_difficulty"][0]
    # whom to call is on the first screen already, before the boxes
    note = screen.get_by_role("alert")
    assert "This can be an emergency" in note.inner_text()
    call = note.locator("a[href^='tel:']").first
    assert call.is_visible() and call.bounding_box()["y"] < height
    check_page(screen, f"{screen.size_name}-story-emergency-understood")
    with screen.expect_navigation():
        screen.get_by_role("button", name="See what to do now").click()
    assert screen.url.endswith("/check/result")  # no question in between
    assert shown_level(screen) == "emergency"
    now = screen.locator(".triage-box.now")
    assert now.is_visible()
    call = screen.locator("a[href^='tel:']").first
    assert call.is_visible()
    assert call.bounding_box()["y"] < height  # in the first screen
    # no question was asked, so there is no last answer to change (it led to an error page)
    assert screen.get_by_role("link", name="Change my last answer").count() == 0
    assert screen.get_by_role("link", name="Start again").is_visible()
    check_page(screen, f"{screen.size_name}-story-emergency-result")


@pytest.mark.parametrize(
    ("name", "story", "message"),
    [
        ("german", GERMAN, "This does not look like English"),
        ("no-words", "?!? ... !!", "Your story is empty: say in a few words what happens"),
        ("numbers-only", "12 345 6/7", "Your story has only numbers and signs, no words"),
    ],
)
def test_a_story_that_cannot_be_read_says_so_by_the_field(
    server: str, screen: Any, name: str, story: str, message: str
) -> None:
    tell(screen, server, story)
    assert screen.url.endswith("/check/start")
    alert = screen.get_by_role("alert")
    assert alert.is_visible() and message in alert.inner_text()
    field_error = screen.locator("#story-error")
    assert field_error.is_visible() and message in field_error.inner_text()
    field = screen.get_by_label(STORY_FIELD)
    assert field.get_attribute("aria-invalid") == "true"
    assert "story-error" in field.get_attribute("aria-describedby").split()
    assert field.input_value() == story  # what was typed is kept, to change it
    # the error sits next to the field: between its label and the box
    label_y = screen.locator("label[for=story]").bounding_box()["y"]
    error_box = field_error.bounding_box()
    assert label_y < error_box["y"] < field.bounding_box()["y"]
    # the summary's link takes the person to the field
    alert.get_by_role("link").click()
    assert screen.url.endswith("#story")
    check_page(screen, f"{screen.size_name}-story-not-read-{name}")


def test_words_that_match_nothing_are_read_as_nothing_then_all_is_asked(
    server: str, screen: Any
) -> None:
    """Words with nothing we know in them are not refused (numbers alone are, above):
    nothing is understood, and the page says so plainly; the questions then cover
    everything, warning signs first."""
    tell(screen, server, "hello, just trying this out on 12 3 2024")
    assert screen.get_by_role("heading", name="What we understood", level=1).is_visible()
    assert screen.get_by_text("We could not match your words to anything").is_visible()
    assert screen.locator("input[name=finding]").count() == 0
    check_page(screen, f"{screen.size_name}-story-nothing-understood")
    with screen.expect_navigation():
        screen.get_by_role("button", name="Continue to the questions").click()
    assert screen.locator("form[data-question]").get_attribute("data-question") == "safety_screen"


#: A story whose warning sign is said in words the lexicon does not know: the second reader
#: suggests it ("Did you also mean?"), unticked.
SUGGESTING = (
    "my calf cramps at night. I've gone through two pairs of trousers today because I can't hold it"
)


def test_a_suggested_warning_sign_is_offered_unticked_and_counts_once_ticked(
    server: str, screen: Any
) -> None:
    from myotriage.engine.text.reader import reader_available

    if not reader_available():  # a failure under CI=true (tests/ci_strict.py)
        pytest.skip("the optional reader (myotriage[reader]) is not installed")
    tell(screen, server, SUGGESTING)
    group = screen.get_by_role("group", name="Did you also mean?", exact=True)
    assert group.is_visible()
    box = group.get_by_role("checkbox")
    assert box.count() >= 1
    offered = screen.locator("input[name=finding][value='present:bladder_bowel']")
    assert not offered.is_checked()  # never counted on its own
    label = " ".join(offered.locator("xpath=ancestor::label[1]").inner_text().split())
    assert "You wrote “I've gone through two pairs of trousers" in label
    check_page(screen, f"{screen.size_name}-story-suggested")
    offered.check()
    with screen.expect_navigation():
        screen.get_by_role("button", name="Continue to the questions").click()
    level, asked = answer_questions(screen, {}, f"{screen.size_name}-story-suggested", shots=False)
    # ticked, it counts like an answer: loss of bladder control is an emergency
    assert level == "emergency", (level, asked)


def test_a_suggestion_left_unticked_is_marked_on_its_question(server: str, screen: Any) -> None:
    from myotriage.engine.text.reader import reader_available

    if not reader_available():  # a failure under CI=true (tests/ci_strict.py)
        pytest.skip("the optional reader (myotriage[reader]) is not installed")
    tell(screen, server, SUGGESTING)
    with screen.expect_navigation():
        screen.get_by_role("button", name="Continue to the questions").click()
    assert screen.locator("form[data-question]").get_attribute("data-question") == "safety_screen"
    box = screen.locator("input[name=answer][value='bladder_bowel']")
    label = box.locator("xpath=ancestor::label[1]")
    mark = label.locator(".words")
    assert mark.inner_text() == "Your words may say this"
    assert not box.is_checked()  # a suggestion is asked, never answered for the person
    # the mark sits under the option's own words, inside its box
    text_box, mark_box, outer = (
        label.locator("span").first.bounding_box(),
        mark.bounding_box(),
        label.bounding_box(),
    )
    assert mark_box["y"] >= text_box["y"] and mark_box["x"] >= outer["x"]
    assert mark_box["x"] + mark_box["width"] <= outer["x"] + outer["width"]
    assert screen.locator(".words", has_text="Your words may say this").count() == 1
    check_page(screen, f"{screen.size_name}-story-suggested-question")
