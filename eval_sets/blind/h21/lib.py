"""Rendering helpers for the h21 holdout set (text PDFs, scans, screenshots, DOCX, XLSX)."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SANS_B = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DT = datetime(2024, 7, 15, 9, 30, 0)


def pil_font(path, size, index=2):
    # Noto CJK ttc: index 2 = SC in Regular/Bold collections; wqy index 0
    if path == WQY:
        index = 0
    try:
        return ImageFont.truetype(path, size, index=index)
    except OSError:
        return ImageFont.truetype(path, size)


# ----------------------------------------------------------------------------- text PDF
class PDF:
    """Tiny flowing layout on a reportlab canvas. Page numbers are 1-based physical pages."""

    def __init__(self, path, font="STSong-Light", size=10.5, pagesize=A4, footer=None):
        self.path = str(path)
        self.c = canvas.Canvas(self.path, pagesize=pagesize, invariant=1)
        self.c.setTitle("")
        self.c.setAuthor("")
        self.c.setProducer("")
        self.c.setCreator("")
        self.W, self.H = pagesize
        self.font, self.size = font, size
        self.margin = 56
        self.y = self.H - self.margin
        self.page = 1
        self.footer = footer

    def _footer(self):
        if self.footer:
            self.c.setFont(self.font, 8)
            self.c.drawCentredString(self.W / 2, 28, self.footer.format(page=self.page))

    def new_page(self):
        self._footer()
        self.c.showPage()
        self.page += 1
        self.y = self.H - self.margin

    def space(self, h):
        if self.y - h < self.margin:
            self.new_page()
        else:
            self.y -= h

    def text_width(self, s, size=None, font=None):
        return pdfmetrics.stringWidth(s, font or self.font, size or self.size)

    def wrap(self, s, width, size=None, font=None):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.text_width(cur + ch, size, font) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        return lines

    def title(self, s, size=16, font=None, center=True, gap=10):
        self.space(size + gap)
        self.c.setFont(font or self.font, size)
        if center:
            self.c.drawCentredString(self.W / 2, self.y, s)
        else:
            self.c.drawString(self.margin, self.y, s)
        self.y -= gap

    def para(self, s, size=None, indent=0, lead=1.55, font=None, right=False):
        size = size or self.size
        width = self.W - 2 * self.margin - indent
        for line in self.wrap(s, width, size, font):
            self.space(size * lead)
            self.c.setFont(font or self.font, size)
            if right:
                self.c.drawRightString(self.W - self.margin, self.y, line)
            else:
                self.c.drawString(self.margin + indent, self.y, line)
        self.y -= size * 0.4

    def table(self, rows, widths, size=None, header_rows=1, aligns=None, pad=3, lead=1.3, font=None):
        size = size or (self.size - 1)
        font = font or self.font
        total = sum(widths)
        scale = (self.W - 2 * self.margin) / total
        widths = [w * scale for w in widths]
        for ri, row in enumerate(rows):
            cells = [self.wrap(str(v), widths[i] - 2 * pad, size, font) for i, v in enumerate(row)]
            h = max(len(c) for c in cells) * size * lead + 2 * pad
            if self.y - h < self.margin:
                self.new_page()
            x = self.margin
            top = self.y
            for i, lines in enumerate(cells):
                self.c.setLineWidth(0.5)
                self.c.rect(x, top - h, widths[i], h)
                self.c.setFont(font, size)
                ty = top - pad - size
                al = (aligns[i] if aligns else "l")
                for line in lines:
                    if al == "r" and ri >= header_rows:
                        self.c.drawRightString(x + widths[i] - pad, ty, line)
                    elif al == "c" or ri < header_rows:
                        self.c.drawCentredString(x + widths[i] / 2, ty, line)
                    else:
                        self.c.drawString(x + pad, ty, line)
                    ty -= size * lead
                x += widths[i]
            self.y = top - h
        self.y -= 8

    def save(self):
        self._footer()
        self.c.save()


# ----------------------------------------------------------------------------- scans
def render_pdf_pages(pdf_path, dpi=110):
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB")
        out.append(img)
    doc.close()
    return out


def draw_seal(img, cx, cy, r, text, rng, star=True, bottom=""):
    """Red round seal with the company name on an arc, blended into img."""
    size = int(r * 2 + 8)
    seal = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(seal)
    c = size / 2
    red = (205, 30, 40, 215)
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=max(3, int(r / 14)))
    if star:
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = r * 0.26 if k % 2 == 0 else r * 0.11
            pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
        d.polygon(pts, fill=red)
    fsize = max(10, int(r * 0.24))
    font = pil_font(NOTO_SERIF, fsize)
    n = len(text)
    span = min(250, 18 * n) if n > 4 else 150
    start = -90 - span / 2
    for k, ch in enumerate(text):
        ang = math.radians(start + span * (k + 0.5) / n)
        px, py = c + (r * 0.72) * math.cos(ang), c + (r * 0.72) * math.sin(ang)
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsize / 2, fsize / 2), ch, font=font, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        seal.alpha_composite(tile, (int(px - fsize), int(py - fsize)))
    if bottom:
        f2 = pil_font(NOTO_SERIF, max(9, int(r * 0.16)))
        tw = d.textlength(bottom, font=f2)
        d.text((c - tw / 2, c + r * 0.42), bottom, font=f2, fill=red)
    seal = seal.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC)
    # uneven ink
    a = np.array(seal).astype(np.float32)
    noise = np.random.default_rng(rng.randint(0, 10**6)).uniform(0.6, 1.0, a.shape[:2])
    a[..., 3] *= noise
    seal = Image.fromarray(a.astype(np.uint8), "RGBA")
    base = img.convert("RGBA")
    base.alpha_composite(seal, (int(cx - size / 2), int(cy - size / 2)))
    return base.convert("RGB")


def scanify(img, rng, skew=None, bw=False):
    w, h = img.size
    arr = np.array(img).astype(np.float32)
    tone = np.array([247, 243, 232], dtype=np.float32)
    arr = arr / 255.0 * tone
    nrng = np.random.default_rng(rng.randint(0, 10**6))
    arr += nrng.normal(0, 6, arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr)
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    ang = skew if skew is not None else rng.uniform(-1.6, 1.6)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(240, 238, 230))
    if bw:
        out = out.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def images_to_pdf(images, path):
    imgs = [im if im.mode in ("RGB", "L", "1") else im.convert("RGB") for im in images]
    first, rest = imgs[0], imgs[1:]
    first.save(str(path), "PDF", save_all=True, append_images=rest, resolution=110.0,
               title="", author="", creator="", producer="", creationDate=FIXED_DT.timetuple(), modDate=FIXED_DT.timetuple())


def scan_pdf(src_pdf, out_pdf, seed, seals=None, dpi=110, bw_pages=()):
    """seals: {page_index0: [(x_frac, y_frac, text, bottom)]}"""
    rng = random.Random(seed)
    pages = render_pdf_pages(src_pdf, dpi)
    out = []
    for i, img in enumerate(pages):
        for (xf, yf, text, bottom) in (seals or {}).get(i, []):
            img = draw_seal(img, img.width * xf, img.height * yf, img.width * 0.105, text, rng, bottom=bottom)
        out.append(scanify(img, rng, bw=(i in bw_pages)).convert("RGB"))
    images_to_pdf(out, out_pdf)


# ----------------------------------------------------------------------------- zip normalisation
def normalize_zip(path):
    path = Path(path)
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = blob.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2024-07-15T09:30:00Z\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2024-07-15T09:30:00Z\g<2>", s)
                blob = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 7, 15, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    path.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------- DOCX helpers
def docx_doc(font="宋体"):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author = "user"
    cp.last_modified_by = "user"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def docx_table(doc, rows, widths_cm=None, header=True, style="Table Grid", size=9):
    from docx.shared import Cm, Pt
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run(str(v))
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    return t


def docx_save(doc, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def xlsx_save(wb, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.creator = "user"
    wb.properties.lastModifiedBy = "user"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------- numbers
def split(total, weights, keys=None):
    """Largest remainder split of an int total by weights (dict or list)."""
    if isinstance(weights, dict):
        keys = list(weights)
        weights = [weights[k] for k in keys]
    s = sum(weights)
    if s == 0 or total == 0:
        return dict(zip(keys, [0] * len(keys)))
    raw = [total * w / s for w in weights]
    base = [int(math.floor(r)) for r in raw]
    rem = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rem]:
        base[i] += 1
    return dict(zip(keys, base))


def fmt_bd(d):
    return "、".join(f"{k}：{v}" for k, v in d.items())


def th(n):
    return f"{n:,}"


def money(x):
    return f"{x:,.2f}"
