"""A proof named for the audit report that is something else (family missing_proof, h67).

A draft may hold 「附件3-1 审计报告.pdf」 whose one page is the 营业执照: the 申报表 cites 「附件3-1 审计报告 第3页」
for its money figures, and the file by that name proves none of them. Where a file's name says it is an audit
report or financial statements (审计报告, 财务报表, 专项审计, 专项说明) and its pages are plainly another kind
of document (its role by content: a 营业执照, a list, a screenshot, a certificate list …, never the uncertain
「其他」), each field whose 证明资料 cites that file (by its 附件 number) has no proof there. An error when a cited
page does not exist in the file (the report cited is certainly not this one); else a warning.

Must not: judge a file the classifier could not place (other_evidence) or the figures themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.rules_listed_files import CITED
from assistant.core.findings import Finding
from assistant.package.model import ROLE_LABELS, FileRole

_NAMED = re.compile(r"审计报告|财务报表|专项审计|专项说明")
_NOT_JUDGED = {FileRole.audit_report, FileRole.financial_statement, FileRole.other_evidence, FileRole.unreadable}
# a name that says the file holds another proof too: a second 附件 number, or another kind of proof
_ANOTHER_KIND = re.compile(r"附件\s*\d|截图|清单|证书|营业执照|合同|发票|说明函|合并|汇编|及其他")
_FINANCIAL_WORDS = re.compile(r"利润表|资产负债表|审计意见|营业收入|研发(?:费用|投入|支出)|注册会计师")


@rule("missing_proof.misnamed_file", title="证明资料所引文件名为审计报告，内容却是其他材料", severity="warning",
      basis="申报表 三、指标明细表 注2：证明资料请逐项对应到附件序号、附件名称及页码；平台相关营业收入等须提供经审计的财务报告")
def proofs_in_misnamed_files(review) -> Iterator[Finding]:
    for member in review.package.members():
        name = member.path.rsplit("/", 1)[-1]
        number = CITED.search(name)  # 「附件3-1 审计报告.pdf」: the number its 证明资料 cells cite
        if not _NAMED.search(name) or member.role in _NOT_JUDGED or number is None or member.document.failed:
            continue
        if _ANOTHER_KIND.search(name.replace(number.group(0), "")):
            continue  # 「附件3-1及3-4-审计报告节选与平台截图（合并扫描）」: named for the report and another proof (h71)
        whole = [page for m in review.package.members() if m.path == member.path for page in m.document.pages]
        if any(_FINANCIAL_WORDS.search(page.text) for page in whole):
            continue  # a scanned audit report classified otherwise still reads as one, or a part of the file does
        cites = re.compile(rf"附件\s*{number.group(1)}\s*[-－—_.．]\s*{number.group(2)}(?!\d)(?P<after>[^；;，,]{{0,40}})")
        fields, beyond = [], False
        for value in review.primary_form.values():
            found = cites.search(value.proof or "") if value.field_id else None
            if found is None:
                continue
            fields.append(value.field_id)
            pages = [int(p) for p in re.findall(r"第\s*(\d+)\s*(?:[-－—~至]\s*\d+\s*)?页", found["after"])]
            beyond = beyond or any(p > len(member.document.pages) for p in pages)
        if not fields:
            continue
        what = ROLE_LABELS[member.role].removeprefix("证明材料：")
        labels = "、".join(review.catalog.field(f).label for f in dict.fromkeys(fields))
        message = (f"《{member.path}》文件名为审计报告/财务报表，内容却是{what}（共{len(member.document.pages)}页）"
                   + ("，证明资料所引页码超出该文件页数" if beyond else "") + f"：{labels}的证明资料所引的审计报告不在申报材料中")
        yield make_finding(review, "missing_proof.misnamed_file", "error" if beyond else "warning",
                           list(dict.fromkeys(fields)), message, expected="审计报告", actual=what)
