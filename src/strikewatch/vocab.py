"""The codes every stage shares, in one place: metrics, weapon classes and their scoring
families, qualifiers and sides (FORMAT.md section 2). They are codes, not words: a language
pack maps its words onto them (:mod:`strikewatch.lang`)."""

from __future__ import annotations

from typing import Final, Literal

CORE_METRICS: Final = ("launched", "intercepted", "suppressed", "hit", "killed", "injured")
EXTRA_METRICS: Final = (
    "hospitalized",
    "killed_children",
    "injured_children",
    "rescued",
    "missing",
    "hit_sites",
    "debris_sites",
)
# what happened to weapons, and what happened to people
WEAPON_METRICS: Final = frozenset({"launched", "intercepted", "suppressed", "hit"})
CASUALTY_METRICS: Final = frozenset({"killed", "injured", "hospitalized", "rescued", "missing"})
# People treated at the scene or given first aid: a cue's code that makes no figure (a part of
# an injured toll told again, "five injured people were treated at the scene")
TREATED: Final = "treated"

WeaponClass = Literal[
    "drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb", "any"
]
WEAPON_CLASSES: Final = (
    "drone",
    "missile",
    "cruise_missile",
    "ballistic_missile",
    "guided_bomb",
    "any",
)
# the scoring family of each weapon class (FORMAT.md section 5)
WEAPON_FAMILY: Final = {
    "drone": "drone",
    "missile": "missile",
    "cruise_missile": "missile",
    "ballistic_missile": "missile",
    "guided_bomb": "guided_bomb",
    "any": "any",
}
QUALIFIERS: Final = ("exact", "at_least", "more_than", "about", "up_to")
# The largest value a figure may have. No attack has had more than a few thousand weapons or
# casualties; a larger number in a text is a total, a sum of money or a population, and a
# number past the store's integer columns would wedge it. Larger numbers are no figures
# (``ArticleResult.notes`` says so).
MAX_FIGURE: Final = 100_000

Side = Literal["RU", "UA"]
SIDES: Final = ("RU", "UA")
OTHER_SIDE: Final = {"UA": "RU", "RU": "UA"}
COUNTRY_NAME: Final = {"UA": "Ukraine", "RU": "Russia"}

# What was hit (docs/damage.md): the kind of a damaged object, and the details a kind may have.
DAMAGE_KINDS: Final = (
    "residential", "energy", "oil_gas", "industry", "transport", "port", "medical", "education",
    "government", "military", "agriculture", "communications", "cultural", "commercial",
)  # fmt: skip
DAMAGE_DETAILS: Final = {
    "energy": ("generation", "substation", "grid"),
    "oil_gas": ("refinery", "depot"),
    "transport": ("rail", "road", "airport"),
}
# The kinds and details in words, as the pages and the CLI's tables show them.
DAMAGE_NAMES: Final = {
    "residential": "homes",
    "energy": "energy",
    "oil_gas": "oil and gas",
    "industry": "industry",
    "transport": "transport",
    "port": "ports and shipping",
    "medical": "hospitals and clinics",
    "education": "schools and universities",
    "government": "government buildings",
    "military": "military sites",
    "agriculture": "agriculture and food",
    "communications": "communications",
    "cultural": "religious and cultural sites",
    "commercial": "shops and businesses",
}
DAMAGE_DETAIL_NAMES: Final = {
    "generation": "power generation",
    "substation": "substations",
    "grid": "power lines",
    "refinery": "refineries",
    "depot": "oil depots",
    "rail": "railways",
    "road": "roads and bridges",
    "airport": "airports",
}


def damage_name(code: str | None) -> str:
    """A kind of object hit, or its detail, in words ("" for none)."""
    if not code:
        return ""
    return DAMAGE_NAMES.get(code) or DAMAGE_DETAIL_NAMES.get(code) or code.replace("_", " ")
