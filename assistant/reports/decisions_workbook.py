"""The panel's decisions: each reviewer's decision on an item side by side with disagreements
marked (`panel_rows`), and the workbook the 评价工作组 hands over (`decisions_workbook`): who
decided what, when (Beijing time) and why, every audit row, plus the side-by-side sheet.

Reads decisions the caller fetched from the review store; decides nothing and writes no store.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from assistant.store.interface import ACTION_ZH, Decision

BEIJING = timezone(timedelta(hours=8))
KIND_ZH = {"finding": "问题", "value": "汇总表数据项"}
DISAGREE = "意见不一致"
_HEADER_FONT = Font(bold=True)
_DISAGREE_FILL = PatternFill("solid", fgColor="FDE2E1")


@dataclass(frozen=True)
class PackageDecisions:
    """One package's audit rows (in write order) and how a reviewer names its items."""

    package_id: str
    platform: str
    history: tuple[Decision, ...]
    titles: dict[str, str] = field(default_factory=dict)  # finding id → its message


@dataclass(frozen=True)
class PanelRow:
    package_id: str
    platform: str
    item_kind: str
    item_key: str
    title: str
    by_reviewer: dict[str, Decision]  # each reviewer's latest decision on the item
    disagreement: bool


def verdict_text(decision: Decision) -> str:
    """"确认", "驳回", or "修改为「6670.79」"."""
    if decision.action == "override":
        return f"修改为「{decision.after or ''}」"
    return ACTION_ZH[decision.action]


def beijing(stamp: str) -> datetime:
    """The store's UTC ISO stamp as Beijing wall-clock time (naive: a spreadsheet has no zones)."""
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(BEIJING).replace(tzinfo=None, microsecond=0)


def _stance(decision: Decision) -> tuple[str, str | None]:
    # Two overrides to the same value agree; an accept and an override never do.
    return decision.action, decision.after if decision.action == "override" else None


def panel_rows(package: PackageDecisions) -> list[PanelRow]:
    """Per item (findings first, then 汇总表 rows, each in key order), every reviewer's latest
    decision; `disagreement` when two reviewers' latest decisions differ."""
    latest: dict[tuple[str, str], dict[str, Decision]] = {}
    for row in package.history:
        latest.setdefault((row.item_kind, row.item_key), {})[row.reviewer] = row
    rows = []
    for (kind, key), by_reviewer in sorted(latest.items()):
        stances = {_stance(d) for d in by_reviewer.values()}
        rows.append(PanelRow(package.package_id, package.platform, kind, key, package.titles.get(key, key),
                             dict(sorted(by_reviewer.items())), disagreement=len(stances) > 1))
    return rows


def reviewer_label(decision: Decision) -> str:
    return f"{decision.reviewer}（{decision.role}）"


def _sheet(book: Workbook, title: str, header: list[str], widths: list[int]):
    sheet = book.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = _HEADER_FONT
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    return sheet


def decisions_workbook(packages: list[PackageDecisions]) -> bytes:
    """评审决定 (every audit row, oldest first per package) and 意见对照 (one row per item, one
    column per reviewer, disagreements filled red)."""
    book = Workbook()
    book.remove(book.active)
    audit = _sheet(book, "评审决定",
                   ["平台名称", "申报包编号", "类型", "评审对象", "评审人", "角色", "决定", "原值", "决定后的值",
                    "评审意见", "决定时间（北京时间）", "版本", "当前有效"],
                   [24, 18, 12, 40, 18, 12, 20, 16, 16, 40, 20, 6, 8])
    for package in packages:
        newest = {(d.item_kind, d.item_key): d.seq for d in package.history}
        for d in package.history:
            audit.append([package.platform, package.package_id[:16], KIND_ZH[d.item_kind],
                          package.titles.get(d.item_key, d.item_key), d.reviewer, d.role, verdict_text(d),
                          d.before, d.after, d.comment, beijing(d.decided_at), d.version,
                          "是" if newest[(d.item_kind, d.item_key)] == d.seq else "否"])
            audit.cell(row=audit.max_row, column=11).number_format = "yyyy-mm-dd hh:mm:ss"
    rows = [row for package in packages for row in panel_rows(package)]
    reviewers = sorted({reviewer_label(d) for row in rows for d in row.by_reviewer.values()})
    side = _sheet(book, "意见对照", ["平台名称", "类型", "评审对象", *reviewers, "分歧"],
                  [24, 12, 40, *([28] * len(reviewers)), 12])
    for row in rows:
        by_label = {reviewer_label(d): d for d in row.by_reviewer.values()}
        cells = [f"{verdict_text(d)}：{d.comment}" if (d := by_label.get(name)) else "" for name in reviewers]
        side.append([row.platform, KIND_ZH[row.item_kind], row.title, *cells, DISAGREE if row.disagreement else ""])
        for cell in side[side.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row.disagreement:
                cell.fill = _DISAGREE_FILL
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
