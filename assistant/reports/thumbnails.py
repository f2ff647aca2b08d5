"""Page thumbnails for the HTML report: a cited page, small, with the citation's bbox highlighted.

A PDF page is rendered with pypdfium2; a DOCX page from its LibreOffice rendering
(`Document.rendered_pdf`), whose pages are the ones the citations count; an image file is scaled
as is. Files without pagination (XLSX, DOCX without a rendering) get no thumbnail: the report
shows the locator and the quote instead, never a made-up page. PNGs are cached in the workspace
by (document sha, page, bbox, width), so a second review renders nothing.

Must not: decide what to cite, or read anything outside the package and the workspace cache. A
page that cannot be rendered yields no thumbnail, never an error of the run.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import os
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from assistant.core.citations import Citation
from assistant.package.model import Package
from extractors.model import BBox, Document

log = logging.getLogger(__name__)

THUMBNAIL_WIDTH = 320
HIGHLIGHT_FILL = (255, 196, 0, 110)  # translucent amber: the text under it stays readable
HIGHLIGHT_OUTLINE = (220, 30, 30, 255)
DETAIL_SCALE = 2.0  # pixels per point: 10.5 pt CJK text becomes ~21 px, legible
DETAIL_MARGIN_X = 90.0  # points of context left and right of the bbox
DETAIL_MARGIN_Y = 28.0  # about two lines above and below
DETAIL_MAX_WIDTH = 640
_CACHE_VERSION = "2"  # 2: pages read turned are drawn turned (Page.turn)


class Thumbnailer:
    """Thumbnails of one package's cited pages, as `data:image/png;base64,…` URIs."""

    def __init__(self, package: Package, cache_dir: Path, *, passwords: dict[str, str] | None = None,
                 width: int = THUMBNAIL_WIDTH):
        self.package = package
        self.cache_dir = cache_dir
        self.passwords = passwords or {}
        self.width = width

    def data_uri(self, citation: Citation, *, detail: bool = False) -> str | None:
        png = self.detail_png(citation) if detail else self.png(citation)
        return None if png is None else "data:image/png;base64," + base64.b64encode(png).decode("ascii")

    def png(self, citation: Citation) -> bytes | None:
        """The whole cited page, `width` pixels wide, the bbox highlighted."""
        return self._cached(citation, "page", lambda page_width: self.width / page_width)

    def detail_png(self, citation: Citation) -> bytes | None:
        """The neighbourhood of the bbox at reading size: on a scan it shows what OCR read."""
        if citation.bbox is None:
            return None
        return self._cached(citation, "detail", lambda _page_width: DETAIL_SCALE, detail=True)

    def _cached(self, citation: Citation, kind: str, scale_for, *, detail: bool = False) -> bytes | None:
        member = self.package.file(citation.file)
        if member is None or citation.page is None:
            return None
        document = member.document
        source = self._source(document, citation.file)
        page_width = _page_width(document, citation.page)
        if source is None or not page_width:
            return None
        key = cache_key(document.id, citation.page, citation.bbox, f"{kind}{self.width}")
        path = self.cache_dir / f"{key}.png"
        if path.is_file():
            return path.read_bytes()
        scale = scale_for(page_width)
        region = _detail_region(citation.bbox, document, citation.page) if detail else None
        try:
            image = _render(source, document.format, citation.page, scale, page_width,
                            self._password(citation.file), region, _page_turn(document, citation.page))
        except Exception as exc:  # noqa: BLE001 - a page that will not render loses its thumbnail only
            log.warning("no thumbnail for %s p%s: %s", citation.file, citation.page, exc)
            return None
        if image is None:
            return None
        image = highlight(image, citation.bbox, scale, origin=(region[0], region[1]) if region else (0.0, 0.0))
        if detail and image.width > DETAIL_MAX_WIDTH:
            image = image.resize((DETAIL_MAX_WIDTH, max(1, round(image.height * DETAIL_MAX_WIDTH / image.width))),
                                 Image.Resampling.LANCZOS)
        png = encode_png(image)
        _write_atomic(path, png)
        return png

    def _source(self, document: Document, rel: str) -> Path | None:
        if document.format in ("pdf", "image") and document.pagination == "physical":
            path = self.package.location(rel)
        elif document.format == "docx" and document.rendered_pdf:
            path = Path(document.rendered_pdf)
        else:
            return None
        return path if path.is_file() else None

    def _password(self, rel: str) -> str | None:
        return self.passwords.get(rel) or self.passwords.get(rel.rsplit("/", 1)[-1])


def cache_key(doc_id: str, page_number: int, bbox: BBox | None, variant: str) -> str:
    box = "-" if bbox is None else ",".join(f"{v:.1f}" for v in (bbox.x0, bbox.top, bbox.x1, bbox.bottom))
    return hashlib.sha256(f"{_CACHE_VERSION}|{doc_id}|{page_number}|{box}|{variant}".encode()).hexdigest()[:32]


def _page_width(document: Document, page_number: int) -> float | None:
    page = next((p for p in document.pages if p.number == page_number), None)
    return page.width if page is not None else None


def _page_turn(document: Document, page_number: int) -> int:
    page = next((p for p in document.pages if p.number == page_number), None)
    return page.turn if page is not None else 0


Region = tuple[float, float, float, float]  # x0, top, x1, bottom in page units, as displayed


def _detail_region(bbox: BBox, document: Document, page_number: int) -> Region:
    page = next(p for p in document.pages if p.number == page_number)
    width, height = page.width or bbox.x1, page.height or bbox.bottom
    return (max(0.0, bbox.x0 - DETAIL_MARGIN_X), max(0.0, bbox.top - DETAIL_MARGIN_Y),
            min(width, bbox.x1 + DETAIL_MARGIN_X), min(height, bbox.bottom + DETAIL_MARGIN_Y))


def _render(source: Path, file_format: str, page_number: int, scale: float, page_width: float,
            password: str | None, region: Region | None, turn: int = 0) -> Image.Image | None:
    """The page as it was read (crop box, /Rotate, then turned clockwise by `turn` like the
    reader turned it: the frame block bboxes are given in), or the `region` of it, at `scale`
    pixels per page unit."""
    if file_format == "image":
        with Image.open(source) as opened:
            opened.seek(0)  # multi-frame files are read on their first frame (extractors.image)
            image = ImageOps.exif_transpose(opened).convert("RGB")
        if turn:
            image = image.rotate(-turn, expand=True)  # PIL turns anticlockwise
        if region is not None:  # an image page is 1 pixel = 1 unit (extractors.image)
            image = image.crop(tuple(round(v) for v in region))
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        return image.resize(size, Image.Resampling.LANCZOS)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source), password=password)
    try:
        if not 1 <= page_number <= len(pdf):
            return None
        page = pdf[page_number - 1]
        page.set_rotation((page.get_rotation() + turn) % 360)  # as the reader turned it: the bboxes are in that frame
        rendered_width, rendered_height = page.get_size()
        # The parsed page's frame and PDFium's size agree for the same file; should a rendering
        # differ, it is scaled to the frame the bboxes are in.
        ratio = rendered_width / page_width if rendered_width else 1.0
        crop = (0, 0, 0, 0)
        if region is not None:  # PDFium crops in points from each displayed edge: no full render
            x0, top, x1, bottom = (v * ratio for v in region)
            crop = (x0, rendered_height - bottom, rendered_width - x1, top)
        bitmap = page.render(scale=scale / ratio, crop=crop)
        return bitmap.to_pil().convert("RGB")
    finally:
        pdf.close()


def highlight(image: Image.Image, bbox: BBox | None, scale: float | None,
              origin: tuple[float, float] = (0.0, 0.0)) -> Image.Image:
    """The image with `bbox` tinted and outlined; pixel = (page unit − origin) × `scale`."""
    if bbox is None or scale is None:
        return image
    margin = 2
    left, top = origin
    box = ((bbox.x0 - left) * scale - margin, (bbox.top - top) * scale - margin,
           (bbox.x1 - left) * scale + margin, (bbox.bottom - top) * scale + margin)
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    ImageDraw.Draw(overlay).rectangle(box, fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_OUTLINE, width=2)
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def encode_png(image: Image.Image) -> bytes:
    # A 256-colour palette keeps a page thumbnail near 20 kB: the report embeds many of them.
    buffer = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
