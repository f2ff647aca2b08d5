"""How a scanned page's OCR boxes lie, before `rows` makes rows of them: a watermark stamped across
the page, two pages scanned side by side on one sheet, a spreadsheet's window captured around its cells.

Must not: build rows or read figures.
"""

from __future__ import annotations

import re

from extractors.model import Block, Page

# A stamp across a scanned page (「仅供申报使用」, 「仅限本次评价使用」): its words fall between a table's cells
_WATERMARK = re.compile(r"^(?:仅供|仅限|只供)[\u4e00-\u9fff]{1,10}?(?:使用|之用)$")


def without_watermark(blocks) -> list[Block]:
    """The boxes but a watermark's: the whole phrase where OCR read it, and every short box that is a
    piece of it (「仅」, 「报使用」) — h43's 「仅供申报使用」 split a device table's rows."""
    marks = {t for b in blocks if _WATERMARK.match(t := re.sub(r"\s+", "", b.text))}
    if not marks:
        return list(blocks)
    return [b for b in blocks if not any((t := re.sub(r"\s+", "", b.text)) and t in mark for mark in marks)]


_PAGE_NUMBER = re.compile(r"第\s*\d{1,3}\s*页|[-—]\s*\d{1,3}\s*[-—]|\d{1,3}")


def two_up(page: Page, blocks) -> list[list[Block]]:
    """A landscape scan of two pages side by side (h43: a table by category beside one by region)
    as its two halves, split at a gutter near the middle that no box crosses. Only when each half
    reads as a page of its own — its own page number at its foot, or words and figures on both sides
    down most of the sheet — so a wide table whose labels stand left of a blank middle and its figures
    right of it stays whole."""
    boxes = [b for b in blocks if b.bbox is not None and b.text.strip()]
    if not page.width or not page.height or page.width < page.height * 1.2 or len(boxes) < 16:
        return [list(blocks)]
    middle = page.width / 2
    gaps = [x for x in (middle + page.width * k / 100 for k in range(-10, 11))
            if not any(b.bbox.x0 - 2 < x < b.bbox.x1 + 2 for b in boxes)]
    if not gaps:
        return [list(blocks)]
    cut = min(gaps, key=lambda x: abs(x - middle))
    halves = [[b for b in boxes if b.bbox.x1 <= cut], [b for b in boxes if b.bbox.x0 >= cut]]
    if all(any(_PAGE_NUMBER.fullmatch(b.text.strip()) and b.bbox.top > page.height * 0.8 for b in half) for half in halves):
        return halves  # each half prints its own page number at its foot (「第3页」 | 「第4页」, h58)
    for half in halves:
        words = sum(1 for b in half if re.search(r"[\u4e00-\u9fff]{2}", b.text))
        figures = sum(1 for b in half if re.fullmatch(r"[\d,，.]+", b.text.strip()))
        tall = max(b.bbox.bottom for b in half) - min(b.bbox.top for b in half) if half else 0.0
        if words < 3 or figures < 3 or tall < page.height * 0.15:
            return [list(blocks)]
    return halves


# A spreadsheet captured with its window (h74: 「Excel截图」 pasted into a 证明材料汇编): the ribbon's tabs, the
# formula bar (「D2 fx =SUM(D3:D5)」), the column letters (「A B C D」) and a row number before each row
_RIBBON = {"文件", "开始", "插入", "页面布局", "公式", "数据", "审阅", "视图", "帮助", "File", "Home", "Insert", "Formulas", "Data"}
_LETTERS = re.compile(r"^[A-Z]{1,2}$")


def without_sheet_chrome(lines: list[list[Block]]) -> list[list[Block]]:
    """Visual lines (`rows.visual_lines`) without a captured spreadsheet's window: where a line of column
    letters (two or more, in order) stands over rows numbered in sequence at their left, the letters, the
    ribbon and formula bar above them and each row's number go; the cells stay. Anything else is kept as
    it is (a list's own 序号 column has no column letters over it)."""
    letters = next((i for i, line in enumerate(lines) if len(line) >= 2 and all(_LETTERS.match(b.text.strip()) for b in line)
                    and [b.text.strip() for b in line] == sorted(b.text.strip() for b in line)), None)
    if letters is None:
        return lines
    numbered, expected = [], None
    for line in lines[letters + 1:]:
        head = line[0].text.strip()
        if not head.isdigit() or (expected is not None and int(head) != expected):
            break
        numbered.append(line)
        expected = int(head) + 1
    if len(numbered) < 3:
        return lines
    rows = {id(line) for line in numbered}
    kept = []
    for i, line in enumerate(lines):
        if i == letters or (i < letters and _chrome(line)):
            continue
        kept.append(line[1:] if id(line) in rows and len(line) > 1 else line)
    return [line for line in kept if line]


def _chrome(line: list[Block]) -> bool:
    words = [b.text.strip() for b in line]
    return len(_RIBBON.intersection(words)) >= 3 or any(w == "fx" or w.startswith("fx ") for w in words)
