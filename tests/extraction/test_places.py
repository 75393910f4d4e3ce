"""Tests for the place gazetteer: the data file and the news-text matcher."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.places import Place, PlaceMention, find_places, load_places, lookup

EN = Lexicon("en").places

UA_OBLASTS = [
    "Cherkasy Oblast",
    "Chernihiv Oblast",
    "Chernivtsi Oblast",
    "Dnipropetrovsk Oblast",
    "Donetsk Oblast",
    "Ivano-Frankivsk Oblast",
    "Kharkiv Oblast",
    "Kherson Oblast",
    "Khmelnytskyi Oblast",
    "Kirovohrad Oblast",
    "Kyiv Oblast",
    "Luhansk Oblast",
    "Lviv Oblast",
    "Mykolaiv Oblast",
    "Odesa Oblast",
    "Poltava Oblast",
    "Rivne Oblast",
    "Sumy Oblast",
    "Ternopil Oblast",
    "Vinnytsia Oblast",
    "Volyn Oblast",
    "Zakarpattia Oblast",
    "Zaporizhzhia Oblast",
    "Zhytomyr Oblast",
]

OBLAST_CENTRES = {
    "Cherkasy Oblast": "Cherkasy",
    "Chernihiv Oblast": "Chernihiv",
    "Chernivtsi Oblast": "Chernivtsi",
    "Dnipropetrovsk Oblast": "Dnipro",
    "Donetsk Oblast": "Donetsk",
    "Ivano-Frankivsk Oblast": "Ivano-Frankivsk",
    "Kharkiv Oblast": "Kharkiv",
    "Kherson Oblast": "Kherson",
    "Khmelnytskyi Oblast": "Khmelnytskyi",
    "Kirovohrad Oblast": "Kropyvnytskyi",
    "Luhansk Oblast": "Luhansk",
    "Lviv Oblast": "Lviv",
    "Mykolaiv Oblast": "Mykolaiv",
    "Odesa Oblast": "Odesa",
    "Poltava Oblast": "Poltava",
    "Rivne Oblast": "Rivne",
    "Sumy Oblast": "Sumy",
    "Ternopil Oblast": "Ternopil",
    "Vinnytsia Oblast": "Vinnytsia",
    "Volyn Oblast": "Lutsk",
    "Zakarpattia Oblast": "Uzhhorod",
    "Zaporizhzhia Oblast": "Zaporizhzhia",
    "Zhytomyr Oblast": "Zhytomyr",
    "Crimea": "Simferopol",
}

KYIV_DISTRICTS = [
    "Holosiivskyi",
    "Darnytskyi",
    "Desnianskyi",
    "Dniprovskyi",
    "Obolonskyi",
    "Pecherskyi",
    "Podilskyi",
    "Shevchenkivskyi",
    "Solomianskyi",
    "Sviatoshynskyi",
]

# (south, north, west, east): generous boxes around each country
COUNTRY_BOUNDS = {
    "UA": (44.3, 52.4, 22.1, 40.3),
    "RU": (41.1, 82.0, 19.6, 180.0),
    "BY": (51.2, 56.2, 23.1, 32.8),
    "MD": (45.4, 48.5, 26.6, 30.2),
    "RO": (43.6, 48.3, 20.2, 29.8),
    "PL": (49.0, 54.9, 14.1, 24.2),
}


def names(text: str) -> list[str]:
    return [m.place.name for m in find_places(EN, text)]


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.place.name) for m in find_places(EN, text)]


def km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


# --------------------------------------------------------------------------- the data


def test_places_load_as_typed_records() -> None:
    places = load_places()
    assert len(places) > 300
    assert load_places() is places  # cached
    for p in places:
        assert isinstance(p, Place)
        assert p.kind in ("country", "oblast", "city", "district", "water", "site", "area")
        assert isinstance(p.aliases, tuple)


def test_canonical_names_are_unique() -> None:
    all_names = [p.name for p in load_places()]
    assert len(all_names) == len(set(all_names))


def test_names_and_aliases_do_not_collide() -> None:
    owner: dict[str, str] = {}
    for p in load_places():
        for s in (p.name, *p.aliases):
            key = s.casefold()
            assert owner.setdefault(key, p.name) == p.name, f"{s!r}: {owner[key]} and {p.name}"


@pytest.mark.parametrize("place", load_places(), ids=lambda p: p.name)
def test_coordinates_are_plausible_for_the_country(place: Place) -> None:
    if place.kind == "water":  # no one's: between the Baltic and the Caspian
        assert place.country == "" and 36 <= place.lat <= 66 and 10 <= place.lon <= 56
        return
    assert place.country in COUNTRY_BOUNDS
    south, north, west, east = COUNTRY_BOUNDS[place.country]
    assert south <= place.lat <= north, place
    assert west <= place.lon <= east, place


@pytest.mark.parametrize("place", load_places(), ids=lambda p: p.name)
def test_every_alias_resolves_to_its_place(place: Place) -> None:
    assert lookup(place.name) is place
    for alias in place.aliases:
        assert lookup(alias) is place, alias
        assert lookup(alias.upper()) is place, alias


def test_every_parent_exists_and_is_near() -> None:
    for p in load_places():
        if p.parent is None:
            assert p.kind in ("country", "oblast", "city", "water", "area"), p.name
            continue
        parent = lookup(p.parent)
        assert parent is not None and parent.name == p.parent, p.name
        assert parent.kind in ("oblast", "city"), p.name
        limit = 25 if parent.kind == "city" else 450
        assert km(p, parent) < limit, (p.name, parent.name, round(km(p, parent)))


def test_countries_are_present() -> None:
    for name, code in [("Ukraine", "UA"), ("Russia", "RU"), ("Belarus", "BY")]:
        place = lookup(name)
        assert place is not None and place.kind == "country" and place.country == code


def test_all_ukrainian_oblasts_and_crimea_are_present() -> None:
    for name in UA_OBLASTS:
        place = lookup(name)
        assert place is not None and place.name == name
        assert place.kind == "oblast" and place.country == "UA"
    crimea = lookup("Crimea")
    assert crimea is not None and crimea.kind == "oblast" and crimea.country == "RU"
    sevastopol = lookup("Sevastopol")
    assert sevastopol is not None and sevastopol.kind == "city" and sevastopol.country == "RU"
    ua_oblasts = [p for p in load_places() if p.kind == "oblast" and p.country == "UA"]
    assert len(ua_oblasts) == 24


@pytest.mark.parametrize(("oblast", "centre"), sorted(OBLAST_CENTRES.items()))
def test_every_oblast_centre_is_present(oblast: str, centre: str) -> None:
    place = lookup(centre)
    assert place is not None and place.name == centre and place.kind == "city"
    assert place.parent == oblast


def test_kyiv_itself_and_its_ten_districts() -> None:
    kyiv = lookup("Kyiv")
    assert kyiv is not None and kyiv.kind == "city" and kyiv.country == "UA"
    districts = [p.name for p in load_places() if p.kind == "district" and p.parent == "Kyiv"]
    assert sorted(districts) == sorted(f"{d} district, Kyiv" for d in KYIV_DISTRICTS)


@pytest.mark.parametrize(
    "name",
    [
        "Kryvyi Rih",
        "Kramatorsk",
        "Sloviansk",
        "Pavlohrad",
        "Bila Tserkva",
        "Brovary",
        "Boryspil",
        "Irpin",
        "Bucha",
        "Fastiv",
        "Obukhiv",
        "Vyshhorod",
        "Izmail",
        "Pivdennyi",
        "Chornomorsk",
        "Nikopol",
        "Marhanets",
        "Kremenchuk",
        "Myrhorod",
        "Konotop",
        "Shostka",
        "Okhtyrka",
        "Uman",
        "Starokostiantyniv",
        "Burshtyn",
        "Kovel",
        "Kupiansk",
        "Pokrovsk",
        "Bakhmut",
        "Donetsk",
        "Luhansk",
        "Mariupol",
        "Melitopol",
        "Berdiansk",
        "Enerhodar",
        "Nova Kakhovka",
        "Kherson",
        "Moscow",
        "St Petersburg",
        "Belgorod",
        "Kursk",
        "Bryansk",
        "Voronezh",
        "Rostov-on-Don",
        "Taganrog",
        "Novoshakhtinsk",
        "Millerovo",
        "Krasnodar",
        "Novorossiysk",
        "Tuapse",
        "Sochi",
        "Slavyansk-na-Kubani",
        "Yeysk",
        "Primorsko-Akhtarsk",
        "Engels",
        "Saratov",
        "Kazan",
        "Yelabuga",
        "Ufa",
        "Tula",
        "Lipetsk",
        "Ryazan",
        "Yaroslavl",
        "Kstovo",
        "Dzerzhinsk",
        "Podolsk",
    ],
)
def test_towns_in_strike_reports_are_present(name: str) -> None:
    place = lookup(name)
    assert place is not None and place.name == name and place.kind == "city"


@pytest.mark.parametrize(
    ("name", "kind", "parent"),
    [
        ("Boryspil district", "district", "Kyiv Oblast"),
        ("Obukhiv district", "district", "Kyiv Oblast"),
        ("Fastiv district", "district", "Kyiv Oblast"),
        ("Vyshhorod district", "district", "Kyiv Oblast"),
        ("Brovary district", "district", "Kyiv Oblast"),
        ("Bucha district", "district", "Kyiv Oblast"),
        ("Ramensky district", "district", "Moscow Oblast"),
        ("Domodedovo district", "district", "Moscow Oblast"),
        ("Rodionovo-Nesvitaysk district", "district", "Rostov Oblast"),
        ("Moscow Oblast", "oblast", None),
        ("Krasnodar Krai", "oblast", None),
        ("Stavropol Krai", "oblast", None),
        ("Perm Krai", "oblast", None),
        ("Tatarstan", "oblast", None),
        ("Bashkortostan", "oblast", None),
        ("Leningrad Oblast", "oblast", None),
        ("Nizhny Novgorod Oblast", "oblast", None),
    ],
)
def test_districts_and_russian_regions_are_present(
    name: str, kind: str, parent: str | None
) -> None:
    place = lookup(name)
    assert place is not None and place.name == name
    assert place.kind == kind and place.parent == parent


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Kiev", "Kyiv"),
        ("Kharkov", "Kharkiv"),
        ("Odessa", "Odesa"),
        ("Dnepr", "Dnipro"),
        ("Dnipropetrovsk", "Dnipro"),
        ("Zaporozhye", "Zaporizhzhia"),
        ("Nikolaev", "Mykolaiv"),
        ("Nikolayev", "Mykolaiv"),
        ("Lvov", "Lviv"),
        ("Chernigov", "Chernihiv"),
        ("Rovno", "Rivne"),
        ("Kirovograd", "Kropyvnytskyi"),
        ("Krivoy Rog", "Kryvyi Rih"),
        ("Slavyansk-on-Kuban", "Slavyansk-na-Kubani"),
        ("Elabuga", "Yelabuga"),
        ("Alabuga", "Yelabuga"),
        ("Yelabuz", "Yelabuga"),
        ("Alabuz", "Yelabuga"),
        ("Crimean Peninsula", "Crimea"),
        ("Rostov", "Rostov-on-Don"),
        ("St. Petersburg", "St Petersburg"),
        ("kiev", "Kyiv"),
        ("KYIV OBLAST", "Kyiv Oblast"),
        ("Kyiv region", "Kyiv Oblast"),
        ("Kharkov Oblast", "Kharkiv Oblast"),
        ("Solomianskyi district", "Solomianskyi district, Kyiv"),
        ("Krasnodar region", "Krasnodar Krai"),
    ],
)
def test_lookup_by_alias_and_news_form(alias: str, canonical: str) -> None:
    place = lookup(alias)
    assert place is not None and place.name == canonical


@pytest.mark.parametrize("name", ["Atlantis", "", "Russian", "Ukrainian", "Kyiv and Odesa"])
def test_lookup_unknown(name: str) -> None:
    assert lookup(name) is None


# --------------------------------------------------------------------------- the matcher

CASES: list[tuple[str, list[str]]] = [
    # cities and countries on their own
    ("Russian drones struck Kyiv overnight, the mayor said.", ["Kyiv"]),
    ("Kharkiv came under a guided bomb attack on Tuesday.", ["Kharkiv"]),
    ("Kharkiv's mayor said three people were hurt.", ["Kharkiv"]),
    ("Kharkiv’s mayor reported a fire.", ["Kharkiv"]),
    ("Russia launched 40 drones at Ukraine overnight.", ["Russia", "Ukraine"]),
    ("Kyiv's forces hit a fuel depot, Moscow said.", ["Kyiv", "Moscow"]),
    ("Drones were downed near Rostov-on-Don and Taganrog.", ["Rostov-on-Don", "Taganrog"]),
    ("Explosions were heard in Nizhny Novgorod.", ["Nizhny Novgorod"]),
    ("A port facility in Pivdennyi was damaged.", ["Pivdennyi"]),
    ("The strike hit Kharkiv, Ukraine's second-largest city.", ["Kharkiv", "Ukraine"]),
    # old and Russian spellings
    ("Drones attacked Kiev and Odessa, TASS reported.", ["Kyiv", "Odesa"]),
    ("Air defence was active over Krivoy Rog and Zaporozhye.", ["Kryvyi Rih", "Zaporizhzhia"]),
    ("Drones hit an oil depot in Slavyansk-on-Kuban.", ["Slavyansk-na-Kubani"]),
    ("The drone plant in Alabuga was struck again.", ["Yelabuga"]),
    ("Ukraine hit a plant in Alabuz, in Tatarstan.", ["Ukraine", "Yelabuga", "Tatarstan"]),
    # adjectives and hyphenated compounds are not places
    ("Russian air defence units and Ukrainian pilots were involved.", []),
    ("Drones were downed over Russia-occupied Crimea.", ["Crimea"]),
    ("Kyiv-based analysts and Moscow-installed officials disagreed.", []),
    ("Pro-Russia hackers and anti-Kyiv bloggers claimed it.", []),
    ("President Vladimir Putin and Volodymyr Zelenskiy spoke.", []),
    ("Shelling continued across the Dnipro River.", []),
    # regions: "<name> region / Oblast / oblast / Regional ..."
    ("Air defence was active in the Kyiv region, officials said.", ["Kyiv Oblast"]),
    ("A drone hit a warehouse in Kyiv Oblast.", ["Kyiv Oblast"]),
    ("Debris fell on two villages in Kyiv oblast.", ["Kyiv Oblast"]),
    ("The Kyiv Regional Military Administration reported no casualties.", ["Kyiv Oblast"]),
    ("The Odesa regional administration said a port was hit.", ["Odesa Oblast"]),
    ("Air defence downed two drones above the Moscow region.", ["Moscow Oblast"]),
    ("Air defence downed a drone above the Moscow Region.", ["Moscow Oblast"]),
    ("A refinery caught fire in the Krasnodar region.", ["Krasnodar Krai"]),
    ("A refinery caught fire in Krasnodar Krai.", ["Krasnodar Krai"]),
    ("Drones attacked the Krasnodar Territory.", ["Krasnodar Krai"]),
    ("The Kharkov region governor said.", ["Kharkiv Oblast"]),
    ("Tula Governor Dmitry Milyaev said a plant was hit.", ["Tula Oblast"]),
    ("Two people were hurt in the Nizhny Novgorod region.", ["Nizhny Novgorod Oblast"]),
    ("Drones flew over the Transcarpathian region and Zakarpattia.", ["Zakarpattia Oblast"] * 2),
    ("Three drones were downed over Tatarstan and Bashkiria.", ["Tatarstan", "Bashkortostan"]),
    ("Drones attacked the Republic of Tatarstan.", ["Tatarstan"]),
    # "the region of <name>"
    ("Two people were hurt in the region of Dnipropetrovsk.", ["Dnipropetrovsk Oblast"]),
    (
        "Missiles targeted Ukraine's central region of Dnipropetrovsk.",
        ["Ukraine", "Dnipropetrovsk Oblast"],
    ),
    (
        "Drones were destroyed over Russia's southwestern region of Lipetsk.",
        ["Russia", "Lipetsk Oblast"],
    ),
    ("Blackouts hit the regions of Sumy and Chernihiv.", ["Sumy Oblast", "Chernihiv Oblast"]),
    # coordinated lists
    (
        "Outages were reported in the Dnipropetrovsk, Sumy, Kharkiv and Kyiv regions.",
        ["Dnipropetrovsk Oblast", "Sumy Oblast", "Kharkiv Oblast", "Kyiv Oblast"],
    ),
    (
        "Attacks were recorded in Poltava, Sumy, Odesa, Kyiv and Dnipropetrovsk oblasts.",
        ["Poltava Oblast", "Sumy Oblast", "Odesa Oblast", "Kyiv Oblast", "Dnipropetrovsk Oblast"],
    ),
    (
        "Drones were destroyed over the Rostov and Astrakhan regions.",
        ["Rostov Oblast", "Astrakhan Oblast"],
    ),
    (
        "Four drones were downed over the Bryansk and Oryol region.",
        ["Bryansk Oblast", "Oryol Oblast"],
    ),
    (
        "Drones targeted Russia's Volgograd, Lipetsk, and Rostov regions.",
        ["Russia", "Volgograd Oblast", "Lipetsk Oblast", "Rostov Oblast"],
    ),
    (
        "Drones launched from Millerovo, Kursk and Bryansk hit Kyiv.",
        ["Millerovo", "Kursk", "Bryansk", "Kyiv"],
    ),
    ("Drones hit Kyiv and the Kyiv region.", ["Kyiv", "Kyiv Oblast"]),
    ("Drones hit Kyiv and Kyiv region.", ["Kyiv", "Kyiv Oblast"]),
    ("Sirens sounded in Kyiv region and Sumy region.", ["Kyiv Oblast", "Sumy Oblast"]),
    (
        "Alerts covered Kyiv, Kharkiv\nand the Poltava region.",
        ["Kyiv", "Kharkiv", "Poltava Oblast"],
    ),
    # districts
    ("Falling debris damaged homes in the Solomianskyi district.", ["Solomianskyi district, Kyiv"]),
    (
        "Fires broke out in the Darnytskyi and Holosiivskyi districts.",
        ["Darnytskyi district, Kyiv", "Holosiivskyi district, Kyiv"],
    ),
    (
        "In Kyiv's Pecherskyi district a car was burnt.",
        ["Kyiv", "Pecherskyi district, Kyiv"],
    ),
    ("A drone fell in the Boryspil district.", ["Boryspil district"]),
    ("The Boryspil airport was closed.", ["Boryspil"]),
    (
        "Homes were hit in the Obukhiv and Fastiv districts of the Kyiv region.",
        ["Obukhiv district", "Fastiv district", "Kyiv Oblast"],
    ),
    ("Two houses were damaged in the Ramensky district.", ["Ramensky district"]),
    (
        "Drones were downed over the Ramensky and Domodedovo districts.",
        ["Ramensky district", "Domodedovo district"],
    ),
    ("Flights at Domodedovo were suspended.", ["Domodedovo"]),
    ("A fire broke out in the Rodionovo-Nesvitaysk district.", ["Rodionovo-Nesvitaysk district"]),
    (
        "Kharkiv's Shevchenkivskyi district was hit.",
        ["Kharkiv", "Shevchenkivskyi district, Kharkiv"],
    ),
    (
        "In Kharkiv, the Shevchenkivskyi district was hit.",
        ["Kharkiv", "Shevchenkivskyi district, Kharkiv"],
    ),
    (
        "Debris fell in the Shevchenkivskyi district of Kharkiv.",
        ["Shevchenkivskyi district, Kharkiv", "Kharkiv"],
    ),
    ("Debris fell in the Shevchenkivskyi district.", ["Shevchenkivskyi district, Kyiv"]),
    ("A shop burnt in Odesa's Kyivskyi district.", ["Odesa", "Kyivskyi district, Odesa"]),
    # Crimea and Sevastopol
    ("Nine drones were downed over the Crimean Peninsula.", ["Crimea"]),
    ("Air defences repelled an attack on Crimea.", ["Crimea"]),
    ("Missiles were intercepted over the Crimean port of Sevastopol.", ["Crimea", "Sevastopol"]),
    ("Crimean Tatar leaders condemned the strike.", []),
    ("The governor of Sevastopol said a man was hurt.", ["Sevastopol"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_places(text: str, expected: list[str]) -> None:
    assert names(text) == expected


SPAN_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Drones hit the Kyiv region.", [("Kyiv region", "Kyiv Oblast")]),
    ("Drones hit Kyiv Oblast's south.", [("Kyiv Oblast", "Kyiv Oblast")]),
    ("The Kyiv Regional Military Administration said.", [("Kyiv", "Kyiv Oblast")]),
    ("Kharkiv's mayor said.", [("Kharkiv", "Kharkiv")]),
    ("In the region of Dnipropetrovsk.", [("Dnipropetrovsk", "Dnipropetrovsk Oblast")]),
    (
        "Over the Sumy, Kharkiv and Kyiv regions.",
        [("Sumy", "Sumy Oblast"), ("Kharkiv", "Kharkiv Oblast"), ("Kyiv", "Kyiv Oblast")],
    ),
    (
        "In the Darnytskyi and Holosiivskyi districts.",
        [
            ("Darnytskyi", "Darnytskyi district, Kyiv"),
            ("Holosiivskyi", "Holosiivskyi district, Kyiv"),
        ],
    ),
    ("In the Solomianskyi district.", [("Solomianskyi district", "Solomianskyi district, Kyiv")]),
    ("Over the Crimean port of Sevastopol.", [("Crimean", "Crimea"), ("Sevastopol", "Sevastopol")]),
    ("Over the Crimean Peninsula.", [("Crimean Peninsula", "Crimea")]),
    ("In Gomel region.", [("Gomel", "Gomel")]),  # no such region: the name alone
]


@pytest.mark.parametrize(("text", "expected"), SPAN_CASES)
def test_mention_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_mentions_are_sorted_and_do_not_overlap() -> None:
    text = " ".join(text for text, _ in CASES)
    mentions = find_places(EN, text)
    assert all(isinstance(m, PlaceMention) for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    assert all(0 <= m.start < m.end <= len(text) for m in mentions)


def test_place_names_are_case_sensitive_designators_are_not() -> None:
    assert names("drones over sumy and kyiv") == []
    assert names("Drones over the Sumy REGION and the Kyiv OBLAST.") == [
        "Sumy Oblast",
        "Kyiv Oblast",
    ]


@pytest.mark.parametrize("place", load_places(), ids=lambda p: p.name)
def test_canonical_names_are_found_in_text(place: Place) -> None:
    lead = "Drones were downed over the " if place.kind == "water" else "Officials said "
    text = f"{lead}{place.name}, officials said."
    mentions = find_places(EN, text)
    assert mentions and mentions[0].place is place
    assert mentions[0].start == len(lead)


def test_empty_and_placeless_text() -> None:
    assert find_places(EN, "") == []
    assert find_places(EN, "Nothing happened here; no names at all.") == []


def test_curated_places_carry_geonames_ids() -> None:
    """tools/geonames_ids.py keeps them: every country and city has its GeoNames id."""
    for p in load_places():
        if p.kind in ("country", "city"):
            assert isinstance(p.geonameid, int) and p.geonameid > 0, p.name
    kyiv = lookup("Kyiv")
    assert kyiv is not None and kyiv.geonameid == 703448  # GeoNames' Kyiv


def test_geonames_ids_tool_is_up_to_date() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "tools" / "geonames_ids.py"), "--check"], check=False
    )
    assert done.returncode == 0, "run python tools/geonames_ids.py"
