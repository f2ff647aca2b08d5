"""Rendering helpers of blind set h34: a tiny document model → DOCX / text PDF / scanned PDF, XLSX, PNG.

Determinism: reportlab with invariant=1; DOCX/XLSX re-zipped with fixed entry dates and fixed core
properties; scans rasterised with pypdfium2 from our own PDFs, noise from seeded generators, embedded
as JPEG by reportlab (invariant). No network, no timestamps.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator import fonts

rl_config.invariant = 1
FIXED_DATE = (2024, 7, 18, 9, 30, 0)
FIXED_ISO = "2024-07-18T09:30:00Z"

_FONTS: dict[str, str] = {}


def pdf_font(kind: str = "hei") -> str:
    """'hei' = WenQuanYi Micro Hei (embedded TrueType), 'song' = STSong-Light (CID)."""
    if kind not in _FONTS:
        if kind == "hei":
            _FONTS[kind] = fonts.register_pdf_font()
        else:
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
            _FONTS[kind] = "STSong-Light"
    return _FONTS[kind]


# ---------------------------------------------------------------- zip normalisation

def normalize_zip(data: bytes, title: str, author: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"<dc:title>[^<]*</dc:title>", f"<dc:title>{title}</dc:title>", text)
                text = re.sub(r"<dc:creator>[^<]*</dc:creator>", f"<dc:creator>{author}</dc:creator>", text)
                text = re.sub(r"<cp:lastModifiedBy>[^<]*</cp:lastModifiedBy>",
                              f"<cp:lastModifiedBy>{author}</cp:lastModifiedBy>", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX

def _docx_font(run, name: str, size: float | None = None, bold: bool = False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold
    if color:
        run.font.color.rgb = RGBColor(*color)


def write_docx(path: Path, blocks: list, title: str, author: str, font: str = "宋体") -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.revision = 1
    for block in blocks:
        kind = block[0]
        if kind in ("title", "h1", "h2"):
            p = doc.add_paragraph()
            if kind == "title":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _docx_font(p.add_run(block[1]), "黑体", {"title": 18, "h1": 14, "h2": 12}[kind], True)
        elif kind in ("p", "small", "right"):
            p = doc.add_paragraph()
            if kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _docx_font(p.add_run(block[1]), font, 9 if kind == "small" else 11)
        elif kind == "table":
            rows = block[1]
            ncols = max(len(r) for r in rows)
            table = doc.add_table(rows=len(rows), cols=ncols)
            table.style = "Table Grid"
            header = block[3] if len(block) > 3 else 1
            for i, row in enumerate(rows):
                for j in range(ncols):
                    text = row[j] if j < len(row) else ""
                    cell = table.cell(i, j)
                    cell.text = ""
                    _docx_font(cell.paragraphs[0].add_run(str(text)), font, 9, bold=i < header)
            merges = block[4] if len(block) > 4 else []
            for (r0, c0, r1, c1) in merges:
                a, b = table.cell(r0, c0), table.cell(r1, c1)
                keep = a.text
                a.merge(b)
                for par in a.paragraphs[1:]:
                    par._element.getparent().remove(par._element)
                a.paragraphs[0].text = ""
                _docx_font(a.paragraphs[0].add_run(keep), font, 9)
        elif kind == "pagebreak":
            doc.add_page_break()
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title, author))


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- XLSX

def write_xlsx(path: Path, sheets: list[tuple[str, list[list], dict]], title: str, author: str) -> None:
    """sheets: (name, rows, options{widths:[..], merges:[ 'A1:C1' ], bold_rows:{0}})"""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows, opt in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for i in opt.get("bold_rows", {0}):
            for cell in ws[i + 1]:
                cell.font = Font(bold=True)
        for j, w in enumerate(opt.get("widths", [])):
            ws.column_dimensions[chr(65 + j) if j < 26 else "A" + chr(65 + j - 26)].width = w
        for rng in opt.get("merges", []):
            ws.merge_cells(rng)
        for row in ws.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
    wb.properties.creator = author
    wb.properties.title = title
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title, author))


# ---------------------------------------------------------------- PDF (text)

def _styles(font: str):
    base = ParagraphStyle("b", fontName=font, fontSize=10, leading=15, wordWrap="CJK")
    return {
        "title": ParagraphStyle("t", parent=base, fontSize=17, leading=26, alignment=1, spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=base, fontSize=13, leading=20, spaceBefore=6, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11, leading=17, spaceBefore=4, spaceAfter=2),
        "p": ParagraphStyle("p", parent=base, firstLineIndent=20),
        "small": ParagraphStyle("s", parent=base, fontSize=8, leading=11),
        "right": ParagraphStyle("r", parent=base, alignment=2),
        "cell": ParagraphStyle("c", parent=base, fontSize=8.5, leading=11.5),
    }


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def pdf_bytes(blocks: list, font_kind: str = "hei", title: str = "", author: str = "",
              header: str = "", margins: float = 18) -> bytes:
    font = pdf_font(font_kind)
    st = _styles(font)
    story = []
    for block in blocks:
        kind = block[0]
        if kind in st and kind != "cell":
            story.append(Paragraph(_esc(block[1]), st[kind]))
        elif kind == "space":
            story.append(Spacer(1, block[1]))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "table":
            rows = block[1]
            widths = block[2] if len(block) > 2 else None
            header_rows = block[3] if len(block) > 3 else 1
            data = [[Paragraph(_esc(c), st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=header_rows)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if header_rows:
                style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E8E8E8")))
            for extra in (block[4] if len(block) > 4 else []):
                style.append(extra)
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 6))
    buf = io.BytesIO()

    def on_page(c, d):
        if header:
            c.setFont(font, 8)
            c.drawString(margins * mm, A4[1] - 10 * mm, header)
        c.setFont(font, 8)
        c.drawCentredString(A4[0] / 2, 8 * mm, f"第 {c.getPageNumber()} 页")

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title=title, author=author,
                            creator="h34", producer="h34", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


def write_pdf(path: Path, blocks: list, **kw) -> bytes:
    data = pdf_bytes(blocks, **kw)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def pdf_page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return out


# ---------------------------------------------------------------- scans and images

def draw_seal(img: Image.Image, cx: int, cy: int, r: int, name: str, rng: random.Random) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 185)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 16))
    # star
    import math
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(max(12, r // 5))
    n = len(name)
    for k, ch in enumerate(name):
        ang = math.pi * (-0.95 + 0.9 * k / max(1, n - 1)) - math.pi / 2 + math.pi / 2
        ang = math.radians(200 + 140 * k / max(1, n - 1))
        x = cx + r * 0.72 * math.cos(ang)
        y = cy + r * 0.72 * math.sin(ang)
        ch_img = Image.new("RGBA", (r // 4, r // 4), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((0, 0), ch, font=font, fill=red)
        ch_img = ch_img.rotate(-math.degrees(ang) - 90, expand=True)
        layer.alpha_composite(ch_img, (int(x - ch_img.width / 2), int(y - ch_img.height / 2)))
    jitter = rng.uniform(-0.6, 0.6)
    layer = layer.rotate(jitter, center=(cx, cy))
    img.paste(layer, (0, 0), layer)


def scan_pages(pdf_data: bytes, seals: dict[int, tuple[str, float, float]], seed: int, scale: float = 1.4) -> list[Image.Image]:
    """Rasterise our own PDF; seals: page index → (company, x_frac, y_frac)."""
    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(pdf_data)
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        img = page.render(scale=scale).to_pil().convert("RGB")
        page.close()
        # paper tone, slight skew and blur
        tone = Image.new("RGB", img.size, (246, 243, 236))
        img = Image.blend(img, tone, 0.06)
        img = img.rotate(rng.uniform(-0.5, 0.5), fillcolor=(246, 243, 236), resample=Image.BICUBIC)
        img = img.filter(ImageFilter.GaussianBlur(0.45))
        d = ImageDraw.Draw(img)
        for _ in range(140):
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            g = rng.randrange(120, 200)
            d.point((x, y), fill=(g, g, g))
        if i in seals:
            name, fx, fy = seals[i]
            draw_seal(img, int(img.width * fx), int(img.height * fy), int(img.width * 0.085), name, rng)
        else:
            img = img.convert("L")
        pages.append(img)
    pdf.close()
    return pages


def images_to_pdf(path: Path, images: list[Image.Image], title: str = "scan", quality: int = 72) -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("scanner")
    c.setCreator("h34")
    c.setProducer("h34")
    for img in images:
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=quality, optimize=False)
        jb.seek(0)
        w, h = A4
        ratio = img.height / img.width
        if ratio > h / w:
            dh, dw = h, h / ratio
        else:
            dw, dh = w, w * ratio
        c.drawImage(ImageReader(jb), (w - dw) / 2, (h - dh) / 2, dw, dh)
        c.showPage()
    c.save()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def write_scan(path: Path, blocks: list, seals: dict, seed: int, **kw) -> None:
    data = pdf_bytes(blocks, **kw)
    images_to_pdf(path, scan_pages(data, seals, seed), title=path.stem)


def save_png(path: Path, img: Image.Image) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    path.write_bytes(buf.getvalue())
