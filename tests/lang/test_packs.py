"""The language-pack protocol: how packs are found and merged, what an article in a language
without a pack gives, and docs/languages.md kept true to the code."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from strikewatch import Article, extract
from strikewatch.errors import LanguagePackError
from strikewatch.extraction import lexicon as lexicon_module
from strikewatch.lang import PACKS, PARTS, has_pack, load_pack, skipped_note

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
SENTENCE = "Russia launched 40 drones at Ukraine overnight, the air force said."


def test_every_pack_has_every_part() -> None:
    for code in PACKS:
        for part in PARTS:
            assert (ROOT / "src" / "strikewatch" / "lang" / code / f"{part}.py").is_file()


def test_an_unknown_language_has_no_pack() -> None:
    assert not has_pack("xx") and not has_pack(None)
    assert lexicon_module.lexicon("xx") is None
    with pytest.raises(LanguagePackError, match="no language pack"):
        load_pack("xx")


@pytest.mark.parametrize(("lang", "reports"), [("en", 1), ("fr", 0), (None, 1)])
def test_the_article_language_decides_the_pack(lang: str | None, reports: int) -> None:
    result = extract(Article(text=SENTENCE, id="t", lang=lang))
    assert len(result.reports) == reports
    assert result.lang == (lang or "en")  # identified when absent


def test_skipped_note_counts_articles_without_a_pack() -> None:
    assert skipped_note(Counter({"en": 4})) is None
    note = skipped_note(Counter({"en": 4, "uk": 3, "fr": 2, "de": 1, None: 1}))
    assert note is not None
    assert note.startswith("4 articles skipped for want of a language pack")
    assert "fr: 2" in note and "de: 1" in note and "unknown: 1" in note and "uk:" not in note


def test_the_doc_names_every_part_and_every_name_of_the_english_pack() -> None:
    table = DOC.split("## The modules of a pack", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)\.py` \| (.+?) \|", table, re.M)
    assert [module for module, _ in rows] == list(PARTS)
    pack = load_pack("en")
    for _, names in rows:
        for name in re.findall(r"`(\w+)`", names):
            assert hasattr(pack, name), name


def test_the_doc_names_the_rules_classes_that_exist() -> None:
    import strikewatch.extraction.lexicon as lex

    for name in re.findall(r"`(\w+Rules)`", DOC):
        assert name in vars(lex), name
