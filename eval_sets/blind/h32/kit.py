"""Rendering helpers for the h32 holdout set: PDF (reportlab), scans, screenshots, DOCX/XLSX, zip normalising."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

rl_config.invariant = 1
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SANS_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FONTS = {"song": "STSong-Light", "hei": "WQY"}


# ---------------------------------------------------------------- PDF from blocks
def _styles(font: str, size: float):
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.55, wordWrap="CJK")
    return {
        "p": base,
        "h": ParagraphStyle("h", parent=base, fontSize=size + 4, leading=(size + 4) * 1.5, alignment=1, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontSize=size + 1.5, leading=(size + 1.5) * 1.6, spaceBefore=4),
        "c": ParagraphStyle("c", parent=base, alignment=1),
        "r": ParagraphStyle("r", parent=base, alignment=2),
        "small": ParagraphStyle("s", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3),
        "cellr": ParagraphStyle("cellr", parent=base, fontSize=size - 1, leading=(size - 1) * 1.3, alignment=2),
    }


def pdf_bytes(blocks, font="song", size=10.5, header: str = "", footer: str = "", margins=(22, 20)) -> bytes:
    fn = FONTS[font]
    st = _styles(fn, size)
    story = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "h2", "c", "r", "small"):
            story.append(Paragraph(b[1], st[kind]))
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "t":
            rows, widths = b[1], b[2]
            opts = b[3] if len(b) > 3 else {}
            num_cols = set(opts.get("right", []))
            data = []
            for ri, row in enumerate(rows):
                cells = []
                for ci, cell in enumerate(row):
                    sty = st["cellr"] if (ci in num_cols and ri >= opts.get("head", 1)) else st["cell"]
                    cells.append(Paragraph(str(cell), sty))
                data.append(cells)
            t = Table(data, colWidths=[w * mm for w in widths], repeatRows=opts.get("head", 1))
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if opts.get("shade", True):
                style.append(("BACKGROUND", (0, 0), (-1, opts.get("head", 1) - 1), colors.HexColor("#e6e6e6")))
            for sp in opts.get("spans", []):
                style.append(("SPAN", sp[0], sp[1]))
            t.setStyle(TableStyle(style))
            story.append(t)
    buf = io.BytesIO()

    def deco(canv, doc):
        canv.saveState()
        canv.setFont(fn, 8)
        if header:
            canv.drawString(margins[0] * mm, A4[1] - 12 * mm, header)
            canv.line(margins[0] * mm, A4[1] - 13.5 * mm, A4[0] - margins[0] * mm, A4[1] - 13.5 * mm)
        canv.drawCentredString(A4[0] / 2, 10 * mm, (footer + "  " if footer else "") + f"第 {doc.page} 页")
        canv.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins[0] * mm, rightMargin=margins[0] * mm,
                            topMargin=margins[1] * mm, bottomMargin=18 * mm, invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def write_pdf(path: Path, blocks, **kw) -> int:
    data = pdf_bytes(blocks, **kw)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(pdfium.PdfDocument(data))


# ---------------------------------------------------------------- seals and scans
def seal(text: str, size=300, color=(205, 30, 35), seed=0, inner="") -> Image.Image:
    rnd = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = size / 2
    d.ellipse([8, 8, size - 8, size - 8], outline=color + (230,), width=int(size * 0.03))
    r = size * 0.11
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.4
        pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
    d.polygon(pts, fill=color + (230,))
    font = ImageFont.truetype(NOTO_SANS_B, int(size * 0.095))
    n = len(text)
    span = min(250, 18 * n)
    start = -90 - span / 2
    for i, ch in enumerate(text):
        ang = math.radians(start + span * (i + 0.5) / n)
        rad = size * 0.36
        x, y = c + rad * math.cos(ang), c + rad * math.sin(ang)
        tile = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=color + (230,), anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if inner:
        f2 = ImageFont.truetype(NOTO_SANS_B, int(size * 0.075))
        d.text((c, c + size * 0.22), inner, font=f2, fill=color + (230,), anchor="mm")
    arr = np.array(img)
    mask = np.random.default_rng(seed).random(arr.shape[:2]) < 0.12
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.45).astype(np.uint8), arr[..., 3])
    return Image.fromarray(arr).rotate(rnd.uniform(-25, 25), resample=Image.BICUBIC)


def scan_pdf(src_pdf: bytes, out: Path, seed: int, seals: dict | None = None, dpi=130, colour_pages=None) -> int:
    """Rasterise, degrade and write an image-only PDF. seals: {page_index: (text, (fx, fy), inner)}."""
    seals = seals or {}
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src_pdf)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        if i in seals:
            text, (fx, fy), inner = seals[i]
            s = seal(text, size=int(img.width * 0.27), seed=seed + i, inner=inner)
            img.paste(s, (int(img.width * fx - s.width / 2), int(img.height * fy - s.height / 2)), s)
        ang = float(rng.uniform(-1.6, 1.6))
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        arr = np.asarray(img).astype(np.float32)
        tone = np.array([246, 242, 230], dtype=np.float32)
        arr = arr / 255.0 * tone
        arr += rng.normal(0, 7, arr.shape[:2])[..., None]
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr)
        if i not in seals and not (colour_pages and i in colour_pages):
            img = img.convert("L")
        pages.append(img)
    out.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=80)
    _strip_pdf_dates(out)
    return len(pages)


def _strip_pdf_dates(path: Path):
    data = path.read_bytes()
    data = re.sub(rb"/(CreationDate|ModDate) ?\(D:[0-9+\-Z']*\)", lambda m: b"/" + m.group(1) + b" (D:20240715090000)", data)
    path.write_bytes(data)


def images_pdf(images: list[Image.Image], out: Path, dpi=110):
    out.parent.mkdir(parents=True, exist_ok=True)
    imgs = [im.convert("RGB") for im in images]
    imgs[0].save(out, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi)
    _strip_pdf_dates(out)


def font(size, path=NOTO_SANS):
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------- zip (docx/xlsx) normalising
FIXED = (2024, 7, 15, 9, 0, 0)


def normalize_zip(path: Path):
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-07-15T09:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def pdf_page_texts(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
