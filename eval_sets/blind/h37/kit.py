"""h37 writers: paged text PDFs (reportlab, invariant), scans (rasterised, sealed, own PDF writer), DOCX/XLSX
normalisation (fixed zip dates and core properties), red seals. Deterministic: every random draw is seeded."""

from __future__ import annotations

import io
import math
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from eval_sets.generator import fonts

FONT = fonts.register_pdf_font()
W, H = A4
FIXED_DATE = (2024, 7, 15, 9, 30, 0)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title></dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T09:30:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-15T09:30:00Z</dcterms:modified>'
    '</cp:coreProperties>')


def normalize_zip(data: bytes, author: str = "申报单位") -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = src.read(name)
            if name == "docProps/core.xml":
                body = CORE_XML.format(author=author).encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def save_docx(doc, path: Path, author: str = "申报单位") -> None:
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), author))


def save_xlsx(wb, path: Path, author: str = "申报单位") -> None:
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), author))


# ---------------------------------------------------------------- paged PDF
class PagedPdf:
    """Pages are lists of drawing ops; rendered once the page count is known (for 第 N 页 共 M 页)."""

    def __init__(self, header=None, footer=None):
        self.pages: list[list] = []
        self.header = header  # f(c, n, m)
        self.footer = footer
        self.y = 0.0

    def page(self):
        self.pages.append([])
        self.y = H - 80
        return self

    def op(self, fn):
        self.pages[-1].append(fn)

    @property
    def n(self) -> int:
        return len(self.pages)

    def text(self, s, x=60, size=10.5, dy=None, center=False, color=(0, 0, 0), right=False):
        y = self.y

        def draw(c, s=s, x=x, y=y, size=size):
            c.setFillColorRGB(*color)
            c.setFont(FONT, size)
            if center:
                c.drawCentredString(W / 2, y, s)
            elif right:
                c.drawRightString(x, y, s)
            else:
                c.drawString(x, y, s)
            c.setFillColorRGB(0, 0, 0)
        self.op(draw)
        self.y -= dy if dy is not None else size * 1.75

    def para(self, s, size=10.5, x=60, width=None, indent=True):
        width = width or (W - 2 * x)
        per_line = int(width // size)
        s = ("\u3000\u3000" if indent else "") + s
        lines = [s[i:i + per_line] for i in range(0, len(s), per_line)]
        for line in lines:
            self.text(line, x=x, size=size)
        self.y -= 2

    def gap(self, dy=8):
        self.y -= dy

    def table(self, rows, widths, x=60, size=9, row_h=18, header_fill=True, aligns=None):
        y0 = self.y
        total_w = sum(widths)
        n = len(rows)

        def draw(c, rows=rows, y0=y0):
            c.setLineWidth(0.6)
            if header_fill:
                c.setFillColorRGB(0.92, 0.92, 0.92)
                c.rect(x, y0 - row_h, total_w, row_h, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            for i in range(n + 1):
                c.line(x, y0 - i * row_h, x + total_w, y0 - i * row_h)
            cx = x
            for w in widths + [0]:
                c.line(cx, y0, cx, y0 - n * row_h)
                cx += w
            c.setFont(FONT, size)
            for i, row in enumerate(rows):
                cx = x
                for j, cell in enumerate(row):
                    cell = str(cell)
                    ty = y0 - i * row_h - row_h / 2 - size / 3
                    al = (aligns[j] if aligns else "l") if i else "c"
                    if al == "r":
                        c.drawRightString(cx + widths[j] - 4, ty, cell)
                    elif al == "c":
                        c.drawCentredString(cx + widths[j] / 2, ty, cell)
                    else:
                        c.drawString(cx + 4, ty, cell)
                    cx += widths[j]
        self.op(draw)
        self.y -= n * row_h + 10

    def box(self, x, y, w, h, lines, size=11, color=(0, 0, 0)):
        def draw(c):
            c.setStrokeColorRGB(*color)
            c.setLineWidth(1.4)
            c.rect(x, y, w, h)
            c.setFillColorRGB(*color)
            c.setFont(FONT, size)
            for i, ln in enumerate(lines):
                c.drawCentredString(x + w / 2, y + h - (i + 1) * (size + 4), ln)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
        self.op(draw)

    def seal_mark(self, cx, cy, r, label):
        """A vector seal (red ring, star, arc text) for text PDFs."""
        def draw(c):
            c.setStrokeColorRGB(0.85, 0.1, 0.1)
            c.setFillColorRGB(0.85, 0.1, 0.1)
            c.setLineWidth(2)
            c.circle(cx, cy, r)
            c.setFont(FONT, 9)
            chars = list(label)
            span = min(240, 18 * len(chars))
            for i, ch in enumerate(chars):
                ang = math.radians(90 + span / 2 - i * span / max(1, len(chars) - 1))
                c.saveState()
                c.translate(cx + (r - 11) * math.cos(ang), cy + (r - 11) * math.sin(ang))
                c.rotate(math.degrees(ang) - 90)
                c.drawCentredString(0, -3, ch)
                c.restoreState()
            c.setFont(FONT, 16)
            c.drawCentredString(cx, cy - 6, "★")
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
        self.op(draw)

    def render(self) -> bytes:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.setTitle("")
        c.setAuthor("")
        m = len(self.pages)
        for i, ops in enumerate(self.pages, 1):
            if self.header:
                self.header(c, i, m)
            if self.footer:
                self.footer(c, i, m)
            for fn in ops:
                fn(c)
            c.showPage()
        c.save()
        return buf.getvalue()


# ---------------------------------------------------------------- seals and scans
def seal_image(label: str, size: int = 220, seed: int = 0) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (205, 30, 35, 215)
    d.ellipse((6, 6, size - 6, size - 6), outline=red, width=max(5, size // 36))
    f = fonts.pil_font(size // 9)
    chars = list(label)
    span = min(250.0, 20.0 * len(chars))
    r = size / 2 - size / 7
    for i, ch in enumerate(chars):
        ang = math.radians(90 + span / 2 - i * span / max(1, len(chars) - 1))
        g = Image.new("RGBA", (size // 7, size // 7), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((size // 14, size // 14), ch, font=f, fill=red, anchor="mm")
        g = g.rotate(math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = int(size / 2 + r * math.cos(ang) - g.width / 2)
        py = int(size / 2 - r * math.sin(ang) - g.height / 2)
        img.alpha_composite(g, (px, py))
    fs = fonts.pil_font(size // 4)
    d.text((size / 2, size / 2), "★", font=fs, fill=red, anchor="mm")
    rng = random.Random(seed)
    px = img.load()
    for _ in range(size * 6):  # ink gaps
        x, y = rng.randrange(size), rng.randrange(size)
        if px[x, y][3]:
            px[x, y] = (0, 0, 0, 0)
    return img


def rasterize(pdf_bytes: bytes, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        pages.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return pages


def scanify(img: Image.Image, seed: int, seals=(), tone=(248, 246, 238), angle=None) -> Image.Image:
    """seals: [(label, x_frac, y_frac)]. Adds paper tone, a small skew, blur and noise."""
    rng = random.Random(seed)
    img = img.convert("RGBA")
    for k, (label, fx, fy) in enumerate(seals):
        s = seal_image(label, size=int(img.width * 0.26), seed=seed + k)
        img.alpha_composite(s, (int(img.width * fx - s.width / 2), int(img.height * fy - s.height / 2)))
    base = Image.new("RGBA", img.size, tone + (255,))
    # multiply-ish: keep dark ink
    img = Image.blend(base, img, 0.93) if not seals else Image.alpha_composite(base, img)
    img = img.convert("RGB")
    a = angle if angle is not None else rng.uniform(-0.6, 0.6)
    img = img.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=tone)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    px = img.load()
    for _ in range(img.width * img.height // 400):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        v = rng.randrange(120, 200)
        px[x, y] = (v, v, v)
    return img


def images_to_pdf(images: list[Image.Image], quality: int = 72) -> bytes:
    """Minimal PDF writer: one JPEG per A4 page, no dates, no producer."""
    objs: list[bytes] = []
    kids = []
    for i, img in enumerate(images):
        jb = io.BytesIO()
        img.convert("RGB").save(jb, "JPEG", quality=quality, optimize=False)
        jpeg = jb.getvalue()
        n_page, n_img, n_cont = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        kids.append(n_page)
        content = f"q {W:.2f} 0 0 {H:.2f} 0 0 cm /Im0 Do Q".encode()
        objs.append((n_page, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {W:.2f} {H:.2f}] "
                              f"/Resources << /XObject << /Im0 {n_img} 0 R >> >> /Contents {n_cont} 0 R >>".encode()))
        objs.append((n_img, f"<< /Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} "
                             f"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n".encode()
                     + jpeg + b"\nendstream"))
        objs.append((n_cont, f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"))
    objs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"),
            (2, f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode())] + objs
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in sorted(objs):
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    total = len(objs) + 1
    out.write(f"xref\n0 {total}\n0000000000 65535 f \n".encode())
    for num in range(1, total):
        out.write(f"{offsets[num]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {total} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def scan_pdf(pdf_bytes: bytes, seed: int, seals_by_page: dict[int, list], dpi: int = 110) -> bytes:
    pages = rasterize(pdf_bytes, dpi)
    out = []
    for i, p in enumerate(pages, 1):
        out.append(scanify(p, seed * 100 + i, seals_by_page.get(i, ())))
    return images_to_pdf(out)


def png_bytes(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False)
    return b.getvalue()
