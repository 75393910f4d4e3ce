"""English place designators: the words around a place name that make it a region or a
district ("Kyiv region", "the region of Lipetsk", "the Rostov and Astrakhan regions"),
adjectives that name a place before a place noun ("the Crimean port of Sevastopol").
Used by ``extraction.places``; the place names themselves are in the gazetteer."""

from __future__ import annotations

from typing import Final

SP: Final = r"[^\S\n]"  # horizontal white space: lists and designators do not run across lines
# A designator word after a name (groups: regional, region, district; case-insensitive).
SUFFIX: Final = (
    rf"(?:{SP}+(?i:(?P<regional>regional|governors?)"
    rf"|(?P<region>oblasts?|regions?|provinces?|krais?|kray|territory|territories|republic)"
    rf"|(?P<district>districts?|raions?|rayons?))\b)?"
)
# "the region of <name>"; ``before`` is the word before the designator word; ends where the
# name starts (case-insensitive). PREFIX_KEY: a word every PREFIX match holds.
PREFIX: Final = (
    rf"(?P<before>[\w'’]+{SP}+)?\b(?:(?P<region>oblasts?|regions?|provinces?|krai|territory"
    rf"|republic)|(?P<district>districts?|raions?|rayons?)){SP}+of{SP}+(?:the{SP}+)?$"
)
PREFIX_KEY: Final = "of"
# Capitalised words before a designator that are no names of their own
DETERMINERS: Final = ("The", "A", "An", "In", "Of", "Its", "Their", "This", "That")
POSSESSIVE_ENDINGS: Final = ("'s", "’s")
LIST_SEPARATOR: Final = rf"{SP}*,{SP}*(?:(?:and|or){SP}+)?|{SP}+(?:and|or|&){SP}+"
MAX_SEPARATOR: Final = 12  # longest plausible list separator, e.g. " , and "
POSSESSIVE: Final = rf"['’]s?{SP}+"  # "Kharkiv's <X> district"
# "<X> district, Kharkiv", "<X> district of the city of Kharkiv"
DISTRICT_OF: Final = rf",{SP}*|{SP}+(?:of|in){SP}+(?:the{SP}+city{SP}+of{SP}+)?"
# Adjectives that name a place only when a place noun follows ("the Crimean port of ...").
ADJECTIVES: Final = {"Crimean": "Crimea"}
ADJECTIVE_NOUN: Final = (
    rf"{SP}+(?:port|city|town|village|capital|coast|resort|peninsula|bridge|naval|air)\b"
)
RIVER: Final = rf"{SP}+river\b"  # "the Dnipro River" is no city (case-insensitive)
# Inflected forms of the gazetteer's names, a file of ``strikewatch/data/`` written by
# ``tools/inflect_places.py`` ("" for none: English names do not inflect)
PLACE_FORMS: Final = ""

# GeoNames settlements (``extraction.gazetteer``): a capitalised name of up to three words
# after a word that places it ("in", "near", "the village of"); group ``name``.
# a capitalised Latin word, diacritics included ("Rzeszów", "Iaşi", "Łódź")
_WORD: Final = r"(?=[A-ZÀ-ÞĀ-ſ])(?![a-zß-ÿ])[^\W\d_][^\W\d_'’]*(?:['’][a-z]+)?"
SETTLEMENT: Final = (
    rf"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Oo]ver|[Aa]round|[Bb]etween"
    rf"|(?:[Vv]illage|[Tt]own|[Ss]ettlement|[Hh]amlet|[Cc]ity)s?(?:{SP}+of)?)"
    rf"{SP}+(?:the{SP}+)?(?P<name>{_WORD}(?:(?:-|{SP}+){_WORD}){{0,2}})"
)
# Literal texts (lower case) one of which every SETTLEMENT match starts with or holds: the
# key scan finds them in one pass and the regex is tried only there (a word before a name)
SETTLEMENT_KEYS: Final = (
    " in ",
    "\nin ",
    " near ",
    " outside ",
    " over ",
    " around ",
    " between ",
    "village",
    "town",
    "settlement",
    "hamlet",
    "city",
)
# Endings that inflect a settlement's name, with the nominative ending each may stand for
# (English names do not inflect; a possessive "'s" is no part of the name).
NAME_ENDINGS: Final[tuple[tuple[str, str], ...]] = (("'s", ""), ("’s", ""))
# Capitalised words those cues precede that name no settlement
NOT_SETTLEMENTS: Final = frozenset(
    (
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "Monday", "Tuesday"),
        *("Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Telegram"),
        *("Ukrainian", "Russian", "Soviet", "European", "Western", "Eastern"),
        *("Northern", "Southern", "Central"),
    )
)
# A district written as its town's adjective (group ``stem``, ``suf``): none in English,
# where "<Town> district" is the town's name and the district word.
DISTRICT_ADJECTIVE: Final = r"(?!)(?P<stem>)(?P<suf>)"
# (ending cut from the stem, ending added; "+" adds the adjective's own suffix back)
# words every DISTRICT_ADJECTIVE match holds (lower case): texts without them are not scanned
DISTRICT_ADJECTIVE_KEYS: Final[tuple[str, ...]] = ()
DISTRICT_STEMS: Final[tuple[tuple[str, str], ...]] = ()
# A city's district the gazetteer lacks, by its name (group ``name``): an adjective, as the
# names of cities' districts are ("the Zarichnyi district" after Sumy is Sumy's); a raion is
# named after its town ("Koriukivka district").
CITY_DISTRICT: Final = rf"\b(?P<name>[A-Z][a-z]+(?:yi|iy|kyy|sky|ky)){SP}+district\b"
# A sea or strait is a place after a word that puts something on or over it ("over the
# Black Sea", "in the Sea of Azov"), and not before a word that makes it a name's part or a
# coast's ("the Black Sea Fleet", "the Black Sea port of Odesa"); both case-sensitive.
WATER_BEFORE: Final = (
    rf"\b(?:[Oo]ver|[Ii]n|[Aa]bove|[Aa]cross|[Nn]ear|[Ii]nto|[Oo]ff|[Oo]n){SP}+the{SP}+$"
)
WATER_AFTER: Final = (
    rf"{SP}*(?:[A-Z]|(?:port|coast|coastline|region|city|town|resort|shore|ports|fleet)\b)"
)
