"""Article text cut into segments for highlighting: plain text and the evidence spans of
figures. Templates escape every segment, so article text can never inject markup. Also the
language of a quoted text: its name in words and its HTML ``lang`` attribute."""

from __future__ import annotations

from typing import Any

CONTEXT = 280  # characters of article text shown either side of a quoted sentence
# the languages named in words on the pages (the others are shown by their ISO 639-1 code)
LANGUAGE_NAMES = {"en": "English", "uk": "Ukrainian", "ru": "Russian"}


def language_name(code: str | None) -> str:
    """A stored language code in words: English, Ukrainian, Russian, else the code itself
    ("unknown" for none)."""
    if not code:
        return "unknown"
    return LANGUAGE_NAMES.get(code, code)


def lang_attr(code: str | None) -> str:
    """The value of the HTML ``lang`` attribute of a text in language ``code``: an empty value
    says the language is unknown, so a quote of unknown language is not taken as the
    page's English."""
    return code or ""


def mark_text(text: str, figures: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """``text`` as (segment, figures) pairs in order; a segment covered by the evidence of
    one or more figures carries them, others carry ``[]``. Overlapping spans are merged."""
    spans = sorted(
        (
            (f["evidence"]["start"], f["evidence"]["end"], f)
            for f in figures
            if 0 <= f["evidence"]["start"] < f["evidence"]["end"] <= len(text)
        ),
        key=lambda t: (t[0], t[1]),
    )
    groups: list[tuple[int, int, list[dict[str, Any]]]] = []
    for start, end, f in spans:
        if groups and start < groups[-1][1]:
            s0, e0, figs = groups[-1]
            groups[-1] = (s0, max(e0, end), [*figs, f])
        else:
            groups.append((start, end, [f]))
    out: list[tuple[str, list[dict[str, Any]]]] = []
    pos = 0
    for start, end, figs in groups:
        if start > pos:
            out.append((text[pos:start], []))
        out.append((text[start:end], figs))
        pos = end
    if pos < len(text):
        out.append((text[pos:], []))
    return out


def context_marks(text: str, start: int, end: int) -> list[tuple[str, bool]]:
    """The quoted span with some text either side, as (segment, highlighted) pairs."""
    lo = max(0, start - CONTEXT)
    hi = min(len(text), end + CONTEXT)
    if lo > 0:
        space = text.find(" ", lo, start)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", end, hi)
        hi = space if space != -1 else hi
    before = ("…" if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return [(before, False), (text[start:end], True), (after, False)]
