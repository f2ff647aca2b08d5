"""One PDF page → `Page`: its text layer as line blocks, a health verdict, OCR where the text
layer fails or pictures cover the page, and the tables of a ruled page.

Owns the page-level choices: confirming white text by rendering, rendering the page tiny for the
ink check only when its text is thin and its drawing rich (`INK_CHECK_*`), OCR of the whole page
when its health says so and the budget allows (`OcrBudget`), OCR of the pictures on an otherwise
healthy page (a dashboard screenshot under a caption), the table search of a ruled page within
its time, and the page's assembly with its blocks. The line geometry lives in
`extractors.pdf_page`, tables in `extractors.pdf_tables`, the verdicts in `extractors.health`,
recognition in `extractors.ocr`.

Must not: open files, decide page limits or the file's time budget, or catch a page's failure
(`extractors.pdf` owns the document flow); never interpret content (no indicators, no numbers).
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, field

from extractors.errors import file_error
from extractors.health import assess_page, measure_ink
from extractors.model import ErrorCode, FileError, HealthVerdict, Page, Table
from extractors.ocr import PRESETS, recognize
from extractors.ocr_text import ocr_blocks, picture_blocks
from extractors.options import ReadOptions
from extractors.pdf_direction import turn_upright
from extractors.pdf_occlusion import flag_occluded, searchable_scan
from extractors.pdf_page import (
    PageFrame,
    TextLine,
    confirm_white,
    frame_of,
    read_text,
)
from extractors.pdf_tables import PageCensus, RuledTables, take_census

log = logging.getLogger(__name__)

INK_SCALE = 0.3  # 72 dpi × 0.3: an A4 page is 179×253 pixels, a few ms to render
# A page may declare any size: a 300-byte file with a 200,000 pt MediaBox made a 60,000² bitmap
# at scale 0.3 (tests/hostile: 20 GB, 113 s). Larger pages are rendered smaller (A0 fits).
INK_MAX_SIDE_PX = 2000
# Pages with this many characters are not rendered for the ink check: a text layer that dense
# is not a scan with a stray caption (the sparse rule needs chars < 3000 × uncovered ink).
INK_CHECK_MAX_CHARS = 400
# Between these, a page is rendered only if something besides text and rules is drawn: ink the
# text layer misses comes from images or vector paths (outlined glyphs), nothing else.
INK_CHECK_ALWAYS_CHARS = 50
INK_DRAWINGS = 20
# pdfminer behind pdfplumber is pure Python and can crawl on damaged streams; one page's table
# search gets this long (and never more than the file's remaining time budget).
TABLE_PAGE_SECONDS = 10.0
OCR_MAX_SIDE_PX = 4000  # a poster-sized page is OCR'd at a lower scale rather than 100 MP
# A page whose pictures cover this share of it has its pictures read too, even when its text
# layer is healthy: a dashboard screenshot pasted into a Word page under a caption ("图1 平台数据
# 总览") carries the figures, the text layer only the caption.
PICTURE_MIN_SHARE = 0.08
_INK_PAD_PX = 1


@dataclass
class OcrBudget:
    """The pages of one file that may still be OCR'd (`ReadOptions.ocr_max_pages`), and those skipped."""

    limit: int
    used: int = 0
    skipped: list[int] = field(default_factory=list)

    def take(self, page_number: int) -> bool:
        if self.used >= self.limit:
            self.skipped.append(page_number)
            return False
        self.used += 1
        return True

    def errors(self) -> list[FileError]:
        if not self.skipped:
            return []
        first, last = self.skipped[0], self.skipped[-1]
        where = (
            f"第{first}页" if first == last else f"第{first}–{last}页中的 {len(self.skipped)} 页"
        )
        detail = f"超过每个文件的 OCR 页数上限（{self.limit} 页），{where}未识别"
        return [file_error(ErrorCode.ocr_failed, detail, page_number=first, fatal=False)]


@dataclass
class PageResult:
    page: Page
    tables: list[Table]
    errors: list[FileError]


def read_page(
    pdf,
    index: int,
    doc_id: str,
    options: ReadOptions,
    budget: OcrBudget,
    ruled: RuledTables | None,
    first_table: int,
    started: float,
) -> PageResult:
    """Page `index` (0-based) of the open document; `first_table` is the index its first table
    gets, `started` when reading the file began (a table search never outlives the file's time)."""
    number = index + 1
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        shown = frame_of(page)  # as the file displays it
        frame = frame_of(page) if turn_upright(page, textpage) else shown  # as it is read
        page_text = read_text(page, textpage, frame)
        census = take_census(page)
        errors: list[FileError] = []
        width, height = census.largest_image
        renderable = width * height <= options.max_image_pixels
        lines = flag_occluded(page, frame, page_text.lines)
        # A scanner's invisible OCR layer over its page image: the page is read as the scan it
        # is (OCR'd like one); its layer is only the fallback when no OCR runs.
        scanned = searchable_scan(lines, census.image_area_share)
        if scanned:
            lines = [TextLine(ln.text, ln.box, tuple(h for h in ln.hidden if h != "invisible")) for ln in lines]
        if renderable:
            lines = _confirm_white(page, frame, lines)
        else:  # the text layer is kept; nothing on this page is rendered (ink, white text, OCR)
            detail = f"第{number}页的图片 {width}×{height}，未渲染、未做 OCR"
            errors.append(
                file_error(ErrorCode.image_too_large, detail, page_number=number, fatal=False)
            )
        text, blocks = _line_blocks(lines, doc_id, number)
        if scanned:
            health = assess_page("", ink_share=None)
            health = health.model_copy(update={"reasons": (*health.reasons, "scanner_text_layer")})
        elif renderable:
            health = _assess(page, frame, text, lines, census)
        else:
            health = assess_page(text, ink_share=None)
        source, cached, skew = "text", False, 0.0
        if renderable and _wants_ocr(health, options) and budget.take(number):
            try:
                ocr_text, ocr_lines, cached, turn, skew = _ocr_page(page, frame, doc_id, number, options)
                if turn and ocr_lines:  # a scan fed turned: the page is read, and shown, upright
                    page.set_rotation((page.get_rotation() + turn) % 360)
                    frame = frame_of(page)
            except Exception as exc:  # noqa: BLE001 - a failed OCR keeps the text layer
                log.warning("OCR failed on page %d: %r", number, exc)
                errors.append(
                    file_error(
                        ErrorCode.ocr_failed, type(exc).__name__, page_number=number, fatal=False
                    )
                )
            else:
                if ocr_lines:
                    text, blocks, source = ocr_text, ocr_lines, "ocr"
                else:
                    health = health.model_copy(
                        update={"reasons": (*health.reasons, "ocr_found_no_text")}
                    )
        elif (
            renderable
            and options.ocr
            and census.image_area_share >= PICTURE_MIN_SHARE
            and budget.take(number)
        ):
            try:
                seen = [ln for ln in lines if not ln.hidden]  # a picture's text is not what it hides
                picture, cached = _picture_lines(page, frame, doc_id, number, options, seen)
            except Exception as exc:  # noqa: BLE001 - a failed OCR keeps the text layer
                log.warning("picture OCR failed on page %d: %r", number, exc)
                errors.append(
                    file_error(
                        ErrorCode.ocr_failed, type(exc).__name__, page_number=number, fatal=False
                    )
                )
            else:
                if picture:
                    text, blocks = picture_blocks(text, blocks, picture, doc_id, number)
                    reason = f"picture_text: {len(picture)} lines"
                    health = health.model_copy(update={"reasons": (*health.reasons, reason)})
        tables: list[Table] = []
        if ruled is not None and census.has_rulings and source == "text":
            chars = page_text.chars or None
            seconds = min(TABLE_PAGE_SECONDS, options.timeout_s - (time.monotonic() - started))
            tables = ruled.read(
                index,
                textpage,
                frame,
                page_number=number,
                first_index=first_table,
                chars=chars,
                seconds=seconds,
                shown=shown,
            )
            if ruled.timed_out and ruled.timed_out[-1] == number:
                detail = f"仅第{number}页的表格识别超时并停止，文字已读取"
                errors.append(
                    file_error(ErrorCode.timed_out, detail, page_number=number, fatal=False)
                )
        # One validation of the whole page (blocks as plain dicts) costs half of building each
        # Block, Span and BBox on its own; text pages have dozens of lines.
        built = Page.model_validate(
            {
                "number": number,
                "text": text,
                "blocks": blocks,
                "source": source,
                "health": health,
                "width": round(frame.width, 2),
                "height": round(frame.height, 2),
                "image_count": census.image_count,
                "ocr_cached": cached,
                "turn": (frame.rotation - shown.rotation) % 360,
                "skew": skew if source == "ocr" else 0.0,
            }
        )
        return PageResult(built, tables, errors)
    finally:
        page.close()


def _confirm_white(page, frame: PageFrame, lines: list[TextLine]) -> list[TextLine]:
    checked = []
    for line in lines:
        if (
            "white" in line.hidden
            and line.box is not None
            and not confirm_white(page, frame, line.box)
        ):
            line = TextLine(line.text, line.box, tuple(h for h in line.hidden if h != "white"))
        checked.append(line)
    return checked


def _line_blocks(lines: list[TextLine], doc_id: str, number: int) -> tuple[str, list[dict]]:
    """Page text (lines joined by "\n") and one `line` block per line, as dicts for
    `Page.model_validate`."""
    parts: list[str] = []
    blocks: list[dict] = []
    offset = 0
    prefix = f"{doc_id[:12]}:p{number}:b"
    for k, line in enumerate(lines):
        if k:
            offset += 1  # the "\n" joining lines
        end = offset + len(line.text)
        block = {
            "id": f"{prefix}{k}",
            "kind": "line",
            "text": line.text,
            "span": {"start": offset, "end": end},
            "locator": f"第{number}页 第{k + 1}行",
            "hidden": line.hidden,
        }
        if line.box is not None:
            x0, top, x1, bottom = line.box
            block["bbox"] = {
                "x0": round(x0, 2),
                "top": round(top, 2),
                "x1": round(x1, 2),
                "bottom": round(bottom, 2),
            }
        blocks.append(block)
        parts.append(line.text)
        offset = end
    return "\n".join(parts), blocks


def _assess(page, frame: PageFrame, text: str, lines: list[TextLine], census: PageCensus):
    """Health of the text layer; the page is rendered tiny only when its text is thin enough,
    and its drawing rich enough, for the ink to matter."""
    chars = len(text) - text.count(" ") - text.count("\n")
    drawn = census.image_count > 0 or census.drawing_count >= INK_DRAWINGS
    if chars >= INK_CHECK_MAX_CHARS or (chars >= INK_CHECK_ALWAYS_CHARS and not drawn):
        return assess_page(text, ink_share=None)
    scale = min(INK_SCALE, INK_MAX_SIDE_PX / max(frame.width, frame.height, 1.0))
    gray = page.render(scale=scale, grayscale=True).to_numpy()
    boxes = []
    for line in lines:
        if line.box is not None and not line.hidden:
            x0, top, x1, bottom = line.box
            boxes.append(
                (
                    int(x0 * scale) - _INK_PAD_PX,
                    int(top * scale) - _INK_PAD_PX,
                    math.ceil(x1 * scale) + _INK_PAD_PX,
                    math.ceil(bottom * scale) + _INK_PAD_PX,
                )
            )
    ink, uncovered = measure_ink(gray, boxes)
    return assess_page(text, ink_share=round(ink, 5), uncovered_ink_share=round(uncovered, 5))


def _wants_ocr(health, options: ReadOptions) -> bool:
    if not options.ocr or health.verdict is HealthVerdict.ok:
        return False
    return "blank_page" not in health.reasons


def _picture_lines(page, frame: PageFrame, doc_id: str, number: int, options: ReadOptions,
                   lines: list[TextLine]):
    """OCR lines of the page that its text layer does not already hold (the text of pictures):
    a recognised line whose centre falls inside a text-layer line's box is that line again."""
    longest = max(frame.width, frame.height, 1.0)
    scale = min(options.ocr_scale, OCR_MAX_SIDE_PX / longest)
    bgr = page.render(scale=scale).to_numpy()
    result = recognize(bgr[:, :, :3], scale=scale, cache_dir=options.cache_dir,
                       settings=PRESETS[options.ocr_preset])
    boxes = [line.box for line in lines if line.box is not None and line.text.strip()]

    def known(box) -> bool:
        cx, cy = (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2
        return any(x0 - 2 <= cx <= x1 + 2 and top - 2 <= cy <= bottom + 2 for x0, top, x1, bottom in boxes)

    return [line for line in result.lines if not known(line.bbox)], result.cached


def _ocr_page(page, frame: PageFrame, doc_id: str, number: int, options: ReadOptions):
    longest = max(frame.width, frame.height, 1.0)
    scale = min(options.ocr_scale, OCR_MAX_SIDE_PX / longest)
    bgr = page.render(scale=scale).to_numpy()
    result = recognize(bgr[:, :, :3], scale=scale, cache_dir=options.cache_dir,
                       settings=PRESETS[options.ocr_preset])
    return (*ocr_blocks(result.upright(), doc_id, number), result.cached, result.turn, result.skew)
