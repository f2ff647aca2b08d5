"""Deterministic writers for h60: PDF (reportlab, invariant), scans (pypdfium2 → PIL → image PDF),
DOCX / XLSX re-zipped with fixed dates and core properties, PNG screenshots, red seals."""

from __future__ import annotations

import io
import math
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator import fonts

FONT = fonts.register_pdf_font()
FIXED_DT = (2024, 7, 18, 9, 30, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-18T09:30:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-18T09:30:00Z</dcterms:modified>'
    '</cp:coreProperties>'
)


def normalize_zip(path: Path, title: str = "", author: str = "申报单位") -> None:
    data = Path(path).read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = CORE_XML.format(title=title, author=author).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    Path(path).write_bytes(out.getvalue())


# ---------------------------------------------------------------- text PDFs (reportlab platypus)

def styles(size: float = 9.5):
    base = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.55, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.45),
        "h1": ParagraphStyle("h1", parent=base, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=TA_CENTER,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontSize=size + 2.5, leading=(size + 2.5) * 1.5, spaceBefore=4,
                             spaceAfter=4),
        "h3": ParagraphStyle("h3", parent=base, fontSize=size + 1, leading=(size + 1) * 1.5, spaceBefore=2,
                             spaceAfter=2),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
        "center": ParagraphStyle("ce", parent=base, alignment=TA_CENTER),
    }


def table(rows, widths, size: float = 8, header_rows: int = 1, num_align_from: int = 1, para_cols=()):
    st = styles(size + 1.5)
    data = []
    for r in rows:
        line = []
        for i, c in enumerate(r):
            line.append(Paragraph(str(c), st["cell"]) if i in para_cols else str(c))
        data.append(line)
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, size),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")),
        ("ALIGN", (num_align_from, header_rows), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def write_pdf(path: Path, pages: list[list], header: str = "", footer_from: int = 1, title: str = "",
              margins=(20, 18, 20, 18), strict: bool = True) -> int:
    """Each element of `pages` is one physical page (flowables); a PageBreak is put between them.
    Returns the page count; raises if some page overflowed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    counter = {"n": 0}

    def deco(canvas, doc):
        counter["n"] += 1
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        if header:
            canvas.drawString(margins[0] * mm, A4[1] - 11 * mm, header)
            canvas.line(margins[0] * mm, A4[1] - 12.5 * mm, A4[0] - margins[2] * mm, A4[1] - 12.5 * mm)
        n = doc.page
        if n >= footer_from:
            canvas.drawCentredString(A4[0] / 2, 9 * mm, f"{n}")
        canvas.restoreState()

    story = []
    for i, p in enumerate(pages):
        story.extend(p)
        if i < len(pages) - 1:
            story.append(PageBreak())
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins[0] * mm, topMargin=margins[1] * mm,
                            rightMargin=margins[2] * mm, bottomMargin=margins[3] * mm, invariant=1,
                            title=title, author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    if strict and counter["n"] != len(pages):
        raise RuntimeError(f"{path.name}: {counter['n']} physical pages for {len(pages)} logical pages")
    path.write_bytes(buf.getvalue())
    return counter["n"]


# ---------------------------------------------------------------- seals, scans, images

def seal(text: str, size: int = 300, inner: str = "") -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 25, 30, 215)
    c = size / 2
    d.ellipse((6, 6, size - 6, size - 6), outline=red, width=max(6, size // 40))
    # star
    r1, r2 = size * 0.13, size * 0.055
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(int(size * 0.095))
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        rr = size * 0.36
        x, y = c + rr * math.cos(ang), c + rr * math.sin(ang)
        glyph = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if inner:
        f2 = fonts.pil_font(int(size * 0.075))
        d.text((c, c + size * 0.24), inner, font=f2, fill=red, anchor="mm")
    return img


def rasterize(pdf_path: Path, scale: float = 1.4) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        bitmap = page.render(scale=scale)
        out.append(bitmap.to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def scanify(img: Image.Image, seed: int, seal_img: Image.Image | None = None, seal_pos=(0.62, 0.72),
            colour: bool | None = None) -> Image.Image:
    rnd = random.Random(seed)
    img = img.convert("RGB")
    if seal_img is not None:
        w = int(img.width * 0.24)
        s = seal_img.resize((w, w), Image.LANCZOS).rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC)
        img = img.convert("RGBA")
        img.alpha_composite(s, (int(img.width * seal_pos[0]), int(img.height * seal_pos[1])))
        img = img.convert("RGB")
    tone = Image.new("RGB", img.size, (247, 244, 236))
    img = Image.blend(img, tone, 0.10)
    img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(246, 243, 235))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    px = img.load()
    for _ in range(img.width * img.height // 900):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        v = rnd.randrange(90, 200)
        px[x, y] = (v, v, v)
    if colour is None:
        colour = seal_img is not None
    if not colour:
        img = img.convert("L")
    return img


def images_to_pdf(path: Path, images: list[Image.Image], quality: int = 72) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("scanner")
    c.setProducer("scanner")
    from reportlab.lib.utils import ImageReader
    for img in images:
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def save_png(img: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    path.write_bytes(buf.getvalue())


def spacer(h=4):
    return Spacer(1, h * mm)


__all__ = ["normalize_zip", "styles", "table", "write_pdf", "seal", "rasterize", "scanify", "images_to_pdf",
           "save_png", "spacer", "Paragraph", "PageBreak", "FONT", "mm"]
