"""The regex rewrites of strikewatch.fastre find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest

from strikewatch.fastre import (
    any_of,
    fast_ci,
    fast_re,
    first_letter_alternation,
    first_letters,
    lower_pattern,
    split_alternatives,
)

TEXT = (
    "Air defences shot down 20 drones; the Russians downed 3. Downs and ups, shot-down "
    "pieces, sub-shots. A day earlier, since 2022, the drones were reportedly downed."
)


def test_split_alternatives_respects_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]


def test_first_letter_alternation_branches_by_letter() -> None:
    src = first_letter_alternation([("g0", r"\b(?:shot\s+down|downed)"), ("g1", r"\bdown")])
    assert src is not None
    assert src.startswith("(?:s(?<!\\w.)(?:(?P<g0_0>")
    assert re.compile(src).groupindex.keys() == {"g0_0", "g0_1", "g1_1"}


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:shot\s+down|down(?:s)?\b|downed)\b",
        r"\b(?:(?:were|was)\s+)?(?:reportedly\s+)?downed",
        r"\b[Dd]rones?|\bthe\s+\w+|since\s+20\d\d",
        r"(?:a|one)\s+(?:day|night)\s+earlier",
        r"own",  # no word boundary: matches inside words too
    ],
)
def test_fast_ci_matches_like_the_plain_pattern(pattern: str) -> None:
    plain = re.compile(pattern.lower())
    fast = fast_ci(pattern)
    assert fast.rx.pattern != plain.pattern
    low = TEXT.lower()
    for start in range(0, len(TEXT), 7):
        assert [m.span() for m in fast.finditer(TEXT, start)] == [
            m.span() for m in plain.finditer(low, start)
        ]


@pytest.mark.parametrize("pattern", [r"\d+\s+drones", r"(?<!\w)shot", r"\b(?P<x>a|b)c|d"])
def test_fast_ci_keeps_patterns_it_cannot_rewrite(pattern: str) -> None:
    assert fast_ci(pattern).rx.pattern == lower_pattern(pattern)


def test_any_of_is_any_substring() -> None:
    words = ["since", "so far", "so", "per ", "a year", "earlier"]
    rx = any_of(words)
    low = TEXT.lower()
    for a in range(0, len(low), 5):
        for b in range(a, len(low), 11):
            assert bool(rx.search(low, a, b)) == any(w in low[a:b] for w in words)
    assert any_of([]).search(low) is None


def test_fast_re_matches_like_re() -> None:
    pattern = r"\b[Dd]rones?\b|\bThe\s+\w+"
    fast, plain = fast_re(pattern), re.compile(pattern)
    assert fast.pattern != pattern
    for start in range(0, len(TEXT), 5):
        assert [m.span() for m in fast.finditer(TEXT, start)] == [
            m.span() for m in plain.finditer(TEXT, start)
        ]


def test_first_letters() -> None:
    assert first_letters(fast_ci(r"\b(?:[Dd]rones?|(?:the\s+)?UAVs?)")) == {"d", "t", "u"}
    with pytest.raises(ValueError):
        first_letters(fast_ci(r"\s*of"))
