"""Deterministic writers: DOCX/XLSX (fixed zip dates and core properties), text PDFs (reportlab
canvas, invariant=1, explicit pages), scans (our own PDF rasterised with pypdfium2, a red seal drawn
with PIL, pages written as images into a reportlab PDF) and PNG dashboards."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from eval_sets.generator import fonts

FIXED_ZIP_DATE = (2024, 7, 15, 9, 0, 0)
FIXED_ISO = "2024-07-15T09:00:00Z"
PDF_FONT = fonts.register_pdf_font()


# ---------------------------------------------------------------- office files
def normalize_zip(path: Path) -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = src.read(name)
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    path.write_bytes(out.getvalue())


def new_docx(font: str = "宋体", size: float = 10.5) -> Document:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    props = doc.core_properties
    props.author = "申报单位"
    props.last_modified_by = "申报单位"
    props.revision = 1
    return doc


def save_docx(doc: Document, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    normalize_zip(path)


def docx_table(doc: Document, rows: list[list[str]], style: str = "Table Grid", bold_first: bool = True):
    table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = style
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            lines = str(text).split("\n")
            cell.text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)
            if bold_first and i == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def save_xlsx(wb: Workbook, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- text PDFs
class Pdf:
    """A reportlab canvas with explicit pages; `page` is the 1-based page being drawn."""

    def __init__(self, path: Path | None, font_size: float = 10, header: str = ""):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.c.setTitle("")
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.path = path
        self.size = font_size
        self.header = header
        self.page = 1
        self.y = A4[1] - 60
        self._head()

    def _head(self):
        if self.header:
            self.c.setFont(PDF_FONT, 8)
            self.c.drawString(50, A4[1] - 35, self.header)
            self.c.line(50, A4[1] - 40, A4[0] - 50, A4[1] - 40)
        self.c.setFont(PDF_FONT, 8)
        self.c.drawCentredString(A4[0] / 2, 25, f"第 {self.page} 页")

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = A4[1] - 60
        self._head()

    def need(self, h: float):
        if self.y - h < 50:
            self.new_page()

    def text(self, s: str, size: float | None = None, center: bool = False, gap: float = 6, x: float = 50,
             width: float = A4[0] - 100):
        size = size or self.size
        for line in wrap(s, size, width):
            self.need(size + gap)
            self.c.setFont(PDF_FONT, size)
            if center:
                self.c.drawCentredString(A4[0] / 2, self.y - size, line)
            else:
                self.c.drawString(x, self.y - size, line)
            self.y -= size + gap

    def space(self, h: float):
        self.y -= h

    def table(self, rows: list[list[str]], widths: list[float], size: float | None = None, repeat_header: bool = True,
              align_right_from: int | None = None):
        size = size or self.size
        x0 = 50
        total = sum(widths)
        scale = (A4[0] - 100) / total
        widths = [w * scale for w in widths]
        header = rows[0]

        def draw_row(row, bold=False):
            cells = [wrap(str(t), size, w - 6) for t, w in zip(row, widths)]
            h = max(len(c) for c in cells) * (size + 3) + 6
            return cells, h

        first = True
        for i, row in enumerate(rows):
            cells, h = draw_row(row)
            if self.y - h < 50:
                self.new_page()
                if repeat_header and i > 0:
                    hc, hh = draw_row(header)
                    self._cells(hc, widths, x0, hh, size, align_right_from)
            self._cells(cells, widths, x0, h, size, align_right_from)
            first = False
        return first

    def _cells(self, cells, widths, x0, h, size, align_right_from):
        c = self.c
        x = x0
        for j, (lines, w) in enumerate(zip(cells, widths)):
            c.rect(x, self.y - h, w, h)
            c.setFont(PDF_FONT, size)
            for k, line in enumerate(lines):
                ty = self.y - 4 - size - k * (size + 3)
                if align_right_from is not None and j >= align_right_from:
                    c.drawRightString(x + w - 3, ty, line)
                else:
                    c.drawString(x + 3, ty, line)
            x += w
        self.y -= h

    def bytes(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()

    def save(self) -> int:
        data = self.bytes()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(data)
        return self.page


def text_width(s: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(s, PDF_FONT, size)


def wrap(s: str, size: float, width: float) -> list[str]:
    out = []
    for para in str(s).split("\n"):
        line = ""
        for ch in para:
            if text_width(line + ch, size) > width and line:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out or [""]


# ---------------------------------------------------------------- scans
def seal(text: str, inner: str = "", diameter: int = 300) -> Image.Image:
    img = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    d.ellipse((6, 6, diameter - 6, diameter - 6), outline=red, width=9)
    cx = cy = diameter / 2
    star_r = diameter * 0.13
    pts = []
    for k in range(10):
        r = star_r if k % 2 == 0 else star_r * 0.4
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(int(diameter * 0.1))
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        a = start + span * (i + 0.5) / n
        r = diameter / 2 - diameter * 0.14
        x, y = cx + r * math.cos(a), cy + r * math.sin(a)
        glyph = Image.new("RGBA", (int(diameter * 0.13),) * 2, (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((0, 0), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if inner:
        f2 = fonts.pil_font(int(diameter * 0.07))
        w = d.textlength(inner, font=f2)
        d.text((cx - w / 2, cy + diameter * 0.2), inner, font=f2, fill=red)
    return img


def rasterize(pdf_bytes: bytes, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        pages.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return pages


def scanify(img: Image.Image, rng: random.Random, stamp: Image.Image | None = None,
            at: tuple[float, float] = (0.62, 0.78)) -> Image.Image:
    img = img.convert("L").convert("RGB")
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    tone = Image.new("RGB", img.size, (246, 243, 236))
    img = Image.blend(img, tone, 0.12)
    if stamp is not None:
        s = stamp.resize((int(img.width * 0.2),) * 2)
        img = img.convert("RGBA")
        img.alpha_composite(s, (int(img.width * at[0]), int(img.height * at[1])))
        img = img.convert("RGB")
    return img


def images_pdf(images: list[Image.Image], path: Path, quality: int = 72) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for img in images:
        jb = io.BytesIO()
        img.convert("RGB").save(jb, "JPEG", quality=quality, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def save_png(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)


def dashboard(title: str, tiles: list[tuple[str, str]], footer: str = "", size=(1400, 820)) -> Image.Image:
    img = Image.new("RGB", size, (16, 32, 58))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, size[0], 70), fill=(10, 22, 42))
    d.text((30, 18), title, font=fonts.pil_font(30), fill=(230, 240, 255))
    cols = 3
    tw, th = (size[0] - 80) // cols, 200
    for i, (cap, val) in enumerate(tiles):
        r, c = divmod(i, cols)
        x, y = 30 + c * (tw + 10), 100 + r * (th + 20)
        d.rectangle((x, y, x + tw - 10, y + th), fill=(28, 54, 92), outline=(70, 130, 200), width=2)
        d.text((x + 20, y + 20), cap, font=fonts.pil_font(26), fill=(170, 200, 235))
        d.text((x + 20, y + 80), val, font=fonts.pil_font(60), fill=(120, 230, 255))
    if footer:
        d.text((30, size[1] - 50), footer, font=fonts.pil_font(20), fill=(150, 170, 200))
    return img
