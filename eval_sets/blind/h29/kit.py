"""Rendering helpers for the h29 holdout set: fonts, text PDFs, scans, seals, image PDFs, DOCX/XLSX.

Everything is deterministic: fixed seeds, reportlab invariant=1, our own image-PDF writer, zip
entries of DOCX/XLSX rewritten with a fixed date and fixed core properties.
"""
from __future__ import annotations

import io
import math
import random
import re
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Image as RLImage, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SERIF_BOLD = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

# Scratch folder for intermediate PDFs (page counts, pages to rasterise): inside this set, git-ignored,
# never the system temp folder. Nothing in it ends up in a package.
SCRATCH = Path(__file__).resolve().parent / "_tmp"


def scratch_dir() -> tempfile.TemporaryDirectory:
    SCRATCH.mkdir(exist_ok=True)
    return tempfile.TemporaryDirectory(dir=SCRATCH)

_registered = False


def fonts():
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    _registered = True


def pil_font(size: int, kind: str = "sans") -> ImageFont.FreeTypeFont:
    path = {"sans": NOTO_SANS, "serif": NOTO_SERIF, "bold": NOTO_SERIF_BOLD, "wqy": WQY}[kind]
    if not Path(path).exists():
        path = WQY
    # index 2 = SC in the Noto TTCs (JP, KR, SC, TC, HK); wqy has only 0/1
    idx = 0 if path == WQY else 2
    try:
        return ImageFont.truetype(path, size, index=idx)
    except OSError:
        return ImageFont.truetype(WQY, size, index=0)


# ---------------------------------------------------------------- numbers

def yuan(x: float) -> str:
    return f"{x:,.2f}"


def wan(x: float) -> str:
    return f"{x:.2f}"


def grp(n: int) -> str:
    return f"{n:,}"


def split_total(total: int, weights: list[float], rng: random.Random | None = None) -> list[int]:
    s = sum(weights)
    parts = [int(total * w / s) for w in weights]
    parts[0] += total - sum(parts)
    return parts


# ---------------------------------------------------------------- seals

def seal_image(text: str, center: str = "★", bottom: str = "", size: int = 300, seed: int = 0,
               oval: bool = False) -> Image.Image:
    """A red round (or oval) company seal with the name along the upper arc, RGBA."""
    rng = random.Random(seed)
    w = int(size * (1.35 if oval else 1.0))
    h = size
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (205, 30, 35, 235)
    lw = max(6, size // 40)
    d.ellipse([lw, lw, w - lw, h - lw], outline=red, width=lw)
    if oval:
        d.ellipse([lw * 3, lw * 3, w - lw * 3, h - lw * 3], outline=red, width=max(2, lw // 3))
    cx, cy = w / 2, h / 2
    rx, ry = w / 2 - lw * 4.2, h / 2 - lw * 4.2
    n = len(text)
    span = 250 if n > 8 else 200
    fsize = int(size * (0.115 if n > 14 else 0.13))
    font = pil_font(fsize, "bold")
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = cx + (rx - fsize * 0.55) * math.cos(ang)
        y = cy + (ry - fsize * 0.55) * math.sin(ang)
        tile = Image.new("RGBA", (fsize * 2, fsize * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fsize * 0.5, fsize * 0.35), ch, font=font, fill=red)
        rot = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(rot, (int(x - fsize), int(y - fsize)))
    cf = pil_font(int(size * 0.28), "bold")
    d.text((cx, cy), center, font=cf, fill=red, anchor="mm")
    if bottom:
        bf = pil_font(int(size * 0.09), "bold")
        d.text((cx, cy + size * 0.25), bottom, font=bf, fill=red, anchor="mm")
    # ink unevenness
    arr = np.array(im)
    noise = np.random.default_rng(seed).random(arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * np.clip(0.55 + noise * 0.6, 0, 1)).astype(np.uint8)
    im = Image.fromarray(arr)
    return im.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=False)


# ---------------------------------------------------------------- scans and image PDFs

def render_pdf(path: Path, dpi: int = 130) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        out.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return out


def scanify(im: Image.Image, seed: int, skew: float | None = None, tone=(246, 242, 230), blur: float = 0.6,
            noise: float = 7.0, bw: bool = False) -> Image.Image:
    rng = random.Random(seed)
    im = im.convert("RGB")
    a = np.asarray(im).astype(np.float32)
    t = np.array(tone, dtype=np.float32) / 255.0
    a = a * t
    # uneven illumination towards one edge
    h, w = a.shape[:2]
    grad = np.linspace(1.0, 0.94 + rng.random() * 0.04, w, dtype=np.float32)[None, :, None]
    a = a * grad
    gen = np.random.default_rng(seed)
    a = a + gen.normal(0, noise, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a)
    ang = skew if skew is not None else rng.uniform(-1.6, 1.6)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(c * 0.93) for c in tone))
    im = im.filter(ImageFilter.GaussianBlur(blur))
    if bw:
        im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("RGB")
    return im


def paste_seal(page: Image.Image, seal: Image.Image, xy: tuple[int, int], scale: float = 1.0) -> Image.Image:
    page = page.convert("RGBA")
    if scale != 1.0:
        seal = seal.resize((int(seal.width * scale), int(seal.height * scale)), Image.BICUBIC)
    # multiply-like: seal over ink
    page.alpha_composite(seal, (int(xy[0] - seal.width / 2), int(xy[1] - seal.height / 2)))
    return page.convert("RGB")


def images_to_pdf(images: list[Image.Image], path: Path, quality: int = 72) -> None:
    """Minimal deterministic image-only PDF writer (one JPEG per A4-ish page)."""
    objs: list[bytes] = []
    page_ids = []
    # object numbering: 1 catalog, 2 pages, then per page: page, content, image
    n = len(images)
    kids = []
    body = []
    for i, im in enumerate(images):
        pid, cid, iid = 3 + i * 3, 4 + i * 3, 5 + i * 3
        kids.append(pid)
        buf = io.BytesIO()
        rgb = im.convert("RGB")
        rgb.save(buf, "JPEG", quality=quality, optimize=False)
        jpg = buf.getvalue()
        pw = 595.28 if rgb.width <= rgb.height else 841.89
        ph = pw * rgb.height / rgb.width
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        body.append((pid, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                          f"/Resources << /XObject << /Im0 {iid} 0 R >> >> /Contents {cid} 0 R >>".encode()))
        body.append((cid, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"))
        body.append((iid, (f"<< /Type /XObject /Subtype /Image /Width {rgb.width} /Height {rgb.height} "
                           f"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\n"
                           ).encode() + b"stream\n" + jpg + b"\nendstream"))
    allobjs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
               (2, f"<< /Type /Pages /Count {n} /Kids [{' '.join(f'{k} 0 R' for k in kids)}] >>".encode())] + body
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, data in allobjs:
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n".encode() + data + b"\nendobj\n")
    xref = out.tell()
    total = len(allobjs) + 1
    out.write(f"xref\n0 {total}\n0000000000 65535 f \n".encode())
    for num in range(1, total):
        out.write(f"{offsets[num]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {total} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_bytes(out.getvalue())


# ---------------------------------------------------------------- text PDFs (platypus)

def styles(font: str = "STSong-Light", size: float = 10.5):
    fonts()
    base = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.6, wordWrap="CJK",
                          firstLineIndent=0)
    return {
        "body": base,
        "indent": ParagraphStyle("i", parent=base, firstLineIndent=size * 2),
        "title": ParagraphStyle("t", parent=base, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=TA_CENTER),
        "h": ParagraphStyle("h", parent=base, fontSize=size + 1.5, leading=(size + 1.5) * 1.7),
        "small": ParagraphStyle("s", parent=base, fontSize=size - 2, leading=(size - 2) * 1.45),
        "cell": ParagraphStyle("c", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35),
        "cellr": ParagraphStyle("cr", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35, alignment=TA_RIGHT),
        "cellc": ParagraphStyle("cc", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.35, alignment=TA_CENTER),
        "right": ParagraphStyle("r", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("ce", parent=base, alignment=TA_CENTER),
    }


def table(rows: list[list], widths: list[float], st: dict, header_rows: int = 1, right_cols: tuple = (),
          bold_last: bool = False, grid: float = 0.5, head_bg=colors.HexColor("#e8e8e8"), font_size=None):
    data = []
    for r, row in enumerate(rows):
        cells = []
        for c, v in enumerate(row):
            if isinstance(v, str):
                sty = st["cellr"] if (c in right_cols and r >= header_rows) else st["cell"]
                if r < header_rows:
                    sty = st["cellc"]
                cells.append(Paragraph(v, sty))
            else:
                cells.append(v)
        data.append(cells)
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    cmds = [("GRID", (0, 0), (-1, -1), grid, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if header_rows and head_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), head_bg))
    t.setStyle(TableStyle(cmds))
    return t


def build_pdf(path: Path, story: list, pagesize=A4, margins=(22 * mm, 20 * mm, 20 * mm, 20 * mm),
              header: str = "", footer: str = "", font: str = "STSong-Light", stamp: dict | None = None,
              page_numbers: bool = True):
    """stamp: {"image": PIL RGBA, "page": 'last'|int, "xy": (x_mm, y_mm), "w_mm": 40}"""
    fonts()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    total = {"n": 0}

    def deco(canv, doc):
        canv.saveState()
        w, h = pagesize
        if header:
            canv.setFont(font, 8)
            canv.drawString(margins[1], h - 12 * mm, header)
            canv.setLineWidth(0.4)
            canv.line(margins[1], h - 13.5 * mm, w - margins[3], h - 13.5 * mm)
        if page_numbers:
            canv.setFont(font, 8)
            canv.drawCentredString(w / 2, 10 * mm, (footer + "  " if footer else "") + f"第 {doc.page} 页")
        if stamp and (stamp.get("page") == doc.page or stamp.get("pages") and doc.page in stamp["pages"]):
            img = stamp["image"]
            wmm = stamp.get("w_mm", 40)
            hh = wmm * img.height / img.width
            canv.drawImage(ImageReader(img), stamp["xy"][0] * mm, stamp["xy"][1] * mm, wmm * mm, hh * mm, mask="auto")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=pagesize, topMargin=margins[0], leftMargin=margins[1],
                            bottomMargin=margins[2], rightMargin=margins[3], invariant=1,
                            title="", author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def pdf_page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
    doc.close()
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def find_page(path: Path, quote: str, anchor: str = "") -> int:
    texts = [squash(t) for t in pdf_page_texts(path)]
    q, a = squash(quote), squash(anchor)
    hits = [i + 1 for i, t in enumerate(texts) if q in t and (not a or a in t)]
    if not hits:
        raise AssertionError(f"quote {quote!r} (anchor {anchor!r}) not found in {path}")
    return hits[0]


# ---------------------------------------------------------------- office files

FIXED_DT = (2024, 7, 18, 9, 30, 0)


def normalize_zip(path: Path, created: str = "2024-07-16T08:00:00Z", modified: str = "2024-07-18T09:30:00Z"):
    src = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + created + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + modified + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())


def docx_font(run, name: str = "宋体", size: float | None = None, bold: bool | None = None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def new_docx(author: str = "", font: str = "宋体", size: float = 12):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    cp.revision = 3
    return d


def para(d, text: str, size: float | None = None, bold: bool = False, align: str | None = None,
         font: str | None = None, indent: bool = False, style: str | None = None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    docx_font(r, font or "宋体", size, bold)
    if align:
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if indent:
        p.paragraph_format.first_line_indent = Pt((size or 12) * 2)
    return p


def cell_text(cell, text: str, size: float = 10.5, bold: bool = False, font: str = "宋体", align: str | None = None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        docx_font(r, font, size, bold)
        if align:
            p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]


def save_docx(d, path: Path):
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path):
    import datetime as dt
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    wb.properties.created = dt.datetime(2024, 7, 16, 8, 0, 0)
    wb.properties.modified = dt.datetime(2024, 7, 18, 9, 30, 0)
    wb.properties.creator = wb.properties.creator or "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- PIL drawing helpers (letters, invoices, screenshots)

def canvas_a4(dpi: int = 120, color=(255, 255, 255)) -> Image.Image:
    return Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), color)


def wrap_text(draw, text: str, font, width: int) -> list[str]:
    lines, cur = [], ""
    for ch in re.findall(r"[0-9A-Za-z¥][0-9A-Za-z.,%\-]*[0-9A-Za-z%]|.|\n", text, flags=re.S):
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if draw.textlength(cur + ch, font=font) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def draw_paragraphs(draw, x: int, y: int, width: int, paras: list[str], font, gap: float = 1.7,
                    indent: bool = True, fill=(20, 20, 20)) -> int:
    fs = font.size
    for ptxt in paras:
        t = ("\u3000\u3000" + ptxt) if indent else ptxt
        for line in wrap_text(draw, t, font, width):
            draw.text((x, y), line, font=font, fill=fill)
            y += int(fs * gap)
        y += int(fs * 0.4)
    return y
