"""Round 3 precision (issue 12): words read in another sense, or belonging to someone else.

Each case is a shape of sentence people write that the parser once read too much into, with
its look-alike that must still be read: coffee a person drinks is how much caffeine, not a
trigger, unless the story ties it to the spasms; "evening", "woke up with a stiff neck" and
"nights at the warehouse" are not night cramps, "woke at 3am with a cramp" is; a carer who
says "I" now and then ("should I take her in?") still tells the patient's story.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text
from tests.engine.text.reading import said


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        # caffeine: a habit is high_caffeine; only caffeine tied to the spasms is a trigger
        ("my eyelid twitches, i have about 5 coffees a day", "high_caffeine", "present"),
        ("works in a call centre, ++ coffee (5-6 cups/day)", "high_caffeine", "present"),
        ("basically living on monster energy during exams", "high_caffeine", "present"),
        ("i drink many energy drink every day", "high_caffeine", "present"),
        ("my eye flickers more after my morning coffee", "trig_caffeine", "present"),
        ("the twitching is worse when i have had coffee", "trig_caffeine", "present"),
        ("coffee definitely makes it worse", "trig_caffeine", "present"),
        ("could be the energy drinks, not sure", "trig_caffeine", "unknown"),
        # night: at night, in bed, a cramp that woke the person
        ("woke up at 2am with a cramp in my foot", "trig_night", "present"),
        ("woke up this morning with a bad cramp in my calf", "trig_night", "present"),
        ("my calves cramp at night", "trig_night", "present"),
        ("the cramps wake me up", "trig_night", "present"),
        # a carer who says "I" now and then tells the patient's story
        (
            "my husband is 66. woke at 4am with cramp in his right calf and his foot is"
            " cold and white now, he has AF. should i ring 999?",
            "limb_cold_pale",
            "present",
        ),
        (
            "my daughter is 15, her fluoxetine was put up last week. tonight her legs keep"
            " jerking and she is sweating loads. should i take her in?",
            "med_serotonergic",
            "present",
        ),
        (
            "my son is 8 and he keeps waking at night with cramp in his leg, i rub it and"
            " he settles",
            "trig_night",
            "present",
        ),
        (
            "my toddler has a fever and he is jerking all over and wont wake up",
            "seizure",
            "present",
        ),
    ],
)
def test_read(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        # injuries, strains, medicine changes in everyday words
        ("broke my wrist falling off a wall, now my hand cramps", "strain_injury", "present"),
        ("did a spin class for the first time in years, thighs agony", "strain_injury", "present"),
        ("back went into spasm bending to pick up the cat", "strain_injury", "present"),
        ("yesterday at work i lift heavy box and my back spasm", "strain_injury", "present"),
        ("went way too hard at boxing on monday", "strain_injury", "present"),
        ("thought id pulled a muscle but its a crushing pain", "strain_injury", "unknown"),
        ("simvastatin incr 20->40mg 2/52 ago, thighs ache", "med_new", "present"),
        ("her citalopram got put up from 10 to 20 last week", "med_new", "present"),
        ("sertraline went up from 50 to 100mg and now im shaky", "med_new", "present"),
        ("on haloperidol and they put the dose up last week", "med_new", "present"),
        ("i cant sleep from worry about it", "stress_anxiety", "present"),
        ("im freaking out that its ALS", "stress_anxiety", "present"),
        # a carer's "his", "her" inside a finding's own words still count as the patient's
        (
            "son 12 broke his arm at football. tonight hes in agony, fingers are tingly"
            " and if i move his fingers he screams",
            "numbness",
            "present",
        ),
        ("stands on it and it goes in a minute", "relief_stretch", "present"),
        ("relieved by pulling foot up or standing on the cold floor", "relief_stretch", "present"),
        ("cramp in my calf, stretching does nothing", "relief_stretch", "absent"),
        ("stretching doesnt help the cramp", "relief_stretch", "absent"),
        ("roofer, hot day, sweated buckets, then my hamstrings cramped", "dehydration", "present"),
        ("i barely drank any water all weekend", "dehydration", "present"),
        ("baby cries a lot, feeding well, lots of wet nappies", "dehydration", "absent"),
        ("his foot starts beating up and down really fast", "visible_jerking", "present"),
        ("calf cramps, left one mostly, ankles puffy but both the same", "side_one", "present"),
        ("my thighs are so sore i cant get off the toilet", "pain_severe", "present"),
        ("she gets terrible cramps in both thighs on dialysis", "pain_severe", "present"),
        ("very strong cramp in low belly every period", "pain_severe", "present"),
        ("heard a pop, doesnt even hurt that much tbh", "pain_mild", "present"),
        ("my muscles is jumping. Not pain.", "pain_none", "present"),
        ("had my thyroid taken out on friday, now my hands cramp", "recent_surgery", "present"),
        ("drove 5 hrs to see family yesterday, now my calf aches", "immobility", "present"),
        ("41F calf cramps. Nil recent travel or surgery.", "immobility", "absent"),
        ("evenings on the sofa my legs feel crawly", "trig_rest", "present"),
        ("worse when im stressed or knackered", "trig_fatigue", "present"),
        ("had a panic attack at work and my fingers curled up", "trig_stress", "present"),
        ("only sleeping about 5 hours a night since the new job", "poor_sleep", "present"),
        ("calf cramp, a bit sore afterwards", "pain_mild", "present"),
        ("had my thyroid taken out on friday, hands cramping", "hx_thyroid", "present"),
        ("LBP with spasm, worse on cough/sneeze", "pain_cough", "present"),
        ("cramp between my ribs when i twist or cough", "pain_cough", "present"),
        ("when i push down on the pedal my foot starts bouncing", "stretch_triggered", "present"),
        ("when you flick his ankle up fast his foot beats", "stretch_triggered", "present"),
        ("so bad i vomit and cannot go class for 2 days", "disrupts_daily_life", "present"),
        ("thighs aching. Nil trauma, nil unusual exertion.", "strain_injury", "absent"),
    ],
)
def test_causes_read(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice, said(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("fingers curled into a claw and i cant straighten them", "rom_limited"),
        ("her neck is pulled to the side and stuck there", "rom_limited"),
        ("foot went cold and white and he cant move his toes", "rom_limited"),
        ("both hamstrings seized up near the end of the match", "rom_limited"),
        ("calves locked up at mile 20, stretched them out", "rom_limited"),
        ("tight band-like pain wrapping round my chest", "tightness"),
        ("gone rigid all over like a plank, temp 39", "tightness"),
        ("stood on a nail, pulled it out, now my jaw is stiff", "strain_injury"),
        ("paraplegic since an RTC 2009, legs spasming today", "strain_injury"),
        ("flushed and sweaty above my injury level", "strain_injury"),
        ("came off my bike yesterday and broke my shin", "med_new"),
        ("her neck twisted and eyes rolling up, shes really scared", "stress_anxiety"),
        ("moved house at the weekend, now a cramp in my ribs", "stress_anxiety"),
        ("my leg jerks me awake just as im nodding off", "visible_jerking"),
        ("my whole body jolts like i missed a step as i drift off", "visible_jerking"),
        ("his legs are stiff, we flick his ankle up for his stretches", "relief_stretch"),
        ("left calf cramp, both legs look identical, no swelling", "side_both"),
        ("twitching all over, calves, thighs, arms, tummy", "side_both"),
        ("twitches everywhere for months, arms legs back, right hand weaker", "side_one"),
        ("rib cramp, no pressure or tightness across my chest", "tightness"),
        ("crick in my neck this morning, slept on the sofa last night", "trig_rest"),
        ("thighs ache going down stairs, sore to touch after leg day", "pain_mild"),
        ("both legs go heavy n achy walking to the shops", "pain_mild"),
        ("just as im nodding off my whole body jolts", "loc_widespread"),
        ("calf swollen. Denies SOB, denies CP.", "hx_cerebral_palsy"),
        ("I read in internet about ALS and now I worry", "hx_als"),
        ("thighs aching. Nil trauma, nil unusual exertion.", "trig_exercise"),
        ("cramps since the emotional trauma of my divorce", "strain_injury"),
        ("he sounds muddled and keeps dozing off mid sentence", "sleep_onset_only"),
        ("i get a jolt just as im dozing off", "visible_jerking"),
    ],
)
def test_causes_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) in (None, "absent", "unknown"), said(text)


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        ("twitching calf for a week, no calf swelling", "loc_calf", "present"),
        ("cramps low down in my belly every period", "loc_pelvis", "present"),
        ("my stomach muscles spasm after sit ups", "loc_abdomen", "present"),
        ("bowel spasms after meals", "loc_abdomen", "present"),
        ("cramp in the arch of my foot when swimming", "loc_foot", "present"),
        ("lower back spasm lifting a box", "loc_back", "present"),
        ("cramps in my calves, back pain too", "loc_back", "present"),
        ("c/o twitching R forearm for 2 months", "side_one", "present"),
        ("L lower eyelid twitching x5/7", "side_one", "present"),
        ("sharp cramp between my ribs on the right", "side_one", "present"),
        ("a cramp squeezing in the middle of my chest", "loc_chest", "present"),
        ("cramp in my left arm and across my chest", "loc_chest", "present"),
        ("the leg from the knee down is cold and white", "loc_calf", "present"),
    ],
)
def test_places_read(text: str, finding: str, choice: str) -> None:
    assert said(text).get(finding) == choice


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # a place that only says where something else is, or is denied
        ("Denies calf swelling. Eyelid twitching on and off", "loc_calf"),
        ("my arm twitches, no leg numbness", "loc_thigh"),
        ("bladder and bowels fine, back spasms", "loc_abdomen"),
        ("denies fever or change in bowels, cramps in my thighs", "loc_abdomen"),
        ("eyelid twitch, no spread to cheek/mouth", "loc_face"),
        ("lips and fingertips are all tingly, hands cramping", "loc_face"),
        ("jaw tight, cant open mouth properly", "loc_face"),
        ("the side of her mouth is hanging down", "loc_face"),
        ("thumb cramps, jaw totally normal", "loc_jaw"),
        # a foot named only as the stretch that eases it, or in a denial
        ("calf cramps at night, pulling foot up helps", "loc_foot"),
        ("calf cramps, she stretches her foot up and it goes", "loc_foot"),
        ("calf pain walking, foot is warm and a normal colour", "loc_foot"),
        ("calf cramps walking, his foot isnt cold or white", "loc_foot"),
        ("broke my shin, in a cast, toes are tingly", "loc_foot"),
        ("kicked in the back of my calf just above the heel", "loc_foot"),
        ("calf cramps, ankles a bit puffy but both the same", "loc_foot"),
        # 'back' that means again, a direction or a return
        ("creepy feeling in my legs, then back as soon as i sit", "loc_back"),
        ("cramp in my foot, flexed it back and it went", "loc_back"),
        ("calf swollen since a 7hr flight back from dubai", "loc_back"),
        # side words that say where pain spreads in a heart attack
        ("crushing cramp in my chest going down my left arm", "side_one"),
    ],
)
def test_places_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) in (None, "absent"), said(text)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # drinks named without being tied to the spasms
        ("my eyelid twitches, i have about 5 coffees a day", "trig_caffeine"),
        ("eye twitching for a week, living on monster energy for my finals", "trig_caffeine"),
        ("he said his hand cramped and he dropped his tea", "trig_caffeine"),
        ("only had a can of pepsi all shift, then my hamstrings cramped", "trig_caffeine"),
        # night: work nights, evenings, sleep spoken of, a stiff neck on waking
        ("eyelid twitch, doing nights at the warehouse", "trig_night"),
        ("restless legs on the sofa most evenings", "trig_night"),
        ("woke up with a crick in my neck, cant turn my head", "trig_night"),
        ("jolt as im nodding off and i wake up with a start", "trig_night"),
        ("worried sick, i cannot sleep from worry, twitches everywhere", "trig_night"),
        ("my eyelid twitches, sleeping maybe 5 hrs a night", "trig_night"),
        ("been googling it all night, calf twitching for 2 weeks", "trig_night"),
        # exercise named, not what sets it off
        ("she is fine in the day, running around at school, no limp", "trig_exercise"),
        ("twitches in my arms, my gym numbers havent dropped", "trig_exercise"),
        ("broke his shin at rugby and now hes in a cast", "trig_exercise"),
        ("came off my bike and hurt my knee, now cramps in my calf", "trig_exercise"),
        ("my thighs ache like after the gym but i havent been", "trig_exercise"),
        ("thighs ache and feel weak climbing stairs", "trig_exercise"),
        # what eases it is not when it comes
        ("leg pain walking, eased only by sitting down", "trig_rest"),
        # someone else's past stays theirs, and a writer who speaks of themself is the patient
        ("my dad has parkinsons and now im getting twitches in my hand", "hx_parkinsons"),
        (
            "my mum had MS, she said her legs would go stiff and she used to fall,"
            " now I get twitches in my calf",
            "hx_multiple_sclerosis",
        ),
    ],
)
def test_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) in (None, "absent"), said(text)


@pytest.mark.parametrize(
    ("text", "finding", "choice"),
    [
        # a clinic "?" query or a short guess is not a finding; a warning sign stays read
        ("sudden pain back of R calf, heard a pop. ?achilles tear", "strain_injury", None),
        ("sudden pain back of R calf, heard a pop. ?achilles tear", "loc_calf", "present"),
        ("bad cramp in my chest, cold and clammy. pulled muscle??", "strain_injury", None),
        ("bad cramp in my chest, cold and clammy. pulled muscle??", "chest_pain", "present"),
        ("why do I get these cramps at night?", "trig_night", "present"),
        # an intake form's question answered no denies it, yes or another answer does not
        ("calf cramp. Fever? No.", "fever", "absent"),
        ("calf cramps. Trauma? nil", "strain_injury", "absent"),
        ("calf cramps. Fever? yes", "fever", "present"),
        ("any swelling? no idea, calf cramps", "calf_swelling", "present"),
    ],
)
def test_question_marks(text: str, finding: str, choice: str | None) -> None:
    assert said(text).get(finding) == choice, said(text)


def test_a_guess_at_the_cause_does_not_doubt_the_symptom_it_is_about() -> None:
    """ "I thought it was a cramp" guesses what it is; the chest pain it describes is said."""
    read = {
        f.id: f.choice
        for f in parse_text("i thought it was a cramp in my arm and across my chest").findings
    }
    assert read["chest_pain"] == "present"
    guess = {f.id: f.choice for f in parse_text("i thought id pulled a muscle in my calf").findings}
    assert guess["strain_injury"] == "unknown"


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("no blood in her poo", "absent"),
        ("there is no blood in his wee", "absent"),
        ("my mum says there was blood in her poo", "present"),
    ],
)
def test_a_her_inside_the_words_does_not_shield_them_from_a_no(text: str, choice: str) -> None:
    read = {f.id: f.choice for f in parse_text(text).findings}
    assert read["bleeding"] == choice
