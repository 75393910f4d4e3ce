"""The guards derived from rule sources (``extraction.rules``): the keys every match holds
and the words every match ends with, on tables of sources and, for the rules of every
language pack, on generated texts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch.extraction.fastre import KeyScan
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.rules import (
    EndingIndex,
    exact_keys,
    flat_alternatives,
    join,
    key_scan,
    last_words,
    looks_ahead,
    required_keys,
)
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


def test_flat_alternatives_spread_the_groups_that_open_them() -> None:
    assert flat_alternatives(r"(?:a|(?:b|c)d)e|f") == ["ae", "bde", "cde", "f"]
    assert flat_alternatives(r"(?:(?:no|not)\s+|any\s+)$") == [r"no\s+$", r"not\s+$", r"any\s+$"]
    # a quantified group stays whole; so does a group inside an alternative
    assert flat_alternatives(r"(?:a|b)?c|x(?:y|z)") == ["(?:a|b)?c", "x(?:y|z)"]


_TRAP = (
    r"(?:(?:May|June)\.?\s*$)|(?:\d\s*[-–]\s*$)|(?:(?:No\.\s*|#|\b[Nn]o\s+"
    r"|\b[Nn](?:one|either)\s+of\s+(?:the\s+)?|\baged\s+\d+\s*(?:and|to)\s*"
    r"|\b(?:man|woman)(?:\s+of|,)\s*)$)"
)
_TRAP_INDEX = EndingIndex(_TRAP)
_TRAP_RX = re.compile(_TRAP)


def test_ending_index_keeps_the_alternatives_that_end_in_a_word() -> None:
    the = _TRAP_INDEX.ending_in("the")
    assert the is not None and the.search("none of the ") and not the.search("no ")
    assert _TRAP_INDEX.ending_in("drones") is None  # no trap ends in it
    assert _TRAP_INDEX.ending_in("of") is not None  # "none of", "man of"


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["No.", "no", "none", "of", "the", "aged", "5", "and", "to", "man",
                         "woman", "May", "June", "-", ",", "#", "drones", " ", "Nope"]),
        max_size=8,
    ).map(" ".join)
)  # fmt: skip
def test_ending_index_finds_what_the_whole_regex_finds(text: str) -> None:
    """Before any position, the alternatives that may end in the word there find a trap
    exactly where the whole regex does (the word as the extractor reads it: the run of
    word characters before the white space)."""
    for end in range(len(text) + 1):
        j = end
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
        want = _TRAP_RX.search(text, 0, end) is not None
        if k == j:
            continue  # no word before: the extractor runs the whole regex
        rx = _TRAP_INDEX.ending_in(text[k:j].lower())
        assert (rx is not None and rx.search(text, 0, end) is not None) == want, (text, end)


# --------------------------------------------------------------------------- the packs' rules
LANGS = ("en", "uk", "ru")
LEXICONS = {code: Lexicon(code) for code in LANGS}
PACKS = {code: load_pack(code) for code in LANGS}


def _guarded(lex: Lexicon) -> list[tuple[str, re.Pattern[str] | object, KeyScan]]:
    """Every rule a key scan guards, with its scan. The scans assume what news text does:
    words separated by one space (see rules.required_keys); the texts below are made so."""
    return [
        ("claimants", lex.claims.claimant, lex.claims.key),
        ("governor", lex.claims.governor, lex.claims.key),
        ("officials", lex.claims.official, lex.claims.key),
        ("actors", lex.sides.actor, lex.sides.actor_key),
        ("background", lex.context.background, lex.context.background_key),
        ("background clause", lex.context.background_clause, lex.context.background_key),
        ("pronoun report", lex.claims.pronoun_report, lex.claims.pronoun_key),
        *((kind, rx, lex.dates.scan[kind]) for kind, rx, _ in lex.dates.phrases),
    ]


_GUARDED = [(code, *rule) for code in LANGS for rule in _guarded(LEXICONS[code])]


def _vocabulary(code: str) -> list[str]:
    """The words of every guarded rule's keys in language ``code``, and words around them."""
    pack = PACKS[code]
    words: set[str] = {"the", "said", "on", "in", "of", "20", "2024", "5", ",", "'s", "É"}
    words |= {"у", "в", "на", "над", "з", "по", "заявив", "сообщил", "Ё", "ї"}
    sources = [rx for rx, _ in pack.CLAIMANTS] + [rx for rx, _ in pack.ACTOR_SIDE]
    sources += [join(pack.BACKGROUND), join(pack.BACKGROUND_CLAUSE), pack.GOVERNOR]
    sources += [pack.PRONOUN_REPORT]
    sources += [src for _, src, _ in pack.PHRASES]
    for src in sources:
        for key in required_keys(src):
            words.update(key.split())
            words.add(key.title())
    return sorted(words)


_VOCABULARY = {code: _vocabulary(code) for code in LANGS}


@settings(max_examples=1000, deadline=None)
@given(st.data(), st.sampled_from(range(len(_GUARDED))))
def test_every_match_of_a_guarded_rule_holds_a_key(data: st.DataObject, k: int) -> None:
    code, name, rx, scan = _GUARDED[k]
    words = st.lists(st.sampled_from(_VOCABULARY[code]), max_size=12).map(" ".join)
    text = data.draw(words)
    for m in rx.finditer(text):  # type: ignore[attr-defined]
        assert scan.within(text, m.start(), m.end()), (code, name, m.group())


def test_exact_keys_never_join_words() -> None:
    assert exact_keys(r"\b(?:he|the\s+ministry)\s+(?:said|added)\b|according\s+to\s+him") == (
        "according",
        "added",
        "said",
    )
    assert exact_keys(r"\w+\s+said|\d+") is None  # a match may hold no literal


def test_key_scan_joins_the_keys_of_several_rules() -> None:
    scan = key_scan(r"\bper\s+year\b", r"\bGladkov\b")
    assert scan.within("drones per year", 0, 15)
    assert scan.within("said Gladkov", 0, 12)
    assert not scan.within("per month", 0, 9)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b(?:drones?|air\s+defen[cs]es?)\b", False),
        (r"(?<!\w)(?:удар\w*|атак\w*)", False),
        (r"\bdrones?(?!\s+maker)", True),
        (r"(?:a|b(?=c))+", True),
        (r"attack$", True),
        (r"(?<=x(?=y))z", True),
    ],
)
def test_looks_ahead(source: str, expected: bool) -> None:
    assert looks_ahead(source) is expected
