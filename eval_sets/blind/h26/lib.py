"""Rendering helpers for the h26 holdout set: text PDFs, scans, screenshots, DOCX, XLSX (deterministic)."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font  # noqa: E402

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DT = (2024, 7, 18, 9, 30, 0)


# ----------------------------------------------------------------------------------------------- zip
def normalize_zip(path: Path) -> None:
    """Fixed entry dates and core.xml dates so DOCX/XLSX are byte-identical across runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-16T08:00:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T09:30:00Z\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------------------------- text PDF
def styles(font="STSong-Light", size=10.5):
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.6, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.5),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
        "h1": ParagraphStyle("h1", parent=base, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=TA_CENTER),
        "h2": ParagraphStyle("h2", parent=base, fontSize=size + 2, leading=(size + 2) * 1.6, spaceBefore=6),
        "center": ParagraphStyle("ce", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("ri", parent=base, alignment=2),
    }


def table(rows, widths, font="STSong-Light", size=9, header_rows=1, align_right_from=None, spans=(), bold_rows=()):
    st = ParagraphStyle("t", fontName=font, fontSize=size, leading=size * 1.35, wordWrap="CJK")
    data = [[Paragraph(str(c), st) if isinstance(c, str) and len(c) > 14 else c for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    cmds = [("FONT", (0, 0), (-1, -1), font, size), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)) if header_rows else
            ("FONT", (0, 0), (0, 0), font, size)]
    if align_right_from is not None:
        cmds.append(("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"))
    for sp in spans:
        cmds.append(("SPAN",) + tuple(sp))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path: Path | None, story, pagesize=A4, margins=(20, 20, 18, 18), header=None, footer=None,
              font="STSong-Light", title="") -> bytes:
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, title=title,
                            author="", subject="", creator="", producer="")

    def deco(canv, d):
        canv.saveState()
        w, h = pagesize
        if header:
            canv.setFont(font, 8)
            canv.drawString(margins[0] * mm, h - 10 * mm, header)
            canv.line(margins[0] * mm, h - 11 * mm, w - margins[1] * mm, h - 11 * mm)
        if footer:
            canv.setFont(font, 8)
            canv.drawCentredString(w / 2, 8 * mm, footer.format(page=canv.getPageNumber()))
        canv.restoreState()

    doc.build(list(story), onFirstPage=deco, onLaterPages=deco)
    data = buf.getvalue()
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(data)
    return data


def pdf_page_texts(path_or_bytes) -> list[str]:
    pdf = pdfium.PdfDocument(path_or_bytes if not isinstance(path_or_bytes, Path) else str(path_or_bytes))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    return out


# ----------------------------------------------------------------------------------------------- images
def font(path=NOTO_SANS, size=20):
    return ImageFont.truetype(path, size)


def seal(text_top: str, text_bottom: str = "", size=300, rng=None, color=(205, 30, 35)) -> Image.Image:
    """Red round company seal with a star, RGBA."""
    rng = rng or random.Random(0)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = size / 2
    w = max(6, size // 40)
    d.ellipse([w, w, size - w, size - w], outline=color + (235,), width=w)
    # star
    r1, r2 = size * 0.12, size * 0.05
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    d.polygon(pts, fill=color + (235,))
    f = font(NOTO_SERIF_B, int(size * 0.1))
    n = len(text_top)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text_top):
        a = start + span * (i + 0.5) / n
        rr = size * 0.37
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        g = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=color + (235,), anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if text_bottom:
        f2 = font(NOTO_SERIF_B, int(size * 0.075))
        d.text((c, c + size * 0.24), text_bottom, font=f2, fill=color + (235,), anchor="mm")
    # uneven ink
    arr = np.array(im)
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    mask = nrng.random(arr.shape[:2]) < 0.18
    arr[..., 3] = np.where(mask, (arr[..., 3] * 0.45).astype(np.uint8), arr[..., 3])
    return Image.fromarray(arr)


def scanify(img: Image.Image, rng: random.Random, seals=(), bw=False, max_skew=1.6) -> Image.Image:
    """Paper tone, seal(s), skew, blur, noise. seals: [(seal_img, (x_frac, y_frac))]."""
    img = img.convert("RGB")
    for s, (fx, fy) in seals:
        s2 = s.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, expand=False)
        base = img.convert("RGBA")
        # multiply-like: composite
        base.alpha_composite(s2, (int(fx * img.width - s2.width / 2), int(fy * img.height - s2.height / 2)))
        img = base.convert("RGB")
    arr = np.asarray(img).astype(np.float32)
    tone = np.array([246, 242, 230], dtype=np.float32) / 255.0
    arr = arr * tone
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    arr += nrng.normal(0, 7, arr.shape[:2])[..., None]
    # slight vignette/shade gradient
    h, w = arr.shape[:2]
    grad = np.linspace(0.97, 1.0, w)[None, :, None]
    arr = np.clip(arr * grad, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    img = img.rotate(rng.uniform(-max_skew, max_skew), resample=Image.BICUBIC, expand=False, fillcolor=(238, 236, 228))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    if bw:
        img = img.convert("L").point(lambda v: 255 if v > 150 else 0, mode="1")
    return img


def render_pdf_pages(pdf_bytes: bytes, dpi=110) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    return out


def images_to_pdf(path: Path, images: list[Image.Image], dpi=110) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conv = []
    for im in images:
        if im.mode == "1":
            conv.append(im.convert("L"))
        else:
            conv.append(im.convert("RGB"))
    fixed = datetime(2024, 7, 18, 9, 30, 0)
    buf = io.BytesIO()
    conv[0].save(buf, "PDF", save_all=True, append_images=conv[1:], resolution=dpi, quality=72,
                 title="scan", author="", creator="", producer="", creationDate=fixed.timetuple(), modDate=fixed.timetuple())
    Path(path).write_bytes(buf.getvalue())


def scan_pdf(path: Path, pdf_bytes: bytes, rng: random.Random, seal_map: dict | None = None, dpi=110,
             bw_unsealed=False) -> int:
    """Rasterise a PDF, make it a scan; seal_map: {page_index: [(seal, (fx, fy))]}. Returns page count."""
    pages = render_pdf_pages(pdf_bytes, dpi)
    seal_map = seal_map or {}
    out = []
    for i, p in enumerate(pages):
        seals = seal_map.get(i, []) or seal_map.get(i - len(pages), [])
        out.append(scanify(p, rng, seals=seals, bw=(bw_unsealed and not seals)))
    images_to_pdf(path, out, dpi)
    return len(pages)


# ----------------------------------------------------------------------------------------------- screenshots
def dashboard(title: str, tiles: list[tuple[str, str, str]], size=(1600, 900), theme="dark", rng=None,
              subtitle="", table_rows=None, url="") -> Image.Image:
    """A platform cockpit screenshot. tiles: (caption, number, unit)."""
    rng = rng or random.Random(1)
    W, H = size
    if theme == "dark":
        bg, panel, fg, acc, mute = (12, 22, 48), (22, 38, 78), (235, 240, 255), (64, 200, 255), (150, 165, 200)
    else:
        bg, panel, fg, acc, mute = (240, 243, 248), (255, 255, 255), (30, 35, 45), (22, 119, 255), (120, 125, 135)
    im = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(im)
    # browser bar
    d.rectangle([0, 0, W, 38], fill=(222, 225, 230))
    d.rounded_rectangle([120, 7, W - 200, 31], radius=10, fill=(255, 255, 255))
    d.text((134, 19), url or "https://iiot.example.com/cockpit", font=font(WQY, 15), fill=(70, 70, 70), anchor="lm")
    for k, c in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        d.ellipse([14 + k * 24, 12, 28 + k * 24, 26], fill=c)
    d.text((W / 2, 78), title, font=font(NOTO_SANS_B, 34), fill=fg, anchor="mm")
    if subtitle:
        d.text((W - 30, 78), subtitle, font=font(NOTO_SANS, 16), fill=mute, anchor="rm")
    n = len(tiles)
    cols = 4 if n > 3 else n
    tw = (W - 60 - (cols - 1) * 20) / cols
    th = 150
    for i, (cap, num, unit) in enumerate(tiles):
        r, c = divmod(i, cols)
        x0 = 30 + c * (tw + 20)
        y0 = 120 + r * (th + 20)
        d.rounded_rectangle([x0, y0, x0 + tw, y0 + th], radius=12, fill=panel,
                            outline=acc if theme == "dark" else (220, 224, 230), width=2)
        d.text((x0 + 22, y0 + 30), cap, font=font(NOTO_SANS, 22), fill=mute, anchor="lm")
        d.text((x0 + 22, y0 + 92), num, font=font(NOTO_SANS_B, 52), fill=acc, anchor="lm")
        wnum = d.textlength(num, font=font(NOTO_SANS_B, 52))
        if unit:
            d.text((x0 + 30 + wnum, y0 + 100), unit, font=font(NOTO_SANS, 20), fill=mute, anchor="lm")
    rows_used = math.ceil(n / cols)
    y = 120 + rows_used * (th + 20) + 10
    # a chart panel
    d.rounded_rectangle([30, y, W * 0.58, H - 30], radius=12, fill=panel)
    d.text((50, y + 24), "近12个月设备在线趋势", font=font(NOTO_SANS, 18), fill=mute, anchor="lm")
    pts = []
    for k in range(12):
        px = 60 + k * (W * 0.58 - 100) / 11
        py = H - 60 - (0.45 + 0.4 * (k / 11) + rng.uniform(-0.06, 0.06)) * (H - 60 - y - 60)
        pts.append((px, py))
    d.line(pts, fill=acc, width=3)
    for p in pts:
        d.ellipse([p[0] - 4, p[1] - 4, p[0] + 4, p[1] + 4], fill=acc)
    d.rounded_rectangle([W * 0.58 + 20, y, W - 30, H - 30], radius=12, fill=panel)
    if table_rows:
        ty = y + 24
        for row in table_rows:
            d.text((W * 0.58 + 40, ty), row, font=font(WQY, 17), fill=fg, anchor="lm")
            ty += 30
    return im


def save_png(path: Path, im: Image.Image) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "PNG", optimize=False)


def certificate(title: str, lines: list[str], issuer: str, date: str, seal_text: str, rng, size=(1240, 1754),
                landscape_=False) -> Image.Image:
    W, H = (size[1], size[0]) if landscape_ else size
    im = Image.new("RGB", (W, H), (252, 249, 240))
    d = ImageDraw.Draw(im)
    d.rectangle([40, 40, W - 40, H - 40], outline=(176, 140, 60), width=14)
    d.rectangle([70, 70, W - 70, H - 70], outline=(176, 140, 60), width=3)
    d.text((W / 2, H * 0.16), title, font=font(NOTO_SERIF_B, 86), fill=(170, 20, 20), anchor="mm")
    y = H * 0.30
    for ln in lines:
        d.text((W / 2, y), ln, font=font(NOTO_SERIF, 40), fill=(30, 30, 30), anchor="mm")
        y += 78
    d.text((W * 0.70, H * 0.80), issuer, font=font(NOTO_SERIF, 38), fill=(30, 30, 30), anchor="mm")
    d.text((W * 0.70, H * 0.80 + 64), date, font=font(NOTO_SERIF, 36), fill=(30, 30, 30), anchor="mm")
    s = seal(seal_text, "", size=330, rng=rng)
    return scanify(im, rng, seals=[(s, (0.70, 0.80))], max_skew=1.0)


# ----------------------------------------------------------------------------------------------- DOCX
def new_docx(font_name="宋体", size=10.5):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font_name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font_name)
    cp = d.core_properties
    cp.author = "申报单位"
    cp.last_modified_by = "申报单位"
    cp.created = datetime(2024, 7, 16, 8, 0, 0)
    cp.modified = datetime(2024, 7, 18, 9, 30, 0)
    cp.revision = 3
    return d


def save_docx(d, path: Path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(Path(path))


def save_xlsx(wb, path: Path) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.properties.created = datetime(2024, 7, 16, 8, 0, 0)
    wb.properties.modified = datetime(2024, 7, 18, 9, 30, 0)
    wb.save(str(path))
    normalize_zip(Path(path))


# ----------------------------------------------------------------------------------------------- numbers
def fmt(n, dec=0, comma=True):
    if dec:
        s = f"{n:,.{dec}f}" if comma else f"{n:.{dec}f}"
    else:
        s = f"{int(n):,}" if comma else f"{int(n)}"
    return s


def split(total: int, weights: dict, rng: random.Random | None = None) -> dict:
    """Largest-remainder split of total by weights (ordered)."""
    s = sum(weights.values())
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(math.floor(v)) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: -(raw[k] - out[k]))[:rest]:
        out[k] += 1
    return out


def bd_text(d: dict, sep="、", colon="：", comma=False) -> str:
    return sep.join(f"{k}{colon}{fmt(v, comma=comma)}" for k, v in d.items())
