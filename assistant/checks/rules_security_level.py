"""The 等保 level an answer claims against the 备案证明 or 测评报告 of the platform's own system
(family declared_vs_evidence).

「每年一次网络安全等级保护三级测评（平台已通过等保三级）」 in the 申报表, while the package's 备案证明
says 「系统名称：易维讯工程机械工业互联网平台 安全保护等级：第二级」: the proof gives a lower level than
the answer. Only a document that names a system whose name is the platform's (one containing the
other, or the name of 附件6's row) is the platform's: a company keeps other systems' reports (an
office system at 第二级) beside the platform's, and those say nothing of it. A higher level in the
proof is no problem, and a claim without a proof of the platform's system is left to the reader.

A warning: the answer is prose and the documents are read from their first pages.

Must not: read the level of any system but the platform's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.platform_identity import identify_platform
from assistant.core.citations import cite_text
from assistant.core.findings import Finding
from assistant.core.text_keys import name_key
from assistant.package.model import FileRole
from assistant.review.model import Review

_LEVELS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5}
_CLAIM = re.compile(r"(?:等保|等级保护)[^。；;，,]{0,8}?第?([一二三四五1-5])级|第?([一二三四五1-5])级(?:等保|等级保护)")
_SYSTEM = re.compile(r"(?:系统名称|测评对象|定级对象|备案系统)\s*[:：]?\s*([^\s:：，。；]{4,40})")
_LEVEL = re.compile(r"安全保护等级\s*[:：]?\s*第?\s*([一二三四五1-5])\s*级")
_FORM_ROLES = {FileRole.application_form, FileRole.application_form_scan, FileRole.proposal, FileRole.summary_table,
               FileRole.contact_form, FileRole.commitment}
_ZH = "零一二三四五"


def _claim(review: Review):
    for value in review.primary_form.values():
        match = _CLAIM.search(value.raw or "")
        if match is not None:
            return value, _LEVELS[match.group(1) or match.group(2)]
    return None


def _platform_names(review: Review) -> list[str]:
    names = []
    declared = review.declared("platform_name")
    if declared is not None and declared.raw.strip():
        names.append(declared.raw.strip())
    identity = identify_platform(review)
    if identity.platform is not None:
        names.append(identity.platform.name)
    return [name_key(n) for n in names if len(name_key(n)) >= 4]


def _platforms(system: str, names: list[str]) -> bool:
    key = name_key(system)
    return len(key) >= 4 and any(key in n or n in key for n in names)


@rule("declared_vs_evidence.security_level", title="申报的等保级别高于平台系统的备案/测评级别", severity="warning",
      basis="填报指引 4.1 平台安全：第三方安全测试/测评情况须有证明材料（等级保护备案证明、测评报告）")
def security_level(review: Review) -> Iterator[Finding]:
    claimed = _claim(review)
    names = _platform_names(review)
    if claimed is None or not names:
        return
    value, level = claimed
    for member in review.package.members():
        if member.role in _FORM_ROLES or member.document.failed:
            continue
        for page in member.document.pages[:3]:
            system, found = _SYSTEM.search(page.text), _LEVEL.search(page.text)
            if system is None or found is None or not _platforms(system.group(1), names):
                continue
            proven = _LEVELS[found.group(1)]
            if proven >= level:
                return  # a proof of the platform's level as claimed (or higher)
            citation = cite_text(member.document, page, found.start(), found.end())
            spec = review.catalog.field(value.field_id)
            yield Finding(rule="declared_vs_evidence.security_level", severity="warning", fields=(spec.label,),
                          message=f"申报表“{spec.label}”称等级保护第{_ZH[level]}级，而《{member.path}》中平台系统"
                                  f"“{system.group(1)}”的{found.group(0)}，低于申报",
                          expected=f"第{_ZH[proven]}级", actual=f"第{_ZH[level]}级",
                          citations=(citation, *value.citations[:1]), files=(member.path, value.file))
            return
