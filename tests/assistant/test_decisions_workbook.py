"""The panel's side-by-side decisions and the 工作组's decisions workbook, on a real SQLite store."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook

from assistant.reports.decisions_workbook import (
    DISAGREE,
    PackageDecisions,
    beijing,
    decisions_workbook,
    panel_rows,
    verdict_text,
)
from assistant.store.sqlite import SqliteReviewStore

PACKAGE = "b03b8091a603f2c1" + "0" * 48
HASH = "a" * 64
START = datetime(2026, 12, 3, 2, 30, tzinfo=timezone.utc)  # 10:30 in Beijing


class Clock:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> datetime:
        self.calls += 1
        return START + timedelta(minutes=self.calls)


@pytest.fixture
def panel(tmp_path) -> PackageDecisions:
    with SqliteReviewStore(tmp_path / "reviews.sqlite3", clock=Clock()) as store:
        store.register_package(PACKAGE, "/pkg", "延锋工业互联网平台")

        def decide(key, action, reviewer, version, kind="value", value=None, comment="核对无误"):
            store.record_decision(PACKAGE, kind, key, action, comment=comment, reviewer=reviewer, role="评审专家",
                                  evidence_hash=HASH, expected_version=version, computed="6670.79", new_value=value)

        decide("平台相关营业收入（万元）", "accept", "李明（li.ming）", 0)
        decide("平台相关营业收入（万元）", "override", "周红（zhou.hong）", 1, value="6670.80", comment="以审计报告为准")
        decide("平台名称", "accept", "李明（li.ming）", 0)
        decide("平台名称", "accept", "周红（zhou.hong）", 1)
        decide("identity.staff_total:1", "dismiss", "李明（li.ming）", 0, kind="finding", comment="口径不同")
        decide("identity.staff_total:1", "accept", "李明（li.ming）", 1, kind="finding", comment="复核后属实")
        history = tuple(store.history(PACKAGE))
    return PackageDecisions(PACKAGE, "延锋工业互联网平台", history,
                            titles={"identity.staff_total:1": "运维人数 + 运营人数 ≠ 平台团队总人数"})


def test_side_by_side_marks_only_real_disagreements(panel):
    rows = {row.item_key: row for row in panel_rows(panel)}
    income = rows["平台相关营业收入（万元）"]
    assert list(income.by_reviewer) == ["周红（zhou.hong）", "李明（li.ming）"]
    assert verdict_text(income.by_reviewer["周红（zhou.hong）"]) == "修改为「6670.80」"
    assert verdict_text(income.by_reviewer["李明（li.ming）"]) == "确认"
    assert income.disagreement
    assert not rows["平台名称"].disagreement  # both accepted
    staff = rows["identity.staff_total:1"]  # one reviewer changing their mind is not a disagreement
    assert not staff.disagreement and staff.by_reviewer["李明（li.ming）"].action == "accept"
    assert staff.title == "运维人数 + 运营人数 ≠ 平台团队总人数"
    assert [r.item_kind for r in panel_rows(panel)][0] == "finding"  # findings first


def test_two_overrides_to_the_same_value_agree(panel):
    same = tuple(d.model_copy(update={"action": "override", "after": "1"}) for d in panel.history)
    assert not any(row.disagreement for row in panel_rows(PackageDecisions(PACKAGE, "p", same)))


def test_beijing_time_is_eight_hours_ahead_of_the_store_stamp():
    assert beijing("2026-12-03T02:31:00.123456+00:00") == datetime(2026, 12, 3, 10, 31)
    assert beijing("2026-12-03T20:00:00") == datetime(2026, 12, 4, 4, 0)  # a naive stamp is UTC


def test_workbook_says_who_decided_what_when_and_why(panel):
    book = load_workbook(io.BytesIO(decisions_workbook([panel])))
    assert book.sheetnames == ["评审决定", "意见对照"]
    audit = list(book["评审决定"].iter_rows(values_only=True))
    assert audit[0][:4] == ("平台名称", "申报包编号", "类型", "评审对象")
    assert audit[0][10] == "决定时间（北京时间）"
    assert len(audit) == 1 + len(panel.history)
    override = next(r for r in audit[1:] if r[4] == "周红（zhou.hong）" and r[3] == "平台相关营业收入（万元）")
    assert override[:3] == ("延锋工业互联网平台", PACKAGE[:16], "汇总表数据项")
    assert override[5:10] == ("评审专家", "修改为「6670.80」", "6670.79", "6670.80", "以审计报告为准")
    assert override[10] == datetime(2026, 12, 3, 10, 33)  # the third clock reading (register, two writes), Beijing time
    assert override[11:] == (2, "是")
    first, second = [r for r in audit[1:] if r[2] == "问题"]
    assert first[3] == "运维人数 + 运营人数 ≠ 平台团队总人数" and first[6] == "驳回" and first[12] == "否"
    assert second[6] == "确认" and second[12] == "是"


def test_workbook_side_by_side_sheet(panel):
    sheet = load_workbook(io.BytesIO(decisions_workbook([panel])))["意见对照"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("平台名称", "类型", "评审对象", "周红（zhou.hong）（评审专家）", "李明（li.ming）（评审专家）", "分歧")
    income = next(r for r in rows if r[2] == "平台相关营业收入（万元）")
    assert income[3:] == ("修改为「6670.80」：以审计报告为准", "确认：核对无误", DISAGREE)
    name = next(r for r in rows if r[2] == "平台名称")
    assert name[5] is None
    income_row = next(i for i, r in enumerate(rows, start=1) if r[2] == "平台相关营业收入（万元）")
    assert sheet.cell(row=income_row, column=1).fill.fgColor.rgb.endswith("FDE2E1")


def test_an_empty_store_gives_a_workbook_with_headers_only():
    book = load_workbook(io.BytesIO(decisions_workbook([PackageDecisions(PACKAGE, "p", ())])))
    assert book["评审决定"].max_row == 1 and book["意见对照"].max_row == 1
