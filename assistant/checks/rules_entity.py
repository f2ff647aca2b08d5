"""Platform figures proven by another company's statements or exports (family declared_vs_evidence, h52, h42).

The 填报指引 asks for the platform's money figures split out of the 申报单位's own 2023 statements. A
package may prove them with a subsidiary's statements (「商发数智（香港）有限公司 二〇二三年度财务报表
（附属公司 · 平台业务）」), a parent's or a sister company's: the figures may agree with the form, but they
are another entity's, and the reviewer must know whose. A warning names the entity and the figures,
unless a proof of the applicant's own (its audit, a statement it prepared) gives the same figure: a
listed parent's annual report that restates it says nothing new. An export or a statistics table whose head
says another company made it (「导出单位：上海沪电数能科技有限公司」, `evidence.exported_by`) is the same doubt about
a count: whose platform's devices are these? — unless the 申报表 or the 申报书 names that company (「平台云端运维
由全资子公司上海碳索智联科技有限公司承担」): the applicant has said whose back office it is. Neither is another
company when the package states it is the applicant under a former name (「本公司原名称为…」, a file 「…（原名称：
…）」, `rules_counted_items.former_names`, h69). An audit report's cover names whose report it is
(`evidence.exported_by`: a parent's group report, h42). Where another file of the package names that company
beside its relation to the applicant (全资子公司, 母公司, 运营主体: 「委托本公司全资子公司…负责平台日常运营」, h69),
the money figures' note is info: the relation is told, only the 口径 is left to check.

Must not: raise an error (whether a subsidiary's platform business may stand for the applicant's is the
evaluators' call), or speak of company-wide figures (`evidence_judgement` keeps another entity's
company figures out of the comparisons).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.declared_facts import make_finding
from assistant.checks.evidence_judgement import another_entity, different_companies
from assistant.checks.rules_counted_items import former_names
from assistant.checks.rules_evidence import with_evidence
from assistant.core.evidence import PREPARED_BY
from assistant.core.findings import Finding
from assistant.package.model import FileRole

_SAME = Decimal("0.01")  # 万元: the same figure, rounded to the form's cent


@rule("declared_vs_evidence.entity", title="平台数据取自非申报单位的财务报表或导出材料", severity="warning",
      basis="附件2 填报指引：平台相关营业收入、研发投入等依据申报单位2023年度财务报表拆分填报")
def platform_figures_of_another_entity(review) -> Iterator[Finding]:
    groups: dict[tuple[str, str], list] = {}  # (entity, file) → its platform figures of the form's fields
    own = {(f.field_id, Decimal(str(f.normalized))) for f in review.evidence  # the applicant's own proofs
           if f.scope == "platform" and f.normalized is not None and not another_entity(review, f)}
    for fact in review.evidence:
        money = review.catalog.field(fact.field_id).value_type == "money_wan"
        # a count an export gives may not say its scope; a money figure of unknown scope is no platform's
        if fact.scope not in (("platform",) if money else ("platform", "unknown")) or fact.normalized is None \
                or not fact.citations or fact.component or review.declared(fact.field_id) is None \
                or not another_entity(review, fact):
            continue
        backed = any(field == fact.field_id and abs(value - Decimal(str(fact.normalized))) <= _SAME
                     for field, value in own)
        if backed and money:
            continue  # a parent's report restating what the applicant's own statement proves: whose it is, said there
        groups.setdefault((fact.stated(PREPARED_BY), fact.citations[0].file), []).append((fact, backed))
    applicant = review.declared("enterprise_name") or review.declared("applicant")
    explained = narrative(review)
    former = former_names(review) if groups else ()
    for (entity, file), read in groups.items():
        if all(backed for _f, backed in read):
            continue  # every count another proof of the applicant's gives too
        if any(not different_companies(entity, name) for name in former):
            continue  # the applicant under its former name, as the package states it (h69)
        money = any(review.catalog.field(f.field_id).value_type == "money_wan" for f, _b in read)
        if not money and named_in(entity, explained):
            continue  # 「运维由全资子公司上海碳索智联科技有限公司承担」: the 申报书 says whose back office it is (h42)
        # an export's counts go together: the file is whose it is, each figure of it (h42's three device counts)
        facts = [f for f, _backed in read]
        facts.sort(key=lambda f: (f.field_id != "revenue", f.field_id))  # the revenue first: the figure the rest follow
        shown = "、".join(dict.fromkeys(f"{review.catalog.field(f.field_id).label} {f.value}" for f in facts[:6]))
        told = _relation_told(review, entity, file) if money else ""
        if money:
            message = (f"《{file}》第{facts[0].citations[0].page}页的平台数据（{shown}）出自“{entity}”的财务报表，"
                       f"与申报单位“{applicant.raw.strip()}”不是同一主体：填报指引要求依据申报单位的2023年度财务报表"
                       "拆分填报，" + (f"《{told}》说明了该主体与申报单位的关系，请核对取数口径" if told
                                    else "请说明该主体与申报单位的关系及取数口径"))
        else:  # an export or a statistics table another company made (「导出单位：…」, h42)
            message = (f"《{file}》的数据（{shown}）由“{entity}”导出或编制，与申报单位“{applicant.raw.strip()}”"
                       "不是同一主体，申报材料也未说明其与本平台的关系：该数据是否为本平台的数据，请核对")
        fields = list(dict.fromkeys(f.field_id for f in facts))
        finding = make_finding(review, "declared_vs_evidence.entity", "info" if told else "warning", fields, message,
                               actual=facts[0].value, doubts=("材料的主体与申报单位不同，数字相符也不等于申报单位的口径",))
        yield with_evidence(finding, facts)


def narrative(review) -> str:
    """The applicant's own words: the 申报表's and the 申报书's text."""
    return "\n".join(m.document.text for m in review.package.by_role(FileRole.application_form, FileRole.proposal)
                     if not m.document.failed)


def named_in(entity: str, text: str) -> bool:
    """The company is named in the text, in full or by its name without place and legal form."""
    core = re.sub(r"^(?:上海市?|中国)|(?:股份)?(?:有限)?(?:责任)?公司$", "", entity)
    return bool(entity) and (entity in text or (len(core) >= 4 and core in text))


_RELATION = re.compile(r"全资子公司|控股子公司|子公司|母公司|控股股东|运营主体|运营方")


def _relation_told(review, entity: str, report: str) -> str:
    """Another file of the package that names the company beside its relation to the applicant (「委托本公司全资
    子公司上海光明乳业数字科技有限公司负责平台日常运营」, h69): the file's name, or "" when none does."""
    core = re.sub(r"^(?:上海市?|中国)|(?:股份)?(?:有限)?(?:责任)?公司$", "", entity)
    for member in review.package.files:
        if member.path == report or member.document.failed:
            continue
        text = re.sub(r"\s+", "", member.document.text)
        for at in (m.start() for name in {entity, core} if len(name) >= 4 for m in re.finditer(re.escape(name), text)):
            if _RELATION.search(text[max(0, at - 40):at + len(entity) + 40]):
                return member.path
    return ""
