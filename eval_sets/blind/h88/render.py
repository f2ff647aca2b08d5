"""Low-level writers: text PDFs (reportlab, invariant), scanned image-only PDFs with a drawn red seal, PNG
screenshots, and deterministic DOCX/XLSX (fixed core properties and zip dates).

Everything drawn into pixels is recorded in DRAWN[<package_id>/<file>][page] so that verify.py can check
image-only facts against what was drawn."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FONT = "H88CJK"
DRAWN: dict[str, dict[int, str]] = {}
FIXED_ZIP_DATE = (2024, 7, 15, 9, 30, 0)
CORE_DATE = "2024-07-15T09:30:00Z"


@cache
def pdf_font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
    return FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size, index=0)


def record(key: str, page: int, text: str) -> None:
    DRAWN.setdefault(key, {})
    DRAWN[key][page] = (DRAWN[key].get(page, "") + "\n" + text).strip()


# ------------------------------------------------------------------ text PDF
def wrap(text: str, width: int) -> list[str]:
    out, line, n = [], "", 0
    for ch in text:
        w = 1 if ord(ch) < 128 else 2
        if n + w > width:
            out.append(line)
            line, n = "", 0
        line += ch
        n += w
    if line:
        out.append(line)
    return out or [""]


def text_pdf(path: Path, pages: list[list[tuple]], title: str, header: str = "") -> None:
    """pages: list of item lists. Items: ("h", text) | ("p", text) | ("t", rows, col_widths_mm) | ("gap", mm)."""
    font = pdf_font()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    W, H = A4
    mm = 72 / 25.4
    for no, items in enumerate(pages, 1):
        y = H - 22 * mm
        if header:
            c.setFont(font, 8)
            c.drawString(20 * mm, H - 12 * mm, header)
            c.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)
        for item in items:
            kind = item[0]
            if kind == "h":
                c.setFont(font, 14)
                c.drawCentredString(W / 2, y, item[1])
                y -= 10 * mm
            elif kind == "h2":
                c.setFont(font, 11)
                c.drawString(20 * mm, y, item[1])
                y -= 7 * mm
            elif kind == "p":
                c.setFont(font, 9.5)
                for line in wrap(item[1], 92):
                    c.drawString(22 * mm, y, line)
                    y -= 5.2 * mm
                y -= 1.5 * mm
            elif kind == "gap":
                y -= item[1] * mm
            elif kind == "t":
                rows, widths = item[1], item[2]
                c.setFont(font, 8.5)
                x0 = 20 * mm
                for r, row in enumerate(rows):
                    h = 6.5 * mm
                    x = x0
                    for cell, w in zip(row, widths):
                        c.rect(x, y - h + 2 * mm, w * mm, h, stroke=1, fill=0)
                        txt = str(cell)
                        if re.fullmatch(r"-?[\d,]+(\.\d+)?%?", txt):
                            c.drawRightString(x + w * mm - 1.5 * mm, y - 2.6 * mm, txt)
                        else:
                            c.drawString(x + 1.5 * mm, y - 2.6 * mm, txt)
                        x += w * mm
                    y -= h
                y -= 4 * mm
        c.setFont(font, 8)
        c.drawCentredString(W / 2, 10 * mm, f"第 {no} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ scans
PAGE_PX = (827, 1169)  # A4 at 100 dpi


class Sheet:
    """A page image drawn like a printed sheet, remembering the text drawn."""

    def __init__(self) -> None:
        self.img = Image.new("RGB", PAGE_PX, (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.y = 70
        self.text: list[str] = []

    def title(self, s: str, size: int = 26) -> None:
        f = pil_font(size)
        w = self.d.textlength(s, font=f)
        self.d.text(((PAGE_PX[0] - w) / 2, self.y), s, font=f, fill=(20, 20, 20))
        self.text.append(s)
        self.y += size + 22

    def line(self, s: str, size: int = 16, x: int = 80, gap: int = 10) -> None:
        for part in wrap(s, int((PAGE_PX[0] - x - 70) / (size / 2))):
            self.d.text((x, self.y), part, font=pil_font(size), fill=(25, 25, 25))
            self.text.append(part)
            self.y += size + gap

    def table(self, rows: list[list[str]], widths: list[int], size: int = 14, x: int = 70) -> None:
        f = pil_font(size)
        h = size + 14
        for row in rows:
            cx = x
            for cell, w in zip(row, widths):
                self.d.rectangle([cx, self.y, cx + w, self.y + h], outline=(40, 40, 40), width=1)
                self.d.text((cx + 5, self.y + 6), str(cell), font=f, fill=(20, 20, 20))
                cx += w
            self.text.append(" ".join(str(c) for c in row))
            self.y += h
        self.y += 16

    def seal(self, org: str, cx: int | None = None, cy: int | None = None, r: int = 82) -> None:
        cx = cx or PAGE_PX[0] - 220
        cy = cy or self.y + 20
        seal = Image.new("RGBA", (2 * r + 8, 2 * r + 8), (0, 0, 0, 0))
        sd = ImageDraw.Draw(seal)
        red = (205, 30, 35, 200)
        sd.ellipse([4, 4, 2 * r + 4, 2 * r + 4], outline=red, width=5)
        star = pil_font(40)
        sd.text((r + 4 - 20, r + 4 - 24), "★", font=star, fill=red)
        n = len(org)
        f = pil_font(17 if n <= 12 else 14)
        span = min(250, 19 * n)
        for i, ch in enumerate(org):
            ang = math.radians(270 - span / 2 + span * i / max(n - 1, 1))
            tx = r + 4 + (r - 24) * math.cos(ang)
            ty = r + 4 + (r - 24) * math.sin(ang)
            glyph = Image.new("RGBA", (22, 22), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((2, 0), ch, font=f, fill=red)
            glyph = glyph.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            seal.alpha_composite(glyph, (int(tx) - 11, int(ty) - 11))
        self.img.paste(seal, (cx - r - 4, cy - r - 4), seal)

    def finish(self, rng: random.Random, tone: bool = True) -> Image.Image:
        img = self.img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 249, 244))
        if tone:
            px = img.load()
            w, h = img.size
            for _ in range(2500):
                x, y = rng.randrange(w), rng.randrange(h)
                g = rng.randrange(150, 230)
                px[x, y] = (g, g, g)
        return img.filter(ImageFilter.GaussianBlur(0.4))


def image_pdf(path: Path, images: list[Image.Image], title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("Scanner")
    c.setProducer("")
    W, H = A4
    for img in images:
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=72, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


def scan_pages(path: Path, sheets: list[Sheet], key: str, rng: random.Random, title: str) -> None:
    for i, s in enumerate(sheets, 1):
        record(key, i, "\n".join(s.text))
    image_pdf(path, [s.finish(rng) for s in sheets], title)


# ------------------------------------------------------------------ screenshots
def dashboard(path: Path, key: str, title: str, stamp: str, tiles: list[tuple[str, str]], rng: random.Random) -> None:
    W, H = 1280, 720
    img = Image.new("RGB", (W, H), (14, 28, 52))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 64], fill=(22, 48, 88))
    d.text((28, 16), title, font=pil_font(28), fill=(235, 240, 250))
    d.text((W - 330, 24), stamp, font=pil_font(18), fill=(170, 190, 220))
    texts = [title, stamp]
    cols = 3
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % cols) * 410
        y = 100 + (i // cols) * 190
        d.rounded_rectangle([x, y, x + 380, y + 160], radius=12, fill=(28, 56, 98))
        d.text((x + 22, y + 18), cap, font=pil_font(22), fill=(160, 190, 230))
        d.text((x + 22, y + 62), val, font=pil_font(52), fill=(255, 255, 255))
        texts += [cap, val]
    for k in range(40):  # a sparkline strip
        x = 40 + k * 30
        hgt = rng.randrange(10, 70)
        d.rectangle([x, H - 30 - hgt, x + 18, H - 30], fill=(60, 140, 220))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, format="PNG", optimize=False)
    record(key, 1, "\n".join(texts))


# ------------------------------------------------------------------ office files
def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = body.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{CORE_DATE}\g<2>", text)
                text = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", text)
                body = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save_docx(doc, path: Path, author: str) -> None:
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 7, 15, 9, 30)
    cp.modified = dt.datetime(2024, 7, 15, 9, 30)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))


def save_xlsx(wb, path: Path, author: str) -> None:
    import datetime as dt
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 7, 15, 9, 30)
    wb.properties.modified = dt.datetime(2024, 7, 15, 9, 30)
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue()))
