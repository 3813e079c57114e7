"""Round 14, the absent side: a denial of one thing is not a denial of its neighbour.

* Words that only say how a limb looks ("both legs look the same", "calves measure the
  same", "leg looks normal") deny a swollen calf or a wasted muscle, whichever the words
  around them are about: beside swelling, redness, heat or colour they are a clot check
  (no swollen calf, and nothing about wasting); beside strength, weakness, thinning or
  tiptoes they are a wasting check (no wasted muscle, and nothing about a swollen calf);
  alone they deny both.
* Bladder and bowels named together ("waterworks and bowels normal", "bladder and bowels
  fine", "peeing and pooing normally") is the continence check: no loss of control, but
  neither "cannot pass urine" nor a change in bowel habit.
* A bare "no tingling" followed by a place ("no tingling down my legs", "no tingling in my
  arm") is not the tingling of lips and hands; "no tingling" alone still is.
* "No numbness down below" denies numbness in the saddle, not numbness anywhere else.
* "It doesn't hurt her" is no injury denied; "I haven't lost weight" says nothing of the
  muscles.
* A "normally" ending the clause before a denial is no "she's normally ..." ("peeing
  normally, legs feel strong" denies weakness).
* "I can breathe normal", "catheter draining fine", "stretching it, no change" / "stretching
  not help"; feeling "normal when I wipe" is the saddle's, not numbness anywhere.
* "Not right", "not myself", "not making it to the loo", "and then nothing" look like
  denials and say something is wrong: they deny nothing.

The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

# (text, finding, expected choice; None: not read at all)
CASES = [
    # appearance beside swelling words: a clot check
    ("calf cramps at night. no swelling, both legs look the same", "muscle_wasting", None),
    ("calf cramps at night. no swelling, both legs look the same", "calf_swelling", "absent"),
    ("cramp in my calf, both calves look the same size, not hot or red", "muscle_wasting", None),
    ("my leg looks normal, not swollen", "muscle_wasting", None),
    (
        "she gets cramps in her fingers, no tingling, fingers look normal colour",
        "muscle_wasting",
        None,
    ),
    # appearance beside strength words: a wasting check
    (
        "twitching calves, no weakness, I can stand on tiptoes, calves look the same size",
        "calf_swelling",
        None,
    ),
    (
        "twitching calves, no weakness, I can stand on tiptoes, calves look the same size",
        "muscle_wasting",
        "absent",
    ),
    (
        "twitches for weeks. strength is fine and my calves measure the same",
        "muscle_wasting",
        "absent",
    ),
    ("twitches for weeks. strength is fine and my calves measure the same", "calf_swelling", None),
    # appearance alone: both
    ("calves twitching. measured both calves with a tape, same size.", "muscle_wasting", "absent"),
    ("cramp last night. both legs look the same.", "calf_swelling", "absent"),
    # what stays as it was
    ("twitching for months but no wasting and no swelling", "muscle_wasting", "absent"),
    ("twitching for months, muscles look the same as always", "muscle_wasting", "absent"),
    ("no swelling in either leg", "calf_swelling", "absent"),
    # bladder and bowels together: the continence check
    ("back spasm. waterworks and bowels normal", "bladder_bowel", "absent"),
    ("back spasm. waterworks and bowels normal", "urine_retention", None),
    ("back spasm. waterworks and bowels normal", "bowel_habit_change", None),
    ("back spasm, bladder and bowels are fine", "urine_retention", None),
    ("back spasm, bladder and bowels are fine", "bladder_bowel", "absent"),
    ("back spasm, peeing and pooing normally", "bowel_habit_change", None),
    (
        "back spasm, no numbness in the saddle area, bladder and bowels normal",
        "bowel_habit_change",
        None,
    ),
    # the bladder or the bowels alone stay as they were
    ("back spasm, no probs with my waterworks", "urine_retention", "absent"),
    ("back spasm, peeing normally", "urine_retention", "absent"),
    (
        "tummy cramps for months, my bowels are the same as they always are",
        "bowel_habit_change",
        "absent",
    ),
    # "no tingling" and a place elsewhere
    ("neck spasm, no tingling down my arm", "tingling_lips_hands", None),
    ("back spasm. no tingling in my legs", "tingling_lips_hands", None),
    ("back spasm. no tingling in my legs", "numbness", "absent"),
    ("no tingling anywhere, just the calf", "tingling_lips_hands", "absent"),
    ("no tingling and no fixed hand", "tingling_lips_hands", "absent"),
    ("no tingling in my lips or fingers", "tingling_lips_hands", "absent"),
    # numbness in the saddle only
    ("back spasm, no numbness down below", "saddle_numbness", "absent"),
    ("back spasm, no numbness down below", "numbness", None),
    ("back spasm, no numbness in the saddle area", "numbness", None),
    ("back spasm, no numbness in my legs", "numbness", "absent"),
    ("back spasm, no numbness or tingling anywhere, no numbness down below", "numbness", "absent"),
    # not an injury, not the muscles
    ("her foot bounces on the stairs, it doesn't hurt her", "strain_injury", None),
    ("my eyelid flickers, it doesnt hurt, my partner cant see it", "strain_injury", None),
    ("tummy cramps, no blood and I haven't lost any weight", "muscle_wasting", None),
    ("tummy cramps, no blood and I haven't lost any weight", "weight_loss", "absent"),
    ("twitches everywhere but I havent lost any muscle", "muscle_wasting", "absent"),
    # "normally" ends the clause before
    ("peeing normally, legs feel strong", "weakness_persistent", "absent"),
    ("she's normally sharp as a tack", "confusion", None),
    # everyday denials
    (
        "my calf is swollen and warm. I can breathe normal, no chest pain",
        "breathing_difficulty",
        "absent",
    ),
    ("leg spasms at night, no fever, my catheter is draining fine", "urine_retention", "absent"),
    (
        "calf cramping for days, I've been stretching it, no change at all",
        "relief_stretch",
        "absent",
    ),
    ("my calf is like cramp all the time. stretching not help.", "relief_stretch", "absent"),
    ("stretching helped, no change in how often it comes", "relief_stretch", "present"),
    ("back spasm, feeling is normal when i wipe", "numbness", None),
    ("my feet went numb but feeling is normal now", "numbness", "absent"),
    # words that look like a denial and say something is wrong
    ("fingers feel not right weak sort of, cant do my buttons", "weakness_persistent", "present"),
    ("chest feels not right sort of squeezed", "chest_pain", "present"),
    (
        "not myself, restless and sweaty since they upped my sertraline",
        "agitation_sweating",
        "present",
    ),
    ("leaking a bit not making it to the loo", "bladder_bowel", "present"),
    ("no leaking, always make it to the loo", "bladder_bowel", "absent"),
    ("went all wobbly and then nothing, came round on the kitchen floor", "seizure", "present"),
    ("not weak, just not right", "weakness_persistent", "absent"),
]


@pytest.mark.parametrize(("text", "finding", "choice"), CASES)
def test_round14_absent(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice
