"""Plain-text files → `Document`: one page, one block per non-empty line.

Applicants' notes and exported text come in UTF-8 (with or without BOM), UTF-16 with BOM, or
GB18030 from Chinese Windows editors. A text file has no pages of its own: it is page 1, as a
saved web page is (`extractors.markup`) and a CSV export's one sheet (`extractors.delimited`) —
the one unit a reviewer opens, cited by its line; a line is a paragraph (Notepad and most Chinese editors write one paragraph per line), and its locator is
"第n行". The page text is the decoded file with line endings unified, so spans point into it.
This module must not interpret the text.
"""

from __future__ import annotations

from pathlib import Path

from extractors.errors import ReadError, file_error
from extractors.health import assess_page
from extractors.model import EXTRACTOR_VERSION, Block, Document, ErrorCode, Page, Span
from extractors.options import ReadOptions


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), "utf-8 (damaged)"


def read_text(path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    data = path.read_bytes()
    if len(data) > options.max_file_bytes:
        raise ReadError(ErrorCode.too_large, f"{len(data) / 1e6:.1f} MB")
    if not data.strip():
        raise ReadError(ErrorCode.empty_file)
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    blocks: list[Block] = []
    offset = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            blocks.append(
                Block(
                    id=f"{doc_id[:12]}:p0:b{len(blocks)}",
                    kind="paragraph",
                    text=stripped,
                    span=Span(start=start, end=start + len(stripped)),
                    locator=f"第{line_number}行",
                )
            )
        offset += len(line) + 1
    errors = () if blocks else (file_error(ErrorCode.no_text, fatal=False),)
    return Document(
        id=doc_id,
        path=display_path,
        format="text",
        pagination="physical",
        pages=(
            Page(
                number=1,
                text=text,
                blocks=tuple(blocks),
                source="text",
                health=assess_page(text, ink_share=None),
            ),
        ),
        errors=errors,
        metadata={"encoding": encoding},
        extractor_version=EXTRACTOR_VERSION,
    )
