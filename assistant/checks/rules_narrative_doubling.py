"""A 申报书 sentence that the platform's revenue doubled (「2023年平台营收较上年翻一番」) against the form's own
近三年 revenues (family narrative_vs_form, h63).

「翻一番」 is ×2, 「翻两番」 ×4 (翻番, 翻倍, 倍增, 增长一倍: ×2); 「近翻一番」 admits a little less. The base year is the
one the sentence names: 较上年 / 同比 / 较2022年 → 2022; 近三年 / 三年来 / 较2021年 → 2021; a sentence that names
none is not read. The form's 2023 revenue over the base year's is compared with the multiple written, as plain
wording allows: a claim is wrong when the revenue grew by less than three quarters of it (翻一番 on +28.59% is;
on +92% it is not), two thirds with 「近」. Growing more than claimed is no misstatement. A plan (预计, 力争, 到2025年)
is no claim about 2023. Prose is never unambiguous, so a difference is a warning that says so.

Must not: read files, or compare with a growth rate the form does not declare (the form's revenues are used).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.rules_narrative import NARRATIVE_DOUBT
from assistant.core.findings import Finding
from assistant.forms.proposal import package_proposal
from assistant.review.model import Review
from assistant.values.numbers import format_decimal

_DOUBLED = re.compile(
    r"(?P<what>(?:平台)?(?:相关)?(?:营业收入|营收|业务收入))[^，,。；;\d]{0,14}?(?P<near>近|接近|几乎|基本)?(?:实现|已经|已)?\s*"
    r"(?:翻了?(?P<times>一|两|二|三)番|(?P<two>翻番|翻倍|倍增|增长了?一倍|增加了?一倍))")
_TIMES = {"一": 2, "两": 4, "二": 4, "三": 8}
_BASE_PRIOR = re.compile(r"较上年|比上年|同比|较去年|比去年|较2022年|比2022年|相比2022年|与2022年相比|2022年的")
_BASE_THREE = re.compile(r"近三年|三年来|三年间|较2021年|比2021年|相比2021年|与2021年相比|2021年的")
_PLAN = re.compile(r"预计|计划|目标|力争|争取|将(?:达|实现|突破|超过|翻|增)|有望|到20\d\d年|至20\d\d年|20(?:2[5-9]|3\d)年")
_SENTENCE = re.compile(r"[。；;！？!?\n]")


@rule("narrative_vs_form.doubling", title="申报书称平台营收翻番，与申报表的近三年营收不符", severity="warning",
      basis="附件3 申报书与附件2 申报表应一致（四、相关要求2：确保材料准确性和真实性）")
def revenue_doubling(review: Review) -> Iterator[Finding]:
    proposal = package_proposal(review.package, review.catalog)
    latest = review.number("platform_revenue_2023") or review.number("revenue")
    if proposal is None or not latest:
        return
    for section in proposal.sections:
        if section.number not in ("一", "二", "三", "七"):
            continue
        for paragraph in section.body:
            for sentence in _SENTENCE.split(paragraph.text):
                found = _DOUBLED.search(sentence)
                if found is None or _PLAN.search(sentence):
                    continue
                three, prior = _BASE_THREE.search(sentence), _BASE_PRIOR.search(sentence)
                if bool(three) == bool(prior):
                    continue  # no base year named, or two: which growth is meant cannot be told
                base_year = 2021 if three else 2022
                base = review.number(f"platform_revenue_{base_year}")
                if not base or base <= 0:
                    continue
                multiple = Decimal(_TIMES[found["times"]] if found["times"] else 2)
                ratio = Decimal(str(latest)) / Decimal(str(base))
                least = 1 + (multiple - 1) * (Decimal(2) / 3 if found["near"] else Decimal(3) / 4)
                if ratio >= least:
                    continue
                growth = (ratio - 1) * 100
                label = review.catalog.field(f"platform_revenue_{base_year}").label
                message = (f"申报书称“{sentence.strip()[:60]}”（约 ×{multiple}），申报表{base_year}年平台营收 "
                           f"{format_decimal(Decimal(str(base)), 2)} 万元、2023年平台营收 "
                           f"{format_decimal(Decimal(str(latest)), 2)} 万元，增长 {format_decimal(growth, 2)}%"
                           f"（×{format_decimal(ratio, 2)}），远不到所称的倍数")
                declared = review.declared(f"platform_revenue_{base_year}")
                yield Finding(rule="narrative_vs_form.doubling", severity="warning",
                              fields=("平台近三年经营指标情况", label, "2023年平台营收（万元）"), message=message,
                              expected=f"×{format_decimal(ratio, 2)}", actual=found.group(0),
                              tolerance=f"×{format_decimal(least, 2)}",
                              citations=(paragraph.citation, *(declared.citations[:1] if declared else ())),
                              files=(proposal.file,), doubts=(NARRATIVE_DOUBT,))
