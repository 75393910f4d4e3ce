"""Ukrainian and Russian synthetic articles: the generator behind ``generate_articles(lang=...)``.

The language's tables (``vocab_uk``, ``vocab_ru``) hold everything worded: kinds of strike
report (an air force or defence ministry tally, a regional administration's or governor's
post, a mayor's, a news site's rewrite) as paragraphs of sentence templates, context
sentences, and ordinary news by topic. This module only assembles them, the way the English
generator does: strike skeletons (sentences and word choices made once per call) whose
numbers and places are drawn per article, padded with context paragraphs to the target size;
ordinary news walks ready-made sentence variants of a topic.

Slots of the templates (``CySlots.__missing__``):

- ``{name}`` of the language's ``SPECS``: a word choice (made per skeleton) or a number;
- ``{r1_g}``: the place ``r1`` (a group of distinct places, here Ukrainian regions) in the
  form ``g`` of the place table; the letters name the groups, the forms the cases;
- ``{D_uav}``: the count ``D`` with the noun phrase ``uav`` agreeing with it ("1 безпілотник",
  "3 безпілотники", "25 безпілотників"), small counts sometimes spelled out;
- ``{list}``: the defence ministry's breakdown by region, shares of the downed drones.

Sizes are UTF-8 bytes (Cyrillic letters take two), within 25 % of the target for targets of
1,000 bytes and more.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator, Sequence
from types import ModuleType
from typing import Any

_SKELETONS = 120  # strike report templates per kind
_SPLIT = "\x1e"  # where the first context paragraph goes


def plural(n: int) -> int:
    """0, 1 or 2: the noun form a count takes in Ukrainian and Russian (1, 2-4, 5 and more)."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def digits(n: int) -> str:
    """Thousands apart by a space, as Ukrainian and Russian copy writes them."""
    return f"{n:,}".replace(",", " ") if n >= 10000 else str(n)


class CySlots(dict[str, Any]):
    """Template values, drawn the first time a template asks for them."""

    def __init__(self, gen: CyGenerator, values: dict[str, Any]) -> None:
        super().__init__(values)
        self.gen = gen

    def __missing__(self, key: str) -> Any:
        value = self.gen.draw(self, key)
        self[key] = value
        return value


class _Family:
    """Ready-made variants of the sentences of one family, walked without repeats."""

    def __init__(self, gen: CyGenerator, sentences: Sequence[str], variants: int) -> None:
        self.variants = []
        for s in sentences:
            row = []
            for _ in range(variants):
                text = s.format_map(gen.slots(gen.some_day()))
                row.append((text, len(text.encode())))
            self.variants.append(row)
        n = len(sentences)
        self.strides = [s for s in range(1, n) if math.gcd(s, n) == 1] or [1]

    def take(self, gen: CyGenerator, budget: int) -> tuple[str, int]:
        """Paragraphs of two to four sentences, about ``budget`` bytes, and their size."""
        r = gen.random
        variants = self.variants
        n = len(variants)
        count = len(variants[0])
        i = int(r() * n)
        stride = self.strides[int(r() * len(self.strides))]
        parts: list[str] = []
        size = 0
        in_para = 0
        for _ in range(n):
            x = r() * count
            variant = int(x)
            if in_para >= 4 or (in_para >= 2 and x - variant < 0.4):
                parts.append("\n\n")
                size += 2
                in_para = 0
            elif in_para:
                parts.append(" ")
                size += 1
            sentence, nbytes = variants[i][variant]
            parts.append(sentence)
            in_para += 1
            size += nbytes
            if size >= budget:
                break
            i = (i + stride) % n
        return "".join(parts), size


class CyGenerator:
    """All state of one call for one language: the random stream, skeletons and families."""

    def __init__(self, seed: int, vocab: ModuleType) -> None:
        self.v = vocab
        self.rng = random.Random(seed)
        self.random = self.rng.random
        self.specs: dict[str, tuple[Any, ...]] = vocab.SPECS
        self.nouns: dict[str, tuple[Any, ...]] = vocab.NOUNS
        self.places: dict[str, tuple[dict[str, str], ...]] = vocab.PLACES
        self.context = _Family(self, vocab.CONTEXT, 10)
        self.topics = [_Family(self, t[2], 12) for t in vocab.TOPICS]
        self.weights = [w for w, *_ in vocab.KINDS]
        self.skeletons = [[self._skeleton(kind) for _ in range(_SKELETONS)] for kind in vocab.KINDS]

    def pick(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, lo: int, hi: int) -> int:
        return lo + int(self.random() * (hi - lo + 1))

    def one(self, seq: Sequence[Any]) -> Any:
        return seq[int(self.random() * len(seq))]

    def some_day(self) -> dt.date:
        return dt.date(2024, 1, 1) + dt.timedelta(days=self.pick(366))

    def slots(self, day: dt.date) -> CySlots:
        v = self.v
        eve = day - dt.timedelta(days=1)
        return CySlots(
            self,
            {
                "day": day.day,
                "mon": v.MONTHS_GEN[day.month - 1],
                "eve": eve.day,
                "emon": v.MONTHS_GEN[eve.month - 1],
                "wd": v.WD_ACC[day.weekday()],
                "wdg": v.WD_GEN[day.weekday()],
            },
        )

    # -- slot values -------------------------------------------------------------------------

    def draw(self, slots: CySlots, key: str) -> Any:
        spec = self.specs.get(key)
        if spec is not None:
            kind = spec[0]
            if kind == "choice":
                return self.one(spec[1])
            if kind == "int":
                return digits(self.between(spec[1], spec[2]))
            if kind == "count":  # an int kept as a number, for agreement
                return self.between(spec[1], spec[2])
            if kind == "dec":  # tenths, with a decimal comma
                return str(self.between(spec[1], spec[2]) / 10).replace(".", ",")
            spec[1](self, slots)  # "group": sets this slot and related ones
            return slots[key]
        base, _, form = key.partition("_")
        if form and base[1:].isdigit() and base[0] in self.places:
            return self.places[base[0]][self._place(slots, base)][form]
        if key == "list":
            return self._breakdown(slots)
        return self.agree(slots[base], slots.get("#" + form) or self.nouns[form])

    def _place(self, slots: CySlots, base: str) -> int:
        """The index of place ``base`` ("r1"), distinct from the others of its group."""
        index = slots.get("#" + base)
        if index is None:
            table = self.places[base[0]]
            taken = {slots.get("#" + base[0] + str(j)) for j in range(1, 6)}
            index = self.pick(len(table))
            while index in taken:
                index = self.pick(len(table))
            slots["#" + base] = index
        return int(index)

    def agree(self, n: int, noun: tuple[Any, ...]) -> str:
        """``n`` with ``noun`` (one, few, many forms, "{}" where the number goes; then the
        number words' table or None)."""
        form = noun[plural(n)]
        words = noun[3]
        if words is not None and 2 <= n <= 9 and self.random() < 0.4:
            number = words[n]
            if len(noun) > 4:  # collective numerals take the "many" form
                form = noun[4]
        else:
            number = digits(n)
        text = str(form)
        return text.replace("{}", number) if "{}" in text else number + " " + text

    def _breakdown(self, slots: CySlots) -> str:
        """The downed drones by region: "14 — над ..., 9 — над ...", summing to ``Di``."""
        total = int(slots["Di"])
        table = self.places.get("B") or self.places["R"]
        parts = min(len(table), max(1, min(total // 3, 2 + self.pick(7))))
        order = self.rng.sample(range(len(table)), parts)
        left = total
        items = []
        for j, index in enumerate(order):
            if j == parts - 1:
                share = left
            else:
                share = max(1, int(left * (0.25 + 0.45 * self.random())))
                share = min(share, left - (parts - 1 - j))
            left -= share
            items.append((share, table[index]["over"]))
        items.sort(key=lambda item: -item[0])
        item: str = self.v.LIST_ITEM
        return str(self.v.LIST_SEP).join(item.format(n=n, p=p) for n, p in items)

    # -- articles ----------------------------------------------------------------------------

    def _skeleton(self, kind: tuple[Any, ...]) -> str:
        """Title, newline, first two paragraphs, ``_SPLIT``, the rest; word choices made."""
        _, titles, paragraphs = kind
        paras = []
        for chance, templates, count in paragraphs:
            if self.random() >= chance:
                continue
            chosen = self.rng.sample(range(len(templates)), min(count, len(templates)))
            paras.append(" ".join(templates[i] for i in chosen))
        text = (
            str(self.one(titles)) + "\n" + "\n\n".join(paras[:2]) + _SPLIT + "\n\n".join(paras[2:])
        )
        for name, spec in self.specs.items():
            if spec[0] != "choice":
                continue
            if "{" + name + "}" in text:
                text = text.replace("{" + name + "}", self.one(spec[1]))
            if "{" + name + "_l}" in text:  # the choice within a sentence
                value = self.one(spec[1])
                text = text.replace("{" + name + "_l}", value[0].lower() + value[1:])
        return text

    def strike(self, day: dt.date, target: int) -> tuple[str, str]:
        kind = self.rng.choices(range(len(self.weights)), self.weights)[0]
        skeletons = self.skeletons[kind]
        filled = skeletons[self.pick(len(skeletons))].format_map(self.slots(day))
        title, _, text = filled.partition("\n")
        head, _, tail = text.partition(_SPLIT)
        size = len(head.encode()) + len(tail.encode()) + 2
        if size > target * 1.2:  # short targets: drop trailing paragraphs
            paras = tail.split("\n\n")
            while paras and size > target * 1.2:
                size -= len(paras.pop().encode()) + 2
            tail = "\n\n".join(paras)
        budget = int(target * 0.97) - size
        extra = []
        while budget > 0:
            more, nbytes = self.context.take(self, budget)
            extra.append(more)
            budget -= nbytes + 2
        if not extra:
            return title, head + "\n\n" + tail if tail else head
        first, _, rest = "\n\n".join(extra).partition("\n\n")
        parts = [head, first, tail, rest] if tail else [head, first, rest]
        return title, "\n\n".join(p for p in parts if p)

    def ordinary(self, day: dt.date, target: int) -> tuple[str, str]:
        """News without strikes: one topic, or a digest of several when the text is long."""
        topics = self.v.TOPICS
        topic = self.pick(len(topics))
        variant = self.pick(2)
        s = self.slots(day)
        title = topics[topic][0][variant].format_map(s)
        lead = self.v.DATELINE.format_map(s) + topics[topic][1][variant].format_map(s)
        paras = [lead]
        budget = int(target * 0.97) - len(lead.encode())
        while budget > 0:
            if len(paras) > 1:  # the next item of the digest gets its own lead
                lead = self.one(topics[topic][1]).format_map(self.slots(day))
                paras.append(lead)
                budget -= len(lead.encode()) + 2
            more, nbytes = self.topics[topic].take(self, budget)
            paras.append(more)
            budget -= nbytes + 2
            topic = (topic + 1 + self.pick(len(topics) - 1)) % len(topics)
        return title, "\n\n".join(paras)


def drones(gen: CyGenerator, slots: CySlots) -> None:
    """Launched (``D``), downed (``Di``), lost (``Ds``) and hitting (``Dh``) drones, and
    regional shares of the downed ones (``a1``, ``a2``), as counts."""
    r = gen.random
    size = r()
    if size < 0.5:
        launched = gen.between(8, 60)
    elif size < 0.9:
        launched = gen.between(60, 250)
    else:
        launched = gen.between(250, 740)
    down = max(1, int(launched * (0.45 + 0.5 * r())))
    lost = max(1, int((launched - down) * r()))
    first = max(1, int(down * (0.2 + 0.5 * r())))
    slots.update(
        D=launched,
        Di=down,
        Ds=lost,
        Dh=max(1, launched - down - lost),
        a1=first,
        a2=max(1, int((down - first) * r())),
    )


def missiles(gen: CyGenerator, slots: CySlots) -> None:
    """Fired (``M``) and downed (``Mi``) missiles of one kind; its noun phrases for agreement
    (``{M_mwa}``: the language's ``MISSILES`` rows are (fewest, most, {noun key: forms}))."""
    lo, hi, forms = gen.one(gen.v.MISSILES)
    fired = gen.between(lo, hi)
    slots["M"] = fired
    slots["Mi"] = max(1, int(fired * (0.3 + 0.7 * gen.random())))
    for key, value in forms.items():
        slots["#" + key] = value


GROUPS = {name: ("group", drones) for name in ("D", "Di", "Ds", "Dh", "a1", "a2")}
GROUPS.update(M=("group", missiles), Mi=("group", missiles))


def cyrillic_articles(
    n: int, seed: int, relevant_share: float, target_bytes: int, lang: str
) -> Iterator[tuple[dt.date, str, str]]:
    """(published, title, text) of ``n`` articles in ``lang`` ("uk" or "ru")."""
    import importlib

    gen = CyGenerator(seed, importlib.import_module(f"tools.synth.vocab_{lang}"))
    rand = gen.random
    first = dt.date(2023, 1, 1).toordinal()
    for _ in range(n):
        published = dt.date.fromordinal(first + int(rand() * 3 * 365))
        if rand() < relevant_share:
            title, text = gen.strike(published, target_bytes)
        else:
            title, text = gen.ordinary(published, target_bytes)
        yield published, title, text
