"""Rendering helpers of blind set h56: deterministic DOCX/XLSX/PDF/scan/PNG writers."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import ImageReader

from eval_sets.generator import fonts

FONT = fonts.register_pdf_font()
FIXED_DATE = (2024, 7, 18, 9, 30, 0)
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T08:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-18T09:30:00Z</dcterms:modified>'
        '</cp:coreProperties>')


def normalize_zip(data: bytes, title: str = "", author: str = "申报单位") -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = CORE.format(title=title, author=author).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save_docx(doc, path: Path, title: str = "") -> None:
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title))


def save_xlsx(wb, path: Path, title: str = "") -> None:
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title))


def docx_font(doc, name: str = "宋体", size: float = 10.5) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


# ---------------------------------------------------------------- PDF pages (text layer)
class Page:
    """Simple page model: a list of drawing ops rendered by reportlab."""

    def __init__(self):
        self.ops: list[tuple] = []

    def text(self, x, y, s, size=10.5):
        self.ops.append(("t", x, y, s, size))
        return self

    def center(self, y, s, size=15):
        self.ops.append(("c", y, s, size))
        return self

    def table(self, x, y, widths, rows, size=9.5, row_h=18, bold_first=True):
        self.ops.append(("tbl", x, y, widths, rows, size, row_h))
        return self

    def stamp(self, x, y, text, r=48):
        self.ops.append(("stamp", x, y, text, r))
        return self


def _draw(c, page: Page):
    W, H = A4
    for op in page.ops:
        if op[0] == "t":
            _, x, y, s, size = op
            c.setFont(FONT, size)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(x, H - y, s)
        elif op[0] == "c":
            _, y, s, size = op
            c.setFont(FONT, size)
            c.setFillColorRGB(0, 0, 0)
            c.drawCentredString(W / 2, H - y, s)
        elif op[0] == "tbl":
            _, x, y, widths, rows, size, row_h = op
            c.setLineWidth(0.6)
            c.setStrokeColorRGB(0, 0, 0)
            total = sum(widths)
            for i, row in enumerate(rows):
                top = H - y - i * row_h
                c.line(x, top, x + total, top)
                cx = x
                for j, cell in enumerate(row):
                    c.setFont(FONT, size)
                    c.setFillColorRGB(0, 0, 0)
                    s = str(cell)
                    if j == 0:
                        c.drawString(cx + 4, top - row_h + 5, s)
                    else:
                        c.drawRightString(cx + widths[j] - 4, top - row_h + 5, s)
                    cx += widths[j]
            bottom = H - y - len(rows) * row_h
            c.line(x, bottom, x + total, bottom)
            cx = x
            for w in [0] + list(widths):
                cx += w
                c.line(cx, H - y, cx, bottom)
            c.line(x, H - y, x, bottom)
        elif op[0] == "stamp":
            _, x, y, text, r = op
            c.setStrokeColorRGB(0.85, 0.1, 0.1)
            c.setFillColorRGB(0.85, 0.1, 0.1)
            c.setLineWidth(2)
            c.circle(x, H - y, r, stroke=1, fill=0)
            c.setFont(FONT, 8)
            c.drawCentredString(x, H - y - 3, text)


def pdf_bytes(pages: list[Page], title: str = "") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for p in pages:
        _draw(c, p)
        c.showPage()
    c.save()
    return buf.getvalue()


def write_pdf(pages, path: Path, title: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(pages, title))


# ---------------------------------------------------------------- scans
def _seal(img: Image.Image, cx: int, cy: int, r: int, text: str) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = (210, 30, 35, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(3, r // 14))
    # star
    import math
    pts = []
    for k in range(10):
        rr = r * (0.28 if k % 2 == 0 else 0.12)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=col)
    f = fonts.pil_font(max(10, r // 6))
    n = len(text)
    for i, ch in enumerate(text):
        a = math.radians(150 + i * (240 / max(1, n - 1)))
        px, py = cx + r * 0.72 * math.cos(a), cy + r * 0.72 * math.sin(a)
        d.text((px, py), ch, font=f, fill=col, anchor="mm")
    img.alpha_composite(layer)


def scan_pdf(pages: list[Page], path: Path, seal_text: str, seal_pages=(0,), seed: int = 1, dpi: int = 96) -> None:
    """Render pages, rasterise, add paper tone, noise, tilt and a red seal; write an image-only PDF."""
    import pypdfium2 as pdfium
    rng = random.Random(seed)
    src = pdfium.PdfDocument(pdf_bytes(pages))
    images = []
    for i in range(len(src)):
        pil = src[i].render(scale=dpi / 72).to_pil().convert("RGBA")
        if i in seal_pages:
            w, h = pil.size
            _seal(pil, int(w * 0.68), int(h * 0.80) if i else int(h * 0.22), int(w * 0.11), seal_text)
        img = pil.convert("RGB")
        img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=(246, 243, 236))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 250):
            x, y = rng.randrange(w), rng.randrange(h)
            v = rng.randrange(150, 235)
            px[x, y] = (v, v, v)
        img = img.filter(ImageFilter.GaussianBlur(0.4))
        images.append(img)
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setProducer("")
    c.setCreator("")
    W, H = A4
    for img in images:
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=70, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, W, H)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def images_pdf(images: list[Image.Image], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    W, H = A4
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    c.setProducer("")
    c.setCreator("")
    for img in images:
        jb = io.BytesIO()
        img.convert("RGB").save(jb, format="PNG", optimize=False)
        jb.seek(0)
        iw, ih = img.size
        scale = min((W - 60) / iw, (H - 60) / ih)
        c.drawImage(ImageReader(jb), 30, H - 30 - ih * scale, iw * scale, ih * scale)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def save_png(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, format="PNG", optimize=False)
    path.write_bytes(buf.getvalue())
