"""Case-insensitive regexes that run on a lower-cased copy of the text.

Python's ``re.IGNORECASE`` turns off the engine's literal-prefix shortcuts, which makes
large alternations three to five times slower. :func:`ci` instead lower-cases the pattern
(leaving escapes and group names alone) and matches it against ``text.lower()``, which is
computed once per text and has the same length, so every offset is an offset into the
original text. Match objects therefore hold lower-cased text.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, Final

from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation

# ``tuple_new(Cls, values)`` makes an instance of the NamedTuple ``Cls`` without calling its
# ``__new__``, which collections.namedtuple writes in Python: an interpreted call for every
# sentence, place mention and date phrase, even in the compiled modules (0.28 -> 0.13 µs).
tuple_new: Final = tuple.__new__


def lower_pattern(pattern: str) -> str:
    """Lower-case a regex source outside escapes (``\\S``, ``\\W``...) and group names."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i : i + 2])
            i += 2
        elif pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : j + 1])
            i = j + 1
        else:
            out.append(c.lower())
            i += 1
    return "".join(out)


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """``text.lower()`` with one character per character, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# The text last lowered, with its lower-cased copy: the extractor runs many patterns over
# one article, and an identity test is cheaper than the call to the cache. One tuple, so
# that a reader never sees a text with another text's copy.
_last: tuple[str, str] = ("", "")


def _lower_last(text: str) -> str:
    global _last
    if len(text) <= _SHORT_TEXT:
        # a word or a phrase (a token, a noun phrase): lowered on its own, and the article
        # stays the text last lowered, so that the next pattern over it finds its copy
        low = text.lower()
        return low if len(low) == len(text) else lowered(text)
    low = lowered(text)
    _last = (text, low)
    return low


_SHORT_TEXT: Final = 80


def _lower(text: str) -> str:
    """:func:`lowered`, by way of the text last lowered."""
    last = _last
    return last[1] if last[0] is text else _lower_last(text)


class CIPattern:
    """The subset of ``re.Pattern`` the extractor uses, matching case-insensitively."""

    __slots__ = ("pattern", "rx")

    def __init__(self, pattern: str, source: str | None = None):
        """``source``: an equivalent lower-case regex to run instead of ``pattern``."""
        self.pattern = pattern
        self.rx = re.compile(branched(lower_pattern(pattern) if source is None else source))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = _last
        return self.rx.search(last[1] if last[0] is text else _lower_last(text), pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = _last
        return self.rx.match(last[1] if last[0] is text else _lower_last(text), pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = _last
        return self.rx.fullmatch(last[1] if last[0] is text else _lower_last(text), pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        last = _last
        return self.rx.finditer(last[1] if last[0] is text else _lower_last(text), pos, endpos)


def ci(pattern: str) -> CIPattern:
    return CIPattern(pattern)


# --------------------------------------------------------------------------- word alternations
# Python's engine only skips ahead quickly when a pattern starts with a literal or a
# character set; with a leading ``\b`` it tests the boundary at every position and, at each
# boundary, every alternative in turn. The helpers below rewrite ``\b(?:A|B|...)`` into one
# branch per possible first letter, each checking the word boundary after that letter:
# ``a(?<!\w.)(?:...)|b(?<!\w.)(?:...)``, so that the engine skips to the first letters and
# tries only the alternatives of the letter it finds.
_QUANTIFIERS: Final = "?*+{"


def closing(src: str, i: int) -> int:
    """Index just past the group or character class that opens at ``src[i]``."""
    if src[i] == "[":
        j = i + 1
        if j < len(src) and src[j] == "^":
            j += 1
        if j < len(src) and src[j] == "]":
            j += 1
        while src[j] != "]":
            j += 2 if src[j] == "\\" else 1
        return j + 1
    depth = 0
    j = i
    while True:
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = closing(src, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


_MIN_BRANCHED: Final = 4  # alternatives a group needs before it is branched by first character


def branched(src: str) -> str:
    r"""``src`` with each group of literal-led alternatives (``(?:A|B)``, ``(A|B)`` or
    ``(?P<name>A|B)``) branched by its first character: ``(?:were|was|would|had)`` becomes
    ``(?:w(?:ere|as|ould)|had)``. The engine tries a group's alternatives one by one, each
    repeating the shared start, and a group of adverbs or auxiliaries inside a table's many
    rows is tried at every attempt. The matches are the same: alternatives that start with
    other characters never match at one place, and those with the same one keep their
    order. Left as they are: groups with a capturing group inside (it would be renumbered),
    and sources with inline flags (under ``(?i)`` "A" and "a" start the same alternatives)."""
    if "(?i" in src or "(?a" in src or "(?L" in src:
        return src
    out: list[str] = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "\\":
            out.append(src[i : i + 2])
            i += 2
        elif c == "[":
            j = closing(src, i)
            out.append(src[i:j])
            i = j
        elif (k := _body_start(src, i)) > 0:
            j = closing(src, i)
            out.append(src[i:k] + _branched_body(branched(src[k : j - 1])) + ")")
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _body_start(src: str, i: int) -> int:
    """Where the body of a plain, non-capturing or named group opening at ``src[i]`` starts;
    0 for anything else (a look-around, a flag group, no group)."""
    if not src.startswith("(", i):
        return 0
    if src.startswith("(?:", i):
        return i + 3
    if src.startswith("(?P<", i):
        return src.index(">", i) + 1
    return 0 if src.startswith("(?", i) else i + 1


def _branched_body(body: str) -> str:
    alternatives = split_alternatives(body)
    firsts = [a[0] if _literal_lead(a) else "" for a in alternatives]
    if (
        len(alternatives) < _MIN_BRANCHED
        or not all(firsts)
        or len(set(firsts)) == len(firsts)  # no start shared: nothing to save
        or _has_groups(body)
    ):
        return body
    by_first: dict[str, list[str]] = {}
    for first, alt in zip(firsts, alternatives, strict=True):
        by_first.setdefault(first, []).append(alt[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in by_first.items()
    )


def _has_groups(body: str) -> bool:
    """Whether a group's body holds a capturing group, plain or named, or refers to one
    (``\\1``, ``(?P=name)``)."""
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c == "\\":
            if body[i + 1 : i + 2].isdigit():
                return True
            i += 2
        elif c == "[":
            i = closing(body, i)
        elif c == "(" and (body[i + 1 : i + 2] != "?" or body.startswith("(?P", i)):
            return True
        else:
            i += 1
    return False


def _literal_lead(alt: str) -> bool:
    """Whether an alternative starts with a letter or digit that stands for itself."""
    return alt[:1].isalnum() and alt[1:2] not in tuple(_QUANTIFIERS)


def split_alternatives(src: str) -> list[str]:
    """The top-level alternatives of a regex source."""
    out: list[str] = []
    start = j = 0
    while j < len(src):
        c = src[j]
        if c == "\\":
            j += 2
        elif c in "[(":
            j = closing(src, j)
        elif c == "|":
            out.append(src[start:j])
            j += 1
            start = j
        else:
            j += 1
    out.append(src[start:])
    return out


def _heads(alt: str, before: str = "", symbols: bool = False) -> list[tuple[str, str, str]] | None:
    r"""``alt`` as [(first letter, rest, what must not come before it)], alternatives in
    their order of trial; None when an alternative may start with something else. A
    ``\b`` or a look-behind ``(?<![...])`` before a letter sets what must not precede it.
    With ``symbols``, a first character may also be a punctuation mark (";", "\\.") or
    white space (``\s``: each character it matches)."""
    if alt.startswith(r"\b") and before in ("", r"\w"):
        return _heads(alt[2:], r"\w", symbols)
    if alt.startswith("(?<![") and not before:
        j = closing(alt, 0)
        if closing(alt, 4) == j - 1:
            return _heads(alt[j:], alt[4 : j - 1], symbols)
        return None
    if alt.startswith("(?:"):
        j = closing(alt, 0)
        rest = alt[j:]
        optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
        if optional:  # (?:X)?R tries XR, then R
            rest = rest[1:]
        elif rest[:1] and rest[0] in _QUANTIFIERS:
            return None
        out: list[tuple[str, str, str]] = []
        for a in [*split_alternatives(alt[3 : j - 1]), *([""] if optional else [])]:
            h = _heads(a + rest, before, symbols)
            if h is None:
                return None
            out.extend(h)
        return out
    if alt.startswith("["):
        j = closing(alt, 0)
        body = alt[1 : j - 1]
        if not body or not body.isalpha() or alt[j : j + 1] in tuple(_QUANTIFIERS):
            return None
        return [(c, alt[j:], before) for c in dict.fromkeys(body)]
    if alt[:1].isalpha() and alt[1:2] not in tuple(_QUANTIFIERS):
        return [(alt[0], alt[1:], before)]
    return _symbol_heads(alt, before) if symbols and not before else None


_SPECIAL: Final = frozenset("\\[](){}?*+|^$.")


def _symbol_heads(alt: str, before: str) -> list[tuple[str, str, str]] | None:
    r"""The heads of an alternative that starts with a punctuation mark, plain or escaped
    (";", "\\."), or with white space (``\s``, ``\s+``: each character it matches)."""
    if alt.startswith("\\s"):
        after = alt[2:3]
        if after in ("*", "?", "{"):
            return None
        rest = "\\s*" + alt[3:] if after == "+" else alt[2:]
        return [(ws, rest, before) for ws in WHITESPACE]
    if alt.startswith("\\") and alt[1:2] in _SPECIAL:
        first, rest = alt[1], alt[2:]
    elif alt[:1] and not alt[0].isalnum() and not alt[0].isspace() and alt[0] not in _SPECIAL:
        first, rest = alt[0], alt[1:]
    else:
        return None
    return None if rest[:1] in tuple(_QUANTIFIERS) else [(first, rest, before)]


_MANY_LETTERS: Final = 10  # measured: from about ten first letters on, \b in front is faster


def first_letter_alternation(entries: Sequence[tuple[str | None, str]]) -> str | None:
    r"""The alternation ``(?P<n1>rx1)|(?P<n2>rx2)|...`` (an entry without a name gets no
    group), rewritten to start with a branch per first letter, where ``\b`` (or a look-behind
    ``(?<![...])``) before the letter becomes a look-behind after it:
    ``a(?<!\w.)(?:...)|b(?<!\w.)(?:...)``. None if
    some alternative may start with anything but a letter. Alternatives keep their order
    within a branch, so the same one wins as before. A named entry becomes groups
    ``<name>_<k>``, which hold its match but the first letter."""
    branches: dict[str, list[tuple[str | None, str, str]]] = {}
    for name, rx in entries:
        heads = _heads("(?:" + rx + ")")
        if heads is None or (len(heads) > 1 and re.compile(rx).groups):
            return None  # a group copied into several branches would be renumbered
        for first, rest, before in heads:
            branches.setdefault(first, []).append((name, rest, before))
    # When every alternative starts a word and they start with many letters, one \b in
    # front beats a look-behind per branch: the engine then tests a position's boundary
    # before the branches, and so few positions get further (with few letters, the check
    # of the first letter is what lets it skip ahead, and the look-behinds stay).
    word_start = len(branches) >= _MANY_LETTERS and all(
        b == r"\w" for items in branches.values() for _, _, b in items
    )
    out: list[str] = []
    for k, (first, items) in enumerate(branches.items()):
        shared = items[0][2] if len({b for _, _, b in items}) == 1 else ""
        parts: list[str] = []
        i = 0
        while i < len(items):
            name = items[i][0]
            j = i
            while j < len(items) and items[j][0] == name:
                j += 1
            body = "|".join(
                rest if shared or not b else f"(?<!{b}.)" + rest for _, rest, b in items[i:j]
            )
            parts.append(f"(?P<{name}_{k}>{body})" if name else body)
            i = j
        check = f"(?<!{shared}.)" if shared and not word_start else ""
        out.append(re.escape(first) + check + "(?:" + "|".join(parts) + ")")
    return ("\\b" if word_start else "") + "(?:" + "|".join(out) + ")"


def first_letters(pattern: CIPattern) -> frozenset[str]:
    """The letters every match of ``pattern`` starts with (in lower case): elsewhere its
    ``match`` fails, so callers may skip it."""
    heads = _heads("(?:" + pattern.rx.pattern + ")")
    if heads is None:
        raise ValueError(f"a match may start with other than a letter: {pattern.pattern!r}")
    return frozenset(first for first, _, _ in heads)


def fast_re(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern)``, rewritten by :func:`first_letter_alternation` when it can be;
    the matches are the same."""
    return re.compile(first_letter_alternation([(None, pattern)]) or pattern)


def fast_ci(pattern: str) -> CIPattern:
    """:func:`ci`, with the pattern rewritten by :func:`first_letter_alternation` when it
    can be; the matches are the same."""
    return CIPattern(pattern, first_letter_alternation([(None, lower_pattern(pattern))]))


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A regex that finds any of the literal ``words``, factored into a trie so that the
    engine tests each position once: ``rx.search(low, a, b)`` is ``any(w in low[a:b] ...)``."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # the end of a word

    def source(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter word is already found here
        branches = [re.escape(ch) + source(child) for ch, child in node.items()]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return re.compile(source(trie) if trie else "(?!)")


_NO_HITS: Final[list[int]] = []


class _SharedScan:
    """The keys of every :class:`KeyScan`, found by one Aho-Corasick pass per text: an
    article is scanned once however many key sets ask about it."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}  # key -> its number in the automaton
        self.groups_of: list[tuple[int, ...]] = []  # key number -> the key sets holding it
        self.groups = 0
        self.group_of_keys: dict[frozenset[str], int] = {}
        self.ac: AhoCorasick | None = None
        self.bytes_ac: BytesAhoCorasick | None = None
        self.ascii_groups_of: list[tuple[int, ...]] = []  # the same, by number among ASCII keys
        # the last text and the (starts, ends) of its hits, by key set
        self.last: tuple[str | None, list[tuple[list[int], list[int]]]] = (None, [])

    def add(self, keys: Iterable[str]) -> int:
        ordered = list(dict.fromkeys(keys))
        unique = frozenset(ordered)
        known = self.group_of_keys.get(unique)
        if known is not None:
            return known  # key sets of the same keys share their hits
        group = self.groups
        self.groups += 1
        self.group_of_keys[unique] = group
        for key in ordered:
            k = self.index.setdefault(key, len(self.index))
            if k == len(self.groups_of):
                self.groups_of.append(())
            self.groups_of[k] += (group,)
        self.ac = None  # built again when next needed
        self.last = (None, [])
        return group

    def _build(self) -> None:
        # DFAs: a fifth less time per text than the default automaton, for more memory. The
        # byte automaton, for ASCII texts, holds the ASCII keys alone (no other occurs in
        # such a text): without the bytes of the others (the white space and quotes past
        # ASCII) its alphabet and table are smaller, and it misses the cache less.
        self.ac = AhoCorasick(list(self.index), implementation=Implementation.DFA)
        ascii_keys = [k for k in self.index if k.isascii()]
        self.bytes_ac = BytesAhoCorasick(
            [k.encode() for k in ascii_keys], implementation=Implementation.DFA
        )
        self.ascii_groups_of = [self.groups_of[self.index[k]] for k in ascii_keys]

    def spans(self, text: str, group: int) -> tuple[list[int], list[int]]:
        last = self.last
        if last[0] is not text:
            if self.ac is None or self.bytes_ac is None:
                self._build()
            assert self.ac is not None and self.bytes_ac is not None
            low = lowered(text)
            # ASCII text: offsets in bytes are offsets in characters, and the byte
            # automaton skips the translation between the two
            if low.isascii():
                hits = self.bytes_ac.find_matches_as_indexes(low.encode(), overlapping=True)
                groups_of = self.ascii_groups_of
            else:
                hits = self.ac.find_matches_as_indexes(low, overlapping=True)
                groups_of = self.groups_of
            # every key set's share by (start, end): the automaton reports overlapping hits
            # by end, so a share is sorted after, in the rare case it is out of order (a
            # longer key that ends later starting before a shorter one); a key set without
            # hits shares one empty list (read-only, as every caller treats them)
            # (the offsets stay the automaton's int objects, typed Any: as ints the compiled
            # module would unbox them and make new objects for the lists)
            starts_of: list[list[Any] | None] = [None] * self.groups
            ends_of: list[list[Any]] = [_NO_HITS] * self.groups
            rows: list[tuple[Any, ...]] = hits  # (not unboxed: a tuple of any length)
            for hit in rows:
                start = hit[1]
                k: int = hit[0]
                for g in groups_of[k]:
                    starts = starts_of[g]
                    if starts is None:
                        starts = []
                        starts_of[g] = starts
                        ends_of[g] = []
                    starts.append(start)
                    ends_of[g].append(hit[2])
            spans: list[tuple[list[int], list[int]]] = []
            for g, hit_starts in enumerate(starts_of):
                if hit_starts is None:
                    spans.append((_NO_HITS, _NO_HITS))
                    continue
                found: list[int] = hit_starts
                pair = (found, ends_of[g])
                for i in range(1, len(found)):
                    if found[i] < found[i - 1]:
                        ordered = sorted(zip(found, ends_of[g], strict=True))
                        pair = ([a for a, _ in ordered], [b for _, b in ordered])
                        break
                spans.append(pair)
            last = (text, spans)
            self.last = last
        return last[1][group]


_SHARED: Final = _SharedScan()


class KeyScan:
    """Where literal lower-case ``keys`` occur in a text, and :meth:`within`: "does any key
    lie inside text[a:b]?" answered by bisection. This is
    ``any_of(keys).search(lowered(text), a, b) is not None``, and much cheaper than that
    when it is asked for each sentence of a text: a trie regex whose keys start with most
    letters is tried at almost every position. The keys of all key sets are found by one
    Aho-Corasick pass over the lower-cased text (the last text's hits are kept), so make key
    sets once, at import, not per call."""

    __slots__ = ("_group",)

    def __init__(self, keys: Iterable[str]):
        self._group = _SHARED.add(keys)

    def spans(self, text: str) -> tuple[list[int], list[int]]:
        """(starts, ends) of every occurrence of a key, overlapping ones too, by start."""
        return _SHARED.spans(text, self._group)

    def within(self, text: str, a: int, b: int) -> bool:
        """Whether some key occurs wholly inside ``text[a:b]``."""
        starts, ends = self.spans(text)
        i = bisect_left(starts, a)
        n = len(starts)
        while i < n and starts[i] < b:
            if ends[i] <= b:
                return True
            i += 1
        return False


_LITERAL: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 ")


def _is_literal(ch: str) -> bool:
    """A character that stands for itself in a lower-cased regex source: a space, a Latin
    letter or digit, or a lower-case letter of another script (Cyrillic)."""
    return ch in _LITERAL or (ch.isalpha() and ch.islower())


def literal_heads(source: str) -> list[str] | None:
    """Literal lower-case texts one of which every match of the regex ``source`` starts
    with (the first letter of an alternative and the plain letters after it; or its first
    punctuation mark, or each white space character ``\\s`` matches, and what follows),
    or None when some alternative may start with anything else."""
    heads = _heads("(?:" + source + ")", symbols=True)
    if heads is None:
        return None
    keys: list[str] = []
    for first, rest, _ in heads:
        i = 0
        while i < len(rest) and _is_literal(rest[i]):
            i += 1
        if i < len(rest) and rest[i] in "?*{":
            i -= 1  # the letter before an optional part may be missing
        head = first + rest[: max(i, 0)]
        ends = _literal_group(rest, i) if len(head) <= _SHORT_HEAD else None
        if ends:  # "us(?:ed|ing)": "used", "using" (not "us" inside "previous")
            keys.extend(head + end for end in ends)
        elif len(head) <= _SHORT_HEAD and head[0].isalnum() and _white_after(rest, i):
            # a short word ("in", "the") is found inside many longer ones: with the white
            # space after it (each of those the regex engine counts as such), only as a word
            # (a punctuation mark is not: "." alone is the key that ends sentences too)
            keys.extend(head + ws for ws in WHITESPACE)
        else:
            keys.append(head)
    return list(dict.fromkeys(keys))


_SHORT_HEAD: Final = 3
# Every character ``\s`` matches in a text (str.isspace's, as the regex engine counts them).
WHITESPACE: Final = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _literal_group(rest: str, i: int) -> list[str] | None:
    """The plain letters each alternative of the group ``(?:a|b)`` that opens ``rest`` at
    ``i`` starts with ("тогда" of "тогда\\s+как"), when each starts with some and the
    group is not optional; else None."""
    if i < 0 or not rest.startswith("(?:", i):
        return None
    j = closing(rest, i)
    if rest[j : j + 1] in ("?", "*", "+", "{"):
        return None
    out: list[str] = []
    for alt in split_alternatives(rest[i + 3 : j - 1]):
        k = 0
        while k < len(alt) and _is_literal(alt[k]):
            k += 1
        if k < len(alt) and alt[k] in "?*{":
            k -= 1  # the letter before an optional part may be missing
        if k <= 0:
            return None
        out.append(alt[:k])
    return out


def _white_after(rest: str, i: int) -> bool:
    r"""Whether the regex ``rest`` holds a white space character at ``i`` (``\s``, ``\s+``,
    ``\s{1,3}``; not an optional one)."""
    return (
        i >= 0
        and rest.startswith("\\s", i)
        and rest[i + 2 : i + 3] not in ("*", "?")
        and not rest.startswith("{0", i + 2)
    )


def matches_at(
    rx: re.Pattern[str], text: str, starts: list[int], pos: int = 0, endpos: int = sys.maxsize
) -> list[re.Match[str]]:
    """``list(rx.finditer(text, pos, endpos))`` when every match starts at one of ``starts``
    (sorted): the regex is tried there only, and not inside an earlier match. For a pattern
    the engine would try at every character, with starts from a key scan."""
    out: list[re.Match[str]] = []
    done = pos
    n = len(starts)
    i = bisect_left(starts, pos)
    while i < n and starts[i] < endpos:
        at = starts[i]
        i += 1
        if at < done:
            continue
        m = rx.match(text, at, endpos)
        if m:
            out.append(m)
            done = max(m.end(), at + 1)
    return out


def _is_word(ch: str) -> bool:
    """Whether the regex engine counts ``ch`` as a word character (``\\w``)."""
    return ch.isalnum() or ch == "_"


class Anchored:
    """A pattern whose ``search`` and ``finditer`` try it only where a match may start: at
    the places one Aho-Corasick pass finds the literal heads of its alternatives
    (:func:`literal_heads`). The matches are those of the pattern itself; a pattern whose
    alternatives start with common letters is otherwise tried at almost every word. A
    :class:`CIPattern` matches the lower-cased text; a compiled ``re.Pattern`` (case
    sensitive) the text itself, its heads still found case-insensitively. A pattern that
    begins with ``\b`` is tried only where a head begins a word: heads that are common
    words ("on", "the") are also inside many other words. A table of many rows, given with
    ``rows``, is tried at a place with the rows a head found there may start alone."""

    __slots__ = ("_keys", "_sub", "cased", "pattern", "rx", "word_start")

    def __init__(
        self,
        pattern: CIPattern | re.Pattern[str],
        sources: Iterable[str] | None = None,
        rows: tuple[str, Sequence[str], str] | None = None,
    ):
        """``sources``: regexes one of which every match starts with (default: the
        pattern's own source). ``rows``: a case-insensitive pattern as ``(before, rows,
        after)``, ``before + "(?:" + "|".join(rows) + ")" + after``, with one of ``sources``
        per row, the regex its matches start with."""
        # every head starts with a letter or digit, so \b before it needs a non-word
        # character (or the start of the text) before it
        self.word_start = pattern.pattern.startswith("\\b")
        heads_of: list[list[str]] = []
        for src in [pattern.pattern] if sources is None else sources:
            heads = literal_heads(lower_pattern(src))
            if heads is None:
                raise ValueError(f"a match may start with nothing a key scan finds: {src!r}")
            heads_of.append(heads)
        self.pattern = pattern
        self.cased = isinstance(pattern, re.Pattern)
        self.rx: re.Pattern[str] = pattern if isinstance(pattern, re.Pattern) else pattern.rx
        self._keys = KeyScan([h for heads in heads_of for h in heads])
        self._sub: dict[str, re.Pattern[str]] | None = None
        if rows is not None and not self.cased:
            self._sub = _row_patterns(rows, heads_of)

    @property
    def keys(self) -> KeyScan:
        """Where the heads occur: every match starts at one of these."""
        return self._keys

    def _at(self, low: str, start: int, end: int) -> re.Pattern[str]:
        """The regex to try at ``start``, where the longest head found ends at ``end``."""
        sub = self._sub
        return self.rx if sub is None else sub[low[start:end]]

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self._matches(text, pos, endpos, True)
        return found[0] if found else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
        """The matches ``finditer`` would give, as a list (a list is cheaper to make than a
        generator to run, compiled)."""
        return self._matches(text, pos, endpos, False)

    def _matches(self, text: str, pos: int, endpos: int, first: bool) -> list[re.Match[str]]:
        out: list[re.Match[str]] = []
        starts, ends = self._keys.spans(text)
        i = bisect_left(starts, pos)
        n = len(starts)
        if i == n or starts[i] >= endpos:
            return out
        done = pos
        low = text if self.cased else _lower(text)
        word_start = self.word_start
        while i < n and starts[i] < endpos:
            start = starts[i]
            best = -1
            while i < n and starts[i] == start:  # every head found here: the longest
                if best < ends[i] <= endpos:
                    best = ends[i]
                i += 1
            if best < 0 or start < done:
                continue
            if word_start and start and _is_word(low[start - 1]):
                continue
            m = self._at(low, start, best).match(low, start, endpos)
            if m:
                out.append(m)
                if first:
                    break
                done = max(m.end(), start + 1)
        return out


def _row_patterns(
    rows: tuple[str, Sequence[str], str], heads_of: list[list[str]]
) -> dict[str, re.Pattern[str]]:
    """For each head, the rows a match that starts with it may be, as one pattern in the
    table's order: those with that head or a head it starts with (every head found at a
    place starts the longest found there). The first row that matches at a place is the
    whole table's: the rows left out have no head there."""
    before, alternatives, after = rows
    if len(alternatives) != len(heads_of):
        raise ValueError("one source of heads per row")
    rows_of: dict[str, set[int]] = {}
    for i, heads in enumerate(heads_of):
        for h in heads:
            rows_of.setdefault(h, set()).add(i)
    compiled: dict[tuple[int, ...], re.Pattern[str]] = {}
    out: dict[str, re.Pattern[str]] = {}
    for head in rows_of:
        found: set[int] = set()
        for j in range(1, len(head) + 1):
            found |= rows_of.get(head[:j], set())
        picked = tuple(sorted(found))
        if picked not in compiled:
            source = before + "(?:" + "|".join(alternatives[i] for i in picked) + ")" + after
            compiled[picked] = re.compile(branched(lower_pattern(source)))
        out[head] = compiled[picked]
    return out
