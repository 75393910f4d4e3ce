"""Print extraction throughput and peak memory on generated ~3 KB articles.

Run with ``make bench`` (or ``strikewatch bench`` for one configuration). Targets from the
extraction issue: >= 1,000 articles/s on one core and a peak below 200 MB.
"""

from __future__ import annotations

import sys

from strikewatch.bench import run


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    head = ("articles", "relevant", "bytes/art", "art/s", "figures", "peak MB")
    print(" ".join(f"{h:>9}" for h in head))
    for share in (1.0, 0.3):
        r = run(n, seed=1, relevant_share=share)
        print(
            f"{r.articles:>9} {share:>9.1f} {r.mean_bytes:>10,.0f} {r.per_second:>8,.0f}"
            f" {r.figures:>8} {r.peak_rss_mb:>8.0f}"
        )


if __name__ == "__main__":
    main()
