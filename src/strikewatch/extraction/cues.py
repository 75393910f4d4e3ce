"""Metric cues: what happened to the counted things, from the verbs and nouns around a
number ("shot down 14 drones", "25 were jammed", "injuring nine people", "a wave of 84
drones"), bounded by the clause they stand in.

The cue words come from the language pack (``lang/<code>/cues.py``), compiled by
:class:`CueRules`.
"""

from __future__ import annotations

import re
from types import ModuleType

from strikewatch.extraction.fastre import CIPattern, lowered
from strikewatch.extraction.nouns import word_end
from strikewatch.extraction.rules import alternation, anchored_alternation, rule
from strikewatch.extraction.segment import Sentence
from strikewatch.vocab import CASUALTY_METRICS

OUTCOMES = frozenset({"intercepted", "suppressed"})
_END_OF_SENTENCE = re.compile(r"[.!?]\s")
_CLAUSE_MARK = re.compile(r"[,;.]")


class CueRules:
    """A pack's cue words and clause words, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        # sought across whole sentences and clauses: tried only where their first words are
        self.pre, self.pre_cls = anchored_alternation(pack.PRE_CUES)
        self.post_strong, self.post_strong_cls = anchored_alternation(pack.POST_CUES_STRONG)
        self.post_weak, self.post_weak_cls = alternation(pack.POST_CUES_WEAK)
        self.noun_cue, self.noun_cue_cls = alternation(pack.PRE_NOUN_CUES)
        self.negated: CIPattern = rule(pack.NEGATED)
        self.and_downed: CIPattern = rule(pack.AND_DOWNED, form="plain")
        self.num_ahead = re.compile(pack.NUM_AHEAD)
        self.comma_stop: CIPattern = rule(pack.COMMA_STOP, form="plain")
        self.while_word: str = pack.WHILE
        self.and_word = re.compile(pack.AND)
        self.subordinate: CIPattern = rule(pack.SUBORDINATE)
        self.vague_subject: CIPattern = rule(pack.VAGUE_SUBJECT)
        self.ends_in_prep = re.compile(pack.ENDS_IN_PREP)
        self.passive_before: CIPattern = rule(pack.PASSIVE_BEFORE)
        self.the_before: CIPattern = rule(pack.THE_BEFORE)
        self.or_join = re.compile(pack.OR_JOIN)
        self.reduced_relative: CIPattern = rule(pack.REDUCED_RELATIVE, form="plain")


def noun_cue(r: CueRules, text: str, s: Sentence, before: int) -> str | None:
    """Weakest cue: a noun right before the number ("a wave of 84 drones")."""
    m = r.noun_cue.search(text, max(s.start, before - 30), before)
    if m and not text[m.end() : before].strip(" ,"):
        return r.noun_cue_cls[m.lastgroup]
    return None


def clause_stop(r: CueRules, text: str, start: int, limit: int) -> int:
    """Where the clause of ``text[start:limit]`` ends for the cues after a noun phrase: at a
    ";" (or a ")" before it), ", but", ", with", or the WHILE word between spaces; found with
    literal scans, as a regex would be tried at every space."""
    stop = text.find(";", start, limit)
    if stop < 0:
        stop = limit
    else:
        j = stop
        while j > start and text[j - 1].isspace():
            j -= 1
        if j > start and text[j - 1] == ")":
            stop = j - 1
    if text.find(",", start, stop) >= 0 and (m := r.comma_stop.search(text, start, stop)):
        stop = m.start()
    low = lowered(text)
    word = r.while_word
    n = len(word)
    w = low.find(word, start, stop)
    while w >= 0:
        if w > start and low[w - 1].isspace() and w + n < limit and low[w + n].isspace():
            j = w - 1
            while j > start and low[j - 1].isspace():
                j -= 1
            return min(stop, j)
        w = low.find(word, w + 1, stop)
    return stop


def strong_post(
    r: CueRules, text: str, start: int, limit: int, max_gap: int
) -> list[tuple[str, int]]:
    """Passive or intransitive cues after a noun phrase: [(metric, cue end)], the first
    one plus a second one joined by "and" ("targeted the capital and were shot down")."""
    limit = clause_stop(r, text, start, limit)
    out: list[tuple[str, int]] = []
    pos = start
    cls = r.post_strong_cls
    for m in r.post_strong.finditer(text, start, limit):
        if m.start() - pos > (max_gap if not out else 40):
            break
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue
        if not word_end(text, m.end()):
            continue
        gap = text[pos : m.start()]
        if out and (
            not r.and_word.search(gap) or r.subordinate.search(gap) or r.vague_subject.search(gap)
        ):
            break  # "were killed and dozens more wounded": the second verb has its own count
        if out and out[0][0] in OUTCOMES and cls[m.lastgroup] in OUTCOMES:
            # "41 were suppressed and shot down": one count of what was stopped
            if cls[m.lastgroup] == "intercepted":
                out[0] = ("intercepted", m.end())
            break
        if not out and _END_OF_SENTENCE.search(gap):
            break
        if r.num_ahead.match(text, m.end()):
            break  # "... and injured four others": an active verb with its own object
        if r.negated.search(text, max(start, m.start() - 8), m.start()):
            break  # "was rescued and was not injured"
        metric = cls[m.lastgroup]
        if metric == "suppressed" and (j := r.and_downed.match(text, m.end())):
            out.append(("intercepted", j.end()))  # "suppressed and shot down": what was stopped
            break
        out.append((metric, m.end()))
        pos = m.end()
        if len(out) == 2:
            break
    return out


def weak_post(r: CueRules, text: str, start: int, limit: int) -> str | None:
    """A bare participle after the noun phrase ("drones launched by Russia")."""
    m = r.post_weak.search(text, start, min(limit, start + 45))
    if m and not _CLAUSE_MARK.search(text[start : m.start()]):
        return r.post_weak_cls[m.lastgroup]
    return None


def pre_cues(r: CueRules, text: str, s: Sentence, until: int) -> list[tuple[str, int]]:
    """Every verb or noun cue of the sentence ending by ``until`` as (metric, end offset), in
    order. (A cue is only ever looked for before a number; those ending later do not change
    the earlier ones.)"""
    out: list[tuple[str, int]] = []
    cls = r.pre_cls
    for m in r.pre.finditer(text, s.start, s.end):
        if m.end() > until:
            break
        if not word_end(text, m.end()):
            continue
        if r.reduced_relative.search(text, max(s.start, m.start() - 40), m.start()):
            continue  # "the 11 drones Russia launched overnight": describes, does not count
        if (
            cls[m.lastgroup] in CASUALTY_METRICS
            and not r.ends_in_prep.search(m.group())
            and (
                r.passive_before.search(text, max(s.start, m.start() - 24), m.start())
                or (
                    " " not in m.group()
                    and r.the_before.search(text, max(s.start, m.start() - 6), m.start())
                )
            )
        ):
            continue  # "was killed and three people ...": a passive verb takes no object
        if out and r.or_join.fullmatch(text, out[-1][1], m.start()):
            continue  # "shot down or suppressed 66 drones": the first verb names them
        out.append((cls[m.lastgroup], m.end()))
    return out


def pre_cue(
    cues: list[tuple[str, int]], before: int, want: frozenset[str]
) -> tuple[str, int] | None:
    """The nearest cue ending before ``before`` whose metric is in ``want``."""
    best: tuple[str, int] | None = None
    for metric, end in cues:
        if end > before:
            break
        if metric in want:
            best = (metric, end)
    if best and before - best[1] > 160:
        return None
    return best
