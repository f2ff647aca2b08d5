"""Device tables → totals and breakdowns: per numeric column that names an indicator (接入/连接
数量, 公有云, 公有云平均日运行, 海外; a plain 数量 by its heading, 「公有云设备清单」) its total
— the printed 合计, else the sum of the rows of a numbered list or a known breakdown — and one
breakdown fact per key of each keyed column (category / region / country); the 海外 row of a
table by region is a reading of the overseas total.

Must not: read rows or recognise keys (the scan and the vocabulary do), or compare with the form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.catalog.regions import classify_region
from assistant.core.evidence import (
    STATISTICS_TABLE,
    UNCHECKED_SUM,
    UNREAD_ROWS,
    EvidenceFact,
)
from assistant.core.text_keys import cjk_joined, squash
from assistant.evidence.lists.blocks import Entry, ListBlock
from assistant.evidence.lists.cells import cite_row, count_in
from assistant.evidence.lists.confidence import (
    AMBIGUOUS,
    CLEAN,
    DOUBTFUL,
    OCR_CAP,
    SURE,
    has_field,
)
from assistant.evidence.lists.headers import Column, measure_of
from assistant.evidence.lists.scan import Scan
from assistant.evidence.lists.scope import as_of_text, part_heading
from assistant.evidence.lists.vocabulary import Keyed, Vocabulary, keyed_columns

# (what a column counts, the dimension of the table's keys) → catalog field.
DEVICE_FIELDS = {
    ("total", "total"): "devices_total",
    ("total", "category"): "devices_by_category",
    ("total", "region"): "devices_by_region",
    ("public_cloud", "total"): "devices_public_cloud",
    ("public_cloud", "category"): "devices_public_cloud_by_category",
    ("public_cloud", "region"): "devices_public_cloud_by_region",
    ("daily_running", "total"): "devices_public_cloud_daily_running",
    ("daily_running", "category"): "devices_public_cloud_daily_running_by_category",
    ("daily_running", "region"): "devices_public_cloud_daily_running_by_region",
    ("overseas", "total"): "devices_overseas",
    ("overseas", "country"): "devices_overseas_by_country",
}
_MEASURE_ZH = {"total": "接入/连接数量", "public_cloud": "公有云", "daily_running": "公有云平均日运行", "overseas": "海外"}
_DIMENSION_ZH = {"category": "附录A二级分类", "region": "附录F省市区域", "country": "海外国家", "industry": "附录C行业"}


def _first_text(entry: Entry) -> str:
    cells = [c for _slot, c in sorted((entry.cells or {}).items())]
    return cells[0].text if cells else ""


def _context_measure(block: ListBlock, scan: Scan) -> str | None:
    """What a plain 数量 column counts when the heading (else the title) names one part only:
    「公有云工业设备清单」, 「表3 海外设备按国家统计」."""
    for text in [h.text for h in reversed(block.headings)] + [scan.title]:
        if re.search(r"[:：]\s*\d", text):
            continue  # 「Overseas 海外设备: 696 台/套」 above the table: a summary line's figure, no heading (h65)
        # 「表2 按省市区域统计（含计划单列市及海外）」: what the table includes is no part it is of
        text = re.sub(r"[（(][^（）()]*[）)]|(?:含|包括|包含)[^，,。；;]*", "", text)
        named = {m for m, pattern in (("public_cloud", r"公有云"), ("overseas", r"(?<!上)海外|境外")) if re.search(pattern, text)}
        if len(named) == 1:
            return named.pop()
        if named:
            return None
    return None


_DEVICE_TITLE = re.compile(r"(?:接入|连接|联网|上云)[^，,。；;]{0,6}(?:工业)?设备|设备[^，,。；;]{0,4}(?:接入|连接)|设备(?:统计|清单|导出|台账|明细|汇总)")


def _titled_devices(block: ListBlock, scan: Scan) -> bool:
    """The table's heading, or a heading above it in the document (its title, its file's name), says it counts
    connected devices (「平台接入工业设备统计清单」 over 「表2 按…注册地统计」 and a table by 省市区域)."""
    above = []
    for earlier in scan.blocks:
        above += [h.text for h in earlier.headings]
        if earlier is block:
            break
    # (or the workbook's own name, 「平台接入设备统计导出.xlsx」 over sheets 「按地区」 「海外」 of no title, h91)
    return any(_DEVICE_TITLE.search(text) for text in [*above, scan.title, scan.file_name])


def device_facts(block: ListBlock, scan: Scan, vocabulary: Vocabulary, catalog: Catalog) -> list[EvidenceFact]:
    if block.kind == "device" and block.measures and not block.entries:
        return _abroad_total_only(block, scan, catalog)
    if block.kind not in ("device", "measure") or not block.measures or not block.entries:
        return []
    keyed = [k for k in keyed_columns(block, vocabulary) if k.dimension != "industry"]
    if block.kind == "measure" and not any(k.dimension == "category" for k in keyed) and not _titled_devices(block, scan):
        return []  # numbers of something, but nothing says they are devices
    if not keyed and not block.serial and any(measure_of(_first_text(e)) for e in block.entries):
        return []  # indicator / value rows (「接入设备总数 21,304」): a key-value table, not a breakdown
    measures = {}
    context = _context_measure(block, scan)
    for column in block.header.slots("measure"):
        measure = column.measure
        if measure == "total" and context:
            measure = context
        if any(k.dimension == "country" for k in keyed):
            # a table of countries counts overseas devices: its 接入 column is the overseas total; its
            # 公有云 or 日均运行 columns are the overseas part of those, which no indicator asks for
            if measure not in ("total", "overseas"):
                continue
            measure = "overseas"
        measures.setdefault(measure, []).append(column)
    doubt = ""
    cloud = [c for c in measures.get("total", ()) if _ON_CLOUD.search(c.text)]
    if len(measures.get("total", ())) == 2 and len(cloud) == 1 and "public_cloud" not in measures:
        # 「设备联网数量 | 设备上云数量 | 上云设备日均运行」, 「终端接入数 | 其中：上云终端」: beside the devices
        # connected, those on the cloud are the notice's one cloud part, 公有云 — unsaid, so doubted
        measures["total"].remove(cloud[0])
        measures["public_cloud"] = cloud
        doubt = f"“{cloud[0].text}”未注明公有云，按公有云设备记录"
    facts = []
    for measure, columns in measures.items():
        if len(columns) != 1:
            continue  # two columns claim the same count: neither can be named
        facts += _measure_facts(block, columns[0], measure, keyed, scan, catalog, vocabulary,
                                doubt if measure == "public_cloud" else "")
    return facts


_ON_CLOUD = re.compile(r"上云|云端|云上")
_PAGE_SUBTOTAL = re.compile(r"本页(?:小计|合计)\s*[:：]?\s*(\d[\d,]*)")


def _items(values: list[tuple[Entry, Decimal]], keyed: list) -> bool:
    """Rows of devices one by one (a category or region met again), not a table by category."""
    def key(entry: Entry, slot: int) -> str:
        cell = entry.cells.get(slot) if entry.cells else None
        return cell.text.strip() if cell is not None else ""
    return bool(values) and any(len({key(e, k.column.slot) for e, _v in values}) < len(values) for k in keyed)


def _page_subtotals(values: list[tuple[Entry, Decimal]]) -> list[str]:
    """The pages whose 「本页小计」 the rows on them do not make."""
    pages: dict[int, tuple[object, Decimal]] = {}
    for entry, value in values:
        page = entry.row.page
        pages[page.number] = (page, pages.get(page.number, (page, Decimal(0)))[1] + value)
    out = []
    for number, (page, summed) in pages.items():
        found = _PAGE_SUBTOTAL.search(page.text)
        if found and Decimal(found.group(1).replace(",", "")) != summed:
            out.append(f"第{number}页“本页小计”印 {found.group(1)}，该页各行之和为 {_show(summed)}")
    return out


def _measure_facts(block: ListBlock, column: Column, measure: str, keyed: list[Keyed], scan: Scan,
                   catalog: Catalog, vocabulary: Vocabulary, doubt: str = "") -> list[EvidenceFact]:
    values: list[tuple[Entry, Decimal]] = []
    unread = block.unread
    for entry in block.entries:
        cell = entry.cells.get(column.slot) if entry.cells else None
        value = count_in(cell.text) if cell is not None else None
        if value is None:
            unread += 1
        else:
            values.append((entry, value))
    # 「海外合计 | 420」 closing a table by region (h77): the overseas part's total, not the table's — but a table
    # of countries (its column counting the overseas devices) is totalled by it (h15)
    printed = [(t, t.values[column.slot]) for t in block.totals
               if column.slot in t.values and (measure == "overseas" or not _ABROAD_TOTAL.match(_row_label(t.row)))]
    scale, unit_words = _unit_scale(block, column, scan)
    if scale != 1:  # 「单位：千台」: every count of the table, its 合计 included, in thousands
        values = [(e, v * scale) for e, v in values]
        printed = [(t, (v * scale, cell)) for t, (v, cell) in printed]
    rows_sum = sum((v for _e, v in values), Decimal(0))
    ocr = any(e.row.page.source == "ocr" for e in block.entries)
    ruled = all(e.row.source == "table" for e in block.entries)
    doubts: list[str] = [doubt] if doubt else []
    # rows of categories or regions, unnumbered: a statistics table (a numbered one reads as a list)
    statistics = [STATISTICS_TABLE] if keyed and not block.serial else []
    reasons: list[str] = [f"“{column.text}”列计{_MEASURE_ZH[measure]}", *statistics]
    if scale != 1:
        reasons.append(f"表格注明“{unit_words}”，按 ×{scale:,} 折算为台（套）")
    status = "found"
    note = ""
    if printed:
        total, (printed_value, cell) = printed[0]
        if unread:
            doubts.append(f"{unread} {UNREAD_ROWS}")
        elif rows_sum != printed_value:
            status = "ambiguous"
            note = f"合计行印 {cell.text}，各行之和为 {_show(rows_sum)}，二者不一致"
            doubts.append(note)
        else:
            reasons.append(f"合计行印 {cell.text}，与 {len(values)} 行之和一致")
        confidence = SURE
    else:
        if unread or not values or not (keyed or block.serial):
            return []  # rows of unknown keys are summed only in a numbered list of devices
        reasons.append(f"表格未印合计，按 {len(values)} 行相加")
        confidence = CLEAN
        if not (ruled and block.serial and not block.missing):
            doubts.append(UNCHECKED_SUM)
    if block.missing:
        doubts.append("序号不连续（缺第" + "、".join(str(n) for n in block.missing[:5]) + "号）")
    if block.misnumbered:
        doubts.append("序号异常（" + "、".join(f"第{p}行印为“{t}”" for p, t in block.misnumbered[:5]) + "）")
    if ocr:
        doubts.append("表格由OCR识别，数字可能有误差")
    if block.kind_from != "header":
        reasons.append("设备口径依据标题")
    if doubts:
        confidence = min(confidence, DOUBTFUL)
    if ocr:
        confidence = min(confidence, OCR_CAP)
    if status == "ambiguous":
        confidence = min(confidence, AMBIGUOUS)
    part = part_heading([block], scan)
    if part:
        reasons.append(f"“{part}”表明表格只列出一部分，按部分口径记录")
    elif not keyed and not block.serial:
        doubts.append("表格各行不是附录A分类、附录F区域或国家，无法确认是全部设备")
        confidence = min(confidence, DOUBTFUL)
    common = {"scope": "segment" if part else "platform", "as_of": as_of_text(scan), "method": "list_count"}
    facts = []
    total_field = DEVICE_FIELDS.get((measure, "total"))
    if has_field(catalog, total_field):
        spec = catalog.field(total_field)
        if printed:
            total, (printed_value, cell) = printed[0]
            citations = [c for c in (cite_row(total.row), cell.citation) if c is not None]
            value_text, normalized, period = cell.text, printed_value, "合计"
        else:
            citations = [c for c in (cite_row(values[-1][0].row),) if c is not None]
            value_text, normalized, period = _show(rows_sum), rows_sum, ""
        if citations:
            facts.append(EvidenceFact(field_id=spec.id, label=spec.label, value=value_text, unit=spec.unit or "",
                                      normalized=_plain(normalized), period=period, dimension="total",
                                      confidence=confidence, reasons=_reasons(reasons, doubts), status=status,
                                      citations=tuple(dict.fromkeys(citations)),
                                      note=note or "；".join(reasons[1:]), **common))
        if printed and note and _items(values, keyed) and not unread and (last := cite_row(values[-1][0].row)):
            # the rows' own count beside a 合计 they do not make (h46: a 本页小计 printed 240 too high
            # and carried into the 合计): what the list lists, said with the pages that disagree
            pages = _page_subtotals(values) if measure == "total" else []
            facts.append(EvidenceFact(field_id=spec.id, label=spec.label, value=_show(rows_sum), unit=spec.unit or "",
                                      normalized=_plain(rows_sum), dimension="total", confidence=AMBIGUOUS,
                                      reasons=_reasons([f"清单 {len(values)} 行之和", *reasons[1:]], [note, *pages]),
                                      status="ambiguous", citations=(last,), note=f"各行之和为 {_show(rows_sum)}",
                                      **common))
    for key in keyed:
        field_id = DEVICE_FIELDS.get((measure, key.dimension))
        if not has_field(catalog, field_id):
            if key.dimension == "region" and measure == "total":
                facts += _overseas_row(block, key, column, values, confidence, reasons, doubts, common, catalog)
            continue
        spec = catalog.field(field_id)
        groups: dict[str, list[tuple[Entry, Decimal]]] = {}
        names: dict[str, str] = {}
        for entry, value in values:
            cell = entry.cells.get(key.column.slot) if entry.cells else None
            if cell is None or not cell.text.strip():
                groups = {}
                break  # a row without its key: no breakdown rather than a wrong one
            name = cjk_joined(cell.text)
            bare = re.sub(r"[（(][^（）()]*[）)]$", "", name)
            if key.dimension == "category" and bare != name and vocabulary.of(bare) == "category":
                name = bare  # 「工程机械(水泥/混凝土设备)」: a category with the trade's words for it, summed with 「工程机械」
            groups.setdefault(squash(name), []).append((entry, value))
            names.setdefault(squash(name), name)
        why = reasons[:1] + [f"分项按{_DIMENSION_ZH[key.dimension]}识别（{key.share} 项）"] + reasons[1:]
        for squashed, members in groups.items():
            amount = sum((v for _e, v in members), Decimal(0))
            citations = tuple(dict.fromkeys(c for e, _v in members if (c := cite_row(e.row)) is not None))
            if not citations:
                continue
            facts.append(EvidenceFact(field_id=spec.id, label=spec.label, component=names[squashed],
                                      value=_show(amount), unit=spec.unit or "", normalized=_plain(amount),
                                      dimension=key.dimension, confidence=confidence,
                                      reasons=_reasons(why, doubts),
                                      citations=citations, note=f"“{names[squashed]}”共 {len(members)} 行之和",
                                      **common))
        if key.dimension == "region" and measure == "total":
            facts += _overseas_row(block, key, column, values, confidence, reasons, doubts, common, catalog)
    return facts


def _overseas_row(block: ListBlock, key: Keyed, column: Column, values: list[tuple[Entry, Decimal]], confidence: float,
                  reasons: list[str], doubts: list[str], common: dict, catalog: Catalog) -> list[EvidenceFact]:
    """The 海外 row (or 海外小计) of a table by 省市区域 is a reading of the overseas total; without one, its
    country rows (「印度尼西亚Indonesia | 860」, 附录F's 海外 written by country) add up to it, with a doubt."""
    if not has_field(catalog, "devices_overseas"):
        return []
    spec = catalog.field("devices_overseas")
    keyed = [(e, v, squash(e.cells[key.column.slot].text)) for e, v in values if e.cells and key.column.slot in e.cells]
    # (「海外*」 with its countries in a footnote under the table, h91: the mark is the note's)
    rows = [(e, v) for e, v, name in keyed if name.rstrip("*＊※†‡¹²³⁴⁵") in ("海外", "境外", "国外")]
    for entry in block.subtotals:  # 「海外小计 | 648」, 「小计（海外）」 under the country rows
        cell = entry.cells.get(column.slot) if entry.cells else None
        label = _row_label(entry.row)  # 「其中：海外小计」
        if re.match(r"(?:海外|境外|国外)(?:地区)?(?:小计|合计)|小计[（(](?:海外|境外|国外)(?:地区)?[)）]", label) \
                and cell is not None and (value := count_in(cell.text)) is not None:
            rows.append((entry, value))
    if len(rows) == 1:
        entry, value = rows[0]
        cell = entry.cells.get(column.slot)
        citations = tuple(c for c in (cite_row(entry.row), cell.citation if cell else None) if c is not None)
        return [EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text if cell else _show(value),
                             unit=spec.unit or "", normalized=_plain(value), dimension="total", confidence=confidence,
                             reasons=_reasons(reasons + ["按省市区域统计表中“海外”一行"], doubts),
                             citations=citations, **common)] if citations else []
    countries = [(e, v) for e, v, name in keyed if (region := classify_region(name)).kind == "overseas" and region.canonical]
    citations = tuple(dict.fromkeys(c for e, _v in countries if (c := cite_row(e.row)) is not None))
    if rows or not countries or not citations:
        return []
    amount = sum((v for _e, v in countries), Decimal(0))
    return [EvidenceFact(field_id=spec.id, label=spec.label, value=_show(amount), unit=spec.unit or "",
                         normalized=_plain(amount), dimension="total", confidence=min(confidence, DOUBTFUL),
                         reasons=_reasons(reasons + [f"按省市区域统计表中海外国家 {len(countries)} 行之和"],
                                          [*doubts, "表中未列“海外”一行，按国家行相加"]),
                         citations=citations, **common)]


_ABROAD_TOTAL = re.compile(r"^(?:海外|境外|国外)(?:地区|国家)?(?:设备)?(?:合计|小计|总计)$")


def _row_label(row) -> str:
    """A row's first words, 「其中：」 dropped: what a 合计 or 小计 row says it totals."""
    return re.sub(r"^其中[:：]?", "", squash(next((c.text for c in row.cells if c.text.strip()), "")))


def _abroad_total_only(block: ListBlock, scan: Scan, catalog: Catalog) -> list[EvidenceFact]:
    """A table of overseas devices printed with its 合计 alone (「海外国家 | 接入数量」 then 「海外合计 | 0」,
    h66): the overseas total. None abroad is said so; a count above 0 without its countries is doubted."""
    columns = block.header.slots("measure")
    if len(columns) != 1 or not has_field(catalog, "devices_overseas"):
        return []
    slot = columns[0].slot
    found = []  # (row, its label, the count, the cell) of each 海外合计 / 境外小计 row
    for total in block.totals:
        if slot in total.values:
            found.append((total.row, *total.values[slot]))
    for entry in block.subtotals:
        if entry.cells and (cell := entry.cells.get(slot)) is not None and (value := count_in(cell.text)) is not None:
            found.append((entry.row, value, cell))
    found = [(row, label, value, cell) for row, value, cell in found
             if _ABROAD_TOTAL.match(label := squash(next((c.text for c in row.cells if c.text.strip()), "")))]
    if len(found) != 1:
        return []
    row, label, value, cell = found[0]
    citations = tuple(dict.fromkeys(c for c in (cite_row(row), cell.citation) if c is not None))
    if not citations:
        return []
    spec = catalog.field("devices_overseas")
    doubts = [] if value == 0 else ["表中未列海外国家，合计无从核对"]
    return [EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text, unit=spec.unit or "",
                         normalized=_plain(value), period="合计", dimension="total",
                         confidence=DOUBTFUL if doubts else SURE, citations=citations, scope="platform",
                         reasons=_reasons([f"海外设备表只印“{label}”一行"], doubts), as_of=as_of_text(scan),
                         method="list_count")]


_SCALED_UNIT = re.compile(r"(?:单位[:：]\s*|[（(])(?P<words>(?P<scale>千|万)\s*台(?:\s*[/（(]\s*套\s*[)）]?)?)")


def _unit_scale(block: ListBlock, column: Column, scan: Scan) -> tuple[Decimal, str]:
    """The factor the table's counts are printed in: 「单位：千台」 above it or 「接入数量（万台）」 in the
    column's header; 1 when none is stated."""
    texts = [column.text, *(h.text for h in block.headings), *(squash(r.text) for r in block.notes), scan.title]
    for text in texts:
        if (found := _SCALED_UNIT.search(text)) is not None:
            return Decimal(1000 if found["scale"] == "千" else 10000), found["words"]
    return Decimal(1), ""




def _reasons(reasons: Iterable[str], doubts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*reasons, *(f"存疑：{d}" for d in doubts)]))


def _show(value: Decimal) -> str:
    return f"{int(value):,}" if value == value.to_integral() else f"{value:,f}"


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral() else float(value)
