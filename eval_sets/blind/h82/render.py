"""Fonts, PDFs (reportlab, invariant), scans with seals, image-only PDFs, PNG dashboards, zip normalising."""
from __future__ import annotations

import io
import math
import re
import zipfile
from pathlib import Path

import numpy as np
import pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import cjk_ttf, pil_font, register_pdf_font

rl_config.invariant = 1
FONT = register_pdf_font()
FIXED_ZIP_DATE = (2024, 7, 18, 9, 30, 0)
FIXED_ISO = "2024-07-18T09:30:00Z"


def style(size=10.5, lead=None, align=0, bold=False):
    return ParagraphStyle("s", fontName=FONT, fontSize=size, leading=lead or size * 1.55, alignment=align,
                          wordWrap="CJK", textColor=colors.black)


def esc(t: str) -> str:
    return str(t).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def P(text, size=10.5, align=0):
    return Paragraph(esc(text), style(size, align=align))


def H(text, size=15):
    return Paragraph(esc(text), style(size, align=1))


def SP(h=6):
    return Spacer(1, h)


def T(rows, widths, size=9, header=1, align_right_from=None):
    data = [[Paragraph(esc(c), style(size, size * 1.35, align=2 if (align_right_from is not None and j >= align_right_from and i >= header) else 0))
             for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (-1, header - 1), colors.HexColor("#e8e8e8")) if header else ("LEFTPADDING", (0, 0), (-1, -1), 3),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def write_pdf(path: Path, pages: list[list], title="", land=False, footer=None):
    """Each inner list is one physical page (a PageBreak is put between them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flow = []
    for i, page in enumerate(pages):
        if i:
            flow.append(PageBreak())
        flow += page
    size = landscape(A4) if land else A4

    def deco(c, doc):
        if footer:
            c.setFont(FONT, 8)
            c.drawCentredString(size[0] / 2, 10 * mm, footer.format(page=doc.page))

    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author="", creator="", invariant=1)
    doc.build(flow, onFirstPage=deco, onLaterPages=deco)
    n = len(pypdf.PdfReader(str(path)).pages)
    assert n == len(pages), (path, n, len(pages))


def pdf_texts(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


# ------------------------------------------------------------------------------------------ seals & scans
def draw_seal(img: Image.Image, cx: int, cy: int, r: int, text: str, rng, label="") -> Image.Image:
    over = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(over)
    red = (205, 30, 35, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    # star
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    # text along the upper arc
    n = len(text)
    fs = max(10, int(r * 0.24))
    font = pil_font(fs)
    span = min(math.pi * 1.45, 0.34 * n)
    for k, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
        x, y = cx + (r * 0.72) * math.cos(a), cy + (r * 0.72) * math.sin(a)
        glyph = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((fs // 2, fs // 2), ch, font=font, fill=red)
        glyph = glyph.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
        over.alpha_composite(glyph, (int(x - fs), int(y - fs)))
    if label:
        f2 = pil_font(max(9, int(r * 0.17)))
        w = d.textlength(label, font=f2)
        d.text((cx - w / 2, cy + r * 0.42), label, font=f2, fill=red)
    base = img.convert("RGBA")
    base.alpha_composite(over)
    return base.convert("RGB")


def scan_page(img: Image.Image, rng, angle=None, grey=False) -> Image.Image:
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tone = np.array([246, 243, 236], dtype=np.float32)
    arr = arr / 255.0 * tone
    arr += rng.normal(0, 6.0, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(0.5))
    ang = float(rng.uniform(-0.8, 0.8)) if angle is None else angle
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(240, 238, 232))
    return out.convert("L").convert("RGB") if grey else out


def render_pages(pdf_path: Path, scale=1.5) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf_path))
    imgs = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return imgs


def image_pdf(path: Path, images: list[Image.Image], quality=72):
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("Scanner")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
        buf.seek(0)
        w, h = A4
        iw, ih = im.size
        if iw > ih:  # landscape page
            c.setPageSize((h, w))
            w, h = h, w
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


def scan_pdf(src: Path, dst: Path, rng, seals: dict | None = None, seal_text="", grey_pages=(), scale=1.5) -> dict:
    """Rasterise `src`, age it, stamp seals {page_index: (x_frac, y_frac)}; returns {page: drawn text}."""
    texts = pdf_texts(src)
    pages = []
    for i, im in enumerate(render_pages(src, scale)):
        if seals and i in seals:
            fx, fy = seals[i]
            im = draw_seal(im, int(im.width * fx), int(im.height * fy), int(im.width * 0.095), seal_text, rng, label="")
        pages.append(scan_page(im, rng, grey=i in grey_pages))
    image_pdf(dst, pages)
    return {i + 1: t for i, t in enumerate(texts)}


# ------------------------------------------------------------------------------------------ dashboards
def dashboard(path: Path, title: str, tiles: list[tuple[str, str]], rng, subtitle="", chart=True, size=(1600, 900),
              theme="dark") -> str:
    """A BI screen: tiles of (caption, value). Returns the text drawn, line by line."""
    W, H = size
    bg, fg, acc, card = ((14, 28, 56), (235, 240, 250), (64, 200, 255), (24, 46, 88)) if theme == "dark" else \
        ((244, 246, 250), (30, 40, 60), (24, 120, 230), (255, 255, 255))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    drawn = []
    ft, fc, fv, fs = pil_font(40), pil_font(22), pil_font(44), pil_font(18)
    d.text((40, 26), title, font=ft, fill=fg)
    drawn.append(title)
    if subtitle:
        d.text((W - 40 - d.textlength(subtitle, font=fs), 44), subtitle, font=fs, fill=fg)
        drawn.append(subtitle)
    cols = 4
    tw, th = (W - 80 - (cols - 1) * 24) // cols, 150
    for k, (cap, val) in enumerate(tiles):
        x, y = 40 + (k % cols) * (tw + 24), 120 + (k // cols) * (th + 24)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=12, fill=card, outline=acc, width=2)
        d.text((x + 20, y + 18), cap, font=fc, fill=fg)
        d.text((x + 20, y + 62), val, font=fv, fill=acc)
        drawn += [cap, val]
    if chart:
        y0 = 120 + ((len(tiles) + cols - 1) // cols) * (th + 24) + 20
        if y0 < H - 120:
            d.text((40, y0), "近12个月趋势", font=fc, fill=fg)
            drawn.append("近12个月趋势")
            base = H - 60
            vals = rng.uniform(0.4, 1.0, 12)
            bw = (W - 120) // 12
            for i, v in enumerate(vals):
                top = base - int(v * (base - y0 - 60))
                d.rectangle([60 + i * bw + 10, top, 60 + (i + 1) * bw - 10, base], fill=acc)
                lab = f"{i + 1}月"
                d.text((60 + i * bw + bw // 2 - 12, base + 8), lab, font=fs, fill=fg)
                drawn.append(lab)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
    return "\n".join(drawn)


# ------------------------------------------------------------------------------------------ office files
def normalize_zip(path: Path):
    """Fixed zip dates, fixed docProps/core.xml dates, fixed entry order: byte-identical rebuilds."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", s)
                s = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", s)
                data = s.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())
