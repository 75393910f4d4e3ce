"""The cheap relevance test run before extraction on archive-sized inputs: does the page use
any drone / missile / air-defence word in English, Ukrainian or Russian
(``patterns.PREFILTER_KEYWORDS``)? Substring tests on the lower-cased page (faster here than
one regex alternation); the vast majority of news pages fail it and are skipped without
extraction or HTML parsing."""

from __future__ import annotations

from strikewatch import patterns

__all__ = ["KEYWORDS", "is_candidate"]

KEYWORDS = tuple(dict.fromkeys(k.lower() for k in patterns.PREFILTER_KEYWORDS))


def is_candidate(text: str) -> bool:
    """True when the text (plain or HTML) may hold a strike report."""
    low = text.lower()
    return any(k in low for k in KEYWORDS)
