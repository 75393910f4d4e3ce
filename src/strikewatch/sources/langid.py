"""Language identification for articles without a ``lang``: English, Ukrainian or Russian.

A measured rule, not a model. :func:`identify` first compares scripts: more Latin than
Cyrillic letters is English, and letters of neither script (or fewer than
:data:`MIN_LETTERS` letters) give ``None``. Cyrillic text is then scored Ukrainian (positive)
against Russian (negative) on evidence that only one of the two languages has:

- letters: ``і ї є ґ`` and the apostrophe inside a word (``м'ясо``, where Russian writes
  ``ъ``) are Ukrainian; ``ы э ъ ё`` are Russian (:data:`UK_LETTERS`, :data:`RU_LETTERS`);
- very common function words (:data:`UK_WORDS`, :data:`RU_WORDS`; a word both languages use,
  such as ``для`` or ``по``, is left out of both);
- word endings: the Russian adjective endings ``-ая -ое -ые -ие`` (Ukrainian ``-а -е -і``)
  and the Ukrainian noun ending ``-ння`` (Russian ``-ние``) (:data:`RU_ENDINGS`,
  :data:`UK_ENDINGS`);
- absence: Ukrainian marks about one letter in fourteen, Russian one in forty, so a run of
  Cyrillic letters without a mark leans Russian (:data:`NO_MARK_WEIGHT` per letter).

Quotes count for less than the text around them because the evidence adds up: an English
article quoting a Ukrainian sentence stays English, a Ukrainian post quoting a Russian one
stays Ukrainian. A score too close to zero (a few unmarked letters) gives ``None``.

The cost is a few passes of C code over the text: the script counts are ``bytes.translate``
of its UTF-8 encoding, and Cyrillic text is lower-cased, split into words by one regex and
counted with ``str.count``, dict look-ups and two more regexes.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Final

__all__ = [
    "MIN_LETTERS",
    "RU_ENDINGS",
    "RU_LETTERS",
    "RU_WORDS",
    "UK_ENDINGS",
    "UK_LETTERS",
    "UK_WORDS",
    "cyrillic_score",
    "identify",
    "identify_paragraphs",
    "may_mix",
]

# --------------------------------------------------------------------------- data

UK_LETTERS: Final = "іїєґ"
"""Letters of the Ukrainian alphabet that Russian lacks."""
RU_LETTERS: Final = "ыэъё"
"""Letters of the Russian alphabet that Ukrainian lacks."""
APOSTROPHES: Final = "'’ʼ"
"""Apostrophe forms; inside a Cyrillic word they mark Ukrainian (Russian writes ``ъ``)."""

_UK_WORDS: Final = """
    і й та що це як від які який яка яке якого також але або щоб після під із зі з вже ще
    був була було були буде він вона вони його їх цей ця ці цього коли де для по
"""
_RU_WORDS: Final = """
    и что это как его от с к из но или еще ещё также был была было были будет после когда
    где он она они который которые которых которого для по
"""
# (для and по are common in both languages: they are dropped from both lists below; уже,
# Ukrainian too after a consonant, and тому, Russian too as a pronoun, are left out)
UK_WORDS: Final = frozenset(_UK_WORDS.split()) - frozenset(_RU_WORDS.split())
"""Very common words that only Ukrainian uses."""
RU_WORDS: Final = frozenset(_RU_WORDS.split()) - frozenset(_UK_WORDS.split())
"""Very common words that only Russian uses."""

RU_ENDINGS: Final = ("ая", "ое", "ые", "ие")
"""Word endings (of words of four letters or more) that only Russian uses."""
UK_ENDINGS: Final = ("ння",)
"""Word endings (of words of four letters or more) that only Ukrainian uses."""

# weights of one piece of evidence (positive: Ukrainian, negative: Russian)
LETTER_WEIGHT: Final = 4.0
WORD_WEIGHT: Final = 3.0
ENDING_WEIGHT: Final = 2.0
NO_MARK_WEIGHT: Final = -0.05
"""Per Cyrillic letter: the mark Ukrainian would likely have shown by now."""
MIN_SCORE: Final = 0.5
"""A Cyrillic text scoring closer to zero than this is too short to tell."""
MIN_LETTERS: Final = 3
"""Texts with fewer letters (Latin or Cyrillic) than this give ``None``."""

# --------------------------------------------------------------------------- rule

# Letters are counted on the UTF-8 bytes, where each letter outside ASCII has one lead byte:
# 0xD0-0xD3 for Cyrillic (U+0400-U+04FF), 0xC3-0xC9 for accented Latin (U+00C0-U+024F);
# Greek, Armenian, Hebrew, Arabic and the other scripts of two bytes 0xCE-0xCF and
# 0xD4-0xDF; Indic, Thai, Georgian, CJK and Hangul 0xE0-0xE1 and 0xE3-0xED. (0xE2 starts
# punctuation and symbols, 0xEE-0xF4 private use, specials and emoji: not letters.)
_CYRILLIC_LEADS: Final = bytes(range(0xD0, 0xD4))
_LATIN_BYTES: Final = bytes(range(ord("a"), ord("z") + 1)) + b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LATIN_BYTES_ALL: Final = _LATIN_BYTES + bytes(range(0xC3, 0xCA))
_OTHER_LEADS: Final = bytes([0xCE, 0xCF, *range(0xD4, 0xE0), 0xE0, 0xE1, *range(0xE3, 0xEE)])


def _all_but(keep: bytes) -> bytes:
    """The ``delete`` argument of ``bytes.translate`` that keeps only ``keep``."""
    return bytes(b for b in range(256) if b not in keep)


_NOT_CYRILLIC: Final = _all_but(_CYRILLIC_LEADS)
_NOT_LATIN: Final = _all_but(_LATIN_BYTES_ALL)
_NOT_OTHER: Final = _all_but(_OTHER_LEADS)
# MIN_LETTERS Latin letters anywhere (found in the first words of an English text)
_ENOUGH_LATIN = re.compile("[A-Za-z]" + "[^A-Za-z]*[A-Za-z]" * (MIN_LETTERS - 1))

# a Cyrillic word, with apostrophes inside it and a Latin i typed for і
_CYRILLIC_WORD = re.compile(r"i?[\u0400-\u04ff][\u0400-\u04ffi]*(?:['’ʼ][\u0400-\u04ffi]+)*")
_RU_ENDING = re.compile(rf"[\u0400-\u04ff]{{2}}(?:{'|'.join(RU_ENDINGS)})\b")
_UK_ENDING = re.compile(rf"[\u0400-\u04ff](?:{'|'.join(UK_ENDINGS)})\b")
_PARAGRAPH = re.compile(r"[^\s](?:[^\n]*[^\s])?")

_WORD_SCORE: Final = {
    **{w: WORD_WEIGHT for w in UK_WORDS},
    **{w: -WORD_WEIGHT for w in RU_WORDS},
}


def cyrillic_score(text: str) -> float:
    """Ukrainian (positive) against Russian (negative) evidence in a text."""
    low = text.lower()
    words = _CYRILLIC_WORD.findall(low)
    joined = " ".join(words)  # apostrophes here are inside words; Latin i stand for і
    marks = sum(joined.count(c) for c in UK_LETTERS + APOSTROPHES + "i")
    score = LETTER_WEIGHT * (marks - sum(joined.count(c) for c in RU_LETTERS))
    score += NO_MARK_WEIGHT * (len(joined) - max(len(words) - 1, 0))  # letters
    score += sum(map(_WORD_SCORE.get, words, repeat(0.0)))
    score += ENDING_WEIGHT * (len(_UK_ENDING.findall(joined)) - len(_RU_ENDING.findall(joined)))
    return score


def identify(text: str) -> str | None:
    """``"en"``, ``"uk"`` or ``"ru"``; ``None`` for too little text or another script."""
    if text.isascii():  # no letter of another script: are there MIN_LETTERS Latin ones?
        return "en" if _ENOUGH_LATIN.search(text) else None
    data = text.encode("utf-8", "surrogatepass")
    cyrillic = len(data.translate(None, _NOT_CYRILLIC))
    latin = len(data.translate(None, _NOT_LATIN))
    other = len(data.translate(None, _NOT_OTHER))
    if max(cyrillic, latin) < MIN_LETTERS or cyrillic + latin < other:
        return None  # too little text, or mostly another script
    if latin >= cyrillic:
        return "en"
    score = cyrillic_score(text)
    if abs(score) < MIN_SCORE:
        return None
    return "uk" if score > 0 else "ru"


def identify_paragraphs(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, lang)`` for each paragraph: the text of each line, without its leading
    and trailing white space, ``text[start:end]``; blank lines are skipped. ``lang`` is
    :func:`identify` of the paragraph alone, so a short one (a dateline) may be ``None``."""
    return [(m.start(), m.end(), identify(m.group())) for m in _PARAGRAPH.finditer(text)]


_LATIN_LETTER = re.compile("[A-Za-z]")


def may_mix(text: str, main: str, letters: int) -> bool:
    """Cheap test before :func:`identify_paragraphs`: could ``text``, identified as ``main``,
    hold a paragraph of ``letters`` letters in another language? English text with no other
    script cannot; Ukrainian text needs a letter only Russian has (or as many Latin letters),
    Russian text one only Ukrainian has (or as many Latin letters)."""
    if text.isascii():
        return main != "en"
    if main == "en":
        return True
    other = RU_LETTERS if main == "uk" else UK_LETTERS if main == "ru" else UK_LETTERS + RU_LETTERS
    if not set(other).isdisjoint(text):
        return True
    return len(_LATIN_LETTER.findall(text)) >= letters
