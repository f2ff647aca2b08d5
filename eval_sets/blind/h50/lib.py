"""Rendering helpers of blind set h50: deterministic DOCX/XLSX/PDF/scan writers."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime

import numpy as np
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

from eval_sets.generator import fonts  # noqa: E402

FIXED_DT = datetime(2024, 7, 15, 9, 30, 0)
ZIP_DATE = (2024, 7, 15, 9, 30, 0)

_ST = "STSong-Light"


def pdf_font(kind: str) -> str:
    if kind == "st":
        if _ST not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(_ST))
        return _ST
    return fonts.register_pdf_font()


def yuan(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    c = abs(cents)
    return f"{sign}{c // 100:,}.{c % 100:02d}"


def wan(cents: int) -> float:
    return round(cents / 1_000_000, 2)


def wan_s(cents: int) -> str:
    return f"{wan(cents):.2f}"


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-07-15T09:30:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-07-15T09:30:00Z\2", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save_docx(doc, path):
    cp = doc.core_properties
    cp.author = "申报单位"
    cp.last_modified_by = "申报单位"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def save_xlsx(wb, path):
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


# ---------------------------------------------------------------- reportlab documents
def style(font, size=9, leading=None, align=0, bold=False):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=leading or size * 1.35, alignment=align,
                          wordWrap="CJK")


def P(text, font, size=9, align=0):
    return Paragraph(text, style(font, size, align=align))


def grid_table(rows, widths, font, size=8, spans=(), header_rows=1, align_right_cols=(), bg_header=True,
               leading=None):
    data = []
    for r in rows:
        data.append([c if not isinstance(c, str) else Paragraph(c, style(font, size, leading=leading)) for c in r])
    t = Table(data, colWidths=widths, repeatRows=0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
    if bg_header and header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)))
    for s in spans:
        cmds.append(("SPAN",) + tuple(s))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(pages, pagesize=A4, margins=(18 * mm, 16 * mm, 18 * mm, 16 * mm), title="", footer=None) -> bytes:
    """pages: list of flowable lists; each list must fit one page. footer(canvas, n) optional."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins[0], topMargin=margins[1],
                            rightMargin=margins[2], bottomMargin=margins[3], title=title, author="", subject="",
                            creator="", producer="", invariant=1)
    story = []
    for i, page in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(page)

    def _on(canvas, d):
        if footer:
            footer(canvas, d.page)

    doc.build(story, onFirstPage=_on, onLaterPages=_on)
    return buf.getvalue()


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(pdf))


# ---------------------------------------------------------------- scans
def seal_image(text: str, size: int = 260, inner: str = "★") -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 36, 215)
    d.ellipse((6, 6, size - 6, size - 6), outline=red, width=max(5, size // 38))
    f = fonts.pil_font(int(size * 0.6))
    d.text((size / 2, size / 2 + 4), inner, font=f, fill=red, anchor="mm")
    n = len(text)
    cf = fonts.pil_font(int(size * 0.105))
    span = min(250.0, 18.0 * n)
    for i, ch in enumerate(text):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        r = size / 2 - size * 0.16
        cx, cy = size / 2 + r * math.cos(rad), size / 2 + r * math.sin(rad)
        tile = Image.new("RGBA", (int(size * 0.16), int(size * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=cf, fill=red, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(cx - tile.width / 2), int(cy - tile.height / 2)))
    return img


def raster_pages(pdf: bytes, scale: float = 1.45) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=scale).to_pil().convert("RGB"))
    return out


def scanify(img: Image.Image, seed: int, seals=(), colour=True) -> Image.Image:
    """seals: list of (seal_text, (fx, fy)) positions as fractions of the page."""
    rng = np.random.default_rng(seed)
    img = img.convert("RGB")
    for text, (fx, fy) in seals:
        s = seal_image(text, size=int(img.width * 0.24))
        s = s.rotate(float(rng.uniform(-18, 18)), resample=Image.BICUBIC)
        base = img.convert("RGBA")
        base.alpha_composite(s, (int(img.width * fx - s.width / 2), int(img.height * fy - s.height / 2)))
        img = base.convert("RGB")
    arr = np.asarray(img).astype(np.float32)
    tone = np.array([248, 244, 234], dtype=np.float32) / 255.0
    arr = arr * tone
    arr += rng.normal(0, 7, arr.shape[:2])[..., None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.rotate(float(rng.uniform(-0.7, 0.7)), resample=Image.BICUBIC, expand=False, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    if not colour:
        img = img.convert("L")
    return img


def images_to_pdf(images: list[Image.Image], quality: int = 62) -> bytes:
    """A minimal PDF of JPEG pages (A4), no dates, no ids: byte-stable."""
    objs: list[bytes] = []
    kids = []
    page_objs = []
    n = 3
    for img in images:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, optimize=False)
        jpg = buf.getvalue()
        cs = "/DeviceRGB" if img.mode == "RGB" else "/DeviceGray"
        w, h = img.size
        pw, ph = 595.28, 841.89
        if w > h:
            pw, ph = ph, pw
        img_id, content_id, page_id = n, n + 1, n + 2
        n += 3
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        page_objs.append((img_id, b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                                  b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, cs.encode(), len(jpg))
                          + jpg + b"\nendstream"))
        page_objs.append((content_id, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"))
        page_objs.append((page_id, (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                                    f"/Resources << /XObject << /Im0 {img_id} 0 R >> >> /Contents {content_id} 0 R >>").encode()))
        kids.append(page_id)
    allobjs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
               (2, ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {len(kids)} >>").encode())]
    allobjs += page_objs
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid, body in allobjs:
        offsets[oid] = out.tell()
        out.write(b"%d 0 obj\n" % oid + body + b"\nendobj\n")
    xref = out.tell()
    total = len(allobjs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
    for oid in range(1, total):
        out.write(b"%010d 00000 n \n" % offsets[oid])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref))
    return out.getvalue()


def scan_pdf(pdf: bytes, seed: int, seals: dict[int, list] | None = None, colour_pages=None) -> bytes:
    """Rasterise our own PDF, add paper tone/noise/skew and seals; seal pages stay colour."""
    seals = seals or {}
    imgs = raster_pages(pdf)
    out = []
    for i, im in enumerate(imgs):
        colour = i in seals or (colour_pages is not None and i in colour_pages)
        out.append(scanify(im, seed * 100 + i, seals.get(i, ()), colour=colour))
    return images_to_pdf(out)


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue()
