"""GeoNames settlements, seas, districts and elided regions in text: mention -> canonical place."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from strikewatch import Article, extract
from strikewatch.extraction.gazetteer import settlements
from strikewatch.extraction.lexicon import lexicon
from strikewatch.extraction.places import find_places, lookup

ROOT = Path(__file__).resolve().parents[1]


def places_in(lang: str, text: str) -> list[tuple[str, str]]:
    rules = lexicon(lang).places  # type: ignore[union-attr]
    return [(m.place.name, m.place.kind) for m in find_places(rules, text)]


# (language, text, a place it must name as (canonical name, kind))
NAMED = [
    # villages after a placing word, in their inflected forms
    ("en", "A house in Sokilnyky was damaged.", ("Sokilnyky", "settlement")),
    ("uk", "Вибух пролунав у селі Сокільники.", ("Sokilnyky", "settlement")),
    ("uk", "Уламки впали у Мукачеві вночі.", ("Mukachevo", "city")),
    ("ru", "Обломки упали в Зеленограде.", ("Zelenograd", "settlement")),
    ("ru", "Беспилотник сбит над Зеленоградом.", ("Zelenograd", "settlement")),
    # Ukrainian settlements in the official romanization, whatever GeoNames spells
    ("en", "Drones struck near Koryukivka overnight.", ("Koriukivka", "settlement")),
    ("en", "A drone hit a house in Nova Odesa.", ("Nova Odesa", "settlement")),
    ("en", "Debris fell near Rzeszów and in Iaşi.", ("Rzeszów", "settlement")),
    ("uk", "Пошкоджено будинок у Корюківці.", ("Koriukivka", "settlement")),
    # a former name the text uses stays the text's name
    ("uk", "Є влучання у Новомосковську.", ("Novomoskovsk", "settlement")),
    # seas and straits, as places and in every case
    ("en", "Ten drones were downed over the Black Sea.", ("Black Sea", "water")),
    ("en", "A missile fell in the Sea of Azov.", ("Sea of Azov", "water")),
    ("uk", "Над Чорним морем збито два дрони.", ("Black Sea", "water")),
    ("ru", "Над Керченским проливом сбита ракета.", ("Kerch Strait", "water")),
    ("ru", "Движение по Крымскому мосту остановлено.", ("Crimean Bridge", "site")),
    # a named area across regions
    ("en", "Shelling went on across the Donbas.", ("Donbas", "area")),
    ("uk", "Обстріли тривали на Донбасі.", ("Donbas", "area")),
    # raions named after their town, as a noun or as the town's adjective
    ("en", "Shelling hit the Temryuk district.", ("Temryuk district", "district")),
    ("ru", "Удар по объекту в Темрюкском районе.", ("Temryuk district", "district")),
    ("ru", "Обломки упали в Курском районе.", ("Kursk district", "district")),
    # a shared stem: the town in the region the text names (Crimea's Chornomorske)
    (
        "ru",
        "Над Севастополем сбиты дроны. В Черноморском районе упали обломки.",
        ("Chornomorske district", "district"),
    ),
    ("uk", "Уламки впали у Броварському районі.", ("Brovary district", "district")),
    # a city's district the gazetteer does not list, after that city
    (
        "en",
        "In Sumy, a drone hit the Zarichnyi district.",
        ("Zarichnyi district, Sumy", "district"),
    ),
    (
        "en",
        "Debris fell in the Kovpakivskyi district of Sumy.",
        ("Kovpakivskyi district, Sumy", "district"),
    ),
    # region adjectives whose region word is left out
    (
        "uk",
        "ППО працювала у Вінницькій, Рівненській, Хмельницькій та інших.",
        ("Rivne Oblast", "oblast"),
    ),
    ("ru", "Семь сбиты над Брянской областью, четыре - над Курской.", ("Kursk Oblast", "oblast")),
]


@pytest.mark.parametrize(("lang", "text", "place"), NAMED)
def test_mention_names_place(lang: str, text: str, place: tuple[str, str]) -> None:
    assert place in places_in(lang, text)


# (language, text, names it must not give)
NOT_NAMED = [
    # a sea as a name's part or a coast's
    ("en", "The Black Sea Fleet lost a ship.", {"Black Sea"}),
    ("en", "Drones hit the Black Sea port of Odesa.", {"Black Sea"}),
    # words after "in" that are no villages
    ("en", "In May, officials said in Telegram posts.", set()),
    # a region's adjective alone is no village ("Курская" is also a stanitsa)
    ("ru", "Об этом сообщили в Курской.", {"Kurskaya"}),
    # a Ukrainian village's Russian name in a story set in Russia only
    ("en", "In the Belgorod region, a drone hit a car in Dronovka.", {"Dronivka"}),
]


@pytest.mark.parametrize(("lang", "text", "absent"), NOT_NAMED)
def test_mention_names_no_place(lang: str, text: str, absent: set[str]) -> None:
    names = {name for name, _ in places_in(lang, text)}
    assert not names & absent
    if not absent:
        assert names == set()


# Shared names: the region named nearby decides, then the country, then population.
def test_shared_name_resolved_by_region() -> None:
    rules = lexicon("en").places  # type: ignore[union-attr]
    for region in ("Kherson", "Odesa", "Poltava"):
        text = f"In the {region} region, a drone hit a house in Ivanivka."
        [village] = [m.place for m in find_places(rules, text) if m.place.kind == "settlement"]
        assert village.name == "Ivanivka"
        assert village.parent == f"{region} Oblast"
        assert village.alternatives == ()


def test_shared_name_unresolved_keeps_candidates() -> None:
    rules = lexicon("en").places  # type: ignore[union-attr]
    [m] = find_places(rules, "A drone hit a house in Ivanivka.")
    index = settlements()
    rows = index.latin["Ivanivka"]
    assert m.place.geonameid == index.ids[rows[0]]  # the most populous
    assert len(m.place.alternatives) >= 5  # the other Ivanivkas' regions, not dropped


def test_side_follows_the_holder() -> None:
    # GeoNames files Crimea under Ukraine; the gazetteer's convention is the side holding it
    balaklava = lookup("Balaklava")
    assert balaklava is not None and (balaklava.country, balaklava.parent) == ("RU", "Crimea")
    result = extract(
        Article(
            id="b",
            text="Над морем и в районе Балаклавы сбиты шесть БПЛА, сообщил губернатор.",
            published=dt.date(2025, 5, 1),
            lang="ru",
        )
    )
    assert [(r.attacker, r.target) for r in result.reports] == [("UA", "RU")]


@pytest.mark.parametrize(
    ("name", "precision"),
    [
        ("Ukraine", "country"),
        ("Kyiv Oblast", "region"),
        ("Kyiv", "settlement"),
        ("Sokilnyky", "settlement"),
        ("Solomianskyi district, Kyiv", "city_district"),
        ("Zarichnyi district, Sumy", "city_district"),
        ("Temryuk district", "district"),
        ("Black Sea", "water"),
        ("Donbas", "region"),
    ],
)
def test_precision(name: str, precision: str) -> None:
    place = lookup(name)
    assert place is not None and place.precision == precision


def _corpus_articles() -> list[Path]:
    return sorted((ROOT / "corpora").glob("*/*/articles/*.json"))


@pytest.mark.parametrize("path", _corpus_articles(), ids=lambda p: p.stem)
def test_every_report_place_has_coordinates_and_kind(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    art = Article(id=path.stem, text=data["text"], lang=data.get("lang"))
    for report in extract(art).reports:
        for name in (*report.places, *(f.place for f in report.figures if f.place)):
            place = lookup(name)
            assert place is not None, name
            assert place.kind and -90 <= place.lat <= 90 and -180 <= place.lon <= 180


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=2000), st.sampled_from(["in", "near", "village of"]))
def test_any_village_named_resolves(row: int, cue: str) -> None:
    """Every settlement the matcher can name is one lookup can place again."""
    index = settlements()
    name = index.names[row % len(index)]
    words = name.replace("-", " ").split(" ")
    assume(all(w[:1].isupper() and w.isalpha() for w in words))  # (not "Sector 3")
    text = f"Debris fell {cue} {name} overnight."
    at = text.index(name)
    found = find_places(lexicon("en").places, text)  # type: ignore[union-attr]
    assert found and found[0].start == at  # named where it is written
    for m in found:
        place = lookup(m.place.name)
        assert place is not None and place.kind in {"settlement", "city", "district", "oblast"}
        assert (place.lat, place.lon) != (0.0, 0.0)
