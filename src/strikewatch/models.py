"""Typed, frozen records that flow through the pipeline.

``Article`` goes in, ``Report`` (holding ``Figure`` with ``Evidence``) comes out. Their
``to_dict`` methods give exactly the shapes of ``shared/eval/FORMAT.md`` section 2.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Side = Literal["RU", "UA"]
Metric = str  # one of patterns.CORE_METRICS or patterns.EXTRA_METRICS
Weapon = str  # one of patterns.WEAPON_CLASSES
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
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
class Report:
    """What one article says about one attack: one attacker, one target, one night."""

    attacker: Side | None
    target: Side | None
    date: dt.date | None
    places: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "attacker": self.attacker,
            "target": self.target,
            "date": self.date.isoformat() if self.date else None,
            "places": list(self.places),
            "figures": [f.to_dict() for f in self.figures],
        }


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """The extractor's answer for one article: FORMAT.md section 2's per-article object."""

    id: str
    reports: tuple[Report, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "reports": [r.to_dict() for r in self.reports]}
