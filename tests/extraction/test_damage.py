"""What was hit (issue 20): object phrases -> kind, detail and count in each language, the
traps, and properties of the damage list (evidence slices the text; never raises)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strikewatch import Article, extract
from strikewatch.models import Damage
from strikewatch.vocab import DAMAGE_DETAILS, DAMAGE_KINDS

LEAD = {
    "en": "Russia launched 40 drones at Ukraine overnight, the air force said. ",
    "uk": "У ніч на 7 лютого росія атакувала Україну 40 ударними БпЛА. ",
    "ru": "В ночь на 7 февраля ПВО уничтожили 20 беспилотников над Брянской областью. ",
}


def damage(lang: str, sentence: str) -> list[Damage]:
    text = LEAD[lang] + sentence
    result = extract(Article(text=text, id="t", lang=lang, published=dt.date(2024, 2, 7)))
    out = [d for r in result.reports for d in r.damage]
    for d in out:
        assert text[d.evidence.start : d.evidence.end] == d.evidence.text
    return out


def kinds(lang: str, sentence: str) -> list[tuple[str, str | None, int | None]]:
    return [(d.kind, d.detail, d.count) for d in damage(lang, sentence)]


EN = [
    ("In Kharkiv, two nine-storey residential buildings were damaged.", "residential", None, 2),
    ("Three private houses were destroyed in the Odesa region.", "residential", None, 3),
    ("An oil depot caught fire after the attack in Bryansk region.", "oil_gas", "depot", None),
    ("Drones struck a refinery in Krasnodar Krai.", "oil_gas", "refinery", None),
    ("Two substations were damaged in Kyiv region.", "energy", "substation", 2),
    ("Energy infrastructure facilities in Kharkiv were hit.", "energy", None, None),
    ("A thermal power plant was damaged in Kyiv.", "energy", "generation", None),
    ("The strike damaged power lines in Sumy.", "energy", "grid", None),
    ("The port's grain stores were hit in Odesa.", "port", None, None),
    ("A grain terminal was damaged in Izmail.", "port", None, None),
    ("A children's hospital was damaged in Kyiv.", "medical", None, None),
    ("A school and a kindergarten were damaged in Sumy.", "education", None, None),
    ("Railway infrastructure was damaged in Kharkiv region.", "transport", "rail", None),
    ("A church was destroyed in Odesa.", "cultural", None, None),
    ("A supermarket caught fire in Dnipro.", "commercial", None, None),
    ("An industrial enterprise was hit in Zaporizhzhia.", "industry", None, None),
    ("Ukraine struck a military airfield in Crimea.", "military", None, None),
    ("An administrative building was damaged in Kherson.", "government", None, None),
    ("A mobile phone tower was damaged in Sumy.", "communications", None, None),
    ("A grain storage facility was destroyed in Odesa region.", "agriculture", None, None),
]
UK = [
    ("У Харкові пошкоджено приватний будинок.", "residential", None, None),
    ("У Харкові пошкоджені два багатоповерхові будинки.", "residential", None, 2),
    ("На Київщині загорівся резервуар на нафтобазі.", "oil_gas", "depot", None),
    ("У Києві пошкоджено три підстанції.", "energy", "substation", 3),
    ("У Харкові пошкоджено об'єкти енергетичної інфраструктури.", "energy", None, None),
    ("В Одесі зруйновано склад.", "commercial", None, None),
    ("У Сумах пошкоджено лікарню.", "medical", None, None),
    ("У Сумах пошкоджено школу.", "education", None, None),
    ("В Одесі пошкоджено портову інфраструктуру.", "port", None, None),
    ("У Львові пошкоджено храм.", "cultural", None, None),
    ("На Харківщині пошкоджено залізничну інфраструктуру.", "transport", "rail", None),
    ("У Запоріжжі влучання у промислове підприємство.", "industry", None, None),
]
RU = [
    ("Повреждены объекты энергетической инфраструктуры.", "energy", None, None),
    ("На НПЗ в Туапсе возник пожар.", "oil_gas", "refinery", None),
    ("В Белгороде повреждены пять частных домов.", "residential", None, 5),
    ("В Брянской области загорелась нефтебаза.", "oil_gas", "depot", None),
    ("В Курской области повреждена подстанция.", "energy", "substation", None),
    ("В Белгороде повреждено здание школы.", "education", None, None),
    ("В Белгороде повреждены два многоквартирных дома.", "residential", None, 2),
    ("В Курске повреждено административное здание.", "government", None, None),
]


@pytest.mark.parametrize(("lang", "sentence", "kind", "detail", "count"), [
    *[("en", *row) for row in EN], *[("uk", *row) for row in UK], *[("ru", *row) for row in RU],
])  # fmt: skip
def test_object_phrase_gives_kind_detail_and_count(
    lang: str, sentence: str, kind: str, detail: str | None, count: int | None
) -> None:
    assert (kind, detail, count) in kinds(lang, sentence)


ONE_OBJECT = [
    # where the first is, whose it is, or the same object stated again: one entry
    ("en", "A fuel tank at the oil depot caught fire in Feodosia.", [("oil_gas", "depot")]),
    (
        "en",
        "A warehouse of an industrial enterprise was damaged in Kharkiv.",
        [("industry", None)],
    ),
    (
        "en",
        "A missile hit a hotel in Kryvyi Rih. Rescuers searched the rubble of the four-storey"
        " hotel, which collapsed.",
        [("commercial", None)],
    ),
    (
        "en",
        "A drone hit an apartment block in Sumy, damaging flats on the 5th floor.",
        [("residential", None)],
    ),
    (
        "uk",
        "У Чернігові пошкоджено зерносховище фермерського господарства.",
        [("agriculture", None)],
    ),
    ("ru", "В Брянске на нефтебазе загорелся резервуар.", [("oil_gas", "depot")]),
    # different objects of one kind, each with its own entry
    (
        "en",
        "In Zaporizhzhia, 12 private houses, a dormitory and a shop were damaged.",
        [("residential", None), ("residential", None), ("commercial", None)],
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), ONE_OBJECT)
def test_one_object_is_one_entry(
    lang: str, sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(k, d) for k, d, _ in kinds(lang, sentence)] == expected


TRAPS = [
    ("en", "Debris fell in a residential area of Kyiv, injuring two people."),
    (
        "en",
        "Speaking at the building where the mayor spoke on Monday, officials said drones were"
        " destroyed.",
    ),
    ("en", "Russia could target power plants again this winter."),
    ("en", "Since the start of the invasion, Russia has damaged hundreds of substations."),
    ("en", "No residential buildings were damaged, the governor said."),
    ("en", "Officials warned that energy facilities may be hit."),
    ("en", "Thousands of homes were left without power after the attack."),
    ("uk", "Уламки впали у житловому масиві Києва."),
    ("uk", "Росія може атакувати енергетичні об'єкти."),
    ("ru", "Обломки упали в жилом секторе Белгорода."),
    ("ru", "Объекты энергетики не повреждены."),
    ("en", "A blast wave shattered windows in a non-residential building in Kyiv."),
    ("en", "Two people were injured in Sumy and taken to a city hospital."),
    ("en", "Repairs were completed at a substation in Sumy that was damaged weeks ago."),
    ("en", "Russian drones attacked the port of Izmail overnight."),
    ("uk", "Для мешканців пошкоджених будинків у школі працює пункт незламності."),
    ("ru", "Пострадавший доставлен в районную больницу Курска."),
    ("en", "The two sides agreed to halt attacks on energy infrastructure for 30 days."),
    ("en", "A water pipeline was damaged in Kherson."),
    ("uk", "До ліквідації наслідків у Києві залучили пожежний потяг."),
    ("ru", "В Курске работают пожарные расчеты у здания школы."),
]


@pytest.mark.parametrize(("lang", "sentence"), TRAPS)
def test_traps_are_no_damage(lang: str, sentence: str) -> None:
    assert kinds(lang, sentence) == []


def test_damage_of_an_earlier_night_in_a_background_paragraph_is_left_out() -> None:
    text = (
        "Russia launched 40 drones at Ukraine overnight into Friday, the air force said.\n\n"
        "On 20 May, Russian drones destroyed a substation in Sumy."
    )
    result = extract(Article(text=text, id="t", lang="en", published=dt.date(2024, 6, 7)))
    assert [d for r in result.reports for d in r.damage] == []


def test_a_count_is_never_one_the_text_does_not_state() -> None:
    assert kinds("en", "A house was damaged in Kharkiv.") == [("residential", None, None)]


def test_damage_is_in_the_output_json() -> None:
    text = LEAD["en"] + "A school was damaged in Sumy."
    out = extract(Article(text=text, id="t", lang="en")).to_dict()
    d = out["reports"][0]["damage"][0]
    assert d["kind"] == "education" and d["place"] == "Sumy"
    assert text[d["evidence"]["start"] : d["evidence"]["end"]] == d["evidence"]["text"]


WORDS = [
    "house", "houses", "two", "damaged", "destroyed", "struck", "caught fire", "refinery",
    "substation", "in Kharkiv", "where", "could", "since 2022", "residential area", "school",
    "will", "пошкоджено", "будинок", "нафтобаза", "повреждены", "дома", ",", ".", "\n\n", ";",
    "40 drones", "Russia attacked", "oil depot", "port", "no", "не",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.sampled_from(["en", "uk", "ru"]),
)
def test_damage_evidence_slices_the_text_and_kinds_are_known(text: str, lang: str) -> None:
    result = extract(Article(text=text, id="p", lang=lang))
    for r in result.reports:
        for d in r.damage:
            assert d.kind in DAMAGE_KINDS
            assert d.detail is None or d.detail in DAMAGE_DETAILS[d.kind]
            assert d.count is None or d.count >= 0
            assert text[d.evidence.start : d.evidence.end] == d.evidence.text
