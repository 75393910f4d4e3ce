"""Noun phrases: what a number counts — a weapon class, people, a casualty noun ("ten
injuries"), an anaphor ("33 of them", "two more") — read from the words after it.

The words come from the language pack (``lang/<code>/nouns.py``), compiled by
:class:`NounRules`.
"""

from __future__ import annotations

import re
from types import ModuleType

from strikewatch.extraction.fastre import CIPattern, first_letters, lowered
from strikewatch.extraction.rules import alternation, rule
from strikewatch.vocab import WEAPON_FAMILY


class NP:
    """The noun phrase after a number."""

    def __init__(
        self,
        kind: str,
        end: int,
        weapon: str | None = None,
        child: bool = False,
        metric: str | None = None,
        text: str = "",
    ) -> None:
        # weapon | person | casualty | anaphor | child_subset | subset | none | trap
        self.kind = kind
        self.end = end
        self.weapon = weapon
        self.child = child
        self.metric = metric  # for casualty nouns ("ten injuries")
        self.text = text

    def ending_at(self, end: int) -> NP:
        """The same noun phrase ending at ``end``."""
        return NP(self.kind, end, self.weapon, self.child, self.metric, self.text)


class NounRules:
    """A pack's noun-phrase words, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        self.weapon_head, self.weapon_head_cls = alternation(pack.WEAPON_HEADS)
        self.weapon_mod, self.weapon_mod_cls = alternation(pack.WEAPON_MODIFIERS)
        self.weapon_conj = re.compile(pack.WEAPON_CONJUNCTION)
        self.person: CIPattern = rule(rf"(?:{pack.PERSON_HEADS})\b")
        self.more_words: frozenset[str] = frozenset(pack.MORE_WORDS)
        self.child: CIPattern = rule(rf"(?:{pack.CHILD_HEADS})\b")
        self.trap: CIPattern = rule(rf"(?:{pack.TRAP_HEADS})(?![\w-])", form="plain")
        self.casualty_noun, self.casualty_noun_cls = alternation(pack.CASUALTY_NOUNS)
        self.anaphor: CIPattern = rule(pack.ANAPHOR, form="plain")
        self.part_of: str = pack.PART_OF
        self.partitive_num: CIPattern = rule(pack.PARTITIVE_NUM, form="plain")
        self.child_subset: CIPattern = rule(pack.CHILD_SUBSET, form="plain")
        self.partitive_the: CIPattern = rule(pack.PARTITIVE_THE)
        self.stop: CIPattern = rule(pack.STOP_WORDS)
        self.token = re.compile(pack.TOKEN)
        self.and_more: CIPattern = rule(pack.AND_MORE, form="plain")
        self.and_more_drones: tuple[str, ...] = tuple(pack.AND_MORE_DRONE_WORDS)
        # The letters each pattern can start with: at other letters it is not tried.
        self.anaphor_first = first_letters(self.anaphor)
        self.weapon_head_first = first_letters(self.weapon_head)
        self.weapon_mod_first = first_letters(self.weapon_mod)
        self.casualty_noun_first = first_letters(self.casualty_noun)
        self.person_first = first_letters(self.person)
        self.partitive_the_first = first_letters(self.partitive_the)

    def is_part(self, np_text: str) -> bool:
        """Whether an anaphor names a part of its antecedent ("33 of them")."""
        return np_text.lower().lstrip().startswith(self.part_of)


def weapon_class(classes: list[str], mixed: bool) -> str:
    """The class of a noun phrase with these weapon words (``mixed``: drones and missiles
    counted together)."""
    s = set(classes)
    if "any" in s or mixed:
        return "any"
    missiles = s & {"cruise_missile", "ballistic_missile"}
    if "drone" in s and (missiles or "missile" in s):
        # "Shahed attack drones" has only drone words; a drone word beside a missile word
        # names both ("drone and missile attack").
        return "drone" if classes[-1] == "drone" and not missiles and "missile" not in s else "any"
    if len(missiles) == 2:
        return "missile"
    if missiles:
        return missiles.pop()
    if "guided_bomb" in s:
        return "guided_bomb"
    if "missile" in s:
        return "missile"
    return classes[-1] if classes else "any"


def word_end(text: str, i: int) -> bool:
    return i >= len(text) or not text[i].isalnum()


def noun_phrase(r: NounRules, text: str, pos: int, limit: int) -> NP:
    """What the number ending at ``pos`` counts, reading at most six words ahead."""
    classes: list[str] = []
    head_end = -1
    p = pos
    more = False
    low = lowered(text)
    for _ in range(7):
        while p < limit and text[p] in " \t\"“”‘’'([«„":
            p += 1
        if p >= limit:
            break
        rest_end = min(limit, p + 60)
        first = low[p]
        if head_end < 0 and first in r.anaphor_first and (m := r.anaphor.match(text, p, rest_end)):
            if c := r.child_subset.match(text, m.end(), rest_end):
                return NP("child_subset", c.end(), text=text[pos : c.end()])
            return NP("anaphor", m.end(), text=text[pos : m.end()])
        if (
            first in r.weapon_head_first
            and (m := r.weapon_head.match(text, p, rest_end))
            and word_end(text, m.end())
        ):
            cls = r.weapon_head_cls[m.lastgroup]
            if head_end >= 0 and WEAPON_FAMILY[cls] != WEAPON_FAMILY[classes[-1]]:
                break  # "29 drones missiles": a second head of another family is not ours
            classes.append(cls)
            head_end = m.end()
            p = m.end()
            continue
        if (
            first in r.weapon_mod_first
            and (m := r.weapon_mod.match(text, p, rest_end))
            and word_end(text, m.end())
        ):
            classes.append(r.weapon_mod_cls[m.lastgroup])
            p = m.end()
            # "cruise and ballistic missiles": a conjunction between weapon words
            if cm := r.weapon_conj.match(text[p:rest_end]):
                nxt = p + cm.end()
                if r.weapon_mod.match(text, nxt, rest_end) or r.weapon_head.match(
                    text, nxt, rest_end
                ):
                    p = nxt
            continue
        if head_end >= 0:
            break
        if m := r.trap.match(text, p, rest_end):  # "two more unmanned boats": no weapons
            q = m.end()
            while q < limit and text[q] == " ":
                q += 1
            nm = r.token.match(text, q, limit)
            head_after = nm is not None and (
                r.person.match(text, nm.start(1), limit)
                or r.weapon_head.match(text, nm.start(1), limit)
            )
            if not head_after:
                return NP("trap", m.end())  # "five districts"; but "two truck drivers" goes on
        if (
            first in r.casualty_noun_first
            and (m := r.casualty_noun.match(text, p, rest_end))
            and word_end(text, m.end())
        ):
            metric = r.casualty_noun_cls[m.lastgroup]
            return NP("casualty", m.end(), metric=metric, text=text[pos : m.end()])
        if (
            first in r.person_first
            and (m := r.person.match(text, p, rest_end))
            and word_end(text, m.end())
        ):
            word = m.group().lower()
            if word in r.more_words:
                more = True
                p = m.end()
                continue
            child = bool(r.child.fullmatch(word))
            return NP("person", m.end(), child=child, text=text[pos : m.end()])
        if first in r.partitive_the_first and (pm := r.partitive_the.match(text, p, rest_end)):
            if cm := r.casualty_noun.match(text, pm.end(), rest_end):
                # "19 of the injured were in hospital": a part of a toll given elsewhere
                return NP("subset", cm.end(), text=text[pos : cm.end()])
            p = pm.end()
            continue
        tm = r.token.match(text, p, limit)
        if tm is None:
            break
        tok = tm.group(1)
        # a word, or a number with letters ("5-storey"); not a bare number or a sign
        c0 = tok[0]
        words = c0.isalpha() or (c0.isdigit() and not tok.replace(",", "").isdigit())
        if not words or r.stop.fullmatch(tok):
            break
        p = tm.end()
    if head_end >= 0:
        mixed = False
        if am := r.and_more.match(text, head_end, min(limit, head_end + 40)):
            w = am.group("w").lower()
            fam = "drone" if w.startswith(r.and_more_drones) else "missile"
            have = {WEAPON_FAMILY[c] for c in classes}
            if fam not in have:
                mixed = True
                head_end = am.end()
        return NP("weapon", head_end, weapon=weapon_class(classes, mixed), text=text[pos:head_end])
    if more:
        return NP("anaphor", p, text=text[pos:p])
    return NP("none", pos)
