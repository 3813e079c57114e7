"""Round 8d, non-red-flag findings, from the classes of wording the parser got wrong in
fresh23-25 (voice notes, letters to a surgery, posts in long-term-condition communities):
community shorthand for a diagnosis (PD or PwP for Parkinson's, T2 for type 2 diabetes, HD or
APD for dialysis, AF, DPN, a cervical level written "C5/6 incomplete"), whose own span ("PD 5
yrs", "T2 for 20 yrs") dates the diagnosis, not the spasms; shorthand for a pregnancy (FTM, STM,
HG, BFP, "by my dates"); a part of the body with "'s" ("my neck's locked"); "two and a half
weeks" that is not half a week; "<n> months of calf twitching" with a place between "of" and
the complaint; "only day three"; "most days" or "most nights" that are near daily; "at the back" of another part and "driving me
back" that are not the back; a medicine taken at night that is not a night trigger; a medicine
given on discharge, started by someone else or after an operation, or a blood thinner stopped,
as a change of medicine; "since my flare back in Feb" as months; "Dear Surgery", a "real strain"
of caring, a face gone grey, "day or night", a splint worn overnight, spasms "roaring back",
"milder", a discourse "right", single-leg calf raises, typing with one hand, hands or chair
arms to push up with, none of them the finding. The sentences are our own wording.
"""

from __future__ import annotations

import pytest

from tests.engine.text.reading import said

STATED = [
    ("hx_parkinsons", "PD 5 yrs now and my toes curl under every morning before my tablets work"),
    ("hx_parkinsons", "PwP here, my left foot twists inwards first thing"),
    ("hx_parkinsons", "my PD makes my belly cramp after food"),
    ("hx_diabetes", "T2 for 20 yrs and my calves cramp most nights"),
    ("hx_diabetes", "T2 and high blood pressure, calf grips up after 200 yards"),
    ("hx_kidney_disease", "on HD three times a week and my calves cramp near the end"),
    ("hx_kidney_disease", "HD patient, my hands keep cramping into a claw"),
    ("hx_heart", "he has the AF and now his foot is cold and cramping"),
    ("hx_neuropathy", "DPN in both feet and my arches cramp at night"),
    ("hx_spinal_cord_injury", "C5/6 incomplete since the crash, spasms in both legs"),
    ("pregnant", "30 wks FTM and my calf cramps at night"),
    ("pregnant", "12 weeks with HG and my neck has pulled to one side"),
    ("pregnant", "got a BFP last month, sharp cramp low down on the left"),
    ("loc_neck", "my neck's gone tight and sore on the left"),
    ("persist_weeks", "my calves have cramped every night for two and a half weeks now"),
    ("persist_over_2w", "my calves have cramped every night for two and a half weeks now"),
    ("persist_months", "Five months of calf twitching and I am worried"),
    ("persist_over_2w", "Three months of leg cramps at night now, nothing helps"),
    ("persist_days", "my lower back locked up bending over, its only day three"),
    ("freq_daily", "my calves cramp most days, worse in the evening"),
    ("freq_daily", "my feet cramp most evenings when I sit down"),
    ("med_new", "the hospital sent me home on haloperidol and now my neck is twisting"),
    ("med_new", "I take iron tablets, which the GP started four weeks ago, and my calves cramp"),
    ("med_new", "I take a new thyroid tablet, started after the operation, and my hands cramp"),
    ("med_new", "he stopped his rivaroxaban a week ago and now his calf is cramping"),
    ("med_new", "my statin, I started it three weeks back and since then my thighs cramp"),
    ("persist_months", "ever since my flare back in Feb my legs have been stiff"),
    ("persist_over_2w", "ever since my flare back in Feb my legs have been stiff"),
    ("persist_months", "my calves have cramped since I started the new tablets in June"),
]

DENIED = [
    ("persist_hours", "Five months of calf twitching and I am worried"),
    ("persist_hours", "Three months of leg cramps at night now, nothing helps"),
    ("persist_hours", "Two months of bad calf cramps, every night"),
]

GUARDS = [
    ("persist_over_3m", "PD 5 yrs, since this morning my feet are jerking"),
    ("persist_over_3m", "T2 for 20 yrs, since yesterday my calf is swollen and cramping"),
    ("persist_over_2w", "30 wks FTM and since Monday my calf has cramped"),
    ("hx_parkinsons", "PD (the peritoneal dialysis kind) for a year, belly cramps at night"),
    ("hx_diabetes", "T2 complete injury, legs spasm all day"),
    ("loc_back", "my neck went into spasm at the back and I cannot lift my head"),
    ("loc_back", "my husband is driving me back in to the hospital, my jaw is locked"),
    ("trig_night", "I take 10mg amitriptyline at night and my calves cramp when I run"),
    ("trig_night", "baclofen three times a day plus tizanidine at night, legs stiff all day"),
    ("persist_days", "my period was day one when I did the run and my tummy cramped"),
    ("freq_weekly", "my calves cramp most days, worse in the evening"),
    ("persist_weeks", "after 2 weeks of physio and rest the calf is fine"),
    ("med_new", "the physio gave me exercises and the calf still cramps"),
    ("med_new", "I stopped my run after a mile because my calf cramped"),
    ("med_new", "they sent me home with a leaflet about cramps"),
    ("recent_surgery", "Dear Surgery, my wife has night cramps in her calves"),
    ("strain_injury", "looking after my dad has been a huge strain and my eyelid flickers"),
    ("loc_face", "his face went grey and his legs were jerking"),
    ("trig_night", "the cramp in her calf is there all the time, day or night"),
    ("trig_night", "I wear a resting splint overnight and my fingers clench in the day"),
    ("loc_back", "the spasms have come roaring back in both legs"),
    ("loc_back", "since I started the tablets back in Oct my calves cramp"),
    ("pain_mild", "stretching first thing makes it milder, my calves are stiff"),
    ("side_one", "right I'm just parked up, both calves cramped"),
    ("side_one", "I can still do single leg calf raises, twitches in both calves"),
    ("loc_hand", "typing this with one hand because my leg is cramping"),
    ("loc_hand", "I need both hands to push up out of the chair, my thighs ache"),
    ("loc_arm", "I push up off the arms of the sofa, my thighs are weak"),
]


@pytest.mark.parametrize(("finding", "text"), STATED)
def test_stated_is_present(finding: str, text: str) -> None:
    assert said(text).get(finding) == "present", text


@pytest.mark.parametrize(("finding", "text"), DENIED)
def test_denied_is_absent(finding: str, text: str) -> None:
    assert said(text).get(finding) == "absent", text


@pytest.mark.parametrize(("finding", "text"), GUARDS)
def test_look_alike_not_present(finding: str, text: str) -> None:
    assert said(text).get(finding) != "present", text
