"""A count of listed items whose cited proof lists something else (family missing_proof, h72d).

专利, 软著 and 奖项/荣誉 are proven item by item (a list or the certificates). Where the 申报表 declares such a
count, its 证明资料 cell cites a file by its number (「佐证材料3-4」, 「附件3-4 第1页」) that lists another kind
(3-4 is the 软件著作权登记清单), the package's evidence holds nothing read for the count, and no file is
even named for its kind (an unread 专利证书.pdf may still prove it): the count has no proof in the package.

A warning, not an error: the reader may have missed a list inside another file; the finding says what
the cited file is and what it was read to hold.

A count (APPs, devices, models, TB) whose 证明资料 cites nothing but the audit report (「附件3-1 审计报告第6页」, h71)
has no proof either: statements state money, never how many APPs the platform holds. When the cited file is
an audit report or financial statements by its content, the cell names no other kind of proof (a screenshot,
a list, the back office), and nothing read anywhere gives the count, a warning (`financial_for_count`).

Must not: judge a count with any evidence read for it, or a proof that cites no numbered file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.core.findings import Finding
from assistant.package.model import EVIDENCE_ROLES, FileRole

# each listed count, the words its proofs are named or headed by
_KINDS = {
    "patents": ("专利", re.compile(r"专利")),
    "software_copyrights": ("软件著作权", re.compile(r"软件著作权|软著|著作权")),
    "awards": ("奖项/荣誉", re.compile(r"奖|荣誉")),
}


def _number(name: str) -> str | None:
    """The number a 证明资料 cell cites the file by: 「3-4」 of 「3-4 软件著作权登记清单.pdf」 or 「附件3-4 …」."""
    found = re.match(r"(?:附件|佐证材料|佐证|证明材料)?\s*(\d{1,2})\s*[-－—_.．]\s*(\d{1,2})(?!\d)", name)
    return f"{found.group(1)}-{found.group(2)}" if found else None


def _cites(proof: str, number: str) -> bool:
    left, right = number.split("-")
    return re.search(rf"(?<![\d.\-－—]){left}\s*[-－—_.．]\s*{right}(?![\d\-－—])", proof) is not None


@rule("missing_proof.other_kind", title="证明资料所引附件为其他清单，申报材料中未见该项的证明", severity="warning",
      basis="申报表 三、指标明细表 注2：各项数据须提供证明资料，证明资料请对应到附件序号、附件名称及页码")
def proofs_of_another_kind(review) -> Iterator[Finding]:
    evidence_files = [m for m in review.package.members() if m.role in EVIDENCE_ROLES and not m.document.failed]
    for field_id, (kind, words) in _KINDS.items():
        value = review.primary_form.get(field_id)
        count = review.number(field_id)
        if value is None or not value.proof or not count or review.evidence_for(field_id):
            continue
        if any(words.search(m.path.rsplit("/", 1)[-1]) for m in review.package.members()):
            continue  # a file named for the kind: the proof may be there, unread
        for member in evidence_files:
            name = member.path.rsplit("/", 1)[-1]
            number = _number(name)
            if number is None or not _cites(value.proof, number):
                continue
            read = [e for e in review.evidence if e.field_id in _KINDS and e.field_id != field_id
                    and any(c.file == member.path for c in e.citations)]
            if not read:
                continue  # the cited file is not known to list another kind
            other = review.catalog.field(read[0].field_id)
            label = review.catalog.field(field_id).label
            message = (f"{label}填报 {value.raw}，证明资料“{value.proof}”所引《{member.path}》是{_KINDS[other.id][0]}的清单"
                       f"（读到{other.label} {read[0].value}），申报材料中未见{kind}的清单或证书，该数字没有证明资料")
            yield make_finding(review, "missing_proof.other_kind", "warning", [field_id], message,
                               expected=f"{kind}清单或证书", actual=name,
                               doubts=(f"清单或证书也可能夹在其他文件中而未被识别，请人工核对{kind}的证明",))
            break


_COUNT_UNITS = {"个", "台/套", "项", "台", "种", "家", "TB"}  # not 人: a report's notes may give its staff
_STATEMENTS = {FileRole.audit_report, FileRole.financial_statement}
_STATEMENT_WORDS = re.compile(r"审计报告|财务报表|专项审计|专项说明")
# any other proof the cell names beside the report: then the count may be proven there
_OTHER_PROOF = re.compile(r"截图|清单|名录|台账|后台|系统|平台|演示|证书|合同|统计|导出|检测|测试|说明函|及|和|、|；|;")


@rule("missing_proof.financial_for_count", title="数量类指标的证明资料只引了审计报告/财务报表", severity="warning",
      basis="申报表 三、指标明细表 注2：各项数据须提供证明资料，证明资料请对应到附件序号、附件名称及页码")
def counts_proved_by_statements(review) -> Iterator[Finding]:
    numbered: dict[str, list] = {}
    for member in review.package.members():
        if (number := _number(member.path.rsplit("/", 1)[-1])) is not None and not member.document.failed:
            numbered.setdefault(number, []).append(member)
    fields, files = [], []
    for field_id, value in review.primary_form.items():
        spec = review.catalog.field(field_id)
        proof = value.proof or ""
        if spec.unit not in _COUNT_UNITS or review.number(field_id) is None or not _STATEMENT_WORDS.search(proof) \
                or _OTHER_PROOF.search(_STATEMENT_WORDS.sub("", proof)) or review.evidence_for(field_id):
            continue
        cited = [m for number, members in numbered.items() if _cites(proof, number) for m in members]
        if cited and all(m.role in _STATEMENTS for m in cited):
            fields.append(field_id)
            files += [m.path for m in cited]
    if fields:
        shown = "、".join(f"{review.catalog.field(f).label}（“{review.primary_form[f].proof}”）" for f in fields)
        files = list(dict.fromkeys(files))
        yield make_finding(review, "missing_proof.financial_for_count", "warning", fields,
                           f"{shown}的证明资料只引了审计报告/财务报表《{'》《'.join(files)}》，财务报表不载明此类数量，"
                           "申报材料中也未读到该数字，这些指标实际没有对应的证明材料",
                           expected="载明该数量的截图、清单或其他证明", actual="、".join(files),
                           doubts=("审计报告附注偶有载明平台运营数据，请人工核对所引页面",))
