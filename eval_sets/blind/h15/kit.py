"""Rendering helpers for the h15 holdout set: PDF (reportlab), DOCX, XLSX, PIL images, scans.

Everything deterministic: fixed seeds, reportlab invariant mode, zip entries with fixed dates,
our own image-only PDF writer (no timestamps)."""
from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

from eval_sets.generator.fonts import DRAWING_FONT, FontMissing, noto, require_font  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
try:
    NOTO_SANS_BOLD = str(noto("Noto Sans CJK SC:style=Bold", "NotoSansCJK-Bold.ttc"))
except FontMissing:
    NOTO_SANS_BOLD = NOTO_SANS
try:
    NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
except FontMissing:
    NOTO_SERIF = NOTO_SANS

FIXED_DT = (2024, 7, 18, 10, 0, 0)


# ----------------------------------------------------------------------------------------- numbers
def fmt(n, dec=0, comma=True):
    if dec:
        s = f"{n:,.{dec}f}" if comma else f"{n:.{dec}f}"
    else:
        s = f"{int(n):,}" if comma else str(int(n))
    return s


def split_total(total: int, weights: list[float]) -> list[int]:
    """Deterministic split of an integer total by weights (largest remainder)."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(math.floor(x)) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - base[i], reverse=True)
    for i in order[:rest]:
        base[i] += 1
    return base


def bd_text(d: dict, sep="、", colon="：") -> str:
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


# ----------------------------------------------------------------------------------------- PDF text
def pstyle(font="STSong-Light", size=10.5, lead=None, align=0, first=0):
    return ParagraphStyle("p", fontName=font, fontSize=size, leading=lead or size * 1.55, alignment=align,
                          firstLineIndent=first, wordWrap="CJK")


def para(text, font="STSong-Light", size=10.5, align=0, first=0, lead=None):
    return Paragraph(text, pstyle(font, size, lead, align, first))


def table(rows, widths, font="STSong-Light", size=9, header_rows=1, grid=True, align_right_from=None,
          spans=(), bg=colors.HexColor("#E8EEF4")):
    data = [[Paragraph(str(c), pstyle(font, size, size * 1.35)) if isinstance(c, str) and len(c) > 14 else c
             for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    st = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if grid:
        st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        st += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.black),
               ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    if header_rows and bg is not None:
        st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), bg))
    if align_right_from is not None:
        st.append(("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"))
    for sp in spans:
        st.append(("SPAN",) + tuple(sp))
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path: Path, pages: list[list], font="STSong-Light", header="", footer_fmt="第 {n} 页",
              pagesize=A4, margins=(20, 18, 20, 18)):
    """pages: list of flowable lists; each starts on a new physical page (caller keeps them short)."""
    path.parent.mkdir(parents=True, exist_ok=True)

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 8)
        w, h = pagesize
        if header:
            c.drawString(margins[0] * mm, h - 10 * mm, header)
            c.setLineWidth(0.4)
            c.line(margins[0] * mm, h - 11.5 * mm, w - margins[2] * mm, h - 11.5 * mm)
        if footer_fmt:
            c.drawCentredString(w / 2, 9 * mm, footer_fmt.format(n=doc.page))
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margins[0] * mm, topMargin=margins[1] * mm,
                            rightMargin=margins[2] * mm, bottomMargin=margins[3] * mm, invariant=1,
                            title="", author="", creator="", producer="")
    story = []
    for i, p in enumerate(pages):
        if i:
            story.append(PageBreak())
        story += p
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------------------------------- office
def normalize_zip(path: Path):
    """Rewrite a DOCX/XLSX with fixed entry dates and fixed core-property timestamps."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-15T09:00:00Z\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-18T10:00:00Z\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def docx_new(font="宋体", size=10.5):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = d.core_properties
    import datetime
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2024, 7, 15, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 7, 18, 10, 0, 0)
    cp.revision = 1
    return d


def docx_save(d, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def xlsx_save(wb, path: Path):
    import datetime
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.created = datetime.datetime(2024, 7, 15, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2024, 7, 18, 10, 0, 0)
    wb.properties.creator = "admin"
    wb.properties.lastModifiedBy = "admin"
    wb.save(str(path))
    normalize_zip(path)


# ----------------------------------------------------------------------------------------- images
_font_cache: dict = {}


def font(size, kind="sans"):
    key = (size, kind)
    if key not in _font_cache:
        p = {"sans": NOTO_SANS, "bold": NOTO_SANS_BOLD, "serif": NOTO_SERIF, "wqy": WQY}[kind]
        idx = 2 if kind != "wqy" and p.endswith(".ttc") else 0  # the SC face of a Noto CJK collection, wherever it is installed
        try:
            _font_cache[key] = ImageFont.truetype(p, size, index=idx)
        except OSError:
            _font_cache[key] = ImageFont.truetype(p, size, index=0)
    return _font_cache[key]


def text_w(draw, s, f):
    b = draw.textbbox((0, 0), s, font=f)
    return b[2] - b[0]


def ctext(draw, xy, s, f, fill="black"):
    x, y = xy
    draw.text((x - text_w(draw, s, f) / 2, y), s, font=f, fill=fill)


def seal(img: Image.Image, center, r, text, seed=1, sub="专用章"):
    """Red round seal with star and arc text, drawn with some transparency."""
    rng = random.Random(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    cx, cy = center
    red = (214, 30, 36, 185)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 18))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = font(max(12, int(r * 0.2)), "bold")
    n = len(text)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        x = cx + r * 0.74 * math.cos(ang)
        y = cy + r * 0.74 * math.sin(ang)
        ch_img = Image.new("RGBA", (f.size * 2, f.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((f.size // 2, f.size // 3), ch, font=f, fill=red)
        ch_img = ch_img.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(ch_img, (int(x - f.size), int(y - f.size)))
    if sub:
        f2 = font(max(10, int(r * 0.14)), "bold")
        ctext(d, (cx, cy + r * 0.38), sub, f2, fill=red)
    # ink unevenness
    a = np.array(layer)
    noise = np.array([[rng.random() for _ in range(a.shape[1] // 8 + 1)] for _ in range(a.shape[0] // 8 + 1)])
    noise = np.kron(noise, np.ones((8, 8)))[: a.shape[0], : a.shape[1]]
    a[..., 3] = (a[..., 3] * (0.55 + 0.45 * noise)).astype(np.uint8)
    layer = Image.fromarray(a)
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def scanify(img: Image.Image, seed=0, skew=None, bw=False) -> Image.Image:
    rng = np.random.default_rng(seed)
    r = random.Random(seed)
    angle = skew if skew is not None else r.uniform(-1.6, 1.6)
    img = img.convert("RGB")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(250, 248, 240))
    img = img.filter(ImageFilter.GaussianBlur(radius=0.7))
    a = np.asarray(img).astype(np.float32)
    tone = np.array([246, 242, 230], dtype=np.float32)
    a = a * (tone / 255.0)
    a += rng.normal(0, 6.0, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if bw:
        out = out.convert("L").point(lambda v: 255 if v > 165 else 0).convert("1")
    return out


def images_to_pdf(path: Path, images: list[Image.Image], dpi=150):
    """Minimal image-only PDF (JPEG or 1-bit Flate), no timestamps."""
    import zlib
    path.parent.mkdir(parents=True, exist_ok=True)
    objs: list[bytes] = []
    kids = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    pages_idx = None
    catalog = add(b"")
    pages_idx = add(b"")
    for im in images:
        w, h = im.size
        if im.mode == "1":
            raw = np.packbits(np.asarray(im, dtype=bool), axis=1).tobytes()
            data = zlib.compress(raw, 9)
            hdr = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                   f"/BitsPerComponent 1 /Filter /FlateDecode /Length {len(data)} >>").encode()
        else:
            bio = io.BytesIO()
            im.convert("RGB").save(bio, "JPEG", quality=82, optimize=False)
            data = bio.getvalue()
            hdr = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB "
                   f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>").encode()
        img_id = add(hdr + b"\nstream\n" + data + b"\nendstream")
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        c_id = add(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        p_id = add((f"<< /Type /Page /Parent {pages_idx} 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                    f"/Resources << /XObject << /Im0 {img_id} 0 R >> >> /Contents {c_id} 0 R >>").encode())
        kids.append(p_id)
    objs[catalog - 1] = f"<< /Type /Catalog /Pages {pages_idx} 0 R >>".encode()
    objs[pages_idx - 1] = (f"<< /Type /Pages /Count {len(kids)} /Kids [" + " ".join(f"{k} 0 R" for k in kids)
                           + "] >>").encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + b + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())


# ----------------------------------------------------------------------------------------- page drawing (PIL)
class Page:
    """An A4 page drawn with PIL at 150 dpi, for scans and screenshots of documents."""

    def __init__(self, w=1240, h=1754, bg="white"):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h = w, h
        self.y = 110

    def text(self, s, size=24, x=110, kind="serif", fill="black", center=False, dy=None):
        f = font(size, kind)
        if center:
            ctext(self.d, (self.w / 2, self.y), s, f, fill)
        else:
            self.d.text((x, self.y), s, font=f, fill=fill)
        self.y += dy if dy is not None else int(size * 1.75)

    def wrap(self, s, size=22, x=110, width=None, kind="serif", indent=True):
        f = font(size, kind)
        width = width or (self.w - 2 * x)
        line = "\u3000\u3000" if indent else ""
        for ch in s:
            if text_w(self.d, line + ch, f) > width:
                self.d.text((x, self.y), line, font=f, fill="black")
                self.y += int(size * 1.7)
                line = ""
            line += ch
        if line:
            self.d.text((x, self.y), line, font=f, fill="black")
            self.y += int(size * 1.7)

    def grid(self, rows, widths, size=20, x=110, rowh=None, kind="serif", head=1, aligns=None):
        f = font(size, kind)
        rowh = rowh or int(size * 2.0)
        for ri, r in enumerate(rows):
            cx = x
            for ci, (c, w) in enumerate(zip(r, widths)):
                self.d.rectangle([cx, self.y, cx + w, self.y + rowh], outline="black", width=1)
                s = str(c)
                fk = font(size, "bold") if ri < head else f
                if aligns and aligns[ci] == "r" and ri >= head:
                    self.d.text((cx + w - 8 - text_w(self.d, s, fk), self.y + (rowh - size) / 2 - 3), s, font=fk, fill="black")
                elif ri < head or (aligns and aligns[ci] == "c"):
                    ctext(self.d, (cx + w / 2, self.y + (rowh - size) / 2 - 3), s, fk)
                else:
                    self.d.text((cx + 8, self.y + (rowh - size) / 2 - 3), s, font=fk, fill="black")
                cx += w
            self.y += rowh
        self.y += 14


def save_png(img: Image.Image, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path), "PNG", optimize=False)
