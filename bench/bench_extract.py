"""Print extraction throughput and peak memory on generated ~3 KB articles.

Run with ``make bench`` (or ``python bench/bench_extract.py [N] [--lang uk|ru|en|all]``).
Targets: English >= 1,000 articles/s on one core, Ukrainian and Russian >= 700/s (compiled
build), and a peak below 250 MB. English is the default; other languages print their table
under a ``lang:`` line.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ (generator, helpers)

from tools.benchmark import run


def _side_figures() -> None:
    """Speeds of two helpers the extractor and the benchmarks lean on (moved here from the
    tests: speed is measured, not asserted)."""
    from tools.synth import generate_articles

    from strikewatch.extraction.lexicon import lexicon
    from strikewatch.extraction.places import find_places

    lex = lexicon("en")
    assert lex is not None
    rules = lex.places

    t0 = time.perf_counter()
    n = sum(1 for _ in generate_articles(20_000, seed=31, relevant_share=0.5))
    print(f"synthetic articles generated: {n / (time.perf_counter() - t0):,.0f}/s")
    text = " ".join(a["text"] for a in generate_articles(40, seed=2))
    find_places(rules, text)
    t0 = time.perf_counter()
    for _ in range(20):
        find_places(rules, text)
    per_kb = (time.perf_counter() - t0) / 20 * 1000 / (len(text) / 1000)
    print(f"place lookup (find_places): {per_kb:.3f} ms per KB")


def _table(n: int, lang: str) -> None:
    head = ("articles", "relevant", "bytes/art", "art/s", "figures", "peak MB")
    print(" ".join(f"{h:>9}" for h in head))
    for share in (1.0, 0.3):
        r = run(n, seed=1, relevant_share=share, lang=lang)
        print(
            f"{r.articles:>9} {share:>9.1f} {r.mean_bytes:>10,.0f} {r.per_second:>8,.0f}"
            f" {r.figures:>8} {r.peak_rss_mb:>8.0f}"
        )


def _arguments(argv: list[str]) -> tuple[int, list[str]]:
    """``[N] [--lang uk|ru|en|all]``: the corpus size and the languages, English by default."""
    import argparse

    parser = argparse.ArgumentParser(description="Extraction throughput and peak memory.")
    parser.add_argument("n", nargs="?", type=int, default=5000, help="articles per run")
    parser.add_argument("--lang", choices=("en", "uk", "ru", "all"), default="en")
    args = parser.parse_args(argv)
    langs = ["en", "uk", "ru"] if args.lang == "all" else [args.lang]
    return args.n, langs


def main() -> None:
    from tools.benchmark import build

    n, langs = _arguments(sys.argv[1:])
    print(f"build: {build()}")
    _side_figures()
    for lang in langs:
        if lang != "en":
            print(f"lang: {lang}")
        _table(n, lang)


if __name__ == "__main__":
    main()
