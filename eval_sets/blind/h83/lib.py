"""Rendering helpers of the h83 blind set: one block model written as text PDF, DOCX or scanned
(image-only) PDF; XLSX sheets; PNG consoles and dashboards; red seals; deterministic zips.

Everything is deterministic: reportlab invariant=1, fixed core properties, fixed zip dates, seeded noise."""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import docx
import numpy as np
import openpyxl
import pypdf
import pypdfium2 as pdfium
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import cjk_ttf

FIXED = datetime(2024, 7, 16, 9, 30, 0)
ZIP_DT = (2024, 7, 16, 9, 30, 0)
FONT = "H83CJK"
_registered = False

# package id -> file -> page -> text drawn into pixels (written to drawn_text.json by build)
DRAWN: dict[str, dict[str, dict[int, str]]] = {}


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def font_setup() -> str:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
        _registered = True
    return FONT


def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


# ----------------------------------------------------------------------------------------- blocks
@dataclass
class H:
    text: str
    size: float = 14
    center: bool = False


@dataclass
class P:
    text: str
    size: float = 10.5
    center: bool = False
    right: bool = False


@dataclass
class T:
    rows: list
    widths: list | None = None
    size: float = 9
    header: int = 1


@dataclass
class BR:
    pass


@dataclass
class SP:
    h: float = 6


def _esc(s) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _flow(blocks, width):
    font = font_setup()
    out = []
    for b in blocks:
        if isinstance(b, H):
            st = ParagraphStyle("h", fontName=font, fontSize=b.size, leading=b.size * 1.45,
                                alignment=TA_CENTER if b.center else TA_LEFT, wordWrap="CJK", spaceBefore=4, spaceAfter=4)
            out.append(Paragraph(_esc(b.text), st))
        elif isinstance(b, P):
            st = ParagraphStyle("p", fontName=font, fontSize=b.size, leading=b.size * 1.6,
                                alignment=TA_CENTER if b.center else (2 if b.right else TA_LEFT), wordWrap="CJK",
                                firstLineIndent=0, spaceAfter=3)
            out.append(Paragraph(_esc(b.text), st))
        elif isinstance(b, T):
            st = ParagraphStyle("c", fontName=font, fontSize=b.size, leading=b.size * 1.35, wordWrap="CJK")
            ncol = max(len(r) for r in b.rows)
            widths = b.widths or [1] * ncol
            total = sum(widths)
            cw = [width * w / total for w in widths]
            data = [[Paragraph(_esc(c), st) for c in list(r) + [""] * (ncol - len(r))] for r in b.rows]
            t = Table(data, colWidths=cw, repeatRows=b.header)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if b.header:
                style.append(("BACKGROUND", (0, 0), (-1, b.header - 1), colors.Color(0.9, 0.9, 0.9)))
            t.setStyle(TableStyle(style))
            out.append(t)
            out.append(Spacer(1, 4))
        elif isinstance(b, BR):
            out.append(PageBreak())
        elif isinstance(b, SP):
            out.append(Spacer(1, b.h))
    return out


def pdf_bytes(blocks, header: str = "", footer: bool = True, title: str = "") -> bytes:
    buf = io.BytesIO()
    font = font_setup()

    def deco(c, d):
        c.saveState()
        c.setFont(font, 8)
        if header:
            c.drawString(20 * mm, A4[1] - 12 * mm, header)
        if footer:
            c.drawCentredString(A4[0] / 2, 10 * mm, f"第 {d.page} 页")
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title=title, author="", creator="", producer="")
    doc.build(_flow(blocks, A4[0] - 36 * mm), onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def page_texts(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def write_pdf(path: Path, blocks, **kw) -> list[str]:
    data = pdf_bytes(blocks, **kw)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return page_texts(data)


# ----------------------------------------------------------------------------------------- seals and scans
def seal(size: int, text: str, title: str = "") -> Image.Image:
    """A red round company seal (RGBA)."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (200, 30, 35, 215)
    w = max(3, size // 28)
    d.ellipse((w, w, size - w, size - w), outline=red, width=w)
    cx = cy = size / 2
    r = size * 0.18
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.42
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    fs = max(10, int(size * 0.105))
    f = pil_font(fs)
    n = len(text)
    span = math.radians(250)
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        rad = size / 2 - w - fs * 0.85
        x, y = cx + rad * math.cos(ang), cy + rad * math.sin(ang)
        tile = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fs / 2, fs / 2), ch, font=f, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(tile, (int(x - fs), int(y - fs)))
    if title:
        f2 = pil_font(max(9, int(size * 0.085)))
        tw = d.textlength(title, font=f2)
        d.text((cx - tw / 2, cy + size * 0.22), title, font=f2, fill=red)
    return img


def _scanify(img: Image.Image, rng: np.random.Generator, colour: bool) -> Image.Image:
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    tone = np.array([246, 243, 236], dtype=np.float32) / 255.0
    arr = arr * tone
    arr += rng.normal(0, 6, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB")
    angle = float(rng.uniform(-0.6, 0.6))
    out = out.rotate(angle, resample=Image.BILINEAR, fillcolor=(240, 238, 232))
    return out if colour else out.convert("L")


def scan_pdf(path: Path, blocks, seed: int, seals: dict[int, tuple[str, str]] | None = None,
             pkg: str = "", rel: str = "", header: str = "", footer: bool = True, extra: dict | None = None,
             signature: dict | None = None) -> list[str]:
    """Render blocks, rasterise, add noise/skew and seals; write an image-only PDF.
    Returns the drawn text per page (also recorded in DRAWN)."""
    data = pdf_bytes(blocks, header=header, footer=footer)
    texts = page_texts(data)
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(data)
    buf_pages = []
    drawn = {}
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=1.5).to_pil().convert("RGB")
        page.close()
        text = texts[i]
        colour = False
        if seals and (i + 1) in seals:
            company, title = seals[i + 1]
            s = seal(int(img.width * 0.24), company, title)
            x = int(img.width * 0.58)
            y = int(img.height * (0.62 if i else 0.70))
            if extra and (i + 1) in extra:
                x, y = int(img.width * extra[i + 1][0]), int(img.height * extra[i + 1][1])
            img = img.convert("RGBA")
            img.alpha_composite(s, (x, y))
            img = img.convert("RGB")
            text += "\n" + company + (title or "")
            colour = True
        if signature and (i + 1) in signature:
            d = ImageDraw.Draw(img)
            sx, sy, name = signature[i + 1]
            d.text((int(img.width * sx), int(img.height * sy)), name, font=pil_font(int(img.width * 0.03)),
                   fill=(20, 20, 90))
            text += "\n" + name
        img = _scanify(img, rng, colour)
        b = io.BytesIO()
        img.save(b, "JPEG", quality=72, optimize=False)
        buf_pages.append((b.getvalue(), img.size))
        drawn[i + 1] = text
    doc.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for jpeg, _ in buf_pages:
        c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    if pkg:
        DRAWN.setdefault(pkg, {})[rel] = drawn
    return [drawn[i + 1] for i in range(len(buf_pages))]


# ----------------------------------------------------------------------------------------- DOCX / XLSX
def write_docx(path: Path, blocks, title: str = "") -> None:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for b in blocks:
        if isinstance(b, H):
            p = d.add_paragraph()
            r = p.add_run(b.text)
            r.bold = True
            r.font.size = Pt(b.size)
            if b.center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(b, P):
            p = d.add_paragraph()
            lines = str(b.text).split("\n")
            for k, line in enumerate(lines):
                r = p.add_run(line)
                r.font.size = Pt(b.size)
                if k < len(lines) - 1:
                    r.add_break()
            if b.center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b.right:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif isinstance(b, T):
            ncol = max(len(r) for r in b.rows)
            t = d.add_table(rows=len(b.rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(b.rows):
                for j in range(ncol):
                    val = str(row[j]) if j < len(row) else ""
                    cell = t.cell(i, j)
                    cell.text = ""
                    lines = val.split("\n")
                    para = cell.paragraphs[0]
                    for k, line in enumerate(lines):
                        r = para.add_run(line)
                        r.font.size = Pt(b.size)
                        if i < b.header:
                            r.bold = True
                        if k < len(lines) - 1:
                            r.add_break()
            d.add_paragraph()
        elif isinstance(b, BR):
            d.add_page_break()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def write_xlsx(path: Path, sheets: list[tuple[str, list[list], list[int] | None]]) -> None:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows, widths in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        for col in range(1, max((len(r) for r in rows), default=1) + 1):
            letter = openpyxl.utils.get_column_letter(col)
            ws.column_dimensions[letter].width = (widths[col - 1] if widths and col - 1 < len(widths) else 16)
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="center")
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
    wb.properties.creator = "admin"
    wb.properties.lastModifiedBy = "admin"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def normalize_zip(path: Path) -> None:
    src = zipfile.ZipFile(str(path))
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*</dcterms:\1>",
                              rb"<dcterms:\1\2>2024-07-16T09:30:00Z</dcterms:\1>", data)
            info = zipfile.ZipInfo(name, date_time=ZIP_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def zip_folder(folder: Path, target: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                info = zipfile.ZipInfo(str(p.relative_to(folder.parent)), date_time=ZIP_DT)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.flag_bits |= 0x800
                z.writestr(info, p.read_bytes())
    target.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------------------- screenshots
@dataclass
class Shot:
    title: str
    tiles: list  # (caption, value)
    lines: list = field(default_factory=list)  # extra text lines (tables, menus)
    url: str = ""
    theme: str = "dark"


def png_screen(path: Path, shot: Shot, seed: int, pkg: str, rel: str, width: int = 1600, height: int = 900) -> str:
    rng = np.random.default_rng(seed)
    dark = shot.theme == "dark"
    bg = (14, 28, 52) if dark else (242, 244, 247)
    fg = (230, 236, 245) if dark else (30, 34, 40)
    tile_bg = (24, 48, 86) if dark else (255, 255, 255)
    accent = (64, 200, 255) if dark else (22, 96, 200)
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    drawn: list[str] = []
    # browser bar
    d.rectangle((0, 0, width, 44), fill=(222, 225, 230))
    fsm = pil_font(18)
    if shot.url:
        d.rounded_rectangle((90, 8, width - 200, 36), radius=12, fill=(255, 255, 255))
        d.text((110, 12), shot.url, font=fsm, fill=(60, 60, 60))
        drawn.append(shot.url)
    ft = pil_font(34)
    tw = d.textlength(shot.title, font=ft)
    d.text(((width - tw) / 2, 62), shot.title, font=ft, fill=fg)
    drawn.append(shot.title)
    n = len(shot.tiles)
    cols = min(4, n) or 1
    rows = math.ceil(n / cols) if n else 0
    tw_ = (width - 80 - (cols - 1) * 24) / cols
    th = 130
    fcap, fval = pil_font(22), pil_font(44)
    for k, (cap, val) in enumerate(shot.tiles):
        r_, c_ = divmod(k, cols)
        x0 = 40 + c_ * (tw_ + 24)
        y0 = 130 + r_ * (th + 22)
        d.rounded_rectangle((x0, y0, x0 + tw_, y0 + th), radius=10, fill=tile_bg)
        d.text((x0 + 20, y0 + 16), cap, font=fcap, fill=fg)
        d.text((x0 + 20, y0 + 56), val, font=fval, fill=accent)
        drawn.append(cap)
        drawn.append(val)
    y = 130 + rows * (th + 22) + 16
    fl = pil_font(21)
    for line in shot.lines:
        d.text((50, y), line, font=fl, fill=fg)
        drawn.append(line)
        y += 34
    # small sparkline decoration
    pts = [(width - 560 + i * 26, height - 60 - float(rng.uniform(0, 90))) for i in range(20)]
    d.line(pts, fill=accent, width=3)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), "PNG", optimize=False)
    text = "\n".join(drawn)
    DRAWN.setdefault(pkg, {})[rel] = {1: text}
    return text


def locate(texts: list[str], quote: str, must: str = "") -> int:
    """1-based page where the quote (and `must`) is printed."""
    q, m = squash(quote), squash(must)
    for i, t in enumerate(texts):
        s = squash(t)
        if q in s and (not m or m in s):
            return i + 1
    raise AssertionError(f"quote {quote!r} (with {must!r}) not on any page")
