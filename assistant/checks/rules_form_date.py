"""A stock's proof counted after the date the 申报表 was filled in (family declared_vs_evidence, a note).

The 填报指引 counts stocks 「截至填表日」. A device list 「截至2024年7月20日」 beside a 申报表 dated 2024年7月10日
(`forms.form_date`) counts what was connected ten days later: it does not show the stock on the form's
date (h55). A note, not a warning: the cover's date may be the day the template was printed, not the
day the figures were taken, and a reviewer reads the two dates together.

A list or a table that says no 截至 date is as of the moment it was exported: 「导出日期：2024年7月26日」 over an
APP store's summary (h55) is the stock of that day. Such a stamp (`rules_screenshot_dates`' words: 导出/生成/
更新/统计 时间 or 日期, a date with its time) dates the figures of its page when every stamp there is after
the form's date, and only the stocks: a count whose label names no period or activity (平均, 活跃, 近一年,
订单, 订阅, 新增 …) — an annual total exported later is still the year's. A screenshot's moment is
`rules_screenshot_dates`' (after the deadline).

Must not: judge a flow's period (an annual total), or a proof without its own date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import as_of_date
from assistant.checks.rules_evidence import with_evidence
from assistant.checks.rules_screenshot_dates import stamped_dates
from assistant.core.findings import Finding
from assistant.package.model import FileRole
from assistant.values.dates import date_key

# A count of a period or an activity, not of what the platform holds on a day.
_NOT_A_STOCK = re.compile(r"平均|日|月|活跃|近一年|年度|订单|订阅|次|新增|就业|率")
_STOCK_UNITS = {"个", "台/套", "台", "项", "家", "人", "TB"}


@rule("declared_vs_evidence.after_form_date", title="证明材料统计日期晚于申报表填表日期", severity="info",
      basis="填报指引：存量指标填报截至填表日的数量")
def counted_after_the_form(review) -> Iterator[Finding]:
    filled = date_key(review.declarations.form_date or "")
    if filled is None:
        return
    by_file: dict[str, list] = {}  # one note per proof, naming every stock it counts later
    exported = _export_stamps(review, date(*filled)) if all(filled) else {}
    for fact in review.evidence:
        when = as_of_date(fact)
        if when is None and fact.citations and _a_stock(review, fact.field_id):
            stamp = exported.get((fact.citations[0].file, fact.citations[0].page))
            if stamp is not None:
                when, fact = stamp.timetuple()[:3], fact.model_copy(update={"as_of": f"所印日期{stamp.isoformat()}"})
        if when is None or when <= filled or not fact.citations or fact.dimension != "total" \
                or review.declared(fact.field_id) is None:
            continue
        group = by_file.setdefault(fact.citations[0].file, [])
        if all(f.field_id != fact.field_id for f in group):
            group.append(fact)
    for file, facts in by_file.items():
        names = "、".join(f"{review.catalog.field(f.field_id).label} {f.value}" for f in facts)
        message = (f"《{file}》{facts[0].as_of}的{names}：统计日期晚于申报表填表日期{review.declarations.form_date}，"
                   "不能说明截至填表日的数量，请核对")
        finding = make_finding(review, "declared_vs_evidence.after_form_date", "info", [f.field_id for f in facts],
                               message, expected=f"截至{review.declarations.form_date}", actual=facts[0].as_of)
        cited = review.declarations.form_date_citation
        if cited is not None:
            finding = finding.model_copy(update={"citations": (*finding.citations, cited)})
        yield with_evidence(finding, facts)


def _a_stock(review, field_id: str) -> bool:
    spec = review.catalog.field(field_id)
    return spec.unit in _STOCK_UNITS and not _NOT_A_STOCK.search(spec.label)


def _export_stamps(review, filled: date) -> dict[tuple[str, int], date]:
    """(file, page) → the moment a non-screenshot proof's page says it was exported, when every such
    stamp on the page is after the form's date (one at or before it may be the figures' own)."""
    out = {}
    for member in review.package.members():
        if member.role is FileRole.screenshot or member.document is None:
            continue
        for page in member.document.pages:
            stamps = stamped_dates(page.text)
            if stamps and min(stamps) > filled:
                out[(member.path, page.number)] = min(stamps)
    return out
