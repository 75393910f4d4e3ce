"""Tests for strikewatch.sources.prefilter: the keyword scan batch runs make before parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tools.synth import generate_articles

from strikewatch.models import Article
from strikewatch.sources.files import read_inputs
from strikewatch.sources.prefilter import is_candidate

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev" / "articles"


def test_prefilter_keeps_every_dev_article_and_skips_ordinary_news() -> None:
    dev = list(read_inputs([str(DEV)]))
    assert len(dev) >= 25
    assert all(isinstance(a, Article) and is_candidate(a.text) for a in dev)
    ordinary = [a["text"] for a in generate_articles(500, seed=4, relevant_share=0.0)]
    assert sum(map(is_candidate, ordinary)) <= 5


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air force said it shot down 40 drones overnight.",
        "Сили ППО збили 40 дронів над Києвом.",  # Ukrainian
        "Силы ПВО сбили 40 беспилотников над Белгородом.",  # Russian
        "A ballistic missile hit the port.",
    ],
)
def test_prefilter_reads_three_languages(text: str) -> None:
    assert is_candidate(text)
    # as raw records carry them: a JSON line with ASCII escapes, HTML numeric entities for
    # every letter outside ASCII
    assert is_candidate(json.dumps({"text": text}))
    dec = "".join(c if c.isascii() else f"&#{ord(c)};" for c in text)
    hexa = "".join(c if c.isascii() else f"&#x{ord(c):X};" for c in text)
    assert is_candidate(f"<p>{dec}</p>") and is_candidate(f"<p>{hexa}</p>")


def test_prefilter_does_not_unescape_its_way_into_ordinary_news() -> None:
    assert not is_candidate(json.dumps({"text": "Київ приймає книжковий ярмарок у неділю."}))
    assert not is_candidate("<p>&#1050;&#1080;&#1111;&#1074; &amp; the weather</p>")
