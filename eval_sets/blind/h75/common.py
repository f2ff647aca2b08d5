"""Shared helpers of blind set h75: fonts, number formatting, deterministic DOCX/XLSX/PDF writing, scans.

Everything here is written for this set only; the one import from the repository is
`eval_sets.generator.fonts`, used to locate the CJK font (WenQuanYi Micro Hei) by name.
"""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FIXED_DATE = (2024, 7, 18, 10, 30, 0)
FIXED_ISO = "2024-07-18T10:30:00Z"


# ----------------------------------------------------------------------------- fonts
def font_path() -> Path:
    from eval_sets.generator import fonts  # only to find WenQuanYi Micro Hei by name

    path = fonts.find_font()
    if path is None:
        raise SystemExit("WenQuanYi Micro Hei not found (apt-get install fonts-wqy-microhei)")
    return Path(path)


_RL_READY = False


def rl_font() -> str:
    """Register the CJK font with reportlab once; returns its name."""
    global _RL_READY
    if not _RL_READY:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("WQY", str(font_path()), subfontIndex=0))
        _RL_READY = True
    return "WQY"


_PIL_CACHE: dict[int, ImageFont.FreeTypeFont] = {}


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    if size not in _PIL_CACHE:
        _PIL_CACHE[size] = ImageFont.truetype(str(font_path()), size, index=0)
    return _PIL_CACHE[size]


# ----------------------------------------------------------------------------- numbers
def r2(x: float) -> float:
    """Round half up to 2 decimals (as a person with a calculator does)."""
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(num: float, den: float) -> float:
    return r2(num / den * 100)


def growth(new: float, old: float) -> float:
    return r2((new - old) / old * 100)


def sep(n: float | int, decimals: int | None = None) -> str:
    """Thousands separators: 19640 → 19,640; 5108.36 → 5,108.36."""
    if decimals is None:
        decimals = 0 if isinstance(n, int) else 2
    return f"{n:,.{decimals}f}"


def plain(n: float | int, decimals: int | None = None) -> str:
    if decimals is None:
        decimals = 0 if isinstance(n, int) else 2
    return f"{n:.{decimals}f}"


def yuan(wan: float) -> str:
    """万元 → 元 printed with separators (the figure a ledger prints)."""
    return sep(int(round(wan * 1000000)) / 100, 2)


def split_total(total: int, weights: list[float]) -> list[int]:
    """Split an integer total by weights (largest remainder), deterministic."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [math.floor(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def char_count(text: str) -> int:
    return len(re.sub(r"\s", "", text))


# ----------------------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates and fixed core-property timestamps."""
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    Path(path).write_bytes(out.getvalue())


def write_zip_folder(folder: Path, zip_path: Path, root: str) -> None:
    """Zip a folder under a top folder name, sorted entries, fixed dates (the applicant's archive)."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as z:
        for d in sorted({p.parent for p in files} | {folder}):
            rel = d.relative_to(folder).as_posix()
            name = f"{root}/" if rel == "." else f"{root}/{rel}/"
            zi = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            zi.external_attr = (0o40755 << 16) | 0x10
            z.writestr(zi, b"")
        for p in files:
            zi = zipfile.ZipInfo(f"{root}/{p.relative_to(folder).as_posix()}", date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, p.read_bytes())


# ----------------------------------------------------------------------------- DOCX
def new_docx(author: str):
    import datetime as _dt

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: F401
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    cp.created = _dt.datetime(2024, 7, 18, 10, 30, 0)
    cp.modified = _dt.datetime(2024, 7, 18, 10, 30, 0)
    cp.revision = 1
    return doc


def docx_heading(doc, text: str, size: float = 14, bold: bool = True, center: bool = False, font: str = "黑体"):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return p


def docx_para(doc, text: str, size: float = 10.5, indent: bool = True, bold: bool = False):
    from docx.shared import Pt

    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(3)
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold
    return p


def docx_table(doc, rows: list[list[str]], widths: list[float] | None = None, header_rows: int = 1,
               size: float = 9, merges: list[tuple[int, int, int, int]] = ()):
    """A bordered table. merges: (r0, c0, r1, c1) inclusive; text of merged cells is the top-left one."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    ncol = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncol)
    table.style = "Table Grid"
    covered = set()
    for r0, c0, r1, c1 in merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    for i, row in enumerate(rows):
        for j in range(ncol):
            if (i, j) in covered:
                continue
            text = row[j] if j < len(row) else ""
            cell = table.cell(i, j)
            cell.text = ""
            lines = str(text).split("\n")
            para = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    para = cell.add_paragraph()
                run = para.add_run(line)
                run.font.size = Pt(size)
                if i < header_rows:
                    run.bold = True
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r0, c0, r1, c1 in merges:
        a = table.cell(r0, c0)
        b = table.cell(r1, c1)
        a.merge(b)
    if widths:
        table.autofit = False
        for j, w in enumerate(widths):
            if j < ncol:
                table.columns[j].width = Cm(w)
        for row in table.rows:
            for j, cell in enumerate(row._tr.tc_lst):
                if j < len(widths):
                    from docx.table import _Cell
                    _Cell(cell, table).width = Cm(widths[j])
    return table


def save_docx(doc, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- XLSX
def new_xlsx(author: str):
    import datetime as _dt

    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = _dt.datetime(2024, 7, 18, 10, 30, 0)
    wb.properties.modified = _dt.datetime(2024, 7, 18, 10, 30, 0)
    return wb


def save_xlsx(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def xl_style_header(ws, cells: str):
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    for row in ws[cells]:
        for c in row:
            c.font = Font(name="宋体", bold=True, size=10)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)


def xl_style_body(ws, cells: str, wrap: bool = True):
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin", color="000000")
    for row in ws[cells]:
        for c in row:
            c.font = Font(name="宋体", size=10)
            c.alignment = Alignment(vertical="center", wrap_text=wrap)
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)


# ----------------------------------------------------------------------------- PDF (reportlab)
def styles():
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    f = rl_font()
    return {
        "title": ParagraphStyle("title", fontName=f, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=f, fontSize=13.5, leading=20, spaceBefore=6, spaceAfter=6),
        "h2": ParagraphStyle("h2", fontName=f, fontSize=11.5, leading=17, spaceBefore=4, spaceAfter=4),
        "body": ParagraphStyle("body", fontName=f, fontSize=10.5, leading=17, firstLineIndent=21, spaceAfter=3),
        "plain": ParagraphStyle("plain", fontName=f, fontSize=10.5, leading=16),
        "small": ParagraphStyle("small", fontName=f, fontSize=8.5, leading=12),
        "cell": ParagraphStyle("cell", fontName=f, fontSize=8.5, leading=11.5),
        "cellc": ParagraphStyle("cellc", fontName=f, fontSize=8.5, leading=11.5, alignment=TA_CENTER),
        "cellr": ParagraphStyle("cellr", fontName=f, fontSize=8.5, leading=11.5, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", fontName=f, fontSize=10.5, leading=16, alignment=TA_CENTER),
        "right": ParagraphStyle("right", fontName=f, fontSize=10.5, leading=16, alignment=TA_RIGHT),
        "left": ParagraphStyle("left", fontName=f, fontSize=10.5, leading=16, alignment=TA_LEFT),
        "big": ParagraphStyle("big", fontName=f, fontSize=22, leading=32, alignment=TA_CENTER),
    }


def esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def P(text: str, style: str = "body"):
    from reportlab.platypus import Paragraph

    return Paragraph(esc(text), styles()[style])


def rl_table(rows: list[list], widths: list[float], header_rows: int = 1, spans: list = (), style: str = "cell",
             num_cols: tuple[int, ...] = (), font_size: float | None = None, repeat: int = 0, zebra: bool = False,
             align_center_cols: tuple[int, ...] = ()):
    """A grid table; string cells become Paragraphs (wrapping). widths in mm."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph

    st = styles()
    data = []
    for i, row in enumerate(rows):
        out = []
        for j, v in enumerate(row):
            if isinstance(v, str):
                if i < header_rows:
                    sty = st["cellc"]
                elif j in num_cols:
                    sty = st["cellr"]
                elif j in align_center_cols:
                    sty = st["cellc"]
                else:
                    sty = st[style]
                out.append(Paragraph(esc(v), sty))
            else:
                out.append(v)
        data.append(out)
    t = LongTable(data, colWidths=[w * mm for w in widths], repeatRows=repeat)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)))
    for sp in spans:
        cmds.append(("SPAN", sp[0], sp[1]))
    t.setStyle(cmds)
    return t


def build_pdf(flowables: list, pagesize=None, margins=(20, 20, 18, 18), footer=None, header=None,
              title: str = "", author: str = "") -> bytes:
    """Build a text PDF deterministically (invariant=1). footer/header: callables (canvas, doc) or None."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize or A4, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, invariant=1,
                            title=title, author=author, creator="", producer="")

    def deco(canvas, d):
        canvas.saveState()
        if header:
            header(canvas, d)
        if footer:
            footer(canvas, d)
        canvas.restoreState()

    doc.build(flowables, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def page_number_footer(fmt: str = "第 {n} 页"):
    def f(canvas, doc):
        from reportlab.lib.units import mm

        canvas.setFont(rl_font(), 8.5)
        w = doc.pagesize[0]
        canvas.drawCentredString(w / 2, 10 * mm, fmt.format(n=canvas.getPageNumber()))
    return f


def pdf_page_count(data: bytes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def pdf_page_texts(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    out = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return out


def rasterize(data: bytes, dpi: int = 130) -> list[Image.Image]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    imgs = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            bm = page.render(scale=dpi / 72)
            imgs.append(bm.to_pil().convert("RGB"))
            page.close()
    finally:
        pdf.close()
    return imgs


# ----------------------------------------------------------------------------- scans
def draw_seal(text: str, diameter: int, seed: int, bottom: str = "", star: bool = True) -> Image.Image:
    """A red round company seal (RGBA), characters along the upper arc, a star in the middle."""
    rng = random.Random(seed)
    size = diameter + 8
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 36, 215)
    c = size / 2
    r = diameter / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=max(3, diameter // 38))
    if star:
        sr = diameter * 0.16
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = sr if k % 2 == 0 else sr * 0.4
            pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
        d.polygon(pts, fill=red)
    n = len(text)
    span = min(250.0, 22.0 * n)
    fsize = int(diameter * 0.13)
    font = pil_font(fsize)
    for k, ch in enumerate(text):
        ang = -90 - span / 2 + span * (k + 0.5) / n
        rad = math.radians(ang)
        rr = r - fsize * 0.95
        x = c + rr * math.cos(rad)
        y = c + rr * math.sin(rad)
        glyph = Image.new("RGBA", (fsize + 6, fsize + 6), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((3, 1), ch, font=font, fill=red)
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if bottom:
        bf = pil_font(int(diameter * 0.09))
        w = d.textlength(bottom, font=bf)
        d.text((c - w / 2, c + r * 0.45), bottom, font=bf, fill=red)
    # uneven ink
    px = layer.load()
    for _ in range(diameter * 6):
        x, y = rng.randrange(size), rng.randrange(size)
        rr_, g_, b_, a_ = px[x, y]
        if a_:
            px[x, y] = (rr_, g_, b_, int(a_ * rng.uniform(0.35, 0.8)))
    return layer.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC)


def _noise(size: tuple[int, int], rng: random.Random, amount: int) -> Image.Image:
    raw = rng.randbytes(size[0] * size[1])
    img = Image.frombytes("L", size, raw)
    return img.point(lambda v: 255 - (v * amount // 255))


def scanify(img: Image.Image, seed: int, seals: list[tuple[Image.Image, tuple[float, float]]] = (),
            bw: bool = False, tone: tuple[int, int, int] = (246, 243, 234)) -> Image.Image:
    """Paper tone, slight skew, blur and noise; seals are composited before the skew (they were stamped)."""
    rng = random.Random(seed)
    page = img.convert("RGB")
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    if seals:
        rgba = page.convert("RGBA")
        W, H = rgba.size
        for seal, (fx, fy) in seals:
            x = int(fx * W - seal.width / 2)
            y = int(fy * H - seal.height / 2)
            sx0, sy0 = max(0, -x), max(0, -y)
            sx1, sy1 = min(seal.width, W - x), min(seal.height, H - y)
            if sx1 <= sx0 or sy1 <= sy0:
                continue
            rgba.alpha_composite(seal.crop((sx0, sy0, sx1, sy1)), (x + sx0, y + sy0))
        page = rgba.convert("RGB")
    angle = rng.uniform(-0.9, 0.9)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    if bw:
        g = ImageChops.multiply(page.convert("L"), _noise(page.size, rng, 70))
        return g.point(lambda v: 0 if v < 140 else 255).convert("1")
    page = ImageChops.multiply(page, Image.new("RGB", page.size, tone))
    page = ImageChops.multiply(page, _noise(page.size, rng, 26).convert("RGB"))
    return page


def images_to_pdf(images: list[Image.Image], dpi: int = 130, quality: int = 72) -> bytes:
    """Image-only PDF, one image per page (reportlab, invariant=1): no text layer."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("")
    for img in images:
        w = img.width * 72 / dpi
        h = img.height * 72 / dpi
        c.setPageSize((w, h))
        b = io.BytesIO()
        if img.mode == "1":
            img.convert("L").save(b, "PNG", optimize=False)
        else:
            img.convert("RGB").save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, width=w, height=h)
        c.showPage()
    c.save()
    return buf.getvalue()
