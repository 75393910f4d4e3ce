"""Reconciliation: many articles' claims about one night -> one :class:`Event`.

Pure functions; the store (``store.py``) loads the claims and saves the result. The rules,
documented in ``docs/events.md``:

- An event is one attacker striking one target on one date. Reports of other dates are other
  events, so no event ever merges two nights.
- Claims are grouped by (metric, weapon, place). A figure without a place is a national total.
- Headline value: for launched / intercepted / suppressed / hit, the target side's official
  claimant first (``OFFICIAL_CLAIMANTS``, in that order), then any named claimant, then
  unattributed text; within a rank the latest published claim. For casualties and the other
  metrics the latest published claim, since tolls rise; on the same day the larger value.
- Contradictions: independent sources (a syndicated copy counts as its original) whose values
  cannot both be true given their qualifiers ("at least 20" and 23 can; 97 and 98 cannot). A
  casualty toll that rises across articles is a revision, not a contradiction; one that falls
  below an earlier independent figure is.
- Outcome ledger per weapon class from the national headline figures: launched against
  intercepted + suppressed + hit, with the residual (when any outcome is stated), flagged when
  the outcomes exceed the launches even at the qualifiers' most generous reading.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Iterable, Sequence
from itertools import combinations

from strikewatch.extraction.places import lookup
from strikewatch.models import (
    Claim,
    Conflict,
    Event,
    EventFigure,
    LedgerRow,
    Revision,
    SummaryRef,
)
from strikewatch.vocab import Side

__all__ = [
    "OFFICIAL_CLAIMANTS",
    "build_event",
    "event_slug",
    "interval",
    "national_total",
    "undated_target",
]

# --------------------------------------------------------------------------- rules as data
WEAPON_OUTCOMES = ("launched", "intercepted", "suppressed", "hit")
# Whose word is the headline for launch and outcome counts, per target side, best first.
OFFICIAL_CLAIMANTS: dict[str, tuple[str, ...]] = {
    "UA": (
        "Ukrainian Air Force",
        "General Staff of the Armed Forces of Ukraine",
        "Commander-in-Chief of the Armed Forces of Ukraine",
        "Defense Forces of the South of Ukraine",
        "Kyiv City Military Administration",
    ),
    "RU": ("Russian Defence Ministry",),
}
COUNTRY_NAME = {"UA": "Ukraine", "RU": "Russia"}
QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
}
# How far "about N" reaches either side: 10 %, and at least 1.
ABOUT_SHARE = 0.10
WEAPON_NOUNS = {
    "drone": ("drone", "drones"),
    "missile": ("missile", "missiles"),
    "cruise_missile": ("cruise missile", "cruise missiles"),
    "ballistic_missile": ("ballistic missile", "ballistic missiles"),
    "guided_bomb": ("guided bomb", "guided bombs"),
    "any": ("drone or missile in all", "drones and missiles in all"),
}
# Totals over all classes come first in summaries and ledgers.
WEAPON_ORDER = ("any", "drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb")


def event_slug(attacker: str | None, target: str | None, date: dt.date) -> str:
    """The stable name of an event: ``2024-09-12-RU-UA`` (``XX`` for an unknown side)."""
    return f"{date.isoformat()}-{attacker or 'XX'}-{target or 'XX'}"


def interval(value: int, qualifier: str) -> tuple[float, float]:
    """The values a stated figure allows: "at least 20" -> [20, inf)."""
    if qualifier == "at_least":
        return (value, math.inf)
    if qualifier == "more_than":
        return (value + 1, math.inf)
    if qualifier == "up_to":
        return (0, value)
    if qualifier == "about":
        reach = max(1, round(value * ABOUT_SHARE))
        return (max(0, value - reach), value + reach)
    return (value, value)


def _stated(c: Claim) -> str:
    return f"{QUALIFIER_WORDS.get(c.qualifier, '')}{c.value}"


def _is_national(place: str | None) -> bool:
    if place is None:
        return True
    p = lookup(place)
    return p is not None and p.kind == "country"


def claim_order(c: Claim) -> tuple[int, str, int, int, str, str, str]:
    """When a claim was made, for "the latest statement": its publication date, then (for
    claims of one day) what the claim itself holds, never the order it reached the store,
    so that the same articles give the same events whatever order they are ingested in."""
    return (
        c.published.toordinal() if c.published else 0,
        c.article_ref,
        c.evidence.start,
        c.value,
        c.qualifier,
        c.claimant or "",
        c.outlet or "",
    )


def national_total(figures: Sequence[EventFigure], metric: str) -> int | None:
    """One national number for a weapon metric: the ``any`` total when stated; otherwise the
    classes summed, with "missile" standing for its subclasses when both are given (a
    stated missile count already includes the cruise and ballistic ones)."""
    national = {f.weapon: f.value for f in figures if f.national and f.metric == metric}
    if "any" in national:
        return national["any"]
    if "missile" in national:
        national.pop("cruise_missile", None)
        national.pop("ballistic_missile", None)
    vals = [v for w, v in national.items() if w]
    return sum(vals) if vals else None


def _official_rank(c: Claim, target: str | None) -> int:
    officials = OFFICIAL_CLAIMANTS.get(target or "", ())
    if c.claimant in officials:
        return officials.index(c.claimant)
    return 100 if c.claimant else 200


def _headline(claims: Sequence[Claim], metric: str, target: str | None) -> tuple[Claim, str]:
    if metric in WEAPON_OUTCOMES:
        best = max(claims, key=lambda c: (-_official_rank(c, target), claim_order(c)))
        rank = _official_rank(best, target)
        if rank < 100:
            rule = f"official claimant ({best.claimant}), latest statement"
        elif rank == 100:
            rule = f"named claimant ({best.claimant}), latest statement"
        else:
            rule = "no named claimant; latest report"
        return best, rule
    best = max(claims, key=lambda c: (claim_order(c)[0], c.value, claim_order(c)))
    return best, "latest report (tolls rise)"


def _independent(claims: Sequence[Claim]) -> list[Claim]:
    """One claim per independent source: its latest statement."""
    latest: dict[int, Claim] = {}
    for c in sorted(claims, key=claim_order):
        latest[c.source_id] = c
    return list(latest.values())


# Pairs of values listed per figure. A figure is flagged whatever their number, but a night
# that forty sources report with forty different counts has hundreds of disagreeing pairs,
# and listing them all made events large and slow to rebuild, without telling a reader more.
CONFLICT_PAIRS = 10


def _conflicts(claims: Sequence[Claim], metric: str) -> list[tuple[Claim, Claim, str]]:
    """The first ``CONFLICT_PAIRS`` pairs of independent claims that disagree, each pair of
    stated values once, earlier claims first."""
    indep = sorted(_independent(claims), key=claim_order)
    if len(indep) < 2:
        return []
    bounds = [interval(c.value, c.qualifier) for c in indep]
    weapons = metric in WEAPON_OUTCOMES
    # whether any pair disagrees, in one pass: ranges that do not all overlap (weapon
    # counts), or a claim below the range of an earlier one (tolls)
    if weapons:
        if max(lo for lo, _ in bounds) <= min(hi for _, hi in bounds):
            return []
    else:
        floor = -1.0
        for lo, hi in bounds:
            if hi < floor:
                break
            floor = max(floor, lo)
        else:
            return []
    stated = [_stated(c) for c in indep]
    out: list[tuple[Claim, Claim, str]] = []
    seen: set[tuple[str, str]] = set()
    for i, j in combinations(range(len(indep)), 2):  # i published no later than j
        (lo_a, hi_a), (lo_b, hi_b) = bounds[i], bounds[j]
        if weapons:
            if hi_a < lo_b or hi_b < lo_a:
                reason = "independent sources disagree beyond their qualifiers"
            else:
                continue
        elif hi_b < lo_a:
            reason = "a later independent source gives a lower toll"
        else:
            continue  # a rise in a toll is a revision
        pair = (stated[i], stated[j]) if stated[i] <= stated[j] else (stated[j], stated[i])
        if pair in seen:
            continue
        seen.add(pair)
        out.append((indep[i], indep[j], reason))
        if len(out) == CONFLICT_PAIRS:
            break
    return out


def _revisions(claims: Sequence[Claim]) -> tuple[Revision, ...]:
    out: list[Revision] = []
    for c in sorted(claims, key=claim_order):
        if out and (out[-1].value, out[-1].qualifier) == (c.value, c.qualifier):
            continue
        out.append(Revision(c.published, c.value, c.qualifier, c.figure_id))
    return tuple(out) if len(out) > 1 else ()


def _sum_bounds(rows: Iterable[EventFigure | None]) -> tuple[int, float]:
    lo, hi = 0, 0.0
    for f in rows:
        if f is not None:
            a, b = interval(f.value, f.qualifier)
            lo += int(a)
            hi += b
    return lo, hi


def _ledger(figures: Sequence[EventFigure]) -> tuple[LedgerRow, ...]:
    national = {(f.metric, f.weapon): f for f in figures if f.national and f.weapon}
    rows = []
    weapons = sorted(
        {w for (_, w) in national if w},
        key=lambda w: WEAPON_ORDER.index(w) if w in WEAPON_ORDER else 99,
    )
    for w in weapons:
        got = {m: national.get((m, w)) for m in WEAPON_OUTCOMES}
        if not any(got.values()):
            continue
        launched = got["launched"]
        outcomes = [got["intercepted"], got["suppressed"], got["hit"]]
        residual = None
        inconsistent = False
        if launched is not None and any(f is not None for f in outcomes):
            residual = launched.value - sum(f.value for f in outcomes if f is not None)
            out_lo, _ = _sum_bounds(outcomes)
            _, launch_hi = interval(launched.value, launched.qualifier)
            inconsistent = out_lo > launch_hi
        rows.append(
            LedgerRow(
                weapon=w,
                launched=launched.value if launched else None,
                intercepted=got["intercepted"].value if got["intercepted"] else None,
                suppressed=got["suppressed"].value if got["suppressed"] else None,
                hit=got["hit"].value if got["hit"] else None,
                residual=residual,
                inconsistent=inconsistent,
            )
        )
    return tuple(rows)


# --------------------------------------------------------------------------- summary
class _Writer:
    """Builds the summary text and remembers which figure each number came from."""

    def __init__(self) -> None:
        self.refs: list[SummaryRef] = []

    def num(self, f: EventFigure, noun: tuple[str, str] | None = None) -> str:
        text = f"{QUALIFIER_WORDS.get(f.qualifier, '')}{f.value}"
        self.refs.append(
            SummaryRef(text, f.metric, f.weapon, f.place, tuple(c.figure_id for c in f.claims))
        )
        if noun is None:
            return text
        return f"{text} {noun[0] if f.value == 1 else noun[1]}"


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _weapon_noun(weapon: str | None) -> tuple[str, str]:
    return WEAPON_NOUNS.get(weapon or "any", WEAPON_NOUNS["any"])


def _family_parts(w: _Writer, figs: Sequence[EventFigure]) -> list[str]:
    """The figures of one metric in words, a family's total never added to its own parts:
    "7 missiles (3 cruise missiles and 4 ballistic missiles)", not "7 missiles, 3 cruise
    missiles and 4 ballistic missiles"."""
    weapons = {f.weapon for f in figs}
    parts: list[str] = []
    for f in figs:
        if f.weapon in ("cruise_missile", "ballistic_missile") and "missile" in weapons:
            continue  # said inside the missiles' total
        text = w.num(f, _weapon_noun(f.weapon))
        if f.weapon == "missile":
            kinds = [
                w.num(k, _weapon_noun(k.weapon))
                for k in figs
                if k.weapon in ("cruise_missile", "ballistic_missile")
            ]
            if kinds:
                text += f" ({_join(kinds)})"
        parts.append(text)
    return parts


def _summary(
    attacker: str | None,
    target: str | None,
    date: dt.date,
    figures: Sequence[EventFigure],
    conflicts: int,
    articles: int,
    sources: int,
) -> tuple[str, tuple[SummaryRef, ...]]:
    w = _Writer()
    who = COUNTRY_NAME.get(attacker or "", "An unnamed attacker")
    whom = COUNTRY_NAME.get(target or "", "an unnamed target")
    when = f"{date.day} {date:%B %Y}"
    national = [f for f in figures if f.national]

    def pick(metric: str) -> list[EventFigure]:
        return sorted(
            (f for f in national if f.metric == metric and f.weapon),
            key=lambda f: WEAPON_ORDER.index(f.weapon) if f.weapon in WEAPON_ORDER else 99,
        )

    sentences = []
    launched = pick("launched")
    lead = f"{who} attacked {whom} on {when}"
    if launched:
        parts = _family_parts(w, launched)
        claimants = sorted({f.claimant for f in launched if f.claimant})
        if launched[0].weapon == "any" and len(parts) > 1:
            lead += f" with {parts[0]} ({_join(parts[1:])})"
        else:
            lead += " with " + _join(parts)
        if claimants:
            lead += f", according to the {_join(claimants)}"
    sentences.append(lead + ".")
    outcome_words = {
        "intercepted": "were intercepted",
        "suppressed": "were jammed or lost",
        "hit": "hit their targets",
    }
    for metric, verb in outcome_words.items():
        figs = pick(metric)
        if figs:
            parts = _family_parts(w, figs)
            sentences.append(f"{_join(parts)[0].upper()}{_join(parts)[1:]} {verb}.")
    for scope in [None, *sorted({f.place for f in figures if not f.national and f.place})]:
        figs = [
            f
            for f in figures
            if f.metric in ("killed", "injured")
            and ((f.national and scope is None) or (not f.national and f.place == scope))
        ]
        if not figs:
            continue
        parts = []
        for f in sorted(figs, key=lambda f: f.metric != "killed"):
            noun = ("person", "people")
            parts.append(f"{w.num(f, noun)} {f.metric}")
        where = f"In {scope}, " if scope else "Nationwide, "
        sentences.append(f"{where}{_join(parts)}.")
    tail = f"From {articles} article{'s' if articles != 1 else ''}"
    tail += f" ({sources} independent source{'s' if sources != 1 else ''})"
    if conflicts:
        tail += f"; {conflicts} figure{'s' if conflicts != 1 else ''} disputed"
    sentences.append(tail + ".")
    return " ".join(sentences), tuple(w.refs)


# --------------------------------------------------------------------------- events
def build_event(
    attacker: Side | None,
    target: Side | None,
    date: dt.date,
    claims: Sequence[Claim],
    *,
    places: Iterable[str] = (),
    articles: Iterable[tuple[int, int]] = (),
    event_id: int | None = None,
) -> Event:
    """The event of one (attacker, target, date) from its claims.

    ``places`` are the places the reports name; ``articles`` the (article, source) pairs of
    every report, figures or not, so that articles and independent sources can be counted.
    """
    default_place = COUNTRY_NAME.get(target or "")
    groups: dict[tuple[str, str | None, str | None], list[Claim]] = {}
    # in an order the claims themselves give: the event is the same whatever order its
    # articles were stored in
    for c in sorted(claims, key=claim_order):
        place = c.place or default_place
        groups.setdefault((c.metric, c.weapon, place), []).append(c)
    figures: list[EventFigure] = []
    conflicts: list[Conflict] = []
    for (metric, weapon, place), group in groups.items():
        best, rule = _headline(group, metric, target)
        found = _conflicts(group, metric)
        for a, b, reason in found:
            conflicts.append(
                Conflict(
                    metric,
                    weapon,
                    place,
                    (a.figure_id, b.figure_id),
                    (_stated(a), _stated(b)),
                    reason,
                )
            )
        figures.append(
            EventFigure(
                metric=metric,
                weapon=weapon,
                place=place,
                value=best.value,
                qualifier=best.qualifier,
                claimant=best.claimant,
                rule=rule,
                headline_figure_id=best.figure_id,
                claims=tuple(sorted(group, key=claim_order)),
                conflict=bool(found),
                revisions=_revisions(group) if metric not in WEAPON_OUTCOMES else (),
                national=_is_national(place),
            )
        )
    figures.sort(
        key=lambda f: (
            not f.national,
            f.place or "",
            _METRIC_ORDER.get(f.metric, 99),
            WEAPON_ORDER.index(f.weapon) if f.weapon in WEAPON_ORDER else 99,
        )
    )
    pairs = set(articles) | {(c.article_id, c.source_id) for c in claims}
    n_articles = len({a for a, _ in pairs})
    n_sources = len({s for _, s in pairs})
    all_places = set(places) | {f.place for f in figures if f.place and not f.national}
    conflicted = sum(1 for f in figures if f.conflict)
    summary, refs = _summary(attacker, target, date, figures, conflicted, n_articles, n_sources)
    return Event(
        slug=event_slug(attacker, target, date),
        attacker=attacker,
        target=target,
        date=date,
        figures=tuple(figures),
        ledger=_ledger(figures),
        conflicts=tuple(conflicts),
        places=tuple(sorted(all_places)),
        articles=n_articles,
        sources=n_sources,
        summary=summary,
        summary_refs=refs,
        id=event_id,
    )


_METRIC_ORDER = {
    m: i
    for i, m in enumerate(
        ("launched", "intercepted", "suppressed", "hit", "killed", "injured", "hospitalized")
    )
}


def undated_target(published: dt.date | None, candidates: Collection[dt.date]) -> dt.date | None:
    """The event date an undated report belongs to, or None when that is not unambiguous.

    A report without a date joins an event of the same attacker and target only when exactly
    one such event falls on its article's publication day or the night before it. (The store
    first tries a surer rule: a syndicated copy joins the one event its dated copies are in.)
    ``candidates`` may be any collection; a set or dict is looked up, not scanned.
    """
    if published is None:
        return None
    days = (
        (published,) if published == dt.date.min else (published - dt.timedelta(days=1), published)
    )
    near = [d for d in days if d in candidates]
    return near[0] if len(near) == 1 else None
