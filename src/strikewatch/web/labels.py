"""Words for the codes of the store, as the pages show them: weapon classes ("cruise
missiles", never ``cruise_missile``), sides, directions, qualifiers and metrics. Registered
as Jinja filters by :mod:`strikewatch.web.deps`."""

from __future__ import annotations

import datetime as dt

# What was hit in words (docs/damage.md), kept in vocab, which the CLI's tables share
from strikewatch.vocab import DAMAGE_NAMES as DAMAGE_NAMES
from strikewatch.vocab import damage_name as damage_name

WEAPON_NAMES = {
    "drone": "drones",
    "missile": "missiles",
    "cruise_missile": "cruise missiles",
    "ballistic_missile": "ballistic missiles",
    "guided_bomb": "guided bombs",
    "any": "drones and missiles",
}
SIDE_NAMES = {"RU": "Russia", "UA": "Ukraine"}
METRIC_NAMES = {
    "hit_sites": "sites hit",
    "debris_sites": "sites hit by debris",
    "killed_children": "children killed",
    "injured_children": "children injured",
}
# What the overview's terms mean, said once on the page.
TERMS = (
    "Launched: drones and missiles the attacked side says were fired at it. "
    "Intercepted: shot down by air defences. "
    "Suppressed: lost to electronic warfare (jammed or lost from radar, not shot down). "
    "Hit: reached their targets."
)


def weapon_name(code: str | None) -> str:
    """A weapon class in words ("" for none)."""
    if not code:
        return ""
    return WEAPON_NAMES.get(code, code.replace("_", " "))


def side_name(code: str | None) -> str:
    """A side in words ("unknown" for none)."""
    if not code:
        return "unknown"
    return SIDE_NAMES.get(code, code)


def direction(attacker: str | None, target: str | None) -> str:
    """ "Russia → Ukraine"."""
    return f"{side_name(attacker)} → {side_name(target)}"


def qualifier_words(code: str | None) -> str:
    """ "at least" for ``at_least``; nothing for an exact value."""
    return "" if not code or code == "exact" else code.replace("_", " ")


def metric_name(code: str | None) -> str:
    """A metric in words."""
    if not code:
        return ""
    return METRIC_NAMES.get(code, code.replace("_", " "))


def long_date(day: dt.date | str) -> str:
    """ "14 Feb 2025"."""
    d = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return f"{d.day} {d:%b %Y}"
