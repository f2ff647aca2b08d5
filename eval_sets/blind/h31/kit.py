"""Rendering helpers for the h31 holdout set: deterministic DOCX/XLSX/PDF/PNG, scans, seals."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_BOLD = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
WQY = str(require_font(DRAWING_FONT))
FIXED_DT = (2024, 7, 15, 9, 30, 0)


def font(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    path, idx = {"sans": (NOTO_SANS, 2), "bold": (NOTO_SANS_BOLD, 2), "serif": (NOTO_SERIF, 2),
                 "wqy": (WQY, 0)}[kind]
    return ImageFont.truetype(path, size, index=idx)


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Fixed entry dates and fixed core-property dates so DOCX/XLSX are byte-identical per build."""
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)", r"\g<1>2024-07-15T09:30:00Z\3", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    Path(path).write_bytes(out.getvalue())


# ---------------------------------------------------------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    names = pdfmetrics.getRegisteredFontNames()
    if "STSong-Light" not in names:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    if "WQY" not in names:
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))


def pdf_doc(path: Path, story: list, *, landscape_mode=False, header: str = "", footer_fn=None, margins=(18, 18, 20, 18)):
    """Build a text PDF from platypus flowables (reportlab invariant mode)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate
    rl_fonts()
    size = landscape(A4) if landscape_mode else A4

    def on_page(canv, doc):
        canv.saveState()
        if header:
            canv.setFont("WQY", 8)
            canv.drawString(margins[0] * mm, size[1] - 10 * mm, header)
            canv.line(margins[0] * mm, size[1] - 11 * mm, size[0] - margins[1] * mm, size[1] - 11 * mm)
        canv.setFont("STSong-Light", 8)
        text = footer_fn(doc.page) if footer_fn else f"第 {doc.page} 页"
        canv.drawCentredString(size[0] / 2, 9 * mm, text)
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, invariant=1,
                            title=Path(path).stem, author="", creator="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def styles(font_name="STSong-Light"):
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    rl_fonts()
    base = ParagraphStyle("b", fontName=font_name, fontSize=10.5, leading=16, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("s", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=11),
        "h1": ParagraphStyle("h1", parent=base, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4),
        "center": ParagraphStyle("ce", parent=base, alignment=TA_CENTER),
    }


def table(rows, col_widths, font_name="STSong-Light", size=8.5, header_rows=1, align_right_cols=(), zebra=False, bold_last=False):
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    rl_fonts()
    st = ParagraphStyle("t", fontName=font_name, fontSize=size, leading=size + 3, wordWrap="CJK")
    data = [[Paragraph(str(c), st) if isinstance(c, str) and len(c) > 14 else c for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in col_widths], repeatRows=header_rows)
    cmds = [("FONT", (0, 0), (-1, -1), font_name, size), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E8E8E8"))]
    for c in align_right_cols:
        cmds.append(("ALIGN", (c, header_rows), (c, -1), "RIGHT"))
    if zebra:
        for i in range(header_rows, len(rows)):
            if (i - header_rows) % 2:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F6F8FA")))
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------- images → pdf
def images_to_pdf(images: list[Image.Image], path: Path, dpi: int = 150, jpeg_quality: int = 80) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    first = images[0]
    c = canvas.Canvas(str(path), pagesize=(first.width * 72 / dpi, first.height * 72 / dpi), invariant=1)
    c.setTitle(Path(path).stem)
    for im in images:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=jpeg_quality, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- seals and scans
def red_seal(text: str, size: int = 300, star: bool = True, seed: int = 0, bottom: str = "") -> Image.Image:
    rng = random.Random(seed)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 28, 32, 215)
    r = size / 2 - 6
    cx = cy = size / 2
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(6, size // 40))
    if star:
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = size * 0.13 if i % 2 == 0 else size * 0.055
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=red)
    f = font(int(size * 0.105), "bold")
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        rr = r - size * 0.11
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        glyph = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=f, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if bottom:
        d.text((cx, cy + size * 0.26), bottom, font=font(int(size * 0.07), "bold"), fill=red, anchor="mm")
    # ink unevenness
    arr = np.array(im)
    noise = np.random.default_rng(seed).uniform(0.55, 1.0, arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * noise).astype(np.uint8)
    im = Image.fromarray(arr).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    return im


def scanify(page: Image.Image, seed: int, skew_max: float = 1.6, tone=(246, 242, 232), bw: bool = False) -> Image.Image:
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    im = page.convert("RGB")
    arr = np.asarray(im).astype(np.float32)
    paper = np.array(tone, dtype=np.float32)
    arr = arr / 255.0 * paper  # multiply onto paper tone
    grad = np.linspace(0.0, rng.uniform(6, 14), arr.shape[1], dtype=np.float32)
    arr -= grad[None, :, None]
    arr += nrng.normal(0, 5.0, arr.shape[:2])[..., None]
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.5, 0.9)))
    im = im.rotate(rng.uniform(-skew_max, skew_max), resample=Image.BICUBIC, expand=False, fillcolor=tone)
    if bw:
        im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("RGB")
    return im


class Page:
    """A PIL-drawn A4 page (150 dpi) used for scans."""
    W, H = 1240, 1754

    def __init__(self):
        self.im = Image.new("RGB", (self.W, self.H), "white")
        self.d = ImageDraw.Draw(self.im)
        self.y = 120

    def text(self, s, size=26, x=110, kind="serif", center=False, dy=None, fill="black"):
        f = font(size, kind)
        if center:
            self.d.text((self.W / 2, self.y), s, font=f, fill=fill, anchor="ma")
        else:
            self.d.text((x, self.y), s, font=f, fill=fill)
        self.y += dy if dy is not None else int(size * 1.75)

    def para(self, s, size=24, x=110, width=1020, kind="serif", indent=True):
        f = font(size, kind)
        line = "\u3000\u3000" if indent else ""
        for ch in s:
            if self.d.textlength(line + ch, font=f) > width:
                self.d.text((x, self.y), line, font=f, fill="black")
                self.y += int(size * 1.7)
                line = ""
            line += ch
        if line:
            self.d.text((x, self.y), line, font=f, fill="black")
            self.y += int(size * 1.7)

    def grid(self, rows, widths, size=19, x=90, row_h=None, kind="sans", header_fill=(235, 235, 235)):
        f = font(size, kind)
        for ri, row in enumerate(rows):
            # wrap each cell
            wrapped = []
            for c, w in zip(row, widths):
                lines, line = [], ""
                for ch in str(c):
                    if ch == "\n":
                        lines.append(line)
                        line = ""
                        continue
                    if self.d.textlength(line + ch, font=f) > w - 14:
                        lines.append(line)
                        line = ""
                    line += ch
                lines.append(line)
                wrapped.append(lines)
            h = row_h or max(len(l) for l in wrapped) * int(size * 1.45) + 14
            cx = x
            for lines, w in zip(wrapped, widths):
                if ri == 0 and header_fill:
                    self.d.rectangle([cx, self.y, cx + w, self.y + h], fill=header_fill)
                self.d.rectangle([cx, self.y, cx + w, self.y + h], outline="black", width=2)
                for li, l in enumerate(lines):
                    self.d.text((cx + 7, self.y + 7 + li * int(size * 1.45)), l, font=f, fill="black")
                cx += w
            self.y += h

    def stamp(self, seal: Image.Image, x, y):
        base = self.im.convert("RGBA")
        base.alpha_composite(seal, (int(x), int(y)))
        self.im = base.convert("RGB")
        self.d = ImageDraw.Draw(self.im)


def signature(page: "Page", x: int, y: int, name: str, seed: int):
    rng = random.Random(seed)
    f = font(46, "wqy")
    for i, ch in enumerate(name):
        glyph = Image.new("RGBA", (70, 70), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((35, 35), ch, font=f, fill=(20, 30, 90, 255), anchor="mm")
        glyph = glyph.rotate(rng.uniform(-14, 8), resample=Image.BICUBIC).transform(
            (70, 70), Image.AFFINE, (1, rng.uniform(-0.35, -0.15), 8, 0, 1, 0), resample=Image.BICUBIC)
        page.im.paste(glyph.convert("RGB"), (x + i * 48, y + rng.randint(-6, 6)), glyph)
    page.d = ImageDraw.Draw(page.im)
