"""Dates: resolve "overnight into Friday", "late Saturday", "the night of 29 to 30 October"
against the article's publication date.

Rules (FORMAT.md section 2): an overnight attack is dated by the morning it ended; a
weekday means the latest such day on or before the reference date; a day and month
without a year take the reference date's year (or the year before, if that would put the
attack more than a day after publication). Without a reference date only phrases that
carry their own year resolve. The system clock is never read.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from types import ModuleType
from typing import Final, NamedTuple

from strikewatch.extraction.fastre import Anchored, CIPattern, KeyScan, tuple_new
from strikewatch.extraction.rules import Form, required_keys, rule

# The speed form of each kind of phrase (the rule author writes the source only): kinds
# that open with a weekday are tried only where the pack's weekday names occur, those
# that end with one where their own first words do; the case-sensitive day-month kinds
# only where a month name occurs.
_FORMS: Final[dict[str, tuple[Form, str | None]]] = {
    "previous_night": ("first_letter", None),
    "attack_wd": ("anchored", None),
    "wd_attack": ("anchored", "WEEKDAYS"),
    "night_dm": ("first_letter", None),
    "night_md": ("first_letter", None),
    "into_wd": ("anchored", None),
    "wd_night": ("anchored", "WEEKDAYS"),
    "night_of_md": ("first_letter", None),
    "night_of_dm": ("first_letter", None),
    "md": ("anchored", "MONTHS"),
    "dm": ("plain", None),
    "wd": ("anchored", "WEEKDAYS"),
    "ref_minus_1": ("first_letter", None),
    "ref": ("plain", None),
}
# the kinds that name a calendar day
EXPLICIT: Final = frozenset(("night_dm", "night_md", "night_of_md", "night_of_dm", "md", "dm"))
# how specific each kind is (0 most): the attack is dated by the most specific phrase
RANK: Final = {
    "wd_attack": 0, "attack_wd": 0, "night_dm": 0, "night_md": 0, "night_of_md": 0,
    "night_of_dm": 0, "into_wd": 1, "wd_night": 2, "md": 3, "dm": 3, "wd": 4, "ref_minus_1": 5,
    "ref": 6, "previous_night": 9,
}  # fmt: skip

Phrase = re.Pattern[str] | CIPattern | Anchored


class DateRules:
    """A pack's date words and phrases, compiled, with the key scans that skip the phrases
    a sentence cannot hold (derived from the phrases themselves)."""

    def __init__(self, pack: ModuleType) -> None:
        self.months: dict[str, int] = dict(pack.MONTHS)
        self.weekdays: dict[str, int] = dict(pack.WEEKDAYS)
        self.full_dates = tuple(re.compile(rx) for rx in pack.FULL_DATES)
        self.dateline = re.compile(pack.DATELINE)
        self.reported_on: CIPattern = rule(pack.REPORTED_ON)
        phrases: list[tuple[str, Phrase, bool]] = []
        keys: dict[str, tuple[str, ...]] = {}
        for kind, source, cased in pack.PHRASES:
            form, heads = _FORMS[kind]
            words = None if heads is None else getattr(pack, heads)
            phrases.append((kind, rule(source, cased=cased, form=form, heads=words), cased))
            keys[kind] = required_keys(source)
        self.phrases = tuple(phrases)
        self.keys = keys
        # For each kind of phrase, lower-case words one of which each of its matches
        # contains: kinds whose words are missing from a sentence are not searched there
        # (kinds with the same words share a scan). A case-sensitive kind is also skipped
        # where its words are missing from the text as it is.
        scans: dict[tuple[str, ...], KeyScan] = {}
        self.scan = {kind: scans.setdefault(k, KeyScan(k)) for kind, k in keys.items()}
        self.cased_keys = {
            kind: _shortest(_cased_keys(source)) for kind, source, cased in pack.PHRASES if cased
        }
        self.any_key = KeyScan(k for ks in keys.values() for k in ks)
        # phrases that name a calendar day (or "the night before")
        self.day_naming = KeyScan(
            k
            for kind, ks in keys.items()
            if kind in EXPLICIT or kind == "previous_night"
            for k in ks
        )

    def month(self, name: str) -> int:
        return self.months[name.lower().rstrip(".")]


def _shortest(keys: list[str]) -> tuple[str, ...]:
    """The keys no other key lies inside (where "Jan" is, "January" is found too)."""
    unique = dict.fromkeys(keys)
    return tuple(k for k in unique if not any(o != k and o in k for o in unique))


def _cased_keys(source: str) -> list[str]:
    """The keys of a case-sensitive phrase as the text writes them: each key of
    :func:`required_keys` in the case of the source's own alternatives."""
    out = []
    for key in required_keys(source):
        for m in re.finditer(re.escape(key), source, re.I):
            out.append(source[m.start() : m.end()])
    return out


def may_name_day(r: DateRules, text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds no phrase that names a calendar day (the explicit
    kinds all name a month) and no "the night before"."""
    return r.day_naming.within(text, start, end)


class DatePhrase(NamedTuple):
    """A date phrase of a text and the day it names. (A tuple: immutable, cheap to make.)"""

    start: int
    end: int
    kind: str
    date: dt.date | None  # None when the phrase cannot be resolved without a reference
    explicit: bool  # names a calendar day (not a weekday or "overnight")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def dateline_end(r: DateRules, text: str, start: int) -> int:
    """End of a wire dateline at ``start`` (a paragraph's first character), else ``start``."""
    m = r.dateline.match(text, start)
    if m is None or m.end() - start < 6:
        return start
    return m.end()


# (?<!\d)(?:19|20)\d\d(?!\d), with the look-behind after the literal first digits: a pattern
# that starts with its literals is skipped ahead to them, one that starts with a look-behind
# is tried at every character (3.5 times slower over a page)
_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")
_DATE_REACH = 32  # characters a full date may reach around its year


def reference_date(r: DateRules, text: str, published: dt.date | None) -> dt.date | None:
    """The date relative phrases resolve against: ``published``, else the latest full
    date printed in the page (dateline, caption, "Published ..." line), else None."""
    if published is not None:
        return published
    found: list[dt.date] = []
    seen: set[tuple[int, int]] = set()
    # every full date holds a year: the date regexes run only around the years of the text
    for y in _YEAR.finditer(text):
        lo, hi = max(0, y.start() - _DATE_REACH), y.end() + _DATE_REACH
        for rx in r.full_dates:
            for m in rx.finditer(text, lo, hi):
                if m.span() in seen or m.start("year") != y.start():
                    continue
                seen.add(m.span())
                gd = m.groupdict()
                month = int(gd["m"]) if gd.get("m") else r.month(gd["mon"])
                d = _safe_date(int(gd["year"]), month, int(gd["day"]))
                if d is not None:
                    found.append(d)
    return max(found) if found else None


def shift(day: dt.date | None, days: int) -> dt.date | None:
    """``day`` moved by ``days``; None past the calendar's ends (0001-01-01, 9999-12-31)
    or when there is no day."""
    if day is None:
        return None
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _on_or_before(ref: dt.date | None, weekday: int) -> dt.date | None:
    if ref is None:
        return None
    return shift(ref, -((ref.weekday() - weekday) % 7))


def _day_month(r: DateRules, m: re.Match[str], ref: dt.date | None) -> dt.date | None:
    gd = m.groupdict()
    month, day = r.month(gd["mon"]), int(gd["day"])
    if gd.get("year"):
        return _safe_date(int(gd["year"]), month, day)
    if ref is None:
        return None
    d = _safe_date(ref.year, month, day)
    if d is not None and ref < dt.date.max and d > ref + dt.timedelta(days=1):
        d = _safe_date(ref.year - 1, month, day)
    return d


def find_phrases(
    r: DateRules, text: str, start: int, end: int, ref: dt.date | None
) -> list[DatePhrase]:
    """Date phrases in text[start:end], resolved against ``ref``; overlapping matches of
    less specific kinds are dropped."""
    out: list[DatePhrase] = []
    if not r.any_key.within(text, start, end):
        return out
    cased = text[start:end]
    # the spans taken by phrases of more specific kinds: disjoint, kept sorted, so that an
    # overlap is found by bisection (a sentence of thousands of phrases stays linear)
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    present: dict[KeyScan, bool] = {}  # kinds share key scans: each is asked once
    for kind, rx, case_sensitive in r.phrases:
        scan = r.scan[kind]
        found = present.get(scan)
        if found is None:
            found = present[scan] = scan.within(text, start, end)
        if not found:
            continue  # no match here: skipping it changes nothing
        if case_sensitive and not any(k in cased for k in r.cased_keys[kind]):
            continue  # the same for the case-sensitive kinds
        for m in rx.finditer(text, start, end):
            a, b = m.span()
            i = bisect_left(taken_starts, b)
            if i and taken_ends[i - 1] > a:
                continue
            explicit = kind in EXPLICIT
            d = _day_month(r, m, ref) if explicit else _resolve(r, kind, m, ref)
            taken_starts.insert(i, a)
            taken_ends.insert(i, b)
            out.append(tuple_new(DatePhrase, (m.start(), m.end(), kind, d, explicit)))
    out.sort(key=lambda p: p.start)
    return out


def _resolve(r: DateRules, kind: str, m: re.Match[str], ref: dt.date | None) -> dt.date | None:
    """The day a phrase of a relative kind names, counted from ``ref``."""
    if ref is None or kind == "previous_night":
        return None
    if kind == "into_wd":
        return _on_or_before(ref, r.weekdays[m.group("wd").lower()])
    if kind == "wd_night":
        night = _on_or_before(shift(ref, -1), r.weekdays[m.group("wd").lower()])
        return shift(night, 1)
    if kind in ("wd", "wd_attack", "attack_wd"):
        return _on_or_before(ref, r.weekdays[m.group("wd").lower()])
    if kind == "ref_minus_1":
        return shift(ref, -1)
    return ref
