"""Numbers people give: how long it has gone on, how long one episode lasts, a pain score.

"for 3 weeks", "2 months ago", "since 5 days" say since when (days); "lasts 10 minutes",
"a few seconds" say how long one episode lasts (seconds); "7/10" and "8 out of 10" are pain
scores. The lexicon's tables (``since``, ``episode``, ``pain_scale``) turn the numbers into
findings; this module only reads them, with the words that gave them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from myotriage.engine.text.story_owner import RELATIVES
from myotriage.engine.text.tokens import Token, number_value

__all__ = ["ACTIVITY", "DATES_OTHER", "Quantity", "read_quantities", "read_age_sex"]

_UNIT_SECONDS: dict[str, float] = {
    "second": 1, "seconds": 1, "sec": 1, "secs": 1,
    "minute": 60, "minutes": 60, "min": 60, "mins": 60,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
    "day": 86400, "days": 86400,
    "week": 604800, "weeks": 604800, "wk": 604800, "wks": 604800,
    "month": 2629800, "months": 2629800, "mth": 2629800, "mths": 2629800, "mo": 2629800,
    "mos": 2629800,
    "year": 31557600, "years": 31557600, "yr": 31557600, "yrs": 31557600,
    "fortnight": 1209600, "fortnights": 1209600,
}  # fmt: skip
#: Nights and evenings count as days before "ago" only ("woke up 2 nights ago with it"), not
#: in how often ("3 nights a week") nor in a night's sleep.
_NIGHTS = {"night", "nights", "nite", "nites", "evenings"}
#: Clinic shorthand "x3/52" (3 weeks), "2/7" (2 days), "4/12" (4 months): the divisor's unit,
#: and the count it stays under ("24/7" is all the time, not 24 days).
_SLASH_UNIT_DAYS = {"7": 1.0, "52": 7.0, "12": 30.44}
_SLASH_BELOW = {"7": 22, "52": 52, "12": 25}  # "x10/7" is 10 days
#: Words before such a fraction that make it a date ("seen on 3/12", "dated 2/12").
_DATE_BEFORE = {"on", "dated", "date", "dob", "appt", "appointment"}
#: Words right before a reading that make it a body temperature ("temp 38.4").
_TEMPERATURE_WORDS = {
    "temp", "temps", "temperature", "fever", "pyrexia", "pyrexial", "t", "thermometer",
}  # fmt: skip
#: Words that may stand between that word and the reading ("temp went up to 39", "took his
#: temp and it's 37.1", "temp checked, it was 36.7").
_READING_WORDS = {
    "of", "is", "was", "a", "about", "around", "over", "nearly", "up", "to", "at", "hit",
    "reached", "went", "said", "says", "say", "showed", "shows", "show", "showing", "read",
    "reads", "reading", "measured",
    "normal", "fine", "ok", "okay", "steady", "stable", "back", "down", "came", "only", "just",
    "and", "it", "its", "checked", "took", "taken",
}  # fmt: skip
_DAY = 86400.0
_FREQUENCY = {"every", "each", "per", "once", "twice", "times", "x"}
#: Words that start a span after a frequency ("every night for a month", "each one lasting").
_SPAN_WORDS = {"for", "since", "over", "past", "last", "lasting", "lasts", "been", "one"}
#: ("the first 2 days" of each period is a part of something, not since when.)
_NOT_A_SPAN = {"after", "within", "in", "walking", "walk", "next", "another", "every", "first"}
_SINCE = {"since", "past", "last", "ago", "previous"}
_EPISODE = {"lasts", "lasting", "lasted", "last", "takes", "took"}
_ARTICLE_SPAN = {
    "for", "about", "over", "around", "than", "nearly", "almost", "past", "last", "since",
    "only", "just", "like", "maybe", "roughly", "under", "lasts", "lasted", "lasting", "least",
    "within",
}  # fmt: skip
_NOT_AFTER = {
    "old", "pregnant", "gone", "walk", "walking", "later", "apart", "shift", "shifts", "flight",
    "flights", "drive", "drives", "journey", "trip", "sleep", "nap", "run", "hike", "ride",
    "day", "days", "week", "weeks", "olds", "along", "preg", "pg", "gestation", "postpartum",
    "postnatal", "pp", "scan", "young", "late", "overdue", "early", "into",
}  # fmt: skip
#: After "<n> weeks with": a pregnancy ("26 weeks with my second", "30 wks with our first").
_PREGNANCY_AFTER = [
    [whose, which]
    for whose in ("my", "our")
    for which in ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "baby",
                  "bump", "twins")
]  # fmt: skip
#: Words before a number of hours that make it the person's sleep, not a time span.
_SLEEP = {"sleep", "sleeping", "slept", "sleeps", "asleep", "bed"}
#: The words of sleep before which hours say how long a night's sleep is ("sleeping about 5
#: hrs", "slept like 4 hours"), unless a word after makes them a time ("slept 2 hours ago").
_SLEPT = {"sleep", "sleeping", "slept", "sleeps"}
#: "<n> hours <a word> sleep" ("4 hours broken sleep", "5 hrs decent kip"): hours a night.
_SLEEP_AFTER = {"sleep", "kip", "shuteye"}
_NOT_SLEEP_HOURS = {"ago", "later", "before", "after", "into", "in", "since"}
#: Units too short to say since when it goes on (unless "ago": "started 10 minutes ago").
_SHORT_UNIT = 3600.0
#: Words a "last" or "past" right before the number follows as an adjective ("for the last 2
#: days", "in the last half hour"), not as the verb of one episode ("they last 2 minutes").
_LAST_ADJECTIVE = {"the", "past", "for", "over", "in", "during", "within", "since", "of", "these"}
#: Words that make years the person's age ("I am man 31 years", "60 years man", "aged 40 yrs").
_AGE_BEFORE = {"am", "im", "aged", "age", "man", "woman", "male", "female", "lady", "guy"}
_AGE_AFTER = {"man", "woman", "male", "female", "lady", "guy", "boy", "girl", "from", "age", "yo"}
#: Words right before a span that date something other than the symptoms ("a tetanus booster
#: 2 years ago", "smoked for 40 years", "30 pack years", "diagnosed 5 years ago").
DATES_OTHER = {
    "booster", "boosters", "jab", "jabs", "vaccine", "vaccination", "tetanus", "diagnosed",
    "dx", "smoked", "smoking", "smoker", "pk", "pack", "retired", "married", "lmp", "told",
    "sober", "teetotal", "drop", "drink",
    # a test, a scan or an appointment ("got a positive test 10 days ago", "missed the refill
    # appointment last week", "refill was due last week", "had an mri in april")
    "test", "tests", "scan", "scans", "mri", "xray", "ecg", "bloods", "colonoscopy",
    "appointment", "appointments", "appt", "refill", "due",
}  # fmt: skip
#: Words that put a span in the past of an activity, not the symptom's ("after walking 5
#: minutes", "stand still a couple of minutes and it clears", "drove 6 hrs", "on the computer
#: 9 hours", "up all night gaming for weeks").
ACTIVITY = {
    "stand", "standing", "stood", "rest", "resting", "rested", "sit", "sitting", "sat",
    "stop", "stopping", "drove", "drive", "driving", "flew", "flying", "travelled",
    "traveled", "travelling", "traveling", "computer", "laptop", "desk", "screen", "working",
    "worked", "pee", "peeing", "wee", "weeing", "toilet", "loo", "wait", "waiting", "waited",
    "queue", "queued", "queuing", "queueing", "stands", "sits", "waits", "gaming",
}  # fmt: skip
#: Nouns right after a span that make it how long an activity lasted ("a 3 hr exam",
#: "a 10 hr gaming sesh", "a 60 min class").
_ACTIVITY_AFTER = {
    "exam", "exams", "drive", "flight", "shift", "shifts", "class", "session", "sesh",
    "walk", "hike", "ride", "journey", "lecture", "meeting", "game", "match", "workout",
    "gaming", "run", "swim", "cycle", "commute", "trip", "operation", "op",
}  # fmt: skip
#: Words of the end or start of an activity ("in the last 10 mins of the game").
_PERIOD_EDGE = {"last", "first", "final", "opening"}


def _period_of_activity(tokens: list[Token], start: int, i: int) -> bool:
    """A span of minutes after "last", "first" or "final" that opens its clause, or follows
    "in (the)" with "of" after it: a stretch of an activity ("last 10 mins my hamstring seized
    up", "in the first 5 minutes of the run"), not how long an episode lasts nor since when
    ("for the last 25 minutes", "in the last 20 minutes my fingers curled")."""
    j = start - 1
    if j >= 0 and tokens[j].norm in _PERIOD_EDGE:
        k = j - 1
    elif tokens[start].norm == "the" and start + 1 < len(tokens):
        if tokens[start + 1].norm not in _PERIOD_EDGE:
            return False
        k = start - 1
    else:
        return False
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    edge = k + 1
    if k < 0 or tokens[edge].pause or tokens[k].sentence != tokens[edge].sentence:
        return True
    of = i + 1 < len(tokens) and tokens[i + 1].norm == "of"
    return of and tokens[k].norm in ("in", "during")


#: Words that say a cramp let go ("eased after about 20 mins", "went in a couple of mins"):
#: then "after"/"in"/"within" a span is how long the episode lasted.
_EASED = {
    "eased", "eases", "ease", "easing", "went", "goes", "go", "gone", "passed", "passes",
    "pass", "settled", "settles", "settle", "stopped", "stops", "subsided", "subsides",
    "calmed", "calms", "cleared", "clears", "wore", "wears", "faded", "fades", "resolved",
    "resolves", "disappeared", "disappears", "released", "releases", "relaxed", "relaxes",
    "fine",
}  # fmt: skip
_PARTICLES = {"off", "away", "down", "up", "itself", "again", "by", "it"}
#: A span followed by "on" and then one of these says since when ("6 hours on its still agony").
_ON_SINCE = {"its", "it", "and", "still", "now", "he", "she", "i", "im", "hes", "shes"}
#: Words after a span that make it a rest, not an episode ("a couple of minutes rest").
_RELIEF = {"rest", "resting", "of"}
#: Words after "<n> months of" that make the span since when the complaint goes on ("2 months
#: of twitching", "3 weeks of this"), not a rest or a course of something ("2 weeks of rest").
_OF_COMPLAINT = (
    "twitch", "cramp", "spasm", "pain", "ach", "stiff", "jerk", "tight", "symptom", "numb",
    "tingl", "weak", "flicker", "jump", "fascic", "sore", "throb", "burn", "this", "these",
    "it", "them", "on", "constant", "nightly", "daily", "agony", "agonising", "agonizing",
    "hell", "torture", "misery",
)  # fmt: skip
#: Words that may stand between "<n> months of" and the complaint ("4 months of calf twitching").
_OF_COMPLAINT_BETWEEN = {
    "calf", "calves", "leg", "legs", "foot", "feet", "toe", "toes", "back", "neck", "eye",
    "eyelid", "lid", "arm", "arms", "hand", "hands", "finger", "fingers", "thigh", "thighs",
    "muscle", "muscles", "tummy", "stomach", "belly", "jaw", "shoulder", "shoulders",
    "hamstring", "hamstrings", "shin", "shins", "night", "nightly", "bad", "awful", "terrible",
    "horrible", "painful", "random", "these", "the", "my", "constant", "severe", "left",
    "right", "both", "lower", "upper", "his", "her", "eyes", "face", "lip", "lips", "cheek",
}  # fmt: skip
#: How many words after "of" the complaint may stand ("2 years of my left eye twitching").
_OF_REACH = 5
#: Words before years that make them the person's age: "he is 77 year", "shes 80 years"
#: (from 13 years: "it is 2 years now" stays a span).
_AGE_IS = {"is", "hes", "shes", "turned", "turns"}
_AGE_IS_FROM = 13
#: "I have 76 years", "he has 80 years": a second-language way to say one's age (from 13
#: years, and not when the years are of or with the complaint: "I have 20 years of cramps").
_AGE_HAVE = {"have", "has"}
_AGE_HAVE_NOT_AFTER = {"ago", "of", "with", "now", "since", "that", "this", "these", "suffering"}
#: A child's age in weeks or months ("our boy is 9 months", "she's 6 weeks and screams every
#: evening"): "is" after the child's word (or "hes", "shes"), not "it is 9 months" (a span).
_CHILD_IS = {"boy", "girl", "baby", "son", "daughter", "he", "she", "lad", "lass", "grandson",
             "granddaughter", "child", "kid", "toddler", "little", "one"}  # fmt: skip
_CHILD_AGE_NOT_AFTER = {"ago", "now", "since", "of", "with"}
#: "over a couple of minutes", "over a few hours": how fast something came on, not how long
#: one episode lasts ("over an hour" is more than an hour).
_VAGUE_COUNT = {"couple", "few", "several"}
#: Exertion up to six words before a span of under a day in its clause ("double-dug the
#: allotment for six hours", "after playing for an hour"): the span is the exertion's, unless
#: a word of one episode stands there too ("cramp lasted 20 minutes").
_EXERTION = {
    "dug", "digging", "gardening", "gardened", "walked", "hiked", "hiking", "cycled", "cycling",
    "ran", "running", "jogged", "jogging", "played", "playing", "danced", "dancing", "swam",
    "swimming", "shovelled", "shoveled", "shovelling", "shoveling", "mowed", "mowing",
    "painting", "decorating", "workout", "training", "trained", "lifting", "lifted", "revising",
    "studying", "gaming", "typing", "marching", "climbing", "climbed", "rowing", "rowed",
    # the present of a habit ("I walk for 30 minutes and then my calf cramps", "when I run for
    # an hour"; not "runs": "the cramps run for hours" would be one episode's)
    "walk", "walks", "jog", "jogs", "run", "swim", "swims", "cycle", "hike", "dance", "play",
}  # fmt: skip
_EXERTION_REACH = 6
_CLAUSE_BREAK = {"but", "and", "then", "now", "so", "its", "it"}
#: Words right after a span of under a day that make it a delay before something, not how
#: long an episode lasts ("cramps half an hour after I eat", "started about an hour after",
#: "20 minutes before bed"), unless a word before makes it one ("cramped for 20 minutes after
#: the run", "lasts 10 minutes after I stop", "eased 10 minutes after").
_DELAY_AFTER = {"after", "before"}
_DELAY_NOT = {"for", "last", "lasts", "lasted", "lasting", "took", "takes", "been"}
#: Words of a remedy working before "for <span>": how long the relief lasts ("the gel helps
#: for a few hours", "ibuprofen works for an hour", "gives relief for a day or two").
_REMEDY_HELPS = {
    "helps", "help", "helped", "helping", "works", "worked", "relief", "relieves", "relieved",
}  # fmt: skip
#: "under a minute", "less than 5 minutes": a little less than the number.
_UNDER = {"under", "less", "within"}
#: "over a fortnight", "more than 3 months", "longer than a minute": a little more than the
#: number (a day more for days and longer, so "more than three months" is past three months;
#: "over" only for days and longer: "eases off over 10 minutes" is how it eases).
_MORE_THAN = {"more", "longer", "over"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """``since`` (days), ``episode`` (seconds), ``pain`` (0-10), ``temperature`` (a
    reading in Celsius or Fahrenheit), ``sleep`` (hours a night: "sleeping about 5 hrs") or
    ``rate`` (times a week: "3 times in the last month"),
    from words first..last; ``other`` for a number with a
    unit of time that says neither since when nor how long an episode lasts ("34 years old",
    "3 times a week", "after walking 5 minutes"): its words are no time phrase either."""

    kind: Literal["since", "episode", "pain", "temperature", "sleep", "rate", "other"]
    value: float
    first: int
    last: int
    vague: bool = False  # "a few months": anything from two to five of them


#: Number words said as two ("forty five minutes": speech to text writes them apart).
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip
_UNITS_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


def _number_before(words: list[str], i: int) -> tuple[float, int] | None:
    """The number right before word ``i`` ("3", "three", "a", "a few", "half an"), and
    where it starts."""
    j = i - 1
    if j >= 0 and words[j] == "of":  # "a couple of weeks"
        j -= 1
    if j < 0:
        return None
    value = number_value(words[j])
    if value is not None:
        start = j - 1 if j > 0 and words[j - 1] in ("a", "an") else j
        earlier = number_value(words[j - 1]) if j > 0 else None
        if earlier is not None and words[j - 1] not in ("half", "one") and earlier < value:
            start = j - 1  # "3 4 weeks" (3-4): the larger number stands; not "to 150 four days"
        elif words[j - 1 : j] and words[j - 1] in _TENS and words[j] in _UNITS_WORDS:
            value += _TENS[words[j - 1]]  # "forty five minutes", "twenty two days"
            start = j - 1
        whole = number_value(words[start - 2]) if start >= 2 else None
        if words[j] == "half" and whole is not None and words[start - 1] == "and":
            return whole + value, start - 2  # "two and a half weeks": not half a week
        return value, start
    if words[j] in ("past", "last") and j > 0 and words[j - 1] == "the":
        return 1.0, j - 1  # "for the past year", "over the last week"
    if words[j] in ("a", "an"):
        if j > 0 and words[j - 1] == "half":
            return 0.5, j - 1
        after = words[i + 1] if i + 1 < len(words) else ""
        if (j > 0 and words[j - 1] in _ARTICLE_SPAN) or after in ("ago", "later"):
            return 1.0, j  # "for a week", "a week ago", "an hour later"; not "6 coffees a day"
    return None


def read_quantities(tokens: list[Token]) -> list[Quantity]:
    """Time spans and pain scores in ``tokens``, in order."""
    words = [t.norm for t in tokens]
    out: list[Quantity] = []
    n = len(words)
    for i, word in enumerate(words):
        unit = _UNIT_SECONDS.get(word)
        if word in _NIGHTS and i + 1 < n and words[i + 1] == "ago":
            unit = _DAY  # "2 nights ago", "a couple of nights ago": days
        q: Quantity | None = None
        if unit is not None:
            q = _time_span(words, tokens, i, unit, n)
        elif word == "10" and i >= 2:
            q = _pain_score(words, tokens, i)
        if q is None and i >= 1:
            q = _bare_pain_score(words, tokens, i)
        if q is None and word in _SLASH_UNIT_DAYS and i >= 2 and words[i - 1] == "/":
            q = _slash_span(words, tokens, i)
        if q is None and number_value(word) is not None:
            q = _temperature(words, tokens, i)
        if q is None and len(word) == 4 and word.isdigit():
            q = _since_year(words, tokens, i)
        if q is not None:
            out.append(q)
            if unit is not None and unit >= _SHORT_UNIT:
                rate = _rate(words, tokens, i, unit)
                if rate is not None:
                    out.append(rate)
            if (
                q.kind == "since"
                and q.value < 1
                and (_ongoing(tokens, q.first) or _still_going(tokens, q.last))
            ):
                out.append(Quantity("episode", q.value * _DAY, q.first, q.last))
            elif (
                q.kind == "episode"
                and q.value < _DAY
                and _now_after(tokens, q.last)
                and not set(_clause_before(tokens, q.first, 4)) & _USUAL_EPISODE
            ):
                out.append(Quantity("since", q.value / _DAY, q.first, q.last))
    return out


#: Years a "since" may name ("since 2019"), and the words that may stand between ("since
#: about 2020", "ever since early 2021").
_YEARS = range(1930, 2100)
_YEAR_QUALIFIERS = {"about", "around", "roughly", "approx", "early", "mid", "late", "like"}
#: Days a year named by its number stands for: the writer names the year for a start at least
#: some months back, as "since last year" does.
_YEAR_DAYS = 365.0


def _since_year(words: list[str], tokens: list[Token], i: int) -> Quantity | None:
    """ "since 2019", "ever since about 2021": since when, more than three months."""
    if int(words[i]) not in _YEARS:
        return None
    j = i - 1
    while j >= 0 and words[j] in _YEAR_QUALIFIERS and not tokens[j + 1].pause:
        j -= 1
    if j < 0 or words[j] != "since" or tokens[j + 1].pause:
        return None
    if tokens[j].sentence != tokens[i].sentence:
        return None
    if set(_clause_before(tokens, j, 3)) & DATES_OTHER:
        return Quantity("other", _YEAR_DAYS, j, i)  # "no tetanus jab since 2010"
    return Quantity("since", _YEAR_DAYS, j, i)


#: Prepositions between a count and a stretch of time ("3 times in the last month", "twice
#: over the past year", "6 times in 2 weeks").
_RATE_IN = {"in", "over", "within", "during"}
#: Counts said in words before "times" ("a couple of times", "a few times", "several times").
_COUNT_WORDS = {"couple": 2.0, "few": 3.0, "several": 4.0, "twice": 2.0, "thrice": 3.0}
_WEEK = 7 * _DAY


def _rate(words: list[str], tokens: list[Token], i: int, unit: float) -> Quantity | None:
    """A count over a stretch of time that ends at the unit ``i`` ("twice in the last year",
    "3 times in the past month", "4 or 5 times in the last fortnight", "6 times in 2 weeks"):
    how often, as times a week. Not "once in ..." (a single time is its own finding)."""
    found = _number_before(words, i)
    if found is None:
        return None
    value, start = found
    j = start - 1
    if j >= 0 and words[j] in ("last", "past"):  # "in the last 3 months", "in past 2 days"
        j -= 1
        if j >= 0 and words[j] == "the":
            j -= 1
    if j < 1 or words[j] not in _RATE_IN or any(t.pause for t in tokens[j + 1 : i + 1]):
        return None
    k = j - 1
    if tokens[j].pause or tokens[k].sentence != tokens[i].sentence:
        return None
    if words[k] in ("twice", "thrice"):
        count, first = _COUNT_WORDS[words[k]], k
    elif words[k] in ("times", "x") and k >= 1:
        m = k - 1
        if words[m] == "of" and m >= 1:  # "a couple of times"
            m -= 1
        if words[m] in _COUNT_WORDS:
            count, first = _COUNT_WORDS[words[m]], m
        else:
            number = number_value(words[m])
            if number is None or words[m] in ("a", "an"):
                return None
            count, first = number, m
    else:
        return None
    if count <= 1:
        return None
    weeks = value * unit / _WEEK
    return Quantity("rate", count / weeks, first, i)


#: Words before a span that make it how long episodes usually last ("each lasts 5 min now").
_USUAL_EPISODE = {"last", "lasts", "lasted", "lasting", "each", "every", "usually", "normally"}


def _now_after(tokens: list[Token], last: int) -> bool:
    """ "chest tight, 20 min now, going down my arm": a span under a day that a lone "now"
    ends (then a comma, the sentence's end or "and") is how long the episode going on has
    lasted so far, so it also says since when ("20 minutes now and I can't get it to go" too;
    not "10 mins now and then", nor "5 minutes now I can walk", nor "it lasts 5 minutes now")."""
    k = last + 1
    if k >= len(tokens) or tokens[k].norm != "now" or tokens[k].sentence != tokens[last].sentence:
        return False
    if k + 1 == len(tokens) or tokens[k + 1].sentence != tokens[k].sentence or tokens[k + 1].pause:
        return True
    return tokens[k + 1].norm == "and" and (k + 2 >= len(tokens) or tokens[k + 2].norm != "then")


def _ongoing(tokens: list[Token], start: int) -> bool:
    """ "been about 20 mins now", "its been half an hour": a span of under a day that is
    both since when and how long this one episode has lasted so far ("been" up to three
    words before it in its clause; not "ago")."""
    if tokens[start].norm == "ago" or any(t.norm == "ago" for t in tokens[start : start + 4]):
        return False
    return "been" in _clause_before(tokens, start, 3)


#: Words after "still" that say the episode goes on ("still there", "still cramping").
_STILL = {
    "there", "going", "cramping", "cramped", "tight", "hard", "stuck", "locked", "spasming",
    "in", "twisted", "pulled", "rigid", "solid", "knotted", "clenched", "rock", "curled",
    "bent", "pulling", "turned", "stiff", "numb", "cold", "white", "jerking",
}  # fmt: skip
#: Words that, after a word of not, say the episode has not let go ("wont go off", "hasnt
#: eased", "not let go", "wont come back", "cant turn it back", "cant straighten them").
_NOT_WORDS = {"wont", "hasnt", "havent", "not", "doesnt", "isnt", "never", "cant", "wouldnt"}
_LET_GO = {
    "go", "gone", "going", "ease", "eased", "easing", "stop", "stopped", "let", "shift",
    "shifted", "settle", "settled", "release", "released", "relax", "relaxed", "budge",
    "budged", "loosen", "loosened", "wear", "worn", "come", "straighten", "uncurl",
    "unclench", "turn",
}  # fmt: skip
#: Words that say the episode is over ("it eased", "it stopped").
_ENDED = {"eased", "stopped", "settled", "passed", "subsided", "ended", "released"}
_STILL_REACH = 16
#: How far the next sentence may be read for it (words after the span).
_STILL_REACH_NEXT = 40


def _still_going(tokens: list[Token], last: int) -> bool:
    """ "cramped about an hour ago and it wont go off", "started 40 mins ago, still there": a
    span of under a day after which its sentence, or the next one, says the episode has not
    let go ("about 25 minutes ago got a cramp in my chest. ... its not going away sitting
    here": people tell the start, then how it is now); the span is then also how long this
    one episode has lasted so far."""
    sentence = tokens[last].sentence
    end = min(len(tokens), last + 1 + _STILL_REACH_NEXT)
    for k in range(last + 1, end):
        if tokens[k].sentence > sentence + 1:
            return False
        if tokens[k].sentence == sentence and k > last + _STILL_REACH:
            continue
        nxt = [
            tokens[x].norm
            for x in range(k + 1, min(len(tokens), k + 3))
            if tokens[x].sentence == tokens[k].sentence
        ]
        if tokens[k].norm == "still" and nxt[:1] and nxt[0] in _STILL:
            return True
        if tokens[k].norm in _NOT_WORDS and _LET_GO & set(nxt):
            return True
        if tokens[k].norm in _ENDED and tokens[k - 1].norm not in _NOT_WORDS:
            return False  # "cramped 2 hours ago, it eased after a minute ..."
    return False


def _slash_span(words: list[str], tokens: list[Token], i: int) -> Quantity | None:
    """Clinic shorthand for how long: "x3/52", "~4/12", "2/7" (not a pain score "3/10")."""
    raw = words[i - 2]
    digits = raw[1:] if raw[:1] in ("x", "~") else raw
    if not digits.isdigit() or tokens[i - 2].sentence != tokens[i].sentence:
        return None
    if not 0 < int(digits) < _SLASH_BELOW[words[i]]:
        return None
    first = i - 2
    if first > 0 and words[first - 1] in ("x", "~") and digits == raw:
        first -= 1
    days = int(digits) * _SLASH_UNIT_DAYS[words[i]]
    if first > 0 and words[first - 1] in DATES_OTHER | _DATE_BEFORE:
        return Quantity("other", days, first, i)  # "LMP 2/7 ago", "dx 4/12 ago"
    return Quantity("since", days, first, i)


def _temperature(words: list[str], tokens: list[Token], i: int) -> Quantity | None:
    """A body temperature: a reading of 34-45 (Celsius) or 93-115 (Fahrenheit) a few words
    after a word for temperature ("temp 38.4", "temperature of 101", "temp went up to 39")."""
    value = number_value(words[i])
    if value is None or not (34 <= value <= 45 or 93 <= value <= 115):
        return None
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j].sentence != tokens[i].sentence:
            break
        if words[j] in _TEMPERATURE_WORDS:
            return Quantity("temperature", value, j, i)
        if words[j] not in _READING_WORDS:
            break
    return _said_normal(words, tokens, i, value)


#: Words between a reading and the "normal" that says it is one ("36.8 *so* normal",
#: "37.1 *which is* normal").
_NORMAL_LINK = {"so", "which", "is", "thats", "that", "its", "totally", "perfectly", "quite"}
#: A body's normal readings, in Celsius and in Fahrenheit (NHS, "High temperature (fever) in
#: adults": https://www.nhs.uk/conditions/fever-in-adults/, normal is about 36 to 37 C; the
#: lexicon's `temperature` table draws the line at 37.9 C and 100.3 F).
_NORMAL_BODY = ((35.0, 37.9), (95.0, 100.3))


def _said_normal(words: list[str], tokens: list[Token], i: int, value: float) -> Quantity | None:
    """A reading with a decimal in the body's normal range that the words right after call
    normal, with no word for temperature before it ("its 36.8 so normal", "37.1 which is
    normal"): a temperature taken and found normal, whatever else it names. A number with
    no decimal ("it's 36 so normal") or out of the range is not read."""
    if "." not in words[i] and "," not in words[i]:
        return None
    if not any(low <= value <= high for low, high in _NORMAL_BODY):
        return None
    for j in range(i + 1, min(len(words), i + 5)):
        if tokens[j].sentence != tokens[i].sentence:
            return None
        if words[j] == "normal":
            return Quantity("temperature", value, i, j)
        if words[j] not in _NORMAL_LINK:
            return None
    return None


#: How far a place is, as the time it takes to get there ("the farm is 2 hours from town",
#: "the doctor is 40 min away", "5 hours by road", "3 hours out of town", "90 min each way",
#: "the ambulance takes an hour to reach us", "nearest hospital is 2 hrs"): a distance, neither
#: how long an episode lasts nor since when. Words of a way to travel after "by":
_BY_WAY = {
    "road", "car", "boat", "plane", "bus", "ferry", "train", "air", "sea", "helicopter",
    "chopper", "ute", "truck", "van", "bike", "foot", "coach", "taxi",
}  # fmt: skip
#: Words after "from" (past an article or "my", "our") that name where from: a place or the
#: people there ("2 hours from town", "3 hrs from a hospital", "3 hours from us"), not a
#: time or a cause ("10 mins from the end", "for a week from hunching over the laptop").
_FROM_WHERE = {
    "us", "here", "there", "anywhere", "anyone", "anybody", "civilisation", "civilization",
    "me", "them", "him", "her", "you",
}  # fmt: skip
_FROM_ARTICLE = {"the", "a", "an", "my", "our", "his", "her", "any", "their"}
#: Words of getting somewhere after "to" ("an hour to reach us", "2 hours to get there").
_TO_REACH = {"reach", "arrive", "drive", "travel"}
_GET_WHERE = {"to", "here", "there", "us", "home", "in", "out"}
#: Places whose distance "<place> is <span>" gives ("nearest hospital is 2 hrs", "GP is 90
#: min"), up to five words before the span ("A&E" is the words "a and e").
_PLACES = {
    "hospital", "hospitals", "doctor", "doctors", "gp", "surgery", "clinic", "town", "a&e",
    "ae", "e", "er", "ambulance", "practice", "pharmacy", "chemist", "city", "vet", "help",
    "nearest", "closest", "shop", "shops", "home", "house", "farm", "station", "port",
}  # fmt: skip
_PLACE_VERB = {"is", "s", "are", "was", "its", "thats"}


def _distance(words: list[str], tokens: list[Token], start: int, i: int) -> bool:
    """Whether the span from ``start`` to its unit at ``i`` is how far a place is (see
    :data:`_BY_WAY`): "away", "from <a place>", "out of ...", "by road", "each way", "round
    trip", "to reach us" after the unit, or "<place> is" before the span; not after a word of
    lasting ("it lasted 20 minutes away from home")."""
    n = len(words)
    if set(_clause_before(tokens, start, 3)) & {"last", "lasts", "lasted", "lasting"}:
        return False  # "it lasted 20 minutes away from home": how long it lasted

    def at(k: int) -> str:
        ok = k < n and not tokens[k].pause and tokens[k].sentence == tokens[i].sentence
        return words[k] if ok else ""

    after, nxt = at(i + 1), at(i + 2)
    if after == "away" or (after == "out" and nxt in ("of", "")):
        return True
    if after == "by" and nxt in _BY_WAY:
        return True
    if (after, nxt) in (("each", "way"), ("round", "trip"), ("return", "trip")):
        return True
    if after == "to" and (nxt in _TO_REACH or (nxt == "get" and at(i + 3) in _GET_WHERE)):
        return True
    if after == "from":
        where = at(i + 3) if nxt in _FROM_ARTICLE else nxt
        return where in _PLACES or where in _FROM_WHERE
    clause = _clause_before(tokens, start, 5)
    j = len(clause) - 1
    while j >= 0 and clause[j] in _QUALIFIERS | {"at", "least", "only", "under", "over"}:
        j -= 1
    return j >= 1 and clause[j] in _PLACE_VERB and bool(set(clause[:j]) & _PLACES)


#: Words that make a span how late or early something came, not how long the problem has gone
#: on ("my period is 10 days late", "late by a week", "overdue 5 days", "a week early").
_LATENESS = {"late", "overdue", "early"}


def _time_span(
    words: list[str], tokens: list[Token], i: int, unit: float, n: int
) -> Quantity | None:
    found = _number_before(words, i)
    if found is None:
        return None
    value, start = found
    if tokens[start].sentence != tokens[i].sentence:
        return None
    clause = _clause_before(tokens, start, 3)
    before = set(clause)
    prev = clause[-1] if clause else ""
    # The word after, in its clause ("lasts a few seconds. walking is fine": none).
    apart = i + 1 < n and (tokens[i + 1].pause or tokens[i + 1].sentence != tokens[i].sentence)
    after = words[i + 1] if i + 1 < n and not apart else ""
    if _after_sleep(words, tokens, start):
        sleep = next(j for j in range(start - 1, -1, -1) if words[j] in _SLEEP)
        in_bed = words[sleep] == "bed" and sleep > 0 and words[sleep - 1] == "in"
        if in_bed and after == "ago":
            pass  # "cramp started in bed 45 mins ago": since when, not sleep
        elif unit != _SHORT_UNIT or after in _NOT_SLEEP_HOURS or words[sleep] not in _SLEPT:
            return None
        else:
            return Quantity("sleep", value, sleep, i)  # "sleeping about 5 hrs": hours a night
    if _distance(words, tokens, start, i):
        return Quantity("other", value, start, i)  # "2 hours from town", "an hour away"
    if (
        unit == _SHORT_UNIT
        and after
        and i + 2 < n
        and words[i + 2] in _SLEEP_AFTER
        and not tokens[i + 2].pause
        and tokens[i + 2].sentence == tokens[i].sentence
    ):
        return Quantity("sleep", value, start, i + 2)  # "maybe 4 hours broken sleep"
    if prev in _LATENESS or after in _LATENESS:
        return Quantity("other", value, start, i)  # "period is 10 days late", "late by a week"
    if after == "later" and unit < _DAY and _now_near(tokens, start, i + 1):
        return Quantity("since", value * unit / _DAY, start, i + 1)  # "an hour later im ..."
    # "5 times in the last fortnight", "worse in the past week": since when, up to now; not
    # "the first time in the last year", nor "in the last hour" of a dialysis session.
    in_the_last = (
        unit >= _DAY
        and prev == "in"
        and words[start] == "the"
        and words[start + 1] in ("past", "last")
        and not before & {"first", "time"}
    )
    if (
        after in _NOT_AFTER
        or (after == "with" and words[i + 2 : i + 4] in _PREGNANCY_AFTER)
        or (_frequency(clause) and not in_the_last)
        or before & DATES_OTHER
        or (after in _RELIEF and not _of_complaint(words, i))
        or (unit >= _DAY * 365 and (prev in _AGE_BEFORE or after in _AGE_AFTER))
        or (unit >= _DAY * 365 and prev in _AGE_IS and value >= _AGE_IS_FROM and after != "ago")
        or (_DAY * 7 <= unit < _DAY * 365 and _child_age(clause, after))
        or (unit >= _DAY * 365 and _age_aside(tokens, start, i))
        or (
            unit >= _DAY * 365
            and prev in _AGE_HAVE
            and value >= _AGE_IS_FROM
            and after not in _AGE_HAVE_NOT_AFTER
        )
    ):
        return Quantity("other", value, start, i)
    j = _before_qualifiers(tokens, start)  # "after about 10 minutes": the "after"
    near = j >= 0 and not tokens[j + 1].pause and tokens[j].sentence == tokens[start].sentence
    prep = words[j] if near else ""
    eased_after = _eased_after(tokens, i)
    eased = prep in ("after", "in", "within") and (_eased_before(tokens, j) or eased_after)
    if not eased and not in_the_last and prep in _NOT_A_SPAN:
        return Quantity("other", value, start, i)
    if unit < _DAY and prev == "over" and set(words[start:i]) & _VAGUE_COUNT:
        return Quantity("other", value, start, i)  # "slurred over a couple of minutes": onset
    if i + 1 < n and words[i + 1] in ("a", "per") and i + 2 < n and words[i + 2] in _UNIT_SECONDS:
        return Quantity("other", value, start, i)  # "2 times a week", "3 minutes a day"
    if (
        unit == _SHORT_UNIT
        and i + 2 < n
        and after in ("each", "every")
        and words[i + 2] in ("day", "night", "shift")
        and not before & _EPISODE
    ):
        return Quantity("other", value, start, i)  # "14 hours each day": hours of a day
    if i + 2 < n and words[i + 1] == "/" and words[i + 2] in _UNIT_SECONDS:
        return Quantity("other", value, start, i)  # "screen work (~10h/day)": a daily amount
    if (
        unit < _DAY
        and after in _DELAY_AFTER
        and not before & (_DELAY_NOT | _EASED)
        and not _eased_later(tokens, i)
    ):
        return Quantity("other", value, start, i)  # "half an hour after I eat": a delay
    if prev == "for" and before & _REMEDY_HELPS:
        return Quantity("other", value, start, i)  # "the gel helps for a few hours"
    if unit < _DAY and after != "ago" and before & ACTIVITY and not _eased_after(tokens, i):
        return Quantity("other", value, start, i)  # "after walking 5 minutes", "stand 2 min"
    if unit < _DAY and set(words[i + 1 : i + 3]) & _ACTIVITY_AFTER:
        return Quantity("other", value, start, i)  # "a 3 hr exam", "a 10 hr gaming sesh"
    if (
        unit < _DAY
        and after not in ("each", "apiece", "at")
        and _period_of_activity(tokens, start, i)
        and not _now_near(tokens, start, i)
    ):
        return Quantity("other", value, start, i)  # "last 10 mins my hamstring seized"
    wider = _clause_before(tokens, start, _EXERTION_REACH)
    for k in range(len(wider) - 1, -1, -1):  # "shovelling snow but its been 20 mins"
        if wider[k] in _CLAUSE_BREAK:
            wider = wider[k + 1 :]
            break
    if (
        unit < _DAY
        and after != "ago"
        and set(wider) & _EXERTION
        and not set(wider) & (_EPISODE | {"been"})
    ):
        return Quantity("other", value, start, i)  # "dug the allotment for six hours"
    if unit < _DAY and after != "ago" and not before & _EPISODE and _travel_near(tokens, start, i):
        return Quantity("other", value, start, i)  # "flew back on friday (13 hrs)"
    seconds = value * unit
    if before & _UNDER or (prev == "than" and "less" in before):
        seconds -= 1  # "under a minute": seconds
    elif words[start] != "the" and (
        (prev == "over" and unit >= _DAY) or (prev == "than" and before & _MORE_THAN)
    ):
        # "more than three months", "over a fortnight", "longer than 3 weeks": past the mark
        seconds += _DAY if unit >= _DAY else 1
    if after == "or" and i + 2 < n:
        more = number_value(words[i + 2])
        if more is not None and more > value:
            seconds = more * unit  # "a minute or two": up to two
        # "a minute or so", "10 minutes or so": about that long (a minute or so is seconds,
        # as "about a minute" is: findings.yaml, a few seconds up to about a minute)
    last = i + 1 if after == "ago" else i
    past = words[start] == "the" and words[start + 1] in ("past", "last")  # "the past hour"
    adjective = prev in ("last", "past") and _adjective_last(tokens, start - 1, unit)
    on_since = after == "on" and unit >= _SHORT_UNIT and _on_since(tokens, i + 1)
    each = (after in ("each", "apiece") or words[i + 1 : i + 4] == ["at", "a", "time"]) and not (
        i + 1 < n and tokens[i + 1].pause
    )  # "2 hours each", "2 hours at a time": one episode
    since = after == "ago" or bool(before & _SINCE) or "been" in before or past or on_since
    if unit >= _DAY and not (before & _EPISODE or each):
        since = True
    verb = any(
        words[j] in _EPISODE and not _adjective_last(tokens, j, unit)
        for j in range(max(0, start - 3), start)
    )
    if (
        after != "ago"
        and (unit < _SHORT_UNIT or verb or eased or each)
        and not ("been" in before or past or (adjective and not each) or on_since)
    ):
        since = False  # "spasms last a few seconds", "lasted 2 hours": one episode
    if since:
        vague = "few" in words[start:i]
        return Quantity("since", seconds / _DAY, start, last, vague)
    return Quantity("episode", seconds, start, last)


#: Words of the present that make "<span> later" the time since it began ("half an hour later
#: my jaw has locked", "still numb an hour later", "few hours later im bloated").
_NOW_WORDS = {
    "still", "now", "im", "its", "is", "are", "has", "have", "hes", "shes", "theyre", "keeps",
    "keep", "cant",
}  # fmt: skip


def _now_near(tokens: list[Token], start: int, later: int) -> bool:
    """A present-tense word up to three words before the span or five after its "later" (at
    ``later``), in its sentence: the span says how long ago it began."""
    sentence = tokens[later].sentence
    near = range(max(0, start - 3), min(len(tokens), later + 6))
    return any(
        tokens[j].sentence == sentence and tokens[j].norm in _NOW_WORDS
        for j in near
        if not start <= j <= later
    )


#: People whose age a writer gives aside after naming them ("my father (baba), 63 years, ...",
#: "Mum, 74 years, ...").
_PERSONS = RELATIVES | _CHILD_IS | {
    "patient", "pt", "resident", "client", "neighbour", "neighbor", "man", "woman", "lady",
    "gentleman", "grandson", "granddaughter", "mum", "dad", "nan", "grandad",
}  # fmt: skip
#: How many words before an age said aside its person may stand ("my father (baba), 63").
_PERSON_REACH = 4


def _age_aside(tokens: list[Token], start: int, i: int) -> bool:
    """Years said aside, between pauses, right after a person ("my father (baba), 63 years,
    has ...", "Mum, 74 years, ..."): that person's age, not since when."""
    if not tokens[start].pause:
        return False
    if (
        i + 1 < len(tokens)
        and not tokens[i + 1].pause
        and tokens[i + 1].sentence == tokens[i].sentence
    ):
        return False
    sentence = tokens[start].sentence
    return any(
        tokens[j].norm in _PERSONS and tokens[j].sentence == sentence
        for j in range(max(0, start - _PERSON_REACH), start)
    )


def _child_age(clause: list[str], after: str) -> bool:
    """Whether a span of weeks or months is a child's age ("our boy is 9 months", "shes 6
    weeks"), from the words before it in its clause and the word after it."""
    if after in _CHILD_AGE_NOT_AFTER or not clause:
        return False
    prev = clause[-1]
    return prev in ("hes", "shes") or (
        prev == "is" and len(clause) >= 2 and clause[-2] in _CHILD_IS
    )


def _frequency(clause: list[str]) -> bool:
    """ "every 2 weeks", "once every few days", "3 times in 2 weeks": how often, not how
    long; "every night for a month" is how long (a span word stands between), and so is
    "each time few seconds", "every time about 5 minutes" (how long each one lasts)."""
    for k, word in enumerate(reversed(clause)):
        if word == "each" and 0 < k == sum(w in _EACH_QUALIFIERS for w in clause[-k:]):
            return False  # "each maybe 10 seconds", "each about a minute": how long each lasts
        if word in _FREQUENCY:
            return not (k == 1 and word in ("each", "every") and clause[-1] == "time")
        if word in _SPAN_WORDS:
            return False
    return False


def _clause_before(tokens: list[Token], start: int, k: int) -> list[str]:
    """Up to ``k`` words before ``start`` in its clause (no comma or sentence end between)."""
    out: list[str] = []
    j = start - 1
    while j >= 0 and len(out) < k:
        if tokens[j + 1].pause or tokens[j].sentence != tokens[start].sentence:
            break
        out.insert(0, tokens[j].norm)
        j -= 1
    return out


#: Words after which "last" is the verb ("they last 2 days", "periods last a week", "can
#: last days"): subjects, words of a complaint, helping verbs and adverbs of how usual.
_LAST_VERB_AFTER = {
    "they", "it", "these", "those", "which", "that", "who", "can", "could", "may", "might",
    "will", "would", "should", "to", "usually", "normally", "often", "sometimes", "generally",
    "typically", "always", "still", "each", "ones", "episodes", "attacks", "bouts", "flares",
    "cramps", "spasms", "pains", "periods", "symptoms", "twitches", "twitching", "they'll",
    "theyll", "itll", "does", "do", "did", "didnt", "doesnt", "dont", "and",
}  # fmt: skip


def _adjective_last(tokens: list[Token], j: int, unit: float) -> bool:
    """ "last" at ``j`` follows "the", "for", "in" ... ("for the last 2 days", "in the last 20
    minutes") or starts a clause before hours or longer ("last 2 days hes gone rigid", "last
    half hour my legs ..."); not the verb of "they last 2 minutes", "wake her, last 5 mins"."""
    if j > 0 and tokens[j - 1].norm in _LAST_ADJECTIVE and not tokens[j].pause:
        return True
    starts = j == 0 or tokens[j].pause or tokens[j - 1].sentence != tokens[j].sentence
    if starts:
        return unit >= _SHORT_UNIT
    # before days or longer, a bare "last" is the adjective ("pee dark brown last 2 days",
    # "but last 3 weeks more often") unless a subject or a helping word stands before it
    # ("they last 2 days", "can last a week", "usually last 3 days")
    return unit >= _DAY and tokens[j].norm == "last" and tokens[j - 1].norm not in _LAST_VERB_AFTER


#: Words between a span and the word for letting go after it ("after a couple of minutes it
#: goes", "stand still for two minutes and it lets go"), and the words that may follow that word
#: ("it goes off", not "it goes into spasm").
_EASED_BETWEEN = {
    "it", "its", "and", "then", "they", "them", "let", "lets", "till", "until", "til", "off",
}  # fmt: skip
_EASED_END = {"off", "away", "again", "and", "then", "completely", "by", "itself"}
#: Who walks on after the stop ("stand still a couple of minutes then I can carry on"): the
#: stop's minutes are how long the episode lasted, as with "it goes".
_WALKS_ON = {"i", "he", "she", "we", "they", "can", "could", "just", "then", "and"}


def _eased_after(tokens: list[Token], i: int) -> bool:
    """A word for letting go up to four words after the span's unit (at ``i``), in its
    clause, ending it: the span is how long the episode lasted ("after few minutes it
    release", "a couple of minutes and it goes"), not "after 5 minutes it goes into spasm"."""
    n = len(tokens)
    if (
        i + 2 < n
        and tokens[i + 1].norm == "or"
        and not tokens[i + 1].pause
        and (tokens[i + 2].norm == "so" or number_value(tokens[i + 2].norm) is not None)
    ):
        i += 2  # "a minute or two and it goes", "10 mins or so then it eases"
    if _walks_on(tokens, i):
        return True
    for k in range(i + 1, min(n, i + 5)):
        if tokens[k].sentence != tokens[i].sentence:
            return False
        if tokens[k].pause and not (k == i + 1 and tokens[k].norm == "then"):
            return False  # (", then it goes" after the unit still ends it)
        word = tokens[k].norm
        if word in _EASED or word == "release":
            end = k + 1
            return (
                end >= n
                or tokens[end].pause
                or tokens[end].sentence != tokens[k].sentence
                or tokens[end].norm in _EASED_END
            )
        if word not in _EASED_BETWEEN:
            return False
    return False


def _walks_on(tokens: list[Token], i: int) -> bool:
    """ "carry on" or "carries on" up to four words after the unit at ``i``, with only words
    of who and when between ("a couple of minutes then I can carry on")."""
    for k in range(i + 1, min(len(tokens) - 1, i + 6)):
        if tokens[k].pause or tokens[k].sentence != tokens[i].sentence:
            return False
        if tokens[k].norm in ("carry", "carries") and tokens[k + 1].norm == "on":
            return True
        if tokens[k].norm not in _WALKS_ON:
            return False
    return False


#: How far after a span's unit a word for letting go may stand and make "<span> after I stop
#: it's gone" how long the episode lasted, not a delay.
_EASED_LATER_REACH = 8


def _eased_later(tokens: list[Token], i: int) -> bool:
    """A word for letting go up to eight words after the unit at ``i``, in its sentence
    ("about 20 minutes after I stop it's gone")."""
    end = min(len(tokens), i + 1 + _EASED_LATER_REACH)
    return any(
        tokens[k].sentence == tokens[i].sentence and tokens[k].norm in _EASED
        for k in range(i + 2, end)
    )


def _eased_before(tokens: list[Token], j: int) -> bool:
    """A word for letting go before the preposition at ``j`` ("eased off after", "went in")."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if tokens[k + 1].pause or tokens[k].sentence != tokens[j].sentence:
            return False
        if tokens[k].norm in _EASED:
            return True
        if tokens[k].norm not in _PARTICLES:
            return False
    return False


_QUALIFIERS = {"about", "over", "around", "nearly", "almost", "like", "roughly", "maybe", "just"}
#: Words between "each" and how long each lasts ("each under a second", "each less than 10 secs").
_EACH_QUALIFIERS = _QUALIFIERS | {"under", "less", "than", "only", "approx", "approximately"}


def _before_qualifiers(tokens: list[Token], start: int) -> int:
    """Where the word before the span's qualifiers stands: the "in" of "first time in about a
    year", the "after" of "after about ten minutes on my feet"."""
    j = start - 1
    while j >= 0 and tokens[j].norm in _QUALIFIERS and not tokens[j + 1].pause:
        j -= 1
    return j


#: Words of a journey: hours near them say how long it took ("flew back from Bangkok on
#: Friday (13 hrs)", "13 hours in economy"), not how long a cramp lasts.
_TRAVEL = {
    "flew", "flight", "flights", "flying", "fly", "plane", "drove", "driving", "travelled",
    "traveled", "travelling", "traveling", "journey", "economy", "coach", "door", "wheel",
    "layover", "stopover", "ferry",
}  # fmt: skip
_TRAVEL_REACH = 8


def _travel_near(tokens: list[Token], start: int, i: int) -> bool:
    """A word of :data:`_TRAVEL` up to eight words before the span or three after its unit
    (at ``i``), in its sentence."""
    sentence = tokens[i].sentence
    near = range(max(0, start - _TRAVEL_REACH), min(len(tokens), i + 4))
    return any(
        tokens[j].sentence == sentence and tokens[j].norm in _TRAVEL
        for j in near
        if not start <= j <= i
    )


def _of_complaint(words: list[str], i: int) -> bool:
    """The span at unit ``i`` is followed by "of" and a word of the complaint: "2 months of
    twitching", "6 weeks of cramps", "3 weeks of this", also with a place or a kind word
    between ("4 months of calf twitching", "3 weeks of bad leg cramps", "2 years of my left
    eye twitching")."""
    if i + 2 >= len(words) or words[i + 1] != "of":
        return False
    for k in range(i + 2, min(i + 2 + _OF_REACH, len(words))):
        if words[k].startswith(_OF_COMPLAINT):
            return True
        if words[k] not in _OF_COMPLAINT_BETWEEN:
            return False
    return False


def _on_since(tokens: list[Token], j: int) -> bool:
    """ "6 hours on, still agony", "2 days on its worse": the span is since when (the "on" at
    ``j``); "8 hours on a plane" is not."""
    k = j + 1
    return (
        k >= len(tokens)
        or tokens[k].pause
        or tokens[k].sentence != tokens[j].sentence
        or tokens[k].norm in _ON_SINCE
    )


def _after_sleep(words: list[str], tokens: list[Token], start: int) -> bool:
    """ "sleeping like 4 hrs", "slept 5 hours": the hours are the person's sleep."""
    for j in range(start - 1, max(-1, start - 3), -1):
        if tokens[j + 1].pause:
            return False
        if words[j] in _SLEEP:
            return True
    return False


def _pain_score(words: list[str], tokens: list[Token], i: int) -> Quantity | None:
    """ "7/10", "7 / 10", "8 out of 10", "8 outta 10"."""
    if words[i - 1] == "/":
        j = i - 2
    elif i >= 3 and words[i - 2 : i] == ["out", "of"]:
        j = i - 3
    elif words[i - 1] == "outta":
        j = i - 2
    else:
        return None
    if j < 0:
        return None
    score = number_value(words[j])
    if score is None or not 0 <= score <= 10 or tokens[j].sentence != tokens[i].sentence:
        return None
    return Quantity("pain", score, _hedged_from(words, tokens, j), i)


#: Words of pain that a bare score after them rates ("pain's maybe a six", "how bad? about a
#: 6", "horrendous cramps, like a nine", "pain 7, worse when I move").
_PAIN_RATED = {
    "pain", "pains", "painful", "hurts", "hurt", "hurting", "bad", "sore", "ache", "aches",
    "score", "rate", "rated", "rates", "scale", "agony", "cramp", "cramps", "severity",
}  # fmt: skip
#: Words that may stand after a bare score and keep it a score ("a six, worse at night").
_AFTER_SCORE = {"or", "and", "yeah", "maybe", "i", "id", "at", "now", "today", "tops", "max"}
_PAIN_REACH = 8


def _bare_pain_score(words: list[str], tokens: list[Token], i: int) -> Quantity | None:
    """A score with no "/10" that rates a pain named just before it (in its sentence or the
    question before): "a 6", "about a six", "like a nine", "pain 7," (0 to 10, whole, and
    then a pause, the sentence's end or a word of :data:`_AFTER_SCORE`; not "a 6 year old",
    "a 5 minute walk")."""
    score = number_value(words[i])
    if score is None or score != int(score) or not 0 <= score <= 10 or words[i] == "half":
        return None
    nxt = i + 1
    ends = (
        nxt >= len(tokens)
        or tokens[nxt].sentence != tokens[i].sentence
        or tokens[nxt].pause
        or words[nxt] in _AFTER_SCORE
    )
    if not ends:
        return None
    if words[i - 1] == "a":
        reach = range(max(0, i - 1 - _PAIN_REACH), i - 1)
    elif words[i - 1] in ("pain", "pains"):
        reach = range(i - 1, i)
    else:
        return None
    if not any(  # the sentence before too: "how bad is it? maybe a 6"
        tokens[i].sentence - tokens[k].sentence <= 1 and words[k] in _PAIN_RATED for k in reach
    ):
        return None
    return Quantity("pain", score, _hedged_from(words, tokens, i - 1), i)


#: Words that round a score ("maybe a 6", "about 7/10"): they belong to the score's words, so
#: a hedge rounds the number and does not doubt the pain.
_SCORE_HEDGES = {"maybe", "about", "around", "roughly", "probably", "like", "prob", "approx"}


def _hedged_from(words: list[str], tokens: list[Token], first: int) -> int:
    """``first``, or the hedge word right before it in its sentence."""
    k = first - 1
    if k >= 0 and words[k] in _SCORE_HEDGES and tokens[k].sentence == tokens[first].sentence:
        return k
    return first


_FEMALE = {"female", "woman", "f", "lady", "girl"}
_MALE = {"male", "man", "m", "guy", "bloke", "boy"}
_AGE_UNIT = {"years", "year", "yrs", "yr", "yo", "y"}


def _sex_of(word: str) -> str | None:
    if word in _FEMALE:
        return "female"
    if word in _MALE:
        return "male"
    return None


def read_age_sex(tokens: list[Token]) -> tuple[int | None, str | None]:
    """The writer's age and sex when the story says them plainly ("I'm 58", "34 F", "34f",
    "a 45 year old man", "I'm a woman"); None where it does not."""
    words = [t.norm for t in tokens]
    age: int | None = None
    sex: str | None = None
    n = len(words)
    for i, word in enumerate(words):
        glued = word[:-1].isascii() and word[:-1].isdigit() and word[-1:] in ("f", "m")
        digits = word[:-1] if glued else word
        if not (digits.isascii() and digits.isdigit()) or not 0 < int(digits) <= 120:
            if sex is None and word in ("im", "am") and i + 2 < n and words[i + 1] == "a":
                sex = _sex_of(words[i + 2])
            continue
        value = int(digits)
        nxt = words[i + 1] if i + 1 < n else ""
        prev = words[i - 1] if i > 0 else ""
        found = glued
        found |= nxt in _AGE_UNIT and (nxt == "yo" or (i + 2 < n and words[i + 2] in ("old", "o")))
        found |= prev in ("im", "am", "aged", "age") and nxt not in _UNIT_SECONDS
        found |= nxt in ("female", "male") or prev in ("female", "male")
        glued_next = i + 1 < n and tokens[i + 1].start == tokens[i].end and nxt in ("f", "m")
        found |= glued_next or (i <= 3 and (nxt in ("f", "m") or prev in ("f", "m")))  # "34F"
        if not found or age is not None:
            continue
        age = value
        if glued:
            sex = sex or _sex_of(word[-1])
        for j in range(max(0, i - 2), min(n, i + 5)):
            if words[j] not in ("f", "m") or i <= 3 or (glued_next and j == i + 1):
                sex = sex or _sex_of(words[j])
    return age, sex
