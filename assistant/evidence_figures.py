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
import unicodedata
from dataclasses import dataclass

from assistant.catalog import Catalog
from assistant.citations import Citation
from assistant.evidence import EvidenceValue
from assistant.evidence_rows import cite_in_block
from assistant.numbers import Quantity, find_quantities, to_tb
from extractors.model import Block, Document, Page

@dataclass(frozen=True)
class FigureConcept:
    """What a dashboard caption must say to name one indicator: the thing counted (`head`), a
    word that makes it this count of that thing (`qualifier`; None: the head alone suffices),
    and words that make it another figure (`exclude`)."""

    field_id: str
    head: re.Pattern[str]
    qualifier: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None


def _concept(field_id: str, head: str, qualifier: str | None = None, exclude: str | None = None) -> FigureConcept:
    return FigureConcept(field_id, re.compile(head), re.compile(qualifier) if qualifier else None,
                         re.compile(exclude) if exclude else None)


# A figure of another kind whatever it counts: a rate, a flow, a change, a moment, a ranking.
_NOT_A_TOTAL = re.compile(r"率|占比|比例|同比|环比|增长|新增|今日|今天|当日|本日|本周|本月|昨日|实时|趋势|排名|TOP|分布|"
                          r"在线|离线|运行|活跃|月活|日活|故障|告警|报警|异常|平均|日均|峰值|次数|调用|访问|下载|浏览|时长|"
                          r"收入|金额|营收|费用|成本|能耗|产量|订单")
# Captions are compared after NFKC, dropping spaces, a unit in brackets, a trailing colon and the
# counting words (数/数量/总数/总量/累计/合计), so "平台注册企业（家）：" reads as 平台注册企业.
# Order matters: the narrower concept of a pair (公有云工业APP / 工业APP) comes first.
FIGURE_CONCEPTS: tuple[FigureConcept, ...] = (
    # The notice's own activity indicators: the qualifier is the defined activity, the only
    # "rate or flow" word such a caption may hold.
    _concept("apps_monthly_active", r"APP|应用", r"月活跃|月活|月均活跃", r"公有云|杀手锏|开发者|用户|次数"),
    _concept("apps_public_cloud_daily_active", r"APP|应用", r"公有云.*日活跃|日活跃.*公有云", r"杀手锏|用户|次数"),
    _concept("devices_public_cloud_daily_running", r"设备|终端|机台", r"公有云.*日均?运行|日均?运行.*公有云"),
    _concept("models_active", r"模型", r"活跃", r"算法|AI|大模型|用户"),
    _concept("microservices_active", r"微服务", r"活跃", r"次数"),
    _concept("developers_active", r"开发者", r"活跃", r"企业"),
    _concept("featured_indices", r"指数", r"特色"),
    _concept("devices_public_cloud", r"设备|终端|机台|装备", r"公有云"),
    _concept("devices_overseas", r"设备|终端|机台|装备", r"海外|境外|国外"),
    _concept("devices_total", r"设备|终端|产线|机台|装备", r"接入|连接|联网|汇聚|上云|工业设备|设备总|累计",
             r"公有云|海外|境外|私有|种类|类型|品类|型号"),
    _concept("protocols_supported", r"协议", r"工业|兼容|适配|支持|接入|解析"),
    _concept("apps_public_cloud", r"APP|应用", r"公有云"),
    _concept("app_subscriptions", r"订阅", r"APP|应用", r"金额|收入"),
    _concept("apps_total", r"APP|应用", r"工业APP|工业应用|上架|APP总|应用总|累计",
             r"公有云|杀手锏|订阅|开发者|云化|原生"),
    _concept("models_total", r"模型", r"机理|工业模型|模型库|工艺模型", r"算法|AI|大模型|数据模型"),
    _concept("microservices_total", r"微服务"),
    _concept("developers_registered", r"开发者", None, r"企业"),
    _concept("enterprises_paying", r"企业|客户", r"付费"),
    _concept("enterprises_served", r"企业|客户", r"服务", r"付费|中小|本市|上海|注册|入驻"),
    _concept("enterprise_users_registered", r"企业", r"注册|入驻|企业用户|用户企业|会员企业|用户|链上|上链",
             r"服务|付费|中小|本市|上海"),
    _concept("solutions_total", r"解决方案"),
    _concept("partner_platforms", r"平台", r"合作"),
    _concept("storage_capacity", r"存储", r"容量", r"已用|使用|剩余|可用"),
    _concept("stored_industrial_data", r"数据", r"存储|数据量|数据总量|数据规模", r"公有云|采集|接入|传输|容量"),
)
FIGURE_FIELDS: tuple[str, ...] = tuple(dict.fromkeys(c.field_id for c in FIGURE_CONCEPTS))
# Things whose bare count on a platform dashboard is the indicator's total (not 企业: a bare
# 企业数量 may count registered, served or paying ones).
_COUNTED_HEADS = {"devices_total", "apps_total", "models_total"}
# A bracket holding a unit ("（家）", "(台/套)", "（TB）") is dropped; one holding a word of the
# caption ("注册用户（企业）") is read as part of it.
_UNIT_BRACKET = re.compile(r"[(（]\s*(?:台/套|台套|台|套|家|个|项|人|次|款|条|种|户|万|万个|万台|TB|PB|GB|单位[:：]?[^()（）]*)\s*[)）]")
_BRACKETS = re.compile(r"[(（)）]")
_COUNTING = re.compile(r"(?:总数|总量|数量|总计|合计|累计|个数|家数|台数|数|量)$")
_PLATFORM_PREFIX = re.compile(r"^(?:平台|当前|已|现有|截至目前)")
_COUNT_UNITS = {None, "台", "套", "台/套", "家", "个", "项", "人", "次", "款", "条", "种", "户"}
_STORAGE_UNITS = {"TB", "PB", "GB", "EB"}


def caption_field(text: str) -> str | None:
    """The indicator a caption names ("设备接入总量", "平台注册企业（家）", "上架工业APP" …), or None
    when it names none or is another kind of figure (在线设备, 今日新增, 服务企业分布)."""
    key = unicodedata.normalize("NFKC", re.sub(r"\s+", "", text)).upper()
    key = _BRACKETS.sub("", _UNIT_BRACKET.sub("", key)).rstrip(":：")
    if not key or len(key) > 16 or re.search(r"\d", key):
        return None
    key = _PLATFORM_PREFIX.sub("", key)
    bare = _COUNTING.sub("", key) or key
    counted = bare != key  # "应用数量", "设备总数": the thing itself, counted
    for concept in FIGURE_CONCEPTS:
        head = concept.head.search(bare) or concept.head.search(key)  # "指数" ends in 数
        if head is None:
            continue
        if concept.exclude is not None and concept.exclude.search(key):
            continue
        qualifier = concept.qualifier.search(key) if concept.qualifier is not None else None
        rest = key[: qualifier.start()] + key[qualifier.end():] if qualifier else key
        if _NOT_A_TOTAL.search(rest):
            continue  # a rate, flow or moment other than the one the indicator defines
        # A caption that is only the thing and a counting word names its total, as the
        # dashboard's own count of it ("应用数量", "模型总数", "设备数量").
        if (concept.qualifier is None or qualifier is not None
                or (counted and head.group(0) == bare and concept.field_id in _COUNTED_HEADS)):
            return concept.field_id
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
    # A trend mark after the figure ("1,148↑", "176▲") is decoration, not part of the number.
    if piece.text[:s].strip(" :：") or piece.text[e:].strip(" ↑↓▲▼△▽↗↘") or quantity.qualifier != "exact":
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
        # OCR boxes (a scanned page, or the pictures of a text page) pair by geometry; text-layer
        # lines by lines of captions over lines of numbers.
        pairs += _geometry_pairs([b for b in rest if page.source == "ocr" or b.kind == "ocr_line"])
        pairs += _line_pairs([b for b in rest if page.source != "ocr" and b.kind != "ocr_line"])
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
                         normalized=normalized, period="",
                         method="ocr_figure" if page.source == "ocr" or piece.block.kind == "ocr_line" else "text",
                         citations=tuple(citations), note=f"截图数字，标题“{caption.text.strip(' :：')}”")
