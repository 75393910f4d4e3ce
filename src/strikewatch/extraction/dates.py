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
from typing import Final, NamedTuple

from strikewatch.extraction.fastre import Anchored, CIPattern, KeyScan, ci, fast_ci, tuple_new

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip

_MON: Final = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
_MON2: Final = _MON.replace("?P<mon>", "?P<mon2>")
_WD: Final = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD2: Final = _WD.replace("?P<wd>", "?P<wd2>")
_YEAR: Final = r"(?:,?\s*(?P<year>(?:19|20)\d\d))"

# Full dates anywhere in a page (datelines, captions, "Published ..."): used as the
# reference when the article has no ``published`` field.
_FULL_DATES: Final = (
    re.compile(_MON + r"\s+(?P<day>\d{1,2}),?\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<day>\d{1,2})\s+" + _MON + r",?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b"),
)

# Phrases that date an attack, most specific first. Each yields a resolver kind. Those that
# open with a month or a weekday are tried only where one of MONTHS or WEEKDAYS occurs
# (fastre.Anchored), not at every letter.
_PHRASES: tuple[tuple[str, re.Pattern[str] | CIPattern | Anchored], ...] = (
    # "the night before", "a day earlier": relative to the report's own night, not to
    # publication; resolved by the extractor (date None here)
    ("previous_night", fast_ci(r"\b(?:the\s+(?:night|day|evening)\s+before|the\s+previous\s+(?:night|day|evening)|(?:a|one)\s+(?:night|day)\s+earlier)\b")),
    # "an attack on Zaporizhzhia early on Sunday": the weekday the attack is dated by
    ("attack_wd", Anchored(ci(r"\b(?:attacks?|strikes?|assault|raids?|bombardment|barrage)\b[^.;,]{0,50}?\b(?:on|early|late|overnight|during)\s+(?:on\s+)?" + _WD))),
    # "Friday's Russian missile strike", "Saturday's attack on Kyiv": the attack's own day
    ("wd_attack", Anchored(ci(r"\b" + _WD + r"['’]s\s+(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|assault|bombardment|barrage|raids?|shelling)\b"), WEEKDAYS)),
    # "the night of 29 to 30 October", "night of 15-16 September"
    ("night_dm", fast_ci(r"\bnight\s+of\s+(?:\d{1,2}\s+" + _MON2 + r"\s+)?(?:\d{1,2})\s*(?:-|–|to|into|and)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + _YEAR + "?")),
    # "the night of October 29 to 30", "night of August 22-23"
    ("night_md", fast_ci(r"\bnight\s+of\s+" + _MON + r"\s+(?:\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|into|and)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _YEAR + "?")),
    # "overnight into Friday", "Thursday night into Friday", "night to Sunday"
    ("into_wd", Anchored(ci(r"\b(?:overnight|night|evening)\s+(?:into|to)\s+" + _WD))),
    # "Monday night", "on Saturday night" -> the next morning
    ("wd_night", Anchored(ci(r"\b" + _WD + r"\s+night\b"), WEEKDAYS)),
    # "on the night of August 23" (the night that ended on the 23rd)
    ("night_of_md", fast_ci(r"\bnight\s+of\s+" + _MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _YEAR + "?")),
    ("night_of_dm", fast_ci(r"\bnight\s+of\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + _YEAR + "?")),
    # explicit dates: "Oct. 19, 2024", "19 October", "on 20 May"
    ("md", Anchored(re.compile(r"\b" + _MON + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!:)" + _YEAR + "?"), MONTHS)),
    ("dm", re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r"\b" + _YEAR + "?")),
    # weekdays: "late Saturday", "early on Sunday", "on Monday", "Friday morning"
    ("wd", Anchored(ci(r"\b" + _WD + r"\b"), WEEKDAYS)),
    ("ref_minus_1", fast_ci(r"\byesterday\b")),
    ("ref", ci(r"\b(?:overnight|last\s+night|tonight|this\s+morning|early\s+today|today|during\s+the\s+night|at\s+night|in\s+the\s+early\s+hours|earlier\s+today)\b")),
)  # fmt: skip


_MONTH_KEYS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")  # fmt: skip
# Every phrase above contains one of these (lower-case); sentences without any are skipped.
_KEYS: Final = (
    *(m for m in MONTHS if len(m) > 3), *_MONTH_KEYS, "day", "night", "today", "morning", "hours",
)  # fmt: skip
_KEY: Final = KeyScan(_KEYS)
# For each kind of phrase, lower-case words one of which each of its matches contains;
# kinds whose words are missing from a sentence are not searched there.
_WEEKDAY_KEYS: Final = tuple(WEEKDAYS)
_PHRASE_KEYS: dict[str, tuple[str, ...]] = {
    "previous_night": ("before", "previous", "earlier"),
    "attack_wd": _WEEKDAY_KEYS,
    "wd_attack": _WEEKDAY_KEYS,
    "night_dm": ("night",),
    "night_md": ("night",),
    "into_wd": _WEEKDAY_KEYS,
    "wd_night": _WEEKDAY_KEYS,
    "night_of_md": ("night",),
    "night_of_dm": ("night",),
    # md and dm match case-sensitively: their words are looked for in the text as it is
    "md": tuple(k.capitalize() for k in _MONTH_KEYS),
    "dm": tuple(k.capitalize() for k in _MONTH_KEYS),
    "wd": _WEEKDAY_KEYS,
    "ref_minus_1": ("yesterday",),
    "ref": ("night", "morning", "today", "hours"),
}
_DAY_NAMING: Final = KeyScan((*_MONTH_KEYS, *_PHRASE_KEYS["previous_night"]))
# The same test by key scan (lower-cased: for md and dm, a wider test than the one above,
# which only means that their regex is tried a little more often); kinds with the same
# words share a scan.
_SCANS: dict[tuple[str, ...], KeyScan] = {}
_PHRASE_SCAN = {
    kind: _SCANS.setdefault(keys, KeyScan(k.lower() for k in keys))
    for kind, keys in _PHRASE_KEYS.items()
}


def may_name_day(text: str, start: int, end: int) -> bool:
    """False when text[start:end] holds no phrase that names a calendar day (the explicit
    kinds all name a month) and no "the night before"."""
    return _DAY_NAMING.within(text, start, end)


class DatePhrase(NamedTuple):
    """A date phrase of a text and the day it names. (A tuple: immutable, cheap to make.)"""

    start: int
    end: int
    kind: str
    date: dt.date | None  # None when the phrase cannot be resolved without a reference
    explicit: bool  # names a calendar day (not a weekday or "overnight")


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A wire dateline opening a paragraph: "KYIV, Nov 17 (Reuters) - ", "MOSCOW, June 6. /TASS/. ",
# "LONDON — ". Its date is when the story was filed, not when the attack happened.
_DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'’/]+(?:[ -][A-Z][A-Z.'’/]+)*(?:,\s*[A-Z][\w.]+){0,2}?(?:,?\s*"
    + _MON.replace("?P<mon>", "?:")
    + r"\s+\d{1,2}(?:,\s*\d{4})?\.?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|–|—|/[^/\n]{1,20}/\.?)\s*"
)


def dateline_end(text: str, start: int) -> int:
    """End of a wire dateline at ``start`` (a paragraph's first character), else ``start``."""
    m = _DATELINE.match(text, start)
    if m is None or m.end() - start < 6:
        return start
    return m.end()


def reference_date(text: str, published: dt.date | None) -> dt.date | None:
    """The date relative phrases resolve against: ``published``, else the latest full
    date printed in the page (dateline, caption, "Published ..." line), else None."""
    if published is not None:
        return published
    found: list[dt.date] = []
    for rx in _FULL_DATES:
        for m in rx.finditer(text):
            gd = m.groupdict()
            month = int(gd["m"]) if gd.get("m") else _month(gd["mon"])
            d = _safe_date(int(gd["year"]), month, int(gd["day"]))
            if d is not None:
                found.append(d)
    return max(found) if found else None


def _on_or_before(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def _day_month(m: re.Match[str], ref: dt.date | None) -> dt.date | None:
    gd = m.groupdict()
    month, day = _month(gd["mon"]), int(gd["day"])
    if gd.get("year"):
        return _safe_date(int(gd["year"]), month, day)
    if ref is None:
        return None
    d = _safe_date(ref.year, month, day)
    if d is not None and d > ref + dt.timedelta(days=1):
        d = _safe_date(ref.year - 1, month, day)
    return d


def find_phrases(text: str, start: int, end: int, ref: dt.date | None) -> list[DatePhrase]:
    """Date phrases in text[start:end], resolved against ``ref``; overlapping matches of
    less specific kinds are dropped."""
    out: list[DatePhrase] = []
    if not _KEY.within(text, start, end):
        return out
    cased = text[start:end]
    taken: list[tuple[int, int]] = []
    present: dict[KeyScan, bool] = {}  # kinds share key scans: each is asked once
    for kind, rx in _PHRASES:
        scan = _PHRASE_SCAN[kind]
        found = present.get(scan)
        if found is None:
            found = present[scan] = scan.within(text, start, end)
        if not found:
            continue  # no match here: skipping it changes nothing
        case_sensitive = isinstance(rx, re.Pattern) or (isinstance(rx, Anchored) and rx.cased)
        if case_sensitive and not any(k in cased for k in _PHRASE_KEYS[kind]):
            continue  # the same for the case-sensitive kinds
        for m in rx.finditer(text, start, end):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            d: dt.date | None = None
            explicit = kind in ("night_dm", "night_md", "night_of_md", "night_of_dm", "md", "dm")
            if explicit:
                d = _day_month(m, ref)
            elif ref is not None:
                if kind == "into_wd":
                    d = _on_or_before(ref, WEEKDAYS[m.group("wd").lower()])
                elif kind == "wd_night":
                    night = _on_or_before(
                        ref - dt.timedelta(days=1), WEEKDAYS[m.group("wd").lower()]
                    )
                    d = night + dt.timedelta(days=1)
                elif kind == "previous_night":
                    d = None
                elif kind in ("wd", "wd_attack", "attack_wd"):
                    d = _on_or_before(ref, WEEKDAYS[m.group("wd").lower()])
                elif kind == "ref_minus_1":
                    d = ref - dt.timedelta(days=1)
                else:
                    d = ref
            taken.append((m.start(), m.end()))
            out.append(tuple_new(DatePhrase, (m.start(), m.end(), kind, d, explicit)))
    out.sort(key=lambda p: p.start)
    return out
