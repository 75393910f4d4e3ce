"""Typed, frozen records that flow through the pipeline.

``Article`` goes in, ``Report`` (holding ``Figure`` with ``Evidence``) comes out. Their
``to_dict`` methods give exactly the shapes of ``shared/eval/FORMAT.md`` section 2.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from strikewatch.vocab import Side

Metric = str  # one of vocab.CORE_METRICS or vocab.EXTRA_METRICS
Weapon = str  # one of vocab.WEAPON_CLASSES
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article. Only ``text`` is required."""

    text: str
    id: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    # ISO 639-1 code of the text ("en", "uk", "ru"), from the input or identified; None
    # until known (FORMAT.md section 1)
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "lang": self.lang,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """Offsets into ``Article.text``; ``text == article.text[start:end]`` always holds."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Figure:
    """One quantity the text states about an attack."""

    metric: Metric
    weapon: Weapon | None
    value: int
    qualifier: Qualifier
    place: str | None
    claimant: str | None
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "weapon": self.weapon,
            "value": self.value,
            "qualifier": self.qualifier,
            "place": self.place,
            "claimant": self.claimant,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Damage:
    """An object struck or damaged (docs/damage.md): its kind (``vocab.DAMAGE_KINDS``), an
    optional detail (``vocab.DAMAGE_DETAILS``), the count when the text states one."""

    kind: str
    detail: str | None
    count: int | None
    place: str | None
    claimant: str | None
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "detail": self.detail,
            "count": self.count,
            "place": self.place,
            "claimant": self.claimant,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """What one article says about one attack: one attacker, one target, one night."""

    attacker: Side | None
    target: Side | None
    date: dt.date | None
    places: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = field(default_factory=tuple)
    # what was hit: an extra field of the output, which the fact scores ignore
    damage: tuple[Damage, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "attacker": self.attacker,
            "target": self.target,
            "date": self.date.isoformat() if self.date else None,
            "places": list(self.places),
            "figures": [f.to_dict() for f in self.figures],
            "damage": [d.to_dict() for d in self.damage],
        }


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """The extractor's answer for one article: FORMAT.md section 2's per-article object."""

    id: str
    reports: tuple[Report, ...]
    # the language the article was read in, and what was left out and why (notes): not
    # part of the FORMAT.md output
    lang: str | None = None
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "reports": [r.to_dict() for r in self.reports]}


# --------------------------------------------------------------------------- events
# An event is one attacker striking one target on one date, reconciled from many reports
# (``reconcile.build_event``). Every figure keeps the claims behind it.


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure as one article states it, with where it came from."""

    figure_id: int  # store row of the figure
    article_id: int  # store row of the article
    article_ref: str  # the article's own id
    source_id: int  # the original article this one is a syndicated copy of (or itself)
    outlet: str | None
    published: dt.date | None
    metric: Metric
    weapon: Weapon | None
    place: str | None
    value: int
    qualifier: Qualifier
    claimant: str | None
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {
            "figure_id": self.figure_id,
            "article_id": self.article_id,
            "article": self.article_ref,
            "source_id": self.source_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "value": self.value,
            "qualifier": self.qualifier,
            "claimant": self.claimant,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Revision:
    """A value a figure had at a time: tolls rise across articles."""

    published: dt.date | None
    value: int
    qualifier: Qualifier
    figure_id: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "published": self.published.isoformat() if self.published else None,
            "value": self.value,
            "qualifier": self.qualifier,
            "figure_id": self.figure_id,
        }


@dataclass(frozen=True, slots=True)
class EventFigure:
    """The headline value of one (metric, weapon, place) of an event and every claim."""

    metric: Metric
    weapon: Weapon | None
    place: str | None
    value: int
    qualifier: Qualifier
    claimant: str | None
    rule: str  # why this claim is the headline
    headline_figure_id: int
    claims: tuple[Claim, ...]
    conflict: bool = False
    revisions: tuple[Revision, ...] = ()
    national: bool = True  # a country-wide total, not a per-place impact

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "weapon": self.weapon,
            "place": self.place,
            "value": self.value,
            "qualifier": self.qualifier,
            "claimant": self.claimant,
            "rule": self.rule,
            "national": self.national,
            "conflict": self.conflict,
            "claims": [c.to_dict() for c in self.claims],
            "revisions": [r.to_dict() for r in self.revisions],
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    """Independent sources that disagree about one figure beyond what qualifiers allow."""

    metric: Metric
    weapon: Weapon | None
    place: str | None
    figure_ids: tuple[int, int]
    values: tuple[str, str]  # as stated: "at least 20", "23"
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "weapon": self.weapon,
            "place": self.place,
            "figure_ids": list(self.figure_ids),
            "values": list(self.values),
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """Outcomes of one weapon class: launched vs intercepted + suppressed + hit."""

    weapon: Weapon
    launched: int | None
    intercepted: int | None
    suppressed: int | None
    hit: int | None
    residual: int | None  # launched minus the outcomes; None without a launch figure
    inconsistent: bool  # outcomes exceed launches

    def to_dict(self) -> dict[str, Any]:
        return {
            "weapon": self.weapon,
            "launched": self.launched,
            "intercepted": self.intercepted,
            "suppressed": self.suppressed,
            "hit": self.hit,
            "residual": self.residual,
            "inconsistent": self.inconsistent,
        }


@dataclass(frozen=True, slots=True)
class SummaryRef:
    """A number in the generated summary and the event figure it comes from."""

    text: str
    metric: Metric
    weapon: Weapon | None
    place: str | None
    figure_ids: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "metric": self.metric,
            "weapon": self.weapon,
            "place": self.place,
            "figure_ids": list(self.figure_ids),
        }


@dataclass(frozen=True, slots=True)
class DamageClaim:
    """One damaged object as one article states it (a ``damage`` row of the store)."""

    damage_id: int
    article_id: int
    article_ref: str
    source_id: int  # the original article this one is a syndicated copy of (or itself)
    outlet: str | None
    published: dt.date | None
    count: int | None
    claimant: str | None
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {
            "damage_id": self.damage_id,
            "article_id": self.article_id,
            "article": self.article_ref,
            "source_id": self.source_id,
            "outlet": self.outlet,
            "published": self.published.isoformat() if self.published else None,
            "count": self.count,
            "claimant": self.claimant,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class EventDamage:
    """What an event hit of one kind (and detail) at one place, with every claim; ``count``
    is the largest count a claim states (None when none states one)."""

    kind: str
    detail: str | None
    place: str | None
    count: int | None
    claims: tuple[DamageClaim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "detail": self.detail,
            "place": self.place,
            "count": self.count,
            "sources": len({c.source_id for c in self.claims}),
            "claims": [c.to_dict() for c in self.claims],
        }

    def label(self) -> str:
        """ "energy (substation), 2, in Kharkiv": the kind, detail, count and place."""
        out = self.kind + (f" ({self.detail})" if self.detail else "")
        if self.count is not None:
            out += f", {self.count}"
        return out + (f", in {self.place}" if self.place else "")


@dataclass(frozen=True, slots=True)
class Event:
    """One attacker striking one target on one date, with every claim side by side."""

    slug: str  # "2024-09-12-RU-UA"
    attacker: Side | None
    target: Side | None
    date: dt.date
    figures: tuple[EventFigure, ...]
    ledger: tuple[LedgerRow, ...]
    conflicts: tuple[Conflict, ...]
    places: tuple[str, ...]
    articles: int
    sources: int  # independent sources: syndicated copies count once
    summary: str
    summary_refs: tuple[SummaryRef, ...] = ()
    id: int | None = None
    damage: tuple[EventDamage, ...] = ()  # what was hit (docs/damage.md)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "slug": self.slug,
            "attacker": self.attacker,
            "target": self.target,
            "date": self.date.isoformat(),
            "places": list(self.places),
            "articles": self.articles,
            "sources": self.sources,
            "summary": self.summary,
            "summary_refs": [r.to_dict() for r in self.summary_refs],
            "figures": [f.to_dict() for f in self.figures],
            "ledger": [row.to_dict() for row in self.ledger],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "damage": [d.to_dict() for d in self.damage],
        }
