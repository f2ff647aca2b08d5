"""The text inside a Word file's pictures: screenshots pasted into a 截图汇编.docx, a scanned
certificate inserted as an image, a dashboard captured into the 申报书.

A Word file's own text comes from its XML (`extractors.docx`); its pictures have none. Where the
file was rendered (`docx_render`), each rendered page holding a picture is drawn and OCR'd, and the
lines whose centre lies inside a picture become `ocr_line` blocks of that page, with their boxes
in the rendered page's frame (the one the file's text blocks use), so a figure on a pasted
screenshot is cited on its page like any other. Without a rendering there are no pages to place
them on, and pictures stay unread (`Document.images` still counts them).

Only pages that are mostly picture are read (their own text at most `_OWN_TEXT_MAX` characters:
a caption, a heading), and on them only pictures covering at least `_MIN_SHARE` of the page (not
logos, icons, signature marks), at most `_MAX_PAGES` pages per file.
"""

from __future__ import annotations

import logging

from extractors.errors import file_error
from extractors.model import BBox, ErrorCode, FileError, Page
from extractors.ocr import PRESETS, recognize
from extractors.ocr_text import picture_blocks
from extractors.options import ReadOptions

log = logging.getLogger(__name__)

_MIN_SHARE = 0.04  # of the page's area: a screenshot, a scanned certificate; not a logo
# A page that is mostly picture: its own text is a caption or a heading. The diagrams among a
# 申报书's paragraphs are illustrations, not proofs, and would cost seconds of OCR each.
_OWN_TEXT_MAX = 300
_MAX_PAGES = 60
_MAX_SIDE_PX = 4000


def read_pictures(pages: tuple[Page, ...], rendered_pdf: str, doc_id: str,
                  options: ReadOptions) -> tuple[tuple[Page, ...], list[FileError]]:
    """`pages` with the OCR'd text of their pictures appended; errors for pictures that failed."""
    wanted = [page for page in pages if page.image_count and page.number is not None
              and len(page.text) <= _OWN_TEXT_MAX][:_MAX_PAGES]
    if not options.ocr or not wanted:
        return pages, []
    import pypdfium2 as pdfium

    errors: list[FileError] = []
    read: dict[int, Page] = {}
    try:
        pdf = pdfium.PdfDocument(rendered_pdf)
    except Exception as exc:  # noqa: BLE001 - the rendering is ours, but a damaged cache file must not fail the file
        log.warning("cannot open the rendering %s: %r", rendered_pdf, exc)
        return pages, []
    try:
        for page in wanted:
            if page.number > len(pdf):
                continue
            try:
                lines = _picture_lines(pdf[page.number - 1], options)
            except Exception as exc:  # noqa: BLE001 - a failed OCR loses that page's pictures only
                log.warning("picture OCR failed on rendered page %d: %r", page.number, exc)
                errors.append(file_error(ErrorCode.ocr_failed, type(exc).__name__,
                                         page_number=page.number, fatal=False))
                continue
            if lines:
                read[page.number] = _with_lines(page, lines, doc_id)
    finally:
        pdf.close()
    return tuple(read.get(page.number, page) for page in pages), errors


def _picture_lines(page, options: ReadOptions) -> list:
    """OCR lines of the rendered page whose centre falls inside one of its large pictures."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    if page.get_rotation() % 360 or width <= 0 or height <= 0:
        return []  # LibreOffice writes upright pages; anything else is not a rendering of ours
    frames = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if (right - left) * (top - bottom) >= _MIN_SHARE * width * height:
            frames.append((left, height - top, right, height - bottom))
    if not frames:
        return []
    scale = min(options.ocr_scale, _MAX_SIDE_PX / max(width, height))
    bgr = page.render(scale=scale).to_numpy()[:, :, :3]
    result = recognize(bgr, scale=scale, cache_dir=options.cache_dir, settings=PRESETS[options.ocr_preset])

    def inside(box: BBox) -> bool:
        cx, cy = (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2
        return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in frames)

    # A picture pasted turned is not turned back: its boxes must stay on the rendered page.
    return [line for line in result.lines if inside(line.bbox)]


def _with_lines(page: Page, lines: list, doc_id: str) -> Page:
    """The page with `lines` as `ocr_line` blocks after its own blocks, spans continuing."""
    text, blocks = picture_blocks(page.text, list(page.blocks), lines, doc_id, page.number)
    reasons = (*page.health.reasons, f"picture_text: {len(lines)} lines")
    return Page.model_validate({**{name: getattr(page, name) for name in Page.model_fields}, "text": text,
                                "blocks": blocks, "health": page.health.model_copy(update={"reasons": reasons})})
