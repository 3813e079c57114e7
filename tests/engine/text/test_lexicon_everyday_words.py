"""The lexicon's breadth for triggers, frequency, history, medicines and causes (issue 12).

People type the same thing many ways: brand names, UK and US words, typos, clinic shorthand.
Each table below holds phrasings that must be read as the finding, and the look-alike senses
that must not ("pee looks like cola" is no caffeine, "rang the surgery" is no operation). The
phrasings are written from how people type, not copied from the gold stories, so a failure
here means a phrase was lost or a look-alike crept in.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text


def said(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings}


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # triggers: the thing that brings it on
        ("hamstring cramps after deadlifts", "trig_exercise"),
        ("calf went during parkrun", "trig_exercise"),
        ("cramped up at mile 10 of my half marathon", "trig_exercise"),
        ("chest wall spasm while shovelling snow", "trig_exercise"),
        ("thigh cramp in spin class", "trig_exercise"),
        ("eyelid twitches worse when im anxious", "trig_stress"),
        ("stress brings it on every time", "trig_stress"),
        ("always during exams", "trig_stress"),
        ("i think its stress related", "trig_stress"),
        ("twitching if im tired", "trig_fatigue"),
        ("calves cramp after a long day on my feet", "trig_fatigue"),
        ("lack of sleep makes it worse", "trig_fatigue"),
        ("tummy cramps after big meals", "trig_meals_bowel"),
        ("cramps when i open my bowels", "trig_meals_bowel"),
        ("eye flickers after my second flat white", "trig_caffeine"),
        ("worse with pms", "trig_menstruation"),
        ("only when im in bed at night", "trig_night"),
        ("even when resting on the couch", "trig_rest"),
        # how often
        ("cramps once a fortnight", "freq_occasional"),
        ("happens once in a blue moon", "freq_occasional"),
        ("about 3x a week", "freq_weekly"),
        ("two or three times a week", "freq_weekly"),
        ("it twitches 3x a day", "freq_daily"),
        ("every couple of hours", "freq_daily"),
        # since when, clinic shorthand
        ("L calf twitching x3/52", "persist_weeks"),
        ("L calf twitching x3/52", "persist_over_2w"),
        ("eyelid twitch x2/7", "persist_days"),
        ("back spasms 6/12 hx", "persist_over_3m"),
        ("since the day before yesterday", "persist_days"),
        ("going on a week and a half", "persist_weeks"),
        ("long standing cramps", "persist_months"),
        # history
        ("PMH: T2DM, HTN", "hx_diabetes"),
        ("type 1 diabetic on insulin", "hx_diabetes"),
        ("diagnosed with motor neurone disease last year", "hx_als"),
        ("my consultant thinks its lou gehrig's", "hx_als"),
        ("I had a CVA in 2019", "hx_stroke"),
        ("acquired brain injury after a crash", "hx_stroke"),
        ("known PVD", "hx_pad"),
        ("bad circulation in my legs", "hx_pad"),
        ("CKD stage 3", "hx_kidney_disease"),
        ("on haemodialysis three times a week", "hx_kidney_disease"),
        ("underactive thyroid", "hx_thyroid"),
        ("I take levothyroxine", "hx_thyroid"),
        ("I have a prolapsed disc", "hx_neuropathy"),
        ("diabetic neuropathy in both feet", "hx_neuropathy"),
        ("finished chemo in march", "hx_cancer"),
        ("had a brain tumour removed", "hx_cancer"),
        ("I take tablets for my heart", "hx_heart"),
        ("on warfarin for AF", "hx_heart"),
        ("congestive heart failure", "hx_heart"),
        ("ex-smoker, 30 pack years", "smoker"),
        ("smoke 20 a day", "smoker"),
        ("gave up smoking last year", "smoker"),
        ("22 weeks pregnant", "pregnant"),
        ("saw my midwife yesterday", "pregnant"),
        # medicines: brands, US and UK names, misspellings, everyday names
        ("on atorvastatine", "med_statin"),
        ("taking crestor and ezetimibe", "med_statin"),
        ("on my cholesterol tablets", "med_statin"),
        ("bendroflumethazide 2.5mg", "med_diuretic"),
        ("on hyzaar for blood pressure", "med_diuretic"),
        ("I take water pills", "med_diuretic"),
        ("spiranolactone for my heart", "med_diuretic"),
        ("quetiapine at night", "med_dopamine_blocker"),
        ("anti-sickness tablets from the gp", "med_dopamine_blocker"),
        ("stemetil for vertigo", "med_dopamine_blocker"),
        ("citalopram 20mg", "med_serotonergic"),
        ("efexor xl", "med_serotonergic"),
        ("sumatriptan for migraines", "med_serotonergic"),
        ("on antidepressants", "med_serotonergic"),
        ("amitryptaline at night for pain", "med_serotonergic"),
        ("lansoprazole every morning", "med_ppi"),
        ("heartburn tablets", "med_ppi"),
        ("on microgynon", "med_hormonal"),
        ("using an oestrogen patch", "med_hormonal"),
        ("cerazette", "med_hormonal"),
        # causes and other symptoms
        ("spasm after lifting boxes", "strain_injury"),
        ("back went picking up my toddler", "strain_injury"),
        ("carrying heavy shopping", "strain_injury"),
        ("only sleeping like 4 hrs", "poor_sleep"),
        ("doing night shifts", "poor_sleep"),
        ("so stressed about work", "stress_anxiety"),
        ("going through a divorce", "stress_anxiety"),
        ("havent had much to drink today", "dehydration"),
        ("5 cans of monster a day", "high_caffeine"),
        ("stood on a rusty nail in the garden", "wound_recent"),
        ("d&v since friday", "vomiting_diarrhoea"),
        ("been chucking up all night", "vomiting_diarrhoea"),
        ("drank litres and litres during the marathon", "overhydration"),
        ("working in the heat all day", "heat_exposure"),
        ("I drink most nights", "alcohol_heavy"),
        ("stings when i pee", "urine_infection"),
        ("always need a wee", "urine_infection"),
        ("bowels have been all over the place for weeks", "bowel_habit_change"),
        ("freezing all the time and putting on weight", "tired_cold"),
        ("had my appendix out 3 weeks ago", "recent_surgery"),
        ("just came out of hospital", "recent_surgery"),
        ("calf pain after long flights", "immobility"),
        ("after flying back from sydney", "immobility"),
        ("leg in plaster", "limb_cast"),
        ("wearing a moon boot", "limb_cast"),
    ],
)
def test_everyday_words_read_as_the_finding(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("back spasm after lifting a box", "trig_exercise"),
        ("I'm stressed about work", "trig_stress"),
        ("very anxious about it", "trig_stress"),
        ("tired and twitchy", "trig_fatigue"),
        ("tired all the time", "trig_fatigue"),
        ("jaw aches when i chew", "trig_meals_bowel"),
        ("my pee looks like cola", "trig_caffeine"),
        ("urine like coke", "trig_caffeine"),
        ("sometimes it twitches", "freq_occasional"),
        ("for a period of three weeks", "trig_menstruation"),
        ("lifting weights at the gym", "strain_injury"),
        ("I can't lift my arm", "strain_injury"),
        ("I picked up a virus", "strain_injury"),
        ("my foot fell asleep", "strain_injury"),
        ("eye strain from screens", "strain_injury"),
        ("I sleep 8 hours a night", "poor_sleep"),
        ("I vape", "smoker"),
        ("smoke alarm went off", "smoker"),
        ("we are trying to conceive", "pregnant"),
        ("rang the surgery for an appointment", "recent_surgery"),
        ("need surgery on my knee", "recent_surgery"),
        ("walked up two flights of stairs", "immobility"),
        ("put a plaster on it", "limb_cast"),
        ("shin splints from running", "limb_cast"),
        ("tired af and my eye twitches", "hx_heart"),
        ("my heart rate goes up", "hx_heart"),
        ("prediabetic", "hx_diabetes"),
        ("my thyroid test came back normal", "hx_thyroid"),
        ("benign tumour removed", "hx_cancer"),
        ("c/o CP radiating to the left arm", "hx_cerebral_palsy"),
        ("Ms Jones rang", "hx_multiple_sclerosis"),
        ("swimming breaststroke", "hx_stroke"),
        ("heat pad helps", "heat_exposure"),
        ("my calf feels hot", "heat_exposure"),
        ("sick of this twitching", "vomiting_diarrhoea"),
        ("no energy drinks", "tired_cold"),
        ("can't put weight on it", "tired_cold"),
        ("alternating legs", "bowel_habit_change"),
        ("took the ring off", "med_hormonal"),
        ("I drink a lot of water", "alcohol_heavy"),
    ],
)
def test_look_alike_senses_are_not_the_finding(text: str, finding: str) -> None:
    assert said(text).get(finding) != "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("non-smoker", "smoker"),
        ("negative pregnancy test", "pregnant"),
        ("DH: nil", "med_statin"),
        ("no regular medications", "med_serotonergic"),
    ],
)
def test_denials_in_few_words(text: str, finding: str) -> None:
    assert said(text).get(finding) == "absent"
