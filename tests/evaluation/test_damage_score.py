"""Damage-kind scoring (issue 20): per aligned report, the multiset of kinds; fact scores
untouched; no damage score when no gold report carries ``damage``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from strikewatch.evaluation.score import format_text, score


def report(kinds: list[str] | None, target: str = "UA", value: int = 10) -> dict[str, Any]:
    r: dict[str, Any] = {
        "attacker": "RU" if target == "UA" else "UA",
        "target": target,
        "date": "2025-03-09",
        "places": [],
        "figures": [{"metric": "launched", "weapon": "drone", "value": value}],
    }
    if kinds is not None:
        r["damage"] = [{"kind": k, "detail": None, "count": None, "place": None} for k in kinds]
    return r


def test_kinds_are_matched_as_a_multiset_per_aligned_report() -> None:
    gold = {"a": {"id": "a", "reports": [report(["energy", "residential", "residential"])]}}
    pred = {"a": {"id": "a", "reports": [report(["residential", "energy", "port"])]}}
    d = score(gold, pred).damage
    assert d is not None and (d.tp, d.fp, d.fn) == (2, 1, 1)
    assert d.precision == 2 / 3 and d.recall == 2 / 3


def test_damage_of_an_unaligned_report_is_false_positive() -> None:
    gold = {"a": {"id": "a", "reports": [report(["energy"])]}}
    pred = {"a": {"id": "a", "reports": [report(["energy"]), report(["port"], target="RU")]}}
    d = score(gold, pred).damage
    assert d is not None and (d.tp, d.fp, d.fn) == (1, 1, 0)


def test_fact_scores_do_not_change_and_no_damage_without_gold_damage() -> None:
    gold = {"a": {"id": "a", "reports": [report(None)]}}
    pred = {"a": {"id": "a", "reports": [report(["energy"])]}}
    r = score(gold, pred)
    assert r.damage is None and (r.tp, r.fp, r.fn) == (1, 0, 0)
    assert "damage" not in r.to_dict() and "damage kinds" not in format_text(r)


def test_text_and_json_show_the_damage_score() -> None:
    gold = {"a": {"id": "a", "reports": [report(["energy"])]}}
    pred = {"a": {"id": "a", "reports": [report(["port"])]}}
    r = score(gold, pred)
    assert r.to_dict()["damage"]["fp"] == 1
    text = format_text(r)
    assert "missed damage (1)" in text and "damage kinds (1 articles)" in text


def test_damage_kept_beside_gold_merges_by_report(tmp_path: Path) -> None:
    from strikewatch.evaluation.score import EvaluationError, with_damage

    gold = {
        "a": {"id": "a", "reports": [{"attacker": "RU", "target": "UA", "figures": []}]},
        "b": {"id": "b", "reports": []},
    }
    beside = tmp_path / "damage.json"
    beside.write_text(
        '{"a": [{"attacker": "RU", "target": "UA", "date": null,'
        ' "damage": [{"kind": "energy", "detail": null, "count": 1, "place": "Kyiv"}]}],'
        ' "b": []}',
        encoding="utf-8",
    )
    merged = with_damage(gold, beside)
    assert merged["a"]["reports"][0]["damage"][0]["kind"] == "energy"
    assert "damage" not in gold["a"]["reports"][0]  # the gold given is left as it was
    beside.write_text('{"a": []}', encoding="utf-8")
    with pytest.raises(EvaluationError, match="0 entries for 1 gold reports"):
        with_damage(gold, beside)
    beside.write_text('{"a": [{"attacker": "UA", "target": "RU", "damage": []}]}', encoding="utf-8")
    with pytest.raises(EvaluationError, match="attacker and target"):
        with_damage(gold, beside)
    beside.write_text("{not json", encoding="utf-8")
    with pytest.raises(EvaluationError, match="cannot read"):
        with_damage(gold, beside)
