"""A stock's proof counted after the date the 申报表 was filled in (family declared_vs_evidence, a note).

The 填报指引 counts stocks 「截至填表日」. A device list 「截至2024年7月20日」 beside a 申报表 dated 2024年7月10日
(`forms.form_date`) counts what was connected ten days later: it does not show the stock on the form's
date (h55). A note, not a warning: the cover's date may be the day the template was printed, not the
day the figures were taken, and a reviewer reads the two dates together.

Must not: judge a flow's period (an annual total), or a proof without its own date.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import as_of_date
from assistant.checks.rules_evidence import with_evidence
from assistant.core.findings import Finding
from assistant.values.dates import date_key


@rule("declared_vs_evidence.after_form_date", title="证明材料统计日期晚于申报表填表日期", severity="info",
      basis="填报指引：存量指标填报截至填表日的数量")
def counted_after_the_form(review) -> Iterator[Finding]:
    filled = date_key(review.declarations.form_date or "")
    if filled is None:
        return
    by_file: dict[str, list] = {}  # one note per proof, naming every stock it counts later
    for fact in review.evidence:
        when = as_of_date(fact)
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
