"""Archive-sized batch runs on Dask: one partition per shard, the same pure ``extract`` per
article, Parquet out.

:func:`process_shard` is the partition function. It streams a shard
(``shards.shard_records``), skips pages the prefilter rejects, extracts the rest, and writes
into the output directory:

- ``articles/<key>.parquet``: the articles that hold reports, with their text;
- ``reports/<key>.parquet`` and ``figures/<key>.parquet``, the figures with evidence;
- ``errors/<key>.jsonl``: one line per corrupt record or shard, with its location;
- ``done/<key>.json``: the shard's counts, written last.

Each file is written under a temporary name and renamed, so a killed run leaves no
half-written output, and a rerun skips every shard that has its ``done`` file (:func:`run`).
``<key>`` names the shard by its path, size and modification time.

:func:`run` builds a Dask bag over the shards that are not done, one partition per shard, and
computes it on a LocalCluster of worker processes, or on any running cluster given its
scheduler address.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import resource
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from strikewatch.errors import InputError, StrikeWatchError
from strikewatch.extraction.engine import extract
from strikewatch.models import Article, Evidence, Figure, Report
from strikewatch.sources.shards import Record, find_shards, shard_records

__all__ = [
    "BatchStats",
    "load_output",
    "process_shard",
    "run",
    "shard_key",
]

ARTICLE_COLUMNS = ("article", "shard", "location", "url", "source", "title", "published", "text")
REPORT_COLUMNS = ("article", "report", "attacker", "target", "date", "places")
FIGURE_COLUMNS = (
    "article",
    "report",
    "metric",
    "weapon",
    "value",
    "qualifier",
    "place",
    "claimant",
    "start",
    "end",
    "evidence",
)


def shard_key(path: Path) -> str:
    """A stable name for a shard's output: its stem and a hash of path, size and mtime."""
    st = path.stat()
    digest = hashlib.sha1(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()
    return f"{path.name.split('.')[0]}-{digest[:12]}"


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    return {
        "articles": pa.schema(
            [
                ("article", pa.string()),
                ("shard", pa.string()),
                ("location", pa.string()),
                ("url", pa.string()),
                ("source", pa.string()),
                ("title", pa.string()),
                ("published", pa.date32()),
                ("text", pa.large_string()),
            ]
        ),
        "reports": pa.schema(
            [
                ("article", pa.string()),
                ("report", pa.int32()),
                ("attacker", pa.string()),
                ("target", pa.string()),
                ("date", pa.date32()),
                ("places", pa.list_(pa.string())),
            ]
        ),
        "figures": pa.schema(
            [
                ("article", pa.string()),
                ("report", pa.int32()),
                ("metric", pa.string()),
                ("weapon", pa.string()),
                ("value", pa.int64()),
                ("qualifier", pa.string()),
                ("place", pa.string()),
                ("claimant", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("evidence", pa.large_string()),
            ]
        ),
    }


def _write_parquet(rows: list[dict[str, Any]], schema: Any, dest: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, dest)


def _write_text(text: str, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, dest)


def warm_up() -> int:
    """Loads the gazetteer and compiles every pattern in this process (run on each worker
    before the first shard); returns the process id."""
    extract(Article(text="Russia launched 2 drones at Kyiv overnight; one was shot down."))
    return os.getpid()


def _quiet_worker_log() -> None:
    """Run on each worker of a LocalCluster before it is closed."""
    logging.getLogger("distributed.worker").setLevel(logging.CRITICAL)


def _guarded_records(path: Path) -> Iterator[Record]:
    """The shard's records; should a reader library fail in a way ``shard_records`` does not
    foresee, the failure is the shard's last logged error instead of the end of the run."""
    try:
        yield from shard_records(path)
    except Exception as err:
        yield (
            str(path),
            InputError(
                f"unexpected {type(err).__name__} ({err}), stopped reading", where=str(path)
            ),
        )


def process_shard(shard: str, out_dir: str) -> dict[str, Any]:
    """Extracts every candidate article of one shard and writes its Parquet files; returns
    the shard's counts (also written to ``done/<key>.json``)."""
    t0 = time.perf_counter()
    path = Path(shard)
    key = shard_key(path)
    out = Path(out_dir)
    arts: list[dict[str, Any]] = []
    reps: list[dict[str, Any]] = []
    figs: list[dict[str, Any]] = []
    errors: list[str] = []
    records = candidates = 0
    seen: set[str] = set()
    for location, item in _guarded_records(path):
        if isinstance(item, InputError):
            errors.append(json.dumps({"location": location, "error": str(item)}))
            continue
        records += 1
        if item is None:
            continue
        candidates += 1
        result = extract(item)
        if not result.reports:
            continue
        aid = item.id or location
        if aid in seen:  # ids must be unique in the output; fall back to the location
            aid = location
        seen.add(aid)
        arts.append(
            {
                "article": aid,
                "shard": str(path),
                "location": location,
                "url": item.url,
                "source": item.source,
                "title": item.title,
                "published": item.published,
                "text": item.text,
            }
        )
        for k, r in enumerate(result.reports):
            reps.append(
                {
                    "article": aid,
                    "report": k,
                    "attacker": r.attacker,
                    "target": r.target,
                    "date": r.date,
                    "places": list(r.places),
                }
            )
            figs.extend(
                {
                    "article": aid,
                    "report": k,
                    "metric": f.metric,
                    "weapon": f.weapon,
                    "value": f.value,
                    "qualifier": f.qualifier,
                    "place": f.place,
                    "claimant": f.claimant,
                    "start": f.evidence.start,
                    "end": f.evidence.end,
                    "evidence": f.evidence.text,
                }
                for f in r.figures
            )
    schemas = _schemas()
    _write_parquet(arts, schemas["articles"], out / "articles" / f"{key}.parquet")
    _write_parquet(reps, schemas["reports"], out / "reports" / f"{key}.parquet")
    _write_parquet(figs, schemas["figures"], out / "figures" / f"{key}.parquet")
    if errors:
        _write_text("\n".join(errors) + "\n", out / "errors" / f"{key}.jsonl")
    stats = {
        "shard": str(path),
        "key": key,
        "records": records,
        "candidates": candidates,
        "articles": len(arts),
        "reports": len(reps),
        "figures": len(figs),
        "errors": len(errors),
        "seconds": time.perf_counter() - t0,
        "worker_pid": os.getpid(),
        "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    _write_text(json.dumps(stats), out / "done" / f"{key}.json")
    return stats


def _shard_partition(shard: str, out_dir: str) -> list[dict[str, Any]]:
    """A bag partition: the counts of its one shard."""
    return [process_shard(shard, out_dir)]


@dataclass
class BatchStats:
    shards: int = 0
    skipped: int = 0  # already done in an earlier run
    records: int = 0
    candidates: int = 0
    articles: int = 0
    reports: int = 0
    figures: int = 0
    errors: int = 0
    seconds: float = 0.0  # from a ready cluster to the last shard done
    startup_seconds: float = 0.0  # starting or joining the cluster
    shutdown_seconds: float = 0.0  # leaving the cluster (and stopping a local one)
    peak_rss_mb: dict[int, float] = field(default_factory=dict)  # per worker process

    @property
    def per_second(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def run(
    inputs: list[str],
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    connect_timeout: float = 20.0,
    on_start: Callable[[int], None] | None = None,
    on_shard: Callable[[dict[str, Any]], None] | None = None,
) -> BatchStats:
    """Runs :func:`process_shard` over every shard of ``inputs`` not yet done in ``out_dir``.

    Without ``scheduler`` a LocalCluster of ``workers`` single-threaded processes is started
    (and stopped); with it, the run joins that cluster. ``on_start`` gets the number of shards
    to do, ``on_shard`` each shard's counts as it finishes.
    """
    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster, as_completed

    out = Path(out_dir)
    shards, missing = find_shards(inputs)
    if missing:
        raise missing[0]
    if not shards:
        raise StrikeWatchError(
            "no shards found", hint="give .jsonl, .jsonl.gz, .warc or .warc.gz files or folders"
        )
    out.mkdir(parents=True, exist_ok=True)
    todo = [s for s in shards if not (out / "done" / f"{shard_key(s)}.json").exists()]
    stats = BatchStats(shards=len(shards), skipped=len(shards) - len(todo))
    if on_start:
        on_start(len(todo))
    t0 = time.perf_counter()
    if todo:
        cluster = None
        try:
            if scheduler:
                client = Client(scheduler, timeout=f"{connect_timeout}s")
            else:
                # one shard at a time per worker: a free worker takes the next shard, so
                # a few shards spread evenly instead of queueing 6 and 4 on two workers;
                # no statistical profiler sampling the workers' stacks every 10 ms, and
                # event-loop and system checks 10 and 4 times less often than the defaults
                # (made for a dashboard this run does not start): on two cores each idle
                # worker process otherwise costs 2.5 % of a core, half of it these checks
                with dask.config.set(
                    {
                        "distributed.scheduler.worker-saturation": 1.0,
                        "distributed.worker.profile.enabled": False,
                        "distributed.admin.tick.interval": "200ms",
                        "distributed.admin.system-monitor.interval": "2s",
                        "distributed.admin.system-monitor.disk": False,
                    }
                ):
                    cluster = LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        memory_limit=0,
                    )
                client = Client(cluster)
        except OSError as err:
            raise StrikeWatchError(
                f"cannot reach the Dask scheduler: {err}",
                where=scheduler,
                hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`",
            ) from None
        if not scheduler:
            client.wait_for_workers(workers)
        # each worker imports the extractor and compiles its patterns once, as part of
        # start-up, instead of inside its first shard
        client.run(warm_up)
        stats.startup_seconds = time.perf_counter() - t0
        t0 = time.perf_counter()
        try:
            # one task per partition: a bag made with from_sequence(...).map(...) is fused
            # into a task plus an alias of it, and the alias costs every shard one more
            # round trip to the scheduler (about 6 ms, 4 % of a 1,000-record JSONL shard)
            name = f"strikewatch-shard-{uuid.uuid4().hex}"
            dest = str(out.resolve())
            bag = db.Bag(
                {(name, i): (_shard_partition, str(s), dest) for i, s in enumerate(todo)},
                name,
                len(todo),
            )
            futures = client.compute(bag.to_delayed())
            for fut in as_completed(futures):
                try:
                    done = fut.result()
                except Exception as err:  # a worker lost, killed or out of memory
                    raise StrikeWatchError(
                        f"a shard failed on a worker: {type(err).__name__}: {err}",
                        hint="run the same command again: finished shards are skipped",
                    ) from None
                for shard_stats in done:
                    _add(stats, shard_stats)
                    if on_shard:
                        on_shard(shard_stats)
            stats.seconds = time.perf_counter() - t0
        finally:
            t1 = time.perf_counter()
            if cluster is not None:
                # A worker's heartbeat can race the scheduler's shutdown and log a traceback
                # (dask/distributed#7105) after every result is in; the workers this run
                # started are told to keep quiet first. A cluster joined with --scheduler
                # is left as it is.
                with contextlib.suppress(Exception):
                    client.run(_quiet_worker_log)
            client.close()
            if cluster is not None:
                cluster.close()
            stats.shutdown_seconds = time.perf_counter() - t1
    return stats


def _add(stats: BatchStats, s: dict[str, Any]) -> None:
    stats.records += s["records"]
    stats.candidates += s["candidates"]
    stats.articles += s["articles"]
    stats.reports += s["reports"]
    stats.figures += s["figures"]
    stats.errors += s["errors"]
    pid = int(s["worker_pid"])
    stats.peak_rss_mb[pid] = max(stats.peak_rss_mb.get(pid, 0.0), float(s["worker_peak_rss_mb"]))


def load_output(out_dir: str | Path) -> Iterator[tuple[Article, tuple[Report, ...]]]:
    """Every article of a batch output with its reports, shard by shard (for ``ingest
    --reports``)."""
    import pyarrow.parquet as pq

    out = Path(out_dir)
    done = sorted((out / "done").glob("*.json")) if (out / "done").is_dir() else []
    if not done:
        raise StrikeWatchError(
            "no finished shards in this directory",
            where=str(out),
            hint="run `strikewatch batch INPUT... --out DIR` first",
        )
    for marker in done:
        key = marker.stem
        arts = pq.read_table(out / "articles" / f"{key}.parquet").to_pylist()
        reps = pq.read_table(out / "reports" / f"{key}.parquet").to_pylist()
        figs = pq.read_table(out / "figures" / f"{key}.parquet").to_pylist()
        figs_of: dict[tuple[str, int], list[Figure]] = {}
        for f in figs:
            figs_of.setdefault((f["article"], f["report"]), []).append(
                Figure(
                    metric=f["metric"],
                    weapon=f["weapon"],
                    value=int(f["value"]),
                    qualifier=f["qualifier"],
                    place=f["place"],
                    claimant=f["claimant"],
                    evidence=Evidence(int(f["start"]), int(f["end"]), f["evidence"]),
                )
            )
        reps_of: dict[str, list[Report]] = {}
        for r in sorted(reps, key=lambda r: (r["article"], r["report"])):
            reps_of.setdefault(r["article"], []).append(
                Report(
                    attacker=r["attacker"],
                    target=r["target"],
                    date=r["date"],
                    places=tuple(r["places"] or ()),
                    figures=tuple(figs_of.get((r["article"], r["report"]), ())),
                )
            )
        for a in arts:
            article = Article(
                text=a["text"],
                id=a["article"],
                url=a["url"],
                source=a["source"],
                title=a["title"],
                published=a["published"],
            )
            yield article, tuple(reps_of.get(a["article"], ()))
