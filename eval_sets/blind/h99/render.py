"""Deterministic writers: reportlab text PDFs, image-only scans with a red seal, DOCX, XLSX, PNG."""

from __future__ import annotations

import io
import math
import re
import zipfile
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import cjk_ttf, register_pdf_font

FIXED_ZIP_DATE = (2024, 7, 10, 9, 0, 0)
FIXED_ISO = "2024-07-10T09:00:00Z"


def font() -> str:
    return register_pdf_font()


def _styles():
    f = font()
    return {
        "h": ParagraphStyle("h", fontName=f, fontSize=14, leading=20, alignment=1, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=f, fontSize=11, leading=16, spaceBefore=4, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=f, fontSize=9.5, leading=14),
        "small": ParagraphStyle("s", fontName=f, fontSize=7.5, leading=10, textColor=colors.grey),
        "cell": ParagraphStyle("c", fontName=f, fontSize=8.5, leading=11),
    }


def pdf_bytes(pages: list[list], title: str, strict: bool = True) -> bytes:
    """pages: list of blocks per page; block = ("h"|"h2"|"p"|"small", text) or ("table", rows, col_widths_mm)."""
    st = _styles()
    story = []
    for i, blocks in enumerate(pages):
        if i:
            story.append(PageBreak())
        for b in blocks:
            if b[0] == "table":
                rows = [[Paragraph(str(c), st["cell"]) for c in r] for r in b[1]]
                t = Table(rows, colWidths=[w * mm for w in b[2]] if b[2] else None, repeatRows=0)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
                story += [t, Spacer(1, 4 * mm)]
            elif b[0] == "space":
                story.append(Spacer(1, b[1] * mm))
            else:
                story.append(Paragraph(b[1], st[b[0]]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=title, author="", creator="", invariant=1)
    doc.build(story)
    data = buf.getvalue()
    n = len(pypdf.PdfReader(io.BytesIO(data)).pages)
    assert n == len(pages) or not strict, (title, n, len(pages))
    return data


def page_texts(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def _ttf(size: int):
    return ImageFont.truetype(str(cjk_ttf()), size)


def draw_seal(img: Image.Image, cx: int, cy: int, r: int, text: str, inner: str = "") -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (210, 30, 35, 200)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 18))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.26 if k % 2 == 0 else r * 0.1
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = _ttf(int(r * 0.2))
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((int(r * 0.05), 0), ch, font=f, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        px, py = cx + r * 0.76 * math.cos(ang), cy + r * 0.76 * math.sin(ang)
        layer.alpha_composite(tile, (int(px - tile.width / 2), int(py - tile.height / 2)))
    if inner:
        fi = _ttf(int(r * 0.16))
        w = d.textlength(inner, font=fi)
        d.text((cx - w / 2, cy + r * 0.38), inner, font=fi, fill=red)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    img.paste(base.convert("RGB"))


def draw_signature(img: Image.Image, x: int, y: int, name: str) -> None:
    d = ImageDraw.Draw(img)
    d.text((x, y), name, font=_ttf(46), fill=(20, 30, 90))


def rasterize(data: bytes, scale: float = 1.5) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    out = [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return out


def images_pdf(images: list[Image.Image]) -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    w, h = A4
    for im in images:
        c.drawImage(ImageReader(im), 0, 0, width=w, height=h)
        c.showPage()
    c.save()
    return buf.getvalue()


def scan(data: bytes, company: str, seal_pages: dict[int, tuple[float, float]], sign: dict[int, tuple[float, float, str]] | None = None,
         tone: int = 0) -> bytes:
    """Rasterise a text PDF, add a red seal (and a signature) where asked, and return an image-only PDF."""
    imgs = rasterize(data)
    out = []
    for i, im in enumerate(imgs, start=1):
        if tone:
            im = Image.eval(im, lambda v: max(0, v - tone))
        if sign and i in sign:
            fx, fy, name = sign[i]
            draw_signature(im, int(im.width * fx), int(im.height * fy), name)
        if i in seal_pages:
            fx, fy = seal_pages[i]
            draw_seal(im, int(im.width * fx), int(im.height * fy), int(im.width * 0.11), company)
        else:
            im = im.convert("L")
        out.append(im)
    return images_pdf(out)


# ------------------------------------------------------------------------------------------ office
def normalize_zip(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{FIXED_ISO}\g<3>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def docx_new():
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = d.core_properties
    import datetime as dt
    fixed = dt.datetime(2024, 7, 10, 9, 0, 0)
    cp.author = cp.last_modified_by = "申报单位"
    cp.created = cp.modified = cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    return d


def docx_table(d, rows: list[list[str]], header: bool = True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = str(val)
    return t


def docx_save(d, path: Path) -> None:
    d.save(str(path))
    normalize_zip(path)


def xlsx_save(wb, path: Path) -> None:
    import datetime as dt
    wb.properties.creator = "申报单位"
    wb.properties.created = wb.properties.modified = dt.datetime(2024, 7, 10, 9, 0, 0)
    wb.save(str(path))
    normalize_zip(path)


def png_dashboard(path: Path, title: str, tiles: list[tuple[str, str, str, str]], footer: str) -> str:
    """tiles: (caption, value, 较上年 delta, last year's value in small print). Returns the drawn text."""
    W, H = 1600, 900
    im = Image.new("RGB", (W, H), (14, 28, 52))
    d = ImageDraw.Draw(im)
    drawn = [title]
    d.text((40, 28), title, font=_ttf(40), fill=(235, 240, 250))
    cols = 3
    for k, (cap, val, delta, prev) in enumerate(tiles):
        x0, y0 = 40 + (k % cols) * 515, 120 + (k // cols) * 300
        d.rounded_rectangle([x0, y0, x0 + 490, y0 + 270], radius=18, fill=(27, 48, 84))
        d.text((x0 + 24, y0 + 20), cap, font=_ttf(30), fill=(170, 190, 220))
        d.text((x0 + 24, y0 + 80), val, font=_ttf(72), fill=(255, 255, 255))
        d.text((x0 + 24, y0 + 180), delta, font=_ttf(26), fill=(90, 220, 140))
        d.text((x0 + 24, y0 + 224), prev, font=_ttf(20), fill=(130, 145, 170))
        drawn += [cap, val, delta, prev]
    d.text((40, H - 50), footer, font=_ttf(22), fill=(130, 145, 170))
    drawn.append(footer)
    im.save(str(path), format="PNG", optimize=False)
    return "\n".join(drawn)
