"""Shared helpers for the h11 holdout set: fonts, PDF/DOCX/XLSX writing, scans, seals, screenshots."""
from __future__ import annotations

import io
import math
import random
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DT = (2024, 7, 18, 9, 30, 0)


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates so builds are byte-identical."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re as _re
                data = _re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-07-18T09:00:00Z\g<3>", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- PIL fonts
_font_cache: dict = {}


def pfont(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    key = (size, kind)
    if key not in _font_cache:
        if kind == "sans":
            f = ImageFont.truetype(NOTO_SANS, size, index=2)
        elif kind == "sansb":
            f = ImageFont.truetype(NOTO_SANS_B, size, index=2)
        elif kind == "serif":
            f = ImageFont.truetype(NOTO_SERIF, size, index=2)
        elif kind == "serifb":
            f = ImageFont.truetype(NOTO_SERIF_B, size, index=2)
        else:
            f = ImageFont.truetype(WQY, size, index=0)
        _font_cache[key] = f
    return _font_cache[key]


# ---------------------------------------------------------------- seal
def seal_image(text: str, size: int = 420, bottom: str = "", seed: int = 0) -> Image.Image:
    """A red round company seal (RGBA), text around the upper arc, a star in the middle."""
    big = size * 2
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (206, 22, 30, 235)
    c = big / 2
    r = big / 2 - 10
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=int(big * 0.028))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = big * 0.13 if k % 2 == 0 else big * 0.052
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # arc text
    n = len(text)
    font = pfont(int(big * 0.105 if n <= 14 else big * 0.085), "sansb")
    span = min(math.radians(250), math.radians(17.5) * n if n <= 14 else math.radians(250))
    start = -math.pi / 2 - span / 2
    rad = r - big * 0.11
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        tile = Image.new("RGBA", (int(big * 0.14), int(big * 0.14)), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        td.text((tile.width / 2, tile.height / 2), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang + math.pi / 2), resample=Image.BICUBIC)
        x = c + rad * math.cos(ang) - tile.width / 2
        y = c + rad * math.sin(ang) - tile.height / 2
        img.alpha_composite(tile, (int(x), int(y)))
    if bottom:
        bf = pfont(int(big * 0.07), "sansb")
        d.text((c, c + big * 0.27), bottom, font=bf, fill=red, anchor="mm")
    # ink unevenness
    rng = np.random.default_rng(seed)
    a = np.array(img)
    mask = rng.random(a.shape[:2]) < 0.18
    a[..., 3] = np.where(mask, (a[..., 3] * 0.55).astype(np.uint8), a[..., 3])
    img = Image.fromarray(a, "RGBA").resize((size, size), Image.LANCZOS)
    return img


# ---------------------------------------------------------------- scanning
def pdf_to_images(pdf_path: Path, dpi: int = 150) -> list[Image.Image]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        bm = page.render(scale=dpi / 72)
        out.append(bm.to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return out


def scan_effect(img: Image.Image, seed: int, skew: float | None = None, seal: Image.Image | None = None,
                seal_xy: tuple[float, float] | None = None, bw: bool = False) -> Image.Image:
    """Paper tone, seal, slight skew, blur and noise. seal_xy are fractions of the page size."""
    rng = random.Random(seed)
    img = img.convert("RGB")
    if seal is not None and seal_xy is not None:
        base = img.convert("RGBA")
        x = int(seal_xy[0] * img.width - seal.width / 2)
        y = int(seal_xy[1] * img.height - seal.height / 2)
        s = seal.rotate(rng.uniform(-14, 14), resample=Image.BICUBIC)
        # multiply-like: composite the seal (ink over text)
        base.alpha_composite(s, (x, y))
        img = base.convert("RGB")
    arr = np.asarray(img).astype(np.float32)
    tone = np.array([247, 243, 232], dtype=np.float32) / 255.0
    arr = arr * tone
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0, 7.0, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "RGB")
    ang = skew if skew is not None else rng.uniform(-1.6, 1.6)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(236, 232, 220))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    if bw:
        img = img.convert("L")
    return img


def images_to_pdf(images: list[Image.Image], path: Path, page_size=A4, quality: int = 78) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=page_size, invariant=1)
    c.setAuthor("")
    c.setTitle("")
    for im in images:
        w, h = page_size
        if im.width > im.height and w < h:
            w, h = h, w
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- reportlab text PDFs
def styles(font: str = "STSong-Light", size: float = 10.5):
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.55, wordWrap="CJK",
                          firstLineIndent=0)
    return {
        "body": base,
        "indent": ParagraphStyle("i", parent=base, firstLineIndent=size * 2),
        "title": ParagraphStyle("t", parent=base, fontSize=size * 1.7, leading=size * 2.4, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base, fontSize=size * 1.25, leading=size * 2.0, spaceBefore=4, spaceAfter=2),
        "h2": ParagraphStyle("h2", parent=base, fontSize=size * 1.08, leading=size * 1.8),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("s", parent=base, fontSize=size * 0.82, leading=size * 1.25),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size * 0.86, leading=size * 1.2),
        "cellc": ParagraphStyle("cellc", parent=base, fontSize=size * 0.86, leading=size * 1.2, alignment=TA_CENTER),
        "cellr": ParagraphStyle("cellr", parent=base, fontSize=size * 0.86, leading=size * 1.2, alignment=TA_RIGHT),
    }


def ptable(rows, col_widths, st, header_rows: int = 1, align_right_cols=(), font_size=None, repeat=1,
           spans=(), grid=0.5, header_bg=colors.Color(0.88, 0.88, 0.88)):
    """Table of Paragraphs. rows: list of lists of str."""
    data = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, v in enumerate(row):
            s = st["cellc"] if ri < header_rows else (st["cellr"] if ci in align_right_cols else st["cell"])
            cells.append(Paragraph(str(v), s) if v is not None else "")
        data.append(cells)
    t = Table(data, colWidths=col_widths, repeatRows=repeat)
    style = [("GRID", (0, 0), (-1, -1), grid, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header_rows and header_bg is not None:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), header_bg))
    for sp in spans:
        style.append(("SPAN",) + tuple(sp))
    t.setStyle(TableStyle(style))
    return t


def build_pdf(path: Path, story, pagesize=A4, header: str = "", footer: str = "第{page}页", margins=(22, 20, 22, 20),
              font="STSong-Light", page_offset=0):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 8.5)
        w, h = pagesize
        if header:
            c.drawString(margins[3] * mm, h - 12 * mm, header)
            c.setLineWidth(0.4)
            c.line(margins[3] * mm, h - 13.5 * mm, w - margins[1] * mm, h - 13.5 * mm)
        if footer:
            c.drawCentredString(w / 2, 10 * mm, footer.format(page=doc.page + page_offset))
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=pagesize, topMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            bottomMargin=margins[2] * mm, leftMargin=margins[3] * mm, invariant=1,
                            title="", author="", subject="", creator="")
    doc.build(list(story), onFirstPage=deco, onLaterPages=deco)


def pdf_page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return out


# ---------------------------------------------------------------- number helpers
def split(total: int, weights: dict, seed: int = 0) -> dict:
    """Largest-remainder split of an integer total by weights, keeping key order."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(math.floor(v)) for k, v in raw.items()}
    rest = total - sum(out.values())
    order = sorted(weights, key=lambda k: (-(raw[k] - out[k]), list(weights).index(k)))
    for k in order[:rest]:
        out[k] += 1
    return out


def r2(x: float) -> float:
    """Round half up to 2 decimals (as people do on paper)."""
    from decimal import Decimal, ROUND_HALF_UP
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(a: float, b: float) -> float:
    from decimal import Decimal, ROUND_HALF_UP
    return float((Decimal(str(a)) / Decimal(str(b)) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def fmt(n, dec: int = 0, comma: bool = True) -> str:
    if dec:
        return f"{n:,.{dec}f}" if comma else f"{n:.{dec}f}"
    return f"{int(n):,}" if comma else f"{int(n)}"


def yuan_to_wan(yuan: float) -> float:
    return r2(yuan / 10000)


def bd_text(d: dict, sep: str = "、", colon: str = "：", comma: bool = False) -> str:
    return sep.join(f"{k}{colon}{fmt(v, comma=comma)}" for k, v in d.items())


def nchars(text: str) -> int:
    return len("".join(text.split()))
