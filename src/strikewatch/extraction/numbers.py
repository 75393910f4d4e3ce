"""Numbers: every candidate number of a sentence with its qualifier, skipping traps
(dates, ranges, clock times, ages, model numbers such as Kh-101 or Shahed-136, years).

Digits are language-neutral; number words, qualifiers and the words that make a number no
figure come from the language pack (``lang/<code>/numbers.py``), compiled by
:class:`NumberRules`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from types import ModuleType
from typing import Final

from strikewatch.extraction.fastre import WHITESPACE, CIPattern, KeyScan, lowered, matches_at
from strikewatch.extraction.rules import EndingIndex, last_words, rule
from strikewatch.extraction.segment import Sentence
from strikewatch.vocab import MAX_FIGURE

_NUM_BEFORE: Final = r"(?<![\w\-/.,:$€£#])"  # what may not come right before a number
_DIGITS: Final = r"\d{1,3}(?:,\d{3})+|\d+"
# Digit numbers: the first digit checks what comes before it (the engine skips ahead to
# digits); "1,200" is one number, "3.5" and "10,5" none.
NUM_DIGITS: Final = re.compile(
    rf"\d(?<!{_NUM_BEFORE[4:-1]}.)(?:\d{{0,2}}(?:,\d{{3}})+|\d*)(?![\d.,]\d)\b"
)
# In ASCII text \d is [0-9], which the engine tests faster than the Unicode digit class.
NUM_DIGITS_ASCII: Final = re.compile("[0-9]" + NUM_DIGITS.pattern.removeprefix(r"\d"))
# Where a digit number may start, in ASCII text: at a digit (its regex is tried only where
# one starts a run of digits).
_KEPT: Final = 4096  # answers a NumberRules keeps per question (its memory stays bounded)
_DIGIT_HEADS: Final = KeyScan(tuple("0123456789"))
_RANGE_AFTER: Final = r"\s*[-–]\s*\d"
_MAX_DIGITS: Final = len(str(MAX_FIGURE))
_RANGE_BEFORE: Final = r"\d\s*[-–]\s*$"


class Num:
    """A number of a sentence. (The records of the engine are plain classes with an
    ``__init__``: the compiled module makes them C structs, where a dataclass would keep an
    interpreted ``__init__``, about 0.3 µs a record.)"""

    def __init__(
        self,
        start: int,
        end: int,
        value: int,
        qualifier: str,
        q_start: int,
        is_article: bool = False,
        all_flag: bool = False,
        including: bool = False,
        all_but: bool = False,
    ) -> None:
        self.start = start  # offsets into the article text
        self.end = end
        self.value = value
        self.qualifier = qualifier
        self.q_start = q_start  # start of the qualifier words (or of the number)
        self.is_article = is_article
        self.all_flag = all_flag
        self.including = including
        self.all_but = all_but  # "all but six": the number left out of a total


class NumberRules:
    """A pack's number words, qualifiers and traps, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        words = pack.NUMBER_WORDS
        self.word_value: Callable[[str], int | None] = pack.word_value
        self.num: CIPattern = rule(
            rf"{_NUM_BEFORE}(?:(?P<digits>{_DIGITS})(?![\d.,]\d)|\b(?P<words>{words}))\b",
            form="plain",
        )
        self.num_words: CIPattern = rule(rf"{_NUM_BEFORE}(?:{words})\b")
        # One Aho-Corasick pass finds where a number word may start; the regex is then only
        # tried there (number words start with the commonest letters).
        self.num_word_heads = KeyScan(pack.NUMBER_WORD_HEADS)
        self.a_heads: frozenset[str] = frozenset(pack.A_HEADS)
        self.vague_words: frozenset[str] = frozenset(pack.VAGUE_WORDS)
        self.vague_before: CIPattern = rule(pack.VAGUE_BEFORE)
        self.article_person = re.compile(pack.ARTICLE_PERSON)
        self.article_heads = KeyScan(a + ws for a in pack.ARTICLES for ws in WHITESPACE)
        self.casualty_word = KeyScan(pack.CASUALTY_KEYS)
        self.qualifier_map: dict[str, str] = dict(pack.QUALIFIER_WORDS)
        self.including_before: CIPattern = rule(pack.INCLUDING_BEFORE)
        # What around a number makes it a date, a range, a time, a share or a model name
        # (one regex after the number, one before), and what before it qualifies it.
        self.after_trap = re.compile(
            f"(?P<date>{pack.MONTH_AFTER})|(?P<range>{_RANGE_AFTER})|(?P<bad>{pack.BAD_AFTER})"
            f"|(?P<oneof>{pack.ONE_OF_THE})"
        )
        month_word = r"(?:" + "|".join(pack.MONTH_NAMES) + r")\.?\s*$"
        before_trap = f"(?:{month_word})|(?:{_RANGE_BEFORE})|(?:{pack.BAD_BEFORE})"
        self.before_trap = re.compile(before_trap)
        # the words a trap before a number can end in: elsewhere it is not searched
        self.trap_words, self.trap_suffixes = last_words(before_trap)
        # ... and, for a word, the traps that may end in it (a few of the many)
        self.trap_index = EndingIndex(before_trap)
        self.trap_of_word: dict[str, re.Pattern[str] | None] = {}  # its answers, kept here
        self.word_values: dict[str, int | None] = {}  # word_value's answers, kept here
        quals = "|".join(re.escape(w) for w, _ in pack.QUALIFIER_WORDS)
        lead = (
            rf"(?<!\w)(?:(?P<incl>(?:{pack.INCLUDING})\s+)|(?P<allbut>{pack.ALL_BUT})"
            rf"|(?P<all>{pack.ALL}))?(?:(?P<q>{quals})\s+(?:{pack.QUALIFIER_FILLER})?)?$"
        )
        self.lead: CIPattern = rule(lead, form="plain")
        # every phrase the lead finds ends in one of these words and white space
        self.lead_words, self.lead_suffixes = last_words(lead)


def number_matches(r: NumberRules, text: str) -> list[re.Match[str]]:
    """Every number-like match of the text, in order (one pass over the whole text)."""
    low = lowered(text)
    matches = _digit_numbers(text, low) if low.isascii() else list(NUM_DIGITS.finditer(low))
    words = _number_words(r, text, low)
    article = r.casualty_word.within(text, 0, len(text))
    if words or article:
        matches.extend(words)
        if article:
            matches.extend(matches_at(r.article_person, text, r.article_heads.spans(text)[0]))
        matches.sort(key=lambda m: m.start())
    return matches


def _digit_numbers(text: str, low: str) -> list[re.Match[str]]:
    """``list(NUM_DIGITS_ASCII.finditer(low))`` for an ASCII text, trying the regex only
    where a run of digits starts (a number never starts right after a digit)."""
    starts = [at for at in _DIGIT_HEADS.spans(text)[0] if not (at and "0" <= low[at - 1] <= "9")]
    return matches_at(NUM_DIGITS_ASCII, low, starts)


def _number_words(r: NumberRules, text: str, low: str) -> list[re.Match[str]]:
    """``list(r.num_words.finditer(text))``, trying the regex only where a number word may
    start."""
    starts, ends = r.num_word_heads.spans(text)
    if not starts:
        return []
    tries: set[int] = set()
    a_heads = r.a_heads
    for start, end in zip(starts, ends, strict=True):
        tries.add(start)
        if low[start:end] in a_heads and (a := _article_before(low, 0, start)) >= 0:
            tries.add(a)
    rx = r.num_words.rx
    out: list[re.Match[str]] = []
    done = 0
    for pos in sorted(tries):
        if pos < done:
            continue  # inside the last match ("one" of "twenty-one")
        m = rx.match(low, pos)
        if m:
            out.append(m)
            done = m.end()
    return out


def _article_before(low: str, lo: int, start: int) -> int:
    """Where the "a" of "a dozen" starts, white space before the word at ``start``; -1 when
    no "a" comes there (or it would start before ``lo``)."""
    j = start
    while j > lo and low[j - 1].isspace():
        j -= 1
    return j - 1 if lo < j < start and low[j - 1] == "a" else -1


def next_number(r: NumberRules, text: str, pos: int, endpos: int) -> int:
    """Where the first number of ``text[pos:endpos]`` starts (``r.num.search``), else
    ``endpos``. In an ASCII text a number starts at a digit or where a number word may (its
    head, or the "a" of "a dozen"), and the regex is tried only there, in order."""
    if not lowered(text).isascii():  # (digits of other scripts are no key)
        m = r.num.search(text, pos, endpos)
        return m.start() if m is not None else endpos
    digits = _DIGIT_HEADS.spans(text)[0]
    i = bisect_left(digits, pos)
    tries = digits[i : bisect_left(digits, endpos, i)]
    starts, ends = r.num_word_heads.spans(text)
    j = bisect_left(starts, pos)
    if j < len(starts) and starts[j] < endpos:
        low = lowered(text)
        while j < len(starts) and starts[j] < endpos:
            tries.append(starts[j])
            if (
                low[starts[j] : ends[j]] in r.a_heads
                and (a := _article_before(low, pos, starts[j])) >= 0
            ):
                tries.append(a)
            j += 1
        tries.sort()
    for at in tries:
        if r.num.match(text, at, endpos):
            return at
    return endpos


def word_before(text: str, lo: int, start: int) -> tuple[int, int]:
    """(k, j): ``text[k:j]`` is the run of word characters that ends where the white space
    before ``start`` begins, both within ``lo``; ``j == start`` when no space comes first."""
    j = start
    while j > lo and text[j - 1].isspace():
        j -= 1
    k = text.rfind(" ", lo, j) + 1 or lo
    if not text[k:j].isalpha():  # the common case is a word of letters after a space
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
    return k, j


def _before_trap(r: NumberRules, text: str, lo: int, start: int) -> bool:
    """``r.before_trap.search(text, lo, start)``, skipped when the last word before the
    number cannot end a trap, and tried with the traps that can end in it alone."""
    k, j = word_before(text, lo, start)
    if j == lo:
        return False  # every trap holds more than white space
    if k < j:
        word = lowered(text)[k:j]
        if word not in r.trap_words and not word.endswith(r.trap_suffixes):
            return False
        if word in r.trap_of_word:
            rx = r.trap_of_word[word]
        else:
            rx = r.trap_index.ending_in(word)
            if len(r.trap_of_word) < _KEPT:
                r.trap_of_word[word] = rx
        return rx is not None and rx.search(text, lo, start) is not None
    return r.before_trap.search(text, lo, start) is not None


def _lead(r: NumberRules, text: str, lo: int, start: int) -> re.Match[str] | None:
    """``r.lead.search(text, lo, start)``, or None when it could only match empty: every
    phrase it finds ends in one of the lead's last words and white space."""
    k, j = word_before(text, lo, start)
    if j == start:
        return None
    word = lowered(text)[k:j]
    if word not in r.lead_words and not word.endswith(r.lead_suffixes):
        return None
    return r.lead.search(text, lo, start)


def numbers(
    r: NumberRules, text: str, s: Sentence, matches: list[re.Match[str]], dropped: list[str]
) -> list[Num]:
    """Candidate numbers of a sentence with their qualifier; traps are skipped here, and
    numbers above ``MAX_FIGURE`` are added to ``dropped`` instead."""
    out: list[Num] = []
    for m in matches:
        start, end = m.span()
        if m.re is r.article_person:
            # the article itself ("a" of "a woman"; a zero-width mark before the person noun
            # where a language has no article), which the match may reach past
            start, end = m.span("article")
            inc = bool(r.including_before.search(text, max(s.start, start - 40), start))
            out.append(Num(start, end, 1, "exact", start, is_article=True, including=inc))
            continue
        if m.re is NUM_DIGITS or m.re is NUM_DIGITS_ASCII:
            raw = m.group()
            digits = raw.replace(",", "")
            if len(digits) > _MAX_DIGITS:  # far past the ceiling (and past what int() reads)
                dropped.append(raw)
                continue
            value = int(digits)
            if "," not in raw and len(raw) == 4 and 1900 <= value <= 2100:
                continue  # a year
        else:
            words = m.group()
            if words in r.word_values:
                v = r.word_values[words]
            else:  # (the pack's function is plain Python: once per wording)
                v = r.word_value(words)
                if len(r.word_values) < _KEPT:
                    r.word_values[words] = v
            if v is None:
                continue
            value = v
            if words in r.vague_words and r.vague_before.search(
                text, max(s.start, start - 12), start
            ):
                continue
        trap = r.after_trap.match(text, end, min(s.end, end + 20))
        if trap and (trap.lastgroup != "oneof" or value == 1):
            continue  # a date, a range, a time, a share; "one of the drones" names one object
        if _before_trap(r, text, max(s.start, start - 12), start):
            continue
        if value > MAX_FIGURE:
            dropped.append(text[start:end])  # a total, money or a population; no attack's
            continue
        lead = _lead(r, text, max(s.start, start - 45), start)
        qualifier, q_start = "exact", start
        if lead and lead.group("q"):
            qualifier, q_start = r.qualifier_map[lead.group("q")], lead.start("q")
        out.append(
            Num(
                start,
                end,
                value,
                qualifier,
                q_start,
                all_flag=bool(lead and lead.group("all")),
                including=bool(lead and lead.group("incl")),
                all_but=bool(lead and lead.group("allbut")),
            )
        )
    return out
