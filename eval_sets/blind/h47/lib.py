"""Rendering helpers of blind set h47: a tiny block model rendered to DOCX, XLSX, text PDF and scans.

Blocks: ("h", text) heading, ("p", text) paragraph, ("t", rows, widths_mm) table, ("pb",) page break,
("sp", mm) vertical space. Everything deterministic (fixed zip dates and core properties, reportlab
invariant=1, JPEG scans with seeded noise).
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from eval_sets.generator import fonts

FIXED_DATE = (2024, 7, 15, 9, 30, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T09:30:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-15T09:30:00Z</dcterms:modified>'
    '</cp:coreProperties>'
)


def normalize_zip(path: Path, title: str = "", author: str = "申报单位") -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = CORE_XML.format(title=title, author=author).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- DOCX
def to_docx(blocks, path: Path, font: str = "宋体", size: float = 10.5, title: str = "") -> None:
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 3 if len(b) < 3 else b[2])
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "r":
            from docx.enum.text import WD_ALIGN_PARAGRAPH

            doc.add_paragraph(b[1]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sp":
            doc.add_paragraph("")
        elif kind == "t":
            rows, widths = b[1], b[2]
            tbl = doc.add_table(rows=len(rows), cols=len(widths))
            tbl.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = tbl.cell(i, j)
                    c.text = str(cell)
                    c.width = Mm(widths[j])
            doc.add_paragraph("")
    doc.core_properties.title = title
    doc.save(str(path))
    normalize_zip(path, title)


# ---------------------------------------------------------------- XLSX
def finish_xlsx(wb, path: Path, title: str = "") -> None:
    wb.save(str(path))
    normalize_zip(path, title)


# ---------------------------------------------------------------- PDF
def _width(text: str, size: float) -> float:
    return sum(size * (0.55 if ord(ch) < 128 else 1.0) for ch in text)


def wrap(text: str, width_pt: float, size: float) -> list[str]:
    lines: list[str] = []
    for para in str(text).split("\n"):
        cur = ""
        for ch in para:
            if _width(cur + ch, size) > width_pt - 4:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


MM = 72 / 25.4


class PdfWriter:
    """Flowing text PDF with tables (reportlab, invariant)."""

    def __init__(self, path: Path, size: float = 9.5, landscape: bool = False, header: str = "", footer: bool = True,
                 title: str = ""):
        from reportlab.pdfgen import canvas

        self.font = fonts.register_pdf_font()
        self.w, self.h = (297 * MM, 210 * MM) if landscape else (210 * MM, 297 * MM)
        self.c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.size, self.header, self.footer = size, header, footer
        self.margin = 18 * MM
        self.page = 0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.y = self.h - self.margin
        if self.header:
            self.c.setFont(self.font, 7.5)
            self.c.drawString(self.margin, self.h - 10 * MM, self.header)
            self.c.line(self.margin, self.h - 11 * MM, self.w - self.margin, self.h - 11 * MM)
        if self.footer:
            self.c.setFont(self.font, 7.5)
            self.c.drawCentredString(self.w / 2, 9 * MM, f"第 {self.page} 页")

    def need(self, height: float) -> None:
        if self.y - height < self.margin:
            self._new_page()

    def heading(self, text: str, size: float | None = None, center: bool = True) -> None:
        s = size or self.size + 4
        self.need(s * 2)
        self.c.setFont(self.font, s)
        if center:
            self.c.drawCentredString(self.w / 2, self.y - s, text)
        else:
            self.c.drawString(self.margin, self.y - s, text)
        self.y -= s * 1.9

    def para(self, text: str, size: float | None = None, indent: bool = True) -> None:
        s = size or self.size
        lines = wrap(("　　" if indent else "") + text, self.w - 2 * self.margin, s)
        for ln in lines:
            self.need(s * 1.6)
            self.c.setFont(self.font, s)
            self.c.drawString(self.margin, self.y - s, ln)
            self.y -= s * 1.6
        self.y -= s * 0.4

    def right(self, text: str, size: float | None = None) -> None:
        s = size or self.size
        self.need(s * 1.6)
        self.c.setFont(self.font, s)
        self.c.drawRightString(self.w - self.margin, self.y - s, text)
        self.y -= s * 1.6

    def space(self, mm: float) -> None:
        self.y -= mm * MM

    def table(self, rows, widths_mm, size: float | None = None, align=None, header_rows: int = 1) -> None:
        """align: per column 'l' | 'r' | 'c'. Numbers right-aligned by default for columns marked 'r'."""
        s = size or self.size - 0.5
        widths = [w * MM for w in widths_mm]
        total = sum(widths)
        x0 = (self.w - total) / 2
        align = align or ["l"] * len(widths)
        lead = s * 1.35
        for ri, row in enumerate(rows):
            cells = [wrap(str(v), widths[j], s) for j, v in enumerate(row)]
            hgt = max(len(c) for c in cells) * lead + s * 0.6
            if self.y - hgt < self.margin:
                self._new_page()
                if header_rows and ri >= header_rows:  # repeat the header (续表)
                    for hr in rows[:header_rows]:
                        self._row(hr, widths, x0, s, lead, align, header=True)
            self._row(row, widths, x0, s, lead, align, header=ri < header_rows, cells=cells)
        self.y -= s

    def _row(self, row, widths, x0, s, lead, align, header=False, cells=None):
        cells = cells or [wrap(str(v), widths[j], s) for j, v in enumerate(row)]
        hgt = max(len(c) for c in cells) * lead + s * 0.6
        x = x0
        self.c.setLineWidth(0.5)
        for j, lines in enumerate(cells):
            self.c.rect(x, self.y - hgt, widths[j], hgt)
            self.c.setFont(self.font, s)
            for k, ln in enumerate(lines):
                yy = self.y - s * 0.3 - (k + 1) * lead + (lead - s) / 2
                a = "c" if header else align[j]
                if a == "r":
                    self.c.drawRightString(x + widths[j] - 2, yy, ln)
                elif a == "c":
                    self.c.drawCentredString(x + widths[j] / 2, yy, ln)
                else:
                    self.c.drawString(x + 2, yy, ln)
            x += widths[j]
        self.y -= hgt

    def page_break(self) -> None:
        self._new_page()

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def blocks_to_pdf(blocks, path: Path, size: float = 9, header: str = "", landscape: bool = False, title: str = "") -> None:
    pdf = PdfWriter(path, size=size, header=header, landscape=landscape, title=title)
    for b in blocks:
        if b[0] == "h":
            pdf.heading(b[1], b[2] if len(b) > 2 else None)
        elif b[0] == "p":
            pdf.para(b[1])
        elif b[0] == "pb":
            pdf.page_break()
        elif b[0] == "sp":
            pdf.space(b[1])
        elif b[0] == "r":
            pdf.right(b[1])
        elif b[0] == "t":
            rows, widths = b[1], b[2]
            scale = min(1.0, (pdf.w / MM - 30) / sum(widths))
            pdf.table(rows, [w * scale for w in widths], align=b[4] if len(b) > 4 else None)
    pdf.save()


# ---------------------------------------------------------------- scans
def rasterize(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf_path))
    pages = []
    for i in range(len(doc)):
        pages.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return pages


def seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng: random.Random) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 170)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    # star
    import math

    pts = []
    for k in range(10):
        rr = r * (0.28 if k % 2 == 0 else 0.12)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(max(10, r // 5))
    n = len(text)
    for k, ch in enumerate(text):
        a = math.pi + math.pi * 0.15 + (math.pi * 0.7) * k / max(1, n - 1)
        x = cx + r * 0.74 * math.cos(a)
        y = cy + r * 0.74 * math.sin(a)
        d.text((x, y), ch, fill=red, font=font, anchor="mm")
    rot = rng.uniform(-12, 12)
    layer = layer.rotate(rot, center=(cx, cy))
    img.paste(layer, (0, 0), layer)


def scan_look(img: Image.Image, rng: random.Random, skew: float | None = None) -> Image.Image:
    ang = skew if skew is not None else rng.uniform(-0.7, 0.7)
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(250, 248, 240))
    arr = np.asarray(img).astype(np.int16)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr + nrng.normal(0, 5, arr.shape).astype(np.int16)
    arr[..., 2] -= 6
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.35))


def images_to_pdf(images: list[Image.Image], path: Path, quality: int = 72) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    w, h = 210 * MM, 297 * MM
    c = canvas.Canvas(str(path), pagesize=(w, h), invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("Scanner")
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False)
        buf.seek(0)
        iw, ih = im.size
        if iw > ih:
            c.setPageSize((h, w))
            c.drawImage(ImageReader(buf), 0, 0, h, w)
        else:
            c.setPageSize((w, h))
            c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


def scan_pdf(src_pdf: Path, out: Path, seed: int, seal_text: str | None, seal_pages=(0,), seal_pos=(0.7, 0.25),
             dpi: int = 110) -> None:
    rng = random.Random(seed)
    imgs = rasterize(src_pdf, dpi)
    done = []
    for i, im in enumerate(imgs):
        if seal_text and (i in seal_pages or (seal_pages == "all")):
            w, h = im.size
            seal(im, int(w * seal_pos[0]), int(h * seal_pos[1]), int(w * 0.11), seal_text, rng)
        done.append(scan_look(im, rng))
    images_to_pdf(done, out)


def screenshot(tiles: list[tuple[str, str]], title: str, size=(1280, 760), seed: int = 0,
               caption_below: bool = False) -> Image.Image:
    """A dashboard: title bar and tiles of (caption, value)."""
    rng = random.Random(seed)
    im = Image.new("RGB", size, (14, 28, 56))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, size[0], 64], fill=(20, 48, 96))
    d.text((30, 32), title, font=fonts.pil_font(28), fill=(235, 240, 255), anchor="lm")
    cols = 3
    tw, th = (size[0] - 40 * (cols + 1)) // cols, 150
    for k, (cap, val) in enumerate(tiles):
        x = 40 + (k % cols) * (tw + 40)
        y = 100 + (k // cols) * (th + 36)
        d.rounded_rectangle([x, y, x + tw, y + th], 12, fill=(28, 54, 100), outline=(60, 140, 220), width=2)
        if caption_below:
            d.text((x + tw // 2, y + 60), val, font=fonts.pil_font(46), fill=(90, 220, 255), anchor="mm")
            d.text((x + tw // 2, y + 120), cap, font=fonts.pil_font(22), fill=(200, 210, 230), anchor="mm")
        else:
            d.text((x + 20, y + 34), cap, font=fonts.pil_font(22), fill=(200, 210, 230), anchor="lm")
            d.text((x + 20, y + 95), val, font=fonts.pil_font(46), fill=(90, 220, 255), anchor="lm")
    # decorative chart
    y0 = size[1] - 150
    pts = [(40 + i * 40, y0 + 60 - int(40 * abs(np.sin(i / 3 + rng.random())))) for i in range(30)]
    d.line(pts, fill=(80, 200, 140), width=3)
    return im
