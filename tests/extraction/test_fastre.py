"""The regex rewrites of strikewatch.extraction.fastre find exactly what the plain patterns find."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from strikewatch.extraction.fastre import (
    WHITESPACE,
    Anchored,
    CIPattern,
    KeyScan,
    any_of,
    branched,
    fast_ci,
    fast_re,
    first_letter_alternation,
    first_letters,
    literal_heads,
    lower_pattern,
    split_alternatives,
)

TEXT = (
    "Air defences shot down 20 drones; the Russians downed 3. Downs and ups, shot-down "
    "pieces, sub-shots. A day earlier, since 2022, the drones were reportedly downed."
)


def test_split_alternatives_respects_groups_classes_and_escapes() -> None:
    assert split_alternatives(r"a|(?:b|c)|[|]|\||d") == ["a", "(?:b|c)", "[|]", r"\|", "d"]


# Words starting with ten letters and more: one \b in front instead of a check per branch.
_MANY = (
    r"\b(?:air\s+defen[cs]es?|before|cities|drones?|explosions?|fired|ground|hit|in|just"
    r"|kursk|launched|shot\s+down|the\s+\w+|white)\b"
)


def test_first_letter_alternation_with_many_letters_checks_the_boundary_once() -> None:
    src = first_letter_alternation([(None, _MANY.lower())])
    assert src is not None
    assert src.startswith("\\b(?:a(?:") and "(?<!" not in src
    few = first_letter_alternation([(None, r"\b(?:drones?|hit|shot\s+down)")])
    assert few is not None and few.count("(?<!\\w.)") == 3


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
        _MANY,
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


# Texts made of the words the patterns below look for, so that matches are common.
_WORDS = st.sampled_from(
    [
        "since", "so far", "per", "a", "an", "one", "twenty", "twenty-one", "Dozen", "hundred",
        "pair", "of", "single", "both", "someone", "often", "drones", "shot", "down", "air",
        "defences", "hit", "white", "from", "launched", "the", "Kursk", "direction", "ten",
        "seventy", "seven", "-", ",", ".", "\n", "É", "ǅ", "in", "flames", "on", "fire",
        "on\xa0fire", "in\tflames", "the\nministry", "ministry", "used", "using", "bus",
        "збито", "Збиті", "на", "території", "на\u2009території",
    ]
)  # fmt: skip
_TEXTS = st.lists(_WORDS, max_size=40).map(" ".join) | st.text(max_size=60)


# Key sets join one shared automaton for good: made once here, not per example.
_WORDS_OF_SCAN = ["since", "so far", "so", "per ", "a year", "one", "ǆ"]
_SCAN, _SCAN_WORDS = KeyScan(_WORDS_OF_SCAN), any_of(_WORDS_OF_SCAN)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 80), st.integers(0, 80))
def test_key_scan_is_any_of(text: str, a: int, b: int) -> None:
    assert _SCAN.within(text, a, b) == bool(_SCAN_WORDS.search(text.lower(), a, b))


def test_literal_heads() -> None:
    heads = literal_heads(r"\b(?:attack\w*|drones?|shot\s+down|air\s+defen[cs]es?)")
    assert heads is not None
    assert heads[:3] == ["attack", "drone", "shot"]
    assert heads[3:] == [f"air{ws}" for ws in WHITESPACE]  # "air" is in "repair"
    assert literal_heads(r"(?:a|b)x?|cd") == ["a", "b", "cd"]
    assert literal_heads(r"\s*of") is None
    # Cyrillic letters are literal too
    assert literal_heads(r"(?:збит\w*|знищено)") == ["збит", "знищено"]
    # a short head before a group of plain endings takes each ending ("us" is in "bus")
    assert literal_heads(r"us(?:ed|ing)|hit(?:s|ting)?") == ["used", "using", "hit"]
    # a short head before white space takes each white space character after it
    heads = literal_heads(r"\b(?:on\s+fire|in\s*flames|the\s?city)")
    assert heads is not None
    assert {"on ", "on\n", "on\xa0", "on\u3000"} <= set(heads)
    assert "on" not in heads and "in" in heads and "the" in heads
    with pytest.raises(ValueError):
        Anchored(fast_ci(r"\d+ drones"))


def test_literal_heads_of_punctuation_and_white_space() -> None:
    # a punctuation mark, plain or escaped, heads its alternative on its own (the white
    # space after it adds nothing: no word holds it); white space stands for each
    # character \s matches
    heads = literal_heads(r";|\s(?:while|but)\s|,\s+and\s|\.\s")
    assert heads is not None
    assert {";", " while", "\twhile", "\xa0but", ",", "."} <= set(heads)
    assert ", " not in heads and ". " not in heads and " " not in heads
    # \s+ is one white space character, then maybe more
    assert literal_heads(r"\s+of") == list(WHITESPACE)
    assert literal_heads(r"\s*of") is None  # may start with "o"
    assert literal_heads(r"[,;]x") is None  # a class of marks is not read


def test_a_short_head_takes_the_plain_start_of_each_alternative_after_it() -> None:
    # "тогда\s+как": its plain start "тогда"; "в\s+то": "в"
    heads = literal_heads(r"\s(?:тогда\s+как|в\s+то|но)\s")
    assert heads is not None
    assert {" тогда", " в", " но", "\xa0тогда"} <= set(heads)
    assert literal_heads(r"us(?:e[sd]|ing)") == ["use", "using"]
    # an alternative without a plain start leaves the short head as it is
    assert literal_heads(r"us(?:\w+|ing)") == ["us"]


def test_a_short_text_is_lowered_apart_from_the_article() -> None:
    from strikewatch.extraction import fastre

    sentence = "Drones struck KYIV overnight, the governor said. "
    article = sentence * 3
    rx = fast_ci(r"\bkyiv\b")
    assert rx.search(article) is not None
    kept = fastre._last
    assert kept[0] is article
    assert rx.fullmatch("KYIV") is not None  # a word: lowered on its own
    assert fastre._last is kept  # the article stays the text last lowered
    n = len(sentence)
    assert [m.span() for m in rx.finditer(article)] == [(14 + i * n, 18 + i * n) for i in range(3)]


def test_key_sets_of_the_same_keys_share_their_hits() -> None:
    a = KeyScan(["zq shared", "zq keys"])
    b = KeyScan(("zq keys", "zq shared", "zq keys"))
    c = KeyScan(["zq keys"])
    text = "the zq keys and the zq shared ones"
    assert a.spans(text) == b.spans(text) == ([4, 20], [11, 29])
    assert c.spans(text) == ([4], [11])


_ANCHORED = [
    r"\b(?:shot\s+down|down(?:s)?\b|downed)\b",
    r"\b(?:in\s+flames|on\s+fire|us(?:ed|ing)|the\s+ministry|збит\w*|на\s+території)",
    r"\b(?:(?:launched|fired)\s+(?:\w+\s+){0,3}?from|from\s+the\s+\w+\s+direction)",
    r"\b(?:hit|air\s+defen[cs]es?|drones?|a)\b",
    r"own",  # inside words too
]


_ANCHORED_SCANS = {p: (fast_ci(p), Anchored(fast_ci(p))) for p in _ANCHORED}


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 80), st.integers(0, 200), st.sampled_from(_ANCHORED))
@example("Air defences shot down drones", 0, 200, _ANCHORED[0])  # "down" inside a match
@example(TEXT, 3, 90, _ANCHORED[2])
@example("_drones 5drones ädrones a-drones ǅdrones drones", 0, 200, _ANCHORED[2])  # word starts
@example("crowned  sundown", 2, 200, _ANCHORED[0])
def test_anchored_matches_like_the_pattern(text: str, a: int, b: int, pattern: str) -> None:
    plain, anchored = _ANCHORED_SCANS[pattern]
    assert anchored.word_start == pattern.startswith("\\b")
    assert [m.span() for m in anchored.finditer(text, a, b)] == [
        m.span() for m in plain.finditer(text, a, b)
    ]
    got, want = anchored.search(text, a, b), plain.search(text, a, b)
    assert (got and got.span()) == (want and want.span())


# Case-sensitive patterns, with the words their matches start with given apart (a named
# group hides them from literal_heads): month and weekday phrases of the date stage.
_CASED = [
    (r"\b(?P<mon>May|March|Mar\.?)\s+(?P<day>\d{1,2})\b", ["May", "March", r"Mar\.?"]),
    (r"\b(?P<wd>Monday|Sunday)(?:['’]s)?\s+night\b", ["Monday", "Sunday"]),
]
_CASED_SCANS = {p: (re.compile(p), Anchored(re.compile(p), heads)) for p, heads in _CASED}
_CASED_TEXTS = st.lists(
    st.sampled_from(["May", "may", "MAY", "March", "Mar.", "mar", "Monday", "sunday", "Sunday's",
                     " ", "  ", "5", "12", "night", "Mayor", "xMay", ".", ","]),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(_CASED_TEXTS, st.integers(0, 40), st.integers(0, 200), st.sampled_from(_CASED))
@example("On May 5 and Monday night", 0, 200, _CASED[0])
def test_anchored_case_sensitive_pattern_matches_like_it(
    text: str, a: int, b: int, case: tuple[str, list[str]]
) -> None:
    plain, anchored = _CASED_SCANS[case[0]]
    assert anchored.cased
    assert [m.span() for m in anchored.finditer(text, a, b)] == [
        m.span() for m in plain.finditer(text, a, b)
    ]
    got, want = anchored.search(text, a, b), plain.search(text, a, b)
    assert (got and got.span()) == (want and want.span())


def _alternations() -> list[tuple[str, CIPattern]]:
    """The extractor's rewritten word alternations, with and without one \\b in front."""
    from strikewatch.extraction.lexicon import Lexicon

    en = Lexicon("en")
    out = [("pre", _unanchored(en.cues.pre)), ("post_strong", _unanchored(en.cues.post_strong))]
    out += [("actor", en.sides.actor)]
    out += [("claimant", en.claims.claimant), ("weapon_head", en.nouns.weapon_head)]
    out += [("background", en.context.background), ("_MANY", fast_ci(_MANY))]
    out += [("post_weak", en.cues.post_weak), ("noun_cue", en.cues.noun_cue)]
    out += [("strike", en.context.strike)]
    return out


def _unanchored(pattern: CIPattern | Anchored) -> CIPattern:
    inner = pattern.pattern if isinstance(pattern, Anchored) else pattern
    assert isinstance(inner, CIPattern)
    return inner


_ALTERNATIONS = _alternations()
_CUE_WORDS = st.sampled_from(
    [
        "Russia", "Russian", "Ukraine's", "air", "force", "said", "the", "defence", "ministry",
        "launched", "shot", "down", "were", "was", "destroyed", "killed", "injured", "drones",
        "missiles", "Shahed", "since", "last", "year", "in", "on", "over", "by", "fired", "hit",
        "struck", "targets", "jammed", "lost", "wave", "of", "city", "military", "administration",
        "xthe", "the_", "5", "É", ",", ".", " ", "\n", "Kh-101", "UAVs", "unmanned",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_CUE_WORDS, max_size=30).map(" ".join),
    st.integers(0, 60),
    st.integers(0, 300),
    st.sampled_from(range(len(_ALTERNATIONS))),
)
@example("Russian drones were shot down over the city", 0, 300, 0)
def test_rewritten_alternations_match_like_their_source(text: str, a: int, b: int, k: int) -> None:
    """Each alternation the extractor runs, rewritten by first letter (with one \\b in front
    when its words start with many letters), finds what its plain source finds, with the
    same named group."""
    name, fast = _ALTERNATIONS[k]
    plain = re.compile(lower_pattern(fast.pattern))
    low = text.lower()
    assert _spans_and_rows(fast.rx.finditer(low, a, b)) == _spans_and_rows(
        plain.finditer(low, a, b)
    ), name


def _spans_and_rows(ms: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], str]]:
    """Each match's span and row: its group's name without the branch ("g3" of "g3_1")."""
    return [(m.span(), (m.lastgroup or "").partition("_")[0]) for m in ms]


def _anchored_tables() -> list[tuple[str, Anchored]]:
    """The extractor's tables tried only at their first words, in every language."""
    from strikewatch.extraction.lexicon import Lexicon

    out: list[tuple[str, Anchored]] = []
    for code in ("en", "uk", "ru"):
        lex = Lexicon(code)
        tables = {"pre": lex.cues.pre, "post_strong": lex.cues.post_strong}
        tables["not_damage"] = lex.damage.not_damage
        tables["objects"] = lex.damage.objects
        tables["damage_verb"] = lex.damage.verb
        tables["clause_edge"] = lex.damage.clause_edge
        tables["launch_site"] = lex.sides.launch_site
        tables["attack_context"] = lex.sides.attack_context
        tables["background_clause"] = lex.context.background_clause
        out += [(f"{code} {name}", t) for name, t in tables.items() if isinstance(t, Anchored)]
    return out


_ANCHORED_TABLES = _anchored_tables()
_TABLE_WORDS = st.sampled_from(
    [
        "were", "was", "shot", "down", "used", "using", "bus", "the", "ministry", "injured",
        "killed", "could", "hit", "no", "damage", "repaired", "drones", "5", ",", ".", "\n",
        "\xa0", "\t", "було", "збито", "знищено", "збили", "поранено", "загинули", "не",
        "пошкоджено", "було\xa0збито", "были", "сбиты", "уничтожено", "ранены", "погибли",
        "могут", "атаковать", "без", "повреждений", "в", "на", "у", "—", "Було", "Сбито",
        "while", "but", "and", ";", "power", "plant", "residential", "building", "on", "fire",
        "in", "flames", "oil", "depot", "тогда", "как", "але", "однако", "но", "будинок",
        "дом", "поврежден", "пожежа", "nine-storey", "high-rise", "school",
        "launched", "from", "атаковали", "удар", "запущені", "з", "wants", "to", "планує",
    ]
)  # fmt: skip


def test_the_tables_tried_at_their_first_words_are_found() -> None:
    names = {name for name, _ in _ANCHORED_TABLES}
    assert {"en pre", "en post_strong", "uk pre", "ru pre", "en not_damage"} <= names
    for code in ("en", "uk", "ru"):
        assert {f"{code} objects", f"{code} damage_verb", f"{code} clause_edge"} <= names


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_TABLE_WORDS, max_size=30).map(" ".join),
    st.integers(0, 40),
    st.integers(0, 300),
    st.sampled_from(range(len(_ANCHORED_TABLES))),
)
@example("було\xa0збито 5 drones were shot down", 0, 300, 0)
def test_anchored_tables_match_like_their_source(text: str, a: int, b: int, k: int) -> None:
    """Each table the extractor tries only where a key scan finds its first words (and
    there, only the rows a head found there may start) finds what the table itself finds,
    with the same row's group (so the same label)."""
    name, anchored = _ANCHORED_TABLES[k]
    assert isinstance(anchored.pattern, CIPattern)
    plain = re.compile(lower_pattern(anchored.pattern.pattern))  # the source, as written
    assert _spans_and_rows(anchored.finditer(text, a, b)) == _spans_and_rows(
        plain.finditer(text.lower(), a, b)
    ), name


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # alternatives that share a first character share one branch, in their order
        ("(?:were|was|would|had)", "(?:w(?:ere|as|ould)|had)"),
        (
            r"(?:(?:lightly|slightly|seriously|severely)\s+)",
            r"(?:(?:lightly|s(?:lightly|eriously|everely))\s+)",
        ),
        (r"\b(?:був|була|було|були)\b", r"\b(?:б(?:ув|ула|уло|ули))\b"),
        ("(?:ab|ac|ad|ae)?x", "(?:a(?:b|c|d|e))?x"),
        # a capturing group's own alternatives too (it keeps its number); not a look-ahead's
        ("(?P<q>at least|about|over|around)", "(?P<q>a(?:t least|bout|round)|over)"),
        ("(ab|ac|ad|ae)(?=ab|ac|ad|ae)", "(a(?:b|c|d|e))(?=ab|ac|ad|ae)"),
        # left as they are: too few, no shared start, a start that is not a plain character
        ("(?:ab|ac|ad)", "(?:ab|ac|ad)"),
        ("(?:ab|bc|cd|de)", "(?:ab|bc|cd|de)"),
        (r"(?:a?b|ac|ad|ae)", r"(?:a?b|ac|ad|ae)"),
        (r"(?:\.x|ac|ad|ae)", r"(?:\.x|ac|ad|ae)"),
        ("(?:|ac|ad|ae)", "(?:|ac|ad|ae)"),
        # a capturing group inside would be renumbered; inline flags change what "a" is
        ("(?:(?P<x>ab)|ac|ad|ae)", "(?:(?P<x>ab)|ac|ad|ae)"),
        ("(?P<y>(?P<x>ab)|ac|ad|ae)", "(?P<y>(?P<x>ab)|ac|ad|ae)"),
        ("(?:a(b)|ac|ad|ae)", "(?:a(b)|ac|ad|ae)"),
        (r"(x)(?:ab|ac|ad|a\1)", r"(x)(?:ab|ac|ad|a\1)"),
        # a "(" inside a class or escaped opens no group
        (r"(?:ab|ac|ad|a[(]|a\()", r"(?:a(?:b|c|d|[(]|\())"),
        ("(?i:(?:ab|Ac|ad|ae))", "(?i:(?:ab|Ac|ad|ae))"),
        # escapes and classes are copied as they are
        (r"[(?:ab|ac|ad|ae)]\(?:", r"[(?:ab|ac|ad|ae)]\(?:"),
    ],
)
def test_branched_groups_alternatives_by_first_character(source: str, expected: str) -> None:
    assert len(_PACK_SOURCES) > 10  # (the property below has rows to try)
    assert branched(source) == expected
    re.compile(branched(source))


_BRANCH_WORDS = st.sampled_from(
    [
        "were", "was", "would", "had", "have", "been", "being", "be", "also", "all", "as",
        "well", "shot", "down", "downed", "destroyed", "days", "day", "districts", "drones",
        "people", "persons", "storey", "stories", "per", "cent", "percent", "4", "-", " ",
        "\n", "був", "була", "були", "збито", "знищено", "поверх", "поверхи", "было",
        "сбиты", "этажей", "дней", "x", "'", "’s",
    ]
)  # fmt: skip


def _pack_sources() -> list[tuple[str, str]]:
    """Regex sources of the packs with groups of alternatives to branch."""
    from strikewatch.lang import load_pack

    out: list[tuple[str, str]] = []
    for code in ("en", "uk", "ru"):
        pack = load_pack(code)
        out.append((f"{code} trap heads", pack.TRAP_HEADS))
        out += [(f"{code} post {i}", rx) for i, (rx, _) in enumerate(pack.POST_CUES_STRONG)]
        out += [(f"{code} pre {i}", rx) for i, (rx, _) in enumerate(pack.PRE_CUES)]
    lowered = [(name, lower_pattern(src)) for name, src in out]
    return [(name, src) for name, src in lowered if branched(src) != src]


_PACK_SOURCES = _pack_sources()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_BRANCH_WORDS, max_size=25).map(" ".join), st.sampled_from(range(len(_PACK_SOURCES)))
)
def test_branched_sources_match_like_the_source(text: str, k: int) -> None:
    """Branched, a pack's rows match where and as far as they do as written."""
    name, source = _PACK_SOURCES[k]
    plain, fast = re.compile(source), re.compile(branched(source))
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), fast.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (name, pos)
