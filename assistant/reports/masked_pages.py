"""A cited page as a picture (the workspace's evidence viewer, the HTML report), the cited passage
highlighted and every credential on the page painted over.

Rendering and its disk cache are the report's (`assistant.reports.thumbnails.Thumbnailer`, at a
reading width). A rendered page shows everything printed on it — including the 平台网址 login the
申报表 must give (assistant.core.privacy) — so before a page is shown, each credential is located and
covered: on a text page (a PDF, or the LibreOffice rendering of a DOCX) by PDFium's own character
boxes, on an OCR page by its line's bbox from the credential onwards. A page whose credential
cannot be located is not shown at all (the text view is used instead): never a secret on screen.

Must not: decide what to cite; read anything outside the package and the workspace cache.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PIL import Image, ImageDraw

from assistant.core.citations import Citation
from assistant.core.privacy import secrets_in
from assistant.package.model import Package
from assistant.reports.thumbnails import Thumbnailer, encode_png
from extractors.model import Document, Page

log = logging.getLogger(__name__)

VIEW_WIDTH = 900
_MARGIN = 2.0  # points around a masked credential
Box = tuple[float, float, float, float]  # x0, top, x1, bottom in image pixels


class SecretNotLocated(Exception):
    """A page carries a credential whose place on the rendered page is unknown."""


def page_png(package: Package, citation: Citation, cache_dir: Path, *, passwords: dict[str, str] | None = None,
             width: int = VIEW_WIDTH) -> bytes | None:
    """The cited page at `width` pixels, bbox highlighted, credentials covered; None when the
    file has no pages to show (DOCX without rendering, XLSX) or a credential could not be
    located."""
    member = package.file(citation.file)
    if member is None or citation.page is None:
        return None
    png = Thumbnailer(package, cache_dir, passwords=passwords, width=width).png(citation)
    if png is None:
        return None
    document = member.document
    page = next((p for p in document.pages if p.number == citation.page), None)
    if page is None:
        return None
    image = Image.open(io.BytesIO(png)).convert("RGB")
    try:
        boxes = secret_boxes(package, document, page, image.width, passwords)
    except SecretNotLocated:
        log.warning("credential on %s p%s not located; page not shown", citation.file, citation.page)
        return None
    if not boxes:
        return png
    return encode_png(cover(image, boxes))


def cover(image: Image.Image, boxes: list[Box]) -> Image.Image:
    draw = ImageDraw.Draw(image)
    for box in boxes:
        draw.rectangle(box, fill=(40, 40, 40))
    return image


def secret_boxes(package: Package, document: Document, page: Page, image_width: int,
                 passwords: dict[str, str] | None = None) -> list[Box]:
    secrets = set(secrets_in(page.text))
    boxes: list[Box] = []
    source = _text_pdf(package, document)
    if source is not None:
        password = (passwords or {}).get(document.path) or (passwords or {}).get(document.path.rsplit("/", 1)[-1])
        boxes, secrets = _pdf_boxes(source, page.number, secrets, image_width, password if document.format == "pdf" else None)
    # What the text layer does not have was read by OCR: its lines carry the geometry.
    return boxes + (_block_boxes(page, secrets, image_width) if secrets else [])


def _text_pdf(package: Package, document: Document) -> Path | None:
    """The PDF the page image was rendered from, when its text layer can locate characters."""
    if document.format == "docx" and document.rendered_pdf:
        path = Path(document.rendered_pdf)
    elif document.format == "pdf":
        path = package.location(document.path)
    else:
        return None
    return path if path.is_file() else None


def _pdf_boxes(source: Path, page_number: int, secrets: set[str], image_width: int,
               password: str | None) -> tuple[list[Box], set[str]]:
    """Boxes of every credential the PDF's text layer has, and the credentials it does not have."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source), password=password)
    try:
        pdf_page = pdf[page_number - 1]
        left, _bottom, right, top = pdf_page.get_cropbox()
        scale = image_width / (right - left)
        textpage = pdf_page.get_textpage()
        secrets |= set(secrets_in(textpage.get_text_bounded()))
        boxes, missing = [], set()
        for secret in secrets:
            searcher = textpage.search(secret, match_case=True)
            found = False
            while (hit := searcher.get_next()) is not None:
                found = True
                chars = [textpage.get_charbox(i) for i in range(hit[0], hit[0] + hit[1])]
                x0, y0 = min(c[0] for c in chars), min(c[1] for c in chars)
                x1, y1 = max(c[2] for c in chars), max(c[3] for c in chars)
                boxes.append(((x0 - left - _MARGIN) * scale, (top - y1 - _MARGIN) * scale,
                              (x1 - left + _MARGIN) * scale, (top - y0 + _MARGIN) * scale))
            if not found:
                missing.add(secret)
        return boxes, missing
    finally:
        pdf.close()


def _block_boxes(page: Page, secrets: set[str], image_width: int) -> list[Box]:
    """OCR lines: cover the line from where the credential starts (proportionally) to its end."""
    if not page.width:
        raise SecretNotLocated("page without width")
    scale = image_width / page.width
    boxes = []
    for secret in secrets:
        located = False
        for block in page.blocks:
            at = block.text.find(secret)
            if at < 0 or block.bbox is None or "\n" in block.text:
                continue
            located = True
            box = block.bbox
            start = box.x0 + (box.x1 - box.x0) * at / max(len(block.text), 1)
            boxes.append(((start - 3 * _MARGIN) * scale, (box.top - _MARGIN) * scale,
                          (box.x1 + _MARGIN) * scale, (box.bottom + _MARGIN) * scale))
        if not located:
            raise SecretNotLocated(secret)
    return boxes


class MaskedThumbnails:
    """The `thumbnails` of `assistant.reports.html_report.render_html`, credentials covered: the
    report a reviewer downloads from the workspace shows no login either."""

    def __init__(self, package: Package, cache_dir: Path, *, passwords: dict[str, str] | None = None,
                 width: int = 320):
        self.package, self.cache_dir, self.passwords, self.width = package, cache_dir, passwords, width

    def data_uri(self, citation: Citation, *, detail: bool = False) -> str | None:
        import base64

        if detail:
            return None  # the page thumbnail carries the highlight; no unmasked zoom leaves the app
        png = page_png(self.package, citation, self.cache_dir, passwords=self.passwords, width=self.width)
        return None if png is None else "data:image/png;base64," + base64.b64encode(png).decode("ascii")
