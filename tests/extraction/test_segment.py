"""Cleaning: usable sentences with offsets into the original text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from strikewatch.extraction.fastre import matches_at
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.segment import (
    _SENT_MARKS,
    TextRules,
    paragraphs,
    sentences,
    split_sentences,
)
from strikewatch.lang import load_pack

EN = Lexicon("en").text


def test_sentence_offsets_slice_the_text() -> None:
    text = (
        "KYIV (Wire) - Gov. Ivan Petrov said on Oct. 5 that 3 drones fell. "
        "U.S. officials agreed.\n\nMore text here."
    )
    for s in sentences(EN, text):
        assert text[s.start : s.end] == s.text
    assert sentences(EN, text)[0].text.endswith("3 drones fell.")


def test_abbreviations_do_not_split() -> None:
    text = "Gov. Oleh Kiper said the attack hit a port on Sept. 25 at 3 a.m. local time."
    assert split_sentences(EN, text, 0, len(text)) == [(0, len(text))]


def test_boilerplate_lines_are_skipped() -> None:
    text = "Drones attacked Kyiv overnight.\nLeave a Reply\nThank you for registering\n"
    kept = [text[a:b] for a, b, _ in paragraphs(EN, text)]
    assert kept == ["Drones attacked Kyiv overnight."]


def test_unrelated_live_blog_story_is_dropped() -> None:
    text = (
        "Drones hit Odesa\n"
        "Russian drones attacked Odesa overnight, the governor said.\n"
        "Markets close higher\n"
        "Shares rose 2% on Friday as investors bought bank stocks.\n"
    )
    kept = " ".join(text[a:b] for a, b, _ in paragraphs(EN, text))
    assert "Odesa overnight" in kept
    assert "Shares rose" not in kept


def test_empty_and_blank_text() -> None:
    assert sentences(EN, "") == []
    assert sentences(EN, "\n \n\t") == []


_PIECES = st.sampled_from(
    [".", "!", "?", "?!", "...", "”", "'", ")", "]", " ", "  ", "\n", "“", "(", "A", "b", "7",
     "Gov", "Sept", "U.S", "drones", "fell", "É"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 40), st.integers(0, 80))
@example("It fell?! Then. A b... C", 0, 80)
@example("Done.” Next", 3, 11)
def test_sentence_ends_are_the_regex_matches(text: str, a: int, b: int) -> None:
    """Trying the sentence-end regex only at the marks the key scan finds gives its
    matches: every one starts with a mark."""
    a, b = min(a, len(text)), min(max(a, b), len(text))
    marks = _SENT_MARKS.spans(text)[0]
    got = [m.span() for m in matches_at(EN.sent_end, text, marks, a, b)]
    assert got == [m.span() for m in EN.sent_end.finditer(text, a, b)]


_TEXT_RULES = {code: Lexicon(code).text for code in ("en", "uk", "ru")}
_LINE_WORDS = st.sampled_from(
    [
        "drone", "drones", "dronesx", "UAV", "air", "defence", "air\ndefence", "attack",
        "attacked", "debris", "Kh-101", "дрон", "дронів", "удар", "ППО", "Повітряні",
        "сили", "Повітряні\nсили", "атаковал", "museum", "said", "x", "_", "-", ",", ".",
        " ", "  ", "\n", "\n\n", "\t",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE_WORDS, max_size=30).map(" ".join), st.sampled_from(["en", "uk", "ru"]))
@example("museum\nair\ndefence", "en")
@example("air\n  Terms of use: drones\nmuseum drones", "en")
def test_a_story_word_in_a_line_is_a_word_in_the_whole_text(text: str, code: str) -> None:
    """paragraphs() returns nothing, without reading the lines, when the whole text holds no
    strike word, and takes the story of the first one found in the whole text as one with
    a strike word: a line (which ends before white space) holding one means the whole text
    does, and a word of the whole text inside a line is one of the line's. The paragraphs
    are those read line by line."""
    r = _TEXT_RULES[code]
    assert r.strike_in_whole
    in_a_line = False
    for line in re.finditer(r"[^\n]+", text):
        a = line.start() + len(line.group()) - len(line.group().lstrip())
        b = line.end() - (len(line.group()) - len(line.group().rstrip()))
        in_a_line = in_a_line or (a < b and r.strike.search(text, a, b) is not None)
    if in_a_line:
        assert r.strike.search(text) is not None
    assert paragraphs(r, text) == paragraphs(_LINE_BY_LINE[code], text)


def _line_by_line(code: str) -> TextRules:
    """A language's text rules that read every line, as a pack that looks ahead would."""
    r = TextRules(load_pack(code))
    r.strike_in_whole = False
    return r


_LINE_BY_LINE = {code: _line_by_line(code) for code in ("en", "uk", "ru")}
