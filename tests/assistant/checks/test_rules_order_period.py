"""The period of 平台订单数量 and of its proof. declared_vs_evidence.order_period: a back office's
export whose 合计 covers twelve months of neither reading the guidance allows (h42: 统计区间
2022-07-01 至 2023-06-30, exported 2023-07-03, its 合计 declared as 「2023年自然年：12,460个」).
Packages are written here."""

from __future__ import annotations

from pathlib import Path

from application_files import INDICATORS, run_rule, write_package
from fixtures.make_list_fixtures import rows_xlsx

from assistant.core.settings import Settings
from assistant.evidence.extractor import OfflineExtractor
from assistant.package.loader import load_package
from assistant.review.build import build_review

ORDERS = "平台订单数量（个），填写近一年总量"
RULE = "declared_vs_evidence.order_period"


def _export(path: Path, first: tuple[int, int]) -> int:
    months, (y, m) = [], first
    for i in range(12):
        months.append([f"{y}-{m:02d}", 1000 + 10 * i])
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    total = sum(c for _m, c in months)
    rows_xlsx(path, {"订单统计": [["平台订单统计（后台导出）"], ["统计区间：见各月"], ["月份", "订单数（个）"], *months,
                                  ["合计", total]]})
    return total


def _review(root: Path, workspace: Path):
    settings = Settings(workspace=workspace, render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings), evidence=OfflineExtractor().extract)


def _package(root: Path, answer: str) -> Path:
    return write_package(root, form={"indicators": {**INDICATORS, ORDERS: answer}, "proofs": {ORDERS: "佐证5 订单统计导出"}})


def test_an_export_of_another_twelve_months_declared_as_the_natural_year(tmp_path: Path):
    total = 1000 * 12 + 10 * 66
    root = _package(tmp_path / "pkg", f"2023年自然年：{total:,}个")
    assert _export(root / "佐证5 订单统计导出.xlsx", (2022, 7)) == total
    [finding] = run_rule(RULE, _review(root, tmp_path / "ws"))
    assert finding.severity == "error" and "2022年7月至2023年6月" in finding.message
    assert any(c.file == "佐证5 订单统计导出.xlsx" for c in finding.citations)
    # another figure declared: the proof is still of the wrong months, but what was declared is unclear
    root = _package(tmp_path / "pkg2", "2023年自然年：13,020个")
    _export(root / "佐证5 订单统计导出.xlsx", (2022, 7))
    assert [f.severity for f in run_rule(RULE, _review(root, tmp_path / "ws2"))] == ["warning"]


def test_a_proof_of_a_reading_beside_it_answers(tmp_path: Path):
    total = 1000 * 12 + 10 * 66
    root = _package(tmp_path / "pkg", f"2023年自然年：{total:,}个")
    _export(root / "佐证5 订单统计导出.xlsx", (2022, 7))
    _export(root / "佐证6 2023年订单统计.xlsx", (2023, 1))
    assert run_rule(RULE, _review(root, tmp_path / "ws")) == []
    # the year before the form's date (2023-07 … 2024-06) is a reading
    root = _package(tmp_path / "pkg2", f"截至填表日前一年：{total:,}个")
    _export(root / "佐证5 订单统计导出.xlsx", (2023, 7))
    assert run_rule(RULE, _review(root, tmp_path / "ws2")) == []
