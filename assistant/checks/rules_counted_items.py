"""Items a certificate list counts that the notice would not (family declared_vs_evidence).

填报指引 asks the count of the platform's patents and software copyrights and says 「专利权属需与平台
所属公司保持一致」 (so for 软著). A certificate list whose 权利人 column names, for some items, someone
else than the holder of the rest (a subsidiary, a research institute that licensed it) proves only
the rest: a declared count above the holder's own is a count the evidence does not back, though the
list's own count matches it (h28, h42). An error when the list's main holder is the applicant (its
name as the 申报表 declares it); a warning when the holder cannot be tied to the applicant (no
declared 单位名称, or another name: perhaps a group's list).

A list that marks some of its items as no longer in force (an honour 「（已到期）」, a patent 「已失效」)
but whose count the form declares whole is a warning: whether an expired 称号 still counts is the
reviewer's call, and he should see it (h42).

The list's reader says which items (`EvidenceFact.held_by_others`, `lapsed`).

Must not: count lists (`assistant.evidence.lists` does) or compare a list's own count with the
form (`rules_evidence`'s count_vs_list).
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, read_amount
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import name_key

_LEGAL_FORM = re.compile(r"[（）()]|有限|责任|股份|公司|集团")


def _same_entity(a: str, b: str) -> bool:
    x, y = (_LEGAL_FORM.sub("", name_key(n)) for n in (a, b))
    return bool(x and y) and (x in y or y in x)


def _over(review, attribute: str):
    """(fact, declared, what the list backs) for each list fact whose `attribute` items the
    declared count includes; one per field and file."""
    seen: set[tuple[str, str]] = set()
    for fact in review.evidence:
        excluded = getattr(fact, attribute)
        if not excluded or fact.normalized is None or not fact.citations:
            continue
        declared = read_amount(review, fact.field_id)
        backed = Decimal(str(fact.normalized)) - excluded
        if declared is None or declared.value <= backed or (fact.field_id, fact.citations[0].file) in seen:
            continue
        seen.add((fact.field_id, fact.citations[0].file))
        yield fact, declared, backed


def _said(fact: EvidenceFact, start: str) -> str:
    return next((r for r in fact.reasons if r.startswith(start)), "")


@rule("declared_vs_evidence.holder", title="申报的专利/软著数量含权利人非申报单位的项目", severity="error",
      basis="填报指引：专利（软著）数量为平台核心软硬件技术获得的，权属需与平台所属公司保持一致")
def declared_counts_own_items(review):
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    name = applicant.raw.strip() if applicant is not None else ""
    for fact, declared, own in _over(review, "held_by_others"):
        spec = review.catalog.field(fact.field_id)
        doubts = [] if name and _same_entity(fact.holder, name) else [
            f"清单主要权利人“{fact.holder}”未能与申报单位“{name or '（未填）'}”对应"]
        message = (f"申报表填报{spec.label} {declared.show()}，{fact.citations[0].file}第{fact.citations[0].page}页"
                   f"{_said(fact, '清单中')}；权属与申报单位一致的为 {own} 项，比申报数少 {declared.value - own}")
        finding = make_finding(review, "declared_vs_evidence.holder", "warning" if doubts else "error",
                               [fact.field_id], message, expected=str(own), actual=declared.show(), doubts=doubts)
        yield with_evidence(finding, [fact])


@rule("declared_vs_evidence.lapsed", title="申报数量计入了清单注明已到期/失效的项目", severity="warning",
      basis="附件3 六：产品专利和知识产权证书（及清单）、平台获奖证书（及清单）")
def declared_counts_items_in_force(review):
    for fact, declared, in_force in _over(review, "lapsed"):
        spec = review.catalog.field(fact.field_id)
        message = (f"申报表填报{spec.label} {declared.show()}，{fact.citations[0].file}第{fact.citations[0].page}页"
                   f"{_said(fact, '清单注明')}，其余 {in_force} 项；"
                   "已到期或失效的项目是否应计入，请核对")
        finding = make_finding(review, "declared_vs_evidence.lapsed", "warning", [fact.field_id], message,
                               expected=str(in_force), actual=declared.show())
        yield with_evidence(finding, [fact])
