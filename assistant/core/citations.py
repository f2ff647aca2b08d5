"""Citations: where a value was read, as file + page + quote (+ bbox), built only by code.

A citation is made from a block of a parsed page, never typed by hand or by a model, so
`page.text[span] == quote` holds by construction (STYLE rule 2). DOCX without a rendering has no
page: `page` is None and the locator (heading path, 表n 第r行) says where to look.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from extractors.model import BBox, Block, Document, Page, Span


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str  # relative to the package root
    page: int | None  # 1-based physical page; None where the file has no pagination
    locator: str = ""
    quote: str
    span: Span | None = None  # into the page text
    bbox: BBox | None = None
    match: Literal["exact", "normalized"] = "exact"
    doc_id: str = ""

    @property
    def place(self) -> str:
        """Where to look, as a reviewer says it: "第7页"; a worksheet cell "工作表“清单”B7"; the
        locator (表2 第5行) where the file has no pages."""
        sheet, bang, cell = self.locator.partition("!")
        if bang and self.page is not None:
            return f"工作表“{sheet}”{cell}"
        if self.page is not None:
            return f"第{self.page}页"
        return self.locator or "位置未知"


def cite_block(document: Document, page: Page, block: Block, *, quote: str | None = None) -> Citation:
    """Cite a whole block, or the part of it given by `quote` (which must occur in the block)."""
    span = block.span
    text = block.text
    if quote is not None and quote != text:
        offset = text.find(quote)
        if offset < 0:
            raise ValueError(f"quote not in block {block.id}")
        span = Span(start=block.span.start + offset, end=block.span.start + offset + len(quote))
        text = quote
    locator = block.locator
    if block.heading_path and not locator.startswith(block.heading_path[0]):
        locator = " > ".join(block.heading_path[-2:]) + (f" {locator}" if locator else "")
    return Citation(
        file=document.path,
        page=page.number,
        locator=locator,
        quote=text,
        span=span,
        bbox=block.bbox,
        doc_id=document.id,
    )


def cite_text(document: Document, page: Page, start: int, end: int) -> Citation:
    """Cite `page.text[start:end]` (a match in the page's text, across blocks if need be): the
    quote as printed, its span, and the locator of the block it starts in."""
    locator = next((b.locator for b in page.blocks if b.span.start <= start < b.span.end), "")
    return Citation(file=document.path, page=page.number, locator=locator, quote=page.text[start:end],
                    span=Span(start=start, end=end), doc_id=document.id)


def cite_blocks(document: Document, page: Page, blocks: list[Block]) -> Citation:
    """One citation spanning consecutive blocks of a page (e.g. a table row: label + value)."""
    first, last = blocks[0], blocks[-1]
    span = Span(start=first.span.start, end=last.span.end)
    bbox = None
    for block in blocks:
        if block.bbox is not None:
            bbox = block.bbox if bbox is None else bbox.union(block.bbox)
    return Citation(
        file=document.path,
        page=page.number,
        locator=first.locator,
        quote=page.text[span.start : span.end],
        span=span,
        bbox=bbox,
        doc_id=document.id,
    )
