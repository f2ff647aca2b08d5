"""The build-up of 社会贡献总额 → the inputs of 平台社会贡献率, one fact per item.

The 填报指引 defines 社会贡献率 = 社会贡献总额 ÷ 平均资产总额 and names what 社会贡献总额 includes:
工资（含奖金、津贴等工资性收入）, 劳保退休统筹及其他社会福利支出, 利息支出净额, 应交增值税, 产品销售税金及
附加, 应交所得税及其他税, 净利润. Applicants prove it with a 社会贡献总额明细表 / 测算表 (PDF or a workbook
of SUM formulas): a row per item with one amount, a 合计 row, and often 平均资产总额 beside it.

A row is read when its label (after a 序号) starts with one of the notice's item names and one
amount follows (a 备注 may stand after it) — in a document that speaks of 社会贡献 (its title or a heading). The unit is the
header's, the row's or the document's 「单位：…」 (元 converted to 万元); a document stating none gives
the items with a doubt, in the unit they are written in. The 合计 (社会贡献总额合计) and 平均资产总额 rows
give those two inputs. Scope: the platform's when the document names the platform (口径：…平台业务单元),
else unknown.

Must not: read the company's 利润表 (its 净利润 is the company's: `financial` reads it), or compare
with the form (the checks do).
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import (
    AVERAGE_ASSETS_COMPONENT,
    SOCIAL_CONTRIBUTION_COMPONENT,
)
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import squash
from assistant.evidence.rows import Row, document_rows
from assistant.values.numbers import convert_money, parse_quantity, unit_from_header
from extractors.model import Document

FIELD = "social_contribution_rate"
# The notice's own names of the items, each with the words applicants shorten it to.
ITEMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("工资（万元）", re.compile(r"^(?:职工)?工资")),
    ("劳保退休统筹及其他社会福利支出（万元）", re.compile(r"^劳保|^(?:退休统筹|社会福利)")),
    ("利息支出净额（万元）", re.compile(r"^利息支出")),
    ("应交增值税（万元）", re.compile(r"^(?:应交|缴纳)?增值税")),
    ("产品销售税金及附加（万元）", re.compile(r"^(?:产品销售)?税金及附加")),
    ("应交所得税及其他税（万元）", re.compile(r"^(?:应交)?所得税")),
    ("净利润（万元）", re.compile(r"^净利润")),
    (SOCIAL_CONTRIBUTION_COMPONENT, re.compile(r"^社会贡献(?:总额)?(?:合计|总计)|^合计$")),
    (AVERAGE_ASSETS_COMPONENT, re.compile(r"^(?:平台)?平均资产(?:总额)?$")),
)
_SOCIAL = re.compile(r"社会贡献")
_AMOUNT = re.compile(r"^[(（]?-?\d[\d,]*(?:\.\d+)?[)）]?$")
_SERIAL = re.compile(r"^\d{1,2}[.、]?$")
_MONEY = ("元", "千元", "万元", "百万元", "亿元")


def read_social_contribution(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    if not any(f.id == FIELD for f in catalog.fields) or not _SOCIAL.search(document.text[:3000]):
        return []
    spec = catalog.field(FIELD)
    platform = bool(re.search(r"平台", document.text[:1500]))
    unit: str | None = None
    facts: dict[str, EvidenceFact] = {}
    for row in document_rows(document):
        cells = [c for c in row.cells if c.text.strip()]
        texts = [squash(c.text) for c in cells]
        stated = next((u for t in texts if (u := unit_from_header(t)) in _MONEY), None)
        if stated and not any(_AMOUNT.match(t) for t in texts):
            unit = stated  # a header 「…金额（万元）」 or a line 「单位：元」
            continue
        if texts and _SERIAL.match(texts[0]):
            cells, texts = cells[1:], texts[1:]
        amounts = [i for i, t in enumerate(texts) if _AMOUNT.match(t)]
        if len(texts) < 2 or len(amounts) != 1 or amounts[0] == 0:
            continue  # the item, its one amount, perhaps a 备注 after it
        label = "".join(texts[:amounts[0]])
        component = next((name for name, pattern in ITEMS if pattern.search(label)), None)
        if component is None or component in facts:
            continue
        fact = _fact(spec, component, cells[amounts[0]], row, unit, platform, label)
        if fact is not None:
            facts[component] = fact
    # one item alone is no build-up: a 净利润 or 工资 line of another table
    return list(facts.values()) if len(facts) >= 3 else []


def _fact(spec, component: str, cell, row: Row, unit: str | None, platform: bool, label: str) -> EvidenceFact | None:
    quantity = parse_quantity(cell.text.strip().strip("()（）"))
    if quantity is None or cell.citation is None:
        return None
    value = Decimal(str(quantity.value))
    if cell.text.strip().startswith(("(", "（")):
        value = -value  # an accountant's negative
    reasons = [f"社会贡献总额明细中的“{label}”行"]
    if unit is None:
        reasons.append("存疑：未注明金额单位，按万元记录")
        wan = value
    else:
        wan = convert_money(value, unit, "万元")
    return EvidenceFact(field_id=spec.id, label=spec.label, component=component, value=cell.text.strip(),
                        unit=unit or "", normalized=float(wan), scope="platform" if platform else "unknown",
                        year=2023, dimension="total", confidence=0.9 if unit else 0.6, reasons=tuple(reasons),
                        method="table_row", citations=(cell.citation,), note=reasons[0])
