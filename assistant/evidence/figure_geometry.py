"""OCR boxes of a dashboard paired by their places: each caption takes the nearest number box below it,
right of it or (farther) above it, each number serving one caption.

Must not: read a caption's words (`figure_pieces.caption_of` does) or build evidence values.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from assistant.catalog.vocabulary import caption_field
from assistant.evidence.figure_pieces import (
    PART_CONNECTED,
    Context,
    Number,
    Piece,
    caption_of,
    number_of,
)
from assistant.values.numbers import STORAGE_FIGURE_UNITS, find_quantities
from extractors.model import BBox, Block

_UNIT_ONLY = re.compile(r"^(?:TB|PB|GB|EB|(?:万|亿)?(?:台/套|台套|台|套|家|个|项|人|种|款|条|户)|万|亿)$", re.IGNORECASE)
# 「接入设备（万台）」 over 「3.52」: the caption's bracket gives the figure's magnitude and unit.
_CAPTION_MAGNITUDE = re.compile(r"[（(]\s*(?P<m>万|亿)\s*(?P<u>台/套|台套|台|套|家|个|项|人|条|次|户)?\s*[)）]")


def _with_unit_beside(number: Number, blocks: list[Block]) -> Number:
    """A dashboard often prints the unit in a smaller box right of the figure ("1,376.26" "TB"):
    a figure without a unit takes the unit box that follows it on its line."""
    if number.quantity.unit is not None:
        return number
    box = number.bbox
    height = max(box.bottom - box.top, 1.0)
    for block in blocks:
        b = block.bbox
        if (_UNIT_ONLY.match(block.text.strip()) and b.x0 > box.x0 and -height / 2 <= b.x0 - box.x1 <= height
                and min(b.bottom, box.bottom) - max(b.top, box.top) >= 0.3 * min(height, b.bottom - b.top)):
            unit = block.text.strip()
            unit = unit.upper() if unit.upper() in STORAGE_FIGURE_UNITS else unit
            if unit[0] in "万亿":  # 「2.36」 「万家」: the figure in ten thousands
                return _scaled(number, unit[0], unit[1:] or None)
            return replace(number, quantity=number.quantity.model_copy(update={"unit": unit}))
    return number


def _scaled(number: Number, magnitude: str, unit: str | None) -> Number:
    """The figure times 万 or 亿 printed apart from it (a unit box, a caption's bracket)."""
    quantity = number.quantity
    if quantity.magnitude_in_number:
        return number
    factor = 10_000 if magnitude == "万" else 100_000_000
    return replace(number, quantity=quantity.model_copy(update={
        "value": quantity.value * factor, "unit": unit or quantity.unit, "raw": f"{quantity.raw}{magnitude}{unit or ''}",
        "magnitude_in_number": True}))


_ENGLISH = re.compile(r"[A-Za-z][A-Za-z .&/-]*")


def geometry_pairs(blocks: list[Block], context: Context = Context()) -> list[tuple[str, Piece, Number]]:
    """OCR boxes: each caption takes the nearest number box below it or right of it (or, farther,
    above it)."""
    named = [(f, b) for b in blocks if (f := caption_of(b.text, context) or _device_unit_caption(b.text)) is not None]
    captions = named + [(f, b) for b in blocks if (f := _part_caption(b, named, context)) is not None]
    # 「公有云接入 Public Cloud」 over 「736台/套」 (h9): a part connected, devices by its figure's unit — or
    # by the device count's tile left of it on its row (「接入设备总数 | 公有云接入」, h80)
    by_unit = len(captions)
    captions += [(f, b) for b in blocks if (f := _connected_part(b.text)) is not None
                 and not any(c is b for _f, c in captions)]
    beside_devices = {i for i in range(by_unit, len(captions)) if _right_of_devices(captions[i][1], named)}
    # 「材料数据」, 「工业数据」 over 「412.5TB」 (h13): a kind of data, stored, when its figure is a volume
    by_volume = len(captions)
    captions += [(f, b) for b in blocks if (f := _data_volume(b.text)) is not None
                 and not any(c is b for _f, c in captions)]
    rates = context.panel == "storage"
    joined, pieces = joined_figures(blocks)
    numbers = [_with_unit_beside(n, blocks) for b in blocks if id(b) not in pieces
               and (n := number_of(Piece(b, 0, len(b.text)), rates=rates) or _stated_number(b, rates)) is not None]
    ticks = _axis_ticks(numbers)
    numbers = [n for n in numbers if id(n.piece.block) not in ticks] + [_with_unit_beside(n, blocks) for n in joined]
    averages = _averages(blocks)
    candidates = []
    for index, (field_id, caption) in enumerate(captions):
        c = _with_english_beside(caption, blocks)
        height = max(c.bottom - c.top, 1.0)
        for key, number in enumerate(numbers):
            if (number.quantity.unit == "%") != (field_id == "storage_utilization"):
                continue  # a console's rate goes with its 使用率 only, and only a rate does
            if id(number.piece.block) in averages and not re.search(r"日均|平均", caption.text):
                continue
            if by_unit <= index < by_volume and number.quantity.unit not in _DEVICE_UNITS \
                    and not (index in beside_devices and number.quantity.unit is None):
                continue
            if index >= by_volume and (number.quantity.unit or "").upper() not in STORAGE_FIGURE_UNITS:
                continue
            n = number.bbox
            overlap_x = min(c.x1, n.x1) - max(c.x0, n.x0)
            overlap_y = min(c.bottom, n.bottom) - max(c.top, n.top)
            # a display figure twice the caption's size sits farther below it (h68: 142 px under a 34 px caption)
            below = (n.top >= c.bottom - height * 0.3 and n.top - c.bottom <= 4 * height + max(n.bottom - n.top - height, 0.0)
                     and overlap_x >= 0.3 * min(c.x1 - c.x0, n.x1 - n.x0))
            # a tile's figure set flush right, farther off, with nothing printed between (h18): a tile's
            # short caption, not a table's row label (「平台SaaS订阅及技术服务收入」 … 「37,218,840.11」)
            far = len(caption.text.strip()) <= 8 and n.x0 - c.x1 <= 12 * height and not _between(c, n, blocks)
            right = (n.x0 >= c.x1 - height * 0.3 and overlap_y >= 0.5 * min(height, n.bottom - n.top)
                     and (n.x0 - c.x1 <= 8 * height or far))
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
        pairs.append((field_id, Piece(caption, 0, len(caption.text)), number))
    return pairs


# an OCR box of digits alone, or of digits OCR spaced out (「3 7 2」: a display font's wide figures)
_DIGIT_BOX = re.compile(r"\d(?:[\d,.]|\s(?=\d))*")
_JOINED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def joined_figures(blocks: list[Block]) -> tuple[list[Number], set[int]]:
    """A dashboard's big figure OCR read in pieces on its line (「9」 「，」 「3 7 2」 for ９，３７２, h52; 「1」 |
    「1」 for 11, h85): the digit boxes that follow one another closer than their height, a short box at
    their foot between two of them taken as the separator it is (OCR reads a big comma as 「7」), joined
    into one figure, cited by every piece. No piece is a reading of its own, nor is a separator OCR read
    alone before a figure; a join that makes no number as numbers are written (「12,34」) is no reading
    at all. Returns the figures and the ids of the boxes they took."""
    boxes = sorted((b for b in blocks if b.kind == "ocr_line" and b.bbox is not None and b.text.strip()),
                   key=lambda b: b.bbox.x0)
    digits = [b for b in boxes if _DIGIT_BOX.fullmatch(b.text.strip())]
    figures, taken, leading = [], set(), {}
    for first in digits:
        if id(first) in taken:
            continue
        if (figure := next((o for o in digits if o is not first and _at_foot(first, o)), None)) is not None:
            taken.add(id(first))  # a big comma read as 「7」 beside a figure (before it: its first digit OCR lost)
            if figure.bbox.x0 >= first.bbox.x1:
                leading[id(figure)] = first  # printed as part of the figure: its place is the figure's
            continue
        run, separated = [first], [False]
        while (following := _following(run[-1], run[max(i for i, sep in enumerate(separated) if not sep)], boxes)):
            run.append(following[0])
            separated.append(following[1])
        while separated[-1]:
            run.pop(), separated.pop()
        whole = [b for b, sep in zip(run, separated, strict=True) if not sep and not _piece_like(b)]
        if len(run) == 1 and not _piece_like(first) and id(first) not in leading or len(whole) > 1:
            continue  # one box read whole, or boxes read whole (two columns' 「12」 「35」): ordinary figures
        if id(first) in leading:
            run, separated = [leading[id(first)], *run], [True, *separated]
        taken.update(id(b) for b in run)
        text = "".join("," if sep else re.sub(r"\s+", "", b.text) for b, sep in zip(run, separated, strict=True))
        text = text.lstrip(",")
        if _JOINED.fullmatch(text) is None:
            continue
        main = max((b for b, sep in zip(run, separated, strict=True) if not sep), key=lambda b: b.bbox.x1 - b.bbox.x0)
        others = tuple(Piece(b, 0, len(b.text)) for b in run if b is not main)
        figures.append(Number(Piece(main, 0, len(main.text)), find_quantities(text)[0][0], others))
    return figures, taken


def _piece_like(box: Block) -> bool:
    """A box that looks like a piece of a figure: one digit, or digits OCR spaced out — as a display font spaces
    them, each no wider than the line is tall (a scanned table's row 「5 3 2」 spreads its cells much wider)."""
    text = box.text.strip()
    return len(text) == 1 or " " in text and (box.bbox.x1 - box.bbox.x0) / len(text) <= box.bbox.bottom - box.bbox.top


def _at_foot(box: Block, figure: Block) -> bool:
    """`box` is one short glyph at the foot of `figure`'s line, right beside it (a separator's place)."""
    b, f = box.bbox, figure.bbox
    height = f.bottom - f.top
    return (box is not figure and len(box.text.strip()) == 1 and b.bottom - b.top <= 0.6 * height
            and abs(b.bottom - f.bottom) <= 0.3 * height and min(abs(b.x0 - f.x1), abs(f.x0 - b.x1)) <= 0.7 * height)


def _following(block: Block, last: Block, boxes: list[Block]) -> tuple[Block, bool] | None:
    """The box right after `block` on the line of the figure whose last digit box is `last`: a digit box
    as tall (within 0.7×), or a separator at the foot (True), no farther than 0.7 of the figure's height."""
    b, line = block.bbox, last.bbox
    height = line.bottom - line.top
    for o in boxes:
        if o is block or o.bbox.x0 < b.x1 - 0.2 * height or o.bbox.x0 - b.x1 > 0.7 * height:
            continue
        tall = o.bbox.bottom - o.bbox.top
        if _DIGIT_BOX.fullmatch(o.text.strip()) and not _at_foot(o, last) and min(tall, height) >= 0.7 * max(tall, height) \
                and min(o.bbox.bottom, line.bottom) - max(o.bbox.top, line.top) >= 0.6 * min(tall, height):
            return o, False
        if block is last and _at_foot(o, last):
            return o, True  # a separator follows a digit box only
    return None


_PART = re.compile(r"^\s*其中\s*[:：]?\s*(?P<part>[\u4e00-\u9fff]{2,6})\s*$")


def _part_caption(block: Block, named: list[tuple[str, Block]], context: Context) -> str | None:
    """A tile's 「其中上海」 beside 「服务企业（累计）」 (h14): the part of the tile left of it on its row —
    the part's words put before that tile's thing (「上海服务企业」), when that names another field."""
    found = _PART.match(block.text)
    if found is None or block.bbox is None or caption_of(block.text, context) is not None:
        return None
    left = _left_on_row(block, named)
    if not left:
        return None
    _gap, whole, tile = min(left, key=lambda t: t[0])
    thing = re.sub(r"\s+|[（(][^（）()]*[)）]", "", tile.text)
    part = caption_field(found["part"] + thing)
    return part if part is not None and part != whole else None


# 「近一年日均11,380」 under 「公有云设备日均运行数」: the figure with the period or the aggregate it is
# said again before it
_STATED_AS = re.compile(r"^\s*(?:近一年|近12个月|全年|本年)?(?:(?P<average>日均|平均)|合计|总计|累计|共计)?\s*[:：]?\s*")


def _stated_number(block: Block, rates: bool) -> Number | None:
    stated = _STATED_AS.match(block.text)
    if not stated.group(0).strip(" :："):
        return None
    return number_of(Piece(block, stated.end(), len(block.text)), rates=rates)


def _averages(blocks: list[Block]) -> set[int]:
    """The boxes whose figure is said to be an average (「近一年日均11,380」): only a caption of an
    average takes them."""
    return {id(b) for b in blocks if (stated := _STATED_AS.match(b.text)) and stated.group("average")}


def _between(caption: BBox, number: BBox, blocks: list[Block]) -> bool:
    """Some box printed on the line between a caption and a number right of it."""
    return any(b.bbox is not None and b.bbox.x0 >= caption.x1 - 1 and b.bbox.x1 <= number.x0 + 1
               and min(b.bbox.bottom, caption.bottom) - max(b.bbox.top, caption.top) > 0 for b in blocks)


def _device_unit_caption(text: str) -> str | None:
    """「公有云接入（万台）」: a caption that counts in 台/套 counts devices, though it leaves the word out."""
    bracket = _CAPTION_MAGNITUDE.search(text)
    if bracket is None or bracket["u"] not in ("台/套", "台套", "台", "套"):
        return None
    return caption_field(_CAPTION_MAGNITUDE.sub("", text).strip() + "设备")


_DEVICE_UNITS = ("台/套", "台套", "台", "套")
# a tile naming a kind of data and nothing else (not a flow: 采集, 传输, 今日 …; not the public cloud's part)
_DATA_KIND = re.compile(r"(?:平台)?[\u4e00-\u9fff]{1,4}数据(?:总量|量|规模)?")
_NOT_STORED = re.compile(r"采集|传输|上传|下载|接入|交换|共享|开放|调用|新增|今日|本月|日均|实时|公有云|私有|备份|容量")


def _data_volume(text: str) -> str | None:
    """「材料数据」, 「工业数据」 — read as the data stored when the figure under it is a volume
    (TB/PB/GB; `geometry_pairs` checks)."""
    bare = re.sub(r"[（(][^（）()]*[)）]|\s+", "", text)
    if not _DATA_KIND.fullmatch(bare) or _NOT_STORED.search(bare) or caption_field(bare) is not None:
        return None
    return "stored_industrial_data"


def _connected_part(text: str) -> str | None:
    """「公有云接入」, 「海外接入」 (an English gloss beside dropped): the devices connected so, when the
    figure under it counts in 台/套 or its tile stands right of the device count's (`geometry_pairs` checks)."""
    bare = re.sub(r"[A-Za-z][A-Za-z .&/-]*|\s+", "", text)
    return caption_field(bare + "设备") if PART_CONNECTED.fullmatch(bare) else None


def _left_on_row(block: Block, named: list[tuple[str, Block]]) -> list[tuple[float, str, Block]]:
    """The named captions left of `block` on its row, each with its gap to it."""
    b = block.bbox
    if b is None:
        return []
    height = max(b.bottom - b.top, 1.0)
    return [(b.x0 - c.bbox.x1, field_id, c) for field_id, c in named
            if c.bbox is not None and c.bbox.x1 <= b.x0 + height * 0.3
            and min(c.bbox.bottom, b.bottom) - max(c.bbox.top, b.top) >= 0.5 * height]


def _right_of_devices(block: Block, named: list[tuple[str, Block]]) -> bool:
    return any(field_id == "devices_total" for _gap, field_id, _c in _left_on_row(block, named))


def _axis_ticks(numbers: list[Number]) -> set[int]:
    """The boxes of a chart's value axis: three or more numbers one above another in a column,
    evenly spaced in value (30,216 / 27,339 / 24,461 …) — a scale, not figures a caption names."""
    ticks: set[int] = set()
    column: list[Number] = []
    for number in sorted(numbers, key=lambda n: (round(n.bbox.x1 / 12), n.bbox.top)):
        if column and round(column[-1].bbox.x1 / 12) != round(number.bbox.x1 / 12):
            ticks |= _evenly_spaced(column)
            column = []
        column.append(number)
    return ticks | _evenly_spaced(column)


def _evenly_spaced(column: list[Number]) -> set[int]:
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
