"""The platform's money figures stated in sentences of a proof (an audit report's 附注, a 专项说明):
「2023 年度，平台相关营业收入为 28,366.0459 万元，2022 年度为 24,915.7220 万元，2021 年度为 …」,
「平台业务相关资产年初余额为 41,250.38 万元，年末余额为 46,922.14 万元，平均资产总额为 44,086.26 万元」.

A sentence (to 。！？, its wrapped lines joined) is read when it names the platform before the
figure. Each amount is named by the words since the previous amount, back to a comma or a
semicolon; words that name only a period or nothing ("2022 年度为", "年末余额为") continue the
item of the amount before. The year is the nearest one written before the amount in the sentence;
a sentence without one takes the year of the page's previous sentence, or else the report's year
(the one 年度 its first page names), with a doubt. A sentence
listing the parts of the 社会贡献总额 (构成 / 组成) gives only its 合计. Plans, rates and shares give
nothing. What the words name (revenue, R&D, profit, 社会贡献, assets) is `platform_items.item_of`'s to
say; this module only finds the words, the year and the amount.

Must not: read tables (`assistant.evidence.platform` does) or company statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.citations import Citation
from assistant.evidence.prose import page_text
from assistant.evidence.rows import cite_in_block
from assistant.values.numbers import find_quantities
from extractors.model import Document, Page

MONEY_UNITS = ("元", "万元", "亿元", "千元")
_SENTENCE = re.compile(r"[^。！!？?]+")
_YEAR = re.compile(r"(20\d{2})\s*年")
_NOT_STATED = re.compile(r"预计|计划|目标|力争|将达|对标|同行|行业平均")  # a sentence of plans or others' figures
# 「公司全年实现营业收入3.27亿元」: the company's own figures; the customers' or an industry's are not.
_COMPANY = re.compile(r"公司|我司|本单位|本企业")
# A parent's, a subsidiary's, a group's, the customers' or an industry's figures are another scope.
_NOT_THE_COMPANYS = re.compile(r"母公司|子公司|控股|股东|集团|客户|用户|服务企业|上下游|带动|帮助|赋能|行业")
# 「较上年增长1,250万元」, 「同比增加」, 「利润率14.83%」: the clause states a change or a rate, not the figure
# (the sentence's other clauses still may: 「研发投入1,486.35万元，…，研发投入强度13.09%」).
_CHANGE = re.compile(r"同比|环比|增长|增加|减少|提升|下降|较上年|较\d{4}|增速|占比|强度|利润率|比例")
_PARTS_OF_SOCIAL = re.compile(r"社会贡献.*(?:构成|组成|包括)")
_TOTAL_WORD = re.compile(r"合计|总计|共计")
_LEAD = re.compile(r"^(?:20\d{2}\s*年度?|其中|分别|为|是|达|实现|共计|合计)+")
_TRAIL = re.compile(r"(?:为|是|达到?|共计|合计|约)?\s*[:：]?\s*$")
# Words naming only a period: they continue the item of the amount before.
_PERIOD_ONLY = re.compile(r"^(?:20\d{2}\s*年度?|年初|年末|期初|期末|上年|本年)?(?:余额|数|金额)?$")
_YEAR_AFTER = re.compile(r"(?<=[^\d\s])\s*20\d{2}\s*年度?$")
# 「（单位：万元）」 in the words before bare amounts; an amount written as money (「2,563.80」, 「642.18」)
_UNIT_STATED = re.compile(r"[（(]\s*单位\s*[:：]\s*(?:人民币)?\s*(?P<unit>万元|亿元|千元|元)\s*[)）]")
_AMOUNT_WRITTEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2}")
_PERIOD_TAIL = re.compile(r"(?:年初|年末|期初|期末)(?:余额|数|金额)?$")


@dataclass(frozen=True)
class Stated:
    page: Page
    words: str  # what the sentence calls the amount: "平台相关营业收入", "平台业务相关资产年末余额"
    year: int
    value_text: str  # the amount as written, with its unit
    unit: str
    citation: Citation
    sentence: str
    year_doubt: str  # "" when the sentence states its year; else where the year was taken from


def _subject(before: str) -> str | None:
    """Whose amount it is: the platform or the company, whichever the words before it named last
    (「…平台经营情况说明2023年，公司实现营业收入159.64亿元」 is the company's: a title glued on)."""
    platform, company = before.rfind("平台"), max((m.start() for m in _COMPANY.finditer(before)), default=-1)
    return None if platform < 0 and company < 0 else "platform" if platform > company else "company"


def latest_year(catalog) -> int | None:
    """The latest year the 申报表 asks the platform's revenue for (2023): the year of its figures."""
    years = sorted(int(m.group(1)) for f in catalog.fields if (m := re.fullmatch(r"platform_revenue_(\d{4})", f.id)))
    return years[-1] if years else None


def report_year(document: Document) -> int | None:
    """The one year the cover, or else the opinion after it, states a 年度 for (「2023年度审计报告」,
    「2023年度的利润表」, a listed company's 「2023年年度报告」): the period of a part that writes none."""
    for page in document.pages[:2]:
        years = set(re.findall(r"(20\d{2})\s*年(?:年)?度", page.text))
        if years:
            return int(years.pop()) if len(years) == 1 else None
    return None


def stated_figures(document: Document, scope: str = "platform") -> list[Stated]:
    """The amounts the sentences state of the platform (`scope` "platform": the sentence names
    the platform last before the amount) or of the company (`scope` "company": it names the company —
    公司, 我司, 本单位, never a parent, group or customer — last before the amount)."""
    out: list[Stated] = []
    reported = report_year(document)
    for page in document.pages:
        tables = [t.bbox for t in document.tables if t.page_number == page.number and t.bbox is not None]
        text, places = page_text(page, tables)
        last_year: int | None = None
        for match in _SENTENCE.finditer(text):
            found, last_year = _sentence(document, page, text, places, match.start(), match.end(), last_year,
                                         reported, scope)
            out += found
    return out


def _sentence(document, page, text, places, start, end, last_year, reported, scope="platform"):
    sentence = text[start:end]
    years = _YEAR.findall(sentence)
    next_year = int(years[-1]) if years else last_year
    if _NOT_STATED.search(sentence) or (
            "平台" not in sentence if scope == "platform" else
            not _COMPANY.search(sentence) or _NOT_THE_COMPANYS.search(sentence)):
        return [], next_year
    parts_of_social = _PARTS_OF_SOCIAL.search(sentence) is not None
    out = []
    previous_end, item_words = 0, ""
    for quantity, q_start, q_end in find_quantities(sentence, skip_dates=True):
        if sentence[q_start:q_start + 1] in "（(" and sentence[q_end - 1:q_end] in "）)":
            # in prose a bracketed amount is an aside (「占本公司营业收入（55.6108亿元）的…」), not a
            # negative as in a statement's cell
            q_start, q_end = q_start + 1, q_end - 1
            quantity = quantity.model_copy(update={"value": abs(quantity.value)})
        gap = _UNIT_STATED.sub("", sentence[previous_end:q_start]).rstrip("（(")
        previous_end = q_end
        stated = list(_UNIT_STATED.finditer(sentence, 0, q_start))
        if quantity.unit is None and stated and _AMOUNT_WRITTEN.fullmatch(sentence[q_start:q_end].strip()):
            # 「平台相关营业收入（单位：万元）为：2021年度 2,563.80 …」: the amounts in the unit the sentence states
            quantity = quantity.model_copy(update={"unit": stated[-1]["unit"]})
        if quantity.unit not in MONEY_UNITS or quantity.qualifier != "exact":
            item_words = ""
            continue
        if parts_of_social:
            if not _TOTAL_WORD.search(re.split(r"[，,；;]", gap)[-1]):
                continue
            words = "社会贡献总额"
        else:
            parts = re.split(r"[，,；;：:、]", gap)
            clause_words = parts[-1].strip()
            if _CHANGE.search(clause_words):
                item_words = ""
                continue
            # 「平台相关研发费用2023年度为…」: the year after the item names the period, not the item
            words = _YEAR_AFTER.sub("", _TRAIL.sub("", _LEAD.sub("", clause_words)))
            words_at = q_start - len(parts[-1].lstrip())  # the citation starts at the clause
            if not item_words and _PERIOD_ONLY.match(words) and len(parts) > 1 and re.search(r"[：:]\s*\S*\s*$", gap):
                # 「平台相关营业收入：2021年3,862.15万元，2022年…」: the item stands before the colon
                words = _TRAIL.sub("", _LEAD.sub("", parts[-2].strip())) + words
                words_at = sentence.rfind(words, 0, q_start)
            if _PERIOD_ONLY.match(words) and item_words:
                words = _PERIOD_TAIL.sub("", item_words) + words  # "年末余额为": the same item, another moment
            if not words or _subject(sentence[:q_start]) != scope:
                continue
            item_words = words
        # 「2023年度实现…284,179,272.12元（2022年度：…元），相应发生研发支出…」: a year inside a closed aside
        # is the aside's, not the sentence's
        year_here = _YEAR.findall(re.sub(r"[（(][^（）()]*[）)]", "", sentence[:q_start])) \
            or _YEAR.findall(sentence[:q_start])
        year = int(year_here[-1]) if year_here else last_year or reported
        if year is None:
            continue
        doubt = "" if year_here else (f"该句未写年度，沿用上一句的{year}年" if last_year
                                      else f"该句未写年度，按报告期（{year}年度）")
        # The citation runs from the item's words (where the clause writes them) to the amount.
        if parts_of_social or not (0 <= words_at < q_start):
            words_at = sentence.rfind(words, 0, q_start) if words else -1
        citation = _cite(document, page, places, start + (words_at if words_at >= 0 else q_start - len(words) - 4),
                         start + q_start, start + q_end)
        if citation is not None:
            out.append(Stated(page, words, year, sentence[q_start:q_end], quantity.unit, citation,
                              sentence.strip(), year_doubt=doubt))
    return out, next_year


def _cite(document, page, places, words_from: int, q_start: int, q_end: int) -> Citation | None:
    """The amount, with the words before it on the same line, cited in the block holding it."""
    place = places[q_start] if 0 <= q_start < len(places) else None
    if place is None:
        return None
    block, offset = place
    begin = offset
    for k in range(q_start - 1, max(words_from, 0) - 1, -1):
        earlier = places[k]
        if earlier is None or earlier[0] is not block:
            break
        begin = earlier[1]
    return cite_in_block(document, page, block, begin, min(offset + (q_end - q_start), len(block.text)))
