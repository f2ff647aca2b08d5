"""Rendering helpers for the h17 holdout set: text PDFs, scans, screenshots, DOCX, XLSX, deterministic zips."""
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
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF_B = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
try:
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    HEI = "WQY"
except Exception:  # pragma: no cover
    HEI = "STSong-Light"
SONG = "STSong-Light"
FIXED_DATE = (2024, 7, 18, 9, 30, 0)


# ----------------------------------------------------------------------------- text PDF
class PdfDoc:
    """A text PDF laid out explicitly page by page (so that fact pages are known by construction)."""

    def __init__(self, path: Path, font: str = SONG, header: str = "", footer_numbers: bool = True):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.c = canvas.Canvas(str(self.path), pagesize=A4, invariant=1)
        self.c.setTitle(self.path.stem)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.font = font
        self.header = header
        self.footer_numbers = footer_numbers
        self.pageno = 0
        self.y = 0.0
        self.W, self.H = A4
        self.margin = 56
        self._started = False

    def new_page(self):
        if self._started:
            self._finish_page()
        self._started = True
        self.pageno += 1
        self.y = self.H - 60
        if self.header:
            self.c.setFont(self.font, 8)
            self.c.drawString(self.margin, self.H - 36, self.header)
            self.c.line(self.margin, self.H - 40, self.W - self.margin, self.H - 40)
            self.y = self.H - 70
        return self.pageno

    def _finish_page(self):
        if self.footer_numbers:
            self.c.setFont(self.font, 8)
            self.c.drawCentredString(self.W / 2, 30, f"第 {self.pageno} 页")
        self.c.showPage()

    def title(self, text, size=15, font=None, gap=10):
        self.c.setFont(font or HEI, size)
        self.c.drawCentredString(self.W / 2, self.y - size, text)
        self.y -= size + gap

    def text(self, text, size=10.5, font=None, indent=0, gap=4, x=None, align="left"):
        font = font or self.font
        width = self.W - 2 * self.margin - indent
        for line in wrap(text, font, size, width):
            self.c.setFont(font, size)
            if align == "right":
                self.c.drawRightString(self.W - self.margin, self.y - size, line)
            elif align == "center":
                self.c.drawCentredString(self.W / 2, self.y - size, line)
            else:
                self.c.drawString((x or self.margin) + indent, self.y - size, line)
            self.y -= size + gap
        self.y -= 2

    def table(self, rows, widths, size=9, font=None, row_h=None, bold_first=True, align=None, gap=10):
        """rows: list of lists of str; widths: relative widths. Numbers right-aligned unless align given."""
        font = font or self.font
        total = self.W - 2 * self.margin
        ws = [w * total / sum(widths) for w in widths]
        x0 = self.margin
        for ri, row in enumerate(rows):
            cells = [wrap(str(v), font, size, ws[i] - 6) for i, v in enumerate(row)]
            h = row_h or max(len(c) for c in cells) * (size + 3) + 7
            x = x0
            for i, lines in enumerate(cells):
                self.c.rect(x, self.y - h, ws[i], h, stroke=1, fill=0)
                f = HEI if (ri == 0 and bold_first) else font
                self.c.setFont(f, size)
                a = (align[i] if align else ("r" if _numlike(row[i]) and i > 0 else "l"))
                if ri == 0 and bold_first:
                    a = "c"
                for li, line in enumerate(lines):
                    yy = self.y - 5 - size - li * (size + 3)
                    if a == "r":
                        self.c.drawRightString(x + ws[i] - 4, yy, line)
                    elif a == "c":
                        self.c.drawCentredString(x + ws[i] / 2, yy, line)
                    else:
                        self.c.drawString(x + 3, yy, line)
                x += ws[i]
            self.y -= h
        self.y -= gap

    def long_table(self, rows, widths, size=8.5, header_rows=1, bottom=60, font=None):
        """Paginating table; header rows repeated on each new page. Returns pages used (list)."""
        pages = {self.pageno}
        head = rows[:header_rows]
        body = rows[header_rows:]
        self.table(head, widths, size=size, font=font, gap=0)
        for r in body:
            total = self.W - 2 * self.margin
            ws = [w * total / sum(widths) for w in widths]
            need = max(len(wrap(str(v), font or self.font, size, ws[i] - 6)) for i, v in enumerate(r)) * (size + 3) + 7
            if self.y - need < bottom:
                self.new_page()
                pages.add(self.pageno)
                self.table(head, widths, size=size, font=font, gap=0)
            self.table([r], widths, size=size, font=font, bold_first=False, gap=0)
        self.y -= 10
        return sorted(pages)

    def space(self, h):
        self.y -= h

    def save(self):
        self._finish_page()
        self.c.save()


def _numlike(v) -> bool:
    s = str(v).strip()
    return bool(s) and bool(re.fullmatch(r"[\(（\-－—]?[0-9０-９][0-9０-９,，.．%％\)）\s万亿]*", s))


def wrap(text, font, size, width):
    out = []
    for para in str(text).split("\n"):
        line = ""
        for ch in para:
            if pdfmetrics.stringWidth(line + ch, font, size) > width and line:
                out.append(line)
                line = ch
            else:
                line += ch
        out.append(line)
    return out


# ----------------------------------------------------------------------------- images, seals, scans
def font(size, path=WQY, index=0):
    return ImageFont.truetype(path, size, index=index)


def seal(name: str, size=300, center_text="", seed=0) -> Image.Image:
    """Red round company seal with the name around the top arc and a star."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 36, 215)
    d.ellipse([6, 6, size - 6, size - 6], outline=red, width=max(6, size // 36))
    # star
    cx = cy = size / 2
    r1, r2 = size * 0.14, size * 0.055
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = font(int(size * 0.11), NOTO_SERIF_B)
    n = len(name)
    span = min(250, 18 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        rad = math.radians(ang)
        rr = size * 0.36
        x, y = cx + rr * math.cos(rad), cy + rr * math.sin(rad)
        tile = Image.new("RGBA", (int(size * 0.16), int(size * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=red, anchor="mm")
        tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if center_text:
        f2 = font(int(size * 0.075), NOTO_SERIF_B)
        d.text((cx, cy + size * 0.25), center_text, font=f2, fill=red, anchor="mm")
    # uneven ink
    rng = np.random.default_rng(seed)
    a = np.array(img)
    mask = rng.random(a.shape[:2]) < 0.12
    a[..., 3] = np.where(mask, (a[..., 3] * 0.45).astype(np.uint8), a[..., 3])
    return Image.fromarray(a)


def rasterize(pdf_path: Path, scale=1.5) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    out = [pdf[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return out


def scanify(img: Image.Image, seed: int, seals=(), skew=None, bw=False) -> Image.Image:
    """seals: list of (seal_image, (x_frac, y_frac)) pasted before ageing."""
    rng = random.Random(seed)
    img = img.convert("RGBA")
    for s, (fx, fy) in seals:
        img.alpha_composite(s, (int(fx * img.width - s.width / 2), int(fy * img.height - s.height / 2)))
    img = img.convert("RGB")
    angle = skew if skew is not None else rng.uniform(-1.6, 1.6)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
    a = np.asarray(img).astype(np.float32)
    tone = np.array([246, 242, 230], dtype=np.float32) / 255.0
    a = a * tone
    nrng = np.random.default_rng(seed)
    a += nrng.normal(0, 6, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if bw:
        out = out.convert("L")
    return out


def images_to_pdf(images: list[Image.Image], path: Path, dpi=108):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    ims = [im.convert("RGB") for im in images]
    buf = io.BytesIO()
    ims[0].save(buf, "PDF", save_all=True, append_images=ims[1:], resolution=dpi,
                title=path.stem, creationDate=None, modDate=None)
    data = buf.getvalue()
    data = re.sub(rb"/(CreationDate|ModDate) \(D:[^)]*\)", rb"/\1 (D:20240718093000Z)", data)
    path.write_bytes(data)


def scan_pdf(src_pdf: Path, out_pdf: Path, seed: int, seal_pages: dict[int, list] | None = None, scale=1.4):
    pages = rasterize(src_pdf, scale=scale)
    out = []
    for i, p in enumerate(pages):
        seals = []
        for s, pos in (seal_pages or {}).get(i, []):
            k = p.width * 0.2 / s.width
            seals.append((s.resize((int(s.width * k), int(s.height * k))), pos))
        out.append(scanify(p, seed + i, seals))
    images_to_pdf(out, out_pdf, dpi=int(72 * scale))


# ----------------------------------------------------------------------------- office files
def normalize_zip(path: Path):
    """Fixed zip entry dates and fixed core-property timestamps (deterministic DOCX/XLSX)."""
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", b"2024-07-18T09:30:00Z", data)
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


def docx_set_font(doc, east="宋体", west="Times New Roman", size=10.5):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    st = doc.styles["Normal"]
    st.font.name = west
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), east)


def docx_fixed_props(doc, author):
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 7, 15, 10, 0, 0)
    cp.modified = dt.datetime(2024, 7, 18, 9, 30, 0)
    cp.revision = 3


def xlsx_fixed_props(wb, author):
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 7, 15, 10, 0, 0)
    wb.properties.modified = dt.datetime(2024, 7, 18, 9, 30, 0)


# ----------------------------------------------------------------------------- number formatting
def fmt(v, nd=2, comma=True):
    if isinstance(v, int):
        return f"{v:,}" if comma else str(v)
    return f"{v:,.{nd}f}" if comma else f"{v:.{nd}f}"


FW = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def fullwidth(s: str) -> str:
    return s.translate(FW)


CN_DIG = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIG[int(c)] for c in str(y))
