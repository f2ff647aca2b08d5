"""Parsed documents and packages built in memory: exact control over text, pages and hidden text.

Used where a test needs a specific page (a 利润表 with "单位：元", a white-text injection) without
parsing a file. The objects are the real types (`Document`, `Package`), so every invariant the
readers keep (`page.text[block.span] == block.text`) holds here too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from assistant.package.model import Classification, FileRole, Package, PackageFile
from extractors.model import BBox, Block, Document, Page, Span

Line = str | tuple[str, tuple[str, ...]]  # text, or (text, hidden reasons)


def document(path: str, pages: Sequence[Sequence[Line]], *, fmt: str = "pdf") -> Document:
    digest = hashlib.sha256(repr((path, pages)).encode()).hexdigest()
    built = []
    for number, lines in enumerate(pages, start=1):
        text, blocks, offset = "", [], 0
        for index, line in enumerate(lines):
            content, hidden = (line, ()) if isinstance(line, str) else line
            if index:
                text += "\n"
                offset += 1
            text += content
            top = 60.0 + 20 * index
            blocks.append(Block(
                id=f"{digest[:12]}:p{number}:b{index}", kind="line", text=content,
                span=Span(start=offset, end=offset + len(content)),
                bbox=BBox(x0=60.0, top=top, x1=60.0 + 12 * len(content), bottom=top + 12),
                locator=f"第{number}页 第{index + 1}行", hidden=hidden,
            ))
            offset += len(content)
        built.append(Page(number=number, text=text, blocks=tuple(blocks), width=595.0, height=842.0))
    return Document(id=digest, path=path, format=fmt, pagination="physical", pages=tuple(built),
                    extractor_version="test")


def package(root: Path, members: Sequence[tuple[Document, FileRole]]) -> Package:
    files = tuple(
        PackageFile(path=doc.path, document=doc,
                    classification=Classification(role=role, confidence=1.0, reasons=("test",)),
                    cached=False, parse_seconds=0.0)
        for doc, role in members
    )
    identity = "\n".join(f"{f.path}\t{f.document.id}" for f in files)
    return Package(id=hashlib.sha256(identity.encode()).hexdigest(), source=str(root), root=str(root), files=files)
