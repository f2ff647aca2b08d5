"""`shenbao eval`: run a full review (prefill, evidence, checks) on every labelled package and score.

The runner produces the same JSON the CLI prints and hands it to `eval_sets.scorer`, so the
score measures the public contract, not internal objects. A truth file names its package relative
to the repository that holds it; an installed shenbao ships the truth files but not the labelled
packages, so without them `evaluate` says so (and `--selftest`, which needs no package, still runs).
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.reports.check_report import package_errors
from eval_sets.scorer import score_package, summarize, truth_outputs
from eval_sets.truth import PackageTruth, load_all

REPO = Path(__file__).resolve().parents[1]


def outputs_for(truth: PackageTruth, settings: Settings, repo: Path = REPO) -> tuple[dict, dict]:
    """The prefill and check JSON of a full review (evidence chain and checks included), as
    `shenbao review` writes them."""
    # Imported here: the full review pulls in the evidence chain and every rule module.
    from assistant.app.review_run import run_review
    from assistant.reports.check_report import check_payload
    from assistant.reports.prefill_document import prefill_document

    review = run_review(repo / truth.path, settings)
    prefill_json = json.loads(json.dumps(prefill_document(review), ensure_ascii=False))
    errors = package_errors(review.package)
    check_json = json.loads(json.dumps(check_payload(review.findings, errors), ensure_ascii=False))
    return prefill_json, check_json


def package_repo(truth: PackageTruth, truth_dir: Path) -> Path:
    """The folder `truth.path` is relative to: the nearest parent of the truth folder holding it,
    else the checkout this code runs from (a truth file copied to a folder of its own)."""
    for base in (*Path(truth_dir).resolve().parents, REPO):
        if (base / truth.path).exists():
            return base
    raise ShenbaoError(
        f"评测需要标注的申报材料，但在 {truth_dir} 的上级目录中找不到 {truth.path}。评测集随源码仓库提供，"
        "不随安装包分发：请在源码仓库中运行，或指定仓库中的真值目录（例如 shenbao eval 仓库路径/eval_sets/truth）；"
        "只检验评分器可用 shenbao eval --selftest")


def evaluate(truth_dir: Path, settings: Settings, *, selftest: bool = False, repo: Path | None = None) -> dict:
    """One labelled set: per package and overall scores."""
    return evaluate_sets([("", Path(truth_dir))], settings, selftest=selftest, repo=repo)


def evaluate_sets(sets: list[tuple[str, Path]], settings: Settings, *, selftest: bool = False,
                  repo: Path | None = None) -> dict:
    """Several labelled sets scored side by side: `sets` holds each set's own report (name, truth
    folder, packages, overall); the top-level keys score all their packages together."""
    located = []
    for name, truth_dir in sets:
        truths = load_all(truth_dir)
        if not truths:
            raise ShenbaoError(f"{truth_dir} 中没有标注真值文件（*.json）：请指定真值目录，例如 eval_sets/truth")
        # Every package is located before the first (slow) review, so a missing one fails at once.
        repos = {t.package_id: repo or package_repo(t, truth_dir) for t in truths} if not selftest else {}
        located.append((name, truth_dir, truths, repos))
    all_scores, reports = [], []
    for name, truth_dir, truths, repos in located:
        scores = []
        for truth in truths:
            outputs = truth_outputs(truth) if selftest else outputs_for(truth, settings, repos[truth.package_id])
            scores.append(score_package(truth, *outputs))
        all_scores += scores
        reports.append({"name": name, "truth_dir": str(truth_dir), **summarize(scores)})
    report = summarize(all_scores)
    report["selftest"] = selftest
    report["checks_implemented"] = True
    if len(reports) > 1:
        report["sets"] = reports
    return report


def _pct(value) -> str:
    return "  n/a " if value is None else f"{value * 100:5.1f}%"


def report_text(report: dict, detail: bool = False) -> str:
    """The package table of each set, then (for several sets) the sets side by side."""
    if "sets" not in report:
        return _set_text(report, detail, "shenbao eval" + ("（selftest：以标注真值作为输出）" if report["selftest"] else ""))
    parts = [_set_text({**s, "selftest": report["selftest"]}, detail, f"shenbao eval — {s['name']}（{s['truth_dir']}）")
             for s in report["sets"]]
    lines = ["sets side by side", "",
             f"{'set':34s} {'prefill':>8s} {'evidence':>9s} {'recall':>8s} {'false+':>7s} {'err.prec':>9s}"]
    for s in report["sets"]:
        o = s["overall"]
        lines.append(f"{s['name'][:34]:34s} {_pct(o['prefill_accuracy']):>8s} {_pct(o['evidence_citation_accuracy']):>9s} "
                     f"{_pct(o['check_recall']):>8s} {o['false_alarms']:7d} {_pct(o['error_precision']):>9s}")
    return "\n".join(parts) + "\n" + "\n".join(lines) + "\n"


def _set_text(report: dict, detail: bool, title: str) -> str:
    pct = _pct
    lines = [title, "",
             f"{'package':34s} {'prefill':>8s} {'evidence':>9s} {'recall':>8s} {'false+':>7s} {'err.prec':>9s}"]
    for p in report["packages"] + [report["overall"]]:
        lines.append(f"{p['package_id'][:34]:34s} {pct(p['prefill_accuracy']):>8s} {pct(p['evidence_citation_accuracy']):>9s} "
                     f"{pct(p['check_recall']):>8s} {p['false_alarms']:7d} {pct(p['error_precision']):>9s}")
    o = report["overall"]
    lines += ["", f"prefill rows correct {o['rows'][0]}/{o['rows'][1]}; found without citation {o['found_without_citation']}; "
              f"invented for a blank {o['invented_for_blank']}",
              f"evidence facts cited on the right file+page {o['facts'][0]}/{o['facts'][1]}",
              f"planted problems detected {o['problems'][0]}/{o['problems'][1]}"]
    if not report.get("checks_implemented", True) and not report["selftest"]:
        lines.append("note: consistency checks are not implemented yet, so recall is 0 by construction")
    if detail:
        lines += ["", "per indicator (wrong rows):"]
        for label, t in sorted(report["per_label"].items(), key=lambda kv: kv[1]["correct"] / kv[1]["total"]):
            if t["correct"] < t["total"]:
                lines.append(f"  {t['correct']}/{t['total']}  {label}")
        lines += ["", "per rule family:"]
        for family, t in sorted(report["per_family"].items()):
            lines.append(f"  {t['detected']}/{t['planted']}  {family}")
        for p in report["packages"]:
            for wrong in p["rows_wrong"]:
                lines.append(f"  [{p['package_id']}] {wrong['label']}: expected {wrong['expected']!r} got {wrong['got']!r} ({wrong['status']})")
    return "\n".join(lines) + "\n"
