"""Shared helpers of blind set h73: fonts, number formats, deterministic DOCX/XLSX/PDF, scans, seals.

Everything here is deterministic: fixed seeds, reportlab invariant=1, fixed zip dates and core
properties, our own image-only PDF writer (no dates, fixed ids).
"""

from __future__ import annotations

import io
import math
import random
import re
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from eval_sets.generator import fonts as _fonts  # noqa: E402  (only to find WenQuanYi Micro Hei)

FONT_PATH = _fonts.find_font(_fonts.DRAWING_FONT)
if FONT_PATH is None:
    raise SystemExit("WenQuanYi Micro Hei not found (fonts-wqy-microhei)")
FONT = "WQY73"
pdfmetrics.registerFont(TTFont(FONT, str(FONT_PATH), subfontIndex=0))

FIXED_DT = (2024, 7, 18, 10, 30, 0)
FIXED_ISO = "2024-07-18T10:30:00Z"

# --------------------------------------------------------------------------- numbers


def r2(x) -> float:
    """Round half-up to 2 decimals (the notice: 保留2位小数)."""
    return float(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(num, den) -> float:
    return r2(Decimal(str(num)) / Decimal(str(den)) * 100)


def growth(cur, prev) -> float:
    return r2((Decimal(str(cur)) / Decimal(str(prev)) - 1) * 100)


def money(x, sep=True) -> str:
    return f"{x:,.2f}" if sep else f"{x:.2f}"


def num(n, sep=True) -> str:
    return f"{n:,}" if sep else str(n)


def yuan(wan: float) -> float:
    """万元 → 元 (exact to the cent)."""
    return float(Decimal(str(wan)) * 10000)


def wan_from_yuan(y: float) -> float:
    return r2(Decimal(str(y)) / 10000)


def split(total: int, weights: list[float]) -> list[int]:
    """Integers proportional to weights that sum exactly to total (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [math.floor(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def bd_text(d: dict, sep="、", colon="：", thousands=False) -> str:
    return sep.join(f"{k}{colon}{num(v, thousands)}" for k, v in d.items())


def count_chars(text: str) -> int:
    return len(re.sub(r"\s", "", text))


# --------------------------------------------------------------------------- zip normalisation


def normalize_office(data: bytes) -> bytes:
    """Rewrite a DOCX/XLSX zip with fixed entry dates and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\2", text)
                text = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + FIXED_ISO + r"\2", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save_docx(doc, path: Path, author: str = "") -> None:
    import datetime as _dt

    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(2024, 7, 18, 10, 30)
    cp.modified = _dt.datetime(2024, 7, 18, 10, 30)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_office(buf.getvalue()))


def save_xlsx(wb, path: Path, author: str = "") -> None:
    import datetime as _dt

    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = _dt.datetime(2024, 7, 18, 10, 30)
    wb.properties.modified = _dt.datetime(2024, 7, 18, 10, 30)
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_office(buf.getvalue()))


# --------------------------------------------------------------------------- docx helpers


def docx_new(font="宋体", size=10.5):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return doc


def docx_par(doc_or_cell, text, bold=False, size=None, align=None, font=None, color=None, italic=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    p = doc_or_cell.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font
        run.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if color:
        run.font.color.rgb = RGBColor(*color)
    return p


def cell_text(cell, text, bold=False, size=None, align=None, color=None):
    """Replace a table cell's text (keeps one paragraph per line)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    lines = str(text).split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor(*color)
    return cell


def cell_runs(cell, parts):
    """parts: list of (text, dict(style)) written into the cell's first paragraph."""
    from docx.shared import Pt, RGBColor

    p = cell.paragraphs[0]
    for text, st in parts:
        run = p.add_run(text)
        run.bold = st.get("bold", False)
        run.italic = st.get("italic", False)
        if st.get("size"):
            run.font.size = Pt(st["size"])
        if st.get("color"):
            run.font.color.rgb = RGBColor(*st["color"])


def docx_table(doc, rows, cols, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = style
    return t


# --------------------------------------------------------------------------- reportlab helpers


def pstyle(size=10, leading=None, align=TA_LEFT, bold=False, color=colors.black, indent=0):
    return ParagraphStyle(
        f"s{size}{align}{bold}{indent}", fontName=FONT, fontSize=size, leading=leading or size * 1.45,
        alignment=align, wordWrap="CJK", textColor=color, firstLineIndent=indent,
    )


def P(text, size=10, align=TA_LEFT, **kw):
    text = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    return Paragraph(text, pstyle(size, align=align, **kw))


def table(data, widths, size=9, header_rows=1, spans=(), align_right_cols=(), grid=0.5, bg=None, pad=3):
    cells = [[c if not isinstance(c, str) else P(c, size) for c in row] for row in data]
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            if isinstance(v, str) and c in align_right_cols and r >= header_rows:
                cells[r][c] = P(v, size, align=2)
    t = Table(cells, colWidths=widths, repeatRows=header_rows)
    cmds = [
        ("GRID", (0, 0), (-1, -1), grid, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows and bg:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), bg))
    for sp in spans:
        cmds.append(("SPAN",) + tuple(sp))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(story, pagesize=A4, header="", footer_pages=True, margins=(20, 18, 20, 18), title="") -> bytes:
    buf = io.BytesIO()
    left, top, right, bottom = (m * mm for m in margins)

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        w, h = pagesize
        if header:
            canvas.drawString(left, h - top + 6 * mm, header)
            canvas.setLineWidth(0.4)
            canvas.line(left, h - top + 5 * mm, w - right, h - top + 5 * mm)
        if footer_pages:
            canvas.drawCentredString(w / 2, bottom - 8 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                            bottomMargin=bottom, invariant=1, title=title, author="", subject="", creator="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def pdf_page_texts(data_or_path) -> list[str]:
    pdf = pdfium.PdfDocument(data_or_path)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return out


# --------------------------------------------------------------------------- images, seals, scans


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_PATH), size, index=0)


def seal_image(text: str, radius: int = 150, seed: int = 0, bottom: str = "") -> Image.Image:
    """A red round company seal (RGBA): ring, star, name along the upper arc."""
    rnd = random.Random(seed)
    size = radius * 2 + 8
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (212, 28, 34, 235)
    c = size / 2
    ring = max(4, radius // 22)
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=red, width=ring)
    # star
    rs, ri = radius * 0.26, radius * 0.105
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = rs if k % 2 == 0 else ri
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # name along the arc
    n = len(text)
    fsize = int(radius * (0.30 if n <= 12 else 0.25 if n <= 16 else 0.21))
    font = pil_font(fsize)
    span = math.radians(min(250, 22 * n + 40))
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        glyph = Image.new("RGBA", (fsize + 8, fsize + 8), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((4, 2), ch, font=font, fill=red)
        rot = glyph.rotate(-math.degrees(ang + math.pi / 2), resample=Image.BICUBIC, expand=True)
        rr = radius - ring - fsize * 0.62
        x = c + rr * math.cos(ang) - rot.width / 2
        y = c + rr * math.sin(ang) - rot.height / 2
        img.alpha_composite(rot, (int(x), int(y)))
    if bottom:
        f2 = pil_font(int(radius * 0.16))
        w = d.textlength(bottom, font=f2)
        d.text((c - w / 2, c + radius * 0.45), bottom, font=f2, fill=red)
    # ink texture: knock out random specks
    a = np.array(img)
    mask = np.random.default_rng(seed).random(a.shape[:2]) < 0.10
    a[..., 3] = np.where(mask, (a[..., 3] * 0.45).astype(np.uint8), a[..., 3])
    img = Image.fromarray(a)
    return img.rotate(rnd.uniform(-18, 18), resample=Image.BICUBIC)


def render_pdf_pages(pdf_bytes: bytes, dpi: int = 110) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        bmp = page.render(scale=dpi / 72)
        pages.append(bmp.to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return pages


def scanify(img: Image.Image, seed: int, seals=(), tone=(247, 244, 234), skew=None, colour=True) -> Image.Image:
    """Paper tone, skew, blur, noise; seals = [(seal_rgba, (x_frac, y_frac))]."""
    rnd = random.Random(seed)
    img = img.convert("RGB")
    for seal, (fx, fy) in seals:
        x = int(img.width * fx - seal.width / 2)
        y = int(img.height * fy - seal.height / 2)
        base = img.convert("RGBA")
        layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
        layer.alpha_composite(seal, (max(0, x), max(0, y)))
        # multiply-like: keep black text visible through the ink
        a = np.array(base).astype(np.float32)
        s = np.array(layer).astype(np.float32)
        alpha = s[..., 3:4] / 255.0
        blended = a[..., :3] * (1 - alpha) + np.minimum(a[..., :3], s[..., :3]) * alpha
        img = Image.fromarray(blended.clip(0, 255).astype(np.uint8))
    angle = skew if skew is not None else rnd.uniform(-0.9, 0.9)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    a = np.array(img).astype(np.float32)
    t = np.array(tone, dtype=np.float32) / 255.0
    a = a * t
    rng = np.random.default_rng(seed)
    a += rng.normal(0, 5.5, a.shape[:2])[..., None]
    # a few dust specks
    for _ in range(40):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        a[max(0, y - 1):y + 1, max(0, x - 1):x + 1] *= 0.55
    a = a.clip(0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if not colour:
        out = out.convert("L")
    return out


def images_to_pdf(images: list[Image.Image], page_sizes=None, quality=72) -> bytes:
    """Minimal deterministic image-only PDF (one JPEG per page, no text layer, no dates)."""
    objs: list[bytes] = []
    kids = []
    n = len(images)
    # object numbering: 1 catalog, 2 pages, then per page: page, contents, image
    for i, im in enumerate(images):
        buf = io.BytesIO()
        mode = im.mode if im.mode in ("RGB", "L") else "RGB"
        im.convert(mode).save(buf, format="JPEG", quality=quality, optimize=False)
        jpg = buf.getvalue()
        if page_sizes:
            pw, ph = page_sizes[i]
        else:
            pw, ph = (595.28, 841.89) if im.height >= im.width else (841.89, 595.28)
        po, co, io_ = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        kids.append(po)
        cs = "/DeviceRGB" if mode == "RGB" else "/DeviceGray"
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im{i} Do Q".encode()
        objs.append((po, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                         f"/Resources << /XObject << /Im{i} {io_} 0 R >> >> /Contents {co} 0 R >>".encode()))
        objs.append((co, b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream"))
        objs.append((io_, f"<< /Type /XObject /Subtype /Image /Width {im.width} /Height {im.height} "
                          f"/ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode()
                     + jpg + b"\nendstream"))
    head = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
            (2, ("<< /Type /Pages /Kids [" + " ".join(f"{k} 0 R" for k in kids) + f"] /Count {n} >>").encode())]
    allobjs = sorted(head + objs)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num_, body in allobjs:
        offsets[num_] = out.tell()
        out.write(f"{num_} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    total = len(allobjs) + 1
    out.write(f"xref\n0 {total}\n0000000000 65535 f \n".encode())
    for k in range(1, total):
        out.write(f"{offsets[k]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {total} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def scan_pdf(pdf_bytes: bytes, seed: int, seals: dict | None = None, dpi: int = 110, colour_pages=None) -> bytes:
    """Rasterise a text PDF and return an image-only 'scanned' PDF.

    seals: {page_index: [(seal_rgba, (fx, fy)), ...]}; colour_pages: pages kept in colour
    (default: the sealed ones); the others become greyscale, as office scanners do in auto mode.
    """
    seals = seals or {}
    pages = render_pdf_pages(pdf_bytes, dpi)
    colour_pages = set(seals) if colour_pages is None else set(colour_pages)
    out = []
    for i, im in enumerate(pages):
        out.append(scanify(im, seed * 100 + i, seals.get(i, ()), colour=i in colour_pages))
    return images_to_pdf(out)


# --------------------------------------------------------------------------- dashboards (screenshots)


def dashboard(title: str, subtitle: str, cards: list[tuple[str, str, str]], seed: int, size=(1600, 900),
              theme="dark", footer: str = "", extra_rows: list[tuple[str, str]] = ()) -> Image.Image:
    """A platform console screenshot: title bar, KPI cards (label, value, unit), a fake chart."""
    rnd = random.Random(seed)
    W, H = size
    if theme == "dark":
        bg, panel, fg, dim, acc = (11, 27, 52), (20, 44, 82), (235, 242, 255), (140, 170, 210), (64, 196, 255)
    else:
        bg, panel, fg, dim, acc = (240, 243, 248), (255, 255, 255), (30, 40, 60), (110, 120, 140), (22, 119, 255)
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    # browser chrome
    d.rectangle([0, 0, W, 38], fill=(222, 225, 230))
    d.rounded_rectangle([120, 7, W - 240, 31], radius=10, fill=(255, 255, 255))
    d.text((134, 10), subtitle, font=pil_font(15), fill=(60, 60, 60))
    for k, colr in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        d.ellipse([14 + 24 * k, 13, 28 + 24 * k, 27], fill=colr)
    d.text((40, 56), title, font=pil_font(34), fill=fg)
    d.text((W - 360, 66), "数据更新时间：2024-07-10 09:00", font=pil_font(17), fill=dim)
    cols = 4
    cw = (W - 80 - (cols - 1) * 24) // cols
    ch = 150
    for i, (label, value, unit) in enumerate(cards):
        r_, c_ = divmod(i, cols)
        x, y = 40 + c_ * (cw + 24), 120 + r_ * (ch + 22)
        d.rounded_rectangle([x, y, x + cw, y + ch], radius=12, fill=panel)
        d.text((x + 22, y + 18), label, font=pil_font(22), fill=dim)
        d.text((x + 22, y + 56), value, font=pil_font(52), fill=acc)
        vw = d.textlength(value, font=pil_font(52))
        d.text((x + 30 + vw, y + 84), unit, font=pil_font(22), fill=dim)
    rows_used = (len(cards) + cols - 1) // cols
    top = 120 + rows_used * (ch + 22) + 10
    # chart panel
    d.rounded_rectangle([40, top, W * 0.62, H - 40], radius=12, fill=panel)
    d.text((62, top + 14), "近12个月活跃趋势", font=pil_font(20), fill=dim)
    pts = []
    for k in range(12):
        x = 80 + k * ((W * 0.62 - 140) / 11)
        y = (H - 80) - rnd.uniform(0.25, 0.85) * (H - 80 - top - 60)
        pts.append((x, y))
    d.line(pts, fill=acc, width=4)
    for p_ in pts:
        d.ellipse([p_[0] - 5, p_[1] - 5, p_[0] + 5, p_[1] + 5], fill=acc)
    d.rounded_rectangle([W * 0.62 + 24, top, W - 40, H - 40], radius=12, fill=panel)
    d.text((W * 0.62 + 46, top + 14), "运行概况", font=pil_font(20), fill=dim)
    yy = top + 52
    for k, v in extra_rows:
        d.text((W * 0.62 + 46, yy), k, font=pil_font(19), fill=dim)
        d.text((W - 220, yy), v, font=pil_font(19), fill=fg)
        yy += 34
    if footer:
        d.text((40, H - 32), footer, font=pil_font(15), fill=dim)
    return img


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


__all__ = [
    "A4", "landscape", "mm", "colors", "TA_CENTER", "TA_LEFT", "P", "Spacer", "PageBreak", "Table", "TableStyle",
    "table", "build_pdf", "pdf_page_texts", "scan_pdf", "seal_image", "scanify", "images_to_pdf", "dashboard",
    "png_bytes", "render_pdf_pages", "r2", "pct", "growth", "money", "num", "split", "bd_text", "yuan",
    "wan_from_yuan", "count_chars", "save_docx", "save_xlsx", "docx_new", "docx_par", "cell_text", "cell_runs",
    "docx_table", "pil_font",
]
