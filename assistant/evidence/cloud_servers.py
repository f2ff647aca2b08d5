"""A list of the platform's cloud servers converted to standard units → 平台实际用云量 and its public part.

The 填报指引 counts 平台实际用云量 in 台 with two decimals (服务器来自公有云、私有云、混合云; 未云化的
服务器不算在内) and 平台公有云实际使用数量 as its public part. Applicants prove both with their
resource list, one row an instance type, converted to standard servers by a rule they state
(「以8vCPU云服务器为1标准台，折合标准台＝vCPU数×数量÷8」):

    资源池 | 部署类型 | 实例规格 | vCPU/台 | 数量（台） | 折合标准台
    华为云 | 公有云   | s6.2xlarge.4 | 8 | 22 | 22.00
    …
    合计                              74    64.00
    其中公有云折合标准台：38.00台

The 折合标准台 column's 合计 is the 用云量 (the rows' sum when no total is printed); the public
part is the printed 「其中公有云…」 line, else the sum of the rows whose 部署类型 says 公有云. A row of
物理服务器 / 未云化 is not counted (the notice leaves them out). The conversion is the applicant's
own, so a figure from it is the applicant's reading, confident only when the printed total and
the rows agree.

Must not: read a list without a standard-unit column (instances of every size are no 台 of the
notice's), or compare with the form.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.core.evidence import OCR_REASON, EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.rows import Row, RowCell, document_rows
from assistant.values.numbers import sole_quantity
from extractors.model import Document

_STANDARD = re.compile(r"(?:折合|折算)?标准台|用云量")
_LIST_WORDS = re.compile(r"部署|类型|资源池|规格|实例|数量|vCPU|CPU", re.IGNORECASE)
_TOTAL = re.compile(r"^(?:合计|总计|共计)[:：]?$")
_PUBLIC_LINE = re.compile(r"^其中[:：]?公有云(?:折合标准台|标准台|用云量|合计)?[:：]?(?P<n>\d[\d,]*(?:\.\d+)?)?(?:台)?[。.]?$")
_KINDS = re.compile(r"公有云|私有云|混合云|专有云|行业云|边缘")
_NOT_CLOUD = re.compile(r"物理(?:服务器|机)|未云化")
_CONFIDENT = 0.85  # the printed total and the rows agree
_UNCHECKED = 0.75  # a total no rows confirm, or rows without a printed total


def read_cloud_servers(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    fields = {f.id: f for f in catalog.fields if f.id in ("cloud_servers_used", "cloud_servers_public")}
    if len(fields) < 2:
        return []
    rows = document_rows(document)
    for index, row in enumerate(rows):
        at = _standard_column(row)
        if at is not None:
            found = _read_table(rows[index + 1:], row, at, fields)
            if found:
                return found
    return []


def _standard_column(row: Row) -> int | None:
    """The header's standard-unit column, counted from the right (the rows' tokens of a PDF line
    are not the header's cells, but their last ones are)."""
    texts = [compact(c.text) for c in row.cells if c.text.strip()]
    if len(texts) < 3 or any(sole_quantity(t) is not None for t in texts):
        return None
    hits = [i for i, t in enumerate(texts) if _STANDARD.search(t)]
    if len(hits) != 1 or not any(_LIST_WORDS.search(t) for t in texts):
        return None
    return len(texts) - 1 - hits[0]


def _read_table(rows: list[Row], header: Row, from_right: int, fields) -> list[EvidenceFact]:
    parts: list[tuple[Decimal, bool | None]] = []  # (standard units, public?)
    total: tuple[Decimal, RowCell, RowCell, str] | None = None
    public: tuple[Decimal, RowCell, RowCell, str] | None = None  # and the figure as printed
    for row in rows:
        if row.page_number != header.page_number and not _same_table(row, header):
            break
        cells = [c for c in row.cells if c.text.strip()]
        if not cells:
            continue
        first = compact(cells[0].text)
        if (m := _PUBLIC_LINE.match(compact(row.text))) is not None:
            value = m["n"] and sole_quantity(m["n"])
            cell = cells[-1] if value else (cells[1] if len(cells) > 1 else None)
            value = value or (sole_quantity(cell.text) if cell is not None else None)
            if value is not None and cell is not None:
                public = (Decimal(value.value), cells[0], cell, m["n"] or cell.text.strip())
            break
        if len(cells) <= from_right:
            break
        cell = cells[len(cells) - 1 - from_right] if not _TOTAL.match(first) else cells[-1 - min(from_right, len(cells) - 2)]
        value = sole_quantity(cell.text)
        if _TOTAL.match(first):
            if value is not None:
                total = (Decimal(value.value), cells[0], cell, cell.text.strip())
            continue
        if total is not None:
            continue  # past the 合计: only its 其中公有云 line is read
        if value is None:
            break  # a row of another shape: the list is over
        said = " ".join(compact(c.text) for c in cells)
        if _NOT_CLOUD.search(said):
            continue
        kinds = {m.group(0) for m in _KINDS.finditer(said)}
        parts.append((Decimal(value.value), ("公有云" in kinds) if kinds else None))
    if len(parts) < 2 and total is None:
        return []
    summed = sum((v for v, _ in parts), Decimal(0))
    facts = []
    reasons = ["用云量折算清单的“折合标准台”列（折算口径为申报单位自定）"]
    if header.page.source == "ocr":
        reasons.append(OCR_REASON)
    if total is not None:
        agrees = abs(total[0] - summed) <= Decimal("0.01")
        why = f"与各行合计{summed:.2f}一致" if agrees else f"存疑：各行合计为{summed:.2f}，与合计行不一致"
        facts.append(_fact(fields["cloud_servers_used"], total, _CONFIDENT if agrees else _UNCHECKED, [*reasons, why]))
    if public is None and total is not None and parts and all(p for _v, p in parts):
        facts.append(_fact(fields["cloud_servers_public"], total, facts[0].confidence,
                           [*reasons, "清单各行均为公有云：公有云用量即合计"]))
    elif public is not None:
        shares = [v for v, p in parts if p]
        agrees = bool(shares) and abs(sum(shares, Decimal(0)) - public[0]) <= Decimal("0.01")
        why = "与公有云各行之和一致" if agrees else "存疑：清单各行未能核对该公有云合计"
        facts.append(_fact(fields["cloud_servers_public"], public, _CONFIDENT if agrees else _UNCHECKED,
                           [*reasons, f"清单下“其中公有云”行，{why}"]))
    return facts


def _same_table(row: Row, header: Row) -> bool:
    return row.source == "table" and header.source == "table" and row.table_index == header.table_index


def _fact(spec, found: tuple[Decimal, RowCell, RowCell, str], confidence: float, reasons: list[str]) -> EvidenceFact:
    value, label, cell, printed = found
    return EvidenceFact(field_id=spec.id, label=spec.label, value=printed, unit=spec.unit or "台",
                        normalized=float(round(value, 2)), scope="platform", dimension="total",
                        confidence=confidence, reasons=tuple(reasons), method="table_row",
                        citations=(cell.citation,), note=f"{compact(label.text)} {cell.text.strip()}")
