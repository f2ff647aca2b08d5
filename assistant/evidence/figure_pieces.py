"""The parts a screenshot's figure is read from: a stretch of a box (`Piece`), the one quantity that is
all of it (`Number`), and the indicator a caption names on its page (`caption_of`, with the page's
`Context`: a storage console's or a 杀手锏 panel's own words, the thing the page's title counts).

Must not: pair captions with numbers (`figure_geometry`, `figures` do) or build evidence values.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.catalog.vocabulary import caption_field
from assistant.values.numbers import (
    COUNT_UNITS,
    STORAGE_FIGURE_UNITS,
    Quantity,
    find_quantities,
)
from extractors.model import BBox, Block, Page

_COUNT_UNITS = {None, *COUNT_UNITS}


@dataclass(frozen=True)
class Piece:
    """A stretch of one block: a whole OCR box, or a token of a text line."""

    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start:self.end]


@dataclass(frozen=True)
class Number:
    piece: Piece
    quantity: Quantity
    others: tuple[Piece, ...] = ()  # the rest of a figure OCR read in pieces (`figure_geometry.joined_figures`)

    @property
    def bbox(self) -> BBox:
        """Where the figure is printed: its box, and its pieces' when OCR read it in pieces."""
        box = self.piece.block.bbox
        for other in self.others:
            box = box.union(other.block.bbox)
        return box


# an English console's counting word (「3,412 units」), or a count's unit after a bound (「300+ 个」)
_COUNTING_WORD = re.compile(r"units?|sets?|pcs|个|项|家|款|件|台/套|台套|台|套|人|条|种|单|笔", re.IGNORECASE)


# an English console's thousands, printed rounded (「14.9k」, h65): the precision kept in its text
_THOUSANDS = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?)\s*[kK]\s*$")


MONEY_FIGURE_UNITS = {"元", "万元", "亿元"}  # the amounts a caption may print with its figure


def number_of(piece: Piece, rates: bool = False, money: bool = False) -> Number | None:
    """The one exact quantity that is all of the piece (a figure, not a sentence, not a date: a
    timeline's 「2022.09」 under its milestone); `money`: an amount too (「58.64万元」 after 「月均收入」)."""
    if (thousands := _THOUSANDS.match(piece.text)) is not None:
        value = Decimal(thousands.group(1)) * 1000
        return Number(piece, Quantity(value=value, unit=None, qualifier="exact", raw=piece.text.strip(),
                                      magnitude_in_number=True))
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
    if quantity.unit not in _COUNT_UNITS | STORAGE_FIGURE_UNITS and not (rates and quantity.unit == "%") \
            and not (money and quantity.unit in MONEY_FIGURE_UNITS):
        return None
    return Number(Piece(piece.block, piece.start + s, piece.start + e), quantity)


@dataclass(frozen=True)
class Context:
    """What a page says of all its figures: `panel`, a storage console's (「存储管理」: 总容量 / 已用 / 使用率
    are its) or an APP store's 杀手锏 panel (日均在线用户 are its APPs'); `thing`, the one thing the page's
    title counts (「平台接入工业设备按二级分类统计」: 设备), which a bare total's caption leaves out
    (「接入总数」, 「合计」, 「累计订阅」, 「实例总数」)."""

    panel: str = ""
    thing: str = ""
    part_of_a_year: str = ""  # the page's stated period when it is shorter than a year (「统计区间2024-01-01 至2024-06-30」)


_STORAGE_PAGE = re.compile(r"存储(?:管理|控制台|容量|资源|池)|对象存储|分布式存储|云盘总容量|云硬盘总容量|Storage\s*Console",
                           re.IGNORECASE)
_KILLER_PAGE = re.compile(r"杀手锏")
# The things a dashboard's or a chart's title may count, by the words the notice's captions use.
_TITLE_THINGS = (("设备", re.compile(r"设备|终端|机台")), ("工业APP", re.compile(r"APP|应用(?:商店|市场|中心)", re.I)),
                 ("云服务器", re.compile(r"云服务器|ECS|CVM|云主机")), ("订单", re.compile(r"订单")),
                 ("开发者", re.compile(r"开发者")), ("微服务", re.compile(r"微服务")), ("模型", re.compile(r"模型")))
# A title's word that narrows its thing to a part (「公有云设备按类别统计」: its 合计 is the public cloud's)
_TITLE_PART = re.compile(r"公有云|(?<!上)海外|境外|私有|杀手锏|原生|云化")
# A caption that is only a total, counted of a thing it leaves to the title (never a rate, a flow or a
# legend's 「接入数量」)
PART_CONNECTED = re.compile(r"(?:公有云|(?<!上)海外|境外)(?:接入|连接)(?:数|数量|总数)?")
# (「近30日日均运行」: the window the average is taken over, before it or after it)
_RUNNING = re.compile(r"(?:近\d{1,3}[日天])?(?:公有云)?(?:日均|平均日|每日平均)(?:运行|在线运行|在线)(?:数|数量|总数)?"
                      r"(?:近\d{1,3}[日天])?")
# the notice's definition of active (一周调用5次以上) as a caption of its own, the thing left to the title
_ACTIVE_BY_DEFINITION = re.compile(r"近?(?:一周|7日|7天|七日|七天)内?调用(?:≥|>=|不少于)?(?:5|五)次(?:及以上|以上)?")
_BARE_TOTAL = re.compile(r"(?:平台)?(?:(?:接入|连接|上架)?(?:总数|总量|合计|总计|共计)|累计(?:订阅|接入|上架)?(?:总数|总量|数)?|实例(?:总数|数)?|(?:累计)?订阅(?:总)?金额)")


# 「统计区间2024-01-01 至2024-06-30」, 「统计周期：2024/01/01-2024/06/30」: the period all the page's figures are of
_PAGE_PERIOD = re.compile(r"(?:统计|查询|数据)(?:区间|周期|期间|时段|范围)\s*[:：]?\s*(?P<start>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)"
                          r"\s*(?:至|到|~|～|—|-)\s*(?P<end>(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)")
# an order count's caption with no period of its own (「平台订单（个）」)
ORDERS_BARE = re.compile(r"(?:平台)?订单(?:数|数量|总数|总量|量)?")


def part_of_a_year(text: str) -> str:
    """The page's stated period, 「2024-01-01至2024-06-30」, when it covers less than eleven months: a half
    year's orders are neither reading of 平台订单数量 (2023 自然年 or the year before the form's date)."""
    found = _PAGE_PERIOD.search(text)
    if found is None:
        return ""
    start, end = (tuple(int(n) for n in re.findall(r"\d+", found[k])) for k in ("start", "end"))
    if len(start) != 3 or len(end) != 3:
        return ""
    months = (end[0] - start[0]) * 12 + end[1] - start[1] + (1 if end[2] >= start[2] - 1 else 0)
    return f"{found['start']}至{found['end']}" if 0 < months < 11 else ""


def page_context(page: Page) -> Context:
    """The page's `Context`: its panel by what the page says, its thing by its title (the first two
    lines of words, top down, that are no row of figures or of a table's heads), when the title names
    exactly one thing; a part (公有云 …) narrows it when the same line says so. Only a screenshot's
    title speaks for all its figures: a text page's sections each have their own."""
    panel = "storage" if _STORAGE_PAGE.search(page.text) else "killer" if _KILLER_PAGE.search(page.text) else ""
    period = part_of_a_year(page.text)
    if page.source != "ocr":
        return Context(panel, part_of_a_year=period)
    # (a caption in a row of tiles is no title: 「注册开发者」 beside 「工业APP | 累计订阅」, h80)
    # (lazily: only the first two such lines are wanted, and each row test reads the page's other captions)
    lines = (b.text for b in sorted(page.blocks, key=lambda b: b.bbox.top if b.bbox is not None else 0.0)
             if len(re.findall(r"[\u4e00-\u9fff]", b.text)) >= 4 and not _in_a_row(b, page.blocks))
    titles = [t for t in itertools.islice(lines, 2) if not re.search(r"\d", re.sub(r"(?:19|20)\d{2}\s*年", "", t)) and len(re.findall(r"[,，|]", t)) < 2]
    found = [(thing, title) for title in titles for thing, words in _TITLE_THINGS if words.search(title)]
    if len({thing for thing, _title in found}) != 1:
        return Context(panel, part_of_a_year=period)
    thing, title = found[0]
    part = _TITLE_PART.search(title)
    return Context(panel, (part.group(0) if part else "") + thing, period)


def _in_a_row(block: Block, blocks) -> bool:
    """`block` has another tile's caption beside it on its row (a title may have a timestamp there)."""
    b = block.bbox
    return b is not None and any(o is not block and o.bbox is not None and (o.bbox.x0 >= b.x1 or o.bbox.x1 <= b.x0)
                                 and min(o.bbox.bottom, b.bottom) - max(o.bbox.top, b.top) >= 0.5 * (b.bottom - b.top)
                                 and caption_field(o.text) is not None for o in blocks)


# what an APP store's 杀手锏 panel says of its APPs without naming them again
_KILLER_CAPTION = re.compile(r"^(?:日均在线用户(?:数)?|平均日在线用户(?:数)?|日活次数|日均活跃次数|月均收入|月平均收入)")
# A storage console's own words for its figures (English beside them: 「已用 Used」)
_STORAGE_CAPTIONS = (("storage_capacity", re.compile(r"^(?:总容量|总存储容量|容量总计|Total\s*Capacity)", re.I)),
                     ("stored_industrial_data", re.compile(r"^(?:已用|已使用|已用容量|使用量|Used)(?![率%])", re.I)),
                     ("storage_utilization", re.compile(r"^(?:使用率|容量使用率|Usage)", re.I)),
                     ("public_cloud_data", re.compile(r"^公有云\s*(?:OSS|对象存储|存储|数据)(?:总量|用量)?(?:[（(][TPG]B[)）])?$", re.I)))


def caption_of(text: str, context: Context) -> str | None:
    """The indicator a caption names on its page (`caption_field`, then the page's own words)."""
    found = caption_field(text)
    if found is None and context.panel == "storage":
        found = next((f for f, pattern in _STORAGE_CAPTIONS if pattern.match(text.strip())), None)
    if found is None and context.panel == "killer" and _KILLER_CAPTION.match(text.strip()):
        found = caption_field("杀手锏APP" + text.strip())  # 「日均在线用户3,412」 under the 杀手锏APP table
    bare = re.sub(r"\s+|[（(][^（）()]*[)）]", "", text)
    if found is None and context.thing and _BARE_TOTAL.fullmatch(bare):
        found = caption_field(context.thing + bare)  # 「接入总数」 on 「…接入工业设备按二级分类统计」
    if found is None and context.thing == "设备" and (PART_CONNECTED.fullmatch(bare) or _RUNNING.fullmatch(bare)):
        # 「公有云接入」 on 「环境装备云·设备接入」 (h71); 「日均运行」 on 「远程运维平台·设备总览」 (h82): the devices'
        found = caption_field(bare + "设备")
    if found is None and context.thing in ("模型", "微服务") and _ACTIVE_BY_DEFINITION.fullmatch(bare):
        found = caption_field(context.thing + "活跃")  # 「近7日调用≥5次」 on 「模型中台·模型资产」: the notice's active (h89)
    if found is None and context.part_of_a_year and ORDERS_BARE.fullmatch(bare):
        found = "orders_last_year"  # 「平台订单」 on a page of 2024-01-01至2024-06-30: that half year's, said so (h49)
    return found
