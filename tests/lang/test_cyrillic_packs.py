"""The Ukrainian and Russian packs (``strikewatch/lang/uk/``, ``ru/``): every entry of their
rule tables has an example (tests/lang/examples_uk.py, examples_ru.py), checked through the
same compiled rules the extractor uses; and the key scans derived from the rules never skip
one of those examples. The checks are written once and run for each language."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any

import pytest
from tests.lang import examples_ru, examples_uk

from strikewatch.extraction import dates, segment
from strikewatch.extraction.fastre import CIPattern
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.places import find_places, lookup
from strikewatch.lang import load_pack
from strikewatch.vocab import QUALIFIERS

EXAMPLES: dict[str, ModuleType] = {"uk": examples_uk, "ru": examples_ru}
LEX = {code: Lexicon(code) for code in EXAMPLES}


def _entry_hit(rx: re.Pattern[str] | CIPattern, text: str) -> set[int]:
    return {int((m.lastgroup or "g0")[1:].partition("_")[0]) for m in rx.finditer(text)}


def _rows(table: str, enumerate_rows: bool = True) -> list[Any]:
    """(lang, index, example) for each row of an example table of each language (or
    (lang, *row) when the rows are not numbered)."""
    out: list[Any] = []
    for code, module in EXAMPLES.items():
        rows = getattr(module, table)
        if enumerate_rows:
            out.extend((code, i, row) for i, row in enumerate(rows))
        else:
            out.extend((code, *row) if isinstance(row, tuple) else (code, row) for row in rows)
    return out


def _pack_rows(name: str) -> list[Any]:
    return [(code, *row) for code in EXAMPLES for row in getattr(load_pack(code), name)]


@pytest.mark.parametrize(("lang", "index", "example"), _rows("PRE_EXAMPLES"))
def test_pre_cue_entry(lang: str, index: int, example: str) -> None:
    assert len(EXAMPLES[lang].PRE_EXAMPLES) == len(load_pack(lang).PRE_CUES)
    assert index in _entry_hit(LEX[lang].cues.pre, example)


@pytest.mark.parametrize(("lang", "index", "example"), _rows("POST_EXAMPLES"))
def test_post_cue_entry(lang: str, index: int, example: str) -> None:
    assert len(EXAMPLES[lang].POST_EXAMPLES) == len(load_pack(lang).POST_CUES_STRONG)
    assert index in _entry_hit(LEX[lang].cues.post_strong, example)


@pytest.mark.parametrize(("lang", "index", "example"), _rows("WEAPON_HEAD_EXAMPLES"))
def test_weapon_head_entry(lang: str, index: int, example: str) -> None:
    assert len(EXAMPLES[lang].WEAPON_HEAD_EXAMPLES) == len(load_pack(lang).WEAPON_HEADS)
    assert index in _entry_hit(LEX[lang].nouns.weapon_head, example)


@pytest.mark.parametrize(("lang", "index", "example"), _rows("WEAPON_MODIFIER_EXAMPLES"))
def test_weapon_modifier_entry(lang: str, index: int, example: str) -> None:
    assert len(EXAMPLES[lang].WEAPON_MODIFIER_EXAMPLES) == len(load_pack(lang).WEAPON_MODIFIERS)
    m = LEX[lang].nouns.weapon_mod.fullmatch(example)
    assert m is not None and int((m.lastgroup or "g0")[1:].partition("_")[0]) == index


@pytest.mark.parametrize(("lang", "index", "example"), _rows("CLAIMANT_EXAMPLES"))
def test_claimant_entry(lang: str, index: int, example: str) -> None:
    assert len(EXAMPLES[lang].CLAIMANT_EXAMPLES) == len(load_pack(lang).CLAIMANTS)
    lex = LEX[lang]
    assert index in _entry_hit(lex.claims.claimant, example)
    assert lex.claims.key.within(example, 0, len(example))


@pytest.mark.parametrize(("lang", "name", "region"), _pack_rows("OFFICIALS_BY_NAME"))
def test_officials_have_known_regions(lang: str, name: str, region: str) -> None:
    assert lookup(region) is not None
    text = f"{EXAMPLES[lang].SAID} {name}"
    assert LEX[lang].claims.key.within(text, 0, len(text))


@pytest.mark.parametrize(("lang", "index", "example"), _rows("ACTOR_EXAMPLES"))
def test_actor_entry(lang: str, index: int, example: tuple[str, str]) -> None:
    pack = load_pack(lang)
    assert len(EXAMPLES[lang].ACTOR_EXAMPLES) == len(pack.ACTOR_SIDE)
    text, side = example
    assert index in _entry_hit(LEX[lang].sides.actor, text)
    assert pack.ACTOR_SIDE[index][1] == side


@pytest.mark.parametrize(("lang", "example"), _rows("BACKGROUND_EXAMPLES", False))
def test_background_entry(lang: str, example: str) -> None:
    assert len(EXAMPLES[lang].BACKGROUND_EXAMPLES) == len(load_pack(lang).BACKGROUND)
    context = LEX[lang].context
    assert context.background.search(example)
    assert context.background_key.within(example, 0, len(example))


@pytest.mark.parametrize(("lang", "word", "qualifier"), _pack_rows("QUALIFIER_WORDS"))
def test_qualifier_words(lang: str, word: str, qualifier: str) -> None:
    numbers = LEX[lang].numbers
    m = numbers.lead.search(f"{EXAMPLES[lang].DOWNED} {word} ")
    assert m is not None and numbers.qualifier_map[m.group("q")] == qualifier
    assert qualifier in QUALIFIERS


@pytest.mark.parametrize(("lang", "words", "value"), _rows("NUMBER_WORDS", False))
def test_number_words(lang: str, words: str, value: int) -> None:
    assert load_pack(lang).word_value(words) == value
    assert LEX[lang].numbers.num_words.fullmatch(words.lower())


@pytest.mark.parametrize(("lang", "line"), _rows("BOILERPLATE_LINES", False))
def test_boilerplate_lines(lang: str, line: str) -> None:
    assert segment.is_boilerplate(LEX[lang].text, line)


@pytest.mark.parametrize("lang", list(EXAMPLES))
def test_date_keys_cover_every_phrase_kind(lang: str) -> None:
    examples = EXAMPLES[lang].DATE_EXAMPLES
    assert set(examples) == {kind for kind, _, _ in load_pack(lang).PHRASES}
    for kind, text in examples.items():
        found = dates.find_phrases(LEX[lang].dates, text, 0, len(text), None)
        assert kind in {p.kind for p in found}, (kind, text)


@pytest.mark.parametrize(("lang", "text", "name"), _rows("PLACE_FORMS", False))
def test_inflected_places_name_the_canonical_place(lang: str, text: str, name: str) -> None:
    found = find_places(LEX[lang].places, text)
    assert found and found[0].place.name == name  # the place itself, then a city it lies in
    english = lookup(name)
    assert english is not None and found[0].place == english  # same kind, country, parent
