"""Low-level writers: deterministic PDF (reportlab), DOCX, XLSX, scans, seals, screenshots."""
from __future__ import annotations

import io
import math
import random
import re
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)
from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_BOLD = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))

FIXED_DT = (2024, 7, 18, 9, 30, 0)


# ----------------------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Fixed zip entry dates and fixed core-property dates, so DOCX/XLSX are byte-stable."""
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-16T08:00:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T09:30:00Z\2", text)
                blob = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 18, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    Path(path).write_bytes(out.getvalue())


# ----------------------------------------------------------------------------- text PDFs
def styles(font: str, size: float = 10.5):
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.55, wordWrap="CJK")
    return {
        "p": base,
        "pi": ParagraphStyle("pi", parent=base, firstLineIndent=size * 2),
        "h": ParagraphStyle("h", parent=base, fontSize=size + 5, leading=(size + 5) * 1.5, alignment=TA_CENTER,
                            spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontSize=size + 1.5, leading=(size + 1.5) * 1.6, spaceBefore=4),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        "r": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "small": ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.45),
        "cell": ParagraphStyle("cell", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
        "cellr": ParagraphStyle("cellr", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35,
                                alignment=TA_RIGHT),
        "cellc": ParagraphStyle("cellc", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35,
                                alignment=TA_CENTER),
    }


def esc(s: str) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows, widths, st, header_rows=1, num_cols=(), center_cols=(), grid=True, bold_rows=(), spans=()):
    data = []
    for i, row in enumerate(rows):
        line = []
        for j, cell in enumerate(row):
            if cell is None:
                line.append("")
                continue
            style = st["cellr"] if (j in num_cols and i >= header_rows) else (
                st["cellc"] if (j in center_cols or i < header_rows) else st["cell"])
            line.append(Paragraph(esc(cell), style))
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.5, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    for sp in spans:
        cmds.append(("SPAN",) + tuple(sp))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path: Path, pages: list[list], font: str = "STSong-Light", pagesize=A4, margins=(22, 20, 22, 20),
              header: str = "", footer_numbers: bool = True, title: str = "") -> None:
    """pages: list of lists of flowables; a PageBreak is put between pages."""
    path.parent.mkdir(parents=True, exist_ok=True)

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 8)
        if header:
            c.drawString(margins[1] * mm, pagesize[1] - 12 * mm, header)
            c.setLineWidth(0.4)
            c.line(margins[1] * mm, pagesize[1] - 13.5 * mm, pagesize[0] - margins[3] * mm, pagesize[1] - 13.5 * mm)
        if footer_numbers:
            c.drawCentredString(pagesize[0] / 2, 10 * mm, f"第 {doc.page} 页")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margins[1] * mm, rightMargin=margins[3] * mm,
                            topMargin=margins[0] * mm, bottomMargin=margins[2] * mm, invariant=1, title=title,
                            author="", creator="", producer="")
    story = []
    for i, p in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(p)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------------------- scans
def seal_image(text: str, center: str = "★", size: int = 236, color=(205, 30, 35), bottom: str = "") -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    w = size // 28
    d.ellipse((w, w, size - w, size - w), outline=color + (235,), width=w)
    font = ImageFont.truetype(NOTO_SANS_BOLD, int(size * 0.105), index=2)
    n = len(text)
    span = 250.0
    start = -90 - span / 2
    r = size / 2 - w * 3.6
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        a = math.radians(ang)
        cx = size / 2 + r * math.cos(a)
        cy = size / 2 + r * math.sin(a)
        g = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=font, fill=color + (235,), anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        img.alpha_composite(g, (int(cx - g.width / 2), int(cy - g.height / 2)))
    sf = ImageFont.truetype(NOTO_SANS_BOLD, int(size * 0.22), index=2)
    d.text((size / 2, size / 2), center, font=sf, fill=color + (235,), anchor="mm")
    if bottom:
        bf = ImageFont.truetype(NOTO_SANS_BOLD, int(size * 0.08), index=2)
        d.text((size / 2, size * 0.74), bottom, font=bf, fill=color + (235,), anchor="mm")
    # mottled ink
    arr = np.array(img)
    rng = np.random.default_rng(len(text) * 7 + size)
    mask = rng.random(arr.shape[:2]) < 0.18
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.45).astype(np.uint8), arr[..., 3])
    return Image.fromarray(arr)


def scan_pages(images: list[Image.Image], seed: int, seals: dict | None = None, color_pages=()) -> list[Image.Image]:
    """Paper tone, slight skew, blur, noise; seals: {page_index: [(seal_img, (x_frac, y_frac))]}."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    out = []
    for i, im in enumerate(images):
        im = im.convert("RGB")
        for seal, (fx, fy) in (seals or {}).get(i, []):
            s = seal.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=False)
            im.paste(s, (int(fx * im.width - s.width / 2), int(fy * im.height - s.height / 2)), s)
        arr = np.asarray(im).astype(np.float32)
        tone = np.array([246, 242, 232], dtype=np.float32) / 255.0
        arr = arr * tone
        arr += nrng.normal(0, 7, arr.shape[:2])[..., None]
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        im = Image.fromarray(arr)
        im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=False, fillcolor=(238, 234, 224))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        if i not in color_pages and not (seals or {}).get(i):
            im = im.convert("L")
        out.append(im)
    return out


def render_pdf(path: Path, scale: float = 1.45) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(path))
    imgs = [doc[i].render(scale=scale).to_pil() for i in range(len(doc))]
    doc.close()
    return imgs


def images_to_pdf(path: Path, images: list[Image.Image], quality: int = 70, pagesize=A4) -> None:
    """Image-only PDF, one image per page, deterministic (reportlab invariant, JPEG passthrough)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    tmp = Path(tempfile.gettempdir()) / "h10_img_fixed"   # fixed path: reportlab names XObjects after the file
    tmp.mkdir(exist_ok=True)
    if True:
        for i, im in enumerate(images):
            w, h = im.size
            pw, ph = (pagesize if w < h else (max(pagesize), min(pagesize)))
            c.setPageSize((pw, ph))
            f = Path(tmp) / f"p{i}.jpg"
            im.save(f, "JPEG", quality=quality, optimize=False)
            c.drawImage(str(f), 0, 0, width=pw, height=ph)
            c.showPage()
        c.save()


def scan_pdf(src_pdf: Path, dst_pdf: Path, seed: int, seals: dict | None = None, scale: float = 1.45) -> None:
    imgs = render_pdf(src_pdf, scale)
    imgs = scan_pages(imgs, seed, {i: [(s, pos) for s, pos in v] for i, v in (seals or {}).items()})
    images_to_pdf(dst_pdf, imgs)


# ----------------------------------------------------------------------------- screenshots
def font(size: int, bold: bool = False, serif: bool = False):
    if serif:
        return ImageFont.truetype(NOTO_SERIF, size, index=2)
    return ImageFont.truetype(NOTO_SANS_BOLD if bold else NOTO_SANS, size, index=2)


def dashboard(title: str, url: str, cards: list[tuple[str, str, str]], table_rows: list[list[str]] | None = None,
              theme=((14, 28, 52), (24, 46, 84), (64, 200, 255)), size=(1600, 900), footer: str = "") -> Image.Image:
    """A big-screen style platform dashboard: cards of (caption, number, unit)."""
    bg, card_bg, accent = theme
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    # browser chrome
    d.rectangle((0, 0, size[0], 38), fill=(222, 225, 230))
    d.rounded_rectangle((110, 7, size[0] - 220, 31), 10, fill=(255, 255, 255))
    d.text((125, 19), url, font=font(15), fill=(60, 60, 60), anchor="lm")
    for k, c in enumerate([(236, 95, 90), (245, 190, 80), (98, 196, 98)]):
        d.ellipse((14 + k * 26, 12, 28 + k * 26, 26), fill=c)
    d.text((size[0] / 2, 80), title, font=font(38, True), fill=(235, 245, 255), anchor="mm")
    d.line((200, 112, size[0] - 200, 112), fill=accent, width=2)
    n = len(cards)
    per_row = 4 if n > 3 else n
    cw = (size[0] - 120 - (per_row - 1) * 30) // per_row
    for i, (cap, num, unit) in enumerate(cards):
        r, c = divmod(i, per_row)
        x0 = 60 + c * (cw + 30)
        y0 = 145 + r * 190
        d.rounded_rectangle((x0, y0, x0 + cw, y0 + 160), 12, fill=card_bg, outline=accent, width=1)
        d.text((x0 + 24, y0 + 34), cap, font=font(24), fill=(170, 200, 230), anchor="lm")
        d.text((x0 + 24, y0 + 100), num, font=font(54, True), fill=accent, anchor="lm")
        tw = d.textlength(num, font=font(54, True))
        d.text((x0 + 34 + tw, y0 + 112), unit, font=font(22), fill=(170, 200, 230), anchor="lm")
    if table_rows:
        y = 145 + ((n + per_row - 1) // per_row) * 190 + 10
        cols = len(table_rows[0])
        colw = (size[0] - 120) // cols
        for ri, row in enumerate(table_rows):
            if y + 36 > size[1] - 40:
                break
            fill = (34, 60, 104) if ri == 0 else (card_bg if ri % 2 else bg)
            d.rectangle((60, y, size[0] - 60, y + 34), fill=fill)
            for ci, cell in enumerate(row):
                d.text((72 + ci * colw, y + 17), cell, font=font(19), fill=(220, 230, 245), anchor="lm")
            y += 36
    if footer:
        d.text((60, size[1] - 22), footer, font=font(16), fill=(120, 140, 170), anchor="lm")
    return img


def admin_page(title: str, url: str, menu: list[str], fields: list[tuple[str, str]], table_rows=None,
               size=(1440, 900)) -> Image.Image:
    """Light admin-console screenshot with a left menu and a statistics panel."""
    img = Image.new("RGB", size, (240, 242, 245))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, size[0], 36), fill=(225, 228, 233))
    d.rounded_rectangle((100, 6, size[0] - 200, 30), 9, fill=(255, 255, 255))
    d.text((115, 18), url, font=font(14), fill=(70, 70, 70), anchor="lm")
    d.rectangle((0, 36, 210, size[1]), fill=(0, 21, 41))
    d.text((105, 70), "管理控制台", font=font(20, True), fill=(255, 255, 255), anchor="mm")
    for i, m in enumerate(menu):
        y = 120 + i * 44
        if i == 1:
            d.rectangle((0, y - 20, 210, y + 20), fill=(24, 144, 255))
        d.text((30, y), m, font=font(16), fill=(220, 225, 235), anchor="lm")
    d.rectangle((210, 36, size[0], 92), fill=(255, 255, 255))
    d.text((240, 64), title, font=font(22, True), fill=(30, 30, 30), anchor="lm")
    x, y = 240, 120
    bw = (size[0] - 240 - 40 - 3 * 20) // 4
    for i, (cap, val) in enumerate(fields):
        r, c = divmod(i, 4)
        bx = x + c * (bw + 20)
        by = y + r * 130
        d.rectangle((bx, by, bx + bw, by + 110), fill=(255, 255, 255), outline=(220, 223, 228))
        d.text((bx + 18, by + 28), cap, font=font(17), fill=(110, 110, 110), anchor="lm")
        d.text((bx + 18, by + 72), val, font=font(34, True), fill=(20, 20, 20), anchor="lm")
    if table_rows:
        ty = y + ((len(fields) + 3) // 4) * 130 + 20
        cols = len(table_rows[0])
        colw = (size[0] - 280) // cols
        d.rectangle((240, ty, size[0] - 40, ty + 38 * len(table_rows)), fill=(255, 255, 255))
        for ri, row in enumerate(table_rows):
            yy = ty + ri * 38
            if ri == 0:
                d.rectangle((240, yy, size[0] - 40, yy + 38), fill=(250, 250, 250))
            d.line((240, yy + 38, size[0] - 40, yy + 38), fill=(232, 232, 232))
            for ci, cell in enumerate(row):
                d.text((256 + ci * colw, yy + 19), cell, font=font(16, ri == 0), fill=(40, 40, 40), anchor="lm")
    return img
