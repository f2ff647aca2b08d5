"""Rendering helpers for the h30 holdout set: text PDFs, scans, screenshots, DOCX/XLSX, normalisation."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DT = (2024, 7, 18, 9, 30, 0)


# ---------------------------------------------------------------- text PDFs (reportlab platypus)
class PDF:
    """Blocks → text PDF. Block kinds: ('h', text), ('p', text), ('t', rows, colwidths), ('sp', h), ('pb',)."""

    def __init__(self, font="STSong-Light", size=10.5, land=False):
        self.font, self.size, self.land = font, size, land
        self.blocks: list = []

    def h(self, text, size=15):
        self.blocks.append(("h", text, size))

    def p(self, text, size=None, indent=True):
        self.blocks.append(("p", text, size or self.size, indent))

    def t(self, rows, widths=None, head=1, size=None, total_rows=()):
        self.blocks.append(("t", rows, widths, head, size or self.size - 1, total_rows))

    def sp(self, h=4):
        self.blocks.append(("sp", h))

    def pb(self):
        self.blocks.append(("pb",))

    def save(self, path: Path, title="", header=""):
        path.parent.mkdir(parents=True, exist_ok=True)
        pagesize = landscape(A4) if self.land else A4
        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=22 * mm, bottomMargin=20 * mm, title=title, author="",
                                invariant=1)
        flow = []
        for b in self.blocks:
            if b[0] == "h":
                flow.append(Paragraph(b[1], ParagraphStyle("h", fontName=self.font, fontSize=b[2],
                                                           leading=b[2] * 1.5, alignment=TA_CENTER, spaceAfter=6)))
            elif b[0] == "p":
                flow.append(Paragraph(b[1], ParagraphStyle("p", fontName=self.font, fontSize=b[2], leading=b[2] * 1.6,
                                                           firstLineIndent=2 * b[2] if b[3] else 0, spaceAfter=3,
                                                           wordWrap="CJK")))
            elif b[0] == "t":
                _, rows, widths, head, size, totals = b
                st = ParagraphStyle("c", fontName=self.font, fontSize=size, leading=size * 1.3, wordWrap="CJK")
                data = [[Paragraph(str(c), st) if isinstance(c, str) and len(c) > 14 else str(c) for c in r] for r in rows]
                tbl = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=head)
                style = [("FONT", (0, 0), (-1, -1), self.font, size), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                         ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
                if head:
                    style.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#e8e8e8")))
                tbl.setStyle(TableStyle(style))
                flow.append(tbl)
                flow.append(Spacer(1, 4 * mm))
            elif b[0] == "sp":
                flow.append(Spacer(1, b[1] * mm))
            elif b[0] == "pb":
                flow.append(PageBreak())
        font = self.font

        def deco(canv, doc_):
            canv.saveState()
            canv.setFont(font, 8)
            if header:
                canv.drawString(20 * mm, pagesize[1] - 12 * mm, header)
            canv.drawCentredString(pagesize[0] / 2, 10 * mm, f"第 {doc_.page} 页")
            canv.restoreState()

        doc.build(flow, onFirstPage=deco, onLaterPages=deco)
        path.write_bytes(buf.getvalue())
        return path


def pdf_page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        out.append(tp.get_text_range())
    pdf.close()
    return out


# ---------------------------------------------------------------- scans
def _font(path, size, index=0):
    return ImageFont.truetype(path, size, index=index)


def seal(img: Image.Image, cx, cy, r, text, center="★", sub="", color=(214, 32, 38), seed=0):
    """Red round seal: ring, company name on an arc, star, optional bottom text."""
    rnd = random.Random(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    a = 200 + rnd.randint(0, 30)
    col = color + (a,)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(3, r // 16))
    f = _font(NOTO_B, max(10, int(r * 0.26)))
    n = len(text)
    span = min(250, 18 * n)
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = cx + (r * 0.74) * math.cos(ang)
        y = cy + (r * 0.74) * math.sin(ang)
        glyph = Image.new("RGBA", (int(r * 0.4), int(r * 0.4)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((int(r * 0.2), int(r * 0.2)), ch, font=f, fill=col, anchor="mm")
        glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    fs = _font(NOTO_B, int(r * 0.5))
    d.text((cx, cy), center, font=fs, fill=col, anchor="mm")
    if sub:
        d.text((cx, cy + r * 0.5), sub, font=_font(NOTO_B, max(9, int(r * 0.17))), fill=col, anchor="mm")
    # uneven ink
    arr = np.array(layer)
    noise = np.random.default_rng(seed).uniform(0.55, 1.0, arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * noise).astype(np.uint8)
    img.alpha_composite(Image.fromarray(arr)) if img.mode == "RGBA" else img.paste(
        Image.fromarray(arr), (0, 0), Image.fromarray(arr))
    return img


def rasterize(pdf_path: Path, scale=1.6) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    pages = [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return pages


def scan_effect(img: Image.Image, seed: int, tone=(246, 242, 230), skew=None, bw=False) -> Image.Image:
    rnd = random.Random(seed)
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    paper = np.array(tone, dtype=np.float32)
    arr = arr / 255.0 * paper
    rng = np.random.default_rng(seed)
    arr += rng.normal(0, 6, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr)
    ang = skew if skew is not None else rnd.uniform(-1.4, 1.4)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(c * 0.92) for c in tone))
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    if bw:
        out = out.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def images_to_pdf(images: list[Image.Image], path: Path, dpi=115):
    path.parent.mkdir(parents=True, exist_ok=True)
    conv = []
    for im in images:
        conv.append(im if im.mode in ("1", "L") else im.convert("RGB"))
    buf = io.BytesIO()
    conv[0].save(buf, format="PDF", save_all=True, append_images=conv[1:], resolution=dpi,
                 title="scan", author="", producer="SCANNER", creator="SCANNER",
                 creationDate=None, modDate=None)
    data = buf.getvalue()
    data = re.sub(rb"/CreationDate \(D:[^)]*\)", b"", data)
    data = re.sub(rb"/ModDate \(D:[^)]*\)", b"", data)
    path.write_bytes(data)
    return path


def scanned_pdf(src_pdf: Path, out: Path, seals: dict[int, list[tuple]], seed: int, bw_unsealed=True, scale=1.6):
    """Rasterise src_pdf, add seals {page_index: [(x_frac, y_frac, r, text, sub)]}, scan effects, write image PDF."""
    pages = rasterize(src_pdf, scale)
    outs = []
    for i, im in enumerate(pages):
        im = im.convert("RGBA")
        for j, (xf, yf, r, text, sub) in enumerate(seals.get(i, [])):
            seal(im, int(im.width * xf), int(im.height * yf), r, text, sub=sub, seed=seed * 31 + i * 7 + j)
        outs.append(scan_effect(im.convert("RGB"), seed + i, bw=bw_unsealed and i not in seals))
    images_to_pdf(outs, out)
    src_pdf.unlink()
    return out


# ---------------------------------------------------------------- screenshots
def dashboard_png(path: Path, title: str, tiles: list[tuple[str, str]], extra_lines: list[str], seed: int,
                  theme=((18, 32, 64), (32, 56, 110), (90, 200, 250)), size=(1600, 900)):
    W, H = size
    img = Image.new("RGB", size, theme[0])
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 70], fill=theme[1])
    d.text((30, 35), title, font=_font(NOTO_B, 30), fill=(255, 255, 255), anchor="lm")
    d.text((W - 30, 35), "数据更新时间：2024-07-10 08:00", font=_font(NOTO, 18), fill=(200, 210, 230), anchor="rm")
    cols = 4
    tw, th = (W - 60 - (cols - 1) * 20) // cols, 150
    for k, (cap, val) in enumerate(tiles):
        x = 30 + (k % cols) * (tw + 20)
        y = 100 + (k // cols) * (th + 20)
        d.rounded_rectangle([x, y, x + tw, y + th], 12, fill=theme[1], outline=theme[2], width=2)
        d.text((x + 20, y + 35), cap, font=_font(NOTO, 22), fill=(200, 215, 240), anchor="lm")
        d.text((x + 20, y + 95), val, font=_font(NOTO_B, 48), fill=theme[2], anchor="lm")
    y0 = 100 + ((len(tiles) - 1) // cols + 1) * (th + 20) + 10
    rnd = random.Random(seed)
    # fake chart
    d.rectangle([30, y0, W // 2 - 10, H - 30], outline=theme[2], width=1)
    pts = [(50 + i * 60, H - 60 - rnd.randint(20, int((H - y0) * 0.7))) for i in range(12)]
    d.line(pts, fill=theme[2], width=3)
    for i, line in enumerate(extra_lines):
        d.text((W // 2 + 20, y0 + 20 + i * 36), line, font=_font(NOTO, 22), fill=(220, 230, 245))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
    return img


# ---------------------------------------------------------------- office zips
def normalize_zip(path: Path):
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                                 rb"\g<1>2024-07-15T09:00:00Z\g<2>", content)
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>2024-07-18T09:30:00Z\g<2>", content)
            zi = zipfile.ZipInfo(info.filename, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, content)
    Path(path).write_bytes(buf.getvalue())


def docx_new(font="宋体"):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    import datetime as _dt
    cp.created = _dt.datetime(2024, 7, 15, 9, 0, 0)
    cp.modified = _dt.datetime(2024, 7, 18, 9, 30, 0)
    return doc


def docx_table(doc, rows, widths=None, bold_first=True, style="Table Grid"):
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j)
            cell.text = "" if c is None else str(c)
            if bold_first and i == 0:
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t


def docx_save(doc, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def xlsx_save(wb, path: Path):
    import datetime as _dt
    wb.properties.creator = "Administrator"
    wb.properties.created = _dt.datetime(2024, 7, 15, 9, 0, 0)
    wb.properties.modified = _dt.datetime(2024, 7, 18, 9, 30, 0)
    wb.properties.lastModifiedBy = "Administrator"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def fmt(n, dec=0, comma=True):
    if dec:
        return f"{n:,.{dec}f}" if comma else f"{n:.{dec}f}"
    return f"{int(n):,}" if comma else str(int(n))
