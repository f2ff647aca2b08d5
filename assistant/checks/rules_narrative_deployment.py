"""A 申报书 that says the platform has no private deployment against a 部署方式 ticked 私有云 (family
narrative_vs_form, h23).

「平台全部部署于华为云公有云环境，目前未开展私有化部署」 says the platform runs on the public cloud alone; a
form that ticks 私有云 says otherwise (混合云 is public and private together: it is named alongside). Read are
sentences that deny a private deployment (未开展/未提供/不涉及/没有/无 私有化部署) or say all of the platform
runs on the public cloud (全部/仅/只 部署于…公有云); a plan or a capability (可支持, 将, 计划, 后续) is no
statement of what is deployed. Prose is no form: a warning.

Must not: read files, or judge the private-deployment figures (`rules_completeness` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.checks import rule
from assistant.core.findings import Finding
from assistant.forms.proposal import package_proposal
from assistant.review.model import Review
from assistant.values.typed import parse_checkbox_choice

_NONE_PRIVATE = re.compile(r"(?:未|没有|无|不涉及|尚未|暂未|暂无)(?:开展|进行|提供|实施|涉及|采用)?(?:任何)?(?:私有化|私有云|本地化)部署"
                           r"|(?:全部|均|仅|只)(?:部署|运行|承载|托管)(?:于|在)[^，,。；;]{0,16}公有云")
_NOT_A_STATEMENT = re.compile(r"可支持|支持私有|可提供|将|计划|预计|后续|未来|拟|如需|可按需|客户要求")
_SENTENCE = re.compile(r"[。；;！？!?\n]")
_PRIVATE_CHOICES = ("私有云", "混合云")


@rule("narrative_vs_form.deployment", title="申报书称平台无私有化部署，与申报表勾选的部署方式不符", severity="warning",
      basis="附件3 申报书与附件2 申报表应一致（四、相关要求2：确保材料准确性和真实性）")
def no_private_deployment(review: Review) -> Iterator[Finding]:
    deployment = review.primary_form.get("deployment")
    if deployment is None:
        return
    spec = review.catalog.field("deployment")
    ticked = [c for c in parse_checkbox_choice(deployment.raw, list(spec.options)).chosen if c in _PRIVATE_CHOICES]
    proposal = package_proposal(review.package, review.catalog) if ticked else None
    if proposal is None:
        return
    for section in proposal.sections:
        for paragraph in section.body:
            text = paragraph.text.replace("\n", "")
            for sentence in _SENTENCE.split(text):
                said = _NONE_PRIVATE.search(sentence)
                if said is None or _NOT_A_STATEMENT.search(sentence):
                    continue
                message = (f"申报表部署方式勾选了{'、'.join(ticked)}，申报书称“{sentence.strip()[:60]}”"
                           f"（即平台无私有化部署），两者不一致，请核对")
                yield Finding(rule="narrative_vs_form.deployment", severity="warning", fields=(spec.label,),
                              message=message, expected="、".join(ticked), actual=said.group(0),
                              citations=(paragraph.citation, *deployment.citations[:1]), files=(proposal.file,))
                return
