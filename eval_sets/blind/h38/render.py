"""Writers of set h38: office files re-zipped deterministically, reportlab PDFs, scans, back-end exports.

Everything here is written from the notice and common practice; no shenbao code is used except
`eval_sets.generator.fonts` to find the CJK font by name.
"""

from __future__ import annotations

import csv
import io
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import pil_font, register_pdf_font

FONT = register_pdf_font()
FIXED_DT = (2024, 7, 15, 9, 30, 0)
FIXED_ISO = "2024-07-15T09:30:00Z"


# ----------------------------------------------------------------------------------------------- office
def normalize_zip(path: Path) -> None:
    """Re-zip a DOCX/XLSX with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\2", text)
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(<)", rf"\g<1>{FIXED_ISO}\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())


def new_docx(font: str = "宋体") -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.created = datetime(2024, 7, 15, 9, 30)
    cp.modified = datetime(2024, 7, 15, 9, 30)
    cp.revision = 1
    return doc


def save_docx(doc: Document, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def new_workbook() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = datetime(2024, 7, 15, 9, 30)
    wb.properties.modified = datetime(2024, 7, 15, 9, 30)
    return wb


def save_xlsx(wb: Workbook, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------------------------- text exports
def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str = ",",
              pre_lines: list[str] = (), post_rows: list[list[str]] = ()) -> None:
    buf = io.StringIO()
    for line in pre_lines:
        buf.write(line + "\r\n")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    for r in post_rows:
        w.writerow(r)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue().encode(encoding))


def _width(s: str) -> int:
    return sum(2 if ord(c) > 0x2E7F else 1 for c in s)


def pad(s: str, n: int) -> str:
    return s + " " * max(1, n - _width(s))


def write_fixed(path: Path, header_lines: list[str], columns: list[tuple[str, int]], rows: list[list[str]],
                footer_lines: list[str], encoding: str = "utf-8") -> None:
    out = list(header_lines)
    out.append("".join(pad(c, w) for c, w in columns).rstrip())
    out.append("-" * sum(w for _, w in columns))
    for r in rows:
        out.append("".join(pad(v, w) for v, (_, w) in zip(r, columns)).rstrip())
    out.append("-" * sum(w for _, w in columns))
    out.extend(footer_lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\r\n".join(out) + "\r\n").encode(encoding))


# ----------------------------------------------------------------------------------------------- PDF
def new_canvas(buf, size=A4) -> canvas.Canvas:
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def text(c, x, y, s, size=10, color=(0, 0, 0)):
    c.setFillColorRGB(*color)
    c.setFont(FONT, size)
    c.drawString(x, y, s)
    c.setFillColorRGB(0, 0, 0)


def wrap(s: str, width_chars: int) -> list[str]:
    lines, cur = [], ""
    for ch in s:
        cur += ch
        if _width(cur) >= width_chars * 2:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return lines


def table(c, x, y, widths, rows, size=9, row_h=16, header=True):
    """Grid table; returns the y below it. Numbers right-aligned."""
    total = sum(widths)
    for i, r in enumerate(rows):
        c.setLineWidth(0.5)
        c.rect(x, y - row_h, total, row_h)
        cx = x
        for j, (w, v) in enumerate(zip(widths, r)):
            if j:
                c.line(cx, y, cx, y - row_h)
            c.setFont(FONT, size)
            v = str(v)
            if re.fullmatch(r"[-\d,.%]+", v) and j > 0:
                c.drawRightString(cx + w - 4, y - row_h + 4.5, v)
            else:
                c.drawString(cx + 4, y - row_h + 4.5, v)
            cx += w
        y -= row_h
    return y


def rasterize(pdf_bytes: bytes, scale: float = 1.4) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    images = []
    for i in range(len(pdf)):
        images.append(pdf[i].render(scale=scale).to_pil().convert("RGB"))
    pdf.close()
    return images


def seal(img: Image.Image, cx: int, cy: int, r: int, name: str, rng: random.Random) -> Image.Image:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (214, 40, 40, 190)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 18))
    # star
    import math
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.22 if k % 2 == 0 else 0.09)
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = pil_font(max(10, r // 6))
    chars = list(name)
    n = len(chars)
    for k, ch in enumerate(chars):
        ang = math.pi + (k + 0.5) * math.pi / n + math.pi * 0.0
        ang = math.radians(200 + k * (140 / max(1, n - 1)))
        x = cx + (r * 0.74) * math.cos(ang)
        y = cy + (r * 0.74) * math.sin(ang)
        d.text((x, y), ch, fill=red, font=font, anchor="mm")
    d.text((cx, cy + r * 0.5), "公章", fill=red, font=pil_font(max(9, r // 8)), anchor="mm")
    out = img.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def scanify(img: Image.Image, rng: random.Random, bw: bool) -> Image.Image:
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    if bw:
        return img.convert("L").point(lambda v: 255 if v > 170 else 0).convert("1")
    return img


def images_to_pdf(images: list[Image.Image], path: Path, size=A4) -> None:
    buf = io.BytesIO()
    c = new_canvas(buf, size)
    for im in images:
        w, h = size
        if im.width > im.height and w < h:
            w, h = h, w
        c.setPageSize((w, h))
        b = io.BytesIO()
        if im.mode == "1":
            im.save(b, format="PNG", optimize=False)
        else:
            im.save(b, format="JPEG", quality=80)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, w, h)
        c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------------------------- admin pages
def admin_page(c, page: dict, size):
    """One admin page printed from a browser: header/footer, breadcrumb, cards, chart, table, pager."""
    w, h = size
    # browser header / footer
    text(c, 28, h - 20, page["printed"], 7.5)
    title = page["title"]
    c.setFont(FONT, 7.5)
    c.drawCentredString(w / 2, h - 20, title)
    text(c, 28, 14, page["url"], 7.5)
    c.setFont(FONT, 7.5)
    c.drawRightString(w - 28, 14, page.get("pageno", "1/1"))
    # app bar
    c.setFillColorRGB(0.12, 0.22, 0.4)
    c.rect(28, h - 58, w - 56, 26, stroke=0, fill=1)
    text(c, 38, h - 49, page["system"], 11, (1, 1, 1))
    c.setFont(FONT, 8)
    c.setFillColorRGB(1, 1, 1)
    c.drawRightString(w - 38, h - 48, page.get("user", "admin ▾"))
    c.setFillColorRGB(0, 0, 0)
    text(c, 38, h - 76, page["breadcrumb"], 8, (0.4, 0.4, 0.4))
    y = h - 92
    cards = page.get("cards") or []
    if cards:
        cw = (w - 56 - 10 * (len(cards) - 1)) / len(cards)
        for i, (lab, val) in enumerate(cards):
            x = 28 + i * (cw + 10)
            c.setStrokeColorRGB(0.8, 0.8, 0.85)
            c.roundRect(x, y - 52, cw, 50, 4)
            text(c, x + 10, y - 18, lab, 8.5, (0.35, 0.35, 0.35))
            text(c, x + 10, y - 42, val, 17, (0.1, 0.3, 0.7))
        c.setStrokeColorRGB(0, 0, 0)
        y -= 64
    chart = page.get("chart")
    if chart:
        ch_title, labels, values = chart
        text(c, 38, y - 12, ch_title, 8.5)
        base = y - 100
        mx = max(values) or 1
        bw = (w - 120) / len(values)
        c.setLineWidth(0.4)
        c.line(60, base, w - 50, base)
        for i, (lab, v) in enumerate(zip(labels, values)):
            bh = 70 * v / mx
            c.setFillColorRGB(0.35, 0.55, 0.85)
            c.rect(66 + i * bw, base, bw * 0.55, bh, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(FONT, 6.5)
            c.drawCentredString(66 + i * bw + bw * 0.27, base - 9, lab)
        y = base - 20
    if page.get("filters"):
        text(c, 38, y - 12, page["filters"], 8.5)
        y -= 20
    widths = page["widths"]
    scale = (w - 56) / sum(widths)
    widths = [x * scale for x in widths]
    y = table(c, 28, y - 4, widths, [page["columns"]] + page["rows"], size=7.5, row_h=15)
    if page.get("pager"):
        text(c, 28, y - 16, page["pager"], 8)
        c.setFont(FONT, 8)
        c.drawRightString(w - 28, y - 16, page.get("pager_right", "< 1 2 3 4 5 … >   前往 1 页"))


def admin_pdf(path: Path, pages: list[dict], *, image_only: bool, rng: random.Random) -> None:
    buf = io.BytesIO()
    size = landscape(A4)
    c = new_canvas(buf, size)
    for p in pages:
        admin_page(c, p, size)
        c.showPage()
    c.save()
    data = buf.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    if image_only:
        images = rasterize(data, 1.6)
        images_to_pdf(images, path, landscape(A4))
    else:
        path.write_bytes(data)
