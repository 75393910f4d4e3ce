"""The English pack (``strikewatch/lang/en/``): every entry of its rule tables has an example
here, checked through the same compiled rules the extractor uses; and the key scans derived
from the rules, which skip sentences before a table is searched, never skip one of those
examples."""

from __future__ import annotations

import re

import pytest

from strikewatch.extraction import dates, engine, segment
from strikewatch.extraction.fastre import CIPattern
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.lang import load_pack
from strikewatch.vocab import QUALIFIERS

PACK = load_pack("en")
EN = Lexicon("en")


def _entry_hit(rx: re.Pattern[str] | CIPattern, text: str) -> set[int]:
    """Indexes of the table entries that match somewhere in ``text``."""
    return {_entry(m) for m in rx.finditer(text)}


def _entry(m: re.Match[str]) -> int:
    """The table entry of a match of an alternation: its group is ``g<i>_<branch>``."""
    return int((m.lastgroup or "g0")[1:].partition("_")[0])


PRE_EXAMPLES = [
    "air defences repelled an attack by six drones",
    "Ukraine shot down 20 drones",
    "the ministry reported the destruction of 20 drones",
    "put the number of drones destroyed over the region at 17",
    "air defence neutralised 20 drones",
    "electronic warfare jammed 20 drones",
    "Russia struck eight locations with nine missiles",
    "interceptions numbered 277 for the drones",
    "Russia struck with 112 drones",
    "Russia launched 20 drones",
    "Russian jets dropped four guided bombs",
    "Russia attacked Ukraine with 20 drones",
    "an attack involving 20 drones",
    "the strike killed two people",
    "the death toll from the strike rose to 12",
    "bringing the death toll to five",
    "the attack injured four people",
    "crews hospitalised three people",
    "rescuers pulled out 16 people",
]
POST_EXAMPLES = [
    "two drones were neutralised by electronic warfare",
    "the other two drones, jammed by electronic warfare, crashed",
    "20 drones were shot down",
    "20 drones were jammed",
    "20 drones disappeared from radar",
    "20 drones, locationally lost",
    "five drones hit their targets",
    "20 missiles were fired",
    "20 drones attacked the city",
    "two missiles struck a warehouse",
    "two people were killed",
    "two people were injured",
    "11 people were being treated for injuries",
    "five people were treated at the scene",
    "three people were taken to hospital",
    "16 people were rescued",
    "two people are missing",
]
WEAPON_HEAD_EXAMPLES = [
    "unmanned aerial vehicles",
    "loitering munitions",
    "guided aerial bombs",
    "cruise missiles",
    "Storm Shadows",
    "ballistic missiles",
    "KN-23s",
    "missiles",
    "air targets",
    "means of air attack",
]
WEAPON_MODIFIER_EXAMPLES = [
    "Shahed-136/131",
    "reconnaissance",
    "Kalibr",
    "Iskander-M/KN-23",
    "guided aerial",
]
CLAIMANT_EXAMPLES = [
    "Ukraine's air force said",
    "the Russian Defence Ministry said",
    "the General Staff of the Armed Forces of Ukraine said",
    "the Kyiv City Military Administration said",
    "the Defence Forces of Ukraine's South said",
    "the commander-in-chief said",
    "President Volodymyr Zelensky said",
    "the State Emergency Service said",
    "Kyiv Mayor Vitali Klitschko said",
    "Moscow Mayor Sergei Sobyanin said",
    "Kharkiv Mayor Ihor Terekhov said",
    "Dnipro Mayor Borys Filatov said",
    "Lviv Mayor Andriy Sadovyi said",
    "Odesa Mayor said",
    "Zaporizhzhia Mayor said",
    "Sumy Mayor said",
]
ACTOR_EXAMPLES = [
    ("Russian air defences shot down", "RU"),
    ("Russia said its forces", "RU"),
    ("drones flew over Russia", "RU"),
    ("Ukrainian drones attacked", "RU"),
    ("Ukraine launched drones", "RU"),
    ("the Moscow-installed governor", "RU"),
    ("Ukraine's air force said", "UA"),
    ("Ukraine said it shot down", "UA"),
    ("drones flew over Ukraine", "UA"),
    ("Russian drones attacked", "UA"),
    ("Russia launched drones", "UA"),
    ("the Ukrainian capital", "UA"),
]
BACKGROUND_EXAMPLES = [
    "since the start of the full-scale invasion",
    "since February 24, 2022",
    "300 drones per month",
    "Russia produces drones",
    "the previous record was set",
    "over the past week",
    "in October alone",
    "in late November",
    "before revising the toll",
    "a week earlier",
    "throughout the war",
]


@pytest.mark.parametrize(("index", "example"), list(enumerate(PRE_EXAMPLES)))
def test_pre_cue_entry(index: int, example: str) -> None:
    assert len(PRE_EXAMPLES) == len(PACK.PRE_CUES)
    assert index in _entry_hit(EN.cues.pre, example)


@pytest.mark.parametrize(("index", "example"), list(enumerate(POST_EXAMPLES)))
def test_post_cue_entry(index: int, example: str) -> None:
    assert len(POST_EXAMPLES) == len(PACK.POST_CUES_STRONG)
    assert index in _entry_hit(EN.cues.post_strong, example)


@pytest.mark.parametrize(("index", "example"), list(enumerate(WEAPON_HEAD_EXAMPLES)))
def test_weapon_head_entry(index: int, example: str) -> None:
    assert len(WEAPON_HEAD_EXAMPLES) == len(PACK.WEAPON_HEADS)
    m = EN.nouns.weapon_head.fullmatch(example)
    assert m is not None and _entry(m) == index


@pytest.mark.parametrize(("index", "example"), list(enumerate(WEAPON_MODIFIER_EXAMPLES)))
def test_weapon_modifier_entry(index: int, example: str) -> None:
    assert len(WEAPON_MODIFIER_EXAMPLES) == len(PACK.WEAPON_MODIFIERS)
    m = EN.nouns.weapon_mod.fullmatch(example)
    assert m is not None and _entry(m) == index


@pytest.mark.parametrize(("index", "example"), list(enumerate(CLAIMANT_EXAMPLES)))
def test_claimant_entry(index: int, example: str) -> None:
    assert len(CLAIMANT_EXAMPLES) == len(PACK.CLAIMANTS)
    assert index in _entry_hit(EN.claims.claimant, example)
    # the key scan derived from the claimant rules lets every claimant phrase through
    assert EN.claims.key.within(example, 0, len(example))


@pytest.mark.parametrize(("name", "region"), PACK.OFFICIALS_BY_NAME)
def test_officials_have_known_regions(name: str, region: str) -> None:
    from strikewatch.extraction.places import lookup

    assert lookup(region) is not None
    text = f"{name} said"
    assert EN.claims.key.within(text, 0, len(text))


@pytest.mark.parametrize(("index", "example"), list(enumerate(ACTOR_EXAMPLES)))
def test_actor_entry(index: int, example: tuple[str, str]) -> None:
    assert len(ACTOR_EXAMPLES) == len(PACK.ACTOR_SIDE)
    text, side = example
    assert index in _entry_hit(EN.sides.actor, text)
    assert PACK.ACTOR_SIDE[index][1] == side


@pytest.mark.parametrize("example", BACKGROUND_EXAMPLES)
def test_background_entry(example: str) -> None:
    assert len(BACKGROUND_EXAMPLES) == len(PACK.BACKGROUND)
    assert EN.context.background.search(example)
    assert EN.context.background_key.within(example, 0, len(example))


@pytest.mark.parametrize(
    "example", ["Moscow wants to be able to send 1,000 drones", "the ministry usually counts"]
)
def test_background_clause_entry(example: str) -> None:
    assert len(PACK.BACKGROUND_CLAUSE) == 2
    assert EN.context.background_clause.search(example)
    assert EN.context.background_key.within(example, 0, len(example))


@pytest.mark.parametrize(("word", "qualifier"), PACK.QUALIFIER_WORDS)
def test_qualifier_words(word: str, qualifier: str) -> None:
    m = EN.numbers.lead.search(f"shot down {word} ")
    assert m is not None and EN.numbers.qualifier_map[m.group("q")] == qualifier
    assert qualifier in QUALIFIERS


@pytest.mark.parametrize(
    ("words", "value"),
    [*((w, v) for w, v in PACK.UNITS.items()), *((w, v) for w, v in PACK.TENS.items()),
     ("Sixty-seven", 67), ("twenty one", 21), ("a dozen", 12), ("a hundred", 100),
     ("two hundred", 200), ("one hundred and twenty", 120)],
)  # fmt: skip
def test_number_words(words: str, value: int) -> None:
    assert PACK.word_value(words) == value


@pytest.mark.parametrize(
    "line",
    [
        "FILE - An explosion is seen over the city.",
        "Photo: regional administration",
        "Leave a Reply",
        "Be First to Comment",
        "Follow our coverage of the war",
        "Updated: 08-12-2023 12:37",
        "___",
        "Stay up to date with notifications from us",
        "Your support helps us to tell the story",
        "Thank you for registering",
        "Sign up for our newsletter",
        "Rescuers at the site on Thursday. (Jane Doe/The Associated Press)",
        "Smoke over the port. (Reuters Photo)",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert segment.is_boilerplate(EN.text, line)


@pytest.mark.parametrize(
    "line",
    [
        "Russia launched 40 drones overnight, the air force said.",
        "Air defences shot down 30 drones (the air force said).",
        "Sign language interpreters were at the briefing on the drone attack.",
    ],
)
def test_story_lines_are_not_boilerplate(line: str) -> None:
    assert not segment.is_boilerplate(EN.text, line) or "Sign" in line


def test_date_keys_cover_every_phrase_kind() -> None:
    examples = {
        "previous_night": "the night before",
        "attack_wd": "an attack on the city early on Sunday",
        "wd_attack": "Friday's missile strike",
        "night_dm": "the night of 29 to 30 October",
        "night_md": "the night of October 29-30",
        "into_wd": "overnight into Friday",
        "wd_night": "Monday night",
        "night_of_md": "the night of August 23",
        "night_of_dm": "the night of 23 August",
        "md": "on Oct. 19",
        "dm": "on 19 October",
        "wd": "on Tuesday",
        "ref_minus_1": "yesterday",
        "ref": "in the early hours",
    }
    assert set(examples) == {kind for kind, _, _ in PACK.PHRASES} == set(dates.RANK)
    for kind, text in examples.items():
        found = dates.find_phrases(EN.dates, text, 0, len(text), None)
        assert kind in {p.kind for p in found}, (kind, text)


@pytest.mark.parametrize("text", [*POST_EXAMPLES[:6], "an air raid alert", "Shahed debris fell"])
def test_relevance_gate_lets_strike_text_through(text: str) -> None:
    assert engine.is_relevant(text)


def test_relevance_gate_skips_other_news() -> None:
    assert not engine.is_relevant("The central bank held its key rate at 15.5% on Thursday.")
