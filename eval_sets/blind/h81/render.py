"""Drawing and writing helpers: PDFs (reportlab, invariant), scans, seals, dashboards, zip normalising.

Every image-only page records the text drawn into it in DRAWN (written to drawn_text.json by the build)."""

from __future__ import annotations

import io
import math
import re
import zipfile
from pathlib import Path

import numpy as np
import pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from eval_sets.generator.fonts import pil_font, register_pdf_font

FONT = register_pdf_font()
DRAWN: dict[str, dict[int, str]] = {}  # "pid/relpath" -> {page: drawn text}
FIXED_DT = (2024, 7, 18, 9, 30, 0)

ST = {
    "title": ParagraphStyle("t", fontName=FONT, fontSize=16, leading=22, alignment=1, spaceAfter=8, wordWrap="CJK"),
    "h": ParagraphStyle("h", fontName=FONT, fontSize=12, leading=17, spaceBefore=6, spaceAfter=4, wordWrap="CJK"),
    "p": ParagraphStyle("p", fontName=FONT, fontSize=10, leading=15, firstLineIndent=20, wordWrap="CJK"),
    "n": ParagraphStyle("n", fontName=FONT, fontSize=9, leading=13, wordWrap="CJK"),
    "c": ParagraphStyle("c", fontName=FONT, fontSize=8.5, leading=11, wordWrap="CJK"),
    "r": ParagraphStyle("r", fontName=FONT, fontSize=10, leading=15, alignment=2, wordWrap="CJK"),
}


def P(text: str, style: str = "p") -> Paragraph:
    return Paragraph(text, ST[style])


def table(rows: list[list], widths: list[float], header_rows: int = 1, align_right_from: int | None = None,
          bold_rows: tuple = ()) -> Table:
    data = [[P(str(c), "c") if isinstance(c, str) and len(c) > 14 else c for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    style = [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8e8e8"))]
    if align_right_from is not None:
        style.append(("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"))
    t.setStyle(TableStyle(style))
    return t


def write_pdf(path: Path, story: list, header: str = "", footer_pages: bool = True, landscape_: bool = False,
              title: str = "") -> None:
    """A text PDF; PageBreak items in the story decide the pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    size = landscape(A4) if landscape_ else A4

    def deco(c, doc):
        c.saveState()
        c.setFont(FONT, 8)
        if header:
            c.drawString(18 * mm, size[1] - 12 * mm, header)
            c.line(18 * mm, size[1] - 13.5 * mm, size[0] - 18 * mm, size[1] - 13.5 * mm)
        if footer_pages:
            c.drawCentredString(size[0] / 2, 10 * mm, f"第 {doc.page} 页")
        c.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, invariant=1, title=title, author="", creator="", producer="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def pdf_pages_text(path: Path) -> list[str]:
    return [p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


# ----------------------------------------------------------------------------------------- scans
def rasterize(pdf: Path, dpi: int = 110) -> list[Image.Image]:
    doc = pdfium.PdfDocument(str(pdf))
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def seal(img: Image.Image, cx: int, cy: int, text: str, r: int = 95, rot: float = 0.0) -> Image.Image:
    """Red round seal (ring, star, the name around the top), multiplied onto the page."""
    size = 2 * r + 20
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (206, 32, 38, 190)
    c = size // 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=red, width=max(4, r // 18))
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * 0.28 if k % 2 == 0 else r * 0.11
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = pil_font(max(12, int(r * 0.2)))
    n = len(text)
    span = min(250.0, 18.0 * n)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = c + r * 0.74 * math.cos(a), c + r * 0.74 * math.sin(a)
        g = Image.new("RGBA", (font.size + 6, font.size + 6), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((3, 3), ch, font=font, fill=red)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    layer = layer.rotate(rot, resample=Image.BICUBIC)
    base = img.convert("RGBA")
    base.alpha_composite(layer, (int(cx - size / 2), int(cy - size / 2)))
    return base.convert("RGB")


def scanify(img: Image.Image, rng: np.random.Generator, angle: float = 0.4) -> Image.Image:
    arr = np.asarray(img).astype(np.float32)
    arr = arr * np.array([0.97, 0.96, 0.93]) + rng.normal(0, 5, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    out = out.rotate(angle, resample=Image.BICUBIC, fillcolor=(238, 236, 230))
    return out.filter(ImageFilter.GaussianBlur(0.5))


def images_to_pdf(images: list[Image.Image], path: Path, quality: int = 72) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("")
    for im in images:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, optimize=False)
        buf.seek(0)
        w, h = im.size
        pw, ph = A4
        c.setPageSize((pw, pw * h / w) if abs(w / h - pw / ph) > 0.02 else A4)
        c.drawImage(ImageReader(buf), 0, 0, width=c._pagesize[0], height=c._pagesize[1])
        c.showPage()
    c.save()


def scan_pdf(pid: str, rel: str, src: Path, out: Path, seed: int, seals: dict[int, list[tuple]] | None = None,
             dpi: int = 110) -> int:
    """Rasterise a layout PDF into an image-only 'scan'; record the layout's text as drawn text. Returns pages."""
    texts = pdf_pages_text(src)
    pages = rasterize(src, dpi)
    rng = np.random.default_rng(seed)
    done = []
    for i, im in enumerate(pages, start=1):
        for (fx, fy, name, *rest) in (seals or {}).get(i, []):
            rfrac = rest[1] if len(rest) > 1 else 0.11
            im = seal(im, int(fx * im.width), int(fy * im.height), name, r=int(rfrac * im.width), rot=rest[0] if rest else 0)
        done.append(scanify(im, rng, angle=float(rng.uniform(-0.6, 0.6))))
    images_to_pdf(done, out)
    DRAWN[f"{pid}/{rel}"] = {i: t for i, t in enumerate(texts, start=1)}
    src.unlink()
    return len(pages)


# ----------------------------------------------------------------------------------------- dashboards
def dashboard(pid: str, rel: str, out: Path, title: str, tiles: list[tuple[str, str, str]], extra: list[str],
              size=(1600, 900), accent=(22, 93, 255)) -> None:
    """A PNG 'screenshot' of a platform cockpit: tiles of (caption, value, unit) and some footer text."""
    W, H = size
    im = Image.new("RGB", size, (12, 27, 52))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 70], fill=(8, 18, 38))
    d.text((30, 18), title, font=pil_font(30), fill=(235, 240, 255))
    d.text((W - 330, 26), "数据更新时间：2024-07-15 10:00", font=pil_font(18), fill=(150, 170, 200))
    drawn = [title, "数据更新时间：2024-07-15 10:00"]
    cols = 4
    tw, th = (W - 60 - (cols - 1) * 20) // cols, 150
    for k, (cap, val, unit) in enumerate(tiles):
        x = 30 + (k % cols) * (tw + 20)
        y = 100 + (k // cols) * (th + 20)
        d.rounded_rectangle([x, y, x + tw, y + th], radius=10, fill=(20, 44, 82), outline=accent, width=2)
        d.text((x + 18, y + 14), cap, font=pil_font(22), fill=(170, 190, 225))
        d.text((x + 18, y + 58), val, font=pil_font(48), fill=(255, 255, 255))
        vw = d.textlength(val, font=pil_font(48))
        d.text((x + 26 + vw, y + 84), unit, font=pil_font(20), fill=(170, 190, 225))
        drawn.append(f"{cap} {val} {unit}")
    y0 = 100 + ((len(tiles) + cols - 1) // cols) * (th + 20) + 10
    # a small trend chart without numbers of its own
    d.rectangle([30, y0, W - 30, H - 80], outline=(40, 70, 120), width=1)
    rng = np.random.default_rng(len(title))
    pts = [(40 + i * (W - 80) / 29, H - 100 - 120 * (0.4 + 0.5 * i / 29 + 0.08 * float(rng.random()))) for i in range(30)]
    d.line(pts, fill=accent, width=3)
    for i, line in enumerate(extra):
        d.text((30, H - 70 + i * 26), line, font=pil_font(18), fill=(150, 170, 200))
        drawn.append(line)
    out.parent.mkdir(parents=True, exist_ok=True)
    im.save(out, "PNG", optimize=False)
    DRAWN[f"{pid}/{rel}"] = {1: "\n".join(drawn)}


# ----------------------------------------------------------------------------------------- zips
_CORE_DATE = re.compile(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def normalize_zip(path: Path) -> None:
    """Rewrite a DOCX/XLSX with fixed entry dates and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _CORE_DATE.sub(r"\g<1>2024-07-18T09:30:00Z\g<2>", data.decode("utf-8")).encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_DT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    path.write_bytes(buf.getvalue())


__all__ = ["P", "table", "write_pdf", "PageBreak", "Spacer", "scan_pdf", "dashboard", "normalize_zip", "DRAWN",
           "pdf_pages_text", "squash", "images_to_pdf", "seal", "scanify", "rasterize", "mm"]
