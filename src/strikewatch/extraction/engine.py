"""Extraction: one article in, its strike reports out.

:func:`extract` is the one pure per-article function that the CLI, the store and batch
runners call. It never raises on any text. The stages, each a small function:

1. ``clean.sentences``: usable sentences (boilerplate and unrelated stories skipped);
2. ``_numbers``: candidate numbers with their qualifier, skipping traps (storeys, ages,
   years, clock times, model numbers such as Kh-101 or Shahed-136);
3. ``_noun_phrase``: what each number counts (a weapon class, people, or an anaphor such
   as "33 of them" / "two more");
4. ``_metric``: what happened to them, from the verbs around ("shot down 14 drones",
   "25 were jammed", "injuring nine people");
5. side, place, claimant and date for every figure, then grouping into reports of one
   attacker / target / night, and removal of repeated statements of the same figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Final

from strikewatch import patterns as P
from strikewatch.extraction.dates import (
    DatePhrase,
    dateline_end,
    find_phrases,
    may_name_day,
    reference_date,
)
from strikewatch.extraction.fastre import (
    Anchored,
    CIPattern,
    KeyScan,
    ci,
    fast_ci,
    fast_re,
    first_letter_alternation,
    first_letters,
    lower_pattern,
    lowered,
    matches_at,
)
from strikewatch.extraction.places import PlaceMention, find_places, lookup
from strikewatch.extraction.segment import Sentence, sentences
from strikewatch.models import Article, ArticleResult, Evidence, Figure, Report

WEAPON_METRICS: Final = frozenset({"launched", "intercepted", "suppressed", "hit"})
CASUALTY_METRICS: Final = frozenset({"killed", "injured", "hospitalized", "rescued", "missing"})


def _alt(entries: tuple[tuple[str, str], ...]) -> CIPattern:
    """One case-insensitive alternation of whole words with a named group per entry;
    ``m.lastgroup`` is ``g<i>_<k>`` for entry ``i`` (:func:`_labels` names it)."""
    plain = r"\b(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(entries)) + ")"
    # A branch per first letter lets the engine skip ahead to the possible first letters.
    named = [(f"g{i}", r"\b(?:" + lower_pattern(rx) + ")") for i, (rx, _) in enumerate(entries)]
    fast = first_letter_alternation(named)
    return CIPattern(plain + r"(?!\w)", None if fast is None else fast + r"(?!\w)")


def _labels(pattern: CIPattern, entries: tuple[tuple[str, str], ...]) -> dict[str | None, str]:
    """The label of each named group of ``_alt(entries)``, by group name."""
    labels: dict[str | None, str] = {None: entries[0][1]}
    for name in pattern.rx.groupindex:
        labels[name] = entries[int(name[1:].partition("_")[0])][1]
    return labels


# ----------------------------------------------------------------------------- numbers
_UNIT_WORDS: Final = "|".join(sorted(P.UNITS, key=len, reverse=True))
_TEN_WORDS: Final = "|".join(P.TENS)
_WORD_NUM: Final = (
    rf"(?:(?:{_TEN_WORDS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
    rf"|(?:{_UNIT_WORDS}))(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TEN_WORDS})(?:-(?:{_UNIT_WORDS}))?|{_UNIT_WORDS}))?)?"
)
_NUM_BEFORE: Final = r"(?<![\w\-/.,:$€£#])"  # what may not come right before a number
_DIGITS: Final = r"\d{1,3}(?:,\d{3})+|\d+"
_WORDS: Final = rf"a\s+hundred|a\s+dozen|a\s+single|a\s+pair\s+of|dozen|single|both|{_WORD_NUM}"
_NUM: Final = ci(rf"{_NUM_BEFORE}(?:(?P<digits>{_DIGITS})(?![\d.,]\d)|\b(?P<words>{_WORDS}))\b")
# The same numbers found by two scans that the engine can run fast: digits (the first digit
# checks what comes before it), and number words (a branch per first letter). Their matches
# never overlap, and each match is the number itself.
_NUM_DIGITS: Final = re.compile(
    rf"\d(?<!{_NUM_BEFORE[4:-1]}.)(?:\d{{0,2}}(?:,\d{{3}})+|\d*)(?![\d.,]\d)\b"
)
# In ASCII text \d is [0-9], which the engine tests faster than the Unicode digit class.
_NUM_DIGITS_ASCII: Final = re.compile("[0-9]" + _NUM_DIGITS.pattern.removeprefix(r"\d"))
_NUM_WORDS: Final = fast_ci(rf"{_NUM_BEFORE}(?:{_WORDS})\b")
# Where a number word may start: at one of these words, or at the "a" before the last four
# ("a dozen"). One Aho-Corasick pass finds them; the regex is then only tried there (it is
# slow to search for, as number words start with the commonest letters).
_NUM_WORD_HEADS: Final = KeyScan([*P.UNITS, *P.TENS, "dozen", "single", "both", "hundred", "pair"])
_A_HEADS: Final = ("dozen", "single", "hundred", "pair")
# "a woman was injured": the article counts one person. Only looked for in sentences that
# speak of casualties at all. ("A" or "An" at the start of a word: the pattern starts with
# a character set so that the engine skips ahead, and checks the word start after it.)
_ARTICLE_PERSON: Final = re.compile(
    r"(?P<article>[Aa](?<!\w.)n??)(?=\s+(?:[\w][\w\-]+\s+){0,2}(?:woman|man|child|boy|girl|person"
    r"|resident|civilian|teenager|employee|worker|pensioner|guard|driver|rescuer|firefighter"
    r"|policeman|police\s+officer|passenger|soldier|serviceman|volunteer)\b(?!\s+(?:enterprise|"
    r"infrastructure|object|facility|target|building|area|site|vehicle|car|ship|vessel|port|plant)))"
)
# Where an _ARTICLE_PERSON match may start: "a" or "an" before white space (the regex
# engine's \s, every character for which str.isspace() holds).
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_ARTICLE_HEADS: Final = KeyScan(a + ws for a in ("a", "an") for ws in WHITESPACE)
# Where a digit number may start, in ASCII text: at a digit (its regex is tried only where
# one starts a run of digits).
_DIGIT_HEADS: Final = KeyScan(tuple("0123456789"))
_CASUALTY_WORD: Final = KeyScan(("injur", "wound", "kill", "dead", "died", "hurt", "hospital"))
_QUALIFIER_MAP: Final = {w: q for w, q in P.QUALIFIER_WORDS}
_MONTH_NAMES: Final = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug"),
    *("Sept", "Sep", "Oct", "Nov", "Dec"),
)
_MONTH_WORD: Final = re.compile(r"(?:" + "|".join(_MONTH_NAMES) + r")\.?\s*$")
_MONTH_AFTER: Final = re.compile(
    r"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
_BAD_AFTER: Final = re.compile(
    r"(?:st|nd|rd|th)\b|[-–](?!\s)(?![Tt]ype)|[:/]\d|\s*(?:%|percent|per\s+cent|a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|EDT|EST|BST|CET|MSK)|[’']s\b"
)
_BAD_BEFORE: Final = re.compile(
    r"(?:[A-Za-z][-–]|No\.\s*|number\s+|#|\$|€|£|\bage\s+|\baged\s+|\b[Nn]o\s+|\b[Nn]ot\s+(?:a\s+)?|\bany\s+"
    r"|\b[Nn](?:one|either)\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?|\baged\s+\d+\s*(?:,|and|to|-)\s*"
    r"|\b(?:man|woman|boy|girl|child|son|daughter|mother|father|resident|driver|pensioner|teenager"
    r"|victim|person|civilian|worker|guard|passenger)(?:\s+of|,|\s*\()\s*)$"
)


def _word_value(words: str) -> int | None:
    w = " ".join(words.lower().replace("-", " ").split())
    if w in P.SPECIAL_NUMBERS:
        return P.SPECIAL_NUMBERS[w]
    if w == "a hundred":
        return 100
    total = 0
    current = 0
    for token in w.split():
        if token == "and":
            continue
        if token in P.UNITS:
            current += P.UNITS[token]
        elif token in P.TENS:
            current += P.TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        else:
            return None
    return total + current


class _Num:
    """A number of a sentence. (The records of this module are plain classes with an
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


_RANGE_AFTER: Final = re.compile(r"\s*[-–]\s*\d")
_RANGE_BEFORE: Final = re.compile(r"\d\s*[-–]\s*$")
_VAGUE_BEFORE: Final = fast_ci(r"\b(?:several|few|many|two|three)\s+$")
_INCLUDING_BEFORE: Final = fast_ci(
    r"\b(?:including|among\s+them|of\s+whom|among\s+the\s+(?:wounded|injured|dead|killed|victims)"
    r"(?:\s+(?:was|were|is|are))?)\s+$"
)


def _number_matches(text: str) -> list[re.Match[str]]:
    """Every number-like match of the text, in order (one pass over the whole text)."""
    low = lowered(text)
    matches = _digit_numbers(text, low) if low.isascii() else list(_NUM_DIGITS.finditer(low))
    words = _number_words(text, low)
    article = _CASUALTY_WORD.within(text, 0, len(text))
    if words or article:
        matches.extend(words)
        if article:
            matches.extend(matches_at(_ARTICLE_PERSON, text, _ARTICLE_HEADS.spans(text)[0]))
        matches.sort(key=lambda m: m.start())
    return matches


def _digit_numbers(text: str, low: str) -> list[re.Match[str]]:
    """``list(_NUM_DIGITS_ASCII.finditer(low))`` for an ASCII text, trying the regex only
    where a run of digits starts (a number never starts right after a digit)."""
    starts = [at for at in _DIGIT_HEADS.spans(text)[0] if not (at and "0" <= low[at - 1] <= "9")]
    return matches_at(_NUM_DIGITS_ASCII, low, starts)


def _number_words(text: str, low: str) -> list[re.Match[str]]:
    """``list(_NUM_WORDS.finditer(text))``, trying the regex only where a number word may
    start (``_NUM_WORD_HEADS``)."""
    starts, ends = _NUM_WORD_HEADS.spans(text)
    if not starts:
        return []
    tries: set[int] = set()
    for start, end in zip(starts, ends, strict=True):
        tries.add(start)
        if low[start:end] in _A_HEADS:
            j = start
            while j > 0 and low[j - 1].isspace():
                j -= 1
            if j < start and j > 0 and low[j - 1] == "a":
                tries.add(j - 1)
    rx = _NUM_WORDS.rx
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


# What around a number makes it a date, a range, a time, a share or a model name
# (one regex after the number, one before), and what before it qualifies it.
_AFTER_TRAP: Final = re.compile(
    f"(?P<date>{_MONTH_AFTER.pattern})|(?P<range>{_RANGE_AFTER.pattern})|(?P<bad>{_BAD_AFTER.pattern})"
    r"|(?P<oneof>(?i:\s*of\s+the\s+(?!\d)))"
)
_BEFORE_TRAP: Final = re.compile(
    f"(?:{_MONTH_WORD.pattern})|(?:{_RANGE_BEFORE.pattern})|(?:{_BAD_BEFORE.pattern})"
)
_LEAD: Final = ci(
    r"(?<!\w)(?:(?P<incl>(?:including|include[sd]?|among\s+them|of\s+whom|among\s+the\s+(?:wounded|injured|dead"
    r"|killed|victims)(?:\s+(?:was|were|is|are))?)\s+)|(?P<allbut>all\s+(?:but|except(?:\s+for)?)\s+)"
    r"|(?P<all>all\s+(?:the\s+|of\s+the\s+)?))?(?:(?P<q>"
    + "|".join(re.escape(w) for w, _ in P.QUALIFIER_WORDS)
    + r")\s+(?:a\s+total\s+of\s+)?)?$"
)


# What _BEFORE_TRAP can end in, apart from signs: one of these words, or a word ending in
# one of the suffixes (its month names and "number" need no word start before them, and
# "aged 5and" has none).
_TRAP_LAST_WORDS: Final = frozenset(
    ("age", "aged", "no", "not", "a", "any", "of", "the", "its", "their", "his", "her")
)
_TRAP_SUFFIXES: Final = (
    *(m.lower() for m in _MONTH_NAMES),
    "number",
    "and",
    "to",
)


def _word_before(text: str, lo: int, start: int) -> tuple[int, int]:
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


def _before_trap(text: str, lo: int, start: int) -> bool:
    """``_BEFORE_TRAP.search(text, lo, start)``, skipped when the last word before the
    number cannot end a trap."""
    k, j = _word_before(text, lo, start)
    if j == lo:
        return False  # every trap holds more than white space
    if k < j:
        word = lowered(text)[k:j]
        if word not in _TRAP_LAST_WORDS and not word.endswith(_TRAP_SUFFIXES):
            return False
    return _BEFORE_TRAP.search(text, lo, start) is not None


# The last word of every phrase _LEAD finds: it can only find one after these.
_LEAD_LAST_WORDS: Final = frozenset(
    {w.split()[-1] for w, _ in P.QUALIFIER_WORDS}
    | {"of", "including", "include", "includes", "included", "them", "whom", "wounded"}
    | {"injured", "dead", "killed", "victims", "was", "were", "is", "are", "but", "except"}
    | {"for", "all", "the"}
)


def _lead(text: str, lo: int, start: int) -> re.Match[str] | None:
    """``_LEAD.search(text, lo, start)``, or None when it could only match empty: every
    phrase it finds ends in one of ``_LEAD_LAST_WORDS`` and white space."""
    k, j = _word_before(text, lo, start)
    if j == start or lowered(text)[k:j] not in _LEAD_LAST_WORDS:
        return None
    return _LEAD.search(text, lo, start)


def _numbers(text: str, s: Sentence, matches: list[re.Match[str]]) -> list[_Num]:
    """Candidate numbers of a sentence with their qualifier; traps are skipped here."""
    out: list[_Num] = []
    for m in matches:
        start, end = m.span()
        if m.re is _ARTICLE_PERSON:
            inc = bool(_INCLUDING_BEFORE.search(text, max(s.start, start - 40), start))
            out.append(_Num(start, end, 1, "exact", start, is_article=True, including=inc))
            continue
        if m.re is _NUM_DIGITS or m.re is _NUM_DIGITS_ASCII:
            raw = m.group()
            value = int(raw.replace(",", ""))
            if "," not in raw and len(raw) == 4 and 1900 <= value <= 2100:
                continue  # a year
        else:
            words = m.group()
            v = _word_value(words)
            if v is None:
                continue
            value = v
            if words in ("single", "dozen") and _VAGUE_BEFORE.search(
                text, max(s.start, start - 12), start
            ):
                continue
        trap = _AFTER_TRAP.match(text, end, min(s.end, end + 20))
        if trap and (trap.lastgroup != "oneof" or value == 1):
            continue  # a date, a range, a time, a share; "one of the drones" names one object
        if _before_trap(text, max(s.start, start - 12), start):
            continue
        lead = _lead(text, max(s.start, start - 45), start)
        qualifier, q_start = "exact", start
        if lead and lead.group("q"):
            qualifier, q_start = _QUALIFIER_MAP[lead.group("q")], lead.start("q")
        out.append(
            _Num(
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


# ----------------------------------------------------------------------------- noun phrases
_WEAPON_HEAD: Final = _alt(P.WEAPON_HEADS)
_WEAPON_HEAD_CLS: Final = _labels(_WEAPON_HEAD, P.WEAPON_HEADS)
_WEAPON_MOD: Final = _alt(P.WEAPON_MODIFIERS)
_WEAPON_MOD_CLS: Final = _labels(_WEAPON_MOD, P.WEAPON_MODIFIERS)
_PERSON: Final = fast_ci(rf"(?:{P.PERSON_HEADS})\b")
_CHILD: Final = fast_ci(rf"(?:{P.CHILD_HEADS})\b")
_TRAP: Final = ci(rf"(?:{P.TRAP_HEADS})(?![\w-])")
_CASUALTY_NOUN: Final = _alt(P.CASUALTY_NOUNS)
_CASUALTY_NOUN_CLS: Final = _labels(_CASUALTY_NOUN, P.CASUALTY_NOUNS)
_ANAPHOR: Final = ci(
    r"of\s+(?:them|which|those|these)\b|others?\b(?!\s+(?:drones?|missiles?|UAVs?))"
)
_PARTITIVE_NUM: Final = ci(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?")
_CHILD_SUBSET: Final = ci(r"\s*(?:,\s*)?(?:were\s+|are\s+)?(?:children|kids|minors)\b")
_GAPPING: Final = re.compile(
    r"\s+(?:each\s+)?(?:(?:were|was)\s+)?(?:over|above|in|near|across|around|on|off|outside)\s+(?:the\s+)?[A-Za-z]"
)
_EACH: Final = re.compile(r"(?:\s+[\w-]+){0,3}?\s+each\b")
_PARTITIVE_THE: Final = fast_ci(r"(?:of|for)\s+(?:the|these|those)\s+")
_STOP: Final = fast_ci(
    r"(?:of|in|on|at|over|from|to|into|toward|towards|across|near|by|with|for|during|after|before"
    r"|since|as|than|and|or|but|while|were|was|is|are|have|has|had|been|be|will|would|could|that"
    r"|which|who|the|a|an|this|these|those|its|their|his|her|hit|struck|attacked|targeted|flew"
    r"|disappeared|died|fell|crashed|reached|exploded|launched|fired|shot|downed|destroyed"
    r"|intercepted|killed|remain|remained|went|got|did|failed|fail|also|each|apiece|overnight"
    r"|yesterday|today|nationwide|more\s+than|in\s+total|altogether)\b"
)
_TOKEN: Final = re.compile(
    r"[\"“”‘’'(\[]*([A-Za-z][\w’'\-/.]*[\w]|[A-Za-z]|\d+(?:-?[A-Za-z]+[\w-]*)+|\d[\d,]*|[^\s\w])[\"“”’')\]]*"
)
_AND_MORE: Final = ci(
    r"\s*(?:,\s*|\s+)(?:and|or|&)\s+(?!(?:a|an|one|the|several|some|many|few|a\s+few|dozens|scores|numerous|multiple|other|more)\b)"
    r"(?:[A-Za-z\-]+\s+){0,2}?(?P<w>drones?|UAVs?|missiles?|rockets?|bombs?)\b"
)


class _NP:
    """The noun phrase after a number."""

    def __init__(
        self,
        kind: str,
        end: int,
        weapon: str | None = None,
        child: bool = False,
        metric: str | None = None,
        text: str = "",
    ) -> None:
        self.kind = kind  # weapon | person | casualty | anaphor | none | trap
        self.end = end
        self.weapon = weapon
        self.child = child
        self.metric = metric  # for casualty nouns ("ten injuries")
        self.text = text

    def ending_at(self, end: int) -> _NP:
        """The same noun phrase ending at ``end``."""
        return _NP(self.kind, end, self.weapon, self.child, self.metric, self.text)


def _weapon_class(classes: list[str], mixed: bool) -> str:
    s = set(classes)
    if "any" in s or mixed:
        return "any"
    missiles = s & {"cruise_missile", "ballistic_missile"}
    if "drone" in s and (missiles or "missile" in s):
        # "Shahed attack drones" has only drone words; a drone word beside a missile word
        # names both ("drone and missile attack").
        return "drone" if classes[-1] == "drone" and not missiles and "missile" not in s else "any"
    if len(missiles) == 2:
        return "missile"
    if missiles:
        return missiles.pop()
    if "guided_bomb" in s:
        return "guided_bomb"
    if "missile" in s:
        return "missile"
    return classes[-1] if classes else "any"


# The letters each noun-phrase pattern can start with: at other letters it is not tried.
_ANAPHOR_FIRST: Final = first_letters(_ANAPHOR)
_WEAPON_HEAD_FIRST: Final = first_letters(_WEAPON_HEAD)
_WEAPON_MOD_FIRST: Final = first_letters(_WEAPON_MOD)
_CASUALTY_NOUN_FIRST: Final = first_letters(_CASUALTY_NOUN)
_PERSON_FIRST: Final = first_letters(_PERSON)
_PARTITIVE_THE_FIRST: Final = first_letters(_PARTITIVE_THE)


def _noun_phrase(text: str, pos: int, limit: int) -> _NP:
    """What the number ending at ``pos`` counts, reading at most six words ahead."""
    classes: list[str] = []
    head_end = -1
    p = pos
    more = False
    low = lowered(text)
    for _ in range(7):
        while p < limit and text[p] in " \t\"“”‘’'([":
            p += 1
        if p >= limit:
            break
        rest_end = min(limit, p + 60)
        first = low[p]
        if head_end < 0 and first in _ANAPHOR_FIRST and (m := _ANAPHOR.match(text, p, rest_end)):
            if c := _CHILD_SUBSET.match(text, m.end(), rest_end):
                return _NP("child_subset", c.end(), text=text[pos : c.end()])
            return _NP("anaphor", m.end(), text=text[pos : m.end()])
        if (
            first in _WEAPON_HEAD_FIRST
            and (m := _WEAPON_HEAD.match(text, p, rest_end))
            and _word_end(text, m.end())
        ):
            cls = _WEAPON_HEAD_CLS[m.lastgroup]
            if head_end >= 0 and P.WEAPON_FAMILY[cls] != P.WEAPON_FAMILY[classes[-1]]:
                break  # "29 drones missiles": a second head of another family is not ours
            classes.append(cls)
            head_end = m.end()
            p = m.end()
            continue
        if (
            first in _WEAPON_MOD_FIRST
            and (m := _WEAPON_MOD.match(text, p, rest_end))
            and _word_end(text, m.end())
        ):
            classes.append(_WEAPON_MOD_CLS[m.lastgroup])
            p = m.end()
            # "cruise and ballistic missiles": a conjunction between weapon words
            if cm := re.match(r"\s+(?:and|or)\s+(?=[A-Za-z])", text[p:rest_end]):
                nxt = p + cm.end()
                if _WEAPON_MOD.match(text, nxt, rest_end) or _WEAPON_HEAD.match(
                    text, nxt, rest_end
                ):
                    p = nxt
            continue
        if head_end >= 0:
            break
        if not more and (m := _TRAP.match(text, p, rest_end)):
            q = m.end()
            while q < limit and text[q] == " ":
                q += 1
            nm = _TOKEN.match(text, q, limit)
            head_after = nm is not None and (
                _PERSON.match(text, nm.start(1), limit)
                or _WEAPON_HEAD.match(text, nm.start(1), limit)
            )
            if not head_after:
                return _NP("trap", m.end())  # "five districts"; but "two truck drivers" goes on
        if (
            first in _CASUALTY_NOUN_FIRST
            and (m := _CASUALTY_NOUN.match(text, p, rest_end))
            and _word_end(text, m.end())
        ):
            metric = _CASUALTY_NOUN_CLS[m.lastgroup]
            return _NP("casualty", m.end(), metric=metric, text=text[pos : m.end()])
        if (
            first in _PERSON_FIRST
            and (m := _PERSON.match(text, p, rest_end))
            and _word_end(text, m.end())
        ):
            word = m.group().lower()
            if word in ("more", "others", "other"):
                more = True
                p = m.end()
                continue
            child = bool(_CHILD.fullmatch(word))
            return _NP("person", m.end(), child=child, text=text[pos : m.end()])
        if first in _PARTITIVE_THE_FIRST and (pm := _PARTITIVE_THE.match(text, p, rest_end)):
            if cm := _CASUALTY_NOUN.match(text, pm.end(), rest_end):
                # "19 of the injured were in hospital": a part of a toll given elsewhere
                return _NP("subset", cm.end(), text=text[pos : cm.end()])
            p = pm.end()
            continue
        tm = _TOKEN.match(text, p, limit)
        if tm is None:
            break
        tok = tm.group(1)
        # a word, or a number with letters ("5-storey"); not a bare number or a sign
        c0 = tok[0]
        words = c0.isalpha() or (c0.isdigit() and not tok.replace(",", "").isdigit())
        if not words or _STOP.fullmatch(tok):
            break
        p = tm.end()
    if head_end >= 0:
        mixed = False
        if am := _AND_MORE.match(text, head_end, min(limit, head_end + 40)):
            w = am.group("w").lower()
            fam = "drone" if w.startswith(("drone", "uav")) else "missile"
            have = {P.WEAPON_FAMILY[c] for c in classes}
            if fam not in have:
                mixed = True
                head_end = am.end()
        return _NP(
            "weapon", head_end, weapon=_weapon_class(classes, mixed), text=text[pos:head_end]
        )
    if more:
        return _NP("anaphor", p, text=text[pos:p])
    return _NP("none", pos)


def _word_end(text: str, i: int) -> bool:
    return i >= len(text) or not text[i].isalnum()


# ----------------------------------------------------------------------------- metric cues
_PRE: Final = _alt(P.PRE_CUES)
_PRE_CLS: Final = _labels(_PRE, P.PRE_CUES)
_POST_STRONG: Final = _alt(P.POST_CUES_STRONG)
_POST_STRONG_CLS: Final = _labels(_POST_STRONG, P.POST_CUES_STRONG)
_POST_WEAK: Final = _alt(P.POST_CUES_WEAK)
_POST_WEAK_CLS: Final = _labels(_POST_WEAK, P.POST_CUES_WEAK)
_PREP_BEFORE: Final = ci(r"\b(?:at|in|on|near|from|of|for|with|by|to|into|outside|inside)\s+$")
_AMONG: Final = ci(
    r"(?:\s+of\s+\d+|\s*,[^,]{0,30},)?\s*(?:was|were|is|are)\s+among\s+(?:the|those)\b"
)
_NEGATED: Final = fast_ci(r"\b(?:not|never|no)\s+$|n['’]t\s+$")
_OUTCOMES: Final = frozenset({"intercepted", "suppressed"})
_AND_DOWNED: Final = ci(r"\s+and\s+(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)")
_NUM_AHEAD: Final = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|about|around|some|up\s+to|nearly|almost)\s+)?"
    r"(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)"
)
_APPOSITIVE: Final = re.compile(r"\s*,\s*")
_PLACE_PREP: Final = fast_ci(r"\b(?:at|in|on|near|across)\s+$")
_AIR_WEAPON: Final = fast_ci(
    r"\b(?:drones?|UAVs?|missiles?|air\s*strikes?|airstrikes?|bombs?|Shaheds?|rockets?)\b"
)
_WORD_AHEAD: Final = re.compile(r"\s*[,—–-]?\s*\w")
_AND_VERB: Final = fast_ci(
    r"\band\s+(?:then\s+|also\s+)?(?:struck|hit|attacked|targeted|launched|fired)\b"
)
_RELATIVE: Final = fast_ci(r"\b(?:that|which|who)\b")
_COLON_LEAD: Final = re.compile(r":\s*$")
_TOTAL_LEAD: Final = fast_ci(
    r"(?:out\s+of(?:\s+a\s+total\s+of)?|of\s+(?:a\s+total\s+of\s+)?|from)\s+$"
)
_OF_THE_LEAD: Final = ci(r"(?:^\s*|[,;:—–-]\s+)of\s+(?:the\s+)?$")
_COPULA_WEAPON: Final = ci(r"\s+(?:were|was|are)\s+(?=[\w\-‘’'\"]+\s+|[\w\-]+$)")
_ANAPHOR_TAIL: Final = ci(
    r"\s*(?:[,;.)]|and\b|while\b|$|(?:on|in|at|by|after|as|from|since|overnight|today|yesterday"
    r"|last|early|late|this|over|during|across|near|around|when|following)\b)"
)
_LIST_GAP: Final = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)")
_GAP_LEAD: Final = ci(
    r"(?:,|\band|\bincluding|\bamong\s+them|\bwhile|\bwith|\bas\s+well\s+as|\bplus)\s+(?:another\s+|a\s+further\s+|further\s+)?$"
)
_NOUN_CUE: Final = _alt(P.PRE_NOUN_CUES)
_NOUN_CUE_CLS: Final = _labels(_NOUN_CUE, P.PRE_NOUN_CUES)


def _noun_cue(text: str, s: Sentence, before: int) -> str | None:
    """Weakest cue: a noun right before the number ("a wave of 84 drones")."""
    m = _NOUN_CUE.search(text, max(s.start, before - 30), before)
    if m and not text[m.end() : before].strip(" ,"):
        return _NOUN_CUE_CLS[m.lastgroup]
    return None


_CLAUSE_STOP: Final = ci(r";|\s+while\s+|,\s+but\s+|,\s+with\s+|\)\s*;")
_COMMA_STOP: Final = ci(r",\s+(?:but|with)\s+")


def _clause_stop(text: str, start: int, limit: int) -> int:
    """Where ``_CLAUSE_STOP.search(text, start, limit)`` starts (``limit`` if nowhere),
    found with literal scans: its alternatives start at a ";", a ",", a ")" before a ";" or
    the white space before "while", and the regex would be tried at every space."""
    stop = text.find(";", start, limit)
    if stop < 0:
        stop = limit
    else:
        j = stop
        while j > start and text[j - 1].isspace():
            j -= 1
        if j > start and text[j - 1] == ")":
            stop = j - 1
    if text.find(",", start, stop) >= 0 and (m := _COMMA_STOP.search(text, start, stop)):
        stop = m.start()
    low = lowered(text)
    w = low.find("while", start, stop)
    while w >= 0:
        if w > start and low[w - 1].isspace() and w + 5 < limit and low[w + 5].isspace():
            j = w - 1
            while j > start and low[j - 1].isspace():
                j -= 1
            return min(stop, j)
        w = low.find("while", w + 1, stop)
    return stop


def _strong_post(text: str, start: int, limit: int, max_gap: int) -> list[tuple[str, int]]:
    """Passive or intransitive cues after a noun phrase: [(metric, cue end)], the first
    one plus a second one joined by "and" ("targeted the capital and were shot down")."""
    limit = _clause_stop(text, start, limit)
    out: list[tuple[str, int]] = []
    pos = start
    for m in _POST_STRONG.finditer(text, start, limit):
        if m.start() - pos > (max_gap if not out else 40):
            break
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        if not _word_end(text, m.end()):
            continue
        gap = text[pos : m.start()]
        if out and (not re.search(r"\band\b", gap) or _SUBORDINATE.search(gap)):
            break
        if out and out[0][0] in _OUTCOMES and _POST_STRONG_CLS[m.lastgroup] in _OUTCOMES:
            # "41 were suppressed and shot down": one count of what was stopped
            if _POST_STRONG_CLS[m.lastgroup] == "intercepted":
                out[0] = ("intercepted", m.end())
            break
        if not out and re.search(r"[.!?]\s", gap):
            break
        if _NUM_AHEAD.match(text, m.end()):
            break  # "... and injured four others": an active verb with its own object
        if _NEGATED.search(text, max(start, m.start() - 8), m.start()):
            break  # "was rescued and was not injured"
        metric = _POST_STRONG_CLS[m.lastgroup]
        if metric == "suppressed" and (j := _AND_DOWNED.match(text, m.end())):
            out.append(("intercepted", j.end()))  # "suppressed and shot down": what was stopped
            break
        out.append((metric, m.end()))
        pos = m.end()
        if len(out) == 2:
            break
    return out


def _weak_post(text: str, start: int, limit: int) -> str | None:
    m = _POST_WEAK.search(text, start, min(limit, start + 45))
    if m and not re.search(r"[,;.]", text[start : m.start()]):
        return _POST_WEAK_CLS[m.lastgroup]
    return None


def _pre_cues(text: str, s: Sentence, until: int) -> list[tuple[str, int]]:
    """Every verb or noun cue of the sentence ending by ``until`` as (metric, end offset), in
    order. (A cue is only ever looked for before a number; those ending later do not change
    the earlier ones.)"""
    out: list[tuple[str, int]] = []
    for m in _PRE.finditer(text, s.start, s.end):
        if m.end() > until:
            break
        if not _word_end(text, m.end()):
            continue
        if _REDUCED_RELATIVE.search(text, max(s.start, m.start() - 40), m.start()):
            continue  # "the 11 drones Russia launched overnight": describes, does not count
        if (
            _PRE_CLS[m.lastgroup] in CASUALTY_METRICS
            and not _ENDS_IN_PREP.search(m.group())
            and (
                _PASSIVE_BEFORE.search(text, max(s.start, m.start() - 24), m.start())
                or (
                    " " not in m.group()
                    and _THE_BEFORE.search(text, max(s.start, m.start() - 6), m.start())
                )
            )
        ):
            continue  # "was killed and three people ...": a passive verb takes no object
        if out and _OR_JOIN.fullmatch(text, out[-1][1], m.start()):
            continue  # "shot down or suppressed 66 drones": the first verb names them
        out.append((_PRE_CLS[m.lastgroup], m.end()))
    return out


_ENDS_IN_PREP: Final = re.compile(r"\b(?:by|of|with|to|at|from)$")
# "was killed and three ...": a passive verb takes no object
_PASSIVE_BEFORE: Final = fast_ci(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_THE_BEFORE: Final = fast_ci(r"\bthe\s+$")  # "the injured": a noun, not a verb
_OR_JOIN: Final = re.compile(r"\s+(?:or|and)\s+")
_REDUCED_RELATIVE: Final = ci(
    r"\b(?:drones|missiles|UAVs|Shaheds|targets|bombs|rockets)\s+(?:(?:that\s+|which\s+)?(?:Russia|Ukraine"
    r"|Moscow|Kyiv|it|they|the\s+enemy|the\s+Russians|Russian\s+forces)\s+(?:had\s+|has\s+)?)?$"
)
_SUBORDINATE: Final = fast_ci(r"\b(?:when|after|as|while|because|before|since|if|where|until)\b")


def _pre_cue(
    cues: list[tuple[str, int]], before: int, want: frozenset[str]
) -> tuple[str, int] | None:
    """The nearest cue ending before ``before`` whose metric is in ``want``."""
    best: tuple[str, int] | None = None
    for metric, end in cues:
        if end > before:
            break
        if metric in want:
            best = (metric, end)
    if best and before - best[1] > 160:
        return None
    return best


# ----------------------------------------------------------------------------- sides
_NP_SIDE: Final = [(ci(rx), side) for rx, side in P.NP_SIDE]
_ACTOR: Final = _alt(P.ACTOR_SIDE)
_ACTOR_SIDE: Final = _labels(_ACTOR, P.ACTOR_SIDE)
# Every actor phrase names one of the two countries, their capitals or Crimea: a sentence
# without any of these words has none, and the alternation (whose branches start with the
# commonest words, "on", "in", "the") is not tried there.
_ACTOR_KEY: Final = KeyScan(
    ("russia", "moscow", "kremlin", "ukrain", "kyiv", "crimea", "sevastopol")
)
_BACKGROUND: Final = fast_ci(r"\b(?:" + "|".join(f"(?:{rx})" for rx in P.BACKGROUND) + ")")
_BACKGROUND_CLAUSE: Final = Anchored(
    fast_ci(r"\b(?:" + "|".join(f"(?:{rx})" for rx in P.BACKGROUND_CLAUSE) + ")")
)
_NON_AIR: Final = fast_ci(P.NON_AIR_CASUALTY)
_STRIKE: Final = fast_ci(P.STRIKE_WORDS)
_ATTACK_CONTEXT: Final = Anchored(
    fast_ci(
        r"\b(?:attack\w*|strikes?|struck|hit|assault|bombard\w*|barrage|explosions?|blasts?|debris"
        r"|shrapnel|damag\w*|destroy\w*|intercept\w*|shot\s+down|downed|air\s+defen[cs]es?|air\s+raid"
        r"|fires?|caught\s+fire|kill\w*|injur\w*|wound\w*|dead|died|targeted|repel\w*|bombs?|drones?"
        r"|missiles?|UAVs?|Shaheds?)\b"
    )
)
_SITE_END: Final = re.compile(r"[.;),]|\s+(?:and\s+)?(?:at|on|toward|towards|against|was|were)\s")
_LAUNCH_SITE: Final = Anchored(
    fast_ci(
        r"\b(?:(?:launched|fired|took\s+off|flew\s+in|came|coming|flying)\s+(?:[\w-]+\s+){0,8}?from"
        r"|from\s+the\s+(?:\w+\s+){1,2}?direction"
        r"|launch\s+(?:areas?|sites?|positions?)\s*:?|from\s+the\s+(?:direction|territory)\s+of"
        r"|from\s+(?:the\s+)?(?:Russian|occupied|temporarily\s+occupied)\s+(?:\w+\s+){0,3})"
    )
)


# "Moscow said", "Kyiv's forces": a capital standing for its government is no target.
_METONYMY: Final = re.compile(
    r"(?:['’]s\b|\s+(?:said|says|has|have|had|is|was|will|would|carried|launched|accused|accuses"
    r"|denies|denied|claimed|claims|wants|insists|insisted|pulled|annexed|seized|sent|struck|hit"
    r"|attacked|fired)\b)"
)


def _side_of_place(m: PlaceMention) -> str | None:
    c = m.place.country
    return c if c in ("UA", "RU") else None


# ----------------------------------------------------------------------------- claimants
# Lower-case words one of which every claimant phrase contains; sentences without any are
# not searched. Kept in step with patterns.CLAIMANTS by tests/test_patterns.py.
_CLAIMANT_KEYS: Final = (
    "air force", "ministry", "administration", "mayor", "governor", "gov.", "general staff",
    "commander", "zelensk", "defense forces", "defence forces", "southern", "emergency",
    "military", "authorities", "head of", "oleshchuk", "ihnat", "ignat", "popkov", "tkachenko",
    "pletenchuk", "gumenyuk", "humeniuk", "zaluzhn", "syrsk", "klitschko", "sobyanin",
    "terekhov", "filatov", "sadovyi", "trukhanov", "fedorov", "lysenko",
    *(name.lower() for name, _ in P.OFFICIALS_BY_NAME),
)  # fmt: skip
_BACKGROUND_KEYS: Final = (
    "since", "per ", "a year", "a month", "annual", "produc", "manufactur", "stockpil", "deliver",
    "deliver", "pledged", "package", "previous", "so far", "past", "last", "this year",
    "this month", "recent", "alone", "as a whole", " in 20", "revis", "had earlier",
    "had initially", "had previously", "earlier", "in total", "total", "throughout", "days",
    "average", "typically", "usually", "often", "regularly", "every ", "a week", "a day", "want",
    "weeks", "months", "autumn", "spring", "summer", "winter", "earlier", "ago",
    "plan", "aim", "intend", "hope", "seek", "expect", "able to", "capable", "could", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
_CLAIMANT_KEY: Final = KeyScan(_CLAIMANT_KEYS)
_BACKGROUND_KEY: Final = KeyScan(_BACKGROUND_KEYS)
_CLAIMANT: Final = _alt(P.CLAIMANTS)
_CLAIMANT_NAMES: Final = _labels(_CLAIMANT, P.CLAIMANTS)
_OFFICIAL: Final = fast_ci(
    r"\b(?:" + "|".join(sorted({n for n, _ in P.OFFICIALS_BY_NAME})) + r")\b"
)
_OFFICIAL_REGION: Final = {name.lower(): region for name, region in P.OFFICIALS_BY_NAME}
_OFFICIAL_KEY: Final = KeyScan(_OFFICIAL_REGION)  # every _OFFICIAL match is one of these names
_GOVERNOR: Final = fast_ci(
    r"\b(?:[Gg]overnor|[Gg]ov\.|[Hh]ead\s+of\s+(?:the\s+)?[A-Z][\w\s]{0,40}?(?:Regional|Oblast)\s+"
    r"(?:State|Military)\s+Administration|(?:Regional|Oblast)\s+(?:State\s+|Military\s+)+Administration)"
)
# Every _GOVERNOR match holds one of these words (lower-case): sentences without any skip it.
_GOVERNOR_KEY: Final = KeyScan(("governor", "gov.", "administration"))
_PRONOUN_REPORT: Final = fast_ci(
    r"\b(?:he|she|it|they|the\s+(?:statement|ministry|governor|mayor|official|administration|"
    r"agency|air\s+force|military|report))\s+(?:said|says|added|wrote|reported|noted|stated|"
    r"claimed)\b|\baccording\s+to\s+(?:him|her|them)\b"
)
_QUOTES: Final = '"“”'


class _Claim:
    """A claimant named in a sentence."""

    def __init__(self, start: int, end: int, name: str, side: str | None) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.side = side


def _claimants(text: str, s: Sentence, places: list[PlaceMention]) -> list[_Claim]:
    out: list[_Claim] = []
    for m in _CLAIMANT.finditer(text, s.start, s.end):
        name = _CLAIMANT_NAMES[m.lastgroup]
        if name == "Russian Defence Ministry" and re.match(r"(?i)ukrain", m.group()):
            name = "Ukrainian Defence Ministry"
        side = "RU" if name in ("Russian Defence Ministry", "Moscow mayor") else "UA"
        if name == "Russian Defence Ministry" and re.search(
            r"Ukrain\w*\s+(?:[Dd]efen[cs]e\s+)?[Mm]inistry", text[max(0, m.start() - 12) : m.end()]
        ):
            name, side = "Ukrainian Defence Ministry", "UA"
        out.append(_Claim(m.start(), m.end(), name, side))
    officials = _OFFICIAL_KEY.within(text, s.start, s.end)
    for m in _OFFICIAL.finditer(text, s.start, s.end) if officials else ():
        region = _OFFICIAL_REGION[m.group()]
        place = lookup(region)
        official_side = place.country if place else None
        if any(c.start <= m.start() < c.end for c in out):
            continue
        out.append(_Claim(m.start(), m.end(), f"{region} governor", official_side))
    governors = _GOVERNOR_KEY.within(text, s.start, s.end)
    for m in _GOVERNOR.finditer(text, s.start, s.end) if governors else ():
        if any(abs(c.start - m.start()) < 40 for c in out):
            continue
        near = [p for p in places if abs(p.start - m.start()) < 50 and p.place.kind != "country"]
        if not near:
            continue
        p = min(near, key=lambda x: abs(x.start - m.start()))
        region = p.place.name if p.place.kind != "city" or not p.place.parent else p.place.parent
        if "military administration" in m.group():
            name = f"{region} Military Administration"
        else:
            name = f"{region} governor"
        out.append(_Claim(m.start(), m.end(), name, _side_of_place(p)))
    out.sort(key=lambda c: c.start)
    return out


# ----------------------------------------------------------------------------- figures
class _Fig:
    """A figure while it is worked out."""

    def __init__(
        self,
        metric: str,
        weapon: str | None,
        value: int,
        qualifier: str,
        sentence: Sentence,
        num_start: int,
        num_end: int,
        np_text: str,
        side: str | None = None,
        place: str | None = None,
        claimant: str | None = None,
        anaphor_of: int | None = None,
        date: dt.date | None = None,
        derived: bool = False,
        fixed_place: str | None = None,
        single: bool = False,
    ) -> None:
        self.metric = metric
        self.weapon = weapon
        self.value = value
        self.qualifier = qualifier
        self.sentence = sentence
        self.num_start = num_start
        self.num_end = num_end
        self.np_text = np_text
        self.side = side  # target side
        self.place = place
        self.claimant = claimant
        self.anaphor_of = anaphor_of  # id() of the antecedent figure
        self.date = date
        self.derived = derived  # implied by another figure ("all 19 were shot down")
        self.fixed_place = fixed_place  # set by "two each over A and B"
        self.single = single  # counted from "a"/"an" ("a man was killed")

    def copy(self) -> _Fig:
        return _Fig(
            self.metric,
            self.weapon,
            self.value,
            self.qualifier,
            self.sentence,
            self.num_start,
            self.num_end,
            self.np_text,
            self.side,
            self.place,
            self.claimant,
            self.anaphor_of,
            self.date,
            self.derived,
            self.fixed_place,
            self.single,
        )


class _SentenceInfo:
    """A sentence and what is known about it; each part is worked out only when asked, once
    (a plain class with a slot per part, which the compiled module makes a C struct)."""

    def __init__(
        self,
        text: str,
        s: Sentence,
        places: list[PlaceMention],
        ref: dt.date | None,
        dl_end: int,
        num_matches: list[re.Match[str]],
    ):
        self.text = text
        self.s = s
        self.places = places
        self.num_matches = num_matches
        self._ref = ref
        self._dl_end = dl_end
        self.cues_until = s.end  # the latest number start that pre_cues serves
        self._claims: list[_Claim] | None = None
        self._pre_cues: list[tuple[str, int]] | None = None
        self._actors: list[tuple[int, str]] | None = None
        self._phrases: list[DatePhrase] | None = None
        self._bg_spans: list[tuple[int, int, bool]] | None = None
        self._attack: bool | None = None

    @property
    def claims(self) -> list[_Claim]:
        if self._claims is None:
            s = self.s
            self._claims = (
                _claimants(self.text, s, self.places)
                if _CLAIMANT_KEY.within(self.text, s.start, s.end)
                else []
            )
        return self._claims

    @property
    def pre_cues(self) -> list[tuple[str, int]]:
        if self._pre_cues is None:
            self._pre_cues = _pre_cues(self.text, self.s, self.cues_until)
        return self._pre_cues

    @property
    def actors(self) -> list[tuple[int, str]]:
        """Phrases naming who attacks whom, as (offset, target side); launch sites
        ("fired from Crimea") say nothing about the target."""
        if self._actors is None:
            self._actors = self._find_actors()
        return self._actors

    def _find_actors(self) -> list[tuple[int, str]]:
        if not _ACTOR_KEY.within(self.text, self.s.start, self.s.end):
            return []
        site = _LAUNCH_SITE.search(self.text, self.s.start, self.s.end)
        site_end = -1
        if site:
            stop = _SITE_END.search(self.text, site.end(), self.s.end)
            site_end = stop.start() if stop else self.s.end
        out = []
        for m in _ACTOR.finditer(self.text, self.s.start, self.s.end):
            if site and site.start() <= m.start() <= site_end:
                continue
            out.append((m.start(), _ACTOR_SIDE[m.lastgroup]))
        return out

    @property
    def phrases(self) -> list[DatePhrase]:
        if self._phrases is None:
            found = find_phrases(self.text, self.s.start, self.s.end, self._ref)
            self._phrases = [p for p in found if p.start >= self._dl_end]
        return self._phrases

    @property
    def bg_spans(self) -> list[tuple[int, int, bool]]:
        if self._bg_spans is None:
            s = self.s
            self._bg_spans = (
                _background_spans(self.text, s)
                if _BACKGROUND_KEY.within(self.text, s.start, s.end)
                else []
            )
        return self._bg_spans

    @property
    def background(self) -> bool:
        return bool(self.bg_spans)

    @property
    def attack(self) -> bool:
        if self._attack is None:
            s = self.s
            self._attack = bool(_ATTACK_CONTEXT.search(self.text, s.start, s.end)) and bool(
                self.places or _STRIKE.search(self.text, s.start, s.end)
            )
        return self._attack


_MAX_NUMBERS: Final = (
    60  # no sentence of prose states more; beyond it, work would grow quadratically
)


def _figures_in_sentence(
    text: str, info: _SentenceInfo, prior: list[_Fig], prev_weapon: str | None
) -> list[_Fig]:
    s = info.s
    if not info.num_matches:
        return []
    if len(info.num_matches) > _MAX_NUMBERS:
        return []  # a table or a list of figures pasted as one "sentence", not prose
    nums = _numbers(text, s, info.num_matches)
    if not nums:
        return []
    info.cues_until = max(n.q_start for n in nums)  # cues are only looked up before these
    nps: list[_NP] = []
    for i, n in enumerate(nums):
        limit = nums[i + 1].q_start if i + 1 < len(nums) else s.end
        nps.append(_noun_phrase(text, n.end, max(limit, n.end)))

    # "14 of 16 drones", "57 out of 97 drones": the total shares the counted noun phrase.
    total_of: dict[int, int] = {}
    for i in range(len(nums) - 1):
        gap = text[nums[i].end : nums[i + 1].q_start]
        if (
            nps[i].kind == "none"
            and _PARTITIVE_NUM.fullmatch(gap)
            and nps[i + 1].kind
            in (
                "weapon",
                "person",
            )
        ):
            nps[i] = nps[i + 1].ending_at(nums[i].end)
            total_of[i + 1] = i

    out: list[_Fig] = []
    sentence_figs: list[_Fig] = []  # weapon figures of this sentence, in order
    every = WEAPON_METRICS | CASUALTY_METRICS
    for i, (n, np) in enumerate(zip(nums, nps, strict=True)):
        if np.kind == "trap" or (n.is_article and (np.kind != "person" or n.including)):
            continue
        if (
            n.is_article
            and i > 0
            and nps[i - 1].kind == "person"
            and _APPOSITIVE.fullmatch(text, nps[i - 1].end, n.start)
        ):
            continue  # "two people, an 8-year-old girl and her mother, were injured"
        if np.kind == "anaphor" and _PLACE_PREP.search(
            text, max(s.start, n.q_start - 8), n.q_start
        ):
            continue  # "debris fell at three more": places, not weapons
        # the verb after an appositive count still belongs to this number: "11 people,
        # among them three children, were being treated"
        k = i + 1
        while k < len(nums) and (
            nums[k].including
            or (
                nums[k].is_article
                and _PREP_BEFORE.search(text, max(s.start, nums[k].start - 8), nums[k].start)
            )
        ):
            k += 1  # nor does "at a civilian enterprise" end this number's clause
        nxt = nums[k].q_start if k < len(nums) else s.end
        pre_any = _pre_cue(info.pre_cues, n.q_start, every)
        pre_in_clause = pre_any is not None and not _CLAUSE_EDGE.search(text, pre_any[1], n.q_start)
        post = _strong_post(text, np.end, nxt, 90)
        if not post and not pre_in_clause:
            # members of a list share the verb after the last one: "37 cruise missiles,
            # 29 drones and one reconnaissance drone were shot down"
            j = i
            while j + 1 < len(nums) and _LIST_GAP.fullmatch(text, nps[j].end, nums[j + 1].q_start):
                j += 1
            if j > i:
                lim = nums[j + 1].q_start if j + 1 < len(nums) else s.end
                post = _strong_post(text, nps[j].end, lim, 70)
        if (
            n.is_article
            and not post
            and not (
                pre_any
                and pre_any[0] in CASUALTY_METRICS
                and not text[pre_any[1] : n.start].strip()
            )
        ):
            continue  # "a woman was injured", "killing a woman" count one; "a woman said" not
        if post and pre_in_clause and np.kind in ("weapon", "person"):
            gap = text[np.end : post[0][1]]
            if "," in gap or _RELATIVE.search(gap) or _AND_VERB.search(gap):
                # "launched 18 drones, all of them were destroyed", "18 drones that were flying"
                post = []
        kind = np.kind

        if (
            kind == "none"
            and sentence_figs
            and text[n.q_start - 1 : n.q_start] == "("
            and text[n.end : n.end + 1] == ")"
            and any(0 <= n.q_start - p.end <= 3 for p in info.places)
        ):
            # "destroyed 30 drones: over the Kursk region (12), Crimea (8) ..."
            head = sentence_figs[0]
            f = _mk(head.metric, head.weapon, n, s, np, id(head))
            out.append(f)
            sentence_figs.append(f)
            continue
        if kind == "none" and not post and _GAPPING.match(text, n.end):
            # "17 were downed over Belgorod, 12 over Kursk and nine over Bryansk", and after
            # a colon: "The ministry's breakdown: 20 over Bryansk, 13 over Kursk ..."
            lead = text[max(s.start, n.q_start - 24) : n.q_start]
            prev_fig = sentence_figs[-1] if sentence_figs else None
            if prev_fig is None and _COLON_LEAD.search(lead):
                weapons = [f for f in prior if f.metric in WEAPON_METRICS]
                prev_fig = weapons[-1] if weapons else None
            if prev_fig is not None and (_GAP_LEAD.search(lead) or _COLON_LEAD.search(lead)):
                f = _mk(prev_fig.metric, prev_fig.weapon, n, s, np, id(prev_fig))
                out.append(f)
                sentence_figs.append(f)
                continue
        if (
            kind == "none"
            and sentence_figs
            and _TOTAL_LEAD.search(text, max(s.start, n.q_start - 24), n.q_start)
        ):
            # "downing 47 drones, out of 72 launched": the total of what was counted
            prev_fig = sentence_figs[-1]
            if prev_fig.metric in ("intercepted", "suppressed", "hit"):
                own = _weak_post(text, n.end, nxt)  # "out of a total of 77 brought down"
                f = _mk(own or "launched", prev_fig.weapon, n, s, np, id(prev_fig))
                out.append(f)
                sentence_figs.append(f)
                continue
        if kind == "none" and (cm := _COPULA_WEAPON.match(text, n.end, nxt)):
            # "Of the missiles, 11 were Iskander-M ballistic missiles": a share of the launch
            wnp = _noun_phrase(text, cm.end(), nxt)
            if wnp.kind == "weapon":
                f = _mk("launched", wnp.weapon, n, s, wnp, None)
                out.append(f)
                sentence_figs.append(f)
                continue
        if (
            np.kind == "weapon"
            and not post
            and _OF_THE_LEAD.search(text[max(s.start, n.q_start - 12) : n.q_start])
        ):
            # "Of the 89 drones Russia sent overnight, 61 were neutralised": the total
            f = _mk("launched", np.weapon, n, s, np, None)
            out.append(f)
            sentence_figs.append(f)
            continue
        if n.all_but and sentence_figs + prior:
            # "Russia launched 40 drones; all but six were shot down" -> 34 shot down
            total = [f for f in [*prior, *sentence_figs] if f.metric == "launched"]
            if (
                len(total) == 1
                and total[0].value > n.value
                and post
                and post[0][0] == "intercepted"
            ):
                f = total[0].copy()
                f.metric, f.value = "intercepted", total[0].value - n.value
                f.sentence, f.num_start, f.num_end, f.anaphor_of = s, n.q_start, n.end, id(total[0])
                out.append(f)
                sentence_figs.append(f)
            continue
        if n.all_but:
            continue
        if kind == "subset":
            for metric, _ in post:
                if metric in ("hospitalized", "rescued", "missing"):
                    out.append(_mk(metric, None, n, s, np, None))
            continue
        if kind == "child_subset":
            tolls = [f for f in out if f.metric in ("killed", "injured")]
            if tolls:
                out.append(_mk(f"{tolls[-1].metric}_children", None, n, s, np, None))
            continue

        metrics: list[str] = []
        if kind == "casualty" and np.metric:
            metrics = [np.metric]
        elif post:
            metrics = [m for m, _ in post]
        if kind == "none":
            # A bare number counts only next to a verb: "shoot down 97, while", "25 were
            # jammed", "five hit the target".
            reach = (
                90 if text[np.end : np.end + 1] == "," else 60
            )  # "The other three, Kh-59 ..., were"
            near_post = post and post[0][1] - np.end <= reach and _WORD_AHEAD.match(text, np.end)
            if (
                pre_any
                and n.q_start - pre_any[1] <= 12
                and _ANAPHOR_TAIL.match(text, n.end, n.end + 16)
            ):
                kind = "anaphor"
                metrics = [pre_any[0]]  # "has reached 53, ... of whom 27 remain in hospital"
            elif near_post:
                kind = "anaphor"
            else:
                continue
        want = {
            "weapon": WEAPON_METRICS,
            "person": CASUALTY_METRICS,
            "casualty": CASUALTY_METRICS,
        }.get(kind, every)
        metrics = [m for m in metrics if m in want]
        if not metrics:
            pre = (
                pre_any
                if pre_any and pre_any[0] in want
                else _pre_cue(info.pre_cues, n.q_start, want)
            )
            if pre is not None:
                metrics = [pre[0]]
        if not metrics and kind == "weapon":
            weak = _weak_post(text, np.end, nxt) or _noun_cue(text, s, n.q_start)
            if weak:
                metrics = [weak]
        if i in total_of and kind == "weapon":
            part = [f for f in sentence_figs if f.num_start == nums[total_of[i]].q_start]
            if part and part[-1].metric in ("intercepted", "suppressed", "hit"):
                metrics = ["launched"]
        if not metrics:
            continue

        if (
            kind == "anaphor"
            and not post
            and metrics[0] in CASUALTY_METRICS
            and np.text.lower().lstrip().startswith("of")
        ):
            continue  # "seven were injured, two of them seriously": a part, not a new count
        weapon = np.weapon
        anaphor_of: int | None = None
        if kind == "anaphor" and metrics[0] in WEAPON_METRICS:
            weapon, anaphor_of = _antecedent(text, s, n, np, sentence_figs, prior, prev_weapon)
            if weapon is None:
                continue
        for metric in metrics:
            if metric in CASUALTY_METRICS:
                if _NON_AIR.search(text, s.start, s.end) and not _AIR_WEAPON.search(
                    text, s.start, s.end
                ):
                    continue  # ground fighting, not a strike
                fig_metric = metric
                if np.child and metric in ("killed", "injured"):
                    fig_metric = f"{metric}_children"
                    subset = n.including or _AMONG.match(text, np.end, np.end + 60)
                    if not subset:
                        out.append(_mk(metric, None, n, s, np, anaphor_of))
                elif n.including or _AMONG.match(text, np.end, np.end + 60):
                    continue  # "including two rescuers", "a man was among those hurt": a part
                out.append(_mk(fig_metric, None, n, s, np, anaphor_of))
            else:
                f = _mk(metric, weapon, n, s, np, anaphor_of)
                out.append(f)
                sentence_figs.append(f)
                if n.all_flag and metric == "intercepted":
                    implied = _mk("launched", weapon, n, s, np, anaphor_of)
                    implied.derived = True
                    out.append(implied)
    out = _distribute_each(text, info, nums, out)
    if m := _ALL_DOWNED.search(text, s.start, s.end):
        launched = [f for f in out if f.metric == "launched" and f.num_start < m.start()]
        if not launched:
            launched = [f for f in prior if f.metric == "launched"][-1:]
        if len(launched) == 1 and not any(
            f.metric == "intercepted" and f.value == launched[0].value for f in out
        ):
            src = launched[0]
            fig = src.copy()
            fig.metric = "intercepted"
            fig.sentence, fig.num_start, fig.num_end = s, m.start(), m.end()
            fig.anaphor_of = id(src)
            fig.derived = True
            out.append(fig)
    return out


def _distribute_each(
    text: str, info: _SentenceInfo, nums: list[_Num], figs: list[_Fig]
) -> list[_Fig]:
    """ "Two drones each were downed over the Oryol and Tver regions": one figure a place."""
    out: list[_Fig] = []
    for f in figs:
        nxt = min((n.q_start for n in nums if n.q_start > f.num_end), default=info.s.end)
        each = _EACH.match(text, f.num_end, nxt)
        places = (
            [p for p in info.places if f.num_end < p.start < nxt and p.place.kind != "country"]
            if each and f.metric in WEAPON_METRICS
            else []
        )
        if len(places) < 2:
            out.append(f)
            continue
        for p in places:
            g = f.copy()
            g.fixed_place = p.place.name
            out.append(g)
    return out


_ALL_DOWNED: Final = fast_re(
    r"\b[Aa]ll\s+(?:of\s+them|of\s+these|(?:the\s+|of\s+the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:drones|missiles|targets|UAVs|Shaheds))\s+(?:were|have\s+been|had\s+been|was)\s+"
    r"(?:\w+\s+){0,2}?(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)"
)


def _mk(
    metric: str, weapon: str | None, n: _Num, s: Sentence, np: _NP, anaphor_of: int | None
) -> _Fig:
    return _Fig(
        metric=metric,
        weapon=weapon,
        value=n.value,
        qualifier=n.qualifier,
        sentence=s,
        num_start=n.q_start,
        num_end=n.end,
        np_text=np.text,
        anaphor_of=anaphor_of,
        single=n.is_article,
    )


def _antecedent(
    text: str,
    s: Sentence,
    n: _Num,
    np: _NP,
    sentence_figs: list[_Fig],
    prior: list[_Fig],
    prev_weapon: str | None,
) -> tuple[str | None, int | None]:
    """The weapon class an anaphor ("33 of them", "two more") refers back to."""
    own = [f for f in sentence_figs if f.anaphor_of is None]
    families = {P.WEAPON_FAMILY.get(f.weapon or "any", "any") for f in own}
    if own and np.text.lower().lstrip().startswith("of") and len(families) > 1:
        return "any", None  # "62 drones and one missile ..., 33 of them were downed"
    # the nearest weapon word before it in the sentence ("Of the Shahed drones, 42 were ...")
    last_word: tuple[int, str] | None = None
    for m in _WEAPON_HEAD.finditer(text, s.start, n.q_start):
        if _word_end(text, m.end()) and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            last_word = (m.start(), _WEAPON_HEAD_CLS[m.lastgroup])
    if sentence_figs:
        last = sentence_figs[-1]
        if (
            last_word is None
            or last.num_start > last_word[0]
            or (P.WEAPON_FAMILY[last_word[1]] == P.WEAPON_FAMILY.get(last.weapon or "any", "any"))
        ):
            return last.weapon, id(last)
    if last_word is not None:
        mod = None
        for m in _WEAPON_MOD.finditer(text, max(s.start, last_word[0] - 30), last_word[0]):
            mod = _WEAPON_MOD_CLS[m.lastgroup]
        cls = last_word[1]
        if mod and P.WEAPON_FAMILY[mod] == P.WEAPON_FAMILY[cls] and cls in ("missile", "drone"):
            cls = mod
        return cls, None
    weapons = [f for f in prior if f.weapon is not None]
    if weapons:
        return weapons[-1].weapon, id(weapons[-1])
    return prev_weapon, None


# ----------------------------------------------------------------------------- the article
_DATE_RANK: Final = {
    "wd_attack": 0, "attack_wd": 0, "night_dm": 0, "night_md": 0, "night_of_md": 0,
    "night_of_dm": 0, "into_wd": 1, "wd_night": 2, "md": 3, "dm": 3, "wd": 4, "ref_minus_1": 5,
    "ref": 6, "previous_night": 9,
}  # fmt: skip
_REPORTED_ON: Final = fast_ci(
    r"\b(?:said|says|told|reported|wrote|announced|added|stated|posted|confirmed)\s+(?:on\s+|late\s+|early\s+)?$"
)


def _best_phrase(text: str, phrases: list[DatePhrase]) -> DatePhrase | None:
    """The phrase that dates the attack: the most specific kind; among weekdays, those not
    attached to a reporting verb ("officials said on Monday"), and the latest of a span
    ("between 11 p.m. on Monday and 6 a.m. on Tuesday")."""
    usable = [p for p in phrases if p.date is not None]
    if not usable:
        return None
    rank = min(_DATE_RANK[p.kind] for p in usable)
    best = [p for p in usable if _DATE_RANK[p.kind] == rank]
    if len(best) > 1:
        own = [p for p in best if not _REPORTED_ON.search(text, max(0, p.start - 20), p.start)]
        best = own or best
        return max(best, key=lambda p: p.date or dt.date.min)
    return best[0]


def extract(article: Article) -> ArticleResult:
    """Reports for one article (FORMAT.md section 2). Pure; never raises on any text."""
    try:
        reports = _extract(article)
    except RecursionError:  # pragma: no cover - pathological input
        reports = ()
    return ArticleResult(id=article.id, reports=reports)


def is_relevant(text: str) -> bool:
    """Cheap test: does the text use any air-strike word at all? Texts that do not cannot
    hold a report, so :func:`extract` returns at once for them."""
    low = lowered(text)
    return any(k in low for k in P.RELEVANCE_KEYS)


def _extract(article: Article) -> tuple[Report, ...]:
    text = article.text
    if not is_relevant(text):
        return ()
    sents = sentences(text)
    if not sents:
        return ()
    all_places = [p for p in find_places(text) if not _METONYMY.match(text, p.end)]
    ref = reference_date(text, article.published)

    all_nums = _number_matches(text)
    ni = 0
    infos: list[_SentenceInfo] = []
    pi = 0
    last_dl_para = -1
    dl_end = -1
    for s in sents:
        while pi < len(all_places) and all_places[pi].start < s.start:
            pi += 1
        j = pi
        places: list[PlaceMention] = []
        while j < len(all_places) and all_places[j].start < s.end:
            places.append(all_places[j])
            j += 1
        # places after "launched from" are launch sites, not targets
        site = _LAUNCH_SITE.search(text, s.start, s.end) if places else None
        if site:
            stop = _SITE_END.search(text, site.end(), s.end)
            cut = stop.start() if stop else s.end
            places = [p for p in places if not site.start() <= p.start < cut]
        if s.paragraph != last_dl_para:
            last_dl_para = s.paragraph
            dl_end = dateline_end(text, s.start)
        while ni < len(all_nums) and all_nums[ni].start() < s.start:
            ni += 1
        nj = ni
        while nj < len(all_nums) and all_nums[nj].start() < s.end:
            nj += 1
        infos.append(_SentenceInfo(text, s, places, ref, dl_end, all_nums[ni:nj]))

    # --- figures
    figs: list[_Fig] = []
    by_id: dict[int, _Fig] = {}
    prev_weapon: str | None = None
    para_figs: list[_Fig] = []
    last_para = -1
    for info in infos:
        if info.s.paragraph != last_para:
            para_figs = para_figs[-3:] if figs and figs[-1].sentence.paragraph == last_para else []
            last_para = info.s.paragraph
        new = _figures_in_sentence(text, info, para_figs, prev_weapon)
        if new and info.bg_spans:
            new = [f for f in new if not _in_background(text, info, f)]
        for f in new:
            by_id[id(f)] = f
        figs.extend(new)
        para_figs.extend(new)
        for f in new:
            if f.weapon:
                prev_weapon = f.weapon

    # --- sides
    info_of = {id(i.s): i for i in infos}
    for f in figs:
        _resolve_side(text, f, info_of[id(f.sentence)], by_id)
    known = [f.side for f in figs if f.side]
    # Attacks named in the lead, with or without figures ("an aerial assault on Kyiv"),
    # counted by side only when needed: no figure says who was attacked, or a side named in
    # the lead has no figure.
    lead = infos[:_LEAD_SENTENCES]
    figure_sides = set(known)
    uncovered = [
        side
        for side in ("UA", "RU")
        if side not in figure_sides and _side_has_places(lead, side, text)
    ]
    attack_sides = _lead_attack_sides(text, lead) if uncovered or not known else Counter()
    default = Counter(known).most_common(1)[0][0] if known else None
    if default is None:
        default = attack_sides.most_common(1)[0][0] if attack_sides else "UA"
    prev_side: str | None = None
    prev_para = -1
    for f in figs:
        if f.side is None:
            if prev_side and f.sentence.paragraph == prev_para:
                f.side = prev_side
            else:
                f.side = default
        prev_side, prev_para = f.side, f.sentence.paragraph

    # --- claimants and places
    source = _SOURCE_LINE.search(text) if "Source" in text else None  # a quick "no"
    source_claim: str | None = None
    if source:
        src_info = next((i for i in infos if i.s.start <= source.start() < i.s.end), None)
        if src_info and src_info.claims:
            source_claim = src_info.claims[0].name
    index_of = {id(i.s): k for k, i in enumerate(infos)}
    toll_places: dict[str | None, set[str]] = {}  # side -> places of its casualty figures
    for f in figs:
        info = info_of[id(f.sentence)]
        near = [c for c in info.claims if c.side in (None, f.side)]
        if near:
            f.claimant = min(near, key=lambda c: abs(c.start - f.num_start)).name
        else:
            f.claimant = _carried_claim(infos, index_of[id(f.sentence)]) or source_claim
        f.place = _figure_place(f, info, infos, index_of[id(f.sentence)])
        if f.metric in CASUALTY_METRICS:
            national = _COUNTRY.get(f.side or "")
            earlier = toll_places.setdefault(f.side, set())
            if (
                f.place == national
                and len(earlier) == 1
                and not any(p.place.kind == "country" for p in info.places)
            ):
                # a toll with no place of its own, in a story whose tolls all lie in one
                # place, is that place's ("Lysak had given a figure of nine dead")
                f.place = next(iter(earlier))
            elif f.place and f.place != national:
                earlier.add(f.place)

    # --- dates
    # The night of each side: the first dated attack sentence of the lead or of a sentence
    # holding that side's figures; the reference date otherwise.
    main_date: dict[str, dt.date | None] = {"UA": ref, "RU": ref}
    fig_side = {id(f.sentence): f.side for f in figs}
    found: set[str] = set()
    for k, info in enumerate(infos):
        if k >= _LEAD_SENTENCES and id(info.s) not in fig_side:
            continue
        if (id(info.s) not in fig_side and not info.attack) or info.background:
            continue
        if fig_side.get(id(info.s)) in found:
            continue  # the night of this sentence's side is known already
        best = _best_phrase(text, info.phrases)
        if best is None or (best.explicit and info.s.paragraph > 2):
            continue
        side = fig_side.get(id(info.s)) or _sentence_side(text, info, default)
        if side in main_date and side not in found:
            main_date[side] = best.date
            found.add(side)
            if len(found) == 2:
                break
    # A paragraph that opens an earlier night ("On 20 May, Russia attacked ...") holds
    # figures of that night from that sentence on.
    para_date: dict[int, tuple[int, dt.date | None]] = {}
    fig_paras = {f.sentence.paragraph for f in figs}
    for info in infos:
        if info.s.paragraph not in fig_paras or info.s.paragraph in para_date:
            continue
        if not may_name_day(text, info.s.start, info.s.end):
            continue
        for p in info.phrases:
            if (p.explicit and p.date is not None) or p.kind == "previous_night":
                para_date[info.s.paragraph] = (info.s.start, p.date)  # None: the night before
                break
    for f in figs:
        side = f.side or default
        md = main_date.get(side)
        f.date = md
        pd = para_date.get(f.sentence.paragraph)
        if pd and pd[0] <= f.sentence.start and md:
            if pd[1] is None:
                f.date = md - dt.timedelta(days=1)
            elif pd[1] < md - dt.timedelta(days=1):
                f.date = pd[1]

    # --- reports
    groups: dict[tuple[str | None, str | None, dt.date | None], list[_Fig]] = {}
    order: list[tuple[str | None, str | None, dt.date | None]] = []
    for f in figs:
        target = f.side
        attacker = {"UA": "RU", "RU": "UA"}.get(target or "")
        key = (attacker, target, f.date)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    # attacks named without any figure still make a report ("an aerial assault on Kyiv")
    for side, n in attack_sides.items():
        if n and side in uncovered and not any(k[1] == side for k in order):
            key = ({"UA": "RU", "RU": "UA"}[side], side, main_date.get(side))
            groups[key] = []
            order.append(key)

    report_places = _report_places(text, infos, order, groups, default)
    reports: list[Report] = []
    for key in order:
        attacker, target, date = key
        reports.append(
            Report(
                attacker=attacker,  # type: ignore[arg-type]
                target=target,  # type: ignore[arg-type]
                date=date,
                places=tuple(report_places.get(key, ())),
                figures=tuple(_to_figure(text, f) for f in _dedupe(groups[key])),
            )
        )
    return tuple(reports)


_LEAD_SENTENCES: Final = 12
_SOURCE_LINE: Final = re.compile(r"(?m)^[ \t]*Source\s*:")


def _carried_claim(infos: list[_SentenceInfo], k: int) -> str | None:
    """A claimant carried from earlier in the paragraph by "he said", "it added" or a quote."""
    info = infos[k]
    s = info.s
    quoted = info.text[s.start] in _QUOTES or info.text[s.end - 1] in _QUOTES
    if not quoted and not _PRONOUN_REPORT.search(info.text, s.start, s.end):
        return None
    for prev in reversed(infos[max(0, k - 3) : k]):
        if prev.s.paragraph != info.s.paragraph:
            break
        if prev.claims:
            return prev.claims[-1].name
    return None


_SUPERLATIVE: Final = fast_ci(
    r"\b(?:largest|biggest|heaviest|deadliest|most\s+\w+|worst|first|strongest|record)\b[^,.;]{0,40}$"
)


def _background_spans(text: str, s: Sentence) -> list[tuple[int, int, bool]]:
    """Phrases that make numbers cumulative or background ("since the start of the
    invasion", "per year"), except in comparisons ("the largest attack since 2022"), as
    (start, end, reaches past commas)."""
    out = []
    for m in _BACKGROUND.finditer(text, s.start, s.end):
        if _SUPERLATIVE.search(text, max(s.start, m.start() - 60), m.start()):
            continue
        out.append((m.start(), m.end(), True))
    out.extend(
        (m.start(), m.end(), False) for m in _BACKGROUND_CLAUSE.finditer(text, s.start, s.end)
    )
    return out


_CLAUSE_EDGE: Final = re.compile(r"[,;:—–]\s|\s[—–]\s|[\"“”]")
# Background phrases reach across commas ("1,100 drones, 1,360 bombs and 40 missiles over the
# past week") but not past a semicolon, a "while" clause or a cumulative add-on.
_BG_EDGE: Final = re.compile(
    r";|\s+while\s+|,\s+(?:bringing|taking|raising|pushing|adding|up\s+from)\b", re.I
)


def _clause(text: str, s: Sentence, start: int, end: int, edge: re.Pattern[str]) -> tuple[int, int]:
    left = s.start
    for m in edge.finditer(text, s.start, start):
        left = m.end()
    right_m = edge.search(text, end, s.end)
    return left, right_m.start() if right_m else s.end


def _in_background(text: str, info: _SentenceInfo, f: _Fig) -> bool:
    wide = _clause(text, info.s, f.num_start, f.num_end, _BG_EDGE)
    narrow = _clause(text, info.s, f.num_start, f.num_end, _CLAUSE_EDGE)
    return any(
        a < right and b > left
        for a, b, reaches in info.bg_spans
        for left, right in [wide if reaches else narrow]
    )


def _sentence_side(text: str, info: _SentenceInfo, default: str | None = None) -> str | None:
    best: tuple[int, str] | None = None
    if info.actors:
        return info.actors[0][1]
    for p in info.places:
        side = _side_of_place(p)
        if side and p.place.kind != "country":
            best = best or (1, side)
    if best:
        return best[1]
    for c in info.claims:
        if c.side:
            return c.side
    return default


def _side_has_places(infos: list[_SentenceInfo], side: str, text: str) -> bool:
    return any(
        any(_side_of_place(p) == side and p.place.kind != "country" for p in info.places)
        and info.attack
        and not info.background
        for info in infos
    )


def _lead_attack_sides(text: str, lead: list[_SentenceInfo]) -> Counter[str]:
    sides: Counter[str] = Counter()
    for info in lead:
        if info.attack and not info.background:
            side = _sentence_side(text, info)
            if side:
                sides[side] += 1
    return sides


def _resolve_side(text: str, f: _Fig, info: _SentenceInfo, by_id: dict[int, _Fig]) -> None:
    for rx, side in _NP_SIDE:
        if rx.search(f.np_text):
            f.side = side
            return
    if f.anaphor_of is not None and f.anaphor_of in by_id and by_id[f.anaphor_of].side:
        f.side = by_id[f.anaphor_of].side
        return
    best: tuple[int, str] | None = None
    for start, side in info.actors:
        d = abs(start - f.num_start)
        if best is None or d < best[0]:
            best = (d, side)
    if best:
        f.side = best[1]
        return
    for p in sorted(info.places, key=lambda p: abs(p.start - f.num_start)):
        place_side = _side_of_place(p)
        if place_side and p.place.kind != "country":
            f.side = place_side
            return
    for c in info.claims:
        if c.side:
            f.side = c.side
            return


_COUNTRY: Final = {"UA": "Ukraine", "RU": "Russia"}


def _figure_place(f: _Fig, info: _SentenceInfo, infos: list[_SentenceInfo], idx: int) -> str | None:
    if f.fixed_place:
        return f.fixed_place
    cands = [p for p in info.places if _side_of_place(p) == f.side and p.place.kind != "country"]
    if cands:
        # a place after the next number belongs to that number ("26 drones, including 11
        # over the Rostov region")
        after = [
            p
            for p in cands
            if p.start >= f.num_end and not _NUM.search(info.text, f.num_end, p.start)
        ]
        before = [p for p in cands if p.start < f.num_start]
        if not after and not before:
            return _COUNTRY.get(f.side or "") if f.metric in WEAPON_METRICS else cands[0].place.name
        pick = min(after, key=lambda p: p.start - f.num_end) if after else before[-1]
        return pick.place.name
    if f.metric in WEAPON_METRICS:
        return _COUNTRY.get(f.side or "")
    # casualties: the latest place of that side named earlier in the paragraph
    for prev in reversed(infos[max(0, idx - 3) : idx]):
        if prev.s.paragraph != info.s.paragraph:
            break
        ps = [p for p in prev.places if _side_of_place(p) == f.side and p.place.kind != "country"]
        if ps:
            return ps[-1].place.name
    return _COUNTRY.get(f.side or "")


def _report_places(
    text: str,
    infos: list[_SentenceInfo],
    order: list[tuple[str | None, str | None, dt.date | None]],
    groups: dict[tuple[str | None, str | None, dt.date | None], list[_Fig]],
    default: str,
) -> dict[tuple[str | None, str | None, dt.date | None], list[str]]:
    out: dict[tuple[str | None, str | None, dt.date | None], list[str]] = {k: [] for k in order}
    fig_key: dict[int, tuple[str | None, str | None, dt.date | None]] = {}
    for k, fs in groups.items():
        for f in fs:
            fig_key[id(f.sentence)] = k
    for info in infos:
        if not info.places or not (id(info.s) in fig_key or info.attack) or info.background:
            continue
        for p in info.places:
            side = _side_of_place(p)
            if side is None or p.place.kind == "country":
                continue
            key = fig_key.get(id(info.s))
            if key is None or key[1] != side:
                key = next((k for k in order if k[1] == side), None)
            if key is None:
                continue
            if p.place.name not in out[key]:
                out[key].append(p.place.name)
    return out


def _same_place(a: str | None, b: str | None) -> bool:
    """Two statements of a figure agree on place when the places are equal, one is
    national or unknown, or one lies inside the other (a Kyiv district and Kyiv)."""
    if a == b or a is None or b is None or a in _COUNTRY.values() or b in _COUNTRY.values():
        return True
    return _inside(a, b) or _inside(b, a)


def _inside(inner: str, outer: str) -> bool:
    place = lookup(inner)
    for _ in range(3):
        if place is None or place.parent is None:
            return False
        if place.parent == outer:
            return True
        place = lookup(place.parent)
    return False


def _dedupe(figs: list[_Fig]) -> list[_Fig]:
    """One figure stated twice (headline, lead, body) is one figure; and "a man was killed"
    beside "two people were killed" is a detail of that toll, not a toll of its own."""
    figs = [
        f
        for f in figs
        if not f.single
        or not any(
            g.metric == f.metric and g.value > 1 and not g.single and _same_place(g.place, f.place)
            for g in figs
        )
    ]
    kept: list[_Fig] = []
    seen: dict[tuple[str, str, int], list[_Fig]] = {}
    for f in figs:
        key = (f.metric, P.WEAPON_FAMILY.get(f.weapon or "", "none"), f.value)
        same = seen.setdefault(key, [])
        dup = False
        for k in same:
            if _same_place(k.place, f.place):
                dup = not (
                    k.sentence is f.sentence
                    and k.num_start != f.num_start
                    and not (k.derived or f.derived)
                )  # two separate counts in one sentence are two figures
                break
        if not dup:
            kept.append(f)
            same.append(f)
    return kept


def _to_figure(text: str, f: _Fig) -> Figure:
    s = f.sentence
    return Figure(
        metric=f.metric,
        weapon=f.weapon if f.metric in WEAPON_METRICS else None,
        value=f.value,
        qualifier=f.qualifier,  # type: ignore[arg-type]
        place=f.place,
        claimant=f.claimant,
        evidence=Evidence(s.start, s.end, text[s.start : s.end]),
    )
