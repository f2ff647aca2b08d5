"""missing_proof.earlier_year: a 2023 figure whose only proof is an earlier year's document (h40's
「佐证2 2022年度平台研发费用专项审计报告」; h42's package whose one audit report is of 2022). Packages are
written here."""

from __future__ import annotations

from pathlib import Path

from application_files import run_rule, write_package
from fixtures.make_unseen_fixtures import Line, flow_pdf

from assistant.core.settings import Settings
from assistant.evidence.extractor import OfflineExtractor
from assistant.package.loader import load_package
from assistant.review.build import build_review

RD = "平台相关研发投入（万元）"


def _report(path: Path, year: int, rows: list[str]) -> None:
    pages = [[Line(f"上海华兴数字科技有限公司 {year}年度审计报告", size=14), Line(f"审计期间：{year}年1月1日至{year}年12月31日")],
             [Line("附件：工业互联网平台业务专项审计说明"), Line("单位：万元"), Line(f"项目 {year}年度 {year - 1}年度"),
              *[Line(r) for r in rows]]]
    flow_pdf(path, pages)


def load_review(root: Path, workspace: Path):
    """The review as `shenbao check` builds it: the evidence read, so a proof of the year counts."""
    settings = Settings(workspace=workspace, render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings), evidence=OfflineExtractor().extract)


def test_a_cell_citing_last_years_report_for_this_years_figure(tmp_path: Path):
    root = write_package(tmp_path / "pkg", form={"proofs": {RD: "附件3-2 2022年度平台研发费用专项审计报告第2页"}})
    _report(root / "附件3-2 2022年度平台研发费用专项审计报告.pdf", 2022, ["平台相关研发投入 468.20 402.10"])
    findings = run_rule("missing_proof.earlier_year", load_review(root, tmp_path / "ws"))
    [finding] = [f for f in findings if f.fields == (RD,)]
    assert finding.severity == "warning" and "附件3-2 2022年度" in finding.message
    # the year's figure proved elsewhere in the package: the cell was only mislabelled
    _report(root / "附件3-1 2023年度审计报告.pdf", 2023, ["平台相关营业收入 3,215.33 2,980.40", "平台相关研发投入 507.71 468.20"])
    assert run_rule("missing_proof.earlier_year", load_review(root, tmp_path / "ws2")) == []


def test_a_package_whose_reports_are_all_of_last_year(tmp_path: Path):
    root = write_package(tmp_path / "pkg")
    _report(root / "附件3-1 平台业务专项审计报告.pdf", 2022,
            ["平台相关营业收入 2,980.40 2,410.06", "平台相关研发投入 468.20 402.10"])
    [finding] = run_rule("missing_proof.earlier_year", load_review(root, tmp_path / "ws"))
    assert {"平台相关营业收入（万元）", RD} <= set(finding.fields) and "最晚为2022年度" in finding.message
    _report(root / "附件3-3 2023年度审计报告.pdf", 2023, ["平台相关营业收入 3,215.33 2,980.40", "平台相关研发投入 507.71 468.20"])
    assert run_rule("missing_proof.earlier_year", load_review(root, tmp_path / "ws2")) == []
