"""Compare the extraction time per article of this checkout with another source tree.

    python bench/bench_compare.py OTHER_SRC [--rounds R] [--pairs P] [--share S] [--lang L]

``OTHER_SRC`` is the ``src`` folder of another build of StrikeWatch, compiled or not (for an
older commit: ``git worktree add /tmp/old COMMIT``, then ``python setup.py build_ext
--inplace`` there, and pass ``/tmp/old/src``). Both builds read the same generated
articles (``tools.synth``, the ones ``bench_extract.py`` reads: 1,000 of them, seed 1).

A shared machine's speed drifts by a tenth from minute to minute, which hides a few per
cent between two builds run one after the other. So each build runs in its own process,
the two alternate (``--pairs`` times), and each process times every chunk of 100 articles
``--rounds`` times in CPU time and keeps the least: a chunk's least time is what the code
costs when nothing else gets in the way. Prints microseconds per article for each run and
the ratio of the other build's best to this one's (above 1: this checkout is faster).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHUNK = 100
ARTICLES = 1000


def _worker(rounds: int, share: float, lang: str) -> None:
    """In a child process: the least CPU time per article, summed over chunks."""
    sys.path.insert(0, str(ROOT))  # tools/ (the generator)
    from tools.benchmark import synthetic_articles

    from strikewatch.extraction.engine import extract

    articles = synthetic_articles(ARTICLES, seed=1, relevant_share=share, lang=lang)
    for a in articles[:50]:
        extract(a)  # patterns compiled, gazetteer loaded, caches warm
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    best = [float("inf")] * len(chunks)
    for _ in range(rounds):
        for k, chunk in enumerate(chunks):
            t0 = time.process_time()
            for a in chunk:
                extract(a)
            best[k] = min(best[k], time.process_time() - t0)
    print(json.dumps({"us_per_article": sum(best) / len(articles) * 1e6}))


def _run(src: Path, args: argparse.Namespace) -> float:
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    cmd = [sys.executable, __file__, "--worker", "--rounds", str(args.rounds)]
    cmd += ["--share", str(args.share), "--lang", args.lang]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return float(json.loads(out.strip().splitlines()[-1])["us_per_article"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", type=Path, help="the other build's src folder")
    parser.add_argument("--rounds", type=int, default=10, help="timings of each chunk")
    parser.add_argument("--pairs", type=int, default=3, help="alternations of the two builds")
    parser.add_argument("--share", type=float, default=1.0, help="share of strike reports")
    parser.add_argument("--lang", choices=("en", "uk", "ru"), default="en")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.rounds, args.share, args.lang)
        return
    if args.other is None or not (args.other / "strikewatch").is_dir():
        parser.error("give the src folder of another build (it holds strikewatch/)")
    here = ROOT / "src"
    print(f"this: {here}\nother: {args.other}\n{'run':>4} {'this us/art':>12} {'other':>10}")
    mine: list[float] = []
    theirs: list[float] = []
    for i in range(args.pairs):
        mine.append(_run(here, args))
        theirs.append(_run(args.other, args))
        print(f"{i + 1:>4} {mine[-1]:>12.1f} {theirs[-1]:>10.1f}")
    ratio = min(theirs) / min(mine)
    print(f"best: this {min(mine):.1f}, other {min(theirs):.1f} us/article")
    print(f"throughput of this build / the other's: {ratio:.3f}")


if __name__ == "__main__":
    main()
