"""Extraction time per KB on adversarial texts of 1 KB, 100 KB and 1 MB.

Hostile input must not make extraction slower than linear: a text that names one place
thousands of times in one sentence, one made of numbers, one of weapon words, one of
claimants and dates. For each kind the script prints milliseconds per KB at three sizes and
the ratio of the largest to the smallest (the target: within 2x).

    python bench/bench_adversarial.py            # 1 KB, 100 KB, 1 MB
    python bench/bench_adversarial.py 1 10 100   # other sizes, in KB
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tools/ (generator, helpers)

from strikewatch import Article, extract

# Each kind: a unit of text repeated to the size wanted; a unit without a full stop makes one
# sentence of the whole text, the hardest case for the per-sentence stages.
KINDS: dict[str, str] = {
    "places in one sentence": "Kyiv, Kharkiv and the Odesa region, ",
    "numbers in one sentence": "12 drones, 7 missiles and 3, ",
    "weapon words": "Shahed drones and Kalibr cruise missiles and Iskander-M ballistic missiles ",
    "places and numbers": "17 over Kursk, 12 over the Bryansk region and 9 over Belgorod, ",
    "claimants and dates": "the air force said on Monday night, the governor said overnight, ",
    "sentences": "Russia launched 40 drones at Kyiv overnight; 31 were shot down. ",
    "digits": "1234567890 ",
}


def _text(unit: str, kb: int) -> str:
    lead = "Russia launched 40 drones at Ukraine overnight, over "  # a figure, then the unit
    n = max(1, (kb * 1024 - len(lead)) // len(unit))
    return lead + unit * n


def _per_kb(text: str, run: Callable[[Article], object]) -> float:
    article = Article(text=text, id="adversarial", lang="en")
    run(article)  # warm: the language pack compiles once
    repeats = max(1, 200_000 // len(text))
    t0 = time.perf_counter()
    for _ in range(repeats):
        run(article)
    seconds = (time.perf_counter() - t0) / repeats
    return seconds * 1000 / (len(text) / 1024)


def main(sizes: list[int]) -> None:
    from tools.benchmark import build

    print(f"build: {build()}")
    head = "".join(f"{f'{kb} KB':>12}" for kb in sizes)
    print(f"{'ms per KB':<26}{head}{'largest/smallest':>18}")
    for name, unit in KINDS.items():
        figures = [_per_kb(_text(unit, kb), extract) for kb in sizes]
        cells = "".join(f"{v:>12.3f}" for v in figures)
        print(f"{name:<26}{cells}{figures[-1] / figures[0]:>17.2f}x")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 100, 1024])
