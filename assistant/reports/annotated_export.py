"""Exports with the reviewers' decisions applied: the 附件4 汇总表 (xlsx/docx) with overridden
values, and the HTML review report with a section listing every decision.

The 汇总表 is written by `assistant.reports.prefill_report` (same layout: 项目 / 内容 / 来源), then
each row a reviewer overrode gets the reviewer's value in 内容 and its 来源 cell marked
"评审修改：原值 → 新值（评审人：意见）", so an evaluator pasting the table into the workbook sees
which cells are not what the application declared. Decisions come from the review store
(`ReviewStore.current_decisions`); this module only renders them.

Must not: judge values or decide anything; every text that may come from a package or a reviewer
is masked (assistant.core.privacy) and, in HTML, escaped.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from pathlib import Path

from assistant.core.privacy import redact_secrets
from assistant.forms.model import PrefillRow
from assistant.reports import prefill_report
from assistant.store.interface import ACTION_ZH, Decision

OVERRIDE_MARK = "评审修改"
_HEADER_ROWS = 2  # prefill_report.write_xlsx: title row, then 项目/内容/来源


def apply_overrides(rows: Iterable[PrefillRow], overrides: Mapping[str, str | None]) -> list[PrefillRow]:
    """The rows with each overridden label's value replaced (`ReviewStore.overrides`). A `None`
    override clears the cell: the reviewer decided there is no value."""
    result = []
    for row in rows:
        if row.label in overrides:
            value = overrides[row.label] or ""
            row = row.model_copy(update={"value": value, "normalized": value or None})
        result.append(row)
    return result


def override_note(label: str, rows: Iterable[PrefillRow], decision: Decision | None, value: str | None) -> str:
    """"评审修改：6670.79 → 6680.00（张三：按审计报告第9页更正）"."""
    original = next((r.value for r in rows if r.label == label), "")
    before = (decision.computed if decision and decision.computed is not None else original) or "（空）"
    text = f"{OVERRIDE_MARK}：{before} → {value or '（空）'}"
    if decision is not None:
        text += f"（{decision.reviewer}：{decision.comment}）"
    return redact_secrets(text)


def _value_decisions(decisions: Iterable[Decision]) -> dict[str, Decision]:
    return {d.item_key: d for d in decisions if d.item_kind == "value" and d.action == "override"}


def write_annotated_xlsx(rows: list[PrefillRow], path: Path, title: str, overrides: Mapping[str, str | None],
                         decisions: Iterable[Decision] = ()) -> None:
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    by_label = _value_decisions(decisions)
    prefill_report.write_xlsx(apply_overrides(rows, overrides), path, title)
    if not overrides:
        return
    book = load_workbook(path)
    sheet = book.active
    marked = PatternFill("solid", fgColor="DDEBF7")
    for line in sheet.iter_rows(min_row=_HEADER_ROWS + 1):
        label = line[0].value
        if label in overrides:
            line[2].value = override_note(label, rows, by_label.get(label), overrides[label])
            for cell in line:
                cell.fill = marked
    book.save(path)


def write_annotated_docx(rows: list[PrefillRow], path: Path, title: str, overrides: Mapping[str, str | None],
                         decisions: Iterable[Decision] = ()) -> None:
    from docx import Document as Docx

    by_label = _value_decisions(decisions)
    prefill_report.write_docx(apply_overrides(rows, overrides), path, title)
    if not overrides:
        return
    doc = Docx(str(path))
    table = doc.tables[0]
    for line in table.rows[1:]:
        label = line.cells[0].text
        if label in overrides:
            line.cells[2].text = override_note(label, rows, by_label.get(label), overrides[label])
    doc.save(str(path))


# --- the HTML report with decisions -----------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(redact_secrets("" if text is None else str(text)), quote=True)


def decisions_html(decisions: Iterable[Decision], finding_messages: Mapping[str, str]) -> str:
    """A `<section>` listing the current decision on every finding and 附件4 value."""
    decisions = sorted(decisions, key=lambda d: (d.item_kind, d.decided_at))
    out = ['<section id="decisions"><h2>评审决定</h2>']
    if not decisions:
        out.append('<p class="muted">尚无评审决定。</p></section>')
        return "\n".join(out)
    out.append("<table><tr><th>对象</th><th>决定</th><th>结果</th><th>评审意见</th><th>评审人</th><th>时间（UTC）</th></tr>")
    for d in decisions:
        if d.item_kind == "finding":
            what = f"问题：{finding_messages.get(d.item_key, d.item_key)}"
        else:
            what = f"汇总表：{d.item_key}"
        result = d.after if d.action == "override" else (d.computed or "")
        out.append(f"<tr><td>{_e(what)}</td><td>{_e(ACTION_ZH[d.action])}</td><td>{_e(result)}</td>"
                   f"<td>{_e(d.comment)}</td><td>{_e(d.reviewer)}（{_e(d.role)}）</td>"
                   f"<td class=\"num\">{_e(d.decided_at[:19].replace('T', ' '))}</td></tr>")
    out.append("</table></section>")
    return "\n".join(out)


def with_decisions(report_html: str, decisions: Iterable[Decision], finding_messages: Mapping[str, str]) -> str:
    """`report_html` (assistant.reports.html_report.render_html) with the decisions section
    inserted before the end of its <main>, and a link to it in the navigation."""
    section = decisions_html(decisions, finding_messages)
    marker = "</main>"
    at = report_html.rfind(marker)
    if at < 0:
        return report_html + section
    report_html = report_html[:at] + section + "\n" + report_html[at:]
    return report_html.replace("</nav>", '<a href="#decisions">评审决定</a></nav>', 1)
