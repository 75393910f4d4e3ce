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

# GeoNames settlements (``extraction.gazetteer``): a capitalised name of up to three words
# after a word that places it ("в", "под", "села", "посёлке"); group ``name``.
_UP: Final = "А-ЯЁ"
_LOW: Final = "а-яё"
SETTLEMENT: Final = (
    rf"(?<![\w-])(?:[ВвУу]|[Пп]од|[Нн]ад|[Вв]озле|[Бб]лиз|[Рр]айоне|[Сс]ел[аоеу]|[Пп]ос[её]лк[аеу]"
    rf"|пос\.|пгт|[Гг]ород[аеу]?|г\.|[Дд]еревн[еиюя]|[Хх]утор[ае]?)"
    rf"{SP}+(?P<name>[{_UP}][{_LOW}]+(?:(?:-|{SP}+)[{_UP}][{_LOW}]+){{0,2}})"
)
# Literal texts (lower case) one of which every SETTLEMENT match starts with or holds: the
# key scan finds them in one pass and the regex is tried only there (a word before a name)
SETTLEMENT_KEYS: Final = (
    " в ",
    "\nв ",
    " у ",
    "\nу ",
    " под ",
    "\nпод ",
    " над ",
    "\nнад ",
    "возле ",
    "близ ",
    "районе ",
    "сел",
    "посел",
    "посёл",
    "пос.",
    "пгт",
    "город",
    " г.",
    "деревн",
    "хутор",
)
# Inflected ending -> the nominative endings it may stand for ("в Зеленограде" ->
# Зеленоград, "в Ивановке" -> Ивановка, "в Мукачеве" -> Мукачево)
NAME_ENDINGS: Final[tuple[tuple[str, str], ...]] = (
    ("ого", "ое"),
    ("ом", "ое"),
    ("ому", "ое"),
    ("ого", "ий"),
    ("ом", "ий"),
    ("ого", "ый"),
    ("ом", "ый"),
    ("ой", "ая"),
    ("ую", "ая"),
    ("ах", "ы"),
    ("ах", "и"),
    ("ых", "ые"),
    ("е", ""),
    ("е", "а"),
    ("е", "о"),
    ("е", "ь"),
    ("и", "ь"),
    ("и", "а"),
    ("и", "я"),
    ("ы", "а"),
    ("у", "а"),
    ("ю", "я"),
    ("у", ""),
    ("а", ""),
    ("а", "о"),
    ("я", "ь"),
    ("ом", ""),
    ("ом", "о"),
    ("ем", ""),
    ("ем", "е"),
    ("ой", "а"),
    ("ей", "я"),
)
NOT_SETTLEMENTS: Final[frozenset[str]] = frozenset()
# A district written as its town's adjective: "в Темрюкском районе", "Курского района"
DISTRICT_ADJECTIVE: Final = (
    rf"(?<![\w-])(?P<stem>[{_UP}][{_LOW}]+?)(?P<suf>ск|цк)(?:ий|ого|ому|им|ом)"
    rf"{SP}+(?i:район[ауеом]*|р-н[ае]?)(?!\w)"
)
# (ending cut from the stem, ending added; "+" adds the adjective's own suffix back):
# Темрюк-ск- -> Темрюк, Кур-ск- -> Курск, Одинцов-ск- -> Одинцово, Бучан-ск- -> Буча
# words every DISTRICT_ADJECTIVE match holds (lower case): texts without them are not scanned
DISTRICT_ADJECTIVE_KEYS: Final[tuple[str, ...]] = ("район", "р-н")
DISTRICT_STEMS: Final[tuple[tuple[str, str], ...]] = (
    ("", ""),
    ("", "+"),
    ("", "о"),
    ("ан", "а"),
    ("", "ы"),
    ("", "и"),
    ("", "а"),
    ("", "е"),
    ("", "+ое"),
)
# A city's district the gazetteer lacks, by its name (group ``name``): none, a Cyrillic
# district is its town's adjective (DISTRICT_ADJECTIVE) or in the curated forms.
CITY_DISTRICT: Final = r"(?!)(?P<name>)"
# A sea or strait is a place in every inflected form the data lists (no cue needed: the
# adjective of "Black Sea Fleet" is another word).
WATER_BEFORE: Final = r""
WATER_AFTER: Final = r"(?!)"
