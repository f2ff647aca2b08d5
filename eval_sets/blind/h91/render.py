"""Low-level writers of the h91 set: fonts, text PDFs (reportlab platypus, invariant), scans (pypdfium2 raster +
paper tone + red seal, image-only PDF), PNG dashboards, and zip normalising for DOCX/XLSX.

Everything is deterministic: fixed seeds, reportlab invariant=1, fixed zip dates and core-property dates."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from functools import cache
from pathlib import Path

import pypdf
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import cjk_ttf

FONT = "H91CJK"
FIXED_DT = (2024, 7, 16, 9, 30, 0)
FIXED_ISO = "2024-07-16T09:30:00Z"

# text drawn into images: {"<package_id>/<file>": {page: text}} — filled by the writers, dumped by build
DRAWN: dict[str, dict[int, str]] = {}


@cache
def font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
    return FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size, index=0)


def style(size=10.5, leading=None, bold=False, align=0, color=colors.black) -> ParagraphStyle:
    return ParagraphStyle("s%s%s%s" % (size, align, bold), fontName=font(), fontSize=size,
                          leading=leading or size * 1.45, wordWrap="CJK", alignment=align, textColor=color)


def esc(s: str) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def P(text, size=10.5, align=0, **kw) -> Paragraph:
    return Paragraph(esc(text), style(size, align=align, **kw))


def H(text, size=15) -> Paragraph:
    return Paragraph(esc(text), style(size, align=1, leading=size * 1.8))


def table(rows, widths, size=9, header_rows=1, align_right_from=None, grid=0.5, bg=colors.HexColor("#EDEDED")):
    data = [[P(c, size, align=2 if (align_right_from is not None and j >= align_right_from and i >= header_rows) else 0)
             if not isinstance(c, Paragraph) else c for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    st = [("GRID", (0, 0), (-1, -1), grid, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header_rows:
        st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), bg))
    t.setStyle(TableStyle(st))
    return t


def write_pdf(path: Path, pages: list[list], title="", header=None, footer=None, margins=(18, 18, 20, 20), flow=False):
    """pages: list of flowable lists, one per physical page (content must fit; a PageBreak separates pages).
    header(canvas, page_no, n_pages) / footer(...) draw on every page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = len(pages)
    story = []
    for i, fl in enumerate(pages):
        story += fl
        if i < n - 1:
            story.append(PageBreak())

    def deco(c, doc):
        no = doc.page
        c.saveState()
        if header:
            header(c, no, n)
        if footer:
            footer(c, no, n)
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, title=title, author="",
                            creator="", producer="", subject="", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    got = len(pypdf.PdfReader(str(path)).pages)
    assert flow or got == n, f"{path.name}: {got} pages, expected {n}"
    return got


def draw_text(c, x, y, text, size=8, color=colors.black):
    c.setFont(font(), size)
    c.setFillColor(color)
    c.drawString(x, y, text)


# ----------------------------------------------------------------------------------------- images / scans
def seal_image(text: str, size=300, sub="") -> Image.Image:
    """A red round company seal, RGBA."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (214, 30, 36, 205)
    w = max(6, size // 40)
    d.ellipse((w, w, size - w, size - w), outline=red, width=w)
    c = size / 2
    # star
    r1, r2 = size * 0.13, size * 0.055
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    # text along the arc
    chars = list(text)
    fs = int(size * 0.11)
    f = pil_font(fs)
    span = min(250, 18 * len(chars))
    start = -90 - span / 2
    for i, ch in enumerate(chars):
        ang = math.radians(start + span * (i + 0.5) / len(chars))
        rr = size / 2 - w - fs * 0.85
        x, y = c + rr * math.cos(ang), c + rr * math.sin(ang)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs // 2, fs // 2), ch, font=f, fill=red)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fs), int(y - fs)))
    if sub:
        f2 = pil_font(int(size * 0.07))
        tw = d.textlength(sub, font=f2)
        d.text((c - tw / 2, c + size * 0.2), sub, font=f2, fill=red)
    return im


def scan_pages(src_pdf: Path, seals: dict[int, tuple[str, float, float]], seed: int, scale=1.6,
               angle_max=0.5) -> list[Image.Image]:
    """Rasterise a PDF, add paper tone, slight rotation, noise and red seals {page_index: (text, x_frac, y_frac)}."""
    rng = random.Random(seed)
    doc = pypdfium2.PdfDocument(str(src_pdf))
    out = []
    for i in range(len(doc)):
        im = doc[i].render(scale=scale).to_pil().convert("RGB")
        tone = Image.new("RGB", im.size, (246, 243, 234))
        im = Image.blend(im, tone, 0.18)
        if i in seals:
            text, fx, fy = seals[i]
            s = seal_image(text, int(im.size[0] * 0.27))
            rgba = im.convert("RGBA")
            rgba.alpha_composite(s.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC),
                                 (int(im.size[0] * fx - s.size[0] / 2), int(im.size[1] * fy - s.size[1] / 2)))
            im = rgba.convert("RGB")
        im = im.rotate(rng.uniform(-angle_max, angle_max), resample=Image.BICUBIC, fillcolor=(246, 243, 234))
        im = im.filter(ImageFilter.GaussianBlur(0.5))
        # speckles
        d = ImageDraw.Draw(im)
        for _ in range(140):
            x, y = rng.randrange(im.size[0]), rng.randrange(im.size[1])
            g = rng.randrange(90, 170)
            d.point((x, y), fill=(g, g, g))
        out.append(im)
    doc.close()
    return out


def images_to_pdf(path: Path, images: list[Image.Image], quality=None):
    """Image-only PDF (no text layer), A4 pages, deterministic."""
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setProducer("")
    c.setCreator("")
    W, H_ = A4
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, format="JPEG", quality=82, optimize=False)
        buf.seek(0)
        from reportlab.lib.utils import ImageReader
        c.drawImage(ImageReader(buf), 0, 0, W, H_)
        c.showPage()
    c.save()


def text_of_pdf(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def record_drawn(key: str, page: int, text: str):
    DRAWN.setdefault(key, {})
    DRAWN[key][page] = DRAWN[key].get(page, "") + ("\n" if DRAWN[key].get(page) else "") + text


# ----------------------------------------------------------------------------------------- office zips
def normalize_zip(path: Path):
    """Rewrite a DOCX/XLSX with fixed entry dates and fixed core-property dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_ISO, text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_ISO, text)
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\2" % FIXED_ISO, text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def fixed_core(props, author: str, title: str = ""):
    import datetime as dt
    when = dt.datetime(*FIXED_DT)
    props.author = author
    props.last_modified_by = author
    props.created = when
    props.modified = when
    if hasattr(props, "revision"):
        try:
            props.revision = 1
        except Exception:
            pass
    if title:
        props.title = title


# ----------------------------------------------------------------------------------------- dashboard PNG
def dashboard_png(path: Path, title: str, tiles: list[tuple[str, str, str]], caption: str, seed: int, key: str,
                  size=(1600, 900)):
    """A dark 监控大屏: tiles (label, value, sub-note). The caption strip names the declared figure.
    Records the drawn text for verify."""
    rng = random.Random(seed)
    W, Hh = size
    im = Image.new("RGB", size, (9, 22, 48))
    d = ImageDraw.Draw(im)
    ft, fl, fv, fs = pil_font(40), pil_font(22), pil_font(46), pil_font(18)
    drawn = [title]
    tw = d.textlength(title, font=ft)
    d.text(((W - tw) / 2, 22), title, font=ft, fill=(120, 210, 255))
    d.line((40, 84, W - 40, 84), fill=(40, 120, 200), width=2)
    cols = 4
    tw_, th_ = (W - 80 - (cols - 1) * 20) // cols, 150
    for i, (lab, val, sub) in enumerate(tiles):
        r, cidx = divmod(i, cols)
        x, y = 40 + cidx * (tw_ + 20), 110 + r * (th_ + 18)
        d.rectangle((x, y, x + tw_, y + th_), outline=(50, 140, 220), width=2, fill=(14, 34, 70))
        d.text((x + 16, y + 12), lab, font=fl, fill=(170, 200, 230))
        d.text((x + 16, y + 48), val, font=fv, fill=(255, 214, 90))
        if sub:
            d.text((x + 16, y + 112), sub, font=fs, fill=(120, 160, 200))
        drawn += [lab, val, sub]
    # a small line chart with unlabeled noise
    y0 = 110 + ((len(tiles) + cols - 1) // cols) * (th_ + 18) + 10
    pts = [(60 + k * (W - 120) / 29, y0 + 90 - rng.uniform(0, 70)) for k in range(30)]
    if y0 + 110 < Hh - 70:
        d.rectangle((40, y0, W - 40, y0 + 110), outline=(40, 100, 170), width=1)
        d.line(pts, fill=(90, 230, 160), width=3)
    d.rectangle((0, Hh - 56, W, Hh), fill=(230, 230, 230))
    d.text((30, Hh - 44), caption, font=pil_font(24), fill=(20, 20, 20))
    drawn.append(caption)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, format="PNG", optimize=False)
    record_drawn(key, 1, "\n".join(t for t in drawn if t))
    return im
