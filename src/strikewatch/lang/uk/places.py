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

# GeoNames settlements (``extraction.gazetteer``): a capitalised name of up to three words
# after a word that places it ("у", "біля", "села", "смт"); group ``name``.
_UP: Final = "А-ЯІЇЄҐ"
_LOW: Final = "а-яіїєґ'’ʼ"
SETTLEMENT: Final = (
    rf"(?<![\w-])(?:[УуВв]|[Бб]іля|[Пп]облизу|[Пп]оряд{SP}+з|[Пп]ід|[Нн]ад|[Сс]ел[аоіу]|[Сс]елищ[аеіу]"
    rf"|смт|с\.|[Мм]іст[аоі]|м\.|[Гг]ромад[аиіу])"
    rf"{SP}+(?P<name>[{_UP}][{_LOW}]+(?:(?:-|{SP}+)[{_UP}][{_LOW}]+){{0,2}})"
)
# Literal texts (lower case) one of which every SETTLEMENT match starts with or holds: the
# key scan finds them in one pass and the regex is tried only there (a word before a name)
SETTLEMENT_KEYS: Final = (
    " у ",
    "\nу ",
    " в ",
    "\nв ",
    "біля ",
    "поблизу ",
    "поряд ",
    " під ",
    "\nпід ",
    " над ",
    "\nнад ",
    "сел",
    "смт",
    " с.",
    "міст",
    " м.",
    "громад",
)
# Inflected ending -> the nominative endings it may stand for ("у Мукачеві" -> Мукачеве,
# "в Іванівці" -> Іванівка, "Новомосковську" -> Новомосковськ, "Сокільниках" -> Сокільники)
NAME_ENDINGS: Final[tuple[tuple[str, str], ...]] = (
    ("ові", "ів"),
    ("еві", "ів"),
    ("єві", "їв"),
    ("ові", "ове"),
    ("ові", ""),
    ("ова", "ів"),
    ("ева", "ів"),
    ("єва", "їв"),
    ("ці", "ка"),
    ("ки", "ка"),
    ("ку", "ка"),
    ("кою", "ка"),
    ("ому", "е"),
    ("ого", "е"),
    ("им", "е"),
    ("ому", "ий"),
    ("ого", "ий"),
    ("ім", "ий"),
    ("ої", "а"),
    ("ій", "а"),
    ("ою", "а"),
    ("ій", "я"),
    ("ах", "и"),
    ("ів", "и"),
    ("ам", "и"),
    ("ях", "і"),
    ("ів", "і"),
    ("і", "а"),
    ("і", "е"),
    ("і", ""),
    ("і", "я"),
    ("ї", "я"),
    ("ю", "я"),
    ("у", ""),
    ("у", "а"),
    ("а", ""),
    ("я", "ь"),
    ("ом", ""),
    ("ем", ""),
    ("ом", "о"),
    ("а", "о"),
)
NOT_SETTLEMENTS: Final[frozenset[str]] = frozenset()
# A district written as its town's adjective: "у Бучанському районі", "Броварського району"
DISTRICT_ADJECTIVE: Final = (
    rf"(?<![\w-])(?P<stem>[{_UP}][{_LOW}]+?)(?P<suf>ськ|цьк)(?:ий|ого|ому|им|ім)"
    rf"{SP}+(?i:район[уіаом]*|р-н[уі]?)(?!\w)"
)
# (ending cut from the stem, ending added; "+" adds the adjective's own suffix back):
# Бучан-ськ- -> Буча, Броварськ- -> Бровари, Ізюм-ськ- -> Ізюм, Бахмутськ- -> Бахмут
# words every DISTRICT_ADJECTIVE match holds (lower case): texts without them are not scanned
DISTRICT_ADJECTIVE_KEYS: Final[tuple[str, ...]] = ("район", "р-н")
DISTRICT_STEMS: Final[tuple[tuple[str, str], ...]] = (
    ("", ""),
    ("", "+"),
    ("ан", "а"),
    ("", "и"),
    ("", "е"),
    ("", "а"),
    ("ів", "ів"),
    ("", "о"),
    ("", "+е"),
)
# The official Ukrainian romanization (Cabinet of Ministers resolution 55 of 2010), which
# the Kyiv spelling family of canonical names follows: GeoNames' own Latin names of
# Ukrainian settlements use another system ("Koryukivka"); canonical is "Koriukivka".
# (letter -> Latin; at the start of a word, ROMAN_INITIAL wins; "зг" is "zgh")
ROMAN: Final[dict[str, str]] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "'": "",
    "’": "",
    "ʼ": "",
    "-": "-",
    " ": " ",
}
ROMAN_INITIAL: Final[dict[str, str]] = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
ROMAN_PAIRS: Final[dict[str, str]] = {"зг": "zgh"}
# A city's district the gazetteer lacks, by its name (group ``name``): none, a Cyrillic
# district is its town's adjective (DISTRICT_ADJECTIVE) or in the curated forms.
CITY_DISTRICT: Final = r"(?!)(?P<name>)"
# A sea or strait is a place in every inflected form the data lists (no cue needed: the
# adjective of "Black Sea Fleet" is another word).
WATER_BEFORE: Final = r""
WATER_AFTER: Final = r"(?!)"
