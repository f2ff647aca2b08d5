"""Lists among the 证明材料 → counts: 专利 / 软件著作权, 奖项荣誉, connected devices.

A list is found by its header row, whatever the file is called or how it was classified: a row
with a 序号 cell and the words of one kind of list —
- 专利 (专利号, 专利名称, 专利类型) → 平台核心软硬件技术获得的专利数量;
- 软件著作权 (登记号, 软件名称, 著作权) → 软著数量; a 知识产权 list with a 类型 column is split
  row by row (发明专利/实用新型/外观设计 vs 软件著作权);
- 奖项/荣誉 → 省部级及以上奖项/荣誉数量;
- 设备 + 数量 (台/套) → 连接的工业设备数量 (公有云 / 海外 lists by their title), with the rows
  summed per 设备二级分类 (附录A) and per 区域 (附录F) as evidence of the breakdowns.
Items are counted by their 序号: a row counts when its first cell is the next number (1, 2, 3 …),
so a name wrapped onto a second line, a page break or a repeated header does not change the
count. A printed 合计 row ("专利合计：24项", "合计 32,000") is cited as well; where it disagrees
with the rows the value is `ambiguous` and says both numbers. A certificate list's value is the
number of rows (the 合计 is the applicant's own sum); a device list's is the printed 合计, else
the sum of the rows.

Must not: compare with the form (the checks do) or guess at rows it cannot number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.catalog import Catalog
from assistant.citations import Citation
from assistant.evidence import EvidenceValue
from assistant.evidence_financial import squash
from assistant.evidence_rows import Row, RowCell, document_rows
from assistant.numbers import parse_quantity
from extractors.model import Document

_KIND_FIELD = {"patent": "patents", "software": "software_copyrights", "award": "awards"}
_DEVICE_BREAKDOWNS = {"devices_total": ("devices_by_category", "devices_by_region"),
                      "devices_public_cloud": ("devices_public_cloud_by_category", "devices_public_cloud_by_region")}
_TOTAL = re.compile(r"^(?P<kind>专利|发明专利|软件著作权|软著|著作权|奖项|荣誉|设备)?(?:数量)?(?:合计|总计|共计)"
                    r"[:：]?(?P<n>\d[\d,]*)(?P<unit>项|个|件|台/套|台套|台|套|家)?$")
_SERIAL = re.compile(r"^\d{1,4}$")
_PATENT_WORDS = re.compile(r"专利|发明|实用新型|外观设计")
_SOFTWARE_WORDS = re.compile(r"软件著作权|软著|著作权|登记号")


@dataclass
class _List:
    kind: str  # patent | software | award | ip (mixed, split by row) | device
    header: Row
    columns: dict[str, int]  # serial / quantity / category / region / type → column or token index
    width: int
    next_serial: int = 1
    items: list[tuple[Row, str]] = field(default_factory=list)  # (row, kind of the row)
    totals: list[tuple[Decimal, Row, str]] = field(default_factory=list)  # (value, row, kind it counts)


def read_lists(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    rows = document_rows(document)
    lists: list[_List] = []
    current: _List | None = None
    hint = ""  # the kind a section heading announces ("二、软件著作权清单")
    title = " ".join(r.text for r in rows[:3])
    for row in rows:
        text = squash(row.text)
        if not text:
            continue
        header = _header(row, hint)
        if header is not None:
            current = header
            lists.append(current)
            continue
        if (total := _TOTAL.match(text)) and current is not None:
            value = Decimal(total.group("n").replace(",", ""))
            current.totals.append((value, row, _total_kind(total.group("kind"), current.kind)))
            if current.kind != "device":
                current = None if current.kind != "ip" else current
            continue
        if current is None:
            hint = _heading_kind(text) or hint
            continue
        if (kind := _heading_kind(text)) and not _first_is_serial(row, current):
            hint, current = kind, None
            continue
        if _first_is_serial(row, current):
            current.items.append((row, _row_kind(row, current)))
            current.next_serial += 1
    values: list[EvidenceValue] = []
    for found in lists:
        if found.kind == "device":
            values += _device_values(found, catalog, title)
        else:
            values += _count_values(found, catalog)
    return values


# --- recognising a list --------------------------------------------------------------------------

def _heading_kind(text: str) -> str | None:
    if len(text) > 40:
        return None
    if re.search(r"软件著作权|软著", text) and re.search(r"清单|列表|目录|情况", text):
        return "software"
    if re.search(r"专利", text) and re.search(r"清单|列表|目录|情况", text):
        return "patent"
    return None


def _header(row: Row, hint: str) -> _List | None:
    cells = [c for c in row.cells if c.text.strip()]
    keys = [squash(c.text) for c in cells]
    if not keys or keys[0] not in ("序号", "编号", "序"):
        return None
    text = "".join(keys)
    columns = {"serial": 0}
    for index, key in enumerate(keys):
        position = cells[index].column if cells[index].column is not None else index
        if index == 0:
            columns["serial"] = position
        elif re.search(r"数量|台/套|台（套）|台\(套\)", key):
            columns["quantity"] = position
        elif re.search(r"区域|地区|省市|所在地|注册地|国家", key):
            columns["region"] = position
        elif re.search(r"分类|类别|类型", key):
            columns.setdefault("category" if "设备" in key else "type", position)
    width = max(columns.values()) + 1
    if "设备" in text and "quantity" in columns:
        kind = "device"
    elif re.search(r"奖|荣誉", text):
        kind = "award"
    elif "type" in columns and re.search(r"知识产权|类型|类别", text) and not re.search(r"专利号|登记号", text):
        kind = "ip"
    elif re.search(r"专利", text):
        kind = "patent"
    elif re.search(r"登记号|著作权|软件名称", text):
        kind = "software"
    elif hint in ("patent", "software") and re.search(r"名称|证书", text):
        kind = hint
    else:
        return None
    return _List(kind=kind, header=row, columns=columns, width=max(width, len(cells)))


def _first_is_serial(row: Row, found: _List) -> bool:
    cells = [c for c in row.cells if c.text.strip()]
    if not cells:
        return False
    first = cells[0]
    if row.source == "table" and first.column is not None and first.column != found.columns["serial"]:
        return False
    text = squash(first.text)
    return bool(_SERIAL.match(text)) and int(text) == found.next_serial


def _row_kind(row: Row, found: _List) -> str:
    if found.kind != "ip":
        return found.kind
    cell = _cell(row, found, "type")
    text = cell.text if cell is not None else row.text
    if _SOFTWARE_WORDS.search(text):
        return "software"
    return "patent" if _PATENT_WORDS.search(text) else "other"


def _total_kind(word: str | None, kind: str) -> str:
    if word is None or kind not in ("ip", "patent", "software"):
        return kind
    return "software" if _SOFTWARE_WORDS.search(word) else "patent" if _PATENT_WORDS.search(word) else kind


def _cell(row: Row, found: _List, name: str) -> RowCell | None:
    """The cell of a named column: by column index in a table, by token position in a text line
    whose tokens line up with the header's (a name with a space inside breaks the line-up)."""
    index = found.columns.get(name)
    if index is None:
        return None
    if row.source == "table":
        return next((c for c in row.cells if c.column == index), None)
    tokens = [c for c in row.cells if c.text.strip()]
    if name == "quantity" and tokens:
        return tokens[-1]
    return tokens[index] if len(tokens) == found.width and index < len(tokens) else None


# --- values --------------------------------------------------------------------------------------

def _cite(row: Row) -> Citation | None:
    return row.citation or next((c.citation for c in row.cells if c.citation is not None), None)


def _count_values(found: _List, catalog: Catalog) -> list[EvidenceValue]:
    values = []
    kinds = sorted(({kind for _row, kind in found.items} | {kind for *_x, kind in found.totals}) - {"ip", "other"})
    for kind in kinds:
        field_id = _KIND_FIELD.get(kind)
        if field_id is None:
            continue
        rows = [row for row, k in found.items if k == kind]
        total = next(((value, row) for value, row, k in found.totals if k == kind), None)
        count = len(rows)
        spec = catalog.field(field_id)
        citations = [c for c in ([_cite(total[1])] if total else []) + ([_cite(rows[-1])] if rows else []) if c]
        if not citations:
            continue
        note = f"清单列出 {count} 行（按序号计数）"
        status = "found"
        if total is not None and count and total[0] != count:
            status = "ambiguous"
            note += f"；合计行为 {total[0]}，与行数不一致"
        elif total is not None and not count:
            note = "按清单合计行（未能逐行计数）"
        normalized = count if count else int(total[0])
        unit = _printed_unit(total[1]) if total else ""
        values.append(EvidenceValue(field_id=field_id, label=spec.label, value=str(normalized), scope="platform",
                                    unit=unit or spec.unit or "", normalized=normalized, period="",
                                    status=status, method="list_count", citations=tuple(citations), note=note))
    return values


def _printed_unit(row: Row) -> str:
    match = _TOTAL.match(squash(row.text))
    return (match.group("unit") or "") if match else ""


def _device_values(found: _List, catalog: Catalog, title: str) -> list[EvidenceValue]:
    field_id = "devices_public_cloud" if "公有云" in title else "devices_overseas" if "海外" in title else "devices_total"
    spec = catalog.field(field_id)
    quantities: list[tuple[Row, Decimal]] = []
    for row, _kind in found.items:
        cell = _cell(row, found, "quantity")
        quantity = parse_quantity(cell.text, whole=True) if cell is not None else None
        if quantity is not None and quantity.qualifier == "exact":
            quantities.append((row, quantity.value))
    rows_sum = sum((q for _r, q in quantities), Decimal(0))
    values = []
    if found.totals:
        total, row, _kind = found.totals[0]
        cell = next((c for c in reversed(row.cells) if c.text.strip()), None)
        citation = row.citation or (cell.citation if cell else None)
        note = f"清单合计行；明细 {len(found.items)} 行之和为 {rows_sum}"
        status = "found" if not quantities or rows_sum == total else "ambiguous"
        if status == "ambiguous":
            note += "，与合计不一致"
        printed = cell.text.strip() if cell else str(total)
        if citation is not None:
            values.append(EvidenceValue(field_id=field_id, label=spec.label, value=printed, unit=spec.unit or "", scope="platform",
                                        normalized=int(total), period="合计", status=status, method="list_count",
                                        citations=(citation,), note=note))
    elif quantities and (citation := _cite(quantities[-1][0])) is not None:
        values.append(EvidenceValue(field_id=field_id, label=spec.label, value=str(rows_sum), unit=spec.unit or "", scope="platform",
                                    normalized=int(rows_sum), period="", method="list_count", citations=(citation,),
                                    note=f"清单未印合计，按明细 {len(quantities)} 行相加"))
    for column, breakdown in zip(("category", "region"), _DEVICE_BREAKDOWNS.get(field_id, ()), strict=False):
        values += _breakdown(found, column, breakdown, quantities, catalog)
    return values


def _breakdown(found: _List, column: str, field_id: str, quantities: list[tuple[Row, Decimal]],
               catalog: Catalog) -> list[EvidenceValue]:
    groups: dict[str, list[tuple[Row, Decimal]]] = {}
    for row, quantity in quantities:
        cell = _cell(row, found, column)
        if cell is None or not cell.text.strip():
            return []  # a row whose category cannot be read: no breakdown rather than a wrong one
        groups.setdefault(squash(cell.text), []).append((row, quantity))
    spec = catalog.field(field_id)
    values = []
    for name, members in groups.items():
        total = sum((q for _r, q in members), Decimal(0))
        citations = tuple(c for c in (_cite(r) for r, _q in members) if c is not None)
        if citations:
            values.append(EvidenceValue(field_id=field_id, label=spec.label, component=name, value=str(total), scope="platform",
                                        dimension="region" if column == "region" else "category",
                                        unit=spec.unit or "", normalized=int(total), method="list_count",
                                        citations=citations, note=f"清单中“{name}”共 {len(members)} 行之和"))
    return values
