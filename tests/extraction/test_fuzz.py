"""Fuzzing extraction with hostile texts (issue 14): lone surrogates, NULs, dates at the
calendar's ends, huge and negative numbers, places and numbers repeated, in any mix.
Extraction never raises, every figure's evidence slices the article text, and no value
passes the ceiling of a figure.

The number of examples is bounded for CI; a release check runs many more:

    STRIKEWATCH_FUZZ_EXAMPLES=100000 .venv/bin/pytest tests/extraction/test_fuzz.py \
        tests/sources/test_fuzz.py
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from strikewatch import Article, extract
from strikewatch.vocab import MAX_FIGURE

EXAMPLES = int(os.environ.get("STRIKEWATCH_FUZZ_EXAMPLES", "300"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HOSTILE = [
    "\ud800", "\udfff", "\x00", "\ufffd", "\u2028", "\r\n", "\n\n", " ", ".", ",", ";",
    "3000000000", "9223372036854775808", "99999999999999999999", "-5", "0", "1,000,000",
    "100000", "100001", "12", "one", "a dozen", "Kyiv", "Kharkiv region", "Odesa", "Crimea",
    "Russia launched", "drones", "missiles", "were shot down", "were killed", "injured",
    "the air force said", "Gladkov said", "governor", "yesterday", "on Monday",
    "the night of 29 to 30 October", "overnight into Friday", "the night before", "since 2022",
    "Kh-101", "Shahed-136", "all of them", "two more", "of them", "(12)", ":", "—", "\"",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=8), max_size=60).map(" ".join)
_DATES = st.none() | st.sampled_from([dt.date.min, dt.date.max]) | st.dates()


def _check(article: Article) -> None:
    result = extract(article)
    assert result.id == article.id
    for report in result.reports:
        for f in report.figures:
            e = f.evidence
            assert article.text[e.start : e.end] == e.text
            assert 0 <= f.value <= MAX_FIGURE


@FUZZ
@given(_TEXTS, _DATES)
@example("Russia launched 40 drones \ud800 at Kyiv overnight.", None)
@example("Russia launched 3000000000 drones overnight.", None)
@example("Russia launched 40 drones at Kyiv yesterday.", dt.date.min)
@example("Russia launched 40 drones on the night of 29 to 30 October.", dt.date.max)
@example("Russia launched 40 drones at Kyiv \x00 overnight; 31 were shot down.", None)
def test_extract_never_raises_on_hostile_text(text: str, published: dt.date | None) -> None:
    _check(Article(text=text, id="fuzz", published=published, lang="en"))


@FUZZ
@given(st.sampled_from(HOSTILE[20:30]), st.integers(1, 400), _DATES)
def test_repeated_places_and_numbers(piece: str, times: int, published: dt.date | None) -> None:
    text = "Russia launched 40 drones at Ukraine overnight over " + ", ".join([piece] * times)
    _check(Article(text=text, id="fuzz", published=published, lang="en"))


@FUZZ
@given(st.text(max_size=300), _DATES)
def test_any_unicode_text_and_any_language(text: str, published: dt.date | None) -> None:
    _check(Article(text=text, id="fuzz", published=published))  # identified, not given
