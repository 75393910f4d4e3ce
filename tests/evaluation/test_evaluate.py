"""Tests of the section 5 scoring in :mod:`strikewatch.evaluation.score` on small dicts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from strikewatch.errors import EvaluationError
from strikewatch.evaluation.score import (
    EvaluationResult,
    FactDiff,
    format_text,
    load_gold_dir,
    score,
    weapon_family,
)


def fig(
    metric: str,
    weapon: str | None,
    value: Any,
    *,
    qualifier: str | None = "exact",
    place: str | None = "Ukraine",
    optional: bool = False,
    evidence: str | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {"metric": metric, "weapon": weapon, "value": value, "place": place}
    if qualifier is not None:
        out["qualifier"] = qualifier
    if optional:
        out["optional"] = True
    if evidence is not None:
        out["evidence"] = {"start": 0, "end": len(evidence), "text": evidence}
    return out


def rep(
    *figures: dict[str, Any],
    attacker: str | None = "RU",
    target: str | None = "UA",
    date: str | None = "2024-09-12",
    places: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "attacker": attacker,
        "target": target,
        "date": date,
        "places": places or [],
        "figures": list(figures),
    }


def art(*reports: dict[str, Any], article_id: str = "a1") -> dict[str, Any]:
    return {"id": article_id, "reports": list(reports)}


def run(gold: dict[str, Any], pred: dict[str, Any] | None) -> EvaluationResult:
    """Score one article, ``a1``; ``pred`` None means no prediction for it."""
    return score({"a1": gold}, {} if pred is None else {"a1": pred})


def counts(result: EvaluationResult) -> tuple[int, int, int]:
    return result.tp, result.fp, result.fn


# --------------------------------------------------------------------------- facts


def test_exact_match_is_perfect() -> None:
    gold = art(rep(fig("launched", "drone", 29), fig("intercepted", "drone", 29)))
    result = run(gold, gold)
    assert counts(result) == (2, 0, 0)
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert result.missed == () and result.extra == ()


def test_optional_matched_is_neither_tp_nor_fp() -> None:
    gold = art(rep(fig("launched", "drone", 29), fig("hit", "drone", 1, optional=True)))
    pred = art(rep(fig("launched", "drone", 29), fig("hit", "drone", 1)))
    assert counts(run(gold, pred)) == (1, 0, 0)


def test_optional_unmatched_is_not_fn() -> None:
    gold = art(rep(fig("launched", "drone", 29), fig("killed", None, 0, optional=True)))
    pred = art(rep(fig("launched", "drone", 29)))
    result = run(gold, pred)
    assert counts(result) == (1, 0, 0)
    assert result.missed == ()


def test_required_gold_preferred_over_optional_duplicate() -> None:
    # One prediction, two gold facts with the same tuple: the required one must be taken.
    gold = art(
        rep(
            fig("intercepted", "drone", 5, place="Kyiv", optional=True),
            fig("intercepted", "drone", 5, place="Odesa"),
        )
    )
    pred = art(rep(fig("intercepted", "drone", 5, place="Kyiv")))
    result = run(gold, pred)
    assert counts(result) == (1, 0, 0)
    assert result.place_accuracy == 0.0


@pytest.mark.parametrize(
    ("n_pred", "n_gold", "expected"),
    [
        (2, 1, (1, 1, 0)),
        (1, 2, (1, 0, 1)),
        (2, 2, (2, 0, 0)),
        (3, 1, (1, 2, 0)),
    ],
)
def test_multiset_duplicates(n_pred: int, n_gold: int, expected: tuple[int, int, int]) -> None:
    gold = art(rep(*[fig("intercepted", "drone", 5) for _ in range(n_gold)]))
    pred = art(rep(*[fig("intercepted", "drone", 5) for _ in range(n_pred)]))
    assert counts(run(gold, pred)) == expected


@pytest.mark.parametrize(
    ("gold_weapon", "pred_weapon", "matches"),
    [
        ("missile", "cruise_missile", True),
        ("cruise_missile", "ballistic_missile", True),
        ("ballistic_missile", "missile", True),
        ("drone", "missile", False),
        ("guided_bomb", "missile", False),
        ("any", "drone", False),
        (None, None, True),
        (None, "drone", False),
    ],
)
def test_weapon_family(gold_weapon: str | None, pred_weapon: str | None, matches: bool) -> None:
    gold = art(rep(fig("launched", gold_weapon, 3)))
    pred = art(rep(fig("launched", pred_weapon, 3)))
    assert counts(run(gold, pred)) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(
    ("weapon", "family"),
    [
        ("drone", "drone"),
        ("missile", "missile"),
        ("cruise_missile", "missile"),
        ("ballistic_missile", "missile"),
        ("guided_bomb", "guided_bomb"),
        ("any", "any"),
        (None, "none"),
    ],
)
def test_weapon_family_table(weapon: str | None, family: str) -> None:
    assert weapon_family(weapon) == family


@pytest.mark.parametrize("metric", ["hospitalized", "killed_children", "hit_sites", "made_up"])
def test_non_core_metrics_are_ignored(metric: str) -> None:
    gold = art(rep(fig("launched", "drone", 10), fig(metric, None, 4)))
    pred = art(rep(fig("launched", "drone", 10), fig(metric, None, 7)))
    assert counts(run(gold, pred)) == (1, 0, 0)


@pytest.mark.parametrize(
    ("field", "gold_value", "pred_value"),
    [("metric", "launched", "intercepted"), ("value", 10, 11)],
)
def test_other_tuple_fields_must_agree(field: str, gold_value: Any, pred_value: Any) -> None:
    gold_fig = fig("launched", "drone", 10)
    pred_fig = dict(gold_fig, **{field: pred_value})
    gold_fig[field] = gold_value
    assert counts(run(art(rep(gold_fig)), art(rep(pred_fig)))) == (0, 1, 1)


def test_attacker_mismatch_is_a_miss() -> None:
    gold = art(rep(fig("intercepted", "drone", 20), attacker="UA", target="RU"))
    pred = art(rep(fig("intercepted", "drone", 20), attacker="RU", target="UA"))
    result = run(gold, pred)
    assert counts(result) == (0, 1, 1)
    assert result.missed[0].attacker == "UA"
    assert result.extra[0].attacker == "RU"


def test_missing_article_prediction_predicts_nothing() -> None:
    gold = {
        "a1": art(rep(fig("launched", "drone", 5))),
        "a2": art(
            rep(fig("launched", "drone", 8), fig("killed", None, 0, optional=True)),
            article_id="a2",
        ),
    }
    result = score(gold, {"a1": gold["a1"]})
    assert result.articles == 2
    assert counts(result) == (1, 0, 1)
    assert [(d.article_id, d.value) for d in result.missed] == [("a2", 8)]


def test_predictions_without_gold_are_ignored() -> None:
    gold = {"a1": art(rep(fig("launched", "drone", 5)))}
    pred = {"a1": gold["a1"], "zz": art(rep(fig("launched", "drone", 99)), article_id="zz")}
    result = score(gold, pred)
    assert result.articles == 1
    assert counts(result) == (1, 0, 0)


def test_empty_everything() -> None:
    result = score({"a1": art()}, {"a1": art()})
    assert counts(result) == (0, 0, 0)
    assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0)
    assert result.weapon_accuracy is None
    assert result.date_accuracy is None and result.place_recall is None


def test_prf_arithmetic() -> None:
    # 3 required gold facts + 1 optional; 4 predictions: 2 TP, 1 optional match, 1 FP; 1 FN.
    gold = art(
        rep(
            fig("launched", "drone", 10),
            fig("intercepted", "drone", 8),
            fig("killed", None, 2),
            fig("injured", None, 0, optional=True),
        )
    )
    pred = art(
        rep(
            fig("launched", "drone", 10),
            fig("intercepted", "drone", 8),
            fig("injured", None, 0),
            fig("hit", "drone", 2),
        )
    )
    result = run(gold, pred)
    assert counts(result) == (2, 1, 1)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 / 3)
    data = result.to_dict()
    assert data["precision"] == 0.6667 and data["f1"] == 0.6667
    json.dumps(data)


def test_prf_is_micro_averaged() -> None:
    gold = {
        "a1": art(rep(fig("launched", "drone", 1))),
        "a2": art(rep(*[fig("launched", "drone", n) for n in range(2, 5)]), article_id="a2"),
    }
    pred = {
        "a1": art(rep(fig("launched", "drone", 1))),
        "a2": art(rep(fig("launched", "drone", 2), fig("hit", "drone", 9)), article_id="a2"),
    }
    result = score(gold, pred)
    assert counts(result) == (2, 1, 2)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == pytest.approx(2 / 4)
    assert result.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_nothing_predicted_gives_zero_recall_and_f1() -> None:
    result = run(art(rep(fig("launched", "drone", 5))), None)
    assert counts(result) == (0, 0, 1)
    assert (result.precision, result.recall, result.f1) == (1.0, 0.0, 0.0)


# --------------------------------------------------------------------------- secondary


def test_secondary_accuracies() -> None:
    gold = art(
        rep(
            fig("launched", "cruise_missile", 4, qualifier="at_least", place="Kyiv"),
            fig("intercepted", "drone", 20, place="Ukraine"),
            fig("hit", "ballistic_missile", 2, place="Dnipro", optional=True),
            fig("killed", None, 3, place="Kyiv"),
        )
    )
    pred = art(
        rep(
            fig("launched", "missile", 4, qualifier="at_least", place="Kyiv"),  # weapon wrong
            fig("intercepted", "drone", 20, qualifier=None, place="kyiv"),  # place wrong
            fig("hit", "ballistic_missile", 2, qualifier="about", place="Dnipro"),  # qualifier
            fig("killed", None, 3, place=" KYIV "),  # place agrees after normalising
        )
    )
    result = run(gold, pred)
    assert counts(result) == (3, 0, 0)
    # Four matched pairs, the optional one included.
    assert result.weapon_accuracy == pytest.approx(3 / 4)
    assert result.qualifier_accuracy == pytest.approx(3 / 4)
    assert result.place_accuracy == pytest.approx(3 / 4)


def test_matching_prefers_the_agreeing_gold_fact() -> None:
    gold = art(
        rep(
            fig("intercepted", "drone", 5, place="Kyiv"),
            fig("intercepted", "drone", 5, place="Odesa"),
        )
    )
    pred = art(rep(fig("intercepted", "drone", 5, place="Odesa")))
    result = run(gold, pred)
    assert result.place_accuracy == 1.0
    assert [d.place for d in result.missed] == ["Kyiv"]


def test_missing_qualifier_means_exact() -> None:
    gold = art(rep(fig("launched", "drone", 5, qualifier=None)))
    pred = art(rep(fig("launched", "drone", 5)))
    assert run(gold, pred).qualifier_accuracy == 1.0


# --------------------------------------------------------------------------- reports


def test_date_alignment_by_shared_facts() -> None:
    gold = art(
        rep(fig("launched", "drone", 36), fig("intercepted", "drone", 36), date="2023-05-25"),
        rep(fig("launched", "drone", 18), date="2023-05-20"),
    )
    # The predicted reports come in the other order; alignment follows the shared facts.
    pred = art(
        rep(fig("launched", "drone", 18), date="2023-05-20"),
        rep(fig("launched", "drone", 36), fig("intercepted", "drone", 36), date="2023-05-25"),
    )
    result = run(gold, pred)
    assert result.dated_reports == 2
    assert result.date_accuracy == 1.0


def test_date_alignment_tie_goes_to_earliest_predicted_report() -> None:
    gold = art(rep(date="2023-05-25"))
    pred = art(rep(date="2023-05-24"), rep(date="2023-05-25"))
    assert run(gold, pred).date_accuracy == 0.0


def test_date_alignment_counts_optional_matches() -> None:
    gold = art(rep(fig("killed", None, 0, optional=True), date="2024-01-02"))
    pred = art(rep(date="2024-01-01"), rep(fig("killed", None, 0), date="2024-01-02"))
    assert run(gold, pred).date_accuracy == 1.0


def test_unaligned_gold_report_counts_wrong() -> None:
    gold = art(
        rep(fig("launched", "drone", 5), date="2024-01-02", places=["Kyiv"]),
        rep(
            fig("intercepted", "drone", 3),
            attacker="UA",
            target="RU",
            date="2024-01-02",
            places=["Belgorod Oblast"],
        ),
    )
    pred = art(rep(fig("launched", "drone", 5), date="2024-01-02", places=["Kyiv"]))
    result = run(gold, pred)
    assert result.dated_reports == 2
    assert result.date_accuracy == 0.5
    assert result.place_recall == 0.5


def test_target_must_agree_for_alignment() -> None:
    gold = art(rep(fig("launched", "drone", 5), target="UA", date="2024-01-02"))
    pred = art(rep(fig("launched", "drone", 5), target=None, date="2024-01-02"))
    result = run(gold, pred)
    assert counts(result) == (1, 0, 0)
    assert result.date_accuracy == 0.0


def test_null_gold_dates_are_not_counted() -> None:
    gold = art(rep(date=None), rep(date="2024-01-02"))
    pred = art(rep(date="2024-01-02"))
    result = run(gold, pred)
    assert result.dated_reports == 1
    assert result.date_accuracy == 1.0


def test_datetime_prediction_compares_by_date() -> None:
    gold = art(rep(date="2024-01-02"))
    pred = art(rep(date="2024-01-02T06:00:00"))
    assert run(gold, pred).date_accuracy == 1.0


def test_place_recall() -> None:
    gold = {
        "a1": art(rep(places=["Kyiv", "Kyiv Oblast", "Odesa"])),
        "a2": art(rep(places=["Sumy"]), article_id="a2"),
    }
    pred = {
        "a1": art(rep(places=["kyiv", "Odesa", "Lviv"])),
        "a2": art(rep(places=[]), article_id="a2"),
    }
    assert score(gold, pred).place_recall == pytest.approx(2 / 4)


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("value", ["five", 2.5, None, True])
def test_non_integer_prediction_value_raises(value: Any) -> None:
    gold = art(rep(fig("launched", "drone", 5)))
    pred = art(rep(fig("launched", "drone", value)))
    with pytest.raises(EvaluationError) as info:
        run(gold, pred)
    assert "a1" in str(info.value)


def test_malformed_prediction_reports_raises() -> None:
    with pytest.raises(EvaluationError, match="a1"):
        run(art(), {"id": "a1", "reports": "none"})


# --------------------------------------------------------------------------- gold files


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_gold_dir(tmp_path: Path) -> None:
    write(tmp_path / "one.json", {"id": "art-1", "published": None, "reports": []})
    write(tmp_path / "two.json", {"reports": [rep(fig("launched", "drone", 5))]})
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    gold = load_gold_dir(tmp_path)
    assert sorted(gold) == ["art-1", "two"]
    assert gold["two"]["reports"][0]["figures"][0]["value"] == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "malformed JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"id": "x"}', "'reports'"),
        ('{"id": "x", "reports": {}}', "'reports'"),
    ],
)
def test_load_gold_dir_bad_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message) as info:
        load_gold_dir(tmp_path)
    assert "bad.json" in str(info.value)


def test_load_gold_dir_not_utf8(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_bytes(b'{"reports": ["\xff"]}')
    with pytest.raises(EvaluationError, match=r"bad\.json"):
        load_gold_dir(tmp_path)


def test_load_gold_dir_missing(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError) as info:
        load_gold_dir(tmp_path / "nowhere")
    assert "nowhere" in str(info.value)


def test_load_gold_dir_empty(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no"):
        load_gold_dir(tmp_path)


def test_load_gold_dir_duplicate_id(tmp_path: Path) -> None:
    write(tmp_path / "a.json", {"id": "same", "reports": []})
    write(tmp_path / "b.json", {"id": "same", "reports": []})
    with pytest.raises(EvaluationError, match="duplicate"):
        load_gold_dir(tmp_path)


# --------------------------------------------------------------------------- text


def sample_result() -> EvaluationResult:
    long_text = "Air defence shot down " + "many " * 40 + "drones."
    gold = art(rep(fig("launched", "drone", 10), fig("killed", None, 2), date="2024-01-02"))
    pred = art(
        rep(
            fig("launched", "drone", 10),
            fig("hit", "cruise_missile", 3, evidence=long_text),
            date="2024-01-02",
        )
    )
    return run(gold, pred)


def test_format_text_headline_lines() -> None:
    lines = format_text(sample_result()).splitlines()
    assert lines[-4] == "facts: tp=1 fp=1 fn=1"
    assert lines[-3] == "precision 0.5000  recall 0.5000  F1 0.5000"
    assert lines[-2] == "weapon class 1.00  qualifier 1.00  place 1.00"
    assert lines[-1] == "date accuracy 1.00 (1 dated reports)  place recall n/a"


def test_format_text_diffs() -> None:
    text = format_text(sample_result())
    missed_line = next(line for line in text.splitlines() if " killed " in line)
    assert "a1" in missed_line and "RU" in missed_line and "2" in missed_line
    extra_line = next(line for line in text.splitlines() if " hit " in line)
    assert "cruise_missile 3" in extra_line and "Air defence shot down" in extra_line
    assert "..." in extra_line
    assert len(extra_line) < 140
    assert " hit " not in format_text(sample_result(), show_diffs=False)


def test_fact_diff_and_to_dict_are_json_ready() -> None:
    result = sample_result()
    data = result.to_dict()
    assert (
        data["missed"][0] == FactDiff("a1", "RU", "killed", None, 2, "exact", "Ukraine").to_dict()
    )
    assert data["extra"][0]["evidence_text"].startswith("Air defence")
    assert json.loads(json.dumps(data)) == data
