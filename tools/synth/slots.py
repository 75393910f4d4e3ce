"""Template slots: which values a ``{slot}`` of a template is drawn from, and ``Slots``, the
mapping that draws them lazily."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tools.synth.vocabulary import (
    AGES,
    CAPITALS,
    DOWNED,
    FLOORS,
    KYIV_DISTRICTS,
    LAUNCH_SITES,
    LOST,
    MONTH_NAMES,
    NEUTRAL,
    NUMBER_WORDS,
    ORDINALS,
    QUALIFIERS,
    RU_CITIES,
    RU_DRONES,
    RU_MISSILES,
    RU_REGIONS,
    TEAMS,
    UA_CITIES,
    UA_DRONES,
    UA_MISSILES,
    UA_REGIONS,
)

if TYPE_CHECKING:
    from tools.synth.generator import Generator

# -- slot values -----------------------------------------------------------------------------
#
# A slot is drawn the first time a template asks for it (``Slots.__missing__``), so an article
# only pays for the values its templates use. Specs: (kind, a, b) with kind
#   0: one of the strings in a          1: integer a .. a+b-1
#   2: like 1, small ones may be spelled out ("three")
#   3: b(integer a .. a+b-1), a formatter  4: a(generator, slots) sets this and related slots


def _distinct(gen: Generator, slots: Slots, keys: Sequence[str], draw: Callable[[], str]) -> None:
    seen: set[str] = set()
    for key in keys:
        value = draw()
        while value in seen:
            value = draw()
        seen.add(value)
        slots[key] = value


def _region_forms(names: Sequence[str], russian: bool) -> tuple[tuple[str, ...], ...]:
    """Per region, its spellings in news copy, as often as they are used (out of ten)."""
    if russian:
        return tuple((f"the {n} region",) * 7 + (f"{n} Oblast",) * 3 for n in names)
    return tuple((f"the {n} region",) * 5 + (f"{n} Oblast",) * 4 + (f"{n} oblast",) for n in names)


_UA_REGION_FORMS = _region_forms(UA_REGIONS, False)
_RU_REGION_FORMS = _region_forms(RU_REGIONS, True)


def _three_regions(
    gen: Generator, slots: Slots, keys: tuple[str, str, str], forms: Sequence[Sequence[str]]
) -> None:
    r = gen.random
    n = len(forms)
    i = int(r() * n)
    j = (i + 1 + int(r() * (n - 1))) % n
    k = i
    while k in (i, j):
        k = int(r() * n)
    for key, region in zip(keys, (i, j, k), strict=True):
        slots[key] = forms[region][int(r() * 10)]


def _ua_regions(gen: Generator, slots: Slots) -> None:
    _three_regions(gen, slots, ("r1", "r2", "r3"), _UA_REGION_FORMS)


def _ru_regions(gen: Generator, slots: Slots) -> None:
    _three_regions(gen, slots, ("R1", "R2", "R3"), _RU_REGION_FORMS)


def _cities(gen: Generator, slots: Slots) -> None:
    _distinct(gen, slots, ("c1", "c2"), lambda: gen.one(UA_CITIES))


def _teams(gen: Generator, slots: Slots) -> None:
    _distinct(gen, slots, ("team", "team2"), lambda: gen.one(TEAMS))
    goals = gen.between(0, 3)
    slots["g2"] = goals
    slots["g1"] = goals + gen.between(1, 3)


def _drones(gen: Generator, slots: Slots) -> None:
    """Launched, downed and lost drones, and regional shares of the downed ones."""
    r = gen.random
    size = r()
    if size < 0.5:
        launched = gen.between(8, 60)
    elif size < 0.9:
        launched = gen.between(60, 250)
    else:
        launched = gen.between(250, 740)
    down = int(launched * (0.45 + 0.5 * r()))
    lost = int((launched - down) * r())
    first = int(down * (0.2 + 0.5 * r()))
    num = gen.num
    slots["D"] = num(launched)
    slots["Di"] = num(down)
    slots["Ds"] = num(lost)
    slots["a1"] = num(first)
    slots["a2"] = num(int((down - first) * r()))


def _salvo(gen: Generator, slots: Slots, kinds: Sequence[tuple[str, int, int]], pre: str) -> None:
    words, lo, hi = kinds[gen.pick(len(kinds))]
    fired = gen.between(lo, hi)
    slots[pre + "M"] = gen.num(fired)
    slots[pre + "Mi"] = gen.num(int(fired * (0.3 + 0.7 * gen.random())))
    slots[pre.lower() + "mw"] = words


def _ru_missiles(gen: Generator, slots: Slots) -> None:
    _salvo(gen, slots, RU_MISSILES, "")


def _ua_missiles(gen: Generator, slots: Slots) -> None:
    _salvo(gen, slots, UA_MISSILES, "U")


def _tenths(n: int) -> str:
    return str(n / 10)


def _thousands(n: int) -> str:
    return f"{n * 1000:,}"


def _quarter_points(n: int) -> str:
    return str(25 * n)


def _two_digits(n: int) -> str:
    return f"{n:02d}"


def _choice(seq: Sequence[str]) -> tuple[int, Any, Any]:
    return (0, seq, None)


def _range(lo: int, hi: int, fmt: Callable[[int], str] | None = None) -> tuple[int, Any, Any]:
    return (3, lo, (hi - lo + 1, fmt)) if fmt else (1, lo, hi - lo + 1)


def _count(lo: int, hi: int) -> tuple[int, Any, Any]:
    """A count of people or weapons: small ones are sometimes spelled out."""
    return (2, lo, hi - lo + 1)


_GROUPS: dict[Callable[[Generator, Slots], None], tuple[str, ...]] = {
    _ua_regions: ("r1", "r2", "r3"),
    _ru_regions: ("R1", "R2", "R3"),
    _cities: ("c1", "c2"),
    _teams: ("team", "team2", "g1", "g2"),
    _drones: ("D", "Di", "Ds", "a1", "a2"),
    _ru_missiles: ("M", "Mi", "mw"),
    _ua_missiles: ("UM", "UMi", "umw"),
}
SPECS: dict[str, tuple[int, Any, Any]] = {
    key: (4, make, None) for make, keys in _GROUPS.items() for key in keys
}
SPECS.update(
    dw=_choice(RU_DRONES), uw=_choice(UA_DRONES), down=_choice(DOWNED), lost=_choice(LOST),
    site=_choice(LAUNCH_SITES), rc=_choice(RU_CITIES), kd=_choice(KYIV_DISTRICTS),
    q=_choice(QUALIFIERS), q2=_choice(QUALIFIERS), ord=_choice(ORDINALS),
    cap=_choice(CAPITALS), cap2=_choice(NEUTRAL), month_name=_choice(MONTH_NAMES),
    bq=_choice(QUALIFIERS), bk=_count(1, 6), binj=_count(1, 30), bDi=_count(3, 140),
    k=_count(1, 14), inj=_count(1, 60), k_1=_count(1, 9), inj_1=_count(1, 40), k_2=_count(1, 9),
    inj_2=_count(1, 40), q_1=_choice(QUALIFIERS), q_2=_choice(QUALIFIERS),
    mo=_count(2, 40), n5=_count(2, 30),
    fl=_choice(FLOORS), age=_choice(AGES), planes=_range(5, 60), hh=_range(0, 6, _two_digits),
    mm=_range(0, 59, _two_digits), hrs=_range(2, 14), km=_range(5, 60), pct=_range(2, 35),
    pct2=_range(2, 35), area=_range(50, 2000), bg=_range(15, 45, _thousands),
    bn=_range(1, 60), bn2=_range(1, 60), sys=_range(5, 25), months=_range(3, 18),
    n1=_range(2, 9), n2=_range(12, 40), n3=_range(4, 14), n4=_range(90, 400), days=_range(4, 90),
    gdpshare=_range(30, 55, _tenths), pts=_range(2, 9), left=_range(3, 15),
    crowd=_range(8, 70, _thousands), minute=_range(50, 89), wins=_range(4, 9),
    games=_range(10, 12), saves=_range(3, 11), goals=_range(11, 29), year2=_range(2026, 2030),
    fee=_range(5, 60), yrs=_range(3, 25), anniv=_range(50, 125), infl=_range(20, 140, _tenths),
    rate=_range(20, 160, _tenths),
    gdp=_range(1, 60, _tenths), fx=_range(360, 430, _tenths),
    mt=_range(50, 400, _tenths), def_=_range(20, 90, _tenths),
    unemp=_range(30, 120, _tenths), yield_=_range(80, 190, _tenths),
    bp=_range(1, 4, _quarter_points),
    idx=_range(1, 35, _tenths), temp=_range(31, 41), rain=_range(40, 160),
    wind=_range(50, 110), tlo=_range(-5, 12), thi=_range(13, 24), year=_range(1950, 2019),
    cm=_range(20, 180), calls=_range(40, 600), alt=_range(8, 20), films=_range(12, 40),
    visitors=_range(10, 200, _thousands), century=_range(15, 19), works=_range(40, 300),
    players=_range(40, 120), price=_range(8, 45), rooms=_range(3, 12), hour=_range(8, 10),
)  # fmt: skip


class Slots(dict[str, Any]):
    """Template values, drawn the first time a template asks for them (``str.format_map``)."""

    def __init__(self, gen: Generator, values: dict[str, Any]) -> None:
        super().__init__(values)
        self.gen = gen

    def __missing__(self, key: str) -> Any:
        kind, a, b = SPECS[key]
        r = self.gen.random
        value: Any
        if kind == 0:
            value = a[int(r() * len(a))]
        elif kind == 1:
            value = a + int(r() * b)
        elif kind == 2:
            n = a + int(r() * b)
            value = NUMBER_WORDS[n] if n < 10 and r() < 0.5 else str(n)
        elif kind == 3:
            value = b[1](a + int(r() * b[0]))
        else:
            a(self.gen, self)
            return self[key]
        self[key] = value
        return value
