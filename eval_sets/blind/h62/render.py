"""Deterministic writers: DOCX, XLSX, text PDF (reportlab, invariant), scans/image PDFs, PNG dashboards."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdfium2
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

from eval_sets.generator import fonts

PDF_FONT = fonts.register_pdf_font()
FIXED = "2024-07-15T09:00:00Z"


def pil_font(size: int):
    return fonts.pil_font(size)


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates and fixed core properties."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            body = src.read(name)
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", rf"\g<1>{FIXED}\2", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", rf"\g<1>{FIXED}\2", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- DOCX
class Docx:
    def __init__(self, font: str = "宋体"):
        self.doc = docx.Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(10.5)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        cp = self.doc.core_properties
        cp.author = "申报单位"
        cp.title = ""
        cp.revision = 1

    def h(self, text: str, level: int = 1):
        if level == 0:
            p = self.doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(18)
            p.alignment = 1
            return p
        return self.doc.add_heading(text, level=level)

    def bold(self, text: str):
        p = self.doc.add_paragraph()
        p.add_run(text).bold = True
        return p

    def p(self, text: str):
        return self.doc.add_paragraph(text)

    def table(self, rows: list[list[str]], merges: list[tuple[int, int, int, int]] = (), header: bool = True):
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                cell = t.cell(i, j)
                cell.text = str(val)
                if header and i == 0:
                    for r in cell.paragraphs[0].runs:
                        r.bold = True
        for (r1, c1, r2, c2) in merges:
            a = t.cell(r1, c1)
            keep = a.text
            a.merge(t.cell(r2, c2))
            a.text = keep
        return t

    def save(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(str(path))
        normalize_zip(path)


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- XLSX
def write_xlsx(path: Path, sheets: list[tuple[str, list[list]]], widths: dict[int, int] | None = None,
               merges: dict[str, list[str]] | None = None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for col, w in (widths or {1: 30, 2: 40, 3: 20, 4: 20}).items():
            ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="center")
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
        for m in (merges or {}).get(title, []):
            ws.merge_cells(m)
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def xlsx_sheet_texts(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(str(path))
    out = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows(values_only=True):
            cells.extend("" if v is None else str(v) for v in row)
        out.append("\n".join(cells))
    return out


# ---------------------------------------------------------------- text PDF
def styles(size=10):
    return {
        "title": ParagraphStyle("t", fontName=PDF_FONT, fontSize=16, leading=22, alignment=1, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=PDF_FONT, fontSize=12, leading=18, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("p", fontName=PDF_FONT, fontSize=size, leading=size * 1.6, wordWrap="CJK"),
        "cell": ParagraphStyle("c", fontName=PDF_FONT, fontSize=8.5, leading=11, wordWrap="CJK"),
        "small": ParagraphStyle("s", fontName=PDF_FONT, fontSize=8, leading=11, wordWrap="CJK"),
    }


def ptable(rows, widths=None, st=None, header=True, bold_last=False):
    st = st or styles()
    data = [[Paragraph(str(c), st["cell"]) for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    t.setStyle(TableStyle(cmds))
    return t


def write_pdf(path: Path, pages: list[list], header: str = "", footer_num: bool = True):
    """pages: list of flowable lists; each list starts on a new page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()

    def deco(c, d):
        c.saveState()
        c.setFont(PDF_FONT, 8)
        if header:
            c.drawString(20 * mm, 287 * mm, header)
        if footer_num:
            c.drawCentredString(105 * mm, 10 * mm, f"第 {d.page} 页")
        c.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=16 * mm, invariant=1, title="", author="", creator="", producer="")
    story = []
    for i, pg in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(pg)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    path.write_bytes(buf.getvalue())


def pdf_page_texts(path: Path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    return out


# ---------------------------------------------------------------- scans
def seal(img: Image.Image, cx: int, cy: int, r: int, name: str, seed: int):
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 14))
    # star
    import math
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    # name around the top arc
    f = pil_font(max(10, r // 6))
    n = len(name)
    for k, ch in enumerate(name):
        ang = math.pi * (1.15 + 0.7 * k / max(1, n - 1))
        x = cx + r * 0.75 * math.cos(ang)
        y = cy + r * 0.75 * math.sin(ang)
        d.text((x, y), ch, fill=red, font=f, anchor="mm")
    f2 = pil_font(max(9, r // 8))
    d.text((cx, cy + r * 0.5), "专用章" if "章" not in name else "", fill=red, font=f2, anchor="mm")
    img.paste(Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB"))


def rasterize(pdf_path: Path, scale: float = 1.2) -> list[Image.Image]:
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    return [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]


def scanify(img: Image.Image, seed: int, angle: float = 0.4) -> Image.Image:
    rnd = random.Random(seed)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):
        x, y = rnd.randrange(w), rnd.randrange(h)
        g = rnd.randrange(150, 230)
        px[x, y] = (g, g, g)
    return img


def images_to_pdf(path: Path, images: list[Image.Image]):
    """Image-only PDF (no text layer), deterministic."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    W, H = A4
    for im in images:
        w, h = im.size
        s = min(W / w, H / h)
        c.drawImage(ImageReader(im), (W - w * s) / 2, (H - h * s) / 2, w * s, h * s)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def scan_pdf(src_pdf: Path, out: Path, seed: int, company: str, seal_pages: list[int] | None = None):
    imgs = rasterize(src_pdf)
    res = []
    for i, im in enumerate(imgs):
        if seal_pages is None or i in seal_pages or ("last" in seal_pages and i == len(imgs) - 1):
            w, h = im.size
            seal(im, int(w * 0.72), int(h * 0.80) if i == len(imgs) - 1 else int(h * 0.15), int(w * 0.11), company, seed + i)
        res.append(scanify(im, seed + i, angle=0.3 + 0.1 * (i % 3)))
    images_to_pdf(out, res)


# ---------------------------------------------------------------- dashboards
def dashboard(title: str, tiles: list[tuple[str, str]], notes: list[str], theme=(18, 38, 68), size=(1400, 860)) -> Image.Image:
    img = Image.new("RGB", size, theme)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, size[0], 70], fill=(10, 24, 48))
    d.text((30, 18), title, fill=(235, 240, 255), font=pil_font(30))
    d.text((size[0] - 330, 26), "数据更新：2024-07-10 10:00", fill=(160, 180, 210), font=pil_font(18))
    cols = 4
    tw = (size[0] - 60 - (cols - 1) * 20) // cols
    for k, (cap, val) in enumerate(tiles):
        x = 30 + (k % cols) * (tw + 20)
        y = 100 + (k // cols) * 190
        d.rounded_rectangle([x, y, x + tw, y + 165], radius=12, fill=(30, 58, 98), outline=(70, 120, 190), width=2)
        d.text((x + 20, y + 18), cap, fill=(170, 200, 235), font=pil_font(22))
        d.text((x + 20, y + 70), val, fill=(255, 214, 90), font=pil_font(44))
    y0 = 100 + ((len(tiles) + cols - 1) // cols) * 190 + 10
    for k, line in enumerate(notes):
        d.text((30, y0 + 34 * k), line, fill=(200, 210, 225), font=pil_font(20))
    return img


def save_png(img: Image.Image, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), format="PNG", optimize=False)
