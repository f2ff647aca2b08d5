"""A document as a reader of the file sees it.

Text no reader sees — white, tiny, off the page, Word's vanish, invisible (render mode 3 on a page
that is no scan), painted over by a picture — proves nothing: a template's 「XXX」 or last year's
figure left under a pasted screenshot is not the package's claim (h45). Such text is reported
(`assistant.checks.rules_integrity`) and kept out of every evidence reader: `visible` drops its
blocks and blanks its characters in the page text (spaces, newlines kept), so every other block's
span still points at its own text and citations stay put. A hidden spreadsheet row or sheet is
housekeeping as often as not, and stays. A table's rows wholly outside the page a viewer shows (below
a crop box) leave the table.

Must not: change anything a reader does see, or the parsed package (a copy is returned).
"""

from __future__ import annotations

from extractors.model import BBox, Block, Document, Page

_UNSEEN = frozenset({"white", "tiny", "off_page", "vanish", "invisible", "under_image"})


def unseen(block: Block) -> bool:
    return bool(_UNSEEN.intersection(block.hidden))


def _off_page(box: BBox | None, page: Page) -> bool:
    return box is not None and page.width is not None and page.height is not None and (
        box.x1 <= 0 or box.x0 >= page.width or box.bottom <= 0 or box.top >= page.height)


def _shown_rows(document: Document) -> Document:
    """The tables without their rows that lie wholly outside the page a viewer shows (a 26th patent left
    below a crop box, h58); the table cells' blocks follow their rows."""
    pages = {p.number: p for p in document.pages}
    tables, moved = [], {}
    for table in document.tables:
        page = pages.get(table.page_number)
        gone = {i for i, boxes in enumerate(table.cell_bboxes)
                if page is not None and any(boxes) and all(b is None or _off_page(b, page) for b in boxes)}
        if not gone:
            tables.append(table)
            continue
        kept = [i for i in range(len(table.rows)) if i not in gone]
        moved[table.index] = {old: new for new, old in enumerate(kept)}
        tables.append(table.model_copy(update={
            "rows": tuple(table.rows[i] for i in kept),
            "cell_bboxes": tuple(table.cell_bboxes[i] for i in kept if i < len(table.cell_bboxes)),
            "merged": tuple((moved[table.index][r], c, rs, cs) for r, c, rs, cs in table.merged
                            if r in moved[table.index] and all(x in moved[table.index] for x in range(r, r + rs)))}))
    if not moved:
        return document
    out = []
    for page in document.pages:
        blocks = []
        for block in page.blocks:
            cell = block.table_cell
            if cell is None or cell.table_index not in moved:
                blocks.append(block)
            elif cell.row in moved[cell.table_index]:
                blocks.append(block.model_copy(update={"table_cell": cell.model_copy(
                    update={"row": moved[cell.table_index][cell.row]})}))
        out.append(page.model_copy(update={"blocks": tuple(blocks)}))
    return document.model_copy(update={"tables": tuple(tables), "pages": tuple(out)})


def visible(document: Document) -> Document:
    if not any(unseen(b) for page in document.pages for b in page.blocks):
        return document
    document = _shown_rows(document)
    pages = []
    for page in document.pages:
        hidden = [b for b in page.blocks if unseen(b)]
        if not hidden:
            pages.append(page)
            continue
        chars = list(page.text)
        for block in hidden:
            for i in range(block.span.start, min(block.span.end, len(chars))):
                if chars[i] != "\n":
                    chars[i] = " "
        kept = tuple(b for b in page.blocks if not unseen(b))
        pages.append(page.model_copy(update={"text": "".join(chars), "blocks": kept}))
    return document.model_copy(update={"pages": tuple(pages)})


def cut_pages(original: Document, shown: Document) -> set[int | None]:
    """The pages whose tables lost rows that lie outside the page a viewer shows (`visible`)."""
    rows = {t.index: len(t.rows) for t in shown.tables}
    return {t.page_number for t in original.tables if rows.get(t.index, len(t.rows)) < len(t.rows)}
