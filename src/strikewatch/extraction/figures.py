"""Figures: the numbers of one sentence turned into figures (metric, weapon, value,
qualifier), with the special shapes of news prose handled by named handlers, each with its
example sentence.

The words the handlers look for come from the language pack (``lang/<code>/cues.py``),
compiled by :class:`FigureRules`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from strikewatch.extraction.cues import noun_cue, pre_cue, strong_post, weak_post
from strikewatch.extraction.fastre import CIPattern
from strikewatch.extraction.nouns import NP, noun_phrase, word_end
from strikewatch.extraction.numbers import Num, numbers
from strikewatch.extraction.rules import rule
from strikewatch.extraction.segment import Sentence
from strikewatch.extraction.sentence import SentenceInfo
from strikewatch.vocab import CASUALTY_METRICS, TREATED, WEAPON_FAMILY, WEAPON_METRICS

if TYPE_CHECKING:
    from strikewatch.extraction.lexicon import Lexicon

EVERY = WEAPON_METRICS | CASUALTY_METRICS
# no sentence of prose states more numbers; beyond it, work would grow quadratically
MAX_NUMBERS = 60
_APPOSITIVE = re.compile(r"\s*,\s*")
_WORD_AHEAD = re.compile(r"\s*[,—–(-]?\s*['‘\"“]?\w")
_COLON_LEAD = re.compile(r":\s*$")
CLAUSE_EDGE = re.compile(r"[,;:—–]\s|\s[—–]\s|[\"“”]")


class FigureRules:
    """A pack's words for the shapes of figures in prose, compiled."""

    def __init__(self, pack: ModuleType) -> None:
        self.prep_before: CIPattern = rule(pack.PREP_BEFORE, form="plain")
        self.among: CIPattern = rule(pack.AMONG, form="plain")
        self.place_prep: CIPattern = rule(pack.PLACE_PREP)
        self.air_weapon: CIPattern = rule(pack.AIR_WEAPON)
        self.and_verb: CIPattern = rule(pack.AND_VERB)
        self.relative: CIPattern = rule(pack.RELATIVE)
        self.total_lead: CIPattern = rule(pack.TOTAL_LEAD)
        self.of_the_lead: CIPattern = rule(pack.OF_THE_LEAD, form="plain")
        self.copula_weapon: CIPattern = rule(pack.COPULA_WEAPON, form="plain")
        self.anaphor_tail: CIPattern = rule(pack.ANAPHOR_TAIL, form="plain")
        self.list_gap = re.compile(pack.LIST_GAP)
        self.gap_lead: CIPattern = rule(pack.GAP_LEAD, form="plain")
        self.gapping = re.compile(pack.GAPPING)
        self.each = re.compile(pack.EACH)
        self.distributive: CIPattern = rule(pack.DISTRIBUTIVE, form="plain")
        self.each_before: CIPattern = rule(pack.EACH_BEFORE, form="plain")
        self.all_downed: re.Pattern[str] = rule(pack.ALL_DOWNED, cased=True)


class Fig:
    """A figure while it is worked out."""

    def __init__(
        self,
        metric: str,
        weapon: str | None,
        value: int,
        qualifier: str,
        sentence: Sentence,
        num_start: int,
        num_end: int,
        np_text: str,
        side: str | None = None,
        place: str | None = None,
        claimant: str | None = None,
        anaphor_of: int | None = None,
        date: dt.date | None = None,
        derived: bool = False,
        fixed_place: str | None = None,
        single: bool = False,
        restated: bool = False,
        list_of: Fig | None = None,
    ) -> None:
        self.metric = metric
        self.weapon = weapon
        self.value = value
        self.qualifier = qualifier
        self.sentence = sentence
        self.num_start = num_start
        self.num_end = num_end
        self.np_text = np_text
        self.side = side  # target side
        self.place = place
        self.claimant = claimant
        self.anaphor_of = anaphor_of  # id() of the antecedent figure
        self.date = date
        self.derived = derived  # implied by another figure ("all 19 were shot down")
        self.fixed_place = fixed_place  # set by "two each over A and B"
        self.single = single  # counted from "a"/"an" ("a man was killed")
        # "five injured people were hospitalised": the injured may be a part of a larger
        # toll told again (then it is dropped), or the toll itself
        self.restated = restated
        # an item of a list after a total's colon ("153 засоби: – 4 балістичні ракети; ...")
        self.list_of = list_of

    def copy(self) -> Fig:
        return Fig(
            self.metric,
            self.weapon,
            self.value,
            self.qualifier,
            self.sentence,
            self.num_start,
            self.num_end,
            self.np_text,
            self.side,
            self.place,
            self.claimant,
            self.anaphor_of,
            self.date,
            self.derived,
            self.fixed_place,
            self.single,
            self.restated,
            self.list_of,
        )


def mk(metric: str, weapon: str | None, n: Num, s: Sentence, np: NP, anaphor_of: int | None) -> Fig:
    return Fig(
        metric=metric,
        weapon=weapon,
        value=n.value,
        qualifier=n.qualifier,
        sentence=s,
        num_start=n.q_start,
        num_end=n.end,
        np_text=np.text,
        anaphor_of=anaphor_of,
        single=n.is_article,
    )


class _Work:
    """One sentence's numbers while its figures are worked out."""

    def __init__(
        self,
        lex: Lexicon,
        text: str,
        info: SentenceInfo,
        prior: list[Fig],
        nums: list[Num],
        nps: list[NP],
    ) -> None:
        self.lex = lex
        self.r = lex.figures
        self.text = text
        self.info = info
        self.s = info.s
        self.prior = prior  # figures of the paragraph so far
        self.nums = nums
        self.nps = nps
        self.out: list[Fig] = []
        self.sentence_figs: list[Fig] = []  # weapon figures of this sentence, in order
        self._ground: bool | None = None

    def add(self, f: Fig) -> None:
        self.out.append(f)
        self.sentence_figs.append(f)

    def ground(self) -> bool:
        """Whether the sentence tells of ground fighting, not a strike (worked out once)."""
        if self._ground is None:
            s = self.s
            self._ground = bool(
                self.lex.context.non_air.search(self.text, s.start, s.end)
                and not self.r.air_weapon.search(self.text, s.start, s.end)
            )
        return self._ground


# A handler takes (work, number, its noun phrase, the cues after it, where the next number's
# clause starts) and returns True when it has dealt with the number.
Handler = Callable[[_Work, Num, NP, list[tuple[str, int]], int], bool]


def _breakdown(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "destroyed 30 drones: over the Kursk region (12), Crimea (8) ...": a bracketed count
    after a place is a share of the sentence's first figure."""
    text = w.text
    if not (
        np.kind == "none"
        and w.sentence_figs
        and text[n.q_start - 1 : n.q_start] == "("
        and text[n.end : n.end + 1] == ")"
        and any(0 <= n.q_start - p.end <= 3 for p in w.info.places)
    ):
        return False
    head = w.sentence_figs[0]
    w.add(mk(head.metric, head.weapon, n, w.s, np, id(head)))
    return True


def _gapped(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "17 were downed over Belgorod, 12 over Kursk and nine over Bryansk", and after a
    colon: "The ministry's breakdown: 20 over Bryansk, 13 over Kursk ...": the verb of the
    count before holds for a count with a place and no verb."""
    if np.kind != "none" or post or not w.r.gapping.match(w.text, n.end):
        return False
    s = w.s
    lead = w.text[max(s.start, n.q_start - 24) : n.q_start]
    prev_fig = w.sentence_figs[-1] if w.sentence_figs else None
    if prev_fig is None and _COLON_LEAD.search(lead):
        weapons = [f for f in w.prior if f.metric in WEAPON_METRICS]
        prev_fig = weapons[-1] if weapons else None
    if prev_fig is not None and (w.r.gap_lead.search(lead) or _COLON_LEAD.search(lead)):
        w.add(mk(prev_fig.metric, prev_fig.weapon, n, s, np, id(prev_fig)))
        return True
    if prev_fig is None and w.r.gap_lead.search(lead):
        # "drones were downed over seven regions, including 12 over Bryansk": the verb and
        # the weapon of a clause that gave no count of its own
        found = _uncounted_weapon(w, n)
        if found is not None:
            w.add(mk(found[0], found[1], n, s, np, None))
            return True
    return False


def _uncounted_weapon(w: _Work, n: Num) -> tuple[str, str] | None:
    """The weapon metric and weapon class of the sentence's clause before number ``n`` when
    it names a weapon without a number ("downed Ukrainian drones over seven regions")."""
    weapon: tuple[str, int] | None = None
    for m in w.r.air_weapon.finditer(w.text, w.s.start, n.q_start):
        wnp = noun_phrase(w.lex.nouns, w.text, m.start(), n.q_start)
        if wnp.kind == "weapon" and wnp.weapon:
            weapon = (wnp.weapon, m.start())
            break
    if weapon is None:
        return None
    cue = pre_cue(w.info.pre_cues, n.q_start, WEAPON_METRICS)
    if cue is None:
        post = strong_post(w.lex.cues, w.text, weapon[1], n.q_start, 60)
        metric = post[0][0] if post else None
    else:
        metric = cue[0]
    return (metric, weapon[0]) if metric in WEAPON_METRICS else None


_BULLET = re.compile(r"\s*(?:[–—•*·-]\s*)?")  # a line's start, or a list marker alone
_INTRO_END = re.compile(r":[\s\"”»]*$")  # a sentence that opens a list


def _list_item(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "A total of 153 air attack weapons were recorded:" then lines "– 4 ballistic
    missiles;", "– 6 cruise missiles;": each item of the list after a total's colon counts
    its own weapon with the total's verb (the Air Force's tallies are written so); an item
    that names a place and no weapon ("– 20 over the Bryansk region;") counts the total's."""
    text, s = w.text, w.s
    by_place = np.kind == "none" and bool(w.r.gapping.match(text, n.end))  # "– 20 над ..."
    if post or not (by_place or (np.kind == "weapon" and np.weapon)):
        return False
    if not _BULLET.fullmatch(text, s.start, n.q_start):
        return False
    if pre_cue(w.info.pre_cues, n.q_start, WEAPON_METRICS) is not None:
        return False  # the line has its own verb
    intro: Fig | None = None
    for f in reversed(w.prior):
        if f.list_of is not None:
            intro = f.list_of  # an earlier item of the same list
            break
        if f.metric in WEAPON_METRICS and _INTRO_END.search(text, f.sentence.start, f.sentence.end):
            intro = f
            break
        break
    if intro is None or intro.metric not in WEAPON_METRICS:
        return False
    fig = mk(intro.metric, intro.weapon if by_place else np.weapon, n, s, np, None)
    fig.list_of = intro
    w.add(fig)
    return True


def _total_of_outcome(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "downing 47 drones, out of 72 launched": the total of what was counted."""
    s = w.s
    if not (
        np.kind == "none"
        and w.sentence_figs
        and w.r.total_lead.search(w.text, max(s.start, n.q_start - 24), n.q_start)
    ):
        return False
    prev_fig = w.sentence_figs[-1]
    if prev_fig.metric not in ("intercepted", "suppressed", "hit"):
        return False
    own = weak_post(w.lex.cues, w.text, n.end, nxt)  # "out of a total of 77 brought down"
    w.add(mk(own or "launched", prev_fig.weapon, n, s, np, id(prev_fig)))
    return True


def _share_of_launch(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "Of the missiles, 11 were Iskander-M ballistic missiles": a share of the launch."""
    if np.kind != "none" or not (cm := w.r.copula_weapon.match(w.text, n.end, nxt)):
        return False
    wnp = noun_phrase(w.lex.nouns, w.text, cm.end(), nxt)
    if wnp.kind != "weapon":
        return False
    w.add(mk("launched", wnp.weapon, n, w.s, wnp, None))
    return True


def _total_first(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "Of the 89 drones Russia sent overnight, 61 were neutralised": the total."""
    s = w.s
    if (
        np.kind == "weapon"
        and not post
        and w.r.of_the_lead.search(w.text[max(s.start, n.q_start - 12) : n.q_start])
    ):
        w.add(mk("launched", np.weapon, n, s, np, None))
        return True
    return False


def _all_but(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "Russia launched 40 drones; all but six were shot down" -> 34 shot down; the number
    itself is never a figure."""
    if not n.all_but:
        return False
    if w.sentence_figs + w.prior:
        total = [f for f in [*w.prior, *w.sentence_figs] if f.metric == "launched"]
        if len(total) == 1 and total[0].value > n.value and post and post[0][0] == "intercepted":
            f = total[0].copy()
            f.metric, f.value = "intercepted", total[0].value - n.value
            f.sentence, f.num_start, f.num_end, f.anaphor_of = w.s, n.q_start, n.end, id(total[0])
            w.add(f)
    return True


def _subset(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "19 of the injured were in hospital": a part of a toll, counted only by the extra
    metrics its verb gives."""
    if np.kind != "subset":
        return False
    for metric, _ in post:
        if metric in ("hospitalized", "rescued", "missing"):
            w.out.append(mk(metric, None, n, w.s, np, None))
    return True


def _child_subset(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    """ "11 people, three of them children": the children among the last toll."""
    if np.kind != "child_subset":
        return False
    tolls = [f for f in w.out if f.metric in ("killed", "injured")]
    if tolls:
        w.out.append(mk(f"{tolls[-1].metric}_children", None, n, w.s, np, None))
    return True


# the kinds of noun phrase some handler deals with (and numbers with "all but"): for the
# others (people, casualty nouns, anaphors) no handler is tried
HANDLED_KINDS = frozenset({"none", "weapon", "subset", "child_subset"})


def _handled(w: _Work, n: Num, np: NP, post: list[tuple[str, int]], nxt: int) -> bool:
    return any(handle(w, n, np, post, nxt) for handle in HANDLERS)


HANDLERS: tuple[Handler, ...] = (
    _breakdown,
    _list_item,
    _gapped,
    _total_of_outcome,
    _share_of_launch,
    _total_first,
    _all_but,
    _subset,
    _child_subset,
)


def _skipped(w: _Work, i: int, n: Num, np: NP) -> bool:
    """Numbers that count nothing here."""
    text, s = w.text, w.s
    if np.kind == "trap" or (n.is_article and (np.kind != "person" or n.including)):
        return True
    if (
        n.is_article
        and i > 0
        and w.nps[i - 1].kind == "person"
        and _APPOSITIVE.fullmatch(text, w.nps[i - 1].end, n.start)
    ):
        return True  # "two people, an 8-year-old girl and her mother, were injured"
    # "debris fell at three more": places, not weapons
    return np.kind == "anaphor" and bool(
        w.r.place_prep.search(text, max(s.start, n.q_start - 8), n.q_start)
    )


def _next_clause(w: _Work, i: int) -> int:
    """Where the clause of number ``i`` ends: at the next number, except that the verb
    after an appositive count still belongs to this one ("11 people, among them three
    children, were being treated"), nor does "at a civilian enterprise" end it."""
    nums, text, s = w.nums, w.text, w.s
    k = i + 1
    while k < len(nums) and (
        nums[k].including
        or (
            nums[k].is_article
            and w.r.prep_before.search(text, max(s.start, nums[k].start - 8), nums[k].start)
        )
    ):
        k += 1
    return nums[k].q_start if k < len(nums) else s.end


def _post_cues(
    w: _Work, i: int, n: Num, np: NP, nxt: int, pre_in_clause: bool
) -> list[tuple[str, int]]:
    """The cues after the number's noun phrase; members of a list share the verb after
    the last one: "37 cruise missiles, 29 drones and one reconnaissance drone were shot
    down"."""
    text, nums, nps = w.text, w.nums, w.nps
    cues = w.lex.cues
    post = strong_post(cues, text, np.end, nxt, 90)
    if not post and not pre_in_clause:
        j = i
        while j + 1 < len(nums) and w.r.list_gap.fullmatch(text, nps[j].end, nums[j + 1].q_start):
            j += 1
        if j > i:
            lim = nums[j + 1].q_start if j + 1 < len(nums) else w.s.end
            post = strong_post(cues, text, nps[j].end, lim, 70)
    return post


def _own_verb(w: _Work, np: NP, post: list[tuple[str, int]], pre_in_clause: bool) -> bool:
    """Whether the cue after a counted noun phrase belongs to another clause than the verb
    before it: "launched 18 drones, all of them were destroyed", "18 drones that were
    flying"."""
    if not (post and pre_in_clause and np.kind in ("weapon", "person")):
        return False
    gap = w.text[np.end : post[0][1]]
    return "," in gap or bool(w.r.relative.search(gap)) or bool(w.r.and_verb.search(gap))


def _metrics(
    w: _Work,
    i: int,
    n: Num,
    np: NP,
    post: list[tuple[str, int]],
    nxt: int,
    pre_any: tuple[str, int] | None,
    total_of: dict[int, int],
) -> tuple[str, list[str]]:
    """The kind of count and the metrics of number ``i``; no metric: no figure."""
    text = w.text
    kind = np.kind
    metrics: list[str] = []
    if kind == "casualty" and np.metric:
        # "five injured people were hospitalised / treated at the scene": what was done
        # for people counted as injured elsewhere, not a second injured count
        care = [m for m, _ in post if m in (TREATED, "hospitalized")]
        if care and np.metric == "injured":
            if care[0] == TREATED:
                return kind, []
            metrics = ["injured", "hospitalized"]  # the injured one marked restated (_emit)
        else:
            metrics = [np.metric]
    elif post:
        metrics = [m for m, _ in post]
    if kind == "none":
        # A bare number counts only next to a verb: "shoot down 97, while", "25 were
        # jammed", "five hit the target".
        reach = 90 if text[np.end : np.end + 1] == "," else 60  # "The other three, Kh-59 ..., were"
        near_post = post and post[0][1] - np.end <= reach and _WORD_AHEAD.match(text, np.end)
        if (
            pre_any
            and n.q_start - pre_any[1] <= 12
            and w.r.anaphor_tail.match(text, n.end, n.end + 16)
        ):
            kind = "anaphor"
            metrics = [pre_any[0]]  # "has reached 53, ... of whom 27 remain in hospital"
        elif near_post:
            kind = "anaphor"
        else:
            return kind, []
    want = {
        "weapon": WEAPON_METRICS,
        "person": CASUALTY_METRICS,
        "casualty": CASUALTY_METRICS,
    }.get(kind, EVERY)
    metrics = [m for m in metrics if m in want]
    if not metrics:
        pre = (
            pre_any if pre_any and pre_any[0] in want else pre_cue(w.info.pre_cues, n.q_start, want)
        )
        if pre is not None:
            metrics = [pre[0]]
    if not metrics and kind == "weapon":
        weak = weak_post(w.lex.cues, text, np.end, nxt) or noun_cue(
            w.lex.cues, text, w.s, n.q_start
        )
        if weak:
            metrics = [weak]
    if i in total_of and kind == "weapon":
        part = [f for f in w.sentence_figs if f.num_start == w.nums[total_of[i]].q_start]
        if part and part[-1].metric in ("intercepted", "suppressed", "hit"):
            metrics = ["launched"]
    return kind, metrics


def _emit(
    w: _Work,
    n: Num,
    np: NP,
    kind: str,
    metrics: list[str],
    post: list[tuple[str, int]],
    prev_weapon: str | None,
) -> None:
    """The figures of number ``n`` for its metrics."""
    text, s = w.text, w.s
    if (
        kind == "anaphor"
        and not post
        and metrics[0] in CASUALTY_METRICS
        and w.lex.nouns.is_part(np.text)
    ):
        return  # "seven were injured, two of them seriously": a part, not a new count
    weapon = np.weapon
    anaphor_of: int | None = None
    if kind == "anaphor" and metrics[0] in WEAPON_METRICS:
        weapon, anaphor_of = _antecedent(w, n, np, prev_weapon)
        if weapon is None:
            return
    for metric in metrics:
        if metric in CASUALTY_METRICS:
            if w.ground():
                continue  # ground fighting, not a strike
            fig_metric = metric
            if np.child and metric in ("killed", "injured"):
                fig_metric = f"{metric}_children"
                subset = n.including or w.r.among.match(text, np.end, np.end + 60)
                if not subset:
                    w.out.append(mk(metric, None, n, s, np, anaphor_of))
            elif n.including or w.r.among.match(text, np.end, np.end + 60):
                continue  # "including two rescuers", "a man was among those hurt": a part
            fig = mk(fig_metric, None, n, s, np, anaphor_of)
            fig.restated = metric == "injured" and "hospitalized" in metrics
            w.out.append(fig)
        else:
            w.add(mk(metric, weapon, n, s, np, anaphor_of))
            if n.all_flag and metric == "intercepted":
                implied = mk("launched", weapon, n, s, np, anaphor_of)
                implied.derived = True
                w.out.append(implied)


def _partitives(w: _Work) -> dict[int, int]:
    """ "14 of 16 drones", "57 out of 97 drones": the total shares the counted noun phrase;
    {index of the total: index of the part}."""
    nums, nps, text = w.nums, w.nps, w.text
    total_of: dict[int, int] = {}
    for i in range(len(nums) - 1):
        gap = text[nums[i].end : nums[i + 1].q_start]
        if (
            nps[i].kind == "none"
            and w.lex.nouns.partitive_num.fullmatch(gap)
            and nps[i + 1].kind in ("weapon", "person")
        ):
            nps[i] = nps[i + 1].ending_at(nums[i].end)
            total_of[i + 1] = i
    return total_of


def figures_in_sentence(
    lex: Lexicon, text: str, info: SentenceInfo, prior: list[Fig], prev_weapon: str | None
) -> list[Fig]:
    """The figures of one sentence (``prior``: the paragraph's figures before it;
    ``prev_weapon``: the last weapon class named)."""
    s = info.s
    if not info.num_matches or len(info.num_matches) > MAX_NUMBERS:
        return []  # more: a table or a list of figures pasted as one "sentence", not prose
    nums = numbers(lex.numbers, text, s, info.num_matches, info.dropped)
    info.nums = nums  # (for the counts of damaged objects)
    if not nums:
        return []
    info.cues_until = max(n.q_start for n in nums)  # cues are only looked up before these
    nps: list[NP] = []
    for i, n in enumerate(nums):
        limit = nums[i + 1].q_start if i + 1 < len(nums) else s.end
        nps.append(noun_phrase(lex.nouns, text, n.end, max(limit, n.end)))
    w = _Work(lex, text, info, prior, nums, nps)
    total_of = _partitives(w)
    for i, (n, np) in enumerate(zip(nums, nps, strict=True)):
        if _skipped(w, i, n, np):
            continue
        nxt = _next_clause(w, i)
        pre_any = pre_cue(info.pre_cues, n.q_start, EVERY)
        pre_in_clause = pre_any is not None and not CLAUSE_EDGE.search(text, pre_any[1], n.q_start)
        post = _post_cues(w, i, n, np, nxt, pre_in_clause)
        if not post and i + 1 in total_of:
            # "14 of 16 drones were shot down", "18 of 25 drones being shot down": the part
            # takes the verb after the total's noun phrase (the total is then the launch)
            post = strong_post(lex.cues, text, nps[i + 1].end, _next_clause(w, i + 1), 90)
        if (
            n.is_article
            and not post
            and not (
                pre_any
                and pre_any[0] in CASUALTY_METRICS
                and not text[pre_any[1] : n.start].strip()
            )
        ):
            continue  # "a woman was injured", "killing a woman" count one; "a woman said" not
        if _own_verb(w, np, post, pre_in_clause):
            post = []
        if (n.all_but or np.kind in HANDLED_KINDS) and _handled(w, n, np, post, nxt):
            continue
        kind, metrics = _metrics(w, i, n, np, post, nxt, pre_any, total_of)
        if metrics:
            _emit(w, n, np, kind, metrics, post, prev_weapon)
    out = _distribute_each(w, w.out)
    if m := w.r.all_downed.search(text, s.start, s.end):
        _all_downed(out, prior, s, m)
    return out


def _all_downed(out: list[Fig], prior: list[Fig], s: Sentence, m: re.Match[str]) -> None:
    """ "Russia launched 19 drones; all of them were shot down": 19 intercepted too."""
    launched = [f for f in out if f.metric == "launched" and f.num_start < m.start()]
    if not launched:
        launched = [f for f in prior if f.metric == "launched"][-1:]
    if len(launched) == 1 and not any(
        f.metric == "intercepted" and f.value == launched[0].value for f in out
    ):
        src = launched[0]
        fig = src.copy()
        fig.metric = "intercepted"
        fig.sentence, fig.num_start, fig.num_end = s, m.start(), m.end()
        fig.anaphor_of = id(src)
        fig.derived = True
        out.append(fig)


def _distribute_each(w: _Work, figs: list[Fig]) -> list[Fig]:
    """ "Two drones each were downed over the Oryol and Tver regions", "Single drones were
    downed over ...": one figure a place."""
    out: list[Fig] = []
    for f in figs:
        nxt = w.s.end  # where the next number's phrase starts
        for n in w.nums:
            if f.num_end < n.q_start < nxt:
                nxt = n.q_start
        places = (
            [p for p in w.info.places if f.num_end < p.start < nxt and p.place.kind != "country"]
            if f.metric in WEAPON_METRICS
            else []
        )
        # (the places first: most figures have fewer than two after them)
        if len(places) < 2 or not (
            w.r.each.match(w.text, f.num_end, nxt)
            or w.r.each_before.search(w.text, max(w.s.start, f.num_start - 12), f.num_start)
            or w.r.distributive.match(w.text, f.num_start, nxt)
        ):
            out.append(f)
            continue
        for p in places:
            g = f.copy()
            g.fixed_place = p.place.name
            out.append(g)
    return out


def _antecedent(w: _Work, n: Num, np: NP, prev_weapon: str | None) -> tuple[str | None, int | None]:
    """The weapon class an anaphor ("33 of them", "two more") refers back to."""
    text, s = w.text, w.s
    nr = w.lex.nouns
    sentence_figs = w.sentence_figs
    own = [f for f in sentence_figs if f.anaphor_of is None]
    families = {WEAPON_FAMILY.get(f.weapon or "any", "any") for f in own}
    if own and nr.is_part(np.text) and len(families) > 1:
        return "any", None  # "62 drones and one missile ..., 33 of them were downed"
    # the nearest weapon word before it in the sentence ("Of the Shahed drones, 42 were ...")
    last_word: tuple[int, str] | None = None
    for m in nr.weapon_head.finditer(text, s.start, n.q_start):
        if word_end(text, m.end()) and (m.start() == 0 or not text[m.start() - 1].isalnum()):
            last_word = (m.start(), nr.weapon_head_cls[m.lastgroup])
    if sentence_figs:
        last = sentence_figs[-1]
        if (
            last_word is None
            or last.num_start > last_word[0]
            or (WEAPON_FAMILY[last_word[1]] == WEAPON_FAMILY.get(last.weapon or "any", "any"))
        ):
            return last.weapon, id(last)
    if last_word is not None:
        mod = None
        for m in nr.weapon_mod.finditer(text, max(s.start, last_word[0] - 30), last_word[0]):
            mod = nr.weapon_mod_cls[m.lastgroup]
        cls = last_word[1]
        if mod and WEAPON_FAMILY[mod] == WEAPON_FAMILY[cls] and cls in ("missile", "drone"):
            cls = mod
        return cls, None
    weapons = [f for f in w.prior if f.weapon is not None]
    if weapons:
        return weapons[-1].weapon, id(weapons[-1])
    return prev_weapon, None


def clause(text: str, s: Sentence, start: int, end: int, edge: re.Pattern[str]) -> tuple[int, int]:
    """The clause of ``text[start:end]`` in sentence ``s``, bounded by ``edge``."""
    left = s.start
    for m in edge.finditer(text, s.start, start):
        left = m.end()
    right_m = edge.search(text, end, s.end)
    return left, right_m.start() if right_m else s.end


def in_background(text: str, info: SentenceInfo, f: Fig) -> bool:
    """Whether a figure lies in the clause of a background phrase of its sentence."""
    return span_in_background(text, info, f.num_start, f.num_end)


def span_in_background(text: str, info: SentenceInfo, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the clause of a background phrase of its
    sentence (a figure's number, a damaged object's phrase)."""
    edge = info.lex.context.background_edge
    wide = clause(text, info.s, start, end, edge)
    narrow = clause(text, info.s, start, end, CLAUSE_EDGE)
    return any(
        a < right and b > left
        for a, b, reaches in info.bg_spans
        for left, right in [wide if reaches else narrow]
    )
