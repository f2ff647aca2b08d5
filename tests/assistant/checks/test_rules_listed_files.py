"""An index of the package naming a file the package lacks (h25's 佐证材料清单.xlsx, first met
2026-12-05): a warning naming the index and its cell; names written a little differently match;
a document that is no index of this package says nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assistant.package.model import Classification, FileRole, Package, PackageFile
from extractors.reader import read_file

INDEX = [["序号", "附件编号", "材料名称", "电子文件名"],
         [1, "3-1", "平台财务数据说明", "3-1 平台财务数据说明.pdf"],
         [2, "3-2", "设备注册表导出", "3-2 设备注册表导出_20240628.csv"],
         [3, "3-6", "工业APP清单", "3-6 工业APP清单（2024）.xlsx"],
         [4, "3-7", "工业APP订阅明细", "3-7 工业APP订阅明细.xlsx"]]


def _member(path: Path, role: FileRole) -> PackageFile:
    return PackageFile(path=path.name, document=read_file(path), cached=False, parse_seconds=0.0,
                       classification=Classification(role=role, confidence=0.9, reasons=()))


def _review(make_review, tmp_path: Path, index_rows, names: list[str]):
    book = openpyxl.Workbook()
    for row in index_rows:
        book.active.append(row)
    book.save(index := tmp_path / "佐证材料清单.xlsx")
    members = [_member(index, FileRole.other_evidence)]
    for name in names:
        (tmp_path / name).write_text("示例", encoding="utf-8")
        members.append(_member(tmp_path / name, FileRole.other_evidence))
    review = make_review()
    review.package = Package(id="p", source="t", root=str(tmp_path), files=tuple(members))
    return review


def test_a_listed_file_the_package_lacks_is_a_warning(make_review, findings_of, tmp_path: Path):
    # 「3-6 工业APP清单.xlsx」 answers 「3-6 工业APP清单（2024）.xlsx」; the CSV's name differs only in a space
    review = _review(make_review, tmp_path, INDEX, ["3-1 平台财务数据说明.pdf", "3-2设备注册表导出_20240628.csv",
                                                     "3-6 工业APP清单.xlsx"])
    (finding,) = findings_of("missing_file.listed", review)
    assert finding.severity == "warning" and finding.fields == ("3-7 工业APP订阅明细.xlsx",)
    assert "佐证材料清单.xlsx" in finding.message and "D5" in finding.message
    assert finding.citations[0].quote == "3-7 工业APP订阅明细.xlsx"


def test_a_listed_zip_is_present_as_the_folder_its_files_are_named_under(make_review, findings_of, tmp_path: Path):
    """h48: the form lists 「证明材料.zip」; the package holds it, unpacked, as 「证明材料.zip/01 财务/…」."""
    rows = [*INDEX, [5, "3-8", "证明材料（压缩包）", "证明材料.zip"]]
    review = _review(make_review, tmp_path, rows, ["3-1 平台财务数据说明.pdf", "3-2设备注册表导出_20240628.csv",
                                                    "3-6 工业APP清单.xlsx", "3-7 工业APP订阅明细.xlsx"])
    inner = review.package.files[-1].model_copy(update={"path": "证明材料.zip/01 财务/审计报告.pdf"})
    review.package = review.package.model_copy(update={"files": (*review.package.files, inner)})
    assert findings_of("missing_file.listed", review) == []
    review.package = review.package.model_copy(update={"files": review.package.files[:-1]})
    assert [f.fields for f in findings_of("missing_file.listed", review)] == [("证明材料.zip",)]


@pytest.mark.parametrize("present", [["3-1 平台财务数据说明.pdf"], []])
def test_a_document_that_is_no_index_of_the_package_says_nothing(make_review, findings_of, tmp_path: Path, present):
    """One or no listed name among the package's files: a mention, not this package's index."""
    assert findings_of("missing_file.listed", _review(make_review, tmp_path, INDEX, present)) == []


def test_a_name_a_narrow_cell_wrapped_is_matched_by_its_two_parts_or_its_tail(make_review, findings_of,
                                                                               tmp_path: Path):
    """h35's stamped 申报表 scan: 「附件7-1_2023年度审」 ⏎ 「计报告.pdf」 in a narrow 证明材料 cell, once on the
    next line and once with another column's words between the two (OCR reads a table column by column)."""
    index = [*INDEX[:3], [3, "7-1", "审计报告", "附件7-1_2023年度审\n计报告.pdf 第5页"],
             [4, "7-1", "审计报告", "附件7-1_2023年度审"], [5, "", "", "5418.36"], [6, "", "", "计报告.pdf 第5页"]]
    review = _review(make_review, tmp_path, index, ["3-1 平台财务数据说明.pdf", "3-2 设备注册表导出_20240628.csv",
                                                     "附件7-1_2023年度审计报告.pdf"])
    assert findings_of("missing_file.listed", review) == []
    (elsewhere := tmp_path / "without").mkdir()
    lacking = _review(make_review, elsewhere, index, ["3-1 平台财务数据说明.pdf", "3-2 设备注册表导出_20240628.csv"])
    assert [f.fields[0] for f in findings_of("missing_file.listed", lacking)] == ["计报告.pdf"]  # still missed
    # h41: a tail of one character (「…参保证明（社」 ⏎ 「保）.pdf」) is no name to report, found or not
    (tails := tmp_path / "tails").mkdir()
    tailed = [*INDEX[:3], [3, "7-1", "参保证明", "证明7-1_单位参保证明（社\n保）.pdf"], [4, "", "", "保）.pdf"]]
    assert findings_of("missing_file.listed", _review(make_review, tails, tailed, [
        "3-1 平台财务数据说明.pdf", "3-2 设备注册表导出_20240628.csv"])) == []


# --- missing_proof.pending (h26's honours list: the 5th of 5 awards 「证书待补」) ----------------

AWARDS = [["序号", "奖项/荣誉名称", "颁发单位", "获得时间", "证明材料"],
          [1, "2022年工业互联网试点示范项目", "工业和信息化部", "2022.12", "证书P2"],
          [2, "上海市工业互联网标杆平台", "上海市经济和信息化委员会", "2023.07", "证书P3"],
          [3, "2023年工业互联网平台创新领航应用案例", "工业和信息化部", "2023.12", "证书待补"]]


def _awards_review(tmp_path: Path, rows):
    from application_files import write_package

    from assistant.core.settings import Settings
    from assistant.evidence.extractor import OfflineExtractor
    from assistant.package.loader import load_package
    from assistant.review.build import build_review

    root = write_package(tmp_path / "pkg")
    book = openpyxl.Workbook()
    book.active.append(["省部级及以上荣誉清单"])
    for row in rows:
        book.active.append(row)
    book.save(root / "3-4 荣誉清单.xlsx")
    settings = Settings(workspace=tmp_path / "ws", render_docx=False, ocr=False, workers=0)
    return build_review(load_package(root, settings), evidence=OfflineExtractor().extract)


def test_an_item_whose_proof_is_to_come_is_a_warning_on_the_counted_field(findings_of, tmp_path: Path):
    review = _awards_review(tmp_path, AWARDS)
    assert any(f.field_id == "awards" and f.normalized == 3 for f in review.evidence)  # the list was counted
    (finding,) = findings_of("missing_proof.pending", review)
    assert finding.severity == "warning" and finding.fields == ("平台获得省部级及以上奖项/荣誉数量（个）",)
    assert "证书待补" in finding.citations[0].quote and finding.citations[0].file == "3-4 荣誉清单.xlsx"


def test_every_item_with_its_proof_says_nothing(findings_of, tmp_path: Path):
    rows = [*AWARDS[:3], [3, "2023年工业互联网平台创新领航应用案例", "工业和信息化部", "2023.12", "证书P4"]]
    assert findings_of("missing_proof.pending", _awards_review(tmp_path, rows)) == []


def test_an_annex_a_binders_contents_list_and_its_pages_lack(make_review, findings_of, tmp_path: Path):
    """h86: a 佐证材料汇编 whose 目录 lists 附件1–3 with their pages, bound with 附件1 and 附件2 only (the 申报书's 六 names
    all three, on a page opening with other words): a warning on 附件3; bound whole, none."""
    from fixtures.make_unseen_fixtures import Line, flow_pdf

    from assistant.package.binder import with_parts
    from assistant.package.classify import classify

    def binder(annexes: tuple[int, ...]) -> PackageFile:
        pages = [[Line("上海市工业互联网平台应用水平评价", 14), Line("佐证材料汇编", 16)],
                 [Line("目　　录"), Line("附件1　营业执照 3"), Line("附件2　平台接入设备统计表 4"), Line("附件3　省部级及以上荣誉证书 5-6")],
                 [Line("一、申报单位简介"), Line("示例公司成立于2001年。")],
                 [Line("六、附件及其他说明材料"), Line("附件1 营业执照 第3页"), Line("附件3 省部级及以上荣誉证书 第5-6页")]]
        bodies = {1: [Line("营业执照"), Line("统一社会信用代码：91310000MA1K4J5T2X")],
                  2: [Line("平台接入设备统计表"), Line("设备名称 设备类型 接入数量")],
                  3: [Line("获奖荣誉清单"), Line("序号 奖项名称 颁发单位")]}
        titles = {1: "营业执照", 2: "平台接入设备统计表", 3: "省部级及以上荣誉证书"}
        pages += [[Line(f"附件{n}　{titles[n]}", 16), *bodies[n]] for n in annexes]
        document = read_file(flow_pdf(tmp_path / f"汇编{len(annexes)}.pdf", pages))
        return with_parts(PackageFile(path=f"汇编{len(annexes)}.pdf", document=document, cached=False, parse_seconds=0.0,
                                      classification=classify(document)))

    for annexes, missing in (((1, 2), ["附件3 省部级及以上荣誉证书"]), ((1, 2, 3), [])):
        review = make_review()
        review.package = Package(id="p", source="t", root=str(tmp_path), files=(binder(annexes),))
        assert [f.fields[0] for f in findings_of("missing_file.contents", review)] == missing
