"""Output formats: extraction results as JSON lines (FORMAT.md section 2) or rich tables, and
the events listing and event pages of the store as rich tables."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from strikewatch.models import ArticleResult, Event
from strikewatch.vocab import damage_name

if TYPE_CHECKING:
    from strikewatch.store.read import EventRow

EVIDENCE_WIDTH = 90


def json_line(result: ArticleResult) -> str:
    """One article's reports as one line of JSON."""
    return json.dumps(result.to_dict(), ensure_ascii=False)


def _short(text: str, width: int = EVIDENCE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(results: Iterable[ArticleResult], console: Console) -> None:
    """One table per report: a row per figure with its quote."""
    for result in results:
        if not result.reports:
            console.print(f"[bold]{result.id}[/bold]: no attack reported\n")
        for r in result.reports:
            date = r.date.isoformat() if r.date else "date unknown"
            title = f"[bold]{result.id}[/bold]  {r.attacker or '?'} → {r.target or '?'}  {date}"
            t = Table(title=title, title_justify="left", caption=", ".join(r.places) or None)
            for col in ("metric", "weapon", "value", "qualifier", "place", "claimant", "evidence"):
                t.add_column(col, overflow="fold", justify="right" if col == "value" else "left")
            if not r.figures:
                t.add_row("(no figures)", "", "", "", "", "", "")
            for f in r.figures:
                t.add_row(
                    f.metric,
                    f.weapon or "",
                    str(f.value),
                    "" if f.qualifier == "exact" else f.qualifier.replace("_", " "),
                    f.place or "",
                    f.claimant or "",
                    _short(f.evidence.text),
                )
            console.print(t)


# --------------------------------------------------------------------------- events
def _n(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _q(qualifier: str) -> str:
    return "" if qualifier == "exact" else qualifier.replace("_", " ")


def events_table(rows: Sequence[EventRow], console: Console, *, title: str = "Events") -> None:
    """The events listing: one line per night and attacker."""
    t = Table(title=title, title_justify="left")
    cols = ("id", "event", "launched", "intercepted", "suppressed", "hit", "killed", "injured")
    for col in (*cols, "articles", "sources", "flags", "places", "damage"):
        t.add_column(col, overflow="fold", justify="right" if col in cols[2:] else "left")
    for r in rows:
        flags = []
        if r.conflicts:
            flags.append(f"{r.conflicts} conflict{'s' if r.conflicts != 1 else ''}")
        if r.inconsistent:
            flags.append("ledger!")
        t.add_row(
            str(r.id),
            f"{r.date.isoformat()} {r.attacker or '?'}→{r.target or '?'}",
            _n(r.launched),
            _n(r.intercepted),
            _n(r.suppressed),
            _n(r.hit),
            _n(r.killed),
            _n(r.injured),
            str(r.articles),
            str(r.sources),
            ", ".join(flags),
            _short(", ".join(r.places), 50),
            _short(", ".join(damage_name(k) for k in r.damage), 40),
        )
    if not rows:
        t.caption = "no events: ingest articles with `strikewatch ingest PATH...`"
    console.print(t)


def event_detail(ev: Event, console: Console) -> None:
    """One event: summary, headline figures, ledger, conflicts and every claim with its quote."""
    console.print(
        f"[bold]Event {ev.id} · {ev.slug}[/bold]  {ev.attacker or '?'} → {ev.target or '?'}"
        f"  {ev.date.isoformat()}  ·  {ev.articles} articles, {ev.sources} independent sources"
    )
    if ev.places:
        console.print("Places: " + ", ".join(ev.places))
    console.print()
    console.print(ev.summary)
    console.print()
    t = Table(title="Figures", title_justify="left")
    for col in ("metric", "weapon", "place", "value", "qualifier", "claimant", "rule", "claims"):
        t.add_column(
            col, overflow="fold", justify="right" if col in ("value", "claims") else "left"
        )
    for f in ev.figures:
        style = "bold red" if f.conflict else None
        t.add_row(
            f.metric,
            f.weapon or "",
            f.place or "",
            _n(f.value),
            _q(f.qualifier),
            f.claimant or "",
            f.rule,
            str(len(f.claims)),
            style=style,
        )
    console.print(t)
    if ev.ledger:
        lt = Table(title="Outcome ledger", title_justify="left")
        for col in ("weapon", "launched", "intercepted", "suppressed", "hit", "residual", ""):
            lt.add_column(col, justify="left" if col == "weapon" else "right")
        for row in ev.ledger:
            lt.add_row(
                row.weapon,
                _n(row.launched),
                _n(row.intercepted),
                _n(row.suppressed),
                _n(row.hit),
                _n(row.residual),
                "[bold red]outcomes exceed launches[/]" if row.inconsistent else "",
            )
        console.print(lt)
    if ev.conflicts:
        console.print("[bold red]Conflicts[/]")
        for conflict in ev.conflicts:
            what = " ".join(
                x for x in (conflict.metric, conflict.weapon or "", conflict.place or "") if x
            )
            console.print(
                f"  {what}: {conflict.values[0]} vs {conflict.values[1]} ({conflict.reason})"
            )
    for f in ev.figures:
        revs = " → ".join(
            f"{_q(r.qualifier)} {r.value} ({r.published or '?'})".strip() for r in f.revisions
        )
        if revs:
            console.print(f"Revisions of {f.metric} at {f.place}: {revs}")
    ct = Table(title="Claims", title_justify="left")
    for col in ("figure", "value", "claimant", "outlet", "published", "article", "quote"):
        ct.add_column(col, overflow="fold", justify="right" if col == "value" else "left")
    for f in ev.figures:
        label = " ".join(x for x in (f.metric, f.weapon or "", f.place or "") if x)
        for c in f.claims:
            ct.add_row(
                label,
                f"{_q(c.qualifier)} {c.value:,}".strip(),
                c.claimant or "",
                c.outlet or "",
                c.published.isoformat() if c.published else "",
                c.article_ref,
                _short(c.evidence.text, 70),
            )
    console.print(ct)
    if ev.damage:
        dt_ = Table(title="What was hit", title_justify="left")
        for col in ("kind", "place", "count", "claimant", "outlet", "article", "quote"):
            dt_.add_column(col, overflow="fold", justify="right" if col == "count" else "left")
        for d in ev.damage:
            kind = damage_name(d.kind) + (f" ({damage_name(d.detail)})" if d.detail else "")
            for dc in d.claims:
                dt_.add_row(
                    kind,
                    d.place or "",
                    _n(dc.count),
                    dc.claimant or "",
                    dc.outlet or "",
                    dc.article_ref,
                    _short(dc.evidence.text, 70),
                )
        console.print(dt_)
