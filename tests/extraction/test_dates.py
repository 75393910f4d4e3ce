"""Date phrases x publication dates."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch import Article, extract
from strikewatch.extraction.dates import dateline_end, find_phrases, reference_date
from strikewatch.extraction.lexicon import Lexicon

EN = Lexicon("en").dates

SUN = dt.date(2024, 11, 17)


def resolve(text: str, ref: dt.date | None) -> list[tuple[str, dt.date | None]]:
    return [(p.kind, p.date) for p in find_phrases(EN, text, 0, len(text), ref)]


@pytest.mark.parametrize(
    ("text", "ref", "kind", "date"),
    [
        ("late Saturday", SUN, "wd", dt.date(2024, 11, 16)),
        ("early on Sunday", SUN, "wd", SUN),
        ("on Monday", SUN, "wd", dt.date(2024, 11, 11)),
        ("on Monday", dt.date(2024, 11, 18), "wd", dt.date(2024, 11, 18)),
        ("overnight into Friday", SUN, "into_wd", dt.date(2024, 11, 15)),
        ("Thursday night into Friday", SUN, "into_wd", dt.date(2024, 11, 15)),
        ("on Saturday night", SUN, "wd_night", SUN),
        ("the night of 29 to 30 October", SUN, "night_dm", dt.date(2024, 10, 30)),
        ("the night of 15-16 September", SUN, "night_dm", dt.date(2024, 9, 16)),
        ("the night of October 29-30", SUN, "night_md", dt.date(2024, 10, 30)),
        ("on the night of August 23", SUN, "night_of_md", dt.date(2024, 8, 23)),
        ("Oct. 19, 2024", None, "md", dt.date(2024, 10, 19)),
        ("on 20 May", SUN, "dm", dt.date(2024, 5, 20)),
        ("on 20 December", dt.date(2025, 1, 3), "dm", dt.date(2024, 12, 20)),
        ("yesterday", SUN, "ref_minus_1", dt.date(2024, 11, 16)),
        ("overnight", SUN, "ref", SUN),
        ("last night", SUN, "ref", SUN),
        ("this morning", SUN, "ref", SUN),
        ("Friday's missile strike", SUN, "wd_attack", dt.date(2024, 11, 15)),
        ("an attack on the port early on Saturday", SUN, "attack_wd", dt.date(2024, 11, 16)),
        ("overnight", None, "ref", None),
        ("on Monday", None, "wd", None),
        ("the night before", SUN, "previous_night", None),
    ],
)
def test_phrase(text: str, ref: dt.date | None, kind: str, date: dt.date | None) -> None:
    assert (kind, date) in resolve(text, ref)


def test_no_date_words_no_phrases() -> None:
    assert resolve("Air defences shot down 20 drones.", SUN) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters at the port, Sept. 25, 2023. (Photo)", dt.date(2023, 9, 25)),
        ("Published March 24,2024\nText", dt.date(2024, 3, 24)),
        ("Wednesday 30 October 2024 06:46 EDT", dt.date(2024, 10, 30)),
        ("Created: 2023-12-08 and 2023-12-09", dt.date(2023, 12, 9)),
        ("No date here, only on Monday.", None),
    ],
)
def test_reference_date_from_page(text: str, expected: dt.date | None) -> None:
    assert reference_date(EN, text, None) == expected


def test_published_wins_over_printed_dates() -> None:
    assert reference_date(EN, "Oct. 19, 2020", SUN) == SUN


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("KYIV, Nov 17 (Reuters) - Russia", "Russia"),
        ("MOSCOW, Dec. 17 (Xinhua) -- The ministry", "The ministry"),
        ("MOSCOW, June 6. /TASS/. Ten drones", "Ten drones"),
        ("LONDON — Russia launched", "Russia launched"),
        ("Russia launched", "Russia launched"),
        ("US-made missiles hit", "US-made missiles hit"),
    ],
)
def test_dateline(text: str, rest: str) -> None:
    assert text[dateline_end(EN, text, 0) :] == rest


def test_every_phrase_kind_has_gate_words() -> None:
    """The key scans are derived from the phrases: every kind has keys, lower-case for the
    scan; a case-sensitive kind also has them as the text writes them."""
    assert set(EN.keys) == {kind for kind, _, _ in EN.phrases}
    for kind, _, cased in EN.phrases:
        assert EN.keys[kind] and all(k == k.lower() for k in EN.keys[kind])
        if cased:
            assert EN.cased_keys[kind]
            assert {k.lower() for k in EN.cased_keys[kind]} == set(EN.keys[kind])


# The lead is counted in paragraphs that hold words: a page's time stamp or a repeated title
# does not push the dated sentence out of it.
STAMPED = [
    (
        "en",
        "Drone strike on Sumy\n\nDrone strike on Sumy\n\n10:15 06.03.2025\n\n"
        "Two people were killed in a Russian drone strike on Sumy late on 5 March.",
        dt.date(2025, 3, 5),
    ),
    (
        "uk",
        "Удар по Сумах\n\nУдар по Сумах\n\n10:15 06.03.2025\n\n"
        "Двоє людей загинули внаслідок удару російського дрона по Сумах ввечері 5 березня.",
        dt.date(2025, 3, 5),
    ),
    (
        "ru",
        "Удар по Белгороду\n\nУдар по Белгороду\n\n10:15 06.03.2025\n\n"
        "Два человека погибли при атаке украинского беспилотника на Белгород вечером 5 марта.",
        dt.date(2025, 3, 5),
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), STAMPED)
def test_time_stamp_paragraph_is_not_lead(lang: str, text: str, date: dt.date) -> None:
    result = extract(Article(id="t", text=text, published=dt.date(2025, 3, 6), lang=lang))
    assert [r.date for r in result.reports] == [date]


def _all_full_dates(text: str) -> dt.date | None:
    """reference_date as a plain scan of every full-date regex over the whole text."""
    found = []
    for rx in EN.full_dates:
        for m in rx.finditer(text):
            gd = m.groupdict()
            month = int(gd["m"]) if gd.get("m") else EN.month(gd["mon"])
            with contextlib.suppress(ValueError):
                found.append(dt.date(int(gd["year"]), month, int(gd["day"])))
    return max(found) if found else None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Oct. 19, 2024",
                "19 October 2023",
                "2025-02-30",
                "2024-11-17",
                "May 5 2021",
                "in 2024",
                "12,2024",
                " filler text with 20 drones ",
                "Sept. 25, 2023. (Photo)",
                "\n",
            ]
        ),
        max_size=12,
    )
)
def test_reference_date_reads_the_dates_a_plain_scan_reads(parts: list[str]) -> None:
    text = " ".join(parts)
    assert reference_date(EN, text, None) == _all_full_dates(text)
