"""Walking a document's rows into lists, once (`Scan`): headings announce, headers open blocks,
序号 rows and data rows fill them, 合计 rows and the next heading close them. A header repeated
on the next page, a 「（续）」 heading or the next 序号 continues a list; a 序号 that starts
again at 1 begins the next one; an APP or enterprise list printed without 序号 counts the rows
that line up with its header; a key cell merged over several rows (「动力设备」 over its machines
and their 小计) keys each of them; the second row of a two-row header names each sub-column by its
merged parent; a table without a header under a heading that names what it counts is one key
column and one number column. A row's cells are lined up with the header's columns by table
column, else by position.

Owns: the blocks of a document, the notes between them and its title rows. Must not: make facts
or judge totals (the certificate and device facts do).
"""

from __future__ import annotations

import re

from assistant.core.text_keys import squash
from assistant.evidence.lists.blocks import Entry, ListBlock
from assistant.evidence.lists.cells import (
    count_in,
    row_cells,
    serial_of,
)
from assistant.evidence.lists.headers import (
    DEVICE_WORDS,
    Column,
    Header,
    column_role,
    header_kind,
    measure_of,
    read_header,
)
from assistant.evidence.lists.headings import Heading, kinds_named, read_heading
from assistant.evidence.lists.items import row_kind
from assistant.evidence.lists.lineup import (
    gutter,
    line_up,
    merged_above,
    under_merged_key,
)
from assistant.evidence.lists.totals import (
    SUBTOTAL,
    TOTAL_LABEL,
    TotalRow,
    total_values,
)
from assistant.evidence.rows import Row
from extractors.model import Document

_ABROAD_SUBTOTAL = re.compile(r"^(?:海外|境外|国外)(?:地区|国家)?(?:设备)?小计")

_CERTIFICATE_ID = re.compile(r"(?:ZL|CN)\d{8,}|\d{4}SR\d{5,}|软著登字|登字第", re.IGNORECASE)
_NOT_DEVICES = re.compile(r"企业|[（(]家[)）]|APP|用户|人数|模型|解决方案|标准")


_OWN_LIST = re.compile(r"清单|名单|名录|一览|目录|列表|明细")


class Scan:
    """Walks the rows once: headings announce, headers open blocks, 序号 rows and data rows fill
    them, 合计 rows and the next heading close them."""

    def __init__(self, document: Document):
        self.document = document
        self.blocks: list[ListBlock] = []
        self.current: ListBlock | None = None
        self.pending: list[Heading] = []
        self.between: list[Row] = []  # lines met under an open numbered list since its last item
        self.notes: list[Row] = []  # text since the last list: 「共获得专利12项，软件著作权36项」
        self.title_rows: list[Row] = []

    # context ------------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return " ".join(squash(r.text) for r in self.title_rows[:4])

    @property
    def file_name(self) -> str:
        return self.document.path.rsplit("/", 1)[-1]

    def _resolve_kind(self, header: Header, headings: list[Heading]) -> tuple[str | None, str]:
        if header.kind == "ip":  # columns for either: the heading may say which (「一、专利（共47项）」)
            named = next((h.kind for h in reversed(headings) if h.kind in ("patent", "software")), None)
            if named is not None:
                return named, "heading"
        if header.kind not in (None, "measure"):
            return header.kind, "header"
        if header.kind == "measure":
            # the caption right over the table counts as much as a heading (「Table 1 … / 表1 按国家统计接入设备」, h13)
            caption = self.notes[-1].text if self.notes and len(self.notes[-1].text) <= 120 else ""
            context = " ".join(h.text for h in headings) + " " + self.title + " " + caption
            return ("device", "heading") if DEVICE_WORDS.search(context) and not _NOT_DEVICES.search(header.text) \
                else ("measure", "header")
        for heading in reversed(headings):
            if heading.kind and heading.kind != "device":
                return heading.kind, "heading"
        title_kind = Heading(self.title_rows[0], self.title, kinds_named(self.title), None, False).kind \
            if self.title_rows else None
        if title_kind and title_kind != "device":
            return title_kind, "title"
        if headings and headings[-1].kind is None and _OWN_LIST.search(headings[-1].text):
            return None, "header"  # 「二、平台安全管理制度清单」 in 「荣誉及制度.pdf」: a list of its own, not the file's kind (h67)
        names = kinds_named(self.file_name)
        file_kind = Heading(header.row, self.file_name, names, None, False).kind if names else None
        # 「软件著作权及设备清单.xlsx」: its 设备名称 sheet is no certificate list, whatever the file says
        if file_kind and file_kind != "device" and re.search(r"名称|证书|编号|号", header.text) \
                and not DEVICE_WORDS.search(header.text):
            return file_kind, "file"
        return None, "header"

    # rows ---------------------------------------------------------------------------------------
    def feed(self, row: Row) -> None:
        current = self.current
        if current is not None and not current.closed and self._entry(current, row):
            return
        if current is not None and not current.entries and not current.totals and self._sub_header(current, row):
            return
        # 「（二）软件著作权清单 | 合计：34项」 names a kind and prints its count: a heading, not a table's heads (h17)
        if (header := read_header(row)) is not None and not (
                header.kind in (None, "measure") and (named := read_heading(row)) is not None and named.printed and named.kinds):
            self._open(header)
            return
        if (total := self._total(row)) is not None:
            return self._close_on(total)
        if (heading := read_heading(row)) is not None:
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
            if current.serial and current.entries and self._subtotal(current, row):
                return
            if current.serial and self._restart(current, row):
                return
            if not current.serial and current.measures and self._past_abroad(current, row):
                self._close()  # 「海外小计 | 64」 then 「云资源与存储」: 海外 is 附录F's last group, the table has ended (h85)
                self.notes.append(row)
            elif not current.serial and current.measures:
                self._data_row(current, row)
            elif not current.serial and current.kind in ("app", "enterprise"):
                self._unnumbered_row(current, row)
            elif not current.serial:
                self._certificate_row(current, row)
            else:
                self.between.append(row)  # a line under a numbered list: it may preface the next one
                if current.entries:  # or wrap the cells of the item above (an unruled list)
                    current.entries[-1].lines.append(row)
            return
        if current is not None and current.closed and current.serial and self._restart(current, row):
            return
        if self.pending and self._implicit(row):
            return
        cells = row_cells(row)
        if self.pending and len(cells) > 1 and any(count_in(c.text) is not None for c in cells[1:]):
            self.pending = []  # the heading announced rows that cannot be lined up: it heads nothing below
            self.notes.append(row)  # a line still (「Table 1 … / 表1 按国家统计接入设备」 captions the next table)
            return
        self.notes.append(row)
        if not self.blocks and not self.pending:
            self.title_rows.append(row)

    def close(self) -> None:
        self._close()

    def _open(self, header: Header) -> None:
        current = self.current
        if (current is not None and not current.closed and (current.serial or not self.pending)
                and (header.signature in current.signatures or current.serial and _misread_repeat(header, current))):
            return  # the header repeated on the next page (a numbered list: its next 序号 decides)
        self._close()
        kind, kind_from = self._resolve_kind(header, self.pending)
        self._start(ListBlock(header, kind, kind_from, self.pending, signatures={header.signature}))

    def _start(self, block: ListBlock) -> None:
        block.notes, self.notes = self.notes, []
        self.current = block
        self.blocks.append(block)
        self.pending = []

    def _implicit(self, row: Row) -> bool:
        """A table without a header under a heading that names what it counts (「其中海外设备按
        国家统计」 over rows 「越南Vietnam 543」): one key column and one number column."""
        cells = row_cells(row)
        heading = self.pending[-1]
        if len(cells) != 2 or count_in(cells[1].text) is None or count_in(cells[0].text) is not None:
            return False
        if TOTAL_LABEL.match(squash(cells[0].text)) or not DEVICE_WORDS.search(heading.text + self.title):
            return False
        measure = measure_of(heading.text) or "total"
        table = row.source == "table"
        header = Header(heading.row, [Column(0, cells[0].column if table else None, "项目", "key"),
                                       Column(1, cells[1].column if table else None, heading.text, "measure", measure)],
                         "device")
        self._close()
        self._start(ListBlock(header, "device", "heading", self.pending))
        self._data_row(self.current, row)
        return True

    def _sub_header(self, block: ListBlock, row: Row) -> bool:
        """The second row of a two-row header: sub-columns under a merged 「接入设备数量」 (合计 /
        其中：公有云 / 公有云日均运行). Each sub-column is named by its parent and its own words."""
        header = block.header
        if row.source != "table" or header.row.source != "table" or row.table_index != header.row.table_index:
            return False
        cells = row_cells(row)
        if not cells or any(count_in(c.text) is not None or serial_of(c.text) is not None for c in cells):
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
            role, measure = column_role(text, slot)
            columns.append(Column(slot, column, text, role, measure))
        merged = Header(header.row, columns, None)
        merged.kind = header_kind(merged)
        if not merged.slots("measure") or merged.columns[0].role != header.columns[0].role:
            return False
        block.header = merged
        if block.kind in (None, "measure") and merged.kind == "device":
            block.kind, block.kind_from = "device", "header"
        return True

    def _close(self) -> None:
        if self.current is not None:
            self.current.closed = True

    def _subtotal(self, block: ListBlock, row: Row) -> bool:
        """A numbered list's 小计 row (「小计（境内）」 under the provinces): kept, and the 序号 may start
        again below it for the next group."""
        cells = row_cells(row)
        if not cells or not SUBTOTAL.match(squash(cells[0].text)):
            return False
        block.subtotals.append(Entry(row, None, line_up(block.header, row, cells), block.kind or ""))
        block.after_subtotal = True
        return True

    def _restart(self, block: ListBlock, row: Row) -> bool:
        """A 序号 that starts again at 1 under the same columns: the next list of that kind — or, right
        after a 小计 of the same table (「小计（境内）」 then 「1 越南」), the list's next group."""
        cells = row_cells(row)
        if not cells or serial_of(cells[0].text) != 1 or block.next_serial == 1:
            return False
        mapped = line_up(block.header, row, cells)
        if mapped is None:
            return False
        last = block.subtotals[-1].row if block.subtotals else None
        if block.after_subtotal and not self.pending and last is not None \
                and (last.page_number, last.table_index) == (row.page_number, row.table_index):
            block.next_serial, block.after_subtotal = 1, False
            return self._entry(block, row)
        kind, kind_from = (block.kind, block.kind_from)
        if self.pending:
            kind, kind_from = self._resolve_kind(block.header, self.pending)
            # a heading between the lists that names another kind (「荣誉清单」 after a 软著 list whose columns
            # the next one shares in part): the heading says what this list is, not the columns it inherits
            named = next((h.kind for h in reversed(self.pending) if h.kind and h.kind != "device"), None)
            if named is not None and named != kind and kind_from == "header":
                kind, kind_from = named, "heading"
        self._close()
        # The same columns: their header repeated on the next page continues this list too.
        self._start(ListBlock(block.header, kind, kind_from, self.pending, signatures=set(block.signatures),
                              preface=self.between))
        return self._entry(self.current, row)

    def _entry(self, block: ListBlock, row: Row) -> bool:
        """A row whose 序号 is the next one (or skips at most three: a gap is recorded)."""
        if not block.serial:
            return False
        cells = row_cells(row)
        if not cells:
            return False
        serial_column = block.header.columns[0].column
        if row.source == "table" and serial_column is not None:  # a group's merged cell before the 序号 (h53)
            cells = [c for c in cells if c.column is None or c.column >= serial_column] or cells
        first = cells[0]
        if row.source == "table" and serial_column is not None and first.column not in (None, serial_column):
            return False
        number = serial_of(first.text)
        if number is None:
            return False
        if gutter(number, cells, block.next_serial):
            # a picture of a spreadsheet pasted into the list (「41 29 安全生产 …」): Excel's row number first
            cells, first, number = cells[1:], cells[1], block.next_serial
        mapped = line_up(block.header, row, cells)
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
        mapped = merged_above(block, mapped)
        block.entries.append(Entry(row, number, mapped, row_kind(block, row, mapped)))
        block.next_serial, block.after_subtotal = number + 1, False
        self.between = []
        if block is self.current:
            self.pending = []  # the list goes on: what read like a heading was not one
        if mapped is None and block.measures:
            block.unread += 1
        return True

    def _certificate_row(self, block: ListBlock, row: Row) -> None:
        """A row of a certificate list without 序号: an item when its number column holds a patent
        or registration number (ZL…, …SR…, 软著登字…); its place in the list is its number."""
        cells = row_cells(row)
        mapped = line_up(block.header, row, cells)
        ids = [c for c in block.header.columns if c.role == "id"]
        if mapped is None or not ids or ids[0].slot not in mapped:
            return
        if not _CERTIFICATE_ID.search(squash(mapped[ids[0].slot].text)):
            return
        block.entries.append(Entry(row, len(block.entries) + 1, mapped, row_kind(block, row, mapped)))
        block.next_serial = len(block.entries) + 1

    def _unnumbered_row(self, block: ListBlock, row: Row) -> None:
        """A row of an APP or enterprise list printed without 序号: an item when its cells line up with
        the header and its 订阅 column, if any, holds a count."""
        cells = row_cells(row)
        mapped = line_up(block.header, row, cells)
        if mapped is None or len(mapped) != len(block.header.columns) or not squash(mapped[0].text):
            return
        if TOTAL_LABEL.match(squash(mapped[0].text)):
            return
        counted = [c for c in block.header.columns if re.search(r"订阅|数", c.text)]
        if any(count_in(mapped[c.slot].text) is None for c in counted) or count_in(mapped[0].text) is not None:
            return
        block.entries.append(Entry(row, len(block.entries) + 1, mapped, block.kind or ""))
        block.next_serial = len(block.entries) + 1

    def _data_row(self, block: ListBlock, row: Row) -> None:
        cells = row_cells(row)
        mapped = line_up(block.header, row, cells)
        keys = [c for c in block.header.columns if c.role in ("key", "name", "type", "other")]
        last = block.header.columns[-1]
        if mapped is None and len(cells) == len(block.header.columns) - 1 and last.role == "other":
            # a text line whose last column (占比, 备注) is blank: the tokens are the columns before it
            mapped = {c.slot: cell for c, cell in zip(block.header.columns, cells, strict=False)}
        if keys and keys[0].slot == 0 and (mapped is None or 0 not in mapped):
            mapped = under_merged_key(block, row, cells, mapped)
        if mapped is not None and keys and keys[0].slot in mapped \
                and re.search(r"[:：]$", squash(mapped[keys[0].slot].text)):
            block.closed = True  # 「工业APP： 326」: a label and its value, no row of the table above
            return
        if mapped is None or not keys or keys[0].slot not in mapped:
            if any(count_in(c.text) is not None for c in cells[1:]):
                block.unread += 1
            return
        if any(count_in(mapped[c.slot].text) is not None for c in block.header.slots("measure") if c.slot in mapped):
            # 「境内小计 | 25,326」 between the provinces and the countries sums rows above it
            # (or 「整机装备 | 整机装备小计 | 11,862」 under a group's merged cell: the 小计 in the next key column, h70)
            subtotal = any(SUBTOTAL.match(squash(mapped[c.slot].text)) for c in keys if c.slot in mapped)
            (block.subtotals if subtotal else block.entries).append(Entry(row, None, mapped, block.kind or ""))
            block.after_subtotal = bool(subtotal)

    @staticmethod
    def _past_abroad(block: ListBlock, row: Row) -> bool:
        """A line without a number right under the overseas 小计 of a table without 序号."""
        last = block.subtotals[-1].row if block.after_subtotal and block.subtotals else None
        return last is not None and _ABROAD_SUBTOTAL.match(squash(last.text)) is not None \
            and not any(count_in(c.text) is not None for c in row_cells(row))

    # totals ---------------------------------------------------------------------------------------
    def _total(self, row: Row) -> TotalRow | None:
        cells = row_cells(row)
        if not cells:
            return None
        label = squash(cells[0].text)
        if SUBTOTAL.match(label) or not (match := TOTAL_LABEL.match(label)):
            return None
        # the kind before 合计 (「专利合计」), or after it in the row's words (「合计 | 软件著作权 | 124项」)
        rest = squash(row.text)[match.end():]
        after = re.split(r"\d", rest, maxsplit=1)[0] if len(re.findall(r"\d[\d,]*", rest)) == 1 else ""
        kind = next(iter(k for k in ("software", "patent", "award") if k in kinds_named(match.group("kind"))), None) \
            or next(iter(k for k in ("software", "patent", "award") if k in kinds_named(after)), None)
        block = self.current
        values = total_values(block.header, row, cells) if block is not None else {}
        if not values and not re.search(r"\d", squash(row.text)):
            return None
        return TotalRow(row, kind, values)

    def _close_on(self, total: TotalRow) -> None:
        block = self.current
        if block is None:  # 「解决方案合计：26个」 over a list not begun: a line saying its count (h41)
            self.notes.append(total.row)
            return
        block.totals.append(total)
        if block.entries:
            block.closed = True


def _misread_repeat(header, block) -> bool:
    """A scanned list's header repeated with one cell OCR read otherwise (「授权/壹记日」 for 「授权/登记日」,
    h80): the same columns in the same order, all but one the same words."""
    return any(len(sig) == len(header.signature) >= 3
               and sum(a != b for a, b in zip(sig, header.signature, strict=True)) <= 1 for sig in block.signatures)

