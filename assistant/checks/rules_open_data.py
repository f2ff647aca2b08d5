"""标识解析 answered 否 while a proof counts the platform's identifiers (family declared_vs_evidence).

填报指引 3.1.3 asks 是/否 and, for 是, how the platform uses the national 标识解析 system. When the
form says 否 and a proof in the package states the platform's registered identifiers or
resolutions (「截至2024年6月累计注册标识126万条、解析量2,380万次」, `evidence.open_data`), one of the
two is wrong (h23). A warning: the proof may speak of a node the company runs for another business,
which only a reviewer can tell. The figures inside a 是 answer are compared by the one judgement
(`evidence_judgement._compare_part`), as any declared figure is.

Must not: read files, or judge a 是 answer without figures (`answer_format` asks for the detail).
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding, short_name
from assistant.checks.rules_evidence import with_evidence
from assistant.core.findings import Finding
from assistant.values.open_data import REGISTRATIONS_COMPONENT, RESOLUTIONS_COMPONENT


@rule("declared_vs_evidence.identifier_use", title="申报未融合使用标识解析，证明材料显示已使用", severity="warning",
      basis="填报指引 3.1.3：平台是否融合使用国家标识解析系统（是/否，并简述使用情况）")
def identifier_use_denied(review) -> Iterator[Finding]:
    typed = review.typed("identifier_resolution")
    if typed is None or typed.normalized is not False:
        return
    used = [v for v in review.evidence if v.field_id == "identifier_resolution" and v.citations
            and v.component in (REGISTRATIONS_COMPONENT, RESOLUTIONS_COMPONENT) and v.status == "found"]
    if not used:
        return
    shown = "、".join(dict.fromkeys(f"《{v.citations[0].file}》第{v.citations[0].page}页“{v.note or v.value}”" for v in used[:3]))
    spec = review.catalog.field("identifier_resolution")
    message = f"申报表{short_name(spec)}填报“否”，而{shown}：证明材料显示平台已使用标识解析，两者不一致"
    finding = make_finding(review, "declared_vs_evidence.identifier_use", "warning", ["identifier_resolution"], message,
                           expected="是", actual="否",
                           doubts=["证明材料所述标识节点可能服务于企业的其他业务，请核实是否为本平台使用"])
    yield with_evidence(finding, used)
