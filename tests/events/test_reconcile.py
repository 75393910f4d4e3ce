"""Reconciliation rules on hand-made claims (no store involved)."""

from __future__ import annotations

import datetime as dt
import math
import re
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch.events.reconcile import build_event, event_slug, interval, undated_target
from strikewatch.models import Claim, Evidence

D = dt.date(2025, 3, 10)
_ids = count(1)


def claim(
    metric: str,
    value: int,
    *,
    weapon: str | None = "drone",
    qualifier: str = "exact",
    claimant: str | None = None,
    source: int | None = None,
    published: dt.date | None = D,
    place: str | None = "Ukraine",
) -> Claim:
    fid = next(_ids)
    art = fid
    return Claim(
        figure_id=fid,
        article_id=art,
        article_ref=f"a{art}",
        source_id=source if source is not None else art,
        outlet="Wire",
        published=published,
        metric=metric,
        weapon=None if metric in ("killed", "injured") else weapon,
        place=place,
        value=value,
        qualifier=qualifier,  # type: ignore[arg-type]
        claimant=claimant,
        evidence=Evidence(0, 4, "text"),
    )


def event(*claims: Claim) -> object:
    return build_event("RU", "UA", D, claims)


@pytest.mark.parametrize(
    ("value", "qualifier", "expected"),
    [
        (20, "exact", (20, 20)),
        (20, "at_least", (20, math.inf)),
        (20, "more_than", (21, math.inf)),
        (20, "up_to", (0, 20)),
        (100, "about", (90, 110)),
        (3, "about", (2, 4)),
    ],
)
def test_interval(value: int, qualifier: str, expected: tuple[float, float]) -> None:
    assert interval(value, qualifier) == expected


def test_slug() -> None:
    assert event_slug("RU", "UA", D) == "2025-03-10-RU-UA"
    assert event_slug(None, "UA", D) == "2025-03-10-XX-UA"


def test_official_claimant_is_the_headline_for_weapon_counts() -> None:
    later_unnamed = claim("launched", 90, published=D + dt.timedelta(days=1))
    official = claim("launched", 97, claimant="Ukrainian Air Force")
    other = claim("launched", 95, claimant="Kyiv mayor", published=D + dt.timedelta(days=1))
    ev = build_event("RU", "UA", D, [later_unnamed, official, other])
    (f,) = ev.figures
    assert (f.value, f.claimant) == (97, "Ukrainian Air Force")
    assert "official claimant" in f.rule
    assert len(f.claims) == 3


def test_russian_side_official_is_the_defence_ministry() -> None:
    mod = claim("intercepted", 40, claimant="Russian Defence Ministry")
    gov = claim("intercepted", 12, claimant="Kursk Oblast governor")
    ev = build_event("UA", "RU", D, [gov, mod])
    assert ev.figures[0].value == 40


def test_casualties_take_the_latest_report_and_keep_revisions() -> None:
    first = claim("injured", 2, place="Kharkiv")
    second = claim("injured", 5, place="Kharkiv", published=D + dt.timedelta(days=1))
    ev = build_event("RU", "UA", D, [second, first])
    (f,) = ev.figures
    assert f.value == 5
    assert [(r.published, r.value) for r in f.revisions] == [
        (D, 2),
        (D + dt.timedelta(days=1), 5),
    ]
    assert not f.conflict and not ev.conflicts
    assert not f.national


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (("intercepted", 20, "at_least"), ("intercepted", 23, "exact"), False),
        (("intercepted", 97, "exact"), ("intercepted", 98, "exact"), True),
        (("intercepted", 100, "about"), ("intercepted", 105, "exact"), False),
        (("intercepted", 50, "up_to"), ("intercepted", 60, "exact"), True),
        (("intercepted", 50, "more_than"), ("intercepted", 50, "exact"), True),
        (("launched", 40, "exact"), ("launched", 40, "exact"), False),
    ],
)
def test_conflicts_between_independent_sources(
    a: tuple[str, int, str], b: tuple[str, int, str], conflict: bool
) -> None:
    ev = build_event(
        "RU",
        "UA",
        D,
        [claim(a[0], a[1], qualifier=a[2]), claim(b[0], b[1], qualifier=b[2])],
    )
    assert ev.figures[0].conflict is conflict
    assert bool(ev.conflicts) is conflict


def test_syndicated_copies_are_not_independent() -> None:
    original = claim("intercepted", 97)
    copy = claim("intercepted", 98, source=original.article_id)
    ev = build_event("RU", "UA", D, [original, copy])
    assert not ev.conflicts
    assert ev.sources == 1 and ev.articles == 2


def test_a_falling_toll_is_a_conflict_a_rising_one_is_not() -> None:
    rise = build_event(
        "RU",
        "UA",
        D,
        [
            claim("killed", 3, place="Kyiv"),
            claim("killed", 7, place="Kyiv", published=D + dt.timedelta(days=1)),
        ],
    )
    assert not rise.conflicts
    fall = build_event(
        "RU",
        "UA",
        D,
        [
            claim("killed", 7, place="Kyiv"),
            claim("killed", 3, place="Kyiv", published=D + dt.timedelta(days=1)),
        ],
    )
    assert [c.values for c in fall.conflicts] == [("7", "3")]


def test_ledger_residual_and_inconsistency() -> None:
    ev = build_event(
        "RU",
        "UA",
        D,
        [claim("launched", 62), claim("intercepted", 33), claim("suppressed", 25)],
    )
    (row,) = ev.ledger
    assert (row.launched, row.intercepted, row.suppressed, row.hit) == (62, 33, 25, None)
    assert row.residual == 4 and not row.inconsistent
    bad = build_event("RU", "UA", D, [claim("launched", 20), claim("intercepted", 25)])
    assert bad.ledger[0].inconsistent and bad.ledger[0].residual == -5


def test_ledger_reads_qualifiers_generously() -> None:
    ev = build_event(
        "RU",
        "UA",
        D,
        [claim("launched", 20, qualifier="at_least"), claim("intercepted", 25)],
    )
    assert not ev.ledger[0].inconsistent


def test_summary_numbers_trace_to_claims() -> None:
    launched = claim("launched", 62, claimant="Ukrainian Air Force")
    shot = claim("intercepted", 33)
    hurt = claim("injured", 9, qualifier="at_least", place="Kyiv")
    ev = build_event("RU", "UA", D, [launched, shot, hurt])
    assert ev.summary.startswith("Russia attacked Ukraine on 10 March 2025 with 62 drones")
    assert "Ukrainian Air Force" in ev.summary
    assert "In Kyiv, at least 9 people injured." in ev.summary
    by_text = {r.text: r for r in ev.summary_refs}
    assert set(by_text) == {"62", "33", "at least 9"}
    assert by_text["62"].figure_ids == (launched.figure_id,)
    assert by_text["at least 9"].figure_ids == (hurt.figure_id,)
    # every number in the summary except dates and counts of articles is a traced figure
    numbers = set(re.findall(r"(?:at least |about |more than |up to )?\d+", ev.summary))
    assert {"62", "33", "at least 9"} <= numbers


def test_summary_of_an_event_without_figures() -> None:
    ev = build_event("UA", "RU", D, [], places=["Moscow"], articles=[(1, 1)])
    assert ev.summary == (
        "Ukraine attacked Russia on 10 March 2025. From 1 article (1 independent source)."
    )
    assert ev.places == ("Moscow",)


@pytest.mark.parametrize(
    ("published", "candidates", "expected"),
    [
        (D, [D], D),
        (D + dt.timedelta(days=1), [D], D),
        (D + dt.timedelta(days=2), [D], None),
        (D, [D, D - dt.timedelta(days=1)], None),
        (None, [D], None),
        (D, [], None),
    ],
)
def test_undated_reports_attach_only_when_unambiguous(
    published: dt.date | None, candidates: list[dt.date], expected: dt.date | None
) -> None:
    assert undated_target(published, candidates) == expected


def test_national_total_does_not_double_count_missile_subclasses() -> None:
    from strikewatch.events.reconcile import national_total

    ev = build_event(
        "RU",
        "UA",
        D,
        [
            claim("intercepted", 42, weapon="drone"),
            claim("intercepted", 104, weapon="missile"),
            claim("intercepted", 92, weapon="cruise_missile"),
            claim("intercepted", 7, weapon="ballistic_missile"),
            claim("launched", 12, weapon="cruise_missile"),
            claim("launched", 3, weapon="ballistic_missile"),
        ],
    )
    assert national_total(ev.figures, "intercepted") == 42 + 104
    assert national_total(ev.figures, "launched") == 15
    assert national_total(ev.figures, "hit") is None
    with_any = build_event(
        "RU", "UA", D, [claim("launched", 210, weapon="any"), claim("launched", 90)]
    )
    assert national_total(with_any.figures, "launched") == 210
    assert with_any.summary.startswith(
        "Russia attacked Ukraine on 10 March 2025 with 210 drones and missiles in all (90 drones)"
    )
    assert [r.residual for r in with_any.ledger] == [None, None]  # no outcome stated


def _all_conflicts(claims: list[Claim], metric: str) -> list[tuple[int, int, str]]:
    """Every disagreeing pair, as the rule was first written: all pairs of independent
    claims in publication order, each pair of stated values once."""
    from itertools import combinations

    from strikewatch.events.reconcile import WEAPON_OUTCOMES, _independent, _stated, claim_order

    indep = sorted(_independent(claims), key=claim_order)
    out, seen = [], set()
    for a, b in combinations(indep, 2):
        lo_a, hi_a = interval(a.value, a.qualifier)
        lo_b, hi_b = interval(b.value, b.qualifier)
        if metric in WEAPON_OUTCOMES:
            if not (hi_a < lo_b or hi_b < lo_a):
                continue
        elif not (hi_b < lo_a and claim_order(a)[0] <= claim_order(b)[0]):
            continue
        pair = tuple(sorted((_stated(a), _stated(b))))
        if pair not in seen:
            seen.add(pair)
            out.append((a.figure_id, b.figure_id, pair[0]))
    return out


_QUALIFIERS = st.sampled_from(["exact", "at_least", "more_than", "about", "up_to"])
_CLAIMS = st.lists(
    st.tuples(st.integers(0, 60), _QUALIFIERS, st.integers(0, 5), st.integers(0, 3)),
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(_CLAIMS, st.sampled_from(["intercepted", "injured"]))
def test_listed_conflicts_are_the_first_of_all_disagreeing_pairs(
    rows: list[tuple[int, str, int, int]], metric: str
) -> None:
    """The one-pass test for "any disagreement at all" and the cap on listed pairs change
    nothing but the length of the list: it is the start of the full one."""
    from strikewatch.events.reconcile import CONFLICT_PAIRS, _conflicts

    claims = [
        claim(metric, v, qualifier=q, source=src, published=D + dt.timedelta(days=day))
        for v, q, src, day in rows
    ]
    full = _all_conflicts(claims, metric)
    got = [(a.figure_id, b.figure_id) for a, b, _ in _conflicts(claims, metric)]
    assert got == [(a, b) for a, b, _ in full[:CONFLICT_PAIRS]]
    ev = build_event("RU", "UA", D, claims)
    flagged = any(f.conflict for f in ev.figures)  # type: ignore[attr-defined]
    assert flagged == bool(full)


def test_a_night_of_many_different_counts_lists_a_few_pairs_and_is_flagged() -> None:
    from strikewatch.events.reconcile import CONFLICT_PAIRS

    ev = build_event("RU", "UA", D, [claim("intercepted", 40 + k) for k in range(30)])
    assert [f.conflict for f in ev.figures] == [True]
    assert len(ev.conflicts) == CONFLICT_PAIRS
    assert ev.conflicts[0].values == ("40", "41")
