"""The guards derived from rule sources (``extraction.rules``): the keys every match holds
and the words every match ends with, on tables of sources and, for the English pack's own
rules, on generated texts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch.extraction.fastre import KeyScan
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.rules import join, key_scan, last_words, required_keys
from strikewatch.lang import load_pack


@pytest.mark.parametrize(
    ("source", "keys"),
    [
        (r"\bper\s+(?:year|month)\b", ("per month", "per year")),
        (r"\bannual(?:ly)?\b", ("annual",)),  # "annually" holds "annual"
        (r"\bin\s+20\d\d\b", ("in 20",)),
        (r"[Gg]overnor|[Gg]ov\.", ("gov.", "governor")),
        # a name beats a longer common word: the actor phrase is found by its country
        (r"\bRussia\s+(?:\w+\s+){0,2}?(?:downed|intercepted)\b", ("russia",)),
        # too many spellings to list: the literal every match must hold
        (r"\bhad\s+(?:\w+\s+){0,5}since\b", ("since",)),
        # a stretch of any characters splits the keys but not the spelling out
        (r"\bhad\s+(?:said|put)\b[^.]*\bsince\b", ("had put", "had said")),
    ],
)
def test_required_keys(source: str, keys: tuple[str, ...]) -> None:
    assert required_keys(source) == keys


@pytest.mark.parametrize("source", [r"\d+", r"[a-z]+", r"(?:drones?)?"])
def test_a_rule_without_a_literal_has_no_keys(source: str) -> None:
    with pytest.raises(ValueError):
        required_keys(source)


@pytest.mark.parametrize(
    ("source", "words", "suffixes"),
    [
        (r"(?:at\s+least|more\s+than)\s+$", {"least", "than"}, ()),
        (r"\bno\s+$|number\s+$", {"no"}, ("number",)),  # "number" may end a longer word
        (r"\baged\s+\d+\s*(?:and|to)\s*$", {"and", "to"}, ("and", "to")),  # "5and"
        (r"[A-Za-z][-–]$", set(), ()),  # ends in a sign: nothing to test
    ],
)
def test_last_words(source: str, words: set[str], suffixes: tuple[str, ...]) -> None:
    assert last_words(source) == (frozenset(words), suffixes)


def test_last_words_of_an_unbounded_rule_raise() -> None:
    with pytest.raises(ValueError):
        last_words(r"\w+\s+$")


# --------------------------------------------------------------------------- the English rules
EN = Lexicon("en")
PACK = load_pack("en")
# Every rule a key scan guards, with its scan. The scans assume what news text does: words
# separated by one space (see rules.required_keys); the texts below are made so.
_GUARDED: list[tuple[str, re.Pattern[str] | object, KeyScan]] = [
    ("claimants", EN.claims.claimant, EN.claims.key),
    ("governor", EN.claims.governor, EN.claims.key),
    ("officials", EN.claims.official, EN.claims.key),
    ("actors", EN.sides.actor, EN.sides.actor_key),
    ("background", EN.context.background, EN.context.background_key),
    ("background clause", EN.context.background_clause, EN.context.background_key),
    *((kind, rx, EN.dates.scan[kind]) for kind, rx, _ in EN.dates.phrases),
]


def _vocabulary() -> list[str]:
    """The words of every guarded rule's keys, and words around them."""
    words: set[str] = {"the", "said", "on", "in", "of", "20", "2024", "5", ",", "'s", "É"}
    sources = [rx for rx, _ in PACK.CLAIMANTS] + [rx for rx, _ in PACK.ACTOR_SIDE]
    sources += [join(PACK.BACKGROUND), join(PACK.BACKGROUND_CLAUSE), PACK.GOVERNOR]
    sources += [src for _, src, _ in PACK.PHRASES]
    for src in sources:
        for key in required_keys(src):
            words.update(key.split())
            words.add(key.title())
    return sorted(words)


_TEXTS = st.lists(st.sampled_from(_vocabulary()), max_size=12).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_TEXTS, st.sampled_from(range(len(_GUARDED))))
def test_every_match_of_a_guarded_rule_holds_a_key(text: str, k: int) -> None:
    name, rx, scan = _GUARDED[k]
    for m in rx.finditer(text):  # type: ignore[attr-defined]
        assert scan.within(text, m.start(), m.end()), (name, m.group())


def test_key_scan_joins_the_keys_of_several_rules() -> None:
    scan = key_scan(r"\bper\s+year\b", r"\bGladkov\b")
    assert scan.within("drones per year", 0, 15)
    assert scan.within("said Gladkov", 0, 12)
    assert not scan.within("per month", 0, 9)
