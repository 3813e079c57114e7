"""Round 12, precision of findings stated present: words that do not state the finding about
this person now. Restlessness from pain or agitation (not the legs' urge to move), sitting as a
journey's cause or rest as a relief, "back" as an adverb, figures of speech ("went down like I'd
been shot", "like shivering"), the person grabbing the leg, night inside another word, agitation
as a medicine's reason, someone's guess at a cause, a frequency of minutes, training "upped",
a bad week, another part bigger, pulses felt in the feet, a child's age. Sentences in our own
words: each NEG case failed on main; the GUARD cases are guards."""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

NEG = [
    # restless from pain or agitation, not the legs' urge to move
    ("worst pain of my life in my side, cant sit still, been sick twice", "urge_to_move"),
    ("the cramp in my belly is so bad i can't keep still", "urge_to_move"),
    ("since the new tablets im shaking, cant keep still, heart pounding", "urge_to_move"),
    ("pacing the kitchen, cant sit still with this pain in my back", "urge_to_move"),
    # sitting as a journey's cause, resting as a relief, lying in pain
    ("probably just from sitting on the plane for ten hours, calf is swollen", "trig_rest"),
    ("12 hours sat down on the flight home and now my left calf aches", "trig_rest"),
    ("long coach trip sitting for hours, since then my calf is puffy", "trig_rest"),
    ("resting in the van and stretching helps the cramp", "trig_rest"),
    ("she was doubled over on the sofa with a hot water bottle", "trig_rest"),
    # "back" as an adverb
    ("it eases when she walks about, then starts again when she sits back down", "loc_back"),
    ("drove to leeds and back on friday, now my calf is cramping", "loc_back"),
    # figures of speech
    ("my hamstring locked and I went down like I'd been shot", "snap_felt"),
    ("he dropped like he'd been shot when his calf went", "snap_felt"),
    ("at night his knees snap straight and his thighs go hard", "snap_felt"),
    ("my legs jerk like shivering but im not cold", "fever"),
    ("my jaw chatters like teeth chattering in the cold but I'm warm", "fever"),
    # the person grabs the part: no sudden onset in the word
    ("she cries out and grabs her calf, it's like a rock", "onset_sudden"),
    ("he grabs his thigh and rubs it till it goes", "onset_sudden"),
    # night inside another word
    ("sweating through her nightie and her legs are jumping", "trig_night"),
    ("soaked his nightshirt, legs keep jerking", "trig_night"),
    ("at the nightclub my calves cramped up dancing", "trig_night"),
    # agitation as a medicine's reason
    (
        "they started him on haloperidol for night time agitation, now his neck is pulled round",
        "agitation_sweating",
    ),
    (
        "GP put her on risperidone because she'd been agitated, now her jaw is stuck",
        "agitation_sweating",
    ),
    ("he's on quetiapine for his agitation and his neck twists to the left", "agitation_sweating"),
    # someone's guess at the cause
    ("she thinks she pulled something gardening, her chest feels heavy", "strain_injury"),
    ("we thought she'd pulled a muscle but she hasn't fallen", "strain_injury"),
    ("he says it's just a trapped nerve but his legs are weaker", "hx_neuropathy"),
    # "constantly" of something else; training upped, not a medicine
    ("I keep checking myself constantly for weakness, twitches in my calves", "dur_constant"),
    ("shins ache when i run, started when i upped my mileage", "med_new"),
    ("calves cramp since i upped my training for the marathon", "med_new"),
    # a bad week, not a severe pain
    (
        "came on after a horrendous week at work hunched over the laptop, neck is knotted",
        "pain_severe",
    ),
    # another part bigger; the feet only checked
    ("my wife says one pupil looks bigger than the other and the lid droops", "calf_swelling"),
    (
        "the nurse checked the pulses in my feet and they were fine, calves ache walking",
        "loc_foot",
    ),
    # a child's age is not since when
    ("our boy is 9 months and his arms fling out as he drifts off", "persist_over_2w"),
    (
        "our daughter is 6 weeks and every evening she screams and pulls her knees up",
        "persist_over_2w",
    ),
    ("my son is 10 months and his legs jerk when he falls asleep", "persist_over_3m"),
    ("baby is 8 weeks, her arms jump when she is startled", "persist_months"),
]

GUARD = [
    ("every evening my legs feel crawly and I cant sit still", "urge_to_move"),
    ("in bed my legs wont settle, I cant keep still and have to get up", "urge_to_move"),
    ("cramps in my calves when I'm sitting on the sofa at night", "trig_rest"),
    ("the twitching is worst at rest, when im sat watching tv", "trig_rest"),
    ("my lower back keeps going into spasm", "loc_back"),
    ("spasms in my neck and back since the weekend", "loc_back"),
    ("felt a pop in my calf like someone kicked me", "snap_felt"),
    ("heard a snap in my calf and thought I had been kicked", "snap_felt"),
    ("temp 38.5 and shivering, legs stiff", "fever"),
    ("the cramp grabs my calf out of nowhere", "onset_sudden"),
    ("calf cramps every night in bed", "trig_night"),
    ("since the new dose he's agitated and sweating buckets", "agitation_sweating"),
    ("I pulled a muscle lifting a sofa and now my back spasms", "strain_injury"),
    ("each cramp lasts a few minutes", "dur_minutes"),
    ("the twitching is constant", "dur_constant"),
    ("started sertraline and the GP upped my dose last week", "med_new"),
    ("the cramp is horrendous, worst pain ever", "pain_severe"),
    ("my left calf looks bigger than the other and is warm", "calf_swelling"),
    ("the soles of my feet cramp at night", "loc_foot"),
    ("twitching in my calves for 9 months", "persist_over_2w"),
    ("it is 9 months now since the twitching in my calf started", "persist_over_2w"),
]


@pytest.mark.parametrize(("text", "finding"), NEG)
def test_not_stated_present(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(("text", "finding"), GUARD)
def test_guard_still_present(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"
