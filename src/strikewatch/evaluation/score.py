"""Score extractor output against gold annotations (``shared/eval/FORMAT.md`` section 5).

Both sides are plain JSON dicts: the per-article output objects ``{"id", "reports"}`` of the
extractor and gold files ``{"id", "published", "reports"}``, each keyed by article id.

Facts
    Every figure with one of the six core metrics (launched, intercepted, suppressed, hit,
    killed, injured) becomes a fact ``(attacker, metric, weapon family, value)``, where the
    attacker is that of the figure's report and the weapon family is ``drone``, ``missile``
    (missile, cruise_missile, ballistic_missile), ``guided_bomb``, ``any`` or ``none`` (null).
    Other metrics are ignored. An unknown weapon class is its own family.

Matching (per article, multiset)
    A predicted fact matches at most one unmatched gold fact with the same tuple. Among the
    candidates a required gold fact is preferred to an optional one (which maximises true
    positives), then the one agreeing on most of exact weapon, qualifier and place, then the
    one in a report with the same target, then document order. Matching a required fact is a
    true positive, matching an optional one counts nowhere, an unmatched predicted fact is a
    false positive and an unmatched required gold fact a false negative. Precision, recall
    and F1 are micro-averaged over the corpus; precision (recall) is 1.0 when nothing was
    predicted (nothing was to be found), and F1 is 0.0 when precision + recall is 0.

Secondary figures
    Weapon class, qualifier (a missing qualifier means ``exact``) and place accuracy are
    computed over *all* matched pairs, those with an optional gold fact included: the
    extractor stated the figure and the annotators accept it, so how well it was classified
    is as informative as for a required one. Places compare case- and space-insensitively;
    two null places agree.

Reports
    Each gold report is aligned to the predicted report with the same attacker and target
    that shares the most matched pairs (required and optional) with it; ties go to the
    earliest predicted report, and several gold reports may align to the same predicted one.
    A gold report without any predicted report of its attacker/target is unaligned. Date
    accuracy is taken over gold reports with a non-null date (unaligned ones count as wrong);
    place recall is found/total over the distinct places of all gold reports (unaligned ones
    find nothing).

An article with a gold file but no prediction predicted nothing; predictions for articles
without a gold file are ignored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from strikewatch import vocab
from strikewatch.errors import EvaluationError

__all__ = [
    "CORE_METRICS",
    "DamageScore",
    "EvaluationResult",
    "FactDiff",
    "format_text",
    "load_gold_dir",
    "score",
    "weapon_family",
    "with_damage",
]

CORE_METRICS: frozenset[str] = frozenset(vocab.CORE_METRICS)

_FAMILIES: dict[str | None, str] = {None: "none"}
_FAMILIES.update(vocab.WEAPON_FAMILY)

_EVIDENCE_WIDTH = 80


def weapon_family(weapon: str | None) -> str:
    """The scoring family of a weapon class; an unknown class is its own family."""
    family = _FAMILIES.get(weapon)
    if family is not None:
        return family
    return weapon if weapon is not None else "none"


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class FactDiff:
    """A fact listed in a diff: a required gold fact missed, or a predicted fact in excess."""

    article_id: str
    attacker: str | None
    metric: str
    weapon: str | None
    value: int
    qualifier: str
    place: str | None
    evidence_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "attacker": self.attacker,
            "metric": self.metric,
            "weapon": self.weapon,
            "value": self.value,
            "qualifier": self.qualifier,
            "place": self.place,
            "evidence_text": self.evidence_text,
        }


@dataclass(frozen=True)
class EvaluationResult:
    """Corpus-level scores; secondary figures are None when their denominator is 0."""

    articles: int
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    weapon_accuracy: float | None
    qualifier_accuracy: float | None
    place_accuracy: float | None
    date_accuracy: float | None
    place_recall: float | None
    dated_reports: int
    missed: tuple[FactDiff, ...] = ()
    extra: tuple[FactDiff, ...] = ()
    # what was hit, scored only over articles whose gold reports carry ``damage``
    damage: DamageScore | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with every ratio rounded to 4 decimals."""
        return {
            **({"damage": self.damage.to_dict()} if self.damage is not None else {}),
            **_counts(
                self.articles, self.tp, self.fp, self.fn, self.precision, self.recall, self.f1
            ),
            "weapon_accuracy": _round(self.weapon_accuracy),
            "qualifier_accuracy": _round(self.qualifier_accuracy),
            "place_accuracy": _round(self.place_accuracy),
            "date_accuracy": _round(self.date_accuracy),
            "dated_reports": self.dated_reports,
            "place_recall": _round(self.place_recall),
            "missed": [d.to_dict() for d in self.missed],
            "extra": [d.to_dict() for d in self.extra],
        }


@dataclass(frozen=True)
class DamageScore:
    """Damage-kind precision and recall: per aligned report, the multiset of kinds; a kind
    of a predicted report no gold report aligns to is a false positive."""

    articles: int
    tp: int
    fp: int
    fn: int
    missed: tuple[tuple[str, str], ...] = ()  # (article id, kind)
    extra: tuple[tuple[str, str, str | None], ...] = ()  # (article id, kind, evidence)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return _counts(
            self.articles, self.tp, self.fp, self.fn, self.precision, self.recall, self.f1
        )


def _counts(
    articles: int, tp: int, fp: int, fn: int, precision: float, recall: float, f1: float
) -> dict[str, Any]:
    """The counts and ratios every score reports, ratios rounded to 4 decimals."""
    return {
        "articles": articles,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": _round(precision),
        "recall": _round(recall),
        "f1": _round(f1),
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class _Fact:
    report: int
    attacker: str | None
    target: str | None
    metric: str
    weapon: str | None
    value: int
    qualifier: str
    place: str | None
    optional: bool
    evidence_text: str | None

    @property
    def key(self) -> tuple[str | None, str, str, int]:
        return (self.attacker, self.metric, weapon_family(self.weapon), self.value)

    def diff(self, article_id: str) -> FactDiff:
        return FactDiff(
            article_id=article_id,
            attacker=self.attacker,
            metric=self.metric,
            weapon=self.weapon,
            value=self.value,
            qualifier=self.qualifier,
            place=self.place,
            evidence_text=self.evidence_text,
        )


@dataclass(frozen=True)
class _Report:
    attacker: str | None
    target: str | None
    date: str | None
    places: tuple[str, ...]
    # the kinds of its damage list; None when the report has no ``damage`` field
    kinds: tuple[tuple[str, str | None], ...] | None = None


def _opt_str(obj: Mapping[str, Any], field: str, where: str, side: str) -> str | None:
    value = obj.get(field)
    if value is None or isinstance(value, str):
        return value
    raise EvaluationError(
        f"{side} field {field!r} must be a string or null, not {type(value).__name__}",
        where=where,
    )


def _parse_article(
    article_id: str, obj: Mapping[str, Any] | None, *, gold: bool
) -> tuple[list[_Report], list[_Fact]]:
    """The reports and core facts of one article object (gold or predicted)."""
    side = "gold" if gold else "prediction"
    where = f"article {article_id}"
    if obj is None:
        return [], []
    if not isinstance(obj, Mapping):
        raise EvaluationError(f"{side} is not a JSON object", where=where)
    raw_reports = obj.get("reports")
    if raw_reports is None:
        raw_reports = []
    if not isinstance(raw_reports, list):
        raise EvaluationError(f"{side} 'reports' is not a list", where=where)
    reports: list[_Report] = []
    facts: list[_Fact] = []
    for r_index, raw in enumerate(raw_reports):
        if not isinstance(raw, Mapping):
            raise EvaluationError(f"{side} report {r_index} is not a JSON object", where=where)
        attacker = _opt_str(raw, "attacker", where, side)
        target = _opt_str(raw, "target", where, side)
        raw_places = raw.get("places") or []
        if not isinstance(raw_places, list) or not all(isinstance(p, str) for p in raw_places):
            raise EvaluationError(
                f"{side} report {r_index}: 'places' is not a list of strings", where=where
            )
        date = raw.get("date")
        reports.append(
            _Report(
                attacker=attacker,
                target=target,
                date=str(date) if date not in (None, "") else None,
                places=tuple(raw_places),
                kinds=_kinds(raw.get("damage")),
            )
        )
        raw_figures = raw.get("figures") or []
        if not isinstance(raw_figures, list):
            raise EvaluationError(f"{side} report {r_index}: 'figures' is not a list", where=where)
        for f_index, fig in enumerate(raw_figures):
            if not isinstance(fig, Mapping):
                raise EvaluationError(
                    f"{side} report {r_index} figure {f_index} is not a JSON object", where=where
                )
            value = fig.get("value")
            if not isinstance(value, int) or isinstance(value, bool):
                raise EvaluationError(
                    f"{side} report {r_index} figure {f_index} has a non-integer value {value!r}",
                    where=where,
                    hint="figure values must be JSON integers",
                )
            metric = fig.get("metric")
            if not isinstance(metric, str) or metric not in CORE_METRICS:
                continue
            evidence = fig.get("evidence")
            evidence_text = evidence.get("text") if isinstance(evidence, Mapping) else None
            facts.append(
                _Fact(
                    report=r_index,
                    attacker=attacker,
                    target=target,
                    metric=metric,
                    weapon=_opt_str(fig, "weapon", where, side),
                    value=value,
                    qualifier=_opt_str(fig, "qualifier", where, side) or "exact",
                    place=_opt_str(fig, "place", where, side),
                    optional=gold and fig.get("optional") is True,
                    evidence_text=evidence_text if isinstance(evidence_text, str) else None,
                )
            )
    return reports, facts


def _kinds(raw: object) -> tuple[tuple[str, str | None], ...] | None:
    """The (kind, evidence text) of each entry of a report's damage list; malformed
    entries are skipped (the field is an extra that fact scoring never reads)."""
    if not isinstance(raw, list):
        return None
    out: list[tuple[str, str | None]] = []
    for d in raw:
        if isinstance(d, Mapping) and isinstance(d.get("kind"), str):
            ev = d.get("evidence")
            text = ev.get("text") if isinstance(ev, Mapping) else None
            out.append((d["kind"], text if isinstance(text, str) else None))
    return tuple(out)


def _norm_place(place: str | None) -> str | None:
    return None if place is None else " ".join(place.split()).casefold()


def _norm_date(date: str) -> str:
    text = date.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return text


# --------------------------------------------------------------------------- matching


def _match(pred: Sequence[_Fact], gold: Sequence[_Fact]) -> list[tuple[int, int]]:
    """Multiset matching of predicted to gold facts: (pred index, gold index) pairs."""
    by_key: dict[tuple[str | None, str, str, int], tuple[list[int], list[int]]] = defaultdict(
        lambda: ([], [])
    )
    for i, fact in enumerate(pred):
        by_key[fact.key][0].append(i)
    for j, fact in enumerate(gold):
        by_key[fact.key][1].append(j)

    pairs: list[tuple[int, int]] = []
    for p_indices, g_indices in by_key.values():
        if not p_indices or not g_indices:
            continue
        # All facts under one key are mutually compatible, so a greedy pick over candidate
        # pairs sorted with required gold first yields min(#pred, #required) true positives.
        candidates = sorted(
            ((p, g) for p in p_indices for g in g_indices),
            key=lambda pg: (
                gold[pg[1]].optional,
                -_agreement(pred[pg[0]], gold[pg[1]]),
                pred[pg[0]].target != gold[pg[1]].target,
                pg[0],
                pg[1],
            ),
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for p, g in candidates:
            if p in used_p or g in used_g:
                continue
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    pairs.sort()
    return pairs


def _agreement(p: _Fact, g: _Fact) -> int:
    return (
        int(p.weapon == g.weapon)
        + int(p.qualifier == g.qualifier)
        + int(_norm_place(p.place) == _norm_place(g.place))
    )


# --------------------------------------------------------------------------- scoring


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pairs: int = 0
    weapon_ok: int = 0
    qualifier_ok: int = 0
    place_ok: int = 0
    dated: int = 0
    date_ok: int = 0
    places_total: int = 0
    places_found: int = 0
    damage_articles: int = 0
    damage_tp: int = 0
    damage_fp: int = 0
    damage_fn: int = 0
    damage_missed: list[tuple[str, str]] = field(default_factory=list)
    damage_extra: list[tuple[str, str, str | None]] = field(default_factory=list)


def _score_article(
    article_id: str,
    gold_obj: Mapping[str, Any],
    pred_obj: Mapping[str, Any] | None,
    tally: _Tally,
    missed: list[FactDiff],
    extra: list[FactDiff],
) -> None:
    gold_reports, gold_facts = _parse_article(article_id, gold_obj, gold=True)
    pred_reports, pred_facts = _parse_article(article_id, pred_obj, gold=False)
    pairs = _match(pred_facts, gold_facts)

    matched_pred = {p for p, _ in pairs}
    matched_gold = {g for _, g in pairs}
    for p, g in pairs:
        pf, gf = pred_facts[p], gold_facts[g]
        if not gf.optional:
            tally.tp += 1
        tally.pairs += 1
        tally.weapon_ok += pf.weapon == gf.weapon
        tally.qualifier_ok += pf.qualifier == gf.qualifier
        tally.place_ok += _norm_place(pf.place) == _norm_place(gf.place)
    for i, pf in enumerate(pred_facts):
        if i not in matched_pred:
            tally.fp += 1
            extra.append(pf.diff(article_id))
    for j, gf in enumerate(gold_facts):
        if j not in matched_gold and not gf.optional:
            tally.fn += 1
            missed.append(gf.diff(article_id))

    shared: dict[tuple[int, int], int] = defaultdict(int)
    for p, g in pairs:
        shared[(gold_facts[g].report, pred_facts[p].report)] += 1

    alignment: list[int | None] = []
    for gi, gold_report in enumerate(gold_reports):
        candidates = [
            pi
            for pi, pr in enumerate(pred_reports)
            if (pr.attacker, pr.target) == (gold_report.attacker, gold_report.target)
        ]
        aligned = max(candidates, key=lambda pi: (shared[(gi, pi)], -pi)) if candidates else None
        alignment.append(aligned)
        pred_report = pred_reports[aligned] if aligned is not None else None
        if gold_report.date is not None:
            tally.dated += 1
            if (
                pred_report is not None
                and pred_report.date is not None
                and _norm_date(pred_report.date) == _norm_date(gold_report.date)
            ):
                tally.date_ok += 1
        gold_places = {_norm_place(p) for p in gold_report.places}
        tally.places_total += len(gold_places)
        if pred_report is not None:
            found = {_norm_place(p) for p in pred_report.places}
            tally.places_found += len(gold_places & found)
    if any(r.kinds is not None for r in gold_reports):
        _score_damage(article_id, gold_reports, pred_reports, alignment, tally)


def _score_damage(
    article_id: str,
    gold_reports: list[_Report],
    pred_reports: list[_Report],
    alignment: list[int | None],
    tally: _Tally,
) -> None:
    """Damage kinds of one article: each gold report's multiset of kinds against its
    aligned predicted report's (what one gold report takes, another cannot)."""
    tally.damage_articles += 1
    left: list[list[tuple[str, str | None]]] = [list(r.kinds or ()) for r in pred_reports]
    for gold_report, aligned in zip(gold_reports, alignment, strict=True):
        pool = left[aligned] if aligned is not None else []
        for kind, _ in gold_report.kinds or ():
            hit = next((i for i, (k, _) in enumerate(pool) if k == kind), None)
            if hit is None:
                tally.damage_fn += 1
                tally.damage_missed.append((article_id, kind))
            else:
                tally.damage_tp += 1
                pool.pop(hit)
    for pool in left:
        tally.damage_fp += len(pool)
        tally.damage_extra.extend((article_id, kind, ev) for kind, ev in pool)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def score(
    gold: Mapping[str, Mapping[str, Any]], predicted: Mapping[str, Mapping[str, Any]]
) -> EvaluationResult:
    """Score predictions against gold, both keyed by article id (see the module docstring).

    Raises :class:`EvaluationError` naming the article when a figure's value is not an
    integer or a report/figure is not shaped as in FORMAT.md.
    """
    tally = _Tally()
    missed: list[FactDiff] = []
    extra: list[FactDiff] = []
    for article_id in sorted(gold):
        _score_article(
            article_id, gold[article_id], predicted.get(article_id), tally, missed, extra
        )

    precision = tally.tp / (tally.tp + tally.fp) if tally.tp + tally.fp else 1.0
    recall = tally.tp / (tally.tp + tally.fn) if tally.tp + tally.fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return EvaluationResult(
        articles=len(gold),
        tp=tally.tp,
        fp=tally.fp,
        fn=tally.fn,
        precision=precision,
        recall=recall,
        f1=f1,
        weapon_accuracy=_ratio(tally.weapon_ok, tally.pairs),
        qualifier_accuracy=_ratio(tally.qualifier_ok, tally.pairs),
        place_accuracy=_ratio(tally.place_ok, tally.pairs),
        date_accuracy=_ratio(tally.date_ok, tally.dated),
        place_recall=_ratio(tally.places_found, tally.places_total),
        dated_reports=tally.dated,
        missed=tuple(missed),
        extra=tuple(extra),
        damage=DamageScore(
            tally.damage_articles,
            tally.damage_tp,
            tally.damage_fp,
            tally.damage_fn,
            tuple(tally.damage_missed),
            tuple(tally.damage_extra),
        )
        if tally.damage_articles
        else None,
    )


# --------------------------------------------------------------------------- gold files


def load_gold_dir(path: Path) -> dict[str, dict[str, Any]]:
    """Read every ``*.json`` gold file of ``path``, keyed by its ``id`` (else the file stem)."""
    path = Path(path)
    if not path.is_dir():
        raise EvaluationError(
            "gold directory not found", where=str(path), hint="pass a folder of gold *.json files"
        )
    files = sorted(path.glob("*.json"))
    if not files:
        raise EvaluationError("no *.json gold files", where=str(path))
    gold: dict[str, dict[str, Any]] = {}
    origin: dict[str, Path] = {}
    for file in files:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except OSError as exc:
            raise EvaluationError(
                f"cannot read gold file: {exc.strerror or exc}", where=str(file)
            ) from exc
        except UnicodeDecodeError as exc:
            raise EvaluationError("gold file is not UTF-8 text", where=str(file)) from exc
        except json.JSONDecodeError as exc:
            raise EvaluationError(
                f"malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
                where=str(file),
            ) from exc
        if not isinstance(data, dict):
            raise EvaluationError("gold file is not a JSON object", where=str(file))
        if not isinstance(data.get("reports"), list):
            raise EvaluationError(
                "gold file has no 'reports' list",
                where=str(file),
                hint='a gold file is {"id": ..., "published": ..., "reports": [...]}',
            )
        raw_id = data.get("id")
        article_id = raw_id if isinstance(raw_id, str) and raw_id else file.stem
        if article_id in gold:
            raise EvaluationError(
                f"duplicate article id {article_id!r} (also in {origin[article_id].name})",
                where=str(file),
            )
        gold[article_id] = data
        origin[article_id] = file
    return gold


# --------------------------------------------------------------------------- text report


def _fmt(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _shorten(text: str, width: int = _EVIDENCE_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3].rstrip() + "..."


def _diff_line(diff: FactDiff, *, evidence: bool) -> str:
    line = (
        f"  {diff.article_id}  {diff.attacker or '?'} {diff.metric} "
        f"{diff.weapon or '-'} {diff.value}"
    )
    if evidence and diff.evidence_text:
        line += f'  "{_shorten(diff.evidence_text)}"'
    return line


def format_text(result: EvaluationResult, *, show_diffs: bool = True) -> str:
    """A plain-text summary; its last lines are the headline numbers."""
    lines: list[str] = []
    if show_diffs:
        if result.missed:
            lines.append(f"missed facts ({len(result.missed)}):")
            lines.extend(_diff_line(d, evidence=False) for d in result.missed)
        if result.extra:
            lines.append(f"extra facts ({len(result.extra)}):")
            lines.extend(_diff_line(d, evidence=True) for d in result.extra)
        if lines:
            lines.append("")
    lines.append(f"articles: {result.articles}")
    lines.append(f"facts: tp={result.tp} fp={result.fp} fn={result.fn}")
    lines.append(
        f"precision {result.precision:.4f}  recall {result.recall:.4f}  F1 {result.f1:.4f}"
    )
    lines.append(
        f"weapon class {_fmt(result.weapon_accuracy, 2)}  "
        f"qualifier {_fmt(result.qualifier_accuracy, 2)}  "
        f"place {_fmt(result.place_accuracy, 2)}"
    )
    lines.append(
        f"date accuracy {_fmt(result.date_accuracy, 2)} ({result.dated_reports} dated reports)"
        f"  place recall {_fmt(result.place_recall, 2)}"
    )
    d = result.damage
    if d is not None:
        if show_diffs:
            head = [f"missed damage ({len(d.missed)}):"] if d.missed else []
            head += [f"  {a}  {k}" for a, k in d.missed]
            head += [f"extra damage ({len(d.extra)}):"] if d.extra else []
            head += [f'  {a}  {k}  "{_shorten(e or "")}"' for a, k, e in d.extra]
            lines[:0] = [*head, ""] if head else []
        lines.append(
            f"damage kinds ({d.articles} articles): tp={d.tp} fp={d.fp} fn={d.fn}  "
            f"precision {d.precision:.4f}  recall {d.recall:.4f}  F1 {d.f1:.4f}"
        )
    return "\n".join(lines)


def with_damage(gold: dict[str, dict[str, Any]], path: Path) -> dict[str, dict[str, Any]]:
    """``gold`` with the ``damage`` of each report from a separate annotation file: for a
    corpus whose gold files are not ours to edit (``../shared``), what was hit is kept
    beside them as ``{"<article id>": [{"attacker", "target", "date", "damage": [...]}, ...]}``,
    one entry per gold report in the gold file's order (docs/damage.md)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationError(f"cannot read damage annotations: {exc}", where=str(path)) from exc
    if not isinstance(data, dict):
        raise EvaluationError("damage annotations are not a JSON object", where=str(path))
    out = dict(gold)
    for article_id, entries in data.items():
        reports = gold.get(article_id, {}).get("reports")
        if not isinstance(entries, list) or not isinstance(reports, list):
            raise EvaluationError(f"{article_id}: no gold file or no list", where=str(path))
        if len(entries) != len(reports):
            raise EvaluationError(
                f"{article_id}: {len(entries)} entries for {len(reports)} gold reports",
                where=str(path),
            )
        merged = []
        for report, entry in zip(reports, entries, strict=True):
            if not isinstance(entry, dict) or (entry.get("attacker"), entry.get("target")) != (
                report.get("attacker"),
                report.get("target"),
            ):
                raise EvaluationError(
                    f"{article_id}: an entry's attacker and target differ from its report's",
                    where=str(path),
                )
            merged.append({**report, "damage": entry.get("damage", [])})
        out[article_id] = {**gold[article_id], "reports": merged}
    return out
