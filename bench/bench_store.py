"""Print ingest throughput into SQLite (extraction included), peak memory, and how long the
events listing takes on the resulting store.

    python bench/bench_store.py [N ...]        # default: 5000; e.g. 10000 100000

Each N runs in a fresh process (so peak memory is per run) on N generated ~3 KB strike
reports, into a new SQLite file: all dated, then with one article in ten lacking a
publication date (undated reports, placed by the undated-report rule), then 30 % strike
reports among ordinary news. Targets from the store issue: ingest >= 300 articles/s on one
core; `events` on a 100,000-article store < 100 ms; memory flat in corpus size.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ (generator, helpers)


def one(n: int, share: float, undated: float = 0.0) -> dict[str, float]:
    """Ingests n generated articles (``share`` of them strike reports; every
    ``1 / undated``-th without a publication date, so its reports are undated)."""
    from tools.synth import generate_articles

    from strikewatch.sources.files import article_from_dict
    from strikewatch.store import open_store
    from strikewatch.store.ingest import ingest

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "bench.db"))
        every = round(1 / undated) if undated else 0
        articles = (
            article_from_dict(
                {k: v for k, v in d.items() if k != "published"} if every and i % every == 0 else d,
                default_id=str(i),
            )
            for i, d in enumerate(generate_articles(n, seed=5, relevant_share=share))
        )
        t0 = time.perf_counter()
        stats = ingest(store, articles)
        seconds = time.perf_counter() - t0
        timings = {}
        for name, kwargs in (
            ("events", {"limit": 100}),
            ("events --place Kyiv", {"place": "Kyiv", "limit": 100}),
            ("events --since/--until", {"since": _d("2024-01-01"), "until": _d("2024-06-30")}),
        ):
            runs = []
            for _ in range(30):
                q0 = time.perf_counter()
                store.list_events(**kwargs)  # type: ignore[arg-type]
                runs.append((time.perf_counter() - q0) * 1000)
            timings[name] = statistics.quantiles(runs, n=20)[-1]  # p95
        counts = store.counts()
        store.close()
    return {
        "articles": n,
        "share": share,
        "undated": undated,
        "per_second": stats.read / seconds,
        "events": counts["events"],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        **{f"p95 {k} ms": v for k, v in timings.items()},
    }


def _d(s: str):  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.date.fromisoformat(s)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(one(int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [5000]
    from tools.benchmark import build

    print(f"build: {build()}")
    for n in sizes:
        for share, undated in ((1.0, 0.0), (1.0, 0.1), (0.3, 0.0)):
            out = subprocess.run(
                [sys.executable, __file__, "--one", str(n), str(share), str(undated)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(out)
            print(
                f"{r['articles']:>7,} articles  relevant {r['share']:.1f}  "
                f"undated {r['undated']:.1f}  "
                f"ingest {r['per_second']:>5,.0f} art/s  peak {r['peak_mb']:>4.0f} MB  "
                f"{r['events']:>6,} events  "
                + "  ".join(f"{k} {v:.1f}" for k, v in r.items() if k.startswith("p95"))
            )


if __name__ == "__main__":
    main()
