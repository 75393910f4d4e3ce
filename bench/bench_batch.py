"""Batch throughput on Dask for 1, 2 and 4 workers, peak memory per worker, and a chart.

    python bench/bench_batch.py [N ...] [--repeat K] [--kind jsonl|warc.gz]
                                            # default: 10000 100000, both kinds

For each N it writes N generated ~3 KB articles (10 % strike reports, the rest ordinary news)
as JSONL shards and as WARC.gz shards of 1,000 articles each, then runs ``batch.run`` on a
LocalCluster of 1, 2 and 4 single-threaded worker processes (fresh output each time). It
prints records/s, from a ready cluster to the last shard (start-up and shutdown are shown
apart), and the peak RSS of each worker. Up to 20,000 articles each setting runs five times,
the settings interleaved, and the median run is shown with the range; larger corpora run
once; ``--repeat K`` sets the number of runs for every size. It also times prefilter +
extraction in this one process (records/s per core) for corpora with 1 %, 5 % and 10 %
strike reports. The throughput-against-workers chart is written to
``bench/out/batch_workers.svg``. This machine has 2 cores, so 4 workers share them.

Targets from the scale-out issue: 2 workers >= 1.8x one worker; peak memory per worker
within 20 % from 10k to 100k articles; prefilter + extraction >= 5,000 mostly irrelevant
articles/s per core.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ (generator, helpers)

from tools.synth import write_shards

from strikewatch.batch.run import BatchStats, process_shard, run

OUT = Path(__file__).parent / "out"
WORKERS = (1, 2, 4)
PER_SHARD = 1000
REPEAT = 5  # runs per configuration up to 20,000 articles, interleaved, the median kept
# (shared machines vary by tens of percent between runs of a second or two)
SHARES = (0.01, 0.05, 0.10)  # strike reports among the articles, for the per-core figure


def _chart(results: dict[tuple[int, str], dict[int, float]], dest: Path) -> None:
    """A small SVG line chart of records/s against workers, one line per corpus."""
    w, h, pad = 560, 340, 50
    top = max(v for r in results.values() for v in r.values()) * 1.1
    colours = ["#2458b3", "#b42318", "#027a48", "#7a5af8"]

    def x(n: int) -> float:
        return pad + (WORKERS.index(n)) * (w - 2 * pad) / (len(WORKERS) - 1)

    def y(v: float) -> float:
        return h - pad - v / top * (h - 2 * pad)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}"'
        ' font-family="sans-serif" font-size="12">',
        f'<rect width="{w}" height="{h}" fill="white"/>',
        f'<text x="{w / 2}" y="20" text-anchor="middle" font-size="14">'
        "strikewatch batch: records/s by Dask workers</text>",
        f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="#444"/>',
        f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{h - pad}" stroke="#444"/>',
    ]
    for n in WORKERS:
        parts.append(f'<text x="{x(n)}" y="{h - pad + 18}" text-anchor="middle">{n}</text>')
    parts.append(f'<text x="{w / 2}" y="{h - 12}" text-anchor="middle">workers</text>')
    for k in range(5):
        v = top * k / 4
        parts.append(f'<text x="{pad - 6}" y="{y(v) + 4}" text-anchor="end">{v:,.0f}</text>')
    for i, ((n, kind), series) in enumerate(sorted(results.items())):
        c = colours[i % len(colours)]
        pts = " ".join(f"{x(k):.1f},{y(v):.1f}" for k, v in sorted(series.items()))
        parts.append(f'<polyline fill="none" stroke="{c}" stroke-width="2" points="{pts}"/>')
        parts.append(
            f'<text x="{w - pad - 150}" y="{pad + 16 * i}" fill="{c}">{n:,} articles, {kind}</text>'
        )
    parts.append("</svg>")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text("\n".join(parts), encoding="utf-8")


def main() -> None:
    args = sys.argv[1:]
    repeat_all = kinds = None
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat_all = int(args[i + 1])
        del args[i : i + 2]
    if "--kind" in args:
        i = args.index("--kind")
        kinds = (args[i + 1],)
        del args[i : i + 2]
    sizes = [int(a) for a in args] or [10_000, 100_000]
    from tools.benchmark import build

    print(f"build: {build()}")
    results: dict[tuple[int, str], dict[int, float]] = {}
    for n in sizes:
        for kind in kinds or ("jsonl", "warc.gz"):
            with tempfile.TemporaryDirectory() as tmp:
                shards = write_shards(
                    Path(tmp) / "in", n, shards=max(1, n // PER_SHARD), kind=kind, seed=9
                )
                if kind == "jsonl" and n == sizes[0]:
                    for share in SHARES:
                        one = write_shards(
                            Path(tmp) / f"one-{share}",
                            3 * PER_SHARD,
                            shards=3,
                            seed=8,
                            relevant_share=share,
                        )
                        t0 = time.perf_counter()
                        records = sum(
                            process_shard(str(s), str(Path(tmp) / "one"))["records"] for s in one
                        )
                        rate = records / (time.perf_counter() - t0)
                        print(
                            f"one process, no Dask, {share:.0%} strike reports: "
                            f"{rate:>7,.0f} records/s per core (prefilter + extraction + Parquet)"
                        )
                series: dict[int, float] = {}
                repeat = repeat_all or (REPEAT if n <= 20_000 else 1)
                runs: dict[int, list[BatchStats]] = {w: [] for w in WORKERS}
                for k in range(repeat):  # interleaved, so that drift hits every setting
                    for workers in WORKERS:
                        out = Path(tmp) / f"out-{workers}-{k}"
                        runs[workers].append(run([str(s) for s in shards], out, workers=workers))
                        shutil.rmtree(out)
                for workers in WORKERS:
                    ranked = sorted(runs[workers], key=lambda st: st.per_second)
                    mid = ranked[len(ranked) // 2]
                    series[workers] = mid.per_second
                    peaks = sorted(mid.peak_rss_mb.values())
                    spread = (
                        f"median of {repeat}: {ranked[0].per_second:,.0f}"
                        f"-{ranked[-1].per_second:,.0f}"
                        if repeat > 1
                        else "one run"
                    )
                    print(
                        f"{n:>7,} {kind:8} {workers} workers: {mid.per_second:>7,.0f} records/s"
                        f" ({mid.seconds:5.1f} s; start {mid.startup_seconds:.1f} s,"
                        f" stop {mid.shutdown_seconds:.1f} s; {spread})"
                        "  peak RSS per worker " + ", ".join(f"{p:.0f}" for p in peaks) + " MB"
                    )
                results[(n, kind)] = series
                print(f"{'':17}2 workers / 1 worker = {series[2] / series[1]:.2f}x")
    _chart(results, OUT / "batch_workers.svg")
    print(f"chart: {OUT / 'batch_workers.svg'}")


if __name__ == "__main__":
    main()
