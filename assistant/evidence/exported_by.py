"""Who made an export or a statistics table, as its head says → `PREPARED_BY` on the facts read from it.

A back office's export and a department's statistics table print who made them above the table —
「设备接入台账导出 / 导出单位：上海沪电数能科技有限公司 / 数据来源：沪电数能综合能源监测平台」 (h42), 「编制单位：…」,
「制表单位：…」. A fact read from such a file that does not name its preparer already (the statement readers
name an audited 编制单位 themselves) is given that company (`core.evidence.PREPARED_BY`), so the checks can
tell another company's figures from the applicant's (`checks.evidence_judgement.another_entity`).

Only the head of the first page is read (its first lines: a title, the 单位 lines), and only a line that
names an organisation (…公司, …集团, …研究院, …研究所, …中心).

An audit report's cover names the audited company on a line of its own (「延锋金桥汽车内饰（集团）有限公司」 over
「2023年度财务报表审计报告」), or its opinion is addressed to it (「…有限公司全体股东：」): the platform's money
figures a note of that report states (a segment note, a 专项说明 read by `evidence.platform`) are that company's
(h42: a parent's group report; 「关于…有限公司…专项审计报告」 names it too). Only money figures, only a first page that says it is an audit or a financial
report, and never the auditor (…会计师事务所).

Must not: judge the company (the checks compare it with the applicant) or read a 制表人 (a person).
"""

from __future__ import annotations

import re

from assistant.core.evidence import PREPARED_BY, EvidenceValue
from extractors.model import Document

_HEAD_LINES = 12
_PREPARER = re.compile(r"(?:导出|编制|制表|填报|出具|统计)单位\s*[:：]\s*"
                       r"(?P<name>[^\s，,；;:：]{2,40}?(?:公司|集团|研究院|研究所|中心))(?![\u4e00-\u9fff])")
_REPORT = re.compile(r"审计报告|财务报表|审阅报告|专项审计|鉴证报告")
_AUDITED = re.compile(r"^\s*(?:关于)?(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:有限公司|有限责任公司|股份有限公司))\s*(?:全体股东\s*[:：]?)?\s*$",
                      re.MULTILINE)
_AUDITOR = re.compile(r"会计师事务所|税务师事务所|评估")
_MONEY_UNITS = ("元", "万元", "千元", "亿元", "百万元")


def exported_by(document: Document, values: list[EvidenceValue]) -> list[EvidenceValue]:
    if not values or not document.pages:
        return values
    head = "\n".join(block.text for block in document.pages[0].blocks[:_HEAD_LINES])
    found = _PREPARER.search(head)
    if found is None:
        return _audited(document, values)
    reason = f"{PREPARED_BY}{found['name']}"
    return [v if v.stated(PREPARED_BY) else v.model_copy(update={"reasons": (*v.reasons, reason)}) for v in values]


def _audited(document: Document, values: list[EvidenceValue]) -> list[EvidenceValue]:
    """The audited company an audit report's cover names, on its platform money figures."""
    cover = document.pages[0].text
    if not _REPORT.search(cover):
        return values
    names = {m["name"] for m in _AUDITED.finditer(cover) if not _AUDITOR.search(m["name"])}
    if len(names) != 1:
        return values  # none, or several companies on the cover: whose report it is cannot be told
    reason = f"{PREPARED_BY}{names.pop()}"
    return [v.model_copy(update={"reasons": (*v.reasons, reason)})
            if v.scope == "platform" and v.unit in _MONEY_UNITS and not v.stated(PREPARED_BY) else v for v in values]
