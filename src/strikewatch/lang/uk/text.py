"""Ukrainian page text: boilerplate lines of pasted web pages ("Читайте також",
"Підписуйтесь", photo captions) and the abbreviations after which a full stop ends no
sentence. Used by ``extraction.segment``."""

from __future__ import annotations

from typing import Final

# A line is ignored when it starts with one of BOILERPLATE_START (regex), contains one of
# BOILERPLATE_PHRASES (lower-case text), or ends with a photo credit (BOILERPLATE_END).
BOILERPLATE_START: Final = (
    r"(?:Фото|Відео|Ілюстративне\s+фото|Фото\s+ілюстративне|Джерело\s+фото|Скриншот)\s*(?:[-–—:|]|$)",
    r"(?i:читайте\s+також|дивіться\s+також|читати\s+також|по\s+темі|більше\s+новин|новини\s+партнерів)",
    r"(?i:підписуйтес[ья]|підпишіться|приєднуйтес[ья]|слідкуйте\s+за|реклама\b)",
    r"(?i:(?:оновлено|опубліковано|дата\s+публікації)\s*:?\s*[\d\w ,:.|-]*$)",
    r"(?i:коментар(?:і|ів)?\s*\(?\d*\)?\s*$)",
    r"_{3,}\s*$|[-=*]{3,}\s*$",
)
BOILERPLATE_PHRASES: Final = (
    "підписуйтесь на", "підписуйтеся на", "підпишіться на", "наш telegram", "наш телеграм",
    "наші соцмережі", "telegram-канал rbc", "при використанні матеріалів", "всі права захищені",
    "усі права захищені", "©", "підтримайте", "задонатити", "якщо ви помітили помилку",
    "виділіть її та натисніть", "ctrl+enter", "читайте нас у",
)  # fmt: skip
BOILERPLATE_END: Final = (
    r"\((?:[^()]*/)?\s*(?:Reuters|AP|AFP|EPA|Getty(?: Images)?|Укрінформ|УНІАН|Суспільне)\s*(?:Photo|фото)?\)\s*$",
    r"\([^()]*(?:Telegram|телеграм|пресслужба|прес-служба|[Фф]ото)[^()]*/[^()]*\)\s*$",
)

# Abbreviations after which a full stop does not end a sentence (case-sensitive; tested on
# the few characters before the stop).
ABBREVIATIONS: Final = (
    r"(?:\b(?:м|смт|с|обл|вул|просп|р|рр|ст|тис|млн|млрд|грн|км|кв|див|напр|т\.д|т\.п|ім|пл|буд"
    r"|ген|полк|підполк|о|год|хв)|\b[А-ЯҐЄІЇ])\.$"
)
# What may open the next sentence after a full stop (a capital letter of either script or a
# digit, maybe after a quote, bracket or dash)
SENTENCE_START: Final = r"[\"“„«(\[—–-]?\s?[А-ЯҐЄІЇA-Z0-9]"
