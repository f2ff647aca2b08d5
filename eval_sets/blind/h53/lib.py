"""h53 writers: long breaking tables in PDF (reportlab), scans, Office files normalised for determinism."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from eval_sets.generator import fonts

WQY = fonts.register_pdf_font()
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SONG = "STSong-Light"
FIXED_ZIP_DATE = (2024, 7, 15, 9, 30, 0)


# ---------------------------------------------------------------- office files
def normalize_zip(path: Path) -> None:
    """Rewrite a DOCX/XLSX with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-15T09:30:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-15T09:30:00Z\2", text)
                text = re.sub(r"(<cp:lastModifiedBy>)[^<]*(<)", r"\g<1>申报单位\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())


def new_canvas(path: Path, pagesize=A4) -> canvas.Canvas:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def fit(text: str, font: str, size: float, width: float) -> float:
    while size > 5 and pdfmetrics.stringWidth(text, font, size) > width - 4:
        size -= 0.5
    return size


# ---------------------------------------------------------------- long tables
class Cell:
    """Header cell on a grid: row, col, rowspan, colspan."""

    def __init__(self, text, row, col, rs=1, cs=1):
        self.text, self.row, self.col, self.rs, self.cs = text, row, col, rs, cs


def row(kind, cells, **kw):
    """Body row. kind: data | sub | page | total | block | blank.
    cells: list aligned to columns; a str cell, None (vertically merged with the cell above),
    or a tuple (text, span) spanning columns."""
    return {"kind": kind, "cells": cells, **kw}


class TableSpec:
    def __init__(self, columns, header, body, *, rows_per_page=28, repeat_header=True, cont_caption=None,
                 page_subtotal=None, tail=(), footnotes=(), title="", subtitle="", font=WQY, size=8.5,
                 row_h=17.0, landscape=False, rotate=False, side_by_side=False, image_pages=(),
                 page_header="", after=None, merge_col=None, first_page_offset=0):
        self.columns = columns  # [(name, width)] widths in pt
        self.header = header  # [Cell]
        self.body = body
        self.rows_per_page = rows_per_page
        self.repeat_header = repeat_header
        self.cont_caption = cont_caption
        self.page_subtotal = page_subtotal  # fn(list of data rows) -> row
        self.tail = list(tail)
        self.footnotes = list(footnotes)
        self.title, self.subtitle = title, subtitle
        self.font, self.size, self.row_h = font, size, row_h
        self.landscape, self.rotate = landscape, rotate
        self.side_by_side = side_by_side
        self.image_pages = set(image_pages)
        self.page_header = page_header
        self.after = after  # fn(canvas, y, W) drawing extra content on the last page
        self.merge_col = merge_col  # column index of a vertically merged 类别 column
        self.first_page_offset = first_page_offset


def paginate(spec: TableSpec):
    """Split body into pages; returns list of lists of rows (page subtotal/tail included)."""
    pages, cur = [], []
    for r in spec.body:
        cur.append(r)
        if len(cur) >= spec.rows_per_page:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    # drop trailing blank row at a page end
    out = []
    for i, p in enumerate(pages):
        rows = list(p)
        if spec.page_subtotal:
            rows.append(spec.page_subtotal([r for r in p if r["kind"] == "data"]))
        if i == len(pages) - 1:
            rows.extend(spec.tail)
        out.append(rows)
    # vertical merge: first row of a page repeats the merged text
    if spec.merge_col is not None:
        for rows in out:
            for r in rows:
                if r["kind"] != "data":
                    continue
                if r["cells"][spec.merge_col] is None:
                    r2 = dict(r)
                    cells = list(r["cells"])
                    cells[spec.merge_col] = r.get("merge_text", "")
                    r2["cells"] = cells
                    rows[rows.index(r)] = r2
                break
    return out


def _header_rows(spec):
    return max(c.row + c.rs for c in spec.header) if spec.header else 0


def _col_x(spec, x0):
    xs = [x0]
    for _, w in spec.columns:
        xs.append(xs[-1] + w)
    return xs


def draw_header(c, spec, x0, y, font=None):
    font = font or spec.font
    xs = _col_x(spec, x0)
    h = spec.row_h
    c.setLineWidth(0.6)
    for cell in spec.header:
        left, right = xs[cell.col], xs[cell.col + cell.cs]
        top = y - cell.row * h
        bottom = top - cell.rs * h
        c.setFillGray(0.9)
        c.rect(left, bottom, right - left, top - bottom, stroke=1, fill=1)
        c.setFillGray(0)
        lines = cell.text.split("\n")
        size = min(fit(line, font, spec.size, right - left) for line in lines)
        c.setFont(font, size)
        mid = (top + bottom) / 2 + (len(lines) - 1) * (size + 1) / 2 - size / 3
        for k, line in enumerate(lines):
            c.drawCentredString((left + right) / 2, mid - k * (size + 1), line)
    return y - _header_rows(spec) * h


def draw_rows(c, spec, rows, x0, y):
    xs = _col_x(spec, x0)
    h = spec.row_h
    ncol = len(spec.columns)
    for r in rows:
        kind = r["kind"]
        if kind == "blank":
            c.rect(xs[0], y - h * 0.6, xs[-1] - xs[0], h * 0.6, stroke=1, fill=0)
            y -= h * 0.6
            continue
        cells = r["cells"]
        col = 0
        bold_gray = {"sub": 0.95, "page": 0.93, "total": 0.86, "block": 0.97}.get(kind)
        for cell in cells:
            if col >= ncol:
                break
            span = 1
            text = cell
            if isinstance(cell, tuple):
                text, span = cell
            left, right = xs[col], xs[min(col + span, ncol)]
            if bold_gray is not None:
                c.setFillGray(bold_gray)
                c.rect(left, y - h, right - left, h, stroke=0, fill=1)
                c.setFillGray(0)
            if text is None:  # merged with the cell above: no top border
                c.line(left, y - h, left, y)
                c.line(right, y - h, right, y)
                c.line(left, y - h, right, y - h)
            else:
                c.rect(left, y - h, right - left, h, stroke=1, fill=0)
                if text != "":
                    size = fit(text, spec.font, spec.size, right - left)
                    c.setFont(spec.font, size)
                    if kind == "block" or span > 1 or not _numeric(text):
                        if span > 1 and kind in ("block",):
                            c.drawString(left + 3, y - h + h / 2 - size / 3, text)
                        elif span > 1 or len(text) <= 5:
                            c.drawCentredString((left + right) / 2, y - h + h / 2 - size / 3, text)
                        else:
                            c.drawString(left + 2, y - h + h / 2 - size / 3, text)
                    else:
                        c.drawRightString(right - 3, y - h + h / 2 - size / 3, text)
            col += span
        y -= h
    return y


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[\d,.\-]+", text))


def render_table_pages(c, spec: TableSpec, page_no_start=1, total_pages=None, footer=""):
    """Draw the table over pages of canvas c; returns number of pages drawn."""
    pages = paginate(spec)
    pw, ph = A4
    for i, rows in enumerate(pages):
        if spec.landscape:
            if spec.rotate:
                c.setPageSize(A4)
                c.setPageRotation(90)
                c.saveState()
                c.transform(0, 1, -1, 0, pw, 0)
            else:
                c.setPageSize((ph, pw))
            W, H = ph, pw
        else:
            c.setPageSize(A4)
            W, H = pw, ph
        total_w = sum(w for _, w in spec.columns)
        if spec.side_by_side:
            total_w = total_w * 2 + 12
        x0 = (W - total_w) / 2
        y = H - 50
        if spec.page_header:
            c.setFont(spec.font, 8)
            c.drawString(x0, H - 30, spec.page_header)
            c.line(x0, H - 34, x0 + total_w, H - 34)
        if i == 0:
            y -= spec.first_page_offset
            if spec.title:
                c.setFont(spec.font, 14)
                c.drawCentredString(W / 2, y, spec.title)
                y -= 20
            if spec.subtitle:
                c.setFont(spec.font, 9)
                c.drawString(x0, y, spec.subtitle)
                y -= 14
        elif spec.cont_caption:
            c.setFont(spec.font, 10)
            c.drawString(x0, y, spec.cont_caption)
            y -= 16
        if i in spec.image_pages:
            img = excel_image(spec, rows, i == 0 or spec.repeat_header)
            iw = total_w
            ih = iw * img.height / img.width
            buf = io.BytesIO()
            img.save(buf, format="PNG", optimize=False)
            buf.seek(0)
            c.drawImage(ImageReader(buf), x0, y - ih, iw, ih)
            y -= ih + 8
        elif spec.side_by_side:
            half = (len(rows) + 1) // 2
            left, right = rows[:half], rows[half:]
            for part, xx in ((left, x0), (right, x0 + sum(w for _, w in spec.columns) + 12)):
                yy = y
                if i == 0 or spec.repeat_header:
                    yy = draw_header(c, spec, xx, yy)
                draw_rows(c, spec, part, xx, yy)
            y -= (_header_rows(spec) + half) * spec.row_h
        else:
            if i == 0 or spec.repeat_header:
                y = draw_header(c, spec, x0, y)
            y = draw_rows(c, spec, rows, x0, y)
        if i == len(pages) - 1:
            y -= 6
            for note in spec.footnotes:
                c.setFont(spec.font, 8.5)
                c.drawString(x0, y - 10, note)
                y -= 14
            if spec.after:
                spec.after(c, y - 10, x0, W)
        c.setFont(spec.font, 8)
        n = page_no_start + i
        c.drawCentredString(W / 2, 24, footer.format(n=n, total=total_pages) if footer else f"- {n} -")
        if spec.landscape and spec.rotate:
            c.restoreState()
        c.showPage()
    return len(pages)


def excel_image(spec: TableSpec, rows, with_header: bool) -> Image.Image:
    """A screenshot of the same rows as they look in Excel (grid, column letters, row numbers)."""
    scale = 2.2
    widths = [int(w * scale) for _, w in spec.columns]
    rh = int(spec.row_h * scale)
    head = []
    if with_header:
        # flatten the header: bottom-most text per column
        nrow = _header_rows(spec)
        for ci in range(len(spec.columns)):
            cover = [cell for cell in spec.header if cell.col <= ci < cell.col + cell.cs]
            leaf = max(cover, key=lambda cl: cl.row) if cover else None
            text = leaf.text.replace("\n", "") if leaf else ""
            if leaf is not None and text == "合计" and len(cover) > 1:
                text = min(cover, key=lambda cl: cl.row).text.replace("\n", "").split("（")[0] + "合计"
            head.append(text)
    lines = ([head] if head else []) + [r for r in rows]
    rn_w = 46
    W = rn_w + sum(widths) + 2
    H = rh * (len(lines) + 1) + 2
    img = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(img)
    f = fonts.pil_font(int(spec.size * scale * 0.95))
    fsmall = fonts.pil_font(int(8 * scale))
    d.rectangle([0, 0, W, rh], fill=(230, 230, 230))
    d.rectangle([0, 0, rn_w, H], fill=(230, 230, 230))
    x = rn_w
    for k, w in enumerate(widths):
        d.text((x + w // 2 - 5, 6), chr(65 + k), fill=(60, 60, 60), font=fsmall)
        x += w
    for li, line in enumerate(lines):
        y = rh * (li + 1)
        d.text((8, y + 8), str(40 + li), fill=(60, 60, 60), font=fsmall)
        cells = line if isinstance(line, list) else line["cells"]
        kind = "head" if isinstance(line, list) else line["kind"]
        x = rn_w
        col = 0
        for cell in cells:
            span, text = 1, cell
            if isinstance(cell, tuple):
                text, span = cell
            w = sum(widths[col:col + span])
            if kind in ("sub", "page", "total", "head"):
                d.rectangle([x, y, x + w, y + rh], fill=(242, 242, 242) if kind != "total" else (221, 235, 247))
            if text:
                d.text((x + 4, y + 7), str(text), fill="black", font=f)
            x += w
            col += span
    x = rn_w
    for w in [0] + widths:
        x += w
        d.line([x, 0, x, H], fill=(200, 200, 200))
    for li in range(len(lines) + 2):
        d.line([0, rh * li, W, rh * li], fill=(200, 200, 200))
    return img


# ---------------------------------------------------------------- scans
def seal(img: Image.Image, cx: int, cy: int, r: int, company: str) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 14))
    # star
    pts = []
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(ang), cy - rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # company name along the upper arc
    f = fonts.pil_font(max(10, int(r * 0.2)))
    n = len(company)
    for k, ch in enumerate(company):
        ang = math.radians(200 - k * (220 / max(n - 1, 1)))
        x = cx + r * 0.74 * math.cos(ang)
        y = cy - r * 0.74 * math.sin(ang)
        glyph = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, fill=red, font=f)
        glyph = glyph.rotate(math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    img.paste(layer, (0, 0), layer)


def scan_pdf(src_pdf: Path, dst_pdf: Path, company: str, seal_pages: set[int], seed: int, dpi: int = 110) -> int:
    """Rasterise our own PDF, age it like a scanner, seal given pages (0-based), write image-only PDF."""
    import pypdfium2 as pdfium

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(src_pdf))
    c = new_canvas(dst_pdf)
    n = len(doc)
    for i in range(n):
        page = doc[i]
        pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
        w, h = pil.size
        tone = Image.new("RGB", pil.size, (246, 243, 236))
        pil = Image.blend(pil, tone, 0.12)
        if i in seal_pages:
            seal(pil, int(w * 0.68), int(h * 0.80) if i == n - 1 else int(h * 0.28), int(w * 0.11), company)
        pil = pil.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(246, 243, 236))
        pil = pil.filter(ImageFilter.GaussianBlur(0.5))
        if i not in seal_pages:
            pil = pil.convert("L")
        buf = io.BytesIO()
        pil.save(buf, format="JPEG", quality=72)
        buf.seek(0)
        pw, ph = page.get_size()
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(buf), 0, 0, pw, ph)
        c.showPage()
    c.save()
    doc.close()
    return n


# ---------------------------------------------------------------- simple text pages
def text_page(c, lines, font=WQY, size=10.5, top=60, title=None, left=60, lead=None):
    W, H = c._pagesize
    y = H - top
    if title:
        c.setFont(font, 15)
        c.drawCentredString(W / 2, y, title)
        y -= 30
    lead = lead or size * 1.75
    for line in lines:
        c.setFont(font, size)
        c.drawString(left, y, line)
        y -= lead
    return y


def wrap(text: str, n: int) -> list[str]:
    return [text[i:i + n] for i in range(0, len(text), n)] or [""]
