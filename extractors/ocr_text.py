"""OCR lines → page text and `ocr_line` blocks: a scanned page's (`ocr_blocks`), or the pictures'
lines appended to a page that has text of its own (`picture_blocks`: a PDF page's text layer, a
rendered Word page). Must not run OCR (`extractors.ocr`) or decide which pages need it.
"""

from __future__ import annotations

from extractors.model import BBox, Block, Span
from extractors.ocr import OcrLine


def ocr_blocks(
    lines: tuple[OcrLine, ...], doc_id: str, number: int
) -> tuple[str, tuple[Block, ...]]:
    """OCR lines → page text (lines joined by "\n") and `ocr_line` blocks with their boxes."""
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for k, line in enumerate(lines):
        if k:
            offset += 1
        end = offset + len(line.text)
        bbox = BBox(
            x0=round(line.bbox.x0, 2),
            top=round(line.bbox.top, 2),
            x1=round(line.bbox.x1, 2),
            bottom=round(line.bbox.bottom, 2),
        )
        blocks.append(
            Block(
                id=f"{doc_id[:12]}:p{number}:b{k}",
                kind="ocr_line",
                text=line.text,
                span=Span(start=offset, end=end),
                bbox=bbox,
                locator=f"第{number}页 第{k + 1}行（OCR）",
            )
        )
        parts.append(line.text)
        offset = end
    return "\n".join(parts), tuple(blocks)


def picture_blocks(text: str, blocks: list, picture, doc_id: str, number: int) -> tuple[str, list]:
    """A page's text and blocks followed by the OCR lines of its pictures (`ocr_line` blocks, as
    dicts, with their boxes), spans continuing after the page's own text: the text layer of a PDF
    page, the words of a rendered Word page."""
    parts = [text] if text else []
    offset = len(text)
    blocks = list(blocks)
    prefix = f"{doc_id[:12]}:p{number}:o"
    for k, line in enumerate(picture):
        if parts:
            offset += 1
        end = offset + len(line.text)
        blocks.append({
            "id": f"{prefix}{k}",
            "kind": "ocr_line",
            "text": line.text,
            "span": {"start": offset, "end": end},
            "bbox": line.bbox.model_dump(),
            "locator": f"第{number}页 图中第{k + 1}行（OCR）",
        })
        parts.append(line.text)
        offset = end
    return "\n".join(parts), blocks
