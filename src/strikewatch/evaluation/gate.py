"""The evaluation gate: pinned score floors that can only move up.

A baseline file (``eval/baseline.json``) holds floors for the headline scores of each
evaluated corpus. :func:`check` lists every score below its floor; :func:`raise_floors`
moves floors up to the current scores (never down), so a regression cannot be hidden by
re-recording the baseline.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from strikewatch.errors import BaselineError

__all__ = ["DAMAGE_GATED", "GATED", "MARGIN", "BaselineError", "check", "load", "raise_floors"]
from strikewatch.evaluation.score import EvaluationResult

GATED = ("f1", "precision", "recall", "date_accuracy", "place_recall")
# gated too on a corpus whose gold reports carry ``damage`` (docs/damage.md)
DAMAGE_GATED = ("damage_precision", "damage_recall")


def load(path: Path) -> dict[str, dict[str, float]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError("baseline file not found", where=str(path)) from None
    except (OSError, ValueError) as err:
        raise BaselineError(f"cannot read baseline: {err}", where=str(path)) from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise BaselineError('expected {"<corpus>": {"f1": 0.9, ...}}', where=str(path))
    return data


def _scores(result: EvaluationResult) -> dict[str, float]:
    d: dict[str, Any] = result.to_dict()
    out = {k: float(d[k]) for k in GATED if d.get(k) is not None}
    if result.damage is not None:
        out["damage_precision"] = round(result.damage.precision, 4)
        out["damage_recall"] = round(result.damage.recall, 4)
    return out


def check(result: EvaluationResult, floors: dict[str, float]) -> list[str]:
    """Human-readable failures: each gated score that fell below its floor."""
    now = _scores(result)
    return [
        f"{name} {now.get(name, 0.0):.4f} is below its floor {floor:.4f}"
        for name, floor in sorted(floors.items())
        if now.get(name, 0.0) + 1e-9 < floor
    ]


MARGIN = 0.02  # room for a rule change that trades one fact for a better general rule


def raise_floors(path: Path, corpus: str, result: EvaluationResult) -> dict[str, float]:
    """Move the floors of ``corpus`` up to the current scores less :data:`MARGIN`; a floor
    is never lowered, so re-recording cannot hide a regression."""
    data = load(path) if path.exists() else {}
    old = data.get(corpus, {})
    new = {
        k: round(max(old.get(k, 0.0), round(v - MARGIN, 4)), 4) for k, v in _scores(result).items()
    }
    data[corpus] = new
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return new
