"""Property tests of :func:`strikewatch.extract` with Hypothesis.

``extract`` must never raise, must give evidence that slices the article text, only values
FORMAT.md section 2 allows, the same answer twice, and output that survives JSON.
"""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch import Article, ArticleResult, extract

# FORMAT.md section 2.
CORE_METRICS = {"launched", "intercepted", "suppressed", "hit", "killed", "injured"}
EXTRA_METRICS = {
    "hospitalized",
    "killed_children",
    "injured_children",
    "rescued",
    "missing",
    "hit_sites",
    "debris_sites",
}
WEAPON_METRICS = {"launched", "intercepted", "suppressed", "hit"}
WEAPONS = {"drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb", "any"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
SIDES = {"RU", "UA", None}

SETTINGS = settings(max_examples=200, deadline=None)

# Words that lead the extractor into its deeper stages: numbers, weapons, verbs, places,
# claimants, qualifiers, dates, anaphora and traps.
VOCABULARY = [
    # numbers
    "0",
    "1",
    "7",
    "12",
    "40",
    "101",
    "136",
    "1,200",
    "2024",
    "05:30",
    "3.5",
    "10-15",
    "one",
    "two",
    "nine",
    "a dozen",
    "a single",
    "a pair of",
    "twenty-three",
    "forty five",
    "one hundred and six",
    "a hundred",
    "zero",
    # qualifiers and quantity words
    "at least",
    "more than",
    "over",
    "about",
    "nearly",
    "up to",
    "some",
    "all",
    "all but",
    "including",
    "of them",
    "more",
    "dozens of",
    "several",
    "no",
    "No.",
    "#",
    "$",
    "aged",
    # weapons
    "drones",
    "drone",
    "Shahed",
    "Shahed-136",
    "Geran-2",
    "UAVs",
    "missiles",
    "cruise missiles",
    "Kh-101",
    "Kalibr",
    "Iskander-M",
    "ballistic",
    "KN-23",
    "Kinzhal",
    "guided bombs",
    "KABs",
    "targets",
    "air attack weapons",
    "decoy",
    # verbs and metric cues
    "launched",
    "attacked with",
    "fired",
    "shot down",
    "were shot down",
    "destroyed",
    "intercepted",
    "downed",
    "neutralised",
    "jammed",
    "locationally lost",
    "did not reach their targets",
    "struck",
    "hit",
    "with",
    "killed",
    "killing",
    "injured",
    "wounded",
    "hurt",
    "died",
    "hospitalized",
    "rescued",
    "missing",
    "people",
    "children",
    "a woman",
    "a man",
    "civilians",
    "were",
    "was",
    # sides, places, claimants
    "Russia",
    "Russian",
    "Ukraine",
    "Ukrainian",
    "Moscow",
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Crimea",
    "Sevastopol",
    "Belgorod",
    "Kursk",
    "region",
    "oblast",
    "the Ukrainian Air Force said",
    "the Russian Defence Ministry said",
    "the governor said",
    "the mayor wrote",
    "air defence",
    "over the",
    "in",
    "at",
    "on",
    "the",
    # dates and times
    "overnight",
    "overnight into Friday",
    "on Sunday",
    "last night",
    "the night of 29 to 30 October",
    "on 17 November",
    "Nov 17",
    "yesterday",
    "this morning",
    "since the start of the invasion",
    "this week",
    "storey",
    "-storey",
    "years old",
    "km",
    "percent",
    # punctuation and layout
    ".",
    ",",
    ";",
    ":",
    "-",
    "–",
    "—",
    "(",
    ")",
    '"',
    "“",
    "”",
    "'s",
    "’",
    "!",
    "?",
    "/",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "KYIV, Nov 17 (Reuters) -",
    "Advertisement",
    "Read more:",
    "\u00a0",
    "\u200b",
    "\u2028",
]

published = st.none() | st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))

any_text = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),  # control chars, surrogates
    max_size=400,
)
vocab_text = st.lists(st.sampled_from(VOCABULARY), max_size=80).map(" ".join)
# Sentence-like text: vocabulary phrases glued by spaces with no space before punctuation.
glued_text = st.lists(st.sampled_from(VOCABULARY), max_size=80).map("".join)

# Sentence-shaped text: subject, verb, qualifier, number, noun, tail, with vocabulary noise
# in between, so that most examples reach the metric, side, place and date stages.
_SUBJECTS = ["Russia", "Russian forces", "Ukraine", "Ukrainian drones", "Air defence", "It"]
_VERBS = [
    "launched",
    "attacked Ukraine with",
    "attacked Moscow with",
    "shot down",
    "destroyed",
    "intercepted",
    "jammed",
    "struck eight sites with",
    "killed",
    "injured",
    "injuring",
    "hit the city with",
]
_QUALIFIERS = ["", "", "at least", "more than", "about", "up to", "nearly", "all", "all but"]
_NUMBERS = ["0", "1", "7", "12", "40", "1,200", "one", "two", "nine", "a dozen", "twenty-three"]
_NOUNS = [
    "drones",
    "Shahed drones",
    "missiles",
    "cruise missiles",
    "Kh-101 missiles",
    "Iskander-M ballistic missiles",
    "guided bombs",
    "targets",
    "drones and missiles",
    "of them",
    "more",
    "people",
    "children",
    "civilians",
    "storeys",
]
_TAILS = [
    "overnight",
    "overnight into Friday",
    "on Sunday",
    "over Kyiv",
    "in the Odesa region",
    "over the Belgorod region",
    "in Crimea",
    "the Ukrainian Air Force said",
    "the Russian Defence Ministry said",
    "were shot down",
    "were injured",
    "since the start of the invasion",
    "",
]
_noise = st.lists(st.sampled_from(VOCABULARY), max_size=3).map(" ".join)
sentence = st.tuples(
    st.sampled_from(_SUBJECTS),
    _noise,
    st.sampled_from(_VERBS),
    st.sampled_from(_QUALIFIERS),
    st.sampled_from(_NUMBERS),
    st.sampled_from(_NOUNS),
    st.sampled_from(_TAILS),
    _noise,
    st.sampled_from([".", ".", ",", ";", "!", ""]),
).map(lambda parts: " ".join(p for p in parts[:-1] if p) + parts[-1])
sentence_text = st.tuples(
    st.lists(sentence, min_size=1, max_size=8), st.sampled_from([" ", "\n", "\n\n", " \r\n"])
).map(lambda pair: pair[1].join(pair[0]))

texts = st.one_of(any_text, vocab_text, glued_text, sentence_text)


@st.composite
def articles(draw: st.DrawFn, text: st.SearchStrategy[str] = texts) -> Article:
    return Article(text=draw(text), id=draw(st.text(max_size=10)), published=draw(published))


def check_result(article: Article, result: ArticleResult) -> None:
    """Every invariant of one extractor answer."""
    text = article.text
    assert isinstance(result, ArticleResult)
    assert result.id == article.id
    for report in result.reports:
        assert report.attacker in SIDES
        assert report.target in SIDES
        assert report.date is None or isinstance(report.date, dt.date)
        assert all(isinstance(p, str) and p for p in report.places)
        for f in report.figures:
            e = f.evidence
            assert isinstance(e.start, int) and isinstance(e.end, int)
            assert 0 <= e.start < e.end <= len(text), (e, len(text))
            assert text[e.start : e.end] == e.text, (e, text)
            assert f.metric in CORE_METRICS | EXTRA_METRICS, f
            assert f.qualifier in QUALIFIERS, f
            assert isinstance(f.value, int) and not isinstance(f.value, bool), f
            assert f.value >= 0, f
            if f.metric in WEAPON_METRICS:
                assert f.weapon in WEAPONS, f
            else:
                assert f.weapon is None, f
            assert f.place is None or isinstance(f.place, str)
            assert f.claimant is None or isinstance(f.claimant, str)


# --------------------------------------------------------------------------- (a) never raises


@SETTINGS
@given(article=articles(any_text))
def test_never_raises_on_arbitrary_text(article: Article) -> None:
    assert isinstance(extract(article), ArticleResult)


@SETTINGS
@given(article=articles(vocab_text))
def test_never_raises_on_strike_vocabulary(article: Article) -> None:
    assert isinstance(extract(article), ArticleResult)


@SETTINGS
@given(article=articles(sentence_text))
def test_never_raises_on_strike_sentences(article: Article) -> None:
    assert isinstance(extract(article), ArticleResult)


@SETTINGS
@given(article=articles(glued_text))
def test_never_raises_on_glued_vocabulary(article: Article) -> None:
    assert isinstance(extract(article), ArticleResult)


# --------------------------------------------------------------------------- (b) + (c) invariants


@SETTINGS
@given(article=articles())
def test_figures_are_well_formed(article: Article) -> None:
    check_result(article, extract(article))


@SETTINGS
@given(article=articles(vocab_text))
def test_figures_are_well_formed_on_vocabulary(article: Article) -> None:
    check_result(article, extract(article))


@SETTINGS
@given(article=articles(sentence_text))
def test_figures_are_well_formed_on_sentences(article: Article) -> None:
    check_result(article, extract(article))


def test_vocabulary_reaches_figures() -> None:
    """The vocabulary strategy is worth something only if such text yields figures."""
    text = " ".join(
        [
            "Russia",
            "launched",
            "40",
            "drones",
            "overnight",
            ",",
            "the Ukrainian Air Force said",
            ".",
            "air defence",
            "shot down",
            "12",
            "of them",
            ".",
        ]
    )
    article = Article(text=text, id="v", published=dt.date(2024, 11, 17))
    result = extract(article)
    check_result(article, result)
    assert any(r.figures for r in result.reports)


# --------------------------------------------------------------------------- (d) deterministic


@SETTINGS
@given(article=articles())
def test_deterministic(article: Article) -> None:
    assert extract(article).to_dict() == extract(article).to_dict()


# --------------------------------------------------------------------------- (e) JSON round trip


@SETTINGS
@given(article=articles())
def test_to_dict_round_trips_through_json(article: Article) -> None:
    d = extract(article).to_dict()
    assert set(d) == {"id", "reports"}
    assert json.loads(json.dumps(d)) == d
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
