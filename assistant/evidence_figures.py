"""Figures on screenshots (dashboards, consoles; OCR pages) → evidence of the count indicators.

A dashboard prints a caption and its number: "接入设备" over "32,000", "注册企业 1,250 家",
"工业APP：320个". The caption is matched to an indicator through `CAPTIONS` (below: the words
dashboards use for each indicator, kept short and exact — "在线设备" is not "接入设备", "服务企业
分布" is a chart title, not a figure); the number is, in this order of preference, in the same
OCR box after the caption, in the box right below it (horizontally overlapping, within a few line
heights) or right of it on the same line (vertically overlapping, close by). Each number box
serves one caption: pairs are taken nearest first. "1.5万" is read as 15000 with the precision it
was printed with kept in `value`, so a check can tell a rounded display from a wrong number.

Text-layer screenshots (a console exported to PDF) are read the same way from their lines:
a caption and its number on one line, or a line of captions over a line of as many numbers.

Must not: guess a caption that is not in the table, or compare with the form (the checks do).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from assistant.catalog import Catalog
from assistant.citations import Citation
from assistant.evidence import EvidenceValue
from assistant.evidence_rows import cite_in_block
from assistant.numbers import Quantity, find_quantities, to_tb
from extractors.model import Block, Document, Page

# Indicator → the captions a dashboard shows for it (compared after dropping 数/数量/总数/累计 …).
CAPTIONS: dict[str, tuple[str, ...]] = {
    "devices_total": ("接入设备", "连接设备", "联网设备", "设备接入", "设备连接", "接入工业设备",
                      "连接工业设备", "工业设备连接", "设备总"),
    "devices_public_cloud": ("公有云设备", "公有云接入设备", "公有云连接设备"),
    "devices_overseas": ("海外设备", "海外接入设备"),
    "protocols_supported": ("工业协议", "兼容协议", "协议适配", "适配协议"),
    "apps_total": ("工业APP", "工业应用", "工业APP总"),
    "apps_public_cloud": ("公有云工业APP", "公有云APP"),
    "models_total": ("工业机理模型", "机理模型", "工业模型"),
    "microservices_total": ("微服务", "微服务组件"),
    "developers_registered": ("注册开发者", "开发者注册", "开发者"),
    "enterprise_users_registered": ("注册企业", "注册企业用户", "企业用户", "注册用户企业", "入驻企业"),
    "enterprises_served": ("实际服务企业", "服务企业"),
    "enterprises_paying": ("付费企业", "付费企业用户"),
    "solutions_total": ("解决方案",),
    "partner_platforms": ("合作平台",),
    "app_subscriptions": ("APP订阅", "工业APP订阅", "应用订阅"),
    "storage_capacity": ("存储容量", "存储总容量"),
    "stored_industrial_data": ("存储工业数据", "工业数据存储", "存储数据"),
}
_BY_CAPTION = {re.sub(r"\s+", "", c).upper(): f for f, captions in CAPTIONS.items() for c in captions}
_PREFIX = re.compile(r"^(?:累计|当前|平台|已)")
_SUFFIX = re.compile(r"(?:总数|总量|数量|总计|合计|累计|数|量)?(?:[(（][^()（）]*[)）])?[:：]?$")
_COUNT_UNITS = {None, "台", "套", "台/套", "家", "个", "项", "人", "次", "款", "条", "种", "户"}
_STORAGE_UNITS = {"TB", "PB", "GB", "EB"}


def caption_field(text: str) -> str | None:
    """The indicator a caption names ("接入设备数（台）" → devices_total), or None."""
    key = unicodedata.normalize("NFKC", re.sub(r"\s+", "", text)).upper()
    bare = _SUFFIX.sub("", key)
    for candidate in (key, bare, _PREFIX.sub("", bare), _PREFIX.sub("", _PREFIX.sub("", bare))):
        if candidate in _BY_CAPTION:
            return _BY_CAPTION[candidate]
    return None


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


def _number_of(piece: _Piece) -> _Number | None:
    """The one exact quantity that is all of the piece (a figure, not a sentence)."""
    found = find_quantities(piece.text)
    if len(found) != 1:
        return None
    quantity, s, e = found[0]
    if piece.text[:s].strip(" :：") or piece.text[e:].strip() or quantity.qualifier != "exact":
        return None
    if quantity.unit not in _COUNT_UNITS | _STORAGE_UNITS:
        return None
    return _Number(_Piece(piece.block, piece.start + s, piece.start + e), quantity)


def read_figures(document: Document, catalog: Catalog) -> list[EvidenceValue]:
    values: list[EvidenceValue] = []
    for page in document.pages:
        blocks = [b for b in page.blocks if b.bbox is not None and b.text.strip() and b.table_cell is None]
        pairs = _inline_pairs(blocks)
        paired = {id(caption.block) for _f, caption, _n in pairs}
        rest = [b for b in blocks if id(b) not in paired]
        if page.source == "ocr":
            pairs += _geometry_pairs(rest)
        else:
            pairs += _line_pairs(rest)
        seen: set[str] = set()
        for field_id, caption, number in sorted(pairs, key=lambda p: (p[2].piece.block.span.start, p[2].piece.start)):
            value = _value(document, page, catalog, field_id, caption, number)
            if value is not None and field_id not in seen:
                seen.add(field_id)
                values.append(value)
    return values


def _inline_pairs(blocks: list[Block]) -> list[tuple[str, _Piece, _Number]]:
    """"注册企业 1,250 家", "工业APP：320个": caption and number in one box or line."""
    pairs = []
    for block in blocks:
        match = re.match(r"^\s*(?P<caption>[^\d:：]+?)\s*[:：]?\s*(?=\d)", block.text)
        if match is None or (field_id := caption_field(match.group("caption"))) is None:
            continue
        number = _number_of(_Piece(block, match.end(), len(block.text)))
        if number is not None:
            pairs.append((field_id, _Piece(block, match.start("caption"), match.end("caption")), number))
    return pairs


def _line_pairs(blocks: list[Block]) -> list[tuple[str, _Piece, _Number]]:
    """A text line of captions over a line of as many numbers (a console exported to PDF)."""
    pairs = []
    for upper, lower in zip(blocks, blocks[1:], strict=False):
        captions = [_Piece(upper, s, e) for s, e in _token_spans(upper.text)]
        numbers = [_number_of(_Piece(lower, s, e)) for s, e in _token_spans(lower.text)]
        fields = [caption_field(p.text) for p in captions]
        if len(captions) < 2 or len(captions) != len(numbers) or None in fields or None in numbers:
            continue
        pairs += list(zip(fields, captions, numbers, strict=True))
    return pairs


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"\S+", text)]


def _geometry_pairs(blocks: list[Block]) -> list[tuple[str, _Piece, _Number]]:
    """OCR boxes: each caption takes the nearest number box below it or right of it."""
    captions = [(f, b) for b in blocks if (f := caption_field(b.text)) is not None]
    numbers = [n for b in blocks if (n := _number_of(_Piece(b, 0, len(b.text)))) is not None]
    candidates = []
    for index, (_field_id, caption) in enumerate(captions):
        c = caption.bbox
        height = max(c.bottom - c.top, 1.0)
        for key, number in enumerate(numbers):
            n = number.piece.block.bbox
            overlap_x = min(c.x1, n.x1) - max(c.x0, n.x0)
            overlap_y = min(c.bottom, n.bottom) - max(c.top, n.top)
            below = (n.top >= c.bottom - height * 0.3 and n.top - c.bottom <= 4 * height
                     and overlap_x >= 0.3 * min(c.x1 - c.x0, n.x1 - n.x0))
            right = (n.x0 >= c.x1 - height * 0.3 and n.x0 - c.x1 <= 8 * height
                     and overlap_y >= 0.5 * min(height, n.bottom - n.top))
            if below:
                distance = max(n.top - c.bottom, 0.0) + abs((n.x0 + n.x1) / 2 - (c.x0 + c.x1) / 2)
            elif right:
                distance = max(n.x0 - c.x1, 0.0)
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
        pairs.append((field_id, _Piece(caption, 0, len(caption.text)), numbers[key]))
    return pairs


def _value(document: Document, page: Page, catalog: Catalog, field_id: str, caption: _Piece,
           number: _Number) -> EvidenceValue | None:
    spec = catalog.field(field_id)
    quantity = number.quantity
    if spec.unit == "TB":
        converted = to_tb(quantity) if quantity.unit in _STORAGE_UNITS else None
        if converted is None:
            return None
        normalized: int | float = float(converted)
    else:
        if quantity.unit in _STORAGE_UNITS:
            return None
        normalized = int(quantity.value) if quantity.value == quantity.value.to_integral_value() else float(quantity.value)
    piece = number.piece
    if caption.block is piece.block:  # one box: cite caption through number
        citations: list[Citation] = [cite_in_block(document, page, piece.block, caption.start, piece.end)]
    else:
        citations = [cite_in_block(document, page, piece.block, piece.start, piece.end),
                     cite_in_block(document, page, caption.block, caption.start, caption.end)]
    return EvidenceValue(field_id=field_id, label=spec.label, value=quantity.raw, unit=quantity.unit or "", scope="platform",
                         normalized=normalized, period="", method="ocr_figure" if page.source == "ocr" else "text",
                         citations=tuple(citations), note=f"截图数字，标题“{caption.text.strip(' :：')}”")
