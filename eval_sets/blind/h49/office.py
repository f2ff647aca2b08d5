"""DOCX/XLSX/PDF writing helpers for h49 (deterministic output)."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from eval_sets.generator import fonts

FIXED = dt.datetime(2024, 7, 16, 9, 0, 0)
FONT = fonts.register_pdf_font()


def normalize_zip(path: Path) -> None:
    """Re-zip an OOXML file with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>2024-07-16T09:00:00Z\3", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 16, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(out.getvalue())


def new_doc(font: str = "宋体") -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = d.core_properties
    cp.author = "申报单位"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "申报单位"
    cp.revision = 1
    return d


def save_doc(d: Document, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)
    normalize_zip(path)


def new_wb() -> Workbook:
    wb = Workbook()
    wb.properties.creator = "申报单位"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    return wb


def save_wb(wb: Workbook, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(path)
    normalize_zip(path)


def new_pdf(path: Path, size) -> canvas.Canvas:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=size, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setTitle(path.stem)
    c.setCreator("h49")
    c.setProducer("h49")
    return c


def image_pdf(images: list[Image.Image], path: Path, dpi: int = 150) -> None:
    """Image-only PDF: one image a page, no text layer."""
    first = images[0]
    c = new_pdf(path, (first.width * 72 / dpi, first.height * 72 / dpi))
    for im in images:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(im.convert("RGB")), 0, 0, w, h)
        c.showPage()
    c.save()


def seal(im: Image.Image, cx: int, cy: int, r: int, name: str) -> None:
    """A red round company seal: ring, star, the company name and 公章 (drawn, semi-transparent)."""
    layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    red = (214, 30, 36, 200)
    dr.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(4, r // 18))
    import math
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    dr.polygon(pts, fill=red)
    # name around the upper arc
    n = len(name)
    f = fonts.pil_font(max(12, int(r * 0.2)))
    for k, ch in enumerate(name):
        ang = math.radians(-160 + 140 * k / max(1, n - 1))
        x, y = cx + r * 0.72 * math.cos(ang), cy + r * 0.72 * math.sin(ang)
        tile = Image.new("RGBA", (f.size * 2, f.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((f.size // 2, f.size // 2), ch, font=f, fill=red)
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(tile, (int(x - f.size), int(y - f.size)))
    f2 = fonts.pil_font(max(12, int(r * 0.18)))
    dr.text((cx, cy + r * 0.5), "公章", font=f2, fill=red, anchor="mm")
    base = im.convert("RGBA")
    base.alpha_composite(layer)
    im.paste(base.convert(im.mode))
