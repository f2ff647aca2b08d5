"""Who made an export or a statistics table, as its head says → `PREPARED_BY` on the facts read from it.

A back office's export and a department's statistics table print who made them above the table —
「设备接入台账导出 / 导出单位：上海沪电数能科技有限公司 / 数据来源：沪电数能综合能源监测平台」 (h42), 「编制单位：…」,
「制表单位：…」. A fact read from such a file that does not name its preparer already (the statement readers
name an audited 编制单位 themselves) is given that company (`core.evidence.PREPARED_BY`), so the checks can
tell another company's figures from the applicant's (`checks.evidence_judgement.another_entity`).

Only the head of the first page is read (its first lines: a title, the 单位 lines), and only a line that
names an organisation (…公司, …集团, …研究院, …研究所, …中心).

Must not: judge the company (the checks compare it with the applicant) or read a 制表人 (a person).
"""

from __future__ import annotations

import re

from assistant.core.evidence import PREPARED_BY, EvidenceValue
from extractors.model import Document

_HEAD_LINES = 12
_PREPARER = re.compile(r"(?:导出|编制|制表|填报|出具|统计)单位\s*[:：]\s*"
                       r"(?P<name>[^\s，,；;:：]{2,40}?(?:公司|集团|研究院|研究所|中心))(?![\u4e00-\u9fff])")


def exported_by(document: Document, values: list[EvidenceValue]) -> list[EvidenceValue]:
    if not values or not document.pages:
        return values
    head = "\n".join(block.text for block in document.pages[0].blocks[:_HEAD_LINES])
    found = _PREPARER.search(head)
    if found is None:
        return values
    reason = f"{PREPARED_BY}{found['name']}"
    return [v if v.stated(PREPARED_BY) else v.model_copy(update={"reasons": (*v.reasons, reason)}) for v in values]
