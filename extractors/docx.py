"""DOCX → `Document`: paragraphs and table cells in reading order, with headings and tick boxes.

The 申报表 and 申报书 (附件2/附件3 of the notice) are Word files whose answers sit in big merged-cell
tables, so the body is walked in document order (paragraphs and tables interleaved) and each
table becomes a cell grid in which a merged cell's text appears once (see `docx_tables`). Every
non-empty paragraph or cell is one block with its heading path and a locator ("表3 第5行 第2列",
"二、平台基本情况 > 段落12"). Page numbers come only from a LibreOffice rendering
(`docx_render`); a paragraph that runs onto the next rendered page becomes one block per page
(same locator), so a quote from its tail is cited on the right page. Without a rendering the
document has a single page with `number=None` — a page number is never guessed.

Pictures are read by OCR on the rendered pages (`docx_pictures`). Headers, footers, footnotes
and comments are not read; automatic list numbering ("1.1", "一、"
produced by numbering.xml) is not part of the text. This module must not know indicators.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx as python_docx
from lxml import etree

from extractors.checkboxes import has_boxes, normalise_boxes, read_checkboxes
from extractors.docx_align import Alignment
from extractors.docx_headings import (
    has_styled_headings,
    heading_styles,
    paragraph_level,
    text_heading_level,
)
from extractors.docx_pictures import read_pictures
from extractors.docx_render import paginate
from extractors.docx_tables import PlacedCell, iter_cell_children, layout_table
from extractors.docx_text import W, placeholder_shown, read_paragraph, text_box_tables
from extractors.errors import ReadError, file_error
from extractors.health import assess_page
from extractors.model import (
    EXTRACTOR_VERSION,
    BBox,
    Block,
    BlockKind,
    Document,
    ErrorCode,
    FileError,
    ImageRef,
    Page,
    Span,
    Table,
    TableCell,
)
from extractors.ooxml import check_package
from extractors.options import ReadOptions

_PATH_LABEL = 30  # characters of a heading shown in a locator


@dataclass
class _Draft:
    kind: BlockKind
    text: str
    heading_path: tuple[str, ...]
    locator: str
    heading_level: int | None = None
    table_cell: TableCell | None = None
    hidden: tuple[str, ...] = ()


@dataclass
class _DraftTable:
    index: int
    rows: list[list[str]]
    merged: list[tuple[int, int, int, int]]
    heading_path: tuple[str, ...]
    anchor: int  # index of the first draft at or after the table


@dataclass
class _DraftImage:
    anchor: int  # drafts emitted before the picture: it sits on the page of the one before
    heading_path: tuple[str, ...]
    locator: str


@dataclass
class _Walk:
    styles: dict[str, int]
    text_headings: bool
    drafts: list[_Draft] = field(default_factory=list)
    tables: list[_DraftTable] = field(default_factory=list)
    images: list[_DraftImage] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    paragraphs: int = 0

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.headings)


def read_docx(path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    check_package(path, options)
    try:
        document = python_docx.Document(str(path))
        body = document.element.body
        styles = heading_styles(document.styles.element)
    except Exception as exc:  # noqa: BLE001 - python-docx raises anything on a broken package
        raise ReadError(ErrorCode.corrupt, type(exc).__name__) from exc
    walk = _Walk(styles=styles, text_headings=not has_styled_headings(body, styles))
    _walk_body(body, walk)
    _normalise_boxes(walk)

    errors: list[FileError] = []
    metadata = _core_metadata(document)
    alignment: Alignment | None = None
    rendered_pdf: str | None = None
    if options.render_docx:
        pagination = paginate(
            path, doc_id=doc_id, options=options, texts=[d.text for d in walk.drafts]
        )
        if pagination.error is not None:
            errors.append(pagination.error)
        metadata.update(pagination.metadata)
        alignment, rendered_pdf = pagination.alignment, pagination.pdf_path
    pages, tables, images = _assemble(doc_id, walk, alignment)
    if alignment is not None and rendered_pdf and images:
        pages, picture_errors = read_pictures(pages, rendered_pdf, doc_id, options)
        errors.extend(picture_errors)
    if not any(page.text for page in pages):
        errors.append(_no_text_error())
    return Document(
        id=doc_id,
        path=display_path,
        format="docx",
        pagination="rendered" if alignment else "none",
        pages=pages,
        tables=tables,
        images=images,
        errors=tuple(errors),
        metadata=metadata,
        rendered_pdf=rendered_pdf,
        extractor_version=EXTRACTOR_VERSION,
    )


def _no_text_error() -> FileError:
    return file_error(ErrorCode.no_text, "文档中只有图片或空白", fatal=False)


def _core_metadata(document) -> dict[str, str]:
    metadata: dict[str, str] = {}
    try:
        props = document.core_properties
        for key, value in (("title", props.title), ("author", props.author)):
            if value:
                metadata[key] = str(value)
    except Exception:  # noqa: BLE001 - docProps/core.xml is optional and often malformed
        pass
    return metadata


def _locator(path: tuple[str, ...], leaf: str) -> str:
    return " > ".join([*(h[:_PATH_LABEL] for h in path), leaf])


def _walk_body(parent: etree._Element, walk: _Walk) -> None:
    for child in parent:
        if child.tag == f"{W}p":
            _add_paragraph(child, walk)
        elif child.tag == f"{W}tbl":
            _add_table(child, walk)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None and not placeholder_shown(child):
                _walk_body(content, walk)
        elif child.tag == f"{W}customXml":
            _walk_body(child, walk)


def _add_images(walk: _Walk, count: int, locator: str | None) -> None:
    for _ in range(count):
        label = locator or _locator(walk.path, f"图{len(walk.images) + 1}")
        walk.images.append(
            _DraftImage(anchor=len(walk.drafts), heading_path=walk.path, locator=label)
        )


def _add_paragraph(p: etree._Element, walk: _Walk) -> None:
    content = read_paragraph(p)
    boxed = text_box_tables(p)  # tables drawn in the paragraph's text boxes: read as tables after it
    if not content.text:
        _add_images(walk, content.images, None)
        for tbl in boxed:
            _add_table(tbl, walk)
        return
    level = paragraph_level(p, walk.styles)
    if level is None and walk.text_headings:
        level = text_heading_level(content.text)
    walk.paragraphs += 1
    if level is not None:
        while walk.headings and walk.headings[-1][0] >= level:
            walk.headings.pop()
    path = walk.path
    walk.drafts.append(
        _Draft(
            kind="heading" if level is not None else "paragraph",
            text=content.text,
            heading_path=path,
            locator=_locator(path, f"段落{walk.paragraphs}"),
            heading_level=level,
            hidden=tuple(sorted(content.hidden)),
        )
    )
    if level is not None:
        walk.headings.append((level, " ".join(content.text.split())))
    _add_images(walk, content.images, _locator(path, f"段落{walk.paragraphs}"))
    for tbl in boxed:
        _add_table(tbl, walk)


def _placed_content(cell: PlacedCell) -> tuple[str, set[str], int]:
    text, hidden, images = _cell_content(cell.tc)
    for tc in cell.continued:
        more, more_hidden, more_images = _cell_content(tc)
        text = "\n".join(t for t in (text, more) if t)
        hidden |= more_hidden
        images += more_images
    return text, hidden, images


def _cell_content(tc: etree._Element) -> tuple[str, set[str], int]:
    """A cell's text: its paragraphs, one per line. A table nested in the cell (docling
    word_tables.docx) is flattened into the cell, one nested row per line, so its text is kept
    exactly once and citations stay inside the outer cell the reader can see."""
    lines: list[str] = []
    hidden: set[str] = set()
    images = 0
    for child in iter_cell_children(tc):
        if child.tag == f"{W}p":
            content = read_paragraph(child)
            hidden |= content.hidden
            images += content.images
            if content.text:
                lines.append(content.text)
            continue
        layout = layout_table(child)
        rows: dict[int, list[str]] = {}
        for cell in layout.cells:
            text, inner_hidden, inner_images = _placed_content(cell)
            hidden |= inner_hidden
            images += inner_images
            if text:
                rows.setdefault(cell.row, []).append(text.replace("\n", " "))
        lines.extend(" ".join(rows[r]) for r in sorted(rows))
    return "\n".join(lines), hidden, images


def _add_table(tbl: etree._Element, walk: _Walk) -> None:
    layout = layout_table(tbl)
    index = len(walk.tables)
    rows = [[""] * layout.n_cols for _ in range(layout.n_rows)]
    table = _DraftTable(
        index=index, rows=rows, merged=[], heading_path=walk.path, anchor=len(walk.drafts)
    )
    walk.tables.append(table)
    for cell in layout.cells:
        col_span = min(cell.col_span, layout.n_cols - cell.col)
        if col_span <= 0:
            continue
        text, hidden, images = _placed_content(cell)
        locator = f"表{index + 1} 第{cell.row + 1}行 第{cell.col + 1}列"
        rows[cell.row][cell.col] = text
        if cell.row_span > 1 or col_span > 1:
            table.merged.append((cell.row, cell.col, cell.row_span, col_span))
        if not text:
            _add_images(walk, images, locator)
            continue
        cell_ref = TableCell(
            table_index=index, row=cell.row, col=cell.col, row_span=cell.row_span, col_span=col_span
        )
        walk.drafts.append(
            _Draft(
                kind="table_cell",
                text=text,
                heading_path=walk.path,
                locator=locator,
                table_cell=cell_ref,
                hidden=tuple(sorted(hidden)),
            )
        )
        _add_images(walk, images, locator)


def _normalise_boxes(walk: _Walk) -> None:
    marks = any(has_boxes(d.text) for d in walk.drafts)
    for draft in walk.drafts:
        draft.text = normalise_boxes(draft.text, marks_are_boxes=marks)
    for table in walk.tables:
        table.rows = [
            [normalise_boxes(c, marks_are_boxes=marks) for c in row] for row in table.rows
        ]


@dataclass(frozen=True)
class _Piece:
    """A draft, or the part of it on one rendered page."""

    draft: _Draft
    text: str
    page_index: int
    bbox: BBox | None = None


def _pieces(walk: _Walk, alignment: Alignment | None) -> tuple[list[_Piece], list[int], list[int]]:
    """The pieces in order, and per draft the page it starts on and the page it ends on."""
    if alignment is None:
        return (
            [_Piece(d, d.text, 0) for d in walk.drafts],
            [0] * len(walk.drafts),
            [0] * len(walk.drafts),
        )
    pieces: list[_Piece] = []
    first_pages: list[int] = []
    last_pages: list[int] = []
    for draft, placement in zip(walk.drafts, alignment.placements, strict=True):
        starts = [(0, placement.page_index, placement.bbox)]
        starts += [(c.offset, c.page_index, c.bbox) for c in placement.continued]
        for i, (offset, page_index, bbox) in enumerate(starts):
            end = starts[i + 1][0] if i + 1 < len(starts) else len(draft.text)
            text = draft.text[offset:end].strip()
            if text:
                pieces.append(_Piece(draft, text, page_index, bbox))
        first_pages.append(placement.page_index)
        last_pages.append(starts[-1][1])
    return pieces, first_pages, last_pages


def _assemble(
    doc_id: str, walk: _Walk, alignment: Alignment | None
) -> tuple[tuple[Page, ...], tuple[Table, ...], tuple[ImageRef, ...]]:
    pieces, first_pages, last_pages = _pieces(walk, alignment)
    numbers: list[int | None] = (
        [None] if alignment is None else list(range(1, len(alignment.pages) + 1))
    )

    def page_after(anchor: int) -> int:
        """The page of the draft before `anchor` (where a picture or table follows on)."""
        return last_pages[anchor - 1] if 0 < anchor <= len(last_pages) else (first_pages or [0])[0]

    image_pages = [page_after(img.anchor) for img in walk.images]
    if alignment is not None and len(alignment.image_pages) == len(walk.images):
        # The rendering's own pictures, in order, pin each picture to its page; the anchor is
        # the fallback when LibreOffice drew a chart as vectors and the counts differ.
        image_pages = list(alignment.image_pages)

    by_page: list[list[_Piece]] = [[] for _ in numbers]
    for piece in pieces:
        by_page[piece.page_index].append(piece)
    pages = []
    for page_index, (number, members) in enumerate(zip(numbers, by_page, strict=True)):
        blocks = []
        offset = 0
        for position, piece in enumerate(members):
            draft = piece.draft
            blocks.append(
                Block(
                    id=f"{doc_id[:12]}:p{number or 0}:b{position}",
                    kind=draft.kind,
                    text=piece.text,
                    span=Span(start=offset, end=offset + len(piece.text)),
                    bbox=piece.bbox,
                    heading_level=draft.heading_level,
                    heading_path=draft.heading_path,
                    table_cell=draft.table_cell,
                    checkboxes=read_checkboxes(piece.text),
                    locator=draft.locator,
                    hidden=draft.hidden,
                )
            )
            offset += len(piece.text) + 1
        text = "\n".join(piece.text for piece in members)
        size = alignment.pages[page_index] if alignment is not None else None
        pages.append(
            Page(
                number=number,
                text=text,
                blocks=tuple(blocks),
                source="docx",
                health=assess_page(text, ink_share=None),
                width=size.width if size else None,
                height=size.height if size else None,
                image_count=image_pages.count(page_index),
            )
        )
    tables = tuple(
        Table(
            index=t.index,
            page_number=numbers[
                first_pages[t.anchor] if t.anchor < len(first_pages) else page_after(t.anchor)
            ],
            rows=tuple(tuple(row) for row in t.rows),
            merged=tuple(t.merged),
            locator=f"表{t.index + 1}",
            heading_path=t.heading_path,
        )
        for t in walk.tables
    )
    images = tuple(
        ImageRef(page_number=numbers[p], heading_path=img.heading_path, locator=img.locator)
        for img, p in zip(walk.images, image_pages, strict=True)
    )
    return tuple(pages), tables, images
