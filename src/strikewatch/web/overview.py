"""The data of the overview page and of ``/api/overview``: one attacking side at a time
(Russia by default), over a date range of the store, in bars of one night for a short range
and of a week or a month for longer ones, each bar linking to its events."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from strikewatch.store import Store, dashboard
from strikewatch.store import read as queries

DEFAULT_DAYS = 366  # the default range: the year up to the direction's latest event
DAILY_UP_TO = 120  # nights: a longer range is drawn in weeks
WEEKLY_UP_TO = 1100  # nights: a longer range is drawn in months
SUMMED = ("launched", "intercepted", "suppressed", "hit", "killed", "injured")
GRAIN_WORDS = {"day": "night", "week": "week", "month": "month"}


def overview(
    st: Store,
    since: dt.date | None,
    until: dt.date | None,
    attacker: str | None = None,
    damage: str | None = None,
) -> dict[str, Any]:
    """The bars from ``since`` to ``until`` of ``attacker``'s attacks (RU when None), the
    store's date range for that side and the largest attacks of the 90 days up to the end.
    With ``damage`` (a kind of object, docs/damage.md), each bar also counts its nights on
    which an attack hit that kind (``hit_nights``) and links to those events."""
    side = attacker or "RU"
    whole = dashboard.date_range(st, attacker=side)
    start, end = _range(whole, since, until)
    days = queries.daily_stats(st, since=start, until=end, attacker=side) if start else []
    grain = _grain(start, end)
    nights = dashboard.night_events(st, since=start, until=end, attacker=side) if start else {}
    largest: list[dict[str, Any]] = []
    if end is not None:
        largest = [
            r.to_dict()
            for r in st.list_events(
                since=_days_before(end, 90), until=end, attacker=side, sort="launched", limit=10
            )
            if r.launched
        ]
    out: dict[str, Any] = {
        "attacker": side,
        "since": start.isoformat() if start else None,
        "until": end.isoformat() if end else None,
        "first": whole[0].isoformat() if whole else None,
        "last": whole[1].isoformat() if whole else None,
        "grain": grain,
        "unit": GRAIN_WORDS[grain],
        "days": days,
        "bars": _bars(days, nights, start, end, grain, side) if start and end else [],
        "largest": largest,
        "damage": damage,
    }
    if damage and start and end:
        hit = dashboard.nights_hitting(st, damage, since=start, until=end, attacker=side)
        for bar in out["bars"]:
            lo, hi = dt.date.fromisoformat(bar["start"]), dt.date.fromisoformat(bar["end"])
            bar["hit_nights"] = sum(1 for d in hit if lo <= d <= hi)
            query = {"since": bar["start"], "until": bar["end"], "attacker": side, "damage": damage}
            bar["hit_link"] = "/events?" + urlencode(query) if bar["hit_nights"] else None
        out["hit_nights"] = len(hit)
    return out


def _range(
    whole: tuple[dt.date, dt.date] | None, since: dt.date | None, until: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The range shown: the dates given, else the year up to the last event, cut to the
    nights the store has."""
    if whole is None:
        return since, until
    first, last = whole
    end = until or last
    start = since or max(first, _days_before(min(end, last), DEFAULT_DAYS - 1))
    if until is None and since is not None and since > last:
        end = since
    return start, end


def _grain(start: dt.date | None, end: dt.date | None) -> str:
    if start is None or end is None:
        return "day"
    span = (end - start).days + 1
    return "day" if span <= DAILY_UP_TO else "week" if span <= WEEKLY_UP_TO else "month"


def _period(day: dt.date, grain: str) -> dt.date:
    """The first night of the bar holding ``day``."""
    if grain == "week":
        return day - dt.timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    return day


def _next(start: dt.date, grain: str) -> dt.date:
    if grain == "week":
        return start + dt.timedelta(days=7)
    if grain == "month":
        return (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return start + dt.timedelta(days=1)


def _add(total: int | None, value: int | None) -> int | None:
    return total if value is None else (total or 0) + value


def _bars(
    days: list[dict[str, Any]],
    nights: dict[str, list[str]],
    start: dt.date,
    end: dt.date,
    grain: str,
    side: str,
) -> list[dict[str, Any]]:
    """Every bar from ``start`` to ``end`` (a quiet one too, with null values: no bar is
    ever a made-up zero), with its sums, the sums of each weapon class and its link."""
    by_period: dict[dt.date, list[dict[str, Any]]] = {}
    for d in days:
        by_period.setdefault(_period(dt.date.fromisoformat(d["date"]), grain), []).append(d)
    out: list[dict[str, Any]] = []
    cur = _period(start, grain)
    while cur <= end and len(out) < 5000:
        try:
            nxt = _next(cur, grain)
        except OverflowError:  # the bar holding the last date Python can represent
            nxt = dt.date.max
        last = min(nxt - dt.timedelta(days=1), end) if nxt != dt.date.max else end
        first = max(cur, start)
        bar: dict[str, Any] = {"start": first.isoformat(), "end": last.isoformat()}
        bar.update({k: None for k in SUMMED})
        bar["events"], bar["by_weapon"] = 0, {}
        for d in by_period.get(cur, []):
            bar["events"] += d["events"]
            for k in SUMMED:
                bar[k] = _add(bar[k], d[k])
            for weapon, values in d["by_weapon"].items():
                mine = bar["by_weapon"].setdefault(weapon, {})
                for metric, v in values.items():
                    mine[metric] = _add(mine.get(metric), v)
        bar["link"] = _link(first, last, side, nights) if bar["events"] else None
        out.append(bar)
        if nxt == dt.date.max:
            break
        cur = nxt
    return out


def _link(first: dt.date, last: dt.date, side: str, nights: dict[str, list[str]]) -> str:
    """The page of a bar's one event, else the events list of its nights."""
    lo, hi = first.isoformat(), last.isoformat()
    slugs = [s for d, ss in nights.items() if lo <= d <= hi for s in ss]
    if len(slugs) == 1:
        return f"/events/{slugs[0]}"
    query = {"since": first.isoformat(), "until": last.isoformat(), "attacker": side}
    return "/events?" + urlencode(query)


def _days_before(day: dt.date, days: int) -> dt.date:
    """``day`` less ``days``, but never before the first date Python can represent."""
    return day - dt.timedelta(days=min(days, (day - dt.date.min).days))
