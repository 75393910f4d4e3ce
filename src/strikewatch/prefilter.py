"""The cheap relevance test run before extraction on archive-sized inputs: does the page use
any drone / missile / air-defence word in English, Ukrainian or Russian
(``patterns.PREFILTER_KEYWORDS``)? Substring tests on the lower-cased page (faster here than
one regex alternation); the vast majority of news pages fail it and are skipped without
extraction or HTML parsing."""

from __future__ import annotations

import html
import re

from strikewatch import patterns

__all__ = ["KEYWORDS", "is_candidate"]

KEYWORDS = tuple(dict.fromkeys(k.lower() for k in patterns.PREFILTER_KEYWORDS))
# Cyrillic (U+0400-U+04FF) written as JSON escapes (json.dumps' default) or as HTML numeric
# entities (decimal 1024-1279, or hex): the Ukrainian and Russian keywords are invisible in
# such raw text until it is unescaped, which is done only when one of these appears.
_ESCAPED_CYRILLIC = ("\\u04", "&#x4", "&#10", "&#11", "&#12")
_JSON_ESCAPE = re.compile(r"\\u([0-9a-f]{4})")


def is_candidate(text: str) -> bool:
    """True when the text (plain, a raw JSON line or HTML) may hold a strike report."""
    low = text.lower()
    if any(k in low for k in KEYWORDS):
        return True
    if any(e in low for e in _ESCAPED_CYRILLIC):
        plain = html.unescape(_JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), low))
        return any(k in plain.lower() for k in KEYWORDS)
    return False
