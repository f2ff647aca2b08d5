"""Items a list counts that the notice would not. count_vs_list.holder: patents counted
that the applicant does not hold (h42: 3 of a 「专利清单（共18项）」 held by a subsidiary, declared 18;
h28: 3 licensed from an institute) — the list's own count backs the form, its 权利人 column does
not. declared_vs_evidence.lapsed: an honour the list marks 「（已到期）」 counted (h42). Packages are
written here."""

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
    [finding] = run_rule("count_vs_list.holder", _review(root, tmp_path / "ws"))
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
    assert run_rule("count_vs_list.holder", review) == []
    assert [f for f in run_rule("count_vs_list.count", review) if PATENTS in f.fields] == []


def test_a_main_holder_that_is_not_the_applicant_is_only_doubted(tmp_path: Path):
    """A group's list (most items held by the parent): whose the platform's are is not clear."""
    root = write_package(tmp_path / "pkg", form={"proofs": {PATENTS: "附件3-2 知识产权清单"}})
    _list(root / "附件3-2 知识产权清单.xlsx", "示例控股集团有限公司", (4, 9, 13))
    [finding] = run_rule("count_vs_list.holder", _review(root, tmp_path / "ws"))
    assert finding.severity == "warning" and "未能与申报单位" in finding.message



def test_items_under_the_applicants_former_name_are_its_own(tmp_path: Path):
    """h69: a company renamed in 2024 — most patents still under the old name, three under the new; the 申报书
    says 「本公司原名称为“…”」. Without that statement the old name is someone else's, doubted."""
    from application_files import Outline

    former = "示例旧名节能技术服务有限公司"
    renamed = "名称说明：本公司原名称为“示例旧名节能技术服务有限公司”，于2024年4月18日核准变更为现名称。"
    for prose, flagged in ((renamed, False), ("平台于2020年上线。", True)):
        root = write_package(tmp_path / f"pkg{flagged}", outline=Outline(section2_prose=prose),
                             form={"proofs": {PATENTS: "附件3-2 知识产权清单"}})
        others = tuple(i for i in range(1, 16) if i not in (4, 9, 13))
        _list(root / "附件3-2 知识产权清单.xlsx", UNIT, others, other=former)  # 12 under the old name, 3 the new
        found = run_rule("count_vs_list.holder", _review(root, tmp_path / f"ws{flagged}"))
        assert bool(found) is flagged
        assert all(f.severity == "warning" for f in found)
    # h69: two foreign patents under the applicant's English name, which its 申报书 states
    english = "Shanghai Example Energy Services Co., Ltd."
    for prose, flagged in ((f"本公司英文名称为“{english}”，境外专利的专利权人为该英文名称。", False), ("平台于2020年上线。", True)):
        root = write_package(tmp_path / f"en{flagged}", outline=Outline(section2_prose=prose),
                             form={"proofs": {PATENTS: "附件3-2 知识产权清单"}})
        _list(root / "附件3-2 知识产权清单.xlsx", UNIT, (4, 9), other=english)
        assert bool(run_rule("count_vs_list.holder", _review(root, tmp_path / f"wsen{flagged}"))) is flagged


AWARDS = "平台获得省部级及以上奖项/荣誉数量（个）"


def _awards(path: Path, lapsed: tuple[int, ...]) -> None:
    rows = [[i, f"示例荣誉称号{i}", "上海市经济和信息化委员会", "2021年12月",
             "2020年12月至2023年12月31日（已到期）" if i in lapsed else "长期"] for i in range(1, 7)]
    rows_xlsx(path, {"荣誉": [["平台获得省部级及以上奖项/荣誉清单"], ["序号", "荣誉名称", "颁发单位", "获得时间", "有效期"],
                              *rows, ["合计：6项"]]})


def test_an_expired_honour_counted_is_doubted(tmp_path: Path):
    form = {"indicators": {**INDICATORS, AWARDS: "6"}, "proofs": {AWARDS: "附件3-5 荣誉清单"}}
    root = write_package(tmp_path / "pkg", form=form)
    _awards(root / "附件3-5 荣誉清单.xlsx", (3,))
    [finding] = run_rule("declared_vs_evidence.lapsed", _review(root, tmp_path / "ws"))
    assert finding.severity == "warning" and finding.fields == (AWARDS,)
    assert "第3项" in finding.message and "其余 5 项" in finding.message
    # declared without it, or a list with nothing expired: nothing to say, and no count difference
    root = write_package(tmp_path / "pkg2", form={**form, "indicators": {**INDICATORS, AWARDS: "5"}})
    _awards(root / "附件3-5 荣誉清单.xlsx", (3,))
    review = _review(root, tmp_path / "ws2")
    assert run_rule("declared_vs_evidence.lapsed", review) == []
    assert [f for f in run_rule("count_vs_list.count", review) if AWARDS in f.fields] == []
    root = write_package(tmp_path / "pkg3", form=form)
    _awards(root / "附件3-5 荣誉清单.xlsx", ())
    assert run_rule("declared_vs_evidence.lapsed", _review(root, tmp_path / "ws3")) == []


def test_a_list_and_its_copy_counted_together(tmp_path: Path):
    """h46: 114 declared, a 「合计：57项」 list and the same file again in 备份/: one error saying so, and
    no count difference besides; the copies are listed as information."""
    SOFTWARE = "平台核心软硬件技术获得的软著数量（个）"
    header = ["序号", "软件名称", "登记号", "著作权人", "登记日期"]
    rows = [[i, f"示例平台软件V{i}.0", f"2023SR{1000000 + i}", UNIT, "2023-05-01"] for i in range(1, 7)]
    form = {"indicators": {**INDICATORS, SOFTWARE: "12"}, "proofs": {SOFTWARE: "附件3-3 软著清单"}}
    root = write_package(tmp_path / "pkg", form=form)
    rows_xlsx(root / "附件3-3 软著清单.xlsx", {"软著": [header, *rows, ["合计：6项"]]})
    (root / "备份").mkdir()
    (root / "备份" / "软著清单（2024版）.xlsx").write_bytes((root / "附件3-3 软著清单.xlsx").read_bytes())
    review = _review(root, tmp_path / "ws")
    [finding] = run_rule("declared_vs_evidence.copy_counted", review)
    assert finding.severity == "error" and "2 倍" in finding.message and "备份/软著清单（2024版）.xlsx" in finding.message
    assert [f for f in run_rule("count_vs_list.count", review) if SOFTWARE in f.fields] == []
    [copies] = run_rule("integrity.duplicate_files", review)
    assert copies.severity == "info" and set(copies.files) == {"附件3-3 软著清单.xlsx", "备份/软著清单（2024版）.xlsx"}
    # the evidence is read once: one reading of the list, from the file outside 备份, cited in its copy too
    [listed] = [f for f in review.evidence if f.field_id == "software_copyrights"]
    assert [(c.file, c.page) for c in listed.citations][::len(listed.citations) - 1] == [
        ("附件3-3 软著清单.xlsx", 1), ("备份/软著清单（2024版）.xlsx", 1)]


def test_a_download_saved_again_is_the_copy_and_the_original_is_read(tmp_path: Path):
    """h48: 「专利清单(1).pdf」 beside 「专利清单.pdf」, the same bytes: the one not named as a copy is read,
    and the figure is cited in both."""
    root = write_package(tmp_path / "pkg")
    _list(root / "证明材料#2 平台专利清单.xlsx", UNIT, ())
    (root / "证明材料#2 平台专利清单(1).xlsx").write_bytes((root / "证明材料#2 平台专利清单.xlsx").read_bytes())
    review = _review(root, tmp_path / "ws")
    [patents] = [f for f in review.evidence if f.field_id == "patents"]
    assert (patents.citations[0].file, patents.citations[-1].file) == ("证明材料#2 平台专利清单.xlsx",
                                                                      "证明材料#2 平台专利清单(1).xlsx")


def test_an_app_lists_total_its_rows_do_not_make(tmp_path: Path):
    """h46: category 小计 carried into a 「合计：234 个」 over 231 rows, the form declaring 234: the total
    is one reading, the rows another, and the file's disagreement with itself is a warning."""
    APPS = "工业APP数量（个）"
    header = ["序号", "APP名称", "分类（附录B）", "部署方式"]
    rows = [[i, f"示例工业应用{i}", "生产制造", "公有云"] for i in range(1, 232)]
    root = write_package(tmp_path / "pkg", form={"proofs": {APPS: "附件3-4 工业APP清单"}})
    rows_xlsx(root / "附件3-4 工业APP清单.xlsx", {"APP": [["平台工业APP清单"], header, *rows, ["合计：234 个"]]})
    review = _review(root, tmp_path / "ws")
    read = sorted((f.normalized, f.status) for f in review.evidence if f.field_id == "apps_total")
    assert read == [(231, "ambiguous"), (234, "ambiguous")]
    [finding] = [f for f in run_rule("count_vs_list.count", review) if APPS in f.fields]
    assert finding.severity == "warning" and "231" in finding.message


def test_a_date_in_the_holder_column_is_no_other_holder(tmp_path: Path):
    """h73: one row of a scanned list read out of line put 「2020-12-10」 in the 专利权人 column: a false error."""
    root = write_package(tmp_path / "pkg", form={"proofs": {PATENTS: "附件3-2 知识产权清单"}})
    rows = [[i, f"一种示例控制方法{i}", f"ZL2019105{i:05d}.3", "发明", "2020-12-10" if i == 7 else UNIT, "2022-03-01"]
            for i in range(1, 16)]
    rows_xlsx(root / "附件3-2 知识产权清单.xlsx", {"专利": [["专利清单（共15项）"], HEADER, *rows, ["合计：15项"]]})
    assert run_rule("count_vs_list.holder", _review(root, tmp_path / "ws")) == []


def test_patent_applications_counted_in_the_declared_number(tmp_path: Path):
    """h57: 「一、专利（共15项）」 whose 法律状态 says 3 are 实质审查: the form's 15 counts them; 12 is right."""
    header = ["序号", "专利名称", "专利号", "法律状态", "专利权人"]
    rows = [[i, f"一种示例控制方法{i}", f"ZL2019105{i:05d}.3", "实质审查" if i > 12 else "授权", UNIT] for i in range(1, 16)]
    for declared, found in (("15", True), ("12", False)):
        root = write_package(tmp_path / f"pkg{declared}", form={"indicators": {**INDICATORS, PATENTS: declared},
                                                                "proofs": {PATENTS: "附件3-2 知识产权清单"}})
        rows_xlsx(root / "附件3-2 知识产权清单.xlsx", {"专利": [["专利清单（共15项）"], header, *rows]})
        review = _review(root, tmp_path / f"ws{declared}")
        findings = run_rule("count_vs_list.pending", review)
        assert bool(findings) is found
        if found:
            assert findings[0].severity == "error" and "已获授权的为 12 项" in findings[0].message
        assert [f for f in run_rule("count_vs_list.count", review) if PATENTS in f.fields] == []
