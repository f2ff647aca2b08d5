"""A share the 申报书 states of the enterprises served (「服务本市企业占比达80%」) against the form's own counts
(family narrative_vs_form, h63).

The 申报表 declares 实际服务企业数 and its parts 服务本市企业数量 and 服务中小企业数量; a 申报书 often states the part
as a share. The share the form's counts give (本市 ÷ 实际 × 100) is compared with the share written, within the
precision it was written with (「80%」: ±0.5; 「约80%」: ±1). Prose is never unambiguous (its count may be of
another date or scope), so a difference is a warning that says so, as for the numbers the prose restates
(`rules_narrative`). Only sections 一–三 are read; a share of something else (a region's, a customer's) is not
this one.

Must not: compare a share with another declared rate (no form field holds these shares) or read files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.rules_narrative import NARRATIVE_DOUBT
from assistant.core.findings import Finding
from assistant.forms.proposal import package_proposal
from assistant.review.model import Review
from assistant.values.numbers import format_decimal

_SHARE = re.compile(r"(?P<part>服务本市企业|本市企业|上海(?:本地|地区)?企业|服务中小企业|中小企业)(?:数量|数)?"
                    r"(?:占比|占(?:实际)?(?:服务)?(?:企业)?(?:总数)?(?:的)?(?:比例|比重))(?:已)?(?:达到?|为|约|超过|近)?\s*"
                    r"(?P<approx>约)?\s*(?P<pct>\d{1,3}(?:\.\d{1,2})?)\s*[%％]")
_PARTS = {"本市": "enterprises_served_shanghai", "上海": "enterprises_served_shanghai", "中小": "enterprises_served_sme"}


@rule("narrative_vs_form.share", title="申报书所述服务企业占比与申报表的企业数不符", severity="warning",
      basis="附件3 申报书与附件2 申报表应一致（四、相关要求2：确保材料准确性和真实性）")
def shares_of_enterprises_served(review: Review) -> Iterator[Finding]:
    proposal = package_proposal(review.package, review.catalog)
    total = review.number("enterprises_served")
    if proposal is None or not total:
        return
    for section in proposal.sections:
        if section.number not in ("一", "二", "三"):
            continue
        for paragraph in section.body:
            for found in _SHARE.finditer(paragraph.text):
                field_id = next(f for key, f in _PARTS.items() if key in found["part"])
                part = review.number(field_id)
                if part is None:
                    continue
                written = Decimal(found["pct"])
                decimals = len(found["pct"].partition(".")[2])
                tolerance = Decimal(1) if found["approx"] else Decimal("0.5") * Decimal(10) ** -decimals
                share = Decimal(str(part)) / Decimal(str(total)) * 100
                if abs(share - written) <= tolerance:
                    continue
                spec = review.catalog.field(field_id)
                message = (f"申报书称“{found.group(0)}”，申报表{spec.label}填报 {format_decimal(Decimal(str(part)), 0)}、"
                           f"实际服务企业数 {format_decimal(Decimal(str(total)), 0)}，占比为 {format_decimal(share, 2)}%，两者不一致")
                declared = review.declared(field_id)
                yield Finding(rule="narrative_vs_form.share", severity="warning",
                              fields=(spec.label, review.catalog.field("enterprises_served").label), message=message,
                              expected=f"{format_decimal(share, 2)}%", actual=found.group(0),
                              tolerance=format_decimal(tolerance, 2),
                              citations=(paragraph.citation, *(declared.citations[:1] if declared else ())),
                              files=(proposal.file,), doubts=(NARRATIVE_DOUBT,))
