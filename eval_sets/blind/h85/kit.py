"""Drawing and writing kit of the h85 builder: fonts, a block-layout PDF writer, scans with seals and signatures,
dashboard PNGs, DOCX/XLSX helpers and zip normalising (fixed dates), the evidence-fact record.

Everything is deterministic: reportlab invariant=1, fixed zip dates and core properties, seeded noise."""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H85CJK"
ZIP_DATE = (2024, 7, 15, 9, 30, 0)
CORE_DATE = "2024-07-15T09:30:00Z"

# text drawn into pictures: {"pid/file": {page: text}}, filled while building, written to drawn_text.json
DRAWN: dict[str, dict[int, str]] = {}


@cache
def pdf_font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
    return FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


# ------------------------------------------------------------------------------------------------ facts
@dataclass
class Fact:
    label: str
    value: str
    unit: str
    normalized: float | int | None
    quote: str = ""
    row_label: str = ""
    column_label: str = ""
    component: str = ""
    file: str = ""
    page: int = 0
    image_only: bool = False

    def __post_init__(self):
        if not self.quote:
            self.quote = self.value


# ------------------------------------------------------------------------------------------------ numbers
def f2(x: float) -> str:
    return f"{x:.2f}"


def th(x, dec: int | None = None) -> str:
    """thousand separators; dec None → int"""
    if dec is None:
        return f"{int(x):,}"
    return f"{x:,.{dec}f}"


def wan(x: int, dec: int = 2) -> str:
    return f"{x / 10000:.{dec}f}万"


# ------------------------------------------------------------------------------------------------ PDF blocks
# A page is a list of blocks:
#   ("h", text)            centred title            ("h2", text)       left sub-title
#   ("p", text)            wrapped paragraph        ("r", text)        right-aligned line
#   ("t", rows, widths)    grid table, rows[0] is the header, widths are fractions of the text width
#   ("sp", points)         vertical space           ("small", text)    small grey note
# Blocks never flow across pages: the caller decides page breaks (page numbers of facts are then known).
MARGIN = 54


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines, cur = [], ""
    for para in str(text).split("\n"):
        cur = ""
        for ch in para:
            if pdfmetrics.stringWidth(cur + ch, pdf_font(), size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
    return lines


def draw_blocks(c: canvas.Canvas, blocks: list, pagesize=A4) -> list[str]:
    """Draws one page; returns the strings drawn (for drawn_text of image-only pages)."""
    font = pdf_font()
    w, h = pagesize
    tw = w - 2 * MARGIN
    y = h - MARGIN
    drawn: list[str] = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            c.setFont(font, 15)
            for line in _wrap(b[1], tw, 15):
                y -= 22
                c.drawCentredString(w / 2, y, line)
                drawn.append(line)
            y -= 6
        elif kind == "h2":
            c.setFont(font, 11.5)
            for line in _wrap(b[1], tw, 11.5):
                y -= 18
                c.drawString(MARGIN, y, line)
                drawn.append(line)
            y -= 2
        elif kind in ("p", "small"):
            size = 10.5 if kind == "p" else 8.5
            c.setFont(font, size)
            if kind == "small":
                c.setFillColorRGB(0.35, 0.35, 0.35)
            for line in _wrap(b[1], tw, size):
                y -= size * 1.55
                c.drawString(MARGIN, y, line)
                drawn.append(line)
            c.setFillColorRGB(0, 0, 0)
            y -= 3
        elif kind == "r":
            c.setFont(font, 10.5)
            y -= 17
            c.drawRightString(w - MARGIN, y, b[1])
            drawn.append(b[1])
        elif kind == "sp":
            y -= b[1]
        elif kind == "t":
            rows, widths = b[1], b[2]
            size = b[3] if len(b) > 3 else 9
            cols = [tw * x for x in widths]
            c.setFont(font, size)
            for ri, row in enumerate(rows):
                cells = [_wrap(str(v), cw - 6, size) for v, cw in zip(row, cols)]
                nl = max(len(x) for x in cells)
                rh = nl * size * 1.35 + 6
                x = MARGIN
                if ri == 0:
                    c.setFillColorRGB(0.9, 0.9, 0.9)
                    c.rect(MARGIN, y - rh, tw, rh, stroke=0, fill=1)
                    c.setFillColorRGB(0, 0, 0)
                for lines, cw, val in zip(cells, cols, row):
                    c.rect(x, y - rh, cw, rh, stroke=1, fill=0)
                    numeric = bool(re.fullmatch(r"[-\d,.%]+", str(val))) and ri > 0
                    for li, line in enumerate(lines):
                        ty = y - 3 - (li + 1) * size * 1.35 + 2
                        if numeric:
                            c.drawRightString(x + cw - 3, ty, line)
                        else:
                            c.drawString(x + 3, ty, line)
                    x += cw
                y -= rh
                drawn.extend(str(v) for v in row)
            y -= 8
        else:
            raise ValueError(kind)
        assert y > MARGIN - 20, f"page overflow at block {b[:2]}"
    return drawn


def text_pdf(path: Path, pages: list[list], title: str = "", pagesize=A4, footer: bool = True) -> None:
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    c.setTitle(title or path.stem)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for i, blocks in enumerate(pages, 1):
        draw_blocks(c, blocks, pagesize)
        if footer:
            c.setFont(pdf_font(), 8)
            c.drawCentredString(pagesize[0] / 2, 28, f"第 {i} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()


# ------------------------------------------------------------------------------------------------ scans
def seal_image(org: str, diameter: int = 300, label: str = "", rng: np.random.Generator | None = None) -> Image.Image:
    """A round red company seal: ring, the name along the top arc, a star, an optional label below."""
    s = diameter
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 215)
    d.ellipse([6, 6, s - 6, s - 6], outline=red, width=max(5, s // 40))
    # star
    cx = cy = s / 2
    r1, r2 = s * 0.13, s * 0.052
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    n = len(org)
    span = min(250.0, 18.0 * n + 40)
    fs = int(s * 0.105)
    font = pil_font(fs)
    for k, ch in enumerate(org):
        ang = math.radians(-90 - span / 2 + span * (k + 0.5) / n)
        rr = s / 2 - s * 0.16
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        tile = Image.new("RGBA", (fs + 8, fs + 8), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 2), ch, font=font, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        im.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if label:
        f2_ = pil_font(int(s * 0.075))
        tw = d.textlength(label, font=f2_)
        d.text((cx - tw / 2, cy + s * 0.2), label, font=f2_, fill=red)
    if rng is not None:  # uneven ink
        a = np.array(im)
        mask = rng.random(a.shape[:2]) < 0.18
        a[..., 3] = np.where(mask, (a[..., 3] * 0.45).astype(np.uint8), a[..., 3])
        im = Image.fromarray(a)
    return im


def signature_image(name: str, height: int = 70, seed: int = 0) -> Image.Image:
    """A handwritten-looking signature: the name sheared and wobbled with a flourish underneath."""
    rng = np.random.default_rng(seed)
    font = pil_font(int(height * 0.8))
    w = int(height * 0.95 * len(name)) + 60
    im = Image.new("RGBA", (w, height + 30), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ink = (20, 30, 90, 235)
    x = 10
    for ch in name:
        tile = Image.new("RGBA", (height + 10, height + 10), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((4, 0), ch, font=font, fill=ink)
        tile = tile.rotate(float(rng.uniform(-14, 6)), resample=Image.BICUBIC)
        im.alpha_composite(tile, (int(x), int(rng.uniform(0, 8))))
        x += height * float(rng.uniform(0.62, 0.8))
    pts = [(10 + t * (x - 5) / 30, height + 8 + 6 * math.sin(t / 3.1) + float(rng.uniform(-1, 1))) for t in range(31)]
    d.line(pts, fill=ink, width=3)
    im = im.transform(im.size, Image.AFFINE, (1, 0.35, -0.35 * height * 0.5, 0, 1, 0), resample=Image.BICUBIC)
    return im


@dataclass
class Stamp:
    page: int            # 0-based page index
    kind: str            # "seal" | "sign"
    text: str            # company name (seal) or person (signature)
    x: float             # fraction of page width (centre)
    y: float             # fraction of page height (centre, from top)
    label: str = ""


def rasterize(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(str(pdf_path))
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def scan_images(images: list[Image.Image], stamps: list[Stamp], seed: int, dpi: int = 110) -> list[Image.Image]:
    rng = np.random.default_rng(seed)
    out = []
    for i, im in enumerate(images):
        im = im.convert("RGBA")
        for st in [s for s in stamps if s.page == i]:
            if st.kind == "seal":
                seal = seal_image(st.text, int(dpi * 1.65), st.label, rng).rotate(float(rng.uniform(-20, 20)), resample=Image.BICUBIC)
            else:
                seal = signature_image(st.text, int(dpi * 0.45), seed + i)
            im.alpha_composite(seal, (int(st.x * im.width - seal.width / 2), int(st.y * im.height - seal.height / 2)))
        im = im.convert("RGB")
        arr = np.asarray(im).astype(np.float32)
        arr = arr * np.array([0.97, 0.955, 0.92]) + rng.normal(0, 6, arr.shape[:2])[..., None]
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        im = im.rotate(float(rng.uniform(-0.7, 0.7)), resample=Image.BICUBIC, fillcolor=(238, 236, 228))
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        out.append(im)
    return out


def image_pdf(path: Path, images: list[Image.Image], pagesize=A4, quality: int = 62) -> None:
    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=pagesize[0], height=pagesize[1])
        c.showPage()
    c.save()


def scanned_pdf(path: Path, pages: list[list], stamps: list[Stamp], seed: int, key: str | None = None,
                pagesize=A4, footer: bool = True) -> list[str]:
    """Lays pages out as text, rasterises, adds seals/signatures/paper, writes an image-only PDF.
    Records the drawn text per page under DRAWN[key] when key is given. Returns the page texts."""
    tmp = path.with_suffix(".tmp.pdf")
    c = canvas.Canvas(str(tmp), pagesize=pagesize, invariant=1)
    texts = []
    for i, blocks in enumerate(pages, 1):
        texts.append("\n".join(draw_blocks(c, blocks, pagesize)))
        if footer:
            c.setFont(pdf_font(), 8)
            c.drawCentredString(pagesize[0] / 2, 28, f"第 {i} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()
    imgs = scan_images(rasterize(tmp), stamps, seed)
    tmp.unlink()
    image_pdf(path, imgs, pagesize)
    if key is not None:
        DRAWN[key] = {i + 1: t for i, t in enumerate(texts)}
    return texts


# ------------------------------------------------------------------------------------------------ dashboards
@dataclass
class Tile:
    caption: str
    value: str
    note: str = ""


def dashboard_png(path: Path, title: str, stamp_line: str, tiles: list[Tile], key: str, seed: int,
                  cols: int = 4, footer: str = "", theme: str = "dark", chart: bool = True) -> None:
    rng = np.random.default_rng(seed)
    W = 1600
    rows = math.ceil(len(tiles) / cols)
    H = 210 + rows * 190 + (260 if chart else 0) + 60
    bg, fg, tile_bg, acc = ((12, 27, 52), (230, 238, 250), (24, 48, 86), (80, 200, 255)) if theme == "dark" else \
        ((244, 246, 250), (30, 36, 48), (255, 255, 255), (22, 119, 255))
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    texts = [title, stamp_line]
    d.text((50, 36), title, font=pil_font(46), fill=fg)
    d.text((52, 112), stamp_line, font=pil_font(24), fill=(150, 165, 190))
    tw = (W - 100 - (cols - 1) * 24) / cols
    for k, t in enumerate(tiles):
        r, cidx = divmod(k, cols)
        x0, y0 = 50 + cidx * (tw + 24), 180 + r * 190
        d.rounded_rectangle([x0, y0, x0 + tw, y0 + 160], radius=14, fill=tile_bg, outline=acc if theme == "dark" else (215, 220, 230))
        d.text((x0 + 24, y0 + 18), t.caption, font=pil_font(26), fill=(160, 180, 210) if theme == "dark" else (100, 110, 125))
        d.text((x0 + 24, y0 + 58), t.value, font=pil_font(50), fill=acc)
        if t.note:
            d.text((x0 + 24, y0 + 122), t.note, font=pil_font(20), fill=(150, 165, 190))
        texts += [t.caption, t.value] + ([t.note] if t.note else [])
    y = 180 + rows * 190 + 10
    if chart:  # unlabelled trend bars (decoration, no numbers)
        d.text((50, y), "近12个月趋势", font=pil_font(24), fill=fg)
        texts.append("近12个月趋势")
        base = y + 230
        for m in range(12):
            hgt = int(60 + 130 * (m + 1) / 12 + rng.uniform(-15, 15))
            x = 60 + m * 120
            d.rectangle([x, base - hgt, x + 70, base], fill=acc)
        y = base + 20
    if footer:
        d.text((50, H - 48), footer, font=pil_font(22), fill=(150, 165, 190))
        texts.append(footer)
    im.save(path, "PNG", optimize=False)
    DRAWN[key] = {1: "\n".join(texts)}


# ------------------------------------------------------------------------------------------------ office files
def fix_docx_core(document, title: str, author: str) -> None:
    import datetime as dt
    cp = document.core_properties
    when = dt.datetime(2024, 7, 15, 9, 30, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3


def set_docx_font(document, name: str = "宋体", size: float = 10.5) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt
    st = document.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def normalize_zip(path: Path) -> None:
    """Rewrites an OOXML zip with fixed entry dates and fixed core-property dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rf"\g<1>{CORE_DATE}\g<2>", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def save_xlsx(wb, path: Path, author: str) -> None:
    import datetime as dt
    when = dt.datetime(2024, 7, 15, 9, 30, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    wb.save(str(path))
    normalize_zip(path)


def save_docx(document, path: Path, title: str, author: str) -> None:
    fix_docx_core(document, title, author)
    document.save(str(path))
    normalize_zip(path)


def chars(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


__all__ = ["A4", "landscape", "field"]


# ------------------------------------------------------------------------------------------------ flowing long documents
def _block_height(b, tw: float) -> float:
    kind = b[0]
    if kind == "h":
        return 22 * len(_wrap(b[1], tw, 15)) + 6
    if kind == "h2":
        return 18 * len(_wrap(b[1], tw, 11.5)) + 2
    if kind in ("p", "small"):
        size = 10.5 if kind == "p" else 8.5
        return size * 1.55 * len(_wrap(b[1], tw, size)) + 3
    if kind == "r":
        return 17
    if kind == "sp":
        return b[1]
    raise ValueError(kind)


def _row_height(row, cols, size) -> float:
    return max(len(_wrap(str(v), cw - 6, size)) for v, cw in zip(row, cols)) * size * 1.35 + 6


def flow(blocks: list, pagesize=A4) -> list[list]:
    """Splits a long list of blocks into pages; tables are split by rows with the header repeated."""
    tw = pagesize[0] - 2 * MARGIN
    avail = pagesize[1] - 2 * MARGIN - 10
    pages: list[list] = [[]]
    used = 0.0
    for b in blocks:
        if b == ("pagebreak",):
            pages.append([])
            used = 0.0
            continue
        if b[0] != "t":
            hgt = _block_height(b, tw)
            if used + hgt > avail and pages[-1]:
                pages.append([])
                used = 0.0
            pages[-1].append(b)
            used += hgt
            continue
        rows, widths = b[1], b[2]
        size = b[3] if len(b) > 3 else 9
        cols = [tw * x for x in widths]
        header, body = rows[0], rows[1:]
        hh = _row_height(header, cols, size)
        chunk: list = []
        for r in body:
            rh = _row_height(r, cols, size)
            if used + hh + sum(_row_height(x, cols, size) for x in chunk) + rh + 8 > avail:
                if chunk:
                    pages[-1].append(("t", [header] + chunk, widths, size))
                pages.append([])
                used = 0.0
                chunk = []
            chunk.append(r)
        if chunk:
            pages[-1].append(("t", [header] + chunk, widths, size))
            used += hh + sum(_row_height(x, cols, size) for x in chunk) + 8
    return [p for p in pages if p]
