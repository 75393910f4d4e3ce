"""Output formats for extraction results: JSON lines (FORMAT.md section 2) and a rich table."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from rich.console import Console
from rich.table import Table

from strikewatch.models import ArticleResult


def json_line(result: ArticleResult) -> str:
    """One article's reports as one line of JSON."""
    return json.dumps(result.to_dict(), ensure_ascii=False)


def table(results: Iterable[ArticleResult], console: Console) -> None:
    """A readable table per article: one row per figure, grouped by report."""
    for result in results:
        t = Table(title=f"[bold]{result.id}[/bold]", title_justify="left", expand=False)
        for col in (
            "report",
            "metric",
            "weapon",
            "value",
            "qualifier",
            "place",
            "claimant",
            "evidence",
        ):
            t.add_column(col, overflow="fold", max_width=60 if col == "evidence" else None)
        if not result.reports:
            t.add_row("(no attack reported)", "", "", "", "", "", "", "")
        for r in result.reports:
            label = (
                f"{r.attacker or '?'}→{r.target or '?'} {r.date.isoformat() if r.date else 'date?'}"
            )
            if not r.figures:
                t.add_row(label, "(no figures)", "", "", "", ", ".join(r.places), "", "")
            for i, f in enumerate(r.figures):
                t.add_row(
                    label if i == 0 else "",
                    f.metric,
                    f.weapon or "",
                    str(f.value),
                    "" if f.qualifier == "exact" else f.qualifier.replace("_", " "),
                    f.place or "",
                    f.claimant or "",
                    f.evidence.text
                    if len(f.evidence.text) <= 160
                    else f.evidence.text[:157] + "...",
                )
        console.print(t)


def write_json_lines(results: Iterable[ArticleResult], out: IO[str]) -> None:
    for result in results:
        out.write(json_line(result) + "\n")
