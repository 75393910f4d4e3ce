"""The speed layer's one door: how a rule written in a language pack becomes a fast pattern.

Rule authors write plain regex sources in ``strikewatch/lang/<code>/``; the stage modules
compile them here, once per language, and choose the form (the authors never see it):

- :func:`rule` compiles a source case-insensitively on the lower-cased text
  (:class:`fastre.CIPattern`), or case-sensitively, in one of three speed forms: ``plain``,
  ``first_letter`` (rewritten to a branch per first letter, :func:`fastre.fast_ci`) or
  ``anchored`` (tried only where a key scan finds its first words, :class:`fastre.Anchored`);
- :func:`alternation` compiles a table of ``(source, label)`` rows into one alternation whose
  matches tell their row's label;
- :func:`required_keys` and :func:`last_words` derive, from a rule's source, the guards that
  let a stage skip the rule where it cannot match: literal words one of which every match
  contains (for a :class:`fastre.KeyScan`), and the words every match ends with. They are
  derived, never kept by hand beside the rule, so a new word in a pack needs no second edit.

Every form finds exactly what the plain regex finds (``tests/extraction/test_fastre.py``,
``tests/extraction/test_rules.py``).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Sequence
from itertools import product
from typing import Any, Literal

from strikewatch.extraction.fastre import (
    Anchored,
    CIPattern,
    KeyScan,
    ci,
    closing,
    fast_ci,
    fast_re,
    first_letter_alternation,
    literal_heads,
    lower_pattern,
    split_alternatives,
)

with warnings.catch_warnings():  # the regex parser is public only under these names
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as C
    import sre_parse

Form = Literal["plain", "first_letter", "anchored"]
Pattern = re.Pattern[str] | CIPattern | Anchored


def rule(
    source: str,
    *,
    cased: bool = False,
    form: Form = "first_letter",
    heads: Iterable[str] | None = None,
) -> Any:
    """The compiled rule: case-insensitive unless ``cased``; ``form`` chooses the speed
    device; ``heads`` (with ``anchored``): regexes one of which every match starts with,
    when not the rule's own first words. The matches are the plain regex's in every form."""
    fast = form != "plain"  # an anchored rule is tried at its starts in the first-letter form
    if cased:
        compiled: re.Pattern[str] | CIPattern = fast_re(source) if fast else re.compile(source)
    else:
        compiled = fast_ci(source) if fast else ci(source)
    if form == "anchored":
        rows = _rows(source) if heads is None and not cased else None
        if rows is not None:  # tried at a place with the rows a head found there may start
            before, alternatives, after = rows
            return Anchored(compiled, [before + a + after for a in alternatives], rows)
        return Anchored(compiled, heads)
    return compiled


def _rows(source: str) -> tuple[str, list[str], str] | None:
    """``source`` as ``(before, rows, after)`` when it is one group of two or more
    alternatives (``\\b(?:a|b)``, as :func:`join` writes them), each with literal heads."""
    before = r"\b(?:" if source.startswith(r"\b(?:") else "(?:" if source.startswith("(?:") else ""
    if not before or closing(source, len(before) - 3) != len(source):
        return None
    alternatives = split_alternatives(source[len(before) : -1])
    if len(alternatives) < 2:
        return None
    if any(literal_heads(lower_pattern(before + a + ")")) is None for a in alternatives):
        return None
    return before, alternatives, ")"


def join(sources: Iterable[str]) -> str:
    """One source matching any of ``sources`` (each kept whole), after a word start."""
    return r"\b(?:" + "|".join(f"(?:{rx})" for rx in sources) + ")"


def alternation(entries: Sequence[tuple[str, str]]) -> tuple[CIPattern, dict[str | None, str]]:
    """One case-insensitive alternation of whole words with a named group per row, and the
    label of each group name: ``labels[m.lastgroup]`` is the label of the row that matched."""
    plain = r"\b(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(entries)) + ")"
    # A branch per first letter lets the engine skip ahead to the possible first letters.
    named = [(f"g{i}", r"\b(?:" + lower_pattern(rx) + ")") for i, (rx, _) in enumerate(entries)]
    fast = first_letter_alternation(named)
    pattern = CIPattern(plain + r"(?!\w)", None if fast is None else fast + r"(?!\w)")
    labels: dict[str | None, str] = {None: entries[0][1]}
    for name in pattern.rx.groupindex:
        labels[name] = entries[int(name[1:].partition("_")[0])][1]
    for i, (_, label) in enumerate(entries):  # (the plain source's names)
        labels[f"g{i}"] = label
    return pattern, labels


def anchored_alternation(
    entries: Sequence[tuple[str, str]],
) -> tuple[CIPattern | Anchored, dict[str | None, str]]:
    """:func:`alternation`, tried only where a key scan finds the first words of a row
    (:class:`fastre.Anchored`) when every row starts with letters; else as it is. For a
    table sought across whole sentences: the engine would try it at almost every word."""
    pattern, labels = alternation(entries)
    heads = [r"\b(?:" + rx + ")" for rx, _ in entries]
    if all(literal_heads(lower_pattern(h)) for h in heads):
        # at a place, only the rows a head found there may start are tried
        rows = [f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(entries)]
        return Anchored(pattern, heads, (r"\b(?:", rows, r")(?!\w)")), labels
    return pattern, labels


def key_scan(*sources: str) -> KeyScan:
    """A key scan that finds, in any text, a key inside every match of any of ``sources``."""
    keys: list[str] = []
    for src in sources:
        keys.extend(required_keys(src))
    return KeyScan(dict.fromkeys(keys))


# --------------------------------------------------------------------------- derived guards
def _parse(source: str) -> Any:
    return sre_parse.parse(source)


def looks_ahead(source: str) -> bool:
    """Whether a match of ``source`` may depend on the text after it (a look-ahead, or an
    end anchor). Without, a match found within a stretch of a text that ends before white
    space is also a match in the whole text, so a search of the whole text that finds
    none rules out every such stretch."""
    return _looks_ahead(_parse(source))


def _looks_ahead(seq: Any) -> bool:
    for op, av in seq:
        if op in (C.ASSERT, C.ASSERT_NOT):
            if av[0] == 1 or _looks_ahead(av[1]):
                return True
        elif op is C.AT:
            if av in (C.AT_END, C.AT_END_LINE, C.AT_END_STRING):
                return True
        elif op is C.SUBPATTERN:
            if _looks_ahead(av[3]):
                return True
        elif op is C.BRANCH:
            if any(_looks_ahead(alt) for alt in av[1]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if _looks_ahead(av[2]):
                return True
        elif op is C.ATOMIC_GROUP:
            if _looks_ahead(av):
                return True
        elif op is C.GROUPREF_EXISTS:
            return True
    return False


def _char_of_class(items: Any) -> str | None:
    """The one lower-case character a class like ``[Nn]`` stands for, else None."""
    chars = set()
    for op, av in items:
        if op is not C.LITERAL:
            return None
        chars.add(chr(av).lower())
    return chars.pop() if len(chars) == 1 else None


def _required(seq: Any) -> set[str] | None:
    """Lower-case literals one of which every match of ``seq`` contains, or None."""
    candidates: list[set[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append({"".join(run)})
            run.clear()

    for op, av in seq:
        if op is C.LITERAL:
            run.append(chr(av).lower())
        elif op is C.IN and (ch := _char_of_class(av)) is not None:
            run.append(ch)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the characters on either side still follow each other
        else:
            flush()
            found: set[str] | None = None
            if op is C.SUBPATTERN:
                found = _required(av[-1])
            elif op is C.BRANCH:
                parts = [_required(b) for b in av[1]]
                if all(p is not None for p in parts):
                    found = set().union(*(p for p in parts if p is not None))
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
                found = _required(av[2])
            if found:
                candidates.append(found)
    flush()
    if not candidates:
        return None
    # the set whose shortest key is longest finds fewest false starts
    return max(candidates, key=lambda keys: (min(map(len, keys)), -len(keys)))


def required_keys(source: str) -> tuple[str, ...]:
    """Lower-case literal texts one of which every match of ``source`` contains; raises
    ValueError when the source allows a match without any literal it could name.

    Each alternative is spelled out where that stays small ("per year", "a week earlier",
    "in 20"), and its likeliest rare literal stretch is its key (:func:`_rarity`: a name
    first, then the most letters); words are joined by one space, as
    news text writes them (a phrase split by a line break or two spaces is skipped, as it
    was by the key lists kept by hand before). Alternatives too many to spell out give the
    longest literal every match of theirs must hold. Keys that contain another key are left
    out: the shorter one is found wherever they are."""
    keys = _keys(_parse(source))
    if not keys or "" in keys:
        raise ValueError(f"no literal is common to every match of {source!r}")
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def exact_keys(source: str) -> tuple[str, ...] | None:
    """Lower-case literal stretches one of which every match of ``source`` contains, each
    within a word or sign run (never across white space, so that no spacing is assumed);
    None when there are none."""
    found = _required(_parse(source))
    return tuple(sorted(found)) if found and "" not in found else None


_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _keys(seq: Any) -> set[str] | None:
    items = [(op, av) for op, av in seq if op not in _ZERO_WIDTH]
    if len(items) == 1 and items[0][0] is C.SUBPATTERN:
        return _keys(items[0][1][-1])
    if len(items) == 1 and items[0][0] is C.BRANCH:
        out: set[str] = set()
        for branch in items[0][1][1]:
            found = _keys(branch)
            if found is None:
                return None
            out |= found
        return out
    texts = _expand(seq)
    if texts is None:
        return _required(seq)
    out = set()
    for t in texts:
        stretches = [x.strip(" ") for x in re.split("[\x00\x01\x02]", t)]
        best = max(stretches, key=_rarity)
        if not best:
            return _required(seq)
        out.add(best.lower())
    return out


def _rarity(stretch: str) -> tuple[bool, int, int]:
    """How rare a literal stretch is likely to be in news text, as a key: one that holds a
    name (a capital letter in the rule) first, then one with more letters (digits and signs
    are everywhere), then the longer."""
    letters = sum(c.isalpha() for c in stretch)
    return (any(c.isupper() for c in stretch), letters, len(stretch))


_WORD = "\x02"  # stands for a word character of unknown value
_ANY = "\x01"  # stands for a character of unknown value
_BOUNDARY = "\x00"  # a word boundary or word start
_LIMIT = 20000


def _expand(seq: Any) -> list[str] | None:
    """Every text ``seq`` matches, with white space as one space and unknown characters as
    markers; None when there are too many or the pattern is unbounded in content."""
    out = [""]
    for op, av in seq:
        if op is C.LITERAL:
            options = [chr(av)]
        elif op is C.NOT_LITERAL or op is C.ANY:
            options = [_ANY]
        elif op is C.IN:
            options = _class_options(av)
        elif op is C.CATEGORY:
            options = [_category(av)]
        elif op is C.AT:
            options = [_BOUNDARY if av in (C.AT_BOUNDARY, C.AT_BEGINNING_STRING) else ""]
        elif op is C.ASSERT_NOT and av[0] == -1:
            options = [_BOUNDARY]  # (?<!\w): a word start
        elif op in (C.ASSERT, C.ASSERT_NOT):
            options = [""]
        elif op is C.SUBPATTERN:
            sub = _expand(av[-1])
            if sub is None:
                return None
            options = sub
        elif op is C.BRANCH:
            options = []
            for b in av[1]:
                sub = _expand(b)
                if sub is None:
                    return None
                options.extend(sub)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            options_or_none = _repeat(av)
            if options_or_none is None:
                return None
            options = options_or_none
        else:
            return None
        out = [a + b for a, b in product(out, dict.fromkeys(options))]
        if len(out) > _LIMIT:
            return None
    return out


def _category(code: Any) -> str:
    if code is C.CATEGORY_SPACE:
        return " "
    if code in (C.CATEGORY_DIGIT, C.CATEGORY_WORD):
        return _WORD
    return _ANY


def _class_options(items: Any) -> list[str]:
    chars: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            chars.append(chr(av))
        elif op is C.CATEGORY:
            chars.append(_category(av))
        else:
            return [_ANY]
    if len(chars) > 8:
        return [_ANY]
    return list(
        dict.fromkeys(c if c in (_WORD, _ANY, " ") or not c.isspace() else " " for c in chars)
    )


def _repeat(av: Any) -> list[str] | None:
    lo, hi, sub_seq = av
    sub = _expand(sub_seq)
    if sub is None:
        return None
    if all(s.strip(" ") == "" for s in sub):  # white space: one space, or none
        return [""] if hi == 0 else ([" "] if lo else ["", " "])
    top = lo + 1 if hi is C.MAXREPEAT else hi
    if top > 3:
        return None
    options: list[str] = []
    for k in range(lo, top + 1):
        options.extend("".join(p) for p in product(sub, repeat=k))
    return options


def _is_word_char(ch: str) -> bool:
    return ch == _WORD or ch.isalnum() or ch == "_"


def last_words(source: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(words, suffixes): the lower-case word in which every non-empty match of ``source``
    ends before its trailing white space is one of ``words``, or ends with one of
    ``suffixes``, unless it ends in a sign (then the match has no last word to test).
    Raises ValueError when that cannot be worked out."""
    texts = _expand(_parse(source))
    if texts is None:
        raise ValueError(f"too many or unbounded matches to derive last words: {source!r}")
    words: set[str] = set()
    suffixes: set[str] = set()
    for t in texts:
        t = t.rstrip(" " + _BOUNDARY)
        if not t or not _is_word_char(t[-1]):
            if t.endswith(_ANY):
                raise ValueError(f"a match of {source!r} may end in any character")
            continue
        i = len(t)
        while i > 0 and _is_word_char(t[i - 1]):
            i -= 1
        run = t[i:]
        tail = run.rpartition(_WORD)[2].lower()
        if not tail:
            raise ValueError(f"a match of {source!r} may end in a word of any letters")
        before = t[i - 1] if i else ""
        whole = tail == run.lower() and bool(before) and before != _ANY
        (words if whole else suffixes).add(tail)
    return frozenset(words), tuple(sorted(suffixes))


def flat_alternatives(source: str) -> list[str]:
    """The alternatives of ``source``, each group that opens one spread out over what
    follows it (``(?:a|b)c`` -> ``ac``, ``bc``; a quantified group is kept whole). Any
    match of ``source`` is a match of one of them, and the other way round."""
    out: list[str] = []
    for alt in split_alternatives(source):
        if alt.startswith("(?:"):
            j = closing(alt, 0)
            rest = alt[j:]
            if rest[:1] not in ("?", "*", "+", "{"):
                for inner in split_alternatives(alt[3 : j - 1]):
                    out.extend(flat_alternatives(inner + rest))
                continue
        out.append(alt)
    return out


class EndingIndex:
    """A regex whose every match ends at the end of the stretch searched (its alternatives
    end in ``$``), split by the word each alternative may end in: :meth:`ending_in` gives
    the alternatives that can end in a given word, so that a search right before a number
    tries those alone. Exact: an alternative left out cannot end in that word."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.flags = flags
        self.by_word: dict[str, list[str]] = {}
        self.by_suffix: list[tuple[str, str]] = []
        self.always: list[str] = []  # alternatives whose last word cannot be worked out
        for alt in flat_alternatives(source):
            try:
                words, suffixes = last_words(alt)
            except ValueError:
                self.always.append(alt)
                continue
            for w in words:
                self.by_word.setdefault(w, []).append(alt)
            self.by_suffix.extend((x, alt) for x in suffixes)

    def ending_in(self, word: str) -> re.Pattern[str] | None:
        """The alternatives that may end in ``word`` (lower case) before the trailing white
        space, as one regex (compiled here: keep it); None when none can."""
        alts = [*self.by_word.get(word, ()), *(a for x, a in self.by_suffix if word.endswith(x))]
        alts = list(dict.fromkeys([*alts, *self.always]))
        return re.compile("|".join(f"(?:{a})" for a in alts), self.flags) if alts else None
