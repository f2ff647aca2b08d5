"""Items a certificate list counts that the notice would not (families count_vs_list, declared_vs_evidence).

填报指引 asks the count of the platform's patents and software copyrights and says 「专利权属需与平台
所属公司保持一致」 (so for 软著). A certificate list whose 权利人 column names, for some items, someone
else than the holder of the rest (a subsidiary, a research institute that licensed it) proves only
the rest: a declared count above the holder's own is a count the evidence does not back, though the
list's own count matches it (h28, h42). An error when the list's main holder is the applicant (its
name as the 申报表 declares it); a warning when the holder cannot be tied to the applicant (no
declared 单位名称, or another name: perhaps a group's list). It is the list's count of the applicant's own
items against the form's (count_vs_list, as five of seven independent labellers file it; it was
declared_vs_evidence until 2026-12-06). The applicant's former and English names the package states (「本公司原名称
为…」, a file named 「（原名称：…）」, 「英文名称为…」) are its own: a list of items under the old name and the new, or
under its English name, is all the applicant's (h69).

A list that marks some of its items as no longer in force (an honour 「（已到期）」, a patent 「已失效」)
but whose count the form declares whole is a warning: whether an expired 称号 still counts is the
reviewer's call, and he should see it (h42).

The list's reader says which items (`EvidenceFact.held_by_others`, `lapsed`).

A list that marks some of its patents as applications not granted (已受理, 实质审查中, a note 「第22–24项为
…申请」) while the form declares them too is count_vs_list.pending: an error on the list's own words (h57).

A list whose own note says its total holds items the notice does not count (下线 devices, 下架 APPs,
配套供应商) while the form declares that total is a warning too (count_vs_list.excluded_items, h53).

Must not: count lists (`assistant.evidence.lists` does) or compare a list's own count with the
form (`rules_evidence`'s count_vs_list).
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, read_amount, show_decimal
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import COUNTED_BUT_EXCLUDED, EvidenceFact
from assistant.core.text_keys import name_key

_LEGAL_FORM = re.compile(r"[（）()]|有限|责任|股份|公司|集团")


def _same_entity(a: str, b: str) -> bool:
    x, y = (_LEGAL_FORM.sub("", name_key(n)) for n in (a, b))
    return bool(x and y) and (x in y or y in x)


# 「本公司原名称为“上海电科节能技术服务有限公司”」, 「（原名称：…）」 in a file's name, 「曾用名：…」: a company's
# former name as the package itself states it (a platform's 原名称 ends in 平台, no company's form); 「英文名称为
# “Shanghai Xipaiai Intelligent System Co., Ltd.”」: the name its foreign patents are registered under
_FORMER = re.compile(r"(?:原名称|原名|曾用名|更名前|变更前名称)(?:为|是)?\s*[：:]?\s*[“\"「『]?"
                     r"(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:有限责任公司|股份有限公司|有限公司|研究院|研究所|集团))")
_ENGLISH = re.compile(r"英文(?:名称|全称|名)(?:为|是)?\s*[：:]?\s*[“\"「『]?(?P<name>[A-Za-z][A-Za-z .,&()'’-]{5,80}?"
                      r"(?:Ltd\.?|Limited|Inc\.?|Corporation|Corp\.?|LLC|Company|Co\.))")


def former_names(review) -> tuple[str, ...]:
    """The applicant's other names the package states (former names in its 申报书, a file's name, a 变更
    notice's words; its English name)."""
    texts = [m.path for m in review.package.files]
    texts += [page.text for m in review.package.files for page in m.document.pages]
    found = [m["name"] for text in texts for m in _FORMER.finditer(re.sub(r"\s+", "", text))]
    found += [m["name"] for text in texts for m in _ENGLISH.finditer(text)]
    return tuple(dict.fromkeys(found))


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


@rule("count_vs_list.holder", title="申报的专利/软著数量含权利人非申报单位的项目", severity="error",
      basis="填报指引：专利（软著）数量为平台核心软硬件技术获得的，权属需与平台所属公司保持一致")
def declared_counts_own_items(review):
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    name = applicant.raw.strip() if applicant is not None else ""
    former = former_names(review) if name else ()
    for fact, declared, own in _over(review, "held_by_others"):
        spec = review.catalog.field(fact.field_id)
        if former and fact.other_holders and all(any(_same_entity(h, n) for n in (name, *former))
                                                 for h in (fact.holder, *fact.other_holders)):
            continue  # the applicant under its old name and its new (a 名称变更 the package states, h69)
        doubts = [] if name and _same_entity(fact.holder, name) else [
            f"清单主要权利人“{fact.holder}”未能与申报单位“{name or '（未填）'}”对应"]
        message = (f"申报表填报{spec.label} {declared.show()}，{fact.citations[0].file}第{fact.citations[0].page}页"
                   f"{_said(fact, '清单中')}；权属与申报单位一致的为 {own} 项，比申报数少 {declared.value - own}")
        finding = make_finding(review, "count_vs_list.holder", "warning" if doubts else "error",
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


@rule("count_vs_list.pending", title="申报的专利/软著数量计入了清单注明尚未授权的申请", severity="error",
      basis="填报指引：平台核心软硬件技术获得的专利（软著）数量")
def declared_counts_granted_items(review):
    """The list marks some items as applications not granted (`lists.pending`) and the form counts
    them: an error on the list's own words, a warning when the list was read doubtfully (OCR, gaps)."""
    for fact, declared, granted in _over(review, "pending"):
        spec = review.catalog.field(fact.field_id)
        doubts = [r.removeprefix("存疑：") for r in fact.reasons if r.startswith("存疑：")]
        message = (f"申报表填报{spec.label} {declared.show()}，{fact.citations[0].file}第{fact.citations[0].page}页"
                   f"{_said(fact, '清单注明尚未授权')}，已获授权的为 {granted} 项，比申报数少 {declared.value - granted}；"
                   "填报指引统计的是获得的专利（软著），尚未授权的申请不应计入")
        finding = make_finding(review, "count_vs_list.pending", "warning" if doubts else "error", [fact.field_id],
                               message, expected=str(granted), actual=declared.show(), doubts=doubts)
        yield with_evidence(finding, [fact])


@rule("count_vs_list.excluded_items", title="申报数量含清单自注不应计入的项目", severity="warning",
      basis="填报指引：连接设备为截至填表日的连接数量；工业APP统计已落地应用；实际服务企业剔除平台用户配套商")
def declared_counts_noted_items(review):
    """A list's note says its total holds items the notice does not count (「合计数含已下线设备126台/套」,
    `evidence.list_notes`) and the form declares that total: a warning, for the reviewer to judge
    whether they are out (a 下线 device may have been connected at the form's date)."""
    for note in review.evidence:
        if note.component != COUNTED_BUT_EXCLUDED or not note.citations or note.normalized is None:
            continue
        declared = read_amount(review, note.field_id)
        if declared is None:
            continue
        file = note.citations[0].file
        totals = [f for f in review.evidence if f.field_id == note.field_id and f.component == "" and f.citations
                  and f.citations[0].file == file and f.normalized is not None and f.status != "ungrounded"]
        if not any(abs(Decimal(str(f.normalized)) - declared.value) <= declared.half_unit for f in totals):
            continue  # the form declares another figure than the list's total: the count rules judge it
        spec = review.catalog.field(note.field_id)
        left = declared.value - Decimal(str(note.normalized))
        where = f"《{file}》第{note.citations[0].page}页"
        message = (f"申报表填报{spec.label} {declared.show()}，与{where}清单合计一致，但清单注明“{note.note}”："
                   f"这 {note.normalized} 项按填报指引不应计入，剔除后为 {show_decimal(left)}")
        finding = make_finding(review, "count_vs_list.excluded_items", "warning", [note.field_id], message,
                               expected=show_decimal(left), actual=declared.show(),
                               doubts=["注中所述项目是否在填表日仍应计入，需人工判断"])
        yield with_evidence(finding, [note, *totals[:1]])
