"""English context: what makes a sentence background or cumulative ("since the start of
the invasion", "per year"), ground fighting, and the strike vocabulary that makes a text
worth reading at all. Used by ``extraction.context``."""

from __future__ import annotations

from typing import Final

# Sentences that state background or cumulative numbers, not one attack.
BACKGROUND: Final = (
    r"since\s+the\s+(?:start|beginning|outbreak)\s+of\b",
    r"since\s+(?:February|Feb\.)\s+(?:24,?\s+)?2022|since\s+20\d\d|since\s+(?:early|late|mid-?)\s*\w+\s+20\d\d|since\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?),?\s+20\d\d",
    r"\b(?:per|a)\s+(?:year|month|day|week)\b(?!\s+(?:after|before|earlier|later|ago))|\bannual(?:ly)?\b|\bon\s+some\s+days\b|\bon\s+(?:an\s+)?average\b|\bevery\s+(?:day|night|week)\b",
    r"\bproduc(?:e|ed|es|ing|tion)\b|\bmanufactur\w*|\bstockpil\w*|\bdeliveries\b|\bdelivery\s+of\b|\bpledged\b|\baid\s+package\b",
    r"\bprevious\s+(?:largest|biggest|record)|\bthe\s+previous\s+record|\bso\s+far\s+this\s+(?:year|month)|\b(?:whole|entire|previous)\s+(?:winter|summer|spring|autumn|fall)\b",
    r"\b(?:in|during|over)\s+the\s+(?:past|last|previous)\s+(?:few\s+|two\s+|three\s+)?(?:weeks?|months?|years?)\b|\bthis\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|\bin\s+recent\s+(?:weeks|months)|\blast\s+(?:week|month|year)\b|\bin\s+some\s+(?:weeks|months|days|nights)\b",
    r"\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:alone|as\s+a\s+whole)|\bin\s+20\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+alone\b",
    r"\bin\s+(?:early\s+|mid-?|late\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)",
    r"\brevis(?:ed|ing)\b|\bhad\s+(?:earlier|initially|previously)\s+(?:said|reported)|\bEarlier,?\s+[^.]*\bhad\s+(?:said|reported|put|given)\b",
    r"\b(?:a|one|two|three|four|several|a\s+few)\s+(?:weeks?|months?|years?)\s+(?:earlier|ago|before)\b|\blast\s+(?:spring|summer|autumn|fall|winter)\b",
    r"\bin\s+total\s+since\b|\btotal\s+(?:number|of)\s+[^.]{0,40}\bsince\b|\bthroughout\s+the\s+(?:war|year|month|conflict)",
)  # fmt: skip

# Habits and intentions make numbers hypothetical only within their own clause
# ("Moscow wants to be able to send 1,000 drones a night", but not "the ministry, whose
# figures usually cover fixed-wing drones only, said 12 drones were destroyed").
BACKGROUND_CLAUSE: Final = (
    r"\b(?:wants?|plans?|aims?|intends?|hopes?|seeks?|expects?)\s+to\b|\bable\s+to\b|\bcapable\s+of\b|\bcould\s+(?:send|launch|fire|produce)\b",
    r"\btypically\b|\busually\b|\boften\b|\bregularly\b",
)  # fmt: skip

# Casualties from fighting on the ground are not strike figures.
NON_AIR_CASUALTY: Final = (
    r"\bshell(?:ing|ed|s)\b|\bartillery\b|\bmortar\b|\bfront\s*line\b|\bin\s+battle\b|\bin\s+combat\b"
    r"|\bkilled\s+in\s+action\b|\bground\s+(?:assault|offensive|fighting)\b|\bcar\s+crash\b|\baccident\b"
)

# Words that make a paragraph or sentence about air strikes at all.
STRIKE_WORDS: Final = (
    r"\b(?:drones?|UAVs?|unmanned|missiles?|Shaheds?|Gerans?|rockets?|air\s+defen[cs]es?|air\s+force"
    r"|strikes?|struck|attack(?:s|ed)?|assault|bombardment|barrage|air\s+raid|air\s+alert|explosions?"
    r"|debris|shrapnel|bombs?|Kalibr|Iskander|Kinzhal|Kh-\d+|intercept\w*|shot\s+down|downed)\b"
)

# Lower-case fragments of which an article about air strikes contains at least one; texts
# with none are skipped before any other work. Recall matters more than precision here.
RELEVANCE_KEYS: Final = (
    "drone", "uav", "unmanned", "missile", "rocket", "shahed", "geran", "kalibr", "iskander",
    "kinzhal", "kh-", "bomb", "air defen", "air force", "air raid", "air alert", "airstrike",
    "air strike", "intercept", "shot down", "shoot down", "downed", "strike", "struck", "attack",
    "shelling", "explosion", "blast", "debris", "shrapnel", "barrage", "bombard",
)  # fmt: skip

# Comparisons keep a background phrase from making numbers background ("the largest attack
# since 2022"): a superlative within 60 characters before it
SUPERLATIVE: Final = r"\b(?:largest|biggest|heaviest|deadliest|most\s+\w+|worst|first|strongest|record)\b[^,.;]{0,40}$"
# Background phrases reach across commas ("1,100 drones, 1,360 bombs and 40 missiles over the
# past week") but not past a semicolon, a "while" clause or a cumulative add-on.
BACKGROUND_EDGE: Final = r";|\s+while\s+|,\s+(?:bringing|taking|raising|pushing|adding|up\s+from)\b"
