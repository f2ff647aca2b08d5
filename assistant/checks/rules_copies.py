"""A file held twice, and a list counted with its copy (family declared_vs_evidence).

The same bytes under two names are one proof: the evidence is read once, the package's copies are
listed (information: a 备份 folder is housekeeping), and a declared count that is a list's count
times the number of its copies (114 = 57 + 57, the 软著 list and 「备份/软件著作权登记清单（2024版）.xlsx」)
is the same list counted twice — an error, both sides being plain: the list prints its own 合计.

Must not: compare a list with the form otherwise (`rules_evidence`' count_vs_list leaves this case
to this rule).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.checks import rule
from assistant.checks.copies import copies, counted_with_copies
from assistant.checks.declared_facts import make_finding, read_amount
from assistant.checks.rules_evidence import with_evidence
from assistant.core.findings import Finding


@rule("integrity.duplicate_files", title="申报材料中有内容完全相同的文件", severity="info",
      basis="附件3 六：证明材料逐项提供；同一文件重复提交不增加证明")
def duplicate_files(review):
    shown: set[str] = set()
    for path, same in copies(review).items():
        if path in shown:
            continue
        shown.update(same)
        listed = "、".join(f"“{p}”" for p in same)
        yield Finding(rule="integrity.duplicate_files", severity="info", fields=tuple(same),
                      message=f"{listed} 内容完全相同（同一文件的副本），按一份证明材料读取",
                      expected="每份证明材料一个文件", actual=f"{len(same)} 份相同文件", files=tuple(same))


@rule("declared_vs_evidence.copy_counted", title="申报数量将同一清单及其副本重复计数", severity="error",
      basis="附件3 六：产品专利和知识产权证书（及清单）等证明材料；同一清单的副本不是另一份证明")
def list_counted_with_its_copy(review):
    seen: set[str] = set()
    held_twice = copies(review)
    for fact in review.evidence:
        if fact.method != "list_count" or fact.normalized is None or not fact.citations or fact.field_id in seen:
            continue
        declared = read_amount(review, fact.field_id)
        path = fact.citations[0].file
        held = counted_with_copies(held_twice, path, Decimal(str(fact.normalized)), declared.value) if declared else 0
        if not held:
            continue
        seen.add(fact.field_id)
        spec = review.catalog.field(fact.field_id)
        others = "、".join(f"“{p}”" for p in held_twice[path][1:])
        message = (f"申报表填报{spec.label} {declared.show()}，为清单《{path}》所列 {fact.value} 的 {held} 倍；"
                   f"{others} 与该清单内容完全相同，是同一清单的副本，同一批项目被重复计数（实为 {fact.value}）")
        finding = make_finding(review, "declared_vs_evidence.copy_counted", "error", [fact.field_id], message,
                               expected=str(fact.value), actual=declared.show())
        yield with_evidence(finding, [fact])
