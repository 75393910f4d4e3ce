"""Cleaning: split the article text into usable paragraphs and sentences, with offsets.

Nothing is ever removed from or rewritten in ``Article.text``; this stage only decides
which spans are worth reading. Boilerplate lines (newsletter and donation appeals, share
prompts, photo captions) are skipped, and in a page that carries several stories (a live
blog) the stories without any strike vocabulary are skipped as a whole.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from strikewatch import patterns
from strikewatch.extraction.fastre import KeyScan, any_of, fast_ci, matches_at, tuple_new

_BOILER_START: Final = re.compile(r"\s*(?:" + "|".join(patterns.BOILERPLATE_START) + ")")
_BOILER_END: Final = re.compile("|".join(f"(?:{p})" for p in patterns.BOILERPLATE_END))
_BOILER_PHRASES: Final = tuple(patterns.BOILERPLATE_PHRASES)
_BOILER_PHRASE: Final = any_of(_BOILER_PHRASES)
_BOILER_KEYS: Final = KeyScan(_BOILER_PHRASES)


def is_boilerplate(line: str) -> bool:
    """A line of page furniture: appeals, share prompts, captions, bylines of the page."""
    return _is_boilerplate(line, True)


def _is_boilerplate(line: str, phrases: bool) -> bool:
    """:func:`is_boilerplate`; ``phrases``: whether the page holds any boilerplate phrase."""
    if _BOILER_START.match(line):
        return True
    if line.rstrip().endswith(")") and _BOILER_END.search(line, max(0, len(line) - 160)):
        return True
    return phrases and _BOILER_PHRASE.search(line.lower()) is not None


_STRIKE: Final = fast_ci(patterns.STRIKE_WORDS)
_LINE: Final = re.compile(r"[^\n]+")

# Abbreviations after which a full stop does not end a sentence.
_ABBREV: Final = re.compile(
    r"(?:\b(?:Gov|Govs|Mr|Mrs|Ms|Dr|Maj|Gen|Lt|Col|Capt|Sgt|Rep|Sen|St|Jr|Sr|No|vs|approx|est"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Rev|Prof|Adm|Cmdr|Brig|a\.m|p\.m|U\.S"
    r"|U\.K|U\.N|Inc|Co|Corp|Ltd)|\b[A-Z])\.$"
)
# what every _SENT_END match starts with: the regex is tried only at these marks
_SENT_MARKS: Final = KeyScan((".", "!", "?"))
_SENT_END: Final = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")


class Sentence(NamedTuple):
    """A tuple: immutable, and made about twice as fast as a frozen dataclass."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph it belongs to
    story: int  # index of the story block (live blogs hold several)


def _is_headline(line: str) -> bool:
    """A short line without closing punctuation: a title or a new story's headline."""
    s = line.strip()
    return 0 < len(s) <= 140 and s[-1] not in '.!?:;"”’)' and len(s.split()) <= 20


def paragraphs(text: str) -> list[tuple[int, int, int]]:
    """Usable paragraphs as (start, end, story index), boilerplate lines dropped."""
    out: list[tuple[int, int, int]] = []
    story = 0
    seen_body = False
    # Lower-casing a page contains lower-casing each of its lines, so a page without any
    # boilerplate phrase has no line with one.
    low = text.lower()
    if len(low) == len(text):  # then the key scan reads this very lower-cased text
        phrases = _BOILER_KEYS.within(text, 0, len(text))
    else:
        phrases = any(p in low for p in _BOILER_PHRASES)
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip() or _is_boilerplate(line, phrases):
            continue
        if _is_headline(line):
            if seen_body:
                story += 1
                seen_body = False
        else:
            seen_body = True
        # trim surrounding whitespace so offsets point at words
        start = m.start() + (len(line) - len(line.lstrip()))
        end = m.end() - (len(line) - len(line.rstrip()))
        out.append((start, end, story))
    # Drop whole stories that say nothing about strikes (unrelated live-blog items).
    relevant: set[int] = set()
    for a, b, s in out:
        if s not in relevant and _STRIKE.search(text, a, b):
            relevant.add(s)
    return [p for p in out if p[2] in relevant]


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end]."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in matches_at(_SENT_END, text, _SENT_MARKS.spans(text)[0], start, end):
        cut = m.end()
        if _ABBREV.search(text, max(pos, cut - 8), m.start() + 1):
            continue
        if cut > pos:
            spans.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        spans.append((pos, end))
    return spans


def sentences(text: str) -> list[Sentence]:
    """All usable sentences of an article, in order."""
    out: list[Sentence] = []
    for i, (a, b, story) in enumerate(paragraphs(text)):
        for s, e in split_sentences(text, a, b):
            out.append(tuple_new(Sentence, (s, e, text[s:e], i, story)))
    return out
