"""Lists and statistics tables among the 证明材料 → counts and breakdowns, each a typed fact.

What a list is, is read from what it contains — never from where it sits, what the file is called
or a closed list of captions:
- its header row: a 序号/编号 column and the words of one kind of list (专利号, 登记号/著作权,
  奖项/荣誉, 设备 + 数量), or, for a statistics table without 序号, a key column and numeric
  columns named by what they count (接入/连接数量, 其中公有云, 公有云平均日运行, 海外); a
  two-row header names each sub-column by its merged parent;
- the headings above it: 「一、专利清单（共24项）」 names the kind and prints the total; a
  sentence before it may say the count of each kind (「其中专利12项，软件著作权36项」). A table
  that continues onto the next page, under a repeated header or none, is the same list; a new
  heading, a header of another kind or a 序号 that starts again at 1 begins the next one;
- its 序号 sequence: an item counts when its 序号 is the next number, so wrapped names, page
  breaks and repeated headers do not change the count; a gap or a number out of sequence is a doubt;
- its rows: a 类别 cell or a number (ZL…, …SR…) says whether an item is a patent or a software
  registration, so a mixed list is split whatever its header suggests;
- the vocabulary of its keys: a table whose keys are 附录A categories is by 二级分类, 附录F
  regions (海外 among them, countries with them) by 省市区域, country names alone by 海外国家 —
  whatever its key column is called and wherever it stands;
- its printed totals: 共N项, a 合计 row or a line under the table, read column by column
  (「合计 21,304 9,870 6,112」 gives each number to the column above it, 「合计：接入数量
  21,304，其中：公有云 9,870」 by its labels), and to an indicator only when the column's
  header (or the heading, for a plain 数量: 「公有云设备清单」) names one.
Running heads and footers (the company's name on every page, 「第2页 共5页」) are set aside first.

Facts: per kind of certificate list (专利 → patents, 软件著作权 → software_copyrights, 奖项/荣誉
→ awards) the number of items; per device table and named column its total (the printed 合计,
else the sum of its rows where the rows are a numbered list or a known breakdown) and one
breakdown fact per key (dimension category / region / country). A list whose heading says it
shows a part (主要/典型/代表性/节选) gives `segment` facts; everything else is the platform's.
Every fact says how sure it is: `confidence ≥ 0.8` with no 「存疑」 reason only when two readings
agree (rows counted = 共N项/合计, rows summed = 合计) or a clean 1..N sequence in a ruled table
stands alone; OCR rows, unruled lists without a total, gaps, a kind known only from the file
name lower it, and readings that disagree — in the list or across tables of the file — make the
fact `ambiguous` with both numbers.

Must not: compare with the form (the checks do), or guess at rows it cannot number or at columns
it cannot name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.catalog.notice import Catalog
from assistant.catalog.regions import classify_region
from assistant.core.citations import Citation
from assistant.core.evidence import EvidenceFact
from assistant.core.text_keys import cjk_joined, squash
from assistant.evidence.rows import Row, document_rows
from assistant.values.numbers import parse_quantity
from extractors.model import BBox, Document, Span

CERTIFICATE_FIELDS = {"patent": "patents", "software": "software_copyrights", "award": "awards"}
_KIND_ZH = {"patent": "专利", "software": "软件著作权", "award": "奖项/荣誉"}
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

SURE = 0.95  # two readings agree
CLEAN = 0.85  # one clean reading (a 1..N sequence in a ruled table, rows summed without a 合计)
DOUBTFUL = 0.7
OCR_CAP = 0.6
AMBIGUOUS = 0.5

_SERIAL = re.compile(r"^[（(]?(\d{1,4})[)）.、]?$")
_OCR_GLUED_SERIAL = re.compile(r"^(\d{1,3})(?=[\u3400-\u9fff])")
_PURE_NUMBER = re.compile(r"^[\d,.，]+$")
_TOTAL_LABEL = re.compile(r"^(?P<kind>(?:(?!清单|列表|目录|明细|统计)[\u3400-\u9fffA-Za-z/]){0,12}?)"
                          r"(?:合计|总计|共计|总数|以上共|共(?=\s*\d))")
_SUBTOTAL = re.compile(r"^[^\d]{0,12}小计")
_PRINTED = re.compile(r"(?:共|共计|合计|总计)\s*[:：]?\s*(\d[\d,]*)\s*(项|件|个|条|份|本|台/套|台套|台|套)"
                      r"|[（(]\s*(\d[\d,]*)\s*(项|件)\s*[)）]")
_NUMBERED = re.compile(r"^(?:表\s*\d+|[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.](?!\d))")
_LISTISH = re.compile(r"清单|列表|目录|明细|一览|统计|情况|汇总|台账")
_PAGE_MARK = re.compile(r"第\s*\d+\s*页|共\s*\d+\s*页|^[-—–]?\s*\d+\s*[-—–]?$|^\d+\s*/\s*\d+$|^page\s*\d+", re.IGNORECASE)
_AS_OF = re.compile(r"(?:截至|截止)[^\d]{0,8}(\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底|末)?)")
_PATENT_ID = re.compile(r"ZL\s*\d{8,}|CN\s*\d{9}", re.IGNORECASE)
_SOFTWARE_ID = re.compile(r"\d{4}\s*SR\s*\d{5,}", re.IGNORECASE)
_PATENT_TYPE = re.compile(r"(?:发明|实用新型|外观设计)(?:专利)?(?:权)?|专利")
_SOFTWARE_TYPE = re.compile(r"(?:计算机)?软件著作权(?:登记)?|软著")
# Counts said in a sentence before a list: 「共获得知识产权48项，其中专利12项，软件著作权36项」.
_NOTE_COUNTS = {"patent": re.compile(r"(?<![明型计])专利(?:共|合计|共计)?(\d+)(?:项|件)"),
                "software": re.compile(r"(?:软件著作权|软著)(?:共|合计|共计)?(\d+)(?:项|件|个)"),
                "award": re.compile(r"(?:奖项|荣誉)(?:共|合计|共计)?(\d+)(?:项|个)")}
_PATENT_WORDS = re.compile(r"专利|发明|实用新型|外观设计")
_SOFTWARE_WORDS = re.compile(r"软件著作权|软著|著作权|登记号|计算机软件")
_NOT_DEVICES = re.compile(r"企业|[（(]家[)）]|APP|用户|人数|模型|解决方案|标准")
_PART = re.compile(r"(?<![第一二三四五六七八九十\d])部分|主要|典型|代表性|节选|前\s*\d+\s*[项名个家位]|TOP\s*\d+", re.IGNORECASE)
_DEVICE_WORDS = re.compile(r"设备|台/套|台（套）|台套|二级分类|产线")


def read_lists(document: Document, catalog: Catalog) -> list[EvidenceFact]:
    """Every list and device statistics table of the document, as facts (see the module doc)."""
    rows = [row for row in document_rows(document) if row.text.strip()]
    furniture = _furniture(rows)
    scan = _Scan(document)
    for index, row in enumerate(rows):
        if index not in furniture:
            scan.feed(row)
    scan.close()
    vocabulary = _Vocabulary(catalog)
    facts = _certificate_facts(scan, catalog)
    for block in scan.blocks:
        facts += _device_facts(block, scan, vocabulary, catalog)
    return _cross_check(facts)


# --- cells of a row ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Cell:
    text: str
    citation: Citation | None
    column: int | None  # table column; None for a token of a text line


def _sub_citation(citation: Citation | None, start: int, end: int) -> Citation | None:
    """Characters start:end of a cited text (a glued OCR 序号, a number inside a 合计 line)."""
    if citation is None or citation.span is None:
        return None
    bbox = citation.bbox
    if bbox is not None and citation.quote:
        width = (bbox.x1 - bbox.x0) / len(citation.quote)
        bbox = BBox(x0=bbox.x0 + width * start, top=bbox.top, x1=bbox.x0 + width * end, bottom=bbox.bottom)
    return citation.model_copy(update={"quote": citation.quote[start:end], "bbox": bbox,
                                       "span": Span(start=citation.span.start + start, end=citation.span.start + end)})


def _cells(row: Row) -> list[_Cell]:
    """The row's non-empty cells left to right; on a scan, a 序号 glued to the next cell by OCR
    ("12一种数据采集方法") is split off."""
    cells = [_Cell(c.text.strip(), c.citation, c.column) for c in row.cells if c.text.strip()]
    if row.page.source == "ocr" and cells and (glued := _OCR_GLUED_SERIAL.match(cells[0].text)):
        first, cut = cells[0], glued.end()
        cells[:1] = [_Cell(first.text[:cut], _sub_citation(first.citation, 0, cut), None),
                     _Cell(first.text[cut:], _sub_citation(first.citation, cut, len(first.text)), None)]
    return cells


def _join(row: Row, cells: list[_Cell]) -> _Cell:
    """Several tokens as one cell (a name with a space inside, 「其中： 公有云」)."""
    citation = row.span_citation(cells[0].citation, cells[-1].citation) if len(cells) > 1 else cells[0].citation
    return _Cell(" ".join(c.text for c in cells), citation, cells[0].column)


def _serial(text: str) -> int | None:
    match = _SERIAL.match(squash(text))
    return int(match.group(1)) if match else None


def _number(text: str) -> Decimal | None:
    """A count as printed in a cell: "21,304", "1.2万", "350台"; not a percentage or a date."""
    quantity = parse_quantity(text, whole=True)
    if quantity is None or quantity.qualifier != "exact" or quantity.unit not in (None, "台/套", "台", "套", "个", "项", "件"):
        return None
    return quantity.value


# --- running heads and footers -------------------------------------------------------------------

def _furniture(rows: list[Row]) -> set[int]:
    """Rows that belong to the page, not to the document: page numbers, and the lines printed at
    the top or bottom of several pages (the company's name, the document's short title). A row
    that starts with a 序号 or reads as a header is content, however often it repeats."""
    by_page: dict[int | None, list[int]] = {}
    for index, row in enumerate(rows):
        if row.source == "line":
            by_page.setdefault(row.page.number, []).append(index)
    edges: dict[int, str] = {}
    for indices in by_page.values():
        for index in indices[:2] + indices[-2:]:
            edges[index] = _PAGE_MARK.sub("#", squash(rows[index].text))
    pages_of: dict[str, set] = {}
    for index, key in edges.items():
        pages_of.setdefault(key, set()).add(rows[index].page.number)
    out = set()
    for index, key in edges.items():
        row = rows[index]
        cells = _cells(row)
        text = squash(row.text)
        if not cells or _serial(cells[0].text) is not None or _header(row) is not None or _TOTAL_LABEL.match(text):
            continue
        if (_PAGE_MARK.search(text) and len(text) <= 40) or len(pages_of[key]) > 1:
            out.add(index)
    return out


# --- headers -------------------------------------------------------------------------------------

@dataclass
class _Column:
    slot: int  # position among the header's cells
    column: int | None  # table column of a ruled/office header
    text: str  # squashed
    role: str  # serial | measure | owner | id | date | type | key | name | other
    measure: str | None = None  # total | public_cloud | daily_running | overseas


@dataclass
class _Header:
    row: Row
    columns: list[_Column]
    kind: str | None  # patent | software | award | ip | device | None (the headings decide)

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.columns)

    @property
    def signature(self) -> tuple[str, ...]:
        return tuple(c.text for c in self.columns)

    def slots(self, role: str) -> list[_Column]:
        return [c for c in self.columns if c.role == role]


def measure_of(text: str) -> str | None:
    """What a numeric column counts, by its header: None for what no indicator asks (私有云,
    占比, 新增, a year's increase)."""
    t = squash(text)
    if re.search(r"私有|占比|比例|比重|%|增长|增幅|同比|环比|新增|净增|减少|\d{4}年", t):
        return None
    if re.search(r"日均|日运行|平均日|每日|日活", t) and re.search(r"运行|在线|活跃|数量|台|套", t):
        return "daily_running"
    if "公有云" in t:
        return "public_cloud"
    if re.search(r"海外|境外", t):
        return "overseas"
    if re.search(r"数量|台数|套数|台/套|台（套）|台套|^台$|^套$|接入|连接|设备数|总数|总量|合计", t):
        return "total"
    return None


def _role(text: str, slot: int) -> tuple[str, str | None]:
    if slot == 0 and re.fullmatch(r"序号|编号|序|No\.?", text, re.IGNORECASE):
        return "serial", None
    if not re.search(r"名称|时间|日期|编号|型号|方式|是否|类型|类别|分类|区域|地区|省|国家", text) and (m := measure_of(text)):
        return "measure", m
    if re.search(r"权利人|著作权人|专利权人|所有人|申请人|获奖单位|获奖主体|所属企业|使用单位|客户", text):
        return "owner", None
    if re.search(r"专利号|申请号|登记号|证书号|证书编号|授权号|公告号|专利编号|编号", text):
        return "id", None
    if re.search(r"日期|时间|年月", text):
        return "date", None
    if re.search(r"区域|地区|省市|省份|所在地|注册地|所属地|国家|二级分类|设备分类|设备类别|设备类型|^分类$|^类别$|"
                 r"项目|统计口径|统计项|^行业", text):
        return "key", None
    if re.search(r"类型|类别|种类|级别", text):
        return "type", None
    if re.search(r"名称", text):
        return "name", None
    return "other", None


def _header_cells(row: Row) -> list[_Cell]:
    """A header's cells; in a text line, a unit or a 「其中：」 printed apart joins its neighbour."""
    cells = _cells(row)
    if row.source == "table":
        return cells
    merged: list[list[_Cell]] = []
    for cell in cells:
        text = squash(cell.text)
        unit = re.fullmatch(r"[（(][^（()）]{1,8}[)）]", text)  # 「（台/套）」 printed apart
        after_colon = merged and re.search(r"[:：]$", squash(merged[-1][-1].text))  # 「其中：」 then 「公有云」
        if merged and (unit or after_colon):
            merged[-1].append(cell)
        else:
            merged.append([cell])
    return [_join(row, group) for group in merged]


def _header(row: Row) -> _Header | None:
    cells = _header_cells(row)
    if len(cells) < 2 or any(_PURE_NUMBER.match(squash(c.text)) or _number(c.text) is not None for c in cells):
        return None  # a header names columns; a row with a count in it is data
    columns = []
    for slot, cell in enumerate(cells):
        text = squash(cell.text)
        role, measure = _role(text, slot)
        columns.append(_Column(slot, cell.column if row.source == "table" else None, text, role, measure))
    serial = columns[0].role == "serial"
    measures = [c for c in columns if c.role == "measure"]
    if not serial and not (measures and columns[0].role in ("key", "name", "type", "other")):
        return None
    if len(columns) == 1 + len(measures) and serial:
        return None  # 序号 + numbers only: nothing to count or to key by
    header = _Header(row, columns, None)
    header.kind = _header_kind(header)
    return header


def _header_kind(header: _Header) -> str | None:
    text = header.text
    if header.slots("measure"):
        return "device" if _DEVICE_WORDS.search(text) else "measure"  # "measure": device or not, by context
    if re.search(r"奖|荣誉", text):
        return "award"
    if header.slots("type") and re.search(r"知识产权|类型|类别", text) and not re.search(r"专利号|登记号", text):
        return "ip"
    patent, software = bool(re.search(r"专利", text)), bool(re.search(r"登记号|著作权|软著|软件名称", text))
    if patent and software:
        return "ip"
    return "patent" if patent else "software" if software else None


# --- headings ------------------------------------------------------------------------------------

@dataclass
class _Heading:
    row: Row
    text: str  # squashed
    kinds: frozenset[str]
    printed: tuple[int, str] | None  # the 共N项 it prints, and that text
    continued: bool  # 「（续）」, 「续表」

    @property
    def kind(self) -> str | None:
        kinds = set(self.kinds)
        if {"patent", "software"} <= kinds or "ip" in kinds:
            return "ip"
        kinds.discard("device") if len(kinds) > 1 else None
        return next(iter(kinds)) if len(kinds) == 1 else None


def _kinds(text: str) -> frozenset[str]:
    kinds = set()
    if re.search(r"专利", text):
        kinds.add("patent")
    if re.search(r"软件著作权|软著|著作权|计算机软件", text):
        kinds.add("software")
    if re.search(r"知识产权", text):
        kinds.add("ip")
    if re.search(r"奖项|获奖|荣誉|奖励", text):
        kinds.add("award")
    if re.search(r"设备", text):
        kinds.add("device")
    return frozenset(kinds)


def _printed(text: str) -> tuple[int, str] | None:
    match = _PRINTED.search(text)
    if match is None:
        return None
    number = match.group(1) or match.group(3)
    return int(number.replace(",", "")), match.group(0)


def _heading(row: Row) -> _Heading | None:
    cells = _cells(row)
    if row.source == "table" and len(cells) > 1:
        return None
    text = squash(row.text)
    if not text or len(text) > 50 or _TOTAL_LABEL.match(text) or re.search(r"[,。;]|如下", text):
        return None  # a sentence (「…，明细如下：」) is not a heading, though it may say a count
    kinds, printed = _kinds(text), _printed(text)
    listish, numbered = bool(_LISTISH.search(text)), bool(_NUMBERED.match(text))
    if (kinds and (listish or printed)) or (numbered and (listish or kinds)):
        return _Heading(row, text, kinds, printed, bool(re.search(r"[（(]续[)）]|续表|接上页", text)))
    return None


# --- reading a document into blocks --------------------------------------------------------------

@dataclass
class _Entry:
    row: Row
    serial: int | None
    cells: dict[int, _Cell] | None  # slot → cell; None when the row's cells could not be lined up
    kind: str = ""


@dataclass
class _Total:
    row: Row
    kind: str | None  # the kind its label names ("专利合计")
    values: dict[int, tuple[Decimal, _Cell]]  # slot → (number, the cell it was read from)


@dataclass
class _Block:
    header: _Header
    kind: str | None
    kind_from: str  # header | heading | title | file
    headings: list[_Heading]
    entries: list[_Entry] = field(default_factory=list)
    totals: list[_Total] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)  # 序号 skipped
    misnumbered: list[tuple[int, str]] = field(default_factory=list)  # (place, 序号 as printed)
    unread: int = 0  # data rows whose cells could not be lined up with the header
    next_serial: int = 1
    closed: bool = False
    signatures: set[tuple[str, ...]] = field(default_factory=set)  # its header rows, to know them again
    notes: list[Row] = field(default_factory=list)  # text lines between the previous list and this one

    @property
    def serial(self) -> bool:
        return self.header.columns[0].role == "serial"

    @property
    def measures(self) -> bool:
        return bool(self.header.slots("measure"))


class _Scan:
    """Walks the rows once: headings announce, headers open blocks, 序号 rows and data rows fill
    them, 合计 rows and the next heading close them."""

    def __init__(self, document: Document):
        self.document = document
        self.blocks: list[_Block] = []
        self.current: _Block | None = None
        self.pending: list[_Heading] = []
        self.notes: list[Row] = []  # text since the last list: 「共获得专利12项，软件著作权36项」
        self.title_rows: list[Row] = []

    # context ------------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return " ".join(squash(r.text) for r in self.title_rows[:4])

    @property
    def file_name(self) -> str:
        return self.document.path.rsplit("/", 1)[-1]

    def _resolve_kind(self, header: _Header, headings: list[_Heading]) -> tuple[str | None, str]:
        if header.kind not in (None, "measure"):
            return header.kind, "header"
        if header.kind == "measure":
            context = " ".join(h.text for h in headings) + " " + self.title
            return ("device", "heading") if _DEVICE_WORDS.search(context) and not _NOT_DEVICES.search(header.text) \
                else ("measure", "header")
        for heading in reversed(headings):
            if heading.kind and heading.kind != "device":
                return heading.kind, "heading"
        title_kind = _Heading(self.title_rows[0], self.title, _kinds(self.title), None, False).kind \
            if self.title_rows else None
        if title_kind and title_kind != "device":
            return title_kind, "title"
        names = _kinds(self.file_name)
        file_kind = _Heading(header.row, self.file_name, names, None, False).kind if names else None
        if file_kind and file_kind != "device" and re.search(r"名称|证书|编号|号", header.text):
            return file_kind, "file"
        return None, "header"

    # rows ---------------------------------------------------------------------------------------
    def feed(self, row: Row) -> None:
        current = self.current
        if current is not None and not current.closed and self._entry(current, row):
            return
        if current is not None and not current.entries and not current.totals and self._sub_header(current, row):
            return
        if (header := _header(row)) is not None:
            self._open(header)
            return
        if (total := self._total(row)) is not None:
            return self._close_on(total)
        if (heading := _heading(row)) is not None:
            is_open = current is not None and not current.closed
            if is_open and (heading.continued or any(h.text == heading.text for h in current.headings)):
                return  # the same list, continued on the next page
            if not (is_open and current.serial):
                self._close()
            # Under an open numbered list a heading is tentative (an unruled name wrapped onto a line
            # of its own reads like one): the next 序号 decides — the next number continues the list
            # and drops it, a 1 starts the list it announces.
            self.pending.append(heading)
            return
        if current is not None and not current.closed:
            if current.serial and self._restart(current, row):
                return
            if not current.serial and current.measures:
                self._data_row(current, row)
            return
        if current is not None and current.closed and current.serial and self._restart(current, row):
            return
        if self.pending and self._implicit(row):
            return
        cells = _cells(row)
        if self.pending and len(cells) > 1 and any(_number(c.text) is not None for c in cells[1:]):
            self.pending = []  # the heading announced rows that cannot be lined up: it heads nothing below
            return
        self.notes.append(row)
        if not self.blocks and not self.pending:
            self.title_rows.append(row)

    def close(self) -> None:
        self._close()

    def _open(self, header: _Header) -> None:
        current = self.current
        if (current is not None and not current.closed and header.signature in current.signatures
                and (current.serial or not self.pending)):
            return  # the header repeated on the next page (a numbered list: its next 序号 decides)
        self._close()
        kind, kind_from = self._resolve_kind(header, self.pending)
        self._start(_Block(header, kind, kind_from, self.pending, signatures={header.signature}))

    def _start(self, block: _Block) -> None:
        block.notes, self.notes = self.notes, []
        self.current = block
        self.blocks.append(block)
        self.pending = []

    def _implicit(self, row: Row) -> bool:
        """A table without a header under a heading that names what it counts (「其中海外设备按
        国家统计」 over rows 「越南Vietnam 543」): one key column and one number column."""
        cells = _cells(row)
        heading = self.pending[-1]
        if len(cells) != 2 or _number(cells[1].text) is None or _number(cells[0].text) is not None:
            return False
        if _TOTAL_LABEL.match(squash(cells[0].text)) or not _DEVICE_WORDS.search(heading.text + self.title):
            return False
        measure = measure_of(heading.text) or "total"
        table = row.source == "table"
        header = _Header(heading.row, [_Column(0, cells[0].column if table else None, "项目", "key"),
                                       _Column(1, cells[1].column if table else None, heading.text, "measure", measure)],
                         "device")
        self._close()
        self._start(_Block(header, "device", "heading", self.pending))
        self._data_row(self.current, row)
        return True

    def _sub_header(self, block: _Block, row: Row) -> bool:
        """The second row of a two-row header: sub-columns under a merged 「接入设备数量」 (合计 /
        其中：公有云 / 公有云日均运行). Each sub-column is named by its parent and its own words."""
        header = block.header
        if row.source != "table" or header.row.source != "table" or row.table_index != header.row.table_index:
            return False
        cells = _cells(row)
        if not cells or any(_number(c.text) is not None or _serial(c.text) is not None for c in cells):
            return False
        if any(c.column is None for c in cells) or any(c.column is None for c in header.columns):
            return False
        tops = {c.column: c for c in header.columns}
        subs = {c.column: squash(c.text) for c in cells}
        texts: list[tuple[int, str]] = []
        for column in sorted(set(tops) | set(subs)):
            parent = tops.get(column) or next((tops[c] for c in sorted(tops, reverse=True) if c < column), None)
            if parent is None:
                return False
            texts.append((column, parent.text + subs.get(column, "") if column in subs else parent.text))
        columns = []
        for slot, (column, text) in enumerate(texts):
            role, measure = _role(text, slot)
            columns.append(_Column(slot, column, text, role, measure))
        merged = _Header(header.row, columns, None)
        merged.kind = _header_kind(merged)
        if not merged.slots("measure") or merged.columns[0].role != header.columns[0].role:
            return False
        block.header = merged
        if block.kind in (None, "measure") and merged.kind == "device":
            block.kind, block.kind_from = "device", "header"
        return True

    def _close(self) -> None:
        if self.current is not None:
            self.current.closed = True

    def _restart(self, block: _Block, row: Row) -> bool:
        """A 序号 that starts again at 1 under the same columns: the next list of that kind."""
        cells = _cells(row)
        if not cells or _serial(cells[0].text) != 1 or block.next_serial == 1:
            return False
        mapped = _line_up(block.header, row, cells)
        if mapped is None:
            return False
        kind, kind_from = (block.kind, block.kind_from)
        if self.pending:
            kind, kind_from = self._resolve_kind(block.header, self.pending)
        self._close()
        self._start(_Block(block.header, kind, kind_from, self.pending))
        return self._entry(self.current, row)

    def _entry(self, block: _Block, row: Row) -> bool:
        """A row whose 序号 is the next one (or skips at most three: a gap is recorded)."""
        if not block.serial:
            return False
        cells = _cells(row)
        if not cells:
            return False
        serial_column = block.header.columns[0].column
        first = cells[0]
        if row.source == "table" and serial_column is not None and first.column not in (None, serial_column):
            return False
        number = _serial(first.text)
        if number is None:
            return False
        mapped = _line_up(block.header, row, cells)
        full = mapped is not None and len(cells) == len(block.header.columns) == len(mapped)
        if number > block.next_serial and number <= block.next_serial + 3 and mapped is not None:
            block.missing += list(range(block.next_serial, number))  # a gap, believed for a row of the list's shape
        elif number != block.next_serial:
            if not (full and block.entries and number != 1 and not self.pending):
                return False
            # A row of the list's full shape with a 序号 out of sequence (OCR read 6 as 16, or the
            # applicant's slip): an item at its place, and a doubt.
            block.misnumbered.append((block.next_serial, first.text))
            number = block.next_serial
        block.entries.append(_Entry(row, number, mapped, _row_kind(block, row, mapped)))
        block.next_serial = number + 1
        if block is self.current:
            self.pending = []  # the list goes on: what read like a heading was not one
        if mapped is None and block.measures:
            block.unread += 1
        return True

    def _data_row(self, block: _Block, row: Row) -> None:
        cells = _cells(row)
        mapped = _line_up(block.header, row, cells)
        keys = [c for c in block.header.columns if c.role in ("key", "name", "type", "other")]
        if mapped is None or not keys or keys[0].slot not in mapped:
            if any(_number(c.text) is not None for c in cells[1:]):
                block.unread += 1
            return
        if any(_number(mapped[c.slot].text) is not None for c in block.header.slots("measure") if c.slot in mapped):
            block.entries.append(_Entry(row, None, mapped, block.kind or ""))

    # totals ---------------------------------------------------------------------------------------
    def _total(self, row: Row) -> _Total | None:
        cells = _cells(row)
        if not cells:
            return None
        label = squash(cells[0].text)
        if _SUBTOTAL.match(label) or not (match := _TOTAL_LABEL.match(label)):
            return None
        kind = next(iter(k for k in ("software", "patent", "award") if k in _kinds(match.group("kind"))), None)
        block = self.current
        values = _total_values(block.header, row, cells) if block is not None else {}
        if not values and not re.search(r"\d", squash(row.text)):
            return None
        return _Total(row, kind, values)

    def _close_on(self, total: _Total) -> None:
        block = self.current
        if block is None:
            return
        block.totals.append(total)
        if block.entries:
            block.closed = True


def _line_up(header: _Header, row: Row, cells: list[_Cell]) -> dict[int, _Cell] | None:
    """The row's cells by header slot: by table column where both are cells of one grid; else by
    position — tokens to the left of the list's free-text column (名称) left-aligned, those to its
    right right-aligned, the rest joined into it; None when there are fewer tokens than columns."""
    if row.source == "table" and all(c.column is not None for c in header.columns):
        by_column = {c.column: c for c in cells if c.column is not None}
        known = {c.column for c in header.columns}
        if by_column and set(by_column) <= known | set(range(min(known), max(known) + 1)):
            return {c.slot: by_column[c.column] for c in header.columns if c.column in by_column}
    count = len(header.columns)
    if len(cells) == count:
        return {c.slot: cell for c, cell in zip(header.columns, cells, strict=True)}
    if len(cells) < count:
        return None
    free = next((c for c in header.columns if c.role == "name"), None) \
        or next((c for c in header.columns if c.role in ("key", "other")), None)
    if free is None:
        return None
    right = count - free.slot - 1
    mapped = {c.slot: cells[c.slot] for c in header.columns[:free.slot]}
    mapped[free.slot] = _join(row, cells[free.slot:len(cells) - right])
    for offset, column in enumerate(header.columns[free.slot + 1:]):
        mapped[column.slot] = cells[len(cells) - right + offset]
    return mapped


def _total_values(header: _Header, row: Row, cells: list[_Cell]) -> dict[int, tuple[Decimal, _Cell]]:
    """The numbers of a 合计 row by header slot. A table row: by column. A text line: a labelled
    line (「合计：接入数量 21,304，其中：公有云 9,870」) by the labels' meaning; plain numbers
    (「合计 21,304 9,870 6,112」) right-aligned under the numeric columns when their count fits."""
    out: dict[int, tuple[Decimal, _Cell]] = {}
    measures = header.slots("measure")
    if row.source == "table" and all(c.column is not None for c in header.columns):
        by_column = {c.column: c for c in cells if c.column is not None}
        for column in header.columns:
            cell = by_column.get(column.column)
            if cell is not None and column.slot > 0 and (value := _number(cell.text)) is not None:
                out[column.slot] = (value, cell)
        if out or not measures:
            return out
    citation = row.citation
    if citation is None:
        return out
    text = citation.quote
    label = re.match(r"^\s*[^\d:：]{0,12}?(?:合计|总计|共计|总数|以上共|共)\s*[:：]?", text)
    start = label.end() if label else 0
    numbers = []
    for match in re.finditer(r"(?P<label>[^\d,，;；。、]*?)\s*[:：]?\s*(?P<num>\d[\d,]*(?:\.\d+)?)", text[start:]):
        at = start + match.start("num")
        end = start + match.end("num")
        cell = _Cell(match.group("num"), _sub_citation(citation, at, end), None)
        value = _number(match.group("num"))
        if value is not None:
            numbers.append((match.group("label").strip(" ，,；;：:其中"), value, cell))
    if not numbers:
        return out
    labelled = [(measure_of(name), value, cell) for name, value, cell in numbers if name]
    if labelled and all(m is not None for m, _v, _c in labelled):
        for measure, value, cell in labelled:
            slots = [c for c in measures if c.measure == measure]
            if len(slots) == 1:
                out[slots[0].slot] = (value, cell)
        return out
    # The numeric columns are those right of the last text column (the first column is text).
    texts = [c.slot for c in header.columns if c.slot == 0 or c.role not in ("measure", "other")]
    numeric = [c for c in header.columns if c.slot > max(texts)]
    if len(numbers) == len(numeric):
        out = {c.slot: (value, cell) for c, (_n, value, cell) in zip(numeric, numbers, strict=True)}
    elif len(numbers) == 1 and len(measures) == 1:
        out = {measures[0].slot: numbers[0][1:]}
    return out


def _row_kind(block: _Block, row: Row, mapped: dict[int, _Cell] | None) -> str:
    if block.kind != "ip":
        return block.kind or ""
    types = block.header.slots("type")
    text = mapped[types[0].slot].text if mapped and types and types[0].slot in mapped else ""
    if _SOFTWARE_WORDS.search(text):
        return "software"
    if _PATENT_WORDS.search(text):
        return "patent"
    whole = row.text
    if _SOFTWARE_ID.search(whole):
        return "software"
    if _PATENT_ID.search(whole):
        return "patent"
    return "software" if _SOFTWARE_WORDS.search(whole) else "patent" if _PATENT_WORDS.search(whole) else "other"


# --- certificate lists → counts ------------------------------------------------------------------

@dataclass
class _Printed:
    value: int
    citation: Citation | None
    quote: str
    block_count: int  # items of its kind in the block it belongs to


def _cite(row: Row) -> Citation | None:
    return row.citation or next((c.citation for c in row.cells if c.citation is not None), None)


def _as_of(scan: _Scan) -> str:
    text = scan.title + " " + " ".join(h.text for b in scan.blocks for h in b.headings)
    match = _AS_OF.search(text)
    return f"截至{match.group(1)}" if match else ""


def _item_kind(entry: _Entry) -> str | None:
    """What a row itself says it is: a cell that is a certificate type (发明专利, 实用新型, 软件著
    作权) or a number of one kind (ZL… for a patent, 2022SR… for a software registration)."""
    for cell in _cells(entry.row)[1:]:
        text = squash(cell.text)
        if _SOFTWARE_TYPE.fullmatch(text) or re.match(r"\d{4}SR\d{5,}", text, re.IGNORECASE):
            return "software"
        if _PATENT_TYPE.fullmatch(text) or re.match(r"(?:ZL|CN)\d{8,}", text, re.IGNORECASE):
            return "patent"
    return None


def _split_mixed(block: _Block) -> None:
    """A certificate list whose rows say they are of both kinds (a 类别 column of 发明专利 and 软件
    著作权, numbers ZL… and …SR…) is a mixed list, whatever its header suggested."""
    if block.kind not in ("patent", "software", "ip"):
        return
    kinds = [_item_kind(e) for e in block.entries]
    if block.kind != "ip" and not {"patent", "software"} <= set(kinds):
        return
    block.kind = "ip"
    for entry, kind in zip(block.entries, kinds, strict=True):
        entry.kind = kind or _row_kind(block, entry.row, entry.cells)


def _certificate_facts(scan: _Scan, catalog: Catalog) -> list[EvidenceFact]:
    parts: dict[str, list[tuple[_Block, list[_Entry]]]] = {}
    for block in scan.blocks:
        _split_mixed(block)
        if block.kind in CERTIFICATE_FIELDS:
            parts.setdefault(block.kind, []).append((block, block.entries))
        elif block.kind == "ip":
            for kind in ("patent", "software"):
                entries = [e for e in block.entries if e.kind == kind]
                if entries or any(t.kind == kind for t in block.totals):
                    parts.setdefault(kind, []).append((block, entries))
    facts = []
    for kind, found in parts.items():
        fact = _count_fact(kind, found, scan, catalog)
        if fact is not None:
            facts.append(fact)
    return facts


def _count_fact(kind: str, found: list[tuple[_Block, list[_Entry]]], scan: _Scan, catalog: Catalog) -> EvidenceFact | None:
    spec = catalog.field(CERTIFICATE_FIELDS[kind])
    count = sum(len(entries) for _b, entries in found)
    printed: list[_Printed] = []
    ip_mismatch = []
    for block, entries in found:
        for heading in block.headings:
            if heading.printed and heading.kind in (None, kind):
                printed.append(_Printed(heading.printed[0], _cite(heading.row), heading.row.text.strip(), len(entries)))
        for row in block.notes:
            for match in _NOTE_COUNTS[kind].finditer(squash(row.text)):
                printed.append(_Printed(int(match.group(1)), _cite(row), row.text.strip(), len(entries)))
        for total in block.totals:
            value = _total_count(total)
            if value is None:
                continue
            if total.kind == kind or (total.kind is None and block.kind != "ip"):
                printed.append(_Printed(value, _cite(total.row), total.row.text.strip(), len(entries)))
            elif total.kind is None and block.kind == "ip" and value != len(block.entries):
                ip_mismatch.append(f"清单合计“{total.row.text.strip()}”与逐行计数 {len(block.entries)} 行不一致")
    reasons: list[str] = []
    doubts: list[str] = []
    status = "found"
    note = ""
    value = count
    unit = next((m.group(2) or m.group(4) for p in printed if (m := _PRINTED.search(squash(p.quote)))), "") \
        or next((u for p in printed if (u := _unit_in(p.quote))), "")
    disagree = [p for p in printed if p.value not in (p.block_count, count)]
    if count == 0:
        if not printed:
            return None
        value = printed[0].value
        doubts.append(f"未能逐行计数，仅依据印出的“{printed[0].quote}”")
    elif disagree:
        status = "ambiguous"
        said = "；".join(f"“{p.quote}”印 {p.value}" for p in disagree)
        note = f"清单按序号计数 {count} 行，{said}，二者不一致"
        doubts.append(note)
    elif printed:
        reasons.append(f"清单按序号逐行计数 {count} 行，与“{printed[0].quote}”一致")
    entries = [e for _b, es in found for e in es]
    missing = [n for block, _e in found for n in block.missing]
    if missing:
        shown = "、".join(str(n) for n in missing[:5])
        doubts.append(f"序号不连续（缺第{shown}号），按实有行计数 {count} 行")
        if not any(p.value == count for p in printed):
            status = "ambiguous"
            note = note or f"按实有行计数 {count} 行，按最后序号为 {count + len(missing)} 项"
    misnumbered = [m for block, _e in found for m in block.misnumbered]
    if misnumbered:
        shown = "、".join(f"第{place}行印为“{as_printed}”" for place, as_printed in misnumbered[:5])
        doubts.append(f"序号异常（{shown}），按位置计数")
    ruled = bool(entries) and all(e.row.source == "table" for e in entries)
    if count and not printed and not missing:
        if ruled:
            reasons.append(f"清单按序号 1–{count} 连续计数 {count} 行，未印合计")
        else:
            doubts.append(f"无表格线的清单按序号计数 {count} 行，未印合计，无法核对")
    ocr = any(e.row.page.source == "ocr" for e in entries)
    if ocr:
        doubts.append("清单行由OCR识别，行数可能有误差")
    kinds_from = {block.kind_from for block, _e in found}
    if "file" in kinds_from:
        doubts.append(f"清单类型仅由文件名“{scan.file_name}”推断")
    elif "title" in kinds_from:
        reasons.append("清单类型依据文件标题")
    doubts += ip_mismatch
    unknown = sum(1 for block, _e in found if block.kind == "ip" for e in block.entries if e.kind == "other")
    if unknown:
        doubts.append(f"混合清单中有 {unknown} 行未能判断属于专利还是软件著作权")
    part = _part_of([b for b, _e in found], scan)
    if part:
        reasons.append(f"“{part}”表明清单只列出一部分，按部分口径记录，不与申报总数比较")
    if len(found) > 1:
        reasons.append(f"同一文件中{_KIND_ZH[kind]}分 {len(found)} 个清单，合并计数")
    confidence = SURE if printed and not disagree else CLEAN
    if doubts:
        confidence = min(confidence, DOUBTFUL)
    if ocr:
        confidence = min(confidence, OCR_CAP)
    if status == "ambiguous":
        confidence = min(confidence, AMBIGUOUS)
    citations = [p.citation for p in printed if p.citation is not None]
    citations += [c for _b, es in found if es and (c := _cite(es[-1].row)) is not None]
    citations = list(dict.fromkeys(citations))
    if not citations:
        return None
    return EvidenceFact(field_id=spec.id, label=spec.label, value=str(value), unit=unit or spec.unit or "",
                        normalized=value, scope="segment" if part else "platform", as_of=_as_of(scan), dimension="total",
                        confidence=confidence, reasons=tuple(reasons + [f"存疑：{d}" for d in doubts]),
                        status=status, method="list_count", citations=tuple(citations),
                        note=note or (reasons[0] if reasons else f"清单列出 {count} 行（按序号计数）"))


def _part_of(blocks: list[_Block], scan: _Scan) -> str:
    """The heading (or title) line that says a list shows only part of the whole: 「主要专利清单」,
    「典型客户设备接入情况」, 「代表性奖项（部分）」."""
    for text in [h.row.text.strip() for b in blocks for h in b.headings] + [r.text.strip() for r in scan.title_rows[:4]]:
        if _PART.search(squash(text)):
            return text
    return ""


def _total_count(total: _Total) -> int | None:
    """The count a 合计 row of a certificate list prints: its 共N项 (「合计：发明专利12项，实用新型
    12项，共24项」), else its only number."""
    text = squash(total.row.text)
    numbers = {v for v, _c in total.values.values()} or {Decimal(m.replace(",", "")) for m in re.findall(r"\d[\d,]*", text)}
    if len(numbers) == 1:
        return int(next(iter(numbers)))
    printed = _printed(text)
    return printed[0] if printed is not None else None


def _unit_in(text: str) -> str:
    match = re.search(r"\d\s*(项|件|个|条)", text)
    return match.group(1) if match else ""


# --- device tables → totals and breakdowns -------------------------------------------------------

class _Vocabulary:
    """Which appendix a key belongs to: 附录A category, 附录F region (海外 among them), a country
    of 海外, an 附录C industry — or none."""

    def __init__(self, catalog: Catalog):
        self.categories = {self._core(c.name): c.name for c in catalog.appendices.equipment}
        self.industries = {self._core(i.name): i.name for i in catalog.appendices.industries}

    @staticmethod
    def _core(name: str) -> str:
        core = re.sub(r"[、,，/\s]|设备$|类$", "", squash(name))
        return re.sub(r"设备$", "", core)

    def of(self, name: str) -> str | None:
        key = squash(name)
        if not key or _TOTAL_LABEL.match(key) or _SUBTOTAL.match(key):
            return None
        core = self._core(key)
        if core in self.categories or any(core.endswith(c) and len(c) >= 2 for c in self.categories):
            return "category"
        if key in ("海外", "境外", "国外"):
            return "region"
        region = classify_region(name)
        if region.kind in ("province", "plan_city"):
            return "region"
        if region.kind == "overseas":
            return "country" if region.canonical else "region"
        if core in self.industries or any(core in i.split("/") for i in self.industries):
            return "industry"
        return None


@dataclass
class _Keyed:
    column: _Column
    dimension: str
    share: str  # "6/6"


def _dimension(block: _Block, vocabulary: _Vocabulary) -> list[_Keyed]:
    """The key columns whose values are mostly (≥ 60%) of one appendix, with that dimension: a
    column of provinces with some countries is by region (附录F's 海外 with country names), one
    of countries only is by country. A 名称 column (「数控车床」) is a key only when no other is."""
    found = []
    for column in block.header.columns:
        if column.role not in ("key", "other", "type", "name"):
            continue
        values = [e.cells[column.slot].text for e in block.entries if e.cells and column.slot in e.cells]
        classes = [c for c in (vocabulary.of(v) for v in values) if c]
        if not classes:
            continue
        counts = {c: classes.count(c) for c in set(classes)}
        if counts.get("region") and counts["region"] + counts.get("country", 0) >= counts.get("category", 0):
            dimension, agreeing = "region", counts["region"] + counts.get("country", 0)
        else:
            dimension = max(counts, key=lambda c: (counts[c], c))
            agreeing = counts[dimension]
        if agreeing * 10 >= len(values) * 6:
            found.append(_Keyed(column, dimension, f"{agreeing}/{len(values)}"))
    best: dict[str, _Keyed] = {}
    for keyed in sorted(found, key=lambda k: (k.column.role == "name", -_ratio(k.share), k.column.slot)):
        best.setdefault(keyed.dimension, keyed)  # one column per dimension: a key column, the best matched
    return list(best.values())


def _ratio(share: str) -> float:
    a, b = share.split("/")
    return int(a) / max(int(b), 1)


def _first_text(entry: _Entry) -> str:
    cells = [c for _slot, c in sorted((entry.cells or {}).items())]
    return cells[0].text if cells else ""


def _context_measure(block: _Block, scan: _Scan) -> str | None:
    """What a plain 数量 column counts when the heading (else the title) names one part only:
    「公有云工业设备清单」, 「表3 海外设备按国家统计」."""
    for text in [h.text for h in reversed(block.headings)] + [scan.title]:
        named = {m for m, pattern in (("public_cloud", r"公有云"), ("overseas", r"海外|境外")) if re.search(pattern, text)}
        if len(named) == 1:
            return named.pop()
        if named:
            return None
    return None


def _device_facts(block: _Block, scan: _Scan, vocabulary: _Vocabulary, catalog: Catalog) -> list[EvidenceFact]:
    if block.kind not in ("device", "measure") or not block.measures or not block.entries:
        return []
    keyed = [k for k in _dimension(block, vocabulary) if k.dimension != "industry"]
    if block.kind == "measure" and not any(k.dimension == "category" for k in keyed):
        return []  # numbers of something, but nothing says they are devices
    if not keyed and not block.serial and any(measure_of(_first_text(e)) for e in block.entries):
        return []  # indicator / value rows (「接入设备总数 21,304」): a key-value table, not a breakdown
    measures = {}
    context = _context_measure(block, scan)
    for column in block.header.slots("measure"):
        measure = column.measure
        if measure == "total" and context:
            measure = context
        if measure == "total" and any(k.dimension == "country" for k in keyed):
            measure = "overseas"
        measures.setdefault(measure, []).append(column)
    facts = []
    for measure, columns in measures.items():
        if len(columns) != 1:
            continue  # two columns claim the same count: neither can be named
        facts += _measure_facts(block, columns[0], measure, keyed, scan, catalog)
    return facts


def _measure_facts(block: _Block, column: _Column, measure: str, keyed: list[_Keyed], scan: _Scan,
                   catalog: Catalog) -> list[EvidenceFact]:
    values: list[tuple[_Entry, Decimal]] = []
    unread = block.unread
    for entry in block.entries:
        cell = entry.cells.get(column.slot) if entry.cells else None
        value = _number(cell.text) if cell is not None else None
        if value is None:
            unread += 1
        else:
            values.append((entry, value))
    rows_sum = sum((v for _e, v in values), Decimal(0))
    printed = [(t, t.values[column.slot]) for t in block.totals if column.slot in t.values]
    ocr = any(e.row.page.source == "ocr" for e in block.entries)
    ruled = all(e.row.source == "table" for e in block.entries)
    doubts: list[str] = []
    reasons: list[str] = [f"“{column.text}”列计{_MEASURE_ZH[measure]}"]
    status = "found"
    note = ""
    if printed:
        total, (printed_value, cell) = printed[0]
        if unread:
            doubts.append(f"{unread} 行数字未能读取，无法以各行之和核对合计")
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
            doubts.append(f"表格未印合计，总数为 {len(values)} 行相加所得，无法核对")
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
    part = _part_of([block], scan)
    if part:
        reasons.append(f"“{part}”表明表格只列出一部分，按部分口径记录")
    elif not keyed and not block.serial:
        doubts.append("表格各行不是附录A分类、附录F区域或国家，无法确认是全部设备")
        confidence = min(confidence, DOUBTFUL)
    common = {"scope": "segment" if part else "platform", "as_of": _as_of(scan), "method": "list_count"}
    facts = []
    total_field = DEVICE_FIELDS.get((measure, "total"))
    if _has_field(catalog, total_field):
        spec = catalog.field(total_field)
        if printed:
            total, (printed_value, cell) = printed[0]
            citations = [c for c in (_cite(total.row), cell.citation) if c is not None]
            value_text, normalized, period = cell.text, printed_value, "合计"
        else:
            citations = [c for c in (_cite(values[-1][0].row),) if c is not None]
            value_text, normalized, period = _show(rows_sum), rows_sum, ""
        if citations:
            facts.append(EvidenceFact(field_id=spec.id, label=spec.label, value=value_text, unit=spec.unit or "",
                                      normalized=_plain(normalized), period=period, dimension="total",
                                      confidence=confidence, reasons=_reasons(reasons, doubts), status=status,
                                      citations=tuple(dict.fromkeys(citations)),
                                      note=note or "；".join(reasons[1:]), **common))
    for key in keyed:
        field_id = DEVICE_FIELDS.get((measure, key.dimension))
        if not _has_field(catalog, field_id):
            if key.dimension == "region" and measure == "total":
                facts += _overseas_row(block, key, column, values, confidence, reasons, doubts, common, catalog)
            continue
        spec = catalog.field(field_id)
        groups: dict[str, list[tuple[_Entry, Decimal]]] = {}
        names: dict[str, str] = {}
        for entry, value in values:
            cell = entry.cells.get(key.column.slot) if entry.cells else None
            if cell is None or not cell.text.strip():
                groups = {}
                break  # a row without its key: no breakdown rather than a wrong one
            name = cjk_joined(cell.text)
            groups.setdefault(squash(name), []).append((entry, value))
            names.setdefault(squash(name), name)
        why = reasons[:1] + [f"分项按{_DIMENSION_ZH[key.dimension]}识别（{key.share} 项）"] + reasons[1:]
        for squashed, members in groups.items():
            amount = sum((v for _e, v in members), Decimal(0))
            citations = tuple(dict.fromkeys(c for e, _v in members if (c := _cite(e.row)) is not None))
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


def _overseas_row(block: _Block, key: _Keyed, column: _Column, values: list[tuple[_Entry, Decimal]], confidence: float,
                  reasons: list[str], doubts: list[str], common: dict, catalog: Catalog) -> list[EvidenceFact]:
    """The 海外 row of a table by 省市区域 is a reading of the overseas total."""
    rows = [(e, v) for e, v in values if e.cells and key.column.slot in e.cells
            and squash(e.cells[key.column.slot].text) in ("海外", "境外", "国外")]
    if len(rows) != 1 or not _has_field(catalog, "devices_overseas"):
        return []
    entry, value = rows[0]
    spec = catalog.field("devices_overseas")
    cell = entry.cells.get(column.slot)
    citations = tuple(c for c in (_cite(entry.row), cell.citation if cell else None) if c is not None)
    if not citations:
        return []
    return [EvidenceFact(field_id=spec.id, label=spec.label, value=cell.text if cell else _show(value),
                         unit=spec.unit or "", normalized=_plain(value), dimension="total", confidence=confidence,
                         reasons=_reasons(reasons + ["按省市区域统计表中“海外”一行"], doubts),
                         citations=citations, **common)]


def _has_field(catalog: Catalog, field_id: str | None) -> bool:
    return field_id is not None and any(f.id == field_id for f in catalog.fields)


def _reasons(reasons: Iterable[str], doubts: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*reasons, *(f"存疑：{d}" for d in doubts)]))


def _show(value: Decimal) -> str:
    return f"{value:,}" if value == value.to_integral() else f"{value:,f}"


def _plain(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral() else float(value)


# --- readings of one count that disagree ---------------------------------------------------------

def _place(citation: Citation) -> str:
    return citation.place


def _cross_check(facts: list[EvidenceFact]) -> list[EvidenceFact]:
    """Two totals of one indicator and scope in one file (the 合计 of the table by category and of
    the table by region) that differ: each becomes ambiguous and names the other."""
    by_field: dict[tuple[str, str], list[int]] = {}
    for index, fact in enumerate(facts):
        if fact.dimension == "total" and fact.normalized is not None:
            by_field.setdefault((fact.field_id, fact.scope), []).append(index)
    out = list(facts)
    for indices in by_field.values():
        values = {facts[i].normalized for i in indices}
        if len(values) < 2:
            continue
        for i in indices:
            fact = facts[i]
            others = "、".join(f"{facts[j].value}（{_place(facts[j].citations[0])}“{facts[j].citations[0].quote}”）"
                              for j in indices if facts[j].normalized != fact.normalized)
            note = f"同一文件中该数量另有读数 {others}，与 {fact.value} 不一致"
            out[i] = fact.model_copy(update={"status": "ambiguous", "note": note,
                                             "confidence": min(fact.confidence, AMBIGUOUS),
                                             "reasons": (*fact.reasons, f"存疑：{note}")})
    return out
