"""The ``strikewatch`` command. Each command parses options, calls one library function
and formats its output; errors become one line on standard error, never a traceback.

Exit status: 0 success; 1 some inputs could not be read (they are named on stderr, the
rest were processed) or scores fell below the baseline floors; 2 usage errors and
errors that stop the whole command (missing gold directory, malformed baseline file).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from strikewatch import __version__
from strikewatch.cli import render
from strikewatch.errors import InputError, StrikeWatchError
from strikewatch.evaluation import gate
from strikewatch.evaluation.score import format_text, load_gold_dir, score, with_damage
from strikewatch.lang import skipped_note
from strikewatch.models import Article, ArticleResult
from strikewatch.sources.files import parse_date, read_inputs
from strikewatch.vocab import DAMAGE_KINDS

EXIT_OK, EXIT_INPUT, EXIT_FATAL = 0, 1, 2


def _err(message: str) -> None:
    click.echo(f"strikewatch: {message}", err=True)


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date such as 2024-10-19") from None


class _Inputs:
    """Iterates the articles of the given paths, printing unreadable inputs as it goes."""

    def __init__(self, paths: tuple[str, ...], published: dt.date | None):
        self.paths = paths
        self.published = published
        self.failed = 0

    def __iter__(self) -> Iterator[Article]:
        for item in read_inputs(list(self.paths), published=self.published):
            if isinstance(item, InputError):
                self.failed += 1
                _err(str(item))
            else:
                yield item


class _Fatal(click.ClickException):
    exit_code = EXIT_FATAL

    def show(self, file: object = None) -> None:
        _err(self.message)


class _Group(click.Group):
    """Turns every StrikeWatchError, and a failure to write (a full disk, a closed pipe),
    into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except StrikeWatchError as err:
            raise _Fatal(str(err)) from None
        except OSError as err:
            _quiet_stdout()  # what is left in its buffer cannot be written either
            name = f" {err.filename}" if err.filename else ""
            raise _Fatal(f"cannot write{name}: {err.strerror or err}") from None


def _quiet_stdout() -> None:
    """Points standard output at /dev/null, so that Python's last flush at exit does not
    fail a second time with a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="strikewatch")
def main() -> None:
    """StrikeWatch: source-cited figures about drone and missile strikes from news text."""


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default=None,
    help="json: one object per article (JSONL, FORMAT.md section 2); table: readable. "
    "Default: table on a terminal, json otherwise.",
)
@click.option(
    "--published",
    callback=_date_option,
    metavar="DATE",
    help="Publication date (ISO) for inputs that do not carry one.",
)
def extract_cmd(paths: tuple[str, ...], fmt: str | None, published: dt.date | None) -> None:
    """Extract strike reports from articles.

    PATHS are .txt, .json, .jsonl or .html files, directories (read recursively), or -
    for standard input. Unreadable inputs are named on stderr and skipped; the exit
    status is then 1.
    """
    from strikewatch.extraction.engine import extract  # here: the store commands start faster

    inputs = _Inputs(paths, published)
    by_lang: Counter[str | None] = Counter()

    def results() -> Iterator[ArticleResult]:
        for a in inputs:
            r = extract(a)
            by_lang[r.lang] += 1
            for note in r.notes:  # what was left out, and why
                _err(f"{r.id}: {note}")
            yield r

    if (fmt or ("table" if sys.stdout.isatty() else "json")) == "table":
        render.table(results(), Console(width=None if sys.stdout.isatty() else 160))
    else:
        out = sys.stdout
        for r in results():
            out.write(render.json_line(r) + "\n")
            out.flush()
    if note := skipped_note(by_lang):
        click.echo(f"strikewatch: {note}", err=True)
    sys.exit(EXIT_INPUT if inputs.failed else EXIT_OK)


@main.command("evaluate")
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Directory of gold *.json files.",
)
@click.option(
    "--articles",
    "articles",
    required=True,
    type=click.Path(path_type=Path),
    help="Directory (or file) of articles.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores and fact lists as JSON.")
@click.option(
    "--no-diffs", is_flag=True, help="Only the headline scores, not the missed and extra facts."
)
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Fail (exit 1) when a score falls below the floors pinned in this file.",
)
@click.option(
    "--corpus", default="dev", show_default=True, help="Name of this corpus in the baseline file."
)
@click.option(
    "--raise-floors",
    is_flag=True,
    help="With --baseline: move the floors up to the current scores (never down).",
)
@click.option(
    "--damage-gold",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="What was hit, kept beside gold files that are not ours to edit (docs/damage.md).",
)
def evaluate_cmd(
    gold_dir: Path,
    articles: Path,
    as_json: bool,
    no_diffs: bool,
    baseline: Path | None,
    corpus: str,
    raise_floors: bool,
    damage_gold: Path | None,
) -> None:
    """Score the extractor against gold annotations (FORMAT.md section 5)."""
    from strikewatch.extraction.engine import extract

    gold = load_gold_dir(gold_dir)
    if damage_gold is not None:
        gold = with_damage(gold, damage_gold)
    inputs = _Inputs((str(articles),), None)
    predicted = {r.id: r.to_dict() for r in (extract(a) for a in inputs)}
    result = score(gold, predicted)
    if as_json:
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(format_text(result, show_diffs=not no_diffs))
    status = EXIT_INPUT if inputs.failed else EXIT_OK
    if baseline is not None:
        if raise_floors:
            raised = gate.raise_floors(baseline, corpus, result)
            _err(f"floors for {corpus!r} now {raised}")
        floors = gate.load(baseline).get(corpus)
        if floors is None:
            raise StrikeWatchError(
                f"no floors for corpus {corpus!r}",
                where=str(baseline),
                hint="run with --raise-floors once",
            )
        failures = gate.check(result, floors)
        for f in failures:
            _err(f"gate: {f}")
        if failures:
            status = EXIT_INPUT
    sys.exit(status)


# --------------------------------------------------------------------------- the store
_db_option = click.option(
    "--db",
    "db",
    metavar="URL",
    envvar="STRIKEWATCH_DB",
    show_envvar=True,
    help="SQLite path or database URL (postgresql+psycopg://user@host/db). "
    "Default: ./strikewatch.db.",
)


def _want_table(fmt: str | None) -> bool:
    return (fmt or ("table" if sys.stdout.isatty() else "json")) == "table"


@main.command("ingest")
@click.argument("paths", nargs=-1)
@_db_option
@click.option(
    "--reports",
    "reports_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Load the output of `strikewatch batch --out DIR` instead of reading articles.",
)
@click.option("--published", callback=_date_option, metavar="DATE", help="As for extract.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=1000,  # ingest.BATCH_SIZE (kept equal by a test; cli imports ingest lazily)
    show_default=True,
    help="Articles per transaction.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar (default: on a terminal).",
)
def ingest_cmd(
    paths: tuple[str, ...],
    db: str | None,
    reports_dir: Path | None,
    published: dt.date | None,
    batch_size: int,
    progress: bool | None,
) -> None:
    """Extract articles and store them, then rebuild the events they touch.

    Reads what extract reads, or with --reports the Parquet output of a batch run. The same
    article twice is stored once; syndicated copies are linked to their original.
    Unreadable inputs are named on stderr (exit status 1); the rest are stored.
    """
    if bool(paths) == bool(reports_dir):
        raise click.UsageError("give PATH... to read articles, or --reports DIR, not both")
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from strikewatch.store import open_store
    from strikewatch.store.ingest import ingest

    store = open_store(db)
    show = sys.stderr.isatty() if progress is None else progress
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} articles"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not show,
        transient=False,
    ) as bar:
        task = bar.add_task("ingesting", total=None)
        if reports_dir is not None:
            from strikewatch.batch.run import load_output

            items: Iterator[Any] = load_output(reports_dir)
        else:
            items = read_inputs(list(paths), published=published)
        stats = ingest(
            store,
            items,
            batch_size=batch_size,
            on_error=lambda e: (
                bar.console.print(f"strikewatch: {e}", markup=False, highlight=False)
                if show
                else _err(str(e))
            ),
            on_progress=lambda n: bar.update(task, completed=n),
            on_reconcile=lambda: bar.update(task, description="reconciling"),
        )
        bar.update(task, description="done", total=stats.read, completed=stats.read)
    store.close()
    click.echo(
        f"{stats.read:,} articles read, {stats.stored:,} stored "
        f"({stats.syndicated:,} syndicated copies), {stats.duplicates:,} already stored, "
        f"{stats.failed:,} unreadable; {stats.reports:,} reports, {stats.figures:,} figures; "
        f"{stats.events:,} events rebuilt in {stats.seconds:.1f} s"
    )
    sys.exit(EXIT_INPUT if stats.failed else EXIT_OK)


_format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default=None,
    help="Default: table on a terminal, json otherwise.",
)


@main.command("events")
@_db_option
@click.option("--since", callback=_date_option, metavar="DATE", help="First date (ISO).")
@click.option("--until", callback=_date_option, metavar="DATE", help="Last date (ISO).")
@click.option("--attacker", type=click.Choice(["RU", "UA"], case_sensitive=False))
@click.option("--target", type=click.Choice(["RU", "UA"], case_sensitive=False))
@click.option("--place", help="A place or anything inside it (Kyiv Oblast, Kiev, Odesa...).")
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="Newest N events; 0 for all.",
)
@click.option(
    "--damage",
    type=click.Choice(DAMAGE_KINDS),
    help="Events that hit this kind of object (docs/damage.md).",
)
@click.option(
    "--unassigned", is_flag=True, help="List the undated reports that belong to no event."
)
@_format_option
def events_cmd(
    db: str | None,
    since: dt.date | None,
    until: dt.date | None,
    attacker: str | None,
    target: str | None,
    place: str | None,
    limit: int,
    damage: str | None,
    unassigned: bool,
    fmt: str | None,
) -> None:
    """List reconciled events (one per attacker, target and night), newest first."""
    from strikewatch.store import open_store

    with open_store(db) as store:
        if unassigned:
            items = store.unassigned_reports()
            if _want_table(fmt):
                for item in items:
                    click.echo(
                        f"report {item['report']}: "
                        f"{item['attacker'] or '?'}→{item['target'] or '?'}"
                        f", {item['figures']} figures, article {item['article']}"
                        f" ({item['outlet'] or 'unknown outlet'},"
                        f" published {item['published'] or 'unknown'})"
                    )
                if not items:
                    click.echo("every report belongs to an event")
            else:
                for item in items:
                    click.echo(json.dumps(item, ensure_ascii=False))
            return
        rows = store.list_events(
            since=since,
            until=until,
            attacker=attacker,
            target=target,
            place=place,
            damage=damage,
            limit=limit or None,
        )
    if _want_table(fmt):
        render.events_table(rows, Console(width=None if sys.stdout.isatty() else 200))
    else:
        for r in rows:
            click.echo(json.dumps(r.to_dict(), ensure_ascii=False))


@main.command("show")
@click.argument("event")
@_db_option
@_format_option
def show_cmd(event: str, db: str | None, fmt: str | None) -> None:
    """One event (id or slug such as 2024-09-12-RU-UA): figures, claims with quotes and
    outlets, conflicts, outcome ledger and summary."""
    from strikewatch.store import open_store

    with open_store(db) as store:
        ev = store.get_event(event)
    if _want_table(fmt):
        render.event_detail(ev, Console(width=None if sys.stdout.isatty() else 200))
    else:
        click.echo(json.dumps(ev.to_dict(), ensure_ascii=False, indent=2))


@main.command("export")
@_db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "geojson", "parquet", "acled"]),
    required=True,
    help="csv: a row per event figure; jsonl: an event a line with its claims; geojson: a "
    "point per event place; parquet: the csv rows; acled: ACLED-style rows per place.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (required for parquet). Default: standard output.",
)
def export_cmd(db: str | None, fmt: str, out: Path | None) -> None:
    """Export every event."""
    from strikewatch.events.export import export
    from strikewatch.store import open_store

    with open_store(db) as store:
        if fmt == "parquet" or out is None:
            n = export(store, fmt, out=None if fmt == "parquet" else sys.stdout, path=out)
        else:
            try:
                with out.open("w", encoding="utf-8", newline="") as fh:
                    n = export(store, fmt, out=fh)
            except OSError as err:
                raise StrikeWatchError(
                    f"cannot write: {err.strerror}", where=str(out), hint="choose another --out"
                ) from None
    if out is not None:
        _err(f"{n:,} rows written to {out}")


@main.command("serve")
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--ingest-token",
    metavar="TOKEN",
    envvar="STRIKEWATCH_INGEST_TOKEN",
    help="Enable POST /api/articles for requests bearing this token (read-only without).",
)
def serve_cmd(db: str | None, host: str, port: int, ingest_token: str | None) -> None:
    """Serve the dashboard and the JSON API for a store (read-only by default)."""
    import uvicorn

    from strikewatch.web import create_app

    app = create_app(db, ingest_token=ingest_token)
    shown = f"[{host}]" if ":" in host else host
    click.echo(
        f"StrikeWatch dashboard on http://{shown}:{port}/  (API: /openapi.json; Ctrl-C stops)"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Output directory (Parquet; rerunning skips finished shards).",
)
@click.option(
    "--scheduler", metavar="ADDRESS", help="Join a running Dask cluster (tcp://host:8786)."
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Worker processes of the local cluster (without --scheduler).",
)
@click.option("--progress/--no-progress", default=None, help="Default: on a terminal.")
def batch_cmd(
    inputs: tuple[str, ...],
    out_dir: Path,
    scheduler: str | None,
    workers: int,
    progress: bool | None,
) -> None:
    """Extract archive-sized inputs on Dask: JSONL(.gz) and WARC(.gz) shards -> Parquet.

    Each shard is one partition. Corrupt shards and records are logged to OUT/errors/ with
    their location; the rest continues. Load the result with `ingest --reports OUT`.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from strikewatch.batch.run import run

    show = sys.stderr.isatty() if progress is None else progress
    with Progress(
        "shards",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=not show,
    ) as bar:
        task = bar.add_task("shards", total=None)
        stats = run(
            list(inputs),
            out_dir,
            scheduler=scheduler,
            workers=workers,
            on_start=lambda n: bar.update(task, total=n),
            on_shard=lambda s: bar.advance(task),
        )
    peak = max(stats.peak_rss_mb.values(), default=0.0)
    click.echo(
        f"{stats.shards} shards ({stats.skipped} already done): {stats.records:,} records, "
        f"{stats.candidates:,} past the prefilter, {stats.articles:,} with reports, "
        f"{stats.reports:,} reports, {stats.figures:,} figures in {stats.seconds:.1f} s; "
        f"peak worker memory {peak:.0f} MB"
    )
    if stats.errors:
        _err(f"{stats.errors:,} corrupt records or shards logged in {out_dir / 'errors'}")
    earlier = _logged_errors(out_dir) if not stats.errors else 0
    if earlier:  # a resumed run: the shards it skipped had errors the first time
        _err(f"{earlier:,} error logs from an earlier run remain in {out_dir / 'errors'}")
    sys.exit(EXIT_INPUT if stats.errors or earlier else EXIT_OK)


def _logged_errors(out_dir: Path) -> int:
    """How many error logs (non-empty files) a batch output folder holds."""
    folder = out_dir / "errors"
    if not folder.is_dir():
        return 0
    return sum(1 for p in folder.iterdir() if p.is_file() and p.stat().st_size > 0)


@main.command("follow")
@click.argument("config_file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@_db_option
@click.option("--once", is_flag=True, help="One round, then exit (for cron and tests).")
@click.option(
    "--every", metavar="DURATION", help="Time between rounds (90s, 10m, 1h). Default: 10m."
)
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="An RSS or Atom feed.")
@click.option("--telegram", multiple=True, metavar="CHANNEL", help="A public Telegram channel.")
@click.option("--page", "pages", multiple=True, metavar="URL", help="A web page.")
def follow_cmd(
    config_file: Path | None,
    db: str | None,
    once: bool,
    every: str | None,
    feeds: tuple[str, ...],
    telegram: tuple[str, ...],
    pages: tuple[str, ...],
) -> None:
    """Follow news feeds, Telegram channels and web pages: store what is new, every round.

    Sources come from CONFIG_FILE (TOML, docs/follow.md) and from --feed, --telegram and
    --page; with neither, from the default list of official channels and major outlets.
    SIGINT or SIGTERM stops between items; what is stored stays, and the next run resumes.
    Exit status 1 when a source of the (last) round failed.
    """
    import signal
    import threading
    from dataclasses import replace

    from strikewatch.sources import config as follow_config
    from strikewatch.sources.follow import RoundStats, SourcePoll, follow
    from strikewatch.store import open_store

    defaults = follow_config.load_config(None)
    conf = follow_config.load_config(config_file) if config_file else defaults
    named = follow_config.with_sources(
        conf, feeds=feeds, telegram=telegram, pages=pages, known=defaults.sources
    ).sources
    if named:
        base = conf.sources if config_file else ()
        conf = replace(conf, sources=base + tuple(s for s in named if s not in base))
    if every:
        conf = replace(conf, every=follow_config.parse_duration(every))
    if not conf.sources:
        raise click.UsageError("no sources: give a sources file, --feed, --telegram or --page")

    stopping = threading.Event()
    old = {int(sig): signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def on_signal(signum: int, frame: object) -> None:
        stopping.set()
        _err("stopping after the current item (again to abort)")
        signal.signal(signum, old[signum])

    for sig in old:
        signal.signal(sig, on_signal)
    last: list[RoundStats] = []

    def on_poll(p: SourcePoll) -> None:
        name = f"{p.source.info.kind} {p.source.info.address}"
        if p.error:
            _err(f"{name}: {p.error}")
        elif p.items or p.unreadable:
            click.echo(
                f"{name}: {p.items} new or edited, {p.stored} stored "
                f"({p.revised} revisions), {p.unreadable} unreadable"
            )

    def on_round(stats: RoundStats) -> None:
        last[:] = [stats]
        waiting = sum(1 for p in stats.polls if p.waiting)
        click.echo(
            f"round: {len(stats.polls) - waiting} sources polled ({stats.failed} failed, "
            f"{waiting} backing off), {stats.stored:,} articles stored; {stats.requests:,} "
            f"requests ({stats.conditional:,} conditional); {stats.events:,} events rebuilt "
            f"in {stats.seconds:.1f} s" + (" (stopped)" if stats.stopped else "")
        )

    try:
        with open_store(db) as store:
            follow(store, conf, once=once, stop=stopping.is_set, on_round=on_round, on_poll=on_poll)
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)
    sys.exit(EXIT_INPUT if last and last[0].failed else EXIT_OK)


@main.command("sources")
@_db_option
@_format_option
def sources_cmd(db: str | None, fmt: str | None) -> None:
    """The sources `follow` polls, with their state: last and next poll, newest item seen,
    validators, consecutive failures and the last error."""
    from strikewatch.store import open_store

    with open_store(db) as store:
        states = store.list_sources()
    if not _want_table(fmt):
        for s in states:
            click.echo(json.dumps(s.to_dict(), ensure_ascii=False))
        return
    for s in states:
        i = s.info
        health = f"{s.failures} failures: {s.last_error}" if s.failures else "ok"
        click.echo(
            f"{i.kind:8} {i.address}  {s.n_items:,} articles, last poll {s.last_poll or 'never'}"
            f", newest {s.last_seen or '-'}, {health}"
            + (f", claimant {i.claimant}" if i.claimant else "")
        )
    if not states:
        click.echo("no sources followed yet (strikewatch follow)")
