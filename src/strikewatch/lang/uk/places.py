"""Ukrainian place designators: the words around a place name that make it a region or a
district ("Харківської області", "Полтавської ОВА", "у Солом'янському районі"). Used by
``extraction.places``; the inflected names themselves are data: ``PLACE_FORMS``."""

from __future__ import annotations

from typing import Final

SP: Final = r"[^\S\n]"  # horizontal white space
# A designator word after a name (groups: regional, region, district; case-insensitive).
SUFFIX: Final = (
    rf"(?:{SP}+(?i:(?P<regional>ова|ода|обласн\w*|військов\w+{SP}+адміністраці\w+)"
    rf"|(?P<region>област(?:ями|ях|ям|ей|ю|і|ь)|обл\.|край|краю|краєм|регіон[уіом]*|республік[аиіоую]+)"
    rf"|(?P<district>район[уіаомів]*|р-н[уі]?|округ[уиіом]*))(?!\w))?"
)
# "Автономна Республіка Крим": a region word before the name; ends where the name starts
PREFIX: Final = (
    rf"(?P<before>[\w'’]+{SP}+)?\b(?:(?P<region>[Рр]еспублік[аиіоую]+)"
    rf"|(?P<district>(?!))){SP}+$"
)
PREFIX_KEY: Final = "еспублік"
# Capitalised words before a designator that are no names of their own
DETERMINERS: Final = ("Автономна", "Автономної", "Автономній", "Автономну")
POSSESSIVE_ENDINGS: Final = ()
LIST_SEPARATOR: Final = rf"{SP}*,{SP}*(?:(?:і|й|та|а\s+також){SP}+)?|{SP}+(?:і|й|та|або){SP}+"
MAX_SEPARATOR: Final = 12
POSSESSIVE: Final = r"(?!)"
# "у Київському районі Харкова", "Шевченківський район, Київ"
DISTRICT_OF: Final = rf",{SP}*|{SP}+(?:міста{SP}+|м\.{SP}*)?"
# Adjectives that name a place only when a place noun follows: none (the forms are data)
ADJECTIVES: Final[dict[str, str]] = {}
ADJECTIVE_NOUN: Final = r"(?!)"
RIVER: Final = r"(?!)"
# Inflected forms of the gazetteer's names, written by tools/inflect_places.py
PLACE_FORMS: Final = "places_uk.json"
