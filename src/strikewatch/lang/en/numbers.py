"""English numbers: number words, qualifiers, and the words around a number that make it
no figure (dates, ages, ranges, times, shares). Used by ``extraction.numbers``."""

from __future__ import annotations

from typing import Final

UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Words that stand for a number on their own ("a single drone", "a dozen missiles").
SPECIAL_NUMBERS: Final = {
    "a dozen": 12,
    "dozen": 12,
    "a single": 1,
    "single": 1,
    "a pair of": 2,
    "both": 2,
    "a hundred": 100,
}

_UNIT_WORDS: Final = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN_WORDS: Final = "|".join(TENS)
_WORD_NUM: Final = (
    rf"(?:(?:{_TEN_WORDS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|(?:{_UNIT_WORDS}))(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TEN_WORDS})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS}))?)?"
)
# A number in words (case-insensitive): "forty-eight", "a dozen", "two hundred and six".
NUMBER_WORDS: Final = (
    rf"a\s+hundred|a\s+dozen|a\s+single|a\s+pair\s+of|dozen|single|both|{_WORD_NUM}"
)
# Words a number word may start with; the regex above is tried only where one of them (or
# the "a" before the second group) stands.
NUMBER_WORD_HEADS: Final = (*UNITS, *TENS, "dozen", "single", "both", "hundred", "pair")
A_HEADS: Final = ("dozen", "single", "hundred", "pair")  # "a dozen": the "a" starts it
# "several dozen", "a few single": no figure
VAGUE_BEFORE: Final = r"\b(?:several|few|many|two|three)\s+$"
VAGUE_WORDS: Final = ("single", "dozen")


def word_value(words: str) -> int | None:
    """The value of a number in words ("forty-eight" -> 48), None when it is none."""
    w = " ".join(words.lower().replace("-", " ").split())
    if w in SPECIAL_NUMBERS:
        return SPECIAL_NUMBERS[w]
    total = 0
    current = 0
    for token in w.split():
        if token == "and":
            continue
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    return total + current


# "a woman was injured": the article counts one person (case-sensitive; the article "A" or
# "a" before up to two words and a person noun).
ARTICLE_PERSON: Final = (
    r"(?P<article>[Aa](?<!\w.)n??)(?=\s+(?:[\w][\w\-]+\s+){0,2}(?:woman|man|child|boy|girl|person"
    r"|resident|civilian|teenager|employee|worker|pensioner|guard|driver|rescuer|firefighter"
    r"|policeman|police\s+officer|passenger|soldier|serviceman|volunteer)\b(?!\s+(?:enterprise|"
    r"infrastructure|object|facility|target|building|area|site|vehicle|car|ship|vessel|port|plant)))"
)
ARTICLES: Final = ("a", "an")  # the words an ARTICLE_PERSON match is
# Sentences that speak of casualties hold one of these (lower-case): only there is a person
# counted from "a"/"an".
CASUALTY_KEYS: Final = ("injur", "wound", "kill", "dead", "died", "hurt", "hospital")

# Words right before a number that set its qualifier. Longest phrases first.
QUALIFIER_WORDS: Final = (
    ("no fewer than", "at_least"),
    ("no less than", "at_least"),
    ("not less than", "at_least"),
    ("a minimum of", "at_least"),
    ("at least", "at_least"),
    ("in excess of", "more_than"),
    ("upwards of", "more_than"),
    ("more than", "more_than"),
    ("just over", "more_than"),
    ("well over", "more_than"),
    ("well above", "more_than"),
    ("over", "more_than"),
    ("approximately", "about"),
    ("an estimated", "about"),
    ("close to", "about"),
    ("roughly", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("around", "about"),
    ("about", "about"),
    ("some", "about"),
    ("as many as", "up_to"),
    ("fewer than", "up_to"),
    ("less than", "up_to"),
    ("up to", "up_to"),
)
# What may stand between the qualifier and the number
QUALIFIER_FILLER: Final = r"a\s+total\s+of\s+"
# Before a number (and its qualifier): a part of a total given elsewhere ("including two
# children", "of whom three"), "all but six", "all (the) 19".
INCLUDING: Final = (
    r"including|include[sd]?|among\s+them|of\s+whom|among\s+the\s+(?:wounded|injured|dead"
    r"|killed|victims)(?:\s+(?:was|were|is|are))?"
)
INCLUDING_BEFORE: Final = (
    r"\b(?:including|among\s+them|of\s+whom|among\s+the\s+(?:wounded|injured|dead|killed|victims)"
    r"(?:\s+(?:was|were|is|are))?)\s+$"
)
ALL_BUT: Final = r"all\s+(?:but|except(?:\s+for)?)\s+"
ALL: Final = r"all\s+(?:the\s+|of\s+the\s+)?"

MONTH_NAMES: Final = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug"),
    *("Sept", "Sep", "Oct", "Nov", "Dec"),
)
# What right after a number makes it no figure (case-sensitive): a month ("19 October"),
# a range ("10-15"), an ordinal, a model or time ("Kh-101", "10:30", "3 p.m."), a share.
MONTH_AFTER: Final = (
    r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
BAD_AFTER: Final = r"(?:st|nd|rd|th)\b|[-–](?!\s)(?![Tt]ype)|[:/]\d|\s*(?:%|percent|per\s+cent|a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EDT|EST|BST|CET|MSK)|[’']s\b"
# "one of the drones" names one object, not a count
ONE_OF_THE: Final = r"(?i:\s*of\s+the\s+(?!\d))"
# What right before a number makes it no figure (case-sensitive; ends where the number
# starts): a model ("Tu-95"), a number sign, money, an age, a negation.
BAD_BEFORE: Final = (
    r"(?:[A-Za-z][-–]|No\.\s*|number\s+|#|\$|€|£|\bage\s+|\baged\s+|\b[Nn]o\s+|\b[Nn]ot\s+(?:a\s+)?|\bany\s+"
    r"|\b[Nn](?:one|either)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?|\baged\s+\d+\s*(?:,|and|to|-)\s*"
    r"|\b(?:man|woman|boy|girl|child|son|daughter|mother|father|resident|driver|pensioner|teenager"
    r"|victim|person|civilian|worker|guard|passenger)(?:\s+of|,|\s*\()\s*)$"
)
