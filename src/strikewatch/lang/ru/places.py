"""Russian place designators: the words around a place name that make it a region or a
district ("над Брянской областью", "Краснодарского края", "в Киевском районе Харькова").
Used by ``extraction.places``; the inflected names themselves are data: ``PLACE_FORMS``."""

from __future__ import annotations

from typing import Final

SP: Final = r"[^\S\n]"
SUFFIX: Final = (
    rf"(?:{SP}+(?i:(?P<regional>ова|ога|областн\w*|военн\w+{SP}+администраци\w+)"
    rf"|(?P<region>област(?:ью|ями|ях|ям|ей|и|ь)|обл\.|кра[йяюеем]+|регион[ауеом]*|республик[аиеоуй]+)"
    rf"|(?P<district>район[ауеомв]*|р-н[ае]?|округ[ауеом]*))(?!\w))?"
)
PREFIX: Final = (
    rf"(?P<before>[\w'’]+{SP}+)?\b(?:(?P<region>[Рр]еспублик[аиеоуй]+)"
    rf"|(?P<district>(?!))){SP}+$"
)
PREFIX_KEY: Final = "еспублик"
DETERMINERS: Final = ("Автономная", "Автономной", "Автономную")
POSSESSIVE_ENDINGS: Final = ()
LIST_SEPARATOR: Final = rf"{SP}*,{SP}*(?:(?:и|а\s+также){SP}+)?|{SP}+(?:и|или){SP}+"
MAX_SEPARATOR: Final = 12
POSSESSIVE: Final = r"(?!)"
DISTRICT_OF: Final = rf",{SP}*|{SP}+(?:города{SP}+|г\.{SP}*)?"
ADJECTIVES: Final[dict[str, str]] = {}
ADJECTIVE_NOUN: Final = r"(?!)"
RIVER: Final = r"(?!)"
PLACE_FORMS: Final = "places_ru.json"
