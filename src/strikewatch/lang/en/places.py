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
