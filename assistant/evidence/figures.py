"""Figures on screenshots (dashboards, consoles; OCR pages) → evidence of the count indicators.

A dashboard prints a caption and its number: "接入设备" over "32,000", "注册企业 1,250 家",
"工业APP：320个", "设备接入总量", "上架工业APP", "机理模型库". Dashboards word their captions
freely, so a caption is matched to an indicator by what it says, not by a list of captions:
`FIGURE_CONCEPTS` names, per indicator, the thing counted (设备, 企业, APP …), the word that makes
it that count (接入/连接 for devices, 注册/入驻 for enterprises) and what makes it another figure;
any caption of a rate, a flow or a moment (在线, 活跃, 今日, 新增, 趋势, 分布 …) names nothing; the
number is, in this order of preference, in the same
OCR box after the caption, in the box right below it (horizontally overlapping, within a few line
heights) or right of it on the same line (vertically overlapping, close by; `figure_geometry`). Each
number box serves one caption: pairs are taken nearest first. A screenshot's title names the thing a
bare total counts (「接入总数」 under 「…接入工业设备…统计」; `figure_pieces.page_context`). "1.5万" is read
as 15000 with the precision it was printed with kept in `value`, so a check can tell a rounded display
from a wrong number.

Text-layer screenshots (a console exported to PDF) are read the same way from their lines:
a caption and its number on one line, or a line of captions over a line of as many numbers.

Must not: pair a caption that names no indicator or names two, or compare with the form (the
checks do).
"""

from __future__ import annotations

import itertools
import re

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import caption_doubt, caption_field
from assistant.core.citations import Citation
from assistant.core.evidence import OTHER_PERIOD, PIECES_JOINED, EvidenceValue
from assistant.evidence.figure_geometry import geometry_pairs
from assistant.evidence.figure_pieces import (
    MONEY_FIGURE_UNITS,
    ORDERS_BARE,
    Context,
    Number,
    Piece,
    caption_of,
    number_of,
    page_context,
    part_of_a_year,
)
from assistant.evidence.money_units import page_money_unit
from assistant.evidence.ocr_layout import without_sheet_chrome
from assistant.evidence.rows import cite_in_block, visual_lines
from assistant.values.numbers import (
    DECIMAL_STORAGE,
    STORAGE_FIGURE_UNITS,
    convert_money,
    to_tb,
)
from assistant.values.typed import plain_number
from extractors.model import Block, Document, Page


def read_figures(document: Document, catalog: Catalog, devices: bool = False) -> list[EvidenceValue]:
    """`devices`: the document lists devices, so its summary lines speak of them by the part alone
    (「总计：8,642 台/套」, 「公有云,736」, 「其中境外站点（越南Vietnam）：74」: `device_caption`)."""
    values: list[EvidenceValue] = []
    for page in document.pages:
        # a saved web page has no geometry: its blocks are the page's tiles in reading order
        flowing = bool(page.blocks) and all(b.bbox is None for b in page.blocks)
        blocks = [b for b in page.blocks if (b.bbox is not None or flowing) and b.text.strip() and b.table_cell is None]
        context = page_context(page)
        pairs = _inline_pairs(blocks, devices, context)
        paired = {id(caption.block) for _f, caption, _n in pairs}
        rest = [b for b in blocks if id(b) not in paired]
        # OCR boxes (a scanned page, or the pictures of a text page) pair by geometry; text-layer
        # lines by lines of captions over lines of numbers.
        pairs += geometry_pairs(_above_a_table(page, [b for b in rest if page.source == "ocr" or b.kind == "ocr_line"]),
                                context)
        lines = [b for b in rest if page.source != "ocr" and b.kind != "ocr_line"]
        columns = set() if flowing else _column_heads(lines)  # an unruled table printed column by column (h58)
        lines = [b for b in lines if id(b) not in columns]
        pairs += (found := _line_pairs(lines, single=flowing, context=context))
        # a slide's or a card's figure over its caption (「18,426 台/套」 over 「接入动力设备」): the lines
        # no caption-over-number pair took, paired by their places as OCR boxes are
        taken = {id(piece.block) for _f, caption, number in found for piece in (caption, number.piece)}
        if not flowing:
            pairs += geometry_pairs([b for b in lines if id(b) not in taken], context)
        values += _first_of_each(document, page, catalog, pairs)
    return values


def _above_a_table(page: Page, boxes: list[Block]) -> list[Block]:
    """OCR boxes that are no table's: a table's cells below a list's 序号 column head (a picture of a
    spreadsheet's rows) are no tiles, whatever their header says (「设备数量合计其中：接入」 over 「116」);
    nor are the head and rows of a statistics table, three or more rows of a name and numbers alone under
    a line of as many heads (「设备类别 | 接入数量 | 其中：公有云接入」 over 「冶炼设备 18,420 7,284」, h74), or
    two or more closed by a 合计 row under a head of two."""
    heads = [b.bbox.top for b in boxes if b.bbox is not None and re.fullmatch(r"\s*序号\s*", b.text)]
    if heads:
        boxes = [b for b in boxes if b.bbox is None or b.bbox.bottom <= min(heads)]
    lines = without_sheet_chrome(visual_lines(page, boxes))  # a captured spreadsheet's cells, not its window
    kept = {id(b) for line in lines for b in line}
    boxes = [b for b in boxes if b.bbox is None or id(b) in kept]
    table: set[int] = set()
    for head, below in ((lines[i - 1], lines[i:]) for i in range(1, len(lines)) if len(lines[i - 1]) >= 2):
        rows = list(itertools.takewhile(lambda row, width=len(head): _figures_row(row, width), below))
        # a narrower table closed by its 合计: 「国家（地区） | 接入数量（台/套）」 over a country and 「海外合计」 (h79)
        if len(rows) >= 3 and len(head) >= 3 or len(rows) >= 2 and _TOTAL_ROW.search(rows[-1][0].text):
            table |= {id(b) for row in (head, *rows) for b in row}
    table |= _column_heads(boxes)
    return [b for b in boxes if id(b) not in table]


_NUMBER_ALONE = re.compile(r"\s*[\d,，.]+\s*%?\s*")


def _column_heads(boxes: list[Block]) -> set[int]:
    """A head with three or more numbers alone stacked right under it, nothing else between them: a table's
    column (「设备数（台/套）」 over 21,604 / 9,872 / 9,320 beside 「接入方式」 and 「说明」, h74), not a tile's
    caption, whose one figure is followed by the next tile's caption."""
    placed = sorted((b for b in boxes if b.bbox is not None), key=lambda b: b.bbox.top)
    found: set[int] = set()
    for head in placed:
        if _NUMBER_ALONE.fullmatch(head.text) or not re.search(r"[\u4e00-\u9fffA-Za-z]", head.text):
            continue
        below = [b for b in placed if b.bbox.top >= head.bbox.bottom - 1
                 and head.bbox.x0 <= (b.bbox.x0 + b.bbox.x1) / 2 <= head.bbox.x1]
        column = []
        for box in below:  # one under another, each right under the last as a table's rows are (no chart's labels far below)
            last = column[-1].bbox if column else head.bbox
            if _NUMBER_ALONE.fullmatch(box.text) is None or box.bbox.top - last.bottom > 1.5 * (last.bottom - last.top):
                break
            column.append(box)
        if len(column) >= 3:
            found |= {id(head), *(id(b) for b in column)}
    return found


_TOTAL_ROW = re.compile(r"^\s*\S{0,4}(?:合计|小计|总计|共计)\s*$")


def _figures_row(row: list[Block], width: int) -> bool:
    """A table row under a head of `width` cells: a name, then numbers alone, as many as the head has —
    or the numbers alone, its name lost to the scan (a watermark across it, h76)."""
    numbers = row[1:] if len(row) == width else row if len(row) == width - 1 else None
    return numbers is not None and all(re.fullmatch(r"\s*[\d,，.]+\s*%?\s*", b.text) for b in numbers)


def _first_of_each(document: Document, page: Page, catalog: Catalog, pairs) -> list[EvidenceValue]:
    """The page's values of its pairs, the first figure of each field in reading order."""
    values: list[EvidenceValue] = []
    seen: set[str] = set()
    for field_id, caption, number in sorted(pairs, key=lambda p: (p[2].piece.block.span.start, p[2].piece.start)):
        value = _value(document, page, catalog, field_id, caption, number)
        if value is not None and field_id not in seen:
            seen.add(field_id)
            values.append(value)
    return values


# a caption may name its year in brackets: 「年度订单（2023）」 is a caption, not a figure (h9)
_CAPTION_YEAR = re.compile(r"[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[)）]")
_DISPLAY = 1.6  # a figure printed this many times the page's usual line height is a display figure


def read_display_figures(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    """The cards of a text page that is no screenshot (a brochure, an infographic of certificates, a
    slide deck's page in a report): a figure printed large (「1,204」, 「39 项」) with its caption right
    under, over or beside it (「服务企业」, 「授权专利合计」). Only large figures are taken: a number in
    the page's running text or tables is read by the prose and table readers."""
    values: list[EvidenceValue] = []
    for page in document.pages:
        lines = [b for b in page.blocks if b.bbox is not None and b.text.strip() and b.table_cell is None
                 and b.kind != "ocr_line"]
        if page.source == "ocr" or len(lines) < 2:
            continue
        # the page's usual type: lines of words (a card's single-character icon is no text)
        heights = sorted(b.bbox.bottom - b.bbox.top for b in lines if len(re.findall(r"[\u4e00-\u9fff]", b.text)) >= 2)
        if not heights:
            continue
        usual = heights[len(heights) // 2]
        display = [b for b in lines if not re.search(r"\d", _CAPTION_YEAR.sub("", b.text))
                   or (b.bbox.bottom - b.bbox.top >= _DISPLAY * usual and number_of(Piece(b, 0, len(b.text))))]
        values += _first_of_each(document, page, catalog, geometry_pairs(display))
    return values


# a workbook's cell that states a figure by itself: 「付费客户（去重）：418家」 under a contract ledger (h80)
_STATED_CELL = re.compile(r"^\s*[^\d:：]{2,20}[:：]\s*\d[\d,]*(?:\.\d+)?\s*\S{0,3}\s*$")


def read_stated_cells(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    """A workbook's or an export's cells of one caption and its figure (「付费客户（去重）：418家」, 「注册企业：
    1,250家」), outside the tables' columns: the figure the exporting system states."""
    if document.format not in ("xlsx", "csv"):
        return []
    values: list[EvidenceValue] = []
    for page in document.pages:
        cells = [b for b in page.blocks if b.table_cell is not None and _STATED_CELL.match(b.text)]
        pairs = [p for p in _inline_pairs(cells, context=page_context(page)) if p[2].quantity.unit is not None]
        values += _first_of_each(document, page, catalog, pairs)
    return values


def _inline_pairs(blocks: list[Block], devices: bool = False, context: Context = Context()) -> list[tuple[str, Piece, Number]]:
    """"注册企业 1,250 家", "工业APP：320个": caption and number in one box or line; a chart's title
    with its total (「2023年平台订单数量（单位：个） 全年合计26,340」, 「工业APP行业分布（截至2024年6月，合计612个）」)."""
    pairs = []
    for block in blocks:
        # 「其中：海外设备610台/套(泰国…」 under a device table (h43): the part named after its 「其中：」
        match = (re.match(r"^\s*(?:其中\s*[:：]\s*)?(?P<caption>[^\d:：]+?)\s*(?P<sep>[:：,，]?)\s*(?=\d)", block.text)
                 or re.match(r"^\s*(?P<caption>\S.*?(?:合计|总计|共计))\s*(?P<sep>[:：]?)\s*(?=\d)", block.text))
        if (title := _TITLE_TOTAL.match(block.text)) is not None and (field_id := caption_of(title["thing"], context)):
            close = re.search(r"[)）]", block.text[title.end():])
            number = number_of(Piece(block, title.end(), title.end() + close.start())) if close else None
            if number is not None:
                pairs.append((field_id, Piece(block, title.start("thing"), title.end("thing")), number))
                continue
        if match is None or _VERSION.search(match.group("caption")):
            continue  # 「延锋金桥设备联网平台V2.0」: a software's version, no figure (h94)
        field_id = caption_of(match.group("caption"), context) or (
            device_caption(match.group("caption")) if devices and match.group("sep") else None)
        if field_id is None:
            continue
        # A note in brackets may follow the figure: "其中海外设备合计：8,200台/套（越南 8,200）".
        note = re.search(r"\s*[（(][^（）()]*[）)]?\s*$", block.text[match.end():])
        end = match.end() + note.start() if note and note.start() > 0 else len(block.text)
        number = number_of(Piece(block, match.end(), end), money=_MONEY_CAPTION.search(match.group("caption")) is not None)
        if number is not None:
            pairs.append((field_id, Piece(block, match.start("caption"), match.end("caption")), number))
    return pairs


# a chart's title with its total in brackets: 「工业APP行业分布（截至2024年6月，合计612个）」 (h15) — the thing's total
_TITLE_TOTAL = re.compile(r"^\s*(?P<thing>[^（()）\d]+?)(?:按?(?:行业|区域|地区|省市|分类|类别|类型))?(?:分布|构成|统计)\s*[（(]"
                          r"(?:[^（）()]*?[，,；;\s])?(?:合计|总计|共计|共)\s*[:：]?\s*(?=\d)")
_MONEY_CAPTION = re.compile(r"收入|营收|金额")
_VERSION = re.compile(r"(?:(?<![A-Za-z])[Vv]|[Vv]er\.?|版本号?)$")  # 「月均收入 58.64万元」: an amount with its unit, in one box


_PAGE_WAN = re.compile(r"单位\s*[:：]\s*万\s*(台套|台|套|家|户|个|人|次)")
def device_caption(caption: str) -> str | None:
    """A summary line of a device list named by the part alone: 合计/总计 → all devices; 公有云,
    海外 (境外站点, asides dropped) → those devices. Only where the caption is set off by 「：」 or
    「,」 (an export's summary line), never a table's 「合计 9,860」 row."""
    key = re.sub(r"\s+|^其中|[（(][^（）()]*[）)]?", "", caption)
    if re.fullmatch(r"(?:设备)?(?:合计|总计|共计|总数)", key):
        return "devices_total"
    field_id = caption_field(re.sub(r"(?:站点|场站|节点|部分)$", "", key) + "设备")
    return field_id if field_id and field_id.startswith("devices_") else None


def _line_pairs(blocks: list[Block], single: bool = False, context: Context = Context()) -> list[tuple[str, Piece, Number]]:
    """A text line of captions over a line of as many numbers (a console exported to PDF); one
    caption over one number where the two lines are stacked as a tile's (or, with `single`, a saved
    web page's tiles, one block each, without geometry)."""
    pairs = []
    for upper, lower in zip(blocks, blocks[1:], strict=False):
        alone = single or _stacked(upper, lower)  # a console printed to PDF: a tile's caption over its number
        if alone and number_of(Piece(lower, 0, len(lower.text))) is not None and (field := caption_of(upper.text, context)):
            pairs.append((field, Piece(upper, 0, len(upper.text)), number_of(Piece(lower, 0, len(lower.text)))))
            continue
        captions = [Piece(upper, s, e) for s, e in _token_spans(upper.text)]
        numbers = [number_of(Piece(lower, s, e)) for s, e in _token_spans(lower.text)]
        fields = [caption_of(p.text, context) for p in captions]
        if len(captions) < 2 or len(captions) != len(numbers) or None in fields or None in numbers:
            continue
        pairs += list(zip(fields, captions, numbers, strict=True))
    return pairs


def _stacked(upper: Block, lower: Block) -> bool:
    """`lower` right under `upper`, their spans overlapping across: one tile's two lines."""
    a, b = upper.bbox, lower.bbox
    if a is None or b is None:
        return False
    height = max(a.bottom - a.top, 1.0)
    return 0 <= b.top - a.bottom <= 1.5 * height and min(a.x1, b.x1) - max(a.x0, b.x0) > 0


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def _value(document: Document, page: Page, catalog: Catalog, field_id: str, caption: Piece,
           number: Number) -> EvidenceValue | None:
    spec = catalog.field(field_id)
    quantity = number.quantity
    if spec.unit == "TB":
        base = 1000 if DECIMAL_STORAGE.search(page.text) else 1024
        # 「已用容量(TB)」 or 「存储总容量 TB」 (h79) over 「368.20」
        if quantity.unit is None and (said := re.search(r"[（(]\s*([TPGE]B)\s*[)）]|\s([TPGE]B)\s*$", caption.text, re.I)):
            quantity = quantity.model_copy(update={"unit": (said.group(1) or said.group(2)).upper()})
        converted = to_tb(quantity, base) if quantity.unit in STORAGE_FIGURE_UNITS else None
        if converted is None:
            return None
        normalized: int | float = float(converted)
    else:
        if quantity.unit in STORAGE_FIGURE_UNITS:
            return None
        if quantity.unit in MONEY_FIGURE_UNITS and spec.unit != "万元":
            return None  # an amount is no count
        scaled = _PAGE_WAN.search(page.text) if quantity.unit is None and quantity.value % 1 else None
        if scaled is not None and ("台" in (spec.unit or "")) == (scaled.group(1) in ("台", "套", "台套")):
            # 「1.24」 under a chart's 「单位：万台」: a count with decimals is in the unit the page states (h56)
            quantity = quantity.model_copy(update={"value": quantity.value * 10000, "unit": "万" + scaled.group(1)})
        normalized = plain_number(quantity.value) if quantity.unit not in ("元", "亿元") \
            else float(round(convert_money(quantity.value, quantity.unit, "万元"), 6))
        stated = page_money_unit(page.text) if spec.unit == "万元" and quantity.unit is None else None
        if stated not in (None, "万元"):  # 「单位：元」 over a scanned table: 37,218,840.11 元 is 3,721.88 万元
            normalized = float(round(convert_money(quantity.value, stated, "万元"), 6))
            quantity = quantity.model_copy(update={"unit": stated})
    piece = number.piece
    if caption.block is piece.block:  # one box: cite caption through number
        citations: list[Citation] = [cite_in_block(document, page, piece.block, caption.start, piece.end)]
    else:
        citations = [cite_in_block(document, page, piece.block, piece.start, piece.end),
                     cite_in_block(document, page, caption.block, caption.start, caption.end)]
    citations += [cite_in_block(document, page, other.block, other.start, other.end) for other in number.others]
    doubt = caption_doubt(field_id, caption.text) or (PIECES_JOINED if number.others else None)
    if quantity.qualifier != "exact":  # 「1万+」 says at least 10,000: no figure to compare with the form's
        normalized, doubt = None, f"“{quantity.raw}”只说明不少于 {plain_number(quantity.value)}，不是确切数字，不作比对"
    period = ""
    if field_id == "orders_last_year" and ORDERS_BARE.fullmatch(re.sub(r"\s+|[（(][^（）()]*[)）]", "", caption.text)) \
            and (period := part_of_a_year(page.text)):
        doubt = OTHER_PERIOD  # the page's period, not the caption's: no reading of the indicator (rules_order_period)
    return EvidenceValue(field_id=field_id, label=spec.label, value=quantity.raw, unit=quantity.unit or "", scope="platform",
                         normalized=normalized, period=period, **({"confidence": 0.75, "reasons": (doubt,)} if doubt else {}),
                         method="ocr_figure" if page.source == "ocr" or piece.block.kind == "ocr_line" else "text",
                         citations=tuple(citations), note=f"截图数字，标题“{caption.text.strip(' :：')}”")
