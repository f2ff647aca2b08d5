"""A row of the applicant's 附件4 汇总表 left empty where the 申报表 answers it (family summary_vs_form, h67).

The 汇总表 is what the evaluators read for 33 platforms side by side: each of its rows is taken from the
申报表. A draft may leave some of them empty (「工业机理模型数量」 blank while the 申报表 says 58). Where the
汇总表 was read (most of its rows hold an answer) and one of its rows is empty while the 申报表 gives an
answer that is something (not 无, 0, 否 or a dash), the row is missing from the 汇总表: an error. Where many
of its rows are empty, the table may be laid out in a way the reader did not follow: a warning that says so.

Must not: compare two answers (`rules_crossdoc` does) or judge the 申报表's own blanks (`rules_completeness`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.core.findings import Finding
from assistant.review.model import Review

# an answer that is nothing, however explained (「无（海外设备连接数量为0）」, 「0」, 「否」, 「—」)
_NOTHING = re.compile(r"\s*(?:$|无|否|不适用|不涉及|0+(?:\.0+)?(?![\d.])|[-—–/／])")
_READ_ENOUGH = 0.9  # the share of the 汇总表's rows holding an answer above which an empty one is left empty


@rule("summary_vs_form.blank_row", title="附件4汇总表有栏目未填写，申报表已填报", severity="error",
      basis="附件4 平台基本情况汇总表各行取自附件2 申报表")
def summary_rows_left_empty(review: Review) -> Iterator[Finding]:
    computed = {owner.id for owner, relation in review.catalog.relations() if relation.kind in ("sum", "ratio", "growth")}
    for name, values in review.declarations.summary_tables:
        filled = sum(1 for v in values if v.raw.strip())
        if not values or not filled:
            continue
        read = filled >= _READ_ENOUGH * len(values)
        empty = {v.summary_label for v in values if v.summary_label and not v.raw.strip()}
        for row in review.rows:
            if row.label not in empty:
                continue
            form = next((r for r in row.readings if r.source == "申报表"), None)
            mine = next((r for r in row.readings if r.source == "汇总表" and r.file == name), None)
            if form is None or mine is None or _NOTHING.match(form.raw):
                continue
            doubts = () if read else (f"汇总表只有 {filled}/{len(values)} 行读到内容，表格版式可能未被完全识别",)
            spec = review.catalog.summary_row(row.label)
            severity = "error" if read else "warning"
            if name.lower().endswith((".xlsx", ".xlsm")) and spec is not None and computed & set(spec.source_fields):
                # 「=SUM(…)」, 「=ROUND(研发/营收*100,2)」 saved without its value (h51): Excel shows it, the file holds none
                severity, doubts = "info", (*doubts, "该栏为计算所得的指标，在Excel中可能是未保存计算结果的公式，请打开文件核对")
            yield Finding(rule="summary_vs_form.blank_row", severity=severity, fields=(row.label,),
                          message=f"附件4汇总表“{row.label}”未填写，申报表填报 {form.value or form.raw.strip()}",
                          expected=form.value or form.raw.strip(), actual="",
                          citations=(*mine.citations[:1], *form.citations[:1]),
                          files=tuple(dict.fromkeys((name, form.file))), doubts=doubts)
