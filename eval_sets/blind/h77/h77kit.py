"""Drawing kit of blind set h77: a small page-layout engine, PDF/scan/DOCX/XLSX writers.

Pages are described as data (blocks), laid out deterministically into drawing operations, then
drawn with reportlab (text PDFs) or rasterised with pypdfium2 and aged with PIL (scans). The text
drawn on each page can be recomputed from the layout alone, which verify.py uses for image-only
pages. Only the CJK font is looked up through eval_sets.generator.fonts (by name).
"""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

A4 = (595.28, 841.89)
A4L = (841.89, 595.28)
FONT = "H77CJK"
FIXED_ZIP_DATE = (2024, 7, 15, 9, 30, 0)


@cache
def font_path() -> str:
    from eval_sets.generator.fonts import (
        cjk_ttf,  # only to find WenQuanYi Micro Hei by name
    )

    return str(cjk_ttf())


@cache
def register() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, font_path(), subfontIndex=0))
    return FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(font_path(), size=size, index=0)


def width(text: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    register()
    return pdfmetrics.stringWidth(text, FONT, size)


# ---------------------------------------------------------------- blocks

@dataclass
class P:
    text: str
    size: float = 10.5
    align: str = "L"
    bold: bool = False
    before: float = 0
    after: float = 4
    indent: int = 0  # first-line indent in characters
    leading: float | None = None
    color: tuple = (0, 0, 0)


@dataclass
class T:
    rows: list  # list of rows; a cell None = merged with the cell on its left
    widths: list  # relative widths
    size: float = 9
    header: int = 1
    aligns: list | None = None  # per column: L C R
    repeat: bool = True
    bold_rows: tuple = ()
    fill_rows: tuple = ()
    pad: float = 3
    before: float = 2
    after: float = 6


@dataclass
class Sp:
    h: float


@dataclass
class PB:
    pass


@dataclass
class Img:
    factory: Callable[[], Image.Image]
    w: float
    h: float
    texts: list = field(default_factory=list)
    before: float = 4
    after: float = 4


@dataclass
class Doc:
    blocks: list
    size: tuple = A4
    margins: tuple = (62, 62, 70, 64)  # left right top bottom
    header: str | None = None  # running header, right aligned
    footer: str | None = None  # "第 {p} 页 共 {n} 页", "- {p} -" …
    footer_offset: int = 0  # printed page = physical + offset (front matter)
    title: str = ""


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,%/:\-_@#+]*|\n|.", re.DOTALL)


def wrap(text: str, size: float, avail: float) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for tok in _TOKEN.findall(para):
            if width(cur + tok, size) <= avail or not cur:
                cur += tok
            else:
                lines.append(cur)
                cur = tok.lstrip(" ")
        lines.append(cur)
    return lines


def layout(doc: Doc) -> list[dict]:
    """Pages as {'ops': [...], 'texts': [...]} ready to draw; texts = every string drawn."""
    pw, ph = doc.size
    left, right, top, bottom = doc.margins
    avail = pw - left - right
    pages: list[dict] = []

    def new_page():
        pages.append({"ops": [], "texts": []})
        return ph - top

    y = new_page()

    def text_op(page, x, yy, s, size, bold=False, color=(0, 0, 0)):
        page["ops"].append(("t", x, yy, s, size, bold, color))
        if s:
            page["texts"].append(s)

    for block in doc.blocks:
        if isinstance(block, PB):
            y = new_page()
            continue
        if isinstance(block, Sp):
            y -= block.h
            continue
        if isinstance(block, P):
            lead = block.leading or block.size * 1.55
            first = "\u3000" * block.indent
            lines = wrap(first + block.text, block.size, avail)
            y -= block.before
            for line in lines:
                if y - lead < bottom:
                    y = new_page()
                y -= lead
                w = width(line, block.size)
                x = left if block.align == "L" else (left + (avail - w) / 2 if block.align == "C" else left + avail - w)
                text_op(pages[-1], x, y + lead * 0.28, line, block.size, block.bold, block.color)
            y -= block.after
            continue
        if isinstance(block, Img):
            y -= block.before
            if y - block.h < bottom:
                y = new_page()
            x = left + (avail - block.w) / 2
            pages[-1]["ops"].append(("i", x, y - block.h, block.w, block.h, block.factory))
            pages[-1]["texts"].extend(block.texts)
            y -= block.h + block.after
            continue
        if isinstance(block, T):
            total = sum(block.widths)
            cols = [avail * w / total for w in block.widths]
            lead = block.size * 1.4
            ncol = len(cols)
            aligns = block.aligns or ["L"] * ncol

            def prep(row):
                cells = []
                i = 0
                while i < ncol:
                    span = 1
                    while i + span < ncol and row[i + span] is None:
                        span += 1
                    wdt = sum(cols[i:i + span])
                    txt = "" if row[i] is None else str(row[i])
                    cells.append((i, span, wdt, wrap(txt, block.size, wdt - 2 * block.pad), txt))
                    i += span
                height = max(len(c[3]) for c in cells) * lead + 2 * block.pad
                return cells, height

            prepared = [prep(r) for r in block.rows]
            y -= block.before

            def draw_row(idx, yy):
                cells, height = prepared[idx]
                page = pages[-1]
                xs = [left + sum(cols[:i]) for i in range(ncol + 1)]
                if idx in block.fill_rows or idx < block.header:
                    page["ops"].append(("r", left, yy - height, avail, height, (0.9, 0.9, 0.9)))
                for (i, span, wdt, lines, txt) in cells:
                    x0 = xs[i]
                    page["ops"].append(("l", x0, yy, x0, yy - height, 0.6))
                    page["ops"].append(("l", x0 + wdt, yy, x0 + wdt, yy - height, 0.6))
                    al = "C" if idx < block.header else aligns[i]
                    bold = idx < block.header or idx in block.bold_rows
                    for k, line in enumerate(lines):
                        w = width(line, block.size)
                        if al == "L":
                            x = x0 + block.pad
                        elif al == "C":
                            x = x0 + (wdt - w) / 2
                        else:
                            x = x0 + wdt - block.pad - w
                        ly = yy - block.pad - (k + 1) * lead + lead * 0.3
                        page["ops"].append(("t", x, ly, line, block.size, bold, (0, 0, 0)))
                    if txt:
                        page["texts"].append(txt)
                page["ops"].append(("l", left, yy, left + avail, yy, 0.6))
                page["ops"].append(("l", left, yy - height, left + avail, yy - height, 0.6))
                return yy - height

            for idx in range(len(prepared)):
                height = prepared[idx][1]
                if y - height < bottom:
                    y = new_page()
                    if block.repeat and idx >= block.header:
                        for h in range(block.header):
                            y = draw_row(h, y)
                y = draw_row(idx, y)
            y -= block.after
            continue
        raise TypeError(block)
    # header / footer
    n = len(pages)
    for i, page in enumerate(pages):
        if doc.header:
            w = width(doc.header, 8)
            page["ops"].append(("t", pw - right - w, ph - top + 22, doc.header, 8, False, (0.35, 0.35, 0.35)))
            page["ops"].append(("l", left, ph - top + 17, pw - right, ph - top + 17, 0.5))
            page["texts"].append(doc.header)
        if doc.footer:
            s = doc.footer.format(p=i + 1 + doc.footer_offset, n=n + doc.footer_offset)
            w = width(s, 8.5)
            page["ops"].append(("t", (pw - w) / 2, bottom - 30, s, 8.5, False, (0.2, 0.2, 0.2)))
            page["texts"].append(s)
    return pages


def page_texts(doc: Doc) -> list[list[str]]:
    return [p["texts"] for p in layout(doc)]


def draw_page(c, page: dict, size) -> None:
    from reportlab.lib.utils import ImageReader

    register()
    for op in page["ops"]:
        kind = op[0]
        if kind == "t":
            _, x, y, s, sz, bold, color = op
            c.saveState()
            t = c.beginText()
            t.setFont(FONT, sz)
            t.setFillColorRGB(*color)
            if bold:
                t.setTextRenderMode(2)
                c.setLineWidth(0.28)
                c.setStrokeColorRGB(*color)
            t.setTextOrigin(x, y)
            t.textLine(s)
            c.drawText(t)
            c.restoreState()
        elif kind == "l":
            _, x1, y1, x2, y2, w = op
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(w)
            c.line(x1, y1, x2, y2)
        elif kind == "r":
            _, x, y, w, h, fill = op
            c.setFillColorRGB(*fill)
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
        elif kind == "i":
            _, x, y, w, h, factory = op
            im = factory().convert("RGB")
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=85)
            c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), x, y, w, h)


def pdf_bytes(doc: Doc, title: str = "") -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=doc.size, invariant=1)
    c.setTitle(title or doc.title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for page in layout(doc):
        draw_page(c, page, doc.size)
        c.showPage()
    c.save()
    return out.getvalue()


def write_pdf(doc: Doc, path: Path, title: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(doc, title))


# ---------------------------------------------------------------- scans

def rasterize(pdf: bytes, dpi: int = 110) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = []
    for i in range(len(doc)):
        page = doc[i]
        images.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return images


def seal_image(text: str, radius: int, seed: int, inner: str = "") -> Image.Image:
    """A red round seal: ring, star, the name around the top arc, optional text below the star."""
    rng = random.Random(seed)
    size = radius * 2 + 8
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (212, 36, 38, 215)
    c = size / 2
    ring = max(3, radius // 16)
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=red, width=ring)
    # star
    r1, r2 = radius * 0.25, radius * 0.1
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((c + r * math.cos(ang), c + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    # arc text
    fs = max(10, int(radius * 0.26))
    font = pil_font(fs)
    n = len(text)
    span = min(250.0, 22.0 * n)
    for k, ch in enumerate(text):
        ang = -90 - span / 2 + span * (k + 0.5) / n
        rad = math.radians(ang)
        rr = radius - ring - fs * 0.75
        x = c + rr * math.cos(rad)
        y = c + rr * math.sin(rad)
        glyph = Image.new("RGBA", (fs + 6, fs + 6), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((3, 1), ch, font=font, fill=red)
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if inner:
        f2 = pil_font(max(9, int(radius * 0.17)))
        w = d.textlength(inner, font=f2)
        d.text((c - w / 2, c + radius * 0.38), inner, font=f2, fill=red)
    # wear: knock out a few speckles
    px = layer.load()
    for _ in range(size * 3):
        x, y = rng.randrange(size), rng.randrange(size)
        r, g, b, a = px[x, y]
        if a:
            px[x, y] = (r, g, b, int(a * 0.35))
    return layer.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC)


@dataclass
class Seal:
    text: str
    x: float  # fraction of page width (centre)
    y: float  # fraction of page height from the top (centre)
    r: float = 0.085  # radius as fraction of page width
    inner: str = ""


def age(img: Image.Image, seed: int, seals: list[Seal] = (), bw: bool = False, skew: float | None = None,
        tone=(244, 240, 229)) -> Image.Image:
    rng = random.Random(seed)
    W, H = img.size
    for s in seals:
        layer = seal_image(s.text, int(W * s.r), seed + 7, s.inner)
        base = img.convert("RGBA")
        base.alpha_composite(layer, (int(W * s.x - layer.width / 2), int(H * s.y - layer.height / 2)))
        img = base.convert("RGB")
    # paper tone: multiply white towards tone
    paper = Image.new("RGB", img.size, tone)
    img = ImageChops.multiply(img, paper)
    angle = skew if skew is not None else rng.uniform(-0.7, 0.7)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=tone)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    noise = Image.frombytes("L", img.size, rng.randbytes(W * H))
    dark = noise.point(lambda v: 70 if v < 3 else (18 if v < 40 else 0))
    img = ImageChops.subtract(img, Image.merge("RGB", (dark, dark, dark)))
    if bw:
        g = img.convert("L")
        img = g.point(lambda v: 255 if v > 150 else 0).convert("RGB")
    return img


def jpeg(img: Image.Image, quality: int = 72) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def image_pdf(pages: list[Image.Image], path: Path, size=A4, title: str = "") -> None:
    """An image-only PDF: one JPEG per page, no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for im in pages:
        w, h = (size if im.width < im.height else (size[1], size[0])) if size[0] < size[1] else size
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg(im))), 0, 0, w, h)
        c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def scan_doc(doc: Doc, path: Path, seed: int, seals: dict[int, list[Seal]] | None = None,
             bw_pages: set[int] = frozenset(), dpi: int = 100, title: str = "") -> None:
    """Render `doc`, rasterise, age each page (seals keyed by 0-based page), write image-only PDF."""
    images = rasterize(pdf_bytes(doc), dpi)
    seals = seals or {}
    aged = [age(im, seed * 100 + i, seals.get(i, []), bw=(i in bw_pages)) for i, im in enumerate(images)]
    image_pdf(aged, path, size=doc.size, title=title)


def mixed_pdf(doc: Doc, path: Path, scanned: set[int], seed: int, seals: dict[int, list[Seal]] | None = None,
              dpi: int = 100, title: str = "") -> None:
    """A compiled PDF: some pages keep their text layer, the pages in `scanned` (0-based) are images."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    pages = layout(doc)
    images = rasterize(pdf_bytes(doc), dpi)
    seals = seals or {}
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=doc.size, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    for i, page in enumerate(pages):
        if i in scanned:
            im = age(images[i], seed * 100 + i, seals.get(i, []))
            c.drawImage(ImageReader(io.BytesIO(jpeg(im))), 0, 0, doc.size[0], doc.size[1])
        else:
            draw_page(c, page, doc.size)
        c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- pictures (screens)

def screen(title: str, tiles: list[tuple[str, str, str]], table: list[list[str]] | None = None,
           stamp: str = "", seed: int = 1, theme: str = "dark", w: int = 1400, h: int = 860) -> Image.Image:
    """A dashboard screenshot: title bar, KPI tiles (caption, value, unit), a trend, an optional table."""
    rng = random.Random(seed)
    dark = theme == "dark"
    bg = (14, 28, 48) if dark else (242, 245, 249)
    fg = (230, 238, 250) if dark else (30, 40, 55)
    card = (24, 46, 76) if dark else (255, 255, 255)
    accent = (64, 196, 255) if dark else (22, 119, 255)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 64], fill=(9, 20, 36) if dark else (255, 255, 255))
    d.text((28, 14), title, font=pil_font(30), fill=accent if dark else (20, 30, 45))
    if stamp:
        d.text((w - 28 - d.textlength(stamp, font=pil_font(18)), 24), stamp, font=pil_font(18), fill=fg)
    n = len(tiles)
    per_row = min(4, n)
    tw = (w - 40 - (per_row - 1) * 20) // per_row
    th = 150
    for k, (cap, val, unit) in enumerate(tiles):
        r, col = divmod(k, per_row)
        x0 = 20 + col * (tw + 20)
        y0 = 84 + r * (th + 18)
        d.rounded_rectangle([x0, y0, x0 + tw, y0 + th], radius=10, fill=card)
        d.text((x0 + 20, y0 + 16), cap, font=pil_font(22), fill=fg)
        d.text((x0 + 20, y0 + 56), val, font=pil_font(52), fill=accent)
        vw = d.textlength(val, font=pil_font(52))
        d.text((x0 + 30 + vw, y0 + 84), unit, font=pil_font(22), fill=fg)
    rows_used = (n + per_row - 1) // per_row
    top = 84 + rows_used * (th + 18) + 6
    # a trend chart without numbers
    cw = (w - 60) // 2 if table else w - 40
    d.rounded_rectangle([20, top, 20 + cw, h - 20], radius=10, fill=card)
    d.text((40, top + 12), "近12个月趋势", font=pil_font(20), fill=fg)
    pts = []
    base = rng.uniform(0.3, 0.5)
    for i in range(12):
        base = min(0.95, max(0.1, base + rng.uniform(-0.04, 0.09)))
        pts.append((40 + i * (cw - 60) / 11, h - 50 - base * (h - top - 110)))
    d.line(pts, fill=accent, width=4)
    for x, y in pts:
        d.ellipse([x - 5, y - 5, x + 5, y + 5], fill=accent)
    if table:
        x0 = 40 + cw
        d.rounded_rectangle([x0, top, w - 20, h - 20], radius=10, fill=card)
        colw = (w - 20 - x0 - 30) / len(table[0])
        for ri, row in enumerate(table):
            for ci, cell in enumerate(row):
                d.text((x0 + 15 + ci * colw, top + 14 + ri * 34), cell, font=pil_font(19 if ri else 20),
                       fill=accent if ri == 0 else fg)
    return im


# ---------------------------------------------------------------- office files

def normalize_zip(path: Path) -> None:
    """Fixed entry dates and fixed core-property dates, so DOCX/XLSX rebuild byte-identical."""
    src = zipfile.ZipFile(path)
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-07-15T09:30:00Z\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-07-15T09:30:00Z\2", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def docx_new():
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.comments = ""
    return d


def docx_par(d, text, size=10.5, bold=False, align=None, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph()
    if align == "C":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "R":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    return p


def docx_table(d, rows, widths_cm=None, size=9, header=1, merges=()):
    """rows of strings; merges: ((r1,c1),(r2,c2)) rectangles merged (text of the first cell kept)."""
    from docx.shared import Cm, Pt

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run("" if val is None else str(val))
            run.font.size = Pt(size)
            run.bold = r < header
    for (r1, c1), (r2, c2) in merges:
        keep = t.cell(r1, c1).text
        m = t.cell(r1, c1).merge(t.cell(r2, c2))
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        run = m.paragraphs[0].add_run(keep)
        run.font.size = Pt(size)
    if widths_cm:
        for row in t.rows:
            for c, w in enumerate(widths_cm):
                row.cells[c].width = Cm(w)
    return t


def docx_save(d, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def xlsx_save(wb, path: Path) -> None:
    import datetime as dt

    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.modified = dt.datetime(2024, 7, 15, 9, 30)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)
