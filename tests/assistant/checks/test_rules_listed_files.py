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


@pytest.mark.parametrize("present", [["3-1 平台财务数据说明.pdf"], []])
def test_a_document_that_is_no_index_of_the_package_says_nothing(make_review, findings_of, tmp_path: Path, present):
    """One or no listed name among the package's files: a mention, not this package's index."""
    assert findings_of("missing_file.listed", _review(make_review, tmp_path, INDEX, present)) == []
