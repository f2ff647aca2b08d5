"""Rendering helpers of blind set h55: text PDFs (reportlab canvas), scans, DOCX/XLSX with fixed metadata."""
from __future__ import annotations

import io
import random
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import pil_font, register_pdf_font

FIXED = datetime(2024, 7, 10, 9, 0, 0)
ZIP_DATE = (2024, 7, 10, 9, 0, 0)


# ---------------------------------------------------------------- office files
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = src.read(name)
            if name == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2024-07-10T09:00:00Z\3", text)
                body = text.encode("utf-8")
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, body)
    return out.getvalue()


def save_docx(doc, path: Path) -> None:
    cp = doc.core_properties
    cp.author = "申报单位"
    cp.last_modified_by = "申报单位"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def save_xlsx(wb, path: Path) -> None:
    wb.properties.creator = "申报单位"
    wb.properties.lastModifiedBy = "申报单位"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


# ---------------------------------------------------------------- text PDFs
class Pdf:
    """A4 canvas; each page is a list of drawn rows; callers know the page number they draw on."""

    def __init__(self, path: Path, title: str = ""):
        self.font = register_pdf_font()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.page = 1
        self.y = A4[1] - 60

    def text(self, s: str, size: float = 10.5, x: float = 56, gap: float = 6, center: bool = False) -> None:
        self.c.setFont(self.font, size)
        if center:
            self.c.drawCentredString(A4[0] / 2, self.y, s)
        else:
            self.c.drawString(x, self.y, s)
        self.y -= size + gap

    def para(self, s: str, size: float = 10.5, width_chars: int = 44) -> None:
        for i in range(0, len(s), width_chars):
            self.text(s[i:i + width_chars], size=size, gap=5)

    def table(self, rows: list[list[str]], widths: list[float], size: float = 9.5, x: float = 56,
              row_h: float = 20, align_right_from: int = 1) -> None:
        c = self.c
        c.setFont(self.font, size)
        c.setLineWidth(0.6)
        total = sum(widths)
        top = self.y + 6
        for r, row in enumerate(rows):
            yb = top - (r + 1) * row_h
            cx = x
            for i, (cell, w) in enumerate(zip(row, widths)):
                ty = yb + (row_h - size) / 2 + 1.5
                if r > 0 and i >= align_right_from and cell and re.fullmatch(r"[-\d,.%]+", cell):
                    c.drawRightString(cx + w - 4, ty, cell)
                else:
                    c.drawString(cx + 4, ty, cell)
                cx += w
        for r in range(len(rows) + 1):
            c.line(x, top - r * row_h, x + total, top - r * row_h)
        cx = x
        for w in [0] + widths:
            cx += w
            c.line(cx, top, cx, top - len(rows) * row_h)
        self.y = top - len(rows) * row_h - 18

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = A4[1] - 60

    def close(self) -> None:
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- scans
def seal(img: Image.Image, cx: int, cy: int, r: int, text: str) -> None:
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (210, 30, 35, 200)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, r // 18))
    # star
    import math
    pts = []
    for k in range(10):
        rad = r * (0.28 if k % 2 == 0 else 0.12)
        ang = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = pil_font(max(10, r // 6))
    n = len(text)
    for i, ch in enumerate(text):
        ang = math.pi + (i + 0.5) * (math.pi / max(n, 1)) * 1.3 - 0.15 * math.pi
        tx = cx + (r * 0.75) * math.cos(ang)
        ty = cy + (r * 0.75) * math.sin(ang)
        d.text((tx, ty), ch, font=font, fill=red, anchor="mm")
    img.paste(layer, (0, 0), layer)


def scan_pdf(src: Path, dst: Path, seal_text: str, seal_pages: set[int], seed: int, dpi: int = 100) -> int:
    """Rasterise our own text PDF, add paper tone, slight rotation and noise, red seal; image-only PDF."""
    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    pages = []
    for i in range(len(pdf)):
        pil = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
        pil = pil.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        tone = Image.new("RGB", pil.size, (246, 243, 236))
        pil = Image.blend(pil, tone, 0.12)
        px = pil.load()
        w, h = pil.size
        for _ in range(w * h // 400):
            x, y = rng.randrange(w), rng.randrange(h)
            v = rng.randrange(150, 230)
            px[x, y] = (v, v, v)
        pil = pil.filter(ImageFilter.GaussianBlur(0.35))
        if (i + 1) in seal_pages:
            seal(pil, int(w * 0.68), int(h * 0.80), int(w * 0.12), seal_text)
        pages.append(pil)
    pdf.close()
    write_image_pdf(pages, dst)
    return len(pages)


def write_image_pdf(pages: list[Image.Image], dst: Path) -> None:
    """Minimal PDF writer: one JPEG per page, no dates, no ids."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    objs: list[bytes] = []
    kids = []
    n = len(pages)
    # object numbering: 1 catalog, 2 pages, then per page: page, content, image
    for i, img in enumerate(pages):
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=72, optimize=False, progressive=False)
        data = buf.getvalue()
        pw, ph = 595.28, 841.89
        page_no, cont_no, img_no = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        kids.append(f"{page_no} 0 R")
        content = f"q {pw} 0 0 {ph} 0 0 cm /Im0 Do Q".encode()
        objs.append((page_no, f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw} {ph}] /Resources << /XObject << /Im0 {img_no} 0 R >> >> /Contents {cont_no} 0 R >>".encode()))
        objs.append((cont_no, b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"))
        objs.append((img_no, f"<< /Type /XObject /Subtype /Image /Width {img.width} /Height {img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"))
    allobjs = [(1, b"<< /Type /Catalog /Pages 2 0 R >>"), (2, f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {n} >>".encode())] + objs
    allobjs.sort()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in allobjs:
        offsets[num] = out.tell()
        out.write(f"{num} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    total = len(allobjs) + 1
    out.write(f"xref\n0 {total}\n0000000000 65535 f \n".encode())
    for num in range(1, total):
        out.write(f"{offsets[num]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {total} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    dst.write_bytes(out.getvalue())


def dashboard_png(path: Path, title: str, tiles: list[tuple[str, str]], seed: int, foot: str = "") -> None:
    """A platform cockpit screenshot: dark tiles with caption and figure."""
    rng = random.Random(seed)
    w, h = 1280, 760
    img = Image.new("RGB", (w, h), (14, 28, 52))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, w, 64), fill=(20, 44, 84))
    d.text((30, 18), title, font=pil_font(28), fill=(230, 240, 255))
    cols = 3
    tw, th = 390, 170
    for k, (cap, val) in enumerate(tiles):
        x = 30 + (k % cols) * (tw + 20)
        y = 90 + (k // cols) * (th + 20)
        d.rounded_rectangle((x, y, x + tw, y + th), 12, fill=(28, 58, 104), outline=(70, 140, 220), width=2)
        d.text((x + 20, y + 20), cap, font=pil_font(24), fill=(160, 200, 240))
        d.text((x + 20, y + 70), val, font=pil_font(52), fill=(255, 255, 255))
    # small sparkline decoration
    base_y = h - 90
    pts = [(30 + i * 40, base_y - rng.randrange(0, 40)) for i in range(31)]
    d.line(pts, fill=(90, 200, 160), width=3)
    if foot:
        d.text((30, h - 40), foot, font=pil_font(20), fill=(180, 190, 210))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, "PNG", optimize=False)
