"""Reports: an article's figures given their side, claimant, place and date, then grouped
into reports of one attacker / target / night, with repeated statements of one figure
removed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from strikewatch.extraction.claimants import carried_claim
from strikewatch.extraction.damage import (
    Dmg,
    claimant_of,
    damage_in_article,
    place_of,
    same_object,
)
from strikewatch.extraction.dates import (
    RANK,
    DatePhrase,
    dateline_end,
    may_name_day,
    reference_date,
    shift,
)
from strikewatch.extraction.figures import Fig, figures_in_sentence, in_background
from strikewatch.extraction.lexicon import Lexicon
from strikewatch.extraction.numbers import next_number, number_matches
from strikewatch.extraction.places import PlaceMention, find_places, lookup
from strikewatch.extraction.segment import Sentence, sentences
from strikewatch.extraction.sentence import SentenceInfo
from strikewatch.extraction.sides import (
    launch_site,
    lead_attack_sides,
    resolve_side,
    sentence_side,
    side_has_places,
)
from strikewatch.models import Damage, Evidence, Figure, Report
from strikewatch.vocab import (
    CASUALTY_METRICS,
    COUNTRY_NAME,
    MAX_FIGURE,
    OTHER_SIDE,
    WEAPON_FAMILY,
    WEAPON_METRICS,
)

LEAD_SENTENCES = 12  # the lead: where attacks without figures still count
Key = tuple[str | None, str | None, dt.date | None]


def reports(
    lex: Lexicon, text: str, published: dt.date | None
) -> tuple[tuple[Report, ...], tuple[str, ...]]:
    """The reports of one article's text in the language of ``lex``, and notes on what was
    left out (numbers too large to be figures)."""
    sents = sentences(lex.text, text)
    if not sents:
        return (), ()
    ref = reference_date(lex.dates, text, published)
    infos = _sentence_infos(lex, text, sents, ref)
    figs, by_id = _figures(lex, text, infos)
    default, uncovered, attack_sides = _sides(lex, figs, infos, by_id)
    _claims_and_places(lex, text, figs, infos)
    main_date = _dates(lex, text, figs, infos, ref, default)
    groups: dict[Key, list[Fig]] = {}
    order: list[Key] = []
    for f in figs:
        key = (OTHER_SIDE.get(f.side or ""), f.side, f.date)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(f)
    # attacks named without any figure still make a report ("an aerial assault on Kyiv")
    for side, n in attack_sides.items():
        if n and side in uncovered and not any(k[1] == side for k in order):
            key = (OTHER_SIDE[side], side, main_date.get(side))
            groups[key] = []
            order.append(key)
    places = _report_places(infos, order, groups)
    notes = tuple(
        f"{_shown(number)} is no figure (above the ceiling of {MAX_FIGURE:,})"
        for info in infos
        for number in info.dropped
    )
    made: dict[int, Evidence] = {}  # one evidence per sentence, shared (it is frozen)
    damage = _damage(lex, text, infos, figs, order, places, main_date, default, made)
    found = tuple(
        Report(
            attacker=key[0],  # type: ignore[arg-type]
            target=key[1],  # type: ignore[arg-type]
            date=key[2],
            places=tuple(places.get(key, ())),
            figures=tuple(_to_figure(text, f, made) for f in _dedupe(groups[key])),
            damage=tuple(damage.get(key, ())),
        )
        for key in order
    )
    return found, notes


def _damage(
    lex: Lexicon,
    text: str,
    infos: list[SentenceInfo],
    figs: list[Fig],
    order: list[Key],
    places: dict[Key, list[str]],
    main_date: dict[str, dt.date | None],
    default: str,
    made: dict[int, Evidence],
) -> dict[Key, list[Damage]]:
    """What was hit, by report: each damaged object goes to the report of its place's side
    (else its sentence's) and night; one of an earlier night without a report of its own is
    background and left out. One kind, detail and place is stated once per report."""
    out: dict[Key, list[Damage]] = {}
    if not order:
        return out
    r, nr = lex.damage, lex.numbers
    found = damage_in_article(r, nr, text, infos)
    if not found:
        return out
    fig_side = {id(f.sentence): f.side for f in figs}
    para_date = _para_dates(lex, text, infos, {infos[k].s.paragraph for k, _ in found})
    kept: dict[Key, list[tuple[Dmg, str | None, int]]] = {}
    for k, d in found:
        info = infos[k]
        mention = place_of(info, infos, k, d.start)
        side = mention.place.country if mention is not None else fig_side.get(id(info.s)) or default
        night = _night(main_date.get(side or default), para_date, info.s)
        key = _report_of(order, side, night, night == main_date.get(side or default))
        if key is None:
            continue  # another night's, or a side without a report
        place = mention.place.name if mention is not None else None
        mine = kept.setdefault(key, [])
        same = -1
        for i, (e, p, _) in enumerate(mine):
            if same_object(e, d) and _same_place(p, place):
                same = i
                break
        if same < 0:
            mine.append((d, place, k))
            continue
        e, p, ek = mine[same]  # one object stated twice: keep what either statement gives
        if e.count is None and d.count is not None:
            e.count = d.count
        mine[same] = (e, p or place, ek)
    for key, mine in kept.items():
        out[key] = [
            _to_damage(lex, text, infos, k, d, place or _only(places.get(key, ())), key[1], made)
            for d, place, k in mine
            if not _part_of(d, place, mine)
        ]
    return out


def _report_of(order: list[Key], side: str | None, night: dt.date | None, main: bool) -> Key | None:
    """The report of ``side`` and ``night``; else, for the side's main night, its first."""
    first: Key | None = None
    for o in order:
        if o[1] == side:
            if o[2] == night:
                return o
            if first is None:
                first = o
    return first if main else None


# Kinds whose object an unnamed plant or enterprise at its place most likely is ("a fire on
# the territory of an enterprise" beside "the Ryazan refinery").
_PLANT_KINDS = frozenset({("oil_gas", "refinery"), ("oil_gas", "depot"), ("energy", "generation")})


def _part_of(d: Dmg, place: str | None, mine: list[tuple[Dmg, str | None, int]]) -> bool:
    """An industrial object at the place of a refinery, depot or power plant of the same
    report is that plant, not another object."""
    return (
        d.kind == "industry"
        and place is not None
        and any((e.kind, e.detail) in _PLANT_KINDS and _same_place(p, place) for e, p, _ in mine)
    )


def _only(places: Sequence[str]) -> str | None:
    return places[0] if len(places) == 1 else None


def _to_damage(
    lex: Lexicon,
    text: str,
    infos: list[SentenceInfo],
    k: int,
    d: Dmg,
    place: str | None,
    side: str | None,
    made: dict[int, Evidence],
) -> Damage:
    return Damage(
        kind=d.kind,
        detail=d.detail,
        count=d.count,
        place=place,
        claimant=claimant_of(infos[k], side, d.start) or carried_claim(lex.claims, infos, k),
        evidence=_evidence(text, infos[k].s, made),
    )


def _shown(number: str) -> str:
    """A number as written, cut when it is very long."""
    return number if len(number) <= 24 else f"{number[:12]}... ({len(number):,} characters)"


def _sentence_infos(
    lex: Lexicon, text: str, sents: list[Sentence], ref: dt.date | None
) -> list[SentenceInfo]:
    sr = lex.sides
    metonymy, before, before_keys = sr.metonymy, sr.metonymy_before, sr.metonymy_before_keys
    all_places = [
        p
        for p in find_places(lex.places, text)
        if not metonymy.match(text, p.end)
        and not (
            before_keys.within(text, max(0, p.start - 40), p.start)
            and before.search(text, max(0, p.start - 40), p.start)
        )
    ]
    all_nums = number_matches(lex.numbers, text)
    infos: list[SentenceInfo] = []
    ni = pi = 0
    last_dl_para = -1
    dl_end = -1
    for s in sents:
        while pi < len(all_places) and all_places[pi].start < s.start:
            pi += 1
        j = pi
        places: list[PlaceMention] = []
        while j < len(all_places) and all_places[j].start < s.end:
            places.append(all_places[j])
            j += 1
        # places after "launched from" are launch sites, not targets
        site = launch_site(lex.sides, text, s.start, s.end) if places else None
        if site:
            places = [p for p in places if not site[0] <= p.start < site[1]]
        if s.paragraph != last_dl_para:
            last_dl_para = s.paragraph
            dl_end = dateline_end(lex.dates, text, s.start)
        while ni < len(all_nums) and all_nums[ni].start() < s.start:
            ni += 1
        nj = ni
        while nj < len(all_nums) and all_nums[nj].start() < s.end:
            nj += 1
        infos.append(SentenceInfo(lex, text, s, places, ref, dl_end, all_nums[ni:nj]))
    return infos


def _figures(
    lex: Lexicon, text: str, infos: list[SentenceInfo]
) -> tuple[list[Fig], dict[int, Fig]]:
    """Every figure of the article, background ones dropped."""
    figs: list[Fig] = []
    by_id: dict[int, Fig] = {}
    prev_weapon: str | None = None
    para_figs: list[Fig] = []
    last_para = -1
    for info in infos:
        if info.s.paragraph != last_para:
            para_figs = para_figs[-3:] if figs and figs[-1].sentence.paragraph == last_para else []
            last_para = info.s.paragraph
        new = figures_in_sentence(lex, text, info, para_figs, prev_weapon)
        if new and info.bg_spans:
            new = [f for f in new if not in_background(text, info, f)]
        for f in new:
            by_id[id(f)] = f
        figs.extend(new)
        para_figs.extend(new)
        for f in new:
            if f.weapon:
                prev_weapon = f.weapon
    return figs, by_id


def _most(counts: dict[str, int]) -> str | None:
    """The side counted most often (the first counted of those tied), None for none."""
    best: str | None = None
    for side, n in counts.items():
        if best is None or n > counts[best]:
            best = side
    return best


def _sides(
    lex: Lexicon, figs: list[Fig], infos: list[SentenceInfo], by_id: dict[int, Fig]
) -> tuple[str, list[str], dict[str, int]]:
    """Sets every figure's target side; returns the article's default side, the sides
    named in the lead without figures, and the lead's attack sentences by side."""
    info_of = {id(i.s): i for i in infos}
    for f in figs:
        resolve_side(lex.sides, f, info_of[id(f.sentence)], by_id)
    known = [f.side for f in figs if f.side]
    # Attacks named in the lead, with or without figures ("an aerial assault on Kyiv"),
    # counted by side only when needed: no figure says who was attacked, or a side named in
    # the lead has no figure.
    lead = infos[:LEAD_SENTENCES]
    figure_sides = set(known)
    uncovered = [
        side for side in ("UA", "RU") if side not in figure_sides and side_has_places(lead, side)
    ]
    attack_sides = lead_attack_sides(lead) if uncovered or not known else {}
    counts: dict[str, int] = {}
    for side in known:
        counts[side] = counts.get(side, 0) + 1
    default = _most(counts) or _most(attack_sides) or "UA"
    prev_side: str | None = None
    prev_para = -1
    for f in figs:
        if f.side is None:
            if prev_side and f.sentence.paragraph == prev_para:
                f.side = prev_side
            else:
                f.side = default
        prev_side, prev_para = f.side, f.sentence.paragraph
    return default, uncovered, attack_sides


def _claims_and_places(lex: Lexicon, text: str, figs: list[Fig], infos: list[SentenceInfo]) -> None:
    """Sets every figure's claimant and place."""
    r = lex.claims
    source = r.source_line.search(text) if r.source_word in text else None  # a quick "no"
    source_claim: str | None = None
    if source:
        src_info = next((i for i in infos if i.s.start <= source.start() < i.s.end), None)
        if src_info and src_info.claims:
            source_claim = src_info.claims[0].name
    info_of = {id(i.s): i for i in infos}
    index_of = {id(i.s): k for k, i in enumerate(infos)}
    toll_places: dict[str | None, set[str]] = {}  # side -> places of its casualty figures
    for f in figs:
        info = info_of[id(f.sentence)]
        near = [c for c in info.claims if c.side in (None, f.side)]
        if near:
            f.claimant = min(near, key=lambda c: abs(c.start - f.num_start)).name
        else:
            f.claimant = carried_claim(r, infos, index_of[id(f.sentence)]) or source_claim
        f.place = _figure_place(lex, f, info, infos, index_of[id(f.sentence)])
        if f.metric in CASUALTY_METRICS:
            national = COUNTRY_NAME.get(f.side or "")
            earlier = toll_places.setdefault(f.side, set())
            if (
                f.place == national
                and len(earlier) == 1
                and not any(p.place.kind == "country" for p in info.places)
            ):
                # a toll with no place of its own, in a story whose tolls all lie in one
                # place, is that place's ("Lysak had given a figure of nine dead")
                f.place = next(iter(earlier))
            elif f.place and f.place != national:
                earlier.add(f.place)


def _best_phrase(lex: Lexicon, text: str, phrases: list[DatePhrase]) -> DatePhrase | None:
    """The phrase that dates the attack: the most specific kind; among weekdays, those not
    attached to a reporting verb ("officials said on Monday"), and the latest of a span
    ("between 11 p.m. on Monday and 6 a.m. on Tuesday")."""
    usable = [p for p in phrases if p.date is not None]
    if not usable:
        return None
    rank = min(RANK[p.kind] for p in usable)
    best = [p for p in usable if RANK[p.kind] == rank]
    if len(best) > 1:
        reported = lex.dates.reported_on
        own = [p for p in best if not reported.search(text, max(0, p.start - 20), p.start)]
        best = own or best
        return max(best, key=lambda p: p.date or dt.date.min)
    return best[0]


def _prose_ranks(text: str, infos: list[SentenceInfo]) -> dict[int, int]:
    """Each paragraph's rank among the paragraphs that hold words: a page's time stamp
    ("09:38 05.04.2025") or a row of figures is no paragraph of the story's lead."""
    ranks: dict[int, int] = {}
    for info in infos:
        p = info.s.paragraph
        if p not in ranks and any(c.isalpha() for c in text[info.s.start : info.s.end]):
            ranks[p] = len(ranks)
    return ranks


def _dates(
    lex: Lexicon,
    text: str,
    figs: list[Fig],
    infos: list[SentenceInfo],
    ref: dt.date | None,
    default: str,
) -> dict[str, dt.date | None]:
    """Sets every figure's date; returns the night of each side.

    The night of each side: the first dated attack sentence of the lead or of a sentence
    holding that side's figures; the reference date otherwise."""
    main_date: dict[str, dt.date | None] = {"UA": ref, "RU": ref}
    fig_side = {id(f.sentence): f.side for f in figs}
    found: set[str] = set()
    lead = _prose_ranks(text, infos)
    for k, info in enumerate(infos):
        if k >= LEAD_SENTENCES and id(info.s) not in fig_side:
            continue
        if (id(info.s) not in fig_side and not info.attack) or info.background:
            continue
        if fig_side.get(id(info.s)) in found:
            continue  # the night of this sentence's side is known already
        best = _best_phrase(lex, text, info.phrases)
        if best is None or (best.explicit and lead.get(info.s.paragraph, 0) > 2):
            continue
        side = fig_side.get(id(info.s)) or sentence_side(info, default)
        if side in main_date and side not in found:
            main_date[side] = best.date
            found.add(side)
            if len(found) == 2:
                break
    para_date = _para_dates(lex, text, infos, {f.sentence.paragraph for f in figs})
    for f in figs:
        f.date = _night(main_date.get(f.side or default), para_date, f.sentence)
    return main_date


ParaDates = dict[int, tuple[int, dt.date | None]]


def _para_dates(lex: Lexicon, text: str, infos: list[SentenceInfo], paras: set[int]) -> ParaDates:
    """A paragraph that opens an earlier night ("On 20 May, Russia attacked ...") holds
    statements of that night from that sentence on: (sentence start, its date; None for
    the night before), by paragraph, for the paragraphs ``paras``."""
    para_date: ParaDates = {}
    for info in infos:
        if info.s.paragraph not in paras or info.s.paragraph in para_date:
            continue
        if not may_name_day(lex.dates, text, info.s.start, info.s.end) or info.background:
            continue  # (a background date, "since 24 February 2022", opens no night)
        for p in info.phrases:
            if (p.explicit and p.date is not None) or p.kind == "previous_night":
                para_date[info.s.paragraph] = (info.s.start, p.date)
                break
    return para_date


def _night(md: dt.date | None, para_date: ParaDates, s: Sentence) -> dt.date | None:
    """The night a statement of sentence ``s`` is about: its side's, or its paragraph's."""
    pd = para_date.get(s.paragraph)
    if pd and pd[0] <= s.start and md:
        if pd[1] is None:
            return shift(md, -1)
        if md > dt.date.min and pd[1] < md - dt.timedelta(days=1):
            return pd[1]
    return md


def _side_places(info: SentenceInfo, side: str | None) -> list[PlaceMention]:
    """The places of a sentence in the country of ``side``, and the seas (no one's)."""
    return [
        p
        for p in info.places
        if side in ("UA", "RU")
        and (p.place.country == side or p.place.kind == "water")
        and p.place.kind != "country"
    ]


def _figure_place(
    lex: Lexicon, f: Fig, info: SentenceInfo, infos: list[SentenceInfo], idx: int
) -> str | None:
    if f.fixed_place:
        return f.fixed_place
    national = COUNTRY_NAME.get(f.side or "")
    cands = _side_places(info, f.side)
    if cands:
        # a place after the next number belongs to that number ("26 drones, including 11
        # over the Rostov region"); one search for that number, however many places follow
        after = [p for p in cands if f.num_end <= p.start]
        if after:
            limit = next_number(lex.numbers, info.text, f.num_end, info.s.end)
            after = [p for p in after if p.start <= limit]
        before = [p for p in cands if p.start < f.num_start]
        if not after and not before:
            return national if f.metric in WEAPON_METRICS else cands[0].place.name
        pick = min(after, key=lambda p: p.start - f.num_end) if after else before[-1]
        return pick.place.name
    if f.metric in WEAPON_METRICS:
        return national
    # casualties: the latest place of that side named earlier in the paragraph
    for prev in reversed(infos[max(0, idx - 3) : idx]):
        if prev.s.paragraph != info.s.paragraph:
            break
        ps = _side_places(prev, f.side)
        if ps:
            return ps[-1].place.name
    return national


def _paragraph_keys(infos: list[SentenceInfo], fig_key: dict[int, Key]) -> dict[int, list[Key]]:
    """The reports each paragraph's figures belong to."""
    out: dict[int, list[Key]] = {}
    for info in infos:
        fk = fig_key.get(id(info.s))
        if fk is not None and fk not in out.setdefault(info.s.paragraph, []):
            out[info.s.paragraph].append(fk)
    return out


def _report_places(
    infos: list[SentenceInfo], order: list[Key], groups: dict[Key, list[Fig]]
) -> dict[Key, list[str]]:
    out: dict[Key, list[str]] = {k: [] for k in order}
    fig_key: dict[int, Key] = {}
    for k, fs in groups.items():
        for f in fs:
            fig_key[id(f.sentence)] = k
    # a sentence without figures: the report of the figures of its paragraph
    para_keys: dict[int, list[Key]] | None = None  # made when first needed
    for info in infos:
        if not info.places or not (id(info.s) in fig_key or info.attack) or info.background:
            continue
        for p in info.places:
            side = p.place.country
            key = fig_key.get(id(info.s))
            if key is None:
                if para_keys is None:
                    para_keys = _paragraph_keys(infos, fig_key)
                near = [k for k in para_keys.get(info.s.paragraph, ()) if k[1] == side]
                key = near[0] if len(near) == 1 else None
            if p.place.kind == "water":  # a sea joins the report its sentence is about
                if key is None and len(order) == 1:
                    key = order[0]
            elif side not in ("UA", "RU") or p.place.kind == "country":
                continue
            elif key is None or key[1] != side:
                key = next((k for k in order if k[1] == side), None)
            if key is None:
                continue
            if p.place.name not in out[key]:
                out[key].append(p.place.name)
    return out


_NATIONAL = frozenset(COUNTRY_NAME.values())


def _same_place(a: str | None, b: str | None) -> bool:
    """Two statements of a figure agree on place when the places are equal, one is
    national or unknown, or one lies inside the other (a Kyiv district and Kyiv)."""
    if a == b or a is None or b is None or a in _NATIONAL or b in _NATIONAL:
        return True
    return _inside(a, b) or _inside(b, a)


def _inside(inner: str, outer: str) -> bool:
    place = lookup(inner)
    for _ in range(3):
        if place is None or place.parent is None:
            return False
        if place.parent == outer:
            return True
        place = lookup(place.parent)
    return False


def _dedupe(figs: list[Fig]) -> list[Fig]:
    """One figure stated twice (headline, lead, body) is one figure; and "a man was killed"
    beside "two people were killed" is a detail of that toll, not a toll of its own."""
    figs = [
        f
        for f in figs
        if not f.single
        or not any(
            g.metric == f.metric and g.value > 1 and not g.single and _same_place(g.place, f.place)
            for g in figs
        )
    ]
    figs = [  # "22 injured ... five injured people were hospitalised": a part told again
        f
        for f in figs
        if not f.restated
        or not any(
            g.metric == f.metric
            and g.value > f.value
            and not g.restated
            and abs(g.sentence.paragraph - f.sentence.paragraph) <= 1
            and g.place is not None
            and f.place is not None
            and (g.place == f.place or _inside(f.place, g.place))
            for g in figs
        )
    ]
    kept: list[Fig] = []
    seen: dict[tuple[str, str, int], list[Fig]] = {}
    for f in figs:
        key = (f.metric, WEAPON_FAMILY.get(f.weapon or "", "none"), f.value)
        same = seen.setdefault(key, [])
        dup = False
        for k in same:
            if _same_place(k.place, f.place):
                dup = not (
                    k.sentence is f.sentence
                    and k.num_start != f.num_start
                    and not (k.derived or f.derived)
                )  # two separate counts in one sentence are two figures
                break
        if not dup:
            kept.append(f)
            same.append(f)
    return kept


def _evidence(text: str, s: Sentence, made: dict[int, Evidence]) -> Evidence:
    """The evidence of a statement of sentence ``s``: one per sentence (``made``)."""
    ev = made.get(s.start)
    if ev is None:
        ev = made[s.start] = Evidence(s.start, s.end, text[s.start : s.end])
    return ev


def _to_figure(text: str, f: Fig, made: dict[int, Evidence]) -> Figure:
    return Figure(
        metric=f.metric,
        weapon=f.weapon if f.metric in WEAPON_METRICS else None,
        value=f.value,
        qualifier=f.qualifier,  # type: ignore[arg-type]
        place=f.place,
        claimant=f.claimant,
        evidence=_evidence(text, f.sentence, made),
    )


__all__ = ["LEAD_SENTENCES", "reports"]
