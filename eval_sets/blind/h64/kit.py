"""Deterministic writers for set h64: DOCX/XLSX re-zipped with fixed dates, reportlab PDFs with
invariant=1, scans (rasterised own PDFs + paper noise + red seal) written by a minimal image-PDF writer."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter

from eval_sets.generator import fonts

FIXED_ZIP_DATE = (2024, 7, 15, 9, 30, 0)
FIXED_ISO = "2024-07-15T09:30:00Z"


# ---------------------------------------------------------------- office files
def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as src:
        items = [(info.filename, src.read(info.filename)) for info in src.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, data)
    path.write_bytes(out.getvalue())


def save_docx(doc, path: Path, author: str) -> None:
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 7, 15, 9, 30)
    cp.modified = dt.datetime(2024, 7, 15, 9, 30)
    cp.revision = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path, author: str) -> None:
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.modified = dt.datetime(2024, 7, 15, 9, 30)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


def new_docx(font: str = "宋体"):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return doc


# ---------------------------------------------------------------- text PDFs
_STYLES = {}


def pdf_font() -> str:
    return fonts.register_pdf_font()


def styles():
    if not _STYLES:
        from reportlab.lib.styles import ParagraphStyle
        f = pdf_font()
        _STYLES["title"] = ParagraphStyle("t", fontName=f, fontSize=15, leading=22, alignment=1, spaceAfter=8)
        _STYLES["h"] = ParagraphStyle("h", fontName=f, fontSize=12, leading=18, spaceBefore=6, spaceAfter=4)
        _STYLES["p"] = ParagraphStyle("p", fontName=f, fontSize=10, leading=16, firstLineIndent=20, wordWrap="CJK")
        _STYLES["c"] = ParagraphStyle("c", fontName=f, fontSize=8.5, leading=11, wordWrap="CJK")
        _STYLES["small"] = ParagraphStyle("s", fontName=f, fontSize=9, leading=13, wordWrap="CJK")
    return _STYLES


def table(rows, widths, header_rows=1, bold_rows=(), font_size=8.5, repeat=1, align_right_from=None):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle
    f = pdf_font()
    t = Table(rows, colWidths=widths, repeatRows=repeat)
    style = [
        ("FONT", (0, 0), (-1, -1), f, font_size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E8E8E8")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if align_right_from is not None:
        style.append(("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"))
    for r in bold_rows:
        style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F4F4F4")))
    t.setStyle(TableStyle(style))
    return t


def build_pdf(path: Path, story, title: str, landscape_page: bool = False, header: str = "", footer_pages=True):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate
    size = landscape(A4) if landscape_page else A4
    f = pdf_font()

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(f, 8)
        if header:
            canvas.drawString(40, size[1] - 28, header)
        if footer_pages:
            canvas.drawCentredString(size[0] / 2, 20, f"第 {doc.page} 页")
        canvas.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=40, rightMargin=40, topMargin=42, bottomMargin=36,
                            title=title, author="", subject="", creator="", producer="", invariant=1)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


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


# ---------------------------------------------------------------- scans
def seal(size: int, company: str, seed: int, label: str = "") -> Image.Image:
    """A red round company seal (RGBA)."""
    rnd = random.Random(seed)
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    w = max(3, size // 40)
    d.ellipse((w, w, size - w, size - w), outline=red, width=w)
    # star
    cx = cy = size / 2
    r1, r2 = size * 0.12, size * 0.05
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(int(size * 0.085))
    text = company
    n = len(text)
    span = math.radians(250)
    start = math.radians(-215)
    for i, ch in enumerate(text):
        ang = start + span * (i + 0.5) / n
        rr = size * 0.37
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        ch_img = Image.new("RGBA", (int(size * 0.12), int(size * 0.12)), (0, 0, 0, 0))
        ImageDraw.Draw(ch_img).text((ch_img.width / 2, ch_img.height / 2), ch, font=font, fill=red, anchor="mm")
        ch_img = ch_img.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        img.alpha_composite(ch_img, (int(x - ch_img.width / 2), int(y - ch_img.height / 2)))
    if label:
        f2 = fonts.pil_font(int(size * 0.07))
        d.text((cx, cy + size * 0.22), label, font=f2, fill=red, anchor="mm")
    # uneven ink
    px = img.load()
    for _ in range(size * 6):
        x, y = rnd.randrange(size), rnd.randrange(size)
        r, g, b, a = px[x, y]
        if a:
            px[x, y] = (r, g, b, int(a * rnd.uniform(0.3, 0.8)))
    return img


def rasterize(pdf_path: Path, dpi: int = 110) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        pages.append(page.render(scale=dpi / 72).to_pil().convert("RGB"))
        page.close()
    pdf.close()
    return pages


def scanify(img: Image.Image, seed: int, seals: list[tuple[Image.Image, float, float]] = ()) -> Image.Image:
    """Paper tone, slight skew, blur and noise; seals pasted at relative positions (x, y of centre)."""
    rnd = random.Random(seed)
    img = img.convert("RGB")
    for s, rx, ry in seals:
        x = int(rx * img.width - s.width / 2)
        y = int(ry * img.height - s.height / 2)
        base = img.convert("RGBA")
        base.alpha_composite(s.rotate(rnd.uniform(-12, 12), resample=Image.BICUBIC), (x, y))
        img = base.convert("RGB")
    img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 248, 242))
    img = img.filter(ImageFilter.GaussianBlur(0.45))
    tone = Image.new("RGB", img.size, (246, 243, 236))
    img = Image.blend(img, tone, 0.06)
    px = img.load()
    for _ in range(img.width * img.height // 300):
        x, y = rnd.randrange(img.width), rnd.randrange(img.height)
        v = rnd.randrange(120, 220)
        px[x, y] = (v, v, v)
    return img


def images_to_pdf(images: list[Image.Image], path: Path, quality: int = 72) -> None:
    """Minimal image-only PDF (one JPEG per A4 page), no dates, no producer."""
    objs: list[bytes] = []
    page_ids = []
    n = len(images)
    # object numbering: 1 catalog, 2 pages, then per page: page, contents, image
    body = []
    for i, im in enumerate(images):
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
        jpg = buf.getvalue()
        pid, cid, iid = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        page_ids.append(pid)
        w, h = 595.28, 841.89
        if im.width > im.height:
            w, h = h, w
        content = f"q {w:.2f} 0 0 {h:.2f} 0 0 cm /Im0 Do Q".encode()
        body.append((pid, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.2f} {h:.2f}] "
                          f"/Resources << /XObject << /Im0 {iid} 0 R >> >> /Contents {cid} 0 R >>".encode()))
        body.append((cid, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"))
        body.append((iid, (f"<< /Type /XObject /Subtype /Image /Width {im.width} /Height {im.height} "
                           f"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\n"
                           ).encode() + b"stream\n" + jpg + b"\nendstream"))
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    allobjs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
               (2, f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())] + body
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
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())
