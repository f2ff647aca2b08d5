"""missing_proof.other_kind (h72d): a count of patents whose 证明资料 cites a list of software copyrights, with
no patent list anywhere in the package. Real small packages (python-docx), the offline evidence reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from application_files import (
    INDICATORS,
    load_review,
    run_rule,
    write_package,
    write_simple,
)

from assistant.evidence.extractor import OfflineExtractor

PATENTS = "平台核心软硬件技术获得的专利数量（项）"
COPYRIGHTS = "平台核心软硬件技术获得的软著数量（个）"


def _review(tmp_path: Path, *, proof: str = "佐证材料3-4", extra: tuple[str, ...] = (), patents: str = "15"):
    root = write_package(tmp_path / "pkg", form={"indicators": {**INDICATORS, PATENTS: patents, COPYRIGHTS: "3"},
                                                 "proofs": {PATENTS: proof, COPYRIGHTS: "佐证材料3-4"}})
    rows = [["序号", "软件名称", "登记号", "登记日期", "著作权人"]] + [
        [str(i), f"易维讯设备管理系统V{i}.0", f"2023SR0{i}1234", f"2023-05-0{i}", "上海华兴数字科技有限公司"] for i in (1, 2, 3)]
    write_simple(root / "佐证材料/3-4 软件著作权登记清单.docx", ["软件著作权登记清单（共3项）"], rows)
    for name in extra:
        write_simple(root / "佐证材料" / name, ["发明专利证书", "专利号：ZL 2021 1 0000001.X"])
    review = load_review(root, tmp_path / "ws")
    review.evidence = list(OfflineExtractor().extract(review))
    return review


def test_a_patent_count_citing_the_software_copyright_list_has_no_proof(tmp_path):
    [finding] = run_rule("missing_proof.other_kind", _review(tmp_path))
    assert finding.severity == "warning" and finding.fields[0] == PATENTS
    assert "3-4 软件著作权登记清单" in finding.message and "未见专利" in finding.message
    assert finding.actual == "3-4 软件著作权登记清单.docx"


@pytest.mark.parametrize("case", ["other file cited", "a patent file named", "no patents declared"])
def test_a_proof_elsewhere_or_another_citation_says_nothing(tmp_path, case):
    review = _review(tmp_path, **{"other file cited": {"proof": "佐证材料3-5"},
                                  "a patent file named": {"extra": ("3-5 专利证书.docx",)},
                                  "no patents declared": {"patents": "0"}}[case])
    assert run_rule("missing_proof.other_kind", review) == []
