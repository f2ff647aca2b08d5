"""Scores shenbao's outputs against the labelled packages' truth.

Inputs are the public JSON contracts of DESIGN.md (`prefill --format json`, `check --format
json`), not internal objects, and matching is by the notice's labels normalised — never by
internal ids — so the scorer stays honest when the internals change. It must not import
`assistant`.

Metrics, per package and overall:
- prefill accuracy: 附件4 rows whose normalised value equals the truth (blank must stay blank);
- evidence citation accuracy: evidence facts found with the right value on the right file + page;
- check recall: planted problems matched by a finding of the same rule family on an overlapping
  field (file-level families match on the family alone);
- false alarms: error/warning findings on packages that have no planted problem;
- error precision: error findings that match a planted problem, over all error findings on
  packages with problems.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from eval_sets.truth import PackageTruth

# Families whose findings concern a file or a section rather than a form field.
_FILE_LEVEL = {"missing_file", "missing_section", "section7", "platform_name"}
_NUMBER_TOLERANCE = 0.005  # values are written with 2 decimals


def normalize_label(text: str) -> str:
    key = unicodedata.normalize("NFKC", text)
    key = re.sub(r"\s+", "", key)
    key = re.sub(r"^其中[:：]?", "", key)
    key = re.sub(r"\((万元|%|台/套|个|项|人|次|TB|台|种|家|是/否)\)$", "", key)
    key = re.sub(r"是/否$", "", key)
    return re.sub(r"[\s,，。:：;；、()（）\"“”'‘’/／-]", "", key)


def _norm_text(value: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", value))


def values_equal(truth, predicted) -> bool:
    if truth is None:
        return predicted is None or predicted == "" or predicted == {}
    if isinstance(truth, bool) or isinstance(predicted, bool):
        return truth is predicted
    if isinstance(truth, (int, float)):
        try:
            return math.isclose(float(truth), float(predicted), abs_tol=_NUMBER_TOLERANCE)
        except (TypeError, ValueError):
            return False
    if isinstance(truth, dict):
        if not isinstance(predicted, dict):
            return False
        left = {_norm_text(k): v for k, v in truth.items()}
        right = {_norm_text(str(k)): v for k, v in predicted.items()}
        return left.keys() == right.keys() and all(values_equal(left[k], right[k]) for k in left)
    return isinstance(predicted, str) and _norm_text(truth) == _norm_text(predicted)


@dataclass
class PackageScore:
    package_id: str
    rows_total: int = 0
    rows_correct: int = 0
    rows_wrong: list[dict] = field(default_factory=list)
    found_without_citation: int = 0
    invented_for_blank: int = 0
    facts_total: int = 0
    facts_correct: int = 0
    facts_missed: list[dict] = field(default_factory=list)
    problems_total: int = 0
    problems_detected: int = 0
    problems_missed: list[dict] = field(default_factory=list)
    false_alarms: int = 0  # error/warning findings on a package without planted problems
    error_findings: int = 0
    error_findings_matched: int = 0
    per_label: dict[str, list[int]] = field(default_factory=dict)  # label -> [correct, total]
    per_family: dict[str, list[int]] = field(default_factory=dict)  # family -> [detected, planted]


def _finding_matches(problem, finding: dict) -> bool:
    family = str(finding.get("rule", "")).split(".", 1)[0]
    if family != problem.family:
        return False
    if problem.family in _FILE_LEVEL:
        return True
    wanted = {normalize_label(f) for f in problem.fields}
    got = {normalize_label(f) for f in finding.get("fields", [])}
    return bool(wanted & got)


def score_package(truth: PackageTruth, prefill: dict, check: dict) -> PackageScore:
    score = PackageScore(truth.package_id)
    rows = {normalize_label(r["label"]): r for r in prefill.get("rows", [])}
    for expected in truth.summary_rows:
        key = normalize_label(expected.label)
        row = rows.get(key)
        predicted = row.get("normalized") if row else None
        status = row.get("status") if row else "missing"
        if expected.normalized is None and status == "missing":
            ok = True
        else:
            ok = status != "missing" and values_equal(expected.normalized, predicted)
        score.rows_total += 1
        score.rows_correct += ok
        tally = score.per_label.setdefault(expected.label, [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            score.rows_wrong.append({"label": expected.label, "expected": expected.value,
                                     "got": row.get("value") if row else None, "status": status})
        if row and status != "missing" and not row.get("citations"):
            score.found_without_citation += 1
        if row and expected.normalized is None and status != "missing":
            score.invented_for_blank += 1

    # Evidence of indicators without a 附件4 row (总资产, 利润总额 …) comes in `other_indicators`.
    evidence_rows = {**{normalize_label(r["label"]): r for r in prefill.get("other_indicators", [])}, **rows}
    for fact in truth.evidence_facts:
        row = evidence_rows.get(normalize_label(fact.label))
        ok = False
        for item in (row or {}).get("evidence", []):
            if fact.normalized is not None and not values_equal(fact.normalized, item.get("normalized")):
                continue
            if any(c.get("file") == fact.file and c.get("page") == fact.page for c in item.get("citations", [])):
                ok = True
                break
        score.facts_total += 1
        score.facts_correct += ok
        if not ok:
            score.facts_missed.append({"label": fact.label, "file": fact.file, "page": fact.page, "value": fact.value})

    findings = check.get("findings", [])
    for problem in truth.problems:
        hit = any(_finding_matches(problem, f) for f in findings)
        score.problems_total += 1
        score.problems_detected += hit
        tally = score.per_family.setdefault(problem.family, [0, 0])
        tally[0] += hit
        tally[1] += 1
        if not hit:
            score.problems_missed.append({"id": problem.id, "family": problem.family, "fields": problem.fields})
    if not truth.problems:
        score.false_alarms = sum(1 for f in findings if f.get("severity") in ("error", "warning"))
    else:
        errors = [f for f in findings if f.get("severity") == "error"]
        score.error_findings = len(errors)
        score.error_findings_matched = sum(1 for f in errors if any(_finding_matches(p, f) for p in truth.problems))
    return score


def ratio(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator / denominator


def summarize(scores: list[PackageScore]) -> dict:
    total = PackageScore("overall")
    for s in scores:
        for name in ("rows_total", "rows_correct", "found_without_citation", "invented_for_blank", "facts_total",
                     "facts_correct", "problems_total", "problems_detected", "false_alarms", "error_findings",
                     "error_findings_matched"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
        for table, attr in ((s.per_label, "per_label"), (s.per_family, "per_family")):
            merged = getattr(total, attr)
            for key, (hit, count) in table.items():
                merged.setdefault(key, [0, 0])
                merged[key][0] += hit
                merged[key][1] += count
    return {
        "packages": [_metrics(s) for s in scores],
        "overall": _metrics(total),
        "per_label": {k: {"correct": v[0], "total": v[1]} for k, v in total.per_label.items()},
        "per_family": {k: {"detected": v[0], "planted": v[1]} for k, v in total.per_family.items()},
    }


def _metrics(s: PackageScore) -> dict:
    return {
        "package_id": s.package_id,
        "prefill_accuracy": ratio(s.rows_correct, s.rows_total),
        "rows": [s.rows_correct, s.rows_total],
        "found_without_citation": s.found_without_citation,
        "invented_for_blank": s.invented_for_blank,
        "evidence_citation_accuracy": ratio(s.facts_correct, s.facts_total),
        "facts": [s.facts_correct, s.facts_total],
        "check_recall": ratio(s.problems_detected, s.problems_total),
        "problems": [s.problems_detected, s.problems_total],
        "false_alarms": s.false_alarms,
        "error_precision": ratio(s.error_findings_matched, s.error_findings),
        "error_findings": [s.error_findings_matched, s.error_findings],
        "rows_wrong": s.rows_wrong,
        "facts_missed": s.facts_missed,
        "problems_missed": s.problems_missed,
    }


def truth_outputs(truth: PackageTruth) -> tuple[dict, dict]:
    """Outputs a perfect shenbao would give, derived from the truth: the scorer's selftest."""
    rows = []
    for expected in truth.summary_rows:
        facts = [f for f in truth.evidence_facts if normalize_label(f.label) == normalize_label(expected.label)]
        rows.append({
            "label": expected.label,
            "value": expected.value,
            "normalized": expected.normalized,
            "status": "missing" if expected.normalized is None else "found",
            "citations": [] if expected.normalized is None else [{"file": "truth", "page": None, "quote": expected.value}],
            "evidence": [{"value": f.value, "normalized": f.normalized, "status": "consistent",
                          "citations": [{"file": f.file, "page": f.page, "quote": f.quote}]} for f in facts],
        })
    labels = {normalize_label(r["label"]) for r in rows}
    others = []
    for fact in truth.evidence_facts:  # facts of indicators that have no 附件4 row
        if normalize_label(fact.label) not in labels:
            labels.add(normalize_label(fact.label))
            others.append({"label": fact.label, "value": "", "normalized": None, "status": "missing", "citations": [],
                         "evidence": [{"value": f.value, "normalized": f.normalized, "status": "consistent",
                                       "citations": [{"file": f.file, "page": f.page, "quote": f.quote}]}
                                      for f in truth.evidence_facts
                                      if normalize_label(f.label) == normalize_label(fact.label)]})
    findings = [{"rule": f"{p.family}.truth", "severity": p.severity, "fields": p.fields, "message": p.description,
                 "expected": "", "actual": "", "citations": []} for p in truth.problems]
    prefill = {"schema_version": 1, "rows": rows, "other_indicators": others, "errors": []}
    return prefill, {"schema_version": 1, "findings": findings, "errors": []}
