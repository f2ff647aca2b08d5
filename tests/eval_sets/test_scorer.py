"""The scorer: its selftest scores 1.0, and each metric moves when an output is wrong."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eval_sets.scorer import (
    normalize_label,
    score_package,
    summarize,
    truth_outputs,
    values_equal,
)
from eval_sets.truth import TRUTH_DIR, load_all

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def truths():
    found = load_all(TRUTH_DIR)
    assert len(found) >= 7
    return found


def test_selftest_scores_one_everywhere(truths):
    report = summarize([score_package(t, *truth_outputs(t)) for t in truths])
    overall = report["overall"]
    assert overall["prefill_accuracy"] == 1.0
    assert overall["evidence_citation_accuracy"] == 1.0
    assert overall["check_recall"] == 1.0
    assert overall["false_alarms"] == 0
    assert overall["error_precision"] == 1.0


def test_cli_selftest_prints_full_marks():
    result = subprocess.run([sys.executable, "-m", "assistant", "eval", "--selftest", "--format", "json"],
                            capture_output=True, text=True, cwd=REPO, timeout=120,
                            env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    overall = json.loads(result.stdout)["overall"]
    assert overall["prefill_accuracy"] == 1.0 and overall["check_recall"] == 1.0


def test_each_metric_drops_when_an_output_is_wrong(truths):
    truth = next(t for t in truths if t.problems and t.evidence_facts)
    prefill, check = truth_outputs(truth)

    wrong_value = copy.deepcopy(prefill)
    row = next(r for r in wrong_value["rows"] if isinstance(r["normalized"], (int, float)) and not isinstance(r["normalized"], bool))
    row["normalized"] = row["normalized"] + 1
    assert score_package(truth, wrong_value, check).rows_correct == len(truth.summary_rows) - 1

    wrong_page = copy.deepcopy(prefill)
    for r in wrong_page["rows"] + wrong_page["other_indicators"]:
        for item in r["evidence"]:
            for c in item["citations"]:
                c["page"] = (c["page"] or 0) + 1
    assert score_package(truth, wrong_page, check).facts_correct == 0

    missed = {"findings": check["findings"][1:]}
    assert score_package(truth, prefill, missed).problems_detected == len(truth.problems) - 1

    other_family = {"findings": [dict(f, rule="identity.x") if f["rule"].split(".")[0] != "identity" else dict(f, rule="subset.x")
                                 for f in check["findings"]]}
    score = score_package(truth, prefill, other_family)
    assert score.problems_detected < len(truth.problems)
    assert score.error_findings_matched < score.error_findings


def test_false_alarms_counted_only_on_clean_packages(truths):
    clean = next(t for t in truths if not t.problems)
    prefill, _ = truth_outputs(clean)
    noisy = {"findings": [{"rule": "subset.x", "severity": "warning", "fields": ["x"]},
                          {"rule": "blank.y", "severity": "info", "fields": ["y"]}]}
    assert score_package(clean, prefill, noisy).false_alarms == 1


def test_blank_must_stay_blank(truths):
    truth = next(t for t in truths if any(r.normalized is None for r in t.summary_rows))
    prefill, check = truth_outputs(truth)
    invented = copy.deepcopy(prefill)
    blank = next(r for r in invented["rows"] if r["normalized"] is None)
    blank.update(status="found", normalized=0, value="0", citations=[{"file": "x", "page": 1}])
    score = score_package(truth, invented, check)
    assert score.invented_for_blank == 1 and score.rows_correct == len(truth.summary_rows) - 1


@pytest.mark.parametrize("a,b", [
    ("其中：运维人数（人）", "运维人数(人)"),
    ("平台订单数量(近一年总量)（个）", "平台订单数量（近一年总量）（个）"),
    ("平台是否建立安全管理体系 是/否", "平台是否建立安全管理体系"),
    ("按省市区域统计工业设备数量\n（台/套）", "按省市区域统计工业设备数量（台/套）"),
])
def test_label_normalisation(a, b):
    assert normalize_label(a) == normalize_label(b)


def test_values_equal_rules():
    assert values_equal(6670.79, 6670.794) and not values_equal(6670.79, 6670.80)
    assert values_equal({"上海": 800, "俄罗斯Russia": 30}, {"上海 ": 800.0, "俄罗斯Russia": 30})
    assert not values_equal({"上海": 800}, {"上海": 800, "北京": 1})
    assert values_equal(True, True) and not values_equal(True, 1)
    assert values_equal(None, None) and not values_equal(None, 0)
    assert values_equal("合作共建，上海X公司", "合作共建， 上海X公司")


def test_eval_reports_the_two_labelled_sets_side_by_side():
    """`shenbao eval` with no folder scores our generator's set and the independent one apart
    (issue 12): a score on the first alone measures only what we designed."""
    result = subprocess.run([sys.executable, "-m", "assistant", "eval", "--selftest", "--format", "json"],
                            capture_output=True, text=True, cwd=REPO, timeout=120,
                            env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO)})
    report = json.loads(result.stdout)
    assert [s["name"] for s in report["sets"]] == ["generated", "independent"]
    assert all(s["packages"] for s in report["sets"])
    assert sum(len(s["packages"]) for s in report["sets"]) == len(report["packages"])
    text = subprocess.run([sys.executable, "-m", "assistant", "eval", "--selftest"], capture_output=True, text=True,
                          cwd=REPO, timeout=120, env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO)}).stdout
    assert "sets side by side" in text and re.search(r"^independent\s+100\.0%", text, re.M)
