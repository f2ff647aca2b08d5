"""Patent applications a list shows beside the granted patents (h19, h57): 填报指引 counts 获得的专利,
and the list's own words say which are not granted yet — a list of applications under its own heading
(set aside), a note naming their 序号, a 法律状态 column. A heading of both kinds (「专利申请及授权情况」)
or a 申请号 column says nothing. Fixtures are written here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_evidence_fixtures import text_pdf
from fixtures.make_list_fixtures import rows_xlsx

from assistant.catalog.notice import load_catalog
from assistant.evidence.lists import read_lists
from assistant.evidence.lists.pending import noted_serials, says_pending
from extractors.reader import read_file

GRANTED = ["序号", "专利名称", "专利号", "授权日", "专利权人"]
APPLIED = ["序号", "申请名称", "申请号", "申请日", "申请人"]


def _rows(n: int, prefix: str = "ZL") -> list[list]:
    return [[i, f"一种示例控制方法{i}", f"{prefix}2021100{i:05d}.1", "2022-03-01", "示例科技股份有限公司"]
            for i in range(1, n + 1)]


def _patents(path: Path) -> list:
    return [f for f in read_lists(read_file(path), load_catalog()) if f.field_id == "patents"]


def test_a_list_of_applications_under_its_own_heading_is_set_aside(tmp_path: Path):
    sheet = [["表1 已授权发明及实用新型专利清单（共9项）"], GRANTED, *_rows(9),
             ["附：已受理尚未授权的发明专利申请（共3项）"], APPLIED, *_rows(3, "CN")]
    [fact] = _patents(rows_xlsx(tmp_path / "知识产权清单.xlsx", {"专利": sheet}))
    assert fact.normalized == 9 and fact.status == "found"
    assert any("另列 3 项" in r and "尚未授权" in r for r in fact.reasons)
    # the same two tables, the second headed as granted patents too: one list of 12, counted together
    sheet[11] = ["表2 已授权外观设计专利清单（共3项）"]
    [both] = _patents(rows_xlsx(tmp_path / "知识产权清单2.xlsx", {"专利": sheet}))
    assert both.normalized == 12 and both.pending == 0


def test_a_legal_status_column_marks_the_applications(tmp_path: Path):
    header = ["序号", "专利名称", "申请号", "法律状态", "专利权人"]
    rows = [[i, f"一种示例方法{i}", f"20211000{i:04d}.1", "实质审查" if i in (4, 7) else "授权", "示例科技股份有限公司"]
            for i in range(1, 9)]
    [fact] = _patents(rows_xlsx(tmp_path / "专利清单.xlsx", {"专利": [["专利清单（共8项）"], header, *rows]}))
    assert (fact.normalized, fact.pending) == (8, 2)
    assert any("尚未授权的申请有 2 项（第4项、第7项）" in r for r in fact.reasons)


def test_a_note_under_a_numbered_list_names_the_applications(tmp_path: Path):
    lines = ["平台核心软硬件技术知识产权清单", "一、专利（共6项）"]
    lines += [f"{i}. 发明专利 一种示例方法{i} ZL20211000{i:04d}.1 示例科技股份有限公司" for i in range(1, 5)]
    lines += [f"{i}. 发明专利 一种示例方法{i} 申请号 20231000{i:04d}.1 示例科技股份有限公司" for i in (5, 6)]
    lines += ["注：第5–6项为已受理的发明专利申请（实质审查中），尚未获得授权。", "二、软件著作权（共1项）",
              "1. 示例平台软件V1.0 2023SR1000001 示例科技股份有限公司"]
    [fact] = _patents(text_pdf(tmp_path / "清单.pdf", lines))
    assert (fact.normalized, fact.pending) == (6, 2)
    software = [f for f in read_lists(read_file(tmp_path / "清单.pdf"), load_catalog()) if f.field_id == "software_copyrights"]
    assert [f.pending for f in software] == [0]  # the note names patents


def test_which_words_say_an_application():
    assert noted_serials("注：第22–24项为已受理的发明专利申请（实质审查中），尚未获得授权。") == {22, 23, 24}
    assert noted_serials("注：第1–21项已授权，第22、23项为申请中") == {22, 23}
    assert noted_serials("注：第3项已于2023年转让给示例公司") == set()
    assert says_pending("附：已受理尚未授权的发明专利申请（共7项）")
    for text in ("专利申请及授权情况", "表1 已授权发明及实用新型专利清单（共29项）", "专利申请号", "专利申请人"):
        assert not says_pending(text), text

