"""A platform's construction investment table → evidence of 平台建设金额.

An applicant proves what the platform cost with a 「平台建设投入明细表」 from its finance department:
「序号 | 投入项目 | 金额 | 占比」 under 「单位：元」, closed by 「合计 | 135,024,600.00 | 100.0%」. The table
is taken for the platform's construction when its title (the lines above it, or its sheet) says
so — 平台…建设…投入/投资/资金 — and its 合计 row is read in the money column, in the unit its
header, the 单位 line above it or the cell states (none: nothing). A table of anything else
(an annual budget, a revenue breakdown) says nothing, however its rows are worded.

An auditor's note or a 说明 may state it in a sentence instead — 「截至2023年12月31日，平台累计建设
投入52,000,000.00元（含软硬件购置…）」: the platform's construction named before an amount with its
unit, in one clause (a plan, a budget or another's figure: nothing), or the clause opening with its
construction where the sentence opened with the platform (「平台自2018年9月开始建设，累计建设投入
5,460.00万元」). Read with the doubt of prose.

A construction contract titled for the platform (「…工业互联网平台（二期）建设项目 合同」, 「…平台合作共建协议」)
states its price — 「本合同总价款为人民币陆仟捌佰伍拾万元整（¥68,500,000.00）」: that is what one contract
costs, a part of the construction at most (a phase, one builder), so it is read as a segment's figure,
shown beside the declared amount and compared with nothing.

The platform's R&D ledger reads the same way (`read_rd_ledger`): 「平台研发项目辅助账汇总表（2023年度）」 over
「费用项目 | 金额」 under 「单位：元」, its 「合计（归属平台研发项目）」 the platform's R&D of the year its title
names (another year, or none: nothing).

Must not: add the rows up (the table's own total is the evidence) or compare with the form.
"""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.platform_sentences import latest_year
from assistant.evidence.prose import CLAUSE, PROSE_CONFIDENCE, first_statements
from assistant.evidence.rows import (
    Row,
    cite_in_block,
    document_rows,
    table_of,
    unit_above,
)
from assistant.values.numbers import (
    find_quantities,
    sole_quantity,
    to_wan,
    unit_from_header,
)
from extractors.model import Document

_TITLE = re.compile(r"平台.{0,12}建设.{0,6}(?:投入|投资|资金|金额|费用|支出)|建设(?:投入|投资)(?:明细|情况|汇总|统计)")
_MONEY_COLUMN = re.compile(r"^(?:投入|投资|建设|实际)?(?:金额|投资额|投入额|资金|费用|支出)(?:[（(].{0,6}[)）])?$")
_TOTAL = re.compile(r"^(?:合计|总计|共计|投入合计|投资合计|(?:平台)?(?:建设)?累计(?:建设)?(?:投入|投资)(?:金额|总额)?"
                    r"|(?:平台)?建设(?:总)?(?:投入|投资)(?:总额|合计))[:：]?$")
_CONFIDENCE = 0.85  # the applicant's own table: no auditor's word on what counts as the platform's


class _Ledger(NamedTuple):
    field_id: str
    title: re.Pattern
    total: re.Pattern
    what: str  # the table's kind, for the reviewer
    annual: bool  # a year's figure (its title says the year) or a cumulative one


_BUILD = _Ledger("platform_build_amount", _TITLE, _TOTAL, "平台建设投入明细表", annual=False)
# 「平台研发项目辅助账汇总表（2023年度）」 | 「单位：元」 | 费用项目 | 金额 … 「合计（归属平台研发项目）」 (h81);
# 「表2 平台研发支出明细表（2023年度）」 … 「平台研发投入合计」 (h10)
_RD = _Ledger("rd_investment", re.compile(r"平台.{0,12}研发.{0,10}(?:辅助账|投入明细|费用明细|支出明细|投入汇总|费用汇总)"),
              re.compile(r"^(?:平台)?(?:研发(?:投入|费用|支出))?(?:合计|总计|共计)(?:\([^()]{0,16}\))?[:：]?$"),
              "平台研发投入明细表", annual=True)


def read_build_amount(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    return _table_total(document, catalog, _BUILD) or first_statements(
        document, CLAUSE, partial(_clause, document, catalog.field("platform_build_amount"), _contract(document)))


def read_rd_ledger(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    """The platform's R&D of a year as its 研发辅助账 (the ledger 加计扣除 keeps by project) totals it."""
    return _table_total(document, catalog, _RD)


def _table_total(document: Document, catalog: Catalog, ledger: _Ledger) -> list[EvidenceFact]:
    spec = catalog.field(ledger.field_id)
    recent: list[str] = []  # the lines above the table: its title and its 单位
    header: tuple[Row, int, str | None, int | None] | None = None  # header row, money column, unit, year
    for row in document_rows(document):
        texts = [c.text.strip() for c in row.cells]
        joined = " ".join(t for t in texts if t)
        money = next((i for i, t in enumerate(texts) if _MONEY_COLUMN.match(compact(t))), None)
        if money is not None and not any(re.search(r"\d", re.sub(r"[（(][^)）]*[)）]", "", t)) for t in texts):
            context = [*recent[-4:], _sheet(document, row)]
            if (title := next((c for c in reversed(context) if ledger.title.search(compact(c))), None)) is not None:
                unit = unit_from_header(texts[money]) or unit_above(context)
                years = re.findall(r"(20\d\d)\s*年", title)
                header = (row, money, unit, int(years[-1]) if len(set(years)) == 1 else None)
            continue
        if row.source == "line" and len(joined) <= 60:
            recent.append(joined)
        if header is None or not texts or not ledger.total.match(compact(next((t for t in texts if t), ""))):
            continue
        if ledger.annual and header[3] != latest_year(catalog):
            return []  # another year's ledger, or one that does not say its year
        fact = _total(row, texts, header, spec, ledger)
        if fact is not None:
            return [fact]  # one total a document
    return []


_SAID = re.compile(r"平台[^，,。；;]{0,16}?(?:累计|总)?建设(?:总)?(?:投入|投资|资金|金额)(?:总额|合计|金额)?"
                   r"(?:共计|合计|累计)?(?:为|达|达到|约)?\s*$")
_SAID_ALONE = re.compile(r"^\s*(?:截至[^，,。；;\d]{0,4}\d{4}\s*年[^，,。；;]{0,8}?(?:末|底|日|月)\s*)?(?:累计|总)?建设(?:总)?(?:投入|投资|资金|金额)(?:总额|合计|金额)?(?:共计|合计|累计)?(?:为|达|达到|约)?\s*$")
_PLATFORM_SUBJECT = re.compile(r"平台(?:自|于|从|始建于)\s*\d{4}\s*年")
_NOT_SPENT = re.compile(r"预计|计划|拟|预算|目标|将|新增|本年|当年|年度")


_CONTRACT_TITLE = re.compile(r"平台.{0,24}(?:建设|共建|建造)|(?:建设|共建)[^，。]{0,16}平台")
_CONTRACT_PRICE = re.compile(r"(?:本)?(?:合同|协议)(?:总)?(?:价款|金额|总价|总额|价格)(?:总额|合计)?(?:为|是|共计|合计)?[:：]?\s*$")


def _contract(document: Document) -> bool:
    """Whether the document is a contract for building the platform: its first lines name one."""
    if not document.pages:
        return False
    head = compact("".join(b.text for b in document.pages[0].blocks[:8]))
    return bool(_CONTRACT_TITLE.search(head)) and bool(re.search(r"合同|协议", head))


def _clause(document: Document, spec, contract: bool, page, text: str, places, start: int,
            end: int) -> list[EvidenceFact]:
    clause = text[start:end]
    if contract and (fact := _price(document, spec, page, clause, places, start)) is not None:
        return [fact]
    # 「平台自2018年9月开始建设，累计建设投入5,460.00万元」: the sentence's subject, the platform, said once
    before = re.split(r"[。；;！？!?\n]", text[:start])[-1]
    subjects = list(_PLATFORM_SUBJECT.finditer(before))
    carried = bool(subjects) and not re.search(r"公司|集团", before[subjects[-1].end():])
    for quantity, q_start, q_end in find_quantities(clause, skip_dates=True):
        said = _SAID.search(clause[:q_start]) or (_SAID_ALONE.search(clause[:q_start]) if carried else None)
        if said is None or quantity.unit not in ("元", "万元", "亿元") or _NOT_SPENT.search(clause[:q_start]):
            continue
        wan = to_wan(quantity)
        place = places[start + q_start] if start + q_start < len(places) else None
        first = places[start + said.start()] if start + said.start() < len(places) else None
        if wan is None or wan <= 0 or place is None:
            return []
        block, offset = place
        begin = first[1] if first is not None and first[0] is block else offset
        citation = cite_in_block(document, page, block, begin, min(offset + q_end - q_start, len(block.text)))
        reasons = [f"证明材料正文：“{clause[said.start():q_end].strip()}”", "存疑：数字取自叙述文字，非建设投入明细表"]
        if page.source == "ocr":
            reasons.append(OCR_REASON)
        return [EvidenceFact(field_id=spec.id, label=spec.label, value=quantity.raw, unit=quantity.unit,
                             normalized=float(round(wan, 2)), scope="platform", period="累计",
                             confidence=PROSE_CONFIDENCE, reasons=tuple(reasons), method="text",
                             citations=(citation,), note="建设投入（正文）")]
    return []


def _price(document: Document, spec, page, clause: str, places, start: int) -> EvidenceFact | None:
    """A construction contract's price (「本合同总价款为人民币陆仟捌佰伍拾万元整（¥68,500,000.00）」):
    its first amount, as one contract's share of the construction."""
    for quantity, q_start, q_end in find_quantities(clause, skip_dates=True):
        said = _CONTRACT_PRICE.search(clause[:q_start])
        if said is None or quantity.unit not in ("元", "万元", "亿元"):
            continue
        wan = to_wan(quantity)
        place = places[start + q_start] if start + q_start < len(places) else None
        if wan is None or wan <= 0 or place is None:
            return None
        block, offset = place
        citation = cite_in_block(document, page, block, offset, min(offset + q_end - q_start, len(block.text)))
        reasons = [f"平台建设合同：“{clause[said.start():q_end].strip()}”",
                   "存疑：一份建设合同的价款，平台累计建设投入可能还包括其他合同或投入"]
        if page.source == "ocr":
            reasons.append(OCR_REASON)
        return EvidenceFact(field_id=spec.id, label=spec.label, value=quantity.raw, unit=quantity.unit,
                            normalized=float(round(wan, 2)), scope="segment", period="合同价款",
                            confidence=PROSE_CONFIDENCE, reasons=tuple(reasons), method="text",
                            citations=(citation,), note="建设合同价款")
    return None


def _sheet(document: Document, row: Row) -> str:
    table = table_of(document, row.table_index)
    return table.locator.split("!")[0] if table is not None else ""


def _total(row: Row, texts: list[str], header: tuple[Row, int, str | None, int | None], spec,
           ledger: _Ledger) -> EvidenceFact | None:
    head, money, unit, year = header
    if row.source == "table":
        if row.table_index != head.table_index or money >= len(row.cells):
            return None
        cell = row.cells[money]
    else:  # an untabled line: its first amount that is no share
        amounts = [c for c in row.cells[1:] if (q := sole_quantity(c.text)) is not None and q.unit != "%"]
        if not amounts:
            return None
        cell = amounts[0]
    quantity = sole_quantity(cell.text)
    if quantity is None or cell.citation is None:
        return None
    wan = to_wan(quantity, default_unit=unit)
    if wan is None or wan <= 0:
        return None  # no unit anywhere: 元 or 万元 is not said
    reasons = [f"{ledger.what}的“{texts[0] or '合计'}”行"]
    if row.page.source == "ocr":
        reasons.append(OCR_REASON)
    return EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text.strip(), unit=quantity.unit or unit or "",
                        normalized=float(round(wan, 2)), scope="platform",
                        period=f"{year}年度" if ledger.annual else "累计", year=year if ledger.annual else None,
                        confidence=_CONFIDENCE, reasons=tuple(reasons),
                        method="ocr_figure" if row.page.source == "ocr" else "table_row",
                        citations=(cell.citation,), note=f"{ledger.what}合计")
