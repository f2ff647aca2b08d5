"""A draft proof beside its final whose figures differ (family declared_vs_evidence, h54).

A package revised before the deadline may keep 「审计报告（征求意见稿）」 beside 「审计报告（正式版）」. The draft's
figures are no proof (`evidence.superseded` doubts them); where a figure of the draft differs from the
same figure of the final — the same field, component and year — the package holds two versions of a
proof that disagree: a warning that names both, for the reviewer to ask for the draft to be withdrawn.

Must not: compare the draft with the form (its figures are doubted and the form is judged on the final).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.rules_evidence import show_amount, with_evidence
from assistant.core.evidence import REPLACED_BY
from assistant.core.findings import Finding


@rule("declared_vs_evidence.draft", title="证明材料的草稿与正式版数据不一致", severity="warning",
      basis="四、相关要求：申报材料应真实、准确；同一证明材料的不同版本应以正式版为准")
def draft_differs_from_final(review) -> Iterator[Finding]:
    pairs: dict[tuple, list] = {}  # one figure of the draft (cited once) → its fields
    for draft in review.evidence:
        replaced = next((r for r in draft.reasons if r.startswith(REPLACED_BY)), None)
        if replaced is None or draft.normalized is None or not draft.citations:
            continue
        final_name = re.search(r"《([^》]+)》", replaced)
        final = next((f for f in review.evidence if final_name and f.citations
                      and f.citations[0].file.endswith(final_name[1]) and f.normalized is not None
                      and (f.field_id, f.component, f.year) == (draft.field_id, draft.component, draft.year)), None)
        if final is None or Decimal(str(final.normalized)) == Decimal(str(draft.normalized)):
            continue
        key = (draft.citations[0].file, draft.citations[0].page, draft.value, final.value)
        pairs.setdefault(key, []).append((draft, final))
    for group in pairs.values():
        draft, final = group[0]
        spec = review.catalog.field(draft.field_id)
        what = draft.component or spec.label
        money = "万元" in what or spec.unit == "万元"
        d, f = draft.citations[0], final.citations[0]
        gap = abs(Decimal(str(draft.normalized)) - Decimal(str(final.normalized)))
        message = (f"《{d.file}》（草稿）第{d.page}页{what}为 {draft.value}，而《{f.file}》第{f.page}页为 {final.value}"
                   f"（差 {show_amount(gap, money)}）：包内同一证明材料的两个版本数据不一致，应以正式版为准并撤下草稿")
        fields = list(dict.fromkeys(x.field_id for x, _f in group))
        finding = make_finding(review, "declared_vs_evidence.draft", "warning", fields, message,
                               expected=final.value, actual=draft.value)
        yield with_evidence(finding, [final, draft])
