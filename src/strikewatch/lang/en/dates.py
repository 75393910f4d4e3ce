"""English dates: month and weekday names, the phrases that date an attack ("overnight
into Friday", "the night of 29 to 30 October"), full dates in a page, wire datelines and
reporting verbs. Used by ``extraction.dates``.

Each phrase is ``(kind, regex source, case-sensitive)``; the kind tells the engine how to
resolve it (``extraction.dates``): ``previous_night``, ``attack_wd``, ``wd_attack``,
``night_dm``, ``night_md``, ``into_wd``, ``wd_night``, ``night_of_md``, ``night_of_dm``,
``md``, ``dm``, ``wd``, ``ref_minus_1``, ``ref``. Groups: ``mon`` (a month name of MONTHS),
``day``, ``year``, ``wd`` (a weekday of WEEKDAYS).
"""

from __future__ import annotations

from typing import Final

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip

MONTH: Final = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
MONTH2: Final = MONTH.replace("?P<mon>", "?P<mon2>")
WEEKDAY: Final = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
WEEKDAY2: Final = WEEKDAY.replace("?P<wd>", "?P<wd2>")
YEAR: Final = r"(?:,?\s*(?P<year>(?:19|20)\d\d))"

# Full dates anywhere in a page (datelines, captions, "Published ..."): used as the
# reference when the article has no ``published`` field.
FULL_DATES: Final = (
    (MONTH + r"\s+(?P<day>\d{1,2}),?\s*(?P<year>(?:19|20)\d\d)\b"),
    (r"\b(?P<day>\d{1,2})\s+" + MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    (r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b"),
)

# Phrases that date an attack, most specific first. Each yields a resolver kind. Those that
# open with a month or a weekday are tried only where one of MONTHS or WEEKDAYS occurs
# (fastre.Anchored), not at every letter.
PHRASES: Final = (
    # "the night before", "a day earlier": relative to the report's own night, not to
    # publication; resolved by the extractor (date None here)
    ("previous_night", r"\b(?:the\s+(?:night|day|evening)\s+before|the\s+previous\s+(?:night|day|evening)|(?:a|one)\s+(?:night|day)\s+earlier)\b", False),
    # "an attack on Zaporizhzhia early on Sunday": the weekday the attack is dated by
    ("attack_wd", r"\b(?:attacks?|strikes?|assault|raids?|bombardment|barrage)\b[^.;,]{0,50}?\b(?:on|early|late|overnight|during)\s+(?:on\s+)?" + WEEKDAY, False),
    # "Friday's Russian missile strike", "Saturday's attack on Kyiv": the attack's own day
    ("wd_attack", r"\b" + WEEKDAY + r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|assault|bombardment|barrage|raids?|shelling)\b", False),
    # "the night of 29 to 30 October", "night of 15-16 September"
    ("night_dm", r"\bnight\s+of\s+(?:\d{1,2}\s+" + MONTH2 + r"\s+)?(?:\d{1,2})\s*(?:-|–|to|into|and)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH + YEAR + "?", False),
    # "the night of October 29 to 30", "night of August 22-23"
    ("night_md", r"\bnight\s+of\s+" + MONTH + r"\s+(?:\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|into|and)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?" + YEAR + "?", False),
    # "overnight into Friday", "Thursday night into Friday", "night to Sunday"
    ("into_wd", r"\b(?:overnight|night|evening)\s+(?:into|to)\s+" + WEEKDAY, False),
    # "Monday night", "on Saturday night" -> the next morning
    ("wd_night", r"\b" + WEEKDAY + r"\s+night\b", False),
    # "on the night of August 23" (the night that ended on the 23rd)
    ("night_of_md", r"\bnight\s+of\s+" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?" + YEAR + "?", False),
    ("night_of_dm", r"\bnight\s+of\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH + YEAR + "?", False),
    # explicit dates: "Oct. 19, 2024", "19 October", "on 20 May"
    ("md", r"\b" + MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!:)" + YEAR + "?", True),
    ("dm", r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH + r"\b" + YEAR + "?", True),
    # weekdays: "late Saturday", "early on Sunday", "on Monday", "Friday morning"
    ("wd", r"\b" + WEEKDAY + r"\b", False),
    ("ref_minus_1", r"\byesterday\b", False),
    ("ref", r"\b(?:overnight|last\s+night|tonight|this\s+morning|early\s+today|today|during\s+the\s+night|at\s+night|in\s+the\s+early\s+hours|earlier\s+today)\b", False),
)  # fmt: skip


# A wire dateline opening a paragraph: "KYIV, Nov 17 (Reuters) - ", "MOSCOW, June 6. /TASS/. ",
# "LONDON — ". Its date is when the story was filed, not when the attack happened.
DATELINE: Final = (
    r"[A-Z][A-Z.'’/]+(?:[ -][A-Z][A-Z.'’/]+)*(?:,\s*[A-Z][\w.]+){0,2}?(?:,?\s*"
    + MONTH.replace("?P<mon>", "?:")
    + r"\s+\d{1,2}(?:,\s*\d{4})?\.?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|–|—|/[^/\n]{1,20}/\.?)\s*"
)
# A weekday right after a reporting verb dates the report, not the attack ("officials said
# on Monday"): the verbs, ending where the phrase starts
REPORTED_ON: Final = r"\b(?:said|says|told|reported|wrote|announced|added|stated|posted|confirmed)\s+(?:on\s+|late\s+|early\s+)?$"
