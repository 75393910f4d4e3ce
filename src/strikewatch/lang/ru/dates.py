"""Russian dates: month and weekday names in every case, the phrases that date an attack
("в ночь на 23 августа", "в ночь с 22 на 23 августа", "в ночь на вторник", "прошлой
ночью"), full dates in a page, datelines and reporting verbs. Used by ``extraction.dates``.

Each phrase is ``(kind, regex source, case-sensitive)``; the kind tells the engine how to
resolve it (see ``lang/en/dates.py``).
"""

from __future__ import annotations

from typing import Final

MONTHS: Final = {
    "января": 1, "январь": 1, "февраля": 2, "февраль": 2, "марта": 3, "март": 3,
    "апреля": 4, "апрель": 4, "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июля": 7, "июль": 7,
    "августа": 8, "август": 8, "сентября": 9, "сентябрь": 9, "октября": 10, "октябрь": 10,
    "ноября": 11, "ноябрь": 11, "декабря": 12, "декабрь": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "понедельник": 0, "понедельника": 0, "понедельнику": 0, "вторник": 1, "вторника": 1,
    "вторнику": 1, "среду": 2, "среда": 2, "среды": 2, "четверг": 3, "четверга": 3,
    "пятницу": 4, "пятница": 4, "пятницы": 4, "субботу": 5, "суббота": 5, "субботы": 5,
    "воскресенье": 6, "воскресенья": 6,
}  # fmt: skip

MONTH: Final = (
    r"(?P<mon>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
)
MONTH2: Final = MONTH.replace("?P<mon>", "?P<mon2>")
WEEKDAY: Final = (
    r"(?P<wd>понедельник|понедельника|вторник|вторника|среду|среда|среды|четверг|четверга"
    r"|пятницу|пятница|пятницы|субботу|суббота|субботы|воскресенье|воскресенья)"
)
YEAR: Final = r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s+(?:года|г\.))?)"

FULL_DATES: Final = (
    (r"\b(?P<day>\d{1,2})\s+" + MONTH + r"\s+(?P<year>(?:19|20)\d\d)\b"),
    (r"\b(?P<day>\d{1,2})\.(?P<m>\d\d)\.(?P<year>(?:19|20)\d\d)\b"),
    (r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b"),
)

PHRASES: Final = (
    ("previous_night", r"\b(?:предыдущей\s+ночью|накануне\s+(?:вечером|ночью)|сутками\s+ранее)\b", False),
    ("attack_wd", r"\b(?:атак\w*|удар\w*|обстрел\w*|налет\w*)\b[^.;,]{0,50}?\bво?\s+" + WEEKDAY, False),
    # "в ночь с 22 на 23 августа"
    ("night_dm", r"\bночь\s+(?:с|со)\s+(?:\d{1,2}\s+" + MONTH2 + r"\s+)?\d{1,2}\s+на\s+(?P<day>\d{1,2})\s+" + MONTH + YEAR + "?", False),
    # "в ночь на вторник"
    ("into_wd", r"\bночь\s+на\s+" + WEEKDAY, False),
    # "во вторник ночью" -> the next morning
    ("wd_night", r"\b" + WEEKDAY + r"\s+ночью\b", False),
    # "в ночь на 23 августа"
    ("night_of_dm", r"\bночь\s+на\s+(?P<day>\d{1,2})(?:-?го)?\s+" + MONTH + YEAR + "?", False),
    ("dm", r"\b(?P<day>\d{1,2})(?:-?го)?\s+" + MONTH + r"\b" + YEAR + "?", False),
    ("wd", r"\b" + WEEKDAY + r"\b", False),
    ("ref_minus_1", r"\b(?:вчера|накануне)\b", False),
    ("ref", r"\b(?:прошлой\s+ночью|этой\s+ночью|сегодня(?:\s+(?:ночью|утром))?|ночью|утром|в\s+течение\s+ночи|за\s+ночь|минувшей\s+ночью)\b", False),
)  # fmt: skip

# A wire dateline opening a paragraph: "МОСКВА, 23 августа. /ТАСС/. "
DATELINE: Final = (
    r"[А-ЯЁ][А-ЯЁ'’-]+(?:[ -][А-ЯЁ][А-ЯЁ'’-]+)*(?:,\s*\d{1,2}\s+"
    + MONTH.replace("?P<mon>", "?:")
    + r"\.?)?\s*(?:-{1,2}|–|—|/[^/\n]{1,20}/\.?)\s*"
)
REPORTED_ON: Final = (
    r"\b(?:сообщил|сообщила|сообщили|заявил|заявила|заявили|сказал|написал|написала)\s+во?\s+$"
)
