"""A device register exported from the platform's back office → the devices it connects.

Device platforms export their register one row a device, without a 序号 and without a column
of counts, as CSV or a workbook:

    导出时间：2024-07-08 10:21:33 导出人：admin
    设备编号    | 设备名称  | 所属企业          | 设备类型 | 所属地区 | 接入协议 | 接入方式 | 接入时间 | 在线状态
    DEV01000001 | 温度变送器3# | 黑龙江鑫恒新材料… | 仪器仪表 | 黑龙江 | MQTT | 私有云 | 2023-03-19 13:07 | 在线
    …
    合计：3486台

The header names the device (设备编号 / 设备名称 / 设备ID / 终端编号) among register columns (所属企业,
设备类型, 接入…, 地区, 状态); each row under it with a device named is one device, counted once by its
编号 (a row repeating an 编号 is the same device), a row a 状态 column says is gone (注销, 报废,
停用) not at all. The count is 接入设备总数; where a 接入方式/部署方式 column says 公有云 of some rows,
those are the public cloud's; where a 地区 column names a foreign country, those rows are the
overseas devices. A total line under the rows (「合计：3486台」) confirms the count; none, one that
does not agree, or an export filtered (「筛选条件：在线状态=在线」) leaves it doubted. A list its
title, sheet or file name calls a part (抽样, 典型, 部分, 重点) counts nothing. Only rows of a table (a
CSV, a sheet, a ruled table) are read: a register printed as text lines splits its cells at spaces.

A page of a console's list printed to PDF (a pager under it) is no register.

Must not: read statistics (`lists.devices` does: rows of categories with counts) or compare with
the form.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.catalog.regions import classify_region
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import compact
from assistant.evidence.lists.cells import cite_row
from assistant.evidence.lists.confidence import AMBIGUOUS, DOUBTFUL, SURE
from assistant.evidence.lists.status import GONE
from assistant.evidence.rows import Row, document_rows, table_of
from extractors.model import Document

_DEVICE = re.compile(r"^(?:设备|终端|装备|机台)(?:编号|名称|ID|SN|序列号|编码)$|^DeviceID$|^device_?(?:id|name)$", re.IGNORECASE)
_REGISTER = re.compile(r"所属企业|所属用户|所属客户|设备类型|设备类别|设备分类|二级分类|接入|连接|协议|地区|区域|省市|状态|型号|时间|日期")
_TOTAL = re.compile(r"^(?:合计|总计|共计|共)[:：]?\s*(\d[\d,]*)\s*(?:台/套|台(?:[（(]?套[)）]?)?|套|条|个)?(?:[（(][^（）()]*[）)])?$")
_FILTER = re.compile(r"筛选条件[:：]\s*(.{1,30})")
_ALL = re.compile(r"^(?:全部|无|不限|—|-)?$")
_PART = re.compile(r"抽样|抽检|样本|典型|部分|示例|节选|摘录|重点|主要|代表性|TOP\s*\d+|前\d+", re.IGNORECASE)
_WAY = re.compile(r"接入方式|连接方式|部署方式|部署类型|接入云|云类型|部署位置")
_REGION = re.compile(r"地区|区域|省市|所在地|国家")
_STATUS = re.compile(r"状态")
_FEWEST = 5


def read_device_register(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    fields = {f.id: f for f in catalog.fields}
    if "devices_total" not in fields:
        return []
    rows = document_rows(document)
    above: list[str] = []
    name = document.path.rsplit("/", 1)[-1]  # the file's name says what it lists too
    parts: set[tuple[str, ...]] = set()  # headers of lists of some of the devices
    for index, row in enumerate(rows):
        texts = [compact(c.text) for c in row.cells]
        if row.source == "table" and _is_header(texts) and not _paged(rows[index + 1:], row):
            own = table_of(document, row.table_index)  # its sheet's name (「设备明细（节选）」, h85), above it or not
            sheet = [own.locator.split("!")[0]] if own is not None else []
            if tuple(texts) in parts or any(_PART.search(line) for line in [name, *above, *sheet]):
                # 「附：接入设备明细（抽样）」: some of the devices, its header repeated on the next pages too
                parts.add(tuple(texts))
                continue
            facts = _register(rows[index + 1:], row, texts, [name, *above], fields)
            if facts:
                return facts
        above = [*above[-3:], "".join(texts)]
        if (table := table_of(document, row.table_index)) is not None:
            above.append(table.locator.split("!")[0])  # the sheet's name
    return []


_PAGED = re.compile(r"\d+\s*条\s*/\s*页|上一页|下一页|前往\s*\d*\s*页|跳至\s*\d*\s*页")


def _paged(rows: list[Row], header: Row) -> bool:
    """The rows are one page of a console's list (「共 9,877 条 10条/页 < 1 2 3 >」 under them): its
    pager counts the list (`console_lists`), its ten rows count nothing."""
    return any(_PAGED.search(r.text) for r in rows if r.page_number == header.page_number)


_COUNTS = re.compile(r"^(?:接入|连接)?(?:数量|台数|套数|台/套|台套)(?:[（(].{0,6}[)）])?$")


def _is_header(texts: list[str]) -> bool:
    """A register's header: a device named among register columns — and no column of counts (a row of 「数量 | 29」
    is several devices: a device list, `lists.devices`' to read, h78)."""
    named = [t for t in texts if t]
    return len(named) >= 4 and any(_DEVICE.match(t) for t in named) and not any(_COUNTS.match(t) for t in named) \
        and sum(1 for t in named if _REGISTER.search(t)) >= 2 and not any(re.search(r"\d{4}", t) for t in named)


def _register(rows: list[Row], header: Row, heads: list[str], above: list[str], fields) -> list[EvidenceFact]:
    key = next(i for i, t in enumerate(heads) if _DEVICE.match(t))
    ident = next((i for i, t in enumerate(heads) if re.search(r"编号|ID|SN|序列号|编码", t, re.IGNORECASE)
                  and _DEVICE.match(t)), key)
    way = next((i for i, t in enumerate(heads) if _WAY.search(t)), None)
    region = next((i for i, t in enumerate(heads) if _REGION.search(t)), None)
    status = next((i for i, t in enumerate(heads) if _STATUS.search(t)), None)
    seen: set[str] = set()
    devices: list[Row] = []
    public = overseas = gone = repeated = 0
    printed: tuple[int, Row] | None = None
    table, page = header.table_index, header.page_number
    for row in rows:
        texts = [compact(c.text) for c in row.cells]
        filled = [t for t in texts if t]
        if len(filled) == 1 and (total := _TOTAL.match(filled[0])):
            printed = (int(total[1].replace(",", "")), row)
            break
        if row.source != "table":
            continue  # a page's running head or number between the pages of a printed register
        if row.table_index != table and row.page_number == page:
            break  # another table on the same page
        table, page = row.table_index, row.page_number  # the register goes on onto the next page
        if len(texts) != len(heads) or not texts[key]:
            break
        if texts == heads:
            continue  # the header repeated (a sheet exported page by page)
        if status is not None and GONE.search(texts[status]):
            gone += 1
            continue
        if texts[ident] in seen:
            repeated += 1
            continue
        seen.add(texts[ident])
        devices.append(row)
        public += way is not None and "公有云" in texts[way]
        overseas += region is not None and classify_region(texts[region]).kind == "overseas"
    if len(devices) < _FEWEST:
        return []
    count = len(devices)
    how = [f"设备清单逐行计数 {count} 台（每行一台，按“{heads[ident]}”去重）"]
    doubts = []
    if gone:
        how.append(f"“{heads[status]}”为注销/停用等的 {gone} 行不计")
    if repeated:
        doubts.append(f"{repeated} 行的{heads[ident]}与前面的行重复，按一台计")
    filtered = next((m[1] for line in above if (m := _FILTER.search(line)) and not _ALL.match(m[1].strip())), None)
    if filtered:
        doubts.append(f"导出时带筛选条件“{filtered}”，所列可能只是部分设备")
    if printed is not None and printed[0] == count:
        confidence, status_of, cited = SURE, "found", (printed[1], devices[-1])
        how.append(f"与“{compact(printed[1].text)}”一致")
    elif printed is not None:
        confidence, status_of, cited = AMBIGUOUS, "ambiguous", (printed[1], devices[-1])
        doubts.append(f"清单末行印“{compact(printed[1].text)}”，与逐行计数 {count} 不一致")
    else:  # no total line to confirm the rows are the whole register: a reading, doubted
        confidence, status_of, cited = DOUBTFUL, "found", (devices[-1],)
        how.append("清单未印合计")
    if doubts:
        confidence = min(confidence, DOUBTFUL)
    citations = tuple(c for c in (cite_row(r) for r in cited) if c is not None)
    reasons = (*how, *(f"存疑：{d}" for d in doubts))
    facts = [_fact(fields["devices_total"], count, confidence, reasons, status_of, citations)]
    # the parts are the rows' own words (接入方式, 地区): read, doubted — the register may keep them otherwise
    part_doubt = "存疑：按列值计数，口径以申报单位的统计为准"
    if way is not None and public and "devices_public_cloud" in fields:
        facts.append(_fact(fields["devices_public_cloud"], public, min(confidence, DOUBTFUL),
                           (f"“{heads[way]}”为公有云的设备 {public} 台", *reasons[1:], part_doubt), status_of, citations[-1:]))
    if region is not None and overseas and "devices_overseas" in fields:  # none abroad: maybe listed elsewhere
        facts.append(_fact(fields["devices_overseas"], overseas, min(confidence, DOUBTFUL),
                           (f"“{heads[region]}”为境外国家的设备 {overseas} 台", *reasons[1:], part_doubt), status_of,
                           citations[-1:]))
    return facts


def _fact(spec, value: int, confidence: float, reasons, status: str, citations) -> EvidenceFact:
    return EvidenceFact(field_id=spec.id, label=spec.label, value=str(value), unit=spec.unit or "台/套", normalized=value,
                        scope="platform", dimension="total", confidence=confidence, reasons=tuple(reasons),
                        status=status, method="list_count", citations=citations, note=reasons[0])
