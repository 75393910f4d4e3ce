"""Extraction benchmark: articles per second and peak memory on one core.

Generates a corpus of synthetic ~3 KB articles (``synth.generate_articles``, in English,
Ukrainian or Russian), then times
``extract`` over it in this one process. Figures are printed, not asserted: targets are
checked by reading them, and timings do not belong in the test suite.
"""

from __future__ import annotations

import importlib.util
import resource
import time
from dataclasses import dataclass

from strikewatch.extraction.engine import extract
from strikewatch.models import Article
from strikewatch.sources.files import article_from_dict
from tools.synth import generate_articles

# The modules setup.py compiles with mypyc; each is an extension module when compiled.
COMPILED_MODULES = (
    "extraction.fastre",
    "extraction.segment",
    "extraction.numbers",
    "extraction.nouns",
    "extraction.cues",
    "extraction.claimants",
    "extraction.sides",
    "extraction.context",
    "extraction.dates",
    "extraction.places",
    "extraction.settlements",
    "extraction.damage",
    "extraction.sentence",
    "extraction.figures",
    "extraction.lexicon",
    "extraction.report",
    "extraction.engine",
    "sources.prefilter",
)


def compiled_modules() -> list[str]:
    """Which of :data:`COMPILED_MODULES` run compiled here (found, not imported)."""
    out = []
    for name in COMPILED_MODULES:
        spec = importlib.util.find_spec(f"strikewatch.{name}")
        if spec is not None and (spec.origin or "").endswith((".so", ".pyd")):
            out.append(name)
    return out


def build() -> str:
    """ "compiled (mypyc)", "plain Python" or "partly compiled (...)": what the figures
    of this process measure."""
    done = compiled_modules()
    if len(done) == len(COMPILED_MODULES):
        return "compiled (mypyc)"
    if not done:
        return "plain Python"
    return f"partly compiled ({', '.join(done)})"


@dataclass(frozen=True)
class BenchResult:
    articles: int
    relevant_share: float
    mean_bytes: float
    seconds: float
    reports: int
    figures: int
    peak_rss_mb: float

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else float("inf")


def synthetic_articles(
    n: int, *, seed: int = 0, relevant_share: float = 1.0, lang: str = "en"
) -> list[Article]:
    """``n`` synthetic articles in ``lang`` ("en", "uk" or "ru"), as the benchmarks read them."""
    generated = generate_articles(n, seed=seed, relevant_share=relevant_share, lang=lang)
    return [article_from_dict(d, default_id=str(i)) for i, d in enumerate(generated)]


def run(
    n: int = 5000, *, seed: int = 0, relevant_share: float = 1.0, lang: str = "en"
) -> BenchResult:
    """Times ``extract`` over ``n`` synthetic articles in ``lang`` ("en", "uk" or "ru")."""
    articles = synthetic_articles(n, seed=seed, relevant_share=relevant_share, lang=lang)
    mean_bytes = sum(len(a.text.encode()) for a in articles) / max(1, len(articles))
    if articles:
        extract(articles[0])  # compile patterns and load the gazetteer outside the timing
    reports = figures = 0
    t0 = time.perf_counter()
    for a in articles:
        res = extract(a)
        reports += len(res.reports)
        figures += sum(len(r.figures) for r in res.reports)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return BenchResult(n, relevant_share, mean_bytes, seconds, reports, figures, peak)
