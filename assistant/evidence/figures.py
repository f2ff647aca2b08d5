"""Figures on screenshots (dashboards, consoles; OCR pages) → evidence of the count indicators.

A dashboard prints a caption and its number: "接入设备" over "32,000", "注册企业 1,250 家",
"工业APP：320个", "设备接入总量", "上架工业APP", "机理模型库". Dashboards word their captions
freely, so a caption is matched to an indicator by what it says, not by a list of captions:
`FIGURE_CONCEPTS` names, per indicator, the thing counted (设备, 企业, APP …), the word that makes
it that count (接入/连接 for devices, 注册/入驻 for enterprises) and what makes it another figure;
any caption of a rate, a flow or a moment (在线, 活跃, 今日, 新增, 趋势, 分布 …) names nothing; the
number is, in this order of preference, in the same
OCR box after the caption, in the box right below it (horizontally overlapping, within a few line
heights) or right of it on the same line (vertically overlapping, close by). Each number box
serves one caption: pairs are taken nearest first. "1.5万" is read as 15000 with the precision it
was printed with kept in `value`, so a check can tell a rounded display from a wrong number.

Text-layer screenshots (a console exported to PDF) are read the same way from their lines:
a caption and its number on one line, or a line of captions over a line of as many numbers.

Must not: pair a caption that names no indicator or names two, or compare with the form (the
checks do).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.catalog.vocabulary import caption_doubt, caption_field
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceValue
from assistant.evidence.rows import cite_in_block
from assistant.values.numbers import (
    COUNT_UNITS,
    DECIMAL_STORAGE,
    STORAGE_FIGURE_UNITS,
    Quantity,
    find_quantities,
    to_tb,
)
from assistant.values.typed import plain_number
from extractors.model import BBox, Block, Document, Page

_COUNT_UNITS = {None, *COUNT_UNITS}
_STORAGE_UNITS = STORAGE_FIGURE_UNITS


@dataclass(frozen=True)
class _Piece:
    """A stretch of one block: a whole OCR box, or a token of a text line."""

    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]


@dataclass(frozen=True)
class _Number:
    piece: _Piece
    quantity: Quantity


# an English console's counting word (「3,412 units」), or a count's unit after a bound (「300+ 个」)
_COUNTING_WORD = re.compile(r"units?|sets?|pcs|个|项|家|款|件|台/套|台套|台|套|人|条|种", re.IGNORECASE)


def _number_of(piece: _Piece, rates: bool = False) -> _Number | None:
    """The one exact quantity that is all of the piece (a figure, not a sentence, not a date: a
    timeline's 「2022.09」 under its milestone)."""
    if not find_quantities(piece.text, skip_dates=True):
        return None
    found = find_quantities(piece.text)
    if len(found) != 1:
        return None
    quantity, s, e = found[0]
    # A trend mark after the figure ("1,148↑", "176▲") is decoration, not part of the number; so is
    # an English console's counting word (「3,412 units」).
    after = piece.text[e:].strip(" ↑↓▲▼△▽↗↘")
    if piece.text[:s].strip(" :：") or after and not _COUNTING_WORD.fullmatch(after) \
            or quantity.qualifier not in ("exact", "more_than"):  # 「1万+」: a slide's bound, kept as such
        return None
    if quantity.unit not in _COUNT_UNITS | _STORAGE_UNITS and not (rates and quantity.unit == "%"):
        return None
    return _Number(_Piece(piece.block, piece.start + s, piece.start + e), quantity)


def read_figures(document: Document, catalog: Catalog, devices: bool = False) -> list[EvidenceValue]:
    """`devices`: the document lists devices, so its summary lines speak of them by the part alone
    (「总计：8,642 台/套」, 「公有云,736」, 「其中境外站点（越南Vietnam）：74」: `device_caption`)."""
    values: list[EvidenceValue] = []
    for page in document.pages:
        # a saved web page has no geometry: its blocks are the page's tiles in reading order
        flowing = bool(page.blocks) and all(b.bbox is None for b in page.blocks)
        blocks = [b for b in page.blocks if (b.bbox is not None or flowing) and b.text.strip() and b.table_cell is None]
        # a storage console: 总容量 / 已用 / 使用率 are its; an APP store's 杀手锏 panel: 日均在线用户 are its APPs
        storage = "storage" if _STORAGE_PAGE.search(page.text) else "killer" if _KILLER_PAGE.search(page.text) else ""
        pairs = _inline_pairs(blocks, devices, storage)
        paired = {id(caption.block) for _f, caption, _n in pairs}
        rest = [b for b in blocks if id(b) not in paired]
        # OCR boxes (a scanned page, or the pictures of a text page) pair by geometry; text-layer
        # lines by lines of captions over lines of numbers.
        pairs += _geometry_pairs(_above_a_table([b for b in rest if page.source == "ocr" or b.kind == "ocr_line"]), storage)
        lines = [b for b in rest if page.source != "ocr" and b.kind != "ocr_line"]
        pairs += (found := _line_pairs(lines, single=flowing, storage=storage))
        # a slide's or a card's figure over its caption (「18,426 台/套」 over 「接入动力设备」): the lines
        # no caption-over-number pair took, paired by their places as OCR boxes are
        taken = {id(piece.block) for _f, caption, number in found for piece in (caption, number.piece)}
        if not flowing:
            pairs += _geometry_pairs([b for b in lines if id(b) not in taken], storage)
        values += _first_of_each(document, page, catalog, pairs)
    return values


def _above_a_table(boxes: list[Block]) -> list[Block]:
    """OCR boxes above a list's 序号 column head: a table's cells below it (a picture of a spreadsheet's
    rows) are no tiles, whatever their header says (「设备数量合计其中：接入」 over 「116」)."""
    heads = [b.bbox.top for b in boxes if b.bbox is not None and re.fullmatch(r"\s*序号\s*", b.text)]
    return [b for b in boxes if b.bbox is None or b.bbox.bottom <= min(heads)] if heads else boxes


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
        display = [b for b in lines if not re.search(r"\d", b.text)
                   or (b.bbox.bottom - b.bbox.top >= _DISPLAY * usual and _number_of(_Piece(b, 0, len(b.text))))]
        values += _first_of_each(document, page, catalog, _geometry_pairs(display))
    return values


def _inline_pairs(blocks: list[Block], devices: bool = False, storage: str = "") -> list[tuple[str, _Piece, _Number]]:
    """"注册企业 1,250 家", "工业APP：320个": caption and number in one box or line."""
    pairs = []
    for block in blocks:
        match = re.match(r"^\s*(?P<caption>[^\d:：]+?)\s*(?P<sep>[:：,，]?)\s*(?=\d)", block.text)
        if match is None:
            continue
        field_id = _caption(match.group("caption"), storage) or (
            device_caption(match.group("caption")) if devices and match.group("sep") else None)
        if field_id is None:
            continue
        # A note in brackets may follow the figure: "其中海外设备合计：8,200台/套（越南 8,200）".
        note = re.search(r"\s*[（(][^（）()]*[）)]?\s*$", block.text[match.end():])
        end = match.end() + note.start() if note and note.start() > 0 else len(block.text)
        number = _number_of(_Piece(block, match.end(), end))
        if number is not None:
            pairs.append((field_id, _Piece(block, match.start("caption"), match.end("caption")), number))
    return pairs


_PAGE_WAN = re.compile(r"单位\s*[:：]\s*万\s*(台套|台|套|家|户|个|人|次)")
_STORAGE_PAGE = re.compile(r"存储(?:管理|控制台|容量|资源|池)|对象存储|分布式存储|Storage\s*Console", re.IGNORECASE)
_KILLER_PAGE = re.compile(r"杀手锏")
# what an APP store's 杀手锏 panel says of its APPs without naming them again
_KILLER_CAPTION = re.compile(r"^(?:日均在线用户(?:数)?|平均日在线用户(?:数)?|日活次数|日均活跃次数|月均收入|月平均收入)")
# A storage console's own words for its figures (English beside them: 「已用 Used」)
_STORAGE_CAPTIONS = (("storage_capacity", re.compile(r"^(?:总容量|总存储容量|容量总计|Total\s*Capacity)", re.I)),
                     ("stored_industrial_data", re.compile(r"^(?:已用|已使用|已用容量|使用量|Used)(?![率%])", re.I)),
                     ("storage_utilization", re.compile(r"^(?:使用率|容量使用率|Usage)", re.I)),
                     ("public_cloud_data", re.compile(r"^公有云\s*(?:OSS|对象存储|存储|数据)(?:总量|用量)?(?:[（(][TPG]B[)）])?$", re.I)))


def _caption(text: str, storage: str) -> str | None:
    found = caption_field(text)
    if found is None and storage == "storage":
        found = next((f for f, pattern in _STORAGE_CAPTIONS if pattern.match(text.strip())), None)
    if found is None and storage == "killer" and _KILLER_CAPTION.match(text.strip()):
        found = caption_field("杀手锏APP" + text.strip())  # 「日均在线用户3,412」 under the 杀手锏APP table
    return found


def device_caption(caption: str) -> str | None:
    """A summary line of a device list named by the part alone: 合计/总计 → all devices; 公有云,
    海外 (境外站点, asides dropped) → those devices. Only where the caption is set off by 「：」 or
    「,」 (an export's summary line), never a table's 「合计 9,860」 row."""
    key = re.sub(r"\s+|^其中|[（(][^（）()]*[）)]?", "", caption)
    if re.fullmatch(r"(?:设备)?(?:合计|总计|共计|总数)", key):
        return "devices_total"
    field_id = caption_field(re.sub(r"(?:站点|场站|节点|部分)$", "", key) + "设备")
    return field_id if field_id and field_id.startswith("devices_") else None


def _line_pairs(blocks: list[Block], single: bool = False, storage: str = "") -> list[tuple[str, _Piece, _Number]]:
    """A text line of captions over a line of as many numbers (a console exported to PDF); one
    caption over one number where the two lines are stacked as a tile's (or, with `single`, a saved
    web page's tiles, one block each, without geometry)."""
    pairs = []
    for upper, lower in zip(blocks, blocks[1:], strict=False):
        alone = single or _stacked(upper, lower)  # a console printed to PDF: a tile's caption over its number
        if alone and _number_of(_Piece(lower, 0, len(lower.text))) is not None and (field := _caption(upper.text, storage)):
            pairs.append((field, _Piece(upper, 0, len(upper.text)), _number_of(_Piece(lower, 0, len(lower.text)))))
            continue
        captions = [_Piece(upper, s, e) for s, e in _token_spans(upper.text)]
        numbers = [_number_of(_Piece(lower, s, e)) for s, e in _token_spans(lower.text)]
        fields = [_caption(p.text, storage) for p in captions]
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


_UNIT_ONLY = re.compile(r"^(?:TB|PB|GB|EB|(?:万|亿)?(?:台/套|台套|台|套|家|个|项|人|种|款|条|户)|万|亿)$", re.IGNORECASE)
# 「接入设备（万台）」 over 「3.52」: the caption's bracket gives the figure's magnitude and unit.
_CAPTION_MAGNITUDE = re.compile(r"[（(]\s*(?P<m>万|亿)\s*(?P<u>台/套|台套|台|套|家|个|项|人|条|次|户)?\s*[)）]")


def _with_unit_beside(number: _Number, blocks: list[Block]) -> _Number:
    """A dashboard often prints the unit in a smaller box right of the figure ("1,376.26" "TB"):
    a figure without a unit takes the unit box that follows it on its line."""
    if number.quantity.unit is not None:
        return number
    box = number.piece.block.bbox
    height = max(box.bottom - box.top, 1.0)
    for block in blocks:
        b = block.bbox
        if (_UNIT_ONLY.match(block.text.strip()) and b.x0 > box.x0 and -height / 2 <= b.x0 - box.x1 <= height
                and min(b.bottom, box.bottom) - max(b.top, box.top) >= 0.3 * min(height, b.bottom - b.top)):
            unit = block.text.strip()
            unit = unit.upper() if unit.upper() in _STORAGE_UNITS else unit
            if unit[0] in "万亿":  # 「2.36」 「万家」: the figure in ten thousands
                return _scaled(number, unit[0], unit[1:] or None)
            return _Number(number.piece, number.quantity.model_copy(update={"unit": unit}))
    return number


def _scaled(number: _Number, magnitude: str, unit: str | None) -> _Number:
    """The figure times 万 or 亿 printed apart from it (a unit box, a caption's bracket)."""
    quantity = number.quantity
    if quantity.magnitude_in_number:
        return number
    factor = 10_000 if magnitude == "万" else 100_000_000
    return _Number(number.piece, quantity.model_copy(update={
        "value": quantity.value * factor, "unit": unit or quantity.unit, "raw": f"{quantity.raw}{magnitude}{unit or ''}",
        "magnitude_in_number": True}))


_ENGLISH = re.compile(r"[A-Za-z][A-Za-z .&/-]*")


def _geometry_pairs(blocks: list[Block], storage: str = "") -> list[tuple[str, _Piece, _Number]]:
    """OCR boxes: each caption takes the nearest number box below it or right of it (or, farther,
    above it)."""
    captions = [(f, b) for b in blocks if (f := _caption(b.text, storage) or _device_unit_caption(b.text)) is not None]
    numbers = [_with_unit_beside(n, blocks) for b in blocks
               if (n := _number_of(_Piece(b, 0, len(b.text)), rates=storage == "storage")) is not None]
    ticks = _axis_ticks(numbers)
    numbers = [n for n in numbers if id(n.piece.block) not in ticks]
    candidates = []
    for index, (field_id, caption) in enumerate(captions):
        c = _with_english_beside(caption, blocks)
        height = max(c.bottom - c.top, 1.0)
        for key, number in enumerate(numbers):
            if (number.quantity.unit == "%") != (field_id == "storage_utilization"):
                continue  # a console's rate goes with its 使用率 only, and only a rate does
            n = number.piece.block.bbox
            overlap_x = min(c.x1, n.x1) - max(c.x0, n.x0)
            overlap_y = min(c.bottom, n.bottom) - max(c.top, n.top)
            below = (n.top >= c.bottom - height * 0.3 and n.top - c.bottom <= 4 * height
                     and overlap_x >= 0.3 * min(c.x1 - c.x0, n.x1 - n.x0))
            right = (n.x0 >= c.x1 - height * 0.3 and n.x0 - c.x1 <= 8 * height
                     and overlap_y >= 0.5 * min(height, n.bottom - n.top))
            # A tile may print its caption under the figure (「212 个」 over 「工业APP」): above, a little
            # farther than below or right, so that a caption over its own figure keeps it.
            above = (n.bottom <= c.top + height * 0.3 and c.top - n.bottom <= 2 * height
                     and overlap_x >= 0.3 * min(c.x1 - c.x0, n.x1 - n.x0))
            if below:
                distance = max(n.top - c.bottom, 0.0) + abs((n.x0 + n.x1) / 2 - (c.x0 + c.x1) / 2)
            elif right:
                distance = max(n.x0 - c.x1, 0.0)
            elif above:
                distance = max(c.top - n.bottom, 0.0) + abs((n.x0 + n.x1) / 2 - (c.x0 + c.x1) / 2) + height
            else:
                continue
            candidates.append((distance, index, key))
    taken_captions: set[int] = set()
    taken_numbers: set[int] = set()
    pairs = []
    for _distance, index, key in sorted(candidates):
        if index in taken_captions or key in taken_numbers:
            continue
        taken_captions.add(index)
        taken_numbers.add(key)
        field_id, caption = captions[index]
        number = numbers[key]
        if (bracket := _CAPTION_MAGNITUDE.search(caption.text)) is not None and number.quantity.unit is None:
            number = _scaled(number, bracket["m"], bracket["u"])
        pairs.append((field_id, _Piece(caption, 0, len(caption.text)), number))
    return pairs


def _device_unit_caption(text: str) -> str | None:
    """「公有云接入（万台）」: a caption that counts in 台/套 counts devices, though it leaves the word out."""
    bracket = _CAPTION_MAGNITUDE.search(text)
    if bracket is None or bracket["u"] not in ("台/套", "台套", "台", "套"):
        return None
    return caption_field(_CAPTION_MAGNITUDE.sub("", text).strip() + "设备")


def _axis_ticks(numbers: list[_Number]) -> set[int]:
    """The boxes of a chart's value axis: three or more numbers one above another in a column,
    evenly spaced in value (30,216 / 27,339 / 24,461 …) — a scale, not figures a caption names."""
    ticks: set[int] = set()
    column: list[_Number] = []
    for number in sorted(numbers, key=lambda n: (round(n.piece.block.bbox.x1 / 12), n.piece.block.bbox.top)):
        if column and round(column[-1].piece.block.bbox.x1 / 12) != round(number.piece.block.bbox.x1 / 12):
            ticks |= _evenly_spaced(column)
            column = []
        column.append(number)
    return ticks | _evenly_spaced(column)


def _evenly_spaced(column: list[_Number]) -> set[int]:
    values = [n.quantity.value for n in column]
    steps = [b - a for a, b in zip(values, values[1:], strict=False)]
    if len(values) < 3 or not steps[0] or any(abs(step - steps[0]) > abs(steps[0]) * Decimal("0.02") for step in steps):
        return set()
    return {id(n.piece.block) for n in column}


def _with_english_beside(caption: Block, blocks: list[Block]):
    """The caption's box widened over the English words printed beside it on its line: a bilingual
    tile 「Devices Connected 接入设备」 stands over its figure as one caption (holdout 8)."""
    box = caption.bbox
    height = max(box.bottom - box.top, 1.0)
    grown = True
    while grown:
        grown = False
        for other in blocks:
            b = other.bbox
            if other is caption or b is None or not _ENGLISH.fullmatch(other.text.strip()):
                continue
            same_line = min(box.bottom, b.bottom) - max(box.top, b.top) >= 0.5 * min(height, b.bottom - b.top)
            gap = max(b.x0 - box.x1, box.x0 - b.x1)
            if same_line and gap <= 1.5 * height and not (box.x0 <= b.x0 and b.x1 <= box.x1):
                box = BBox(x0=min(box.x0, b.x0), top=min(box.top, b.top), x1=max(box.x1, b.x1),
                           bottom=max(box.bottom, b.bottom))
                grown = True
    return box


def _value(document: Document, page: Page, catalog: Catalog, field_id: str, caption: _Piece,
           number: _Number) -> EvidenceValue | None:
    spec = catalog.field(field_id)
    quantity = number.quantity
    if spec.unit == "TB":
        base = 1000 if DECIMAL_STORAGE.search(page.text) else 1024
        if quantity.unit is None and (said := re.search(r"[（(]\s*([TPGE]B)\s*[)）]", caption.text, re.I)):
            quantity = quantity.model_copy(update={"unit": said.group(1).upper()})  # 「已用容量(TB)」 over 「368.20」
        converted = to_tb(quantity, base) if quantity.unit in _STORAGE_UNITS else None
        if converted is None:
            return None
        normalized: int | float = float(converted)
    else:
        if quantity.unit in _STORAGE_UNITS:
            return None
        scaled = _PAGE_WAN.search(page.text) if quantity.unit is None and quantity.value % 1 else None
        if scaled is not None and ("台" in (spec.unit or "")) == (scaled.group(1) in ("台", "套", "台套")):
            # 「1.24」 under a chart's 「单位：万台」: a count with decimals is in the unit the page states (h56)
            quantity = quantity.model_copy(update={"value": quantity.value * 10000, "unit": "万" + scaled.group(1)})
        normalized = plain_number(quantity.value)
    piece = number.piece
    if caption.block is piece.block:  # one box: cite caption through number
        citations: list[Citation] = [cite_in_block(document, page, piece.block, caption.start, piece.end)]
    else:
        citations = [cite_in_block(document, page, piece.block, piece.start, piece.end),
                     cite_in_block(document, page, caption.block, caption.start, caption.end)]
    doubt = caption_doubt(field_id, caption.text)
    if quantity.qualifier != "exact":  # 「1万+」 says at least 10,000: no figure to compare with the form's
        normalized, doubt = None, f"“{quantity.raw}”只说明不少于 {plain_number(quantity.value)}，不是确切数字，不作比对"
    return EvidenceValue(field_id=field_id, label=spec.label, value=quantity.raw, unit=quantity.unit or "", scope="platform",
                         normalized=normalized, period="", **({"confidence": 0.75, "reasons": (doubt,)} if doubt else {}),
                         method="ocr_figure" if page.source == "ocr" or piece.block.kind == "ocr_line" else "text",
                         citations=tuple(citations), note=f"截图数字，标题“{caption.text.strip(' :：')}”")
