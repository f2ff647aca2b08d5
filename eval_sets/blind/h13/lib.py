"""Rendering helpers for the h13 holdout set: text PDFs (reportlab), scans, seals, image PDFs,
DOCX/XLSX with fixed metadata. Everything deterministic (fixed seeds, fixed dates)."""

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
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: F401  (TA_CENTER re-exported to the package modules)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: F401  (re-exported)
from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC", "NotoSerifCJK-Regular.ttc"))
NOTO_SERIF_BOLD = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
FIXED_DATE = (2024, 7, 15, 9, 30, 0)


# ---------------------------------------------------------------- text PDFs
def style(font="STSong-Light", size=10.5, lead=None, align=0, bold=False, indent=0, space=2):
    return ParagraphStyle("s", fontName=font, fontSize=size, leading=lead or size * 1.55, alignment=align,
                          firstLineIndent=indent, spaceAfter=space)


def P(text, **kw):
    return Paragraph(text, style(**kw))


def T(rows, widths, font="STSong-Light", size=9, header_rows=1, grid=0.5, align_right_cols=(), bold_last=False,
      span=None, zebra=False):
    data = [[Paragraph(str(c), style(font=font, size=size, lead=size * 1.35,
                                     align=TA_RIGHT if (j in align_right_cols and i >= header_rows) else 0,
                                     space=0))
             for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    st = [("GRID", (0, 0), (-1, -1), grid, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header_rows:
        st.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)))
    for s in span or []:
        st.append(("SPAN",) + s)
    t.setStyle(TableStyle(st))
    return t


def build_pdf(path, story, pagesize=A4, header=None, footer=None, font="STSong-Light", margins=(20, 20, 22, 20)):
    """story: flowables; PageBreak() allowed. header/footer: callables(page_no) -> str.
    path None: only the bytes are returned (a page later scanned), nothing is written."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins[0] * mm, rightMargin=margins[1] * mm,
                            topMargin=margins[2] * mm, bottomMargin=margins[3] * mm, invariant=1,
                            title="", author="", creator="", producer="")

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(font, 8)
        w, h = pagesize
        n = canvas.getPageNumber()
        if header:
            txt = header(n)
            if txt:
                canvas.drawString(20 * mm, h - 12 * mm, txt)
                canvas.setLineWidth(0.4)
                canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        if footer:
            txt = footer(n)
            if txt:
                canvas.drawCentredString(w / 2, 10 * mm, txt)
        canvas.restoreState()

    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    data = buf.getvalue()
    if path is not None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return data


def pdf_page_texts(path):
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        page = doc[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    doc.close()
    return out


def rasterize(pdf_bytes, scale=2.0):
    doc = pdfium.PdfDocument(pdf_bytes)
    imgs = []
    for i in range(len(doc)):
        page = doc[i]
        imgs.append(page.render(scale=scale).to_pil().convert("RGB"))
        page.close()
    doc.close()
    return imgs


# ---------------------------------------------------------------- seals and scans
def pil_font(size, path=NOTO_SERIF_BOLD, index=2):
    # Noto CJK .ttc: index 2 is SC in the Noto Serif/Sans CJK collections (JP, KR, SC, TC, HK order)
    try:
        return ImageFont.truetype(path, size, index=index)
    except Exception:
        return ImageFont.truetype(WQY, size, index=0)


def draw_seal(img, cx, cy, r, text, bottom="", seed=0, color=(205, 30, 35)):
    """Round red company seal: ring, name along the upper arc, star, bottom text."""
    rnd = random.Random(seed)
    size = int(r * 2 + 8)
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    c = size / 2
    w = max(3, int(r * 0.06))
    d.ellipse([c - r, c - r, c + r, c + r], outline=color + (230,), width=w)
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.26 if k % 2 == 0 else r * 0.105
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=color + (235,))
    n = len(text)
    fs = int(r * 0.27)
    font = pil_font(fs, NOTO_SANS, 2)
    span = min(250.0, 20.0 * n)
    for k, ch in enumerate(text):
        ang = -90 - span / 2 + span * (k + 0.5) / n
        a = math.radians(ang)
        rr = r * 0.74
        x, y = c + rr * math.cos(a), c + rr * math.sin(a)
        glyph = Image.new("RGBA", (fs + 6, fs + 6), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((3, 0), ch, font=font, fill=color + (235,))
        glyph = glyph.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        layer.alpha_composite(glyph, (int(x - glyph.width / 2), int(y - glyph.height / 2)))
    if bottom:
        bf = pil_font(int(r * 0.19), NOTO_SANS, 2)
        tw = d.textlength(bottom, font=bf)
        d.text((c - tw / 2, c + r * 0.38), bottom, font=bf, fill=color + (235,))
    # ink unevenness
    arr = np.array(layer)
    noise = np.random.default_rng(seed).uniform(0.55, 1.0, arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * noise).astype(np.uint8)
    layer = Image.fromarray(arr).rotate(rnd.uniform(-25, 25), resample=Image.BICUBIC)
    img.paste(Image.new("RGB", layer.size, color), (int(cx - size / 2), int(cy - size / 2)), layer)
    return img


def scanify(img, seed, skew_max=1.6, tone=(246, 242, 230), blur=0.7, noise=9.0, bw=False):
    rnd = random.Random(seed)
    img = img.convert("RGB")
    arr = np.asarray(img).astype(np.float32)
    t = np.array(tone, dtype=np.float32)
    arr = arr / 255.0 * t  # paper tone under the ink
    rng = np.random.default_rng(seed)
    arr += rng.normal(0, noise, arr.shape[:2])[..., None]
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr)
    ang = rnd.uniform(-skew_max, skew_max)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(x * 0.93) for x in tone))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    if bw:
        img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("L")
    return img


def images_to_pdf(images, path, dpi=150, quality=80):
    """Minimal image-only PDF writer (JPEG/DCT for colour & grey), fixed metadata."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    catalog = add(b"")
    pages = add(b"")
    kids = []
    for k, im in enumerate(images):
        im = im.convert("RGB") if im.mode not in ("RGB", "L") else im
        jb = io.BytesIO()
        im.save(jb, "JPEG", quality=quality, optimize=False)
        jpg = jb.getvalue()
        cs = b"/DeviceRGB" if im.mode == "RGB" else b"/DeviceGray"
        w, h = im.size
        pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
        xo = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent 8 "
                 b"/Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, cs, len(jpg)) + jpg + b"\nendstream")
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        co = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        pg = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >> "
                 b"/Contents %d 0 R >>" % (pages, pw, ph, xo, co))
        kids.append(pg)
    objs[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages
    objs[pages - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref))
    path.write_bytes(out.getvalue())


def scan_pdf(pdf_bytes, path, seed, seals=None, bw_pages=(), scale=2.0, extra=None):
    """Rasterise a drawn PDF and write a scanned image-only PDF.
    seals: {page_index: [(x_frac, y_frac, r_px, text, bottom)]}; extra: {page_index: callable(img)}"""
    imgs = rasterize(pdf_bytes, scale)
    out = []
    for i, im in enumerate(imgs):
        if extra and i in extra:
            extra[i](im)
        for (xf, yf, r, text, bottom) in (seals or {}).get(i, []):
            draw_seal(im, im.width * xf, im.height * yf, r, text, bottom, seed=seed * 31 + i)
        out.append(scanify(im, seed * 101 + i, bw=(i in bw_pages)))
    images_to_pdf(out, path)


def signature(img, x, y, name, seed=0, size=46):
    f = ImageFont.truetype(WQY, size, index=0)
    layer = Image.new("RGBA", (int(size * (len(name) + 1)), int(size * 1.6)), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((4, 4), name, font=f, fill=(20, 30, 90, 255))
    layer = layer.rotate(random.Random(seed).uniform(-8, 4), expand=True, resample=Image.BICUBIC)
    img.paste(Image.new("RGB", layer.size, (20, 30, 90)), (int(x), int(y)), layer)


# ---------------------------------------------------------------- office files
def normalize_zip(path):
    path = Path(path)
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-07-15T09:30:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(out.getvalue())


def set_cell_font(run, name="宋体", size=None, bold=None):
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


def new_docx(font="宋体", size=10.5):
    import datetime as _dt

    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = _dt.datetime(2024, 7, 15, 9, 30)
    cp.modified = _dt.datetime(2024, 7, 15, 9, 30)
    cp.revision = 1
    return doc


def docx_para(doc, text, size=None, bold=False, align=None, font=None, indent=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt((size or 10.5) * 2)
    r = p.add_run(text)
    if font or size or bold:
        set_cell_font(r, font or "宋体", size, bold)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def docx_table(doc, rows, widths_cm=None, size=9, bold_header=True, font="宋体", merges=()):
    from docx.shared import Cm
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = ""
            run = cell.paragraphs[0].add_run("" if v is None else str(v))
            set_cell_font(run, font, size, bold_header and i == 0)
            if widths_cm:
                cell.width = Cm(widths_cm[j])
    for (r0, c0, r1, c1) in merges:
        a, b = t.cell(r0, c0), t.cell(r1, c1)
        keep = a.text
        m = a.merge(b)
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].runs[0].text = keep if m.paragraphs[0].runs else keep
    return t


def save_docx(doc, path):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path):
    import datetime as _dt
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.created = _dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.modified = _dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = ""
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- Chinese formal amounts
_DIG = "零壹贰叁肆伍陆柒捌玖"
_UNIT4 = ["", "拾", "佰", "仟"]
_BIG = ["", "万", "亿"]


def daxie(yuan):
    """人民币大写 of an amount in 元 (up to 亿), e.g. 32000000 -> 叁仟贰佰万元整."""
    fen_total = int(round(yuan * 100))
    integer, frac = divmod(fen_total, 100)
    if integer == 0:
        s = "零元"
    else:
        groups = []
        n = integer
        while n:
            groups.append(n % 10000)
            n //= 10000
        s = ""
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            gs = ""
            digits = [(g // 10 ** k) % 10 for k in range(3, -1, -1)]
            started = False
            z = False
            for k, dgt in enumerate(digits):
                pos = 3 - k
                if dgt == 0:
                    if started:
                        z = True
                    continue
                if (z or (zero_pending and s)) or (not started and s and g < 1000):
                    gs += "零"
                z = False
                zero_pending = False
                gs += _DIG[dgt] + _UNIT4[pos]
                started = True
            s += gs + _BIG[gi]
            zero_pending = g % 10 == 0
        s += "元"
    jiao, fen = divmod(frac, 10)
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += _DIG[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += _DIG[fen] + "分"
    return s


def cn_year(y):
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y)) + "年"


def fmt(n, dec=2, comma=True):
    if comma:
        return f"{n:,.{dec}f}"
    return f"{n:.{dec}f}"


def fint(n, comma=True):
    return f"{n:,}" if comma else str(n)


PAGE = A4
LANDSCAPE = landscape(A4)
