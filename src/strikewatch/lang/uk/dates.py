"""Ukrainian dates: month and weekday names in every case, the phrases that date an attack
("у ніч на 7 лютого", "в ніч з 22 на 23 серпня", "у ніч на середу", "минулої ночі"), full
dates in a page, datelines and reporting verbs. Used by ``extraction.dates``.

Each phrase is ``(kind, regex source, case-sensitive)``; the kind tells the engine how to
resolve it (see ``lang/en/dates.py``). Groups: ``mon`` (a month name of MONTHS), ``day``,
``year``, ``wd`` (a weekday of WEEKDAYS).
"""

from __future__ import annotations

from typing import Final

MONTHS: Final = {
    "січня": 1, "січень": 1, "лютого": 2, "лютий": 2, "березня": 3, "березень": 3,
    "квітня": 4, "квітень": 4, "травня": 5, "травень": 5, "червня": 6, "червень": 6,
    "липня": 7, "липень": 7, "серпня": 8, "серпень": 8, "вересня": 9, "вересень": 9,
    "жовтня": 10, "жовтень": 10, "листопада": 11, "листопад": 11, "грудня": 12, "грудень": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "понеділок": 0, "понеділка": 0, "понеділку": 0, "вівторок": 1, "вівторка": 1,
    "вівторку": 1, "середа": 2, "середу": 2, "середи": 2, "середі": 2, "четвер": 3,
    "четверга": 3, "четверг": 3, "четверту": 3, "п'ятниця": 4, "п'ятницю": 4, "п'ятниці": 4,
    "п’ятниця": 4, "п’ятницю": 4, "п’ятниці": 4, "субота": 5, "суботу": 5, "суботи": 5,
    "суботі": 5, "неділя": 6, "неділю": 6, "неділі": 6,
}  # fmt: skip

MONTH: Final = r"(?P<mon>січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)"
MONTH2: Final = MONTH.replace("?P<mon>", "?P<mon2>")
WEEKDAY: Final = (
    r"(?P<wd>понеділок|понеділка|понеділку|вівторок|вівторка|вівторку|середу|середа|середи"
    r"|середі|четвер|четверга|п['’]ятницю|п['’]ятниця|п['’]ятниці|суботу|субота|суботи|суботі"
    r"|неділю|неділя|неділі)"
)
YEAR: Final = r"(?:\s+(?P<year>(?:19|20)\d\d)(?:\s+(?:року|р\.))?)"

# Full dates anywhere in a page: the reference when the article has no ``published``.
FULL_DATES: Final = (
    (r"\b(?P<day>\d{1,2})\s+" + MONTH + r"\s+(?P<year>(?:19|20)\d\d)\b"),
    (r"\b(?P<day>\d{1,2})\.(?P<m>\d\d)\.(?P<year>(?:19|20)\d\d)\b"),
    (r"\b(?P<year>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<day>\d\d)\b"),
)

# Phrases that date an attack, most specific first.
PHRASES: Final = (
    ("previous_night", r"\b(?:попередньої\s+ночі|напередодні\s+(?:ввечері|вночі)|добою\s+раніше)\b", False),
    ("attack_wd", r"\b(?:атак\w*|удар\w*|обстріл\w*|напад\w*)\b[^.;,]{0,50}?\b(?:у|в)\s+" + WEEKDAY, False),
    # "у ніч з 22 на 23 серпня", "в ніч проти 23 серпня"
    ("night_dm", r"\bн(?:іч|очі)\s+(?:з|із|зі)\s+(?:\d{1,2}\s+" + MONTH2 + r"\s+)?\d{1,2}\s+(?:на|проти)\s+(?P<day>\d{1,2})\s+" + MONTH + YEAR + "?", False),
    # "у ніч на середу", "в ніч проти суботи"
    ("into_wd", r"\bн(?:іч|очі)\s+(?:на|проти)\s+" + WEEKDAY, False),
    # "у вівторок вночі" -> the next morning
    ("wd_night", r"\b" + WEEKDAY + r"\s+(?:вночі|уночі)\b", False),
    # "у ніч на 7 лютого", "в ніч проти 23 серпня"
    ("night_of_dm", r"\bн(?:іч|очі)\s+(?:на|проти)\s+(?P<day>\d{1,2})(?:-?го)?\s+" + MONTH + YEAR + "?", False),
    ("dm", r"\b(?P<day>\d{1,2})(?:-?го)?\s+" + MONTH + r"\b" + YEAR + "?", False),
    ("wd", r"\b" + WEEKDAY + r"\b", False),
    ("ref_minus_1", r"\b(?:вчора|учора|напередодні)\b", False),
    ("ref", r"\b(?:минулої\s+ночі|цієї\s+ночі|цієї\s+ночі|сьогодні(?:\s+(?:вночі|вранці|зранку|уночі))?|вночі|уночі|вранці|зранку|протягом\s+ночі|нічної\s+атаки|в\s+ніч\s+на\s+сьогодні)\b", False),
)  # fmt: skip

# A wire dateline opening a paragraph: "КИЇВ, 7 лютого. /Укрінформ/. "
DATELINE: Final = (
    r"[А-ЯҐЄІЇ][А-ЯҐЄІЇ'’-]+(?:[ -][А-ЯҐЄІЇ][А-ЯҐЄІЇ'’-]+)*(?:,\s*\d{1,2}\s+"
    + MONTH.replace("?P<mon>", "?:")
    + r"\.?)?\s*(?:-{1,2}|–|—|/[^/\n]{1,20}/\.?)\s*"
)
# A weekday right after a reporting verb dates the report, not the attack
REPORTED_ON: Final = r"\b(?:повідомив|повідомила|повідомили|заявив|заявила|заявили|сказав|написав|написала)\s+(?:у|в)\s+$"
