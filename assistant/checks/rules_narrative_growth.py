"""A 申报书 sentence stating the platform revenue's year-on-year change (「平台相关营业收入1837.14万元，同比增长
9.80%」, 「平台营收较上年下降11.00%」) against the form's own 近三年 revenues (family narrative_vs_form, h36).

Read only: a platform revenue (平台 written with 营业收入/营收/业务收入: a company's 营业收入 is another figure),
then in the same sentence a base of the previous year (同比, 较上年, 较2022年 …) right before the direction
(增长/增加/提升/上升 or 下降/减少/降低/下滑) and a percentage. Nothing between them may name another quantity
(利润, 成本, 用户, 订单, 其中 …), the sentence names no year but 2023 (「2022年平台营收…同比增长」 is another
year's change, and a sentence naming two years cannot be told), and no plan (预计, 力争, 到2025年). 「较上年申报
增长」 compares with last year's declaration, not last year's revenue: the base must stand right before the verb.

The written rate is compared with the form's 2023 growth, recomputed from its 2022 and 2023 revenues, and
with the 2023 增长率 the form declares (a sentence restating the form's rate agrees with the form even where
that rate is miscomputed: `growth_rate` says so). The tolerance is half a unit of the rate's last written
digit, a whole unit when qualified (约, 近, 超过), and 0.01 point for the form's rounded revenues. A growth
written where the revenue fell (or the reverse) is the plainest difference. Prose is never unambiguous, so
a difference is a warning that says so.

Must not: read files, or judge a company's revenue, another year's change, or a growth the form cannot show.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from assistant.checks import rule
from assistant.checks.rules_narrative import NARRATIVE_DOUBT
from assistant.core.findings import Finding
from assistant.forms.proposal import package_proposal
from assistant.review.model import Review
from assistant.values.numbers import format_decimal

_CHANGE = re.compile(
    r"(?P<what>平台(?:20\d\d\s*年度?)?(?:实现|完成|取得)?(?:平台)?(?:相关)?(?:营业收入|营收|业务收入))"
    r"(?P<gap>[^。；;！？!?\n]{0,40}?)"
    r"(?P<base>同比|较上年度?|比上年度?|较去年|比去年|(?:较|比|相比)2022年度?)"
    r"(?P<dir>增长|增加|提升|上升|下降|减少|降低|下滑)了?\s*(?P<q>约|近|超过|逾|达)?\s*"
    r"(?P<num>[-−]?\d+(?:\.\d+)?)\s*[%％]")
_FALL = ("下降", "减少", "降低", "下滑")
# another quantity between the revenue and its change: the change is that quantity's
_OTHER = re.compile(r"利润|成本|毛利|研发|用户|企业|客户|设备|订单|交易|占比|其中|公司|集团|合同|净利|费用|人数")
_YEAR = re.compile(r"(20\d\d)\s*年")
_PLAN = re.compile(r"预计|计划|目标|力争|争取|将(?:达|实现|突破|超过|增)|有望|到20\d\d年|至20\d\d年|20(?:2[5-9]|3\d)年")
_SENTENCE = re.compile(r"[。；;！？!?\n]")
_INPUTS = Decimal("0.01")  # the form's revenues are rounded to 0.01 万元: a rate's last digit may move


@dataclass(frozen=True)
class GrowthClaim:
    text: str  # the words from the revenue to the rate
    rate: Decimal  # signed: a fall is negative
    tolerance: Decimal


def growth_claims(sentence: str) -> list[GrowthClaim]:
    """The platform revenue's year-on-year changes a sentence states, as 2023's change."""
    if _PLAN.search(sentence):
        return []
    claims = []
    for found in _CHANGE.finditer(sentence):
        if _OTHER.search(found["gap"]):
            continue
        before_base = sentence[:found.start("base")]
        if any(year != "2023" for year in _YEAR.findall(before_base)):
            continue  # another year's change, or two years' figures in one sentence
        number = found["num"].replace("−", "-")
        rate = Decimal(number)
        if found["dir"] in _FALL:
            rate = -abs(rate)
        places = len(number.split(".")[1]) if "." in number else 0
        step = Decimal(1).scaleb(-places)
        tolerance = (step if found["q"] in ("约", "近", "超过", "逾") else step / 2) + _INPUTS
        claims.append(GrowthClaim(found.group(0), rate, tolerance))
    return claims


def disagrees(claim: GrowthClaim, computed: Decimal, declared: Decimal | None) -> bool:
    """The written change agrees with neither the form's revenues nor its declared 2023 rate."""
    return all(abs(claim.rate - rate) > claim.tolerance for rate in (computed, declared) if rate is not None)


@rule("narrative_vs_form.growth", title="申报书所述平台营收同比增长率与申报表的近三年营收不符", severity="warning",
      basis="附件3 申报书与附件2 申报表应一致（四、相关要求2：确保材料准确性和真实性）")
def revenue_growth_claim(review: Review) -> Iterator[Finding]:
    proposal = package_proposal(review.package, review.catalog)
    latest, prior = review.number("platform_revenue_2023"), review.number("platform_revenue_2022")
    if proposal is None or not latest or not prior or prior <= 0:
        return
    this, last = Decimal(str(latest)), Decimal(str(prior))
    computed = ((this - last) / last * 100).quantize(Decimal("0.01"))
    declared_rate = review.number("platform_revenue_growth_2023")
    declared = Decimal(str(declared_rate)) if declared_rate is not None else None
    for section in proposal.sections:
        if section.number not in ("一", "二", "三", "七"):
            continue
        for paragraph in section.body:
            for sentence in _SENTENCE.split(paragraph.text):
                for claim in growth_claims(sentence):
                    if not disagrees(claim, computed, declared):
                        continue
                    turned = (claim.rate > 0) != (computed > 0) and computed != 0
                    message = (f"申报书称“{claim.text[:60]}”（{'增长' if claim.rate > 0 else '下降'} "
                               f"{format_decimal(abs(claim.rate), 2)}%），申报表2022年平台营收 "
                               f"{format_decimal(last, 2)} 万元、2023年平台营收 {format_decimal(this, 2)} 万元，"
                               f"同比{'增长' if computed > 0 else '下降'} {format_decimal(abs(computed), 2)}%"
                               + (f"（申报表填报2023年增长率 {format_decimal(declared, 2)}%）" if declared is not None else "")
                               + ("，增减方向相反" if turned else "，两者不一致"))
                    cited = [d.citations[0] for d in (review.declared("platform_revenue_2023"),) if d and d.citations]
                    yield Finding(rule="narrative_vs_form.growth", severity="warning",
                                  fields=("平台近三年经营指标情况", "平台相关营业收入（万元）", "2023年平台营收增长率（%）"),
                                  message=message, expected=f"{format_decimal(computed, 2)}%",
                                  actual=f"{format_decimal(claim.rate, 2)}%",
                                  tolerance=f"{format_decimal(claim.tolerance, 2)} 个百分点",
                                  citations=(paragraph.citation, *cited), files=(proposal.file,),
                                  doubts=(NARRATIVE_DOUBT,))
