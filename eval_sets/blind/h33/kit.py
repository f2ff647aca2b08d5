"""File writers for h33: DOCX/XLSX normalised, legacy XLS/ET (xlwt), RTF, HTML/MHT, GBK CSV, reportlab PDFs,
scans (image PDF, multi-page TIFF, phone JPG). Everything is deterministic (fixed seeds, no timestamps)."""

from __future__ import annotations

import io
import math
import quopri
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator import fonts

FIXED_DT = (2024, 7, 18, 9, 30, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>Administrator</cp:lastModifiedBy>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T08:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-18T09:30:00Z</dcterms:modified>'
    '</cp:coreProperties>')


# ---------------------------------------------------------------- zip-based office files
def normalize_zip(path: Path) -> None:
    data = Path(path).read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = CORE_XML.encode() if name == "docProps/core.xml" else src.read(name)
            info = zipfile.ZipInfo(name, FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, body)
    Path(path).write_bytes(out.getvalue())


def docx_font(doc, name: str = "宋体", size: float = 10.5):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    style = doc.styles["Normal"]
    style.font.name = name
    style.font.size = Pt(size)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), name)


def save_docx(doc, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def save_xlsx(wb, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- legacy BIFF8 (.xls / .et)
def write_xls(path: Path, sheets: list[tuple[str, list[list]]], widths: dict[int, int] | None = None,
              bold_rows: dict[str, set[int]] | None = None) -> None:
    """sheets: (name, rows); a cell is str/int/float/None. Written with xlwt (BIFF8, no timestamps)."""
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    plain = xlwt.easyxf("font: name 宋体, height 220; align: wrap on, vert centre; "
                        "borders: left thin, right thin, top thin, bottom thin")
    bold = xlwt.easyxf("font: name 宋体, height 220, bold on; align: wrap on, vert centre, horiz centre; "
                       "borders: left thin, right thin, top thin, bottom thin")
    for name, rows in sheets:
        ws = wb.add_sheet(name)
        for c, w in (widths or {0: 30, 1: 40}).items():
            ws.col(c).width = 256 * w
        heads = (bold_rows or {}).get(name, {0})
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                ws.write(r, c, v, bold if r in heads else plain)
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    wb.save(buf)
    path.write_bytes(buf.getvalue())


# ---------------------------------------------------------------- RTF
def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\par\n")
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


def write_rtf(path: Path, paragraphs: list[tuple[str, str]]) -> None:
    """paragraphs: (style, text) with style in {'title','body','right'}."""
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\uc1{\\fonttbl{\\f0\\fnil\\fcharset134 " + rtf_escape("宋体") +
            ";}{\\f1\\fnil\\fcharset134 " + rtf_escape("黑体") + ";}}\n"
            "{\\info{\\author Administrator}}\\paperw11906\\paperh16838\\margl1800\\margr1800\n")
    body = []
    for style, text in paragraphs:
        if style == "title":
            body.append("\\pard\\qc\\sb240\\sa240\\f1\\fs36 " + rtf_escape(text) + "\\par\n")
        elif style == "right":
            body.append("\\pard\\qr\\f0\\fs28 " + rtf_escape(text) + "\\par\n")
        else:
            body.append("\\pard\\fi560\\sl360\\slmult1\\f0\\fs28 " + rtf_escape(text) + "\\par\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((head + "".join(body) + "}\n").encode("ascii"))


# ---------------------------------------------------------------- web pages
def mht_wrap(html: str, url: str) -> bytes:
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return ("From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: " + url + "\r\n"
            "Subject: =?utf-8?Q?=E8=BF=90=E8=A1=8C=E7=9B=91=E6=B5=8B?=\r\n"
            "Date: Thu, 18 Jul 2024 10:12:33 +0800\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
            "\tboundary=\"----MultipartBoundary--h33fixedboundary----\"\r\n\r\n\r\n"
            "------MultipartBoundary--h33fixedboundary----\r\n"
            "Content-Type: text/html\r\nContent-ID: <frame-h33@mhtml.blink>\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: " + url + "\r\n\r\n"
            + qp.replace("\n", "\r\n") + "\r\n\r\n------MultipartBoundary--h33fixedboundary------\r\n").encode("ascii")


# ---------------------------------------------------------------- reportlab
def styles(size: float = 10):
    font = fonts.register_pdf_font()
    return {
        "body": ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.5, wordWrap="CJK"),
        "cell": ParagraphStyle("c", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.35, wordWrap="CJK"),
        "h1": ParagraphStyle("h1", fontName=font, fontSize=size + 6, leading=(size + 6) * 1.6, alignment=1),
        "h2": ParagraphStyle("h2", fontName=font, fontSize=size + 2, leading=(size + 2) * 1.6, spaceBefore=6),
        "center": ParagraphStyle("ce", fontName=font, fontSize=size, leading=size * 1.5, alignment=1),
        "right": ParagraphStyle("r", fontName=font, fontSize=size, leading=size * 1.5, alignment=2),
    }


def table(data, widths, st, header_rows=1, size=None):
    cell = st["cell"]
    rows = [[Paragraph(str(v), cell) if not hasattr(v, "wrap") else v for v in row] for row in data]
    t = Table(rows, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.9, 0.9, 0.9)),
    ]))
    return t


def write_pdf(path: Path, story: list, title: str = "", footer: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    font = fonts.register_pdf_font()

    def on_page(canvas, doc):
        if footer:
            canvas.setFont(font, 8)
            canvas.drawCentredString(A4[0] / 2, 12 * mm, f"{footer}  第 {doc.page} 页")

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title=title, author="", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def pdf_bytes(story: list, footer: str = "") -> bytes:
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.pdf"
        write_pdf(p, story, footer=footer)
        return p.read_bytes()


def rasterize(pdf: bytes, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    pages = []
    for i in range(len(doc)):
        pages.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return pages


# ---------------------------------------------------------------- scan effects
def seal(img: Image.Image, cx: int, cy: int, text: str, r: int = 95, seed: int = 0) -> Image.Image:
    rng = random.Random(seed)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (205, 30, 35, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=5)
    star = [(cx + (r * 0.28 if k % 2 == 0 else r * 0.11) * math.cos(math.pi / 2 + k * math.pi / 5),
             cy - (r * 0.28 if k % 2 == 0 else r * 0.11) * math.sin(math.pi / 2 + k * math.pi / 5)) for k in range(10)]
    d.polygon(star, fill=red)
    font = fonts.pil_font(max(12, r // 5))
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.pi * (1.15 - 1.3 * i / max(1, n - 1))
        x = cx + (r - r * 0.24) * math.cos(ang)
        y = cy - (r - r * 0.24) * math.sin(ang)
        g = Image.new("RGBA", (r // 3, r // 3), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((2, 0), ch, font=font, fill=red)
        g = g.rotate(math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - r / 6), int(y - r / 6)))
    # speckle: ink not fully even
    px = layer.load()
    for _ in range(r * 30):
        x, y = rng.randint(cx - r, cx + r - 1), rng.randint(cy - r, cy + r - 1)
        if 0 <= x < img.size[0] and 0 <= y < img.size[1] and px[x, y][3]:
            px[x, y] = (0, 0, 0, 0)
    out = img.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def scanify(img: Image.Image, seed: int, angle: float | None = None) -> Image.Image:
    rng = random.Random(seed)
    a = angle if angle is not None else rng.uniform(-0.8, 0.8)
    img = img.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=(250, 249, 244))
    tone = Image.new("RGB", img.size, (246, 244, 236))
    img = Image.blend(img, tone, 0.08)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    noise = Image.effect_noise(img.size, 12).convert("L")
    rng_img = Image.merge("RGB", (noise, noise, noise))
    return Image.blend(img, rng_img, 0.04)


def images_to_pdf(path: Path, images: list[Image.Image], dpi: int = 110) -> None:
    """Image-only PDF written by hand (fixed, no dates): one JPEG (colour) or Flate (B/W) per page."""
    import zlib
    objs: list[bytes] = []
    kids = []
    for i, im in enumerate(images):
        w, h = im.size
        if im.mode == "1":
            raw = im.tobytes()
            stream = zlib.compress(raw, 9)
            img_dict = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                        f"/BitsPerComponent 1 /Decode [0 1] /Filter /FlateDecode /Length {len(stream)} >>")
        else:
            buf = io.BytesIO()
            im.convert("RGB").save(buf, "JPEG", quality=70, optimize=False)
            stream = buf.getvalue()
            img_dict = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceRGB "
                        f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(stream)} >>")
        pw, ph = w * 72 / dpi, h * 72 / dpi
        content = f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode()
        base = 3 + i * 3
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] "
                    f"/Resources << /XObject << /Im0 {base + 1} 0 R >> >> /Contents {base + 2} 0 R >>".encode())
        objs.append(img_dict.encode() + b"\nstream\n" + stream + b"\nendstream")
        objs.append(f"<< /Length {len(content)} >>".encode() + b"\nstream\n" + content + b"\nendstream")
        kids.append(f"{base} 0 R")
    allobjs = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(images)} >>".encode()] + objs
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(allobjs, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(allobjs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(allobjs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def to_bw(img: Image.Image, threshold: int = 170) -> Image.Image:
    return img.convert("L").point(lambda v: 255 if v > threshold else 0, mode="1")


def write_tiff(path: Path, frames: list[Image.Image], compression: str, dpi: int = 150) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:], compression=compression, dpi=(dpi, dpi))
    path.write_bytes(buf.getvalue())


def phone_photo(page: Image.Image, seed: int, angle: float = 4.0) -> Image.Image:
    """A sheet of paper photographed on a desk: skewed, perspective-ish, shadow from the top-left."""
    rng = random.Random(seed)
    w, h = page.size
    desk = Image.new("RGB", (int(w * 1.25), int(h * 1.18)), (120, 96, 70))
    grain = Image.effect_noise(desk.size, 25).convert("L")
    desk = Image.blend(desk, Image.merge("RGB", (grain, grain, grain)), 0.12)
    paper = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(120, 96, 70))
    mask = Image.new("L", page.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    ox, oy = (desk.size[0] - paper.size[0]) // 2 + rng.randint(-10, 10), (desk.size[1] - paper.size[1]) // 2
    desk.paste(paper, (ox, oy), mask)
    shade = Image.new("L", desk.size, 0)
    sd = ImageDraw.Draw(shade)
    for k in range(0, desk.size[0], 4):
        sd.line([(k, 0), (0, k)], fill=max(0, 120 - k // 8), width=4)
    shade = shade.filter(ImageFilter.GaussianBlur(30))
    dark = Image.new("RGB", desk.size, (20, 15, 10))
    desk = Image.composite(dark, desk, shade.point(lambda v: int(v * 0.7)))
    return desk.filter(ImageFilter.GaussianBlur(0.7))


def save_jpg(path: Path, img: Image.Image, quality: int = 82) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=quality)
    path.write_bytes(buf.getvalue())


def draw_page(lines: list[tuple[str, int, str]], size=(1240, 1754), margin=90, seed=0) -> Image.Image:
    """A plain page drawn with PIL: lines of (text, font size, align) top-down; '' makes a gap."""
    img = Image.new("RGB", size, (252, 251, 247))
    d = ImageDraw.Draw(img)
    y = margin
    for text, fs, align in lines:
        font = fonts.pil_font(fs)
        if text:
            tw = d.textlength(text, font=font)
            x = margin if align == "l" else (size[0] - tw) / 2 if align == "c" else size[0] - margin - tw
            d.text((x, y), text, font=font, fill=(25, 25, 25))
        y += int(fs * 1.7)
    return img


def draw_table_page(title: str, subtitle: str, header: list[str], rows: list[list[str]], widths: list[int],
                    footer: str = "", size=(1240, 1754), fs: int = 22) -> Image.Image:
    img = Image.new("RGB", size, (252, 251, 247))
    d = ImageDraw.Draw(img)
    ft, fb = fonts.pil_font(34), fonts.pil_font(fs)
    x0, y = 70, 80
    tw = d.textlength(title, font=ft)
    d.text(((size[0] - tw) / 2, y), title, font=ft, fill=(20, 20, 20))
    y += 70
    if subtitle:
        d.text((x0, y), subtitle, font=fb, fill=(30, 30, 30))
        y += 48
    rh = int(fs * 1.9)
    for r, row in enumerate([header] + rows):
        x = x0
        for c, cell in enumerate(row):
            d.rectangle([x, y, x + widths[c], y + rh], outline=(40, 40, 40), width=2 if r == 0 else 1)
            d.text((x + 8, y + (rh - fs) / 2 - 2), str(cell), font=fb, fill=(20, 20, 20))
            x += widths[c]
        y += rh
    if footer:
        y += 20
        d.text((x0, y), footer, font=fb, fill=(20, 20, 20))
    return img


__all__ = ["PageBreak", "Paragraph", "Spacer", "mm"]
