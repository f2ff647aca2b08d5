"""Low-level writers for the h44 blind set: deterministic DOCX, XLSX, text PDF, PNG dashboards, scans.

Nothing here knows about a package; build.py composes these.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from eval_sets.generator import fonts

FIXED_ZIP_DATE = (2024, 7, 18, 9, 30, 0)
FIXED_ISO = "2024-07-18T09:30:00Z"


# ---------------------------------------------------------------- zip normalisation (DOCX/XLSX)
def normalize_zip(path: Path, creator: str = "申报单位") -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                content = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- DOCX
def new_docx(author: str = "申报单位"):
    import datetime

    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 7, 18, 9, 30, 0)
    cp.modified = datetime.datetime(2024, 7, 18, 9, 30, 0)
    cp.revision = 1
    cp.title = ""
    style = doc.styles["Normal"]
    style.font.name = "宋体"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


def docx_heading(doc, text: str, size: float = 14, bold: bool = True, center: bool = False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def docx_table(doc, rows: list[list[str]], widths_cm: list[float] | None = None, header_bold: bool = True,
               merges: list[tuple[int, int, int, int]] = ()):
    from docx.shared import Cm

    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j in range(ncols):
            text = row[j] if j < len(row) else ""
            cell = table.cell(i, j)
            cell.text = text
            if header_bold and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    if widths_cm:
        for row in table.rows:
            for j, w in enumerate(widths_cm):
                row.cells[j].width = Cm(w)
    for r0, c0, r1, c1 in merges:
        keep = table.cell(r0, c0).text
        merged = table.cell(r0, c0).merge(table.cell(r1, c1))
        # merge concatenates paragraphs: keep the first cell's text only
        for p in merged.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        merged.paragraphs[0].text = keep
    return table


def save_docx(doc, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- XLSX
def new_xlsx():
    import datetime

    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.properties.created = datetime.datetime(2024, 7, 18, 9, 30, 0)
    wb.properties.modified = datetime.datetime(2024, 7, 18, 9, 30, 0)
    return wb


def save_xlsx(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- text PDF (reportlab)
PAGE_W, PAGE_H = 595.27, 841.89


def _font() -> str:
    return fonts.register_pdf_font()


def text_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, _font(), size)


def wrap(text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if text_width(cur + ch, size) > width and cur:
                # do not split an English word: carry it over from the last space
                cut = cur.rfind(" ") if ch.isascii() and ch != " " and cur[-1].isascii() else -1
                if cut > 0 and cur[cut + 1:].isascii():
                    lines.append(cur[:cut])
                    cur = cur[cut + 1:] + ch
                else:
                    lines.append(cur)
                    cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


class PdfDoc:
    """A very small flowing layout: headings, paragraphs, ruled tables, page breaks."""

    def __init__(self, path: Path, title: str = "", header: str = "", footer_numbers: bool = True):
        from reportlab.pdfgen import canvas

        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.header = header
        self.footer_numbers = footer_numbers
        self.page = 1
        self.margin = 56
        self.y = PAGE_H - self.margin
        self._page_start()

    def _page_start(self):
        if self.header:
            self.c.setFont(_font(), 8)
            self.c.setFillGray(0.35)
            self.c.drawString(self.margin, PAGE_H - 30, self.header)
            self.c.setFillGray(0)
            self.c.setLineWidth(0.4)
            self.c.line(self.margin, PAGE_H - 34, PAGE_W - self.margin, PAGE_H - 34)
        self.y = PAGE_H - self.margin - 6

    def new_page(self):
        if self.footer_numbers:
            self.c.setFont(_font(), 8)
            self.c.drawCentredString(PAGE_W / 2, 28, f"第 {self.page} 页")
        self.c.showPage()
        self.page += 1
        self._page_start()

    def need(self, h: float):
        if self.y - h < self.margin:
            self.new_page()

    def heading(self, text: str, size: float = 14, center: bool = False, gap: float = 8):
        self.need(size + gap)
        self.c.setFont(_font(), size)
        if center:
            self.c.drawCentredString(PAGE_W / 2, self.y - size, text)
        else:
            self.c.drawString(self.margin, self.y - size, text)
        self.y -= size + gap

    def para(self, text: str, size: float = 10.5, indent: float = 0, leading: float = 1.55):
        width = PAGE_W - 2 * self.margin - indent
        for line in wrap(text, size, width):
            self.need(size * leading)
            self.c.setFont(_font(), size)
            self.c.drawString(self.margin + indent, self.y - size, line)
            self.y -= size * leading
        self.y -= 3

    def space(self, h: float):
        self.y -= h

    def table(self, rows: list[list[str]], widths: list[float], size: float = 9, header_rows: int = 1,
              align: list[str] | None = None, repeat_header: bool = True, bold_rows: set[int] = frozenset()):
        total = sum(widths)
        scale = (PAGE_W - 2 * self.margin) / total
        widths = [w * scale for w in widths]
        align = align or ["l"] * len(widths)
        pad = 3
        header = rows[:header_rows]

        def row_height(row):
            n = max(len(wrap(str(cell), size, widths[j] - 2 * pad)) for j, cell in enumerate(row))
            return n * size * 1.35 + 2 * pad

        def draw_row(row, is_header=False):
            h = row_height(row)
            x = self.margin
            self.c.setLineWidth(0.5)
            for j, cell in enumerate(row):
                w = widths[j]
                if is_header:
                    self.c.setFillGray(0.9)
                    self.c.rect(x, self.y - h, w, h, stroke=1, fill=1)
                    self.c.setFillGray(0)
                else:
                    self.c.rect(x, self.y - h, w, h, stroke=1, fill=0)
                self.c.setFont(_font(), size)
                lines = wrap(str(cell), size, w - 2 * pad)
                for k, line in enumerate(lines):
                    ty = self.y - pad - size - k * size * 1.35 + 1
                    if align[j] == "r" and not is_header:
                        self.c.drawRightString(x + w - pad, ty, line)
                    elif align[j] == "c" or is_header:
                        self.c.drawCentredString(x + w / 2, ty, line)
                    else:
                        self.c.drawString(x + pad, ty, line)
                x += w
            self.y -= h

        for i, row in enumerate(rows):
            is_header = i < header_rows
            h = row_height(row)
            if self.y - h < self.margin:
                self.new_page()
                if repeat_header and not is_header:
                    for hr in header:
                        draw_row(hr, True)
            draw_row(row, is_header or i in bold_rows)
        self.y -= 8

    def close(self):
        if self.footer_numbers:
            self.c.setFont(_font(), 8)
            self.c.drawCentredString(PAGE_W / 2, 28, f"第 {self.page} 页")
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- images, seals, scans
def seal(size: int, company: str, label: str = "") -> Image.Image:
    """A red round company seal on a transparent background."""
    import math

    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 36, 210)
    w = max(3, size // 45)
    d.ellipse((w, w, size - w, size - w), outline=red, width=w)
    # star
    cx = cy = size / 2
    r1, r2 = size * 0.12, size * 0.05
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    # company name along the arc
    font = fonts.pil_font(max(10, size // 10))
    n = len(company)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(company):
        ang = start + span * (i + 0.5) / n
        rr = size / 2 - w - size * 0.09
        x = cx + rr * math.cos(ang)
        y = cy + rr * math.sin(ang)
        glyph = Image.new("RGBA", (size // 8, size // 8), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((size // 16, size // 16), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - size // 16), int(y - size // 16)))
    if label:
        f2 = fonts.pil_font(max(9, size // 13))
        d.text((cx, cy + size * 0.25), label, font=f2, fill=red, anchor="mm")
    return img


def rasterize_pdf(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
        pages.append(pil)
        page.close()
    pdf.close()
    return pages


def scanify(img: Image.Image, rng: random.Random, angle: float = 0.0) -> Image.Image:
    img = img.convert("RGB")
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    # paper tone and speckles
    tone = Image.new("RGB", img.size, (246, 243, 236))
    img = Image.blend(img, tone, 0.08)
    d = ImageDraw.Draw(img)
    for _ in range(250):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        g = rng.randrange(150, 220)
        d.point((x, y), fill=(g, g, g))
    return img


def images_to_pdf(images: list[Image.Image], path: Path, quality: int = 72) -> None:
    """Image-only PDF (no text layer), one image per A4 page, deterministic."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("")
    for img in images:
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=quality, optimize=False)
        buf.seek(0)
        iw, ih = img.size
        ratio = min(PAGE_W / iw, PAGE_H / ih)
        w, h = iw * ratio, ih * ratio
        c.drawImage(ImageReader(buf), (PAGE_W - w) / 2, (PAGE_H - h) / 2, w, h)
        c.showPage()
    c.save()


def stamp_scan(src_pdf: Path, dst_pdf: Path, company: str, seed: int, seal_pages: set[int] | None = None,
               seal_pos: tuple[float, float] = (0.62, 0.80)) -> None:
    """Rasterise our own PDF, add a red seal on the chosen pages (0-based; default first and last)."""
    rng = random.Random(seed)
    pages = rasterize_pdf(src_pdf)
    n = len(pages)
    seal_pages = {0, n - 1} if seal_pages is None else seal_pages
    out = []
    for i, page in enumerate(pages):
        page = scanify(page, rng, angle=rng.uniform(-0.6, 0.6))
        if i in seal_pages:
            s = seal(int(page.width * 0.24), company)
            s = s.rotate(rng.uniform(-15, 15), resample=Image.BICUBIC)
            x = int(page.width * seal_pos[0] + rng.uniform(-10, 10))
            y = int(page.height * seal_pos[1] + rng.uniform(-10, 10))
            base = page.convert("RGBA")
            base.alpha_composite(s, (min(x, page.width - s.width), min(y, page.height - s.height)))
            page = base.convert("RGB")
        out.append(page)
    images_to_pdf(out, dst_pdf)


def save_png(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), format="PNG", optimize=False)
