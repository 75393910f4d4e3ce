"""The generator: strike report skeletons, sentence families and ``generate_articles``."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator, Sequence
from typing import Any

from tools.synth.slots import SPECS, Slots
from tools.synth.vocabulary import (
    BOTH_DATELINES,
    BOTH_RUSSIAN_SIDE,
    BOTH_TITLES,
    CONTEXT,
    DATE_PHRASES,
    MONTHS,
    NUMBER_WORDS,
    OTHER_CITIES,
    RU_CLAIMANTS,
    RU_DATELINES,
    RU_OFFICIALS,
    RU_UA_BACKGROUND,
    RU_UA_CASUALTIES,
    RU_UA_DETAILS,
    RU_UA_INTERCEPT,
    RU_UA_LEAD,
    RU_UA_MISSILES,
    RU_UA_QUOTES,
    RU_UA_REGIONAL,
    RU_UA_TITLES,
    TOPIC_LEADS,
    TOPIC_SENTENCES,
    TOPIC_TITLES,
    UA_CLAIMANTS,
    UA_DATELINES,
    UA_OFFICIALS,
    UA_RU_BACKGROUND,
    UA_RU_BREAKDOWN,
    UA_RU_CASUALTIES,
    UA_RU_EXTRA,
    UA_RU_LEAD,
    UA_RU_TITLES,
    UA_RU_TRANSPORT,
    WEEKDAYS,
)

SOURCE = "StrikeWatch synthetic"

_FIRST_DAY = dt.date(2023, 1, 1).toordinal()
_DAYS = 3 * 365
_KINDS = ("ru_ua", "ua_ru", "both")
_SKELETONS = 240  # strike report templates per kind and generator
_SPLIT = "\x1e"  # where the first context paragraph goes

# -- the generator ---------------------------------------------------------------------------


class _Family:
    """Ready-made variants of each sentence template of one family (context, sport, ...).

    ``take`` walks the templates in a random order with a random stride coprime to their
    number, so an article never repeats a template until the family is used up.
    """

    def __init__(
        self, gen: Generator, templates: Sequence[str], variants: int, unit: int = 1
    ) -> None:
        units = [" ".join(templates[i : i + unit]) for i in range(0, len(templates), unit)]
        self.variants = [
            [t.format_map(Slots(gen, {"wd": gen.one(WEEKDAYS)})) for _ in range(variants)]
            for t in units
        ]
        n = len(units)
        self.strides = [s for s in range(1, n) if math.gcd(s, n) == 1] or [1]
        self.shortest = max(1, 2 // unit)  # units per paragraph
        self.longest = max(1, 4 // unit)

    def take(self, gen: Generator, budget: int) -> str:
        """Paragraphs of two to four sentences, about ``budget`` chars (one unit more)."""
        r = gen.random
        variants = self.variants
        n = len(variants)
        count = len(variants[0])
        i = int(r() * n)
        stride = self.strides[int(r() * len(self.strides))]
        parts: list[str] = []
        size = 0
        in_para = 0
        shortest, longest = self.shortest, self.longest
        for _ in range(n):
            x = r() * count
            variant = int(x)
            if in_para >= longest or (in_para >= shortest and x - variant < 0.4):
                parts.append("\n\n")
                in_para = 0
            elif in_para:
                parts.append(" ")
            sentence = variants[i][variant]
            parts.append(sentence)
            in_para += 1
            size += len(sentence) + 1
            if size >= budget:
                break
            i = (i + stride) % n
        return "".join(parts)


class Generator:
    """All state of one ``generate_articles`` call: the random stream and the sentence families."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.context = _Family(self, CONTEXT, 12)
        self.topics = [_Family(self, sentences, 16, unit=2) for sentences in TOPIC_SENTENCES]
        self.skeletons = [[self._skeleton(kind) for _ in range(_SKELETONS)] for kind in _KINDS]

    def pick(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, lo: int, hi: int) -> int:
        return lo + int(self.random() * (hi - lo + 1))

    def one(self, seq: Sequence[str]) -> str:
        return seq[int(self.random() * len(seq))]

    def num(self, n: int) -> str:
        """Small numbers are sometimes spelled out, as wire copy does."""
        if n < 10 and self.random() < 0.5:
            return NUMBER_WORDS[n]
        return f"{n:,}" if n >= 10000 else str(n)

    def fill(self, templates: Sequence[str], slots: Slots) -> str:
        return templates[int(self.random() * len(templates))].format_map(slots)

    def some(self, templates: Sequence[str], count: int) -> str:
        """``count`` different templates, joined into one paragraph template.

        Casualty counts get their own slot per sentence ("{inj}", "{inj_1}", ...), so that two
        places in one paragraph do not report the same numbers.
        """
        n = len(templates)
        chosen = [self.pick(n)]
        while len(chosen) < count:
            i = self.pick(n)
            if i not in chosen:
                chosen.append(i)
        sentences = []
        for j, i in enumerate(chosen):
            sentence = templates[i]
            if j:
                for key in ("{k}", "{inj}", "{q}"):
                    sentence = sentence.replace(key, f"{key[:-1]}_{j}}}")
            sentences.append(sentence)
        return " ".join(sentences)

    # -- articles ----------------------------------------------------------------------------

    def _slots(self, published: dt.date) -> Slots:
        wd = WEEKDAYS[published.weekday()]
        return Slots(self, {"wd": wd, "mon": MONTHS[published.month - 1], "day": published.day})

    def _skeleton(self, kind: str) -> str:
        """One strike report as a template: title, newline, the first two paragraphs, a
        ``_SPLIT`` mark (where a context paragraph goes), the other paragraphs.

        Choices that need no per-article randomness (which sentences, claimant, dateline,
        date phrase, officials) are made here, once per skeleton; numbers and places stay
        slots and are drawn for each article.
        """
        one, some = self.one, self.some
        if kind == "ua_ru":
            claimant = one(RU_CLAIMANTS)
            title = one(UA_RU_TITLES)
            paras = [
                one(UA_RU_LEAD),
                one(UA_RU_BREAKDOWN) + " " + one(UA_RU_EXTRA),
                some(UA_RU_CASUALTIES, 1 + self.pick(2)),
                one(UA_RU_TRANSPORT),
                one(UA_RU_BACKGROUND),
            ]
            dateline, official = one(RU_DATELINES), one(RU_OFFICIALS)
        else:
            claimant = one(UA_CLAIMANTS)
            second = one(RU_UA_INTERCEPT)
            if self.random() < 0.45:
                second += " " + one(RU_UA_MISSILES)
            paras = [one(RU_UA_LEAD), second]
            if self.random() < 0.5:
                paras.append(one(RU_UA_REGIONAL))
            paras.append(some(RU_UA_CASUALTIES, 1 + self.pick(3)))
            paras.append(some(RU_UA_DETAILS, 2))
            if kind == "both":
                title = one(BOTH_TITLES)
                paras.append(
                    one(BOTH_RUSSIAN_SIDE).replace("{rcl}", one(RU_CLAIMANTS))
                    + " "
                    + one(UA_RU_CASUALTIES)
                    .replace("{off}", one(RU_OFFICIALS))
                    .replace("{k}", "{bk}")
                    .replace("{inj}", "{binj}")
                    .replace("{q}", "{bq}")
                )
                dateline = one(BOTH_DATELINES)
            else:
                title = one(RU_UA_TITLES)
                paras.append(one(RU_UA_QUOTES))
                dateline = one(UA_DATELINES)
            paras.append(one(RU_UA_BACKGROUND))
            official = one(UA_OFFICIALS)
        text = title + "\n" + "\n\n".join(paras[:2]) + _SPLIT + "\n\n".join(paras[2:])
        for key, value in (
            ("{dl}", dateline),
            ("{dp}", one(DATE_PHRASES)),
            ("{cl}", claimant),
            ("{Cl}", claimant[0].upper() + claimant[1:]),
            ("{off}", official),
        ):
            text = text.replace(key, value)
        for name, (how, values, _) in SPECS.items():
            if how == 0:  # word choices are made per skeleton too
                text = text.replace("{" + name + "}", one(values))
        return text

    def strike(self, published: dt.date, target: int) -> tuple[str, str]:
        x = self.random()
        skeletons = self.skeletons[0 if x < 0.65 else 1 if x < 0.9 else 2]
        filled = skeletons[self.pick(len(skeletons))].format_map(self._slots(published))
        title, _, text = filled.partition("\n")
        head, _, tail = text.partition(_SPLIT)
        size = len(head) + len(tail) + 2
        if size > target * 1.2:  # short targets: drop trailing paragraphs
            paras = tail.split("\n\n")
            while paras and size > target * 1.2:
                size -= len(paras.pop()) + 2
            tail = "\n\n".join(paras)
        budget = int(target * 0.97) - size
        extra = []
        while budget > 0:
            more = self.context.take(self, budget)
            extra.append(more)
            budget -= len(more) + 2
        if not extra:
            return title, head + "\n\n" + tail if tail else head
        first, _, rest = "\n\n".join(extra).partition("\n\n")
        parts = [head, first, tail, rest] if tail else [head, first, rest]
        return title, "\n\n".join(p for p in parts if p)

    def ordinary(self, published: dt.date, target: int) -> tuple[str, str]:
        """News without strikes: one topic, or a digest of several when the text is long."""
        topic = self.pick(len(TOPIC_LEADS))
        variant = self.pick(2)
        s = self._slots(published)
        city = self.one(OTHER_CITIES)
        s["city_t"] = city.title()
        title = TOPIC_TITLES[topic][variant].format_map(s)
        lead = TOPIC_LEADS[topic][variant].format_map(s)
        paras = [f"{city}, {s['mon']} {s['day']} (StrikeWatch) - {lead}"]
        budget = int(target * 0.97) - len(paras[0])
        while budget > 0:
            if len(paras) > 1:  # the next item of the digest gets its own lead
                lead = self.fill(TOPIC_LEADS[topic], Slots(self, {"wd": s["wd"]}))
                paras.append(lead)
                budget -= len(lead) + 2
            more = self.topics[topic].take(self, budget)
            paras.append(more)
            budget -= len(more) + 2
            topic = (topic + 1 + self.pick(len(TOPIC_LEADS) - 1)) % len(TOPIC_LEADS)
        return title, "\n\n".join(paras)


def generate_articles(
    n: int,
    *,
    seed: int = 0,
    relevant_share: float = 1.0,
    target_bytes: int = 3000,
    lang: str = "en",
) -> Iterator[dict[str, Any]]:
    """Yields ``n`` synthetic articles (FORMAT.md section 1), the same ones for the same arguments.

    About ``relevant_share`` of them are strike reports, the rest ordinary news. ``lang`` is
    "en" (ASCII texts), "uk" or "ru" (``tools.synth.cyrillic``); the articles carry no
    language field. Texts are within 25% of ``target_bytes`` (UTF-8) for targets of 1,000
    bytes and more. Bad arguments raise ``ValueError`` at once, not at the first ``next``.
    """
    if n < 0:
        raise ValueError(f"n must not be negative, got {n}")
    if not 0.0 <= relevant_share <= 1.0:
        raise ValueError(f"relevant_share must be between 0 and 1, got {relevant_share}")
    if target_bytes <= 0:
        raise ValueError(f"target_bytes must be positive, got {target_bytes}")
    if lang in ("uk", "ru"):
        return _cyrillic(n, seed, relevant_share, target_bytes, lang)
    if lang != "en":
        raise ValueError(f"lang must be 'en', 'uk' or 'ru', got {lang!r}")
    return _articles(n, seed, relevant_share, target_bytes)


def _cyrillic(
    n: int, seed: int, relevant_share: float, target_bytes: int, lang: str
) -> Iterator[dict[str, Any]]:
    from tools.synth.cyrillic import cyrillic_articles

    articles = cyrillic_articles(n, seed, relevant_share, target_bytes, lang)
    for i, (published, title, text) in enumerate(articles):
        yield {
            "id": f"synth-{i:07d}",
            "url": None,
            "source": SOURCE,
            "title": title,
            "published": published.isoformat(),
            "text": text,
        }


def _articles(
    n: int, seed: int, relevant_share: float, target_bytes: int
) -> Iterator[dict[str, Any]]:
    gen = Generator(seed)
    rand = gen.random
    from_ordinal = dt.date.fromordinal
    for i in range(n):
        published = from_ordinal(_FIRST_DAY + int(rand() * _DAYS))
        if rand() < relevant_share:
            title, text = gen.strike(published, target_bytes)
        else:
            title, text = gen.ordinary(published, target_bytes)
        yield {
            "id": f"synth-{i:07d}",
            "url": None,
            "source": SOURCE,
            "title": title,
            "published": published.isoformat(),
            "text": text,
        }
