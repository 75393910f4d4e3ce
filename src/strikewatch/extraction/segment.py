"""Cleaning: split the article text into usable paragraphs and sentences, with offsets.

Nothing is ever removed from or rewritten in ``Article.text``; this stage only decides
which spans are worth reading. Boilerplate lines (newsletter and donation appeals, share
prompts, photo captions) are skipped, and in a page that carries several stories (a live
blog) the stories without any strike vocabulary are skipped as a whole.
"""

from __future__ import annotations

import re
from types import ModuleType
from typing import Final, NamedTuple

from strikewatch.extraction.fastre import CIPattern, KeyScan, any_of, matches_at, tuple_new
from strikewatch.extraction.rules import looks_ahead, rule

_LINE: Final = re.compile(r"[^\n]+")
# what every sentence end starts with: its regex is tried only at these marks
_SENT_MARKS: Final = KeyScan((".", "!", "?"))


class TextRules:
    """A pack's boilerplate lines, abbreviations and sentence starts, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        self.boiler_start = re.compile(r"\s*(?:" + "|".join(pack.BOILERPLATE_START) + ")")
        self.boiler_end = re.compile("|".join(f"(?:{p})" for p in pack.BOILERPLATE_END))
        self.boiler_phrases: tuple[str, ...] = tuple(pack.BOILERPLATE_PHRASES)
        self.boiler_phrase = any_of(self.boiler_phrases)
        self.boiler_keys = KeyScan(self.boiler_phrases)
        self.strike: CIPattern = rule(pack.STRIKE_WORDS)
        # whether no strike word in the whole text rules out every story (see paragraphs)
        self.strike_in_whole = not looks_ahead(pack.STRIKE_WORDS)
        self.abbrev = re.compile(pack.ABBREVIATIONS)
        self.sent_end = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+" + pack.SENTENCE_START + ")")


def is_boilerplate(r: TextRules, line: str) -> bool:
    """A line of page furniture: appeals, share prompts, captions, bylines of the page."""
    return _is_boilerplate(r, line, True)


def _is_boilerplate(r: TextRules, line: str, phrases: bool) -> bool:
    """:func:`is_boilerplate`; ``phrases``: whether the page holds any boilerplate phrase."""
    if r.boiler_start.match(line):
        return True
    if line.rstrip().endswith(")") and r.boiler_end.search(line, max(0, len(line) - 160)):
        return True
    return phrases and r.boiler_phrase.search(line.lower()) is not None


class Sentence(NamedTuple):
    """A tuple: immutable, and made about twice as fast as a frozen dataclass."""

    start: int
    end: int
    text: str
    paragraph: int  # index of the paragraph it belongs to
    story: int  # index of the story block (live blogs hold several)


def _is_headline(line: str) -> bool:
    """A short line without closing punctuation: a title or a new story's headline. (A line
    that ends with a comma goes on in the next: an item of a list, never a headline.)"""
    s = line.strip()
    return 0 < len(s) <= 140 and s[-1] not in '.!?:;,"”’)' and len(s.split()) <= 20


def paragraphs(r: TextRules, text: str) -> list[tuple[int, int, int]]:
    """Usable paragraphs as (start, end, story index), boilerplate lines dropped."""
    out: list[tuple[int, int, int]] = []
    first: re.Match[str] | None = None  # the whole text's first strike word
    if r.strike_in_whole:
        first = r.strike.search(text)
        if first is None:
            # no story holds a strike word (a paragraph ends before white space, so a word
            # found in one is found in the whole text): none is kept, and the page's lines
            # and key scan are spared
            return out
    story = 0
    seen_body = False
    # Lower-casing a page contains lower-casing each of its lines, so a page without any
    # boilerplate phrase has no line with one.
    low = text.lower()
    if len(low) == len(text):  # then the key scan reads this very lower-cased text
        phrases = r.boiler_keys.within(text, 0, len(text))
    else:
        phrases = any(p in low for p in r.boiler_phrases)
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip() or _is_boilerplate(r, line, phrases):
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
        if s not in relevant and (
            (first is not None and a <= first.start() and first.end() <= b)  # (found there)
            or r.strike.search(text, a, b)
        ):
            relevant.add(s)
    return [p for p in out if p[2] in relevant]


def split_sentences(r: TextRules, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end]."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in matches_at(r.sent_end, text, _SENT_MARKS.spans(text)[0], start, end):
        cut = m.end()
        if r.abbrev.search(text, max(pos, cut - 8), m.start() + 1):
            continue
        if cut > pos:
            spans.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end:
        spans.append((pos, end))
    return spans


def sentences(r: TextRules, text: str) -> list[Sentence]:
    """All usable sentences of an article, in order."""
    out: list[Sentence] = []
    for i, (a, b, story) in enumerate(paragraphs(r, text)):
        for s, e in split_sentences(r, text, a, b):
            out.append(tuple_new(Sentence, (s, e, text[s:e], i, story)))
    return out
