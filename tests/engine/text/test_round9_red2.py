"""Round 9 (red2), red flags, from the classes of wording the parser missed in fresh29-31: a
comparison with the past ("than I used to", "like I used to", "as it used to be") says how
things are now and no longer hides what follows; sweating "a lot" or "loads" (heavy sweating);
barely getting up off the toilet or floor (loss of function); buttons one cannot do and getting
up out of a chair that is harder than it was (persisting weakness); cramps that do not go off
when one stretches or rests (unrelieved); a catheter bag with barely anything in it (retention);
a leg cold or white from the knee down (cold pale limb); pain "mad for a knock" (out of
proportion); toes bent back by someone else that make one scream (passive stretch); a toilet
that looks as if someone had poured red wine in it (blood: "had" or "like" before red wine no
longer hides it). Look-alikes: a past that was ("it used to happen weekly"); sweat on the stairs
or always; a toilet one gets up from fine; a cramp that does ease with stretching; a cold from
the knee down in the snow or winter; a bag that is a shopping bag; red wine someone had or
likes. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("eyelid_closure", "I squint more than I used to and now my eyes clamp shut on their own"),
    (
        "muscle_wasting",
        "can't hold a pen like I used to and the muscle by my thumb has gone hollow",
    ),
    ("agitation_sweating", "my neck keeps arching back and I'm sweating loads"),
    ("agitation_sweating", "jaw locked up and I've been sweating a lot"),
    ("agitation_sweating", "legs rigid, sweating tons, and confused"),
    ("loss_of_function", "my thighs are so sore I can barely get up off the loo"),
    ("loss_of_function", "I could hardly get up from the floor this morning, legs like jelly"),
    ("weakness_persistent", "my grip is going and I can't do shirt buttons now"),
    ("weakness_persistent", "standing up out of the armchair is harder than it was"),
    ("weakness_persistent", "getting up off the sofa takes more effort these days"),
    ("weakness_persistent", "it's tougher to get up out of a low seat than before"),
    ("severe_unrelieved", "the calf cramps last ages and don't go away when I stretch"),
    ("severe_unrelieved", "the spasms don't ease off even when I rest"),
    ("severe_unrelieved", "the cramps never settle down with massage"),
    ("urine_retention", "the catheter bag has hardly anything in it since lunch"),
    ("urine_retention", "his leg bag has barely filled all day"),
    ("urine_retention", "catheter's been nearly empty since the morning"),
    ("limb_cold_pale", "from the knee down it's turned a horrible white"),
    ("pain_out_of_proportion", "it's 10 out of 10 which is crazy for a knock"),
    ("pain_out_of_proportion", "the pain is ridiculous for such a tackle"),
    ("pain_passive_stretch", "when the physio bends them back I could scream"),
    ("pain_passive_stretch", "when my wife bends them back I scream"),
    ("bleeding", "the loo looked like somebody had tipped red wine into it"),
    ("bleeding", "the toilet bowl looks like someone had spilt red wine in it after I go"),
]

GUARDS = [
    ("visible_jerking", "it used to happen weekly and my legs would jerk at night"),
    ("agitation_sweating", "I sweat a lot when I walk up the stairs at work"),
    ("agitation_sweating", "I've always sweated a lot, even as a kid"),
    ("loss_of_function", "I can get up off the toilet fine, it's just the cramp"),
    ("severe_unrelieved", "the cramp does ease off when I stretch"),
    ("limb_cold_pale", "from the knee down I was freezing after walking in the snow"),
    ("limb_cold_pale", "from the knee down I was freezing after walking outside in winter"),
    ("pain_out_of_proportion", "it hurt a bit for a knock, as you'd expect"),
    ("urine_retention", "my shopping bag has barely anything in it"),
    ("bleeding", "I had a couple of glasses of red wine and my pee looked darker"),
    ("bleeding", "we had red wine at dinner and then I went to the toilet"),
    ("bleeding", "I like red wine, and the toilet was fine"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
