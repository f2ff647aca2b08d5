"""Writers for h41: deterministic DOCX/XLSX/PDF, scans with a red seal, PNG screenshots."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pypdfium2 as pdfium
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator import fonts

rl_config.invariant = 1
FONT = fonts.register_pdf_font()
FIXED_ZIP_DATE = (2024, 7, 18, 9, 30, 0)
CORE_DATE = "2024-07-18T09:30:00Z"


# ---------------------------------------------------------------- zip normalisation
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
class Doc:
    def __init__(self, font: str = "宋体"):
        self.d = docx.Document()
        cp = self.d.core_properties
        cp.author = "申报单位"
        cp.last_modified_by = "申报单位"
        cp.title = ""
        cp.revision = 1
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(10.5)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)

    def title(self, text: str, size: int = 16):
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)

    def heading(self, text: str):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)

    def para(self, text: str):
        self.d.add_paragraph(text)

    def table(self, rows: list[list[str]], merge_first: int = 0, header: bool = True):
        ncol = max(len(r) for r in rows)
        t = self.d.add_table(rows=len(rows), cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j in range(ncol):
                t.cell(i, j).text = str(row[j]) if j < len(row) else ""
            if header and i == 0:
                for c in t.rows[0].cells:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        # vertically merge repeated values in the first merge_first columns (一级/二级/三级)
        for j in range(merge_first):
            start = 1 if header else 0
            i = start
            while i < len(rows):
                k = i
                while k + 1 < len(rows) and rows[k + 1][j] == rows[i][j] and rows[i][j]:
                    k += 1
                if k > i:
                    a = t.cell(i, j)
                    b = t.cell(k, j)
                    m = a.merge(b)
                    m.text = rows[i][j]
                i = k + 1
        return t

    def page_break(self):
        self.d.add_page_break()

    def save(self, path: Path):
        buf = io.BytesIO()
        self.d.save(buf)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(normalize_zip(buf.getvalue()))


def docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- XLSX
def save_xlsx(sheets: list[tuple[str, list[list]]], path: Path, widths: dict[int, int] | None = None,
              merges: dict[str, list[str]] | None = None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for col, w in (widths or {1: 14, 2: 18, 3: 18, 4: 30, 5: 40, 6: 24}).items():
            ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="center")
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.properties.creator = "申报单位"
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def xlsx_sheet_texts(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(str(path))
    out = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    cells.append(str(v))
        out.append("\n".join(cells))
    return out


# ---------------------------------------------------------------- text PDF (platypus)
def styles(size: float = 10):
    body = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.55, wordWrap="CJK")
    title = ParagraphStyle("t", parent=body, fontSize=size + 5, leading=(size + 5) * 1.5, alignment=1, spaceAfter=8)
    head = ParagraphStyle("h", parent=body, fontSize=size + 1.5, leading=(size + 1.5) * 1.6, spaceBefore=6)
    cell = ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.35)
    return body, title, head, cell


def pdf_story(blocks: list, size: float = 10, col_widths=None) -> list:
    """blocks: ('title', s) ('head', s) ('p', s) ('table', rows, widths_mm) ('space', h) ('break',)"""
    body, title, head, cell = styles(size)
    story = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story.append(Paragraph(b[1], title))
        elif kind == "head":
            story.append(Paragraph(b[1], head))
        elif kind == "p":
            story.append(Paragraph(b[1], body))
        elif kind == "space":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            rows = [[Paragraph(str(c), cell) for c in r] for r in b[1]]
            widths = [w * mm for w in b[2]] if len(b) > 2 and b[2] else None
            t = Table(rows, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]))
            story.append(t)
    return story


def text_pdf(blocks: list, path: Path, size: float = 10, land: bool = False, footer: str = ""):
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    ps = landscape(A4) if land else A4

    def on_page(c, d):
        if footer:
            c.setFont(FONT, 8)
            c.drawCentredString(ps[0] / 2, 10 * mm, f"{footer}  第 {d.page} 页")

    doc = SimpleDocTemplate(buf, pagesize=ps, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title="", author="", creator="", producer="")
    doc.build(pdf_story(blocks, size), onFirstPage=on_page, onLaterPages=on_page)
    data = buf.getvalue()
    path.write_bytes(data)
    return data


def pdf_page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return out


# ---------------------------------------------------------------- scans
def render_pdf_pages(data: bytes, scale: float = 1.6) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    imgs = []
    for i in range(len(pdf)):
        imgs.append(pdf[i].render(scale=scale).to_pil().convert("RGB"))
    pdf.close()
    return imgs


def draw_seal(img: Image.Image, cx: int, cy: int, r: int, text: str, seed: int = 0) -> Image.Image:
    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(overlay)
    red = (214, 30, 38, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(3, r // 18))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = fonts.pil_font(max(10, int(r * 0.2)))
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for k, ch in enumerate(text):
        ang = start + span * (k + 0.5) / n
        x = cx + (r * 0.74) * math.cos(ang)
        y = cy + (r * 0.74) * math.sin(ang)
        glyph = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        gd = ImageDraw.Draw(glyph)
        gd.text((glyph.width / 2, glyph.height / 2), ch, font=f, fill=red, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        overlay.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    base = img.convert("RGBA")
    base.alpha_composite(overlay)
    return base.convert("RGB")


def scanify(img: Image.Image, seed: int, angle: float = 0.35) -> Image.Image:
    rnd = random.Random(seed)
    img = img.rotate(angle * (1 if rnd.random() > 0.5 else -1), resample=Image.BICUBIC, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    # paper tone and speckles
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 900):
        x, y = rnd.randrange(w), rnd.randrange(h)
        g = rnd.randrange(120, 200)
        px[x, y] = (g, g, g)
    tone = Image.new("RGB", img.size, (247, 244, 233))
    return Image.blend(img, tone, 0.08)


def images_pdf(images: list[Image.Image], path: Path, quality: int = 80):
    """Image-only PDF (no text layer); reportlab with invariant=1, JPEG pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("")
    c.setAuthor("")
    c.setProducer("scanner")
    c.setCreator("scanner")
    for img in images:
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality, optimize=False)
        jb.seek(0)
        pw, ph = A4
        c.drawImage(ImageReader(jb), 0, 0, width=pw, height=ph)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())


def scan_pdf(data: bytes, path: Path, seed: int, seal_text: str | None = None, seal_pages=(0,),
             seal_pos=(0.68, 0.78)):
    pages = render_pdf_pages(data)
    out = []
    for i, im in enumerate(pages):
        if seal_text and i in seal_pages:
            w, h = im.size
            im = draw_seal(im, int(w * seal_pos[0]), int(h * seal_pos[1]), int(w * 0.12), seal_text, seed)
        im = scanify(im, seed * 31 + i)
        if not (seal_text and i in seal_pages):
            im = im.convert("L").convert("RGB")
        out.append(im)
    images_pdf(out, path)


# ---------------------------------------------------------------- screenshots
def screenshot(path: Path, title: str, cards: list[tuple[str, str]], table: list[list[str]] | None = None,
               accent=(22, 93, 170), size=(1440, 900), note: str = ""):
    img = Image.new("RGB", size, (240, 243, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, size[0], 64], fill=accent)
    d.text((28, 32), title, font=fonts.pil_font(26), fill=(255, 255, 255), anchor="lm")
    d.rectangle([0, 64, 190, size[1]], fill=(32, 42, 58))
    for k, item in enumerate(["首页", "数据总览", "生态伙伴", "园区服务", "解决方案", "开放平台", "系统设置"]):
        d.text((26, 110 + k * 52), item, font=fonts.pil_font(18), fill=(200, 210, 225))
    x0, y0 = 220, 96
    cw = (size[0] - x0 - 30 - 3 * 20) // 4
    for k, (cap, val) in enumerate(cards):
        x = x0 + (k % 4) * (cw + 20)
        y = y0 + (k // 4) * 150
        d.rounded_rectangle([x, y, x + cw, y + 130], 10, fill=(255, 255, 255), outline=(215, 222, 232))
        d.text((x + 20, y + 30), cap, font=fonts.pil_font(19), fill=(90, 100, 115), anchor="lm")
        d.text((x + 20, y + 84), val, font=fonts.pil_font(38), fill=accent, anchor="lm")
    y = y0 + ((len(cards) + 3) // 4) * 150 + 10
    if table:
        f = fonts.pil_font(17)
        ncol = len(table[0])
        tw = size[0] - x0 - 30
        colw = tw // ncol
        for i, row in enumerate(table):
            fill = (226, 233, 243) if i == 0 else (255, 255, 255)
            d.rectangle([x0, y, x0 + tw, y + 38], fill=fill, outline=(215, 222, 232))
            for j, cell in enumerate(row):
                d.text((x0 + j * colw + 12, y + 19), str(cell), font=f, fill=(40, 48, 60), anchor="lm")
            y += 38
    if note:
        d.text((x0, size[1] - 30), note, font=fonts.pil_font(15), fill=(120, 128, 140), anchor="lm")
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
    return img


def map_screenshot(path: Path, title: str, total_caption: str, parks: list[tuple[str, str]], seed: int):
    """A map of Shanghai-like districts with park pins (名称, 区)."""
    rnd = random.Random(seed)
    W, H = 1400, 900
    img = Image.new("RGB", (W, H), (235, 240, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 60], fill=(18, 110, 90))
    d.text((24, 30), title, font=fonts.pil_font(24), fill=(255, 255, 255), anchor="lm")
    # coast / river
    d.line([(980, 60), (1040, 300), (1010, 520), (1120, 880)], fill=(160, 200, 230), width=40)
    d.line([(520, 300), (700, 420), (900, 400), (1000, 430)], fill=(170, 205, 232), width=14)
    for k in range(14):
        x, y = rnd.randrange(80, 900), rnd.randrange(100, 820)
        d.polygon([(x, y), (x + 160, y + 20), (x + 150, y + 130), (x + 10, y + 120)], outline=(190, 200, 190))
    f = fonts.pil_font(16)
    for k, (name, dist) in enumerate(parks):
        x = 100 + (k % 3) * 290 + rnd.randrange(0, 40)
        y = 130 + (k // 3) * 120 + rnd.randrange(0, 30)
        d.ellipse([x - 9, y - 9, x + 9, y + 9], fill=(220, 60, 50))
        d.text((x + 14, y), f"{name}（{dist}）", font=f, fill=(30, 40, 40), anchor="lm")
    d.rounded_rectangle([1100, 90, 1380, 200], 10, fill=(255, 255, 255), outline=(180, 190, 185))
    d.text((1120, 125), "服务园区总数", font=fonts.pil_font(20), fill=(80, 90, 90), anchor="lm")
    d.text((1120, 170), total_caption, font=fonts.pil_font(30), fill=(18, 110, 90), anchor="lm")
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
