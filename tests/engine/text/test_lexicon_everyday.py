"""The English lexicon's breadth for places, sides, durations, pain words and features.

People say the same thing many ways (UK/US words, slang, typos, clinic shorthand); each row
below is one such way that must be read as the finding. The look-alikes are words that name
something else ("flew back from", "flushed face", "money is tight") and must not be read as
the finding: a lexicon that only grows would pass the first table and fail the second.
"""

from __future__ import annotations

import pytest

from myotriage.engine.text import parse_text


def said(text: str) -> dict[str, str]:
    return {f.id: f.choice for f in parse_text(text).findings}


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        # places, everyday and anatomical words
        ("my quads cramp after a long ride", "loc_thigh"),
        ("hammy went during the match", "loc_thigh"),
        ("cramp in my shin after running", "loc_calf"),
        ("the instep of my foot cramps", "loc_foot"),
        ("my big toe cramps up", "loc_foot"),
        ("cramps in the sole of my foot", "loc_foot"),
        ("twitching in my bicep for days", "loc_arm"),
        ("tummy muscles spasm when I sit up", "loc_abdomen"),
        ("spasm in my ribcage", "loc_chest"),
        ("my pecs cramp when I lift", "loc_chest"),
        ("my traps are in spasm", "loc_shoulder"),
        ("spasm between my shoulder blades", "loc_shoulder"),
        ("my lats cramp on the rowing machine", "loc_back"),
        ("the small of my back went into spasm", "loc_back"),
        ("my calf muscle keeps cramping", "loc_calf"),
        ("felt a snap in my achilles at squash", "loc_calf"),
        ("pain from my lower back down my leg", "loc_back"),
        ("and now back pain too", "loc_back"),
        ("I hurt my back from lifting boxes", "loc_back"),
        ("the pain spreads from my back to my hip", "loc_back"),
        ("spasm in my back again today", "loc_back"),
        ("a knot on my back near my spine", "loc_back"),
        ("it aches a bit", "pain_mild"),
        ("twitches in different parts of my body", "loc_widespread"),
        ("sore throat and calf cramps", "loc_calf"),
        ("twitching in my face for days", "loc_face"),
        ("blurry vision and my eye twitches", "loc_eyelid"),
        # sides, including intake shorthand
        ("L calf cramp since Monday", "side_one"),
        ("R calf pain after the flight", "side_one"),
        ("cramp in my foot, only that foot", "side_one"),
        ("calf cramp, the other leg is fine", "side_one"),
        ("cramp on the left", "side_one"),
        ("right calf is cramping, left is fine", "side_one"),
        ("LLE spasms since the stroke", "side_one"),
        ("bilateral calf cramps at night", "side_both"),
        ("bilat calves cramping", "side_both"),
        ("twitching on both sides of my neck", "side_both"),
        ("it switches legs, one then the other", "side_both"),
        ("cramps in both calves but worse in the left", "side_both"),
        ("my left calf and then the right one", "side_both"),
        # how long one episode lasts
        ("charley horse in my calf, gone in a minute", "dur_seconds"),
        ("calf cramp, over in a minute", "dur_seconds"),
        ("each twitch lasts a split second", "dur_flicker"),
        ("the spasm lasts for hours", "dur_long"),
        ("it never lets up", "dur_constant"),
        # pain words by severity
        ("agony in my calf", "pain_severe"),
        ("the worst pain of my life", "pain_severe"),
        ("excruciatingly painful cramp", "pain_severe"),
        ("it hurts like crazy", "pain_severe"),
        ("painful as hell", "pain_severe"),
        ("more uncomfortable than painful", "pain_mild"),
        ("calf cramp, really hurts", "pain_moderate"),
        ("calf cramp, hurts quite a lot", "pain_moderate"),
        ("calf is a bit achy", "pain_mild"),
        ("just a niggle in my calf", "pain_mild"),
        ("calf twitch, a bit uncomfortable", "pain_mild"),
        ("calf twitch, pain free", "pain_none"),
        ("calf twitch, no pain at all", "pain_none"),
        ("R/L calf spasms", "side_both"),
        ("reduced ROM in my neck", "rom_limited"),
        # features
        ("calf went rock hard", "tightness"),
        ("my shin goes hard as a rock", "tightness"),
        ("neck spasm, I cant turn it left", "rom_limited"),
        ("neck spasm, cant look over my shoulder", "rom_limited"),
        ("back spasm, I cant stand up straight", "rom_limited"),
        ("my fingers curl and wont straighten", "rom_limited"),
        ("jaw spasm, I cant open my mouth properly", "rom_limited"),
        ("my neck is stuck", "rom_limited"),
        ("hands cramping into claws", "fixed_posture"),
        ("my fingers went into claws", "fixed_posture"),
        ("my head is stuck to one side", "fixed_posture"),
        ("it came on suddenly, out of nowhere", "onset_sudden"),
        ("my foot bounces up and down fast, like a sewing machine", "rhythmic"),
        ("when the physio pushed my foot up my ankle started bouncing", "stretch_triggered"),
        ("legs stiff between spasms and hard for the carer to move", "resists_movement"),
        ("my leg is wobbly for a bit after the cramp, then back to normal", "weakness_episode"),
        ("I rub it out and it goes", "relief_stretch"),
        ("stroke last year, my wrist bends in and wont straighten", "fixed_posture"),
        ("I have MS and my legs go stiff", "resists_movement"),
        ("LBP with spasms", "loc_back"),
        ("my legs feel fizzy and I cant sit still in the evening", "urge_to_move"),
        ("I have to sit down or lean on the trolley", "relief_sitting_bending"),
        ("a jolt just as I drift off, like I missed a step", "sleep_onset_only"),
        ("the twitching spread to other muscles", "twitch_spreading"),
        ("felt a pop, like someone kicked me", "snap_felt"),
        ("I felt a pop in my calf playing tennis", "snap_felt"),
        ("coughing makes my back spasm worse", "pain_cough"),
        ("I had to call in sick", "disrupts_daily_life"),
        ("standing up makes it go away", "relief_stretch"),
        ("back spasm, worse when I cough or sneeze", "pain_cough"),
        ("had to take time off work because of the spasms", "disrupts_daily_life"),
        ("my leg jerks just as I nod off", "sleep_onset_only"),
        ("the muscle visibly jumps", "visible_flicker"),
        ("it looks like a little worm moving", "visible_flicker"),
        ("after the cramp my leg feels weak but it comes back", "weakness_episode"),
    ],
)
def test_everyday_words_are_read(text: str, finding: str) -> None:
    assert said(text).get(finding) == "present"


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("I flew back from Spain and my calf cramps", "loc_back"),
        ("my neck twists and I cant turn it back", "loc_back"),
        ("my calf cramped a while back", "loc_back"),
        ("got back home and my thigh cramped", "loc_back"),
        ("back from holiday and my calves cramp", "loc_back"),
        ("I went back to the GP about my calf", "loc_back"),
        ("lying on my back my calf cramps", "loc_back"),
        ("flushed face and my legs are spasming", "loc_face"),
        ("tingling around my lips and my hands cramp", "loc_face"),
        ("cant put my chin on my chest", "loc_face"),
        ("cant look over my shoulder since the neck spasm", "loc_shoulder"),
        ("pain in my bum cheek", "loc_face"),
        ("I have to keep an eye on my calf cramps", "loc_eyelid"),
        ("calf twitches, no weakness or wasting that i can see", "visible_flicker"),
        ("calf went rock hard", "visible_bulge"),
        ("money is tight and my calf twitches", "tightness"),
        ("I feel tense at work and my calf twitches", "tightness"),
        ("a cough and a fever and my legs ache", "pain_cough"),
        ("I have trouble falling asleep because of the cramps", "sleep_onset_only"),
        ("my foot keeps falling asleep", "sleep_onset_only"),
        ("the pain spreads down my leg from my back", "twitch_spreading"),
        ("restless legs, walking around helps", "relief_stretch"),
        ("I pop into the chemist for my calf cramp", "snap_felt"),
        ("the cramps are ruining my sleep", "disrupts_daily_life"),
        ("calf cramp, the worst part is the night", "pain_severe"),
        ("my calf cramped a few hours ago", "dur_long"),
        ("my legs kick all night", "dur_long"),
        ("my neck spasms when I turn my head left", "side_one"),
        ("calf cramps, both times at night", "side_both"),
        ("I stretch my legs and the calf cramp goes", "side_both"),
        ("curl up in bed with the cramps", "fixed_posture"),
        ("twisted my ankle playing football", "fixed_posture"),
        ("thigh twitches, if it spreads should I worry", "twitch_spreading"),
        ("back spasm, no numbness down below", "loc_pelvis"),
        ("I missed a step on the stairs and my calf cramped", "sleep_onset_only"),
        ("calf cramps when I walk, goes after a couple of minutes rest", "dur_minutes"),
        ("calf hurts when I walk, no pain in bed", "pain_none"),
        ("no pain relief helps my calf cramp", "pain_none"),
        ("cramps in my feet and im freezing all the time", "dur_constant"),
        ("bending over to tie my shoes set off the back spasm", "relief_sitting_bending"),
        ("my phone pinged and my calf cramped", "snap_felt"),
        ("calf cramps, then its fine", "weakness_episode"),
        ("the spasm stopped and I had to stop and stretch", "disrupts_daily_life"),
        ("pain from my back down my leg", "side_both"),
        ("thigh cramp, pulling my toes up towards my shin helps", "loc_calf"),
        ("thigh cramp, pulling my toes up towards my shin helps", "loc_foot"),
        ("I pop in to the chemist tomorrow", "snap_felt"),
    ],
)
def test_look_alike_words_are_not_read(text: str, finding: str) -> None:
    assert said(text).get(finding) is None
