"""declared_vs_evidence.holder: patents counted that the applicant does not hold (h42: 3 of a
「专利清单（共18项）」 held by a subsidiary, declared 18; h28: 3 licensed from an institute). The
list's own count backs the form, its 权利人 column does not. Packages are written here."""

from __future__ import annotations

from pathlib import Path

from application_files import INDICATORS, UNIT, run_rule, write_package
from fixtures.make_list_fixtures import rows_xlsx

from assistant.core.settings import Settings
from assistant.evidence.extractor import OfflineExtractor
from assistant.package.loader import load_package
from assistant.review.build import build_review

PATENTS = "平台核心软硬件技术获得的专利数量（项）"
HEADER = ["序号", "专利名称", "专利号", "类型", "专利权人", "授权日"]


def _list(path: Path, main: str, others: tuple[int, ...], other: str = "示例材料计算（南京）科技有限公司") -> None:
    rows = [[i, f"一种示例控制方法{i}", f"ZL2019105{i:05d}.3", "发明", other if i in others else main, "2022-03-01"]
            for i in range(1, 16)]
    rows_xlsx(path, {"专利": [["专利清单（共15项）"], HEADER, *rows, ["合计：15项"]]})


def _review(root: Path, workspace: Path):
    settings = Settings(workspace=workspace, render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings), evidence=OfflineExtractor().extract)


def test_patents_of_another_holder_counted_in_the_declared_number(tmp_path: Path):
    root = write_package(tmp_path / "pkg", form={"proofs": {PATENTS: "附件3-2 知识产权清单"}})
    _list(root / "附件3-2 知识产权清单.xlsx", UNIT, (4, 9, 13))
    [finding] = run_rule("declared_vs_evidence.holder", _review(root, tmp_path / "ws"))
    assert finding.severity == "error" and finding.fields == (PATENTS,)
    assert "示例材料计算（南京）科技有限公司" in finding.message and "一致的为 12 项" in finding.message
    assert any(c.file == "附件3-2 知识产权清单.xlsx" for c in finding.citations)
    # the list's count matches the form: no count_vs_list difference besides
    assert [f for f in run_rule("count_vs_list.count", _review(root, tmp_path / "ws")) if PATENTS in f.fields] == []


def test_declaring_only_the_applicants_own_patents_is_right(tmp_path: Path):
    root = write_package(tmp_path / "pkg", form={"indicators": {**INDICATORS, PATENTS: "12"},
                                                 "proofs": {PATENTS: "附件3-2 知识产权清单"}})
    _list(root / "附件3-2 知识产权清单.xlsx", UNIT, (4, 9, 13))
    review = _review(root, tmp_path / "ws")
    assert run_rule("declared_vs_evidence.holder", review) == []
    assert [f for f in run_rule("count_vs_list.count", review) if PATENTS in f.fields] == []


def test_a_main_holder_that_is_not_the_applicant_is_only_doubted(tmp_path: Path):
    """A group's list (most items held by the parent): whose the platform's are is not clear."""
    root = write_package(tmp_path / "pkg", form={"proofs": {PATENTS: "附件3-2 知识产权清单"}})
    _list(root / "附件3-2 知识产权清单.xlsx", "示例控股集团有限公司", (4, 9, 13))
    [finding] = run_rule("declared_vs_evidence.holder", _review(root, tmp_path / "ws"))
    assert finding.severity == "warning" and "未能与申报单位" in finding.message
