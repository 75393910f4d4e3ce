"""Output formats for extraction results: JSON lines (FORMAT.md section 2) and rich tables."""

from __future__ import annotations

import json
from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from strikewatch.models import ArticleResult

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
