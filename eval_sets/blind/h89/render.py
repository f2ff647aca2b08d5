"""Drawing and file writing: text PDFs (reportlab, invariant), scans (pypdfium2 raster + seal), image-only PDFs,
PNG dashboards, DOCX/XLSX with fixed core properties and zip dates."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H89CJK"
_registered = False
FIXED_DT = (2024, 7, 15, 9, 30, 0)
DRAWN: dict[str, dict[int, str]] = {}  # "<pid>/<file>" -> {page: text drawn into the image}


def font() -> str:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size, index=0)


# ------------------------------------------------------------------ flowing text PDF
def _wrap(text: str, size: float, width: float) -> list[str]:
    out, line = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, FONT, size) > width:
            out.append(line)
            line = ch
        else:
            line += ch
    out.append(line)
    return out


def flow_pdf(items: list, path: Path | None = None, header: str = "", landscape_pages=False) -> tuple[bytes, list[str]]:
    """items: ("title", t) ("h", t) ("p", t) ("table", rows, widths) ("break",) ("space", h).
    Returns (pdf bytes, text per page). Tables never split a row; a page break starts a new page."""
    font()
    buf = io.BytesIO()
    size = landscape(A4) if landscape_pages else A4
    W, H = size
    c = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=0)
    c.setTitle("")
    c.setAuthor("")
    margin, y = 56, H - 60
    pages: list[list[str]] = [[]]
    pno = [1]

    def new_page():
        nonlocal y
        if header:
            c.setFont(FONT, 8)
            c.drawString(margin, 30, f"{header}    第 {pno[0]} 页")
            pages[-1].append(f"{header}    第 {pno[0]} 页")
        c.showPage()
        pages.append([])
        pno[0] += 1
        y = H - 60

    def text(s, x, yy, sz):
        c.setFont(FONT, sz)
        c.drawString(x, yy, s)
        pages[-1].append(s)

    for it in items:
        kind = it[0]
        if kind == "break":
            new_page()
        elif kind == "space":
            y -= it[1]
        elif kind in ("title", "h", "p"):
            sz = {"title": 17, "h": 12.5, "p": 10.5}[kind]
            lines = _wrap(it[1], sz, W - 2 * margin - (0 if kind != "p" else 21)) if kind != "title" else [it[1]]
            for i, ln in enumerate(lines):
                if y < 70:
                    new_page()
                if kind == "title":
                    text(ln, (W - pdfmetrics.stringWidth(ln, FONT, sz)) / 2, y, sz)
                else:
                    text(ln, margin + (21 if kind == "p" and i == 0 else 0), y, sz)
                y -= sz * 1.75
            y -= 4
        elif kind == "table":
            rows, widths = it[1], it[2]
            scale = (W - 2 * margin) / sum(widths)
            widths = [w * scale for w in widths]
            sz = it[3] if len(it) > 3 else 9
            for r in rows:
                cells = [_wrap(str(v), sz, w - 6) for v, w in zip(r, widths)]
                h = max(len(cl) for cl in cells) * sz * 1.35 + 6
                if y - h < 60:
                    new_page()
                x = margin
                for cl, w in zip(cells, widths):
                    c.rect(x, y - h, w, h)
                    for k, ln in enumerate(cl):
                        text(ln, x + 3, y - 3 - sz - k * sz * 1.35, sz)
                    x += w
                y -= h
            y -= 10
    if header:
        c.setFont(FONT, 8)
        c.drawString(margin, 30, f"{header}    第 {pno[0]} 页")
        pages[-1].append(f"{header}    第 {pno[0]} 页")
    c.showPage()
    c.save()
    data = buf.getvalue()
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return data, ["\n".join(p) for p in pages]


# ------------------------------------------------------------------ scans
def seal(img: Image.Image, cx: int, cy: int, r: int, company: str, rng: random.Random, label="") -> None:
    ov = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(ov)
    red = (214, 38, 38, 185)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    star = [(cx + (r * 0.22 if k % 2 == 0 else r * 0.09) * math.cos(math.pi / 2 + k * math.pi / 5),
             cy - (r * 0.22 if k % 2 == 0 else r * 0.09) * math.sin(math.pi / 2 + k * math.pi / 5)) for k in range(10)]
    d.polygon(star, fill=red)
    f = pil_font(max(10, r // 5))
    n = len(company)
    for i, ch in enumerate(company):
        ang = math.radians(210 - i * 240 / max(1, n - 1))
        x, y = cx + r * 0.74 * math.cos(ang), cy - r * 0.74 * math.sin(ang)
        d.text((x, y), ch, fill=red, font=f, anchor="mm")
    if label:
        d.text((cx, cy + r * 0.5), label, fill=red, font=pil_font(max(9, r // 7)), anchor="mm")
    ov = ov.rotate(rng.uniform(-12, 12), center=(cx, cy))
    img.paste(ov, (0, 0), ov)


def scan_pdf(pdf_bytes: bytes, out: Path, company: str, seed: int, seal_pages=(1,), seal_pos="bottom",
             bw_unsealed=True, sign: dict | None = None) -> None:
    """Rasterise a text PDF, add paper tone, skew, noise and red seals; write an image-only PDF."""
    rng = random.Random(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    images = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=1.35).to_pil().convert("RGB")
        w, h = pil.size
        if sign and (i + 1) in sign:
            d = ImageDraw.Draw(pil)
            x, y, name = sign[i + 1]
            d.text((x, y), name, fill=(20, 30, 90), font=pil_font(30))
        if (i + 1) in seal_pages:
            cy = int(h * (0.80 if seal_pos == "bottom" else 0.22 if seal_pos == "top" else seal_pos))
            seal(pil, int(w * 0.70), cy, int(w * 0.105), company, rng)
        tone = Image.new("RGB", pil.size, (246, 243, 236))
        pil = Image.blend(pil, tone, 0.12)
        pil = pil.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
        px = pil.load()
        for _ in range(w * h // 300):
            x, y = rng.randrange(w), rng.randrange(h)
            v = rng.randint(150, 215)
            px[x, y] = (v, v, v)
        pil = pil.filter(ImageFilter.GaussianBlur(0.4))
        if bw_unsealed and (i + 1) not in seal_pages:
            pil = pil.convert("L")
        images.append(pil)
    write_image_pdf(images, out)


def write_image_pdf(images: list[Image.Image], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for im in images:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=72, optimize=False)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, A4[0], A4[1])
        c.showPage()
    c.save()
    out.write_bytes(buf.getvalue())


def record(pid: str, rel: str, page: int, text: str) -> None:
    DRAWN.setdefault(f"{pid}/{rel}", {})[page] = text


# ------------------------------------------------------------------ dashboards (PNG)
def dashboard(title: str, tiles: list[tuple[str, str]], footer: str, seed: int, size=(1280, 760), theme="dark") -> tuple[Image.Image, str]:
    rng = random.Random(seed)
    bg, fg, tile = ((18, 32, 58), (230, 236, 245), (32, 54, 92)) if theme == "dark" else ((242, 245, 250), (30, 40, 60), (255, 255, 255))
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    drawn = [title]
    d.text((40, 26), title, fill=fg, font=pil_font(30))
    cols = 3
    tw, th = (size[0] - 80 - (cols - 1) * 24) // cols, 150
    for i, (cap, val) in enumerate(tiles):
        x, y = 40 + (i % cols) * (tw + 24), 100 + (i // cols) * (th + 24)
        d.rounded_rectangle([x, y, x + tw, y + th], 12, fill=tile)
        d.text((x + 20, y + 18), cap, fill=(150, 180, 220) if theme == "dark" else (90, 100, 120), font=pil_font(20))
        d.text((x + 20, y + 62), val, fill=(90, 220, 255) if theme == "dark" else (20, 90, 200), font=pil_font(46))
        drawn += [cap, val]
    y0 = 100 + ((len(tiles) + cols - 1) // cols) * (th + 24) + 10
    pts = [(40 + k * (size[0] - 80) / 23, size[1] - 80 - rng.uniform(20, 150)) for k in range(24)]
    d.line(pts, fill=(90, 200, 140), width=3)
    d.line([(40, size[1] - 80), (size[0] - 40, size[1] - 80)], fill=fg, width=1)
    d.text((40, size[1] - 50), footer, fill=fg, font=pil_font(16))
    drawn.append(footer)
    _ = y0
    return img, "\n".join(drawn)


def save_png(img: Image.Image, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    img.save(out, "PNG", optimize=False)


# ------------------------------------------------------------------ office files
_CORE_DATE = "2024-07-15T09:30:00Z"


def normalize_zip(path: Path) -> None:
    """Fixed zip entry dates and fixed docProps/core.xml dates (DOCX, XLSX)."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + _CORE_DATE.encode() + rb"\3", data)
            info = zipfile.ZipInfo(name, FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def save_docx(doc, out: Path, author: str) -> None:
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 7, 15, 9, 30)
    cp.modified = dt.datetime(2024, 7, 15, 9, 30)
    cp.revision = 1
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))
    normalize_zip(out)


def save_xlsx(wb, out: Path, author: str) -> None:
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.modified = dt.datetime(2024, 7, 15, 9, 30)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    normalize_zip(out)


def docx_font(doc, name="宋体", size=10.5):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
