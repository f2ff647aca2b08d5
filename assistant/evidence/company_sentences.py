"""The company's own figures stated in sentences: 「2023年，公司全年实现营业收入3.27亿元，利润总额
2,890.5万元，年末资产总额5.6亿元」 in a 经营情况说明, a letter or an audit report's opinion → the
enterprise fields of 一、企业基本情况 (营业收入 as `COMPANY_REVENUE_COMPONENT`, the upper bound of
主营业务收入 and of the platform's revenue; 主营业务收入, 利润总额, 总资产).

Applicants without a statement in their package prove the company's size this way. A sentence is
read when it names the company (公司, 我司 …; not a parent, subsidiary or group) and no platform before the amount
(`platform_sentences.stated_figures`, scope "company"), of the year the form declares (the
latest the 申报表 asks for); a customer's or an industry's figures, plans and changes are not.
Prose is read with less certainty than a statement (`PROSE_CONFIDENCE`): a difference is a
warning, never an error, and a statement of the same item in the same file wins over it
(`OfflineExtractor`).

Must not: read tables (`assistant.evidence.financial` does) or platform figures.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import COMPANY_REVENUE_COMPONENT
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.evidence.platform_sentences import Stated, latest_year, stated_figures
from assistant.evidence.prose import PROSE_CONFIDENCE
from assistant.values.numbers import convert_money, parse_quantity
from extractors.model import Document

# The item the words name → (field, component, doubt); 主营业务收入 is checked before 营业收入.
_ITEMS: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"主营业务收入$"), "main_business_revenue", "", ""),
    (re.compile(r"(?<!主营业务)(?:营业总收入|营业收入|销售收入)$"), "main_business_revenue", COMPANY_REVENUE_COMPONENT, ""),
    (re.compile(r"利润总额$"), "total_profit", "", ""),
    (re.compile(r"(?:资产总额|总资产|资产总计)$"), "total_assets", "", "存疑：句中未说明为年末（期末）数"),
)
_MOMENT = re.compile(r"年末|期末|年底|末余额")
_WORDS_TAIL = re.compile(r"(?:为|是|达到?|实现|共计|合计|约)+$")


def read_company_sentences(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    """The first sentence stating each company item of the declared year."""
    latest = latest_year(catalog)
    facts: list[EvidenceFact] = []
    seen: set[tuple[str, str]] = set()
    for stated in stated_figures(document, scope="company"):
        target = _item(stated.words)
        if target is None or stated.year != latest or stated.year_doubt:
            continue
        field_id, component, doubt = target
        if field_id == "total_assets" and _MOMENT.search(stated.sentence.split(stated.value_text)[0]):
            doubt = ""
        if (field_id, component) in seen:
            continue
        fact = _fact(catalog, stated, field_id, component, doubt)
        if fact is not None:
            seen.add((field_id, component))
            facts.append(fact)
    return facts


def _item(words: str) -> tuple[str, str, str] | None:
    key = _WORDS_TAIL.sub("", re.sub(r"\s+", "", words))
    return next(((field_id, component, doubt) for pattern, field_id, component, doubt in _ITEMS
                 if pattern.search(key)), None)


def _fact(catalog: Catalog, stated: Stated, field_id: str, component: str, doubt: str) -> EvidenceFact | None:
    quantity = parse_quantity(stated.value_text)
    if quantity is None or quantity.unit not in ("元", "万元", "亿元", "千元"):
        return None
    reasons = (f"证明材料正文：“{stated.sentence[:60]}”注明公司口径", "存疑：数字取自证明材料的叙述文字，非财务报表")
    if doubt:
        reasons = (*reasons, doubt)
    if stated.page.source == "ocr":
        reasons = (*reasons, OCR_REASON)
    return EvidenceFact(
        field_id=field_id, label=catalog.field(field_id).label, component=component, value=stated.value_text,
        unit=quantity.unit, normalized=float(round(convert_money(quantity.value, quantity.unit, "万元"), 6)),
        scope="company", period=f"{stated.year}年度", year=stated.year, confidence=PROSE_CONFIDENCE,
        reasons=reasons, method="text", citations=(stated.citation,),
        note=f"证明材料正文：“{stated.words}{stated.value_text}”")
