"""The extractor's shortcuts give what the regexes they stand in for give: each skips a
regex only where it cannot match (Hypothesis, over texts made of the words that matter)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from strikewatch.extraction import cues, numbers
from strikewatch.extraction.dates import DateRules, find_phrases
from strikewatch.extraction.fastre import KeyScan, ci, lowered, matches_at
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.lang import load_pack

EN = Lexicon("en")
N = EN.numbers

_WORDS = st.sampled_from(
    [
        "at least", "more than", "of", "the", "including", "among the injured were", "all",
        "all but", "a total of", "were", "some", "over", "about", "aged", "age", "no", "not a",
        "any", "none of its", "man,", "woman (", "number", "No.", "#", "$", "Jan.", "Sept",
        "December", "5and", "3-", "x-", "while", "but", ",", ";", ")", "  ", "\n", "with",
        "drones", "12", "one", "Monday", "night", "overnight", "Sunday's", "yesterday", "É",
    ]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, max_size=25).map(" ".join) | st.text(max_size=40)


def _cut(text: str, a: int, b: int) -> tuple[int, int]:
    a = min(a, len(text))
    return a, max(a, min(b, len(text)))


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 120))
@example("killed at least 5", 0, 16)
@example("among the injured were 5", 0, 23)
def test_lead_is_the_regex(text: str, a: int, b: int) -> None:
    lo, start = _cut(text, a, b)
    got, want = numbers._lead(N, text, lo, start), N.lead.search(text, lo, start)
    groups = ("q", "all", "incl", "allbut")
    assert [got and got.group(g) for g in groups] == [want and want.group(g) for g in groups]


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 120))
@example("children aged 5and 7", 0, 18)
@example("on 3 Sept 4", 0, 10)
def test_before_trap_is_the_regex(text: str, a: int, b: int) -> None:
    lo, start = _cut(text, a, b)
    want = N.before_trap.search(text, lo, start) is not None
    assert numbers._before_trap(N, text, lo, start) == want


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 120))
@example("drones flew in ) ; then", 0, 23)
@example("12 drones , but not  while  more", 0, 33)
def test_clause_stop_is_the_regex(text: str, a: int, b: int) -> None:
    start, limit = _cut(text, a, b)
    m = _CLAUSE_STOP.search(text, start, limit)
    assert cues.clause_stop(EN.cues, text, start, limit) == (m.start() if m else limit)


# the regex that clause_stop finds with literal scans
_CLAUSE_STOP = ci(load_pack("en").CLAUSE_STOP)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_number_words_are_the_regex_matches(text: str) -> None:
    assert [m.span() for m in numbers._number_words(N, text, lowered(text))] == [
        m.span() for m in N.num_words.finditer(text)
    ]


def _dates_everywhere() -> DateRules:
    """The English date rules with every key scan answering "maybe"."""
    everywhere = DateRules(load_pack("en"))
    everywhere.scan = {k: _EVERYWHERE for k in everywhere.scan}
    everywhere.any_key = _EVERYWHERE
    return everywhere


# Words joined by one space, as news text joins the words of a phrase: a phrase's key is
# its words with one space ("monday night", rules.required_keys), so "Monday  night" (two
# spaces) is not looked for; a sentence holds no line break.
_ONE_SPACE_TEXTS = st.lists(_WORDS.filter(lambda w: not w.isspace()), max_size=25).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_ONE_SPACE_TEXTS | st.text(max_size=40))
@example("Monday night")
def test_date_phrases_skip_only_kinds_without_their_words(text: str) -> None:
    """The key scans in front of each kind of date phrase change nothing (in text whose
    words are one space apart): the phrases are those the kinds' regexes find when each is
    tried everywhere."""
    ref = dt.date(2024, 11, 17)
    got = find_phrases(EN.dates, text, 0, len(text), ref)
    want = find_phrases(_DATES_EVERYWHERE, text, 0, len(text), ref)
    assert got == want


# Found in every span a date phrase can match: each holds an ASCII letter or digit. (A real
# KeyScan: the compiled dates module takes nothing else.)
_EVERYWHERE = KeyScan("abcdefghijklmnopqrstuvwxyz0123456789")
_DATES_EVERYWHERE = _dates_everywhere()


_ACTOR_WORDS = st.sampled_from(
    [
        "Russia", "Russian", "Russia's", "Russians", "Moscow", "the Kremlin", "Kremlin’s",
        "Ukraine", "Ukrainian", "Ukraine's", "Kyiv", "Crimea", "Crimean", "Sevastopol", "over",
        "into", "on", "by", "launched", "fired", "said", "forces", "drones", "air defences",
        "territory", "shot down", "appointed", "installed", "the", "capital", ",", "É",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_ACTOR_WORDS, max_size=16).map(" ".join))
@example("Kremlin’s forces fired")
@example("installed by the Kremlin")
def test_actor_gate_holds_every_match(text: str) -> None:
    """The actor alternation is skipped in a sentence without its key words: each match
    must hold one. (The keys are derived from the rules with one space between words, as
    news text writes them: extraction.rules.required_keys; texts here are so spaced.)"""
    for m in EN.sides.actor.finditer(text):
        assert EN.sides.actor_key.within(text, m.start(), m.end()), m.group()


_CLAIM_WORDS = st.sampled_from(
    [
        "Governor", "gov.", "Gov.", "governors", "head of the", "Head of", "Kharkiv", "Regional",
        "Oblast", "State", "Military", "Administration", "administrations", "Gladkov",
        "Syniehubov", "said", "the", ",", "  ", "\n", "É",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_CLAIM_WORDS, max_size=20).map(" ".join))
@example("Head of the Kharkiv Regional Military Administration Oleh Syniehubov said")
def test_claimant_gates_hold_every_match(text: str) -> None:
    """claimants skips the official-name and governor patterns in a sentence without
    their key words: each match must hold one (whatever the white space: these keys are
    single words; tests/extraction/test_rules.py checks the sentence's claimant keys)."""
    r = EN.claims
    for rx, key in ((r.governor, r.governor_key), (r.official, r.official_key)):
        for m in rx.finditer(text):
            assert key.within(text, m.start(), m.end()), (rx.pattern, m.group())


_NUMBER_PIECES = st.sampled_from(
    [
        "a", "an", "A", "An", "AN", "a\u00a0", "an\t", "woman", "man", "police officer",
        "elderly", "was", "injured", "enterprise", "5", "12", "1,200", "90", "7 8", "3.5", "x5",
        "$5", "-", "/", ":", "2024", "1st", "٣", " ", "  ", "\n", ",", ".",
    ]
)  # fmt: skip
_NUMBER_TEXTS = st.lists(_NUMBER_PIECES, max_size=25).map(" ".join) | st.lists(
    _NUMBER_PIECES, max_size=25
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NUMBER_TEXTS)
@example("an elderly woman and a man, 12 and 1,200; x5 $5 3.5")
@example("A\u2009woman")
def test_numbers_and_articles_are_found_where_the_regexes_find_them(text: str) -> None:
    """Digits and "a"/"an" before a person are looked for only where the key scans say a
    match may start: the matches are the regexes' own."""
    low = lowered(text)
    if low.isascii():
        got = [m.span() for m in numbers._digit_numbers(text, low)]
        assert got == [m.span() for m in numbers.NUM_DIGITS_ASCII.finditer(low)]
    heads = N.article_heads.spans(text)[0]
    got = [m.span() for m in matches_at(N.article_person, text, heads)]
    assert got == [m.span() for m in N.article_person.finditer(text)]


_NEXT_PIECES = st.sampled_from(
    [
        "a", "A", "dozen", "a dozen", "a\u00a0single", "single", "pair", "one", "someone",
        "twenty-one", "hundred", "5", "1,200", "x5", "3.5", "٣", "drones", "over", " ", "\n",
        ",", ".",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_NEXT_PIECES, max_size=20).map(" ".join), st.integers(0, 60), st.integers(0, 120))
@example("5 drones, a dozen over Kursk", 1, 40)
@example("7, a\u00a0single one", 1, 30)
def test_next_number_is_the_regex_search(text: str, a: int, b: int) -> None:
    pos, endpos = _cut(text, a, b)
    m = N.num.search(text, pos, endpos)
    assert numbers.next_number(N, text, pos, endpos) == (m.start() if m else endpos)


_PLACE_PIECES = st.sampled_from(
    [
        "Kyiv", "KYIV", "kyiv", "Kyiv Oblast", "Kharkiv region", "the Black Sea", "Black",
        "Sea", "Odesa's", "in", "near", "Sumy", "Nova Kakhovka", "Kakhovka", "Kyivan", "-",
        "_", "x", "Zaporizhzhia", "Crimea", "Crimean", "district", "Darnytskyi", ",", " ",
        "\n", "É",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=20).map(" ".join) | st.lists(_PLACE_PIECES).map("".join))
@example("Kyiv Oblast and KYIV, x-Sumy, _Odesa's Black Sea")
def test_place_names_are_found_where_the_pattern_finds_them(text: str) -> None:
    """English names are tried only where the key scan finds a form (in any case): the
    matches are the name pattern's own."""
    matcher = EN.places.matcher()
    assert matcher.form_keys is not None
    got = matches_at(matcher.pattern, text, matcher.form_keys.spans(text)[0])
    assert [m.span() for m in got] == [m.span() for m in matcher.pattern.finditer(text)]


def test_inflected_place_names_are_not_scanned_for() -> None:
    # thousands of inflected forms would grow the shared automaton past what they save
    assert Lexicon("uk").places.matcher().form_keys is None


def test_whitespace_is_what_the_regex_engine_calls_white_space() -> None:
    assert "".join(c for c in map(chr, range(0x110000)) if re.match(r"\s", c)) == numbers.WHITESPACE
