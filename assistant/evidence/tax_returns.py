"""The enterprise income-tax return as a proof of the company's figures (企业所得税年度纳税申报表（A类）).

Applicants without an audit report prove 营业收入, 主营业务收入 and 利润总额 with the return they filed:
the 主表 A100000 prints 「一、营业收入」 at 行次 1 and 「三、利润总额（10+11-12）」 at 行次 13, the 一般企业
收入明细表 A101010 「(一)主营业务收入」 at 行次 2. The 行次 of the form are fixed by the tax office, and a
line is read only when its 行次 and its words both say it — its words loosely, as OCR of a stamped
scan reads 额 as 膜 (「三、利润总膜」) — with one amount on the line. The 行次 column is never an
amount. A table is the form's when its page names it (A100000, 一般企业收入明细表, …); the year is
the 税款所属期间's and must be a whole year (2023年01月01日至2023年12月31日); the unit is the
form's 「金额单位：人民币元」. The figures are the taxpayer's (scope company), and say whose.

A 税收完税证明 (printed from the 电子税务局) lists the taxes paid, each with its 税款所属时期, closed
by 「金额合计 ¥3,879,333.55」: the year's 税金 when every line is of one whole year (2023-01-01至2023-12-31).

Must not: read the other lines (纳税调整, 应纳税所得额 are tax quantities, not the company's results) or
compare with the form (the checks do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import COMPANY_REVENUE_COMPONENT
from assistant.core.evidence import OCR_REASON, PREPARED_BY, EvidenceValue
from assistant.core.text_keys import squash
from assistant.evidence.platform_items import AMOUNT
from assistant.evidence.rows import Row, document_rows
from assistant.values.numbers import convert_money, parse_quantity
from extractors.model import Document


@dataclass(frozen=True)
class _Line:
    number: int  # 行次
    words: re.Pattern  # what its label says, loosely
    field_id: str
    component: str


_FORMS = {
    "A100000": (re.compile(r"A100000|企业所得税年度纳税申报表[（(]A类[)）]?$|纳税申报表（A类"),
                (_Line(1, re.compile(r"营业收入"), "main_business_revenue", COMPANY_REVENUE_COMPONENT),
                 _Line(13, re.compile(r"利润总.|利.总额"), "total_profit", ""))),
    "A101010": (re.compile(r"A101010|一般企业收入明细表"),
                (_Line(2, re.compile(r"主营业务收入|主营业.收入"), "main_business_revenue", ""),)),
}
_PERIOD = re.compile(r"税款所属期间[:：]?\s*(20\d\d)\s*年\s*0?1\s*月\s*0?1\s*日\s*至\s*(20\d\d)\s*年\s*12\s*月\s*31\s*日")
_YUAN = re.compile(r"金额单位[:：]\s*(?:人民币)?元")
_TAXPAYER = re.compile(r"纳税人名称[:：]\s*(?P<name>[\u4e00-\u9fff（）()A-Za-z0-9]{4,40}?(?:公司|集团|研究院|研究所|中心))")


def read_tax_returns(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    values: list[EvidenceValue] = []
    seen: set[tuple[str, str]] = set()
    rows_by_page: dict[int, list[Row]] = {}
    for row in document_rows(document):
        rows_by_page.setdefault(row.page.number, []).append(row)
    for rows in rows_by_page.values():
        page = rows[0].page
        text = squash(page.text)
        period = _PERIOD.search(text)
        form = next((lines for marker, lines in _FORMS.values() if marker.search(text)), None)
        if form is None or period is None or period.group(1) != period.group(2) or not _YUAN.search(text):
            continue
        year = int(period.group(1))
        taxpayer = _TAXPAYER.search(text)
        for row in rows:
            found = _line(row, form)
            if found is None or (found[0].field_id, found[0].component) in seen:
                continue
            line, cell = found
            seen.add((line.field_id, line.component))
            values.append(_value(catalog, line, row, cell, year, taxpayer["name"] if taxpayer else ""))
    return values


_CERTIFICATE = re.compile(r"税收完税证明|完税证明")
_TAX_PERIOD = re.compile(r"(20\d\d)-01-01\s*至\s*(20\d\d)-12-31|(20\d\d)-\d\d-\d\d\s*至\s*20\d\d-\d\d-\d\d")
_TOTAL_PAID = re.compile(r"^(?:金额合计|合计金额|实缴金额合计|合计)$")


def read_tax_certificates(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    """The year's 税金 from a 税收完税证明's 金额合计 (see the module doc)."""
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        if len(cells) != 2 or not _TOTAL_PAID.match(squash(cells[0].text)) or not _CERTIFICATE.search(row.page.text):
            continue
        periods = _TAX_PERIOD.findall(row.page.text)
        years = {a for a, b, _other in periods if a == b and a}
        if not periods or len(years) != 1 or any(other for _a, _b, other in periods):
            return []  # lines of other periods (a month, a quarter) or of several years: no year's taxes
        amount = re.sub(r"^[¥￥]\s*", "", cells[1].text.strip())
        quantity = parse_quantity(amount, whole=True) if AMOUNT.match(amount) else None
        if quantity is None:
            return []
        year = int(years.pop())
        taxpayer = _TAXPAYER.search(squash(row.page.text))
        reasons = (f"税收完税证明的金额合计（{year}年度各税种实缴金额）",
                   *((f"{PREPARED_BY}{taxpayer['name']}",) if taxpayer else ()),
                   *((OCR_REASON,) if row.page.source == "ocr" else ()))
        citation = row.span_citation(cells[0].citation, cells[1].citation)
        return [EvidenceValue(field_id="taxes", label=catalog.field("taxes").label, value=cells[1].text.strip(), unit="元",
                              normalized=float(round(convert_money(quantity.value, "元", "万元"), 6)), scope="company",
                              period=f"{year}年度", year=year, confidence=0.85 if row.page.source == "ocr" else 0.95,
                              reasons=reasons, status="found", method="table_row" if row.source == "table" else "text",
                              citations=(citation,) if citation is not None else ())]
    return []


def _line(row: Row, form: tuple[_Line, ...]):
    cells = [c for c in row.cells if c.text.strip()]
    if len(cells) < 3 or not re.fullmatch(r"\d{1,2}", cells[0].text.strip()):
        return None
    amounts = [c for c in cells[1:] if AMOUNT.match(c.text.strip()) and "." in c.text]
    words = "".join(squash(c.text) for c in cells[1:] if c not in amounts)
    line = next((item for item in form if item.number == int(cells[0].text) and item.words.search(words)), None)
    return (line, amounts[-1]) if line is not None and len(amounts) == 1 else None


def _value(catalog: Catalog, line: _Line, row: Row, cell, year: int, taxpayer: str) -> EvidenceValue:
    quantity = parse_quantity(cell.text, whole=True)
    normalized = float(round(convert_money(quantity.value, "元", "万元"), 6)) if quantity is not None else None
    label = next((c for c in row.cells[1:] if c.text.strip() and c is not cell), None)
    citation = row.span_citation(label.citation if label else None, cell.citation)
    reasons = (f"企业所得税年度纳税申报表第{line.number}行（{year}年度，金额单位：元）",
               *((f"{PREPARED_BY}{taxpayer}",) if taxpayer else ()),
               *((OCR_REASON,) if row.page.source == "ocr" else ()))
    return EvidenceValue(field_id=line.field_id, label=catalog.field(line.field_id).label, component=line.component,
                         value=cell.text.strip(), unit="元", normalized=normalized, scope="company",
                         period=f"{year}年度", year=year, confidence=0.85 if row.page.source == "ocr" else 0.95,
                         reasons=reasons, status="found", method="table_row" if row.source == "table" else "text",
                         citations=(citation,) if citation is not None else ())
