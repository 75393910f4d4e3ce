"""The bundled sample corpus (samples/): well-formed, FORMAT-conformant and our own words."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ARTICLES = sorted((SAMPLES / "articles").glob("*.json"))
GOLD = SAMPLES / "gold"
# Real articles (copyrighted): ../shared next to the repository, where developers and CI have it.
DEV_ARTICLES = ROOT.parent / "shared" / "corpus" / "dev" / "articles"

# From shared/eval/FORMAT.md section 2.
CORE_METRICS = {"launched", "intercepted", "suppressed", "hit", "killed", "injured"}
EXTRA_METRICS = {"hospitalized", "killed_children", "injured_children", "rescued", "missing",
                 "hit_sites", "debris_sites"}  # fmt: skip
WEAPON_METRICS = {"launched", "intercepted", "suppressed", "hit"}
WEAPONS = {"drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb", "any"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "up_to"}
SIDES = {"RU", "UA", None}
ARTICLE_FIELDS = {"id", "url", "source", "title", "published", "text"}
REPORT_FIELDS = {"attacker", "target", "date", "places", "figures"}
FIGURE_FIELDS = {"metric", "weapon", "value", "qualifier", "place", "claimant"}

# Canonical places (FORMAT.md section 4): countries, cities and towns, "<Name> Oblast",
# "<Name> Krai", "<Name> district, Kyiv" and Russian "<Name> district".
PLACE_NAMES = {"Ukraine", "Russia", "Crimea", "Sevastopol", "Kyiv", "Kharkiv", "Odesa", "Dnipro",
               "Lviv", "Zaporizhzhia", "Mykolaiv", "Chernihiv", "Sumy", "Kherson", "Poltava",
               "Zhytomyr", "Cherkasy", "Vinnytsia", "Moscow", "Belgorod", "Kursk", "Bryansk",
               "Shebekino"}  # fmt: skip
PLACE_PATTERNS = re.compile(
    r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? (?:Oblast|Krai)"
    r"|[A-Z][a-z'-]+ district, Kyiv"
    r"|[A-Z][a-z'-]+ district"
)
OLD_SPELLINGS = re.compile(r"Kiev|Odessa|Kharkov|Nikolaev|Dnepr|Zaporozh|Lvov|\bregion\b|oblast")
CLAIMANTS = {"Ukrainian Air Force", "Russian Defence Ministry", "Kyiv City Military Administration"}
OFFICIAL = re.compile(r"(?:[A-Z][a-z'-]+ )+(?:Oblast |Krai )?(?:governor|mayor)")
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
                8: "eight", 9: "nine", 10: "ten", 12: "dozen"}  # fmt: skip


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), path
    return data


def _gold(article_path: Path) -> dict[str, Any]:
    return _load(GOLD / article_path.name)


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def _canonical_place(place: object) -> bool:
    if not isinstance(place, str) or OLD_SPELLINGS.search(place):
        return False
    return place in PLACE_NAMES or PLACE_PATTERNS.fullmatch(place) is not None


def _mentions(text: str, value: int) -> bool:
    forms = {str(value), f"{value:,}"}
    if value in NUMBER_WORDS:
        forms.add(NUMBER_WORDS[value])
    return any(re.search(rf"\b{re.escape(f)}\b", text, re.I) for f in forms)


def test_there_are_ten_samples_with_gold() -> None:
    assert len(ARTICLES) == 10
    assert sorted(p.name for p in GOLD.glob("*.json")) == [p.name for p in ARTICLES]
    assert (SAMPLES / "README.md").is_file()


@pytest.mark.parametrize("path", ARTICLES, ids=_ids(ARTICLES))
def test_article_shape(path: Path) -> None:
    article = _load(path)
    assert set(article) == ARTICLE_FIELDS
    assert article["id"] == path.stem
    assert article["url"] is None or article["url"].startswith("https://www.example.org/")
    assert article["source"] == "StrikeWatch sample"
    assert isinstance(article["title"], str) and article["title"]
    dt.date.fromisoformat(article["published"])
    words = len(article["text"].split())
    assert 150 <= words <= 400, words


@pytest.mark.parametrize("path", ARTICLES, ids=_ids(ARTICLES))
def test_gold_shape(path: Path) -> None:
    article, gold = _load(path), _gold(path)
    assert set(gold) == {"id", "published", "reports"}
    assert gold["id"] == path.stem
    assert gold["published"] == article["published"]
    published = dt.date.fromisoformat(gold["published"])
    for report in gold["reports"]:
        assert set(report) == REPORT_FIELDS
        assert report["attacker"] in SIDES and report["target"] in SIDES
        assert report["attacker"] != report["target"] or report["attacker"] is None
        if report["date"] is not None:
            # the morning an overnight attack ended, or a day or so before publication
            delta = published - dt.date.fromisoformat(report["date"])
            assert dt.timedelta(0) <= delta <= dt.timedelta(days=2)
        assert all(_canonical_place(p) for p in report["places"]), report["places"]
        assert len(set(report["places"])) == len(report["places"])
        assert report["figures"]
        for figure in report["figures"]:
            assert set(figure) - {"optional"} == FIGURE_FIELDS, figure
            assert figure.get("optional", True) is True
            metric, weapon = figure["metric"], figure["weapon"]
            assert metric in CORE_METRICS | EXTRA_METRICS, figure
            if metric in WEAPON_METRICS:
                assert weapon in WEAPONS, figure
            else:
                assert weapon is None, figure
            assert type(figure["value"]) is int and figure["value"] >= 0
            assert figure["qualifier"] in QUALIFIERS
            place = figure["place"]
            assert place in {"Ukraine", "Russia"} or place in report["places"], figure
            claimant = figure["claimant"]
            assert claimant is None or claimant in CLAIMANTS or OFFICIAL.fullmatch(claimant), (
                claimant
            )


@pytest.mark.parametrize("path", ARTICLES, ids=_ids(ARTICLES))
def test_required_figures_are_stated_in_the_text(path: Path) -> None:
    text = _load(path)["text"]
    for report in _gold(path)["reports"]:
        for figure in report["figures"]:
            if not figure.get("optional"):
                assert _mentions(text, figure["value"]), figure


def test_samples_cover_both_directions_and_negative_numbers() -> None:
    reports = [r for p in ARTICLES for r in _gold(p)["reports"]]
    assert {(r["attacker"], r["target"]) for r in reports} == {("RU", "UA"), ("UA", "RU")}
    assert any(len(_gold(p)["reports"]) == 2 for p in ARTICLES)
    texts = " ".join(_load(p)["text"] for p in ARTICLES)
    for trap in ("nine-story", "10-year-old", "24 hours", "2022", "03:15", "12th attack",
                 "40 km", "15 percent", "over 4,000 missiles since the start of the full-scale "
                 "invasion"):  # fmt: skip
        assert trap in texts, trap


def _sentences(text: str) -> set[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return {" ".join(p.split()) for p in parts if len(p.strip()) > 40}


@pytest.mark.skipif(not DEV_ARTICLES.is_dir(), reason="shared dev corpus not available")
def test_samples_copy_no_sentence_from_the_dev_corpus() -> None:
    real: set[str] = set()
    for path in DEV_ARTICLES.glob("*.json"):
        article = _load(path)
        real |= _sentences(str(article.get("text") or ""))
        real |= _sentences(str(article.get("title") or ""))
    assert real
    for path in ARTICLES:
        article = _load(path)
        ours = " ".join(f"{article['title']}\n{article['text']}".split())
        copied = [s for s in real if s in ours]
        assert not copied, (path.name, copied[:3])
