"""Ukrainian context: what makes a sentence background or cumulative ("від початку
повномасштабного вторгнення", "за тиждень"), ground fighting, and the strike vocabulary
that makes a text worth reading at all. Used by ``extraction.context``."""

from __future__ import annotations

from typing import Final

# Sentences that state background or cumulative numbers, not one attack.
BACKGROUND: Final = (
    r"від\s+початку\s+(?:повномасштабного\s+|широкомасштабного\s+)?(?:вторгнення|війни|року|місяця|тижня|агресії)|з\s+початку\s+(?:повномасштабного\s+|широкомасштабного\s+)?(?:вторгнення|війни|року|місяця|тижня)",
    r"з\s+24\s+лютого(?:\s+2022)?|з\s+лютого\s+2022|починаючи\s+з\s+20\d\d",
    r"\b(?:на|за)\s+(?:рік|місяць|добу|тиждень)\b|\bщо(?:денно|ночі|тижня|місяця|року)\b|\bщорічно\b|\bв\s+середньому\b",
    r"\bвиробля\w*|\bвиробництв\w*|\bвироби\w*|\bпостачан\w*|\bзапас\w*",
    r"\bпопередн\w*\s+рекорд\w*|\bдосі\s+рекорд\w*",
    r"\bза\s+(?:минул\w*|останн\w*|попередн\w*)\s+(?:\w+\s+)?(?:тиждень|тижні|тижнів|місяць|місяці|місяців|рік|роки|років|добу)|\bцього\s+(?:року|місяця|тижня)|\bминулого\s+(?:року|місяця|тижня)|\bза\s+тиждень\b|\bза\s+місяць\b",
    r"\bу\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)(?:\s+20\d\d)?\b|\bв\s+20\d\d\s+році\b|\bу\s+20\d\d\s+році\b",
    r"\bзагалом\s+(?:з|від)\s+початку\b|\bзагальн\w*\s+кількість\b[^.]{0,40}\b(?:з|від)\s+початку",
    r"\b(?:тиждень|місяць|рік)\s+тому\b",
    r"\bпротягом\s+(?:усієї\s+|всієї\s+)?війни\b|\bза\s+весь\s+час\b|\bза\s+час\s+війни\b",
)  # fmt: skip

# Habits and intentions make numbers hypothetical only within their own clause.
BACKGROUND_CLAUSE: Final = (
    r"\b(?:планує|планують|хоче|хочуть|намагається|може\s+(?:запускати|випускати|виробляти)|здатн\w*)\b",
    r"\b(?:зазвичай|як\s+правило|регулярно|часто)\b",
)  # fmt: skip

# Casualties from fighting on the ground are not strike figures.
NON_AIR_CASUALTY: Final = (
    r"\b(?:артилері\w*|мінометн\w*|на\s+фронті|бойов\w*\s+зіткнен\w*|штурм\w*|ДТП|аварі\w*)"
)

# Words that make a paragraph or sentence about air strikes at all.
STRIKE_WORDS: Final = (
    r"\b(?:дрон\w*|БпЛА|БПЛА|безпілотн\w*|ракет\w*|шахед\w*|Шахед\w*|Shahed\w*|Герань\w*|ППО|протиповітрян\w*"
    r"|Повітрян\w*\s+сил\w*|удар\w*|вдарил\w*|влучанн\w*|атак\w*|атакувал\w*|обстріл\w*|вибух\w*"
    r"|уламк\w*|бомб\w*|КАБ\w*|Калібр\w*|Іскандер\w*|Кинджал\w*|Х-\d+|збит\w*|знищен\w*|повітрян\w*\s+тривог\w*)"
)

# Lower-case fragments of which an article about air strikes contains at least one.
RELEVANCE_KEYS: Final = (
    "дрон", "бпла", "безпілот", "ракет", "шахед", "shahed", "герань", "гербер", "калібр",
    "іскандер", "кинджал", "х-", "бомб", "каб", "ппо", "протиповітрян", "повітряні сили",
    "повітряних сил", "удар", "влучан", "атак", "обстріл", "вибух", "уламк", "збит", "знищен",
    "тривог",
)  # fmt: skip

# Comparisons keep a background phrase from making numbers background ("наймасованіша атака
# від початку війни")
SUPERLATIVE: Final = r"\b(?:наймасованіш\w*|найбільш\w*|наймасштабніш\w*|найсмертоносніш\w*|найпотужніш\w*|рекордн\w*|перш\w*)\b[^,.;]{0,40}$"
# Background phrases reach across commas but not past a semicolon or a "тоді як" clause
BACKGROUND_EDGE: Final = r";|\s+тоді\s+як\s+|,\s+(?:довівши|збільшивши|що\s+більше)\b"
