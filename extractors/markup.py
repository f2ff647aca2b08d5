"""Saved web pages (HTML, MHT/MHTML) and RTF → `Document`.

Dashboards and back-office pages arrive as a browser's 「网页另存为」: an `.html` file or a one-file
`.mht` archive (MIME, the page quoted-printable or base64 inside); notes and letters come as RTF
from WordPad or WPS. Reading them as plain text would give tags or control words.

- HTML: parsed by lxml (its HTML parser tolerates what browsers save, and honours the page's
  declared charset); scripts, styles and the head are dropped; block elements become paragraphs
  and every `<table>` a `Table` (a spanning cell's text once, top-left, like DOCX tables) whose
  cells are `table_cell` blocks. A saved page is one continuous page: `number=1`.
- MHT: the first `text/html` part of the MIME archive, decoded by its own transfer encoding and
  charset (the standard library's `email`), then read as HTML.
- RTF: converted to DOCX by LibreOffice where installed (real tables and rendered page numbers, as
  for .doc); otherwise its text through striprtf, with the code page the file declares
  (`\\ansicpg936` for Chinese), one paragraph per line.

This module must not interpret the text.
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import lxml.html
from striprtf.striprtf import rtf_to_text

from extractors.errors import ReadError, file_error
from extractors.health import assess_page
from extractors.model import (
    EXTRACTOR_VERSION,
    Block,
    Document,
    ErrorCode,
    Page,
    Span,
    Table,
    TableCell,
)
from extractors.options import ReadOptions

_SKIP = {"script", "style", "noscript", "head", "title", "template", "svg"}
_BLOCK = {"p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "li", "dt", "dd",
          "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "form", "fieldset", "figure",
          "figcaption", "caption", "label", "ul", "ol", "dl", "address", "br", "hr"}
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")
_MAX_TABLE_CELLS = 200_000


def sniff_markup(head: bytes, suffix: str) -> str | None:
    """'rtf' | 'mht' | 'html' for a file the reader judged to be text, None for other text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{\\rtf"):
        return "rtf"
    lowered = start[:2048].lower()
    if suffix in (".mht", ".mhtml") or (b"mime-version:" in lowered and b"multipart/related" in lowered):
        return "mht"
    if suffix in (".htm", ".html", ".xhtml") or lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) \
            and b"<html" in lowered:
        return "html"
    return None


def read_markup(kind: str, path: Path, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    data = path.read_bytes()
    if len(data) > options.max_file_bytes:
        raise ReadError(ErrorCode.too_large, f"{len(data) / 1e6:.1f} MB")
    if kind == "rtf":
        return _read_rtf(path, data, doc_id=doc_id, display_path=display_path, options=options)
    if kind == "mht":
        data = _mht_html(data)
    return _read_html(data, doc_id=doc_id, display_path=display_path, source_format=kind)


def _mht_html(data: bytes) -> bytes:
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset:  # re-declared for lxml, which otherwise trusts the page's own <meta>
                try:
                    return payload.decode(charset, errors="replace").encode("utf-8")
                except LookupError:
                    pass
            return payload
    raise ReadError(ErrorCode.corrupt, "MHT 文件中没有网页内容")


class _Text:
    """The page text, built block by block so that every block's span points into it."""

    def __init__(self, doc_id: str):
        self.doc_id, self.parts, self.blocks, self.length = doc_id, [], [], 0

    def add(self, text: str, kind: str, locator: str, **extra) -> None:
        text = " ".join(text.split())
        if not text:
            return
        if self.parts:
            self.parts.append("\n")
            self.length += 1
        span = Span(start=self.length, end=self.length + len(text))
        self.parts.append(text)
        self.length += len(text)
        self.blocks.append(Block(id=f"{self.doc_id[:12]}:p1:b{len(self.blocks)}", kind=kind, text=text,
                                 span=span, locator=locator, **extra))

    def document(self, display_path: str, metadata: dict[str, str], tables: list[Table] | None = None) -> Document:
        """The one page these blocks make (a saved page or a note has no pages of its own: page 1)."""
        text = "".join(self.parts)
        errors = () if self.blocks else (file_error(ErrorCode.no_text, fatal=False),)
        page = Page(number=1, text=text, blocks=tuple(self.blocks), source="text", health=assess_page(text, ink_share=None))
        return Document(id=self.doc_id, path=display_path, format="text", pagination="physical", pages=(page,),
                        tables=tuple(tables or ()), errors=errors, metadata=metadata, extractor_version=EXTRACTOR_VERSION)


def _read_html(data: bytes, *, doc_id: str, display_path: str, source_format: str) -> Document:
    try:
        root = lxml.html.document_fromstring(data)
    except Exception as exc:  # noqa: BLE001 - lxml raises ParserError/ValueError on junk
        raise ReadError(ErrorCode.corrupt, type(exc).__name__) from exc
    out, tables, pending = _Text(doc_id), [], []
    title = " ".join((root.findtext(".//title") or "").split())
    headings: list[str] = []

    def flush() -> None:
        if pending:
            out.add("".join(pending), "paragraph", f"段落{len(out.blocks) + 1}", heading_path=tuple(headings))
            pending.clear()

    def walk(element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else None
        if tag is None or tag in _SKIP:  # a comment or processing instruction, a script: only its tail
            pending.append(element.tail or "")
            return
        if tag == "table":
            flush()
            _table(element, out, tables, tuple(headings))
        elif tag in _HEADING:
            flush()
            text = element.text_content()
            out.add(text, "heading", f"标题{len(out.blocks) + 1}", heading_level=_HEADING[tag])
            del headings[_HEADING[tag] - 1:]
            headings.append(" ".join(text.split()))
        else:
            if tag in _BLOCK:
                flush()
            pending.append(element.text or "")
            for child in element:
                walk(child)
            if tag in _BLOCK:
                flush()
        pending.append(element.tail or "")

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return out.document(display_path, {"markup": source_format, **({"title": title} if title else {})}, tables)


def _table(element, out: _Text, tables: list[Table], headings: tuple[str, ...]) -> None:
    grid: dict[tuple[int, int], str] = {}
    merged = []
    rows = [tr for tr in element.iter("tr") if _owner_table(tr) is element]
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            rowspan, colspan = _span(cell.get("rowspan")), _span(cell.get("colspan"))
            if len(grid) + rowspan * colspan > _MAX_TABLE_CELLS:
                break
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = ""
            grid[(r, c)] = " ".join(cell.text_content().split())
            if rowspan > 1 or colspan > 1:
                merged.append((r, c, rowspan, colspan))
            c += colspan
    if not grid:
        return
    height = max(r for r, _ in grid) + 1
    width = max(c for _, c in grid) + 1
    index = len(tables)
    matrix = tuple(tuple(grid.get((r, c), "") for c in range(width)) for r in range(height))
    for r, row in enumerate(matrix):
        for c, value in enumerate(row):
            span = next(((rs, cs) for (mr, mc, rs, cs) in merged if (mr, mc) == (r, c)), (1, 1))
            out.add(value, "table_cell", f"表{index + 1} 第{r + 1}行 第{c + 1}列", heading_path=headings,
                    table_cell=TableCell(table_index=index, row=r, col=c, row_span=span[0], col_span=span[1]))
    tables.append(Table(index=index, page_number=1, rows=matrix, merged=tuple(merged), locator=f"表{index + 1}",
                        heading_path=headings))


def _owner_table(tr):
    parent = tr.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def _read_rtf(path: Path, data: bytes, *, doc_id: str, display_path: str, options: ReadOptions) -> Document:
    from extractors.legacy import convert_with_office

    converted = convert_with_office(path, doc_id=doc_id, display_path=display_path, options=options,
                                    source_suffix=".rtf")
    if converted is not None:
        return converted.model_copy(update={"metadata": {**converted.metadata, "converted_from": "rtf"}})
    found = _CODEPAGE.search(data[:4096])
    encoding = f"cp{found.group(1).decode()}" if found else "cp1252"
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=encoding, errors="replace")
    except LookupError:
        text = rtf_to_text(data.decode("latin-1"), encoding="gb18030", errors="replace")
    except Exception as exc:  # noqa: BLE001 - a malformed group structure
        raise ReadError(ErrorCode.corrupt, type(exc).__name__) from exc
    out = _Text(doc_id)
    for number, line in enumerate(text.replace("\r", "\n").split("\n"), start=1):
        out.add(line, "paragraph", f"第{number}行")
    return out.document(display_path, {"markup": "rtf", "encoding": encoding})


__all__ = ["read_markup", "sniff_markup"]
