"""Low-level writers for h96: text PDFs (reportlab, invariant), scans (PIL → image-only PDF), DOCX/XLSX with
fixed metadata and zip dates, PNG dashboards, red seals. Everything deterministic."""

from __future__ import annotations

import io
import math
import random
import re
import zipfile
from datetime import datetime
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from eval_sets.generator.fonts import cjk_ttf

FIXED = datetime(2024, 7, 15, 9, 30, 0)
ZIP_DATE = (2024, 7, 15, 9, 30, 0)
FONT = "H96Hei"


@cache
def pdf_font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, str(cjk_ttf()), subfontIndex=0))
    return FONT


@cache
def pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_ttf()), size=size, index=0)


def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed entry dates (and fixed order)."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    stamp = b"2024-07-15T09:30:00Z"
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", data)
              if n == "docProps/core.xml" else data) for n, data in items]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)
    path.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------------------------- text PDF
def wrap(text: str, width: float, size: float) -> list[str]:
    font = pdf_font()
    out, line = [], ""
    for ch in text:
        if ch == "\n":
            out.append(line)
            line = ""
            continue
        if pdfmetrics.stringWidth(line + ch, font, size) > width:
            out.append(line)
            line = ch
        else:
            line += ch
    out.append(line)
    return out


def text_pdf(path: Path, pages: list[list[tuple]], title: str = "") -> None:
    """pages: list of blocks. Block kinds: ("h", text) heading, ("p", text) paragraph,
    ("t", header, rows, widths) table, ("s", text) small note."""
    font = pdf_font()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    w, h = A4
    for blocks in pages:
        y = h - 60
        for b in blocks:
            if b[0] == "h":
                c.setFont(font, 14)
                c.drawCentredString(w / 2, y, b[1])
                y -= 28
            elif b[0] in ("p", "s"):
                size = 10.5 if b[0] == "p" else 9
                c.setFont(font, size)
                for ln in wrap(b[1], w - 120, size):
                    c.drawString(60, y, ln)
                    y -= size + 6
                y -= 4
            elif b[0] == "t":
                header, rows, widths = b[1], b[2], b[3]
                total = sum(widths)
                scale = (w - 120) / total
                xs = [60]
                for wd in widths:
                    xs.append(xs[-1] + wd * scale)
                c.setFont(font, 9)
                for r_i, row in enumerate([header] + rows):
                    c.line(60, y + 12, xs[-1], y + 12)
                    for i, cell in enumerate(row):
                        txt = str(cell)
                        if i == 0 or r_i == 0:
                            c.drawString(xs[i] + 3, y, txt)
                        else:
                            c.drawRightString(xs[i + 1] - 3, y, txt)
                    y -= 18
                c.line(60, y + 12, xs[-1], y + 12)
                for x in xs:
                    c.line(x, y + 12, x, y + 12 + 18 * (len(rows) + 1))
                y -= 10
        c.setFont(font, 8)
        c.drawCentredString(w / 2, 30, f"第 {pages.index(blocks) + 1} 页 共 {len(pages)} 页")
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------------- images
def seal(img: Image.Image, cx: int, cy: int, r: int, name: str, label: str = "") -> None:
    """A red round seal: ring, star, the unit's name around the top, a label under the star."""
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (206, 30, 36, 190)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=red, width=max(4, r // 18))
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = r * 0.22 if k % 2 == 0 else r * 0.09
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    f = pil_font(max(12, r // 5))
    n = len(name)
    for i, ch in enumerate(name):
        ang = math.radians(-210 + 240 * (i + 0.5) / n)
        x, y = cx + r * 0.72 * math.cos(ang), cy + r * 0.72 * math.sin(ang)
        d.text((x, y), ch, font=f, fill=red, anchor="mm")
    if label:
        d.text((cx, cy + r * 0.5), label, font=pil_font(max(10, r // 7)), fill=red, anchor="mm")
    img.paste(layer, (0, 0), layer)


def page_image(lines: list[tuple], rng: random.Random, seal_name: str = "", seal_label: str = "",
               seal_at: tuple[int, int] | None = None) -> Image.Image:
    """An A4 page at ~100 dpi with lines of text: (text, size, indent, bold)."""
    W, H = 827, 1169
    img = Image.new("RGB", (W, H), (250, 248, 242))
    d = ImageDraw.Draw(img)
    y = 70
    for ln in lines:
        text, size = ln[0], ln[1]
        indent = ln[2] if len(ln) > 2 else 0
        f = pil_font(size)
        if indent == "c":
            d.text((W // 2, y), text, font=f, fill=(25, 25, 25), anchor="mt")
        else:
            d.text((60 + indent, y), text, font=f, fill=(25, 25, 25))
        y += int(size * 1.7)
    if seal_name:
        sx, sy = seal_at or (W - 220, min(y + 40, H - 200))
        seal(img, sx, sy, 95, seal_name, seal_label)
    # scanner noise: specks and a tiny blur, deterministic
    px = img.load()
    for _ in range(900):
        x, y2 = rng.randrange(W), rng.randrange(H)
        g = rng.randrange(150, 220)
        px[x, y2] = (g, g, g)
    img = img.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=(250, 248, 242))
    return img.filter(ImageFilter.GaussianBlur(0.4))


def image_pdf(path: Path, images: list[Image.Image]) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setAuthor("")
    c.setCreator("Scanner")
    w, h = A4
    for im in images:
        buf = io.BytesIO()
        im.convert("RGB").save(buf, format="JPEG", quality=80)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


def dashboard_png(path: Path, title: str, tiles: list[tuple[str, str]], footer: str) -> str:
    """A dark dashboard with KPI tiles; returns the drawn text (caption + value per tile)."""
    W, H = 1600, 900
    img = Image.new("RGB", (W, H), (14, 26, 48))
    d = ImageDraw.Draw(img)
    d.text((40, 30), title, font=pil_font(40), fill=(230, 240, 255))
    cols = 4
    tw, th = (W - 100) // cols, 200
    drawn = [title]
    for i, (cap, val) in enumerate(tiles):
        x = 40 + (i % cols) * (tw + 6)
        y = 120 + (i // cols) * (th + 30)
        d.rounded_rectangle([x, y, x + tw - 12, y + th], radius=14, fill=(24, 48, 86), outline=(60, 140, 220), width=2)
        d.text((x + 20, y + 20), cap, font=pil_font(26), fill=(150, 190, 230))
        d.text((x + 20, y + 80), val, font=pil_font(56), fill=(90, 230, 200))
        drawn.append(f"{cap} {val}")
    d.text((40, H - 60), footer, font=pil_font(22), fill=(120, 140, 170))
    drawn.append(footer)
    img.save(path, format="PNG")
    return "\n".join(drawn)
